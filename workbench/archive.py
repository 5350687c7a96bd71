"""Extraction at archive scale: partitions of files on a Dask cluster, claims as a Parquet dataset.

The client lists the files and gives each its doc_id, as one process would (paths and ids,
never a text), and cuts the listing into partitions as the cluster takes them: a few per worker
thread are submitted at a time, the next as one finishes, so neither the client nor the
scheduler holds the archive's listing in a task graph (:class:`Partitions`; the last ones are
cut smaller, so that the workers finish together). Each worker extracts a partition and writes
its claims to ``part-<number>.parquet`` (partitions are numbered in document order) in a hidden
folder beside the output. It sends back only a summary: each document's id, a 16-byte digest of
its text, the errors (path, reason) and the lines skipped as data dumps. Each document is
extracted under the run's :class:`~workbench.budget.Budget`, watched from a thread of the
worker's own (:func:`~workbench.budget.watched`: a Dask worker runs tasks outside its main
thread).

The client walks the summaries in document order as they come back, with a
:class:`~workbench.batch.Ledger`, the rules one process follows: the first of each text is
kept, a corpus row whose id is taken gets a longer one. The few partitions holding a repeated
text or such a row are rewritten by a worker meanwhile; at the end the folder is renamed into
place and the errors written beside it. So the rows are the same as one process writes (in the
same order, part by part).

>>> parse_local("local:3"), parse_local("local") is not None, parse_local("tcp://10.0.0.5:8786")
(3, True, None)
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

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
from workbench.rows import Chunk, corpus_chunks

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["ArchiveReport", "ClusterError", "connect", "describe", "extract_archive", "parse_local"]

RE_LOCAL = re.compile(r"local(?::(?P<workers>[1-9]\d{0,3}))?")
CONNECT_TIMEOUT = "20s"  # a scheduler that does not answer in this time is reported, not waited for
MAX_PARTITION = 500  # files per partition at most (a corpus file counts as one): about a second
MIN_PARTITION = 10  # and at least, but for the last: below it a task's own cost would show
IN_FLIGHT = 2  # partitions submitted per worker thread: one running, one waiting its turn
LOOKAHEAD = 2  # files listed ahead of the partitions cut, in partitions per worker thread
PROGRESS_SECONDS = 0.5  # between two redraws of the progress bar
BAR_WIDTH = 40
CORPUS_CHUNK_BYTES = 512 * 1024  # a corpus file's rows per partition: about half a second of work
# A local scheduler sends each worker the partitions submitted for it at once, rather than one
# at a time as the last finishes (Dask's default, 1.1 per thread): a worker then starts its next
# partition without waiting for the scheduler, which shares the cores. Only IN_FLIGHT per thread
# are ever submitted, so nothing piles up.
WORKER_SATURATION = "inf"
PRELOAD = "workbench.archive"  # a worker's preload (dask worker --preload): see dask_setup


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
    repeats: list[str] = field(default_factory=list)  # documents not kept: the same text as another
    kept_earlier: bool = False  # no document was read, so an earlier output was left as it was
    timings: dict[str, float] = field(default_factory=dict)  # seconds: list, extract, settle, total


@dataclass(frozen=True, slots=True)
class PartSummary:
    """A partition's result as the worker sends it back: its file, documents, errors and notes."""

    name: str  # the part file's name in the output folder
    # (doc_id, text digest, from a corpus, claim rows, where it is: named if it repeats a text)
    docs: list[tuple[str, bytes, bool, int, str]]
    errors: list[ReadError]
    notes: list[str]  # lines skipped as data dumps


