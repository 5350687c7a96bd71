"""News-bench gold sets kept as standoff annotation (data/goldsets, offsets into ../shared's
news-bench.tar.gz, never its text): the floors the extractor must hold there, and the format's own
guarantees (nothing overwritten, a changed corpus named, markup and standoff scoring alike).

Each set was marked by a helper who never saw the extractor and first scored, blind, on the code
of its round's start before any rule of that round landed (each file's note names the commit); in
later rounds a set's misses may be read for rules. Floors are the figures measured at their commit,
less about two points, so a change that loses ground on text nobody tuned for fails.
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from workbench.evaluate import load_gold_dir
from workbench.goldsets import GOLDSET_DIR, GoldsetError, evaluate_goldset, read_goldset, write_goldset
from workbench.realnews import DEFAULT_SHARED

CORPUS = DEFAULT_SHARED / "corpora" / "news-bench.tar.gz"
# (fully correct, F1) when each set was added or last read (round fourteen, 2026-12-01), less about two points
FLOORS = {
    "holdout27": (0.65, 0.97),
    "holdout28": (0.85, 0.97),
    "holdout29": (0.62, 0.95),
    "holdout30": (0.90, 0.96),
    "holdout31": (0.87, 0.97),
    "holdout32": (0.73, 0.97),
    "holdout33": (0.93, 0.95),
    "holdout34": (0.64, 0.95),
    "holdout35": (0.82, 0.94),
    "holdout36": (0.78, 0.97),
    "holdout37": (0.73, 0.93),
    "holdout38": (0.73, 0.97),
    "holdout39": (0.66, 0.95),
    "holdout40": (0.80, 0.93),
    "holdout41": (0.53, 0.79),
    "holdout42": (0.76, 0.95),
    "holdout43": (0.33, 0.97),
    "holdout44": (0.58, 0.86),
    "holdout45": (0.69, 0.95),
    "holdout46": (0.82, 0.93),
    "holdout47": (0.76, 0.96),
    "holdout48": (0.80, 0.94),
    "holdout49": (0.85, 0.96),
    "holdout50": (0.76, 0.97),
    "holdout51": (0.74, 0.97),
    "holdout52": (0.73, 0.92),
    "holdout53": (0.72, 0.97),
    "holdout54": (0.86, 0.95),
    "holdout55": (0.60, 0.93),
    "holdout56": (0.89, 0.94),
    "holdout57": (0.80, 0.97),
    "holdout58": (0.76, 0.97),
    "holdout59": (0.83, 0.97),
    "holdout60": (0.76, 0.72),
    "holdout61": (0.90, 0.97),
    "holdout62": (0.84, 0.93),
    "holdout63": (0.62, 0.94),
    "holdout64": (0.69, 0.93),
    "holdout65": (0.72, 0.97),
    "holdout66": (0.73, 0.87),
    "holdout67": (0.57, 0.98),
    "holdout68": (0.78, 0.96),
    "holdout69": (0.70, 0.95),
}


def test_every_kept_set_has_a_floor() -> None:
    assert sorted(p.stem for p in GOLDSET_DIR.glob("*.json")) == sorted(FLOORS)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "floors"), list(FLOORS.items()))
def test_goldset_floor(name: str, floors: tuple[float, float]) -> None:
    if not CORPUS.is_file():
        pytest.fail(f"{CORPUS} is missing: CI lays ../shared beside the repository")
    summary = evaluate_goldset(GOLDSET_DIR / f"{name}.json", CORPUS).summary()
    assert summary["fully_correct"] >= floors[0], summary
    assert summary["f1"] >= floors[1], summary


ARTICLE = "MINISTRY SAYS 12 HURT\n\nThe ministry said 12 people were hurt on May 3, and about 40 fled.\n"
MARKED = (
    "MINISTRY SAYS {{12|v=12;m=hurt;s=ministry}} HURT\n\nThe ministry said {{12|v=12;m=hurt;s=ministry}} "
    "people were hurt on May {{3|x}}, and {{about 40|v=40;q=approximate;m=fled;s=ministry}} fled.\n"
)


def _corpus(tmp_path: Path, text: str = ARTICLE) -> Path:
    path = tmp_path / "news.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        data = text.encode("utf-8")
        info = tarfile.TarInfo("news/reuters/r1.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def _marked(tmp_path: Path, marked: str = MARKED, name: str = "reuters_r1.md") -> Path:
    folder = tmp_path / "marked"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(marked, encoding="utf-8")
    return folder


def test_standoff_reads_back_as_the_markup(tmp_path: Path) -> None:
    folder, corpus = _marked(tmp_path), _corpus(tmp_path)
    assert write_goldset(folder, corpus, tmp_path / "set.json") == 1
    assert read_goldset(tmp_path / "set.json", corpus) == load_gold_dir(folder)
    assert ARTICLE not in (tmp_path / "set.json").read_text(encoding="utf-8")  # offsets, not text
    assert evaluate_goldset(tmp_path / "set.json", corpus).summary()["fully_correct"] == 1.0


@pytest.mark.parametrize(
    ("marked", "name", "error"),
    [
        (MARKED.replace("people were", "were"), "reuters_r1.md", "not news/reuters/r1.txt"),  # text edited
        (MARKED, "reuters_r2.md", "not news/reuters/r2.txt"),  # no such member
        (MARKED, "r1.md", "<corpus>_<name>.md"),
        (MARKED.replace("|x}}", "|v=abc}}"), "reuters_r1.md", "bad gold"),
    ],
)
def test_a_set_that_does_not_fit_its_corpus_is_refused(
    tmp_path: Path, marked: str, name: str, error: str
) -> None:
    with pytest.raises(GoldsetError, match=error):
        write_goldset(_marked(tmp_path, marked, name), _corpus(tmp_path), tmp_path / "set.json")
    assert not (tmp_path / "set.json").exists()


def test_a_changed_corpus_member_is_named(tmp_path: Path) -> None:
    folder = _marked(tmp_path)
    write_goldset(folder, _corpus(tmp_path), tmp_path / "set.json")
    changed = _corpus(tmp_path, ARTICLE.replace("about 40", "about 50"))
    with pytest.raises(GoldsetError, match=r"news/reuters/r1\.txt .* not the text"):
        read_goldset(tmp_path / "set.json", changed)


def test_nothing_is_overwritten(tmp_path: Path) -> None:
    (tmp_path / "set.json").write_text("kept", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_goldset(_marked(tmp_path), _corpus(tmp_path), tmp_path / "set.json")
    assert (tmp_path / "set.json").read_text(encoding="utf-8") == "kept"
