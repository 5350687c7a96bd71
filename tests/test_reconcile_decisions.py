"""`workbench reconcile --db` reads its claims as the dashboard and `export` do: with the
reviewers' corrections applied and "not a claim" rows left out, so its reconciled CSV, its
statuses and its review_again flags agree with theirs.

Before: the claims CSV was reconciled as it stood: a figure corrected from 42 to 420 in the
dashboard was 42 again in reconcile's output (consistent, where the dashboard said conflict), and
a figure marked "not a claim" was back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.documents import Document
from workbench.export import read_csv
from workbench.figures import parse_figure
from workbench.workspace import Workspace

TEXT = "Police said 40 people were killed in the blast. Officials said 42 people were killed in the blast."


def _id(ws: Workspace, figure: str) -> str:
    claims = ws.store.claims()
    return claims.loc[claims["number_text"] == figure, "claim_id"].iat[0]


def _verdict(ws: Workspace) -> None:
    rec = ws.reconciled()
    gid = rec["group_id"].iat[0]
    ws.store.save_verdict(gid, "consistent", "ana", members=list(rec.loc[rec["group_id"] == gid, "claim_id"]))


# (name, the reviewers' decisions in order, values in reconcile's output)
DECISIONS = [
    ("a verdict only", [_verdict], [40.0, 42.0]),
    (
        "a correction after the verdict",
        [_verdict, lambda ws: ws.store.correct_figure(_id(ws, "42"), vars(parse_figure("420")), "bo")],
        [40.0, 420.0],
    ),
    (
        "a correction before the verdict",
        [lambda ws: ws.store.correct_figure(_id(ws, "42"), vars(parse_figure("420")), "bo"), _verdict],
        [40.0, 420.0],
    ),
    (
        "not a claim",
        [lambda ws: ws.store.correct_claim(_id(ws, "42"), "not_a_claim", True, "bo"), _verdict],
        [40.0],
    ),
]


@pytest.mark.parametrize(("steps", "values"), [d[1:] for d in DECISIONS], ids=[d[0] for d in DECISIONS])
def test_reconcile_reads_the_claims_as_the_dashboard_does(
    store_url: str, tmp_path: Path, steps, values
) -> None:
    ws = Workspace(store_url)
    ws.ingest([Document("blast", TEXT, "Blast")])
    claims_csv = tmp_path / "claims.csv"
    out = tmp_path / "reconciled.csv"
    (tmp_path / "blast.txt").write_text(TEXT, encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(tmp_path / "blast.txt"), "--out", str(claims_csv)])
    assert run.exit_code == 0, run.output
    for step in steps:
        step(ws)
    run = CliRunner().invoke(app, ["reconcile", str(claims_csv), "--out", str(out), "--db", store_url])
    assert run.exit_code == 0, run.output
    got = read_csv(out).sort_values("start")
    shown = Workspace(store_url).reconciled().sort_values("start")
    assert got["value"].tolist() == values
    assert got["status"].tolist() == shown["status"].tolist()
    assert got["verdict"].tolist() == shown["verdict"].tolist()
    assert got["review_again"].tolist() == shown["review_again"].tolist()
