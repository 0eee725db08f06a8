"""Claim subject probes (issue 14): does a claim go to the intervention its clause is about?

    python benchmarks/measure_subjects.py [--show]

Runs the written probes of ``tests/subject_probes.py`` (short articles whose last sentence
makes the opposite claim with another food or drug as its subject, or with the same
intervention under another name) and counts those whose contradiction finding is as
expected, overall and by the form of the subject. ``--show`` prints every probe's result.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from subject_probes import PROBES

from lint_rules.analysis.contradictions import conflicts
from lint_rules.parsing import parse_document


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every probe's result")
    args = ap.parse_args()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for pid, form, text, want in PROBES:
        got = bool(conflicts(parse_document("<t>", text, "text")))
        total[form] += 1
        right[form] += got == want
        if args.show:
            print(f"{'ok ' if got == want else 'BAD'} {pid:20} {form:14} contradiction expected {want}, found {got}")
    print(f"subject probes: {sum(right.values())}/{sum(total.values())} right")
    print("    by form: " + ", ".join(f"{f} {right[f]}/{total[f]}" for f in sorted(total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
