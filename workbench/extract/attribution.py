"""Who asserts a figure, where, and whether it sits inside a direct quotation.

A :class:`DocumentContext` is built once per document over its :class:`DocumentStructure`:
the people and bodies it names (read on demand: the bodies and sentence subjects in order as far as
a figure asks, a person's fullest name per surname asked), the reporting clauses of each sentence
(found once, on first use), and the speaker of each quotation a figure stands in (resolved once,
with the quotations before it in its run of paragraphs, in order, so a quotation continued over
paragraphs takes its speaker from the one before without recursion).
Each figure then looks its source up: the quotation that holds it, else the reporting clause of
its sentence whose content covers it, else a source named in the sentence ("in a Gallup poll"),
else a list's lead-in or an attributing headline. Nothing is re-scanned per figure.

A reporting clause is a speaker and a cue (mined from PolNeAR, see ``lexicon/cues.csv``):
"X said (that) C", "C, X said", "C, said X", "according to X, C", "X's estimate of N". The speaker
is read by position, not from a list: a name, a pronoun, or a determiner and a noun in the
subject slot of a cue ("the county coroner said"), past who-clauses, appositives and brackets.

>>> ctx = DocumentContext('Police said 12 people were hurt. "It was 40," said Ana Ruiz.')
>>> ctx.attribute(12, 14).source, ctx.attribute(40, 42)
('police', Attribution(source='Ana Ruiz', channel='', quote=True))
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

import regex

from workbench.extract.clause import is_plural, is_year_word
from workbench.extract.numbers import RE_DATELINE, first_dateline
from workbench.extract.structure import DocumentStructure, Tokens
from workbench.lexicon import alternation, trie_alternation
from workbench.lexicon import attribution as lex
from workbench.lexicon.metrics import VERB_FORMS
from workbench.lexicon.numbers import CARDINAL_WORDS, LEAD_IN_ENDS, MONTHS, WEEKDAYS
from workbench.lexicon.places import region_names
from workbench.lexicon.qualifiers import QUALIFIERS_BEFORE

# Continuing cues ("..., saying") are cues only right after a comma: see _clause_at.
_COMMA_ONLY_CUES = lex.CONTINUING_CUES - lex.REPORTING_VERB_SET
_CUES = lex.REPORTING_VERB_SET | _COMMA_ONLY_CUES
_CUE_PHRASES = {tuple(p.split()): p for p in lex.CUE_PHRASES}
_PHRASE_FIRST = frozenset(p.split()[0] for p in lex.CUE_PHRASES)
_CONTINUING = frozenset(c for c in lex.REPORTING_VERBS if c.endswith(lex.CONTINUING_SUFFIX))
_AUX = lex.CUE_AUXILIARIES
_TITLES = frozenset(lex.TITLES) | lex.TITLE_HEADS
_NOT_NAMES = frozenset(lex.NOT_NAMES)
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))
_WEEKDAYS = frozenset(WEEKDAYS)
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you"))
_NOMINATIVE = frozenset(("he", "she", "they", "we", "I"))  # pronouns that can only be subjects
_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some many most several both each "
    "all any no every another other such one following".split()
)
# Words of _BOUNDARY that may end a figure: "the $29.4 billion analysts had expected".
_FIGURE_TAILS = frozenset("thousand million billion trillion percent".split())
# Words that may follow a figure's digits: scales and common units ("5.5 pct", "4 mln dlrs").
_FIGURE_WORDS = _FIGURE_TAILS | frozenset(
    "% pct per cent mln bln bn m k dlrs dollars pounds euros yen points".split()
)
_MONEY_SIGNS = frozenset("$£€")  # a sign before a figure's digits: "$4.2 billion"
_QUANTIFIERS = frozenset(
    "one two three four five six seven eight nine ten dozens some many most several both each all none "
    "half majority members".split()
)
# Words that end a noun phrase walked leftwards: clause words, verbs of being, conjunctions.
_BOUNDARY = frozenset(
    "and or but nor as if when while because since after before than that which who whom whose where "
    "although though whereas unless until once "
    "is was are were be been being has have had do does did will would could should may might must can "
    "not to of in on at for from by with about into over under between against during without through "
    "below above beyond within "
    "said says say told tells thousand million billion trillion percent".split()
)
# Bounds that keep every lookup local, so hostile text (a sentence of a million characters) stays
# linear: no real clause needs more.
DOCUMENT_SUBJECT_REACH = 120  # characters from a sentence's start where a poll or report may open it
MAX_DOCUMENT_SUBJECT = 14  # tokens a document's subject phrase and its verb may take
PREVIOUS_SENTENCES = 2  # how far back "it" looks for a speaker when no sentence opened with a body
AUTHOR_SENTENCES = 8  # how far back "the report" looks for who spoke through a report
RELEASE_LEAD_SENTENCES = 2  # the sentences of a report's top (its headline first) whose body releases figures
MAX_DOCUMENT_LEAD = 40  # characters before a speaker where its document is named ("figures published by")
RE_DOCUMENT_BY = regex.compile(
    r"""
    \b(?P<head>[A-Za-z]+)\ +   # a document: "The report", "Weekly figures"
    (?:[a-z]+ed\ +)?           # perhaps a participle: "published", "received"
    (?:by|from|of)\ +          # and who wrote it: "by the US Pew Research Center"
    (?:the\ +)?\Z              # right before the speaker's name
""",
    regex.VERBOSE,
)
OBJECT_SENTENCES = 2  # sentences opened by "he" naming a person only as an object, passed over going back
MAX_SCAN = 200  # tokens scanned for where reported content ends, or for the main verb
MAX_DASH_LINE = 80  # characters of a signature line under a quotation ("- Sen. Bernie Sanders")
MAX_BLANK_LINES = 3  # blank lines between a lead-in paragraph and the block it introduces
MAX_TABLE_LINES = 80  # lines of a table (rows, headings, blank lines) walked back to its lead-in
MAX_TABLE_LINE = 100  # characters of a table's line: a longer line is prose
_FINITE_REACH = 14  # tokens after a weak cue where its clause's verb shows ("believes the plans ... would")
MAX_FIGURE_LEAD = 4  # words between "reports of" and its figure ("of as many as 300")
MAX_SUBJECT = 40  # tokens from a sentence's opening noun phrase to its verb, modifiers included
MAX_ADJUNCTS = 8  # adjuncts after a cue ("said on Tuesday in a statement")
MAX_NAME_WORDS = 12  # words of a name walked back from a cue
_TITLE_WORDS = _TITLES | lex.TITLE_MODIFIERS
TITLE_REACH = 40  # characters before a name read for its title ("Shadow chancellor Oliver Letwin")
_ANTECEDENT_BREAKS = frozenset(("and", "or", "but", *lex.FINITE_MARKERS))
# Lower-case words inside a name: "Bank of England", "Usines Renault" after "Regie Nationale des".
# ("&" only joins names of firms: "Procter & Gamble said" was "Gamble", "Johnson & Johnson" "Johnson")
_NAME_LINKS = frozenset("of for de des du da del della di der den van von al bin &".split())
_RE_PARTICLE_NAME = re.compile(rf"(?:{'|'.join(lex.NAME_PARTICLES)})[-'’][A-Z]")
_PARTICLE_FIRSTS = frozenset(p[0] for p in lex.NAME_PARTICLES)
_BODY_LINKS = frozenset(
    ("of", "for", "&")
)  # "Department of Health", "Centers for Disease Control", "Ernst & Young"
MAX_OWNER_WORDS = 6  # words of a possessive's owner ("the budget office's", "France Telecom's")
MAX_LIST_ITEM = 12  # tokens of a list item after a semicolon, read for a verb
MAX_SET_OFF = 4  # words between a parenthetical speaker's head and the comma before it
MAX_OPENING_NP = 8  # tokens of a sentence's opening noun phrase ("The Tory shadow chancellor")
MAX_TRAILING_ADJUNCT = 12  # tokens of "where or when" after a trailing speaker's cue
MAX_NAME_PARTS = 3  # capitalised words between a body's "of" and its "and" ("of Health and")
MAX_NOUN_FRAME_SPAN = 7  # tokens from a verb to the "at"/"to" of its estimate noun ("cut its forecast to")
MAX_FRAME_SPAN = 10  # tokens from a placing verb to its "at" ("put the hedging costs in 1985/86 at")
MAX_ADDRESSEE = 10  # tokens of whom a cue was said to ("wrote in a memo to the House committee")
MAX_DASH_ASIDE = 25  # words of an aside set off by dashes between a speaker and its cue
MAX_ASIDE_LEAD = 4  # words before an inverted cue set off by commas ("Profits, say analysts, will")
MAX_NAME_MODIFIERS = 3  # lower-case words between "the" and a name ("the state news agency Tass")
MAX_CAPITALS_NAME = 4  # words of a body's name written in capitals (longer: a capitals headline)
MAX_SUBJECTS_BACK = 12  # sentence subjects "it" looks back over for a body
MAX_CLAUSES_AROUND = 16  # clauses of a sentence weighed for one figure, on each side of it
MAX_LIST_ITEMS = 60  # list items walked back to their lead-in
MAX_PARAGRAPH_SENTENCES = 12  # sentences of a paragraph searched for a quotation's speaker
MAX_FIGURE_TO_AGENT = 12  # words between a passive cue and "by" its agent ("forecast at 4.5 pct by")
_CLAUSE_EDGES = frozenset(',;:()"“”')
_AGENT_GAP_STOPS = frozenset("and but or while which who that said says".split())
_WHEN_NAMES = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS, *lex.WHEN_NOUNS))
# Prepositions before "analyst forecasts", "market expectations": the cue word is a noun there.
# Words after "C, said X," that open what describes X, not more of C: "said Ann Lee, who ...".
_APPOSITION_LEADS = lex.APPOSITIVE_OPENERS | frozenset(("who", "which", "whose", "adding", "saying"))
_NOUN_CUE_LEADS = frozenset("below above beyond under over than with of to".split())
# What sets off a speaker who ends a sentence after its content: "C, a report says.", "C -- Reuter
# survey notes.", '"C," the minister claims.' A cue in -s that news writes more often as a noun
# (not in verb_forms.csv), right after a noun phrase that nothing sets off, is that phrase's noun:
# "Silk Road projects.", "Treasury notes.", "press reports."
_SET_OFF_MARKS = frozenset(
    (",", ";", ":", "(", "--", "-", "–", "—", '"', "”", "’", "'", "``", "''", "that", "which", "who", "as")
)  # ... or a relative's opener ("the 3 pct rise that the IMF forecasts."), or "as the FT reports."
# Words after a cited name that end it, so that the name is what is cited: "citing Reuters on Friday"
_CITED_LINKS = frozenset("of on in at as and or that which who to for from with by about".split())
_QUALIFIER_WORDS = frozenset(
    w for phrase in QUALIFIERS_BEFORE for w in phrase.split()
)  # "up to", "as many as"
_CARDINALS = frozenset(CARDINAL_WORDS)
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several few".split())
_QUOTE_MARKS = frozenset(("“", "”", '"', "''", "``", "‘", "’"))
_CLOSING = frozenset(("”", '"', "''", "’"))
_DASHES = frozenset(("-", "–", "—", "--"))
_CAP = r"[A-Z][\w'’.&-]*[\w]"  # a capitalised word, perhaps with a hyphen, an initial dot or "&" (AT&T)
_LINK_ALTERNATION = "|".join(sorted(_NAME_LINKS))
# initials inside a name: "Laurence A. Tisch", "George W. Bush" (one run, a person's name), "Telefon
# AB L.M. Ericsson" (holdout 39: the run ended at "L.M", and "the company" was "Telefon AB L.M")
# not a country's ("the U.S. Agriculture Department", "Esso U.K."): a place, kept apart
_COUNTRY_DOTTED = "|".join(re.escape(c) for c in sorted(lex.COUNTRY_INITIALS) if "." in c)
# nor initials ending a sentence: "... Philips N.V. The company said" (a sentence's opening word after)
_INITIALS = rf"(?!(?:{_COUNTRY_DOTTED})\.\ )(?:[A-Z]\.){{1,3}}\ (?!(?:{'|'.join(lex.SENTENCE_OPENERS)})\b)"
_CAP_RUN = (
    rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\ )?{_CAP}(?:\ (?:(?:{_LINK_ALTERNATION})\ |{_INITIALS})?{_CAP})*"
)
# stdlib re: plain pattern, 2.5x faster than regex here. Every run opens with a capital (a title or
# a name); said first, the engine skips to the next capital at once (finding all runs: twice as fast).
RE_NAME_RUN = re.compile(rf"(?=[A-Z]){_CAP_RUN}")


def _hint(*words: Iterable[str]) -> str:
    """What a case-insensitive hint pattern opens with: a word's start whose character can open one
    of ``words``. A necessary condition, tested before the prefix tree at each position: the stdlib
    engine rejects most positions with one class test (the hints ran 2.5 times faster)."""
    firsts = sorted({w[:1].lower() for group in words for w in group})
    return rf"\b(?=[{''.join(map(re.escape, firsts))}])"


# Words without which no estimate frame can stand in a sentence ("put the toll at", "cut its
# forecast to"): a placing verb or a frame noun, and "at" or "to".
_FRAME_WORDS = (*lex.PLACING_VERBS, *lex.ESTIMATE_FRAME_NOUNS)
RE_FRAME_HINT = re.compile(
    rf"{_hint(_FRAME_WORDS)}{trie_alternation(_FRAME_WORDS, fold=True)}\b", re.IGNORECASE
)
RE_AT_TO = re.compile(r"\b(?:at|to)\b")
# A share of people before a speaker: "51 percent of respondents said", "a third of voters say".
RE_RESPONDENTS_BEFORE = re.compile(r"(?:%|\bpercent|\bper\ cent|\bpct)\s+of\s+(?:the\s+|all\s+)?$")
# A document before "that"/"which" or "of": "a study that attributed", "reports of up to 300".
RE_DOCUMENT_NP_HINT = re.compile(
    rf"""{_hint(lex.DOCUMENT_HEADS, lex.HEARSAY_NOUNS)}
         (?:{trie_alternation(lex.PUBLISHING_HEADS, fold=True)}\ (?:that|which)  # a study that attributed
         |{trie_alternation(lex.HEARSAY_NOUNS, fold=True)}\ of                   # reports of up to 300
         |{trie_alternation(lex.DOCUMENT_HEADS, fold=True)}                      # a new poll showing
          \ (?:{trie_alternation(lex.DOCUMENT_GERUNDS, fold=True)}))\b""",
    re.IGNORECASE | re.VERBOSE,
)
RE_DOCUMENT_HINT = re.compile(
    rf"{_hint(lex.PUBLISHING_HEADS)}{trie_alternation(lex.PUBLISHING_HEADS, fold=True)}\b", re.IGNORECASE
)
# The hints above and RE_AT_TO match a word of theirs only as a whole run of word characters (\b on
# both sides), so a sentence whose runs, lower-cased, hold none of their words is not searched: one
# scan of the sentence for its runs instead of a search per hint, each trying every position.
_FRAME_SET = frozenset(_FRAME_WORDS)
_AT_TO = frozenset(("at", "to"))
_DOCUMENT_NP_HEADS = lex.DOCUMENT_HEADS | lex.HEARSAY_NOUNS
RE_WORD_RUN = re.compile(r"\w+")  # \w as the hints' \b reads it (the same engine)
# Letters beyond ASCII that the case-insensitive hints match with ASCII ones (all of them, found by
# trying every code point): where one occurs, lower-cased runs cannot stand for the hints' matches.
RE_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)


def _run_words(text: str, s: int, e: int) -> frozenset[str] | None:
    """The lower-cased runs of word characters in ``text[s:e]``; None where a letter beyond ASCII
    matches an ASCII one case-insensitively (the hints are then searched as they are)."""
    span = text[s:e]
    if not span.isascii() and RE_FOLDS_TO_ASCII.search(span):
        return None
    return frozenset(RE_WORD_RUN.findall(span.lower()))


def _may_hold(runs: frozenset[str] | None, words: frozenset[str]) -> bool:
    """Whether a hint whose words are ``words`` may match where the runs are ``runs``."""
    return runs is None or not runs.isdisjoint(words)


# Where a reporting clause may start, found in one scan of the sentence instead of a test per
# token: a listed cue, the first word of a cue phrase in any case, or a word ending in "-ed" (a
# that-complement, speech after a quotation, "as measured by"). A superset: every hit names the
# token that holds it, and that token then passes the same tests as before. Linear: the cue words
# are a prefix tree tried only at a word's start, and "-ed" is two characters.
RE_CUE_CANDIDATE = re.compile(
    rf"""
    (?<![A-Za-z])(?=[A-Za-z])                               # a word's start
    (?: (?:{trie_alternation(_CUES)})(?![\w-])               # a listed cue: said, told
      | (?:{trie_alternation(lex.PROGRESSIVE_CUES)})(?![\w-])  # (is) declaring
      | (?i:{trie_alternation(_PHRASE_FIRST, fold=True)})(?![\w-])  # According (to)
    )
  | ed(?![\w-])(?<=[a-z]ed)                                 # the end of a lowercase -ed word
  | s(?=\ that\b)(?<=[a-z]s)                                # an -s verb before "that" (reveals that)
""",
    re.VERBOSE,
)
# The tokens that can open a clause outside a frame, by the tests _find_clauses makes of them: a
# listed cue, a cue phrase's first word in any case, a lower-case -ed word, or a lower-case -s word
# before "that". RE_CUE_CANDIDATE is tried on these alone (from the token's start, reading at most
# CUE_LOOKAHEAD characters past its end: " that" and a boundary), not at every position of the
# sentence; a hit never spans two tokens, so the tokens it names are the same.
_CUE_OPENERS = _CUES | frozenset(lex.PROGRESSIVE_CUES) | _PHRASE_FIRST
CUE_LOOKAHEAD = 6


def _cue_candidates(text: str, toks: Tokens, e: int) -> list[int]:
    """The indices of the tokens of a sentence ending at ``e`` that may open a reporting clause and
    hold a hit of RE_CUE_CANDIDATE, in order."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    n = len(words)
    found = []
    for k, w in enumerate(words):
        if w in _CUE_OPENERS:
            pass
        elif w.islower():
            if not (w.endswith("ed") or (w.endswith("s") and k + 1 < n and words[k + 1] == "that")):
                continue
        elif not (w[:1].isupper() and w.lower() in _PHRASE_FIRST):
            continue
        hit = RE_CUE_CANDIDATE.search(text, starts[k], min(e, ends[k] + CUE_LOOKAHEAD))
        if hit is not None and hit.start() < ends[k]:
            found.append(k)
    return found


RE_WORD_AFTER_NAME = regex.compile(
    r"""\ (?:also\ |later\ |then\ )?              # "Kennedy also said"
    (?:(?:has|have|had|was|is|will|would)\ )?  # "Charles Kennedy has said"
    (?P<w>[a-z]+)""",
    regex.VERBOSE,
)
RE_PERSON_PRONOUN_OPENING = regex.compile(r"[\"“‘']?(?:He|She)\b")
# A preposition before a name, with at most two lower-case words between ("of brokers X", "at X"):
# the name is where a speaker works or is, not a subject.
RE_AFFILIATION_BEFORE = regex.compile(r"\b(?:of|at|from|with|for)\ (?:[a-z]+\ ){0,2}$")
# A name cited as the source of what follows: "According to Pat Ferguson, President of AMBO, work
# will begin in 2005. He added that ..." ("he" goes on with the source cited).
RE_CITED_BEFORE = regex.compile(r"\b[Aa]ccording\ to\ $")
RE_TRAILING_BRACKET = regex.compile(r"\([^)]*\)\s*$")
# An owner's noun of estimate or speech, up to two modifiers before it: " (recent, own) estimate".
_OWNED_CLAIM = rf"\ (?:[a-z-]+\ ){{0,2}}(?:{alternation(lex.POSSESSIVE_CLAIM_NOUNS)})"
RE_POSSESSIVE_CLAIM = regex.compile(
    rf"""
    (?P<subj>{_CAP_RUN}|(?:the|The)\ (?:[\w-]+\ ){{0,3}}[a-z]+)(?:’s|'s)   # Mr. Trump's, the office's
    {_OWNED_CLAIM}\b                                                    # (recent, own) estimate
    [^.;]{{0,30}}$                                                      # ... had risen to <figure>
""",
    regex.VERBOSE,
)
# Text every match of RE_POSSESSIVE_CLAIM holds (one of its nouns holds each, as written): a figure's
# window without any is not searched. NOTE: keep in sync with RE_POSSESSIVE_CLAIM.
_POSSESSIVE_CLAIM_CUES = tuple(
    noun
    for noun in lex.POSSESSIVE_CLAIM_NOUNS
    if not any(other != noun and other in noun for other in lex.POSSESSIVE_CLAIM_NOUNS)
)
# "compares with its latest forecast of a 150 mln stg shortage": a possessive pronoun's noun of
# estimate or speech, where no reporting clause covers the figure.
RE_PRONOUN_CLAIM = regex.compile(
    rf"""
    \b(?P<pron>its|their|his|her)                                        # its, their
    {_OWNED_CLAIM}                                                      # (latest) forecast
    \ (?:of|at)\b[^.;]{{0,24}}$                                         # of a <figure>
""",
    regex.VERBOSE,
)
_PRONOUN_OF_POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she"}
# Text every match of RE_PRONOUN_CLAIM holds (NOTE: its pronouns are these keys): a figure's window
# without any is not searched.
_PRONOUN_CLAIM_CUES = tuple(f"{pronoun} " for pronoun in _PRONOUN_OF_POSSESSIVE)
RE_CHANNEL = regex.compile(
    rf"""
    \b(?:on|told|to|with|via|in|through)\ (?:(?:his|her|its|their|the|a|an)\ )?
    (?:[a-z][\w-]*\ ){{0,4}}?(?P<ch>{alternation(lex.CHANNELS)})(?![\w])
""",
    regex.VERBOSE,
)
# A list item ("- Nursing vacancies: 312") takes the attribution of the lines that introduce it.
RE_INITIALS_BEFORE_NAME = regex.compile(r"\.\ [A-Z][a-z]")  # "R.M. Nicel": initials, then a name
RE_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])\ ")
_OWNER_PRONOUNS = frozenset("its their his her our my your".split())
# The first words of a role set off after a name: ", President of AMBO,", ", the Bank of America
# economist who".
RE_ROLE_AFTER_COMMA = regex.compile(r",\ (?P<words>(?:[\w.'’-]+\ ?){1,6})")
RE_WORD_AFTER = regex.compile(r"(?:['’]s)?\s+(?P<w>[a-z]+)")  # the word after a subject: its verb
# A table's row in wire copy: a column gap of two or more spaces before a figure ("HARD RED WINTER
# 1639    1635   54"); its heading: column gaps between words ("CURRENT  WEEK  YEAR").
RE_TABLE_ROW = regex.compile(r"\S[ \t]{2,}[-+(]?\.?\d")
RE_TABLE_HEADING = regex.compile(r"\S[ \t]{2,}\S")
# What a heading never holds and a prose line does: a comma, a semicolon or a colon before a space, a
# spaced dash, a full stop ("March 87  Feb 87    March 86" is a heading; "CHICAGO, April 7  - The").
RE_PROSE_MARK = regex.compile(r"[,;:]\s|\s[-–—]+\s|\.(?:\s|$)")
MAX_HEADING_WORDS = 8
# A lead-in that announces a table, whatever its last character: "The CFTC reported the following
# stocks of wheat ... in 000's bushels" (lex.TABLE_LEAD_INS).
RE_TABLE_LEAD_IN = regex.compile(rf"\b(?:{alternation(lex.TABLE_LEAD_INS)})\b", regex.IGNORECASE)
# A headline that names its source before a colon: "Minister: toll rises to 44".
RE_HEADLINE_SOURCE = regex.compile(
    rf"\A[ \t]*(?P<subj>(?:[A-Z][\w.'’-]*|(?i:{alternation(_TITLES)}))(?:\ [\w.'’-]+){{0,4}}):\ +\S"
)
# A body named by its role: "the defence ministry", "The agency" (later "it" may point to it).
_NOT_MODIFIERS = alternation(sorted(lex.DEFINITE_DETERMINERS | lex.OWNER_DETERMINERS | {"a", "an"}))
RE_NOMINAL_BODY = regex.compile(
    rf"""\b[Tt]he\ (?P<np>
        (?:(?!(?:{_NOT_MODIFIERS})\ )[a-z][\w-]*\ ){{0,2}}  # up to two modifiers, no second determiner:
        {trie_alternation(lex.BODY_HEADS)}                # not "the time the company", "the plan its board"
    )\b(?![’'\w-])""",
    regex.VERBOSE,
)
# What a sentence opens with, when it is a speaker-like noun phrase followed by a verb:
# "The defence ministry gave...", "Analysts at Pillar Research estimated...", "Streaming company
# Brightwave lost..." (a body named after its kind).
_OPENING_PREPOSITIONS = alternation((*lex.FRONTING_PREPOSITIONS, *lex.OBJECT_PREPOSITIONS))
_HEADS = trie_alternation(lex.SOURCE_HEADS)  # a prefix tree: 557 heads, tried at every sentence start
# A company's form ending its name ("Inc", "Corp", "Ltd"): a subject set off by an aside ("New
# United Motor Manufacturing Inc, a joint venture formed by ..., said") is the sentence's subject.
_COMPANY_ENDS = f"(?i:{alternation(sorted(lex.COMPANY_FORMS))})"
RE_SENTENCE_SUBJECT = regex.compile(
    rf"""
    [“"‘'(\s]*
    (?:
        <(?P<name>{_CAP_RUN})>(?!['’]s)                             # <Spectrum Inc>, as wires key a firm
      | (?:[A-Za-z][\w-]*\ ){{0,2}}(?:{_HEADS})\ (?P<named>{_CAP_RUN})        # company Brightwave
      | (?!(?i:{_OPENING_PREPOSITIONS})\ )                                   # not "Under the plan its board"
        (?P<nominal>(?:(?:The|the|A|An|Its|Their)\ )?
            (?:(?!(?:said|says|told)\b)[\w’'-]+\ ){{0,3}}?(?i:{_HEADS})       # not "Avery said its board"
            (?:\ (?:at|of|for|in)\ {_CAP_RUN})?)                                # analysts at X
      | (?P<name>{_CAP_RUN})                                                     # Ines Vidal
    )
    (?:’s|'s)?(?=\ (?:also\ |later\ |then\ |now\ )?[a-z]                     # then a verb,
      |(?<=\b(?:{_COMPANY_ENDS})\.?),\ [a-z]                                   # or a company's aside,
      |,\ (?:a|an)\ [a-z])                                                     # or a description's
""",
    regex.VERBOSE,
)
# A wire headline in capitals that names its source before a cue: "BURMA SAYS DEBT SERVICE RATIO
# FALLS TO 48.8 PCT", "IMF SEES INDUSTRIAL NATIONS GROWING ONLY 2.5 PCT", "FED'S JOHNSON SAYS ...".
_CAPS_WORD = rf"(?!(?:{alternation(w.upper() for w in lex.HEADLINE_SUBJECT_STOPS)})\b)[A-Z][A-Z0-9&.'’/-]*"
RE_CAPS_HEADLINE_SOURCE = regex.compile(
    rf"""
    \A[ \t]*(?P<subj>{_CAPS_WORD}                               # BURMA, FED'S
        (?:\ (?:{_CAPS_WORD}|<[A-Z0-9.]+>)){{0,4}}?)             # JOHNSON, <PMA>: five words at most
    (?:\ (?:{alternation(w.upper() for w in lex.HEADLINE_ADVERBS)}))?  # STILL
    \ (?:{alternation(w.upper() for w in lex.HEADLINE_CUES)})\b   # SAYS, SEES, EXPECTS
""",
    regex.VERBOSE,
)
RE_FRONTED_ADJUNCT = regex.compile(
    rf"""\s*[\"“‘']?(?i:{alternation(lex.FRONTING_PREPOSITIONS)})\ # a sentence opened by a preposition
    [^.,;:\n]{{1,200}},\ +                                    # its phrase, up to one comma
    (?i:the\ )?                                               # the subject's determiner
    """,
    regex.VERBOSE,
)
RE_TICKER = regex.compile(r"\ ?<[A-Z0-9.]+>")
# A headline that names its source after a colon at its end: "300,000 crossed this year: UN".
RE_HEADLINE_TRAILING_SOURCE = regex.compile(
    rf":\ +(?P<subj>(?:[A-Z][\w.'’&-]*\ ?){{1,4}}|(?:[a-z]+\ )?(?i:{_HEADS}))\s*$"
)
# A capitals headline's source after a closing dash: "... OIL OUTPUT CUT - MINISTRY", "... - USDA".
RE_CAPS_TRAILING_SOURCE = regex.compile(
    r"""
    \ [-–—]{1,2}\ +                      # the closing dash
    (?P<subj>[A-Z][A-Z.'’&]*(?:\ [A-Z][A-Z.'’&]*){0,3})  # MINISTRY, USDA REPORT, CENTRAL BANK
    \s*$
""",
    regex.VERBOSE,
)
RE_DASH_SPEAKER = regex.compile(rf"\s*[-–—]{{1,2}}\s*(?P<subj>(?:[\w.'’-]+\ ){{0,4}}{_CAP})\s*$")
_PERSON_BLOCKERS = lex.ORG_WORDS
_TITLE_OR_BODY = _TITLES | lex.ORG_WORDS  # what may end a title before a name
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ch", "ic")


