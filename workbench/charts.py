"""Plotly figures built from DataFrames; the dashboard and the notebooks share them.

Every figure colours a source the same way (``workbench.colours``) and has a legend. Quantities
that are not comparable (killed, injured, casualties) are never drawn on one axis: each gets its
own panel, and a total a source gives only by its parts is drawn, stacked, in the total's panel.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from workbench.colours import OWN_VOICE, source_colours
from workbench.figures import format_figure, unit_label
from workbench.highlight import without_bidi
from workbench.reconcile import load_ontology
from workbench.reconcile.intervals import claim_interval

WHISKERS = (  # in short lines: a chart's note is not wrapped, and what passes its width is cut off
    "Dots: each source's figure. Whiskers: the range its qualifier allows<br>"
    "(about, around: ±10%; a round figure: to its last digit; more than: open above, drawn to +25%).<br>"
    "Bars: a total a source gives only by its parts."
)
ARTICLE = "the article"  # the legend's name for figures stated in the article's own voice


def _compared(r: object) -> tuple[float, float, float, bool]:
    """(figure, low, high, converted) of a claim row in its group's unit.

    Rows from ``reconcile`` carry the interval it compared (after conversion); others are read
    from their own qualifier.
    """
    converted = getattr(r, "converted_value", math.nan)
    if isinstance(converted, float) and math.isfinite(converted) and hasattr(r, "compared_low"):
        low, high = r.compared_low, r.compared_high
        high = high if isinstance(high, float) and not math.isnan(high) else math.inf
        low = low if isinstance(low, float) and not math.isnan(low) else converted
        return converted, low, high, str(getattr(r, "compared_in", r.unit)) != str(r.unit)
    iv = claim_interval(r.value, r.qualifier, r.low, r.high)
    value = converted if isinstance(converted, float) and math.isfinite(converted) else r.value
    return value, iv.low, iv.high, False


def quantities(claims: pd.DataFrame) -> pd.Series:
    """Each claim's quantity (the ontology's name for its metric): what one panel may hold."""
    onto = load_ontology()
    return claims["metric"].fillna("").astype(str).map(lambda m: onto.quantity_of(m) or "unspecified")


def _panels(qs: pd.Series, derived: list[dict]) -> list[str]:
    """The panels in order: totals first (they are what the group compares), then parts, then the
    figures in another unit (not compared): the accepted value's line is drawn on the first."""
    totals = [d["total"] for d in derived]
    seen = list(dict.fromkeys([*totals, *qs.tolist()]))
    return sorted(seen, key=lambda q: (PANEL_UNIT in q, q not in totals, seen.index(q)))


PANEL_UNIT = "\x1f"  # between a quantity and the unit of a panel apart from the group's unit


def _panel_keys(claims: pd.DataFrame, unit: str) -> tuple[pd.Series, dict[str, str]]:
    """Each claim's panel, and the unit of each panel not in the group's ``unit``: a figure compared
    in another unit (moved in by a reviewer: 4% into a group in $) gets a panel of its own, never a
    place on an axis of another unit."""
    qs = quantities(claims)
    own = (claims["compared_in"] if "compared_in" in claims else claims["unit"]).fillna("").astype(str)
    other = own != unit
    if not other.any():
        return qs, {}
    keys = qs.where(~other, qs + PANEL_UNIT + own)
    return keys, {k: u for k, u in zip(keys[other], own[other], strict=True)}


def _apart(unit: str | None) -> str:
    """The title's mark of a panel in a unit apart from the group's ("" for the group's own)."""
    return "" if unit is None else f" ({unit_label(unit) or 'count'}, not compared)"


def _unit(claims: pd.DataFrame) -> str:
    units = claims["compared_in"] if "compared_in" in claims else claims["unit"]
    # The engine's choice: the commonest, a tie to the first seen (a Series' mode sorts ties instead).
    common = Counter(units.fillna("").astype(str)).most_common(1)
    return common[0][0] if common else ""


def _label(source: object) -> str:
    """A source as the chart names it (escaped: see ``literal``)."""
    return literal(source) if isinstance(source, str) and source else ARTICLE


