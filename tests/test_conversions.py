"""Figures in different units and currencies: which join, what they are compared in, what the
explanation says. Tables of small claim sets (sentences written for these tests)."""

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import ROOT
from tests.test_reconcile import claims_of
from workbench import load_corpus, reconcile
from workbench.export import reconciled_table
from workbench.reconcile import convert
from workbench.schema import GROUP_COLUMNS, RECONCILED_COLUMNS


def one(value: float, unit: str, source: str, metric: str = "size", **extra: object) -> dict:
    return dict(value=value, unit=unit, source=source, metric=metric) | extra


# (name, claims, compared_in, status, a phrase of the explanation)
UNIT_PAIRS = [
    (
        "km and miles",
        [one(1900, "km", "the company", "length"), one(1180, "mile", "Rail Watch", "length")],
        "km",
        "consistent",
        "1,180 miles length ≈ 1,899 km",
    ),
    (
        "hectares and acres",
        [one(12_000, "hectare", "fire service", "burned"), one(30_000, "acre", "Forest Trust", "burned")],
        "hectare",
        "consistent",
        "30,000 acres area burned ≈ 12,141 hectares",
    ),
    (
        "hectares and km²",
        [one(12_000, "hectare", "fire service", "burned"), one(120, "km2", "Forest Trust", "burned")],
        "hectare",
        "consistent",
        "120 km² area burned ≈ 12,000 hectares",
    ),
    (
        "acres and km²",
        [one(30_000, "acre", "Forest Trust", "burned"), one(121, "km2", "fire service", "burned")],
        "acre",
        "consistent",
        "121 km² area burned ≈ 29,900 acres",
    ),
    (
        "tonnes and pounds",
        [one(3e6, "tonne", "regulator", "emissions"), one(6.6e9, "pound", "Clean Air", "emissions")],
        "tonne",
        "consistent",
        "6,600,000,000 lb emissions ≈ 2,993,710 tonnes",
    ),
    (
        "pounds and kilograms",
        [one(4000, "pound", "the farm", "honey"), one(1800, "kilogram", "the co-op", "honey")],
        "pound",
        "consistent",
        "1,800 kg honey ≈ 3,968 lb",
    ),
    # the extractor's short names (kg, cm) join the pint names claims were stored with before
    (
        "kilograms by both names",
        [one(1800, "kg", "the farm", "wool"), one(1800, "kilogram", "the co-op", "wool")],
        "kg",
        "consistent",
        "1,800 kg wool",
    ),
    (
        "centimetres and inches",
        [one(254, "cm", "the survey", "snow depth"), one(100, "inch", "the station", "snow depth")],
        "cm",
        "consistent",
        "100 inch snow depth ≈ 254 cm",
    ),
    (
        "tonnes and kilograms",
        [one(2.5, "tonne", "the port", "cargo"), one(2700, "kilogram", "the carrier", "cargo")],
        "tonne",
        "conflict",
        "2,700 kg cargo ≈ 2.7 tonnes",
    ),
    (
        "degrees Celsius and Fahrenheit, levels",
        [
            one(41, "degree Celsius", "weather service", "temperature"),
            one(106, "degree Fahrenheit", "Ana Ruiz", "temperature"),
        ],
        "degree Celsius",
        "consistent",
        "106°F temperature ≈ 41.11°C",
    ),
    (
        "degrees Celsius and Fahrenheit, differences",
        [
            one(
                2,
                "degree Celsius",
                "weather service",
                "temperature",
                number_text="2C",
                sentence="Average temperatures in Kharvo rose by 2C, the service said.",
            ),
            one(
                3.6,
                "degree Fahrenheit",
                "Ana Ruiz",
                "temperature",
                number_text="3.6F",
                sentence="Ruiz said Dunmore was 3.6F warmer than a century ago.",
            ),
        ],
        "degree Celsius",
        "consistent",
        "3.6°F temperature ≈ 2°C",
    ),
    (
        "litres and gallons",
        [
            one(200_000, "liter", "the coastguard", "spilled"),
            one(50_000, "gallon", "the operator", "spilled"),
        ],
        "liter",
        "consistent",
        "50,000 gallons spilled ≈ 189,271 litres",
    ),
    (
        "kWh and MWh",
        [
            one(500, "kilowatt hour", "the maker", "capacity"),
            one(0.5, "megawatt hour", "the buyer", "capacity"),
        ],
        "kilowatt hour",
        "consistent",
        "0.5 MWh capacity ≈ 500 kWh",
    ),
    (
        "GW and MW",
        [one(2, "GW", "the ministry", "output"), one(2600, "MW", "the grid operator", "output")],
        "GW",
        "conflict",
        "2,600 MW output ≈ 2.6 GW",
    ),
    (
        "the unit most figures use, not the first",
        [
            one(1180, "mile", "Rail Watch", "length"),
            one(1900, "km", "the company", "length"),
            one(1890, "km", "the regulator", "length"),
        ],
        "km",
        "consistent",
        "Rail Watch: 1,180 miles length ≈ 1,899 km",
    ),
]


