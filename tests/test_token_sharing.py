"""Attribution and the metric reader share one reading of a sentence where their tokenizers agree.

``structure.RE_TOKEN`` (attribution) and ``clause.TOKEN`` (metrics, the regex package) cut text
alike except at a few marks: a title's stop, "&", a trailing hyphen, an apostrophe before a digit,
doubled quote marks, a fiscal year, letters beyond ASCII. ``RE_TOKENIZERS_PART`` finds those; a
sentence without one is read once, by the metric reader's tokenizer, and its tokens serve both. The
reference here is RE_TOKEN itself: wherever the gate lets a sentence through, both cut it alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract.clause import SentenceTokens
from workbench.extract.structure import RE_TOKEN, RE_TOKENIZERS_PART, SHARED_MARKS, DocumentStructure


def reference(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """RE_TOKEN's tokens of ``text[lo:hi]``, as attribution reads them."""
    return [(m.group(), m.start(), m.end()) for m in RE_TOKEN.finditer(text, lo, hi)]


def shared(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The metric reader's tokens of ``text[lo:hi]``, as attribution would take them."""
    read = SentenceTokens(text, lo, hi)
    return list(zip(read.words, read.starts, read.ends, strict=True))


# Written for this table: each holds one place where the two tokenizers part, and the gate sees it.
PARTING = [
    ("Mr. Hale said 40 jobs would go.", "a title's stop"),
    ("Messrs. Ruiz and Ode sold 5%.", "a long title"),
    ("AT&T shares rose 2%.", "an ampersand inside a word"),
    ("The R-&D budget rose 2%.", "an ampersand after a hyphen"),
    ("Pre- and post-war output fell 3%.", "a trailing hyphen"),
    ("The 1985/86 crop was 4 mln tonnes.", "a fiscal year"),
    ("Sales in Jan'87 rose 9%.", "an apostrophe before a digit"),
    ("He said ''it cost 12 dlrs'' then.", "doubled apostrophes"),
    ("It fell 3 ``points'' in all.", "doubled backquotes"),
    ("Café prices rose 8%.", "a letter beyond ASCII"),
    ("Output rose 2½ points.", "a vulgar fraction"),
    ("Rates rose\u00a04%.", "a no-break space"),
    ("Costs rose 4%\x1cthen.", "a control character the stdlib reads as a space"),
    ("Growth in the co- operative was 2%.", "a hyphen before a space"),
    ("The rock'-n-roll fund lost 6%.", "an apostrophe before a hyphen"),
]


@pytest.mark.parametrize(("text", "kind"), PARTING, ids=[p[1] for p in PARTING])
def test_gate_sees_where_tokenizers_part(text: str, kind: str) -> None:
    assert RE_TOKENIZERS_PART.search(text) is not None, kind


@pytest.mark.parametrize("mark", list(SHARED_MARKS))
def test_shared_marks_are_one_mark_in_both_engines(mark: str) -> None:
    """A mark the gate lets through is no word, digit or space character to either engine."""
    for engine in (re, regex):
        assert engine.fullmatch(r"[^\w\s]", mark) is not None, (engine.__name__, mark)
    assert RE_TOKENIZERS_PART.search(f"a{mark}b") is None
    assert shared(f"a{mark}b", 0, 3) == reference(f"a{mark}b", 0, 3)


# Written for this table: plain news sentences the gate lets through, cut alike by both.
ALIKE = [
    "Sales rose 5% to $4.2bn, the firm said.",
    "Trump's plan, the front-runner’s, didn't add 1,200 jobs.",
    "The U.S. economy grew 2.1% in the year-on-year figures.",
    "“We sold 3.5 million units,” said Ana Ruiz – a record.",
    "Investors' shares in F-16 maker fell 40p (£0.40) to 3,100.5 points...",
    "Rates rose sharply: 4%; then 5% - the highest since 1989!",
    "Marks & Spencer's stock climbed 5-3/8 to 40-1/8, or 1/2 of its 1990 level.",
    "Sales were--Volvo 4,210, up 3 pct--and Scania--3,980.",
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sales were--Volvo 4,210.", ["Sales", "were", "-", "-", "Volvo", "4,210", "."]),
        ("a year-on-year rise", ["a", "year-on-year", "rise"]),
        ("pre-- and post-war", ["pre", "-", "-", "and", "post-war"]),
    ],
)
def test_a_wire_dash_is_no_part_of_a_word(text: str, words: list[str]) -> None:
    """Wire copy glues its dash, two hyphens, to the words around it: both tokenizers cut there."""
    assert [t for t, _, _ in reference(text, 0, len(text))] == words
    assert [t for t, _, _ in shared(text, 0, len(text))] == words


