"""Attribution's per-sentence hints are tried only where they can match, with the same results.

``_find_clauses`` used to search each sentence with five patterns that try every position. Now the
four word hints are searched only where the sentence's lower-cased runs of word characters hold one
of their words (``_run_words``, ``_may_hold``), and RE_CUE_CANDIDATE is tried only on the tokens that
could open a clause (``_cue_candidates``). The reference here is the full search, as it was.
"""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract import attribution as attr
from workbench.extract.attribution import DocumentContext

# Written for this table: each sentence holds a hint, an opener, or a place where the shortcut
# could part from the full search (case, spacing, a word cut at the reach, letters beyond ASCII).
SENTENCES = [
    "The ministry put the death toll at 41 on Friday.",
    "Analysts CUT their forecast TO 3.1% after the vote.",
    "A university study that tracked 900 families found 12% moved.",
    "Reports of up to 300 dead could not be confirmed.",
    "The REPORTS of 40 injured were denied.",
    "Officials said 14 people were hurt, the agency reported.",
    "According to the mayor, 2,000 homes lost power.",
    "ACCORDING TO police, 18 were held.",
    "The board reveals that 87% of staff left.",
    "The board reveals  that 87% of staff left.",  # two spaces: no -s hint
    "The plan ed that 4 people go.",  # a bare "ed": no -ed hint
    "The tax-related data showed 6 cases, as measured by the census.",
    "Need's that 4 were wanted, the well-said x5ed that 9 remain.",
    "A Gallup poll of voters found 52% backing the measure, up from 47%.",
    "In a survey released Thursday, 79 percent of members said yes.",
    "The ſtudy put the toll at 4, a \u212aey report said.",
    "The \u0130nquiry's report of 5 deaths stands; the ınquiry estimated 7.",
    "x" * 110 + " reports of 40 dead were in the study said 4.",
    "x" * 113 + " reports of 40 dead were in the study said 4.",
    "x" * 113 + " reporters were told 4 left.",  # the reach cuts "report" out of "reporters"
    "Jones is declaring that 9 of 10 seats were won, he told reporters.",
    '"We lost 40 jobs," sighed plant manager Ana Ode.',
    "Pre-tax profit rose 5% to 40 mln stg, the company said-4 times.",
]


def check(text: str) -> None:
    """Each sentence of ``text``: the gates never skip a hint that matches, and the cue tokens are the
    full scan's among those that may open a clause."""
    ctx = DocumentContext(text)
    for i, (s, e) in enumerate(zip(*ctx.doc.sentences, strict=True)):
        toks = ctx.doc.tokens(i)
        runs = attr._run_words(text, s, e)
        for pattern, words in (
            (attr.RE_AT_TO, attr._AT_TO),
            (attr.RE_FRAME_HINT, attr._FRAME_SET),
            (attr.RE_DOCUMENT_NP_HINT, attr._DOCUMENT_NP_HEADS),
        ):
            if pattern.search(text, s, e):
                assert attr._may_hold(runs, words), (text[s:e], pattern.pattern[:40])
        opening = attr.RE_DOCUMENT_HINT.search(text, s, min(e, s + attr.DOCUMENT_SUBJECT_REACH))
        assert ctx._opening_may_hold_document(runs, s, e) == (opening is not None), text[s:e]
        full = {
            bisect.bisect_right(toks.starts, m.start()) - 1
            for m in attr.RE_CUE_CANDIDATE.finditer(text, s, e)
        }
        words = toks.words
        may_open = {
            k
            for k, w in enumerate(words)
            if w in attr._CUE_OPENERS
            or (w[:1].isupper() and w.lower() in attr._PHRASE_FIRST)
            or (w.islower() and (w.endswith("ed") or (w.endswith("s") and words[k + 1 : k + 2] == ["that"])))
        }
        assert attr._cue_candidates(text, toks, e) == sorted(full & may_open), text[s:e]


@pytest.mark.parametrize("text", SENTENCES)
def test_shortcuts_agree_with_full_search(text: str) -> None:
    check(text)


def test_folding_letters_fall_back() -> None:
    # ſ matches "s" case-insensitively, but lower-casing keeps it: such a sentence is searched as is
    assert attr._run_words("The ſtudy said 4.", 0, 17) is None
    assert attr._run_words("The study said 4.", 0, 17) == frozenset({"the", "study", "said", "4"})


def test_gate_skips_a_sentence_without_hint_words() -> None:
    runs = attr._run_words("Police said 12 people were hurt.", 0, 32)
    assert not attr._may_hold(runs, attr._FRAME_SET)
    assert attr._may_hold(attr._run_words("They PUT it at 4.", 0, 17), attr._FRAME_SET)


_PIECES = st.sampled_from(
    [
        "put", "the", "toll", "at", "to", "study", "that", "reports", "of", "said", "reveals", "warned",
        "According", "ACCORDING", "ed", "x5ed", "well-said", "need's", "Reports", "forecast", "TO",
        "4", "1,200", ",", '"', "“", "”", "’s", "-", "ſ", "\u212a", "é", "  ", "\t", "_",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", "  "])), min_size=1, max_size=40))
def test_shortcuts_agree_on_generated_text(pieces: list[tuple[str, str]]) -> None:
    check("".join(word + gap for word, gap in pieces) + ".")
