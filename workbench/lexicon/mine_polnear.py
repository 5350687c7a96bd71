"""Mine attribution cues and source heads from PolNeAR's annotations (rules learned from real text).

PolNeAR (Newell, Margolin and Ruths, LREC 2018) marks, in 840 training articles, who said what:
each attribution has a source span and a content span. Its cue spans are not in the shared copy,
so the cue is read where it stands: in the gap between source and content ("X *said* that C",
"C, *said* X", "C, *according to* X"), or right after the source when the content comes first
("C, X *said*"). Each cue form is counted, with two measures of how reliable it is:
- ``share``: count / its occurrences where a cue could stand (outside quotations, not after "to",
  a form of "be" or an article: "expected to", "an estimate");
- ``slot_share``: where it stands right after a name or a pronoun (past "has", "also"...), outside
  quotations, the share of times annotators marked that name as a source. It tells a verb that
  reports ("said" 0.91, "continued" 0.82, "claims" 0.33) from one that does not ("won" 0.01).

Source heads are the nouns that name a speaker by role or body ("the county *coroner*", "a
longtime *adviser* to Trump", "the *insurer*"): the last lower-case word of each source span
before a preposition or a relative pronoun, counted; ``before_name`` counts how often it stands as
a title right before a capitalised name ("campaign *manager* Jon Kohan").

Continuing cues are the -ing verbs after a comma that hand the sentence's speaker on to what follows
("X defended the plan, *saying* it would ..."): each ", <word>ing" outside quotations is counted,
with how often the word after it lies inside an annotated content span ("saying" 127 of 139).

Usage: ``python -m workbench.lexicon.mine_polnear ../shared/corpora/polnear-train``
rewrites ``workbench/lexicon/cues.csv``, ``source_heads.csv`` and ``continuing_cues.csv``.
A test rebuilds them from the corpus and checks that the committed copies match.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from pathlib import Path

import regex

from workbench.extract.structure import RE_QUOTE

LEXICON = Path(__file__).resolve().parent
CUES_CSV = LEXICON / "cues.csv"
HEADS_CSV = LEXICON / "source_heads.csv"
CONTINUING_CSV = LEXICON / "continuing_cues.csv"
MIN_CONTINUING_COUNT = 5
RE_CONTINUING = regex.compile(
    r"""
    ,\ (?P<cue>[a-z]+ing)\b     # ", saying", ", adding"
    \ (?=\S)                     # and the word it hands on to
    """,
    regex.VERBOSE,
)
MIN_CUE_COUNT = 2  # a cue seen once may be an annotation slip
MIN_HEAD_COUNT = 2
MAX_GAP = 60  # characters between source and content for the gap to hold the cue
RE_WORD_AT = regex.compile(r"[A-Za-z][A-Za-z’'.-]*[A-Za-z]|[A-Za-z]")
# After these a verb form is an infinitive, a passive or a noun, not a cue: "expected to", "an estimate".
NOT_BEFORE_CUE = frozenset("to be is are was were been being an a the".split())
SPEAKER_PRONOUNS = frozenset("he she they it we i you who".split())
NOT_SPEAKERS = frozenset("The A An In On At But And Or If When While As This That It".split())

RE_WORD = regex.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words that stand between a source and its cue without being the cue ("has also said").
SKIP = frozenset(
    """has have had also later then now again earlier previously repeatedly recently publicly
    quickly not n't never would will could may might can did does do is was were are be been
    being just already once often even still further first last separately privately reportedly
    who which that and but yet in a statement on twitter""".split()
)
PARTICLES = frozenset("to out for up at on of about".split())
# Function words are never cues or heads.
FUNCTION = frozenset(
    """the a an of to in on at for from by with and or but as that this these those it its he she
    they we i you his her their our my your him them us me who whom which what when where there
    here is was are were be been being has have had do does did not no so than then if s""".split()
)
RELATIVE_OR_PREP = frozenset("to of for at from in with on who which that whose by".split())
# Words that end a source span without naming a speaker: numerals, times, adjectives, adverbs,
# prepositions and verbs the spans run into ("four *new* members", "a year *ago*", "who *ran*",
# "those *under* 30": "under" 5 and "about" 8 had been mined as heads, and "Under proposed rules"
# read as a source; "charge", of "in charge", 2, then named "The charge will be made" a body).
NOT_HEADS = frozenset(
    """one two three four five six seven eight nine ten first latest same such new known present
    available alike shy vulnerable white ago also today year years quarter over among alongside
    inside itself nobody nor something let met ran run runs taken shot supporting visiting
    reporting spoken clamoring left about under above below against across within without behind
    beyond between during despite charge""".split()
)


def _words(text: str) -> list[str]:
    return RE_WORD.findall(text)


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower()


def _cue_word(word: str) -> bool:
    """A lower-case content word that is not an adverb or a clipped contraction ("re", "ll")."""
    return word.islower() and word.isalpha() and len(word) > 2 and word not in FUNCTION and not _adverb(word)


def _cue_after(words: list[str]) -> list[str]:
    """The cue at the head of ``words`` past auxiliaries: ["said"], or ["according to", "according"]."""
    i = 0
    while i < len(words) and (words[i].lower() in SKIP or _adverb(words[i])):
        i += 1
    if i == len(words) or not _cue_word(words[i]):
        return []
    found = [words[i]]
    if i + 1 < len(words) and words[i + 1] in PARTICLES:
        found.append(f"{words[i]} {words[i + 1]}")
    return found


def _cue_before(words: list[str]) -> list[str]:
    """The cue at the end of a gap that precedes its source: "..., *said* X", "..., *according to* X"."""
    if not words:
        return []
    if len(words) >= 2 and words[-1] in PARTICLES and _cue_word(words[-2]):
        return [f"{words[-2]} {words[-1]}"]
    last = words[-1]
    return [last] if _cue_word(last) and last not in SKIP else []


def cues_of(text: str, relation: dict) -> list[str]:
    """The cue forms one annotated attribution shows in ``text``."""
    if not relation["source"] or not relation["content"]:
        return []
    ss = min(s for s, _ in relation["source"])
    se = max(e for _, e in relation["source"])
    cs = min(s for s, _ in relation["content"])
    ce = max(e for _, e in relation["content"])
    if se <= cs and cs - se <= MAX_GAP:  # X said (that) C / According to X, C
        gap = _words(text[se:cs])
        if gap:
            return _cue_after(gap)
        return _cue_before([w.lower() for w in _words(text[max(0, ss - 30) : ss])])  # "According to X, C"
    if ce <= ss and ss - ce <= MAX_GAP:  # C, said X / C, X said / C, according to X
        gap = _words(text[ce:ss])
        return _cue_before(gap) if gap else _cue_after(_words(text[se : se + 60]))
    return []


def head_of(source: str) -> tuple[str, bool] | None:
    """(head noun, stands before a capitalised name) of a source span, or None for names and pronouns."""
    words = _words(source.replace("’s", "").replace("'s", ""))
    head, before_name = "", False
    for i, w in enumerate(words):
        if w.lower() in RELATIVE_OR_PREP and head:
            break
        if _cue_word(w) and not w.endswith("ed") and w.lower() not in NOT_HEADS:  # "a poll released Sunday"
            head = w
            before_name = i + 1 < len(words) and words[i + 1][:1].isupper()
    return (head, before_name) if head else None


def _slot_counts(text: str, relations: list[dict]) -> tuple[Counter[str], Counter[str]]:
    """(times each word stands right after a name or pronoun outside quotations, times annotators
    marked that name as the source of what follows the word) for one article."""
    masked = RE_QUOTE.sub(lambda m: " " * len(m.group()), text)
    source_ends = {max(e for _, e in r["source"]) for r in relations if r["source"] and r["content"]}
    tokens = list(RE_WORD_AT.finditer(masked))
    slot: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for i, m in enumerate(tokens):
        w = m.group()
        if not _cue_word(w):
            continue
        p = i - 1
        while p >= 0 and (tokens[p].group().lower() in SKIP or _adverb(tokens[p].group())):
            p -= 1
        if p < 0 or masked[tokens[p].end() : m.start()].strip(" ,"):
            continue  # punctuation other than a comma, or a line break, stands between
        prev = tokens[p].group()
        if not (prev.lower() in SPEAKER_PRONOUNS or (prev[:1].isupper() and prev not in NOT_SPEAKERS)):
            continue
        slot[w] += 1
        if tokens[p].end() in source_ends:
            cue[w] += 1
    return slot, cue


def mine(corpus: Path) -> tuple[list[tuple], list[tuple]]:
    """(cue rows, head rows) mined from a PolNeAR split folder (``gold.json`` and ``<article>.txt``)."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    cue_counts: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    slots: Counter[str] = Counter()
    slot_cues: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    for article in sorted(gold):
        text = (corpus / f"{article}.txt").read_text(encoding="utf-8")
        words = _words(RE_QUOTE.sub(lambda m: " " * len(m.group()), text))
        pairs = list(zip(["", *words], words, strict=False))
        occurrences.update(w for before, w in pairs if before.lower() not in NOT_BEFORE_CUE)
        occurrences.update(
            f"{a} {b}"
            for (before, a), b in zip(pairs, words[1:], strict=False)
            if b in PARTICLES and before.lower() not in NOT_BEFORE_CUE
        )
        slot, cue = _slot_counts(text, gold[article])
        slots.update(slot)
        slot_cues.update(cue)
        for relation in gold[article]:
            cue_counts.update(set(cues_of(text, relation)))
            head = head_of(relation.get("source_text", ""))
            if head:
                heads[head[0].lower()] += 1
                titles[head[0].lower()] += head[1]
    cue_rows = []
    for cue, n in cue_counts.items():
        if n < MIN_CUE_COUNT:
            continue
        verb = cue.split()[0]
        seen = max(occurrences[cue], n)
        share = round(n / seen, 3)
        slot_share = round(slot_cues[verb] / slots[verb], 3) if slots[verb] else 0.0
        cue_rows.append((cue, n, seen, share, slots[verb], slot_share))
    cue_rows.sort(key=lambda r: (-r[1], r[0]))
    head_rows = sorted(
        ((h, n, titles[h]) for h, n in heads.items() if n >= MIN_HEAD_COUNT), key=lambda r: (-r[1], r[0])
    )
    return cue_rows, head_rows


