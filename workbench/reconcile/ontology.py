"""The metric ontology (``lexicon/ontology.toml``): synonyms of a quantity and how quantities add up.

>>> onto = load_ontology()
>>> onto.quantity_of("military casualties"), onto.quantity_of("soldiers killed"), onto.family_of("wounded")
('casualties', 'killed', 'casualties')
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from workbench.lexicon import alternation

DEFAULT_ONTOLOGY = Path(__file__).resolve().parents[1] / "lexicon" / "ontology.toml"


@dataclass(frozen=True)
class Relation:
    """``total`` = sum of ``parts`` (+ ``optional`` parts when a source gives them)."""

    total: str
    parts: tuple[str, ...]
    optional: tuple[str, ...] = ()


class Ontology:
    """Maps metric words to quantities and quantities to the family they add up to."""

    def __init__(self, synonyms: dict[str, str], relations: tuple[Relation, ...]) -> None:
        self.synonyms = synonyms
        self.relations = relations
        self._family = {p: r.total for r in relations for p in (*r.parts, *r.optional)}
        self._pattern = regex.compile(rf"\b(?:{alternation(synonyms)})\b") if synonyms else None
        self.quantity_of = lru_cache(maxsize=65536)(self._quantity_of)

    def _quantity_of(self, metric: str) -> str:
        """The quantity a metric names: an exact synonym, else the longest one inside it."""
        m = " ".join(str(metric).lower().split())
        if m in self.synonyms:
            return self.synonyms[m]
        if self._pattern is not None:
            hits = [h.group() for h in self._pattern.finditer(m)]
            if hits:
                return self.synonyms[max(hits, key=len)]
        return m

    def family_of(self, quantity: str) -> str:
        """The total a quantity is part of ("killed" -> "casualties"), else itself."""
        return self._family.get(quantity, quantity)

    def relation_for(self, total: str) -> Relation | None:
        return next((r for r in self.relations if r.total == total), None)


def load_ontology(path: str | Path | None = None) -> Ontology:
    """Read an ontology file; raise ValueError naming the file and the problem if it is not TOML,
    not UTF-8, not shaped as an ontology or inconsistent (OSError if it cannot be read)."""
    source = Path(path) if path else DEFAULT_ONTOLOGY
    try:
        return _ontology(source, tomllib.loads(source.read_text(encoding="utf-8")))
    except UnicodeDecodeError as exc:
        raise ValueError(f"{source}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{source}: not valid TOML ({exc})") from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(
            f"{source}: not an ontology (quantities and relations as in the bundled one): "
            f"{type(exc).__name__} {exc}"
        ) from None


def _ontology(source: Path, data: dict) -> Ontology:
    quantities = data.get("quantities", {})
    synonyms: dict[str, str] = {}
    for name, spec in quantities.items():
        for word in [name.replace("_", " "), *spec.get("synonyms", [])]:
            key = " ".join(word.lower().split())
            if synonyms.get(key, name) != name:
                raise ValueError(f"{source}: {key!r} is a synonym of both {synonyms[key]!r} and {name!r}")
            synonyms[key] = name
    relations = []
    for rel in data.get("relations", []):
        relation = Relation(rel["total"], tuple(rel["parts"]), tuple(rel.get("optional", ())))
        for q in (relation.total, *relation.parts, *relation.optional):
            if q not in quantities:
                raise ValueError(f"{source}: relation for {relation.total!r} names unknown quantity {q!r}")
        relations.append(relation)
    return Ontology(synonyms, tuple(relations))
