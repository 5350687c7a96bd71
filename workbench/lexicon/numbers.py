"""Number words, scales, currencies and units: the vocabulary of the number grammar.

NOTE: keep in sync with ``workbench/extract/numbers.py``, which compiles these.
"""

# Cardinal words that text2num evaluates; ordinals are deliberately absent.
UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
MULTIPLIER_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
                    "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
CARDINAL_WORDS = (*UNITS, *TENS, *MULTIPLIER_WORDS)

# Scales that follow a figure: "1.2 million", "$4.2bn", "400k", "3m".
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
# Single-letter scales only count when glued to the digits ("3m", "400k").
GLUED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12}

# Phrases that stand for a number on their own.
FIXED_AMOUNTS = {
    "a dozen": 12, "half a dozen": 6, "dozen": 12,
    "a hundred": 100, "a thousand": 1e3, "a million": 1e6, "a billion": 1e9, "a trillion": 1e12,
    "half a million": 5e5, "half a billion": 5e8, "half a trillion": 5e11,
    "a quarter of a million": 2.5e5, "a quarter of a billion": 2.5e8,
    "a million and a half": 1.5e6, "one and a half million": 1.5e6,
}

# Vague amounts: they give an approximate row with a wide interval (low, high).
VAGUE_AMOUNTS = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e9),
}

# Currency written before the figure; the value is the ISO 4217 code.
CURRENCY_PREFIXES = {
    "$": "USD", "US$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR",
    "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CHF": "CHF", "C$": "CAD", "A$": "AUD",
    "₹": "INR", "Rs": "INR", "₴": "UAH", "₽": "RUB",
}
# Currency written after the figure.
CURRENCY_SUFFIXES = {
    "dollars": "USD", "dollar": "USD", "USD": "USD", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "GBP": "GBP", "euros": "EUR", "euro": "EUR", "EUR": "EUR",
    "yen": "JPY", "JPY": "JPY", "francs": "CHF", "rupees": "INR", "hryvnias": "UAH",
    "roubles": "RUB", "rubles": "RUB", "yuan": "CNY", "CNY": "CNY",
}

PERCENT_WORDS = ("%", "per cent", "percent", "pct", "per-cent")
PERCENTAGE_POINT_WORDS = ("percentage points", "percentage point", "points", "point", "pp")

# Measurement units after the figure: surface form -> short unit name.
MEASURE_UNITS = {
    "km/h": "kph", "kph": "kph", "mph": "mph", "miles per hour": "mph",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "cm": "cm", "mm": "mm", "inches": "inch",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "kg": "kg", "kilograms": "kg",
    "litres": "litre", "liters": "litre", "barrels": "barrel", "megawatts": "MW", "MW": "MW",
    "GW": "GW", "gigawatts": "GW",
    "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute",
    "days": "day", "weeks": "week", "months": "month", "years": "year", "seconds": "second",
}
# Units that make a figure a duration; spelled-out durations ("three years") are not claims.
DURATION_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "second"})

# Words that mark an identifier, not an amount: "Route 12", "Article 5", "Gate 4".
IDENTIFIER_NOUNS = (
    "route", "highway", "interstate", "motorway", "road", "exit", "exits", "junction", "article",
    "articles", "section", "clause", "paragraph", "chapter", "volume", "vol", "page", "pages",
    "gate", "gates", "ward", "district", "platform", "flight", "bus", "line", "room", "building",
    "resolution", "rule", "no", "no.", "number", "terminal", "pier", "berth", "runway",
    "bay", "block", "unit", "level", "floor", "zone", "sector", "lot", "case", "bill",
    "channel", "apollo", "model", "version", "series", "episode", "season", "psalm",
    "stage", "phase", "grade", "class", "category", "division", "tier", "squad",
)

MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Words before a figure that make it a phone number: "call 111", "hotline on 0800...".
PHONE_CUES = ("call", "calling", "dial", "dialling", "dialing", "phone", "hotline", "telephone",
              "tel", "ring", "text", "helpline", "fax")

# Words before "N-M" that make it a score, not a range.
SCORE_CUES = ("beat", "beats", "beaten", "won", "win", "wins", "lost", "lose", "loses", "drew",
              "draw", "defeated", "defeat", "victory", "score", "scored", "led", "trail",
              "trailed", "voted", "vote", "margin of")

# Words before a small spelled-out number that make it referential, not a count ("the two leaders").
DETERMINERS = ("the", "these", "those", "his", "her", "its", "their", "our", "my", "your",
               "both", "all", "first", "last", "next", "other", "every", "each", "same")
