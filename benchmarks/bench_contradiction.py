"""Measure the contradiction layers: precision/recall, negation accuracy, corpus findings, speed.

    python benchmarks/bench_contradiction.py passages      # labelled passages: P/R
    python benchmarks/bench_contradiction.py negation      # labelled sentences: accuracy
    python benchmarks/bench_contradiction.py corpus CORPUS.jsonl.gz [--skip 0] [--limit 100] [--show]
    python benchmarks/bench_contradiction.py speed CORPUS.jsonl.gz [--limit 300]
    python benchmarks/bench_contradiction.py blind [--split dev|test] [--show]

``blind`` scores the blind material in ``benchmarks/blind/`` (written by someone who never
read the rule code): the contradiction passages (a positive counts when one finding points
at both sides' sentences; any finding on a control is a false alarm) and the contradiction
labels of the blind articles (found when one finding points at both sides; false alarms are
contradiction findings on the articles that match no label). Tune on ``dev`` only; ``--show``
prints failures and is never used on ``test``.

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
CODES = ("CON001", "CON002", "CON003", "CON004", "CON005", "CON006", "CON007")
BLIND = ROOT / "benchmarks" / "blind"
#: Every rule that reads the concept mentions (so the baseline runs no concept analysis).
CONCEPT_USERS = (*CODES, "READ003")


def _contradictions(text: str) -> list:
    from lint_rules.api import lint_text

    return [f for f in lint_text(text, kind="text", select=["contradiction"]) if f.code in CODES]


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (roughly: between sentence ends or line breaks) holding ``[start, end)``."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
             text.rfind("! ", 0, start))
    his = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end),
                       text.find("! ", end)) if i >= 0]
    return lo + 1, (min(his) if his else len(text))


def _places(f) -> list[tuple[int, int]]:
    return [(f.location.start_offset, f.location.end_offset)] + [
        (r.location.start_offset, r.location.end_offset) for r in f.related[:1]]


def _hits_pair(text: str, found: list, side_a: str, side_b: str) -> bool:
    """One finding whose two places fall in the sentences of the two sides."""
    a0 = text.find(side_a)
    b0 = text.find(side_b, a0 + 1) if side_b != side_a else -1
    if a0 < 0 or b0 < 0:
        b0 = text.find(side_b)
    if a0 < 0 or b0 < 0:
        raise ValueError(f"side not found: {side_a!r} / {side_b!r}")
    sa = _sentence_span(text, a0, a0 + len(side_a))
    sb = _sentence_span(text, b0, b0 + len(side_b))

    def inside(p: tuple[int, int], s: tuple[int, int]) -> bool:
        return p[0] < s[1] and s[0] < p[1]

    for f in found:
        places = _places(f)
        if len(places) < 2:
            continue
        (p, q) = places
        if (inside(p, sa) and inside(q, sb)) or (inside(p, sb) and inside(q, sa)):
            return True
    return False


def blind(split: str | None, show: bool, data: Path = BLIND) -> None:
    """Recall and false alarms on a blind set's ``contradictions.jsonl`` (``--data``: another
    set, such as the held-out ``benchmarks/blind/v2``, whose rows are all ``test``)."""
    from collections import Counter

    rows = [json.loads(line) for line in (data / "contradictions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    for part in ("dev", "test"):
        if split and part != split:
            continue
        tally: Counter[str] = Counter()
        per_kind: dict[str, Counter[str]] = {}
        for item in (r for r in rows if r["split"] == part):
            found = _contradictions(item["text"])
            k = per_kind.setdefault(item["phenomenon"], Counter())
            if item["expect"]:
                ok = _hits_pair(item["text"], found, item["flag"], item["flag2"])
                tally["TP" if ok else "FN"] += 1
                k["TP" if ok else "FN"] += 1
                tally["WRONG"] += 0 if ok or not found else 1  # a finding, but on the wrong pair
                if show and not ok:
                    print(f"FN {item['id']} {item['phenomenon']}: {item['text']}")
                    for f in found:
                        print(f"    {f.code} {f.message}")
            else:
                tally["FP" if found else "TN"] += 1
                k["FP" if found else "TN"] += 1
                if show and found:
                    print(f"FP {item['id']} {item['phenomenon']}/{item.get('control_type')}: {item['text']}")
                    for f in found:
                        print(f"    {f.code} {f.message} [{f.excerpt}] / {f.related[0].excerpt if f.related else ''}")
        tp, fn, fp, tn, wrong = tally["TP"], tally["FN"], tally["FP"], tally["TN"], tally["WRONG"]
        # Precision counts every finding that is not the labelled pair: a control that fires and a
        # positive found only on a wrong pair. The control count stays the number of controls.
        false = fp + wrong
        precision = tp / (tp + false) if tp + false else 1.0
        print(f"blind passages [{part}]: positives {tp + fn}, controls {fp + tn}"
              f"  recall {tp / max(1, tp + fn):.3f}  false alarms on controls {fp}/{tn + fp}"
              f"  wrong pair {wrong}  precision {precision:.3f}")
        print("    by phenomenon: " + ", ".join(
            f"{kind} {c['TP']}/{c['TP'] + c['FN']} fa {c['FP']}" for kind, c in sorted(per_kind.items())))
    if data == BLIND:
        blind_articles(split, show)


def blind_articles(split: str | None, show: bool) -> None:
    labels = [json.loads(line) for line in (BLIND / "articles" / "labels.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    files = sorted({lab["file"] for lab in labels})
    for part in ("dev", "test"):
        if split and part != split:
            continue
        found_n = total = false = n_findings = 0
        for name in files:
            labs = [lab for lab in labels if lab["file"] == name]
            if labs[0]["split"] != part:
                continue
            path = BLIND / "articles" / name
            text = path.read_text(encoding="utf-8")
            from lint_rules.api import lint_text

            kind = "markdown" if name.endswith(".md") else "text"
            found = [f for f in lint_text(text, kind=kind, select=["contradiction"]) if f.code in CODES]
            n_findings += len(found)
            con = [lab for lab in labs if lab["family"] == "contradiction"]
            matched: set[int] = set()
            for lab in con:
                total += 1
                hit = [i for i, f in enumerate(found) if _hits_pair(text, [f], lab["flag"], lab["flag2"])]
                matched.update(hit)
                found_n += bool(hit)
                if show and not hit:
                    print(f"FN {name} {lab['phenomenon']}: {lab['flag']!r} / {lab['flag2']!r}")
            for i, f in enumerate(found):
                if i not in matched:
                    false += 1
                    if show:
                        print(f"FP? {name} {f.code} {f.message} [{f.excerpt}] / "
                              f"{f.related[0].excerpt if f.related else ''}")
        print(f"blind articles [{part}]: contradiction labels {total}, found {found_n} "
              f"(recall {found_n / max(1, total):.3f}); findings {n_findings}, matching no label {false}")


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
    from lint_rules.analysis.contradictions import claims
    from lint_rules.parsing import parse_document

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
    parser.add_argument("what", choices=["passages", "negation", "corpus", "speed", "blind", "all"])
    parser.add_argument("--split", choices=["dev", "test"], help="blind: one split only")
    parser.add_argument("corpus", nargs="?", help="health-news-articles.jsonl.gz")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--skip", type=int, default=0, help="start after this many articles")
    parser.add_argument("--show", action="store_true", help="print errors / findings")
    parser.add_argument("--data", type=Path, default=BLIND, help="blind: the folder of contradictions.jsonl")
    args = parser.parse_args(argv)
    if args.what in ("passages", "all"):
        passages(args.show)
    if args.what in ("blind", "all"):
        blind(args.split, args.show, args.data)
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
