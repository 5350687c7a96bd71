"""workbench: find the numeric claims in news articles and line up the ones that disagree.

The public API is these names; everything else is an implementation detail.
"""

from workbench.charts import group_figure, timeline_figure
from workbench.corpus import Corpus, load_corpus
from workbench.documents import Document, ReadError, read_documents
from workbench.export import claim_reviews, reconciled_table, write_csv
from workbench.extract.pipeline import extract_claims
from workbench.reconcile import Reconciliation, load_ontology, reconcile
from workbench.store import ClaimStore, StaleWriteError
from workbench.workspace import Workspace

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
    "group_figure",
    "load_corpus",
    "load_ontology",
    "read_documents",
    "reconcile",
    "reconciled_table",
    "timeline_figure",
    "write_csv",
]
