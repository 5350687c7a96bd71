"""Extraction on a Dask cluster (issue 14): a LocalCluster of 2 worker processes on loopback gives
the same rows as one process, on the bundled corpus and on a generated archive of a few thousand
articles; bad files land in the errors table; repeated texts and taken corpus ids are settled as
one process settles them, across partitions."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT, SEED
from workbench import archive, extract_many, read_documents
from workbench.archive import ClusterError, connect, extract_archive
from workbench.cli import app
from workbench.parquet import errors_path, read_claims, read_errors

runner = CliRunner()
SORT = ["doc_id", "start"]

# --- a generated archive: articles written from templates of our own -----------------------------
TOWNS = ["Avonby", "Brellin", "Corsham Vale", "Dunmore", "Eskton", "Fallow Cross", "Gillan", "Harrowgate"]
PEOPLE = ["Mayor Ines Varga", "Chief Inspector Tom Adeyemi", "Dr Lena Okafor", "Minister Paul Kessler"]
BODIES = ["the fire service", "the regional health board", "the water agency", "the statistics office"]
SENTENCES = [
    "{person} said {n} people were injured when the roof of the {town} market collapsed.",
    "About {n} homes in {town} were left without power, {body} said.",
    "The repairs will cost ${m} million, according to {body}.",
    '"We counted {n} volunteers on Saturday alone," {person} told reporters in {town}.',
    "Unemployment in {town} fell to {p}% in March, {body} reported.",
    "More than {n} residents signed the petition, organisers said.",
    "{body} estimated that {n} hectares of farmland were under water.",
    "The council approved a budget of {m} million euros for {town} schools.",
    "Nearly {n} passengers were stranded at {town} station on Friday.",
    "{person} put the number of missing at {k}.",
]


def article(rng: random.Random, i: int) -> str:
    """A short news article: a headline, a blank line, four to seven sentences with figures."""
    town = rng.choice(TOWNS)
    lines = [f"{town} report number {i}", ""]
    for template in rng.sample(SENTENCES, rng.randint(4, 7)):
        lines.append(
            template.format(
                person=rng.choice(PEOPLE),
                body=rng.choice(BODIES),
                town=town,
                n=f"{rng.randint(12, 90_000):,}",
                m=rng.randint(2, 900),
                p=f"{rng.randint(20, 99) / 10:.1f}",
                k=rng.randint(3, 40),
            )
        )
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Archive:
    """A generated archive: the paths to give ``extract``, and what it must report."""

    paths: list[Path]
    bad: dict[str, str]  # path as given -> words of the reason
    copies: int  # files whose text another file has
    renamed: str  # a corpus row whose id an article file took first


N_ARTICLES = 3_000


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Archive:
    root = tmp_path_factory.mktemp("archive")
    rng = random.Random(14)
    folder = root / "news"
    texts = []
    for i in range(N_ARTICLES):
        day = folder / f"2024-{i % 12 + 1:02d}" / f"{i % 28 + 1:02d}"
        day.mkdir(parents=True, exist_ok=True)
        texts.append(article(rng, i))
        (day / f"story{i:05d}.txt").write_text(texts[-1], encoding="utf-8")
    copies = folder / "zz-syndicated"  # last in the walk: their texts were read before
    copies.mkdir()
    for i in range(0, 40, 2):
        (copies / f"copy{i}.md").write_text(texts[i], encoding="utf-8")
    page = "".join(f"<p>{line}</p>" for line in article(rng, 80_000).splitlines()[2:])
    (copies / "page.html").write_text(
        f"<html><head><title>Page</title></head><body><article>{page}</article></body></html>",
        encoding="utf-8",
    )
    (folder / "2024-01" / "01" / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (folder / "2024-02" / "02" / "blank.md").write_text("   \n", encoding="utf-8")
    corpus = root / "wire.jsonl"
    rows = [{"doc_id": "2024-01/01/story00000", "title": "Wire", "text": article(rng, 90_000)}]
    rows += [{"text": article(rng, 90_001 + i)} for i in range(30)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    bad = {
        f"{folder}/2024-01/01/broken.txt": "binary file",
        f"{folder}/2024-02/02/blank.md": "empty file",
        f"{corpus} line 32": "not JSON",
        f"{root}/missing": "no such file or folder",
    }
    return Archive([folder, corpus, root / "missing"], bad, copies=20, renamed="2024-01/01/story00000~2")


def extract(*args: str | Path) -> str:
    result = runner.invoke(app, ["extract", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


def bundled() -> list[Path]:
    return [SEED, ROOT / "data" / "corpus"]


# --- the same rows wherever it runs --------------------------------------------------------------
@dataclass(frozen=True)
class Runs:
    """One corpus extracted by one process and on the cluster: the two outputs and the cluster's log."""

    one: Path
    many: Path
    log: str


