"""Group claims that measure the same quantity, derive totals, and say which figures agree.

A group is one quantity family (casualties with its parts killed and wounded), in one
kind of unit, within one story (articles that share names): figures in other units or
currencies of the same kind are converted into the one most of the group's figures use (see
convert.py). Every group gets a status and an explanation in plain English. Work grows
linearly with the number of claims: grouping is a hash on a key, conversion is per group and
cached per unit, rate and date, and a group's agreement test is one pass (in 1-D, intervals
overlap pairwise exactly when they all share a point).

>>> import pandas as pd
>>> from workbench import extract_claims
>>> seed = ("Mr. Trump said Kyiv had suffered approximately 400,000 military casualties. "
...         "Mr. Zelensky reported that 43,000 soldiers have been killed and around 370,000 wounded.")
>>> result = reconcile(extract_claims(seed, doc_id="seed"))
>>> result.groups[["metric", "n_claims", "n_sources", "status"]].values.tolist()
[['casualties', 3, 2, 'consistent']]
>>> print(result.groups.loc[0, "explanation"])  # doctest: +NORMALIZE_WHITESPACE
Zelensky: 43,000 killed + about 370,000 wounded = about 413,000 casualties; Trump: about 400,000
casualties; the figures agree within 3.2%. Read as killed only, Trump's 400,000 would be 9.3 times
Zelensky's 43,000 killed: the figures agree only as casualties (killed + wounded).
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from workbench.gcpause import cycle_collector_paused
from workbench.lexicon.attribution import ORG_WORDS
from workbench.lexicon.metrics import GENERIC_COUNT_NOUNS
from workbench.lexicon.qualifiers import APPROXIMATE_TOLERANCE
from workbench.reconcile import convert, facets
from workbench.reconcile.convert import FX_MARGIN, Conversion
from workbench.reconcile.intervals import Interval, claim_interval, common, last_digit
from workbench.reconcile.ontology import Ontology, load_ontology
from workbench.reconcile.stories import story_ids
from workbench.schema import GROUP_COLUMNS, STATUS_ORDER

_PREFIX = {"approximate": "about ", "lower_bound": "more than ", "upper_bound": "up to "}
OWN_VOICE = "the article"


@dataclass
class Reconciliation:
    """The claims with their group columns, and one row per group (the contract's groups.csv)."""

    claims: pd.DataFrame
    groups: pd.DataFrame
    derived: list[dict] = field(default_factory=list)  # derived totals, for charts
    stories: dict[str, str] = field(default_factory=dict)  # doc_id -> story id, to pass back next time


def _name(quantity: str) -> str:
    """A quantity as prose: "on_strike" -> "on strike"."""
    return quantity.replace("_", " ")


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}


def _fmt(value: float, unit: str) -> str:
    """A figure as a reader writes it: 1,546; 5.8%; £1.25bn; $6m; 3.1 m."""
    if math.isnan(value):
        return "?"
    if unit and len(unit) == 3 and unit.isupper():
        symbol = _SYMBOLS.get(unit, unit + " ")
        for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(value) >= size:
                return f"{symbol}{value / size:,.2f}".rstrip("0").rstrip(".") + word
        return f"{symbol}{value:,.0f}" if value == int(value) else f"{symbol}{value:,.2f}"
    big = abs(value) >= 100 or value == int(value)
    number = f"{value:,.0f}" if big else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    shape = convert.display(unit) if unit else None
    return shape.format(number) if shape else f"{number} {unit}".strip()


def _describe(iv: Interval, qualifier: str, unit: str) -> str:
    if qualifier == "range":
        if math.isinf(iv.high):
            return f"more than {_fmt(iv.low, unit)}"
        if iv.low <= 0:
            return f"up to {_fmt(iv.high, unit)}"
        return f"{_fmt(iv.low, unit)}–{_fmt(iv.high, unit)}"
    return _PREFIX.get(qualifier, "") + _fmt(iv.point, unit)


def _short(source: str) -> str:
    """How an explanation names a source: a person by surname, a body as it is."""
    if not source or source.startswith(OWN_VOICE):
        return source or OWN_VOICE
    words = source.split()
    person = len(words) in (2, 3) and all(w[:1].isupper() for w in words)
    return words[-1] if person and not any(w.lower() in ORG_WORDS for w in words) else source


def _owner(source: str) -> str:
    """A source's possessive as prose: "authorities'" and "analysts'" (a plural in lower case),
    "Ruiz's", "Red Cross's" and "police's" (a name, or no plural -s).

    >>> [_owner(s) for s in ("health authorities", "Ruiz", "Red Cross", "police")]
    ["health authorities'", "Ruiz's", "Red Cross's", "police's"]
    """
    short = _short(source)
    last = short.rsplit(" ", 1)[-1]
    return f"{short}'" if last.endswith("s") and last.islower() else f"{short}'s"


