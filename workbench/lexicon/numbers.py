"""Number words, scales, percentages and the words that make a figure no claim: the vocabulary of the
number grammar. Currencies are in ``currencies.py``, units in ``units.py``.

NOTE: keep in sync with ``workbench/extract/numbers.py``, which compiles these.
"""

# Cardinal words that text2num evaluates; ordinals are deliberately absent.
UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MULTIPLIER_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
CARDINAL_WORDS = (*UNITS, *TENS, *MULTIPLIER_WORDS)

# Scales that follow a figure: "1.2 million", "$4.2bn", "4 hundred", Indian "3.17 lakh", "2 crore".
SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "millions": 1e6,  # a plural some writers use: "£22 billions worth of savings"
    "billions": 1e9,
    "trillions": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Scale abbreviations that wire reports also write after a number in words: "nine mln", "one bln".
WORD_SCALE_ABBREVIATIONS = {"mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "trn": 1e12}
# Scales that may follow another: "4 hundred million", "2 lakh crore".
SECOND_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "crore": 1e7}
# Single-letter scales only count when glued to the digits ("3m", "400k").
GLUED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6, "tn": 1e12}
# Capital scale letters that may stand apart, before a word: "8 B people", "3 M users".
SPACED_CAPITAL_SCALES = {"B": 1e9, "M": 1e6}

# Phrases that stand for a number on their own ("a hundred", "a thousand" are read as number words,
# "half a million" as a fraction of a scale).
FIXED_AMOUNTS = {
    "a dozen": 12,
    "dozen": 12,
    "a million and a half": 1.5e6,
    "a billion and a half": 1.5e9,
}

# Vague amounts: an approximate row with the interval the words imply, the order of magnitude they
# name ("tens of thousands" = 10,000-99,999).
VAGUE_AMOUNTS = {
    "dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1e6, 9.99e6),
    "tens of millions": (1e7, 9.99e7),
    "hundreds of millions": (1e8, 9.99e8),
    "billions": (1e9, 9.99e9),
    "tens of billions": (1e10, 9.99e10),
    "hundreds of billions": (1e11, 9.99e11),
    "trillions": (1e12, 9.99e12),
}
# Words after a bare vague plural ("thousands") that make it a figure: "thousands of people", "dozens more",
# "dozens were hurt" (a headline's "leaves thousands without power" is not one).
VAGUE_FOLLOWERS = ("of", "more", "upon", "were", "are", "have", "had", "remain", "remained")
# Vague multipliers before a scale word: "several thousand" = 3,000-9,000, "a couple hundred".
VAGUE_MULTIPLIERS = {
    "several": (3, 9),
    "a few": (2, 5),
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "a handful of": (2, 5),
}
VAGUE_SCALES = {
    "dozen": 12,
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}

# Fractions in words: numerators and denominators; the phrase table below is built from them.
FRACTION_NUMERATORS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
FRACTION_DENOMINATORS = {  # singular, plural -> denominator
    ("half", "halves"): 2,
    ("third", "thirds"): 3,
    ("quarter", "quarters"): 4,
    ("fourth", "fourths"): 4,
    ("fifth", "fifths"): 5,
    ("sixth", "sixths"): 6,
    ("seventh", "sevenths"): 7,
    ("eighth", "eighths"): 8,
    ("ninth", "ninths"): 9,
    ("tenth", "tenths"): 10,
}


def _fractions() -> dict[str, float]:
    """'half', 'a third', 'two-thirds', 'three quarters'... -> the fraction."""
    out = {"half": 0.5}
    for word, n in FRACTION_NUMERATORS.items():
        for (one, many), d in FRACTION_DENOMINATORS.items():
            if n < d:
                for sep in (" ", "-"):
                    out[f"{word}{sep}{one if n == 1 else many}"] = n / d
    return out


