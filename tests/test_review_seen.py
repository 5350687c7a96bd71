"""A verdict is given on the group the reviewer saw: when the store changes between the drawing
of the Reconcile page and the click on Save (another reviewer corrects a figure, the article is
read again with another figure in the group), the verdict is saved but marked to review again.

Before: the members saved with a verdict were read at the click, so a group that changed while
the reviewer read it got a verdict on figures nobody had seen, passed off as current (and the
bulk accept did the same to every group it accepted).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.figures import parse_figure
from workbench.views import review_again
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
TEXT = "Police said 40 people were killed in the blast. Officials said 42 people were killed in the blast."
MORE = TEXT + " Medics said 90 people were killed in the blast."


def _correct(other: Workspace) -> None:
    claims = other.store.claims()
    (cid,) = claims.loc[claims["number_text"] == "42", "claim_id"]
    other.store.correct_figure(cid, vars(parse_figure("420")), "bo")


def _reread(other: Workspace) -> None:
    other.ingest([Document("blast", MORE, "Blast")], reread=True)


# (name, what happens between the drawing and the click, whether the verdict is to review again)
MEANWHILE = [
    ("nothing", lambda other: None, False),
    ("a figure corrected", _correct, True),
    ("the article read again with a third figure", _reread, True),
]


@pytest.fixture
def start(monkeypatch, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(url).ingest([Document("blast", TEXT, "Blast")])
    point_app_at(monkeypatch, url)

    def run() -> tuple[AppTest, Workspace]:
        at = AppTest.from_file(APP, default_timeout=90)
        at.query_params.update({"page": "Reconcile"})
        at.run()
        at.text_input(key="reviewer").input("ana").run()
        assert not at.exception, at.exception
        return at, Workspace(url)

    return run


def _stale(ws: Workspace) -> set[str]:
    return review_again(ws.store.audit_log(), ws.reconciliation().claims)


@pytest.mark.parametrize(("change", "again"), [m[1:] for m in MEANWHILE], ids=[m[0] for m in MEANWHILE])
def test_save_gives_the_verdict_on_the_group_as_shown(start, change, again: bool) -> None:
    at, other = start()
    gid = at.selectbox(key="group").value
    at.button(key="verdict_consistent").click().run()
    change(other)
    at.button(key="save_verdict").click().run()
    assert not at.exception, at.exception
    assert other.store.verdict(gid)["verdict"] == "consistent"
    assert (gid in _stale(other)) is again


@pytest.mark.parametrize(("change", "again"), [m[1:] for m in MEANWHILE], ids=[m[0] for m in MEANWHILE])
def test_bulk_accept_gives_the_verdicts_on_the_groups_as_listed(start, change, again: bool) -> None:
    at, other = start()
    gid = at.selectbox(key="group").value
    at.text_input(key="bulk_note").input("checked")
    at.checkbox(key="bulk_confirm").check().run()
    change(other)
    at.button(key="bulk_accept").click().run()
    assert not at.exception, at.exception
    assert other.store.verdict(gid)["verdict"] == "consistent"
    assert (gid in _stale(other)) is again
