"""An article's title is its short first line before a blank line, read past one-line HTML
comments at the top (a Markdown file's notes, never shown: "<!-- source: URL (outlet) -->") and
through points inside figures and initials ("1.5%", "U.S."). Before: the real news of
realnews-dev, each headed by such a comment, all had no title (30 of 30), so the Documents table
showed none and every group was named by a file name; a headline with "1.5%" or "77.77pc" got none
either. The text itself is never changed: offsets stay as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.documents import read_file

# (case, the file's first lines, its title)
HEADLINES = [
    (
        "a plain headline",
        "Floods close the Velm road\n\nPolice said 12 people died.",
        "Floods close the Velm road",
    ),
    (
        "after a source comment",
        "<!-- source: https://news.example/velm (Velm Daily) -->\nFloods close the Velm road\n\nPolice said.",
        "Floods close the Velm road",
    ),
    (
        "after two comments and a blank line",
        "<!-- a note -->\n<!-- another -->\n\nFloods close the Velm road\n\nPolice said.",
        "Floods close the Velm road",
    ),
    (
        "a decimal point",
        "Orrin GDP falls 1.5% after 6.9% gain\n\nThe economy shrank.",
        "Orrin GDP falls 1.5% after 6.9% gain",
    ),
    ("a share in pc", "Exam pass rate at 71.25pc\n\nThe rate slipped.", "Exam pass rate at 71.25pc"),
    (
        "initials",
        "U.S. shoppers spend 3 percent more\n\nSpending rose.",
        "U.S. shoppers spend 3 percent more",
    ),
    ("a sentence is no headline", "Police said 12 died. Medics said 14.\n\nMore.", ""),
    (
        "an unclosed comment",
        "<!-- source: https://news.example/velm\nFloods close the road\n\nPolice said.",
        "",
    ),
    ("no blank line after", "Floods close the Velm road\nPolice said 12 died.", ""),
]


@pytest.mark.parametrize(("text", "title"), [h[1:] for h in HEADLINES], ids=[h[0] for h in HEADLINES])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_title_is_the_headline_after_any_comment(
    tmp_path: Path, suffix: str, text: str, title: str
) -> None:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    doc = read_file(path, "a")
    assert (doc.title, doc.text) == (title, text)
