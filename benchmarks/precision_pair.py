"""Judge two draws of one seed together (the start and the end of a change), so the editor
cannot tell which commit a finding came from.

    python benchmarks/precision_pair.py combine START.jsonl END.jsonl BOTH.jsonl MAP.json --seed 151
    python benchmarks/precision_pair.py split MAP.json VERDICTS-BOTH.jsonl OUT-PREFIX

``combine`` takes the two judge files ``precision_sample.py draw --judge`` wrote on each commit,
keeps one copy of a finding drawn on both (same article, rule, offsets and message), shuffles
them with the seed and renumbers them J001…; the map says which draw (and which F-id) each came
from. ``split`` turns the editor's verdicts on the combined file back into one verdict file per
draw (OUT-PREFIX-start.jsonl, OUT-PREFIX-end.jsonl), for ``precision_sample.py score``. The judge
files hold corpus text and stay outside the project; the map and the split verdicts do not.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def combine(start: Path, end: Path, both: Path, map_path: Path, seed: int) -> None:
    seen: dict[tuple, list[tuple[str, str]]] = {}
    items: list[tuple[tuple, dict]] = []
    for side, path in (("start", start), ("end", end)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            key = (row["article"], row["code"], row["start"], row["end"], row["message"])
            if key not in seen:
                seen[key] = []
                items.append((key, row))
            seen[key].append((side, row["id"]))
    random.Random(seed).shuffle(items)
    mapping: dict[str, list[tuple[str, str]]] = {}
    with both.open("w", encoding="utf-8") as out:
        for i, (key, row) in enumerate(items, 1):
            jid = f"J{i:03d}"
            mapping[jid] = seen[key]
            out.write(json.dumps({**row, "id": jid}) + "\n")
    map_path.write_text(json.dumps(mapping, indent=0), encoding="utf-8")
    shared = sum(len(v) > 1 for v in mapping.values())
    print(f"{len(items)} findings to judge, {shared} drawn on both commits")


def split(map_path: Path, verdicts: Path, prefix: str) -> None:
    mapping = json.loads(map_path.read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {"start": [], "end": []}
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        v = json.loads(line)
        for side, fid in mapping[v["id"]]:
            out[side].append({"id": fid, "verdict": v["verdict"], "reason": v["reason"], "judged_as": v["id"]})
    for side, rows in out.items():
        path = Path(f"{prefix}-{side}.jsonl")
        path.write_text("".join(json.dumps(r) + "\n" for r in sorted(rows, key=lambda r: r["id"])), encoding="utf-8")
        print(f"{side}: {len(rows)} verdicts -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("combine")
    c.add_argument("start", type=Path)
    c.add_argument("end", type=Path)
    c.add_argument("both", type=Path)
    c.add_argument("map", type=Path)
    c.add_argument("--seed", type=int, required=True)
    s = sub.add_parser("split")
    s.add_argument("map", type=Path)
    s.add_argument("verdicts", type=Path)
    s.add_argument("prefix")
    args = parser.parse_args()
    if args.what == "combine":
        combine(args.start, args.end, args.both, args.map, args.seed)
    else:
        split(args.map, args.verdicts, args.prefix)


if __name__ == "__main__":
    main()
