"""Reading articles: .txt and .md as they are, .html through trafilatura, folders recursively.

Every path yields either a :class:`Document` or a :class:`ReadError` that names the file
and the reason, so one bad file never stops the rest.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
CORPUS_SUFFIXES = (".csv", ".jsonl")  # one article per row; read when named, not inside folders
CORPUS_FIELDS = ("doc_id", "title", "publication", "date", "url")
RE_HEADLINE = re.compile(r"\A(?P<title>[^\n.!?]{3,150}[^\n.!?,;:])[ \t]*\n[ \t]*\n")
# Front matter at the top of a .txt or .md article: "---", "key: value" lines, "---".
RE_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[A-Za-z_]+:[^\n]*\n){1,20})---[ \t]*\n")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Document:
    """One article's text and what is known about it."""

    doc_id: str
    text: str
    title: str = ""
    publication: str = ""
    published: str = ""
    url: str = ""
    author: str = ""

    @property
    def metadata(self) -> dict[str, str]:
        return {"title": self.title, "publication": self.publication, "published": self.published}


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file that could not be read, and why (shown to the user as ``path: reason``)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def decode(data: bytes, path: str) -> str | ReadError:
    """Bytes as text, or the reason they are not an article."""
    if not data.strip():
        return ReadError(path, "empty file")
    if b"\x00" in data[:8192]:
        return ReadError(path, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(path, f"not valid UTF-8 (byte {exc.start}: {exc.reason})")


def html_to_document(html: str, doc_id: str, path: str) -> Document | ReadError:
    """The main text and metadata of an HTML page, without navigation or banners."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text or not text.strip():
        return ReadError(path, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return Document(
        doc_id,
        text,
        title=(meta.title or "") if meta else "",
        publication=(meta.sitename or "") if meta else "",
        published=(meta.date or "") if meta else "",
        url=(meta.url or "") if meta else "",
        author=(meta.author or "") if meta else "",
    )


def read_file(path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | ReadError:
    """One article file as a Document, or a ReadError naming the problem."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return ReadError(name, f"too large ({size / 1e6:.0f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(name, exc.strerror or str(exc))
    text = decode(data, name)
    if isinstance(text, ReadError):
        return text
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            return html_to_document(text, doc_id, name)
        except Exception as exc:  # a parser failure is this file's problem, not the run's
            return ReadError(name, f"could not parse the HTML ({type(exc).__name__}: {exc})")
    return with_front_matter(doc_id, text)


def with_front_matter(doc_id: str, text: str) -> Document:
    """A text article; a front matter block gives its metadata and is not part of its text.

    >>> doc = with_front_matter("a", "---\\ntitle: Storm\\ndate: 2025-03-14\\n---\\nPolice said 12 died.")
    >>> doc.title, doc.published, doc.text
    ('Storm', '2025-03-14', 'Police said 12 died.')
    """
    m = RE_FRONT_MATTER.match(text)
    if not m:
        headline = RE_HEADLINE.match(text)  # a short first line, then a blank line: the title
        return Document(doc_id, text, title=headline["title"].strip() if headline else "")
    meta = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip().lower()] = value.strip()
    return Document(
        doc_id,
        text[m.end() :],
        title=meta.get("title", ""),
        publication=meta.get("publication", ""),
        published=meta.get("date", meta.get("published", "")),
        url=meta.get("url", ""),
    )


def read_corpus_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ReadError]:
    """A CSV or JSON Lines export with one article per row (``text`` plus optional metadata)."""
    import csv
    import json

    name = str(path)
    try:
        if path.stat().st_size > max_bytes:
            yield ReadError(name, "too large")
            return
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield ReadError(name, exc.strerror or str(exc))
        return
    with handle:
        try:
            if path.suffix.lower() == ".csv":
                reader = csv.DictReader(handle)
                if "text" not in (reader.fieldnames or []):
                    yield ReadError(
                        name,
                        "no 'text' column (expected text plus optional " + ", ".join(CORPUS_FIELDS) + ")",
                    )
                    return
                rows: Iterator[dict] = iter(reader)
            else:
                rows = (json.loads(line) for line in handle if line.strip())
            for i, row in enumerate(rows, start=1):
                text = str(row.get("text") or "") if isinstance(row, dict) else ""
                if not text.strip():
                    yield ReadError(f"{name} row {i}", "no text")
                    continue
                yield Document(
                    str(row.get("doc_id") or f"{path.stem}/{i}"),
                    text,
                    str(row.get("title") or ""),
                    str(row.get("publication") or ""),
                    str(row.get("date") or ""),
                    str(row.get("url") or ""),
                )
        except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
            yield ReadError(name, f"unreadable corpus file ({type(exc).__name__}: {exc})")


def article_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | ReadError]:
    """Every article file under ``paths`` with its doc_id, in a stable order (no file is read)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in ARTICLE_SUFFIXES:
                    yield file, file.relative_to(path).with_suffix("").as_posix()
        elif path.exists():
            if path.suffix.lower() in ARTICLE_SUFFIXES + CORPUS_SUFFIXES:
                yield path, path.stem
            else:
                yield ReadError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'}; "
                    f"expected {', '.join(ARTICLE_SUFFIXES + CORPUS_SUFFIXES)}",
                )
        else:
            yield ReadError(str(path), "no such file or folder")


def read_documents(
    paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | ReadError]:
    """Documents from files and folders (recursively), in a stable order, streamed."""
    for item in article_paths(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_path(item[0], item[1], max_bytes)


def read_path(path: Path, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | ReadError]:
    """The documents in one file: a corpus file gives one per row, an article file gives itself."""
    if path.suffix.lower() in CORPUS_SUFFIXES:
        yield from read_corpus_file(path, max_bytes)
    else:
        yield read_file(path, doc_id, max_bytes)


def text_hash(text: str) -> str:
    """The identity of an article's text: the same text read twice is one document."""
    return hashlib.sha256(text.encode()).hexdigest()


def read_upload(name: str, data: bytes) -> Document | ReadError:
    """An uploaded file (name and bytes) as a Document, by the same rules as files on disk."""
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return ReadError(
            name, f"unsupported file type {suffix or '(none)'}; expected {', '.join(ARTICLE_SUFFIXES)}"
        )
    text = decode(data, name)
    if isinstance(text, ReadError):
        return text
    doc_id = Path(name).stem
    if suffix in HTML_SUFFIXES:
        try:
            return html_to_document(text, doc_id, name)
        except Exception as exc:  # a parser failure is this file's problem only
            return ReadError(name, f"could not parse the HTML ({type(exc).__name__}: {exc})")
    return with_front_matter(doc_id, text)