# Capitalised words of a title-case headline before an owner: "Calls Trump's", "Reporting On Carson's".
_HEADLINE_FILLERS = _CUES | lex.PREPOSITIONS_IN_NAMES


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts a figure (empty: the article's own voice), where, and in a quote or not."""

    source: str
    channel: str
    quote: bool


@dataclass(frozen=True, slots=True)
class Clause:
    """A reporting clause: its speaker as written, the span that is not content (speaker and cue,
    with appositives between), and the content it governs, as offsets into the document."""

    subject: str
    kind: str  # pronoun | name | nominal
    skip_start: int  # speaker and cue: figures here are not what the clause reports
    skip_end: int
    content_start: int
    content_end: int
    channel: str = ""
    strong: bool = True  # a reliable cue; a weak one needs a clause after it
    reliability: float = 1.0  # how surely the cue reports speech (lexicon CUE_RELIABILITY)


def _before_dash_aside(words: list[str], j: int) -> int:
    """Where the words before an aside set off by dashes end, when ``words[j]`` closes it right
    before a cue ("But the figures - revised after an audit which led to the sacking of the firm's
    chief - showed"): the speaker stands before the aside, not inside it. ``j`` itself when no dash
    opens such an aside within MAX_DASH_ASIDE words (a dateline's dash is no aside's)."""
    for i in range(j - 2, max(0, j - 1 - MAX_DASH_ASIDE), -1):
        if words[i] in _DASHES:
            return i - 1 if i >= 1 and words[i - 1] not in _DASHES and not _dateline_dash(words, i) else j
    return j


def _dateline_dash(words: list[str], i: int) -> bool:
    """Whether the dash at ``words[i]`` ends a wire dateline ("LONDON, March 3 -"): a figure or a
    capitalised place right before it, at the sentence's start."""
    return i <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w == "," for w in words[:i])


def _table_speaker(subject: tuple[int, str, str, bool], verb: str) -> bool:
    """Whether a table lead-in's subject (``_sentence_subject``) speaks for the table: the subject
    of its verb (``verb``, the word after it: a cue, a form in -ed or a known verb; not "Average CD
    rates of city, trust and long-term banks -"), a body by its name's kind or an acronym ("The
    CFTC", "The Federal Home Loan Bank Board"), a person, or a speaker's head ("Brokers"), not a
    document's ("Country-by-country production figures")."""
    if not (verb in _CUES or verb.endswith("ed") or verb in VERB_FORMS):
        return False
    _, name, kind, _ = subject
    words = name.split()
    last = _strip_possessive(words[-1])
    if kind == "body":
        return last.lower() in lex.ORG_WORDS or (len(words) == 1 and last.isupper())
    return kind == "person" or (_speaker_head(last) and last.lower() not in _DOCUMENT_NP_HEADS)


def _table_speaker_clause(clause: Clause) -> bool:
    """Whether a reporting clause of a table's lead-in names who speaks for the table: its speaker's
    head may speak, or is a document a name owns ("Argentine grain board preliminary figures show"),
    and is not owned by a pronoun ("its short-term discount notes as follows:")."""
    words = clause.subject.split()
    if not words or words[0].lower() in _OWNER_PRONOUNS:
        return False
    last = _strip_possessive(words[-1])
    if last.lower() in _DOCUMENT_NP_HEADS:
        return any(_capitalised(w) for w in words[:-1])  # "Argentine grain board preliminary figures"
    return _speaker_head(last)


def _set_off_by_comma(clause: Clause, text: str) -> bool:
    """Whether a clause's speaker ends with a comma: an adjunct set off before the sentence's own
    speaker ("In a separate statement ...,", "In its World Production and Trade Report,"), which
    neither holds nor reports another clause."""
    return text[clause.skip_end - 1 : clause.skip_end] == ","


def _within_speaker(i: int, found: list[Clause], text: str) -> Clause:
    """``clause``, its content cut where another clause's cue ends when it is read inside that
    clause's speaker, an aside before its cue ("Priebus, in the wake of a new poll showing ... down to
    14 percent, told Fox News"; "the figures - revised after an audit which led to ... - showed"):
    what it reports stays inside the aside, and what follows the cue is the other's. Not inside an
    adjunct set off by a comma ("In a separate statement British Telecommunications said that it had
    signed a two-year," read as one clause's speaker). The clause is ``found[i]``; the
    MAX_CLAUSES_AROUND clauses on each side of it are asked, so a sentence of many clauses is read
    in linear time."""
    clause = found[i]
    for other in found[max(0, i - MAX_CLAUSES_AROUND) : i + MAX_CLAUSES_AROUND + 1]:
        if (
            other is not clause
            and not _set_off_by_comma(other, text)
            and other.subject != clause.subject  # "The CPB, forecasting a rise to 7.2 pct, urged": its own
            and other.skip_start < clause.skip_start
            and clause.skip_end <= other.skip_end
            and clause.content_end > other.skip_end
            and other.content_start >= other.skip_end  # the other reads on after its cue
        ):
            return replace(clause, content_end=other.skip_end)
    return clause


def _reported_within(n: int, clauses: list[Clause], text: str, singular: bool = False) -> bool:
    """Whether ``clause`` stands inside what another clause of its sentence reports ("It said a
    January survey put the area at ..."): the outer speaker, not the one it quotes, is what a later
    "it said" goes on with. Not when ``clause`` reports the other ("Industry demand continued to
    erode ..., the company said"), nor inside a source set off by a comma ("In its World Production
    and Trade Report, the department said": the department speaks through its report). With
    ``singular`` (for "it"), an outer plural ("Finance ministry officials said the Bank of Korea
    reported ... It said") cannot be what "it" goes on with, so the inner speaker stays. The clause
    is ``clauses[n]``, weighed against the MAX_CLAUSES_AROUND clauses on each side of it."""
    clause = clauses[n]
    for other in clauses[max(0, n - MAX_CLAUSES_AROUND) : n + MAX_CLAUSES_AROUND + 1]:
        if other is clause or _set_off_by_comma(other, text):
            continue
        if singular and other.kind == "nominal" and _plural_np(other.subject):
            continue
        holds = other.content_start <= clause.skip_start and clause.skip_end <= other.content_end
        if holds and not (clause.content_start <= other.skip_start < clause.content_end):
            return True
    return False


def _capitalised(word: str) -> bool:
    """A name's word: capitalised, or a capitalised name behind a lower-case particle ("al-Bader",
    "el-Sisi", "d'Estaing": news-bench has 110 "al-", 44 "d'", 7 "el-")."""
    return word[:1].isupper() or (word[:1] in _PARTICLE_FIRSTS and _RE_PARTICLE_NAME.match(word) is not None)


def _plural_np(phrase: str) -> bool:
    """Whether a speaker written as a noun phrase is plural by its head ("traders", "industry
    sources", "officials of the ministry", "police"), so "it" cannot stand for it."""
    words = phrase.split(" of ")[0].split()
    head = words[-1].lower() if words else ""
    return head in lex.PLURAL_HEADS or (head.isalpha() and is_plural(head))


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _strip_possessive(name: str) -> str:
    """ "Trump's" -> "Trump", "Reuters'" -> "Reuters" (two tests: called for every name run)."""
    if name.endswith(("’s", "'s")):
        return name[:-2]
    if name.endswith(("’", "'")):
        return name[:-1]
    return name


def _strip_title(tokens: list[str]) -> tuple[list[str], str]:
    """Drop leading titles and demonyms; return the rest and a gender guess from the honorific."""
    gender = ""
    after_title = False
    while tokens:
        low = tokens[0].lower().rstrip(".")
        if after_title and len(tokens) > 2 and (low in ("of", "for", "the") or low in lex.ORG_WORDS):
            tokens = tokens[1:]  # "Secretary of State Antony Blinken"
            continue
        if low in lex.PERSON_TITLES_MALE:
            gender = "m"
        elif low in lex.PERSON_TITLES_FEMALE:
            gender = "f"
        demonym = (
            tokens[0][:1].isupper()
            and len(tokens) > 2
            and (low in lex.DEMONYMS or low.endswith(_DEMONYM_ENDINGS))
        )
        # an acronym before a title or a name is a body's ("FBI Director James Comey"), not before one
        # word that ends the name with it ("RTL Info")
        titled = len(tokens) == 2 and (tokens[1].lower() in _TITLES or tokens[1].isupper())  # "IN JANUARY"
        acronym = tokens[0].isupper() and (len(tokens) > 2 or titled)
        if low in _TITLES or tokens[0] in _NOT_NAMES or demonym or acronym:
            after_title = low in _TITLES
            tokens = tokens[1:]
            continue
        break
    if not after_title and len(tokens) > 3:
        # a title inside the run after a body's name: "White House Budget Director James Miller"
        inside = [k for k in range(1, len(tokens) - 2) if tokens[k].lower().rstrip(".") in _TITLES]
        if inside and 2 <= len(tokens) - inside[-1] - 1 <= 3:
            name = tokens[inside[-1] + 1 :]
            if not any(t.lower() in _PERSON_BLOCKERS for t in name):
                return name, gender
    if after_title and len(tokens) > 3:
        heads = (k for k in range(len(tokens) - 2) if tokens[k].lower().rstrip(".") in _TITLE_OR_BODY)
        last = max(heads, default=-1)
        if last >= 0 and 2 <= len(tokens) - last - 1 <= 3:
            tokens = tokens[last + 1 :]  # "Chief Corporate Staff Officer Gary Tooker": past the last title
            # or body word ("President of the ... Coffee Trade Association Carlos Calmon")
    return tokens, gender


def _named_after_role(words: list[str]) -> str:
    """The name a role or body noun introduces: "the trade body Euroship" -> "Euroship"."""
    tail = len(words)
    while tail > 0 and _capitalised(words[tail - 1]):
        tail -= 1
    if 0 < tail < len(words) and words[tail - 1].lower() in lex.SOURCE_HEADS:
        return " ".join(words[tail:])
    return ""


def _before_of(tokens: list[str]) -> list[str]:
    """A name without the place or body it is "of": "Oskar Lind of Tarvala" -> "Oskar Lind"."""
    for i, t in enumerate(tokens[1:], start=1):
        if t in ("of", "for") and i >= 2:
            return tokens[:i]
    return tokens


