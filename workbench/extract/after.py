"""The words right after a figure: "43,000 soldiers have been killed", "a 14% rise in crime".

``after_figure`` reads a figure's following words (already tokenised, bounded by its sentence)
into what they say it counts. The vocabulary lives in ``workbench.lexicon.metrics``.

>>> from workbench.extract.clause import tokens
>>> def read(after: str, unit: str = "", det: str = "") -> tuple[str, str] | None:
...     found = after_figure(tokens(after, 0, len(after)), unit, det)
...     return (found.metric, found.subject) if found else None
>>> read(" soldiers have been killed.")
('killed', 'soldiers')
>>> read(" injured people later succumbed.")
('died', 'people')
>>> read(" rise in recorded crime", unit="percent", det="a")
('rise in recorded crime', '')
>>> read(" of Democrats approved.", unit="percent")
('approval', 'Democrats')
"""

from __future__ import annotations

from typing import NamedTuple

from workbench.extract.clause import Tok, is_adverb, is_figure, is_plural, is_word
from workbench.lexicon import metrics as lex
from workbench.lexicon.attribution import REPORTING_VERBS
from workbench.lexicon.numbers import CARDINAL_WORDS

_EVENT = frozenset(lex.EVENT_WORDS)
_EVENT_RESULTS = frozenset(lex.EVENT_PHRASES.values())
_NOT_METRIC = frozenset(lex.NOT_METRIC)
_CARDINALS = frozenset(CARDINAL_WORDS)
_REPORTING = frozenset((*REPORTING_VERBS, "that", "which", "who"))
_NOUN_AFTER = frozenset(lex.METRIC_ROLES["noun_after"])
_SCALE_NOUNS = frozenset(lex.METRIC_ROLES["scale_noun"])
_GENERIC = frozenset(lex.GENERIC_COUNT_NOUNS)
_VERBISH = frozenset(
    (*lex.METRIC_VERBS_BEFORE, *(w for r, ws in lex.METRIC_ROLES.items() if r != "noun_after" for w in ws))
)
# Auxiliaries and linking words between a count and its state: "are still missing", "remained on strike".
_AUX = lex.BE_FORMS | frozenset(
    "have has had now already reportedly also still all so far yet since then officially remained "
    "remain remains stayed stay stays currently reported believed feared".split()
)
_SKIP_BEFORE_NOUN = frozenset(["more", "fewer", "extra", "additional", "new", "other", "further"])
_ING_NOUNS = lex.ING_NOUNS
_QUOTES = frozenset(('"', "”", "’"))
_FIGURE_TAIL = lex.UNIT_WORDS | (lex.FIGURE_WORDS - {"per"})  # "four mln dlrs"
_PAST_FIGURE = _FIGURE_TAIL | lex.VERB_ADVERBS  # "four mln dlrs", "5% year-on-year"
_OF_DETERMINERS = frozenset("the its their his her our your".split())
_OF_SKIP = frozenset("past last next first previous".split())
# The first words of the phrases looked up at a token: a cheap test before joining words into phrases.
_EVENT_FIRST = frozenset(p.split()[0] for p in (*lex.EVENT_PHRASES, *_EVENT))
_TIMING: dict[str, list[tuple[int, str]]] = {}  # first word -> (length, phrase), in the lexicon's order
for _phrase in lex.TIMING_PHRASES:
    _TIMING.setdefault(_phrase.split()[0], []).append((len(_phrase.split()), _phrase))
_PER_SHARE_FIRST = frozenset(p.split()[0] for p in lex.PER_SHARE)


class Found(NamedTuple):
    """What the words after a figure say it counts; ``end`` is where those words end."""

    metric: str
    subject: str = ""
    level: str = ""
    end: int = -1


def _event(toks: list[Tok], i: int) -> tuple[str, int]:
    """The longest event word or phrase (up to three words) at ``toks[i]``, and its length."""
    if toks[i].low not in _EVENT_FIRST:
        return "", 0
    for n in (3, 2, 1):
        if i + n <= len(toks):
            phrase = " ".join(t.low for t in toks[i : i + n])
            if phrase in lex.EVENT_PHRASES:
                return lex.EVENT_PHRASES[phrase], n
            if phrase in _EVENT:
                return phrase, n
    return "", 0


