"""Build a small corpus of consumer-style articles from the project's own files.

Issue 15 asks that the completeness rules make sense for a supplement guide, not only for
news: "read 30 findings on the seed-style fixtures and on consumer articles too". The
news corpus cannot answer that, so this script gathers the consumer guides, product
pages, press releases and news pieces the project already holds (the blind set-1 articles
under ``benchmarks/blind/articles/``, ``fixtures/completeness/`` and the seed fixtures)
into the gzip JSON-lines shape ``precision_sample.py draw`` reads (id, title, authors,
publish_date, text), so a blind editor can judge a seeded sample of their findings.

``--folder DIR`` takes the Markdown and text files of one folder instead, such as
``benchmarks/blind/consumer/`` (fourteen consumer articles written blind from its BRIEF.md,
kept unread so that a sample of findings on them measures changes made from the verdicts
on the first set).

Usage: python benchmarks/consumer_corpus.py OUT.jsonl.gz [--folder DIR]
"""

from __future__ import annotations

import argparse
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
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="the corpus to write (gzip JSON lines)")
    ap.add_argument(
        "--folder", type=Path, help="only this folder's .md and .txt files (README.md and BRIEF.md left out)"
    )
    args = ap.parse_args(argv)
    sources = ((str(args.folder), ("*.md", "*.txt")),) if args.folder else SOURCES
    paths = [
        p
        for folder, globs in sources
        for g in globs
        for p in sorted((ROOT / folder).glob(g))
        if p.name not in ("README.md", "BRIEF.md")
    ]
    with gzip.open(args.out, "wt", encoding="utf-8") as fh:
        for path in paths:
            fh.write(json.dumps(_article(path)) + "\n")
    print(f"{len(paths)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
