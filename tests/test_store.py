"""The review store on a real SQLite file and a real PostgreSQL database (every test runs on both):
schema, decisions, signed-in identities, audit, undo, deletion, concurrency, crashes."""

import multiprocessing as mp
from pathlib import Path

import pandas as pd
import pytest

from workbench import ClaimStore, StaleWriteError, extract_claims
from workbench.migrate import HEAD, schema_state


@pytest.fixture
def db_url(store_url: str) -> str:
    return store_url


@pytest.fixture
def store(db_url: str, seed_text: str) -> ClaimStore:
    s = ClaimStore(db_url)
    s.save_extraction({"doc_id": "seed", "title": "Seed"}, extract_claims(seed_text, "seed"), seed_text)
    return s


def test_a_new_store_is_created_at_the_current_schema_once(db_url: str) -> None:
    first = ClaimStore(db_url)
    first.save_verdict("g", "consistent", "ana")
    again = ClaimStore(db_url)  # opening it again changes nothing
    with again.engine.connect() as conn:
        assert schema_state(conn).revision == HEAD
    assert again.verdicts()["group_id"].tolist() == ["g"]


def test_claims_round_trip(store: ClaimStore, seed_text: str) -> None:
    stored = store.claims().sort_values("start").reset_index(drop=True)
    fresh = extract_claims(seed_text, "seed").sort_values("start").reset_index(drop=True)
    cols = ["claim_id", "start", "end", "number_text", "value", "qualifier", "metric", "source", "quote"]
    pd.testing.assert_frame_equal(stored[cols], fresh[cols])
    assert set(stored["title"]) == {"Seed"}


def test_correction_and_not_a_claim(store: ClaimStore) -> None:
    ids = store.claims().sort_values("start")["claim_id"].tolist()
    store.correct_claim(ids[1], "metric", "casualties", reviewer="ana")
    store.correct_claim(ids[0], "not_a_claim", True, reviewer="ana")
    claims = store.claims().set_index("claim_id")
    assert claims.loc[ids[1], "metric"] == "casualties" and ids[0] not in claims.index
    with pytest.raises(ValueError, match="cannot correct"):
        store.correct_claim(ids[1], "claim_id", "x", reviewer="ana")


def test_verdict_versions_reject_stale_writes(store: ClaimStore) -> None:
    assert store.save_verdict("g", "consistent", "ana", 413_000, "agree", expected_version=0) == 1
    with pytest.raises(StaleWriteError, match="changed by ana"):
        store.save_verdict("g", "conflict", "bo", expected_version=0)
    assert store.save_verdict("g", "conflict", "bo", expected_version=1) == 2
    row = store.verdicts().set_index("group_id").loc["g"]
    assert (row["verdict"], row["reviewer"], row["version"]) == ("conflict", "bo", 2)


def test_audit_log_and_undo(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", "ana", expected_version=0)
    store.save_verdict("g", "conflict", "ana", expected_version=1)
    assert "undid verdict" in store.undo_last("ana")
    assert store.verdicts().set_index("group_id").loc["g", "verdict"] == "consistent"
    store.undo_last("ana")
    assert store.verdicts().empty
    log = store.audit_log()
    assert log["action"].tolist() == ["verdict", "verdict", "undo", "undo"]
    assert log["undoes"].tolist()[2:] == [log["id"][1], log["id"][0]]  # each undo names what it reverses
    assert store.undo_last("ana") is None


def test_audit_log_is_never_rewritten(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", "ana", expected_version=0)
    store.correct_claim(store.claims()["claim_id"].iat[0], "metric", "losses", reviewer="ana")
    before = store.audit_log()
    store.undo_last("ana")
    store.save_verdict("g", "conflict", "ana", expected_version=1)
    after = store.audit_log()
    pd.testing.assert_frame_equal(after.iloc[: len(before)], before)


def test_regrouping_is_kept_and_undone(store: ClaimStore) -> None:
    cid = store.claims()["claim_id"].iat[0]
    store.move_claim(cid, "manual-1", reviewer="ana")
    assert store.overrides() == {cid: "manual-1"}
    store.undo_last("ana")
    assert store.overrides() == {}


def test_reextraction_keeps_decisions_on_unchanged_spans(store: ClaimStore, seed_text: str) -> None:
    claims = store.claims().sort_values("start")
    first, last = claims["claim_id"].iat[0], claims["claim_id"].iat[-1]
    store.correct_claim(first, "metric", "losses", reviewer="ana")
    store.correct_claim(last, "metric", "injured", reviewer="ana")
    # The last figure's text changes: its decision no longer applies; the first one's stays.
    edited = seed_text.replace("around 370,000", "around 371,000")
    store.save_extraction({"doc_id": "seed"}, extract_claims(edited, "seed"), edited)
    after = store.claims().set_index("claim_id")
    assert after.loc[first, "metric"] == "losses"
    assert "injured" not in set(after["metric"])


def _writer(url: str, reviewer: str, barrier, results) -> None:
    store = ClaimStore(url)
    barrier.wait(60)
    try:
        store.save_verdict("contested", "consistent", reviewer, expected_version=0)
        results.put((reviewer, "saved"))
    except StaleWriteError as exc:
        results.put((reviewer, f"stale: {exc}"))
    except Exception as exc:  # report anything else instead of dying silently
        results.put((reviewer, f"error: {type(exc).__name__}: {exc}"))


def test_two_processes_one_group_one_winner(db_url: str) -> None:
    ClaimStore(db_url)
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db_url, name, barrier, results)) for name in ("ana", "bo")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    outcomes = dict(results.get(timeout=60) for _ in procs)
    assert sorted(o.split(":")[0] for o in outcomes.values()) == ["saved", "stale"], outcomes
    winner = next(r for r, o in outcomes.items() if o == "saved")
    store = ClaimStore(db_url)
    row = store.verdicts().set_index("group_id").loc["contested"]
    assert row["reviewer"] == winner and row["version"] == 1
    assert store.audit_log()[["action", "reviewer"]].values.tolist() == [["verdict", winner]]  # nothing lost


