"""Figures as people write them, both ways: a stored value shown as "400,000", "£1.2bn" or "6.1%",
and a reviewer's entry ("about 400k") read by the extractor's own number grammar, so a correction
means what the same words would mean in an article.

>>> format_figure(400000, ""), format_figure(1.2e9, "GBP"), format_figure(6.1, "percent")
('400,000', '£1.2bn', '6.1%')
>>> f = parse_figure("about 400k")
>>> (f.value, f.qualifier, f.low, f.high)
(400000.0, 'approximate', 360000.0, 440000.0)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.schema import MAX_FIGURE

SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
# How a unit reads after a figure, where "35 minute" would not do (NOTE: keep in step with the
# unit names of lexicon/units.csv; a unit not listed reads as its name).
UNIT_WORDS = {
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "second": "seconds",
    "m": "m",
    "km": "km",
    "degree Celsius": "°C",
    "degree Fahrenheit": "°F",
    "kilogram": "kg",
    "tonne": "tonnes",
    "liter": "litres",
    "gallon": "gallons",
    "mile": "miles",
    "acre": "acres",
    "hectare": "hectares",
    "percentage point": "points",
}
EXAMPLES = "400,000, about 400k, £1.2bn, more than 1,000 or 6.1%"
RE_BARE_NUMBER = re.compile(r"[-−]?\d+(?:\.\d+)?")  # what the grammar may mask as a year or an id


class FigureError(ValueError):
    """An entry that is not one figure; the message says what to write instead."""


@dataclass(frozen=True)
class Figure:
    """One figure as the grammar reads it: the claims table's value, interval, qualifier and unit."""

    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    text: str


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def format_number(value: float) -> str:
    """A plain figure: thousands separated, decimals only where the figure has them.

    >>> format_number(413000.0), format_number(3.1), format_number(0.25), format_number(1.2e-07)
    ('413,000', '3.1', '0.25', '0.00000012')
    """
    if not _is_number(value):
        return ""
    if value == int(value) or abs(value) >= 1000:
        return f"{value:,.0f}"
    text = f"{value:,.8f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{value:.2g}"


def format_figure(value: float | None, unit: str = "") -> str:
    """A figure with its unit, as a reader writes it ("" for no figure, never "nan" or "None").

    >>> [format_figure(v, u) for v, u in ((6e6, "USD"), (5.5e6, "EUR"), (35, "minute"), (3.1, "m"))]
    ['$6m', '€5.5m', '35 minutes', '3.1 m']
    >>> format_figure(None), format_figure(float("nan"), "GBP"), format_figure(2400.0, "CHF")
    ('', '', 'CHF 2,400')
    """
    if value is None or not _is_number(value):
        return ""
    unit = unit or ""
    if len(unit) == 3 and unit.isupper():  # an ISO 4217 currency
        symbol = SYMBOLS.get(unit, unit + " ")
        for size, word in SCALES:
            if abs(value) >= size:
                return f"{symbol}{value / size:,.2f}".rstrip("0").rstrip(".") + word
        return symbol + format_number(value)
    number = format_number(value)
    if unit == "percent":
        return f"{number}%"
    return f"{number} {UNIT_WORDS.get(unit, unit)}".strip()


def unit_label(unit: str) -> str:
    """A unit as a group's name gives it: "£", "%", "minutes"; "" for a plain count.

    >>> [unit_label(u) for u in ("GBP", "percent", "minute", "", "CHF")]
    ['£', '%', 'minutes', '', 'CHF']
    """
    if not unit:
        return ""
    if len(unit) == 3 and unit.isupper():
        return SYMBOLS.get(unit, unit)
    if unit == "percent":
        return "%"
    return UNIT_WORDS.get(unit, unit)


