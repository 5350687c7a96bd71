"""An accepted value is in its group's unit: an entry naming another unit is refused on the field.

Before: "£1.2bn" accepted for a group compared in dollars was stored as 1,200,000,000 and drawn and
published (ClaimReview acceptedValue) as $1.2bn; "45%" was accepted for a count of people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
MONEY = "The firm said the repair cost $4 million. Auditors said the repair cost $4.2 million."
COUNT = "Police said 40 people were killed in the blast. Medics said 42 people were killed in the blast."

# (name, article, entry, value stored or None when refused, words of the message on the field)
ENTRIES = [
    ("dollars for dollars", MONEY, "$4.1m", 4_100_000.0, ""),
    ("a bare figure for dollars", MONEY, "4.1 million", 4_100_000.0, ""),
    ("pounds for dollars", MONEY, "£1.2bn", None, "is in £, and this group compares in $"),
    ("a share for dollars", MONEY, "5%", None, "is in %, and this group compares in $"),
    ("a count for a count", COUNT, "about 41", 41.0, ""),
    ("a share for a count", COUNT, "45%", None, "is in %, and this group compares in a count"),
]


@pytest.mark.parametrize(
    ("text", "entry", "stored", "said"), [e[1:] for e in ENTRIES], ids=[e[0] for e in ENTRIES]
)
def test_an_accepted_value_is_in_the_groups_unit(
    monkeypatch, tmp_path: Path, text: str, entry: str, stored: float | None, said: str
) -> None:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    ws = Workspace(url)
    ws.ingest([Document("story", text, "Story")])
    (gid,) = ws.reconciliation().groups["group_id"]
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": "Reconcile", "group": gid})
    at.run()
    at.text_input(key="reviewer").input("ana").run()
    at.button(key="verdict_consistent").click().run()
    at.text_input(key="accepted").input(entry)
    at.button(key="save_verdict").click().run()
    assert not at.exception, at.exception
    saved = Workspace(url).store.verdict(gid)
    if stored is None:
        assert saved is None
        assert any(said in e.value.replace("\\", "") for e in at.error), [e.value for e in at.error]
    else:
        assert saved["accepted_value"] == stored