def is_participle(word: str) -> bool:
    """ "destroyed", "seen", "sold": a verb form that follows "were" or "have been"."""
    return (
        word.endswith("ed")
        or (word.endswith("en") and not word.endswith(("men", "ren")))
        or word in lex.VERB_FORMS
    ) and word not in _AUX


def skip_figure_words(toks: list[Tok]) -> int:
    """Index past what still belongs to the figure: unit words, "(71%)", "year-on-year"."""
    i = 0
    while i < len(toks) and toks[i].low in _PAST_FIGURE:
        i += 1
    if i < len(toks) and toks[i].low == "(":
        close = next((k for k in range(i + 1, min(len(toks), i + 12)) if toks[k].low == ")"), -1)
        if close > 0 and any(is_figure(t) for t in toks[i + 1 : close]):
            i = close + 1
    if i < len(toks) and toks[i].low in _QUOTES:
        i += 1  # '"fewer than 8,000" soldiers': the quote closes, the noun follows
    if i + 2 < len(toks) and toks[i].low == "-" and is_word(toks[i + 1]) and is_word(toks[i + 2]):
        i += 2  # "the 32-strong squad", "a 24-count indictment": the compound's noun follows
    return i


def per_share(toks: list[Tok], skip: int | None = None) -> int | None:
    """Where "a share" / "per share" ends after a figure ("$1.76 a share", "36 cents per share",
    "nine cts share"). ``skip``: ``skip_figure_words(toks)``, when the caller has it (as for each
    reader below: a figure's words are read by several rules, and skipped once)."""
    return _per_share_at(toks, skip_figure_words(toks) if skip is None else skip)


def _per_share_at(toks: list[Tok], i: int) -> int | None:
    """``per_share`` with the figure's own words ending at ``toks[i]``."""
    first = toks[i].low if i + 1 < len(toks) else ""
    if first in _PER_SHARE_FIRST and f"{first} {toks[i + 1].low}" in lex.PER_SHARE:
        return toks[i + 1].end
    if 0 < i < len(toks) and toks[i].low in lex.SHARE_WORDS and toks[i - 1].low in lex.UNIT_WORDS:
        return toks[i].end
    return None


def _after_of(toks: list[Tok], j: int) -> Found | None:
    """After "N of the" / "N of them": an event word or a noun, past any auxiliaries ("were children"),
    and past an owner ("two of the firm's five directors": directors)."""
    if j < len(toks) and toks[j].low in _OF_DETERMINERS:
        j += 1
    owned = j + 1 < len(toks) and toks[j].low.endswith(("'s", "’s")) and not is_figure(toks[j])
    if owned:
        j += 1
    counted = False
    while j < len(toks) and (
        toks[j].low in _AUX
        or toks[j].low in _OF_SKIP
        or is_figure(toks[j])
        or (counted and toks[j].low in lex.FIGURE_WORDS)  # "1.63 mln of the 1.64 mln bonds"
        or toks[j].low in _CARDINALS  # "four of the six delegates", "eight of the past nine contests"
    ):
        counted = counted or is_figure(toks[j]) or toks[j].low in _CARDINALS
        j += 1  # "23 of the past 30 days"
    if owned and j < len(toks) and is_word(toks[j]):
        return _nouns(toks, j, "")  # "two of the nation's strongest markets": the owner's nouns
    if j < len(toks):
        event, n = _event(toks, j)
        if event:
            return Found(event, end=toks[j + n - 1].end)
        w = toks[j].low
        if is_word(toks[j]) and (w not in _NOT_METRIC or counted) and w not in lex.CLAUSE_WORDS:
            return Found(w, end=toks[j].end)
    return None


def _who_clause(toks: list[Tok], j: int) -> Found | None:
    """ "the 520,000 who arrived", "595 who said they were likely to vote": the relative clause's verb."""
    j += 1
    while j < len(toks) and (toks[j].low in _AUX or toks[j].low in ("said", "say", "says", "they", "that")):
        j += 1
    event, n = _event(toks, j) if j < len(toks) else ("", 0)
    if event:
        return Found(event, end=toks[j + n - 1].end)
    words: list[Tok] = []
    while j < len(toks) and len(words) < 3 and is_word(toks[j]):
        w = toks[j].low
        if w in lex.NP_PREPOSITIONS or w in lex.DETERMINER_WORDS or w in _NOT_METRIC or w in lex.TIME_WORDS:
            break
        words.append(toks[j])
        j += 1
    return Found(" ".join(t.low for t in words), end=words[-1].end) if words else None


