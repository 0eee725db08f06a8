"""Draw corpus articles whose completeness findings name a main intervention, to judge the
subject by hand (issue 15, subject20).

    python pipeline.py check --offline --select CMP --format json --jobs 1 FOLDER > run.json
    python benchmarks/draw_subjects.py run.json [--seed 20] [--n 40] [--verdicts FILE]

Reads a ``pipeline.py check --format json`` run of the CMP rules over the corpus folder
(never writes to it), keeps the articles whose findings name an intervention (their
``intervention`` evidence), shuffles their ids with ``--seed`` and prints the first ``--n``:
id and the intervention named. With ``--verdicts`` (a TSV of ``id, intervention, verdict, should_be``: RIGHT or WRONG for the
name a run gives, judged by a person against the article, and what the subject should be,
``-`` for "no specific intervention") it scores the run; an (id, name) pair the file lacks is
printed as NEW to judge. Run it on two trees' runs with ``--ids`` (the first draw's ids) to
judge the same articles. The file holds ids and the judge's words only, no corpus text.
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
    ap.add_argument("--verdicts", type=Path, help="TSV: id, intervention, verdict, should_be")
    args = ap.parse_args(argv)
    run = named(args.run)
    if args.ids:
        ids = [x.strip() for x in args.ids.read_text().splitlines() if x.strip()]
    else:
        ids = sorted(a for a, n in run.items() if n)
        random.Random(args.seed).shuffle(ids)
        ids = ids[:args.n]
    judged: dict[tuple[str, str], str] = {}
    if args.verdicts and args.verdicts.is_file():
        with args.verdicts.open(encoding="utf-8", newline="") as fh:
            judged = {(r["id"], r["intervention"]): r["verdict"] for r in csv.DictReader(fh, delimiter="\t")}
    counts = {"RIGHT": 0, "WRONG": 0, "NEW": 0}
    for art in ids:
        name = run.get(art, "") or "(none)"
        verdict = judged.get((art, name), "NEW") if judged else ""
        if verdict:
            counts[verdict] = counts.get(verdict, 0) + 1
        print(f"{art}\t{name}\t{verdict}")
    if judged:
        print("  ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
