"""What a verdict is given on (each group's member tokens: its claims and what they say) is
computed once per reconciliation, in the workspace, not on every drawing of the Reconcile page.

Before: the page computed every claim's tokens twice per drawing (the queue's review-again marks
and the group's table), then again for the group on screen and for the bulk panel's groups, with a
second copy of ``group_members``' loop in the page. The count below is of the real
``member_tokens`` (wrapped, still called), through Streamlit's AppTest on a real SQLite store.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SEED, point_app_at
from workbench import Workspace, views
from workbench.documents import Document

APP = str(ROOT / "workbench" / "app" / "main.py")


@pytest.fixture
def page(monkeypatch, tmp_path: Path) -> tuple[AppTest, list[int]]:
    """The Reconcile page drawn once for reviewer ana, and a list counting member_tokens calls."""
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "data" / "corpus" / "bridge", folder / "bridge")
    shutil.copy(SEED, folder / "seed.txt")
    url = f"sqlite:///{tmp_path / 'r.db'}"
    Workspace(url).ingest_paths([folder])
    point_app_at(monkeypatch, url)
    calls: list[int] = []
    real = views.member_tokens

    def counted(claims):
        calls.append(len(claims))
        return real(claims)

    monkeypatch.setattr(views, "member_tokens", counted)
    from workbench.app import review  # the page imported the function by name before

    monkeypatch.setattr(review, "member_tokens", counted, raising=False)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": "Reconcile"})
    at.run()
    at.text_input(key="reviewer").input("ana").run()
    assert not at.exception, at.exception
    return at, calls


def _again(at: AppTest) -> None:
    at.run()


def _next(at: AppTest) -> None:
    at.button(key="next_group").click().run()


def _bulk_panel(at: AppTest) -> None:
    at.text_input(key="bulk_note").input("checked").run()


def _save(at: AppTest) -> None:
    at.button(key="verdict_consistent").click().run()
    at.button(key="save_verdict").click().run()


# (case, what the reviewer does, how many times member_tokens may run: once per new reconciliation)
ACTIONS: list[tuple[str, Callable[[AppTest], None], int]] = [
    ("the page drawn again", _again, 0),
    ("the next group opened", _next, 0),
    ("a note typed in the bulk panel", _bulk_panel, 0),
    ("a verdict saved: the store changed, reconciled once", _save, 1),
]


@pytest.mark.parametrize(("action", "most"), [a[1:] for a in ACTIONS], ids=[a[0] for a in ACTIONS])
def test_member_tokens_are_computed_once_per_reconciliation(
    page: tuple[AppTest, list[int]], action: Callable[[AppTest], None], most: int
) -> None:
    at, calls = page
    calls.clear()
    action(at)
    assert not at.exception, at.exception
    assert len(calls) <= most, calls


def test_the_workspace_keeps_them_with_its_reconciliation(tmp_path: Path) -> None:
    ws = Workspace(f"sqlite:///{tmp_path / 'r.db'}")
    ws.ingest([Document("a", "Police said 12 people were killed."), Document("b", "Medics saw 14 hurt.")])
    assert ws.members() is ws.members() and ws.member_keys() is ws.member_keys()
    rec = ws.reconciliation()
    assert ws.members() == views.group_tokens(rec.claims)
    assert ws.member_keys() == views.group_members(rec.claims)
    ws.ingest([Document("c", "Officials said 13 people were killed.")])
    assert set(ws.members()) == set(ws.reconciliation().claims["group_id"])  # a new reconciliation
