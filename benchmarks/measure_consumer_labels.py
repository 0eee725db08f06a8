"""Do the criterion findings agree with an editor's labels on consumer articles?

    python benchmarks/measure_consumer_labels.py [FOLDER] [--show]

FOLDER (default ``benchmarks/blind/consumer2``) holds articles (``*.md``, ``*.txt``) and a
``labels.jsonl`` written with them, blind, by a helper acting as a health editor who never
saw the project: one row per article with a verdict per criterion ("satisfactory",
"not_satisfactory", "not_applicable"), judged as a HealthNewsReview.org or DISCERN rater would
judge the finished article (``BRIEF.md`` beside the articles says how).

The press releases of the news corpus carry the only expert verdicts per criterion
(``measure_criteria.py``); this set asks the same question of the consumer genres the
completeness rules must also make sense for (issue 15: "the same rules must make sense for a
supplement guide"). Each article is linted with the default offline rules; a criterion counts
as *flagged* when any finding names it (any severity). Per criterion it prints the counts
against "not_satisfactory" ("not_applicable" left out) and the balanced accuracy. Sixteen
articles make these figures coarse (one article moves a cell by 6-20 points): read them as a
sense check beside the corpus figures, and never tune on the rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The labels' criterion names and the names findings carry (``knowledge/criteria.toml``).
CRITERIA = {
    "costs": "costs", "benefits": "benefits", "harms": "harms", "evidence": "evidence_quality",
    "funding": "funding_coi", "independent_sources": "independent_sources",
    "alternatives": "alternatives", "availability": "availability", "novelty": "novelty",
    "sensational": "sensational_language",
}


def lint_folder(folder: Path) -> dict[str, set[str]]:
    """File name -> the criteria any finding on it names."""
    sys.path.insert(0, str(ROOT))
    from lint_rules.api import lint_text

    out: dict[str, set[str]] = {}
    for path in sorted([*folder.glob("*.md"), *folder.glob("*.txt")]):
        if path.name in ("README.md", "BRIEF.md"):
            continue
        kind = "markdown" if path.suffix == ".md" else "text"
        findings = lint_text(path.read_text(encoding="utf-8"), kind=kind, path=path.name)
        out[path.name] = {c for f in findings for c in f.criteria}
    return out


def score(labels: list[dict], flagged: dict[str, set[str]]) -> list[tuple[str, int, int, int, int, float]]:
    """Per criterion: (name, TP, FP, FN, TN, balanced accuracy) against not_satisfactory."""
    rows = []
    for label_name, criterion in CRITERIA.items():
        tp = fp = fn = tn = 0
        for row in labels:
            verdict = row.get(label_name)
            if verdict not in ("satisfactory", "not_satisfactory"):
                continue
            hit = criterion in flagged.get(row["file"], set())
            bad = verdict == "not_satisfactory"
            tp += hit and bad
            fp += hit and not bad
            fn += bad and not hit
            tn += not bad and not hit
        pos, neg = tp + fn, fp + tn
        ba = (tp / pos + tn / neg) / 2 if pos and neg else float("nan")
        rows.append((label_name, tp, fp, fn, tn, ba))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "benchmarks/blind/consumer2"))
    ap.add_argument("--show", action="store_true", help="per article: label and flag of each criterion")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    labels_path = folder / "labels.jsonl"
    if not labels_path.is_file():
        print(f"measure_consumer_labels: no labels.jsonl in {folder}", file=sys.stderr)
        return 2
    labels = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = lint_folder(folder)
    missing = [r["file"] for r in labels if r["file"] not in flagged]
    if missing:
        print(f"measure_consumer_labels: labelled but not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.show:
        for row in labels:
            cells = []
            for label_name, criterion in CRITERIA.items():
                verdict = row.get(label_name, "")
                mark = {"satisfactory": "S", "not_satisfactory": "N"}.get(verdict, "-")
                cells.append(f"{label_name}={mark}{'*' if criterion in flagged[row['file']] else ''}")
            print(row["file"], " ".join(cells))
        print("(S/N: the editor's label; * flagged)\n")
    print(f"{'criterion':22} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}  balanced accuracy")
    for name, tp, fp, fn, tn, ba in score(labels, flagged):
        print(f"{name:22} {tp:3d} {fp:3d} {fn:3d} {tn:3d}  {ba:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