def test_decision_survives_a_crash(db_url: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "from workbench import ClaimStore; import os; "
        f"ClaimStore({db_url!r}).save_verdict('g', 'conflict', 'ana', note='saved'); os._exit(9)"
    )
    run = subprocess.run([sys.executable, "-c", code], timeout=60)
    assert run.returncode == 9
    assert ClaimStore(db_url).verdicts().set_index("group_id").loc["g", "note"] == "saved"


# --- identities: a signed-in reviewer's email is recorded with every decision -------------------
ANA, BO = ("Ana Lima", "ana@desk.example"), ("Bo Berg", "bo@desk.example")


def test_every_decision_records_the_signed_in_email(store: ClaimStore) -> None:
    cid = store.claims()["claim_id"].iat[0]
    store.correct_claim(cid, "metric", "losses", *ANA)
    store.move_claim(cid, "manual-1", *ANA)
    store.save_verdict("g", "consistent", ANA[0], expected_version=0, email=ANA[1])
    store.save_verdict("h", "conflict", "cy")  # locally: a name, no email
    log = store.audit_log()
    assert log[["reviewer", "email"]].values.tolist()[:3] == [list(ANA)] * 3
    assert pd.isna(log["email"].iat[3])
    assert store.verdicts().set_index("group_id").loc["g", "email"] == ANA[1]


def test_undo_last_goes_by_the_email_when_signed_in(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", "Ana", expected_version=0, email=ANA[1])
    store.save_verdict("h", "consistent", "Ana", expected_version=0, email="other-ana@desk.example")
    assert store.undo_last("Ana", ANA[1]) == "undid verdict on group g"  # not the namesake's
    assert store.verdicts()["group_id"].tolist() == ["h"]
    assert store.audit_log()["email"].iat[-1] == ANA[1]


def test_an_editor_undoes_another_reviewers_decision(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", *BO[:1], expected_version=0, email=BO[1])
    (entry,) = store.undoable()["id"]
    assert store.undo_entry(entry, *ANA) == "undid verdict on group g"
    assert store.verdicts().empty
    last = store.audit_log().iloc[-1]
    assert (last["action"], last["undoes"], last["email"]) == ("undo", entry, ANA[1])
    assert store.undoable().empty and store.undo_last(*BO) is None  # bo's decision is undone already
    with pytest.raises(StaleWriteError, match="undone already"):
        store.undo_entry(entry, *ANA)


def test_an_editors_undo_checks_the_decision_is_still_current(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", BO[0], expected_version=0, email=BO[1])
    first = store.undoable()["id"].iat[0]
    store.save_verdict("g", "conflict", "cy", expected_version=1)
    with pytest.raises(StaleWriteError, match="changed by cy"):
        store.undo_entry(first, *ANA)
    with pytest.raises(ValueError, match="not a decision"):
        store.undo_entry(10_000, *ANA)


def test_undo_restores_the_earlier_verdicts_identity(store: ClaimStore) -> None:
    store.save_verdict("g", "consistent", "ana")  # before sign-in: no email
    store.save_verdict("g", "conflict", BO[0], expected_version=1, email=BO[1])
    store.undo_last(*BO)
    row = store.verdicts().set_index("group_id").loc["g"]
    assert (row["verdict"], row["reviewer"], row["email"]) == ("consistent", "ana", None)


def test_deleting_a_document_takes_its_claims_and_decisions(store: ClaimStore, seed_text: str) -> None:
    other = extract_claims("Police said 12 people were hurt.", "other")
    store.save_extraction({"doc_id": "other"}, other, "x")
    cid = store.claims().query("doc_id == 'seed'")["claim_id"].iat[0]
    store.correct_claim(cid, "metric", "losses", "ana")
    store.move_claim(cid, "manual-1", "ana")
    assert store.delete_document("seed", *ANA) == 4
    assert set(store.claims()["doc_id"]) == {"other"} and store.overrides() == {}
    assert store.count("corrections") == 0 and store.count("documents") == 1
    last = store.audit_log().iloc[-1]
    assert (last["action"], last["entity_id"], last["email"]) == ("delete", "seed", ANA[1])
    assert '"claims": 4, "decisions": 2' in last["old"]
    with pytest.raises(KeyError, match="no document"):
        store.delete_document("seed", *ANA)


# (case, reviewer, email, the message)
NOBODY = [
    ("no name", "  ", None, "needs the reviewer's name"),
    ("a name too long for the column", "x" * 101, None, "at most 100"),
    ("an email too long", "ana", "a" * 330 + "@x.example", "1 to 320"),
]


@pytest.mark.parametrize(("case", "reviewer", "email", "message"), NOBODY, ids=[n[0] for n in NOBODY])
def test_a_decision_names_who_made_it(store: ClaimStore, case, reviewer, email, message) -> None:
    with pytest.raises(ValueError, match=message):
        store.save_verdict("g", "consistent", reviewer, email=email)
    assert store.verdicts().empty and store.count("audit") == 0
