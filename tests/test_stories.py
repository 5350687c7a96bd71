"""Which articles are one story: tables of small corpora (our own sentences) -> their stories.

Articles of one event share its rare names (a place, a company, a person); unrelated articles may
share a common one (a country, a ministry). Bug reports: a desk corpus of four or more articles of
one story broke into single articles (a name in a quarter of the corpus was ignored); unrelated
wire stories chained into one story through pairwise links.
"""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import extract_claims, reconcile
from workbench.reconcile.stories import headline_names, story_ids

Article = tuple[str, str, str, str]  # (doc_id, headline, claim sentence, source)


def corpus(*articles: Article) -> pd.DataFrame:
    return pd.DataFrame(
        [{"doc_id": d, "title": t, "sentence": s, "source": src} for d, t, s, src in articles]
    )


def partition(mapping: dict[str, str]) -> list[set[str]]:
    stories: dict[str, set[str]] = {}
    for doc, story in mapping.items():
        stories.setdefault(story, set()).add(doc)
    return sorted(stories.values(), key=lambda s: (-len(s), sorted(s)))


def desk(n: int) -> list[Article]:
    """n articles of one flood, each quoting its own source."""
    speakers = [
        "Hana Ortiz",
        "the Red Cross",
        "Pavel Dunne",
        "the UN",
        "Ines Marr",
        "the army",
        "Lu Bao",
        "WHO",
    ]
    return [
        (
            f"f{i}",
            "",
            f"Rescuers in Morvel, Tessaly said {40 + i} people died, {speakers[i]} said.",
            speakers[i],
        )
        for i in range(n)
    ]


UNRELATED = [
    ("p", "Norland prices climb", "Prices in Norland rose, the statistics office in Norland said.", ""),
    ("q", "Kellan Motors sales", "Kellan Motors of Norland sold more cars, Ivo Pratt said.", "Ivo Pratt"),
]
CHAIN = [  # each article shares two names with the next one only
    ("c1", "", "Talks in Amsel and Brava went on, officials said.", ""),
    ("c2", "", "Officials in Amsel, Brava, Corrin and Dalby met.", ""),
    ("c3", "", "Officials in Corrin, Dalby, Esker and Fenn met.", ""),
    ("c4", "", "Officials in Esker, Fenn, Galt and Hove met.", ""),
    ("c5", "", "Talks in Galt and Hove went on, officials said.", ""),
]
HEADLINED = [  # one shared name in the text, but both headlines name the bridge's town
    ("b1", "Ardley bridge approved", "The council in Ardley approved it, Nadia Foss said.", "Nadia Foss"),
    ("b2", "Ardley bridge costs rise", "Engineers in Ardley said costs rose, Tomas Vey said.", "Tomas Vey"),
]

# (name, articles, expected stories)
STORIES = [
    ("four desk articles of one story", desk(4), [{f"f{i}" for i in range(4)}]),
    ("eight desk articles of one story", desk(8), [{f"f{i}" for i in range(8)}]),
    ("two desk articles of one story", desk(2), [{"f0", "f1"}]),
    ("a common name alone links nothing", UNRELATED, [{"p"}, {"q"}]),
    ("a headline's name links with less", HEADLINED, [{"b1", "b2"}]),
    ("one story beside another", [*desk(3), *UNRELATED], [{"f0", "f1", "f2"}, {"p"}, {"q"}]),
]


@pytest.mark.parametrize(("articles", "expected"), [s[1:] for s in STORIES], ids=[s[0] for s in STORIES])
def test_stories(articles: list[Article], expected: list[set[str]]) -> None:
    assert partition(story_ids(corpus(*articles))) == expected, articles


def test_a_chain_of_pairwise_links_is_not_one_story() -> None:
    stories = partition(story_ids(corpus(*CHAIN)))
    assert max(len(s) for s in stories) < len(CHAIN), stories


@pytest.mark.parametrize("n", [3, 4, 5, 7])
def test_a_desk_story_of_n_articles_is_one_conflict_group(n: int) -> None:
    """Bug report P1-2: with a fourth article the story broke into single groups."""
    figures = [200, 210, 900, 950, 905, 215, 930][:n]
    speakers = [
        "The Tessaly ministry",
        "The Red Cross",
        "Mayor Ines Marr",
        "The UN",
        "Pavel Dunne",
        "WHO",
        "Lu Bao",
    ]
    claims = pd.concat(
        extract_claims(
            f"Storm in Morvel. {speakers[i]} said {v} people were killed in Morvel, Tessaly.", doc_id=f"d{i}"
        )
        for i, v in enumerate(figures)
    )
    groups = reconcile(claims).groups
    assert list(groups["n_claims"]) == [n] and list(groups["status"]) == ["conflict"], groups


# (headline, only a mixed-case headline, what the article's text names, the headline's names)
HEADLINES = [
    ("Ardley bridge costs rise", False, set(), set()),
    ("Ardley bridge costs rise", False, {"Ardley"}, {"Ardley"}),
    ("Costs rise at Ardley bridge", False, set(), {"Ardley"}),
    ("Unions put Norland total at 250,000", False, {"Norland"}, {"Norland"}),
    ("BREVIK INC YEAR NET", False, set(), {"Brevik", "Inc", "Year", "Net"}),
    ("BREVIK INC YEAR NET", True, set(), set()),
    ("Costs rise at Ardley bridge", True, set(), {"Ardley"}),
    ("", False, set(), set()),
]


@pytest.mark.parametrize(
    ("title", "cased_only", "body", "expected"),
    HEADLINES,
    ids=[f"{h[0]}-{h[1]}-{sorted(h[2])}" for h in HEADLINES],
)
def test_headline_names(title: str, cased_only: bool, body: set[str], expected: set[str]) -> None:
    """A mixed-case headline's first word is capitalised by its place: a name only where the text
    names it too. In a headline in capitals every word is capitalised: it never links with less."""
    got = headline_names(corpus(("h", title, "", "")), cased_only=cased_only, body={"h": body})
    assert got == {"h": expected}
