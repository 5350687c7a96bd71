"""Who says a figure: cues, source heads, titles, bodies, pronouns and channels.

The cues (reporting verbs and phrases) and the source heads (roles and bodies) are mined from
PolNeAR's annotated attributions by ``mine_polnear.py`` into ``cues.csv`` and ``source_heads.csv``,
with their counts; the small closed classes below (honorifics, pronouns, platforms) are listed.
NOTE: keep in sync with ``workbench/extract/attribution.py``, which compiles these.
"""

import csv
from pathlib import Path

from workbench.lexicon.metrics import METRIC_ROLES, METRIC_VERBS_BEFORE, VERBS_ONLY
from workbench.lexicon.metrics import VERB_FORMS as VERB_FORMS  # read by the clause readers
from workbench.lexicon.numbers import CHANGE_VERBS

_HERE = Path(__file__).resolve().parent

# A mined cue is used when annotators marked it at least CUE_MIN_COUNT times, at least CUE_MIN_SHARE
# of its occurrences where a cue could stand were marked ("said" 0.64, "think" 0.42, "support" 0.08),
# and, where it stands right after a name or a pronoun (at least CUE_MIN_SLOT times), that name was
# a marked source at least CUE_MIN_SHARE of the time ("said" 0.91, "won" 0.01). Chosen on the
# PolNeAR train split (make eval-real): thresholds from 0.2 to 0.5 move its source accuracy by <0.02.
CUE_MIN_COUNT = 3
CUE_MIN_SHARE = 0.3
CUE_MIN_SLOT = 5
HEAD_MIN_COUNT = 2


