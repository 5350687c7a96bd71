"""Interval arithmetic as a table."""

import math

import pytest

from workbench.reconcile.intervals import Interval, claim_interval, common

INF = math.inf
CASES = [
    (400_000, "approximate", None, None, 0.10, (360_000, 440_000)),
    (400_000, "approximate", None, None, 0.05, (380_000, 420_000)),
    (43_000, "exact", None, None, 0.10, (42_500, 43_500)),  # a round figure claims its thousands
    (43_217, "exact", None, None, 0.10, (43_217, 43_217)),
    (43_210, "exact", None, None, 0.10, (43_205, 43_215)),
    (356, "exact", None, None, 0.10, (356, 356)),
    (90_000, "lower_bound", None, None, 0.10, (90_000, INF)),
    (300, "upper_bound", None, None, 0.10, (0, 300)),
    (47_500, "range", 40_000, 55_000, 0.10, (40_000, 55_000)),
    (6.1, "approximate", None, None, 0.10, (5.49, 6.71)),
]


@pytest.mark.parametrize(("value", "qualifier", "low", "high", "tol", "expected"), CASES)
def test_claim_interval(value, qualifier, low, high, tol, expected) -> None:
    iv = claim_interval(value, qualifier, low, high, tol)
    assert (iv.low, iv.high) == pytest.approx(expected)
    assert iv.point == value


SUMS = [
    (("exact", 43_000), ("approximate", 370_000), (375_500, 450_500, 413_000)),
    (("exact", 12), ("exact", 5), (17, 17, 17)),
    (("exact", 10), ("exact", 5), (10, 20, 15)),
    (("lower_bound", 10), ("exact", 5), (15, INF, 15)),
    (("upper_bound", 10), ("exact", 5), (5, 15, 15)),
]


@pytest.mark.parametrize(("a", "b", "expected"), SUMS)
def test_sums(a, b, expected) -> None:
    total = claim_interval(a[1], a[0]) + claim_interval(b[1], b[0])
    assert (total.low, total.high, total.point) == pytest.approx(expected)


OVERLAPS = [
    ((1, 2), (2, 3), True),
    ((1, 2), (2.1, 3), False),
    ((0, INF), (5, 6), True),
    ((10, 20), (0, 9), False),
    ((360_000, 440_000), (376_000, 450_000), True),
]


@pytest.mark.parametrize(("a", "b", "expected"), OVERLAPS)
def test_overlap_and_common(a, b, expected) -> None:
    ia, ib = Interval(*a, a[0]), Interval(*b, b[0])
    assert ia.overlaps(ib) is expected
    assert (common([ia, ib]) is not None) is expected
