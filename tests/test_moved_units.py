"""A claim a reviewer moves into a group of another kind of unit (a share into a group in dollars,
a count into one in percent) is named apart, in its own unit, and never compared as if it were in
the group's unit; on the chart it gets a panel of its own.

Before: "4 percent" moved into a group of "$4 million" was explained as "analysts: $4 loss", the
group a conflict "1000000.0 times" wide, and the chart drew 4 on the dollar axis.
"""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import extract_claims, reconcile
from workbench.charts import group_figure, timeline_figure

# (name, article, moved figure as written, status after the move, compared or named apart)
MOVES = [
    (
        "share into dollars",
        "The firm said the repair cost $4 million. Auditors said the repair cost 4 percent of sales.",
        "4 percent",
        "single",
        False,
    ),
    (
        "count into percent",
        "The union said 6 percent of staff quit. The company said 30 staff quit.",
        "30",
        "single",
        False,
    ),
    (
        "count into dollars",
        "The firm said the repair cost $4 million. Police said 500 people were killed.",
        "500",
        "single",
        False,
    ),
    (
        "miles into km (converted)",
        "The agency said the road is 40 km long. Engineers said the new road is 30 miles long.",
        "30 miles",
        None,
        True,
    ),
    (
        "euros into dollars (converted)",
        "The firm said the repair cost $4 million. Auditors said the repair cost 3 million euros.",
        "3 million euros",
        None,
        True,
    ),
]


def _moved(text: str, figure: str) -> tuple[pd.DataFrame, str, str]:
    claims = extract_claims(text, doc_id="story").assign(published="2024-05-02")
    first = reconcile(claims).claims
    gid = first["group_id"].iat[0]
    (moved,) = first.loc[first["number_text"] == figure, "claim_id"]
    return claims, gid, moved


@pytest.mark.parametrize(
    ("text", "figure", "status", "compared"), [m[1:] for m in MOVES], ids=[m[0] for m in MOVES]
)
def test_a_figure_moved_across_units_is_named_apart(
    text: str, figure: str, status: str | None, compared: bool
) -> None:
    claims, gid, moved = _moved(text, figure)
    rec = reconcile(claims, overrides={moved: gid})
    group = rec.groups.set_index("group_id").loc[gid]
    assert ("Not compared, in another unit" in group["explanation"]) is not compared, group["explanation"]
    if status:
        assert group["status"] == status, group["explanation"]
        assert "times" not in group["explanation"]
    members = rec.claims[rec.claims["group_id"] == gid]
    source = members.set_index("claim_id").loc[moved, "source"]
    for fig in (group_figure(members), timeline_figure(members)):
        axis = {tr.name: tr.xaxis for tr in fig.data}
        others = {a for n, a in axis.items() if n != source}
        assert (axis[source] in others) is compared, axis


def test_the_figure_apart_keeps_its_own_unit_in_words() -> None:
    claims, gid, moved = _moved(MOVES[0][1], "4 percent")
    explanation = (
        reconcile(claims, overrides={moved: gid}).groups.set_index("group_id").loc[gid, "explanation"]
    )
    assert "4%" in explanation
    assert "$4 " not in explanation.replace("$4m", "")


def test_the_panel_apart_comes_after_the_groups_own() -> None:
    """The accepted value's line is drawn on the first panel: never one in another unit, even when
    the figure moved in comes first in its article."""
    text = "Auditors said the repair cost 4 percent of sales. The firm said the repair cost $4 million."
    claims = extract_claims(text, doc_id="story").assign(published="2024-05-02")
    first = reconcile(claims).claims
    (moved,) = first.loc[first["number_text"] == "4 percent", "claim_id"]
    (gid,) = first.loc[first["number_text"] == "$4 million", "group_id"]
    rec = reconcile(claims, overrides={moved: gid})
    members = rec.claims[rec.claims["group_id"] == gid]
    group = rec.groups.set_index("group_id").loc[gid]
    assert group["compared_in"] == "USD"  # the group's own unit, not the one of the claim moved in
    assert "Not compared, in another unit: Auditors: 4%" in group["explanation"]
    fig = group_figure(members, accepted_value=4_000_000.0, unit=group["compared_in"])
    axis = {tr.name: tr.xaxis for tr in fig.data}
    assert axis["firm"] == "x" and axis["Auditors"] != "x", axis
    (line,) = fig.layout.shapes
    assert line.yref.startswith("y") and line.y0 == 4_000_000.0 and line.xref in ("x domain", "x")
