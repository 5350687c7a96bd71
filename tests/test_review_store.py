"""The store's side of the reviewer's workflow, on SQLite and PostgreSQL: the saved decision a form
shows, the winner a stale write names, a corrected figure as one decision undone as one, a bulk
accept that never overwrites a decision made meanwhile, and the names messages use."""

import pytest

from workbench import ClaimStore, StaleWriteError, extract_claims
from workbench.figures import parse_figure


@pytest.fixture
def store(store_url: str, seed_text: str) -> ClaimStore:
    s = ClaimStore(store_url)
    s.save_extraction({"doc_id": "seed", "title": "Seed"}, extract_claims(seed_text, "seed"), seed_text)
    return s


def _claim(store: ClaimStore, text: str) -> dict:
    return store.claims().set_index("number_text").loc[text].to_dict() | {
        "claim_id": store.claims().set_index("number_text").loc[text, "claim_id"]
    }


def test_a_groups_saved_decision_is_read_back(store: ClaimStore) -> None:
    assert store.verdict("g") is None
    store.save_verdict("g", "needs context", "ana", 413_000, "killed and wounded")
    saved = store.verdict("g")
    assert (saved["verdict"], saved["accepted_value"], saved["note"], saved["version"]) == (
        "needs context",
        413_000,
        "killed and wounded",
        1,
    )


def test_a_stale_write_carries_the_decision_that_won(store: ClaimStore) -> None:
    store.save_verdict("g", "conflict", "bo", 400_000, "Trump counts the wounded")
    with pytest.raises(StaleWriteError) as refused:
        store.save_verdict("g", "consistent", "ana", expected_version=0)
    won = refused.value.current
    assert (won["reviewer"], won["verdict"], won["note"], won["version"]) == (
        "bo",
        "conflict",
        "Trump counts the wounded",
        1,
    )
    assert store.save_verdict("g", "consistent", "ana", expected_version=won["version"]) == 2


