"""The ``workbench`` command: thin wrappers over the library (see ``workbench --help``)."""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from workbench.batch import DEFAULT_BUDGET
from workbench.budget import Budget
from workbench.documents import DEFAULT_MAX_BYTES, UPLOAD_MAX_BYTES, ReadError
from workbench.export import write_rows
from workbench.schema import CLAIM_COLUMNS, CLAIM_EXTRA_COLUMNS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find numeric claims in news articles and line up the ones that disagree.",
)


@contextmanager
def _output(path: Path) -> Iterator[None]:
    """Writing an output file: a failure is one line naming the file, not a traceback."""
    try:
        yield
    except OSError as exc:
        typer.echo(f"error: cannot write {path}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None


def _number_in(high: float, unit: str = "", zero: str | None = None, above_zero: bool = False):
    """A typer callback refusing a value that is not finite or is out of range, with one line
    naming the allowed values (typer adds the option's name).

    The range is 0 to ``high``; ``above_zero``: 0 excluded; ``zero``: what 0 means, when it is
    allowed with a meaning of its own.

    >>> _number_in(1)(0.5)
    0.5
    >>> try:
    ...     _number_in(1)(float("nan"))
    ... except typer.BadParameter as exc:
    ...     print(exc)
    nan is not allowed: give a finite number from 0 to 1
    """
    unit = f" {unit}" if unit else ""
    high_text = f"{high:,.0f}" if high == int(high) else f"{high:g}"
    if zero:
        allowed = f"0 ({zero}) or a finite number of{unit} up to {high_text}"
    elif above_zero:
        allowed = f"a finite number of{unit} above 0 and up to {high_text}"
    else:
        allowed = f"a finite number from 0 to {high_text}{unit}"

    def check(value: float) -> float:
        if not (math.isfinite(value) and 0 <= value <= high) or (above_zero and value == 0):
            raise typer.BadParameter(f"{value:g} is not allowed: give {allowed}")
        if above_zero and value * 2**20 < 1:
            raise typer.BadParameter(f"{value:g} is less than a byte, not allowed: give {allowed}")
        return value

    return check


# NOTE: keep in sync with README, "Limits" (the allowed values of each option).
MAX_SECONDS = 1_000_000.0  # a CPU budget of about 11 days per document (and as many per MB)
MAX_MEMORY_MB = 1e9  # a petabyte: more than any machine has
MAX_FILE_MB = 1e9
MAX_JOBS = 1024


def _same_file(a: Path, b: Path) -> bool:
    """Do ``a`` and ``b`` name one file (through links, ``..`` or another spelling)?"""
    try:
        return (a.exists() and b.exists() and os.path.samefile(a, b)) or a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # an unreadable or looping path: compare the spellings
        return a.absolute() == b.absolute()


# What each output may be, by its name's ending (a name without one is refused as well: the
# format is never guessed, and never silently CSV under another name).
# NOTE: keep in sync with README, "Limits" (Outputs).
CSV_OUT = (".csv",)
CLAIMS_OUT = (".csv", ".parquet")
JSON_LD_OUT = (".jsonld", ".json")
FORMATS = {".csv": "CSV", ".parquet": "Parquet", ".jsonld": "JSON-LD", ".json": "JSON-LD"}


def _check_format(what: str, path: Path, allowed: tuple[str, ...]) -> None:
    """Refuse (one line, exit 2) an output whose name ends otherwise than ``allowed`` (x.xlsx
    written as CSV text opens as garbage, or not at all), or that is a folder (except a Parquet
    dataset, which is one)."""
    from workbench.files import printable

    suffix = path.suffix.lower()
    if path.is_dir() and suffix != ".parquet":
        typer.echo(
            f"error: cannot write {path}: it is a folder; give {what} a file name (nothing was done)",
            err=True,
        )
        raise typer.Exit(2)
    if suffix not in allowed:
        kinds = " or ".join(dict.fromkeys(FORMATS[a] for a in allowed))
        given = f"not {printable(suffix)}" if suffix else "and a name without an extension says none"
        typer.echo(
            f"error: {what} {path}: writes {kinds}, {given}: give a name ending in "
            f"{' or '.join(allowed)} (nothing was done)",
            err=True,
        )
        raise typer.Exit(2)


def _check_outputs(
    inputs: dict[str, Path | None],
    outputs: dict[str, Path | None],
    formats: dict[str, tuple[str, ...]] | None = None,
) -> None:
    """Before any work, refuse (one line, exit 2) an output of a format not written (``formats``:
    the name endings each output allows), a folder, an output whose folder does not exist (none
    is made), or that is one of the inputs or another output: writing it would destroy what is
    read, or what was just written."""
    named = [(what, path) for what, path in outputs.items() if path is not None]
    for _, path in named:
        if not path.absolute().parent.is_dir():
            typer.echo(f"error: cannot write {path}: no folder {path.absolute().parent}", err=True)
            raise typer.Exit(2)
    for i, (what, path) in enumerate(named):
        others = [(w, p) for w, p in inputs.items() if p is not None] + named[:i]
        for other, known in others:
            if _same_file(path, known):
                typer.echo(
                    f"error: {what} {path} is the same file as {other} {known}; "
                    "write to another file (nothing was written)",
                    err=True,
                )
                raise typer.Exit(2)
    for what, path in named:  # last: an output that would destroy an input is the first thing said
        if formats and what in formats:
            _check_format(what, path, formats[what])


def _sqlite_file(url: str | None) -> Path | None:
    """The file of a SQLite store URL (None for other databases, memory or a bad URL)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url) if url else None
    except ArgumentError:
        return None
    if parsed is None or parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


# From this many files on, extraction uses every core unless --jobs says otherwise: forking the
# workers costs about as much as extracting a few dozen short articles.
MANY_FILES = 32


# The texts a --jobs worker process has extracted in this run (emptied when the pool starts it).
_worker_seen: set[bytes] = set()


def _extract_in_worker(item: tuple[Path, str, int], budget: Budget | None):
    """:func:`~workbench.batch.extract_file` in a --jobs worker, skipping the texts it extracted."""
    from workbench.batch import extract_file

    return extract_file(item, budget=budget, seen=_worker_seen)


def _claim_stream(
    paths: list[Path],
    max_bytes: int,
    jobs: int,
    counts: dict[str, int],
    failures: list[ReadError] | None = None,
    budget: Budget | None = DEFAULT_BUDGET,
):
    """Claim rows of every file, in order, streamed; both cores when ``jobs`` > 1.

    Which documents are kept and under which ids follows :class:`~workbench.batch.Ledger`; the
    same text is extracted once. A document over ``budget`` is an error. Errors are echoed,
    counted and, given ``failures``, listed there; lines skipped as data dumps are echoed and
    counted.
    """
    from multiprocessing import get_context

    from workbench.batch import Ledger, extract_file, is_corpus, renamed
    from workbench.documents import article_paths
    from workbench.files import IdAllocator, Skipped

    def failed(err: ReadError, lead: str = "") -> None:
        counts["failed"] += 1
        typer.echo(f"{lead}{'skipped' if isinstance(err, Skipped) else 'error'}: {err}", err=True)
        if failures is not None:
            failures.append(err)

    ids = IdAllocator()
    ledger = Ledger(ids)
    items = []
    for item in article_paths(paths, ids):
        if isinstance(item, ReadError):
            failed(item)
        else:
            items.append((item[0], item[1], max_bytes))
    if jobs == 0:  # by default, every core for many files, one process for a few
        jobs = (os.cpu_count() or 1) if len(items) >= MANY_FILES else 1
    pool = None
    if jobs > 1 and len(items) > 1:
        pool = get_context("fork").Pool(min(jobs, len(items)), initializer=_worker_seen.clear)
    # A text extracted before is not extracted again: the ledger drops its rows anyway (BBC holds 98
    # repeated texts in 2,225 files, 4% of the extraction). A worker takes its files in the run's
    # order, so a text it skips comes after a copy the ledger keeps.
    work = (
        partial(_extract_in_worker, budget=budget)
        if pool
        else partial(extract_file, budget=budget, seen=set())
    )
    results = pool.imap(work, items, chunksize=8) if pool else map(work, items)
    try:
        with typer.progressbar(results, length=len(items), label="extracting", file=sys.stderr) as bar:
            for (path, _, _), (docs, errors) in zip(items, bar, strict=False):
                for err in errors:
                    failed(err, "\n")
                for doc_id, digest, rows, notes, where in docs:
                    for note in notes:
                        counts["lines"] += 1
                        typer.echo(f"\nskipped: {note}", err=True)
                    unique = ledger.admit(doc_id, digest, is_corpus(path), where)
                    counts["read"], counts["duplicates"] = ledger.read, ledger.duplicates
                    if unique is None:  # the same text was read before: named, never dropped unseen
                        typer.echo(f"\nrepeated: {ledger.repeats[-1]}", err=True)
                    else:
                        yield from rows if unique == doc_id else renamed(rows, unique)
    finally:
        if pool:
            pool.terminate()


DASK_HELP = (
    "Extract on a Dask cluster: a scheduler's address (tcp://host:8786), or local / local:N for N "
    "worker processes on this machine. Writes a Parquet dataset (a folder): --out NAME.parquet."
)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .html, .csv, .jsonl) or folders.")],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="Where to write the claims: a CSV, or Parquet if NAME.parquet."),
    ] = Path("claims.csv"),
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            max=MAX_JOBS,
            help="Worker processes; 0 (the default): every core for a folder of many files.",
        ),
    ] = 0,
    max_mb: Annotated[
        float,
        typer.Option(
            help="Skip (and report) files larger than this many MB (above 0).",
            callback=_number_in(MAX_FILE_MB, "MB", above_zero=True),
        ),
    ] = DEFAULT_MAX_BYTES / 2**20,
    max_seconds: Annotated[
        float,
        typer.Option(
            help="CPU seconds one document may take, and as many again per MB; 0: no limit.",
            callback=_number_in(MAX_SECONDS, "seconds", zero="no limit"),
        ),
    ] = DEFAULT_BUDGET.seconds or 0.0,
    max_memory_mb: Annotated[
        float,
        typer.Option(
            help="Memory (MB) extracting one document may add; 0: no limit.",
            callback=_number_in(MAX_MEMORY_MB, "MB", zero="no limit"),
        ),
    ] = DEFAULT_BUDGET.memory_mb or 0.0,
    dask: Annotated[str | None, typer.Option("--dask", help=DASK_HELP)] = None,
) -> None:
    """Extract every numeric claim into a table with the contract's columns, streamed as it goes.

    A CSV by default; with --out NAME.parquet, Parquet, and the errors (path, reason) in
    NAME.errors.parquet beside it.

    Example: workbench extract seeds data/corpus --out claims.csv --jobs 2
    Example: workbench extract /archive --out claims.parquet --dask tcp://10.0.0.5:8786
    """
    max_bytes = int(max_mb * 2**20)
    budget = Budget(seconds=max_seconds or None, memory_mb=max_memory_mb or None)
    parquet = out.suffix.lower() == ".parquet"
    outputs = {"--out": out}
    if parquet:
        from workbench.parquet import errors_path

        outputs["the errors file"] = errors_path(out)
    _check_outputs({f"input {i + 1}": p for i, p in enumerate(paths)}, outputs, {"--out": CLAIMS_OUT})
    if dask is not None:
        if not parquet:
            typer.echo(
                f"error: --dask writes a Parquet dataset: give --out NAME.parquet, not {out}", err=True
            )
            raise typer.Exit(2)
        _extract_on_dask(paths, out, dask, max_bytes, budget)
        return
    counts = {"read": 0, "failed": 0, "duplicates": 0, "lines": 0}
    stream = partial(_claim_stream, paths, max_bytes, jobs, counts, budget=budget)
    earlier = out.exists()

    def keep() -> bool:  # a run that read nothing never replaces an earlier output
        return counts["read"] > 0 or not earlier

    if parquet:
        from workbench.parquet import write_claim_rows, write_errors

        failures: list[ReadError] = []
        with _output(out):
            n = write_claim_rows(stream(failures), out, keep=keep)
        if keep():
            with _output(errors_path(out)):
                write_errors(failures, errors_path(out))
    else:
        with _output(out):
            n = write_rows(stream(), list(CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS), out, keep=keep)
    c = counts
    _summary(n, c["read"], c["failed"], c["duplicates"], c["lines"], out, kept_earlier=not keep())


def _summary(
    claims: int, read: int, failed: int, duplicates: int, lines: int, out: Path, kept_earlier: bool = False
) -> None:
    """The run's last line on stderr; exit 1 when no document was read."""
    dumps = f", {lines} data-dump lines skipped" if lines else ""
    dupes = f", {duplicates} repeated texts read once" if duplicates else ""
    where = f"{out} left as it was" if kept_earlier else str(out)
    typer.echo(
        f"{claims} claims from {read} documents ({failed} unreadable or skipped{dumps}{dupes}) -> {where}",
        err=True,
    )
    if read == 0:
        raise typer.Exit(1)


def _extract_on_dask(paths: list[Path], out: Path, address: str, max_bytes: int, budget: Budget) -> None:
    """``extract --dask``: connect (or start a local cluster), run, name each error and each line
    skipped as a data dump on stderr."""
    from workbench.archive import ClusterError, connect, describe, extract_archive, parse_local
    from workbench.parquet import errors_path

    try:
        with connect(address) as client, _output(out):
            typer.echo(f"Dask: {describe(client, parse_local(address) is not None)}", err=True)
            report = extract_archive(paths, out, client, max_bytes, progress=True, budget=budget)
    except ClusterError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for note in report.notes:
        typer.echo(f"skipped: {note}", err=True)
    for repeat in report.repeats:
        typer.echo(f"repeated: {repeat}", err=True)
    from workbench.files import Skipped

    for err in report.errors:
        typer.echo(f"{'skipped' if isinstance(err, Skipped) else 'error'}: {err}", err=True)
    if not report.kept_earlier:
        typer.echo(f"errors (path, reason) -> {errors_path(out)}", err=True)
    r = report
    _summary(r.claims, r.read, len(r.errors), r.duplicates, len(r.notes), out, r.kept_earlier)


@app.command()
def evaluate(
    directory: Annotated[Path, typer.Argument(help="A folder of gold-marked .md articles.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every miss first.")] = False,
) -> None:
    """Score the extractor against gold-marked articles: precision, recall, F1, field accuracy.

    Example: workbench evaluate data/dev -v
    """
    from workbench.evaluate import evaluate_dir

    if not directory.is_dir():
        typer.echo(f"error: {directory}: not a folder", err=True)
        raise typer.Exit(2)
    result = evaluate_dir(directory)
    for err in result.unreadable:
        typer.echo(f"error: {err}", err=True)
    for bad in result.bad_gold:
        typer.echo(f"bad gold: {bad}", err=True)
    found = len(list(directory.glob("*.md")))
    scored = found - len(result.unreadable)
    if scored <= 0:  # zeros would read as a score
        why = "no .md articles in it" if not found else "no .md article could be read"
        typer.echo(f"error: {directory}: {why}; nothing scored", err=True)
        raise typer.Exit(1)
    if verbose and result.misses:
        typer.echo("\n".join(result.misses))
    s = result.summary()
    typer.echo(
        f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
        f"({s['gold']} gold claims, {s['pred']} predicted, {scored} articles)"
    )
    typer.echo(
        "accuracy  "
        + "  ".join(
            f"{k.removesuffix('_acc')} {'n/a' if v is None else f'{v:.3f}'}"
            for k, v in s.items()
            if k.endswith("_acc")
        )
    )
    typer.echo(f"fully correct {s['fully_correct']:.3f}")
    if result.bad_gold:
        typer.echo(f"{len(result.bad_gold)} bad gold marks left out of the scores (named on stderr)")
    typer.echo(json.dumps(s))


DB_HELP = "SQLAlchemy URL of the review store, e.g. sqlite:///data/workbench.db or postgresql://..."


@app.command()
def reconcile(
    claims_csv: Annotated[
        Path,
        typer.Argument(
            help="Claims from `workbench extract`: a CSV, or Parquet (a file or a dataset folder).",
            metavar="CLAIMS",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the reconciled CSV.")] = Path(
        "reconciled.csv"
    ),
    groups: Annotated[Path | None, typer.Option(help="Also write one row per group here.")] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP + " Claims are saved; verdicts are joined.")] = None,
    tolerance: Annotated[
        float,
        typer.Option(
            help="Relative tolerance of an approximate figure, from 0 to 1 (0.1: 10% either side).",
            callback=_number_in(1),
        ),
    ] = 0.10,
    ontology: Annotated[Path | None, typer.Option(help="A metric ontology TOML file of your own.")] = None,
    fx_margin: Annotated[
        float,
        typer.Option(
            help="Relative margin around a figure converted from another currency, from 0 to 1.",
            callback=_number_in(1),
        ),
    ] = 0.02,
) -> None:
    """Group claims that measure the same thing, derive totals, and mark agreement or conflict.

    Example: workbench reconcile claims.csv --out reconciled.csv --groups groups.csv --db sqlite:///data/workbench.db
    Example: workbench reconcile claims.parquet --out reconciled.csv
    """
    import numpy as np

    from workbench.export import reconciled_table, write_csv
    from workbench.figurecheck import figure_problems, raw_figures, row_problems
    from workbench.parquet import read_claims
    from workbench.reconcile import load_ontology
    from workbench.reconcile import reconcile as run
    from workbench.schema import sane_rows
    from workbench.views import review_again

    _check_outputs(
        {"the claims": claims_csv, "--ontology": ontology, "the store": _sqlite_file(db)},
        {"--out": out, "--groups": groups},
        {"--out": CSV_OUT, "--groups": CSV_OUT},
    )
    table = _read(claims_csv, read_claims)
    onto = _read(ontology, load_ontology) if ontology else None
    why = figure_problems(_read(claims_csv, partial(raw_figures, table=table)))
    sane = sane_rows(table) & why.eq("")
    why[sane] = row_problems(table[sane])  # ids, qualifiers, lengths: of rows with usable figures
    sane &= why.eq("")
    refused = zip(np.flatnonzero(~sane), table["claim_id"][~sane], why[~sane], strict=True)
    for row, claim_id, reason in refused:  # a row without an id by its place among the claims
        named = f"claim {claim_id}" if str(claim_id).strip() else f"row {row + 1}"
        typer.echo(f"error: {claims_csv} {named}: {reason or 'not a usable figure'}", err=True)
    table = table[sane]
    if table.empty:  # an empty output and "0 groups ()" would read as a result
        refused = f" ({int((~sane).sum())} refused, named above)" if (~sane).any() else ""
        typer.echo(f"error: {claims_csv}: no claim with a usable figure{refused}; nothing written", err=True)
        raise typer.Exit(1)
    verdicts, overrides, stories = None, None, None
    store = _open_store(db) if db else None
    if store:
        store.save_claims(table)
        table = store.with_decisions(table)  # as the dashboard and export read them: corrections applied
        verdicts, overrides, stories = store.verdicts(), store.overrides(), store.story_ids()
    result = run(
        table, tolerance=tolerance, ontology=onto, overrides=overrides, stories=stories, fx_margin=fx_margin
    )
    if store:
        store.save_story_ids(result.stories)
    again = review_again(store.audit_log(), result.claims) if store else ()
    with _output(out):
        write_csv(reconciled_table(result.claims, verdicts, result.derived, again), out)
    if groups:
        with _output(groups):
            write_csv(result.groups, groups)
    counts = result.groups["status"].value_counts().to_dict()
    typer.echo(
        f"{len(result.groups)} groups ({', '.join(f'{v} {k}' for k, v in counts.items())}) -> {out}", err=True
    )


