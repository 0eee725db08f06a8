"""Growth of linting time with input size, on shapes built to hurt a linter.

    nice python benchmarks/bench_adversarial.py                # 10 kB, 100 kB, 1 MB
    nice python benchmarks/bench_adversarial.py --sizes 10000,100000 --shapes one-line

Every shape is generated here (no corpus text): the words are this project's own cue words,
so each shape reaches the rules that react to them.

- ``no-stops``: one Markdown paragraph of short lines ("kratom may cause liver damage in
  some users") with no full stop anywhere: the whole file is one sentence.
- ``one-line``: the same words on a single line, no full stop, no line break.
- ``deep-nesting``: lists nested ten levels deep, then quotes ten deep, over and over.
- ``cue-words``: sentences packed with study, journal, negation, hedging, credential and
  claim cues ("A 2021 study published in the Journal of … found that kratom does not cure…").
- ``no-spaces``: one word of letters, hyphens and dots ("a-a.a-a…").

For each shape and size it parses the file once and runs every offline rule on it in one
process, timing CPU seconds per rule (an analysis is charged to the first rule that needs
it) under the engine's budget (``--rule-seconds``, default 120): a rule that needs longer
is reported as stopped. Prints a Markdown table: total CPU per size and the growth factor
from one size to the next (10x the input should cost about 10x: a factor near 100 is
quadratic), then the slowest rules at the largest size.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LINE = "kratom may cause liver damage in some users"
CUES = ("A 2021 study published in the Journal of Clinical Research found that kratom does not "
        "cure anxiety, though experts say it may possibly help; Dr. Jane Smith, MD, PhD, a "
        "board-certified doctor at Harvard University, said it is clinically proven to reverse "
        "diabetes and never causes side effects, according to researchers (Smith et al., 2020). ")


def make(shape: str, size: int) -> tuple[str, str]:
    """(text, kind) of about ``size`` characters."""
    if shape == "no-stops":
        unit = LINE + "\n"
        return (unit * (size // len(unit) + 1))[:size], "markdown"
    if shape == "one-line":
        unit = LINE + " "
        return (unit * (size // len(unit) + 1))[:size], "markdown"
    if shape == "deep-nesting":
        parts = []
        for depth in range(10):
            parts.append("  " * depth + f"- {LINE} level {depth}\n")
        parts.append("\n")
        for depth in range(1, 11):
            parts.append("> " * depth + f"{LINE} quoted {depth}\n")
        parts.append("\n")
        unit = "".join(parts)
        return unit * max(1, size // len(unit)), "markdown"
    if shape == "cue-words":
        return (CUES * (size // len(CUES) + 1))[:size], "markdown"
    if shape == "no-spaces":
        return ("a-a.a" * (size // 5 + 1))[:size], "text"
    raise ValueError(shape)


SHAPES = ["no-stops", "one-line", "deep-nesting", "cue-words", "no-spaces"]


def lint_timed(text: str, kind: str, rule_seconds: float) -> tuple[float, float, dict[str, float], list[str]]:
    """(parse CPU, total CPU, CPU per rule, rules stopped by the budget)."""
    from lint_rules.api import make_config
    from lint_rules.budget import BudgetExceeded, limited
    from lint_rules.config import ConfigResolver
    from lint_rules.core import RuleContext
    from lint_rules.engine import Linter
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    registry = load_registry()
    cfg = make_config()
    linter = Linter(registry, ConfigResolver(registry.rules))
    t0 = time.process_time()
    doc = parse_document("adversarial.md", text, kind)
    parse = time.process_time() - t0
    per_rule: dict[str, float] = {}
    stopped: list[str] = []
    for rule in linter.rules_for(cfg, network=False):
        ctx = RuleContext(cfg, cfg.options_for(rule), linter.services_for(cfg), {})
        t = time.process_time()
        try:
            with limited(rule_seconds):
                list(rule().check(doc, ctx))
        except BudgetExceeded:
            stopped.append(rule.code)
        except Exception as exc:  # report, go on
            stopped.append(f"{rule.code} ({type(exc).__name__})")
        per_rule[rule.code] = time.process_time() - t
    return parse, parse + sum(per_rule.values()), per_rule, stopped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--rule-seconds", type=float, default=120.0)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    os.environ.setdefault("HEALTHLINT_CACHE_DIR", str(Path.home() / ".cache" / "healthlint"))
    lint_timed("Warm up: a study found it works.", "markdown", args.rule_seconds)  # lexicons, caches
    print(f"load: {os.getloadavg()[0]:.1f}  python {sys.version.split()[0]}\n")
    print("| shape | " + " | ".join(f"{s // 1000:,} kB CPU s" for s in sizes) + " | growth per 10x | slowest at largest (CPU s) | stopped |")
    print("|---|" + "---|" * len(sizes) + "---|---|---|")
    for shape in shapes:
        totals, worst, stopped_all = [], "", []
        for size in sizes:
            text, kind = make(shape, size)
            parse, total, per_rule, stopped = lint_timed(text, kind, args.rule_seconds)
            totals.append(total)
            top = sorted(per_rule.items(), key=lambda kv: -kv[1])[:3]
            worst = ", ".join(f"{c} {t:.2f}" for c, t in top) + f", parse {parse:.2f}"
            stopped_all += [f"{s} @{size // 1000} kB" for s in stopped]
            print(f"  {shape} {size}: {total:.2f} s ({worst})", file=sys.stderr, flush=True)
        growth = " / ".join(f"{b / a:.0f}x" if a > 0.001 else "-" for a, b in itertools.pairwise(totals))
        print(f"| {shape} | " + " | ".join(f"{t:.2f}" for t in totals) + f" | {growth} | {worst} | {', '.join(stopped_all) or '–'} |")


if __name__ == "__main__":
    main()
