"""Inputs to `workbench reconcile` that are not what they should be: one line naming the file.

Before: an empty file gave "No columns to parse from file", a binary one "'utf-8' codec can't
decode byte 0xfc", a bad --ontology "Invalid value (at end of document)" (no file named), and a
text file that is not a claims table reconciled as "0 groups ()".
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

# (case, claims file content, ontology file content or None, the reason after "error: <file>: ")
BAD_INPUTS = [
    ("empty claims", b"", None, "an empty file, not a claims table"),
    (
        "binary claims",
        b"\xfc\xfd\x00\x01abc",
        None,
        "not UTF-8 text (byte 0xfc at offset 0), not a claims table",
    ),
    ("another table", b"name,age\nana,3\n", None, "not a claims table: missing columns claim_id"),
    ("prose, no rows", b"Police said 12 people were killed.\n", None, "not a claims table: missing columns"),
    ("ontology not TOML", None, b"a = [", "not valid TOML (Invalid value"),
    ("ontology binary", None, b"\xfc\x00", "not UTF-8 text (byte 0xfc)"),
    ("ontology of another shape", None, b"[quantities]\nkilled = 5\n", "not an ontology"),
    ("relation without total", None, b'[[relations]]\nparts = ["a"]\n', "not an ontology"),
    ("ontology a folder", None, "folder", "Is a directory"),
    ("ontology missing", None, "missing", "No such file or directory"),
]


@pytest.mark.parametrize(("case", "claims", "ontology", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_a_bad_reconcile_input_is_one_line_naming_the_file(
    tmp_path: Path, case: str, claims: bytes | None, ontology, reason: str
) -> None:
    (tmp_path / "a.txt").write_text("Police said 12 people were killed.", encoding="utf-8")
    good = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "good.csv")])
    assert good.exit_code == 0, good.output
    argv = ["reconcile", str(tmp_path / "good.csv"), "--out", str(tmp_path / "r.csv")]
    bad = tmp_path / "good.csv"
    if claims is not None:
        bad = tmp_path / "claims.csv"
        bad.write_bytes(claims)
        argv[1] = str(bad)
    if ontology is not None:
        bad = tmp_path / "onto.toml"
        if ontology == "folder":
            bad.mkdir()
        elif isinstance(ontology, bytes):
            bad.write_bytes(ontology)
        argv += ["--ontology", str(bad)]
    run = CliRunner().invoke(app, argv)
    assert run.exit_code == 2, run.output
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"error: {bad}: {reason}"), line
    assert not (tmp_path / "r.csv").exists()
