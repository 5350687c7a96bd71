"""Which rows of a claims table hold no usable figure, and why, quoting the cell as written.

A claims CSV may have been edited by hand: a value of ``abc`` used to be read as NaN and refused
as "nan is not a usable figure", and a bound of ``abc`` was read as an open bound and kept. Here
the cells are read as text and each figure is judged as written: a value must be a finite number
below :data:`~workbench.schema.MAX_FIGURE`; a bound empty (open) or one too.

>>> import pandas as pd
>>> raw = pd.DataFrame({"value": ["12", "abc", "5"], "low": ["", "", "x"], "high": ["", "", ""]})
>>> figure_problems(raw).tolist()
['', "value 'abc' is not a usable figure", "low 'x' is not a usable figure"]
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.schema import MAX_FIGURE

if TYPE_CHECKING:
    import pandas as pd

FIGURE_COLUMNS = ("value", "low", "high")


def raw_figures(path: Path, table: pd.DataFrame) -> pd.DataFrame:
    """The figure cells of the claims table read from ``path``, as text: as written in a CSV
    (spreadsheet guards removed), as stored in Parquet (empty for a null bound)."""
    import pandas as pd

    from workbench.export import unguard
    from workbench.parquet import is_parquet

    if is_parquet(path):
        out = table[list(FIGURE_COLUMNS)].astype(object).astype(str)
        for col in ("low", "high"):
            out.loc[table[col].isna(), col] = ""
        return out
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=list(FIGURE_COLUMNS))
    return raw.map(unguard).set_axis(table.index)


def figure_problems(raw: pd.DataFrame) -> pd.Series:
    """Per row: "" when its figures are usable, else the first that is not, quoted as written."""
    import pandas as pd

    why = pd.Series("", index=raw.index, dtype=object)
    for col in FIGURE_COLUMNS:
        text = raw[col].astype(str).str.strip()
        number = pd.to_numeric(text, errors="coerce")  # as the claims table reads it
        bad = ~number.abs().lt(MAX_FIGURE)  # NaN (not a number) and infinity compare false
        if col != "value":
            bad &= text.ne("")  # an empty bound is open
        first = bad & why.eq("")
        why[first] = [f"{col} {t!r} is not a usable figure" for t in raw.loc[first, col]]
    return why


def row_problems(table: pd.DataFrame) -> pd.Series:
    """Per row of a claims table (its figures already judged usable): "" when the rest of it can be
    reconciled and stored, else why not. A hand-edited or merged table may hold a row with no
    claim_id or doc_id, a claim_id an earlier row has (the first is kept), a qualifier that is not
    one of ours, or a text longer than its column in the store (PostgreSQL refuses those, and the
    whole run with them).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"claim_id": ["a", "a", ""], "doc_id": ["d", "d", "d"],
    ...                   "qualifier": ["exact", "exact", "roughly"], "unit": ["", "", ""]})
    >>> row_problems(t).tolist()
    ['', "claim_id 'a' repeats an earlier row's (the first is kept)", 'no claim_id']
    """
    import pandas as pd

    from workbench.schema import QUALIFIERS
    from workbench.store import claims as stored

    why = pd.Series("", index=table.index, dtype=object)

    def refuse(bad: pd.Series, reason: pd.Series | str) -> None:
        first = bad & why.eq("")
        why[first] = reason[first] if isinstance(reason, pd.Series) else reason

    ids = table["claim_id"].fillna("").astype(str).str.strip()
    docs = table["doc_id"].fillna("").astype(str).str.strip()
    refuse(ids.eq(""), "no claim_id")
    refuse(docs.eq(""), "no doc_id")
    for col in ("claim_id", "doc_id", "qualifier", "unit", "number_text"):
        limit = getattr(stored.c[col].type, "length", None)
        if limit and col in table:
            text = table[col].fillna("").astype(str)
            refuse(text.str.len().gt(limit), f"{col} is longer than the store's {limit} characters")
    qualifier = table["qualifier"].fillna("exact").astype(str).replace("", "exact")
    refuse(
        ~qualifier.isin(QUALIFIERS),
        "qualifier " + qualifier.map(repr) + f" is not one of {', '.join(QUALIFIERS)}",
    )
    kept = ids[why.eq("")]
    repeated = kept.duplicated().reindex(ids.index, fill_value=False)
    refuse(repeated, "claim_id " + ids.map(repr) + " repeats an earlier row's (the first is kept)")
    return why
