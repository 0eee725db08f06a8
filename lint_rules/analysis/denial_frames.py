"""Denials carried by a structure, not by "not" before a verb: a negative quantifier as the
clause's subject, and a question answered by the sentence after it.

- **Negative quantifier** ("Nothing in Zanta can cause a rash", "Nobody who takes it has to
  worry about muscle aches", "There's nothing here that can give you a headache"): the
  subject is a negative indefinite (nothing, nobody, no one, not a single/one …), so the
  effect its predicate brings about or undergoes is denied — the negation cues of ConText,
  which look for "not"/"no" right before the effect, read these as plain (hedged) harms. It
  is the product's denial only when the product is in the clause (its name, a word pointing
  back, "here"), no other intervention is, and the predicate is one of causing, undergoing
  or worrying about (``claim_reader.read_clause`` or ``[quantified]``), not knowing or
  proving ("Nobody knows whether it causes rashes" is no denial).
- **Question and answer** ("Stroke? That is simply not something X can cause",
  "Drowsiness? Not with Zanta", "Shellfish allergy? You can still take Zanta"): a short
  question that is only a topic names what the next sentence, its answer, denies or allows.
  The question asserts nothing by itself (the clause layer already drops questions); the
  pair is read as one claim, said in the answer's sentence, when the answer names the
  product (or "it") and no other intervention, and is not limited ("Not usually, but…").

Data: ``knowledge/claim_frames.toml`` ``[quantified]`` and ``[answers]``.

Public API: ``quantified_denial(doc, s_start, s_end, m)`` (asked by
``contradictions._build_claims`` for an effect read as affirmed), ``answer_claims(doc)``
and ``typed_answer_claims(doc, allergens_of, groups_of)`` (computed once per document, as
``label_claims.FrameClaim`` records).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint_rules.analysis.boundaries import CAPITALISED_WORD, PUNCTUATION_CUT, clause_start
from lint_rules.analysis.label_claims import FrameClaim, key_values, points_to_product
from lint_rules.analysis.product_reference import only_product_before
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re
from lint_rules.structure import BODY, QUOTE

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.analysis.concepts import Mention
    from lint_rules.document import Document

DATA_FILE = "claim_frames.toml"


@dataclass(frozen=True)
class _Data:
    quantifier: re.Pattern[str]
    opener: re.Pattern[str]
    worry: re.Pattern[str]
    cause: re.Pattern[str]
    not_denial: re.Pattern[str]
    pointer: re.Pattern[str]
    topic_opener: re.Pattern[str]
    denial_words: re.Pattern[str]
    no_help: re.Pattern[str]
    permission: re.Pattern[str]
    limits: re.Pattern[str]


@functools.cache
def _data() -> _Data:
    d = read_toml(DATA_FILE)
    q, a = d["quantified"], d["answers"]
    return _Data(
        quantifier=compile_re(r"(?<![a-z'-])(?:" + phrase_alternation(q["quantifiers"]) + r")(?![a-z'-])", re.IGNORECASE),
        opener=compile_re(r"\A\W*(?:(?:" + phrase_alternation(q["openers"]) + r")\s*)*\Z", re.IGNORECASE),
        worry=compile_re(r"(?<![a-z])(?:" + phrase_alternation(q["worry"]) + r")\s+(?:(?:any|a|an|the|getting|developing|having)\s+)*\Z",
                         re.IGNORECASE),
        cause=compile_re(r"(?<![a-z])(?:" + phrase_alternation(q["cause_verbs"]) + r")(?![a-z])", re.IGNORECASE),
        not_denial=compile_re(r"(?<![a-z])(?:" + "|".join(q["not_denial"]) + r")(?![a-z])", re.IGNORECASE),
        pointer=compile_re(r"(?<![a-z'])(?:" + "|".join(q["pointers"]) + r")(?![a-z'])", re.IGNORECASE),
        topic_opener=compile_re(r"\A\W*(?:(?:" + phrase_alternation(a["topic_openers"]) + r")\s+)?", re.IGNORECASE),
        denial_words=compile_re(r"(?<![a-z])(?:" + phrase_alternation(a["denial_words"]) + r")(?![a-z])", re.IGNORECASE),
        no_help=compile_re(r"(?<![a-z])(?:" + phrase_alternation(a["no_help"]) + r")(?![a-z])", re.IGNORECASE),
        permission=compile_re(r"(?<![a-z])(?:" + phrase_alternation(a["permission"]) + r")(?![a-z])", re.IGNORECASE),
        limits=compile_re(r"(?<![a-z])(?:" + phrase_alternation(a["limits"]) + r")(?![a-z])", re.IGNORECASE),
    )


_NEGATION = compile_re(r"(?<![a-z])(?:not|never|no|none|nothing|nobody|neither|nor)(?![a-z])|n't|n’t", re.IGNORECASE)


def _main_or_pointer(doc: Document, k: int, lo: int, hi: int) -> bool:
    """``[lo, hi)`` of sentence ``k`` names the page's product (by a name the interventions
    analysis reads as the main one, or a word pointing back) and no other intervention."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    if not subjects.main and not subjects.subjects[k]:
        return False
    placed = [n for p, n in subjects.placed[k] if lo <= p < hi]
    if subjects.other_between(k, lo, hi):
        return False  # "Nobody who takes aspirin …": another product's
    return bool(placed) or bool(_data().pointer.search(doc.text, lo, hi)) or points_to_product(doc, lo, hi)


