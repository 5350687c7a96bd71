"""Extraction at archive scale: files as a dask.bag on a Dask cluster, claims as a Parquet dataset.

The client lists the files and gives each its doc_id, as one process would (paths and ids,
never a text). A bag of ``(position, path, doc_id)`` is cut into partitions; each worker reads
and extracts one partition at a time and writes its claims to ``part-<position>.parquet`` (the
position of the partition's first file, so names sort in document order) in a hidden folder
beside the output. It sends back only a summary: each document's id, a 16-byte digest of its
text, the errors (path, reason) and the lines skipped as data dumps. Each document is extracted
under the run's :class:`~workbench.budget.Budget`, watched from a thread of the worker's own
(:func:`~workbench.budget.watched`: a Dask worker runs tasks outside its main thread).

The client then walks the summaries in document order with a :class:`~workbench.batch.Ledger`,
the rules one process follows: the first of each text is kept, a corpus row whose id is taken
gets a longer one. The few partitions holding a repeated text or such a row are rewritten by a
worker; then the folder is renamed into place and the errors written beside it. So the rows
are the same as one process writes (in the same order, part by part).

>>> parse_local("local:3"), parse_local("local") is not None, parse_local("tcp://10.0.0.5:8786")
(3, True, None)
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.batch import DEFAULT_BUDGET, Ledger, extract_file, is_corpus, renamed
from workbench.budget import Budget, watched
from workbench.documents import DEFAULT_MAX_BYTES, article_paths
from workbench.files import IdAllocator, ReadError, printable
from workbench.parquet import (
    PARQUET_SUFFIX,
    PART_PREFIX,
    claims_table,
    errors_path,
    replace_with,
    temporary_beside,
    write_errors,
    write_table,
)

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["ArchiveReport", "ClusterError", "connect", "describe", "extract_archive", "parse_local"]

RE_LOCAL = re.compile(r"local(?::(?P<workers>[1-9]\d{0,3}))?")
CONNECT_TIMEOUT = "20s"  # a scheduler that does not answer in this time is reported, not waited for
TASKS_PER_THREAD = 8  # partitions per worker thread: a slow partition delays the end by 1/8 or less
MAX_PARTITION = 500  # files per partition at most (a corpus file counts as one)


class ClusterError(Exception):
    """The cluster cannot run the job: a scheduler that cannot be reached, workers that cannot
    write where the client reads. The message says which and what to do."""


@dataclass
class ArchiveReport:
    """What a cluster run did: claims written, documents read (repeated texts included, read
    once), partitions, the documents and files that failed, and the lines skipped as data dumps."""

    claims: int = 0
    read: int = 0
    duplicates: int = 0
    partitions: int = 0
    errors: list[ReadError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kept_earlier: bool = False  # no document was read, so an earlier output was left as it was


@dataclass(frozen=True, slots=True)
class PartSummary:
    """A partition's result as the worker sends it back: its file, documents, errors and notes."""

    name: str  # the part file's name in the output folder
    docs: list[tuple[str, bytes, bool, int]]  # (doc_id, text digest, from a corpus, claim rows)
    errors: list[ReadError]
    notes: list[str]  # lines skipped as data dumps


