"""The dashboard's cached reconciliation follows what another process writes to the same store
(``workbench reconcile --db`` while the dashboard runs, a second dashboard on PostgreSQL).

Before: the cache was keyed by the counts of claims and audit entries, so an article re-read by
another process with as many claims (45 changed to 90) left the dashboard showing 45 and
"consistent" until it restarted.
"""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.documents import Document
from workbench.workspace import Workspace

TEXT = "Police said 40 people were killed in the blast. Officials said 45 people were killed in the blast."


def _replace_figure(other: Workspace) -> None:
    other.ingest([Document("blast", TEXT.replace("45", "90"), "Blast")], reread=True)


def _new_title(other: Workspace) -> None:
    other.ingest([Document("blast", TEXT, "Blast")], replace={"blast": "blast"})
    other.store.save_extraction({"doc_id": "blast", "title": "Blast (updated)"}, other.store.claims(), TEXT)


def _claims_csv_with_another_source(other: Workspace) -> None:
    table = other.store.claims()
    table.loc[table["number_text"] == "45", "source"] = "the army"
    other.store.save_claims(table)


def _correct(other: Workspace) -> None:
    table = other.store.claims()
    (cid,) = table.loc[table["number_text"] == "45", "claim_id"]
    other.store.correct_claim(cid, "source", "the army", "bo")


def _delete(other: Workspace) -> None:
    other.store.delete_document("blast", "bo")


# (name, what the other process does, column read back, the value wanted on the "45" row or in the table)
CHANGES = [
    ("a figure re-read", _replace_figure, "number_text", {"40", "90"}),
    ("an article's title", _new_title, "title", {"Blast (updated)"}),
    ("a claims table with another source", _claims_csv_with_another_source, "source", {"police", "the army"}),
    ("a correction", _correct, "source", {"police", "the army"}),
    ("an article deleted", _delete, "doc_id", set()),
]


@pytest.mark.parametrize(
    ("change", "column", "wanted"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES]
)
def test_a_change_by_another_process_is_seen(
    monkeypatch, store_url: str, change, column: str, wanted: set
) -> None:
    monkeypatch.setattr(Workspace, "STATE_TTL", 0.0)  # the store's state read on every call
    shown, other = Workspace(store_url), Workspace(store_url)
    shown.ingest([Document("blast", TEXT, "Blast")])
    before = shown.reconciled()
    assert set(before["number_text"]) == {"40", "45"}
    change(other)
    after = shown.reconciled()
    assert set(after[column].astype(str)) == wanted, after[[column]]
    pd.testing.assert_frame_equal(after, other.reconciled())


def test_nothing_changed_reuses_the_reconciliation(store_url: str) -> None:
    ws = Workspace(store_url)
    ws.ingest([Document("blast", TEXT, "Blast")])
    assert ws.reconciliation() is ws.reconciliation()


def test_own_writes_are_seen_at_once_and_others_within_the_ttl(monkeypatch, store_url: str) -> None:
    """The state's aggregates are read at most every STATE_TTL seconds, except after a write through
    the workspace's own store (the dashboard's callbacks), which is seen at once."""
    import time

    monkeypatch.setattr(Workspace, "STATE_TTL", 0.5)
    shown, other = Workspace(store_url), Workspace(store_url)
    shown.ingest([Document("blast", TEXT, "Blast")])
    assert set(shown.reconciled()["source"]) == {"police", "officials"}
    _correct(shown)  # the dashboard's own write: at once
    assert set(shown.reconciled()["source"]) == {"police", "the army"}
    _replace_figure(other)  # another process's: within the TTL
    time.sleep(0.6)
    assert set(shown.reconciled()["number_text"]) == {"40", "90"}
