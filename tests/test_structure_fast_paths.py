"""The document structure's fast paths read exactly what the slow ones read.

Sentences are cut where the pattern as first written cuts them (its slow branch kept here).

A document whose lower-cased text holds none of ``BOILERPLATE_CUES`` is taken to have no page
furniture without searching its paragraphs: every text RE_BOILERPLATE matches must hold a cue,
whatever its case, and a paragraph is boilerplate with the cheap look exactly when it is without.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.structure import RE_BOILERPLATE, DocumentStructure, may_hold_boilerplate
from workbench.lexicon import alternation
from workbench.lexicon.attribution import SENTENCE_ABBREVIATIONS

# Every phrase RE_BOILERPLATE knows, each in the forms its optional parts allow.
PHRASES = [
    "use cookies",
    "uses cookies",
    "cookie policy",
    "cookie settings",
    "accept cookies",
    "accept all cookies",
    "opt-out if you wish",
    "subscribe to our newsletter",
    "sign up for our",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "read more stories",
    "follow us on",
]
CASES = [str.lower, str.upper, str.title, lambda s: s.swapcase().title().swapcase()]
# Letters a case-insensitive pattern reads as ASCII letters: the cheap look must not be fooled.
FOLDED = [("\N{LATIN SMALL LETTER LONG S}", "s"), ("\N{KELVIN SIGN}", "k")]


def _is_boilerplate_slow(doc: DocumentStructure, pos: int) -> bool:
    start, end = doc.paragraph_at(pos)
    return RE_BOILERPLATE.search(doc.text, start, end) is not None


@pytest.mark.parametrize("case", CASES, ids=["lower", "upper", "title", "mixed"])
@pytest.mark.parametrize("phrase", PHRASES)
def test_every_boilerplate_phrase_holds_a_cue(phrase: str, case) -> None:
    text = f"Police said 12 were hurt.\nPlease {case(phrase)} today, 2024.\nIt cost $4m."
    assert RE_BOILERPLATE.search(text)
    assert may_hold_boilerplate(text)
    doc = DocumentStructure(text)
    assert [doc.is_boilerplate(p) for p in range(len(text))] == [
        _is_boilerplate_slow(doc, p) for p in range(len(text))
    ]


@pytest.mark.parametrize(("folded", "letter"), FOLDED, ids=["long s", "kelvin"])
@pytest.mark.parametrize("phrase", [p for p in PHRASES if "s" in p or "k" in p])
def test_letters_folding_to_ascii_are_not_missed(phrase: str, folded: str, letter: str) -> None:
    text = "Nothing here.\n" + phrase.replace(letter, folded) + " 5"
    assert bool(RE_BOILERPLATE.search(text)) <= may_hold_boilerplate(text)
    doc = DocumentStructure(text)
    assert doc.is_boilerplate(len(text) - 1) == _is_boilerplate_slow(doc, len(text) - 1)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(PHRASES).map(lambda p: p.upper() if len(p) % 2 else p.title()),
            st.sampled_from(["\n", " ", "said 12", "İ", "ſ", "K", "cookie", "read", "terms of"]),
            st.text(max_size=8),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_the_cheap_look_never_hides_boilerplate(text: str) -> None:
    if RE_BOILERPLATE.search(text):
        assert may_hold_boilerplate(text)
    doc = DocumentStructure(text)
    assert [doc.is_boilerplate(p) for p in range(len(text))] == [
        _is_boilerplate_slow(doc, p) for p in range(len(text))
    ]


# The sentence-end pattern as first written: its "U.S. The" branch starts at the space (tried at
# every space), its abbreviations are a flat alternation. The fast one must cut the same sentences.
RE_SENTENCE_END_REFERENCE = regex.compile(
    rf"""
    \n\s*
  | [.!?]+
    (?<!\b(?:{alternation(SENTENCE_ABBREVIATIONS)})\.)
    (?<!(?:^|[\s(“"])[A-Z]\.)
    (?<!\b(?:[A-Za-z]\.){{2,}})
    [”"’')\]]*\ +(?=(?:[“"‘(\[]|'{{1,2}})?[A-Z0-9])
  | (?<=\b(?:U\.S|U\.K|U\.N|D\.C)\.)\ +(?=(?:The|A|An|In|But|He|She|It|They|We)\b)
""",
    regex.VERBOSE,
)


def _sentences_reference(text: str) -> tuple[list[int], list[int]]:
    starts, ends, pos = [], [], 0
    for m in RE_SENTENCE_END_REFERENCE.finditer(text):
        cut = m.start() + len(m.group().rstrip())
        if cut > pos:
            starts.append(pos)
            ends.append(cut)
        pos = m.end()
    if pos < len(text):
        starts.append(pos)
        ends.append(len(text))
    return starts, ends


ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((*ROOT.glob("data/*/*.md"), *ROOT.glob("data/*/*/*.md"), *ROOT.glob("seeds/*")))
SENTENCES = [
    "He lives in the U.S. The economy grew.",
    "He lives in the U.S.  The economy grew.",
    "In the U.S.. The end.",
    "Made in the U.K. It sold. Sen. Smith said so. Richard A. Posner agreed.",
    "D.C. They left at 5 p.m. Then 4.5% fell! Really? “Yes.” (Maybe.) 'No.' Gov't. Calif. 12",
    "MU.S. The; U.N.  He; at the U.S.\nThe; at the u.s. The; xU.S. The",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_cut_as_the_reference(text: str) -> None:
    assert DocumentStructure(text).sentences == _sentences_reference(text)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_articles_cut_as_the_reference(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert DocumentStructure(text).sentences == _sentences_reference(text)


# Pieces of text near the sentence-end pattern's edges: abbreviations, initials, stops, quotes, spaces.
PIECES = [
    "U.S.",
    "U.K.",
    "D.C.",
    "Mr.",
    "Calif.",
    "A.",
    "a.m.",
    "The",
    "He",
    "it",
    " ",
    "  ",
    "\n",
    ".",
    "..",
]
PIECES += ["!", "?", "”", "“", "'", "(", ")", "5", "x", "In", "\u00a0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_generated_texts_cut_as_the_reference(text: str) -> None:
    assert DocumentStructure(text).sentences == _sentences_reference(text)


PLACE_TEXT = 'Cookie policy applies.\nPolice said "12 were hurt." Then 4 left.\n\nIt cost “$4m” in 2024.'


@pytest.mark.parametrize("pos", range(len(PLACE_TEXT) + 1))
def test_place_is_each_look(pos: int) -> None:
    doc = DocumentStructure(PLACE_TEXT)
    s, e, paragraph, quote, boilerplate = doc.place(pos)
    assert (s, e) == doc.sentence_at(pos)
    assert paragraph == doc.paragraph_at(pos)[0]
    assert quote == doc.quote_at(pos)
    assert boilerplate == doc.is_boilerplate(pos)


def test_place_in_an_empty_text() -> None:
    assert DocumentStructure("").place(0) == (0, 0, 0, None, False)
