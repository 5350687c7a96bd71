"""Who says a figure: reporting verbs, titles, bodies, pronouns and channels.

NOTE: keep in sync with ``workbench/extract/attribution.py``, which compiles these.
"""

# Verbs (and verb phrases) that introduce a claim. Forms as they appear in text.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "estimated",
    "estimates", "estimate", "claimed", "claims", "claim", "posted", "posts", "wrote", "writes",
    "added", "adds", "insisted", "insists", "stated", "states", "announced", "announces",
    "noted", "notes", "noting", "argued", "argues", "warned", "warns", "confirmed", "confirms",
    "expressed", "emphasized", "emphasised", "stressed", "explained", "explains", "disclosed",
    "revealed", "reveals", "acknowledged", "admitted", "admits", "alleged", "alleges",
    "announced", "predicted", "predicts", "expect", "projected", "projects", "forecast", "forecasts",
    "calculated", "calculates", "counted", "recorded", "records", "tweeted", "declared",
    "asserted", "maintained", "maintains", "believes", "believed", "expects", "expected",
    "put the figure", "put the toll", "put the number", "put the total", "put the cost",
    "put the likely bill", "put the bill", "puts the figure", "put it", "gave a figure",
    "gave a higher toll", "gave a lower toll", "gave a toll", "gave a figure of", "says that",
    "saying", "telling", "adding", "estimating", "claiming", "insisting", "reporting",
    "suggested", "suggests", "showed", "shows", "found", "finds", "published", "publishes",
    "indicated", "indicates", "testified", "briefed", "informed", "told reporters",
    "disputed", "rejected", "countered", "replied", "responded", "conceded", "boasted",
    "complained", "pointed out", "wrote on", "recalled", "mentioned", "cited", "quoted",
)
# The gerund forms continue the preceding speaker's clause ("..., noting that").
CONTINUING_VERBS = ("noting", "saying", "adding", "telling", "estimating", "claiming",
                    "insisting", "reporting", "arguing", "warning", "explaining", "stressing")

# "According to X", "X's estimate of N": phrases whose NP is the source.
ACCORDING_TO = ("according to", "as reported by", "figures from", "data from", "estimates from",
                "released by", "published by", "compiled by", "citing", "cited by")
POSSESSIVE_CLAIM_NOUNS = ("estimate", "estimates", "figure", "figures", "count", "tally", "claim",
                          "claims", "calculation", "calculations", "forecast", "projection",
                          "assessment", "data", "numbers", "statement", "report", "toll")

# Words before a person's name that are not part of it.
TITLES = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "president-elect", "vice", "prime", "minister", "secretary", "chancellor",
    "governor", "mayor", "senator", "sen", "rep", "representative", "congressman",
    "congresswoman", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant",
    "chief", "commander", "admiral", "judge", "justice", "king", "queen", "prince", "princess",
    "pope", "bishop", "archbishop", "rev", "father", "sheikh", "chairman", "chairwoman", "chair",
    "director", "spokesman", "spokeswoman", "spokesperson", "leader", "ceo", "cfo", "founder",
    "executive", "officer", "coach", "manager", "striker", "defender", "goalkeeper", "author",
    "lead", "health", "foreign", "defence", "defense", "interior", "finance", "transport",
    "economy", "opposition", "deputy", "acting", "former", "state", "union", "party",
    "council", "city", "regional", "county", "fire", "police", "army", "senior", "junior",
    "economist", "analyst", "commissioner", "ambassador", "envoy", "head", "us", "uk", "un",
    "eu", "u.s.", "u.k.", "mp", "mep", "attorney", "sheriff", "inspector", "superintendent",
    "constable", "detective", "sergeant", "nurse", "doctor", "lawyer", "host", "emir", "crown",
)
PERSON_TITLES_MALE = ("mr", "sir", "lord", "king", "prince", "father")
PERSON_TITLES_FEMALE = ("mrs", "ms", "miss", "dame", "lady", "queen", "princess")

# Head nouns of bodies that can make a claim: "the defence ministry", "the police".
BODY_NOUNS = (
    "police", "ministry", "office", "department", "agency", "company", "government",
    "commission", "union", "council", "authority", "authorities", "service", "services",
    "spokesman", "spokeswoman", "spokesperson", "officials", "official", "researchers",
    "analysts", "economists", "critics", "engineers", "organisers", "organizers", "group",
    "team", "bank", "firm", "club", "court", "army", "military", "report", "study", "survey",
    "campaign", "charity", "board", "committee", "institute", "center", "centre", "watchdog",
    "regulator", "administration", "embassy", "party", "coalition", "federation", "association",
    "organisation", "organization", "foundation", "unit", "command", "forces", "authority",
    "operator", "hospital", "university", "prosecutors", "investigators", "experts", "scientists",
    "doctors", "residents", "witnesses", "activists", "monitors", "observers", "groups",
    "agencies", "ministries", "statisticians", "pollsters", "kremlin", "pentagon", "cabinet",
    "treasury", "parliament", "senate", "congress", "press", "bureau", "network", "monitor",
    "observatory", "secretariat", "tribunal", "assembly", "mission", "inquiry", "audit",
)
# Generic bodies that refer back to a named organisation ("the company" -> "Kestrel Foods").
GENERIC_BODIES = ("company", "group", "firm", "club", "agency", "organisation", "organization",
                  "charity", "bank", "body", "business", "operator", "carrier", "airline",
                  "retailer", "insurer", "utility", "broadcaster", "chain", "manufacturer")

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f"}
PRONOUNS_BODY = ("it", "they")

# Where a claim was made. Platforms are matched after "on"; outlets after "told".
CHANNELS = (
    "Truth Social", "X", "Twitter", "Facebook", "Instagram", "Telegram", "TikTok", "YouTube",
    "LinkedIn", "Threads", "Bluesky", "Weibo", "WeChat", "Reddit", "Substack", "Mastodon",
    "BBC", "CNN", "Fox News", "NBC", "CBS", "ABC", "MSNBC", "Sky News", "Al Jazeera", "Reuters",
    "AP", "AFP", "Bloomberg", "NPR", "PBS", "ITV", "Channel 4", "France 24", "Deutsche Welle",
    "the BBC", "state television", "national television", "radio", "television", "a podcast",
)

# Capitalised words that begin a sentence or a name but are never a speaker.
NOT_NAMES = (
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "But", "And", "Or", "If",
    "When", "While", "After", "Before", "During", "Since", "Until", "As", "Of", "To", "This",
    "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "Our", "Their", "His",
    "Her", "Its", "My", "Your", "There", "Here", "Then", "Now", "Only", "Some", "Many", "Most",
    "All", "Each", "Every", "Another", "Other", "No", "Not", "Yes", "Also", "Still", "Yet",
    "Even", "So", "Such", "Both", "Either", "Neither", "Nobody", "Everyone", "Anyone", "Anyone",
    "Residents", "Officials", "Critics", "Analysts", "Economists", "Researchers", "Local",
    "According", "Meanwhile", "However", "Although", "Though", "Despite", "Under", "Over",
    "Overnight", "Rescue", "Accounts", "During", "Figures", "Shares", "Spending", "Unemployment",
)
