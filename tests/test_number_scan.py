"""The shortcuts that make the number grammar fast give the answers of the slow way.

- A prefix-tree alternation matches what the plain longest-first alternation matches, with the same
  groups, read left to right or right to left, case-sensitive or not.
- The cue words of a text (one byte split) never rule out a pattern that would match.
- The regex package and the stdlib agree on digits within the Basic Multilingual Plane.
- The cheap gate before the non-claim masks lets every mask through.
- An amount that starts with a digit, read in two steps, is RE_AMOUNT's match: the same span and groups.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.extract.numbers import (
    RE_AMOUNT,
    RE_DIGITS,
    RE_DIGITS_STDLIB,
    RE_MAY_NOT_CLAIM,
    RE_NOT_CLAIM,
    TAIL_FORMS,
    _amount_match,
    find_numbers,
)
from workbench.extract.scan import TextScan, cue_words
from workbench.lexicon import alternation, trie_alternation
from workbench.lexicon import currencies as cur
from workbench.lexicon import numbers as lex

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
    cues = cue_words(phrases)
    assert TextScan.of(text, cues or frozenset()).any_of(cues) is expected


def test_a_cue_outside_the_vocabulary_is_an_error() -> None:
    """A cue set the scan did not look for would always read as absent: refuse it."""
    with pytest.raises(ValueError, match="not looked for"):
        TextScan.of("none of them", cue_words(["percentage"])).any_of(cue_words(["none"]))


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


# The gate before RE_NOT_CLAIM must let through every digit run the full pattern masks.
MASKS = [
    "on March 14, 2024",
    "the 14th of March",
    "it ended by 14 March and on 3 of June",
    "dated 14.03.2024 and 2023-24",
    "in FY2019-20 and the 2024–25 budget",
    "at 7:30 a.m. and 10pm and 9.30am",
    "by 14.30 GMT, 1200 hrs or 0930 EST",
    "at 5 o'clock",
    "call +44 20 7946 0321 or (0800) 555 0193",
    "call 555-0148, ring them on 999 or try calling 111",
    "exits 14 and 19 off Route 66, No. 5 and #7",
    "a post 12345678901 from DC 20500 and zip code 90210",
    "the Boeing 737 Max and the FTSE 100 and FTSE100",
    "a Sukhoi 300 Flanker",
    "United beat City 3-2 in a 2-1 victory",
    "Tom Reyes, 67, and those aged 25 to 34",
    "18 to 21 year olds and a 40-year-old",
    "the clock read 0900.",
    "Kerr (Cameron 87), Pell 7, Okafor 44.\nByrne 33.",
    "the class of '83 and Euro ’96.",
    "a Group of 7 summit and the Euro Stoxx 50",
    "ring 01632 960 001 or (020)-7946-0958, doors at 0745",
    "they watched Shrek 2. Then Shrek 2) ended, on 14/03/2024 in the 1986/87 season",
    "the Nokia 3230 and 7710 - and Dalton's 7-1/2 PCT notes, its 9% bonds, the 8.50 pct Treasury bond",
    "she won the 200m hurdles and the 4km final; United beat Leeds 3-1/2 and 18-21 year olds voted",
]
FRAGMENTS = st.sampled_from(
    [
        "March",
        "May",
        "Sept.",
        "Route",
        "no.",
        "Article",
        "DC",
        "IL",
        "zip code",
        "FTSE",
        "S&P",
        "Covid",
        "Group",
        "Euro Stoxx",
        "aged",
        "pct",
        "PCT",
        "%",
        "m",
        "km",
        "hurdles",
        "its",
        "'s",
        "Shrek",
        "\n",
        "age",
        "call",
        "us",
        "on",
        "beat",
        "City",
        "Max",
        "of",
        "to",
        "and",
        "st",
        "th",
        "am",
        "a.m.",
        "pm",
        "o'clock",
        "hrs",
        "GMT",
        "EST",
        "years old",
        "year-old",
        "people",
        "the",
        "+",
        "#",
        "(",
        ")",
        "/",
        ":",
        "-",
        "–",
        ".",
        ",",
        " ",
        "  ",
    ]
)
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=11)
PIECES = st.lists(st.one_of(FRAGMENTS, DIGITS, st.just(" ")), min_size=1, max_size=12)


def _ungated_masks(text: str) -> list[str]:
    runs = [m.start() for m in re.finditer(r"\d+", text)]
    return [
        text[s : RE_NOT_CLAIM.match(text, s).end()]
        for s in runs
        if RE_NOT_CLAIM.match(text, s) and not RE_MAY_NOT_CLAIM.match(text, s)
    ]


@pytest.mark.parametrize("text", MASKS)
def test_the_mask_gate_lets_every_mask_through(text: str) -> None:
    assert any(RE_NOT_CLAIM.match(text, m.start()) for m in re.finditer(r"\d+", text)), text
    assert _ungated_masks(text) == []


@settings(max_examples=2000, deadline=None)
@given(pieces=PIECES)
def test_the_mask_gate_lets_every_mask_through_in_any_order(pieces: list[str]) -> None:
    assert _ungated_masks("".join(pieces)) == []


def test_the_mask_gate_lets_every_mask_through_in_real_news() -> None:
    texts = [p.read_text(encoding="utf-8") for p in Path("data/dev").glob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in Path("../shared/corpora/realnews-dev").glob("*.md")]
    assert texts
    assert [m for text in texts for m in _ungated_masks(text)] == []


def _two_step_differences(text: str) -> list[tuple[int, tuple | None, tuple | None]]:
    """Where the two-step reading of an amount at a digit differs from RE_AMOUNT's match."""
    out = []
    for i, char in enumerate(text):
        if char.isdecimal():
            m, a = RE_AMOUNT.match(text, i), _amount_match(text, i)
            whole = None if m is None else (m.span(), m.groups())
            two = None if a is None else ((a.start, a.end), tuple(a.parts))
            if whole != two:
                out.append((i, whole, two))
    return out


