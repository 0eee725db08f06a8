"""Health-claim rules: the promises regulators and careful readers treat as promises.

Sources: FTC "Health Products Compliance Guidance" (2022), FDA 21 CFR 101.93 (structure/
function and disease claims for dietary supplements, and the DSHEA disclaimer) and HONcode
principles 2 (complementarity) and 8 (advertising policy). Every word list is a data file
under ``knowledge/claims_*`` with its source on its first lines.

What a sentence asserts (denied, reported, rejected, quoted, a question, an instruction,
about which product) and which sentences advise the reader are answered once, by the
assertion layer (``lint_rules.analysis.assertions``); these rules read its answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_rules.analysis.assertions import (
    GENERIC_SUPPLEMENT,
    Assertion,
    advice_sentences,
    assertion_at,
    body_sentences,
    clause_at,
    gives_advice,
    lowered,
    products,
    reports_research,
    sentence_clauses,
    supplement_topic,
)
from lint_rules.analysis.concepts import Mention
from lint_rules.analysis.genre import issuer_voice, ordinary_food, reporting
from lint_rules.analysis.interventions import interventions
from lint_rules.analysis.mentions import mentions
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import Document, Sentence
from lint_rules.knowledge import read_lines, read_table, read_toml
from lint_rules.store.compiled_re import compile_re, existence_pattern


@dataclass(frozen=True)
class AbsoluteTerm:
    """One row of ``knowledge/claims_absolute.csv``: a term, why it is flagged, and what
    leaves a match alone (assertion attributes, a sentence pattern, words right after it)."""

    pattern: re.Pattern[str]
    needs_citation: bool
    why: str
    exempt: re.Pattern[str] | None
    exempt_when: tuple[str, ...]
    exempt_after: re.Pattern[str] | None
    #: Hype only: the sentence must be about health (a treatment, study or science word,
    #: an intervention or a medical concept): "a breakthrough in the talks" is not hype.
    #: "outside": such a word other than the term itself ("breakthrough" is one).
    health_only: str = ""
    #: Hype (the hype lexicon, and the rows of the absolute list whose reason says "hype"):
    #: hedged hype ("could revolutionise", "a potential game changer") is reported at info.
    hype: bool = False


@dataclass(frozen=True)
class Cues:
    """The claim rules' cue patterns, built once from ``claims_cues.toml``."""
    dshea: re.Pattern[str]
    referral: re.Pattern[str]
    disclosure: re.Pattern[str]
    promotion: re.Pattern[str]
    #: Calls to buy and deals in a seller's shapes: only outside a newsroom's copy.
    promotion_calls: re.Pattern[str]
    affiliate_url: re.Pattern[str]
    benefit: re.Pattern[str]
    benefit_doubt: re.Pattern[str]
    harm: re.Pattern[str]
    disease_verbs: re.Pattern[str]
    #: Everyday verbs of defeating a disease ("beats", "wards off"): a claim only with a
    #: disease right after them.
    disease_acts: re.Pattern[str]
    #: The last word of a supplement-like product's name ("extract", "gel", "gummies").
    product_form: re.Pattern[str]
    #: Classical nutrient deficiency diseases ("rickets", "scurvy"): a claim a supplement may make.
    deficiency: re.Pattern[str]
    absolute: tuple[AbsoluteTerm, ...]
    #: Any of the ``absolute`` patterns: one search per sentence finds the few that need them.
    absolute_any: re.Pattern[str]
    #: The same, without IGNORECASE, for lower-cased text (several times faster).
    absolute_lower: re.Pattern[str]
    supplements: re.Pattern[str]
    conditions: re.Pattern[str]
    structure_function: re.Pattern[str]
    #: (substance, approved conditions, drug) from ``knowledge/claims_approved_drugs.csv``
    approved_drugs: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]
    not_supplement_subject: re.Pattern[str]
    consumer_product: re.Pattern[str]
    remedy: re.Pattern[str]
    remedy_category: re.Pattern[str]


def _any(patterns: Iterable[str]) -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = read_toml("claims_cues.toml")
    absolute = tuple(
        AbsoluteTerm(
            compile_re(rf"\b(?:{r['pattern']})\b", re.IGNORECASE), r["needs_citation"] == "yes", r["why"],
            compile_re(r["exempt"], re.IGNORECASE) if r.get("exempt") else None,
            tuple((r.get("exempt_when") or "").split()),
            compile_re(r["exempt_after"], re.IGNORECASE) if r.get("exempt_after") else None,
            hype=r["why"].startswith("hype"))
        for r in read_table("claims_absolute.csv")
    ) + _hype_terms()
    words = sorted(read_lines("claims_supplements.txt"), key=len, reverse=True)
    return Cues(
        dshea=_any(data["dshea_disclaimer"]), referral=_any(data["provider_referral"]),
        disclosure=_any(data["disclosure"]), promotion=_any(data["promotion_markers"]),
        promotion_calls=_any(data["promotion_calls"]),
        affiliate_url=_any(data["affiliate_url"]), benefit=_any(data["benefit"]),
        benefit_doubt=_any(data["benefit_doubt"]),
        harm=_any(data["harm"]), disease_verbs=_any(data["disease_verbs"]),
        disease_acts=_any(data["disease_acts"]), deficiency=_any(data["deficiency_diseases"]),
        product_form=compile_re(r"\b(?:" + "|".join(data["product_forms"]) + r")$", re.IGNORECASE),
        absolute=absolute,
        absolute_any=compile_re(_union(absolute), re.IGNORECASE),
        absolute_lower=compile_re(_union(absolute)),
        supplements=compile_re(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE),
        conditions=_any(rf"\b(?:{c})\b" for c in read_lines("claims_conditions.txt")),
        structure_function=_any(rf"\b(?:{c})\b" for c in read_lines("claims_structure_function.txt")),
        approved_drugs=tuple(
            (compile_re(rf"^(?:{r['substance']})$", re.IGNORECASE),
             compile_re(rf"\b(?:{r['conditions']})\b", re.IGNORECASE), r["drug"])
            for r in read_table("claims_approved_drugs.csv")
        ),
        not_supplement_subject=_any(data["not_supplement_subject"]),
        consumer_product=_any(data["consumer_product"]),
        remedy=_any(data["remedy"]), remedy_category=_any(data["remedy_category"]),
    )


