"""A repeated text is read once, and every document not kept is named with its provenance.

Before: two JSON Lines rows of one text with other doc_id/publication/date kept the first and
said only "1 repeated texts read once"; the same for the same file twice in a folder. The text
is still extracted once (a syndicated copy is not a second source agreeing), but each copy left
out is named on stderr, with the publication, date and URL it gives, and the id whose claims
are its claims.
"""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from tests.conftest import ROOT
from workbench import Workspace, load_corpus
from workbench.cli import app
from workbench.documents import Document

TEXT = "Police said 12 people were killed in the storm."
OTHER = "The mayor said 4,500 homes were without power."


def _row(doc_id: str, text: str, **meta: str) -> str:
    return json.dumps({"text": text, "doc_id": doc_id, **meta})


# (case, files to write {name: content}, paths to extract, the repeated lines expected)
REPEATS = [
    (
        "jsonl rows, other metadata",
        {
            "dup.jsonl": "\n".join(
                [
                    _row("a", TEXT, publication="Post"),
                    _row("b", TEXT, publication="Herald", date="2025-01-02"),
                ]
            )
        },
        ["dup.jsonl"],
        [
            "repeated: {d}/dup.jsonl [b] (Herald, 2025-01-02): the same text as a, read once"
            " (its claims are a's)"
        ],
    ),
    (
        "two files in a folder",
        {"f/one.txt": TEXT, "f/two.txt": TEXT, "f/three.txt": OTHER},
        ["f"],
        ["repeated: {d}/f/two.txt: the same text as one, read once (its claims are one's)"],
    ),
    (
        "a row repeating a file, twice",
        {
            "one.txt": TEXT,
            "c.jsonl": "\n".join([_row("x", TEXT, url="https://e.example/x"), _row("y", TEXT)]),
        },
        ["one.txt", "c.jsonl"],
        [
            "repeated: {d}/c.jsonl [x] (https://e.example/x): the same text as one, read once"
            " (its claims are one's)",
            "repeated: {d}/c.jsonl [y]: the same text as one, read once (its claims are one's)",
        ],
    ),
    ("no repeat", {"one.txt": TEXT, "two.txt": OTHER}, ["one.txt", "two.txt"], []),
]


@pytest.mark.parametrize(("case", "files", "paths", "expected"), REPEATS, ids=[r[0] for r in REPEATS])
def test_each_repeat_is_named(
    tmp_path: Path, case: str, files: dict[str, str], paths: list[str], expected: list[str]
) -> None:
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    run = CliRunner().invoke(
        app, ["extract", *[str(tmp_path / p) for p in paths], "--out", str(tmp_path / "c.csv")]
    )
    assert run.exit_code == 0, run.output
    named = [line for line in run.stderr.splitlines() if line.startswith("repeated:")]
    assert named == [e.format(d=tmp_path) for e in expected], run.stderr
    if expected:
        assert f"{len(expected)} repeated texts read once" in run.stderr.splitlines()[-1]


# (case, documents ingested in turn, {unchanged doc: the stored id holding its text})
INGESTS = [
    ("same text, other id", [[Document("a", TEXT)], [Document("b", TEXT, publication="Herald")]], {"b": "a"}),
    ("same text in one batch", [[Document("a", TEXT), Document("b", TEXT)]], {"b": "a"}),
    ("the same document again", [[Document("a", TEXT)], [Document("a", TEXT)]], {"a": "a"}),
    ("different texts", [[Document("a", TEXT)], [Document("b", OTHER)]], {}),
]


@pytest.mark.parametrize(("case", "batches", "same_as"), INGESTS, ids=[i[0] for i in INGESTS])
def test_the_dashboard_names_what_it_did_not_add(case: str, batches: list, same_as: dict[str, str]) -> None:
    ws = Workspace("sqlite://")
    got: dict[str, str] = {}
    for batch in batches:
        report = ws.ingest(batch)
        assert set(report.unchanged) == set(report.same_as)
        got |= report.same_as
    assert got == same_as


def test_load_corpus_names_its_repeats(tmp_path: Path) -> None:
    for name, text in {"a.txt": TEXT, "b.txt": TEXT, "c.txt": OTHER, "d.md": TEXT}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.repeats == {"b": "a", "d": "a"}
    assert sorted(corpus.texts) == ["a", "c"]


def test_the_dashboard_start_names_a_repeated_file(monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_DB", f"sqlite:///{tmp_path / 'r.db'}")
    monkeypatch.setenv("WORKBENCH_PATHS", str(folder))
    at = AppTest.from_file(str(ROOT / "workbench" / "app" / "main.py"), default_timeout=90).run()
    assert not at.exception, at.exception
    said = [w.value.replace("\\", "") for w in at.sidebar.warning]
    assert said == ["Not added: b has the same text as a."], said


@pytest.mark.parametrize("files_per_partition", [1, 3])
def test_a_cluster_names_repeats_as_one_process_does(
    scheduler: str, tmp_path: Path, files_per_partition: int
) -> None:
    from distributed import Client

    from workbench.archive import extract_archive

    (tmp_path / "in").mkdir()
    for name, text in {"a.txt": TEXT, "b.txt": OTHER, "c.txt": TEXT}.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    (tmp_path / "w.jsonl").write_text(_row("d", TEXT, publication="Herald"), encoding="utf-8")
    paths = [tmp_path / "in", tmp_path / "w.jsonl"]
    with Client(scheduler) as client:
        report = extract_archive(
            paths, tmp_path / "c.parquet", client, files_per_partition=files_per_partition
        )
    one = CliRunner().invoke(
        app, ["extract", *map(str, paths), "--out", str(tmp_path / "c.csv"), "--jobs", "1"]
    )
    assert report.repeats == [
        line.removeprefix("repeated: ") for line in one.stderr.splitlines() if line.startswith("repeated:")
    ]
    assert report.repeats == [
        f"{tmp_path}/in/c.txt: the same text as a, read once (its claims are a's)",
        f"{tmp_path}/w.jsonl [d] (Herald): the same text as a, read once (its claims are a's)",
    ]
