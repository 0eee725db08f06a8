"""Do the completeness rules agree with HealthNewsReview.org's expert reviewers?

    python benchmarks/measure_criteria.py ARTICLES.jsonl.gz DEV-LABELS.jsonl [--folds 5] [--show CRITERION]

ARTICLES is the health-news corpus (gzip JSON lines: id, collection, title, text), LABELS the
development half of the expert verdicts (id, collection, rating, criteria). Each labelled
article is parsed in memory as a plain-text file (its title as the first line and as the
document's title) and linted with the ``completeness`` rules and the other rules that name a
review criterion; nothing is written to disk and no corpus text enters the project.

Reports
* per criterion, on the press releases (the only articles with per-criterion verdicts), the
  balanced accuracy of "the rules flagged this criterion" against the reviewers' "Not
  Satisfactory" ("Not Applicable" left out), as the mean and spread over ``--folds`` stratified
  folds. The rules have no fitted threshold, so the folds only show how stable the figure is;
  the cue lists were tuned on this half, which is why the other half is held back;
* for the news stories, the AUC of the number of criteria flagged for telling 1-2 star from
  4-5 star stories, overall and within length terciles (faulted stories are shorter);
* CPU seconds and the machine load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

CRITERIA = ("costs", "benefits", "harms", "evidence_quality", "funding_coi", "alternatives",
            "availability", "novelty", "disease_mongering", "sensational_language")


def auc(pos: list[float], neg: list[float]) -> float:
    """Mann-Whitney AUC: P(score of a positive > score of a negative), ties count half."""
    if not pos or not neg:
        return float("nan")
    ranked = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    ranks = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    r_pos = sum(r for r, (_, y) in zip(ranks, ranked, strict=True) if y)
    return (r_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def balanced_accuracy(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(1 for f, y in pairs if f and y)
    pos = sum(1 for _, y in pairs if y)
    tn = sum(1 for f, y in pairs if not f and not y)
    neg = len(pairs) - pos
    if not pos or not neg:
        return float("nan")
    return (tp / pos + tn / neg) / 2


def folds(items: list[tuple[bool, bool]], k: int, seed: int) -> list[list[tuple[bool, bool]]]:
    """Stratified folds (by label)."""
    rng = random.Random(seed)
    out: list[list[tuple[bool, bool]]] = [[] for _ in range(k)]
    for label in (True, False):
        group = [p for p in items if p[1] == label]
        rng.shuffle(group)
        for i, p in enumerate(group):
            out[i % k].append(p)
    return out


def fitted_threshold(train: list[tuple[float, bool]]) -> float:
    """The support threshold (flag when support < t) with the best balanced accuracy."""
    candidates = sorted({v for v, _ in train})[:15]
    candidates.append(candidates[-1] + 1 if candidates else 1)
    return max(candidates, key=lambda t: (balanced_accuracy([(v < t, y) for v, y in train]), -t))


def lint_all(articles: list[dict], select: list[str]) -> dict[str, dict]:
    from lint_rules.analysis.completeness import SUPPORT, article, support
    from lint_rules.analysis.genre import genre
    from lint_rules.analysis.interventions import interventions
    from lint_rules.api import lint_document, make_config
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    rules = [r for r in load_registry().rules.values() if r.category == "completeness" and "min-sentences" in r.options]
    cfg = make_config(select=select)
    out = {}
    for a in articles:
        doc = parse_document(a["id"] + ".txt", a["title"] + "\n\n" + a["text"], "text")
        doc.meta["title"] = a["title"]
        findings = lint_document(doc, cfg)
        crit: dict[str, list] = defaultdict(list)
        for f in findings:
            for c in f.criteria:
                crit[c].append(f)
        main = interventions(doc).main
        art = article(doc)
        genres = {r.criteria[0]: r.options["genres"].default for r in rules}
        supported = {c: (support(art, c) if art.subject is not None and art.genre.label in genres.get(c, ())
                         else None) for c in SUPPORT}
        out[a["id"]] = {"criteria": crit, "genre": genre(doc).label, "support": supported,
                        "subject": main.name if main else None, "words": len(a["text"].split())}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("labels", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--select", default="completeness,CLM001,CLM005,CLM006,CIT001,CIT003,CIT004,CIT005,CON002",
                    help="rules whose findings count (default: completeness plus the rules that name a criterion)")
    ap.add_argument("--show", help="print the article ids the rules get wrong for one criterion")
    args = ap.parse_args(argv)

    labels = {}
    with open(args.labels, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            labels[row["id"]] = row
    articles = []
    with gzip.open(args.articles, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in labels:
                articles.append(a)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    results = lint_all(articles, [s.strip() for s in args.select.split(",") if s.strip()])
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0

    releases = [a for a in articles if labels[a["id"]]["criteria"]]
    stories = [a for a in articles if not labels[a["id"]]["criteria"]]
    print(f"{len(articles)} labelled articles ({len(releases)} releases, {len(stories)} stories); "
          f"CPU {cpu:.1f} s, wall {wall:.1f} s; load {os.getloadavg()[0]:.1f}")
    subj = sum(1 for r in results.values() if r["subject"])
    print(f"articles with a main intervention: {subj}/{len(results)}; genres: "
          + ", ".join(f"{g} {n}" for g, n in Counter(r['genre'] for r in results.values()).most_common()))
    print()
    print("Rules as shipped (fold mean and sd: the same fixed rules over stratified folds); 'fitted':")
    print("the 'min-sentences' threshold fitted on four folds and scored on the fifth.")
    print(f"{'criterion':22s} {'n':>4s} {'NS':>4s} {'flagged':>8s} {'TPR':>5s} {'TNR':>5s} {'BA':>6s} {'fold mean':>9s} {'sd':>5s} {'fitted':>7s} {'sd':>5s} thresholds")
    for c in CRITERIA:
        pairs = []
        ids = []
        for a in releases:
            verdict = labels[a["id"]]["criteria"][c]
            if verdict == "Not Applicable":
                continue
            pairs.append((bool(results[a["id"]]["criteria"].get(c)), verdict == "Not Satisfactory"))
            ids.append(a["id"])
        per_fold = [balanced_accuracy(f) for f in folds(pairs, args.folds, args.seed)]
        per_fold = [x for x in per_fold if x == x]
        pos = sum(y for _, y in pairs)
        tpr = sum(f and y for f, y in pairs) / max(pos, 1)
        tnr = sum((not f) and (not y) for f, y in pairs) / max(len(pairs) - pos, 1)
        fitted = ""
        if c in next(iter(results.values()))["support"]:
            scored = []
            for a in releases:
                verdict = labels[a["id"]]["criteria"][c]
                if verdict != "Not Applicable":
                    v = results[a["id"]]["support"][c]
                    scored.append((float("inf") if v is None else float(v), verdict == "Not Satisfactory"))
            parts = folds(scored, args.folds, args.seed)
            bas, ts = [], []
            for i, test in enumerate(parts):
                train = [p for j, part in enumerate(parts) if j != i for p in part]
                t = fitted_threshold(train)
                ts.append(t)
                bas.append(balanced_accuracy([(v < t, y) for v, y in test]))
            fitted = f"{statistics.mean(bas):7.3f} {statistics.pstdev(bas):5.3f} {','.join(f'{t:g}' for t in ts)}"
        print(f"{c:22s} {len(pairs):4d} {pos:4d} {sum(f for f, _ in pairs):8d} {tpr:5.2f} {tnr:5.2f} "
              f"{balanced_accuracy(pairs):6.3f} {statistics.mean(per_fold):9.3f} {statistics.pstdev(per_fold):5.3f} {fitted}")
        if args.show == c:
            wrong = [(i, f, y) for i, (f, y) in zip(ids, pairs, strict=True) if f != y]
            for i, f, y in wrong:
                print(f"   {i} flagged={f} not_satisfactory={y} genre={results[i]['genre']} subject={results[i]['subject']}")

    def count(a: dict) -> int:
        return len([c for c in results[a["id"]]["criteria"] if c in CRITERIA or c == "independent_sources"])

    bad = [a for a in stories if labels[a["id"]]["rating"] in (1, 2)]
    good = [a for a in stories if labels[a["id"]]["rating"] in (4, 5)]
    print()
    print(f"stories: AUC of criteria flagged, 1-2 stars ({len(bad)}) vs 4-5 stars ({len(good)}): "
          f"{auc([count(a) for a in bad], [count(a) for a in good]):.3f}")
    both = sorted(bad + good, key=lambda a: results[a["id"]]["words"])
    third = len(both) // 3
    strata = [both[:third], both[third:2 * third], both[2 * third:]]
    per = []
    for k, group in enumerate(strata):
        b = [count(a) for a in group if labels[a["id"]]["rating"] in (1, 2)]
        g = [count(a) for a in group if labels[a["id"]]["rating"] in (4, 5)]
        words = [results[a["id"]]["words"] for a in group]
        value = auc(b, g)
        per.append(value)
        print(f"  length tercile {k + 1} ({min(words)}-{max(words)} words): {len(b)} vs {len(g)}, AUC {value:.3f}")
    print(f"  mean within terciles: {statistics.mean(per):.3f}")
    length_auc = auc([-results[a['id']]['words'] for a in bad], [-results[a['id']]['words'] for a in good])
    print(f"  (shortness alone: AUC {length_auc:.3f})")
    rel_bad = [a for a in releases if labels[a["id"]]["rating"] in (1, 2)]
    rel_good = [a for a in releases if labels[a["id"]]["rating"] in (4, 5)]
    print(f"releases: AUC of criteria flagged, 1-2 vs 4-5 stars (derived): "
          f"{auc([count(a) for a in rel_bad], [count(a) for a in rel_good]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
