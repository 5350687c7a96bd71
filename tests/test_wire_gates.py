"""The per-document looks for wire copy's furniture find what a plain search finds.

- The dateline is matched at line starts only: the same match as RE_DATELINE's search.
- A text without a per-share label and unit among its words is not searched for an earnings table;
  one with them is, and its money rows take the table's currency.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.numbers import DATELINE_REACH, RE_DATELINE, find_numbers, first_dateline

# Lines written for this test: datelines, near misses, and lines that are neither.
LINES = [
    "SYDNEY, March 2 - Profits rose 4 pct.",
    "PARIS (Reuters) - The franc fell.",
    "HONG KONG, Jan 5 -",
    "ST. LOUIS, Australia, April 1 -",
    "Sydney, March 2 - lower case is no dateline",
    "NEW YORK (AP)",
    "",
    "  TOKYO, May 3 - indented",
    "Shares rose 12 cts to 4 dlrs.",
    "x" * 300,
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=8), st.integers(0, 40))
def test_dateline_at_line_starts_is_the_search(lines: list[str], cut: int) -> None:
    text = "\n".join(lines)[cut:]
    found, searched = first_dateline(text), RE_DATELINE.search(text, 0, DATELINE_REACH)
    assert (found and (found.span(), found["city"])) == (searched and (searched.span(), searched["city"]))


# Wire reports written for this test: a per-share row sets the currency of the bare money rows.
TABLES = [
    ("ACME CORP <ACM> 1ST QTR NET\nShr 12 cts vs 10 cts\nNet 337,000 vs 235,000\n", "USD"),
    ("TORONTO, March 3 - \nOper shr 40 cts vs 30 cts\nNet 1,200,000 vs 900,000\n", "CAD"),
    ("ACME CORP <ACM> 1ST QTR NET\nPer share 12 cents\nNet 337,000 vs 235,000 dlrs\n", ""),
]


@pytest.mark.parametrize(("text", "currency"), TABLES)
def test_table_money_rows_take_the_table_currency(text: str, currency: str) -> None:
    net = [m for m in find_numbers(text) if m.text == "337,000" or m.text == "1,200,000"]
    assert [m.unit for m in net] == [currency]
