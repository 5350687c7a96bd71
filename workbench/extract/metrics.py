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

_EVENT = frozenset(lex.EVENT_WORDS)
_NOT_METRIC = frozenset(lex.NOT_METRIC)
_CASUALTY_VERBS = ("killed", "kill", "kills", "wounded", "injured", "displaced", "evacuated",
                   "arrested", "detained", "rescued", "burned", "burnt", "destroyed", "damaged",
                   "lost", "lose", "loses", "losing", "vaccinated", "deported", "seized")
_AUX = frozenset("have has had been were was are is be being now already reportedly also still all "
                 "so far yet since then officially".split())

RE_TOKEN = regex.compile(r"[A-Za-z][\w'’-]*|[^\s\w]")
# A verb right before the figure names it: "killed at least 14", "costing the port $8m".
RE_VERB_BEFORE = regex.compile(rf"""
    \b(?P<verb>{alternation(lex.METRIC_VERBS_BEFORE)})
    (?:\ (?:the|a|an|its|their|his|her|taxpayers|us|them)(?:\ [a-z]+)?)?\ $
""", regex.VERBOSE | regex.IGNORECASE)
# "<metric> of N", "<metric> at N": "a budget of £86.4m", "a crowd of 52,118".
RE_NP_OF = regex.compile(r"""
    (?P<np>(?:[\w’'-]+\ ){0,2}[\w’'-]+)\ (?:of|at|totalling|worth|was|is|stood\ at)\ (?:between\ )?$
""", regex.VERBOSE | regex.IGNORECASE)
# "<metric> fell to N", "Turnout was N", "churn had already fallen to N".
RE_NP_VERB = regex.compile(rf"""
    (?P<np>(?:[\w’'-]+\ ){{0,3}}?[\w’'-]+)
    (?:\ (?:had|has|have|would|will|could|may|already|now|also))*
    \ (?:{alternation(lex.LINKING_VERBS)})
    (?:\ [a-z]+ly)?(?:\ (?:high|low|steady|unchanged|flat|stable))?
    (?:\ (?:to|at|by|from|for|of|on))?\ (?:between\ )?$
""", regex.VERBOSE | regex.IGNORECASE)
# "cut the journey time to N", "put the likely bill at N".
RE_VERB_NP_TO = regex.compile(rf"""
    \b(?:{alternation(lex.LINKING_VERBS)}|{alternation(lex.METRIC_VERBS_BEFORE)})
    \ (?:the|its|their|a)\ (?P<np>(?:[\w’'-]+\ ){{0,2}}?[\w’'-]+)\ (?:to|at)\ (?:between\ )?$
""", regex.VERBOSE | regex.IGNORECASE)
# "Emergency attendances: 148,230" (a list item or a label).
RE_LABEL = regex.compile(r"^\W*(?P<label>[A-Za-z][\w\ ’'-]{2,60}?):\ ")
# "N of the vote", "N of berths", "N of them were children".
RE_OF_AFTER = regex.compile(r"""
    \ (?:of|in)\ (?:the\ |all\ |its\ |their\ )?(?P<np>(?:[\w’'-]+\ ?){1,3})
""", regex.VERBOSE)
RE_UP_DOWN_BEFORE = regex.compile(r"\b(?:up|down|rising|falling|an\ increase\ of|a\ rise\ of|a\ fall\ of)\ $",
                                  regex.VERBOSE | regex.IGNORECASE)


def _clean_np(np: str) -> str:
    words = [w for w in np.lower().split() if w]
    while words and (words[0] in _NOT_METRIC or words[0] in ("its", "record", "total", "further")):
        words = words[1:]
    while words and words[-1] in _NOT_METRIC:
        words = words[:-1]
    if any(w.isdigit() for w in words):
        return ""
    return " ".join(words)


def _after(text: str, end: int, limit: int) -> tuple[str, str]:
    """Read the nouns and event word after a figure: '43,000 soldiers have been killed'."""
    tokens = RE_TOKEN.findall(text, end, min(limit, end + 90))
    nouns: list[str] = []
    i = 0
    while i < len(tokens) and len(nouns) < 4:
        word = tokens[i].lower()
        pair = f"{word} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if pair in _EVENT:
            return pair, " ".join(nouns)
        if word in _EVENT and (nouns or i == 0):
            return word, " ".join(nouns)
        if not word[0].isalpha() or word in _NOT_METRIC or word.endswith("ly"):
            break
        nouns.append(tokens[i])
        i += 1
    j = i
    while j < len(tokens) and tokens[j].lower() in _AUX:
        j += 1
    if j > i and j < len(tokens):
        word = tokens[j].lower()
        pair = f"{word} {tokens[j + 1].lower()}" if j + 1 < len(tokens) else ""
        if pair in _EVENT:
            return pair, " ".join(nouns)
        if word in _EVENT:
            return word, " ".join(nouns)
        if word in lex.GENERIC_COUNT_NOUNS and not nouns:
            return word, ""
    return " ".join(nouns).lower(), ""


def metric_and_subject(text: str, start: int, end: int, unit: str = "",
                       clause_start: int | None = None, clause_end: int | None = None,
                       previous_metric: str = "") -> tuple[str, str]:
    """The metric and subject of the figure at ``text[start:end]`` (qualifier included)."""
    s = max(0, start - 100) if clause_start is None else max(clause_start, start - 100)
    e = len(text) if clause_end is None else clause_end
    verb = RE_VERB_BEFORE.search(text, s, start)
    if verb:
        v = verb["verb"].lower()
        if v in _CASUALTY_VERBS or (unit and unit not in ("percent",)):
            after_metric, _ = _after(text, end, e)
            subject = after_metric if v in _CASUALTY_VERBS else ""
            return v, subject
    after_metric, subject = _after(text, end, e)
    if subject or (after_metric and not unit):
        return after_metric, subject
    for pattern in (RE_VERB_NP_TO, RE_NP_OF, RE_NP_VERB):
        m = pattern.search(text, s, start)
        if m:
            np = _clean_np(m["np"])
            if np:
                return np, ""
    if unit:
        of = RE_OF_AFTER.match(text, end, e)
        if of:
            np = _clean_np(of["np"])
            if np in ("them", "those", "these", ""):
                more = _after(text, of.end(), e)[0]
                np = more or np
            if np:
                return np, ""
        if RE_UP_DOWN_BEFORE.search(text, s, start) and previous_metric:
            return previous_metric, ""
    label = RE_LABEL.match(text, clause_start or s, start)
    if label:
        return label["label"].strip().lower(), ""
    return after_metric, ""