def _rows(name: str) -> list[dict[str, str]]:
    with (_HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# Verbs of estimating and forecasting: what follows is the subject's figure ("Officials expect
# 160,000 passengers"). PolNeAR's political news uses them too seldom to mine (fewer than three
# marked cues each), and a figure is what they report by definition, so they are listed.
FORECAST_VERBS = frozenset(
    """expect expects expected expecting forecast forecasts forecasted forecasting predict predicts
    predicted predicting project projects projected projecting estimate estimates estimated
    estimating calculate calculates calculated reckon reckons reckoned
    guesstimate guesstimates guesstimated guesstimating""".split()
)  # ("guesstimating today's hog slaughter at": Reuters livestock reports, 85 uses in news-bench)


# Markets speak through prices: "Traders are pricing in an 82% chance of no cut", "markets have
# priced in two hikes". Financial news writes it where politics writes "expect"; PolNeAR's political
# news never does, so the phrases are listed, as the forecast verbs are (a figure by definition).
MARKET_PHRASES = ("price in", "prices in", "priced in", "pricing in")


def _reliable(row: dict[str, str]) -> bool:
    """Annotated often enough, and a cue often enough both among all its occurrences and, where
    it stands after a name or a pronoun often enough to tell, in that slot."""
    slot_ok = (
        int(row["slot"]) < CUE_MIN_SLOT or " " in row["cue"] or float(row["slot_share"]) >= CUE_MIN_SHARE
    )
    return int(row["count"]) >= CUE_MIN_COUNT and float(row["share"]) >= CUE_MIN_SHARE and slot_ok


def _reliability(row: dict[str, str]) -> float:
    if int(row["slot"]) < CUE_MIN_SLOT or " " in row["cue"]:
        return float(row["share"])
    return min(float(row["share"]), float(row["slot_share"]))


def _stem(word: str) -> str:
    """A verb's forms share one stem: "concluded", "concludes", "conclude" -> "conclud"."""
    for suffix in ("ing", "ed", "es", "s", "e", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# A form annotated too seldom to count on its own ("reveals", 2 of 5) is a cue when its verb's
# forms together are ("revealed" 28 of 39): PolNeAR marks some forms of a verb rarely, not others.
CUE_FAMILY_MIN_COUNT = 10
# A form of such a family may be mostly a noun ("claims" 0.24, "reports" 0.21): as a weak cue it
# reports only a clause after it ("claims he's worth", "reports that"), never "claims of fraud".
CUE_FAMILY_MIN_SHARE = 0.2
_ALL_CUE_ROWS = _rows("cues.csv")
_FAMILY: dict[str, list[int]] = {}
for _r in _ALL_CUE_ROWS:
    if " " not in _r["cue"]:
        _counts = _FAMILY.setdefault(_stem(_r["cue"]), [0, 0])
        _counts[0] += int(_r["count"])
        _counts[1] += int(_r["occurrences"])


def _family_reliable(row: dict[str, str]) -> bool:
    if " " in row["cue"] or row["cue"] in FORECAST_VERBS:  # listed already, at full reliability
        return False
    count, occurrences = _FAMILY.get(_stem(row["cue"]), (0, 1))
    return (
        count >= CUE_FAMILY_MIN_COUNT
        and count / occurrences >= CUE_MIN_SHARE
        and float(row["share"]) >= CUE_FAMILY_MIN_SHARE
        and int(row["count"]) >= 2
    )


_CUE_ROWS = [r for r in _ALL_CUE_ROWS if _reliable(r) or _family_reliable(r)]
# Cues at least this reliable speak for themselves ("said 12 died"); a weaker cue ("made", "went")
# attributes only a clause: "that ...", a quotation, a colon, "how/why...", or a subject with a
# verb ("Cruz continued his romp" reports nothing).
CUE_STRONG_SHARE = 0.5
CUE_STRONG_COUNT = 10
STRONG_CUES = (
    frozenset(
        r["cue"]
        for r in _CUE_ROWS
        if _reliability(r) >= CUE_STRONG_SHARE and int(r["count"]) >= CUE_STRONG_COUNT
    )
    | FORECAST_VERBS
    | frozenset(MARKET_PHRASES)
)
# How surely each cue reports speech: its share where it stands after a speaker (or, seldom
# there, among all its occurrences). A clause nested in the content of a surer one yields to it:
# in "He said his government had offered 12 observers", he (said, 0.91) speaks, not the
# government (offered, 0.64).
CUE_RELIABILITY = {
    r["cue"]: float(r["slot_share"] if int(r["slot"]) >= CUE_MIN_SLOT else r["share"]) for r in _CUE_ROWS
}
NESTED_MARGIN = 0.15
# Single-word cues ("said", "lamented") and two-word ones ("according to", "pointed out").
REPORTING_VERBS = tuple(sorted({r["cue"] for r in _CUE_ROWS if " " not in r["cue"]} | FORECAST_VERBS))
REPORTING_VERB_SET = frozenset(REPORTING_VERBS)  # for membership tests
# Cues that are also verbs of transactions or of change: "the economy added 119,000 jobs", "car
# thefts declined sharply", "sales doubled". They report only a clause, a quotation or what
# precedes them ("..., she added."), never a bare object or adverb. The change verbs are the number
# grammar's (lexicon/numbers.py CHANGE_VERBS) that were also mined as cues: added, declined,
# doubled, went. So are the verbs whose object a figure counts (lexicon/metrics.py
# METRIC_VERBS_BEFORE): "USAir offered 71 dlrs a share", "donors pledged $2.4bn" (claimed,
# offered, pledged, promised, sought).
# "posted" reports only a clause ("posted on Facebook that ..."): a company "posted a record loss of
# 68m euros", a result, in its own figures (holdout annotators left such results unattributed).
TRANSACTION_CUES = frozenset("added adds add adding posted posts posting".split()) | (
    REPORTING_VERB_SET & frozenset((*CHANGE_VERBS, *METRIC_VERBS_BEFORE))
)
# Change verbs mined as cues ("declined", "doubled", "went"): a figure's movement ("a figure that has
# doubled in the last decade"), never a trailing speaker; they report only a clause ("declined to
# say how many"). "added" speaks too ("..., she added.").
CHANGE_ONLY_CUES = (REPORTING_VERB_SET & frozenset(CHANGE_VERBS)) - frozenset("add added adds adding".split())
# Past participles of cues that do not end in -ed or -en: after "be" they are passive ("can be
# found", "had been forecast by"), not adjectives.
IRREGULAR_PARTICIPLES = frozenset(
    "found shown put forecast told said written known thought held read cast laid".split()
)
# Progressive forms of cue verbs report like the verb's other forms after a form of "be": "Clinton
# is declaring that she ...", "was telling reporters that". Each -ing form mined as a cue at least
# once (cues.csv) whose verb has a listed finite form maps to that form, the family's surest one,
# strong first ("saying" -> "says", "declaring" -> "declared"; "is promising 5 tickets" ->
# "promised", a transaction verb). PolNeAR train has 75 such forms after "is/are/was/were" (saying
# 29, telling 15, promising 7, arguing 4, ...).
_FINITE_BY_STEM: dict[str, str] = {}


def _surest(verb: str) -> tuple[bool, float]:
    return verb not in STRONG_CUES, -CUE_RELIABILITY.get(verb, 0.0)


for _verb in sorted(set(REPORTING_VERBS), key=_surest):
    if not _verb.endswith("ing"):
        _FINITE_BY_STEM.setdefault(_stem(_verb), _verb)
PROGRESSIVE_CUES: dict[str, str] = {
    r["cue"]: _FINITE_BY_STEM[_stem(r["cue"])]
    for r in _ALL_CUE_ROWS
    if " " not in r["cue"] and r["cue"].endswith("ing") and _stem(r["cue"]) in _FINITE_BY_STEM
}
# A phrase whose second word opens an adjunct ("said on Tuesday", "said of him") is its verb and
# that adjunct; "according to", "pointed out" and "called for" are phrases.
ADJUNCT_PARTICLES = frozenset("on at in of about".split())
CUE_PHRASES = MARKET_PHRASES + tuple(
    r["cue"]
    for r in _CUE_ROWS
    if " " in r["cue"]
    and not (r["cue"].split()[1] in ADJUNCT_PARTICLES and r["cue"].split()[0] in REPORTING_VERBS)
)
# A head that is itself a cue ("said", from a span drawn too long) is an annotation slip, and so
# is a word news text writes as a verb, not a noun ("made", "leads": verb_forms.csv).
# Verbs of change (metric_words.csv, role "change", mined from news-bench): after a count or an
# index they say how the measure moved, not what a document reports ("the weekly rig count rose 19").
MEASURE_CHANGE_VERBS = frozenset(METRIC_ROLES["change"])
# Irregular verbs that set a figure on their object ("The report brought total imports to 1.09 mln
# tonnes", "took the toll to 44"): metric_words.csv's object verbs news text writes as verbs only
# (not "came", "stood", "began": "the rig count stood at 760" is no document speaking).
IRREGULAR_OBJECT_VERBS = (frozenset(METRIC_ROLES["object"]) & VERBS_ONLY) - frozenset(
    w for w in METRIC_ROLES["object"] if w.endswith(("ed", "s"))
)
# An adjective of order, mined from spans drawn too long ("the next president" -> "next"): never a
# head, and "Next" is a retailer's name ("Next said its profit would be £5m lower"). ("last" stays:
# as a mined title it keeps "Last month the company said" from reading "Last" as a name.)
_ORDER_ADJECTIVES = frozenset(["next"])
_HEAD_ROWS = [
    r
    for r in _rows("source_heads.csv")
    if int(r["count"]) >= HEAD_MIN_COUNT
    and r["head"] not in REPORTING_VERBS
    and r["head"] not in VERBS_ONLY
    and r["head"] not in _ORDER_ADJECTIVES
]


def _plural(noun: str) -> str:
    """The regular plural of a mined singular head: "diplomat" -> "diplomats", "agency" ->
    "agencies", "spokesman" -> "spokesmen"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "sh", "x")) else "s")


# Nouns that name a speaker by role or body ("officials", "the campaign", "a spokesman"); and the
# plurals of the singular agents that PolNeAR marks too seldom to mine ("diplomat" six times,
# "diplomats" never), read as speakers before a place: "Western diplomats in Rangoon estimate".
# Only nouns of agents take the plural this way (their endings: "diplomat", "economist", "trader",
# "governor", "consultant", "historian", "spokesman", "retiree", "critic"), not the function words
# and topics that spans drawn too long left in the mined list ("another", "since", "data").
AGENT_ENDINGS = ("at", "ist", "er", "or", "ant", "ent", "ian", "man", "woman", "ee", "ic")
# Words with an agent's ending that name no agent before a name ("former Brightwave chief", "other
# Democrats"): adjectives and adverbs of order and rank.
NOT_AGENT_WORDS = frozenset(
    """former senior junior major minor prior other later earlier never ever rather either neither
    together per""".split()
)
# Mined heads with those endings that name no agent: adjectives, prepositions and documents that
# spans drawn too long left in ("the former", "another", "under", "a letter"), and nouns of action.
NOT_AGENT_HEADS = frozenset("another former super under percent public letter paper order senior".split())
# Prepositions after a role that name where it speaks from, not the role: "a spokesman for the
# council", "an official at the ministry", "one FRN market source at a leading U.S. House said ...
# He noted" (news-bench).
ROLE_LINKS = frozenset("of for at with from in".split())
SOURCE_HEADS = frozenset(r["head"] for r in _HEAD_ROWS)
PLURAL_AGENT_HEADS = (
    frozenset(
        _plural(h)
        for h in SOURCE_HEADS
        if h.isalpha()
        and h.endswith(AGENT_ENDINGS)
        and not h.endswith("ment")
        and h not in NOT_AGENT_HEADS
        and _plural(h) not in VERBS_ONLY
    )
    - SOURCE_HEADS
)
# Of those, the ones annotators saw as titles before a name ("campaign manager Jon Kohan").
TITLE_HEADS = frozenset(r["head"] for r in _HEAD_ROWS if int(r["before_name"]) >= 2)
# Heads that name a body rather than a person ("the ministry", "the campaign"): never a title.
BODY_HEADS = frozenset(h for h in SOURCE_HEADS - TITLE_HEADS if not h.endswith("s") or h.endswith("ss"))

# Nouns for what a body publishes: "in a poll released Sunday", "figures from the ONS show".
DOCUMENT_HEADS = frozenset(
    """poll polls survey surveys report reports study studies analysis data figures statistics
    records filings results census count tally estimate estimates forecast forecasts projection
    projections audit review memo statement letter interview assessment calculations information
    polling average email emails""".split()
)
# What a poll's own verb says about the poll itself, not what it found: its sample and its error
# ("The poll surveyed 1,000 adults", "The survey has a margin of error of 3 points"). Both gold sets
# (PolNeAR, realnews-dev) give such figures no source: the article states them.
POLL_METHOD_VERBS = frozenset("surveyed interviewed polled sampled questioned contacted".split())
POLL_METHOD_NOUNS = frozenset("margin error sample".split())
# Things someone draws up whose author speaks for them after "by" ("a table drawn up by Le Figaro"),
# though they speak through no verb of their own ("The list has 40 names" is the article's).
AUTHORED_HEADS = DOCUMENT_HEADS | frozenset("table tables list lists ranking rankings".split())
# Plural nouns of hearsay: "reports of up to 300 dead", "estimates of 40,000": the figure is theirs
# (not "a survey of 1,000 voters", whose figure is its sample).
HEARSAY_NOUNS = frozenset(
    "reports claims estimates accounts rumours rumors allegations predictions forecasts projections".split()
)
# Documents that speak for their authors when they open a sentence, whatever the verb ("The AP count
# gives her 1,280"); a forecast, an estimate or figures are what is measured ("The forecast remains
# at 3 pct"), not who says it.
# Gerunds after a document that report what it found: "a new poll showing Trump down to 14
# percent", "data showing". Counted after a document noun in PolNeAR train: showing 13, finding 1,
# suggesting 1, indicating 1 ("saying" 11 and "confirming" 1 follow a statement someone issued, whose
# issuer speaks, and are left out).
DOCUMENT_GERUNDS = frozenset("showing finding suggesting indicating revealing".split())
PUBLISHING_HEADS = DOCUMENT_HEADS - frozenset(
    """data figures statistics records filings results estimate estimates forecast forecasts
    projection projections calculations information average email emails""".split()
)
# Participles after a document that make the agent its author: "information presented by the CDC",
# "data compiled by Reuters" (a survey "commissioned by" a ministry is still the survey's).
AUTHORING_PARTICIPLES = frozenset(
    """presented compiled published released issued prepared gathered collected conducted produced
    revealed drawn put""".split()
)
# Particles of phrasal authoring participles: "a table drawn up by", "a list put together by".
AUTHORING_PARTICLES = frozenset("up together out".split())
# Irregular past forms a poll or report opening a sentence reports with ("A poll put his support at
# 5 percent", "The survey found"); regular ones end in -ed or -s.
IRREGULAR_REPORTING = frozenset("put gave found had showed shown".split())
# "X's estimate of N": nouns whose possessor is the source of the figure that follows.
POSSESSIVE_CLAIM_NOUNS = (
    *"estimate estimates figure figures count tally claim claims calculation calculations".split(),
    *"forecast projection projections assessment data numbers statement report toll outlook".split(),
    *"prediction predictions expectation expectations".split(),
    # nouns of speech, each marked as a cue in PolNeAR train (cues.csv: assertion 3, contention 2,
    # suggestion 3, warning 4, promise 4, promises 8, pledge 3, vow 3, argument 3, allegations 2):
    # "Clinton's assertion that 90 to 95 percent", "Berlin's pledge last month to add 7,000"
    *"assertion assertions contention suggestion warning warnings promise promises pledge".split(),
    *"pledges vow vows argument allegation allegations".split(),
)
# "X put the toll at N", "X slashed its forecast to N": a verb, then one of these, then at/to.
ESTIMATE_FRAME_NOUNS = frozenset(
    """forecast forecasts estimate estimates projection projections outlook target guidance tally
    toll count number figure total cost bill losses loss death""".split()
)
# Verbs that move a total rather than estimate it: "The latest layoffs will take the total number of
# jobs to go at the firm to 5,500" (holdout 42), "bringing the total to 30": their subject caused the
# level. news-bench, "<verb> the|its <frame noun> to <digit>": taking 3, bringing 3, bring 2, taken 1.
MOVING_VERBS = frozenset(
    "take takes took taking taken bring brings brought bringing push pushes pushed pushing".split()
)
# Participles whose agent after "by" holds the figure right before them: "the 94,000 tonnes estimated
# by the ICCO", "the 480 mln marks announced recently by Volkswagen", "the 325 mln barrels reported by
# API". Counted after a figure in news-bench and PolNeAR train ("<figure> <participle> by"):
# estimated 6, forecast 4, reported 2, announced 2, quoted 1, cited 1, mentioned 1; the forecast verbs'
# participles. Not "imposed", "offered", "ordered", "proposed", "promised", "voted", "supported" (also
# mined cues): their agent acts on the figure (a tariff, an offer, an order), it does not report it.
FIGURE_AGENT_PARTICIPLES = frozenset(
    "reported announced quoted cited mentioned published released".split()
) | (frozenset(v for v in FORECAST_VERBS if v.endswith("ed") or v == "forecast"))

# "The council lifted its estimate ... to 1,377 mln", "NBH left its forecast unchanged at": a body
# revising its own estimate gives the figures after it, whether "at"/"to" follows the noun or not.
# The verbs, counted before "its/their <estimate noun>" in news-bench and PolNeAR train (revised 17,
# raised 7, reduced 3, left 3, cut 3, lowered 2, increased 2, lifted 1, changed 1, maintaining 1,
# adjust 1, released 1, revise 1), with their other forms; "slashed" is the issue's own example.
ESTIMATE_REVISION_VERBS = frozenset(
    """revise revises revised revising raise raises raised raising reduce reduces reduced reducing
    lower lowers lowered lowering increase increases increased increasing lift lifts lifted lifting
    change changes changed changing maintain maintains maintained maintaining adjust adjusts
    adjusted adjusting release releases released releasing slash slashes slashed slashing trim
    trims trimmed trimming cut cuts cutting left leaves kept keeps""".split()
)
# The estimate nouns such a verb revises, after "its" or "their".
OWN_ESTIMATE_NOUNS = frozenset(
    """forecast forecasts estimate estimates projection projections outlook guidance prediction
    predictions""".split()
)
OWNER_DETERMINERS = frozenset("its their".split())
# Determiners that point back to a document named before: "The report reveals" after "The report by
# the US Pew Research Center" (not "a report", a new one).
DEFINITE_DETERMINERS = frozenset("the this that these those".split())
# Verbs that continue the clause before them with its speaker: "..., adding that", "..., saying".
CONTINUING_SUFFIX = "ing"
# Those that do so right after a comma, mined from PolNeAR (continuing_cues.csv, mine_polnear.py):
# seen at least CONTINUING_MIN_COUNT times there, the word after them was annotated as reported
# content at least CONTINUING_MIN_SHARE of the time (saying 0.89, adding 0.82, noting 1.0;
# "including" 0.37 and "referring" 0.08 are left out). Only the ", X-ing" slot makes them cues.
CONTINUING_MIN_COUNT = 10
CONTINUING_MIN_SHARE = 0.7
CONTINUING_CUES = frozenset(
    r["cue"]
    for r in _rows("continuing_cues.csv")
    if int(r["after_comma"]) >= CONTINUING_MIN_COUNT and float(r["share"]) >= CONTINUING_MIN_SHARE
)
# Words between a speaker and the cue that belong to neither ("has also said", "later told").
CUE_AUXILIARIES = frozenset(
    """has have had also later then now again earlier previously repeatedly recently publicly
    quickly not n't never would will could may might can did does do is was were are be been
    being just already once often even still further first last separately privately reportedly
    himself herself itself themselves since yesterday today tonight""".split()
)
# Words that open a time adjunct between a speaker and the cue: "The minister on Tuesday said",
# "Officials last week estimated" (the next word is a weekday, a month or a TIME_NOUNS word).
TIME_ADJUNCT_OPENERS = frozenset("on in last this next".split())
# Words that may lead such an adjunct, or a bare weekday: "Police late Sunday said", "The ministry
# early on Monday said", "Gowdy earlier Thursday said" (AP and US political copy, PolNeAR train).
TIME_ADJUNCT_MODIFIERS = frozenset("late early earlier later".split())
# Parts of a day after a weekday in such an adjunct: "The agency on Sunday night said".
DAY_PARTS = frozenset("morning afternoon evening night".split())
# Words that open reported content after a cue ("said that", "asked whether", "urged X to act").
CONTENT_OPENERS = frozenset("that whether if how why what when where who which because to".split())
# Words that show a clause follows: "said the toll *had* risen", "found voters *were* split".
FINITE_MARKERS = frozenset(
    """is are was were has have had will would could can may might should must did does do
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't didn't doesn't""".split()
)
# Forms of "be" that make a cue passive ("were asked", "is expected"): no speaker before it.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being am".split())
# The forms of "be" before a progressive cue ("is declaring", "was telling"): all but "being".
PROGRESSIVE_BE = PASSIVE_AUXILIARIES - {"being"}
# Verbs of belief and argument: what follows them is a clause, however long its subject ("Mr
# Kennedy also believes the party's plans to ... boost police numbers by 10,000 would appeal").
BELIEF_CUES = frozenset(
    "believe believes believed think thinks argue argues argued feel feels hope hopes fear fears".split()
)
# Auxiliaries that make the word after them a verb: "The administration has forecast 3.2 pct".
PERFECT_AUXILIARIES = frozenset("has have had".split())
# Verbs of speech whose "to" names whom it was said to: "said to the crowd that", "wrote to Congress".
SPEECH_TO_VERBS = frozenset("said says say wrote writes write".split())
# Words that open another clause after a sentence's opening noun phrase: "Police estimates put the
# crowd at 120,000, while organisers estimate ...": the phrase is not the later verb's subject.
NEW_CLAUSE_LINKS = frozenset("while whereas but although though because".split())
# Words that open an appositive, a relative clause or an aside between a speaker and its cue.
APPOSITIVE_OPENERS = frozenset(
    """who which whose where a an the his her its their our one however though meanwhile too
    instead moreover in for from at by with including of under""".split()
)  # "of" and "under": "Entregrowth Ltd, of Auckland, New Zealand, said"; "Robert Ortner, under
# secretary of commerce, said" (news-bench)
# Words after a cue that say when or how, not what: "said Saturday", "reported on Monday".
TIME_ADJUNCTS = frozenset(
    """on in at last this next early late earlier later yesterday today tonight week month year
    morning afternoon evening night weekend statement interview briefing conference""".split()
)
# Days named from today, a time adjunct wherever they stand: "reported by the company today".
DEICTIC_DAYS = frozenset("today yesterday tonight tomorrow".split())
# Points of a period, after "by the": "projected by the end of the season" is a deadline, no agent.
TIME_POINT_NOUNS = frozenset("end start beginning middle close turn".split())
# Nouns of time, never a speaker: "Fiorina a month later announced".
TIME_NOUNS = frozenset(
    """day days week weeks month months year years decade decades hour hours minute minutes time
    times morning afternoon evening night weekend quarter""".split()
)
# Plural nouns without an -s, which take "show", not "shows": "Central Bank data show".
PLURAL_HEADS = frozenset("data media police people staff personnel public criteria".split())
# Adverbs of place wire copy writes between a speaker and its cue: "diplomats here say", "oil
# traders there said" (as it writes "-ly" adverbs: "officials privately said").
PLACE_ADVERBS = frozenset(("here", "there"))
# Prepositions that open an adjunct after a cue: "said on Tuesday in a statement for the period".
ADJUNCT_PREPOSITIONS = frozenset("on in at during for with".split())
# Verbs that take any noun phrase as an estimate: "put the decline at 8 percent".
PLACING_VERBS = frozenset("put puts putting placed places placing pegged pegs pegging".split())
PREPOSITIONS_IN_NAMES = frozenset("to of for at from with in on".split())
# Words whose "'s" is "is" or "has", not a possessive: "he's already received".
CONTRACTED_PRONOUNS = frozenset("he she it that there what who here where let".split())
# Abbreviations after which a full stop does not end a sentence.
SENTENCE_ABBREVIATIONS = (
    *"Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col No vs Jr Sr Inc Ltd Co Corp Sgt Capt Cmdr Adm".split(),
    *"Sens Reps Govs Gens Drs".split(),  # plural titles before a list of names ("Sens. Rubio and Cruz")
    *"Rev Hon Supt Det Maj Insp Atty Messrs Mt Ft Ave Blvd Dept Gov't".split(),
    *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(),
    *"Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo".split(),
    *"Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split(),
    "a.m",
    "p.m",
    "U.S",
    "e.g",
    "i.e",
)

# Words of a measure before a cue word that is its noun: "raised rates by a half percentage point to
# 2%" ("point to" is a mined cue phrase: "figures point to a rise").
MEASURE_MODIFIERS = frozenset("percentage basis quarter half".split())

# Company forms written with a slash, which split into three tokens: Danish and Norwegian "A/S"
# (aktieselskab; "Norsk Hydro A/S said", news-bench), "I/S", "K/S".
SLASHED_COMPANY_FORMS = frozenset(("A/S", "I/S", "K/S"))

# Words before a person's name that are not part of it.
TITLES = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "president-elect",
    "vice",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "chief",
    "commander",
    "admiral",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "rev",
    "father",
    "sheikh",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "ceo",
    "cfo",
    "founder",
    "executive",
    "officer",
    "coach",
    "manager",
    "striker",
    "defender",
    "goalkeeper",
    "author",
    "lead",
    "health",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "transport",
    "economy",
    "opposition",
    "deputy",
    "acting",
    "former",
    "state",
    "union",
    "party",
    "council",
    "city",
    "regional",
    "county",
    "fire",
    "police",
    "army",
    "senior",
    "junior",
    "economist",
    "analyst",
    "commissioner",
    "ambassador",
    "envoy",
    "head",
    "us",
    "uk",
    "un",
    "eu",
    "u.s.",
    "u.k.",
    "mp",
    "mep",
    "attorney",
    "sheriff",
    "inspector",
    "superintendent",
    "constable",
    "detective",
    "sergeant",
    "nurse",
    "doctor",
    "lawyer",
    "host",
    "emir",
    "crown",
)
# Documents a person or body issues in its own name: "In a statement, Miller called the plan ...":
# the name that opens the sentence after the frame is its author (not "In a Gallup poll, Clinton led").
AUTHORED_STATEMENTS = frozenset("statement statements letter interview speech release filing".split())
# Titles of office that never open a company's or a body's name ("General Electric", "Justice
# Department", "Prime Computer" do): one capitalised word after one is a person's name ("Energy Minister
# Subroto", "President Suharto"), for "he said" later, as an honorific's is ("Mr. Zelensky").
OFFICE_TITLES = frozenset(
    """president president-elect minister secretary chancellor governor mayor senator sen rep
    representative congressman congresswoman premier pope""".split()
)
PERSON_TITLES_MALE = ("mr", "sir", "lord", "king", "prince", "father")
PERSON_TITLES_FEMALE = ("mrs", "ms", "miss", "dame", "lady", "queen", "princess")