def format_interval(low: float | None, high: float | None, unit: str = "") -> str:
    """The interval a figure's qualifier allows, in words ("" when it is the figure itself).

    >>> format_interval(360000.0, 440000.0), format_interval(1000.0, None)
    ('360,000–440,000', 'more than 1,000')
    >>> format_interval(None, 7.0, "percent")
    'up to 7%'
    """
    has_low, has_high = _is_number(low), _is_number(high)
    if has_low and has_high:
        if low == high:
            return ""
        return f"{format_figure(low, unit)}–{format_figure(high, unit)}"
    if has_low:
        return f"more than {format_figure(low, unit)}"
    if has_high:
        return f"up to {format_figure(high, unit)}"
    return ""


def accepted_value(entry: str, unit: str | None = None) -> float:
    """The one value a reviewer accepts for a group, read like ``parse_figure``; an approximate
    figure gives its value ("about 45" -> 45.0). ``unit``: the group's (what it compares in); an
    entry that names another ("£1.2bn" for a group in dollars, "45%" for a count) is refused: the
    value is stored bare, in the group's unit, and would be read as $1.2bn.

    >>> accepted_value("$3m", "USD"), accepted_value("3m", "USD")
    (3000000.0, 3000000.0)
    >>> accepted_value("£1.2bn", "USD")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    workbench.figures.FigureError: '£1.2bn' is in £, and this group compares in $: enter the value in $

    Raises FigureError for what ``parse_figure`` refuses, and for a range or a bound: an accepted
    value is one number, and taking the middle of "between 40 and 50" would store a figure nobody
    wrote (the range belongs in the note).

    >>> accepted_value("about 413,000")
    413000.0
    >>> accepted_value("between 40 and 50")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    workbench.figures.FigureError: 'between 40 and 50' is a range: enter the one value you accept, ...
    """
    figure = parse_figure(entry)
    kind = {"range": "a range", "lower_bound": "a lower bound", "upper_bound": "an upper bound"}
    if figure.qualifier in kind:
        raise FigureError(
            f"{figure.text!r} is {kind[figure.qualifier]}: enter the one value you accept, "
            "and say the range in the note"
        )
    if unit is not None and figure.unit and figure.unit != unit:
        theirs, ours = unit_label(figure.unit), unit_label(unit) or "a count"
        raise FigureError(
            f"{figure.text!r} is in {theirs}, and this group compares in {ours}: enter the value in {ours}"
        )
    return figure.value


def parse_figure(entry: str) -> Figure:
    """The one figure a reviewer typed, read by the extractor's grammar (``find_numbers``).

    Raises FigureError, saying what to write, for an entry that holds no figure, more than one,
    words besides it, or one too large to be a claim.

    >>> parse_figure("£1.25bn").unit, parse_figure("2024").value, parse_figure("more than 1,000").qualifier
    ('GBP', 2024.0, 'lower_bound')
    >>> parse_figure("lots")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    workbench.figures.FigureError: 'lots' is not a figure: write it as an article would, e.g. 400,000, ...
    """
    from workbench.extract.numbers import find_numbers  # the grammar loads its lexicon on first use

    text = " ".join(str(entry).split())
    if not text:
        raise FigureError("enter a figure, e.g. " + EXAMPLES)
    found = find_numbers(text)
    if not found and RE_BARE_NUMBER.fullmatch(text):
        counted = find_numbers(f"{text} people")  # a bare 2024 is a count here, not a year
        found = [m for m in counted if m.start == 0 and m.end == len(text)]
    if len(found) > 1:
        shown = ", ".join(repr(m.text) for m in found)
        raise FigureError(f"{text!r} holds {len(found)} figures ({shown}): enter one")
    if not found or found[0].negated:
        raise FigureError(f"{text!r} is not a figure: write it as an article would, e.g. {EXAMPLES}")
    m = found[0]
    rest = (text[: m.start] + " " + text[m.end :]).strip(" .,;")
    if rest:
        raise FigureError(f"{text!r} holds words besides the figure ({rest!r}): enter the figure alone")
    for bound in (m.value, m.low, m.high):
        if bound is not None and not (math.isfinite(bound) and abs(bound) < MAX_FIGURE):
            raise FigureError(f"{text!r} is too large to be a claim (the limit is {MAX_FIGURE:.0e})")
    return Figure(m.value, m.low, m.high, m.qualifier, m.unit, text)
