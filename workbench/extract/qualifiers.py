"""Qualifiers: "about", "more than", "nearly"... turned into the contract's intervals.

>>> from workbench.extract.numbers import find_numbers
>>> [(m.qualifier, m.low, m.high) for m in find_numbers("more than 90,000 and nearly 300")]
[('lower_bound', 90000.0, None), ('upper_bound', None, 300.0)]
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from workbench.lexicon import alternation
from workbench.lexicon.qualifiers import APPROXIMATE_TOLERANCE, QUALIFIERS_AFTER, QUALIFIERS_BEFORE

if TYPE_CHECKING:
    from workbench.extract.numbers import NumberMention

# The qualifier phrase that ends right where the figure begins.
RE_QUALIFIER_BEFORE = regex.compile(
    rf"(?<![\w-])(?P<q>{alternation(QUALIFIERS_BEFORE)})\s+$", regex.IGNORECASE | regex.REVERSE
)
# A qualifier right after the figure: "400,000 or more", "a 400,000-plus".
RE_QUALIFIER_AFTER = regex.compile(rf"\s?(?P<q>{alternation(QUALIFIERS_AFTER)})(?![\w])", regex.IGNORECASE)
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
    if qualifier == "approximate":
        return round(value * (1 - tolerance), 9), round(value * (1 + tolerance), 9)
    if qualifier == "lower_bound":
        return value, None
    if qualifier == "upper_bound":
        return None, value
    return value, value


def qualify(text: str, mention: NumberMention) -> NumberMention:
    """Extend a mention over its qualifier and set qualifier, low and high."""
    before = RE_QUALIFIER_BEFORE.search(text, max(0, mention.start - _WINDOW), mention.start)
    after = RE_QUALIFIER_AFTER.match(text, mention.end)
    start, end = mention.start, mention.end
    qualifier = mention.qualifier
    if before:
        start = before.start("q")
        kind = QUALIFIERS_BEFORE[before["q"].lower()]
        if qualifier != "range" and not (qualifier == "approximate" and kind == "exact"):
            qualifier = kind
    if after and mention.qualifier != "range":
        end = after.end()
        qualifier = QUALIFIERS_AFTER[after["q"].lower()]
    if qualifier == "range":
        return replace(mention, start=start, end=end)
    if mention.qualifier == "approximate" and qualifier == "approximate":
        return replace(mention, start=start, end=end)  # vague amounts keep their own interval
    low, high = interval(mention.value, qualifier)
    return replace(mention, start=start, end=end, qualifier=qualifier, low=low, high=high)