class DocumentContext:
    """The attribution context of one document, built once and queried per figure."""

    def __init__(self, text: str, structure: DocumentStructure | None = None) -> None:
        self.text = text
        self.doc = structure or DocumentStructure(text)
        self._clauses: dict[int, list[Clause]] = {}
        self._previous_speakers: dict[tuple[int, bool], tuple[str, int]] = {}
        self._document_authors: dict[tuple[int, str], str] = {}
        self._release_authors: dict[int, str] = {}  # sentence -> who released the figures it reads
        self._previous_roles: dict[int, tuple[str, int]] = {}
        self._clause_starts: dict[int, list[tuple[int, int]]] = {}  # for sentences with many clauses
        self._block_leads: dict[int, Clause | None] = {}  # per paragraph
        self._quote_speakers: dict[int, tuple[str, str]] = {}  # (speaker, channel) of each quotation asked
        self._surnames: dict[str, str | None] = {}  # surname -> fullest name, for those asked (_fullest)
        self._raw_subjects: dict[int, tuple[int, str, str, bool] | None] = {}  # per sentence read
        self._named_before: dict[int, str] = {}  # sentence -> the body named by the last opening before it
        self._subject_before: dict[int, int] = {}  # sentence -> the last sentence up to it with a subject
        self._subject_after: dict[int, int] = {}  # sentence -> where a walk forward from it goes on
        self._bodies: list[tuple[int, str]] = []  # organisations named in the runs read so far (bodies)
        self._bodies_words: list[frozenset[str]] = []  # the lower-case words of each
        self._bodies_read = 0  # runs read for them
        self._body_names: dict[str, bool] = {}  # name -> whether a run names it as a body (asked ones)
        self._body_words: dict[str, bool] = {}  # word -> whether a body's name holds it (asked ones)
        self._nominal_search: Iterator[regex.Match] | None = None  # bodies named by role, read on demand
        self._nominal_next: regex.Match | None = None
        self._nominal_bodies: list[tuple[int, str]] = []
        self._nominal_words: list[frozenset[str]] = []
        self._resolved: dict[tuple[str, str, int, int | None], str] = {}  # resolve's answers, per speaker

    # --- structure (kept for callers) --------------------------------------------------------
    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.doc.sentence_at(pos)

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        return self.doc.paragraph_at(pos)

    # --- people and bodies, read on demand ------------------------------------------------------
    def _person_run(self, m: re.Match[str]) -> tuple[list[str], bool, str] | None:
        """What a capitalised run names as a person: its name's words, whether it reads as a
        person's full name (``personlike``) and a gender from its honorific; None for no name. A
        run of one word is a mention only, wherever its name is known ("Sen. Cruz", "chief Reyes")."""
        group = m.group()
        if " " not in group:
            word = _strip_possessive(group)
            if word in _NOT_NAMES or word.lower().rstrip(".") in _TITLES:
                return None
            return [word], True, ""
        words = _strip_possessive(group).split()
        owned = "'" in group or "’" in group  # a possessive's mark, which most runs lack
        owner = next((i for i, w in enumerate(words) if _possessive(w)), None) if owned else None
        if owner is not None:
            # "the Post's Ed O'Keefe" names O'Keefe; "Obama's Affordable Care Act" names
            # Obama, and "Calls Trump's" in a title-case headline names Trump
            after = words[owner + 1 :]
            if len(after) >= 2 and not any(t.lower() in _PERSON_BLOCKERS for t in after):
                words = after
            else:
                words = [*words[:owner], _strip_possessive(words[owner])]
            cut = max((i for i, t in enumerate(words) if t.lower() in _HEADLINE_FILLERS), default=-1)
            words = words[cut + 1 :] or words  # "Network's Reporting On Carson": Carson
        tokens, gender = _strip_title(words)
        tokens = _before_of(tokens)
        while len(tokens) > 1 and (tokens[0] in _WEEKDAYS or tokens[0].lower() in lex.DEICTIC_DAYS):
            tokens = tokens[1:]  # "On Thursday Rangers said", "Today Reagan said": a day, then the name
        if not tokens:
            return None
        if len(tokens) == 1:
            return tokens, True, gender  # a lone word: a mention wherever its name is known
        before = self.text[max(0, m.start() - 14) : m.start()].split()
        prev = before[-1].lower() if before else ""
        if (
            prev == "to"
            and len(before) > 1
            and before[-2].lower() == "according"
            and self._titled_after(m.end())
        ):
            prev = ""  # "According to Pat Ferguson, President of AMBO,": a person cited by role
        titled = len(words) > len(tokens) or prev in _TITLES
        blocked = not _PERSON_BLOCKERS.isdisjoint(map(str.lower, tokens)) or tokens[0] in lex.CHANNELS
        blocked = blocked or not _BODY_LINKS.isdisjoint(tokens)  # "One of Trump's": no person's name
        personlike = not blocked and (
            titled or (len(tokens) >= 2 and prev not in lex.PREPOSITIONS_IN_NAMES and prev != "the")
        )
        return tokens, personlike, gender

    def _titled_after(self, pos: int) -> bool:
        """Whether a role set off after a name at ``pos`` makes it a person's ("Pat Ferguson, President
        of AMBO,", "Daniel Van Dyke, the Bank of America economist who", "Eugene Krenzler, wheat
        specialist for"; not "Merrill Lynch, prices will"): a person's role among the first words
        after its comma (``_person_role``)."""
        m = RE_ROLE_AFTER_COMMA.match(self.text, pos)
        return m is not None and any(_person_role(w.lower()) for w in m["words"].split())

    @cached_property
    def people(self) -> tuple[dict[str, str], list[tuple[int, str, str]]]:
        """Surname -> fullest name, and every mention of a person as (position, name, gender)."""
        full: dict[str, str] = {}
        genders: dict[str, str] = {}
        titled: dict[str, str] = {}  # a surname named only with an honorific: "Lord Browne" -> "Browne"
        raw: list[tuple[int, list[str], bool]] = []
        for m in self._name_runs:
            read = self._person_run(m)
            if read is None:
                continue
            tokens, personlike, gender = read
            words = m.group().split()
            office = len(words) >= 2 and words[-2].lower().rstrip(".") in lex.OFFICE_TITLES
            if office and len(tokens) > 1 and tokens[-2] == words[-2]:
                tokens = tokens[-1:]  # "Energy Minister Subroto": the name after the office
            lower_office = len(words) == 1 and words[0] not in _CALENDAR and self._after_office(m.start())
            # ("Energy minister Subroto"; not "The finance minister Monday said")
            raw.append((m.start(), tokens, personlike))
            if personlike and 2 <= len(tokens) <= 4:
                surname = tokens[-1]
                if len(tokens) > len(full.get(surname, "").split()):
                    full[surname] = " ".join(tokens)
            elif len(tokens) == 1 and (((gender or office) and " " in m.group()) or lower_office):
                # "Lord Browne", "Mr. Zelensky", "President Suharto": the surname
                titled.setdefault(_strip_possessive(tokens[0]), _strip_possessive(tokens[0]))
            if gender:
                genders[tokens[-1]] = gender
        for surname, name in titled.items():
            full.setdefault(surname, name)  # "BP chief executive Lord Browne ... he said": a person
        mentions = [
            (pos, full[tokens[-1]], genders.get(tokens[-1], ""))
            for pos, tokens, personlike in raw
            if tokens[-1] in full and (personlike or len(tokens) == 1)
        ]
        return full, mentions

    def _after_office(self, pos: int) -> bool:
        """Whether a lower-case title of office stands right before ``pos``: "Indonesian Energy
        minister Subroto", as wire copy keys it."""
        before = self.text[max(0, pos - 24) : pos].split()
        return bool(before) and before[-1].islower() and before[-1].rstrip(".") in lex.OFFICE_TITLES

    @cached_property
    def _runs_of_words(self) -> list[tuple[str, re.Match[str]]]:
        """The capitalised runs of more than one word, with their text: only these give a full name."""
        return [(g, m) for m in self._name_runs if " " in (g := m.group())]

    def _fullest(self, surname: str) -> str | None:
        """The fullest name the document gives the person of ``surname`` (``people``'s first part),
        looked up from the runs that hold the surname's letters, once per surname, not from every
        run: most documents ask for a few surnames and name many people and places."""
        if "people" in self.__dict__:
            return self.people[0].get(surname)
        if surname not in self._surnames:
            best = titled = None
            for group, m in self._runs_of_words:
                if surname not in group:
                    continue  # every name a run gives is made of its words
                read = self._person_run(m)
                if read is None:
                    continue
                tokens, personlike, gender = read
                longer = len(tokens) > len(best.split() if best else ())
                if personlike and 2 <= len(tokens) <= 4:
                    if tokens[-1] == surname and longer:
                        best = " ".join(tokens)
                elif len(tokens) == 1 and gender and tokens[0] == surname and titled is None:
                    titled = surname  # as ``people``: "Lord Browne" gives "Browne"
            if best is None and titled is None:
                lone = (m for m in self._runs_holding(surname) if _strip_possessive(m.group()) == surname)
                lone = (m for m in lone if surname not in _CALENDAR)
                titled = surname if any(self._after_office(m.start()) for m in lone) else None
            self._surnames[surname] = best or titled
        return self._surnames[surname]

    def _body_of(self, m: re.Match[str]) -> str:
        """The organisation a capitalised run names (a name with a body word, or an acronym), or ""."""
        text = self.text
        dateline = self._dateline
        if dateline and dateline.start() <= m.start() < dateline.end():
            return ""  # "OSLO, March 3 -": where the report was filed, not who speaks
        words = _strip_possessive(m.group()).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            return ""
        acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
        acronym = acronym and words[0].lower() not in _TITLES  # "the CEO" is a person's role
        acronym = acronym and words[0] not in lex.COUNTRY_INITIALS  # "U.S. sales": a place
        initials = "." in words[0] and RE_INITIALS_BEFORE_NAME.match(text, m.end()) is not None
        initials = initials or (
            "." in words[0] and text[max(0, m.start() - 2) : m.start()] == ", "
        )  # "Raleigh, N.C."
        acronym = acronym and not initials  # "its R.M. Nicel property": a name's initials
        bracketed = acronym and (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]) in (
            ("(", ")"),
            ("<", ">"),
        )
        if bracketed:
            return ""  # "UAL Inc (UAL)", "Porsche AG <PSHG.F>": another name for what precedes
        if len(words) > MAX_CAPITALS_NAME and all(w.isupper() for w in words):
            return ""  # "QUEENSLAND PRESS BOARD RECOMMENDS MURDOCH OFFER": a headline, not a name
        if acronym or (len(words) > 1 and any(w.lower() in lex.ORG_WORDS or w == "&" for w in words)):
            return " ".join(words)
        before = text[max(0, m.start() - 24) : m.start()].split()[-1:]
        if before and before[0].lower() in lex.BODY_HEADS:  # "company Brightwave"
            return " ".join(words)
        return ""

    @cached_property
    def _dateline(self) -> regex.Match | None:
        return first_dateline(self.text)  # RE_DATELINE's search within DATELINE_REACH, at line starts

    def bodies(self, before: int) -> list[tuple[int, str]]:
        """Every mention of an organisation named before ``before`` (and maybe some after), in order.
        Runs are read once, in order, as far as a figure asks: a document's later names are read
        only when a figure there needs a body."""
        runs = self._name_runs
        i = self._bodies_read
        while i < len(runs) and runs[i].start() < before:
            name = self._body_of(runs[i])
            if name:
                self._bodies.append((runs[i].start(), name))
                self._bodies_words.append(frozenset(name.lower().split()))
            i += 1
        self._bodies_read = i
        return self._bodies

    def _runs_holding(self, letters: str) -> Iterable[re.Match[str]]:
        """The capitalised runs whose text holds ``letters``: the only ones whose body or person
        names can be or hold them (every name a run gives is made of its words)."""
        return (m for group, m in self._run_texts if letters in group)

    @cached_property
    def _run_texts(self) -> list[tuple[str, re.Match[str]]]:
        return [(m.group(), m) for m in self._name_runs]

    def _is_body_name(self, name: str) -> bool:
        """Whether the document names an organisation ``name`` anywhere (for "the company")."""
        if not name:
            return False  # every body has a name
        if name not in self._body_names:
            self._body_names[name] = any(self._body_of(m) == name for m in self._runs_holding(name))
        return self._body_names[name]

    @cached_property
    def _name_runs(self) -> list[regex.Match]:
        """Every capitalised run of the text, found once for the people and the bodies."""
        return list(RE_NAME_RUN.finditer(self.text))

    @cached_property
    def _titled_people(self) -> dict[str, list[tuple[int, str]]]:
        """Title -> the people the document names with it, in order: "Shadow chancellor Oliver
        Letwin" files Oliver Letwin under "shadow chancellor", "Chancellor Gordon Brown" Gordon Brown
        under "chancellor", for "the shadow chancellor said" later (exact titles only)."""
        found: dict[str, list[tuple[int, str]]] = {}
        text = self.text
        for m in self._name_runs:
            if " " not in m.group():
                continue  # one word: no title and a name of two words
            words = _strip_possessive(m.group()).split()
            tokens, _ = _strip_title(words)
            if len(tokens) < 2 or len(tokens) > 4 or not _BODY_LINKS.isdisjoint(tokens):
                continue
            title = [w.lower().rstrip(".") for w in words[: len(words) - len(tokens)]]
            before = text[max(0, m.start() - TITLE_REACH) : m.start()].split()
            while before and before[-1].isalpha() and before[-1].lower() in _TITLE_WORDS:
                title.insert(0, before.pop().lower())
            title = [w for w in title if w not in lex.HONORIFICS]
            if title and title[-1] in _TITLES:
                found.setdefault(" ".join(title), []).append((m.start(), " ".join(tokens)))
        return found

    def _titled_person(self, role: str, pos: int) -> str:
        """The person last named with title ``role`` before ``pos`` ("shadow chancellor"), or ""."""
        key = role.lower()
        if key.rsplit(" ", 1)[-1] not in _TITLES:
            return ""  # every title filed ends with one of _TITLES: "the company" has no one (index unbuilt)
        people = self._titled_people.get(key)
        if not people:
            return ""
        i = bisect.bisect_left(people, (pos,)) - 1
        return self.full_name(people[i][1]) if i >= 0 else ""

    def nominal_bodies(self, before: int) -> list[tuple[int, str]]:
        """Every body named by its role before ``before`` ("the national statistics office"), for "the
        office" later, in order: one search of the document, read on as far as a figure asks."""
        found = self._nominal_bodies
        if self._nominal_search is None:  # the search starts when a figure first asks
            self._nominal_search = RE_NOMINAL_BODY.finditer(self.text)
            self._nominal_next = next(self._nominal_search, None)
        while self._nominal_next is not None and self._nominal_next.start() < before:
            m = self._nominal_next
            found.append((m.start(), m["np"]))
            self._nominal_words.append(frozenset(m["np"].lower().split()))
            self._nominal_next = next(self._nominal_search, None)
        return found

    def subjects(self) -> list[tuple[int, str, str]]:
        """The speaker-like subject of each sentence, in order: (position, name, kind), kind one of
        person, body (a name), described (a body by its role: "the national statistics office") or
        plural. Figures read them one sentence at a time (``_subject``); this is the whole list."""
        found = (self._subject(i) for i in range(len(self.doc.sentences[0])))
        return [entry for entry in found if entry is not None]

    def _subject(self, i: int) -> tuple[int, str, str] | None:
        """The subject of sentence ``i`` (see ``subjects``): "the company" alone stands for the body
        the last sentence opening with a body's name named ("Olin Corp said ... The company said")."""
        raw = self._raw_subject(i)
        if raw is None:
            return None
        position, written, kind, generic = raw
        if generic:
            named_body = self._named_body_before(i)
            if named_body:
                return position, named_body, "body"
        return position, written, kind

    def _subjects_back(self, pos: int) -> Iterator[tuple[int, str, str]]:
        """The sentence subjects that stand before ``pos``, nearest first: each sentence is read once,
        when a figure first walks back to it, not every sentence of the document."""
        if not self.doc.sentences[0]:
            return
        i = self._subject_at_or_before(self.doc.sentence_index(pos))
        while i >= 0:
            entry = self._subject(i)
            if entry is not None and entry[0] < pos:
                yield entry
            i = self._subject_at_or_before(i - 1)

    def _subject_from(self, i: int, last: int) -> int:
        """The first sentence from sentence ``i`` up to ``last`` that has a subject, or one after
        ``last``; the sentences passed over are passed over once."""
        walked = []
        while i <= last:
            if i in self._subject_after:
                i = self._subject_after[i]  # none from i up to there
                continue
            if self._raw_subject(i) is not None:
                break
            walked.append(i)
            i += 1
        for k in walked:
            self._subject_after[k] = i
        return i

    def _subject_at_or_before(self, i: int) -> int:
        """The last sentence up to sentence ``i`` that has a subject, or -1: the sentences between are
        passed over once (a long run of sentences without one would otherwise be walked per figure)."""
        walked = []
        found = -1
        while i >= 0:
            if i in self._subject_before:
                found = self._subject_before[i]
                break
            if self._raw_subject(i) is not None:
                found = i
                break
            walked.append(i)
            i -= 1
        for k in walked:
            self._subject_before[k] = found
        return found

    def _named_body_before(self, i: int) -> str:
        """The body named by the last sentence before sentence ``i`` that opens with a body's name."""
        walked = []
        j = i - 1
        found = ""
        while j >= 0:
            if j in self._named_before:  # what sentence j has before it: known from an earlier walk
                found = self._named_before[j]
                raw = self._raw_subject(j)
                if raw is not None and raw[2] == "body":
                    found = raw[1]
                break
            raw = self._raw_subject(j)
            if raw is not None and raw[2] == "body":
                found = raw[1]
                break
            walked.append(j)
            j -= 1
        self._named_before[i] = found
        for k in walked:
            self._named_before[k] = found  # nothing opened with a body's name between k and i
        return found

    def _raw_subject(self, i: int) -> tuple[int, str, str, bool] | None:
        """The subject of sentence ``i`` as it reads alone (read once): (position, name, kind,
        whether it is a generic body alone, "the company", for ``_subject`` to resolve)."""
        if i not in self._raw_subjects:
            self._raw_subjects[i] = self._sentence_subject(self.doc.sentences[0][i], self.doc.sentences[1][i])
        return self._raw_subjects[i]

    def _sentence_subject(self, s: int, e: int, the_name: bool = False) -> tuple[int, str, str, bool] | None:
        """The subject of the sentence ``s:e`` as it reads alone, if it has one (see ``_raw_subject``).
        With ``the_name``, a name after "The" too ("The CFTC reported the following", a lead-in)."""
        text = self.text
        if text[s : s + 1].isupper() and text[s + 1 : s + 2].isupper():
            dateline = RE_DATELINE.match(text, s, e)  # "BUENOS AIRES, Oct 20 - X set ..."
            s = dateline.end() if dateline else s
        elif self._dateline is not None and self._dateline.start() == s:
            s = self._dateline.end()  # "Toronto, Feb 26 - X said", as some wire copy is keyed
        m = RE_SENTENCE_SUBJECT.match(text, s, min(e, s + 120))
        if m is None:
            return None
        if m["named"] or m["name"]:
            name = m["named"] or m["name"]
            if the_name and name.startswith("The ") and not m["named"]:
                name = name[4:]
            if name.split()[0] in _NOT_NAMES:
                return None
            single = m["name"] and " " not in name and not self._known_name(name)
            if single and _strip_possessive(name) not in self._names_inside_sentences:
                return None  # "Prices were set ...": a capitalised opener, not a body
            role = text[m.start() : m.start("named")].split()[-1:] if m["named"] else []
            titled = bool(role) and role[0].lower() in _TITLES  # "board chairman Peter Schutz"
            kind = "person" if self._is_person(name) and (titled or not m["named"]) else "body"
            written = self.full_name(name) if kind == "person" else _strip_possessive(name)
            return m.start(), written, kind, False
        np = m["nominal"]
        words = np.split()
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if any(w in lex.VERB_FORMS for w in words[:-1]):
            return None  # "This takes the Bank's total help to": a verb, not a body's name
        head = np.split(" at ")[0].split(" of ")[0].split()[-1].lower()
        if head in lex.TITLE_HEADS:
            return None  # "The minister said": a person, resolved by he or she
        kind = "plural" if head.endswith("s") and not head.endswith("ss") else "described"
        generic = len(words) == 1 and head in lex.GENERIC_BODIES
        return m.start(), " ".join(words), kind, generic

    def full_name(self, name: str) -> str:
        """The fullest name the document gives a person ("Mr. Trump" -> "Donald Trump"); a body's
        name stays whole ("The European Investment Bank" -> "European Investment Bank")."""
        words = _strip_possessive(name).split()
        institution = "and" in words and _and_in_name(words, words.index("and"))
        if len(words) > 1 and (institution or any(w.lower() in lex.ORG_WORDS for w in words[1:])):
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            return " ".join(words) or name
        tokens = _before_of(_strip_title(words)[0])
        if not tokens:
            return name
        return self._fullest(tokens[-1]) or " ".join(tokens)

    def _is_person(self, name: str) -> bool:
        tokens = _before_of(_strip_title(_strip_possessive(name).split())[0])
        return bool(tokens) and len(tokens) <= 4 and self._fullest(tokens[-1]) is not None

    def _last_person(self, pos: int, gender: str) -> tuple[str, int]:
        """The person a pronoun points to, and where named: the subject of the nearest sentence
        naming a fitting person ("Mr. Biden met Mr. Shmyhal. He said"), else the last one named;
        ("", -1) if none."""
        _, mentions = self.people
        i = bisect.bisect_left(mentions, (pos,)) - 1
        lowest = max(-1, i - 200)  # bounded: a pronoun points back a few sentences, not a book
        i = self._fitting_mention(mentions, i, lowest, gender)
        if i <= lowest:
            return "", -1
        first = mentions[i]
        for _ in range(OBJECT_SENTENCES + 1):
            sentence = self.doc.sentence_index(mentions[i][0])
            best, role_found, speaker = mentions[i], False, None
            j = i
            while j > lowest and self.doc.sentence_index(mentions[j][0]) == sentence:
                fits = not gender or not mentions[j][2] or mentions[j][2] == gender
                quoted = (
                    self.doc.quote_at(mentions[j][0]) is not None
                )  # "the Nakasone/Reagan talks," she said
                role = self._subject_role(mentions[j][0]) if fits and not quoted else ""
                if role:
                    best, role_found = mentions[j], True
                if role == "speaker":
                    # the sentence's first speaker: "Gordon Brown has failed ..., Charles Kennedy has
                    # said" is Kennedy; "Tom Sneddon told the court that Mr Jackson had shown" is Sneddon
                    speaker = mentions[j]
                j -= 1
            if role_found or j <= lowest or not self._opens_with_person_pronoun(sentence):
                best = speaker or best
                return best[1], best[0]
            # "He met President Suharto. He said": the name is an object; "he" goes on further back
            i = self._fitting_mention(mentions, j, lowest, gender)
            if i <= lowest:
                break
        return first[1], first[0]

    def _fitting_mention(self, mentions: list[tuple[int, str, str]], i: int, lowest: int, gender: str) -> int:
        """The last mention from ``i`` back (above ``lowest``) of the pronoun's gender, outside quotations
        (a name inside a quotation is what was said, not who is speaking)."""
        while i > lowest and (
            (gender and mentions[i][2] and mentions[i][2] != gender)
            or self.doc.quote_at(mentions[i][0]) is not None
        ):
            i -= 1
        return i

    def _opens_with_person_pronoun(self, sentence: int) -> bool:
        """Whether sentence number ``sentence`` opens with "he" or "she" (its subject, not a name)."""
        s = self.doc.sentences[0][sentence]
        return RE_PERSON_PRONOUN_OPENING.match(self.text, s) is not None

    def _subject_role(self, pos: int) -> str:
        """Whether the name at ``pos`` is a subject: "speaker" before a cue ("Kennedy has said"),
        "subject" when it opens its sentence or comes before a past form, else ""."""
        s, _ = self.doc.sentence_at(pos)
        if RE_AFFILIATION_BEFORE.search(self.text, max(s, pos - 30), pos):
            return ""  # "Paul Spedding of brokers Kleinwort Grieveson noted": where the speaker works
        if RE_CITED_BEFORE.search(self.text, max(s, pos - 13), pos):
            return "speaker"  # "According to Pat Ferguson, ...": the source the sentence cites
        run = RE_NAME_RUN.match(self.text, pos)
        after = RE_WORD_AFTER_NAME.match(self.text, run.end(), run.end() + 30) if run else None
        owned = run is not None and run.group().endswith(("’s", "'s"))
        if after and not owned and after["w"] in _CUES and not after["w"].endswith("ing"):
            return "speaker"  # not "The Reagan Administration is considering"
        if not self.text[s:pos].strip(" “\"'‘"):
            return "subject"
        return "subject" if after and not owned and after["w"].endswith("ed") else ""

    def _last_body(
        self, pos: int, plural: bool = False, named_from: int | None = None, subjects_only: bool = False
    ) -> tuple[str, int]:
        """The body "it" (or, with ``plural``, "they") points to, and where it was named: the nearest
        earlier sentence subject that is a body (or a plural group), else (unless ``subjects_only``)
        the last organisation named. From ``named_from`` on, only a name counts: "The March average
        of M-2 rose 0.8 pct, it said" (what a sentence measures is not its trailing "it")."""
        subject_pos, subject = -1, ""
        for n, (position, name, kind) in enumerate(self._subjects_back(pos)):
            if n == MAX_SUBJECTS_BACK:
                break
            own = named_from is not None and position >= named_from and kind != "body"
            if not own and (kind in ("body", "described") or (plural and kind == "plural")):
                subject_pos, subject = position, name
                break
        if subjects_only:
            return subject, subject_pos
        bodies = self.bodies(pos)
        j = bisect.bisect_left(bodies, (pos,)) - 1
        if j >= 0 and bodies[j][0] > subject_pos and not subject:
            return bodies[j][1], bodies[j][0]
        return subject, subject_pos

    def _previous_speaker(self, pos: int, singular: bool = False) -> tuple[str, int]:
        """The last speaker named, not a person, in the PREVIOUS_SENTENCES before ``pos``, and where
        it was named: "X set new prices, an official statement said. It said ..." (no sentence
        opened with a body). With ``singular`` (for "it"), no plural noun: "the department said
        traders indicated ... It said" is the department."""
        i = self.doc.sentence_index(pos)
        key = (i, singular)
        if key not in self._previous_speakers:  # once per sentence, however many figures ask
            found = ("", -1)
            for j in range(i - 1, max(-1, i - 1 - PREVIOUS_SENTENCES), -1):
                clauses = self.clauses(j)
                for n in range(len(clauses) - 1, -1, -1):
                    clause = clauses[n]
                    if _reported_within(n, clauses, self.text, singular):
                        continue  # "It said a January survey put ...": the survey is what "it" reported
                    owned = clause.subject.lower().split()
                    if singular and owned[:1] == ["its"] and owned[-1] not in lex.DOCUMENT_HEADS:
                        continue  # "Under the plan its board declared ... It said": what "its" means
                    # (not "its annual report said. It said": the report)
                    body = clause.kind == "name" and not self._is_person(clause.subject)
                    nominal = clause.kind == "nominal" and not (singular and _plural_np(clause.subject))
                    if nominal or body:
                        name = self.resolve(clause.subject, clause.kind, clause.skip_start)
                        found = (name, clause.skip_start)
                        break
                if found[0]:
                    break
            self._previous_speakers[key] = found
        return self._previous_speakers[key]

    def _document_author(self, pos: int, head: str) -> str:
        """Who spoke through the document "the <head>" at ``pos`` names: the resolved speaker of the
        last clause in the AUTHOR_SENTENCES before whose speaker or cue names that document ("The
        report by the US Pew Research Center reveals ...", "NAPM said in a report", "The Commerzbank
        statement added"), or "". A bare "the report" there names nobody new and is passed over, so
        no lookup leads to another. Answered once per sentence and head."""
        i = self.doc.sentence_index(pos)
        key = (i, head)
        if key not in self._document_authors:
            found = ""
            for j in range(i - 1, max(-1, i - 1 - AUTHOR_SENTENCES), -1):
                for clause in reversed(self.clauses(j)):
                    found = self._author_through(clause, head, self.doc.sentences[0][j])
                    if found:
                        break
                if found:
                    break
            self._document_authors[key] = found
        return self._document_authors[key]

    def _release_author(self, i: int) -> str:
        """The body that released the figures sentence ``i`` reads in another version ("Totally
        unadjusted figures show ..." after "..., the statistics department said"): the last body that
        spoke in the AUTHOR_SENTENCES before it, past sentences that read the same release, when it
        spoke in the report's lead (RELEASE_LEAD_SENTENCES); or "".
        Each sentence walked is answered with it, so a report of many such sentences is read once."""
        if i in self._release_authors:
            return self._release_authors[i]
        found, walked, budget, j = "", [i], AUTHOR_SENTENCES, i - 1
        while j >= 0 and budget > 0:
            if j in self._release_authors:
                found = self._release_authors[j]
                break
            clauses = self.clauses(j)
            releases = [c for c in clauses if _release_version(c.subject.split())]
            bodies = [c for c in clauses if c not in releases and self._releasing_body(c)]
            if bodies:  # only the body of the report's lead releases figures: "WELLINGTON, March 31 -
                # ..., the statistics department said" (not "The market had feared ..." further down)
                found = self.resolve(bodies[-1].subject, bodies[-1].kind, bodies[-1].skip_start)
                if j > RELEASE_LEAD_SENTENCES and found != self._lead_body:
                    found = ""
                break
            walked.append(j)
            budget = AUTHOR_SENTENCES if releases else budget - 1  # the release goes on
            j -= 1
        for k in walked:
            self._release_authors[k] = found
        return found

    @cached_property
    def _lead_body(self) -> str:
        """The body that speaks first in the report's top RELEASE_LEAD_SENTENCES, resolved, or ""."""
        for j in range(min(RELEASE_LEAD_SENTENCES + 1, len(self.doc.sentences[0]))):
            bodies = [c for c in self.clauses(j) if self._releasing_body(c)]
            if bodies:
                return self.resolve(bodies[0].subject, bodies[0].kind, bodies[0].skip_start)
        return ""

    def _releasing_body(self, clause: Clause) -> bool:
        """Whether a clause's speaker is one body that may release figures: a name not a person's, or
        a role that speaks ("the statistics department"); not a document ("non-smoothed figures"),
        nor people who comment on them ("Money market sources", "trade ministry officials")."""
        words = clause.subject.split()
        head = words[-1].lower() if words else ""
        if not head or _plural_np(clause.subject):
            return False
        if clause.kind == "name":
            return not self._is_person(clause.subject)
        return clause.kind == "nominal" and _can_speak(head) and head not in lex.DOCUMENT_HEADS

    def _author_through(self, clause: Clause, head: str, s: int) -> str:
        """The named speaker of ``clause`` (in the sentence starting at ``s``) when it speaks through
        the document ``head``: named in its speaker or cue ("The Commerzbank statement added", "NAPM
        said in a report") or right before it ("The report by the US Pew Research Center"); else ""."""
        spoken = self.text[clause.skip_start : clause.skip_end].lower().split()
        by = RE_DOCUMENT_BY.search(
            self.text, max(s, clause.skip_start - MAX_DOCUMENT_LEAD), clause.skip_start
        )
        led = by is not None and by["head"].lower() == head
        subject = [w.lower() for w in clause.subject.split() if w.lower() not in _DETERMINERS]
        if (head not in spoken and not led) or subject == [head]:
            return ""  # another document, or a bare "the report" that names nobody new
        name = self.resolve(clause.subject, clause.kind, clause.skip_start)
        owner = [w for w in name.lower().split() if w != head]
        if len(owner) == 1 and owner[0] in lex.GENERIC_BODIES:
            name = self._fuller_body(owner[0], clause.skip_start)  # "A company statement said": the company
        named = any(_capitalised(w) for w in name.split()) and name.lower() not in _PRONOUNS
        # a name: not "workers at its plant" (what the studies were on), nor a pronoun left unresolved
        return name if named and head not in name.lower().split() else ""

    def _previous_role(self, pos: int) -> tuple[str, int]:
        """A person named by role who spoke in the PREVIOUS_SENTENCES before ``pos``, and where: "A
        bank official told Reuters ... He said", "A spokesman for the UK Film Council said ... He
        added" (the role is the head before "of" or "for"); ("", -1) if none."""
        i = self.doc.sentence_index(pos)
        if i not in self._previous_roles:  # once per sentence
            found = ("", -1)
            for j in range(i - 1, max(-1, i - 1 - PREVIOUS_SENTENCES), -1):
                for clause in reversed(self.clauses(j)):
                    words = _role_words(clause.subject.split())
                    if clause.kind == "nominal" and words and _person_role(words[-1].lower()):
                        found = (
                            self.resolve(clause.subject, clause.kind, clause.skip_start),
                            clause.skip_start,
                        )
                        break
                if found[0]:
                    break
            self._previous_roles[i] = found
        return self._previous_roles[i]

    def _person_pronoun(self, pos: int, pronoun: str) -> str:
        """Whom "he" or "she" at ``pos`` points to: the person last named, unless a person named by
        role spoke since, introduced as someone new ("Gemma Jackson was shortlisted. A spokesman for
        the council said ... He added": the spokesman); "" if neither."""
        gender = lex.PRONOUNS_PERSON[pronoun]
        person, named_at = self._last_person(pos, gender)
        role, said_at = self._previous_role(pos)
        if role and _role_gender(role) not in ("", gender):
            role = ""  # "A spokesman for the hospital said ... She said": not the spokesman
        if role and said_at > named_at and (named_at < 0 or self._new_person(said_at, named_at)):
            return role
        return person or role

    def _unnamed_spokesperson(self, pos: int) -> str:
        """Whom "he" or "she" at ``pos`` means when the document names no person before it (as the
        people index reads names): the speaker after the content of a sentence in the report's top
        RELEASE_LEAD_SENTENCES ("Malaysia has decided ..., deputy Minister of Energy ... Zainal Abidin
        Zin said. He told reporters"), else the body its lead names as speaking, for an unnamed
        official ("Shin-Etsu Chemical Co Ltd said it had developed ... output will rise to 10 tonnes,
        he said": holdout 63's annotator named the company); "" if neither."""
        _, mentions = self.people
        if mentions and mentions[0][0] < pos:
            return ""
        for j in range(min(RELEASE_LEAD_SENTENCES + 1, len(self.doc.sentences[0]))):
            trailing = [c for c in self.clauses(j) if c.content_end <= c.skip_start < pos]
            if trailing:  # the speaker after the lead's content speaks for all of it; one person, no group
                clause = trailing[-1]
                return (
                    ""
                    if _plural_np(clause.subject)
                    else self.resolve(clause.subject, clause.kind, clause.skip_start)
                )
        lead = self._lead_body
        return lead if lead and not self._is_person(lead) else ""

    def _new_person(self, said_at: int, named_at: int) -> bool:
        """Whether a role speaking at ``said_at`` is someone other than the person named at
        ``named_at``: it is introduced as new ("A spokesman for the council said"; "the Republican
        candidate said" points back) in a later sentence ("Greg Raiff, chief executive of X, said"
        is Raiff)."""
        indefinite = self.text[said_at : said_at + 3].lower().startswith(("a ", "an "))
        return indefinite and self.doc.sentence_index(said_at) > self.doc.sentence_index(named_at)

    # --- resolution ---------------------------------------------------------------------------
    def resolve(self, subject: str, kind: str, pos: int, trailing_from: int | None = None) -> str:
        """A speaker as written -> the fullest name the document gives it (pronouns resolved). A
        pronoun speaking after its content (", it said.") names no role the sentence opened with
        (from ``trailing_from``, the sentence's start). Answered once per speaker and place: the
        figures of one clause ask the same (wire copy has 1.8 figures a sentence)."""
        key = (subject, kind, pos, trailing_from)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve(subject, kind, pos, trailing_from)
        return found

    def _resolve(self, subject: str, kind: str, pos: int, trailing_from: int | None) -> str:
        subject = subject.strip(" ,-–—")  # "a grumpy Trump -- angry at..., stood by"
        low = subject.lower()
        if kind == "pronoun":
            if low in lex.PRONOUNS_PERSON:
                return self._person_pronoun(pos, low) or self._unnamed_spokesperson(pos) or subject
            if low in ("it", "they", "we"):
                if trailing_from is not None:
                    own = self._raw_subject(self.doc.sentence_index(pos))
                    if own is not None and own[2] == "body" and own[0] < pos and not self._owner_only(own):
                        return own[1]  # "Chrysler Corp will recall 50,000 vehicles, it said"
                speaker, said_at = self._previous_speaker(pos, singular=low == "it")
                body, named_at = self._last_body(pos, plural=low != "it", named_from=trailing_from)
                if speaker and (said_at > named_at or trailing_from is not None):
                    # "According to analysis firm Technorati, ... It now estimates"; "X said ...
                    # The purchase will be funded ... to the Pratt Group, it said": a pronoun
                    # speaking after its content goes on with the last speaker
                    return speaker
                if body or speaker:
                    return self._fuller_body(body, named_at) if body else speaker
                leading = low == "it" and trailing_from is None  # not ", it said": a name may be a person
                return (self._own_name(pos) if leading else "") or subject
            return subject
        words = subject.split()
        if kind == "nominal":
            definite = bool(words) and words[0].lower() in lex.DEFINITE_DETERMINERS
            while words and words[0].lower() in _DETERMINERS:
                words = words[1:]
            if not words:
                return subject
            if _release_version(words):
                author = self._release_author(self.doc.sentence_index(pos))
                if author:
                    return author  # "The statistics department said ... Unadjusted figures show"
            if definite and len(words) == 1 and words[0].lower() in lex.DOCUMENT_HEADS:
                author = self._document_author(pos, words[0].lower())
                if author:
                    # "The report by the US Pew Research Center ... The report reveals" -> "US Pew
                    # Research Center report": who spoke, and through what (PolNeAR's gold names
                    # "The poll", a news gold set the Center)
                    return f"{author} {words[0].lower()}"
            if _capitalised(words[0]) and words[0].lower() in lex.SOURCE_HEADS and len(words) == 1:
                words = [words[0].lower()]  # "Officials said" at a sentence start
            named = _named_after_role(words)
            if named:
                return named  # "the tracking firm AppGauge" -> "AppGauge"
            nominal = " ".join(words)
            titled = self._titled_person(nominal, pos)
            if titled:
                return titled  # "Shadow chancellor Oliver Letwin ... The shadow chancellor said"
            return self._fuller_body(nominal, pos)
        named = _named_after_role(words)
        if named and not self._is_person(named):
            return named  # "the trade body Euroship" -> "Euroship"
        return self.full_name(subject)

    def _owner_only(self, own: tuple[int, str, str, bool]) -> bool:
        """Whether a sentence's subject name is written as a possessive, the owner of its subject and
        not the subject: "South Korea's cumulative commitments amount to 2.5 mln tonnes, up 1.5 mln
        ..., it said" is the department that spoke before (holdout 47), not South Korea."""
        at = self.text.find(own[1], own[0], own[0] + len(own[1]) + 40)
        end = at + len(own[1])
        return at >= 0 and self.text[end : end + 1] in ("'", "’")

    def _own_name(self, pos: int) -> str:
        """What an "it" with no body or speaker before it stands for: the name its sentence opens
        with, which "it" shows is no person ("Standard Trustco said it expects earnings to rise 15
        pct", a name with no body word; news-bench gave 61 figures the bare "it"), else ""."""
        own = self._raw_subject(self.doc.sentence_index(pos))
        if own is None or own[0] >= pos:
            return ""
        words = own[1].split()
        named = len(words) > 1 and all(_capitalised(w) for w in words)  # "Stanley Works", not "Officials"
        return own[1] if own[2] in ("person", "body") or (own[2] == "plural" and named) else ""

    def _fuller_body(self, nominal: str, pos: int) -> str:
        """ "the agency" -> "International Renewable Energy Agency", "the office" -> "national
        statistics office", when the document named that body before; "the company" -> the last
        organisation named."""
        words = nominal.split()
        if not words or len(words) > 2 or not words[-1].islower():
            return nominal
        head = words[-1].lower()
        bodies = self.bodies(pos)
        nominal_bodies = self.nominal_bodies(pos)
        for mentions, word_sets in ((bodies, self._bodies_words), (nominal_bodies, self._nominal_words)):
            i = bisect.bisect_left(mentions, (pos,)) - 1
            for j in range(i, max(-1, i - 50), -1):
                name = mentions[j][1]
                if head in word_sets[j] and len(name) > len(nominal):
                    return name
        if head in lex.GENERIC_BODIES and len(words) == 1:
            opening = self._before_fronted_adjunct(pos)
            if opening < pos and self._body_named_between(opening, pos):
                # "In a filing with the SEC, the group said": not the SEC; a body an earlier sentence
                # opened with, if any, else the group as written
                subject, _ = self._last_body(opening, subjects_only=True)
                return subject or nominal
            named, _ = self._last_body(pos)
            words_of = named.split()
            proper = all(w[:1].isupper() for w in words_of) and (
                len(words_of) > 1 or named in self._names_inside_sentences  # "Nokia", written mid-sentence
            )
            if (proper or self._is_body_name(named)) and not _is_place(named):  # not "About", "Earlier"
                return named  # "Olin Corp said ... The club said": the body a sentence named before
            i = bisect.bisect_left(bodies, (pos,)) - 1  # (``bodies`` read above, the same list)
            if named and " " not in named:
                # "Caltex Petroleum Corp said ... Caltex, a joint venture of Chevron Corp and Texaco
                # INC, said ... the company said": the fuller name of the subject, not the last named
                fuller = (
                    b
                    for _, b in reversed(bodies[max(0, i - MAX_SUBJECTS_BACK) : i + 1])
                    if named in b.split()
                )
                full = next((b for b in fuller if b != named), "")
                if full:
                    return full
            while i >= 0 and _is_place(bodies[i][1]):
                i -= 1  # "of Research Triangle Park, N.C.": a place, not the company
            return bodies[i][1] if i >= 0 else nominal
        return nominal

    def _before_fronted_adjunct(self, pos: int) -> int:
        """The start of the sentence when a subject at ``pos`` follows a fronted adjunct ("In a filing
        with the Securities and Exchange Commission, the group said"), else ``pos``."""
        s, _ = self.sentence_at(pos)
        dateline = RE_DATELINE.match(self.text, s, pos)  # "WASHINGTON, March 3 - In a filing with ..."
        adjunct = RE_FRONTED_ADJUNCT.match(self.text, dateline.end() if dateline else s, pos)
        return s if adjunct is not None and adjunct.end() == pos else pos

    def _body_named_between(self, start: int, end: int) -> bool:
        """Whether an organisation is named between ``start`` and ``end``: in a fronted adjunct it is
        whom the subject dealt with, and the body "the group" means is then not known for sure."""
        bodies = self.bodies(end)
        i = bisect.bisect_left(bodies, (end,)) - 1
        return i >= 0 and bodies[i][0] >= start

    # --- reporting clauses --------------------------------------------------------------------
    def clauses(self, sentence: int) -> list[Clause]:
        """The reporting clauses of sentence number ``sentence``, in order (found once)."""
        if sentence not in self._clauses:
            self._clauses[sentence] = self._find_clauses(sentence)
        return self._clauses[sentence]

    def _find_clauses(self, sentence: int) -> list[Clause]:
        toks = self.doc.tokens(sentence)
        words = toks.words
        s, e = self.doc.sentences[0][sentence], self.doc.sentences[1][sentence]
        found: list[Clause] = []
        runs = _run_words(self.text, s, e)
        # frames ("put the toll at") are tried only where a frame's words occur at all
        frames = (
            _may_hold(runs, _FRAME_SET)
            and RE_FRAME_HINT.search(self.text, s, e) is not None
            and _may_hold(runs, _AT_TO)
            and RE_AT_TO.search(self.text, s, e) is not None
        )
        n = len(words)
        if frames:  # a frame may start at any lowercase word: test them all
            candidates: Iterable[int] = range(n)
        else:
            candidates = _cue_candidates(self.text, toks, e)
        next_k = 0
        for k in candidates:
            if k < next_k:
                continue
            w = words[k]
            span = 0
            if w in _CUES:
                span = 1
            first = w in _PHRASE_FIRST or (w[:1].isupper() and w.lower() in _PHRASE_FIRST)
            if first and k + 1 < n and (w.lower(), words[k + 1].lower()) in _CUE_PHRASES:
                addressed = span and w.lower() in lex.SPEECH_TO_VERBS and _addressee(words, k + 1)
                span = 1 if addressed else 2  # "said to the crowd that", not the phrase "said to"
            if (
                not span
                and w in lex.PROGRESSIVE_CUES
                and (_after_be(words, k) or _after_subordinator(words, k))
            ):
                span = 1  # "Clinton is declaring that", "after revealing debts of"
            if not span and w.islower():
                if frames:
                    span = _estimate_frame(words, k)
                if not span and w.endswith(("ed", "s")):
                    span = _that_complement(words, k) or _speech_after_quote(words, k) or _as_by(words, k)
            if span:
                before = words[k - 1] if k > 0 else ""
                after_determiner = (
                    before.lower() in _DETERMINERS
                    or _possessive(before)
                    or before.lower() in lex.MEASURE_MODIFIERS
                )  # "the forecast", "Gore's estimate", "a half percentage point to 2%": nouns
                if (
                    not after_determiner
                    and not _document_noun_before_of(words, k)
                    and self.doc.quote_at(toks.starts[k]) is None
                ):
                    clause = self._clause_at(toks, k, k + span, s, e, found)
                    if clause is not None:
                        if RE_RESPONDENTS_BEFORE.search(
                            self.text, max(s, clause.skip_start - 30), clause.skip_start
                        ):
                            # "51 percent of respondents said": the poll's answer, not a source; a
                            # survey framing the sentence ("According to a survey, ...") speaks
                            clause = replace(clause, reliability=0.0)
                        found.append(clause)
            next_k = k + max(span, 1)
        survey = self._survey_frame(toks, s, e)
        if survey is not None:
            found.insert(0, survey)
        final = self._final_clause(toks, s, e, found)
        if final is not None:
            found.append(final)
        if not found and self._opening_may_hold_document(runs, s, e):
            document = self._document_subject_clause(toks, s, e)
            if document is not None:
                found.append(document)
        if _may_hold(runs, _DOCUMENT_NP_HEADS) and RE_DOCUMENT_NP_HINT.search(self.text, s, e):
            found.extend(self._document_np_clauses(toks, e))
        if len(found) > 1:
            found = [_within_speaker(i, found, self.text) for i in range(len(found))]
        return self._pronouns_of_their_speakers(found)

    def _pronouns_of_their_speakers(self, found: list[Clause]) -> list[Clause]:
        """ "The central bank said it expected 6%": a pronoun opening what a speaker said is that
        speaker ("it" a body, "they" a plural noun), not the last body named before."""
        for n in range(1, len(found)):
            inner, outer = found[n], found[n - 1]
            low = inner.subject.lower()
            if inner.kind != "pronoun" or outer.kind == "pronoun" or low not in lex.PRONOUNS_BODY:
                continue
            if self.text[outer.content_start : inner.skip_start].strip() not in ("", "that"):
                continue  # not where the speaker's words begin
            plural = outer.kind == "nominal" and _plural_np(outer.subject)
            fits = (low == "they") == plural and not (outer.kind == "name" and self._is_person(outer.subject))
            if fits:
                found[n] = replace(inner, subject=outer.subject, kind=outer.kind)
        return found

    def _opening_may_hold_document(self, runs: frozenset[str] | None, s: int, e: int) -> bool:
        """Whether the sentence's opening (DOCUMENT_SUBJECT_REACH) names a document: RE_DOCUMENT_HINT,
        searched only where the sentence's runs hold one of its words."""
        text, reach = self.text, min(e, s + DOCUMENT_SUBJECT_REACH)
        if runs is not None and reach < e:
            cut = reach
            while cut > s and (text[cut - 1].isalnum() or text[cut - 1] == "_"):  # \w, as the engine's
                cut -= 1
            runs = runs | {text[cut:reach].lower()}  # a word the reach cuts: its first part is a run there
        if not _may_hold(runs, lex.PUBLISHING_HEADS):
            return False
        return RE_DOCUMENT_HINT.search(text, s, reach) is not None

    def _document_np_clauses(self, toks: Tokens, e: int) -> list[Clause]:
        """Documents that report inside a noun phrase: "a university study that attributed 2,975
        deaths to the storm", "reports of up to 300 dead". The document is the source of its
        relative clause, or of the figure its "of" names; such a clause yields to any reporting
        clause around it (reliability 0.5: "officials said reports of 300 dead were false")."""
        words, starts, ends = toks.words, toks.starts, toks.ends
        out: list[Clause] = []
        for h in range(len(words) - 2):
            head = words[h].lower()
            if head not in lex.DOCUMENT_HEADS and head not in lex.HEARSAY_NOUNS:
                continue
            nxt, verb = words[h + 1].lower(), words[h + 2]
            relative = nxt in ("that", "which") and head in lex.PUBLISHING_HEADS
            if relative and verb.islower() and verb.endswith(("ed", "s")) and verb not in _BOUNDARY:
                content_end = _clause_end(toks, h + 3, e)
            elif words[h + 1] in lex.DOCUMENT_GERUNDS and head in lex.DOCUMENT_HEADS:
                content_end = _clause_end(toks, h + 2, e)  # "a new poll showing Trump down to 14 percent"
            elif nxt == "of" and head in lex.HEARSAY_NOUNS and _figure_follows(words, h + 2):
                content_end = ends[min(len(words) - 1, h + 2 + MAX_FIGURE_LEAD + 2)]
            else:
                continue
            np = _np_ending_at(words, h) or (h, h, "nominal")
            first, last, kind = np
            if (
                words[h + 1] in lex.DOCUMENT_GERUNDS
                and first >= 2
                and words[first - 1] in lex.AUTHORING_PARTICIPLES
            ):
                author = _np_left(words, first - 2)  # "the central bank released growth figures showing"
                if author is not None and author[2] != "pronoun":
                    first, last, kind = author
            subject = self._span_text(toks, first, last)
            out.append(
                Clause(subject, kind, starts[first], ends[h + 1], ends[h + 1], content_end, "", True, 0.5)
            )
        return out

    def _survey_frame(self, toks: Tokens, s: int, e: int) -> Clause | None:
        """ "In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats
        said ...": a poll or report framing the sentence speaks for all of it."""
        words = toks.words
        if not words or words[0] not in ("In", "in"):
            return None
        for c in range(2, min(len(words), MAX_DOCUMENT_SUBJECT)):
            if words[c] != ",":
                continue
            np = _np_right(words, 1, c, open_slot=True)
            if np is None or not any(w.lower() in lex.PUBLISHING_HEADS for w in words[1:c]):
                return None
            first, last, kind = np
            head = next((h for h in range(first, last + 1) if words[h].lower() in lex.PUBLISHING_HEADS), last)
            author = (
                _np_right(words, c + 1, len(words))
                if words[head].lower() in lex.AUTHORED_STATEMENTS
                else None
            )
            if author is not None and author[2] == "name":
                # "In a statement, Miller called the proposal ...": the statement is the name's
                first, head, kind = author
            subject = self._span_text(toks, first, head)  # "a survey released Thursday": the survey
            return Clause(subject, kind, toks.starts[0], toks.ends[c], toks.ends[c], e)
        return None

    def _document_subject_clause(self, toks: Tokens, s: int, e: int) -> Clause | None:
        """ "The current AP count gives her 1,280 delegates", "A Field Poll in May put his support at
        5 percent": a poll, count or report opening the sentence is the source of what its verb
        says, whatever the verb."""
        words = toks.words
        for v in range(1, min(len(words), MAX_DOCUMENT_SUBJECT)):
            w = words[v]
            nxt = words[v + 1] if v + 1 < len(words) else ""
            possession = w in ("has", "had") and nxt != "" and not nxt.endswith(("ed", "en"))
            if not possession and (not (w.islower() and w.isalpha()) or w in _BOUNDARY or w.lower() in _AUX):
                continue  # "Wednesday's Quinnipiac poll has Clinton leading": "has" as a verb of its own
            regular = w.endswith(("ed", "s")) and not w.endswith("ss")
            sets = w in lex.IRREGULAR_OBJECT_VERBS and not nxt[:1].isdigit()  # not "took 12 months"
            if not regular and w not in lex.IRREGULAR_REPORTING and not sets:
                continue  # not "The report brought total imports": "imports" read as its verb
            np = _np_left(words, v - 1)
            opens = np is not None and (
                np[0] == 0 or words[np[0] - 1] == "," or words[np[0] - 1] in lex.NEW_CLAUSE_LINKS
            )
            if not opens:
                continue  # "He is a blip in national polls, but in Iowa, a survey had him at 4 percent"
            if not any(t.lower() in lex.PUBLISHING_HEADS for t in words[np[0] : np[1] + 1]):
                continue
            if w.lower() in lex.POLL_METHOD_VERBS or any(
                t.lower() in lex.POLL_METHOD_NOUNS for t in words[v + 1 : v + 5]
            ):
                return None  # "The poll surveyed 1,000 adults", "has a margin of error of": its method
            if w.lower() in lex.MEASURE_CHANGE_VERBS and (nxt[:1].isdigit() or nxt.lower() in ("by", "to")):
                return None  # "the weekly rig count rose 19 to 100": the count is the measure
            first, last, kind = np
            subject = self._span_text(toks, first, last)
            return Clause(subject, kind, toks.starts[first], toks.ends[v], toks.ends[v], e)
        return None

    def _final_clause(self, toks: Tokens, s: int, e: int, found: list[Clause]) -> Clause | None:
        """ "C, the weather service recorded." A speaker and a verb closing the sentence after a
        comma report what precedes them, whatever the verb."""
        words = toks.words
        v = len(words) - 1
        while v >= 0 and not words[v].isalpha():
            v -= 1
        while v >= 2 and (_capitalised(words[v]) or words[v].lower() in ("on", "in", "at", "last", "this")):
            v -= 1  # "... recorded on Tuesday."
        if v < 2 or not words[v].islower() or not words[v].endswith(("ed", "s")) or words[v] in _BOUNDARY:
            return None
        if words[v].endswith("s") and words[v] not in _CUES:
            return None  # "... they never voted in general elections.": a plural noun, not "says"
        if any(c.skip_start <= toks.starts[v] < c.skip_end for c in found):
            return None
        np = _np_left(words, v - 1)
        if np is None or np[0] == 0 or not (words[np[0] - 1] == "," or words[np[0] - 1] in _CLOSING):
            return None  # '..., the weather service recorded.' or '"...," Tom Reyes lamented.'
        first, last, kind = np
        article = words[first].lower() in ("the", "a", "an")  # "..., the weather service recorded."
        if (
            words[v] not in _CUES
            and kind == "nominal"
            and not article
            and words[last].lower() not in lex.SOURCE_HEADS
        ):
            return None  # "..., no learning curve required."
        skip_start = toks.starts[first]
        return Clause(self._span_text(toks, first, last), kind, skip_start, toks.ends[v], s, skip_start)

    def _clause_at(
        self, toks: Tokens, k: int, k_end: int, s: int, e: int, found: list[Clause]
    ) -> Clause | None:
        words, starts, ends = toks.words, toks.starts, toks.ends
        cue = " ".join(words[k:k_end]).lower()
        if cue in lex.PROGRESSIVE_CUES and _after_subordinator(words, k):
            # "The firm gained protection in 2003 after revealing debts of 14bn euros": the
            # sentence's subject speaks through the participle
            opening = _opening_np(words, k)
            if opening is None:
                return None
            o_first, o_last, o_kind = opening
            skip = ends[k]
            return Clause(
                self._span_text(toks, o_first, o_last),
                o_kind,
                starts[k],
                skip,
                skip,
                _clause_end(toks, k + 1, e),
            )
        progressive = cue in lex.PROGRESSIVE_CUES and _after_be(words, k)
        if progressive:
            cue = lex.PROGRESSIVE_CUES[cue]  # "is telling" reports as "tells" does
        n = len(words)
        rest = k_end  # the first token after the cue
        # a mined adjective after "be" ("is confident that", "is busy") or a change verb ("a figure
        # that has doubled") reports only a clause that opens right after it
        participle = cue.endswith(("ed", "en")) or cue in lex.IRREGULAR_PARTICIPLES
        adjectival = not progressive and not participle and " " not in cue and not cue.endswith("ing")
        adjectival = adjectival and _after_be(words, k)
        if adjectival and not (rest < n and (words[rest] in ("that", ":") or words[rest] in _QUOTE_MARKS)):
            return None  # "..., when her line is busy, and ..."
        if cue in lex.CHANGE_ONLY_CUES and (
            not _clause_follows(words, rest) or (rest < n and words[rest][:1].isdigit())
        ):
            return None  # "while Royal declined 4p to 945 as did ...": the amount it moved by
        if cue in _COMMA_ONLY_CUES and not _after_comma(words, k):
            return None  # "kept saying", "noting": a continuing cue hands on a speaker after a comma
        cue_start, cue_end = starts[k], ends[k_end - 1]
        if cue == "according to":
            return self._source_after(toks, rest, cue_start, s, e)
        if cue == "citing":  # a speaker or a document is cited, a reason is not: "citing low demand"
            cited = _np_right(words, rest, n, open_slot=True)
            if cited is None or not (cited[2] != "nominal" or _can_speak(words[cited[1]])):
                return None
            follower = words[cited[1] + 1] if cited[1] + 1 < n else ""
            if (
                _capitalised(words[cited[1]])
                and follower.isalpha()
                and follower.islower()
                and follower not in _CITED_LINKS
            ):
                return None  # "citing U.S. pressure", "citing Japanese competition": the name modifies a noun
            return self._source_after(toks, rest, cue_start, s, e, cited)
        lead = k - 1
        while lead >= 1 and words[lead].lower() in _AUX and words[lead].islower():
            lead -= 1  # "as already announced by"
        if (
            cue.endswith("ed")
            and words[rest : rest + 1] == ["by"]
            and (lead < 0 or words[lead] in ("as", "As", ","))
            and (lead < 0 or words[lead] != "," or lead < 1 or words[lead - 1].lower() != "as")
        ):
            return self._source_after(toks, rest + 1, cue_start, s, e)  # "As reported by X, C"
        reports = cue in lex.FIGURE_AGENT_PARTICIPLES
        by = (
            rest + 1
            if reports and rest + 1 < n and words[rest].endswith("ly") and words[rest].islower()
            else rest
        )
        if cue.endswith(("ed", "forecast")) and words[by : by + 1] == ["by"] and k > 0:
            # "rises of 7.3 pct against 5.5 pct estimated by X"; a participle that reports a figure
            # reaches past a unit and an adverb: "the 480 mln marks announced recently by Volkswagen"
            figure = _figure_before(words, k - 1, units=reports)
            if figure is not None:
                agent = _np_right(words, by + 1, n, open_slot=True)
                if agent is None:
                    return None
                a_first, a_last, a_kind = agent
                if _time_phrase(words, a_first):
                    return None  # "the 20 pct rise expected by March", "by the end of the season": when
                # the agent ends before a time: "by Tokyo last week", "by Shell U.K. Ltd Friday"
                a_last = _before_time(words, a_first, a_last)
                subject = self._span_text(toks, a_first, a_last)
                return Clause(subject, a_kind, cue_start, ends[a_last], starts[figure], cue_start)
        j = k - 1
        passive = timed = False
        auxiliary = progressive  # "is declaring" is a verb, never a noun
        while j >= 0:
            # "bankers here estimate": after a speaker's head (a mined role, an agent noun or a name),
            # not after a verb ("who were there said", "who lives there said")
            place = words[j] in lex.PLACE_ADVERBS and j >= 1 and _speaker_head(words[j - 1])
            place = place and not (j >= 2 and words[j - 2].lower() == "who")  # "who lives there": a verb
            adverb = words[j].endswith("ly") or place  # "bankers here estimate"
            if _auxiliary(words, j) or (adverb and words[j].islower()):
                passive = passive or (words[j].lower() in lex.PASSIVE_AUXILIARIES and not progressive)
                auxiliary = auxiliary or words[j].lower() in lex.PERFECT_AUXILIARIES  # "has forecast"
                j -= 1
            elif adjunct := _time_adjunct_length(words, j):
                j -= adjunct  # "The minister on Tuesday said", "The EC two weeks ago cut its forecast"
                timed = True
            else:
                break
        if not passive and j == k - 1 and cue.endswith("ed") and words[rest : rest + 1] == ["by"]:
            return None  # "information presented by the CDC": a participle, its agent named after it
        if passive and words[k_end : k_end + 1] == ["by"]:
            agent = _np_right(words, k_end + 1, n, open_slot=True)  # "had been forecast by economists"
            if agent is None or cue not in lex.STRONG_CUES:
                return None  # "scared by his nomination": a weak cue's agent does not speak
            a_first, a_last, a_kind = agent
            return Clause(self._span_text(toks, a_first, a_last), a_kind, cue_start, ends[a_last], s, e)
        if passive and cue in lex.STRONG_CUES and words[k_end : k_end + 1] in (["at"], ["as"]):
            by = _agent_after_figure(words, k_end + 1, n)  # "was forecast at 4.5 pct by the NEDA"
            if by is not None:  # the cue alone is skipped: its figure follows it
                return Clause(self._span_text(toks, by[0], by[1]), by[2], cue_start, cue_end, s, e)
        verb = cue.split(" ", 1)[0]  # a phrase's verb: "taken to"
        if passive and (
            verb.endswith(("ed", "en"))
            or (verb in lex.IRREGULAR_PARTICIPLES and words[rest : rest + 1] != ["by"])
        ):
            # "when voters were asked", "is expected", "was taken to Guantanamo Bay": nobody speaks here
            return None
        if cue.endswith(lex.CONTINUING_SUFFIX) and j == k - 1 and _after_comma(words, k):
            comma = j if words[j] == "," else j - 1  # ", adding", ", in reporting"
            if found:  # "..., adding that": the speaker of the clause it continues
                last = found[-1]
                return Clause(last.subject, last.kind, cue_start, cue_end, cue_end, e, last.channel)
            # "This time, analysts have had lower numbers, expecting $9": the main clause's subject
            opening = _main_subject(words, comma)
            if opening is None:
                # the sentence's opening speaker, the participle set off after it: "The CPB,
                # forecasting a rise to 7.2 pct, urged", "<Royal Bank of Canada>, in reporting a 19
                # pct drop, said"
                opening = _np_left(words, comma - 1)
                if opening is not None and (
                    (opening[0] > 0 and words[opening[0] - 1] not in _DASHES)
                    or not (opening[2] == "name" or _speaker_head(words[opening[1]]))
                ):
                    opening = None  # "The suit, asking one mln dlrs in damages, was filed": no speaker
            if opening is not None:
                o_first, o_last, o_kind = opening
                return Clause(self._span_text(toks, o_first, o_last), o_kind, cue_start, cue_end, cue_end, e)
            return None
        if j >= 2 and words[j] in _DASHES:
            j = _before_dash_aside(words, j)  # "The minister - appointed in May - said": the minister
        left = None if j < 0 or words[j] == ":" or words[j] in _CLOSING else _np_left(words, j)
        if timed and not self._speaker_before_time(words, left):
            j = k - 1  # "A study released on Monday found": the adjunct is the participle's
            while j >= 0 and _auxiliary(words, j):
                j -= 1
            left = _np_left(words, j)
        left = _issuer_of_document(words, left)
        if left is None and cue in lex.STRONG_CUES:
            left = _bare_subject(words, j)  # "police and organisers say", "Official statisticians say"
        if left is None and j >= 0 and words[j] not in (",", ":") and words[j] not in _CLOSING:
            left = _restrictive_subject(words, j)  # "A jobs report that arrived late showed"
        trailing_pronoun = left is not None and left[2] == "pronoun" and words[left[0] - 1] == ","
        if (
            j >= 1
            and words[j] not in _CLOSING
            and words[j] != ":"
            and not _documentary(words, left)
            and not trailing_pronoun  # "The March average rose 0.8 pct, it said.": it speaks
        ):
            # "A Fox News poll, conducted with X (D), shows": the sentence's opening noun phrase,
            # where no speaker ends right before the cue or a weak cue needs a document's
            opening = _issuer_of_document(words, _opening_subject(words, j))
            documentary = _documentary(words, opening)
            if opening is not None and (documentary or (left is None and cue in lex.STRONG_CUES)):
                left = opening
        if left is not None and (
            (left[0] == left[1] and words[left[0]] in _CALENDAR) or words[left[1]] in _WEEKDAYS
        ):
            left = None  # "..., 15 on Monday, said industry officials", "Sales Monday showed": no speaker
        inverted = (
            left is None and not progressive and (j < 0 or words[j] in (",", ":") or words[j] in _CLOSING)
        )
        right = _np_right(words, rest, n) if inverted or left is None else None
        if cue in lex.NAMING_PARTICIPLES and j == k - 1 and _names_a_thing(words, k):
            return None  # "the founder of a group called Occupy DNC, which has 25,000 members"
        if left is not None and cue.endswith("ed") and j == k - 1 and _object_of_preposition(words, left[0]):
            return None  # "Under the settlement announced in January, Marsh took": a participle
        if left is not None and _after_than(words, left[0]):
            return None  # "15% lower than analysts had expected": the standard of a comparison
        if left is not None:
            first, last, kind = left
            subject = self._span_text(toks, first, last)
            skip_start = starts[first]
        elif right is not None and inverted and not _clause_follows(words, rest):  # not "said he would"
            first, last, kind = right
            subject = self._span_text(toks, first, last)
            skip_start = cue_start
            rest = last + 1
        else:
            return None
        if kind == "name" and (subject in _CALENDAR or (first == last and words[first].lower() in _BOUNDARY)):
            return None  # "About three in 10 said": a capitalised function word is no name
        # The object of the cue ("told reporters", "told CNN on Sunday") is not content.
        obj_end = rest
        if cue in ("told", "tells", "telling", "asked") and rest < n:
            obj = _np_right(words, rest, n, open_slot=True)  # "told parliament", "asked the UN"
            if obj is not None:
                obj_end = obj[1] + 1
        object_end = obj_end
        obj_end = _skip_adjuncts(words, obj_end, addressed=words[k].lower() in lex.SPEECH_TO_VERBS)
        skip_end = ends[obj_end - 1] if obj_end > k else cue_end
        channel_m = RE_CHANNEL.search(self.text, cue_start, min(skip_end + 40, e))
        channel = channel_m["ch"] if channel_m else ""
        agent = first > 0 and words[first - 1] == "by"  # "Figures released by the bureau show"
        head_word = _head(words, first, last).lower()
        singular = not head_word.endswith("s") and head_word not in lex.PLURAL_HEADS
        noun_like = kind == "nominal" and left is not None and not agent and not auxiliary
        # after a preposition, only a speaker's head makes a verb of a base form: "below the
        # previous estimate", "citing market expectations" ("Even my own folks say" is a verb)
        object_np = first > 0 and words[first - 1].lower() in _NOUN_CUE_LEADS | lex.PREPOSITIONS_IN_NAMES
        speaks = _can_speak(head_word)
        if noun_like and _base_form(cue) and (singular or (object_np and not speaks)):
            return None  # "the second estimate", "the jobs report": a noun, not a verb ("has forecast" is)
        indefinite = left is not None and words[first].lower() in ("a", "an", "another")
        if indefinite and kind == "name" and singular and _base_form(cue) and not auxiliary:
            return None  # "another UK project", "an IMF estimate": a name modifying a noun
        strong = (cue in lex.STRONG_CUES or k_end - k > 2) and cue not in lex.TRANSACTION_CUES
        # "were calling every 15 minutes", "is backing the measure": a progressive reports a clause
        strong = strong and (not progressive or cue in lex.FORECAST_VERBS)
        opener = left is not None and kind == "name" and first == 0 and first == last
        if opener and not strong and not self._known_name(subject):
            return None  # "Waiting lists for surgery": a capitalised opener, not a speaker
        # what follows the clause, as its first mark or word (no slice of a long sentence's rest)
        remainder = _lead(self.text, RE_REMAINDER_BLANKS, skip_end, e)
        before = _lead(self.text, RE_BEFORE_BLANKS, s, skip_start)  # anything before the speaker
        lead_words = _words_within(self.text, s, skip_start, MAX_ASIDE_LEAD)
        if (
            cue.endswith("ing")
            and not progressive
            and noun_like
            and words[first].lower() in ("a", "an", "the")
        ):
            return None  # "a strong showing for Clinton": a noun, not a verb
        relative_at = -1 if left is None else left[0] - 1
        if relative_at >= 0 and words[relative_at].lower() in _DETERMINERS:
            relative_at -= 1  # "which the Foreign Office says"
        gap = relative_at >= 0 and words[relative_at].lower() in _SUBJECT_RELATIVES
        if cue.endswith("s") and k_end < n and words[k_end].lower() in lex.FINITE_AFTER_NOUN_CUE and not gap:
            # "Market forecasts had been for ...", "Analyst estimates were": a noun, its verb after (not
            # "which the Foreign Office says has cost": the relative's verb after its speaker's)
            return None
        noun_cue = cue.endswith("s") and not remainder and left is not None  # "below analyst forecasts."
        if noun_cue and first > 0 and words[first - 1].lower() in _NOUN_CUE_LEADS:
            return None  # a noun after a preposition, not a verb
        lead_at = first - 1 - (first > 1 and words[first - 1].lower() in _DETERMINERS)  # "that [the] IMF"
        if (
            noun_cue
            and not auxiliary
            and cue not in VERB_FORMS  # "says", "shows", "estimates": news writes them as verbs
            and lead_at >= 0
            and words[lead_at] not in _SET_OFF_MARKS
        ):
            return None  # "a fund for Silk Road projects.", "Treasury notes.": the phrase's own noun
        if left is not None and _object_relative(words, first):
            # "the 3.5% growth rate that economists had forecast": the antecedent is reported
            # from the phrase's own start: "a degree and the kind of job that economists say"
            opening = max((t for t in range(first - 1) if _opens_antecedent(words[t])), default=-1)
            content_start = ends[opening] if opening >= 0 else s
            return Clause(subject, kind, skip_start, skip_end, content_start, starts[first - 1], channel)
        pre = first - 1 if first > 0 and words[first - 1].lower() not in _DETERMINERS else first - 2
        if (
            not remainder
            and left is not None
            and pre >= 0
            and words[pre][:1].isalnum()
            and (words[pre] not in _BOUNDARY or words[pre] in _FIGURE_TAILS)
            and not _described_name(words, first - 1)  # "C, the federal Bureau of Statistics said."
        ):
            # "short of the $29.4 billion analysts had expected.": only the phrase before the speaker
            opening = max((t for t in range(first) if words[t] in (",", ";", ":", "—")), default=-1)
            content_start = ends[opening] if opening >= 0 else s
            return Clause(subject, kind, skip_start, skip_end, content_start, skip_start, channel)
        after = words[obj_end + 1] if obj_end + 1 < n else ""
        aside = (
            left is None
            and remainder.startswith(",")
            and 0 < lead_words <= MAX_ASIDE_LEAD
            and after.isalpha()
            and after.islower()
            and after not in _APPOSITION_LEADS
        )
        if aside:  # "Then, say analysts, profits will rise": an aside near the start reports the sentence
            return Clause(subject, kind, skip_start, skip_end, s, e, channel)
        if (
            left is not None
            and first > 0
            and words[first - 1] == ","
            and cue in lex.STRONG_CUES
            and _adjunct_only(words, object_end)
        ):
            remainder = ""  # "C, Greenidge told Reuters during the IADB annual meeting here."
        if not remainder or left is None:  # "C, X said." / "C, said X."
            return Clause(subject, kind, skip_start, skip_end, s, skip_start, channel)
        if remainder.startswith(";") and first > 0 and words[first - 1] == ",":
            # "C, analysts say; in 2012, ...": the semicolon ends the sentence's first part
            opening = max((t for t in range(first) if words[t] == ";"), default=-1)
            content_start = ends[opening] if opening >= 0 else s
            return Clause(subject, kind, skip_start, skip_end, content_start, skip_start, channel)
        if remainder.startswith(","):
            set_off = _set_off(words, first)
            if before and set_off:  # "C, X said, C2": a parenthetical clause reports both sides
                return Clause(subject, kind, skip_start, skip_end, s, e, channel)
            if obj_end + 1 < n and words[obj_end + 1].endswith("ing"):
                return Clause(
                    subject, kind, skip_start, skip_end, skip_end, skip_end, channel
                )  # "X said, referring to"
            return Clause(subject, kind, skip_start, skip_end, skip_end, e, channel)
        # a document speaks, its issuer read before it too ("The Confederation of British Industry (CBI)
        # survey found", "The Finance Ministry in a report ... predicted"), but not across a clause set
        # off by commas ("The company, which gave no figures, posted")
        between = words[last + 1 : k]
        document = _documentary(words, (first, last, kind)) or (
            "," not in between and any(w.lower() in lex.DOCUMENT_HEADS for w in between)
        )
        obj_first = obj_end + 1 if words[obj_end : obj_end + 1] in (["a"], ["an"]) else obj_end
        # "calls for $275 billion", "pushing for a 12 percent raise": a demand names its figure
        demand = cue.endswith(" for") or cue in lex.FORECAST_VERBS  # "has forecast 3.2 pct growth"
        demand = demand or cue in lex.MARKET_PHRASES  # "are pricing in an 82% chance"
        figure_object = demand and obj_first < n and _figure_word(words[obj_first])
        # a verb of belief takes a clause however long its subject ("believes the party's plans to
        # ... boost police numbers by 10,000 would appeal"), unless a preposition follows ("believes in")
        believed = cue in lex.BELIEF_CUES and obj_end < n and words[obj_end].lower() not in _BOUNDARY
        clause_after = believed or _clause_follows(words, obj_end)
        if not strong and not document and not figure_object and not clause_after:
            return None  # "Cruz continued his romp", "Beijing responded by sidestepping"
        if (
            not strong
            and kind == "nominal"
            and not document
            and head_word not in lex.SOURCE_HEADS
            and words[last].islower()
        ):
            return None  # "if the growth continued at this level then ...": a weak cue needs a speaker
        content_end = _clause_end(toks, obj_end, e)
        if first >= 2 and words[first - 1] in ("which", "whom") and words[first - 2] == ",":
            # "The strikes, which employers say have cost them 7 mln, began ...": the relative ends
            # at its closing comma
            close = next((t for t in range(obj_end, len(words)) if words[t] == ","), None)
            content_end = min(content_end, starts[close]) if close is not None else content_end
        reliability = lex.CUE_RELIABILITY.get(cue, 1.0)
        return Clause(
            subject, kind, skip_start, skip_end, skip_end, content_end, channel, strong, reliability
        )

    def _speaker_before_time(self, words: list[str], left: tuple[int, int, str] | None) -> bool:
        """Whether ``left``, found before a time adjunct ("X on Tuesday said"), is a speaker: a
        pronoun, a listed head or agent noun ("the minister", "the regulator") or a name, not any noun
        ("Sales on Monday showed")."""
        if left is None:
            return False
        first, last, kind = left
        if kind == "nominal":
            head = words[last].lower()  # "the regulator", "market reports", not "Sales on Monday showed"
            return _kind_of_body(head) or head in _DOCUMENT_NP_HEADS
        return kind == "pronoun" or first != last or first > 0 or self._known_name(words[first])

    def _source_after(
        self, toks: Tokens, i: int, cue_start: int, s: int, e: int, right: tuple[int, int, str] | None = None
    ) -> Clause | None:
        """A source named after its cue ("according to X", "as reported by X"): the content is the
        rest of the sentence when it opens it, else what precedes it. ``right`` is the source's
        phrase from token ``i`` where the caller has read it already."""
        if right is None:
            right = _np_right(toks.words, i, len(toks.words), open_slot=True)
        if right is None:
            return None
        first, last, kind = right
        subject = self._span_text(toks, first, last)
        after = toks.ends[last]
        rest = _lead(self.text, RE_REST_BLANKS, after, e)
        opening = not _lead(self.text, RE_OPENING_BLANKS, s, cue_start)
        if rest and opening:
            return Clause(subject, kind, cue_start, after, after, e)  # "According to X, C"
        if rest and _lead(self.text, RE_SPACES, after, e)[:1] == ",":
            return Clause(subject, kind, cue_start, after, s, e)  # "C, according to X, C2"
        return Clause(subject, kind, cue_start, after, s, cue_start)  # "C, according to X."

    def _known_name(self, name: str) -> bool:
        """A single word the document knows as a person's surname, a body, or an acronym."""
        word = _strip_possessive(name)
        return self._fullest(word) is not None or word.isupper() or self._in_body_name(word)

    @cached_property
    def _names_inside_sentences(self) -> frozenset[str]:
        """Single capitalised words the document writes inside a sentence ("sales at Apple"): names,
        unlike a common noun capitalised only where it opens a sentence ("Prices were set")."""
        starts = set(self.doc.sentences[0])
        text = self.text
        found = set()
        for m in self._name_runs:
            word = _strip_possessive(m.group())
            opener = text[max(0, m.start() - 2) : m.start()] in ("\n\n", "- ", "– ", "— ")  # a dateline's end
            if " " not in word and m.start() not in starts and not opener:
                found.add(word)
        return frozenset(found)

    def _in_body_name(self, word: str) -> bool:
        """Whether ``word`` is a word of an organisation's name the document writes (asked ones, once)."""
        if word not in self._body_words:
            self._body_words[word] = any(word in self._body_of(m).split() for m in self._runs_holding(word))
        return self._body_words[word]

    def _span_text(self, toks: Tokens, first: int, last: int) -> str:
        return self.text[toks.starts[first] : toks.ends[last]]

    # --- quotations -----------------------------------------------------------------------------
    def quote_speaker(self, qi: int) -> tuple[str, str]:
        """(speaker, channel) of quotation ``qi``, resolved once. A quotation may go on in the voice of
        the one before (step 4 of _find_quote_speaker), so the quotations of its run (each opening a
        paragraph right after the last one's) are resolved first, in order: no recursion, and no
        quotation that no figure needs is resolved."""
        found = self._quote_speakers
        if qi not in found:
            first = qi
            while first > 0 and first - 1 not in found and self._may_continue_quote(first):
                first -= 1
            for i in range(first, qi + 1):
                found[i] = self._find_quote_speaker(i)
        return found[qi]

    def _may_continue_quote(self, qi: int) -> bool:
        """Whether step 4 of _find_quote_speaker may read quotation ``qi - 1``'s speaker for ``qi``:
        ``qi`` opens a later paragraph with only blank lines after the one ``qi - 1`` stands in.
        NOTE: keep in sync with that step (where it reads more, the speaker is found all the same,
        by recursion)."""
        doc = self.doc
        ps, _ = doc.paragraph_at(doc.quotes[qi][0])
        prev_ps, prev_pe = doc.paragraph_at(doc.quotes[qi - 1][0])
        return prev_ps != ps and not self.text[prev_pe:ps].strip()

    def _find_quote_speaker(self, qi: int) -> tuple[str, str]:
        doc = self.doc
        qs, qe = doc.quotes[qi]
        ps, pe = doc.paragraph_at(qs)
        # 1. A clause right after the quotation: '..." Mr. Trump stated', '", said Carter'.
        s_after = doc.sentence_index(max(qs, min(qe, len(self.text) - 1)))
        for si in (doc.sentence_index(qs), s_after):
            for c in self.clauses(si):
                if qe - 1 <= c.skip_start <= qe + 40 and c.skip_start < pe:
                    return self.resolve(c.subject, c.kind, c.skip_start), c.channel
        # 2. A dash line after it: '" — Police Chief Dana Morrow'.
        dash = RE_DASH_SPEAKER.match(self.text[qe:pe])
        if dash is None and not self.text[qe:pe].strip():
            dash = self._dash_line_after(pe)  # the quotation ends its paragraph: "- Sanders" below
        if dash:
            name = dash["subj"]
            return self.full_name(name) if RE_NAME_RUN.search(name) else name, ""
        # 3. A lead-in before it: 'X said: "..."', 'X said, "..."'.
        s_before = doc.sentence_index(qs)
        for si in (s_before, s_before - 1):
            if si < 0:
                continue
            for c in reversed(self.clauses(si)):
                if c.skip_end <= qs and qs - c.skip_end <= 40:
                    return self.resolve(c.subject, c.kind, c.skip_start), c.channel
        lead = self._colon_speaker(qs) or self._lead_in_speaker(ps)
        if lead:
            return lead, ""
        # 4. A quotation continued from the previous paragraph.
        if qi > 0:
            prev_qs, prev_qe = doc.quotes[qi - 1]
            prev_ps, prev_pe = doc.paragraph_at(prev_qs)
            between = self.text[prev_pe:ps]
            if prev_ps != ps and not between.strip() and prev_qe >= prev_pe:
                return self.quote_speaker(qi - 1)
            # '"Q1," Adelson said during the interview in Macau, ahead of ... \n\n "Q2."': a
            # quotation opening the paragraph after another's goes on in the same voice
            opens = not self.text[ps:qs].strip()
            if prev_ps != ps and not between.strip() and opens:
                speaker = self.quote_speaker(qi - 1)
                if speaker[0]:
                    return speaker
        # 5. Any reporting clause in its paragraph, outside quotations.
        i = doc.sentence_index(ps)
        starts = doc.sentences[0]
        last = i + MAX_PARAGRAPH_SENTENCES
        while i < min(len(starts), last) and starts[i] < pe:
            for c in self.clauses(i):
                return self.resolve(c.subject, c.kind, c.skip_start), c.channel
            i += 1
        # 6. A sentence beside it naming a person as its subject: 'Mayor Jane Ortiz spoke. "..."'.
        return self._neighbour_speaker(qs, qe, ps, pe), ""

    def _dash_line_after(self, pe: int) -> regex.Match | None:
        """A paragraph of a dash and a name alone, right after the one ending at ``pe`` (blank
        lines between): the signature of the quotation above it ("- Sanders", "— Sen. Ortiz")."""
        starts, text = self.doc.paragraphs, self.text
        i = self.doc.paragraph_index(pe + 1) if pe + 1 < len(text) else len(starts)
        last = i + MAX_BLANK_LINES
        while i < min(len(starts), last) and not text[slice(*self.doc.paragraph_at(starts[i]))].strip():
            i += 1  # blank lines
        if i >= len(starts) or i >= last:
            return None
        ps, end = self.doc.paragraph_at(starts[i])
        return RE_DASH_SPEAKER.match(text[ps:end].rstrip(" .")) if end - ps <= MAX_DASH_LINE else None

    def _colon_speaker(self, qs: int) -> str:
        """The speaker named right before a colon that opens the quotation: 'Jeffrey M. Jones: "...',
        'Rep. Trey Gowdy (R-S.C.): "...', 'Politico reveals a few facts: "...'."""
        before = self.text[max(0, qs - 200) : qs].rstrip()
        if not before.endswith(":"):
            return ""
        lead_start = max(before.rfind(". "), before.rfind("\n"), before.rfind("” "), before.rfind('" ')) + 1
        lead = before[lead_start:-1]
        offset = qs - len(self.text[max(0, qs - 200) : qs]) + lead_start
        si = self.doc.sentence_index(offset + len(lead) - 1)
        for c in reversed(self.clauses(si)):
            if c.skip_end <= qs:
                return self.resolve(c.subject, c.kind, c.skip_start)
        lead = RE_TRAILING_BRACKET.sub("", lead).rstrip()  # "(R-S.C.)"
        names = [m for m in RE_NAME_RUN.finditer(lead) if m.group() not in _NOT_NAMES]
        if names and names[-1].end() >= len(lead) - 1:
            return self.full_name(names[-1].group())  # the name stands right before the colon
        subject = RE_SENTENCE_SUBJECT.match(lead)
        name = (subject["named"] or subject["name"] or "") if subject else ""
        return "" if name.split()[:1] and name.split()[0] in _NOT_NAMES else name

    def _lead_in_speaker(self, ps: int) -> str:
        """The speaker named in a lead-in paragraph ending with a colon ("And from Chief X:")."""
        pi = self.doc.paragraph_index(ps)
        found = self._lead_in(pi, reach=pi)  # past any number of blank lines
        if found is None:
            return ""
        prev_ps, lead = found
        si = self.doc.sentence_index(prev_ps + len(lead) - 1)
        for c in reversed(self.clauses(si)):
            return self.resolve(c.subject, c.kind, c.skip_start)
        names = [m for m in RE_NAME_RUN.finditer(lead) if m.group() not in _NOT_NAMES]
        return self.full_name(names[-1].group()) if names else ""

    def _neighbour_speaker(self, qs: int, qe: int, ps: int, pe: int) -> str:
        doc = self.doc
        i = doc.sentence_index(qs)
        starts = doc.sentences[0]
        for j in (i - 1, doc.sentence_index(min(qe, len(self.text) - 1)) + 1):
            if 0 <= j < len(starts) and ps <= starts[j] < pe and doc.quote_at(starts[j] + 1) is None:
                m = RE_NAME_RUN.match(self.text, starts[j])
                if m and self._is_person(m.group()) and m.group().split()[0] not in _NOT_NAMES:
                    return self.full_name(m.group())
                first = self.text[starts[j] : starts[j] + 4].split()[:1]
                if first and first[0].lower() in lex.PRONOUNS_PERSON:
                    return self._person_pronoun(starts[j], first[0].lower())
        return ""

    @cached_property
    def _headline(self) -> int:
        """The index of the headline: the first sentence that is not a comment (``<!-- ... -->``)."""
        starts, ends = self.doc.sentences
        for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
            if not self.text[s:e].lstrip().startswith("<!--"):
                return i
        return 0

    @cached_property
    def _headline_sources(
        self,
    ) -> tuple[re.Match | None, re.Match | None, tuple[int, str] | None, tuple[int, str] | None]:
        """The headline's source before a colon ("Minister: ...") and after one ("...: UN"), a
        capitals headline's before its cue ("BURMA SAYS ...": where the cue ends, and the source) and
        after its closing dash ("NORWAY EXTENDS 7.5 PCT OIL OUTPUT CUT - MINISTRY", "... - USDA": 319
        Reuters headlines end so; where the dash stands, and the source as the story writes it),
        read once."""
        si = self._headline
        starts, ends = self.doc.sentences
        if not starts:
            return None, None, None, None
        s, e = starts[si], ends[si]
        caps = dash = None
        if not any(ch.islower() for ch in self.text[s:e]):
            m = RE_CAPS_HEADLINE_SOURCE.match(self.text, s, e)
            if m is not None:
                caps = m.end(), self._uncapitalised(m["subj"], e)
            m = RE_CAPS_TRAILING_SOURCE.search(self.text, s, e)
            if m is not None:
                dash = m.start(), self._uncapitalised(m["subj"], e)
        head, tail = (
            RE_HEADLINE_SOURCE.match(self.text, s),
            RE_HEADLINE_TRAILING_SOURCE.search(self.text, s, e),
        )
        return head, tail, caps, dash

    def _uncapitalised(self, subj: str, body: int) -> str:
        """A capitals headline's source as the story below it writes it: "BURMA" -> "Burma" where the
        story has "Burma", "FED'S JOHNSON" -> "Johnson" (the owner dropped), "IMF" stays."""
        subj = RE_TICKER.sub("", subj)
        words = subj.split()
        owned = [i for i, w in enumerate(words[:-1]) if w.endswith(("'S", "’S"))]
        if owned:
            words = words[owned[-1] + 1 :]
        story = self.text[body:]
        titled = [
            w.capitalize() if regex.search(rf"\b{regex.escape(w.capitalize())}\b", story) else w
            for w in words
        ]
        name = " ".join(titled)
        return self.full_name(name) if self._is_person(name) else name

    # --- figures ------------------------------------------------------------------------------
    def attribute(self, start: int, end: int) -> Attribution:
        """Source, channel and quote flag of the figure at ``text[start:end]``."""
        qi = self.doc.quote_at(start)
        if qi is not None and self.doc.is_direct(qi):
            speaker, channel = self.quote_speaker(qi)
            if speaker:
                return Attribution(speaker, channel, True)
            # no speaker beside the quotation: a clause of its sentence may report it ("Cummings,
            # chair of the committee, said that it was “100 percent committed”", "admitted “one")
            told = self._attribute_unquoted(start, end)
            return Attribution(told.source, told.channel, True)
        return self._attribute_unquoted(start, end)

    def _attribute_unquoted(self, start: int, end: int) -> Attribution:
        si = self.doc.sentence_index(start)
        s, _ = self.doc.sentence_at(start)
        window = max(s, start - 80)
        before = self.text[window:start]
        possessive = None
        if ("'s" in before or "’s" in before) and any(cue in before for cue in _POSSESSIVE_CLAIM_CUES):
            possessive = RE_POSSESSIVE_CLAIM.search(self.text, window, start)
        if possessive and possessive["subj"].split()[-1] not in _CALENDAR:  # not "Monday's figure"
            subj = possessive["subj"]
            kind = "name" if subj[:1].isupper() and not subj.startswith("The ") else "nominal"
            return Attribution(self.resolve(subj, kind, possessive.start()), "", False)
        clause = self._covering_clause(si, start, end)
        if clause is None and any(cue in before for cue in _PRONOUN_CLAIM_CUES):
            owner = RE_PRONOUN_CLAIM.search(self.text, window, start)
            if owner is not None:  # "compares with its latest forecast of a 150 mln stg shortage"
                pronoun = _PRONOUN_OF_POSSESSIVE[owner["pron"]]
                resolved = self.resolve(pronoun, "pronoun", owner.start())
                if resolved != pronoun:
                    return Attribution(resolved, "", False)
        if clause is None and RE_LIST_ITEM.match(self.text, s):
            clause = self._lead_in_clause(si)
            if clause is None:
                lead = self._lead_in_subject(si)
                if lead:
                    return Attribution(lead, "", False)
        if clause is None:
            clause = self._block_lead_in(s)
        if clause is None and si == self._headline:
            head, tail, caps, dash = self._headline_sources
            if head and head.end() <= start:
                subj = head["subj"]
                return Attribution(self.full_name(subj) if self._is_person(subj) else subj, "", False)
            if tail and tail.start() >= end:
                return Attribution(tail["subj"].strip(), "", False)
            if dash and dash[0] >= end:
                return Attribution(dash[1], "", False)  # "NORWAY EXTENDS 7.5 PCT OIL OUTPUT CUT - MINISTRY"
            if caps and caps[0] <= start:
                return Attribution(caps[1], "", False)
        if clause is None or clause.reliability == 0.0:
            # "46 percent of voters said yes, compared with 23 percent who...": the respondents'
            # answers are the poll's figures, and without a poll named the article's own
            return Attribution("", "", False)
        trailing = s if clause.content_end <= clause.skip_start else None  # "C, it said."
        return Attribution(
            self.resolve(clause.subject, clause.kind, clause.skip_start, trailing), clause.channel, False
        )

    def _covering_clause(self, si: int, start: int, end: int) -> Clause | None:
        """The nearest clause of sentence ``si`` whose content holds the figure."""
        best: Clause | None = None
        for c in self._clauses_around(si, start):
            if c.skip_start <= start < c.skip_end:
                continue  # the figure is part of the speaker or the cue ("95 percent of voters said")
            if c.content_start <= start and end <= c.content_end:
                if best is None or abs(c.skip_start - start) < abs(best.skip_start - start):
                    if best is not None and _yields(c, best):
                        continue  # "He said his government had offered 12": he speaks
                    best = c
                elif _yields(best, c):
                    best = c
        return best

    def _clauses_around(self, si: int, pos: int) -> list[Clause]:
        """The clauses of sentence ``si`` near ``pos`` (all of them in any real sentence), in order."""
        clauses = self.clauses(si)
        if len(clauses) <= 2 * MAX_CLAUSES_AROUND:
            return clauses
        if si not in self._clause_starts:
            self._clause_starts[si] = sorted((c.skip_start, i) for i, c in enumerate(clauses))
        starts = self._clause_starts[si]
        at = bisect.bisect_left(starts, (pos,))
        window = starts[max(0, at - MAX_CLAUSES_AROUND) : at + MAX_CLAUSES_AROUND]
        return [clauses[i] for i in sorted(i for _, i in window)]

    def _lead_in_clause(self, si: int) -> Clause | None:
        """The clause of the sentences just before a list (skipping its earlier items)."""
        i = si - 1
        looked = 0
        starts = self.doc.sentences[0]
        lowest = si - MAX_LIST_ITEMS
        while i >= max(0, lowest) and looked < 3:
            if not RE_LIST_ITEM.match(self.text, starts[i]):
                looked += 1
                if self.clauses(i):
                    return self.clauses(i)[-1]
            i -= 1
        return None

    def _block_lead_in(self, pos: int) -> Clause | None:
        """The reporting clause closing the paragraph before the one holding ``pos`` with a colon
        ("In the text under the video, Wallnau wrote:", "Soerens argued that:"): what follows is a
        block quotation set off without quotation marks, and it speaks for all of the paragraph."""
        pi = self.doc.paragraph_index(pos)
        if pi not in self._block_leads:
            self._block_leads[pi] = self._find_block_lead_in(pi)
        return self._block_leads[pi]

    def _find_block_lead_in(self, pi: int) -> Clause | None:
        found = self._lead_in(pi, reach=MAX_BLANK_LINES)
        if found is None:
            return self._table_lead_in(pi)
        start, lead = found
        clauses = self.clauses(self.doc.sentence_index(start + len(lead) - 1))
        return clauses[-1] if clauses else None

    def _table_lead_in(self, pi: int) -> Clause | None:
        """The subject of the prose paragraph that leads in to the table holding paragraph ``pi``, as
        a clause ("The CFTC reported the following stocks of wheat ... in 000's bushels -", then rows
        "HARD RED WINTER   1639   1635   54"): it speaks for every row. The walk back passes the
        table's rows, headings and blank lines, and stops at a row already answered (so a table is
        read once); the lead-in ends as a lead-in does (lex.LEAD_IN_ENDS) or announces what follows."""
        if not self._table_line(pi, row=True):
            return None
        starts, text = self.doc.paragraphs, self.text
        j = pi - 1
        while j >= max(0, pi - MAX_TABLE_LINES):
            if j in self._block_leads and self._table_line(j, row=True):
                return self._block_leads[j]  # the row before, already answered: the same table
            if text[starts[j] : starts[j + 1]].strip() and not self._table_line(j, row=False):
                break
            j -= 1
        if j < 0 or j < pi - MAX_TABLE_LINES:
            return None
        lead = text[starts[j] : starts[j + 1]].rstrip()
        if not (lead.endswith(LEAD_IN_ENDS) or RE_TABLE_LEAD_IN.search(lead)):
            return None
        si = self.doc.sentence_index(starts[j] + len(lead) - 1)
        own = self._sentence_subject(
            max(starts[j], self.doc.sentences[0][si]), self.doc.sentences[1][si], True
        )
        if own is not None:
            at, name, kind, _ = own  # its subject, before any verb: "Brokers gave the following"
            at = self.text.find(name, at, self.doc.sentences[1][si])
            verb = RE_WORD_AFTER.match(self.text, at + len(name)) if at >= 0 else None
            if verb is not None and _table_speaker(own, verb["w"]):
                named = "name" if kind in ("body", "person") else "nominal"
                return Clause(name, named, at, at + len(name), at + len(name), starts[j] + len(lead))
        for clause in self.clauses(si):
            if _table_speaker_clause(clause):
                return clause  # "The Bundesbank said money supply growth was as follows -"
        if self._lead_body:
            # no speaker of its own ("The stocks (in tonnes), with February and year-earlier
            # comparisons, were -"): the table goes on with the report the body of its lead released
            return Clause(self._lead_body, "name", starts[j], starts[j], starts[j], starts[j] + len(lead))
        return None

    def _table_line(self, pi: int, row: bool) -> bool:
        """Whether paragraph ``pi`` is a table's row (``row``), or any line of a table: a row, a
        short heading with column gaps and no prose marks (RE_PROSE_MARK), or a blank line."""
        starts, text = self.doc.paragraphs, self.text
        s, e = starts[pi], (starts[pi + 1] if pi + 1 < len(starts) else len(text))
        if e - s > MAX_TABLE_LINE:
            return False
        if RE_TABLE_ROW.search(text, s, e):
            return True
        if row:
            return False
        return not text[s:e].strip() or (
            RE_TABLE_HEADING.search(text, s, e) is not None
            and RE_PROSE_MARK.search(text, s, e) is None
            and len(text[s:e].split()) <= MAX_HEADING_WORDS
        )

    def _lead_in(self, pi: int, reach: int) -> tuple[int, str] | None:
        """The paragraph before paragraph ``pi``, past at most ``reach`` blank lines, when it ends
        with a colon (a lead-in): its start and its text."""
        starts, text = self.doc.paragraphs, self.text
        j = pi - 1
        while j >= max(0, pi - reach) and not text[starts[j] : starts[j + 1]].strip():
            j -= 1  # the blank lines between paragraphs
        if j < 0 or j < pi - reach:
            return None
        lead = text[starts[j] : starts[j + 1]].rstrip()
        return (starts[j], lead) if lead.endswith(":") else None

    def _lead_in_subject(self, si: int) -> str:
        """The body or person a list's lead-in paragraph opens with ("X published its report. The
        main figures:"), when that paragraph ends with a colon."""
        starts = self.doc.sentences[0]
        i = si - 1
        while i >= max(0, si - MAX_LIST_ITEMS) and RE_LIST_ITEM.match(self.text, starts[i]):
            i -= 1
        if i < 0 or not self.text[starts[i] : self.doc.sentences[1][i]].rstrip().endswith(":"):
            return ""
        ps, _ = self.doc.paragraph_at(starts[i])
        k = self._subject_from(self.doc.sentence_index(ps), i)  # the first subject from the paragraph's start
        while k <= i:
            entry = self._subject(k)
            if entry is not None and entry[0] >= ps:
                return entry[1] if entry[0] <= starts[i] and entry[2] != "plural" else ""
            k = self._subject_from(k + 1, i)
        return ""


