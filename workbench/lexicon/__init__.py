"""Rules as data: the vocabularies the extractor and the reconciler are built from.

Each module here holds only data (tuples, dicts) and the one helper that turns a
vocabulary into a regex alternation. Edit these, not the code, to teach the
extractor a new word.
"""

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    r"""Escape words and join them longest first, so that ``per cent`` wins over ``per``.

    >>> alternation(["m", "million", "per cent"])
    'per\\ cent|million|m'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)
