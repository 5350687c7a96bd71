"""A reviewer's workspace: the store plus ingestion and reconciliation, with no UI in it.

The dashboard and the notebooks hold one of these and call it; it never imports Streamlit.

>>> ws = Workspace("sqlite://")
>>> ws.ingest([Document("a", "Police said 12 people were killed.")]).added
['a']
>>> ws.reconciled()[["number_text", "source", "status"]].values.tolist()
[['12', 'police', 'single']]
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.documents import Document, ReadError, id_label, read_documents, text_hash
from workbench.export import reconciled_table
from workbench.extract.pipeline import extract_claims
from workbench.figurecheck import row_problems
from workbench.files import IdAllocator, printable
from workbench.parquet import is_parquet, read_claims
from workbench.reconcile import Reconciliation, reconcile
from workbench.schema import sane_rows
from workbench.store import ClaimStore, document_names, document_table, documents, first_line
from workbench.views import group_members, group_tokens, review_again

MAX_DOC_ID = documents.c.doc_id.type.length


@dataclass
class IngestReport:
    """What an ingestion did: documents added or replaced, unchanged ones skipped, failures named."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # id asked for -> id given (it was taken)
    refused_figures: int = 0  # figures too large or not finite: not claims
    deleted_before: list[str] = field(default_factory=list)  # deleted by an editor: not read again
    same_as: dict[str, str] = field(default_factory=dict)  # an unchanged one -> the stored id of its text


def replace_id(doc: Document, doc_id: str) -> Document:
    return dataclasses.replace(doc, doc_id=doc_id)