def _read(path: Path, load):
    """``load(path)``, or one line naming the file and the reason and exit 2 (no traceback)."""
    from workbench.files import os_reason

    try:
        return load(path)
    except OSError as exc:  # the reason alone: the line names the file once
        typer.echo(f"error: {path}: {os_reason(exc)}", err=True)
        raise typer.Exit(2) from None
    except ValueError as exc:  # some messages name the file already
        named = str(exc).startswith(f"{path}: ")
        typer.echo(f"error: {exc}" if named else f"error: {path}: {exc}", err=True)
        raise typer.Exit(2) from None


def _open_store(url: str, create: bool = True):
    """The store at ``url``, or one line saying why not and exit 2 (no traceback). ``create``:
    a SQLite file that does not exist is made (else refused)."""
    from workbench.store import ClaimStore, StoreConfigError

    try:
        return ClaimStore(url, create)
    except StoreConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _review_url(value: str) -> str:
    """An http(s) URL template with plain ``{group_id}`` fields only (``export.review_url_parts``),
    or empty."""
    from workbench.export import review_url_parts

    if not value:
        return value
    try:
        review_url_parts(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


@app.command()
def export(
    db: Annotated[str, typer.Option(help=DB_HELP)] = "sqlite:///data/workbench.db",
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the reconciled CSV.")] = Path(
        "reconciled.csv"
    ),
    claimreview: Annotated[Path | None, typer.Option(help="Also write ClaimReview JSON-LD here.")] = None,
    review_url: Annotated[
        str,
        typer.Option(
            help="The page each review is published at, with {group_id}: the ClaimReview's url "
            "(https://desk.example/checks/{group_id}). Without it a review has no url.",
            callback=_review_url,
        ),
    ] = "",
) -> None:
    """Export the store's reconciled claims (and ClaimReview JSON-LD for reviewed groups). A
    SQLite store that does not exist is refused, not created.

    Example: workbench export --db sqlite:///data/workbench.db --out r.csv --claimreview r.jsonld
    """
    from workbench.export import claim_reviews, reconciled_table, write_csv, write_json
    from workbench.reconcile import reconcile as run
    from workbench.views import review_again

    _check_outputs(
        {"the store": _sqlite_file(db)},
        {"--out": out, "--claimreview": claimreview},
        {"--out": CSV_OUT, "--claimreview": JSON_LD_OUT},
    )
    store = _open_store(db, create=False)
    result = run(store.claims(), overrides=store.overrides(), stories=store.story_ids())
    store.save_story_ids(result.stories)
    again = review_again(store.audit_log(), result.claims)
    table = reconciled_table(result.claims, store.verdicts(), result.derived, again)
    with _output(out):
        write_csv(table, out)
    if claimreview:
        with _output(claimreview):
            write_json(claim_reviews(table, result.groups, review_url), claimreview)
    typer.echo(f"{len(table)} claims in {len(result.groups)} groups -> {out}", err=True)