@pytest.mark.parametrize(
    ("name", "rows", "compared_in", "status", "phrase"), UNIT_PAIRS, ids=[p[0] for p in UNIT_PAIRS]
)
def test_units_of_one_kind_join_and_convert(name, rows, compared_in, status, phrase) -> None:
    result = reconcile(claims_of(*rows))
    assert len(result.groups) == 1, result.groups[["group_label", "explanation"]].values.tolist()
    group = result.groups.iloc[0]
    assert (group["compared_in"], group["status"]) == (compared_in, status), group["explanation"]
    assert phrase in group["explanation"], group["explanation"]
    assert set(result.claims["compared_in"]) == {compared_in}


# (name, claims, number of groups): never compared with each other
APART = [
    (
        "percent and percentage points",
        [
            one(5, "percent", "the bureau", "unemployment"),
            one(5, "percentage point", "the union", "unemployment"),
        ],
        2,
    ),
    (
        "a count and a percentage",
        [one(40, "", "the bureau", "unemployed"), one(40, "percent", "B", "unemployed")],
        2,
    ),
    ("a count and money", [one(4e6, "", "the ministry", "cost"), one(4e6, "USD", "the auditors", "cost")], 2),
    (
        "a percentage and money",
        [one(4, "percent", "the ministry", "cost"), one(4, "EUR", "the auditors", "cost")],
        2,
    ),
    (
        "money and a length",
        [one(40, "USD", "the ministry", "toll"), one(40, "km", "the auditors", "toll")],
        2,
    ),
    (
        "areas and lengths",
        [one(400, "km2", "the ministry", "burned"), one(400, "km", "the rangers", "burned")],
        2,
    ),
    (
        "a bare degree (an angle or a scale not said) and Celsius",
        [
            one(3, "degree", "the ministry", "temperature"),
            one(3, "degree Celsius", "the rangers", "temperature"),
        ],
        2,
    ),
    (
        "a temperature difference and a temperature",
        [
            one(
                2,
                "degree Celsius",
                "the ministry",
                "temperature",
                number_text="2C",
                sentence="Temperatures in Kharvo rose by 2C this decade.",
            ),
            one(
                104,
                "degree Fahrenheit",
                "the rangers",
                "temperature",
                number_text="104F",
                sentence="Dunmore hit 104F on Tuesday.",
            ),
        ],
        2,
    ),
    (
        "a date before the ECB's rates",
        [
            one(4e9, "USD", "the ministry", "cost", published="1995-06-01"),
            one(4e9, "GBP", "the auditors", "cost", published="1995-06-01"),
        ],
        2,
    ),
]


@pytest.mark.parametrize(("name", "rows", "n_groups"), APART, ids=[a[0] for a in APART])
def test_figures_of_different_kinds_stay_apart(name, rows, n_groups) -> None:
    result = reconcile(claims_of(*rows))
    assert len(result.groups) == n_groups, result.groups["explanation"].tolist()
    assert (result.claims["compared_in"] == result.claims["unit"]).all()
    assert (result.claims["converted_value"] == result.claims["value"]).all()


DATED = [
    one(
        430e6, "USD", "the Budget Office", "cost", qualifier="approximate", doc_id="a", published="2025-03-03"
    ),
    one(412e6, "EUR", "Ana Ruiz", "cost", doc_id="b", published="2025-03-03"),
    one(435e6, "USD", "Ivo Lee", "cost", doc_id="c", published="2025-03-04"),
]


