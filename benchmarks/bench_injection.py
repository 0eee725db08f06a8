"""Contradiction-injection benchmark: plant blind-written conflicting pairs in real articles.

    python benchmarks/bench_injection.py CORPUS.jsonl.gz [--articles 60] [--seed 14]
                                         [--split dev|test] [--show] [--data DIR]

The pairs are ``benchmarks/blind/injections.jsonl`` (written by someone who never read the
rule code; see that folder's README): ``side_a`` and ``side_b`` with ``{X}`` for the
article's intervention and ``{Y}`` for a different one; ``expect`` true for a real
conflict, false for a control (hedges that agree, other interventions, questions, excluded
conditions…).

Articles are drawn from the corpus (path given on the command line; no corpus text is ever
copied into the project) with a seeded shuffle, keeping those whose main intervention the
interventions analysis finds (``lint_rules.analysis.interventions``) and that name it at
least twice. Each pair goes into one article (round robin): ``side_a`` as a new
paragraph after an early paragraph, ``side_b`` at least two paragraphs later, ``{X}``
written as the intervention appears in the article.

Reported per split: recall over the positives (one contradiction finding pointing at both
planted sentences), false alarms over the controls (any contradiction finding that points
at a planted sentence), and false alarms on the same articles without injections.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_contradiction import BLIND, CODES, _hits_pair  # noqa: E402

OTHER = ("aspirin", "ibuprofen")


def _lint(text: str) -> list:
    from lint_rules.api import lint_text

    return [f for f in lint_text(text, kind="text", select=["contradiction"]) if f.code in CODES]


def _load(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def pick_articles(path: str, n: int, seed: int) -> list[tuple[str, str, list[str]]]:
    """(article id, intervention as written, paragraphs) for ``n`` seeded articles."""
    from lint_rules.analysis.interventions import interventions
    from lint_rules.parsing import parse_document

    arts = _load(path)
    random.Random(seed).shuffle(arts)
    out = []
    for art in arts:
        paras = [p.strip() for p in (art.get("text") or "").split("\n\n") if p.strip()]
        if len(paras) < 6:
            continue
        text = f"{art.get('title') or ''}\n\n" + "\n\n".join(paras)
        doc = parse_document("<a>", text, "text")
        found = interventions(doc).main
        main = found.name if found is not None else ""
        if not main or not re.fullmatch(r"[a-z][a-z0-9' -]{3,}", main):
            continue
        hits = [m.group() for m in re.finditer(rf"(?<![A-Za-z]){re.escape(main)}(?![A-Za-z])", text,
                                                re.IGNORECASE)]
        if len(hits) < 2:
            continue
        surface = Counter(hits).most_common(1)[0][0]
        out.append((art["id"], surface, [art.get("title") or "", *paras]))
        if len(out) >= n:
            break
    return out


def inject(paras: list[str], a: str, b: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(2, len(paras) // 2))
    j = rng.randrange(min(i + 2, len(paras) - 1), len(paras))
    out = list(paras)
    out.insert(j + 1, b)
    out.insert(i + 1, a)
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--split", choices=["dev", "test"])
    parser.add_argument("--show", action="store_true", help="print failures (dev only)")
    parser.add_argument("--data", type=Path, default=BLIND,
                        help="the folder of injections.jsonl (another blind set)")
    args = parser.parse_args(argv)
    pairs = [json.loads(line) for line in (args.data / "injections.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    start = time.process_time()
    articles = pick_articles(args.corpus, args.articles, args.seed)
    baseline = {aid: _lint("\n\n".join(paras)) for aid, _, paras in articles}
    base_false = sum(len(v) for v in baseline.values())
    print(f"injection: {len(articles)} articles (seed {args.seed}); findings on them without "
          f"injections: {base_false} in {sum(bool(v) for v in baseline.values())} articles")
    if args.show:
        for aid, found in baseline.items():
            for f in found:
                print(f"  base {aid} {f.code} [{f.excerpt}] / {f.related[0].excerpt if f.related else ''}")
    rng = random.Random(args.seed)
    for part in ("dev", "test"):
        if args.split and part != args.split:
            continue
        tally: Counter[str] = Counter()
        kinds: dict[str, Counter[str]] = {}
        for k, pair in enumerate(p for p in pairs if p["split"] == part):
            aid, name, paras = articles[k % len(articles)]
            other = OTHER[0] if OTHER[0] not in name.lower() else OTHER[1]
            a = pair["side_a"].replace("{X}", name).replace("{Y}", other)
            b = pair["side_b"].replace("{X}", name).replace("{Y}", other)
            text = inject(paras, a, b, rng)
            found = _lint(text)
            c = kinds.setdefault(pair["kind"], Counter())
            if pair["expect"]:
                ok = _hits_pair(text, found, a, b)
                tally["TP" if ok else "FN"] += 1
                c["TP" if ok else "FN"] += 1
                if args.show and not ok:
                    print(f"FN {pair['id']} {pair['kind']} [{name}] A: {a}  B: {b}")
            else:
                planted = [(text.find(a), text.find(a) + len(a)), (text.find(b), text.find(b) + len(b))]
                bad = [f for f in found if any(s < pe and ps < e for s, e in
                                               ((f.start, f.end), *((r.start, r.end) for r in f.related))
                                               for ps, pe in planted)]
                tally["FP" if bad else "TN"] += 1
                c["FP" if bad else "TN"] += 1
                if args.show and bad:
                    print(f"FP {pair['id']} {pair['kind']}/{pair.get('control_type')} [{name}] A: {a}  B: {b}")
                    for f in bad:
                        print(f"    {f.code} {f.message}")
        tp, fn, fp, tn = tally["TP"], tally["FN"], tally["FP"], tally["TN"]
        print(f"injection [{part}]: positives {tp + fn} recall {tp / max(1, tp + fn):.3f}; "
              f"controls {fp + tn} false alarms {fp}")
        print("    by kind: " + ", ".join(f"{kind} {c['TP']}/{c['TP'] + c['FN']} fa {c['FP']}"
                                         for kind, c in sorted(kinds.items())))
    print(f"CPU {time.process_time() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
