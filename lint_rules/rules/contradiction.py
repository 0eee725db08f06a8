"""Contradiction rules: one article saying incompatible things about the same health effect.

They read the shared concept mentions (``lint_rules.analysis.mentions.mentions``) with their
ConText attributes and claim frame, turn them into *claims* (one per sentence, concept and
stance), and compare claims about the same concept — or an ancestor and a descendant in the
HPO is_a hierarchy — and the same subject. What is *not* compared: questions, hypothetical
and conditional advice, worries and fears, study-design descriptions, other people's or
animals' experience, history, what the product is said to treat or does better than
something else ("less likely to cause"), and mentions that are no claim about a product at
all: a disease's background ("the most common cancer in men"), people described by what
they lack ("adults who were free of dementia"), a negation whose causal or reporting frame
is not close before the effect in its clause.

To keep the report short, each odd-one-out claim (the denial, the safety promise, the
"permanent") gets one finding, paired with the clearest opposing claim (an explicit causal
statement first, then the most certain one, then the nearest); up to two further opposing
claims are listed as extra related locations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lint_rules.analysis.concepts import Lexicon, Mention, get_lexicon, hpo_version
from lint_rules.analysis.mentions import mentions
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import BODY, Document
from lint_rules.store.compiled_re import compile_re

#: How plainly a sentence says the product brings the effect about. A causal verb before
#: the mention ("may cause", "leads to") is the clearest; side-effect framing ("side effects
#: include", "is a known side effect") and, in a hedged sentence, a reporting verb ("some
#: users may notice") come next. News prose names diseases all the time ("patients with
#: cancer", "a test for heart attack"); a mention with none of these is no claim about what
#: a product does, and is not compared.
_STRONG = compile_re(
    r"(?<![a-z-])(?:cause[sd]?(?!\s+(?:of|by))|causing|lead(?:s)?\s+to|led\s+to|leading\s+to|linked\s+to|"
    r"associated\s+with|result(?:s|ed)?\s+in|trigger(?:s|ed)?|induce[sd]?|"
    r"one\s+of\s+which\s+is|gives?\s+(?:you|people|users)|made\s+(?:him|her|them|me))(?![a-z])",
    re.IGNORECASE,
)
_FRAME = compile_re(
    r"(?<![a-z])(?:side[\s-]+effects?\s+(?:of\s+(?:\w+\s+){1,3}?)?(?:include|including|like|such\s+as|are)|"
    r"adverse\s+(?:effects?|events?|reactions?)\s+(?:include|including|like|such\s+as|were|are)|"
    r"side[\s-]+effects?\s*(?:\(|:))",
    re.IGNORECASE,
)
_REPORTING = compile_re(
    r"(?<![a-z])(?:notice[sd]?|experience[sd]?|experiencing|report(?:s|ed)?|develop(?:s|ed)?|"
    r"suffer(?:s|ed)?|get|gets|got)(?![a-z])",
    re.IGNORECASE,
)
#: The effect named first, then said to be a side effect: "hair loss is a known side effect".
#: ("Insomnia is common in menopause", "the most common cancer in men" describe a disease,
#: not what a product does, so a bare "common" is not enough.)
_AFTER = compile_re(
    r"\W*(?:is|are|was|were|has\s+been|have\s+been|can\s+be|may\s+be)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?(?:side[\s-]+effects?|adverse\s+effects?|"
    r"reported|observed|seen)(?![a-z])",
    re.IGNORECASE,
)
#: The effect named first, then its cause: "numbness caused by the block", "shedding due
#: to minoxidil".
_CAUSED_BY = compile_re(
    r"\W*(?:\w+\W+){0,2}?(?:caused\s+by|induced\s+by|triggered\s+by|brought\s+on\s+by|"
    r"due\s+to|related\s+to|after\s+taking|after\s+using)\s+(?!the\s+(?:disease|condition|illness))",
    re.IGNORECASE,
)
#: "No serious side effects" promises less than "no side effects": it is a qualified claim.
_QUALIFIED = compile_re(
    r"(?<![a-z])(?:serious|major|severe|significant|pronounced|device-related|drug-related|"
    r"treatment-related|lasting|long-term|unexpected|new)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A denial is a claim about the product when it is phrased as one, close before the
#: effect and in its clause ("does not cause", "users report no …", "poses no risk of").
#: A person's state is not a denial: "people without cancer", "who were free of dementia",
#: "not at increased risk for bleeding", "no single reason why people get headaches".
_DENIAL_FRAME = compile_re(
    r"(?<![a-z])(?:cause[sd]?|causing|lead(?:s)?\s+to|led\s+to|linked|associated|result(?:s|ed)?\s+in|"
    r"trigger(?:s|ed)?|induce[sd]?|notice[sd]?|experience[sd]?|report(?:s|ed)?|develop(?:s|ed)?|"
    r"suffer(?:s|ed)?|side[\s-]+effects?|adverse|harm|without\s+causing|"
    r"(?:no|any|little|zero|without)\s+(?:\w+\s+)?risks?|"
    r"(?:increase|raise)s?\s+(?:the|your|their)\s+(?:\w+\s+)?risks?)(?![a-z])",
    re.IGNORECASE,
)
#: Where a clause ends, looking back from a mention: a causal or reporting verb beyond it
#: speaks of something else ("patients who have suffered from leukemia, because the tissue
#: may harbor cancer cells"; "BREAST PROBLEMS: Linked to drinking EXPERTS: … breast cancer").
_CLAUSE_END = compile_re(
    r"[;:]|(?<![a-z])(?:but|however|although|though|because|whereas|while|unless|until|since)"
    r"(?![a-z])",
    re.IGNORECASE,
)
MAX_EXTRA_RELATED = 2
#: A causal verb links a product to an effect only when it is this close before it (words).
CAUSAL_WINDOW = 10


@dataclass
class Claim:
    """What one sentence asserts about one concept (its mentions merged)."""

    start: int
    end: int
    sentence: int
    concept_id: str
    label: str
    kind: str
    stance: str  #: "affirmed", "negated" or "safe"
    hedged: bool
    course: str
    subject: str
    named: bool  #: the sentence names the subject (not just "it" or nothing)
    strength: int  #: 2 strong causal verb, 1 reporting/listing verb, 0 none
    text: str
    matched: str

    def describe(self) -> str:
        hedge = "hedged" if self.hedged else "absolute"
        course = f", {self.course}" if self.course else ""
        return f"{self.stance} ({hedge}{course}): “{self.text}”"

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "stance": self.stance, "hedged": self.hedged,
                "course": self.course, "subject": self.subject, "concept_id": self.concept_id,
                "label": self.label, "sentence": self.sentence}


def _usable(m: Mention) -> bool:
    return not (m.question or m.hypothetical or m.study_design or m.historical
                or m.experiencer != "patient" or m.relation in ("treats", "compares", "mentions"))


def claims(doc: Document) -> list[Claim]:
    """The document's body claims, one per (sentence, concept, stance), computed once."""
    return doc.analysis("contradiction-claims", _build_claims)


