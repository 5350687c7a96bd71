"""The data behind each dashboard page, built from DataFrames (no Streamlit here)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from workbench.schema import STATUS_ORDER


def documents_overview(documents: pd.DataFrame, reconciled: pd.DataFrame) -> pd.DataFrame:
    """One row per document: its metadata and how many claims, sources and conflicts it holds."""
    docs = documents[["doc_id", "title", "publication", "published", "url"]].copy()
    if reconciled.empty:
        return docs.assign(claims=0, sources=0, conflicts=0)
    by_doc = reconciled.groupby("doc_id")
    per = pd.DataFrame(
        {
            "claims": by_doc.size(),
            "sources": reconciled[reconciled["source"] != ""].groupby("doc_id")["source"].nunique(),
            "conflicts": (reconciled["status"] == "conflict").groupby(reconciled["doc_id"]).sum(),
        }
    )
    out = docs.merge(per, left_on="doc_id", right_index=True, how="left")
    return out.fillna({"claims": 0, "sources": 0, "conflicts": 0}).astype(
        {"claims": int, "sources": int, "conflicts": int}
    )


@dataclass
class ClaimFilter:
    """The reviewer's filters on the Claims page; an empty list means no filter."""

    documents: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    qualifiers: list[str] = field(default_factory=list)


def filter_claims(reconciled: pd.DataFrame, f: ClaimFilter) -> pd.DataFrame:
    """The claims that pass every non-empty filter."""
    mask = pd.Series(True, index=reconciled.index)
    for column, wanted in (
        ("doc_id", f.documents),
        ("source", f.sources),
        ("metric", f.metrics),
        ("status", f.statuses),
        ("qualifier", f.qualifiers),
    ):
        if wanted:
            mask &= reconciled[column].isin(wanted)
    return reconciled[mask]


def review_queue(groups: pd.DataFrame, verdicts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Groups to review: conflicts first, then by the size of the gap between their figures."""
    q = groups.copy()
    q["gap"] = q["ratio"].round(2)  # largest figure / smallest figure the group compares
    q["order"] = q["status"].map(STATUS_ORDER)
    if verdicts is not None and len(verdicts):
        q = q.merge(verdicts[["group_id", "verdict", "version"]], on="group_id", how="left")
    else:
        q["verdict"], q["version"] = None, None
    q["verdict"] = q["verdict"].fillna("")
    q["version"] = q["version"].fillna(0).astype(int)
    q = q.sort_values(["order", "gap", "n_claims"], ascending=[True, False, False], na_position="last")
    return q.drop(columns=["order"]).reset_index(drop=True)


def group_detail(reconciled: pd.DataFrame, group_id: str) -> pd.DataFrame:
    """The figures of one group side by side: what, who, where, when and in which sentence."""
    cols = [
        "number_text",
        "source",
        "metric",
        "qualifier",
        "value",
        "unit",
        "published",
        "channel",
        "quote",
        "sentence",
        "doc_id",
        "claim_id",
    ]  # what a reviewer compares first
    if "converted_value" in reconciled:  # the figure as compared, beside the figure as stated
        cols[cols.index("unit") + 1 : cols.index("unit") + 1] = ["converted_value", "compared_in"]
    g = reconciled[reconciled["group_id"] == group_id]
    return g[cols].sort_values(["source", "value"]).reset_index(drop=True)
