"""Measure the evidence, reference and filler rules.

    python benchmarks/measure_evidence.py                      # labelled sentences: P/R
    python benchmarks/measure_evidence.py --corpus PATH [--n 100] [--show]

The labelled set (tests/data/labelled/evidence.jsonl) has one sentence or short passage a
line with the codes it should draw at warning level or above (``expect``). Precision and
recall are per rule over those lines. ``--corpus`` lints the first N real articles of the
health-news corpus (gzip JSON lines; never copied into the project) as plain text and
counts what the rules say at warning level and above; ``--show`` prints each finding with
its sentence so a person can judge whether it is a false alarm.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from lint_rules.api import lint_text
from lint_rules.core import Severity

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests/data/labelled/evidence.jsonl"
FAMILIES = ["evidence", "references"]


def flagged(text: str, kind: str = "text") -> set[str]:
    return {f.code for f in lint_text(text, kind=kind, select=FAMILIES)
            if f.severity >= Severity.WARNING}


def labelled(path: Path) -> int:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong = []
    for row in rows:
        got = flagged(row["text"], row.get("kind", "text"))
        want = set(row["expect"])
        for code in got & want:
            tp[code] += 1
        for code in got - want:
            fp[code] += 1
        for code in want - got:
            fn[code] += 1
        if got != want:
            wrong.append((row["text"][:90], sorted(want), sorted(got)))
    groups = Counter(row.get("group", "?") for row in rows)
    print(f"labelled passages: {len(rows)} ({', '.join(f'{g} {n}' for g, n in sorted(groups.items()))})")
    print(f"{'rule':8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for code in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else 1.0
        r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else 1.0
        print(f"{code:8} {tp[code]:4} {fp[code]:4} {fn[code]:4} {p:10.2f} {r:8.2f}")
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':8} {t:4} {f:4} {n:4} {t / max(1, t + f):10.2f} {t / max(1, t + n):8.2f}")
    for text, want, got in wrong:
        print(f"  mismatch: want {want} got {got}: {text}")
    return 0


def corpus(path: Path, n: int, show: bool) -> int:
    counts: Counter[str] = Counter()
    info: Counter[str] = Counter()
    articles_with = 0
    words = 0
    started = time.perf_counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            art = json.loads(line)
            text = art.get("text") or ""
            words += len(text.split())
            findings = lint_text(text, kind="text", select=FAMILIES, path=art.get("id", str(i)))
            serious = [f for f in findings if f.severity >= Severity.WARNING]
            articles_with += bool(serious)
            for f in findings:
                (counts if f.severity >= Severity.WARNING else info)[f.code] += 1
                if show and f.severity >= Severity.WARNING:
                    print(f"[{art.get('id')}] {f.code} {f.severity}: {f.message}\n    » {f.excerpt}")
    elapsed = time.perf_counter() - started
    print(f"articles: {min(n, i + 1)}, words: {words}, seconds through lint_text: {elapsed:.1f}")
    print(f"rules alone (parsed documents, analyses included): {rule_seconds(path, n):.2f} s")
    print(f"articles with a warning or error: {articles_with}")
    print("warning+ by rule:", dict(sorted(counts.items())))
    print("info by rule:", dict(sorted(info.items())))
    return 0


def rule_seconds(path: Path, n: int) -> float:
    """Time of this family's rules on documents parsed beforehand (the shared study and
    reference analyses are computed inside the timed part, as in a real run)."""
    from lint_rules.api import make_config
    from lint_rules.core import RuleContext
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            docs.append(parse_document(str(i), json.loads(line).get("text") or "", "text"))
    cfg = make_config()
    rules = [r for r in load_registry().sorted()
             if (r.category in ("evidence", "references") and not r.needs_network) or r.code == "FIL001"]
    started = time.perf_counter()
    for doc in docs:
        for rule in rules:
            list(rule().check(doc, RuleContext(cfg, cfg.options_for(rule))))
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="health-news-articles.jsonl.gz")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--labelled", type=Path, default=LABELLED)
    args = ap.parse_args(argv)
    if args.corpus:
        return corpus(args.corpus, args.n, args.show)
    return labelled(args.labelled)


if __name__ == "__main__":
    sys.exit(main())
