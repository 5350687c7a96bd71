"""One colour per source, the same in every chart and in the article reader, so a reviewer who has
seen Zelensky in blue once finds him in blue everywhere.

>>> colours = source_colours(["police", "", "Red Crescent", "police"])
>>> colours["police"], colours[""]
('#4e79a7', '#8c8c8c')
>>> tint("#4e79a7")
'rgba(78, 121, 167, 0.35)'
"""

from __future__ import annotations

from collections.abc import Iterable

# Tableau 10 then its lighter companions: distinct for most colour vision, readable as a marker
# and, tinted, behind text.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#b07aa1",
    "#edc948",
    "#76b7b2",
    "#ff9da7",
    "#9c755f",
    "#17becf",
    "#a0cbe8",
    "#ffbe7d",
    "#8cd17d",
    "#d4a6c8",
)
OWN_VOICE = "#8c8c8c"  # a figure the article states in its own voice: no one's colour


def source_colours(sources: Iterable[str]) -> dict[str, str]:
    """A colour per source, in order of first appearance ("" is the article's own voice, grey).
    Pass every source of the store, not one group's, so a source keeps its colour across groups."""
    out: dict[str, str] = {"": OWN_VOICE}
    for source in dict.fromkeys(str(s) for s in sources if isinstance(s, str) and s):
        out[source] = PALETTE[(len(out) - 1) % len(PALETTE)]
    return out


def tint(colour: str, alpha: float = 0.35) -> str:
    """``colour`` see-through, to lie behind text."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"