def literal(value: object) -> str:
    """A string from the data (a title, a source, a figure as written, a sentence) as Plotly draws
    it literally: Plotly reads a subset of HTML in every string of a figure (``<i>``, ``<b>``,
    ``<a href>``, ``<br>``) and its entities, so ``<``, ``>`` and ``&`` become entities.

    >>> literal("**Bold** <i>title</i> & co")
    '**Bold** &lt;i&gt;title&lt;/i&gt; &amp; co'
    """
    return html.escape(without_bidi(str(value)), quote=False)  # bidi controls: see highlight.py


def _panel(quantity: str) -> str:
    return literal(quantity.replace("_", " "))


def group_figure(
    group_claims: pd.DataFrame,
    derived: list[dict] | None = None,
    accepted_value: float | None = None,
    title: str = "",
    colours: Mapping[str, str] | None = None,
    unit: str | None = None,
) -> go.Figure:
    """Each source's figure as a dot with its interval, in the group's unit (a figure converted
    from another unit or currency is labelled as it was stated), one panel per quantity; derived
    totals as stacked parts in the total's panel; the accepted value as a dashed line. ``unit``:
    the group's (its ``compared_in`` in the groups table), else the commonest of its figures'."""
    derived = derived or []
    colours = colours or source_colours(group_claims["source"])
    unit = _unit(group_claims) if unit is None else unit
    qs, units = _panel_keys(group_claims, unit)
    panels = _panels(qs, derived) or ["figures"]
    titles = [_panel(p.split(PANEL_UNIT)[0] + _apart(units.get(p))) for p in panels]
    fig = make_subplots(rows=1, cols=len(panels), subplot_titles=titles)
    shown: set[str] = set()
    for col, panel in enumerate(panels, start=1):
        rows = group_claims[qs == panel]
        for source, mine in rows.groupby(rows["source"].fillna(""), sort=False):
            xs, ys, lo, hi, hover = [], [], [], [], []
            for r in mine.itertuples(index=False):
                y, low, high, converted = _compared(r)
                top = high if math.isfinite(high) else y + abs(y) * 0.25  # open above: drawn to +25%
                xs.append(f"{literal(r.number_text)}<br>{_label(source)}")
                ys.append(y)
                hi.append(top - y)
                lo.append(y - low)
                said = f"{r.number_text} ≈ {format_figure(y, unit)}" if converted else str(r.number_text)
                line = f"{said} ({r.qualifier}) — {str(r.sentence)[:120]}"
                hover.append(f"{_label(source)}: {literal(line)}")
            name = _label(source)
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="markers",
                    name=name,
                    legendgroup=name,
                    showlegend=name not in shown,
                    hovertext=hover,
                    hoverinfo="text",
                    marker={"size": 13, "color": colours.get(str(source), OWN_VOICE)},
                    error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo, "width": 8},
                ),
                row=1,
                col=col,
            )
            shown.add(name)
        for d in (d for d in derived if d["total"] == panel):
            name = _label(d["source"])
            x = f"{name}: {_panel(d['total'])}<br>(derived)"
            for n, (part, value) in enumerate(d["parts"].items()):
                fig.add_trace(
                    go.Bar(
                        x=[x],
                        y=[value],
                        name=name,
                        legendgroup=name,
                        showlegend=name not in shown,
                        marker={"color": colours.get(str(d["source"]), OWN_VOICE), "opacity": 0.85 - 0.3 * n},
                        text=[literal(f"{part} {format_figure(value, unit)}")],
                        textposition="inside",
                        hovertext=f"{name}: {literal(f'{part} {format_figure(value, unit)}')}",
                        hoverinfo="text",
                    ),
                    row=1,
                    col=col,
                )
                shown.add(name)
        sign = unit_label(units.get(panel, unit))
        title = panel.split(PANEL_UNIT)[0]
        fig.update_yaxes(title_text=_panel(f"{title}{f' ({sign})' if sign else ''}"), row=1, col=col)
        fig.update_yaxes(rangemode="tozero", row=1, col=col)
    if accepted_value is not None and not (isinstance(accepted_value, float) and math.isnan(accepted_value)):
        fig.add_hline(
            y=accepted_value,
            line_dash="dash",
            annotation_text=literal(f"accepted {format_figure(accepted_value, unit)}"),
            row=1,
            col=1,
        )
    _finish(fig, title)
    return fig


