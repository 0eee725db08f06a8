"""Do the completeness rules agree with HealthNewsReview.org's expert reviewers?

    python benchmarks/measure_criteria.py ARTICLES.jsonl.gz DEV-LABELS.jsonl [--folds 5] [--show CRITERION]

ARTICLES is the health-news corpus (gzip JSON lines: id, collection, title, text), LABELS the
development half of the expert verdicts (id, collection, rating, criteria). Each labelled
article is parsed in memory as a plain-text file (its title as the first line and as the
document's title) and linted with the ``completeness`` rules and the other rules that name a
review criterion; nothing is written to disk and no corpus text enters the project.

Reports
* per criterion, on the press releases (the only articles with per-criterion verdicts), the
  balanced accuracy of "the completeness rule flagged this criterion" against the reviewers'
  "Not Satisfactory" ("Not Applicable" left out), cross-validated over ``--folds`` stratified
  folds (mean and spread over the held-out folds):
  - ``untuned``: the rule with its options before any fitting (every cue group, one
    sentence; ``untuned`` on the rule class), scored on each held-out fold;
  - ``tuned``: the rule's choices (which cue groups count, how many sentences, and the rule's
    own thresholds: ``choices()`` on the rule class) chosen on the other folds by balanced
    accuracy and scored on the held-out fold: the honest figure;
  - ``shipped``: the options as shipped, which are what the whole development half chooses
    (printed as ``choice on all``; a mismatch is printed as a warning), so this column is
    in-sample; ``+others`` adds the other rules that name the criterion (CIT…, CLM…);
  the cue lists themselves were written on this half, which is why the other half is held back;
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
#: The criteria HealthNewsReview.org asked of stories only (no per-criterion verdicts here:
#: they count towards the story AUC).
STORY_CRITERIA = ("independent_sources", "news_release")


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


def folds(items: list[int], labels: list[bool], k: int, seed: int) -> list[list[int]]:
    """Stratified folds (by label) of the item indices."""
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for label in (True, False):
        group = [i for i in items if labels[i] == label]
        rng.shuffle(group)
        for n, i in enumerate(group):
            out[n % k].append(i)
    return out


def _show(choice: dict) -> str:
    """A choice as 'min-sentences=2 count=price+cost'."""
    if not choice:
        return "(no choice)"
    return " ".join(f"{k}={'+'.join(v.split('.')[-1] for v in val) if isinstance(val, list) else val}"
                    for k, val in choice.items())


#: A choice must beat the rule's first, simplest choice by this much balanced accuracy on the
#: training articles to be taken (parsimony: a threshold that wins by a hair is noise).
MARGIN = 0.01


def choose(train: list[tuple[list[bool], bool]]) -> int:
    """The choice (an index into the rule's ``choices()``) with the best balanced accuracy on
    ``train``, unless it beats the first choice by less than ``MARGIN``; ties go to the
    earlier, simpler choice."""
    n = len(train[0][0])
    score = [balanced_accuracy([(f[c], y) for f, y in train]) for c in range(n)]
    best = max(range(n), key=lambda c: (score[c], -c))
    return best if score[best] - score[0] >= MARGIN else 0


def lint_all(articles: list[dict], select: list[str]) -> dict[str, dict]:
    from lint_rules.analysis.completeness import article
    from lint_rules.analysis.genre import genre
    from lint_rules.analysis.interventions import interventions
    from lint_rules.api import lint_document, make_config
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    rules = [r() for r in load_registry().rules.values() if r.category == "completeness"]
    defaults = {r.code: {k: o.default for k, o in r.options.items()} for r in rules}
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
        # each completeness rule's decision under every choice it offers, and untuned
        choices: dict[str, list[bool]] = {}
        untuned: dict[str, bool] = {}
        for r in rules:
            base = defaults[r.code]
            art = r.applies(doc, base)
            c = r.criteria[0]
            choices[c] = [art is not None and r.decide(art, {**base, **ch}) for ch in r.choices()]
            untuned[c] = art is not None and r.decide(art, {**base, **r.untuned})
        article(doc)
        out[a["id"]] = {"criteria": crit, "genre": genre(doc).label, "choices": choices, "untuned": untuned,
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
    ap.add_argument("--dump", type=Path, help="also write each article's decisions (JSON, ids and flags only) here")
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

    if args.dump:
        args.dump.write_text(json.dumps({i: {k: v for k, v in r.items() if k != "criteria"}
                                         | {"codes": sorted({f.code for fs in r["criteria"].values() for f in fs}),
                                            "flagged": sorted(r["criteria"])}
                                         for i, r in results.items()}), encoding="utf-8")
    releases = [a for a in articles if labels[a["id"]]["criteria"]]
    stories = [a for a in articles if not labels[a["id"]]["criteria"]]
    print(f"{len(articles)} labelled articles ({len(releases)} releases, {len(stories)} stories); "
          f"CPU {cpu:.1f} s, wall {wall:.1f} s; load {os.getloadavg()[0]:.1f}")
    subj = sum(1 for r in results.values() if r["subject"])
    print(f"articles with a main intervention: {subj}/{len(results)}; genres: "
          + ", ".join(f"{g} {n}" for g, n in Counter(r['genre'] for r in results.values()).most_common()))
    print()
    from lint_rules.registry import load_registry

    rules = {r.criteria[0]: r for r in load_registry().rules.values() if r.category == "completeness"}
    print("Balanced accuracy against the reviewers' 'Not Satisfactory', mean and sd over the held-out")
    print("folds: untuned options; options chosen on the other folds (tuned); as shipped (in-sample);")
    print("as shipped plus the other rules naming the criterion (in-sample).")
    print(f"{'criterion':22s} {'n':>4s} {'NS':>4s} {'untuned':>12s} {'tuned':>12s} {'shipped':>7s} "
          f"{'+others':>7s}  choice on all (and on each training fold)")
    for c in CRITERIA:
        rule = rules[c]
        rows, ids = [], []
        for a in releases:
            verdict = labels[a["id"]]["criteria"][c]
            if verdict == "Not Applicable":
                continue
            r = results[a["id"]]
            rows.append((r["choices"][c], r["untuned"][c], any(f.code == rule.code for f in r["criteria"].get(c, [])),
                         bool(r["criteria"].get(c)), verdict == "Not Satisfactory"))
            ids.append(a["id"])
        parts = folds(list(range(len(rows))), [row[-1] for row in rows], args.folds, args.seed)
        tuned, raw, picks = [], [], []
        for i, test in enumerate(parts):
            train = [rows[k] for j, part in enumerate(parts) if j != i for k in part]
            pick = choose([(row[0], row[-1]) for row in train])
            picks.append(pick)
            tuned.append(balanced_accuracy([(rows[k][0][pick], rows[k][-1]) for k in test]))
            raw.append(balanced_accuracy([(rows[k][1], rows[k][-1]) for k in test]))
        best = choose([(row[0], row[-1]) for row in rows])
        options = rule.choices()
        shipped = balanced_accuracy([(row[2], row[-1]) for row in rows])
        union = balanced_accuracy([(row[3], row[-1]) for row in rows])
        defaults = {k: o.default for k, o in rule.options.items()}
        chosen = options[best]
        warn = "" if all(defaults.get(k) == v for k, v in chosen.items()) else "  (NOT the shipped default)"
        print(f"{c:22s} {len(rows):4d} {sum(row[-1] for row in rows):4d} "
              f"{statistics.mean(raw):6.3f}±{statistics.pstdev(raw):.3f} {statistics.mean(tuned):6.3f}±{statistics.pstdev(tuned):.3f} "
              f"{shipped:7.3f} {union:7.3f}  {_show(chosen)}{warn}"
              + ("" if len(options) == 1 else f" ({'; '.join(_show(options[p]) for p in picks)})"))
        if args.show == c:
            for i, row in zip(ids, rows, strict=True):
                if row[2] != row[-1]:
                    print(f"   {i} flagged={row[2]} not_satisfactory={row[-1]} genre={results[i]['genre']} "
                          f"subject={results[i]['subject']}")

    def count(a: dict) -> int:
        return len([c for c in results[a["id"]]["criteria"] if c in CRITERIA or c in STORY_CRITERIA])

    def count_family(a: dict) -> int:
        return len({f.code for fs in results[a["id"]]["criteria"].values() for f in fs if f.code.startswith("CMP")})

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
    print(f"  completeness rules alone (CMP001-CMP012 flagged): AUC "
          f"{auc([count_family(a) for a in bad], [count_family(a) for a in good]):.3f}, within terciles "
          + ", ".join(f"{auc([count_family(a) for a in g if labels[a['id']]['rating'] in (1, 2)], [count_family(a) for a in g if labels[a['id']]['rating'] in (4, 5)]):.3f}"
                      for g in strata))
    rel_bad = [a for a in releases if labels[a["id"]]["rating"] in (1, 2)]
    rel_good = [a for a in releases if labels[a["id"]]["rating"] in (4, 5)]
    print(f"releases: AUC of criteria flagged, 1-2 vs 4-5 stars (derived): "
          f"{auc([count(a) for a in rel_bad], [count(a) for a in rel_good]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