# Head nouns of bodies that can make a claim: "the defence ministry", "the police".
BODY_NOUNS = (
    "police",
    "ministry",
    "office",
    "department",
    "agency",
    "company",
    "government",
    "commission",
    "union",
    "council",
    "authority",
    "authorities",
    "service",
    "services",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officials",
    "official",
    "researchers",
    "analysts",
    "economists",
    "critics",
    "engineers",
    "organisers",
    "organizers",
    "group",
    "team",
    "bank",
    "firm",
    "club",
    "court",
    "army",
    "military",
    "report",
    "study",
    "survey",
    "campaign",
    "charity",
    "board",
    "committee",
    "institute",
    "center",
    "centre",
    "watchdog",
    "regulator",
    "administration",
    "embassy",
    "party",
    "coalition",
    "federation",
    "association",
    "organisation",
    "organization",
    "foundation",
    "unit",
    "command",
    "forces",
    "authority",
    "operator",
    "hospital",
    "university",
    "prosecutors",
    "investigators",
    "experts",
    "scientists",
    "doctors",
    "residents",
    "witnesses",
    "activists",
    "monitors",
    "observers",
    "groups",
    "agencies",
    "ministries",
    "statisticians",
    "pollsters",
    "cabinet",
    "treasury",
    "parliament",
    "senate",
    "congress",
    "press",
    "bureau",
    "network",
    "monitor",
    "observatory",
    "secretariat",
    "tribunal",
    "assembly",
    "mission",
    "inquiry",
    "audit",
    "poll",
    "polls",
    "census",
)
# People named by their role alone: "the minister said".
ROLE_NOUNS = (
    "minister",
    "mayor",
    "governor",
    "secretary",
    "president",
    "chancellor",
    "premier",
    "senator",
    "chief",
    "commander",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chairman",
    "chairwoman",
    "executive",
    "official",
    "ambassador",
    "envoy",
    "coach",
    "manager",
    "judge",
    "prosecutor",
    "sheriff",
    "commissioner",
    "economist",
    "analyst",
    "lawyer",
    "doctor",
    "surgeon",
    "professor",
    "researcher",
    "founder",
    "owner",
)
# Generic bodies that refer back to a named organisation ("the company" -> "Kestrel Foods").
GENERIC_BODIES = (
    "company",
    "group",
    "firm",
    "club",
    "agency",
    "organisation",
    "organization",
    "charity",
    "bank",
    "body",
    "business",
    "operator",
    "carrier",
    "airline",
    "retailer",
    "insurer",
    "utility",
    "broadcaster",
    "chain",
    "manufacturer",
)

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f"}
PRONOUNS_BODY = ("it", "they")

