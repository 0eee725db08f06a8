"""Precision and recall per family on the blind labelled passages and articles.

    python benchmarks/measure_blind.py [--data benchmarks/blind] [--split dev|test|all]
                                       [--show dev] [--json out.json]

The blind material was written by someone who had not read the rule code, from a brief that
lists phenomena; every passage and article carries a ``split`` (``dev`` to tune on, ``test``
to report). ``--show`` prints the misses and false alarms of one split: only ever ``dev``
(looking at test failures to fix them one by one would make the test figures meaningless).

Passages (``passages.jsonl``): one short text, a ``family``, ``expect`` (true: the family's
rule must fire; false: it must not) and, when expected, the ``flag`` text. A passage counts
as found when a finding of the family's codes overlaps the flag span; a finding on an
``expect: false`` passage is a false alarm. Articles (``articles/*`` with ``labels.jsonl``):
each planted problem has a family and a flag; found when a finding of the family's codes
overlaps it; findings of a family's codes that overlap no planted problem (of any family:
a finding on a real problem labelled under another family is not a false alarm) are false alarms (an article the labeller marked clean has none planted). Counted at any
severity (``all``) and at warning level and above (``warn``).

Family to codes (the last three appear in the articles only: unfindable_study CIT001,
weak_reference REF*, contradiction CON*): vague_attribution CIT002, animal_invitro_evidence CIT004, causal_overclaim
CIT005, anecdote_as_evidence CIT003, supplement_disease_claim CLM002, absolute_or_miracle and
sensational CLM001, boilerplate_filler FIL001, promotion CLM005, credential_inflation CRD*,
missing_metadata_signal META* — except its ``advice_to_reader`` phenomenon, which is measured
on the advice analysis itself (the sentences the claims and metadata rules count as advice).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from lint_rules.api import lint_document, make_config
from lint_rules.core import Severity
from lint_rules.parsing import parse_document

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "blind"

FAMILY_CODES: dict[str, tuple[str, ...]] = {
    "vague_attribution": ("CIT002",),
    "animal_invitro_evidence": ("CIT004",),
    "causal_overclaim": ("CIT005",),
    "anecdote_as_evidence": ("CIT003",),
    "supplement_disease_claim": ("CLM002",),
    "absolute_or_miracle": ("CLM001",),
    "sensational": ("CLM001",),
    "boilerplate_filler": ("FIL001",),
    "promotion": ("CLM005",),
    "credential_inflation": ("CRD",),
    "missing_metadata_signal": ("META",),
    "advice_to_reader": ("ADVICE",),
    "unfindable_study": ("CIT001",),
    "weak_reference": ("REF",),
    "contradiction": ("CON",),
}


def family_of(row: dict[str, Any]) -> str:
    if row.get("phenomenon") == "advice_to_reader" or row.get("family") == "advice_to_reader":
        return "advice_to_reader"
    family = str(row["family"])
    return ALIASES.get(family, family)


#: Names later briefs gave a family measured here (one name each in FAMILY_CODES, so that the
#: articles' false alarms are counted once).
ALIASES = {"study_unfindable": "unfindable_study"}


def advice_spans(doc: Any) -> list[tuple[int, int]]:
    """Prose spans the advice analysis counts as advice to the reader (works on the code
    before and after the language layer: the analysis moved out of the claims rules)."""
    try:
        from lint_rules.analysis.assertions import advice_sentences
    except ImportError:  # before the language layer
        from lint_rules.rules.claims import advice_sentences  # type: ignore[no-redef]
    return [(s.start, s.end) for s in advice_sentences(doc)]


def spans(text: str, kind: str, path: str = "<blind>") -> list[tuple[str, Severity, int, int]]:
    """(code, severity, source start, source end) of every finding, plus ``ADVICE`` spans."""
    doc = parse_document(path, text, kind)
    found = [(f.code, f.severity, f.location.start_offset, f.location.end_offset)
             for f in lint_document(doc, make_config(select=["ALL"]))]
    for s, e in advice_spans(doc):
        found.append(("ADVICE", Severity.WARNING, doc.offsets.to_source(s),
                      doc.offsets.to_source(e, end=True)))
    return found


def of_family(found: list[tuple[str, Severity, int, int]], family: str, level: str) -> list[tuple[int, int]]:
    prefixes = FAMILY_CODES[family]
    return [(s, e) for code, sev, s, e in found
            if code.startswith(prefixes) and (level == "all" or sev >= Severity.WARNING)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] < b[1] and b[0] < a[1]) or (a[0] == a[1] and b[0] <= a[0] <= b[1])


Tally = dict[tuple[str, str, str], Counter[str]]


def passages(path: Path, tally: Tally, show: str | None) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        fam = family_of(row)
        text = row["text"]
        found = spans(text, "text")
        for level in ("all", "warn"):
            hits = of_family(found, fam, level)
            key = ("passages", fam, row["split"])
            if row["expect"]:
                a = text.find(row["flag"])
                flag = (a, a + len(row["flag"]))
                ok = any(overlaps(h, flag) for h in hits)
                tally.setdefault((*key, level), Counter())["tp" if ok else "fn"] += 1
                if not ok and show == row["split"] and level == "all":
                    print(f"MISS {row['id']} {fam}/{row.get('phenomenon')}: {text[:160]!r} flag={row['flag']!r}"
                          f" got={[c for c, *_ in found]}")
            else:
                bad = bool(hits)
                tally.setdefault((*key, level), Counter())["fp" if bad else "tn"] += 1
                if bad and show == row["split"] and level == "all":
                    print(f"FALSE {row['id']} {fam}/{row.get('phenomenon')}: {text[:160]!r} "
                          f"at={[text[s:e] for s, e in hits]}")


#: Families whose findings are not all labelled in the articles (every advice sentence is a
#: finding of the advice analysis, but only a few are planted problems; metadata findings
#: are about the whole article): recall only, no false alarms counted.
RECALL_ONLY = {"advice_to_reader", "missing_metadata_signal"}


def articles(folder: Path, tally: Tally, show: str | None) -> None:
    labels = folder / "labels.jsonl"
    if not labels.exists():
        return
    planted: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    split_of: dict[str, str] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        name = str(row["file"])
        split_of.setdefault(name, row.get("split", "?"))
        if row.get("family") in (None, "none") or not (folder / name).exists():
            continue
        text = (folder / name).read_text(encoding="utf-8")
        flag = row.get("flag") or ""
        a = text.find(flag) if flag else -1
        planted[name][family_of(row)].append((a, a + len(flag)) if a >= 0 else (-1, -1))
    for name, split in sorted(split_of.items()):
        file = folder / name
        if not file.exists():
            continue
        text = file.read_text(encoding="utf-8")
        kind = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}.get(file.suffix, "text")
        found = spans(text, kind, name)
        for fam in FAMILY_CODES:
            for level in ("all", "warn"):
                hits = of_family(found, fam, level)
                t = tally.setdefault(("articles", fam, split, level), Counter())  # type: ignore[arg-type]
                for flag in planted[name].get(fam, []):
                    ok = any(overlaps(h, flag) for h in hits)
                    t["tp" if ok else "fn"] += 1
                    if not ok and show == split and level == "all":
                        print(f"MISS {name} {fam}: {text[flag[0]:flag[1]]!r}")
                if fam in RECALL_ONLY:
                    continue
                every = [flag for flags in planted[name].values() for flag in flags]
                for h in hits:
                    if not any(overlaps(h, flag) for flag in every):
                        t["fp"] += 1
                        if show == split and level == "all":
                            print(f"FALSE {name} {fam}: {text[h[0]:h[1]][:120]!r}")


def report(tally: Tally, splits: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("passages", "articles"):
        rows = sorted({(f, s) for (k, f, s, _lvl) in tally if k == kind and s in splits})
        if not rows:
            continue
        print(f"\n{kind}: precision / recall per family (all severities; recall and false alarms at warning+)")
        print(f"{'family':26} {'split':5} {'TP':>3} {'FP':>3} {'FN':>3} {'P':>5} {'R':>5} {'R warn':>6} {'FP warn':>7}")
        for split in splits:
            tot: Counter[str] = Counter()
            for fam, s in rows:
                if s != split:
                    continue
                c = tally[(kind, fam, s, "all")]  # type: ignore[index]
                w = tally[(kind, fam, s, "warn")]  # type: ignore[index]
                if not (c["tp"] + c["fn"] + c["fp"] + c["tn"]):
                    continue
                tot.update(c)
                p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
                r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
                rw = w["tp"] / (w["tp"] + w["fn"]) if w["tp"] + w["fn"] else float("nan")
                # CIT001 grades a findable study `info`: at warning level it is no false alarm.
                print(f"{fam:26} {s:5} {c['tp']:3} {c['fp']:3} {c['fn']:3} {p:5.2f} {r:5.2f} {rw:6.2f} {w['fp']:7}")
                out[f"{kind}/{fam}/{s}"] = {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "precision": p,
                                            "recall": r, "recall_warning": rw, "fp_warning": w["fp"]}
            if tot:
                p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
                r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
                print(f"{'ALL':26} {split:5} {tot['tp']:3} {tot['fp']:3} {tot['fn']:3} {p:5.2f} {r:5.2f}")
                out[f"{kind}/ALL/{split}"] = {"tp": tot["tp"], "fp": tot["fp"], "fn": tot["fn"],
                                              "precision": p, "recall": r}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--show", choices=["dev"], help="print the misses and false alarms of the dev split")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    tally: Tally = {}
    if (args.data / "passages.jsonl").exists():
        passages(args.data / "passages.jsonl", tally, args.show)
    if (args.data / "articles").is_dir():
        articles(args.data / "articles", tally, args.show)
    if not tally:
        print(f"no blind material under {args.data}", file=sys.stderr)
        return 2
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    out = report(tally, splits)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
