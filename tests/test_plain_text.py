"""Names, titles and notes shown in Streamlit's Markdown (captions, messages, the decision history)
read as written, on one line: no heading, code block, list, link or character reference.

Before: a note "Casualties\\n===" was drawn as a heading, "see below:\\n\\n    45 dead" as a code
block, and a title "&lt;b&gt;" as "<b>" (the reference was read).
"""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from workbench.app.state import plain

TEXTS = [
    ("setext heading", "Casualties\n===", "Casualties ==="),
    ("setext heading with dashes", "Casualties\n---", "Casualties ---"),
    ("indented code after a blank line", "see below:\n\n    45 dead", "see below: 45 dead"),
    ("leading indent", "    45 dead", "45 dead"),
    ("character references", "&lt;b&gt; &amp; &#42;", "&lt;b&gt; &amp; &#42;"),
    ("a list", "reasons:\n- one\n1. two", "reasons: - one 1. two"),
    ("Windows line ends", "a\r\n\r\nb", "a b"),
    ("line separator", "a\u2028b", "a b"),
    (
        "emphasis and links",
        "**B** [x](javascript:alert(1)) <script>",
        "**B** [x](javascript:alert(1)) <script>",
    ),
    ("a table", "| a | b |\n|---|---|", "| a | b | |---|---|"),
    ("math and emoji", "$x^2$ :smile:", "$x^2$ :smile:"),
    ("an autolink", "<https://news.example>", "<https://news.example>"),
]


@pytest.mark.parametrize(("text", "shown"), [t[1:] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_plain_text_renders_as_written(text: str, shown: str) -> None:
    rendered = MarkdownIt("commonmark").render(plain(text)).strip()
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    inner = rendered[3:-4]
    assert not re.search(r"<(?!/?p>)", inner), inner  # no element but the paragraph
    assert html.unescape(inner) == shown
