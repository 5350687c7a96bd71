"""Measurement units: which ones a figure may carry, every way news writes them, and their names.

``units.csv`` lists the units we read, one pint expression a row (``kilometer``, ``mile / hour``,
``meter ** 2``), with our name where the contract or a gold set already fixed one (``km``,
``tonne``, ``GW``), extra written forms pint lacks (``bhp``, ``sq ft``, a bare ``C``) and whether
pint's symbol is safe to read (``in`` and ``a`` are English words). Everything else (names,
plurals, British spellings, symbols, prefixed aliases such as ``kilometre`` and ``mL``) comes from
pint's registry, so this module holds no hand list of spellings.

Loading pint's registry takes a quarter of a second, so the forms it gives are generated once into
``unit_forms.csv`` (``python -m workbench.lexicon.units --rebuild`` after editing ``units.csv`` or
upgrading pint; a test rebuilds it and checks the committed copy) and read from there at run time.

>>> UNIT_FORMS["kilometres"], UNIT_FORMS["kWh"], UNIT_FORMS["degrees celsius"], UNIT_FORMS["sq ft"]
('km', 'kilowatt hour', 'degree Celsius', 'square foot')
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    import pint

UNITS_CSV = Path(__file__).with_name("units.csv")
FORMS_CSV = Path(__file__).with_name("unit_forms.csv")  # generated from UNITS_CSV and pint
_POWER_WORDS = {2: "square", 3: "cubic"}
# Aliases pint keeps for other systems or for parsing, never written in news.
_ALIAS_NOISE = (
    "international",
    "avdp",
    "avoirdupois",
    "US_",
    "UK_",
    "hydraulic",
    "liquid",
    "julian",
    "arc",
    "angular",
    "octet",
)


class UnitRow(TypedDict):
    """One row of ``units.csv``."""

    pint: str
    name: str
    forms: str
    symbol: str
    note: str


@cache
def registry() -> pint.UnitRegistry:
    """pint's default registry, loaded once (only to build ``unit_forms.csv``)."""
    import pint

    return pint.UnitRegistry()


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _with_plural(name: str, irregular: bool) -> set[str]:
    """``mile`` -> mile, miles; ``degree Celsius`` -> degrees Celsius; ``kilowatt hour`` -> kilowatt hours.

    ``irregular``: pint already lists the plural as an alias (feet, inches), so none is made up.
    """
    words = name.split(" ")
    head = 0 if words[0] == "degree" else len(words) - 1
    forms = {name}
    if not irregular and not words[head].endswith(("s", "z")):
        forms.add(" ".join([*words[:head], _plural(words[head]), *words[head + 1 :]]))
    if len(words) > 1 and words[0] != "degree":
        forms |= {f.replace(" ", "-") for f in forms}  # kilowatt-hours
    return forms


def _spoken(alias: str) -> str:
    return alias.replace("_", " ")


def _simple_forms(ureg: pint.UnitRegistry, name: str) -> tuple[set[str], set[str]]:
    """(names, symbols) of one named unit, prefixed or not: kilometre, kilometers, km..."""
    ((prefix, base, _),) = ureg.parse_unit_name(name)
    unit = ureg._units[base]
    bases = {base, *(a for a in unit.aliases if not any(n in a for n in _ALIAS_NOISE))}
    spelled = {base} | {b for b in bases if len(b) > 2 and b.replace("_", "").islower()}
    names = {_spoken(b) for b in spelled}
    short = bases - spelled  # L, degC: symbols that pint keeps as aliases
    irregular = any(a.endswith("eet") or a[:-2] in bases for a in unit.aliases)  # feet, inches
    symbols = {unit.symbol, *short} if unit.symbol else set(short)
    if prefix:
        p = ureg._prefixes[prefix]
        names = {prefix + n for n in names}
        symbols = {p.symbol + s for s in symbols}
    return {f for n in names for f in _with_plural(n, irregular)}, symbols


