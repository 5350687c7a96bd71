"""`workbench reconcile` (and a claims table the dashboard loads) names each row it cannot reconcile
or store, and goes on with the rest.

Before: two rows with one claim_id (a table merged by hand) ended `reconcile --db` in an
IntegrityError traceback, nothing written; a unit, qualifier, doc_id or claim_id longer than its
column did the same on PostgreSQL; a row with no claim_id was reconciled as a claim; a qualifier
that is none of ours ("roughly") was taken.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.extract.pipeline import extract_claims
from workbench.workspace import Workspace

ARTICLE = (
    "Police said 12 people were killed in the storm. The mayor said 4,500 homes were without power. "
    "Medics said 30 people were injured."
)


def _claims(tmp_path: Path, edits: list[dict[str, str]], extra: list[int] = ()) -> Path:
    """The article's claims as a CSV, row i's cells replaced by edits[i]; rows ``extra`` copied at the end."""
    table = extract_claims(ARTICLE, doc_id="storm").astype(object)
    for i, edit in enumerate(edits):
        for col, text in edit.items():
            table.loc[i, col] = text
    table = pd.concat([table, table.iloc[list(extra)].assign(value=99.0)], ignore_index=True)
    path = tmp_path / "c.csv"
    table.to_csv(path, index=False)
    return path


# (case, edits per row, rows copied, lines expected on stderr, claims written)
CASES = [
    ("a repeated claim_id", [], [1], ["repeats an earlier row's (the first is kept)"], 3),
    ("two repeated", [], [0, 2], ["repeats an earlier row's", "repeats an earlier row's"], 3),
    ("no claim_id", [{"claim_id": ""}], [], ["row 1: no claim_id"], 2),
    ("no doc_id", [{}, {"doc_id": " "}], [], ["no doc_id"], 2),
    ("unknown qualifier", [{"qualifier": "roughly"}], [], ["qualifier 'roughly' is not one of exact"], 2),
    ("unit too long", [{"unit": "u" * 21}], [], ["unit is longer than the store's 20 characters"], 2),
    ("claim_id too long", [{"claim_id": "c" * 33}], [], ["claim_id is longer than the store's 32"], 2),
    ("doc_id too long", [{"doc_id": "d" * 301}], [], ["doc_id is longer than the store's 300"], 2),
    ("doc_id at the limit", [{"doc_id": "d" * 300}], [], [], 3),
    ("nothing wrong", [], [], [], 3),
]


@pytest.mark.parametrize(
    ("edits", "extra", "said", "written"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_reconcile_names_each_row_and_goes_on(
    store_url: str, tmp_path: Path, edits: list, extra: list, said: list[str], written: int
) -> None:
    path = _claims(tmp_path, edits, extra)
    out = tmp_path / "r.csv"
    run = CliRunner().invoke(app, ["reconcile", str(path), "--out", str(out), "--db", store_url])
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
    errors = [line for line in run.output.splitlines() if line.startswith("error:")]
    assert len(errors) == len(said), errors
    for line, part in zip(errors, said, strict=True):
        assert part in line
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(table) == written
    assert table["claim_id"].is_unique
    assert "99.0" not in set(table["value"])  # the first row of a repeated id is the one kept


@pytest.mark.parametrize(
    ("edits", "extra", "written"), [(c[1], c[2], c[4]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_dashboard_loads_the_rows_it_can(
    store_url: str, tmp_path: Path, edits, extra, written: int
) -> None:
    ws = Workspace(store_url)
    report = ws.load_claims(_claims(tmp_path, edits, extra))
    assert not report.errors
    stored = ws.store.claims()
    assert len(stored) == written
    assert report.refused_figures == len(extract_claims(ARTICLE, doc_id="storm")) + len(extra) - written
