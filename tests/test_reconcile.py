"""Grouping and status as tables of small claim sets; the seed end to end."""

import pandas as pd
import pytest

from workbench import extract_claims, reconcile
from workbench.schema import as_claims


def claims_of(*rows: dict) -> pd.DataFrame:
    base = {
        "doc_id": "d1",
        "number_text": "",
        "low": None,
        "high": None,
        "qualifier": "exact",
        "unit": "",
        "subject": "",
        "channel": "",
        "quote": False,
        "sentence": "Officials in Kharvo and Dunmore spoke.",
    }
    out = []
    for i, r in enumerate(rows):
        row = base | {"claim_id": f"c{i}", "start": i * 10, "end": i * 10 + 5} | r
        row["number_text"] = row["number_text"] or f"{row['value']:,}"
        out.append(row)
    return as_claims(out)


# (claims, expected group count, expected statuses)
GROUPING = [
    (
        "two sources agree within tolerance",
        [
            dict(value=100, metric="killed", source="A"),
            dict(value=105, metric="dead", source="B", qualifier="approximate"),
        ],
        1,
        {"consistent"},
    ),
    (
        "two sources conflict",
        [dict(value=100, metric="killed", source="A"), dict(value=400, metric="deaths", source="B")],
        1,
        {"conflict"},
    ),
    (
        "one source only",
        [dict(value=100, metric="killed", source="A"), dict(value=100, metric="killed", source="A")],
        1,
        {"single"},
    ),
    (
        "percent never joins a count",
        [
            dict(value=6, metric="unemployment", source="A", unit="percent"),
            dict(value=6, metric="unemployment", source="B"),
        ],
        2,
        {"single"},
    ),
    (
        "a currency the ECB does not quote only with itself",
        [
            dict(value=4e9, metric="cost", source="A", unit="USD"),
            dict(value=4e9, metric="cost", source="B", unit="UAH"),
        ],
        2,
        {"single"},
    ),
    (
        "parts sum to a total",
        [
            dict(value=400_000, metric="casualties", source="T", qualifier="approximate"),
            dict(value=43_000, metric="killed", source="Z"),
            dict(value=370_000, metric="wounded", source="Z", qualifier="approximate"),
        ],
        1,
        {"consistent"},
    ),
    (
        "parts that do not reach the total",
        [
            dict(value=900_000, metric="casualties", source="T"),
            dict(value=43_000, metric="killed", source="Z"),
            dict(value=370_000, metric="wounded", source="Z"),
        ],
        1,
        {"conflict"},
    ),
    (
        "lower bound is consistent with a larger figure",
        [
            dict(value=90_000, metric="displaced", source="A", qualifier="lower_bound"),
            dict(value=120_000, metric="evacuated", source="B"),
        ],
        1,
        {"consistent"},
    ),
    (
        "upper bound conflicts with a larger figure",
        [
            dict(value=1500, metric="on strike", source="A", qualifier="upper_bound"),
            dict(value=2300, metric="on strike", source="B"),
        ],
        1,
        {"conflict"},
    ),
    (
        "range against a point inside it",
        [
            dict(value=47_500, low=40_000, high=55_000, qualifier="range", metric="cost", source="A"),
            dict(value=50_000, metric="price tag", source="B"),
        ],
        1,
        {"consistent"},
    ),
    (
        "different quantities are different groups",
        [dict(value=10, metric="arrested", source="A"), dict(value=10, metric="jobs", source="B")],
        2,
        {"single"},
    ),
]


@pytest.mark.parametrize(("name", "rows", "n_groups", "statuses"), GROUPING, ids=[g[0] for g in GROUPING])
def test_grouping_and_status(name, rows, n_groups, statuses) -> None:
    result = reconcile(claims_of(*rows))
    assert len(result.groups) == n_groups, result.groups
    assert set(result.groups["status"]) == statuses, result.groups["explanation"].tolist()
    assert (result.groups["explanation"].str.len() > 10).all()
    assert result.claims["group_id"].notna().all()


def test_conflict_explanation_gives_ratio_and_gap() -> None:
    result = reconcile(
        claims_of(
            dict(value=100, metric="killed", source="Ana Ruiz"),
            dict(value=400, metric="deaths", source="the ministry"),
        )
    )
    text = result.groups.loc[0, "explanation"]
    assert "4.0 times" in text and "300" in text and "Ruiz" in text and "the ministry" in text