class Workspace:
    """Documents, claims and decisions in one store, and the reconciliation over them."""

    STATE_TTL = 2.0  # seconds: how late another process's write to the store may be seen

    def __init__(self, url: str, tolerance: float = 0.10, fx_margin: float = 0.02) -> None:
        self.store = ClaimStore(url)
        self.tolerance = tolerance
        self.fx_margin = fx_margin  # around a figure converted from another currency
        self._cache: tuple[tuple, Reconciliation] | None = None
        # The cached reconciliation's groups: member tokens and keys, computed once for it.
        self._members: tuple[Reconciliation, dict[str, list[str]], dict[str, str]] | None = None
        self._seen: tuple[float, int, tuple] | None = None  # (when, own writes, store state)

    def ingest(
        self,
        items: Iterable[Document | ReadError],
        progress=None,
        replace: Mapping[str, str] | None = None,
        reread: bool = False,
        keep_deleted: bool = False,
    ) -> IngestReport:
        """Extract and store documents; texts already stored unchanged are not re-extracted.

        A stored document is never overwritten silently: a document whose id is stored with
        another text gets a new id (``report.renamed``), unless ``replace`` maps its id to the
        stored one it replaces (the reviewer's confirmed choice) or ``reread`` is set (files from
        disk: the same path is the same article, edited). A replaced article keeps its id, so the
        decisions on its unchanged figures carry over. With ``keep_deleted`` (a start-up reading its
        folders again), a document an editor deleted stays deleted: same id and same text are
        skipped (``report.deleted_before``); an upload is a new choice and adds it again.
        """
        report = IngestReport()
        deleted = self.store.deleted_documents() if keep_deleted else set()
        known = dict(zip(*self._hashes(), strict=True))
        seen_texts: dict[str, str] = {}  # a text's hash -> the id it is stored under
        for doc_id, digest in known.items():
            seen_texts.setdefault(digest, doc_id)
        ids = IdAllocator(set(known))
        replace = dict(replace or {})
        for n, item in enumerate(items):
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            digest = text_hash(item.text)
            if (item.doc_id, digest) in deleted:
                report.deleted_before.append(item.doc_id)
                continue
            target = replace.get(item.doc_id)
            if target is not None:
                item = replace_id(item, target)
            elif known.get(item.doc_id) == digest or (item.doc_id not in known and digest in seen_texts):
                report.unchanged.append(item.doc_id)  # same text: read once, and named
                report.same_as[item.doc_id] = (
                    item.doc_id if known.get(item.doc_id) == digest else seen_texts[digest]
                )
                continue
            elif item.doc_id in known and not reread:
                new_id = ids.take(item.doc_id)
                report.renamed[item.doc_id] = new_id
                item = replace_id(item, new_id)
            meta = {
                "doc_id": item.doc_id,
                "title": item.title,
                "publication": item.publication,
                "published": item.published,
                "url": item.url,
                "author": item.author,
            }
            if len(item.doc_id) > MAX_DOC_ID:  # PostgreSQL would refuse it with the whole statement
                why = f"its name is {len(item.doc_id)} characters, over the store's {MAX_DOC_ID}"
                report.errors.append(ReadError(item.doc_id[:80] + "…", why))
                continue
            try:
                claims = extract_claims(item.text, item.doc_id, item.metadata)
                report.refused_figures += self.store.save_extraction(meta, claims, item.text)
            except Exception as exc:  # this document's failure, never the whole ingestion's
                # The first line only: a database error goes on with the statement and the text.
                why = f"could not extract or store ({type(exc).__name__}: {first_line(exc)})"
                report.errors.append(ReadError(item.doc_id, why))
                continue
            (report.replaced if item.doc_id in known else report.added).append(item.doc_id)
            known[item.doc_id] = digest
            seen_texts.setdefault(digest, item.doc_id)
            ids.used.add(item.doc_id)
            if progress:
                progress(n, item.doc_id)
        self._cache = None
        return report

    def ingest_paths(
        self, paths: Iterable[str | Path], progress=None, keep_deleted: bool = False
    ) -> IngestReport:
        """Files and folders; a file read before under the same path is re-read in its place.
        ``keep_deleted``: documents an editor deleted are not read back (see :meth:`ingest`).

        A Parquet claims table (a ``.parquet`` file or dataset folder) is loaded as claims
        (:meth:`load_claims`); everything else is read as articles.
        """
        paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
        tables = [p for p in paths if is_parquet(p)]
        docs = read_documents([p for p in paths if p not in tables])
        report = self.ingest(docs, progress, reread=True, keep_deleted=keep_deleted)
        for table in tables:
            loaded = self.load_claims(table)
            report.added += loaded.added
            report.replaced += loaded.replaced
            report.errors += loaded.errors
            report.refused_figures += loaded.refused_figures
        return report

    def load_claims(self, path: str | Path) -> IngestReport:
        """Claims extracted elsewhere (``workbench extract``'s CSV, or Parquet: a file or a dataset
        folder, say from a Dask cluster) into the store, one document at a time; a stored
        document's claims are replaced, its decisions carried over as on re-extraction. A claims
        table holds no article text, so the dashboard shows such a document's sentences only.

        A file that is not a claims table is reported in ``errors``; rows without a usable figure
        are counted in ``refused_figures``.
        """
        report = IngestReport()
        try:
            table = read_claims(path)
        except (OSError, ValueError) as exc:
            report.errors.append(ReadError(printable(path), str(exc)))
            return report
        known = set(self._hashes()[0])
        sane = sane_rows(table)
        sane[sane] = row_problems(table[sane]).eq("")  # no id, a repeated id, a text too long to store
        report.refused_figures = int((~sane).sum())
        self.store.save_claims(table[sane])
        for doc_id in table.loc[sane, "doc_id"].drop_duplicates():
            (report.replaced if doc_id in known else report.added).append(doc_id)
        self._cache = None
        return report

    def namesakes(self, doc: Document) -> list[str]:
        """Stored documents with the same name or title as ``doc`` (other than itself): the ones a
        reviewer may mean to replace."""
        docs = document_names(self.store)
        if docs.empty or doc.doc_id in set(docs["doc_id"]):
            return []  # the same text is stored already (a generated id hashes the text)
        label = id_label(doc.doc_id)
        same = docs["doc_id"].map(id_label).eq(label)
        if doc.title.strip():
            same |= docs["title"].fillna("").str.strip().eq(doc.title.strip())
        return sorted(d for d in docs.loc[same, "doc_id"] if d != doc.doc_id)

    def _hashes(self) -> tuple[list[str], list[str]]:
        docs = document_table(self.store, ["doc_id", "text_hash"])
        return docs["doc_id"].tolist(), docs["text_hash"].tolist()

    def documents(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The stored documents, texts included unless ``columns`` leaves them out."""
        return document_table(self.store, columns)

    def texts(self, doc_ids: Collection[str] | None = None) -> dict[str, str]:
        """doc_id -> its text: every document's, or only those of ``doc_ids`` (a page that shows
        one article reads one text)."""
        docs = document_table(self.store, ["doc_id", "text"], doc_ids)
        return dict(zip(docs["doc_id"], docs["text"].fillna(""), strict=True))

    def _state(self) -> tuple:
        """The store's state (``ClaimStore.state``), read again after any write through this
        store and otherwise at most every ``STATE_TTL`` seconds: its aggregates take a quarter of a
        second on 100,000 claims, and a page asks several times per drawing. Another process's
        write is seen within ``STATE_TTL``."""
        now = time.monotonic()
        seen = self._seen
        if seen is None or seen[1] != self.store.writes or now - seen[0] >= self.STATE_TTL:
            seen = self._seen = (now, self.store.writes, self.store.state())
        return seen[2]

    def reconciliation(self) -> Reconciliation:
        """The reconciliation of the stored claims, with the reviewers' regrouping applied."""
        state = self._state()
        if self._cache is None or self._cache[0] != state:
            claims = self.store.claims()
            rec = reconcile(
                claims,
                self.tolerance,
                overrides=self.store.overrides(),
                stories=self.store.story_ids(),
                fx_margin=self.fx_margin,
            )
            self.store.save_story_ids(rec.stories)  # group ids stay when articles join a story
            self._cache = (state, rec)
        return self._cache[1]

    def _group_members(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        rec = self.reconciliation()
        if self._members is None or self._members[0] is not rec:
            tokens = group_tokens(rec.claims)
            self._members = (rec, tokens, group_members(rec.claims, tokens))
        return self._members[1], self._members[2]

    def members(self) -> dict[str, list[str]]:
        """group_id -> its claims and what each says (``views.group_tokens``): what a verdict is
        given on. Computed once per reconciliation, however often a page asks."""
        return self._group_members()[0]

    def member_keys(self) -> dict[str, str]:
        """group_id -> ``views.members_key`` of its claims, once per reconciliation."""
        return self._group_members()[1]

    def review_again(self, log: pd.DataFrame | None = None) -> set[str]:
        """The groups to review again (``views.review_again``); ``log``: the audit log, when the
        caller has read it."""
        log = self.store.audit_log() if log is None else log
        return review_again(log, self.reconciliation().claims, self.member_keys())

    def reconciled(self) -> pd.DataFrame:
        """Every claim with its group, status and the reviewer's verdict (the reconciled CSV)."""
        rec = self.reconciliation()
        return reconciled_table(rec.claims, self.store.verdicts(), rec.derived, self.review_again())
