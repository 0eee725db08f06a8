"""Which intervention do the completeness findings name? A sample to judge by hand (issue 15).

    python benchmarks/measure_interventions.py CORPUS.jsonl.gz --seed 1 [--sample 60]
        [--verdicts benchmarks/interventions_seed1.tsv] [--write-new]

The completeness rules (CMP…) fire only on an article about one intervention and name it in
their messages ("the costs of back surgery are not discussed"); a wrong subject (a result, a
measure, a comparison arm, background care) makes every one of those messages wrong. This
script draws the corpus articles in a seeded random order (``--seed``), lints each in memory
with the CMP rules as ``measure_criteria.py`` does (title as first line and as the document's
title), and keeps the first ``--sample`` that draw a CMP finding. It prints, per article, its
id, its title and the intervention the findings name (their ``intervention`` evidence).

``--verdicts`` is a TSV file of ``id, intervention, verdict (RIGHT/WRONG)`` judged by
a person against the article's title and lead: rows whose (id, intervention) the file holds are
scored, the others printed as NEW to judge (``--write-new`` appends them with verdict ``?``).
The same article judged under another intervention is a new row, so one file holds the
verdicts for the start and the end of a change. The file holds the article's id and the name
the findings give only: no corpus text, not even the title (the project never copies the corpus;
the run prints the title from the corpus for the person judging). Prints RIGHT / WRONG / unjudged counts.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from audit_corpus import load  # noqa: E402


def named(article: dict[str, Any], cfg: Any) -> list[str] | None:
    """The interventions the CMP findings on ``article`` name, or None when none fires."""
    from lint_rules.api import lint_document
    from lint_rules.parsing import parse_document

    doc = parse_document(article["id"] + ".txt", article["title"] + "\n\n" + article["text"], "text")
    doc.meta["title"] = article["title"]
    findings = [f for f in lint_document(doc, cfg) if f.code.startswith("CMP")]
    if not findings:
        return None
    names = sorted({str(f.evidence.get("intervention")).lower() for f in findings
                    if isinstance(f.evidence, dict) and f.evidence.get("intervention")})
    return names or ["(none)"]


def read_verdicts(path: Path) -> dict[tuple[str, str], str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["id"], r["intervention"]): r["verdict"] for r in csv.DictReader(fh, delimiter="\t")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--verdicts", type=Path, help="TSV of id, intervention, verdict")
    ap.add_argument("--write-new", action="store_true", help="append unjudged rows with verdict '?'")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from lint_rules.api import make_config

    cfg = make_config(select=["CMP"])
    articles = load(args.corpus)
    random.Random(args.seed).shuffle(articles)
    verdicts = read_verdicts(args.verdicts) if args.verdicts else {}
    counts = {"RIGHT": 0, "WRONG": 0, "?": 0}
    new: list[tuple[str, str, str]] = []
    kept = 0
    for a in articles:
        if kept >= args.sample:
            break
        names = named(a, cfg)
        if names is None:
            continue
        kept += 1
        name = " | ".join(names)
        title = " ".join((a.get("title") or "").split())
        verdict = verdicts.get((a["id"], name), "?")
        if verdict == "?":
            new.append((a["id"], name, title))
        counts[verdict if verdict in counts else "?"] += 1
        print(f"{verdict:5} {a['id']:22} {name[:40]:40} {title[:90]}")
    print(f"\nseed {args.seed}: {kept} articles with a CMP finding; RIGHT {counts['RIGHT']}, "
          f"WRONG {counts['WRONG']}, unjudged {counts['?']}")
    if args.write_new and args.verdicts and new:
        fresh = not args.verdicts.is_file()
        with args.verdicts.open("a", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            if fresh:
                w.writerow(["id", "intervention", "verdict"])
            for row_id, name, _title in new:
                if (row_id, name) not in verdicts:
                    w.writerow([row_id, name, "?"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
