"""`make bench`: extractor throughput (MB/s), peak memory, and the ratio against quantulum3.

The corpus is generated: our dev-set articles with fresh names and figures, mixed with
figure-free paragraphs so the density of numbers is that of ordinary news text.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.evaluate import load_gold_dir

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
PROSE = [
    "The talks resumed after a short break, and both delegations described the mood as constructive.",
    "Residents gathered outside the town hall to hear the announcement, many of them carrying umbrellas.",
    "Officials declined to comment on the timing, saying more details would follow in due course.",
    "The opposition called for an independent inquiry and accused the government of moving too slowly.",
    "Analysts cautioned that early estimates are often revised as more information becomes available.",
    "The decision drew criticism from campaigners, who said the consultation had been rushed.",
]
TARGET_BYTES = 12 * 2**20


def generate_corpus(folder: Path, target: int = TARGET_BYTES, seed: int = 7) -> int:
    """Write articles into ``folder`` until ``target`` bytes; return the bytes written."""
    rng = random.Random(seed)
    articles = [text for text, _ in load_gold_dir(DEV).values()]
    written = n = 0
    while written < target:
        body = rng.choice(articles).replace("000", f"{rng.randint(0, 999):03d}")
        filler = "\n\n".join(" ".join(rng.sample(PROSE, 4)) for _ in range(rng.randint(3, 8)))
        text = f"{filler}\n\n{body}\n\n{filler}"
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode())
        n += 1
    return written


def run_extract(folder: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `workbench extract` over ``folder``, in its own process."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "workbench.cli", "extract", str(folder), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb


def quantulum_rate(folder: Path, budget_bytes: int = 512 * 1024) -> float | None:
    """quantulum3's MB/s on a slice of the same corpus (it is too slow for the whole)."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    texts, size = [], 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        size += len(text.encode())
        if size >= budget_bytes:
            break
    started = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return size / 2**20 / (time.perf_counter() - started)


def generated_claims(n: int, seed: int = 11):
    """``n`` synthetic claims: 10 per article, stories of 20 articles, a few metrics and sources."""
    import numpy as np
    import pandas as pd

    from workbench.schema import as_claims

    rng = np.random.default_rng(seed)
    docs = np.arange(n) // 10
    story = docs // 20
    metrics = np.array(["killed", "wounded", "casualties", "displaced", "cost", "unemployment"])
    metric = metrics[rng.integers(0, len(metrics), n)]
    unit = np.where(metric == "cost", "USD", np.where(metric == "unemployment", "percent", ""))
    value = np.round(rng.lognormal(8, 2, n))
    first = np.array(["Ana", "Bo", "Cy", "Di", "Ed"])[rng.integers(0, 5, n)]
    names = [f"{f} Source{s % 7}" for f, s in zip(first, story, strict=True)]
    frame = pd.DataFrame(
        {
            "claim_id": [f"c{i}" for i in range(n)],
            "doc_id": [f"d{d}" for d in docs],
            "start": np.arange(n) % 1000,
            "end": np.arange(n) % 1000 + 5,
            "number_text": value.astype(str),
            "value": value,
            "low": value,
            "high": value,
            "qualifier": np.array(["exact", "approximate", "lower_bound"])[rng.integers(0, 3, n)],
            "unit": unit,
            "metric": metric,
            "subject": "",
            "source": names,
            "channel": "",
            "quote": False,
            "sentence": [f"Officials in Town{s} and Valley{s} said so." for s in story],
        }
    )
    return as_claims(frame)


def reconcile_timings(sizes: tuple[int, ...] = (100_000, 1_000_000)) -> list[tuple[int, float]]:
    from workbench.reconcile import reconcile

    out = []
    for n in sizes:
        claims = generated_claims(n)
        started = time.perf_counter()
        reconcile(claims)
        out.append((n, time.perf_counter() - started))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = generate_corpus(folder)
        mb = size / 2**20
        elapsed, peak = run_extract(folder, Path(tmp) / "claims.csv")
        ours = mb / elapsed
        print(f"corpus: {mb:.1f} MB in {len(list(folder.iterdir()))} articles")
        print(f"workbench extract: {elapsed:.1f} s, {ours:.2f} MB/s, peak memory {peak:.0f} MB (1 job)")
        theirs = quantulum_rate(folder)
        if theirs is None:
            print("quantulum3: not installed (pip install quantulum3) - no ratio")
        else:
            print(
                f"quantulum3: {theirs:.3f} MB/s on a 0.5 MB slice; workbench is {ours / theirs:.1f}x faster"
            )


if __name__ == "__main__":
    main()
