"""The layers of one document, built once: paragraphs, sentences, quotations and tokens.

Everything later (numbers' contexts, attribution) looks things up here by offset instead of
re-reading the text. Each layer is one regex pass over the document; lookups are bisections.

>>> doc = DocumentStructure('Police said 12 were hurt. "It was 40," said Ana Ruiz.\\nNext line.')
>>> [doc.text[s:e] for s, e in zip(*doc.sentences)]
['Police said 12 were hurt.', '"It was 40," said Ana Ruiz.', 'Next line.']
>>> doc.quote_at(30), doc.paragraph_at(60)
(0, (54, 64))
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import regex

from workbench.extract.clause import SentenceTokens
from workbench.lexicon import trie_alternation
from workbench.lexicon.attribution import SENTENCE_ABBREVIATIONS

# Sentence ends: line breaks, or . ! ? (not after an abbreviation or an initial) before a capital.
# Every branch starts at a line break or a stop, never at a space (a branch tried at every space
# took half the time); only where a match's text ends, past its trailing spaces, is used.
RE_SENTENCE_END = regex.compile(
    rf"""
    \n\s*                                                     # a line or paragraph break
  | [.!?]+
    (?<!\b{trie_alternation(SENTENCE_ABBREVIATIONS, reverse=True)}\.)  # Mr. Sen. Calif. Jan. (not an end)
    (?<!(?:^|[\s(“"])[A-Z]\.)                                 # an initial: Richard A. Posner
    (?<!\b(?:[A-Za-z]\.){{2,}})                               # U.S. before a name, not an end
    [”"’')\]]*\ +(?=(?:[“"‘(\[]|'{{1,2}})?[A-Z0-9])             # then a new sentence begins
  | (?<=\b(?:U\.S|U\.K|U\.N|D\.C))\.\ +(?=(?:The|A|An|In|But|He|She|It|They|We)\b)   # "in the U.S. The"
""",
    regex.VERBOSE,
)

# Direct quotations: curly, straight and doubled-apostrophe marks (''...'' in wire copy).
# An unclosed quotation runs to the end of its paragraph, as in news style for multi-paragraph quotes.
RE_QUOTE = regex.compile(
    r"""
    “[^”“"\n]*(?:[”"]|(?=“)|$)                     # “curly” (a straight mark may close it; an
                                                    # unclosed one ends where the next “ opens)
  | (?<![\w])"[^"”\n]*                             # "straight" (or closed by a curly mark)
    (?:(?<!\s)["”] | ["”](?!\w)                     # closed: "...," or "... "
      | (?=\s["”]\w)                                # unclosed: ends before the next ' "We'
      | $)
  | (?<![\w'])''(?!')(?:[^'\n]|'(?!'))*(?:''|$)    # ''doubled apostrophes''
""",
    regex.VERBOSE | regex.MULTILINE,
)

# What every match of RE_QUOTE opens with: a text holding none of these has no quotation.
# NOTE: keep in sync with RE_QUOTE.
QUOTE_OPENINGS = ("“", '"', "''")
# Titles read as one token with their stop.
TITLE_ABBREVIATIONS = (
    *"Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm St Jr Sr Rev Hon Supt Det Maj Insp".split(),
    *"Atty Messrs Sens Reps Govs Gens Drs".split(),
)
# Words, with abbreviations and possessives kept whole; numbers; quote marks; other punctuation.
RE_TOKEN = re.compile(  # stdlib re: no regex-only feature here, and twice as fast
    rf"""
    (?:[A-Za-z]\.){{2,}}                      # U.S. U.N. D.C.
  | (?:{"|".join(TITLE_ABBREVIATIONS)})\.(?!\w)  # Mr. Sen. Gov. Sens.
  | [A-Za-z](?:\w|-(?!-)|[’'](?=[A-Za-z]))*  # words: Trump's, don't, front-runner (not "were--GM")
  | \d(?:[\d,.]*\d)?                        # numbers
  | ''|``                                   # doubled quote marks
  | [^\s\w]                                 # any other mark
""",
    re.VERBOSE,
)
# Marks outside ASCII that both tokenizers read as one mark, in both engines: not \w, \d or \s.
SHARED_MARKS = "‘“”–—£€…•·°"
_TITLES_BY_LENGTH: dict[int, list[str]] = {}
for _title in TITLE_ABBREVIATIONS:
    _TITLES_BY_LENGTH.setdefault(len(_title), []).append(_title)
# A title before the stop just read: one lookbehind per length (the stdlib's are of fixed width).
_TITLE_BEFORE = "|".join(rf"(?<=(?:{'|'.join(titles)})\.)" for _, titles in sorted(_TITLES_BY_LENGTH.items()))
# Where RE_TOKEN and the metric reader's tokenizer (``clause.TOKEN``, the regex package's) may cut a
# sentence differently. A sentence with none of these is cut alike by both, so one reading serves
# attribution and metrics. Every branch consumes one mark first, from a class the search skips to in C.
# NOTE: keep in sync with RE_TOKEN and clause.TOKEN (tests/test_token_sharing.py compares them).
RE_TOKENIZERS_PART = re.compile(
    rf"""
    [^\x00-\x1b\x20-\x25\x28-\x2c\x30-\x5f\x61-\x7f{SHARED_MARKS}]  # & ' - . / ` \x1c-\x1f, or beyond ASCII
    (?:
        (?<=[\w'’\-]&)                          # A&E: one clause word (a lone "&" is a mark to both)
      | (?<=[\x1c-\x1f])                        # spaces to the stdlib alone
      | (?<=[^\x00-\x7f{SHARED_MARKS}’])       # other letters, marks and digits: the engines' \w differ
      | (?<=``) | (?<='')                       # doubled quote marks: one RE_TOKEN token
      | (?<=(?:19|20)\d\d/)(?=\d\d)              # 1986/87: one clause token (not 5-3/8)
      | (?<=['’])(?=[-'’0-9_])                  # Jan'87: one clause word, three RE_TOKEN tokens
      | (?<=\w-)(?![-'’&]*\w)                  # pre-: a word with its hyphen in RE_TOKEN alone
      | {_TITLE_BEFORE}  # Mr. Sen.: one RE_TOKEN token
    )
""",
    re.VERBOSE,
)
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end  # of RE_TOKEN's matches
# The words of a quotation, to tell a title ("Sharknado 3: Oh Hell No!") from speech.
RE_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MAX_TITLE_WORDS = 10  # words of a quoted title: "13 Hours: The Secret Soldiers of Benghazi"
TITLE_MIN_LETTERS = 4  # shorter words may stay lower case in a title ("of", "the", "an", "for")
# Page furniture that never carries a claim: cookie banners, newsletter boxes, footers.
RE_BOILERPLATE = regex.compile(
    r"""
    \b(?:uses?\ cookies|cookie\ (?:policy|settings)|accept\ (?:all\ )?cookies|opt-out\ if\ you\ wish
    |subscribe\ to\ our\ newsletter|sign\ up\ for\ our|all\ rights\ reserved|privacy\ policy
    |terms\ of\ (?:use|service)|read\ more\ stories|follow\ us\ on)\b
""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Text every match of RE_BOILERPLATE holds, lower-cased: a document holding none of them has no page
# furniture, and no paragraph of it is searched. NOTE: keep in sync with RE_BOILERPLATE.
BOILERPLATE_CUES = (
    "cookie",
    "opt-out",
    "subscribe",
    "sign up",
    "rights reserved",
    "privacy policy",
    "terms of",
    "read more",
    "follow us",
)
# Letters a case-insensitive pattern reads as ASCII letters but ``str.lower`` does not (as in scan.py).
_FOLDING_TO_ASCII = ("\N{LATIN SMALL LETTER LONG S}", "\N{KELVIN SIGN}")
RE_PARAGRAPH_BREAK = regex.compile(r"\n")


def may_hold_boilerplate(text: str) -> bool:
    """False when RE_BOILERPLATE cannot match anywhere in ``text``: one lower-casing and a few
    substring looks per document, instead of a regex search over each paragraph with a figure."""
    if any(char in text for char in _FOLDING_TO_ASCII):
        return True
    lower = text.lower()
    return any(cue in lower for cue in BOILERPLATE_CUES)


@dataclass(frozen=True, slots=True)
class Tokens:
    """A sentence's tokens as parallel lists: text, start and end offsets into the document."""

    words: list[str]
    starts: list[int]
    ends: list[int]

    def index_at(self, pos: int) -> int:
        """The index of the first token that ends after ``pos``."""
        return bisect.bisect_right(self.ends, pos)


class DocumentStructure:
    """Paragraphs, sentences and quotations of one text, each found in one pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens: dict[int, Tokens] = {}
        self._words: dict[int, SentenceTokens] = {}
        self._boilerplate: dict[int, bool] = {}
        self._may_be_boilerplate: bool | None = None  # whether any paragraph may be (looked at once)
        self._placed = (0, 0, 0, False)  # the last sentence placed: start, end, paragraph, boilerplate

    @cached_property
    def sentences(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of every sentence, in order; a sentence never crosses a line break."""
        starts, ends, pos = [], [], 0
        for m in RE_SENTENCE_END.finditer(self.text):
            cut = m.start() + len(m.group().rstrip())
            if cut > pos:
                starts.append(pos)
                ends.append(cut)
            pos = m.end()
        if pos < len(self.text):
            starts.append(pos)
            ends.append(len(self.text))
        return starts, ends

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sentences[0], pos) - 1, 0)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        starts, ends = self.sentences
        if not starts:
            return 0, len(self.text)
        i = self.sentence_index(pos)
        return starts[i], ends[i]

    @cached_property
    def paragraphs(self) -> list[int]:
        """Start offsets of the lines (a line is a paragraph in news copy)."""
        return [0, *(m.end() for m in RE_PARAGRAPH_BREAK.finditer(self.text))]

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraphs, pos) - 1

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        i = self.paragraph_index(pos)
        start = self.paragraphs[i]
        end = self.paragraphs[i + 1] - 1 if i + 1 < len(self.paragraphs) else len(self.text)
        return start, end

    def place(self, pos: int) -> tuple[int, int, int, int | None, bool]:
        """Where ``pos`` stands, in one look (a figure asks all of it): its sentence's start and end
        (``sentence_at``), its paragraph's start (``paragraph_at``), the quotation holding it
        (``quote_at``) and whether its paragraph is page furniture (``is_boilerplate``).

        The figures of one sentence share all but the quotation: no sentence holds a line break, so
        its paragraph is the same throughout (the last sentence placed is kept for the next figure).

        >>> DocumentStructure('Ads.\\nPolice said "12 were hurt." Then 4.').place(21)
        (5, 32, 5, 0, False)
        """
        placed = self._placed
        if not placed[0] <= pos < placed[1]:
            placed = self._place_sentence(pos)
            if placed[0] <= pos < placed[1]:  # (not in the spaces between two sentences)
                self._placed = placed
        s, e, paragraph, boilerplate = placed
        quote_starts = self._quote_starts
        q: int | None = bisect.bisect_right(quote_starts, pos) - 1
        if not (q >= 0 and self.quotes[q][0] < pos < self.quotes[q][1]):  # type: ignore[operator]
            q = None
        return s, e, paragraph, q, boilerplate

    def _place_sentence(self, pos: int) -> tuple[int, int, int, bool]:
        """The start and end of the sentence holding ``pos``, its paragraph's start and whether that
        paragraph is page furniture."""
        starts, ends = self.sentences
        if starts:
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0:
                i = 0
            s, e = starts[i], ends[i]
        else:
            s, e = 0, len(self.text)
        paragraphs = self.paragraphs
        return s, e, paragraphs[bisect.bisect_right(paragraphs, pos) - 1], self.is_boilerplate(pos)

    def is_boilerplate(self, pos: int) -> bool:
        """Whether the paragraph holding ``pos`` is page furniture (checked once per paragraph)."""
        if self._may_be_boilerplate is None:
            self._may_be_boilerplate = may_hold_boilerplate(self.text)
        if not self._may_be_boilerplate:
            return False
        i = self.paragraph_index(pos)
        if i not in self._boilerplate:
            start, end = self.paragraph_at(pos)
            self._boilerplate[i] = RE_BOILERPLATE.search(self.text, start, end) is not None
        return self._boilerplate[i]

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        text = self.text
        if not any(mark in text for mark in QUOTE_OPENINGS):
            return []  # most wire copy quotes no one: no search
        return [(m.start(), m.end()) for m in RE_QUOTE.finditer(text)]

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q[0] for q in self.quotes]

    def quote_at(self, pos: int) -> int | None:
        """The index of the quotation that holds ``pos``, if any."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]:
            return i
        return None

    def is_direct(self, qi: int) -> bool:
        """Whether quotation ``qi`` reports speech: four words or more, or a sentence of its own.
        A short one inside a sentence is a title or a scare quote ("the “Fight for $15” movement")."""
        qs, qe = self.quotes[qi]
        inner = self.text[qs:qe].strip("“”\"' \n")
        if len(inner.split()) >= 4 or inner[-1:] in (".", ",", "!", "?"):
            return True
        ps, _ = self.paragraph_at(qs)
        return not self.text[ps:qs].strip()

    def is_title(self, qi: int) -> bool:
        """Whether quotation ``qi`` names a work in title case (a film, a show, a book: "13 Hours:
        The Secret Soldiers of Benghazi", "60 Minutes"): its numbers are part of the name."""
        qs, qe = self.quotes[qi]
        words = RE_TITLE_WORD.findall(self.text, qs, qe)
        if not words or len(words) > MAX_TITLE_WORDS:
            return False
        return all(w[0].isupper() for w in words if len(w) >= TITLE_MIN_LETTERS) and words[-1][0].isupper()

    def tokens(self, sentence: int) -> Tokens:
        """The tokens of sentence number ``sentence`` (cached): those of ``words`` where RE_TOKEN cuts
        the sentence alike (nearly always), else its own."""
        if sentence not in self._tokens:
            s, e = self.sentences[0][sentence], self.sentences[1][sentence]
            if RE_TOKENIZERS_PART.search(self.text, s, e) is None:
                read = self.words(sentence)
                self._tokens[sentence] = Tokens(read.words, read.starts, read.ends)
            else:
                found = list(RE_TOKEN.finditer(self.text, s, e))  # three maps: a quarter faster than a loop
                words = list(map(_GROUP, found))
                self._tokens[sentence] = Tokens(words, list(map(_START, found)), list(map(_END, found)))
        return self._tokens[sentence]

    def words(self, sentence: int) -> SentenceTokens:
        """The metric reader's tokens of sentence number ``sentence`` (cached)."""
        read = self._words.get(sentence)
        if read is None:
            s, e = self.sentences[0][sentence], self.sentences[1][sentence]
            read = self._words[sentence] = SentenceTokens(self.text, s, e)
        return read

    def sentence_words(self, start: int, end: int) -> SentenceTokens:
        """The metric reader's tokens of ``text[start:end]``: a sentence's are read once, for the metric
        reader and attribution both (its Tok list is the reader's alone, and goes with it); any other
        span is read afresh."""
        starts, ends = self.sentences
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] == start and ends[i] == end:
            return self.words(i).again()
        return SentenceTokens(self.text, start, end)
