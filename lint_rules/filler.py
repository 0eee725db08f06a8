"""Machine-written filler: stock phrases editors strike out (a small data-driven pack).

The phrases and the reason each is flagged are in ``knowledge/filler_phrases.csv``; adding
a phrase is a one-line data change.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document


@lru_cache(maxsize=1)
def filler_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = resources.files("lint_rules.knowledge").joinpath("filler_phrases.csv").read_text("utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    out = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        pattern = row["pattern"].replace("'", "['’]")
        out.append((re.compile(pattern, re.IGNORECASE), row["why"]))
    return tuple(out)


#: Literal words at least one of which every phrase in the pack contains: a cheap test
#: that most documents fail, so the phrase patterns run only where they can match.
_CUES = re.compile(r"here are|conclusion|summary|sum up|this article|delv|today|gain valuable|"
                   r"informed decision|crucial to|essential to|important to|vital to|worth noting|"
                   r"testament|navigat|tapestry|realm|landscape|world of|unlock|embark", re.IGNORECASE)


class MachineFiller(Rule):
    """Stock phrases of machine-written prose that editors strike out.

    What it flags:
    Phrases such as "Here are 7 authoritative resources for an article about…", "In
    conclusion, this article has provided a comprehensive overview", "in today's digital
    age", "delves into", "it's worth noting that". Each finding says why that phrase is
    flagged. The list is data (`knowledge/filler_phrases.csv`).

    Why it matters:
    Filler wastes the reader's attention, and a leftover prompt answer ("Here are 7
    resources for an article about…") tells readers nobody edited the piece — which makes
    them doubt the health information around it.

    Example:
    In conclusion, this article has provided a comprehensive overview of muscle soreness
    relief through kratom.

    Better:
    Kratom may ease pain, but the evidence is from animal studies, and it carries a risk of
    dependence.
    """

    code = "FIL001"
    name = "style.machine-filler"
    category = "style"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        if not _CUES.search(doc.text):
            return
        for _, block in ((i, b) for i, b in enumerate(doc.blocks) if b.is_prose):
            taken: list[tuple[int, int]] = []
            for pattern, why in filler_phrases():
                for m in pattern.finditer(doc.text, block.start, block.end):
                    if any(s < m.end() and m.start() < e for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    yield self.finding(
                        doc, m.start(), m.end(), f"Filler: '{m.group(0)}' — {why}.",
                        evidence={"phrase": m.group(0), "pattern": pattern.pattern},
                    )
