"""The store's schema under Alembic, on SQLite and PostgreSQL: a new store is created at the current
version, the release before Alembic upgrades without losing a record, a store at another version
is refused in one line by the library, the CLI and the dashboard, and an upgrade is all or nothing.
"""

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, inspect, text
from typer.testing import CliRunner

from tests.conftest import ROOT
from workbench import ClaimStore, Workspace, extract_claims
from workbench.cli import app
from workbench.migrate import HEAD, MIGRATIONS, REVISIONS, downgrade, schema_state, upgrade
from workbench.store import SchemaNotCurrent, metadata, write_transaction

RELEASE = ROOT / "tests" / "fixtures" / "release-0.1-store.db"  # made by make_release_store.py
# The release's tables and what the fixture holds: an upgrade that loses a row cannot pass.
KEPT = {
    "documents": 3,
    "claims": 7,
    "corrections": 3,
    "regroupings": 1,
    "verdicts": 2,
    "audit": 12,
    "stories": 3,
}


def test_the_known_revisions_are_alembics() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    chain = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(chain) == REVISIONS and script.get_current_head() == HEAD


def test_the_migrations_build_the_tables_the_store_writes(store_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = ClaimStore(store_url)  # an empty database: created by running every migration
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_downgrade_and_upgrade_again(store_url: str) -> None:
    store = ClaimStore(store_url)
    store.save_verdict("g", "consistent", "ana", email="ana@desk.example")
    with write_transaction(store.engine) as conn:
        downgrade(conn, "0003")
    with store.engine.connect() as conn:
        assert schema_state(conn).revision == "0003"
    with write_transaction(store.engine) as conn:
        upgrade(conn)
    assert ClaimStore(store_url).verdicts()["verdict"].tolist() == ["consistent"]


def _rows(conn, table: str) -> list[tuple]:
    """A table's rows in the release's columns, in a stable order (the upgrade adds columns)."""
    columns = [c[1] for c in sqlite3.connect(RELEASE).execute(f"PRAGMA table_info({table})")]
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = conn.execute(text(f"SELECT {quoted} FROM {table}")).all()
    return sorted((tuple(r) for r in rows), key=repr)


def _release_store(store_url: str, tmp_path: Path) -> str:
    """The release's store at ``store_url``: the committed SQLite file itself, or on PostgreSQL the
    same tables (as the release's migrations made them) with the same rows."""
    if store_url.startswith("sqlite"):
        path = tmp_path / "release.db"
        shutil.copy(RELEASE, path)
        return f"sqlite:///{path}"
    engine = create_engine(store_url)
    source = create_engine(f"sqlite:///{RELEASE}")
    with engine.begin() as conn, source.connect() as old:
        upgrade(conn, "0003")  # the schema the named migrations 0001-0003 made
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(
            text("CREATE TABLE schema_migrations (name VARCHAR(100) PRIMARY KEY, applied_at VARCHAR(40))")
        )
        for name, at in old.execute(text("SELECT name, applied_at FROM schema_migrations")):
            conn.execute(text("INSERT INTO schema_migrations VALUES (:n, :a)"), {"n": name, "a": at})
        for table in KEPT:
            rows = [dict(r) for r in old.execute(text(f"SELECT * FROM {table}")).mappings()]
            target = metadata.tables[table]
            conn.execute(insert(target), [{k: v for k, v in r.items() if k in target.c} for r in rows])
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence('audit', 'id'), (SELECT max(id) FROM audit))")
        )
    engine.dispose()
    return store_url


