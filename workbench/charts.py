"""Plotly figures built from DataFrames; the dashboard and the notebooks share them."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from workbench.reconcile.intervals import claim_interval


def group_figure(
    group_claims: pd.DataFrame,
    derived: list[dict] | None = None,
    accepted_value: float | None = None,
    title: str = "",
) -> go.Figure:
    """Each source's figure as a point with its interval; derived totals as stacked parts."""
    fig = go.Figure()
    for source, rows in group_claims.groupby(group_claims["source"].replace("", "the article")):
        xs, ys, lo, hi, text = [], [], [], [], []
        for r in rows.itertuples(index=False):
            iv = claim_interval(r.value, r.qualifier, r.low, r.high)
            top = iv.high if math.isfinite(iv.high) else r.value * 1.25
            xs.append(f"{source}: {r.metric}")
            ys.append(r.value)
            hi.append(top - r.value)
            lo.append(r.value - iv.low)
            text.append(f"{r.number_text} ({r.qualifier}) — {r.sentence[:120]}")
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
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
    fig.update_layout(
        barmode="stack", title=title, yaxis_title="figure", legend_title="source", margin={"t": 50, "b": 40}
    )
    return fig


def timeline_figure(claims: pd.DataFrame, title: str = "") -> go.Figure:
    """The figures over time (publication dates): one line per source and metric, never mixing the two."""
    dated = claims.assign(date=pd.to_datetime(claims["published"], errors="coerce")).dropna(subset=["date"])
    who = dated["source"].replace("", "the article") + ": " + dated["metric"].replace("", "(no metric)")
    fig = go.Figure()
    for source, rows in dated.sort_values("date").groupby(who):
        fig.add_trace(
            go.Scatter(
                x=rows["date"],
                y=rows["value"],
                mode="lines+markers",
                name=str(source),
                hovertext=rows["number_text"] + " — " + rows["doc_id"],
            )
        )
    fig.update_layout(title=title, xaxis_title="published", yaxis_title="figure", legend_title="source")
    return fig
