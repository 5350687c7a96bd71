"""The grammar's new forms stay linear: lines dense with each of them are read at a steady pace.

Lines are kept under the data-dump length, so every figure is really parsed (a 1 MB single line is
skipped as a dump and tells nothing about the grammar; see test_robustness.py for those).
"""

from __future__ import annotations

import time

import pytest

from workbench.extract.numbers import DUMP_LINE_CHARS, find_numbers

DENSE = {
    "space-grouped digits": "123 456 789 ",
    "comma lists": "1, 2, 3 and ",
    "alternatives": "1 or 2 or ",
    "digit fractions": "1/2 3/4 6-1/8 ",
    "mixed fractions in words": "one and a half and a half thousand ",
    "spelled decimals": "four point two point three point ",
    "vague amounts": "several hundred thousand tens of millions of ",
    "signs": "-1 minus 2 -3 - 4 −5 ",
    "exponents": "1.5×10−3 2e5 3x10^4 ",
    "shares of a group": "half of the 8,000 none of the 40 ",
    "units": "12 km/h 40 C 5 sq ft 3 kWh ",
    "dash chains": "1-2-3-4-5-6-7-8-9-",
}
SIZE = 2**16  # 64 KB, a figure every few characters


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(DENSE))
def test_dense_lines_are_read_quickly(name: str) -> None:
    unit = DENSE[name]
    line = (unit * (DUMP_LINE_CHARS // len(unit)))[: DUMP_LINE_CHARS - 1]
    text = "\n".join([line] * (SIZE // len(line) + 1))[:SIZE]
    started = time.perf_counter()
    find_numbers(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 8, f"{name}: {elapsed:.1f}s for 64 KB (measured under 1 s)"