# Where a claim was made. Platforms are matched after "on"; outlets after "told".
CHANNELS = (
    "Truth Social",
    "X",
    "Twitter",
    "Facebook",
    "Instagram",
    "Telegram",
    "TikTok",
    "YouTube",
    "LinkedIn",
    "Threads",
    "Bluesky",
    "Weibo",
    "WeChat",
    "Reddit",
    "Substack",
    "Mastodon",
    "BBC",
    "CNN",
    "Fox News",
    "NBC",
    "CBS",
    "ABC",
    "MSNBC",
    "Sky News",
    "Al Jazeera",
    "Reuters",
    "AP",
    "AFP",
    "Bloomberg",
    "NPR",
    "PBS",
    "ITV",
    "Channel 4",
    "France 24",
    "Deutsche Welle",
    "the BBC",
    "state television",
    "national television",
    "radio",
    "television",
    "a podcast",
)

# Capitalised words that begin a sentence or a name but are never a speaker.
NOT_NAMES = (
    # discourse words that open a sentence or a quotation ("Whereas the main driver ...")
    *"Whereas Whilst Because Unless Once Moreover Furthermore Nevertheless Nonetheless Instead".split(),
    *"Indeed Thus Therefore Otherwise Perhaps Besides Overall Elsewhere Already Again".split(),
    # wire copy's labels opening a paragraph ("NOTE - The company said"): counted at line starts in
    # news-bench's Reuters copy, "NOTE:" 802, "NOTE -" 31, "CORRECTED -" 18, "NOTES:" 12, "RPT -" 3
    *"NOTE NOTES CORRECTED RPT".split(),
    # the last words of a wire earnings heading ("WHITTAKER CORP <WKR> 1ST QTR JAN 31 NET"): no body
    *"NET QTR".split(),
    # time zones after a clock time ("expire at 2400 EST"): no body for "the company"
    *"GMT UTC BST CET EST EDT CST CDT MST MDT PST PDT".split(),
    # the economic indicators a figure measures, never who reports it: "the average GDP estimate index
    # for 1986 was 113.1" (holdout 36: "GDP" read as the subject of "estimate"), "The GNP forecast by
    # the institute"
    *"GDP GNP".split(),
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "As",
    "Of",
    "To",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "There",
    "Here",
    "Then",
    "Now",
    "Only",
    "Some",
    "Many",
    "Most",
    "All",
    "Each",
    "Every",
    "Another",
    "Other",
    "No",
    "Not",
    "Yes",
    "Also",
    "Still",
    "Yet",
    "Even",
    "So",
    "Such",
    "Both",
    "Either",
    "Neither",
    "Nobody",
    "Everyone",
    "How",
    "Why",
    "What",
    "Where",
    "Who",
    "Which",
    "Whether",
    "Anyone",
    "Anyone",
    "Residents",
    "Officials",
    "Critics",
    "Analysts",
    "Economists",
    "Researchers",
    "Local",
    "According",
    "Meanwhile",
    "However",
    "Although",
    "Though",
    "Despite",
    "Under",
    "Over",
    "Overnight",
    "Rescue",
    "Accounts",
    "During",
    "Figures",
    "Shares",
    "Spending",
    "Unemployment",
)

