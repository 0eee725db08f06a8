"""Build the tables the wheel ships (``lint_rules.store.prebuilt``), for ``setup.py``'s build.

    python -m lint_rules.commands.shipped_tables FOLDER

Each file is named by the digest of the contents it is built from, as
``prebuilt.shipped_file`` looks it up on a cache miss.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lint_rules.analysis import concepts, textstat_offline
from lint_rules.store.compiled_re import compile_re
from lint_rules.store.kvstore import write_table
from lint_rules.store.prebuilt import content_digest


def _write_table(folder: Path, name: str, inputs: Sequence[str | os.PathLike[str]],
                 pairs: Iterable[tuple[str, Any]]) -> Path:
    path = folder / f"{name}-{content_digest(inputs)}.sqlite"
    write_table(path, pairs)
    return path


#: The names of the files ``build`` writes (and so may replace).
_OWN = compile_re(r"^(?:concept-(?:index|rows|lexicon-head)|cmudict-syllables|pyphen-patterns)-[0-9a-f]+\.(?:sqlite|json)$")


def build(folder: Path) -> list[Path]:
    """Build every shipped table into ``folder`` (earlier builds' tables removed first); the
    files written."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        if old.is_file() and _OWN.match(old.name):
            old.unlink()  # only tables this builds: the folder may hold other files
    written: list[Path] = []
    inputs = concepts.lexicon_inputs()
    if inputs is not None:
        lexicon = concepts.build_lexicon()
        written.append(_write_table(folder, "concept-index", inputs, lexicon.index.items()))
        written.append(_write_table(folder, "concept-rows", inputs, lexicon.concepts.rows.items()))
        head = folder / f"concept-lexicon-head-{content_digest(inputs)}.json"
        head.write_text(json.dumps(concepts.lexicon_head(lexicon)), encoding="utf-8")
        written.append(head)
    syllables = textstat_offline.syllable_inputs()
    if syllables is not None:
        written.append(_write_table(folder, "cmudict-syllables", syllables, textstat_offline.build_counts()))
    hyphenation = textstat_offline.pyphen_inputs()
    patterns = textstat_offline.pyphen_patterns_json() if hyphenation is not None else None
    if hyphenation is not None and patterns is not None:
        path = folder / f"pyphen-patterns-{content_digest(hyphenation)}.json"
        path.write_text(json.dumps(patterns, separators=(",", ":")), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m lint_rules.commands.shipped_tables FOLDER", file=sys.stderr)
        return 2
    for path in build(Path(args[0])):
        print(f"built {path.name} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