# From half again apart, "2.3 times"; closer, by how much more ("1.0 times" said nothing).
TIMES_FROM = 1.5


def _how_much_more(hi: float, lo: float, unit: str) -> str:
    """How ``hi`` compares with ``lo`` (both above zero), before the lesser: "2.3 times", "2.4% more
    than", and for percentages, which a relative share would confuse, "2 points more than".

    >>> _how_much_more(230, 100, ""), _how_much_more(102.4, 100, ""), _how_much_more(41, 39, "percent")
    ('2.3 times', '2.4% more than', '2 points more than')
    """
    if hi / lo >= TIMES_FROM:
        return f"{hi / lo:.1f} times"
    if unit == "percent":
        points = _fmt(hi - lo, "")
        return f"{points} point{'' if points == '1' else 's'} more than"
    more = (hi / lo - 1) * 100
    return f"{more:.1f}% more than" if more < 10 else f"{more:.0f}% more than"


@dataclass(slots=True)
class _Figure:
    interval: Interval  # in the group's unit, widened by the exchange-rate margin: what is compared
    qualifier: str
    text: str
    published: str = ""
    earlier: str = ""  # what the same source said before, when its figure changed over time
    own: Interval | None = None  # the figure as stated, in its own unit, when it was converted
    own_unit: str = ""
    shown: Interval | None = None  # the converted figure before the margin, as the explanation gives it
    via: str = ""  # the rate used ("at the ECB rate of 0.8568 on 2025-04-10")


def _figure(
    value: float,
    qualifier: str,
    low: float | None,
    high: float | None,
    text: str,
    published: object,
    unit: str,
    conv: Conversion | None,
    tolerance: float,
    fx_margin: float,
) -> _Figure:
    """One claim as a figure in its group's unit: its interval read in its own unit, then converted.

    In a group that converts, an exact figure counts to its last digit (see ``last_digit``).
    """
    iv = claim_interval(value, qualifier, low, high, tolerance)
    if qualifier == "exact" and iv.low == iv.high:
        half = last_digit(value)
        iv = Interval(value - half, value + half, value)
    if conv is None:
        return _Figure(iv, qualifier, text, str(published or ""))
    shown = Interval(conv.apply(iv.low), conv.apply(iv.high), conv.apply(iv.point))
    m = fx_margin if conv.money else 0.0
    wide = Interval(shown.low - abs(shown.low) * m, shown.high + abs(shown.high) * m, shown.point)
    return _Figure(wide, qualifier, text, str(published or ""), "", iv, unit, shown, conv.note)


def _said(f: _Figure, unit: str, name: str = "", via: bool = True) -> str:
    """A figure as an explanation gives it: "£1.25bn cost"; "€1.6bn cost ≈ £1.37bn at the ECB rate..."."""
    said = _describe(f.shown or f.interval, f.qualifier, unit)
    if f.own is None:
        return f"{said} {name}".rstrip()
    rate = f" {f.via}" if via and f.via else ""
    return f"{_describe(f.own, f.qualifier, f.own_unit)} {name}".rstrip() + f" ≈ {said}{rate}"


# An explanation is repeated on every row of its group in the reconciled table, so it stays short
# however big the story: a source's dated series shows its last few figures, and a group lists its
# first sources by name and counts the rest (the verdicts still weigh every figure).
MAX_EARLIER_SHOWN = 3
MAX_SOURCES_LISTED = 12


def _listed(clauses: list[str]) -> str:
    """The sources' clauses joined, at most MAX_SOURCES_LISTED of them and a count of the rest.

    >>> _listed(["A: 3 killed", "B: 4 killed"])
    'A: 3 killed; B: 4 killed'
    >>> _listed([f"S{i}: {i} killed" for i in range(14)])[-40:]
    '0 killed; S11: 11 killed; 2 more sources'
    """
    shown = "; ".join(clauses[:MAX_SOURCES_LISTED])
    rest = len(clauses) - MAX_SOURCES_LISTED
    return shown + (f"; {rest} more source{'s' * (rest > 1)}" if rest > 0 else "")