def test_a_currency_pair_on_a_dated_article() -> None:
    result = reconcile(claims_of(*DATED))
    assert len(result.groups) == 1
    group = result.groups.iloc[0]
    assert (group["compared_in"], group["status"], group["group_label"]) == (
        "USD",
        "consistent",
        "cost (USD)",
    )
    assert group["explanation"] == (
        "the Budget Office: about $430m cost; Ruiz: €412m cost ≈ $431.16m at the ECB rate of 1.0465 on "
        "2025-03-03; Lee: $435m cost; the figures agree within 1.2%."
    )
    euro = result.claims.set_index("claim_id").loc["c1"]
    assert euro["converted_value"] == pytest.approx(412e6 * 1.0465)
    assert euro["compared_low"] < 412e6 * 1.0465 * 0.98 and euro["compared_high"] > 412e6 * 1.0465 * 1.02


def test_the_exchange_rate_margin_is_configurable() -> None:
    claims = claims_of(*DATED)
    assert reconcile(claims, fx_margin=0.02).groups.loc[0, "status"] == "consistent"
    assert reconcile(claims, fx_margin=0.0).groups.loc[0, "status"] == "conflict"  # $431.2m against $435m


def test_a_weekend_article_takes_the_last_rate_before_it() -> None:
    rows = [r | {"published": "2025-03-02"} for r in DATED]  # a Sunday: the rate of Friday 28 February
    text = reconcile(claims_of(*rows)).groups.loc[0, "explanation"]
    assert "€412m cost ≈ $428.93m at the ECB rate of 1.0411 on 2025-02-28" in text, text


def test_an_undated_article_says_which_rate_it_used() -> None:
    from currency_converter import CurrencyConverter

    ecb = CurrencyConverter()
    last = min(ecb.bounds["USD"].last_date, ecb.bounds["GBP"].last_date)
    rate = ecb.convert(1, "GBP", "USD", date=last)
    rows = [
        one(2e9, "USD", "the Budget Office", "cost", doc_id="a"),
        one(1.5e9, "GBP", "Ana Ruiz", "cost", doc_id="b"),
        one(2.1e9, "USD", "Ivo Lee", "cost", doc_id="c"),
    ]
    text = reconcile(claims_of(*rows)).groups.loc[0, "explanation"]
    assert f"at the latest ECB rate of {rate:.6g} on {last.isoformat()} (the article has no date)" in text, (
        text
    )
    assert last <= dt.date.today()


def test_a_group_keeps_its_id_when_another_currency_joins() -> None:
    pounds = [one(1.2e9, "GBP", "Ana Ruiz", "cost"), one(1.3e9, "GBP", "the auditors", "cost")]
    before = reconcile(claims_of(*pounds)).groups.loc[0, "group_id"]
    after = reconcile(claims_of(*pounds, one(1.5e9, "EUR", "the bank", "cost", published="2025-04-10")))
    assert after.groups["group_id"].tolist() == [before]


def test_reconciled_and_groups_tables_record_the_conversion() -> None:
    result = reconcile(claims_of(*DATED))
    table = reconciled_table(result.claims)
    assert list(table.columns[-len(RECONCILED_COLUMNS) :]) == list(RECONCILED_COLUMNS)
    assert list(result.groups.columns[: len(GROUP_COLUMNS)]) == list(GROUP_COLUMNS)
    assert table["compared_in"].tolist() == ["USD", "USD", "USD"]
    assert table["converted_value"].tolist() == pytest.approx([430e6, 412e6 * 1.0465, 435e6])
    assert set(table["explanation"]) == set(result.groups["explanation"])


def test_the_bundled_story_in_pounds_and_euros_is_one_group_with_the_rate() -> None:
    corpus = load_corpus([ROOT / "data" / "corpus"])
    result = reconcile(corpus.claims)
    claims = result.claims
    euro = claims[(claims["doc_id"] == "bridge/04_euro_estimate") & (claims["value"] == 1.6e9)]
    assert len(euro) == 1 and euro["unit"].iat[0] == "EUR"
    members = claims[claims["group_id"] == euro["group_id"].iat[0]]
    assert {"GBP", "EUR"} <= set(members["unit"]) and set(members["doc_id"].str[:6]) == {"bridge"}
    group = result.groups.set_index("group_id").loc[euro["group_id"].iat[0]]
    assert group["compared_in"] == "GBP"
    assert "€1.6bn" in group["explanation"], group["explanation"]
    assert "≈ £1.37bn at the ECB rate of 0.85755 on 2025-04-10" in group["explanation"], group["explanation"]