# The pair an explanation names is one that conflicts: an open bound never conflicts with what
# lies on its open side ("at least 112" and "about 500"), and the figures are named as said.
CONFLICT_PAIRS = [
    (
        "an open bound is not the lower figure",
        [
            dict(value=112, metric="killed", source="Brandt", qualifier="lower_bound", low=112),
            dict(value=500, metric="killed", source="Vey", qualifier="approximate"),
            dict(value=214, metric="killed", source="Courier"),
        ],
        "Vey's about 500 is 2.3 times Courier's 214",
    ),
    (
        "a range is named as a range",
        [
            dict(value=1546, metric="casualties", source="the ministry"),
            dict(value=1000, metric="casualties", source="Red Cross", qualifier="range", low=900, high=1100),
            dict(value=1000, metric="casualties", source="Brandt", qualifier="lower_bound", low=1000),
        ],
        "the ministry's 1,546 is 1.5 times Red Cross's 900–1,100",
    ),
    (
        "the widest of several conflicting pairs",
        [
            dict(value=2, metric="killed", source="police"),
            dict(value=3, metric="killed", source="Ferreira"),
            dict(value=9, metric="killed", source="Ruiz"),
        ],
        "Ruiz's 9 is 4.5 times police's 2",
    ),
    # From the realnews-dev trial: "is 1.0 times" said nothing of two close figures, and plural
    # sources read "authorities's".
    (
        "close figures: by how much more",
        [
            dict(value=13_432_857, metric="votes", source="Tomas Brel"),
            dict(value=13_119_460, metric="votes", source="the electoral board"),
        ],
        "Brel's 13,432,857 is 2.4% more than the electoral board's 13,119,460",
    ),
    (
        "close percentages: by how many points",
        [
            dict(value=79.5, metric="turnout", source="observers", unit="percent"),
            dict(value=69.25, metric="turnout", source="the commission", unit="percent"),
        ],
        "observers' 79.5% is 10.25 points more than the commission's 69.25%",
    ),
    (
        "a plural source's possessive",
        [
            dict(value=1009, metric="killed", source="health authorities"),
            dict(value=82, metric="killed", source="Lena Gupta"),
        ],
        "health authorities' 1,009 is 12.3 times Gupta's 82",
    ),
]


@pytest.mark.parametrize(("name", "rows", "expected"), CONFLICT_PAIRS, ids=[c[0] for c in CONFLICT_PAIRS])
def test_a_conflict_names_a_pair_that_conflicts(name: str, rows: list[dict], expected: str) -> None:
    groups = reconcile(claims_of(*rows)).groups
    text = groups.loc[0, "explanation"]
    assert groups.loc[0, "status"] == "conflict"
    assert expected in text, text


def test_an_open_bound_beside_a_larger_figure_is_no_conflict() -> None:
    rows = [
        dict(value=112, metric="killed", source="Brandt", qualifier="lower_bound", low=112),
        dict(value=500, metric="killed", source="Vey", qualifier="approximate"),
    ]
    assert reconcile(claims_of(*rows)).groups.loc[0, "status"] == "consistent"


def test_articles_of_one_story_group_together_and_others_do_not() -> None:
    story = "Officials in Kharvo said Governor Olena Marchuk spoke."
    other = "Farmers in Arden said Gareth Lloyd spoke."
    result = reconcile(
        claims_of(
            dict(doc_id="a", value=14, metric="killed", source="A", sentence=story),
            dict(doc_id="b", value=17, metric="killed", source="B", sentence=story),
            dict(doc_id="c", value=2, metric="killed", source="C", sentence=other),
        )
    )
    groups = result.claims.groupby("group_id")["doc_id"].apply(set).tolist()
    assert sorted(groups, key=len) == [{"c"}, {"a", "b"}]


def test_reviewer_override_moves_a_claim() -> None:
    claims = claims_of(
        dict(value=100, metric="killed", source="A"), dict(value=400, metric="deaths", source="B")
    )
    result = reconcile(claims, overrides={"c1": "manual-1"})
    assert result.claims.set_index("claim_id").loc["c1", "group_id"] == "manual-1"
    assert set(result.groups["status"]) == {"single"}


def test_tolerance_is_configurable() -> None:
    claims = claims_of(
        dict(value=100, metric="killed", source="A", qualifier="approximate"),
        dict(value=115, metric="killed", source="B"),
    )
    assert reconcile(claims, tolerance=0.10).groups.loc[0, "status"] == "conflict"
    assert reconcile(claims, tolerance=0.20).groups.loc[0, "status"] == "consistent"


def test_seed_reconciles_to_one_consistent_group(seed_text) -> None:
    result = reconcile(extract_claims(seed_text, doc_id="seed"))
    assert len(result.groups) == 1
    group = result.groups.iloc[0]
    assert (group["status"], group["n_claims"], group["n_sources"]) == ("consistent", 4, 2)
    text = group["explanation"]
    for part in (
        "43,000 killed",
        "about 370,000 wounded",
        "= about 413,000 casualties",
        "about 400,000",
        "Trump",
        "Zelensky",
        "3.2%",
        "9.3 times",
    ):
        assert part in text, text


def test_group_ids_are_the_same_in_every_process(tmp_path) -> None:
    """Verdicts are keyed by group_id, so a new process must find the same ids (hash seeds differ)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import workbench; c = workbench.load_corpus([r'%s']).claims; "
        "print(sorted(workbench.reconcile(c).groups['group_id']))"
    ) % (ROOT / "data" / "corpus")
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0] and runs[0] == runs[1] == runs[2]


@pytest.mark.parametrize(
    ("sources", "dated", "expected"),
    [
        (20, 1, "; 8 more sources;"),
        (2, 40, "earlier (the last 3 of 39)"),
        (30, 30, "18 more sources"),
    ],
    ids=["many-sources", "long-series", "both"],
)
def test_an_explanation_stays_short_however_big_the_story(sources: int, dated: int, expected: str) -> None:
    """The explanation is repeated on every row of its group: a 50,000-claim story once made a
    1 GB export. It names the first sources and the last dated figures, and counts the rest."""
    rows = [
        dict(
            value=100 + s * 7 + d,
            metric="killed",
            source=f"Source {s}",
            published=f"2025-{1 + d // 28:02d}-{1 + d % 28:02d}",
        )
        for s in range(sources)
        for d in range(dated)
    ]
    result = reconcile(claims_of(*rows))
    (explanation,) = result.groups["explanation"].unique()
    assert expected in explanation
    assert len(explanation) < 2500
