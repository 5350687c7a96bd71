"""A verdict is given on figures: when a member's figure, qualifier, unit, metric or source changes
after it (a reviewer's correction, an edited article read again), the group is to be reviewed again
and its ClaimReview waits, as when a claim joins or leaves it.

Before: a correction of 45 to 450 turned the engine's "consistent" into "conflict", yet the saved
verdict "consistent" stayed current and was published as ClaimReview with an explanation saying
the figures conflict.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from workbench.documents import Document
from workbench.export import claim_reviews
from workbench.figures import parse_figure
from workbench.views import members_key, review_again
from workbench.workspace import Workspace

TEXT = (
    "Interior Minister Ana Brel told reporters in the capital on Tuesday that 45 people were killed "
    "in the flood. The Red Cross said 40 people were killed in the flood."
)


def _setup(members: str) -> tuple[Workspace, str, list[str]]:
    ws = Workspace("sqlite://")
    ws.ingest([Document("flood", TEXT, "Flood")])
    rec = ws.reconciled()
    (gid,) = rec.loc[rec["status"] == "consistent", "group_id"].unique()
    ids = rec.loc[rec["group_id"] == gid, "claim_id"].tolist()
    given = {"ids": ids, "none": None}[members]
    ws.store.save_verdict(gid, "consistent", "ana", members=given)
    return ws, gid, ids


def _stale(ws: Workspace, gid: str) -> bool:
    table = ws.reconciled()
    flagged = set(table.loc[table["group_id"] == gid, "review_again"])
    published = {r["identifier"] for r in claim_reviews(table, ws.reconciliation().groups)}
    assert (f"urn:workbench:group:{gid}" in published) is not flagged.pop()
    return gid in review_again(ws.store.audit_log(), ws.reconciliation().claims)


# (name, the change after the verdict, whether the verdict is to be given again)
CHANGES = [
    ("nothing", lambda ws, ids: None, False),
    (
        "value corrected",
        lambda ws, ids: ws.store.correct_figure(ids[0], vars(parse_figure("450")), "bo"),
        True,
    ),
    (
        "value corrected to approximate",
        lambda ws, ids: ws.store.correct_figure(ids[0], vars(parse_figure("about 45")), "bo"),
        True,
    ),
    (
        "source corrected",
        lambda ws, ids: ws.store.correct_claim(ids[1], "source", "Tessaly police", "bo"),
        True,
    ),
    ("unit corrected", lambda ws, ids: ws.store.correct_claim(ids[1], "unit", "percent", "bo"), True),
    (
        "subject corrected",
        lambda ws, ids: ws.store.correct_claim(ids[1], "subject", "residents", "bo"),
        False,
    ),
    ("channel corrected", lambda ws, ids: ws.store.correct_claim(ids[1], "channel", "X", "bo"), False),
    (
        "speaker edited far from the figure",
        lambda ws, ids: ws.ingest(
            [Document("flood", TEXT.replace("Ana Brel", "Ivo Dask"), "Flood")], reread=True
        ),
        True,
    ),
    (
        "a word edited elsewhere",
        lambda ws, ids: ws.ingest(
            [Document("flood", TEXT.replace("the flood. The", "the floods. The"), "Flood")], reread=True
        ),
        False,
    ),
]


@pytest.mark.parametrize("members", ["ids", "none"])
@pytest.mark.parametrize(("change", "again"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_verdict_on_changed_figures_is_to_review_again(members: str, change, again: bool) -> None:
    ws, gid, ids = _setup(members)
    change(ws, ids)
    assert _stale(ws, gid) is again


def test_undoing_the_correction_makes_the_verdict_current_again() -> None:
    ws, gid, ids = _setup("ids")
    ws.store.correct_figure(ids[0], vars(parse_figure("450")), "bo")
    assert _stale(ws, gid)
    ws.store.undo_last("bo")
    assert not _stale(ws, gid)


def test_deciding_again_after_a_correction_makes_it_current() -> None:
    ws, gid, ids = _setup("ids")
    ws.store.correct_figure(ids[0], vars(parse_figure("450")), "bo")
    ws.store.save_verdict(gid, "conflict", "bo", expected_version=1, members=ids)
    assert not _stale(ws, gid)


def test_a_verdict_saved_with_ids_only_is_judged_by_its_ids() -> None:
    """Stores written before the content was kept hold "n:hash" keys: still current when the ids
    are the same (no stale flag on every old verdict after an upgrade), stale when they differ."""
    ws, gid, ids = _setup("ids")
    entry = ws.store.audit_log().iloc[-1]
    new = json.loads(entry["new"])
    assert new["members"].count(":") == 2
    legacy = members_key(ids)
    assert legacy.count(":") == 1
    log = ws.store.audit_log()
    log.loc[log.index[-1], "new"] = json.dumps(new | {"members": legacy})
    claims = ws.reconciliation().claims
    assert gid not in review_again(log, claims)
    log.loc[log.index[-1], "new"] = json.dumps(new | {"members": members_key(ids[:1])})
    assert gid in review_again(log, claims)


def test_the_page_saves_the_content_it_shows() -> None:
    """The dashboard passes member tokens (id and content): the key is the store's own."""
    from workbench.views import group_members, member_tokens

    ws, gid, _ = _setup("ids")
    claims = ws.reconciliation().claims
    mine = claims[claims["group_id"] == gid]
    assert members_key(member_tokens(mine)) == group_members(claims)[gid]
    saved = json.loads(ws.store.audit_log().iloc[-1]["new"])["members"]
    assert saved == group_members(claims)[gid]
    assert isinstance(mine, pd.DataFrame)


# (name, a figure as the dashboard holds it, as a CSV round trip may give it back, same content)
ROUND_TRIPS = [
    ("float noise", 0.1 + 0.2, 0.3, True),
    ("an int and its float", 40, 40.0, True),
    ("a tiny figure", 1e-9, 1.0e-9, True),
    ("a changed figure", 45.0, 45.5, False),
    ("open bound as None or NaN", None, float("nan"), True),
]


@pytest.mark.parametrize(
    ("held", "read", "same"), [r[1:] for r in ROUND_TRIPS], ids=[r[0] for r in ROUND_TRIPS]
)
def test_member_content_survives_a_csv_round_trip(held, read, same: bool) -> None:
    """reconcile --db compares the verdicts saved from the dashboard with a CSV's figures."""
    from workbench.views import member_tokens

    def token(value) -> str:
        return member_tokens(pd.DataFrame({"claim_id": ["c1"], "value": [40.0], "high": [value]}))[0]

    assert (token(held) == token(read)) is same
