"""Markdown's marks read as the blanks they stand for.

Articles saved as ``.md`` carry emphasis and links: "**Police** said 12 people died", "[Reuters]
(https://...) reported that 40 ...". The grammar reads words and spaces, and a speaker wrapped in
asterisks or followed by a link target is no speaker to it. :func:`blank_markdown` gives the
extractor a copy in which those marks are spaces, character for character, so offsets into the copy
are offsets into the text (the claims table quotes the text as given).
"""

from __future__ import annotations

import re

# The marks, each a verbose alternative; what they enclose stays.
RE_MARKS = re.compile(
    r"""
    (?<![\w*])\*{1,2}(?![*\s])(?=[^*\n]{0,200}[^*\s]\*)  # opening * or ** before a word, closed soon
  | (?<=[^*\s])\*{1,2}(?![\w*])                # closing * or ** after a word (not "****" rules)
  | (?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])      # __bold__
  | \[(?=[^\]\n]{1,200}\]\(https?://)          # a link's opening bracket ...
  | \]\(https?://[^\s)]{1,2000}\)               # ... and its target
""",
    re.VERBOSE,
)
_HINTS = ("*", "__", "](")


def blank_markdown(text: str) -> str:
    """``text`` with markdown's emphasis marks and link targets as spaces (same length). Returns
    ``text`` itself when it holds none."""
    if not any(h in text for h in _HINTS):
        return text
    return RE_MARKS.sub(lambda m: " " * len(m.group()), text)