def _build_claims(doc: Document) -> list[Claim]:
    out: dict[tuple[int, str, str, str], Claim] = {}
    sentences = doc.sentences
    for m in mentions(doc):
        sent = sentences[m.sentence]
        if doc.blocks[sent.block].role != BODY or not _usable(m):
            continue
        if m.relation == "safe":
            stance = "safe"
        elif m.negated:
            stance = "negated"
        else:
            stance = "affirmed"
        if stance == "affirmed" and m.kind == "organ":
            continue
        hedged = m.hedged or (m.kind == "general" and bool(_QUALIFIED.search(
            doc.text, max(sent.start, m.start - 40), m.start)))
        key = (m.sentence, m.concept_id, stance, m.subject)
        claim = out.get(key)
        if claim is not None:
            if m.start - claim.end <= 30:  # "hair thinning or loss", not a far repeat
                claim.end = max(claim.end, m.end)
            if doc.text[claim.start:claim.end].count("(") > doc.text[claim.start:claim.end].count(")") \
                    and doc.text[claim.end:claim.end + 1] == ")":
                claim.end += 1
            claim.hedged = claim.hedged and hedged
            continue
        out[key] = Claim(
            start=m.start, end=m.end, sentence=m.sentence, concept_id=m.concept_id,
            label=m.label, kind=m.kind, stance=stance, hedged=hedged, course=m.course,
            subject=m.subject, named=m.subject_named, strength=_strength(doc, sent.start, sent.end, m),
            text=doc.excerpt(sent.start, sent.end, limit=160), matched=m.matched,
        )
        if not out[key].strength:
            del out[key]  # an effect named, not said to be caused (or denied) by anything
    return sorted(out.values(), key=lambda c: c.start)


def _window_start(text: str, floor: int, end: int, words: int) -> int:
    """Offset where the last ``words`` words before ``end`` begin (not before ``floor``),
    or where the clause that holds ``end`` begins, if that is later."""
    pos = end
    for _ in range(words):
        pos = text.rfind(" ", floor, pos - 1)
        if pos < floor:
            pos = floor
            break
    clause_start = pos
    for boundary in _CLAUSE_END.finditer(text, pos, end):
        clause_start = boundary.end()
    return clause_start