# --- noun phrases over tokens ---------------------------------------------------------------------
def _owned_share(words: list[str], i: int, j: int) -> bool:
    """Whether the words between the commas at ``i`` and ``j`` say how much of the speaker another
    holds, a qualifier first: ", about 69 pct owned by Bell Canada Enterprises Inc," (not ", almost
    80 pct thought ...": a clause of its own)."""
    qualified = i + 2 < j and words[i + 1].lower() in _QUALIFIER_WORDS and words[i + 2][:1].isdigit()
    return qualified and any(w.lower().endswith("owned") for w in words[i + 3 : j])


def _release_version(words: list[str]) -> bool:
    """Whether a speaker's words are a version of figures already released, with no issuer of their
    own: "Totally unadjusted figures", "The smoothed seasonally adjusted series" (RELEASE_HEADS after
    RELEASE_VERSIONS only)."""
    if not words or words[-1].lower() not in lex.RELEASE_HEADS or len(words) < 2:
        return False
    return all(w.lower() in lex.RELEASE_VERSIONS for w in words[:-1])


def _inside(inner: Clause, outer: Clause) -> bool:
    return outer.content_start <= inner.skip_start and inner.skip_end <= outer.content_end


def _yields(inner: Clause, outer: Clause) -> bool:
    """Whether a clause nested in another's content gives way to it (a less sure cue)."""
    return _inside(inner, outer) and outer.reliability >= inner.reliability + lex.NESTED_MARGIN


