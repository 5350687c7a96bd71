"""The shortcuts that make the number grammar fast give the answers of the slow way.

- A prefix-tree alternation matches what the plain longest-first alternation matches, with the same
  groups, read left to right or right to left, case-sensitive or not.
- The cue words of a text (one byte split) never rule out a pattern that would match.
- The regex package and the stdlib agree on digits within the Basic Multilingual Plane.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.extract.numbers import RE_DIGITS, RE_DIGITS_STDLIB, find_numbers
from workbench.extract.scan import TextScan, cue_words
from workbench.lexicon import alternation, trie_alternation

WORDS = st.lists(st.text(alphabet="abAB -", min_size=1, max_size=5), min_size=1, max_size=8)
TEXTS = st.text(alphabet="abcABC -", max_size=14)


def _spans(pattern: str, text: str, flags: int) -> list[tuple | None]:
    """At every position: the match's span and groups (REVERSE patterns end at the position)."""
    compiled = regex.compile(pattern, flags)
    out = []
    for i in range(len(text) + 1):
        m = compiled.search(text, 0, i) if flags & regex.REVERSE else compiled.match(text, i)
        out.append(None if m is None else (m.span(), m.groups()))
    return out


# The text after the word forces the engine to back off to shorter words, so the order they are
# tried in shows: the first that lets the rest match must be the same.
@pytest.mark.parametrize("fold", [False, True])
@settings(max_examples=300, deadline=None)
@given(words=WORDS, text=TEXTS)
@example(words=["a", "a "], text="a c")  # both fit: the longer must win
def test_prefix_tree_matches_like_the_alternation(words: list[str], text: str, fold: bool) -> None:
    flags = regex.IGNORECASE if fold else 0
    plain = _spans(rf"(?P<w>{alternation(words)})(?![ab])", text, flags)
    tree = _spans(rf"(?P<w>{trie_alternation(words, fold=fold)})(?![ab])", text, flags)
    assert tree == plain


@pytest.mark.parametrize("fold", [False, True])
@settings(max_examples=300, deadline=None)
@given(words=WORDS, text=TEXTS)
@example(words=["a", " a"], text="c a")
def test_suffix_tree_matches_like_the_alternation_read_backwards(
    words: list[str], text: str, fold: bool
) -> None:
    flags = regex.REVERSE | (regex.IGNORECASE if fold else 0)
    plain = _spans(rf"(?<![ab])(?P<w>{alternation(words)})$", text, flags)
    tree = _spans(rf"(?<![ab])(?P<w>{trie_alternation(words, fold=fold, reverse=True)})$", text, flags)
    assert tree == plain


CUES = [
    # (text, phrases, may match)
    ("none of the 40 passengers", ["none", "not one"], True),
    ("Not one of the 40 passengers", ["none", "not one"], True),
    ("NONE of them", ["none"], True),
    ("the pass percentage was 64", ["percentage"], True),
    ("it rose 5 per cent", ["percentage"], False),
    ("the toll topped 1,000", ["tops", "topped"], True),
    ("a stopped clock", ["topped"], False),  # a word inside another is not the word
    ("costs fell below 2%", ["fell below"], True),
    ("the “percentage” rose", ["percentage"], True),  # quotes and accents split off
    ("percentage\u00a0was 5", ["percentage"], True),
    ("about 5", ["about", "c."], True),  # a phrase ending in a dot: no word can rule it out
    ("ſome 5", ["some"], True),  # a long s is an s to a case-insensitive pattern: every cue counts
]


@pytest.mark.parametrize(("text", "phrases", "expected"), CUES, ids=[c[0] for c in CUES])
def test_cue_words_of_a_text(text: str, phrases: list[str], expected: bool) -> None:
    assert TextScan.of(text).any_of(cue_words(phrases)) is expected


def test_digit_tables_agree_below_the_astral_planes() -> None:
    """Outside the BMP the regex package knows digits the stdlib does not (and float() cannot read),
    which is why a text with such characters is scanned with the stdlib."""
    fast = regex.compile(r"\d")
    differ = [c for c in map(chr, range(0x10000)) if bool(fast.match(c)) != bool(re.match(r"\d", c))]
    assert differ == []
    assert RE_DIGITS.pattern == RE_DIGITS_STDLIB.pattern


ASTRAL = [
    ("12 \N{GRINNING FACE} 400 people", [12.0, 400.0]),
    ("\N{GRINNING FACE} Two hundred marched", [200.0]),
]


@pytest.mark.parametrize(("text", "values"), ASTRAL, ids=[a[0] for a in ASTRAL])
def test_texts_beyond_the_bmp_are_read(text: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(text)] == values
