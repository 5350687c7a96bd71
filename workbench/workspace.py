"""A reviewer's workspace: the store plus ingestion and reconciliation, with no UI in it.

The dashboard and the notebooks hold one of these and call it; it never imports Streamlit.

>>> ws = Workspace("sqlite://")
>>> ws.ingest([Document("a", "Police said 12 people were killed.")]).added
['a']
>>> ws.reconciled()[["number_text", "source", "status"]].values.tolist()
[['12', 'police', 'single']]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.documents import Document, ReadError, read_documents, text_hash
from workbench.export import reconciled_table
from workbench.extract.pipeline import extract_claims
from workbench.reconcile import Reconciliation, reconcile
from workbench.store import ClaimStore, document_table


@dataclass
class IngestReport:
    """What an ingestion did: documents added, unchanged ones skipped, files that failed."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


class Workspace:
    """Documents, claims and decisions in one store, and the reconciliation over them."""

    def __init__(self, url: str, tolerance: float = 0.10) -> None:
        self.store = ClaimStore(url)
        self.tolerance = tolerance
        self._cache: tuple[int, Reconciliation] | None = None

    def ingest(self, items: Iterable[Document | ReadError], progress=None) -> IngestReport:
        """Extract and store documents; texts already stored unchanged are not re-extracted."""
        report = IngestReport()
        known = dict(zip(*self._hashes(), strict=True))
        seen_texts: set[str] = set(known.values())
        for n, item in enumerate(items):
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            digest = text_hash(item.text)
            if known.get(item.doc_id) == digest or (item.doc_id not in known and digest in seen_texts):
                report.unchanged.append(item.doc_id)  # same text: read once
                continue
            meta = {
                "doc_id": item.doc_id,
                "title": item.title,
                "publication": item.publication,
                "published": item.published,
                "url": item.url,
                "author": item.author,
            }
            self.store.save_extraction(meta, extract_claims(item.text, item.doc_id, item.metadata), item.text)
            seen_texts.add(digest)
            report.added.append(item.doc_id)
            if progress:
                progress(n, item.doc_id)
        self._cache = None
        return report

    def ingest_paths(self, paths: Iterable[str | Path], progress=None) -> IngestReport:
        return self.ingest(read_documents(paths), progress)

    def _hashes(self) -> tuple[list[str], list[str]]:
        docs = document_table(self.store)
        return docs["doc_id"].tolist(), docs["text_hash"].tolist()

    def documents(self) -> pd.DataFrame:
        return document_table(self.store)

    def texts(self) -> dict[str, str]:
        docs = self.documents()
        return dict(zip(docs["doc_id"], docs["text"].fillna(""), strict=True))

    def reconciliation(self) -> Reconciliation:
        """The reconciliation of the stored claims, with the reviewers' regrouping applied."""
        state = self.store.count("audit") + self.store.count("claims") * 1_000_003
        if self._cache is None or self._cache[0] != state:
            claims = self.store.claims()
            self._cache = (state, reconcile(claims, self.tolerance, overrides=self.store.overrides()))
        return self._cache[1]

    def reconciled(self) -> pd.DataFrame:
        """Every claim with its group, status and the reviewer's verdict (the reconciled CSV)."""
        return reconciled_table(self.reconciliation().claims, self.store.verdicts())
