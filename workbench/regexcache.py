"""The extractor's compiled regexes, kept on disk between runs: compiling them takes about 0.3 s, most
of the start-up of ``workbench extract``; rebuilt from the cache they take a few milliseconds.

The regex package compiles a pattern in Python (parse, optimise, emit code for its engine) and hands
the result to its C engine; ``Pattern._pickled_data`` is that hand-over (it is what the package
pickles a pattern as), and ``_regex.compile(*data)`` rebuilds the very same pattern. The cache maps
``(pattern, flags)`` to it, one file per regex and Python version, stored with marshal (plain data,
as Python's own ``__pycache__`` is) under a checksum, so a damaged file is ignored, never trusted.

Only the module-level ``regex.compile`` calls made while the extractor's modules are imported go
through the cache (:func:`cached_compiles`); a pattern with named lists, or one not in the cache, is
compiled as usual. ``WORKBENCH_REGEX_CACHE=0`` turns the cache off; ``XDG_CACHE_HOME`` moves it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import regex
from regex import _regex  # the C engine  # type: ignore[attr-defined]

_DIGEST_SIZE = 16
_lock = threading.Lock()  # one cached import at a time: regex.compile is swapped for its duration


def cache_path() -> Path | None:
    """The cache file for this regex and Python version, or None when the cache is off."""
    if os.environ.get("WORKBENCH_REGEX_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset or relative (which the XDG rules say to ignore): the home's
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None  # no home to keep it in: never a folder named "~" in the working directory
        base = os.path.join(home, ".cache")
    version = f"regex-{regex.__version__}-{sys.implementation.cache_tag}"
    return Path(base) / "workbench" / f"{version}.marshal"


def _load(path: Path) -> dict[tuple[str, int], tuple]:
    """The cached patterns, or none when the file is missing, damaged or of another layout."""
    try:
        raw = path.read_bytes()
        digest, payload = raw[:_DIGEST_SIZE], raw[_DIGEST_SIZE:]
        if hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() != digest:
            return {}
        stored = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _save(path: Path, entries: dict[tuple[str, int], tuple]) -> None:
    """Write the cache whole and atomically (another process may be reading or writing it);
    a cache that cannot be written is no error."""
    payload = marshal.dumps(entries)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


# How many times this run's patterns the file may hold with those of other versions of the extractor
# (another worktree, the release before an upgrade): two versions that each wrote back only their
# own took turns missing, and each miss compiled the whole grammar again (0.3 s of start-up).
KEEP_FACTOR = 3


def kept_with(used: dict[tuple[str, int], tuple], stored: dict[tuple[str, int], tuple]) -> dict:
    """What to write back: this run's patterns, then the file's others (the latest written first),
    up to KEEP_FACTOR times as many in all.

    >>> kept_with({("a", 0): ()}, {("b", 0): (), ("c", 0): (), ("d", 0): ()})
    {('a', 0): (), ('b', 0): (), ('c', 0): ()}
    """
    out = dict(used)
    for key, data in stored.items():
        if len(out) >= KEEP_FACTOR * len(used):
            break
        out.setdefault(key, data)
    return out


@contextmanager
def cached_compiles(path: Path | None = None) -> Iterator[None]:
    """Within the block, ``regex.compile(pattern, flags)`` is served from the cache file (by default
    :func:`cache_path`); patterns it lacked are added when the block ends. Meant to wrap imports."""
    path = cache_path() if path is None else path
    if path is None or not _lock.acquire(blocking=False):
        yield  # off, or another thread is importing under the cache: compile as usual
        return
    try:
        stored = _load(path)
        used: dict[tuple[str, int], tuple] = {}
        missed = False
        original = regex.compile

        def cached_compile(
            pattern: str,
            flags: int = 0,
            ignore_unused: bool = False,
            cache_pattern: bool | None = None,
            **kwargs: object,
        ) -> regex.Pattern:
            nonlocal missed
            if kwargs or not isinstance(pattern, str) or not isinstance(flags, int):
                return original(pattern, flags, ignore_unused, cache_pattern, **kwargs)
            key = (pattern, int(flags))
            data = stored.get(key)
            if data is not None:
                try:
                    compiled = _regex.compile(*data)
                    used[key] = data
                    return compiled
                except Exception:  # another layout: compile it afresh
                    pass
            compiled = original(pattern, flags, ignore_unused, cache_pattern)
            used[key] = compiled._pickled_data
            missed = True
            return compiled

        regex.compile = cached_compile
        try:
            yield
        finally:
            regex.compile = original
        if missed:
            _save(path, kept_with(used, stored))
    finally:
        _lock.release()
