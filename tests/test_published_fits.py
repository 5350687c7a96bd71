"""A corpus's publication date of any length is stored: PostgreSQL's column holds 40 characters.

Before: a JSON Lines row dated "Monday, 2 January 2025 10:00:00 GMT+0000 (Coordinated Universal
Time)" was extracted, then `reconcile --db postgresql://...` ended in a DataError traceback and the
dashboard did not add the article.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.documents import Document
from workbench.extract.pipeline import extract_claims
from workbench.workspace import Workspace

TEXT = "Police said 40 people were killed in the blast."

# (name, published as the corpus gives it, as stored)
DATES = [
    ("iso date", "2025-01-02", "2025-01-02"),
    ("iso with time", "2025-01-02T10:00:00+00:00", "2025-01-02T10:00:00+00:00"),
    (
        "javascript's Date",
        "Thu Jan 02 2025 10:00:00 GMT+0000 (Coordinated Universal Time)",
        "2025-01-02T10:00:00+00:00",
    ),
    (
        "RFC 2822 with a note",
        "Tue, 03 Feb 2015 08:00:00 +0000 (as first published in print)",
        "2015-02-03T08:00:00+00:00",
    ),
    (
        "no date at all",
        "published some time in the early hours, by our own reporter",
        "published some time in the early hours, ",
    ),
]


@pytest.mark.parametrize(("published", "stored"), [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_the_dashboard_stores_any_publication_date(store_url: str, published: str, stored: str) -> None:
    ws = Workspace(store_url)
    report = ws.ingest([Document("blast", TEXT, "Blast", "Herald", published)])
    assert report.added == ["blast"], report.errors
    assert ws.documents()["published"].tolist() == [stored]
    assert ws.reconciled()["published"].tolist() == [stored]


@pytest.mark.parametrize(("published", "stored"), [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_reconcile_stores_any_publication_date(
    store_url: str, tmp_path: Path, published: str, stored: str
) -> None:
    claims = extract_claims(TEXT, doc_id="blast").assign(published=published)
    path = tmp_path / "c.csv"
    claims.to_csv(path, index=False)
    run = CliRunner().invoke(
        app, ["reconcile", str(path), "--out", str(tmp_path / "r.csv"), "--db", store_url]
    )
    assert run.exit_code == 0, run.output
    assert pd.read_csv(tmp_path / "r.csv")["published"].tolist() == [published]  # the file's, as given
    assert Workspace(store_url).documents()["published"].tolist() == [stored]
