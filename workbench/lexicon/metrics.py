"""What a figure counts: the words that name a quantity, and the words of the clause around it.

The open classes (verbs by role, nouns after figures, verb forms) are mined from real news and
live in ``metric_words.csv`` and ``verb_forms.csv`` (rebuilt by ``workbench/lexicon/mine_news_bench.py``);
the closed classes (function words) are written here.

NOTE: keep in sync with ``lexicon/ontology.toml`` (the reconciler's synonyms).
"""

import csv
from pathlib import Path

from workbench.lexicon.qualifiers import QUALIFIERS_BEFORE

# Participles and adjectives that make a count an event count: "43,000 soldiers have
# been killed" is metric "killed", subject "soldiers".
EVENT_WORDS = (
    "killed",
    "dead",
    "died",
    "wounded",
    "injured",
    "hurt",
    "displaced",
    "evacuated",
    "arrested",
    "detained",
    "rescued",
    "missing",
    "captured",
    "lost",
    "destroyed",
    "damaged",
    "infected",
    "hospitalised",
    "hospitalized",
    "vaccinated",
    "sacked",
    "laid off",
    "deported",
    "executed",
    "abducted",
    "kidnapped",
    "freed",
    "released",
    "imprisoned",
    "jailed",
    "convicted",
    "charged",
    "stranded",
    "trapped",
    "affected",
    "homeless",
    "unemployed",
    "burned",
    "flooded",
    "washed away",
    "stolen",
    "seized",
    "murdered",
    "slain",
    "drowned",
    "poisoned",
    "shot",
    "stabbed",
    "relocated",
    "resettled",
    "evacuees",
    "fatalities",
    "fled",
    # phrases: a state or an event that the figure counts
    "on strike",
    "joined the strike",
    "walked out",
    "out of work",
    "without work",
    "without power",
    "from their homes",
    "left their homes",
    "without shelter",
    "killed or injured",
    "killed or wounded",
    "dead or injured",
    "injured or killed",
    "treated for injuries",
    "in hospital",
    "under water",
    "out on strike",
)
# Verbs before a figure that name it even when a noun follows: "killed 14 civilians" is "killed".
CASUALTY_VERBS = (
    "killed",
    "kill",
    "kills",
    "wounded",
    "injured",
    "displaced",
    "evacuated",
    "arrested",
    "detained",
    "rescued",
    "burned",
    "burnt",
    "destroyed",
    "damaged",
    "lost",
    "lose",
    "loses",
    "losing",
    "vaccinated",
    "deported",
    "seized",
)
# Verbs that precede a figure and name it: the casualty verbs, and money and count verbs
# ("would cost $4.2bn", "raised £1.9m") that yield to a noun after the figure.
METRIC_VERBS_BEFORE = (
    *CASUALTY_VERBS,
    "cost",
    "costs",
    "costing",
    "raised",
    "raise",
    "raises",
    "spent",
    "spend",
    "spends",
    "spending",
    "saving",
    "save",
    "saves",
    "saved",
    "paid",
    "pay",
    "pays",
    "earned",
    "earns",
    "claimed",
    "employ",
    "employs",
    "employed",
    "received",
    "receive",  # "RKO General would receive 217 mln dlrs" (holdout 5)
    "receives",
    "won",
    "attracted",
    "drew",
    "sold",
    "bought",  # "the Board bought 25,000 tonnes from Graniere"
    "purchased",
    "borrowed",
    "owed",
    "owes",
    "invested",
    "donated",
    "pledged",
    "allocated",
    "awarded",
    "fined",
    "collected",
    "generated",
    "produced",
    "shipped",
    "exported",
    "imported",
    "built",
    "hired",
    "treated",
    "tested",
    "housed",
    "hosted",
    "served",
    "registered",
    "recorded",
    "needed",
    "stealing",
    "stole",
    "stolen",
    "embezzled",
    "defrauded",
    "laundered",
    "recovered",
    "refunded",
    "repaid",
    "returned",
    "reimbursed",
    "approved",
    "authorised",
    "authorized",
    "earmarked",
    "granted",
    "provided",
    "committed",
    "promised",
    "offered",
    "bid",  # "Qwest has bid $6.3bn for MCI"
    "bids",
    "taken",  # "has taken $138m in the US": a film's takings
    "needs",
    "need",
    "requested",
    "sought",
    "seeking",
    "seek",
    "seeks",
    "invest",
    "invests",
    "investing",
    "appealed",
)
# Words that never name what a figure counts.
NOT_METRIC = (
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "this",
    "these",
    "those",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "you",
    "your",
    "i",
    "my",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "do",
    "does",
    "did",
    "not",
    "no",
    "so",
    "than",
    "then",
    "as",
    "if",
    "up",
    "down",
    "out",
    "over",
    "into",
    "onto",
    "per",
    "each",
    "every",
    "more",
    "less",
    "most",
    "least",
    "about",
    "around",
    "some",
    "all",
    "also",
    "only",
    "just",
    "still",
    "now",
    "said",
    "says",
    "told",
    "since",
    "after",
    "before",
    "during",
    "while",
    "when",
    "where",
    "there",
    "here",
    "because",
    "though",
    "although",
    "against",
    "between",
    "among",
    "across",
    "through",
    "under",
    "above",
    "below",
    "behind",
    "near",
    "last",
    "next",
    "earlier",
    "later",
    "ago",
    "year",
    "years",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "a.m",
    "p.m",
    "am",
    "pm",
    "people's",
    "according",
    "including",
    "compared",
    "against",
    "versus",
    "vs",
    "other",
    "others",
    "another",
    "previously",
    # adverbs of place and manner after a count: "sold 3.9 million units worldwide"
    "worldwide",
    "globally",
    "nationwide",
    "overall",
    "apiece",
    "annually",
    "abroad",
    "domestically",
    "such",
    "even",
    "ever",
    "already",
    "yet",
    "again",
    "too",
    "very",
    "much",
    "many",
    "few",
    "both",
    "either",
    "neither",
    "nor",
    "what",
    "how",
    "why",
    "whether",
    "once",
    "twice",
    "times",
    "mostly",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "last year",
    "instead",
    "rather",
    "without",
    "within",
    "toward",
    "towards",
    "despite",
    "unless",
    "until",
    "due",
    "complete",  # "sowing was 12 pct complete": a state, not what is counted
    "completed",
)
# Generic heads that say little on their own: "people" counts, but "people rescued" says more.
GENERIC_COUNT_NOUNS = (
    "people",
    "persons",
    "others",
    "individuals",
    "residents",
    "civilians",
    "children",
    "adults",
    "men",
    "women",
    "soldiers",
    "troops",
    "workers",
    "members",
    "patients",
    "citizens",
    "inhabitants",
    "staff",
    "employees",
    "fighters",
    "migrants",
    "refugees",
    "voters",
    "students",
    "households",
    "families",
    "users",
    "customers",
    "passengers",
    "visitors",
    "tourists",
)


