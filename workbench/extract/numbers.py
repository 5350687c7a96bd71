"""The number grammar: find every figure in a text, with its value, unit and span.

Digits with separators and decimals, scale words and abbreviations, number words,
money, percentages and ranges. Qualifiers are read by ``qualifiers.py``; what is
*not* a claim (years, dates, times, phones, identifiers, scores) is masked here.

>>> [(m.text, m.value, m.unit) for m in find_numbers("It cost $4.2bn, up 15% on 400k.")]
[('$4.2bn', 4200000000.0, 'USD'), ('15%', 15.0, 'percent'), ('400k', 400000.0, '')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import regex
from text_to_num import text2num

from workbench.extract.qualifiers import interval, qualified_span
from workbench.lexicon import alternation
from workbench.lexicon import numbers as lex
from workbench.lexicon.metrics import EVENT_WORDS, GENERIC_COUNT_NOUNS

_CURRENCY_PRE = alternation(lex.CURRENCY_PREFIXES)
_CURRENCY_SUF = alternation(lex.CURRENCY_SUFFIXES)
_WORD = rf"(?:{alternation(lex.CARDINAL_WORDS)})"
_SCALES_AFTER_AND = "hundred|thousand|million|billion|trillion"

# One amount: currency, figure, scale, then percent / currency / measure unit.
# No group repeats another repeating group, so matching stays linear.
AMOUNT_BODY = rf"""
    (?:(?P<cur_pre>{_CURRENCY_PRE})\ ?)?             # $ 4.2bn, USD 84 million, £86.4m
    (?:
        (?P<ratio>(?P<num>{_WORD}|\d{{1,2}})\ (?:in|out\ of)\ (?P<den>{_WORD}|\d{{1,3}}))\b  # one in four
      | (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?  # 400,000 or 1,234.5
                  |\d+(?:\.\d+)?)                    # 6.1 or 400
        (?:
            (?P<glued>{alternation(lex.GLUED_SCALES)})(?![\w/])   # 3m 400k 4.2bn
          | \ ?-?(?P<scale>{alternation(lex.SCALE_WORDS)})\b      # 1.2 million
        )?
      | (?P<fixed>{alternation(lex.FIXED_AMOUNTS)})\b              # a dozen, half a million
      | (?P<vague>{alternation(lex.VAGUE_AMOUNTS)})(?=[”"’]?\s+of\b)     # tens of thousands of
      | (?P<words>\b{_WORD}                                        # forty-three thousand
            (?:(?:[\ -]|(?<={_SCALES_AFTER_AND})\ and\ ){_WORD})*\b)
    )
    (?:
        \ (?P<points>{alternation(lex.PERCENTAGE_POINT_WORDS)})\b       # 2 percentage points
      | \ ?(?P<percent>{alternation(lex.PERCENT_WORDS)})(?![\w])   # 15%, 6.1 per cent
      | \ (?P<cur_suf>{_CURRENCY_SUF})\b                           # 12 million dollars
      | \ ?(?P<measure>{alternation(lex.MEASURE_UNITS)})(?![\w/])  # 140 km/h, 18,000 hectares
    )?
"""
# A figure that starts a mention: not glued to a word, code, time or decimal before it.
RE_AMOUNT = regex.compile(
    r"(?<![\w.,/:$£€¥-]|\w-|\w\(|\w\[)" + AMOUNT_BODY + r"(?![\w])", regex.VERBOSE | regex.IGNORECASE
)
# The second half of a range may follow a dash directly ("$4.5bn-$5.1bn").
RE_AMOUNT_AT = regex.compile(AMOUNT_BODY + r"(?![\w])", regex.VERBOSE | regex.IGNORECASE)

# What joins the two ends of a range.
RE_RANGE_LINK = regex.compile(
    r"""
    \s?(?P<dash>[-–—])\s?      # 40,000-55,000 or 40,000 – 55,000
  | \s+(?P<to>to)\s+           # 12 to 15 kilometres
  | \s+(?P<and>and)\s+         # between 40 and 55 (only after "between")
""",
    regex.VERBOSE,
)
RE_BETWEEN_BEFORE = regex.compile(
    r"\b(?:between|from\ between|ranging\ from|range\ of)\s+$",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
RE_FROM_BEFORE = regex.compile(r"\bfrom\s+$", regex.IGNORECASE | regex.REVERSE)

# Spans that are never claims, found once per document.
_MONTH = alternation(lex.MONTHS)
RE_NOT_CLAIM = regex.compile(
    rf"""
    (?P<date>
        \b(?:{_MONTH})\.?\ \d{{1,2}}(?:st|nd|rd|th)?(?:,?\ \d{{4}})?\b      # March 14, 2024
      | \b\d{{1,2}}(?:st|nd|rd|th)?\ (?:of\ )?(?:{_MONTH})\b(?:,?\ \d{{4}})?  # 14 March 2024
      | \b(?:{_MONTH})\ \d{{4}}\b                                          # June 2025
      | \b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b                          # 14/03/2024
    )
  | (?P<time>
        \b\d{{1,2}}(?::\d{{2}})?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)           # 7:30 a.m., 10pm
      | \b(?:[01]?\d|2[0-3]):[0-5]\d\b                                    # 14:30
      | \b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?(?:GMT|UTC|BST|CET|local\ time|hrs|h\b))
      | \b\d{{1,2}}\ o'clock\b
    )
  | (?P<phone>
        (?<![\w.,])\+\d{{1,3}}(?:[\ -]\(?\d{{1,5}}\)?){{2,5}}(?![\w,])      # +44 20 7946 0321
      | (?<![\w.,$£€])\(?0\d{{2,4}}\)?(?:[\ -]\d{{3,4}}){{1,3}}(?![\w,])     # 0800 555 0193
      | (?<![\w.,$£€])\d{{3}}-\d{{4}}(?![\w,])                             # 555-0148
      | (?i:\b(?:{alternation(lex.PHONE_CUES)})\b(?:\ (?:us|them|on|at))?)\ \+?\d[\d\ -]{{1,15}}\d
    )
  | (?P<identifier>
        (?i:\b(?:{alternation(lex.IDENTIFIER_NOUNS)}))\.?\ \#?\d{{1,4}}[A-Za-z]?(?![\d,.]\d)
        (?:\s?(?:,|and|or|to|&|-)\s?\d{{1,4}}[A-Za-z]?\b)*                 # exits 14 and 19
    )
  | (?P<model>(?<=\b[A-Z][a-z]+\ )\d{{1,4}}(?=\ [A-Z][a-z]))              # Boeing 737 Max
  | (?P<score>
        (?i:\b(?:{alternation(lex.SCORE_CUES)})\b)(?:\ [A-Z][\w.]*){{0,3}}\ \d{{1,3}}[-–]\d{{1,3}}\b
      | \b\d{{1,2}}[-–]\d{{1,2}}\ (?i:victory|win|defeat|draw|loss|vote|scoreline|lead)\b
    )
  | (?P<age>
        (?<=[A-Z][a-z]+),\ \d{{1,3}},(?!\d)                               # Tom Reyes, 67,
      | (?i:\baged?\ )\d{{1,3}}(?:\ (?:to|and|-)\ \d{{1,3}})?             # aged 25 to 34
    )
