"""`make bench`: extraction speed on real news, against a floor and a peer measured in the same run.

The corpus is ``../shared/corpora/news-bench.tar.gz`` (BBC, 2,225 articles; Reuters-21578, one
article per file), unpacked to a temporary folder. For each of BBC and Reuters it prints:

- MB/s of ``workbench extract`` with 1 and 2 jobs, whole process (start-up and CSV included),
  and in-process (``claim_rows`` and ``extract_many``, CPU seconds);
- the floor: a stdlib regex that finds digit runs and number words and writes them to a CSV,
  whole process, and our ratio to it;
- peak memory (RSS) of the whole process.

Then quantulum3 on a slice of BBC (our ratio to it), time against size for one long document
(10 KB to 1 MB: linear growth keeps MB/s flat), and the reconcile and dashboard timings.
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

NEWS_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "news-bench.tar.gz"

# The floor: find digit runs and number words, write them to a CSV; nothing else.
FLOOR_SCRIPT = r"""
import csv, re, sys
from pathlib import Path
NUMBER = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["doc_id", "start", "end", "text"])
    for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        writer.writerows((path.stem, m.start(), m.end(), m.group()) for m in NUMBER.finditer(text))
"""
PEAK = "import resource,sys;print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"


def unpack(archive: Path, into: Path) -> dict[str, Path]:
    """The corpus folders (``bbc``, ``reuters``) of the news bench, unpacked into ``into``."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return {p.name: p for p in sorted((into / "news").iterdir()) if p.is_dir()}


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


def whole_process(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, the largest child) of a command, run as its own process."""
    started = time.perf_counter()
    code = f"import subprocess,sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); {PEAK}"
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    return elapsed, int(done.stderr.strip().splitlines()[-1]) / 1024


def workbench_command() -> list[str]:
    return [str(Path(sys.executable).with_name("workbench"))]


def in_process(folder: Path) -> tuple[float, float]:
    """CPU seconds of ``claim_rows`` over every article, and of ``extract_many`` (one DataFrame)."""
    from workbench.extract.pipeline import claim_rows, extract_many

    docs = [(p.stem, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.rglob("*.txt"))]
    started = time.process_time()
    for doc_id, text in docs:
        claim_rows(text, doc_id)
    rows_seconds = time.process_time() - started
    started = time.process_time()
    extract_many(docs)
    return rows_seconds, time.process_time() - started


def quantulum_rate(folder: Path, budget_bytes: int = 300 * 1024) -> float | None:
    """quantulum3's MB/s on a slice of the corpus (it is too slow for the whole)."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    texts, size = [], 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        size += len(text.encode())
        if size >= budget_bytes:
            break
    started = time.process_time()
    for text in texts:
        parser.parse(text)
    return size / 1e6 / (time.process_time() - started)


def workbench_slice_rate(folder: Path, budget_bytes: int = 300 * 1024) -> float:
    """Our in-process MB/s on the same slice quantulum3 reads."""
    from workbench.extract.pipeline import claim_rows

    texts, size = [], 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        size += len(text.encode())
        if size >= budget_bytes:
            break
    started = time.process_time()
    for text in texts:
        claim_rows(text)
    return size / 1e6 / (time.process_time() - started)


def long_document(
    folder: Path, sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
) -> list[tuple[int, float]]:
    """CPU seconds to extract one document of each size, made of the corpus's articles joined."""
    from workbench.extract.pipeline import claim_rows

    pieces = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    whole = "\n\n".join(pieces)
    out = []
    for size in sizes:
        text = whole[:size]
        started = time.process_time()
        claim_rows(text, "long")
        out.append((size, time.process_time() - started))
    return out


# Each whole-process timing is the best of this many runs, the floor's and ours interleaved, so
# that a busy machine slows both alike instead of whichever happened to run during the noise.
REPEATS = 3


