"""Memory flat in the number of files, and what ``--jobs`` costs (issue 17).

    python benchmarks/bench_memory.py --corpus ../shared/corpora/health-news-articles.jsonl.gz \
        [--limit 200] [--times 10] [--runs 3]

1. The first ``--limit`` corpus articles are written as ``.txt`` files into a temporary
   folder, and ``--times`` copies of that folder (hard links, so no extra disk) into
   another. ``healthlint check --jobs 1`` runs over each with every output format written
   to a file (``-o``): peak resident memory of the process tree (sampled every 20 ms from
   /proc), wall and CPU time. Goal: the ``--times``-fold run peaks within 20 % of the
   single one.
2. ``--jobs 1`` and ``--jobs 2`` over the larger folder, interleaved ``--runs`` times:
   median and minimum CPU time (user+sys of all processes) and wall time, so the CPU that
   a second worker process adds can be read on a loaded machine, where wall time cannot.

Corpus text is only ever written to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_check import compile_bytecode, healthlint_cmd, measure, write_corpus


def replicate(src: Path, dst: Path, times: int) -> int:
    """``times`` copies of ``src``'s files under ``dst/copy-N/`` (hard links when possible)."""
    n = 0
    for i in range(times):
        sub = dst / f"copy-{i:02d}"
        sub.mkdir(parents=True)
        for f in sorted(src.iterdir()):
            try:
                os.link(f, sub / f.name)
            except OSError:
                shutil.copyfile(f, sub / f.name)
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=200, help="articles in the single folder (default 200)")
    ap.add_argument("--times", type=int, default=10, help="copies in the larger folder (default 10)")
    ap.add_argument("--runs", type=int, default=3, help="interleaved --jobs 1 / --jobs 2 runs (default 3)")
    ap.add_argument("--formats", default="json,text,sarif,github", help="formats for part 1")
    args = ap.parse_args(argv)
    compile_bytecode()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average at start {load}.\n")
    with tempfile.TemporaryDirectory(prefix="healthlint-mem-") as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        one.mkdir()
        files, words = write_corpus(args.corpus, one, args.limit)
        total = replicate(one, many, args.times)
        out = Path(tmp) / "out"
        print(f"### Peak memory, {files:,} articles ({words:,} words) and {args.times}× that ({total:,} files), "
              "`--jobs 1`\n")
        print("| format | files | wall | CPU | peak RSS | ratio to the single folder |\n|---|---|---|---|---|---|")
        for fmt in args.formats.split(","):
            base = None
            for folder, n in ((one, files), (many, total)):
                m = measure([*healthlint_cmd(), "check", str(folder), "--jobs", "1", "--quiet",
                             "--format", fmt, "-o", str(out)], cwd=Path(tmp))
                if fmt == "json":  # the run linted every file (not a quick failure)
                    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
                    assert summary["files"] == n and not summary["files_not_linted"], summary
                base = base or m["rss_mb"]
                print(f"| {fmt} | {n:,} | {m['wall']:.1f} s | {m['cpu']:.1f} s | {m['rss_mb']:.0f} MB | "
                      f"{m['rss_mb'] / base:.2f} |")
        print(f"\n### `--jobs 1` and `--jobs 2` over {total:,} files, {args.runs} interleaved runs\n")
        samples: dict[int, list[dict[str, float]]] = {1: [], 2: []}
        for _ in range(args.runs):
            for jobs in (1, 2):
                samples[jobs].append(measure([*healthlint_cmd(), "check", str(many), "--jobs", str(jobs),
                                              "--quiet", "-o", str(out)], cwd=Path(tmp)))
        print("| jobs | median CPU | min CPU | median wall | min wall | peak RSS |\n|---|---|---|---|---|---|")
        for jobs, ms in samples.items():
            cpu = [m["cpu"] for m in ms]
            wall = [m["wall"] for m in ms]
            print(f"| {jobs} | {statistics.median(cpu):.1f} s | {min(cpu):.1f} s | {statistics.median(wall):.1f} s | "
                  f"{min(wall):.1f} s | {max(m['rss_mb'] for m in ms):.0f} MB |")
        c1 = statistics.median(m["cpu"] for m in samples[1])
        c2 = statistics.median(m["cpu"] for m in samples[2])
        w1 = min(m["wall"] for m in samples[1])
        w2 = min(m["wall"] for m in samples[2])
        print(f"\n`--jobs 2` uses {100 * (c2 / c1 - 1):+.1f} % CPU of `--jobs 1` (medians); best wall "
              f"{w1 / w2:.2f}× faster. Load average after: "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
