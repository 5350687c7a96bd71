"""Corpora report per row: a bad line is named with its line number and reason, the rest is read.

Before, one broken JSON line dropped every later line, a 10 MB CSV cell every later row, and
an unclosed quote merged two rows while the summary said "0 unreadable".
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.documents import ReadError, read_documents

A = "Police said 12 people were killed."
B = "Officials said 40 homes were damaged."
C = "The mayor said 4,500 homes were without power."
DEEP = "[" * 100_000 + "]" * 100_000

# (case, JSON Lines text, line numbers named, texts read)
JSONL = [
    ("broken line in the middle", f'{{"text": "{A}"}}\n{{"text": "open\n{{"text": "{B}"}}\n', [2], [A, B]),
    ("nested 100,000 deep", f'{{"text": "{A}"}}\n{DEEP}\n{{"text": "{B}"}}\n', [2], [A, B]),
    ("not an object", f'["{A}"]\n{{"text": "{B}"}}\n', [1], [B]),
    ("blank lines are not rows", f'\n{{"text": "{A}"}}\n\n\n{{"text": "{B}"}}\n', [], [A, B]),
    ("no text", f'{{"title": "x"}}\n{{"text": "{B}"}}\n', [1], [B]),
    ("a NUL byte in a line", f'{{"text": "{A}\x00"}}\n{{"text": "{B}"}}\n', [1], [B]),
    ("a lone surrogate escape", '{"text": "12 were killed \\ud800."}\n', [], ["12 were killed \ufffd."]),
    ("text a number", f'{{"text": 5}}\n{{"text": "{B}"}}\n', [1], [B]),
    ("text true", f'{{"text": true}}\n{{"text": "{B}"}}\n', [1], [B]),
    ("text a list", f'{{"text": ["{A}"]}}\n{{"text": "{B}"}}\n', [1], [B]),
    ("text an object", f'{{"text": {{"body": "{A}"}}}}\n{{"text": "{B}"}}\n', [1], [B]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "bad_lines", "texts"), JSONL, ids=[c[0] for c in JSONL])
def test_json_lines_report_per_line(tmp_path: Path, case, content, bad_lines, texts) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(content, encoding="utf-8")
    _check(path, bad_lines, texts)


BIG = "x" * 10_000_000
STRAY = 'The 5" screens sold: 12 units.'
# (case, CSV text, line numbers named, texts read)
CSV = [
    ("a 10 MB cell", f'doc_id,text\na,"{A}"\nb,"{BIG}"\nc,"{B}"\n', [3], [A, B]),
    ("an unclosed quote", f'doc_id,text\na,"{A}\nb,"{B}"\nc,"{C}"\n', [2], [B, C]),
    ("an unclosed quote on the last row", f'doc_id,text\na,"{A}"\nb,"{B}\n', [3], [A]),
    ("a quoted field over two lines", f'doc_id,text\na,"{A}\n\n{B}"\nc,"{C}"\n', [], [f"{A}\n\n{B}", C]),
    ("a stray quote in a plain field", f'doc_id,text\na,{STRAY}\nb,"{B}"\n', [], [STRAY, B]),
    ("more fields than the header", f"doc_id,text\na,{A},extra\nb,{B}\n", [2], [B]),
    ("CRLF line ends", f'doc_id,text\r\na,"{A}"\r\nb,"{B}"\r\n', [], [A, B]),
    ("empty text", f"doc_id,text\na,\nb,{B}\n", [2], [B]),
    ("a NUL byte in a row: read, replaced", f"doc_id,text\na,{A}\x00\nb,{B}\n", [], [A + "\ufffd", B]),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "bad_lines", "texts"), CSV, ids=[c[0] for c in CSV])
def test_csv_reports_per_row(tmp_path: Path, case, content, bad_lines, texts) -> None:
    path = tmp_path / "export.csv"
    path.write_text(content, encoding="utf-8", newline="")
    _check(path, bad_lines, texts)


def _check(path: Path, bad_lines: list[int], texts: list[str]) -> None:
    results = list(read_documents([path]))
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [r.text for r in results if not isinstance(r, ReadError)] == texts, errors
    assert [e.path for e in errors] == [f"{path} line {n}" for n in bad_lines], errors
    assert all(e.reason for e in errors)


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_each_row_is_decoded_on_its_own(tmp_path: Path, kind: str) -> None:
    """An export that mixes UTF-8 rows with a Windows-1252 row: every row is read as written."""
    rows = [("Zürich said 12 people came.", "utf-8"), ("Café said 9 people came.", "cp1252"), (B, "utf-8")]
    path = tmp_path / f"export.{kind}"
    lines = [b"text"] if kind == "csv" else []
    for text, encoding in rows:
        line = text if kind == "csv" else json.dumps({"text": text}, ensure_ascii=False)
        lines.append(line.encode(encoding))
    path.write_bytes(b"\n".join(lines) + b"\n")
    _check(path, [], [text for text, _ in rows])


def test_a_utf16_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"doc_id,text\r\na,Zürich said 12 people came.\r\nb,{B}\r\n", encoding="utf-16")
    _check(path, [], ["Zürich said 12 people came.", B])


def test_an_id_too_long_for_a_store_is_clipped(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"doc_id": "x" * 5000, "text": A}), encoding="utf-8")
    (doc,) = read_documents([path])
    assert doc.doc_id.startswith("xxx") and len(doc.doc_id) == 200


def test_duplicate_row_ids_are_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"doc_id,text\nx,{A}\nx,{B}\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text(C, encoding="utf-8")
    docs = [d for d in read_documents([path, tmp_path / "x.txt"]) if not isinstance(d, ReadError)]
    assert [d.doc_id for d in docs] == ["x~2", "x~3", "x"]  # the file keeps its contract id


def test_cli_counts_bad_rows_and_renames_clashing_corpus_ids(tmp_path: Path) -> None:
    for name in ("one", "two"):  # two exports that both number their rows from 1
        rows = [{"doc_id": "1", "text": f"{name.title()} said {n} people were hurt."} for n in (3, 4)]
        lines = [json.dumps(r) for r in rows]
        lines.insert(1, '{"text": broken')
        (tmp_path / f"{name}.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "c.csv"
    args = [str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"), "--out", str(out)]
    run = CliRunner().invoke(app, ["extract", *args])
    assert run.exit_code == 0, run.stderr
    assert "one.jsonl line 2: not JSON" in run.stderr and "two.jsonl line 2: not JSON" in run.stderr
    assert "from 4 documents (2 unreadable or skipped)" in run.stderr
    import pandas as pd

    claims = pd.read_csv(out, dtype={"doc_id": str})
    assert list(claims["doc_id"]) == ["1", "1~2", "1~3", "1~4"]
    assert claims["claim_id"].is_unique


# (case, files in the folder given to extract, the corpus files named as skipped, claims read)
CORPORA_IN_FOLDERS = [
    ("a CSV beside an article", {"a.txt": A, "rows.csv": f"text\n{B}\n"}, ["rows.csv"], 1),
    ("JSONL in a subfolder", {"a.txt": A, "sub/rows.jsonl": f'{{"text": "{B}"}}\n'}, ["sub/rows.jsonl"], 1),
    ("only a corpus", {"rows.csv": f"text\n{B}\n"}, ["rows.csv"], 0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "files", "skipped", "read"), CORPORA_IN_FOLDERS, ids=[c[0] for c in CORPORA_IN_FOLDERS]
)
def test_a_corpus_inside_a_folder_is_named_and_counted(tmp_path: Path, case, files, skipped, read) -> None:
    folder = tmp_path / "in"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(folder), "--out", str(tmp_path / "c.csv")])
    assert run.exit_code == (0 if read else 1), run.output
    named = [line for line in run.stderr.splitlines() if line.startswith("skipped: ")]
    assert named == [
        f"skipped: {folder / name}: a CSV or JSON Lines corpus inside a folder is not read; "
        "name the file itself to read it"
        for name in skipped
    ]
    assert f"from {read} documents ({len(skipped)} unreadable or skipped)" in run.stderr.splitlines()[-1]
