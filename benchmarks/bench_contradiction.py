"""Measure the contradiction layers: precision/recall, negation accuracy, corpus findings, speed.

    python benchmarks/bench_contradiction.py passages      # labelled passages: P/R
    python benchmarks/bench_contradiction.py negation      # labelled sentences: accuracy
    python benchmarks/bench_contradiction.py corpus CORPUS.jsonl.gz [--skip 0] [--limit 100] [--show]
    python benchmarks/bench_contradiction.py speed CORPUS.jsonl.gz [--limit 300]

``corpus`` prints every finding on the first N articles (id, both claims) for a person to
read and judge (``--limit 3000`` reads all 2,128); corpus text is read from the given path
and never copied into the project. ``passages`` reports each split of the labelled passages
(dev, heldout, heldout-2) separately.
``speed`` lints the same articles with every offline rule (LanguageTool grammar aside), with
and without the rules that read concept mentions (the contradiction rules and READ003), after
warming the on-disk lexicon cache, and prints the overhead of the concept analysis.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "labelled"
CODES = ("CON001", "CON002", "CON003")
#: Every rule that reads the concept mentions (so the baseline runs no concept analysis).
CONCEPT_USERS = (*CODES, "READ003")


def _contradictions(text: str) -> list:
    from lint_rules.api import lint_text

    return [f for f in lint_text(text, kind="text", select=list(CODES)) if f.code in CODES]


def _split(item_split: str | None) -> str:
    return item_split or "dev"


def passages(show: bool) -> None:
    data = yaml.safe_load((LABELLED / "contradictions.yaml").read_text(encoding="utf-8"))
    counts: dict[str, dict[str, int]] = {}
    for item in data["passages"]:
        found = _contradictions(item["text"])
        truth = item["label"] == "contradiction"
        c = counts.setdefault(_split(item.get("split")), {"TP": 0, "FP": 0, "FN": 0, "TN": 0})
        c[("T" if bool(found) == truth else "F") + ("P" if found else "N")] += 1
        if show and bool(found) != truth:
            print(f"{'FP' if found else 'FN'} {item['id']}: {item['text']}")
            for f in found:
                print(f"    {f.code} {f.message}")
    for split, c in counts.items():
        tp, fp, fn, tn = c["TP"], c["FP"], c["FN"], c["TN"]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"passages [{split}]: {tp + fp + fn + tn} (contradicting {tp + fn}, consistent "
              f"{fp + tn})  TP {tp} FP {fp} FN {fn} TN {tn}  precision {precision:.3f}  "
              f"recall {recall:.3f}")


def negation(show: bool) -> None:
    from lint_rules.analysis.context import target_attributes

    rows = [line.split("\t") for line in
            (LABELLED / "negation.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    tally: dict[str, list[int]] = {}
    for sentence, target, label, split in rows:
        found = target_attributes(sentence, target)
        got = bool(found[0]["negated"]) if found else None
        t = tally.setdefault(split, [0, 0, 0])  # right, wrong, target not found
        if got is None:
            t[2] += 1
            print(f"target not found: {target!r} in {sentence!r}")
        elif got == (label == "1"):
            t[0] += 1
        else:
            t[1] += 1
            if show:
                print(f"{'FP' if got else 'FN'}: [{target}] {sentence}  cues={found[0]['cues']}")
    for split, (right, wrong, missing) in tally.items():
        n = right + wrong + missing
        print(f"negation [{split}]: {n} labelled sentences, accuracy {right / n:.3f} "
              f"({right} right, {wrong} wrong, {missing} target not found)")


def _articles(path: str, limit: int, skip: int = 0):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= skip + limit:
                break
            if i >= skip:
                yield json.loads(line)


def corpus(path: str, limit: int, skip: int, show: bool) -> None:
    total = 0
    with_findings = 0
    for art in _articles(path, limit, skip):
        text = f"{art.get('title') or ''}\n\n{art.get('text') or ''}"
        found = _contradictions(text)
        total += len(found)
        with_findings += bool(found)
        if show:
            for f in found:
                print(f"--- {art['id']} {f.code} {f.severity}: {f.message}")
                print(f"    [{f.excerpt}] {f.evidence['claims'][0]['text']}")
                for r in f.related[:1]:
                    print(f"    [{r.excerpt}] {r.message}")
    print(f"corpus: articles {skip}-{skip + limit - 1}, {total} contradiction findings in {with_findings} articles")


def speed(path: str, limit: int, skip: int) -> None:
    from lint_rules.api import lint_text
    from lint_rules.registry import load_registry

    registry = load_registry()
    offline = [r.code for r in registry.sorted() if not r.needs_network and r.category != "input"
               and r.default_enabled and r.category != "grammar"]
    without = [c for c in offline if c not in CONCEPT_USERS]
    texts = [f"{a.get('title') or ''}\n\n{a.get('text') or ''}" for a in _articles(path, limit, skip)]
    lint_text("Warm-up: it may cause hair loss.", kind="text", select=list(CODES))

    def run(codes: list[str]) -> float:
        start = time.process_time()  # CPU time: other processes on a busy machine do not count
        for text in texts:
            lint_text(text, kind="text", select=codes)
        return time.process_time() - start

    base_runs, full_runs = [], []
    for _ in range(3):  # interleaved, best of three: the machine may be busy
        base_runs.append(run(without))
        full_runs.append(run(offline))
    base, full = min(base_runs), min(full_runs)
    print(f"speed: {len(texts)} articles, {len(without)} offline rules without concept analysis "
          f"{base:.2f}s, all {len(offline)} {full:.2f}s, overhead {100 * (full - base) / base:.1f}%")
    print(f"       per article: {1000 * (full - base) / len(texts):.1f} ms for concept mentions, "
          f"ConText, the contradiction rules and READ003")
    from lint_rules.parsing import parse_document
    from lint_rules.rules.contradiction import claims

    docs = [parse_document("<a>", t, "text") for t in texts]
    for d in docs:
        d.sentences  # noqa: B018  (segmentation is shared with every rule; not counted)
    timings = []
    for _ in range(3):
        start = time.process_time()
        for d in docs:
            for key in ("concepts", "claim-subjects", "contradiction-claims"):
                d._analyses.pop(key, None)
            claims(d)  # computes the mentions (once) and the claims
        timings.append(time.process_time() - start)
    analysis = min(timings)
    print(f"       direct: concept mentions + ConText + claims {1000 * analysis / len(docs):.1f} ms "
          f"per article = {100 * analysis / base:.1f}% of the lint time without them")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["passages", "negation", "corpus", "speed", "all"])
    parser.add_argument("corpus", nargs="?", help="health-news-articles.jsonl.gz")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--skip", type=int, default=0, help="start after this many articles")
    parser.add_argument("--show", action="store_true", help="print errors / findings")
    args = parser.parse_args(argv)
    if args.what in ("passages", "all"):
        passages(args.show)
    if args.what in ("negation", "all"):
        negation(args.show)
    if args.what in ("corpus", "speed", "all") and not args.corpus:
        parser.error("corpus and speed need the corpus path")
    if args.what in ("corpus", "all"):
        corpus(args.corpus, args.limit, args.skip, args.show)
    if args.what in ("speed", "all"):
        speed(args.corpus, args.limit, args.skip)
    return 0


if __name__ == "__main__":
    sys.exit(main())
