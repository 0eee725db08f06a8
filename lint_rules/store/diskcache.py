"""Build-once, load-fast caches for derived data (compiled lexicons, ontology matchers).

``cached(name, key, build)`` returns ``build()``'s result, pickled on disk under the user
cache folder and keyed by ``key`` (data versions, package version), so the pre-commit path
loads a ready matcher instead of parsing an ontology. A corrupt or unwritable cache is
rebuilt or skipped, never fatal.

``cached(..., builtin=True)`` is for large values made only of builtin types (dicts,
tuples, strings, numbers, frozensets): they are stored with ``marshal``, which loads nested
containers several times faster than ``pickle`` (its format is tied to the Python version,
which is then part of the key). Tables too large to load whole live in ``lint_rules.store.kvstore``.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

from lint_rules import __version__
from lint_rules.store.digest import key_digest
from lint_rules.store.fileio import atomic_write, cache_dir, prune_stale

T = TypeVar("T")
_MEMORY: dict[str, object] = {}


def cached(name: str, key: str, build: Callable[[], T], *, builtin: bool = False) -> T:
    if builtin:
        key = f"marshal-{sys.version_info[0]}.{sys.version_info[1]}|{key}"
    digest = key_digest(f"{__version__}|{key}".encode())[:16]
    memo_key = f"{name}-{digest}"
    if memo_key in _MEMORY:
        return _MEMORY[memo_key]  # type: ignore[return-value]
    path = cache_dir() / f"{memo_key}.{'marshal' if builtin else 'pickle'}"
    try:
        data = path.read_bytes()
        value: T = marshal.loads(data) if builtin else _pickle().loads(data)
        _MEMORY[memo_key] = value
        return value
    except FileNotFoundError:
        pass
    except Exception:  # corrupt or from an incompatible version: rebuild
        pass
    value = build()
    try:
        data = marshal.dumps(cast(Any, value)) if builtin else _pickle().dumps(value, protocol=-1)
        atomic_write(path, data)
        prune_stale(path, name)
    except OSError:
        pass  # read-only home or full disk: work without the cache
    _MEMORY[memo_key] = value
    return value


def _pickle() -> Any:
    """``pickle``, imported for the values ``marshal`` cannot hold only (4 ms of a start)."""
    import pickle

    return pickle


def files_key(*paths: str | os.PathLike[str]) -> str:
    """A cache key that changes with each file (path, size, modification time), as
    ``textstat_offline._data_key`` and the concept lexicon key theirs: a stat, not a read
    or a hash, so checking it costs a new process microseconds. Pass the data files and the
    module that builds from them (its ``__file__``), so an edit to either rebuilds."""
    parts = []
    for path in paths:
        try:
            stat = os.stat(path)
            parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}|-")
    return "\x00".join(parts)
