"""The seed end to end through the CLI: extract, reconcile into a store, a verdict, export, read back."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tests.conftest import SEED
from workbench import ClaimStore
from workbench.schema import CLAIM_COLUMNS, GROUP_COLUMNS, RECONCILED_COLUMNS, REVIEW_COLUMNS

CLI = [sys.executable, "-m", "workbench.cli"]


def run(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_seed_end_to_end(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    claims, rec, groups = tmp_path / "c.csv", tmp_path / "r.csv", tmp_path / "g.csv"
    run("extract", str(SEED), "--out", str(claims))
    run("reconcile", str(claims), "--out", str(rec), "--groups", str(groups), "--db", db)
    g = pd.read_csv(groups)
    assert list(g.columns[: len(GROUP_COLUMNS)]) == list(GROUP_COLUMNS)  # the contract first, then extensions
    assert g["status"].tolist() == ["consistent"]
    ClaimStore(db).save_verdict(g["group_id"][0], "consistent", "ana", 413_000, "agree as casualties")
    exported, reviews = tmp_path / "e.csv", tmp_path / "e.jsonld"
    run("export", "--db", db, "--out", str(exported), "--claimreview", str(reviews))
    table = pd.read_csv(exported)
    assert list(table.columns) == [
        *CLAIM_COLUMNS,
        "title",
        "publication",
        "published",
        *REVIEW_COLUMNS,
        *RECONCILED_COLUMNS,
    ]
    assert set(table["verdict"]) == {"consistent"} and set(table["accepted_value"]) == {413_000}
    (review,) = json.loads(reviews.read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "consistent"
    assert {a["name"] for a in review["itemReviewed"]["author"]} == {"Donald Trump", "Volodymr Zelensky"}
    assert "413,000" in review["reviewRating"]["ratingExplanation"]
    # Reconciling again keeps the verdict (it is keyed by the group, which depends on the claims only).
    run("reconcile", str(claims), "--out", str(rec), "--db", db)
    assert set(pd.read_csv(rec)["verdict"]) == {"consistent"}


def test_injection_through_reconcile(tmp_path: Path) -> None:
    doc = tmp_path / "evil.txt"
    doc.write_text(
        '=HYPERLINK("http://evil.example","x") said 12 people were killed.\n\n'
        "@SUM(1) Officials said 14 people were killed.",
        encoding="utf-8",
    )
    claims, rec = tmp_path / "c.csv", tmp_path / "r.csv"
    run("extract", str(doc), "--out", str(claims))
    run("reconcile", str(claims), "--out", str(rec))
    for path in (claims, rec):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        for col in table.columns:
            assert not table[col].str.match(r"^[=+\-@\t\r]").any(), (path.name, col)
