"""The number grammar: find every figure in a text, with its value, unit and span.

Digits with separators (1,234 / 12 500 / Indian 6,15,908), decimals, signs and exponents; scale
words and abbreviations (million, bn, lakh); number words, spelled decimals and fractions; money,
percentages and measures; vague amounts ("several thousand"); ranges, alternatives and lists that
share a scale or a unit. Qualifiers are read by ``qualifiers.py``; what is *not* a claim (years,
dates, times, phones, identifiers, named series, scores) is masked here.

Speed: one cheap pass finds where an amount can start (digit runs; number words from a byte-level
word split, ``scan.py``) and which cue words the text holds. The amount grammar is matched only at
those places (at a digit in two steps: the digits, then a scale and unit only where the word after
them may start one), the non-claim masks only where a cheap gate sees their shape, and a pattern
that needs a word before the figure ("none of", "percentage", a bounding verb) only in a text
holding one.
Alternations are prefix trees (``lexicon.trie_alternation``), which fail at the first character.

>>> [(m.text, m.value, m.unit) for m in find_numbers("It cost $4.2bn, up 15% on 400k.")]
[('$4.2bn', 4200000000.0, 'USD'), ('15%', 15.0, 'percent'), ('400k', 400000.0, '')]
>>> [(m.text, m.low, m.high, m.qualifier) for m in find_numbers("Twenty to thirty thousand marched.")]
[('Twenty to thirty thousand', 20000.0, 30000.0, 'range')]
>>> [(m.text, m.value, m.unit) for m in find_numbers("Growth was 2.3, 4.1 and 4.3 percent.")]
[('2.3', 2.3, 'percent'), ('4.1', 4.1, 'percent'), ('4.3 percent', 4.3, 'percent')]
"""

from __future__ import annotations

import bisect
import re
from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex
from text_to_num import text2num

from workbench.extract.qualifiers import BOUND_VERB_CUES, interval, qualified_span
from workbench.extract.scan import TextScan, cue_words
from workbench.lexicon import currencies as cur
from workbench.lexicon import numbers as lex
from workbench.lexicon import trie_alternation
from workbench.lexicon.metrics import EVENT_WORDS, GENERIC_COUNT_NOUNS, MOVE_COMPARATIVES, PEOPLE_ENDINGS
from workbench.lexicon.qualifiers import QUALIFIERS_BEFORE
from workbench.lexicon.units import UNIT_FORMS, UNIT_NAMES, UNIT_SYMBOLS


def _words(words: Iterable[str]) -> str:
    """An alternation read left to right, case-insensitively (longest first, as a prefix tree)."""
    return trie_alternation(words, fold=True)


def _words_before(words: Iterable[str]) -> str:
    """An alternation read right to left (REVERSE searches, lookbehinds), case-insensitively."""
    return trie_alternation(words, fold=True, reverse=True)


_CURRENCY_PRE = _words(cur.CURRENCY_PREFIXES)
_CURRENCY_SUF = _words(cur.CURRENCY_SUFFIXES)
_SUBUNITS = _words(form for form in cur.CURRENCY_SUBUNITS if form not in cur.GLUED_SUBUNITS)
_WORD = rf"(?:{_words(lex.CARDINAL_WORDS)})"
_MULTIPLIERS = _words(lex.MULTIPLIER_WORDS)
_MULTIPLIERS_BEFORE = _words_before(lex.MULTIPLIER_WORDS)
_FRACTIONS = _words(lex.FRACTION_WORDS)
_MIXED_FRACTIONS = _words(w for w in lex.FRACTION_WORDS if " " in w or "-" in w)  # "a half"
_VULGAR = "".join(lex.VULGAR_FRACTIONS)
_VAGUE_SCALES = _words(lex.VAGUE_SCALES)
_SECOND_SCALES = _words(lex.SECOND_SCALE_WORDS)
_UNIT = rf"(?:(?-i:{trie_alternation(UNIT_SYMBOLS)})|{_words(UNIT_NAMES)})"  # symbols as written
_SCALES_BEFORE = _words_before((*lex.SCALE_WORDS, *lex.GLUED_SCALES))
_DENOMINATORS = _words(lex.DIGIT_FRACTION_DENOMINATORS)
_DIGIT_WORD = rf"(?:{_words(lex.DIGIT_WORDS)})"
_PERCENT = rf"(?:{_words(lex.PERCENT_WORDS)}|(?-i:{trie_alternation(lex.PERCENT_WORDS_AS_WRITTEN)}))"

