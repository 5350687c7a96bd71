"""Hard-wrapped plain text read as the prose it is.

Plain-text news is often broken into lines of 70 or 80 characters (e-mail, wire archives,
``textwrap``), so a figure's unit or a clause's verb can stand on the next line ("rose 59.2\\npct",
"Police said 1,500 people\\nwere evacuated"). The extractor's grammar reads words separated by
spaces; :func:`unwrap` gives it a copy of the text in which each line break inside a paragraph
is a space, character for character, so every offset into the copy is an offset into the text.

A line break is a wrap when:

- the next line goes on in lower case ("...1,500 people\\nwere evacuated"): a line of news starts
  with a capital, a digit or a mark, so a lower-case start continues the line before; or
- the text is hard-wrapped (most of its lines end within ``WRAP_BAND`` characters of its longest,
  which is at most ``MAX_WRAP_WIDTH``) and the line before is one of those full lines, and the
  next line opens no list item or table row.

Blank lines, short lines (headlines, table rows, signatures) and list items keep their breaks.
"""

from __future__ import annotations

import re

MAX_WRAP_WIDTH = 100  # the longest line of a hard-wrapped text (textwrap's 70, e-mail's 72-78)
WRAP_BAND = 20  # a full line ends this close to the longest
MIN_WRAPPED_LINES = 4  # fewer lines than this are no evidence of wrapping
WRAPPED_SHARE = 0.5  # the share of non-blank lines that must be full

# A line break between two lines with words on them: the end of one (its trailing blanks, "\n" or
# "\r\n"), then what the next starts with. A blank line is a paragraph's end, never a wrap.
RE_BREAK = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*(\S))")
# What opens a list item or a table row: "- ", "* ", "• ", "1. ", "2) ".
RE_ITEM = re.compile(r"[ \t]*(?:[-*•–]\s|\d{1,2}[.)]\s)")


def unwrap(text: str) -> str:
    """``text`` with each line break inside a paragraph replaced by spaces (as many characters as
    the break: offsets hold). Returns ``text`` itself when nothing is a wrap."""
    if "\n" not in text:
        return text
    width = _wrap_width(text)
    parts: list[str] = []
    last = 0
    for m in RE_BREAK.finditer(text):
        nxt = m.group(1)
        wrap = nxt.islower() or (width and _full_line(text, m.start(), width) and not _item(text, m.end()))
        if wrap:
            parts.append(text[last : m.start()])
            parts.append(" " * (m.end() - m.start()))
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _wrap_width(text: str) -> int:
    """The width a hard-wrapped text is wrapped at, or 0 when it is not hard-wrapped."""
    lengths = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    if len(lengths) < MIN_WRAPPED_LINES:
        return 0
    width = max(lengths)
    if width > MAX_WRAP_WIDTH:
        return 0
    full = sum(1 for n in lengths if n >= width - WRAP_BAND)
    return width if full >= WRAPPED_SHARE * len(lengths) else 0


def _full_line(text: str, end: int, width: int) -> bool:
    """Whether the line that ends at ``end`` (a line break) is a full line of a wrapped text."""
    start = text.rfind("\n", 0, end) + 1
    return len(text[start:end].rstrip()) >= width - WRAP_BAND


def _item(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` opens a list item or a table row."""
    return RE_ITEM.match(text, pos) is not None
