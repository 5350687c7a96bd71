"""Reconciliation: group claims that measure the same thing and say whether they agree."""

from workbench.reconcile.engine import Reconciliation, reconcile
from workbench.reconcile.ontology import Ontology, load_ontology

__all__ = ["Ontology", "Reconciliation", "load_ontology", "reconcile"]
