"""Universal safety said in other words: a phrase that ranges over every value of a person
dimension, next to a safety word said of the product.

"Safe for everyone" is read by the scope patterns of ``typed_claims``; writers also say it as
a range: "whatever your age or health" (every value of a dimension), "young or old, fit or
frail" (a coordination of opposites: both ends of a dimension), "from newborns to
grandparents" (two ends of the age groups the project lists), "suits every body". One of
those ranges and a safety word ("safe", "suitable", "suits", "without risk") in the same
clause stretch, said of the product (named, or a word pointing back, and no other
intervention), is ``scope/safe`` for everyone — the claim a warning for any group contradicts.
Not when the safety word is denied ("is not safe for young or old"), limited ("except people
with kidney disease", "as long as"), asked, conditional, disowned or historical.

Data: ``knowledge/claim_frames.toml`` ``[universal]`` (sources there); the groups of the age
range are ``typed_claims``' ``[groups]``.

Public API: ``typed_scope_claims(doc, groups_of)`` (computed once per document, as
``label_claims.FrameClaim`` records).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint_rules.analysis.label_claims import FrameClaim, points_to_product
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re
from lint_rules.structure import BODY

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

DATA_FILE = "claim_frames.toml"




@dataclass(frozen=True)
class _Data:
    ranges: re.Pattern[str]
    from_to: re.Pattern[str]
    safe: re.Pattern[str]
    carve_out: re.Pattern[str]


@functools.cache
def _data() -> _Data:
    u = read_toml(DATA_FILE)["universal"]
    attr = phrase_alternation(u["attributes"])
    pairs = []
    for a, b in u["opposites"]:
        for x, y in ((a, b), (b, a)):
            pairs.append(rf"{re.escape(x)}\s*(?:,|/|&|\bor\b|\band\b|\bto\b)\s*(?:the\s+)?{re.escape(y)}")
    return _Data(
        ranges=compile_re(
            r"(?<![a-z])(?:"
            # "whatever your age or health", "no matter what your age", "whichever your stage of life"
            rf"(?:whatever|whichever|no\s+matter\s+(?:what|your|their))\s+(?:(?:is\s+)?(?:your|their)\s+)?(?:{attr})"
            rf"(?:\s*(?:,|or|and)\s+(?:your\s+|their\s+)?(?:{attr}))*"
            # "young or old", "fit or frail": standing alone or before a word for people ("young
            # and old alike"); before any other word it describes that ("healthy or unhealthy
            # fats", "young and old volunteers" of a study)
            rf"|(?:{'|'.join(pairs)})(?=\s*(?:[,.;:!)—–]|\Z|\s(?:alike|people|persons|adults|folk|folks|everyone|you|we|it|can|will|should|may|need)\b))"
            rf"|{phrase_alternation(u['every'])}"  # "every body"
            r")(?![a-z])", re.IGNORECASE),
        from_to=compile_re(r"(?<![a-z])from\s+(?:the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+(?:all\s+the\s+way\s+)?to\s+"
                           r"(?:the\s+)?(?P<b>[\w-]+(?:\s+[\w-]+)?)(?![a-z])", re.IGNORECASE),
        safe=compile_re(r"(?<![a-z-])(?:" + "|".join(u["safe"]) + r")(?![a-z-])", re.IGNORECASE),
        carve_out=compile_re(r"(?<![a-z])(?:" + phrase_alternation(u["carve_out"]) + r")(?![a-z])", re.IGNORECASE),
    )


_DENIED_BEFORE = compile_re(r"(?:(?<![a-z])(?:not|never|no\s+longer|hardly)|n't|n’t)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_POINTER = compile_re(r"(?<![a-z'])it(?![a-z'])", re.IGNORECASE)
# between the range and the safety word: a second clause ("Shingles can strike young or old, and
# Zanta is safe", "… young or old to join; Zanta is safe")
_CLAUSE_BREAK = compile_re(r"[;:]|(?<![a-z])(?:and|but|while|so|whereas)(?![a-z])", re.IGNORECASE)


def _universal_span(text: str, groups_named: Callable[[str], frozenset[str]]) -> re.Match[str] | None:
    """A range over every person in ``text`` (a sentence), or None."""
    data = _data()
    found = data.ranges.search(text)
    if found is not None:
        return found
    for m in data.from_to.finditer(text):
        a, b = groups_named(m.group("a")), groups_named(m.group("b"))
        if a and b and {"children", "older_adults"} <= (a | b) and not a & b:
            return m  # "from newborns to grandparents": both ends of the age groups
    return None


def typed_scope_claims(doc: Document, groups_of: Callable[[str], frozenset[str]]) -> list[FrameClaim]:
    """``scope/safe`` for everyone, said as a range over people ("whatever your age or health");
    the age groups of a "from … to …" range are read by ``groups_of`` (``typed_claims``'
    own group reader, passed in)."""
    return doc.analysis("typed-scope-frames", lambda d: _build(d, groups_of))


def _build(doc: Document, groups_of: Callable[[str], frozenset[str]]) -> list[FrameClaim]:
    from lint_rules.analysis.assertions import (
        conditional_at,
        sentence_disowned,
        sentence_historical,
        sentence_question,
    )
    from lint_rules.analysis.interventions import sentence_subjects

    out: list[FrameClaim] = []
    low = doc.text.lower()
    if not any(w in low for w in ("safe", "suit", "harmless", "gentle", "risk", "worry")):
        return out
    data = _data()
    for k, s in enumerate(doc.sentences):
        if doc.blocks[s.block].role != BODY:
            continue
        text = doc.text[s.start:s.end]
        span = _universal_span(text, groups_of)
        if span is None:
            continue
        safe = next((m for m in data.safe.finditer(text)
                     if abs(m.start() - span.start()) <= 90 and not _DENIED_BEFORE.search(text[:m.start()])), None)
        if safe is None or data.carve_out.search(text) or "?" in text:
            continue  # "safe for young and old, except …": limited
        if sentence_question(doc, k) or sentence_historical(doc, k) or sentence_disowned(doc, k, s.start + safe.start()) \
                or conditional_at(doc, s.start + safe.start()):
            continue
        subjects = sentence_subjects(doc)
        named = [n for _p, n in subjects.placed[k]]
        if any(not subjects.is_main(n) for n in named):
            continue  # "Flu vaccines are safe for young and old": another product's
        if not (named or (subjects.subjects[k] and _POINTER.search(text))):
            continue  # the product is not in the sentence
        subject = subjects.subject(k, s.start + safe.start(), s.start + safe.end())
        if not subject:
            continue
        if _CLAUSE_BREAK.search(text, min(span.end(), safe.start()), max(span.start(), safe.start())):
            continue  # the range and "safe" are in different clauses
        # the product is what is safe: its name (or "it", "this tablet") just before the safety word
        before = text[max(0, safe.start() - 40):safe.start()]
        # (the product itself, not a name read as its ingredient: "the flu vaccine is safe")
        near = [p for p, n in subjects.placed[k] if subjects.is_main(n) and n not in subjects.alias
                and 0 <= safe.start() - (p - s.start) <= 40
                and len(text[p - s.start:safe.start()].split()) <= 2]
        if re.search(r"(?<![a-z])an?\s+(?:[\w-]+\s+)?(?:safe|suitable|harmless)\Z", safe.group(0), re.IGNORECASE):
            noun = re.match(r"\s+([\w-]+)", text[safe.end():])
            if noun is None or not (noun.group(1).lower() in ("choice", "option", "bet")
                                    or _data_product_noun(noun.group(1))):
                continue  # "it is a safe habit", "a safe place": not a product said to be safe
        # "it" is the product only when the product is named in this or the previous sentence
        named_near = any(subjects.is_main(n) for j in (k - 1, k) if j >= 0 for _p, n in subjects.placed[j])
        if not near and not (named_near and re.search(r"(?<![a-z'])it\s+(?:[\w-]+\s+){0,1}\Z", before, re.IGNORECASE)) \
                and not (points_to_product(doc, s.start + safe.start() - len(before), s.start + safe.start())
                         and len(before.split()) <= 5):
            continue  # "the jab is safe", "a Zanta strength that suits you": not the product
        lo, hi = min(span.start(), safe.start()), max(span.end(), safe.end())
        out.append(FrameClaim(
            type="scope", side="safe", start=s.start + lo, end=s.start + hi, sentence=k, subject=subject,
            text=doc.excerpt(s.start, s.end, limit=160), cue=text[lo:hi], topic=frozenset({"universal"}),
            aspect="people", names=frozenset(named) | {subject},
        ))
    return out


def _data_product_noun(word: str) -> bool:
    """``word`` is a product noun ("a safe tablet")."""
    from lint_rules.analysis.label_claims import _data as label_data

    return bool(label_data().product_noun.fullmatch(word))
