"""An article's URL is a link on the Documents page only when it is a web address.

Before: a corpus row or a paste with the URL "javascript:..." was drawn as a live blue link in
the Documents table (a click opened a window on it), and a paste took any text as its URL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
TEXT = "Police said 40 people were killed in the blast."

# (name, URL as stored, link shown)
URLS = [
    ("https", "https://news.example/blast?id=1", "https://news.example/blast?id=1"),
    ("http", "http://news.example/blast", "http://news.example/blast"),
    ("javascript", "javascript:alert(document.cookie)", ""),
    ("javascript, mixed case and spaces", "  JaVaScRiPt:alert(1)", ""),
    ("data", "data:text/html,<script>alert(1)</script>", ""),
    ("vbscript", "vbscript:msgbox(1)", ""),
    ("no host", "https:///blast", ""),
    ("a bare word", "blast", ""),
    ("none", "", ""),
]


@pytest.fixture
def app(monkeypatch, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'review.db'}"
    point_app_at(monkeypatch, url)

    def start() -> AppTest:
        at = AppTest.from_file(APP, default_timeout=90)
        at.query_params.update({"page": "Documents"})
        at.run()
        at.text_input(key="reviewer").input("ana").run()
        assert not at.exception, at.exception
        return at

    return start, url


@pytest.mark.parametrize(("stored", "link"), [u[1:] for u in URLS], ids=[u[0] for u in URLS])
def test_only_a_web_address_is_a_link(app, stored: str, link: str) -> None:
    start, url = app
    Workspace(url).ingest([Document("blast", TEXT, "Blast", "Herald", "2025-01-02", stored)])
    at = start()
    (table,) = [t.value for t in at.dataframe if "url" in t.value.columns]
    assert table["url"].tolist() == [link]


@pytest.mark.parametrize(("stored", "link"), [u[1:] for u in URLS], ids=[u[0] for u in URLS])
def test_a_paste_takes_a_web_address_or_none(app, stored: str, link: str) -> None:
    start, url = app
    at = start()
    at.text_input(key="paste_title").input("Blast")
    at.text_input(key="paste_url").input(stored)
    at.text_area(key="paste_text").input(TEXT)
    at.button(key="paste_add").click().run()
    assert not at.exception, at.exception
    docs = Workspace(url).documents()
    added = bool(link) or not stored.strip()
    assert len(docs) == int(added)
    if added:
        assert docs["url"].tolist() == [link]
    else:
        assert any("must be a web address" in w.value.replace("\\", "") for w in at.warning)