def extraction_report(folders: dict[str, Path], tmp: Path) -> None:
    for name, folder in folders.items():
        mb = corpus_bytes(folder) / 1e6
        n = len(list(folder.rglob("*.txt")))
        runs: dict[str, list[tuple[float, float]]] = {"floor": [], "1": [], "2": []}
        for _ in range(REPEATS):
            floor_cmd = [sys.executable, "-c", FLOOR_SCRIPT, str(folder), str(tmp / "floor.csv")]
            runs["floor"].append(whole_process(floor_cmd))
            for jobs in (1, 2):
                out = tmp / f"{name}{jobs}.csv"
                cmd = [*workbench_command(), "extract", str(folder), "--out", str(out), "--jobs", str(jobs)]
                runs[str(jobs)].append(whole_process(cmd))
        floor = mb / min(runs["floor"])[0]
        print(
            f"{name}: {mb:.1f} MB in {n:,} articles; floor (stdlib regex scan to CSV) {floor:.2f} MB/s "
            f"(best of {REPEATS}, interleaved with ours)"
        )
        for jobs in (1, 2):
            seconds, peak = min(runs[str(jobs)])
            rate = mb / seconds
            print(
                f"  workbench extract --jobs {jobs}: {seconds:.1f} s, {rate:.2f} MB/s whole process, "
                f"{rate / floor:.2f} of the floor, peak RSS {peak:.0f} MB"
            )
        rows_s, frame_s = in_process(folder)
        print(
            f"  in-process, 1 core: claim_rows {mb / rows_s:.2f} MB/s, extract_many (one DataFrame) "
            f"{mb / frame_s:.2f} MB/s"
        )


def _letters(n: int) -> str:
    """A number as lower-case letters: 0 -> "a", 27 -> "bb" (for names of synthetic places)."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if n == 0:
            return out


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
            # a story's places are names: "Town" and its number in letters (digits make no name)
            "sentence": [f"Officials in Town{_letters(s)} and Valley{_letters(s)} said so." for s in story],
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


def reconcile_report() -> None:
    timings = reconcile_timings()
    for n, seconds in timings:
        print(f"reconcile: {n:,} claims in {seconds:.1f} s ({n / seconds:,.0f} claims/s)")
    (n1, s1), (n2, s2) = timings[0], timings[-1]
    print(f"reconcile scaling: {n2 // n1}x the claims took {s2 / s1:.1f}x the time")
    for name, seconds in dashboard_timings():
        print(f"dashboard with 50,000 claims: {name}: {seconds:.2f} s")


# --- the Dask path (issue 14) ---------------------------------------------------------------------
# One run of `extract_archive` on a LocalCluster, in a process of its own so that its peak memory is
# the client's alone (the workers are processes of their own): JSON on stdout. Nothing traces the
# client's allocations while it runs: the scheduler runs in it, and tracing slows it down enough
# to slow the workers that wait on it.
ARCHIVE_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
from workbench.archive import connect, extract_archive
if __name__ == "__main__":
    folder, out, workers = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    started = time.perf_counter()
    with connect(f"local:{workers}") as client:
        client.run(lambda: bool(__import__("workbench.extract.pipeline")))  # workers ready, extractor loaded
        ready = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_SELF)
        report = extract_archive([folder], out, client)
        seconds = time.perf_counter() - ready
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(json.dumps({"start": ready - started, "seconds": seconds, "claims": report.claims,
                      "docs": report.read, "parts": report.partitions, "rss_before": before.ru_maxrss * 1024,
                      "rss": after.ru_maxrss * 1024, "cpu": cpu, "timings": report.timings}))
"""


