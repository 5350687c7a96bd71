"""The unit vocabulary is pint's: every row of units.csv is a pint unit, its written forms come from
pint's registry (generated into unit_forms.csv), and the names the contract and the gold sets fixed are
kept."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from workbench.lexicon.units import (
    FORMS_CSV,
    UNIT_FORMS,
    UNIT_NAMES,
    UNIT_SYMBOLS,
    build,
    registry,
    render,
    rows,
    tables,
)

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
    ("Mbps", "Mbps"),
    ("kbps", "kbps"),
    ("kilobits per second", "kbps"),
    ("megabits a second", "Mbps"),
    ("megabits", "megabit"),
    ("km/h", "kph"),
    ("miles per hour", "mph"),
    ("hp", "horsepower"),
    ("bhp", "horsepower"),
    ("millimetres", "mm"),
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


def test_committed_forms_match_pint() -> None:
    """unit_forms.csv is what pint gives for units.csv today: rebuild it after editing units.csv or
    upgrading pint (``python -m workbench.lexicon.units --rebuild``)."""
    built = build()
    assert FORMS_CSV.read_text(encoding="utf-8") == render(built), (
        "run: python -m workbench.lexicon.units --rebuild"
    )
    assert tables(built) == (UNIT_FORMS, UNIT_NAMES, UNIT_SYMBOLS)


def test_extraction_does_not_load_pint() -> None:
    """Reading units at run time costs a file read, not pint's registry (a quarter of a second)."""
    code = "import sys, workbench.extract.numbers; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# An age read from its clause, with no unit written, is counted in years (the claims table's unit).
AGES_IN_CLAUSES = [
    ('He faces the game at the age of 31. "By then I will be 35 so I hope to be fit."', "35"),
    ("The 19-year-old striker signed on Friday.", "19-year-old"),
]


@pytest.mark.parametrize(("text", "figure"), AGES_IN_CLAUSES)
def test_an_age_is_counted_in_years(text: str, figure: str) -> None:
    from workbench import extract_claims

    claims = extract_claims(text)
    row = claims[claims["number_text"] == figure].iloc[0]
    assert (row["metric"], row["unit"]) == ("age", "year")


def test_currency_names_match_cldr() -> None:
    """currency_names.csv is what CLDR (through Babel) names the currencies in use: rebuild it after
    upgrading Babel (``python -m workbench.lexicon.mine_currency_names``). A newer CLDR may rename
    a few; most names must stand."""
    import babel.core
    import babel.numbers

    from workbench.lexicon.mine_currency_names import NAMES_CSV, NOT_MONEY, currency_names

    with NAMES_CSV.open(encoding="utf-8", newline="") as f:
        committed = {(r["form"], r["code"], r["kind"]) for r in csv.DictReader(f)}
    built = set(currency_names(babel.numbers, babel.core))
    assert len(committed & built) >= 0.95 * len(committed), (
        "run: python -m workbench.lexicon.mine_currency_names"
    )
    assert not {form for form, _, _ in committed} & NOT_MONEY
    assert ("kyats", "MMK", "noun") in committed and ("kuwaiti dinars", "KWD", "full") in committed


# A scaled amount with no currency, named by a metric that only counts money, is in the currency the
# document gave last; a count, or an amount with no scale word, is not.
DOCUMENT_CURRENCY = [
    (
        "The current account deficit narrowed to 180 mln N.Z. dlrs. The smoothed deficit fell to 226 mln.",
        "226 mln",
        "NZD",
    ),
    ("Pretax profit was 46.1 mln stg. Gross profit 215.9 mln vs 136.2 mln.", "215.9 mln", "GBP"),
    ("Profit rose to 12 mln dlrs. In all, the plants built 4.8 mln cars.", "4.8 mln", ""),
    ("Profit was 46.1 mln stg. The deficit was 250,000.", "250,000", ""),
    ("The deficit fell to 226 mln.", "226 mln", ""),
    ("Unit loss 7.26 dlrs\n\nRevs 46.9 mln", "46.9 mln", "USD"),  # the wire's revenues
    ("Shr loss one ct vs two cts", "one ct", "USD"),
    # the heads of the wire's results notes and tables are money too
    ("Net profit rose to 8 mln stg.\n\nTax 3.1 mln vs 2.7 mln", "3.1 mln", "GBP"),
    ("Pretax profit 12 mln stg vs 9 mln\n\nMinorities 1.3 mln vs 0.9 mln", "1.3 mln", "GBP"),
    # before any currency, the next its sentence gives
    ("It had a net loss of 12.92 billion, against a 1.65 billion yen profit.", "12.92 billion", "JPY"),
    ("It had a net loss of 12.92 billion. A year ago it made 1.65 billion yen.", "12.92 billion", ""),
]


@pytest.mark.parametrize(("text", "figure", "unit"), DOCUMENT_CURRENCY)
def test_a_money_metric_takes_the_document_currency(text: str, figure: str, unit: str) -> None:
    from workbench import extract_claims

    claims = extract_claims(text, doc_id="t")
    row = claims[claims["number_text"] == figure]
    assert row["unit"].tolist() == [unit], claims[["number_text", "unit", "metric"]].values.tolist()
