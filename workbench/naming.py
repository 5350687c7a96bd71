"""Names a reviewer reads instead of ids: a story by the words its headlines share, a group by its
story, quantity and unit ("Calder bridge — cost (£)"), an article by its title, a figure by its
words and article ("'about £1.25bn' in 'Petrakis defends Calder bridge budget'").

>>> story_name(["Calder bridge approved at £1.2bn", "Audit warns Calder bridge will cost more"])
'Calder bridge'
>>> group_name("Calder bridge", "cost", "GBP"), group_name("Seed", "unspecified", "minute")
('Calder bridge — cost (£)', 'Seed — figures in minutes')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import pandas as pd

from workbench.figures import unit_label

MAX_NAME = 60  # characters of an article's title in a label
MAX_STORY = 45  # of a story's name, which a group's name repeats
MAX_FIGURES = 30  # of the figures that tell apart groups with no metric
UNNAMED = "unspecified"  # the engine's quantity for a figure with no metric
SIGNS = frozenset("£$€¥%")  # units a name gives in brackets, not in words
SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but as by with from into over after says say said is are be "
    "will would can could has have had was were its it this that than more most new".split()
)


def shorten(text: str, limit: int = MAX_NAME) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis if cut.

    >>> shorten("Trump Advocates for Ukraine Ceasefire Following Meeting with Zelensky", 40)
    'Trump Advocates for Ukraine Ceasefire…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:—-") + "…"


def _ngrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1)}


def story_name(titles: Iterable[str]) -> str:
    """What a story's headlines share: the longest run of up to four words (not all small words)
    found in most of them; a story of one article is its headline.

    >>> story_name(["Dalmora quake toll rises above 200", "Strong earthquake strikes Dalmora province",
    ...             "Opposition questions Dalmora death toll"])
    'Dalmora'
    """
    heads = [" ".join(str(t).split()) for t in titles if str(t).strip()]
    if not heads:
        return ""
    if len(set(heads)) == 1:
        return shorten(heads[0], MAX_STORY)
    seen: Counter[tuple[str, ...]] = Counter()
    spelled: dict[tuple[str, ...], str] = {}
    for head in dict.fromkeys(heads):
        words = [w.strip("'\"‘’“”:,.;!?") for w in head.split()]
        for gram in _ngrams([w for w in words if w]):
            key = tuple(w.lower() for w in gram)
            if all(w in SMALL_WORDS or w.isdigit() for w in key):
                continue
            if key not in seen:
                spelled[key] = " ".join(gram)
            seen[key] += 1
    need = max(2, (len(set(heads)) + 1) // 2)
    shared = [k for k, n in seen.items() if n >= need]
    if not shared:
        return shorten(heads[0], MAX_STORY)
    best = max(shared, key=lambda k: (seen[k], len(k), sum(w[:1].isupper() for w in spelled[k].split())))
    return shorten(spelled[best])


def group_name(story: str, quantity: str, unit: str) -> str:
    """A group as a reviewer names it: story, what it counts, and the unit where there is one."""
    what = str(quantity or UNNAMED).replace("_", " ")
    sign = unit_label(unit)
    suffix = f" ({sign})" if sign else ""
    if what == UNNAMED:  # no metric: say what kind of figures they are
        what, suffix = ("figures", suffix) if not sign or sign in SIGNS else (f"figures in {sign}", "")
    return f"{story} — {what}{suffix}" if story else f"{what}{suffix}"


def doc_title(doc_id: str, title: object = "") -> str:
    """An article as a reviewer knows it: its title, else its file name."""
    text = str(title) if isinstance(title, str) and title.strip() else str(doc_id)
    return shorten(text)


def story_names(claims: pd.DataFrame, stories: Mapping[str, str] | None = None) -> dict[str, str]:
    """doc_id -> the name of its story: the engine's stories (``Reconciliation.stories``) named by
    the titles of their articles; without them, each article is its own story."""
    if claims.empty:
        return {}
    docs = claims.drop_duplicates("doc_id")
    titles = {d: doc_title(d, t) for d, t in zip(docs["doc_id"], docs["title"], strict=True)}
    story_of = {d: (stories or {}).get(d, d) for d in titles}
    members: dict[str, list[str]] = {}
    for d in sorted(titles):
        members.setdefault(story_of[d], []).append(titles[d])
    named = {s: story_name(t) for s, t in members.items()}
    return {d: named[story_of[d]] for d in titles}


def group_names(
    groups: pd.DataFrame, claims: pd.DataFrame, stories: Mapping[str, str] | None = None
) -> dict[str, str]:
    """group_id -> a name for people. A group with no metric is told apart by its figures
    ("Dalmora — figures: 12,000 to 15,000"); two groups that would still read alike get a number
    ("Dalmora — people 2")."""
    if groups.empty:
        return {}
    story = story_names(claims, stories)
    first_doc = claims.drop_duplicates("group_id").set_index("group_id")["doc_id"] if len(claims) else {}
    spans = _figure_spans(claims)
    names: dict[str, str] = {}
    for g in groups.itertuples(index=False):
        doc = first_doc.get(g.group_id, "") if len(claims) else ""
        names[g.group_id] = group_name(story.get(doc, ""), g.metric, g.compared_in or "")
        label = str(getattr(g, "group_label", "") or "")
        if " per share" in label and "share" not in names[g.group_id]:  # see reconcile/facets.py
            names[g.group_id] += " per share"
        if " — " in label:  # whom or when the group's figures count
            names[g.group_id] += f" ({label.split(' — ', 1)[1]})"
        if str(g.metric or UNNAMED) == UNNAMED and spans.get(g.group_id):
            names[g.group_id] += f": {spans[g.group_id]}"
    counts = Counter(names.values())
    seen: Counter[str] = Counter()
    for gid in list(names):
        if counts[names[gid]] > 1:
            seen[names[gid]] += 1
            if seen[names[gid]] > 1:
                names[gid] = f"{names[gid]} {seen[names[gid]]}"
    return names


def _figure_spans(claims: pd.DataFrame) -> dict[str, str]:
    """group_id -> its smallest and largest figures as written ("12,000 to about 15,000")."""
    if claims.empty or "number_text" not in claims.columns:
        return {}
    ordered = claims.sort_values("value", kind="stable")
    spans = {}
    for gid, texts in ordered.groupby("group_id", sort=False)["number_text"]:
        first, last = str(texts.iloc[0]), str(texts.iloc[-1])
        spans[gid] = shorten(first if first == last else f"{first} to {last}", MAX_FIGURES)
    return spans


def figure_ref(number_text: str, title: str) -> str:
    """A figure named by its words and its article, for messages."""
    return f"'{number_text}' in '{title}'" if title else f"'{number_text}'"
