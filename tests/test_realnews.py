"""Real news written and annotated by others (../shared/corpora, read where it lies, never copied):
the floors the extractor must hold there.

- realnews-dev (wire and newspaper reports with full gold): the floors of issues 8 and 9.
- PolNeAR train (840 political news articles, attributions marked by trained annotators), scored
  by the corpus's own scorer: the floors are today's measured figures less a small margin, so a
  change that loses ground fails. Issue 8's targets (0.93 / 0.90 / 0.95) are not reached; the
  README's "Measured" section says why.
"""

from __future__ import annotations

import pytest

from workbench.realnews import DEFAULT_SHARED, polnear_scores, realnews_dev_scores

# Issues 8 and 9 (measured 2026-11-30, fourth round: F1 1.000, value, qualifier, unit 1.000, metric
# 0.988, source 0.976, fully correct 0.964).
REALNEWS_FLOORS = {
    "f1": 0.97,
    "value_acc": 0.98,
    "qualifier_acc": 0.98,
    "unit_acc": 0.97,
    "metric_acc": 0.96,
    "source_acc": 0.95,
    "fully_correct": 0.92,
}
# Measured 2026-11-30 (seventh round): source_acc 0.863, attributed_recall 0.771,
# own_voice_precision 0.936 (floors half a point below).
POLNEAR_FLOORS = {"source_acc": 0.858, "attributed_recall": 0.766, "own_voice_precision": 0.931}


@pytest.fixture(scope="module")
def shared():
    if not (DEFAULT_SHARED / "corpora").is_dir():
        pytest.fail(f"{DEFAULT_SHARED}/corpora is missing: CI lays ../shared beside the repository")
    return DEFAULT_SHARED


@pytest.fixture(scope="module")
def realnews(shared):
    return realnews_dev_scores(shared)


@pytest.fixture(scope="module")
def polnear(shared):
    return polnear_scores(shared)


@pytest.mark.parametrize(("field", "floor"), list(REALNEWS_FLOORS.items()))
def test_realnews_dev(realnews, field: str, floor: float) -> None:
    assert realnews[field] >= floor, realnews


@pytest.mark.slow
@pytest.mark.parametrize(("field", "floor"), list(POLNEAR_FLOORS.items()))
def test_polnear_sources(polnear, field: str, floor: float) -> None:
    assert polnear[field] >= floor, polnear
