"""Judged precision on real news: draw a seeded, stratified sample of findings, then score
an editor's verdicts on it.

    python benchmarks/precision_sample.py draw CORPUS.jsonl.gz --seed 16 --total 80 \\
        --out benchmarks/precision/sample-s16.json --judge /tmp/judge-s16.jsonl
    python benchmarks/precision_sample.py score benchmarks/precision/sample-s16.json \\
        benchmarks/precision/verdicts-s16.jsonl

``draw`` lints the corpus articles (all of them, or ``--articles N`` drawn with the seed) the
way ``audit_corpus.py`` prints them, keeps every warning- and error-level finding, and draws
``--total`` of them stratified by rule: each rule gets a share proportional to the square
root of its count (so rare rules are seen, common ones dominate less), at least
``--min-per-rule`` when it has that many; ``--codes CLM`` draws from one family only. Two
files come out:

- ``--out`` (kept in the project): the draw's parameters, every rule's total count, and the
  sampled findings as article id, rule, severity, offsets and message. No corpus text: the
  corpus is not ours to copy.
- ``--judge`` (kept outside the project): the same findings with the paragraph around each
  (the flagged span in ``[[ ]]``, the other side of a contradiction in ``{{ }}``) for the
  person judging. They answer one JSON line per finding:
  ``{"id": "F017", "verdict": "RIGHT" | "DEBATABLE" | "WRONG", "reason": "..."}``.

``score`` prints precision per rule (RIGHT 1, DEBATABLE 0.5, WRONG 0) and per family,
weighting each rule's sample precision by the rule's share of the family's findings on the
corpus (the stratified estimate of the precision a reader of all findings would see).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))



from audit_corpus import context, load, run_check, write_sample

SCORES = {"RIGHT": 1.0, "DEBATABLE": 0.5, "WRONG": 0.0}


def allocate(counts: Counter[str], total: int, minimum: int) -> dict[str, int]:
    """Sample size per rule: proportional to sqrt(count), at least ``minimum`` (or all)."""
    weights = {code: math.sqrt(n) for code, n in counts.items()}
    scale = total / max(1e-9, sum(weights.values()))
    out = {code: min(counts[code], max(minimum, round(w * scale))) for code, w in weights.items()}
    return out


def draw(args: argparse.Namespace) -> int:
    articles = load(args.corpus)
    rng = random.Random(args.seed)
    if args.articles:
        articles = rng.sample(articles, min(args.articles, len(articles)))
    with tempfile.TemporaryDirectory(prefix="healthlint-precision-") as tmp:
        folder = Path(tmp)
        newest = max(float(a["publish_date"]) for a in articles if a.get("publish_date"))
        write_sample(articles, folder, dt.datetime.fromtimestamp(newest, dt.UTC).date())
        report = run_check(folder, args.jobs)
        codes = tuple(c.strip() for c in args.codes.split(",") if c.strip())
        # The completeness rules report at info by default; --with-info lets them be judged too.
        levels = ("info", "warning", "error") if args.with_info else ("warning", "error")
        found = [
            (f["path"], x) for f in report["files"] for x in f["findings"]
            if x["severity"] in levels and (not codes or x["code"].startswith(codes))
        ]
        counts = Counter(x["code"] for _, x in found)
        sizes = allocate(counts, args.total, args.min_per_rule)
        by_rule: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for path, x in found:
            by_rule[x["code"]].append((path, x))
        picked: list[tuple[str, dict]] = []
        for code in sorted(by_rule):
            picked += rng.sample(by_rule[code], sizes[code])
        rng.shuffle(picked)  # the judge should not read one rule's findings in a row
        key, judge = [], []
        for i, (path, x) in enumerate(picked, 1):
            fid = f"F{i:03d}"
            row = {"id": fid, "article": Path(path).stem, "code": x["code"], "name": x.get("name"),
                   "severity": x["severity"], "start": x["start_offset"], "end": x["end_offset"],
                   "message": x["message"]}
            key.append(row)
            source = (folder / path).read_text(encoding="utf-8")
            s, e = x["start_offset"], x["end_offset"]
            if args.whole_article:  # an article-level rule is judged on all of the article
                marked = source[:s] + "[[" + source[s:e] + "]]" + source[e:] if e > s else source
                text = " ".join(marked.split())
            elif e <= s:  # about the whole article: its two ends
                flat = " ".join(source.split())
                text = flat[:1200] + (" […] " + flat[-600:] if len(flat) > 1800 else flat[1200:])
            else:
                text = context(source, s, e, width=400)
            related = [context(source, r["start_offset"], r["end_offset"], width=200)
                       for r in x.get("related") or [] if "start_offset" in r]
            judge.append({**row, "context": text, "related": related, "title": source.split("\n", 1)[0]})
    meta = {"seed": args.seed, "articles": len(articles), "total": args.total,
            "min_per_rule": args.min_per_rule, "with_info": args.with_info, "whole_article": args.whole_article, "codes": args.codes,
            "counts": dict(sorted(counts.items())),
            "sampled": {c: n for c, n in sorted(sizes.items())}, "findings": key}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    with open(args.judge, "w", encoding="utf-8") as fh:
        for row in judge:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {len(found)} {'' if args.with_info else 'warning/error '}findings in {len(counts)} rules; "
          f"{len(key)} drawn -> {args.out}, judge file {args.judge}")
    return 0


def family(code: str) -> str:
    return code.rstrip("0123456789")


def score(args: argparse.Namespace) -> int:
    meta = json.loads(args.sample.read_text(encoding="utf-8"))
    verdicts = {}
    for line in args.verdicts.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            verdicts[v["id"]] = v["verdict"].upper()
    per_rule: dict[str, list[float]] = defaultdict(list)
    for row in meta["findings"]:
        if row["id"] in verdicts:
            per_rule[row["code"]].append(SCORES[verdicts[row["id"]]])
    counts = meta["counts"]
    fam_num: dict[str, float] = defaultdict(float)
    fam_den: dict[str, float] = defaultdict(float)
    fam_judged: Counter[str] = Counter()
    print(f"{'rule':8} {'on corpus':>9} {'judged':>6} {'precision':>9}")
    for code in sorted(per_rule):
        p = sum(per_rule[code]) / len(per_rule[code])
        print(f"{code:8} {counts.get(code, 0):9} {len(per_rule[code]):6} {p:9.2f}")
        fam_num[family(code)] += p * counts.get(code, 0)
        fam_den[family(code)] += counts.get(code, 0)
        fam_judged[family(code)] += len(per_rule[code])
    print(f"\n{'family':8} {'on corpus':>9} {'judged':>6} {'weighted':>9}")
    for fam in sorted(fam_den):
        print(f"{fam:8} {int(fam_den[fam]):9} {fam_judged[fam]:6} {fam_num[fam] / max(1, fam_den[fam]):9.2f}")
    all_p = sum(fam_num.values()) / max(1, sum(fam_den.values()))
    print(f"{'all':8} {int(sum(fam_den.values())):9} {sum(fam_judged.values()):6} {all_p:9.2f}")
    missing = [r["id"] for r in meta["findings"] if r["id"] not in verdicts]
    if missing:
        print(f"\nnot judged: {len(missing)} ({', '.join(missing[:10])}…)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="lint the corpus and draw the sample")
    d.add_argument("corpus", type=Path, help="health-news-articles.jsonl.gz")
    d.add_argument("--seed", type=int, default=16)
    d.add_argument("--articles", type=int, default=0, help="lint only N articles drawn with the seed (0: all)")
    d.add_argument("--total", type=int, default=80, help="findings to draw (default 80)")
    d.add_argument("--min-per-rule", type=int, default=3)
    d.add_argument("--jobs", type=int, default=2)
    d.add_argument("--codes", default="", help="only findings of these code prefixes (comma-separated, e.g. CLM)")
    d.add_argument("--with-info", action="store_true",
                   help="draw info-level findings too (the completeness rules default to info)")
    d.add_argument("--whole-article", action="store_true",
                   help="give the judge the whole article, not the paragraph around the finding "
                        "(for an article-level rule such as CMP006)")
    d.add_argument("--out", type=Path, required=True, help="the sample's key (no corpus text)")
    d.add_argument("--judge", type=Path, required=True, help="the judge's file, outside the project")
    s = sub.add_parser("score", help="precision per rule and family from the verdicts")
    s.add_argument("sample", type=Path)
    s.add_argument("verdicts", type=Path)
    args = ap.parse_args(argv)
    return draw(args) if args.command == "draw" else score(args)


if __name__ == "__main__":
    raise SystemExit(main())
