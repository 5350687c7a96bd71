"""What else, beside its quantity, says which figure a claim gives: whom it counts, per what, when.

Two figures of one quantity in one story are the same figure only if they count the same people
or things ("500 soldiers were killed" is not "2,000 civilians were killed"; "300 homes burned" is
not "40 cars burned"), per the same unit of account ("87 cts a share" is not "12.1 mln dlrs"),
for the same year ("12 died in 2022" is not "80 died in 2023"; "vs 3.87 dlrs" in a results line
is the year before, and never the current figure). Each claim gets a facet per kind; a group
splits by a kind only where its figures give two or more different facets of that kind, and then
the figures that give none stand apart by whom, and go with the latest year by when (see
``engine``). A money or a physical amount is never a count of people:
``COUNT_ONLY`` names the quantities that only count (``engine._not_counts`` reads it).

Every window read here is the figure's own few words (at most ``WINDOW`` characters either side
in its sentence), found once per distinct (sentence, figure).

>>> subject_class("Ukrainian soldiers"), subject_class("people"), subject_class("burned homes")
('military', '', 'homes')
>>> period("Officials said 12 people died in 2022.", "12"), period("Net 4.1 mln vs 3.2 mln", "3.2 mln")
('2022', 'before')
>>> per_share("loss", "Acme lost 87 cts a share.", "87 cts")
True
"""

from __future__ import annotations

import regex

from workbench.lexicon.numbers import MONTHS

# Heads of a subject that say nothing about whom a figure counts: such a figure joins any group.
GENERIC_SUBJECTS = frozenset(
    {"", "people", "persons", "person", "individuals", "others", "victims", "those", "lives", "total", "all"}
)
# Heads that name one class of people, so that "troops" and "soldiers" are one. A head not listed
# is its own class, singular ("homes", "cars").
SUBJECT_CLASSES = {
    "soldiers": "military",
    "soldier": "military",
    "troops": "military",
    "servicemen": "military",
    "service members": "military",
    "personnel": "military",
    "fighters": "combatants",
    "militants": "combatants",
    "rebels": "combatants",
    "insurgents": "combatants",
    "civilians": "civilians",
    "civilian": "civilians",
    "houses": "homes",
    "dwellings": "homes",
    "buildings": "buildings",
    "vehicles": "vehicles",
    "cars": "vehicles",
}
# Quantities that only count people or things: a figure in money, or in a physical unit, is
# another quantity that shares a word ("losses of $3m" are not casualties).
COUNT_ONLY = frozenset(
    {"killed", "wounded", "missing", "captured", "casualties", "displaced", "arrested", "on_strike", "cases"}
)

# Quantities of one person ("age"): two figures are one only when they are about the same subject.
PER_PERSON = frozenset({"age", "aged", "height", "weight"})

EARLIER = "before"  # the period of the figure a comparison starts from ("vs", "from", "a year ago")
WINDOW = 60
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
RE_PERIOD_AFTER = regex.compile(
    rf"""
    ^[^;:.\d]{{0,40}}?           # the figure's own words, up to a clause break or another figure
    \b(?:in|for|during|of|by|at\ end[- ]|since|through)\s+
    (?:(?:calendar|fiscal|the\ year|the\ (?:first|second|third|fourth)\ (?:quarter|half)\ of)\s+)?
    (?:(?P<month>{_MONTH})\.?(?:\s+(?P<year>(?:19|20)\d\d))?  # a month, and its year when given
    |(?P<alone>(?:19|20)\d\d))   # or a year
    \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
RE_PRIOR_AFTER = regex.compile(
    r"""
    ^[^,;:.\d]{0,40}?\b
    (?<!\b(?:from|on|over|than|with|to|since|versus|vs)\ )  # "rose 5% from a year ago" is a change, not then
    (?:a\ year\ (?:ago|earlier|before)|last\ year|(?:the\ )?(?:previous|prior)\ year|year-ago)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
RE_PRIOR_BEFORE = regex.compile(
    r"""
    \b(?:vs\.?|versus|against|compared\ (?:with|to)|(?:up|down)?\ ?from
    |(?:previous|earlier|prior|old|last)\ (?:high|low|record|peak|figure|estimate)\ (?:was|of|stood\ at))
    \s+(?:a\ |an\ )?(?:[a-z]+\ ){0,2}$   # "vs profit 3.87", "from a revised 4.1": at most two words between
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
RE_PER_SHARE_METRIC = regex.compile(r"\b(?:per|a)\ share\b|\bshr\b|\bper-share\b", regex.IGNORECASE)
RE_PER_SHARE_AFTER = regex.compile(
    r"^\s*(?:dlrs?|cts|cents?|pence|p)?\s*(?:a|per)\s+share\b", regex.IGNORECASE
)
RE_SHR_ROW = regex.compile(r"^\s*(?:shr|shr\.)\b", regex.IGNORECASE)  # a results table's per-share row


RE_MAY_SAY_WHEN = regex.compile(
    rf"""
    (?:19|20)\d\d | \b(?:{_MONTH})\b                 # a year or a month
    | \b(?:vs|versus|against|compared|from|year|previous|earlier|prior|old|last)\b  # a comparison's cue
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
RE_MAY_SAY_SHARE = regex.compile(r"share|\bshr\b", regex.IGNORECASE)


def read(sentence: str, number_text: str, qualifier: str, metric: str) -> tuple[str, bool]:
    """(period, per share) of one figure; a sentence that names no period, comparison or share
    is not read further (one quick test per sentence)."""
    text = str(sentence or "")
    when = period(text, number_text, qualifier) if RE_MAY_SAY_WHEN.search(text) else ""
    share = bool(RE_MAY_SAY_SHARE.search(text) or RE_MAY_SAY_SHARE.search(str(metric or "")))
    return when, share and per_share(metric, text, number_text)


def subject_class(subject: str) -> str:
    """Whom or what a figure counts, from its subject's head word ("" when it does not say)."""
    words = str(subject or "").lower().replace("'s", "").split()
    if not words:
        return ""
    head = words[-1]
    if head in GENERIC_SUBJECTS:
        return ""
    return SUBJECT_CLASSES.get(head, head)


def _around(sentence: str, number_text: str) -> tuple[str, str]:
    """The few words before and after a figure in its sentence."""
    at = sentence.find(number_text) if number_text else -1
    if at < 0:
        return "", ""
    end = at + len(number_text)
    return sentence[max(0, at - WINDOW) : at], sentence[end : end + WINDOW]


def period(sentence: str, number_text: str, qualifier: str = "exact") -> str:
    """The year a figure is for where its own words say ("in 2022", "in December 1986": 1986; a
    month alone says no year: a monthly series is a dated series, see ``engine._merge``), or
    "before" (the figure a comparison starts from: "vs", "from", "a year ago"; not a range's
    "from 5 to 9"), else ""."""
    before, after = _around(str(sentence or ""), str(number_text or ""))
    prior_cue = qualifier != "range" and RE_PRIOR_BEFORE.search(before)
    if prior_cue or RE_PRIOR_AFTER.match(after):
        return EARLIER
    m = RE_PERIOD_AFTER.match(after)
    if m is None:
        return ""
    return m["alone"] or m["year"] or ""


def per_share(metric: str, sentence: str, number_text: str) -> bool:
    """Whether a figure is per share ("87 cts a share", "earnings per share", a "Shr" row)."""
    if RE_PER_SHARE_METRIC.search(str(metric or "")) or RE_SHR_ROW.match(str(sentence or "")):
        return True
    return bool(RE_PER_SHARE_AFTER.match(_around(str(sentence or ""), str(number_text or ""))[1]))
