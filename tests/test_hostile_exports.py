"""Exports that round-trip and cannot be turned against the reader.

Before: a carriage return was written unquoted (the CSV gained rows, and a spreadsheet ran the
`=1+1` that began one); the formula guard missed leading spaces, a line feed and full-width
signs, and changed stored data (a doc_id "-list" came back as "'-list"); ClaimReview JSON-LD
could close its <script> block and held Infinity, which is not JSON.
"""

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from workbench import extract_claims
from workbench.cli import app
from workbench.export import claim_reviews, csv_bytes, json_bytes, safe_cell, write_csv

# (case, cell, what a spreadsheet must be given)
CELLS = [
    ("space before =", " =1+1", "' =1+1"),
    ("non-breaking space before =", "\u00a0=1+1", "'\u00a0=1+1"),
    ("ideographic space before +", "\u3000+1", "'\u3000+1"),
    ("zero-width space before @", "\u200b@SUM(A1)", "'\u200b@SUM(A1)"),
    ("leading line feed", "\n=1+1", "'\n=1+1"),
    ("leading carriage return", "\r=1+1", "'\r=1+1"),
    ("full-width equals", "＝1+1", "'＝1+1"),
    ("full-width plus", "＋1", "'＋1"),
    ("full-width minus", "－1", "'－1"),
    ("full-width at", "＠SUM(A1)", "'＠SUM(A1)"),
    ("small equals", "﹦1+1", "'﹦1+1"),
    ("an apostrophe already", "'=1", "''=1"),
    ("a minus inside is fine", "12 - 3", "12 - 3"),
    ("plain text", "Police said 12", "Police said 12"),
    ("a number stays a number", -3.5, -3.5),
    ("infinity is no number", float("inf"), None),
]


@pytest.mark.parametrize(("case", "cell", "expected"), CELLS, ids=[c[0] for c in CELLS])
def test_formula_guard(case: str, cell, expected) -> None:
    assert safe_cell(cell) == expected


HOSTILE_TEXT = [
    "a carriage return\rthen =1+1 on a new spreadsheet row",
    'a line feed\n=HYPERLINK("http://x")',
    "CR LF\r\n@SUM(A1)",
    'quotes "inside" and, a comma',
    "-list",
    "'already quoted",
    " =1+1",
    "＝1+1",
    "",
]


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": HOSTILE_TEXT,
            "sentence": list(reversed(HOSTILE_TEXT)),
            "value": [float(i) - 3.5 for i in range(len(HOSTILE_TEXT))],
        }
    )


@pytest.mark.parametrize("writer", ["write_csv", "csv_bytes"])
def test_csv_round_trips_through_pandas(tmp_path: Path, writer: str) -> None:
    from workbench.export import read_csv

    path = tmp_path / "out.csv"
    if writer == "write_csv":
        write_csv(_frame(), path)
    else:
        path.write_bytes(csv_bytes(_frame()))
    raw = pd.read_csv(path, dtype={"doc_id": str, "sentence": str}, keep_default_na=False)
    assert len(raw) == len(HOSTILE_TEXT)  # no row split by a CR or LF
    assert raw["doc_id"].iat[0] == HOSTILE_TEXT[0]  # a CR inside a field survives, quoted
    pd.testing.assert_frame_equal(read_csv(path), _frame())  # and the guard comes off exactly


def test_claims_csv_from_the_cli_round_trips(tmp_path: Path) -> None:
    from workbench.export import read_csv

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "-list.txt").write_text("Police said 12 people\rwere killed.", encoding="utf-8")
    out = tmp_path / "c.csv"
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(out)])
    assert run.exit_code == 0, run.stderr
    claims = read_csv(out)
    assert claims["doc_id"].tolist() == ["-list"] and "\r" in claims["sentence"].iat[0]
    db = f"sqlite:///{tmp_path / 's.db'}"
    run = CliRunner().invoke(app, ["reconcile", str(out), "--db", db, "--out", str(tmp_path / "r.csv")])
    assert run.exit_code == 0, run.stderr
    from workbench import ClaimStore

    assert ClaimStore(db).claims()["doc_id"].tolist() == ["-list"]  # the guard never reaches the store
    assert read_csv(tmp_path / "r.csv")["doc_id"].tolist() == ["-list"]


def _reviewed(sentence: str, accepted: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    claims = extract_claims(f"Police said 12 people were killed. {sentence}", "d")
    claims = claims.assign(group_id="g", verdict="conflict", accepted_value=accepted, reviewer="ana <b>")
    claims = claims.assign(note="see </script>", reviewed_at="2025-01-01T00:00:00")
    groups = pd.DataFrame({"group_id": ["g"], "explanation": ["a & b <i>"]})
    return claims, groups


@pytest.mark.parametrize("accepted", [float("inf"), float("-inf"), float("nan"), 12.0], ids=str)
def test_claimreview_is_json_and_safe_in_html(accepted: float) -> None:
    claims, groups = _reviewed(
        'She wrote "</script><script>alert(1)</script>" & said 15 people were killed.', accepted
    )
    data = json_bytes(claim_reviews(claims, groups)).decode("utf-8")
    assert not any(c in data for c in "<>&")
    assert "Infinity" not in data and "NaN" not in data

    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    (review,) = json.loads(data, parse_constant=refuse)
    assert "</script><script>alert(1)</script>" in review["claimReviewed"]
    assert review.get("acceptedValue") == (12.0 if accepted == 12.0 else None)


# (case, where --out points)
UNWRITABLE = [
    ("a folder", "{tmp}"),
    ("under a folder that cannot be made", "/proc/no-such-folder/c.csv"),
]


@pytest.mark.parametrize(("case", "out"), UNWRITABLE, ids=[u[0] for u in UNWRITABLE])
def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path, case: str, out: str) -> None:
    (tmp_path / "a.txt").write_text("Police said 12 people were killed.", encoding="utf-8")
    out = out.format(tmp=tmp_path)
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", out])
    (line,) = run.stderr.splitlines()  # one line, before any work (was after "extracting")
    assert run.exit_code == 2 and line.startswith(f"error: cannot write {out}: "), run.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind
