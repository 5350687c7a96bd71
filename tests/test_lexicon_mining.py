"""The attribution lexicon is learned from PolNeAR's annotations: the committed data files are
what the miner makes of the corpus (../shared/corpora/polnear-train), and the loader keeps the
cues the data supports."""

from __future__ import annotations

import pytest

from workbench.lexicon import attribution as lex
from workbench.lexicon import mine_polnear
from workbench.realnews import DEFAULT_SHARED

CORPUS = DEFAULT_SHARED / "corpora" / "polnear-train"


@pytest.fixture(scope="module")
def mined():
    if not (CORPUS / "gold.json").is_file():
        pytest.fail(f"{CORPUS} is missing: CI lays ../shared beside the repository")
    return mine_polnear.mine(CORPUS)


def test_committed_cues_are_the_mined_ones(mined) -> None:
    cue_rows, _ = mined
    committed = mine_polnear.CUES_CSV.read_text(encoding="utf-8")
    assert committed == mine_polnear.as_csv(mine_polnear.CUE_HEADER, cue_rows), (
        "cues.csv is stale: run python -m workbench.lexicon.mine_polnear ../shared/corpora/polnear-train"
    )


def test_committed_heads_are_the_mined_ones(mined) -> None:
    _, head_rows = mined
    committed = mine_polnear.HEADS_CSV.read_text(encoding="utf-8")
    assert committed == mine_polnear.as_csv(mine_polnear.HEAD_HEADER, head_rows)


def test_committed_continuing_cues_are_the_mined_ones() -> None:
    committed = mine_polnear.CONTINUING_CSV.read_text(encoding="utf-8")
    rows = mine_polnear.mine_continuing(CORPUS)
    assert committed == mine_polnear.as_csv(mine_polnear.CONTINUING_HEADER, rows)


def test_continuing_cues_keep_the_reliable_ones() -> None:
    """ ", saying" hands the speaker on (0.89 in PolNeAR); ", including" (0.37) and ", referring"
    (0.08) do not."""
    assert {"saying", "adding", "noting"} <= lex.CONTINUING_CUES
    assert not {"including", "referring", "according", "telling"} & lex.CONTINUING_CUES


def _relation(text: str, source: str, content: str) -> dict:
    s, c = text.index(source), text.index(content)
    return {"source": [[s, s + len(source)]], "content": [[c, c + len(content)]]}


@pytest.mark.parametrize(
    ("text", "source", "content", "cues"),
    [
        ("Police said that 12 people died.", "Police", "that 12 people died", ["said"]),
        ("Twelve people died, the police said.", "the police", "Twelve people died", ["said"]),
        ("Twelve people died, said the mayor.", "the mayor", "Twelve people died", ["said"]),
        ("According to the police, 12 died.", "the police", "12 died", ["according to"]),
        ("Officials have also estimated 40 deaths.", "Officials", "40 deaths", ["estimated"]),
    ],
)
def test_cue_is_read_where_it_stands(text: str, source: str, content: str, cues: list[str]) -> None:
    assert mine_polnear.cues_of(text, _relation(text, source, content)) == cues


@pytest.mark.parametrize("cue", ["said", "says", "told", "according to", "noted", "lamented", "estimated"])
def test_reporting_cues_are_kept(cue: str) -> None:
    assert cue in lex.REPORTING_VERBS or cue in lex.CUE_PHRASES


@pytest.mark.parametrize("word", ["won", "support", "the", "made", "plan"])
def test_words_that_seldom_report_are_not_cues(word: str) -> None:
    assert word not in lex.REPORTING_VERBS


@pytest.mark.parametrize("head", ["officials", "spokesman", "campaign", "poll", "experts"])
def test_source_heads_are_mined(head: str) -> None:
    assert head in lex.SOURCE_HEADS


@pytest.mark.parametrize("word", ["new", "year", "ago", "four", "also", "same", "itself"])
def test_words_that_name_no_speaker_are_no_heads(word: str) -> None:
    """Source spans run into numerals, times and adjectives ("four *new* members"): no head."""
    assert word not in lex.SOURCE_HEADS


@pytest.mark.parametrize("word", ["minister", "spokesman", "ministry", "officials", "campaign"])
def test_speaker_nouns_are_heads(word: str) -> None:
    assert word in lex.SOURCE_HEADS
