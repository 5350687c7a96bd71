"""An HTML page's text with its tags taken off: the reader behind trafilatura.

trafilatura finds an article's main text and leaves out navigation and banners, but it gives
nothing for a page too short to look like an article (``<p>Officials said 40 cars burned.</p>``)
and lxml, under it, stops at 256 nested elements, so a deeply nested page also gave nothing and
its claims were lost. When that happens the page is read again by the standard library's
``html.parser``, which streams tags with no depth limit: every text outside scripts, styles and
the head, each block element its own paragraph.

>>> tag_stripped_text("<p>Officials said 40 cars burned.</p><p>Police said 12 died.</p>")
'Officials said 40 cars burned.\\n\\nPolice said 12 died.'
>>> tag_stripped_text("<div>" * 1000 + "Deep 4 text" + "</div>" * 1000)
'Deep 4 text'
>>> tag_stripped_text("<script>var x = 1;</script><style>p {}</style>")
''
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose text is not the page's text.
HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math"})
# Elements that begin and end a block of text: a paragraph of their own.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
RE_SPACES = re.compile(r"[^\S\n]+")  # runs of spaces and tabs within a line
RE_BREAKS = re.compile(r"\s*\n\s*")  # a break between blocks, with the blank space around it


class _TextOnly(HTMLParser):
    """Collects text outside hidden elements; a block's start or end is a paragraph break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside hidden elements

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def tag_stripped_text(html: str) -> str:
    """The text of ``html`` outside scripts, styles and the head, blocks as paragraphs ("\\n\\n")."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = RE_SPACES.sub(" ", "".join(parser.parts))
    return RE_BREAKS.sub("\n\n", text).strip()
