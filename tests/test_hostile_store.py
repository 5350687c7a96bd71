"""Identity that holds and a store no figure can poison.

Before: a figure of 309 digits was infinity and every reconcile raised OverflowError; claim ids
hashed offsets, so a new headline detached every decision; a story was named by its first
doc_id, so an article sorting first renamed its groups and their verdicts vanished; undo of
one's own older verdict deleted another reviewer's newer one; a bad --db URL was a traceback.
Every test that writes a store runs on SQLite and on PostgreSQL (the ``store_url`` fixture).
"""

import math
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench import ClaimStore, StaleWriteError, Workspace, extract_claims, reconcile
from workbench.cli import app
from workbench.documents import Document

HUGE = "1" + ",000" * 103  # 310 digits in groups: parses as infinity
# (case, a sentence whose figure cannot be a claim)
TOO_LARGE = [
    ("310 digits in groups", f"Officials said {HUGE} people were killed."),
    ("310 digits of money", f"The fund lost ${HUGE} billion."),
    ("a 1e208 figure", f"The agency said {'1' * 200}.5 billion people were killed."),
]


@pytest.mark.parametrize(("case", "sentence"), TOO_LARGE, ids=[c[0] for c in TOO_LARGE])
def test_a_figure_too_large_is_no_claim_and_reconcile_runs(case: str, sentence: str) -> None:
    text = sentence + " The police said 14 people were killed."
    claims = extract_claims(text, "d")
    assert claims["value"].tolist() == [14.0]
    assert len(reconcile(claims).groups) == 1


def _claims_with(value: float) -> pd.DataFrame:
    claims = extract_claims("The police said 14 people were killed. Officials said 15 were killed.", "d")
    claims.loc[0, ["value", "low", "high"]] = value
    return claims


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 1e300], ids=str)
def test_no_unusable_figure_reaches_the_store(store_url: str, value: float) -> None:
    store = ClaimStore(store_url)
    assert store.save_extraction({"doc_id": "d"}, _claims_with(value), "text") == 1  # one refused
    assert store.claims()["value"].tolist() == [15.0]
    cid = store.claims()["claim_id"].iat[0]
    with pytest.raises(ValueError, match="not a usable value"):
        store.correct_claim(cid, "value", value, "ana")
    with pytest.raises(ValueError, match="not a usable accepted value"):
        store.save_verdict("g", "conflict", "ana", accepted_value=value)
    reconcile(store.claims())  # and the store reconciles


def test_cli_reconcile_names_an_unusable_row_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    _claims_with(math.inf).to_csv(path, index=False)
    run = CliRunner().invoke(app, ["reconcile", str(path), "--out", str(tmp_path / "r.csv")])
    assert run.exit_code == 0, run.stderr
    assert "value 'inf' is not a usable figure" in run.stderr  # the cell quoted as written
    assert pd.read_csv(tmp_path / "r.csv")["value"].tolist() == [15.0]


ARTICLE = (
    "Storm hits coast\n\n"
    "The mayor said 4,500 homes were without power on Sunday.\n\n"
    "Police said 12 people were hurt, and officials counted 230 people in shelters."
)
# (case, the edited article): the figures and the words around them are unchanged
EDITS = [
    ("headline rewritten", ARTICLE.replace("Storm hits coast", "Storm batters the whole coast overnight")),
    ("paragraph added above", ARTICLE.replace("\n\nThe mayor", "\n\nRoads were closed.\n\nThe mayor")),
    ("word added far away", ARTICLE.replace("on Sunday", "on a cold and windy Sunday")),
    ("line rewrapped", ARTICLE.replace("were hurt, and", "were hurt,\n   and")),
]


@pytest.mark.parametrize(("case", "edited"), EDITS, ids=[e[0] for e in EDITS])
def test_claim_ids_survive_edits_elsewhere(case: str, edited: str) -> None:
    before = extract_claims(ARTICLE, "a").set_index("number_text")["claim_id"]
    after = extract_claims(edited, "a").set_index("number_text")["claim_id"]
    assert after.to_dict() == before.to_dict()


def test_claim_ids_follow_the_document_and_the_figure() -> None:
    ids = extract_claims(ARTICLE, "a")["claim_id"]
    assert ids.is_unique
    assert set(ids).isdisjoint(extract_claims(ARTICLE, "b")["claim_id"])  # another document
    changed = extract_claims(ARTICLE.replace("12 people", "13 people"), "a")
    assert len(set(ids) - set(changed["claim_id"])) == 1  # only the figure that changed
    twice = extract_claims("Police said 12 people were hurt.\nPolice said 12 people were hurt.", "t")
    assert twice["claim_id"].is_unique  # the same words twice are two claims


