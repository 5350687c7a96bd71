"""A document past its time or memory budget is named and skipped; a data-dump line is named; the
run goes on and the summary line counts both (issue 10: no silent drops)."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from workbench.budget import Budget, OverBudget, watched, within
from workbench.extract.numbers import DUMP_LINE_CHARS, data_dump_lines

WORKBENCH = [sys.executable, "-m", "workbench.cli"]
SMALL = "Police said 12 people were hurt in the storm."
# About 300 KB of prose dense with figures: a few tenths of a second and tens of MB to extract.
LARGE = "The minister said 45 schools and 120 clinics had closed, and 3,000 staff were hurt. " * 3500


def extract(folder: Path, *options: str) -> subprocess.CompletedProcess:
    out = folder.parent / "claims.csv"
    args = [*WORKBENCH, "extract", str(folder), "--out", str(out), "--jobs", "1", *options]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.txt").write_text(SMALL, encoding="utf-8")
    (folder / "large.txt").write_text(LARGE, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (("--max-seconds", "0.01"), "over the time budget"),
        (("--max-memory-mb", "2"), "over the memory budget"),
    ],
    ids=["time", "memory"],
)
def test_a_document_over_budget_is_named_and_the_rest_is_read(corpus: Path, options, reason: str) -> None:
    done = extract(corpus, *options)
    assert done.returncode == 0, done.stderr
    assert f"large.txt: skipped, {reason}" in done.stderr
    assert "1 unreadable or skipped" in done.stderr
    claims = pd.read_csv(corpus.parent / "claims.csv")
    assert set(claims["doc_id"]) == {"small"}


def test_the_default_budget_does_not_bind_on_news(corpus: Path) -> None:
    done = extract(corpus)
    assert done.returncode == 0, done.stderr
    assert "skipped" not in done.stderr.replace("0 unreadable or skipped", "")
    assert set(pd.read_csv(corpus.parent / "claims.csv")["doc_id"]) == {"small", "large"}


def test_a_data_dump_line_is_named_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    table = "12,7,88," * 3000
    (folder / "dump.txt").write_text(
        f"Officials said 40 homes flooded.\n{table}\nThe mayor said 9 roads closed."
    )
    done = extract(folder)
    assert "dump.txt: line 2 skipped as a data dump (24,000 characters" in done.stderr
    assert "1 data-dump lines skipped" in done.stderr
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert sorted(claims["number_text"].astype(str)) == ["40", "9"]


LONG_PROSE = "The council said 12 homes flooded and 40 people left their houses. " * 200
# Prose with a big figure every ~40 characters: each "$123,456,789" is one figure, not three groups.
MONEY_PROSE = "The unit sold $123,456,789 in May. It paid 4.25 pct. " * 250


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 12 people were hurt.", []),
        ("1,2," * 5000, [(0, 20000)]),
        ("Intro line.\n" + "1,2," * 5000 + "\nLast line.", [(12, 20012)]),
        (LONG_PROSE, []),  # one long line of prose: figures too sparse for a dump
        (MONEY_PROSE, []),  # thousands groups and decimals belong to their figure
        ("1.2." * 5000, [(0, 20000)]),  # but a run of dotted digits is still a dump
        ("9 " * (DUMP_LINE_CHARS // 2), []),  # exactly the limit: not over-long
        ("", []),
    ],
    ids=["short", "dump", "dump-between-lines", "long-prose", "money-prose", "dotted", "at-limit", "empty"],
)
def test_data_dump_lines(text: str, expected: list[tuple[int, int]]) -> None:
    assert data_dump_lines(text) == expected


def test_within_stops_a_runaway_and_lets_the_next_document_run() -> None:
    with pytest.raises(OverBudget, match="time budget"), within(Budget(seconds=0.01, memory_mb=None), 0):
        while True:
            pass
    with within(Budget(seconds=5, memory_mb=None), 0):
        assert sum(range(10)) == 45


def test_within_outside_the_main_thread_runs_unbudgeted() -> None:
    """A timer signal belongs to the main thread: elsewhere (the dashboard) the work just runs."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(_budgeted_sum()))
    worker.start()
    worker.join(timeout=30)
    assert result == [499500]


def _budgeted_sum() -> int:
    with within(Budget(seconds=1e-6, memory_mb=1), 10**9):
        return sum(range(1000))


def _in_a_thread(work) -> object:
    """What ``work()`` returns, or the exception it raises, run in a thread that is not the main one."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(work())
        except Exception as exc:
            result.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=30)
    assert result, "the thread did not finish"
    return result[0]


def _runaway(budget: Budget) -> None:
    with watched(budget, 0):
        while True:
            pass


def _hoard(budget: Budget) -> None:
    hoard = []
    with watched(budget, 0):
        for _ in range(512):  # 512 MB at most, should the budget not bind
            hoard.append(b"x" * 2**20)
            time.sleep(0.001)


def _then_a_normal_document() -> int:
    """After a runaway was stopped, a document within budget runs to its end, and nothing is raised
    once it is over (the watchdog is gone)."""
    with pytest.raises(OverBudget):
        _runaway(Budget(seconds=0.02, memory_mb=None))
    with watched(Budget(seconds=5, memory_mb=512), 0):
        total = sum(range(1000))
    deadline = time.thread_time() + 0.2
    while time.thread_time() < deadline:  # CPU time past the first budget: no late exception
        pass
    return total


@pytest.mark.parametrize(
    ("work", "expected"),
    [
        (lambda: _runaway(Budget(seconds=0.05, memory_mb=None)), "over the time budget of 0.05 CPU seconds"),
        (lambda: _hoard(Budget(seconds=None, memory_mb=64)), "over the memory budget of 64 MB"),
        (_then_a_normal_document, 499500),
    ],
    ids=["time", "memory", "next-document"],
)
def test_watched_outside_the_main_thread(work, expected) -> None:
    """A Dask worker's task thread: the budget is watched from a thread of its own."""
    result = _in_a_thread(work)
    if isinstance(expected, str):
        assert isinstance(result, OverBudget) and str(result) == expected, result
    else:
        assert result == expected


def test_watched_without_a_thread_clock_has_no_time_budget(monkeypatch) -> None:
    """macOS has no per-thread CPU clock: the work runs (memory is still watched where it can be)."""
    monkeypatch.delattr(time, "pthread_getcpuclockid")

    def work() -> int:
        with watched(Budget(seconds=1e-6, memory_mb=None), 0):
            deadline = time.thread_time() + 0.05
            while time.thread_time() < deadline:
                pass
            return sum(range(1000))

    assert _in_a_thread(work) == 499500


def test_watched_in_the_main_thread_is_within() -> None:
    with pytest.raises(OverBudget, match="time budget"), watched(Budget(seconds=0.01, memory_mb=None), 0):
        while True:
            pass


@pytest.mark.parametrize(
    ("budget", "nbytes", "seconds"),
    [(Budget(seconds=30), 0, 30.0), (Budget(seconds=30), 2_000_000, 90.0), (Budget(seconds=None), 10, None)],
)
def test_seconds_grow_with_size(budget: Budget, nbytes: int, seconds: float | None) -> None:
    assert budget.seconds_for(nbytes) == seconds
