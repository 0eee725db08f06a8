"""Does a change leave every finding as it was? For pure speed work, whose rule is: faster,
and not one finding different.

    python benchmarks/same_findings.py record REF.json [--corpus CORPUS.jsonl.gz --limit 400]
    python benchmarks/same_findings.py compare REF.json [--corpus ... --limit 400]

Runs ``healthlint check --format json --no-cache --jobs 1`` over the fixtures, the blind
articles (``benchmarks/blind/articles``) and, with ``--corpus``, the first ``--limit`` corpus
articles written as ``.txt`` to a temporary folder (removed afterwards; corpus text never
enters the project). The checkout this script sits in is the code that runs (``PYTHONPATH``
is set to it). ``record`` saves each file's entry of the JSON report (findings with rule,
position, message, related spans and evidence; and the metrics) to ``REF.json``;
``compare`` runs again and lists every file whose entry differs, finding by finding, and
exits 1 if any does. Paths are stored relative to the folder they were found under, so a
reference recorded from one checkout can be compared from another.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import write_corpus  # noqa: E402  (the corpus written as bench_check writes it)

FOLDERS = {"fixtures": ROOT / "fixtures", "blind": ROOT / "benchmarks" / "blind" / "articles"}


def lint(label: str, folder: Path) -> dict[str, Any]:
    """Each file's entry of the JSON report, keyed by ``label/relative path``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory(prefix="same-findings-") as tmp:
        out = Path(tmp) / "report.json"
        env.setdefault("HEALTHLINT_CACHE_DIR", str(Path(tmp) / "cache"))
        proc = subprocess.run([sys.executable, "-m", "pipeline", "check", str(folder), "--format", "json",
                               "--no-cache", "--offline", "--jobs", "1", "--quiet", "-o", str(out)],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 1) or not out.exists():
            raise SystemExit(f"check failed on {folder} ({proc.returncode}): {proc.stderr[-800:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    entries: dict[str, Any] = {}
    for entry in report["files"]:
        path = Path(entry["path"])
        try:
            rel = path.resolve().relative_to(folder.resolve())
        except ValueError:
            rel = path
        entries[f"{label}/{rel.as_posix()}"] = _strip({k: v for k, v in entry.items() if k != "path"})
    return entries


def _strip(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry without fingerprints: they hash the path (a temporary folder here) with the
    code and the flagged words, which are compared anyway."""
    for finding in entry.get("findings") or []:
        finding.pop("fingerprint", None)
    return entry


def lint_all(corpus: Path | None, limit: int) -> dict[str, Any]:
    entries: dict[str, Any] = {}
    for label, folder in FOLDERS.items():
        entries.update(lint(label, folder))
    if corpus:
        with tempfile.TemporaryDirectory(prefix="same-findings-corpus-") as tmp:
            folder = Path(tmp)
            write_corpus(corpus, folder, limit)
            entries.update(lint("corpus", folder))
    return entries


def _key(finding: dict[str, Any]) -> str:
    return f"{finding['code']} {finding['line']}:{finding['column']}"


def differences(ref: dict[str, Any], now: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name in sorted(set(ref) | set(now)):
        a, b = ref.get(name), now.get(name)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{name}: {'new file' if a is None else 'missing now'}")
            continue
        for key in sorted(set(a) | set(b)):
            if key != "findings" and a.get(key) != b.get(key):
                out.append(f"{name}: {key} differs: {json.dumps(a.get(key))[:200]} -> {json.dumps(b.get(key))[:200]}")
        fa, fb = a.get("findings") or [], b.get("findings") or []
        sa = [json.dumps(f, sort_keys=True) for f in fa]
        sb = [json.dumps(f, sort_keys=True) for f in fb]
        gone = [f for f, s in zip(fa, sa, strict=True) if s not in sb]
        came = [f for f, s in zip(fb, sb, strict=True) if s not in sa]
        for f in gone:
            out.append(f"{name}: - {_key(f)} {f['message'][:120]}")
        for f in came:
            out.append(f"{name}: + {_key(f)} {f['message'][:120]}")
        if not gone and not came and sa != sb:
            out.append(f"{name}: the same findings in another order")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("reference", type=Path, help="the reference JSON file (written by record)")
    parser.add_argument("--corpus", type=Path, help="health-news-articles.jsonl.gz")
    parser.add_argument("--limit", type=int, default=400, help="corpus articles (default 400)")
    args = parser.parse_args(argv)
    now = lint_all(args.corpus, args.limit)
    findings = sum(len(e.get("findings") or []) for e in now.values())
    if args.mode == "record":
        args.reference.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
        print(f"recorded {len(now)} files, {findings} findings -> {args.reference}")
        return 0
    ref = {k: _strip(v) for k, v in json.loads(args.reference.read_text(encoding="utf-8")).items()}
    diff = differences(ref, now)
    if diff:
        print("\n".join(diff[:200]))
        print(f"{len(diff)} differences over {len(now)} files")
        return 1
    print(f"same: {len(now)} files, {findings} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
