"""Document text -> the claims DataFrame (the contract's table).

>>> df = extract_claims("Officials said 14 people were killed on 3 May.", doc_id="d")
>>> df[["number_text", "value", "metric", "source"]].values.tolist()
[['14', 14.0, 'killed', 'officials']]
"""

from __future__ import annotations

import hashlib

import pandas as pd
import regex

from workbench.extract.attribution import DocumentContext
from workbench.extract.metrics import MetricReader, Reading
from workbench.extract.numbers import NumberMention, find_numbers
from workbench.lexicon import alternation
from workbench.lexicon.metrics import EVENT_WORDS
from workbench.lexicon.numbers import DETERMINERS, DURATION_CLAIM_AFTER, DURATION_UNITS
from workbench.schema import as_claims, empty_claims

RE_DETERMINER_BEFORE = regex.compile(
    rf"\b(?:{alternation(DETERMINERS)})\ $", regex.IGNORECASE | regex.REVERSE
)
RE_DURATION_CLAIM_AFTER = regex.compile(rf"\s+(?:{alternation(DURATION_CLAIM_AFTER)})\b", regex.IGNORECASE)
_EVENTS = frozenset(EVENT_WORDS)


def claim_id(doc_id: str, start: int, end: int) -> str:
    """Stable id: the same document and span always give the same id.

    >>> claim_id("seed", 10, 17) == claim_id("seed", 10, 17) != claim_id("seed", 10, 18)
    True
    """
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def _is_claim(text: str, m: NumberMention, metric: str) -> bool:
    """Spelled-out small numbers are claims only when they count something; a denied figure
    ("no one was hurt", "none of the 40 passengers") is no claim at all."""
    if m.negated:
        return False
    if m.unit in DURATION_UNITS and m.spelled:
        return RE_DURATION_CLAIM_AFTER.match(text, m.end) is not None  # "seven years behind schedule"
    if not m.spelled or m.value >= 100 or m.unit:
        return True
    if RE_DETERMINER_BEFORE.search(text, max(0, m.start - 12), m.start):
        return False  # "the two leaders"
    if m.value == 1 and metric not in _EVENTS:
        return False  # "one of the", "one day"
    return bool(metric)


def extract_claims(text: str, doc_id: str = "doc", metadata: dict | None = None) -> pd.DataFrame:
    """Every numeric claim in ``text`` as the contract's claims table."""
    rows = claim_rows(text, doc_id, metadata)
    return as_claims(rows) if rows else empty_claims()


def claim_rows(text: str, doc_id: str = "doc", metadata: dict | None = None) -> list[dict]:
    """The claims of one document as plain dicts (the CLI streams these)."""
    mentions = find_numbers(text)
    if not mentions:
        return []
    ctx = DocumentContext(text)
    reader = MetricReader(text)  # reads each sentence into tokens once
    meta = metadata or {}
    rows: list[dict] = []
    previous: Reading | None = None  # the claim before, within the paragraph
    for m in mentions:
        if ctx.doc.is_boilerplate(m.start):
            continue
        s, e = ctx.sentence_at(m.start)
        if previous is not None and previous.start < ctx.paragraph_at(m.start)[0]:
            previous = None  # a reading carries over within its paragraph only
        reading = reader.read(m.start, m.end, m.unit, (s, e), previous)
        metric, subject = reading.metric, reading.subject
        if not _is_claim(text, m, metric):
            continue
        previous = reading
        who = ctx.attribute(m.start, m.end)
        rows.append(
            {
                "claim_id": claim_id(doc_id, m.start, m.end),
                "doc_id": doc_id,
                "start": m.start,
                "end": m.end,
                "number_text": text[m.start : m.end],
                "value": m.value,
                "low": m.low,
                "high": m.high,
                "qualifier": m.qualifier,
                "unit": m.unit,
                "metric": metric,
                "subject": subject,
                "source": who.source,
                "channel": who.channel,
                "quote": who.quote,
                "sentence": text[s:e].strip(),
                "title": meta.get("title", ""),
                "publication": meta.get("publication", ""),
                "published": meta.get("published", ""),
            }
        )
    return rows