""",
    regex.VERBOSE,
)

# Compound modifiers that are not counts: "a 40-year-old", "a five-storey block".
RE_COMPOUND_AFTER = regex.compile(
    rf"-(?!\d|\$|£|€|(?:{alternation(lex.COUNT_COMPOUNDS)})\b)[a-z]", regex.IGNORECASE
)
RE_TIME_FRAME_BEFORE = regex.compile(
    rf"\b(?:{alternation(lex.TIME_FRAME_CUES)})\ (?:the\ )?(?:past\ |last\ |next\ )?$",
    regex.IGNORECASE | regex.REVERSE,
)
RE_WORD_AFTER = regex.compile(r"\s+([A-Za-z][\w'’-]*)")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One figure in a text. ``start``/``end`` cover the qualifier; ``core_*`` only the figure."""

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


def words_to_number(phrase: str) -> float | None:
    """Evaluate a number written in words.

    >>> words_to_number("two hundred and twelve"), words_to_number("forty-three thousand")
    (212.0, 43000.0)
    """
    key = phrase.lower()
    if key in lex.FIXED_AMOUNTS:
        return float(lex.FIXED_AMOUNTS[key])
    try:
        return float(text2num(key.replace("-", " "), "en"))
    except ValueError:
        return None


def _unit_of(m: regex.Match) -> str:
    if m["percent"] or m["ratio"]:
        return "percent"
    if m["points"]:
        return "percentage point"
    for group, table in (("cur_pre", lex.CURRENCY_PREFIXES), ("cur_suf", lex.CURRENCY_SUFFIXES)):
        if m[group]:
            return table.get(m[group]) or table.get(m[group].upper(), "") or table.get(m[group].lower(), "")
    if m["measure"]:
        key = m["measure"]
        return lex.MEASURE_UNITS.get(key) or lex.MEASURE_UNITS.get(key.lower(), key.lower())
    return ""


