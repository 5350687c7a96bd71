"""The dashboard never overwrites an article silently, and never shows a traceback.

Before: uploading a file with an existing article's name, or pasting one with an existing
title, replaced that article and its claims and said "Added"; a bad --db URL showed a traceback
with the server's paths; undo deleted another reviewer's newer verdict.
"""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from workbench import ClaimStore, Workspace
from workbench.documents import read_upload

APP = str(ROOT / "workbench" / "app" / "main.py")
FIRST = "The mayor said 4,500 homes were without power."
SECOND = "The mayor said 5,200 homes were without power."


@pytest.fixture
def app(monkeypatch, tmp_path: Path) -> tuple[AppTest, str]:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    monkeypatch.setenv("WORKBENCH_DB", url)
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.text_input(key="reviewer").input("ana").run()
    at.sidebar.radio(key="page").set_value("Documents").run()
    return at, url


def paste(at: AppTest, title: str, text: str, replaces: str | None = None, confirm: bool = False) -> None:
    at.text_input(key="paste_title").input(title)
    at.text_area(key="paste_text").input(text)
    if replaces:
        at.selectbox(key="paste_replace").set_value(replaces)
    at.checkbox(key="paste_confirm").set_value(confirm)
    at.button(key="paste_add").click().run()
    assert not at.exception, at.exception


def stored(url: str) -> dict[str, str]:
    docs = Workspace(url).documents()
    return dict(zip(docs["doc_id"], docs["text"], strict=True))


def test_pasting_the_same_title_adds_a_second_article(app) -> None:
    at, url = app
    paste(at, "Storm", FIRST)
    paste(at, "Storm", SECOND)
    assert sorted(stored(url).values()) == [FIRST, SECOND]
    assert any("same title" in i.value for i in at.info)
    assert all(d.startswith("Storm #") for d in stored(url))


def test_pasting_without_a_title_adds_a_second_article(app) -> None:
    at, url = app
    paste(at, "", FIRST + " The rest differs.")
    paste(at, "", FIRST + " Something else entirely.")
    assert len(stored(url)) == 2


# (case, confirm the replacement, texts stored afterwards)
REPLACE = [
    ("not confirmed: nothing changes", False, [FIRST]),
    ("confirmed: replaced in place", True, [SECOND]),
]


@pytest.mark.parametrize(("case", "confirm", "texts"), REPLACE, ids=[r[0] for r in REPLACE])
def test_replacing_is_an_explicit_confirmed_choice(app, case: str, confirm: bool, texts: list[str]) -> None:
    at, url = app
    paste(at, "Storm", FIRST)
    (first_id,) = stored(url)
    at.run()  # the selectbox now lists the stored article
    paste(at, "Storm", SECOND, replaces=first_id, confirm=confirm)
    assert list(stored(url).values()) == texts
    assert list(stored(url)) == [first_id]  # a replaced article keeps its id
    if not confirm:
        assert any("confirm" in w.value for w in at.warning)


def test_an_upload_with_a_stored_name_is_added_beside_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    ws = Workspace(url)
    first = read_upload("storm.txt", FIRST.encode())
    ws.ingest([first])
    second = read_upload("storm.txt", SECOND.encode())
    assert ws.namesakes(second) == [first.doc_id]  # the page offers to replace it...
    report = ws.ingest([second])  # ...but by default adds it beside
    assert report.added == [second.doc_id]
    assert sorted(stored(url)) == sorted([first.doc_id, second.doc_id])
    third = read_upload("storm.txt", b"The mayor said 6,000 homes were without power.")
    report = ws.ingest([third], replace={third.doc_id: first.doc_id})  # the reviewer's confirmed choice
    assert report.replaced == [first.doc_id] and len(stored(url)) == 2


def test_the_same_upload_twice_is_read_once(tmp_path: Path) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'w.db'}")
    ws.ingest([read_upload("storm.txt", FIRST.encode())])
    report = ws.ingest([read_upload("storm copy.txt", FIRST.encode())])
    assert report.unchanged and not report.added


@pytest.mark.parametrize("url", ["nosuch://host/db", "sqlite:///", "postgresql://ana:secret@127.0.0.1:1/db"])
def test_a_bad_store_url_is_one_line_in_the_browser(monkeypatch, url: str) -> None:
    monkeypatch.setenv("WORKBENCH_DB", url)
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    at = AppTest.from_file(APP, default_timeout=90).run()
    assert not at.exception, at.exception
    (error,) = at.error
    assert error.value.startswith("The review store cannot be opened: ")
    assert "Traceback" not in error.value and "secret" not in error.value and "\n" not in error.value


def test_undo_in_the_dashboard_leaves_another_reviewers_verdict(app) -> None:
    at, url = app
    paste(at, "Storm", "Police said 12 people were killed. Officials said 15 people were killed.")
    at.sidebar.radio(key="page").set_value("Reconcile").run()
    gid = at.selectbox(key="group").value
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()
    ClaimStore(url).save_verdict(gid, "conflict", "bo", expected_version=1)
    at.button(key="undo").click().run()
    assert not at.exception, at.exception
    assert any("Not undone" in e.value for e in at.error)
    assert ClaimStore(url).verdicts().set_index("group_id").loc[gid, "reviewer"] == "bo"
