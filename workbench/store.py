"""The review store: documents, claims, corrections, regrouping, verdicts and an audit log.

SQLAlchemy Core over any database URL (a SQLite file by default, PostgreSQL for a team).
Every decision is committed before the call returns; verdicts carry a version so that a
stale write is rejected, not silently applied; the audit log is append-only. Writes are
serialised on both databases (SQLite's BEGIN IMMEDIATE, a PostgreSQL advisory lock), so the
two behave alike under concurrent reviewers. The schema is versioned by Alembic
(workbench/migrate.py): a new store is created at the current version, an older one is refused
until ``workbench db upgrade``.

>>> store = ClaimStore("sqlite://")
>>> store.save_verdict("g1", "consistent", reviewer="ana", accepted_value=413000, expected_version=0)
1
>>> store.save_verdict("g1", "conflict", reviewer="bo", expected_version=0)
Traceback (most recent call last):
...
workbench.store.StaleWriteError: group g1 was changed by ana since you loaded it
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError

from workbench.documents import text_hash
from workbench.migrate import REVISIONS, schema_state, upgrade
from workbench.schema import CLAIM_COLUMNS, MAX_FIGURE, as_claims, empty_claims, sane_rows

DEFAULT_URL = "sqlite:///data/workbench.db"
SYSTEM = "workbench"  # the reviewer named in audit entries the store writes itself
FIGURE_FIELDS = ("value", "low", "high")
CORRECTABLE = ("value", "low", "high", "qualifier", "unit", "metric", "subject", "source", "channel")
FIGURE_CORRECTION = ("value", "low", "high", "qualifier", "unit")  # what a corrected figure writes

MAX_REVIEWER = 100  # characters of a reviewer's name (the columns' size on PostgreSQL)
MAX_EMAIL = 320
# The key of PostgreSQL's transaction-level advisory lock that serialises the store's writes.
WRITE_LOCK = 0x776F726B62656E63  # "workbenc"

# The tables as the newest migration leaves them (workbench/migrations; a test compares the two).
metadata = MetaData()
documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(300), primary_key=True),
    Column("title", Text, default=""),
    Column("publication", Text, default=""),
    Column("published", String(40), default=""),
    Column("url", Text, default=""),
    Column("author", Text, default=""),
    Column("text_hash", String(64), nullable=False),
    Column("text", Text, default=""),
)
claims = Table(
    "claims",
    metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("doc_id", String(300), index=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("number_text", Text),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(20)),
    Column("unit", String(20)),
    Column("metric", Text),
    Column("subject", Text),
    Column("source", Text),
    Column("channel", Text),
    Column("quote", Boolean),
    Column("sentence", Text),
    Column("active", Boolean, default=True),
)
corrections = Table(
    "corrections",
    metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("value", Text),
    Column("reviewer", String(100)),
    Column("at", String(40)),
    Column("email", String(320)),
)
regroupings = Table(
    "regroupings",
    metadata,
    Column("claim_id", String(32), primary_key=True),
    Column("group_id", String(40), nullable=False),
    Column("reviewer", String(100)),
    Column("at", String(40)),
    Column("email", String(320)),
)
verdicts = Table(
    "verdicts",
    metadata,
    Column("group_id", String(40), primary_key=True),
    Column("verdict", String(40)),
    Column("accepted_value", Float),
    Column("note", Text, default=""),
    Column("reviewer", String(100)),
    Column("reviewed_at", String(40)),
    Column("version", Integer, nullable=False),
    Column("email", String(320)),
)
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40)),
    Column("reviewer", String(100)),
    Column("action", String(40)),
    Column("entity", String(40)),
    Column("entity_id", String(300)),
    Column("field", String(40)),
    Column("old", Text),
    Column("new", Text),
    Column("undoes", Integer, nullable=True),  # an undo entry names the entry it reverses
    Column("email", String(320)),  # the signed-in reviewer's address (team mode); empty locally
)


stories = Table(
    "stories",
    metadata,
    Column("doc_id", String(300), primary_key=True),
    Column("story_id", String(300), nullable=False),
)


class StaleWriteError(RuntimeError):
    """Someone else saved this group after you loaded it; reload and decide again.

    ``current`` is the decision that won (the verdict row as a dict), when there is one: a page
    shows it beside the refused entry, so the reviewer can compare and re-apply theirs.
    """

    def __init__(self, message: str, current: dict | None = None) -> None:
        super().__init__(message)
        self.current = current


class StoreConfigError(ValueError):
    """The store's URL cannot be used; the message says why in one line (no traceback, no password)."""


class StoreMissing(StoreConfigError):
    """A SQLite store file that does not exist, where one was to be read, not created."""


class SchemaNotCurrent(StoreConfigError):
    """The store's schema is not the one this workbench writes: ``workbench db upgrade`` first."""


