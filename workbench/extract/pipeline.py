"""Document text -> the claims DataFrame (the contract's table).

>>> df = extract_claims("Officials said 14 people were killed on 3 May.", doc_id="d")
>>> df[["number_text", "value", "metric", "source"]].values.tolist()
[['14', 14.0, 'killed', 'officials']]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from workbench.excerpt import sentence_window
from workbench.extract.markdown import blank_markdown
from workbench.extract.wrapping import unwrap
from workbench.gcpause import cycle_collector_paused
from workbench.lexicon import alternation
from workbench.lexicon.metrics import EVENT_WORDS, MONEY_METRIC_HEADS
from workbench.lexicon.numbers import (
    DETERMINERS,
    DURATION_CLAIM_AFTER,
    DURATION_CLAIM_BEFORE,
    DURATION_UNITS,
    SIZED_CHANGE_VERBS,
)
from workbench.regexcache import cached_compiles
from workbench.schema import MAX_FIGURE, as_claims, empty_claims, is_sane_figure

with cached_compiles():  # the grammar's patterns, rebuilt from the last run's: most of start-up otherwise
    from workbench.extract.attribution import DocumentContext
    from workbench.extract.metrics import MetricReader, Reading, unit_kind
    from workbench.extract.numbers import RE_SCALE_IN, NumberMention, find_numbers
    from workbench.extract.numbers import data_dump_lines as data_dump_lines  # for the CLI's notes

if TYPE_CHECKING:
    import pandas as pd

    from workbench.documents import Document

RE_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")  # a str may hold them; UTF-8 cannot


def _checked_text(text: object, doc_id: object) -> str:
    """``text`` ready for extraction: a str, each lone surrogate replaced by U+FFFD (one character
    for one, so offsets hold). Raises TypeError for any other type, or a doc_id that is not a str."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or use read_documents)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    if not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str, not {type(doc_id).__name__}")
    if not text.isascii() and RE_LONE_SURROGATE.search(text):
        return RE_LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
    return text


RE_DETERMINER_BEFORE = regex.compile(
    rf"\b(?:{alternation(DETERMINERS)})\ $", regex.IGNORECASE | regex.REVERSE
)
RE_DURATION_CLAIM_AFTER = regex.compile(rf"\s+(?:{alternation(DURATION_CLAIM_AFTER)})\b", regex.IGNORECASE)
RE_DURATION_CLAIM_BEFORE = regex.compile(
    rf"\b(?:{alternation(DURATION_CLAIM_BEFORE)})\s+$", regex.IGNORECASE | regex.REVERSE
)
# A spelled number right after a verb of change is the size of the move: "Piedmont fell one to 68".
RE_CHANGE_VERB_BEFORE = regex.compile(
    rf"\b(?:{alternation(SIZED_CHANGE_VERBS)})\ $", regex.IGNORECASE | regex.REVERSE
)
# A spelled number before a model designation counts units of that model: "four 747-400 aircraft",
# "TWO F-16S", "three A380s" (the designation holds digits, so the reader finds no noun in it).
RE_MODEL_AFTER = regex.compile(
    r"""
    \ (?:[A-Z]{1,3}-?)?\d{2,4}   # 747, F-16, A380
    (?:-\d{1,4})?                # -400
    (?:['’]?[sS])?(?![\w-])       # 747-400s, F-16S, 747-400'S
""",
    regex.VERBOSE,
)
RE_OF_AFTER = regex.compile(r"\ of\b", regex.IGNORECASE)  # "cut one of its lines": a part, not a count
_EVENTS = frozenset(EVENT_WORDS)
AGE_METRIC = "age"
AGE_UNIT = "year"  # an age is counted in years unless its unit says otherwise ("six months old")


# A claim's id hashes its document, the figure's own text and the words just around it, so it
# survives edits elsewhere in the article (a new headline, a paragraph added above).
ANCHOR_WORDS = 3  # words of context on each side
ANCHOR_REACH = 80  # characters looked at on each side to find them (bounded work per figure)


def claim_anchor(text: str, start: int, end: int) -> str:
    """The figure's text with up to ANCHOR_WORDS words on each side within its line, spaces and case
    normalised (a line break ends the context: an edited headline does not touch the first line).

    >>> claim_anchor("Storm\\n\\nOfficials said  14 people were\\tkilled on Monday.", 23, 25)
    'officials said\\x1f14\\x1fpeople were killed'
    """
    lo, hi = max(0, start - ANCHOR_REACH), min(len(text), end + ANCHOR_REACH)
    line_start, line_end = text.rfind("\n", lo, start) + 1, text.find("\n", end, hi)
    left = text[max(lo, line_start) : start].split()
    if line_start == 0 and lo > 0 and left:
        left = left[1:]  # the window, not a line break, cut the first word
    right = text[end : hi if line_end < 0 else line_end].split()
    if line_end < 0 and hi < len(text) and right:
        right = right[:-1]
    before, after = " ".join(left[-ANCHOR_WORDS:]), " ".join(right[:ANCHOR_WORDS])
    return f"{before.casefold()}\x1f{text[start:end]}\x1f{after.casefold()}"


