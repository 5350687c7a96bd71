"""Hostile files: each one is named with its reason, the run goes on, nothing hangs or fills memory.

Every case here broke the whole run before (a traceback and no CSV, or a hang), or was skipped
without a word, or was read under another file's id.
"""

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.documents import ReadError, decode, read_documents

WORKBENCH = [sys.executable, "-m", "workbench.cli"]
GOOD = "Police said 12 people were hurt in the storm."
NOT_UTF8_NAME = os.fsdecode(b"caf\xe9 report.txt")  # a Latin-1 file name on a UTF-8 system


def extract(args: list[str], out: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*WORKBENCH, "extract", *args, "--out", str(out)], capture_output=True, text=True, timeout=timeout
    )


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe.txt")
    return tmp / "pipe.txt"


def _dev_zero(tmp: Path) -> Path:
    (tmp / "zero.txt").symlink_to("/dev/zero")
    return tmp / "zero.txt"


def _deep_jsonl(tmp: Path) -> Path:
    path = tmp / "deep.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + "\n" + '{"text": "Officials said 40 homes were damaged."}\n', encoding="utf-8")
    return path


def _bad_name(tmp: Path) -> Path:
    path = tmp / NOT_UTF8_NAME
    path.write_text("Officials said 40 homes were damaged.", encoding="utf-8")
    return path


