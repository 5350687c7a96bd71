"""A mention that its own words settle as no claim ("no one", "the two leaders", "for two weeks") is
dropped before its metric is read; the claims are exactly those of reading every mention first.
"""

from __future__ import annotations

import pytest

from workbench.extract import pipeline
from workbench.extract.numbers import find_numbers
from workbench.extract.pipeline import _claim_before_metric, claim_rows

# (text, the figure's text, verdict before any metric is read)
VERDICTS = [
    ("No one was hurt when the roof fell in.", "one", False),
    ("The two leaders met in Oslo on Friday.", "two", False),
    ("Rents rose 5% in the year to June.", "5%", True),
    ("The airline bought four 747-400 aircraft.", "four", True),
    ("Their stock fell one to 68 in late trade.", "one", True),
    ("The inquiry ran three years behind schedule.", "three years", True),
    ("She is serving a nine-year sentence.", "nine-year", True),
    ("He faces a two year ban.", "two year", True),
    ("She was away for two weeks in May.", "two weeks", False),
    ("Only one of them came back.", "one", None),
    ("Three firemen were hurt.", "Three", None),
    ("A 17-year-old boy was arrested.", "17-year-old", True),
]


@pytest.mark.parametrize(("text", "figure", "verdict"), VERDICTS)
def test_verdict_before_the_metric(text: str, figure: str, verdict: bool | None) -> None:
    mention = next(m for m in find_numbers(text) if text[m.core_start : m.core_end].startswith(figure))
    assert _claim_before_metric(text, mention) is verdict


TEXTS = [
    "No one died, but 40 people were hurt. The two leaders met; 3,000 marched.\nNone of the 12 crew died.",
    "Talks lasted two weeks. Output rose 4% to 1.2 million tonnes, up from one million in May.",
    "The two firms said sales rose 12 pct to 450 mln dlrs from 400 mln. Not one analyst expected it.",
    "Only one of the three bids, worth $4m, was accepted. The other two were rejected.",
    "Three people died and two were hurt; the two others, both aged 30, were unhurt.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dropping_before_the_metric_changes_no_claim(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = claim_rows(text, "d")
    settled = pipeline._claim_before_metric
    by_metric = pipeline._claim_by_metric
    denied: set[int] = set()

    def read_first(text: str, m) -> bool | None:  # as before: every mention read, then dropped
        verdict = settled(text, m)
        if verdict is False:
            denied.add(m.start)
            return None
        return verdict

    def dropped_after(m, metric: str) -> bool:
        return False if m.start in denied else by_metric(m, metric)

    monkeypatch.setattr(pipeline, "_claim_before_metric", read_first)
    monkeypatch.setattr(pipeline, "_claim_by_metric", dropped_after)
    slow = claim_rows(text, "d")
    assert denied  # each text holds a mention settled before its metric
    assert fast == slow
