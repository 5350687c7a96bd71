"""The extractor scored on the seed and on our own gold-marked development set."""

import json

import pytest

from tests.conftest import DEV, SEED_GOLD
from workbench import extract_claims
from workbench.evaluate import GoldItem, evaluate_dir, load_gold_dir, score


@pytest.fixture(scope="module")
def dev_score():
    return evaluate_dir(DEV)


def test_devset_is_big_enough() -> None:
    docs = load_gold_dir(DEV)
    claims = sum(1 for _, items in docs.values() for i in items if i.kind == "claim")
    not_claims = sum(1 for _, items in docs.values() for i in items if i.kind == "not_claim")
    assert len(docs) >= 15 and claims >= 120 and not_claims >= 30


def test_devset_f1(dev_score) -> None:
    assert dev_score.f1 >= 0.98, "\n".join(dev_score.misses)


def test_devset_fully_correct(dev_score) -> None:
    assert dev_score.fully_correct >= 0.90, "\n".join(dev_score.misses)


@pytest.mark.parametrize("field", ["value", "qualifier", "unit"])
def test_devset_field_accuracy(dev_score, field) -> None:
    assert dev_score.summary()[f"{field}_acc"] >= 0.95, "\n".join(dev_score.misses)


def test_seed_fully_correct(seed_text) -> None:
    raw = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold = {
        doc: [
            GoldItem(
                i["start"],
                i["end"],
                i["text"],
                i["kind"],
                {k: v for k, v in i.items() if k not in ("start", "end", "text", "kind")},
            )
            for i in items
        ]
        for doc, items in raw.items()
    }
    (doc_id,) = gold
    for item in gold[doc_id]:
        assert seed_text[item.start : item.end] == item.text
    result = score(gold, extract_claims(seed_text, doc_id=doc_id))
    assert (result.precision, result.recall, result.fully_correct) == (1.0, 1.0, 1.0), result.misses


def test_seed_cookie_banner_gives_no_claims(seed_text) -> None:
    claims = extract_claims(seed_text, doc_id="seed")
    banner = seed_text.index("This website uses cookies")
    assert (claims["start"] < banner).all()
