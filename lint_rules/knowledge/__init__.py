"""The knowledge layer: data files with their sources named at the top, and one loader.

Every word list, cue list and table the analyses and rules read lives in this folder as
data (CSV, TOML or one entry a line), so a new phrase is a data row and a test case, not a
code edit. Lines starting with ``#`` name a file's sources and are skipped here; nothing
else in the project opens these files by path.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

KNOWLEDGE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The path of a shipped data file (for callers that hash or glob them)."""
    return KNOWLEDGE / name


def read_text(name: str) -> str:
    return (KNOWLEDGE / name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    """Entries of a one-entry-a-line list, without blanks and ``#`` source lines."""
    return [s for s in (line.strip() for line in read_text(name).splitlines()) if s and not s.startswith("#")]


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a CSV whose leading ``#`` lines name its sources."""
    with open(KNOWLEDGE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def read_toml(name: str) -> dict[str, Any]:
    """A TOML data file, parsed. ``tomllib`` is pure Python (about 50 ms of CPU for the
    shipped files, a third of a one-article run), so the parsed value is kept in the user
    cache folder with ``marshal``, keyed by the file's text, the Python version and the
    package version: an edited file is parsed afresh. Each call returns a new value, as
    parsing did. Without a usable cache folder, or for a value ``marshal`` cannot store (a
    TOML date), the file is parsed each time."""
    import marshal
    import sys

    from lint_rules import __version__
    from lint_rules.store.digest import key_digest
    from lint_rules.store.fileio import atomic_write, cache_dir, prune_stale

    text = read_text(name)
    key = f"{__version__}|{sys.version_info[0]}.{sys.version_info[1]}|{name}|{text}"
    stem = f"toml-{Path(name).stem}"
    cache = cache_dir() / f"{stem}-{key_digest(key.encode())[:16]}.marshal"
    try:
        return marshal.loads(cache.read_bytes())  # type: ignore[no-any-return]
    except Exception:  # absent, unreadable or damaged: parse (and write it again)
        pass
    import tomllib  # here: a run whose cache is warm never imports it

    value = tomllib.loads(text)
    try:
        atomic_write(cache, marshal.dumps(value))
        prune_stale(cache, stem)
    except (OSError, ValueError):  # a read-only home, a full disk, a TOML date
        pass
    return value