# (sentence, the figure as written, metric, a difference?)
TEMPERATURES = [
    ("Average temperatures in the valley rose by 1.2C over the decade.", "1.2C", "temperatures", True),
    ("The lake warmed by 2.7F since 1980, researchers found.", "2.7F", "lake", True),
    ("Nations agreed to limit global warming to 1.5C.", "1.5C", "global", True),
    ("The summer ran 4F hotter than the long-term average.", "4F", "summer", True),
    ("Forecasters expect a 3C rise in night-time lows.", "3C", "lows", True),
    ("Night-time temperatures climbed 5C in a week.", "5C", "temperatures", True),
    ("The thermometer in Dunmore hit 43C on Sunday.", "43C", "thermometer", False),
    ("Temperatures rose to 38C in the capital.", "38C", "temperatures", False),
    ("Water in the bay fell from 21C overnight.", "21C", "water", False),
    ("Highs of 95F are expected across the plains.", "95F", "highs", False),
    ("The warming anomaly reached 0.9C.", "0.9C", "anomaly", True),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "metric", "difference"), TEMPERATURES, ids=[t[0] for t in TEMPERATURES]
)
def test_a_temperature_difference_is_told_from_a_temperature(sentence, figure, metric, difference) -> None:
    assert convert.temperature_change(sentence, figure, metric) is difference, sentence


def test_every_unit_the_extractor_names_is_known_to_the_converter() -> None:
    from workbench.lexicon.units import UNIT_FORMS

    names = set(UNIT_FORMS.values())
    assert names <= set(convert.pint_units()), sorted(names - set(convert.pint_units()))
    assert {convert.kind(n) for n in names} >= {"[length]", "[mass]", "[temperature]", "[length] ** 2"}


def test_reconcile_loads_neither_pint_nor_the_rates_at_import() -> None:
    code = (
        "import sys, workbench, workbench.reconcile, workbench.export; "
        "print(sorted(m for m in ('pint', 'currency_converter') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr


def test_a_store_of_one_currency_never_loads_the_rates() -> None:
    code = (
        "import sys; from tests.test_reconcile import claims_of; from workbench import reconcile; "
        "reconcile(claims_of(dict(value=4e9, metric='cost', source='A', unit='USD'), "
        "dict(value=5e9, metric='cost', source='B', unit='USD'))); "
        "print('currency_converter' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


def test_converted_values_keep_the_claims_order_and_index() -> None:
    claims = claims_of(*DATED).set_axis([10, 20, 30])
    out = reconcile(claims).claims
    assert out.index.tolist() == [10, 20, 30]
    assert pd.Series(out["converted_value"].to_numpy()).round(0).tolist() == [430e6, 431158000.0, 435e6]


def test_duplicate_index_labels_are_kept_and_harmless() -> None:
    plain = reconcile(claims_of(*DATED)).groups["explanation"].tolist()
    out = reconcile(claims_of(*DATED).set_axis([7, 7, 7]))
    assert out.claims.index.tolist() == [7, 7, 7]
    assert out.groups["explanation"].tolist() == plain


def test_a_claim_a_reviewer_moves_into_another_currency_is_converted() -> None:
    claims = claims_of(
        one(430e6, "USD", "the Budget Office", "cost", published="2025-03-03"),
        one(412e6, "EUR", "Ana Ruiz", "subsidy", published="2025-03-03"),
    )
    target = reconcile(claims).claims.set_index("claim_id").loc["c0", "group_id"]
    moved = reconcile(claims, overrides={"c1": target})
    assert len(moved.groups) == 1 and moved.groups.loc[0, "compared_in"] == "USD"
    assert (
        "€412m subsidy ≈ $431.16m at the ECB rate of 1.0465 on 2025-03-03"
        in moved.groups.loc[0, "explanation"]
    )
    count = claims_of(one(430e6, "USD", "A", "cost"), one(9, "", "B", "arrested"))
    gid = reconcile(count).claims.set_index("claim_id").loc["c0", "group_id"]
    out = reconcile(count, overrides={"c1": gid}).claims  # across kinds: compared as it stands
    assert out["compared_in"].tolist() == ["USD", ""] and out["converted_value"].tolist() == [430e6, 9]
