"""CSV and JSON Lines corpora, one article per row, read row by row.

A bad row is named with its line number and reason and the rest is read: a broken JSON line,
a record nested too deeply, a line or cell over the size limit, a quote left open, a row
with more or fewer fields than the header. Memory is bounded by the largest row. Each line is
decoded on its own (UTF-8 if it is, else the file's 8-bit encoding), since exports get mixed;
a file with a UTF-16 or UTF-32 byte-order mark is decoded as a whole.

A CSV record runs over several lines while its count of quote characters is odd (a quoted
field with line breaks); when such a record does not parse, its first line is read alone
(a stray quote in an unquoted field) or named, and reading goes on from the next line, so
an unclosed quote costs one row, not every row after it.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TextIO

from workbench.files import IdAllocator, ReadError, clip_id, open_regular, printable

CORPUS_FIELDS = ("doc_id", "title", "publication", "date", "url")
_TOO_LONG = "too long: {what} is over the size limit for one article (--max-mb)"
SNIFF_BYTES = 64 * 1024  # the encoding is judged on the file's first bytes
RE_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes the encoding could not read (surrogateescape)
RE_NOT_TEXT = re.compile("[\ud800-\udfff\x00]")  # lone surrogates (JSON escapes) and NUL: no store takes them


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of rows of a corpus file, read on its own as reading the whole file would read them:
    from byte ``start`` (a line's start) the records whose first line is before ``end_line``.

    Made by :func:`corpus_chunks`, which read the file once to find where rows begin, and so
    knows the line and row numbers before ``start`` (errors name lines, rows without an id are
    named by their row number), a CSV file's header, and the ids the rows take (``ids``: row
    number -> id, only where it is not the row's own: a repeated or over-long id).
    """

    start: int = 0
    line: int = 0  # lines before start
    row: int = 0  # rows (records) before start
    end_line: int | None = None  # the next chunk's first line; None: to the end of the file
    header: tuple[str, ...] | None = None  # a CSV file's, for chunks after the first
    ids: dict[int, str] = field(default_factory=dict)


def _opened(path: Path) -> tuple[BinaryIO, str] | ReadError:
    """A corpus file opened at its start, with the encoding its first bytes show."""
    from workbench.documents import EXPECTED_TEXT, sniff_encoding

    handle = open_regular(path, sys.maxsize)  # streamed: the limit applies to each row
    if isinstance(handle, ReadError):
        return handle
    sample = handle.read(SNIFF_BYTES)
    if sample.count(b"\x00") * 10 <= len(sample):  # a stray NUL costs its row, not the file
        sample = sample.replace(b"\x00", b" ")
    encoding = sniff_encoding(sample, sample=True)
    if encoding is None:
        handle.close()
        return ReadError(printable(path), f"binary file; expected {EXPECTED_TEXT}")
    handle.seek(0)
    return handle, encoding


def _is_wide(encoding: str) -> bool:
    """UTF-16 or UTF-32: decoded as one stream, so never read from the middle."""
    from workbench.documents import BOMS

    return encoding in {e for _, e in BOMS} - {"utf-8-sig"}


def _records(
    path: Path,
    handle: BinaryIO,
    encoding: str,
    max_bytes: int,
    chunk: Chunk,
    starts: dict[int, int] | None = None,
    found: list | None = None,
) -> Iterator[tuple[int, dict | str]]:
    """(first line, record or the reason it is not one) from ``chunk.start``; ``starts`` given,
    the byte offset where each line begins goes in it (a UTF-16/32 file gives none); ``found``
    given, a CSV file's header."""
    is_csv = path.suffix.lower() == ".csv"
    if _is_wide(encoding):  # UTF-16 or UTF-32: decode as a stream
        text = io.TextIOWrapper(
            handle, encoding=encoding, errors="surrogateescape", newline="" if is_csv else "\n"
        )
        lines = _lines(text, max_bytes)
    else:  # each line on its own: UTF-8, else the file's 8-bit encoding (exports get mixed)
        handle.seek(chunk.start)
        fallback = encoding if encoding not in ("utf-8", "utf-8-sig") else "cp1252"
        lines = _byte_lines(handle, max_bytes, fallback, encoding == "utf-8-sig", chunk.line, starts)
    if is_csv:
        return _csv_records(lines, printable(path), max_bytes, chunk.header, found)
    return _json_records(lines)


