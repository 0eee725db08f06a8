"""Concept mentions of a document with their ConText attributes, computed once.

This joins the two analyses below it: the concept lexicon (``concepts``: what a phrase
names) and the ConText engine (``context``: whether a mention is negated, hedged, whose
experience it is, which agent it is said of). Neither of those imports the other's
per-document work, so there is no import cycle between them.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from lint_rules.analysis.concepts import Mention, get_lexicon
from lint_rules.analysis.context import annotate_sentence, document_subject
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document


@functools.cache
def _modifier_heads() -> re.Pattern[str]:
    """A noun right after a mention that makes it a modifier ("flu shot", "acne cream"):
    ``concepts_matching.toml`` [matching] modifier_heads (shared with the claim reader) and
    mention_heads."""
    matching = read_toml("concepts_matching.toml")["matching"]
    words = matching.get("modifier_heads", []) + matching.get("mention_heads", [])
    if not words:
        return re.compile(r"(?!)")  # no heads listed: nothing is a modifier (an empty alternation matches a space)
    return compile_re(r"[ -](?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![a-z])",
                      re.IGNORECASE)


def modifies_noun(doc: Document, m: Mention) -> bool:
    """The mention only modifies the noun after it ("flu shot", "acne cream", "allergy
    season"): it names the vaccine, the remedy or the time, and is no claim about the condition
    (the contradiction claims leave it out; the completeness and readability rules still see it)."""
    return bool(_modifier_heads().match(doc.text, m.end, doc.sentences[m.sentence].end))


def find_mentions(doc: Document) -> list[Mention]:
    """Every concept mention in ``doc`` with ConText attributes and claim frame."""
    lexicon = get_lexicon()
    main = document_subject(doc)
    out: list[Mention] = []
    for index, sent in enumerate(doc.sentences):
        hits = lexicon.match(doc.text, sent.start, sent.end)
        if not hits:
            continue
        found = [
            Mention(s, e, cid, lexicon.concepts[cid].label, doc.text[s:e], index, kind)
            for s, e, cid, kind in hits
        ]
        annotate_sentence(doc.text, sent.start, sent.end, found, main)
        out.extend(found)
    return out


def mentions(doc: Document) -> list[Mention]:
    """The document's concept mentions, computed once per document."""
    return doc.analysis("concepts", find_mentions)