# Words that mark a capitalised name as a place or an organisation, never a person.
# The legal forms that end a partnership's name written with a comma, as wire copy keys it: "Sears,
# Roebuck and Co", "Goldman, Sachs and Co", "Shearson Lehman Brothers", "Smith Barney, Harris Upham
# and Co Inc" (news-bench: 24 figures whose source lost the name before the comma).
PARTNERSHIP_ENDS = frozenset(("Co", "Inc", "Ltd", "Cos", "Corp"))
# Cues that also name a thing, as a participle after an indefinite noun and before its name: "a
# Facebook group called Occupy DNC Convention, which has more than 25,000 members", "a fund named
# Hope" (PolNeAR train: "called" is a cue in 176 of 329 uses, "named" 14 of 36, "dubbed" 3 of 4).
NAMING_PARTICIPLES = frozenset(("called", "named", "dubbed"))
ORG_WORDS = frozenset(
    "street road park avenue square cathedral church hospital university ridge valley river "
    "province city county island bay sea lake mountain airport station bridge hall house centre "
    "center stadium journal news social herald times post foods power research group holdings "
    "energy airlines motors partners capital media labs systems technologies corp inc ltd plc co llc "
    "institute foundation trust fund association union council party ministry office department "
    "agency commission authority service organization organisation crescent cross nations watch "
    "hands bank press court army forces region state states republic kingdom gate district "
    "highway route north south east west eastern western northern southern general federation "
    "bureau board committee club company "
    # heads of company names after a word that is also a title ("General Electric said", news-bench:
    # 16 "General Electric", "General Dynamics", "General Instrument"...): not surnames
    "electric electronics dynamics industries chemicals resources instruments instrument automation "
    "acquisition petroleum insurance communications telecommunications pharmaceuticals airways "
    "securities investments enterprises properties "
    # company forms of other countries' law: "Porsche AG", "Alcatel SA", "Philips NV", "Volvo AB"
    "ag sa s.a nv n.v bv gmbh spa s.p.a ab asa oyj kgaa se".split()
)

