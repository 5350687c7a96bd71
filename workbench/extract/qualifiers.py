"""Qualifiers: "about", "more than", "nearly"... turned into the contract's intervals.

>>> from workbench.extract.numbers import find_numbers
>>> [(m.qualifier, m.low, m.high) for m in find_numbers("more than 90,000 and nearly 300")]
[('lower_bound', 90000.0, None), ('upper_bound', None, 300.0)]
>>> [(m.text, m.qualifier) for m in find_numbers("Deaths topped 1,000; it was not less than 91%.")]
[('1,000', 'lower_bound'), ('not less than 91%', 'lower_bound')]
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from workbench.extract.scan import cue_words
from workbench.lexicon import trie_alternation
from workbench.lexicon.qualifiers import (
    APPROXIMATE_TOLERANCE,
    BOUND_MARK_NOUNS,
    BOUND_VERB_GAP,
    BOUND_VERBS,
    FLIPPED,
    MOVE_UP_VERBS,
    NEGATION_GAP,
    NEGATIONS_BEFORE_QUALIFIER,
    NOT_OBJECT_NOUNS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    QUALIFIERS_BEFORE_ARTICLE,
)


def _before(words: Iterable[str]) -> str:
    """An alternation read right to left, case-insensitively (these patterns end at the figure)."""
    return trie_alternation(words, fold=True, reverse=True)


# The qualifier phrase that ends right where the figure begins.
RE_QUALIFIER_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<q>{_before(QUALIFIERS_BEFORE)})\s+$", regex.IGNORECASE | regex.REVERSE
)
# A qualifier before an article before the figure: "up to a 50 pct stake", "nearly a 40% fall".
RE_QUALIFIER_ARTICLE_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<q>{_before(QUALIFIERS_BEFORE_ARTICLE)})\s+an?\s+$", regex.IGNORECASE | regex.REVERSE
)
# A qualifier right after the figure: "400,000 or more", "a 400,000-plus".
RE_QUALIFIER_AFTER = regex.compile(
    rf"\s?(?P<q>{trie_alternation(QUALIFIERS_AFTER, fold=True)})(?![\w])", regex.IGNORECASE
)
# A negation right before a bound qualifier: "not less than", "had not been more than".
RE_NEGATION_BEFORE = regex.compile(
    rf"""
    (?P<neg>
        (?:(?<![\w'’])(?:{_before(NEGATIONS_BEFORE_QUALIFIER)})|n['’]t)  # not, never; hadn't
        (?:\s+(?:{_before(NEGATION_GAP)}))?                          # been
    )\s+$
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# A verb that bounds the figure after it: "topped 1,000", "passed the 300,000 mark", "fell below 2%".
RE_BOUND_VERB_BEFORE = regex.compile(
    rf"""
    (?<![\w-])(?P<verb>{_before(BOUND_VERBS)})   # topped, could surpass, fell below
    \s+(?:(?P<gap>{_before(BOUND_VERB_GAP)})\s+)?$   # passed the 300,000
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# The noun after "passed the 300,000": a mark the verb passes bounds the figure; any other noun is
# the verb's object, and the figure only describes it ("topped the 3.5% growth rate economists had
# forecast", "topped a 35 dlr offer").
RE_NOUN_AFTER = regex.compile(r"\ ([a-z][a-z-]+)")
BOUND_VERB_CUES = cue_words(BOUND_VERBS)  # a text without one of these has no bounding verb
# The first characters of the phrases after a figure ("or", "plus", "+", "and", "at"), after a space.
_AFTER_STARTS = frozenset(phrase[0].casefold() for phrase in QUALIFIERS_AFTER)
_WINDOW = 32  # longest qualifier phrase plus spaces


def interval(
    value: float, qualifier: str, tolerance: float = APPROXIMATE_TOLERANCE
) -> tuple[float | None, float | None]:
    """The interval a single figure asserts under a qualifier (ranges carry their own).

    >>> interval(400_000, "approximate")
    (360000.0, 440000.0)
    >>> interval(90_000, "lower_bound")
    (90000, None)
    """
    if qualifier == "approximate":  # low to high whatever the sign: "about -3.5%" is -3.85 to -3.15
        ends = round(value * (1 - tolerance), 9), round(value * (1 + tolerance), 9)
        return min(ends), max(ends)
    if qualifier == "lower_bound":
        return value, None
    if qualifier == "upper_bound":
        return None, value
    return value, value


# The verb before "up to" that makes "up" its particle: "traded up to", "rose up to".
RE_MOVED_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_before(MOVE_UP_VERBS)})\s+$", regex.IGNORECASE | regex.REVERSE
)


def _moved_up(text: str, q: int) -> bool:
    """Whether the "up to" at ``q`` follows a verb of movement: a change, not an upper bound."""
    return RE_MOVED_BEFORE.search(text, max(0, q - 20), q) is not None


def qualified_span(
    text: str,
    start: int,
    end: int,
    value: float,
    qualifier: str,
    low: float | None,
    high: float | None,
    *,
    bound_verbs: bool = True,
) -> tuple[int, int, str, float | None, float | None]:
    """(start, end, qualifier, low, high) of a figure once its qualifier is read; plain values, no copies.

    A qualifier phrase joins the span; a bounding verb ("topped") sets the bound but stays outside it.
    ``bound_verbs``: False when the text holds none of ``BOUND_VERB_CUES``, so none is looked for.
    """
    before = RE_QUALIFIER_BEFORE.search(text, max(0, start - _WINDOW), start)
    if before is None and start > 2 and text[start - 2 : start].lower() in ("a ", "n "):
        before = RE_QUALIFIER_ARTICLE_BEFORE.search(text, max(0, start - _WINDOW), start)
    first = text[end : end + 1]
    if first.isspace():
        first = text[end + 1 : end + 2]
    after = RE_QUALIFIER_AFTER.match(text, end) if first.casefold() in _AFTER_STARTS else None
    given = qualifier
    if before and before["q"].lower() == "up to" and _moved_up(text, before.start("q")):
        before = None  # "rose up to 19.60 dlrs", "traded up to": the verb's particle, not a ceiling
    if before:
        start = before.start("q")
        kind = QUALIFIERS_BEFORE[before["q"].lower()]
        negation = RE_NEGATION_BEFORE.search(text, max(0, start - 16), start) if kind in FLIPPED else None
        if negation:  # "not less than 91%": at least 91
            start, kind = negation.start("neg"), FLIPPED[kind]
        if qualifier != "range" and not (qualifier == "approximate" and kind == "exact"):
            qualifier = kind
    elif qualifier == "exact" and bound_verbs:
        verb = RE_BOUND_VERB_BEFORE.search(text, max(0, start - _WINDOW), start)
        noun = RE_NOUN_AFTER.match(text, end) if verb and verb["gap"] else None
        if noun and noun[1] not in BOUND_MARK_NOUNS and noun[1] not in NOT_OBJECT_NOUNS:
            verb = None  # "topped the 3.5% growth rate": the figure describes the verb's object
        if verb:
            qualifier = BOUND_VERBS[regex.sub(r"\s+", " ", verb["verb"].lower())]
    if after and given != "range":
        end = after.end()
        qualifier = QUALIFIERS_AFTER[after["q"].lower()]
    if qualifier == "range" or (given == "approximate" and qualifier == "approximate"):
        return start, end, qualifier, low, high  # ranges and vague amounts keep their own interval
    low, high = interval(value, qualifier)
    return start, end, qualifier, low, high
