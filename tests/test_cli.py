"""The CLI: every command has help with an example; extract and evaluate work end to end."""

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
