"""The metric ontology file: consistent, and extensible without code."""

import pytest

from workbench.reconcile.ontology import DEFAULT_ONTOLOGY, load_ontology


def test_bundled_ontology_is_consistent() -> None:
    onto = load_ontology()
    assert onto.relations, "casualties = killed + wounded must be declared"
    for rel in onto.relations:
        for q in (rel.total, *rel.parts, *rel.optional):
            assert q in onto.synonyms.values()


@pytest.mark.parametrize(
    ("metric", "quantity"),
    [
        ("killed", "killed"),
        ("deaths", "killed"),
        ("fatalities", "killed"),
        ("lost lives", "killed"),
        ("injured", "wounded"),
        ("hurt", "wounded"),
        ("military casualties", "casualties"),
        ("losses", "casualties"),
        ("evacuated", "displaced"),
        ("price tag", "cost"),
        ("bill", "cost"),
        ("suspected cholera cases", "cases"),
        ("unemployment rate", "unemployment"),
        ("goals", "goals"),
    ],
)
def test_synonyms(metric, quantity) -> None:
    assert load_ontology().quantity_of(metric) == quantity


def test_user_can_add_a_metric_and_a_relation(tmp_path) -> None:
    extra = (
        DEFAULT_ONTOLOGY.read_text(encoding="utf-8")
        + """
[quantities.seats]
synonyms = ["seats", "mandates"]
[quantities.seats_won]
synonyms = ["seats won"]
[quantities.seats_lost]
synonyms = ["seats lost"]
[[relations]]
total = "seats"
parts = ["seats_won", "seats_lost"]
"""
    )
    path = tmp_path / "mine.toml"
    path.write_text(extra, encoding="utf-8")
    onto = load_ontology(path)
    assert onto.quantity_of("mandates") == "seats" and onto.family_of("seats_won") == "seats"


@pytest.mark.parametrize(
    "bad",
    [
        '[quantities.a]\nsynonyms = ["x"]\n[quantities.b]\nsynonyms = ["x"]\n',
        '[quantities.a]\nsynonyms = ["x"]\n[[relations]]\ntotal = "a"\nparts = ["nope"]\n',
    ],
)
def test_inconsistent_ontology_is_rejected(tmp_path, bad) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.toml"):
        load_ontology(path)