def _merge(figs: list[_Figure], unit: str) -> list[_Figure]:
    """A source's figures of one quantity, as few as they are: a restatement is one figure; a dated
    series, its latest; figures that share a point ("about 300" and "300"), one range. Figures
    that share none are different figures (300 homes and 40 cars, a year and the year before):
    each is kept, in the order given, never widened into one range that agrees with anything."""
    if len({f.interval.point for f in figs}) == 1:  # one figure restated: keep how it was first put
        return [figs[0]]
    dates = {f.published for f in figs}
    if len(dates) > 1 and "" not in dates:  # the figure changed over time: compare the latest
        ordered = sorted(figs, key=lambda f: f.published)
        latest = ordered[-1]
        earlier = ordered[:-1]
        before = "; ".join(
            f"{_said(f, unit, via=False)} on {f.published}" for f in earlier[-MAX_EARLIER_SHOWN:]
        )
        if len(earlier) > MAX_EARLIER_SHOWN:
            before = f"(the last {MAX_EARLIER_SHOWN} of {len(earlier)}) {before}"
        return [
            _Figure(
                latest.interval,
                latest.qualifier,
                latest.text,
                latest.published,
                f"on {latest.published}; earlier {before}",
                latest.own,
                latest.own_unit,
                latest.shown,
                latest.via,
            )
        ]
    clusters: list[list[_Figure]] = []
    shared: list[Interval] = []  # each cluster's common interval
    for f in figs:
        for i, c in enumerate(shared):
            if f.interval.overlaps(c):
                clusters[i].append(f)
                shared[i] = common((c, f.interval))  # not None: they overlap
                break
        else:
            clusters.append([f])
            shared.append(f.interval)
    return [_hull(c) for c in clusters]


def _hull(figs: list[_Figure]) -> _Figure:
    """Figures of one source that share a point, as one range (one figure: itself)."""
    if len(figs) == 1:
        return figs[0]
    iv = figs[0].interval
    for f in figs[1:]:
        iv = iv.hull(f.interval)
    shown = None
    if any(f.own is not None for f in figs):  # converted figures are described before their margin
        shown = figs[0].shown or figs[0].interval
        for f in figs[1:]:
            shown = shown.hull(f.shown or f.interval)
    quals = {f.qualifier for f in figs}
    return _Figure(iv, quals.pop() if len(quals) == 1 else "range", figs[0].text, shown=shown)


