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

# A line break before a line with words on it: "\n", then what the next line starts with. A blank
# line is a paragraph's end, never a wrap. The search starts at the "\n", a literal the engine skips
# to; the end of the line before (a word, then blanks and "\r") is read back from it (_break_start).
RE_BREAK = re.compile(r"\n(?=[ \t]*(\S))")
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
        start, end = _break_start(text, m.start()), m.end()
        if start < 0:
            continue  # no word ends the line before: a blank line
        nxt = m.group(1)
        wrap = nxt.islower() or (width and _full_line(text, start, width) and not _item(text, end))
        if wrap:
            parts.append(text[last:start])
            parts.append(" " * (end - start))
            last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _break_start(text: str, newline: int) -> int:
    """Where the line break at ``text[newline]`` starts: after the last word of the line before it
    and the spaces, tabs and "\r" that follow that word ("rose 59.2 \r\n"); -1 when no word ends
    that line (it is blank, or ends in other blank space)."""
    start = newline - 1 if newline > 0 and text[newline - 1] == "\r" else newline
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start if start > 0 and not text[start - 1].isspace() else -1


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
