"""Build-once, load-fast caches for derived data (compiled lexicons, ontology matchers).

``cached(name, key, build)`` returns ``build()``'s result, pickled on disk under the user
cache folder and keyed by ``key`` (data versions, package version), so the pre-commit path
loads a ready matcher instead of parsing an ontology. A corrupt or unwritable cache is
rebuilt or skipped, never fatal.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from typing import TypeVar

from lint_rules import __version__
from lint_rules.fileio import atomic_write, cache_dir

T = TypeVar("T")
_MEMORY: dict[str, object] = {}


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    digest = hashlib.sha256(f"{__version__}|{key}".encode()).hexdigest()[:16]
    memo_key = f"{name}-{digest}"
    if memo_key in _MEMORY:
        return _MEMORY[memo_key]  # type: ignore[return-value]
    path = cache_dir() / f"{memo_key}.pickle"
    try:
        with open(path, "rb") as fh:
            value: T = pickle.load(fh)
        _MEMORY[memo_key] = value
        return value
    except FileNotFoundError:
        pass
    except Exception:  # corrupt or from an incompatible version: rebuild
        pass
    value = build()
    try:
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # read-only home or full disk: work without the cache
    _MEMORY[memo_key] = value
    return value
