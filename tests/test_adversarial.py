"""Hostile text: extraction stays linear in the document's length and never raises.

Each adversarial shape is read at 10 KB, 100 KB and 1 MB; the time per byte may not grow more
than GROWTH times from the smallest to the largest (CPU seconds, small texts read repeatedly; a
generous bound that still catches anything quadratic, which would grow 100 times). A time-out
catches a hang.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.extract.pipeline import claim_rows

GROWTH = 4.0
SIZES = (10_000, 100_000, 1_000_000)

# Each shape repeats a unit of text; all stay on one line unless the unit has a line break.
SHAPES = {
    "prose on one line": "The committee met on Tuesday and officials said 12 people were hurt in the blast. ",
    "dense figures": "1,200 and 3.4% and $5m, 6-7, 8 to 9, about 10 or 11; ",
    "pronoun chain": "He said 12 were hurt. She said 4 more had died. It said 3 were missing. ",
    "quote chain": '"We counted 14," he said. "It was 12," said Ana Ruiz. \n',
    "one long name": "Ana Maria de la Cruz Smith Jones Brown ",
    "titles": "Mr. Dr. Sen. Gov. President Minister ",
    "appositives": "Officials, who said, a spokesman, the minister, said 12 ",
    "dash asides": "The minister - appointed in May - said 12 - the figures - showed 4 ",
    "table rows": "OATS      1639    1635   54\n\nCURRENT  WEEK\n",
    "nested reports": "It said a survey put 12 at 5, the ministry said. ",
    "cues without speakers": "said said told according to said that estimated 40 ",
    "quotes never closed": '"he said 12 "it was 14 \u201cwe had 16 ',
    "possessives": "Mr. Trump's estimate of 400,000 and the office's figure of 12 ",
    "brackets": "(12) [14] (the ministry) said 12 (",
    "dashes and headlines": "Minister: 44 \u2014 UN: 12 - toll: 3\n",
}


def _cpu_seconds(text: str) -> float:
    """CPU seconds per run, over enough runs to read 200 KB (small texts are noisy)."""
    runs = max(1, 200_000 // len(text))
    started = time.process_time()
    for _ in range(runs):
        claim_rows(text, "adversarial")
    return (time.process_time() - started) / runs


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_time_grows_linearly(shape: str) -> None:
    unit = SHAPES[shape]
    per_byte = []
    for size in SIZES:
        text = (unit * (size // len(unit) + 1))[:size]
        per_byte.append(max(_cpu_seconds(text), 1e-3) / size)
    growth = per_byte[-1] / per_byte[0]
    assert growth < GROWTH, f"{shape}: per-byte time grew {growth:.1f}x from 10 KB to 1 MB ({per_byte})"


# Text from the characters that matter to the grammar and to attribution.
SYMBOLS = list("0123456789 ,.-–—%$£€()[]\"'“”‘’:;!?\n\t")
WORDS = ["said ", "he ", "Mr. ", "The ", "according to ", "million ", "about ", "to ", "and ", "of "]
NAMES = ["Ana ", "Ruiz ", "police ", "percent ", "between ", "from ", "one ", "half ", "no one "]
ALPHABET = st.sampled_from([*SYMBOLS, *WORDS, *NAMES])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=200).map("".join))
def test_extraction_never_raises_on_adversarial_text(text: str) -> None:
    rows = claim_rows(text, "fuzz")
    for row in rows:
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert text[row["start"] : row["end"]] == row["number_text"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_extraction_never_raises_on_any_text(text: str) -> None:
    claim_rows(text, "fuzz")


# Lone surrogates: a Python str may hold them (surrogateescape, JSON "\ud800", a bad slice), UTF-8
# cannot; before, they raised UnicodeEncodeError.
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(ALPHABET, SURROGATES), max_size=100).map("".join))
def test_extraction_never_raises_on_lone_surrogates(text: str) -> None:
    for row in claim_rows(text, "fuzz"):
        assert text[row["start"] : row["end"]] == row["number_text"]


# (case, text, doc_id, the TypeError's words): the library's entry points refuse wrong types clearly
WRONG_TYPES = [
    ("text None", None, "d", "text must be a str, not NoneType"),
    ("text bytes", b"Police said 12 people were killed.", "d", "not bytes (decode bytes first"),
    ("text a number", 12, "d", "text must be a str, not int"),
    ("doc_id None", "Police said 12 people were killed.", None, "doc_id must be a str, not NoneType"),
]


@pytest.mark.parametrize(("case", "text", "doc_id", "words"), WRONG_TYPES, ids=[w[0] for w in WRONG_TYPES])
def test_extract_claims_refuses_a_wrong_type(case: str, text, doc_id, words: str) -> None:
    from workbench import extract_claims

    with pytest.raises(TypeError, match=re.escape(words)):
        extract_claims(text, doc_id)


@pytest.mark.parametrize("claims", [None, "claims.csv", [{"value": 1}]], ids=repr)
def test_reconcile_refuses_what_is_not_a_table(claims) -> None:
    from workbench import reconcile

    with pytest.raises(TypeError, match="claims must be a pandas DataFrame"):
        reconcile(claims)
