"""Ingestion: front matter, CSV and JSON Lines corpora, metadata into claims and store, duplicates once."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT
from workbench import ReadError, Workspace, load_corpus, read_documents

CORPUS = ROOT / "data" / "corpus"
ARTICLE = (
    "---\ntitle: Storm\npublication: Coast Post\ndate: 2025-03-14\nurl: https://example.org/s\n---\n"
    "The mayor said 4,500 homes were without power."
)


def test_front_matter_is_metadata_and_offsets_index_the_body(tmp_path: Path) -> None:
    (tmp_path / "storm.md").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    row = corpus.claims.iloc[0]
    text = corpus.texts["storm"]
    assert text.startswith("The mayor") and text[row["start"] : row["end"]] == "4,500"
    assert (row["title"], row["publication"], row["published"]) == ("Storm", "Coast Post", "2025-03-14")


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_corpus_files_give_one_document_per_row(tmp_path: Path, kind: str) -> None:
    rows = [
        {"doc_id": "a", "text": "Police said 12 people were killed.", "title": "A", "date": "2025-01-02"},
        {"text": "Officials said 40 homes were damaged."},
        {"text": ""},
    ]
    path = tmp_path / f"export.{kind}"
    if kind == "csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    else:
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs = list(read_documents([path]))
    good = [d for d in docs if not isinstance(d, ReadError)]
    assert [d.doc_id for d in good] == ["a", "export/2"] and good[0].published == "2025-01-02"
    line = 4 if kind == "csv" else 3  # the CSV's header is line 1
    assert [str(d) for d in docs if isinstance(d, ReadError)] == [f"{path} line {line}: no text"]


def test_headline_becomes_the_title_and_offsets_stay(tmp_path: Path) -> None:
    text = "Storm hits the coast\n\nThe mayor said 4,500 homes were without power."
    (tmp_path / "storm.txt").write_text(text, encoding="utf-8")
    (doc,) = read_documents([tmp_path])
    assert (doc.title, doc.text) == ("Storm hits the coast", text)
    (plain,) = read_documents([_write(tmp_path / "p.txt", "The mayor said 4,500 homes.\n\nMore.")])
    assert plain.title == ""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_without_text_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (err,) = read_documents([path])
    assert isinstance(err, ReadError) and "no 'text' column" in err.reason


def test_duplicate_texts_are_read_once(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Police said 12 people were killed.", encoding="utf-8")
    assert sorted(load_corpus([tmp_path]).texts) == ["one"]
    ws = Workspace(f"sqlite:///{tmp_path / 'w.db'}")
    report = ws.ingest_paths([tmp_path])
    assert (report.added, report.unchanged) == (["one"], ["two"])
    assert ws.ingest_paths([tmp_path]).added == []  # nothing re-extracted on the second load


def test_metadata_reaches_the_store(tmp_path: Path) -> None:
    (tmp_path / "storm.md").write_text(ARTICLE, encoding="utf-8")
    ws = Workspace(f"sqlite:///{tmp_path / 'w.db'}")
    ws.ingest_paths([tmp_path])
    doc = ws.documents().set_index("doc_id").loc["storm"]
    assert (doc["publication"], doc["published"], doc["url"]) == (
        "Coast Post",
        "2025-03-14",
        "https://example.org/s",
    )
    assert ws.texts()["storm"].startswith("The mayor")


def test_jobs_two_gives_the_same_claims_as_one(tmp_path: Path) -> None:
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"c{jobs}.csv"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "workbench.cli",
                "extract",
                str(CORPUS),
                "--out",
                str(out),
                "--jobs",
                str(jobs),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        outs.append(pd.read_csv(out))
    pd.testing.assert_frame_equal(outs[0], outs[1])
    assert len(outs[0]) > 50


def test_bundled_corpus_shows_the_kinds_of_disagreement() -> None:
    corpus = load_corpus([CORPUS, ROOT / "seeds"])
    assert len(corpus.texts) >= 26 and not corpus.errors
    assert corpus.claims["publication"].nunique() >= 5 and corpus.claims["published"].nunique() >= 10
    from workbench import reconcile

    groups = reconcile(corpus.claims).groups
    multi = groups[groups["n_sources"] > 1]
    assert {"conflict", "consistent"} <= set(multi["status"])
    text = " ".join(multi["explanation"])
    assert "earlier" in text  # a figure that grows over time
    assert "Read as killed only" in text  # killed against casualties
    assert "–" in text  # a range against a point
    units = set(corpus.claims["unit"])
    assert {"USD", "EUR", "GBP", "percent"} <= units  # money in several currencies, a share against a count


def test_one_path_given_as_a_string_is_one_path() -> None:
    """``load_corpus("data/corpus")`` reads that folder, not one path per character ("/" included)."""
    from tests.conftest import ROOT
    from workbench import load_corpus

    corpus = load_corpus(str(ROOT / "data" / "corpus"))
    assert len(corpus.texts) >= 25 and not corpus.errors
