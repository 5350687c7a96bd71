"""Reading articles: .txt and .md as they are, .html through trafilatura, folders recursively.

Every path yields either a :class:`Document` or a :class:`ReadError` that names the file
and the reason, so one bad file never stops the rest. Only regular files are read, never more
than the size limit; text is decoded from UTF-8 (with or without a byte-order mark), UTF-16 or
UTF-32 with a byte-order mark, or Windows-1252/Latin-1; other encodings are guessed by
charset-normalizer; binary files are refused with their reason.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.files import (
    IdAllocator,
    ReadError,
    Skipped,
    Unsupported,
    file_id_candidates,
    folder_id_candidates,
    printable,
    read_bounded,
    too_large,
    walk,
)

if TYPE_CHECKING:
    from workbench.rows import Chunk

__all__ = ["Document", "ReadError", "decode", "read_documents", "read_file", "read_upload"]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
CORPUS_SUFFIXES = (".csv", ".jsonl")  # one article per row; read when named, not inside folders
# NOTE: keep in sync with README, "Limits" (Files).
CORPUS_IN_FOLDER = "a CSV or JSON Lines corpus inside a folder is not read; name the file itself to read it"
CORPUS_FIELDS = ("doc_id", "title", "publication", "date", "url")
RE_HEADLINE = re.compile(
    r"""
    \A(?P<title>
        (?:
            [^\n.!?]                 # no sentence's end in a headline,
          | \.(?=\S)                 # but a point inside a word or figure ("1.5%", "U.S")
          | (?<=\b[A-Z])\.(?=[ \t])     # or after an initial ("U.S. economy"; never both ways)
        ){3,150}
        [^\n.!?,;:]                 # the last character ends no sentence or clause
    )
    [ \t]*\n[ \t]*\n              # then a blank line
    """,
    re.VERBOSE,
)
# An HTML comment on a line of its own ("<!-- source: https://... -->"), and the blank lines after
# it: not shown in Markdown, so never an article's headline; the headline is the line after.
RE_COMMENT_LINE = re.compile(
    r"""
    [ \t]*<!--[^\n]*-->[ \t]*\n    # a one-line comment (the last --> on the line closes it)
    (?:[ \t]*\n)*                   # blank lines after it
    """,
    re.VERBOSE,
)
MAX_COMMENT_LINES = 20  # at the top of an article: a few lines of notes, never the whole file
RE_ID_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f#]+")  # runs of these become one space in a generated id
RE_GENERATED_ID = re.compile(r"(?P<label>.*)\ \#[0-9a-f]{8}(?:~\d+)?")  # see generated_id
# Front matter at the top of a .txt or .md article: "---", "key: value" lines, "---".
RE_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[A-Za-z_]+:[^\n]*\n){1,20})---[ \t]*\n")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024  # per document: a file, or one row of a corpus
# NOTE: keep in sync with README, "Limits" (Size). An upload or a paste is extracted and stored
# while the reviewer waits (about 1 MB/s, and a page of figures stores thousands of claims), so the
# dashboard takes far less than the command line does.
UPLOAD_MAX_BYTES = 2_000_000
LARGER_FILES = (
    "for a larger file, run `workbench extract FILE --out claims.parquet` "
    "and open `workbench app claims.parquet`"
)
# Byte-order marks, longest first (a UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried first when the bytes are not UTF-8: what English-language news tools export. Left to
# guess freely, a detector reads a short Latin-1 line as Urdu or Big5.
WESTERN = ["cp1252", "latin_1"]
EXPECTED_TEXT = "UTF-8, UTF-16 with a byte-order mark or Latin-1"


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


def sniff_encoding(data: bytes, sample: bool = False) -> str | None:
    """The encoding of ``data`` (a whole file, or with ``sample`` its first part), None if not text.

    >>> [sniff_encoding(b) for b in (b"12 died", "caf\\xe9".encode("cp1252"), b"\\xff\\xfeh\\x00")]
    ['utf-8', 'cp1252', 'utf-16']
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    if b"\x00" in data:
        return None  # text without a byte-order mark has no NUL bytes
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if sample and exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a sample cut inside a character
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=WESTERN).best() or from_bytes(data).best()
    return best.encoding if best else None


