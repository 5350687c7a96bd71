"""HTML that trafilatura finds no article in is read with its tags taken off, not lost.

Before: `<p>Officials said 40 cars burned.</p>` saved as .html gave "no article text found in the
HTML" and its claim was lost; so did a page of 100,000 nested divs (lxml stops at 256 levels).
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.documents import NO_HTML_TEXT, Document, ReadError, read_file, read_upload
from workbench.htmltext import tag_stripped_text

CLAIM = "Officials said 40 cars burned."
ARTICLE = (
    "<html><head><title>Riots</title></head><body><nav>Home | World</nav><article>"
    + "".join(
        f"<p>Paragraph {i} of a long story in which officials said {i + 40} cars burned.</p>"
        for i in range(12)
    )
    + "</article></body></html>"
)

# (case, html, the text read, or the reason it is refused)
PAGES = [
    ("one short paragraph", f"<p>{CLAIM}</p>", CLAIM),
    ("bare text", CLAIM, CLAIM),
    ("deep nesting", "<div>" * 100_000 + CLAIM + "</div>" * 100_000, CLAIM),
    ("script and style left out", f"<script>var n = 99;</script><style>b {{}}</style><p>{CLAIM}</p>", CLAIM),
    ("title in the head left out", f"<head><title>Fire 2025</title></head><p>{CLAIM}</p>", CLAIM),
    (
        "entities decoded",
        "<p>Officials said 40&nbsp;cars burned &amp; 3 buses.</p>",
        "Officials said 40 cars burned & 3 buses.",
    ),
    (
        "two divs: trafilatura reads them",
        f"<div>{CLAIM}</div><div>Police said 12 died.</div>",
        f"{CLAIM}\nPolice said 12 died.",
    ),
    ("only markup", "<div><span></span></div>", ReadError),
    ("only a script", "<script>alert(1)</script>", ReadError),
]


@pytest.mark.parametrize(("case", "html", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_short_or_deep_html_is_read(tmp_path: Path, case: str, html: str, expected) -> None:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = read_file(tmp_path / "page.html", "page")
    if expected is ReadError:
        assert isinstance(doc, ReadError) and doc.reason == NO_HTML_TEXT, doc
    else:
        assert isinstance(doc, Document), doc
        assert doc.text == expected


def test_a_real_article_still_goes_through_trafilatura() -> None:
    doc = read_upload("riots.html", ARTICLE.encode())
    assert isinstance(doc, Document) and "Home | World" not in doc.text  # navigation left out
    assert doc.title == "Riots"


def test_the_claim_of_a_short_page_is_extracted(tmp_path: Path) -> None:
    (tmp_path / "short.html").write_text(f"<p>{CLAIM}</p>", encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "short.html"), "--out", str(tmp_path / "c.csv")])
    assert run.exit_code == 0, run.output
    assert "1 claims from 1 documents" in run.stderr


def test_fallback_stays_linear() -> None:
    assert tag_stripped_text("<p>" + "a b " * 50_000 + "</p>" + "<br>" * 50_000).count("\n") == 0
