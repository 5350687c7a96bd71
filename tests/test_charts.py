"""Text from the data is drawn as written on every chart. Plotly reads a subset of HTML in every
string of a figure (<i>, <b>, <a href>, <br>): an article titled "**Bold** <i>title</i>" had its
"title" drawn in italics on the Charts page. Each row puts one piece of markup in one field a chart
shows; the figures built must hold it only as text (entities), never as a live tag."""

import html
import re
from collections.abc import Iterator

import pandas as pd
import plotly.graph_objects as go
import pytest

from workbench.charts import group_figure, timeline_figure
from workbench.schema import as_claims

LIVE_TAG = re.compile(r"<\s*/?\s*(i|b|a|em|sup|sub|span|s|u)\b", re.IGNORECASE)


def _claims(**hostile: str) -> pd.DataFrame:
    """Two sources' figures for one quantity on two dates, with ``hostile`` in some fields."""
    base = {
        "doc_id": "report",
        "number_text": "45",
        "value": 45.0,
        "low": 45.0,
        "high": 45.0,
        "qualifier": "exact",
        "unit": "",
        "metric": "deaths",
        "source": "police",
        "subject": "",
        "channel": "",
        "quote": False,
        "sentence": "Police said 45 people died.",
        "title": "Flood toll",
        "published": "2025-03-04",
    }
    rows = [
        base | {"claim_id": "c1", "start": 12, "end": 14},
        base
        | {
            "claim_id": "c2",
            "start": 40,
            "end": 42,
            "number_text": "40",
            "value": 40.0,
            "low": 40.0,
            "high": 40.0,
            "source": "the mayor",
            "published": "2025-03-05",
        },
    ]
    rows[1] |= {k: v for k, v in hostile.items() if k != "title"}
    return as_claims(rows)


def _strings(value: object) -> Iterator[str]:
    """Every string anywhere in a figure's JSON (layout, traces, their arrays)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple) or hasattr(value, "tolist"):
        for v in value.tolist() if hasattr(value, "tolist") else value:
            yield from _strings(v)


def _figures(claims: pd.DataFrame, title: str) -> list[go.Figure]:
    derived = [
        {"source": claims["source"].iat[1], "total": "deaths", "value": 40.0, "parts": {"deaths": 40.0}}
    ]
    return [group_figure(claims, derived, 42.0, title=title), timeline_figure(claims, title)]


# (field, markup put in it): every string a reviewer can bring into a chart
MARKUP = [
    ("title", "**Bold** <i>title</i>"),
    ("title", '<a href="https://evil.example">click</a>'),
    ("source", "<b>Ministry</b> of <i>Truth</i>"),
    ("number_text", "<i>40</i>"),
    ("sentence", 'Officials said <a href="https://evil.example">40</a> died.<br>Line two'),
    ("doc_id", "<b>report</b>"),
    ("title", "Tom &amp; Jerry &lt;b&gt;"),  # entities as written stay as written
]


@pytest.mark.parametrize(("field", "markup"), MARKUP, ids=[f"{f}: {m}" for f, m in MARKUP])
def test_text_from_the_data_is_drawn_as_written(field: str, markup: str) -> None:
    claims = _claims(**{field: markup})
    title = markup if field == "title" else "Flood toll — deaths"
    strings = [s for fig in _figures(claims, title) for s in _strings(fig.to_plotly_json())]
    live = [s for s in strings if LIVE_TAG.search(s) or markup in s]
    assert not live, f"{markup!r} in {field} is drawn as markup: {live[:3]}"
    assert any(markup in html.unescape(s) for s in strings), f"{markup!r} in {field} is not shown"
