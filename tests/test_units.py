"""The unit vocabulary is pint's: every row of units.csv is a pint unit, its written forms come from
pint's registry, and the names the contract and the gold sets fixed are kept."""

from __future__ import annotations

import pytest

from workbench.lexicon.units import UNIT_FORMS, UNIT_SYMBOLS, registry, rows

ROWS = list(rows())


@pytest.mark.parametrize("row", ROWS, ids=[r["pint"] for r in ROWS])
def test_every_row_is_a_pint_unit(row) -> None:
    unit = registry().parse_units(row["pint"])  # raises for a name pint does not define
    assert str(unit) and unit != registry().dimensionless, row["pint"]
    assert row["symbol"] in ("yes", "no")


# Written form -> our unit name: pint's canonical name, or the name a contract or gold set fixed.
FORMS = [
    ("kilometres", "km"),
    ("km", "km"),
    ("metres", "m"),
    ("feet", "ft"),
    ("inches", "inch"),
    ("miles", "mile"),
    ("kWh", "kilowatt hour"),
    ("kilowatt-hours", "kilowatt hour"),
    ("MW", "MW"),
    ("gigawatts", "GW"),
    ("GB", "gigabyte"),
    ("Mbps", "megabit per second"),
    ("km/h", "kph"),
    ("miles per hour", "mph"),
    ("hp", "horsepower"),
    ("bhp", "horsepower"),
    ("millimetres", "millimeter"),
    ("sq m", "square meter"),
    ("square feet", "square foot"),
    ("km²", "km2"),
    ("mL", "milliliter"),
    ("mg", "milligram"),
    ("lb", "pound"),
    ("°C", "degree Celsius"),
    ("degrees celsius", "degree Celsius"),
    ("C", "degree Celsius"),
    ("°F", "degree Fahrenheit"),
    ("degrees", "degree"),
    ("hectares", "hectare"),
    ("tonnes", "tonne"),
    ("tons", "tonne"),
    ("kHz", "kilohertz"),
    ("years", "year"),
]


@pytest.mark.parametrize(("form", "unit"), FORMS, ids=[f for f, _ in FORMS])
def test_written_form_gives_the_unit(form: str, unit: str) -> None:
    assert (UNIT_FORMS.get(form) or UNIT_FORMS.get(form.lower())) == unit


# Symbols that are English words or too short to read after a figure ("12 in the", "the 1990s").
@pytest.mark.parametrize("word", ["in", "a", "at", "s", "t", "h", "d", "g", "l", "L", "W", "V", "kt"])
def test_ambiguous_symbols_are_not_read(word: str) -> None:
    assert word not in UNIT_SYMBOLS and word not in UNIT_FORMS