def _union(terms: Iterable[AbsoluteTerm]) -> str:
    r"""One pattern that matches where any of ``terms`` does, with the same leftmost match:
    each term is ``\b(?:X)\b``, so the union is ``\b(?:X1|X2|…)\b`` (the boundaries
    shared, the alternatives in the terms' order, so SRE tries them in the same order as
    ``(?:\bX1\b)|(?:\bX2\b)|…``). One flat alternation lets ``compile_re`` factor the
    alternatives by their first characters: 25 % less time a sentence than the union of
    the terms as groups, over 9,776 corpus sentences with the same matches."""
    terms = tuple(terms)  # read twice on the fallback path
    inner = []
    for t in terms:
        text = t.pattern.pattern
        if not (text.startswith(r"\b(?:") and text.endswith(r")\b")):  # not a term of this module's shape
            return "|".join(f"(?:{t.pattern.pattern})" for t in terms)
        inner.append(text[5:-3])
    return r"\b(?:" + "|".join(inner) + r")\b"


#: Whose word hype is: a named speaker's, quoted, reported, denied, rejected, conditional
#: or asked hype is not the writer's ("could be a game-changer" is); nor is the goal of
#: research ("a cure remains the holy grail of brain research").
_HYPE_EXEMPT = ("negated", "reported", "rejected", "conditional", "quoted", "question", "speech", "goal")


def _hype_terms() -> tuple[AbsoluteTerm, ...]:
    """The hype lexicon (``knowledge/claims_hype.toml``) as absolute terms: an adjective
    describing a treatment, product or study (before it, or as what it "is"), and hype nouns
    and clickbait formulas wherever they stand."""
    data = read_toml("claims_hype.toml")
    adj, heads, intensifiers = "|".join(data["adjectives"]), "|".join(data["heads"]), "|".join(data["intensifiers"])
    described = (rf"(?:{adj})\s+(?:[a-z-]+\s+){{0,2}}?(?:{heads})|(?:{heads})\s+(?:[a-z]+\s+){{0,2}}?"
                 rf"(?:is|are|was|were|looks?|seems?)\s+(?:(?:{intensifiers})\s+)?(?:{adj})")
    aim = compile_re(data["aim"], re.IGNORECASE)
    rows = (
        (described, "hype: a sensational word about a treatment or study says more than the result shows", aim),
        ("|".join(data["nouns"]), "hype: this wording presents one result as a solved problem", aim),
        ("|".join(data["clickbait"]), "sensational clickbait; say what was found, in whom, and how much", aim),
    )
    return tuple(AbsoluteTerm(compile_re(rf"\b(?:{p})\b", re.IGNORECASE), False, why, exempt, _HYPE_EXEMPT, None,
                              "sentence" if p is described else "outside", hype=True)
                 for p, why, exempt in rows)


@lru_cache(maxsize=1)
def _hype_hedges() -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in read_toml("claims_hype.toml")["hedged"]), re.IGNORECASE)


#: Where a comma stretch begins: the hedge of hype is read between it and the term.
_STRETCH = compile_re(r".*(?:,(?!\d)|[;:—]|\s[–-]\s|\bbut\b)", re.DOTALL)


#: A sentence that relays what people said ("…, researchers said on Tuesday"): hedged hype in
#: it is the speakers' conjecture, not the writer's promise. Research does not speak: in
#: "could be a game-changer, according to new research" the label is the writer's.
_RELAYED = compile_re(r"\b(?:said|says|say|told)\b")


def _hedged_hype(doc: Document, sent: Sentence, a: Assertion, start: int) -> bool:
    """The hype at ``start`` is offered as a possibility: the assertion layer's
    ``tentative`` right before it ("a potential game changer"), or a hedge of
    ``claims_hype.toml`` ``hedged`` earlier in its comma stretch ("could revolutionise the
    way it is treated") when people are relayed saying it (a named speaker, "…, researchers
    said"). The writer's own "could be a game-changer" stays hype, even "according to new
    research": research does not speak."""
    if a.tentative:
        return True
    lead = _STRETCH.match(doc.text, sent.start, start)
    if _hype_hedges().search(doc.text, lead.end() if lead else sent.start, start) is None:
        return False
    named = a.clause is not None and a.clause.named_person
    return a.speech or named or _RELAYED.search(doc.text, sent.start, sent.end) is not None


