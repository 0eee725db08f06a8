"""Time and memory budgets: a rule (or a file) that runs too long or grows too large is
stopped, reported for that file (HL004), and the run goes on.

Why this mechanism: a rule is pure Python and regular expressions, and only something
that interrupts the running thread can stop a runaway regex. CPython's ``re`` checks for
signals while it matches and the interpreter checks between bytecodes, so a ``SIGPROF``
from ``signal.setitimer(ITIMER_PROF)`` (CPU time, so nine jobs sharing two cores do not
make a rule look slow; a ``SIGALRM`` wall-clock backstop for a rule that waits) whose
handler raises ``BudgetExceeded`` stops both within milliseconds, in the main thread of the CLI, of each ``--jobs`` worker process (each is a
process whose main thread lints), of the pre-commit hook and of the nightly scan. Memory is
capped with ``RLIMIT_AS`` raised back after each rule: past the cap an allocation fails and
Python raises ``MemoryError`` inside the rule. Where these are not available (Windows, a
thread other than the main one, an API caller's own ``SIGALRM`` handler), rules run
unbounded, as before, and the time they took is still measured.

``BudgetExceeded`` derives from ``BaseException`` so a rule's own ``except Exception``
cannot swallow it.

Settings (``[tool.healthlint.budget]``, validated here): ``rule-seconds`` (30 CPU seconds),
``file-seconds`` (120 CPU seconds), ``rule-memory`` (``"2GB"``) and ``file-memory`` (``"3GB"``): address
space a rule or a file's linting may add to what the process mapped when it started. Generous on purpose:
the slowest rule on a 1 MB adversarial file takes well under them; they exist to stop
the pathological, not to judge the merely slow.
"""

from __future__ import annotations

import math
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: The C module under ``signal``: the same calls without converting every handler and
#: number to an enum (10 µs a call there, 0.5 µs here; four calls a rule, sixty rules a file).
_sig: Any = signal
try:
    import _signal

    _sig = _signal
except ImportError:  # pragma: no cover
    pass

DEFAULT_RULE_SECONDS = 30.0
DEFAULT_FILE_SECONDS = 120.0
DEFAULT_RULE_MEMORY = 2 * 1024**3
DEFAULT_FILE_MEMORY = 3 * 1024**3


class BudgetExceeded(BaseException):
    """Raised inside a rule (or the parser) when its time or memory budget is spent."""

    def __init__(self, what: str, limit: str, analysis: str | None = None) -> None:
        super().__init__(f"{what} exceeded {limit}")
        self.what = what  #: "time" or "memory"
        self.limit = limit  #: "30 s", "2.0 GB"
        self.analysis = analysis  #: the shared analysis it stopped in, if any


@dataclass(frozen=True)
class Budget:
    """Time and memory limits for one rule and for one file."""
    rule_seconds: float = DEFAULT_RULE_SECONDS
    file_seconds: float = DEFAULT_FILE_SECONDS
    rule_memory: int = DEFAULT_RULE_MEMORY
    file_memory: int = DEFAULT_FILE_MEMORY

    @classmethod
    def from_section(cls, table: Mapping[str, Any]) -> Budget:
        """Parse ``[tool.healthlint.budget]``; raises ``ValueError("<key> <problem>")``."""
        known = {"rule-seconds", "file-seconds", "rule-memory", "file-memory"}
        for key in table:
            if key not in known:
                raise ValueError(f"{key}: unknown key (known keys: {', '.join(sorted(known))})")
        return cls(
            rule_seconds=_seconds(table, "rule-seconds", DEFAULT_RULE_SECONDS),
            file_seconds=_seconds(table, "file-seconds", DEFAULT_FILE_SECONDS),
            rule_memory=_memory(table, "rule-memory", DEFAULT_RULE_MEMORY),
            file_memory=_memory(table, "file-memory", DEFAULT_FILE_MEMORY),
        )