def decode(data: bytes, path: str) -> str | ReadError:
    """Bytes as text, or the reason they are not an article."""
    if not data.strip():
        return ReadError(path, "empty file")
    text, encoding = None, None
    if not data.startswith(tuple(bom for bom, _ in BOMS)) and b"\x00" not in data:
        with contextlib.suppress(UnicodeDecodeError):  # most files: decoded once, no guessing
            text, encoding = data.decode("utf-8"), "utf-8"
    if text is None:
        encoding = sniff_encoding(data)
        if encoding is None:
            why = "contains NUL bytes" if b"\x00" in data else "no text encoding fits"
            return ReadError(path, f"binary file ({why}); expected {EXPECTED_TEXT}")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            return ReadError(path, f"not valid {encoding} (byte {exc.start}: {exc.reason})")
    if not text.strip():
        return ReadError(path, "empty file")
    if "\x00" in text:
        return ReadError(path, f"binary file (NUL characters in its {encoding} text)")
    return text


# NOTE: keep in sync with README, "Limits" (HTML).
NO_HTML_TEXT = "no text in the HTML: only markup (tags, scripts, styles or the head), nothing to read"


def html_to_document(html: str, doc_id: str, path: str) -> Document | ReadError:
    """The main text and metadata of an HTML page, without navigation or banners; a page in which
    trafilatura finds no article (too short, or nested deeper than lxml reads) is read with its
    tags taken off (:func:`~workbench.htmltext.tag_stripped_text`) rather than lost."""
    import trafilatura

    from workbench.htmltext import tag_stripped_text

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text or not text.strip():
        text = tag_stripped_text(html)
    if not text:
        return ReadError(path, NO_HTML_TEXT)
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
    name = printable(path)
    data = read_bounded(path, max_bytes)
    if isinstance(data, ReadError):
        return data
    text = decode(data, name)
    if isinstance(text, ReadError):
        return text
    if path.suffix.lower() in HTML_SUFFIXES:
        return _html(text, doc_id, name)
    return with_front_matter(doc_id, text)


def _html(text: str, doc_id: str, name: str) -> Document | ReadError:
    try:
        return html_to_document(text, doc_id, name)
    except Exception as exc:  # a parser failure is this file's problem, not the run's
        return ReadError(name, f"could not parse the HTML ({type(exc).__name__}: {exc})")


def headline(text: str) -> str:
    """An article's title: its short first line followed by a blank line, after any one-line HTML
    comments at the top (a Markdown file's notes, never shown); "" when it has none.

    >>> headline("<!-- source: https://news.example/a -->\\nFloods close the Velm road\\n\\nPolice said")
    'Floods close the Velm road'
    >>> headline("Police said 12 people died. Medics said 14.\\n\\nMore.")
    ''
    """
    at = 0
    for _ in range(MAX_COMMENT_LINES):
        comment = RE_COMMENT_LINE.match(text, at)
        if comment is None:
            break
        at = comment.end()
    found = RE_HEADLINE.match(text[at : at + 400])  # a title is at most 150 characters
    return found["title"].strip() if found else ""


def with_front_matter(doc_id: str, text: str) -> Document:
    """A text article; a front matter block gives its metadata and is not part of its text.

    >>> doc = with_front_matter("a", "---\\ntitle: Storm\\ndate: 2025-03-14\\n---\\nPolice said 12 died.")
    >>> doc.title, doc.published, doc.text
    ('Storm', '2025-03-14', 'Police said 12 died.')
    """
    m = RE_FRONT_MATTER.match(text)
    if not m:
        return Document(doc_id, text, title=headline(text))
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


def article_paths(
    paths: Iterable[str | Path], ids: IdAllocator | None = None
) -> Iterator[tuple[Path, str] | ReadError]:
    """Every article file under ``paths`` with its unique doc_id, in a stable order (none is read).

    A file named on its own is its name without extension, a file in a folder its path relative
    to the folder without extension; when two files would share an id, the later one takes more
    of its path (``d2/report``), then its extension, then a number. Corpus files (CSV, JSON
    Lines) are given with their stem: their rows carry their own ids; inside a folder, each is
    named as :class:`~workbench.files.Skipped` (a folder may hold data that is not articles).
    """
    ids = ids if ids is not None else IdAllocator()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in walk(path, ARTICLE_SUFFIXES + CORPUS_SUFFIXES, others=True):
                if isinstance(file, ReadError):
                    yield file
                elif file.suffix.lower() in CORPUS_SUFFIXES:
                    yield Skipped(printable(file), CORPUS_IN_FOLDER)
                elif file.suffix.lower() not in ARTICLE_SUFFIXES:
                    yield Unsupported(printable(file), unsupported(file.suffix, in_folder=True))
                else:
                    yield file, ids.take(*folder_id_candidates(file, path))
        elif path.suffix.lower() in CORPUS_SUFFIXES and (path.exists() or path.is_symlink()):
            yield path, printable(path.stem)
        elif path.exists() or path.is_symlink():  # a broken link is named by the read
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path, ids.take(*file_id_candidates(path))
            else:
                yield ReadError(printable(path), unsupported(path.suffix))
        else:
            yield ReadError(printable(path), "no such file or folder")


