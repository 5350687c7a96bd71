"""A large CSV or JSON Lines corpus is cut into chunks of rows that workers read on their own
(issue 14): read chunk by chunk, it gives the documents and errors of the whole file, with the
same ids (a repeated id, a row named by its number) and line numbers; on a LocalCluster of 2
workers the rows are those of one process."""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.test_archive import article
from workbench.archive import extract_archive
from workbench.cli import app
from workbench.documents import Document
from workbench.parquet import errors_path, read_claims, read_errors
from workbench.rows import corpus_chunks, read_corpus_file

runner = CliRunner()
MAX_BYTES = 10**8


def rows(rng: random.Random, n: int) -> list[dict]:
    """Corpus rows with what makes chunking hard: ids repeated far apart, rows without an id (named
    by their row number), repeated texts, empty texts, long texts."""
    out: list[dict] = []
    for i in range(n):
        row = {"title": f"Report {i}", "text": article(rng, i)}
        if i % 7 == 0:
            row["doc_id"] = "wire"  # repeated all through the file: wire, wire~2, ...
        elif i % 3 == 0:
            row["doc_id"] = f"story{i % 20}"  # repeated now and then
        if i % 11 == 5:
            row["text"] = out[i // 2]["text"]  # a text read before
        if i % 29 == 13:
            row["text"] = "   "
        if i % 31 == 17:
            row["text"] = row["text"] * 12
        out.append(row)
    return out


def jsonl(tmp: Path, n: int) -> Path:
    lines = [json.dumps(r) for r in rows(random.Random(n), n)]
    lines[10] = "{broken"
    lines[40] = ""  # a blank line: no row
    lines[41] = '["not", "an object"]'
    lines.insert(60, json.dumps({"doc_id": "wire~3", "text": "Officials said 9 roads closed."}))
    path = tmp / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def csv_corpus(tmp: Path, n: int) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["doc_id", "title", "text"], lineterminator="\n")
    writer.writeheader()
    for r in rows(random.Random(n), n):
        writer.writerow({"doc_id": r.get("doc_id", ""), "title": r["title"], "text": r["text"]})
    lines = buffer.getvalue().split("\n")
    lines[30] = 'story-x,"an open quote,never closed'  # a stray quote costs its own row only
    lines[31] = "only,two"
    path = tmp / "wire.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def as_tuples(docs) -> list[tuple]:
    return [
        (d.doc_id, d.text, d.title) if isinstance(d, Document) else ("error", d.path, d.reason) for d in docs
    ]


@dataclass(frozen=True)
class Cut:
    name: str
    make: object
    rows: int
    chunk_bytes: int


CUTS = [
    Cut("JSON Lines, small chunks", jsonl, 150, 2_000),
    Cut("JSON Lines, a chunk a few rows", jsonl, 150, 9_000),
    Cut("CSV with line breaks in fields", csv_corpus, 120, 3_000),
    Cut("one chunk", jsonl, 80, 10**9),
]


@pytest.mark.parametrize("case", CUTS, ids=lambda c: c.name)
def test_chunks_read_as_the_whole_file(case: Cut, tmp_path) -> None:
    path = case.make(tmp_path, case.rows)
    chunks = list(corpus_chunks(path, MAX_BYTES, case.chunk_bytes))
    assert (len(chunks) > 3) == (case.chunk_bytes < 10_000)
    whole = as_tuples(read_corpus_file(path, MAX_BYTES))
    pieces = [t for c in chunks for t in as_tuples(read_corpus_file(path, MAX_BYTES, chunk=c))]
    assert pieces == whole
    assert any(t[0] == "error" for t in whole) and any(t[0].startswith("wire~") for t in whole)


def test_a_wide_file_is_one_chunk(tmp_path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_text('{"text": "Police said 12 died."}\n', encoding="utf-16")
    assert list(corpus_chunks(path, MAX_BYTES, 1)) == [None]


@pytest.mark.slow
@pytest.mark.parametrize("make", [jsonl, csv_corpus], ids=["jsonl", "csv"])
def test_a_corpus_split_across_two_workers(make, scheduler: str, tmp_path) -> None:
    """Two workers share one corpus file, and the rows are the ones one process writes: the same
    ids (also one an article file took first), the same repeated texts read once, the same errors."""
    from distributed import Client

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.txt").write_text("The council said 40 homes flooded.\n", encoding="utf-8")
    corpus = make(tmp_path, 200)
    with Client(scheduler) as client:
        report = extract_archive([folder, corpus], tmp_path / "c.parquet", client, corpus_chunk_bytes=4_000)
    assert report.partitions > 10
    one_out = str(tmp_path / "one.parquet")
    result = runner.invoke(app, ["extract", str(folder), str(corpus), "--out", one_out, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    one, many = read_claims(tmp_path / "one.parquet"), read_claims(tmp_path / "c.parquet")
    pd.testing.assert_frame_equal(one, many)
    assert {"wire", "wire~2"} <= set(many["doc_id"])
    errors_one = read_errors(errors_path(tmp_path / "one.parquet"))
    errors_many = read_errors(errors_path(tmp_path / "c.parquet"))
    pd.testing.assert_frame_equal(errors_one, errors_many)
    assert report.duplicates > 0 and report.claims == len(many)
