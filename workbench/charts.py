"""Plotly figures built from DataFrames; the dashboard and the notebooks share them."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from workbench.reconcile.intervals import claim_interval


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
    return r.value, iv.low, iv.high, False


def group_figure(
    group_claims: pd.DataFrame,
    derived: list[dict] | None = None,
    accepted_value: float | None = None,
    title: str = "",
) -> go.Figure:
    """Each source's figure as a point with its interval, in the group's unit (a figure converted
    from another unit or currency is labelled as it was stated); derived totals as stacked parts."""
    fig = go.Figure()
    for source, rows in group_claims.groupby(group_claims["source"].replace("", "the article")):
        xs, ys, lo, hi, text, labels = [], [], [], [], [], []
        for r in rows.itertuples(index=False):
            y, low, high, converted = _compared(r)
            top = high if math.isfinite(high) else y * 1.25
            xs.append(f"{source}: {r.metric}")
            ys.append(y)
            hi.append(top - y)
            lo.append(y - low)
            amount = f"{y:,.0f}" if abs(y) >= 100 else f"{y:,.2f}"
            said = f"{r.number_text} ≈ {amount} {r.compared_in}" if converted else str(r.number_text)
            text.append(f"{said} ({r.qualifier}) — {r.sentence[:120]}")
            labels.append(str(r.number_text) if converted else "")
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers+text" if any(labels) else "markers",
                text=labels,
                textposition="middle right",
                name=str(source),
                hovertext=text,
                marker={"size": 12},
                error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo},
            )
        )
    for d in derived or []:
        label = f"{d['source']}: {d['total']} (derived)"
        for part, value in d["parts"].items():
            fig.add_trace(go.Bar(x=[label], y=[value], name=f"{d['source']}: {part}", opacity=0.6))
    if accepted_value is not None and not (isinstance(accepted_value, float) and math.isnan(accepted_value)):
        fig.add_hline(y=accepted_value, line_dash="dash", annotation_text=f"accepted {accepted_value:,.0f}")
    units = group_claims["compared_in"] if "compared_in" in group_claims else group_claims["unit"]
    unit = units.mode().iat[0] if len(units) and units.mode().size else ""
    fig.update_layout(
        barmode="stack",
        title=title,
        yaxis_title=f"figure ({unit})" if unit else "figure",
        legend_title="source",
        margin={"t": 50, "b": 40},
    )
    return fig


def timeline_figure(claims: pd.DataFrame, title: str = "") -> go.Figure:
    """The figures over time (publication dates): one line per source and metric, never mixing the two;
    in the group's unit where the figures were converted."""
    dated = claims.assign(date=pd.to_datetime(claims["published"], errors="coerce")).dropna(subset=["date"])
    who = dated["source"].replace("", "the article") + ": " + dated["metric"].replace("", "(no metric)")
    fig = go.Figure()
    for source, rows in dated.sort_values("date").groupby(who):
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=rows["converted_value"] if "converted_value" in rows else rows["value"],
                mode="lines+markers",
                name=str(source),
                hovertext=rows["number_text"] + " — " + rows["doc_id"],
            )
        )
    fig.update_layout(title=title, xaxis_title="published", yaxis_title="figure", legend_title="source")
    return fig