@lru_cache(maxsize=1)
def _health_words() -> re.Pattern[str]:
    data = read_toml("claims_hype.toml")
    return compile_re(rf"\b(?:{'|'.join(data['heads'] + data['health'])})\b", re.IGNORECASE)


_ABOUT_US = compile_re(r"\s*(?:#+\s*)?About (?:the )?[A-Z]")


def _about_us(doc: Document, sent: Sentence) -> bool:
    """The sentence is in or after a press release's "About <Organisation>" paragraph or
    heading: the issuer's description of itself ("… fostering groundbreaking research"), not
    a claim about the news (the boilerplate closes a release)."""
    first = doc.analysis("claims.about-us", lambda d: next(
        (i for i, b in enumerate(d.blocks) if _ABOUT_US.match(d.text, b.start)), len(d.blocks)))
    return sent.block >= first


def _about_health(doc: Document, sent: Sentence, term: tuple[int, int]) -> bool:
    """The sentence names, outside the hype ``term`` itself, a treatment, study or science
    word, an intervention or a medical concept (finding or organ)."""
    words = _health_words()
    if words.search(doc.text, sent.start, term[0]) or words.search(doc.text, term[1], sent.end):
        return True
    if any(sent.start <= a < sent.end for item in interventions(doc).named for a, _ in item.spans):
        return True
    return any(sent.start <= m.start < sent.end for m in mentions(doc))


# -- what the claims rules read ----------------------------------------------------

#: Citation signs inside a sentence: a link, a footnote marker, a DOI/PMID, "(Smith et al.,
#: 2020)", "[3]", "published in", "according to", and a superscript reference number that
#: plain text flattened onto the sentence's last word ("…after one treatment.1").
CITED_RE = compile_re(
    r"\b10\.\d{4,9}/\S+|\bPMID\b|\bdoi\b|\(\s*[A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][a-z]+)?,?\s+(?:19|20)\d{2}\s*\)|"
    r"\[\d+(?:[,–-]\s*\d+)*\]|\bpublished (?:\w+ ){0,3}in\b|\baccording to\b|"
    r"(?<=[a-z]{2}[.,;:)”\"])\d{1,2}(?:,\d{1,2})*(?=\s*$)",
)


def sentence_cited(doc: Document, sent: Sentence) -> bool:
    if any(sent.start <= lk.start < sent.end for lk in doc.links):
        return True
    if any(sent.start <= off <= sent.end for off, _ in doc.footnote_refs):
        return True
    return bool(CITED_RE.search(doc.text, sent.start, sent.end))


def has_provider_referral(doc: Document) -> bool:
    return doc.analysis("claims.referral", lambda d: _found(d, cues().referral))


def has_harm_mention(doc: Document) -> bool:
    return doc.analysis("claims.harm", lambda d: _found(d, cues().harm))