def _auth_section() -> dict | None:
    """The [auth] section of Streamlit's secrets, read where Streamlit reads them by default
    (~/.streamlit/secrets.toml, then ./.streamlit/secrets.toml, the later one winning)."""
    import tomllib

    auth = None
    for path in (Path.home() / ".streamlit" / "secrets.toml", Path.cwd() / ".streamlit" / "secrets.toml"):
        try:
            if path.is_file():
                auth = tomllib.loads(path.read_text(encoding="utf-8")).get("auth", auth)
        except (OSError, ValueError) as exc:
            typer.echo(f"error: cannot read {path}: {exc}", err=True)
            raise typer.Exit(2) from None
    return auth or None


def _loopback(address: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"


MAX_PORT = 65535  # a TCP port is 16 bits; 0 would let the system choose one nobody is told


def _port(value: int) -> int:
    """A TCP port, or one line saying what is allowed (Streamlit's own check is an OverflowError
    traceback from the socket)."""
    if not 1 <= value <= MAX_PORT:
        raise typer.BadParameter(f"{value} is not allowed: give a port from 1 to {MAX_PORT}")
    return value


@app.command(name="app")
def run_app(
    paths: Annotated[list[Path] | None, typer.Argument(help="Articles to load at start.")] = None,
    db: Annotated[
        str, typer.Option(help="SQLAlchemy URL of the review store.")
    ] = "sqlite:///data/workbench.db",
    port: Annotated[
        int,
        typer.Option(help="Port to serve on (1 to 65535).", envvar="STREAMLIT_SERVER_PORT", callback=_port),
    ] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not open a browser.")] = False,
    team: Annotated[
        bool,
        typer.Option(
            "--team",
            help="Require sign-in (also on whenever .streamlit/secrets.toml has an [auth] section).",
        ),
    ] = False,
    roles: Annotated[
        Path, typer.Option(help="Team mode: the TOML file mapping reviewers' emails to roles.")
    ] = Path("roles.toml"),
    address: Annotated[
        str | None,
        typer.Option(
            help="Address to listen on: 127.0.0.1 locally (without sign-in, loopback only), "
            "0.0.0.0 in team mode."
        ),
    ] = None,
) -> None:
    """Start the Streamlit dashboard: locally for you alone, or signed in for a team.

    Example: workbench app seeds data/corpus --port 8501 --headless
    """
    from streamlit.web import cli as stcli

    from workbench.roles import Roles, RolesError

    _open_store(db)  # a bad URL or an old schema is one line here, not a traceback in the browser
    auth = _auth_section()
    if team or auth:
        if not auth:
            typer.echo(
                "error: team mode needs an [auth] section in .streamlit/secrets.toml "
                "(the OpenID Connect provider; see the README, 'For a team')",
                err=True,
            )
            raise typer.Exit(2)
        try:
            allowed = Roles.load(roles)
        except RolesError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        address = address or "0.0.0.0"
        os.environ["WORKBENCH_TEAM"] = "1"
        os.environ["WORKBENCH_ROLES"] = str(roles.resolve())
        typer.echo(
            f"workbench: team mode, sign-in required; {len(allowed)} entries in {roles}; "
            f"listening on {address}:{port}",
            err=True,
        )
    else:
        address = address or "127.0.0.1"
        if not _loopback(address):
            typer.echo(
                f"error: without sign-in the dashboard serves this machine only, not {address}; "
                "for a team, configure sign-in (see the README, 'For a team')",
                err=True,
            )
            raise typer.Exit(2)
        os.environ.pop("WORKBENCH_TEAM", None)
        typer.echo(
            f"workbench: local mode, no sign-in: http://{address}:{port} answers this machine only",
            err=True,
        )
    script = Path(__file__).parent / "app" / "main.py"
    os.environ["WORKBENCH_DB"] = db
    os.environ["WORKBENCH_PATHS"] = os.pathsep.join(str(p) for p in (paths or []))
    sys.argv = [
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        address,
        "--server.showEmailPrompt",  # a first run must never wait for input
        "false",
        "--browser.gatherUsageStats",
        "false",
        "--client.showErrorDetails",
        "false",
        "--client.toolbarMode",
        "viewer",
        "--server.maxUploadSize",  # in MiB: the uploader says and enforces our limit, not its 200 MB
        str(math.ceil(UPLOAD_MAX_BYTES / 2**20)),
    ]
    if headless:  # otherwise Streamlit decides: headless where there is no display
        sys.argv += ["--server.headless", "true"]
    raise SystemExit(stcli.main())


db_app = typer.Typer(
    no_args_is_help=True, help="The review store's schema version (Alembic): show it, upgrade it."
)
app.add_typer(db_app, name="db")


def _engine(url: str, create: bool = True):
    from workbench.store import StoreConfigError, open_engine

    try:
        return open_engine(url, create)
    except StoreConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def _database(where: str) -> Iterator[None]:
    """A database that cannot be reached or refuses: one line, exit 2."""
    from sqlalchemy.exc import DBAPIError

    from workbench.store import first_line

    try:
        yield
    except (DBAPIError, OSError, ValueError) as exc:
        typer.echo(f"error: {where}: {first_line(exc)}", err=True)
        raise typer.Exit(2) from None


@db_app.command("upgrade")
def db_upgrade(db: Annotated[str, typer.Option(help=DB_HELP)] = "sqlite:///data/workbench.db") -> None:
    """Create the store, or bring it to this workbench's schema, in one transaction (all or nothing).

    A store from a release before Alembic is recognised by its named migrations. Back it up first.
    Example: workbench db upgrade --db postgresql://desk@db.example/workbench
    """
    from workbench.migrate import upgrade
    from workbench.store import write_transaction

    engine, where = _engine(db)
    with _database(where), write_transaction(engine) as conn:
        before, after = upgrade(conn)
    engine.dispose()
    change = "already current" if before == after else f"{before.describe()} -> {after.describe()}"
    typer.echo(f"{where}: {change}")


@db_app.command("current")
def db_current(db: Annotated[str, typer.Option(help=DB_HELP)] = "sqlite:///data/workbench.db") -> None:
    """Print the store's schema version; exit 1 when it is not the one this workbench needs
    (a SQLite file that does not exist is reported as such, not created).

    Example: workbench db current --db sqlite:///data/workbench.db
    """
    from workbench.migrate import REVISIONS, schema_state

    path = _sqlite_file(db)
    if path is not None and not path.exists():  # nothing to read; reading would create it
        typer.echo(f"the store at {db}: empty (no workbench store yet): no such file, none made")
        typer.echo(f"run: workbench db upgrade --db {db}", err=True)
        raise typer.Exit(1)
    engine, where = _engine(db)
    with _database(where), engine.connect() as conn:
        state = schema_state(conn)
    engine.dispose()
    typer.echo(f"{where}: {state.describe()}")
    if not state.current:
        if state.empty or state.revision in REVISIONS:
            typer.echo(f"run: workbench db upgrade --db {where.removeprefix('the store at ')}", err=True)
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