def _finish(fig: go.Figure, title: str, note: str = WHISKERS) -> None:
    """Title (the data's: escaped), legend and ``note`` (ours, with its line breaks) over the
    panels: under them it would meet the axis labels, which turn and grow with the number of panels."""
    lines = note.count("<br>") + 1
    fig.update_layout(
        barmode="stack",
        title={"text": literal(title), "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 8}},
        legend_title_text="source",
        showlegend=True,
        margin={"t": 80 + 18 * lines, "b": 110},
        height=480 + 18 * lines,
    )
    fig.add_annotation(
        text=note,
        xref="paper",
        yref="paper",
        x=0,
        y=1,
        yshift=28,  # over the panels' titles
        showarrow=False,
        align="left",
        xanchor="left",
        yanchor="bottom",
    )


def publication_dates(published: pd.Series) -> pd.Series:
    """Each cell's moment as a naive UTC timestamp (NaT where there is none), each read on its own:
    a corpus mixes "2025-01-02", "2025-01-02T10:00:00+05:30" and "Jan 3, 2025". Read together, pandas
    takes the first cell's format for all (the others became NaT, dropped from the timeline) and
    refuses offsets that differ (the Charts page failed).

    >>> cells = pd.Series(["2025-01-02", "2025-01-02T10:00:00+05:30", "Jan 3, 2025", "x", None])
    >>> [str(d) for d in publication_dates(cells)]
    ['2025-01-02 00:00:00', '2025-01-02 04:30:00', '2025-01-03 00:00:00', 'NaT', 'NaT']
    """
    text = published.fillna("").astype(str).str.strip()
    dates = pd.to_datetime(text.where(text != ""), errors="coerce", utc=True, format="mixed")
    return dates.dt.tz_localize(None)


def timeline_figure(
    claims: pd.DataFrame, title: str = "", colours: Mapping[str, str] | None = None, unit: str | None = None
) -> go.Figure:
    """The figures over time (publication dates): one line per source in each quantity's panel, so
    killed and injured never share an axis; in the group's unit where the figures were converted."""
    colours = colours or source_colours(claims["source"])
    unit = _unit(claims) if unit is None else unit
    keys, units = _panel_keys(claims, unit)  # a figure in another unit: a panel of its own
    dated = claims.assign(date=publication_dates(claims["published"]), quantity=keys).dropna(subset=["date"])
    panels = list(dict.fromkeys(dated["quantity"])) or ["figures"]
    titles = [_panel(p.split(PANEL_UNIT)[0] + _apart(units.get(p))) for p in panels]
    fig = make_subplots(rows=1, cols=len(panels), subplot_titles=titles)
    value = "converted_value" if "converted_value" in dated else "value"
    shown: set[str] = set()
    for col, panel in enumerate(panels, start=1):
        rows = dated[dated["quantity"] == panel].sort_values("date")
        for source, mine in rows.groupby(rows["source"].fillna(""), sort=False):
            name = _label(source)
            fig.add_trace(
                go.Scatter(
                    x=mine["date"],
                    y=mine[value],
                    mode="lines+markers",
                    name=name,
                    legendgroup=name,
                    showlegend=name not in shown,
                    line={"color": colours.get(str(source), OWN_VOICE), "width": 3},
                    marker={"size": 10},
                    hovertext=(mine["number_text"].astype(str) + " — " + mine["doc_id"].astype(str)).map(
                        literal
                    ),
                    hoverinfo="text+x",
                ),
                row=1,
                col=col,
            )
            shown.add(name)
        sign = unit_label(units.get(panel, unit))
        axis = f"{panel.split(PANEL_UNIT)[0]}{f' ({sign})' if sign else ''}"
        fig.update_yaxes(title_text=_panel(axis), rangemode="tozero", row=1, col=col)
    _finish(fig, title, "Each line joins one source's figures for one quantity, by publication date.")
    return fig
