"""A time and memory budget for extracting one document: past it, that document is skipped and
named, and the run goes on.

Extraction is linear (see ``tests/test_adversarial.py``), so a budget never binds on real text: it
is the safety net for an input nobody foresaw. Time is CPU time, so a busy machine does not skip
documents. The budget is enforced with a profiling timer (``SIGPROF``) and an address-space limit
(``RLIMIT_AS``), which belong to a whole process: they apply only in a process's main thread on a
POSIX system (the CLI and its workers). Elsewhere (the dashboard's script thread) :func:`within`
runs the work unbudgeted; uploads there are bounded by size instead.

A Dask worker runs its tasks in a thread of its own, one at a time when it has one thread: there
:func:`watched` applies the same budget from a watchdog thread (the task thread's CPU clock, the
process's resident memory), which raises :class:`OverBudget` in the task's thread.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
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


# /proc/self/statm kept open: re-read at offset 0 it is current, in one system call (opening it for
# every document cost half of the budget's 30 us per document). Opened again in a forked child,
# whose /proc/self is another file: (the pid that opened it, its descriptor).
_statm: tuple[int, int] | None = None
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _statm_field(index: int) -> int:
    """Field ``index`` of /proc/self/statm in bytes (Linux), or 0 when it cannot be read."""
    global _statm
    try:
        if _statm is None or _statm[0] != os.getpid():
            if _statm is not None:
                os.close(_statm[1])  # the parent's, inherited by this forked child
                _statm = None
            _statm = (os.getpid(), os.open("/proc/self/statm", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)))
        return int(os.pread(_statm[1], 256, 0).split()[index]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _address_space() -> int:
    """This process's virtual memory in bytes (Linux), or 0 when it cannot be read."""
    return _statm_field(0)


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
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))  # lifted before the error is built
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
    # the memory limit innermost: it is lifted first, so the time limit's exit never runs under it
    with _time_limit(budget.seconds_for(nbytes)), _memory_limit(budget.memory_mb):
        yield


def _resident() -> int:
    """This process's resident memory in bytes (Linux), or 0 when it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``exc`` raised in the thread ``thread_id`` at its next Python instruction (None: cancel)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@dataclass(frozen=True)
class _Armed:
    """One document's limits, as the watchdog checks them."""

    deadline: float | None  # on the watched thread's CPU clock
    seconds: float | None
    memory_limit: int | None  # resident bytes
    memory_mb: float | None
    poll: float  # seconds between two looks

    def over(self, clock: int | None) -> str | None:
        if self.deadline is not None and clock is not None and time.clock_gettime(clock) > self.deadline:
            return f"over the time budget of {self.seconds:.3g} CPU seconds"
        if self.memory_limit is not None and _resident() > self.memory_limit:
            return f"over the memory budget of {self.memory_mb:g} MB"
        return None


class _Watchdog(threading.Thread):
    """Watches one thread, armed for one document at a time; past the document's limits, raises
    OverBudget in that thread. One per watched thread, started on its first document and kept
    (starting a thread per document would cost a tenth of a short article's extraction); it ends
    soon after the thread it watches."""

    def __init__(self, target: threading.Thread) -> None:
        super().__init__(name=f"workbench-budget-{target.name}", daemon=True)
        self.target = target
        self.target_id = threading.get_ident()
        # a thread's CPU clock (Linux, most POSIX systems; not macOS: there, no time budget)
        self.clock = (
            time.pthread_getcpuclockid(self.target_id) if hasattr(time, "pthread_getcpuclockid") else None
        )
        self.cond = threading.Condition()
        self.armed: _Armed | None = None
        self.idle = False  # waiting for a document, not watching one: arm() wakes it
        self.reason: str | None = None  # why the last document was stopped, until the next is armed

    def arm(self, seconds: float | None, memory_mb: float | None) -> None:
        used = _resident() if memory_mb else 0
        armed = _Armed(
            deadline=time.clock_gettime(self.clock) + seconds if seconds and self.clock is not None else None,
            seconds=seconds,
            memory_limit=used + int(memory_mb * 2**20) if used and memory_mb else None,
            memory_mb=memory_mb,
            # a few dozen looks in the time budget, 20 a second at most often
            poll=min(0.05, max(0.001, (seconds or 1.0) / 50)),
        )
        with self.cond:
            self.armed, self.reason = armed, None
            if self.idle:  # otherwise it looks at this document after its current wait
                self.cond.notify()
        if not self.is_alive():
            self.start()

    def disarm(self) -> None:
        """The document is over: nothing is raised in the target from now on (an exception on its
        way is cancelled)."""
        with self.cond:
            self.armed = None
            if self.reason is not None:
                _raise_in(self.target_id, None)

    def run(self) -> None:
        with self.cond:
            while self.target.is_alive():
                armed = self.armed
                self.idle = armed is None
                self.cond.wait(armed.poll if armed else 1.0)
                if armed is None or self.armed is not armed:
                    continue
                reason = armed.over(self.clock)
                if reason is not None:
                    self.armed, self.reason = None, reason
                    _raise_in(self.target_id, OverBudget)


_watchdogs = threading.local()


@contextmanager
def watched(budget: Budget | None, nbytes: int) -> Iterator[None]:
    """:func:`within` wherever the work runs: in a process's main thread, the same; in another
    thread, the budget is watched from a thread of its own and :class:`OverBudget` raised in this one.

    Time is this thread's CPU time. Memory is what the process's resident memory grows by, so it
    charges this document with whatever the process's other threads allocate meanwhile: meant for
    a process that does one task at a time (a Dask worker of one thread). Like the timer signal,
    the exception comes between two Python instructions (a single long call into C finishes first),
    and memory is looked at every few hundredths of a second, not at each allocation. Not nested:
    an inner ``watched`` in the same thread runs unbudgeted.

    >>> out = []
    >>> worker = threading.Thread(target=lambda: out.append(_spin(Budget(seconds=0.05, memory_mb=None))))
    >>> worker.start(); worker.join()
    >>> out
    ['over the time budget of 0.05 CPU seconds']
    """
    if budget is None or _main_thread():
        with within(budget, nbytes):
            yield
        return
    seconds = budget.seconds_for(nbytes)
    watchdog: _Watchdog | None = getattr(_watchdogs, "watchdog", None)
    if (not seconds and not budget.memory_mb) or (watchdog is not None and watchdog.armed is not None):
        yield
        return
    if watchdog is None:
        watchdog = _watchdogs.watchdog = _Watchdog(threading.current_thread())
    watchdog.arm(seconds, budget.memory_mb)
    try:
        try:
            yield
        finally:
            watchdog.disarm()
    except OverBudget:
        watchdog.disarm()  # again: the exception may have come before the first
        if watchdog.reason is None:  # not ours
            raise
        raise OverBudget(watchdog.reason) from None


def _spin(budget: Budget) -> str:
    """Loop until ``budget`` stops it: the reason (for the example above)."""
    try:
        with watched(budget, 0):
            while True:
                pass
    except OverBudget as exc:
        return str(exc)
