"""Exports: no spreadsheet formulas, numbers stay numbers, and no half-written files."""

import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench import extract_claims
from workbench.export import FORMULA_CHARS, RE_FIRST_VISIBLE, atomic_open, needs_guard, safe_cell, write_csv

CELLS = [
    ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
    ("+1 555", "'+1 555"),
    ("-cmd", "'-cmd"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("plain", "plain"),
    ("", ""),
    (12.5, 12.5),
    (-3, -3),
]


@pytest.mark.parametrize(("cell", "expected"), CELLS)
def test_safe_cell(cell, expected) -> None:
    assert safe_cell(cell) == expected


def test_injected_sentence_is_neutralised(tmp_path) -> None:
    text = '=HYPERLINK("http://evil","click") said 12 people were hurt.'
    claims = extract_claims(text, doc_id="=cmd")
    out = tmp_path / "c.csv"
    write_csv(claims, out)
    back = pd.read_csv(out)
    assert back.loc[0, "sentence"].startswith("'=")
    assert back.loc[0, "doc_id"] == "'=cmd"
    assert back.loc[0, "value"] == 12


def test_atomic_write_leaves_old_file_on_crash(tmp_path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half")
        raise RuntimeError("crash")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_claim_reviewed_reads_as_sentences() -> None:
    import pandas as pd

    from workbench.export import claim_reviews

    rows = pd.DataFrame(
        {
            "group_id": ["g1", "g1", "g1"],
            "verdict": ["conflict"] * 3,
            "source": ["Police", "Mayor", "Police"],
            "sentence": ["Police said 40 died.", "The mayor put it at 45", "Police said 40 died."],
            "doc_id": ["a", "b", "a"],
            "title": ["A", "B", "A"],
            "published": ["", "", ""],
            "reviewed_at": ["2026-11-30T10:00"] * 3,
            "reviewer": ["ana"] * 3,
            "note": [""] * 3,
            "accepted_value": [45.0] * 3,
            "group_label": ["deaths"] * 3,
            "metric": ["died"] * 3,
            "value": [40.0, 45.0, 40.0],
        }
    )
    groups = pd.DataFrame({"group_id": ["g1"], "explanation": ["Police: 40; mayor: 45."]})
    (review,) = claim_reviews(rows, groups)
    assert review["claimReviewed"] == "Police said 40 died. The mayor put it at 45."


def _needs_guard_slow(text: str) -> bool:
    """The guard's full rule, without the look at a visible ASCII first character."""
    if text.startswith(("'", "\t", "\r", "\n")):
        return True
    m = RE_FIRST_VISIBLE.match(text)
    return m is not None and unicodedata.normalize("NFKC", m["char"])[:1] in FORMULA_CHARS


TAILS = ["", "=1+1", " x", "'", "\u00a0-2"]


@pytest.mark.parametrize("tail", TAILS)
def test_the_ascii_look_decides_as_the_full_rule(tail: str) -> None:
    """Every first character up to U+FFFF (ASCII takes the quick look, the rest the full rule)."""
    firsts = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    assert [needs_guard(f + tail) for f in firsts] == [_needs_guard_slow(f + tail) for f in firsts]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=6))
def test_the_quick_guard_is_the_full_rule(text: str) -> None:
    assert needs_guard(text) == _needs_guard_slow(text)
