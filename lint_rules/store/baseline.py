"""Finding fingerprints and baseline files: adopt healthlint on a large archive and fail
only on new findings.

A finding is recognised across runs by its *fingerprint*: the article path, the rule code
and the flagged words (whitespace and case normalised; the message when nothing is
flagged), plus a counter for identical repeats in the file. Line numbers and offsets are
left out on purpose, so an edit above a finding does not make it look new; rewording the
flagged words does. The scan's history, SARIF's ``partialFingerprints`` and baseline
files all use this one definition.

A baseline file (``healthlint check --baseline FILE --write-baseline``) is JSON: for each
fingerprint, the code, path and excerpt (for people reading a diff of it) and a count. A
later run with ``--baseline FILE`` hides up to that many matching findings per file and
reports the rest. Paths in the file are relative to the file's folder, so the baseline
works from any working directory and in any checkout.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lint_rules.store.digest import sha1

BASELINE_FORMAT = "healthlint-baseline"
BASELINE_VERSION = 1


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def fingerprints(path: str, findings: Sequence[Any]) -> list[str]:
    """Stable identities of one file's findings (see the module docstring)."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        words = _norm(f.excerpt) or _norm(f.message)
        base = f"{path}\x1f{f.code}\x1f{words}"
        seen[base] += 1
        out.append(sha1(f"{base}\x1f{seen[base]}".encode()).hexdigest()[:20])
    return out


class BaselineError(Exception):
    """A baseline file that cannot be read or written (one line for the user)."""


def _rel(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).absolute(), base.absolute())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def baseline_keys(results: Sequence[Any], baseline_path: Path) -> list[list[str]]:
    """Per result, its findings' fingerprints with paths relative to the baseline's folder."""
    base = baseline_path.parent
    return [fingerprints(_rel(r.path, base), r.findings) for r in results]


def write_baseline(path: Path, results: Sequence[Any]) -> int:
    """Record every finding of ``results``; returns how many."""
    from lint_rules.store.fileio import atomic_write

    entries: dict[str, dict[str, Any]] = {}
    for r, keys in zip(results, baseline_keys(results, path), strict=True):
        for f, key in zip(r.findings, keys, strict=True):
            entries[key] = {"code": f.code, "path": _rel(r.path, path.parent), "excerpt": f.excerpt[:120]}
    data = {"format": BASELINE_FORMAT, "version": BASELINE_VERSION,
            "findings": dict(sorted(entries.items(), key=lambda kv: (kv[1]["path"], kv[1]["code"], kv[0])))}
    try:
        atomic_write(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise BaselineError(f"--baseline {path}: cannot write it: {exc.strerror or exc}") from None
    return len(entries)


def read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"--baseline {path}: no such file (create it with --write-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"--baseline {path}: cannot read it: {exc}") from None
    except ValueError as exc:
        raise BaselineError(f"--baseline {path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT or not isinstance(
            data.get("findings"), dict):
        raise BaselineError(f"--baseline {path}: not a healthlint baseline file")
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(f"--baseline {path}: baseline version {data.get('version')!r} is not "
                            f"{BASELINE_VERSION}; write it again with --write-baseline")
    return set(data["findings"])


def apply_baseline(results: Sequence[Any], path: Path, known: set[str] | None = None) -> int:
    """Drop the findings ``path`` records from ``results`` (in place); returns how many.
    Findings of files that could not be read (HL001/HL002) are always kept. ``known``: the
    baseline already read (a streaming run applies it file by file)."""
    if known is None:
        known = read_baseline(path)
    hidden = 0
    for r, keys in zip(results, baseline_keys(results, path), strict=True):
        if r.error:
            continue
        kept = [f for f, key in zip(r.findings, keys, strict=True) if key not in known]
        hidden += len(r.findings) - len(kept)
        r.findings = kept
    return hidden
