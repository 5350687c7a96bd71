"""What a figure counts (the metric) and of whom (the subject), read from the figure's clause.

Each sentence is read once into tokens (``MetricReader``); a figure takes the tokens before and
after it from there (bounded by its sentence), and the rules in ``RULES`` are then tried in order,
most specific first: the first that reads a metric wins. The words after the figure are read by
``after.py``, the clause before it by ``clause.py``; the vocabulary (verb roles, nouns, function
words) is ``workbench.lexicon.metrics``.

>>> metric_and_subject("Officials said 43,000 soldiers have been killed.", 15, 21)
('killed', 'soldiers')
>>> metric_and_subject("The line would cost $4.2bn in total.", 20, 26, unit="USD")
('cost', '')
>>> metric_and_subject("Unemployment fell to 6.1 per cent.", 21, 33, unit="percent")
('unemployment', '')
>>> metric_and_subject("The ministry put the toll at 44.", 29, 31)
('toll', '')
>>> metric_and_subject("Core CPI, which leaves out food, gained 0.2 percent.", 40, 51, unit="percent")
('core cpi', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

import regex

from workbench.extract.after import (
    Found,
    after_figure,
    is_participle,
    money_in,
    of_whole,
    per_share,
    predicate,
    skip_figure_words,
)
from workbench.extract.clause import (
    DASHES,
    TICKER_TOKENS,
    Left,
    SentenceTokens,
    Tok,
    aside_open,
    clause_before,
    head,
    head_noun,
    is_adverb,
    is_figure,
    is_word,
    noun_phrase_left,
    roles_of,
    sentence_subject,
    verb_left,
    wire_mark_start,
)
from workbench.lexicon import alternation, trie_alternation
from workbench.lexicon import metrics as lex
from workbench.lexicon.attribution import FORECAST_VERBS, REPORTING_VERB_SET
from workbench.lexicon.numbers import CARDINAL_WORDS, DURATION_UNITS, SIZED_CHANGE_VERBS

_NOT_METRIC = frozenset(lex.NOT_METRIC)
_GENERIC = frozenset(lex.GENERIC_COUNT_NOUNS)
_CASUALTY_VERBS = frozenset(lex.CASUALTY_VERBS)
_SCALE_NOUNS = frozenset((*lex.METRIC_ROLES["scale_noun"], "record", "high", "low", "peak"))
_NOUN_AFTER = frozenset(lex.METRIC_ROLES["noun_after"])
_RECORDS = frozenset(("record", "high", "low", "peak"))
_EVENT_VERBS = frozenset(lex.METRIC_VERBS_BEFORE)
_SUBJECT_ROLES = frozenset(("change", "bound", "level", "revision"))
_LEVEL_VERBS = frozenset(lex.METRIC_ROLES["level"])
_CHANGE_VERBS = frozenset(lex.METRIC_ROLES["change"])
_QUOTES = frozenset("\"“”‘’'")  # passed inside a name: New York Coffee "C" futures
_COMPARED_BY = frozenset("from against vs versus with than".split())  # "from 6,000 sets", "compared with"
RE_WORD_AFTER_FIGURE = re.compile(r"\s+([A-Za-z][\w'-]*)")  # the noun a figure counts, right after it
_NO_QUANTITY = lex.PRONOUNS | lex.CLAUSE_WORDS | frozenset(lex.NOT_METRIC)  # subjects naming no quantity
_SIZED_CHANGE = frozenset(SIZED_CHANGE_VERBS)
_LABEL_OPENERS = frozenset(("vs", "versus", ",", ";", ":", "-", "–", "—", "("))
# Words that open a clause whose subject is left out: "..., but were up 4%", "before recovering to close at".
_CLAUSE_LINKS = frozenset("and but or then ; before after while as when".split())
_MAX_BEFORE = 220  # characters of the sentence read before a figure
_MAX_AFTER = 120  # and after it

# A verb right before the figure names it: "killed at least 14", "costing the port $8m".
RE_VERB_BEFORE = regex.compile(
    rf"""
    \b(?P<verb>{alternation(lex.METRIC_VERBS_BEFORE)})
    (?:\ (?:the|a|an|its|their|his|her|our|your)\ [a-z]+      # costing the port
      |\ (?:them|him|her|us|it|me|you)                        # costing them
      |\ (?:the\ )?(?P<name>(?-i:[A-Z][\w&'’.-]*(?:\ [A-Z][\w&'’.-]*){{0,2}}))  # owes the Paris Club
      |\ (?!(?:as|is|was|has|this|us)\b)[a-z]+s)?\ $          # cost families (a plural object)
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# RE_VERB_BEFORE ends in the verb, the verb and a plural noun, the verb, "the" and a noun, or the
# verb and a name of up to three words and "the": the verb ends one of the last five words before
# the figure. A cheap test on them before the regex;
# a word beyond ASCII goes to the regex (ignoring case, it matches "İ", "ſ" and "K" to ASCII letters).
# The last five words are joined by a separator no word holds ("\x00": a token that is that
# character is no word), and one search finds a verb at the end of any of them.
RE_ENDS_IN_VERB = re.compile(rf"(?:{trie_alternation(lex.METRIC_VERBS_BEFORE)})(?:\x00|\Z)")
# "Emergency attendances: 148,230" (a list item or a label); not a dateline ("GENEVA: ").
RE_LABEL = regex.compile(
    r"""
    \W*(?![A-Z]{2,}:)                 # not a dateline in capitals
    (?P<label>[A-Za-z][\w\ ’'-]{2,60}?):[ ]     # the label, a colon and a space
""",
    regex.VERBOSE,
)
# The word after a comparative, if a lower-case word: "higher average prices" (a noun: named).
RE_WORD_AFTER = regex.compile(r"\ (?P<word>[a-z][a-z-]*)\b")
# Words after a comparative that name nothing: "higher at 925p", "lower on the year", "higher if".
_NOT_NAMED_AFTER = frozenset("than at on in by from to for if as and or but this that the a an".split())
# "15 per cent lower than", "more likely": a comparison after a percentage.
RE_COMPARATIVE_AFTER = regex.compile(
    rf"""
    \ (?P<np>(?:{alternation(lex.COMPARATIVES)})     # "lower", "more"
    (?:\ (?:likely|expensive|than))?)\b              # "more likely", "lower than"
""",
    regex.VERBOSE,
)


class Reading(NamedTuple):
    """What one figure counts; ``level`` is what a following "from A to B" figure measures.
    (A named tuple: made for every figure, it costs a quarter of a frozen dataclass.)"""

    metric: str = ""
    subject: str = ""
    level: str = ""
    start: int = -1  # the figure's start
    end: int = -1  # the end of the words the reading used (at least the figure's end)
    figure_end: int = -1  # the figure's end
    unit: str = ""  # the figure's unit
    guessed: bool = False  # read by the last resort (``word_before``/``word_after``), not by a rule


