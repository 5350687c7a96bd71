"""What the verdict tests share: articles' claims, and a stored reconciliation as the dashboard runs it."""

from __future__ import annotations

import pandas as pd

from workbench import extract_claims, reconcile
from workbench.reconcile import Reconciliation
from workbench.store import ClaimStore


def claims_of(texts: dict[str, str]) -> pd.DataFrame:
    """The claims of each article ``{doc_id: text}``, in one table."""
    return pd.concat(extract_claims(t, doc_id=d) for d, t in texts.items())


def reconcile_stored(store: ClaimStore) -> Reconciliation:
    """Reconcile a store's claims with its reviewers' overrides and story ids, saving the ids back."""
    rec = reconcile(store.claims(), overrides=store.overrides(), stories=store.story_ids())
    store.save_story_ids(rec.stories)
    return rec