def _value_of(m: regex.Match) -> tuple[float | None, bool, bool]:
    """(value, spelled in words, carries its own scale)."""
    if m["digits"]:
        value = float(m["digits"].replace(",", ""))
        if m["glued"]:
            return value * lex.GLUED_SCALES[m["glued"].lower()], False, True
        if m["scale"]:
            return value * lex.SCALE_WORDS[m["scale"].lower()], False, True
        return value, False, False
    if m["ratio"]:
        num, den = (float(x) if x.isdigit() else words_to_number(x) for x in (m["num"], m["den"]))
        return (100 * num / den if num is not None and den else None), True, True
    if m["fixed"]:
        return float(lex.FIXED_AMOUNTS[m["fixed"].lower()]), True, True
    if m["vague"]:
        low, high = lex.VAGUE_AMOUNTS[m["vague"].lower()]
        return (low + high) / 2, True, True
    value = words_to_number(m["words"])
    scaled = any(w in m["words"].lower() for w in ("thousand", "million", "billion", "trillion"))
    return value, True, scaled


def _scale_of(m: regex.Match) -> float:
    word = m["glued"] or m["scale"]
    if not word:
        return 1.0
    return lex.GLUED_SCALES.get(word.lower()) or lex.SCALE_WORDS.get(word.lower(), 1.0)


RE_DIGITS = re.compile(r"\d+")  # the stdlib engine scans plain digit runs fastest
_MASK_BEFORE, _MASK_AFTER = 48, 64  # how far a non-claim span reaches around its digits


def _digit_windows(text: str, spots: list[int]) -> list[tuple[int, int]]:
    """Merged windows around the candidate figures: the only places a non-claim span can matter."""
    windows: list[tuple[int, int]] = []
    for spot in spots:
        run = RE_DIGITS.match(text, spot)
        s, e = max(0, spot - _MASK_BEFORE), (run.end() if run else spot + 1) + _MASK_AFTER
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], e)
        else:
            windows.append((s, e))
    return windows


def _masked_spans(text: str, spots: list[int]) -> tuple[list[int], list[int]]:
    """Non-claim spans (dates, phones...), searched only in windows around the candidates kept."""
    starts, ends = [], []
    for ws, we in _digit_windows(text, spots):
        for m in RE_NOT_CLAIM.finditer(text, ws, min(we, len(text))):
            if not starts or m.start() >= ends[-1]:
                starts.append(m.start())
                ends.append(m.end())
    return starts, ends