class Clause:
    """The figure and the words of its sentence around it, read once."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        unit: str,
        sentence: tuple[int, int],
        before: list[Tok],
        after: list[Tok],
        previous: Reading | None,
        words: SentenceTokens,
        earlier: Reading | None = None,
    ) -> None:
        self.text, self.start, self.end, self.unit, self.sentence = text, start, end, unit, sentence
        self.earlier = earlier  # the last figure of an earlier paragraph, when none is in this one
        self.before = before  # words before the figure, left to right (and verb words inside it)
        self.before_figure = len(before)  # how many of them stand before the figure
        self.after = after  # words after it
        self.skip = skip_figure_words(after)  # the index in ``after`` past the figure's own words
        self.previous = previous  # the figure before, in the same paragraph
        self.words = words  # the sentence's tokens, read once for all its figures
        # the previous figure when it stands in the same sentence
        self.prev_here = previous if previous is not None and previous.start >= sentence[0] else None
        # whether the figure's text may open with a word ("a total of", "another", "had not been
        # above"); most open with a digit or a sign, and then no rule reads words inside them
        first = text[start : start + 1]
        self.worded = first.isalpha() or first.isspace() or first == "_"
        self._left: Left | bool | None = False  # not read yet
        self._counted: Found | bool | None = False  # not read yet

    def left(self) -> Left | None:
        """The verb group before the figure, read once (two rules ask for it)."""
        if self._left is False:
            self._left = verb_left(self.before, len(self.before) - 1)
        return self._left  # type: ignore[return-value]

    def counted(self) -> Found | None:
        """What the words after the figure say it counts (``after_figure``), read once (four rules ask)."""
        if self._counted is False:
            self._counted = after_figure(self.after, self.unit, _det(self), self.skip)
        return self._counted  # type: ignore[return-value]


def _read(c: Clause, metric: str, subject: str = "", level: str = "", end: int = -1) -> Reading:
    return Reading(metric, subject, level or metric, c.start, max(end, c.end), c.end, c.unit)


def _found(c: Clause, f: Found | None) -> Reading | None:
    return _read(c, f.metric, f.subject, f.level, f.end) if f is not None and f.metric else None


def _previous(c: Clause, p: Reading | None, level: bool = False) -> Reading | None:
    """What the figure before measures (its level for "from A to B"), per share only if this one is."""
    if p is None or not p.metric:
        return None
    metric = p.level if level and p.level else p.metric
    return _read(c, metric.removesuffix(" per share"), level=p.level.removesuffix(" per share"))


def _np_reading(c: Clause, start: int, end: int) -> Reading | None:
    """The metric a noun phrase of the clause names; "the figure", "that of" point back."""
    b = c.before
    found = head([t.low for t in b[start : end + 1]])
    definite = start <= end and b[start].low in ("the", "this", "that", "those", "its")
    if found in ("that", "those") or (found in lex.ANAPHORIC_NOUNS and definite):
        return _previous(c, c.prev_here) or (None if found in ("that", "those") else _read(c, found))
    return _read(c, found) if found else None


# --- the rules, in order -------------------------------------------------------------------


RE_CONVERSION_GAP = regex.compile(
    r"""
    \s*(?:\(|;|/|,?\s*or\b|\(or|[-–—])\s*  # "$4m (£2.13m)", "(£2.1m; $4.1m)", "$1bn or £0.8bn", "503 (71%)"
    """,
    regex.VERBOSE,
)


def conversion(c: Clause) -> Reading | None:
    """ "$4m (£2.13m)", "503 (71%)", "3m euros (£2.1m; $4.1m)": the figure before, in other terms."""
    p = c.prev_here
    if p is None or not p.metric or p.figure_end < 0 or c.start - p.figure_end > 12:
        return None
    gap = c.text[p.figure_end : c.start]
    past_unit = gap.lstrip().lstrip("abcdefghijklmnopqrstuvwxyz")  # past one unit word: "70 euros (£50)"
    if RE_CONVERSION_GAP.fullmatch(gap) or RE_CONVERSION_GAP.fullmatch(past_unit):
        if c.unit == "percent" and p.unit != "percent" and p.metric in _GENERIC:
            rate = _rate_of(c, p)  # "the jobless rate is 4.9 million people or 11.7%": the rate
            if rate is not None:
                return rate
        return _previous(c, p)
    return None


def _rate_of(c: Clause, p: Reading) -> Reading | None:
    """The subject of a verb of level before the figure ``p`` ("the jobless rate is [4.9 million people]")."""
    b = c.before
    k = next((i for i in range(len(b) - 1, -1, -1) if b[i].end <= p.start), -1)
    left = verb_left(b, k) if k >= 0 else None
    if left is None or not left.verb or not left.roles & _SUBJECT_ROLES or left.subject_end < 0:
        return None
    return _subject(c, left.subject_end)


def in_parentheses(c: Clause) -> Reading | None:
    """ "503 (71%)": the figure before; "Nigerians (20 per cent)": the noun before the bracket;
    "Those cuts - roughly $32,000 each": the noun before the dash; "Most (88%) of the cases" and
    "the majority - about 1.2 million - went": a part of a whole."""
    b = c.before
    k = len(b) - 1  # the bracket or dash
    if k > 0 and (b[k].low == "of" or is_adverb(b[k].low)):
        k -= 1  # "This outturn (of 0.7%)", "the capital market - currently $30 trillion"
    if k < 1 or (b[k].low != "(" and b[k].low not in DASHES):
        return None
    p = c.prev_here
    if (
        (p is not None and p.figure_end >= b[k - 1].end)
        or is_figure(b[k - 1])
        or b[k - 1].low in lex.FIGURE_WORDS
    ):
        return _previous(c, p)  # "775m euros ($1bn)": the figure before, in other terms
    start, end = noun_phrase_left(b, k - 1)
    if start > end or end != k - 1:
        return None
    if b[end].low in lex.PART_OF:
        return _found(c, of_whole(c.after, skip=c.skip)) or _previous(c, c.previous)
    name = b[end].text[0].isupper() and not b[end].low.endswith(lex.PEOPLE_ENDINGS)
    return None if name else _np_reading(c, start, end)  # "in Brazil and China (14.6 GW)": a place


def linked_amount(c: Clause) -> Reading | None:
    """ "contracts worth $40m were signed", "bond issues totalling 4.45bn francs have been approved":
    the noun the amount is tied to, before a verb after the figure can name it."""
    if c.unit == "percent":
        return None  # a share is never "worth" or "totalling"
    b = c.before[: c.before_figure]
    if len(b) > 1 and b[-1].low in lex.AMOUNT_LINKS:
        end = len(b) - 2
    elif len(b) > 2 and (b[-2].low, b[-1].low) in lex.AMOUNT_LINK_PHRASES:
        end = len(b) - 3
    else:
        return None
    if not is_word(b[end]) or b[end].low in lex.VERB_FORMS:
        return None
    start, stop = noun_phrase_left(b, end, pps=False)
    return _np_reading(c, start, stop) if start <= stop and stop == end else None


_LABEL_GAP = 3  # words of a label between "includes" and its figure: "includes pretax charge 1.2 mln"
_RELATIVE_REACH = 30  # characters from a figure to a "which" that points back to it: "2.4 mln dlrs, which"
_LABEL_STOP = lex.INCLUDE_VERBS | lex.AUXILIARIES | lex.NP_PREPOSITIONS | lex.CLAUSE_WORDS | {"and", "or"}


def included_part(c: Clause) -> Reading | None:
    """ "1986 net includes charge 6,300,000 dlrs", "includes 11.9 mln dlr provision", "His donations
    included $600,000": a part a total includes (``lex.INCLUDE_VERBS``) is named by its label, its
    noun or the total."""
    b = c.before[: c.before_figure]
    k = len(b) - 1
    while k >= 0 and b[k].low in ("a", "an", "the"):
        k -= 1
    j = k
    while j >= 0 and k - j < _LABEL_GAP and is_word(b[j]) and b[j].text.islower():
        if b[j].low in _LABEL_STOP:
            break
        j -= 1
    if j < 0 or b[j].low not in lex.INCLUDE_VERBS:
        return None
    label = b[j + 1 : k + 1]
    if label and not any(is_adverb(t.low) for t in label):  # not "includes previously announced 15 mln"
        return _np_reading(c, j + 1, k)  # "includes pretax charge 1,200,000 dlrs": its label
    if c.skip < len(c.after) and c.after[c.skip].low in ("of", "in") and unit_kind(c.unit) == "money":
        found = money_in_what(c)
        if found is not None and found.metric:
            return found  # "includes 900,000 dlrs of investment tax credits": what the money is in
    found = _found(c, c.counted()) or _part_named_after(c) or _part_purpose(c)
    if found is not None:
        return found  # "includes 11.9 mln dlr provision", "comprise 1-1/4 pct selling concession"
    if j == 0 or b[j].low in lex.EXCLUDE_VERBS or unit_kind(c.unit) == "duration":
        return None  # what a total excludes is no part of it; "year includes 53 weeks" is no part either
    p = c.prev_here
    near = p is not None and 0 <= b[j - 1].start - p.figure_end < _RELATIVE_REACH
    if near and b[j - 1].low in lex.RELATIVES:
        return _previous(c, p)  # "a distribution of 71.6 cts per unit, which includes": that figure's
    total = _subject(c, j - 1)  # "His donations included $600,000": the total
    if total is None or _head_word(total.metric) in lex.NOT_TOTAL_HEADS:
        return None  # "NOTE: 1987 qtr includes", "8.18 dlrs a share, which included": no total named
    return total


def _part_purpose(c: Clause) -> Reading | None:
    """What a percentage part is for, right after it: "Fees comprise 1-1/2 pct for selling and 1/2 pct
    for management" -> selling, management (news-bench: 35 such fees read as "comprise" or "fees").
    ("from" was tried and left: "Net includes 4.4 mln from discontinued opers" lost its currency.)"""
    a = c.after
    i = c.skip
    if i + 1 >= len(a) or a[i].low != "for" or c.unit != "percent":
        return None  # a part of fees ("1/2 pct for management"), not of money ("3 mln dlrs for lumber")
    i += 1
    if a[i].low in ("a", "an", "the", "its"):
        i += 1
    words = _label_after(a, i, lex.TIME_WORDS)
    if not words or words[-1].low in lex.VERB_FORMS or words[-1].low.endswith("ed"):
        return None
    return _read(c, " ".join(t.low for t in words), end=words[-1].end)


def _label_after(a: list[Tok], i: int, stops: frozenset[str] = frozenset()) -> list[Tok]:
    """The lower-case words from ``a[i]`` that may label a part, up to _LABEL_GAP of them and up to a
    preposition, a conjunction, a word that names no metric or one of ``stops``."""
    words: list[Tok] = []
    while i < len(a) and len(words) < _LABEL_GAP and is_word(a[i]) and a[i].text.islower():
        w = a[i].low
        if w in _LABEL_STOP or w in _NOT_METRIC or w in stops:
            break
        words.append(a[i])
        i += 1
    return words


def _part_named_after(c: Clause) -> Reading | None:
    """The lower-case words right after a part's figure that name it, up to a preposition or a
    conjunction: "Fees comprise 1-1/4 pct selling concession and 5/8 pct ..." -> selling concession."""
    words = _label_after(c.after, c.skip)
    cut = next((k for k, t in enumerate(words) if is_adverb(t.low)), len(words))
    words = words[:cut]  # "comprise 1 pct respectively": up to an adverb
    if not words or words[-1].low in lex.VERB_FORMS or words[-1].low.endswith(("ing", "ed")):
        return None
    return _read(c, " ".join(t.low for t in words), end=words[-1].end)


def participle_names_it(c: Clause) -> Reading | None:
    """ "..., earning 3.55m euros", "a eurobond paying 8-3/4 pct and priced at 101-3/8", "gain,
    surging 3.5%": a participle that modifies what comes before it names what the figure is."""
    b = c.before[: c.before_figure]
    i = len(b) - 1
    if i >= 1 and b[i].low in ("at", "to", "by"):
        i -= 1
    if i < 1 or not is_word(b[i]) or not b[i].text.islower():
        return None
    w = b[i].low
    ing = w.endswith("ing") and len(w) > 5 and not roles_of(w) & _SUBJECT_ROLES  # not "rising to 5%"
    priced = w in lex.PRICE_PARTICIPLES and i < len(b) - 1  # "priced at": not "narrowed to"
    if not (ing or priced) or w in REPORTING_VERB_SET or w in lex.AMOUNT_LINKS or w in lex.CHANGE_PARTICIPLES:
        return None
    if w in lex.MEASURE_WORDS:
        return None  # "at 1,265 sterling": a unit, not a participle
    prev = b[i - 1]
    if prev.low in lex.AUXILIARIES or prev.low in lex.PRONOUNS or prev.low in lex.DETERMINER_WORDS:
        return None  # "is rising 5%", "they were paying": a verb with its subject
    if prev.low not in (",", "and") and not (is_word(prev) or is_figure(prev)):
        return None
    return _read(c, w)


# A share's price move as written: "12p", "3.5 pence", "1-3/8" (eighths of a dollar), "20 yen",
# "15 cts", "a penny"; not a bare count or decimal ("Unemployment rose 12,000 to", "The Dow fell 44.60
# to"), a percentage or a scaled amount.
RE_PRICE_MOVE_AMOUNT = regex.compile(
    rf"""
    \d[\d,]*(?:\.\d+)?\ ?(?:{alternation(lex.PRICE_MOVE_UNITS)})  # 12p, 3.5 pence, 20 yen, 15 cts
  | \d+(?:-\d+)?/\d+                                            # 1-3/8, 5/8
  | (?:a|one)\ penny                                            # a penny
""",
    regex.VERBOSE | regex.IGNORECASE,
)


def price_move(c: Clause) -> Reading | None:
    """A named company's price move in a market report: "Jaguar rose 12p to 587", "BP shed 13p at
    907p", "ICI fell a penny at 1,334, Glaxo 8p at 1,480", "USAir fell 1-3/8 to 47-3/4". The change is
    read as its verb (falls are positive values with a directional metric), the level after "to" or
    "at" as the share price. The level is a bare price in pence or dollars and eighths, not an index,
    a scaled amount, a percentage or a commodity's dollars ("Gold fell 50 cents to 400.50 dlrs")."""
    b = c.before
    if len(b) < 2:
        return None
    if b[-1].low in ("to", "at"):
        j = len(b) - 2
        if j >= 2 and b[j].low in lex.PRICE_COMPARATIVES:
            j -= 1  # "Glaxo was 8p higher at 1,480"
        p = c.prev_here
        moved = p is not None and p.level == lex.SHARE_PRICE and p.figure_end >= b[j].end
        penny = j >= 2 and b[j].low == "penny" and b[j - 1].low in ("a", "one")
        penny = penny and bool(_named_move_verb(b, j - 2))  # "ICI fell a penny at 1,334"
        return _read(c, lex.SHARE_PRICE) if moved or penny else None
    after = c.after
    k = c.skip
    compared = k < len(after) and after[k].low in lex.PRICE_COMPARATIVES  # "was 8p higher at 1,480"
    k += compared
    if not (k + 1 < len(after) and after[k].low in ("to", "at") and is_figure(after[k + 1])):
        return None
    if k + 2 < len(after) and after[k + 2].low in _NOT_A_SHARE_PRICE:
        return None  # "to 3.1 mln", "to 45%", "to 400.50 dlrs an ounce": no share's price
    if RE_PRICE_MOVE_AMOUNT.fullmatch(c.text, c.start, c.end) is None:
        return None  # "Exports rose 5 pct to 300 mln dlrs": no price move in pence, cents or eighths
    if compared:
        named = len(b) >= 2 and b[-1].low in lex.BE_FORMS and _company_name(b[-2])
        return _read(c, after[k - 1].low, level=lex.SHARE_PRICE) if named else None
    verb = _named_move_verb(b, len(b) - 1)
    return _read(c, verb, level=lex.SHARE_PRICE) if verb else None


# Words after a level that make it something other than a share's price.
_NOT_A_SHARE_PRICE = lex.FIGURE_WORDS | lex.UNIT_WORDS | lex.NOT_SHARE_PRICE_AFTER


def _named_move_verb(b: list[Tok], j: int) -> str:
    """The change verb of a named company's move whose amount follows ``b[j]``: "Jaguar rose" ->
    "rose"; in a list, "..., Glaxo" -> the nearest change verb before it in the sentence. Not a
    month ("July climbed 4.4 cents": a futures contract) or a time word."""
    if j >= 1 and "change" in roles_of(b[j].low) and _company_name(b[j - 1]):
        return b[j].low
    if j >= 1 and _company_name(b[j]) and b[j - 1].low in (",", "and"):
        for k in range(j - 2, 0, -1):
            if "change" in roles_of(b[k].low):
                return b[k].low if _company_name(b[k - 1]) else ""
    return ""


def _company_name(t: Tok) -> bool:
    return is_word(t) and t.text[:1].isupper() and t.low not in lex.TIME_WORDS


def verb_names_it(c: Clause) -> Reading | None:
    """ "killed at least 14 civilians", "would cost $4.2bn": a casualty or money verb before the figure."""
    if not verb_may_precede(c.before[: c.before_figure]):
        return None
    s = max(c.sentence[0], c.start - 100)
    verb = RE_VERB_BEFORE.match(c.text, s, c.start)  # reversed: anchored at the figure
    if not verb:
        return None
    if verb["name"] and (verb["verb"].isupper() or not any(map(str.isdigit, c.text[c.start : c.end]))):
        return None  # a headline in capitals ("PAY FINAL DIVIDEND OF 10 CENTS") names no one paid; a
        # count in words after a name is no sum paid it ("won the Open four times", "paid December eight")
    v = verb["verb"].lower()
    if c.unit == "percent" and (roles_of(v) & {"change", "object"} or of_whole(c.after, skip=c.skip)):
        return None  # "shares lost 4%": the subject is what changed; "pay 10% of the debt"
    after = c.counted()
    if v in _CASUALTY_VERBS:
        return _read(c, v, after.metric if after else "", end=after.end if after else -1)
    money_in = c.skip < len(c.after) and c.after[c.skip].low == "in" and _money_or_bare(c.unit) and c.unit
    found = money_in_what(c) if money_in else None
    if found is not None and found.metric != "total":  # "would cost $4.2bn in total": the verb's
        return found  # "approved an additional 84.0 mln dlrs in credit guarantees": what the money is
    if (after is not None and verb["name"]) or (c.skip < len(c.after) and c.after[c.skip].low == "of"):
        # "offered Argentina an extra 110.5 mln Swiss franc credit": the credit; "bought 6.8 mln
        # tonnes of corn", "sold 294 mln stg of paper": what was bought or sold
        return None
    nxt = c.after[c.skip] if c.skip < len(c.after) else None
    named = after is not None and c.unit != "percent" and nxt is not None and is_word(nxt)
    noun = named and nxt.low not in lex.NOT_NOUNS_AFTER_SUM and head_noun(after.metric.split()[-1])
    if noun and after.metric.split()[0] == nxt.low:
        return None  # "to pay an unchanged four yen dividend": the noun right after it, read by noun_after
    if (c.unit and c.unit != "percent") or after is None:
        return _read(c, v)
    return None


def verb_may_precede(before: list[Tok]) -> bool:
    """Whether RE_VERB_BEFORE may match before a figure whose preceding tokens are ``before``: one of
    the last five ends in a verb of METRIC_VERBS_BEFORE (or is not ASCII). Fewer than five may
    have lost the verb's token to the window's edge, so they always go to the regex."""
    if len(before) < 5:
        return True
    last = "\x00".join(t.low for t in before[-5:])
    return not last.isascii() or RE_ENDS_IN_VERB.search(last) is not None


def _det(c: Clause) -> str:
    """The article before the figure, past one adjective: "a £2.1bn boost", "an annual £10.5bn"."""
    b = c.before
    if len(b) > 1 and b[-2].low in ("a", "an") and is_word(b[-1]):
        return b[-2].low
    return b[-1].low if b else ""


def level_of_subject(c: Clause) -> Reading | None:
    """ "VTR exports fell to 1.73 mln sets", "AMEX volume rose to 14,224,710 shares", "Cumulative
    exports totalled 3.07 mln sets": a bare count that is the new level of its clause's subject
    measures the subject; the noun after it only says what is counted (holdout 41's gold; about 220
    news-bench figures, read in its diff and by a review helper)."""
    if c.unit:
        return None  # "rose to 5,000 tonnes": a unit, and no counted noun to outrank
    b = c.before
    partner = _compared_partner(c)
    if partner is not None:
        return partner  # "fell to 5,000 sets from 6,000 sets": the second is the same series
    left = c.left()
    counted = c.counted()
    event = counted is not None and counted.metric in lex.EVENT_WORDS  # "put their losses at 6,000 dead"
    if left is not None and left.np is not None and left.prep == "at" and counted is not None and not event:
        estimator = c.before[left.np[0] - 1].low if left.np[0] > 0 else ""
        marked = c.before[left.np[1]].low in lex.MARK_NOUNS  # "set a monthly record at": of what?
        if ("object" in left.roles or estimator in FORECAST_VERBS) and not marked:
            # "estimating today's hog slaughter at about 262,000 head": the estimate's object
            return _np_reading(c, *left.np)
    # "Cattle slaughter is estimated at about 126,000 head": a passive estimate puts its subject at it
    estimated = left is not None and left.passive and left.prep == "at"
    estimated = estimated and ("object" in left.roles or left.verb in FORECAST_VERBS)
    if left is None or not left.verb or left.np is not None or (left.passive and not estimated):
        return None
    verb = left.verb
    level = verb in lex.BARE_LEVEL_VERBS if not left.prep else left.prep == "at" and verb in _LEVEL_VERBS
    level = level or estimated
    moved = left.prep == "to" and verb in _CHANGE_VERBS and verb not in lex.VERB_PARTICLES
    if not (level or moved) or b[-1].low in lex.DETERMINER_WORDS:
        return None  # "acquire up to 300,000 shares": a qualifier; "the 75 to 85 area": a modifier
    end = left.subject_end
    if end < 0 or b[end + 1].low == "there" or b[end].low in _NO_QUANTITY:
        return None  # "it rose to", "there were 80 staff", "why were 10,000 fans": no quantity named
    after = counted
    if after is None or after.metric.endswith("ed") or c.after[c.skip].low in ("of", "times"):
        return None  # nothing to outrank ("was 40 times oversubscribed", "35,000 of the models")
    if after.metric.split()[-1] in lex.DIMENSION_ADJECTIVES or after.metric in lex.COMPARATIVES:
        return None  # "is 48 pages long": a size; "is 80 smaller": a comparison
    rest = [t.low for t in c.after[c.skip : c.skip + 8] if t.start >= after.end][:2]
    if rest[:1] and (rest[0] in lex.COUNT_STATE_FOLLOWERS or " ".join(rest) in lex.COUNT_STATE_FOLLOWERS):
        return None  # "were 150 runs behind", "2.5 billion pixels in size": the count is its own measure
    found = _subject(c, end)
    if found is not None and found.metric.startswith(f"{after.metric.split()[-1]} and "):
        return None  # "rose to 7.2 mln bales and exports fell to": a subject read across a clause
    head = _head_word(found.metric) if found is not None else ""
    at = next((i for i in range(end, -1, -1) if b[i].text == head or (i == 0 and b[i].low == head)), -1)
    if at < 0 or _in_prepositional_phrase(b, at, absolute=verb.endswith("ing")):
        return None  # "he said Nissan fell to": a name; "the amount of coffee ... against the futures"
    if head in lex.MONEY_METRIC_HEADS or after.metric.split()[-1] in lex.MONEY_METRIC_HEADS:
        return None  # "turnover was 206.7 mln shares": money and a count disagree; "was 2.3 billion surplus"
    return found


def _in_prepositional_phrase(b: list[Tok], head: int, absolute: bool = False) -> bool:
    """Whether the noun ``b[head]`` is the object of a preposition ("sulfur content for the survey
    respondents", "Volume at the end of a 10 minute opening call"): read leftwards past words,
    figures and quote marks to a preposition, or to its phrase's article with a preposition before
    it. Then it is not the subject's head. With ``absolute`` (its verb in -ing), "with" opens a clause
    whose subject it is: "Colombia, with stockpiles standing at about 10 mln bags"."""
    openers = _PP_OPENERS_BUT_WITH if absolute else _PP_OPENERS
    i = head - 1
    while i >= 0 and (is_word(b[i]) or is_figure(b[i]) or b[i].low in _QUOTES):
        w = b[i].low
        if w in openers:
            return True
        if w in lex.DETERMINER_WORDS or w in lex.CLAUSE_WORDS:
            break  # the phrase opens here: a preposition before it holds it ("At 0815 GMT the index")
        i -= 1
    return i >= 1 and b[i].low in lex.DETERMINER_WORDS and b[i - 1].low in openers


def _compared_partner(c: Clause) -> Reading | None:
    """The reading of the figure a bare count is compared with when both count the same noun and the
    first was read as its subject's level: "exports fell to 5,000 sets from 6,000 sets" (both exports)."""
    p = c.prev_here
    b = c.before
    if p is None or not b or b[-1].low not in _COMPARED_BY or c.skip >= len(c.after):
        return None
    noun = c.after[c.skip].low
    word = RE_WORD_AFTER_FIGURE.match(c.text, p.figure_end)
    if word is None or word[1].lower() != noun or p.metric == noun or not p.metric:
        return None
    counted = c.counted()
    if counted is None or counted.metric != noun:
        return None  # "from 1 and 1/8 to 7/8": no noun counted
    return _previous(c, p)


def _participle_of_when(c: Clause, metric: str) -> bool:
    """Whether ``metric`` is a participle right after a figure that only says when or where the
    figure was set ("a peak of 43% seen in the first quarter", "was 140.55 yen set on April 15"), the
    figure being what "of" or a level verb before it names."""
    k = c.skip
    if k + 1 >= len(c.after) or c.after[k].low != metric or c.after[k + 1].low not in lex.WHEN_LINKS:
        return False
    if not is_participle(metric):
        return False
    b = c.before
    if len(b) > 2 and b[-1].low == "the" and b[-2].low == "than" and c.unit:
        # "a far smaller increase than the £5.1bn seen in December": the increase (not "than the 3.85
        # mln hectares planted in": a participle of the act itself names the figure)
        return metric in lex.REPORT_PARTICIPLES
    if len(b) > 1 and b[-1].low == "of":  # not "30 pct of 155,000 ounces sold"; a bare count only
        # after a record or a level ("the record of 1,400,000 set last year", not "the bodies of 12
        # killed in the crash")
        return (
            is_word(b[-2])
            and b[-2].low not in lex.MEASURE_WORDS
            and (bool(c.unit) or b[-2].low in _SCALE_NOUNS)
        )
    left = c.left()  # "was 140.55 yen set on": right after a level verb (not "below the 320,000 hectares
    # lost in 1985"), not a share in a state ("were 80 pct emerged in many areas")
    return (
        left is not None
        and c.unit != "percent"
        and not left.prep
        and left.np is None
        and left.verb in lex.BARE_LEVEL_VERBS
        and b[-1].low == left.verb.split()[-1]
    )


def noun_after(c: Clause) -> Reading | None:
    """ "43,000 soldiers have been killed", "a 14% rise in crime", "95 percent of Democrats approved"."""
    a, b = c.after, c.before
    if b and b[-1].low == "of" and a and a[0].low in DASHES:
        return None  # "- out of a total workforce of 6,500 - could be lost": the aside's own noun
    found = _found(c, c.counted())
    if found is not None and _participle_of_when(c, found.metric):
        return None  # "the record high of $55.67 set in late October": the record high, read later
    if found is not None and c.unit and found.metric.endswith("ed") and " " not in found.metric:
        if unit_kind(c.unit) == "money" and c.before_figure and c.before[c.before_figure - 1].low == "of":
            return None  # "non-recurring costs of 10.1 mln dlrs associated with": the costs, read later
        return own_words(c) or found  # "a total of 812 GW was installed": the total
    return found


# What stands before a share that opens its clause: "Of those asked, 62% were unaware".
_SUBJECT_OPENERS = frozenset((",", ";", ":", "and", "but", "while", "whereas"))
# Words that may stand between such an opening and the share: "The remaining 33% said".
_SHARE_LEAD = frozenset("the remaining other another just only some".split())


def share_does(c: Clause) -> Reading | None:
    """ "62% were unaware", "A chunk of users, 36%, carry out a search weekly": a share that is
    its clause's subject counts those who do or are what the clause says."""
    if c.unit != "percent":
        return None
    b = c.before
    k = len(b) - 1
    while k >= 0 and len(b) - k <= 3 and b[k].low in _SHARE_LEAD:
        k -= 1
    if k >= 0 and b[k].low not in _SUBJECT_OPENERS:
        return None
    return _found(c, predicate(c.after, k == len(b) - 1 and k >= 0 and b[k].low == ",", c.skip))


def of_them(c: Clause) -> Reading | None:
    """ "refund 1,100 customers, and 95% of them had been paid": a part of what the figure before counted."""
    a = c.after
    p = c.prev_here
    if p is None or len(a) < 2 or a[0].low != "of" or a[1].low not in ("them", "those", "these"):
        return None
    if len(a) > 2 and a[1].low == "those" and a[2].low in lex.POLLED:
        return None  # "29% of those asked": the people polled, not the figure before
    return _previous(c, p)


def remainder(c: Clause) -> Reading | None:
    """ "The remaining 2,720", "another 900": more of what the figure before counted."""
    b = c.before
    rest = (len(b) > 1 and b[-1].low in ("remaining", "other") and b[-2].low == "the") or (
        c.worded and c.text[c.start : c.end].lower().split()[:1] == ["another"]
    )
    return _previous(c, c.previous) if rest else None


def own_words(c: Clause) -> Reading | None:
    """ "a total of 812 GW": the figure's own words name it."""
    if not c.worded:
        return None
    words = c.text[c.start : c.end].lower().split()
    return _read(c, "total") if words[:3] in (["a", "total", "of"], ["the", "total", "of"]) else None


def share_of(c: Clause) -> Reading | None:
    """ "41 percent of global capacity", "£5m of damage": a share or an amount of what follows;
    "3% of GDP" only when the share is the subject ("43% of the population lives on ...")."""
    if not c.unit:
        return None
    b = c.before
    subject = not b or b[-1].low in lex.CLAUSE_WORDS or b[-1].low in (",", ";", ":", "-", "(")
    found = _found(c, of_whole(c.after, subject, c.skip))
    if found is not None and found.metric in lex.ANAPHORIC_NOUNS and _ends_phrase(c.after, found.end):
        # "90 mln dlrs of exports, or 40 pct of the total": of what the figure before counts
        return _previous(c, c.prev_here) or found
    return found


def _ends_phrase(after: list[Tok], end: int) -> bool:
    """Whether no word follows the phrase that ends at offset ``end`` ("of the total." but not "of
    the total registered voters")."""
    nxt = next((t for t in after if t.start >= end), None)
    return nxt is None or not is_word(nxt)


def continues_previous(c: Clause) -> Reading | None:
    """ "from 4.3% in August to 4.4%", "47% to 39%", "or $4.64 per share": the same quantity again."""
    p = c.prev_here
    if p is None or not p.metric:
        return None
    b = c.before
    k = len(b)
    while k and b[k - 1].start >= p.end:  # the words since the figure before (b is in text order)
        k -= 1
    gap = b[k:]
    if gap and gap[0].low in lex.NP_PREPOSITIONS:  # "a 36% share of the market, down from 39%": the
        cut = next((i for i, t in enumerate(gap) if t.low in (",", *DASHES)), 0)  # phrase is the share's
        gap = gap[cut:]
    name = _new_label(c, p, k)
    if name:
        return _read(c, name)  # "South Korea 7.1 billion dlrs, Hong Kong 6.4 billion": the next item
    for t in gap:
        if is_word(t):
            w = t.low
            if not (
                w in lex.CONNECTORS
                or w in lex.TIME_WORDS
                or w in lex.FIGURE_PARTICIPLES  # "rose 0.3 pct to a seasonally adjusted 122.7"
                or is_adverb(w)
                or t.text[0].isupper()
            ):
                return None
        elif t.low not in (",", "(", ")", "’", "'", "%", *DASHES) and not is_figure(t):
            return None
    return _previous(c, p, level=any(t.low in lex.LEVEL_CONNECTORS for t in gap))


def compares_previous(c: Clause) -> Reading | None:
    """ "Profit rose to 40 mln dlrs. That compares with 32 mln dlrs a year ago.": a sentence that
    opens by comparing "this" with a figure measures what the figure before it measured (Reuters
    writes "This compares with" 56 times in news-bench, "This compared with" 22)."""
    p = c.previous or c.earlier  # Reuters opens a paragraph with it
    b = c.before
    if p is None or not p.metric or c.prev_here is not None or len(b) != 3:
        return None
    if (
        b[0].low in lex.COMPARISON_SUBJECTS
        and b[1].low in lex.COMPARISON_VERBS
        and b[2].low in ("with", "to")
    ):
        return _previous(c, p)
    return None


def _capitalised_before(b: list[Tok], end: int) -> int:
    """The index where the run of capitalised words that ends at ``b[end - 1]`` starts."""
    k = end
    while k > 0 and end - k < 4 and is_word(b[k - 1]) and b[k - 1].text[0].isupper():
        k -= 1
    return k


def _new_label(c: Clause, p: Reading, gap: int) -> str:
    """In a list of names and figures whose first figure the name before it labels ("South Korea
    7.1 billion dlrs, Hong Kong 6.4 billion and China 2.1 billion"), the name before this figure."""
    b = c.before
    end = len(b) - 1 if b and b[-1].low == "at" else len(b)  # "Progressive traded at 4.42, Rainbow at 3.66"
    if end and wire_mark_start(b, end - 1, TICKER_TOKENS) >= 0:
        end -= TICKER_TOKENS  # "Potlatch Corp <PCH> 3-1/2 to 69": the name before its ticker
    first = _capitalised_before(b, end)
    # the word that opens the item, past its article: "and the European Community 57 billion"
    opener = first - 2 if first >= 2 and b[first - 1].low == "the" else first - 1
    if first == end or first <= gap or opener < 0 or b[opener].low not in (",", "and", ";"):
        return ""
    before_p = next((i for i in range(gap - 1, -1, -1) if b[i].end <= p.start), -1) + 1
    p_end = before_p - 1 if before_p and b[before_p - 1].low == "at" else before_p  # "Norvex at 3.66"
    p_first = _capitalised_before(b, p_end)
    labelled = p_first < p_end and " ".join(t.low for t in b[p_first:p_end]) == p.metric
    if not (labelled or _named_subject(b, before_p, p.metric)):
        return ""  # the figure before was not labelled by a name
    return " ".join(t.low for t in b[first:end])


MAX_NAMED_SUBJECT = 30  # tokens before the previous figure searched for the name its metric is


def _named_subject(b: list[Tok], end: int, metric: str) -> bool:
    """Whether ``metric`` is a capitalised name among the tokens before ``b[end]``, the subject of
    the chain's first figure: "Cheung Kong rose 75 cents to 45.25 dlrs, Hk Electric 60 to 16.00" (so
    the next name in the list labels its own figures)."""
    words = metric.split()
    n = len(words)
    for i in range(max(0, end - MAX_NAMED_SUBJECT), end - n + 1):
        run = b[i : i + n]
        if all(is_word(t) and t.text[0].isupper() for t in run) and [t.low for t in run] == words:
            # the whole subject, not its head before a phrase: "Imports of Colombian coffee were"
            return i + n == end or b[i + n].low not in lex.NP_PREPOSITIONS
    return False


def gapped(c: Clause) -> Reading | None:
    """ "energy prices were up 2.8 percent and food prices 3.1 percent", "with imports at 3%":
    a new noun, the verb left out."""
    p = c.prev_here
    b = c.before
    if p is None or not b:
        return None
    k = len(b) - 1
    if b[k].low in ("by", "to", "at", "on"):
        k -= 1
    if k < 0 or not is_word(b[k]) or b[k].low in _NOT_METRIC or b[k].low in lex.VERB_FORMS:
        return None
    if b[k].low.endswith("ed"):
        return None  # "while Kronberg and Dorival clocked 7.62secs": a verb, not a gapped noun
    start, end = noun_phrase_left(b, k)
    if start > end or end != k or start == 0:
        return None
    listed = b[start - 1].low == "," and b[-1].low in ("at", "to")  # "X at 2.7 pct, Y at 2.9 pct"
    if (b[start - 1].low not in lex.GAP_LINKS and not listed) or b[start].start < p.end:
        return None
    return _np_reading(c, start, end)


def _of_a_name(c: Clause) -> bool:
    """ "N pct of First Northern", "5.2 PCT OF DISTRIBUTED LOGIC": the figure is a part of a named
    body (a word in capitals after "of"), so what is held is a stake in it, not a share of a market."""
    a, k = c.after, c.skip
    return k + 1 < len(a) and a[k].low == "of" and a[k + 1].text[:1].isupper()


def from_clause(c: Clause) -> Reading | None:
    """The clause's own words before the figure: its subject, a verb's object, "NP of N"."""
    b = c.before
    if b and b[-1].low in lex.NAMING_VERBS:
        return _read(c, lex.NAMING_VERBS[b[-1].low])  # "to yield 8.1 pct": a yield
    left = c.left()
    if left is None:
        if len(b) > 1 and b[-1].low == "or" and b[-2].low == ",":  # "were down a penny, or 0.03%"
            clause = clause_before(b, len(b) - 3)
            if clause is not None and roles_of(clause[0]) & _SUBJECT_ROLES:
                return _subject(c, clause[1])
        return None
    roles = left.roles
    if left.np is not None:
        start, end = left.np
        scale = b[end].low in _SCALE_NOUNS and (
            b[end].low in _RECORDS or (roles & _SUBJECT_ROLES and "object" not in roles)
        )  # "passed the 1,000 barrier", "set a record"; not "raise the threshold to"
        if scale and roles:
            held = "object" in roles and any(t.low in ("at", "to") for t in b[start:end])
            found = _np_reading(c, start, end) if held else None
            if found is not None:
                return found  # "kept interest rates at a record low of 3.25%": the object
            return _subject(c, left.subject_end)  # "set an all-time record at 4.9m", "hit a high of"
        if "object" in roles and left.prep in ("to", "at", "by", "from"):
            return _np_reading(c, start, end)  # "put the toll at 44", "raise the threshold to £150,000"
        measured = unit_kind(c.unit) in ("percent", "money", "other")  # not "nearly 30 years ago"
        if "object" in roles and not left.prep and c.worded and measured and _plain_object(b, start, end):
            # a qualifier in the preposition's place: "wants to keep rates around 3.80 pct", "estimated
            # the outflow as high as six billion marks"
            return _np_reading(c, start, end)
        k = start - 1
        while k > 1 and (is_figure(b[k]) or b[k].low in DASHES or b[k].low in ("a", "an", "the")):
            k -= 1  # "fell to a 52-week low of": past the period's figure and its article
        lead = b[k].low if k >= 1 else ""
        manner = b[end].low in lex.MANNER_NOUNS and lead == "at"
        reached = b[end].low in _RECORDS and lead in ("to", "at")
        if left.prep == "of" and (manner or reached):
            # "was growing at an annual rate of 6 pct": what grows; "reserves fell to a record low
            # of 407.9 mln", "rates were kept at a record low of 3.25%": what fell, what was kept
            verb = verb_left(b, k)
            undergoes = verb is not None and "object" in verb.roles and verb.passive
            if verb is not None and verb.np is None and (verb.roles & _SUBJECT_ROLES or undergoes):
                return _subject(c, verb.subject_end)
        if left.prep == "of":  # "a budget of £86.4m"; "an operating loss for the three months of 7.5bn yen"
            near, _ = noun_phrase_left(b, end, pps=False)
            proper = near > 0 and b[end].text[0].isupper() and b[near - 1].low in lex.NP_PREPOSITIONS
            return (None if proper else _np_reading(c, near, end)) or _np_reading(c, start, end)
        if left.prep in ("to", "by") and b[end].low in _NOUN_AFTER:
            return _np_reading(c, start, end)  # "a smaller rise to 2.8%"
        if left.prep in ("to", "from"):
            for k in range(start, end - 1):  # "an increase in staff expenses to 379.7 mln": expenses
                named = b[k + 2].text[:1].isupper() if k + 2 <= end else True  # "a rise in Scotland"
                if b[k].low in _NOUN_AFTER and b[k + 1].low in ("in", "of") and not named:
                    return _np_reading(c, k + 2, end)
        if left.prep == "at" and start == 0 and not roles:
            return _np_reading(c, start, end)  # a headline: "SSC pass rate at 77.77pc"
        return None
    if not left.verb:
        return None
    if left.poll and c.unit == "percent":
        return _read(c, lex.ROLE_METRICS["poll"])  # "Gore leads Bush, 47% to 39%"
    if "share" in roles and c.unit == "percent" and not roles & _SUBJECT_ROLES:
        if _of_a_name(c):
            return _read(c, lex.ROLE_METRICS["stake"])  # "owns 9.9 pct of First Northern": a holding
        return _read(c, lex.ROLE_METRICS["share"])  # "Samsung had 22.1 percent"
    if "revision" in roles and left.prep != "to":
        subject = _subject(c, left.subject_end)
        return _read(c, lex.ROLE_METRICS["revision"], level=subject.metric if subject else "")
    if (
        left.verb == "worth"
        and left.subject_end >= 0
        and is_word(b[left.subject_end])
        and b[left.subject_end + 1].low == "worth"
    ):
        start, end = noun_phrase_left(b, left.subject_end, pps=False)  # "the hands of X in a deal worth $9bn"
        if start <= end and end == left.subject_end and b[end].low not in lex.AUXILIARIES:
            return _np_reading(c, start, end)
    if roles & _SUBJECT_ROLES or "part" in roles or ("object" in roles and left.passive):
        found = _subject(c, left.subject_end)  # "Deaths topped 1,000", "the cost was estimated at"
        if found is not None and "change" in roles and _head_word(found.metric) in lex.NON_MEASURE_HEADS:
            return _read(c, left.verb)  # "the industrial world will grow 2.5 pct": grow
        return found
    return None


def _plain_object(b: list[Tok], start: int, end: int) -> bool:
    """Whether ``b[start:end + 1]``, right before the figure, is a verb's object and the thing its
    figure measures: a common noun at its end, no particle ("set aside millions of dollars"), no name
    ("took Vodafone almost nine years"), no "and" or time inside ("took fourth place and almost")."""
    head = b[end]
    return (
        end == len(b) - 1
        and end - start < 5
        and is_word(head)
        and head.text.islower()
        and head.low not in lex.VERB_PARTICLES
        and head.low not in _NOT_METRIC
        and head.low not in lex.VERB_FORMS  # "take steps to protect hundreds of millions of dollars"
        and not any(t.low in ("and", "or") or t.low in lex.TIME_WORDS for t in b[start : end + 1])
    )


def _head_word(metric: str) -> str:
    """The head noun of a metric read as a noun phrase: its last word before a preposition ("deficit"
    in "deficit with the united states", "exports" in "exports to china"), else its last word."""
    words = metric.split()
    for i in range(1, len(words)):
        if words[i] in lex.NP_PREPOSITIONS or words[i] in ("with", "to"):
            return words[i - 1]
    return words[-1] if words else ""


def _subject(c: Clause, end: int) -> Reading | None:
    """The subject of the verb group that ends before ``c.before[end + 1]``."""
    b = c.before
    if end < 0:
        return _sentence_reading(c)
    t = b[end]
    if t.low == "to" and end > 0:  # "caused earnings to slide to $1.1bn"
        end -= 1
        t = b[end]
        if t.low in lex.TIME_WORDS or is_figure(t) or t.low in lex.MEASURE_WORDS:
            # "assets grew by 1.2bn francs in the period to reach": the clause's own subject
            clause = clause_before(b, end)
            if clause is not None and roles_of(clause[0]) & _SUBJECT_ROLES and 0 <= clause[1] < end:
                return _subject(c, clause[1])
    if t.low in lex.FIGURE_WORDS and end >= 3 and is_figure(b[end - 1]) and b[end - 2].low.endswith("ed"):
        return _subject(c, end - 3)  # "the value of revenues discounted 10 pct was": the value
    if t.low in lex.RELATIVES:  # "off-grid renewables, which reached": the nearest noun
        end -= 1
        if end >= 0 and b[end].low == ",":
            end -= 1
        start, stop = noun_phrase_left(b, end, pps=False)
        timed = start <= stop and b[stop].low in lex.TIME_WORDS
        if timed and start > 1 and b[start - 1].low in ("in", "for"):
            # "profitability in the current fiscal year, which has gone up": not the year
            start, stop = noun_phrase_left(b, start - 2, pps=False)
        return _np_reading(c, start, stop) if start <= stop else None
    if t.low == "," and end + 1 < len(b) and b[end + 1].low in lex.INFINITIVE_LEADS and end > 0:
        start, stop = noun_phrase_left(b, end - 1, pps=False)  # "will fuel imports, expected to rise by"
        if start <= stop and head_noun(b[stop].low) and b[stop].low not in lex.VERB_FORMS:
            return _np_reading(c, start, stop)
    if (t.low in (",", *DASHES) and aside_open(b, end) is None) or t.low in _CLAUSE_LINKS:
        # "..., rising to 5%", "but were up 4%": the clause before ("The line will have 14 stations and
        # run for 11.5 km"), or else the figure before ("reported revenue of €2bn, up 11 per cent")
        clause = clause_before(b, end - 1)
        usable = clause is not None and 0 <= clause[1] < end
        if usable and (roles_of(clause[0]) & _SUBJECT_ROLES or clause[0] in lex.AUXILIARIES):
            return _subject(c, clause[1])
        p = _previous(c, c.prev_here, level=True)
        if p is not None:
            return p
        return _subject(c, clause[1]) if usable else _sentence_reading(c)
    if t.low in lex.PRONOUNS:  # "it": the figure before, or the subject of the clause before
        # the figure before in this sentence; else a clause before it in this sentence names "it"
        # ("the market was on its way down; it rose by 20%"), else the figure before in the paragraph
        found = _previous(c, c.prev_here, level=True)
        clause = clause_before(b, end - 1) if found is None else None
        if (
            clause is not None
            and roles_of(clause[0]) & _SUBJECT_ROLES
            and 0 <= clause[1] < end - 1
            and b[clause[1]].low not in lex.PRONOUNS
            and b[clause[1]].low not in lex.DETERMINER_WORDS  # "That was up from ..., when it fell"
        ):
            return _subject(c, clause[1])  # "The pass rate was the lowest; it had not been below 91%"
        return found or _previous(c, c.previous, level=True)
    if is_word(t) and t.low in lex.VERB_FORMS and end > 0 and b[end - 1].low == "who":
        return _read(c, t.low)  # "those who voted came to 10,880,999"
    cut = _before_period_end(b, end)
    if cut != end:  # "results of ongoing operations for the fiscal year ended January 31, 1987"
        start, stop = noun_phrase_left(b, cut)
        inside = start > 0 and (
            is_figure(b[start - 1])
            or b[start - 1].low in lex.FIGURE_WORDS
            or b[start - 1].low in lex.NP_PREPOSITIONS
            or b[start - 1].low.endswith("ing")
            or b[start - 1].low == "by"
        )
        if start > stop or inside:
            # "wheat sales of 500,000 tonnes in the week ended March 5", "gold output by the
            # state-owned mining company for the year ended": the phrase read is no subject
            return _sentence_reading(c)
        return _np_reading(c, start, stop) or _sentence_reading(c)
    start, stop = noun_phrase_left(b, end)
    if start > stop:
        return _sentence_reading(c)
    held = _head_before_agent(b, start)
    if held is not None:  # "Refined copper stocks held by U.S. refineries fell to": the stocks
        return _np_reading(c, *held) or _np_reading(c, start, stop) or _sentence_reading(c)
    outer = _head_before_figure(b, start)
    if outer is not None:  # "The coupon on the 100 mln dlr warrant bond ... has been set at"
        return _np_reading(c, *outer) or _np_reading(c, start, stop) or _sentence_reading(c)
    return _np_reading(c, start, stop) or _sentence_reading(c)


def _before_period_end(b: list[Tok], end: int) -> int:
    """Where a subject ends before the phrase of its period and the period's last day: "results of
    ongoing operations for the fiscal year ended January 31, 1987" -> at "operations" (the period
    says when, not what the figure counts); ``end`` itself when there is no such period."""
    i = end
    while i > end - 5 and i > 1 and (is_figure(b[i]) or b[i].low == "," or b[i].low in lex.TIME_WORDS):
        i -= 1
    if not (i < end and b[i].low in lex.PERIOD_END_PARTICIPLES and b[i - 1].low in lex.TIME_WORDS):
        return end
    k = i - 1  # the period's noun: back to the preposition that opens its phrase
    while k > 0 and i - k < 6 and b[k].low not in lex.NP_PREPOSITIONS:
        k -= 1
    return k - 1 if k > 0 and b[k].low in lex.NP_PREPOSITIONS else i - 1


def _head_before_agent(b: list[Tok], start: int) -> tuple[int, int] | None:
    """The noun phrase a participle and its agent describe, when the phrase read from the right is
    the agent: "refined copper stocks held by U.S. refineries" -> "refined copper stocks"."""
    i = start - 1
    if i < 2 or b[i].low != "by" or not is_participle(b[i - 1].low):
        return None
    return _np_ending_at(b, i - 2)


def _head_before_figure(b: list[Tok], start: int) -> tuple[int, int] | None:
    """The noun phrase whose prepositional phrase a figure interrupts: "the coupon on the 100 mln
    dlr warrant bond" -> "the coupon" (the phrase read from the right stops at the figure)."""
    i = start - 1
    while i >= 0 and (is_figure(b[i]) or b[i].low in lex.MEASURE_WORDS):
        i -= 1
    if i == start - 1 or i < 2 or b[i].low not in ("the", "a", "an", "its", "their"):
        return None
    if b[i - 1].low not in ("on", "for", "of", "in"):
        return None
    return _np_ending_at(b, i - 2)


def _np_ending_at(b: list[Tok], j: int) -> tuple[int, int] | None:
    """The noun phrase (no prepositional phrase) that ends right at ``b[j]``, unless a time word."""
    s2, e2 = noun_phrase_left(b, j, pps=False)
    return (s2, e2) if s2 <= e2 and e2 == j and b[e2].low not in lex.TIME_WORDS else None


# Links after a comma that open a clause of its own within the sentence: "News of the deal had
# boosted shares on Friday, but the stock slipped back 7% during Monday morning" (holdout 44).
_JOINING_LINKS = frozenset("but while whereas".split())


def _sentence_reading(c: Clause) -> Reading | None:
    """What the subject of the figure's clause names: the sentence's, or that of a clause joined to it
    with ", but" (or "while", "whereas", a semicolon) before the figure."""
    s = c.sentence[0]
    b = c.before
    for k in range(len(b) - 2, 0, -1):
        joined = b[k].low in _JOINING_LINKS and b[k - 1].low == ","
        if joined or b[k].low == ";":
            clause = b[k + 1 :]
            found = sentence_subject(clause) if clause[0].low not in lex.PRONOUNS else ""
            reach = len(found.split()) + 2
            speaks = any(t.low in REPORTING_VERB_SET for t in clause[:reach])
            # not a pronoun's ("but on Monday they slipped"), "those of", nor a speaker's ("but the
            # minister said he hoped for a rescheduling of"): the sentence's subject, as before
            if found and not speaks:
                return _read(c, found)
            break
    found = sentence_subject(c.words.window(s, min(c.start, s + 200)))
    return _read(c, found) if found else None


def _money_or_bare(unit: str) -> bool:
    """A currency (an ISO 4217 code) or no unit at all: what a price is given in."""
    return not unit or (len(unit) == 3 and unit.isupper())


MAX_SALE_REACH = 20  # tokens back from "for N" to the sale or purchase it prices
# Where that walk back stops: another clause ("and", "or", a comma) or what the money is for ("with
# a bank credit line for 500 mln").
_SALE_REACH_STOPS = frozenset((";", ":", ",", "and", "or", "with", "said", "says"))


def sale_price(c: Clause) -> Reading | None:
    """ "sold off its gloves business for £173m", "values the club at £800m", "was offered at 345
    dlrs", "went on sale for $99": the verb or noun of the sale names the price."""
    if not _money_or_bare(c.unit):
        return None
    left = c.left()
    if left is None or left.prep not in ("at", "for"):
        return None
    if left.np is None:  # "was offered at", "and priced at"
        return _read(c, left.verb) if left.verb in lex.PRICE_VERBS else None
    if left.verb:
        return None  # "put the toll at 44": an object verb, read by from_clause
    b = c.before
    start, end = left.np
    if b[end].low in lex.PRICE_NOUNS:
        return _np_reading(c, start, end)  # "on sale for $99", "a management buyout at 300p"
    of = next((i for i in range(start + 1, end) if b[i].low == "of" and b[i - 1].low in lex.SALE_NOUNS), 0)
    if of and left.prep == "for" and unit_kind(c.unit) == "money":
        return _read(c, b[of - 1].low)  # "the sale of its oil and gas properties for 3,650,000 dlrs"
    if b[start].low == "to" and start < end and b[start + 1].low in lex.PRICE_VERBS:
        return _read(c, b[start + 1].low)  # "agreed to buy Chalone for $260m": the phrase holds the verb
    k = start - 1
    while k >= 0 and start - k <= 3 and (is_figure(b[k]) or b[k].low in lex.MEASURE_WORDS):
        k -= 1  # "offered 64 pct meal at": a figure inside the thing sold
    if k >= 0 and b[k].low in lex.PRICE_PARTICLES:
        k -= 1  # "sold off its stake for"
    if k >= 0 and b[k].low in lex.PRICE_VERBS:
        return _read(c, b[k].low)
    if left.prep != "for" or unit_kind(c.unit) != "money":
        return None  # "three new shares for 20 existing shares": a count, no price
    # "completed the sale of its 65 pct interest in X to Y for about 173 mln dlrs", "agreed to buy X
    # from Y of the U.S. for 105 mln dlrs": the sale or purchase a few phrases back, in this clause
    for t in reversed(b[max(0, start - MAX_SALE_REACH) : start]):
        if t.low in lex.PRICE_VERBS or t.low in lex.PRICE_NOUNS:
            return _read(c, "price")
        if (
            t.low in _SALE_REACH_STOPS
            or t.low in lex.RELATIVES
            or (t.low.endswith("ed") and t.text.islower())
        ):
            return None  # another clause or verb: "bought bills ... and supplied reserves for", "sued X for"
    return None


def money_in_what(c: Clause) -> Reading | None:
    """ "$37 billion in revenue"."""
    return _found(c, money_in(c.after, c.skip)) if c.unit and c.unit != "percent" else None


def money_in_currency(c: Clause) -> Reading | None:
    """ "lost $57.6m on $841.4m in revenues": money named by what follows it, before the figure
    before it or the verb can name it."""
    return money_in_what(c) if _money_or_bare(c.unit) and c.unit else None


def comparative(c: Clause) -> Reading | None:
    """ "15 per cent lower than", where the clause names nothing before the figure."""
    if not c.unit:
        return None
    m = RE_COMPARATIVE_AFTER.match(c.text, c.end, c.sentence[1])
    return _read(c, m["np"]) if m else None


def comparative_named(c: Clause) -> Reading | None:
    """ "20% more likely to", "three pct higher average prices", ", 6% more than the closing price":
    a comparative that names what differs (with its own adjective or noun after it), or one set off
    by a comma from the clause before. Otherwise the clause's subject is what is higher ("revenue
    was about 4% higher than first thought": revenue; :func:`comparative` comes after it)."""
    if not c.unit:
        return None
    m = RE_COMPARATIVE_AFTER.match(c.text, c.end, c.sentence[1])
    if m is None:
        return None
    than = m["np"].endswith(" than")
    named = " " in m["np"] and not than  # "more likely", "more expensive"
    if not named and not than:
        after = RE_WORD_AFTER.match(c.text, m.end(), c.sentence[1])
        named = after is not None and after["word"].lower() not in _NOT_NAMED_AFTER  # "higher average prices"
    if named or (c.before and c.before[-1].low == ","):
        return _read(c, m["np"])
    return None


def label(c: Clause) -> Reading | None:
    """ "Emergency attendances: 148,230"."""
    m = RE_LABEL.match(c.text, c.sentence[0], c.start)
    last = m["label"].rsplit(None, 1)[-1].lower() if m is not None else ""
    if m is None or last in REPORTING_VERB_SET or last in lex.BE_FORMS:
        return None  # "Ms Hewitt said: ...": a speaker; "Deliveries were: Volvo 4,210": a clause
    return _read(c, m["label"].strip().lower())


def topic(c: Clause) -> Reading | None:
    """ "with 25 per cent coming from Afghanistan": a share of what the sentence is about."""
    if c.unit != "percent" or not c.after:
        return None
    first = c.after[0].low
    if first == "from" or (first.endswith("ing") and first not in lex.ING_NOUNS):
        return _sentence_reading(c)
    return None


def label_np(c: Clause) -> Reading | None:
    """A noun phrase that opens its clause right before the figure, with no verb: a table row or a
    headline ("Qtly div six cts vs five cts", "Shr loss 19 cts vs profit seven cts")."""
    b = c.before
    if not b or not is_word(b[-1]) or b[-1].low in lex.FIGURE_PREPOSITIONS:
        return None
    start, end = noun_phrase_left(b, len(b) - 1, pps=False)
    if _results_row(c):
        if len(b) == 1:
            return _read(c, b[0].low)  # "Operating 72.13 billion vs 65.53 billion"
        if start == 1 and b[1].text.islower() and not any(t.low in _LABEL_OPENERS for t in b):
            start = 0  # "Operating profit 72.13 billion", "Outstanding shrs 897.96 mln vs 887.76 mln"
    opens = start == 0 or b[start - 1].low in _LABEL_OPENERS
    if start > end or not opens:
        return None
    if start > 0 and all(t.text[:1].isupper() for t in b[start : end + 1]) and _list_after_be(b, start):
        # a name in a list the verb "be" opens says whose figure it is, not what it counts: "sales of
        # U.S.-made cars were -- GM 105,438, down 14.8 pct, Ford 67,672": sales, the verb's subject
        return _sentence_reading(c)
    return _np_reading(c, start, end)


def _results_row(c: Clause) -> bool:
    """Whether the figure is in a results row opened by a capitalised word in -ing, which there is a
    noun or its modifier, not a verb: "Operating 72.13 billion vs 65.53 billion", "Outstanding shrs
    897.96 mln vs 887.76 mln" (Reuters tables; news-bench holds 17 "Operating profit", 11 bare
    "Operating", 7 "Trading profit" rows). The row ends at the figure or goes on with "vs"."""
    first = c.before[0]
    rest = c.after[c.skip :]
    ends = not rest or rest[0].low in ("vs", "versus")
    return ends and is_word(first) and first.low.endswith("ing") and first.text[0].isupper()


MAX_LIST_REACH = 40  # tokens back from a list's item to the dash or colon that opens the list


def _list_after_be(b: list[Tok], start: int) -> bool:
    """Whether the item starting at ``b[start]`` is in a list opened by a dash or colon right after a
    form of "be" ("were -- GM 105,438, ..., Ford 67,672"; not "deficits with its partners -- South
    Korea 7.1 billion dlrs": there the names say what the deficits are with)."""
    for k in range(start - 1, max(0, start - MAX_LIST_REACH), -1):
        if b[k].low in DASHES or b[k].low == ":":
            while k > 0 and b[k - 1].low in DASHES:
                k -= 1  # "--": two hyphens
            return b[k - 1].low in lex.BE_FORMS
    return False


def duration_for(c: Clause) -> Reading | None:
    """ "held in Guantanamo Bay for 33 months", "the lowest unemployment for 29 years": a duration
    after "for" measures the participle it follows, past a phrase of place, or the record before."""
    b = c.before
    if c.unit not in DURATION_UNITS or len(b) < 2 or b[-1].low != "for":
        return None
    for k in range(len(b) - 2, max(-1, len(b) - 2 - MAX_DURATION_REACH), -1):
        w = b[k].low
        verb = w.endswith("ed") or (w in lex.VERB_FORMS and w not in lex.NOUN_VERB_FORMS)
        reporting = (
            w in lex.AUXILIARIES or w in REPORTING_VERB_SET
        )  # "The company said for 30 days after ..."
        if is_word(b[k]) and verb and not b[k].text[0].isupper() and not reporting:
            return _read(c, w)  # "held (in Guantanamo Bay) for"
        if not is_word(b[k]) or not (b[k].text[0].isupper() or w in lex.NP_PREPOSITIONS or w in _PLACE_WORDS):
            break
    start, end = noun_phrase_left(b, len(b) - 2, pps=False)
    words = [t.low for t in b[start : end + 1]]
    record = any(w.endswith("est") for w in words[:-1])  # "the lowest unemployment for 29 years"
    return _np_reading(c, start, end) if record and end == len(b) - 2 else None


MAX_DURATION_REACH = 8  # tokens from "for" back to the participle a duration measures
_PLACE_WORDS = frozenset(("the", "a", "an", "us", "by"))  # "held by the US at Guantanamo Bay for"


def verb_itself(c: Clause) -> Reading | None:
    """ "was downloaded 1.7 million times", "the state takes $72m": the verb before the figure."""
    left = c.left()
    if left is None or not left.verb or left.np is not None:
        return None
    if left.verb in lex.AUXILIARIES or left.verb in REPORTING_VERB_SET:
        return None  # "the study suggests 81% of": saying is not what is counted
    earned = left.verb in lex.EARNING_VERBS and bool(c.unit) and _money_or_bare(c.unit)  # "made 5.45m euros"
    if not (left.passive or left.roles or left.verb in _EVENT_VERBS or earned):
        return None  # "I feel 100%"
    return _read(c, left.verb)


# The rules, most specific first; the first that reads a metric wins.
RULES: tuple[Callable[[Clause], Reading | None], ...] = (
    price_move,
    linked_amount,
    verb_names_it,
    of_them,
    level_of_subject,
    noun_after,
    share_does,
    remainder,
    own_words,
    share_of,
    money_in_currency,
    participle_names_it,
    conversion,
    in_parentheses,
    comparative_named,
    compares_previous,
    continues_previous,
    gapped,
    sale_price,
    duration_for,
    included_part,
    from_clause,
    comparative,
    money_in_what,
    label,
    topic,
    label_np,
    verb_itself,
)

# A count in words ("two", "four") names a count only by the words next to it, not by its clause's
# subject: "a four month low", "one bit of silicon instead of two".
SPELLED_RULES = (verb_names_it, noun_after, own_words, share_of, conversion, continues_previous)


# What a rule needs of its figure before it can read anything: the kinds of unit it reads (see
# ``unit_kind``), a figure before it in its sentence, words inside the figure's text. Each is the
# first test the rule makes, so a figure that lacks one is not offered the rule at all.
# NOTE: keep in sync with the rules' opening tests (tests/test_metric_rules.py checks each gate).
class Needs(NamedTuple):
    units: frozenset[str] = frozenset(("", "percent", "money", "duration", "other"))
    previous: bool = False  # c.prev_here
    worded: bool = False  # c.worded


_UNITS = Needs().units
RULE_NEEDS: dict[Callable[[Clause], Reading | None], Needs] = {
    linked_amount: Needs(units=_UNITS - {"percent"}),
    of_them: Needs(previous=True),
    level_of_subject: Needs(units=frozenset({""})),
    share_does: Needs(units=frozenset({"percent"})),
    own_words: Needs(worded=True),
    share_of: Needs(units=_UNITS - {""}),
    money_in_currency: Needs(units=frozenset({"money"})),
    conversion: Needs(previous=True),
    comparative: Needs(units=_UNITS - {""}),
    comparative_named: Needs(units=_UNITS - {""}),
    continues_previous: Needs(previous=True),
    gapped: Needs(previous=True),
    sale_price: Needs(units=frozenset({"", "money"})),
    duration_for: Needs(units=frozenset({"duration"})),
    money_in_what: Needs(units=_UNITS - {"", "percent"}),
    topic: Needs(units=frozenset({"percent"})),
}


def unit_kind(unit: str) -> str:
    """The kind of a figure's unit the rules tell apart: "", "percent", "duration", "money" (an ISO
    4217 code) or "other"."""
    if not unit or unit == "percent":
        return unit
    if unit in DURATION_UNITS:
        return "duration"
    return "money" if len(unit) == 3 and unit.isupper() else "other"


def _offered(rules: tuple, kind: str, previous: bool, worded: bool) -> tuple:
    """The rules, in order, whose needs a figure with these facts meets."""
    needs = [RULE_NEEDS.get(rule, Needs()) for rule in rules]
    return tuple(
        rule
        for rule, need in zip(rules, needs, strict=True)
        if kind in need.units and (previous or not need.previous) and (worded or not need.worded)
    )


# (spelled, unit kind, a figure before in the sentence, worded) -> the rules to try, in order.
RULES_FOR = {
    (spelled, kind, previous, worded): _offered(SPELLED_RULES if spelled else RULES, kind, previous, worded)
    for spelled in (False, True)
    for kind in _UNITS
    for previous in (False, True)
    for worded in (False, True)
}


def _finish(c: Clause, r: Reading) -> Reading:
    """Aliases ("the mercury"), money per share, a unit's quantity."""
    metric = lex.METRIC_ALIASES.get(r.metric, r.metric)
    end = r.end
    share = per_share(c.after, c.skip)
    named = _named_after_share(c, share) if share is not None and c.unit != "percent" else None
    if named is not None:
        metric = f"{named[0]} per share"  # "the 533p a share closing price": closing price per share
        end = max(end, named[1])
    elif c.unit != "percent" and share is not None and "per share" not in metric:
        priced = any(t.low == "at" for t in c.before[-3:])  # "shares at (the same) 25 dlrs a share"
        offered = not priced and any(t.low in lex.OFFER_NOUNS for t in c.before)
        default = "price" if priced else "offer" if offered else "earnings"  # "raised its offer to 92.50"
        metric = f"{metric or default} per share"
        end = max(end, share)
    elif share is None and "price" not in metric and _priced_per(c):
        # "Cocoa ended at 1,265 sterling a tonne": cocoa price per tonne; "bought 25,000 tonnes at
        # 79.32 dlrs per tonne": price per tonne (a verb names no good)
        good = "" if metric.endswith("ed") or metric in lex.VERB_FORMS else metric
        metric = f"{good} price per {c.after[c.skip + 1].low}".lstrip()
        end = max(end, c.after[c.skip + 1].end)
    elif share is None and _priced_each(c):
        metric = "price"  # "eight mln shares at 4.50 dlrs each": what one of them costs
    if not metric:
        unit = c.unit.lower()
        metric = next((m for u, m in lex.UNIT_METRICS.items() if u in unit), "")
    if metric == r.metric:
        return r
    level = r.level if r.level != r.metric or "per share" in metric else metric
    return Reading(metric, r.subject, level, r.start, end, r.figure_end, r.unit)


def _named_after_share(c: Clause, share: int) -> tuple[str, int] | None:
    """The noun phrase right after "N a share" that names the sum, and where it ends: "533p a share
    closing price", "a 40 dlrs a share cash tender offer" (SHARE_SUM_MODIFIERS, SHARE_SUM_HEADS)."""
    a = c.after
    j = next((k for k in range(c.skip, len(a)) if a[k].start >= share), len(a))
    words: list[Tok] = []
    while j < len(a) and len(words) < 4 and a[j].low in lex.SHARE_SUM_MODIFIERS:
        words.append(a[j])
        j += 1
    if j < len(a) and a[j].low in lex.SHARE_SUM_HEADS:
        words.append(a[j])
        return " ".join(t.low for t in words), a[j].end
    return None


def _priced_each(c: Clause) -> bool:
    """Whether a sum of money is the price of each of what was counted before it: "at" just before
    it and "each" right after ("issue eight mln shares at 4.50 dlrs each")."""
    i = c.skip
    return (
        unit_kind(c.unit) == "money"
        and i < len(c.after)
        and c.after[i].low == "each"
        and any(t.low == "at" for t in c.before[-3:])
    )


def _priced_per(c: Clause) -> bool:
    """Whether a sum of money is a price quoted per unit of a good: "at" just before it and "per" or
    "a" with a priced noun after it ("at 79.32 dlrs per tonne", "at 18 dlrs a barrel")."""
    i = c.skip
    return (
        unit_kind(c.unit) == "money"
        and i + 1 < len(c.after)
        and c.after[i].low in ("per", "a", "an")
        and c.after[i + 1].low in lex.PRICED_PER
        and any(t.low == "at" for t in c.before[-3:])
    )


def _verb_in_figure(words: SentenceTokens, start: int, end: int) -> list[Tok]:
    """The verb words a qualifier took into the figure: "had [not been above 6%]" reads "had not been
    above" before the figure."""
    lead: list[Tok] = []
    for t in words.window(start, end):
        if t.low in lex.AUXILIARIES or (lead and t.low in lex.FIGURE_PREPOSITIONS):
            lead.append(t)
            if t.low in lex.FIGURE_PREPOSITIONS:
                break
        else:
            break
    return lead


class MetricReader:
    """Reads the figures of one document in order; each sentence is read into tokens once and every
    figure in it takes its windows from those tokens."""

    def __init__(self, text: str, read_sentence: Callable[[int, int], SentenceTokens] | None = None) -> None:
        self.text = text
        self._read_sentence = read_sentence or partial(SentenceTokens, text)  # a document's, shared
        self._words: SentenceTokens | None = None  # the sentence of the last figure read

    def read(
        self,
        start: int,
        end: int,
        unit: str,
        sentence: tuple[int, int],
        previous: Reading | None = None,
        earlier: Reading | None = None,
    ) -> Reading:
        """What the figure at ``text[start:end]`` in ``sentence`` counts (see ``read_metric``);
        ``earlier``: the last figure of an earlier paragraph, read only by "This compares with"."""
        words = self._words
        if words is None or words.start != sentence[0] or words.end != sentence[1]:
            words = self._words = self._read_sentence(*sentence)
        return _read_figure(self.text, start, end, unit, sentence, previous, words, earlier)


def read_metric(
    text: str,
    start: int,
    end: int,
    unit: str = "",
    sentence: tuple[int, int] | None = None,
    previous: Reading | None = None,
) -> Reading:
    """What the figure at ``text[start:end]`` (qualifier included) counts, read from its clause.

    ``previous`` is the reading of the figure before it in the paragraph, if any. A document's
    figures are read faster by one ``MetricReader``, which reads each sentence once.
    """
    s, e = sentence if sentence is not None else (max(0, start - _MAX_BEFORE), len(text))
    lo = max(s, start - _MAX_BEFORE)
    words = SentenceTokens(text, lo, max(lo, min(e, end + _MAX_AFTER)))  # only the figure's windows
    return _read_figure(text, start, end, unit, (s, e), previous, words)


# The gap between two members of one list ("planted 35 pct and two pct", "10,000, 18 or 20"): the
# only place a last-resort guess carries to the next figure.
RE_LIST_GAP = regex.compile(r"(?:,\ (?:and\ |or\ )?|\ and\ |\ or\ )")


def clause_of(
    text: str,
    start: int,
    end: int,
    unit: str,
    sentence: tuple[int, int],
    previous: Reading | None,
    words: SentenceTokens,
    earlier: Reading | None = None,
) -> Clause:
    """The figure at ``text[start:end]`` with the words of its sentence around it, as the rules read it."""
    s, e = sentence
    if (
        previous is not None
        and previous.guessed
        and not RE_LIST_GAP.fullmatch(text, previous.figure_end, start)
    ):
        previous = previous._replace(metric="", level="")  # a guess names nothing for the figures after it
    if earlier is not None and earlier.guessed:
        earlier = earlier._replace(metric="", level="")
    lo = max(s, start - _MAX_BEFORE)
    before = words.window(lo, start)
    if lo > s:
        del before[:1]  # the window may cut its first word
    after = words.window(end, min(e, end + _MAX_AFTER))
    c = Clause(text, start, end, unit, (s, e), before, after, previous, words, earlier)
    if c.worded:  # "had [not been above 6%]": verb words a qualifier took into the figure
        c.before.extend(_verb_in_figure(words, start, end))
    return c


def _scaled_or_sized(c: Clause) -> bool:
    """Whether a figure in words is a quantity its clause names, as one in digits would be: it holds
    a scale word ("a population of more than one billion") or sizes the move of a change verb just
    before it ("TWA stock rose one to 28-1/4"), rather than counting the noun beside it ("two
    leaders")."""
    if c.before and c.before[-1].low in _SIZED_CHANGE:
        return True
    return any(t.low in lex.FIGURE_WORDS for t in c.words.window(c.start, c.end))


def _read_figure(
    text: str,
    start: int,
    end: int,
    unit: str,
    sentence: tuple[int, int],
    previous: Reading | None,
    words: SentenceTokens,
    earlier: Reading | None = None,
) -> Reading:
    c = clause_of(text, start, end, unit, sentence, previous, words, earlier)
    measured = bool(c.after) and c.after[0].low in lex.MEASURE_WORDS  # "nine cts", "six mln dlrs": a measure
    spelled = (
        not unit
        and not measured
        and not any(map(str.isdigit, text[start:end]))
        and not _scaled_or_sized(c)  # "more than one billion", "TWA stock rose one": read like digits
    )
    for rule in RULES_FOR[spelled, unit_kind(unit), c.prev_here is not None, c.worded]:
        found = rule(c)
        if found is not None and found.metric and found.metric not in _NOT_A_METRIC:
            if found.metric.endswith(("'s", "’s")):
                found = _owner_of_previous(c, found)  # "Samsung's share slipped ..., Huawei's rose to"
            return _finish(c, found)
    p = c.prev_here  # nothing of its own: a figure in the same unit as the one before measures the same
    same = _previous(c, p) if p is not None and p.unit == unit and not spelled else None
    r = _finish(c, same or Reading(start=start, end=end, figure_end=end, unit=unit))
    if not r.metric and not spelled:
        word = word_before(c) or word_after(c)
        if word:
            return _read(c, word)._replace(guessed=True)
    return r


# What the nearest-word reading passes over (function words, units, numbers) and where it stops (a
# clause's edge, a name, a link to another thing): see ``word_before``.
_PASSED = (
    lex.DETERMINER_WORDS
    | lex.QUANTIFIER_WORDS
    | lex.AUXILIARIES
    | lex.FIGURE_PREPOSITIONS
    | lex.NP_PREPOSITIONS
    | lex.VERB_ADVERBS
    | lex.VERB_PARTICLES
    | lex.TIME_WORDS
    | lex.FIGURE_WORDS
    | lex.UNIT_WORDS
    | lex.PRICED_PER
    | lex.NEAREST_WORD_PASSES
    | frozenset(CARDINAL_WORDS)
)
_STOPPED = (
    lex.CLAUSE_WORDS
    | REPORTING_VERB_SET
    | lex.PRONOUNS
    | lex.PART_OF
    | lex.PERIOD_END_PARTICIPLES
    | lex.NEAREST_WORD_STOPS
)
_PASSED_MARKS = frozenset("% $ £ € / .".split())  # not a dash: "Everything is fine - it's 20 minutes"
_PREPOSITIONS = lex.FIGURE_PREPOSITIONS | lex.NP_PREPOSITIONS
# What opens a prepositional phrase a subject's head may stand in (see ``_in_prepositional_phrase``)
_PP_OPENERS = _PREPOSITIONS | frozenset("against with into through via".split())
_PP_OPENERS_BUT_WITH = _PP_OPENERS - {"with"}


def _passed_over(w: str) -> bool:
    """Whether the last-resort readings walk past a word: a function word, unit or number word
    (``_PASSED``), a unit's letter, a hyphenated compound or an adverb in -ly."""
    return w in _PASSED or len(w) == 1 or "-" in w or (w.endswith("ly") and w not in lex.LY_NOT_ADVERBS)


def _a_distance(c: Clause) -> bool:
    """ "12 miles from the site", "30 metres out": where a place is, not what is measured."""
    after = c.after[c.skip] if c.skip < len(c.after) else None
    return c.unit in lex.LENGTH_UNITS and after is not None and after.low in lex.DISTANCE_AFTER


def word_before(c: Clause) -> str:
    """The last resort when no rule names a metric: the nearest content word before the figure in its
    clause, as written ("Texas planted 10 pct" -> "planted", "Ecuador was pumping about 260,000 bpd"
    -> "pumping"), or the figure's own words ("an average of eight pct"). Function words, numbers,
    units, hedges, compounds with a hyphen and a figure's adjectives ("the final 300m", "a
    provisional 112.4") are passed over; a clause's edge, a reporting verb, a pronoun, a name, a link
    to another thing ("compared with", "including"), "had" right before the figure (whose it is) or
    a place's distance ("12 miles from the site") end the search with "". A duration that marks a
    time ("10 years later") counts nothing. A sum after "for" takes the verb before its object
    ("supplied reserves for 1.5 billion dlrs" -> "supplied"; nothing if none is near), a second
    object of money its verb ("owes commercial banks 68 billion dlrs" -> "owes"), and a verb its
    particle ("set aside"). Source: the read holdouts, where 138 claims had no metric and this
    names 42 of them as their annotators did; the guess is marked (``Reading.guessed``) so that no
    other figure reads it, but the next member of a list."""
    if unit_kind(c.unit) == "duration" and any(t.low in lex.TIME_POINT_WORDS for t in c.after[: c.skip + 1]):
        return ""
    if _a_distance(c):
        return ""
    own = _own_word(c)
    if own:
        return own  # "compared with an average of eight pct": the figure's own words name it
    b = c.before
    priced = c.before_figure > 0 and b[c.before_figure - 1].low == "for" and unit_kind(c.unit) == "money"
    found = ""
    linked = False  # a preposition stands between the word and the figure ("cut staff by 150")
    owned = False  # "had", "has" right before: "The company had 12.5 mln dlrs": whose, not what
    for k in range(c.before_figure - 1, -1, -1):
        t = b[k]
        w = t.low
        owned = owned or (w in lex.POSSESSION_VERBS and k == c.before_figure - 1)
        if not w[0].isalpha():
            if w[0].isdigit() or w in _PASSED_MARKS or (w == "-" and k > 0 and b[k - 1].end == t.start):
                continue  # "2-1/2 points": a hyphen inside a figure, not a dash
            break
        if w in _STOPPED or ("'" in w and "-" not in w):
            break  # "it's", "don't": a pronoun's or a verb's contraction
        adjective = w in lex.FIGURE_ADJECTIVES and (
            k + 1 == c.before_figure or b[k + 1].low in lex.FIGURE_ADJECTIVES
        )
        if adjective or _passed_over(w):
            linked = linked or w in _PREPOSITIONS
            continue  # "800m and 1500m": a unit's letter; "a provisional 112.4": the figure's adjective
        if t.text[0].isupper() and not (t.text.isupper() and c.text[c.sentence[0] : c.sentence[1]].isupper()):
            break  # a name ("IE 7"): what the figure belongs to; a headline's capitals are words
        if k > 0 and (b[k - 1].low[0].isdigit() or b[k - 1].low in lex.FIGURE_WORDS):
            continue  # "prices for two pct sulphur to 19.25 dlrs": what another figure counts
        if owned:
            break
        if priced and not found and w not in lex.VERB_FORMS:
            found = w  # "supplied reserves for 1.5 billion dlrs": the verb before the object, if near
            continue
        if found and w not in lex.VERB_FORMS:
            if not w.endswith("ed"):
                break  # "an order for": no verb near the object
            if k > 0 and b[k - 1].low in lex.DETERMINER_WORDS:
                continue  # "arranged a syndicated loan for": the object's adjective, not its verb
        if not found and not linked and not priced and not _a_verb(b, k) and unit_kind(c.unit) == "money":
            verb = _verb_of_object(b, k)
            if verb:
                return verb  # "owes commercial banks 68 billion dlrs": the verb, not who is paid
        particle = b[k + 1].low if k + 1 < c.before_figure else ""
        return f"{w} {particle}" if particle in lex.VERB_PARTICLES else w  # "set aside"
    return ""


def _own_word(c: Clause) -> str:
    """The content word a figure's text opens with, before its digits: "an average of eight pct" ->
    "average", "a total of 14 points" -> "total" (its qualifier words and adjectives passed over)."""
    if not c.worded:
        return ""
    word = ""
    for t in c.words.window(c.start, c.end):
        w = t.low
        if not w[0].isalpha() or w in CARDINAL_WORDS:
            break
        if (
            w in _PASSED
            or w in _STOPPED
            or w in lex.FIGURE_ADJECTIVES
            or w in lex.QUALIFYING_WORDS
            or w.endswith("ly")
            or "-" in w
        ):
            continue  # "approximately", "an estimated", "Ninety-six"
        word = w
    return word


def _verb_of_object(b: list[Tok], k: int) -> str:
    """The verb of a first object ``b[k]`` that a figure follows with no preposition, as a second
    object ("save British taxpayers 1.2 billion stg", "lent member countries 2.5 billion"): a verb
    (a mined verb form, or a word after an auxiliary or "to") within three words before it, past
    determiners and modifiers; none past an auxiliary, a pronoun or a mark ("will sell 13.2 billion")."""
    for j in range(k - 1, max(-1, k - 4), -1):
        w = b[j].low
        if w in lex.AUXILIARIES or w in lex.PRONOUNS or w in _PREPOSITIONS or not w[0].isalpha():
            return ""  # "sold in denominations 10,000": the object of a preposition
        if w in lex.DETERMINER_WORDS or w in lex.QUANTIFIER_WORDS:
            continue
        if _a_verb(b, j):
            return w
    return ""


def _a_verb(b: list[Tok], j: int) -> bool:
    """Whether ``b[j]`` is a verb: a mined verb form, or a word after an auxiliary or "to" (past a
    quantifier or an adverb: "will each contribute", "to quickly raise")."""
    if b[j].low in lex.VERB_FORMS:
        return True
    i = j - 1
    while i >= 0 and (
        b[i].low in lex.QUANTIFIER_WORDS or b[i].low in lex.VERB_ADVERBS or b[i].low.endswith("ly")
    ):
        i -= 1
    return i >= 0 and (b[i].low in lex.AUXILIARIES or b[i].low == "to")


def word_after(c: Clause) -> str:
    """The last resort for a figure that opens its clause, where nothing before it names anything:
    the nearest content word after it ("Some 3.7bn will be spent" -> "spent", "of which 20,322 was
    held by operators" -> "held", "that about 500,000 of Brazil's 700,000 bankworkers were on
    strike" -> "bankworkers"). Passes over what ``word_before`` passes over and names; stops where it
    stops, and at a mark."""
    if _a_distance(c):
        return ""
    k = c.before_figure - 1
    while k >= 0 and c.before[k].low in lex.DETERMINER_WORDS and c.before[k].low not in lex.CLAUSE_OPENERS:
        k -= 1  # "The 425 mln dlrs should", not the conjunction "that"
    if k >= 0 and c.before[k].low not in lex.CLAUSE_OPENERS:
        return ""
    for t in c.after[c.skip :]:
        w = t.low
        if not w[0].isalpha():
            if w[0].isdigit():
                continue
            return ""
        if w == "s":
            continue  # "of Brazil's 700,000 bankworkers"
        if w in _STOPPED:
            return ""
        if _passed_over(w):
            continue
        if t.text[0].isupper():
            continue  # a name: whose, not what
        return w
    return ""


# Readings that name nothing measured: number words ("six"), units and scale words ("pct"), the
# possessive ending cut from its owner ("2004's total": "s") and a preposition ("against 160 and
# 167 mln"): the next rule reads on. (Other units and currencies can be what is counted: "23 of the
# past 30 days", "the euro was at 1.3187": gold metrics in the dev set and holdouts.)
_NOT_A_METRIC = (
    frozenset(CARDINAL_WORDS) | lex.FIGURE_WORDS | frozenset(("s", "'s", "’s")) | lex.NOT_METRIC_PREPOSITIONS
)


def _owner_of_previous(c: Clause, found: Reading) -> Reading:
    """An owner alone ("huawei's") stands for the noun of the figure before it in the sentence:
    "Samsung's share slipped to 20.1 percent, while Huawei's rose to 14.4 percent" -> "huawei's share"."""
    p = c.prev_here
    if p is None or not p.metric or p.metric.endswith(("'s", "’s")):
        return found
    return found._replace(metric=f"{found.metric} {p.metric.rsplit(' ', 1)[-1]}")


def metric_and_subject(
    text: str,
    start: int,
    end: int,
    unit: str = "",
    clause_start: int | None = None,
    clause_end: int | None = None,
) -> tuple[str, str]:
    """The metric and subject of the figure at ``text[start:end]``, read alone (no previous figure)."""
    s = max(0, start - _MAX_BEFORE) if clause_start is None else clause_start
    e = len(text) if clause_end is None else clause_end
    r = read_metric(text, start, end, unit, (s, e))
    return r.metric, r.subject