def _predicate_noun(toks: list[Tok], j: int) -> Found | None:
    """ "107,800 were emergency admissions", "31 are private schools": the noun after the copula."""
    words: list[Tok] = []
    while j < len(toks) and len(words) < 3 and is_word(toks[j]):
        w = toks[j].low
        if w in _NOT_METRIC or w in lex.VERB_FORMS or w in _VERBISH or w in lex.TIME_WORDS:
            break
        words.append(toks[j])
        j += 1
    ends = j >= len(toks) or not is_word(toks[j]) or toks[j].low in _NOT_METRIC
    return Found(" ".join(t.low for t in words), end=words[-1].end) if words and ends else None


def _change_noun(toks: list[Tok], i: int) -> Found:
    """ "a 14% rise in recorded crime": the noun, and what it changes (a later "to N" measures that)."""
    noun = toks[i]
    if i + 2 < len(toks) and toks[i + 1].low == "in":
        j = i + 2
        if toks[j].low in lex.DETERMINER_WORDS:
            j += 1
        words = []
        while j < len(toks) and len(words) < 3 and is_word(toks[j]):
            w = toks[j].low
            modifier = j + 1 < len(toks) and is_word(toks[j + 1]) and toks[j + 1].low not in _NOT_METRIC
            if (
                w in _NOT_METRIC
                or w in lex.TIME_WORDS
                or w in _CARDINALS
                or (w in lex.VERB_FORMS and not modifier)
            ):
                break
            words.append(toks[j])
            j += 1
        if words and not words[0].text[0].isupper():
            what = " ".join(t.low for t in words)
            return Found(f"{noun.low} in {what}", level=what, end=words[-1].end)
    return Found(noun.low, end=noun.end)


def _verb_after(toks: list[Tok], j: int) -> Found:
    """ "20.3 million sold", "251,000 found jobs", "503 occurred in unvaccinated individuals"."""
    verb = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or not is_word(nxt) or nxt.low in lex.TIME_WORDS or nxt.low in lex.VERB_FORMS:
        return Found(verb.low, end=verb.end)
    if nxt.low in ("in", "among") and j + 2 < len(toks):
        words = []
        for t in toks[j + 2 : j + 5]:
            if not is_word(t) or t.text[0].isupper() or t.low in _NOT_METRIC or t.low in lex.TIME_WORDS:
                break
            words.append(t)
        if words:
            return Found(f"{verb.low} {nxt.low} {' '.join(t.low for t in words)}", end=words[-1].end)
    if nxt.low not in _NOT_METRIC and nxt.low not in lex.NP_PREPOSITIONS:
        return Found(f"{verb.low} {nxt.low}", end=nxt.end)
    return Found(verb.low, end=verb.end)


def _of_poll(toks: list[Tok], i: int) -> Found | None:
    """ "95 percent of Democrats approved": approval, among Democrats."""
    j = i + 1
    if j < len(toks) and toks[j].low in lex.DETERMINER_WORDS:
        j += 1
    elif j + 1 < len(toks) and is_word(toks[j]) and toks[j + 1].low in ("'", "’"):
        j += 2  # a plural owner: "85 pct of Hughes' shareholders approved"
    words: list[Tok] = []
    while j < len(toks) and len(words) < 3 and is_word(toks[j]) and toks[j].low not in lex.POLL_VERB_NOUNS:
        if toks[j].low in _NOT_METRIC or toks[j].low in lex.VERB_FORMS:
            return None
        words.append(toks[j])
        j += 1
    if words and j < len(toks) and toks[j].low in lex.POLL_VERB_NOUNS:
        noun = lex.POLL_VERB_NOUNS[toks[j].low]
        return Found(noun, " ".join(t.text for t in words), end=toks[j].end)
    return None


