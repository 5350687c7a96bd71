"""Writing tables safely: no spreadsheet formulas, and never half a file.

>>> safe_cell("=HYPERLINK(\\"x\\")"), safe_cell("-5 people"), safe_cell(-5.0)
('\\'=HYPERLINK("x")', "'-5 people", -5.0)
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pandas as pd

from workbench.schema import REVIEW_COLUMNS

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will show as text (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot be read as formulas."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(safe_cell)
    return out


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", **kwargs: object) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """Write a table as an injection-safe CSV, atomically."""
    with atomic_open(path, "w", encoding="utf-8", newline="") as handle:
        safe_frame(frame).to_csv(handle, index=False)


def write_rows(rows: Iterable[dict], columns: list[str], path: str | Path) -> int:
    """Stream dict rows into an injection-safe CSV, atomically; return the row count."""
    count = 0
    with atomic_open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell(v) for k, v in row.items()})
            count += 1
    return count


def reconciled_table(claims: pd.DataFrame, verdicts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Reconciled claims (with group_id, group_label, status) joined to the reviewers' verdicts."""
    out = claims.copy()
    review = ["verdict", "accepted_value", "reviewer", "note", "reviewed_at"]
    if verdicts is not None and len(verdicts):
        v = verdicts.set_index("group_id")
        for col in review:
            out[col] = out["group_id"].map(v[col])
    else:
        for col in review:
            out[col] = None
    for col in ("verdict", "reviewer", "note", "reviewed_at"):
        out[col] = out[col].fillna("").astype(str)
    out["accepted_value"] = pd.to_numeric(out["accepted_value"], errors="coerce")
    base = [c for c in out.columns if c not in REVIEW_COLUMNS]
    return out[base + list(REVIEW_COLUMNS)]


def claim_reviews(reconciled: pd.DataFrame, groups: pd.DataFrame) -> list[dict]:
    """One schema.org ClaimReview per group that has a verdict."""
    reviews = []
    explanations = groups.set_index("group_id")["explanation"] if len(groups) else pd.Series(dtype=str)
    for gid, g in reconciled[reconciled["verdict"].fillna("") != ""].groupby("group_id", sort=False):
        first = g.iloc[0]
        sources = [s for s in dict.fromkeys(g["source"].fillna("")) if s]
        appearance = [
            {
                "@type": "CreativeWork",
                "headline": str(r.title or r.doc_id),
                "datePublished": str(r.published or "") or None,
                "text": str(r.sentence),
            }
            for r in g.drop_duplicates("doc_id").itertuples(index=False)
        ]
        accepted = first["accepted_value"]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": f"urn:workbench:group:{gid}",
                "claimReviewed": "; ".join(dict.fromkeys(g["sentence"].astype(str)))[:2000],
                "datePublished": str(first["reviewed_at"])[:10],
                "author": {"@type": "Person", "name": str(first["reviewer"])},
                "itemReviewed": {
                    "@type": "Claim",
                    "author": [
                        {
                            "@type": "Person" if len(s.split()) in (2, 3) and s.istitle() else "Organization",
                            "name": s,
                        }
                        for s in sources
                    ]
                    or [{"@type": "Organization", "name": "the article"}],
                    "appearance": [{k: v for k, v in a.items() if v is not None} for a in appearance],
                },
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": str(first["verdict"]),
                    "ratingExplanation": " ".join(
                        x.rstrip(".") + "." for x in (str(first["note"]), str(explanations.get(gid, ""))) if x
                    ),
                },
                **({"acceptedValue": float(accepted)} if pd.notna(accepted) else {}),
            }
        )
    return reviews


def write_json(data: object, path: str | Path) -> None:
    """Write JSON atomically."""
    import json

    with atomic_open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, ensure_ascii=False)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """An injection-safe CSV as bytes (for downloads)."""
    return safe_frame(frame).to_csv(index=False).encode("utf-8")


def json_bytes(data: object) -> bytes:
    import json

    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")
