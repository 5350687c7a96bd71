"""The tables the workbench passes around, declared once (see shared CONTRACT.md).

NOTE: keep in sync with the contract: extend these lists, never rename a column.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a table is built, not for the column lists
    import pandas as pd

QUALIFIERS = ("exact", "approximate", "lower_bound", "upper_bound", "range")

# The claims table: the contract's columns, then our extensions.
CLAIM_COLUMNS = (
    "claim_id",
    "doc_id",
    "start",
    "end",
    "number_text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "metric",
    "subject",
    "source",
    "channel",
    "quote",
    "sentence",
)
CLAIM_EXTRA_COLUMNS = ("title", "publication", "published")
CLAIM_DTYPES: dict[str, str] = {
    "claim_id": "string",
    "doc_id": "string",
    "start": "int64",
    "end": "int64",
    "number_text": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "qualifier": "string",
    "unit": "string",
    "metric": "string",
    "subject": "string",
    "source": "string",
    "channel": "string",
    "quote": "bool",
    "sentence": "string",
    "title": "string",
    "publication": "string",
    "published": "string",
}

REVIEW_COLUMNS = (
    "group_id",
    "group_label",
    "status",
    "verdict",
    "accepted_value",
    "reviewer",
    "note",
    "reviewed_at",
)
GROUP_COLUMNS = (
    "group_id",
    "group_label",
    "metric",
    "n_claims",
    "n_sources",
    "low",
    "high",
    "status",
    "explanation",
    "compared_in",  # the unit or currency the group compares its figures in
)
# The reconciled table: the claims, REVIEW_COLUMNS, then these (the contract's, then our extensions).
RECONCILED_COLUMNS = (
    "explanation",  # the group's
    "compared_in",  # the unit or currency the figure is compared in (its group's)
    "converted_value",  # the figure in that unit, after conversion
    "compared_low",  # the interval compared, in that unit: qualifier, implied precision and, for a
    "compared_high",  # figure from another currency, the exchange-rate margin (empty where open)
    "derived_total",  # the total the row's source gives by its parts (killed + wounded), if any
    "derived_as",  # that sum in words: "casualties = 43,000 killed + 370,000 wounded"
    "review_again",  # True where claims moved into or out of the group after its verdict
)
STATUSES = ("conflict", "consistent", "single")  # the order a reviewer works through them
STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}
VERDICTS = ("consistent", "conflict", "needs context", "unresolved")


# The largest figure that can be a claim: a quintillion. A longer run of digits in news is an
# identifier or a slip, floats hold whole numbers exactly only to 2**53 (about 9e15), and 309
# digits are infinity, which no sum, ratio or JSON file survives.
MAX_FIGURE = 1e18


def is_sane_figure(value: object, low: object = None, high: object = None) -> bool:
    """A claim's value is finite and below MAX_FIGURE; its bounds are empty (open) or the same.

    >>> is_sane_figure(4.3e4, 4e4, None), is_sane_figure(float("inf")), is_sane_figure(1e300, 1, 2)
    (True, False, False)
    """
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if not (math.isfinite(v) and abs(v) < MAX_FIGURE):
        return False
    for bound in (low, high):
        if bound is None or (isinstance(bound, float) and math.isnan(bound)):
            continue  # an open bound
        b = float(bound)  # type: ignore[arg-type]
        if not (math.isfinite(b) and abs(b) < MAX_FIGURE):
            return False
    return True


def sane_rows(frame: pd.DataFrame) -> pd.Series:
    """Which rows of a claims table hold a usable figure (see :func:`is_sane_figure`)."""
    import pandas as pd

    if frame.empty:
        return pd.Series(True, index=frame.index)
    value = pd.to_numeric(frame["value"], errors="coerce")
    ok = value.abs().lt(MAX_FIGURE)  # NaN and infinity compare false
    for col in ("low", "high"):
        bound = pd.to_numeric(frame[col], errors="coerce")
        ok &= bound.isna() | bound.abs().lt(MAX_FIGURE)
    return ok


def empty_claims() -> pd.DataFrame:
    """A claims table with no rows and the right columns and types."""
    import pandas as pd

    cols = CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS
    return pd.DataFrame({c: pd.Series(dtype=CLAIM_DTYPES[c]) for c in cols})


def as_claims(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows (or a frame read from CSV) as a typed claims table; missing extras become empty."""
    import pandas as pd

    frame = pd.DataFrame(rows) if not isinstance(rows, pd.DataFrame) else rows.copy()
    if frame.empty:
        return empty_claims()
    missing = [c for c in CLAIM_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"not a claims table: missing columns {', '.join(missing)}")
    for c in CLAIM_EXTRA_COLUMNS:
        if c not in frame.columns:
            frame[c] = ""
    if frame["quote"].dtype != bool:
        frame["quote"] = frame["quote"].astype(str).str.lower().isin(("true", "1", "yes"))
    for c in ("low", "high", "value"):
        frame[c] = pd.to_numeric(frame[c], errors="coerce")
    text_cols = [c for c, t in CLAIM_DTYPES.items() if t == "string" and c in frame.columns]
    frame[text_cols] = frame[text_cols].fillna("").astype(str)
    ordered = list(CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS)
    extra = [c for c in frame.columns if c not in ordered]
    return frame[ordered + extra].astype({c: CLAIM_DTYPES[c] for c in ordered})
