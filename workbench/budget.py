"""A time and memory budget for extracting one document: past it, that document is skipped and
named, and the run goes on.

Extraction is linear (see ``tests/test_adversarial.py``), so a budget never binds on real text: it
is the safety net for an input nobody foresaw. Time is CPU time, so a busy machine does not skip
documents. The budget is enforced with a profiling timer (``SIGPROF``) and an address-space limit
(``RLIMIT_AS``), which belong to a whole process: they apply only in a process's main thread on a
POSIX system (the CLI and its workers). Elsewhere (the dashboard's script thread) :func:`within`
runs the work unbudgeted; uploads there are bounded by size instead.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

try:
    import resource
except ImportError:  # not POSIX: no memory budget
    resource = None  # type: ignore[assignment]


class OverBudget(Exception):
    """A document took more time or memory than its budget; the message says which."""


@dataclass(frozen=True)
class Budget:
    """What extracting one document may take.

    ``seconds``: CPU seconds, granted once and again for every MB of text (30 gives a 2 MB
    document 90 s; real news runs at about 1 MB/s on one core). ``memory_mb``: memory the
    extraction may add to the process, in MiB (peak use is a small multiple of the text's size).
    ``None`` turns either off.

    >>> Budget(seconds=30).seconds_for(2_000_000)
    90.0
    """

    seconds: float | None = 30.0
    memory_mb: float | None = 4096.0

    def seconds_for(self, nbytes: int) -> float | None:
        return None if self.seconds is None else self.seconds * (1 + nbytes / 1e6)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _address_space() -> int:
    """This process's virtual memory in bytes (Linux), or 0 when it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    if not seconds or not hasattr(signal, "setitimer") or not _main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OverBudget(f"over the time budget of {seconds:.3g} CPU seconds")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@contextmanager
def _memory_limit(memory_mb: float | None) -> Iterator[None]:
    used = _address_space() if resource is not None and memory_mb and _main_thread() else 0
    if not used:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + int(memory_mb * 2**20)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    except MemoryError:
        raise OverBudget(f"over the memory budget of {memory_mb:g} MB") from None
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def within(budget: Budget | None, nbytes: int) -> Iterator[None]:
    """Run the body under ``budget`` for a document of ``nbytes``; raises :class:`OverBudget`.

    >>> with within(Budget(seconds=5), 1000):
    ...     total = sum(range(1000))
    >>> total
    499500
    """
    if budget is None:
        yield
        return
    with _memory_limit(budget.memory_mb), _time_limit(budget.seconds_for(nbytes)):
        yield