def _clause_end(toks: Tokens, i: int, e: int) -> int:
    """Where reported content that opens at token ``i`` ends: at a semicolon, or at a comma and a
    conjunction that open a new clause with a subject of its own ("..., and the line would carry")."""
    words = toks.words
    for t in range(i, min(len(words) - 2, i + MAX_SCAN)):
        if words[t] == ";" and not _list_item_after(words, t + 1):
            return toks.starts[t]
        if words[t] == "," and words[t + 1].lower() in ("and", "but"):
            nxt = words[t + 2]
            finite_soon = any(w.lower() in lex.FINITE_MARKERS for w in words[t + 3 : t + 9])
            new_subject = (
                nxt.lower() in _PRONOUNS or _capitalised(nxt) or (nxt.lower() in _DETERMINERS and finite_soon)
            )
            if new_subject and nxt.lower() != "that":  # "..., and that more bodies were found" goes on
                return toks.starts[t]
    return e


def _list_item_after(words: list[str], i: int) -> bool:
    """Whether the part after a semicolon at token ``i`` is one more item of a list, not a clause:
    "followed by Cruz at 23 percent; Rubio at 12 percent, and Kasich at 6" (no verb of its own)."""
    for t in range(i, min(len(words), i + MAX_LIST_ITEM)):
        w = words[t]
        if w == ";":
            return True
        low = w.lower()
        if low in lex.FINITE_MARKERS or w in _CUES or (w.islower() and w.endswith("ed")):
            return False
    return True


