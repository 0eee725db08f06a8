"""Precision and recall of the credential and claim rules, and what they say on real news.

    python benchmarks/measure_credentials.py                    # labelled bios and claims
    python benchmarks/measure_credentials.py --heldout          # the held-out sets
    python benchmarks/measure_credentials.py --corpus PATH.jsonl.gz [--n 100] [--show]

The labelled sets are ``tests/data/labelled/bios.yaml`` (CRD rules, one short article per
bio), ``tests/data/labelled/claims.yaml`` (sentence-level CLM rules) and
``claims_documents.yaml`` (short articles for the document-level rules CLM004, CLM006,
META003, with the sentence-level ones). A prediction is a
(item, rule code) pair; precision and recall are over those pairs. With ``--corpus`` the
rules run on ``--n`` real articles spread evenly through the corpus (parsed as plain text,
as pasted from a CMS, with the corpus's author list as a "By …" line, since scraped bylines
are where credential rules meet real journalists); every finding at warning level or above
is a candidate false alarm
and ``--show`` prints it for reading. Corpus text is read from the given path only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from lint_rules.api import lint_text
from lint_rules.core import Severity

HERE = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled"
ADVICE = ("Turmeric can help relieve joint pain. You should take 500 mg twice a day with food. "
          "Talk to your doctor first if you take blood thinners.")
NEWS = "Researchers followed 1,200 adults for five years, according to the study in JAMA."
BIO_CODES = [f"CRD00{i}" for i in range(1, 9)]
CLAIM_CODES = ["CLM001", "CLM002", "CLM003", "CLM005"]
DOC_CODES = ["CLM004", "CLM006", "META003"]


def score(pairs_true: set[tuple[str, str]], pairs_pred: set[tuple[str, str]], codes: list[str]) -> None:
    print(f"  {'rule':8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}")
    for code in [*codes, "all"]:
        t = {p for p in pairs_true if code in ("all", p[1])}
        p = {q for q in pairs_pred if code in ("all", q[1])}
        tp, fp, fn = len(t & p), len(p - t), len(t - p)
        prec = tp / (tp + fp) if tp + fp else float("nan")
        rec = tp / (tp + fn) if tp + fn else float("nan")
        print(f"  {code:8} {tp:4} {fp:4} {fn:4} {prec:10.2f} {rec:7.2f}")


def labelled(show: bool, suffix: str = "") -> None:
    bios = yaml.safe_load((HERE / f"bios{suffix}.yaml").read_text(encoding="utf-8"))["items"]
    truth, pred = set(), set()
    start = time.perf_counter()
    for item in bios:
        text = item["text"].replace("ADVICE", ADVICE).replace("NEWS", NEWS)
        got = {f.code for f in lint_text(text, select=BIO_CODES)}
        truth |= {(item["id"], c) for c in item["expect"]}
        pred |= {(item["id"], c) for c in got}
        if show and got != set(item["expect"]):
            print(f"  bio {item['id']}: expected {sorted(item['expect'])}, got {sorted(got)}")
    elapsed = time.perf_counter() - start
    print(f"Bios: {len(bios)} labelled ({sum(1 for b in bios if b['expect'])} with problems), "
          f"{elapsed / len(bios) * 1000:.1f} ms each")
    score(truth, pred, BIO_CODES)
    claims = yaml.safe_load((HERE / f"claims{suffix}.yaml").read_text(encoding="utf-8"))["items"]
    truth, pred = set(), set()
    for i, (title, sentence, expect) in enumerate(claims):
        got = {f.code for f in lint_text(f"# {title}\n\n{sentence}\n", select=CLAIM_CODES)}
        truth |= {(str(i), c) for c in expect}
        pred |= {(str(i), c) for c in got}
        if show and got != set(expect):
            print(f"  claim {i}: {sentence!r}: expected {sorted(expect)}, got {sorted(got)}")
    print(f"Claim sentences: {len(claims)} labelled ({sum(1 for c in claims if c[2])} with a claim)")
    score(truth, pred, CLAIM_CODES)
    if suffix:
        return
    docs = yaml.safe_load((HERE / "claims_documents.yaml").read_text(encoding="utf-8"))["items"]
    truth, pred = set(), set()
    for item in docs:
        got = {f.code for f in lint_text(item["text"], select=[*DOC_CODES, *CLAIM_CODES])}
        truth |= {(item["id"], c) for c in item["expect"]}
        pred |= {(item["id"], c) for c in got}
        if show and got != set(item["expect"]):
            print(f"  document {item['id']}: expected {sorted(item['expect'])}, got {sorted(got)}")
    print(f"Claim documents: {len(docs)} labelled")
    score(truth, pred, [*DOC_CODES, *CLAIM_CODES])


def corpus(path: str, n: int, show: bool) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    step = max(1, len(rows) // n)
    sample = rows[::step][:n]
    counts: Counter[str] = Counter()
    flagged = 0
    start = time.perf_counter()
    for row in sample:
        authors = [a.strip() for a in row.get("authors") or [] if a and a.strip()]
        byline = "\nBy " + ", ".join(authors) if authors else ""
        text = f"{row.get('title') or ''}{byline}\n\n{row['text']}"
        findings = [f for f in lint_text(text, kind="text", select=["credentials", "claims", "META003"])
                    if f.severity >= Severity.WARNING]
        flagged += bool(findings)
        for f in findings:
            counts[f.code] += 1
            if show:
                print(f"  {row['id']} {f.code} {f.message[:110]} :: {f.excerpt[:120]}")
    elapsed = time.perf_counter() - start
    print(f"Corpus: {len(sample)} articles, {elapsed / len(sample) * 1000:.1f} ms each; "
          f"{flagged} with a warning or error; by rule: {dict(sorted(counts.items()))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="health-news-articles.jsonl.gz")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--show", action="store_true", help="print misses and corpus findings")
    ap.add_argument("--heldout", action="store_true",
                    help="use the held-out sets (bios_heldout.yaml, claims_heldout.yaml)")
    args = ap.parse_args(argv)
    if args.corpus:
        corpus(args.corpus, args.n, args.show)
    else:
        labelled(args.show, "_heldout" if args.heldout else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
