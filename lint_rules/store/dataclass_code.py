"""The methods ``dataclasses`` writes for each class, compiled once per machine, like bytecode.

Why: ``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (and, for
frozen classes, ``__setattr__``, ``__hash__``…) as Python source and compiles it, class by
class, at every start. healthlint defines about 55 dataclasses on the path of a default
``check``, and compiling their methods was 40-80 ms of a 0.6 s one-article run: the largest
single part of start-up after the interpreter itself.

How: ``dataclasses`` runs that source with ``exec``, which it looks up in its own module's
globals before the builtins. ``install`` puts an ``exec`` there that compiles a source text
the first time it is seen, keeps the code object in a table keyed by the exact text, and
runs the code object in the same globals and namespace ``dataclasses`` passed, so the
functions made are the same. The table is stored with ``marshal`` (the format of ``.pyc``
files) in the cache folder, in a file named by the interpreter's bytecode tag and version;
it is written at exit only when a run compiled a text the table lacked (a new or changed
class), never otherwise. Compiling with ``dont_inherit=True`` keeps this module's
``__future__`` flags out of the generated code, as a plain ``exec`` of text from
``dataclasses`` (which has none) does. A missing, damaged or unwritable file only means
the methods are compiled as before. Only classes of healthlint's own modules are kept (the
globals ``dataclasses`` passes are the class's module's); a program that imports healthlint
has its own dataclasses compiled as always. ``HEALTHLINT_NO_CODE_CACHE=1`` turns it off.

Only the command line (``pipeline.py``) installs it, before it imports the rest of the
package: a program that imports ``lint_rules`` as a library keeps ``dataclasses`` untouched.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from types import CodeType
from typing import Any

#: Source texts the table keeps at most (dataclasses made at run time, such as by
#: ``make_dataclass`` in a long test session, must not grow it for ever).
MAX_ENTRIES = 2000

_TABLE: dict[str, CodeType] = {}
_PATH: Any = None
_ADDED = False


def _file() -> Any:
    from lint_rules.store.fileio import cache_dir

    tag = sys.implementation.cache_tag or "none"
    return cache_dir() / f"dataclass-code-{tag}-{sys.hexversion:x}.marshal"


#: Modules whose dataclasses are kept: healthlint's own. A program that imports healthlint
#: has its own classes compiled as before, and kept out of the table.
OWN = ("lint_rules.", "reports.", "pipeline")


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    global _ADDED
    if type(source) is str and type(globals) is dict and str(globals.get("__name__", "")).startswith(OWN):
        code = _TABLE.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(_TABLE) < MAX_ENTRIES:
                _TABLE[source] = code
                if not _ADDED:
                    _ADDED = True
                    import atexit

                    atexit.register(save)
        source = code
    builtins.exec(source, globals, locals)


def save() -> None:
    """Write the table if this run added to it (atomically: concurrent runs each write a
    whole file)."""
    if not _ADDED or _PATH is None:
        return
    try:
        from lint_rules.store.fileio import atomic_write

        _PATH.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(_PATH, marshal.dumps(_TABLE))
    except (OSError, ValueError):
        pass  # read-only home or full disk: compile next time too


def install() -> None:
    """Route ``dataclasses``' ``exec`` through the table (idempotent)."""
    global _PATH
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec or os.environ.get("HEALTHLINT_NO_CODE_CACHE"):
        return
    if sys.implementation.name != "cpython":
        return
    try:
        _PATH = _file()
        loaded = marshal.loads(_PATH.read_bytes())
        if isinstance(loaded, dict):
            _TABLE.update((k, v) for k, v in loaded.items() if type(k) is str and type(v) is CodeType)
    except Exception:  # missing, damaged or from another interpreter: start empty
        pass
    dataclasses.exec = _exec  # type: ignore[attr-defined]