@pytest.fixture(scope="module")
def runs(scheduler: str, tmp_path_factory, request):
    """corpus name -> its Runs, each made once for the module."""
    done: dict[str, Runs] = {}

    def run(corpus: str) -> Runs:
        if corpus not in done:
            paths = bundled() if corpus == "bundled" else request.getfixturevalue("generated").paths
            out = tmp_path_factory.mktemp(corpus)
            extract(*paths, "--out", out / "one.parquet", "--jobs", "1")
            log = extract(*paths, "--out", out / "many.parquet", "--dask", scheduler)
            done[corpus] = Runs(out / "one.parquet", out / "many.parquet", log)
        return done[corpus]

    return run


CORPORA = ["bundled", "generated"]


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_cluster_gives_the_rows_of_one_process(corpus: str, runs) -> None:
    run = runs(corpus)
    one, many = read_claims(run.one), read_claims(run.many)
    assert run.many.is_dir() and len(list(run.many.iterdir())) > 2  # a dataset of several parts
    pd.testing.assert_frame_equal(
        one.sort_values(SORT, ignore_index=True), many.sort_values(SORT, ignore_index=True)
    )
    pd.testing.assert_frame_equal(one, many)  # the parts are in document order too
    assert f"{len(one)} claims from" in run.log
    errors_one, errors_many = read_errors(errors_path(run.one)), read_errors(errors_path(run.many))
    assert sorted(map(tuple, errors_one.values)) == sorted(map(tuple, errors_many.values))


@pytest.mark.slow
def test_generated_archive_in_full(generated: Archive, runs) -> None:
    run = runs("generated")
    claims = read_claims(run.many)
    docs = set(claims["doc_id"])
    assert len(docs) == N_ARTICLES + 31 + 1  # every article, corpus row and the page; copies once
    assert [d for d in docs if d.startswith("zz-syndicated/")] == ["zz-syndicated/page"]
    assert generated.renamed in docs and "2024-01/01/story00000" in docs
    assert claims["claim_id"].is_unique
    assert f"{generated.copies} repeated texts read once" in run.log
    errors = read_errors(errors_path(run.many))
    for path, reason in generated.bad.items():
        assert reason in " ".join(errors.loc[errors["path"] == path, "reason"]), (path, errors)
    assert len(errors) == len(generated.bad)


# --- the library's own cases ---------------------------------------------------------------------
@dataclass(frozen=True)
class Partitioning:
    name: str
    files_per_partition: int


PARTITIONINGS = [Partitioning("one file each", 1), Partitioning("three files each", 3)]


@pytest.mark.parametrize("case", PARTITIONINGS, ids=lambda c: c.name)
def test_repeats_and_taken_ids_across_partitions(case: Partitioning, scheduler: str, tmp_path) -> None:
    """A text read twice is kept at its first place; a corpus row whose id a file took gets a
    longer one, whatever partition each lands in."""
    story = "Police said 12 people were injured in Avonby.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("The council said 40 homes flooded.\n", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text(story, encoding="utf-8")
    rows = [{"doc_id": "b", "text": "Officials said 7 bridges closed."}, {"doc_id": "d", "text": story}]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    paths = [tmp_path / "in", tmp_path / "wire.jsonl"]
    from distributed import Client

    with Client(scheduler) as client:
        report = extract_archive(
            paths, tmp_path / "c.parquet", client, files_per_partition=case.files_per_partition
        )
    claims = read_claims(tmp_path / "c.parquet")
    assert claims["doc_id"].drop_duplicates().tolist() == ["a", "b", "b~2"]
    assert (report.read, report.duplicates, report.claims) == (5, 2, len(claims))
    extract(*paths, "--out", tmp_path / "one.parquet", "--jobs", "1")
    pd.testing.assert_frame_equal(claims, read_claims(tmp_path / "one.parquet"))


def test_nothing_to_read_writes_empty_tables(scheduler: str, tmp_path) -> None:
    out = tmp_path / "c.parquet"
    result = runner.invoke(
        app, ["extract", str(tmp_path / "missing"), "--out", str(out), "--dask", scheduler]
    )
    assert result.exit_code == 1 and "0 claims from 0 documents" in result.output
    assert read_claims(out).empty
    assert read_errors(errors_path(out))["reason"].tolist() == ["no such file or folder"]


