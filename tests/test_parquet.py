"""Claims in Parquet (issue 14): typed as the claims table, read back as written (a file or a
dataset folder), taken by reconcile and the Workspace like a CSV, and never loaded by a CSV run."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED
from workbench import Workspace, extract_many, read_documents
from workbench.cli import app
from workbench.parquet import (
    claims_schema,
    claims_table,
    errors_path,
    read_claims,
    read_errors,
    write_claim_rows,
    write_table,
)
from workbench.schema import CLAIM_COLUMNS, CLAIM_DTYPES, CLAIM_EXTRA_COLUMNS

runner = CliRunner()
ARROW_OF = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}


def extract(*args: str | Path) -> str:
    result = runner.invoke(app, ["extract", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


# --- the schema ----------------------------------------------------------------------------------
@pytest.mark.parametrize("column", CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS)
def test_schema_follows_the_claims_table(column: str) -> None:
    assert claims_schema().field(column).type == ARROW_OF[CLAIM_DTYPES[column]]


def test_schema_lists_the_columns_in_order() -> None:
    assert claims_schema().names == list(CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS)


# --- round trips ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Doc:
    name: str
    text: str


DOCS = [
    Doc("formula-like text stays as written", '=HYPERLINK("x") said 12 people were killed.\n'),
    Doc("an open bound", "More than 90,000 people fled, the UN said.\n"),
    Doc("non-ASCII", "Le ministre a dit que 1 200 € ont été versés; officials said 14 died in Zürich.\n"),
    Doc("no claims at all", "The meeting was held on Tuesday.\n"),
]


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.name)
def test_parquet_reads_back_what_was_extracted(doc: Doc, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(doc.text, encoding="utf-8")
    extract(path, "--out", tmp_path / "c.parquet")
    extract(path, "--out", tmp_path / "c.csv")
    expected = extract_many(read_documents(path))
    pd.testing.assert_frame_equal(read_claims(tmp_path / "c.parquet"), expected)
    pd.testing.assert_frame_equal(read_claims(tmp_path / "c.csv"), expected)


def test_a_dataset_folder_reads_as_one_file(tmp_path) -> None:
    rows = extract_many(read_documents([SEED, ROOT / "data" / "corpus"])).to_dict("records")
    write_claim_rows(iter(rows), tmp_path / "one.parquet", batch_rows=7)  # several row groups
    for i in range(0, len(rows), 20):
        write_table(claims_table(rows[i : i + 20]), tmp_path / "many.parquet" / f"part-{i:09d}.parquet")
    pd.testing.assert_frame_equal(
        read_claims(tmp_path / "one.parquet"), read_claims(tmp_path / "many.parquet")
    )
    assert len(read_claims(tmp_path / "one.parquet")) == len(rows)


def test_local_parquet_run_writes_an_errors_table(tmp_path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 50)
    extract(SEED, tmp_path / "bad.txt", "--out", tmp_path / "c.parquet")
    errors = read_errors(errors_path(tmp_path / "c.parquet"))
    assert errors["path"].tolist() == [str(tmp_path / "bad.txt")]
    assert "binary file" in errors["reason"].iat[0]


@dataclass(frozen=True)
class Existing:
    name: str
    make: str  # what stands at --out before the run: "file", "dataset" or "folder"
    replaced: bool


EXISTING = [
    Existing("an older file", "file", True),
    Existing("an older dataset folder", "dataset", True),
    Existing("a folder of other things", "folder", False),
]


@pytest.mark.parametrize("case", EXISTING, ids=lambda c: c.name)
def test_what_an_output_replaces(case: Existing, tmp_path) -> None:
    out = tmp_path / "c.parquet"
    if case.make == "file":
        out.write_bytes(b"old")
    else:
        out.mkdir()
        (out / ("part-000000000.parquet" if case.make == "dataset" else "notes.txt")).write_text("old")
    result = runner.invoke(app, ["extract", str(SEED), "--out", str(out)])
    if case.replaced:
        assert result.exit_code == 0, result.output
        assert out.is_file() and len(read_claims(out)) == 4
    else:
        assert result.exit_code == 2 and "not replaced" in result.output
        assert (out / "notes.txt").read_text() == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind


# --- reconcile and the Workspace -----------------------------------------------------------------
@pytest.fixture(scope="module")
def bundled_claims(tmp_path_factory) -> Path:
    """The bundled corpus's claims, as CSV and as Parquet, in one folder."""
    out = tmp_path_factory.mktemp("claims")
    for name in ("c.csv", "c.parquet"):
        extract(SEED, ROOT / "data" / "corpus", "--out", out / name)
    return out


