"""Health-claim rules: the promises regulators and careful readers treat as promises.

Sources: FTC "Health Products Compliance Guidance" (2022), FDA 21 CFR 101.93 (structure/
function and disease claims for dietary supplements, and the DSHEA disclaimer) and HONcode
principles 2 (complementarity) and 8 (advertising policy). Every word list is a data file
under ``knowledge/claims_*`` with its source on its first lines.

Shared pieces (which sentences give treatment advice, what the article is about) are
per-document analyses, so ``metadata`` and ``credentials`` rules reuse them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint_rules.analysis.genre import NEWS, PRESS_RELEASE, genre
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import BODY, Document, Sentence
from lint_rules.knowledge import read_lines, read_table, read_toml
from lint_rules.store.compiled_re import compile_re


@dataclass(frozen=True)
class Cues:
    dshea: re.Pattern[str]
    referral: re.Pattern[str]
    disclosure: re.Pattern[str]
    promotion: re.Pattern[str]
    affiliate_url: re.Pattern[str]
    benefit: re.Pattern[str]
    harm: re.Pattern[str]
    disease_verbs: re.Pattern[str]
    direct_advice: re.Pattern[str]
    implied_advice: re.Pattern[str]
    reported_guidance: re.Pattern[str]
    research_report: re.Pattern[str]
    site_chrome: re.Pattern[str]
    absolute: tuple[tuple[re.Pattern[str], bool, str, re.Pattern[str] | None], ...]
    #: Any of the ``absolute`` patterns: one search per sentence finds the few that need them.
    absolute_any: re.Pattern[str]
    supplements: re.Pattern[str]
    conditions: re.Pattern[str]
    structure_function: re.Pattern[str]
    #: (substance, approved conditions, drug) from ``knowledge/claims_approved_drugs.csv``
    approved_drugs: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]


def _any(patterns: Iterable[str]) -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = read_toml("claims_cues.toml")
    absolute = tuple(
        (compile_re(rf"\b(?:{r['pattern']})\b", re.IGNORECASE), r["needs_citation"] == "yes", r["why"],
         compile_re(r["exempt"], re.IGNORECASE) if r.get("exempt") else None)
        for r in read_table("claims_absolute.csv")
    )
    words = sorted(read_lines("claims_supplements.txt"), key=len, reverse=True)
    return Cues(
        dshea=_any(data["dshea_disclaimer"]), referral=_any(data["provider_referral"]),
        disclosure=_any(data["disclosure"]), promotion=_any(data["promotion_markers"]),
        affiliate_url=_any(data["affiliate_url"]), benefit=_any(data["benefit"]),
        harm=_any(data["harm"]), disease_verbs=_any(data["disease_verbs"]),
        direct_advice=_any(data["direct_advice"]), implied_advice=_any(data["implied_advice"]),
        reported_guidance=_any(data["reported_guidance"]), research_report=_any(data["research_report"]),
        site_chrome=_any(data["site_chrome"]), absolute=absolute,
        absolute_any=compile_re("|".join(f"(?:{rx.pattern})" for rx, *_ in absolute), re.IGNORECASE),
        supplements=compile_re(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE),
        conditions=_any(rf"\b(?:{c})\b" for c in read_lines("claims_conditions.txt")),
        structure_function=_any(rf"\b(?:{c})\b" for c in read_lines("claims_structure_function.txt")),
        approved_drugs=tuple(
            (compile_re(rf"^(?:{r['substance']})$", re.IGNORECASE),
             compile_re(rf"\b(?:{r['conditions']})\b", re.IGNORECASE), r["drug"])
            for r in read_table("claims_approved_drugs.csv")
        ),
    )


# -- shared analyses ----------------------------------------------------------------

GENERIC_SUPPLEMENT = {"supplement", "supplements", "herb", "herbs", "herbal remedy", "natural remedy",
                      "dietary supplement", "dietary supplements", "herbal supplement", "herbal supplements"}
#: Citation signs inside a sentence: a link, a footnote marker, a DOI/PMID, "(Smith et al.,
#: 2020)", "[3]", "published in", "according to".
CITED_RE = compile_re(
    r"\b10\.\d{4,9}/\S+|\bPMID\b|\bdoi\b|\(\s*[A-Z][A-Za-z-]+(?: et al\.?| and [A-Z][a-z]+)?,?\s+(?:19|20)\d{2}\s*\)|"
    r"\[\d+(?:[,–-]\s*\d+)*\]|\bpublished (?:\w+ ){0,3}in\b|\baccording to\b",
)


def body_sentences(doc: Document) -> list[Sentence]:
    return [s for s in doc.sentences if doc.blocks[s.block].role == BODY and doc.blocks[s.block].kind != "heading"]


def sentence_cited(doc: Document, sent: Sentence) -> bool:
    if any(sent.start <= lk.start < sent.end for lk in doc.links):
        return True
    if any(sent.start <= off <= sent.end for off, _ in doc.footnote_refs):
        return True
    return bool(CITED_RE.search(doc.text, sent.start, sent.end))


def supplement_topic(doc: Document) -> str | None:
    """The supplement or herb the article is about: named in the title or tags, or the
    most frequent one named at least three times. ``None`` for other articles."""
    return doc.analysis("claims.supplement", _supplement_topic)


def _supplement_topic(doc: Document) -> str | None:
    rx = cues().supplements
    head = " ".join([doc.title, *doc.meta_list("tags", "keywords", "categories")])
    named = [m.group(0).lower() for m in rx.finditer(head)]
    specific = [n for n in named if n not in GENERIC_SUPPLEMENT]
    if specific:
        return specific[0]
    counts: dict[str, int] = {}
    for s in body_sentences(doc):
        for m in rx.finditer(doc.text, s.start, s.end):
            counts[m.group(0).lower()] = counts.get(m.group(0).lower(), 0) + 1
    if not counts:
        return named[0] if named else None
    best = max(counts, key=lambda k: (k not in GENERIC_SUPPLEMENT, counts[k]))
    return best if counts[best] >= 3 else None


def advice_sentences(doc: Document) -> list[Sentence]:
    """Body sentences that give or imply treatment advice, leaving out quotations, site
    furniture and sentences that report research.

    Advice addressed to the reader ("take…", "you should…") always counts. Efficacy, remedy
    and dose wording ("a viable remedy for", "can help relieve", "200 mg a day") counts only
    in an article about a supplement or herb, or one that also advises the reader directly,
    and not when it is attributed to someone else ("the panel recommends…"): in a news
    story it describes what a drug or a person can do."""
    return doc.analysis("claims.advice", _advice_sentences)


#: A paragraph that is one unpunctuated line is a headline, caption or link label ("Try a
#: New Heart Scan"), not a sentence of advice.
END_PUNCTUATION_RE = compile_re(r"[.!?:;…\"”')\]]\s*$")


def _headline(doc: Document, sent: Sentence) -> bool:
    block = doc.blocks[sent.block]
    return (block.kind == "paragraph" and block.start >= sent.start and block.end <= sent.end
            and not END_PUNCTUATION_RE.search(doc.text, sent.start, sent.end))


def _directly_advises(doc: Document, sent: Sentence) -> bool:
    text = doc.text[sent.start:sent.end]
    lead = len(text) - len(text.lstrip())
    return any(not in_quotation(doc, sent, sent.start + lead + m.start() + 1)
               for m in cues().direct_advice.finditer(text.strip()))


def _advice_sentences(doc: Document) -> list[Sentence]:
    c = cues()
    direct: list[Sentence] = []
    implied: list[Sentence] = []
    for s in body_sentences(doc):
        if (c.research_report.search(doc.text, s.start, s.end) or c.site_chrome.search(doc.text, s.start, s.end)
                or _headline(doc, s)):
            continue
        if _directly_advises(doc, s):
            direct.append(s)
        elif (c.implied_advice.search(doc.text, s.start, s.end) and not in_quotation(doc, s, s.start + 1)
              and not c.reported_guidance.search(doc.text, s.start, s.end)):
            implied.append(s)
    if not direct and supplement_topic(doc) is None:
        return []
    return sorted(direct + implied, key=lambda s: s.start)


def gives_treatment_advice(doc: Document, minimum: int = 2) -> bool:
    return len(advice_sentences(doc)) >= minimum


def has_provider_referral(doc: Document) -> bool:
    return doc.analysis("claims.referral", lambda d: bool(cues().referral.search(d.text)))


def has_harm_mention(doc: Document) -> bool:
    return doc.analysis("claims.harm", lambda d: bool(cues().harm.search(d.text)))


def _named_subject(doc: Document, sent: Sentence, m: re.Match[str]) -> str | None:
    """A specific supplement named before the claim verb in the sentence ("Vitamin D
    supplements prevent …"), for articles that are not about one supplement."""
    for sm in cues().supplements.finditer(doc.text, sent.start, m.start()):
        if sm.group(0).lower() not in GENERIC_SUPPLEMENT:
            return sm.group(0).lower()
    return None


NEGATION_RE = compile_re(
    r"\b(?:no|not|never|nor|without|isn't|aren't|wasn't|don't|doesn't|cannot|can't|no known|"
    r"neither|lack|lacks|beware of|avoid|claims? (?:of|to)|promises? (?:of|to)|so-called|alleged|"
    r"find|finding|search(?:ing)? for|hunt(?:ing)? for|hopes? (?:for|to)|quest for|looking for|"
    r"lead(?:s|ing)? to|toward|towards|potential|possible|whether|no such thing as|there is no|any|"
    r"about|seeming|supposed|considers?|called|dubbed|hailed as|touted as|billed as|described as|"
    r"help us|one day|says?|said|claims?|claimed|rarely|seldom|seem(?:s|ed|ingly)?|appear(?:s|ed)?)"
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
CLAUSE_NEGATION_RE = compile_re(
    r"\b(?:not|never|no|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|cannot|can't|"
    r"do not|does not|did not|failed to|fails to|insufficient)\b|n['’]t\b", re.IGNORECASE)
INNER_NEGATION_RE = compile_re(r"\bnot\b|n't\b|\bnever\b", re.IGNORECASE)
#: Terms that are negative claims themselves ("no side effects"): a negation earlier in the
#: clause ("it is not addictive and has no side effects") does not cancel them.
NEGATIVE_TERM_RE = compile_re(r"(?:no|zero|without)\b", re.IGNORECASE)
#: Before a claim verb, these make the sentence hypothetical ("whether vitamin D prevents")
#: or about a prescription drug rather than the supplement.
NOT_A_SUPPLEMENT_CLAIM_RE = compile_re(
    r"\b(?:whether|if|drugs?|medications?|medicines?|prescriptions?|approved|approval)\b", re.IGNORECASE
)
QUOTED_TERM_RE = compile_re(r"[\"“‘']\s*$")
#: Earlier in the sentence: the term is someone else's claim being reported or debunked
#: ("practitioners claim they can … detoxify the colon", "claims that cleanses detoxify …").
REPORTED_CLAIM_RE = compile_re(
    r"\b(?:claim(?:s|ed|ing)?|purport(?:s|ed)?|alleg(?:e|es|ed|edly)|supposedly|touts?|touted|declar(?:e|es|ed|ing)|"
    r"marketers|advertis\w+|so-called)\b", re.IGNORECASE)
#: Right before the term: someone else's promise is being reported ("clinics promising instant
#: relief", "nootropics said to improve memory").
PROMISED_RE = compile_re(r"\b(?:promis(?:e|es|ed|ing)|(?:said|claimed|touted|reputed|supposed|purported) to)\s+$",
                         re.IGNORECASE)
#: Earlier in the same clause, or "holy grail" anywhere: a cure is the goal being pursued, not a
#: promise ("inventing a cure for cancer", "testing the method as a cure for …", "the key to
#: the cure for baldness", "nor do the authors advise drinking as a cure", "patients yearning to
#: learn what it takes to cure their disease").
CURE_PURSUIT_RE = compile_re(
    r"\b(?:search\w*|hunt\w*|hop(?:e|es|ed|ing)|quest|look\w* for|long(?:s|ed|ing)? for|seek\w*|sought|"
    r"test\w*|investigat\w*|develop\w*|invent\w*|discover\w*|key to|race (?:for|to)|pursu\w*|step toward|"
    r"closer to|nor|yearn\w*|what it (?:will |would )?takes? to)\b", re.IGNORECASE)
HOLY_GRAIL_RE = compile_re(r"\bholy grail\b", re.IGNORECASE)
#: Anywhere in the sentence: the writer says the claim is unfounded ("it would be wrong to portray
#: it as completely safe", "a pill with no side effects is still a dream").
DEBUNKED_RE = compile_re(r"\b(?:no basis|myths?|debunk\w*|unproven|unfounded|too early|premature|no (?:good |scientific |real )?"
                         r"evidence|not supported|lacks? evidence|somehow|not (?:be )?(?:seen|considered|regarded|"
                         r"called|label+ed) as|wrong to (?:portray|call|describe|present|say)|"
                         r"(?:is|remains) (?:still |only )?a (?:pipe )?dream(?! come))\b", re.IGNORECASE)
#: Right after "cures": a measured rate ("which cures up to 90 percent of children") is a
#: reported outcome, not a promise; 100% stays a promise.
CURE_RATE_RE = compile_re(
    r"(?<!\s)\s+(?:\w+\s+){0,3}?(?:(?!100\b)\d{1,2}(?:\.\d+)?\s*(?:%|percent)\s+of\b|"
    r"(?:(?:about|nearly|roughly|almost|more than|less than|up to|only|just|over)\s+)?"
    r"(?:half|a third|a quarter|two-thirds|three-quarters|one in \w+)\b)", re.IGNORECASE)
#: Before the term in its clause: the sentence supposes rather than claims ("if you want a
#: therapy with scientifically proven benefits, …").
CONDITIONAL_RE = compile_re(r"\b(?:if|unless)\b", re.IGNORECASE)
#: The sentence opens on a named person's point of view ("To 58-year-old Ruth Alder, the
#: injection was a miracle cure"): it reports how a patient saw it, not the writer's promise.
VIEWPOINT_RE = compile_re(
    r"\W*(?:to|for|in the eyes of)\s+(?:(?:an?\s+)?\d+-year-old\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
    r"(?<!['’]s)\s*,",  # "For Alzheimer's, …" names a disease, not a person
    re.IGNORECASE)
#: Words that can stand for the supplement in a claim sentence that does not name it ("its
#: effectiveness in treating …", "the extract kills …", "key nutrients … prevent …"). A sentence
#: with none of them and no supplement name is about something else (a drug, a diet, a device).
SUPPLEMENT_REFERENCE_RE = compile_re(
    r"\b(?:it|its|it['’]s|itself|they|their|them)\b|\b(?:vitamins?|minerals?|nutrients?|supplementation)\b|"
    r"\b(?:this|these|the|such|that|those)\s+(?:[\w-]+\s+){0,2}?(?:herbs?|plants?|roots?|leaf|leaves|"
    r"berr(?:y|ies)|seeds?|extracts?|oils?|teas?|tinctures?|capsules?|pills?|tablets?|gummies|"
    r"powders?|compounds?|remed(?:y|ies)|products?|formulas?|blends?)\b",
    re.IGNORECASE,
)
#: The sentence reports named research or a named authority ("the study demonstrates …",
#: "epidemiologic studies have shown …", "researchers found …", "…, according to the National
#: Institutes of Health", "is being studied for …"): news reporting what was found, not the
#: writer's claim. A bare "Studies show …" or "Research proves …" names nothing and does not
#: count.
RESEARCH_SOURCE_RE = compile_re(
    r"\b(?:the|this|that|these|those|a|an|one|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:study|studies|trials?|review|meta-analysis|analysis|paper|experiment|research)\b|"
    r"\b(?:epidemiologic(?:al)?|observational|clinical|randomi[sz]ed|controlled|animal|laboratory|lab|"
    r"mouse|rodent|cell|cohort|population|pilot|preliminary|phase (?:[1-4]|i{1,3}|iv))\s+"
    r"(?:studies|study|trials?|research|experiments?)\b|"
    r"\b(?:researchers|scientists|investigators|the authors)\b|\bpublished (?:\w+ ){0,3}in\b|"
    r"\bbeing (?:studied|tested|investigated|evaluated)\b|"
    r"\baccording to (?:the )?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: The claim's object ends where a quotation starts: what follows is someone else's words.
QUOTE_START_RE = compile_re(r"[\"“]")
#: "prevents cancer cells from taking up glutamine": the disease word is the subject of a
#: blocked action (laboratory work), not a disease prevented.
PREVENTED_FROM_RE = compile_re(r"\s+(?:cells?\s+)?from\b", re.IGNORECASE)
#: A consumer product rather than the approved drug: "CBD oil", "our gummies", "this tincture".
CONSUMER_PRODUCT_RE = compile_re(
    r"\b(?:oils?|gummies|gummy|tinctures?|capsules?|softgels?|pills?|tablets?|drops|sprays?|vapes?|"
    r"creams?|balms?|edibles?|supplements?|products?|brands?|teas?|powders?|syrups?|our)\b",
    re.IGNORECASE,
)


def _negated(doc: Document, sent: Sentence, start: int) -> bool:
    """Negated, reported ("hailed as a miracle"), quoted, or part of a proper name (P-Cure)."""
    before = doc.text[max(sent.start, start - 60):start]
    if NEGATION_RE.search(before) or QUOTED_TERM_RE.search(before):
        return True
    if (doc.text[start:start + 1].isupper() and start > sent.start) or before.endswith("-"):
        return True
    return in_quotation(doc, sent, start)


def _reported(doc: Document, sent: Sentence, start: int) -> bool:
    """The term reports, promises on someone else's behalf, or debunks a claim, gives a named
    person's point of view, or sits in a condition."""
    clause = re.split(r"[,;:—]|\bbut\b", doc.text[sent.start:start])[-1]
    return bool(REPORTED_CLAIM_RE.search(doc.text, sent.start, start)
                or PROMISED_RE.search(doc.text[max(sent.start, start - 40):start])
                or DEBUNKED_RE.search(doc.text, sent.start, sent.end)
                or VIEWPOINT_RE.match(doc.text, sent.start, start)
                or CONDITIONAL_RE.search(clause))


def _reported_or_rate(doc: Document, sent: Sentence, m: re.Match[str]) -> bool:
    """The term reports or debunks someone else's claim, is followed by a cure rate, or names
    a cure as the goal of research."""
    if _reported(doc, sent, m.start()):
        return True
    if "cure" not in m.group(0).lower():
        return False
    clause = re.split(r"[,;:—]|\bbut\b", doc.text[sent.start:m.start()])[-1]
    return bool(CURE_RATE_RE.match(doc.text, m.end(), sent.end) or CURE_PURSUIT_RE.search(clause)
                or HOLY_GRAIL_RE.search(doc.text, sent.start, sent.end))


def _clause_negated(doc: Document, sent: Sentence, start: int) -> bool:
    """A negation earlier in the same clause: "supplements don't appear to help women prevent
    …", "there isn't enough research to conclude effectiveness for …"."""
    clause = re.split(r"[,;:—]|\bbut\b", doc.text[sent.start:start])[-1]
    return bool(CLAUSE_NEGATION_RE.search(clause))


def _approved_drug(topic: str, conditions: list[re.Match[str]]) -> str | None:
    """The approved drug whose active ingredient is ``topic`` and whose approved indications
    cover every condition named (cannabidiol and seizures: Epidiolex), if there is one."""
    for substance, indications, drug in cues().approved_drugs:
        if substance.match(topic) and all(indications.fullmatch(c.group(0)) for c in conditions):
            return drug
    return None


def in_quotation(doc: Document, sent: Sentence, offset: int) -> bool:
    """Inside a quotation in its paragraph: the article reports what someone said."""
    before = doc.text[doc.blocks[sent.block].start:offset]
    straight = before.count('"') % 2 == 1
    curly = before.count("“") > before.count("”")
    return straight or curly


# -- rules --------------------------------------------------------------------------


class AbsoluteClaim(Rule):
    """An absolute or miracle term promises what no treatment can.

    What it flags:
    "cure", "guaranteed", "100% safe", "completely safe", "no side effects", "miracle",
    "detox", and "clinically proven" with no source in the sentence. Negated uses ("there
    is no cure", "not a miracle"), quoted scare terms, promises reported as someone else's
    ("clinics promising instant relief"), a cure as the goal of research ("testing it as a
    cure for sickle cell disease"), a measured share cured ("cures about half"), side effects a
    trial did not observe ("no side effects were reported"), a named patient's point of view
    ("To Ruth, the shot was a miracle cure"), terms inside a condition ("if you want
    scientifically proven benefits") and "detox" naming a kind of product ("detox teas",
    "detoxifying patches") or the kidneys' own work are left alone.

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
        for sent in body_sentences(doc):
            if doc.text[sent.start:sent.end].rstrip().endswith("?"):
                continue  # "are shoppers convinced it can cure cancer?" asks, it does not promise
            if not cues().absolute_any.search(doc.text, sent.start, sent.end):
                continue
            seen: list[tuple[int, int]] = []
            for rx, needs_citation, why, exempt in cues().absolute:
                if exempt is not None and exempt.search(doc.text, sent.start, sent.end):
                    continue
                for m in rx.finditer(doc.text, sent.start, sent.end):
                    if any(s < m.end() and m.start() < e for s, e in seen):
                        continue
                    if _negated(doc, sent, m.start()) or INNER_NEGATION_RE.search(m.group(0)):
                        continue
                    if not NEGATIVE_TERM_RE.match(m.group(0)) and _clause_negated(doc, sent, m.start()):
                        continue  # "not everyone considers it a miracle drug"
                    if _reported_or_rate(doc, sent, m):
                        continue
                    if needs_citation and sentence_cited(doc, sent):
                        continue
                    seen.append(m.span())
                    yield self.finding(
                        doc, m.start(), m.end(), f"Absolute claim '{m.group(0)}': {why}",
                        suggestion="State what the evidence shows, with its source and its limits",
                        evidence={"term": m.group(0).lower(), "needs_citation": needs_citation},
                    )


class SupplementDiseaseClaim(Rule):
    """A supplement or herb is said to treat, cure or prevent a disease.

    What it flags:
    In an article about a supplement or herb (named in the title or tags, or the main one
    discussed), sentences that pair a treatment verb ("treats", "cures", "prevents",
    "effective in treating", "a remedy for", "an alternative to") with a disease or a
    condition ("fibromyalgia", "neuropathy", "depression") or that call the product a
    remedy. Left alone: sentences about something else (a drug, a diet, a device) that
    neither name the supplement nor refer back to it; sentences that report named research
    or a named authority ("the study found", "according to the NIH"); and a substance's
    approved prescription indication (cannabidiol for seizures: Epidiolex), unless the
    sentence sells a consumer product ("our CBD oil treats epilepsy"),
    ``knowledge/claims_approved_drugs.csv``; and people's aims ("clients who wanted to manage
    cancer pain").

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
    severity = Severity.WARNING

    REMEDY_RE = compile_re(r"\b(?:(?:viable|effective|natural|proven|safe|powerful|herbal)\s+)+"
                           r"(?:remedy|cure|treatment|alternative|medicine|painkiller)\b", re.IGNORECASE)
    #: "an herbal remedy", "natural medicine" name a kind of product, not what it does; with
    #: "for" ("a natural remedy for colds") or an evaluative word ("a viable natural remedy")
    #: they make a claim.
    CATEGORY_RE = compile_re(r"(?:(?:natural|herbal)\s+)+(?:remedy|medicine|treatment)", re.IGNORECASE)
    FOR_RE = compile_re(r"\s+(?:for|to)\b", re.IGNORECASE)
    #: Right before the treatment verb: people aiming to treat their illness ("clients who
    #: wanted to manage cancer pain", "hoping to ease his epilepsy"), not the product claimed to do it.
    GOAL_RE = compile_re(
        r"\b(?:want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|"
        r"striv(?:e|es|ing)|struggl(?:e|es|ed|ing)|desperate)\s+to\s+$", re.IGNORECASE)

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        article_topic = supplement_topic(doc)
        c = cues()
        for sent in body_sentences(doc):
            if doc.text[sent.start:sent.end].rstrip().endswith("?"):
                continue  # a question asks, it does not claim
            verb = c.disease_verbs.search(doc.text, sent.start, sent.end)
            remedy = self.REMEDY_RE.search(doc.text, sent.start, sent.end)
            if remedy and self.CATEGORY_RE.fullmatch(remedy.group(0)) and not self.FOR_RE.match(doc.text, remedy.end()):
                remedy = None
            first = verb or remedy
            if first is None:
                continue
            named = _named_subject(doc, sent, first)
            topic = named if article_topic in GENERIC_SUPPLEMENT | {None} else article_topic
            if topic is None or in_quotation(doc, sent, sent.start + 1):
                continue
            if NOT_A_SUPPLEMENT_CLAIM_RE.search(doc.text, sent.start, first.start()):
                continue
            if not (c.supplements.search(doc.text, sent.start, sent.end)
                    or SUPPLEMENT_REFERENCE_RE.search(doc.text, sent.start, sent.end)):
                continue  # the sentence is about something else: a drug, a diet, a device
            if RESEARCH_SOURCE_RE.search(doc.text, sent.start, sent.end):
                continue
            if remedy and not _negated(doc, sent, remedy.start()):
                yield self.finding(
                    doc, remedy.start(), remedy.end(),
                    f"'{remedy.group(0)}' presents {topic} as a treatment: a drug claim a "
                    "supplement may not make (21 CFR 101.93(g))",
                    suggestion="Describe what studies found, in whom, and what regulators say",
                    evidence={"supplement": topic, "term": remedy.group(0).lower()},
                )
                continue
            if verb is None or _negated(doc, sent, verb.start()) or _clause_negated(doc, sent, verb.start()):
                continue
            if self.GOAL_RE.search(doc.text[max(sent.start, verb.start() - 40):verb.start()]):
                continue  # "clients who wanted to manage cancer pain": a person's aim, not a claim
            window = (verb.end(), min(sent.end, verb.end() + 80))
            quote = QUOTE_START_RE.search(doc.text, *window)
            diseases = [d for d in c.conditions.finditer(doc.text, window[0], quote.start() if quote else window[1])
                        if not PREVENTED_FROM_RE.match(doc.text, d.end())]
            if not diseases:
                continue
            drug = _approved_drug(topic, diseases)
            if drug and not CONSUMER_PRODUCT_RE.search(doc.text, sent.start, sent.end):
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
    ("said to improve memory") or in sentences reporting named research are left alone, and
    so are news reports and press releases (``analysis/genre.py``): the disclaimer is the
    seller's duty on its labels and pages.

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

    def check(self, doc: Document, ctx: RuleContext) -> Iterator[Finding]:
        topic = supplement_topic(doc)
        c = cues()
        if topic is None or c.dshea.search(doc.text) or _newsroom(doc):
            return  # (the disclaimer is the seller's duty; a report quoting claims owes none)
        hits = [m for s in body_sentences(doc)
                if not doc.text[s.start:s.end].rstrip().endswith("?")  # a question does not claim
                if not RESEARCH_SOURCE_RE.search(doc.text, s.start, s.end)  # reported findings
                for m in c.structure_function.finditer(doc.text, s.start, s.end)
                if not in_quotation(doc, s, m.start()) and not _reported(doc, s, m.start())]
        if not hits:
            return
        first = hits[0]
        yield self.finding(
            doc, first.start(), first.end(),
            f"Structure/function claim about {topic} ('{first.group(0)}') without the DSHEA "
            "disclaimer" + (f" ({len(hits)} such claims)" if len(hits) > 1 else ""),
            related=[(m.start(), m.end(), "another structure/function claim") for m in hits[1:6]],
            suggestion="Add: \"These statements have not been evaluated by the Food and Drug "
            "Administration. This product is not intended to diagnose, treat, cure, or prevent "
            "any disease.\"",
            evidence={"supplement": topic, "claims": [m.group(0) for m in hits[:10]]},
        )


class NoProviderReferral(Rule):
    """Treatment advice with no suggestion to talk to a health professional.

    What it flags:
    Articles with treatment advice (several sentences that tell the reader to take, use or
    avoid something; in an article about a supplement, or one that also advises directly,
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
    shareasale, `/go/` redirects…) and promotion markers ("#ad", "use code", "20% off",
    "buy now") when the article has no disclosure ("we may earn a commission", "sponsored
    by", "affiliate links", "Disclosure:").

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
        if c.disclosure.search(doc.text) or any(
            c.disclosure.search(str(v)) for v in doc.meta.values() if isinstance(v, str)
        ):
            return
        spots: list[tuple[int, int, str]] = []
        for link in doc.links:
            if c.affiliate_url.search(link.url):
                spots.append((link.start, link.end, f"affiliate link {link.url}"))
        for sent in body_sentences(doc):
            for m in c.promotion.finditer(doc.text, sent.start, sent.end):
                spots.append((m.start(), m.end(), f"promotion marker '{m.group(0)}'"))
        if not spots:
            return
        spots.sort()
        s, e, what = spots[0]
        yield self.finding(
            doc, s, e,
            f"Commercial link or promotion ({what}) with no disclosure statement"
            + (f"; {len(spots)} in all" if len(spots) > 1 else ""),
            related=[(rs, re_, msg) for rs, re_, msg in spots[1:6]],
            suggestion="Add a clear disclosure near the top: \"We may earn a commission from "
            "links on this page.\"",
            evidence={"markers": [msg for *_, msg in spots[:10]]},
        )


#: Right before a benefit word: the benefit is missing or doubted ("the lack of benefit",
#: "raised doubts about the benefits").
DOUBTED_BENEFIT_RE = compile_re(
    r"\b(?:lack|lacks|absence|question|questions|doubt|doubts|skepticism)\s+(?:of|about|over)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE)


def _describes_benefit(doc: Document, sent: Sentence, benefit: re.Pattern[str]) -> bool:
    """The sentence presents a benefit: not as a question, and not one that is denied ("did
    not improve survival"), missing or doubted ("the lack of benefit"), supposed ("to see if
    the benefit lasts") or reported as someone else's claim."""
    if doc.text[sent.start:sent.end].rstrip().endswith("?"):
        return False
    return any(
        not (_clause_negated(doc, sent, m.start()) or _reported(doc, sent, m.start())
             or DOUBTED_BENEFIT_RE.search(doc.text[max(sent.start, m.start() - 60):m.start()]))
        for m in benefit.finditer(doc.text, sent.start, sent.end))


class OneSidedBenefit(Rule):
    """Benefits of a treatment are described with no harms anywhere.

    What it flags:
    Articles about a treatment, supplement or herb with several benefit sentences
    ("relieves", "boosts", "effective for", "benefits") and not one mention of side
    effects, risks, interactions, harms or limitations anywhere. Benefits denied ("did not
    improve survival"), missing or doubted ("the lack of benefit"), asked about or reported as
    someone else's claim do not count: a trial report that found no benefit is not praise.

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
        if topic is None and not gives_treatment_advice(doc):
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


def _newsroom(doc: Document) -> bool:
    """A news report or press release by more than its byline (a "By …" line alone is
    also how consumer guides start): the genre analysis is confident and a newsroom cue
    other than the byline fired."""
    g = genre(doc)
    return (g.is_(NEWS, PRESS_RELEASE) and (g.source == "metadata" or (
        g.confidence >= 0.5 and any(name != "byline" for name in g.cues.get(g.label, {})))))
