"""Contradiction-injection benchmark: plant blind-written conflicting pairs in real articles.

    python benchmarks/bench_injection.py CORPUS.jsonl.gz [--articles 60] [--seed 14]
                                         [--split dev|test] [--show] [--data DIR]

The pairs are ``benchmarks/blind/injections.jsonl`` (``--data``: another blind set's
folder, such as ``benchmarks/blind/v3``; written by someone who never read the
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
at a planted sentence), and false alarms on the same articles without injections. With
``--show`` (dev only) each miss is given the stage that loses it (``classify_miss``) and
the misses are counted by stage.
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


def classify_miss(text: str, a: str, b: str) -> tuple[str, str]:
    """The stage that loses a planted pair (for ``--show``, dev only): a side with no claim
    in its sentence ("A not extracted", "B not extracted", "neither extracted"), claims that
    no rule sets against each other ("claims do not conflict"), a conflicting pair about two
    interventions ("subject differs"), a pair a gate holds apart (its name), or "paired
    elsewhere" (the odd claim's finding shows another partner, or none for another reason).
    The gates are listed in the order ``analysis/contradictions._held_apart`` asks them; this is
    a diagnostic, not the rule."""
    from lint_rules.analysis import assertions as A
    from lint_rules.analysis import claim_limits as L
    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis import scopes as S
    from lint_rules.analysis.concepts import get_lexicon
    from lint_rules.analysis.typed_claims import same_name, same_subject, typed_claims
    from lint_rules.parsing import parse_document

    doc = parse_document("<a>", text, "text")
    a0 = doc.text.find(a)
    b0 = doc.text.find(b, a0 + 1)

    def sentences(lo: int, hi: int) -> set[int]:
        return {i for i, s in enumerate(doc.sentences) if s.start < hi and lo < s.end}

    sa, sb = sentences(a0, a0 + len(a)), sentences(b0, b0 + len(b))
    found: list = [*R.claims(doc), *typed_claims(doc)]
    ca = [c for c in found if c.sentence in sa]
    cb = [c for c in found if c.sentence in sb]
    if not ca or not cb:
        return ("neither extracted" if not ca and not cb else "A not extracted" if not ca
                else "B not extracted"), ""
    lexicon = get_lexicon()
    conflicts = [(x, y) for x in ca + cb for y in (cb if x in ca else ca) for _ in R.opposes(lexicon, x, y)]
    if not conflicts:
        return "claims do not conflict", ""

    def same(x: object, y: object) -> bool:
        if isinstance(x, R.Claim) and isinstance(y, R.Claim):
            return x.subject == y.subject and same_name(x.agent, y.agent)
        return same_subject(x, y)  # type: ignore[arg-type]

    paired = [(x, y) for x, y in conflicts if same(x, y)]
    if not paired:
        x, y = conflicts[0]
        return "subject differs", f"{R.agent(x) or x.subject!r} / {R.agent(y) or y.subject!r}"
    gates = {
        "disputed": lambda x, y: L.disputed(doc, x.sentence, y.sentence),
        "comparator": lambda x, y: L.comparator_apart(doc, x.sentence, y.sentence),
        "scope": lambda x, y: bool(S.claims_apart(doc, (x.sentence, x.start, x.end), (y.sentence, y.start, y.end))),
        "disease state": lambda x, y: L.disease_state(doc, x.sentence) or L.disease_state(doc, y.sentence),
        "named apart": lambda x, y: L.named_apart(R.agent(x), R.agent(y)),
        "sentence names another": lambda x, y: L.sentence_names_apart(doc, y.sentence, R.agent(x))
        or L.sentence_names_apart(doc, x.sentence, R.agent(y)),
        "other member": lambda x, y: A.other_member_apart(doc, y.sentence, x.sentence)
        or A.other_member_apart(doc, x.sentence, y.sentence),
        "opening names another": lambda x, y: A.opening_names_apart(doc, x.sentence, y.sentence),
        "contrasted": lambda x, y: A.contrasted_other(doc, y.sentence, R.agent(x))
        or A.contrasted_other(doc, x.sentence, R.agent(y)),
        "variant": lambda x, y: A.variant_apart(doc, y.sentence, R.agent(x))
        or A.variant_apart(doc, x.sentence, R.agent(y)) or A.other_variant(doc, x.sentence, y.sentence),
    }
    hit = sorted({name for x, y in paired for name, gate in gates.items() if gate(x, y)})
    if hit:
        return "gate", ", ".join(hit)
    return "paired elsewhere", ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--split", choices=["dev", "test"])
    parser.add_argument("--show", action="store_true", help="print failures (dev only)")
    parser.add_argument("--data", type=Path, default=BLIND, help="the folder of injections.jsonl")
    parser.add_argument("--picks", type=Path,
                        help="the articles and names to inject into: read from this JSON file when it exists, "
                             "else picked and written there (so a start and an end tree are measured on the "
                             "same articles even when the interventions analysis changed between them)")
    args = parser.parse_args(argv)
    pairs = [json.loads(line) for line in (args.data / "injections.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    start = time.process_time()
    if args.picks is not None and args.picks.exists():
        articles = [(a, n, list(p)) for a, n, p in json.loads(args.picks.read_text(encoding="utf-8"))]
    else:
        articles = pick_articles(args.corpus, args.articles, args.seed)
        if args.picks is not None:  # corpus text: keep the file outside the project
            args.picks.write_text(json.dumps(articles), encoding="utf-8")
    baseline = {aid: _lint("\n\n".join(paras)) for aid, _, paras in articles}
    base_false = sum(len(v) for v in baseline.values())
    print(f"injection: {len(articles)} articles (seed {args.seed}); findings on them without "
          f"injections: {base_false} in {sum(bool(v) for v in baseline.values())} articles")
    if args.show:
        for aid, found in baseline.items():
            for f in found:
                print(f"  base {aid} {f.code} [{f.excerpt}] / {f.related[0].excerpt if f.related else ''}")
    rng = random.Random(args.seed)
    stages: Counter[str] = Counter()
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
                    stage, detail = classify_miss(text, a, b)
                    stages[stage] += 1
                    print(f"    stage: {stage}{' (' + detail + ')' if detail else ''}")
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
        if args.show and stages:
            print("    misses by stage: " + ", ".join(f"{k} {v}" for k, v in stages.most_common()))
            stages.clear()
        tp, fn, fp, tn = tally["TP"], tally["FN"], tally["FP"], tally["TN"]
        print(f"injection [{part}]: positives {tp + fn} recall {tp / max(1, tp + fn):.3f}; "
              f"controls {fp + tn} false alarms {fp}")
        print("    by kind: " + ", ".join(f"{kind} {c['TP']}/{c['TP'] + c['FN']} fa {c['FP']}"
                                         for kind, c in sorted(kinds.items())))
    print(f"CPU {time.process_time() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
