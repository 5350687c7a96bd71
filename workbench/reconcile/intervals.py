"""Intervals from qualifiers, and their arithmetic.

>>> a = claim_interval(400_000, "approximate")
>>> b = claim_interval(43_000, "exact") + claim_interval(370_000, "approximate")
>>> a, b.point, (b.low, b.high), a.overlaps(b)
(Interval(low=360000.0, high=440000.0, point=400000), 413000, (375500.0, 450500.0), True)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.lexicon.qualifiers import APPROXIMATE_TOLERANCE

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval (an open side is infinite) and the figure it was read from."""

    low: float
    high: float
    point: float

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high, self.point + other.point)

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.low, other.low), max(self.high, other.high), max(self.point, other.point))


def claim_interval(
    value: float,
    qualifier: str,
    low: float | None = None,
    high: float | None = None,
    tolerance: float = APPROXIMATE_TOLERANCE,
) -> Interval:
    """The interval a claim asserts under its qualifier.

    >>> claim_interval(90_000, "lower_bound"), claim_interval(300, "upper_bound")
    (Interval(low=90000, high=inf, point=90000), Interval(low=0.0, high=300, point=300))
    >>> claim_interval(-3.5, "approximate")
    Interval(low=-3.85, high=-3.15, point=-3.5)
    """
    if qualifier == "range" and low is not None and high is not None and not math.isnan(low + high):
        return Interval(min(low, high), max(low, high), value)  # "from 50 to 40" spans 40-50
    if qualifier == "approximate":  # about -3.5% spans -3.85 to -3.15: the low end is the larger
        ends = sorted((round(value * (1 - tolerance), 6), round(value * (1 + tolerance), 6)))
        return Interval(ends[0], ends[1], value)
    if qualifier == "lower_bound":
        return Interval(value, INF, value)
    if qualifier == "upper_bound":
        return Interval(min(0.0, value), value, value)
    half = implied_precision(value)
    return Interval(value - half, value + half, value)


def implied_precision(value: float) -> float:
    """Half a unit of a round figure's last significant digit: 4,000 -> 500; 3,800 -> 50; 43 -> 0.

    A figure written "4,000" claims the thousands, not the units, so it agrees with 3,800.

    >>> implied_precision(4000), implied_precision(3800), implied_precision(43_000), implied_precision(356)
    (500.0, 50.0, 500.0, 0.0)
    """
    if value != int(value) or value == 0:
        return 0.0
    n, zeros = int(abs(value)), 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return 0.5 * 10**zeros if zeros else 0.0


def last_digit(value: float) -> float:
    """Half a unit of the last digit a figure shows: 41 -> 0.5; 3.6 -> 0.05; 4,000 -> 500.

    A measurement is rounded where its digits stop, and one converted by a reporter ("41C
    (106F)") is rounded on one side or the other, so figures compared across units are read so.

    >>> last_digit(41), last_digit(3.6), last_digit(4000), last_digit(0.25)
    (0.5, 0.05, 500.0, 0.005)
    """
    if value == int(value):
        return implied_precision(value) or 0.5
    decimals = len(f"{abs(value):.10g}".partition(".")[2])
    return 0.5 * 10.0**-decimals


def common(intervals: Iterable[Interval]) -> Interval | None:
    """The intersection of intervals, or None when some pair does not overlap (Helly, in 1-D)."""
    items = list(intervals)
    low = max(i.low for i in items)
    high = min(i.high for i in items)
    return (
        Interval(low, high, (low + high) / 2 if math.isfinite(low + high) else low) if low <= high else None
    )
