"""Markdown's emphasis and link marks read as blanks: speakers wrapped in them still speak."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench import extract_claims
from workbench.extract.markdown import blank_markdown

CASES = [
    ("**Police** said 12 people died.", "  Police   said 12 people died."),
    ("*The mayor* said 300 homes burned.", " The mayor  said 300 homes burned."),
    ("__Officials__ said 40.", "  Officials   said 40."),
    ("[Varo](https://varo.example/a) reported 40.", " Varo                          reported 40."),
    ("****SANTO DOMINGO, March 4 - Sugar", "****SANTO DOMINGO, March 4 - Sugar"),  # a wire rule, kept
    ("Prices rose 5% * 2 = 10%.", "Prices rose 5% * 2 = 10%."),
    ("No marks here.", "No marks here."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_blank_markdown(text: str, expected: str) -> None:
    assert blank_markdown(text) == expected


SOURCES = [
    ("**Police** said 12 people died.", "12", "police"),
    ("*The mayor* said 300 homes burned.", "300", "mayor"),
    ("[Varo News](https://varo.example/a) reported that 40 people died.", "40", "Varo News"),
]


@pytest.mark.parametrize(("text", "figure", "source"), SOURCES)
def test_marked_speakers_speak(text: str, figure: str, source: str) -> None:
    claims = extract_claims(text)
    row = claims[claims["number_text"] == figure]
    assert row["source"].tolist() == [source]


@given(st.text(alphabet=st.sampled_from("ab A1*_[]()h:/.\n "), max_size=200))
def test_offsets_hold(text: str) -> None:
    out = blank_markdown(text)
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out, strict=True))


@pytest.mark.timeout(30)
def test_long_runs_are_linear() -> None:
    """Long runs of marks are read in time linear in their length (a generous time-out)."""
    for text in ("* " * 500_000, "*a" * 300_000, "[" * 200_000):
        assert len(blank_markdown(text)) == len(text)