def test_no_amount_but_the_digit_ones_starts_with_a_digit() -> None:
    """What lets _amount_match read a figure at a digit without the lead and the word amounts."""
    words = (
        *cur.CURRENCY_PREFIXES,
        *lex.FIXED_AMOUNTS,
        *lex.FRACTION_WORDS,
        *lex.VULGAR_FRACTIONS,
        *lex.VAGUE_AMOUNTS,
        *lex.VAGUE_MULTIPLIERS,
        *lex.CARDINAL_WORDS,
    )
    assert [w for w in words if regex.match(r"\d", w)] == []


# Figures with all that may follow their digits: my own sentences, no corpus text.
TWO_STEP = [
    "Turnout was 1 in 4 voters, and 2 out of 3 stayed home; 12 in 2019.",
    "It grew 3 and a half times, then 3 and 4 more.",
    "A mass of 1.99×10−30 kg, 6.02 × 10²³ atoms, 2 x 10^6 cells, 2.5e6 and 1e-6 and 7E7.",
    "Also 2.5E-6 g, 1.5E+3 m, 5X10^6 and 4 X 10^3 cells, 3.2X and 8e.",
    "The bond rose 6-1/8 to 101 5/8, a 3.85/95 pct quote, 2½ miles and 4/9 odds on 24/7.",
    "Shares fell 164p to 4.2bn; 400k jobs, 3m homes, 15% and 77.77pc, 8 B people, $458 m.",
    "Up 2 percentage points, 34 points, 50 basis points, up 1 point, 12 million dollars.",
    "It cost 5 mln dlrs, 20 cts, 450 billion won and 36 cents, 5 Canadian cts.",
    "He ran 140 km/h for 40.2 C, not 18 F-14A; 295,000 week ago; 12 per cent; 10 °C; 3 µg.",
    "The 3rd race, 4TH QTR NET, 1,234abc, 12 people, 1990-91, 12 500 fans, 6,15,908 rupees.",
    "A 40-year-old, 1.2-million, 8 - 9, 5 -million, 12\n, 12\t, 7, 8. (9) [10] 11”",
    "Some 12  million, 3 -  4, 5x, 6 xylophones, 7 and one-third, 9 eggs and",
]


@pytest.mark.parametrize("text", TWO_STEP)
def test_two_steps_read_what_the_whole_pattern_reads(text: str) -> None:
    assert _two_step_differences(text) == []


@pytest.mark.parametrize("join", ["", " ", "-", " -"])
def test_two_steps_read_every_scale_and_unit_form(join: str) -> None:
    texts = [f"It was 12{join}{form} and 3.5{join}{form.upper()}." for form in TAIL_FORMS]
    assert [d for text in texts for d in _two_step_differences(text)] == []