FRACTION_WORDS = _fractions()
# Words before a fraction that make it a part of a period or a thing, not a share of a group:
# "the first half of 2009", "a decade and a half of war".
SHARE_NOT_AFTER = (
    "and",
    "first",
    "second",
    "latter",
    "former",
    "other",
    "the",
    "this",
    "that",
    "each",
    "every",
    "either",
    "back",
    "front",
    "top",
    "bottom",
    "lower",
    "upper",
    "northern",
    "southern",
    "eastern",
    "western",
)
# Denominators a digit fraction may have ("1/16", "3/4"); "9/11" and "24/7" are not fractions.
DIGIT_FRACTION_DENOMINATORS = ("2", "3", "4", "5", "8", "10", "16", "32", "64", "100")
VULGAR_FRACTIONS = {
    "\N{VULGAR FRACTION ONE HALF}": 1 / 2,
    "\N{VULGAR FRACTION ONE QUARTER}": 1 / 4,
    "\N{VULGAR FRACTION THREE QUARTERS}": 3 / 4,
    "\N{VULGAR FRACTION ONE THIRD}": 1 / 3,
    "\N{VULGAR FRACTION TWO THIRDS}": 2 / 3,
    "\N{VULGAR FRACTION ONE FIFTH}": 1 / 5,
    "\N{VULGAR FRACTION ONE EIGHTH}": 1 / 8,
    "\N{VULGAR FRACTION THREE EIGHTHS}": 3 / 8,
    "\N{VULGAR FRACTION FIVE EIGHTHS}": 5 / 8,
    "\N{VULGAR FRACTION SEVEN EIGHTHS}": 7 / 8,
}
# Digit words after "point" in a spelled decimal: "four point two".
DIGIT_WORDS = {w: i for i, w in enumerate(UNITS[:10])}

PERCENT_WORDS = ("%", "per cent", "percent", "pct", "per-cent")
PERCENT_WORDS_AS_WRITTEN = ("pc",)  # "77.77pc" in British papers; "PC" is a computer
# Points of an index, a score or a rate, after a figure: "the Dow fell 34 points", "50 basis points".
# A singular "point" only after digits ("up 1 point"): "at one point" is no figure. Compounds ("a
# 2,333-point index", "a 10-point lead") stay modifiers, as every compound does (COUNT_COMPOUNDS).
POINT_UNITS = {"points": "point", "basis points": "basis point", "basis point": "basis point"}
POINT_UNITS_AFTER_DIGITS = {"point": "point"}
PERCENTAGE_POINT_WORDS = (
    "percentage points",
    "percentage point",
    "pp",
    "ppt",
    "ppts",
)  # "points" alone may be a score

# A bare figure after these nouns and verbs is a percentage: "the pass percentage was only 64.02".
PERCENT_NOUNS = ("percentage", "percentages")
PERCENT_NOUN_GAP = (
    "was",
    "is",
    "were",
    "are",
    "stood",
    "at",
    "to",
    "rose",
    "fell",
    "reached",
    "hit",
    "only",
    "just",
    "now",
    "had",
    "has",
    "been",
    "slipped",
    "climbed",
    "dropped",
    "increased",
    "decreased",
    "improved",
    "declined",
)

# Units that make a figure a duration; spelled-out durations ("three years") are not claims.
DURATION_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "second"})
# Units of a timed performance: with decimals after "in" they are a time, not a time frame ("crossed
# the line in 6.67 secs", holdouts 5 and 8's athletics reports; "in 2.5 years" stays a frame).
TIMED_UNITS = frozenset({"second"})  # not minutes: "fell 3% in 2.5 minutes of trading" is a frame
# Nouns after a compound of a figure and its unit that make the compound a claim: a sentence's, a
# ban's or a contract's length, a majority's size ("a 10-month jail term", "a nine-year sentence",
# "a 15-year contract", "a 10,000-vote majority"; the annotated news-bench holdouts 33-35 mark these
# claims, and other compounds optional: "a two-year study", "an 18-month delay").
COMPOUND_CLAIM_UNITS = ("year", "month", "week", "day", "hour", "vote", "match", "game")  # not "two-thirds"
COMPOUND_CLAIM_NOUNS = (
    "sentence",
    "term",
    "jail",
    "prison",
    "ban",
    "suspension",
    "contract",
    "lease",
    "majority",
)
# Words after a spelled duration that still make it a claim: "seven years behind schedule", "a
# nine-year sentence".
DURATION_CLAIM_AFTER = (
    "behind schedule",
    "late",
    "overdue",
    "ahead of schedule",
    "behind",
    "early",
    *COMPOUND_CLAIM_NOUNS,
)
# Words before a spelled duration that make it the period of a rate, a claim: "doubles every three years".
DURATION_CLAIM_BEFORE = ("every", "once every", "each")