def _object_relative(words: list[str], first: int) -> bool:
    """Whether the speaker starting at ``first`` opens a relative clause whose object is the noun
    before it: "the rate *that* economists had forecast" (not "found *that* economists...")."""
    if first < 2 or words[first - 1].lower() not in ("that", "which"):
        return False
    before = words[first - 2]
    return (
        before.isalpha()
        and before.islower()
        and before not in _CUES
        and not before.endswith("ed")
        and (before not in _BOUNDARY)
    )


def _coordinated_predicate(words: list[str], i: int) -> bool:
    """After "C, X said": ", and wounded 31 others" continues C's predicate (a verb, no new subject)."""
    return (
        i + 2 < len(words)
        and words[i] == ","
        and words[i + 1] in ("and", "but")
        and words[i + 2].islower()
        and words[i + 2] not in _PRONOUNS
        and words[i + 2] not in _DETERMINERS
    )


def _set_off(words: list[str], first: int) -> bool:
    """Whether a comma, a dash or a closing quotation mark sets off the speaker starting at token
    ``first`` from what precedes it, a few words back at most (", a doctor at a government
    hospital said,"; not "with an ad focused on immigration,")."""
    for t in range(first - 1, max(-1, first - 1 - MAX_SET_OFF), -1):
        if words[t] in (",", "—", "--") or words[t] in _CLOSING:
            return True
        if not words[t].isalpha():
            return False
    return False


def _opens_antecedent(word: str) -> bool:
    """Whether a token ends what comes before a relative clause's antecedent: punctuation, a
    conjunction or a finite verb ("has a degree and | the kind of job that economists say")."""
    return word in (",", ";", ":", "—") or word.lower() in _ANTECEDENT_BREAKS


def _adjunct_only(words: list[str], i: int) -> bool:
    """Whether the tokens from ``i`` to the sentence's end say only where or when something was said:
    no figure, clause, quotation or second part ("during the IADB annual meeting here.")."""
    if not 0 <= len(words) - i - 1 < MAX_TRAILING_ADJUNCT or words[i].lower() not in lex.SETTING_WORDS:
        return False  # (the length first: no slice of a long sentence's rest)
    rest = words[i:]
    if _opens_content(words, i):
        return False  # "CNN reported at least six planes filled the skies"
    return not any(
        w[:1].isdigit()
        or w.lower() in _NUMBER_WORDS
        or (w.islower() and w.endswith("ed"))
        or w.lower() in lex.FINITE_MARKERS
        or w.lower() in lex.CONTENT_OPENERS
        or w in _QUOTE_MARKS
        or w in (",", ";", ":")
        for w in rest
    )


def _clause_follows(words: list[str], i: int) -> bool:
    """Whether reported content opens at token ``i``: "that", a quotation, a colon, "how/why...", or
    a subject and a finite verb within a few words ("found voters were split")."""
    if i >= len(words):
        return False
    w = words[i].lower()
    if w in lex.CONTENT_OPENERS or words[i] in _QUOTE_MARKS or words[i] == ":":
        return True
    if w in _NOMINATIVE or re.split("['’]", w, maxsplit=1)[0] in _NOMINATIVE:
        return True  # "shows he won", "claims he's worth": only a clause's subject takes this form
    for t in range(i + 1, min(len(words), i + _FINITE_REACH)):
        t_low = words[t].lower()
        if t_low in lex.FINITE_MARKERS:
            return True
        if words[t] in (",", ".", ";", ":") or words[t] in _QUOTE_MARKS:
            return False
        if t == i + 1 and _past_after_subject(words, t):
            return True  # "found Democrats favored Clinton"
        if t == i + 1 and _present_before_infinitive(words, t):
            return True  # '"...," said GM plans to build': GM is what was said, not who said it
    return False


def _present_before_infinitive(words: list[str], t: int) -> bool:
    """Whether token ``t`` is a verb in -s before "to" ("plans to", "expects to", "wants to")."""
    w = words[t]
    return w.islower() and w.endswith("s") and w in VERB_FORMS and t + 1 < len(words) and words[t + 1] == "to"


def _past_after_subject(words: list[str], t: int) -> bool:
    """Whether token ``t`` is a past-tense verb right after a name or a plural noun, its subject
    ("Democrats favored", "voters preferred"), not a participle ("votes cast by")."""
    w, before = words[t], words[t - 1]
    plural = before.islower() and before.endswith("s") and not before.endswith("ss")
    subject = _capitalised(before) or plural
    return w.islower() and w.endswith("ed") and subject and words[t + 1 : t + 2] != ["by"]


def _speech_after_quote(words: list[str], k: int) -> int:
    """1 when ``words[k]`` is a past-tense verb right after a quotation's closing comma: '"...,"
    sighed fire chief Tom Reyes' - whatever verb, that slot reports the quotation."""
    w = words[k]
    if not (w.islower() and w.endswith("ed")) or k < 2:
        return 0
    closing = (words[k - 1] in _CLOSING and words[k - 2] == ",") or (
        words[k - 1] == "," and words[k - 2] in _CLOSING
    )
    return 1 if closing else 0


def _as_by(words: list[str], k: int) -> int:
    """1 for the participle in "as measured by X", "as estimated by X": X is the source."""
    w = words[k]
    ok = w.islower() and w.endswith("ed") and k >= 1 and words[k - 1].lower() == "as"
    return 1 if ok and words[k + 1 : k + 2] == ["by"] else 0


def _that_complement(words: list[str], k: int) -> int:
    """1 when ``words[k]`` is a finite verb with a that-clause ("estimates that", "warned that"):
    a verb that takes what follows as a statement reports it, listed or not."""
    w = words[k]
    if k + 1 >= len(words) or words[k + 1] != "that" or not w.islower() or w in _BOUNDARY:
        return 0
    if w.endswith("ed"):
        return 1
    # An -s form may be a noun ("attacks that killed"): it is a verb when a subject follows "that"
    # ("the report reveals that 87% of...", "it warns that the"), not a verb ("that killed").
    nxt = words[k + 2] if k + 2 < len(words) else ""
    subject = nxt[:1].isdigit() or nxt.lower() in _DETERMINERS or nxt.lower() in _PRONOUNS
    return 1 if w.endswith("s") and not w.endswith("ss") and subject else 0


def _estimate_frame(words: list[str], k: int) -> int:
    """Tokens in "put the toll at", "slashed its forecast to", "estimated the number of troops at",
    "lifted its estimate" (a body revising its own) starting at ``k`` (0 if not one)."""
    w = words[k]
    if not w.islower() or w in _BOUNDARY or w in lex.MOVING_VERBS or k + 3 >= len(words):
        return 0
    placing = w in lex.PLACING_VERBS
    opener = words[k + 1]
    if (
        w in lex.ESTIMATE_REVISION_VERBS
        and opener.lower() in lex.OWNER_DETERMINERS
        and words[k + 2].lower() in lex.OWN_ESTIMATE_NOUNS
    ):
        return 3  # "lifted its estimate for 1986/87 production by one mln tonnes to"

    dated = placing and is_year_word(opener)  # "put 1988 earnings at 60 cts"
    owned = opener.lower() in _DETERMINERS or _possessive(opener)
    if not (owned or dated or (placing and opener.isalpha())):
        return 0  # "put the toll at", "put Porsche's hedging costs at", "put Canadian growth at"
    for span in range(2, MAX_FRAME_SPAN):
        last = words[k + span - 1] if k + span < len(words) else ""
        word = last.isalpha() or "-" in last or (placing and _possessive(last))
        year = placing and _year_piece(words, k + span - 1)  # "put the 1985/86 crop at", "put 1987 output at"
        if not (word or year or (placing and (last.isdigit() or last == "/") and span > 3)):
            return 0  # words; after "put", an owner or a year too ("the firm's costs in 1985/86 at")
        if words[k + span] in ("at", "to"):
            nouns = {t.lower() for t in words[k + 2 : k + span]}
            placed = placing and words[k + span] == "at"  # "put the decline at"
            named = span < MAX_NOUN_FRAME_SPAN and nouns & lex.ESTIMATE_FRAME_NOUNS  # "cut its forecast to"
            return span + 1 if placed or named else 0
    return 0


