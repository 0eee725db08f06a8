"""Machine-written filler: stock phrases editors strike out (a small data-driven pack).

The phrases and the reason each is flagged are in ``knowledge/filler_phrases.csv``; adding
a phrase is a one-line data change.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from lint_rules import knowledge
from lint_rules.analysis.assertions import assertion_at
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re, fold, required_literals_many


@lru_cache(maxsize=1)
def filler_phrases() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """(pattern, why, exempt_when) of every phrase, compiled case-sensitive to run on
    lower-cased text (see ``_searchable``; a pattern with an upper-case letter runs with
    IGNORECASE). ``exempt_when`` names the assertion attributes that leave a match alone."""
    out = []
    for row in knowledge.read_table("filler_phrases.csv"):
        pattern = row["pattern"].replace("'", "['’]")
        out.append((compile_re(pattern), row["why"], tuple((row.get("exempt_when") or "").split())))
    return tuple(out)


@lru_cache(maxsize=1)
def _phrase_literals() -> tuple[tuple[str, ...] | None, ...]:
    """Per phrase, the words every match contains (``required_literals``), or None: a
    phrase runs only on a text that contains one of its words, so rows added to the data
    file need no hand-kept cue list."""
    return required_literals_many(tuple(p for p, _why, _exempt in filler_phrases()))


#: The only characters that case-insensitive matching equates with an ASCII letter other
#: than its own upper case ("İ", "ı", "ſ", Kelvin "K").
_FOLDS = compile_re("[\u0130\u0131\u017f\u212a]")
#: An upper-case letter in a pattern that is not an escape ("\\S"): that pattern cannot run
#: on lower-cased text.
_HAS_UPPER = compile_re(r"(?<!\\)[A-Z]")


def _searchable(text: str) -> tuple[str, int]:
    """The text the lower-case patterns run on, and the flags they need: the lower-cased
    text (same offsets), which matches them several times faster than IGNORECASE does; the
    text itself with IGNORECASE where lower-casing would not be the same test."""
    low = text.lower()
    if len(low) == len(text) and not _FOLDS.search(text):
        return low, 0
    return text, re.IGNORECASE


class MachineFiller(Rule):
    """Stock phrases of machine-written prose that editors strike out.

    What it flags:
    Phrases such as "Here are 7 authoritative resources for an article about…", "In
    conclusion, this article has provided a comprehensive overview", "in today's digital
    age", "delves into", "it's worth noting that". Each finding says why that phrase is
    flagged. The list is data (`knowledge/filler_phrases.csv`): each row names the
    assertion attributes that exempt a match (quoted speech: a person quoted saying "it's
    crucial to remember that" is not the writer's filler).

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
        text, flags = _searchable(doc.text)
        folded = fold(doc.text)
        phrases = [
            (p, text, why, exempt) if not flags and not _HAS_UPPER.search(p.pattern)
            else (compile_re(p.pattern, re.IGNORECASE), doc.text, why, exempt)
            for (p, why, exempt), words in zip(filler_phrases(), _phrase_literals(), strict=True)
            if words is None or any(w in folded for w in words)
        ]
        if not phrases:
            return
        prose = [(b.start, b.end) for b in doc.blocks if b.is_prose]
        starts = [a for a, _ in prose]
        found: list[tuple[int, int, str, str]] = []
        # one pass of each pattern over the whole text (not one per block): a match counts
        # inside one prose block; the first pattern to claim a span keeps it
        for pattern, subject, why, exempt in phrases:
            for m in pattern.finditer(subject):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or m.end() > prose[i][1]:
                    continue
                if any(s < m.end() and m.start() < e for s, e, _, _ in found):
                    continue
                if exempt and assertion_at(doc, m.start(), m.end()).exempt(exempt):
                    continue
                found.append((m.start(), m.end(), why, pattern.pattern))
        for start, end, why, pattern_text in sorted(found):
            phrase = doc.text[start:end]
            yield self.finding(
                doc, start, end, f"Filler: '{phrase}' — {why}.",
                evidence={"phrase": phrase, "pattern": pattern_text},
            )