def _unit_after(toks: list[Tok], i: int, det: str) -> Found | None:
    """Money and percentages name themselves after the figure only in a few ways."""
    if i + 3 < len(toks) and toks[i].low == "(" and toks[i + 1].text.isupper() and toks[i + 2].low == ")":
        i += 3  # "a five billion European Currency Unit (ECU) shortfall": the unit's abbreviation
    t = toks[i]
    w = t.low
    if w in lex.TIME_ADVERBS and t.text.islower():
        return None  # "Qtly div 28 cts vs 25 cts prior": when, not what (not "its four pct Prior Lien bonds")
    if w == "of":
        return _of_poll(toks, i)
    if w == "worth" and i + 2 < len(toks) and toks[i + 1].low == "of" and is_word(toks[i + 2]):
        return _nouns(toks, i + 2, "")  # "£5m worth of damage": what the money is worth of
    if w in _NOUN_AFTER and is_word(t):
        return _change_noun(toks, i)  # "a 14% rise", "a 5% stake"
    if w in lex.FREQUENCY_WORDS and (
        i + 1 == len(toks) or not is_word(toks[i + 1]) or toks[i + 1].low in _NOT_METRIC
    ):
        return None  # "a capacity of 300,000 tons yearly": how often, not what
    j = i
    while j < len(toks) and toks[j].low in _AUX:
        j += 1
    held = det in lex.FIGURE_PREPOSITIONS  # "a smaller rise to 2.4% had been expected": the noun's verb
    if j > i and j < len(toks) and is_participle(toks[j].low) and not held:
        event, n = _event(toks, j)
        return Found(event or toks[j].low, end=toks[j + max(n, 1) - 1].end)  # "$65 million was needed"
    if (
        (w.endswith("ed") or w in _VERBISH)
        and w not in _AUX
        and w not in _NOT_METRIC
        and is_participle(w)
        and not _modifies_noun(toks, i)
    ):
        return Found(w, end=t.end)  # "only 15% contained", "the £7.9 million spent"
    if is_word(t) and w.endswith("s") and w not in _NOT_METRIC:
        found = _nouns(toks, i, "")  # "one in 16 messages were infected", "One in 10 US adults"
        if found is not None and (found.subject or found.metric.split()[-1] in _GENERIC):
            return found
    if w in _GENERIC or (is_word(t) and i + 1 < len(toks) and toks[i + 1].low in lex.POLL_VERB_NOUNS):
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if nxt in lex.POLL_VERB_NOUNS:
            return Found(lex.POLL_VERB_NOUNS[nxt], t.text, end=toks[i + 1].end)  # "7 in 10 voters disapprove"
        if nxt in _AUX or w in _GENERIC:
            return Found(w, end=t.end)  # "94.5% patients were seen"
    compound = (
        is_word(t)
        and w not in lex.COMPARATIVES
        and not is_adverb(w)
        and w not in lex.VERB_FORMS
        and w not in lex.INCLUDE_VERBS  # "Total fees of 2-1/4 pct comprise 1-1/2 pct"
        and not (w.endswith("ing") and w not in _ING_NOUNS)
    )  # "51 pct voting power", "its 11 pct convertible debentures"
    if det == "the":
        expected = _expected_by(toks, i)
        if expected is not None:
            return expected  # "the 3.1% the government estimated": what was expected
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    timed = (
        det in ("a", "an", "the")
        and w in lex.TIME_WORDS
        and not w.endswith("s")
        and nxt is not None
        and is_word(nxt)
        and nxt.low not in _NOT_METRIC
        and nxt.low not in lex.VERB_FORMS
    )  # "the 1.1 mln dlrs year loss"
    if (
        (det in ("a", "an", "the") or compound)
        and is_word(t)
        and ((w not in _NOT_METRIC and w not in lex.TIME_WORDS) or timed)
    ):
        found = _nouns(toks, i, "")  # "a minus 1.3% reading", "the $200,000 project"
        nxt_low = next((x.low for x in toks if found is not None and x.start >= found.end), "")
        if det == "the" and nxt_low in ("had", "have", "has", "would", "will"):
            return None  # "the $29.4 billion analysts had been expecting": a clause, not a noun
        return found
    return None


_COUPON_TOKENS = 6  # tokens of a coupon's figure: "8", "-", "3", "/", "8"
_PERCENT_WORDS = frozenset(("pct", "%", "percent"))


