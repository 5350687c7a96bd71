"""One cheap pass over a text: which words of a vocabulary it holds, so that a pattern needing a word
is tried only in a text that has it ("percentage" before a bare figure, a bounding verb, "none of").

The text is encoded, every byte but an ASCII letter blanked and the rest split, all in C (about
100 MB/s); a cue check is then a set operation, not a regex search per figure.

>>> none_of, percent = cue_words(["none", "not any"]), cue_words(["percentage"])
>>> scan = TextScan.of("Nearly 300 people, none of them hurt.", none_of | percent)
>>> scan.any_of(none_of), scan.any_of(percent)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# ASCII letters lower-cased, every other byte a space: ``encode().translate(...).split()`` gives the words.
# A word glued to a digit, an accent or an underscore splits off, which only adds words.
_ASCII_WORDS = bytes(b | 0x20 if 0x41 <= b <= 0x5A else b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))
# Letters a case-insensitive pattern reads as ASCII letters although the split does not ("ſ" is an s to
# the regex engine, the Kelvin sign a k): a text holding one may have a cue the split cannot see.
_FOLDING_TO_ASCII = ("\N{LATIN SMALL LETTER LONG S}", "\N{KELVIN SIGN}")
_ASTRAL_LEADS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")  # UTF-8 lead bytes beyond U+FFFF


@dataclass(frozen=True, slots=True)
class TextScan:
    """What one pass over a text finds."""

    vocabulary: frozenset[bytes]  # the words looked for
    words: frozenset[bytes]  # those the text holds, lower-cased
    complete: bool  # False when the text may hold a cue the split cannot see: every cue counts as there
    astral: bool  # characters beyond U+FFFF (emoji, digits of scripts newer than the stdlib's tables)

    @classmethod
    def of(cls, text: str, vocabulary: frozenset[bytes]) -> TextScan:
        raw = text.encode()
        return cls(
            vocabulary,
            vocabulary.intersection(raw.translate(_ASCII_WORDS).split()),
            not any(char in text for char in _FOLDING_TO_ASCII),
            any(lead in raw for lead in _ASTRAL_LEADS),
        )

    def any_of(self, cues: frozenset[bytes] | None) -> bool:
        """Whether a pattern whose cue words are ``cues`` may match in this text."""
        if cues is None or not self.complete:
            return True
        if not cues <= self.vocabulary:
            raise ValueError(f"cue words not looked for: {sorted(cues - self.vocabulary)}")
        return not cues.isdisjoint(self.words)


def cue_words(phrases: Iterable[str]) -> frozenset[bytes] | None:
    """The last word of each phrase: one of them is in any text where a phrase of the table matches
    as a whole word. None when a phrase ends in something else ("c.", "±"): no word rules it out.

    >>> sorted(cue_words(["fell below", "tops"]))
    [b'below', b'tops']
    >>> cue_words(["about", "c."]) is None
    True
    """
    words = set()
    for phrase in phrases:
        last = phrase.lower().rsplit(" ", 1)[-1]
        if not (last.isascii() and last.isalpha()):
            return None
        words.add(last.encode())
    return frozenset(words)
