"""Negative figures are compared on intervals that run from low to high: "about -3.5%" spans -3.85
to -3.15, and a range written high to low ("from -2 to -4") spans -4 to -2.

Before: claim_interval gave "about -3.5%" the interval (-3.15, -3.85), low above high, so it met
nothing: "about -3.5%" and "-3.4%" were a conflict, and the chart drew its whiskers inverted.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from workbench import reconcile
from workbench.charts import group_figure
from workbench.reconcile.intervals import claim_interval

NAN = math.nan

# (name, first figure, second figure, status): a figure is (value, qualifier, low, high)
PAIRS = [
    ("about -3.5 and -3.4", (-3.5, "approximate", NAN, NAN), (-3.4, "exact", -3.4, -3.4), "consistent"),
    ("about -3.5 and -5", (-3.5, "approximate", NAN, NAN), (-5.0, "exact", -5.0, -5.0), "conflict"),
    ("about 3.5 and 3.4", (3.5, "approximate", NAN, NAN), (3.4, "exact", 3.4, 3.4), "consistent"),
    ("bounds given high to low", (-3.0, "range", -2.0, -4.0), (-3.9, "exact", -3.9, -3.9), "consistent"),
    ("range and a figure outside it", (-3.0, "range", -2.0, -4.0), (-4.4, "exact", -4.4, -4.4), "conflict"),
    (
        "about -100 and about -95",
        (-100.5, "approximate", NAN, NAN),
        (-95.5, "approximate", NAN, NAN),
        "consistent",
    ),
]


def _claims(*figures: tuple) -> pd.DataFrame:
    rows = []
    for i, (value, qualifier, low, high) in enumerate(figures):
        rows.append(
            {
                "claim_id": f"c{i}",
                "doc_id": "economy",
                "start": 10 * i,
                "end": 10 * i + 3,
                "number_text": str(value),
                "value": value,
                "low": low,
                "high": high,
                "qualifier": qualifier,
                "unit": "percent",
                "metric": "growth",
                "subject": "",
                "source": ["statistics office", "central bank"][i],
                "channel": "",
                "quote": False,
                "sentence": "s",
                "title": "Economy",
                "publication": "",
                "published": "2025-01-02",
            }
        )
    return pd.DataFrame(rows)


@pytest.mark.parametrize(("first", "second", "status"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_negative_figures_compare_on_ordered_intervals(first: tuple, second: tuple, status: str) -> None:
    rec = reconcile(_claims(first, second))
    (got,) = rec.groups["status"]
    assert got == status, rec.groups["explanation"].iat[0]
    for value, qualifier, low, high in (first, second):
        iv = claim_interval(value, qualifier, low, high)
        assert iv.low <= iv.point <= iv.high
    for trace in group_figure(rec.claims).data:
        assert min(trace.error_y.array) >= 0 and min(trace.error_y.arrayminus) >= 0


# (name, first figure, second figure, the words of the conflict)
CONFLICTS = [
    (
        "zero against five",
        (0.0, "exact", 0.0, 0.0),
        (5.0, "exact", 5.0, 5.0),
        "central bank's 5% against statistics office's 0% (a gap of 5%)",
    ),
    (
        "minus five against five",
        (-5.0, "exact", -5.0, -5.0),
        (5.0, "exact", 5.0, 5.0),
        "central bank's 5% against statistics office's -5% (a gap of 10%)",
    ),
    (
        "two negatives",
        (-2.0, "exact", -2.0, -2.0),
        (-8.0, "exact", -8.0, -8.0),
        "statistics office's -2% against central bank's -8% (a gap of 6%)",
    ),
    (
        "two positives",
        (40.0, "exact", 40.0, 40.0),
        (90.0, "exact", 90.0, 90.0),
        "central bank's 90% is 2.2 times statistics office's 40% (a gap of 50%)",
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "said"), [c[1:] for c in CONFLICTS], ids=[c[0] for c in CONFLICTS]
)
def test_a_conflict_names_the_figures_that_conflict(first: tuple, second: tuple, said: str) -> None:
    """Before: "0% against 5%" read "5% is 1.0 times 5% (a gap of 0%)", "-5% against 5%" read
    "5% is -1.0 times -5%", and the queue ranked such conflicts as the least of all (gap 1.0)."""
    rec = reconcile(_claims(first, second))
    group = rec.groups.iloc[0]
    assert group["status"] == "conflict"
    assert said in group["explanation"], group["explanation"]
    assert "1.0 times" not in group["explanation"] and "-" not in group["explanation"].split("times")[0][-3:]
    assert group["ratio"] > 1.5


# (name, first figure, second figure, the words of the agreement)
AGREEMENTS = [
    (
        "close negatives",
        (-3.5, "approximate", NAN, NAN),
        (-3.4, "exact", -3.4, -3.4),
        "the figures agree within 2.9%",
    ),
    (
        "a negative bound",
        (-100.0, "lower_bound", -100.0, NAN),
        (-10.0, "exact", -10.0, -10.0),
        "differ by 90%",
    ),
    (
        "close positives",
        (3.5, "approximate", NAN, NAN),
        (3.4, "exact", 3.4, 3.4),
        "the figures agree within 2.9%",
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "said"), [a[1:] for a in AGREEMENTS], ids=[a[0] for a in AGREEMENTS]
)
def test_an_agreement_measures_the_gap_whatever_the_sign(first: tuple, second: tuple, said: str) -> None:
    """Before: the gap was divided by the lesser figure with its sign, so negative figures always
    "agreed" with no percentage, however far apart their bounds let them be."""
    group = reconcile(_claims(first, second)).groups.iloc[0]
    assert group["status"] == "consistent"
    assert said in group["explanation"], group["explanation"]
