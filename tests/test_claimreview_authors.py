"""ClaimReview names a claim's author as schema.org would have it: a body is an Organization even
when its name is two capitalised words.

Before: "Red Cross", "Interior Ministry" and "World Bank" were typed Person.
"""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.export import claim_reviews

# (source, schema.org type)
AUTHORS = [
    ("Ana Brel", "Person"),
    ("Kiichi Miyazawa", "Person"),
    ("Maria del Carmen", "Organization"),  # not title case throughout: the heuristic's limit, kept
    ("Red Cross", "Organization"),
    ("Interior Ministry", "Organization"),
    ("World Bank", "Organization"),
    ("Tessaly Defence Ministry", "Organization"),
    ("United Nations", "Organization"),
    ("police", "Organization"),
    ("Reuters", "Organization"),
]


@pytest.mark.parametrize(("source", "kind"), AUTHORS, ids=[a[0] for a in AUTHORS])
def test_a_body_is_an_organization(source: str, kind: str) -> None:
    table = pd.DataFrame(
        {
            "group_id": ["g1"],
            "doc_id": ["d"],
            "title": ["Flood"],
            "published": ["2025-01-02"],
            "sentence": [f"{source} said 40 people were killed."],
            "source": [source],
            "verdict": ["consistent"],
            "accepted_value": [None],
            "reviewer": ["ana"],
            "note": [""],
            "reviewed_at": ["2025-01-03T10:00:00+00:00"],
            "review_again": [False],
        }
    )
    (review,) = claim_reviews(table, pd.DataFrame({"group_id": ["g1"], "explanation": ["one source"]}))
    (author,) = review["itemReviewed"]["author"]
    assert author == {"@type": kind, "name": source}
