"""How many word lists are still written inside the code: literal regex alternations of six or
more English words (``"rat|mice|mouse|rodent|animal|murine"``) in the package's ``.py`` files.

    python benchmarks/word_alternations.py            # per file, most first, and the total
    python benchmarks/word_alternations.py --lines    # and each line that holds one

The project's rule is that word lists are data files under ``lint_rules/knowledge/`` with their
sources named, so a reviewer can read what a rule knows and where it came from without reading
its regexes. This counts what is left, the same way every time (a grep, one run of six or more
``|``-joined words on a line counts once per run), so a clean-up can say before and after, and
``tests/test_word_lists_as_data.py`` fails when a file outside its allow-list gains one.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: One alternative: a word (a capital allowed first), with what a regex adds to a word inside it
#: (an optional letter, an apostrophe, a hyphen, ``\s+`` between two words).
_ITEM = r"[A-Za-z][a-z]+(?:[a-z'?()\-]|\\s[+*?]?|\\-| )*"
#: Six or more of them joined by ``|``, not inside a longer run.
ALTERNATION = re.compile(rf"(?<![\w|]){_ITEM}(?:\|{_ITEM}){{5,}}")


def count(root: Path = ROOT) -> dict[str, list[tuple[int, str]]]:
    """Each ``.py`` file of the package (relative path) with the runs it holds: line and text."""
    found: dict[str, list[tuple[int, str]]] = {}
    for path in sorted((root / "lint_rules").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in ALTERNATION.finditer(line):
                found.setdefault(path.relative_to(root).as_posix(), []).append((number, m.group(0)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", action="store_true", help="print each run with its line")
    args = parser.parse_args()
    found = count()
    for name, runs in sorted(found.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"{len(runs):4d} {name}")
        if args.lines:
            for number, text in runs:
                print(f"       {number}: {text[:100]}")
    print(f"{sum(map(len, found.values())):4d} in {len(found)} files")


if __name__ == "__main__":
    main()