def read_corpus_file(
    path: Path, max_bytes: int, ids: IdAllocator | None = None, chunk: Chunk | None = None
) -> Iterator[object]:  # Document | ReadError (Document is imported late: documents imports us)
    """The documents of a CSV or JSON Lines file with one article per row (``text`` + metadata);
    given a :class:`Chunk`, of those rows only (their ids are the chunk's, ``ids`` is not used)."""
    opened = _opened(path)
    if isinstance(opened, ReadError):
        yield opened
        return
    handle, encoding = opened
    with handle:
        records = _records(path, handle, encoding, max_bytes, chunk or Chunk(), None)
        if chunk is None:
            ids = ids or IdAllocator()
            yield from (doc for _, doc in _documents(records, path, encoding, lambda _, raw: ids.take(raw)))
            return
        named = chunk.ids

        def own(row: int, raw: str) -> str:
            return named.get(row) or clip_id(raw)

        for line, doc in _documents(records, path, encoding, own, chunk.row):
            if chunk.end_line is not None and line >= chunk.end_line:
                return
            yield doc


def corpus_chunks(path: Path, max_bytes: int, chunk_bytes: int) -> Iterator[Chunk | None]:
    """The file cut into chunks of about ``chunk_bytes`` at the start of a row, read once here
    (parsed, not extracted: a small part of the cost of extracting it) to know what each chunk
    needs to be read on its own. None, the whole file, for a file that cannot be read from the
    middle (UTF-16 or UTF-32) or cannot be read at all: its reader names the problem. Memory
    holds one row.
    """
    opened = _opened(path)
    if isinstance(opened, ReadError) or _is_wide(opened[1]):
        if not isinstance(opened, ReadError):
            opened[0].close()
        yield None
        return
    handle, encoding = opened
    starts: dict[int, int] = {}
    taken = IdAllocator()
    ids: dict[int, str] = {}

    def take(row: int, raw: str) -> str:
        got = taken.take(raw)
        if got != clip_id(raw):
            ids[row] = got
        return got

    with handle:
        header: list[tuple[str, ...]] = []  # a CSV file's, once read
        records = _records(path, handle, encoding, max_bytes, Chunk(), starts, header)
        first = Chunk()
        for row, (line, _) in enumerate(_documents(records, path, encoding, take), start=1):
            start = starts[line]
            for old in [n for n in starts if n < line]:
                del starts[old]
            if start - first.start >= chunk_bytes and row > first.row + 1:
                yield replace(first, end_line=line, ids={r: i for r, i in ids.items() if r < row})
                first = Chunk(start, line - 1, row - 1, None, header[0] if header else None)
                for r in [r for r in ids if r < row]:
                    del ids[r]
        yield replace(first, ids=dict(ids))


def _documents(
    records, path: Path, encoding: str, take: Callable[[int, str], str], before: int = 0
) -> Iterator[tuple[int, object]]:
    """(first line, Document or ReadError) for each record; ``take(row, the row's own id)`` gives
    a document its id (rows are numbered from ``before`` + 1)."""
    from workbench.documents import Document

    name, stem = printable(path), printable(path.stem)
    for row, (line, record) in enumerate(records, start=before + 1):
        where = f"{name} line {line}"
        if isinstance(record, str):
            yield line, ReadError(where, record)
            continue
        if any(RE_UNDECODED.search(v) for v in record.values() if isinstance(v, str)):
            yield line, ReadError(where, f"not valid {encoding}")
            continue
        if not isinstance(record.get("text"), str | None):  # a JSON number, boolean, list or object
            yield line, ReadError(where, f"text is {_json_kind(record['text'])}, not a string")
            continue
        text = _field(record, "text")
        if not text.strip():
            yield line, ReadError(where, "no text")
            continue
        yield (
            line,
            Document(
                take(row, _field(record, "doc_id") or f"{stem}/{row}"),
                text,
                _field(record, "title"),
                _field(record, "publication"),
                _field(record, "date"),
                _field(record, "url"),
            ),
        )


def _json_kind(value: object) -> str:
    """What a JSON value that is not a string is, in words.

    >>> _json_kind(5), _json_kind(True), _json_kind([1]), _json_kind({})
    ('a number', 'true or false', 'a list', 'an object')
    """
    if isinstance(value, bool):
        return "true or false"
    return {int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), "not text"
    )


def _field(record: dict, key: str) -> str:
    """A field as text a store and a UTF-8 file accept (a lone surrogate or NUL becomes U+FFFD)."""
    value = record.get(key)
    text = "" if value is None else str(value)
    return RE_NOT_TEXT.sub("\N{REPLACEMENT CHARACTER}", text)


