"""Whiskers never point the wrong way: a figure's range is drawn around it whatever its sign or size.

Before: "more than -5 degrees" (open above) was drawn to y * 1.25 = -6.25, below its own dot: a
negative error bar.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from workbench.charts import group_figure

# (name, value, qualifier, low, high)
FIGURES = [
    ("positive, open above", 100.0, "lower_bound", 100.0, math.nan),
    ("negative, open above", -5.0, "lower_bound", -5.0, math.nan),
    ("zero, open above", 0.0, "lower_bound", 0.0, math.nan),
    ("negative, up to", -5.0, "upper_bound", math.nan, -5.0),
    ("negative range", -7.5, "range", -10.0, -5.0),
    ("tiny", 1e-9, "exact", 1e-9, 1e-9),
    ("huge", 9.9e17, "approximate", 8.9e17, 1.09e18),
    ("negative approximate", -3.5e6, "approximate", -3.85e6, -3.15e6),
]


@pytest.mark.parametrize(
    ("value", "qualifier", "low", "high"), [f[1:] for f in FIGURES], ids=[f[0] for f in FIGURES]
)
def test_whiskers_are_never_negative(value: float, qualifier: str, low: float, high: float) -> None:
    claims = pd.DataFrame(
        {
            "claim_id": ["c1"],
            "doc_id": ["d"],
            "number_text": ["x"],
            "value": [value],
            "low": [low],
            "high": [high],
            "qualifier": [qualifier],
            "unit": ["degree Celsius"],
            "metric": ["temperature"],
            "source": ["the weather service"],
            "sentence": ["s"],
        }
    )
    (trace,) = group_figure(claims).data
    up, down = trace.error_y.array[0], trace.error_y.arrayminus[0]
    assert up >= 0 and down >= 0, (up, down)
    assert all(math.isfinite(v) for v in (up, down, trace.y[0]))