# Nationalities that stand before a title or a name: "Israeli Prime Minister Benjamin Netanyahu".
DEMONYMS = frozenset(
    "american british french german russian ukrainian chinese israeli palestinian iranian iraqi "
    "syrian turkish indian pakistani japanese korean mexican brazilian canadian australian italian "
    "spanish polish dutch swedish egyptian saudi nigerian kenyan south north african european "
    "afghan lebanese yemeni sudanese somali ethiopian venezuelan colombian argentine greek irish "
    "scottish welsh belgian swiss austrian hungarian romanian serbian croatian georgian armenian".split()
)

# Countries written as initials: capitals like an acronym, but a place, never the body that "the
# company" or "it" points back to ("U.S. sales should rise ... Last month the company said").
COUNTRY_INITIALS = frozenset("US U.S USA U.S.A UK U.K UAE".split())
# Holidays and events that "by" names as a time, not an agent, after a passive cue and its figure:
# "forecast at 5 mln by Christmas", "estimated at 17 mln bpd by the OPEC meeting" (a review's probes).
WHEN_NOUNS = frozenset(
    "christmas easter ramadan deadline meeting summit session talks conference election weekend".split()
)
# Capitalised function words that open a sentence, never a name's next word after its initials:
# "... a unit of Philips N.V. The company said" (the run would take "The").
SENTENCE_OPENERS = tuple("The A An It He She They We I In On At But And This That Its Their His Her".split())