def archive_run(folder: Path, workers: int, out: Path) -> dict:
    """One Dask run on ``workers`` local worker processes: seconds to start and to extract (wall),
    claims, documents, partitions, the client's peak RSS before and after the run (bytes), the
    client's CPU seconds in the run and the run's phases (``ArchiveReport.timings``)."""
    import json

    done = subprocess.run(
        [sys.executable, "-c", ARCHIVE_SCRIPT, str(folder), str(out), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def parquet_reconcile_timings(tmp: Path, sizes: tuple[int, ...] = (100_000, 1_000_000)) -> list[tuple]:
    """(claims, seconds to read the Parquet file, seconds to reconcile) for generated claims."""
    import pyarrow as pa

    from workbench.parquet import claims_schema, read_claims, write_table
    from workbench.reconcile import reconcile

    out = []
    for n in sizes:
        path = tmp / f"claims{n}.parquet"
        write_table(pa.Table.from_pandas(generated_claims(n), claims_schema(), preserve_index=False), path)
        started = time.perf_counter()
        claims = read_claims(path)
        read = time.perf_counter() - started
        reconcile(claims)
        out.append((n, read, time.perf_counter() - started - read))
    return out


def archive_report(news: Path, tmp: Path) -> None:
    """The Dask path on all of news-bench: 1 worker against 2, the speed-up, the client's memory;
    then a million claims reconciled from Parquet."""
    mb = sum(corpus_bytes(p) for p in news.iterdir() if p.is_dir()) / 1e6
    runs = {n: archive_run(news, n, tmp / f"dask{n}.parquet") for n in (1, 2)}
    for n, r in runs.items():
        print(
            f"Dask, {n} local worker{'s' * (n > 1)}: {mb:.1f} MB, {r['docs']:,} documents in {r['parts']} "
            f"partitions, {r['claims']:,} claims in {r['seconds']:.1f} s ({mb / r['seconds']:.2f} MB/s; "
            f"cluster start {r['start']:.1f} s); client peak RSS {r['rss'] / 2**20:.0f} MB "
            f"({r['rss_before'] / 2**20:.0f} MB before the run), client CPU {r['cpu']:.1f} s, "
            f"listing {r['timings']['list']:.1f} s, after the last partition {r['timings']['settle']:.2f} s"
        )
    print(f"Dask speed-up, 2 workers against 1: {runs[1]['seconds'] / runs[2]['seconds']:.2f}x")
    for n, read, rec in parquet_reconcile_timings(tmp):
        print(f"reconcile from Parquet: {n:,} claims read in {read:.2f} s, reconciled in {rec:.1f} s")


def main() -> None:
    args = sys.argv[1:]
    if "--no-header" not in args:
        print(
            f"{datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}"
        )
    if not NEWS_BENCH.is_file():
        sys.exit(f"{NEWS_BENCH} not found: make bench reads ../shared beside the repository")
    if args[:1] == ["dask"]:  # python -m workbench.bench dask: the Dask part alone
        with tempfile.TemporaryDirectory() as tmp:
            unpack(NEWS_BENCH, Path(tmp))
            archive_report(Path(tmp) / "news", Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folders = unpack(NEWS_BENCH, Path(tmp))
        extraction_report(folders, Path(tmp))
        bbc = folders["bbc"]
        theirs = quantulum_rate(bbc)
        if theirs is None:
            print("quantulum3: not installed (pip install quantulum3): no ratio")
        else:
            ours = workbench_slice_rate(bbc)
            print(
                f"quantulum3 on a 0.3 MB slice of BBC: {theirs:.4f} MB/s; workbench {ours:.2f} MB/s "
                f"in-process on the same slice, {ours / theirs:.0f}x"
            )
        timings = long_document(bbc)
        base = timings[0][0] / timings[0][1]
        for size, seconds in timings:
            rate = size / seconds
            print(
                f"one document of {size / 1000:,.0f} KB: {seconds:.2f} s, {rate / 1e6:.2f} MB/s "
                f"({rate / base:.2f} of the 10 KB rate)"
            )
    reconcile_report()
    # The Dask part runs in a fresh process, as `workbench extract --dask` does: by now this one
    # holds a million reconciled claims (1.3 GB), and that heap slowed the scheduler it hosts
    # (1.65x in process against 1.9-2.1x fresh, side by side on a quiet machine).
    sys.stdout.flush()
    subprocess.run([sys.executable, "-m", "workbench.bench", "dask", "--no-header"], check=True)


if __name__ == "__main__":
    main()
