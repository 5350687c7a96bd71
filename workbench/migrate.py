"""The store's schema versions, kept by Alembic (workbench/migrations): which one a store has, and
the upgrade to the current one.

Reading a store's version is one query and imports no Alembic (every start-up does it); Alembic
is loaded only to create or upgrade a store. A store from the releases before Alembic (a
``schema_migrations`` table of named migrations) is stamped with the revision its last named
migration matches, then upgraded like any other.

>>> from sqlalchemy import create_engine
>>> engine = create_engine("sqlite://")
>>> with engine.begin() as conn:
...     before = schema_state(conn).describe()
...     _ = upgrade(conn)
...     after = schema_state(conn)
>>> before, after.revision == HEAD, after.current
('empty (no workbench store yet)', True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text

MIGRATIONS = Path(__file__).parent / "migrations"
# Every revision in workbench/migrations/versions, oldest first (a test checks it against Alembic's).
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
# The named migrations of the releases before Alembic -> the revision each one matches.
LEGACY = {"0001_initial": "0001", "0002_document_text": "0002", "0003_stories": "0003"}
TABLES = {"documents", "claims", "corrections", "regroupings", "verdicts", "audit", "stories"}


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: no store, a store at an Alembic revision, or a pre-Alembic store."""

    revision: str | None  # Alembic's revision, or the one a legacy store's named migrations match
    legacy: str | None = None  # the last named migration of a store from before Alembic
    empty: bool = False

    @property
    def current(self) -> bool:
        return self.revision == HEAD and self.legacy is None

    def describe(self) -> str:
        if self.empty:
            return "empty (no workbench store yet)"
        if self.legacy:
            return f"{self.revision} (named migrations up to {self.legacy}, from a release before Alembic)"
        if self.revision is None:
            return "workbench tables without a schema version"
        if self.revision not in REVISIONS:
            return f"{self.revision} (unknown to this workbench, whose newest is {HEAD}: a newer release?)"
        return self.revision + (" (current)" if self.current else f" (this workbench needs {HEAD})")


def schema_state(conn: Connection) -> SchemaState:
    """The schema version of the store on ``conn`` (a read: nothing is written)."""
    names = set(inspect(conn).get_table_names())
    if "alembic_version" in names:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        return SchemaState(versions[0] if len(versions) == 1 else ",".join(versions) or None)
    if "schema_migrations" in names:
        applied = set(conn.execute(text("SELECT name FROM schema_migrations")).scalars())
        done = [name for name in LEGACY if name in applied]
        if done:
            return SchemaState(LEGACY[done[-1]], legacy=done[-1])
    if names & TABLES:
        return SchemaState(None)
    return SchemaState(None, empty=True)


def _config(conn: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, target: str = "head") -> tuple[SchemaState, SchemaState]:
    """Bring the store on ``conn`` to ``target`` (creating it when the database is empty), in the
    caller's transaction; returns the states before and after. A store whose version this
    workbench does not know is left alone (ValueError)."""
    from alembic import command

    before = schema_state(conn)
    if not before.empty and (before.revision is None or before.revision not in REVISIONS):
        raise ValueError(f"cannot upgrade a store with {before.describe()}")
    config = _config(conn)
    if before.legacy:
        command.stamp(config, before.revision)
    command.upgrade(config, target)
    return before, schema_state(conn)


def downgrade(conn: Connection, target: str) -> None:
    """Take the store on ``conn`` back to revision ``target`` (for tests and emergencies)."""
    from alembic import command

    command.downgrade(_config(conn), target)
