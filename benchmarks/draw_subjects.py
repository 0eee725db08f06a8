"""Draw corpus articles whose completeness findings name a main intervention, to judge the
subject by hand (issue 15, subject20).

    python pipeline.py check --offline --select CMP --format json --jobs 1 FOLDER > run.json
    python benchmarks/draw_subjects.py run.json [--seed 20] [--n 40] [--verdicts FILE]

Reads a ``pipeline.py check --format json`` run of the CMP rules over the corpus folder
(never writes to it), keeps the articles whose findings name an intervention (their
``intervention`` evidence), shuffles their ids with ``--seed`` and prints the first ``--n``:
id and the intervention named. With ``--verdicts`` (a TSV of ``id, judged, subject``: the
subject a person judged the article to be about, or ``-`` for "no specific intervention"),
it scores the run: a row is RIGHT when the run names that subject (or names none where the
judge wrote ``-``). Run it on two trees' runs with the same seed to judge the same articles.
The judgement file holds ids and the judge's words only, no corpus text.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path


def named(run: Path) -> dict[str, str]:
    """Article id -> the intervention its CMP findings name ("" when none fires)."""
    out: dict[str, str] = {}
    for f in json.loads(run.read_text(encoding="utf-8"))["files"]:
        art = Path(f["path"]).stem
        names = sorted({str(x["evidence"]["intervention"]).lower() for x in f["findings"]
                        if x["code"].startswith("CMP") and isinstance(x.get("evidence"), dict)
                        and x["evidence"].get("intervention")})
        out[art] = " | ".join(names)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="the JSON of a CMP run whose articles are drawn")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--ids", type=Path, help="score these ids (one a line) instead of drawing")
    ap.add_argument("--verdicts", type=Path, help="TSV: id, judged subject ('-' = none)")
    args = ap.parse_args(argv)
    run = named(args.run)
    if args.ids:
        ids = [x.strip() for x in args.ids.read_text().splitlines() if x.strip()]
    else:
        ids = sorted(a for a, n in run.items() if n)
        random.Random(args.seed).shuffle(ids)
        ids = ids[:args.n]
    judged: dict[str, str] = {}
    if args.verdicts and args.verdicts.is_file():
        with args.verdicts.open(encoding="utf-8", newline="") as fh:
            judged = {r["id"]: r["subject"].lower() for r in csv.DictReader(fh, delimiter="\t")}
    right = wrong = 0
    for art in ids:
        name = run.get(art, "")
        verdict = ""
        if art in judged:
            ok = (judged[art] == "-" and not name) or (judged[art] != "-" and judged[art] in name.split(" | "))
            right, wrong = right + ok, wrong + (not ok)
            verdict = "RIGHT" if ok else "WRONG"
        print(f"{art}\t{name or '(none)'}\t{verdict}")
    if judged:
        print(f"RIGHT {right}  WRONG {wrong}  unjudged {len(ids) - right - wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
