"""The words of a figure's clause: tokens, noun phrases read leftwards, verb groups, heads.

The metric reader (``metrics.py``) reads a bounded window of the figure's sentence once into
tokens; these helpers walk that list (each step moves one token, so the work is linear in the
window). The word classes come from ``workbench.lexicon.metrics``.

>>> toks = tokens("The confirmed death toll in his country was", 0, 43)
>>> start, end = noun_phrase_left(toks, len(toks) - 2)
>>> head([t.low for t in toks[start : end + 1]])
'confirmed death toll'
>>> sentence_subject(tokens("Services inflation, pushed up by wages, came in at 5%.", 0, 50))
'services inflation'
"""

from __future__ import annotations

import bisect
from functools import partial
from typing import NamedTuple

import regex

from workbench.lexicon import metrics as lex
from workbench.lexicon.attribution import DOCUMENT_HEADS, REPORTING_VERB_SET
from workbench.lexicon.numbers import CARDINAL_WORDS, MONTHS, WEEKDAYS

# Words first, as most tokens are (branches that start alike keep their order: the abbreviation
# before the word, the fiscal year before the digits).
TOKEN = r"""
    [A-Za-z]\.(?:[A-Za-z]\.)+       # an abbreviation: U.S., U.K.
    |[^\W\d_]\w*(?:(?:[’'&]|-(?!-))+\w+)*  # a word, with inner hyphens and apostrophes: year-on-year,
                                    # Apple's, A&E; not a wire dash: "were--GM" is "were", "-", "-", "GM"
    |(?:19|20)\d\d/\d\d(?!\d)        # a fiscal year: 1986/87
    |\d+(?:[,.]+\d+)*               # digits: a figure, a year
    |[^\s\w]                        # one punctuation mark
"""
RE_TOKEN = regex.compile(TOKEN, regex.VERBOSE)
# Every token of a stretch in one match (``captures``): faster than one match object per token.
RE_TOKENS = regex.compile(
    rf"""
    (?:[\s_]*                       # what no token starts with: spaces, underscores
    ({TOKEN}))*                     # one token per repetition
""",
    regex.VERBOSE,
)
DASHES = frozenset(("-", "–", "—"))
_ROLE_OF: dict[str, frozenset[str]] = {}
for _role, _words in lex.METRIC_ROLES.items():
    for _w in _words:
        _ROLE_OF[_w] = _ROLE_OF.get(_w, frozenset()) | {_role}
_VERB_ROLES = frozenset(("change", "bound", "level", "object", "revision", "share", "part", "poll"))
_NOUN_AFTER = frozenset(lex.METRIC_ROLES["noun_after"])
_SUBJECT_VERB_ROLES = frozenset(("change", "bound", "level", "revision"))
_CARDINALS = frozenset(CARDINAL_WORDS)
_EVENT_VERBS = frozenset(lex.METRIC_VERBS_BEFORE)  # "was sold for £2,000": the verb names the figure
# Words that end a noun phrase: verbs, auxiliaries, clause links, the words that measure a figure.
_NP_STOP = (
    lex.VERB_FORMS
    | lex.AUXILIARIES
    | lex.CLAUSE_WORDS
    | lex.FIGURE_WORDS
    | lex.UNIT_WORDS
    | {"to", "by", "with", "without", "versus", "vs", "against", "compared"}
)
_POSSESSIVE_ENDS = ("'s", "’s")
_APOSTROPHES = frozenset(("'", "’"))
_OWNER_ENDS = ("'s", "’s", "s'", "s’")  # "porsche's", "mercedes'"
_STRIP_LEFT = (
    lex.DETERMINER_WORDS
    | lex.QUANTIFIER_WORDS
    | lex.NP_PREPOSITIONS
    | frozenset("and or but with while own record further latest about around some to".split())
)
_TIME_DETERMINERS = frozenset("this that last next".split())
_ORDINAL_ENDS = frozenset("st nd rd th".split())  # "4th" reads as "4", "th"
# Sale verbs that are verbs after "to" ("agreed to buy"); not the nouns among them ("lead to price cuts").
_TO_VERBS = (
    lex.PRICE_VERBS - frozenset("price prices value values rent rents lease leases".split())
) | lex.INFINITIVE_OBJECT_VERBS
_MODALS = frozenset("will would could might should shall can must".split())  # not "may": the month
_STRIP_BEFORE_NOUN = _STRIP_LEFT - lex.DETERMINER_WORDS
_ING_VERB_AFTER = frozenset((*lex.NP_PREPOSITIONS, ","))  # "the cost of running": no verb after these
_MAX_NP = 12  # words in a noun phrase
_YEAR_OPENERS = lex.TIME_PHRASE_OPENERS & lex.NP_PREPOSITIONS  # "in", "during", "over" before a year
_MAX_ASIDE = 25  # tokens in an aside between commas or dashes
_MAX_CLAUSE = 25  # tokens searched back for the verb of the clause before a participle
_SAID = frozenset("said says reported reports announced".split())  # "X said sales rose": read on
_MAX_DATELINE = 10  # tokens of a wire dateline: "NEW YORK, March 4 -"
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)


class Tok(NamedTuple):
    """One token: its text, lower-cased text and offsets."""

    text: str
    low: str
    start: int
    end: int


_new_tok = partial(tuple.__new__, Tok)  # Tok._make without its Python-level call


def tokens(text: str, lo: int, hi: int, whole: bool = True) -> list[Tok]:
    """The tokens of ``text[lo:hi]``; ``whole=False`` drops the first, which the window may cut."""
    toks = _toks(*_scan(text, lo, hi))
    return toks if whole else toks[1:]


def _scan(text: str, lo: int, hi: int) -> tuple[list[str], list[int], list[int]]:
    """The texts of the tokens of ``text[lo:hi]`` and their start and end offsets, read in one match."""
    m = RE_TOKENS.match(text, lo, hi)
    words = m.captures(1)
    if not words:
        return [], [], []
    return words, m.starts(1), m.ends(1)