def _evaluate(
    rows: list[tuple], family: str, unit: str, onto: Ontology, tolerance: float
) -> tuple[str, str, Interval | None, list[dict], float]:
    """Status, explanation, span of the compared figures, derived totals and largest ratio of a group.

    ``rows`` are (source_key, quantity, _Figure) tuples, every figure in ``unit``.
    """
    by_source: dict[str, dict[str, list[_Figure]]] = defaultdict(lambda: defaultdict(list))
    for source_key, quantity, fig in rows:
        by_source[source_key][quantity].append(fig)
    relation = onto.relation_for(family)
    merged = {s: {q: _merge(f, unit) for q, f in qs.items()} for s, qs in by_source.items()}
    figures: dict[str, dict[str, _Figure]] = {
        s: {q: fs[0] for q, fs in qs.items()} for s, qs in merged.items()
    }
    extra = {(s, q): fs[1:] for s, qs in merged.items() for q, fs in qs.items() if len(fs) > 1}
    derived: list[dict] = []
    pieces: dict[str, str] = {}
    for source, qs in figures.items():
        several = any((source, p) in extra for p in qs)  # which of its figures would add up is unknown
        if relation and family not in qs and all(p in qs for p in relation.parts) and not several:
            parts = [p for p in (*relation.parts, *relation.optional) if p in qs]
            total = qs[parts[0]].interval
            for p in parts[1:]:
                total = total + qs[p].interval
            approx = any(qs[p].qualifier != "exact" for p in parts)
            qs[family] = _Figure(total, "approximate" if approx else "exact", "derived")
            pieces[source] = " + ".join(_said(qs[p], unit, p) for p in parts)
            derived.append(
                {
                    "source": source,
                    "total": family,
                    "value": total.point,
                    "parts": {p: qs[p].interval.point for p in parts},
                }
            )
    sources = sorted(figures, key=lambda s: s not in pieces)  # derived totals first, then by appearance
    compared: dict[str, list[tuple[str, _Figure]]] = defaultdict(list)
    for s in sources:
        for q, f in figures[s].items():
            compared[q].extend((s, g) for g in (f, *extra.get((s, q), ())))
    clauses = []
    for s in sources:
        q = family if family in figures[s] else next(iter(figures[s]))
        f = figures[s][q]
        if s in pieces and q == family:
            clause = f"{pieces[s]} = {_describe(f.interval, f.qualifier, unit)} {_name(q)}"
        else:
            clause = " and ".join(_said(g, unit, _name(q)) for g in (f, *extra.get((s, q), ())))
        others = [
            _said(g, unit, k)
            for k, first in figures[s].items()
            for g in (first, *extra.get((s, k), ()))
            if k != q and not (s in pieces and k in (relation.parts + relation.optional if relation else ()))
        ]
        if f.earlier:
            others.insert(0, f.earlier)
        clauses.append(f"{_short(s)}: {clause}" + (f" ({'; '.join(others)})" if others else ""))
    contested = {q: pairs for q, pairs in compared.items() if len({s for s, _ in pairs}) > 1}
    if not contested:
        span = next(iter(figures[sources[0]].values())).interval
        where = "one source" if len(sources) == 1 else "no two sources give the same quantity"
        return "single", _listed(clauses) + f"; {where}, nothing to compare.", span, derived, math.nan
    verdicts = []
    status = "consistent"
    span: Interval | None = None
    ratio_max = 1.0
    for q, pairs in sorted(contested.items(), key=lambda kv: kv[0] != family):
        ivs = [f.interval for _, f in pairs]
        for iv in ivs:
            span = iv if span is None else span.hull(iv)
        points = [iv.point for iv in ivs if iv.point and not math.isnan(iv.point)]
        lo, hi = (min(points), max(points)) if points else (math.nan, math.nan)
        own = any((src, q) in extra for src in sources)  # a source gives several figures of q
        apart = _unmatched(pairs) if own else _farthest_apart(pairs)
        lo_said = hi_said = ""
        if apart is not None:  # name the pair that conflicts, not any two points ("at least 112")
            (lo_src, lo_f), (hi_src, hi_f) = apart
            lo, hi = lo_f.interval.point, hi_f.interval.point
            ratio_max = max(ratio_max, hi / lo)
            lo_said = f"{_owner(lo_src)} {_describe(lo_f.interval, lo_f.qualifier, unit)}"
            hi_said = f"{_owner(hi_src)} {_describe(hi_f.interval, hi_f.qualifier, unit)}"
        if own and apart is None:
            verdicts.append(
                f"no {_name(q)} figure contradicts another source's (a source's own different "
                "figures are not compared with each other)"
            )
        elif not own and common(ivs) is not None:
            gap = (hi - lo) / abs(lo) * 100 if lo else 0.0  # of the lesser figure, whatever its sign
            if gap > 2 * tolerance * 100:  # compatible only through an open bound or a wide range
                verdicts.append(
                    f"the {_name(q)} figures do not contradict each other only because of their bounds "
                    f"or ranges: the figures themselves differ by {gap:.0f}%"
                )
            else:
                verdicts.append(
                    f"the figures agree within {gap:.1f}%" if gap >= 0.05 else "the figures agree"
                )
        else:
            status = "conflict"
            if apart is None:  # no two positive figures set apart (a zero, a negative): the extremes
                (lo_src, lo_f), (hi_src, hi_f) = _extremes(pairs)
                lo, hi = lo_f.interval.point, hi_f.interval.point
                lo_said = f"{_owner(lo_src)} {_describe(lo_f.interval, lo_f.qualifier, unit)}"
                hi_said = f"{_owner(hi_src)} {_describe(hi_f.interval, hi_f.qualifier, unit)}"
            if lo > 0:
                verdicts.append(
                    f"the {_name(q)} figures conflict: {hi_said} is {_how_much_more(hi, lo, unit)} "
                    f"{lo_said} (a gap of {_fmt(hi - lo, unit)})"
                )
            else:  # a ratio to zero or across signs says nothing: the gap alone, first in the queue
                ratio_max = math.inf
                verdicts.append(
                    f"the {_name(q)} figures conflict: {hi_said} against {lo_said} "
                    f"(a gap of {_fmt(hi - lo, unit)})"
                )
    text = _listed(clauses) + "; " + "; ".join(dict.fromkeys(verdicts)) + "."
    if relation and pieces:  # a definitional mismatch: what if the total counted only one part?
        head = relation.parts[0]
        for s, f in ((s, figures[s][family]) for s in sources if s not in pieces and family in figures[s]):
            for p_src in pieces:
                part = figures[p_src].get(head)
                if part and part.interval.point:
                    ratio = f.interval.point / part.interval.point
                    text += (
                        f" Read as {head} only, {_owner(s)} {_fmt(f.interval.point, unit)} would be "
                        f"{ratio:.1f} times {_owner(p_src)} {_fmt(part.interval.point, unit)} {head}: "
                        f"the figures agree only as {family} ({' + '.join(relation.parts)})."
                    )
                    break
    return status, text, span, derived, ratio_max


_Said = tuple[str, "_Figure"]  # (source, figure)


