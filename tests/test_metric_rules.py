"""The metric rules are offered only to figures that meet their needs (``RULE_NEEDS``), and a rule
never reads anything from a figure that lacks one: the gate skips only calls that would read nothing.

Each row is a sentence that the rule reads when the figure has the facts it needs; the same clause
with any other unit kind, without the figure before it, or without words in the figure's text, must
then read nothing from that rule.
"""

from __future__ import annotations

import pytest

from workbench.extract.clause import SentenceTokens
from workbench.extract.metrics import (
    RULE_NEEDS,
    RULES,
    RULES_FOR,
    SPELLED_RULES,
    Reading,
    clause_of,
    comparative,
    comparative_named,
    continues_previous,
    conversion,
    duration_for,
    gapped,
    level_of_subject,
    linked_amount,
    money_in_currency,
    money_in_what,
    of_them,
    own_words,
    sale_price,
    share_does,
    share_of,
    topic,
    unit_kind,
)

# One unit of each kind the rules tell apart.
UNITS = {"": "", "percent": "percent", "money": "USD", "duration": "month", "other": "km"}

# (rule, sentence, the figure's text, its unit, the figure before it in the sentence or "")
CASES = [
    (of_them, "The firm hired 300 staff, and 40% of them were women.", "40%", "percent", "300"),
    (share_does, "Of the members asked, 62% were unaware of the new fee.", "62%", "percent", ""),
    (own_words, "A total of 812 GW was installed last year.", "A total of 812 GW", "GW", ""),
    (share_of, "Imports took 41 percent of the home market.", "41 percent", "percent", ""),
    (money_in_currency, "The group lost $57.6m on $841.4m in revenues.", "$841.4m", "USD", "$57.6m"),
    (conversion, "It paid $4m (£2.9m) for the depot.", "£2.9m", "GBP", "$4m"),
    (comparative, "Fares were 15 per cent lower than a year ago.", "15 per cent", "percent", ""),
    (comparative_named, "Women were 18% more likely to vote.", "18%", "percent", ""),
    (continues_previous, "Prices rose from 4.3% in May to 4.4% in June.", "4.4%", "percent", "4.3%"),
    (
        gapped,
        "Rents were up 2.8 percent and fuel prices 3.1 percent.",
        "3.1 percent",
        "percent",
        "2.8 percent",
    ),
    (sale_price, "The chain sold its bakery arm for £173m.", "£173m", "GBP", ""),
    (duration_for, "She was detained in Camp Delta for 33 months.", "33 months", "month", ""),
    (money_in_what, "The bank earned $37 billion in fees.", "$37 billion", "USD", ""),
    (topic, "Aid rose, with 25 per cent coming from abroad.", "25 per cent", "percent", ""),
    (linked_amount, "Contracts worth 40 mln dlrs were signed.", "40 mln dlrs", "USD", ""),
    (level_of_subject, "Colour television exports fell to 343,315 sets.", "343,315", "", ""),
]


def _clause(sentence: str, figure: str, unit: str, before: str, with_previous: bool):
    start = sentence.index(figure)
    end = start + len(figure)
    previous = None
    if before and with_previous:
        p = sentence.index(before)
        previous = Reading("sales", "", "sales", p, p + len(before), p + len(before), unit)
    words = SentenceTokens(sentence, 0, len(sentence))
    return clause_of(sentence, start, end, unit, (0, len(sentence)), previous, words)


def _reads(found: Reading | None) -> bool:
    return found is not None and bool(found.metric)


@pytest.mark.parametrize(("rule", "sentence", "figure", "unit", "before"), CASES)
def test_rule_reads_its_case(rule, sentence, figure, unit, before):
    c = _clause(sentence, figure, unit, before, with_previous=True)
    assert _reads(rule(c)), (rule.__name__, sentence)
    assert rule in RULES_FOR[False, unit_kind(unit), c.prev_here is not None, c.worded]


@pytest.mark.parametrize(("rule", "sentence", "figure", "unit", "before"), CASES)
def test_rule_reads_nothing_without_its_needs(rule, sentence, figure, unit, before):
    needs = RULE_NEEDS[rule]
    for kind, other in UNITS.items():
        for with_previous in (False, True):
            c = _clause(sentence, figure, other, before, with_previous)
            met = kind in needs.units and (c.prev_here is not None or not needs.previous)
            met = met and (c.worded or not needs.worded)
            assert unit_kind(other) == kind
            if not met:
                assert not _reads(rule(c)), (rule.__name__, kind, with_previous)
            offered = RULES_FOR[False, kind, c.prev_here is not None, c.worded]
            assert (rule in offered) == met


def test_every_gated_rule_has_a_case():
    assert set(RULE_NEEDS) == {case[0] for case in CASES}


@pytest.mark.parametrize("spelled", [False, True])
def test_offered_rules_keep_their_order(spelled):
    rules = SPELLED_RULES if spelled else RULES
    for key, offered in RULES_FOR.items():
        if key[0] == spelled:
            assert list(offered) == [r for r in rules if r in offered]
            assert all(r in offered for r in rules if r not in RULE_NEEDS)


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("", ""),
        ("percent", "percent"),
        ("year", "duration"),
        ("EUR", "money"),
        ("kWh", "other"),
        ("lb", "other"),
    ],
)
def test_unit_kind(unit, kind):
    assert unit_kind(unit) == kind