# Words that mark an identifier, not an amount: "Route 12", "Article 5", "Gate 4".
IDENTIFIER_NOUNS = (
    "route",
    "highway",
    "interstate",
    "motorway",
    "road",
    "exit",
    "exits",
    "junction",
    "article",
    "articles",
    "section",
    "clause",
    "paragraph",
    "chapter",
    "volume",
    "vol",
    "page",
    "pages",
    "gate",
    "gates",
    "ward",
    "district",
    "platform",
    "flight",
    "bus",
    "line",
    "room",
    "building",
    "resolution",
    "rule",
    "no",
    "no.",
    "number",
    "terminal",
    "pier",
    "berth",
    "runway",
    "bay",
    "block",
    "unit",
    "level",
    "floor",
    "zone",
    "sector",
    "lot",
    "case",
    "bill",
    "channel",
    "apollo",
    "model",
    "version",
    "series",
    "episode",
    "season",
    "psalm",
    "stage",
    "phase",
    "grade",
    "class",
    "category",
    "division",
    "tier",
    "squad",
    "gpa",
    "cgpa",
    "prop",
    "proposition",
    "amendment",
    "title",
    "radio",
    "ligue",
    "formula",
    # plurals before a list of labels: "Key Stages 1, 3 and 4", "junctions 4 to 6", "chapters 3 and 4"
    # (a plural noun right before a bare number names labels, not what the number counts)
    "stages",
    "phases",
    "grades",
    "chapters",
    "sections",
    "clauses",
    "paragraphs",
    "junctions",
    "routes",
    "platforms",
    "terminals",
    "wards",
    "districts",
    "zones",
    "sectors",
    "episodes",
)

