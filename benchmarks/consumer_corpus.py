"""Build a small corpus of consumer-style articles from the project's own files.

Issue 15 asks that the completeness rules make sense for a supplement guide, not only for
news: "read 30 findings on the seed-style fixtures and on consumer articles too". The
news corpus cannot answer that, so this script gathers the consumer guides, product
pages, press releases and news pieces the project already holds (the blind set-1 articles
under ``benchmarks/blind/articles/``, ``fixtures/completeness/`` and the seed fixtures)
into the gzip JSON-lines shape ``precision_sample.py draw`` reads (id, title, authors,
publish_date, text), so a blind editor can judge a seeded sample of their findings.

Usage: python benchmarks/consumer_corpus.py OUT.jsonl.gz
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (
    ("benchmarks/blind/articles", ("*.md", "*.txt")),
    ("fixtures/completeness", ("*.md", "*.txt")),
    ("fixtures", ("seed-kratom.md", "clean-well-sourced.md")),
)
# precision_sample.py dates the corpus by its newest article; these files carry no date.
_UNDATED = 1700000000.0


def _article(path: Path) -> dict[str, object]:
    lines = path.read_text(encoding="utf-8").strip().split("\n")
    if lines and lines[0].strip() == "---":  # front matter: not part of the prose
        end = lines[1:].index("---") + 1
        lines = lines[end + 1 :]
    title = re.sub(r"^#+\s*", "", lines[0]).strip()
    return {
        "id": path.stem,
        "title": title,
        "authors": [],
        "publish_date": _UNDATED,
        "text": "\n".join(lines[1:]).strip(),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: consumer_corpus.py OUT.jsonl.gz", file=sys.stderr)
        return 2
    paths = [p for folder, globs in SOURCES for g in globs for p in sorted((ROOT / folder).glob(g))]
    with gzip.open(argv[0], "wt", encoding="utf-8") as fh:
        for path in paths:
            fh.write(json.dumps(_article(path)) + "\n")
    print(f"{len(paths)} articles -> {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