def parse_store_url(url: str) -> URL:
    """A store URL, checked: it parses, and a SQLite store in memory is asked for by name.

    >>> parse_store_url("sqlite:///")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    workbench.store.StoreConfigError: 'sqlite:///' names no database file: ...
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreConfigError(
            f"not a database URL; expected e.g. {DEFAULT_URL} or postgresql://user@host/db"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):  # psycopg 3, not SQLAlchemy's default psycopg2
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and parsed.database == "":
        raise StoreConfigError(
            f"{url!r} names no database file: say sqlite:///PATH, "
            "or sqlite:///:memory: for a store that is lost on exit"
        )
    return parsed


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_engine(url: str, create: bool = True) -> tuple[Engine, str]:
    """An engine for the store at ``url`` and the words naming it in messages (no password).
    Nothing is connected yet; a missing driver or a folder that cannot be made is one line.

    A SQLite file that does not exist is made (with its folders) when first connected to, unless
    ``create`` is false: then it raises :class:`StoreMissing` and makes nothing.
    """
    parsed = parse_store_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    where = f"the store at {parsed.render_as_string(hide_password=True)}"
    args: dict = {"timeout": 30} if sqlite else {"connect_timeout": 10}
    try:
        if sqlite and parsed.database not in (None, ":memory:"):
            if not create and not Path(parsed.database).exists():
                raise StoreMissing(
                    f"cannot open {where}: no such file (`workbench db upgrade --db URL` creates a store)"
                )
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args=args)
    except (ImportError, NoSuchModuleError) as exc:
        raise StoreConfigError(f"cannot open {where}: no driver for {parsed.drivername} ({exc})") from None
    except OSError as exc:
        raise StoreConfigError(f"cannot open {where}: {exc.strerror or exc}") from None
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine, where


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the store's write lock: writers queue, one at a time, on both
    databases (SQLite takes its lock at BEGIN IMMEDIATE; PostgreSQL takes an advisory lock)."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK)))
        yield conn


class ClaimStore:
    """The review store at a SQLAlchemy URL. An empty database gets the current schema; a store
    with another schema version is refused (SchemaNotCurrent) until ``workbench db upgrade``.
    ``create=False``: a SQLite file that does not exist is refused (StoreMissing), not made."""

    def __init__(self, url: str = DEFAULT_URL, create: bool = True) -> None:
        self.writes = 0
        self.engine, where = open_engine(url, create)
        try:
            self._check_schema(where)
        except (DBAPIError, OSError) as exc:
            self.engine.dispose()
            raise StoreConfigError(f"cannot open {where}: {first_line(exc)}") from None
        except StoreConfigError:
            self.engine.dispose()
            raise

    def _check_schema(self, where: str) -> None:
        with self.engine.connect() as conn:
            state = schema_state(conn)
        if state.empty:
            with self._write() as conn:  # two first opens of one new store create it once
                if schema_state(conn).empty:
                    upgrade(conn)
                state = schema_state(conn)
        if not state.current:
            url = where.removeprefix("the store at ")
            hint = f": run `workbench db upgrade --db {url}`" if state.revision in REVISIONS else ""
            raise SchemaNotCurrent(f"{where} has schema {state.describe()}{hint}")

    def _write(self):
        self.writes += 1  # this store's own writes, seen at once by a Workspace's cache (see state)
        return write_transaction(self.engine)

    # --- documents and claims -------------------------------------------------------------
    def save_extraction(self, doc: dict, extracted: pd.DataFrame, text: str) -> int:
        """Store a document's claims; return how many rows were refused (no usable figure).

        Decisions follow their claims: a claim whose id is unchanged keeps them; a decided claim
        whose id is gone (the words around it changed) hands them to the new claim with the same
        figure, in order; with no such claim they stay under the old id, applying to nothing.
        The audit log names every decision carried over or detached.
        """
        doc_id = doc["doc_id"]
        digest = text_hash(text)
        table = as_claims(extracted) if len(extracted) else empty_claims()
        sane = sane_rows(table)
        rows = table[sane].to_dict("records")
        with self._write() as conn:
            values = {k: doc.get(k, "") or "" for k in ("title", "publication", "published", "url", "author")}
            values["published"] = fit_published(str(values["published"]))
            if doc.get("keep_text", True):  # a claims CSV has no text: keep what is stored
                values["text"] = text
            if conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first():
                conn.execute(
                    update(documents).where(documents.c.doc_id == doc_id).values(text_hash=digest, **values)
                )
            else:
                conn.execute(insert(documents).values(doc_id=doc_id, text_hash=digest, **values))
            self._carry_decisions(conn, doc_id, rows)
            conn.execute(delete(claims).where(claims.c.doc_id == doc_id))
            if rows:
                conn.execute(
                    insert(claims),
                    [{c: _plain(r.get(c)) for c in CLAIM_COLUMNS} | {"active": True} for r in rows],
                )
        return int((~sane).sum())

    def _carry_decisions(self, conn: Connection, doc_id: str, rows: list[dict]) -> None:
        """Move the decisions on this document's vanished claims to their figures' new ids."""
        old = dict(
            conn.execute(
                select(claims.c.claim_id, claims.c.number_text)
                .where(claims.c.doc_id == doc_id)
                .order_by(claims.c.start)
            ).all()
        )
        new_ids = {r["claim_id"] for r in rows}
        decided = {
            cid
            for table in (corrections, regroupings)
            for cid in conn.scalars(
                select(table.c.claim_id)
                .join(claims, claims.c.claim_id == table.c.claim_id)
                .where(claims.c.doc_id == doc_id)
            )
            if cid not in new_ids
        }
        if not decided:
            return
        free: dict[str, list[str]] = {}  # figure text -> new claims no old claim had
        for r in sorted(rows, key=lambda r: r["start"]):
            if r["claim_id"] not in old:
                free.setdefault(r["number_text"], []).append(r["claim_id"])
        for cid, number_text in old.items():
            if cid not in decided:
                continue
            target = free.get(number_text, []).pop(0) if free.get(number_text) else None
            if target and not self._has_decisions(conn, target):
                for table in (corrections, regroupings):
                    conn.execute(update(table).where(table.c.claim_id == cid).values(claim_id=target))
                self._log(conn, (SYSTEM, None), "carry", "claim", target, "claim_id", cid, target)
            else:
                self._log(conn, (SYSTEM, None), "detach", "claim", cid, "claim_id", cid, None)

    @staticmethod
    def _has_decisions(conn: Connection, claim_id: str) -> bool:
        return any(
            conn.execute(select(t.c.claim_id).where(t.c.claim_id == claim_id)).first()
            for t in (corrections, regroupings)
        )

    def save_claims(self, table: pd.DataFrame) -> None:
        """Store a claims table (from a CSV): one save_extraction per document."""
        for doc_id, part in as_claims(table).groupby("doc_id", sort=False):
            text_key = "\n".join(part["sentence"].astype(str))
            meta = {
                "keep_text": False,
                "doc_id": doc_id,
                "title": part["title"].iat[0],
                "publication": part["publication"].iat[0],
                "published": part["published"].iat[0],
            }
            self.save_extraction(meta, part, text_key)

    def claims(self) -> pd.DataFrame:
        """Every stored claim with the reviewers' corrections applied; "not a claim" rows removed."""
        with self.engine.connect() as conn:
            frame = pd.DataFrame(conn.execute(select(claims)).mappings().all())
            fixes = conn.execute(select(corrections)).all()
            # The articles' fields the table carries, never their texts (megabytes, on every call).
            docs = pd.DataFrame(
                conn.execute(select(*(documents.c[c] for c in DOCUMENT_FIELDS))).mappings().all()
            )
        if frame.empty:
            return as_claims([])
        frame = _corrected(frame.drop(columns=["active"]), fixes)
        if not docs.empty:
            frame = frame.merge(docs, on="doc_id", how="left")
        return as_claims(frame.reset_index(drop=True))

    def with_decisions(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` (claims read elsewhere: ``reconcile --db``'s CSV) as :meth:`claims` gives the
        stored ones: the reviewers' corrections applied, "not a claim" rows removed."""
        with self.engine.connect() as conn:
            fixes = conn.execute(select(corrections)).all()
        return _corrected(table.copy(), fixes) if fixes else table

    # --- decisions ------------------------------------------------------------------------
    def correct_claim(
        self, claim_id: str, field: str, value: object, reviewer: str, email: str | None = None
    ) -> None:
        """Record a reviewer's correction of one field (or ``field="not_a_claim"``)."""
        _check_reviewer(reviewer, email)
        if field not in (*CORRECTABLE, "not_a_claim"):
            raise ValueError(f"cannot correct {field!r}; one of {', '.join(CORRECTABLE)} or not_a_claim")
        if field in FIGURE_FIELDS and not _usable(value, open_ok=field != "value"):
            raise ValueError(f"{value!r} is not a usable {field}: a finite number below {MAX_FIGURE:.0e}")
        with self._write() as conn:
            old = conn.execute(
                select(corrections.c.value).where(
                    corrections.c.claim_id == claim_id, corrections.c.field == field
                )
            ).scalar()
            if old is None and field != "not_a_claim":
                old = json.dumps(
                    _plain(
                        conn.execute(select(claims.c[field]).where(claims.c.claim_id == claim_id)).scalar()
                    )
                )
            new = json.dumps(_plain(value))
            conn.execute(
                delete(corrections).where(corrections.c.claim_id == claim_id, corrections.c.field == field)
            )
            conn.execute(
                insert(corrections).values(
                    claim_id=claim_id, field=field, value=new, reviewer=reviewer, at=_now(), email=email
                )
            )
            self._log(conn, (reviewer, email), "correct", "claim", claim_id, field, old, new)

    def correct_figure(self, claim_id: str, figure: dict, reviewer: str, email: str | None = None) -> None:
        """Record a corrected figure as one decision, undone as one: its value, interval and
        qualifier, and its unit when ``figure`` names one (``workbench.figures.parse_figure`` reads
        a reviewer's "about 400k" into these); ``figure["text"]`` is kept in the audit log only."""
        from workbench.schema import QUALIFIERS

        _check_reviewer(reviewer, email)
        fields = {k: _plain(figure[k]) for k in FIGURE_CORRECTION if k in figure}
        if "value" not in fields or not _usable(fields["value"], open_ok=False):
            raise ValueError(
                f"{fields.get('value')!r} is not a usable value: a finite number below {MAX_FIGURE:.0e}"
            )
        for bound in ("low", "high"):
            if not _usable(fields.get(bound), open_ok=True):
                raise ValueError(f"{fields[bound]!r} is not a usable {bound}")
        if fields.get("qualifier", "exact") not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {', '.join(QUALIFIERS)}")
        if "unit" in fields and not fields["unit"]:
            del fields["unit"]  # a figure typed without a unit keeps the claim's
        with self._write() as conn:
            old = {}
            for name, value in fields.items():
                cond = (corrections.c.claim_id == claim_id, corrections.c.field == name)
                before = conn.execute(select(corrections.c.value).where(*cond)).scalar()
                if before is None:
                    stored = conn.execute(
                        select(claims.c[name]).where(claims.c.claim_id == claim_id)
                    ).scalar()
                    before = json.dumps(_plain(stored))
                old[name] = json.loads(before)
                conn.execute(delete(corrections).where(*cond))
                conn.execute(
                    insert(corrections).values(
                        claim_id=claim_id,
                        field=name,
                        value=json.dumps(value),
                        reviewer=reviewer,
                        at=_now(),
                        email=email,
                    )
                )
            new = fields | ({"text": str(figure["text"])} if figure.get("text") else {})
            self._log(
                conn,
                (reviewer, email),
                "correct",
                "claim",
                claim_id,
                "figure",
                json.dumps(old),
                json.dumps(new),
            )

    def move_claim(
        self,
        claim_id: str,
        group_id: str,
        reviewer: str,
        email: str | None = None,
        from_group: str | None = None,
    ) -> None:
        """Move a claim into another (or a new) group; split and merge are moves. The audit entry
        names the group it leaves: the one a reviewer moved it to before, else ``from_group`` (the
        group the engine put it in), so the move is in both groups' histories."""
        _check_reviewer(reviewer, email)
        with self._write() as conn:
            old = conn.execute(
                select(regroupings.c.group_id).where(regroupings.c.claim_id == claim_id)
            ).scalar()
            old = old or from_group
            conn.execute(delete(regroupings).where(regroupings.c.claim_id == claim_id))
            conn.execute(
                insert(regroupings).values(
                    claim_id=claim_id, group_id=group_id, reviewer=reviewer, at=_now(), email=email
                )
            )
            self._log(conn, (reviewer, email), "move", "claim", claim_id, "group_id", old, group_id)

    def overrides(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(regroupings.c.claim_id, regroupings.c.group_id)).all())

    def save_verdict(
        self,
        group_id: str,
        verdict: str,
        reviewer: str,
        accepted_value: float | None = None,
        note: str = "",
        expected_version: int = 0,
        email: str | None = None,
        members: Collection[str] | None = None,
    ) -> int:
        """Save a group's verdict if nobody saved it since ``expected_version``; return the new version.

        ``members``: the claim ids of the group as the reviewer saw it (reconciled from this store
        when not given); kept with the verdict, so that a group whose members change later is to
        be reviewed again (``views.changed_since_decided``).
        """
        from workbench.schema import VERDICTS

        _check_reviewer(reviewer, email)
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        if not _usable(accepted_value, open_ok=True):
            raise ValueError(
                f"{accepted_value!r} is not a usable accepted value: a finite number below {MAX_FIGURE:.0e}"
            )
        values = {
            "verdict": verdict,
            "accepted_value": accepted_value,
            "note": note,
            "reviewer": reviewer,
            "reviewed_at": _now(),
            "email": email,
        }
        seen = self._members_keys([group_id], {group_id: members} if members is not None else None)
        logged = values | {"members": seen[group_id]}
        with self._write() as conn:
            current = conn.execute(select(verdicts).where(verdicts.c.group_id == group_id)).mappings().first()
            if expected_version == 0 and current is None:
                try:
                    with conn.begin_nested():
                        conn.execute(insert(verdicts).values(group_id=group_id, version=1, **values))
                except IntegrityError:
                    current = (
                        conn.execute(select(verdicts).where(verdicts.c.group_id == group_id))
                        .mappings()
                        .first()
                    )
                else:
                    new = json.dumps(logged)
                    self._log(conn, (reviewer, email), "verdict", "group", group_id, "verdict", None, new)
                    return 1
            done = conn.execute(
                update(verdicts)
                .where(verdicts.c.group_id == group_id, verdicts.c.version == expected_version)
                .values(version=verdicts.c.version + 1, **values)
            )
            if done.rowcount != 1:
                if current is None:
                    raise StaleWriteError(
                        f"group {group_id}'s verdict was taken back since you loaded it; it has none now"
                    )
                raise StaleWriteError(
                    f"group {group_id} was changed by {current['reviewer']} since you loaded it",
                    dict(current),
                )
            old = {k: current[k] for k in values} if current else None
            self._log(
                conn,
                (reviewer, email),
                "verdict",
                "group",
                group_id,
                "verdict",
                json.dumps(old),
                json.dumps(logged),
            )
            return expected_version + 1

    def _members_keys(
        self, group_ids: Collection[str], given: Mapping[str, Collection[str]] | None
    ) -> dict[str, str]:
        """group_id -> ``views.members_key`` of its claims and what they say: from ``given`` (claim
        ids, or ``views.member_tokens``; ids are read with their stored content, corrections
        applied), else reconciled from the store (the groups a reviewer sees, bundled ontology)."""
        from workbench.views import MEMBER_SEP, group_members, member_tokens, members_key

        if given is not None and all(g in given for g in group_ids):
            wanted = {str(c) for g in group_ids for c in given[g] if MEMBER_SEP not in str(c)}
            known: dict[str, str] = {}
            if wanted:
                stored = self.claims()
                stored = stored[stored["claim_id"].isin(wanted)]
                known = dict(zip(stored["claim_id"], member_tokens(stored), strict=True))
            return {g: members_key([known.get(str(c), str(c)) for c in given[g]]) for g in group_ids}
        from workbench.reconcile import reconcile

        rec = reconcile(self.claims(), overrides=self.overrides(), stories=self.story_ids())
        now = group_members(rec.claims)
        return {g: now.get(g, members_key([])) for g in group_ids}

    def verdicts(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(select(verdicts)).mappings().all()
        cols = [c.name for c in verdicts.columns]
        return pd.DataFrame(rows, columns=cols)

    def verdict_version(self, group_id: str) -> int:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(verdicts.c.version).where(verdicts.c.group_id == group_id)).scalar() or 0
            )

    def verdict(self, group_id: str) -> dict | None:
        """A group's saved decision (verdict, accepted value, note, who, when, version), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(verdicts).where(verdicts.c.group_id == group_id)).mappings().first()
        return dict(row) if row else None

    def accept_groups(
        self,
        expected: dict[str, int],
        reviewer: str,
        note: str = "",
        email: str | None = None,
        verdict: str = "consistent",
        members: Mapping[str, Collection[str]] | None = None,
    ) -> tuple[list[str], list[str]]:
        """One verdict on many groups in one transaction (a reviewer's bulk action): each group is
        saved only if it still has the version the reviewer saw; returns (saved, skipped).
        ``members``: group_id -> its claim ids as seen (see ``save_verdict``)."""
        from workbench.schema import VERDICTS

        _check_reviewer(reviewer, email)
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        saved, skipped = [], []
        seen = self._members_keys(list(expected), members)
        with self._write() as conn:
            now = _now()
            for gid, version in expected.items():
                current = conn.execute(select(verdicts).where(verdicts.c.group_id == gid)).mappings().first()
                if (current["version"] if current else 0) != version:
                    skipped.append(gid)
                    continue
                values = {
                    "verdict": verdict,
                    "accepted_value": None,
                    "note": note,
                    "reviewer": reviewer,
                    "reviewed_at": now,
                    "email": email,
                }
                if current is None:
                    conn.execute(insert(verdicts).values(group_id=gid, version=1, **values))
                else:
                    conn.execute(
                        update(verdicts)
                        .where(verdicts.c.group_id == gid)
                        .values(version=version + 1, **values)
                    )
                old = json.dumps({k: current[k] for k in values}) if current else None
                logged = json.dumps(values | {"members": seen[gid]})
                self._log(conn, (reviewer, email), "verdict", "group", gid, "verdict", old, logged)
                saved.append(gid)
        return saved, skipped

    def claim_names(self) -> pd.DataFrame:
        """Every stored claim's id, figure as written, unit, article and its title, "not a claim"
        ones too: what messages and the decision history name."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    claims.c.claim_id, claims.c.doc_id, claims.c.number_text, claims.c.unit, documents.c.title
                ).join(documents, documents.c.doc_id == claims.c.doc_id, isouter=True)
            ).all()
        frame = pd.DataFrame(rows, columns=["claim_id", "doc_id", "number_text", "unit", "title"])
        return frame.fillna({"title": "", "unit": "", "number_text": ""})

    def audit_log(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(select(audit).order_by(audit.c.id)).mappings().all()
        log = pd.DataFrame(rows, columns=[c.name for c in audit.columns])
        log["undoes"] = pd.to_numeric(log["undoes"]).astype("Int64")  # one dtype, empty or not
        return log

    def deleted_documents(self) -> set[tuple[str, str]]:
        """(doc_id, text hash) of every document an editor deleted and nobody stored again: a
        start-up that reads the same folders must not bring them back."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(audit.c.entity_id, audit.c.old).where(
                    audit.c.action == "delete", audit.c.entity == "document"
                )
            ).all()
            stored = set(conn.execute(select(documents.c.doc_id)).scalars())
        gone = set()
        for doc_id, old in rows:
            try:
                digest = json.loads(old or "{}").get("text_hash") or ""
            except ValueError:
                digest = ""
            if doc_id not in stored:
                gone.add((doc_id, digest))
        return gone

    def undoable(self) -> pd.DataFrame:
        """The audit entries of decisions that may still be undone (not undone yet), newest first."""
        log = self.audit_log()
        open_ = log["action"].isin(UNDOABLE) & ~log["id"].isin(set(log["undoes"].dropna()))
        return log[open_].sort_values("id", ascending=False).reset_index(drop=True)

    def undo_last(self, reviewer: str, email: str | None = None) -> str | None:
        """Undo the reviewer's last decision; a line saying which (ids), or None. See
        ``undo_last_decision``, which returns the decision itself for a page to name."""
        last = self.undo_last_decision(reviewer, email)
        return None if last is None else _undid(last)

    def undo_last_decision(self, reviewer: str, email: str | None = None) -> dict | None:
        """Undo the reviewer's last decision not yet undone (signed in: the last one made with that
        email; locally: under that name), and return its audit entry (None: nothing to undo). The
        log is append-only: the undo is a new entry that names the one it reverses. Like every
        write, an undo checks that the decision is still the current one: if another reviewer
        changed it since, StaleWriteError, nothing undone.
        """
        _check_reviewer(reviewer, email)
        with self._write() as conn:
            mine = audit.c.email == email if email else audit.c.reviewer == reviewer
            entries = conn.execute(select(audit).where(mine).order_by(audit.c.id.desc())).mappings().all()
            undone = self._undone(conn)
            last = next((e for e in entries if e["action"] in UNDOABLE and e["id"] not in undone), None)
            if last is None:
                return None
            return self._undo(conn, last, reviewer, email)

    def undo_entry(self, entry_id: int, reviewer: str, email: str | None = None) -> str:
        """Undo one decision by its audit entry, whoever made it; a line saying which (ids)."""
        return _undid(self.undo_decision(entry_id, reviewer, email))

    def undo_decision(self, entry_id: int, reviewer: str, email: str | None = None) -> dict:
        """Undo one decision by its audit entry, whoever made it (an editor's undo), with the same
        checks as ``undo_last_decision``: still the current decision, not undone already."""
        _check_reviewer(reviewer, email)
        with self._write() as conn:
            entry = conn.execute(select(audit).where(audit.c.id == int(entry_id))).mappings().first()
            if entry is None or entry["action"] not in UNDOABLE:
                raise ValueError(f"audit entry {entry_id} is not a decision that can be undone")
            if entry["id"] in self._undone(conn):
                raise StaleWriteError(f"cannot undo: audit entry {entry_id} was undone already")
            return self._undo(conn, entry, reviewer, email)

    @staticmethod
    def _undone(conn: Connection) -> set[int]:
        return set(conn.scalars(select(audit.c.undoes).where(audit.c.undoes.is_not(None))))

    def _undo(self, conn: Connection, last, reviewer: str, email: str | None) -> dict:
        entity = last["entity_id"]
        if last["action"] == "verdict":
            self._undo_verdict(conn, last)
        else:
            entity = self._current_claim(conn, entity)
            if last["action"] == "correct":
                self._undo_correction(conn, entity, last, reviewer, email)
            else:
                self._undo_move(conn, entity, last, reviewer, email)
        self._log(
            conn,
            (reviewer, email),
            "undo",
            last["entity"],
            entity,
            last["field"],
            last["new"],
            last["old"],
            undoes=last["id"],
        )
        return dict(last) | {"entity_id": entity}

    @staticmethod
    def _undo_verdict(conn: Connection, last) -> None:
        gid = last["entity_id"]
        current = conn.execute(select(verdicts).where(verdicts.c.group_id == gid)).mappings().first()
        mine = json.loads(last["new"])
        mine.pop("members", None)  # what the verdict was given on, not a column of it
        if current is None or any(current[k] != mine[k] for k in mine):
            if current is None:
                raise StaleWriteError(f"cannot undo: group {gid}'s verdict was taken back since yours")
            raise StaleWriteError(
                f"cannot undo: group {gid} was changed by {current['reviewer']} since your verdict"
            )
        old = json.loads(last["old"]) if last["old"] else None
        same = (verdicts.c.group_id == gid, verdicts.c.version == current["version"])
        if old is None:
            done = conn.execute(delete(verdicts).where(*same))
        else:
            old["email"] = old.get("email")  # entries from before signed-in reviewers have none
            done = conn.execute(update(verdicts).where(*same).values(version=verdicts.c.version + 1, **old))
        if done.rowcount != 1:
            raise StaleWriteError(f"cannot undo: group {gid} was changed while undoing")

    @staticmethod
    def _undo_figure(conn: Connection, claim_id: str, last, reviewer: str, email: str | None) -> None:
        """Undo a corrected figure: every field it wrote, if none was changed since."""
        new, old = json.loads(last["new"]), json.loads(last["old"])
        fields = [f for f in FIGURE_CORRECTION if f in new]
        for name in fields:
            cond = (corrections.c.claim_id == claim_id, corrections.c.field == name)
            current = conn.execute(select(corrections).where(*cond)).mappings().first()
            if current is None or current["value"] != json.dumps(new[name]):
                who = current["reviewer"] if current else "someone"
                raise StaleWriteError(
                    f"cannot undo: the {name} of claim {claim_id} was changed by {who} since"
                )
        for name in fields:
            cond = (corrections.c.claim_id == claim_id, corrections.c.field == name)
            conn.execute(delete(corrections).where(*cond))
            stored = conn.execute(select(claims.c[name]).where(claims.c.claim_id == claim_id)).scalar()
            if json.dumps(old.get(name)) != json.dumps(_plain(stored)):  # it was another correction
                conn.execute(
                    insert(corrections).values(
                        claim_id=claim_id,
                        field=name,
                        value=json.dumps(old.get(name)),
                        reviewer=reviewer,
                        at=_now(),
                        email=email,
                    )
                )

    @staticmethod
    def _undo_correction(conn: Connection, claim_id: str, last, reviewer: str, email: str | None) -> None:
        if last["field"] == "figure":
            ClaimStore._undo_figure(conn, claim_id, last, reviewer, email)
            return
        cond = (corrections.c.claim_id == claim_id, corrections.c.field == last["field"])
        current = conn.execute(select(corrections).where(*cond)).mappings().first()
        if current is None or current["value"] != last["new"]:
            who = current["reviewer"] if current else "someone"
            raise StaleWriteError(
                f"cannot undo: {last['field']} of claim {claim_id} was changed by {who} since"
            )
        conn.execute(delete(corrections).where(*cond))
        if last["old"] is None or last["field"] == "not_a_claim":
            return
        stored = conn.execute(select(claims.c[last["field"]]).where(claims.c.claim_id == claim_id)).scalar()
        if last["old"] != json.dumps(_plain(stored)):  # the value before was another correction: restore it
            conn.execute(
                insert(corrections).values(
                    claim_id=claim_id,
                    field=last["field"],
                    value=last["old"],
                    reviewer=reviewer,
                    at=_now(),
                    email=email,
                )
            )

    @staticmethod
    def _undo_move(conn: Connection, claim_id: str, last, reviewer: str, email: str | None) -> None:
        current = (
            conn.execute(select(regroupings).where(regroupings.c.claim_id == claim_id)).mappings().first()
        )
        if current is None or current["group_id"] != last["new"]:
            who = current["reviewer"] if current else "someone"
            raise StaleWriteError(f"cannot undo: claim {claim_id} was moved by {who} since")
        conn.execute(delete(regroupings).where(regroupings.c.claim_id == claim_id))
        moved_there = conn.execute(  # the group it left was a reviewer's, not the engine's
            select(audit.c.id).where(
                audit.c.action == "move",
                audit.c.entity_id.in_(ClaimStore._former_ids(conn, claim_id)),
                audit.c.new == last["old"],
                audit.c.id < last["id"],
            )
        ).first()
        if last["old"] and moved_there:
            conn.execute(
                insert(regroupings).values(
                    claim_id=claim_id, group_id=last["old"], reviewer=reviewer, at=_now(), email=email
                )
            )

    @staticmethod
    def _former_ids(conn: Connection, claim_id: str) -> set[str]:
        """A claim's id and the ids its decisions lived under before re-reads carried them."""
        carried = dict(conn.execute(select(audit.c.new, audit.c.old).where(audit.c.action == "carry")).all())
        seen = {claim_id}
        while claim_id in carried and carried[claim_id] not in seen:
            claim_id = carried[claim_id]
            seen.add(claim_id)
        return seen

    @staticmethod
    def _current_claim(conn: Connection, claim_id: str) -> str:
        """The id a claim's decisions live under now, following the re-reads that carried them."""
        carried = dict(conn.execute(select(audit.c.old, audit.c.new).where(audit.c.action == "carry")).all())
        seen = {claim_id}
        while claim_id in carried and carried[claim_id] not in seen:
            claim_id = carried[claim_id]
            seen.add(claim_id)
        return claim_id

    # --- stories --------------------------------------------------------------------------
    def story_ids(self) -> dict[str, str]:
        """doc_id -> the story id it was last reconciled under (see reconcile's ``stories``)."""
        with self.engine.connect() as conn:
            return dict(conn.execute(select(stories.c.doc_id, stories.c.story_id)).all())

    def save_story_ids(self, mapping: dict[str, str]) -> None:
        """Remember each document's story id; only changed ones are written (no write, no lock,
        when nothing changed: this runs after every reconciliation)."""
        if not {d: s for d, s in mapping.items() if self.story_ids().get(d) != s}:
            return
        with self._write() as conn:
            known = dict(conn.execute(select(stories.c.doc_id, stories.c.story_id)).all())
            for doc_id, story in mapping.items():
                if doc_id not in known:
                    conn.execute(insert(stories).values(doc_id=doc_id, story_id=story))
                elif known[doc_id] != story:
                    conn.execute(update(stories).where(stories.c.doc_id == doc_id).values(story_id=story))

    # --- documents -------------------------------------------------------------------------
    def delete_document(self, doc_id: str, reviewer: str, email: str | None = None) -> int:
        """Delete a document, its claims and the decisions on them (an editor's act; not undoable:
        the audit entry keeps its metadata and counts). Returns how many claims went."""
        _check_reviewer(reviewer, email)
        with self._write() as conn:
            doc = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).mappings().first()
            if doc is None:
                raise KeyError(f"no document {doc_id!r} in the store")
            ids = select(claims.c.claim_id).where(claims.c.doc_id == doc_id).scalar_subquery()
            decisions = sum(
                conn.execute(delete(table).where(table.c.claim_id.in_(ids))).rowcount
                for table in (corrections, regroupings)
            )
            n = conn.execute(delete(claims).where(claims.c.doc_id == doc_id)).rowcount
            conn.execute(delete(stories).where(stories.c.doc_id == doc_id))
            conn.execute(delete(documents).where(documents.c.doc_id == doc_id))
            kept = {k: doc[k] for k in ("title", "publication", "published", "url", "text_hash")}
            old = json.dumps(kept | {"claims": n, "decisions": decisions})
            self._log(conn, (reviewer, email), "delete", "document", doc_id, "document", old, None)
            return n

    @staticmethod
    def _log(
        conn: Connection,
        who: tuple[str, str | None],
        action: str,
        entity: str,
        entity_id: str,
        field: str,
        old: str | None,
        new: str | None,
        undoes: int | None = None,
    ) -> None:
        reviewer, email = who
        conn.execute(
            insert(audit).values(
                at=_now(),
                reviewer=reviewer,
                email=email,
                action=action,
                entity=entity,
                entity_id=entity_id,
                field=field,
                old=old,
                new=new,
                undoes=undoes,
            )
        )

    def state(self) -> tuple:
        """What the reconciliation of this store depends on, read cheaply (a few aggregates, and
        one row per document): equal states mean the same claims, corrections, moves and articles,
        so a cached reconciliation still holds. Another process (``workbench reconcile --db``, a
        second dashboard) may have replaced an article's claims by as many others: counts alone
        would not see it."""
        c = claims.c
        texts = (c.claim_id, c.qualifier, c.unit, c.metric, c.subject, c.source)
        with self.engine.connect() as conn:
            figures = conn.execute(
                select(
                    func.count(),
                    func.sum(c.value),
                    func.sum(c.low),
                    func.sum(c.high),
                    func.sum(c.start),
                    *(func.sum(func.length(t)) for t in texts),
                )
            ).one()
            log = conn.execute(select(func.count(), func.max(audit.c.id))).one()
            docs = conn.execute(
                select(
                    documents.c.doc_id,
                    documents.c.text_hash,
                    documents.c.title,
                    documents.c.publication,
                    documents.c.published,
                ).order_by(documents.c.doc_id)
            ).all()
        return tuple(figures), tuple(log), hash(tuple(map(tuple, docs)))

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(metadata.tables[table])).scalar() or 0


def _corrected(frame: pd.DataFrame, fixes: Iterable) -> pd.DataFrame:
    """Claims with the corrections ``fixes`` (rows of the corrections table) applied, "not a claim"
    rows removed, and rows without a usable figure left out."""
    dropped = set()
    for fix in fixes:
        if fix.field == "not_a_claim":
            dropped.add(fix.claim_id)
            continue
        value = json.loads(fix.value)
        if fix.field in FIGURE_FIELDS and not _usable(value, open_ok=fix.field != "value"):
            continue  # written before figures were checked: never let it reach a sum
        frame.loc[frame["claim_id"] == fix.claim_id, fix.field] = value
    frame = frame[~frame["claim_id"].isin(dropped)]
    return frame[sane_rows(frame)]  # rows stored before figures were checked


def fit_published(text: str) -> str:
    """A publication date that fits its column (40 characters): as it is when it does, else the
    date it names, in ISO form ("Monday, 2 January 2025 10:00:00 GMT+0000 (Coordinated Universal
    Time)" -> "2025-01-02T10:00:00+00:00"), else its first 40 characters. PostgreSQL refuses a longer
    one, and the article with it.

    >>> fit_published("2025-01-02"), fit_published("Monday, 2 January 2025 10:00:00 GMT+0000 (UTC time zone)")
    ('2025-01-02', '2025-01-02T10:00:00+00:00')
    >>> len(fit_published("no date in this long text at all, just words and more words"))
    40
    """
    limit = documents.c.published.type.length
    if len(text) <= limit:
        return text
    from dateutil import parser

    try:
        return parser.parse(text, fuzzy=True).isoformat()[:limit]
    except (ValueError, OverflowError):
        return text[:limit]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin_immediate(conn: Connection) -> None:
    """Take SQLite's write lock at BEGIN: two writers then queue (busy timeout) instead of one
    failing at once with "database is locked" when both try to upgrade a read transaction."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


UNDOABLE = ("verdict", "correct", "move")
DOCUMENT_FIELDS = ("doc_id", "title", "publication", "published")  # what a claims table carries


def _undid(entry: dict) -> str:
    return f"undid {entry['action']} on {entry['entity']} {entry['entity_id']}"


def _check_reviewer(reviewer: str, email: str | None) -> None:
    """Every decision names who made it: a name (and, signed in, an email) that fits the columns."""
    if not isinstance(reviewer, str) or not reviewer.strip():
        raise ValueError("a decision needs the reviewer's name")
    if len(reviewer) > MAX_REVIEWER:
        raise ValueError(f"a reviewer's name is at most {MAX_REVIEWER} characters")
    if email is not None and (not email.strip() or len(email) > MAX_EMAIL):
        raise ValueError(f"a reviewer's email is 1 to {MAX_EMAIL} characters")


def _usable(value: object, open_ok: bool) -> bool:
    """A figure a reviewer may write: a finite number below MAX_FIGURE (or None where open is fine)."""
    if value is None:
        return open_ok
    if isinstance(value, bool):
        return False
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and abs(number) < MAX_FIGURE


def _plain(value: object) -> object:
    """numpy and pandas scalars as plain Python values; NaN as None."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def document_names(store: ClaimStore) -> pd.DataFrame:
    """The stored documents' ids and titles (no texts: cheap enough for every page run)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(documents.c.doc_id, documents.c.title)).all()
    return pd.DataFrame(rows, columns=["doc_id", "title"])


def document_table(
    store: ClaimStore, columns: Sequence[str] | None = None, doc_ids: Collection[str] | None = None
) -> pd.DataFrame:
    """The stored documents: every column, text included, unless ``columns`` names the ones the
    caller needs (a text is up to megabytes: leave it out where it is not read); only those of
    ``doc_ids`` when given."""
    cols = [documents.c[c] for c in columns] if columns is not None else list(documents.columns)
    query = select(*cols)
    if doc_ids is not None:
        query = query.where(documents.c.doc_id.in_(list(doc_ids)))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    return pd.DataFrame(rows, columns=[c.name for c in cols])