def _forms(ureg: pint.UnitRegistry, expr: str) -> tuple[str, set[str], set[str]]:
    """(pint's canonical name, names, symbols) of a unit expression from ``units.csv``."""
    parts = dict(ureg.parse_units(expr)._units.items())
    if len(parts) == 1 and next(iter(parts.values())) == 1:
        (name,) = parts
        names, symbols = _simple_forms(ureg, name)
        return _spoken(name), names, symbols
    if len(parts) == 1:  # an area or a volume: square metres, sq m, m2, m²
        ((name, power),) = parts.items()
        word = _POWER_WORDS[int(power)]
        names, symbols = _simple_forms(ureg, name)
        sup = "²" if power == 2 else "³"
        return (
            f"{word} {_spoken(name)}",
            {f"{word} {n}" for n in names},
            {f"{s}{int(power)}" for s in symbols} | {f"{s}{sup}" for s in symbols},
        )
    (num, _), (den, _) = sorted(parts.items(), key=lambda kv: -kv[1])  # a rate: km/h, miles per hour
    num_names, num_symbols = _simple_forms(ureg, num)
    den_names, den_symbols = _simple_forms(ureg, den)
    den_singular = {n for n in den_names if not n.endswith("s")} or den_names
    names = {f"{n} per {d}" for n in num_names for d in den_singular}
    symbols = {f"{n}/{d}" for n in num_symbols for d in den_symbols}
    symbols |= {f"{n} per {d}" for n in num_symbols for d in den_singular}
    return f"{_spoken(num)} per {_spoken(den)}", names, symbols


def rows() -> Iterator[UnitRow]:
    """The rows of ``units.csv``."""
    with UNITS_CSV.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)  # type: ignore[misc]


def _named_rates(ureg: pint.UnitRegistry) -> dict[frozenset, set[str]]:
    """pint's own names for rates (``kph``, ``mph``, ``mile_per_hour``), keyed by what they stand for."""
    out: dict[frozenset, set[str]] = {}
    for name, unit in ureg._units.items():
        ref = getattr(unit, "reference", None)
        if ref is not None and len(ref) == 2 and sorted(ref.values()) == [-1, 1] and "_per_" in name:
            out.setdefault(frozenset(ref.items()), set()).update({name, unit.symbol or "", *unit.aliases})
    return out


class UnitForm(TypedDict):
    """One row of ``unit_forms.csv``: a written form, how it is read, and the unit it names."""

    form: str
    read: str  # "name" (case-insensitively) or "symbol" (as written)
    unit: str


def build() -> list[UnitForm]:
    """Every written form of every unit in ``units.csv``, from pint's registry, in the order read."""
    ureg = registry()
    rates = _named_rates(ureg)
    out: list[UnitForm] = []
    for row in rows():
        canonical, names, symbols = _forms(ureg, row["pint"])
        unit = row["name"] or canonical
        parts = frozenset(ureg.parse_units(row["pint"])._units.items())
        for alias in rates.get(parts, ()):  # km/h is also pint's kph, KPH
            (symbols if len(alias) <= 4 else names).add(_spoken(alias))
        if row["symbol"] != "yes":
            symbols = {s for s in symbols if "/" in s or " " in s or len(s) > 3}
        extra = {f for f in row["forms"].split("|") if f}
        symbols |= {f for f in extra if not f.islower()}
        names |= {f for f in extra if f.islower()}
        out += [UnitForm(form=n, read="name", unit=unit) for n in sorted(names)]
        out += [UnitForm(form=s, read="symbol", unit=unit) for s in sorted(symbols)]
    return out


def render(forms: Iterable[UnitForm]) -> str:
    """The text of ``unit_forms.csv``."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(UnitForm.__annotations__), lineterminator="\n")
    writer.writeheader()
    writer.writerows(forms)
    return buf.getvalue()


def tables(forms: Iterable[UnitForm]) -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """(written form -> our unit name, names read case-insensitively, symbols read as written).

    The first unit to claim a form keeps it, in the order of ``units.csv``.
    """
    lookup: dict[str, str] = {}
    names: set[str] = set()
    symbols: set[str] = set()
    for f in forms:
        if f["read"] == "name":
            lookup.setdefault(f["form"].lower(), f["unit"])
            names.add(f["form"])
        else:
            lookup.setdefault(f["form"], f["unit"])
            symbols.add(f["form"])
    return lookup, tuple(sorted(names)), tuple(sorted(symbols))


def load() -> list[UnitForm]:
    """The rows of the committed ``unit_forms.csv`` (built from pint, slowly, if it is missing)."""
    if not FORMS_CSV.exists():
        return build()
    with FORMS_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))  # type: ignore[arg-type]


UNIT_FORMS, UNIT_NAMES, UNIT_SYMBOLS = tables(load())


if __name__ == "__main__":
    if sys.argv[1:] != ["--rebuild"]:
        sys.exit("usage: python -m workbench.lexicon.units --rebuild")
    FORMS_CSV.write_text(render(build()), encoding="utf-8")
    print(f"wrote {FORMS_CSV}")
