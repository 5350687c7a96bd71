"""A verdict is given on a group's figures: when its members change afterwards (a new article
joins, a story grows), the group is to be reviewed again, and the export does not pass the old
verdict off as current (bug report P1-3). And ClaimReview's url is a page, or absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.verdict_stories import claims_of, reconcile_stored
from workbench.cli import app
from workbench.export import claim_reviews, reconciled_table
from workbench.store import ClaimStore
from workbench.views import review_again

FIRST = {
    "m1": "Storm in Morvel. The Tessaly ministry said 200 people were killed in Morvel, Tessaly.",
    "m2": "Storm in Morvel. The Red Cross said about 210 people were killed in Morvel, Tessaly.",
}
JOINS = {"m3": "Storm in Morvel. Mayor Ines Marr said 900 people were killed in Morvel, Tessaly."}
UNRELATED = {"u1": "Vote in Kellan. Election officials in Kellan, Brevia said turnout was 61%."}
AGREES_AGAIN = {"m2": "Storm in Morvel. The Red Cross said about 205 people were killed in Morvel, Tessaly."}


# (name, articles added after the verdict, whether the verdict is to be given again)
LATER = [
    ("nothing changed", {}, False),
    ("an unrelated article came", UNRELATED, False),
    ("a new article joined the group", JOINS, True),
]


@pytest.mark.parametrize(("added", "again"), [x[1:] for x in LATER], ids=[x[0] for x in LATER])
@pytest.mark.parametrize("members_given", [False, True], ids=["members-reconciled", "members-given"])
def test_a_verdict_outlived_by_its_group_is_to_review_again(
    store_url: str, added: dict[str, str], again: bool, members_given: bool
) -> None:
    store = ClaimStore(store_url)
    store.save_claims(claims_of(FIRST))
    rec = reconcile_stored(store)
    (gid,) = rec.groups.loc[rec.groups["n_claims"] == 2, "group_id"]
    members = list(rec.claims.loc[rec.claims["group_id"] == gid, "claim_id"]) if members_given else None
    store.save_verdict(gid, "consistent", "ana", accepted_value=200, members=members)
    if added:
        store.save_claims(claims_of(added))
    rec = reconcile_stored(store)
    stale = review_again(store.audit_log(), rec.claims)
    assert (gid in stale) is again
    table = reconciled_table(rec.claims, store.verdicts(), rec.derived, stale)
    assert set(table.loc[table["group_id"] == gid, "review_again"]) == {again}
    published = [r["identifier"] for r in claim_reviews(table, rec.groups)]
    assert (f"urn:workbench:group:{gid}" in published) is not again


def test_deciding_again_makes_the_verdict_current(tmp_path: Path) -> None:
    store = ClaimStore(f"sqlite:///{tmp_path / 's.db'}")
    store.save_claims(claims_of(FIRST))
    gid = reconcile_stored(store).groups["group_id"].iat[0]
    store.save_verdict(gid, "consistent", "ana")
    store.save_claims(claims_of(JOINS))
    assert gid in review_again(store.audit_log(), reconcile_stored(store).claims)
    store.save_verdict(gid, "conflict", "ana", expected_version=1)
    assert gid not in review_again(store.audit_log(), reconcile_stored(store).claims)
    store.undo_last("ana")  # back to the first verdict, given on two articles: to review again
    assert store.verdict(gid)["verdict"] == "consistent"
    assert gid in review_again(store.audit_log(), reconcile_stored(store).claims)


# (--review-url, exit code, the url a review gets)
REVIEW_URLS = [
    ("", 0, None),
    ("https://desk.example/checks/{group_id}", 0, "https://desk.example/checks/{gid}"),
    ("https://desk.example/checks/{group_id}#top", 0, "https://desk.example/checks/{gid}#top"),
    ("urn:desk:{group_id}", 2, None),
    ("https://desk.example/checks/", 2, None),
    ("https://desk.example/{group}", 2, None),
]


@pytest.mark.parametrize(("template", "code", "url"), REVIEW_URLS, ids=[r[0] or "none" for r in REVIEW_URLS])
def test_claimreview_url_is_the_review_s_page(
    tmp_path: Path, template: str, code: int, url: str | None
) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    store = ClaimStore(db)
    store.save_claims(claims_of(FIRST))
    gid = reconcile_stored(store).groups["group_id"].iat[0]
    store.save_verdict(gid, "consistent", "ana")
    out, reviews = tmp_path / "r.csv", tmp_path / "r.jsonld"
    args = ["export", "--db", db, "--out", str(out), "--claimreview", str(reviews)]
    run = CliRunner().invoke(app, [*args, "--review-url", template] if template else args)
    assert run.exit_code == code, run.output
    if code == 0:
        (review,) = json.loads(reviews.read_text(encoding="utf-8"))
        assert review.get("url") == (url.format(gid=gid) if url else None)
        assert review["identifier"] == f"urn:workbench:group:{gid}"