def _search(doc: Document, rx: re.Pattern[str], start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``rx`` (lower-case cues, IGNORECASE) searched on the lower-cased text without
    IGNORECASE, which is several times faster; as written where lower-casing moves offsets."""
    low = lowered(doc)
    end = len(doc.text) if end is None else end
    if low is None:
        return rx.search(doc.text, start, end)
    return _case_sensitive(rx).search(low, start, end)


def _found(doc: Document, rx: re.Pattern[str], start: int = 0, end: int | None = None) -> bool:
    """Whether ``_search`` finds ``rx``, asked through ``existence_pattern`` (the cue lists'
    ``\\b``-led alternatives gathered under one boundary): the same answer, without trying
    every alternative at every position of the article."""
    low = lowered(doc)
    end = len(doc.text) if end is None else end
    if low is None:
        return existence_pattern(rx).search(doc.text, start, end) is not None
    return existence_pattern(_case_sensitive(rx)).search(low, start, end) is not None


@lru_cache(maxsize=64)
def _case_sensitive(rx: re.Pattern[str]) -> re.Pattern[str]:
    return compile_re(rx.pattern, rx.flags & ~re.IGNORECASE & ~re.UNICODE)


def _named_subject(doc: Document, sent: Sentence, m: re.Match[str]) -> str | None:
    """A specific supplement named before the claim verb in the sentence ("Vitamin D
    supplements prevent …"), for articles that are not about one supplement."""
    for sm in cues().supplements.finditer(doc.text, sent.start, m.start()):
        if sm.group(0).lower() not in GENERIC_SUPPLEMENT:
            return sm.group(0).lower()
    return None


@dataclass(frozen=True)
class _Span:
    """A disease named in a claim's object (a match of the conditions list or a finding of
    the concept lexicon), with the ``start``/``end``/``group`` a match has."""

    s: int
    e: int
    text: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _n: int = 0) -> str:
        return self.text


def _diseases(doc: Document, start: int, end: int, broad: bool = True) -> list[_Span]:
    """The diseases named in ``[start, end)``: the conditions list, and (``broad``) the
    findings (diseases, symptoms) of the concept analysis ("hypothyroidism", "acid reflux",
    "tumours"); organs and functions ("memory", "the heart") are not diseases."""
    found = [_Span(m.start(), m.end(), m.group(0)) for m in cues().conditions.finditer(doc.text, start, end)]
    for m in _findings(doc) if broad else ():
        if start <= m.start and m.end <= end and not any(d.s < m.end and m.start < d.e for d in found):
            found.append(_Span(m.start, m.end, doc.text[m.start:m.end]))
    return sorted(found, key=lambda d: d.s)


def _findings(doc: Document) -> list[Mention]:
    return doc.analysis("claims.findings", lambda d: [m for m in mentions(d) if m.kind == "finding"])


def _product_subject(doc: Document, sent: Sentence, before: int) -> str | None:
    """A supplement-like product the interventions analysis names before ``before`` in the
    sentence: one of kind supplement, or one whose name ends in a product form ("garlic
    extract", "sea moss gel"), unless it is an everyday food as people eat it ("olive oil",
    "tart cherry juice") on a page that does not sell it (``genre.ordinary_food``)."""
    for item in interventions(doc).named:
        if item.name in GENERIC_SUPPLEMENT:
            continue
        if any(sent.start <= a and b <= before for a, b in item.spans) and (
                item.kind == "supplement" or cues().product_form.search(item.name)) \
                and not ordinary_food(doc, item.name):  # "olive oil" in a report of diet research
            return item.name
    return None


def _is_question(doc: Document, sent: Sentence) -> bool:
    return doc.text[sent.start:sent.end].rstrip().endswith("?")


def _in_name(doc: Document, sent: Sentence, start: int) -> bool:
    """The term is part of a proper name ("P-Cure", "Cure Parkinson's"): capitalised in the
    middle of a sentence, or glued to a word by a hyphen."""
    return (doc.text[start:start + 1].isupper() and start > sent.start) or doc.text[start - 1:start] == "-"


def _exempt(doc: Document, a: Assertion, names: Iterable[str]) -> str | None:
    """The first of ``names`` that leaves the match alone; a named speaker's words
    (``speech``) only where the speakers are not the publisher's own (a press release's
    researchers and executives, a seller's founder speak for the publisher)."""
    why = a.exempt(names)
    if why == "speech" and issuer_voice(doc):
        return a.exempt(n for n in names if n != "speech")
    return why


def _approved_drug(topic: str, conditions: list[_Span]) -> str | None:
    """The approved drug whose active ingredient is ``topic`` and whose approved indications
    cover every condition named (cannabidiol and seizures: Epidiolex), if there is one."""
    for substance, indications, drug in cues().approved_drugs:
        if substance.match(topic) and all(indications.fullmatch(c.group(0)) for c in conditions):
            return drug
    return None


# -- rules --------------------------------------------------------------------------


class AbsoluteClaim(Rule):
    """An absolute or miracle term promises what no treatment can.

    What it flags:
    "cure", "guaranteed", "100% safe", "completely safe", "no side effects", "miracle",
    "detox", hype ("revolutionary", "breakthrough", "works for everyone", "one weird trick")
    and "clinically proven" with no source in the sentence; promises of a permanent effect
    ("you'll never have to worry about heartburn again", "gone for good"), of absolute
    safety ("safe for everyone", "completely harmless"), of an effect for every case or at
    once ("works for all types of eczema", "erases wrinkles overnight", "never fails") and of
    toxins pulled out. Each term is a row of `knowledge/claims_absolute.csv` naming the
    assertion attributes that exempt it. Hype from `knowledge/claims_hype.toml` (sourced):
    an adjective describing a treatment, product or study ("a jaw-dropping new study", "the
    results are stunning"), hype nouns ("game-changer", "holy grail", "silver bullet") and
    clickbait ("doctors are furious"), in the writer's own voice, in a sentence about health,
    outside a press release's "About us" section, and not naming an aim or hope ("a cure
    remains the holy grail of research", "a silver bullet has yet to be found"). Negated uses ("there
    is no cure", "not a miracle"), quoted scare terms, promises reported as someone else's
    ("clinics promising instant relief"), a cure as the goal of research ("testing it as a
    cure for sickle cell disease"), a measured share cured ("cures about half"), side effects a
    trial did not observe ("no side effects were reported"), a named patient's point of view
    ("To Ruth, the shot was a miracle cure"), a named speaker's reported words ("Schwartz said
    the supplements are completely safe", "…, she says"; not in a press release or on a product
    page, whose quoted people speak for the publisher), terms inside a condition ("if you want
    scientifically proven benefits"), "little to no side effects", "detox" naming a kind of
    product ("detox teas", "detoxifying patches"), people detoxing from a drug, or the kidneys'
    own work, and a cure of an infection that standard treatment cures (hepatitis C) are left
    alone. Hype offered as a possibility is reported at `info`, not as a warning: "a
    potential game changer", or a modal ("could revolutionise", "may be the holy grail") in a
    sentence someone else stands behind ("…, the researchers said", a press release's quoted
    scientist); the writer's own "could be a game-changer" is still hype.

    Why it matters:
    The FTC's Health Products Compliance Guidance (2022) treats these words as claims that
    need competent and reliable scientific evidence, and the FDA lists "miracle cure", "no
    side effects" and "detoxifies" among the signs of health fraud. Readers take them as
    promises.

    Example:
    This tea is a miracle cure for bloating, with no side effects.

    Better:
    In a 2021 trial of 120 adults (doi:10.1000/xyz), peppermint tea eased bloating in about
    a third; heartburn was the commonest side effect.
    """

    code = "CLM001"
    criteria = ("sensational_language",)
    name = "claims.absolute-term"
    category = "claims"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        c = cues()
        low = doc.text.lower()
        if len(low) != len(doc.text):
            low = doc.text  # rare characters change length: search as written
            absolute_any = c.absolute_any
        else:
            absolute_any = c.absolute_lower
        for sent in body_sentences(doc):
            if _is_question(doc, sent):
                continue  # "are shoppers convinced it can cure cancer?" asks, it does not promise
            if not absolute_any.search(low, sent.start, sent.end):
                continue
            seen: list[tuple[int, int]] = []
            for term in c.absolute:
                if term.exempt is not None and term.exempt.search(doc.text, sent.start, sent.end):
                    continue
                for m in term.pattern.finditer(doc.text, sent.start, sent.end):
                    if any(s < m.end() and m.start() < e for s, e in seen) or _in_name(doc, sent, m.start()):
                        continue
                    a = assertion_at(doc, m.start(), m.end())
                    if _exempt(doc, a, term.exempt_when):
                        continue  # "not a miracle", "clinics promising instant relief", "the search for a cure"
                    if term.exempt_after is not None and term.exempt_after.match(doc.text, m.end(), sent.end):
                        continue  # "cures about half of them": a measured rate
                    if term.health_only and (not _about_health(
                            doc, sent, m.span() if term.health_only == "outside" else (m.start(), m.start()))
                            or _about_us(doc, sent)):
                        continue  # "a breakthrough in the talks"; a press release's "About us" paragraph
                    if term.needs_citation and sentence_cited(doc, sent):
                        continue
                    seen.append(m.span())
                    if term.hype and _hedged_hype(doc, sent, a, m.start()):
                        # "could revolutionise", "a potential game changer": offered as a
                        # possibility; an editor may still trim it, but it is not a promise
                        yield self.finding(
                            doc, m.start(), m.end(),
                            f"Hedged hype '{m.group(0)}': offered as a possibility, but the word still "
                            "says more than one result shows",
                            severity=Severity.INFO,
                            suggestion="Say what was found, in whom and how much, instead of the label",
                            evidence={"term": m.group(0).lower(), "needs_citation": False, "hedged": True},
                        )
                        continue
                    yield self.finding(
                        doc, m.start(), m.end(), f"Absolute claim '{m.group(0)}': {term.why}",
                        suggestion="State what the evidence shows, with its source and its limits",
                        evidence={"term": m.group(0).lower(), "needs_citation": term.needs_citation},
                    )


class SupplementDiseaseClaim(Rule):
    """A supplement or herb is said to treat, cure or prevent a disease.

    What it flags:
    In an article about a supplement or herb (named in the title or tags, or the main one
    discussed), sentences that pair a treatment verb ("treats", "cures", "prevents",
    "effective in treating", "a remedy for", "an alternative to") with a disease or a
    condition ("fibromyalgia", "neuropathy", "depression") or that call the product a
    remedy. Everyday verbs of defeating a disease ("beats depression", "wards off colds",
    "knocks out the flu", "halts the progression of Alzheimer's", "nature's answer to heart
    disease") count with the disease right after them. The disease may be any finding the
    concept analysis knows ("hypothyroidism", "acid reflux") when the sentence names the
    product; the product may be any supplement-like product the interventions analysis names
    ("garlic extract", "sea moss gel"), but not an everyday food or drink in a report of diet
    research ("eating more olive oil may protect against strokes": a conventional food, not a
    supplement; ``knowledge/foods_everyday.txt``). Classical nutrient deficiency diseases ("vitamin D
    prevents rickets") are a claim a supplement may make. Left alone: sentences about something else (a drug, a diet, a device) that
    neither name the supplement nor refer back to it; sentences that report named research
    or a named authority ("the study found", "according to the NIH"); and a substance's
    approved prescription indication (cannabidiol for seizures: Epidiolex), unless the
    sentence sells a consumer product ("our CBD oil treats epilepsy"),
    ``knowledge/claims_approved_drugs.csv``; people's aims ("clients who wanted to manage
    cancer pain"); a named speaker's reported words ("She also notes that DHA may help prevent
    …"); and news reports, press releases and explainers that relay their sources as news does
    (``analysis/genre.py``, ``reporting``): the rule is about what a seller may say of its
    supplement, not about a report of research. The supplement may be named in the sentence itself ("Saw palmetto treats
    enlarged prostate") or be the publisher's own product ("Our blend reverses type 2
    diabetes"); a claim the article denies ("does not improve memory or prevent dementia"),
    reports as a seller's or rejects is left alone.

    Why it matters:
    Under 21 CFR 101.93(g) a claim that a supplement diagnoses, treats, cures, mitigates or
    prevents a disease makes it an unapproved drug; the FTC requires randomised clinical
    trials for such claims. Readers with a serious illness may delay real treatment.

    Example:
    Kratom is effective in treating conditions like fibromyalgia and neuropathy.

    Better:
    Kratom has not been shown to treat fibromyalgia or neuropathy; the FDA warns against
    using it for any medical condition.
    """

    code = "CLM002"
    name = "claims.supplement-disease-claim"
    category = "claims"
    severity = Severity.ERROR

    #: What leaves a treatment verb alone: denied, someone else's claim, an aim, a
    #: possibility, a quotation, a condition or a claim the article rejects.
    EXEMPT_WHEN = ("negated", "reported", "rejected", "goal", "tentative", "quoted", "conditional", "speech")

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        if reporting(doc):
            return  # DSHEA binds the seller's labelling, not a report of research or of claims
        article_topic = supplement_topic(doc)
        c = cues()
        for sent in body_sentences(doc):
            if _is_question(doc, sent):
                continue  # a question asks, it does not claim
            verb = _search(doc, c.disease_verbs, sent.start, sent.end)
            act = _search(doc, c.disease_acts, sent.start, sent.end)
            if act is not None and (verb is None or act.start() < verb.start()):
                verb = act  # "beats depression": the object must follow closely (below)
            else:
                act = None
            remedy = c.remedy.search(doc.text, sent.start, sent.end)
            if remedy and c.remedy_category.fullmatch(remedy.group(0)) \
                    and not re.match(r"\s+(?:for|to)\b", doc.text[remedy.end():remedy.end() + 6]):
                remedy = None
            first = verb or remedy
            if first is None:
                continue
            clause = clause_at(doc, first.start())
            named = _named_subject(doc, sent, first)
            product = None if named else _product_subject(doc, sent, first.start())
            named = named or product
            topic = named if article_topic in GENERIC_SUPPLEMENT | {None} else article_topic
            if topic is None and clause is not None and clause.product:
                topic = clause.product  # "Our cinnamon and chromium blend reverses …": the seller's product
            if topic is None or clause is None:
                continue
            if c.not_supplement_subject.search(doc.text, sent.start, first.start()):
                continue  # about a prescription drug ("drugs that treat depression")
            if not product and not any(cl.subject for cl in sentence_clauses(doc, clause.sentence)):
                continue  # the sentence is about something else: a drug, a diet, a device
            if reports_research(doc, sent):
                continue
            a = assertion_at(doc, first.start(), first.end())
            if _exempt(doc, a, ("quoted", "conditional", "rejected", "speech")):
                continue
            if remedy and not (_in_name(doc, sent, remedy.start()) or _exempt(
                    doc, assertion_at(doc, remedy.start(), remedy.end()), self.EXEMPT_WHEN)):
                yield self.finding(
                    doc, remedy.start(), remedy.end(),
                    f"'{remedy.group(0)}' presents {topic} as a treatment: a drug claim a "
                    "supplement may not make (21 CFR 101.93(g))",
                    suggestion="Describe what studies found, in whom, and what regulators say",
                    evidence={"supplement": topic, "term": remedy.group(0).lower()},
                )
                continue
            if verb is None or _in_name(doc, sent, verb.start()):
                continue
            va = assertion_at(doc, verb.start(), verb.end())
            if _exempt(doc, va, self.EXEMPT_WHEN):
                continue  # "does not improve memory or prevent dementia", "clients who wanted to manage pain"
            window = (verb.end(), min(sent.end, verb.end() + (35 if act else 80)))
            quote = re.compile(r"[\"“]").search(doc.text, *window)  # the object ends where a quotation starts
            # the concept lexicon's findings count only when the sentence names the product
            # ("Practical steps to mitigate hair loss" is about the steps, not the herb)
            diseases = _diseases(doc, window[0], quote.start() if quote else window[1],
                                 broad=named is not None or bool(clause.product))
            diseases = [d for d in diseases if not c.deficiency.search(d.group(0))]
            if re.match(r"(?i)prevent|stop|keep|protect", verb.group(0).strip()):
                # "prevents cancer cells from taking up glutamine": laboratory work, not a disease prevented
                diseases = [d for d in diseases
                            if not re.match(r"\s+(?:cells?\s+)?from\b", doc.text[d.end():d.end() + 12], re.IGNORECASE)]
            if not diseases:
                continue
            drug = _approved_drug(topic, diseases)
            if drug and not c.consumer_product.search(doc.text, sent.start, sent.end):
                continue  # true of the approved prescription drug with the same active ingredient
            end = diseases[-1].end()
            only_drug = f"; only the prescription drug {drug} may claim this" if drug else ""
            yield self.finding(
                doc, verb.start(), end,
                f"Disease claim about {topic}: '{doc.excerpt(verb.start(), end)}'; a supplement "
                f"may not claim to treat, cure or prevent a disease (21 CFR 101.93(g)){only_drug}",
                suggestion="Say what the evidence shows (often none in people) and that it is "
                "not approved to treat the disease",
                evidence={"supplement": topic, "verb": verb.group(0).strip().lower(),
                          "conditions": [d.group(0).lower() for d in diseases]},
            )


class StructureFunctionWithoutDisclaimer(Rule):
    """Structure/function claims about a supplement, with no DSHEA disclaimer.

    What it flags:
    In an article about a supplement or herb, "supports immune health", "boosts
    metabolism", "promotes hair growth" and the like when the article never says "These
    statements have not been evaluated by the Food and Drug Administration…". One finding on
    the first claim; the others are related locations. Claims reported as someone else's
    ("said to improve memory", "is thought to promote sleep", a named speaker's words) or in
    sentences reporting named research are left alone, and so are news reports, press
    releases and explainers that relay their sources as news does (``analysis/genre.py``,
    ``reporting``): the disclaimer is the seller's duty on its labels and pages.

    Why it matters:
    21 U.S.C. 343(r)(6) and 21 CFR 101.93 allow such claims only with the disclaimer, which
    tells readers nobody checked them.

    Example:
    Ashwagandha supports healthy cortisol levels and boosts energy.

    Better:
    Add the disclaimer, or better, report what trials found: "In two small trials,
    ashwagandha lowered cortisol modestly (refs)."
    """

    code = "CLM003"
    name = "claims.structure-function-without-disclaimer"
    category = "claims"
    severity = Severity.WARNING
    #: Someone else's claim, quoted, rejected by the article, or only supposed.
    EXEMPT_WHEN = ("quoted", "reported", "rejected", "conditional", "speech")

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        topic = supplement_topic(doc)
        c = cues()
        if topic is None or _found(doc, c.dshea) or reporting(doc):
            return  # (the disclaimer is the seller's duty; a report quoting claims owes none)
        hits = [m for s in body_sentences(doc)
                if not _is_question(doc, s)  # a question does not claim
                if not reports_research(doc, s)  # reported findings
                for m in _finditer(doc, c.structure_function, s.start, s.end)
                if not _exempt(doc, assertion_at(doc, m.start(), m.end()), self.EXEMPT_WHEN)]
        if not hits:
            return
        first = hits[0]
        yield self.finding(
            doc, first.start(), first.end(),
            f"Structure/function claim about {topic} ('{doc.text[first.start():first.end()]}') without the DSHEA "
            "disclaimer" + (f" ({len(hits)} such claims)" if len(hits) > 1 else ""),
            related=[(m.start(), m.end(), "another structure/function claim") for m in hits[1:6]],
            suggestion="Add: \"These statements have not been evaluated by the Food and Drug "
            "Administration. This product is not intended to diagnose, treat, cure, or prevent "
            "any disease.\"",
            evidence={"supplement": topic, "claims": [doc.text[m.start():m.end()] for m in hits[:10]]},
        )


class NoProviderReferral(Rule):
    """Treatment advice with no suggestion to talk to a health professional.

    What it flags:
    Articles with treatment advice (several sentences that tell the reader to take, use or
    avoid something — "Give it 30 minutes before bedtime", "Start with one gummy a day"; in an article about a supplement, or one that also advises directly,
    sentences that call something a remedy or give its dose) and no "talk to your doctor",
    "consult a healthcare provider" or similar statement anywhere. What a drug or a person
    can do ("a compound from the vine can help treat anxiety") and guidance attributed to
    others ("women are advised to eat 25 grams a day") are description, not advice.

    Why it matters:
    HONcode principle 2: health information supports, not replaces, the relationship
    between patients and their clinicians. Readers with other conditions or medicines need
    to be sent to someone who can weigh them.

    Example:
    An article recommending 500 mg of turmeric twice a day for joint pain, with no mention
    of a doctor or pharmacist.

    Better:
    "Turmeric can interact with blood thinners; talk to your doctor or pharmacist before
    taking it."
    """

    code = "CLM004"
    name = "claims.no-provider-referral"
    category = "claims"
    severity = Severity.INFO
    options = {"min-advice-sentences": Option(int, 2, "How many advice sentences make an article give advice")}

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        advice = advice_sentences(doc)
        if len(advice) < ctx.option("min-advice-sentences") or has_provider_referral(doc):
            return
        first = advice[0]
        yield self.finding(
            doc, first.start, first.end,
            f"The article gives treatment advice ({len(advice)} sentences) but never suggests "
            "talking to a doctor, pharmacist or other healthcare provider",
            related=[(s.start, s.end, "more advice") for s in advice[1:4]],
            suggestion="Add: \"Talk to your doctor or pharmacist before trying this, especially "
            "if you take other medicines.\"",
            evidence={"advice_sentences": len(advice)},
        )


class UndisclosedPromotion(Rule):
    """Affiliate or sponsored links, or promotion, with no disclosure.

    What it flags:
    Links through affiliate networks or with affiliate parameters (amzn.to, `?tag=`,
    shareasale, `/go/` redirects…), promotion markers ("#ad", "use code", "20% off",
    "buy now") and the publisher selling its own product ("Our gummies contain…",
    "Download our FastTrack app") when the article has no disclosure ("we may earn a commission", "sponsored
    by", "affiliate links", "Disclosure:"). Outside a newsroom's copy, calls to buy and deals
    in a seller's shapes count too: an order of a unit of product ("grab a three-month
    supply"), a code entered at checkout, multi-buy and time-limited deals, "link in bio",
    "use my link", "tap here to order", a price "for just $29". One finding, on the first
    sentence's markers, with the others as related locations.

    Why it matters:
    The FTC Endorsement Guides (16 CFR 255.5) require a clear disclosure of any material
    connection; HONcode principle 8 asks sites to separate advertising from editorial
    content. Readers weigh a recommendation differently when the writer is paid for it.

    Example:
    Try [this magnesium](https://amzn.to/3abc) tonight — use code SLEEP20 for 20% off!

    Better:
    "We earn a commission from purchases made through links in this article" near the top.
    """

    code = "CLM005"
    criteria = ("funding_coi",)
    name = "claims.undisclosed-promotion"
    category = "claims"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        c = cues()
        if _found(doc, c.disclosure) or any(
            c.disclosure.search(str(v)) for v in doc.meta.values() if isinstance(v, str)
        ):
            return
        spots: list[tuple[int, int, str]] = []
        for link in doc.links:
            if c.affiliate_url.search(link.url):
                spots.append((link.start, link.end, f"affiliate link {link.url}"))
        markers = (c.promotion,) if reporting(doc) else (c.promotion, c.promotion_calls)
        for sent in body_sentences(doc):
            for rx in markers:
                for m in _finditer(doc, rx, sent.start, sent.end):
                    if not any(a < m.end() and m.start() < b for a, b, _ in spots):
                        spots.append((m.start(), m.end(), f"promotion marker '{doc.text[m.start():m.end()]}'"))
        for s, e in products(doc):
            if not any(a < e and s < b for a, b, _ in spots):
                spots.append((s, e, f"the publisher's own product '{doc.text[s:e]}'"))
        if not spots:
            return
        spots.sort()
        # one finding per article, on the first sentence's markers ("Snag a jar today using code
        # GLOW25" is one call to buy); the other markers are related locations
        k = doc.sentence_at(spots[0][0])  # -1 outside every sentence: then the first marker alone
        first = [x for x in spots if k >= 0 and doc.sentence_at(x[0]) == k] or spots[:1]
        rest = [x for x in spots if x not in first]
        s, e = first[0][0], max(x[1] for x in first)
        yield self.finding(
            doc, s, e,
            f"Commercial link or promotion ({'; '.join(w for *_, w in first[:3])}) with no disclosure "
            "statement" + (f"; {len(spots)} markers in all" if len(spots) > 1 else ""),
            related=[(rs, re_, msg) for rs, re_, msg in (first[1:] + rest)[:5]],
            suggestion="Add a clear disclosure near the top: \"We may earn a commission from "
            "links on this page.\"",
            evidence={"markers": [msg for *_, msg in spots[:10]]},
        )


def _describes_benefit(doc: Document, sent: Sentence, benefit: re.Pattern[str]) -> bool:
    """The sentence presents a benefit: not as a question, and not one that is denied ("did
    not improve survival"), missing or doubted ("the lack of benefit", "the benefits are
    uncertain"), supposed ("to see if the benefit lasts") or reported as someone else's claim
    (a named speaker's words: "…, she says")."""
    if _is_question(doc, sent) or _found(doc, cues().benefit_doubt, sent.start, sent.end):
        return False
    return any(not _benefit_exempt(doc, assertion_at(doc, m.start(), m.end()))
               for m in _finditer(doc, benefit, sent.start, sent.end))


def _finditer(doc: Document, rx: re.Pattern[str], start: int, end: int) -> Iterator[re.Match[str]]:
    low = lowered(doc)
    return rx.finditer(doc.text, start, end) if low is None else _case_sensitive(rx).finditer(low, start, end)


def _benefit_exempt(doc: Document, a: Assertion) -> bool:
    return _exempt(doc, a, ("negated", "reported", "rejected", "conditional", "speech")) is not None


class OneSidedBenefit(Rule):
    """Benefits of a treatment are described with no harms anywhere.

    What it flags:
    Articles about a treatment, supplement or herb with several benefit sentences
    ("relieves", "boosts", "effective for", "benefits") and not one mention of side
    effects, risks, interactions, harms or limitations anywhere. Benefits denied ("did not
    improve survival"), missing or doubted ("the lack of benefit", "the benefits are
    uncertain", "weak evidence that it could help"), asked about or reported as someone else's
    claim (a named speaker's words) do not count: a trial report that found no benefit is not
    praise.

    Why it matters:
    Every active treatment has harms. HealthNewsReview's criteria and the FTC guidance
    both count leaving out harms as misleading: readers cannot weigh a benefit they are
    told has no cost.

    Example:
    A page on elderberry listing five ways it "boosts immunity" and "fights flu", with no
    word on who should not take it.

    Better:
    Add what is known about side effects, interactions and who should avoid it, or say
    that harms have not been studied.
    """

    code = "CLM006"
    criteria = ("harms",)
    name = "claims.one-sided-benefit"
    category = "claims"
    severity = Severity.WARNING
    options = {"min-benefit-sentences": Option(int, 3, "Benefit sentences needed before the rule applies")}

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        if has_harm_mention(doc):
            return
        topic = supplement_topic(doc)
        c = cues()
        benefits = [s for s in body_sentences(doc) if _describes_benefit(doc, s, c.benefit)]
        if len(benefits) < ctx.option("min-benefit-sentences"):
            return
        if topic is None and not gives_advice(doc):
            return
        first = benefits[0]
        yield self.finding(
            doc, first.start, first.end,
            f"Benefits are described ({len(benefits)} sentences) but no harm, side effect, "
            "risk or interaction is mentioned anywhere",
            related=[(s.start, s.end, "another benefit") for s in benefits[1:4]],
            suggestion="Say what is known about side effects, interactions and who should not "
            "use it (or that harms are unstudied)",
            evidence={"benefit_sentences": len(benefits), "topic": topic},
        )

