"""An example healthlint rule pack: copy this folder to start your own.

A pack is an ordinary Python package that registers its rules under the
``healthlint.rules`` entry-point group (see ``pyproject.toml``). healthlint imports it on
start-up; if the import fails, healthlint prints one warning and runs every other rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import Document


class ExclamationInAdvice(Rule):
    """A sentence of health advice ends with an exclamation mark.

    What it flags:
    Body sentences that end in "!" (one or more), outside quotes, headings and code.

    Why it matters:
    Exclamation marks make advice sound like a sales pitch. Health readers trust calm,
    specific wording, and plain-language guides for patient materials advise against them.

    Example:
    Drink three cups of green tea every day!

    Better:
    Drinking three cups of green tea a day was linked to lower blood pressure in one trial.
    """

    code = "EXA001"
    name = "example.exclamation-in-advice"
    category = "style"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for sentence in doc.sentences:
            block = doc.blocks[sentence.block]
            if block.role != "body" or block.kind not in ("paragraph", "list_item"):
                continue
            text = doc.text[sentence.start:sentence.end].rstrip()
            if not text.endswith("!"):
                continue
            end = sentence.start + len(text)
            start = end - (len(text) - len(text.rstrip("!")))
            yield self.finding(doc, start, end, "advice ends with an exclamation mark",
                               suggestion="end the sentence with a full stop")


RULES = [ExclamationInAdvice]
