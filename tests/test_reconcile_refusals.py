"""`workbench reconcile` quotes a refused figure as written, and a run with nothing to reconcile
writes nothing and says so.

Before: a value of `abc` was reported as "nan is not a usable figure"; a bound of `abc` was read
as an open bound and kept; with every row refused, an empty output was written, exit 0, and the
summary said "0 groups ()".
"""

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.extract.pipeline import extract_claims

ARTICLE = "Police said 12 people were killed. The mayor said 4,500 homes were without power."


def _claims(tmp_path: Path, edits: list[dict[str, str]]) -> Path:
    """The article's claims as a CSV, row i's cells replaced by edits[i] (as text, as a hand edit)."""
    table = extract_claims(ARTICLE, doc_id="d").astype(object)
    for i, edit in enumerate(edits):
        for col, text in edit.items():
            table.loc[i, col] = text
    path = tmp_path / "c.csv"
    table.to_csv(path, index=False)
    return path


# (case, edits per row, exit code, lines expected on stderr, rows written or None)
CASES = [
    ("value as letters", [{"value": "abc"}], 0, ["value 'abc' is not a usable figure"], 1),
    ("value empty", [{"value": ""}], 0, ["value '' is not a usable figure"], 1),
    ("value infinite", [{"value": "inf"}], 0, ["value 'inf' is not a usable figure"], 1),
    ("value too large", [{"value": "1e300"}], 0, ["value '1e300' is not a usable figure"], 1),
    ("bound as letters", [{}, {"low": "x"}], 0, ["low 'x' is not a usable figure"], 1),
    ("empty bound is open", [{"high": ""}], 0, [], 2),
    (
        "every row refused",
        [{"value": "abc"}, {"value": "n/a"}],
        1,
        [
            "value 'abc'",
            "value 'n/a'",
            "no claim with a usable figure (2 refused, named above); nothing written",
        ],
        None,
    ),
]


@pytest.mark.parametrize(("case", "edits", "code", "said", "rows"), CASES, ids=[c[0] for c in CASES])
def test_refused_figures_are_quoted(
    tmp_path: Path, case: str, edits: list[dict], code: int, said: list[str], rows: int | None
) -> None:
    path = _claims(tmp_path, edits)
    out = tmp_path / "r.csv"
    run = CliRunner().invoke(app, ["reconcile", str(path), "--out", str(out)])
    assert run.exit_code == code, run.output
    for words in said:
        assert words in run.stderr, run.stderr
    assert "nan is not" not in run.stderr
    if rows is None:
        assert not out.exists() and "groups" not in run.stderr
    else:
        assert len(pd.read_csv(out)) == rows


def test_a_table_without_rows_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    extract_claims(ARTICLE, doc_id="d").head(0).to_csv(path, index=False)
    (tmp_path / "r.csv").write_text("earlier", encoding="utf-8")
    run = CliRunner().invoke(app, ["reconcile", str(path), "--out", str(tmp_path / "r.csv")])
    assert run.exit_code == 1 and "no claim with a usable figure; nothing written" in run.stderr, run.output
    assert (tmp_path / "r.csv").read_text(encoding="utf-8") == "earlier"  # left as it was
