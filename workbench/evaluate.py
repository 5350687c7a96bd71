"""The gold markup and its scores: our own implementation of the contract's format.

Gold articles are Markdown where each figure is marked ``{{TEXT|attrs}}``:
``v``/``lo``/``hi`` values, ``q`` qualifier, ``u`` unit, ``m`` metrics and ``s``
sources (alternatives split by ``/``); ``x`` marks a non-claim, ``o`` an optional one.

>>> text, items = parse_markup("Police said {{14|v=14;m=killed;s=police}} died in {{2020|x}}.")
>>> text, [(i.text, i.kind) for i in items]
('Police said 14 died in 2020.', [('14', 'claim'), ('2020', 'not_claim')])
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import regex

RE_MARK = regex.compile(r"\{\{(?P<text>.+?)\|(?P<attrs>[^}]*)\}\}")
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


def parse_markup(src: str) -> tuple[str, list[GoldItem]]:
    """Strip the markup; return the plain text and the gold items with their offsets."""
    out: list[str] = []
    items: list[GoldItem] = []
    pos = length = 0
    for m in RE_MARK.finditer(src):
        out.append(src[pos : m.start()])
        length += m.start() - pos
        attrs = m["attrs"].strip()
        start, length = length, length + len(m["text"])
        out.append(m["text"])
        if attrs in ("x", "o"):
            items.append(GoldItem(start, length, m["text"], "not_claim" if attrs == "x" else "optional"))
        else:
            kv = dict((p.partition("=")[0].strip(), p.partition("=")[2].strip()) for p in attrs.split(";"))
            items.append(GoldItem(start, length, m["text"], "claim", kv))
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), items


def load_gold_dir(directory: str | Path) -> dict[str, tuple[str, list[GoldItem]]]:
    """Every ``*.md`` article in a folder: doc_id -> (text, gold items)."""
    return {p.stem: parse_markup(p.read_text(encoding="utf-8")) for p in sorted(Path(directory).glob("*.md"))}


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

    def summary(self) -> dict[str, float | int]:
        tp = max(self.tp, 1)
        out: dict[str, float | int] = {
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }
        for f in FIELDS:
            denominator = max(self.unit_n, 1) if f == "unit" else tp
            out[f"{f}_acc"] = round(self.correct[f] / denominator, 3)
        out["fully_correct"] = round(self.fully_correct, 3)
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


def evaluate_dir(directory: str | Path) -> Score:
    """Extract every gold-marked article in a folder and score the result."""
    from workbench.extract.pipeline import extract_claims
    from workbench.schema import empty_claims

    docs = load_gold_dir(directory)
    frames = [extract_claims(text, doc_id=doc) for doc, (text, _) in docs.items()]
    claims = pd.concat(frames, ignore_index=True) if frames else empty_claims()
    return score({doc: items for doc, (_, items) in docs.items()}, claims)
