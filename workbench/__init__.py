"""workbench: find the numeric claims in news articles and line up the ones that disagree.

The public API is these names; everything else is an implementation detail. Each name is
imported on first use, so that ``workbench extract`` loads neither pandas' plotting, nor the
store's SQLAlchemy, nor plotly.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING

# Public name -> the module that defines it.
_EXPORTS = {
    "ClaimStore": "workbench.store",
    "Corpus": "workbench.corpus",
    "Document": "workbench.documents",
    "ReadError": "workbench.documents",
    "Reconciliation": "workbench.reconcile",
    "StaleWriteError": "workbench.store",
    "Workspace": "workbench.workspace",
    "claim_reviews": "workbench.export",
    "extract_claims": "workbench.extract.pipeline",
    "extract_many": "workbench.extract.pipeline",
    "group_figure": "workbench.charts",
    "load_corpus": "workbench.corpus",
    "load_ontology": "workbench.reconcile",
    "read_documents": "workbench.documents",
    "reconcile": "workbench.reconcile",
    "reconciled_table": "workbench.export",
    "timeline_figure": "workbench.charts",
    "write_csv": "workbench.export",
}
__all__ = [
    "ClaimStore",
    "Corpus",
    "Document",
    "ReadError",
    "Reconciliation",
    "StaleWriteError",
    "Workspace",
    "claim_reviews",
    "extract_claims",
    "extract_many",
    "group_figure",
    "load_corpus",
    "load_ontology",
    "read_documents",
    "reconcile",
    "reconciled_table",
    "timeline_figure",
    "write_csv",
]
# Public names that are also subpackages: the name is the function, not the subpackage.
_SHADOWED = frozenset({"reconcile"})

if TYPE_CHECKING:  # the names, for type checkers and editors
    from workbench.charts import group_figure, timeline_figure
    from workbench.corpus import Corpus, load_corpus
    from workbench.documents import Document, ReadError, read_documents
    from workbench.export import claim_reviews, reconciled_table, write_csv
    from workbench.extract.pipeline import extract_claims, extract_many
    from workbench.reconcile import Reconciliation, load_ontology, reconcile
    from workbench.store import ClaimStore, StaleWriteError
    from workbench.workspace import Workspace


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'workbench' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """This package's module: importing the subpackage ``workbench.reconcile`` must not replace
    the public function ``workbench.reconcile`` (the import system sets a package's attribute to
    each subpackage it loads)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