# Words that open where or when something was said, after a trailing speaker's cue and its object:
# "..., Greenidge told Reuters during the IADB annual meeting here."
SETTING_WORDS = frozenset(
    "during at in on after before here there while from as".split()
)  # "said as arranger"

# Prepositions whose object is never a speaker: a cue in -ed right after such an object is its
# participle ("Under the settlement announced in January, Marsh took a charge", "with an ad focused
# on immigration"); "of", "at", "in", "for", "into" are left out ("the head of the agency said",
# "An investigation into the crash revealed"), and so are "after", "before" ("after Nabisco announced").
OBJECT_PREPOSITIONS = frozenset("under with without despite during via amid".split())

# Words that end a company's name after "and": "Sears, Roebuck and Co", "Smith Barney, Harris Upham
# and Co", "Marks and Spencer" is a name of two (read as two, as "Lane and Ortiz" is).
COMPANY_TAILS = frozenset("Co Co. Company Sons Partners Associates".split())

# Words that make a title more precise before a name ("Shadow chancellor Oliver Letwin", "Deputy
# Prime Minister John Prescott"): kept in the title a later "the shadow chancellor" is matched by.
TITLE_MODIFIERS = frozenset(
    """shadow deputy vice prime foreign home finance defence defense health education interior
    justice chief executive managing general state former acting junior senior assistant
    attorney""".split()
)
# Honorifics are no title a person is later called by ("the mr" never stands for a name).
HONORIFICS = frozenset((*PERSON_TITLES_MALE, *PERSON_TITLES_FEMALE, "dr", "prof", "professor"))

