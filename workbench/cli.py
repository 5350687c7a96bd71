"""The ``workbench`` command: thin wrappers over the library (see ``workbench --help``)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from workbench.documents import DEFAULT_MAX_BYTES, ReadError, read_documents
from workbench.export import write_rows
from workbench.schema import CLAIM_COLUMNS, CLAIM_EXTRA_COLUMNS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find numeric claims in news articles and line up the ones that disagree.",
)


def _claim_stream(paths: list[Path], max_bytes: int, counts: dict[str, int]):
    from workbench.extract.pipeline import claim_rows

    for doc in read_documents(paths, max_bytes=max_bytes):
        if isinstance(doc, ReadError):
            counts["failed"] += 1
            typer.echo(f"error: {doc}", err=True)
            continue
        counts["read"] += 1
        yield from claim_rows(doc.text, doc.doc_id, doc.metadata)


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Files (.txt, .md, .html) or folders, read recursively.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the claims CSV.")] = Path(
        "claims.csv"
    ),
    max_mb: Annotated[
        float, typer.Option(help="Skip (and report) files larger than this.")
    ] = DEFAULT_MAX_BYTES / 2**20,
) -> None:
    """Extract every numeric claim into a CSV with the contract's columns.

    Example: workbench extract seeds data/dev --out claims.csv
    """
    counts = {"read": 0, "failed": 0}
    columns = list(CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS)
    n = write_rows(_claim_stream(paths, int(max_mb * 2**20), counts), columns, out)
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
        "--server.headless",
        str(headless).lower(),
        "--browser.gatherUsageStats",
        "false",
    ]
    raise SystemExit(stcli.main())


if __name__ == "__main__":
    app()