# (case, make the hostile path, what stderr must say about it or None when it is read)
HOSTILE = [
    ("fifo on the command line", _fifo, "pipe.txt: not a regular file (a named pipe"),
    ("symlink to /dev/zero", _dev_zero, "zero.txt: not a regular file (a character device)"),
    (
        "JSON Lines nested 100,000 deep",
        _deep_jsonl,
        "deep.jsonl line 1: not an article (JSON nested too deeply)",
    ),
    ("file name not valid UTF-8", _bad_name, None),
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("case", "make", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_one_hostile_file_does_not_take_down_the_run(tmp_path: Path, case, make, message) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    hostile = make(tmp_path)
    out = tmp_path / "claims.csv"
    run = extract([str(hostile), str(good)], out)
    assert run.returncode == 0, run.stderr
    claims = pd.read_csv(out, dtype={"doc_id": str})
    assert "good" in set(claims["doc_id"]), run.stderr
    if message:
        assert message in run.stderr
    else:
        assert "caf\\xe9 report" in set(claims["doc_id"])  # named with the byte escaped, not lost


def test_symlink_loops_and_unreadable_folders_are_named(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # a loop through a folder
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    (root / "gone.md").symlink_to(tmp_path / "nowhere.md")
    locked = root / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        results = list(read_documents([root]))
    finally:
        locked.chmod(0o755)
    errors = {
        Path(e.path).relative_to(root).as_posix(): e.reason for e in results if isinstance(e, ReadError)
    }
    root_reads_all = os.geteuid() == 0  # root lists any folder: see the PATH_MAX test below
    expected = ["locked/b", "sub/a"] if root_reads_all else ["sub/a"]
    assert [d.doc_id for d in results if not isinstance(d, ReadError)] == expected
    assert errors["sub/back"].startswith("symbolic link loop")
    assert errors["self.txt"] == "symbolic link loop"
    assert errors["gone.md"] == "broken symbolic link"
    if not root_reads_all:
        assert errors["locked"].startswith("cannot list the folder")


def test_a_folder_too_deep_to_name_is_named(tmp_path: Path) -> None:
    """Folders nested past PATH_MAX cannot be listed by their path, even by root: named, not skipped."""
    part = "d" * 200
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(25):  # 25 x 201 characters > 4096
        os.mkdir(part, dir_fd=fd)
        inner = os.open(part, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    note = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(note, GOOD.encode())
    os.close(note)
    os.close(fd)
    (tmp_path / "top.txt").write_text(GOOD, encoding="utf-8")
    results = list(read_documents([tmp_path]))
    assert [d.doc_id for d in results if not isinstance(d, ReadError)] == ["top"]
    (err,) = [e for e in results if isinstance(e, ReadError)]
    assert "File name too long" in err.reason and err.reason.startswith("cannot ")


def test_a_linked_folder_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    docs = [d for d in read_documents([tmp_path]) if not isinstance(d, ReadError)]
    assert [d.doc_id for d in docs] == ["link/a"]


# (files to write, paths given on the command line, doc_ids expected in that order)
ID_CASES = [
    ("same name in two folders", ["d1/report.txt", "d2/report.txt"], ["d1/report.txt", "d2/report.txt"],
     ["report", "d2/report"]),
    ("same stem, two suffixes in a folder", ["f/report.txt", "f/report.md"], ["f"], ["report", "report.txt"]),
    ("one file alone keeps the contract id", ["d1/report.txt"], ["d1/report.txt"], ["report"]),
    ("a folder keeps relative ids", ["f/a/x.txt", "f/b/x.txt"], ["f"], ["a/x", "b/x"]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "files", "args", "expected"), ID_CASES, ids=[c[0] for c in ID_CASES])
def test_document_ids_are_unique(tmp_path: Path, case, files, args, expected) -> None:
    for i, name in enumerate(files):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Police said {10 + i} people were hurt.", encoding="utf-8")
    docs = [d for d in read_documents([tmp_path / a for a in args]) if not isinstance(d, ReadError)]
    assert [d.doc_id for d in docs] == expected
    assert len({d.text for d in docs}) == len(files)  # and nothing was read over another


def test_cli_keeps_both_reports(tmp_path: Path) -> None:
    for i, folder in enumerate(("d1", "d2")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            f"Police said {14 + i} people were hurt.", encoding="utf-8"
        )
    out = tmp_path / "c.csv"
    paths = [str(tmp_path / "d1" / "report.txt"), str(tmp_path / "d2" / "report.txt")]
    run = CliRunner().invoke(app, ["extract", *paths, "--out", str(out)])
    claims = pd.read_csv(out)
    assert dict(zip(claims["doc_id"], claims["value"], strict=True)) == {"report": 14, "d2/report": 15}, (
        run.stderr
    )


TEXT = "Café prices rose 12% – the mayor said “about 400 people” came."
# (encoding case, bytes of TEXT in it)
ENCODINGS = [
    ("UTF-8", TEXT.encode("utf-8")),
    ("UTF-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("UTF-16 LE with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
    ("UTF-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("UTF-32 with BOM", TEXT.encode("utf-32")),
    ("Windows-1252", TEXT.encode("cp1252")),
    ("Latin-1", "Café costs £5 and 12 people came; São Paulo, Zürich.".encode("latin-1")),
]


@pytest.mark.parametrize(("case", "data"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_people_have_are_decoded(case: str, data: bytes) -> None:
    text = decode(data, "a.txt")
    assert not isinstance(text, ReadError), text
    assert text in (TEXT, "Café costs £5 and 12 people came; São Paulo, Zürich.")


# (case, bytes, words the reason must hold)
BINARY = [
    ("PNG image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8, "binary"),
    ("only a byte-order mark", codecs.BOM_UTF16_LE, "empty"),
    ("UTF-16 without its mark", TEXT.encode("utf-16-le"), "NUL"),
    ("a UTF-32 mark and nothing else", b"\xff\xfe\x00\x00", "empty"),
    ("NUL inside UTF-16 text", codecs.BOM_UTF16_LE + "ab\x00cd".encode("utf-16-le"), "NUL"),
]


@pytest.mark.parametrize(("case", "data", "reason"), BINARY, ids=[b[0] for b in BINARY])
def test_binary_is_refused_with_its_reason(case: str, data: bytes, reason: str) -> None:
    err = decode(data, "x.txt")
    assert isinstance(err, ReadError) and reason in err.reason, err