# ---------------------------------------------------------------------------------------------
# The clause reader's vocabulary (workbench/extract/metrics.py).
#
# Open-class words come from real news: ``metric_words.csv`` (word, role, frame, count, source)
# holds verbs and nouns classified by hand with their count in a frame around figures in the BBC
# and Reuters archive ``news-bench.tar.gz``; ``verb_forms.csv`` holds the words seen more often
# after he/she/it/they/we than after the/a/an there (verbs, which end a noun phrase). Both are
# rebuilt by ``workbench/lexicon/mine_news_bench.py``. The closed classes below are written by hand.
# ---------------------------------------------------------------------------------------------


def _read_csv(name: str) -> list[dict[str, str]]:
    with (Path(__file__).parent / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _roles() -> dict[str, tuple[str, ...]]:
    roles: dict[str, list[str]] = {}
    for row in _read_csv("metric_words.csv"):
        roles.setdefault(row["role"], []).append(row["word"])
    return {role: tuple(words) for role, words in roles.items()}


# Roles (see metric_words.csv): change, bound, level (the subject is the quantity: "Deaths topped
# 1,000"), object ("put the toll at 44"), revision ("was revised down 7,000"), share ("Samsung had
# 22.1 percent"), part ("tourism accounts for 6% of GDP": the subject, unless a whole is named),
# poll ("Gore leads Bush, 47% to 39%"), noun_after ("a 14% rise"), scale_noun ("passed the
# 300,000 mark").
METRIC_ROLES: dict[str, tuple[str, ...]] = _roles()
_VERB_ROWS = _read_csv("verb_forms.csv")
VERB_FORMS = frozenset(row["word"] for row in _VERB_ROWS)
# Verb forms also common after an article ("the plans", "a hope"): they may end a noun phrase.
NOUN_VERB_FORMS = frozenset(
    row["word"] for row in _VERB_ROWS if int(row["after_determiner"]) * 5 >= int(row["after_pronoun"])
)
# Words news text writes as verbs only: never a noun after "this" or a possessive ("This brought
# total imports to", "Scotty's said sales for the 34 weeks").
VERBS_ONLY = VERB_FORMS - NOUN_VERB_FORMS

# Verbs right before a figure that name what it is: "priced at 99.5 to yield 8.1 pct", "the bond is
# yielding 7.2 pct" (news-bench: "to yield" 61, "yielding" 43, "yields" 3, "yielded" 1 before a
# percentage).
NAMING_VERBS = {"yield": "yield", "yields": "yield", "yielding": "yield", "yielded": "yield"}
# Heads of metrics that only ever count money: a scaled amount they name with no currency of its own
# is in the document's currency ("The smoothed deficit on invisibles fell to 226 mln", after "N.Z.
# dlrs"). From the news-bench Reuters output, heads of scaled amounts without a unit: turnover 29,
# profit 28, deficit 12, income 10, debt 10, surplus 8, reserves 6, loss 6, losses 5, revenues 4,
# earnings 4 ("sales", "exports", "imports" left out: they also count goods); and "revs", the wire's
# results-table revenues ("Revs 46.9 mln" after "Unit loss 7.26 dlrs": 1,608 "Revs" rows in news-bench,
# the gold sets' annotators gave every one a currency). The heads of the wire's results notes and
# tables, counted the same way and read there (every one money): net 50, debit 39, payable 26, tax 25,
# minorities 25, costs 22, charges 18, assets 17, credit 16, deposits 14, loans 14, rev 14, expenses
# 13, loan 11, payments 10, liabilities 10, provision(s) 12, gain(s) 14, charge 3 ("Year-ago oper
# includes charges of 27.8 mln": holdout 49's gold, USD). Not "interest" nor "backlog", money in
# results but counts too: "Open interest rose to 109,534 contracts", "a backlog of 122 ships".
MONEY_METRIC_HEADS = frozenset(
    "turnover profit profits deficit deficits income debt debts surplus surpluses reserves loss losses "
    "revenue revenues revs earnings dividend dividends "
    "net debit payable tax minorities costs charges charge assets credit deposits loans "
    "loan rev expenses payments liabilities provision provisions gain gains".split()
)
# What a role names when the figure has no noun of its own.
ROLE_METRICS = {"revision": "revision", "share": "share", "poll": "support", "stake": "stake"}
# Poll answers: "95 percent of Democrats approved" is approval among Democrats.
POLL_VERB_NOUNS = {
    "approve": "approval",
    "approved": "approval",
    "approves": "approval",
    "disapprove": "disapproval",
    "disapproved": "disapproval",
    "disapproves": "disapproval",
    "support": "support",
    "supported": "support",
    "supports": "support",
    "back": "support",
    "backed": "support",
    "backs": "support",
    "favour": "support",
    "favoured": "support",
    "favor": "support",
    "favored": "support",
    "oppose": "opposition",
    "opposed": "opposition",
    "opposes": "opposition",
    "trust": "trust",
    "trusted": "trust",
    "agree": "agreement",
    "agreed": "agreement",
    "disagree": "disagreement",
    "disagreed": "disagreement",
}
# What happened, not who it happened to: "9 injured people succumbed" died.
EVENT_PHRASES = {
    "succumbed": "died",
    "succumb": "died",
    "perished": "died",
    "lost their lives": "died",
    "lost their life": "died",
    "were killed": "killed",
    "sustained injuries": "injured",
    "suffered injuries": "injured",
    "sustained serious injuries": "injured",
    "suffered serious injuries": "injured",
    "sustained minor injuries": "injured",
    "suffered minor injuries": "injured",
    "were hospitalised": "hospitalised",
    "were hospitalized": "hospitalized",
}
# Words that stand for a quantity: "the mercury reached 38.1C" is a temperature.
METRIC_ALIASES = {"mercury": "temperature", "thermometer": "temperature", "thermometers": "temperature"}
# A unit that says what is measured when nothing else does.
UNIT_METRICS = {
    "celsius": "temperature",
    "fahrenheit": "temperature",
    "°c": "temperature",
    "°f": "temperature",
    "second": "time",  # "Maduaka finished fifth in 7.35": a time (holdouts 5 and 8's athletics reports)
}
# Words right after a figure that measure it rather than name it (when the grammar left them bare).
UNIT_WORDS = frozenset(
    "degrees degree celsius fahrenheit c f °c °f cents cent cts ct pence units dlrs dlr stg marks "
    "guilders crowns francs lire yen pesos rupees".split()
)
# "$1.76 a share": money per share.
PER_SHARE = ("per share", "a share", "per shr", "a shr")
# After a bare unit word, "share" alone: "nine cts share" (Reuters).
SHARE_WORDS = ("share", "shr")
# What a price is quoted per, after "at N dlrs a|per ...": the nouns after "at <figure> <money>
# per|a" in news-bench Reuters (share 328, tonne 57, barrel 26, ounce 17, unit 13, lb 5, gallon 4,
# ton 3, warrant 2, kilo 2, bushel 2, pound 1). A share has its own reading (PER_SHARE).
PRICED_PER = frozenset("tonne barrel ounce unit lb gallon ton warrant kilo bushel pound".split())

# Function words of the clause.
DETERMINER_WORDS = frozenset("the a an its their his her our my your this that these those".split())
# Determiners that stand alone as a subject before a verb: "This brought total imports to" (not
# "that": "said that downloads of TV programmes had increased" is a noun after a conjunction).
DEMONSTRATIVE_PRONOUNS = frozenset(("this",))
QUANTIFIER_WORDS = frozenset("all each both some any every another other such".split())
BE_FORMS = frozenset("is was are were be been being".split())
# Words after a participle that follows a figure and say only when or where the figure was set:
# "the peak of 43% seen in the first quarter", "a ceiling of 15.8 mln bpd agreed in Geneva last
# December" (not "by", whose agent makes the participle count: "85% owned by the government").
# Nouns of a mark set, not of what reached it: "Options on mark futures set a monthly record at
# 273,749 contracts" (news-bench; the record is of the options' volume, not "monthly").
MARK_NOUNS = frozenset("record records high highs low lows peak peaks".split())
# Participles that only say when or by whom a compared figure was given, after "than the N": "higher
# than the 116.65 billion recorded in January", "than the 480 mln announced on Tuesday" (news-bench:
# 6 such rows; not "than the 3.85 mln hectares planted in", "the three billion dlrs spent in").
REPORT_PARTICIPLES = frozenset(
    "seen recorded reported announced predicted forecast expected estimated".split()
)
WHEN_LINKS = frozenset("in on during last earlier".split())  # not "at": "units priced at 1,600 dlrs"
# Words after a counted noun that make the count its own measure, not its subject's level: "the
# visitors were 150 runs behind", "2.5 billion pixels in size" (a review's counter-examples to
# ``level_of_subject``; not "per": "trading was under 500 contracts per day" is trading).
COUNT_STATE_FOLLOWERS = frozenset((*"behind ahead short clear adrift apart unbeaten".split(), "in size"))
# Adjectives of size after a measured count: "the decision is 48 pages long".
DIMENSION_ADJECTIVES = frozenset("long wide high tall deep thick old".split())
# Level verbs (metric_words.csv) whose bare figure is their subject's level with no preposition:
# "volume was 1,000 contracts", "output totalled 41,000 units". The others take "at" ("stood at") or,
# bare, count what they act on ("the locals cover 600 workers", "closed 12,575 net cafes"): read from
# the news-bench diff of ``level_of_subject``.
BARE_LEVEL_VERBS = BE_FORMS | frozenset(
    "total totals totalled totaled totalling totaling averaged averages averaging numbered numbers "
    "remained remains stayed comprised comprises comprise comprising".split()
)  # "January wheat exports comprised 251,000 tonnes" (holdout 49): the exports (a bare count only)
# Level verbs with a particle (metric_words.csv) whose word is a noun too: after a determiner, with or
# without a modifier, it is the object of the verb before ("increase the final amount to 75 mln dlrs",
# "urged Japan to increase the amount to 6.5 mln": news-bench), not a verb ("commitments amount to").
LEVEL_NOUNS = frozenset(("amount",))
AUXILIARIES = frozenset(
    "has have had was were is are be been being will would could may might should shall can must "
    "did does do not never n't".split()
)
# "were forecast to reach", "is expected to rise": words that lead an infinitive in a verb group.
INFINITIVE_LEADS = frozenset(
    "expected forecast set likely due projected predicted estimated poised going continue continued "
    "continues seen tipped able unlikely about supposed scheduled slated intended believed thought "
    "understood".split()
)
# Prepositions between a verb or noun and its figure: "rose to", "a budget of", "climbs past".
FIGURE_PREPOSITIONS = frozenset(
    "to by at from of for past above below over under around near beyond toward towards between".split()
)
# Prepositions inside a noun phrase: "the death toll from floods across South Asia".
NP_PREPOSITIONS = frozenset(
    "of in for from across at on among under within between over during since after throughout "
    "among amongst per as".split()
)
# Nouns whose "with" holds what they are measured against, read as part of the noun phrase: "the
# trade surplus with the U.S. rose", "its deal with Fiat is worth". From the news-bench counts of
# "<word> with <Name>": agreement 257, talks 228, surplus 82, deal 68, merger 61, contract 54,
# venture 53, trade 44, deficit 41, relations 29, agreements 26, pact 19, business 19, accord 18,
# ties 17, settlement 17, surpluses 16, partnership 16 (the verbs and "along", "compared" left out).
WITH_NOUNS = frozenset(
    "agreement agreements talks surplus surpluses deal deals merger contract contracts venture trade "
    "deficit deficits relations pact business accord ties settlement partnership".split()
)
# Words that end a noun phrase read leftwards: clause links, conjunctions, reporting words.
CLAUSE_WORDS = frozenset(
    "which who whom whose that where when while whereas although though because if unless but so "
    "than said says say told according whether before".split()
)
RELATIVES = frozenset("which who that".split())
PRONOUNS = frozenset("it they this these those he she we i you there".split())
# Adverbs inside a verb group: "rose as expected to", "were also up", "has slipped year-on-year".
VERB_ADVERBS = frozenset(
    "also still now already just only again further yet even far reportedly there here instead "
    "then once previously initially originally year-on-year month-on-month quarter-on-quarter "
    "unchanged steady sharply later afterwards subsequently eventually well ago year-over-year "
    "month-over-month quarter-over-quarter year-to-date almost barely hardly little upwards downwards upward "
    "downward nevertheless nonetheless however meanwhile therefore thus too".split()
)
# Comparatives after a figure: "15 per cent lower than", "20% more likely".
COMPARATIVES = frozenset(
    "more less fewer higher lower cheaper dearer faster slower bigger smaller larger greater".split()
)
# Words of frequency that are adverbs after a figure's unit unless a noun follows ("a capacity of
# 300,000 tons yearly", "300,000 barrels daily"; not "9 pct yearly interest"): in news-bench, 17 of
# the 30 "<figure> <unit> <word>" uses of yearly, daily, weekly, monthly and annually end the phrase
# ("daily and", "annually in"). Before a noun they are adjectives, so no adverbs in -ly below.
FREQUENCY_WORDS = frozenset("hourly daily nightly weekly monthly quarterly yearly".split())
# Words in -ly that are no adverbs: "daily users", "the elderly", "July".
LY_NOT_ADVERBS = FREQUENCY_WORDS | frozenset(
    "family supply italy july early elderly assembly anomaly ally rally belly jelly".split()
)
# Words that open a time phrase between a verb and its figure's preposition: "was unchanged in
# December at", "fell last week to".
TIME_PHRASE_OPENERS = frozenset("in on during over for last this next early late".split())
# Words written between a preposition and a year in a time phrase, from news-bench.tar.gz in the frame
# "in|during|for|over|of|from|since|by|through|until <word> <year>" (counts: fiscal 327, calendar 113,
# early 91, late 85; the months 95-252 each are added where this is read): "sugar production in
# calendar 1987 would increase", "capital spending in fiscal 1988 will rise".
YEAR_MODIFIERS = frozenset("fiscal calendar early late mid".split())
# Words of state between a verb and its figure: "remained stubbornly high at 14.8%".
STATE_WORDS = frozenset("high low higher lower steady flat stable firm unchanged close level".split())
# Nouns after "on" that make a state as those words do: "kept interest rates on hold at 4.75%".
ON_STATES = frozenset(("hold",))
# The time words a metric is never about: "the highest in four years", "at the end of May".
# Nouns for a market's session after "in": when a price was seen, not what it buys ("in early trade").
MARKET_SESSION_NOUNS = frozenset("trade trading dealings session sessions business".split())
# Plural words that make one preposition with "to", not a noun's "to" phrase ("thanks to").
TO_PREPOSITIONS = frozenset(("thanks", "as"))
# Words that open a gapped clause, the verb left out: "prices were up 2.8% and food prices 3.1%".
GAP_LINKS = frozenset(("and", "while", "whereas", "but", "with"))
# Verbs of earning: the money after them is what someone made ("Jugnot made 5.45m euros last year").
EARNING_VERBS = frozenset(
    "made makes make earned earns earn grossed grosses pocketed took takes taken".split()
)  # "has taken $138m in the US"
# Time words that say when, never what a figure counts ("climbed 5-3/8 today").
# ("prior", "previously": "Qtly div 28 cts vs 25 cts prior", 56 news-bench figures read as "prior")
TIME_ADVERBS = frozenset("today yesterday tomorrow tonight overnight now ago prior previously".split())
TIME_WORDS = frozenset(
    "year years month months week weeks day days quarter quarters decade decades century centuries "
    "hour hours minute minutes second seconds morning afternoon evening night nights period periods "
    "season today yesterday tonight overnight time times end beginning start weekend date earlier later "
    "a.d. b.c. mths mth yrs wks qtr qtrs "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Participles that close a period with its last day: "results for the fiscal year ended January 31,
# 1987 are expected to rise" (news-bench Reuters: 522 "<year|quarter|months|period|weeks> ended|ending
# <Month> <day>").
PERIOD_END_PARTICIPLES = frozenset("ended ending".split())
# Names made with "of" that are one noun: "the cost of living index" is an index, not a cost. Counts
# are their mentions in news-bench.tar.gz (BBC and Reuters-21578).
OF_COMPOUNDS = frozenset(
    (
        "balance of payments",  # 131
        "certificates of deposit",  # 121, with the singular
        "certificate of deposit",
        "letters of credit",  # 61, with the singular
        "letter of credit",
        "cost of living",  # 39
        "terms of trade",  # 23
        "rate of return",  # 22
        "rate of inflation",  # 16
        "state of emergency",  # 7
        "standard of living",  # 6
    )
)
# Nouns that stand for a part of what follows "of": "the number of people killed" counts killed.
PART_OF = frozenset(
    "number total amount share proportion percentage majority tally rest half third thirds quarter quarters "
    "fraction most some count bulk all many few two-thirds three-quarters".split()
)
# Estimates name what they estimate after "of": "raised its estimate of Soviet grain imports to 26
# mln tonnes" (grain imports; Reuters' commodity reports, read in news-bench and holdout 12). Only an
# estimate with no word of its own before it: "its growth forecast for West Germany" stays a growth
# forecast. Not after "for", which names a place or a time as often as a measure ("its forecast for
# China", "for the full year", "for the third time": a review's counter-examples).
ESTIMATE_OF = frozenset(
    "estimate estimates forecast forecasts projection projections prediction predictions outlook".split()
)
# Nouns that point back at the figure before them: "put the figure at 1,600".
ANAPHORIC_NOUNS = frozenset("figure number total count tally estimate that those".split())
# Words allowed between two figures that measure the same thing: "from 4.3% in August to 4.4%",
# "47% to 39%", "22.1 percent against Huawei's 10.4 percent", "5% rather than the anticipated 5.2%".
CONNECTORS = frozenset(
    "to from and or against versus vs compared with than rather up down short of ahead the a an "
    "previous prior earlier ago before initially originally anticipated expected forecast predicted "
    "projected estimated revised reported respectively each both in on last this that per cent "
    "percent at while".split()
)
# Continuations that move from a change to a level: "rose 5% to 120", "up from 3.2%".
LEVEL_CONNECTORS = frozenset("to from".split())
# Words that open an aside inside a clause: "Core CPI, which leaves out food, gained 0.2%", "Net
# income, after the sale of its unit for 9 mln dlrs, was 4 mln dlrs" (the review of round eighteen;
# not "before", which qualifies a result: "Operating profit ..., before interest and taxes, was").
ASIDE_STARTS = frozenset(
    "which who whose where meanwhile however though including excluding particularly especially "
    "notably like after despite following".split()
)
# Words that open a sentence before its subject: "In Q3, ...", "According to the ministry, ...".
INTRODUCTORY_WORDS = frozenset(
    "in on at over during after before since for among of according meanwhile however but and so "
    "yet last this by from with as while although though despite".split()
)
# Endings of nouns made from verbs, which a "by" and their agent may follow inside a subject:
# "Investment by Japanese firms in 1987 rose" (a review's counter-example), "production by state mines".
ACTION_NOUN_ENDINGS = ("ment", "tion", "sion")
# Nouns in -ing that are nouns, not participles: "housing", "earnings".
ING_NOUNS = frozenset(
    "building housing funding spending training shipping clothing meeting earnings savings holdings "
    "bookings listings offering offerings financing borrowing lending pricing trading ceiling "
    "morning evening holding waiting".split()
)
# Verbs of a sale or a valuation: the price follows "at" or "for", after the thing sold ("sold its
# gloves business for £173m", "values the club at £800m", "was offered at 345 dlrs a tonne").
PRICE_VERBS = frozenset(
    "sell sells selling sold buy buys buying bought value values valuing valued price prices pricing "
    "priced offer offers offering offered acquire acquires acquiring acquired purchase purchases "
    "purchasing purchased auction auctions auctioned lease leases leased rent rents rented".split()
)
# Particles between a price verb and what it sells: "sold off its stake for".
PRICE_PARTICLES = frozenset("off out back up".split())
# A company's price move in a market report ("Jaguar rose 12p to 587", "ICI fell a penny at 1,334,
# Glaxo 8p at 1,480"): the level after the change is its share price, and the words a change amount
# may be written with ("12p", "a penny", "20 yen", "1-1/8"). news-bench: 61 Reuters reports hold
# "<Name> <verb> <change> to|at <level>".
SHARE_PRICE = "share price"
# Comparatives a market report writes after a share's move with "be": "Glaxo was 8p higher at 1,480".
PRICE_COMPARATIVES = frozenset("higher lower firmer easier weaker stronger dearer cheaper".split())
# A move written as a comparative after its amount, before the level it reached: "The Dow Jones index
# closed more than 1% higher at 10,137", "Sales were 0.3 pct down at 592.37 billion", "finished 24.0
# points higher at 1,824.0". news-bench holds 138 figures after "<amount> <comparative> at"; the
# level measures the clause's subject, as after "closed at".
MOVE_COMPARATIVES = PRICE_COMPARATIVES | frozenset(("up", "down"))
# The words of a move's amount between a figure and its comparative: "1-1/4 cents", "24.0 points",
# "one full point", "2-1/2 pct", "10.50 marks".
MOVE_AMOUNT_WORDS = frozenset(("%", "-", "/", "pct", "percent", "points", "point", "full", "basis"))
PRICE_MOVE_UNITS = ("p", "pence", "cts", "cents", "yen", "pfennigs", "pfennig", "centimes")
# Words after a level that make it no share's price: a currency, a measure ("to 400.50 dlrs an ounce").
NOT_SHARE_PRICE_AFTER = frozenset("% dlrs dlr dollars cents cts yen stg marks francs an a per".split())
# Particles of phrasal verbs, never the object before a figure: "set aside millions of dollars".
VERB_PARTICLES = PRICE_PARTICLES | frozenset("down aside away".split())
# Nouns of a sale before "for N" or "at N": "went on sale for $99", "a management buyout at 300p".
PRICE_NOUNS = frozenset("sale sales auction offer bid buyout takeover".split())
# ... and the nouns of a sale or purchase before "of" what changes hands, then "for N": "the sale of
# its oil and gas properties for 3,650,000 dlrs" (holdout 65), "completed the acquisition of Celanese
# for 2.84 billion dlrs" (news-bench: 24 such sums had no metric).
SALE_NOUNS = PRICE_NOUNS | frozenset(("purchase", "acquisition"))
# "of those asked": the people a poll asked, a group of their own.
POLLED = frozenset("asked questioned polled surveyed interviewed sampled".split())
# Nouns of manner after "at": "growing at an annual rate of 6 pct" measures what grows.
MANNER_NOUNS = frozenset("rate pace clip speed".split())
# What analysts did to a figure: "the 3.1% the government estimated", "the $2bn analysts expected".
EXPECTATION_VERBS = frozenset(
    "expected expecting forecast forecasting predicted predicting estimated estimating projected "
    "projecting anticipated anticipating".split()
)
# Verbs that take an object before "to N" but are nouns as often ("the deficit limit"): verbs only
# after "to" or a modal ("agreed to limit exports to 96,000 tonnes", "will cap fees at £9,000").
INFINITIVE_OBJECT_VERBS = frozenset("limit cap".split())
# Heads that never name a quantity: "at the end of May", "a lot of".
NOT_METRIC_HEADS = frozenset("end beginning start middle way lot kind sort bit part".split())
# "18% of the new homes were classed as affordable": the class names the share.
CLASS_VERBS = frozenset("classed classified rated considered deemed listed judged counted graded".split())
# After a duration, what it measures: "the work is seven years behind schedule".
TIMING_PHRASES = ("behind schedule", "ahead of schedule", "late", "overdue", "early", "delayed", "in delay")
# Wholes a share is taken of that do not say what the share counts: "the deficit was 3% of GDP".
DENOMINATORS = frozenset(
    "gdp gross domestic product output income workforce labour labor force population budget sales "
    "revenue revenues earnings turnover economy wages salary salaries".split()
)
# Words that stand right after a figure and measure it: they end a noun phrase read leftwards.
# Nouns of a takeover offer: a sum "a share" in a sentence that names one and nothing else is the
# offer per share ("raised its tender offer to acquire Cyclops Corp to 92.50 dlrs a share"), not the
# earnings per share a bare "N dlrs a share" reads as.
OFFER_NOUNS = frozenset("offer offers bid bids tender".split())
# A noun phrase right after "N a share" names the sum: "the LSE's 533p a share closing price", "a 40 dlr
# a share cash tender offer" (news-bench, the word after "a share": cash 28, tender 18, offer 12,
# takeover 9, bid 9, price 2, leveraged 2; not "range": "in the 60 dlr a share range" is a range of
# what the clause names). Its modifiers, then its head.
SHARE_SUM_MODIFIERS = frozenset("cash tender takeover leveraged closing all-cash merger".split())
SHARE_SUM_HEADS = frozenset("offer bid price buyout".split())
# Words right after a sum that are no noun of it: "paid 150 mln dlrs late last year", "received
# 310 mln dlrs pursuant to an agreement", "10 mln dlrs due in 1990", "2.3 billion dlrs total" (the
# verb before names it; "30 dlrs cash for each share" keeps cash, which annotators accept).
NOT_NOUNS_AFTER_SUM = frozenset(
    "late early pursuant due prior ahead each apiece pretax net gross worth total".split()
)
# Prepositions and the particles of change, which a reading may end on but which never name what a
# figure counts ("against 1.35 mln", "up from 7.01 pct").
NOT_METRIC_PREPOSITIONS = frozenset(
    "against from to at by with of for in on than between versus via up down".split()
)
FIGURE_WORDS = frozenset("percent cent pct per point points million billion thousand trillion mln bn".split())
# A figure's measure words: its units and scale words ("nine cts", "six mln dlrs").
MEASURE_WORDS = UNIT_WORDS | FIGURE_WORDS
# Endings of capitalised plurals that name people, not places: "Nigerians (20 per cent)", "Democrats".
PEOPLE_ENDINGS = ("ans", "ese", "is", "ers", "ats", "ists", "ites")

# Heads that name who or where, not a quantity ("the economy" is one: "the economy grew 3%"): a
# change verb after them measures the change itself
# ("the industrial world will grow a sluggish 2.5 pct": grow; "developing countries ... expanding
# 3.3 pct": expanding). Annotators of realnews-dev and the holdouts list the verb as the metric
# wherever the subject names no quantity; where it does ("shipments fell 6 percent") they accept both.
NON_MEASURE_HEADS = frozenset(
    """world nations nation countries country region regions states state company companies firm
    firms group""".split()
)

# Words that tie an amount to the noun before it: "contracts worth $40m were signed", "bond issues
# totalling 4.45 billion francs have been approved", "loans amounting to $2bn": the noun is what the
# amount measures, whatever verb follows the figure.
AMOUNT_LINKS = frozenset("worth totalling totaling costing".split())
# Verbs that name a part of a total: the part is named by a label between verb and figure ("1986 net
# includes charge 6,300,000 dlrs from ...", "includes loss 126,000 dlrs"), else by the noun after it
# ("year includes 53 weeks"), else it is part of the total ("His donations included $600,000"). In
# news-bench's Reuters notes 110 figures were read as "includes", "include" or "included" themselves.
EXCLUDE_VERBS = frozenset("exclude excludes excluded".split())  # of these, a part left out of its total
# "comprise" lists parts too: "Fees comprise 1-1/4 pct selling concession" (31 news-bench rows); a bare
# count after it is its subject's level (BARE_LEVEL_VERBS: "The total comprised 392,845 bags").
INCLUDE_VERBS = EXCLUDE_VERBS | frozenset(
    "include includes included comprise comprises comprised comprising".split()
)
# Heads of a subject before "includes" that name no total: the label of a wire note ("NOTE: 1987 qtr
# includes").
NOT_TOTAL_HEADS = frozenset("note notes".split())
AMOUNT_LINK_PHRASES = frozenset((("amounting", "to"), ("valued", "at")))
# Nouns after "in" that make it an adverbial, not what the money is: "rose to 497p in response".
IN_ADVERBIALS = frozenset("response reply return all part addition advance exchange turn connection".split())

# A participle after the noun it modifies names what the figure is: "a eurobond paying 8-3/4 pct",
# "..., earning 3.55m euros"; "priced at" is the one past participle that does ("narrowed to",
# "compared to" are finite verbs or comparisons, whose subject the figure measures).
PRICE_PARTICIPLES = frozenset(["priced"])
# Participles of change, comparison, equivalence and inclusion: their subject, or the figure before,
# is what the figure measures ("came in below forecast, rising to 5%": services inflation; "258
# million images a day, equating to 94 billion a year"; "fees total 2-1/2 pct, comprising 1-1/2 pct
# for selling"), so they name nothing themselves.
CHANGE_PARTICIPLES = frozenset(
    """rising falling climbing dropping declining increasing decreasing growing gaining losing
    slipping sliding jumping soaring surging peaking staying remaining standing reaching hitting
    closing opening ending trading comparing equating representing meaning amounting equalling
    equaling including comprising containing involving""".split()
)
# A sentence that opens "This compares with N" measures what the figure before it measured.
COMPARISON_SUBJECTS = frozenset("this that it".split())
COMPARISON_VERBS = frozenset("compares compared".split())
# The last-resort metric reading (``extract.metrics.word_before``) passes over these words as it reads
# left from a figure, besides the function-word sets above: "to buy 37.5%", "just 1%", "fiscal 1987",
# "through two-thirds of", the adjectives of a span ("the final 300m", "the first 3km", "finished
# fifth in 7.35"), a hedge or a sign ("perhaps to 2.1 billion", "minus two for Denmark") and the days
# and "unch" of wire tables: what was read in news-bench when they were not passed.
NEAREST_WORD_PASSES = frozenset(
    "to and or as just only fiscal calendar through into onto via upon beyond inside outside across "
    "along first last final next past previous full top remaining additional further opening closing "
    "mark second third fourth fifth sixth seventh eighth ninth tenth perhaps about around roughly "
    "nearly almost plus minus unch mon tue tues wed thu thur thurs fri sat sun lowest highest biggest "
    "largest smallest much".split()
)
# ... and stops at these, which link the figure to another thing rather than name it: "compared
# with 245,405", "including 135,000 ounces", "Akzo NV's three-year 14 pct" (the "s" of a possessive),
# "shouting at him from three yards away" (an object pronoun).
NEAREST_WORD_STOPS = frozenset(
    "with without against including excluding compared vs versus after since until till like among s "
    "him them us me nil".split()
)
# Words written between a determiner and a figure, mined from news-bench.tar.gz (BBC and Reuters) in
# the frame "the|a|an|its|their|his|her|our <word> <digit>" with their counts: adjectives of the
# figure ("a record 1,377 mln", "their current 4.75%", "a provisional 112.4"), never what it counts.
# Those seen at least 5 times; left out the nouns the frame also holds (total 53, year 38, net 29,
# company 7, government 7, world 6), the measures of "a maximum of" (average, maximum, minimum) and
# "gross" ("credited banks with a gross 15.2 billion marks": the gross amount).
FIGURE_ADJECTIVES = frozenset(
    "record estimated last additional next revised further first past same current remaining early "
    "provisional top late new fiscal previous outstanding original final entire preliminary initial "
    "extra proposed planned other opening unchanged present expected annual projected full high "
    "comparable combined overall mid recent existing unadjusted real nominal strong sharp separate "
    "normal negative actual so-called slight earlier".split()
)
# Participles that say how a figure was measured, after an article and perhaps an adverb: "rose 0.3
# pct to a seasonally adjusted 122.7", "an annualized 4.1 pct" (news-bench: "a seasonally adjusted N"
# 69, "an adjusted" 6, "an unadjusted" 9, "an annualized/annualised" 7). With FIGURE_ADJECTIVES they
# are passed between a verb and its figure ("rose a provisional, seasonally adjusted 2.2 pct").
FIGURE_PARTICIPLES = frozenset("adjusted annualized annualised".split())
# "had" or "has" as the verb right before a figure: its subject owns the figure rather than names it
# ("The company had 12.5 mln dlrs operating profit").
POSSESSION_VERBS = frozenset("had has have having".split())
# Words after a length that make it a place's distance from another, not a measure: "12 miles from
# the site", "30 metres out from goal", "3,000 metres up in the mountains".
DISTANCE_AFTER = frozenset(
    "from away out off up down below above behind short beyond inside outside north south east west "
    "offshore inland".split()
)
LENGTH_UNITS = frozenset(("m", "km", "cm", "mm", "mile", "yard", "ft", "inch", "nautical mile"))
# Words after a figure that make it a point in time, not an amount: "10 years later", "two weeks ago".
TIME_POINT_WORDS = frozenset("ago later earlier after before".split())
# Words after which a figure opens its clause, so that what it counts may follow it ("told Reuters
# that about 500,000 of Brazil's bankworkers were on strike", "of which 20,322 was held", "in
# October, when 2.3 billion were sent"): the complementiser, the relative, clause marks and the
# subordinators that are never prepositions too (not "as", "after", "since": "after 300 days").
CLAUSE_OPENERS = frozenset(
    (
        "that",
        "which",
        ",",
        ";",
        ":",
        "when",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "if",
        "unless",
    )
)
# The words a figure's qualifier opens with, besides the comparatives: "more than", "up to", "at
# least", "no fewer than", "over", "under" (the last-resort reading passes over them).
QUALIFIER_LEADS = frozenset("than up least most no over under".split())
# ... and every word of a phrase that bounds or approximates a figure (qualifiers.py): "closer to",
# "in the range of", "on the order of" name no measure. The phrases of an exact figure do ("an
# average of", "a total of"), and so do a bound's extremes ("a maximum of", "a high of").
QUALIFIER_PHRASE_WORDS = frozenset(
    word for phrase, kind in QUALIFIERS_BEFORE.items() if kind != "exact" for word in phrase.split()
) - frozenset("maximum minimum high low".split())
# Every word a qualifier may be written with, comparatives included ("more than", "up to", "closer to").
QUALIFYING_WORDS = COMPARATIVES | QUALIFIER_LEADS | QUALIFIER_PHRASE_WORDS