def _past_coupon(toks: list[Tok], j: int) -> int:
    """The index past a coupon that starts at ``toks[j]`` and names the noun after it ("8-3/8 pct
    notes", "10 pct bonds"), or ``j`` when there is none."""
    k = j
    while k < len(toks) and k - j < _COUPON_TOKENS and (is_figure(toks[k]) or toks[k].low in ("-", "/")):
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].low not in _PERCENT_WORDS or not is_word(toks[k + 1]):
        return j
    return k + 1


def _modifies_noun(toks: list[Tok], i: int) -> bool:
    """Whether the participle ``toks[i]`` after a figure modifies the plural noun after it: "12 pct
    subordinated debentures", "25 cts preferred shares" (news-bench: 46 and 31 figures read as the
    participle), not "the £7.9 million spent on" nor "only 15% contained"."""
    if i + 1 >= len(toks) or not is_word(toks[i + 1]):
        return False
    nxt = toks[i + 1].low
    return (
        toks[i + 1].text.islower()
        and is_plural(nxt)
        and nxt not in _NOT_METRIC
        and nxt not in lex.VERB_FORMS
        and nxt not in lex.AUXILIARIES
        and nxt not in lex.PRONOUNS
        and not nxt.endswith("selves")  # "11% regarded themselves as"
        and not is_adverb(nxt)
    )


def _expected_by(toks: list[Tok], i: int) -> Found | None:
    """ "the 3.1% the government estimated", "the $2bn analysts had expected": a figure that is the
    object of an expectation in a relative clause without "that"."""
    j = i
    determiner = j < len(toks) and toks[j].low in lex.DETERMINER_WORDS
    j += determiner
    words: list[str] = []
    while j < len(toks) and len(words) < 3 and is_word(toks[j]) and toks[j].low not in _NOT_METRIC:
        if toks[j].low in lex.EXPECTATION_VERBS:
            break
        words.append(toks[j].low)
        j += 1
    while j < len(toks) and toks[j].low in lex.AUXILIARIES:
        j += 1  # "had been expecting"
    # a subject: "the government", "analysts"; or an adverb: "the $54bn widely expected"; not the
    # figure's own noun: "the 7% GDP growth expected by June"
    subject = (determiner and words) or (len(words) == 1 and (words[0].endswith("s") or is_adverb(words[0])))
    if subject and j < len(toks) and toks[j].low in lex.EXPECTATION_VERBS:
        return Found(toks[j].low, end=toks[j].end)
    return None


def after_figure(toks: list[Tok], unit: str = "", det: str = "", skip: int | None = None) -> Found | None:
    """What the words after a figure say it counts; ``det`` is the word right before the figure."""
    i = skip_figure_words(toks) if skip is None else skip
    if i >= len(toks) or _per_share_at(toks, i) is not None:
        return None  # "$1.76 a share": per share of what the clause names
    first = toks[i].low
    for n, phrase in _TIMING.get(first, ()):  # "seven years behind schedule"
        if " ".join(t.low for t in toks[i : i + n]) == phrase:
            return Found(phrase, end=toks[i + n - 1].end)
    partitive = toks[i + 1].low if first == "of" and i + 1 < len(toks) else ""
    if partitive in ("them", "those", "these", "whom") or (partitive in _OF_DETERMINERS and not unit):
        skip = i + 1 if partitive in _OF_DETERMINERS else i + 2
        return _after_of(toks, skip)  # "724 of the dead", "40 of them", "500 of its patents"
    if unit:
        return _unit_after(toks, i, det)
    if first == "who":
        return _who_clause(toks, i)
    if first in lex.TIME_ADVERBS:
        return None  # "climbed 5-3/8 today": when, not what
    if first in ("were", "are"):
        j = i + 1
        while j < len(toks) and toks[j].low in _AUX:
            j += 1
        if j < len(toks) and not _event(toks, j)[0]:
            found = _predicate_noun(toks, j)
            if found:
                return found
    return _nouns(toks, i, unit)


