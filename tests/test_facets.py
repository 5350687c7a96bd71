"""Which figures are the same figure: whom they count, per what, for when; and a source's own
different figures (bug reports P1-4, P1-5). Tables of our own sentences and claim rows."""

from __future__ import annotations

import pytest

from tests.test_reconcile import claims_of
from workbench import reconcile
from workbench.reconcile.facets import per_share, period, subject_class

# (subject, class)
SUBJECTS = [
    ("", ""),
    ("people", ""),
    ("Ukrainian soldiers", "military"),
    ("troops", "military"),
    ("civilians", "civilians"),
    ("homes", "homes"),
    ("houses", "homes"),
    ("cars", "vehicles"),
    ("the town's children", "children"),
]


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS, ids=[s[0] or "empty" for s in SUBJECTS])
def test_subject_class(subject: str, expected: str) -> None:
    assert subject_class(subject) == expected


# (sentence, figure, period)
PERIODS = [
    ("Health officials said 14 people died in 2021.", "14", "2021"),
    ("Health officials said 14 people died in Arlow, Tessaly in 2021.", "14", "2021"),
    ("Exports reached 9,400 tonnes in March 1991, traders said.", "9,400", "1991"),
    ("Volume hit a record 31,200 lots in June.", "31,200", ""),
    ("The earlier record was 28,900 lots in May 1990.", "28,900", "before"),
    ("The previous peak of 7,700 visitors came in 2019.", "7,700", "before"),
    ("Output rose to 5,100 tonnes in 1989 from 4,300 tonnes in 1988.", "5,100", "1989"),
    ("Output rose to 5,100 tonnes in 1989 from 4,300 tonnes in 1988.", "4,300", "before"),
    ("Net income 2.3 mln dlrs vs 1.9 mln dlrs", "1.9 mln dlrs", "before"),
    ("Profit was 7.1 mln dlrs a year earlier.", "7.1 mln dlrs", "before"),
    ("Sales climbed 6% from a year ago.", "6%", ""),
    ("Rescuers said 30 people died on Tuesday.", "30", ""),
    ("Between 20 and 30 died in Vell in 2020.", "20 and 30", "2020"),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"), PERIODS, ids=[f"{p[1]}-{p[2] or 'none'}" for p in PERIODS]
)
def test_period(sentence: str, figure: str, expected: str) -> None:
    assert period(sentence, figure) == expected, sentence


# (metric, sentence, figure, per share?)
SHARES = [
    ("loss", "Brevik lost 41 cts a share in the quarter.", "41 cts", True),
    ("earnings per share", "Earnings per share were 1.20 dlrs.", "1.20 dlrs", True),
    ("profit", "Shr profit 66 cts vs 51 cts", "66 cts", True),
    ("loss", "Brevik lost 8.2 mln dlrs in the quarter.", "8.2 mln dlrs", False),
    ("shares", "Brevik sold 2 mln shares.", "2 mln", False),
]


@pytest.mark.parametrize(("metric", "sentence", "figure", "expected"), SHARES, ids=[s[2] for s in SHARES])
def test_per_share(metric: str, sentence: str, figure: str, expected: bool) -> None:
    assert per_share(metric, sentence, figure) is expected


def _groups(rows: list[dict]) -> list[tuple[list[float], str]]:
    """Each group as (its figures, sorted; its status), largest group first."""
    result = reconcile(claims_of(*rows))
    out = []
    for _, g in result.claims.groupby("group_id"):
        out.append((sorted(g["value"].tolist()), str(g["status"].iat[0])))
    return sorted(out, key=lambda x: (-len(x[0]), x[0]))