def parse_local(address: str) -> int | None:
    """The worker count of ``local`` (every core) or ``local:N``; None for a scheduler address."""
    m = RE_LOCAL.fullmatch(address.strip())
    if m is None:
        return None
    return int(m["workers"]) if m["workers"] else os.cpu_count() or 1


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (``tcp://host:8786``), or of a LocalCluster of N
    worker processes (one thread each) on loopback for ``local`` / ``local:N``, closed on exit.

    Raises ClusterError when the scheduler cannot be reached.
    """
    from distributed import Client, LocalCluster

    workers = parse_local(address)
    if workers is not None:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,  # extraction is pure Python: processes, not threads
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # any free port: several runs may share a machine
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def describe(client: Client, local: bool) -> str:
    """The cluster in a few words: its scheduler, workers, and the dashboard's link where there
    is one (a remote scheduler's; a local one's when bokeh, which draws it, is installed)."""
    from importlib.util import find_spec

    info = client.scheduler_info()
    workers = info.get("workers", {})
    threads = sum(w.get("nthreads", 0) for w in workers.values())
    where = f"scheduler {info.get('address', '?')}, {len(workers)} workers ({threads} threads)"
    dashboard = "dashboard" in info.get("services", {}) and (not local or find_spec("bokeh") is not None)
    return where + (f"; dashboard {client.dashboard_link}" if dashboard else "")


def partition_size(n_items: int, threads: int) -> int:
    """Files per partition: about TASKS_PER_THREAD partitions per worker thread, at most MAX_PARTITION.

    >>> partition_size(19_000, 2), partition_size(30, 2), partition_size(10**7, 64)
    (500, 2, 500)
    """
    return max(1, min(MAX_PARTITION, math.ceil(n_items / (max(threads, 1) * TASKS_PER_THREAD))))


def _as_given(error: ReadError, absolute: str, given: str) -> ReadError:
    """An error about ``absolute`` named as the user gave the path (as one process names it)."""
    if error.path.startswith(absolute):
        return ReadError(given + error.path[len(absolute) :], error.reason)
    return error


def _note_as_given(note: str, absolute: str, given: str) -> str:
    return given + note[len(absolute) :] if note.startswith(absolute) else note


def extract_partition(
    items: list[tuple[int, str, str, str]],
    folder: str,
    max_bytes: int,
    budget: Budget | None = DEFAULT_BUDGET,
) -> list[PartSummary]:
    """On a worker: extract files ``(position, absolute path, path as given, doc_id)``, each
    document under ``budget``, and write their claims to ``folder/part-<first position>.parquet``.
    Returns one summary (in a list: a bag's partition). Raises OSError when the part cannot be
    written."""
    if not items:
        return []
    rows: list[dict] = []
    docs: list[tuple[str, bytes, bool, int]] = []
    errors: list[ReadError] = []
    notes: list[str] = []
    for _, absolute, given, doc_id in items:
        found, failed = extract_file((absolute, doc_id, max_bytes), budget, watched)
        shown, named = printable(absolute), printable(given)
        errors.extend(_as_given(e, shown, named) for e in failed)
        corpus = is_corpus(absolute)
        for found_id, digest, claim_rows, skipped in found:
            docs.append((found_id, digest, corpus, len(claim_rows)))
            notes.extend(_note_as_given(note, shown, named) for note in skipped)
            rows.extend(claim_rows)
    name = f"{PART_PREFIX}{items[0][0]:09d}{PARQUET_SUFFIX}"
    write_table(claims_table(rows), Path(folder) / name)
    return [PartSummary(name, docs, errors, notes)]


# One change to a part: (first row, end row, the document's new id, or None to drop its rows).
Change = tuple[int, int, str | None]


def rewrite_partition(path: str, changes: list[Change]) -> int:
    """On a worker: drop or rename documents' rows in one part file (atomically); the rows left."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    out: list[dict] = []
    done = 0
    for first, end, new_id in changes:
        out.extend(rows[done:first])
        if new_id is not None:
            out.extend(renamed(rows[first:end], new_id))
        done = end
    out.extend(rows[done:])
    write_table(claims_table(out), Path(path))
    return len(out)


def _changes(summary: PartSummary, ledger: Ledger) -> tuple[list[Change], int]:
    """The ledger's decisions on a part's documents, in order: the changes and the rows kept."""
    changes: list[Change] = []
    row, kept = 0, 0
    for doc_id, digest, corpus, n_rows in summary.docs:
        unique = ledger.admit(doc_id, digest, corpus)
        if unique != doc_id and n_rows:  # a repeated text (None), or a corpus row under a longer id
            changes.append((row, row + n_rows, unique))
        if unique is not None:
            kept += n_rows
        row += n_rows
    return changes, kept


def _show_progress(futures: list) -> None:
    """Dask's progress bar, on stderr (stdout stays for data)."""
    from distributed import progress

    with redirect_stdout(sys.stderr):
        progress(futures)


def extract_archive(
    paths: Iterable[str | Path],
    out: Path,
    client: Client,
    max_bytes: int = DEFAULT_MAX_BYTES,
    files_per_partition: int | None = None,
    progress: bool = False,
    budget: Budget | None = DEFAULT_BUDGET,
) -> ArchiveReport:
    """Extract every article under ``paths`` on ``client``'s cluster into the Parquet dataset
    ``out`` (a folder of part files), and its errors into ``x.errors.parquet`` beside it. Each
    document is extracted under ``budget`` (past it, it is an error; None: no budget). When no
    document was read, an existing ``out`` and its errors file are left as they were
    (``kept_earlier`` in the report).

    ``out`` must be on a file system the workers share with the client (they write the parts;
    the client renames the folder into place). Files unreadable before the run (missing,
    unsupported) are errors too. Raises ClusterError when the workers' parts are not visible
    to the client, OSError when the output cannot be written.
    """
    import dask.bag as db

    out = Path(out).absolute()
    report = ArchiveReport()
    ids = IdAllocator()
    items: list[tuple[int, str, str, str]] = []
    for item in article_paths(paths, ids):
        if isinstance(item, ReadError):
            report.errors.append(item)
        else:
            items.append((len(items), str(item[0].absolute()), str(item[0]), item[1]))
    folder = temporary_beside(out)
    folder.mkdir()  # beside out: its folder must exist
    try:
        if items:
            threads = sum(client.nthreads().values())
            size = files_per_partition or partition_size(len(items), threads)
            bag = db.from_sequence(items, partition_size=size)
            parts = bag.map_partitions(extract_partition, str(folder), max_bytes, budget).to_delayed()
            futures = client.compute(parts)
            if progress:
                _show_progress(futures)
            report.partitions = len(futures)
            _settle(futures, folder, client, Ledger(ids), report)
        report.kept_earlier = report.read == 0 and out.exists()
        if report.kept_earlier:
            shutil.rmtree(folder)
        else:
            replace_with(folder, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if not report.kept_earlier:
        write_errors(report.errors, errors_path(out))
    return report


def _settle(futures: list, folder: Path, client: Client, ledger: Ledger, report: ArchiveReport) -> None:
    """Walk the partitions' summaries in order; have the parts with changes rewritten."""
    rewrites = []
    for future in futures:
        (summary,) = future.result() or [None]
        future.release()
        if summary is None:
            continue
        if not (folder / summary.name).is_file():
            raise ClusterError(
                f"the workers wrote {summary.name} where this machine cannot see it: --out must be "
                f"on a file system the workers share (for example a network mount), at the same path"
            )
        report.errors.extend(summary.errors)
        report.notes.extend(summary.notes)
        changes, kept = _changes(summary, ledger)
        report.claims += kept
        if changes:
            rewrites.append(client.submit(rewrite_partition, str(folder / summary.name), changes, pure=False))
    client.gather(rewrites)
    report.read, report.duplicates = ledger.read, ledger.duplicates