# Names that end in a number, written as they are (case matters): market indexes, models, missions.
NAMED_SERIES = (
    "S&P",
    "FTSE",
    "Nikkei",
    "DAX",
    "MDAX",
    "CAC",
    "IBEX",
    "AEX",
    "ASX",
    "Stoxx",
    "STOXX",
    "Euro Stoxx",
    "Nasdaq",
    "Russell",
    "Nifty",
    "Kospi",
    "Fortune",
    "Forbes",
    "Boeing",
    "Airbus",
    "Embraer",
    "Cessna",
    "iPhone",
    "iPad",
    "Galaxy",
    "Pixel",
    "Windows",
    "Xbox",
    "PlayStation",
    "Covid",
    "COVID",
    "Apollo",
    "Artemis",
    "Falcon",
    "Soyuz",
    "Chandrayaan",
    "COP",
    "Catch",
    "Nokia",
    "Motorola",
    "Sony Ericsson",
    "Lockheed",
    "McDonnell Douglas",
    "Tupolev",
    "Ilyushin",
    "Antonov",
    "S and P",
    "Standard and Poor's",
    "Standard & Poor's",
    "Standard and Poors",
    "Group of",
)
# Words after "<Name> <number>" that make the number part of the name: a singular verb ("the BBC Global
# 30 has risen": a count above one takes "have") or an index noun ("the Global 30 index").
# Words of the field events before a mark written with "m" attached ("cleared 1.76m", "threw 13.86m",
# "a personal best of 16.50m in the triple jump"): metres, not millions (holdouts 5 and 8, BBC sport).
FIELD_EVENT_CUES = (
    "high jump",
    "long jump",
    "triple jump",
    "pole vault",
    "shot put",
    "javelin",
    "discus",
    "hammer throw",
)  # not "jumped", "leapt", "landed", "hammer" or "vault": "profits jumped to 2.25m", "a hammer blow"
# Words right before a bare figure with two decimals that make it a race time in seconds ("clocking
# 7.37", "Maduaka finished fifth in 7.35", "a season's best of 7.48": holdouts 5 and 8; news-bench
# BBC sport has about 20 such, most without "secs").
TIMING_CUES = (
    "clocked",
    "clocking",
    "a time of",
    "personal best of",
    "season's best of",
    "won in",
    "win in",
    "finished in",
    "home in",
    "gold in",
    "silver in",
    "bronze in",
    "second in",
    "third in",
    "fourth in",
    "fifth in",
    "sixth in",
    "seventh in",
    "eighth in",
)
# Words right before a mark that make it one with no event named: "cleared 1.76m", "a throw of 17.64m".
FIELD_MARK_LEADS = (
    "cleared",
    "clearance of",
    "threw",
    "throw of",
    "leap of",
    "vaulted",
)
# Words after a mark that end its phrase: "1.76m to win", "16.50m in the triple jump", "1.87m while"
# (not "1.25m customers", a count in millions).
FIELD_MARK_FOLLOWERS = ("to", "in", "at", "and", "while", "with", "which", "but", "for", "on", "as", "from")
# Track and road race distances, written with "m" or "km" attached ("the 200m", "4km champion"):
# an event's name, not a claim, when an event word, a conjunction or a stop follows (counted in
# news-bench's BBC sport: "60m hurdles", "5,000m champion", "Olympic 200m silver", "the 800m and").
# Without one ("100m people", "a 100m deal") "m" is a million.
RACE_DISTANCES_M = (
    "60",
    "100",
    "110",
    "200",
    "400",
    "800",
    "1500",
    "1,500",
    "1000",
    "1,000",
    "3000",
    "3,000",
    "5000",
    "5,000",
    "10,000",
    "10000",
)
RACE_DISTANCES_KM = ("3", "4", "5", "8", "10", "12", "15", "20", "21", "42", "50")
RACE_EVENT_FOLLOWERS = (
    "hurdles",
    "champion",
    "champions",
    "championship",
    "title",
    "titles",
    "silver",
    "gold",
    "bronze",
    "medal",
    "race",
    "races",
    "record",
    "relay",
    "final",
    "finals",
    "heat",
    "heats",
    "semi-final",
    "event",
    "events",
    "personal",
    "world",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "sprint",
    "steeplechase",
    "walk",
    "run",
    # the people of an event (h33: "400m runners", "Olympic 5,000m finalist", "800 metres favourites")
    "runner",
    "runners",
    "finalist",
    "finalists",
    "favourite",
    "favourites",
    "specialist",
    "hurdler",
)
# Before a distance with no event word after it, what makes it an event: "the 800m and", "(for 100m)".
RACE_LEADS = ("the", "for", "over", "individual", "Olympic", "World", "European", "Commonwealth")
# Before a road or cross-country distance in km, who runs it: "the women's 8km race", "goes in the
# junior men's 8km on the same day" (BBC sport).
RACE_KM_LEADS = ("men's", "women's", "men’s", "women’s")
NAME_FOLLOWERS = ("has", "is", "was", "index", "average", "share index", "stock index")
# Words that, capitalised before "<number> <Name>", open a sentence or a phrase and name no maker, so the
# figure counts ("About 30 Japanese commercial banks", "Some 21 Japanese banks", "The 65 Kresge stores":
# the three of news-bench's 31 "<Word> <number> <Name>" that open a sentence with a count; "In March
# 40 British soldiers"). With them: the qualifiers before a figure, DETERMINERS, GROUP_DETERMINERS,
# the weekdays and the months. A maker's name stays a model: "Boeing 737 Max", "Rapper 50 Cent".
NOT_MAKER_WORDS = tuple(
    "in on of for with by at from to after before since until during among between including "
    "and but or when while as if than".split()
)
# After "<Name> <number>" inside a sentence, what ends or links the name, so that the number is part
# of a title ("beaten Shrek 2 to the prizes", "Halo 2, which", "the Commodore 64 was"). Read from the
# news-bench output: 210 bare numbers after a capitalised word mid-sentence, about 190 of them titles,
# games, films, models, charts or line-ups; the counts among them ("on Friday 15 protesters", "Hk
# Electric 60 to 16.00", "West Germany 385 (399)") go on with a noun, a number or a bracket, and lists
# of counts ("Trump 384, Cruz 300 and Kasich 37", PolNeAR) with a comma, "and" or a name.
TITLE_LINKS = (
    *"to in on at for from with by as is was has had are were will would which who that".split(),
    *"took won became".split(),
)
RELATIVES_AFTER_TITLE = ("which", "who", "whose", "where", "when")
# A coupon that names a bond, not one the bond pays: "the key 7-1/2 pct Treasury bond", "the treasury's
# 8.50 pct June 1997 tap", "the 8.50 pct 2002 tranche" (holdout annotators mark these as labels; "a
# 4-3/8 pct coupon", "paying 8-3/4 pct" stay figures). The words that may stand between "the" and the
# coupon, between the coupon and the bond noun, and the bond nouns.
COUPON_LABEL_MODIFIERS = ("key", "benchmark", "new", "existing", "outstanding", "long", "current")
COUPON_LABEL_BETWEEN = ("Treasury", "U.S.", "government", "federal", "long", "new")
COUPON_LABEL_NOUNS = (
    "bond",
    "bonds",
    "note",
    "notes",
    "tap",
    "stock",
    "tranche",
    "gilt",
    "gilts",
    "debenture",
    "debentures",
    "loan",
    "issue",
    "eurobond",
    "eurobonds",
)
# Units capitalised after a number inside mixed-case text name a work, not a measure: "21 Grams",
# "60 Minutes", "13 Hours: The Inside Account", "30 Years of Doonesbury" (every such hit in news-bench
# and PolNeAR is a title).
TITLE_UNIT_WORDS = (
    *"Grams Days Miles Hours Years Weeks Months Minutes Seconds".split(),
    *"Hour Day Year Minute Second Mile Week Month".split(),  # "24 Hour Party People"
    "Cent",  # the rapper: "from 50 Cent, while" (33 times in 9 BBC articles, never a sum capitalised)
)
# Singular nouns after "the <number>" or "Qantas's <number>" that make it a model or a series, not a
# count ("the 400 series", "Qantas's 747 fleet"; a count takes a plural: "the 40 jets").
LABEL_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "new")
LABEL_NOUNS = (
    "series",
    "fleet",
    "family",
    "model",
    "variant",
    "version",
    "jumbo",
    "jetliner",
    "airliner",
    "handset",
    "smartphone",
    "processor",
    "chipset",
)
# US state codes before a five-digit zip code: "Washington, DC 20500".
US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()
ZIP_CUES = ("zip", "zip code", "zipcode", "postcode", "postal code", "pin code")
# Plain digit runs this long are identifiers or timestamps (a post id, 1474387200), not amounts.
IDENTIFIER_MIN_DIGITS = 10

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
# Words after "April 21 to 24" or "Feb 11 and 19" that leave the second figure a day of the month;
# a noun after it makes it a count again ("on May 5 and 12 people died").
DAY_RANGE_FOLLOWERS = (
    "at",
    "in",
    "on",
    "for",
    "from",
    "to",
    "and",
    "or",
    "but",
    "when",
    "while",
    "with",
    "this",
    "last",
    "next",
    "inclusive",
    "among",  # "conducted between April 10 and 12 among 1,000 adults"
    "by",
    "during",
    "against",
)
# Words before a year cut to two digits ("the class of '83 ...") that keep it a year whatever follows;
# elsewhere it is one only before a stop or a name ("'12 people died'" opens a quotation).
ABBREVIATED_YEAR_CUES = (
    "of",
    "in",
    "since",
    "from",
    "until",
    "till",
    "by",
    "to",
    "and",
    "the",
    "back",
    "before",
    "after",
    "during",
    "summer",
    "winter",
    "spring",
    "autumn",
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Words before a figure that make it a phone number: "call 111", "hotline on 0800...".
PHONE_CUES = (
    "call",
    "calling",
    "dial",
    "dialling",
    "dialing",
    "phone",
    "hotline",
    "telephone",
    "tel",
    "ring",
    "text",
    "helpline",
    "fax",
)

# Words before "N-M" that make it a score, not a range.
SCORE_CUES = (
    "beat",
    "beats",
    "beaten",
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "loses",
    "drew",
    "draw",
    "defeated",
    "defeat",
    "victory",
    "score",
    "scored",
    "led",
    "trail",
    "trailed",
    "voted",
    "vote",
    "margin of",
)

# Words before a small spelled-out number that make it referential, not a count ("the two leaders").
# Not "all": "All four contestants still remain", "won all four of their matches" count the whole
# (holdouts 2, 3 and 7 mark them claims; "all three main parties" is optional there).
DETERMINERS = (
    "the",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "both",
    "first",
    "last",
    "next",
    "other",
    "every",
    "each",
    "same",
)

# One person's age: words before it ("aged 45") and the period words of "17-year-old", "17 years old".
AGE_CUES = ("aged", "age", "age of")
AGE_UNITS = ("year", "years")

# Compounds that still count something: "2,000-strong crowds", "a 42-count indictment" (42 counts).
COUNT_COMPOUNDS = ("strong", "count")
# Words before a duration that make it a time frame, not a claim: "the highest in 40 years".
TIME_FRAME_CUES = ("in", "within", "after", "past", "last", "next", "since", "than", "first time in")

# Words right before a figure that deny it: "no one was hurt", "not one soldier", "nor 40".
NEGATIONS = ("no", "not", "nor", "not a single", "not even")
# "none of the 40 passengers": the figure is the group, and nothing is claimed of it.
NONE_OF = ("none", "neither", "not one", "no one", "not a single one", "not any")
# Determiners between "of" and a group's figure: "half of the town's 8,000", "none of its 40".
GROUP_DETERMINERS = (
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "these",
    "those",
    "this",
    "that",
    "all",
)

# A word or a verb of change before "A to B" makes it a move by A to the level B ("rose by 5,868 to
# 110,629", "shares fell 164p to 2,020p") when both ends carry a unit or B is over four times A; a
# unit written once, or ends of one size, still make a range ("rose 5 to 10 percent", "by 25 to 30").
CHANGE_BEFORE = ("by",)
# Words that, between a change verb and "A to B", frame a range rather than name the verb's object:
# "an increase of between 2.5 pct to three pct", "had risen from its normal £3 to £5, to £320".
RANGE_FRAME_WORDS = frozenset("of from between to at in for".split())
# Approximations after "from" in a change: "would raise capital from around 6.55 billion dlrs to 19.66
# billion dlrs" (news-bench: a change, read before as a range).
FROM_APPROXIMATIONS = ("around", "about", "some", "roughly", "approximately", "nearly", "almost")
CHANGE_VERBS = (
    "rose",
    "rise",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "gained",
    "gains",
    "lost",
    "loses",
    "jumped",
    "jumps",
    "dropped",
    "drops",
    "climbed",
    "climbs",
    "slid",
    "slides",
    "slipped",
    "declined",
    "declines",
    "increased",
    "decreased",
    "grew",
    "shrank",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "sank",
    "eased",
    "edged",
    "added",
    "shed",
    "advanced",
    "retreated",
    "rallied",
    "dipped",
    "cut",
    "raised",
    "lowered",
    "trimmed",
    "revised",
    "up",
    "down",
    "off",
    "went",
    "gone",
    "go",
    "goes",
    "moved",
    "reduced",
    "boosted",
    "expanded",
    "swelled",
    "doubled",
    "halved",
    "inched",
    "widened",
    "narrowed",
    "improved",
    "worsened",
    "slowed",
    "accelerated",
    "changed",
    "lifted",
    "increase",
    "increases",
    "decrease",
    "decreases",
    "grow",
    "grows",
    "climb",
    "jump",
    "drop",
    "raise",
    "raises",
    "reduce",
    "reduces",
    "lower",
    "lowers",
    "expand",
    "expands",
    "double",
    "doubles",
    # the present tense of wire headlines: "INSPIRATION CUTS COPPER PRICE 0.50 CT TO 74 CTS"
    "cuts",
    "lifts",
    "trims",
    "boosts",
)
# Verbs of change whose next spelled number is the size of a move ("fell one to 68-5/8", "gained one
# seat"); a verb of going is not ("went one better").
SIZED_CHANGE_VERBS = tuple(v for v in CHANGE_VERBS if v not in ("go", "goes", "went", "gone"))

# Wire services named in a dateline: "PARIS (Reuters) -".
WIRE_AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "dpa", "UPI", "PA")
# Money as the wire writes it ("110 mln dlrs", "20 cts", "5 mln stg"): a report that does so writes
# sterling "stg", and a bare "pounds" in it weighs something ("870,000 pounds", news-bench Reuters).
WIRE_MONEY_WORDS = ("dlrs", "dlr", "stg", "cts")
# Words before a bare "pounds" that make it a weight: "a take-off weight of 870,000 pounds".
WEIGHT_CUES = (
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "weights",
    "heavy",
    "heavier",
    "lighter",
    "payload",
)
# Materials after "pounds of" that make it a weight ("2.3 mln pounds of peanut products"); "pounds of
# funding", "pounds of taxpayers' money" stay money. Commodities of the news-bench Reuters reports.
MATERIAL_NOUNS = (
    "beef",
    "pork",
    "meat",
    "poultry",
    "chicken",
    "fish",
    "cheese",
    "butter",
    "milk",
    "sugar",
    "coffee",
    "cocoa",
    "tea",
    "cotton",
    "wool",
    "rice",
    "wheat",
    "corn",
    "flour",
    "grain",
    "soybeans",
    "peanuts",
    "peanut",
    "tobacco",
    "copper",
    "uranium",
    "nickel",
    "zinc",
    "aluminium",
    "aluminum",
    "steel",
    "plastic",
    "resin",
    "fibre",
    "fiber",
    "oil",
    "shortening",
    "explosives",
    "cocaine",
    "heroin",
    "cannabis",
    "marijuana",
    "drugs",
    "food",
    "fruit",
    "vegetables",
    "potatoes",
    "waste",
    "rubbish",
    "garbage",
    "debris",
)