@pytest.mark.parametrize("text", ALIKE)
def test_plain_sentences_are_shared_and_cut_alike(text: str) -> None:
    assert RE_TOKENIZERS_PART.search(text) is None
    assert shared(text, 0, len(text)) == reference(text, 0, len(text))


# Pieces of text: common ones, and rarer ones where the tokenizers may part (drawn a quarter as often).
COMMON = [*"aZ9 0,.-'’/_()$%!", "Mr", "rose", "12", "19", "don't", "year-on-year", "U.S.", "F-16", "--"]
RARE = [*"&`\n\t\x1c\u00a0‘“”–£éß½²\u0301", "Mr.", "Sens.", "1986/87", "''", "``"]
PIECES = st.one_of(*[st.sampled_from(COMMON)] * 3, st.sampled_from(RARE))


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join), st.tuples(st.floats(0, 1), st.floats(0, 1)))
def test_gated_spans_are_cut_alike(text: str, cuts: tuple[float, float]) -> None:
    """Any span of text made of the pieces the tokenizers treat differently: where the gate lets it
    through, the shared tokens are RE_TOKEN's."""
    lo, hi = sorted(round(c * len(text)) for c in cuts)
    for s, e in ((0, len(text)), (lo, hi)):
        if RE_TOKENIZERS_PART.search(text, s, e) is None:
            assert shared(text, s, e) == reference(text, s, e)


def _as_tuples(doc: DocumentStructure, i: int) -> list[tuple[str, int, int]]:
    toks = doc.tokens(i)
    return list(zip(toks.words, toks.starts, toks.ends, strict=True))


@pytest.mark.parametrize("text", [" ".join(ALIKE), " ".join(p[0] for p in PARTING), "\n".join(ALIKE[:3])])
def test_document_tokens_are_re_token_s(text: str) -> None:
    """Every sentence's tokens are RE_TOKEN's, shared or not; a shared sentence is read once."""
    doc = DocumentStructure(text)
    for i, (s, e) in enumerate(zip(*doc.sentences, strict=True)):
        assert _as_tuples(doc, i) == reference(text, s, e)
        if RE_TOKENIZERS_PART.search(text, s, e) is None:
            assert doc.tokens(i).starts is doc.sentence_words(s, e).starts  # one reading for both
        read = doc.sentence_words(s, e)
        assert read.toks == SentenceTokens(text, s, e).toks
        assert doc.words(i)._toks is None  # the document keeps no Tok list
    assert doc.sentence_words(0, 5).starts == SentenceTokens(text, 0, 5).starts  # not a sentence


CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"


@pytest.mark.skipif(not (CORPORA / "realnews-dev").is_dir(), reason="shared corpora not present")
def test_real_news_sentences_are_cut_alike() -> None:
    """Every sentence of realnews-dev (read at run time) that the gate lets through is cut alike."""
    checked = 0
    for path in sorted((CORPORA / "realnews-dev").rglob("*")):
        if not path.is_file() or path.suffix not in (".txt", ".md", ".json"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        doc = DocumentStructure(text)
        for s, e in zip(*doc.sentences, strict=True):
            if RE_TOKENIZERS_PART.search(text, s, e) is None:
                assert shared(text, s, e) == reference(text, s, e), text[s:e]
                checked += 1
    assert checked > 100