def _nouns(toks: list[Tok], i: int, unit: str) -> Found | None:
    """The nouns after a count, and the event word after them: "43,000 soldiers have been killed"."""
    nouns: list[Tok] = []
    if toks[i].low in _SKIP_BEFORE_NOUN and i + 1 < len(toks):
        nouns.append(toks[i])
        i += 1
    while i < len(toks) and len(nouns) < _MAX_NOUN_RUN:
        word = toks[i].low
        event, n = _event(toks, i) if word in _EVENT_FIRST else ("", 0)
        if event:
            return _event_found(toks, i, n, event, nouns)
        nxt = toks[i + 1].low if i + 1 < len(toks) else "."
        if not nouns and word in lex.TIME_WORDS and nxt[0].isalpha() and nxt not in _NOT_METRIC:
            i += 1  # "the 5.151 pct February bond issue yield"
            continue
        if (
            not nouns
            and word not in _AUX
            and word not in lex.AUXILIARIES
            and word not in _NOT_METRIC
            and (word.endswith("ed") or word in lex.VERB_FORMS)
        ):
            noun_next = nxt[0].isalpha() and nxt not in _NOT_METRIC and nxt not in lex.VERB_FORMS
            if not noun_next or nxt in lex.TIME_WORDS or is_adverb(nxt):
                return _verb_after(toks, i)  # "503 occurred in unvaccinated individuals", "20.3 million sold"
            nouns.append(toks[i])  # "registered voters": a participle before its noun
            i += 1
            continue
        if word in _NOUN_AFTER:
            return _change_noun(toks, i)  # "the 22,000 increase initially reported"
        if (
            not word[0].isalpha()  # not a word
            or word in _NOT_METRIC
            or (word in _VERBISH and (nouns or word.endswith("ed") or word in lex.VERB_FORMS))
            or word in _SCALE_NOUNS  # "passed the 300,000 mark": the subject passed it
            or word in ("said", "told", "that", "which", "who")
            or (word in _REPORTING and nouns and not word.endswith("s"))  # "workers say"; "the $1bn estimate"
            or word in _CARDINALS
            or is_adverb(word)
            or (word.endswith("ed") and nouns and word not in _EVENT)  # "500 protesters gathered"
            or (word in lex.VERB_FORMS and nouns and not word.endswith("s"))  # "workers want", not "tries"
            or (word.endswith("ing") and word not in _ING_NOUNS and not _modifies(toks, i))
            or (word.endswith("ing") and nouns and is_plural(nouns[-1].low))  # "12 berths incorporating"
            or (word in lex.TIME_WORDS and not nouns)
        ):
            break
        nouns.append(toks[i])
        i += 1
    while nouns and nouns[-1].low in lex.TIME_WORDS:
        nouns.pop()
    nouns = nouns[-_MAX_NOUNS:]  # "seven large Central Queensland coking mines": the head ends it
    noun_text = " ".join(t.low for t in nouns)
    reach = nouns[-1].end if nouns else -1
    j = i
    while j < len(toks) and (toks[j].low in _AUX or is_adverb(toks[j].low)):
        j += 1  # "are internally displaced"
    if j < len(toks):
        event, n = _event(toks, j) if toks[j].low in _EVENT_FIRST else ("", 0)
        if event and n > 1 and event in _EVENT and any(t.low not in _GENERIC for t in nouns):
            return Found(noun_text, end=reach)  # "2,300 dockworkers joined the strike": the noun says more
        if event and (j > i or n > 1 or event != toks[j].low):
            return Found(event, " ".join(t.text for t in nouns), end=toks[j + n - 1].end)
        if toks[j].low in _GENERIC and not nouns:
            return Found(toks[j].low, end=toks[j].end)
        verb = toks[j].low in lex.VERB_FORMS and toks[j].low not in lex.AUXILIARIES
        if not nouns and j == i and verb and toks[j].low not in _NOT_METRIC:
            return _verb_after(toks, j)  # "20.3 million sold", "of whom 251,000 found jobs"
    if not noun_text or noun_text in lex.UNIT_WORDS:
        return None
    return Found(noun_text, end=reach)


_MAX_NOUN_RUN = 7  # words read after a count for its noun, modifiers included
_MAX_NOUNS = 4  # of which the last are kept: the head noun comes last


