"""A corpus in memory: documents read, claims extracted, unreadable files listed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.documents import ReadError, read_documents, text_hash
from workbench.extract.pipeline import extract_claims
from workbench.schema import empty_claims


@dataclass
class Corpus:
    """Claims of every readable document, its text by doc_id, and what could not be read."""

    claims: pd.DataFrame
    texts: dict[str, str]
    errors: list[ReadError] = field(default_factory=list)
    repeats: dict[str, str] = field(default_factory=dict)  # a document not kept -> the one with its text


def load_corpus(paths: str | Path | Iterable[str | Path]) -> Corpus:
    """Read and extract every article under ``paths``; duplicate texts are read once, each repeat
    named in ``repeats``; a document that cannot be read or extracted is listed in ``errors`` and
    the rest go on."""
    frames: list[pd.DataFrame] = []
    texts: dict[str, str] = {}
    errors: list[ReadError] = []
    seen: dict[str, str] = {}  # a text's hash -> the document kept with it
    repeats: dict[str, str] = {}
    for doc in read_documents(paths):
        if isinstance(doc, ReadError):
            errors.append(doc)
            continue
        key = text_hash(doc.text)
        if key in seen:
            repeats[doc.doc_id] = seen[key]  # named, not dropped unseen
            continue
        seen[key] = doc.doc_id
        try:
            frames.append(extract_claims(doc.text, doc.doc_id, doc.metadata))
        except Exception as exc:  # this document's failure, never the whole corpus's
            errors.append(ReadError(doc.doc_id, f"could not extract ({type(exc).__name__}: {exc})"))
            continue
        texts[doc.doc_id] = doc.text
    claims = pd.concat(frames, ignore_index=True) if frames else empty_claims()
    return Corpus(claims, texts, errors, repeats)
