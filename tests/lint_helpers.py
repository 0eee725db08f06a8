"""The one way the tests run the contradiction rules on a passage and read what they found,
and the one way they run the ``healthlint`` command in a subprocess.

Forty-odd test files each wrote the same two lines (lint the text with only the contradiction
rules selected, keep the ``CON`` findings) and the same ways of putting a passage together (an
introduction, a claim, a filler paragraph that keeps the two claims apart, the other claim).
A change to how a test should run the rules (another select, another filter) was forty edits;
here it is one. Each test file still builds its own passages and asserts what it asserted.

A passage is linted as a file is read: ending in one newline, added when the text has none.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lint_rules.api import lint_text
from lint_rules.core import Finding

ROOT = Path(__file__).resolve().parents[1]


def contradictions(text: str, kind: str = "text") -> list[Finding]:
    """The ``CON`` findings of ``text`` linted with only the contradiction rules selected (the
    selection also runs what they depend on, whose findings are not the tests' question)."""
    if not text.endswith("\n"):
        text += "\n"
    return [f for f in lint_text(text, kind=kind, select=["contradiction"]) if f.code.startswith("CON")]


def contradiction_codes(text: str, kind: str = "text") -> list[str]:
    """The codes of :func:`contradictions`, in the order they were found."""
    return [f.code for f in contradictions(text, kind)]


def two_claims(a: str, b: str, filler: str, intro: str | None = None) -> str:
    """A passage with claim ``a``, then ``filler`` (the test's own neutral sentences, which keep
    the claims out of each other's clause and sentence), then claim ``b``; after ``intro`` and a
    blank line when the test names the product first."""
    head = f"{intro}\n\n" if intro is not None else ""
    return f"{head}{a}{filler}{b}\n"


#: The two products and the neutral sentences of the both-ways pair tests (deny17, deny18):
#: the page's product and a rival, so "another product" cases have one to name.
PAIR_INTRO = "Zelvara is a new herbal tablet. Dorvix is an older rival tablet."
PAIR_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def both_ways(a: str, b: str) -> tuple[list[str], list[str]]:
    """The contradiction codes with ``a`` in the first paragraph (after :data:`PAIR_INTRO`) and
    ``b`` in the next, then the other way round: a reading must hold whichever side comes first."""
    return (contradiction_codes(f"{PAIR_INTRO} {a}{PAIR_FILLER}\n\n{b}\n"),
            contradiction_codes(f"{PAIR_INTRO} {b}{PAIR_FILLER}\n\n{a}\n"))


def conflicts_both_ways(a: str, b: str) -> bool:
    """``a`` and ``b`` conflict in both orders (:func:`both_ways`)."""
    one, other = both_ways(a, b)
    return bool(one) and bool(other)


def flags_pair(text: str, a: str, b: str) -> bool:
    """A contradiction in ``text`` whose flagged span lies in sentence ``a`` and whose conflicting
    claim lies in sentence ``b``, or the other way round: the test asks WHICH pair conflicts, not
    only that something fired (two sentences of ``text``, each found once)."""
    spans = [(text.index(x), text.index(x) + len(x)) for x in (a, b)]

    def side(start: int) -> int:
        return next((i for i, (lo, hi) in enumerate(spans) if lo <= start < hi), -1)

    for f in contradictions(text):
        ends = {side(f.location.start_offset)} | {side(r.location.start_offset) for r in f.related}
        if {0, 1} <= ends:
            return True
    return False


def pairs_both_ways(a: str, b: str) -> bool:
    """``a`` and ``b`` are the pair that conflicts, in both orders (:func:`both_ways`'s passages):
    the flagged effect in one of them and the conflicting claim in the other."""
    return (flags_pair(f"{PAIR_INTRO} {a}{PAIR_FILLER}\n\n{b}\n", a, b)
            and flags_pair(f"{PAIR_INTRO} {b}{PAIR_FILLER}\n\n{a}\n", a, b))


def quiet_both_ways(a: str, b: str) -> bool:
    """No contradiction in either order (:func:`both_ways`)."""
    one, other = both_ways(a, b)
    return not one and not other


def healthlint(*args: str, cwd: Path, site: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m pipeline ARGS`` in a subprocess from ``cwd``, as a user runs the command: with
    this checkout on ``PYTHONPATH`` (after ``site``, a folder of rule packs, when the test installs
    some), so the code under test runs and not an installed copy; output captured as text."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*([str(site)] if site else []), str(ROOT)])}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