AFTER_DIGITS = st.sampled_from(
    [" ", "-", "/", ",", ".", " in ", " out of ", " and a half", " and ", " x 10^", "e", "E", "×10",
     "½", " mln", " pct", " dlrs", "%", "m", "rd", " km/h", " per cent", " °C", " µg", "p", " B ", "k",
     " million", " people", "\n", " one", " four", "ſ", "K", " billion won", " ago"]
)  # fmt: skip
AMOUNT_PIECES = st.lists(st.one_of(AFTER_DIGITS, DIGITS), min_size=1, max_size=10)


@settings(max_examples=2000, deadline=None)
@given(pieces=AMOUNT_PIECES)
def test_two_steps_read_what_the_whole_pattern_reads_in_any_order(pieces: list[str]) -> None:
    assert _two_step_differences("".join(pieces)) == []


def test_two_steps_read_what_the_whole_pattern_reads_in_real_news() -> None:
    texts = [p.read_text(encoding="utf-8") for p in Path("data/dev").glob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in Path("../shared/corpora/realnews-dev").glob("*.md")]
    assert texts
    assert [d for text in texts for d in _two_step_differences(text)] == []


def _lone_cardinal_differences(text: str) -> list[tuple[int, tuple | None, tuple | None]]:
    """Where _amount_match's reading at a letter (a lone cardinal read without RE_AMOUNT) differs from
    RE_AMOUNT's match."""
    out = []
    for i, char in enumerate(text):
        if char.isalpha():
            m, a = RE_AMOUNT.match(text, i), _amount_match(text, i)
            whole = None if m is None else (m.span(), m.groups())
            alone = None if a is None else ((a.start, a.end), tuple(a.parts))
            if whole != alone:
                out.append((i, whole, alone))
    return out


# Cardinal words with what may or may not follow them: my own sentences, no corpus text.
LONE_CARDINALS = [
    "One of the two people saw three, four; five: six! seven? (eight) nine.",
    "Twenty-one, twenty one hundred, one hundred and twelve, one point five, one and a half thousand.",
    "Ninety nine, forty-four, sixty six thousand, seven hundred and five, nineteen eighty-four.",
    "One in four, two out of three, one half, one-third, two-thirds, one quarter of them.",
    "Nine mln dlrs, ten pct, eleven percent, twelve per cent, two percentage points, three cents.",
    "Five dollars, six miles, seven km, eight °C, nine years, ten-year bonds, one-day, ONE DAY, Two x.",
    "Million won, a billion and a half, a dozen, dozens of, thousands of, several hundred, a few.",
    "Done, someone, ones, tone, twofold, one_two, onè, one\u0301, one\nTwo\tthree  four -five - six",
    "At one point, one o'clock, one’s own, “one” and 'two', one—two, one–three, one…",
]


@pytest.mark.parametrize("text", LONE_CARDINALS)
def test_a_lone_cardinal_is_read_as_the_whole_pattern_reads_it(text: str) -> None:
    assert _lone_cardinal_differences(text) == []


@pytest.mark.parametrize("join", [" ", "-", ""])
def test_a_lone_cardinal_before_every_scale_and_unit_form(join: str) -> None:
    texts = [f"It was one{join}{form} and Twenty{join}{form.upper()}." for form in TAIL_FORMS]
    assert [d for text in texts for d in _lone_cardinal_differences(text)] == []


AFTER_WORDS = st.sampled_from(
    [" ", "-", ",", ".", " in ", " out of ", " and a half", " and ", " point ", " five", "-one", " mln",
     " pct", " dlrs", "%", " per cent", " °C", " people", " of", "\n", "’", "'s", " hundred", " half",
     " third", "-thirds", " dozen", " won", " a", " x", "ſ", "K", "é", "_", "2", "(", " (", " ¢"]
)  # fmt: skip
CARDINAL_PIECES = st.lists(
    st.one_of(AFTER_WORDS, st.sampled_from(["one", "Two", "THREE", "twenty", "hundred", "million"])),
    min_size=1,
    max_size=8,
)


@settings(max_examples=2000, deadline=None)
@given(pieces=CARDINAL_PIECES)
def test_a_lone_cardinal_is_read_as_the_whole_pattern_reads_it_in_any_order(pieces: list[str]) -> None:
    assert _lone_cardinal_differences("".join(pieces)) == []


def test_a_lone_cardinal_is_read_as_the_whole_pattern_reads_it_in_real_news() -> None:
    texts = [p.read_text(encoding="utf-8") for p in Path("data/dev").glob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in Path("../shared/corpora/realnews-dev").glob("*.md")]
    assert texts
    assert [d for text in texts for d in _lone_cardinal_differences(text)] == []