def _farthest_apart(pairs: list[_Said]) -> tuple[_Said, _Said] | None:
    """The two (source, figure) pairs of different sources whose intervals do not overlap with the
    largest ratio between their figures, lower first, or None when every such pair overlaps. An
    open bound conflicts only with what lies beyond it: "at least 112" never conflicts with "about
    500", "more than 1,000" never with 1,546. A source's own figures are never set against each
    other. O(n log n): the best partner of each is the least figure wholly below it of another
    source, so the two least figures of different sources below each bound are kept."""
    usable = [(s, f) for s, f in pairs if f.interval.point > 0]  # NaN > 0 is False: NaN is left out
    by_high = sorted(usable, key=lambda sf: sf[1].interval.high)
    highs = [f.interval.high for _, f in by_high]
    least: list[tuple[_Said, ...]] = []  # least[i]: the least figures of two sources in by_high[: i + 1]
    for sf in by_high:
        kept = sorted((*(least[-1] if least else ()), sf), key=lambda x: x[1].interval.point)
        two = (kept[0], *(x for x in kept[1:] if x[0] != kept[0][0]))[:2]
        least.append(two)
    best: tuple[_Said, _Said] | None = None
    best_ratio = 0.0
    for sf in usable:
        i = bisect.bisect_left(highs, sf[1].interval.low) - 1
        if i < 0:
            continue
        other = next((x for x in least[i] if x[0] != sf[0]), None)
        if other is not None and sf[1].interval.point / other[1].interval.point > best_ratio:
            best = (other, sf)
            best_ratio = sf[1].interval.point / other[1].interval.point
    return best


def _extremes(pairs: list[_Said]) -> tuple[_Said, _Said]:
    """The least and the greatest figure of two different sources, lower first (any sign): the
    greatest of all, and the least of the other sources', which is never greater."""
    high = max(pairs, key=lambda sf: sf[1].interval.point)
    low = min((sf for sf in pairs if sf[0] != high[0]), key=lambda sf: sf[1].interval.point)
    return low, high


def _unmatched(pairs: list[_Said]) -> tuple[_Said, _Said] | None:
    """Where a source gives several figures of a quantity (for different things): the figure of
    some source that no figure of another source matches, with the nearest figure of that other
    source, lower first, the farthest such pair of all; None when every figure of the source that
    gives fewer finds its match in the other (300 and 40 against 120: 120 matches neither;
    a copy of an article against itself: each matches). Pairs of sources: O(sources² x figures)."""
    by: dict[str, list[_Figure]] = defaultdict(list)
    for s, f in pairs:
        if f.interval.point > 0:  # NaN > 0 is False
            by[s].append(f)
    names = list(by)
    best: tuple[_Said, _Said] | None = None
    best_ratio = 0.0
    for i, s in enumerate(names):
        for t in names[i + 1 :]:
            few, many = (s, t) if len(by[s]) <= len(by[t]) else (t, s)
            for f in by[few]:
                if any(f.interval.overlaps(g.interval) for g in by[many]):
                    continue
                g = min(by[many], key=lambda g: abs(math.log(g.interval.point / f.interval.point)))
                low, high = sorted([(few, f), (many, g)], key=lambda sf: sf[1].interval.point)
                ratio = high[1].interval.point / low[1].interval.point
                if ratio > best_ratio:
                    best, best_ratio = (low, high), ratio
    return best


def _canonical_sources(rows: list[tuple]) -> list[tuple]:
    """One name per source within a group: "statistics bureau" -> "Norland statistics bureau"."""
    names = sorted({r[0] for r in rows}, key=len, reverse=True)
    canon = {}
    for name in names:
        low = name.lower()
        canon[name] = next(
            (
                longer
                for longer in names
                if len(longer) > len(name)
                and (longer.lower().endswith(" " + low) or longer.lower().startswith(low + " "))
                and not name.startswith(OWN_VOICE)
            ),
            name,
        )
    return [(canon[r[0]], *r[1:]) for r in rows]


def group_key_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def _mode(keys: pd.Series, values: pd.Series) -> pd.Series:
    """Per row: the value most rows of its key hold (a tie goes to the value seen first)."""
    frame = pd.DataFrame({"k": keys.to_numpy(), "v": values.to_numpy()})
    counts = frame.groupby(["k", "v"], sort=False).size().reset_index(name="n")
    best = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates("k")
    return keys.map(pd.Series(best["v"].to_numpy(), index=best["k"].to_numpy()))


def _dates(published: pd.Series) -> pd.Series:
    """The ISO date of each claim's article ("" when undated), read once per distinct cell."""
    text = published.fillna("").astype(str)
    return text.map({p: convert.article_date(p) for p in text.unique()})


