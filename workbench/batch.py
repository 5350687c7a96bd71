"""Extracting many files: one file at a time with its errors, and which documents a run keeps.

The same rules wherever extraction runs (one process, ``--jobs N``, a Dask cluster), so the
rows are the same: a file yields its documents' claim rows and the errors of those that fail or
run over their :class:`~workbench.budget.Budget` (:func:`extract_file`); a :class:`Ledger` then
walks the documents in the run's order and keeps the first of each text, under an id no earlier
document took.

>>> ledger = Ledger(IdAllocator({"storm"}))
>>> [ledger.admit("storm", b"a", True), ledger.admit("storm", b"a", True), ledger.admit("x", b"b", False)]
['storm~2', None, 'x']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.budget import Budget, OverBudget, within
from workbench.documents import CORPUS_SUFFIXES, Document, ReadError, read_path, text_hash
from workbench.files import IdAllocator, printable

if TYPE_CHECKING:
    from workbench.rows import Chunk

__all__ = ["DEFAULT_BUDGET", "DocClaims", "Ledger", "extract_file", "is_corpus", "renamed"]

DEFAULT_BUDGET = Budget()

# One document's claims: (doc_id, digest of its text, claim rows as plain dicts, notes on the
# lines skipped as data dumps, where it is and what it says of itself: see :func:`provenance`).
DocClaims = tuple[str, bytes, list[dict], list[str], str]


def is_corpus(path: str | Path) -> bool:
    """A CSV or JSON Lines file of one article per row (its rows carry their own ids)."""
    return (path if isinstance(path, Path) else Path(path)).suffix.lower() in CORPUS_SUFFIXES


def digest(text: str) -> bytes:
    """A document text's identity in 16 bytes (the first half of :func:`text_hash`)."""
    return bytes.fromhex(text_hash(text)[:32])


def provenance(where: str, doc: Document) -> str:
    """A document as a repeat of another is named: where it is, and the publication, date and URL
    it gives (a syndicated story ran there too, which a reader of the report wants to know).

    >>> provenance("dup.jsonl [b]", Document("b", "x", publication="Daily Post", published="2025-03-02"))
    'dup.jsonl [b] (Daily Post, 2025-03-02)'
    """
    said = ", ".join(x for x in (doc.publication, doc.published, doc.url) if x)
    return f"{where} ({said})" if said else where


def extract_file(
    item: tuple[Path | str, str, int],
    budget: Budget | None = DEFAULT_BUDGET,
    guard: Callable[[Budget | None, int], AbstractContextManager[None]] = within,
    seen: set[bytes] | None = None,
    chunk: Chunk | None = None,
) -> tuple[list[DocClaims], list[ReadError]]:
    """One file (``path``, ``doc_id``, ``max_bytes``) -> its documents' claims and its errors;
    given a corpus file's ``chunk`` (:func:`~workbench.rows.corpus_chunks`), its rows only.

    An article file is one document; a corpus file one per row. A document that cannot be read
    or extracted, or runs over ``budget`` (enforced by ``guard``: :func:`~workbench.budget.within`,
    or :func:`~workbench.budget.watched` outside a main thread), is a :class:`ReadError` naming it
    and the reason; the others still count. Given ``seen`` (the digests of the texts a caller
    extracted before, added to as this one extracts), a text in it is not extracted again and
    gives no rows: a :class:`Ledger` walking the same order drops it anyway.
    """
    from workbench.extract.pipeline import claim_rows, data_dump_lines  # the grammar, via the regex cache

    path, doc_id, max_bytes = item
    path = path if isinstance(path, Path) else Path(path)  # parsed again, a path costs microseconds
    docs: list[DocClaims] = []
    errors: list[ReadError] = []
    try:
        for doc in read_path(path, doc_id, max_bytes, chunk=chunk):
            if isinstance(doc, ReadError):
                errors.append(doc)
                continue
            where = printable(path) + ("" if doc.doc_id == doc_id else f" [{doc.doc_id}]")
            text_digest = digest(doc.text)
            try:
                if seen is not None and text_digest in seen:
                    rows = []
                else:
                    with guard(budget, len(doc.text)):
                        rows = claim_rows(doc.text, doc.doc_id, doc.metadata)
            except OverBudget as exc:
                errors.append(ReadError(where, f"skipped, {exc}"))
                continue
            except Exception as exc:  # this document's failure, never the run's
                errors.append(ReadError(where, f"could not extract ({type(exc).__name__}: {exc})"))
                continue
            if seen is not None:
                seen.add(text_digest)
            notes = [
                f"{where}: line {doc.text.count(chr(10), 0, s) + 1} skipped as a data dump "
                f"({e - s:,} characters dense with figures)"
                for s, e in data_dump_lines(doc.text)
            ]
            docs.append((doc.doc_id, text_digest, rows, notes, provenance(where, doc)))
    except Exception as exc:  # a reader bug must not take the other files down either
        errors.append(ReadError(printable(path), f"could not read ({type(exc).__name__}: {exc})"))
    return docs, errors


def renamed(rows: list[dict], doc_id: str) -> list[dict]:
    """A corpus row's claims under the unique id it was given (claim ids follow the doc_id)."""
    return [
        r
        | {
            "doc_id": doc_id,
            "claim_id": hashlib.sha1(f"{doc_id}\x1f{r['claim_id']}".encode()).hexdigest()[:16],
        }
        for r in rows
    ]


class Ledger:
    """The documents a run keeps, seen in the run's order: the first of each text, under its id.

    Article files keep the ids :func:`~workbench.documents.article_paths` gave them (taken from
    the same ``ids``); a corpus row whose id is taken (by a file, or a row of an earlier corpus)
    gets a longer one.
    """

    def __init__(self, ids: IdAllocator) -> None:
        self.ids = ids
        self.first: dict[bytes, str] = {}  # a text's digest -> the id its first document has
        self.read = 0
        self.duplicates = 0
        self.repeats: list[str] = []  # each document not kept, named with the one it repeats

    def admit(self, doc_id: str, text_digest: bytes, corpus: bool, where: str = "") -> str | None:
        """The id a document is kept under, or None when its text was read before: it is then
        named in ``repeats`` (``where``, else its id) with the id its claims are under."""
        self.read += 1
        kept = self.first.get(text_digest)
        if kept is not None:
            self.duplicates += 1
            self.repeats.append(
                f"{where or doc_id}: the same text as {kept}, read once (its claims are {kept}'s)"
            )
            return None
        unique = self.ids.take(doc_id) if corpus else doc_id
        self.first[text_digest] = unique
        return unique
