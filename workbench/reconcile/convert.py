"""Figures in different units or currencies made comparable: pint for physical units, the ECB's
reference rates for money (the ``currencyconverter`` package ships their history: no network).

Rules are data: our unit names map to pint expressions through ``lexicon/units.csv`` (the
extractor's own table) and two units convert when pint gives them the same dimensionality; the
words that make a temperature a difference are in ``lexicon/conversions.toml``. A plain count,
percent and percentage point are compared only with themselves, so they never mix.

pint's registry and the ECB table load on first need, once per process (not at import: the
extract path stays free of both); every answer is cached per (unit, target, date).

>>> kind("km") == kind("mile"), kind("hectare") == kind("km2") == kind("acre"), kind("km") == kind("acre")
(True, True, False)
>>> kind("percent"), kind("percentage point"), kind(""), kind("USD") == kind("EUR") == MONEY
('percent', 'percentage point', '', True)
>>> c = conversion("degree Celsius", "degree Fahrenheit")
>>> round(c.apply(100), 6), round(conversion("degree Celsius", "degree Fahrenheit", change=True).apply(2), 6)
(212.0, 3.6)
>>> r = conversion("EUR", "USD", "2025-03-03")
>>> round(r.apply(412e6) / 1e6), r.note
(431, 'at the ECB rate of 1.0465 on 2025-03-03')
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded on first need (see module docstring)
    import pint
    from currency_converter import CurrencyConverter

LEXICON = Path(__file__).resolve().parents[1] / "lexicon"
UNITS_CSV = LEXICON / "units.csv"
CONVERSIONS_TOML = LEXICON / "conversions.toml"
FX_MARGIN = 0.02  # a reporter's own conversion may use a rate a little off the ECB's of that day
MONEY = "money"
TEMPERATURE = "[temperature]"
STALE_DAYS = 31  # a rate older than this before the article's date is no rate (a retired currency)
NOT_CONVERTED = frozenset(("", "percent", "percentage point"))  # a count, a share, a change of a share


@dataclass(frozen=True, slots=True)
class Conversion:
    """``value * scale + offset`` in the target unit; ``note`` says which rate, for money."""

    scale: float
    offset: float = 0.0
    note: str = ""
    money: bool = False

    def apply(self, value: float) -> float:
        return value * self.scale + self.offset


@cache
def _conversions() -> dict:
    return tomllib.loads(CONVERSIONS_TOML.read_text(encoding="utf-8"))


@cache
def _registry() -> pint.UnitRegistry:
    """pint's default registry, loaded once, on first need."""
    import pint

    return pint.UnitRegistry()


@cache
def _ecb() -> CurrencyConverter:
    """The ECB reference rates shipped with ``currencyconverter`` (no network), loaded once."""
    from currency_converter import CurrencyConverter

    return CurrencyConverter()


def _spoken(expr: str) -> str:
    """The name the extractor gives a units.csv row without one: ``meter ** 2`` -> square meter.

    NOTE: keep in sync with ``lexicon/units.py`` (``_forms``), which names units the same way.
    """
    if " ** " in expr:
        base, power = expr.split(" ** ")
        return f"{ {'2': 'square', '3': 'cubic'}[power] } {base.replace('_', ' ')}".strip()
    if " / " in expr:
        num, den = expr.split(" / ")
        return f"{num.replace('_', ' ')} per {den.replace('_', ' ')}"
    return expr.replace("_", " ")


@cache
def pint_units() -> dict[str, str]:
    """Our unit name -> its pint expression, from units.csv (``km`` -> kilometer). A row's spoken
    pint name stays too (``kilogram``): claims stored before the row was given a short name."""
    units: dict[str, str] = {}
    with UNITS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            units.setdefault(_spoken(row["pint"]), row["pint"])
            units[row["name"] or _spoken(row["pint"])] = row["pint"]
    return units


