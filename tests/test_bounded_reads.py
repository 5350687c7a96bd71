"""A bounded read gives a file's bytes exactly, refuses one over the limit, and reads on when a
file holds more than its size said (it grew, or it is a /proc file that says 0)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.files import ReadError, read_bounded

# (bytes in the file, limit, what the size check says it holds: None for the truth)
CASES = [
    (0, 10, None),
    (1, 10, None),
    (10, 10, None),
    (11, 10, None),
    (5000, 4999, None),
    (5000, 5000, None),
    (5000, 10**9, None),
    (5000, 10**9, 0),  # sizes itself 0, as /proc files do
    (5000, 10**9, 100),  # grew after it was sized
    (5000, 4000, 100),  # grew past the limit
    (5000, 5000, 4999),  # grew to the limit exactly
    (5000, 4999, 4999),  # grew one byte past it
]


@pytest.mark.parametrize(("size", "limit", "said"), CASES)
def test_bounded_read(tmp_path: Path, monkeypatch, size: int, limit: int, said: int | None) -> None:
    path = tmp_path / "a.txt"
    data = bytes(i % 251 for i in range(size))
    path.write_bytes(data)
    if said is not None:  # the file's size as os.fstat reports it, after the open checked it
        real = os.fstat

        def fstat(fd: int) -> os.stat_result:
            info = real(fd)
            return os.stat_result((*info[:6], said, *info[7:]))

        monkeypatch.setattr(os, "fstat", fstat)
    got = read_bounded(path, limit)
    if size <= limit:
        assert got == data
    else:
        assert isinstance(got, ReadError)
        assert "too large" in got.reason


def test_a_proc_file_is_read_whole() -> None:
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc here")
    got = read_bounded(status, 10**6)
    assert isinstance(got, bytes) and got.startswith(b"Name:")
    assert isinstance(read_bounded(status, 20), ReadError)
