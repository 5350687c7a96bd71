"""Outputs never destroy inputs or earlier results.

Before: `extract corp.csv --out corp.csv` replaced the corpus with the claims, `reconcile c.csv
--out c.csv` (or `--groups c.csv`) replaced its input, and a run in which every document failed
replaced a good claims file with an empty one.
"""

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

ARTICLE = "Police said 12 people were killed and 30 wounded."
CORPUS = '{"doc_id": "a", "text": "Police said 12 people were killed."}\n'

# (case, command line with {tmp}; the file that must come out unchanged)
SAME_FILE = [
    ("extract onto its article", ["extract", "{tmp}/a.txt", "--out", "{tmp}/a.txt"], "a.txt"),
    ("extract onto its corpus", ["extract", "{tmp}/corp.jsonl", "--out", "{tmp}/corp.jsonl"], "corp.jsonl"),
    ("extract through ..", ["extract", "{tmp}/a.txt", "--out", "{tmp}/sub/../a.txt"], "a.txt"),
    ("extract through a link", ["extract", "{tmp}/a.txt", "--out", "{tmp}/link.txt"], "a.txt"),
    ("reconcile --out onto claims", ["reconcile", "{tmp}/c.csv", "--out", "{tmp}/c.csv"], "c.csv"),
    (
        "reconcile --groups onto claims",
        ["reconcile", "{tmp}/c.csv", "--out", "{tmp}/r.csv", "--groups", "{tmp}/c.csv"],
        "c.csv",
    ),
    (
        "reconcile --groups onto --out",
        ["reconcile", "{tmp}/c.csv", "--out", "{tmp}/r.csv", "--groups", "{tmp}/r.csv"],
        "r.csv",
    ),
    (
        "reconcile --out onto its store",
        ["reconcile", "{tmp}/c.csv", "--db", "sqlite:///{tmp}/s.db", "--out", "{tmp}/s.db"],
        "s.db",
    ),
    ("export onto its store", ["export", "--db", "sqlite:///{tmp}/s.db", "--out", "{tmp}/s.db"], "s.db"),
]


def _setup(tmp: Path) -> None:
    (tmp / "sub").mkdir()
    (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp / "link.txt").symlink_to(tmp / "a.txt")
    (tmp / "corp.jsonl").write_text(CORPUS, encoding="utf-8")
    (tmp / "r.csv").write_text("an earlier result\n", encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(tmp / "a.txt"), "--out", str(tmp / "c.csv")])
    assert run.exit_code == 0, run.output
    run = CliRunner().invoke(app, ["db", "upgrade", "--db", f"sqlite:///{tmp / 's.db'}"])
    assert run.exit_code == 0, run.output


@pytest.mark.parametrize(("case", "argv", "kept"), SAME_FILE, ids=[s[0] for s in SAME_FILE])
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, case: str, argv: list[str], kept: str) -> None:
    _setup(tmp_path)
    before = (tmp_path / kept).read_bytes()
    run = CliRunner().invoke(app, [a.format(tmp=tmp_path) for a in argv])
    assert run.exit_code == 2, run.output
    (line,) = run.stderr.splitlines()
    assert line.startswith("error: ") and "is the same file as" in line, line
    assert (tmp_path / kept).read_bytes() == before


# (case, paths given to extract): not one document can be read
NOTHING_READ = [
    ("a missing file", ["{tmp}/missing.txt"]),
    ("a binary file", ["{tmp}/binary.txt"]),
    ("an empty folder", ["{tmp}/empty"]),
]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
@pytest.mark.parametrize(("case", "paths"), NOTHING_READ, ids=[n[0] for n in NOTHING_READ])
def test_a_run_that_read_nothing_keeps_the_earlier_output(
    tmp_path: Path, case: str, paths: list[str], suffix: str
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xfc\xfd" * 100)
    (tmp_path / "empty").mkdir()
    out = tmp_path / f"claims{suffix}"
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(out)])
    assert run.exit_code == 0, run.output
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    run = CliRunner().invoke(app, ["extract", *(p.format(tmp=tmp_path) for p in paths), "--out", str(out)])
    assert run.exit_code == 1, run.output
    assert run.stderr.splitlines()[-1].endswith(f"-> {out} left as it was"), run.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


# (case, command line with {tmp}, the output whose mode is checked)
OUTPUTS = [
    ("extract CSV", ["extract", "{tmp}/a.txt", "--out", "{tmp}/o/new.csv"], "new.csv"),
    ("extract Parquet", ["extract", "{tmp}/a.txt", "--out", "{tmp}/o/new.parquet"], "new.parquet"),
    ("reconcile --out", ["reconcile", "{tmp}/c.csv", "--out", "{tmp}/o/new.csv"], "new.csv"),
    (
        "reconcile --groups",
        ["reconcile", "{tmp}/c.csv", "--out", "{tmp}/o/r.csv", "--groups", "{tmp}/o/new.csv"],
        "new.csv",
    ),
    ("export --out", ["export", "--db", "sqlite:///{tmp}/s.db", "--out", "{tmp}/o/new.csv"], "new.csv"),
    (
        "export --claimreview",
        [
            "export",
            "--db",
            "sqlite:///{tmp}/s.db",
            "--out",
            "{tmp}/o/r.csv",
            "--claimreview",
            "{tmp}/o/new.json",
        ],
        "new.json",
    ),
]


CSV_JSON_OUTPUTS = [o for o in OUTPUTS if o[0] != "extract Parquet"]  # pyarrow's files had it already


@pytest.mark.parametrize(("case", "argv", "name"), CSV_JSON_OUTPUTS, ids=[o[0] for o in CSV_JSON_OUTPUTS])
def test_outputs_get_the_mode_the_umask_gives(tmp_path: Path, umask_027, case: str, argv, name: str) -> None:
    _setup(tmp_path)
    (tmp_path / "o").mkdir()
    run = CliRunner().invoke(app, [a.format(tmp=tmp_path) for a in argv])
    assert run.exit_code == 0, run.output
    assert stat.S_IMODE((tmp_path / "o" / name).stat().st_mode) == 0o666 & ~umask_027


def test_a_replaced_output_keeps_its_mode(tmp_path: Path) -> None:
    _setup(tmp_path)
    out = tmp_path / "r.csv"
    out.chmod(0o604)
    run = CliRunner().invoke(app, ["reconcile", str(tmp_path / "c.csv"), "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o604 and out.read_text() != "an earlier result\n"


@pytest.mark.parametrize(("case", "argv", "name"), OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_an_output_in_a_missing_folder_is_refused(tmp_path: Path, case: str, argv, name: str) -> None:
    _setup(tmp_path)
    argv = [a.format(tmp=tmp_path) for a in argv]
    run = CliRunner().invoke(app, argv)
    assert run.exit_code == 2, run.output
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"error: cannot write {tmp_path / 'o'}/"), line
    assert line.endswith(f": no folder {tmp_path / 'o'}"), line
    assert not (tmp_path / "o").exists()
