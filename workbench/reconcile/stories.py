"""Which articles report the same story: those that share the same rare names.

Each article is the set of names its headline, its claims' sentences (capitalised words inside a
sentence) and its sources give. A name weighs by how few articles carry it (an inverse document
frequency, smoothed by a background of articles that never carry it, so that a name all of a
handful of articles share still marks their story, while one in most of a large corpus weighs
next to nothing). Two articles are linked when the cosine of their weighted name sets reaches
``MIN_SIMILARITY`` with ``MIN_SHARED_NAMES`` shared (a name only one article gives counts in its
norm only when its headline gives it: each article of a story quotes its own sources), or
``HEADLINE_SIMILARITY`` when both mixed-case headlines give a rare name they share. One country,
one ministry or one newswire in common is not enough. Links are taken strongest first, and an
article joins a story only when it is linked to ``MIN_LINKED_SHARE`` of its articles, so a chain
of pairwise links does not make one story of unrelated ends. Cost: pairs are proposed by names in
at most ``MAX_PAIRING_DF`` articles (a name in more proposes no pair, but still counts in the
cosine of a pair proposed by a rarer name).

>>> import pandas as pd
>>> claims = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["", "", ""], "sentence": [
...     "A storm hit Kesten and Arlow on Monday.", "Rescuers in Kesten and Arlow said 4 died.",
...     "Exports from Norland rose by 3%."]})
>>> story_ids(claims)
{'a': 'a', 'b': 'a', 'c': 'c'}
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping

import pandas as pd
import regex

from workbench.lexicon.attribution import NOT_NAMES
from workbench.lexicon.numbers import MONTHS, WEEKDAYS

RE_PROPER = regex.compile(
    r"""
    (?<=[a-z,;:]\ )        # inside a sentence: after a lower-case word or a comma, not its first word
    [A-Z][a-z]{2,}         # a capitalised word of three letters or more
    (?:\ [A-Z][a-z]{2,})*  # and the capitalised words that follow it (one name run)
    """,
    regex.VERBOSE,
)
RE_TITLE_WORD = regex.compile(
    r"""
    (?<![\w'])            # a whole word
    [A-Z][A-Za-z]{2,}      # capitalised (a headline in capitals: every word), three letters or more
    """,
    regex.VERBOSE,
)
COMMON_WORDS = frozenset((*NOT_NAMES, *MONTHS, *WEEKDAYS, "Mr", "Mrs", "Ms", "Dr"))

# Articles in which, we assume, no name of the corpus appears: with 20, a name shared by all four
# articles of a four-article desk corpus weighs log(24/4) = 1.8 (a story), while one in 1,700 of
# 1,900 articles weighs log(1920/1700) = 0.12 (boilerplate).
BACKGROUND_ARTICLES = 20
# Cosine of two articles' weighted name sets from which they are one story. Measured on news-bench
# (BBC; the first 400 Reuters articles) and the bundled corpus: see tests/test_stories.py.
MIN_SIMILARITY = 0.55
# ... and when both headlines give one of the names they share (a headline says what the story is).
HEADLINE_SIMILARITY = 0.35
# ... a name that is not in more than this share of articles (with the background): not "Year" nor
# "Net" of a wire's results headlines in capitals.
HEADLINE_MAX_SHARE = 0.15
# Two articles that share one name ("China", "Texas") are not one story however few names they give.
MIN_SHARED_NAMES = 2
# An article joins a story when it is linked to at least this share of the story's articles.
MIN_LINKED_SHARE = 0.5
# A name in more articles than this proposes no pair of articles (bounds the work per name).
MAX_PAIRING_DF = 200


def headline_names(
    claims: pd.DataFrame, cased_only: bool = False, body: Mapping[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """doc_id -> the names of its headline: its capitalised words (a headline in capitals is read
    word by word: "KESTEN" is "Kesten"). In mixed case the first word is capitalised by its place:
    it is a name only where the article's ``body`` names it too ("Unions put Norland..." names
    Norland; "Safin cool on Wimbledon", Safin and Wimbledon when the text names Safin).
    ``cased_only``: only headlines in mixed case, where a capital marks a name (in
    "IVACO INC YEAR NET", "Year" and "Net" are words)."""
    names: dict[str, set[str]] = {}
    if "title" not in claims.columns:
        return names
    firsts = claims[["doc_id", "title"]].drop_duplicates("doc_id")  # one headline per article
    for doc, title in zip(firsts["doc_id"], firsts["title"], strict=True):
        text = "" if pd.isna(title) else str(title)
        found = [w.capitalize() for w in RE_TITLE_WORD.findall(text)]
        if text.isupper():
            found = [] if cased_only else found
        elif found and text.lstrip().lower().startswith(found[0].lower()):
            known = (body or {}).get(doc, set())
            found = found if found[0] in known else found[1:]
        names[doc] = set(found) - COMMON_WORDS
    return names


def body_names(claims: pd.DataFrame) -> dict[str, set[str]]:
    """doc_id -> the names its claims' sentences and sources give (one word each)."""
    names: dict[str, set[str]] = defaultdict(set)
    said: dict[str, set[str]] = {}  # a sentence's names, read once however many articles repeat it
    sentences = claims[["doc_id", "sentence"]].drop_duplicates()
    for doc, sentence in zip(sentences["doc_id"], sentences["sentence"], strict=True):
        text = str(sentence)
        if text not in said:
            found = (w for m in RE_PROPER.finditer(text) for w in m.group().split())
            said[text] = {w.capitalize() for w in found if w not in COMMON_WORDS}
        names[doc].update(said[text])
    sources = claims[["doc_id", "source"]].drop_duplicates()
    for doc, source in zip(sources["doc_id"], sources["source"], strict=True):
        words = str(source).split()
        names[doc].update(w.capitalize() for w in words if w[:1].isupper() and w not in COMMON_WORDS)
    return names


def linked_pairs(
    names: Mapping[str, set[str]],
    headlines: Mapping[str, set[str]] | None = None,
    min_similarity: float = MIN_SIMILARITY,
    cased: Mapping[str, set[str]] | None = None,
) -> list[tuple[str, str]]:
    """The pairs of articles whose weighted name sets have a cosine of ``min_similarity`` or more.

    >>> linked_pairs({"a": {"Kesten", "Arlow"}, "b": {"Kesten", "Arlow", "Vey"}, "c": {"Norland"}})
    [('a', 'b')]
    """
    df = Counter(n for bag in names.values() for n in bag)
    total = len(names) + BACKGROUND_ARTICLES
    weight = {n: math.log(total / k) ** 2 for n, k in df.items()}  # squared: a cosine's terms
    # A name no other article gives cannot link: it does not count against a link either (each
    # article of a story quotes its own sources, and a long article names more than a short one),
    # unless the headline gives it: a headline names what its story is about.
    heads = headlines or {}
    linking = heads if cased is None else cased
    norm = {
        d: math.sqrt(sum(weight[n] for n in bag if df[n] > 1 or n in heads.get(d, ())))
        for d, bag in names.items()
    }
    holders: dict[str, list[str]] = defaultdict(list)
    for d in sorted(names):
        for n in names[d]:
            if 1 < df[n] <= MAX_PAIRING_DF:
                holders[n].append(d)
    candidates = {(a, b) for docs in holders.values() for i, a in enumerate(docs) for b in docs[i + 1 :]}
    scored = []
    for a, b in sorted(candidates):
        common = names[a] & names[b]
        shared = sum(weight[n] for n in common)
        both = linking.get(a, set()) & linking.get(b, set())  # names both (mixed-case) headlines give
        headline = any(df[n] <= HEADLINE_MAX_SHARE * total for n in both)
        needed = HEADLINE_SIMILARITY if headline else min_similarity
        enough = len(common) >= (1 if headline else MIN_SHARED_NAMES)
        if enough and shared >= needed * norm[a] * norm[b]:
            scored.append((shared / (norm[a] * norm[b]), a, b))
    scored.sort(key=lambda t: -t[0])  # strongest links first (stable: ties stay in doc order)
    return [(a, b) for _, a, b in scored]


def story_ids(claims: pd.DataFrame, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """doc_id -> story id: articles linked by their names (see the module), named stably.

    ``known`` maps doc_id -> the story id it had before (see :func:`name_stories`).
    """
    body = body_names(claims)
    headlines = headline_names(claims, body=body)
    names: dict[str, set[str]] = defaultdict(set, body)
    for doc, words in headlines.items():
        names[doc] = names[doc] | words
    parent = {d: d for d in names}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    pairs = linked_pairs(names, headlines, cased=headline_names(claims, cased_only=True, body=body))
    near: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        near[a].add(b)
        near[b].add(a)
    story: dict[str, list[str]] = {d: [d] for d in names}  # root -> its articles
    for a, b in pairs:  # strongest first; two stories join only when each end knows most of the other
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if _knows_most(a, story[rb], near) and _knows_most(b, story[ra], near):
            parent[ra] = rb
            story[rb].extend(story.pop(ra))
    members: dict[str, list[str]] = defaultdict(list)
    for d in sorted(names):  # sorted, so each story's members are too
        members[find(d)].append(d)
    return name_stories(list(members.values()), known or {})


def _knows_most(doc: str, story: list[str], near: Mapping[str, set[str]]) -> bool:
    """Whether ``doc`` is linked to at least ``MIN_LINKED_SHARE`` of a story's articles: a chain
    of pairwise links (A like B, B like C...) does not make one story of unrelated ends."""
    linked = sum(1 for d in story if d in near[doc])
    return linked >= MIN_LINKED_SHARE * len(story)


def name_stories(stories: list[list[str]], known: Mapping[str, str]) -> dict[str, str]:
    """doc_id -> story id, where each story is a sorted list of doc_ids.

    A story keeps the id most of its articles had before (ties: the smaller id), so an article
    that joins it, even one that sorts first, does not change its id, nor its groups' ids that
    verdicts are keyed by. When two stories claim one id (a story split), the one with more of
    its holders keeps it. A new story is named by its first doc_id (not the union-find root,
    which depends on set order, which Python varies per process); a name taken gets ``+2``...

    >>> name_stories([["a", "b"]], {"b": "b"})  # "a" joined story "b"
    {'a': 'b', 'b': 'b'}
    """
    claims: list[tuple[int, str, int]] = []  # (-holders, id, story index): strongest claim first
    for i, docs in enumerate(stories):
        held = Counter(known[d] for d in docs if d in known)
        if held:
            story_id, n = min(held.items(), key=lambda kv: (-kv[1], kv[0]))
            claims.append((-n, story_id, i))
    names: dict[int, str] = {}
    taken: set[str] = set()
    for _, story_id, i in sorted(claims, key=lambda c: (c[0], stories[c[2]][0])):
        if story_id not in taken:
            names[i] = story_id
            taken.add(story_id)
    for i, docs in enumerate(stories):
        if i not in names:
            name, n = docs[0], 2
            while name in taken:
                name, n = f"{docs[0]}+{n}", n + 1
            names[i] = name
            taken.add(name)
    return {d: names[i] for i, docs in enumerate(stories) for d in docs}
