"""Scale benchmark for the nightly scan: every corpus article scanned offline.

    python benchmarks/bench_scan.py /work/shared/corpora/health-news-articles.jsonl.gz [--jobs N]

Writes the articles as Markdown files (title, authors and date as front matter) into a
temporary folder, then runs ``healthlint scan --offline`` three times in a subprocess: a cold scan into a
fresh site, then twice with nothing changed (results from the cache; the first rerun
rewrites every page because each finding's mark turns from new to persisting, the second
is the nightly steady state).
Prints wall time, CPU time of all its processes (wall time is only meaningful on an
otherwise idle machine; CPU time / cores is the floor) and the peak resident memory of the whole process tree (the scan and its
worker processes, sampled from /proc), plus the number of articles and findings.
Targets (issue 8): cold scan <= 60 s on 2 cores, peak memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def write_articles(corpus: Path, folder: Path, limit: int | None) -> int:
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n >= limit:
                break
            a = json.loads(line)
            sub = folder / str(a.get("collection") or "misc")
            sub.mkdir(parents=True, exist_ok=True)
            authors = a.get("authors") or []
            front = ["---", f"title: {json.dumps(a.get('title') or '')}"]
            if authors:
                front.append(f"author: {json.dumps(', '.join(map(str, authors)))}")
            if a.get("publish_date"):
                front.append(f"date: {json.dumps(str(a['publish_date']))}")
            front.append("---")
            (sub / f"{a['id']}.md").write_text("\n".join(front) + "\n\n" + a["text"] + "\n", encoding="utf-8")
            n += 1
    return n


_TICK = os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """``pid -> (resident kB, CPU seconds)`` for ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    info: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                rss = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
        except (OSError, IndexError, ValueError):
            continue
        pid = int(entry)
        children.setdefault(int(stat[1]), []).append(pid)
        info[pid] = (rss, (int(stat[11]) + int(stat[12])) / _TICK)
    out, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in info:
            out[pid] = info[pid]
        stack.extend(children.get(pid, []))
    return out


def run_scan(content: Path, site: Path, jobs: int | None) -> tuple[float, int, float, str]:
    cmd = [sys.executable, "-m", "pipeline", "scan", str(content), "--out", str(site),
           "--offline", "--progress", "none"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    peak = 0
    cpu: dict[int, float] = {}  # last CPU time seen of every process of the tree
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            tree = _tree(proc.pid)
            peak = max(peak, sum(rss for rss, _ in tree.values()))
            for pid, (_, seconds) in tree.items():
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"scan failed ({proc.returncode}):\n{err}")
    return elapsed, peak, sum(cpu.values()), err.strip().splitlines()[-1] if err.strip() else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="health-news-articles.jsonl.gz")
    ap.add_argument("--jobs", type=int, help="worker processes (default: all cores)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="healthlint-bench-") as tmp:
        content, site = Path(tmp) / "content", Path(tmp) / "site"
        n = write_articles(args.corpus, content, args.limit)
        print(f"articles: {n}; cores: {os.cpu_count()}; jobs: {args.jobs or 'all cores'}; "
              f"load average before: {os.getloadavg()[0]:.1f}")
        for label in ("cold scan", "rerun, nothing changed (marks turn persisting: pages rewritten)",
                      "rerun again, nothing changed (steady state)"):
            elapsed, peak_kb, cpu, summary = run_scan(content, site, args.jobs)
            print(f"{label}: {elapsed:.1f} s wall, {cpu:.1f} s CPU (all processes), peak memory "
                  f"{peak_kb / 1024:.0f} MB ({n / elapsed:.0f} articles/s); "
                  f"load average after: {os.getloadavg()[0]:.1f}")
            print(f"  {summary}")
        data = json.loads((site / "findings.json").read_text(encoding="utf-8"))
        by_code: dict[str, int] = {}
        for f in data["files"]:
            for x in f["findings"]:
                by_code[x["code"]] = by_code.get(x["code"], 0) + 1
        pages = sum(1 for _ in (site / "articles").rglob("*.html"))
        print(f"pages: {pages} articles; findings by rule: "
              + ", ".join(f"{k} {v}" for k, v in sorted(by_code.items())))


if __name__ == "__main__":
    main()
