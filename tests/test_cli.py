"""The CLI: every command has help with an example; extract and evaluate work end to end."""

import re

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.conftest import DEV, SEED
from workbench.cli import app
from workbench.schema import CLAIM_COLUMNS

runner = CliRunner()
COMMANDS = ["extract", "evaluate", "app"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_extract_writes_contract_columns(tmp_path) -> None:
    out = tmp_path / "claims.csv"
    result = runner.invoke(app, ["extract", str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    claims = pd.read_csv(out)
    assert list(claims.columns[: len(CLAIM_COLUMNS)]) == list(CLAIM_COLUMNS)
    assert claims["doc_id"].unique().tolist() == [SEED.stem]
    text = SEED.read_text(encoding="utf-8")
    for row in claims.itertuples():
        assert text[row.start : row.end] == row.number_text


def test_claim_ids_are_stable(tmp_path) -> None:
    ids = []
    for name in ("a.csv", "b.csv"):
        runner.invoke(app, ["extract", str(SEED), "--out", str(tmp_path / name)])
        ids.append(pd.read_csv(tmp_path / name)["claim_id"].tolist())
    assert ids[0] == ids[1] and len(set(ids[0])) == len(ids[0])


def test_evaluate_prints_scores() -> None:
    result = runner.invoke(app, ["evaluate", str(DEV)])
    assert result.exit_code == 0
    assert "precision" in result.output and "F1" in result.output and "fully correct" in result.output


# (command, option, value): refused before any work, with the option named and its allowed values
BAD_OPTIONS = [
    ("extract", "--max-seconds", "-1"),
    ("extract", "--max-seconds", "nan"),
    ("extract", "--max-seconds", "inf"),
    ("extract", "--max-seconds", "1e300"),
    ("extract", "--max-memory-mb", "-5"),
    ("extract", "--max-memory-mb", "nan"),
    ("extract", "--max-memory-mb", "inf"),
    ("extract", "--jobs", "-1"),
    ("extract", "--max-mb", "0"),
    ("extract", "--max-mb", "-1"),
    ("extract", "--max-mb", "1e-9"),
    ("extract", "--max-mb", "inf"),
    ("reconcile", "--tolerance", "-1"),
    ("reconcile", "--tolerance", "nan"),
    ("reconcile", "--tolerance", "5"),
    ("reconcile", "--fx-margin", "-1"),
    ("reconcile", "--fx-margin", "nan"),
    ("reconcile", "--fx-margin", "inf"),
]


def _words(output: str) -> str:
    """typer's error box as plain words (its borders and line wrapping removed)."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


@pytest.mark.parametrize(("command", "option", "value"), BAD_OPTIONS, ids=[" ".join(b) for b in BAD_OPTIONS])
def test_an_out_of_range_option_is_refused(tmp_path, command: str, option: str, value: str) -> None:
    claims = tmp_path / "claims.csv"
    runner.invoke(app, ["extract", str(SEED), "--out", str(claims)])
    before = claims.read_bytes()
    given = SEED if command == "extract" else claims
    result = runner.invoke(app, [command, str(given), option, value, "--out", str(tmp_path / "out.csv")])
    words = _words(result.output)
    assert result.exit_code == 2, words
    assert f"Invalid value for '{option}'" in words and ("allowed" in words or "greater" in words), words
    assert not (tmp_path / "out.csv").exists() and claims.read_bytes() == before


# (option, value): 0 keeps its documented meaning (no limit; every core for many files)
ZERO_MEANS = [("--max-seconds", "0"), ("--max-memory-mb", "0"), ("--jobs", "0"), ("--max-mb", "0.5")]


@pytest.mark.parametrize(("option", "value"), ZERO_MEANS, ids=[" ".join(z) for z in ZERO_MEANS])
def test_documented_option_values_still_run(tmp_path, option: str, value: str) -> None:
    result = runner.invoke(app, ["extract", str(SEED), option, value, "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_repeated_text_is_extracted_once(tmp_path, monkeypatch, jobs: str) -> None:
    """The ledger keeps a repeated text's first copy only; the CLI no longer extracts the others."""
    import workbench.extract.pipeline as pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "a": "Police said 12 were hurt.",
        "b": "It cost $4m, the mayor said.",
        "c": "Police said 12 were hurt.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    extracted: list[str] = []
    original = pipeline.claim_rows
    monkeypatch.setattr(pipeline, "claim_rows", lambda text, *a: extracted.append(text) or original(text, *a))
    out = tmp_path / "claims.csv"
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    assert "1 repeated texts read once" in result.output
    assert pd.read_csv(out)["doc_id"].tolist() == ["a", "b"]
    if jobs == "1":  # in this process: the third file's text was not extracted again
        assert extracted == [texts["a"], texts["b"]]