def _units_compared(df: pd.DataFrame, base: pd.Series, unit: pd.Series, eligible: pd.Series):
    """Per claim: the unit its figure is compared in, and whether it is a temperature difference.

    Claims of one family and story whose units measure the same kind of thing (km and miles;
    euros and dollars where the ECB quotes both) are compared in the unit most of them use. A
    figure that cannot be converted (no ECB rate near its date) keeps its own unit, and so its own
    group. pint loads when some claim has a physical unit (to know what it measures); the ECB
    table only when a family in a story has two or more currencies.
    """
    kinds = unit.map({u: convert.kind(u) for u in unit.unique()})
    change = pd.Series(False, index=df.index)
    temp = kinds.eq(convert.TEMPERATURE)
    if temp.any():
        change[temp] = [
            convert.temperature_change(str(s), str(t), str(m))
            for s, t, m in zip(df["sentence"][temp], df["number_text"][temp], df["metric"][temp], strict=True)
        ]
    compared = unit.copy()
    mixed = eligible & kinds.ne(unit)  # money or a physical unit, in a group that compares
    if not mixed.any():
        return compared, change
    ckey = base[mixed] + "\x1f" + kinds[mixed] + change[mixed].map({True: " change", False: ""})
    u = unit[mixed]
    several = u.groupby(ckey).transform("nunique").gt(1)
    ckey, u = ckey[several], u[several]
    quoted = u.map({c: not convert.is_currency(c) or convert.fx_supported(c) for c in u.unique()})
    ckey, u = ckey[quoted], u[quoted]
    if ckey.empty:
        return compared, change
    target = _mode(ckey, u)
    need = u.ne(target)
    dates = _dates(df["published"][need.index[need]])
    for i, a, b, d, c in zip(
        need.index[need], u[need], target[need], dates, change[need.index[need]], strict=True
    ):
        if convert.conversion(a, b, d, c) is None:
            target[i] = a
    compared[target.index] = target
    return compared, change


def _not_counts(df: pd.DataFrame) -> None:
    """A figure in money or in a unit is not a count of people: "losses of $3m" are not casualties.
    Such a figure's quantity is its metric as written (in place)."""
    counted = df["family"].isin(facets.COUNT_ONLY) | df["quantity"].isin(facets.COUNT_ONLY)
    amount = counted & df["unit"].fillna("").astype(str).ne("")
    if amount.any():
        own = df.loc[amount, "metric"].fillna("").astype(str).str.lower().str.strip()
        df.loc[amount, "quantity"] = own.where(own != "", "amount")
        df.loc[amount, "family"] = df.loc[amount, "quantity"]


