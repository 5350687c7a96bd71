"""Touching the file system safely: regular files only, every read bounded, every skip named.

A folder is walked once per real directory (a symbolic link to a folder is followed, a link
back to a folder being walked is a loop and is named); a folder that cannot be listed is named;
a FIFO or device is refused before a single byte is read, so nothing can hang or fill memory.
File names that are not valid UTF-8 are shown (and used as ids) with ``\\xNN`` escapes.

>>> printable("caf\\udce9.txt")
'caf\\\\xe9.txt'
>>> ids = IdAllocator()
>>> ids.take("report"), ids.take("report", "d2/report"), ids.take("report")
('report', 'd2/report', 'report~2')
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

RE_NUMBERED = re.compile(r"~\d+\Z")  # the number IdAllocator adds to a taken id
# What a file is when it is not a regular file, as the reason says it.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe, FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True, slots=True)
class ReadError:
    """A file (or a row of one) that could not be read, and why (shown as ``path: reason``)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Skipped(ReadError):
    """A file left unread on purpose (the reason says why and how to read it): reported and
    counted with the errors, shown as skipped rather than as an error."""


@dataclass(frozen=True, slots=True)
class Unsupported(Skipped):
    """A file in a folder that is not of an article type (``notes.pdf``): named and counted, so
    nothing is left out unseen; the dashboard lists these on one line rather than as warnings."""


def is_hidden(path: Path, root: Path) -> bool:
    """A name under ``root`` beginning with a dot (``.DS_Store``, ``.git/...``): not an article,
    and not named when passed over (a repository's ``.git`` would name thousands).

    >>> is_hidden(Path("c/.git/HEAD"), Path("c")), is_hidden(Path("c/notes.pdf"), Path("c"))
    (True, False)
    """
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def printable(name: str | os.PathLike) -> str:
    """A file name as text that can be printed and written to UTF-8 (bad bytes as ``\\xNN``)."""
    raw = os.fsencode(name)
    return raw.decode("utf-8", "backslashreplace")