@pytest.fixture
def ws(store_url: str) -> Workspace:
    ws = Workspace(store_url)
    ws.ingest([Document("a", ARTICLE)])
    return ws


def _id(ws: Workspace, number_text: str) -> str:
    claims = ws.store.claims()
    return claims.loc[claims["number_text"] == number_text, "claim_id"].iat[0]


# (case, edit, is the decision still on a claim afterwards)
REREADS = [
    ("edit elsewhere keeps the id", ("Storm hits coast", "Storm hits the coast"), True),
    ("words next to the figure change: carried over", ("Police said 12", "Police reported 12"), True),
    ("the figure itself changes: detached, and the log says so", ("12 people", "13 people"), False),
]


@pytest.mark.parametrize(("case", "edit", "kept"), REREADS, ids=[r[0] for r in REREADS])
def test_decisions_carry_over_when_an_article_is_re_read(ws: Workspace, case, edit, kept) -> None:
    old, new = edit
    ws.store.correct_claim(_id(ws, "12"), "metric", "injured", "ana")
    ws.store.move_claim(_id(ws, "230"), "manual-x", "ana")
    ws.ingest([Document("a", ARTICLE.replace(old, new))], reread=True)
    claims = ws.store.claims().set_index("number_text")
    assert ("injured" in set(claims["metric"])) is kept
    assert ws.store.overrides() == {claims.loc["230", "claim_id"]: "manual-x"}  # untouched figure
    log = ws.store.audit_log()
    system = log[log["reviewer"] == "workbench"]
    expected = [] if case.startswith("edit") else ["carry"] if kept else ["detach"]
    assert system["action"].tolist() == expected


def test_undo_after_carry_over_reaches_the_decision(ws: Workspace) -> None:
    ws.store.correct_claim(_id(ws, "12"), "metric", "injured", "ana")
    ws.ingest([Document("a", ARTICLE.replace("Police said 12", "Police reported 12"))], reread=True)
    assert "injured" in set(ws.store.claims()["metric"])
    assert ws.store.undo_last("ana")
    assert "injured" not in set(ws.store.claims()["metric"])


def _story(doc_id: str, n: int) -> Document:
    return Document(doc_id, f"Governor Alvarez and Mayor Okafor said {n} people were killed in Linthorpe.")


def test_group_ids_stay_when_an_article_joins_the_story(store_url: str) -> None:
    ws = Workspace(store_url)
    ws.ingest([_story("m-report", 40), _story("n-report", 42)])
    (gid,) = ws.reconciliation().groups["group_id"]
    ws.store.save_verdict(gid, "consistent", "ana", expected_version=0)
    ws.ingest([_story("a-report", 41)])  # sorts first: it used to rename the story
    groups = ws.reconciliation().groups
    assert groups["group_id"].tolist() == [gid] and groups["n_claims"].iat[0] == 3
    assert set(ws.reconciled()["verdict"]) == {"consistent"}
    assert ws.store.story_ids()["a-report"] == "m-report"


def test_undo_never_deletes_another_reviewers_newer_verdict(ws: Workspace) -> None:
    store = ws.store
    store.save_verdict("g", "consistent", "ana", expected_version=0)
    store.save_verdict("g", "conflict", "bo", expected_version=1)
    with pytest.raises(StaleWriteError, match="changed by bo"):
        store.undo_last("ana")
    row = store.verdicts().set_index("group_id").loc["g"]
    assert (row["verdict"], row["reviewer"], row["version"]) == ("conflict", "bo", 2)
    assert "undo" not in set(store.audit_log()["action"])


# (case, ana's decision, bo's later one on the same thing)
LATER = [
    ("correction", ("correct_claim", "metric", "hurt"), ("correct_claim", "metric", "wounded")),
    ("move", ("move_claim", "manual-a"), ("move_claim", "manual-b")),
]


@pytest.mark.parametrize(("case", "mine", "theirs"), LATER, ids=[c[0] for c in LATER])
def test_undo_of_a_claim_decision_checks_it_is_still_mine(ws: Workspace, case, mine, theirs) -> None:
    cid = _id(ws, "12")
    for (method, *args), reviewer in ((mine, "ana"), (theirs, "bo")):
        getattr(ws.store, method)(cid, *args, reviewer)
    before = (ws.store.claims(), ws.store.overrides())
    with pytest.raises(StaleWriteError, match="by bo"):
        ws.store.undo_last("ana")
    pd.testing.assert_frame_equal(ws.store.claims(), before[0])
    assert ws.store.overrides() == before[1]


