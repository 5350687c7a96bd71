"""The ``sentence`` column is bounded: a sentence that never ends cannot make output quadratic.

Before: every claim carried its whole sentence, so "the rate was 1,234 and " repeated over
100 KB (one sentence of 4,347 figures) gave a 435 MB CSV and a 485 MB peak; 200 KB, 1.77 GB.
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.excerpt import ELLIPSIS, SENTENCE_BUDGET, sentence_window
from workbench.extract.pipeline import extract_claims

LONG_LEFT = "word " * 200  # 1,000 characters
LONG_RIGHT = " more" * 200

# (case, sentence, figure, expected sentence column, or a (prefix, suffix) pair for a cut one)
WINDOWS = [
    ("short sentence whole", "Police said 12 people died.", "12", "Police said 12 people died."),
    ("whitespace stripped", "  Police said 12 died.  ", "12", "Police said 12 died."),
    (
        "just within budget",
        "x" * (SENTENCE_BUDGET - 10) + " 12 " + "y" * 8,
        "12",
        "x" * (SENTENCE_BUDGET - 10) + " 12 " + "y" * 8,
    ),
    (
        "long both sides",
        f"{LONG_LEFT}cost 12 dollars{LONG_RIGHT}",
        "12",
        (ELLIPSIS + "word", "more" + ELLIPSIS),
    ),
    (
        "figure at start: the right takes the budget",
        f"12 died{LONG_RIGHT}",
        "12",
        ("12 died", "more" + ELLIPSIS),
    ),
    ("figure at end: the left takes the budget", f"{LONG_LEFT}and 12", "12", (ELLIPSIS + "word", "and 12")),
    ("no spaces: cut anyway", "x" * 2000 + "12" + "y" * 2000, "12", (ELLIPSIS + "x", "y" + ELLIPSIS)),
]


@pytest.mark.parametrize(("case", "sentence", "figure", "expected"), WINDOWS, ids=[w[0] for w in WINDOWS])
def test_sentence_window(case: str, sentence: str, figure: str, expected: str | tuple[str, str]) -> None:
    text = f"Before it. {sentence}"
    s = text.index(sentence)
    start = text.index(figure, s)
    got = sentence_window(text, s, s + len(sentence), start, start + len(figure))
    assert figure in got, got
    assert len(got) <= SENTENCE_BUDGET + len(figure) + 2, (case, len(got))
    if isinstance(expected, str):
        assert got == expected
    else:
        assert got.startswith(expected[0]) and got.endswith(expected[1]), got
        assert " word " not in got[:2] and not got[1:].startswith(" "), got  # cut at a space


# (case, text, claims at least, bytes per claim at most in the CSV)
ENDLESS = [
    ("one sentence of 'and'", "the rate was 1,234 and " * 2000, 2000, 800),
    ("lines of bare figures", ("1,2,3,4,5 " * 900 + "\n") * 3, 2500, 800),
]


@pytest.mark.parametrize(("case", "text", "claims", "per_claim"), ENDLESS, ids=[e[0] for e in ENDLESS])
def test_output_is_linear_in_the_figures(
    tmp_path: Path, case: str, text: str, claims: int, per_claim: int
) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "c.csv")])
    assert run.exit_code == 0, run.output
    rows = len((tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert rows >= claims
    assert (tmp_path / "c.csv").stat().st_size <= per_claim * rows, case


def test_a_claims_sentence_is_the_window_around_its_own_figure() -> None:
    text = "The count rose " + "and then it rose " * 60 + "to 900 in May and " + "again " * 100 + "to 45."
    df = extract_claims(text, doc_id="d")
    row = df[df["number_text"] == "900"].iloc[0]
    assert "to 900 in May" in row["sentence"] and row["sentence"].startswith(ELLIPSIS)
    assert len(row["sentence"]) <= SENTENCE_BUDGET + 10
