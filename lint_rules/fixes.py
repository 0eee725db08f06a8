"""``healthlint check --fix``: apply the safe fixes findings carry (a moved URL replaced by
its final address) to the source files, preserving their line ends and encoding."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from lint_rules.core import Fix
from lint_rules.fileio import atomic_write


def apply_fixes(results: Iterable[Any]) -> int:
    """Apply every finding's fix; returns the number of replacements made."""
    by_file: dict[str, list[Fix]] = defaultdict(list)
    for r in results:
        for f in r.findings:
            if f.fix is not None:
                by_file[r.path].append(f.fix)
    changed = 0
    for path, fixes in by_file.items():
        with open(path, "rb") as fh:
            raw = fh.read()
        text = raw.decode("utf-8-sig")
        bom = raw.startswith(b"\xef\xbb\xbf")
        crlf = "\r\n" in text
        norm = text.replace("\r\n", "\n")
        last = len(norm) + 1
        for fix in sorted(set(fixes), key=lambda x: x.start_offset, reverse=True):
            if fix.end_offset > last:  # overlapping fixes: keep the later one only
                continue
            norm = norm[: fix.start_offset] + fix.replacement + norm[fix.end_offset :]
            last = fix.start_offset
            changed += 1
        out = norm.replace("\n", "\r\n") if crlf else norm
        atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + out.encode("utf-8"))
    return changed
