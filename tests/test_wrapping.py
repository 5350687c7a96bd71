"""Hard-wrapped plain text reads as the prose it is: breaks inside paragraphs are spaces, offsets hold."""

import re
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench import extract_claims
from workbench.extract import wrapping
from workbench.extract.wrapping import unwrap

# (text, what unwrap gives): a break before a lower-case word, or after a full line of a wrapped
# text, is a space; blank lines, short lines and list items keep their breaks.
CASES = [
    ("Police said 1,500 people\nwere evacuated.", "Police said 1,500 people were evacuated."),
    ("Police said 1,500 people\r\nwere evacuated.", "Police said 1,500 people  were evacuated."),
    ("Output rose 59.2\npct.", "Output rose 59.2 pct."),
    ("FLOODS HIT TOWN\n\nrescuers worked.", "FLOODS HIT TOWN\n\nrescuers worked."),
    ("Highlights:\n- 40 homes burned\n- 300 left", "Highlights:\n- 40 homes burned\n- 300 left"),
    ("Shr 12 cts vs 10 cts\nNet 3.4 mln vs 2.9 mln", "Shr 12 cts vs 10 cts\nNet 3.4 mln vs 2.9 mln"),
    ("No break at all.", "No break at all."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unwrap(text: str, expected: str) -> None:
    assert unwrap(text) == expected


PARAGRAPHS = [
    "The regional council said on Tuesday that 1,450 homes had been flooded and that repairs would"
    " cost about 38.5 mln dlrs, while the water board put the damage to its pipes at 4.2 mln dlrs.",
    "Copper stocks held by U.S. mills fell to 9,200 short tons at the end of January from 14,500"
    " short tons at the end of December, the Metal Statistics Bureau of Varo reported on Monday.",
    "Officials in Kesten said 200 people were killed and around 370 were wounded when the dam gave"
    " way, and the Red Crescent said it had sent 40 tonnes of food and 12 doctors to the valley.",
]


@pytest.mark.parametrize("width", [40, 60, 72])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_wrapped_text_gives_the_claims_of_the_flowing_text(paragraph: str, width: int) -> None:
    text = f"{paragraph}\n\n{paragraph}"
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in (paragraph, paragraph))
    cols = ["value", "low", "high", "qualifier", "unit", "metric", "source"]
    flowing = extract_claims(text)[cols].values.tolist()
    assert flowing, "the paragraph holds claims"
    assert extract_claims(wrapped)[cols].values.tolist() == flowing


@given(st.text(alphabet=st.sampled_from("ab A1.\n\r\t -"), max_size=200))
def test_offsets_hold(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a in "\r\n \t" and b == " ") for a, b in zip(text, out, strict=True))


# The break pattern as first written, trying every position: a break is a word's end, blanks, an
# optional "\r" and "\n" before a line with words. The search now starts at the "\n" instead.
RE_BREAK_REFERENCE = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*(\S))")


def unwrap_reference(text: str) -> str:
    out = list(text)
    width = wrapping._wrap_width(text)
    for m in RE_BREAK_REFERENCE.finditer(text):
        full = width and wrapping._full_line(text, m.start(), width) and not wrapping._item(text, m.end())
        if m.group(1).islower() or full:
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


@given(st.text(alphabet=st.sampled_from("ab A1.\n\r\t -\x0b\x1c\u00a0"), max_size=300))
def test_breaks_found_from_the_newline_are_the_pattern_s(text: str) -> None:
    assert unwrap(text) == unwrap_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "rose 59.2 \t\r\npct",  # blanks and a carriage return before the break
        "rose 59.2\r \npct",  # a carriage return before blanks: no break
        "rose 59.2\x0b\npct",  # other blank space ends the line: no break
        "\npct fell",  # a break that opens the text
        "\r\npct fell",
        "Line one is here\n\n\nline two",  # blank lines keep their breaks
    ],
)
def test_break_edges(text: str) -> None:
    assert unwrap(text) == unwrap_reference(text)