# Row labels of a wire earnings table whose figures are money ("Net 337,000 vs 235,000", "Revs 12.1
# mln vs 7,709,000"), with how many table rows of Reuters-21578 in news-bench.tar.gz open with each:
# Net 1,983, Revs 1,589, Sales 550, Oper net 479, Assets 73, Rev 61, Deposits 61, Loans 58, Turnover
# 44, Tax 31, Pretax 19, Other income 11, Pre-tax 10, Net after tax 9, and in tables of other
# currencies Operating 29, Current 8 (Japan's current profit), Group net 8, Extraordinary items 6,
# Minority interest 5 ("Avg shrs" counts shares).
WIRE_TABLE_MONEY_LABELS = (
    "Net",
    "Revs",
    "Sales",
    "Oper net",
    "Assets",
    "Rev",
    "Deposits",
    "Loans",
    "Turnover",
    "Tax",
    "Pretax",
    "Other income",
    "Pre-tax",
    "Net after tax",
    "Operating",
    "Current",
    "Group net",
    "Extraordinary items",
    "Minority interest",
)
# The per-share row that shows a table is one ("Shr 12 cts vs 12 cts"; 810 and 202 rows; "Group shr"
# 15, "Diluted shr" 6, "Primary shr" 5, "Parent shr" 4).
WIRE_TABLE_SHARE_LABELS = ("Shr", "Oper shr", "Group shr", "Diluted shr", "Primary shr", "Parent shr")