def test_undo_restores_an_earlier_reviewers_correction(ws: Workspace) -> None:
    cid = _id(ws, "12")
    ws.store.correct_claim(cid, "metric", "wounded", "bo")
    ws.store.correct_claim(cid, "metric", "hurt", "ana")
    ws.store.undo_last("ana")
    assert ws.store.claims().set_index("claim_id").loc[cid, "metric"] == "wounded"


# (case, --db URL, words of the one-line message)
BAD_URLS = [
    ("not a URL", "data/workbench.db", "not a database URL"),
    ("no such dialect", "nosuch://host/db", "no driver for nosuch"),
    ("no driver installed", "mysql://ana:secret@host/db", "no driver for mysql"),
    ("empty SQLite path is not in memory", "sqlite:///", "names no database file"),
    ("a folder that cannot be made", "sqlite:////proc/workbench/x.db", "cannot open the store"),
    ("a file that is not a database", "sqlite:///{tmp}/notes.txt", "file is not a database"),
]


@pytest.mark.parametrize(("case", "url", "message"), BAD_URLS, ids=[b[0] for b in BAD_URLS])
def test_a_bad_store_url_is_one_line(tmp_path: Path, case: str, url: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text(
        "Not a database, only notes about 12 people. " * 100, encoding="utf-8"
    )
    url = url.format(tmp=tmp_path)
    from workbench.store import StoreConfigError

    with pytest.raises(StoreConfigError, match=message):
        ClaimStore(url)
    run = CliRunner().invoke(app, ["export", "--db", url, "--out", str(tmp_path / "r.csv")])
    assert run.exit_code == 2
    assert run.stderr.startswith("error: ") and message in run.stderr and run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr and "secret" not in run.stderr


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_a_store_in_memory_when_asked_for(url: str) -> None:
    assert ClaimStore(url).claims().empty


# (case, what is wrong with the URL of a real PostgreSQL server, words of the one-line message)
BAD_PG = [
    ("no such database", lambda u: u.set(database="nosuchdb", password="secret"), 'database "nosuchdb"'),
    ("no such role", lambda u: u.set(username="nobody", password="secret"), 'role "nobody"'),
]


@pytest.mark.parametrize(("case", "change", "message"), BAD_PG, ids=[b[0] for b in BAD_PG])
def test_a_postgresql_store_that_refuses_is_one_line(pg_admin_url: str, case, change, message) -> None:
    from sqlalchemy.engine import make_url

    url = change(make_url(pg_admin_url)).render_as_string(hide_password=False)
    run = CliRunner().invoke(app, ["export", "--db", url, "--out", "r.csv"])
    assert run.exit_code == 2 and run.stderr.count("\n") == 1, run.stderr
    assert message in run.stderr and "secret" not in run.stderr and "Traceback" not in run.stderr


def test_a_plain_postgresql_url_uses_psycopg_3() -> None:
    from workbench.store import parse_store_url

    assert parse_store_url("postgresql://desk@db.example/wb").drivername == "postgresql+psycopg"
    assert parse_store_url("postgresql+psycopg://desk@db.example/wb").drivername == "postgresql+psycopg"


# (case, command line run in an empty folder, exit code, words on the output)
MISSING_STORE = [
    ("export from the default store", ["export", "--out", "r.csv"], 2, "no such file"),
    (
        "export from a missing folder",
        ["export", "--db", "sqlite:///gone/dir/x.db", "--out", "r.csv"],
        2,
        "no such file",
    ),
    (
        "db current of a missing file",
        ["db", "current", "--db", "sqlite:///x.db"],
        1,
        "no such file, none made",
    ),
    ("db current in a missing folder", ["db", "current", "--db", "sqlite:///gone/x.db"], 1, "no such file"),
]


@pytest.mark.parametrize(("case", "argv", "code", "words"), MISSING_STORE, ids=[m[0] for m in MISSING_STORE])
def test_reading_a_store_that_does_not_exist_creates_nothing(
    tmp_path: Path, monkeypatch, case: str, argv: list[str], code: int, words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, argv)
    assert run.exit_code == code and words in run.output, run.output
    assert "workbench db upgrade" in run.stderr and run.stderr.count("\n") == 1, run.stderr
    assert list(tmp_path.iterdir()) == []
