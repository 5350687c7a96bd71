"""The document structure's fast paths read exactly what the slow ones read.

A document whose lower-cased text holds none of ``BOILERPLATE_CUES`` is taken to have no page
furniture without searching its paragraphs: every text RE_BOILERPLATE matches must hold a cue,
whatever its case, and a paragraph is boilerplate with the cheap look exactly when it is without.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.structure import RE_BOILERPLATE, DocumentStructure, may_hold_boilerplate

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
