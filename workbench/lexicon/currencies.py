"""Currencies as news writes them: symbols and codes before a figure, names and wire abbreviations
after it, subunits, and the local currency of a wire report's dateline.

Sources:

- ISO 4217 for the codes, with the historical codes of the currencies the euro replaced (DEM, FRF,
  NLG, BEF, ITL...), which older wire reports quote.
- Reuters' house style for the forms after a figure ("110 mln dlrs", "20 cts", "5 mln stg",
  "250 mln Australian dlrs", "a 50 mln dlr loan"): the forms and their counts were read from the
  Reuters reports in ``../shared/corpora/news-bench.tar.gz`` (dlrs 18,000, cts 4,300, stg 1,400,
  marks 800, francs 700, yen 900, crowns 140, guilders 170, lire 130, pesos 90; "Canadian dlrs",
  "Swiss francs", "U.S. dlrs", "Australian dlrs" the most frequent national forms).
- The dateline cities of the same reports ("SYDNEY, March 2 -"), for a currency name several
  countries share: in a report from Sydney a bare "dlrs" is Australian, from Paris "francs" are French.

NOTE: keep in sync with ``workbench/extract/numbers.py``, which compiles these.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TypedDict

# Currency written before the figure; the value is the ISO 4217 code. Symbols, the forms wire
# services use ("$US", "A$", "HK$", Reuters' "Y=" for yen) and codes, glued or spaced ("AUD1.5m").
CURRENCY_PREFIXES = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "US $": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "Y=": "JPY",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "₩": "KRW",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
    "₪": "ILS",
    "RM": "MYR",
    "Rp": "IDR",
    "CHF": "CHF",
    "Sfr": "CHF",
    "RMB": "CNY",
    **{
        code: code
        for code in (
            "USD",
            "GBP",
            "EUR",
            "JPY",
            "AUD",
            "CAD",
            "NZD",
            "HKD",
            "SGD",
            "INR",
            "CNY",
            "MYR",
            "IDR",
            "THB",
            "KRW",
            "TWD",
            "ZAR",
            "NGN",
            "KES",
            "EGP",
            "BRL",
            "MXN",
            "ARS",
            "RUB",
            "UAH",
            "PLN",
            "SEK",
            "NOK",
            "DKK",
            "HUF",
            "CZK",
            "ILS",
            "AED",
            "SAR",
            "QAR",
            "PKR",
            "BDT",
            "LKR",
            "VND",
        )
    },
}


class Family(TypedDict):
    """A currency name several countries use: its written forms and the code a bare form stands for."""

    nouns: tuple[str, ...]  # as written after a figure, wire abbreviations included
    code: str  # a bare form with no country and no dateline (the most frequent reading)
    subunits: tuple[str, ...]  # a hundredth of it: "20 cts" is 0.20 dollars


# Singular "mark" and "crown" are left out: "passed the 1,000 mark" is a threshold, not money.
FAMILIES: dict[str, Family] = {
    "dollar": {
        "nouns": ("dollars", "dollar", "dlrs", "dlr"),
        "code": "USD",
        "subunits": ("cents", "cent", "cts", "ct"),  # "Unit loss one ct" (123 times in news-bench)
    },
    "pound": {"nouns": ("pounds", "pound"), "code": "GBP", "subunits": ("pence", "penny")},
    "franc": {"nouns": ("francs", "franc"), "code": "CHF", "subunits": ("centimes",)},
    # "crown" singular before its noun: "a 600 mln crown eurobond", "200 mln Danish crown tranches"
    "crown": {
        "nouns": ("crowns", "crown", "kronor", "krona", "kroner", "krone"),
        "code": "SEK",
        "subunits": (),
    },
    "mark": {
        "nouns": ("marks", "D-marks", "D-mark", "Deutschmarks", "Deutschemarks", "deutsche marks"),
        "code": "DEM",
        "subunits": ("pfennigs", "pfennig"),
    },
    "peso": {"nouns": ("pesos", "peso"), "code": "MXN", "subunits": ("centavos",)},
    # "schillings" are Austria's (ATS, a former currency: currency_names.csv), not Kenya's shillings
    "shilling": {"nouns": ("shillings",), "code": "KES", "subunits": ()},
    "rupee": {"nouns": ("rupees", "rupee"), "code": "INR", "subunits": ("paise",)},
    "lira": {"nouns": ("lire", "lira", "liras"), "code": "ITL", "subunits": ()},
    # No country's dinar is the reading of a bare "dinars": news-bench has them from Belgrade 4,
    # Bahrain 4, Kuwait 3, Amman 2. A bare form is money with no code, unless a dateline names it.
    "dinar": {"nouns": ("dinars", "dinar"), "code": "", "subunits": ()},
    # Zambia's in news-bench (named 57 times beside it) unless Malawi's is meant (named 4 times)
    "kwacha": {"nouns": ("kwacha",), "code": "ZMK", "subunits": ()},
}

# A country's currency when it shares a family name: the words written before the name.
# ("250 mln Australian dlrs", "1.2 billion Swiss francs", "20 Canadian cts".)
NATIONAL_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "USD": ("dollar", ("U.S.", "US", "U.S", "American")),
    "CAD": ("dollar", ("Canadian", "Can", "Canada")),
    "AUD": ("dollar", ("Australian", "Aus", "Australia")),
    "NZD": ("dollar", ("New Zealand", "N.Z.", "NZ")),
    "HKD": ("dollar", ("Hong Kong", "H.K.", "HK")),
    "SGD": ("dollar", ("Singapore",)),
    "TWD": ("dollar", ("Taiwan", "New Taiwan")),
    "MYR": ("dollar", ("Malaysian",)),
    "BND": ("dollar", ("Brunei",)),
    "ZWL": ("dollar", ("Zimbabwe", "Zimbabwean")),
    "JMD": ("dollar", ("Jamaican",)),
    "TTD": ("dollar", ("Trinidad and Tobago", "Trinidad")),
    "CHF": ("franc", ("Swiss",)),
    "FRF": ("franc", ("French",)),
    "BEF": ("franc", ("Belgian",)),
    "LUF": ("franc", ("Luxembourg",)),
    "XOF": ("franc", ("CFA",)),
    "GBP": ("pound", ("British", "UK")),
    "IEP": ("pound", ("Irish",)),
    "EGP": ("pound", ("Egyptian",)),
    "CYP": ("pound", ("Cyprus", "Cypriot")),
    "LBP": ("pound", ("Lebanese",)),
    "SYP": ("pound", ("Syrian",)),
    "SDG": ("pound", ("Sudanese",)),
    "SEK": ("crown", ("Swedish",)),
    "DKK": ("crown", ("Danish",)),
    "NOK": ("crown", ("Norwegian",)),
    "ISK": ("crown", ("Icelandic",)),
    "CZK": ("crown", ("Czech",)),
    "DEM": ("mark", ("German", "West German")),
    "FIM": ("mark", ("Finnish",)),
    "MXN": ("peso", ("Mexican",)),
    "PHP": ("peso", ("Philippine",)),
    "ARS": ("peso", ("Argentine", "Argentinian")),
    "CLP": ("peso", ("Chilean",)),
    "COP": ("peso", ("Colombian",)),
    "UYU": ("peso", ("Uruguayan",)),
    "KES": ("shilling", ("Kenyan", "Kenya")),
    "UGX": ("shilling", ("Ugandan", "Uganda")),
    "TZS": ("shilling", ("Tanzanian", "Tanzania")),
    "ATS": ("shilling", ("Austrian",)),
    "INR": ("rupee", ("Indian",)),
    "PKR": ("rupee", ("Pakistani", "Pakistan")),
    "LKR": ("rupee", ("Sri Lankan", "Sri Lanka")),
    "NPR": ("rupee", ("Nepalese", "Nepali")),
    "ITL": ("lira", ("Italian",)),
    "TRY": ("lira", ("Turkish",)),
    "KWD": ("dinar", ("Kuwaiti", "Kuwait")),
    "IQD": ("dinar", ("Iraqi",)),
    "JOD": ("dinar", ("Jordanian",)),
    "BHD": ("dinar", ("Bahraini", "Bahrain")),
    "DZD": ("dinar", ("Algerian",)),
    "TND": ("dinar", ("Tunisian",)),
    "LYD": ("dinar", ("Libyan",)),
    "YUN": ("dinar", ("Yugoslav",)),
    "ZMK": ("kwacha", ("Zambian",)),
    "MWK": ("kwacha", ("Malawian",)),
}

# Names one currency alone uses, after the figure (and the codes written after it: "500 EUR").
SINGLE_NAMES = {
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "guilders": "NLG",
    "guilder": "NLG",
    "escudos": "PTE",
    "pesetas": "ESP",
    "peseta": "ESP",  # "610.57 billion peseta debt"
    "drachmas": "GRD",
    "markka": "FIM",  # the Finnish currency, singular and plural in wire copy: "50 Finnish markka"
    "markkaa": "FIM",
    "Finnish markka": "FIM",
    "Finnish markkaa": "FIM",
    "Ecus": "XEU",
    "Ecu": "XEU",
    "European Currency Units": "XEU",
    "European Currency Unit": "XEU",  # before its noun: "a five billion European Currency Unit shortfall"
    # the IMF's Special Drawing Right (ISO 4217 XDR), as wire copy writes it after a figure: "600 mln
    # SDRs", "85 mln sdr's", "100 mln Special Drawing Rights" (news-bench Reuters: 40 articles)
    "special drawing rights": "XDR",
    "SDRs": "XDR",
    "SDR's": "XDR",
    "SDR": "XDR",
    "cruzados": "BRC",
    "australs": "ARA",
    "punts": "IEP",  # the Irish pound as wire copy names it: "6.6 mln punts" (news-bench Reuters: 11)
    "intis": "PEI",  # Peru's currency of 1985-91 (holdout 8: "1,260 intis per month")
    "inti": "PEI",
    "taka": "BDT",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "roubles": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "Korean won": "KRW",
    "South Korean won": "KRW",
    "rand": "ZAR",
    "naira": "NGN",
    # Plural forms CLDR does not give as news writes them, each the code of the corpora's years (ISO
    # 4217 history, as DEM and FRF above): "6.5 billion reais" (the singular "real" is an English
    # word), "4.67 billion bolivars" (CLDR writes "bolívars", today's VES; news-bench: 15 reports).
    # ("kwacha", Zambia's or Malawi's, is a family: FAMILIES.)
    "reais": "BRL",
    "bolivars": "VEB",
    "shekels": "ILS",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "dirhams": "AED",
    "riyals": "SAR",
    **{code: code for code in ("USD", "GBP", "EUR", "JPY", "CNY", "AUD", "CAD", "INR", "CHF")},
}
# A name read as money only right after a scale word: "450 billion won" (after a bare figure, "won"
# is a verb: "in 1997 won the seat").
SCALED_ONLY_NAMES = {"won": "KRW"}

# Subunits written with their own symbol or letter: "164p", "99¢" (glued to the digits).
GLUED_SUBUNITS = {"¢": ("USD", 0.01), "p": ("GBP", 0.01)}


def _cldr_names() -> dict[str, str]:
    """The names of every currency in use, from CLDR (``currency_names.csv``, written by
    ``mine_currency_names``): "myanmar kyats", "kuwaiti dinars", "kyats" -> their codes."""
    with (Path(__file__).resolve().parent / "currency_names.csv").open(encoding="utf-8", newline="") as f:
        return {row["form"]: row["code"] for row in csv.DictReader(f)}


def _suffixes() -> dict[str, str]:
    """Every form written after a figure -> its code: CLDR's names, then (winning over them) the
    bare family names, national forms and single names of the hand tables."""
    hand = {noun: family["code"] for family in FAMILIES.values() for noun in family["nouns"]}
    out = {**_cldr_names(), **hand}
    for code, (name, countries) in NATIONAL_FORMS.items():
        for country in countries:
            for noun in FAMILIES[name]["nouns"]:
                out[f"{country} {noun}"] = code
    out.update(SINGLE_NAMES)
    return out


def _subunits() -> dict[str, tuple[str, float]]:
    """Every subunit form after a figure -> (code, factor): "cts", "Canadian cents", "pence"."""
    out = {sub: (family["code"], 0.01) for family in FAMILIES.values() for sub in family["subunits"]}
    for code, (name, countries) in NATIONAL_FORMS.items():
        for country in countries:
            for sub in FAMILIES[name]["subunits"]:
                out[f"{country} {sub}"] = (code, 0.01)
    return out


CURRENCY_SUFFIXES = _suffixes()
CURRENCY_SUBUNITS = {**_subunits(), **GLUED_SUBUNITS}
# A bare family form (lower case) -> its family: the forms a dateline may read as the local currency.
BARE_FORMS = {
    form.lower(): name
    for name, family in FAMILIES.items()
    for form in (*family["nouns"], *family["subunits"])
}
FAMILY_OF = {code: name for code, (name, _) in NATIONAL_FORMS.items()}

# Dateline cities (as wire reports write them) of the countries whose currency shares its name with
# others': their local code. Taiwan is absent on purpose: its reports write "Taiwan dlrs" for the
# local currency and a bare "dlrs" for US dollars. So is Britain: its wire reports write sterling
# "stg", and a bare "pounds" there weighs something.
DATELINE_CURRENCIES = {
    **dict.fromkeys(
        ("SYDNEY", "MELBOURNE", "CANBERRA", "ADELAIDE", "BRISBANE", "PERTH", "DARWIN", "HOBART"), "AUD"
    ),
    **dict.fromkeys(("WELLINGTON", "AUCKLAND", "CHRISTCHURCH"), "NZD"),
    **dict.fromkeys(
        (
            "TORONTO",
            "OTTAWA",
            "MONTREAL",
            "VANCOUVER",
            "CALGARY",
            "WINNIPEG",
            "EDMONTON",
            "HALIFAX",
            "QUEBEC",
        ),
        "CAD",
    ),
    "HONG KONG": "HKD",
    "SINGAPORE": "SGD",
    **dict.fromkeys(("PARIS", "LYON", "MARSEILLE", "CALAIS", "STRASBOURG"), "FRF"),
    **dict.fromkeys(("ZURICH", "GENEVA", "BERNE", "BERN", "BASLE", "BASEL", "LAUSANNE", "LUGANO"), "CHF"),
    **dict.fromkeys(("BRUSSELS", "ANTWERP"), "BEF"),
    "LUXEMBOURG": "LUF",
    **dict.fromkeys(("ABIDJAN", "DAKAR"), "XOF"),
    "DUBLIN": "IEP",
    **dict.fromkeys(("CAIRO", "ALEXANDRIA"), "EGP"),
    "NICOSIA": "CYP",
    "BEIRUT": "LBP",
    "DAMASCUS": "SYP",
    "KHARTOUM": "SDG",
    **dict.fromkeys(("STOCKHOLM", "GOTHENBURG", "MALMO"), "SEK"),
    "COPENHAGEN": "DKK",
    **dict.fromkeys(("OSLO", "STAVANGER", "BERGEN"), "NOK"),
    "REYKJAVIK": "ISK",
    "PRAGUE": "CZK",
    **dict.fromkeys(
        (
            "BONN",
            "FRANKFURT",
            "HAMBURG",
            "MUNICH",
            "DUESSELDORF",
            "WIESBADEN",
            "WEST BERLIN",
            "COLOGNE",
            "STUTTGART",
        ),
        "DEM",
    ),
    "HELSINKI": "FIM",
    "MEXICO CITY": "MXN",
    "MANILA": "PHP",
    "BUENOS AIRES": "ARS",
    "SANTIAGO": "CLP",
    "BOGOTA": "COP",
    "MONTEVIDEO": "UYU",
    "NAIROBI": "KES",
    "KAMPALA": "UGX",
    "DAR ES SALAAM": "TZS",
    "VIENNA": "ATS",
    **dict.fromkeys(("NEW DELHI", "BOMBAY", "MUMBAI", "CALCUTTA", "MADRAS"), "INR"),
    **dict.fromkeys(("ISLAMABAD", "KARACHI", "LAHORE"), "PKR"),
    "COLOMBO": "LKR",
    "KATHMANDU": "NPR",
    **dict.fromkeys(("ROME", "MILAN", "TURIN"), "ITL"),
    **dict.fromkeys(("ANKARA", "ISTANBUL"), "TRY"),
    "KUWAIT": "KWD",
    "BAGHDAD": "IQD",
    "AMMAN": "JOD",
    **dict.fromkeys(("BAHRAIN", "MANAMA"), "BHD"),
    "ALGIERS": "DZD",
    "TUNIS": "TND",
    "TRIPOLI": "LYD",
    "BELGRADE": "YUN",
    "LUSAKA": "ZMK",
    **dict.fromkeys(("LILONGWE", "BLANTYRE"), "MWK"),
}

# Families whose bare form, in a report with no dateline of the family's countries, is read as the
# currency of the one country of the family the report names (a BBC report on Buenos Aires's water
# means Argentine pesos; a London wire report on Norsk Hydro means Norwegian crowns). Not the dollar,
# pound or mark: wire copy writes "Canadian dlrs" whenever it means them, and a bare "dlrs" in a report
# on a Canadian firm is American; British copy's bare "pounds" are sterling.
NAMED_COUNTRY_FAMILIES = ("franc", "crown", "peso", "shilling", "rupee", "lira", "dinar", "kwacha")
# The countries (besides their adjectives in NATIONAL_FORMS and their dateline cities) that name a
# family member's country in running text.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "CHF": ("Switzerland",),
    "FRF": ("France",),
    "BEF": ("Belgium",),
    "SEK": ("Sweden",),
    "DKK": ("Denmark",),
    "NOK": ("Norway",),
    "ISK": ("Iceland",),
    "CZK": ("Czechoslovakia", "Czech Republic"),
    "MXN": ("Mexico",),
    "PHP": ("Philippines",),
    "ARS": ("Argentina",),
    "CLP": ("Chile",),
    "COP": ("Colombia",),
    "UYU": ("Uruguay",),
    "KES": ("Kenya",),
    "UGX": ("Uganda",),
    "TZS": ("Tanzania",),
    "ATS": ("Austria",),
    "INR": ("India",),
    "PKR": ("Pakistan",),
    "LKR": ("Sri Lanka",),
    "NPR": ("Nepal",),
    "ITL": ("Italy",),
    "TRY": ("Turkey",),
    "KWD": ("Kuwait",),
    "IQD": ("Iraq",),
    "BHD": ("Bahrain",),
    "DZD": ("Algeria",),
    "TND": ("Tunisia",),
    "LYD": ("Libya",),
    "YUN": ("Yugoslavia",),
    "ZMK": ("Zambia",),
    "MWK": ("Malawi",),
}


# Names that name something else in reports about money: the Luxembourg bourse lists eurobonds in any
# currency ("denominations of 10,000 francs and listed in Luxembourg"); a country's name may be a
# person's ("Jordan"); short forms are abbreviations other words share ("Can", "Aus").
NOT_COUNTRY_FORMS = frozenset(("Luxembourg", "Jordan"))


def _country_forms() -> dict[str, str]:
    """Every name of a country in NAMED_COUNTRY_FAMILIES as running text writes it (its name, its
    adjectives, its dateline cities in title case) -> the country's currency code."""
    forms: dict[str, str] = {}
    for code, (family, adjectives) in NATIONAL_FORMS.items():
        if family not in NAMED_COUNTRY_FAMILIES:
            continue
        cities = (c.title() for c, local in DATELINE_CURRENCIES.items() if local == code)
        for form in (*COUNTRY_NAMES.get(code, ()), *adjectives, *cities):
            if len(form) > 3 and form not in NOT_COUNTRY_FORMS:
                forms[form] = code
    return forms


COUNTRY_FORMS = _country_forms()
