"""Precision audit: what the default offline rules say on a random sample of real articles.

    python benchmarks/audit_corpus.py CORPUS.jsonl.gz --sample 100 --seed 1
    python benchmarks/audit_corpus.py CORPUS.jsonl.gz --sample 100 --seed 1 --show [--codes CIT,REF]

Draws ``--sample`` articles at random (``--seed`` makes the draw repeatable) from the
health-news corpus (gzip JSON lines: id, title, authors, publish_date, text), writes each to
a temporary folder as a ``.txt`` file the way a site would print it (title, "By …" byline
when the corpus names authors, "Published <date>" line, body), and runs
``healthlint check --offline --format json`` over the folder with every default rule. META004
is told to judge each article as of its own publication day (articles the corpus gives no date
are judged as of the corpus's newest date), so an old story is not "stale" just because the
corpus is old. The corpus text never leaves the temporary folder.

Prints a table per rule: findings by severity and the number of articles with at least one
warning or error. ``--show`` then prints every warning- and error-level finding (``--min info``
for all) with its message and the sentence around it, for a person to judge.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

SEVERITIES = ("error", "warning", "info")


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def as_text(article: dict) -> tuple[str, dt.date | None]:
    lines = [(article.get("title") or "").strip()]
    authors = [a.strip() for a in article.get("authors") or [] if a and a.strip()]
    if authors:
        lines.append("By " + ", ".join(authors))
    date = None
    if article.get("publish_date"):
        date = dt.datetime.fromtimestamp(float(article["publish_date"]), dt.UTC).date()
        lines.append(f"Published {date.strftime('%B')} {date.day}, {date.year}")
    body = (article.get("text") or "").strip()
    return "\n".join(line for line in lines if line) + "\n\n" + body + "\n", date


def write_sample(articles: list[dict], folder: Path, collected: dt.date) -> None:
    overrides = [f'[rules.META004]\ntoday = "{collected.isoformat()}"\n']
    for art in articles:
        text, date = as_text(art)
        name = f"{art['id']}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        if date:
            overrides.append(f'[[overrides]]\npaths = ["{name}"]\n'
                             f'rules = {{ META004 = {{ today = "{date.isoformat()}" }} }}\n')
    (folder / ".healthlint.toml").write_text("\n".join(overrides), encoding="utf-8")


def run_check(folder: Path, jobs: int) -> dict:
    proc = subprocess.run(
        [shutil.which("healthlint") or "healthlint", "check", "--offline", "--format", "json",
         "--quiet", "--no-cache", "--jobs", str(jobs), "."],
        cwd=folder, capture_output=True, text=True)
    if not proc.stdout.strip():
        sys.exit(f"healthlint produced no report (exit {proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def context(source: str, start: int, end: int, width: int = 220) -> str:
    """The text around a finding, clipped to its paragraph, with the flagged span in [[ ]]."""
    left = source.rfind("\n\n", 0, start)
    right = source.find("\n\n", end)
    lo = max(left + 2 if left >= 0 else 0, start - width)
    hi = min(right if right >= 0 else len(source), end + width)
    snippet = source[lo:start] + "[[" + source[start:end] + "]]" + source[end:hi]
    return " ".join(snippet.split())


def table(report: dict, n_articles: int) -> None:
    by_rule: dict[str, Counter] = defaultdict(Counter)
    affected: dict[str, set] = defaultdict(set)
    for f in report["files"]:
        for x in f["findings"]:
            by_rule[x["code"]][x["severity"]] += 1
            if x["severity"] != "info":
                affected[x["code"]].add(f["path"])
    print(f"{'rule':8} {'error':>6} {'warning':>8} {'info':>6} {'articles (warn+)':>17}")
    total = Counter()
    for code in sorted(by_rule):
        c = by_rule[code]
        total.update(c)
        print(f"{code:8} {c['error']:6} {c['warning']:8} {c['info']:6} {len(affected[code]):17}")
    any_warn = {f["path"] for f in report["files"]
                if any(x["severity"] != "info" for x in f["findings"])}
    print(f"{'all':8} {total['error']:6} {total['warning']:8} {total['info']:6} {len(any_warn):17}")
    serious = total["error"] + total["warning"]
    print(f"\n{n_articles} articles; warnings+errors: {serious} "
          f"({100 * serious / max(1, n_articles):.1f} per 100 articles)")


def show(report: dict, folder: Path, codes: list[str], minimum: str) -> None:
    keep = SEVERITIES[: SEVERITIES.index(minimum) + 1]
    for f in report["files"]:
        source = None
        for x in f["findings"]:
            if x["severity"] not in keep or (codes and not any(x["code"].startswith(c) for c in codes)):
                continue
            if source is None:
                source = (folder / f["path"]).read_text(encoding="utf-8")
            print(f"\n{f['path']}:{x['line']}:{x['column']} {x['code']} {x['severity']}: {x['message']}")
            print(f"    {context(source, x['start_offset'], x['end_offset'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="health-news-articles.jsonl.gz")
    ap.add_argument("--sample", type=int, default=100, help="articles to draw (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the draw (default 1)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", action="store_true", help="print each finding with its sentence")
    ap.add_argument("--codes", default="", help="with --show: only these code prefixes (comma-separated)")
    ap.add_argument("--min", choices=SEVERITIES, default="warning", help="with --show: lowest severity shown")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"no such corpus file: {args.corpus}")
    articles = load(args.corpus)
    sample = random.Random(args.seed).sample(articles, min(args.sample, len(articles)))
    with tempfile.TemporaryDirectory(prefix="healthlint-audit-") as tmp:
        folder = Path(tmp)
        newest = max(float(a["publish_date"]) for a in articles if a.get("publish_date"))
        write_sample(sample, folder, dt.datetime.fromtimestamp(newest, dt.UTC).date())
        report = run_check(folder, args.jobs)
        print(f"sample: {len(sample)} articles, seed {args.seed}, "
              f"{sum(len((a.get('text') or '').split()) for a in sample):,} words")
        table(report, len(sample))
        if report.get("problems"):
            print("problems:", *report["problems"], sep="\n  ")
        if args.show:
            show(report, folder, [c.strip() for c in args.codes.split(",") if c.strip()], args.min)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
