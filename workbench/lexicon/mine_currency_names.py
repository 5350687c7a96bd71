"""Write ``currency_names.csv``: the English names of the world's currencies, from CLDR (via Babel).

News writes a currency after the figure by its name: "407.9 mln kyats", "two mln Kuwaiti dinars",
"1.5 billion Chilean pesos". The hand tables of ``currencies.py`` hold the forms wire copy uses most
(counted in news-bench); this file adds every currency in use today, as the Unicode CLDR names it
in English, so that a report from anywhere reads its money:

- ``full``: the whole name, singular and plural ("kuwaiti dinar", "kuwaiti dinars", "myanmar kyats");
- ``noun``: the last word of the name when no other currency in use shares it ("kyat", "kyats",
  "cedis", "forints"), minus English words news writes after a number for other things
  (``NOT_MONEY``: "won 5 gold", "10 drams of whisky", "3 marks out of 10").

Rebuild with ``.venv/bin/python -m workbench.lexicon.mine_currency_names``; a test checks the file
against the Babel installed (``tests/test_units.py``). Forms already in the hand tables win.
"""

from __future__ import annotations

import csv
import datetime
from collections import defaultdict
from pathlib import Path
from types import ModuleType

NAMES_CSV = Path(__file__).resolve().parent / "currency_names.csv"
# The currencies in use on this day, in any territory (CLDR's territory currencies).
IN_USE_ON = datetime.date(2026, 1, 1)
# News archives hold money since replaced ("110 sucres a gallon", "1.5 billion schillings": Reuters
# in 1987). The currencies in use at any time since this day are read too, by their full names, and
# by a last word when no currency in use today, and no other former one, is written with it.
IN_USE_SINCE = datetime.date(1970, 1, 1)
# Unique last words that English news writes after a number for other things.
NOT_MONEY = frozenset(
    (
        "gold",  # "won 5 gold" (medals)
        "mark",  # "passed the 1,000 mark"; the German mark is a hand family
        "marks",
        "real",  # "in real terms"
        "reals",
        "sol",  # a Martian day
        "soles",  # the fish
        "dram",  # of whisky
        "drams",
        "lev",
        "lek",
        "kip",  # a sleep
        "kips",
        "dong",
        "tala",
        "pula",
        "pulas",
        "kina",
        "lari",
        "vatu",
        "loti",
        "lotis",
        "leone",
        "leones",
        "dobra",
        "dobras",
        "florin",
        "gourde",
        "gourdes",
        "sum",
        "som",
        "soms",
    )
)


# Former currencies' last words that news today writes for a currency in use: "roubles" are
# Russia's (CLDR spells today's "rubles"), "colones" Costa Rica's (CLDR: "colóns").
FORMER_NOT_ALONE = frozenset(("rouble", "roubles", "colones"))


def currency_names(babel_numbers: ModuleType, babel_core: ModuleType) -> list[tuple[str, str, str]]:
    """(form, code, kind) for every currency in use, and every one in use since ``IN_USE_SINCE``, as
    CLDR names it in English, sorted. A former currency's last word stands alone only where no
    currency in use today writes it."""
    in_use: set[str] = set()
    since: set[str] = set()
    for territory in babel_core.get_global("territory_currencies"):
        in_use.update(babel_numbers.get_territory_currencies(territory, IN_USE_ON))
        since.update(babel_numbers.get_territory_currencies(territory, IN_USE_SINCE, IN_USE_ON))
    full: dict[str, str] = {}
    rows: list[tuple[str, str, str]] = []
    taken: set[str] = set()
    for codes in (sorted(in_use), sorted(since - in_use)):
        by_noun: dict[str, set[str]] = defaultdict(set)
        for code in codes:
            for count in (1, 2):
                name = babel_numbers.get_currency_name(code, count=count, locale="en").lower()
                if not all(word.isalpha() for word in name.replace("-", " ").split()):
                    continue  # "cfa franc bceao (1)", "ghanaian cedi (1979–2007)": no form news writes
                if name not in full:
                    full[name] = code
                    if " " in name:
                        rows.append((name, code, "full"))
                by_noun[name.split()[-1]].add(code)
        rows += [
            (noun, next(iter(owners)), "noun")
            for noun, owners in by_noun.items()
            if len(owners) == 1
            and noun not in NOT_MONEY
            and noun not in taken
            and noun not in FORMER_NOT_ALONE
        ]
        taken.update(by_noun)
    return sorted(rows)


def main() -> None:
    import babel
    import babel.core
    import babel.numbers

    rows = currency_names(babel.numbers, babel.core)
    with NAMES_CSV.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(("form", "code", "kind", "source"))
        out.writerows((*row, f"CLDR via Babel {babel.__version__}") for row in rows)
    print(f"wrote {len(rows)} forms to {NAMES_CSV}")


if __name__ == "__main__":
    main()
