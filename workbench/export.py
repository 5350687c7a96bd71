"""Writing tables safely: no spreadsheet formulas, rows that read back as written, never half a file.

The formula guard applies only to what is written (stored data never changes) and is undone
exactly by :func:`read_csv`: a text cell a spreadsheet could run, or one that already starts
with an apostrophe, gets one apostrophe in front.

>>> safe_cell("=HYPERLINK(\\"x\\")"), safe_cell("-5 people"), safe_cell(-5.0), safe_cell(" \\u00a0=1+1")
('\\'=HYPERLINK("x")', "'-5 people", -5.0, "' \\xa0=1+1")
>>> [unguard(safe_cell(s)) for s in ("-list", "'quoted", "＝1+1", "plain")]
['-list', "'quoted", '＝1+1', 'plain']
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import stat
import string
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from workbench.schema import CLAIM_DTYPES, RECONCILED_COLUMNS, REVIEW_COLUMNS

if TYPE_CHECKING:  # pandas loads where a table is handled; writing streamed rows needs none
    import pandas as pd

FORMULA_CHARS = frozenset("=+-@")  # after NFKC, so full-width ＝＋－＠ and small ﹦﹢﹣﹫ count too
RE_FIRST_VISIBLE = re.compile(
    r"""
    [\s\u200b-\u200d\u2060\ufeff]*   # spaces (non-breaking and ideographic too) and zero-width marks
    (?P<char>.)                     # the first character a spreadsheet would parse
    """,
    re.VERBOSE | re.DOTALL,
)
GUARD = "'"
CSV_LINE_END = "\r\n"  # the csv writer quotes a field holding any character of its line ending
# Characters a JSON string may hold but an HTML <script> block (or old JavaScript) may not.
JSON_HTML_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
RE_JSON_HTML = re.compile("[<>&\u2028\u2029]")


# A visible ASCII first character is its own NFKC form: the cell needs a guard exactly when it is one
# of these (most cells, "12%" or "Reuters", are decided by this look alone).
_ASCII_GUARDED = frozenset(FORMULA_CHARS | {GUARD})


def needs_guard(text: str) -> bool:
    """Would a spreadsheet read ``text`` as a formula (or is it already guarded-looking)?"""
    first = text[:1]
    if first.isascii() and first.isprintable() and first != " ":
        return first in _ASCII_GUARDED  # "" too: nothing to guard
    if text.startswith((GUARD, "\t", "\r", "\n")):
        return True
    m = RE_FIRST_VISIBLE.match(text)
    return m is not None and unicodedata.normalize("NFKC", m["char"])[:1] in FORMULA_CHARS


def safe_cell(value: object) -> object:
    """A cell a spreadsheet will show as text (numbers stay numbers; infinities become empty)."""
    if isinstance(value, str):
        return GUARD + value if needs_guard(value) else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def unguard(value: object) -> object:
    """The cell as it was before :func:`safe_cell` (one leading apostrophe removed)."""
    return value[1:] if isinstance(value, str) and value.startswith(GUARD) else value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot be read as formulas and whose numbers are finite."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(safe_cell)
        elif pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].where(out[col].abs().lt(math.inf))  # infinities become empty
    return out


@contextmanager
def atomic_open(
    path: str | Path, mode: str = "w", keep: Callable[[], bool] | None = None, **kwargs: object
) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place on success, unless
    ``keep``, asked at the end, says no (then ``path`` is left as it was).

    The file gets the mode ``open()`` would give it: an existing file's, else 0o666 less the
    umask (a temporary file alone would be private, 0o600). The folder must exist.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if keep is None or keep():
            os.replace(tmp, target)
        else:
            Path(tmp).unlink()
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permission bits a new or replaced ``target`` should have (see :func:`atomic_open`)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where Linux shows it, else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """Write a table as an injection-safe CSV, atomically."""
    with atomic_open(path, "w", encoding="utf-8", newline="") as handle:
        safe_frame(frame).to_csv(handle, index=False, lineterminator=CSV_LINE_END)


def write_rows(
    rows: Iterable[dict], columns: list[str], path: str | Path, keep: Callable[[], bool] | None = None
) -> int:
    """Stream dict rows into an injection-safe CSV, atomically; return the row count. ``keep``,
    asked once the rows are written, may say not to replace ``path`` after all."""
    count = 0
    with atomic_open(path, "w", keep, encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator=CSV_LINE_END)
        writer.writerow(columns)
        for row in rows:  # a row's other keys are left out, a missing column is empty
            writer.writerow([safe_cell(row[c]) if c in row else "" for c in columns])
            count += 1
    return count


def read_csv(path: str | Path) -> pd.DataFrame:
    """A CSV this module wrote, as it was before writing: text columns as text, guards removed."""
    import pandas as pd

    text_columns = {c: str for c, t in CLAIM_DTYPES.items() if t == "string"}
    frame = pd.read_csv(path, dtype=text_columns, keep_default_na=False)
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
            frame[col] = frame[col].map(unguard)
    return frame


def reconciled_table(
    claims: pd.DataFrame,
    verdicts: pd.DataFrame | None = None,
    derived: list[dict] | None = None,
    review_again: Collection[str] = (),
) -> pd.DataFrame:
    """Reconciled claims (with group_id, group_label, status) joined to the reviewers' verdicts;
    with ``derived`` (``Reconciliation.derived``), each source's derived total on the rows of the
    figures it adds up (``derived_total``, ``derived_as``: "casualties = 43,000 killed + ..."); the
    two columns are there, empty, without it. ``review_again``: the groups whose claims moved since
    their verdict (``views.regrouped_since_decided``); their rows say so in ``review_again``, so an
    export never passes an outdated verdict off as current."""
    import pandas as pd

    out = claims.copy()
    out["review_again"] = out["group_id"].isin(list(review_again)) if len(out) else False
    out["derived_total"], out["derived_as"] = math.nan, ""  # every table has them, empty or not
    for d in derived or []:
        rows = (out["group_id"] == d["group_id"]) & (out["source"].fillna("") == d["source"])
        parts = " + ".join(f"{v:,.0f} {k}" for k, v in d["parts"].items())
        out.loc[rows, "derived_total"] = float(d["value"])
        out.loc[rows, "derived_as"] = f"{d['total']} = {parts}"
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
    after = [c for c in RECONCILED_COLUMNS if c in out.columns]
    base = [c for c in out.columns if c not in REVIEW_COLUMNS and c not in after]
    return out[base + list(REVIEW_COLUMNS) + after]


def _sentences(sentences: Iterable[str]) -> str:
    """The claim's sentences as prose, each once: "Some 40 died. Police said 45 died."; a
    sentence without a closing stop gets one ("...; The" read as a typo in published reviews).

    >>> _sentences(["Some 40 died.", "Police said 45", "Some 40 died."])
    'Some 40 died. Police said 45.'
    """
    kept = (s.strip() for s in dict.fromkeys(sentences) if s.strip())
    ends = (".", "!", "?", '"', "”", "’", "'", "…")  # "…": a long sentence's window (excerpt.py)
    return " ".join(s if s.endswith(ends) else f"{s}." for s in kept)


def author_type(source: str) -> str:
    """schema.org's type for a claim's source: a Person for two or three capitalised words that
    name no body ("Ana Brel"), else an Organization ("Red Cross", "Interior Ministry", "police").

    >>> [author_type(s) for s in ("Donald Trump", "Red Cross", "Bank of England", "police")]
    ['Person', 'Organization', 'Organization', 'Organization']
    """
    from workbench.lexicon.attribution import ORG_WORDS

    words = source.split()
    named = len(words) in (2, 3) and source.istitle()
    return "Person" if named and not any(w.lower() in ORG_WORDS for w in words) else "Organization"


def review_url_parts(template: str) -> list[str]:
    """A ``--review-url`` template as its literal parts, between which the group id goes: only
    plain ``{group_id}`` fields, at least one, in an http(s) address; ``{{`` and ``}}`` are
    braces. Anything else, a format spec above all (``{group_id:>1000000000}`` would make each
    url a gigabyte), a conversion, an attribute or another field, is refused with ValueError.

    >>> review_url_parts("https://desk.example/checks/{group_id}#r-{group_id}")
    ['https://desk.example/checks/', '#r-', '']
    >>> review_url_parts("https://desk.example/{group_id:>9}")
    Traceback (most recent call last):
    ValueError: only a plain {group_id} may be filled in, not '{group_id:>9}'
    """
    parts = [""]
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        raise ValueError("a lone { or } (write {{ or }} for a brace)") from None
    for literal, name, spec, conversion in fields:
        parts[-1] += literal
        if name is None:
            continue
        if name != "group_id" or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise ValueError(f"only a plain {{group_id}} may be filled in, not {shown[:60]!r}")
        parts.append("")
    if len(parts) == 1 or not parts[0].startswith(("https://", "http://")):
        raise ValueError("an http(s) address with {group_id}, e.g. https://desk.example/checks/{group_id}")
    return parts


def claim_reviews(reconciled: pd.DataFrame, groups: pd.DataFrame, review_url: str = "") -> list[dict]:
    """One schema.org ClaimReview per group that has a current verdict: a group whose claims moved
    since its verdict (``review_again``) is left out until it is decided again.

    ``url`` is the page that publishes the review (Google requires it, and accepts only that page,
    with an optional anchor): ``review_url`` with ``{group_id}`` filled in, e.g.
    ``https://desk.example/checks/{group_id}``; without it there is no ``url`` (an id is not a
    page) and the group is named by ``identifier`` alone (``urn:workbench:group:<id>``).

    The accepted value has no schema.org property (a Rating's ``ratingValue`` is a place on a
    scale of ``worstRating`` to ``bestRating``, not a figure): the Rating's ``ratingExplanation``
    ends with it in words and its group's unit ("Accepted value: $1.2bn."), and ``acceptedValue``,
    the bare number, stays beside it for the tools that read it.
    """
    import pandas as pd

    from workbench.figures import format_figure

    url_parts = review_url_parts(review_url) if review_url else []
    reviews = []
    explanations = groups.set_index("group_id")["explanation"] if len(groups) else pd.Series(dtype=str)
    decided = reconciled["verdict"].fillna("") != ""
    if "review_again" in reconciled.columns:
        decided &= ~reconciled["review_again"].fillna(False).astype(bool)
    for gid, g in reconciled[decided].groupby("group_id", sort=False):
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
        accepted = pd.to_numeric(first["accepted_value"], errors="coerce")
        said = [str(first["note"]), str(explanations.get(gid, ""))]
        if math.isfinite(accepted):  # schema.org has no property for it: the rating says it in words
            said.append(f"Accepted value: {format_figure(float(accepted), _group_unit(first))}")
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": f"urn:workbench:group:{gid}",
                **({"url": str(gid).join(url_parts)} if url_parts else {}),
                "claimReviewed": _sentences(g["sentence"].astype(str))[:2000],
                "datePublished": str(first["reviewed_at"])[:10],
                "author": {"@type": "Person", "name": str(first["reviewer"])},
                "itemReviewed": {
                    "@type": "Claim",
                    "author": [
                        {
                            "@type": author_type(s),
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
                    "ratingExplanation": " ".join(_sentence(x) for x in said if x),
                },
                # NOTE: not schema.org; kept for the tools that read it (README, "ClaimReview").
                **({"acceptedValue": float(accepted)} if math.isfinite(accepted) else {}),
            }
        )
    return reviews


def _sentence(text: str) -> str:
    """A part of a published explanation as a sentence: a capital first ("the article (d1): 12
    killed; ..." begins with its first source) and one full stop last.

    >>> _sentence("the article (d1): 12 killed."), _sentence("Checked with the police")
    ('The article (d1): 12 killed.', 'Checked with the police.')
    """
    return text[:1].upper() + text[1:].rstrip(".") + "."


def _group_unit(row: pd.Series) -> str:
    """The unit a group's figures are compared in (its accepted value's), else the row's own."""
    for col in ("compared_in", "unit"):
        value = row.get(col)
        if isinstance(value, str) and value:
            return value
    return ""


def json_text(data: object) -> str:
    """JSON that is JSON (no Infinity or NaN) and safe inside an HTML ``<script>`` block.

    >>> print(json_text({"text": "</script><b>&", "value": float("inf")}))
    {
     "text": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026",
     "value": null
    }
    """
    text = json.dumps(_finite(data), indent=1, ensure_ascii=False, allow_nan=False)
    return RE_JSON_HTML.sub(lambda m: JSON_HTML_ESCAPES[m.group()], text)


def _finite(data: object) -> object:
    """``data`` with every infinite or NaN float replaced by null."""
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(v) for v in data]
    if isinstance(data, float) and not math.isfinite(data):
        return None
    return data


def write_json(data: object, path: str | Path) -> None:
    """Write JSON (see :func:`json_text`) atomically."""
    with atomic_open(path, "w", encoding="utf-8") as handle:
        handle.write(json_text(data))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """An injection-safe CSV as bytes (for downloads)."""
    return safe_frame(frame).to_csv(index=False, lineterminator=CSV_LINE_END).encode("utf-8")


def json_bytes(data: object) -> bytes:
    return json_text(data).encode("utf-8")
