"""The timeline reads each article's date on its own: corpora mix plain dates, timestamps with
different offsets and written dates.

Before: pandas took the first cell's format for every cell, so "2025-01-03T10:00:00+00:00" after a
plain "2025-01-02" was dropped from the chart; two different offsets raised "Mixed timezones
detected" and the Charts page showed "This page could not be shown".
"""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.charts import timeline_figure

# (name, the articles' dates, points drawn)
DATES = [
    ("plain dates", ["2025-01-02", "2025-01-03", "2025-01-04"], 3),
    ("plain then with an offset", ["2025-01-02", "2025-01-03T10:00:00+00:00", "2025-01-04"], 3),
    ("two offsets", ["2025-01-02T10:00:00+05:30", "2025-01-03T10:00:00-05:00", "2025-01-04T00:00:00Z"], 3),
    ("written dates", ["2025-01-02", "Jan 3, 2025", "4 January 2025"], 3),
    ("one not a date", ["2025-01-02", "yesterday-ish", "2025-01-04"], 2),
    ("empty and missing", ["", None, "2025-01-04"], 1),
]


def _claims(dates: list) -> pd.DataFrame:
    n = len(dates)
    return pd.DataFrame(
        {
            "claim_id": [f"c{i}" for i in range(n)],
            "doc_id": [f"d{i}" for i in range(n)],
            "number_text": [str(40 + i) for i in range(n)],
            "value": [40.0 + i for i in range(n)],
            "unit": [""] * n,
            "metric": ["killed"] * n,
            "source": ["police"] * n,
            "published": dates,
        }
    )


@pytest.mark.parametrize(("dates", "drawn"), [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_every_dated_article_is_on_the_timeline(dates: list, drawn: int) -> None:
    fig = timeline_figure(_claims(dates))
    assert sum(len(t.x) for t in fig.data) == drawn
    xs = [x for t in fig.data for x in t.x]
    assert xs == sorted(xs)
