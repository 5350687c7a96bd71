"""Rules as data: the vocabularies the extractor and the reconciler are built from.

Each module here holds only data (tuples, dicts) and the one helper that turns a
vocabulary into a regex alternation. Edit these, not the code, to teach the
extractor a new word.
"""

from collections.abc import Iterable
from functools import lru_cache

import regex

# One character escaped, remembered: a prefix tree escapes each of its tens of thousands of
# characters, and regex.escape (pure Python) made that a tenth of the extractor's start-up.
_escape_char = lru_cache(maxsize=None)(regex.escape)


def alternation(words: Iterable[str]) -> str:
    r"""Escape words and join them longest first, so that ``per cent`` wins over ``per``.

    >>> alternation(["m", "million", "per cent"])
    'per\\ cent|million|m'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)


def trie_alternation(words: Iterable[str], *, fold: bool = False, reverse: bool = False) -> str:
    r"""The same alternation as a tree of shared prefixes, which the regex engine walks character by
    character instead of trying every word in turn: the same matches, still tried longest first.

    ``fold``: for a case-insensitive pattern, words that differ only in case share a branch.
    ``reverse``: shared suffixes instead, for text read right to left (REVERSE searches, lookbehinds).

    >>> trie_alternation(["m", "million", "mn", "per cent"])
    '(?:m(?:illion|n)?|per\\ cent)'
    >>> trie_alternation(["an", "man", "than"], reverse=True)
    '(?:th|m)?an'
    """
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        word = word.lower() if fold else word
        for char in reversed(word) if reverse else word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [
            emit(node[c]) + _escape_char(c) if reverse else _escape_char(c) + emit(node[c])
            for c in sorted(node)
            if c
        ]
        if not branches:
            return ""
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
        else:
            body = branches[0] if "" not in node else "(?:" + branches[0] + ")"
        return body + "?" if "" in node else body  # greedy: the longer words first

    return emit(tree)
