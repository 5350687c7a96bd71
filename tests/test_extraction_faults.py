"""The number-grammar cases of ../shared/cases/extraction-faults-1.json (bug reports of other
extractors), each a test, judged by the cases' own matcher (../shared/eval/cases.py).

Two checks per case: the number fields alone (value, low, high, qualifier, unit), which are this
grammar's job and must all pass, and the whole case (metric and source too), where a miss that is
only a metric's or a source's is a known failure of metrics.py or attribution.py.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = SHARED / "cases" / "extraction-faults-1.json"
MATCHER = SHARED / "eval" / "cases.py"
# The kinds this grammar answers for; the others are attribution's.
NUMBER_KINDS = {
    "space-grouped-thousands",
    "fiscal-year-span",
    "mixed-fraction-words",
    "spelled-decimal",
    "alternative-range-words",
    "range-scale-carry-words",
    "vague-quantifier-scale",
    "bound-verbs",
    "fraction-of-group",
    "negated-count",
    "list-shared-unit",
}
# Cases whose number fields pass but whose metric or source belongs to another module.
NOT_OURS = {}


def _load_cases() -> list[dict]:
    if not CASES.is_file():
        return []
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    return [c for c in cases if set(c["kind"].split("+")) & NUMBER_KINDS]


def _matcher():
    spec = importlib.util.spec_from_file_location("shared_cases", MATCHER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASE_LIST = _load_cases()
pytestmark = pytest.mark.skipif(not CASE_LIST or not MATCHER.is_file(), reason=f"{CASES} not found")


@pytest.fixture(scope="module")
def matcher():
    return _matcher()


def test_every_number_kind_has_cases() -> None:
    kinds = {k for c in CASE_LIST for k in c["kind"].split("+")}
    assert kinds >= NUMBER_KINDS


@pytest.mark.parametrize("case", CASE_LIST, ids=[c["id"] for c in CASE_LIST])
def test_number_fields(case: dict, matcher) -> None:
    numbers_only = {
        **case,
        "expect": [
            {k: v for k, v in want.items() if k not in ("metric", "source")} for want in case["expect"]
        ],
    }
    ok, rows = matcher.run_case(numbers_only)
    assert ok, f"{case['text']!r}\n want {numbers_only['expect']}\n got  {rows}"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=NOT_OURS[c["id"]]))
        if c["id"] in NOT_OURS
        else c
        for c in CASE_LIST
    ],
    ids=[c["id"] for c in CASE_LIST],
)
def test_whole_case(case: dict, matcher) -> None:
    ok, rows = matcher.run_case(case)
    assert ok, f"{case['text']!r}\n want {case['expect']}\n got  {rows}"