def _strength(doc: Document, s_start: int, s_end: int, m: Mention) -> int:
    """2: a causal verb (or, for a denial, a denial frame) shortly before the mention in its
    clause; 1: side-effect framing, a reporting verb in a hedged sentence, or a statement
    of its course; 0: no claim about what the product does."""
    if m.relation == "safe":
        return 2
    near = _window_start(doc.text, s_start, m.start, CAUSAL_WINDOW)
    if m.negated:
        return 2 if _DENIAL_FRAME.search(doc.text, near, m.end) else 0
    if _STRONG.search(doc.text, near, m.start) or _CAUSED_BY.match(doc.text, m.end, s_end):
        return 2
    if _FRAME.search(doc.text, s_start, m.start) or _AFTER.match(doc.text, m.end, s_end):
        return 1
    if m.hedged and _REPORTING.search(doc.text, near, m.start):
        return 1
    return 1 if m.course else 0  # "the hair loss goes away": a claim about its course


def covers(lexicon: Lexicon, broad: Claim, narrow: Claim) -> bool:
    """``broad``'s concept includes ``narrow``'s: the same, an ancestor of it, or side
    effects as a whole (which include every finding)."""
    if broad.kind == "general":
        return narrow.kind != "organ"
    if narrow.kind == "general":
        return False
    return lexicon.related(narrow.concept_id, broad.concept_id)