def claim_id(doc_id: str, anchor: str, occurrence: int = 0) -> str:
    """Stable id: the same document and figure (its text and context) give the same id, also after
    text elsewhere in the article changes; ``occurrence`` tells apart identical anchors.

    >>> before = "Storm hits\\n\\nPolice said 12 people were hurt."
    >>> after = "Storm hits the coast hard\\n\\nPolice said 12 people were hurt."
    >>> ids = [claim_id("d", claim_anchor(t, t.index("12"), t.index("12") + 2)) for t in (before, after)]
    >>> ids[0] == ids[1] != claim_id("d", claim_anchor(after, after.index("12"), after.index("12") + 2), 1)
    True
    """
    return hashlib.sha1(f"{doc_id}\x1f{anchor}\x1f{occurrence}".encode("utf-8", "replace")).hexdigest()[:16]


def _with_ids(rows: list[dict], text: str, doc_id: str) -> list[dict]:
    """The rows whose figure can be a claim (finite, below MAX_FIGURE), each with its claim id."""
    seen: dict[str, int] = {}
    kept = []
    for row in rows:
        value, low, high = row["value"], row["low"], row["high"]
        plain = (  # within bounds, and so sane: is_sane_figure is asked only about the rest
            -MAX_FIGURE < value < MAX_FIGURE
            and (low is None or -MAX_FIGURE < low < MAX_FIGURE)
            and (high is None or -MAX_FIGURE < high < MAX_FIGURE)
        )
        if not plain and not is_sane_figure(value, low, high):
            continue  # 309 digits read as infinity: an identifier, not a claim
        anchor = claim_anchor(text, row["start"], row["end"])
        seen[anchor] = seen.get(anchor, 0) + 1
        row["claim_id"] = claim_id(doc_id, anchor, seen[anchor] - 1)
        kept.append(row)
    return kept


def _claim_before_metric(text: str, m: NumberMention) -> bool | None:
    """Whether a mention is a claim, where its own words and those around it settle it; None when
    what it counts decides (:func:`_claim_by_metric`). A mention settled as no claim is never read
    for its metric. Spelled-out small numbers are claims only when they count something; a denied
    figure ("no one was hurt", "none of the 40 passengers") is no claim at all."""
    if m.negated:
        return False
    if m.age:
        return True  # "a five-year-old boy": an age, in words or digits
    if m.unit in DURATION_UNITS and m.spelled:
        return (
            RE_DURATION_CLAIM_AFTER.match(text, m.end) is not None  # "seven years behind schedule"
            or RE_DURATION_CLAIM_BEFORE.search(text, max(0, m.start - 16), m.start) is not None  # every
            or (m.start < m.core_start and m.qualifier != "exact")  # "held for almost three years"
        )
    if not m.spelled or m.value >= 100 or m.unit:
        return True
    if RE_DETERMINER_BEFORE.search(text, max(0, m.start - 12), m.start):
        return False  # "the two leaders"
    if m.value > 1 and RE_MODEL_AFTER.match(text, m.end):
        return True  # "for four 747-400 aircraft"
    if (
        RE_CHANGE_VERB_BEFORE.search(text, max(0, m.start - 16), m.start) is not None
        and RE_OF_AFTER.match(text, m.end) is None
    ):
        return True  # "Piedmont fell one to 68-5/8", "gained two seats": the size of a move
    return None


def _claim_by_metric(m: NumberMention, metric: str) -> bool:
    """Whether a spelled-out small number that its words leave open is a claim: it counts something."""
    if m.value == 1 and metric not in _EVENTS:
        # "only one has been broken", "at least one"; not "one of the", nor "under one owner"
        return m.start < m.core_start and m.qualifier in ("exact", "lower_bound")
    return bool(metric)


def extract_claims(text: str, doc_id: str = "doc", metadata: dict | None = None) -> pd.DataFrame:
    """Every numeric claim in ``text`` as the contract's claims table.

    ``text`` must be a ``str`` (bytes, None and others raise TypeError; decode files with
    :func:`~workbench.documents.read_documents`). Any ``str`` is extracted without raising: lone
    surrogates (which UTF-8 cannot hold) are read as U+FFFD, so offsets still index ``text``.

    >>> extract_claims("Police said 12\\ud800 people were killed.")["number_text"].tolist()
    ['12']
    >>> extract_claims(b"12 people")
    Traceback (most recent call last):
    TypeError: text must be a str, not bytes (decode bytes first, or use read_documents)
    """
    rows = claim_rows(text, doc_id, metadata)
    return as_claims(rows) if rows else empty_claims()


