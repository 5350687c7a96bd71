"""Count, in real news, the words the metric reader's lexicon is built from.

Reads the BBC and Reuters articles of ``news-bench.tar.gz`` straight from the archive (nothing is
unpacked) and counts words in fixed frames around figures:

- ``before_percent``: the word (and particle) right before "[by|to|from] N%", "rose 5 pct";
- ``before_figure``: the word (and particle) right before "[at|to|of|past|above] N", any figure;
- ``verb_object_to``: the verb in "VERB the NOUN [NOUN] to|at|by N", "put the toll at 44";
- ``after_percent``: the noun in "a N% NOUN", "a 5 pct rise";
- ``after_figure``: the noun in "the N NOUN", "passed the 300,000 mark";
- ``after_pronoun`` and ``after_determiner``: a word after he/she/it/they/we, and after the/a/an.

``workbench/lexicon/metric_words.csv`` holds the words we classified by hand (a role each) with
the count of their frame (source ``news-bench`` when the archive has them there, ``hand`` when
not); ``verb_forms.csv`` holds the words seen more often after a subject pronoun than after a
determiner (verbs: the end of a noun phrase). Rebuild both counts with

    .venv/bin/python -m workbench.lexicon.mine_news_bench ../shared/corpora/news-bench.tar.gz --update

and list frequent words of a frame that are not classified yet with ``--candidates FRAME``.
"""

from __future__ import annotations

import argparse
import csv
import re
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

LEXICON = Path(__file__).resolve().parent
WORDS_CSV = LEXICON / "metric_words.csv"
VERBS_CSV = LEXICON / "verb_forms.csv"

NUM = r"(?:\d[\d,]*(?:\.\d+)?)"
PCT = r"(?:\ ?%|\ (?:pct|percent|per\ ?cent))"
PARTICLE = r"(?:\ (?P<particle>up|down|in|back|off|out))?"
RE_BEFORE_PERCENT = re.compile(
    rf"""\b(?P<word>[a-z]+){PARTICLE}            # rose, were up, ticked up
    (?:\ [a-z]+ly)?                              # sharply
    (?:\ (?:by|to|from))?\ {NUM}{PCT}            # by 5 pct
""",
    re.VERBOSE,
)
RE_BEFORE_FIGURE = re.compile(
    rf"""\b(?P<word>[a-z]+){PARTICLE}            # totalled, came in
    (?:\ (?:at|to|of|past|above))?\ {NUM}\b      # at 4.9 mln
""",
    re.VERBOSE,
)
RE_VERB_OBJECT_TO = re.compile(
    rf"""\b(?P<word>[a-z]+)\ (?:the|its|their|a)   # put the
    \ [a-z]+(?:\ [a-z]+)?\ (?:to|at|by)\ {NUM}     # toll at 44
""",
    re.VERBOSE,
)
RE_AFTER_PERCENT = re.compile(rf"\b(?:a|an)\ {NUM}{PCT}\ (?P<word>[a-z]+)", re.VERBOSE)
RE_AFTER_FIGURE = re.compile(rf"\bthe\ {NUM}(?:\ (?:mln|million|billion|bln))?\ (?P<word>[a-z]+)", re.VERBOSE)
RE_AFTER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)\ (?P<word>[a-z]+)\b")
RE_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?)\ (?P<word>[a-z]+)\b")
FRAMES = {
    "before_percent": RE_BEFORE_PERCENT,
    "before_figure": RE_BEFORE_FIGURE,
    "verb_object_to": RE_VERB_OBJECT_TO,
    "after_percent": RE_AFTER_PERCENT,
    "after_figure": RE_AFTER_FIGURE,
    "after_pronoun": RE_AFTER_PRONOUN,
    "after_determiner": RE_AFTER_DETERMINER,
}
# Closed-class words that follow pronouns but end no noun phrase by being verbs.
NOT_VERBS = frozenset(
    """to and in as all a an on for with from at by up out of or into through down then now also
    still just already really certainly always never not both because that this before when but
    once too again simply probably strongly successfully actually initially originally currently
    themselves like unlikely easier harder only even so his her their its our my your him them us me
    there here what which who whom whose where when how why it he she they we i you until unless
    although though whether while since after before during without within upon about across along
    among around behind below beneath beside besides between beyond despite except inside near off
    onto outside over past per than toward towards under underneath unlike versus via if because so
    almost nearly against versus vs""".split()
)


def articles(archive: Path) -> Iterator[str]:
    """Every article's text, read from the archive without unpacking it."""
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield handle.read().decode("utf-8", errors="replace")


def count(archive: Path) -> dict[str, Counter]:
    """Word counts per frame over the whole archive."""
    counts = {frame: Counter() for frame in FRAMES}
    for text in articles(archive):
        for frame, pattern in FRAMES.items():
            for m in pattern.finditer(text):
                word = m["word"].lower()
                particle = m.groupdict().get("particle")
                counts[frame][f"{word} {particle}" if particle else word] += 1
    return counts


def update(counts: dict[str, Counter]) -> None:
    """Rewrite the count column of the classified words, and the verb forms, from fresh counts."""
    with WORDS_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        n = counts[row["frame"]][row["word"]]
        row["count"] = str(n)
        row["source"] = "news-bench" if n else "hand"  # an inflection or a word the archive lacks
    with WORDS_CSV.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["word", "role", "frame", "count", "source"])
        writer.writeheader()
        writer.writerows(rows)
    pronoun, determiner = counts["after_pronoun"], counts["after_determiner"]
    verbs = sorted(
        (w for w, n in pronoun.items() if n >= 3 and n > determiner[w] and w not in NOT_VERBS),
        key=lambda w: (-pronoun[w], w),
    )
    with VERBS_CSV.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["word", "after_pronoun", "after_determiner"])
        writer.writerows([w, pronoun[w], determiner[w]] for w in verbs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="news-bench.tar.gz")
    parser.add_argument("--update", action="store_true", help="rewrite the counts in the CSV files")
    parser.add_argument("--candidates", choices=sorted(FRAMES), help="frequent unclassified words")
    parser.add_argument("--top", type=int, default=80)
    args = parser.parse_args()
    counts = count(args.archive)
    if args.update:
        update(counts)
    if args.candidates:
        with WORDS_CSV.open(encoding="utf-8", newline="") as f:
            known = {row["word"] for row in csv.DictReader(f)}
        top = [(w, n) for w, n in counts[args.candidates].most_common() if w not in known]
        for word, n in top[: args.top]:
            print(f"{n:6d}  {word}")


if __name__ == "__main__":
    main()
