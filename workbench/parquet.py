"""Claims in Parquet: the claims table's types as an Arrow schema, written and read back.

``workbench extract --out claims.parquet`` writes one file; on a Dask cluster the output is a
dataset, a folder of ``part-NNNNNNNNN.parquet`` files in document order. Either is read back by
:func:`read_claims` (which also reads the CSV ``workbench extract`` writes) as the typed claims
table. Errors (``path``, ``reason``) go to a table beside it, ``claims.errors.parquet``.

Parquet holds the values as extracted: no formula guard (that is for spreadsheets, see export.py).
pyarrow is imported on first use, so a CSV run never loads it.

>>> errors_path(Path("out/claims.parquet")).as_posix()
'out/claims.errors.parquet'
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.files import ReadError
from workbench.schema import CLAIM_COLUMNS, CLAIM_DTYPES, CLAIM_EXTRA_COLUMNS

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "PARQUET_SUFFIX",
    "claims_schema",
    "claims_table",
    "errors_path",
    "is_parquet",
    "read_claims",
    "read_errors",
    "replace_with",
    "temporary_beside",
    "write_claim_rows",
    "write_errors",
    "write_table",
]

PARQUET_SUFFIX = ".parquet"
ERRORS_SUFFIX = ".errors.parquet"
PART_PREFIX = "part-"
BATCH_ROWS = 65_536  # rows per row group of a file written from a stream
COMPRESSION = "zstd"  # text compresses about twice as well as with snappy; pandas and DuckDB read it
# NOTE: keep in sync with schema.CLAIM_DTYPES: the pandas type of a column -> its Arrow type.
ARROW_TYPES = {"string": "string", "int64": "int64", "float64": "float64", "bool": "bool_"}
REQUIRED = frozenset({"claim_id", "doc_id", "start", "end", "number_text", "value", "qualifier", "quote"})
ERROR_COLUMNS = ("path", "reason")


@cache
def claims_schema() -> pa.Schema:
    """The claims table (schema.py's columns and types) as an Arrow schema; only ``low``, ``high``
    and the text columns a row may leave out may be null."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(c, getattr(pa, ARROW_TYPES[CLAIM_DTYPES[c]])(), nullable=c not in REQUIRED)
            for c in CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS
        ]
    )


@cache
def errors_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(c, pa.string(), nullable=False) for c in ERROR_COLUMNS])


def claims_table(rows: list[dict]) -> pa.Table:
    """Claim rows (dicts with the claims columns, as ``claim_rows`` makes them) as an Arrow table.

    Raises ``pyarrow.ArrowInvalid`` or ``ArrowTypeError`` for a value of the wrong type.
    """
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=claims_schema())


def errors_table(errors: Iterable[ReadError]) -> pa.Table:
    import pyarrow as pa

    return pa.Table.from_pylist(
        [{"path": e.path, "reason": e.reason} for e in errors], schema=errors_schema()
    )


def errors_path(out: Path) -> Path:
    """Where the errors of a run writing ``out`` go: ``x.parquet`` -> ``x.errors.parquet``."""
    return out.with_name(out.name.removesuffix(PARQUET_SUFFIX) + ERRORS_SUFFIX)


def is_parquet(path: str | Path) -> bool:
    """A Parquet file or dataset folder, by its name (``.parquet``) or, for a folder, its parts."""
    path = Path(path)
    if path.suffix.lower() == PARQUET_SUFFIX:
        return True
    return path.is_dir() and any(path.glob(f"*{PARQUET_SUFFIX}"))


def temporary_beside(out: Path, suffix: str = "") -> Path:
    """A hidden name beside ``out`` (readers of a dataset folder skip names starting with '.')."""
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}{suffix}")


def write_table(table: pa.Table, path: Path) -> None:
    """One table as one Parquet file, atomically (written beside, then renamed into place)."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_beside(path)
    try:
        pq.write_table(table, tmp, compression=COMPRESSION)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def write_claim_rows(
    rows: Iterable[dict], out: Path, batch_rows: int = BATCH_ROWS, keep: Callable[[], bool] | None = None
) -> int:
    """Stream claim rows into one Parquet file (a row group per ``batch_rows``); return the count.

    Memory holds one batch. The file appears only when complete; it replaces a file or a dataset
    folder of that name (see :func:`replace_with`), unless ``keep``, asked at the end, says no.
    The folder ``out`` goes in must exist.
    """
    import pyarrow.parquet as pq

    tmp = temporary_beside(out)
    count = 0
    try:
        with pq.ParquetWriter(tmp, claims_schema(), compression=COMPRESSION) as writer:
            for batch in _batches(rows, batch_rows):
                writer.write_table(claims_table(batch))
                count += len(batch)
        if keep is None or keep():
            replace_with(tmp, out)
        else:
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def write_errors(errors: Iterable[ReadError], path: Path) -> None:
    """The errors table (``path``, ``reason``; possibly empty) as one Parquet file, atomically."""
    write_table(errors_table(errors), path)


def _is_dataset(folder: Path) -> bool:
    """A folder holding only Parquet files (and hidden names): one a run may replace."""
    return all(
        p.name.startswith(".") or (p.is_file() and p.suffix == PARQUET_SUFFIX) for p in folder.iterdir()
    )


def replace_with(new: Path, out: Path) -> None:
    """Put ``new`` (a file or a dataset folder) in the place of ``out``, which may be either.

    Raises ``IsADirectoryError`` when ``out`` is a folder holding anything but Parquet files: a
    folder of other things is never deleted.
    """
    if out.is_dir() and not out.is_symlink():
        if not _is_dataset(out):
            raise IsADirectoryError(f"{out} is a folder of other files than Parquet; not replaced")
        old = temporary_beside(out, ".old")
        os.replace(out, old)
        os.replace(new, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, out)


def read_parquet(path: str | Path) -> pd.DataFrame:
    """A Parquet file or dataset folder as a claims table (typed by ``schema.as_claims``)."""
    import pyarrow.parquet as pq

    from workbench.schema import as_claims

    table = pq.read_table(path)
    frame = table.to_pandas()
    return as_claims(frame)


def read_claims(path: str | Path) -> pd.DataFrame:
    """A claims table from Parquet (a file or a dataset folder) or from a CSV ``workbench extract``
    wrote, typed as the claims table. Raises OSError for a missing file, ValueError (one line:
    the reason) for a file that is not a claims table."""
    if is_parquet(path):
        import pyarrow as pa

        try:
            return read_parquet(path)
        except pa.ArrowException as exc:
            raise ValueError(f"{path}: not a readable Parquet claims table ({exc})") from exc
    import pandas as pd

    from workbench.export import read_csv
    from workbench.schema import CLAIM_COLUMNS, as_claims

    try:
        frame = read_csv(path)
    except pd.errors.EmptyDataError:
        raise ValueError("an empty file, not a claims table") from None
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}), not a claims table"
        ) from None
    except pd.errors.ParserError as exc:
        raise ValueError(f"not a claims CSV ({first_line(exc)})") from None
    missing = [c for c in CLAIM_COLUMNS if c not in frame.columns]
    if missing:  # also for a header without rows: another table, or prose
        raise ValueError(f"not a claims table: missing columns {', '.join(missing)}")
    return as_claims(frame)


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def read_errors(path: str | Path) -> pd.DataFrame:
    """An errors table (``path``, ``reason``) as a DataFrame."""
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pandas()