def test_after_an_undo_the_version_read_back_saves(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", "ana")
    store.save_verdict("g", "conflict", "ana", expected_version=1)
    undone = store.undo_last_decision("ana")
    assert undone["action"] == "verdict" and undone["entity_id"] == "g"
    version = store.verdict("g")["version"]
    assert store.save_verdict("g", "needs context", "ana", expected_version=version) == version + 1


def test_a_corrected_figure_is_one_decision_undone_as_one(store: ClaimStore) -> None:
    claim = _claim(store, "43,000")
    store.correct_figure(claim["claim_id"], vars(parse_figure("about 45k")), "ana")
    fixed = store.claims().set_index("claim_id").loc[claim["claim_id"]]
    assert (fixed["value"], fixed["low"], fixed["high"], fixed["qualifier"]) == (
        45_000.0,
        40_500.0,
        49_500.0,
        "approximate",
    )
    entry = store.audit_log().iloc[-1]
    assert (entry["action"], entry["field"]) == ("correct", "figure") and "about 45k" in entry["new"]
    store.undo_last_decision("ana")
    back = store.claims().set_index("claim_id").loc[claim["claim_id"]]
    assert (back["value"], back["qualifier"]) == (43_000.0, "exact")


def test_a_figure_changed_since_is_not_undone(store: ClaimStore) -> None:
    claim = _claim(store, "43,000")
    store.correct_figure(claim["claim_id"], vars(parse_figure("45,000")), "ana")
    store.correct_claim(claim["claim_id"], "qualifier", "approximate", "bo")
    with pytest.raises(StaleWriteError, match="changed by bo"):
        store.undo_last("ana")
    assert store.claims().set_index("claim_id").loc[claim["claim_id"], "value"] == 45_000.0


def test_an_unusable_figure_is_refused(store: ClaimStore) -> None:
    claim = _claim(store, "43,000")
    with pytest.raises(ValueError, match="usable value"):
        store.correct_figure(claim["claim_id"], {"value": float("inf")}, "ana")
    with pytest.raises(ValueError, match="qualifier"):
        store.correct_figure(claim["claim_id"], {"value": 1.0, "qualifier": "roughly"}, "ana")


def test_bulk_accept_skips_a_group_decided_meanwhile(store: ClaimStore) -> None:
    store.save_verdict("b", "conflict", "bo")  # after ana's queue was drawn at version 0
    saved, skipped = store.accept_groups({"a": 0, "b": 0, "c": 0}, "ana", "engine agrees")
    assert (saved, skipped) == (["a", "c"], ["b"])
    v = store.verdicts().set_index("group_id")
    assert v.loc["b", "verdict"] == "conflict" and set(v.loc[["a", "c"], "note"]) == {"engine agrees"}
    assert store.undo_last("ana") and store.verdict("c") is None and store.verdict("a") is not None


def test_claim_names_include_figures_that_are_not_claims(store: ClaimStore) -> None:
    claim = _claim(store, "43,000")
    store.correct_claim(claim["claim_id"], "not_a_claim", True, "ana")
    names = store.claim_names().set_index("claim_id")
    assert (
        names.loc[claim["claim_id"], "number_text"] == "43,000"
        and names.loc[claim["claim_id"], "title"] == "Seed"
    )


# --- a claim moved out of a decided group ----------------------------------------------------------
# (moves: (to, from_group) in order, how many to undo, the override left, (old, new) of each move)
MOVES = [
    ("out of the engine's group", [("manual-x", "g1")], 0, "manual-x", [("g1", "manual-x")]),
    (
        "undone: back to the engine's group, not pinned to it",
        [("manual-x", "g1")],
        1,
        None,
        [("g1", "manual-x")],
    ),
    (
        "a reviewer's group, then another: undone, back to the reviewer's",
        [("manual-x", "g1"), ("g2", "manual-x")],
        1,
        "manual-x",
        [("g1", "manual-x"), ("manual-x", "g2")],
    ),
]


@pytest.mark.parametrize(
    ("moves", "undo", "override", "logged"), [m[1:] for m in MOVES], ids=[m[0] for m in MOVES]
)
def test_a_move_names_the_group_it_leaves(store: ClaimStore, moves, undo, override, logged) -> None:
    cid = _claim(store, "43,000")["claim_id"]
    for to, from_group in moves:
        store.move_claim(cid, to, "ana", from_group=from_group)
    for _ in range(undo):
        store.undo_last_decision("ana")
    assert store.overrides().get(cid) == override
    log = store.audit_log()
    entries = log[log["action"] == "move"]
    assert list(zip(entries["old"], entries["new"], strict=True)) == logged


# --- messages in words: who changed a group since, never its version numbers -------------------------
def _stale_save(store: ClaimStore) -> None:
    store.save_verdict("g", "conflict", "bo")
    store.save_verdict("g", "consistent", "ana", expected_version=0)


def _taken_back(store: ClaimStore) -> None:
    store.save_verdict("g", "conflict", "bo")
    store.undo_last_decision("bo")
    store.save_verdict("g", "consistent", "ana", expected_version=1)


def _undo_changed(store: ClaimStore) -> None:
    for version, reviewer in enumerate(["ana", "bo", "bo", "bo"]):
        store.save_verdict("g", "conflict", reviewer, note=str(version), expected_version=version)
    store.undo_entry(int(store.audit_log()["id"].iat[0]), "ana")


# (what happened, the message)
STALE = [
    (_stale_save, "group g was changed by bo since you loaded it"),
    (_taken_back, "group g's verdict was taken back since you loaded it; it has none now"),
    (_undo_changed, "cannot undo: group g was changed by bo since your verdict"),
]


@pytest.mark.parametrize(("act", "message"), STALE, ids=[s[0].__name__ for s in STALE])
def test_a_stale_write_says_who_changed_it_in_words(store: ClaimStore, act, message: str) -> None:
    with pytest.raises(StaleWriteError) as refused:
        act(store)
    assert str(refused.value) == message and "version" not in str(refused.value)
