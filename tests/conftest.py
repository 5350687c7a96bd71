"""Shared fixtures: paths to the repo's own data (tests of real news read ../shared beside the repo),
and the databases the store's tests run on."""

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import pg_server

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_550375792c07ea32.txt"
SEED_GOLD = ROOT / "tests" / "fixtures" / "000_550375792c07ea32.gold.json"
DEV = ROOT / "data" / "dev"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def point_app_at(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Make the dashboard (run by Streamlit's AppTest) open the store at ``url``, with no folders
    to watch and no team sign-in, as a single reviewer runs it."""
    monkeypatch.setenv("WORKBENCH_DB", url)
    monkeypatch.setenv("WORKBENCH_PATHS", "")
    monkeypatch.delenv("WORKBENCH_TEAM", raising=False)


# --- the store's databases: every store test runs on SQLite and on PostgreSQL -------------------
@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL server whose user may create databases: WORKBENCH_TEST_PG_URL (.ci/run sets
    it), or a throwaway server started here and stopped at the end of the session."""
    given = os.environ.get(pg_server.ENV)
    if given:
        yield given
        return
    if pg_server.bin_dir() is None:
        why = f"PostgreSQL is not installed (apt-get install postgresql) and {pg_server.ENV} is not set"
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide PostgreSQL (see .ci/run): {why}")
        pytest.skip(why)
    base = Path(tempfile.mkdtemp(prefix="workbench-pg-"))  # not pytest's tmp: root-only, and the
    try:  # server runs as the postgres user when we are root
        url = pg_server.start(base)
    except Exception:
        pg_server.stop(base)
        raise
    try:
        yield url
    finally:
        pg_server.stop(base)


@contextmanager
def pg_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server for one test, dropped afterwards (open sessions too)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"wb_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


DATABASES = ["sqlite", "postgresql"]


@pytest.fixture(params=DATABASES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'review.db'}"
        return
    with pg_database(request.getfixturevalue("pg_admin_url")) as url:
        yield url


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A LocalCluster of 2 worker processes on loopback, shared by a module's tests (the archive
    tests, issue 14); its address."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address