# Words before a fraction in wire copy that make it a share price in dollars ("Purolator's stock
# climbed 5-3/8"), and those that make it a bond's price, a percentage of face value ("priced at 101-1/4").
STOCK_PRICE_CUES = ("stock", "stocks", "shares", "share price", "shares were", "traded at")
# Verbs of a share's move in a market report, right after the company's name (and its ticker) and
# right before a fraction, when no word names the stock: "American Express Co climbed 2-1/2 to
# 80-1/8", "Inco closed 1-3/8 lower at 19-3/8" (holdouts 41-57 mark 32 such fractions as USD).
STOCK_MOVE_VERBS = (
    *CHANGE_VERBS,
    *"closed opened ended finished advanced added eased firmed won improved softened".split(),
)
# U.S. markets a report from elsewhere (a Toronto dateline) names where a share's price is in U.S.
# dollars: "Dome rose 1/4 to 1-1/8 on the American Stock Exchange", "On U.S. markets today, ASA Ltd
# rose 4-1/8" (the review of news-bench's share prices: 11 such figures had taken CAD).
US_MARKETS = (
    "American Stock Exchange",
    "New York Stock Exchange",
    "U.S. markets",
    "U.S. market",
    "NYSE",
    "Nasdaq",
)
BOND_PRICE_CUES = ("bond", "bonds", "notes", "debentures", "coupon", "priced", "issue", "yield", "par", "pct")