def test_reconcile_reads_parquet_as_it_reads_csv(bundled_claims: Path, tmp_path) -> None:
    for name in ("c.csv", "c.parquet"):
        stem = Path(name).suffix[1:]
        result = runner.invoke(
            app,
            [
                "reconcile",
                str(bundled_claims / name),
                "--out",
                str(tmp_path / f"r-{stem}.csv"),
                "--groups",
                str(tmp_path / f"g-{stem}.csv"),
            ],
        )
        assert result.exit_code == 0, result.output
    for table in ("r", "g"):
        assert (tmp_path / f"{table}-csv.csv").read_bytes() == (
            tmp_path / f"{table}-parquet.csv"
        ).read_bytes()


def test_reconcile_names_a_file_that_is_not_parquet(tmp_path) -> None:
    (tmp_path / "c.parquet").write_text("claim_id,doc_id\n")
    result = runner.invoke(app, ["reconcile", str(tmp_path / "c.parquet"), "--out", str(tmp_path / "r.csv")])
    assert result.exit_code == 2 and "not a readable Parquet claims table" in result.output


def test_workspace_loads_parquet_as_it_loads_csv(bundled_claims: Path) -> None:
    tables = []
    for name in ("c.csv", "c.parquet"):
        ws = Workspace("sqlite://")
        report = ws.load_claims(bundled_claims / name)
        assert len(report.added) == 26 and not report.errors
        tables.append(ws.reconciled())
    pd.testing.assert_frame_equal(*tables)


def test_workspace_takes_parquet_among_articles(bundled_claims: Path) -> None:
    ws = Workspace("sqlite://")
    report = ws.ingest_paths([SEED, bundled_claims / "c.parquet", bundled_claims / "c.errors.parquet"])
    assert report.added[0] == SEED.stem and len(report.added) == 26  # the seed as an article, then
    assert report.replaced == [SEED.stem] and not report.errors  # its claims from the table
    assert ws.texts()[SEED.stem].startswith(SEED.read_text(encoding="utf-8")[:40])  # its text is kept


def test_workspace_names_a_table_that_is_not_claims(tmp_path) -> None:
    write_table(pa.table({"path": ["x"], "reason": ["y"]}), tmp_path / "e.parquet")
    report = Workspace("sqlite://").load_claims(tmp_path / "e.parquet")
    assert not report.added and "missing columns" in str(report.errors[0])


# --- scale and weight ----------------------------------------------------------------------------
@pytest.mark.slow
def test_a_million_claims_read_in_linear_time(tmp_path) -> None:
    from workbench.bench import generated_claims
    from workbench.reconcile import reconcile

    seconds = {}
    for n in (100_000, 1_000_000):
        claims = generated_claims(n)
        write_table(
            pa.Table.from_pandas(claims, claims_schema(), preserve_index=False), tmp_path / f"{n}.parquet"
        )
        started = time.perf_counter()
        back = read_claims(tmp_path / f"{n}.parquet")
        seconds[n] = time.perf_counter() - started
        assert len(back) == n
    assert seconds[1_000_000] < 20 * max(seconds[100_000], 0.05), seconds
    pd.testing.assert_frame_equal(back.head(100_000), claims.head(100_000))
    small = back.head(20_000)
    assert reconcile(small).groups.equals(reconcile(claims.head(20_000)).groups)


# What `workbench extract` loads: NOTE keep in sync with the lazy imports in cli.py and parquet.py.
@dataclass(frozen=True)
class Weight:
    out: str
    loads: list[str]
    never: list[str]


WEIGHTS = [
    Weight("c.csv", [], ["pandas", "pyarrow", "dask", "distributed", "plotly", "sqlalchemy"]),
    # pyarrow loads pandas itself when it converts Python lists (pyarrow.array asks whether it has one)
    Weight("c.parquet", ["pandas", "pyarrow"], ["dask", "distributed", "plotly", "sqlalchemy"]),
]


@pytest.mark.parametrize("case", WEIGHTS, ids=lambda c: c.out)
def test_extract_loads_only_what_its_output_needs(case: Weight, tmp_path) -> None:
    code = (
        "import sys; from workbench.cli import app\n"
        f"sys.argv = ['workbench', 'extract', {str(SEED)!r}, '--out', {str(tmp_path / case.out)!r}]\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {case.loads + case.never!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == repr(sorted(case.loads)), done.stderr