def extract_many(documents: Iterable[Document | tuple[str, str] | str]) -> pd.DataFrame:
    """The claims of many documents as one claims table (one DataFrame for the whole batch, not
    one per document). Each item is a :class:`~workbench.documents.Document`, a ``(doc_id, text)``
    pair, or a text (whose doc_id is then ``doc<N>``, its position in the batch).

    >>> extract_many([("a", "Police said 12 were hurt."), ("b", "It cost $4m.")])["doc_id"].tolist()
    ['a', 'b']
    """
    rows: list[dict] = []
    for i, item in enumerate(documents):
        if isinstance(item, str):
            rows.extend(claim_rows(item, f"doc{i}"))
        elif isinstance(item, tuple):
            rows.extend(claim_rows(item[1], item[0]))
        else:
            rows.extend(claim_rows(item.text, item.doc_id, item.metadata))
    return as_claims(rows) if rows else empty_claims()


def _money_in_scale(m: NumberMention, metric: str) -> bool:
    """Whether a figure with no unit is an amount of money: written with a scale word ("226 mln") and
    named by a metric that only counts money (``MONEY_METRIC_HEADS``: deficit, profit, turnover)."""
    scaled = RE_SCALE_IN.search(m.text) is not None
    return scaled and bool(metric) and metric.split()[-1] in MONEY_METRIC_HEADS


@cycle_collector_paused()  # 15% of extraction time went to its passes (see gcpause)
def claim_rows(text: str, doc_id: str = "doc", metadata: dict | None = None) -> list[dict]:
    """The claims of one document as plain dicts (the CLI streams these); ``text`` as for
    :func:`extract_claims`."""
    original = _checked_text(text, doc_id)
    text = unwrap(blank_markdown(original))  # as prose: no markdown marks, no wraps; offsets unchanged
    mentions = find_numbers(text)
    if not mentions:
        return []
    ctx = DocumentContext(text)
    doc = ctx.doc
    reader = MetricReader(text, doc.sentence_words)  # each sentence read into tokens once, for both
    meta = metadata or {}
    rows: list[dict] = []
    previous: Reading | None = None  # the claim before, within the paragraph
    currency = ""  # the last currency a figure of the document was given
    waiting: list[dict] = []  # money with no currency yet: the next one its sentence gives
    waiting_in = -1  # the start of their sentence
    earlier: Reading | None = None  # the last claim of an earlier paragraph ("This compares with")
    for m in mentions:
        s, e, paragraph, quoted, boilerplate = doc.place(m.start)
        if boilerplate:
            continue
        if quoted is not None and doc.is_title(quoted):
            continue  # "Sharknado 3: Oh Hell No!", ''60 Minutes'': a number in a work's title
        if previous is not None and previous.start < paragraph:
            earlier, previous = previous, None  # a reading carries over within its paragraph only
        verdict = _claim_before_metric(text, m)
        if verdict is False:
            continue  # "no one", "the two leaders": no claim, whatever it counts (and its metric unread)
        reading = reader.read(m.start, m.end, m.unit, (s, e), previous, earlier)
        metric, subject = reading.metric, reading.subject
        named = "" if reading.guessed else metric  # a last-resort guess decides nothing below
        if m.age:  # "the 17-year-old singer": what the figure measures is an age (of the singer)
            metric, subject = AGE_METRIC, subject or named
        unit = m.unit or (AGE_UNIT if metric == AGE_METRIC else "")  # "by then I will be 35", an age
        if s != waiting_in:
            waiting, waiting_in = [], s
        money_in_scale = not unit and _money_in_scale(m, metric)
        if money_in_scale and currency:
            unit = currency  # "the smoothed deficit fell to 226 mln", in a report of N.Z. dollars
        if unit_kind(unit) == "money":
            currency = unit
            for row in waiting:  # "a net loss of 12.92 billion ..., against a 1.65 billion yen profit"
                row["unit"] = unit
            waiting = []
        if verdict is None and not _claim_by_metric(m, named):
            continue
        previous = reading
        who = ctx.attribute(m.start, m.end)
        rows.append(
            {
                "claim_id": "",  # set by _with_ids
                "doc_id": doc_id,
                "start": m.start,
                "end": m.end,
                "number_text": original[m.start : m.end],
                "value": m.value,
                "low": m.low,
                "high": m.high,
                "qualifier": m.qualifier,
                "unit": unit,
                "metric": metric,
                "subject": subject,
                "source": who.source,
                "channel": who.channel,
                "quote": who.quote,
                "sentence": sentence_window(text, s, e, m.start, m.end),  # bounded: see excerpt
                "title": meta.get("title", ""),
                "publication": meta.get("publication", ""),
                "published": meta.get("published", ""),
            }
        )
        if money_in_scale and not unit:
            waiting.append(rows[-1])
    return _with_ids(rows, original, doc_id)