def _split_by_facets(df: pd.DataFrame, keys: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Keys split where figures of one key give different facets (see facets.py), and each
    claim's facets as its group's label shows them (" — soldiers, 2022").

    A per-share figure never joins a total. By whom it counts and by period, a key splits only
    where two or more different facets of that kind are given; then a figure that gives none
    stands in a group of its own kind ("" facet), as nobody can say which of the others it is.
    """
    sentences = df["sentence"].fillna("").astype(str).tolist()
    texts = df["number_text"].fillna("").astype(str).tolist()
    quals = df["qualifier"].fillna("").astype(str).tolist()
    metrics = df["metric"].fillna("").astype(str).tolist()
    cache: dict[tuple[str, str, str, str], tuple[str, bool]] = {}
    periods, shares = [], []
    for sentence, text, qual, metric in zip(sentences, texts, quals, metrics, strict=True):
        got = cache.get((sentence, text, qual, metric))
        if got is None:
            got = facets.read(sentence, text, qual, metric)
            cache[(sentence, text, qual, metric)] = got
        periods.append(got[0])
        shares.append(got[1])
    share = pd.Series(shares, index=df.index)
    keys = keys.where(~share, keys + "\x1fper share")
    when = pd.Series(periods, index=df.index)
    earlier = when.eq(facets.EARLIER)  # the figure a comparison starts from is never the current one
    keys = keys.where(~earlier, keys + "\x1fwhen:" + facets.EARLIER)
    named = pd.Series("", index=df.index).where(~earlier, "earlier figures")
    subjects = df["subject"].fillna("").astype(str)
    kinds = (
        ("whom", subjects.map({s: facets.subject_class(s) for s in subjects.unique()})),
        ("when", when.where(~earlier, "")),
    )
    for kind, facet in kinds:
        given = facet.ne("")
        if not given.any():
            continue
        several = facet[given].groupby(keys[given]).transform("nunique").gt(1)
        split = keys.isin(set(keys[given][several]))
        if split.any() and kind == "when":  # a figure that says no year is taken as of the latest
            latest = facet[given].groupby(keys[given]).max()
            facet = facet.where(given | ~split, keys.map(latest))
        if split.any():
            keys = keys.where(~split, keys + f"\x1f{kind}:" + facet)
            said = facet.where(facet.ne(""), "whom not said")
            named = named.where(~split, named + ", " + said)
    named = named.str.removeprefix(", ")
    shown = named.where(named.eq(""), " — " + named)
    return keys, shown.where(~share, " per share" + shown)


@cycle_collector_paused()  # its passes made a million claims superlinear (see gcpause)
def reconcile(
    claims: pd.DataFrame,
    tolerance: float = APPROXIMATE_TOLERANCE,
    ontology: Ontology | None = None,
    overrides: Mapping[str, str] | None = None,
    stories: Mapping[str, str] | None = None,
    fx_margin: float = FX_MARGIN,
) -> Reconciliation:
    """Group, derive and compare. ``overrides`` maps claim_id -> group_id (a reviewer's regrouping);
    ``stories`` maps doc_id -> story id from an earlier run (``Reconciliation.stories``), so that
    group ids stay when articles join a story; ``fx_margin`` widens a figure converted from another
    currency on both sides (a reporter may have used a slightly different rate).

    ``claims`` must be a DataFrame (a claims table, e.g. from ``extract_claims``): anything else
    raises TypeError.

    >>> reconcile(None)
    Traceback (most recent call last):
    TypeError: reconcile: claims must be a pandas DataFrame (a claims table), not NoneType
    """
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(
            f"reconcile: claims must be a pandas DataFrame (a claims table), not {type(claims).__name__}"
        )
    onto = ontology or load_ontology()
    df = claims.reset_index(drop=True)  # positions are labels inside; the caller's index comes back
    if df.empty:
        for c in ("group_id", "group_label", "status", "explanation", "compared_in"):
            df[c] = pd.Series(dtype="string")
        for c in ("converted_value", "compared_low", "compared_high"):
            df[c] = pd.Series(dtype="float64")
        return Reconciliation(df.set_axis(claims.index), pd.DataFrame(columns=list(GROUP_COLUMNS)))
    metrics = df["metric"].fillna("").astype(str)
    quantity = {m: onto.quantity_of(m) or "unspecified" for m in metrics.unique()}
    df["quantity"] = metrics.map(quantity)
    df["family"] = df["quantity"].map(lambda q: onto.family_of(q))
    _not_counts(df)
    story_of = story_ids(df, stories)
    df["story"] = df["doc_id"].map(story_of)
    own_voice = OWN_VOICE + " (" + df["doc_id"] + ")"
    df["source_key"] = df["source"].where(df["source"].fillna("") != "", own_voice)
    generic = df["quantity"].isin(GENERIC_COUNT_NOUNS) | (df["quantity"] == "unspecified")
    unit = df["unit"].fillna("").astype(str)
    base = df["story"].astype(str) + "\x1f" + df["family"]
    compared, change = _units_compared(df, base, unit, ~generic)
    # A group keeps the id it had before other units joined it: its key names the unit it compares in.
    keys = base + "\x1f" + compared
    if change.any():  # a temperature difference is not a temperature
        keys = keys.where(~change, keys + "\x1fchange")
    keys, shown = _split_by_facets(df, keys)
    # A bare population ("12,000 people") says too little to be compared with anything.
    keys = keys.where(~generic, keys + "\x1f" + df["claim_id"].astype(str))
    # A person's age is compared only with the same person's: a subject, or nothing.
    person = df["quantity"].isin(facets.PER_PERSON)
    if person.any():
        subject = df["subject"].fillna("").astype(str).str.strip().str.lower()
        whose = subject.where(subject != "", df["claim_id"].astype(str))
        keys = keys.where(~person, keys + "\x1fperson:" + whose)
    ids = {k: group_key_id(k) for k in keys.unique()}
    df["group_id"] = keys.map(ids)
    first = ~keys.duplicated()
    labels = {
        gid: _name(fam)
        + (f" ({u}{' difference' if c else ''})" if u else "")
        + (facet.replace(" per share", "", 1) if "share" in fam else facet)
        for gid, fam, u, c, facet in zip(
            df["group_id"][first],
            df["family"][first],
            compared[first],
            change[first],
            shown[first],
            strict=True,
        )
    }
    if overrides:
        moved = df["claim_id"].map(overrides)
        df["group_id"] = moved.fillna(df["group_id"])
        touched = df["group_id"].isin(set(moved.dropna()))
        if touched.any():  # a group a reviewer moved claims into compares in its members' usual unit,
            gids = df["group_id"]  # that of the members the engine put there when it has any: a
            stay = touched & moved.isna()  # claim moved in never sets the unit of a group it joins
            own = dict(zip(gids[stay], _mode(gids[stay], unit[stay]), strict=True))
            common = _mode(gids[touched], unit[touched])
            compared[touched] = [own.get(g, u) for g, u in zip(gids[touched], common, strict=True)]
    convs: list[Conversion | None] = [None] * len(df)
    intended = compared.tolist()  # each group's unit, before figures that cannot be converted keep theirs
    need = unit.ne(compared).to_numpy()
    if need.any():
        dates = _dates(df["published"][need])
        for pos, a, b, d, c in zip(
            np.flatnonzero(need), unit[need], compared[need], dates, change[need], strict=True
        ):
            convs[pos] = convert.conversion(a, b, d if convert.is_currency(a) else "", c)
            if convs[pos] is None:  # moved by a reviewer across kinds: compared as it stands
                compared.iat[pos] = a
    members: dict[str, list[int]] = defaultdict(list)
    for i, gid in enumerate(df["group_id"].tolist()):
        members[gid].append(i)
    names = ("source_key", "quantity", "value", "qualifier", "low", "high", "number_text", "published")
    source_keys, quantities, values, quals, lows, highs, texts, published = (df[c].tolist() for c in names)
    families, units, compared_in = df["family"].tolist(), unit.tolist(), compared.tolist()
    compared_low, compared_high = [math.nan] * len(df), [math.nan] * len(df)
    rows, derived_all = [], []
    for gid, idx in members.items():
        counts: dict[str, int] = defaultdict(int)
        for i in idx:
            counts[families[i]] += 1
        fam = max(counts, key=counts.__getitem__)
        group_unit = intended[idx[0]]
        if any(intended[i] != group_unit for i in idx):
            group_unit = Counter(intended[i] for i in idx).most_common(1)[0][0]
        figures = []
        converts = any(convs[i] is not None for i in idx)
        for i in idx:
            if not converts:  # most groups: every figure already in the group's unit
                iv = claim_interval(values[i], quals[i], lows[i], highs[i], tolerance)
                fig = _Figure(iv, quals[i], texts[i], str(published[i] or ""))
            else:
                fig = _figure(
                    values[i],
                    quals[i],
                    lows[i],
                    highs[i],
                    texts[i],
                    published[i],
                    units[i],
                    convs[i],
                    tolerance,
                    fx_margin,
                )
            compared_low[i], compared_high[i] = fig.interval.low, fig.interval.high
            figures.append((source_keys[i], quantities[i], fig))
        # A figure a reviewer moved in from another kind of unit (4% into a group in $) cannot be
        # compared: it is named apart, in its own unit, and weighs in no status, span or ratio.
        apart = [k for k, i in enumerate(idx) if compared_in[i] != group_unit]
        kept = (
            [f for f, i in zip(figures, idx, strict=True) if compared_in[i] == group_unit]
            if apart
            else figures
        )
        group_rows = _canonical_sources(kept)
        status, text, span, derived, ratio = _evaluate(group_rows, fam, group_unit, onto, tolerance)
        if apart:
            named = "; ".join(
                f"{_short(figures[k][0])}: {_said(figures[k][2], compared_in[idx[k]], _name(figures[k][1]))}"
                for k in apart
            )
            text = f"{text} Not compared, in another unit: {named}."
        for d in derived:
            d["group_id"] = gid
        derived_all.extend(derived)
        low = span.low if span and math.isfinite(span.low) else math.nan
        high = span.high if span and math.isfinite(span.high) else math.nan
        rows.append(
            {
                "group_id": gid,
                "group_label": labels.get(gid, fam),
                "metric": fam,
                "n_claims": len(idx),
                "n_sources": len({r[0] for r in group_rows}),
                "low": low,
                "high": high,
                "status": status,
                "explanation": text,
                "compared_in": group_unit,
                "ratio": ratio,
            }
        )
    groups = pd.DataFrame(rows, columns=[*GROUP_COLUMNS, "ratio"])
    info = groups.set_index("group_id")
    df["group_label"] = df["group_id"].map(info["group_label"])
    df["status"] = df["group_id"].map(info["status"])
    # Categorical: each group's text once, not copied into every claim's row.
    texts = pd.Index(info["explanation"].unique())
    code = pd.Series(texts.get_indexer(info["explanation"]), index=info.index)
    df["explanation"] = pd.Categorical.from_codes(df["group_id"].map(code).to_numpy(), categories=texts)
    df["compared_in"] = compared
    converted = df["value"].astype(float).to_numpy(copy=True)
    for pos in np.flatnonzero(need):
        if convs[pos] is not None:
            converted[pos] = convert.tidy(convs[pos].apply(converted[pos]))
    df["converted_value"] = converted
    df["compared_low"], df["compared_high"] = compared_low, compared_high
    df = df.drop(columns=["quantity", "family", "story", "source_key"]).set_axis(claims.index)
    groups = groups.sort_values(
        by=["status", "n_claims"],
        key=lambda s: s.map(STATUS_ORDER) if s.name == "status" else -s,
        kind="stable",
    ).reset_index(drop=True)
    return Reconciliation(df, groups, derived_all, story_of)
