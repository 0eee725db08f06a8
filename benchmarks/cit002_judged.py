"""CIT002's (or CIT001's) judged findings as they stand today: every editor verdict on a CIT002
warning (``benchmarks/precision/verdicts-*.jsonl``) matched to the finding today's code makes on
the same article and sentence, with the features the rule and its analyses compute.

    python benchmarks/cit002_judged.py CORPUS.jsonl.gz            # precision, tuning and held halves
    python benchmarks/cit002_judged.py CORPUS.jsonl.gz --half tune --show   # the tuning half's rows
    python benchmarks/cit002_judged.py CORPUS.jsonl.gz --code CIT001 --pairs  # CIT001, with the paired draws

``--code CIT001`` reads the verdicts on the other evidence rule the same way. ``--pairs`` adds
the end draws of the paired samples (s173 to s241: ``sample-sN-end.json`` judged in
``verdicts-sN-pair-end.jsonl``), alternately tune and held from s173, except s241, whose
WRONG verdicts were read to write the seventeenth session's cit17 branch: tune.

The samples were drawn on older commits; a verdict is kept when today's code still reports
CIT002 (at any severity) in the sentence the middle of the judged span sits in (the drawn texts
differ from today's by a character or two: a span's start may fall in the sentence before). The split is by sample, so
that one editor's session is never on both sides: the samples sorted by seed, alternately
assigned (``SPLIT`` below). Tune on ``tune``; ``held`` is reported as aggregate figures only
(``--show`` refuses it).

Precision counts RIGHT 1, DEBATABLE 0.5, WRONG 0, over the findings still made at
``warning``; the judged findings today's code reports at ``info`` are counted by verdict
(RIGHT moved to info is the cost), and those the claim_role frames moved there by frame.
No corpus text is written anywhere.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from audit_corpus import as_text, load

PRECISION = Path(__file__).resolve().parent / "precision"
SCORES = {"RIGHT": 1.0, "DEBATABLE": 0.5, "WRONG": 0.0}

#: (sample, verdicts) pairs with CIT002 verdicts; the paired s157 files need map-s157.json
#: and are left out, as is s157-end (judged only in the pair).
SAMPLES = [
    ("s16", "verdicts-s16.jsonl"), ("s17", "verdicts-s17.jsonl"), ("s41", "verdicts-s41.jsonl"),
    ("s53", "verdicts-s53.jsonl"), ("s61", "verdicts-s61.jsonl"), ("s77", "verdicts-s77-self.jsonl"),
    ("s83", "verdicts-s83.jsonl"), ("s109", "verdicts-s109.jsonl"), ("s127", "verdicts-s127.jsonl"),
    ("s137", "verdicts-s137.jsonl"), ("s139-cit002-start", "verdicts-s139-cit002-start.jsonl"),
    ("s139-cit002", "verdicts-s139-cit002.jsonl"), ("s149", "verdicts-s149.jsonl"),
    ("s151-start", "verdicts-s151-start.jsonl"), ("s151-end", "verdicts-s151-end.jsonl"),
    ("s157-start", "verdicts-s157-start.jsonl"), ("s163-cit", "verdicts-s163-cit.jsonl"),
]
#: The split, by sample: in the order above, even positions tune, odd positions are held.
#: s139's two draws (start and end of one session, same seed) fall on opposite sides by
#: position, so they are put together on the held side, with s151's pair on the tuning side.
SPLIT = {name: ("tune" if i % 2 == 0 else "held") for i, (name, _) in enumerate(SAMPLES)}
SPLIT.update({"s139-cit002-start": "held", "s139-cit002": "held", "s151-start": "tune", "s151-end": "tune"})
#: The paired draws' end samples (``--pairs``), each judged in its pair's end verdicts.
PAIRS = [(f"s{n}-end", f"verdicts-s{n}-pair-end.jsonl") for n in (173, 181, 193, 201, 211, 221, 231, 241)]
SPLIT.update({name: ("tune" if i % 2 == 0 else "held") for i, (name, _) in enumerate(PAIRS)})
SPLIT["s241-end"] = "tune"


def judged(code: str = "CIT002", pairs: bool = False) -> list[dict]:
    rows = []
    for name, vfile in SAMPLES + (PAIRS if pairs else []):
        sample = json.loads((PRECISION / f"sample-{name}.json").read_text(encoding="utf-8"))
        verdicts = {}
        for line in (PRECISION / vfile).read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                verdicts[v["id"]] = v
        for f in sample["findings"]:
            if f["code"] == code and f["id"] in verdicts:
                rows.append({"sample": name, "half": SPLIT[name], "id": f["id"], "article": f["article"],
                             "start": f["start"], "end": f["end"], "verdict": verdicts[f["id"]]["verdict"],
                             "reason": verdicts[f["id"]].get("reason", "")})
    return rows


def features(finding: Any) -> dict:
    """What today's code says of a finding: its severity and the rule's evidence (``framed``:
    the claim_role frame that made it info, if any)."""
    ev = finding.evidence or {}
    return {"severity": finding.severity.name.lower(),
            **{k: v for k, v in ev.items() if k != "phrase"}, "phrase": ev.get("phrase", "")}


def match(articles: dict[str, dict], rows: list[dict], code: str = "CIT002") -> list[dict]:
    from lint_rules.api import lint_document, make_config
    from lint_rules.loading import normalise_newlines
    from lint_rules.parsing import parse_document

    cfg = make_config([code])
    by_article: dict[str, list[dict]] = {}
    for r in rows:
        by_article.setdefault(r["article"], []).append(r)
    out = []
    for art, judged_rows in sorted(by_article.items()):
        text, _ = as_text(articles[art])
        doc = parse_document(f"{art}.txt", normalise_newlines(text), "text")
        found = lint_document(doc, cfg)
        starts = [s.start for s in doc.sentences]

        def sentence_of(pos: int, starts: list[int] = starts) -> int:
            return bisect.bisect_right(starts, pos) - 1

        today = {}
        for f in found:
            if f.code == code:
                today.setdefault(sentence_of(f.start), f)
        for r in judged_rows:
            # the middle of the judged span: the texts the samples were drawn from differ from
            # today's by a character or two, which put a span opening its sentence in the one before
            k = sentence_of((r["start"] + r["end"]) // 2)
            f = today.get(k)
            row = dict(r, sentence=k, made=f is not None)
            if f is not None:
                row.update(features(f))
            out.append(row)
    return out


def report(rows: list[dict], label: str) -> None:
    made = [r for r in rows if r["made"]]
    warn = [r for r in made if r["severity"] != "info"]
    info = [r for r in made if r["severity"] == "info"]
    prec = sum(SCORES[r["verdict"]] for r in warn) / len(warn) if warn else float("nan")
    allp = sum(SCORES[r["verdict"]] for r in made) / len(made) if made else float("nan")
    print(f"{label}: judged {len(rows)}, still made {len(made)} (all severities precision {allp:.3f}); "
          f"warning {len(warn)} precision {prec:.3f} {dict(Counter(r['verdict'] for r in warn))}; "
          f"info {len(info)} {dict(Counter(r['verdict'] for r in info))}")
    framed = [r for r in info if r.get("framed")]
    print(f"  of the info, framed as background (claim_role): {len(framed)} "
          f"{dict(Counter(r['verdict'] for r in framed))} {dict(Counter(r['framed'] for r in framed))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--half", choices=("tune", "held", "all"), default="all")
    ap.add_argument("--code", choices=("CIT001", "CIT002"), default="CIT002")
    ap.add_argument("--pairs", action="store_true", help="add the paired draws' end samples (s173 to s241)")
    ap.add_argument("--show", action="store_true", help="print the tuning half's rows (never the held half's)")
    ap.add_argument("--json", type=Path, help="write the tuning half's rows here (outside the project)")
    args = ap.parse_args(argv)
    rows = judged(args.code, args.pairs)
    need = {r["article"] for r in rows}
    articles = {a["id"]: a for a in load(args.corpus) if a["id"] in need}
    rows = match(articles, rows, args.code)
    for half in ("tune", "held"):
        if args.half in (half, "all"):
            report([r for r in rows if r["half"] == half], half)
    if args.half == "all":
        report(rows, "all")
    if args.show or args.json:
        if args.half != "tune":
            sys.exit("--show/--json: the tuning half only (--half tune)")
        tune = [r for r in rows if r["half"] == "tune"]
        if args.json:
            args.json.write_text("\n".join(json.dumps(r) for r in tune), encoding="utf-8")
        if args.show:
            for r in tune:
                print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