def test_nothing_read_keeps_an_earlier_dataset(scheduler: str, tmp_path) -> None:
    out = tmp_path / "c.parquet"
    (tmp_path / "a.txt").write_text("Police said 12 people were killed.", encoding="utf-8")
    run = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(out), "--dask", scheduler])
    assert run.exit_code == 0, run.output
    claims, errors = read_claims(out), read_errors(errors_path(out))
    run = runner.invoke(app, ["extract", str(tmp_path / "missing"), "--out", str(out), "--dask", scheduler])
    assert run.exit_code == 1 and run.output.splitlines()[-1].endswith(f"-> {out} left as it was")
    pd.testing.assert_frame_equal(read_claims(out), claims)
    pd.testing.assert_frame_equal(read_errors(errors_path(out)), errors)


@pytest.mark.slow
def test_local_cluster_from_the_command_line(tmp_path) -> None:
    out = tmp_path / "c.parquet"
    log = extract(SEED, "--out", out, "--dask", "local:2")
    assert "2 workers" in log and "Completed" in log  # Dask's progress bar, on stderr
    pd.testing.assert_frame_equal(read_claims(out), extract_many(read_documents(SEED)))


# --- the budget and data-dump lines: on a worker as in one process (issue 10) ---------------------
SMALL = "Police said 12 people were hurt in the storm."
# About 300 KB of prose dense with figures: a few tenths of a second and tens of MB to extract.
LARGE = "The minister said 45 schools and 120 clinics had closed, and 3,000 staff were hurt. " * 3500


@dataclass(frozen=True)
class OverBudget:
    name: str
    options: list[str]
    reason: str


OVER_BUDGET = [
    OverBudget("time", ["--max-seconds", "0.01"], "skipped, over the time budget"),
    OverBudget("memory", ["--max-memory-mb", "2"], "skipped, over the memory budget"),
]


@pytest.mark.parametrize("case", OVER_BUDGET, ids=lambda c: c.name)
def test_a_document_over_budget_on_a_worker(case: OverBudget, scheduler: str, tmp_path) -> None:
    """A Dask worker runs tasks outside its main thread, where the CLI's timer signal and memory
    limit cannot reach: the budget is watched from a thread there, and the run goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "small.txt").write_text(SMALL, encoding="utf-8")
    (folder / "large.txt").write_text(LARGE, encoding="utf-8")
    out = tmp_path / "c.parquet"
    log = extract(folder, "--out", out, "--dask", scheduler, *case.options)
    assert f"large.txt: {case.reason}" in log and "1 unreadable or skipped" in log
    assert set(read_claims(out)["doc_id"]) == {"small"}
    errors = read_errors(errors_path(out))
    assert errors["path"].tolist() == [f"{folder}/large.txt"]
    assert errors["reason"].str.startswith(case.reason).all()


def test_the_default_budget_and_a_data_dump_line_on_a_worker(scheduler: str, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "large.txt").write_text(LARGE, encoding="utf-8")
    table = "12,7,88," * 3000
    text = f"Officials said 40 homes flooded.\n{table}\nThe mayor said 9 roads closed."
    (folder / "dump.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "c.parquet"
    log = extract(folder, "--out", out, "--dask", scheduler)
    assert "dump.txt: line 2 skipped as a data dump (24,000 characters" in log
    assert "(0 unreadable or skipped, 1 data-dump lines skipped)" in log
    claims = read_claims(out)
    assert set(claims["doc_id"]) == {"dump", "large"}
    assert sorted(claims.loc[claims["doc_id"] == "dump", "number_text"]) == ["40", "9"]
    pd.testing.assert_frame_equal(claims, extract_many(read_documents(folder)))


@dataclass(frozen=True)
class Refusal:
    name: str
    args: list[str]
    says: str


REFUSALS = [
    Refusal("a CSV output", ["--out", "c.csv", "--dask", "local"], "give --out NAME.parquet"),
    Refusal("no scheduler there", ["--out", "c.parquet", "--dask", "tcp://127.0.0.1:9"], "cannot reach"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=lambda c: c.name)
def test_refusals_are_one_line(case: Refusal, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(archive, "CONNECT_TIMEOUT", "1s")
    result = runner.invoke(app, ["extract", str(SEED), *case.args])
    assert result.exit_code == 2 and case.says in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_connect_names_the_address(monkeypatch) -> None:
    monkeypatch.setattr(archive, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match=r"tcp://127\.0\.0\.1:9"), connect("tcp://127.0.0.1:9"):
        pass
