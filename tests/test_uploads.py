"""The dashboard's upload path takes what it can extract while a reviewer waits, and says so.

Before: a 150 KB upload of lines of bare figures took 3 GB in ``Workspace.ingest`` and grew the
store to 989 MB (every claim held its whole line); any upload up to 200 MB was taken. Now a
claim holds a bounded window of its sentence (see test_excerpt) and an upload or a paste is at
most UPLOAD_MAX_BYTES, refused over it with the size, the limit and what to do instead.
"""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from workbench import Workspace
from workbench.documents import UPLOAD_MAX_BYTES, Document, ReadError, read_upload

APP = str(ROOT / "workbench" / "app" / "main.py")
LINE = b"The mayor said 4,500 homes were without power.\n"

# (case, file name, bytes, expected: "ok" or the start of the reason)
UPLOADS = [
    ("small article", "a.txt", LINE, "ok"),
    ("at the limit", "a.md", LINE * (UPLOAD_MAX_BYTES // len(LINE)), "ok"),
    ("one byte over", "a.txt", b"x" * (UPLOAD_MAX_BYTES + 1), "too large (2.0 MB; the limit is 2.0 MB)"),
    ("far over, html", "a.html", b"<p>x</p>" * 1_000_000, "too large (8.0 MB; the limit is 2.0 MB)"),
]


@pytest.mark.parametrize(("case", "name", "data", "expected"), UPLOADS, ids=[u[0] for u in UPLOADS])
def test_an_upload_is_bounded(case: str, name: str, data: bytes, expected: str) -> None:
    doc = read_upload(name, data)
    if expected == "ok":
        assert isinstance(doc, Document), doc
    else:
        assert isinstance(doc, ReadError) and doc.reason.startswith(expected), doc
        assert "workbench extract" in doc.reason  # what to do with a larger file


def test_an_upload_of_bare_figures_stays_small(tmp_path: Path) -> None:
    """The QA case, at a third of its size: lines of "1,2,3,4,5 " just under the data-dump limit."""
    data = ("1,2,3,4,5 " * 999 + "\n").encode() * 5
    ws = Workspace(f"sqlite:///{tmp_path / 's.db'}")
    report = ws.ingest([read_upload("figures.txt", data)])
    assert report.added and not report.errors
    assert (tmp_path / "s.db").stat().st_size < 60 * len(data)  # was about 6,600 times the input


def test_a_paste_over_the_limit_is_refused_with_a_message(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WORKBENCH_DB", f"sqlite:///{tmp_path / 'r.db'}")
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    at = AppTest.from_file(APP, default_timeout=90).run()
    at.text_input(key="reviewer").input("ana").run()
    at.sidebar.radio(key="page").set_value("Documents").run()
    at.text_input(key="paste_title").input("Huge")
    at.text_area(key="paste_text").input("Police said 12 died. " * (UPLOAD_MAX_BYTES // 20))
    at.button(key="paste_add").click().run()
    assert not at.exception, at.exception
    said = " ".join(w.value for w in at.warning).replace("\\", "")  # shown as text: escaped Markdown
    assert "Nothing added: the pasted text is too large" in said and "the limit is 2.0 MB" in said, said
    assert Workspace(f"sqlite:///{tmp_path / 'r.db'}").documents().empty
