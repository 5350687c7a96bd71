"""What a figure counts (the metric) and of whom (the subject), from the words around it.

>>> metric_and_subject("Officials said 43,000 soldiers have been killed.", 15, 21)
('killed', 'soldiers')
>>> metric_and_subject("The line would cost $4.2bn in total.", 20, 26, unit="USD")
('cost', '')
>>> metric_and_subject("Unemployment fell to 6.1 per cent.", 21, 33, unit="percent")
('unemployment', '')
"""

from __future__ import annotations

import regex

from workbench.lexicon import alternation
from workbench.lexicon import metrics as lex
from workbench.lexicon.attribution import REPORTING_VERBS
from workbench.lexicon.numbers import CARDINAL_WORDS

_EVENT = frozenset(lex.EVENT_WORDS)
_NOT_METRIC = frozenset(lex.NOT_METRIC)
_CASUALTY_VERBS = frozenset(lex.CASUALTY_VERBS)
_AUX = frozenset(
    [
        "have",
        "has",
        "had",
        "been",
        "were",
        "was",
        "are",
        "is",
        "be",
        "being",
        "now",
        "already",
        "reportedly",
        "also",
        "still",
        "all",
        "so",
        "far",
        "yet",
        "since",
        "then",
        "officially",
    ]
)

# Linking verbs between a count and its state: "2,900 workers remained on strike".
_AUX = _AUX | frozenset(
    "remained remain remains stayed stay stays currently reported believed feared".split()
)
RE_TOKEN = regex.compile(r"[A-Za-z][\w'’-]*|[^\s\w]")
# A verb right before the figure names it: "killed at least 14", "costing the port $8m".
RE_VERB_BEFORE = regex.compile(
    rf"""
    \b(?P<verb>{alternation(lex.METRIC_VERBS_BEFORE)})
    (?:\ (?:the|a|an|its|their|his|her|our|your)\ [a-z]+      # costing the port
      |\ (?!(?:as|is|was|has|this|us)\b)[a-z]+s)?\ $          # cost families (a plural object)
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# "<metric> of N", "<metric> at N": "a budget of £86.4m", "a crowd of 52,118".
RE_NP_OF = regex.compile(
    r"""
    (?<![\w’'-])(?P<np>(?:[\w’'-]+\ ){0,5}[\w’'-]+)                  # the metric's noun phrase
    \ (?:of|at|for|totalling|worth|was|is|stood\ at)\ (?:between\ )?$  # then the word before the figure
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "<metric> fell to N", "Turnout was N", "churn had already fallen to N".
RE_NP_VERB = regex.compile(
    rf"""
    (?<![\w’'-])(?P<np>(?:[\w’'-]+\ ){{0,3}}?[\w’'-]+)
    (?:\ (?:had|has|have|would|will|could|may|already|now|also))*
    \ (?:{alternation(lex.LINKING_VERBS)})
    (?:\ [a-z]+ly)?(?:\ (?:high|low|steady|unchanged|flat|stable|up|down|back|further|higher|lower))?
    (?:\ (?:to|at|by|from|for|of|on))?\ (?:between\ )?$
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "cut the journey time to N", "put the likely bill at N".
RE_VERB_NP_TO = regex.compile(
    rf"""
    \b(?:{alternation(lex.LINKING_VERBS)}|{alternation(lex.METRIC_VERBS_BEFORE)})
    \ (?:the|its|their|a)\ (?P<np>(?:[\w’'-]+\ ){{0,2}}?[\w’'-]+)\ (?:to|at)\ (?:between\ )?$
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "Emergency attendances: 148,230" (a list item or a label).
RE_LABEL = regex.compile(r"\W*(?P<label>[A-Za-z][\w\ ’'-]{2,60}?):\ ")
# "N of the vote", "N of berths", "N of them were children".
RE_OF_AFTER = regex.compile(
    r"""
    \ (?:of|in)\ (?:(?:the|all|its|their|our|his|her|your|this|that)\ )?
    (?=[a-z])(?P<np>(?:[\w’'-]+\ ?){1,3})                              # "of the vote", not "in April"
""",
    regex.VERBOSE,
)


_CARDINALS = frozenset(CARDINAL_WORDS)
_VERBISH = frozenset((*lex.LINKING_VERBS, *lex.METRIC_VERBS_BEFORE))
_REPORTING = frozenset((*REPORTING_VERBS, "that", "which", "who"))
_DETERMINERS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)
_SKIP_BEFORE_NOUN = frozenset(["more", "fewer", "extra", "additional", "new", "other", "further"])
_ING_NOUNS = frozenset(
    [
        "building",
        "housing",
        "funding",
        "spending",
        "training",
        "shipping",
        "clothing",
        "meeting",
        "earnings",
        "savings",
        "holdings",
        "bookings",
        "listings",
    ]
)
RE_COMPARATIVE_AFTER = regex.compile(
    r"""
    \ (?P<np>(?:more|less|fewer|higher|lower|cheaper|dearer|faster|slower|bigger|smaller)
    (?:\ (?:likely|expensive|than))?)\b
""",
    regex.VERBOSE,
)
RE_PAST_BEFORE = regex.compile(r"\b(?:was|were|been|being|be)\ (?P<verb>[a-z]+ed)\ $", regex.REVERSE)
RE_CONTINUES_PREVIOUS = regex.compile(
    r"""
    (?:\b(?:up|down|rising|falling|increase|rise|fall|drop|jump)(?:\ from)?
     |\b(?:against|versus|compared\ with|from)
     |\d[\d,.]*(?:\ ?%|\ per\ cent|[mkbn]+)?\ (?:to|from))\ $
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)


_PART_OF = frozenset("number total count share proportion percentage majority tally rest".split())
RE_PLACE_TAIL = regex.compile(r"\ (?:in|at|across|during|since|near|around)\ (?=.*[A-Z]).*$")


def _clean_np(np: str) -> str:
    """Keep the noun phrase: drop what precedes its determiner or verb, and function words.

    "the likely cost of the Calder bridge" -> "likely cost"; "the number of people killed" -> "people killed".
    """
    np = RE_PLACE_TAIL.sub("", np)  # "unemployment in Norland" -> "unemployment"
    head, of, tail = np.rpartition(" of ")
    if of and head:
        np = tail if head.split()[-1].lower() in _PART_OF else head
    words = [w for w in np.lower().split() if w]
    last = len(words) - 1
    cut = max(
        (
            i + 1
            for i, w in enumerate(words)
            if w in _DETERMINERS or ((w in _REPORTING or w in _VERBISH) and i < last)
        ),
        default=0,
    )
    words = words[cut:]
    while words and (words[0] in _NOT_METRIC or words[0] in ("record", "total", "further")):
        words = words[1:]
    while words and words[-1] in _NOT_METRIC:
        words = words[:-1]
    if any(w[0].isdigit() for w in words):
        return ""
    return " ".join(words)


def _event(tokens: list[str], i: int) -> str:
    """The longest event word or phrase (up to three words) starting at ``tokens[i]``."""
    for n in (3, 2, 1):
        phrase = " ".join(t.lower() for t in tokens[i : i + n])
        if len(tokens) >= i + n and phrase in _EVENT:
            return phrase
    return ""


def _after_of(tokens: list[str], j: int) -> tuple[str, str]:
    """After "N of the" / "N of them": an event word or a noun, past any auxiliaries ("were children")."""
    if tokens[j].lower() == "the":
        j += 1
    while j < len(tokens) and tokens[j].lower() in _AUX:
        j += 1
    if j < len(tokens) and (
        _event(tokens, j) or (tokens[j][0].isalpha() and tokens[j].lower() not in _NOT_METRIC)
    ):
        return _event(tokens, j) or tokens[j].lower(), ""
    return "", ""


def _after(text: str, end: int, limit: int, unit: str = "") -> tuple[str, str]:
    """Read the nouns and event word after a figure: '43,000 soldiers have been killed'."""
    tokens = RE_TOKEN.findall(text, end, min(limit, end + 90))
    if tokens and tokens[0] in ('"', "”", "’"):
        tokens = tokens[1:]  # '"fewer than 8,000" soldiers': the quote closes, the noun follows
    if (
        len(tokens) > 2
        and tokens[0].lower() == "of"
        and tokens[1].lower() in ("the", "them", "those", "these")
    ):
        return _after_of(tokens, 2 if tokens[1].lower() != "the" else 1)  # "724 of the dead"
    nouns: list[str] = []
    i = 0
    if tokens and tokens[0].lower() in _SKIP_BEFORE_NOUN and len(tokens) > 1:
        nouns.append(tokens[0])
        i = 1
    while i < len(tokens) and len(nouns) < 4:
        word = tokens[i].lower()
        event = _event(tokens, i)
        if event:
            return event, " ".join(nouns)
        adjective = (
            i + 1 < len(tokens) and tokens[i + 1][0].isalpha() and tokens[i + 1].lower() not in _NOT_METRIC
        )
        if (
            not word[0].isalpha()
            or word in _NOT_METRIC
            or word in _VERBISH
            or word in _REPORTING
            or word in _CARDINALS
            or (word.endswith("ly") and word not in ("family", "supply"))
            or (word.endswith("ed") and nouns and word not in _EVENT)  # "500 protesters gathered"
            or (word.endswith("ing") and word not in _ING_NOUNS and not adjective)
        ):
            break
        nouns.append(tokens[i])
        i += 1
    j = i
    while j < len(tokens) and (tokens[j].lower() in _AUX or tokens[j].lower().endswith("ly")):
        j += 1  # "are internally displaced"
    if j < len(tokens):
        event = _event(tokens, j)
        specific = [w for w in nouns if w.lower() not in lex.GENERIC_COUNT_NOUNS]
        if event and " " in event and specific:
            return " ".join(nouns).lower(), ""  # "2,300 dockworkers joined the strike": the noun says more
        if event and (j > i or " " in event):
            return event, " ".join(nouns)
        if tokens[j].lower() in lex.GENERIC_COUNT_NOUNS and not nouns:
            return tokens[j].lower(), ""
        if unit and not nouns and tokens[j].lower().endswith("ed"):
            return tokens[j].lower(), ""  # "$65 million was needed"
    return " ".join(nouns).lower(), ""


def _before(text: str, s: int, start: int) -> str:
    """A metric named before the figure: 'unemployment fell to', 'a budget of'."""
    for pattern in (RE_NP_VERB, RE_VERB_NP_TO, RE_NP_OF):
        m = pattern.search(text, s, start)
        if m:
            np = _clean_np(m["np"])
            if np:
                return np
    return ""


def metric_and_subject(
    text: str,
    start: int,
    end: int,
    unit: str = "",
    clause_start: int | None = None,
    clause_end: int | None = None,
    previous_metric: str = "",
) -> tuple[str, str]:
    """The metric and subject of the figure at ``text[start:end]`` (qualifier included).

    The rules are tried in a fixed order, most specific first: a casualty or money verb
    just before the figure; an event word or noun after it; an elliptical figure that
    continues the previous one; a noun phrase before it; "N of X"; a list label.
    """
    s = max(0, start - 100) if clause_start is None else max(clause_start, start - 100)
    e = len(text) if clause_end is None else clause_end
    verb = RE_VERB_BEFORE.search(text, s, start)
    after_metric, subject = _after(text, end, e, unit)
    if verb:
        v = verb["verb"].lower()
        if v in _CASUALTY_VERBS or (unit and unit != "percent") or not after_metric:
            return v, (after_metric if v in _CASUALTY_VERBS else "")
    if subject or (after_metric and not unit):
        return after_metric, subject
    past = RE_PAST_BEFORE.search(text, s, start)
    if past and not after_metric and past["verb"].lower() not in _NOT_METRIC:
        return past["verb"].lower(), ""  # "was downloaded 1.7 million times"
    if unit:
        comparative = RE_COMPARATIVE_AFTER.match(text, end, e)
        if comparative:
            return comparative["np"], ""
    if previous_metric and RE_CONTINUES_PREVIOUS.search(text, s, start):
        return previous_metric, ""
    before = _before(text, s, start)
    if before:
        return before, ""
    if unit:
        of = RE_OF_AFTER.match(text, end, e)
        if of:
            words = []
            for w in of["np"].split():
                if w.lower() in _NOT_METRIC:
                    break
                words.append(w.lower())
            np = " ".join(words)
            if np in ("them", "those", "these", ""):
                np = _after(text, of.end(), e)[0]
            if np:
                return np, ""
    label = RE_LABEL.match(text, clause_start or s, start)
    if label:
        return label["label"].strip().lower(), ""
    return after_metric or previous_metric, ""