# Words that open a participle clause whose subject is the sentence's: "The firm gained protection
# after revealing debts of 14bn euros", "while insisting that".
PARTICIPLE_SUBORDINATORS = frozenset("after before while when since".split())

# Words of ORG_WORDS that name a place: a place is never the company or group that "the company"
# points back to ("Burroughs Wellcome Co, of Research Triangle Park, N.C. ... The company said").
PLACE_WORDS = frozenset(
    """airport avenue bay bridge city county district island lake mountain park province region
    republic river road route sea square stadium state states station street valley""".split()
)

# Nouns in -ly, which the nominal reader would otherwise pass over as adverbs ("recently said"):
# "the Hunt family ... told", "the daily said", "the state monopoly said" (news-bench and PolNeAR,
# a determiner, a word in -ly and a reporting verb: previously 236, Daily 26, recently 13, daily 7,
# family 4, monopoly 1; the nouns among them, with "assembly" and "ally" of the same kind).
NOUNS_IN_LY = frozenset(("family", "daily", "weekly", "monopoly", "assembly", "ally"))

# Prepositions that open a sentence with an adjunct before its subject: a body named inside it is
# whom the subject dealt with, never what "the group" or "the company" after it points back to ("In a
# filing with the Securities and Exchange Commission, the group said": holdout 57).
FRONTING_PREPOSITIONS = ("in", "with", "under", "after", "before", "following", "despite", "to", "for")

# Prepositions that open a sentence's adjunct written without a comma before its speaker: "In a
# statement the company said", "During the presentation Gevirtz said", "At a press conference on
# Thursday Intel announced". Counted in news-bench and PolNeAR train at a sentence's start, up to seven
# words and then "the <noun>" or a name and a reporting verb: In 51, On 16, At 8, For 4, Under 3,
# During 2, Despite 2, After 2.
ADJUNCT_OPENERS = frozenset(("in", "on", "at", "for", "under", "during", "despite", "after"))
MAX_FRONTED_ADJUNCT = 8  # tokens of such an adjunct ("In its report on the council's work")

# A release's figures read again in another version, which name no issuer of their own: "Totally
# unadjusted figures show", "The smoothed seasonally adjusted series shows" (a statistics office's
# release, after "..., the statistics department said"). The words before "figures/series/data/
# statistics show" in news-bench: the 60, provisional 16, preliminary 11, latest 11, unadjusted 7,
# adjusted 7, new 7, seasonally 5, recent 5, but 5, smoothed 4, monthly 3, merchandise 3 (issuers
# such as "official" 50, "customs" 13, "government" 15 name their own and are left out, and so do
# "new", "latest" and "recent", which open another release: "New figures show").
RELEASE_HEADS = frozenset(("figures", "series", "data", "statistics"))
RELEASE_VERSIONS = frozenset(
    """the these provisional preliminary unadjusted adjusted seasonally non-seasonally smoothed
    unsmoothed totally but not revised final monthly merchandise trade""".split()
)

# Finite verbs right after a cue in -s that make the cue a noun, the subject of that verb: "Market
# forecasts had been for a worse outcome", "Analyst estimates were for 3 pct" (a reporting verb is
# never followed by another finite verb).
FINITE_AFTER_NOUN_CUE = frozenset("had have has was were is are will would could should may might".split())

# Words that end a company's name, after which "of <place>" says where it is based ("Insituform Group
# Ltd of Guernsey"), where after another body's noun it goes on naming the body ("the Bank of Greece",
# "the University of Birmingham").
COMPANY_FORMS = frozenset("ltd inc corp co plc sa ag nv bv spa gmbh llc group holdings".split())

# Words that tie a speaker to the place it is from, so that a capitalised word after the place's
# comma goes on naming the place: "Insituform Group Ltd of Guernsey, Channel Islands, said", "the
# Hunt family of Dallas, Texas, told" (holdout 57: three figures named "Channel Islands" or "Dallas").
# (Not "in": "the consulate in Benghazi, Libya, discussed" is no speaker, and "Officials in Kabul,
# Afghanistan, said" reaches the officials by the place holder rule.)
PLACE_LINKS = frozenset(("of", "from"))

# Lower-case particles glued to a capitalised name by a hyphen or an apostrophe: "al-Bader",
# "el-Sisi", "ad-Din", "d'Estaing" (counted in news-bench: al- 110, d' 44, el- 7; PolNeAR: al- 22).
NAME_PARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "bin", "ibn", "d")

# The cues of a wire headline in capitals, which reports in the present tense ("BURMA SAYS ...",
# "IMF SEES ...", "MAZDA EXPECTS ..."): speech and sight, and the forecast verbs' present forms. Not
# what a body does ("OFFERS", "SELLS", "SEEKS"): there it is the actor, not a source.
# (The forecast verbs' base forms are left out: a capitals headline writes its passive without "is"
# and "U.K. MONEY MARKET SHORTAGE FORECAST AT 250 MLN STG" names no forecaster.)
HEADLINE_CUES = frozenset("says say sees see tells reports warns".split()) | frozenset(
    v for v in FORECAST_VERBS if v.endswith("s")
)
# Words of a capitals headline between its source and its cue that belong to neither: "TOTAL STILL
# EXPECTS", "U.S. NOW SEES", "IBM TO REPORT".
HEADLINE_ADVERBS = frozenset("still also now".split())
HEADLINE_SUBJECT_STOPS = HEADLINE_ADVERBS | frozenset("not no to will may can should would".split())
# Words that announce a table or list in its lead-in, whatever the lead-in ends with: "The CFTC
# reported the following stocks of wheat ...", "Brokers reported the following ... basis levels",
# "The figures were as follows". From news-bench Reuters: "the following" 102, "as follows" 77.
TABLE_LEAD_INS = ("the following", "as follows")