def _year_piece(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a year or a piece of a crop year: "1987", "1985", "/", "86"."""
    w = words[i]
    if is_year_word(w) or (w == "/" and i > 0 and is_year_word(words[i - 1])):
        return True
    return len(w) == 2 and w.isdigit() and i > 1 and words[i - 1] == "/" and is_year_word(words[i - 2])


def _head(words: list[str], first: int, last: int) -> str:
    """The head noun of a noun phrase: its last word, or the last before a preposition ("figures
    from the Electoral Commission" -> "figures")."""
    for i in range(first + 1, last):
        # "Bank of England" is one name, but "Figures from ..." or "Critics of the government"
        # opening a sentence is a noun (a document, or a plural speaker's head)
        low = words[i - 1].lower()
        plural_head = low in lex.SOURCE_HEADS and is_plural(low)
        common = not _capitalised(words[i - 1]) or low in lex.DOCUMENT_HEADS or plural_head
        if words[i] in lex.PREPOSITIONS_IN_NAMES and common:
            return words[i - 1]
    return words[last]


def _bare_subject(words: list[str], j: int) -> tuple[int, int, str] | None:
    """A plural noun (with its modifiers) opening a clause right before a reliable cue: whatever
    the noun, that slot is the speaker's."""
    head = words[j].lower()
    if j < 0 or not words[j].isalpha() or not head.endswith("s") or head in _BOUNDARY or head in _DETERMINERS:
        return None
    i = j
    while i - 1 >= 0 and words[i - 1].isalpha() and words[i - 1].lower() not in _BOUNDARY and i > j - 3:
        if words[i - 1].islower() and words[i - 1].endswith("ed"):
            break  # a verb: "decreased its"
        i -= 1
    if i >= 2 and words[i - 1] == "and" and words[i - 2].isalpha() and words[i - 2].lower() not in _BOUNDARY:
        i -= 2  # "police and organisers"
    if i == 0 or words[i - 1] in (",", ";", ":") or words[i - 1].lower() in ("and", "but", "that", "which"):
        return i, j, "nominal"  # "strikes, which employers say have cost"
    return None


def _main_subject(words: list[str], j: int) -> tuple[int, int, str] | None:
    """The subject of the sentence's main verb before token ``j``: the speaker ending just before
    its first finite verb ("This time, though, *analysts* have had...")."""
    for f in range(max(1, j - MAX_SCAN), j):
        w = words[f]
        if w.lower() in lex.FINITE_MARKERS or w in _CUES or (w.islower() and w.endswith("ed")):
            b = f - 1
            while b > 0 and words[b].lower() in _AUX:
                b -= 1  # "Mr Kennedy also used ..., saying"
            np = _np_left(words, b)
            if np is not None:
                return np  # "Michael J. Petrilli ... tied those scores to ..., saying"
    return None


def _auxiliary(words: list[str], j: int) -> bool:
    """Whether token ``j`` is an auxiliary or adverb between a speaker and the cue ("has also
    said"): in lower case, or capitalised where it opens the sentence ("Recently announced") or
    after an abbreviation, as Reuters writes "The U.S. Has said"; a capitalised word elsewhere is a
    name ("Theresa May said", "Will Carling told")."""
    word = words[j]
    if word in _AUX:
        return True
    if j == 0:
        return word.lower() in _AUX
    before = words[j - 1]  # an abbreviation, not a title: "The U.S. Has said", not "Mrs. May said"
    return word.lower() in _AUX and before.endswith(".") and before.rstrip(".").lower() not in _TITLES


def _time_adjunct_length(words: list[str], j: int) -> int:
    """How many tokens ending at ``j`` make a time adjunct: 2 for "on Tuesday", "last week", "in
    March", 3 for "two weeks ago", "a year ago"; a bare weekday ("Gowdy Thursday said"), with a
    part of the day ("Sunday night") or a modifier before it ("late on Sunday", "earlier this
    week"); 0 if they make none."""
    w = words[j]
    if w == "ago" and j >= 2 and words[j - 1] in lex.TIME_NOUNS:
        count = words[j - 2].lower()
        return 3 if count.isdigit() or count in CARDINAL_WORDS or count in ("a", "an", "few") else 0
    first = j - 1 if j >= 1 and w in lex.DAY_PARTS and words[j - 1] in _WEEKDAYS else j
    head = words[first]
    time = head in _CALENDAR or (head.islower() and head in lex.TIME_NOUNS)
    if time and first >= 1 and words[first - 1].lower() in lex.TIME_ADJUNCT_OPENERS:
        first -= 1
    elif head not in _WEEKDAYS or first == 0 or not words[first - 1][-1:].isalnum():
        return 0  # a bare weekday follows its speaker's last word, not "III, Tuesday proposed"
    if first >= 1 and words[first - 1].lower() in lex.TIME_ADJUNCT_MODIFIERS:
        first -= 1
    return j - first + 1


def _document_noun_before_of(words: list[str], k: int) -> bool:
    """Whether the cue at ``k`` is a document's noun before "of", after a word that cannot speak and
    no owner: "A previous estimate of 0.1% growth", "an earlier forecast of" (not "Trade estimates
    of", "analysts estimates of", "The candidates' respective estimates of")."""
    if k < 1 or k + 1 >= len(words) or words[k + 1] != "of" or words[k].lower() not in lex.DOCUMENT_HEADS:
        return False
    before = words[k - 1]
    if not (before.isalpha() and before.islower()) or _speaker_head(before):
        return False
    owner = words[k - 2] if k >= 2 else ""
    owned = owner in ("'", "’") or _possessive(owner) or _speaker_head(owner)
    return owner.lower() in _DETERMINERS or not owned


def _unit_word(word: str) -> bool:
    """Whether ``word`` may be a unit after a figure's digits: a lower-case word, no clause word,
    determiner or preposition ("50 cts despite a draw reported by": no figure before "reported")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _BOUNDARY
        and word not in _CUES
        and word not in _DETERMINERS
        and word not in lex.ADJUNCT_OPENERS
        and word not in lex.OBJECT_PREPOSITIONS
        and word not in lex.FRONTING_PREPOSITIONS
    )


def _before_time(words: list[str], first: int, last: int) -> int:
    """The last token of the phrase ``first``..``last`` before a time adjunct inside it ("Tokyo last
    week went", "Shell U.K. Ltd Friday", "the company today", "Mobil Corp March 3"): an opener with a
    time noun, a day or month after the first word, or a deictic day (lex.DEICTIC_DAYS)."""
    for p in range(first + 1, last + 1):
        nxt = words[p + 1] if p + 1 <= last else ""
        opener = words[p].lower() in lex.TIME_ADJUNCT_OPENERS and (nxt in _CALENDAR or nxt in lex.TIME_NOUNS)
        if opener or words[p] in _CALENDAR or words[p].lower() in lex.DEICTIC_DAYS:
            return p - 1
    return last


def _time_phrase(words: list[str], first: int) -> bool:
    """Whether the phrase at ``first`` names a time, not an agent: "March", "the end of the season"
    (a day or month, or a time noun or a point of one, lex.TIME_POINT_NOUNS, after a determiner)."""
    determiner = words[first].lower() in _DETERMINERS and first + 1 < len(words)
    head = words[first + 1] if determiner else words[first]
    return head in _CALENDAR or head.lower() in lex.TIME_NOUNS or head.lower() in lex.TIME_POINT_NOUNS


def _figure_before(words: list[str], j: int, units: bool = False) -> int | None:
    """The first token of a figure that ends at token ``j`` ("5.5 pct", "$4.2 billion", "40,000"),
    or None: a participle right after a figure modifies it ("5.5 pct estimated by the CEOE").
    Scales and units may follow the digits: "pct", "billion dlrs"; with ``units`` any lower-case
    word that is no clause word ("mln marks", "tonnes")."""
    i = j
    rate = ("a", "per")  # "108 dlrs a tonne announced by"
    while (
        i >= 0
        and j - i < 4
        and (
            words[i].lower() in _FIGURE_WORDS
            or words[i] in _MONEY_SIGNS
            or (units and _unit_word(words[i]))
            or (units and words[i] in rate and i > 0 and words[i - 1].lower() in _FIGURE_WORDS)
        )
    ):
        i -= 1
    if i < 0 or not words[i][:1].isdigit():
        return None
    while i > 0 and words[i - 1] in _MONEY_SIGNS:
        i -= 1
    return i


def _after_be(words: list[str], k: int) -> bool:
    """Whether token ``k`` follows a form of "be", past adverbs: "is now telling", "was not saying"."""
    j = k - 1
    while j >= 0 and (words[j].lower() in _AUX or (words[j].endswith("ly") and words[j].islower())):
        if words[j].lower() in lex.PROGRESSIVE_BE:
            return True
        j -= 1
    return False


def _opening_np(words: list[str], k: int) -> tuple[int, int, str] | None:
    """The noun phrase that opens the sentence before its first lower-case word, its verb ("The
    firm won protection ..."), when that comes before token ``k``."""
    for t in range(2, min(k, MAX_OPENING_NP)):
        if words[t].islower() and words[t].isalpha() and words[t] not in _DETERMINERS:
            np = _np_left(words, t - 1)
            if np is not None and np[0] == 0 and np[1] == t - 1:
                return np
    return None


def _after_subordinator(words: list[str], k: int) -> bool:
    """Whether token ``k`` opens a participle clause after a subordinating word: "after revealing",
    "while insisting", "before announcing"."""
    return k >= 1 and words[k - 1].lower() in lex.PARTICIPLE_SUBORDINATORS


def _base_form(cue: str) -> bool:
    """A cue in its base form ("estimate", "report", "say": its -s form is a cue too), which a
    singular subject never takes; "found" or "said" are past forms."""
    return " " not in cue and not cue.endswith(("s", "ed", "ing")) and cue + "s" in _CUES and cue != "put"


def _restrictive_subject(words: list[str], j: int) -> tuple[int, int, str] | None:
    """The speaker before a relative clause with no commas: "A jobs report that arrived late *showed*"."""
    for i in range(j, max(-1, j - 8), -1):
        w = words[i].lower()
        if w in ("that", "which", "who") and i >= 1:
            np = _np_ending_at(words, i - 1)
            if np is not None and np[2] != "pronoun":
                return np
            return None
        if not (words[i].isalpha() or "-" in words[i]) or w in ("and", "but"):
            return None
    return None


_SUBJECT_RELATIVES = frozenset(("that", "which", "who"))
_ADDRESSEE_ENDS = frozenset((",", ":", ";", ".", "that", "“", '"', "‘", "''", "``", "—", "--"))
_SUBJECT_LINKS = frozenset(("of", "by", "from", "for", "in", "among", "on"))


def _documentary(words: list[str], np: tuple[int, int, str] | None) -> bool:
    """Whether a noun phrase names a document ("a poll", "figures from the ONS") or its author
    ("by the bureau"): such a subject reports whatever its verb."""
    if np is None:
        return False
    first, last, _ = np
    return (first > 0 and words[first - 1] == "by") or _head(words, first, last).lower() in lex.DOCUMENT_HEADS


def _opening_subject(words: list[str], j: int) -> tuple[int, int, str] | None:
    """The noun phrase opening the sentence as the subject of the cue after token ``j``, when all
    between them modifies it: a prepositional or participial phrase, brackets, an aside between
    commas, a relative clause ("A Fox News poll, conducted jointly with X (D) and Y (R), shows";
    "Early results of exit polls conducted by Edison Research for the AP show"; "The top-line
    number that caught the eyes of analysts shows"). Only a document or a mined source head
    qualifies: a sentence's opening noun is seldom a speaker otherwise. Returns the phrase up to
    the first comma, participle, bracket, figure or relative word, so the name reads whole
    ("An average of recent polls by RealClearPolitics")."""
    if j > MAX_SUBJECT or words[j].lower() in _BOUNDARY:
        return None  # "The number of confirmed cases": a participle modifying a noun, not a verb
    np = _np_right(words, 0, j + 1, open_slot=True)
    if np is None or np[2] == "pronoun":
        return None
    first, last, kind = np
    head = _head(words, first, last).lower()
    by = first >= 2 and words[first - 1] in ("by", "from")
    authored = by and words[first - 2].lower() in lex.AUTHORED_HEADS  # "An analysis by Politifact"
    if last >= j and not authored:
        return None  # the phrase runs up to the verb: no modifier between them
    known = head in lex.DOCUMENT_HEADS or head in lex.SOURCE_HEADS or authored
    if not known or head in _BOUNDARY:
        return None  # "About three in 10 said": a quantity opens it, no noun
    relative = False
    dashes = 0  # dash marks between the phrase and the cue: an odd count leaves an aside open
    for t in range(last + 1, j + 1):
        low = words[t].lower()
        dashes += low in _DASHES and not (t > 0 and words[t - 1] == "-" == words[t])  # "--" is one
        if low in _SUBJECT_RELATIVES:
            if t == j:
                return None  # "The poll of voters who said": the relative clause's own subject
            relative = True
        elif not relative and (low in lex.FINITE_MARKERS or words[t] in _CUES or low in (";", ":")):
            return None  # the sentence's verb came first: "The poll was taken and shows"
        elif low in lex.NEW_CLAUSE_LINKS:
            return None  # "Police estimates put it at 120,000, while organisers estimate": another clause
    if dashes % 2:
        return None  # "The bill--including cuts the White House has said it opposes--was": an aside
    end = last  # the name runs on through its linked phrases: "results of exit polls"
    t = j + 1 if authored else last + 1  # the author is named whole: "by Politifact"
    while t <= j and (words[t].lower() in _SUBJECT_LINKS or (t > last + 1 and words[t - 1].isalpha())):
        w = words[t]
        if not (w.isalpha() or "-" in w or "/" in w) or w.lower() in _SUBJECT_RELATIVES:
            break
        if w.islower() and w.endswith("ed"):
            break  # "exit polls conducted by ..."
        if w.lower() not in _SUBJECT_LINKS:
            end = t
        t += 1
    if kind == "name" and not any(_capitalised(w) for w in words[first + 1 : end + 1]):
        kind = "nominal"  # "Early results of exit polls": capitalised only as the sentence opens
    return first, end, kind


def _figure_follows(words: list[str], i: int) -> bool:
    """Whether a figure starts at token ``i`` or after a few lowercase qualifier words ("up to
    300", "as many as 40"), not after a noun and a comma ("claims of plagiarism, 721")."""
    for t in range(i, min(len(words), i + MAX_FIGURE_LEAD)):
        if _figure_word(words[t]):
            return True
        if not (words[t].isalpha() and words[t].islower() and words[t] in _QUALIFIER_WORDS):
            return False
    return False


def _skip_adjuncts(words: list[str], i: int, addressed: bool = False) -> int:
    """The first token after the adjuncts that follow a cue: "said Saturday", "said on Tuesday in a
    statement", "said (Sept 12)", "told reporters last week"; after a verb of speech (``addressed``)
    whom it was said to ("wrote in a memo to the committee")."""
    n = len(words)
    for _ in range(MAX_ADJUNCTS):
        if i >= n:
            return i
        w = words[i]
        low = w.lower()
        if w in _CALENDAR or low in ("yesterday", "today", "tonight", "earlier", "later"):
            i += 1
        elif (
            i + 2 < n
            and (low in ("a", "an", "one") or w[:1].isdigit() or low in _NUMBER_WORDS)
            and words[i + 1].lower() in lex.TIME_NOUNS
            and words[i + 2].lower() in ("ago", "earlier", "later", "before")
        ):
            i += 3  # "estimated a month ago"
        elif low in ("last", "this", "next") and i + 1 < n and words[i + 1].lower() in lex.TIME_ADJUNCTS:
            i += 2
        elif w == "(":
            close = next((c for c in range(i + 1, min(n, i + 10)) if words[c] == ")"), None)
            if close is None:
                return i
            i = close + 1
        elif addressed and _addressee(words, i):  # "said to a crowd of about 500", "wrote to his followers"
            j = i + 1
            while j < n and j - i <= MAX_ADDRESSEE and words[j] not in _ADDRESSEE_ENDS:
                j += 1
            i = j
        elif low in lex.ADJUNCT_PREPOSITIONS and i + 1 < n and not _opens_content(words, i):
            nxt = _np_right(words, i + 1, n, open_slot=True)  # "in its second estimate for the period"
            if nxt is None:
                return i
            i = nxt[1] + 1
        else:
            return i
    return i


def _addressee(words: list[str], i: int) -> bool:
    """ "to the committee", "to Congress" after a cue: whom it was said to ("wrote in a memo to the
    committee"), not "said to be" or "expected to cost"."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return words[i].lower() == "to" and (nxt.lower() in _DETERMINERS or _capitalised(nxt))


def _opens_content(words: list[str], i: int) -> bool:
    """Whether token ``i`` after a cue opens what is said, not an adjunct: "that", a quotation, or
    a preposition that qualifies a figure ("said at least 112", "said about 40", "put it at 40")."""
    if words[i] in ("that", ":") or words[i] in _QUOTE_MARKS:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt.lower() in ("least", "most") or _figure_word(nxt)


def _figure_word(word: str) -> bool:
    return word[:1].isdigit() or word in _MONEY_SIGNS or word.lower() in _NUMBER_WORDS


def _np_left(words: list[str], j: int) -> tuple[int, int, str] | None:
    """The speaker ending at token ``j``, walking left past brackets, appositives and who-clauses:
    (first token, last token, kind), or None. A noun phrase right after a verb is its object, not a
    speaker ("raised its profit forecast")."""
    np = _np_left_any(words, j)
    if np is None:
        return None
    np = _with_comma_partner(words, np)
    np = _named_before_description(words, np)
    i = np[0] - 1
    if i >= 0 and words[i].lower() in _DETERMINERS:
        i -= 1  # "the UN said"
    time = i >= 0 and _time_adjunct_length(words, i)  # "Earlier this month the firm said"
    if i >= 0 and words[i] in ("which", "whom"):
        return np  # "strikes, which employers say have cost": the relative is what they say
    if i >= 0 and words[i].islower() and words[i].isalpha() and words[i] not in _BOUNDARY and not time:
        if _closes_fronted_adjunct(words, i):
            return np  # "In a statement the company said": the adjunct's noun, not a verb's object
        return np if np[2] == "name" and _described_name(words, i) else None
    return np


def _closes_fronted_adjunct(words: list[str], i: int) -> bool:
    """Whether token ``i`` ends an adjunct that opens the sentence without a comma ("In a statement",
    "During the presentation", "In its report on the council's work"): a preposition of
    lex.ADJUNCT_OPENERS first (after a dateline's dash or a quotation mark), then no mark of a
    clause (a comma, a colon) nor a finite verb."""
    for a in range(i - 1, max(-1, i - lex.MAX_FRONTED_ADJUNCT), -1):
        w = words[a]
        if (
            w.lower() in lex.ADJUNCT_OPENERS
            and w[:1].isupper()
            and (a == 0 or words[a - 1] in _DASHES | _QUOTE_MARKS)
        ):
            return True
        if not (w.isalnum() or _possessive(w)) or w.lower() in _AUX or w.lower() in _CUES:
            return False
    return False


def _named_before_description(words: list[str], np: tuple[int, int, str]) -> tuple[int, int, str]:
    """The name an indefinite description is set off after, when ``np`` is that description: "Mason
    Best Co, a Texas investment firm, which last reported holding" (the firm is Mason Best Co); else
    ``np``."""
    first = np[0]
    if np[2] != "nominal" or first < 2 or words[first].lower() not in ("a", "an") or words[first - 1] != ",":
        return np
    if np[1] + 1 >= len(words) or words[np[1] + 1] != ",":
        return np  # "..., a Manila newspaper reported": a speaker after its content, not a description
    j = _before_bracket(words, first - 2)
    if j >= 0 and words[j] == ">":
        wire = _wire_name(words, j)  # "<Mason Best Co>, a Texas investment firm"
        if not isinstance(wire, int):
            return wire if wire is not None else np
        j = wire
    name = _np_ending_at(words, j) if j >= 0 else None
    if name is None or name[2] != "name" or words[name[1]] in _CALENDAR:
        return np
    relative = np[1] + 2 < len(words) and words[np[1] + 2].lower() in _RELATIVE_OPENERS
    before = words[name[0] - 1].lower() if name[0] > 0 else words[0].lower()  # "In Florida, a poll found"
    if not relative and (
        before in lex.PREPOSITIONS_IN_NAMES or before in _BOUNDARY or before in lex.FRONTING_PREPOSITIONS
    ):
        return np  # "on Monday, a nurse at the city hospital, said": an object, then the speaker
    return name  # (a relative's antecedent, object or not: "between Comdata and Mason Best Co, a Texas
    # investment firm, which last reported holding")


_MAX_NAMED_WORDS = 3  # an indefinite noun phrase before a naming participle: "a new Facebook group"


def _names_a_thing(words: list[str], k: int) -> bool:
    """Whether the participle at ``k`` ("called", "named") names the indefinite noun before it: an
    "a" or "an" opens that noun phrase, not at the sentence's start, and a capitalised name follows
    ("a Facebook group called Occupy DNC"; not "A spokesman called Obama a liar", "the senator called
    Smith")."""
    if k + 1 >= len(words) or not _capitalised(words[k + 1]):
        return False
    for a in range(k - 1, max(0, k - 1 - _MAX_NAMED_WORDS), -1):
        if words[a].lower() in ("a", "an"):
            return a > 0 and words[a - 1] not in _DASHES
        if not words[a].isalpha() or words[a].lower() in _BOUNDARY:
            return False
    return False


_MAX_PARTNER_WORDS = 2  # words of the partner's name before the comma: "Smith Barney, Harris Upham and Co"


def _with_comma_partner(words: list[str], np: tuple[int, int, str]) -> tuple[int, int, str]:
    """A partnership's name with the partner's name before its comma: "Sears, Roebuck and Co said"
    -> "Sears, Roebuck and Co", where the name read ends in a legal form after an "and"
    (``lex.PARTNERSHIP_ENDS``) and a capitalised word or two stand right before the comma."""
    first, last, kind = np
    if kind != "name" or words[last] not in lex.PARTNERSHIP_ENDS or "and" not in words[first:last]:
        return np
    if first < 2 or words[first - 1] != "," or not _capitalised(words[first - 2]):
        return np
    k = first - 2
    while k >= 1 and first - 1 - k < _MAX_PARTNER_WORDS and _capitalised(words[k - 1]):
        k -= 1
    partner = words[k : first - 1]
    opener = any(w.lower().endswith("ly") or w in _CALENDAR or w.lower() in _BOUNDARY for w in partner)
    if (
        opener
        or (k >= 1 and words[k - 1] in ("and", "&"))
        or any(w.lower() in lex.ORG_WORDS for w in partner)
    ):
        return np  # "with the Securities and Exchange Commission, Bilzerian and X Corp": a body, a name
    return k, last, kind


def _described_name(words: list[str], i: int) -> bool:
    """Whether the lower-case words ending at ``i`` describe the name after them, after a "the"
    that opens the clause: "the federal Bureau of Statistics", "the news site RTL Info" (not "the
    man shot John Smith", whose "the" opens no clause before a verb)."""
    if _kind_of_body(words[i]) and _opens_clause(words, i):
        return True  # "..., and insurer Brightwave said", "Later, broadcaster NBC said": a kind, then a name
    plural = words[i].endswith("s") and _kind_of_body(words[i][:-1])
    if plural and i >= 1 and _capitalised(words[i - 1]) and _opens_clause(words, i - 1):
        return True  # "Advertising agents Saatchi and Saatchi Co Plc said": a kind with its modifier
    g = i
    while g >= 0 and i - g < MAX_NAME_MODIFIERS and words[g] != "the":
        w = words[g]
        if not (w.isalpha() and w.islower()) or w in _BOUNDARY or w in _CUES or w.endswith(("ed", "ly")):
            # "Senior curator Ann Poole said"; "Earlier this month, new Prime Minister Yulia
            # Tymoshenko said", "..., and chief executive John Smith said": modifiers opening a clause
            # (not "an entire DVD project", "seven pct Swiss Franc notes": a noun's own words)
            describers = words[g + 1 : i + 1]
            opening = _capitalised(words[i + 1]) and _opens_clause(words, g + 1)
            opening = opening and not any(
                d in _DETERMINERS or d in _CARDINALS or d in _FIGURE_WORDS for d in describers
            )
            return g < i and (_title_opening(words, g) or opening)
        g -= 1
    if g < 0 or words[g] != "the":
        return False
    return _opens_clause(words, g)


# The marks "strip" would take off the text around a clause, as runs read by an anchored match.
RE_REMAINDER_BLANKS = re.compile(r"[ .”\"’']*")
RE_BEFORE_BLANKS = re.compile(r"[ ,“\"‘']*")
RE_REST_BLANKS = re.compile(r"[ .,”\"’]*")
RE_OPENING_BLANKS = re.compile(r"[ ,“\"‘]*")
RE_SPACES = re.compile(r"\s*")


def _lead(text: str, blanks: re.Pattern[str], start: int, end: int) -> str:
    """The first character of ``text[start:end].strip(marks)`` ("" when nothing is left), where
    ``blanks`` matches a run of those marks: found in time bounded by the marks, not by the span
    (the text after a clause can be a whole long sentence)."""
    i = blanks.match(text, start, end).end()
    return "" if i == end else text[i]


ASIDE_SPAN = 400  # characters before an inverted cue read for its few words; a longer span has more


def _words_within(text: str, start: int, end: int, most: int) -> int:
    """``len(text[start:end].strip(' ,“"‘').split())`` where the span is short; ``most + 1`` where it
    is too long to hold ``most`` words (no slice of a long sentence)."""
    if end - start > ASIDE_SPAN:
        return most + 1
    return len(text[start:end].strip(" ,“\"‘'").split())


def _after_than(words: list[str], first: int) -> bool:
    """Whether the speaker starting at token ``first`` (or its determiner) follows "than": what a
    figure is compared with, not who gives it ("lower than the analysts had forecast")."""
    i = first - 1
    if i >= 0 and words[i].lower() in _DETERMINERS:
        i -= 1
    return i >= 0 and words[i].lower() == "than"


def _speaker_head(word: str) -> bool:
    """Whether a word can end a speaker's noun phrase: a name, or a mined role or agent noun, plural
    or not ("bankers", "diplomats", "officials"; not "lives", "were")."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return (
        _capitalised(word) or low in lex.PLURAL_AGENT_HEADS or _kind_of_body(low) or _kind_of_body(singular)
    )


def _can_speak(word: str) -> bool:
    """Whether a phrase's head may speak: a speaker's head (a name, a mined role or agent noun) or
    a document's ("analysts", "the paper", "a report"; not "demand", "previous")."""
    return _speaker_head(word) or word.lower() in _DOCUMENT_NP_HEADS


def _kind_of_body(word: str) -> bool:
    """Whether a lower-case word before a name may say what the name is: a mined head, or a noun
    with an agent's ending outside any list ("insurer", "broadcaster", "regulator")."""
    return word in lex.SOURCE_HEADS or _agent_word(word)


def _agent_word(word: str) -> bool:
    """Whether a lower-case word outside the mined lists has an agent noun's ending: "insurer",
    "dealer", "economist" (lex.AGENT_ENDINGS; not "former", "senior")."""
    return (
        word.isalpha()
        and word.endswith(lex.AGENT_ENDINGS)
        and word not in lex.NOT_AGENT_WORDS
        and len(word) > 4
    )


def _title_opening(words: list[str], g: int) -> bool:
    """Whether token ``g``, capitalised as a sentence's first word (or the first after a wire
    dateline), opens a title before a name: "Lead underwriter Muller and Co Inc said", "Senior
    curator Ann Poole said" (a role no list holds; not "In", "After", "Meanwhile")."""
    w = words[g]
    low = w.lower()
    if not (w.isalpha() and w[:1].isupper() and w[1:].islower()) or low in _BOUNDARY or low.endswith("ly"):
        return False
    if low in lex.NEW_CLAUSE_LINKS or low in _CUES or low in _CARDINALS:
        return False  # not "One way Japan agreed to help was ..."
    return g == 0 or (words[g - 1] in _DASHES and _past_dateline_dash(words, g - 1))


def _opens_clause(words: list[str], g: int) -> bool:
    """Whether token ``g`` opens a clause: the sentence's first, or after a comma, a colon, a
    quotation mark, "and" or a link that opens a new clause ("while", "but")."""
    if g == 0:
        return True
    before = words[g - 1]
    if before in _DASHES:
        return _past_dateline_dash(words, g - 1)  # "LONDON, March 3 - Advertising agents X said"
    return before in (",", ";", ":", "and") or before in lex.NEW_CLAUSE_LINKS or before in _QUOTE_MARKS


def _past_dateline_dash(words: list[str], d: int) -> bool:
    """Whether the dash at token ``d`` ends a wire dateline ("LONDON, March 3 -"): a place in
    capitals, a comma and a date before it."""
    if not (3 <= d <= 8 and "," in words[1:d] and words[d - 1][:1].isdigit()):
        return False
    # a place in capitals, or in title case before a month ("Detroit, March 24 -", as keyed)
    return words[0].isupper() or (words[0][:1].isupper() and words[d - 2].rstrip(".") in _CALENDAR)


def _np_left_any(words: list[str], j: int) -> tuple[int, int, str] | None:
    if j < 0:
        return None
    if words[j] == ">":  # wire copy marks companies: "<Royex Gold Mining Corp> said"
        wire = _wire_name(words, j)
        if not isinstance(wire, int):
            return wire
        j = wire
    j = _before_bracket(words, j)
    hops = 0
    named: tuple[int, int, str] | None = None
    placed = -1  # the place a speaker is "of" when a comma goes on naming it
    while j >= 0 and words[j] == "," and hops < 3:  # "X, who flew in on Sunday, said"
        opening = _appositive_start(words, j)
        if opening is None:
            return None
        if _of_place(words, opening, j):
            placed = opening - 1  # "the Hunt family of Dallas, Texas, told": the family speaks
        elif _name_span(words, opening + 1, j - 1):
            named = (opening + 1, j - 1, "name")  # "A Twitter spokesman, Christopher Abboud, said"
        j = _before_bracket(words, opening - 1)  # "Rep. Elijah Cummings (D-Md.), chair of ..., said"
        if j >= 2 and _age(words[j]) and words[j - 1] == ",":
            j -= 2  # "Marley Anderson, 21, a junior from Las Vegas, said": the age is the name's
        hops += 1
    if hops and j >= 0:
        outer = _open_relative_before(words, j)
        if outer is not None:  # "Rosewood, which is owned by X, whose trustees include Y, said"
            j = _before_bracket(words, outer - 1)
    if j < 0:
        return None
    if hops and words[j] == ">":  # "<Onyx Petroleum Exploration Co Ltd>, earlier reporting a loss, said"
        wire = _wire_name(words, j)
        if not isinstance(wire, int):
            return wire
        j = wire
    if words[j].lower() in ("who", "which") and j >= 2 and words[j - 1] == ",":
        # "Mark Zuckerberg, who announced": the pronoun is the name ("the Muslim Association of
        # Britain (MAB), which believes": past its bracketed acronym)
        before = j - 2
        if (
            words[before] == ">"
        ):  # "<Mrs Fields Inc>, which earlier announced", "Outokumpu Oy <OUTO.HE>, which"
            wire = _wire_name(words, before)
            if not isinstance(wire, int):
                return wire
            before = wire
        return _np_ending_at(words, _before_bracket(words, before))
    if named is not None and _np_ending_at(words, j) is not None:
        return named
    document = _document_before(words, j)
    if document is not None:
        return document  # "A Monmouth poll out Monday showed", "another Pew study from 2011 noted"
    if placed == j and j >= 2 and words[j - 2].isalpha() and not _named_with_place(words[j - 2]):
        j -= 2  # past "of Dallas" to who is of it (a body's name keeps it: "University of Birmingham")
    participle = _participle_before(words, j)
    if participle is None:
        np = _np_ending_at(words, j)
        if (
            np is not None
            and np[0] >= 2
            and words[np[0] - 1] == ")"
            and words[np[1]].lower() in lex.DOCUMENT_HEADS
        ):
            issuer = _np_ending_at(words, _before_bracket(words, np[0] - 1))
            if issuer is not None and issuer[2] == "name":
                return issuer  # "Central Statistical Office (CSO) preliminary figures show": the office
        if (
            np is not None
            and np[2] == "name"
            and np[0] >= 2
            and words[np[0] - 1] == "in"
            and words[np[0]] not in _CALENDAR
        ):
            holder = _np_ending_at(words, np[0] - 2)  # "John Smith of Acme Corp in Boston said": not Boston
            last = words[holder[1]].lower() if holder is not None else ""
            one_word = last in _BOUNDARY or last in _DETERMINERS or last in _QUANTIFIERS
            if holder is not None and holder[2] != "pronoun" and not one_word:  # not "All in all X said"
                return holder
        return np
    at, by = participle  # "a Gallup poll released Tuesday found", "engineers commissioned by X put"
    head = _np_ending_at(words, at - 1) or _bare_subject(words, at - 1)
    if head is not None and by is not None and words[at - 1].lower() in lex.DOCUMENT_HEADS:
        # any noun phrase is the agent, an owned one too: "by the government's Cabinet Office"
        agent = _np_right(words, by + 1, j + 1) or _np_right(words, by + 1, j + 1, open_slot=True)
        if agent is not None:
            return agent  # "Figures released by the housing agency show": the agency speaks
    return head


def _wire_name(words: list[str], j: int) -> tuple[int, int, str] | int | None:
    """A company marked in wire copy, its ``>`` at ``j``: the name inside the brackets, (first,
    last, "name"), for "<Royex Gold Mining Corp>"; the index of the name's last word for a ticker
    after the name ("Isuzu Motors Ltd <ISUM.T>": the name is read on from there); or None."""
    opening = next((i for i in range(j - 1, max(-1, j - 10), -1) if words[i] == "<"), None)
    if opening is None:
        return None
    if opening > 0 and _capitalised(words[opening - 1]):
        return opening - 1
    if opening + 1 < j and _capitalised(words[opening + 1]):
        return opening + 1, j - 1, "name"
    return None


def _document_before(words: list[str], j: int) -> tuple[int, int, str] | None:
    """A poll, study or report with what follows it up to ``j``: "a poll out Monday", "polls in New
    Hampshire", "another Pew study from 2011", "the data released Tuesday by the bureau"."""
    for h in range(j - 1, max(-1, j - 9), -1):
        w = words[h]
        if w.lower() in lex.DOCUMENT_HEADS and words[h + 1].lower() in (
            "out",
            "in",
            "from",
            "of",
            "by",
            "for",
        ):
            if all(
                t.isalnum() or "-" in t or "/" in t or t in ("&", "'s", "’s") for t in words[h + 1 : j + 1]
            ):
                np = _nominal_ending_at(words, h)
                return (np[0], j, "nominal") if np is not None else None
            return None
        if not (w.isalnum() or "-" in w or "/" in w):
            return None
    return None


def _issuer_of_document(words: list[str], np: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """The body a document speaks for, when the speaker read is "in" a document after it: "The Finance
    Ministry in a report issued in February predicted", "The OECD, in its latest report, forecast"
    (the ministry, the OECD); else ``np`` itself."""
    if np is None or np[2] == "pronoun":
        return np
    inner = next((p for p in range(np[0] + 1, np[1]) if words[p] == "in"), None)
    if inner is not None and any(w.lower() in lex.DOCUMENT_HEADS for w in words[inner + 1 : np[1] + 1]):
        held = _np_ending_at(words, inner - 1)  # "The Finance Ministry in a report issued in February"
        speaks = held is not None and (held[2] == "name" or _can_speak(words[held[1]]))
        return (
            held if speaks and held[0] == np[0] and words[held[1]].lower() not in lex.DOCUMENT_HEADS else np
        )
    if np[0] < 2 or words[np[0] - 1] not in ("in", "In"):
        return np
    if not any(w.lower() in lex.DOCUMENT_HEADS for w in words[np[0] : np[1] + 1]):
        return np
    k = np[0] - 2
    if words[k] == "," and k >= 1:
        k -= 1
    issuer = _np_ending_at(words, k)
    if issuer is None or not (issuer[2] == "name" or _can_speak(words[issuer[1]])):
        return np
    return issuer


_PARTICIPLE_TAIL = frozenset("by on in last this week month year at from the a of today yesterday".split())


def _participle_before(words: list[str], j: int) -> tuple[int, int | None] | None:
    """The participle opening a modifier that ends at ``j`` ("released Tuesday", "commissioned by
    the treasury"): (its index, the index of "by" or None), or None."""
    by = None
    for i in range(j, max(-1, j - 8), -1):
        w = words[i]
        if w == "by":
            by = i
        if w.islower() and w.endswith("ed") and w not in _BOUNDARY and 0 < i < j:
            tail = words[i + 1 : j + 1]
            plain = all(_capitalised(t) or t.lower() in _PARTICIPLE_TAIL or t[:1].isdigit() for t in tail)
            agent = by == i + 1 and all(t.isalpha() or "-" in t or _possessive(t) for t in tail)
            if (plain or agent) and (words[i - 1].isalpha() and words[i - 1].lower() not in _BOUNDARY):
                return i, (by if by == i + 1 or (plain and by is not None) else None)  # "released today by"
            return None
        if not (w.isalpha() or "-" in w or (_possessive(w) and w.islower())) or (
            w.lower() in _BOUNDARY and w not in ("by", "on", "in", "at", "of")
        ):
            return None  # (an agent may be owned: "by the government's Cabinet Office")
    return None


def _appositive_start(words: list[str], j: int) -> int | None:
    """The comma that opens the appositive or relative clause closed by the comma at ``j``:
    "X, who flew in on Sunday, said", "X, a longtime adviser, said", "X, 39, said", "The survey,
    conducted for Y, found", "A spokesman, Christopher Abboud, said"."""
    i = j - 1
    of_place = None  # a comma that goes on naming a place: "an investor from Birmingham, Alabama,"
    while i > max(-1, j - 30):
        if words[i] == ",":
            nxt = words[i + 1] if i + 1 < j else ""
            low = nxt.lower()
            if of_place is None and _capitalised(nxt) and _of_place(words, i, j):
                of_place = i  # the appositive may open before the place ("X, an investor from ...")
                i -= 1
                continue
            if (
                low in lex.APPOSITIVE_OPENERS
                or nxt[:1].isdigit()
                or _owned_share(words, i, j)  # ", about 69 pct owned by Bell Canada,"
                or low in _TITLES
                or low in lex.SOURCE_HEADS
                or (nxt.islower() and nxt.endswith("ed"))
                or (_participle_clause(words, i + 1, j) and _opens_sentence(words, i))
                or low in ("then", "now", "both", "also", "himself", "herself")
                or low in lex.PLACE_ADVERBS  # "Whipple, here to attend the show, said"
            ):
                return i
            place = _place_before_comma(words, i) if nxt.islower() else None
            if place is not None:
                i = place - 1  # "X, an Aspen, Colo., investment firm, said": the place is inside
                continue
            if _capitalised(nxt) and nxt not in _NOT_NAMES and i > 0 and words[i - 1].isalpha():
                # "Mason Harrison, Crowdpac spokesman, said"; not a clause with a dash or a verb of
                # its own ("NEW YORK, Feb 26 - Acme Corp announced an offer, said X": X speaks)
                inner = words[i + 1 : j]
                return of_place if any(w in _DASHES or w in _CUES for w in inner) else i
            return of_place
        if words[i] in (";", ":", "(", ")") or words[i] in _QUOTE_MARKS:
            return of_place
        i -= 1
    return of_place


_RELATIVE_OPENERS = frozenset(("who", "which", "whose"))
MAX_RELATIVE = 20  # tokens of a relative clause that holds another one: "which is owned by X"


def _open_relative_before(words: list[str], j: int) -> int | None:
    """The comma opening a relative clause that token ``j`` ends inside, when a nested relative was
    passed over after it: "Rosewood, which is owned by the Caroline Hunt Trust Estate, whose trustees
    include ..., also said" (the estate is inside the first clause; Rosewood speaks)."""
    for i in range(j, max(-1, j - MAX_RELATIVE), -1):
        w = words[i]
        if w == ",":
            return i if i + 1 <= j and words[i + 1].lower() in _RELATIVE_OPENERS else None
        if w in (";", ":", "(", ")") or w in _QUOTE_MARKS or w in _CUES:
            return None
    return None


def _role_gender(role: str) -> str:
    """The gender a role's head word gives, as lex.PRONOUNS_PERSON writes it, or "" when it gives none:
    "spokeswoman" is a woman's role, "spokesman" a man's, "official" either."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    head = words[cut - 1] if cut else ""  # "spokesman for the hospital" -> "spokesman"
    if head.endswith(("woman", "women")):
        return lex.PRONOUNS_PERSON["she"]
    if head.endswith(("man", "men")):
        return lex.PRONOUNS_PERSON["he"]
    return ""


def _after_comma(words: list[str], k: int) -> bool:
    """Whether the cue at ``k`` follows a comma, or "in" after one: ", noting", ", in reporting"."""
    return (k >= 1 and words[k - 1] == ",") or (k >= 2 and words[k - 1] == "in" and words[k - 2] == ",")


def _opens_sentence(words: list[str], i: int) -> bool:
    """Whether the words before ``i`` are one phrase opening the sentence (or following a wire
    dateline's dash), with no verb or clause mark: "Baker", "<Onyx Petroleum Ltd>", not "Twenty-six
    bodies were found in Bihar" (whose ", taking the toll to 367, said X" is no appositive)."""
    for t in range(i - 1, -1, -1):
        w = words[t]
        if w in _DASHES:
            return True
        if (
            w in (",", ";", ":")
            or w.lower() in lex.FINITE_MARKERS
            or w in _CUES
            or (w.islower() and w.endswith("ed"))
        ):
            return False
    return True


def _participle_clause(words: list[str], i: int, j: int) -> bool:
    """Whether the words from ``i`` to the comma at ``j`` are a clause of an -ing participle, an
    adverb of time before it ("<Onyx Petroleum>, earlier reporting a 1986 net loss, said",
    "The company, citing weak demand, said")."""
    if i < j and words[i].lower() in ("earlier", "later", "also", "again"):
        i += 1
    return i < j and words[i].islower() and words[i].endswith("ing") and len(words[i]) > 4


def _named_with_place(word: str) -> bool:
    """Whether the word before "of <place>" makes the place part of a body's name ("University of
    Birmingham", "Savings Bank of Humacao"), not where a company or a person is from ("Insituform Group
    Ltd of Guernsey", "the Hunt family of Dallas")."""
    return _capitalised(word) and word.lower() not in lex.COMPANY_FORMS


def _of_place(words: list[str], i: int, j: int) -> bool:
    """Whether the comma at ``i`` follows a place the speaker is "of" or "from" and the words up to
    the comma at ``j`` go on naming it: "Insituform Group Ltd of Guernsey, Channel Islands, said",
    "the Hunt family of Dallas, Texas, told" (a country or region on one side, lexicon/places.py);
    not "the chairman of Acme, John Smith, said", "Royal Bank of Canada, Canada's largest bank,
    said", "The Reserve Bank of India, RBI, announced"."""
    if i < 2 or words[i - 2] not in lex.PLACE_LINKS or not _capitalised(words[i - 1]):
        return False
    if i >= 3 and words[i - 3].lower() in _TITLE_WORDS:
        return False  # a title's "of" names a body: "the chairman of Acme, John Smith,"
    span = [w for w in words[i + 1 : j] if w != "."]
    if not span or len(span) > 3:
        return False
    for w in span:
        if not _capitalised(w) or _possessive(w) or (w.isupper() and "." not in w and len(w) > 1):
            return False  # "Canada's largest bank", "RBI": no place
    regions = region_names()
    if " ".join(span) in regions:
        return True  # "Oriental Federal Savings Bank of Humacao, Puerto Rico,"
    before_of = words[i - 3].lower() if i >= 3 else ""
    if before_of in lex.ORG_WORDS and before_of not in lex.COMPANY_FORMS:
        return False  # "the Bank of Greece, Dimitris Halikias,": a body's name, then a person's
    return words[i - 1] in regions


def _place_before_comma(words: list[str], i: int) -> int | None:
    """The index of the town in "Aspen, Colo.," or "Lyon, France," when the comma at ``i`` closes
    such a place (a capitalised word, a comma, a capitalised word or abbreviation), else None."""
    k = i - 1
    if k >= 1 and words[k] == "." and words[k - 1].isalpha():
        k -= 1  # "Colo ."
    if k >= 2 and _capitalised(words[k]) and words[k - 1] == "," and _capitalised(words[k - 2]):
        return k - 2
    return None


def _name_span(words: list[str], first: int, last: int) -> bool:
    """Whether ``words[first:last + 1]`` names a person: "Christopher Abboud", "Prime Minister
    Oskar Lind of Tarvala" (titles and "of" a place aside, two to four capitalised words)."""
    span = words[first : last + 1]
    if not span or not all(_capitalised(w) or w in ("of", "for", "de", "van", "von") for w in span):
        return False
    tokens = _before_of(_strip_title(span)[0])
    return 2 <= len(tokens) <= 4 and all(_capitalised(w) and w not in _NOT_NAMES for w in tokens)


def _np_ending_at(words: list[str], j: int) -> tuple[int, int, str] | None:
    w = words[j]
    low = w.lower()
    if low in _PRONOUNS:
        return j, j, "pronoun"
    if _capitalised(w) and (w not in _NOT_NAMES or low in lex.SOURCE_HEADS):
        i = j
        if (
            j >= 3
            and "".join(words[j - 2 : j + 1]) in lex.SLASHED_COMPANY_FORMS
            and _capitalised(words[j - 3])
        ):
            i = j - 3  # "Norsk Hydro A/S said": the company form ends the name
        while i - 1 >= max(0, j - MAX_NAME_WORDS):
            if words[i - 1] == ")" and i - 3 >= 0 and words[i - 3] == "(" and _capitalised(words[i - 2]):
                if i - 4 >= 0 and _capitalised(words[i - 4]):
                    i -= 4  # "Industrial Equity (Pacific) Ltd", "Sony (U.K.) Ltd": one company's name
                    continue
                break
            dated = (
                words[i - 1] in _WEEKDAYS and i - 2 >= 0 and words[i - 2].lower() in lex.TIME_ADJUNCT_OPENERS
            )
            if dated or words[i - 1].lower() in lex.DEICTIC_DAYS:
                break  # "At a press conference on Thursday Intel announced", "Today Reagan said": a date
            if not (
                _capitalised(words[i - 1])
                or (words[i - 1] in _NAME_LINKS and i - 2 >= 0 and _capitalised(words[i - 2]))
                or (words[i - 1] == "and" and _and_in_name(words, i - 1))
            ):
                break
            i -= 1
        while i > 0 and words[i] in _NOT_NAMES and i < j:
            i += 1
        name_start = i
        while i - 1 >= 0 and (words[i - 1].lower() in _TITLES or words[i - 1].lower() in lex.BODY_HEADS):
            i -= 1  # "fire chief Tom Reyes", "utility company Albery Power"
        if i < name_start:
            role = _nominal_ending_at(words, i)  # "Disaster management agency spokesman T P Gupta"
            if role is not None and role[0] < i:
                i = role[0]
        if words[i] in _NOT_NAMES and i == j and low not in lex.SOURCE_HEADS:
            return None
        k = i - 1 if i - 1 >= 0 and words[i - 1].lower() == "the" else i
        for _ in range(3):  # "Officials in the northern province of Tessaly said": past the places
            if not (k - 2 >= 0 and words[k - 1] in lex.PREPOSITIONS_IN_NAMES):
                break
            role = _nominal_ending_at(words, k - 2)
            if role is not None and words[role[1]].lower() in lex.PLACE_WORDS:
                k = role[0]  # a place, which holds the speaker before it
                continue
            if role is not None:
                return role[0], j, "nominal"  # "a longtime adviser to Trump", "critics in the Party"
            if words[k - 2].lower() in lex.PLURAL_AGENT_HEADS:
                first = k - 3 if k - 3 >= 0 and _capitalised(words[k - 3]) else k - 2
                return first, j, "nominal"  # "Western diplomats in Rangoon estimate"
            break
        return i, j, ("nominal" if low in lex.SOURCE_HEADS and i == j else "name")
    np = _nominal_ending_at(words, j)
    if np is not None and np[0] >= 2 and words[np[0] - 1] in lex.PREPOSITIONS_IN_NAMES:
        role = _nominal_ending_at(words, np[0] - 2)
        # a mined role in lower case, or capitalised as the sentence's first word: "a nurse at the
        # city hospital said": the nurse speaks; "Critics of the government say" (not "Edison
        # Research for the networks": a name)
        head = words[role[1]] if role is not None else ""
        if head in lex.SOURCE_HEADS or (
            role is not None and role[1] == 0 and head.lower() in lex.SOURCE_HEADS
        ):
            return role[0], j, "nominal"
    return np


def _object_of_preposition(words: list[str], first: int) -> bool:
    """Whether the noun phrase starting at token ``first`` (or its determiner) follows a preposition
    that never takes a speaker ("under the settlement", "with an ad")."""
    i = first - 1
    if i >= 0 and words[i].lower() in _DETERMINERS:
        i -= 1
    return i >= 0 and words[i].lower() in lex.OBJECT_PREPOSITIONS


def _before_bracket(words: list[str], j: int) -> int:
    """The token before a bracket that closes at ``j`` ("Cummings (D-Md.)" -> "Cummings"), or ``j``
    itself; -1 when the bracket does not open within a few tokens."""
    if j < 0 or words[j] != ")":
        return j
    opening = next((i for i in range(j - 1, max(-1, j - 10), -1) if words[i] == "("), None)
    return -1 if opening is None else opening - 1


def _age(word: str) -> bool:
    """Whether a token is an age set off by commas after a name: "Yin May, 60, a doctor"."""
    return word.isdigit() and len(word) <= 3


def _role_words(tokens: list[str]) -> list[str]:
    """A role's words before the place or body it speaks from: "a spokesman for the council", "one
    FRN market source at a leading U.S. House" -> its head is the last word (lex.ROLE_LINKS)."""
    for i, t in enumerate(tokens[1:], start=1):
        if t in lex.ROLE_LINKS:
            return tokens[:i]
    return tokens


def _person_role(head: str) -> bool:
    """Whether a source head names one person by role ("official", "spokesman", "analyst"), mined or
    an agent noun outside the list ("trader", "dealer": wire roles PolNeAR seldom marks), not a
    body ("bank", "ministry"), a document or a group."""
    agent = _agent_word(head) and not head.endswith("ment") and head not in lex.NOT_AGENT_HEADS
    return (
        (head in lex.SOURCE_HEADS or agent)
        and not (head.endswith("s") and not head.endswith("ss"))
        and head not in lex.ORG_WORDS
        and head not in lex.GENERIC_BODIES
        and head not in lex.DOCUMENT_HEADS
        and head not in lex.AUTHORED_HEADS
    )


def _is_place(name: str) -> bool:
    """Whether a body's name names a place ("Research Triangle Park"), never what "the company" is."""
    return any(w.lower() in lex.PLACE_WORDS for w in name.split())


def _and_in_name(words: list[str], a: int) -> bool:
    """Whether the "and" at token ``a`` is inside one name: a body's or a company's."""
    return _institution_and(words, a) or _company_and(words, a) or _body_head_after_and(words, a)


def _body_head_after_and(words: list[str], a: int) -> bool:
    """Whether the "and" at token ``a`` joins a body's name that ends on a body's word after it:
    "the Farm and Industrial Equipment Institute", "Tool and Machinery Institute" (not "the Treasury
    Department and the Fed": a body's word before the "and" ends a name there)."""
    if a < 1 or not _capitalised(words[a - 1]) or words[a - 1].lower() in lex.ORG_WORDS:
        return False
    k = a + 1
    while k < len(words) and k - a <= MAX_NAME_PARTS + 1 and _capitalised(words[k]):
        k += 1
    ends = k == len(words) or not _capitalised(words[k])
    return k > a + 1 and ends and words[k - 1].lower() in lex.ORG_WORDS


def _company_and(words: list[str], a: int) -> bool:
    """Whether the "and" at token ``a`` is inside one company's name: "Sears, Roebuck and Co",
    "Oppenheimer and Co", "S and P" (Standard and Poor's, as wire copy writes it)."""
    if a < 1 or a + 1 >= len(words) or not _capitalised(words[a - 1]):
        return False
    after, before = words[a + 1], words[a - 1]
    return after in lex.COMPANY_TAILS or (len(after) == 1 and len(before) == 1)


def _institution_and(words: list[str], a: int) -> bool:
    """Whether the "and" at token ``a`` joins the parts of one body's name after its "of" or "for":
    "Centers for Disease Control and Prevention", "Department of Health and Human Services" (not
    "Smith and Jones", two speakers)."""
    i = a - 1
    while i >= 1 and a - i <= MAX_NAME_PARTS and _capitalised(words[i]):
        if words[i - 1] in _BODY_LINKS:
            return i >= 2 and _capitalised(words[i - 2])
        i -= 1
    return False


def _nominal_ending_at(words: list[str], j: int) -> tuple[int, int, str] | None:
    """A determiner (or possessive) and a noun ending at ``j``: "the county coroner", "Trump's
    campaign"; a bare listed head also counts ("officials", "experts")."""
    head = words[j]
    low = head.lower()
    if not head.isalpha() and "-" not in head:
        return None
    if (
        low in _BOUNDARY
        or low in _DETERMINERS
        or low in _AUX
        or (low.endswith("ly") and low not in lex.SOURCE_HEADS and low not in lex.NOUNS_IN_LY)
        or low in lex.TIME_NOUNS
    ):
        return None  # "a month later announced": a time is never a speaker
    i = j
    steps = 0
    while i - 1 >= 0 and steps < 6:
        prev = words[i - 1]
        p_low = prev.lower()
        if _possessive(prev) and _strip_possessive(prev) in _CALENDAR and i == j:
            return None  # "Wednesday's count showed": a day is nobody's source
        split = prev in ("'", "’") and i >= 2 and words[i - 2].endswith("s") and words[i - 2].isalpha()
        if p_low in _DETERMINERS or _possessive(prev) or split:
            i -= 2 if split else 1  # "the employers' federation": the apostrophe is a token of its own
            if _possessive(prev) or split:  # "Trump's campaign", "the budget office's"
                i = _owner_start(words, i)
            return i, j, "nominal"
        if p_low == "and" and _coordinated_modifier(words, i):
            i -= 2  # "the news and information company"
            steps += 2
            continue
        if is_year_word(prev) and i - 2 >= 0 and words[i - 2].lower() in _DETERMINERS:
            i -= 1  # "a 2015 study found": a year after the determiner
            steps += 1
            continue
        if p_low in _BOUNDARY or not (prev.isalpha() or "-" in prev) or prev in _QUOTE_MARKS:
            break
        if p_low in ("of",) and i - 2 >= 0 and words[i - 2].lower() in _QUANTIFIERS:
            i -= 2  # "some of the candidates"
            steps += 2
            continue
        opened = i - 2 >= 0 and (words[i - 2].lower() in _DETERMINERS or words[i - 2].lower() in _CARDINALS)
        compound = "-" in prev  # "customs-cleared export statistics", "state-owned media": an adjective
        if (
            prev.islower()
            and p_low.endswith("ed")
            and p_low not in lex.SOURCE_HEADS
            and not (p_low in lex.RELEASE_VERSIONS and low in lex.RELEASE_HEADS)  # "unadjusted figures"
            and not opened
            and not compound
        ):
            # "voters surveyed": a participle is not a modifier here (but "the affiliated investment
            # firms", "two unnamed officials": after a determiner or a number it is an adjective)
            break
        i -= 1
        steps += 1
    if low in lex.SOURCE_HEADS or low in lex.DOCUMENT_HEADS or (i < j and words[i].lower() in _QUANTIFIERS):
        # a document speaks too: "..., new fundraising reports show"
        if i >= 2 and words[i - 1] == "and" and words[i - 2].lower() in lex.SOURCE_HEADS:
            i -= 2  # "police and organisers say"
        return i, j, "nominal"
    return None


def _owner_start(words: list[str], i: int) -> int:
    """Where the owner whose possessive is token ``i`` starts: its capitalised name ("France
    Telecom's"), or lower-case words back to their determiner ("the budget office's"); never over a
    verb ("services also boosted France Telecom's profits")."""
    k = i
    while k - 1 >= 0 and i - k < MAX_OWNER_WORDS:
        w = words[k - 1]
        titled = w.lower() in _TITLES or w in lex.SOURCE_HEADS  # "Presidential candidate Marco Rubio's"
        if not (_capitalised(w) or (titled and k < i)) or w.lower() in _BOUNDARY or w.lower() in _DETERMINERS:
            break
        k -= 1
    if k < i:
        return k - 1 if k - 1 >= 0 and words[k - 1].lower() in _DETERMINERS else k
    for t in range(i - 1, max(-1, i - 1 - MAX_OWNER_WORDS), -1):
        w = words[t].lower()
        if w in _DETERMINERS:
            return t  # "the budget office's"
        if not words[t].isalpha() or w in _BOUNDARY or w in _AUX or w.endswith("ed") or w in _CUES:
            break
    return i


def _coordinated_modifier(words: list[str], i: int) -> bool:
    """Whether "and" before ``words[i]`` joins two modifiers after a determiner ("the news and ...")."""
    return (
        i >= 3
        and words[i - 2].islower()
        and words[i - 2] not in _BOUNDARY
        and words[i - 3].lower() in _DETERMINERS
    )


def _agent_after_figure(words: list[str], i: int, n: int) -> tuple[int, int, str] | None:
    """The agent of a passive cue whose figure stands between them: "Annual inflation was forecast at
    four to 4.5 pct by the National Economic and Development Authority" (holdout 28). The words from
    ``i`` to "by" hold a figure and no clause's edge (MAX_FIGURE_TO_AGENT at most); the agent is a
    name or a speaker's head, not an amount ("estimated at 5 pct by volume")."""
    figure = False
    for j in range(i, min(n, i + MAX_FIGURE_TO_AGENT)):
        w = words[j]
        if w == "by":
            agent = _np_right(words, j + 1, n) if figure else None
            if agent is None or not (agent[2] == "name" or _speaker_head(words[agent[1]])):
                return None
            # a date or an event, read with the word after it: "by September 20", "by Christmas", "by
            # Thursday's deadline", "by the OPEC meeting"
            span = words[agent[0] : agent[1] + 2]
            if any(t.lower().removesuffix("'s").removesuffix("’s") in _WHEN_NAMES for t in span):
                return None
            return agent
        if w in _CLAUSE_EDGES or w.lower() in _AGENT_GAP_STOPS:
            return None
        figure = figure or w[:1].isdigit() or w.lower() in _CARDINALS
    return None


def _np_right(words: list[str], i: int, n: int, open_slot: bool = False) -> tuple[int, int, str] | None:
    """The speaker starting at token ``i`` (inverted attribution: "said the finance minister").
    In an ``open_slot`` ("according to organisers") any noun will do; a document's author is its
    speaker ("a tally by Civic Watch")."""
    if i >= n:
        return None
    w = words[i]
    low = w.lower()
    if low in _PRONOUNS:
        return i, i, "pronoun"
    j = i
    if low in _DETERMINERS or _possessive(w):
        j += 1
    elif w.islower() and low not in _TITLES and low not in lex.SOURCE_HEADS and not open_slot:
        return None  # "set to prepare HP": a verb, not a speaker
    # modifiers and titles, then a capitalised run or a noun head
    last = -1
    kind = "nominal"
    while j < n and j - i < 8:
        t = words[j]
        t_low = t.lower()
        if t == "--" or (t == "-" and j + 1 < n and words[j + 1] == "-"):
            break  # a wire dash opens an aside: "The bill--including ..."
        if (
            (_capitalised(t) and t not in _NOT_NAMES)
            or (t in _NAME_LINKS and last >= 0 and j + 1 < n and _capitalised(words[j + 1]))
            or (
                t == "and"
                and last >= 0
                and j + 1 < n
                and _capitalised(words[j + 1])
                and _and_in_name(words, j)
            )
        ):
            last = j
            if _capitalised(t):
                kind = (
                    "name"
                    if kind == "name" or last == i or low in _TITLES or words[i].lower() in _TITLES
                    else kind
                )
            j += 1
            continue
        if t_low in _BOUNDARY and not (
            t_low in lex.PREPOSITIONS_IN_NAMES
            and last >= 0
            and j + 1 < n
            and _capitalised(words[j + 1])
            and words[j + 1] not in _CALENDAR  # "figures released on Monday": a date, no name
        ):
            break
        if t_low in _DETERMINERS and last >= 0 and words[j - 1].lower() not in lex.PREPOSITIONS_IN_NAMES:
            break  # "citing evidence the US recovery was robust": a second phrase begins
        possessive = t in ("'", "’") and last == j - 1 and words[last].endswith("s")
        if possessive and j + 1 < n and words[j + 1].isalpha():
            j += 1  # a plural possessive inside the phrase: "the employers' federation"
            continue
        owner = t_low[:-2] not in lex.CONTRACTED_PRONOUNS  # "he's", "that's": a verb follows
        if (
            open_slot
            and owner
            and _possessive(t)
            and t.islower()
            and j + 1 < n
            and (words[j + 1].isalpha() or is_year_word(words[j + 1]))
        ):
            last = j  # "according to the foundation's tally", "the fund's 1986 report": the owner's document
            j += 1
            continue
        if is_year_word(t) and j > i and j + 1 < n and words[j + 1].isalpha():
            j += 1  # "according to the 2009 paper": a year before the head
            continue
        # "according to early results", "recently released data"; not "backed by nearly 6 in 10"
        adjective = open_slot and j + 1 < n and words[j + 1].isalpha()
        adverb = t_low.endswith("ly") and t.islower() and j == i and not adjective
        if not (t.isalpha() or "-" in t) or adverb:
            break  # an adverb, unless a determiner or "according to" makes it an adjective ("a yearly poll")
        if t.islower() and last >= 0 and _capitalised(words[last]) and t_low not in lex.SOURCE_HEADS:
            break  # "said Ana Ruiz yesterday"
        last = j
        j += 1
    if last < 0:
        return None
    head = last
    if last > i + 1 and words[last].lower() in lex.AUTHORING_PARTICLES:
        head = last - 1  # "a table drawn up by": the participle before its particle
    if head > i and words[head].lower() in lex.AUTHORING_PARTICIPLES:
        head -= 1
        while head > i and (
            words[head] in ("also", "just") or (words[head].endswith("ly") and words[head].islower())
        ):
            head -= 1  # "figures also released", "data recently published by"
    if words[head].lower() in lex.AUTHORED_HEADS and last + 2 < n and words[last + 1] in ("by", "from"):
        agent = _np_right(words, last + 2, n)  # "a tally by X", "information presented by the CDC"
        if agent is not None:
            return agent
    if head < last and words[head].lower() in lex.AUTHORED_HEADS:
        last = head  # "according to figures released at the end of 2004": the figures
    span = words[i : last + 1]
    if any(_capitalised(t) and t not in _NOT_NAMES and t.lower() not in _TITLES for t in span):
        names = [t for t in span if _capitalised(t)]
        if span[0].lower() not in _DETERMINERS and names:
            return i, last, "name"
        return i, last, "nominal"
    if span[-1].lower() in lex.SOURCE_HEADS or low in _DETERMINERS or open_slot:
        return i, last, "nominal"
    return None
