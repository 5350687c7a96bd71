"""Articles' texts (up to megabytes each) are read only where they are shown. Before: every
``ClaimStore.claims()`` read every article's full text to take four short fields from it, on each
reconciliation, export and dashboard drawing; the ingestion read every text to compare hashes; the
Documents page read them for its overview and the Claims page for the one article its reader shows.

Each statement sent to the real store (SQLite; PostgreSQL for the store's calls) is watched with
SQLAlchemy's cursor events: a SELECT of ``documents.text`` must name the documents it wants.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
RE_TEXT_SELECT = re.compile(r"^\s*SELECT\b.*\bdocuments\.text\b", re.IGNORECASE | re.DOTALL)
ARTICLES = [
    Document("a", "Flood in Perrin. Perrin police said 40 homes were flooded in Perrin, Ulm.", "Flood"),
    Document(
        "b", "Flood in Perrin. Ulm officials said about 44 homes were flooded in Perrin, Ulm.", "Flood 2"
    ),
]


@pytest.fixture
def texts_read() -> Iterator[list[str]]:
    """Every statement that selects article texts without naming the documents, on any engine."""
    seen: list[str] = []

    def watch(conn, cursor, statement, parameters, context, executemany) -> None:
        if RE_TEXT_SELECT.match(statement) and "documents.doc_id IN" not in statement:
            seen.append(" ".join(statement.split())[:200])

    event.listen(Engine, "before_cursor_execute", watch)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", watch)


# (case, what a caller does that needs no article text)
NO_TEXT: list[tuple[str, Callable[[Workspace], object]]] = [
    ("ClaimStore.claims", lambda ws: ws.store.claims()),
    ("the reconciliation", lambda ws: ws.reconciliation()),
    ("the reconciled table", lambda ws: ws.reconciled()),
    ("an unchanged article read again", lambda ws: ws.ingest(ARTICLES[:1])),
    ("a verdict saved (members reconciled)", lambda ws: ws.store.save_verdict("g", "consistent", "ana")),
]


@pytest.mark.parametrize("call", [c[1] for c in NO_TEXT], ids=[c[0] for c in NO_TEXT])
def test_no_text_is_read_where_none_is_needed(store_url: str, texts_read: list[str], call) -> None:
    Workspace(store_url).ingest(ARTICLES)
    ws = Workspace(store_url)  # nothing cached: the store is read
    texts_read.clear()
    call(ws)
    assert texts_read == []


def test_callers_that_need_the_texts_still_get_them(store_url: str) -> None:
    ws = Workspace(store_url)
    ws.ingest(ARTICLES)
    assert ws.texts() == {d.doc_id: d.text for d in ARTICLES}
    assert ws.texts(["b"]) == {"b": ARTICLES[1].text}
    assert ws.documents().set_index("doc_id").loc["a", "text"] == ARTICLES[0].text
    assert set(ws.store.claims()["title"]) == {"Flood", "Flood 2"}  # the fields it carries, still


# (page, texts it may read: the Claims page's reader shows one article, named)
PAGES = ["Documents", "Claims", "Reconcile", "Charts", "Export"]


@pytest.mark.parametrize("name", PAGES)
def test_a_page_reads_no_text_it_does_not_show(monkeypatch, tmp_path: Path, texts_read, name: str) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "data" / "corpus" / "bridge", folder / "bridge")
    url = f"sqlite:///{tmp_path / 'r.db'}"
    Workspace(url).ingest_paths([folder])
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": name})
    at.run()
    at.text_input(key="reviewer").input("ana").run()
    assert not at.exception, at.exception
    texts_read.clear()
    at.run()
    assert not at.exception, at.exception
    assert texts_read == []
