"""ClaimReview says the accepted value with schema.org's own properties: the Rating's
``ratingExplanation`` ends with it in words and in its group's unit. Before: it was only
``acceptedValue``, which schema.org does not define (validators drop it); that bare number stays
beside it, as the README says, for the tools that read it. Every other key is schema.org's."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench import extract_claims, reconcile
from workbench.export import claim_reviews, reconciled_table
from workbench.store import ClaimStore

# What schema.org defines on each type we write (ClaimReview is a Review, a CreativeWork, a Thing).
CLAIM_REVIEW = {"@context", "@type", "identifier", "url", "claimReviewed", "datePublished", "author"}
CLAIM_REVIEW |= {"itemReviewed", "reviewRating"}
RATING = {"@type", "alternateName", "ratingExplanation"}
EXTENSIONS = {"acceptedValue"}  # the workbench's own, documented in the README

# (case, two articles, accepted value typed, how the rating ends)
CASES = [
    (
        "a count",
        (
            "Crash in Velm. Velm police said 12 people were hurt in Velm, Dask.",
            "Crash in Velm. Dask medics said about 14 people were hurt in Velm, Dask.",
        ),
        13.0,
        "Accepted value: 13.",
    ),
    (
        "dollars",
        (
            "Bridge in Orrin. Auditors in Orrin, Brevia said the new bridge cost $1.2bn.",
            "Bridge in Orrin. The council in Orrin, Brevia said the new bridge cost about $1.25bn.",
        ),
        1.2e9,
        "Accepted value: $1.2bn.",
    ),
    (
        "a percentage",
        (
            "Vote in Pell. Election officials in Pell, Brevia said turnout was 61%.",
            "Vote in Pell. Observers in Pell, Brevia said turnout was 62%.",
        ),
        61.5,
        "Accepted value: 61.5%.",
    ),
    (
        "none accepted, the article's own voice first",
        (
            "Crash in Velm. At least 12 people were hurt in Velm, Dask, on Monday.",
            "Crash in Velm. Dask medics said about 14 people were hurt in Velm, Dask.",
        ),
        None,
        "",
    ),
]


@pytest.mark.parametrize(("texts", "accepted", "ending"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_accepted_value_is_said_in_the_rating(
    store_url: str, texts: tuple[str, str], accepted: float | None, ending: str
) -> None:
    store = ClaimStore(store_url)
    store.save_claims(pd.concat(extract_claims(t, doc_id=f"d{i}") for i, t in enumerate(texts)))
    rec = reconcile(store.claims(), overrides=store.overrides(), stories=store.story_ids())
    (gid,) = rec.groups.loc[rec.groups["n_claims"] == 2, "group_id"]
    store.save_verdict(gid, "consistent", "ana", accepted_value=accepted, note="Both counted")
    table = reconciled_table(rec.claims, store.verdicts(), rec.derived)
    (review,) = claim_reviews(table, rec.groups)
    rating = review["reviewRating"]
    assert set(review) <= CLAIM_REVIEW | EXTENSIONS and set(rating) <= RATING, review
    assert rating["ratingExplanation"].startswith("Both counted. ")
    second = rating["ratingExplanation"].removeprefix("Both counted. ")  # the group's explanation
    assert second[:1].isupper(), second  # a sentence: it began "the article (d0): ..." or "police: ..."
    if ending:
        assert rating["ratingExplanation"].endswith(" " + ending), rating
        assert review["acceptedValue"] == accepted  # kept: other tools read it
    else:
        assert "Accepted value" not in rating["ratingExplanation"] and "acceptedValue" not in review