def os_reason(exc: OSError) -> str:
    """An OSError as a short reason, without a traceback or the path twice."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or type(exc).__name__


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _open_checked(path: Path, max_bytes: int) -> tuple[int, int] | ReadError:
    """An open descriptor on ``path`` and its size, if it is a regular file within ``max_bytes``.

    The file is opened without blocking and checked on the open descriptor (no race between a
    check and the open): a FIFO with no writer would otherwise hang, /dev/zero would never end.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return ReadError(printable(path), os_reason(exc))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return ReadError(printable(path), f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            os.close(fd)
            return ReadError(printable(path), too_large(info.st_size, max_bytes))
        return fd, info.st_size
    except OSError as exc:
        os.close(fd)
        return ReadError(printable(path), os_reason(exc))


def open_regular(path: Path, max_bytes: int) -> BinaryIO | ReadError:
    """An open binary handle on ``path`` if it is a regular file within ``max_bytes`` (see
    :func:`_open_checked`)."""
    opened = _open_checked(path, max_bytes)
    if isinstance(opened, ReadError):
        return opened
    fd = opened[0]
    try:
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        return ReadError(printable(path), os_reason(exc))


def too_large(size: int, max_bytes: int) -> str:
    """The reason a file is refused for its size, in MB or, for tiny limits, in bytes.

    >>> too_large(250_000_000, 200 * 2**20), too_large(3000, 1024)
    ('too large (250.0 MB; the limit is 209.7 MB)', 'too large (3,000 bytes; the limit is 1,024 bytes)')
    """
    return f"too large ({_size(size)}; the limit is {_size(max_bytes)})"


def _size(nbytes: int) -> str:
    return f"{nbytes / 1e6:,.1f} MB" if nbytes >= 100_000 else f"{nbytes:,} bytes"


_READ_CHUNK = 1 << 20  # bytes one read asks for at most (a read allocates what it asks for)


def _read_upto(fd: int, n: int) -> bytes:
    """Up to ``n`` bytes from ``fd``: fewer only at the end of the file."""
    chunks, got = [], 0
    while got < n:
        chunk = os.read(fd, min(n - got, _READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_bounded(path: Path, max_bytes: int) -> bytes | ReadError:
    """The bytes of a regular file, never more than ``max_bytes`` (a file that grows is refused).

    Read from the descriptor itself: a buffered file object, made and dropped for every article,
    cost a third of the time of reading one."""
    opened = _open_checked(path, max_bytes)
    if isinstance(opened, ReadError):
        return opened
    fd, size = opened
    try:
        # As much as the file holds and one byte more: reading max_bytes + 1 alone would allocate
        # the whole limit (200 MB) for every small article. A file that grew since it was sized,
        # or sizes itself 0 (/proc), is read on up to the limit. (A regular file never blocks.)
        first = min(size, max_bytes) + 1
        data = _read_upto(fd, first)
        if len(data) == first <= max_bytes:
            data += _read_upto(fd, max_bytes + 1 - first)
    except OSError as exc:
        return ReadError(printable(path), os_reason(exc))
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        return ReadError(printable(path), too_large(len(data), max_bytes))
    return data


def walk(root: Path, suffixes: tuple[str, ...], others: bool = False) -> Iterator[Path | ReadError]:
    """Files under ``root`` whose suffix is one of ``suffixes``, in sorted path order; with
    ``others``, every other regular file too (but hidden ones, :func:`is_hidden`), for the
    caller to name as skipped.

    Each real folder is walked once, so links cannot make the walk loop or grow
    exponentially; a link back into the folders being walked is named as a loop, and so are
    folders that cannot be listed and article-named links that lead nowhere. The same file
    reached twice (a hard or symbolic link) is given once. No recursion: depth is unbounded.
    """
    try:
        top = root.stat()
    except OSError as exc:
        yield ReadError(printable(root), os_reason(exc))
        return
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    ancestors: dict[tuple[int, int], Path] = {}  # the folders being walked, by identity
    stack: list[tuple[tuple[int, int], Iterator[os.DirEntry]]] = []

    def enter(folder: Path, ident: tuple[int, int]) -> ReadError | None:
        seen_dirs.add(ident)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            return ReadError(printable(folder), f"cannot list the folder ({os_reason(exc)})")
        ancestors[ident] = folder
        stack.append((ident, iter(entries)))
        return None

    if err := enter(root, (top.st_dev, top.st_ino)):
        yield err
    while stack:
        ident, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            del ancestors[ident]
            continue
        path = Path(entry.path)
        wanted = path.suffix.lower() in suffixes
        try:
            info = entry.stat()  # follows a symbolic link
        except OSError as exc:
            if exc.errno == errno.ELOOP or wanted:  # a loop, or an article that is not there
                reason = "broken symbolic link" if exc.errno == errno.ENOENT else os_reason(exc)
                yield ReadError(printable(path), reason)
            elif entry.is_dir(follow_symlinks=False):  # a folder we cannot even look at
                yield ReadError(printable(path), f"cannot read the folder ({os_reason(exc)})")
            continue
        key = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if key in ancestors:
                yield ReadError(
                    printable(path), f"symbolic link loop (leads back to {printable(ancestors[key])})"
                )
            elif key not in seen_dirs and (err := enter(path, key)):
                yield err  # a folder reached a second way was read the first time
        elif wanted and key not in seen_files:
            seen_files.add(key)
            yield path
        elif others and not wanted and stat.S_ISREG(info.st_mode) and not is_hidden(path, root):
            yield path


class IdAllocator:
    """Unique document ids: the first free candidate, else the first one numbered ``~2``, ``~3``...
    (numbered from its root: a taken ``x~2`` becomes the next free ``x~N``, never ``x~2~2``)."""

    def __init__(self, reserved: set[str] | None = None) -> None:
        self.used: set[str] = set(reserved or ())

    def take(self, *candidates: str) -> str:
        candidates = tuple(clip_id(c) for c in candidates)
        for candidate in candidates:
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        root = RE_NUMBERED.sub("", candidates[0])
        n = 2
        while f"{root}~{n}" in self.used:
            n += 1
        self.used.add(f"{root}~{n}")
        return f"{root}~{n}"


MAX_ID = 200  # characters; the store's doc_id column holds 300


def clip_id(doc_id: str) -> str:
    """An id short enough for any store: a long one keeps its start and a hash of the whole.

    >>> len(clip_id("x" * 5000)), clip_id("short")
    (200, 'short')
    """
    if len(doc_id) <= MAX_ID:
        return doc_id
    digest = hashlib.sha1(doc_id.encode("utf-8", "replace")).hexdigest()[:12]
    return f"{doc_id[: MAX_ID - 13]}~{digest}"


def file_id_candidates(path: Path) -> list[str]:
    """Ids for a file named on its own: its name, then with more of its folders, then with suffix."""
    stem = printable(path.stem)
    parents = [printable(p) for p in path.absolute().parent.parts[1:]]
    longer = ["/".join([*parents[len(parents) - k :], stem]) for k in range(1, len(parents) + 1)]
    return [stem, *longer, printable(path.name)]


def folder_id_candidates(path: Path, root: Path) -> list[str]:
    """Ids for a file in a folder: its path relative to the folder, without, then with its suffix."""
    rel = path.relative_to(root)
    return [printable(rel.with_suffix("").as_posix()), printable(rel.as_posix())]
