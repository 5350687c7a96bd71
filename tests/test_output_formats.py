"""An output is written in the format its name says, or refused before any work.

Before: `--out x.xlsx` and `--out x.json` wrote CSV text under those names with exit 0, and
`--out <folder>` said so only after "extracting" (the README says "before any work").
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

ARTICLE = "Police said 12 people were killed."

# (case, argv, the one line on stderr starts with); T/ is the test's folder
REFUSED = [
    (
        "extract to xlsx",
        "extract T/a.txt --out T/x.xlsx",
        "error: --out T/x.xlsx: writes CSV or Parquet, not .xlsx",
    ),
    (
        "extract to json",
        "extract T/a.txt --out T/x.json",
        "error: --out T/x.json: writes CSV or Parquet, not .json",
    ),
    (
        "extract, no extension",
        "extract T/a.txt --out T/claims",
        "error: --out T/claims: writes CSV or Parquet, and a",
    ),
    ("extract to a folder", "extract T/a.txt --out T/d", "error: cannot write T/d: it is a folder"),
    (
        "to a folder named .csv",
        "extract T/a.txt --out T/d.csv",
        "error: cannot write T/d.csv: it is a folder",
    ),
    ("dask to csv", "extract T/a.txt --out T/c.csv --dask local", "error: --dask writes a Parquet dataset"),
    ("reconcile to xlsx", "reconcile T/c.csv --out T/r.xlsx", "error: --out T/r.xlsx: writes CSV, not .xlsx"),
    (
        "groups to txt",
        "reconcile T/c.csv --out T/r.csv --groups T/g.txt",
        "error: --groups T/g.txt: writes CSV, not .txt",
    ),
    (
        "reconcile to parquet",
        "reconcile T/c.csv --out T/r.parquet",
        "error: --out T/r.parquet: writes CSV, not",
    ),
    (
        "export to json",
        "export --db sqlite:///T/s.db --out T/r.json",
        "error: --out T/r.json: writes CSV, not .json",
    ),
    (
        "claimreview to csv",
        "export --db sqlite:///T/s.db --claimreview T/r.csv2",
        "error: --claimreview T/r.csv2: writes JSON-LD",
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d.csv").mkdir()
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "c.csv")])
    assert run.exit_code == 0, run.output
    return tmp_path


@pytest.mark.parametrize(("case", "argv", "said"), REFUSED, ids=[r[0] for r in REFUSED])
def test_an_output_format_not_written_is_refused_first(folder: Path, case: str, argv: str, said: str) -> None:
    before = sorted(p.name for p in folder.iterdir())
    run = CliRunner().invoke(app, argv.replace("T/", f"{folder}/").split())
    assert run.exit_code == 2, run.output
    (line,) = run.stderr.splitlines()  # one line: nothing extracted, nothing said before it
    assert line.startswith(said.replace("T/", f"{folder}/")), line
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written


# (case, --out name, what the file starts with)
WRITTEN = [
    ("csv", "c2.csv", b"claim_id,"),
    ("csv in capitals", "C3.CSV", b"claim_id,"),
    ("parquet", "c4.parquet", b"PAR1"),
]


@pytest.mark.parametrize(("case", "name", "head"), WRITTEN, ids=[w[0] for w in WRITTEN])
def test_a_known_format_is_written_as_named(folder: Path, case: str, name: str, head: bytes) -> None:
    run = CliRunner().invoke(app, ["extract", str(folder / "a.txt"), "--out", str(folder / name)])
    assert run.exit_code == 0, run.output
    assert (folder / name).read_bytes().startswith(head)
