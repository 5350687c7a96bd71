"""The gold markup and its scores: our own implementation of the contract's format.

Gold articles are Markdown where each figure is marked ``{{TEXT|attrs}}``:
``v``/``lo``/``hi`` values, ``q`` qualifier, ``u`` unit, ``m`` metrics and ``s``
sources (alternatives split by ``/``); ``x`` marks a non-claim, ``o`` an optional one.

>>> text, items = parse_markup("Police said {{14|v=14;m=killed;s=police}} died in {{2020|x}}.")
>>> text, [(i.text, i.kind) for i in items]
('Police said 14 died in 2020.', [('14', 'claim'), ('2020', 'not_claim')])

Markup that cannot be gold (a value that is not a number, a qualifier that is not one, an unknown
field, a ``{{`` never closed on its line) is bad gold: named with its file and line, and left
out of the scores both ways (like an optional figure), so an annotator's slip is never charged
to the extractor.

>>> [(b.line, b.reason) for b in parse_gold("Some {{40|v=abc}} died. And {{12 more")[2]]
[(1, "v='abc' is not a number"), (1, '{{ is not closed on its line by |fields}}')]
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import regex

from workbench.documents import DEFAULT_MAX_BYTES, ReadError, decode
from workbench.files import printable, read_bounded
from workbench.schema import QUALIFIERS

RE_MARK = regex.compile(
    r"""
    \{\{                      # a mark opens
    (?:
      (?P<text>[^\n{}|]+)      # the figure as the article prints it, on one line
      \|                       # then its fields
      (?P<attrs>[^\n{}]*)      # up to the closing braces, on the same line
      \}\}
    )?                        # absent: a mark never closed (bad gold, named)
