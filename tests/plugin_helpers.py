"""Temporary rule packs, discovered the real way: a module plus a ``*.dist-info`` folder with
``entry_points.txt`` in a directory on ``sys.path`` (or ``PYTHONPATH`` for a subprocess).
This is what ``pip install`` leaves behind, so ``importlib.metadata.entry_points`` finds the
pack exactly as it would find an installed one."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from lint_rules.registry import GROUP, load_registry


def write_pack(
    root: Path, dist: str, entry_points: Mapping[str, str], modules: Mapping[str, str] | None = None
) -> Path:
    """Write ``modules`` (file name -> source) and ``<dist>-0.1.dist-info`` under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, source in (modules or {}).items():
        (root / name).write_text(source, encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    lines = [f"[{GROUP}]"] + [f"{name} = {target}" for name, target in entry_points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@contextmanager
def packs_on_path(*roots: Path) -> Iterator[None]:
    """Make the packs under ``roots`` visible to this process's registry, then forget them."""
    import importlib

    before = set(sys.modules)
    sys.path[:0] = [str(r) for r in roots]
    importlib.invalidate_caches()
    load_registry.cache_clear()
    try:
        yield
    finally:
        for r in roots:
            sys.path.remove(str(r))
        for name in set(sys.modules) - before:
            module_file = getattr(sys.modules[name], "__file__", None) or ""
            if any(module_file.startswith(str(r)) for r in roots):
                del sys.modules[name]
        importlib.invalidate_caches()
        load_registry.cache_clear()


#: A test-only rule with every optional part of a finding: related spans, a suggestion,
#: evidence and a fix. Output tests use it so their gold files do not depend on the rule
#: families other people are still writing.
PAIRED_RULE = '''
import re

from lint_rules.core import Fix, Rule, Severity


class MiracleWithCure(Rule):
    """A test rule: "miracle" in an article that also says "cure".

    What it flags:
    Each "miracle", with every "cure" in the article as related places.

    Why it matters:
    It exists to exercise multi-span findings in every output format.

    Example:
    A miracle spice. ... no cure.

    Better:
    A promising spice.
    """

    code = "TST001"
    name = "test.miracle-with-cure"
    category = "claims"
    severity = Severity.ERROR

    def check(self, doc, ctx):
        cures = [(m.start(), m.end(), "'cure' is said here")
                 for m in re.finditer(r"\\bcure\\b", doc.text)]
        if not cures:
            return
        for m in re.finditer(r"\\bmiracle\\b", doc.text, re.IGNORECASE):
            loc = doc.locate(m.start(), m.end())
            yield self.finding(
                doc, m.start(), m.end(), "'miracle' next to talk of a cure",
                related=cures, suggestion="say 'promising'",
                evidence={"word": m.group(0), "cures": len(cures)},
                fix=Fix(loc.start_offset, loc.end_offset, "promising"),
            )
'''