def is_currency(unit: str) -> bool:
    """An ISO 4217 code, as the extractor writes money."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


@lru_cache(maxsize=4096)
def kind(unit: str) -> str:
    """What a unit measures, for grouping: ``money``, a pint dimensionality, or the unit itself."""
    if unit in NOT_CONVERTED:
        return unit
    if is_currency(unit):
        return MONEY
    expr = pint_units().get(unit)
    if expr is None:
        return unit
    dims = _registry().parse_units(expr).dimensionality
    return str(dims) if dims else unit  # dimensionless (a bare degree, decibels): only with itself


def display(unit: str) -> str | None:
    """How an explanation writes an amount in ``unit`` (``{}°C``), if conversions.toml says."""
    return _conversions()["display"].get(unit)


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?()\"'“”‘’").lower() for w in text.split()]


def temperature_change(sentence: str, number_text: str, metric: str = "") -> bool:
    """Whether a temperature figure is a difference ("rose by 2C"), not a level ("hit 40C").

    >>> [temperature_change(s, t) for s, t in (("Temperatures rose by 2C.", "2C"),
    ...     ("The talks aim to limit warming to 1.5C.", "1.5C"), ("Seville hit 40C.", "40C"),
    ...     ("Temperatures rose to 40C.", "40C"), ("It was 3F warmer than usual.", "3F"))]
    [True, True, False, False, True]
    """
    rules = _conversions()["temperature_change"]
    at = sentence.find(number_text)
    if at < 0:
        return any(w in rules["change_nouns"] for w in _words(metric))
    before = _words(sentence[:at])[-3:]
    after = _words(sentence[at + len(number_text) :])[:1]
    last = before[-1] if before else ""
    if last in rules["before"] or (after and after[0] in rules["after"]):
        return True
    if any(w in rules["change_nouns"] for w in (*before, *_words(metric))):
        return True
    return any(w in rules["change_verbs"] for w in before) and last not in rules["level_before"]


def article_date(published: str) -> str:
    """The ISO date a ``published`` cell starts with, or "" when it has none."""
    text = str(published or "")[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def _rate_text(rate: float) -> str:
    """A rate as the ECB prints it (1.0465, 0.85755, 160.93), a cross rate to six figures.

    >>> _rate_text(1.0465), _rate_text(0.9555661729574774), _rate_text(16042.5), _rate_text(3.1e-05)
    ('1.0465', '0.955566', '16042.5', '0.000031')
    """
    text = f"{rate:.6g}"
    if "e" not in text:
        return text
    return f"{rate:,.2f}" if rate >= 1 else f"{rate:.10f}".rstrip("0")


@lru_cache(maxsize=65536)
def fx(source: str, target: str, date: str = "") -> Conversion | None:
    """The ECB reference rate from ``source`` to ``target`` on ``date`` (ISO), or the latest before it.

    No date: the latest rate, and the note says so. None when the ECB has no rate within
    STALE_DAYS before the date (a currency it does not quote, or a date before 1999).
    """
    from currency_converter import RateNotFoundError

    ecb = _ecb()
    if source not in ecb.currencies or target not in ecb.currencies:
        return None
    first = max(ecb.bounds[source].first_date, ecb.bounds[target].first_date)
    last = min(ecb.bounds[source].last_date, ecb.bounds[target].last_date)
    wanted = dt.date.fromisoformat(date) if date else ecb.bounds[ecb.ref_currency].last_date
    wanted = min(wanted, ecb.bounds[ecb.ref_currency].last_date)  # after the shipped history: its last day
    day = min(wanted, last)
    while day >= first and (wanted - day).days <= STALE_DAYS:
        try:
            rate = float(ecb.convert(1, source, target, date=day))
        except RateNotFoundError:  # a weekend or a holiday: the day before
            day -= dt.timedelta(days=1)
            continue
        if date:
            note = f"at the ECB rate of {_rate_text(rate)} on {day.isoformat()}"
        else:
            note = (
                f"at the latest ECB rate of {_rate_text(rate)} on {day.isoformat()} (the article has no date)"
            )
        return Conversion(rate, 0.0, note, money=True)
    return None


def tidy(x: float) -> float:
    """Float noise removed: 1.7999999999999998 -> 1.8 (12 significant digits are plenty)."""
    return float(f"{x:.12g}")


@lru_cache(maxsize=4096)
def _physical(source: str, target: str, change: bool) -> Conversion | None:
    units = pint_units()
    if source not in units or target not in units or kind(source) != kind(target):
        return None
    ureg = _registry()
    src, dst = ureg.parse_units(units[source]), ureg.parse_units(units[target])
    if kind(source) != TEMPERATURE:
        return Conversion(tidy(ureg.Quantity(1.0, src).to(dst).magnitude))
    # Degrees: the scale is that of a difference; a level adds where the target's zero falls.
    delta = ureg.Quantity(1.0, f"delta_{units[source]}").to(f"delta_{units[target]}").magnitude
    zero = 0.0 if change else ureg.Quantity(0.0, src).to(dst).magnitude
    return Conversion(tidy(delta), tidy(zero))


def conversion(source: str, target: str, date: str = "", change: bool = False) -> Conversion | None:
    """How a figure in ``source`` reads in ``target`` (None: they do not convert).

    ``date`` (ISO) picks the exchange rate for money; ``change`` marks a temperature difference.
    """
    if source == target:
        return Conversion(1.0)
    if is_currency(source) and is_currency(target):
        return fx(source, target, date)
    return _physical(source, target, change)


def fx_supported(code: str) -> bool:
    """Whether the ECB quotes this currency (loads the rates)."""
    return code in _ecb().currencies
