"""The ``workbench`` command: thin wrappers over the library (see ``workbench --help``)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from workbench.documents import DEFAULT_MAX_BYTES, ReadError
from workbench.export import write_rows
from workbench.schema import CLAIM_COLUMNS, CLAIM_EXTRA_COLUMNS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find numeric claims in news articles and line up the ones that disagree.",
)


def _extract_file(item: tuple[Path, str, int]) -> tuple[list[dict], list[str], int]:
    """One file (an article, or a CSV/JSONL corpus) -> claim rows, error lines, documents read."""

    from workbench.documents import read_path, text_hash
    from workbench.extract.pipeline import claim_rows

    path, doc_id, max_bytes = item
    rows, errors, read = [], [], 0
    for doc in read_path(path, doc_id, max_bytes):
        if isinstance(doc, ReadError):
            errors.append(str(doc))
            continue
        read += 1
        digest = text_hash(doc.text)
        rows.extend(r | {"_digest": digest} for r in claim_rows(doc.text, doc.doc_id, doc.metadata))
    return rows, errors, read


def _claim_stream(paths: list[Path], max_bytes: int, jobs: int, counts: dict[str, int]):
    """Claim rows of every file, in order, streamed; both cores when ``jobs`` > 1."""
    from multiprocessing import get_context

    from workbench.documents import article_paths

    items = []
    for item in article_paths(paths):
        if isinstance(item, ReadError):
            counts["failed"] += 1
            typer.echo(f"error: {item}", err=True)
        else:
            items.append((item[0], item[1], max_bytes))
    pool = get_context("fork").Pool(jobs) if jobs > 1 and len(items) > 1 else None
    results = pool.imap(_extract_file, items, chunksize=8) if pool else map(_extract_file, items)
    seen: set[str] = set()
    try:
        with typer.progressbar(results, length=len(items), label="extracting", file=sys.stderr) as bar:
            for rows, errors, read in bar:
                counts["read"] += read
                for err in errors:
                    counts["failed"] += 1
                    typer.echo(f"\nerror: {err}", err=True)
                digests = {r["_digest"] for r in rows}
                yield from (r for r in rows if r["_digest"] not in seen)  # the same text is read once
                seen |= digests
    finally:
        if pool:
            pool.terminate()


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .html, .csv, .jsonl) or folders.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the claims CSV.")] = Path(
        "claims.csv"
    ),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (use 2 on two cores).")] = 1,
    max_mb: Annotated[
        float, typer.Option(help="Skip (and report) files larger than this.")
    ] = DEFAULT_MAX_BYTES / 2**20,
) -> None:
    """Extract every numeric claim into a CSV with the contract's columns, streamed as it goes.

    Example: workbench extract seeds data/corpus --out claims.csv --jobs 2
    """
    counts = {"read": 0, "failed": 0}
    columns = list(CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS)
    n = write_rows(_claim_stream(paths, int(max_mb * 2**20), max(1, jobs), counts), columns, out)
    typer.echo(
        f"{n} claims from {counts['read']} documents ({counts['failed']} unreadable) -> {out}", err=True
    )
    if counts["read"] == 0:
        raise typer.Exit(1)


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
    if verbose:
        typer.echo("\n".join(result.misses))
    s = result.summary()
    typer.echo(
        f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
        f"({s['gold']} gold claims, {s['pred']} predicted)"
    )
    typer.echo(
        "accuracy  "
        + "  ".join(f"{k.removesuffix('_acc')} {v:.3f}" for k, v in s.items() if k.endswith("_acc"))
    )
    typer.echo(f"fully correct {s['fully_correct']:.3f}")
    typer.echo(json.dumps(s))


DB_HELP = "SQLAlchemy URL of the review store, e.g. sqlite:///data/workbench.db or postgresql://..."


@app.command()
def reconcile(
    claims_csv: Annotated[Path, typer.Argument(help="A claims CSV from `workbench extract`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the reconciled CSV.")] = Path(
        "reconciled.csv"
    ),
    groups: Annotated[Path | None, typer.Option(help="Also write one row per group here.")] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP + " Claims are saved; verdicts are joined.")] = None,
    tolerance: Annotated[float, typer.Option(help="Relative tolerance of an approximate figure.")] = 0.10,
    ontology: Annotated[Path | None, typer.Option(help="A metric ontology TOML file of your own.")] = None,
) -> None:
    """Group claims that measure the same thing, derive totals, and mark agreement or conflict.

    Example: workbench reconcile claims.csv --out reconciled.csv --groups groups.csv --db sqlite:///data/workbench.db
    """
    import pandas as pd

    from workbench.export import reconciled_table, write_csv
    from workbench.reconcile import load_ontology
    from workbench.reconcile import reconcile as run
    from workbench.schema import as_claims

    try:
        table = as_claims(
            pd.read_csv(claims_csv, dtype={"doc_id": str, "claim_id": str}, keep_default_na=False)
        )
        onto = load_ontology(ontology) if ontology else None
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    verdicts, overrides = None, None
    if db:
        from workbench.store import ClaimStore

        store = ClaimStore(db)
        store.save_claims(table)
        verdicts, overrides = store.verdicts(), store.overrides()
    result = run(table, tolerance=tolerance, ontology=onto, overrides=overrides)
    write_csv(reconciled_table(result.claims, verdicts), out)
    if groups:
        write_csv(result.groups, groups)
    counts = result.groups["status"].value_counts().to_dict()
    typer.echo(
        f"{len(result.groups)} groups ({', '.join(f'{v} {k}' for k, v in counts.items())}) -> {out}", err=True
    )


@app.command()
def export(
    db: Annotated[str, typer.Option(help=DB_HELP)] = "sqlite:///data/workbench.db",
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the reconciled CSV.")] = Path(
        "reconciled.csv"
    ),
    claimreview: Annotated[Path | None, typer.Option(help="Also write ClaimReview JSON-LD here.")] = None,
) -> None:
    """Export the store's reconciled claims (and ClaimReview JSON-LD for reviewed groups).

    Example: workbench export --db sqlite:///data/workbench.db --out r.csv --claimreview r.jsonld
    """
    from workbench.export import claim_reviews, reconciled_table, write_csv, write_json
    from workbench.reconcile import reconcile as run
    from workbench.store import ClaimStore

    store = ClaimStore(db)
    result = run(store.claims(), overrides=store.overrides())
    table = reconciled_table(result.claims, store.verdicts())
    write_csv(table, out)
    if claimreview:
        write_json(claim_reviews(table, result.groups), claimreview)
    typer.echo(f"{len(table)} claims in {len(result.groups)} groups -> {out}", err=True)


@app.command(name="app")
def run_app(
    paths: Annotated[list[Path] | None, typer.Argument(help="Articles to load at start.")] = None,
    db: Annotated[
        str, typer.Option(help="SQLAlchemy URL of the review store.")
    ] = "sqlite:///data/workbench.db",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not open a browser.")] = False,
) -> None:
    """Start the Streamlit dashboard.

    Example: workbench app seeds data/corpus --port 8501 --headless
    """
    from streamlit.web import cli as stcli

    script = Path(__file__).parent / "app" / "main.py"
    os.environ["WORKBENCH_DB"] = db
    os.environ["WORKBENCH_PATHS"] = os.pathsep.join(str(p) for p in (paths or []))
    sys.argv = [
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.showEmailPrompt",  # a first run must never wait for input
        "false",
        "--browser.gatherUsageStats",
        "false",
        "--client.showErrorDetails",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]
    if headless:  # otherwise Streamlit decides: headless where there is no display
        sys.argv += ["--server.headless", "true"]
    raise SystemExit(stcli.main())


if __name__ == "__main__":
    app()