def _lines(text: TextIO, limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, line); None for a line over ``limit`` characters, whose rest is skipped unread."""
    number = 0
    while line := text.readline(limit + 1):
        number += 1
        if len(line) > limit:
            while line and not line.endswith(("\n", "\r")):
                line = text.readline(limit + 1)
            yield number, None
        else:
            yield number, line


def _byte_lines(
    handle: BinaryIO,
    limit: int,
    fallback: str,
    skip_bom: bool,
    before: int = 0,
    starts: dict[int, int] | None = None,
) -> Iterator[tuple[int, str | None]]:
    """(line number, line) of an 8-bit or UTF-8 file, each line decoded as UTF-8 if it is, else in
    ``fallback`` (else Latin-1, which reads any byte); None for a line over ``limit`` bytes. Lines
    are numbered from ``before`` + 1; given ``starts``, each line's byte offset goes in it."""
    number = before
    while True:
        if starts is not None:
            starts[number + 1] = handle.tell()
        raw = handle.readline(limit + 1)
        if not raw:
            break
        number += 1
        if len(raw) > limit:
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(limit + 1)
            yield number, None
            continue
        if skip_bom and number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        for encoding in ("utf-8", fallback, "latin-1"):
            try:
                yield number, raw.decode(encoding)
                break
            except (UnicodeDecodeError, LookupError):
                continue


def _json_records(lines) -> Iterator[tuple[int, dict | str]]:
    """(line number, object or the reason it is not one) for each non-blank line."""
    for number, line in lines:
        if line is None:
            yield number, _TOO_LONG.format(what="the line")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg} at column {exc.colno})"
            continue
        except RecursionError:
            yield number, "not an article (JSON nested too deeply)"
            continue
        yield number, record if isinstance(record, dict) else f"not a JSON object ({type(record).__name__})"


def _csv_records(
    lines, name: str, limit: int, header: tuple[str, ...] | None = None, found: list | None = None
) -> Iterator[tuple[int, dict | str]]:
    """(line number, row as a dict or the reason it is not one) for each CSV record; ``header``
    given, the lines start after it; ``found`` given, the header read goes in it."""
    pending: deque[tuple[int, str | None]] = deque()  # lines read ahead, to be read again

    def next_line() -> tuple[int, str | None] | None:
        return pending.popleft() if pending else next(lines, None)

    while (first := next_line()) is not None:
        number, line = first
        if line is None:
            yield number, _TOO_LONG.format(what="the line")
            continue
        if not line.strip():
            continue
        used = _record_lines(first, next_line, limit)
        fields = _parse(used)
        if isinstance(fields, str) and len(used) > 1:  # read the first line alone, then go on
            pending.extendleft(reversed(used[1:]))
            fields = _parse(used[:1])
        if header is None:
            if isinstance(fields, str) or "text" not in [f.strip() for f in fields]:
                yield (
                    number,
                    ("no 'text' column (expected text plus optional " + ", ".join(CORPUS_FIELDS) + ")"),
                )
                return
            header = tuple(f.strip() for f in fields)
            if found is not None:
                found.append(header)
            continue
        if isinstance(fields, list) and len(fields) != len(header):
            fields = f"{len(fields)} fields where the header has {len(header)}"
        yield number, fields if isinstance(fields, str) else dict(zip(header, fields, strict=True))


def _record_lines(first, next_line: Callable, limit: int) -> list[tuple[int, str | None]]:
    """The lines of the record that begins with ``first``: on while a quoted field is open."""
    used = [first]
    quotes, size = first[1].count('"'), len(first[1])
    while quotes % 2 and size <= limit:
        following = next_line()
        if following is None:
            break
        used.append(following)
        if following[1] is None:
            break
        quotes += following[1].count('"')
        size += len(following[1])
    return used


def _parse(used: list[tuple[int, str | None]]) -> list[str] | str:
    """The fields of one CSV record, or the reason it is not one."""
    if any(line is None for _, line in used):
        return _TOO_LONG.format(what="a quoted field")
    try:
        rows = list(csv.reader([line for _, line in used], strict=True))
    except csv.Error as exc:
        reason = str(exc)
        if "field limit" in reason:
            return (
                f"a field longer than {csv.field_size_limit():,} characters, the CSV reader's limit "
                "(use JSON Lines for longer articles)"
            )
        return f"not a CSV record ({reason})"
    if len(rows) != 1:
        return "not a CSV record (a quote is left open or stray)"
    return rows[0]
