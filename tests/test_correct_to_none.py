"""A reviewer can correct a figure's source to the article's own voice (and empty a subject or a
channel): "the article" or "none" in the field.

Before: an empty entry was refused ("enter the corrected source") and any other text became a
source, so a figure wrongly credited to "hospital records" could only be credited to someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, point_app_at
from workbench.documents import Document
from workbench.workspace import Workspace

APP = str(ROOT / "workbench" / "app" / "main.py")
TEXT = "Police said 40 people were killed in the blast on Monday."

# (field, entry, stored value or None when refused, words of the message)
ENTRIES = [
    ("source", "the article", "", "Corrected the source"),
    ("source", "The Article", "", "Corrected the source"),
    ("source", "none", "", "Corrected the source"),
    ("source", "Red Cross", "Red Cross", "Corrected the source"),
    ("source", "", None, "'the article' for none"),
    ("channel", "none", "", "Corrected the channel"),
    ("subject", "none", "", "Corrected the subject"),
    ("metric", "none", "none", "Corrected the metric"),  # a metric is named, never emptied
    ("metric", "", None, "enter the corrected metric"),
]


@pytest.fixture
def start(monkeypatch, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'review.db'}"
    Workspace(url).ingest([Document("blast", TEXT, "Blast")])
    point_app_at(monkeypatch, url)
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"page": "Claims", "doc": "blast"})
    at.run()
    at.text_input(key="reviewer").input("ana").run()
    assert not at.exception, at.exception
    return at, url


@pytest.mark.parametrize(
    ("field", "entry", "stored", "said"), ENTRIES, ids=[f"{e[0]}-{e[1] or 'empty'}" for e in ENTRIES]
)
def test_a_field_can_be_corrected_to_none(
    start, field: str, entry: str, stored: str | None, said: str
) -> None:
    at, url = start
    before = Workspace(url).store.claims().iloc[0].to_dict()
    at.selectbox(key="fix_field").set_value(field)
    at.text_input(key="fix_value").input(entry)
    at.button(key="fix_save").click().run()
    assert not at.exception, at.exception
    shown = " ".join(m.value.replace("\\", "") for kind in ("success", "error") for m in getattr(at, kind))
    assert said in shown, shown
    after = Workspace(url).store.claims().iloc[0].to_dict()
    assert after[field] == (before[field] if stored is None else stored)