def _modifies(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` stands before a word that may be its noun: "rising prices"."""
    return i + 1 < len(toks) and is_word(toks[i + 1]) and toks[i + 1].low not in _NOT_METRIC


def _event_found(toks: list[Tok], i: int, n: int, event: str, nouns: list[Tok]) -> Found:
    """An event word after a count; "9 injured people succumbed": a later verb says what happened."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    adjective = (
        n == 1
        and nxt is not None
        and is_word(nxt)
        and nxt.low not in _NOT_METRIC
        and nxt.low not in _AUX
        and not _event(toks, i + 1)[0]
    )
    if not adjective or nxt is None:
        return Found(event, " ".join(t.text for t in nouns), end=toks[i + n - 1].end)
    j = i + 2
    while j < len(toks) and j < i + 4 and (toks[j].low in _AUX or is_adverb(toks[j].low)):
        j += 1
    if j < len(toks):
        later, m = _event(toks, j)
        if later and later in _EVENT_RESULTS:
            return Found(later, nxt.text, end=toks[j + m - 1].end)
    return Found(event, nxt.text, end=nxt.end)


_PREDICATE_LEAD = lex.BE_FORMS | lex.AUXILIARIES | lex.VERB_FORMS | frozenset(lex.POLL_VERB_NOUNS)
_PREDICATE_SKIP = lex.BE_FORMS | lex.DETERMINER_WORDS | frozenset("have has had".split())
_SAYERS = frozenset("they he she we i".split())
_PREDICATE_TAIL = (
    lex.NP_PREPOSITIONS | lex.FIGURE_PREPOSITIONS | lex.QUANTIFIER_WORDS | frozenset(("with", "without"))
)
_MAX_PREDICATE = 6  # words of a predicate kept as a metric


def predicate(toks: list[Tok], appositive: bool = False, skip: int | None = None) -> Found | None:
    """What a share that is its clause's subject does or is: "62% were unaware", "33% said they
    could not live without it", "80% of those remain on file", and after an appositive share
    ("A chunk of users, 36%, carry out a search") whatever its clause goes on to say."""
    i = skip_figure_words(toks) if skip is None else skip
    partitive = i + 2 < len(toks) and toks[i].low == "of" and toks[i + 1].low in ("them", "those", "these")
    if partitive:
        i += 2  # "80% of those remain": a verb follows
    elif appositive and i < len(toks) and toks[i].low == ",":
        i += 1  # "A chunk of users, 36%, carry out": what follows the closing comma
    elif i >= len(toks) or toks[i].low not in _PREDICATE_LEAD:
        return None
    if i < len(toks) and toks[i].low in ("said", "say", "says"):  # "said they would", "say that they"
        i += 2 if i + 1 < len(toks) and toks[i + 1].low == "that" else 1
        if i >= len(toks) or toks[i].low not in _SAYERS:
            return None
        i += 1
    if i < len(toks) and toks[i].low in lex.POLL_VERB_NOUNS:
        return Found(lex.POLL_VERB_NOUNS[toks[i].low], end=toks[i].end)  # "43% backed the plan"
    words: list[Tok] = []
    while i < len(toks) and len(words) < _MAX_PREDICATE and is_word(toks[i]):
        w = toks[i].low
        if (
            w in lex.CLAUSE_WORDS
            or w in lex.TIME_WORDS
            or w in ("and", "or")
            or (len(words) > 1 and w in lex.FIGURE_PREPOSITIONS)
        ):
            break  # "were unaware that", "carry out a search at least weekly"
        if words and words[-1].low in lex.BE_FORMS and is_participle(w):
            return None  # "the remaining 12% will be retained by": a thing done to, not a group
        words.append(toks[i])
        i += 1
    while len(words) > 1 and (words[0].low in _PREDICATE_SKIP or is_adverb(words[0].low)):
        words.pop(0)  # "were unaware", "now had a worse opinion"
    while words and (words[-1].low in _PREDICATE_TAIL or words[-1].low in lex.DETERMINER_WORDS):
        words.pop()  # "a worse opinion of", "replacement cards with"
    if not words or (words[0].low in _NOT_METRIC and len(words) == 1):
        return None
    return Found(" ".join(t.low for t in words), end=words[-1].end)


def money_in(toks: list[Tok], skip: int | None = None) -> Found | None:
    """ "$37 billion in revenue": money spent on or earned as what follows "in"."""
    i = skip_figure_words(toks) if skip is None else skip
    if i + 1 < len(toks) and toks[i].low == "in" and is_word(toks[i + 1]):
        if toks[i + 1].low in lex.IN_ADVERBIALS:
            return None  # "rose to 497p in response"
        words = []
        for t in toks[i + 1 : i + 4]:
            if t.text[0].isupper() or t.low in _CARDINALS:
                return None  # "in thin New York trade", "in three years": not what the money is
            if not is_word(t) or t.low in _NOT_METRIC or t.low in lex.TIME_WORDS:
                break
            if words and (t.low in lex.VERB_FORMS or t.low.endswith("ed")):
                break  # "$3bn in multi-year contracts announced"
            words.append(t)
        dated = i + 1 + len(words) < len(toks) and is_figure(toks[i + 1 + len(words)])  # "in fiscal 1986"
        traded = bool(words) and words[-1].low in lex.MARKET_SESSION_NOUNS  # "in early trade"
        if words and not words[-1].low.endswith("ing") and not dated and not traded:
            return Found(" ".join(t.low for t in words), end=words[-1].end)
    return None


def _classed_as(toks: list[Tok], j: int) -> Found | None:
    """After "N% of X": "were classed as affordable" names the share by its class."""
    while j < len(toks) and (toks[j].low in _AUX or is_adverb(toks[j].low)):
        j += 1
    if j + 2 < len(toks) and toks[j].low in lex.CLASS_VERBS and toks[j + 1].low == "as":
        words = []
        for t in toks[j + 2 : j + 5]:
            if not is_word(t) or t.low in _NOT_METRIC or t.low in lex.DETERMINER_WORDS:
                break
            words.append(t)
        if words:
            return Found(" ".join(t.low for t in words), end=words[-1].end)
    return None


def of_whole(toks: list[Tok], denominators: bool = False, skip: int | None = None) -> Found | None:
    """ "58 percent of new renewable additions": the whole a share is of (not "3% of GDP",
    unless ``denominators``)."""
    i = skip_figure_words(toks) if skip is None else skip
    if i < len(toks) and toks[i].low in (")", "-", "–", "—"):
        i += 1  # "Most (88%) of the 704 cases", "two thirds - 65% - of the people"
    if i >= len(toks) or toks[i].low != "of":
        return None
    j = i + 1
    if j < len(toks) and toks[j].low in lex.DETERMINER_WORDS | lex.QUANTIFIER_WORDS:
        j += 1
    figured = j < len(toks) and is_figure(toks[j])
    while j < len(toks) and is_figure(toks[j]):
        j += 1  # "of the 704 cases"
    if figured:
        while j < len(toks) and toks[j].low in lex.MEASURE_WORDS:
            j += 1  # "of the 50 mln dlrs": the whole's own scale and unit name nothing
        if j + 1 < len(toks) and toks[j].low in ("in", "of"):
            j += 1  # "96 pct of its 32.6 billion dlrs in revenues": what the whole is
            if toks[j].low in lex.DETERMINER_WORDS:
                j += 1
    words: list[Tok] = []
    while j < len(toks) and len(words) < 4:
        if not is_word(toks[j]):
            coupon = _past_coupon(toks, j) if words else j
            if coupon == j:
                break
            j = coupon  # "150 mln dlrs of outstanding 8-3/8 pct notes": the notes, past their coupon
            continue
        w = toks[j].low
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        modifier = nxt is not None and is_word(nxt) and nxt.low not in _NOT_METRIC
        # a verb form modifies the noun after it first in the phrase, or as a participle before a
        # plural: "of the total registered voters"
        modifier = modifier and (not words or (w.endswith("ed") and is_plural(nxt.low)))
        if (
            w in _NOT_METRIC
            or w in lex.TIME_WORDS
            or w in lex.POLL_VERB_NOUNS
            or (w in lex.VERB_FORMS and not modifier)
        ):
            break
        words.append(toks[j])
        j += 1
    noun = " ".join(t.low for t in words)
    classed = _classed_as(toks, j)
    if classed is not None:
        return classed
    if not noun or (not denominators and (noun in lex.DENOMINATORS or words[-1].low in lex.DENOMINATORS)):
        return None
    if all(t.text[0].isupper() for t in words):
        return None  # "own 99.3% of LG Card": a stake in a company, not a count of it
    return Found(noun, end=words[-1].end)
