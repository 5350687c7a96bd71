"""What a figure counts: the words that name a quantity.

NOTE: keep in sync with ``data/ontology.toml`` (the reconciler's synonyms).
"""

# Participles and adjectives that make a count an event count: "43,000 soldiers have
# been killed" is metric "killed", subject "soldiers".
EVENT_WORDS = (
    "killed", "dead", "died", "wounded", "injured", "hurt", "displaced", "evacuated",
    "arrested", "detained", "rescued", "missing", "captured", "lost", "destroyed", "damaged",
    "infected", "hospitalised", "hospitalized", "vaccinated", "sacked", "laid off",
    "deported", "executed", "abducted", "kidnapped", "freed", "released", "imprisoned",
    "jailed", "convicted", "charged", "stranded", "trapped", "affected", "homeless", "unemployed",
    "burned", "flooded", "washed away", "stolen", "seized", "murdered", "slain", "drowned",
    "poisoned", "shot", "stabbed", "relocated", "resettled", "evacuees", "fatalities",
)
# Verbs that precede a figure and name it: "killed at least 14", "would cost $4.2bn".
METRIC_VERBS_BEFORE = (
    "killed", "kill", "kills", "wounded", "injured", "displaced", "evacuated", "arrested",
    "detained", "rescued", "cost", "costs", "costing", "raised", "raise", "raises", "spent",
    "spend", "spends", "spending", "saving", "save", "saves", "saved", "paid", "pay", "pays",
    "earned", "earns", "lost", "lose", "loses", "losing", "burned", "burnt", "destroyed", "damaged",
    "claimed", "employ", "employs", "employed", "received", "won", "attracted", "drew", "sold",
    "borrowed", "owed", "owes", "invested", "donated", "pledged", "allocated", "awarded", "fined",
    "collected", "generated", "produced", "shipped", "exported", "imported", "built", "hired",
    "vaccinated", "treated", "tested", "housed", "hosted", "served", "seized", "deported",
    "registered", "recorded",
)
# Verbs of change or state between a metric and its figure: "unemployment fell to 6.1%".
LINKING_VERBS = (
    "is", "was", "are", "were", "be", "been", "stood", "stands", "reached", "reaches", "hit",
    "hits", "totalled", "totaled", "totals", "fell", "falls", "fallen", "rose", "rises",
    "risen", "climbed", "climbs", "dropped", "drops", "slowed", "slows", "grew", "grows",
    "increased", "increases", "decreased", "decreases", "jumped", "jumps", "remained",
    "remains", "peaked", "peaks", "soared", "soars", "plunged", "plunges", "slipped", "slips",
    "edged", "came", "amounted", "amounts", "numbered", "numbers", "exceeded", "exceeds",
    "topped", "tops", "declined", "declines", "surged", "surges", "shrank", "shrinks",
    "doubled", "tripled", "halved", "hovered", "sat", "sits", "ran", "runs", "recovered",
    "accelerated", "eased", "eases", "widened", "narrowed", "stretched", "stretches", "reach",
    "rise", "fall", "grow", "climb", "drop", "burned", "tallied", "stayed", "averaged", "came in",
    "gets", "get", "got", "added", "cut", "lowered", "raised", "increase", "expected",
    "estimated", "put", "valued", "priced", "measured", "covered",
)
# Words that never name what a figure counts.
NOT_METRIC = (
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
    "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "must", "can", "do", "does", "did", "not", "no", "so",
    "than", "then", "as", "if", "up", "down", "out", "over", "into", "onto", "per", "each",
    "every", "more", "less", "most", "least", "about", "around", "some", "all", "also", "only",
    "just", "still", "now", "said", "says", "told", "since", "after", "before", "during",
    "while", "when", "where", "there", "here", "because", "though", "although", "against",
    "between", "among", "across", "through", "under", "above", "below", "behind", "near",
    "last", "next", "earlier", "later", "ago", "year", "years", "day", "days", "week", "weeks",
    "month", "months", "a.m", "p.m", "am", "pm", "people's", "according", "including",
    "compared", "against", "versus", "vs", "other", "others", "another", "previously", "such",
    "even", "ever", "already", "yet", "again", "too", "very", "much", "many", "few", "both",
    "either", "neither", "nor", "what", "how", "why", "whether", "once", "twice", "times",
    "mostly", "almost", "nearly", "roughly", "approximately", "last year", "instead",
)
# Generic heads that say little on their own: "people" counts, but "people rescued" says more.
GENERIC_COUNT_NOUNS = ("people", "persons", "others", "individuals", "residents", "civilians",
                       "children", "adults", "men", "women", "soldiers", "troops", "workers",
                       "members", "patients", "citizens", "inhabitants", "staff", "employees",
                       "fighters", "migrants", "refugees", "voters", "students", "households",
                       "families", "users", "customers", "passengers", "visitors", "tourists")