def test_the_release_store_upgrades_without_losing_a_record(store_url: str, tmp_path: Path) -> None:
    url = _release_store(store_url, tmp_path)
    with sqlite3.connect(RELEASE) as release:
        before = {t: sorted(release.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in KEPT}
    assert {t: len(rows) for t, rows in before.items()} == KEPT
    with pytest.raises(SchemaNotCurrent, match=r"release before Alembic.*workbench db upgrade"):
        ClaimStore(url)
    run = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert run.exit_code == 0, run.output
    assert "0003 (named migrations up to 0003_stories" in run.stdout and "-> 0004 (current)" in run.stdout
    store = ClaimStore(url)
    with store.engine.connect() as conn:
        after = {t: _rows(conn, t) for t in KEPT}
        assert "schema_migrations" not in inspect(conn).get_table_names()
    for table, rows in before.items():
        assert after[table] == [tuple(r) for r in rows], table
    # and the upgraded store works: the verdicts join, the old decisions undo, new ones record an email
    ws = Workspace(url)
    assert set(ws.reconciled()["verdict"]) - {""} == {"conflict", "consistent"}
    gid = next(row[0] for row in before["verdicts"] if row[4] == "ana")
    assert store.undo_last("ana") == f"undid verdict on group {gid}"  # a decision made before the upgrade
    row = store.verdicts().set_index("group_id").loc[gid]
    assert (row["verdict"], row["accepted_value"], row["version"]) == ("consistent", 5000.0, 3)
    store.save_verdict("g-new", "consistent", "Ana Lima", email="ana@desk.example")
    assert store.audit_log()["email"].iat[-1] == "ana@desk.example"


def _at(store_url: str, revision: str) -> None:
    store = ClaimStore(store_url)
    with write_transaction(store.engine) as conn:
        if revision in REVISIONS:
            downgrade(conn, revision)
        else:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    store.engine.dispose()


# (case, the store's revision, words of the refusal, is an upgrade offered)
NOT_CURRENT = [
    ("an older revision", "0003", "has schema 0003 (this workbench needs 0004)", True),
    ("a revision from a newer release", "0099", "0099 (unknown to this workbench", False),
]


@pytest.mark.parametrize(("case", "revision", "words", "hint"), NOT_CURRENT, ids=[n[0] for n in NOT_CURRENT])
def test_a_store_at_another_schema_is_refused_in_one_line(
    store_url: str, tmp_path: Path, case, revision, words, hint
) -> None:
    _at(store_url, revision)
    with pytest.raises(SchemaNotCurrent, match=re.escape(words)):
        ClaimStore(store_url)
    claims = tmp_path / "claims.csv"
    extract_claims("Police said 12 people were hurt.", "d").to_csv(claims, index=False)
    out = str(tmp_path / "out.csv")
    for command in (
        ["export", "--db", store_url, "-o", out],
        ["reconcile", str(claims), "--db", store_url, "-o", out],
    ):
        run = CliRunner().invoke(app, command)
        assert run.exit_code == 2 and run.stderr.count("\n") == 1, run.stderr
        assert words in run.stderr and ("workbench db upgrade" in run.stderr) is hint
    current = CliRunner().invoke(app, ["db", "current", "--db", store_url])
    assert current.exit_code == 1 and words.split(" (")[0].split()[-1] in current.stdout
    upgraded = CliRunner().invoke(app, ["db", "upgrade", "--db", store_url])
    assert upgraded.exit_code == (0 if hint else 2), upgraded.output
    if hint:
        assert "-> 0004 (current)" in upgraded.stdout
        assert ClaimStore(store_url).count("audit") == 0


def test_the_dashboard_refuses_a_store_that_is_not_current(store_url: str, monkeypatch) -> None:
    from streamlit.testing.v1 import AppTest

    _at(store_url, "0003")
    monkeypatch.setenv("WORKBENCH_DB", store_url)
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    at = AppTest.from_file(str(ROOT / "workbench" / "app" / "main.py"), default_timeout=90).run()
    assert not at.exception, at.exception
    (error,) = at.error
    assert "has schema 0003" in error.value and "workbench db upgrade" in error.value
    assert "\n" not in error.value and not at.dataframe


def test_the_app_command_refuses_before_serving(store_url: str) -> None:
    _at(store_url, "0003")
    run = CliRunner().invoke(app, ["app", "--db", store_url, "--headless"])
    assert run.exit_code == 2 and "workbench db upgrade" in run.stderr and run.stderr.count("\n") == 1


# (case, what the database holds, exit code of `db current`, words printed)
CURRENT = [
    ("empty", None, 1, "empty (no workbench store yet)"),
    ("current", HEAD, 0, f"{HEAD} (current)"),
    ("older", "0002", 1, "0002 (this workbench needs 0004)"),
]


@pytest.mark.parametrize(("case", "revision", "code", "words"), CURRENT, ids=[c[0] for c in CURRENT])
def test_db_current_says_the_schema_version(store_url: str, case, revision, code, words) -> None:
    if revision:
        _at(store_url, revision)
    run = CliRunner().invoke(app, ["db", "current", "--db", store_url])
    assert run.exit_code == code and words in run.stdout, run.output
    assert ("workbench db upgrade" in run.stderr) is (code == 1)


def test_an_upgrade_that_fails_changes_nothing(store_url: str, tmp_path: Path) -> None:
    url = _release_store(store_url, tmp_path)
    engine = create_engine(url)
    with engine.begin() as conn:  # a store whose 0003 was never recorded, but whose stories table exists
        conn.execute(text("DELETE FROM schema_migrations WHERE name = '0003_stories'"))
    engine.dispose()
    run = CliRunner().invoke(app, ["db", "upgrade", "--db", url])
    assert run.exit_code == 2 and run.stderr.count("\n") == 1 and "stories" in run.stderr, run.output
    engine = create_engine(url)
    with engine.connect() as conn:
        state = schema_state(conn)
        columns = list(conn.execute(text("SELECT * FROM audit")).keys())
    assert (state.revision, state.legacy) == ("0002", "0002_document_text")  # the stamp was undone too
    assert "email" not in columns