# Words between two figures that compare the second with the first, so that a bare second figure is in
# the first's unit: "305 crowns against 300", "rose to 12 dlrs from 11.50".
CARRY_CUES = ("from", "against", "vs", "versus", "compared with", "compared to", "than")
# Words after a bare figure that leave it without a noun of its own (so it may take the unit of the
# figure it is compared with): "from 525 mln in January", "against 300 a year ago".
# Nouns after a scaled figure that name a money result, so the figure keeps the currency of the one
# it is set against: "a net loss of 15 billion yen against a 3.98 billion loss".
MONEY_RESULTS = ("loss", "losses", "profit", "profits", "deficit", "surplus", "gain", "shortfall", "debt")
# Number words that open a time phrase after a figure: "down from 1.34 billion two weeks earlier".
NUMBER_WORDS_BEFORE_TIME = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Words after a figure in a list that make it a premium or discount on a price, in points, not a
# member of the list's unit: "Soft red wheat, 58 lb spot, 30 over May" (Reuters cash grain reports).
PREMIUM_WORDS = frozenset("over under above below".split())
CARRY_FOLLOWERS = (
    # participles that report the amount ("from the 645.9 mln shipped during January", "the 633.5 mln
    # reported a year ago"): nothing counted of their own
    "reported",
    "recorded",
    "posted",
    "shipped",
    "booked",
    "registered",
    "announced",  # "higher than the 480 mln announced on Tuesday" (holdout 21)
    # a verb right after it: the amount is the clause's subject, nothing counted of its own ("only
    # some eight billion had been swapped", "some 8.5 billion left the system": holdouts 3 and 16)
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "left",
    # a market quote's side and its day ("154 dlrs from 152.80 asked last night", "192 dlrs from 190
    # yesterday"): holdout 18's London sugar report
    "asked",
    "bid",
    "offered",
    "quoted",
    "yesterday",
    "today",
    "overnight",
    "in",
    "at",
    "on",
    "for",
    "from",
    "to",
    "against",
    "vs",
    "versus",
    "and",
    "or",
    "but",
    "a",
    "an",
    "the",
    "last",
    "this",
    "that",
    "previously",
    "earlier",
    "before",
    "ago",
    "compared",
    "while",
    "with",
    "by",
    "during",
    "over",
    "as",
    "when",
    "after",
    "respectively",
    "per",
    "each",
    "apiece",
    "fob",
    "cif",
    "said",
    "according",
)