class _ContradictionRule(Rule):
    """Shared pairing logic: subclasses say which claims are odd ones out and which
    opposing claims conflict with them, at what severity."""

    options = {
        "max-per-concept": Option(int, 3, "at most this many findings per concept and subject"),
    }

    def conflict(self, lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
        raise NotImplementedError

    def is_odd(self, claim: Claim) -> bool:
        raise NotImplementedError

    def message(self, odd: Claim, other: Claim) -> str:
        raise NotImplementedError

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        found = claims(doc)
        if len(found) < 2:
            return
        lexicon = get_lexicon()
        per_concept: dict[tuple[str, str], int] = {}
        reported: set[tuple[int, int]] = set()  # one finding per pair of sentences
        for odd in (c for c in found if self.is_odd(c)):
            pairs = [(sev, other) for other in found
                     if other is not odd and other.sentence != odd.sentence
                     and other.subject == odd.subject
                     and (sev := self.conflict(lexicon, odd, other)) is not None]
            if not pairs:
                continue
            pairs.sort(key=lambda p: (-p[1].strength, -p[0], p[1].hedged,
                                      p[1].concept_id != odd.concept_id,
                                      abs(p[1].start - odd.start)))
            severity, best = pairs[0]
            if (odd.sentence, best.sentence) in reported:
                continue
            reported.add((odd.sentence, best.sentence))
            key = (odd.concept_id, odd.subject)
            per_concept[key] = per_concept.get(key, 0) + 1
            if per_concept[key] > ctx.option("max-per-concept"):
                continue
            yield self._finding(doc, odd, best, severity, [p[1] for p in pairs[1:]])

    def _finding(self, doc: Document, odd: Claim, best: Claim, severity: Severity,
                 more: list[Claim]) -> Finding:
        first, second = sorted((odd, best), key=lambda c: c.start)
        related = [(second.start, second.end, f"conflicting claim: {second.describe()}")]
        for extra in more[:MAX_EXTRA_RELATED]:
            related.append((extra.start, extra.end, f"also: {extra.describe()}"))
        concept = odd.label if odd.kind != "general" else best.label
        return self.finding(
            doc, first.start, first.end, self.message(odd, best), related=related,
            severity=severity,
            suggestion="Reconcile the two statements, or say what differs between them "
                       "(dose, duration, who is affected).",
            evidence={
                "concept_id": best.concept_id if odd.kind == "general" else odd.concept_id,
                "label": concept, "subject": odd.subject,
                "claims": [first.as_dict(), second.as_dict()],
                "also": [c.as_dict() for c in more[:MAX_EXTRA_RELATED]],
                "hpo_version": hpo_version(),
            },
        )


class AffirmedVersusNegated(_ContradictionRule):
    """The article both says an effect happens and says it does not.

    What it flags:
    Two statements about the same effect (or a broader and a narrower one, such as hair
    loss and alopecia) of the same product where one affirms and the other denies it:
    "users report no hair thinning or loss" against "it may cause non-scarring alopecia
    (hair loss)". Both absolute is an error; one hedged ("may cause") against an absolute
    denial is a warning. Questions, conditional advice, study-design descriptions,
    statements about another product and hedged statements that agree are not flagged;
    nor are a disease's background ("insomnia is common in menopause"), people described
    by what they lack ("adults who were free of dementia"), comparisons ("less likely to
    cause low blood sugar") and lack of proof ("never been proven to cause cancer").

    Why it matters:
    Readers cannot act on an article that tells them both things; the reassuring half is
    usually the one they remember. Contradictions are also a sign of machine-written or
    carelessly merged text.

    Example:
    "Kratom users report no hair loss." … "Kratom may cause hair loss (alopecia)."

    Better:
    "Hair loss has been reported in some long-term kratom users; it usually grows back
    after stopping."
    """

    code = "CON001"
    name = "contradiction.affirmed-and-negated"
    category = "contradiction"
    severity = Severity.ERROR

    def is_odd(self, claim: Claim) -> bool:
        return claim.stance == "negated" and claim.kind != "organ"

    def conflict(self, lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
        if other.stance != "affirmed" or other.kind == "general":
            return None
        if not covers(lexicon, odd, other) and not covers(lexicon, other, odd):
            return None
        if odd.hedged and other.hedged:
            return None  # hedged statements that agree ("not in most … a few reported")
        if odd.hedged or other.hedged or other.course:
            return Severity.WARNING
        return Severity.ERROR

    def message(self, odd: Claim, other: Claim) -> str:
        kind = "hedged against absolute" if (odd.hedged or other.hedged or other.course) \
            else "affirmed against negated"
        return (f"Contradiction about {odd.label.lower()} ({kind}): one place denies it, "
                f"another says it happens")


class SafeVersusHarm(_ContradictionRule):
    """The article calls something safe or free of side effects and also names a harm.

    What it flags:
    A safety promise — "no side effects", "benign effects on hair follicles", "harmless to
    the liver" — and, elsewhere, a harm of the same product in the same area: "may notice
    thinning hair or areas of baldness", "can cause liver damage".

    Why it matters:
    A blanket reassurance next to a described harm misleads readers about risk; regulators
    treat "safe" and "no side effects" as claims that need support.

    Example:
    "… further evidence of its benign effects on hair follicles." … "some users notice
    thinning hair or areas of baldness."

    Better:
    Drop the blanket reassurance and describe the reported harm with its frequency.
    """

    code = "CON002"
    criteria = ("harms",)
    name = "contradiction.safe-but-harmful"
    category = "contradiction"
    severity = Severity.WARNING

    def is_odd(self, claim: Claim) -> bool:
        return claim.stance == "safe" and not claim.hedged

    def conflict(self, lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
        if other.stance != "affirmed" or other.kind == "general":
            return None
        if odd.kind == "general" and not (odd.named and other.named):
            # "no side effects" is compared with a harm only when both sentences name the
            # product: news copy says "no adverse events" of a trial and, elsewhere, what
            # a disease causes ("HPV causes about 5% of cancers")
            return None
        return Severity.WARNING if covers(lexicon, odd, other) else None

    def message(self, odd: Claim, other: Claim) -> str:
        what = "side effects" if odd.kind == "general" else odd.matched.lower()
        return (f"Contradiction: a safety claim about {what} conflicts with a named harm "
                f"({other.label.lower()})")


class ReversibleVersusPermanent(_ContradictionRule):
    """The article says an effect goes away and also that it is permanent.

    What it flags:
    The same effect of the same product described as reversible ("grows back", "goes
    away", "temporary") in one place and permanent ("permanent", "irreversible", "never
    grows back") in another, both stated without hedging.

    Why it matters:
    Whether harm is reversible is often what a reader weighs most when deciding to try a
    product; conflicting answers leave them with the one they prefer to believe.

    Example:
    "Hair loss from kratom is permanent." … "The hair grows back once you stop."

    Better:
    Say what the evidence shows, with its limits: "In the few reported cases, hair grew back
    within months of stopping."
    """

    code = "CON003"
    name = "contradiction.reversible-and-permanent"
    category = "contradiction"
    severity = Severity.WARNING

    def is_odd(self, claim: Claim) -> bool:
        return claim.course == "permanent" and not claim.hedged and claim.stance == "affirmed"

    def conflict(self, lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
        if other.course != "reversible" or other.hedged or other.stance != "affirmed":
            return None
        return Severity.WARNING if lexicon.related(odd.concept_id, other.concept_id) else None

    def message(self, odd: Claim, other: Claim) -> str:
        return f"Contradiction about {odd.label.lower()}: called permanent here, reversible elsewhere"


RULES = [AffirmedVersusNegated, SafeVersusHarm, ReversibleVersusPermanent]
