"""Undoing a verdict restores the one before it, as it was given: on the claims it saw then. A
group whose claims changed between the two verdicts is to be reviewed again once the later one is
undone, in the queue's counts, the reconciled CSV and ClaimReview alike (before, the undo entry
itself was read as the decision, and the restored verdict counted as current)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.verdict_stories import claims_of, reconcile_stored
from workbench.export import claim_reviews, reconciled_table
from workbench.store import ClaimStore
from workbench.views import progress, review_again, review_queue

PAIR = {
    "f1": "Floods in Dorrin. The Vessa water board said 120 homes were flooded in Dorrin, Vessa.",
    "f2": "Floods in Dorrin. The Vessa fire service said about 125 homes were flooded in Dorrin, Vessa.",
}
THIRD = {"f3": "Floods in Dorrin. Mayor Oto Brand said 480 homes were flooded in Dorrin, Vessa."}
ELSEWHERE = {"e1": "Fair in Quillon. Organisers in Quillon, Marsh said 9,000 people came."}


def _correct(store: ClaimStore, gid: str) -> None:
    claim = reconcile_stored(store).claims.query("group_id == @gid")["claim_id"].iat[0]
    store.correct_figure(claim, {"value": 130.0, "low": 130.0, "high": 130.0, "qualifier": "exact"}, "cy")


def _join(store: ClaimStore, gid: str) -> None:
    store.save_claims(claims_of(THIRD))


def _move_in(store: ClaimStore, gid: str) -> None:
    claims = reconcile_stored(store).claims
    store.move_claim(claims.query("doc_id == 'e1'")["claim_id"].iat[0], gid, "cy")


def _nothing(store: ClaimStore, gid: str) -> None:
    return None


# (case, what happens between ana's verdict and bob's, whether bob decides again, then whether the
# group is to be reviewed again once bob's verdict is undone)
CASES: list[tuple[str, Callable[[ClaimStore, str], None], bool]] = [
    ("a figure corrected between the verdicts", _correct, True),
    ("an article joined between the verdicts", _join, True),
    ("a claim moved in between the verdicts", _move_in, True),
    ("nothing changed between the verdicts", _nothing, False),
]


@pytest.mark.parametrize(("change", "again"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_undone_verdict_brings_back_the_one_before_as_it_was_given(
    store_url: str, change: Callable[[ClaimStore, str], None], again: bool
) -> None:
    store = ClaimStore(store_url)
    store.save_claims(claims_of(PAIR | ELSEWHERE))
    (gid,) = reconcile_stored(store).groups.query("n_claims == 2")["group_id"]
    store.save_verdict(gid, "consistent", "ana", accepted_value=120)
    change(store, gid)
    store.save_verdict(gid, "conflict", "bob", expected_version=1)
    assert gid not in review_again(store.audit_log(), reconcile_stored(store).claims)  # bob's is current
    store.undo_last("bob")
    assert store.verdict(gid)["verdict"] == "consistent"  # ana's verdict is back
    rec = reconcile_stored(store)
    stale = review_again(store.audit_log(), rec.claims)
    assert (gid in stale) is again
    queue = review_queue(rec.groups, store.verdicts(), regrouped=stale)
    assert ("1 to review again" in progress(queue)) is again
    table = reconciled_table(rec.claims, store.verdicts(), rec.derived, stale)
    assert set(table.loc[table["group_id"] == gid, "review_again"]) == {again}
    published = [r["identifier"] for r in claim_reviews(table, rec.groups)]
    assert (f"urn:workbench:group:{gid}" in published) is not again


def test_a_verdict_undone_to_nothing_is_no_decision(store_url: str) -> None:
    store = ClaimStore(store_url)
    store.save_claims(claims_of(PAIR))
    (gid,) = reconcile_stored(store).groups.query("n_claims == 2")["group_id"]
    store.save_verdict(gid, "consistent", "ana")
    store.undo_last("ana")
    rec = reconcile_stored(store)
    stale = review_again(store.audit_log(), rec.claims)
    queue = review_queue(rec.groups, store.verdicts(), regrouped=stale)
    assert progress(queue).startswith("0 of ")
    assert claim_reviews(reconciled_table(rec.claims, store.verdicts(), rec.derived, stale), rec.groups) == []