def dask_setup(worker: object) -> None:
    """Run by a Dask worker started with ``--preload workbench.archive`` (``local`` clusters are):
    load the extractor and pyarrow (with the pandas it loads on its first table) as the worker
    starts, so that a second of imports is not in its first partition."""
    import pyarrow.parquet  # noqa: F401

    import workbench.extract.pipeline  # noqa: F401

    claims_table([])


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
    import dask
    from distributed import Client, LocalCluster

    workers = parse_local(address)
    if workers is not None:
        with (
            dask.config.set({"distributed.scheduler.worker-saturation": WORKER_SATURATION}),
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,  # extraction is pure Python: processes, not threads
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # any free port: several runs may share a machine
                preload=[PRELOAD],  # the extractor loads as the worker starts, not in its first task
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


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # its reader names the problem


def _as_given(error: ReadError, absolute: str, given: str) -> ReadError:
    """An error about ``absolute`` named as the user gave the path (as one process names it)."""
    if error.path.startswith(absolute):
        return ReadError(given + error.path[len(absolute) :], error.reason)
    return error


def _note_as_given(note: str, absolute: str, given: str) -> str:
    return given + note[len(absolute) :] if note.startswith(absolute) else note


# A file as a partition carries it: (absolute path, path as given, doc_id, the rows of a corpus
# file to read, or None: all of the file).
FileItem = tuple[str, str, str, Chunk | None]


def extract_partition(
    number: int,
    items: list[FileItem],
    folder: str,
    max_bytes: int,
    budget: Budget | None = DEFAULT_BUDGET,
) -> PartSummary:
    """On a worker: extract files ``(absolute path, path as given, doc_id, chunk)``, each document
    under ``budget``, and write their claims to ``folder/part-<number>.parquet``; the part's summary.

    A text read before in the same partition is not extracted again (the client's ledger drops
    it anyway). Raises OSError when the part cannot be written.
    """
    rows: list[dict] = []
    docs: list[tuple[str, bytes, bool, int, str]] = []
    errors: list[ReadError] = []
    notes: list[str] = []
    seen: set[bytes] = set()
    for absolute, given, doc_id, chunk in items:
        found, failed = extract_file((absolute, doc_id, max_bytes), budget, watched, seen, chunk)
        shown, named = printable(absolute), printable(given)
        errors.extend(_as_given(e, shown, named) for e in failed)
        corpus = is_corpus(absolute)
        for found_id, digest, claim_rows, skipped, where in found:
            docs.append((found_id, digest, corpus, len(claim_rows), _note_as_given(where, shown, named)))
            notes.extend(_note_as_given(note, shown, named) for note in skipped)
            rows.extend(claim_rows)
    name = f"{PART_PREFIX}{number:09d}{PARQUET_SUFFIX}"
    write_table(claims_table(rows), Path(folder) / name)
    return PartSummary(name, docs, errors, notes)


# One change to a part: (first row, end row, the document's new id, or None to drop its rows).
Change = tuple[int, int, str | None]


def rewrite_partition(path: str, changes: list[Change]) -> int:
    """On a worker: drop or rename documents' rows in one part file (atomically); the rows left.

    Arrow slices, not Python rows: a part of a few thousand rows is rewritten in milliseconds.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as part:  # not read_table: its dataset layer costs a second to load
        table = part.read()
    pieces: list[pa.Table] = []
    done = 0
    for first, end, new_id in changes:
        pieces.append(table.slice(done, first - done))
        if new_id is not None:
            pieces.append(claims_table(renamed(table.slice(first, end - first).to_pylist(), new_id)))
        done = end
    pieces.append(table.slice(done))
    out = pa.concat_tables(pieces).combine_chunks()
    write_table(out, Path(path))
    return out.num_rows


def _changes(summary: PartSummary, ledger: Ledger) -> tuple[list[Change], int]:
    """The ledger's decisions on a part's documents, in order: the changes and the rows kept."""
    changes: list[Change] = []
    row, kept = 0, 0
    for doc_id, digest, corpus, n_rows, where in summary.docs:
        unique = ledger.admit(doc_id, digest, corpus, where)
        if unique != doc_id and n_rows:  # a repeated text (None), or a corpus row under a longer id
            changes.append((row, row + n_rows, unique))
        if unique is not None:
            kept += n_rows
        row += n_rows
    return changes, kept


class Partitions:
    """The listing cut into partitions as the cluster asks for them, never all held at once.

    Files are listed (and given their ids) a little ahead of the partitions cut from them (a
    corpus file's chunks count as partitions: a large corpus is not read far ahead). Once
    the listing is over, what is left is cut smaller and smaller (guided self-scheduling: the
    rest over twice the threads), so the last partitions are short and no worker waits long for
    another's at the end. ``size`` fixes every partition's size instead.

    >>> cut = Partitions(iter(range(10)), threads=2, largest=4, smallest=1)  # ten files
    >>> [len(cut.next()) for _ in range(7)]
    [3, 2, 2, 1, 1, 1, 0]
    """

    def __init__(
        self,
        listing: Iterator[FileItem],
        threads: int,
        largest: int = MAX_PARTITION,
        size: int | None = None,
        smallest: int = MIN_PARTITION,
    ) -> None:
        self.listing = listing
        self.threads = max(threads, 1)
        self.largest = size or largest
        self.smallest = smallest
        self.fixed = size is not None
        self.ahead: deque[FileItem] = deque()
        self.work = 0  # in files: a corpus chunk counts as a whole partition
        self.finished = False  # the listing is over (every article file has its id)
        self.listed = 0
        self.listing_seconds = 0.0

    def _weight(self, item: FileItem) -> int:
        return self.largest if _chunked(item) else 1

    def _fill(self, wanted: int) -> None:
        started = time.perf_counter()
        while not self.finished and self.work < wanted:
            item = next(self.listing, None)
            if item is None:
                self.finished = True
            else:
                self.ahead.append(item)
                self.work += self._weight(item)
                self.listed += 1
        self.listing_seconds += time.perf_counter() - started

    def _take(self) -> FileItem:
        item = self.ahead.popleft()
        self.work -= self._weight(item)
        return item

    def next(self) -> list[FileItem]:
        """The next partition's files, in order; empty when every file has been given out. A
        chunk of a corpus file is a partition of its own."""
        self._fill(LOOKAHEAD * self.threads * self.largest)
        size = self.largest
        if self.finished and not self.fixed:
            size = min(size, max(self.smallest, math.ceil(self.work / (2 * self.threads))))
        if self.ahead and _chunked(self.ahead[0]):
            return [self._take()]
        out: list[FileItem] = []
        while self.ahead and len(out) < size and not _chunked(self.ahead[0]):
            out.append(self._take())
        return out


def _chunked(item: FileItem | int) -> bool:
    return isinstance(item, tuple) and item[3] is not None


class Progress:
    """A progress bar in the manner of Dask's, on stderr, redrawn at most every half second (the
    client shares the cores with the workers): files done out of files listed."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.started = self.drawn = time.perf_counter()

    def update(self, done: int, listed: int, finished: bool, final: bool = False) -> None:
        now = time.perf_counter()
        if not final and now - self.drawn < PROGRESS_SECONDS:
            return
        self.drawn = now
        share = done / listed if listed else 1.0
        bar = "#" * int(BAR_WIDTH * share)
        total = f"{listed:,}" if finished else f"{listed:,}+"
        self.stream.write(
            f"\r[{bar:<{BAR_WIDTH}}] | {share:4.0%} Completed | {done:,} of {total} files | "
            f"{now - self.started:.1f}s" + ("\n" if final else "")
        )
        self.stream.flush()


def extract_archive(
    paths: Iterable[str | Path],
    out: Path,
    client: Client,
    max_bytes: int = DEFAULT_MAX_BYTES,
    files_per_partition: int | None = None,
    progress: bool = False,
    budget: Budget | None = DEFAULT_BUDGET,
    corpus_chunk_bytes: int = CORPUS_CHUNK_BYTES,
) -> ArchiveReport:
    """Extract every article under ``paths`` on ``client``'s cluster into the Parquet dataset
    ``out`` (a folder of part files), and its errors into ``x.errors.parquet`` beside it. Each
    document is extracted under ``budget`` (past it, it is an error; None: no budget). When no
    document was read, an existing ``out`` and its errors file are left as they were
    (``kept_earlier`` in the report).

    Partitions are submitted a few per worker thread at a time, as earlier ones finish, so
    neither this process nor the scheduler holds the whole listing in a task graph. A CSV or
    JSON Lines corpus file over ``corpus_chunk_bytes`` is read here once (not extracted) and cut
    into chunks of about that size at row starts, each a partition: the workers share it and
    its rows keep the ids and line numbers one process gives them.

    ``out`` must be on a file system the workers share with the client (they write the parts;
    the client renames the folder into place). Files unreadable before the run (missing,
    unsupported) are errors too. Raises ClusterError when the workers' parts are not visible
    to the client, OSError when the output cannot be written.
    """
    out = Path(out).absolute()
    report = ArchiveReport()
    ids = IdAllocator()
    listing_errors: list[ReadError] = []

    def listing() -> Iterator[FileItem]:
        for item in article_paths(paths, ids):
            if isinstance(item, ReadError):
                listing_errors.append(item)
                continue
            absolute, given = str(item[0].absolute()), str(item[0])
            if is_corpus(absolute) and _size(absolute) > corpus_chunk_bytes:
                for chunk in corpus_chunks(Path(absolute), max_bytes, corpus_chunk_bytes):
                    yield absolute, given, item[1], chunk
            else:
                yield absolute, given, item[1], None

    folder = temporary_beside(out)
    folder.mkdir()  # beside out: its folder must exist
    started = time.perf_counter()
    try:
        threads = sum(client.nthreads().values())
        cut = Partitions(listing(), threads, size=files_per_partition)
        run = _Run(client, folder, Ledger(ids), report, Progress() if progress else None)
        run.extract(cut, max_bytes, budget, threads)
        report.timings["list"] = cut.listing_seconds
        report.timings["extract"] = time.perf_counter() - started
        run.finish()
        report.timings["settle"] = time.perf_counter() - started - report.timings["extract"]
        report.errors[:0] = listing_errors  # named first, as one process names them
        report.kept_earlier = report.read == 0 and out.exists()
        if report.kept_earlier:
            shutil.rmtree(folder)
        else:
            replace_with(folder, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if not report.kept_earlier:  # by a worker, which has pyarrow (and the pandas it loads) loaded
        client.submit(write_errors, report.errors, errors_path(out), pure=False).result()
    report.timings["total"] = time.perf_counter() - started
    return report


class _Run:
    """One run's partitions on the cluster: submitted a few at a time, their summaries settled in
    document order as they come back (the ledger's rules), parts with changes rewritten."""

    def __init__(
        self, client: Client, folder: Path, ledger: Ledger, report: ArchiveReport, progress: Progress | None
    ) -> None:
        self.client, self.folder, self.ledger, self.report = client, folder, ledger, report
        self.progress = progress
        self.back: dict[int, PartSummary] = {}  # partition number -> its summary, not yet settled
        self.settled = 0  # partitions settled, in order
        self.files_done = 0
        self.rewrites: list = []

    def extract(self, cut: Partitions, max_bytes: int, budget: Budget | None, threads: int) -> None:
        from distributed import as_completed

        submitted: dict = {}  # future -> (partition number, files)
        pending = as_completed()

        def submit() -> bool:
            items = cut.next()
            if not items:
                return False
            number = self.report.partitions
            self.report.partitions += 1
            future = self.client.submit(
                extract_partition,
                number,
                items,
                str(self.folder),
                max_bytes,
                budget,
                key=f"workbench-extract-{self.folder.name}-{number}",
                pure=False,
            )
            submitted[future] = (number, len(items))
            pending.add(future)
            return True

        try:
            for _ in range(IN_FLIGHT * max(threads, 1)):
                if not submit():
                    break
            for future in pending:
                number, files = submitted.pop(future)
                summary = future.result()
                future.release()
                submit()
                self.back[number] = summary
                self.files_done += files
                self._settle(cut.finished)
                if self.progress:
                    self.progress.update(self.files_done, cut.listed, cut.finished)
        except BaseException:  # nothing more is written into the folder, which goes
            self.client.cancel(list(submitted) + self.rewrites)
            raise
        self._settle(True)
        if self.progress:
            self.progress.update(self.files_done, cut.listed, True, final=True)

    def _settle(self, listed: bool) -> None:
        """Settle the summaries that are next in order. A corpus's rows wait for the end of the
        listing: every article file takes its id before any row does."""
        while self.settled in self.back:
            summary = self.back[self.settled]
            if not listed and any(doc[2] for doc in summary.docs):  # one from a corpus
                return
            del self.back[self.settled]
            self.settled += 1
            if not (self.folder / summary.name).is_file():
                raise ClusterError(
                    f"the workers wrote {summary.name} where this machine cannot see it: --out must "
                    f"be on a file system the workers share (for example a network mount), at the "
                    f"same path"
                )
            self.report.errors.extend(summary.errors)
            self.report.notes.extend(summary.notes)
            changes, kept = _changes(summary, self.ledger)
            self.report.claims += kept
            if changes:
                path = str(self.folder / summary.name)
                self.rewrites.append(
                    self.client.submit(rewrite_partition, path, changes, pure=False, priority=1)
                )

    def finish(self) -> None:
        """Wait for the rewrites; the ledger's counts into the report."""
        self.client.gather(self.rewrites)
        self.report.read, self.report.duplicates = self.ledger.read, self.ledger.duplicates
        self.report.repeats = self.ledger.repeats
