"""workbench: find the numeric claims in news articles and line up the ones that disagree.

The public API is these names; everything else is an implementation detail.
"""

from workbench.extract.pipeline import extract_claims
from workbench.reconcile import Reconciliation, load_ontology, reconcile
from workbench.store import ClaimStore, StaleWriteError

__all__ = ["ClaimStore", "Reconciliation", "StaleWriteError", "extract_claims", "load_ontology", "reconcile"]