# One amount: sign, currency, figure, scale, then percent / currency / measure unit. Written in parts,
# so that a figure that starts with a digit can be read in two steps (see _amount_match).
# No group repeats another repeating group, so matching stays linear.
_AMOUNT_LEAD = rf"""
    (?P<sign>(?<![\w.,%)\]-])[-−](?=[$£€¥]?\d)|(?<!plus\ or\ )minus\ |negative\ (?=\d))?  # -1.3%, minus 5
    (?:(?P<cur_pre>{_CURRENCY_PRE})\ ?)?                                      # $4.2bn, USD 84m, AUD1.5m
"""
_RATIO = rf"""
    (?P<ratio>(?P<num>{_WORD}|\d{{1,2}})\ (?:in|out\ of)\ (?P<den>{_WORD}|\d{{1,3}}))\b  # one in four
"""
_FIXED_AND_FRACTIONS = rf"""
      | (?P<fixed>{_words(lex.FIXED_AMOUNTS)})\b                                         # a dozen
      | (?P<frac>{_FRACTIONS})                                               # half, a third, two-thirds
        (?:
            \ (?:of\ )?an?\ (?P<frac_scale>{_VAGUE_SCALES})\b                # half a million
          | \ (?:of\ )?an?(?=\ [a-z])                                        # half a mile (unit follows)
          | (?P<share>(?=\ of\b))                                            # half of the voters
        )
"""
_DIGIT_FRACTION = rf"""
      | (?P<dfrac>(?:(?P<dwhole>\d{{1,3}})[\ -])?                              # 1/16, 6-1/8, 2 1/2
            (?P<dnum>\d{{1,2}})/(?P<dden>{_DENOMINATORS})(?![\d/]))
"""
_DIGIT_RUN = r"""
    (?P<digits>
            \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])               # Indian 6,15,908
          | \d{1,3}(?:,\d{3})+(?:\.\d+)?                                # 400,000 or 1,234.5
          | (?<![-–])\d{1,3}(?:[\ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,]|\.\d|[-–]\d)  # 816 000
          | \d+(?:\.\d+)?                                                   # 6.1 or 400
        )
"""
# What may follow the digits before a scale: a fraction, a bid's offer, an exponent, "and a half".
_DIGIT_EXTRAS = rf"""
        (?P<vulgar>[{_VULGAR}])?                                            # 2½
        (?:(?<=\.\d\d)/(?P<offer>\d\d)(?![\d/]|\.\d))?   # a bid and its offer: 3.85/95 pct is bid at 3.85
        (?:
            \ ?×\ ?10\ ?\^?(?P<exp>[-−+⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}})               # 1.99×10−30, 6.02×10²³
          | \ ?x\ ?10(?:\^|\*\*)(?P<exp2>[-−+]?\d{{1,3}})                     # 2 x 10^6
          | (?:(?<=\.\d+)e|(?-i:e))(?P<eexp>[-+]?\d{{1,3}})(?![\w])             # 2.5e6, 1e400; not 7E7
          | e(?P<eexp_signed>[-+]\d{{1,3}})(?![\w])                            # 1e-6
        )?
        (?:\ and\ (?P<dand>{_MIXED_FRACTIONS}))?                             # 3 and a half
"""
# "$458 m": a spaced "m" is a million only after a currency sign (a digit never has one before it).
_SPACED_M = r"""(?(cur_pre)\ (?P<spaced_m>(?-i:m))(?![\w/]))"""
_DIGIT_SCALE = rf"""
        (?:
            (?P<glued>{_words(lex.GLUED_SCALES)})(?![\w/])             # 3m 400k 4.2bn
          | \ ?-?(?P<scale>{_words(lex.SCALE_WORDS)})                  # 1.2 million, 3.17 lakh
            (?:\ (?P<scale2>{_SECOND_SCALES}))?\b                           # 4 hundred million
          | \ (?P<cap>(?-i:{trie_alternation(lex.SPACED_CAPITAL_SCALES)}))(?=\ [a-z])  # 8 B people
          | {_SPACED_M}
        )?
"""
_WORD_AMOUNTS = rf"""
      | (?P<vulgar_only>[{_VULGAR}])                                        # ½
      | (?P<vague>
            (?:{_words(w for w in lex.VAGUE_AMOUNTS if " " in w)})\b      # tens of thousands
          | (?:{_words(w for w in lex.VAGUE_AMOUNTS if " " not in w)})     # thousands, only before
            (?=[”"’]?\s+(?:{_words(lex.VAGUE_FOLLOWERS)})\b)           # ... of people, dozens more
        )
        (?:\ of\ (?:(?P<vague_cur>{_CURRENCY_SUF})|(?P<vague_unit>{_UNIT}))\b)?  # ... of dollars, of miles
      | (?P<vmult>{_words(lex.VAGUE_MULTIPLIERS)})\                    # several, a couple
        (?P<vscale>{_VAGUE_SCALES})(?:\ (?P<vscale2>{_SECOND_SCALES}))?\b    # thousand, hundred thousand
      | (?P<words>(?:an?\ (?=(?:{_MULTIPLIERS})\b))?\b{_WORD}               # a hundred, forty-three
            (?:(?:[\ -]|(?<={_MULTIPLIERS_BEFORE})\ and\ ){_WORD})*\b)     # ... thousand and twelve
        (?:(?<!\bat\ one)\ point\ (?P<point>{_DIGIT_WORD}(?:\ {_DIGIT_WORD})*)\b)?  # four point two
        (?:\ and\ (?P<wand>{_MIXED_FRACTIONS})                              # one and a half
            (?:\ (?P<wscale>{_MULTIPLIERS})\b)?)?                           # ... thousand
        (?:\ (?P<wabbr>{_words(lex.WORD_SCALE_ABBREVIATIONS)})\b)?           # nine mln (wire style)
"""
_AMOUNT_UNIT = rf"""
    (?:
        \ ?(?P<points>{_words(lex.PERCENTAGE_POINT_WORDS)})\b           # 2 percentage points
      | \ ?(?P<percent>{_PERCENT})(?![\w])                                  # 15%, 77.77pc
      | \ (?P<sub>{_SUBUNITS})\b                                           # 36 cents, 20 cts, 5 Canadian cts
      | \ (?P<cur_suf>{_CURRENCY_SUF})\b(?!\ out\ of\b)                     # 12 million dollars, 5 mln dlrs
      | \ (?<=(?:{_SCALES_BEFORE})\ )(?P<cur_scaled>{_words(cur.SCALED_ONLY_NAMES)})\b  # 450 billion won
      | (?P<sub_glued>(?-i:p)|¢)(?![\w])                                    # 164p
      | \ (?P<ipoints>{_words(lex.POINT_UNITS)})\b                          # 34 points, 50 basis points
      | (?<=\d)\ (?P<ipoint>{_words(lex.POINT_UNITS_AFTER_DIGITS)})\b       # up 1 point
      | \ ?(?P<measure>{_UNIT})(?![\w/])(?!(?<=\ [A-Z])-\d)                 # 140 km/h, 40.2 C, not 18 F-14A
        (?!(?<=\d\d\ (?:{_words(lex.TIME_UNITS_SINGULAR)}))\ ago\b)   # not "295,000 week ago": then
    )?                                                              # the figure is compared with then
"""
AMOUNT_BODY = (
    _AMOUNT_LEAD
    + "(?:"
    + _RATIO
    + _FIXED_AND_FRACTIONS
    + _DIGIT_FRACTION
    + "|"
    + _DIGIT_RUN
    + _DIGIT_EXTRAS
    + _DIGIT_SCALE
    + _WORD_AMOUNTS
    + ")"
    + _AMOUNT_UNIT
)
RE_AMOUNT = regex.compile(AMOUNT_BODY + r"(?![\w])", regex.VERBOSE | regex.IGNORECASE)
# A figure that starts with a digit is read in two steps, as RE_AMOUNT reads it (_amount_match): the
# regex engine pays for every optional group it passes, and most figures have no scale and no unit.
# First the digits and what follows them; no lead and no word amount starts with a digit.
RE_DIGIT_CORE = regex.compile(
    _DIGIT_RUN
    + r"""
    (?P<after>\ ?-?(?:\w+|.)?)  # what follows: a space, a hyphen, then a word or one sign
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Then, where what follows may start one, the scale and the unit (a digit has no currency sign before
# it, so a spaced "m" is never a million here).
RE_DIGIT_TAIL = regex.compile(
    _DIGIT_SCALE.replace(_SPACED_M, r"(?!)(?P<spaced_m>)") + _AMOUNT_UNIT + r"(?![\w])",
    regex.VERBOSE | regex.IGNORECASE,
)
# The forms a scale or unit after a figure is written in (NOTE: keep in sync with _DIGIT_SCALE and
# _AMOUNT_UNIT; tests/test_number_scan.py checks that each one is let through).
TAIL_FORMS = (
    *lex.GLUED_SCALES,
    *lex.SCALE_WORDS,
    *lex.SPACED_CAPITAL_SCALES,
    *lex.PERCENTAGE_POINT_WORDS,
    *lex.PERCENT_WORDS,
    *lex.PERCENT_WORDS_AS_WRITTEN,
    *cur.CURRENCY_SUBUNITS,
    *cur.CURRENCY_SUFFIXES,
    *cur.SCALED_ONLY_NAMES,
    "p",
    "¢",
    *lex.POINT_UNITS,
    *lex.POINT_UNITS_AFTER_DIGITS,
    *UNIT_SYMBOLS,
    *UNIT_NAMES,
)
# What RE_AMOUNT may read after digits at their start, besides a scale and a unit: a ratio ("1 in 4",
# "2 out of 3": one or two digits), "3 and a half", an exponent ("2 x 10^6", "2.5e6", "6×10²³"), a
# fraction ("1/16", "6-1/8", "2½") or a bid's offer ("3.85/95"). NOTE: keep in sync with _RATIO,
# _DIGIT_FRACTION and _DIGIT_EXTRAS; the word or sign after the digits is checked (_amount_match).
RATIO_WORDS = ("in", "out")
MIXED_FRACTION_LINK = "and"
EXPONENT_STARTS = ("x", "×")  # "2 x 10^6", "6×10²³"; glued only: "2.5e6"
GLUED_EXPONENT_STARTS = (*EXPONENT_STARTS, "e")
FRACTION_STARTS = ("/", *lex.VULGAR_FRACTIONS)
# Where a figure may start a mention: not glued to a word, code, time or decimal before it (the next
# member of a range or list may: "$4.5bn-$5.1bn"). Checked apart, so that RE_AMOUNT is compiled once.
RE_MENTION_START = regex.compile(
    r"""
    (?<![\w.,/:$£€¥-]|\w-|\w\(|\w\[)      # not glued to a word, a code, a time or a decimal
  | (?<=[a-z],)(?=\d{1,3},(?!\d))          # an age set off by commas without spaces: "Appleton,31,"
""",
    regex.VERBOSE,
)

# What joins two figures: a range, an alternative, a change or a list.
RE_LINK = regex.compile(
    r"""
    \ ?(?P<dash>[-–])\ ?(?=[$£€¥\d])  # 40,000-55,000 or 40,000 – 55,000 (a spaced em dash is an aside)
  | (?P<emdash>—)(?=[$£€¥\d])         # 40,000—55,000
  | \ +(?P<to>to|through)\ +          # 12 to 15 kilometres, from 4.8 to 4.7 percent
  | ,?\ +(?P<and>and)\ +              # between 40 and 55; 2.3, 4.1 and 4.3 percent
  | \ +(?P<or>or)\ +                  # three or four hundred (alternatives: a range)
  | ,\ +(?P<list_or>or)\ +             # $286 million, or 36 cents (an apposition or a list)
  | (?P<comma>,)\ +                   # $2, $3 and $4 million
""",
    regex.VERBOSE | regex.IGNORECASE,
)
RE_BETWEEN_BEFORE = regex.compile(
    r"\b(?:between|from\ between|ranging\ from|range\ of)\s+$",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# "from A to B" is a change over time when a verb of change leads to it ("grew from", "was revised
# down from", "raised its forecast from"); otherwise a span of values ("homes cost from $800,000 to
# $1.3 million", "anywhere from 10 to 15 thousand").
RE_CHANGE_FROM_BEFORE = regex.compile(
    rf"""
    \b(?:{_words_before(lex.CHANGE_VERBS)})\b   # grew, revised, raised
    (?:\s+[\w'’-]+){{0,6}}?                    # its forecast, the pension age for council workers
    \s+from\s+(?:(?:{_words_before(lex.FROM_APPROXIMATIONS)})\s+)?$  # from (around)
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# A change verb before the first figure, perhaps with a qualifier between: "fell nearly 164p to".
RE_CHANGE_VERB_BEFORE = regex.compile(
    rf"\b(?:{_words_before(lex.CHANGE_VERBS)})\s+(?:[a-z]+\s+)?$", regex.IGNORECASE | regex.REVERSE
)
# ... or its object, when both figures carry their unit: "raised butane prices 5.50 dlrs to 123 dlrs",
# "CUTS COPPER PRICE 0.50 CT TO 74 CTS" (not "to rise by a staggering 15 to 20 billion dlrs": a range)
RE_CHANGE_OBJECT_BEFORE = regex.compile(
    rf"\b(?:{_words_before(lex.CHANGE_VERBS)})\s+(?:[a-z]+\s+){{2,4}}$", regex.IGNORECASE | regex.REVERSE
)
# ... or "by", perhaps with a bound between: "increased its share by more than one pct to 18.2 pct"
# (not an approximation: "depleted by about one to four mln barrels" is a range)
_BOUNDS = [q for q, kind in QUALIFIERS_BEFORE.items() if kind in ("lower_bound", "upper_bound")]
RE_CHANGE_BEFORE = regex.compile(
    rf"\b(?:{_words_before(lex.CHANGE_BEFORE)})\s+(?:(?:{_words_before(_BOUNDS)})\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_DETERMINERS = _words(lex.GROUP_DETERMINERS)
_DETERMINERS_BEFORE = _words_before(lex.GROUP_DETERMINERS)
# Between a share and its group's figure: "half of the town's 8,000", "a third of its 30".
RE_GROUP_GAP = regex.compile(
    rf"""
    \ of\ (?:(?:{_DETERMINERS})\ )?    # of the
    (?:[\w.’'-]+['’]s?\ )?             # town's
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Words that deny a count in words: "no one", "not one soldier", "not a single one". Before digits
# "not" is a contrast ("2,300, not 1,500") and the figure stands.
RE_NEGATED_BEFORE = regex.compile(
    rf"(?<![\w'’-])(?:{_words_before(lex.NEGATIONS)})\ $", regex.IGNORECASE | regex.REVERSE
)
# "none of the 40 passengers": the figure is the group, and nothing is claimed of it.
RE_NONE_OF_BEFORE = regex.compile(
    rf"""
    \b(?:{_words_before(lex.NONE_OF)})\ (?:of|among)\ (?:(?:{_DETERMINERS_BEFORE})\ )?  # none of the
    (?:[\w.’'-]+['’]s?\ )?$                                         # ship's
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Text every match of RE_NONE_OF_BEFORE holds, lower-cased: a window without either is not searched.
# NOTE: keep in sync with RE_NONE_OF_BEFORE.
_NONE_OF_LINKS = (" of ", " among ")
NONE_OF_REACH = 40  # characters before a figure where "none of" is looked for
# A bare figure after a percentage noun: "the pass percentage was only 64.02".
RE_PERCENT_NOUN_BEFORE = regex.compile(
    rf"""
    \b(?:{_words_before(lex.PERCENT_NOUNS)})\s+      # percentage
    (?:(?:{_words_before(lex.PERCENT_NOUN_GAP)})\s+){{1,3}}$  # was only
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Words one of which a text must hold for the two patterns above to match in it.
_NONE_OF_CUES = cue_words(lex.NONE_OF)
_PERCENT_NOUN_CUES = cue_words(lex.PERCENT_NOUNS)
# A wire earnings table's per-share row holds a label and one of these units (RE_TABLE_SHARE_ROW),
# which gives the currency of its money rows: a text without both among its words has no such table,
# and is not searched for one. Units of the share rows of Reuters-21578 in news-bench.tar.gz: cts
# 1,422, dlrs 611, p 44 ("Shr 37.2p vs 34.3p"), yen 17, dlr 11; the dollar forms follow the
# dateline's currency (a Toronto table's "cts" are Canadian). Not "cents" (15): Kuala Lumpur's and
# Singapore's tables write it for their own cents, whose currency the row does not name.
TABLE_SHARE_CURRENCIES = {"cts": "USD", "dlrs": "USD", "dlr": "USD", "p": "GBP", "yen": "JPY"}
# Datelines whose wire tables write their own currency's hundredth "cts" ("JOHANNESBURG, March 5 -
# Shr 1,700.3 cts vs 1,533.0" beside a rand row: 6 rows of news-bench's Reuters copy): the table's
# money rows are in that currency, not in US dollars (a "cts" elsewhere in such a story may be a US
# price's: "gold fell 50 cts"). Where "dlrs" are local, DATELINE_CURRENCIES says so.
CENTS_DATELINES = dict.fromkeys(("JOHANNESBURG", "PRETORIA", "CAPE TOWN", "DURBAN"), "ZAR")
TABLE_SHARE_UNITS = tuple(TABLE_SHARE_CURRENCIES)
_TABLE_LABEL_CUES = cue_words(lex.WIRE_TABLE_SHARE_LABELS)
_TABLE_UNIT_CUES = cue_words(TABLE_SHARE_UNITS)
RE_TITLE_WORD_AFTER = regex.compile(r"[A-Z][a-z]+\ [A-Z][a-z]")  # "Million Dollar", then a capital
# "the top 10", "this year's top-five": a place in a ranking ("should top 100 mln": a verb)
RE_RANK_BEFORE = regex.compile(
    r"(?:(?i:\b(?:the|a|an|its|their|his|her|our|this|these)\ )|['’]s\ |^)(?i:top)[\ -]$"
)
RANK_CUE = "top"  # text every match of RE_RANK_BEFORE holds, lower-cased (NOTE: keep in sync)
RANK_REACH = 12  # characters before a figure where RE_RANK_BEFORE is searched
RE_SHARE_NOT_AFTER = regex.compile(
    rf"\b(?:{_words_before(lex.SHARE_NOT_AFTER)})[\ -]$", regex.IGNORECASE | regex.REVERSE
)

# Spans that are never claims. Every one holds digits and is anchored at the first of them (the
# words that make it a date, a phone or a label are read behind it), so it is tried only where a
# digit run starts.
_MONTHS = (*lex.MONTHS, *(m.upper() for m in lex.MONTHS))  # wire datelines: "WASHINGTON, MARCH 31 -"
_MONTH = trie_alternation(_MONTHS)
_MONTH_BEFORE = trie_alternation(_MONTHS, reverse=True)
_MONTH_CAPS_BEFORE = trie_alternation([m.upper() for m in lex.MONTHS], reverse=True)
_NAMED_SERIES_BEFORE = trie_alternation(lex.NAMED_SERIES, reverse=True)  # as written
_MODEL_AND = r"\ (?:and|or|&)\ "
_NOT_MAKER = trie_alternation(  # "About 30 Japanese banks": no maker before the figure (lex.NOT_MAKER_WORDS)
    {
        word.capitalize()
        for word in (
            *lex.NOT_MAKER_WORDS,
            *lex.DETERMINERS,
            *lex.GROUP_DETERMINERS,
            *(q for q in QUALIFIERS_BEFORE if q.isalpha()),
            *lex.WEEKDAYS,
            *lex.MONTHS,
        )
    }
)
# A maker's name before "<number> <Name>": a capitalised word not among those, or one of them inside a
# run of capitalised words, as a title in title case is ("Responded To Rubio's Biggest Attack Yet With
# 1 Line That", PolNeAR): the capital of the word's first letter, then the rest of the word follows.
_MAKER = rf"(?:(?<=\b[A-Z][\w'’]*\ )(?=(?:{_NOT_MAKER})\ )|(?!(?:{_NOT_MAKER})\ ))[A-Z]"
# After such an opener, "<number> <Name>" counts only when a noun (or a figure, in a list of prices)
# follows the name: "About 30 Japanese banks", "Some 32 Labour MPs", "June 329 July 327"; else it is a
# title: "The 39 Steps was", "The 101 Dalmatians", "On 5 Live", "At 10 Downing Street" (review).
_COUNTED_AFTER_NAME = rf"(?:\d|(?!(?:{_words(lex.TITLE_LINKS)})\b)[a-z]|[A-Z][A-Za-z]*s\b)"
# ... or when the name is a plural of people: "About 200 Democrats in Congress" (PolNeAR)
_PEOPLE_ENDS = trie_alternation(PEOPLE_ENDINGS, reverse=True)
_RACE_M, _RACE_KM = trie_alternation(lex.RACE_DISTANCES_M), trie_alternation(lex.RACE_DISTANCES_KM)
_RACE_EVENTS = _words(lex.RACE_EVENT_FOLLOWERS)  # "Nokia 3230 and 7710", "the FTSE 100 and 250"
_SET = r"\d{1,2}[-–]\d{1,2}"  # a set's score in tennis: 6-3
_COUPON_BETWEEN = trie_alternation(lex.COUPON_LABEL_BETWEEN)  # the 7-1/2 pct Treasury bond
_COUPON_BEFORE = _words(lex.COUPON_LABEL_MODIFIERS)  # the key 7-1/2 pct
_TERM = r"(?:[a-z]+|\d{1,2})-years?"  # a bond's term: two-year, 10-years
# Time zones after a clock time, as wire copy writes them ("1400 GMT", "0830 EDT", "1300 pdt").
_CLOCK_ZONES = r"GMT|UTC|gmt|utc|[ECMP][SD]T|[ecmp][sd]t|BST|CET|local\ time"
RE_NOT_CLAIM = regex.compile(
    rf"""
    (?P<date>
        (?:(?<=\b(?:{_MONTH_BEFORE})\.?\ )|(?<=\b(?:{_MONTH_CAPS_BEFORE})\ \ ))  # March 14; MARCH  14 (a
        \d{{1,2}}(?:st|nd|rd|th)?                                      # dateline as keyed, capitals only)
        (?:\ ?(?:to|and|through|-|–)\ ?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?  # ... to 24, and 19
            (?![.,]?\d)(?=[.,;:)!?]|\s*$|\ (?:{_words(lex.DAY_RANGE_FOLLOWERS)})\b))?  # ... then no noun
        (?:,?\ \d{{4}})?\b                                                  # ..., 2024
      | (?<!\d[.,])\b\d{{1,2}}(?:st|nd|rd|th)?\ (?:of\ )?(?:{_MONTH})\b(?:,?\ \d{{4}})?  # 14 March 2024
      | (?<=\b(?:{_MONTH_BEFORE})\ )\d{{4}}\b                                       # June 2025
      | \b\d{{1,4}}(?P<dsep>[/.-])\d{{1,2}}(?P=dsep)\d{{2,4}}\b    # 14/03/2024 (not a price: 99-20/32)
      | (?:(?<=\bFY\ ?)|\b)(?:18|19|20)\d{{2}}[-–/]\d{{2}}(?![\d,.]\d|\d)  # financial year 2023-24
      | (?<=(?<![\w'’‘])['’‘])\d{{2}}(?![\w%]|[.,]\d)                   # a year cut to two digits: '83
        (?:(?=\s*(?:[^\w\s]|$)|\ [A-Z])                                  # ... before a stop or a name
          | (?<=(?i:\b(?:{_words_before(lex.ABBREVIATED_YEAR_CUES)}))\ ['’‘]\d\d)  # class of '83 he
          | (?<=\b[A-Z][\w]*\ ['’‘]\d\d))                                     # Euro '96 was
    )
  | (?P<time>
        \b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)        # 7:30 a.m., 10pm, 9.30am
      | \b(?:[01]?\d|2[0-3]):[0-5]\d\b                                    # 14:30
      | \b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?(?:GMT|UTC|BST|CET|local\ time|hrs|h\b))
      | \b\d{{1,2}}\ o'clock\b
      | \b(?:[01]\d|2[0-3])[0-5]\d\ ?                                   # 1200 hrs, 1400 gmt
        (?:hrs|hours|{_CLOCK_ZONES})\b
      | \b2400\ ?(?:{_CLOCK_ZONES})\b  # 2400 EDT (not "2400 hours")
    )
  | (?P<phone>
        (?<=(?<![\w.,])\+)\d{{1,3}}(?:[\ -]\(?\d{{1,5}}\)?){{2,5}}(?![\w,])   # +44 20 7946 0321
      | (?<=(?:^|[^\w.,$£€])\(?)0\d{{2,4}}\)?(?:[\ -]\d{{3,4}}){{1,3}}(?![\w,])  # (0800) 555 0193
      | (?<![\w.,$£€])\d{{3}}-\d{{4}}(?![\w,])                             # 555-0148
      | (?<=(?i:\b(?:{_words_before(lex.PHONE_CUES)})\b(?:\ (?:us|them|on|at))?)\ \+?)  # call 111
        \d[\d\ -]{{1,15}}\d
    )
  | (?P<identifier>
        (?<=(?i:\b(?:{_words_before(lex.IDENTIFIER_NOUNS)}))\.?\ \#?)\d{{1,4}}(?:\.\d)?[A-Za-z]?(?![\d,.]\d)
        (?:\s?(?:,|and|or|to|&|-)\s?\d{{1,4}}[A-Za-z]?\b)*                 # exits 14 and 19, GPA 5.0
      | (?<![\w.,])\d{{{lex.IDENTIFIER_MIN_DIGITS},}}(?![\d,.]\d|\d)       # a post id, a timestamp
      | (?<![\w.,$£€])0\d{{4,}}(?![\d,.]\d|\d)                            # a code with a leading zero: 050505
      | (?<=\b(?:{trie_alternation(lex.US_STATE_CODES, reverse=True)})\ )\d{{5}}(?:-\d{{4}})?\b     # DC 20500
      | (?<=(?i:\b(?:{_words_before(lex.ZIP_CUES)}))\ )\d{{5}}(?:-\d{{4}})?\b   # zip code 90210
    )
  | (?P<model>
        (?<=\b{_MAKER}[a-z]+\ )\d{{1,4}}(?=\ [A-Z][a-z])  # Boeing 737 Max, not About 30 Japanese
      | (?<=\b(?:{_NOT_MAKER})\ )\d{{1,4}}                                 # The 39 Steps was: a title
        (?=\ [A-Z][a-z]++(?<!{_PEOPLE_ENDS})(?!\ {_COUNTED_AFTER_NAME}))     # ... after an opener
      | (?<=(?<![\w&])(?:{_NAMED_SERIES_BEFORE})\ ?)                 # S&P 500, FTSE 100, and a model
        (?:\d{{4}}(?:{_MODEL_AND}\d{{4}}\b)* | \d{{3}}(?:{_MODEL_AND}\d{{3}}\b)*   # named after it with as
          | \d{{1,2}}(?:{_MODEL_AND}\d{{1,2}}\b)*)\b(?![.,]\d)             # many digits: Nokia 3230 and 7710
      | (?<=\b{_MAKER}[\w&]*\ )\d{{1,4}}(?=\ (?:{_words(lex.NAME_FOLLOWERS)})\b)  # Global 30 has
      | (?<=(?:(?i:\b(?:{_words_before(lex.LABEL_DETERMINERS)}))|\w['’]s   # the, Qantas's
          |\b[a-z]+\ [A-Z][\w&-]*)\ )                             # ... or a maker mid-sentence: on the HP
        \d{{1,4}}(?=\ (?:{_words(lex.LABEL_NOUNS)})\b)                   # ... 400 series, 747 fleet
      | (?<=(?i:\b(?:the|an?))\ )\d{{4}}(?:{_MODEL_AND}\d{{4}})*           # "the 3230 and 7710 -": four
        (?=\s*(?:[-–—,;:)]|\.(?!\d)|$))                                   # digits, no comma, no noun: a model
      | (?<=\b(?!and\ |or\ )[a-z]+\ (?:[A-Z][\w'’&-]*\ ){{0,2}}             # inside a sentence, not a list
          (?!(?:{_words(lex.WEEKDAYS)})\ )[A-Z][a-z]+\ )                    # item: "beaten Shrek", "the Band
        \d{{1,4}}(?![\d.,]\d|[\w%/-])                                     # Aid", no day; a bare number
        (?=['’]s\b|[!?)]|\.(?!\d)|,\ (?:{_words(lex.RELATIVES_AFTER_TITLE)})\b  # then what ends the title
          |\ (?:{_words(lex.TITLE_LINKS)})\b(?!\ [\d$£€]))                    # or links it: Shrek 2 to the
      | (?<=\b[A-Z][a-z]+\ )\d{{1,4}}(?=['’]s\b)                           # anywhere: "Band Aid 20's remake"
      | \b\d{{1,4}}(?=\ (?:{trie_alternation(lex.TITLE_UNIT_WORDS)})\b)      # a work: "21 Grams"
      | (?<=(?:(?i:\b(?:the|its|their))(?:\ (?i:{_words(lex.COUPON_LABEL_MODIFIERS)}))?|['’]s)\ )  # the key
        \d{{1,2}}(?:\.\d{{1,3}}|-\d{{1,2}}/\d{{1,2}})?\ ?(?i:(?:pct|per\ ?cent|percent)\b|%)   # 7-1/2 pct
        (?=(?:\ (?:(?:{_MONTH})\ )?(?:\d{{4}}|{_TERM}|{_COUPON_BETWEEN})){{0,2}}   # (June 1997, Treasury)
           \ (?:(?i:{_words(lex.COUPON_LABEL_NOUNS)})|{_TERM})\b)               # bond, or "the 10-years"
    )
  | (?P<score>
        (?<=(?i:\b(?:{_words_before(lex.SCORE_CUES)})\b)(?:\ [A-Z][\w.]*){{0,3}}\ )  # beat City
        \d{{1,3}}[-–]\d{{1,3}}\b                                             # 3-2
      | \b\d{{1,2}}[-–]\d{{1,2}}\ (?i:victory|win|defeat|draw|loss|vote|scoreline|lead)\b
      | \b{_SET}(?=(?:\ \({_SET}\))?,?\ {_SET}\b)                        # tennis sets in a row,
      | (?<=\b{_SET}(?:\ \({_SET}\))?,?\ ){_SET}\b                        # with their tie-breaks:
      | (?<=\b{_SET}\ \(){_SET}(?=\))                                       # 6-7 (4-7) 7-6 (8-6) 7-5
    )
  | (?P<age_group>                      # a bracket of ages names a group; one age is a claim (AGE_*)
        (?<=(?i:\baged?\ ))\d{{1,3}}\ ?(?:to|and|-|–)\ ?\d{{1,3}}\b             # aged 25 to 34
      | \b\d{{1,3}}\ ?(?:to|and|-|–)\ ?\d{{1,3}}[\ -](?i:years?[\ -]olds?)\b     # 18 to 21 year olds
      | \b\d{{1,3}}[\ -](?i:years?[\ -]olds)\b                               # votes for 18-year-olds
    )
  | (?P<race>                                  # a race's distance names its event
        (?<![\w$£€.,])(?:{_RACE_M})(?:m|\ metres)(?=\ (?:{_RACE_EVENTS})\b)  # 60m hurdles, 800 metres runner
      | (?:(?<=\b(?:{_words_before(lex.RACE_LEADS)})\ )                         # the 800m and,
        |(?<=\b(?:{_words_before(lex.RACE_LEADS)})\ (?:{_RACE_M})m\ (?:and|or)\ ))  # ... and 1000m
        (?:{_RACE_M})m
        (?=\ (?:and|or|at|in|while)\b|[.,;:)]|\s*$)
      | (?<![\w$£€.,])(?:{_RACE_KM})km(?=\ (?:{_RACE_EVENTS})\b)                # 4km champion
      | (?<=\b(?:{_words_before(lex.RACE_KM_LEADS)})\ )(?:{_RACE_KM})km\b        # the junior men's 8km
    )
  | (?P<enumerator>(?<=(?:\A|\n)[\ \t]*)\d{{1,2}}(?=[.)][\ \t]+\S))   # "2. U.N. PANEL RULES": a list's number
  | (?P<number_sign>(?<=\#)\d{{1,4}}\b)                                  # ranked #2, issue #14
  | (?P<clock>(?<![.,])\b0\d[0-5]\d\b(?![.,]\d))                          # 0900 (not 1.0350 dlrs)
  | (?P<scale_label>(?<![\w.,])000(?=['’]?s\b))                             # "in 000's bushels": a scale
  | (?P<lineup>                               # a minute or a shirt number after a name in a list
        (?<=\(\ ?[A-Z][\w'’-]+\ )\d{{1,3}}(?=\))                           # Kerr (Cameron 87)
      | (?<=(?:\A|\n|,\ |:\ |\ and\ )[A-Z][\w'’-]+\ )                      # a list item: a surname
        \d{{1,3}}(?=,\ [A-Z]|\.?[\ \t]*(?:\n|\Z))                          # ... ends at ", Name" or the line
    )
""",
    regex.VERBOSE,
)

# What every branch of RE_NOT_CLAIM needs at a digit run, and no more: a cue word before it (a month,
# a label, "call"), a leading zero, a long run, or a separator or suffix after it. Most digit runs have
# none, and the full pattern (three times slower than this) is not tried there. A separator or suffix
# comes with what its masks need around it (a digit after a dash, a second slash or a century before
# one, a name before a list's number, the noun of a coupon), so that prices ("6-1/8"), compounds
# ("12-month") and figures ending a line or a sentence ("rose to 325,000.") are let through no more.
# The engine tries every branch at a run that is no mask, so each branch opens on its cheapest test: one
# space before the cue-word lookbehinds, the sign after the run before a lookbehind over a name, the first
# letter of a month or a clock word before the words themselves.
# NOTE: keep in sync with RE_NOT_CLAIM (tests/test_number_scan.py checks that it lets every mask through).
_CUES_AS_WRITTEN = (*_MONTHS, *lex.NAMED_SERIES)  # whole names: "Group of", not every "of"
_CUES_ANY_CASE = (*lex.IDENTIFIER_NOUNS, *(cue.rsplit(" ", 1)[-1] for cue in lex.ZIP_CUES), "age", "aged")
_MONTH_FIRSTS = "".join(sorted({month[0] for month in _MONTHS}))  # what a month after a figure opens with
RE_MAY_NOT_CLAIM = regex.compile(
    rf"""
    (?<=[+\#A-Za-z])                                        # +44 20..., #5, FTSE100
  | (?=0|\d{{10}})                                            # a leading zero or a long run:
    (?:0\d{{2,4}}\)?[\ -]\d | 0\d[0-5]\d(?!\d) | \d{{10}} | 0\d{{4}}  # (0800) 555..., 0900, a post id
      | 000['’]?s\b)                                          # in 000's bushels
  | (?<=['’‘])\d{{2}}(?!\d)                                  # '83
  | \d{{1,2}}[.)][\ \t](?<=(?:\A|\n)[\ \t]*\d{{1,2}}[.)][\ \t])  # 2. (a list's number)
  | (?<=\ )                                                 # a cue word, then a space, just before:
    (?:
        (?<=\b(?:{trie_alternation(_CUES_AS_WRITTEN, reverse=True)})\.?\ )  # March 14, Boeing 737
      | (?<=\b(?:{_MONTH_CAPS_BEFORE})\ \ )                  # MARCH  23 (a dateline as keyed)
      | (?<=(?i:\b(?:{_words_before(_CUES_ANY_CASE)}))\.?\ )    # Route 66, zip code 90210, aged 40
      | (?<=(?i:\b(?:{_words_before(lex.PHONE_CUES)})\b(?:\ (?:us|them|on|at))?)\ )  # call us on 111
      | (?<=\b(?:{trie_alternation(lex.US_STATE_CODES, reverse=True)})\ )\d{{5}}  # DC 20500
      | (?<=(?i:\b(?:the|an?))\ )\d{{4}}(?:{_MODEL_AND}\d{{4}})*      # the 3230 and 7710 -
        (?=\s*(?:[-–—,;:)]|\.(?!\d)|$))                       # ... then no noun (a model)
      | (?<=(?i:\b(?:the|its|their|{_COUPON_BEFORE}))\ |['’]s\ )  # the 8.50 pct, the 7-1/2 PCT, its 9%
        \d{{1,2}}(?:\.\d{{1,3}}|-\d{{1,2}}/\d{{1,2}})?\ ?(?i:p|%)
    )
  | (?<![\w$£€.,])(?>\d+)(?:,\d{{3}})?(?:k?m|\ metres)\b           # the 200m, 4km champion, 800 metres
  | (?>\d+)                                                 # the digit run, then after it:
    (?:
        [:\-–]\d                                            # 14:30, 2023-24, 555-0148, 3-2
      | \ (?:                                               # a space, then:
            (?:of\ )?(?=[{_MONTH_FIRSTS}])(?:{_MONTH})          # 14 March, 14 of March
          | o'                                              # 5 o'clock
          | [A-Z][a-z]                                      # Boeing 737 Max
          | (?:{_words(lex.NAME_FOLLOWERS)}|{_words(lex.LABEL_NOUNS)})\b  # Global 30 has, the 400 series
        )
      | /(?:\d{{1,2}}/|\d\d(?<=(?:18|19|20)\d\d/\d\d))          # 14/03/2024, 1986/87
      | \.\d{{1,2}}[/.\-]                                     # 14.03.2024
      | [:.]\d{{2}}\s?(?:[ap]\.?m|GMT|UTC|BST|CET|local|h)     # 9.30am, 14.30 GMT
      | ,\ [A-Z](?<=[A-Z][\w'’-]*\ \d{{1,3}},\ [A-Z])            # a list's name and number: Kerr 87, Byrne
      | (?:st|nd|rd|th)\ (?:of\ )?(?=[{_MONTH_FIRSTS}])(?:{_MONTH})  # 14th March, 14th of March
      | \s?[ap]\.?m                                          # 10pm, 7 a.m.
      | \ ?(?=[hGUguECMPBlecmp])                             # (the first letters of these:)
        (?:hrs|hours|{_CLOCK_ZONES})  # 1200 hrs, 0900 GMT, 1400 gmt, 1300 pdt
      | (?=['’!?.,\ ])(?<=[A-Z][a-z]+\ \d{{1,4}})                # a title's number, then what ends it:
        (?:['’]s|[!?]|\.(?!\d)|,\ |\ (?:{_words(lex.TITLE_LINKS)})\b)  # Shrek 2's, Shrek 2 to the
      | (?:\ ?(?:to|and|-|–)\ ?\d{{1,3}})?[\ -](?=[yY])(?i:years?[\ -]old)  # 18 to 21 year olds, 40-year-old
      | (?=\)|\.?[\ \t]*(?:\n|\Z))(?<=[A-Z][\w'’-]*\ \d{{1,4}})  # (Cameron 87), Byrne 33., Shrek 2)
    )
""",
    regex.VERBOSE,
)

# Compound modifiers that are not counts: "a 40-year-old", "a five-storey block" (but "a 10-month jail
# term", "a 10,000-vote majority" are claims: COMPOUND_CLAIM_NOUNS).
RE_COMPOUND_AFTER = regex.compile(
    rf"""-(?!\d|\$|£|€|(?:{_words(lex.COUNT_COMPOUNDS)})\b
          |(?:{_words(lex.COMPOUND_CLAIM_UNITS)})s?\ (?:(?:{_words(lex.COMPOUND_CLAIM_NOUNS)})\b))[a-z]""",
    regex.IGNORECASE | regex.VERBOSE,
)
RE_COMPOUND_PERIOD = regex.compile(r"-(?P<unit>[A-Za-z]+)\b")  # the period of a kept compound: "10-month"
# One person's age: "a 17-year-old", "is 17 years old", "aged 45", "Tom Reyes, 67," (a bracket of ages
# is a group, masked above). An age is a claim, in years.
RE_AGE_AFTER = regex.compile(
    rf"(?:[\ -](?:{_words(lex.AGE_UNITS)}))?[\ -]old\b(?![\w-])",
    regex.IGNORECASE,  # -year-old, years old
)
RE_AGE_BEFORE = regex.compile(
    rf"""
    (?:\b(?:{_words_before(lex.AGE_CUES)})\ ?            # aged 45
      | (?<![\w'’-])(?-i:[A-Z][a-z'’-]+)(?P<apposition>,)\ ?)$  # Tom Reyes, 67, (closed by a comma)
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
RE_APPOSITION_CLOSE = regex.compile(r",(?!\d)")
_YEAR = UNIT_FORMS["year"]
_METRE = UNIT_FORMS["metre"]
_SECOND = UNIT_FORMS["second"]
MAX_AGE = 130
RE_TIME_FRAME_BEFORE = regex.compile(
    rf"\b(?:{_words_before(lex.TIME_FRAME_CUES)})\ (?:the\ )?(?:past\ |last\ |next\ )?$",
    regex.IGNORECASE | regex.REVERSE,
)
RE_WORD_AFTER = regex.compile(r"\s+([A-Za-z][\w'’-]*)")
# A field event named beside a mark ("cleared 1.76m", "16.50m in the triple jump"): read within its
# sentence, at most FIELD_EVENT_REACH characters each side; the mark has decimals and "m" attached.
RE_FIELD_EVENT_BEFORE = regex.compile(rf"\b(?:{_words(lex.FIELD_EVENT_CUES)})\b", regex.IGNORECASE)
RE_FIELD_MARK_LEAD = regex.compile(rf"\b(?:{_words(lex.FIELD_MARK_LEADS)})\ $", regex.IGNORECASE)
# What may follow a field mark or a race time: a stop, a dash, a bracket or a word that goes on the
# sentence ("1.76m to win", "7.37 which left her third"), never a noun it counts ("1.75m families").
RE_MARK_END = regex.compile(rf"(?:[,.;:)]|\s*$|\ [-–—(]|\ (?:{_words(lex.FIELD_MARK_FOLLOWERS)})\b)")
RE_TIMING_BEFORE = regex.compile(rf"\b(?:{_words(lex.TIMING_CUES)})\ \(?$", regex.IGNORECASE)
RE_RACE_TIME = regex.compile(r"\d{1,3}\.\d\d")  # "7.35", "46.45": a time to the hundredth
RE_FIELD_MARK = regex.compile(r"\d{1,2}\.\d{1,2}m\b")
FIELD_EVENT_REACH = 120


class NumberMention(NamedTuple):
    """One figure in a text. ``start``/``end`` cover the qualifier; ``core_*`` only the figure.

    A named tuple: made for every figure, and five times faster to make than a frozen dataclass.
    """

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    core_start: int
    core_end: int
    spelled: bool = False  # written in words ("forty-three"), not digits
    text: str = ""
    negated: bool = False  # "no one was hurt", "none of the 40 passengers": nothing is claimed
    age: bool = False  # one person's age ("a 17-year-old", "Tom Reyes, 67,"), in years


# An amount's groups by name, read from a match in one call (a lookup by name costs more than the
# rest of reading the amount).
AmountParts = namedtuple(  # type: ignore[misc]
    "AmountParts", sorted(RE_AMOUNT.groupindex, key=RE_AMOUNT.groupindex.__getitem__)
)


class AmountMatch(NamedTuple):
    """One amount as matched: its span and its parts (what a regex match gives, also made of two)."""

    string: str
    start: int
    end: int
    parts: AmountParts


def _group_names(pattern: regex.Pattern) -> tuple[str, ...]:
    return tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__))


def _lead(form: str) -> str:
    """What a tail form starts with, case-folded: its first word ("per" of "per cent"), else its first
    sign ("%", "°")."""
    return (regex.match(r"\w*", form)[0] or form[:1]).casefold()


# What the word after a figure's digits (past one space and one hyphen, case-folded) may begin: a scale
# or a unit (RE_DIGIT_TAIL is tried), or more that RE_AMOUNT reads ("1 in 4", "3 and a half"; RE_AMOUNT
# is asked). Any other word ends the amount: "12 people".
_END, _TAIL, _WHOLE = 0, 1, 2
_WORD_AFTER_DIGITS = {
    **dict.fromkeys(map(_lead, TAIL_FORMS), _TAIL),
    **dict.fromkeys((*RATIO_WORDS, MIXED_FRACTION_LINK), _WHOLE),
}
assert not any(word[:1] in " -" for word in _WORD_AFTER_DIGITS)  # what _amount_match skips before it
# Signs after digits that end the amount: nothing RE_AMOUNT reads starts with one.
_CORE_STOPS = frozenset(
    c
    for c in ",.;:!?()[]'\"\t”“’‘—–…"
    if not regex.match(r"\w", c) and c.casefold() not in _WORD_AFTER_DIGITS and c not in FRACTION_STARTS
)
# Glued signs after digits that RE_AMOUNT reads on, in either case: "3.85/95", "2.5e6", "2.5E-6", "5X10^6"
# (the others are not ASCII: "2½").
_GLUED_WHOLE = tuple(
    sorted(
        {
            case
            for sign in (*FRACTION_STARTS, *GLUED_EXPONENT_STARTS)
            for case in (sign, sign.upper())
            if case.isascii()
        }
    )
)
# Where the groups of the two steps go among RE_AMOUNT's (checked when the module loads).
_FIELDS = AmountParts._fields
_I_DIGITS, _I_GLUED, _I_WORDS = _FIELDS.index("digits"), _FIELDS.index("glued"), _FIELDS.index("vulgar_only")
_I_UNIT = _FIELDS.index("points")
assert _group_names(RE_DIGIT_CORE) == ("digits", "after")
assert _group_names(RE_DIGIT_TAIL) == _FIELDS[_I_GLUED:_I_WORDS] + _FIELDS[_I_UNIT:]
_NONE_BEFORE = (None,) * _I_DIGITS
_NONE_EXTRAS = (None,) * (_I_GLUED - _I_DIGITS - 1)
_NONE_WORDS = (None,) * (_I_UNIT - _I_WORDS)
_NONE_AFTER = (None,) * (len(_FIELDS) - _I_DIGITS - 1)
_N_SCALE = _I_WORDS - _I_GLUED
_new = tuple.__new__  # makes a named tuple from a tuple without a Python-level call

# A cardinal word that nothing RE_AMOUNT reads can follow is read alone, as RE_AMOUNT reads it (its
# words group, no other): "one of the", "two people", "three,". What may follow one: another number
# word, "point", "and", a ratio's "in" or "out", a fraction ("one half"), a wire scale ("mln") or a unit
# (the leads of TAIL_FORMS, as after digits). Before any of these, or a sign that may start one, or a
# word outside ASCII, RE_AMOUNT itself is asked. (NOTE: keep in sync with _WORD_AMOUNTS and _RATIO.)
_CARDINALS = frozenset(word.casefold() for word in lex.CARDINAL_WORDS)
_WORD_AFTER_CARDINALS = frozenset(_WORD_AFTER_DIGITS).union(
    part.casefold()
    for phrase in (
        *lex.CARDINAL_WORDS,
        *lex.FRACTION_WORDS,
        *lex.FIXED_AMOUNTS,
        *lex.VAGUE_AMOUNTS,
        *lex.VAGUE_MULTIPLIERS,
        *lex.WORD_SCALE_ABBREVIATIONS,
        *lex.DIGIT_WORDS,
        *RATIO_WORDS,
        MIXED_FRACTION_LINK,
        "point",
    )
    for part in phrase.replace("-", " ").split()
)
RE_WORD_AT = regex.compile(r"(?<!\w)\w+")  # the word a candidate starts (RE_AMOUNT's \b and \w)
RE_WORD_AFTER_CARDINAL = regex.compile(r"[\ -](\w+)")  # past one space or hyphen
_I_CARDINAL = _FIELDS.index("words")
_NONE_BEFORE_CARDINAL = (None,) * _I_CARDINAL
_NONE_AFTER_CARDINAL = (None,) * (len(_FIELDS) - _I_CARDINAL - 1)
assert all(
    RE_AMOUNT.match(f"{word} x").groups() == (*_NONE_BEFORE_CARDINAL, word, *_NONE_AFTER_CARDINAL)
    for word in lex.CARDINAL_WORDS
)  # each is read alone before a word that follows no amount, as its words group


def _lone_cardinal(text: str, start: int) -> AmountMatch | None:
    """The cardinal word at ``start`` read alone, when nothing RE_AMOUNT reads can follow it; else None."""
    word = RE_WORD_AT.match(text, start)
    if word is None or not word[0].isascii() or word[0].casefold() not in _CARDINALS:
        return None
    end = word.end()
    after = text[end : end + 1]
    if after == " " or after == "-":
        nxt = RE_WORD_AFTER_CARDINAL.match(text, end)
        if nxt is None or not nxt[1].isascii() or nxt[1].casefold() in _WORD_AFTER_CARDINALS:
            return None
    elif after and after != "\n" and after not in _CORE_STOPS:
        return None
    parts = _new(AmountParts, (*_NONE_BEFORE_CARDINAL, word[0], *_NONE_AFTER_CARDINAL))
    return _new(AmountMatch, (text, start, end, parts))


def _amount_match(text: str, start: int) -> AmountMatch | None:
    """RE_AMOUNT's match at ``start``. At a digit it is read in two steps: the digits, then the scale and
    unit only when the word or sign after the digits may start one.

    The same match: no other branch of RE_AMOUNT starts with a digit, so it reads the same digits first
    and, when nothing can follow them, ends there; after them it tries the same scale and unit. Where
    it may read more (a ratio, a fraction, an exponent) or would backtrack (the tail fails), RE_AMOUNT
    itself is asked. A cardinal word that nothing can follow is read alone (_lone_cardinal).
    """
    core = RE_DIGIT_CORE.match(text, start) if text[start : start + 1].isdecimal() else None  # ``\d``
    if core is not None:
        digits, after = core.groups()
        end = core.end() - len(after)
        if not after:  # the end of the text or of a line
            kind = _END
        elif after[0] == " " or after[0] == "-":  # "12 people", "5 percent", "1.2-million", "8 - "
            word = after.lstrip(" -").lower()
            kind = _WORD_AFTER_DIGITS.get(word, _END)
            if kind == _END and word and word not in _CORE_STOPS:
                fraction = word[0].isdigit() and text.startswith("/", end + len(after))  # "5 1/2"
                if fraction or word.startswith(EXPONENT_STARTS) or not word.isascii():  # "2 x 10^6", "10 °C"
                    kind = _WHOLE
        elif after in _CORE_STOPS:  # "12,"
            kind = _END
        else:  # glued: "15%", "3m", "3rd"; "3.85/95", "2.5e6", "2½"
            kind = _WHOLE if after.startswith(_GLUED_WHOLE) or not after.isascii() else _TAIL
        if kind == _END:
            return _new(
                AmountMatch, (text, start, end, _new(AmountParts, (*_NONE_BEFORE, digits, *_NONE_AFTER)))
            )
        if kind == _TAIL:
            m = RE_DIGIT_TAIL.match(text, end)
            if m is not None:
                t = m.groups()
                parts = (*_NONE_BEFORE, digits, *_NONE_EXTRAS, *t[:_N_SCALE], *_NONE_WORDS, *t[_N_SCALE:])
                return _new(AmountMatch, (text, start, m.end(), _new(AmountParts, parts)))
    elif text[start : start + 1].isalpha():
        lone = _lone_cardinal(text, start)
        if lone is not None:
            return lone
    m = RE_AMOUNT.match(text, start)
    return None if m is None else _new(AmountMatch, (text, start, m.end(), _new(AmountParts, m.groups())))


@dataclass(slots=True)
class _Atom:
    """One amount as read, before ranges, lists and qualifiers join it to its neighbours."""

    start: int
    end: int
    parts: AmountParts
    value: float  # with its own scale
    scale: float  # its own scale word or letter (1.0 when none): what a range or list may share
    unit: str
    unit_before: bool  # the unit is a currency written before the figure ("$3 to 5 billion" shares it)
    spelled: bool
    kind: str  # "plain", "vague", "ratio" or "share" ("half of"); only plain amounts join ranges
    low: float = 0.0  # the interval of a vague amount ("several thousand")
    high: float = 0.0
    factor: float = 1.0  # its unit's share of the currency: 0.01 for cents and pence

    @property
    def mantissa(self) -> float:
        return self.value / self.scale


def words_to_number(phrase: str) -> float | None:
    """Evaluate a number written in words.

    >>> words_to_number("two hundred and twelve"), words_to_number("forty-three thousand")
    (212.0, 43000.0)
    >>> words_to_number("a hundred and twenty")
    120.0
    """
    key = phrase.lower()
    if key in lex.FIXED_AMOUNTS:
        return float(lex.FIXED_AMOUNTS[key])
    if key.startswith(("a ", "an ")):
        key = "one " + key.split(" ", 1)[1]
    try:
        return float(text2num(key.replace("-", " "), "en"))
    except ValueError:
        return None


def _number_word(word: str) -> float | None:
    return float(word) if word.isdigit() else words_to_number(word)


class _Style(NamedTuple):
    """How one document writes money, read once: what its bare currency words stand for."""

    local: dict[str, str]  # bare currency forms -> the dateline's currency ("dlrs" -> AUD from Sydney)
    wire: bool  # money written the wire's way ("dlrs", "stg"): a bare "pounds" there is a weight
    tons: str = ""  # what a bare "tons" weighs where the report names its ton ("short tons"), else ""


_PLAIN = _Style({}, False)
# A report that names its ton once ("109,200 short tons") means that ton by a bare "tons" after it
# (US metal and grain statistics); elsewhere a bare "tons" is a tonne (units.csv).
_NAMED_TONS = ("short ton", "long ton")
_BARE_TONS = frozenset(("tons", "ton"))
# The bare forms of a family read as each dateline currency: {"AUD": {"dlrs": "AUD", "cts": "AUD", ...}}.
_LOCAL_FORMS = {
    code: {form: code for form, name in cur.BARE_FORMS.items() if name == cur.FAMILY_OF[code]}
    for code in set(cur.DATELINE_CURRENCIES.values())
}
_MONTH_NAMES = trie_alternation(lex.MONTHS)
# A wire report's dateline, at the start of a line near the top: "SYDNEY, March 2 -", "PARIS (Reuters) -".
RE_DATELINE = regex.compile(
    rf"""
    ^(?P<city>[A-Z][A-Za-z.'\ -]{{0,28}}[A-Za-z.])  # SYDNEY, HONG KONG, ST. LOUIS, Detroit (as keyed)
    (?:,\ [A-Z][A-Za-z.]+(?:\ [A-Z][A-Za-z.]+)?)?   # , Australia
    (?:,\ (?i:{_MONTH_NAMES})\.?\ {{1,2}}\d{{1,2}}       # , March 2; MARCH  23, FEb 26 (as keyed)
      |\ \((?:{trie_alternation(lex.WIRE_AGENCIES)})\))  # (Reuters)
    \ {{0,2}}[-–—]
""",
    regex.VERBOSE | regex.MULTILINE,
)
DATELINE_REACH = 1_000  # characters from the top where a dateline is looked for
# What follows the city of every match of RE_DATELINE, and the city's most characters (its opening
# capital, 28, its last letter): a line start without one of these that far on is not matched.
# NOTE: keep in sync with RE_DATELINE.
_AFTER_DATELINE_CITY = (", ", " (")
DATELINE_CITY_CHARS = 30
_WIRE_CUES = cue_words(lex.WIRE_MONEY_WORDS)
# Around a bare "pounds": a weight ("a take-off weight of 870,000 pounds", "40 mln pounds of rice").
RE_WEIGHT_BEFORE = regex.compile(rf"\b(?:{_words(lex.WEIGHT_CUES)})\b", regex.IGNORECASE)
RE_MATERIAL_AFTER = regex.compile(
    rf"\ of\ (?:[a-z-]+\ )?(?:{_words(lex.MATERIAL_NOUNS)})\b", regex.IGNORECASE
)
WEIGHT_REACH = 60  # characters before the figure where a weight word is looked for


def first_dateline(text: str) -> regex.Match | None:
    """RE_DATELINE's first match within DATELINE_REACH: tried only at the line starts that open with a
    capital, as a match must, instead of at every character (the same match as a search), and only
    where a city's comma or bracket follows within its reach (most lines of a report have none there)."""
    start = 0
    while start < DATELINE_REACH:
        if "A" <= text[start : start + 1] <= "Z":
            head = text[start : start + DATELINE_CITY_CHARS + 2]  # a city and the two signs after it
            if any(sign in head for sign in _AFTER_DATELINE_CITY):
                m = RE_DATELINE.match(text, start, DATELINE_REACH)
                if m is not None:
                    return m
        start = text.find("\n", start, DATELINE_REACH) + 1
        if not start:
            return None
    return None


def _style_of(text: str, scan: TextScan, m: regex.Match | None) -> _Style:
    """The document's dateline currency (``m``: its dateline), the currencies of the countries it
    names, and whether it writes money the wire's way."""
    code = cur.DATELINE_CURRENCIES.get(m["city"].upper()) if m else None
    wire = scan.any_of(_WIRE_CUES)
    tons = next((UNIT_FORMS[f"{ton}s"] for ton in _NAMED_TONS if ton in text), "")
    named = _named_countries(text, cur.FAMILY_OF.get(code or "")) if scan.any_of(_NAMED_FAMILY_CUES) else {}
    if code is None and not wire and not tons and not named:
        return _PLAIN
    return _Style({**named, **(_LOCAL_FORMS[code] if code else {})}, wire, tons)


RE_COUNTRY = regex.compile(rf"\b(?:{trie_alternation(cur.COUNTRY_FORMS)})\b")


def _named_countries(text: str, dateline_family: str | None) -> dict[str, str]:
    """The bare forms of each family in ``cur.NAMED_COUNTRY_FAMILIES`` -> the currency of the one
    country of the family the document names ("Buenos Aires", "Argentine": pesos are ARS), for the
    families its dateline does not settle; {} where it names none or several."""
    codes: dict[str, set[str]] = {}
    for m in RE_COUNTRY.finditer(text):
        code = cur.COUNTRY_FORMS[m[0]]
        codes.setdefault(cur.FAMILY_OF[code], set()).add(code)
    return {
        form: next(iter(named))
        for family, named in codes.items()
        if len(named) == 1 and family != dateline_family
        for form, name in cur.BARE_FORMS.items()
        if name == family
    }


def _part_start(text: str, lo: int, start: int, stops: Iterable[str]) -> int:
    """Where the part of a sentence holding ``start`` begins, looking back no further than ``lo``:
    just past the last of ``stops`` in ``text[lo:start]``, else ``lo``."""
    return max(lo, max(text.rfind(stop, lo, start) for stop in stops) + 1)


def _is_weight(m: AmountMatch, style: _Style) -> bool:
    """Whether a bare "pounds" after a figure weighs something: a weight word before it, "of" and a
    material after it, or a report that writes sterling "stg" (and is not from a pound's country)."""
    text, start, end = m.string, m.start, m.end
    if RE_MATERIAL_AFTER.match(text, end):
        return True
    clause = _part_start(text, max(0, start - WEIGHT_REACH), start, ".;!?")  # this sentence's words
    if RE_WEIGHT_BEFORE.search(text, clause, start):
        return True
    return style.wire and "pounds" not in style.local


def _unit_of(p: AmountParts, m: AmountMatch, style: _Style) -> tuple[str, bool, float]:
    """(unit, written before the figure, factor): "36 cents" is (USD, False, 0.01)."""
    if p.percent or p.ratio or p.share is not None:
        return "percent", False, 1.0
    if p.points:
        return "percentage point", False, 1.0
    if p.ipoints or p.ipoint:
        return _POINTS[(p.ipoints or p.ipoint).lower()], False, 1.0
    if p.sub or p.sub_glued:
        form = p.sub or p.sub_glued
        code, factor = cur.GLUED_SUBUNITS.get(form) or _SUBUNITS_FOLDED[form.lower()]
        return style.local.get(form.lower(), code), False, factor
    if p.cur_pre:
        return _lookup(cur.CURRENCY_PREFIXES, p.cur_pre), True, 1.0
    suffix = p.cur_suf or p.vague_cur or p.cur_scaled
    if suffix:
        key = suffix.lower()
        if key in _POUNDS and _is_weight(m, style):
            return UNIT_FORMS["lb"], False, 1.0
        if key in style.local:
            return style.local[key], False, 1.0
        table = cur.SCALED_ONLY_NAMES if p.cur_scaled else cur.CURRENCY_SUFFIXES
        return _lookup(table, suffix), False, 1.0
    unit = p.measure or p.vague_unit
    if unit:
        if style.tons and unit.lower() in _BARE_TONS:
            return style.tons, False, 1.0  # "... 109,200 short tons ... 103,000 tons": short tons
        return UNIT_FORMS.get(unit) or UNIT_FORMS.get(unit.lower(), unit.lower()), False, 1.0
    return "", False, 1.0


_POINTS = {k.lower(): v for k, v in (*lex.POINT_UNITS.items(), *lex.POINT_UNITS_AFTER_DIGITS.items())}
_POUNDS = frozenset(form.lower() for form in cur.FAMILIES["pound"]["nouns"])
_SUBUNITS_FOLDED = {k.lower(): v for k, v in cur.CURRENCY_SUBUNITS.items()}
_FOLDED = {
    id(table): {k.lower(): v for k, v in table.items()}
    for table in (cur.CURRENCY_PREFIXES, cur.CURRENCY_SUFFIXES, cur.SCALED_ONLY_NAMES)
}


def _lookup(table: dict[str, str], key: str) -> str:
    """The ISO code of a currency form as written, or case-folded ("usd", "Pounds")."""
    return table.get(key) or _FOLDED[id(table)].get(key.lower(), "")


def _clean(value: float) -> float:
    """A derived value without float noise: 164 * 0.01 is 1.64, a third of 300 is 100."""
    if value.is_integer() and -1e12 < value < 1e12:
        return value  # already what 12 significant digits give
    return float(f"{value:.12g}")


_EXPONENT_CHARS = str.maketrans("−⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "--0123456789")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")  # 1,234 / 12 500 / 6,15,908


def _digits_value(p: AmountParts) -> float:
    digits = p.digits
    if not digits.isascii() or "," in digits or " " in digits:
        digits = digits.translate(_GROUP_SEPARATORS)
    exp = p.exp or p.exp2 or p.eexp or p.eexp_signed
    value = float(f"{digits}e{exp.translate(_EXPONENT_CHARS)}" if exp else digits)  # 1.99e-30 exactly
    if p.vulgar:
        value += lex.VULGAR_FRACTIONS[p.vulgar]
    if p.dand:
        value += lex.FRACTION_WORDS[p.dand.lower()]
    return value


def _digits_scale(p: AmountParts) -> float:
    if p.glued:
        return lex.GLUED_SCALES[p.glued.lower()]
    if p.spaced_m:
        return 1e6
    if p.scale:
        second = lex.SECOND_SCALE_WORDS[p.scale2.lower()] if p.scale2 else 1.0
        return lex.SCALE_WORDS[p.scale.lower()] * second
    if p.cap:
        return lex.SPACED_CAPITAL_SCALES[p.cap]
    return 1.0


def _words_value(p: AmountParts) -> tuple[float | None, float]:
    """(value, scale) of an amount in words: "one and a half thousand" is (1500, 1000)."""
    value = words_to_number(p.words)
    if value is None:
        return None, 1.0
    last = p.words.lower().rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    scale = float(lex.MULTIPLIER_WORDS.get(last, 1))
    if p.point:
        digits = "".join(str(lex.DIGIT_WORDS[w]) for w in p.point.lower().split())
        value += float("0." + digits)
    if p.wand:
        value += lex.FRACTION_WORDS[p.wand.lower()]
        if p.wscale:
            scale = float(lex.MULTIPLIER_WORDS[p.wscale.lower()])
            value *= scale
    if p.wabbr:
        scale = lex.WORD_SCALE_ABBREVIATIONS[p.wabbr.lower()]
        value *= scale
    return value, scale


def _atom(m: AmountMatch, style: _Style = _PLAIN) -> _Atom | None:
    """Read one amount match; None when the words do not make a number."""
    p = m.parts
    unit, before, factor = _unit_of(p, m, style)
    kind, scale, spelled = "plain", 1.0, True
    if p.digits:
        if (
            m.string[m.end : m.end + 1] == "/"
            and m.string[m.end + 1 : m.end + 2].isdigit()
            and "." not in p.digits
        ):
            return None  # "4/9 odds", "Fahrenheit 9/11", "24/7": a pair, no fraction and no count
        scale, spelled = _digits_scale(p), False
        value = _digits_value(p) * scale
    elif p.ratio:
        num, den = _number_word(p.num), _number_word(p.den)
        if num is None or not den:
            return None
        value, kind = 100 * num / den, "ratio"
    elif p.frac:
        fraction = lex.FRACTION_WORDS[p.frac.lower()]
        if p.share is not None:
            value, kind = 100 * fraction, "share"
        elif p.frac_scale:
            scale = float(lex.VAGUE_SCALES[p.frac_scale.lower()])
            value = fraction * scale
        elif unit:
            value = fraction  # half a mile, half a percentage point
        else:
            return None
    elif p.dfrac:
        if int(p.dnum) >= int(p.dden):
            return None  # "10/4" is a date or a code, not a fraction
        value = int(p.dwhole or 0) + int(p.dnum) / int(p.dden)
        spelled = False
    elif p.vulgar_only:
        value, spelled = lex.VULGAR_FRACTIONS[p.vulgar_only], False
    elif p.fixed:
        value = float(lex.FIXED_AMOUNTS[p.fixed.lower()])
    elif p.vague:
        low, high = (float(v) for v in lex.VAGUE_AMOUNTS[p.vague.lower()])
        value, kind = (low + high) / 2, "vague"
    elif p.vmult:
        lo, hi = lex.VAGUE_MULTIPLIERS[p.vmult.lower()]
        scale = lex.VAGUE_SCALES[p.vscale.lower()]
        scale *= lex.SECOND_SCALE_WORDS[p.vscale2.lower()] if p.vscale2 else 1.0
        low, high, kind = lo * scale, hi * scale, "vague"
        value = (low + high) / 2
    else:
        words_value, scale = _words_value(p)
        if words_value is None:
            return None
        value = words_value
    sign = -1.0 if p.sign else 1.0
    if kind != "vague":
        low = high = 0.0
    else:
        low, high = _clean(sign * low * factor), _clean(sign * high * factor)
        if sign < 0:
            low, high = high, low
    start, end = m.start, m.end
    value = _clean(sign * value * factor)
    return _Atom(start, end, p, value, scale, unit, before, spelled, kind, low, high, factor)


def _yearish(atom: _Atom) -> bool:
    """A bare four-digit figure between 1800 and 2100: a year unless it counts something.
    A singular period after it keeps it a year ("the 1986 year", "the same 1986 month")."""
    digits = atom.parts.digits
    if not digits or len(digits) != 4 or not 1800 <= atom.value <= 2100:
        return False
    period = atom.unit in lex.DURATION_UNITS and not (atom.parts.measure or "").lower().endswith("s")
    return digits.isdigit() and (not atom.unit or period) and atom.scale == 1.0 and not atom.parts.sign


def _counted_after(text: str, end: int) -> bool:
    """A count noun or event word follows: "2000 people", "1990 deaths"."""
    after = RE_WORD_AFTER.match(text, end)
    return after is not None and (after[1].lower() in GENERIC_COUNT_NOUNS or after[1].lower() in EVENT_WORDS)


@dataclass(slots=True)
class _Masks:
    """Non-claim spans (dates, phones...), each tried only where a candidate digit run starts."""

    starts: list[int]
    ends: list[int]
    kinds: list[str]

    @classmethod
    def find(cls, text: str, runs: list[int]) -> _Masks:
        """The spans starting at the digit runs ``runs`` (every span holds digits)."""
        masks = cls([], [], [])
        end = 0
        for spot in runs:
            if spot < end:
                continue  # inside the last span
            m = RE_NOT_CLAIM.match(text, spot) if RE_MAY_NOT_CLAIM.match(text, spot) else None
            if m is not None:
                end = m.end()
                masks.starts.append(m.start())
                masks.ends.append(end)
                masks.kinds.append(m.lastgroup or "")
        return masks

    def kind(self, s: int, e: int) -> str:
        """The kind of the non-claim span overlapping [s, e), or ""."""
        i = bisect.bisect_right(self.starts, s) - 1
        if i >= 0 and self.ends[i] > s:
            return self.kinds[i]
        if i + 1 < len(self.starts) and self.starts[i + 1] < e:
            return self.kinds[i + 1]
        return ""


# Digit runs. The regex package knows the digits of scripts newer than the stdlib's tables (float()
# cannot read them), all beyond U+FFFF; within it the two agree and the regex package scans faster.
RE_DIGITS = regex.compile(r"\d+")
RE_DIGITS_STDLIB = re.compile(r"\d+")
RE_VULGAR = re.compile(f"[{_VULGAR}]")
# Words that can begin (or carry) an amount; the text is searched only where one occurs.
NUMBER_WORDS = frozenset(
    w.lower()
    for w in (
        *lex.CARDINAL_WORDS,
        *lex.VAGUE_AMOUNTS,
        *(w for pair in lex.FRACTION_DENOMINATORS for w in pair),
        "dozen",
        "dozens",
        "tens",
    )
    if " " not in w
)
_NUMBER_WORD_BYTES = frozenset(w.encode() for w in NUMBER_WORDS)
# The bare forms of NAMED_COUNTRY_FAMILIES ("francs", "kroner", "pesos", "lire"): a document without
# one has no bare form to read, and its country names are not looked for.
_NAMED_FAMILY_CUES = cue_words(
    form for form, name in cur.BARE_FORMS.items() if name in cur.NAMED_COUNTRY_FAMILIES
)
# Every word the scan of a text looks for: number words and the cue words of the patterns it gates.
_VOCABULARY = _NUMBER_WORD_BYTES.union(
    *(
        cues
        for cues in (
            _PERCENT_NOUN_CUES,
            _NONE_OF_CUES,
            BOUND_VERB_CUES,
            _WIRE_CUES,
            _TABLE_LABEL_CUES,
            _TABLE_UNIT_CUES,
            _NAMED_FAMILY_CUES,
        )
        if cues is not None
    )
)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # the regex ``\w``


def _number_word_spots(text: str, scan: TextScan) -> list[int]:
    """Where a number word stands as a whole word, in any case ("two", "Hundred", "THIRD")."""
    present = _NUMBER_WORD_BYTES.intersection(scan.words)
    if not present:
        return []
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lower-cases to two characters; keep the offsets
        lower = text.replace("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", "I").lower()
    spots, n = [], len(text)
    for word in (w.decode() for w in present):
        size = len(word)
        i = lower.find(word)
        while i >= 0:
            j = i + size
            if (i == 0 or not _is_word_char(text[i - 1])) and (j == n or not _is_word_char(text[j])):
                spots.append(i)
            i = lower.find(word, i + 1)
    return spots


# What may stand just before a candidate and belong to the amount: "$", "USD ", "a ", "several ", "minus ".
RE_AMOUNT_PREFIX = regex.compile(
    rf"""
    (?:
        (?:{_words_before(cur.CURRENCY_PREFIXES)})\ ?  # $4, USD 84, AUD1.5m
      | (?:{_words_before(lex.VAGUE_MULTIPLIERS)})\   # several thousand, a couple hundred
      | (?:minus|negative)\ |(?<![\w.,%)\]-])[-−]  # minus 5, -1.3%
      | an?\                                        # a third, a hundred
    )$
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Everything RE_AMOUNT_PREFIX can match, case-folded, cut to its last three characters: a candidate
# not preceded by one of these has no prefix, and the search is not run.
# NOTE: keep in sync with RE_AMOUNT_PREFIX.
_PREFIX_ENDINGS = frozenset(
    form.casefold()[-3:]
    for form in (
        *cur.CURRENCY_PREFIXES,
        *(f"{currency} " for currency in cur.CURRENCY_PREFIXES),
        *(f"{several} " for several in lex.VAGUE_MULTIPLIERS),
        "minus ",
        "negative ",
        "-",
        "−",
        "a ",
        "an ",
    )
)


# A line this long with a figure candidate this often is a data dump, not prose: no claims there.
DUMP_LINE_CHARS = 10_000
DUMP_DENSITY = 1 / 20


def _dump_lines(text: str, spots: list[int]) -> list[tuple[int, int]]:
    """Spans of over-long lines dense with figures (tables or garbage), where no sentence asserts anything."""
    if len(text) <= DUMP_LINE_CHARS:
        return []
    dumps, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) > DUMP_LINE_CHARS:
            inside = spots[bisect.bisect_left(spots, start) : bisect.bisect_left(spots, end)]
            n = sum(1 for p in inside if not _continues_figure(text, p))
            if n > len(line) * DUMP_DENSITY:
                dumps.append((start, end))
        start = end + 1
    return dumps


def _continues_figure(text: str, p: int) -> bool:
    """Whether the digit run at ``p`` is the decimals or a thousands group of the figure before it
    ("$123,456,789" is one figure, not three), so the data-dump density counts figures."""
    if p < 2 or not text[p - 2].isdigit():
        return False
    if text[p - 1] == ".":
        return p < 3 or text[p - 3] != "."  # "4.25", never a chain "1.2.1.2"
    return text[p - 1] == "," and text[p : p + 3].isdigit() and not text[p + 3 : p + 4].isdigit()


def data_dump_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines :func:`find_numbers` skips as data dumps, so that callers can name them
    (nothing is dropped without a word). Costs one split unless a line is over-long.

    >>> data_dump_lines("Police said 12 were hurt.")
    []
    >>> data_dump_lines("1,2," * 5000)
    [(0, 20000)]
    """
    if len(text) <= DUMP_LINE_CHARS or max(map(len, text.split("\n"))) <= DUMP_LINE_CHARS:
        return []
    return _dump_lines(text, _all_candidates(text, TextScan.of(text, _VOCABULARY))[0])


def _all_candidates(text: str, scan: TextScan) -> tuple[list[int], list[int]]:
    """Where an amount can start (digit runs, vulgar fractions and number words), and the digit runs."""
    runs = [m.start() for m in (RE_DIGITS_STDLIB if scan.astral else RE_DIGITS).finditer(text)]
    spots = runs + _number_word_spots(text, scan)
    if any(char in text for char in _VULGAR):
        spots.extend(m.start() for m in RE_VULGAR.finditer(text))
    spots.sort()
    return spots, runs


def _candidates(text: str, scan: TextScan) -> tuple[list[int], list[int]]:
    """The candidates of :func:`_all_candidates` outside data-dump lines."""
    spots, runs = _all_candidates(text, scan)
    for s, e in _dump_lines(text, spots):
        spots = spots[: bisect.bisect_left(spots, s)] + spots[bisect.bisect_left(spots, e) :]
        runs = runs[: bisect.bisect_left(runs, s)] + runs[bisect.bisect_left(runs, e) :]
    return spots, runs


MAX_CHAIN = 12  # figures one range or list may join


class _Link(NamedTuple):
    """What joins two amounts: its kind (a group name of RE_LINK) and its text."""

    kind: str
    text: str


# What RE_LINK can start with: a comma or a dash, or a space before a dash, a space or "to", "through",
# "and", "or" in any case. NOTE: keep in sync with RE_LINK.
_LINK_STARTS = frozenset(",-–—")
_LINK_AFTER_SPACE = frozenset(" -–tTaAoO")
_LISTING = ("and", "or", "list_or")  # links that end a list


def _may_link(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether two neighbouring amounts may share a range or list: plain amounts, and never a year
    with a figure ("2018 to 3.9 million"); two years only when they count something."""
    if a.kind != "plain" or b.kind != "plain":
        return False
    ya, yb = _yearish(a), _yearish(b)
    if ya or yb:
        return ya and yb and _counted_after(text, b.end)
    return True


def _mention_at(text: str, start: int) -> AmountMatch | None:
    """An amount that starts a mention at ``start`` (after a space, as most do, it may)."""
    if text[start - 1 : start] == " " or RE_MENTION_START.match(text, start):
        return _amount_match(text, start)
    return None


def _amount_at(text: str, spot: int) -> AmountMatch | None:
    """The amount at a candidate, with what stands just before it ("$", "a ", "several ")."""
    tail = text[max(0, spot - 3) : spot].casefold()  # a prefix ends in one of _PREFIX_ENDINGS
    if tail[-3:] in _PREFIX_ENDINGS or tail[-2:] in _PREFIX_ENDINGS or tail[-1:] in _PREFIX_ENDINGS:
        prefix = RE_AMOUNT_PREFIX.search(text, max(0, spot - 20), spot)
        if prefix is not None:
            m = _mention_at(text, prefix.start())
            if m is not None and m.end > spot:
                return m
    return _mention_at(text, spot)


def _link_at(text: str, end: int) -> regex.Match | None:
    """What joins the amount ending at ``end`` to the next; the first two characters are checked first."""
    two = text[end : end + 2]
    if (two[:1] == " " and two[1:] in _LINK_AFTER_SPACE) or two[:1] in _LINK_STARTS:
        return RE_LINK.match(text, end)
    return None


def _chains(
    text: str, spots: list[int], masks: _Masks, style: _Style
) -> Iterator[tuple[list[_Atom], list[_Link]]]:
    """Amounts in order, each with the neighbours a link joins to it ("20 to 30", "$2, $3 and $4")."""
    read_to = end = 0  # the end of the last amount read, and of the last chain
    for spot in spots:
        if spot < read_to:
            continue
        m = _amount_at(text, spot)
        if m is None:
            continue
        read_to = m.end
        if m.start < end:
            continue
        end = read_to
        if masks.starts and masks.kind(m.start, read_to):
            continue
        first = _atom(m, style)
        if first is None:
            continue
        atoms, links = [first], []
        while len(atoms) < MAX_CHAIN:
            link = _link_at(text, atoms[-1].end)
            nxt_m = _amount_match(text, link.end()) if link else None
            if nxt_m is None:
                break
            kind = link.lastgroup or ""
            mask = masks.kind(nxt_m.start, nxt_m.end)
            if mask == "date" and len(atoms) == 1 and kind != "comma" and first.value <= 31:
                atoms = []  # "from 2 to 5 March": both ends are days
                break
            nxt = None if mask else _atom(nxt_m, style)
            if nxt is None or not _may_link(text, atoms[-1], nxt):
                break
            atoms.append(nxt)
            links.append(_Link(kind, link.group()))
        if atoms:
            end = atoms[-1].end
            yield atoms, links


def _split(atoms: list[_Atom], links: list[_Link]) -> Iterator[tuple[list[_Atom], list[_Link]]]:
    """Valid groups of a chain: a pair ("20 to 30") or a list whose links are commas then and/or."""
    while atoms:
        n = 1
        if links and links[0].kind != "comma":
            n = 2
        elif links:
            k = next((i for i, link in enumerate(links) if link.kind != "comma"), None)
            if k is not None and links[k].kind in _LISTING:
                n = k + 2
        yield atoms[:n], links[: n - 1]
        atoms, links = atoms[n:], links[n:]


@dataclass(slots=True)
class _Figure:
    """One figure to emit: an atom with the value and unit it carries after its group is read."""

    atom: _Atom
    value: float
    unit: str
    start: int
    end: int
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    spelled: bool = False
    scale: float = 0.0  # the scale word it ends with, when not its atom's ("520 to 530 mln"); 0: its atom's


def _carried(atoms: list[_Atom], forward: bool) -> list[tuple[float, str]]:
    """Each member's (value, unit) once the group's shared scale and unit are carried.

    A unit written after the last member carries back ("2.3, 4.1 and 4.3 percent"), with its scale
    when the members are of its size ("$2, $3 and $4 million", "twenty to thirty thousand"); a
    currency written before the first carries forward in a range ("$3 to 5 billion").
    """
    first, last = atoms[0], atoms[-1]
    ahead = first.unit if forward and first.unit_before else ""  # "$3 to 5 billion"
    last_unit = last.unit or ahead
    out = []
    for a in atoms:
        value, unit = a.value, a.unit or ahead
        if a is not last:
            if not unit and not last.unit_before and not (a.scale != 1.0 and last.unit == "percent"):
                unit = last.unit  # (not "at 11.9m and 49.2% of the audience": millions of viewers)
                if last.factor != 1.0:  # "20 to 30 cents": both ends in cents
                    value = _clean(value * last.factor)
            if (
                unit == last_unit
                and a.scale == 1.0
                and last.scale != 1.0
                and abs(a.value) < abs(last.mantissa) * 10
            ):
                value = _clean(a.value * last.scale)
        out.append((value, unit))
    return out


def _cents_and_whole(a: _Atom, b: _Atom) -> bool:
    """ "20 cts to 19.60 dlrs": one end in cents, the other in dollars, both written; a move to a
    level, never a range."""
    return bool(a.unit and b.unit) and bool(a.parts.sub or a.parts.sub_glued) != bool(
        b.parts.sub or b.parts.sub_glued
    )


def _change_object_before(text: str, window: int, start: int) -> bool:
    """Whether a change verb and its object stand right before ``start``: "raised butane prices" (not
    "an increase of between", "had risen from its normal": a preposition opens a range's frame)."""
    m = RE_CHANGE_OBJECT_BEFORE.search(text, window, start)
    return m is not None and lex.RANGE_FRAME_WORDS.isdisjoint(m.group().lower().split()[1:])


# A wire ticker right before a figure: "Weyerhaeuser Co <WY> two to 51-1/2", a list's gapped move.
RE_TICKER_BEFORE = regex.compile(r"<[A-Z0-9.]{1,8}>\s+$", regex.REVERSE)
RE_MOVE_WORD_AFTER = regex.compile(rf"\s+(?:{_words(MOVE_COMPARATIVES)})\b", regex.IGNORECASE)
# ... or a verb a market report moves a share with: "Falconbridge firmed 3/8 to 20-1/4"
RE_STOCK_VERB_BEFORE = regex.compile(
    rf"\b(?:{_words_before(lex.STOCK_MOVE_VERBS)})\s+$", regex.IGNORECASE | regex.REVERSE
)
# How far above a share's move the price it reached must be (news-bench: moves to a price run 2 to 40
# times the move, "fell 2-1/8 to 4-5/8"; a commodity table's range of moves "off 10-1/2 to 11" 1.05).
SHARE_MOVE_RATIO = 1.5


def _share_move(text: str, window: int, first: _Atom, second: _Atom) -> bool:
    """Whether "A to B" is a share's move and the price it reached, in wire copy's eighths: a change
    verb or a company's ticker before it, no unit on either, a fraction on one side, the price well
    above the move ("IBM fell 31 to 104-1/2", "was down 1-7/8 to 5-1/8", "NWA Inc <NWA> 3/8 to 66");
    not a range of moves ("off 10-1/2 to 11"), nor a bond's in 32nds ("T-notes fell 10/32 to 11/32")."""
    if first.unit or second.unit or not (first.parts.dfrac or second.parts.dfrac):
        return False
    if second.value < SHARE_MOVE_RATIO * abs(first.value) or "/32" in text[first.start : second.end]:
        return False
    if RE_MOVE_WORD_AFTER.match(text, second.end) is not None:
        return False  # "Prices closed 1/4 to 1/2 higher": a range of moves
    return (
        RE_CHANGE_VERB_BEFORE.search(text, window, first.start) is not None
        or RE_STOCK_VERB_BEFORE.search(text, window, first.start) is not None
        or RE_TICKER_BEFORE.search(text, window, first.start) is not None
    )


def _group_figures(text: str, atoms: list[_Atom], links: list[_Link]) -> list[_Figure]:
    """The figures a group gives: one range, or each member with what it shares."""
    first = atoms[0]
    if len(atoms) == 1:
        return [_Figure(first, first.value, first.unit, first.start, first.end, spelled=first.spelled)]
    link = links[0].kind
    window = max(0, first.start - 40)
    between = RE_BETWEEN_BEFORE.search(text, window, first.start)
    changed_from = RE_CHANGE_FROM_BEFORE.search(text, max(0, first.start - 80), first.start)
    change = (
        len(atoms) == 2
        and link == "to"
        and (
            changed_from is not None
            or (
                (bool(first.unit and atoms[1].unit) or atoms[1].value > 4 * abs(first.value))
                and (
                    RE_CHANGE_BEFORE.search(text, window, first.start) is not None
                    or RE_CHANGE_VERB_BEFORE.search(text, window, first.start) is not None
                )
            )
            or (bool(first.unit and atoms[1].unit) and _change_object_before(text, window, first.start))
            or (between is None and _share_move(text, window, first, atoms[1]))
        )
    )
    ranged = (
        len(atoms) == 2
        and not change
        and (link in ("dash", "emdash", "to", "or") or (link == "and" and between is not None))
        and not _cents_and_whole(first, atoms[1])
    )
    carried = _carried(atoms, forward=False)
    if ranged:
        (v1, u1), (v2, u2) = _carried(atoms, forward=True)
        if v1 >= v2 and first.value < v2 and u1 == u2:
            v1 = first.value  # "between one and one hundred": the scale was not shared
        if link == "dash" and links[0].text == "-":
            v2 = _last_digits(first, atoms[1], v1, v2)  # "5.63-65 pct": 5.63 to 5.65
        if u1 == u2 and v1 < v2:
            begin = between.start() if between is not None else first.start
            return [
                _Figure(
                    first,
                    (v1 + v2) / 2,
                    u1,
                    begin,
                    atoms[1].end,
                    "range",
                    v1,
                    v2,
                    first.spelled and atoms[1].spelled,
                    atoms[1].scale,
                )
            ]
        score = (link == "dash" and " " not in links[0].text) or link == "emdash"
        if score and not (u1 or u2) and first.scale == atoms[1].scale == 1.0:
            return []  # "3-2": a score or a tally, not a range
    return [
        _Figure(a, v, u, a.start, a.end, spelled=a.spelled) for a, (v, u) in zip(atoms, carried, strict=True)
    ]


def _last_digits(first: _Atom, second: _Atom, v1: float, v2: float) -> float:
    """The top of a wire range that gives only its last digits ("5.63-65 pct" is 5.63 to 5.65, a
    quote's bid and offer): the second has as many digits as the first's decimals, no scale of its own
    and, read whole, would be over ten times the first. Else ``v2`` as read."""
    digits, decimals = second.parts.digits, (first.parts.digits or "").partition(".")[2]
    if not (decimals and digits and digits.isdigit() and len(digits) == len(decimals)):
        return v2
    if second.scale != 1.0 or first.scale != 1.0 or second.value <= 10 * first.value:
        return v2
    top = int(first.value) + second.value / 10 ** len(decimals)
    return top if top > v1 else v2


def _merge_share(text: str, share: _Figure, group: _Figure) -> _Figure | None:
    """ "Half of the town's 8,000 residents": the share of the group's figure (4,000), one figure."""
    gap = RE_GROUP_GAP.match(text, share.end)
    if gap is None or gap.end() != group.start or group.atom.kind != "plain" or group.unit == "percent":
        return None
    value = _clean(lex.FRACTION_WORDS[share.atom.parts.frac.lower()] * group.value)
    return _Figure(
        group.atom, value, group.unit, share.start, group.end, spelled=share.spelled and group.spelled
    )


def _figures(text: str, spots: list[int], masks: _Masks, style: _Style) -> Iterator[_Figure]:
    """Every figure in order: groups read, shares of a group's figure merged."""
    pending: _Figure | None = None
    for atoms, links in _chains(text, spots, masks, style):
        if not links:  # one amount alone, as most are
            first = atoms[0]
            figures = [_Figure(first, first.value, first.unit, first.start, first.end, spelled=first.spelled)]
        elif sum(link.kind in ("dash", "emdash") for link in links) > 1:
            continue  # "3-2-1", "1-2-3-4": a code or a sequence, not figures
        else:
            figures = [
                fig
                for group, group_links in _split(atoms, links)
                for fig in _group_figures(text, group, group_links)
            ]
        for fig in figures:
            if pending is not None:
                merged = _merge_share(text, pending, fig)
                if merged is not None:
                    yield merged
                    pending = None
                    continue
                yield pending
                pending = None
            if fig.atom.kind == "share":
                if RE_SHARE_NOT_AFTER.search(text, max(0, fig.start - 12), fig.start):
                    continue  # "the first half of 2009", "a decade and a half of": not a share
                pending = fig
            else:
                yield fig
    if pending is not None:
        yield pending


# A wire earnings table: its per-share row is in cents or dollars ("Shr 12 cts vs 12 cts"), so its
# money rows, which name no currency ("Net 337,000 vs 235,000"), are in that currency too.
RE_TABLE_SHARE_ROW = regex.compile(
    rf"""
    ^(?:[A-Z][^\n]{{0,60}}?\ [-–]\ )?                # after the dateline: "PHILADELPHIA, March 30 - "
    (?:{_words(lex.WIRE_TABLE_SHARE_LABELS)})\b     # Shr, Oper shr
    [^\n]{{0,40}}?\d\ ?(?P<cur>{"|".join(TABLE_SHARE_UNITS)})\b  # ... 12 cts, 37.2p
""",
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)
RE_TABLE_MONEY_ROW = regex.compile(
    rf"""
    (?:[A-Z][^\n]{{0,60}}?\ [-–]\ )?                 # after the dateline
    (?:{_words(lex.WIRE_TABLE_MONEY_LABELS)})       # Net, Revs, Oper net
    (?:\ (?:loss|profit))?\ +                      # Net loss
    (?:[\d.,]+(?:\ (?:mln|billion))?(?:\ (?:debit|credit))?\ +vs\ +  # the year before's: "... vs"
       (?:(?:loss|profit)\ +)?)?
""",
    regex.VERBOSE | regex.IGNORECASE,
)


# A share's price in wire copy is written in dollars and eighths with no currency ("the stock
# climbed 5-3/8 to 40-1/8"); a bond's price in eighths is a percentage of its face value.
RE_STOCK_BEFORE = regex.compile(rf"\b(?:{_words(lex.STOCK_PRICE_CUES)})\b", regex.IGNORECASE)
RE_BOND_BEFORE = regex.compile(rf"\b(?:{_words(lex.BOND_PRICE_CUES)})\b", regex.IGNORECASE)
RE_STOCK_MOVE = regex.compile(
    rf"""
    [A-Z][\w.&'’-]*                   # the company's name, its last word
    (?:\ <[A-Z0-9.]+>)?                # its ticker in wire copy: "Merrill Lynch and Co Inc <MER>"
    \ (?i:(?:was|were|is)\ )?
    (?i:{_words(lex.STOCK_MOVE_VERBS)})\ # the move
    (?:\d{{1,4}}-)?\d{{1,2}}/\d{{1,2}}\b   # a fraction: "2-1/2", "7/8"
    """,
    regex.VERBOSE,
)
STOCK_REACH = 80  # characters before a fraction where its stock is named, within the sentence
STOCK_FRACTION = 8  # characters of the fraction itself, when its move names the stock: "101-1/2"


RE_US_MARKET = regex.compile(rf"\b(?:{_words(lex.US_MARKETS)})\b", regex.IGNORECASE)
US_MARKET_REACH = 160  # characters of the sentence around a share's price read for a U.S. market


def _on_us_market(text: str, start: int) -> bool:
    """Whether the sentence of the share price at ``start`` trades it on a U.S. market ("on the
    American Stock Exchange", "On U.S. markets today"), so that it is in U.S. dollars whatever the
    report's dateline."""
    lo = _part_start(text, max(0, start - US_MARKET_REACH), start, (". ", "\n"))
    ends = [x for x in (text.find(". ", start), text.find("\n", start)) if x >= 0]
    hi = min([*ends, start + US_MARKET_REACH])
    return RE_US_MARKET.search(text, lo, hi) is not None


def _stock_price(text: str, start: int) -> bool:
    """Whether the fraction at ``start`` prices a stock: its sentence names one before it, no bond."""
    reach = _part_start(text, max(0, start - STOCK_REACH), start, (". ", "\n"))
    stock = (
        RE_STOCK_BEFORE.search(text, reach, start) is not None
        or RE_STOCK_MOVE.search(text, reach, min(len(text), start + STOCK_FRACTION)) is not None
    )
    return stock and RE_BOND_BEFORE.search(text, reach, start) is None


def _table_currency(text: str, style: _Style, dateline: regex.Match | None) -> str:
    """The currency of a wire earnings table's money rows, or "" when the document has none."""
    m = RE_TABLE_SHARE_ROW.search(text)
    if m is None:
        return ""
    cur = m["cur"].lower()
    city = dateline["city"].upper() if dateline is not None else ""
    if cur == "cts" and city in CENTS_DATELINES:
        return CENTS_DATELINES[city]  # a Johannesburg table's money rows are in rand
    return style.local.get(cur, TABLE_SHARE_CURRENCIES[cur])


def _table_money(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the first or second figure of a table's money row."""
    line = text.rfind("\n", 0, start) + 1
    return start - line < 120 and RE_TABLE_MONEY_ROW.fullmatch(text, line, start) is not None


def _field_mark(text: str, fig: _Figure) -> bool:
    """Whether a figure with "m" attached is a field event's mark in metres: led by its verb or noun
    ("cleared 1.76m", "a throw of 17.64m") or with the event named in its sentence ("16.50m in the
    triple jump"), and with nothing counted after it ("1.75m families" are a count)."""
    if RE_FIELD_MARK.fullmatch(text, fig.atom.start, fig.atom.end) is None:
        return False
    if RE_MARK_END.match(text, fig.end) is None:
        return False  # "will help 1.75m families": a count
    if RE_FIELD_MARK_LEAD.search(text, max(0, fig.start - 16), fig.start):
        return True  # "cleared 1.76m", "a throw of 17.64m"
    lo = max(text.rfind("\n", 0, fig.start), text.rfind(". ", 0, fig.start), fig.start - FIELD_EVENT_REACH)
    hi = min(
        x for x in (text.find("\n", fig.end), text.find(". ", fig.end), fig.end + FIELD_EVENT_REACH) if x >= 0
    )
    return RE_FIELD_EVENT_BEFORE.search(text, max(0, lo), hi) is not None  # "16.50m in the triple jump"


def _is_year(text: str, fig: _Figure) -> bool:
    return fig.qualifier != "range" and _yearish(fig.atom) and not _counted_after(text, fig.end)


# A bare figure after one with a unit takes that unit when nothing of its own follows it and it is
# compared with the one before ("rose to 2.87 billion dlrs from 2.83 billion in January", "at 305
# crowns against 300"), or when both carry the same scale word within a sentence or the next ("assets
# grew 1.2 billion francs to reach 153.3 billion"). NOTE: the gap is read between the two figures only.
RE_CARRY_CUE = regex.compile(rf"\b(?:{_words(lex.CARRY_CUES)})\b", regex.IGNORECASE)
# The cue close before a plain figure, up to three words between: "305 crowns against 300", "from an
# opening 14.60", "down from a peak of 300"; not "a 225,000 dlr fine against the utility based on three
# previously identified incidents".
RE_CARRY_CUE_LAST = regex.compile(
    rf"\b(?:{_words(lex.CARRY_CUES)})\.?(?:\ +[\w'’]+){{0,3}}\ +$", regex.IGNORECASE
)
# A sentence's end between two figures; not an abbreviation's dots ("19,102 tonnes from the U.S.
# Against 16,577 in January": Reuters capitalises the word after "U.S." and "U.K." often).
RE_SENTENCE_END = regex.compile(r"(?<![A-Z]\.[A-Z])[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
# A list's joint between two plain figures, after at most three words of the first's own ("98,170 tonnes
# in February, 91,157 in January and 94,926 a year earlier"; "19,102 tonnes from the U.S., 24,391 from
# Australia"): wire copy writes the unit once for the list.
RE_LIST_JOINT = regex.compile(
    r"""
    ^(?:\ [\w'’.]+){0,3}?        # the first member's adjunct: " in January", " a year ago"
    (?:,\ (?:and\ )?|\ and\ )$    # the joint: ", ", ", and ", " and "
""",
    regex.VERBOSE,
)
RE_FIGURE_SHAPE = regex.compile(r"\d{1,3}(?P<sep>,\d{3})*(?:\.(?P<dec>\d+))?")
CARRY_REACH = 90  # characters between the two figures, at most
_CARRY_FOLLOWERS = frozenset(w.lower() for w in lex.CARRY_FOLLOWERS)
_MONEY_RESULTS = frozenset(lex.MONEY_RESULTS)


def _shares_unit(text: str, before: NumberMention, before_scale: float, fig: _Figure, start: int) -> bool:
    """Whether a figure without a unit is in the unit of the figure just before it."""
    unit = before.unit
    if not unit or fig.atom.kind != "plain" or start - before.end > CARRY_REACH:
        return False
    gap = text[before.end : start]
    paired = gap == " to " and text[max(0, before.start - 5) : before.start].lower() == "from "
    if unit in lex.DURATION_UNITS and not paired:
        return False
    if "\n" in gap or gap.lstrip()[:1] in (")", ";"):
        return False  # "4.3bn rupees ($98m; £52m), against 2.7bn": not the bracketed conversion's
    if unit == "percent" and gap.endswith(" the "):
        return False  # "up four pct from the 159 recorded": a change from a level
    scaled = before_scale != 1.0 and fig.atom.scale != 1.0
    if paired:
        ok = True  # "from 24 weeks to 20": the pair is in one unit, a duration's too
    elif fig.atom.scale == before_scale != 1.0:  # "from 525 mln": the same scale, a sentence further at most
        ok = len(RE_SENTENCE_END.findall(gap)) <= 1
    elif scaled:  # "644 mln dlrs, down from 1.34 billion"; "295.3 mln in 1986 and 1.2 billion in 1985"
        ok = not RE_SENTENCE_END.search(gap) and (RE_CARRY_CUE.search(gap) is not None or " and " in gap)
    else:  # plain figures: compared within a sentence ("305 crowns against 300"), a range's first
        plain_before = before_scale == 1.0 or before.qualifier == "range"  # "425 to 450 mln, up from 405"
        ok = (
            plain_before
            and fig.atom.scale == 1.0
            and not RE_SENTENCE_END.search(gap)
            and (RE_CARRY_CUE_LAST.search(gap) is not None or _list_member(text, before, fig, gap))
        )
    if not ok:
        return False
    if _nothing_counted_after(text, fig.end):  # "525 mln in January", "300,"
        return True
    word = RE_WORD_AFTER.match(text, fig.end)[1].lower()  # "a 3.98 billion loss a year earlier"
    return scaled and (word in _MONEY_RESULTS or word in lex.NUMBER_WORDS_BEFORE_TIME)


def _shape(text: str, start: int, end: int) -> tuple[bool, int] | None:
    """How a figure's digits are written: with thousands separators or not, and its number of
    decimals (None when it opens with no digit: "$5", "five")."""
    m = RE_FIGURE_SHAPE.match(text, start, end)
    return None if m is None else (bool(m["sep"]), len(m["dec"] or ""))


def _list_member(text: str, before: NumberMention, fig: _Figure, gap: str) -> bool:
    """Whether a plain figure is the next member of a list the figure before it opened: joined by a
    comma or "and", and written alike ("98,170 tonnes in February and 94,926 a year earlier")."""
    if RE_LIST_JOINT.match(gap) is None:
        return False
    after = RE_WORD_AFTER.match(text, fig.end)
    if after is not None and after[1].lower() in lex.PREMIUM_WORDS:
        return False  # "58 lb spot, 30 over May": a premium over a price, not a weight
    shape = _shape(text, before.core_start, before.core_end)
    return shape is not None and shape == _shape(text, fig.start, fig.end)


def _elided_scale(text: str, before: NumberMention, before_scale: float, fig: _Figure, start: int) -> bool:
    """Whether a bare figure after "from" is in the scale and unit of the figure "to" just before it:
    wire copy writes the new level in full and leaves the old one's scale out ("raised its capital
    to 405 mln ringgit from 105", "profit rose to 12 mln dlrs from 9.5")."""
    return (
        bool(before.unit)
        and before_scale != 1.0
        and fig.atom.kind == "plain"
        and fig.atom.scale == 1.0
        and fig.value is not None
        and fig.value < 1000
        and text[before.end : start] == " from "
        and text[max(0, before.start - 3) : before.start].lower() == "to "
        and _nothing_counted_after(text, fig.end)  # not "from 105 shares"
    )


def _nothing_counted_after(text: str, end: int) -> bool:
    """Whether no word of its own follows a figure: none, one on the next line (a table row's last
    figure: "Group shr 33.98 yen vs 39.10"), or one that goes on the sentence ("in")."""
    after = RE_WORD_AFTER.match(text, end)
    return after is None or "\n" in after[0] or after[1].lower() in _CARRY_FOLLOWERS


RE_GRADE_AFTER = regex.compile(rf"\ (?:{_words(lex.PERCENT_GRADE_NOUNS)})\b", regex.IGNORECASE)


def _age_end(text: str, fig: _Figure) -> int:
    """Where the age phrase of a figure ends ("17-year-old", "17 years old", "aged 17", "Reyes, 67,"),
    or 0 when the figure is no one's age."""
    unit, start, end = fig.unit, fig.start, fig.end
    if unit and unit != _YEAR:
        return 0
    # Cheap looks first: most figures have no "old" just after them, and no comma or "age" just before.
    old = "old" in text[end : end + 11].lower()
    if unit and not old:
        return 0
    near = "" if old else text[max(0, start - 8) : start]
    if not old and "," not in near[-2:] and "age" not in near.lower():
        return 0
    if fig.qualifier == "range" or not 0 < fig.value < MAX_AGE or not float(fig.value).is_integer():
        return 0
    if old:
        after = RE_AGE_AFTER.match(text, end)
        if after is not None and (not unit or not after.group().lstrip(" -").lower().startswith("year")):
            return after.end()  # "17-year-old", or "17 years" then " old"
        return 0
    if fig.atom.kind != "plain":
        return 0
    before = RE_AGE_BEFORE.search(text, max(0, start - 40), start)
    if before is None or (before["apposition"] and not RE_APPOSITION_CLOSE.match(text, end)):
        return 0
    return end  # "aged 45", "Tom Reyes, 67,"


def _in_a_name(text: str, start: int) -> bool:
    """A number word capitalised inside a sentence, right after a word, names something: "Radio Five
    Live", "the Big Four", "Formula One" (at a sentence's start it counts: "Five unions will meet",
    also after a headline in capitals with no stop: "SHOOTING Three people were held")."""
    first, second = text[start : start + 1], text[start + 1 : start + 2]
    if not (first.isupper() and second.islower() and text[start - 1 : start] == " "):
        return False
    before = text[max(0, start - 40) : start - 1].rsplit(None, 1)  # the word before
    word = before[-1] if before else ""
    if word.endswith(",") and RE_TITLE_WORD_AFTER.match(text, start):
        return True  # "The Aviator, Million Dollar Baby and Sideways": a title in a list
    return word[-1:].isalpha() and not (len(word) > 4 and word.isupper())


# "rose to 760,000 from 709,200 tonnes", "to 5.2 mln from 4.8 mln dlrs": wire copy writes the unit once,
# after the old level; the new level before "from" is in it (the same scale word, or none, in both).
RE_TO_BEFORE = regex.compile(r"\bto\ $", regex.IGNORECASE)
_SCALES_WRITTEN = (*lex.SCALE_WORDS, *lex.WORD_SCALE_ABBREVIATIONS, *lex.GLUED_SCALES)
# A scale word or letter written in a figure's text: "226 mln", "4.2bn", "1.5 million" (pipeline uses it too).
RE_SCALE_IN = regex.compile(rf"(?<=\d\ ?)(?:{_words(_SCALES_WRITTEN)})\b", regex.IGNORECASE)


def _unit_from_after(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Give a bare "to A" the unit of the "from B unit" right after it (see RE_TO_BEFORE)."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.unit or not b.unit or a.spelled or text[a.end : b.start] != " from ":
            continue
        if RE_TO_BEFORE.search(text, max(0, a.start - 3), a.start) is None:
            continue
        scale_a, scale_b = RE_SCALE_IN.search(a.text), RE_SCALE_IN.search(b.text)
        if (scale_a is None) != (scale_b is None) or (scale_a and scale_a[0].lower() != scale_b[0].lower()):
            continue
        found[i] = a._replace(unit=b.unit)
    return found


POINTS_REACH = 60  # characters between "five points" and a percentage it moves ("higher at 175 pct")


def _points_of_percentages(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """ "bid five points higher at 175 pct": points beside a percentage in its sentence move that
    percentage, so they are percentage points (index points stand beside no percentage, or beside
    their own change in percent: "34 points, or 1.5 pct")."""
    for i, m in enumerate(found):
        if m.unit != "point" or m.value > 100:
            continue  # "ended up 0.7% at 11,740.60 points": an index's level
        for j in (i - 1, i + 1):
            if 0 <= j < len(found) and found[j].unit == "percent":
                a, b = (found[j], m) if j < i else (m, found[j])
                gap = text[a.end : b.start]
                converted = "(" in gap or "or" in gap.split()  # "34 points, or 1.5 pct": index points
                near = len(gap) <= POINTS_REACH and not RE_SENTENCE_END.search(gap) and "\n" not in gap
                if near and not converted:
                    found[i] = m._replace(unit="percentage point")
                    break
    return found


def _none_of_before(text: str, start: int) -> bool:
    """Whether "none of", "neither of the" ... ends right before ``start`` (RE_NONE_OF_BEFORE), searched
    only where its window holds "of" or "among" as a word."""
    window = max(0, start - NONE_OF_REACH)
    lower = text[window:start].lower()
    if not any(link in lower for link in _NONE_OF_LINKS):
        return False
    return RE_NONE_OF_BEFORE.search(text, window, start) is not None


RE_DECLARED_UNIT = regex.compile(
    rf"""
    (?<!\d\ ?)\bin\ (?:(?P<scale>{_words(lex.DECLARED_SCALES)})\ )?  # "in", "in mln", not "5 in"
    (?:(?P<unit>{_words(lex.DECLARED_UNIT_WORDS)})                         # tonnes, barrels
      |{_words(lex.UNDECLARED_UNIT_WORDS)})\b                              # mln lbs: ends one
    (?!\ (?:of|a|per)\b)                                                  # not "in tonnes of oil equivalent"
""",
    regex.VERBOSE | regex.IGNORECASE,
)


RE_TABLE_MEASURE = regex.compile(rf"\b(?:{_words(lex.TABLE_MEASURE_WORDS)})\b", regex.IGNORECASE)


class _Declared(NamedTuple):
    """A unit declared for the bare figures in ``text[start:end]``, with the scale it names."""

    start: int
    end: int
    unit: str
    scale: float


def _declared_units(text: str) -> list[_Declared]:
    """The spans where a report's declared unit holds ("Shipments in tonnes, ..., included: beef
    26,945"): to the end of the declaring sentence, or, where that sentence leads in to a list or a
    table (``lex.LEAD_IN_ENDS``), to the next declaration or the report's end. In order; [] for most
    reports (one search for "in <unit>")."""
    found: list[regex.Match] = []
    for m in RE_DECLARED_UNIT.finditer(text):
        if not found or "\n" in text[found[-1].end() : m.start()]:
            found.append(m)  # a line's first: "in mln bushels, except feedgrains, which is in mln tonnes"
    spans: list[_Declared] = []
    for i, m in enumerate(found):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        stop = text.find(". ", m.end(), line_end)
        end = line_end if stop < 0 else stop
        tail = text[m.end() : line_end].rstrip()
        # "OATS - in mln bushels": a heading; "... futures (in 000's bu).": a lead-in's last words
        if stop < 0 and (not tail.strip(").") or tail.endswith(lex.LEAD_IN_ENDS)):
            end = found[i + 1].start() if i + 1 < len(found) else len(text)
            measure = RE_TABLE_MEASURE.search(text, line_end, end)  # "Acreage (mln acres) --": its own
            end = text.rfind("\n", line_end, measure.start()) + 1 if measure else end
        if m["unit"] is None:
            continue  # "in mln lbs": another unit's table
        scale = lex.DECLARED_SCALES.get((m["scale"] or "").lower(), 1.0)
        unit = m["unit"].lower()
        spans.append(_Declared(m.end(), end, lex.DECLARED_UNIT_FORMS.get(unit) or UNIT_FORMS[unit], scale))
    return spans


def _declared_at(spans: list[_Declared], start: int) -> _Declared | None:
    """The declaration whose span holds offset ``start``, if any."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return spans[i] if i >= 0 and spans[i].start <= start < spans[i].end else None


RE_WORD_AFTER_FIGURE = regex.compile(r"\ (?P<word>[A-Za-z]+)")
RE_RATE_ROW = regex.compile(rf"\b(?:{_words(lex.RATE_ROW_WORDS)})\b", regex.IGNORECASE)
RE_FIRST_DIGIT = regex.compile(r"\d")
MAX_ROW_LABEL = 40  # characters of a table row's label read before its figures: "Avg Price (dlrs/bu)"


class _LineStarts:
    """Where the line holding each offset starts, asked in increasing order: each stretch of the text
    is searched once (a rfind back to the line's start per figure is quadratic on a one-line text)."""

    def __init__(self, text: str) -> None:
        self.text, self.scanned, self.start = text, 0, 0

    def at(self, pos: int) -> int:
        if pos < self.scanned:
            return self.text.rfind("\n", 0, pos) + 1  # out of order: asked once, looked up whole
        newline = self.text.rfind("\n", self.scanned, pos)
        if newline >= 0:
            self.start = newline + 1
        self.scanned = pos
        return self.start


def _holds_declared(text: str, end: int, start: int, line: int) -> bool:
    """Whether a declared unit holds for the bare figure at ``text[start:end]``: not a count of the
    noun after it ("1,200 farmers", "15 vessels", "20,000 running bales"), nor a row whose label
    names a rate or a measure of its own ("Yield (bu) 56.0", "Avg Price 1.35", "Acreage (mln)"). The
    label is read from ``line`` (its line's start, or the declaration's end on the same line) up to
    its first figure."""
    after = RE_WORD_AFTER_FIGURE.match(text, end)
    if after is not None and after["word"].lower() not in lex.DECLARED_LIST_WORDS:
        return False
    digit = RE_FIRST_DIGIT.search(text, line, min(start, line + MAX_ROW_LABEL))
    label_end = digit.start() if digit else min(start, line + MAX_ROW_LABEL)
    return not (RE_RATE_ROW.search(text, line, label_end) or RE_TABLE_MEASURE.search(text, line, label_end))


def find_numbers(text: str) -> list[NumberMention]:
    """Every figure in ``text`` that could be a claim, in order, ranges merged."""
    scan = TextScan.of(text, _VOCABULARY)
    spots, runs = _candidates(text, scan)
    masks = _Masks.find(text, runs)
    percent_nouns, none_of = scan.any_of(_PERCENT_NOUN_CUES), scan.any_of(_NONE_OF_CUES)
    bound_verbs = scan.any_of(BOUND_VERB_CUES)
    found: list[NumberMention] = []
    last_scale = 1.0  # the scale of the figure before ("mln", "billion")
    last_amount: tuple[NumberMention, float] | None = None  # the last scaled figure with a unit, not a pct
    dateline = first_dateline(text)
    dateline_span = dateline.span() if dateline else (0, 0)
    style = _style_of(text, scan, dateline)
    # a table is wire copy's, though a yen table may write no "mln" or "dlrs" ("Net 21.16 billion")
    wire = style.wire or dateline is not None
    tabled = wire and scan.any_of(_TABLE_LABEL_CUES) and scan.any_of(_TABLE_UNIT_CUES)
    table_currency = _table_currency(text, style, dateline) if tabled else ""
    declared = _declared_units(text) if wire else []
    lines = _LineStarts(text)
    for fig in _figures(text, spots, masks, style):
        atom = fig.atom
        if dateline_span[0] <= fig.start < dateline_span[1]:
            continue  # the dateline's day, whatever its month's case: "LONDON, FEb 26 -"
        if fig.start == atom.start and _is_year(text, fig):
            continue
        age_end = _age_end(text, fig)
        if age_end:
            fig.unit, fig.end = _YEAR, age_end  # "a 17-year-old": 17, in years
        elif not fig.unit and fig.value >= 1e6 and _field_mark(text, fig):
            fig.unit, fig.value = _METRE, fig.value / 1e6  # "cleared 1.76m": metres
        elif (
            not fig.unit
            and RE_RACE_TIME.fullmatch(text, fig.start, fig.end)
            and RE_TIMING_BEFORE.search(text, max(0, fig.start - 20), fig.start)
            and RE_MARK_END.match(text, fig.end)  # nothing counted after it: "in 7.35 rounds"
        ):
            fig.unit = _SECOND  # "clocking 7.37", "finished fifth in 7.35": a race time
        hyphen = text.startswith("-", fig.end)
        compound = hyphen and RE_COMPOUND_AFTER.match(text, fig.end)
        if compound and fig.qualifier != "range":
            continue  # "a 40-year-old", "a five-storey block"
        period = RE_COMPOUND_PERIOD.match(text, fig.end) if hyphen and not compound and not fig.unit else None
        if period is not None and UNIT_FORMS.get(period["unit"].lower()) in lex.DURATION_UNITS:
            fig.unit, fig.end = UNIT_FORMS[period["unit"].lower()], period.end()  # "a 10-month jail term"
        if (
            not age_end
            and fig.unit in lex.DURATION_UNITS
            and not (fig.unit in lex.TIMED_UNITS and "." in text[atom.start : atom.end])
            and RE_TIME_FRAME_BEFORE.search(text, max(0, fig.start - 30), fig.start)
        ):
            continue  # "the highest in 40 years": a time frame; not "finished in 6.67 secs", a time
        if fig.spelled and _in_a_name(text, fig.start):
            continue  # "Radio Five Live", "the Big Four", "Formula One"
        rank_from = max(0, fig.start - RANK_REACH)
        if (
            fig.start == atom.start
            and RANK_CUE in text[rank_from : fig.start].lower()
            and RE_RANK_BEFORE.search(text, rank_from, fig.start)
        ):
            continue  # "into this year's top 10", "the top five": a rank, not a count
        if fig.unit == "percent" and RE_GRADE_AFTER.match(text, fig.end):
            continue  # "offers for 64 pct meal": a grade of the product
        qualifier, low, high = fig.qualifier, fig.low, fig.high
        if atom.kind == "vague" and fig.start == atom.start:
            qualifier, low, high = "approximate", atom.low, atom.high
        elif atom.kind == "ratio":  # "one in four": a rounded share
            qualifier = "approximate"
            low, high = interval(fig.value, qualifier)
        start, stop, qualifier, low, high = qualified_span(
            text, fig.start, fig.end, fig.value, qualifier, low, high, bound_verbs=bound_verbs
        )
        unit, value = fig.unit, fig.value
        if not unit and percent_nouns and RE_PERCENT_NOUN_BEFORE.search(text, max(0, start - 60), start):
            unit = "percent"
        held = _declared_at(declared, start) if not unit and declared else None
        if held is not None and _holds_declared(text, fig.end, start, max(held.start, lines.at(start))):
            unit = held.unit  # "Shipments in tonnes ... included: beef 26,945 (20,096)"
            if (fig.scale or atom.scale) == 1.0:  # "in mln tonnes": "12.50" is 12.5 mln
                value, low, high = (
                    _clean(v * held.scale) if v is not None else None for v in (value, low, high)
                )
        if not unit and found and _elided_scale(text, found[-1], last_scale, fig, start):
            unit = found[-1].unit  # "raised its capital to 405 mln ringgit from 105": 105 mln ringgit
            value, low, high = (_clean(v * last_scale) if v is not None else None for v in (value, low, high))
        if not unit and found and _shares_unit(text, found[-1], last_scale, fig, start):
            unit = found[-1].unit  # "narrowed to 110 mln dlrs from 525 mln": dollars both
        elif (
            not unit
            and found
            and (found[-1].unit == "percent" or found[-1].unit in lex.DURATION_UNITS)
            and last_amount is not None
            and _shares_unit(text, last_amount[0], last_amount[1], fig, start)
        ):
            # "were 677.8 mln dlrs, up 4.9 pct from the 645.9 mln": past the pct; "7.6 billion francs in
            # the first 11 months of 1986 against 5.1 billion": past the period
            unit = last_amount[0].unit
        if not unit and table_currency and atom.kind == "plain" and _table_money(text, start):
            unit = table_currency  # "Net 337,000 vs 235,000" under "Shr 12 cts vs 12 cts"
        if not unit and style.wire and atom.parts.dfrac and _stock_price(text, start):
            unit = style.local.get("dlrs", "USD")  # "Purolator's stock climbed 5-3/8 to 40-1/8"
            if unit != "USD" and _on_us_market(text, start):
                unit = "USD"  # a Toronto report's "Dome rose 1/4 to 1-1/8 on the American Stock Exchange"
        last_scale = fig.scale or atom.scale  # "520 to 530 mln tonnes against 534 mln": mln
        negated = start == fig.start and (
            (fig.spelled and RE_NEGATED_BEFORE.search(text, max(0, start - 20), start) is not None)
            or (none_of and _none_of_before(text, start))
        )
        found.append(
            NumberMention(
                start,
                stop,
                value,
                low,
                high,
                qualifier,
                unit,
                fig.start,
                fig.end,
                fig.spelled,
                text[start:stop],
                negated,
                bool(age_end),
            )
        )
        if unit and unit != "percent" and atom.scale != 1.0:
            last_amount = (found[-1], atom.scale)
    return _points_of_percentages(text, _unit_from_after(text, found))
