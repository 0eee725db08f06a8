"""Recall and precision of the credential, metadata and reference-list findings on the
blind labelled set, and how much they depend on the file's extension.

    python benchmarks/measure_structure.py BLIND_DIR [--split dev|test|all] [--show]
    python benchmarks/measure_structure.py --corpus PATH.jsonl.gz [--n 300] [--show]

``BLIND_DIR`` holds ``articles/`` (Markdown and text articles with ``articles/labels.jsonl``,
one planted problem a line: ``file``, ``family``, ``phenomenon``, ``flag`` (the words that
carry it), ``split``) and ``passages.jsonl`` (short passages with ``family``, ``expect``,
``flag`` and ``split``). The set was written blind, by someone who had not read the rule
code; tune on ``dev`` and report ``test`` without tuning on it. Nothing from it is copied
into the project: the path is an argument.

Families and the rules that answer for them:

* ``credential_inflation``: any CRD rule, at warning level or above, whose finding
  overlaps the flagged words (in articles) or that fires at all (in passages).
* ``weak_reference``: any REF rule whose finding overlaps the flagged entry.
* ``missing_metadata_signal``: document-level conventions: ``missing_medical_reviewer`` and
  ``advice_to_reader`` are found when META003 fires on the article, ``missing_disclaimer``
  when CLM003 does. In passages (one instruction or not), the advice analysis decides.

Every article runs three times: as written, as the same text saved with the other extension
(``.md`` ↔ ``.txt``), and rendered as HTML paragraphs. A finding of these families that
matches no label is a false alarm (the set includes careful articles with no labels).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from lint_rules.api import lint_text
from lint_rules.core import Severity

FAMILIES = {
    "credential_inflation": ("CRD",),
    "weak_reference": ("REF",),
    "missing_metadata_signal": ("META003", "CLM003"),
}
DOC_LEVEL = {"missing_medical_reviewer": "META003", "advice_to_reader": "META003",
             "missing_disclaimer": "CLM003"}
KINDS = {".md": "markdown", ".txt": "text"}
OPTIONS = {"META004": {"today": "2026-12-01"}}


def as_html(text: str) -> str:
    out, items = ["<html><body><article>"], []
    for line in text.split("\n"):
        stripped = line.lstrip("# ").rstrip()
        if line.startswith(("- ", "* ")):
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if stripped:
            tag = "h2" if line.startswith("#") else "p"
            out.append(f"<{tag}>{html.escape(stripped)}</{tag}>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def family_of(code: str) -> str | None:
    for fam, prefixes in FAMILIES.items():
        if code.startswith(prefixes):
            return fam
    return None


def lint(text: str, kind: str) -> list:
    return [f for f in lint_text(text, kind=kind, options=OPTIONS) if f.severity >= Severity.WARNING]


def article_scores(blind: Path, split: str, show: bool) -> dict[str, dict[str, Counter[str]]]:
    labels = [json.loads(line) for line in (blind / "articles" / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    by_file: dict[str, list[dict]] = defaultdict(list)
    splits: dict[str, str] = {}
    for lab in labels:
        splits[lab["file"]] = lab.get("split", splits.get(lab["file"], "dev"))
        by_file[lab["file"]].append(lab)
    files = sorted(p for p in (blind / "articles").iterdir() if p.suffix in KINDS)
    result: dict[str, dict[str, Counter[str]]] = {}
    for mode in ("as written", "other extension", "html"):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for path in files:
            file_split = splits.get(path.name, _split_of_unlabelled(blind, path.name))
            if split != "all" and file_split != split:
                continue
            text = path.read_text(encoding="utf-8")
            own = KINDS[path.suffix]
            if mode == "as written":
                found, src = lint(text, own), text
            elif mode == "other extension":
                found, src = lint(text, "text" if own == "markdown" else "markdown"), text
            else:
                src = as_html(text)
                found = lint(src, "html")
            labs = [lab for lab in by_file.get(path.name, []) if lab["family"] in FAMILIES]
            used: set[int] = set()
            for lab in labs:
                fam = lab["family"]
                hit = _matches(lab, found, src, used)
                counts[fam]["TP" if hit else "FN"] += 1
                if show and not hit and mode == "as written":
                    print(f"  MISS {path.name} {fam}/{lab['phenomenon']}: {lab['flag'][:90]!r}")
            for i, f in enumerate(found):
                fam = family_of(f.code)
                if fam and i not in used:
                    counts[fam]["FP"] += 1
                    if show and mode == "as written":
                        print(f"  FALSE {path.name} {f.code}: {f.message[:110]}")
        result[mode] = counts
    return result


def _split_of_unlabelled(blind: Path, name: str) -> str:
    splits_file = blind / "articles" / "splits.json"
    if splits_file.exists():
        return str(json.loads(splits_file.read_text(encoding="utf-8")).get(name, "dev"))
    return "dev"


def _matches(lab: dict, found: list, text: str, used: set[int]) -> bool:
    """Mark and report the findings that answer for label ``lab``."""
    fam = lab["family"]
    want = DOC_LEVEL.get(lab["phenomenon"]) if fam == "missing_metadata_signal" else None
    if fam == "missing_metadata_signal":
        want = want or "META003"
        idx = [i for i, f in enumerate(found) if f.code == want]
        used.update(idx)
        return bool(idx)
    spans = []
    for flag in filter(None, (lab.get("flag"), lab.get("flag2"))):
        pos = text.find(flag)
        if pos < 0:
            pos = text.find(html.escape(flag, quote=False))
        if pos >= 0:
            spans.append((pos, pos + len(flag)))
    idx = [i for i, f in enumerate(found) if family_of(f.code) == fam and any(
        f.location.start_offset < e and s < max(f.location.end_offset, f.location.start_offset + 1)
        for s, e in spans)]
    used.update(idx)
    return bool(idx)


def passage_scores(blind: Path, split: str, show: bool) -> dict[str, Counter[str]]:
    from lint_rules.parsing import parse_document
    from lint_rules.rules.claims import advice_sentences

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in (blind / "passages.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if p["family"] not in ("credential_inflation", "missing_metadata_signal"):
            continue
        if split != "all" and p["split"] != split:
            continue
        if p["family"] == "credential_inflation":
            got = any(f.code.startswith("CRD") for f in lint(p["text"], "markdown"))
        else:
            got = bool(advice_sentences(parse_document("p.md", p["text"], "markdown")))
        key = ("TP" if got else "FN") if p["expect"] else ("FP" if got else "TN")
        counts[p["family"]][key] += 1
        if show and key in ("FN", "FP"):
            print(f"  {key} {p['id']} {p['family']}/{p['phenomenon']}: {p['text'][:100]!r}")
    return counts


def corpus(path: str, n: int, show: bool) -> None:
    """Credential and metadata findings on real news (every one a candidate false alarm:
    read them with ``--show``), and whether the same story as ``.md`` gives the same."""
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    sample = rows[:: max(1, len(rows) // n)][:n]
    counts: Counter[str] = Counter()
    differ = 0
    for row in sample:
        authors = [a.strip() for a in row.get("authors") or [] if a and a.strip()]
        byline = "\nBy " + ", ".join(authors) if authors else ""
        text = f"{row.get('title') or ''}{byline}\n\n{row['text']}"
        got = {}
        for kind in ("text", "markdown"):
            got[kind] = [f for f in lint_text(text, kind=kind, select=["credentials", "metadata", "CLM003"],
                                              options=OPTIONS) if f.severity >= Severity.WARNING]
        differ += Counter(f.code for f in got["text"]) != Counter(f.code for f in got["markdown"])
        for f in got["text"]:
            counts[f.code] += 1
            if show and f.code.startswith("CRD"):
                print(f"  {row['id']} {f.code} {f.message[:110]} :: {f.excerpt[:100]}")
    print(f"corpus: {len(sample)} articles; warnings by rule: {dict(sorted(counts.items()))}; "
          f"{differ} give other findings as .md than as .txt")


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("blind", type=Path, nargs="?")
    ap.add_argument("--corpus", help="health-news-articles.jsonl.gz (read from this path only)")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    ap.add_argument("--show", action="store_true", help="print misses and false alarms")
    args = ap.parse_args(argv)
    os.environ.setdefault("HEALTHLINT_NO_REGEX_CACHE", "0")
    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_utime
    if args.corpus:
        corpus(args.corpus, args.n, args.show)
    if args.blind is None:
        return 0
    print(f"split={args.split}")
    if (args.blind / "articles" / "labels.jsonl").exists():
        arts = article_scores(args.blind, args.split, args.show)
        print(f"articles  {'mode':16} {'family':24} {'TP':>3} {'FN':>3} {'FP':>3} {'recall':>6} {'prec':>5}")
        for mode, counts in arts.items():
            total: Counter[str] = Counter()
            for fam in FAMILIES:
                c = counts.get(fam, Counter())
                total.update(c)
                print(f"          {mode:16} {fam:24} {c['TP']:3} {c['FN']:3} {c['FP']:3} "
                      f"{ratio(c['TP'], c['TP'] + c['FN']):>6} {ratio(c['TP'], c['TP'] + c['FP']):>5}")
            print(f"          {mode:16} {'all three':24} {total['TP']:3} {total['FN']:3} {total['FP']:3} "
                  f"{ratio(total['TP'], total['TP'] + total['FN']):>6} {ratio(total['TP'], total['TP'] + total['FP']):>5}")
    else:
        print("(no articles/labels.jsonl yet)")
    ps = passage_scores(args.blind, args.split, args.show)
    print(f"passages  {'family':24} {'TP':>3} {'FN':>3} {'FP':>3} {'TN':>3} {'recall':>6} {'prec':>5}")
    for fam, c in sorted(ps.items()):
        print(f"          {fam:24} {c['TP']:3} {c['FN']:3} {c['FP']:3} {c['TN']:3} "
              f"{ratio(c['TP'], c['TP'] + c['FN']):>6} {ratio(c['TP'], c['TP'] + c['FP']):>5}")
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - c0
    print(f"wall {time.perf_counter() - t0:.1f} s, cpu {cpu:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