def _seconds(table: Mapping[str, Any], key: str, default: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{key}: must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or not 0 < value <= 86400:
        raise ValueError(f"{key}: must be more than 0 and at most 86400 seconds, not {value!r}")
    return float(value)


def _memory(table: Mapping[str, Any], key: str, default: int) -> int:
    from lint_rules.loading import parse_size

    value = table.get(key, default)
    try:
        size = parse_size(value)
    except ValueError as exc:
        raise ValueError(f"{key}: {exc}") from None
    if size < 16 * 1024**2:
        raise ValueError(f"{key}: must be at least 16MB, not {value!r}")
    return size


def budget_for(cfg: Any) -> Budget:
    """The budget of a ``FileConfig`` (already validated when the config was read)."""
    section = cfg.section("budget") if cfg is not None else {}
    return Budget.from_section(section) if section else Budget()


#: A rule blocked rather than computing (waiting on a lock or a server) is stopped after
#: this many times its CPU budget in wall-clock time, and at least a minute more.
WALL_FACTOR = 4.0


def _can_interrupt() -> bool:
    ours = (signal.SIG_DFL, signal.SIG_IGN, None, _on_cpu, _on_wall)
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and _sig.getsignal(signal.SIGALRM) in ours
        and _sig.getsignal(signal.SIGPROF) in ours
    )


def _on_cpu(signum: int, frame: Any) -> None:
    if _ACTIVE:
        raise BudgetExceeded("time", f"{_ACTIVE[-1]:.3g} s CPU")


def _on_wall(signum: int, frame: Any) -> None:
    if _ACTIVE:
        raise BudgetExceeded("time", f"{_wall(_ACTIVE[-1]):.3g} s wall-clock")


def _wall(seconds: float) -> float:
    return max(seconds * WALL_FACTOR, seconds + 60)


#: The CPU seconds of the running ``limited`` blocks, innermost last.
_ACTIVE: list[float] = []


#: ``(pid, descriptor)`` of ``/proc/self/statm``, open for the process that opened it: read
#: again with ``pread`` (2 µs) instead of opened and closed for every rule (20 µs). A forked
#: worker has another pid, so it opens its own (``/proc/self`` is resolved at open).
_STATM: tuple[int, int] | None = None


@lru_cache(maxsize=1)
def _page_size() -> int:
    return os.sysconf("SC_PAGE_SIZE")


def _address_space() -> int | None:
    """Bytes of address space the process maps now (Linux), or None."""
    global _STATM
    try:
        pid = os.getpid()
        if _STATM is None or _STATM[0] != pid:
            if _STATM is not None:
                os.close(_STATM[1])  # the parent's, inherited through fork
            _STATM = None
            _STATM = (pid, os.open("/proc/self/statm", os.O_RDONLY))
        return int(os.pread(_STATM[1], 128, 0).split()[0]) * _page_size()
    except (OSError, ValueError, IndexError, AttributeError):
        return None


#: The thread whose ``armed`` block installed the budget's signal handlers (None: none is).
_ARMED: int | None = None


@contextmanager
def armed() -> Iterator[None]:
    """Install the budget's signal handlers once for a run of ``limited`` blocks (the
    engine's rules on one file), which then only set and clear their timers: checking and
    swapping the two handlers around each of a file's hundred-odd rules cost about 15 µs a
    rule. Outside the main thread, or under someone else's handlers, it does nothing and
    ``limited`` decides block by block as before."""
    global _ARMED
    if _ARMED is not None or _ACTIVE or not _can_interrupt():
        yield
        return
    handlers = (_sig.signal(signal.SIGPROF, _on_cpu), _sig.signal(signal.SIGALRM, _on_wall))
    _ARMED = threading.get_ident()
    try:
        yield
    finally:
        _ARMED = None
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        _sig.signal(signal.SIGPROF, handlers[0])
        _sig.signal(signal.SIGALRM, handlers[1])


