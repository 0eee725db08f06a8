"""``healthlint check --fix``: apply the safe fixes findings carry (a moved URL replaced by
its final address) to the source files, preserving their line ends (even mixed ones), byte-order mark and encoding."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from lint_rules.core import Fix
from lint_rules.store.fileio import atomic_write


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
        bom = raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8-sig")
        # fix offsets count "\r\n" as one character (the parsers' normalised text);
        # map them back to the file so its own line ends, mixed or not, stay as they are
        crlf_at = [m.start() - n for n, m in enumerate(re.finditer("\r\n", text))]

        last = len(text) + 1
        for fix in sorted(set(fixes), key=lambda x: x.start_offset, reverse=True):
            start = fix.start_offset + bisect.bisect_left(crlf_at, fix.start_offset)
            end = fix.end_offset + bisect.bisect_left(crlf_at, fix.end_offset)
            if end > last:  # overlapping fixes: keep the later one only
                continue
            text = text[:start] + fix.replacement + text[end:]
            last = start
            changed += 1
        atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return changed
