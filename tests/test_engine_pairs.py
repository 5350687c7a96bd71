"""How a group compares a source's figures, pinned before the review mends that made the engine
use ``Interval.overlaps`` and ``common`` instead of hand-written bound tests (behaviour identical:
the reconciled CSV and groups of all BBC and Reuters news-bench claims byte for byte). A source's
figures that share a point are one range (no test drew that path before); figures that share none
stay apart; an unmatched figure is named with the nearest of the other source; the extremes of two
sources come lower first."""

from __future__ import annotations

import pytest

from workbench.reconcile.engine import _extremes, _Figure, _merge, _unmatched
from workbench.reconcile.intervals import Interval


def fig(low: float, high: float, point: float, qualifier: str = "exact") -> _Figure:
    return _Figure(Interval(low, high, point), qualifier, f"{point:g}")


# (case, a source's figures, the figures kept: (low, high, qualifier))
MERGES = [
    ("one figure restated", [fig(300, 300, 300), fig(300, 300, 300)], [(300, 300, "exact")]),
    (
        "about 300 and 310: one range",
        [fig(270, 330, 300, "approximate"), fig(310, 310, 310)],
        [(270, 330, "range")],
    ),
    (
        "300 and 40: two figures",
        [fig(300, 300, 300), fig(40, 40, 40)],
        [(300, 300, "exact"), (40, 40, "exact")],
    ),
    (
        "a chain joins only where all share a point",
        [fig(90, 110, 100, "approximate"), fig(105, 130, 118, "range"), fig(125, 125, 125)],
        [(90, 130, "range"), (125, 125, "exact")],
    ),
    (
        "open bounds share their open side",
        [fig(100, float("inf"), 100, "lower_bound"), fig(0, 150, 150, "upper_bound")],
        [(0, float("inf"), "range")],  # one range: the hull of the two
    ),
]


@pytest.mark.parametrize(("figs", "kept"), [m[1:] for m in MERGES], ids=[m[0] for m in MERGES])
def test_a_sources_figures_merge_where_they_share_a_point(figs: list[_Figure], kept: list[tuple]) -> None:
    assert [(f.interval.low, f.interval.high, f.qualifier) for f in _merge(figs, "")] == kept


# (case, (source, figure) pairs, the unmatched pair's points lower first, or None)
UNMATCHED = [
    (
        "every figure matched",
        [("a", fig(300, 300, 300)), ("a", fig(40, 40, 40)), ("b", fig(290, 310, 300))],
        None,
    ),
    (
        "120 matches neither of 300 and 40: named with the nearer, 300",
        [("a", fig(300, 300, 300)), ("a", fig(40, 40, 40)), ("b", fig(120, 120, 120))],
        (120, 300),
    ),
    (
        "the farthest pair of all",
        [("a", fig(10, 10, 10)), ("a", fig(20, 20, 20)), ("b", fig(100, 100, 100)), ("c", fig(15, 15, 15))],
        (15, 100),  # b's 100 against c's 15 (6.7x) beats it against a's 20 (5x)
    ),
    ("touching bounds match", [("a", fig(1, 2, 2)), ("a", fig(8, 9, 9)), ("b", fig(2, 3, 3))], None),
    ("zero is never set apart", [("a", fig(0, 0, 0)), ("a", fig(5, 5, 5)), ("b", fig(5, 5, 5))], None),
]


@pytest.mark.parametrize(("pairs", "apart"), [u[1:] for u in UNMATCHED], ids=[u[0] for u in UNMATCHED])
def test_the_unmatched_figure_is_named_with_its_nearest(pairs: list, apart: tuple | None) -> None:
    found = _unmatched(pairs)
    assert (None if found is None else (found[0][1].interval.point, found[1][1].interval.point)) == apart


# (case, pairs, (lower source, higher source))
EXTREMES = [
    ("a zero and a figure", [("a", fig(0, 0, 0)), ("b", fig(5, 5, 5))], ("a", "b")),
    ("negative and positive", [("a", fig(5, 5, 5)), ("b", fig(-5, -5, -5))], ("b", "a")),
    (
        "the greatest source's own lower figure is skipped",
        [("a", fig(9, 9, 9)), ("a", fig(-9, -9, -9)), ("b", fig(1, 1, 1))],
        ("b", "a"),
    ),
]


@pytest.mark.parametrize(("pairs", "order"), [e[1:] for e in EXTREMES], ids=[e[0] for e in EXTREMES])
def test_the_extremes_come_lower_first(pairs: list, order: tuple[str, str]) -> None:
    low, high = _extremes(pairs)
    assert (low[0], high[0]) == order and low[1].interval.point <= high[1].interval.point