def _page_name_in(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)`` names the page's product by a name the interventions analysis did not take as
    the main one (a name of two words, "Zelvara Night", leaves its main empty): its capitalised
    words are all ones the page's first sentence writes inside it, after its opening word, where
    the page names what it is about (deny18 review: "Nausea: not an issue with Zelvara Night").
    Another product's name ("… with Dorvix Day") is not there."""
    from lint_rules.analysis.interventions import sentence_subjects

    if sentence_subjects(doc).main or not doc.sentences:
        return False
    first = doc.sentences[0]
    opening = re.match(r"\W*\w+", doc.text[first.start:first.end])
    page = {w.group() for w in CAPITALISED_WORD.finditer(doc.text, first.start + (opening.end() if opening else 0), first.end)}
    named = {w.group() for w in CAPITALISED_WORD.finditer(doc.text, lo, hi)}
    return bool(named) and named <= page


def _names_main(doc: Document, k: int, lo: int, hi: int) -> bool:
    """``[lo, hi)`` of sentence ``k`` names the product itself (its name, or "this tablet"),
    and no other intervention: a bare "it" may be the topic the question named."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    placed = [n for p, n in subjects.placed[k] if lo <= p < hi]
    if subjects.other_between(k, lo, hi):
        return False
    return bool(placed) or points_to_product(doc, lo, hi)


# the answer says, in a clause of its own, that the product can cause the effect ("Not with
# 10 mg; at 20 mg Zanta can cause it"): a limit to one dose or case, no denial
_CAN_CAUSE = compile_re(r"(?<![a-z])(?:can|could|may|might|does|do|will|would|often|sometimes)\s+(?:[\w-]+\s+)?"
                        r"(?:cause|trigger|give|bring\s+on|lead\s+to)(?![a-z])|(?<![a-z])(?:causes|triggers)(?![a-z])",
                        re.IGNORECASE)
# the answer says what nobody knows or agrees on ("Nobody has worked out whether", "Doctors do
# not agree on whether"): not knowing, no denial
_NOT_KNOWING = compile_re(r"(?<![a-z])(?:whether|agreed?|agrees|disagree\w*|worked\s+out|work\s+out|unclear|unknown|"
                          r"not\s+(?:yet\s+)?(?:known|clear|sure|certain))(?![a-z])", re.IGNORECASE)


# a reporting verb and "that" with its own clause between the quantifier and the effect: what
# nobody said, not what nothing causes ("nobody mentioned that Velmo can cause hair loss")
_REPORTED = compile_re(r"(?<![a-z])(?:mention\w*|explain\w*|said|say|says|told|tell\w*|warn\w*|wrote|write\w*|"
                       r"report\w*|not(?:ed|ice\w*)|point\w*\s+out|claim\w*|suggest\w*|admit\w*|realis\w*|"
                       r"realiz\w*|thought|knew|know\w*|believ\w*|expect\w*|imagin\w*|guess\w*|predict\w*)"
                       r"\s+(?:\w+\s+){0,3}?that\s+\w+", re.IGNORECASE)


# the product that holds nothing of the kind ("It contains nothing that triggers allergies",
# "Zanta has nothing in it that could cause drowsiness"): the quantifier is the object of a verb
# of containing whose subject is the product (checked by the caller), so what nothing in it
# causes is denied, never affirmed (absence14)
_CONTAINS_NOTHING = compile_re(r"\W*(?:[\w'’-]+\s+){1,3}?(?:also\s+|simply\s+|just\s+)?(?:contains?|has|have)\s+"
                               r"(?:absolutely\s+)?nothing", re.IGNORECASE)


@functools.cache
def _verb_effect() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A modal that ends the words before an effect (what follows is the clause's verb), and an
    effect written as a verb phrase ("upset your stomach", "keep you awake"): its first word
    opens no noun phrase, its second is an object (``[quantified]`` modals, noun_openers,
    verb_objects; deny17)."""
    q = read_toml(DATA_FILE)["quantified"]
    modal = compile_re(r"(?<![a-z])(?:" + phrase_alternation(q["modals"]) + r")\s+(?:ever\s+|possibly\s+|really\s+)?\Z",
                       re.IGNORECASE)
    verb = compile_re(r"(?!(?:" + phrase_alternation(q["noun_openers"]) + r")\s)[a-z]+\s+(?:"
                      + phrase_alternation(q["verb_objects"]) + r")\b", re.IGNORECASE)
    return modal, verb


#: a clause after a denial that takes it back or limits it ("…, but the tablets can", "…, but after
#: a month several did"); asked of the words after the effect by every quantified denial
LIMITED_AFTER = compile_re(r"(?<![a-z])(?:" + phrase_alternation(read_toml(DATA_FILE)["quantified"]["limited_after"])
                           + r")(?![a-z])", re.IGNORECASE)