def _is_masked(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    return (i >= 0 and ends[i] > s) or (i + 1 < len(starts) and starts[i + 1] < e)


def _looks_like_year(text: str, m: regex.Match, value: float) -> bool:
    digits = m["digits"]
    if not digits or len(digits) != 4 or not digits.isdigit() or not 1800 <= value <= 2100:
        return False
    if m["cur_pre"] or m["percent"] or m["cur_suf"] or m["measure"] or m["glued"] or m["scale"]:
        return False
    after = RE_WORD_AFTER.match(text, m.end())
    counted = after is not None and (
        after[1].lower() in GENERIC_COUNT_NOUNS or after[1].lower() in EVENT_WORDS
    )
    return not counted  # "2000 people" is a count, "in 2000." a year


# Words that can begin (or carry) an amount; the text is searched only where one occurs.
NUMBER_WORDS = frozenset(
    w.lower()
    for w in (*lex.CARDINAL_WORDS, *lex.VAGUE_AMOUNTS, "dozen", "dozens", "quarter", "half")
    if " " not in w
)
RE_LOWER_WORD = re.compile(r"[a-z]+")
# What may stand just before a candidate and belong to the amount: "$", "USD ", "a ", "half a ".
RE_AMOUNT_PREFIX = regex.compile(
    rf"""
    (?:(?:{_CURRENCY_PRE})\ ?|(?:(?:half|a\ quarter\ of)\ )?an?\ )$
""",
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)


@lru_cache(maxsize=4096)
def _word_finder(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


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
            n = bisect.bisect_left(spots, end) - bisect.bisect_left(spots, start)
            if n > len(line) * DUMP_DENSITY:
                dumps.append((start, end))
        start = end + 1
    return dumps


def _candidates(text: str) -> list[int]:
    """Where an amount can start: digit runs, and the number words this text actually contains."""
    spots = [m.start() for m in RE_DIGITS.finditer(text)]
    present = NUMBER_WORDS.intersection(RE_LOWER_WORD.findall(text.lower()))
    if present:
        spots.extend(m.start() for m in _word_finder(frozenset(present)).finditer(text))
        spots.sort()
    for s, e in _dump_lines(text, spots):
        spots = spots[: bisect.bisect_left(spots, s)] + spots[bisect.bisect_left(spots, e) :]
    return spots


def _amounts(text: str, spots: list[int]):
    """Amount matches in order, tried only at candidates (and just before them, for "$", "a")."""
    end = 0
    for spot in spots:
        if spot < end:
            continue
        prefix = RE_AMOUNT_PREFIX.search(text, max(0, spot - 20), spot)
        m = RE_AMOUNT.match(text, prefix.start()) if prefix else None
        if m is None or m.end() <= spot:
            m = RE_AMOUNT.match(text, spot)
        if m is not None:
            end = m.end()
            yield m


def find_numbers(text: str) -> list[NumberMention]:
    """Every figure in ``text`` that could be a claim, in order, ranges merged."""
    spots = _candidates(text)
    mask_starts, mask_ends = _masked_spans(text, spots)
    found: list[NumberMention] = []
    pos = 0
    for m in _amounts(text, spots):
        if m.start() < pos:
            continue
        pos = m.end()
        if _is_masked(mask_starts, mask_ends, m.start(), m.end()):
            continue
        value, spelled, scaled = _value_of(m)
        if value is None:
            continue
        unit = _unit_of(m)
        low = high = value
        qualifier = "exact"
        if m["vague"]:
            low, high = (float(v) for v in lex.VAGUE_AMOUNTS[m["vague"].lower()])
            qualifier = "approximate"
        elif m["ratio"]:  # "one in four": a rounded share
            low, high = interval(value, "approximate")
            qualifier = "approximate"
        end = m.end()
        # A range: "40,000-55,000", "12 to 15 km", "between $4.5bn and $5.1bn".
        link = RE_RANGE_LINK.match(text, end)
        if link and not m["vague"] and not m["ratio"]:
            between = RE_BETWEEN_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            from_before = RE_FROM_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            other = RE_AMOUNT_AT.match(text, link.end()) if (link["and"] is None or between) else None
            if (
                other is not None
                and not from_before
                and not _is_masked(mask_starts, mask_ends, other.start(), other.end())
            ):
                v2, _, scaled2 = _value_of(other)
                if v2 is not None:
                    v1 = value
                    if scaled2 and not scaled and v1 < v2 / _scale_of(other) * 10:
                        v1 = value * _scale_of(other)  # "1.2 to 1.5 million"
                    u1, u2 = _unit_of(m), _unit_of(other)
                    if u1 and u2 and u1 != u2:
                        pass  # "rose 5.2% to €48.60": two figures, not a range
                    elif v1 < v2:
                        low, high, value = v1, v2, (v1 + v2) / 2
                        unit = unit or _unit_of(other)  # "12 to 15 kilometres"
                        qualifier = "range"
                        end = other.end()
                        pos = end
                    elif link["dash"] and not scaled and not scaled2:
                        continue  # "3-2": a score or a vote tally, not a range
        if qualifier != "range" and _looks_like_year(text, m, value):
            continue
        if RE_COMPOUND_AFTER.match(text, end) and qualifier != "range":
            continue  # "a 40-year-old", "a five-storey block"
        if unit in lex.DURATION_UNITS and RE_TIME_FRAME_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "the highest in 40 years": a time frame, not a figure anyone asserts
        begin = m.start()
        if qualifier == "range":
            between_m = RE_BETWEEN_BEFORE.search(text, max(0, begin - 30), begin)
            begin = between_m.start() if between_m else begin
        start, stop, qualifier, low, high = qualified_span(text, begin, end, value, qualifier, low, high)
        found.append(
            NumberMention(
                start=start,
                end=stop,
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=unit,
                core_start=m.start(),
                core_end=end,
                spelled=spelled and not m["digits"],
                text=text[start:stop],
            )
        )
    return found
