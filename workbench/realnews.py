"""Scores on real news written and annotated by others: ``make eval-real``.

Two corpora sit in ``../shared/corpora`` beside the repository (never copied into it):

- ``polnear-train/``: 840 US political news articles whose attributions were marked by trained
  annotators (PolNeAR, Newell, Margolin and Ruths, LREC 2018). The figures we extract are scored
  by the corpus's own scorer, ``../shared/eval/polnear.py``: a figure inside an annotated
  statement must carry its source, a figure outside every statement must have none.
- ``realnews-dev/``: real wire and newspaper reports with full gold markup (value, qualifier,
  unit, metric, source), scored by :mod:`workbench.evaluate`.
- ``news-bench.tar.gz``: BBC and Reuters articles marked by annotators who never saw the
  extractor, kept in ``data/goldsets`` as offsets into the archive (:mod:`workbench.goldsets`).

Usage: ``python -m workbench.realnews [SHARED_DIR] [-v]``; SHARED_DIR defaults to ``../shared``.
Prints one JSON line per corpus.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from workbench.evaluate import evaluate_dir
from workbench.extract.pipeline import claim_rows
from workbench.goldsets import CORPUS_NAME, evaluate_goldset, goldset_paths

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_SCORED_COLUMNS = ("doc_id", "start", "end", "number_text", "source")


def polnear_claims(corpus: Path, out_csv: Path) -> int:
    """Extract every article of a PolNeAR split into a claims CSV (the scorer's columns); rows written."""
    n = 0
    with out_csv.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_SCORED_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for path in sorted(corpus.glob("*.txt")):
            rows = claim_rows(path.read_text(encoding="utf-8"), doc_id=path.stem)
            writer.writerows(rows)
            n += len(rows)
    return n


def polnear_scores(shared: Path = DEFAULT_SHARED, verbose: bool = False) -> dict:
    """The PolNeAR train split scored by its own scorer: n, in_content, attributed_recall,
    own_voice_precision, name_acc, source_acc. With ``verbose`` the misses are printed first.

    Raises FileNotFoundError when the corpus or the scorer is missing.
    """
    corpus = shared / "corpora" / "polnear-train"
    scorer = shared / "eval" / "polnear.py"
    if not (corpus / "gold.json").is_file() or not scorer.is_file():
        raise FileNotFoundError(f"PolNeAR corpus or scorer not found under {shared}")
    with tempfile.TemporaryDirectory() as tmp:
        claims = Path(tmp) / "claims.csv"
        polnear_claims(corpus, claims)
        args = [sys.executable, str(scorer), "score", str(corpus / "gold.json"), str(claims)]
        done = subprocess.run([*args, "-v"] if verbose else args, capture_output=True, text=True, check=True)
    lines = done.stdout.strip().splitlines()
    if verbose:
        print("\n".join(lines[:-1]))
    return json.loads(lines[-1])


def realnews_dev_scores(shared: Path = DEFAULT_SHARED, verbose: bool = False) -> dict:
    """The realnews-dev gold articles scored field by field (see :mod:`workbench.evaluate`)."""
    directory = shared / "corpora" / "realnews-dev"
    if not directory.is_dir():
        raise FileNotFoundError(f"realnews-dev not found under {shared}")
    result = evaluate_dir(directory)
    if verbose:
        print("\n".join(result.misses))
    return result.summary()


def goldset_scores(shared: Path = DEFAULT_SHARED, verbose: bool = False) -> dict[str, dict]:
    """The news-bench gold sets kept in ``data/goldsets`` (standoff, see :mod:`workbench.goldsets`),
    each scored field by field: set name -> summary. Raises FileNotFoundError when the corpus is
    missing, GoldsetError when a set does not fit it."""
    corpus = shared / "corpora" / CORPUS_NAME
    if not corpus.is_file():
        raise FileNotFoundError(f"{CORPUS_NAME} not found under {shared}/corpora")
    out = {}
    for path in goldset_paths():
        result = evaluate_goldset(path, corpus)
        if verbose:
            print("\n".join(result.misses))
        out[path.stem] = result.summary()
    return out


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    shared = Path(paths[0]) if paths else DEFAULT_SHARED
    print("polnear-train", json.dumps(polnear_scores(shared, verbose)))
    print("realnews-dev ", json.dumps(realnews_dev_scores(shared, verbose)))
    for name, summary in goldset_scores(shared, verbose).items():
        print(f"news-bench {name}", json.dumps(summary))


if __name__ == "__main__":
    main()
