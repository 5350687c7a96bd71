"""The metric reader's fast paths read exactly what the slow ones read.

The metric reader reads each sentence into tokens once. The reference here is the plain scan (one
match per token, the tokeniser as first written); the fast paths are one match per sentence
(``RE_TOKENS``), windows cut from the sentence's tokens (``SentenceTokens.window``) and
``MetricReader``, which keeps one sentence's tokens for all its figures. A cheap test on the last
words before a figure (``verb_may_precede``) must never skip a figure the verb pattern would match.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.clause import SentenceTokens, Tok, tokens
from workbench.extract.metrics import RE_VERB_BEFORE, MetricReader, read_metric, verb_may_precede
from workbench.extract.numbers import find_numbers
from workbench.extract.structure import DocumentStructure
from workbench.lexicon.metrics import METRIC_VERBS_BEFORE

# The tokeniser as first written, one match object per token (since the eighth round a wire dash,
# two hyphens, is no part of a word: "were--GM" is "were", "-", "-", "GM").
RE_REFERENCE = regex.compile(
    r"""
    (?:[A-Za-z]\.){2,}              # an abbreviation
    |\d(?:[\d,.]*\d)?               # digits
    |[^\W\d_](?:(?:[\w’'&]|-(?!-))*\w)?  # a word, with inner hyphens and apostrophes
    |[^\s\w]                        # one punctuation mark
""",
    regex.VERBOSE,
)


def reference(text: str, lo: int, hi: int) -> list[Tok]:
    return [Tok(m[0], m[0].lower(), m.start(), m.end()) for m in RE_REFERENCE.finditer(text, lo, hi)]


# Windows whose edges cut a token: the window must re-read the cut piece as a fresh scan does.
CUTS = [
    ("Covid-19 cases rose by 5% in Wales.", "-19 cases", "cut inside a hyphenated word"),
    ("The U.S. economy grew 2.1% last year.", "S. economy grew", "cut inside an abbreviation"),
    ("Sales hit 1,000.5 tonnes, up 4%.", "000.5 tonnes", "cut inside a figure"),
    ("Growth was flat year-on-year at 0.2%.", "on-year at", "cut inside a compound"),
    ("A&E waits rose to 14 hours.", "&E waits", "cut after an ampersand"),
    ("The firm's profit fell 3%.", "'s profit", "cut before a possessive"),
    ("Apple’s sales climbed 9%.", "’s sales", "cut before a curly possessive"),
    ("A-1,200 reading came in at 7.", "1,200 reading", "a figure fused to a word"),
    ("snake_case names_and 40 more", "_and 40", "an underscore inside a word"),
    ("Rates _ rose 4% __ in May.", "ose 4%", "underscores alone, which no token takes"),
    ("Cafe\u0301 prices rose 8%.", "\u0301 prices", "a combining accent"),
    ("Öl-Preise stiegen um 3 Prozent.", "l-Preise stiegen", "a word that opens with a letter beyond ASCII"),
]


@pytest.mark.parametrize(("text", "piece", "kind"), CUTS, ids=[c[2] for c in CUTS])
def test_window_reads_cut_edges_as_a_fresh_scan(text: str, piece: str, kind: str) -> None:
    sentence = SentenceTokens(text, 0, len(text))
    lo = text.index(piece)
    for hi in range(lo, len(text) + 1):
        assert sentence.window(lo, hi) == reference(text, lo, hi), (kind, hi)
    for start in range(0, lo + 1):
        assert sentence.window(start, lo + len(piece)) == reference(text, start, lo + len(piece)), (
            kind,
            start,
        )


def test_window_outside_the_sentence_reads_afresh() -> None:
    text = "First line 12.\nSecond one rose 4%."
    second = SentenceTokens(text, 15, len(text))
    assert second.window(0, 20) == reference(text, 0, 20)


ALPHABET = [*"ab Z9,.'’&-_()$%\t\u0301²ſİß", "U.S.", "Covid-19", "1,000.5", "A&E", "year-on-year", " "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join),
    st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)),
)
def test_any_window_reads_as_a_fresh_scan(text: str, cuts: tuple[float, float, float, float]) -> None:
    """Any window of any sentence, on text made of the pieces that tokens are cut at."""
    s, e, lo, hi = sorted(round(c * len(text)) for c in cuts)
    assert tokens(text, 0, len(text)) == reference(text, 0, len(text))
    assert SentenceTokens(text, s, e).window(lo, hi) == reference(text, lo, hi)
    assert SentenceTokens(text, lo, hi).window(s, e) == reference(text, s, e)  # partly outside
    assert tokens(text, lo, hi, whole=False) == reference(text, lo, hi)[1:]


# Sentences written for this table, several figures each: one reader per document reads every
# figure as read_metric reads it alone (given the same previous reading).
DOCUMENTS = [
    "Exports fell 4% to £2.1bn in May, while imports rose 3% to £2.4bn. About 1,200 jobs were cut.",
    "The toll rose from 18 to 35 overnight; 12 of them were children, officials said.",
    "Shares in the Covid-19 vaccine maker jumped 14% on Monday, adding $3bn to its value.",
    "Revenue was $4.1 billion, or $1.20 a share, compared with $3.9 billion a year ago.",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_reader_reads_each_figure_as_read_metric(text: str) -> None:
    doc = DocumentStructure(text)
    reader = MetricReader(text)
    previous_alone = previous_reader = None
    for m in find_numbers(text):
        sentence = doc.sentence_at(m.start)
        alone = read_metric(text, m.start, m.end, m.unit, sentence, previous_alone)
        shared = reader.read(m.start, m.end, m.unit, sentence, previous_reader)
        assert shared == alone, text[m.start : m.end]
        previous_alone, previous_reader = alone, shared


# The verb pattern's three shapes, and case and letters it folds to ASCII.
VERB_SHAPES = [
    ("The scheme would cost 40", True),
    ("The storm killed the villagers 12", True),
    ("It had raised families 30", True),
    ("The budget was SPENT 5", True),
    ("Thieves stoſe nothing; they STOLE 9", True),
    ("The fire DAMAGED its barn 7", True),
    ("The dispute İNVESTED heavily", False),  # no space and figure at the end: nothing to match
    ("They were low-cost 8", True),  # the pattern's word boundary falls inside the hyphenated word
    ("Their rents rose 4", False),
    ("The station has 12", False),
]


@pytest.mark.parametrize(("text", "verb"), VERB_SHAPES)
def test_verb_test_passes_every_verb_the_pattern_reads(text: str, verb: bool) -> None:
    start = len(text.rstrip("0123456789"))
    matched = RE_VERB_BEFORE.match(text, max(0, start - 100), start) is not None
    assert matched == verb
    if matched:
        assert verb_may_precede(tokens(text, max(0, start - 220), start))


def test_verbs_are_lower_case_ascii() -> None:
    """The cheap test compares lower-cased ASCII words with the verbs as written."""
    assert all(v.isascii() and v == v.lower() for v in METRIC_VERBS_BEFORE)


WORDS = [
    *METRIC_VERBS_BEFORE[:40],
    "the",
    "its",
    "a",
    "families",
    "port",
    "as",
    "is",
    "low-",
    "COST",
    "Killed",
    "ſold",
    "paİd",
    "\u212aILLED",
    "x" * 60,
    ",",
    "  ",
    "\u00a0",
    "-",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.integers(0, 3), st.sampled_from([" ", "", "  "]))
def test_verb_test_never_skips_a_match(words: list[str], pad: int, gap: str) -> None:
    """Whatever stands before the figure, a figure the cheap test skips is one the pattern misses."""
    text = " " * (pad * 80) + " ".join(words) + gap + "14"
    start = len(text) - 2
    lo = max(0, start - 220)
    before = tokens(text, lo, start, whole=lo == 0)
    if not verb_may_precede(before):
        assert RE_VERB_BEFORE.match(text, max(0, start - 100), start) is None


def _may_precede_reference(before: list[Tok]) -> bool:
    """The cheap test as first written: one of the last five ends in a verb, or is not ASCII."""
    verbs = tuple(METRIC_VERBS_BEFORE)
    return len(before) < 5 or any(t.low.endswith(verbs) or not t.low.isascii() for t in before[-5:])


TOKEN_WORDS = [*WORDS, "\x00", "over" + METRIC_VERBS_BEFORE[0], METRIC_VERBS_BEFORE[-1][1:], "killedx", "é"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKEN_WORDS), max_size=8))
def test_verb_test_reads_as_first_written(words: list[str]) -> None:
    before = [Tok(w, w.lower(), i, i + 1) for i, w in enumerate(words)]
    assert verb_may_precede(before) == _may_precede_reference(before)
