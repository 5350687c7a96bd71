"""Real news written and annotated by others (../shared/corpora, read where it lies, never copied):
the thresholds the extractor must hold there, and the seed.

- PolNeAR train (840 political news articles, attributions marked by trained annotators), scored
  by the corpus's own scorer: the floors are today's measured figures less a small margin, so a
  change that loses ground fails. Issue 8's targets (0.93 / 0.90 / 0.95) are not reached; see the
  README's "Measured" section for why.
- realnews-dev (wire and newspaper reports with full gold): source at least 0.92 (issue 8).
"""

from __future__ import annotations

import pytest

from workbench.realnews import DEFAULT_SHARED, polnear_scores, realnews_dev_scores

# Measured 2026-11-29: source_acc 0.826, attributed_recall 0.715, own_voice_precision 0.917.
POLNEAR_FLOORS = {"source_acc": 0.82, "attributed_recall": 0.70, "own_voice_precision": 0.91}
REALNEWS_FLOORS = {"source_acc": 0.92, "f1": 0.97}


@pytest.fixture(scope="module")
def shared():
    if not (DEFAULT_SHARED / "corpora").is_dir():
        pytest.fail(f"{DEFAULT_SHARED}/corpora is missing: CI lays ../shared beside the repository")
    return DEFAULT_SHARED


@pytest.fixture(scope="module")
def polnear(shared):
    return polnear_scores(shared)


@pytest.fixture(scope="module")
def realnews(shared):
    return realnews_dev_scores(shared)


@pytest.mark.slow
@pytest.mark.parametrize(("field", "floor"), list(POLNEAR_FLOORS.items()))
def test_polnear_sources(polnear, field: str, floor: float) -> None:
    assert polnear[field] >= floor, polnear


@pytest.mark.parametrize(("field", "floor"), list(REALNEWS_FLOORS.items()))
def test_realnews_dev(realnews, field: str, floor: float) -> None:
    assert realnews[field] >= floor, realnews