# Nouns right after a percentage that make it a grade of a product, not a claim: "64 pct meal",
# "1 pct sulphur fuel oil", "wheat of 13 pct protein" (commodity reports, news-bench Reuters).
PERCENT_GRADE_NOUNS = (
    "meal",
    "fishmeal",
    "soymeal",
    "protein",
    "moisture",
    "sulphur",
    "sulfur",
    "butterfat",
    "oil content",
)

# Singular time units that a figure of two digits or more cannot take: "hog slaughter at 300,000 head
# versus 295,000 week ago" (Reuters) compares with a week ago; the figure counts head, not weeks.
TIME_UNITS_SINGULAR = ("day", "week", "month", "year")

# A unit a report declares once for the bare figures after it, wire style: "Shipments in tonnes,
# with comparative figures for 1986 in brackets, included: beef 26,945 (20,096)", "supply/demand
# data ... as follows in mln tonnes --" (news-bench: 26 Reuters reports declare "in tonnes", "in mln
# tonnes" or "in thousands of tonnes"). The words are units.csv forms; the scales multiply.
DECLARED_UNIT_WORDS = ("tonnes", "tons", "barrels", "ounces", "bushels", "hectares", "bu")
# Short forms read as a unit only where a report declares its table's unit ("(in 000's bu)": CFTC
# stock tables in news-bench); alone "bu" is too short a symbol (units.csv).
DECLARED_UNIT_FORMS = {"bu": "bushel"}
DECLARED_SCALES = {
    "mln": 1e6,
    "million": 1e6,
    "thousands of": 1e3,
    "thousand": 1e3,
    "000": 1e3,
    "000's": 1e3,  # "in 000's bushels" (news-bench Reuters: CFTC stock tables, 6 reports)
    "000s": 1e3,
    "000's of": 1e3,  # "In 000s of bushels"
    "000s of": 1e3,
}
# What ends a declaration's sentence as the lead-in to a list or table ("were -", "as follows in mln
# tonnes --", "included:"): the declaration then holds to the next one, or the report's end.
LEAD_IN_ENDS = ("-", "--", ":", "–", "—", ")")
# Words that head a new block of a table with its own measure ("Acreage (mln acres) --", "Note - Price
# in dlrs per bu", "in thousand short tons"): a lead-in's declaration holds no further.
TABLE_MEASURE_WORDS = tuple("mln million billion thousand thousands thous price dlrs cents pct".split())
# Words a declared unit's figure may have after it in a list ("beef 26,945 (20,096) and horse meat",
# "at 5,240, vs 5,595 last month"); any other word is what the figure counts ("1,200 farmers").
DECLARED_LIST_WORDS = frozenset(
    "vs versus against and or from to in last this a the previous earlier".split()
)
# Labels of a table row that measure by a rate or in a unit of their own: "Yield (bu)", "Avg Price".
RATE_ROW_WORDS = tuple("yield per avg avge average rate ratio".split())
# Other units a report declares the same way ("SOYBEAN OIL - in mln lbs", "in mln dlrs", "in pct"):
# each ends the declaration before it, and declares nothing we read.
UNDECLARED_UNIT_WORDS = tuple("lbs pounds cwts bales bags dlrs dollars pct percent units".split())
