"""The number grammar as a table: phrase -> value, unit, qualifier, low, high."""

from __future__ import annotations

import itertools
from typing import NamedTuple

import pytest

from workbench.extract.numbers import find_numbers


class Case(NamedTuple):
    phrase: str
    value: float
    unit: str = ""
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None


def _one(phrase: str):
    found = find_numbers(f"Officials said {phrase} were counted.")
    assert len(found) == 1, f"{phrase!r} gave {[m.text for m in found]}"
    return found[0]


DIGITS = [
    Case("400,000", 400_000),
    Case("6.1", 6.1),
    Case("1.2", 1.2),
    Case("43,000", 43_000),
    Case("1,234,567", 1_234_567),
    Case("1,234.5", 1234.5),
    Case("0.75", 0.75),
    Case("12", 12),
    Case("999", 999),
    Case("10000", 10_000),
    Case("52,118", 52_118),
    Case("3", 3),
]
SCALES = [
    Case("1.2 million", 1.2e6),
    Case("3 billion", 3e9),
    Case("2.5 trillion", 2.5e12),
    Case("400k", 4e5),
    Case("3m", 3e6),
    Case("4.2bn", 4.2e9),
    Case("7 thousand", 7e3),
    Case("23.1m", 23.1e6),
    Case("1.5mn", 1.5e6),
    Case("2tn", 2e12),
    Case("12 bn", 12e9),
]
WORDS = [
    Case("forty-three thousand", 43_000),
    Case("a dozen", 12),
    Case("half a million", 5e5),
    Case("two hundred and twelve", 212),
    Case("three hundred", 300),
    Case("forty-three", 43),
    Case("ninety-nine", 99),
    Case("two million", 2e6),
    Case("a million", 1e6),
    Case("half a dozen", 6),
    Case("twelve thousand five hundred", 12_500),
    Case("one hundred and one", 101),
    Case("seventy", 70),
    Case("a thousand", 1000),
]
MONEY = [
    Case("$4.2bn", 4.2e9, "USD"),
    Case("£86.4m", 86.4e6, "GBP"),
    Case("€900 million", 9e8, "EUR"),
    Case("$12 million", 12e6, "USD"),
    Case("USD 84 million", 84e6, "USD"),
    Case("12 million dollars", 12e6, "USD"),
    Case("£96", 96, "GBP"),
    Case("€48.60", 48.6, "EUR"),
    Case("US$5", 5, "USD"),
    Case("¥300", 300, "JPY"),
    Case("50 euros", 50, "EUR"),
    Case("20 pounds", 20, "GBP"),
    Case("$3.5 million", 3.5e6, "USD"),
    Case("EUR 10", 10, "EUR"),
    Case("GBP 2.5bn", 2.5e9, "GBP"),
    Case("£1,400", 1400, "GBP"),
]
PERCENT = [
    Case("15%", 15, "percent"),
    Case("6.1 per cent", 6.1, "percent"),
    Case("60 percent", 60, "percent"),
    Case("4.99 per cent", 4.99, "percent"),
    Case("0.5%", 0.5, "percent"),
    Case("100 %", 100, "percent"),
    Case("3 pct", 3, "percent"),
]
MEASURES = [
    Case("140 km/h", 140, "kph"),
    Case("18,000 hectares", 18_000, "hectare"),
    Case("12 km", 12, "km"),
    Case("4.2 metres", 4.2, "m"),
    Case("6 feet", 6, "ft"),
    Case("38 weeks", 38, "week"),
    Case("47 minutes", 47, "minute"),
    Case("300 tonnes", 300, "tonne"),
    Case("5 miles", 5, "mile"),
    Case("48 hours", 48, "hour"),
    Case("200 acres", 200, "acre"),
    Case("70 mph", 70, "mph"),
    Case("2 percentage points", 2, "percentage point"),
    Case("0.25 percentage point", 0.25, "percentage point"),
]
RANGES = [
    Case("between 40,000 and 55,000", 47_500, "", "range", 40_000, 55_000),
    Case("40,000 to 55,000", 47_500, "", "range", 40_000, 55_000),
    Case("40,000-55,000", 47_500, "", "range", 40_000, 55_000),
    Case("$4.5bn-$5.1bn", 4.8e9, "USD", "range", 4.5e9, 5.1e9),
    Case("between $4.5bn and $5.1bn", 4.8e9, "USD", "range", 4.5e9, 5.1e9),
    Case("12 to 15 kilometres", 13.5, "km", "range", 12, 15),
    Case("€410m to €440m", 425e6, "EUR", "range", 410e6, 440e6),
    Case("1.2 to 1.5 million", 1.35e6, "", "range", 1.2e6, 1.5e6),
    Case("10%-15%", 12.5, "percent", "range", 10, 15),
    Case("120–140", 130, "", "range", 120, 140),
]
QUALIFIED = [
    Case("more than 90,000", 90_000, "", "lower_bound", 90_000, None),
    Case("at least 14", 14, "", "lower_bound", 14, None),
    Case("over 500", 500, "", "lower_bound", 500, None),
    Case("nearly 300", 300, "", "upper_bound", None, 300),
    Case("almost 2,000", 2000, "", "upper_bound", None, 2000),
    Case("up to 600", 600, "", "upper_bound", None, 600),
    Case("as many as 9,000", 9000, "", "upper_bound", None, 9000),
    Case("fewer than 1,500", 1500, "", "upper_bound", None, 1500),
    Case("about 18,500", 18_500, "", "approximate", 16_650, 20_350),
    Case("around 370,000", 370_000, "", "approximate", 333_000, 407_000),
    Case("approximately 400,000", 400_000, "", "approximate", 360_000, 440_000),
    Case("roughly $3m", 3e6, "USD", "approximate", 2.7e6, 3.3e6),
    Case("some 6,500", 6500, "", "approximate", 5850, 7150),
    Case("an estimated 38,000", 38_000, "", "approximate", 34_200, 41_800),
    Case("more than a dozen", 12, "", "lower_bound", 12, None),
    Case("nearly two thousand", 2000, "", "upper_bound", None, 2000),
    Case("400,000 or more", 400_000, "", "lower_bound", 400_000, None),
    Case("500 or so", 500, "", "approximate", 450, 550),
    Case("a record 19.6 million", 19.6e6, "", "exact", 19.6e6, 19.6e6),
    Case("under 2,000", 2000, "", "upper_bound", None, 2000),
    Case("in excess of £5m", 5e6, "GBP", "lower_bound", 5e6, None),
]
# Every qualifier word before every figure format: the cross product is the table.
QUALIFIER_WORDS = {
    "about": "approximate",
    "around": "approximate",
    "roughly": "approximate",
    "more than": "lower_bound",
    "at least": "lower_bound",
    "over": "lower_bound",
    "nearly": "upper_bound",
    "almost": "upper_bound",
    "up to": "upper_bound",
    "fewer than": "upper_bound",
    "less than": "upper_bound",
}


def bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """The contract's interval for a qualified figure (10% either side when approximate)."""
    return {
        "approximate": (value * 0.9, value * 1.1),
        "lower_bound": (value, None),
        "upper_bound": (None, value),
        "exact": (value, value),
    }[qualifier]


CROSS = [
    Case(f"{word} {c.phrase}", c.value, c.unit, qual, *bounds(c.value, qual))
    for (word, qual), c in itertools.product(
        QUALIFIER_WORDS.items(), DIGITS[:6] + SCALES[:4] + MONEY[:6] + PERCENT[:3]
    )
]

TABLE = DIGITS + SCALES + WORDS + MONEY + PERCENT + MEASURES + RANGES + QUALIFIED + CROSS


@pytest.mark.parametrize("case", TABLE, ids=[c.phrase for c in TABLE])
def test_number_grammar(case: Case) -> None:
    m = _one(case.phrase)
    assert m.value == pytest.approx(case.value), case.phrase
    assert m.unit == case.unit, case.phrase
    assert m.qualifier == case.qualifier, case.phrase
    low, high = (case.low, case.high) if case.qualifier != "exact" else (case.value, case.value)
    assert (m.low is None) == (low is None) and (m.high is None) == (high is None), case.phrase
    if low is not None:
        assert m.low == pytest.approx(low), case.phrase
    if high is not None:
        assert m.high == pytest.approx(high), case.phrase


@pytest.mark.parametrize("case", TABLE, ids=[c.phrase for c in TABLE])
def test_span_covers_phrase(case: Case) -> None:
    text = f"Officials said {case.phrase} were counted."
    m = _one(case.phrase)
    assert text[m.start : m.end] == case.phrase


def test_count_compound_is_kept() -> None:
    (m,) = find_numbers("A 3,000-strong crowd gathered.")
    assert (m.text, m.value) == ("3,000", 3000)