def mine_continuing(corpus: Path) -> list[tuple]:
    """Rows (cue, after_comma, in_content, share) for every ", <word>ing" seen at least
    MIN_CONTINUING_COUNT times outside quotations: how often the word after it was annotated as
    reported content."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    seen: Counter[str] = Counter()
    reported: Counter[str] = Counter()
    for article in sorted(gold):
        text = (corpus / f"{article}.txt").read_text(encoding="utf-8")
        masked = RE_QUOTE.sub(lambda m: " " * len(m.group()), text)
        spans = [span for relation in gold[article] for span in relation["content"]]
        for m in RE_CONTINUING.finditer(masked):
            seen[m["cue"]] += 1
            reported[m["cue"]] += any(lo <= m.end() < hi for lo, hi in spans)
    rows = [
        (cue, n, reported[cue], round(reported[cue] / n, 3))
        for cue, n in seen.items()
        if n >= MIN_CONTINUING_COUNT
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def as_csv(header: tuple[str, ...], rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


CUE_HEADER = ("cue", "count", "occurrences", "share", "slot", "slot_share")
HEAD_HEADER = ("head", "count", "before_name")
CONTINUING_HEADER = ("cue", "after_comma", "in_content", "share")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0] if args else "../shared/corpora/polnear-train")
    cue_rows, head_rows = mine(corpus)
    CUES_CSV.write_text(as_csv(CUE_HEADER, cue_rows), encoding="utf-8")
    HEADS_CSV.write_text(as_csv(HEAD_HEADER, head_rows), encoding="utf-8")
    CONTINUING_CSV.write_text(as_csv(CONTINUING_HEADER, mine_continuing(corpus)), encoding="utf-8")
    print(f"{len(cue_rows)} cues -> {CUES_CSV}; {len(head_rows)} source heads -> {HEADS_CSV}")


if __name__ == "__main__":
    main()
