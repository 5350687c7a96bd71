"""`make bench`: extractor throughput (MB/s), peak memory, and the ratio against quantulum3.

The corpus is generated: our dev-set articles with fresh names and figures, mixed with
figure-free paragraphs so the density of numbers is that of ordinary news text.
"""

from __future__ import annotations

import random
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


def generate_corpus(folder: Path, articles: int = 10_000, target: int = TARGET_BYTES, seed: int = 7) -> int:
    """Write at least ``articles`` articles and ``target`` bytes into ``folder``; return the bytes."""
    rng = random.Random(seed)
    bodies = [text for text, _ in load_gold_dir(DEV).values()]
    per_article = max(target // articles, 600)
    written = n = 0
    while n < articles or written < target:
        body = rng.choice(bodies).replace("000", f"{rng.randint(0, 999):03d}")
        filler = []
        while len(body) + sum(map(len, filler)) < per_article:
            filler.append(" ".join(rng.sample(PROSE, 3)))
        half = len(filler) // 2
        text = "\n\n".join([*filler[:half], body, *filler[half:]])
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode())
        n += 1
    return written


def run_extract(folder: Path, out: Path, jobs: int = 1) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `workbench extract --jobs N` over ``folder``, in its own process."""
    started = time.perf_counter()
    code = (
        "import resource, sys; from workbench.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", str(folder), "--out", str(out), "--jobs", str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    own, children = (int(x) for x in done.stderr.strip().splitlines()[-1].split())
    return elapsed, max(own, children) / 1024


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


def dashboard_timings(n: int = 50_000) -> list[tuple[str, float]]:
    """Seconds to build each dashboard page's data with ``n`` claims loaded."""
    from workbench.charts import group_figure, timeline_figure
    from workbench.export import claim_reviews, csv_bytes, reconciled_table
    from workbench.reconcile import reconcile
    from workbench.views import ClaimFilter, documents_overview, filter_claims, group_detail, review_queue

    claims = generated_claims(n)
    claims["published"] = "2025-0" + (claims.index % 9 + 1).astype(str) + "-01"
    docs = claims.groupby("doc_id", as_index=False).first()[["doc_id", "title", "publication", "published"]]
    docs["url"] = ""
    timings = []

    def timed(name, fn):
        started = time.perf_counter()
        value = fn()
        timings.append((name, time.perf_counter() - started))
        return value

    rec = timed("reconcile (all pages)", lambda: reconcile(claims))
    table = timed("reconciled table", lambda: reconciled_table(rec.claims))
    timed("Documents page", lambda: documents_overview(docs, table))
    timed(
        "Claims page (filtered)",
        lambda: filter_claims(table, ClaimFilter(metrics=["killed"], statuses=["conflict"])),
    )
    queue = timed("Reconcile page (queue)", lambda: review_queue(rec.groups))
    gid = queue["group_id"].iat[0]
    members = timed("Reconcile page (one group)", lambda: group_detail(table, gid))
    timed("Charts page", lambda: (group_figure(table[table["group_id"] == gid]), timeline_figure(members)))
    timed("Export page", lambda: (csv_bytes(table), claim_reviews(table, rec.groups)))
    return timings


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        size = generate_corpus(folder)
        mb = size / 2**20
        print(f"corpus: {mb:.1f} MB in {len(list(folder.iterdir()))} articles")
        rates, peaks = {}, {}
        for jobs in (1, 2):
            elapsed, peak = run_extract(folder, Path(tmp) / f"claims{jobs}.csv", jobs)
            rates[jobs], peaks[jobs] = mb / elapsed, peak
            print(
                f"workbench extract --jobs {jobs}: {elapsed:.1f} s, {rates[jobs]:.2f} MB/s, "
                f"peak memory {peak:.0f} MB"
            )
        quarter = Path(tmp) / "quarter"
        quarter.mkdir()
        for f in sorted(folder.iterdir())[: len(list(folder.iterdir())) // 4]:
            (quarter / f.name).symlink_to(f)
        _, small_peak = run_extract(quarter, Path(tmp) / "claims_q.csv", 1)
        print(
            f"memory stays flat: peak {small_peak:.0f} MB for a quarter of the corpus, "
            f"{peaks[1]:.0f} MB for all of it (1 job each)"
        )
        theirs = quantulum_rate(folder)
        if theirs is None:
            print("quantulum3: not installed (pip install quantulum3) - no ratio")
        else:
            print(
                f"quantulum3: {theirs:.3f} MB/s on a 0.5 MB slice of the same corpus; "
                f"workbench (1 job) is {rates[1] / theirs:.1f}x faster"
            )
    timings = reconcile_timings()
    for n, seconds in timings:
        print(f"reconcile: {n:,} claims in {seconds:.1f} s ({n / seconds:,.0f} claims/s)")
    (n1, s1), (n2, s2) = timings[0], timings[-1]
    print(f"reconcile scaling: {n2 // n1}x the claims took {s2 / s1:.1f}x the time")
    for name, seconds in dashboard_timings():
        print(f"dashboard with 50,000 claims: {name}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