class limited:  # a context manager used as ``with limited(...)``, as before
    """Run the block with at most ``seconds`` of CPU time (``ITIMER_PROF``: a loaded machine
    does not make a rule look slow), a wall-clock backstop of ``WALL_FACTOR`` times that
    for a block that waits instead of computing, and ``memory`` bytes of address space
    over ``memory_base`` (default: what the process maps now). Raises ``BudgetExceeded``.
    Blocks do not nest (the engine runs one at a time).

    A class rather than a ``@contextmanager`` generator: the engine enters one block per
    rule and file (about 120 an article), and the generator's frame, ``next`` and ``throw``
    were a third of the block's cost."""

    __slots__ = ("handlers", "interrupt", "memory", "memory_base", "old_limit", "seconds")

    def __init__(self, seconds: float, memory: int | None = None, *, memory_base: int | None = None) -> None:
        self.seconds, self.memory, self.memory_base = seconds, memory, memory_base
        self.interrupt = False
        self.handlers: tuple[Any, Any] = (None, None)
        self.old_limit: tuple[int, int] | None = None

    def __enter__(self) -> None:
        # ``armed`` already put the handlers in place: only the timers and the memory cap are
        # set, and the timers run on until the next block sets them or ``armed`` ends (a
        # signal between blocks finds ``_ACTIVE`` empty and does nothing). Otherwise this
        # block installs the handlers and takes them down again.
        seconds = self.seconds
        armed = _ARMED is not None and threading.get_ident() == _ARMED and not _ACTIVE
        interrupt = self.interrupt = not armed and _can_interrupt() and not _ACTIVE
        if interrupt:
            self.handlers = (_sig.signal(signal.SIGPROF, _on_cpu), _sig.signal(signal.SIGALRM, _on_wall))
        if armed or interrupt:
            signal.setitimer(signal.ITIMER_PROF, max(seconds, 0.001))
            signal.setitimer(signal.ITIMER_REAL, _wall(max(seconds, 0.001)))
        _ACTIVE.append(seconds)
        try:
            self.old_limit = _set_memory(self.memory, self.memory_base)
        except BaseException:
            self._undo()
            raise

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        self._undo()
        if kind is not None and issubclass(kind, MemoryError) and self.old_limit is not None:
            raise BudgetExceeded("memory", _human(self.memory or 0)) from None

    def _undo(self) -> None:
        _ACTIVE.pop()
        if self.interrupt:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            _sig.signal(signal.SIGPROF, self.handlers[0])
            _sig.signal(signal.SIGALRM, self.handlers[1])
        _restore_memory(self.old_limit)


#: ``resource`` (Unix only), imported on the first block that caps memory.
_resource: Any = None


def _resource_module() -> Any:
    global _resource
    if _resource is None:
        try:
            import resource
        except ImportError:  # pragma: no cover
            _resource = False
        else:
            _resource = resource
    return _resource


def _set_memory(memory: int | None, base: int | None) -> tuple[int, int] | None:
    if memory is None or sys.platform != "linux":
        return None
    resource = _resource_module()
    if not resource:  # pragma: no cover
        return None
    used = base if base is not None else _address_space()
    if used is None:
        return None
    old: tuple[int, int] = resource.getrlimit(resource.RLIMIT_AS)
    cap = used + memory
    if old[1] != resource.RLIM_INFINITY:
        cap = min(cap, old[1])
    if old[0] != resource.RLIM_INFINITY:
        cap = min(cap, old[0])
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, old[1]))
    except (ValueError, OSError):
        return None
    return old


def _restore_memory(old: tuple[int, int] | None) -> None:
    if old is None:
        return
    resource = _resource_module()
    try:
        resource.setrlimit(resource.RLIMIT_AS, old)
    except (ValueError, OSError):  # pragma: no cover
        pass


def _human(n: int) -> str:
    from lint_rules.loading import human_size

    return human_size(n)


def address_space() -> int | None:
    return _address_space()
