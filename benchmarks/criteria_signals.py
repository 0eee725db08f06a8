"""Does a candidate reading help a completeness rule agree with the expert reviewers, out of fold?

    python benchmarks/criteria_signals.py ARTICLES.jsonl.gz DEV-LABELS.jsonl [--folds 5] [--seeds 5]

Before a new reading (``analysis.completeness``) becomes a reason for CMP004 or CMP011 to flag,
its univariate agreement with the reviewers is measured here, on the development press releases
(the only articles with per-criterion verdicts): for each signal, the balanced accuracy of "the
signal is present" against "Not Satisfactory" on each held-out fold, and that of the rule as
shipped with the signal added as a reason to flag (``rule OR signal``), adopted only when the
training folds choose it (it must beat the rule alone by ``MARGIN`` there, as in
``measure_criteria.py``). Folds are stratified by label and repeated over ``--seeds`` shuffles.
With ``--stories`` (``measure_criteria.py --dump`` of the same tree) each signal is also added to
the news stories' count of criteria flagged, and the story AUC within length terciles printed.
Two screens that need no signal (crit20): ``--length-rates 0,1,2`` offers each ``--criterion``'s
rule a threshold per length in its choice grid, chosen on the training folds, against the grid
as shipped; ``--terciles --stories DUMP`` prints each criterion's flag rate by length tercile and
the within-tercile AUC with it left out of the count.
A script may put candidate readers of its own into ``SIGNALS`` and call ``main`` (the
seventeen candidates crit18 screened were written so). Only ids and figures are printed; no
corpus text enters the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure_criteria import MARGIN, balanced_accuracy, folds

#: The candidate signals: a name, the criterion it bears on, and a reader of the article view.
SIGNALS: dict[str, tuple[str, Callable[[Any], bool]]] = {}


#: The criteria screened when ``--criterion`` is not given (crit18's two).
DEFAULT_CRITERIA = ("evidence_quality", "sensational_language")


def _signals(readings: list[str], criteria: tuple[str, ...] = DEFAULT_CRITERIA) -> None:
    """Each reading (a method of ``Article`` that returns what it found, empty when nothing) as
    a signal for each criterion."""
    from lint_rules.analysis.completeness import Article

    def has(name: str) -> Callable[[Article], bool]:
        return lambda art: bool(getattr(art, name)())

    for crit in criteria:
        for reading in readings:
            if not hasattr(Article, reading):
                raise SystemExit(f"no reading Article.{reading}")
            SIGNALS[f"{crit}:{reading}"] = (crit, has(reading))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("labels", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--reading", action="append", help="an Article method to measure as a signal (repeatable; "
                                                       "default: surrogate_outcomes)")
    ap.add_argument("--criterion", action="append", help="a criterion to screen the readings for (repeatable; "
                                                         "default: evidence_quality and sensational_language)")
    ap.add_argument("--stories", type=Path, help="measure_criteria.py's --dump of the same tree: each signal is also "
                                                "added to the stories' count of criteria flagged (story AUC within "
                                                "length terciles)")
    ap.add_argument("--length-rates", help="instead of signals: offer each --criterion's rule a threshold per "
                                           "length (min-per-1000-words, comma-separated rates such as 0,1,2, the "
                                           "first being off) in its choice grid, chosen on the training folds")
    ap.add_argument("--terciles", action="store_true", help="with --stories: each criterion's flag rate among 1-2 "
                                                            "and 4-5 star stories per length tercile, and the story "
                                                            "AUC within terciles with it left out of the count")
    args = ap.parse_args(argv)
    if args.length_rates:
        return length_screen(args)
    if args.terciles:
        return tercile_table(args)

    from lint_rules.analysis.completeness import article
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    _signals(args.reading or ["surrogate_outcomes"], tuple(args.criterion or DEFAULT_CRITERIA))
    labels = {}
    with open(args.labels, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["criteria"] or (args.stories and row["rating"] in (1, 2, 4, 5)):
                labels[row["id"]] = row
    dump = json.loads(args.stories.read_text(encoding="utf-8")) if args.stories else {}
    story_feats: dict[str, dict[str, bool]] = {}
    rules = {r.criteria[0]: r() for r in load_registry().rules.values() if r.category == "completeness"}
    rows: dict[str, list[tuple[bool, dict[str, bool], bool]]] = {c: [] for c, _read in SIGNALS.values()}
    with gzip.open(args.articles, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in labels:
                continue
            doc = parse_document(a["id"] + ".txt", a["title"] + "\n\n" + a["text"], "text")
            doc.meta["title"] = a["title"]
            art = article(doc)
            if not labels[a["id"]]["criteria"]:
                if a["id"] in dump:
                    story_feats[a["id"]] = {name: bool(read(art)) for name, (_c, read) in SIGNALS.items()}
                continue
            for crit in rows:
                verdict = labels[a["id"]]["criteria"][crit]
                if verdict == "Not Applicable":
                    continue
                rule = rules[crit]
                opts = {k: o.default for k, o in rule.options.items()}
                judged = rule.applies(doc, opts)
                flagged = judged is not None and rule.decide(judged, opts)
                feats = {name: bool(read(art)) for name, (c, read) in SIGNALS.items() if c == crit}
                rows[crit].append((flagged, feats, verdict == "Not Satisfactory"))
    for crit, data in rows.items():
        y = [r[2] for r in data]
        print(f"{crit}: {len(data)} releases, {sum(y)} not satisfactory; rule as shipped (in-sample) "
              f"{balanced_accuracy([(r[0], r[2]) for r in data]):.3f}")
        names = sorted({n for r in data for n in r[1]})
        flagged = [r for r in data if r[0]]
        print(f"  rule flags {len(flagged)} ({sum(r[2] for r in flagged)} not satisfactory); passes "
              f"{len(data) - len(flagged)} ({sum(r[2] for r in data if not r[0])} not satisfactory)")
        for name in names:
            alone, combined, base, taken = [], [], [], {"or": 0, "unless": 0}
            for seed in range(1, args.seeds + 1):
                parts = folds(list(range(len(data))), y, args.folds, seed)
                for i, test in enumerate(parts):
                    train = [data[k] for j, p in enumerate(parts) if j != i for k in p]
                    held = [data[k] for k in test]
                    alone.append(balanced_accuracy([(r[1][name], r[2]) for r in held]))
                    ways = {"rule": lambda r: r[0], "or": lambda r, n=name: r[0] or r[1][n],
                            "unless": lambda r, n=name: r[0] and not r[1][n]}
                    score = {w: balanced_accuracy([(f(r), r[2]) for r in train]) for w, f in ways.items()}
                    best = max(("or", "unless"), key=lambda w: score[w])
                    use = best if score[best] - score["rule"] >= MARGIN else "rule"
                    if use != "rule":
                        taken[use] += 1
                    combined.append(balanced_accuracy([(ways[use](r), r[2]) for r in held]))
                    base.append(balanced_accuracy([(r[0], r[2]) for r in held]))
            present = [r for r in data if r[1][name]]
            print(f"  {name:42s} present {len(present):3d} (NS {sum(r[2] for r in present):3d}; of the rule's "
                  f"passes {sum(1 for r in present if not r[0]):3d}, NS {sum(1 for r in present if not r[0] and r[2]):3d}; "
                  f"of its flags {sum(1 for r in present if r[0]):3d}, NS {sum(1 for r in present if r[0] and r[2]):3d}); "
                  f"alone {statistics.mean(alone):.3f}; rule {statistics.mean(base):.3f} -> "
                  f"with signal {statistics.mean(combined):.3f}±{statistics.pstdev(combined):.3f} "
                  f"(taken: or {taken['or']}, unless {taken['unless']} of {len(combined)})")
    if story_feats:
        from measure_criteria import CRITERIA, STORY_CRITERIA, auc

        ids = sorted(story_feats, key=lambda i: dump[i]["words"])
        third = len(ids) // 3
        strata = [ids[:third], ids[third:2 * third], ids[2 * third:]]

        def within(extra: Callable[[str], int]) -> list[float]:
            out = []
            for group in strata:
                score = {i: len([c for c in dump[i]["flagged"] if c in CRITERIA or c in STORY_CRITERIA]) + extra(i)
                         for i in group}
                out.append(auc([score[i] for i in group if labels[i]["rating"] <= 2],
                               [score[i] for i in group if labels[i]["rating"] >= 4]))
            return out

        base = within(lambda i: 0)
        print(f"stories ({len(ids)}): AUC within length terciles {statistics.mean(base):.3f} "
              f"({', '.join(f'{v:.3f}' for v in base)})")
        for name, (crit, _read) in SIGNALS.items():
            got = within(lambda i, n=name, c=crit: int(story_feats[i][n] and c not in dump[i]["flagged"]))
            print(f"  {name:42s} present {sum(f[name] for f in story_feats.values()):3d}; with it "
                  f"{statistics.mean(got):.3f} ({', '.join(f'{v:.3f}' for v in got)})")
    return 0


def _releases(args: argparse.Namespace) -> tuple[dict[str, dict[str, Any]], list[tuple[Any, Any]]]:
    """The development releases' labels and their parsed documents with the completeness view."""
    from lint_rules.analysis.completeness import article
    from lint_rules.parsing import parse_document

    labels = {}
    with open(args.labels, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["criteria"]:
                labels[row["id"]] = row
    docs = []
    with gzip.open(args.articles, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in labels:
                doc = parse_document(a["id"] + ".txt", a["title"] + "\n\n" + a["text"], "text")
                doc.meta["title"] = a["title"]
                article(doc)
                docs.append((a["id"], doc))
    return labels, docs


def _held_out(rows: list[tuple[list[bool], bool]], n_folds: int, seeds: int) -> tuple[list[float], list[int]]:
    """Balanced accuracy on each held-out fold of the choice the training folds make
    (``measure_criteria.choose``), over ``seeds`` shuffles, and the choices made."""
    from measure_criteria import choose

    y = [r[1] for r in rows]
    scores, picks = [], []
    for seed in range(1, seeds + 1):
        parts = folds(list(range(len(rows))), y, n_folds, seed)
        for i, test in enumerate(parts):
            pick = choose([rows[k] for j, p in enumerate(parts) if j != i for k in p])
            picks.append(pick)
            scores.append(balanced_accuracy([(rows[k][0][pick], rows[k][1]) for k in test]))
    return scores, picks


def length_screen(args: argparse.Namespace) -> int:
    """A threshold per length for each criterion's rule, out of fold: the rule's choice grid as
    shipped against the same grid with ``min-per-1000-words`` (``_Completeness.required``)
    offered at each of ``--length-rates``, the training folds choosing (crit19 screened costs
    this way; crit20 every rule whose decision is a count)."""
    from lint_rules.registry import load_registry

    rates = tuple(int(r) for r in args.length_rates.split(","))
    rules: dict[str, Any] = {r.criteria[0]: r for r in load_registry().rules.values() if r.category == "completeness"}
    labels, docs = _releases(args)
    labelled = set(next(iter(labels.values()))["criteria"])
    for crit in args.criterion or [c for c, r in rules.items() if c in labelled and r().options.get("min-sentences")]:
        cls = rules[crit]
        rule = cls()
        shipped = cls.length_rates
        defaults = {k: o.default for k, o in rule.options.items()}
        out = {}
        for label, offered in (("as shipped", shipped), (f"rates {args.length_rates}", rates)):
            cls.length_rates = offered
            try:
                rows = []
                for i, doc in docs:
                    verdict = labels[i]["criteria"][crit]
                    if verdict == "Not Applicable":
                        continue
                    judged = rule.applies(doc, defaults)
                    rows.append(([judged is not None and rule.decide(judged, {**defaults, **c}) for c in cls.choices()],
                                 verdict == "Not Satisfactory"))
            finally:
                cls.length_rates = shipped
            scores, picks = _held_out(rows, args.folds, args.seeds)
            choices = [dict(c) for c in (cls.choices() if offered == shipped else _with_rates(cls, offered))]
            taken = sum(1 for p in picks if choices[p].get("min-per-1000-words", 0))
            out[label] = (statistics.mean(scores), statistics.pstdev(scores), taken, len(picks))
        print(f"{crit}: " + "; ".join(f"{k} {m:.3f}±{sd:.3f} (a rate taken in {t} of {n} folds)"
                                      for k, (m, sd, t, n) in out.items()))
    return 0


def _with_rates(cls: Any, rates: tuple[int, ...]) -> list[dict[str, Any]]:
    shipped = cls.length_rates
    cls.length_rates = rates
    try:
        return list(cls.choices())
    finally:
        cls.length_rates = shipped


def tercile_table(args: argparse.Namespace) -> int:
    """Per criterion, the flag rate among 1-2 / 4-5 star stories in each length tercile, and
    the story AUC within terciles with that criterion left out of the count (the contribution
    each makes to the figure issue 15 asks for)."""
    from measure_criteria import CRITERIA, STORY_CRITERIA, auc

    if not args.stories:
        raise SystemExit("--terciles needs --stories (measure_criteria.py --dump)")
    dump = json.loads(args.stories.read_text(encoding="utf-8"))
    rating = {}
    with open(args.labels, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if not row["criteria"] and row["rating"] in (1, 2, 4, 5) and row["id"] in dump:
                rating[row["id"]] = row["rating"]
    ids = sorted(rating, key=lambda i: dump[i]["words"])
    third = len(ids) // 3
    strata = [ids[:third], ids[third:2 * third], ids[2 * third:]]
    counted = CRITERIA + STORY_CRITERIA

    def within(leave: str = "") -> float:
        per = []
        for group in strata:
            score = {i: len([c for c in dump[i]["flagged"] if c in counted and c != leave]) for i in group}
            per.append(auc([score[i] for i in group if rating[i] <= 2], [score[i] for i in group if rating[i] >= 4]))
        return statistics.mean(per)

    print(f"stories ({len(ids)}): AUC within length terciles {within():.3f}; words per tercile "
          + ", ".join(f"{dump[g[0]]['words']}-{dump[g[-1]]['words']}" for g in strata))
    print(f"{'criterion':22s} " + " ".join(f"{'tercile ' + str(k + 1) + ' (1-2 / 4-5)':>22s}" for k in range(3))
          + "  without it")
    for crit in counted:
        cells = []
        for group in strata:
            bad = [i for i in group if rating[i] <= 2]
            good = [i for i in group if rating[i] >= 4]
            cells.append(f"{sum(crit in dump[i]['flagged'] for i in bad) / len(bad):.2f} / "
                         f"{sum(crit in dump[i]['flagged'] for i in good) / len(good):.2f}")
        print(f"{crit:22s} " + " ".join(f"{c:>22s}" for c in cells) + f"  {within(crit):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
