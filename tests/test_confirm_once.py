"""A confirmation is for one act: after an article is deleted or replaced, the next one asks again.

Before: the "Yes, delete it" box stayed ticked after a deletion while the selection moved to the
next article, so a second click on "Delete article" deleted that one too (not undoable); the
paste's "Yes, replace" box likewise stayed ticked for the next replacement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
TEXTS = {f"town{i}": f"Police said {10 + i} people were killed in Town{i} on Monday." for i in range(3)}


@pytest.fixture
def app(monkeypatch, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(url).ingest([Document(d, t, d.capitalize()) for d, t in TEXTS.items()])
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": "Documents"})
    at.run()
    at.text_input(key="reviewer").input("ana").run()
    assert not at.exception, at.exception
    return at, url


def _texts(url: str) -> dict[str, str]:
    docs = Workspace(url).documents()
    return dict(zip(docs["doc_id"], docs["text"], strict=True))


def _delete(at: AppTest, confirm: bool) -> None:
    if confirm:
        at.checkbox(key="delete_confirm").check()
    at.button(key="delete").click().run()


def _replace(at: AppTest, confirm: bool) -> None:
    target = next(
        d for d in at.selectbox(key="paste_replace").options if d.startswith("town") and d != "town0"
    )
    at.text_input(key="paste_title").input("Update")
    at.text_area(key="paste_text").input(f"Police said 99 people were killed, replacing {target}.")
    at.selectbox(key="paste_replace").set_value(target)
    if confirm:
        at.checkbox(key="paste_confirm").check()
    at.button(key="paste_add").click().run()


# (name, the act)
ACTS = [("delete", _delete), ("replace by a paste", _replace)]


@pytest.mark.parametrize("act", [a[1] for a in ACTS], ids=[a[0] for a in ACTS])
def test_the_next_act_needs_its_own_confirmation(app, act) -> None:
    at, url = app
    act(at, confirm=True)
    assert not at.exception, at.exception
    after_first = _texts(url)
    assert sum(after_first.get(d) == t for d, t in TEXTS.items()) == len(TEXTS) - 1
    act(at, confirm=False)
    assert not at.exception, at.exception
    assert _texts(url) == after_first
    assert any("tick the box" in w.value for w in at.warning)
