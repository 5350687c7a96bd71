"""Bad input: reported per file, the rest still runs, and no regex can run away."""

import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from workbench.documents import ReadError, read_documents
from workbench.extract.pipeline import extract_claims

WORKBENCH = [sys.executable, "-m", "workbench.cli"]
ARTICLE_HTML = """<html><head><title>Storm hits coast</title>
<meta name="author" content="Jo Marsh"><meta property="og:site_name" content="Coast Post"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Storm hits coast</h1>
<p>The storm damaged the harbour wall overnight and flooded the lower town, leaving roads closed.</p>
<p>The mayor said 4,500 homes were without power on Sunday evening, and crews worked through the night.</p>
<p>Repairs to the sea wall will take several months, engineers from the harbour board said on Monday.</p>
</article><footer>Copyright. All rights reserved.</footer></body></html>"""


@pytest.fixture
def mixed_folder(tmp_path: Path, seed_text: str) -> Path:
    (tmp_path / "good.txt").write_text(seed_text, encoding="utf-8")
    sub = tmp_path / "nested"
    sub.mkdir()
    (sub / "also_good.md").write_text("Police said 12 people were hurt.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 costs \xa35".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "page.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "article.html").write_text(ARTICLE_HTML, encoding="utf-8")
    return tmp_path


def test_reader_reports_each_bad_file(mixed_folder: Path) -> None:
    results = list(read_documents([mixed_folder]))
    errors = {Path(r.path).name: r.reason for r in results if isinstance(r, ReadError)}
    docs = {r.doc_id: r for r in results if not isinstance(r, ReadError)}
    assert sorted(docs) == ["article", "good", "latin1", "nested/also_good"]
    assert docs["latin1"].text == "Caf\xe9 costs \xa35"  # Latin-1 is decoded, not refused
    assert "binary" in errors["binary.txt"]
    assert "empty" in errors["empty.md"]
    assert (
        "no text in the HTML" in errors["page.html"]
    )  # was "no article text found", said also of short pages


def test_cli_extracts_the_rest_and_names_bad_files(mixed_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    run = subprocess.run(
        [*WORKBENCH, "extract", str(mixed_folder), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    for name in ("binary.txt", "empty.md", "page.html"):
        assert name in run.stderr
    claims = pd.read_csv(out)
    assert set(claims["doc_id"]) == {"article", "good", "latin1", "nested/also_good"}


def test_cli_fails_when_nothing_is_readable(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    run = subprocess.run(
        [*WORKBENCH, "extract", str(bad), "--out", str(tmp_path / "c.csv")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1 and "bad.txt" in run.stderr


def test_too_large_file_is_reported(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Police said 12 people were hurt. " * 40_000, encoding="utf-8")
    (result,) = read_documents([big], max_bytes=1_000_000)
    assert isinstance(result, ReadError) and "too large" in result.reason


@pytest.mark.timeout(120)
def test_fifty_megabyte_file_is_extracted(tmp_path: Path) -> None:
    paragraph = (
        "The committee met again on Tuesday and discussed the plan at length without "
        "reaching any conclusion, members said afterwards. "
    ) * 20 + "\n\n"
    filler = paragraph * (50 * 2**20 // len(paragraph) + 1)
    big = tmp_path / "big.txt"
    big.write_text(filler + "Police said 12 people were hurt.\n", encoding="utf-8")
    assert big.stat().st_size >= 50 * 2**20
    out = tmp_path / "c.csv"
    run = subprocess.run(
        [*WORKBENCH, "extract", str(big), "--out", str(out)], capture_output=True, text=True, timeout=110
    )
    assert run.returncode == 0, run.stderr
    assert pd.read_csv(out)["number_text"].tolist() == [12]


ADVERSARIAL = {
    "digits commas spaces": ("1,2 3,,4 56,789, " * 70_000)[: 2**20],
    "number words": ("forty three hundred and twelve thousand million " * 25_000)[: 2**20],
    "dashes and digits": ("1-2-3-4-5-6-7-8-9-" * 60_000)[: 2**20],
    "between and": ("between 1 and between 2 and " * 40_000)[: 2**20],
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_one_megabyte_lines_finish_in_well_under_a_second(name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    extract_claims(text, doc_id="adversarial")
    elapsed = time.perf_counter() - started
    assert elapsed < 2, f"{name}: {elapsed:.1f}s for 1 MB (measured about 0.2 s)"


def test_a_long_single_line_article_is_still_read() -> None:
    prose = "The council said 14 homes were flooded and officials counted 230 people in shelters. " * 400
    assert len(prose) > 30_000 and "\n" not in prose
    claims = extract_claims(prose, doc_id="one-line")
    assert len(claims) == 800 and set(claims["metric"]) >= {"flooded", "people"}


def test_control_characters_and_unicode_do_not_crash() -> None:
    text = "Officials said \u200b400,000\u00a0people \x07 were hurt; “unclosed quote 12 cars\n\n\ufeff"
    claims = extract_claims(text, doc_id="t")
    for row in claims.itertuples():
        assert text[row.start : row.end] == row.number_text


def test_html_article_gives_main_text_and_title(tmp_path: Path) -> None:
    page = tmp_path / "storm.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    (doc,) = read_documents([page])
    assert not isinstance(doc, ReadError), doc
    assert "4,500 homes" in doc.text and "Sport" not in doc.text
    assert doc.title == "Storm hits coast"
    assert doc.author == "Jo Marsh" and doc.publication == "Coast Post"
    claims = extract_claims(doc.text, doc.doc_id)
    assert claims["value"].tolist() == [4500]