""",
    regex.VERBOSE,
)
RE_LINE_REST = regex.compile(r"[^\n]*")  # an unclosed mark's line, left out of the scores
GOLD_FIELDS = ("v", "lo", "hi", "q", "u", "m", "s")  # NOTE: keep in sync with CONTRACT, "Gold markup"
NUMERIC_FIELDS = ("v", "lo", "hi")
UNIT_SYNONYMS = {
    "percent": {"percent", "%", "per cent", "pct", "percentage"},
    "usd": {"usd", "$", "dollar", "dollars", "us$"},
    "gbp": {"gbp", "£", "pound", "pounds"},
    "eur": {"eur", "€", "euro", "euros"},
    "jpy": {"jpy", "¥", "yen"},
    "hectare": {"hectare", "hectares", "ha"},
    "km": {"km", "kilometre", "kilometres", "kilometer", "kilometers"},
}
FIELDS = ("value", "qualifier", "metric", "source", "unit")


@dataclass(frozen=True)
class GoldItem:
    """One marked figure: a claim with its expected fields, a non-claim or an optional one."""

    start: int
    end: int
    text: str
    kind: str  # claim | not_claim | optional
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BadGold:
    """Markup that is not gold: its line (from 1), the mark as written, and why."""

    line: int
    mark: str
    reason: str


def parse_markup(src: str) -> tuple[str, list[GoldItem]]:
    """Strip the markup; return the plain text and the gold items with their offsets."""
    text, items, _ = parse_gold(src)
    return text, items


def parse_gold(src: str) -> tuple[str, list[GoldItem], list[BadGold]]:
    """:func:`parse_markup`, and the marks that are bad gold: each is an optional item (no score
    either way); an unclosed ``{{`` makes the rest of its line optional, its text kept as written."""
    out: list[str] = []
    items: list[GoldItem] = []
    bad: list[BadGold] = []
    pos = length = 0
    line, counted = 1, 0  # line numbers counted as the scan goes: linear in the file
    for m in RE_MARK.finditer(src):
        line += src.count("\n", counted, m.start())
        counted = m.start()
        out.append(src[pos : m.start()])
        length += m.start() - pos
        if m["text"] is None:  # "{{" with no "|fields}}" on its line
            rest = RE_LINE_REST.match(src, m.start()).end()
            bad.append(
                BadGold(
                    line,
                    src[m.start() : min(rest, m.start() + 60)],
                    "{{ is not closed on its line by |fields}}",
                )
            )
            out.append(src[m.start() : rest])
            items.append(GoldItem(length, length + rest - m.start(), src[m.start() : rest], "optional"))
            length += rest - m.start()
            pos = rest
            continue
        attrs = m["attrs"].strip()
        start, length = length, length + len(m["text"])
        out.append(m["text"])
        problem = _bad_fields(attrs)
        if problem:
            bad.append(BadGold(line, m.group(), problem))
            items.append(GoldItem(start, length, m["text"], "optional"))
        elif attrs in ("x", "o"):
            items.append(GoldItem(start, length, m["text"], "not_claim" if attrs == "x" else "optional"))
        else:
            kv = dict((p.partition("=")[0].strip(), p.partition("=")[2].strip()) for p in attrs.split(";"))
            items.append(GoldItem(start, length, m["text"], "claim", kv))
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), items, bad


def _bad_fields(attrs: str) -> str | None:
    """Why a mark's fields are not gold, or None when they are."""
    if attrs in ("x", "o"):
        return None
    if not attrs:
        return "no fields (v=... for a claim, x for a non-claim, o for an optional one)"
    for part in (p.strip() for p in attrs.split(";")):
        key, eq, value = (x.strip() for x in part.partition("="))
        if not part:
            continue
        if not eq:
            return f"{part!r} is not field=value"
        if key not in GOLD_FIELDS:
            return f"unknown field {key!r} (fields: {', '.join(GOLD_FIELDS)})"
        number = _num(value) if key in NUMERIC_FIELDS else 0.0
        if number is None or not math.isfinite(number):
            return f"{key}={value!r} is not a number"
        if key == "q" and value not in QUALIFIERS:
            return f"q={value!r} is not a qualifier (one of {', '.join(QUALIFIERS)})"
    return None


@dataclass
class GoldSet:
    """A folder's gold: doc_id -> (text, items), the bad marks and the files that could not be read."""

    docs: dict[str, tuple[str, list[GoldItem]]] = field(default_factory=dict)
    bad: list[str] = field(default_factory=list)  # "file line N: mark: reason"
    unreadable: list[ReadError] = field(default_factory=list)


def read_gold_dir(directory: str | Path) -> GoldSet:
    """Every ``*.md`` article in a folder, read as articles are (UTF-8, else Windows-1252...): a
    file that cannot be read is named, and so is each bad mark, by file and line."""
    gold = GoldSet()
    for path in sorted(Path(directory).glob("*.md")):
        data = read_bounded(path, DEFAULT_MAX_BYTES)
        text = data if isinstance(data, ReadError) else decode(data, printable(path))
        if isinstance(text, ReadError):
            gold.unreadable.append(text)
            continue
        plain, items, bad = parse_gold(text)
        gold.docs[path.stem] = (plain, items)
        gold.bad += [f"{printable(path)} line {b.line}: {b.mark}: {b.reason}" for b in bad]
    return gold


def load_gold_dir(directory: str | Path) -> dict[str, tuple[str, list[GoldItem]]]:
    """Every readable ``*.md`` article in a folder: doc_id -> (text, gold items)."""
    return read_gold_dir(directory).docs


def _num(x: object) -> float | None:
    try:
        v = float(str(x).replace(",", ""))
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _close(a: float | None, b: float | None, rel: float = 0.005) -> bool:
    return a is not None and b is not None and abs(a - b) <= rel * max(abs(b), 1e-9)


def _norm(s: object) -> str:
    text = "" if s is None or (isinstance(s, float) and math.isnan(s)) else str(s)
    return regex.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def _word_match(pred: object, golds: Iterable[str]) -> bool:
    p = _norm(pred)
    if not p:
        return False
    for g in map(_norm, golds):
        if g and (
            p == g or regex.search(rf"\b{regex.escape(g)}\b", p) or regex.search(rf"\b{regex.escape(p)}\b", g)
        ):
            return True
    return False


def _unit_match(pred: object, gold: str) -> bool:
    p = _norm(pred)
    return any(p == g or p in UNIT_SYNONYMS.get(g, {g}) for g in _norm(gold).split("/"))


def field_checks(item: GoldItem, row: dict) -> dict[str, bool]:
    """Which of a found claim's fields agree with its gold."""
    a = item.attrs
    ok_value = all(
        _close(_num(row.get(col)), _num(a[key]))
        for key, col in (("v", "value"), ("lo", "low"), ("hi", "high"))
        if key in a
    )
    if "s" in a and not a["s"].strip():
        ok_source = not _norm(row.get("source"))
    else:
        ok_source = _word_match(row.get("source"), a.get("s", "").split("/"))
    return {
        "value": ok_value,
        "qualifier": _norm(row.get("qualifier")) == a.get("q", "exact"),
        "metric": _word_match(row.get("metric"), a.get("m", "").split("/")),
        "source": ok_source,
        "unit": _unit_match(row.get("unit"), a["u"]) if "u" in a else True,
    }


@dataclass
class Score:
    """Precision, recall, F1 and per-field accuracy, with every miss explained."""

    gold: int = 0
    pred: int = 0
    tp: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    unit_n: int = 0
    full: int = 0
    misses: list[str] = field(default_factory=list)
    bad_gold: list[str] = field(default_factory=list)  # marks left out of the scores, by file and line
    unreadable: list[ReadError] = field(default_factory=list)  # files not scored

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fully_correct(self) -> float:
        return self.full / max(self.gold, 1)

    def summary(self) -> dict[str, float | int | None]:
        """The scores; a field accuracy with nothing to measure it on (no claim found, or for
        unit no gold claim with ``u=``) is None ("n/a"), never a 0 that reads as all wrong."""
        out: dict[str, float | int | None] = {
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }
        for f in FIELDS:
            denominator = self.unit_n if f == "unit" else self.tp
            out[f"{f}_acc"] = round(self.correct[f] / denominator, 3) if denominator else None
        out["fully_correct"] = round(self.fully_correct, 3)
        out["bad_gold"] = len(self.bad_gold)
        return out


def score(gold: dict[str, list[GoldItem]], claims: pd.DataFrame) -> Score:
    """Score a claims table against gold items, matching on overlapping spans."""
    result = Score()
    by_doc: dict[str, list[dict]] = {}
    for row in claims.to_dict("records"):
        by_doc.setdefault(Path(str(row.get("doc_id", ""))).stem, []).append(row)
    for doc, items in gold.items():
        claim_items = [i for i in items if i.kind == "claim"]
        result.gold += len(claim_items)
        matched: dict[int, tuple[GoldItem, dict]] = {}
        for row in by_doc.get(doc, []):
            s, e = _num(row.get("start")), _num(row.get("end"))
            hits = [i for i in items if s is not None and e is not None and s < i.end and e > i.start]
            if any(i.kind == "optional" for i in hits) and not any(i.kind == "claim" for i in hits):
                continue
            result.pred += 1
            free = [i for i in hits if i.kind == "claim" and id(i) not in matched]
            if not free:
                what = hits[0].text if hits else row.get("number_text")
                result.misses.append(f"{doc}: false positive {what!r} in {str(row.get('sentence'))[:80]!r}")
                continue
            matched[id(free[0])] = (free[0], row)
        for item in claim_items:
            if id(item) not in matched:
                result.misses.append(f"{doc}: missed {item.text!r}")
                continue
            result.tp += 1
            row = matched[id(item)][1]
            checks = field_checks(item, row)
            result.unit_n += "u" in item.attrs
            for f, ok in checks.items():
                if f != "unit" or "u" in item.attrs:
                    result.correct[f] += ok
            if all(checks.values()):
                result.full += 1
            else:
                bad = ",".join(f for f, ok in checks.items() if not ok)
                result.misses.append(
                    f"{doc}: {item.text!r} wrong {bad}: got value={row.get('value')} "
                    f"q={row.get('qualifier')} "
                    f"unit={row.get('unit')} metric={row.get('metric')!r} source={row.get('source')!r}; "
                    f"gold {item.attrs}"
                )
    return result


def extract_and_score(docs: dict[str, tuple[str, list[GoldItem]]]) -> Score:
    """Extract each gold document's text (doc_id -> (text, items)) and score the claims found."""
    from workbench.extract.pipeline import extract_claims
    from workbench.schema import empty_claims

    frames = [extract_claims(text, doc_id=doc) for doc, (text, _) in docs.items()]
    claims = pd.concat(frames, ignore_index=True) if frames else empty_claims()
    return score({doc: items for doc, (_, items) in docs.items()}, claims)


def evaluate_dir(directory: str | Path) -> Score:
    """Extract every gold-marked article in a folder and score the result."""
    gold = read_gold_dir(directory)
    result = extract_and_score(gold.docs)
    result.bad_gold, result.unreadable = gold.bad, gold.unreadable
    return result