# (name, claim rows, expected groups: (figures, status))
SPLITS = [
    (
        "homes and cars that burned are two figures",
        [
            dict(value=300, metric="burned", subject="homes", source="fire chief"),
            dict(value=40, metric="burned", subject="cars", source="fire chief"),
            dict(value=120, metric="burned", subject="houses", source="sheriff"),
        ],
        [([120, 300], "conflict"), ([40], "single")],
    ),
    (
        "soldiers and civilians killed are two figures",
        [
            dict(value=500, metric="killed", subject="soldiers", source="army"),
            dict(value=2000, metric="killed", subject="civilians", source="medics"),
        ],
        [([500], "single"), ([2000], "single")],
    ),
    (
        "one class of people and unspecified figures are one figure",
        [
            dict(value=43000, metric="killed", subject="soldiers", source="Vey", qualifier="approximate"),
            dict(value=45000, metric="killed", subject="", source="Brandt", qualifier="approximate"),
        ],
        [([43000, 45000], "consistent")],
    ),
    (
        "money lost is not casualties",
        [
            dict(value=3e6, metric="losses", unit="USD", source="Brevik"),
            dict(value=40, metric="losses", source="army", qualifier="approximate"),
            dict(value=42, metric="losses", source="medics", qualifier="approximate"),
        ],
        [([40, 42], "consistent"), ([3e6], "single")],
    ),
    (
        "a per-share figure is not a total",
        [
            dict(value=0.87, metric="loss per share", unit="USD", source="Brevik"),
            dict(value=12.1e6, metric="loss", unit="USD", source="analysts"),
        ],
        [([0.87], "single"), ([12.1e6], "single")],
    ),
    (
        "ages of two people are not compared",
        [
            dict(value=25, metric="age", unit="year", source="club"),
            dict(value=31, metric="age", unit="year", source="coach"),
        ],
        [([25], "single"), ([31], "single")],
    ),
    (
        "one person's age by two sources is compared",
        [
            dict(value=25, metric="age", unit="year", subject="Lena Ortiz", source="club"),
            dict(value=26, metric="age", unit="year", subject="Lena Ortiz", source="coach"),
        ],
        [([25, 26], "conflict")],
    ),
    (
        "the figure a comparison starts from is not the current one",
        [
            dict(
                value=136.4e6,
                number_text="136.4 mln",
                metric="revenue",
                unit="USD",
                source="Brevik",
                sentence="Brevik said revenue was 136.4 mln vs 133.3 mln.",
            ),
            dict(
                value=133.3e6,
                number_text="133.3 mln",
                metric="revenue",
                unit="USD",
                source="Brevik",
                sentence="Brevik said revenue was 136.4 mln vs 133.3 mln.",
            ),
            dict(value=133e6, metric="revenue", unit="USD", source="analysts", qualifier="approximate"),
        ],
        [([133e6, 136.4e6], "consistent"), ([133.3e6], "single")],
    ),
    (
        "a figure that says no year goes with the latest",
        [
            dict(value=12, metric="died", source="officials", sentence="Officials said 12 died in 2022."),
            dict(value=80, metric="died", source="doctors", sentence="Doctors said 80 died in 2023."),
            dict(value=84, metric="died", source="medics", qualifier="approximate"),
        ],
        [([80, 84], "consistent"), ([12], "single")],
    ),
    (
        "figures for two years are two figures",
        [
            dict(value=12, metric="died", source="officials", sentence="Officials said 12 died in 2022."),
            dict(value=80, metric="died", source="doctors", sentence="Doctors said 80 died in 2023."),
        ],
        [([12], "single"), ([80], "single")],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), [s[1:] for s in SPLITS], ids=[s[0] for s in SPLITS])
def test_groups_split_by_what_they_count(rows: list[dict], expected: list) -> None:
    assert _groups(rows) == expected


# (name, one source's figures, the other source's, status)
OWN_FIGURES = [
    ("neither of two figures matches", [300, 40], [120], "conflict"),
    ("one of two figures matches", [300, 40], [310], "consistent"),
    ("the other matches", [300, 40], [42], "consistent"),
    ("a copy of the same two figures", [1, 7.88], [1, 7.88], "consistent"),
    ("one figure each, apart", [300], [120], "conflict"),
]


@pytest.mark.parametrize(
    ("mine", "theirs", "status"), [o[1:] for o in OWN_FIGURES], ids=[o[0] for o in OWN_FIGURES]
)
def test_a_source_s_different_figures_are_not_one_range(
    mine: list[float], theirs: list[float], status: str
) -> None:
    """Bug report P1-5: a source's 300 and 40 made one range 40-300 that agreed with 120."""
    rows = [dict(value=v, metric="burned", subject="homes", source="chief") for v in mine]
    rows += [dict(value=v, metric="burned", subject="homes", source="sheriff") for v in theirs]
    group = reconcile(claims_of(*rows)).groups.iloc[0]
    assert group["status"] == status, group["explanation"]
    for v in mine:  # every figure is in the explanation: none hidden in a range
        assert f"{v:,g}" in group["explanation"], group["explanation"]


# (claim rows, the names the review queue gives their groups, without the story)
NAMED = [
    (
        [
            dict(value=500, metric="killed", subject="soldiers", source="army"),
            dict(value=2000, metric="killed", subject="civilians", source="medics"),
        ],
        {"casualties (military)", "casualties (civilians)"},
    ),
    (
        [
            dict(
                value=0.87,
                number_text="87 cts",
                metric="loss",
                unit="USD",
                source="Brevik",
                sentence="Brevik lost 87 cts a share.",
            ),
            dict(value=3e6, metric="loss", unit="USD", source="analysts"),
        ],
        {"loss ($) per share", "loss ($)"},
    ),
]


@pytest.mark.parametrize(("rows", "expected"), NAMED, ids=["whom", "per share"])
def test_split_groups_are_named_apart(rows: list[dict], expected: set[str]) -> None:
    from workbench.naming import group_names

    result = reconcile(claims_of(*rows))
    names = group_names(result.groups, result.claims, result.stories)
    assert {n.split(" — ", 1)[-1] for n in names.values()} == expected, names
