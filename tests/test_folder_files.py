"""Every file in a folder is read, or named as skipped and counted: none is left out unseen.

Before: `notes.pdf` in a folder was passed over without a word, nor counted.
"""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from tests.conftest import ROOT
from workbench.cli import app
from workbench.documents import read_documents
from workbench.files import ReadError, Unsupported

ARTICLE = "Police said 12 people were killed."

# (case, files in the folder besides a.txt, the files named as skipped)
FOLDERS = [
    ("a pdf", ["notes.pdf"], ["notes.pdf"]),
    ("no extension", ["README"], ["README"]),
    ("nested", ["sub/deck.pptx", "sub/b.md"], ["sub/deck.pptx"]),
    ("hidden files passed over", [".DS_Store", ".git/HEAD", ".git/objects/ab"], []),
    ("several, in order", ["z.docx", "b.xlsx", "c.html"], ["b.xlsx", "z.docx"]),
    ("a corpus, skipped as before", ["rows.jsonl"], ["rows.jsonl"]),
]


def _folder(root: Path, files: list[str]) -> Path:
    folder = root / "in"
    for name in ["a.txt", *files]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(
            ARTICLE if name.endswith((".txt", ".md", ".html")) else "x", encoding="utf-8"
        )
    return folder


@pytest.mark.parametrize(("case", "files", "named"), FOLDERS, ids=[f[0] for f in FOLDERS])
def test_each_file_of_another_type_is_named_and_counted(
    tmp_path: Path, case: str, files: list[str], named: list[str]
) -> None:
    folder = _folder(tmp_path, files)
    run = CliRunner().invoke(app, ["extract", str(folder), "--out", str(tmp_path / "c.csv")])
    assert run.exit_code == 0, run.output
    skipped = [line.split(": ")[1] for line in run.stderr.splitlines() if line.startswith("skipped: ")]
    assert skipped == [str(folder / n) for n in named], run.stderr
    assert f"({len(named)} unreadable or skipped" in run.stderr.splitlines()[-1]


def test_the_reader_gives_them_as_unsupported(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["notes.pdf"])
    (bad,) = [r for r in read_documents(folder) if isinstance(r, ReadError)]
    assert isinstance(bad, Unsupported) and bad.reason.startswith("unsupported file type .pdf")


def test_the_dashboard_names_them_on_one_line(monkeypatch, tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["notes.pdf", "workbench.db"])
    monkeypatch.setenv("WORKBENCH_DB", f"sqlite:///{tmp_path / 'r.db'}")
    monkeypatch.setenv("WORKBENCH_PATHS", str(folder))
    at = AppTest.from_file(str(ROOT / "workbench" / "app" / "main.py"), default_timeout=90).run()
    assert not at.exception, at.exception
    said = [w.value.replace("\\", "") for w in at.sidebar.warning]
    assert said == [f"Not articles, not read: {folder / 'notes.pdf'}, {folder / 'workbench.db'}."], said
