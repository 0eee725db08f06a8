"""Evidence rules: study mentions a reader cannot find, attributions to nobody, anecdotes,
animal or preliminary evidence offered as proof, and causal claims from correlations.

They read the shared study analysis (``lint_rules.analysis.studies``) and the cue lists in
``knowledge/study_cues.toml``; none of them splits sentences or reads a file itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lint_rules.analysis.references import find_identifiers, marker_numbers
from lint_rules.analysis.studies import (
    _INSTITUTION,
    _KNOWN_INSTITUTIONS,
    cue_pattern,
    find_journal,
    study_mentions,
)
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import BODY, Document, Sentence
from lint_rules.store.compiled_re import compile_re

#: A named source: an organisation's acronym, "according to the CDC", a named doctor, a
#: named person speaking ("…, Doraiswamy says", "Komaroff tells Shots").
_NAMED_SOURCE = compile_re(
    r"\b(?:according to|reported by|data from|said|says|told)\s+(?:the\s+)?[A-Z][\w.-]+"
    r"|\b(?:Dr|Prof)\.?\s+[A-Z][a-z]+|\b(?:CDC|WHO|FDA|NIH|NHS|NICE|AHA|ACS|USPSTF|EMA|AAP)\b"
    r"|\b(?!(?:Experts?|Doctors?|Physicians?|Scientists?|Researchers?|Studies|Research|Science|Officials?|"
    r"Some|Many|Most|He|She|They|It|This|That|These|Those|Critics|Others|People|Users|Health|Medical|"
    r"Public|But|And|So|Now|Still|Yet)\b)"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,?\s+(?:says|said|tells|told|notes|noted|explains|explained|"
    r"adds|added|writes|wrote)\b"
)
#: Endnote markers in lower-case Roman numerals glued to the text, as press releases print
#: them ("…than people without NVAF,iii and …", "…non-frail people.iv,v,vi").
_ROMAN_MARKER = compile_re(r"[a-zA-Z][.,;:)”\"](?:[ivx]{1,4})(?:,[ivx]{1,4})*(?=\s|$)")
_HARM = compile_re(r"\b(?:toxic\w*|damage\w*|harm\w*|risk\w*|adverse|danger\w*|side effects?|"
                   r"death|died|poison\w*|addict\w*|overdose\w*)\b", re.IGNORECASE)
_BENEFIT = compile_re(
    r"\b(?:reduc\w*|improv\w*|reliev\w*|relief|help\w*|works?|better|benefit\w*|evidence of|"
    r"confirm\w*|prov\w+|effective|cure\w*|heal\w*|grows? back|no (?:significant )?\w+|"
    r"boost\w*|energy|alleviat\w*|eas\w+|less pain|fewer|melt\w*|burn\w*|weight loss|slim\w*|"
    r"younger|clear\w*|wonders)\b",
    re.IGNORECASE,
)
#: Cheap tests before the cue patterns (every cue phrase contains one of these words), run
#: on the lower-cased sentence without IGNORECASE, which is several times faster.
_VAGUE_CUE = compile_re(r"stud|research|expert|doctor|scien|evidence|proven|shown|observed|according|"
                        r"known|accepted|believed|recogni|reported|documented")
_LEVEL_CUE = compile_re(r"rat|mice|mouse|rodent|animal|murine|vitro|cell|test|dish|prelim|promis|pilot|"
                        r"limited|dog|monkey|pig|zebrafish|flies|worm")
#: The only characters that case-insensitive matching equates with an ASCII letter other
#: than its own upper case ("İ", "ı", "ſ", Kelvin "K"): where one occurs, lower-casing is
#: not the same test, so ``_has_cue`` falls back to IGNORECASE.
_FOLDS = compile_re("[\u0130\u0131\u017f\u212a]")


def _has_cue(cue: re.Pattern[str], text: str) -> bool:
    """``cue`` (lower-case ASCII literals) occurs in ``text``, in any letter case."""
    if _FOLDS.search(text):
        return re.search(cue.pattern, text, re.IGNORECASE) is not None
    return cue.search(text.lower()) is not None


#: Framing that offers a finding as backing for the article's claim rather than reporting it.
_AS_SUPPORT = compile_re(
    r"^\W*(?:for (?:instance|example)|indeed|in fact|notably)\b|\b(?:evidence|proves?|proven|"
    r"confirm\w*|revealed that|demonstrated that|demonstrates that|backs? up|supports?)\b",
    re.IGNORECASE,
)
#: Words before a vague phrase that make it specific or negate it: "no studies have shown",
#: "our research shows" (a quoted researcher's own study), "Previous MD Anderson research";
#: that point back to sources already named ("both studies found", "those experts say", "a
#: review of 63 studies found"); or that make it a condition, not an attribution ("when
#: doctors recommend surgery").
_NOT_VAGUE_BEFORE = compile_re(
    r"(?:\b(?i:no|few|not|little|limited|our|their|this|these|the|new(?:\s+\w+-[\w-]+)?|his|her|its|my|preliminary|"
    r"pilot|promising|animal|cell|both|those|such|two|three|four|five|not all|\d+(?:,\d{3})*(?!,)|when|"
    r"whenever|unless|if|whether)|"
    r"(?<!^)(?<![.!?]\s)\b[A-Z][\w&-]+(?:['’]s)?)\s+$"
)
#: A condition a few words before the phrase: "if larger, longer studies prove …".
_CONDITION = compile_re(r"\b(?i:if|when|whenever|unless|until|once)\s+(?:[\w-]+,?\s+){1,3}$")
#: A general rule in the present tense ("drugs reach the market after studies show they are
#: safe"), unlike a past event ("was touted after studies found …", still a vague source).
_GENERAL_RULE = compile_re(r"\b(?i:after|before|until|once)\s+$")
_PRESENT_VERB = compile_re(r"\b(?:shows?|proves?|suggests?|finds?|indicates?|demonstrates?|confirms?)$",
                           re.IGNORECASE)
#: Sentences with numbers, comparisons or study words report data, not anecdotes; "claim",
#: "says" and "purported" keep the testimonials at a distance.
_DATA_OR_DISTANCE = compile_re(
    r"\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:compared|than those|placebo|trial|analysis|"
    r"survey|claim\w*|says|purport\w*|allegedly|supposedly)\b",
    re.IGNORECASE,
)
#: A researcher describing their own work ("we demonstrated … in mouse models"): reporting.
_OWN_WORK = compile_re(r"\b(?:we|our)\b", re.IGNORECASE)
_CONNECTOR = compile_re(r"^(?:so|thus|therefore|this means|this shows|that means|in other words|"
                        r"in short|the upshot)\b", re.IGNORECASE)


def body_sentences(doc: Document) -> Iterable[tuple[int, Sentence, str]]:
    """(index, sentence, text) of every body sentence (not the reference list or the bio)."""
    for k, sent in enumerate(doc.sentences):
        if doc.blocks[sent.block].role == BODY:  # footnote definitions have the references role
            yield k, sent, doc.text[sent.start:sent.end]


def sentence_text(doc: Document, k: int) -> str:
    if 0 <= k < len(doc.sentences):
        sent = doc.sentences[k]
        return doc.text[sent.start:sent.end]
    return ""


def same_block_next(doc: Document, k: int) -> str:
    sentences = doc.sentences
    if k + 1 < len(sentences) and sentences[k + 1].block == sentences[k].block:
        return sentence_text(doc, k + 1)
    return ""


def nearby_text(doc: Document, k: int, before: int = 2, after: int = 2) -> str:
    """The sentences around ``k`` in the same section, joined."""
    sentences = doc.sentences
    section = doc.blocks[sentences[k].block].section
    picked = [j for j in range(max(0, k - before), min(len(sentences), k + after + 1))
              if doc.blocks[sentences[j].block].section == section]
    return " ".join(sentence_text(doc, j) for j in picked)


def has_source(doc: Document, k: int) -> bool:
    """A citation (identifier, link, marker, footnote) or a named source in sentence ``k``."""
    sent = doc.sentences[k]
    text = sentence_text(doc, k)
    if find_identifiers(text) or marker_numbers(text) or find_journal(text) or _ROMAN_MARKER.search(text):
        return True
    if _NAMED_SOURCE.search(text) or _KNOWN_INSTITUTIONS.search(text) or _INSTITUTION.search(text):
        return True
    if any(sent.start <= lk.start < sent.end for lk in doc.links if lk.kind != "image"):
        return True
    return any(sent.start <= off <= sent.end + 2 for off, _ in doc.footnote_refs)


def in_quotation(doc: Document, sent: Sentence) -> bool:
    """The sentence is quoted speech: it opens with a quotation mark, or a quotation opened
    earlier in its paragraph is still open ("…the study, "For many years … Past studies
    have shown …")."""
    if doc.text[sent.start:sent.end].lstrip().startswith(("\"", "“")):
        return True
    return quote_open(doc, doc.blocks[sent.block].start, sent.start)


def quote_open(doc: Document, block_start: int, pos: int) -> bool:
    """A quotation opened between the start of the block and ``pos`` is still open."""
    before = doc.text[block_start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)


class StudyWithoutIdentifier(Rule):
    """A study is described, but the reader is given no way to find it.

    What it flags:
    Mentions of one study — "a study published in the Journal of Ethnopharmacology (2016)
    revealed…", "a 2017 study in Pharmacognosy Research", "researchers at Harvard found" —
    with no DOI, PMID, PMC id, trial registry number, link, or citation marker in the
    sentence or the next one. The journal, year, date, lead author and institution the rule
    extracted are in the finding's evidence, so an editor (or `--online`, which asks Crossref
    and PubMed) can look the paper up.

    Grading by how much the reader is given to find the study:
    journal + date or year + lead author or institution (or a quoted title), as in news
    copy ("published Monday in JAMA Pediatrics, led by Dr. Roe of Boston University"), is
    findable and reported as `info`; anything less — a journal and a year only, an
    institution only, or "a new study found" — is a `warning`. Clues from the three
    sentences either side count (not those of a sentence about another study), a lead
    author named further on ("…, said study lead researcher Dr. Elena Arbelo", "Renee
    Reijo Pera of Stanford and colleagues") counts for the study before it, and a study
    retold in several sentences is reported once. A journal missing from the built-in list
    is recognised by its shape after "published in" ("Personality and Individual
    Differences", "Menopause") or by "X, the official journal of…".

    Why it matters:
    A journal name and a year are not a citation: they cannot be checked, and invented
    studies (common in machine-written health copy) look exactly like this. Readers and
    editors need the paper itself to see whether it was in people, how large it was, and
    whether it says what the article claims.

    Example:
    A study published in the Journal of Ethnopharmacology (2016) revealed that kratom
    extract significantly alleviated pain.

    Better:
    A 2016 study in mice (Smith et al., J Ethnopharmacol, doi:10.1016/j.jep.2016.01.001)
    found… — with the DOI or a link to the paper or its PubMed record.
    """

    code = "CIT001"
    criteria = ("evidence_quality",)
    name = "evidence.study-without-identifier"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for m in study_mentions(doc):
            if m.cited:
                continue
            found = ", ".join(c.replace("_", " ") for c in m.clues())
            if m.findable:
                yield self.finding(
                    doc, m.start, m.end,
                    f"Study mention without a link or identifier; the reader gets {found}, "
                    "enough to find it, but a DOI or link would let them check it.",
                    severity=Severity.INFO, evidence=m.as_evidence(),
                    suggestion="Link the paper (DOI or PubMed record).",
                )
            else:
                given = f"only {found}" if m.clues() else "nothing to look it up by"
                yield self.finding(
                    doc, m.start, m.end,
                    f"Study mention with no DOI, PMID, link or citation; the reader gets {given}, "
                    "not enough to find and check it.",
                    evidence=m.as_evidence(),
                    suggestion="Cite the study: authors, title, journal, year and a DOI or link.",
                )


class VagueAttribution(Rule):
    """A claim attributed to unnamed research or experts.

    What it flags:
    "Studies have shown", "research suggests", "experts agree", "science says", "doctors
    recommend" with no source in the same sentence or the next one: no citation marker,
    link, DOI, journal, named organisation or named expert. When one of the next three
    sentences describes a particular study (a news lead: "…, research suggests."), this
    rule stays quiet and the study rule speaks instead.

    Why it matters:
    These are weasel words: they borrow the authority of science without letting anyone
    check it. Health readers cannot tell a consensus from one small study, or from nothing.

    Example:
    Studies have shown that some individuals may notice thinning hair.

    Better:
    A 2019 case series of 12 regular kratom users [3] described thinning hair in two.
    """

    code = "CIT002"
    name = "evidence.vague-attribution"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        pattern = cue_pattern("vague", "phrases")
        mention_sentences = {m.sentence for m in study_mentions(doc)}
        sentences = doc.sentences
        for k, sent, text in body_sentences(doc):
            if not _has_cue(_VAGUE_CUE, text):
                continue
            m = pattern.search(text)
            if m is None or has_source(doc, k) or k in mention_sentences:
                continue
            nxt = k + 1 if k + 1 < len(sentences) and sentences[k + 1].block == sent.block else None
            if nxt is not None and has_source(doc, nxt):
                continue
            if any(j in mention_sentences for j in range(k + 1, k + 4)):
                continue  # the study it refers to is described next ("…, research suggests.")
            before = text[:m.start()]
            general = _GENERAL_RULE.search(before) and _PRESENT_VERB.search(m.group(0))
            if re.search(r"\?\s*$", text) or _NOT_VAGUE_BEFORE.search(before) or _CONDITION.search(before) \
                    or general or in_quotation(doc, sent):
                continue  # a question; "no studies", "our research", "MD Anderson research"; a quote
            yield self.finding(
                doc, sent.start + m.start(), sent.start + m.end(),
                f"'{m.group(0)}' without saying which studies or whom; name and cite the source.",
                evidence={"phrase": m.group(0)},
            )


class AnecdoteAsEvidence(Rule):
    """User reports or testimonials offered as support for an effect.

    What it flags:
    "Numerous users report reduced soreness", "as confirmed by various user reports",
    "many people swear by it", testimonials — when the sentence presents them as support
    for a benefit (or for safety: "users report no hair loss"). Reports of side effects are
    left alone (they are safety signals), as are sentences that themselves call the
    reports anecdotal or unproven.

    Why it matters:
    Self-reports are biased by expectation, by who chooses to report, and by natural
    recovery; the FTC's 2022 Health Products Compliance Guidance says consumer testimonials
    do not substantiate a health claim.

    Example:
    Numerous users report reduced muscle soreness when consuming kratom.

    Better:
    Some users describe less soreness, but no controlled trial has tested this.
    """

    code = "CIT003"
    criteria = ("evidence_quality",)
    name = "evidence.anecdote-as-evidence"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        subj = "|".join(_cue_list("anecdote", "subjects"))
        verbs = "|".join(_cue_list("anecdote", "verbs"))
        report = compile_re(rf"\b(?:(?:many|numerous|some|most|several|various|countless)\s+)?(?:{subj})\b(?:\s+[\w’'-]+){{0,7}}?\s+(?:{verbs})\b", re.IGNORECASE)
        phrases = cue_pattern("anecdote", "phrases")
        harm = cue_pattern("anecdote", "harm_words")
        disclaim = cue_pattern("anecdote", "disclaimers")
        for k, sent, text in body_sentences(doc):
            if text.lstrip().startswith(("\"", "“")):
                continue  # a quoted speaker, not the article's own argument
            m = phrases.search(text) or report.search(text)
            if m is None or _DATA_OR_DISTANCE.search(text):
                continue  # trial data ("82% of people receiving it reported…"), or reporting at a remove
            endorses = re.search(r"\b(?:swear|rave)", m.group(0), re.IGNORECASE)
            if harm.search(text) or not (endorses or _BENEFIT.search(text)):
                continue
            if disclaim.search(text) or disclaim.search(same_block_next(doc, k)):
                continue
            yield self.finding(
                doc, sent.start + m.start(), sent.start + m.end(),
                f"'{m.group(0)}' offered as support for an effect; reports and testimonials "
                "do not show that something works.",
                evidence={"phrase": m.group(0)},
            )


def _cue_list(section: str, key: str) -> list[str]:
    from lint_rules.analysis.studies import cues

    return list(cues()[section][key])


class EvidenceLevelMismatch(Rule):
    """Animal, cell or preliminary evidence offered as support for an effect in people.

    What it flags:
    A sentence that presents an effect ("significantly alleviated pain", "reduces
    inflammation") whose support is "in rats", "animal models", "in mice", "in vitro",
    "cell studies"; and "preliminary", "promising", "pilot" or "limited" studies used as
    confirmation ("as confirmed by… limited clinical studies"). Harms seen in animals are
    left alone (they are reasons for caution). A caveat near the sentence ("whether this
    applies to humans is unknown", "human trials are needed") silences it. It is a
    `warning` when the finding is offered as backing ("For instance, a study revealed
    that…", "as confirmed by", "evidence") and the article never says the result is not
    yet shown in people; news reporting of an animal study as such ("they found that
    cognition improved in mice") is `info`.

    Why it matters:
    The FTC's Health Products Compliance Guidance (2022) is explicit that animal and
    in-vitro studies, and pilot studies, do not substantiate health claims for people:
    most results in animals never replicate in humans.

    Example:
    A study revealed that kratom extract significantly alleviated pain and inflammation in
    animal models.

    Better:
    In a study in rats, kratom extract reduced signs of inflammation; it has not been
    tested for muscle soreness in people.
    """

    code = "CIT004"
    criteria = ("evidence_quality",)
    name = "evidence.evidence-level-mismatch"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        animal = cue_pattern("level", "animal")
        in_vitro = cue_pattern("level", "in_vitro")
        prelim = cue_pattern("level", "preliminary")
        support = cue_pattern("level", "support")
        caveats = cue_pattern("level", "caveats")
        doc_caveat = any(caveats.search(t) for _, _, t in body_sentences(doc))
        for k, sent, text in body_sentences(doc):
            if not _has_cue(_LEVEL_CUE, text):
                continue
            hit, level = None, ""
            for pat, name in ((animal, "animal"), (in_vitro, "in vitro")):
                hit = pat.search(text)
                if hit:
                    level = name
                    break
            if hit is not None:
                if _HARM.search(text) or not support.search(text):
                    continue
            else:
                hit = prelim.search(text)
                level = "preliminary"
                if hit is None or not re.search(
                        r"(?<!designed to )(?<!aimed to )(?<!intended to )(?<!meant to )(?<!set out to )"
                        r"\b(?:confirm\w*|prove[sdn]?|proving|demonstrat\w*|establish\w*)\b",
                        text, re.IGNORECASE):
                    continue  # "a pilot study designed to prove…" states an aim, not a result
            if caveats.search(nearby_text(doc, k, 1, 2)):
                continue
            as_support = bool(_AS_SUPPORT.search(text)) and not _OWN_WORK.search(text)
            severity = Severity.WARNING if as_support and not doc_caveat else Severity.INFO
            what = {"animal": "animal studies", "in vitro": "cell or test-tube studies",
                    "preliminary": "preliminary or small studies"}[level]
            yield self.finding(
                doc, sent.start + hit.start(), sent.start + hit.end(),
                f"Evidence from {what} ('{hit.group(0)}') offered as support for an effect in "
                "people; say it has not been shown in humans.",
                severity=severity, evidence={"level": level, "cue": hit.group(0)},
            )


#: Before a causal word: a noun use ("any cause", "all-cause"), a hedge ("may prevent",
#: "could lead to"), a negation, a purpose ("to prevent") or a relative clause ("which leads to").
_NOT_CAUSAL_BEFORE = compile_re(
    r"(?:\b(?:any|a|an|the|leading|main|root|common|known|other|no|its|their|all|major|underlying|"
    r"possible|can|could|may|might|would|should|not|never|to|which|that|who|had|have|has|of|for)|"
    r"n['’]t|['’]d|-)"
    r"\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _asserted(text: str, verb: re.Match[str]) -> bool:
    """The causal word is a claim: not a noun, hedged, negated, or passive ("caused by")."""
    if _NOT_CAUSAL_BEFORE.search(text[:verb.start()]):
        return False
    return not re.match(r"\s+(?:by|of)\b", text[verb.end():])


class CorrelationAsCausation(Rule):
    """A causal verb where the study described only found an association.

    What it flags:
    "Causes", "prevents", "cures", "boosts", "protects against", "reduces the risk" in a
    sentence that describes an observational finding ("associated with", "linked to",
    cohort, survey, "were less likely"), or in the sentence right after one that starts
    "So…"/"This means…". Sentences that say the study cannot show cause and effect are
    left alone.

    Why it matters:
    Observational studies cannot tell whether coffee protects the heart or whether healthier
    people drink more coffee. Causal wording from correlational studies is the most common
    exaggeration in health news (Sumner et al., BMJ 2014).

    Example:
    Coffee drinkers were less likely to die in the cohort, so coffee prevents heart disease.

    Better:
    In the cohort, coffee drinkers were less likely to die of heart disease; the study
    cannot show whether coffee was the reason.
    """

    code = "CIT005"
    criteria = ("evidence_quality",)
    name = "evidence.correlation-as-causation"
    category = "evidence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        designs = cue_pattern("observational", "designs")
        causal = cue_pattern("observational", "causal")
        caveats = cue_pattern("observational", "caveats")
        experimental = cue_pattern("observational", "experimental")
        for k, sent, text in body_sentences(doc):
            design = designs.search(text)
            if design is None:
                continue
            targets = [(sent, text)]
            nxt = same_block_next(doc, k)
            if nxt and _CONNECTOR.match(nxt):
                targets.append((doc.sentences[k + 1], nxt))
            if caveats.search(nearby_text(doc, k, 1, 2)) or experimental.search(text):
                continue
            for target, ttext in targets:
                verb = next((v for v in causal.finditer(ttext) if _asserted(ttext, v)), None)
                if verb is None:
                    continue
                yield self.finding(
                    doc, target.start + verb.start(), target.start + verb.end(),
                    f"'{verb.group(0)}' claims cause and effect, but the finding described is an "
                    f"association ('{design.group(0)}').",
                    related=[(sent.start + design.start(), sent.start + design.end(),
                              "the observational finding")],
                    evidence={"causal": verb.group(0), "design": design.group(0)},
                    suggestion="Say 'is linked to' and that the study cannot show cause.",
                )
                break