def quantified_denial(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """The effect ``m`` is brought about or undergone under a negative quantifier that is the
    subject of its clause, with the product in the clause ("Nothing in Zanta can cause a
    rash", "Nobody who takes it has to worry about aches")."""
    data = _data()
    text = doc.text
    lo = clause_start(text, s_start, m.start)
    found = None
    for q in data.quantifier.finditer(text, lo, m.start):
        found = q
        break  # the first: the clause's subject
    contains = found is not None and _CONTAINS_NOTHING.fullmatch(text, lo, found.end()) is not None
    if found is None or not (data.opener.match(text[lo:found.start()]) or contains):
        return False  # "I told nobody that it gave me a rash": the quantifier is no subject
    if contains and not _main_or_pointer(doc, m.sentence, lo, found.start()):
        return False  # "The recipe contains nothing that triggers …": not the product's
    between = text[found.end():m.start]
    if _REPORTED.search(between):
        return False  # "nobody mentioned that Velmo can cause hair loss": what was (not) said, no denial
    if data.not_denial.search(between) or _NEGATION.search(between) or len(between) > 110:
        return False  # "Nobody knows whether …", "nothing … that can't cause": no denial
    if re.search(r"(?<![a-z])(?:but|although|though|except|unless|if|whether|with|after|before|at|when|while)(?![a-z])",
                 between, re.IGNORECASE):
        return False  # "Nobody who takes X with plenty of water …": a condition, not a denial
    if LIMITED_AFTER.search(text, m.end, s_end):
        return False  # "Nothing in its packaging can cause a reaction, but the tablets can": limited
    if not contains and not _main_or_pointer(doc, m.sentence, found.start(), m.start):
        return False  # the product is not in the clause
    if data.worry.search(between):
        # the effect ends its clause: "has to fear muscle pain in silence: report it" is advice
        return bool(re.match(r"\s*(?:[.;:!?,)—–]|\s-\s|\Z)", text[m.end:s_end] or ""))  # "Nobody who takes it has to worry about muscle aches"
    from lint_rules.analysis.claim_reader import read_clause

    reading = read_clause(text, s_start, s_end, m.start, m.end)
    if reading is not None and reading.where == "before" and reading.pclass in ("cause", "experience", "occur"):
        return True
    if data.cause.search(between):
        return True  # "nothing in it that could give you a headache"
    # the effect is itself the predicate, a verb phrase after a modal ("nothing in it that could
    # upset your stomach", "nobody who takes it will feel sick"): the quantifier is its subject
    modal, verb = _verb_effect()
    return modal.search(between) is not None and m.kind == "finding" and verb.match(m.matched) is not None


@dataclass(frozen=True)
class _Answer:
    question: int  #: sentence index of the question
    answer: int  #: sentence index of the answer
    side: str  #: "denied", "allowed" or "no_help"


def _answers(doc: Document) -> list[_Answer]:
    return doc.analysis("answered-questions", _build_answers)


def _build_answers(doc: Document) -> list[_Answer]:
    out: list[_Answer] = []
    text = doc.text
    if "?" not in text:
        return out
    data = _data()
    sents = doc.sentences
    for k in range(len(sents) - 1):
        q, a = sents[k], sents[k + 1]
        question = text[q.start:q.end].strip()
        if not question.endswith("?") or len(question.split()) > 6 or doc.blocks[q.block].role != BODY \
                or doc.blocks[a.block].role != BODY:
            continue
        answer = text[a.start:a.end]
        if data.limits.search(answer) or "?" in answer:
            continue  # "Not usually, but …": a limited answer
        if not _main_or_pointer(doc, k + 1, a.start, a.end):
            continue
        if _NEGATION.search(answer) and data.no_help.search(answer) and not data.denial_words.search(answer) \
                and not _NOT_KNOWING.search(answer):
            # "Sleep? Zanta won't touch it", "Sleep? It won't touch it": the object is the topic,
            # so the subject, the product or a word pointing to it, is the product (deny17)
            out.append(_Answer(k, k + 1, "no_help"))
            continue
        if data.not_denial.search(answer) or _NOT_KNOWING.search(answer):
            continue  # "Nobody has worked out whether Zanta causes it": not knowing, no denial
        if any(_CAN_CAUSE.search(c) and not _NEGATION.search(c) for c in re.split(r"[;:,]|\s[-–—]\s", answer)):
            continue  # "…; at 20 mg Zanta can cause it": the answer says it can
        if not _names_main(doc, k + 1, a.start, a.end):
            continue  # the answer must name the product: "it" may be the question's topic
        if _NEGATION.search(answer) and (data.denial_words.search(answer) or re.match(
                r"\W*(?:no|not|never)\W+(?:with|on|from|in)\s", answer, re.IGNORECASE)):
            out.append(_Answer(k, k + 1, "denied"))
        elif not _NEGATION.search(answer) and data.permission.search(answer):
            out.append(_Answer(k, k + 1, "allowed"))
    return out


def _topic(doc: Document, k: int) -> tuple[int, int]:
    """The topic words of question sentence ``k`` (after "Worried about", before "?")."""
    s = doc.sentences[k]
    text = doc.text
    at = _data().topic_opener.match(text[s.start:s.end])  # (``\A`` needs the sentence alone)
    start = s.start + (at.end() if at else 0)
    end = text.rfind("?", s.start, s.end)
    return start, end


def answer_claims(doc: Document) -> list[FrameClaim]:
    """The effects a question names and its answer denies, as claims of the answer's sentence."""
    return doc.analysis("answer-claims", _answer_claims)


def _answer_claims(doc: Document) -> list[FrameClaim]:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.analysis.mentions import mentions

    out: list[FrameClaim] = []
    found = [x for x in _answers(doc) if x.side == "denied"]
    if not found:
        return out
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions(doc):
        by_sentence.setdefault(m.sentence, []).append(m)
    for x in found:
        lo, hi = _topic(doc, x.question)
        topic = [m for m in by_sentence.get(x.question, []) if lo <= m.start and m.end <= hi
                 and m.kind in ("finding", "general")]
        # the topic is the whole question: one effect, at most a word of its own before it
        if len(topic) != 1 or len(doc.text[lo:topic[0].start].split()) > 1 or doc.text[topic[0].end:hi].strip():
            continue
        if any(m.concept_id != topic[0].concept_id and m.kind != "general" for m in by_sentence.get(x.answer, [])):
            continue  # the answer names another effect: it answers about that ("a side effect" is the frame)
        m = topic[0]
        a = doc.sentences[x.answer]
        subjects = sentence_subjects(doc)
        out.append(FrameClaim(
            type="effect", side="safe" if m.kind == "general" else "negated", start=a.start, end=a.end,
            sentence=x.answer, subject=subjects.subject(x.answer, a.start, a.end),
            text=doc.excerpt(doc.sentences[x.question].start, a.end, limit=160), concept_id=m.concept_id,
            label=m.label, kind=m.kind, matched=m.matched,
        ))
    return out


@dataclass(frozen=True)
class _Topic:
    opener: re.Pattern[str]
    closer: re.Pattern[str]
    lead: re.Pattern[str]
    denial: re.Pattern[str]
    limits: re.Pattern[str]
    clipped: re.Pattern[str]


@functools.cache
def _topic_data() -> _Topic:
    d = read_toml(DATA_FILE)["topic_first"]
    return _Topic(
        opener=compile_re(r"\A\W*(?:(?:" + phrase_alternation(d["openers"]) + r")\s+)?", re.IGNORECASE),
        closer=compile_re(r"\s+(?:" + phrase_alternation(d["closers"]) + r")\s*\Z", re.IGNORECASE),
        lead=compile_re(r"\A\s*(?:(?:" + phrase_alternation(d["topic_lead"]) + r")\s+)?\Z", re.IGNORECASE),
        denial=compile_re(r"(?<![a-z])(?:" + phrase_alternation(d["denial_words"]) + r")(?![a-z])", re.IGNORECASE),
        limits=compile_re(r"(?<![a-z])(?:" + phrase_alternation(d["limits"]) + r")(?![a-z])", re.IGNORECASE),
        clipped=compile_re(r"\A\s*(?:" + phrase_alternation(d["clipped"]) + r")(?:\s+(?:" + phrase_alternation(d["clipped_after"])
                           + r"))*\s*[.!]?\s*\Z", re.IGNORECASE),
    )


#: the separator after a fronted topic: a comma, a colon or a spaced dash (or an unspaced long one)
_TOPIC_BREAK = compile_re(r"\s*(?:,|:|\s[-–—]|—|–)\s*")


def topic_claims(doc: Document) -> list[FrameClaim]:
    """The effects a sentence fronts as its topic and its clause denies for the product, as
    claims of that sentence: "As for headaches — none reported with Zanta", "When it comes to
    weight gain, Zanta has none", "Nausea: not an issue with Zanta" (deny17)."""
    return doc.analysis("topic-claims", _topic_claims)


def _fronted(doc: Document, found: list[Mention], lo: int, hi: int, opened: bool) -> tuple[Mention, re.Match[str]] | None:
    """The effect fronted as the topic (after the opener and the lead words of
    ``[topic_first]``: "side effects like rash") and the separator after it; with an opener,
    "as far as <topic> goes" closes the topic before the separator."""
    data = _topic_data()
    text = doc.text
    for m in found:
        if m.start < lo or not data.lead.match(text[lo:m.start]):
            continue
        brk = _TOPIC_BREAK.match(text, m.end, hi)
        if brk is None and opened:
            close = re.match(r"\s+\w+(?:\s+\w+)?", text[m.end:hi])
            if close and data.closer.search(close.group()):
                brk = _TOPIC_BREAK.match(text, m.end + close.end(), hi)  # "As far as insomnia goes, …"
        if brk is not None:
            return m, brk
    return None


def _topic_claims(doc: Document) -> list[FrameClaim]:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.analysis.mentions import mentions

    out: list[FrameClaim] = []
    data = _topic_data()
    text = doc.text
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions(doc):
        if m.kind in ("finding", "general"):
            by_sentence.setdefault(m.sentence, []).append(m)
    for k, found in by_sentence.items():
        s = doc.sentences[k]
        if doc.blocks[s.block].role != BODY or "?" in text[s.start:s.end]:
            continue
        opened = data.opener.match(text[s.start:s.end])  # (``\A`` needs the sentence alone)
        lo = s.start + opened.end() if opened else s.start
        bare = not opened or not opened.group().strip()
        if bare and any(s.start <= x.key_start < s.end for x in key_values(doc)):
            continue  # a key-value line ("Nausea: not seen with X" alone on its line) is read there
        fronted = _fronted(doc, sorted(found, key=lambda m: m.start), lo, s.end, not bare)
        if fronted is None:
            continue  # no effect is the fronted topic: words of a clause stand before it
        first, brk = fronted
        if bare and ":" not in brk.group():
            # a bare topic inside a running paragraph ("We asked around. Nausea: not an issue
            # with Zelvara, say our testers") is fronted only by a colon (deny18); "Nausea, …"
            # or "Nausea — …" without an opener is a list or an aside
            continue
        c0, c1 = brk.end(), s.end
        clause = text[c0:c1]
        if not clause.strip() or any(m.start >= c0 and m.concept_id != first.concept_id and m.kind != "general"
                                     for m in found):
            continue  # the clause names another effect: it speaks of that
        if not _NEGATION.search(clause) or not (data.denial.search(clause) or data.clipped.match(clause)) \
                or data.limits.search(clause) or "(" in clause \
                or _NOT_KNOWING.search(clause):
            continue  # "For headaches, rest helps"; "…, Zanta rarely causes them"; "… nothing suggests"
        if any(_CAN_CAUSE.search(c) and not _NEGATION.search(c) for c in re.split(r"[;:,]|\s[-–—]\s", clause)):
            continue
        subjects = sentence_subjects(doc)
        if not _main_or_pointer(doc, k, c0, c1) and not (
                subjects.main and not subjects.placed[k] and data.clipped.match(clause)) \
                and not (bare and _page_name_in(doc, c0, c1)):
            continue  # about the product, by name or pointer; or clipped ("— none reported.") on its page
        if subjects.other_between(k, s.start, c1):
            continue
        out.append(FrameClaim(
            type="effect", side="safe" if first.kind == "general" else "negated", start=s.start, end=s.end,
            sentence=k, subject=sentence_subjects(doc).subject(k, c0, c1), text=doc.excerpt(s.start, s.end, limit=160),
            concept_id=first.concept_id, label=first.label, kind=first.kind, matched=first.matched,
        ))
    return out


def typed_answer_claims(doc: Document, allergens_of: Callable[[str], frozenset[str]],
                        groups_of: Callable[[str], frozenset[str]],
                        topics_of: Callable[[str], frozenset[str]] | None = None) -> list[FrameClaim]:
    """The groups and allergies a question names and its answer allows ("Shellfish allergy?
    You can still take Zanta"), as scope claims of the answer's sentence. The allergens and
    groups are read by the scope claims' own readers, which ``typed_claims`` passes in."""
    return doc.analysis("typed-answer-claims", lambda d: _typed_answer_claims(d, allergens_of, groups_of, topics_of))


def _typed_answer_claims(doc: Document, allergens_of: Callable[[str], frozenset[str]],
                         groups_of: Callable[[str], frozenset[str]],
                         topics_of: Callable[[str], frozenset[str]] | None) -> list[FrameClaim]:
    from lint_rules.analysis.interventions import sentence_subjects

    out: list[FrameClaim] = []
    for x in _answers(doc):
        if x.side == "no_help" and topics_of is not None:
            # the question's topic is the condition the answer says the product does not help
            # ("Sleep? Zanta won't touch it"): a benefit denied, as "does nothing for sleep" (deny17)
            lo, hi = _topic(doc, x.question)
            topic = topics_of(doc.text[lo:hi].lower())
            if not topic or len(doc.text[lo:hi].split()) > 4:
                continue
            a = doc.sentences[x.answer]
            subject = sentence_subjects(doc).subject(x.answer, a.start, a.end)
            out.append(FrameClaim(
                type="benefit", side="no_help", start=a.start, end=a.end, sentence=x.answer, subject=subject,
                text=doc.excerpt(doc.sentences[x.question].start, a.end, limit=160), cue=doc.text[a.start:a.end],
                topic=topic, names=frozenset({subject})))
            continue
        if x.side != "allowed":
            continue
        lo, hi = _topic(doc, x.question)
        words = doc.text[lo:hi].lower()
        if len(words.split()) > 4:
            continue
        allergens = allergens_of(words) - {"allergy:other"}
        groups = frozenset() if allergens else groups_of(words)
        if not allergens and not groups:
            continue
        a = doc.sentences[x.answer]
        subject = sentence_subjects(doc).subject(x.answer, a.start, a.end)
        out.append(FrameClaim(
            type="scope", side="safe", start=a.start, end=a.end, sentence=x.answer, subject=subject,
            text=doc.excerpt(doc.sentences[x.question].start, a.end, limit=160), cue=doc.text[a.start:a.end],
            topic=allergens or groups, aspect="allergen" if allergens else "people", names=frozenset({subject}),
        ))
    return out


@dataclass(frozen=True)
class _Absence:
    free_before: re.Pattern[str]
    free_after: re.Pattern[str]
    existential_before: re.Pattern[str]
    absent_after: re.Pattern[str]
    preposition: re.Pattern[str]
    course_after: re.Pattern[str]
    with_front: re.Pattern[str]
    limiter: re.Pattern[str]
    said_after: re.Pattern[str]
    #: [absence] said: a verb of saying or believing around the absence: someone's report
    said: re.Pattern[str]
    #: [absence] persons: people (or a result) as the one free of the effect
    persons: re.Pattern[str]


@functools.cache
def _absence() -> _Absence:
    frames = read_toml(DATA_FILE)
    d, carve = frames["absence"], frames["universal"]["carve_out"]
    pred = phrase_alternation(d["free_predicate"])
    blocked = r"(?!(?:" + "|".join(d["not_absence"]) + r"|of|for|that|about|in|to)(?![a-z]))"
    prep = phrase_alternation(d["prepositions"])
    return _Absence(
        # "Zanta is free of any liver risk", "it remains free from side effects"
        free_before=compile_re(r"(?<![a-z'’])(?P<pred>" + pred + r")\s+free\s+(?:of|from)\s+(?:any|all|the)?\s*$",
                               re.IGNORECASE),
        # "it is drowsiness-free." (predicative; the attributive form is contradictions._FREE_COMPOUND)
        free_after=compile_re(r"[-‐]free(?![a-z-])", re.IGNORECASE),
        # "There's no next-day hangover", "there is absolutely no risk of dizziness"
        existential_before=compile_re(r"(?<![a-z])(?:" + phrase_alternation(d["existential"]) + r")\s+"
                                      r"(?:absolutely\s+|simply\s+|just\s+|really\s+)?(?:no|zero)\s+"
                                      r"(?:(?:risk|chance|danger)\s+of\s+)?(?:" + blocked + r"[\w-]+\s+){0,2}$",
                                      re.IGNORECASE),
        # "Dizziness doesn't occur with X", "headaches never happen on X"
        absent_after=compile_re(r"\s+(?:(?:does|do|will|did|is|are)\s*(?:not|n['’]t)|doesn['’]t|don['’]t|won['’]t|never)\s+"
                                r"(?:ever\s+)?(?:" + phrase_alternation(d["absent_verbs"]) + r")(?:s|ing)?\s+(?=(?:"
                                + prep + r")\s)", re.IGNORECASE),
        preposition=compile_re(r"\s*(?:" + prep + r")\s+", re.IGNORECASE),
        course_after=compile_re(r"\s*(?:risk\s+)?(?:" + "|".join(d["course_after"]) + r")(?![a-z])", re.IGNORECASE),
        with_front=compile_re(r"\W*(?:(?:and|so|but|yet)\s+)?with\s+(?P<obj>[^,;:]{1,40}),\s*$", re.IGNORECASE),
        limiter=compile_re(r"(?<![a-z])(?:" + phrase_alternation([*carve, *d["limiters"]]) + r")(?![a-z])", re.IGNORECASE),
        said_after=compile_re(r"(?<![a-z])(?:" + phrase_alternation(d["said_after"]) + r")(?![a-z])", re.IGNORECASE),
        said=compile_re(r"(?<![a-z])(?:" + "|".join(d["said"]) + r")(?![a-z])", re.IGNORECASE),
        persons=compile_re(r"(?<![a-z])(?:" + "|".join(d["persons"]) + r")(?![a-z])", re.IGNORECASE),
    )


# a frame that denies the claim it holds: "It's not true that there's no dizziness with X"
_NEGATED_FRAME = compile_re(r"(?<![a-z])(?:not\s+true\s+that|not\s+the\s+case\s+that|false\s+that|myth\s+that|"
                            r"wrong\s+to\s+say)(?![a-z])", re.IGNORECASE)
_PART_HARM = compile_re(r"\s+(?:risks?|damage|harm|problems?|trouble|injury|toxicity)(?![a-z])", re.IGNORECASE)


def absence_denial(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """The effect ``m`` (read as denied) is said to be absent from the product: "Zanta is free
    of liver damage", "it is drowsiness-free", "There's no hangover with Zanta", "With Zanta,
    there's no hangover", "Dizziness doesn't occur with Zanta". The owner is the product (its
    name, "it", "this tablet") and nothing else in the clause: a person free of symptoms, a
    disease course ("free of pain for two years") or another product is no such denial."""
    text = doc.text
    data = _absence()
    k = m.sentence
    if data.said.search(text, s_start, m.start):
        return False  # "Some sellers claim there's no dizziness with X": what others say, no denial
    if _NEGATED_FRAME.search(text, s_start, m.start):
        return False  # "It's not true that there's no dizziness with X": the absence is denied
    if doc.blocks[doc.sentences[k].block].kind == QUOTE or re.match(
            r"[ \t]*>", text[text.rfind("\n", 0, s_start) + 1:s_start + 1]):
        return False  # a quoted line ("> There's no dizziness with X.") is someone's words, no denial
    if data.said.search(text, m.end, s_end) or data.said_after.search(text, m.end, s_end):
        return False  # "There's no dizziness with X, or so the advert goes / according to the maker"
    lo = clause_start(text, s_start, m.start)
    free = data.free_before.search(text, lo, m.start)
    line = lo == s_start and free is None and bool(
        re.fullmatch(r"\W*free\s+(?:of|from)\s+(?:any|all)?\s*", text[lo:m.start], re.IGNORECASE))
    if line:
        # a verbless line of the page ("Free of any liver risk."): the page's product, when the
        # line is only the effect (and a harm word), no person, course or other product after it
        from lint_rules.analysis.interventions import sentence_subjects

        rest = re.match(r"\s*(?:risks?|damage|harm|problems?|trouble|injury)?\s*", text[m.end:s_end])
        tail = text[m.end + (rest.end() if rest else 0):s_end]
        if not re.fullmatch(r"[.!]?\s*", tail):
            # a fronted adjunct whose subject follows the comma ("Free of any liver risk, they
            # are ideal for …"): the product's only when that subject is the product
            front = re.match(r",\s*(?P<subj>(?:it|they|these|this\s+[\w-]+|these\s+[\w-]+|[\w-]+))\s+"
                             r"(?:is|are|'s|’s|was|were|can|will|makes?|gives?|offers?|keeps?|stays?)(?![a-z])",
                             tail, re.IGNORECASE)
            if front is None:
                return False
            a = m.end + (rest.end() if rest else 0) + front.start("subj")
            b = m.end + (rest.end() if rest else 0) + front.end("subj")
            if not (re.fullmatch(r"it|they|these", text[a:b], re.IGNORECASE)
                    or _names_main(doc, k, a, b)):
                return False
            if m.kind == "organ" and not _PART_HARM.match(text, m.end):
                return False
            return not any(not sentence_subjects(doc).is_main(n) for _, n in sentence_subjects(doc).placed[k])
        if not (_PART_HARM.match(text, m.end) or re.search(r"(?<![a-z])(?:risks?|damage|harm|injury|toxicity)\Z",
                                                           text[m.start:m.end], re.IGNORECASE)):
            return False  # a bare "Free of headaches." may be a person's story; "Free of any liver risk." is a promise
        return bool(sentence_subjects(doc).main) and not sentence_subjects(doc).placed[k]
    suffix = data.free_after.match(text, m.end)
    copula = None if free is not None or suffix is None else re.search(
        r"(?<![a-z'’])(?:is|are|'s|’s|stays?|remains?)\s+(?:completely\s+|totally\s+|entirely\s+|100%\s+)?$",
        text[lo:m.start], re.IGNORECASE)
    if free is not None or copula is not None:
        # the subject of "is free of"/"is X-free": the product, and no person or result
        head = free.start() if free is not None else lo + copula.start() if copula is not None else m.start
        subject = text[lo:head]
        if data.course_after.match(text, suffix.end() if free is None and suffix is not None else m.end):
            return False  # "it is free of pain for two years", "nausea-free for a week" read as a course
        if _OWNER_BLOCK.search(subject) or len(subject.split()) > 4 or re.match(r"\W*its\s", subject, re.IGNORECASE):
            return False  # "The first week on X", "the pill that replaced X", "X's rival": not the product
        if data.limiter.search(text, m.end, s_end):
            return False  # "it is free of drowsiness at the usual dose": a limited absence
        if m.kind == "organ" and not (free is not None and _PART_HARM.match(text, m.end)):
            return False  # "free of liver risk" denies the part's harm; "free of liver" is no effect
        if data.persons.search(subject) or not subject.strip():
            return False  # "patients were free of symptoms", "your skin stays itch-free"
        return _main_or_pointer(doc, k, lo, head)
    exist = data.existential_before.search(text, lo, m.start)
    absent = None if exist is not None else data.absent_after.match(text, m.end, s_end)
    if absent is not None and not re.fullmatch(r"\W*(?:(?:the|any|a|an|[\w-]+)\s+){0,2}", text[lo:m.start]):
        absent = None  # the effect is not the clause's subject
    if exist is None and absent is None:
        return False
    if data.persons.search(text, lo, exist.start() if exist is not None else m.start):
        return False  # "for most patients there is no …": a group's result
    after = absent.end() if absent is not None else m.end
    prep = data.preposition.match(text, after, s_end)
    if prep is not None:
        end = s_end
        for cut in PUNCTUATION_CUT.finditer(text, prep.end(), s_end):
            end = cut.start()
            break
        obj_hi = min(end, prep.end() + 40)
        owner = _owner_at(doc, k, prep.end(), obj_hi)
        if owner is None or _names_other(doc, k, prep.end(), obj_hi) or _OWNER_TAIL.match(text, owner, s_end):
            return False  # "with this breathing technique", "with tapering X slowly", "on day one with X",
            # "with X's rival", "with X taken every other day"
        return not data.limiter.search(text, owner, s_end)  # "from X when the dose is low", "on X in the first weeks"
    if exist is not None and lo > s_start:
        front = data.with_front.match(text, s_start, lo)
        if front is not None:
            a, b = front.span("obj")
            owner = _owner_at(doc, k, a, b)
            if owner is None or text[owner:b].strip() or _names_other(doc, k, a, b):
                return False  # "With X stopped,", "With X's rival,": the object is more than the product
            return not data.limiter.search(text, m.end, s_end)
    return False


# the subject of "is free of"/"is X-free" is the product itself: its name, "it", "this/these"
# (with an optional "the/this/our" and a product noun), never a phrase that merely holds the
# name ("The first week on X", "the pill that replaced X", "X's rival", "our dog on X")
_OWNER_BLOCK = compile_re(r"(?<![a-z])(?:on|of|for|that|which|who|whose|replaced|replaces|than|like|with|after|"
                          r"before|without|instead|versus|vs|junior)(?![a-z])|['’]s(?![a-z])|s['’](?!\w)|"
                          # a dose or form of it ("The low-dose X", "The 5 mg X"): not the product as a whole
                          r"(?<![a-z])(?:low|high|standard|full|half|double|reduced)-dose(?![a-z])|\d+\s*mg(?![a-z])",
                          re.IGNORECASE)


# what right after the product makes the object something else of it or a regimen of it: a
# possessive ("with X's rival") or a participle ("with X taken every other day", "with X stopped")
_OWNER_TAIL = compile_re(r"(?:['’]s?(?![a-z])|\s+(?:[a-z]+ed|taken|given|worn|eaten|drunk|kept|out|off)(?![a-z]))",
                         re.IGNORECASE)


def _owner_at(doc: Document, k: int, at: int, hi: int) -> int | None:
    """Where the product that opens ``[at, hi)`` ends, or None: the object of "no <effect>
    with/from/on …" STARTS with the product's name (after an optional "the/this/our"), "it",
    or a pointer ("this." / "this is"; "this tablet"), so "with this breathing technique",
    "with tapering X slowly" or "on day one with X" are not the product's."""
    from lint_rules.analysis.interventions import sentence_subjects

    text = doc.text
    det = re.match(r"(?:the|this|these|our)\s+", text[at:hi], re.IGNORECASE)
    start = at + (det.end() if det else 0)
    subjects = sentence_subjects(doc)
    names = [len(n) for p, n in subjects.placed[k] if p == start and subjects.is_main(n)
             and text[p:p + len(n)].lower() == n.lower()]
    if names:
        return start + max(names)  # the whole name ("blood pressure treatment", "Zanta tablets")
    it = re.match(r"it(?![a-z'’])", text[at:hi], re.IGNORECASE)
    if it is not None:
        return at + it.end() if only_product_before(doc, k, at) else None
    ptr = re.match(r"(?:this|these)(?=\s*(?:[,.;:!]|\Z))", text[at:hi], re.IGNORECASE)
    if ptr is not None:
        return at + ptr.end() if only_product_before(doc, k, at) else None
    noun = re.match(r"[\w-]+", text[start:hi])
    if det is not None and noun is not None and det.group().strip().lower() in ("this", "these", "our") \
            and points_to_product(doc, at, start + noun.end()):
        return start + noun.end()  # "with this tablet"
    return None


def _names_other(doc: Document, k: int, lo: int, hi: int) -> bool:
    """``[lo, hi)`` of sentence ``k`` names an intervention that is not the page's product."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    return subjects.other_between(k, lo, hi)


@functools.cache
def _not_side_effect() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = read_toml(DATA_FILE)["not_side_effect"]
    cop = r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in d["copula"]) + r")"
    neg = r"(?:\s*(?:n't|n’t)|\s+(?:not|never))"
    det = r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in d["determiners"]) + r")\s+)?"
    adj = r"(?:(?:" + "|".join(d["adjectives"]) + r")\s+)?"
    noun = r"(?:" + "|".join(n.replace(" ", r"[\s-]+") for n in d["nouns"]) + r")"
    after = compile_re(r"\s+" + cop + neg + r"\s+" + det + adj + r"(?P<noun>" + noun + r")\s+(?:of|from|with|for)\s+",
                       re.IGNORECASE)
    before = compile_re(r"\s" + cop + neg + r"\s+" + det + adj + r"$", re.IGNORECASE)
    return after, before


def side_effect_denial(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """The effect ``m`` is the subject of "is not a (known) side effect of" the product ("Hair
    loss is not a side effect of X", "Insomnia is not among the side effects of X"): that one
    effect is denied ([not_side_effect]). The subject is the effect itself (no more than a
    determiner before it in its clause)."""
    after, _before = _not_side_effect()
    text = doc.text
    got = after.match(text, m.end, s_end)
    if got is None:
        return False
    lo = clause_start(text, s_start, m.start)
    # the effect is the clause's subject; whose side effect it is, is read as for any claim
    # (the intervention after "of": ``assertions.intervention_at``)
    return re.fullmatch(r"\W*(?:(?:the|any|a|an|[\w-]+)\s+){0,2}", text[lo:m.start]) is not None


@functools.cache
def _side_effect_owner() -> re.Pattern[str]:
    d = read_toml(DATA_FILE)["not_side_effect"]
    cop = r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in d["copula"]) + r")"
    det = r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in d["determiners"]) + r")\s+)?"
    adj = r"(?:(?:" + "|".join(d["adjectives"]) + r")\s+)?"
    noun = r"(?:" + "|".join(n.replace(" ", r"[\s-]+") for n in d["nouns"]) + r")"
    return compile_re(r"\W*(?:[\w'-]+\s+){1,3}?" + cop + r"(?:\s*(?:n't|n’t)|\s+(?:not|never))?\s+" + det + adj
                      + noun + r"\s+(?:of|from|with)\s+(?:(?:" + "|".join(d["owner_determiners"]) + r")\s+)?(?P<name>[\w-]+)",
                      re.IGNORECASE)


def side_effect_owner(doc: Document, k: int) -> str:
    """The name after "of" when sentence ``k`` opens with an effect said (not) to be a side
    effect of it ("Hair loss is not a known side effect of Lumora", "Hair loss is a side effect
    of some chemotherapy drugs"): whose claim it is, for the checks that hold two products
    apart (the sentence opens with the effect, not the product); "" otherwise (lower case)."""
    s = doc.sentences[k]
    m = _side_effect_owner().match(doc.text, s.start, s.end)
    return m.group("name").lower() if m else ""


def side_effect_predicate(doc: Document, s_start: int, m: Mention) -> bool:
    """The general term ``m`` ("side effect") is the predicate noun of "<effect> is not a
    side effect of …": it names what the effect is not, no claim about side effects as a whole."""
    from lint_rules.analysis.mentions import mentions

    _after, before = _not_side_effect()
    lo = clause_start(doc.text, s_start, m.start)
    return before.search(doc.text, lo, m.start) is not None and any(
        x.sentence == m.sentence and x.kind == "finding" and lo <= x.start and x.end <= m.start
        for x in mentions(doc))


@functools.cache
def _described() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap between a safety word and the effect it modifies, and the predicate between an
    effect and the safety word said of it (``[described_effect]``)."""
    d = read_toml(DATA_FILE)["described_effect"]
    between = phrase_alternation(d["between"])
    copula = phrase_alternation(d["copula"])
    hedges = phrase_alternation(d["hedges"])
    before = compile_re(r"(?:\s*,?\s*(?:" + between + r")(?![a-z]))*[\s,]*", re.IGNORECASE)
    place = r"(?:\s+(?:" + phrase_alternation(d["places"]) + r")\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?"
    getter = (r"(?:\s+(?:that\s+)?(?:" + phrase_alternation(d["getters"]) + r")\s+(?:(?:" + phrase_alternation(d["get_modals"]) + r")\s+)?(?:"
              + phrase_alternation(d["get_verbs"]) + r"))?")
    after = compile_re(getter + place + r"\s+(?:" + copula + r")(?:\s+(?:" + hedges + r"))*\s+", re.IGNORECASE)
    return before, after


def describes_effect(doc: Document, m: Mention) -> bool:
    """The safety word ``m`` ("harmless") describes an effect named right beside it, not the
    product: "a harmless prickling", "a mild, harmless tingling" (the effect after it, with only
    ``[described_effect] between`` words in the gap) or "the tingling is usually harmless" (the
    effect before it, the subject of a copula). Such a sentence still claims the effect, and it
    promises nothing about side effects as a whole: "a harmless prickling may occur" is no
    "X is harmless" to set against another harm of X (read19)."""
    from lint_rules.analysis.mentions import mentions

    if m.kind != "general" or m.relation != "safe":
        return False
    before, after = _described()
    text = doc.text
    for x in mentions(doc):
        if x.sentence != m.sentence or x.kind != "finding":
            continue
        if x.start >= m.end and before.fullmatch(text, m.end, x.start):
            return True
        if x.end <= m.start and after.fullmatch(text, x.end, m.start):
            return True
    return False
