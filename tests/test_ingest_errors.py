"""An article the store cannot take is named in one line, without the statement or the article's
text, and the others are still added.

Before: an article whose id (a file's path in a deep folder) is over 300 characters was refused
by PostgreSQL, and the dashboard's message carried the whole INSERT statement with the text.
"""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DataError

from workbench.documents import Document
from workbench.workspace import Workspace

TEXT = "Police said 40 people were killed in the blast. PRIVATE NOTES FOLLOW."

# (id length, added)
LENGTHS = [(1, True), (299, True), (300, True), (301, False), (5000, False)]


@pytest.mark.parametrize(("length", "added"), LENGTHS, ids=[str(n) for n, _ in LENGTHS])
def test_an_id_too_long_for_the_store_is_named_and_the_rest_added(
    store_url: str, length: int, added: bool
) -> None:
    ws = Workspace(store_url)
    report = ws.ingest([Document("d" * length, TEXT), Document("other", "The mayor said 12 homes flooded.")])
    assert "other" in report.added
    assert (("d" * length) in report.added) is added
    assert len(report.errors) == (not added)
    for err in report.errors:
        assert "PRIVATE" not in str(err)
        assert "over the store's 300" in str(err)
        assert len(str(err)) < 200


def test_a_database_error_is_one_line_without_the_text(monkeypatch) -> None:
    ws = Workspace("sqlite://")
    params = {"doc_id": "blast", "text": TEXT}

    def refuse(*args, **kwargs):
        raise DataError(
            "INSERT INTO documents (doc_id, text) VALUES (?, ?)", params, ValueError("value too long")
        )

    monkeypatch.setattr(ws.store, "save_extraction", refuse)
    report = ws.ingest([Document("blast", TEXT)])
    (err,) = report.errors
    assert "value too long" in str(err)
    assert "PRIVATE" not in str(err) and "INSERT" not in str(err) and "\n" not in str(err)