def unsupported(suffix: str, in_folder: bool = False) -> str:
    """Why a file of another type is not read (in a folder, corpus files are not read either).

    >>> unsupported(".pdf")
    'unsupported file type .pdf; expected .txt, .md, .html, .htm, .csv, .jsonl'
    >>> unsupported("", in_folder=True)
    'unsupported file type (none); expected .txt, .md, .html, .htm in a folder'
    """
    expected = ARTICLE_SUFFIXES if in_folder else ARTICLE_SUFFIXES + CORPUS_SUFFIXES
    where = " in a folder" if in_folder else ""
    return f"unsupported file type {printable(suffix) or '(none)'}; expected {', '.join(expected)}{where}"


def read_documents(
    paths: str | Path | Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | ReadError]:
    """Documents from files and folders (recursively), in a stable order, streamed; ids unique.
    ``paths`` is one path or several (a single string is one path, never its characters).

    Article files keep their contract ids; a corpus row whose id is taken gets a longer one.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    ids = IdAllocator()
    items = list(article_paths(paths, ids))  # every article's id first: corpus rows give way
    for item in items:
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_path(item[0], item[1], max_bytes, ids)


def read_path(
    path: Path,
    doc_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ids: IdAllocator | None = None,
    chunk: Chunk | None = None,
) -> Iterator[Document | ReadError]:
    """The documents in one file: a corpus file gives one per row (of ``chunk``'s rows, given one:
    see :func:`~workbench.rows.corpus_chunks`), an article file gives itself."""
    if path.suffix.lower() in CORPUS_SUFFIXES:
        from workbench.rows import read_corpus_file

        yield from read_corpus_file(path, max_bytes, ids, chunk)
    else:
        yield read_file(path, doc_id, max_bytes)


def text_hash(text: str) -> str:
    """The identity of an article's text: the same text read twice is one document."""
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def generated_id(name: str, text: str) -> str:
    """The id of a pasted or uploaded article: its name (or first words) and a short hash of its text.

    Two different texts never share an id however they are named; the same text gives the same id.

    >>> generated_id("Storm / floods", "The mayor said 12 homes flooded.")
    'Storm - floods #339e9545'
    """
    label = RE_ID_UNSAFE.sub(" ", name).strip() or RE_ID_UNSAFE.sub(" ", text[:200]).strip()[:40].strip()
    label = label.replace("/", "-")[:80].strip() or "article"
    return f"{label} #{text_hash(text)[:8]}"


def id_label(doc_id: str) -> str:
    """The name part of a generated id (the id itself for a file's id).

    >>> id_label("Storm - floods #339e9545"), id_label("d2/report")
    ('Storm - floods', 'd2/report')
    """
    m = RE_GENERATED_ID.fullmatch(doc_id)
    return m["label"] if m else doc_id


def read_upload(name: str, data: bytes, max_bytes: int = UPLOAD_MAX_BYTES) -> Document | ReadError:
    """An uploaded file (name and bytes) as a Document, by the same rules as files on disk, but at
    most ``max_bytes`` (the dashboard's budget: :data:`UPLOAD_MAX_BYTES`).

    Its id is generated (:func:`generated_id`): an upload never takes the id of another article.
    """
    name = printable(name)
    suffix = Path(name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return ReadError(
            name, f"unsupported file type {suffix or '(none)'}; expected {', '.join(ARTICLE_SUFFIXES)}"
        )
    if len(data) > max_bytes:
        return ReadError(name, f"{too_large(len(data), max_bytes)}; {LARGER_FILES}")
    text = decode(data, name)
    if isinstance(text, ReadError):
        return text
    doc_id = generated_id(Path(name).stem, text)
    if suffix in HTML_SUFFIXES:
        return _html(text, doc_id, name)
    return with_front_matter(doc_id, text)