def _toks(words: list[str], starts: list[int], ends: list[int]) -> list[Tok]:
    """The tokens whose texts and offsets are these."""
    if not words:
        return []
    lows = " ".join(words).lower().split(" ")  # one call for all: no token holds a space
    return list(map(_new_tok, zip(words, lows, starts, ends, strict=True)))


class SentenceTokens:
    """One sentence read into tokens once; every figure in it takes its windows from that list.

    ``window(lo, hi)`` is exactly ``tokens(text, lo, hi)``: the sentence's tokens that lie inside
    the window, and the window's edges re-read only where they cut a token ("Covid-19" cut after
    "Covid-" reads "Covid", "-"). A scan from inside a cut token meets the sentence's tokens again
    at the first token both start at, and from there on they agree.

    >>> text = "Covid-19 cases rose 5%."
    >>> sent = SentenceTokens(text, 0, len(text))
    >>> [t.text for t in sent.window(3, 21)] == [t.text for t in tokens(text, 3, 21)]
    True
    """

    __slots__ = ("_toks", "end", "ends", "start", "starts", "text", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.words, self.starts, self.ends = _scan(text, start, end)  # words: the tokens' texts
        self._toks: list[Tok] | None = None

    def again(self) -> SentenceTokens:
        """The same reading without the Tok list made from it: a document keeps its sentences' readings
        while each Tok list lives only as long as the metric reader is in its sentence."""
        read = SentenceTokens.__new__(SentenceTokens)
        read.text, read.start, read.end = self.text, self.start, self.end
        read.words, read.starts, read.ends, read._toks = self.words, self.starts, self.ends, None
        return read

    @property
    def toks(self) -> list[Tok]:
        """The tokens, made when first asked for (attribution reads some sentences by ``words`` alone)."""
        if self._toks is None:
            self._toks = _toks(self.words, self.starts, self.ends)
        return self._toks

    def window(self, lo: int, hi: int) -> list[Tok]:
        """The tokens of ``text[lo:hi]``, as ``tokens`` reads them."""
        if lo < self.start or hi > self.end:
            return tokens(self.text, lo, hi)  # outside the sentence: read it afresh
        if hi <= lo:
            return []
        toks, starts = self.toks, self.starts
        i = bisect.bisect_left(starts, lo)  # the first token that starts inside the window
        j = bisect.bisect_right(self.ends, hi)  # the tokens before j end inside it
        out: list[Tok] = []
        if i > 0 and self.ends[i - 1] > lo:  # the window opens inside a token: re-read until in step
            for m in RE_TOKEN.finditer(self.text, lo, hi):
                p = m.start()
                while i < j and starts[i] < p:
                    i += 1
                if i < j and starts[i] == p:
                    break
                out.append(Tok(m[0], m[0].lower(), p, m.end()))
            else:
                return out
        out.extend(toks[i:j])
        if j < len(toks) and starts[j] < hi:  # the window closes inside a token
            out.extend(tokens(self.text, starts[j], hi))
        return out


def is_word(t: Tok) -> bool:
    return t.low[0].isalpha()


def is_figure(t: Tok) -> bool:
    return t.low[0].isdigit()


def is_year_word(w: str) -> bool:
    """ "2013", or a fiscal year "1986/87" (one token here)."""
    return len(w) in (4, 7) and w[:2] in ("19", "20") and w[:4].isdigit() and (len(w) == 4 or w[4] == "/")


def _is_year(t: Tok) -> bool:
    return is_year_word(t.low)


def _year_kind(word: str) -> bool:
    """A year's modifier in lower case: "fiscal", "calendar", "early", a month's name."""
    return word in lex.YEAR_MODIFIERS or word in _MONTH_WORDS


def _year_modifier(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` stands between a preposition and a year: "in calendar 1987", "in January
    1987" (lex.YEAR_MODIFIERS and the months)."""
    return k > 0 and _before_year(toks, k, k + 1) and toks[k - 1].low in lex.NP_PREPOSITIONS


def _noun_to(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` is a "to" after a plural noun, its preposition: "arrears to the IMF",
    "exports to the US" (not "rose to the", "close to a rate", "thanks to the")."""
    lower = toks[i - 1].text.islower() or i == 1  # a sentence's first word is capitalised
    return toks[i].low == "to" and lower and _plural_noun(toks[i - 1].low)


def _noun_with(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` is a "with" after a noun that takes it: "the trade surplus with the U.S.",
    "its deal with Fiat" (not "along with", "compared with", "filed with")."""
    return toks[i].low == "with" and i > 0 and toks[i - 1].low in lex.WITH_NOUNS


def _noun_by(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` is a "by" naming the agent of a noun of action before it: "spending by
    ministries", "purchases by foreign investors" (not "rose by 5 pct", "held by the bank")."""
    if toks[i].low != "by" or i == 0 or i + 1 >= len(toks) or not is_word(toks[i + 1]):
        return False
    lower = toks[i - 1].text.islower() or i == 1  # a sentence's first word is capitalised
    return lower and _agent_noun(toks[i - 1].low)


def _agent_noun(word: str) -> bool:
    """A noun of action a "by" may follow with its agent: "spending", "purchases", and nouns made from
    verbs ("investment", "production": ACTION_NOUN_ENDINGS), not a verb form."""
    made = _plural_noun(word) or word.endswith(lex.ACTION_NOUN_ENDINGS)
    return word in lex.ING_NOUNS or (made and word not in lex.VERB_FORMS)


def is_plural(word: str) -> bool:
    """Whether a lower-case word has a plural's ending ("exports"; not "surplus", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_noun(word: str) -> bool:
    """A plural noun a "to" may follow as its preposition: "arrears", "exports", "transfers" (not
    "surplus", "thanks", "plans to")."""
    return (
        word.isalpha()
        and is_plural(word)
        and word not in lex.VERB_FORMS
        and word not in lex.TO_PREPOSITIONS
        and head_noun(word)
    )


def is_adverb(word: str) -> bool:
    """ "sharply", "also", "year-on-year": words a verb group or a figure's neighbours may hold."""
    return (
        word.endswith("ly") and len(word) > 4 and word not in lex.LY_NOT_ADVERBS
    ) or word in lex.VERB_ADVERBS


def roles_of(phrase: str) -> frozenset[str]:
    """The roles a verb or noun plays next to a figure (see ``metric_words.csv``)."""
    return _ROLE_OF.get(phrase, frozenset())


def is_participle(word: str) -> bool:
    return (word.endswith("ed") or word.endswith("ing")) and word not in lex.ING_NOUNS


def aside_open(toks: list[Tok], i: int) -> int | None:
    """The index of the mark that opens the aside closed by ``toks[i]`` (a comma, dash or bracket).

    An aside between commas starts with a relative word, an adverb or a participle ("Core CPI,
    which leaves out food, gained"); dashes and brackets always enclose one.
    """
    mark = toks[i].low
    opening = "(" if mark == ")" else mark
    if mark in DASHES and i > 0 and toks[i - 1].low in DASHES:
        i -= 1  # "earnings -- export revenues plus aid -- totalled": "--" is written as two hyphens
    k = i - 1
    while k >= 0 and i - k <= _MAX_ASIDE:
        w = toks[k].low
        if w == opening or (mark in DASHES and w in DASHES):
            break
        if w in (".", ";", ":") or (mark == "," and w in DASHES):
            return None
        k -= 1
    else:
        return None
    if k < 0 or k + 1 >= i:
        return None
    if mark in DASHES or mark == ")":
        return k - 1 if mark in DASHES and k > 0 and toks[k - 1].low in DASHES else k
    first = toks[k + 1].low
    if first in lex.ASIDE_STARTS or is_adverb(first) or is_participle(first):
        return k
    if i - k <= 3 and toks[k + 1].text.islower() and is_figure(toks[i - 1]):
        return k  # "The index, base 1980, was set at": a short aside ending on its figure
    return None


def _np_continues_at_comma(toks: list[Tok], i: int) -> bool:
    """ "in Zimbabwe, neighboring Mozambique and Malawi": a comma inside a list of names."""
    if i < 2 or not is_word(toks[i - 1]) or not toks[i - 1].text[0].isupper():
        return False
    return any(t.low in lex.NP_PREPOSITIONS for t in toks[max(0, i - 4) : i - 1])


_MAX_WIRE_NAME = 10  # tokens of a name or ticker wire copy marks with angle brackets, with its brackets
TICKER_TOKENS = 3  # "<", "MER", ">": a one-word ticker


def wire_mark_start(toks: list[Tok], last: int, longest: int = _MAX_WIRE_NAME) -> int:
    """The index of the "<" opening a name or ticker wire copy marks, whose ">" is ``toks[last]``
    ("Merrill Lynch and Co Inc <MER>", "<Progressive Enterprises Ltd>"), at most ``longest`` tokens
    with its brackets; -1 when ``toks[last]`` closes none."""
    if last < 2 or toks[last].low != ">":
        return -1
    return next((k for k in range(last - 2, max(-1, last - longest), -1) if toks[k].low == "<"), -1)


def noun_phrase_left(toks: list[Tok], j: int, pps: bool = True) -> tuple[int, int]:
    """The noun phrase that ends at ``toks[j]``, read leftwards, as (start, end) indices.

    It holds prepositional phrases ("the death toll from floods across South Asia") unless
    ``pps`` is false, and skips an aside between itself and what follows it; it is empty
    (start > end) when there is none.
    """
    end = j
    if end >= 3 and toks[end].low == "whole" and toks[end - 1].low == "a" and toks[end - 2].low == "as":
        end -= 3  # "the index for 1986 as a whole": the phrase it qualifies
    opening = wire_mark_start(toks, end)
    if opening > 0:
        # "Merrill Lynch and Co Inc <MER> rose": wire copy's ticker after a name; "its stake in
        # supermarket group <Progressive Enterprises Ltd> to 52 pct": a marked name ending the phrase
        end = opening - 1
    while end >= 0 and (toks[end].low in DASHES or toks[end].low in (",", ")")):
        k = aside_open(toks, end)
        if k is None:
            if toks[end].low != ")":
                return end + 1, end
            break
        end = k - 1
    i = end
    n = 0
    while i >= 0 and n < _MAX_NP:
        t = toks[i]
        w = t.low
        if w == ")":
            k = aside_open(toks, i)
            if k is None:
                break
            i = k - 1  # "The U.S. consumer price index (CPI)"
            continue
        if (
            w == ","
            and i < end
            and _np_continues_at_comma(toks, i)
            and any(t.text[0].isupper() for t in toks[i + 1 : end + 1])
            and any(t.low in ("and", "or") for t in toks[i + 1 : end + 1])  # a list ends in "and"
            and toks[i - 1].low not in lex.TIME_WORDS  # not "On Monday, EMI shares"
        ):
            i -= 1
            continue
        if i > 0 and _is_year(t) and (toks[i - 1].low in lex.NP_PREPOSITIONS or _year_modifier(toks, i - 1)):
            # "emissions in 2013"; a time phrase that ends the phrase is passed whole, since its
            # preposition may read as a verb: "capital expenditure during 1987 will be" (holdout 38),
            # "sugar production in calendar 1987 would increase" (holdout 43)
            p = i - 2 if _year_modifier(toks, i - 1) else i - 1
            timed = i == end and p > 0 and toks[p].low in _YEAR_OPENERS and is_word(toks[p - 1])
            i = p - 1 if timed else p
            continue
        if (
            0 < i < end
            and is_figure(t)
            and is_word(toks[i + 1])
            and is_word(toks[i - 1])
            and (_is_year(t) or toks[i - 1].low.endswith(("'s", "’s")))
            and toks[i - 1].low not in _NP_STOP
        ):
            i -= 1  # "Indonesia's calendar 1986 sugar output", "Qantas's 747 fleet": a name inside the phrase
            n += 1
            continue
        if (
            w == "as"
            and 0 < i < end
            and (toks[i - 1].low in lex.TIME_WORDS or is_figure(toks[i - 1]))
            and toks[i + 1].low not in ("a", "an")  # "growth for the year as a whole"
        ):
            break  # "from 1.70 billion last year as available seat miles rose": "as" opens a clause
        if w in ("that", "those") and i < end and toks[i + 1].low == "of":
            i -= 1  # "that of the technical board exam"
            break
        if _plural_possessive(toks, i) and i < end:
            i -= 1  # "Sales of Mercedes' brands": the apostrophe of a plural's possessive, inside the phrase
            n += 1
            continue
        if not w[0].isalpha():  # not a word
            break
        left = toks[i - 1].low if i > 0 else ""
        owned = left.endswith(_POSSESSIVE_ENDS) or (i > 1 and _plural_possessive(toks, i - 1))
        modifier = (left in lex.DETERMINER_WORDS or owned) and w not in lex.AUXILIARIES
        if (
            modifier
            and i < end
            and w in lex.VERBS_ONLY
            and (left in lex.DEMONSTRATIVE_PRONOUNS or (owned and not w.endswith("ed")))
        ):
            # "This brought total imports to", "Scotty's said sales": a subject and its verb (not "the
            # company's retained earnings": a participle before its noun)
            modifier = False
        if (
            i == 0
            and i < end
            and t.text[0].isupper()
            and w.endswith("s")
            and toks[1].low in lex.NP_PREPOSITIONS
        ):
            modifier = w in lex.VERB_FORMS  # "Visits from Europe were up": a plural opening the sentence
        # the last word is a noun ("price increases had added"); before it, a verb ends the phrase
        if (
            not modifier
            and not (i == end and head_noun(w))
            and (
                (w in _NP_STOP and w != "to" and not _noun_with(toks, i) and not _noun_by(toks, i))
                or _verb_in_np(toks, i, end, left)
            )
        ):
            break
        if i < end and (left in _MODALS or (left == "to" and (roles_of(w) & _VERB_ROLES or w in _TO_VERBS))):
            break  # "will fuel imports", "to increase capital by": a verb, not a noun
        if i < end and left == "to" and i >= 2 and toks[i - 2].low in lex.INFINITIVE_LEADS:
            break  # "are expected to generate annual sales of": whatever the verb, it leads no noun
        if w.endswith("ed") and i < end and "-" not in w:  # not "state-owned", "long-awaited"
            part_of = i >= 3 and toks[i - 2].low == "of" and toks[i - 3].low in lex.PART_OF
            if toks[i + 1].low in lex.NP_PREPOSITIONS and not part_of:
                break  # "was installed in Brazil and China": a verb and its phrase, not a noun
            # ("the number of people killed in the quake": what the part counts, so read on)
            left_word = i > 0 and is_word(toks[i - 1])
            after_noun = left_word and (not toks[i - 1].text[0].isupper() or toks[i - 1].low in lex.PRONOUNS)
            # ("It posted record 1986 net earnings of": a verb after its pronoun subject too)
            if after_noun and not modifier and left not in lex.NP_PREPOSITIONS and not part_of:
                break  # "the report counted solar farms": a verb after its subject
        if not pps and (w in lex.NP_PREPOSITIONS or _noun_with(toks, i) or _noun_by(toks, i)):
            break
        if w in ("and", "or") and (
            i == 0
            or not is_word(toks[i - 1])
            or toks[i - 1].low in _NP_STOP
            or toks[i - 1].low in lex.TIME_WORDS
        ):
            break  # not "... in January and output of durables was up": a new clause
        i -= 1
        n += 1
        if w in _TIME_DETERMINERS and i + 2 <= end and toks[i + 2].low in lex.TIME_WORDS:
            continue  # "reaching European shores this year"
        held = (
            i > 0
            and is_word(toks[i - 1])
            and (
                toks[i].low in lex.NP_PREPOSITIONS
                or _noun_to(toks, i)
                or _noun_with(toks, i)
                or _noun_by(toks, i)
            )
        )
        if w in lex.DETERMINER_WORDS and not held:
            break  # it starts at its determiner, unless a noun's preposition holds it: "rate for the exams"
    start = i + 1
    while start <= end and (toks[start].low in _STRIP_BEFORE_NOUN or _before_year(toks, start, end)):
        start += 1  # "dlrs in fiscal 1988" read from its year: the year alone, as "dlrs in 1988"
    return start, end


_MAX_FIGURE_MODIFIERS = 5  # tokens of "a provisional, seasonally adjusted" after the article


def _figure_modifier(t: Tok) -> bool:
    """Whether ``t`` may stand between an article and a figure, saying how it was measured: "a
    provisional, seasonally adjusted 2.2 pct" (``lex.FIGURE_ADJECTIVES``, ``lex.FIGURE_PARTICIPLES``)."""
    w = t.low
    return w == "," or w in lex.FIGURE_ADJECTIVES or w in lex.FIGURE_PARTICIPLES or is_adverb(w)


def _plural_possessive(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is the apostrophe of a possessive in -s' ("Mercedes' profits", "investors'
    confidence"): glued to a word in -s before it and followed by a space; the tokenizer keeps it apart."""
    t = toks[k]
    if t.low not in _APOSTROPHES or k == 0 or k + 1 >= len(toks):
        return False
    owner = toks[k - 1]
    return owner.end == t.start and owner.low.endswith("s") and is_word(owner) and toks[k + 1].start > t.end


def _before_year(toks: list[Tok], k: int, end: int) -> bool:
    """Whether ``toks[k]`` is a year's modifier ("fiscal", "January") right before it."""
    w = toks[k]
    modifier = w.low in lex.YEAR_MODIFIERS or (w.low in _MONTH_WORDS and w.text[0].isupper())
    return modifier and k < end and _is_year(toks[k + 1])


def head_noun(w: str) -> bool:
    """Whether the last word of a noun phrase can be its noun, though it may be a verb form."""
    return (
        not w.endswith("ed")
        and w not in lex.AUXILIARIES
        and w not in lex.CLAUSE_WORDS
        and (w not in lex.VERB_FORMS or w in lex.NOUN_VERB_FORMS or w.endswith("s"))
    )


def _verb_in_np(toks: list[Tok], i: int, end: int, left: str) -> bool:
    """Whether ``toks[i]`` is a verb that ends a noun phrase read leftwards: "forecasting growth",
    "still forecasts", "to reduce farm subsidies"; not "the cost of running"."""
    w = toks[i].low
    return bool(
        (w.endswith("ed") and roles_of(w) & _VERB_ROLES)
        or (w in REPORTING_VERB_SET and left in DOCUMENT_HEADS)  # "Customs figures show imports fell"
        or (
            w.endswith("ing")
            and w not in lex.ING_NOUNS
            and left not in _ING_VERB_AFTER
            and not left.endswith(_POSSESSIVE_ENDS)  # "Porsche's hedging costs": a noun's modifier
            and left not in _APOSTROPHES  # "Mercedes' operating profit" (a token never ends in "s'")
        )
        or is_adverb(w)
        or (w == "to" and i < end and (toks[i + 1].low in lex.VERB_FORMS or roles_of(toks[i + 1].low)))
    )


_DISTANCE_LETTERS = frozenset(("m", "km"))
RE_PRONOUN_CONTRACTION = regex.compile(r"(?:i|we|you|they|he|she|it|that|there)['’](?:ve|m|re|s|d|ll)")


_OF_NAMES = lex.OF_COMPOUNDS


def _with_plural_possessives(words: list[str]) -> list[str]:
    """The words with the apostrophe of a plural's possessive joined to its owner: "mercedes", "'"
    -> "mercedes'" (the tokenizer keeps it apart; see ``_plural_possessive``)."""
    if not any(w in _APOSTROPHES for w in words):
        return words
    joined: list[str] = []
    for w in words:
        if w in _APOSTROPHES and joined and joined[-1].endswith("s"):
            joined[-1] += w
        else:
            joined.append(w)
    return joined


def head(words: list[str]) -> str:
    """The metric a noun phrase names: its head noun and modifiers, without articles,
    time words, trailing prepositional phrases or a part word ("the number of people" -> people).

    >>> head("the death toll from floods across south asia".split())
    'death toll'
    >>> head("the total number of fatalities for all of last year".split())
    'fatalities'
    >>> head("that of the technical board exam".split())
    'that'
    """
    words = _with_plural_possessives(words)
    words = [w for w in words if w[0].isalnum()]
    if any(w[0].isalpha() for w in words):  # "its 1986 income", "the 4th qtr 1986 gain": no numbers
        words = [
            w
            for k, w in enumerate(words)
            if not w[0].isdigit()
            and not (w in _DISTANCE_LETTERS and (not k or words[k - 1][0].isdigit()))  # "his 100m best"
            and not (k + 1 < len(words) and is_year_word(words[k + 1]) and _year_kind(w))  # "fiscal 1986"
            and not (
                w in _ORDINAL_ENDS
                and (
                    (k and words[k - 1][0].isdigit())
                    or (k + 1 < len(words) and words[k + 1] in lex.TIME_WORDS)
                )
            )
        ]
    for i, w in enumerate(words):  # a relative clause or participle ends the phrase, not "the parking charge"
        participle = (
            w.endswith("ing")
            and w not in lex.ING_NOUNS
            and words[i - 1] not in _STRIP_LEFT
            and not words[i - 1].endswith(
                _OWNER_ENDS
            )  # "porsche's hedging costs", "mercedes' operating profit"
        )
        if i and (w in lex.RELATIVES or participle):
            words = words[:i]
            break
    if len(words) > 1 and words[0] in ("that", "those") and words[1] == "of":
        return words[0]  # "that of the technical board exam": the quantity named before
    while words and (
        words[0] in _STRIP_LEFT
        or is_adverb(words[0])
        or (is_participle(words[0]) and words[0].endswith("ing"))
    ):
        words = words[1:]  # "estimating earnings" -> "earnings"
    for i, w in enumerate(words):
        by_agent = w == "by" and i and _agent_noun(words[i - 1])  # "spending by ministries"
        if (
            i
            and (w in lex.NP_PREPOSITIONS or (w == "to" and _plural_noun(words[i - 1])) or by_agent)
            and w != "of"
        ):
            if w == "for" and words[i - 1] in lex.ANAPHORIC_NOUNS and i + 1 < len(words):
                return head(words[i + 1 :])  # "the figure for male jobless"
            words = words[:i]
            break
    # the first "of" that is no part of a name made with it ("the cost of living index")
    ofs = [i for i, w in enumerate(words) if w == "of"]
    k = next((i for i in ofs if " ".join(words[i - 1 : i + 2]) not in _OF_NAMES), -1)
    if k >= 0:
        before, after = words[:k], words[k + 1 :]
        if (
            not before
            or before[-1] in lex.PART_OF
            or (before == [before[-1]] and before[-1] in lex.ESTIMATE_OF and after)
        ):
            return head(after)  # "the number of people", "its estimate of grain imports"
        words = before
    while words and (
        words[-1] in lex.TIME_WORDS
        or is_adverb(words[-1])
        or words[-1] in _STRIP_LEFT
        or words[-1] in _TIME_DETERMINERS
    ):
        words = words[:-1]
    if not words or words[-1] in lex.PRONOUNS or words[-1] in lex.NOT_METRIC_HEADS:
        return ""
    if RE_PRONOUN_CONTRACTION.fullmatch(words[-1]):
        return ""  # "I've got to run under 10 seconds": a pronoun, not a measure
    if all(w[0].isdigit() or w in _CARDINALS or w in lex.TIME_WORDS for w in words):
        return ""
    return " ".join(words[-5:])


class Left(NamedTuple):
    """What stands before a figure in its clause."""

    verb: str  # the verb next to the figure ("rose", "ticked up"), or ""
    roles: frozenset[str]  # its roles
    prep: str  # the preposition right before the figure ("to", "of"), or ""
    subject_end: int  # the last token before the verb group (-1: none)
    np: tuple[int, int] | None  # a noun phrase between the verb and the figure ("put the toll at")
    poll: bool = False  # "Gore leads Bush, 47% to 39%"
    passive: bool = False  # "has been estimated at": the subject undergoes the verb


def _verb_at(toks: list[Tok], k: int, prep: str = "") -> tuple[str, frozenset[str], int] | None:
    """A verb (one or two words) of a known role ending at ``toks[k]``: (phrase, roles, start)."""
    if k < 0 or not is_word(toks[k]):
        return None
    w = toks[k].low
    if prep and f"{w} {prep}" in _ROLE_OF and not (w in lex.LEVEL_NOUNS and _determined(toks, k)):
        return f"{w} {prep}", _ROLE_OF[f"{w} {prep}"], k  # "came to", "amount to"; not "the amount to"
    if k > 0:
        pair = f"{toks[k - 1].low} {w}"
        if pair in _ROLE_OF and _ROLE_OF[pair] & _VERB_ROLES:
            return pair, _ROLE_OF[pair], k - 1
        if w in ("up", "down") and (toks[k - 1].low in lex.VERB_FORMS or is_participle(toks[k - 1].low)):
            return pair, _ROLE_OF[w], k - 1  # "closing down 7/8", "ended up"
    roles = _ROLE_OF.get(w, frozenset()) & _VERB_ROLES
    if not roles:
        return None
    left = toks[k - 1].low if k > 0 else ""
    pronoun = left in ("this", "that") and (k == 1 or not is_word(toks[k - 2]))  # "This takes the total to"
    if left in lex.DETERMINER_WORDS and not pronoun:
        return None  # "their own compensation", "a rise": not a verb after a determiner
    if (
        w == "off"
        and left not in lex.AUXILIARIES
        and (left in lex.VERB_FORMS or is_participle(left) or left in _EVENT_VERBS)
    ):
        return None  # "sold off", "laid off": a particle; "sales were off 9%", "sales off 9%" change
    if w in _NOUN_AFTER and _after_determiner(toks, k):
        return None  # "a smaller rise to 2.8%", but "its shares rise 14%"
    return w, roles, k


def _determined(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` follows a determiner, right before it or past one modifier: "the amount",
    "the final amount" (a noun)."""
    return k > 0 and (toks[k - 1].low in lex.DETERMINER_WORDS or _after_determiner(toks, k))


def _after_determiner(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` follows a determiner and one word that is no plural noun or verb: "a
    smaller rise", "the final amount" (a noun), not "its shares rise" (a verb after its subject)."""
    if k < 2 or toks[k - 2].low not in lex.DETERMINER_WORDS:
        return False
    left = toks[k - 1].low
    return left not in _NP_STOP and not (left.endswith("s") and not left.endswith("ss"))


def _skip_adverbs(toks: list[Tok], k: int) -> int:
    """Move left over adverbs: "rose sharply to", "rose as expected to", "slipped year-on-year to"."""
    for _ in range(4):
        if k >= 1 and toks[k].low == "expected" and toks[k - 1].low == "as":
            k -= 2
        elif k >= 0 and is_adverb(toks[k].low):
            k -= 1
        elif k >= 1 and toks[k].low in lex.STATE_WORDS:
            left = toks[k - 1].low  # "remained stubbornly high at", "closed higher at"
            amount = k - 1  # "ended 462.43 points lower at": past the amount it moved by, to its verb
            if left in lex.MEASURE_WORDS and amount >= 1:
                amount -= 1
            moved = toks[k].low in lex.COMPARATIVES and amount >= 1 and is_figure(toks[amount])
            if moved and roles_of(toks[amount - 1].low) & _VERB_ROLES:
                k = amount - 1
                continue
            if not (is_adverb(left) or left in lex.AUXILIARIES or roles_of(left) & _VERB_ROLES):
                break
            k -= 1
        else:
            break
    return k


# A time phrase alone: "today", and a weekday as US wire copy writes it, with no "on" ("the yield
# closed Monday at 7.84 pct")
_DEICTIC_TIMES = frozenset(("today", "yesterday", "tomorrow", "tonight", *(d.lower() for d in WEEKDAYS)))


_BY_AMOUNT_WORDS = frozenset(("a", "an", "quarter", "half", "percentage", "basis", "point", "points"))


def _skip_by_amount(toks: list[Tok], k: int) -> int:
    """Move left over a "by" phrase of an amount written in words, between a verb and the "to" of its
    new level: "raised interest rates by a quarter percentage point to 2%" (the figures have their own)."""
    i = k
    while i >= 0 and k - i < 5 and toks[i].low in _BY_AMOUNT_WORDS:
        i -= 1
    if i < k and i >= 1 and toks[i].low == "by" and toks[k].low in ("point", "points"):
        return i - 1
    return k


def _skip_time_phrase(toks: list[Tok], k: int) -> int:
    """Move left over a time phrase that ends at ``toks[k]``, between a verb and its figure's
    preposition: "was unchanged in December at", "fell last week to", "rose in the quarter to"."""
    if k < 1 or not (toks[k].low in lex.TIME_WORDS or _is_year(toks[k]) or _so_far(toks, k)):
        return k
    if _so_far(toks, k):
        return k - 2  # "brings total help so far to 310 mln stg"
    if toks[k].low in _DEICTIC_TIMES and toks[k - 1].low not in lex.TIME_PHRASE_OPENERS:
        # "takes the Bank's total help today to", "closed Monday at" (not "on Monday"); "brings total
        # help so far today to" (the Bank of England's money market reports)
        return k - 3 if _so_far(toks, k - 1) else k - 1
    i = k - 1
    while (
        i >= 0
        and k - i <= 4
        and (
            toks[i].low in lex.DETERMINER_WORDS
            or toks[i].low in _CARDINALS
            or is_figure(toks[i])
            or toks[i].low in lex.TIME_WORDS
        )
    ):
        i -= 1  # "in the three months", "in 2004", "in June 2004"
    if i > 0 and toks[i].low in lex.TIME_PHRASE_OPENERS:
        return i - 1
    return k


_MAX_MOVE = 9  # tokens of "more than 1-1/4 cents higher": a qualifier, an amount, its unit, a comparative


def _skip_move(toks: list[Tok], k: int) -> int:
    """Move left over a move written as a comparative after its amount, between a verb and the "at"
    of the level it reached: "closed more than 1% higher at", "was 0.3 pct down at", "finished 24.0
    points higher at" (``lex.MOVE_COMPARATIVES``). The amount is a figure of its own; the level
    measures what the verb's subject measures."""
    if k < 1 or toks[k].low not in lex.MOVE_COMPARATIVES:
        return k
    i = k - 1
    while i >= 0 and k - i <= _MAX_MOVE and not is_figure(toks[i]):
        if toks[i].low not in lex.MOVE_AMOUNT_WORDS and toks[i].low not in lex.UNIT_WORDS:
            return k  # "was sharply higher at": no amount
        i -= 1
    if i < 0 or k - i > _MAX_MOVE:
        return k
    while i >= 0 and k - i <= _MAX_MOVE and (is_figure(toks[i]) or toks[i].low in lex.MOVE_AMOUNT_WORDS):
        i -= 1  # the amount's parts: "1 - 1 / 4"
    while i >= 0 and k - i <= _MAX_MOVE and toks[i].low in lex.QUALIFYING_WORDS:
        i -= 1  # "more than"
    return i


def _so_far(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` ends "so far" or "thus far": how long, between a verb's object and its figure."""
    return k >= 2 and toks[k].low == "far" and toks[k - 1].low in ("so", "thus")


def aux_left(toks: list[Tok], m: int) -> int:
    """Move left over the rest of a verb group: "were forecast to (reach)", "has also (risen)"."""
    while m >= 0:
        w = toks[m].low
        if w in lex.AUXILIARIES or is_adverb(w) or w.endswith("n't"):
            m -= 1
        elif (
            w == "to"
            and m > 0
            and (toks[m - 1].low in lex.INFINITIVE_LEADS or toks[m - 1].low in lex.VERB_FORMS)
        ):
            m -= 2
        elif w in ("or", "and") and m > 0 and (is_participle(toks[m - 1].low) or roles_of(toks[m - 1].low)):
            m -= 2  # "will be lowered or raised by 3 pct"
        elif w in lex.INFINITIVE_LEADS and m > 0 and toks[m - 1].low in lex.BE_FORMS:
            m -= 1  # "imports are seen rising to": the lead is the group's
        else:
            break
    return m


def _group(toks: list[Tok], verb: str, roles: frozenset[str], prep: str, k: int, np=None) -> Left:
    """The verb group whose verb starts at ``toks[k]``: its subject ends before the auxiliaries."""
    m = aux_left(toks, k - 1)
    passive = not verb.endswith("ing") and any(t.low in lex.BE_FORMS for t in toks[m + 1 : k])
    return Left(verb, roles, prep, m, np, False, passive)


def verb_left(toks: list[Tok], j: int) -> Left | None:
    """The verb group, preposition and noun phrase before a figure whose last token before is ``toks[j]``."""
    k = j
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1  # "passed the 300,000 mark"
    elif k >= 2 and is_word(toks[k]):
        # an article and an adjective, perhaps with an adverb between: "rose by a strong 0.7%", "grew at
        # an annual 4%", "set at a seasonally adjusted 109.8", "rose a provisional, seasonally adjusted"
        a = k - 2 if is_adverb(toks[k - 1].low) else k - 1
        while (
            a >= 2
            and k - a < _MAX_FIGURE_MODIFIERS
            and _figure_modifier(toks[a])
            and _figure_modifier(toks[k])
        ):
            a -= 1
        if (
            a >= 1
            and toks[a].low in ("a", "an")
            and (toks[a - 1].low in lex.FIGURE_PREPOSITIONS or roles_of(toks[a - 1].low) & _VERB_ROLES)
        ):
            k = a - 1
    prep = ""
    if k >= 0 and toks[k].low in lex.FIGURE_PREPOSITIONS:
        prep = toks[k].low
        k -= 1
        k = _skip_time_phrase(toks, k)
        if prep == "to":
            k = _skip_by_amount(toks, k)
        if prep == "from" and k >= 1 and toks[k].low == ",":
            dated = _skip_time_phrase(toks, k - 1)  # "revised down the jobs gains in December 2004, from"
            k = dated if dated < k - 1 else k
        if prep == "at":
            k = _skip_move(toks, k)  # "closed more than 1% higher at 10,137": the move's verb
    if k < 0:
        return None
    if toks[k].low == "," and not prep:  # "Gore leads Bush, 47% to 39%"
        start, end = noun_phrase_left(toks, k - 1)
        verb = _verb_at(toks, start - 1) if start <= end else None
        if verb and "poll" in verb[1]:
            return Left(verb[0], verb[1], "", aux_left(toks, verb[2] - 1), None, True)
        return None
    k = _skip_adverbs(toks, k)
    if prep in ("at", "to") and k > 2 and toks[k].low in lex.ON_STATES and toks[k - 1].low == "on":
        start, end = noun_phrase_left(toks, k - 2)  # "kept interest rates on hold at 4.75%": a state
        held = _verb_at(toks, start - 1) if start <= end else None
        if held and "object" in held[1]:
            return _group(toks, held[0], held[1], prep, held[2], (start, end))
    verb = _verb_at(toks, k, prep) if prep != "of" else None  # "a gain of": no verb takes "of N"
    if verb:
        return _group(toks, verb[0], verb[1], prep, verb[2])
    if (
        prep in ("at", "to", "by")
        and k > 1
        and (toks[k].low in lex.STATE_WORDS or toks[k].low in lex.VERB_ADVERBS)
        and toks[k - 1].low not in lex.DETERMINER_WORDS
    ):
        start, end = noun_phrase_left(toks, k - 1)  # "kept interest rates steady at 4.75%"
        verb = _verb_at(toks, start - 1) if start <= end else None
        if verb and "object" in verb[1]:
            return _group(toks, verb[0], verb[1], prep, verb[2], (start, end))
    if (
        k < 0
        or toks[k].low in lex.CLAUSE_WORDS
        or not (is_word(toks[k]) or toks[k].low in (",", ")", ">", *DASHES))  # ">": a wire name's end
    ):
        return None
    w = toks[k].low
    if w in lex.PRONOUNS or w in lex.DETERMINER_WORDS:
        return None
    if is_word(toks[k]):
        b = k - 1
        while b > 0 and k - b <= 2 and is_adverb(toks[b].low):
            b -= 1  # "are currently stuck at": the auxiliary before an adverb or two
        before = toks[b].low if b >= 0 else ""
        verbal = (before in lex.AUXILIARIES or before == "to" or before.endswith("n't")) and prep != "of"
        # ("had revenues of 12.7 mln dlrs": a noun after "had"; no verb takes "of N")
        if verbal and prep and not roles_of(w) and w not in _EVENT_VERBS:
            return _group(toks, w, frozenset(["level"]), prep, k)  # "will deteriorate by 2%"
        if verbal and (w.endswith("ed") or w in lex.VERB_FORMS or w in _EVENT_VERBS):
            return _group(toks, w, frozenset(), prep, k)  # "was downloaded 1.7 million times", "was sold for"
        if prep and is_participle(w) and not roles_of(w):
            return _group(toks, w, frozenset(["level"]), prep, k)  # "stretched for 12 km"
        if w in lex.VERB_FORMS:
            return _group(toks, w, frozenset(), prep, k)  # "the state takes $72m"
    start, end = noun_phrase_left(toks, k)
    if start > end:
        return None
    verb = _verb_at(toks, start - 1)
    if (
        verb is None
        and start > 1
        and toks[start - 1].low in lex.INFINITIVE_OBJECT_VERBS
        and (toks[start - 2].low == "to" or toks[start - 2].low in _MODALS)
    ):
        verb = (toks[start - 1].low, frozenset(["object"]), start - 1)  # "to limit exports to"
    y = start - 1
    while y > 0 and (_is_year(toks[y]) or _year_kind(toks[y].low)):
        y -= 1  # "put 1988 earnings at 60 cts", "put fiscal 1987 earnings at": a year before the object
    if verb is None and y < start - 1:
        dated = _verb_at(toks, y)
        verb = dated if dated and "object" in dated[1] else None
    if verb:
        return _group(toks, verb[0], verb[1], prep, verb[2], (start, end))
    if start > 1 and toks[start - 1].low in lex.NP_PREPOSITIONS and prep in ("by", "to", "at", "from"):
        verb = _verb_at(toks, _skip_adverbs(toks, start - 2), prep)  # "revised under the accord by 5 pct"
        if verb and verb[1] & _SUBJECT_VERB_ROLES:
            return _group(toks, verb[0], verb[1], prep, verb[2])
    return Left("", frozenset(), prep, -1, (start, end))


def clause_before(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The verb of the clause that ends at ``toks[i]`` and the index its subject ends at.

    For a participle after a comma: "car thefts declined sharply in 2009, falling 19%"; for a
    pronoun after a semicolon: "The rate was the highest in years; it had not been above 6%".
    """
    k = i
    crossed = False
    while k >= 0 and i - k <= _MAX_CLAUSE:
        t = toks[k]
        if t.low == ";" and not crossed:
            crossed = True  # "...the lowest in years; since 2015 it had": back over one semicolon
            k -= 1
            continue
        if t.low in (".", ";", ":"):
            return None
        left = toks[k - 1].low if k > 0 else ""
        verbal = is_word(t) and (t.low in lex.VERB_FORMS or roles_of(t.low) & _VERB_ROLES)
        if verbal and left not in lex.NP_PREPOSITIONS and left not in lex.DETERMINER_WORDS:
            verb = _verb_at(toks, k) or (t.low, frozenset(), k)
            return verb[0], aux_left(toks, verb[2] - 1)
        k -= 1
    return None


def _past_dateline(toks: list[Tok]) -> int:
    """The index after a wire dateline that opens a sentence ("TOKYO, Feb 27 - ", "NEW YORK, March 4 -
    "): a place in capitals, a comma and a date, then a dash; 0 when there is none."""
    if not toks or not toks[0].text[:1].isupper() or len(toks[0].text) < 2:
        return 0
    caps = toks[0].text.isupper()
    for k in range(1, min(len(toks), _MAX_DATELINE)):
        if toks[k].low in DASHES:
            comma = any(t.low == "," for t in toks[1:k])
            # a place in title case only before a date: "Detroit, March 24 -" (208 Reuters datelines)
            dated = k >= 3 and is_figure(toks[k - 1]) and toks[k - 2].low.rstrip(".") in _MONTH_WORDS
            return k + 1 if comma and (caps or dated) else 0
    return 0


def sentence_subject(toks: list[Tok]) -> str:
    """The subject of a sentence's main clause, read forwards from its first tokens ``toks`` (past an
    opening phrase)."""
    i = _past_dateline(toks)
    if i < len(toks) and (toks[i].low in lex.INTRODUCTORY_WORDS or is_adverb(toks[i].low)):
        comma = next((k for k in range(i, min(len(toks), i + 12)) if toks[k].low == ","), -1)
        i = comma + 1 if comma >= 0 else i
    words: list[str] = []
    while i < len(toks) and len(words) < _MAX_NP:
        t = toks[i]
        if t.low == "," and words:
            k = next((m for m in range(i + 1, min(len(toks), i + _MAX_ASIDE)) if toks[m].low == ","), -1)
            nxt = toks[i + 1].low if i + 1 < len(toks) else ""
            if k > 0 and (nxt in lex.ASIDE_STARTS or is_participle(nxt) or is_adverb(nxt)):
                i = k + 1  # "Services inflation, pushed up by wages, came in"
                continue
            break
        if not is_word(t) or t.low in _NP_STOP:
            break
        if t.low.endswith("ed") and words and words[-1] not in lex.DETERMINER_WORDS and "-" not in t.low:
            break
        words.append(t.low)
        i += 1
    if words and i + 1 < len(toks) and toks[i].low in _SAID and is_word(toks[i + 1]):
        reported = sentence_subject(toks[i + 1 + (toks[i + 1].low == "that") :])
        if reported:
            return reported  # "Pall Corp said sales for the quarter were up": what was reported
    return head(words)
