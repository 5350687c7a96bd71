"""The article reader marks a figure only where its offsets hold it: a claims table read from
another version of the article (``reconcile --db`` on an edited file keeps the stored text) is
said to be so, and nothing wrong is marked.

Before: the stored "Police said 40 people were killed ..." was shown with "ll" of "killed" marked
as the figure 45 of the edited article's claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench import extract_claims
from workbench.documents import Document
from workbench.highlight import highlight_html, misplaced
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
STORED = "Police said 40 people were killed in the blast on Monday. Medics said 12 were hurt."

# (name, the text the claims table was read from, figures marked in the stored text, misplaced)
VERSIONS = [
    ("the same text", STORED, ["40", "12"], 0),
    ("a sentence added before", "On Monday night, police said 45 people were killed in the blast.", [], 1),
    ("a word changed after the figures", STORED.replace("hurt", "injured"), ["40", "12"], 0),
    ("a figure changed in place", STORED.replace("40", "45"), ["12"], 1),
    ("a longer text", STORED + " " * 200 + "Officials said 3,000 homes lost power.", ["40", "12"], 1),
]


@pytest.mark.parametrize(("read", "marked", "off"), [v[1:] for v in VERSIONS], ids=[v[0] for v in VERSIONS])
def test_only_figures_at_their_offsets_are_marked(read: str, marked: list[str], off: int) -> None:
    claims = extract_claims(read, doc_id="blast")
    html = highlight_html(STORED, claims)
    shown = [part.split(">", 1)[1].split("</mark>", 1)[0] for part in html.split("<mark")[1:]]
    assert shown == marked
    assert misplaced(STORED, claims) == off


@pytest.mark.parametrize(("read", "marked", "off"), [v[1:] for v in VERSIONS], ids=[v[0] for v in VERSIONS])
def test_the_reader_says_when_claims_come_from_another_text(
    monkeypatch, tmp_path: Path, read: str, marked: list[str], off: int
) -> None:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    ws = Workspace(url)
    ws.ingest([Document("blast", STORED, "Blast")])
    ws.store.save_claims(extract_claims(read, doc_id="blast"))
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": "Claims", "doc": "blast"})
    at.run()
    assert not at.exception, at.exception
    warned = [w.value for w in at.warning if "another version of its text" in w.value]
    assert len(warned) == (off > 0)
    if off:
        assert warned[0].startswith(f"{off} of this article's")
