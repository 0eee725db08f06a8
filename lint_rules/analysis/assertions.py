"""Clause-level assertions: what each clause of the body asserts, and who stands behind it.

Every health rule asks the same questions of the words it matched: is this denied, hedged,
reported as someone else's claim, quoted, rejected by the article, only supposed, asked,
an instruction to the reader; which intervention is it about; does a named source back it?
When each rule answers them with its own regular expressions, the rules disagree on the
next article (one counts "testimonials are not evidence" as rejection, another as an
anecdote offered as evidence). This module answers them once per document, lazily
(``doc.analysis``), and the claims, evidence and style rules read the answers:

- ``assertions(doc)``: the ``Clause``s of the body, in order. A sentence divides at ``;``,
  ``:``, dashes, "but / however / although / while / whereas / yet", and at a comma before
  "which / so / and / because / adding / proof / confirming …" (``knowledge/assertion_cues.toml``);
  a comma alone does not (lists and appositions are one clause).
- ``clause_at(doc, offset)``: the clause holding a prose offset.
- ``assertion_at(doc, start, end)``: the attributes of one matched span in its clause —
  negated (the ConText engine of ``analysis/context.py``, the same one the contradiction
  rules use, plus a denial earlier in its comma stretch), reported, rejected, a goal,
  tentative, conditional, quoted, a question. Rules name the attributes that exempt a match
  (``exempt_when`` columns of their data files), so a new phrase is a data row.
- ``advice_sentences(doc)``: the sentences that tell the reader what to do (instructions,
  "you should …") or, in a supplement article, imply it; shared by the claims, metadata
  and credentials families.
- ``quoted_at``, ``body_sentences``, ``supplement_topic``, ``has_source``: the one
  definition of each, where there used to be one per family.
- for claims set against each other (the contradiction family): ``sentence_disowned``
  (passed on from ads, forums, rumours, others' beliefs, animals), ``sentence_historical``,
  ``clause_hedged`` (a hedge or limiting condition anywhere in the clause),
  ``qualified_denial`` ("no *serious* side effects"), ``experience_before``, ``takers``
  (the person group said to take it) and ``intervention_at`` (which intervention a span
  is about, from the interventions analysis).

Attribution of a clause is one of ``article`` (the writer's own voice), ``named`` (a named
person, organisation or specific study), ``unnamed`` ("studies show", "experts say"),
``users`` (users, customers, testimonials, a relative's experience) or ``seller`` (the
publisher's own product: "our gummies"). The subject is the intervention the clause is
about: a supplement or product named in it, "our <product>", or, for a pronoun or a person
group ("users", "children who take it"), the subject of the clause before or the article's
topic.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lint_rules import knowledge
from lint_rules.analysis.boundaries import clause_start
from lint_rules.analysis.boundaries import lowered as lowered_doc
from lint_rules.analysis.claim_limits import maker_disputed, voice_disputed
from lint_rules.analysis.context import SentenceContext, document_subject, sentence_context
from lint_rules.analysis.interventions import drug_word, opener_not, sentence_subjects
from lint_rules.analysis.references import (
    find_identifiers,
    link_traces,
    marker_numbers,
    points_to_sources,
    source_link,
    trailing_note,
)
from lint_rules.analysis.studies import _INSTITUTION, _KNOWN_INSTITUTIONS, find_journal
from lint_rules.analysis.studies import ROMAN_MARKER as _ROMAN_MARKER
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.document import BODY, Document, Sentence
from lint_rules.store.compiled_re import compile_re, existence_pattern, lowered_pattern, lowered_text

if TYPE_CHECKING:
    from lint_rules.analysis.causers import Causer

ARTICLE, NAMED, UNNAMED, USERS, SELLER = "article", "named", "unnamed", "users", "seller"

#: Attribute names a data file may list in its ``exempt_when`` column.
EXEMPTIONS = frozenset({
    "negated", "negated_near", "reported", "rejected", "goal", "tentative", "conditional",
    "hypothetical", "quoted", "question", "hedged", "historical", "instruction", "attributed", "pursued", "hedged_here",
    "speech",
})


_APOSTROPHE = compile_re(r"(?<!\[)'(?![’\]])")


def _alt(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One alternation; a bare "'" also matches "’"."""
    either = "['’]"
    return compile_re("|".join("(?:" + _APOSTROPHE.sub(either, p) + ")" for p in patterns), flags)


def _lower(text: str) -> str:
    """``text`` in lower case for the patterns compiled without IGNORECASE (several times
    faster); the text itself when lower-casing would move offsets (rare characters)."""
    low = text.lower()
    return low if len(low) == len(text) else text


def _doc_lower(doc: Document) -> str:
    """The document's ``_lower``: ``boundaries.lowered``, the one lower-cased text a document
    keeps (the causer and the sentence subjects read the same; two caches held two copies)."""
    return lowered_doc(doc)


def _lowered_text(doc: Document) -> str | None:
    """``lowered_text`` of the document (None where lower-casing is not the same test as
    ``IGNORECASE``), computed once per document."""
    return doc.analysis("assertions.lowered-text", lambda d: lowered_text(d.text))


@functools.lru_cache(maxsize=64)
def _without_ignorecase(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (compiled with ``IGNORECASE``) rewritten by ``lowered_pattern`` to run on
    ``lowered_text``, or None where the rewrite is not the same test."""
    if not rx.flags & re.IGNORECASE or rx.flags & re.ASCII:
        return None  # under re.ASCII, IGNORECASE folds ASCII only: "café" would not match "CAFÉ"
    low = lowered_pattern(rx.pattern)
    return compile_re(low, rx.flags & ~re.IGNORECASE) if low is not None else None


def _found_between(rx: re.Pattern[str], doc: Document, start: int, end: int) -> bool:
    """``rx.search(doc.text, start, end)`` is not None, asked of the lower-cased text
    without ``IGNORECASE`` where that is the same test. Why: the source cues (``unnamed``,
    ``impersonal``, ``users``) are long alternations under ``IGNORECASE``, which gives SRE
    no first character to skip to and compares every character through its case: about
    90 µs a sentence, 1-2 % of a corpus run; the lower-case pattern takes 2-3 times less.
    The offsets are the same (``lowered_text`` keeps the length), so lookbehinds before
    ``start`` see the same characters."""
    low = _lowered_text(doc)
    if low is None or (fast := _without_ignorecase(rx)) is None:
        return rx.search(doc.text, start, end) is not None
    return fast.search(low, start, end) is not None


def lowered(doc: Document) -> str | None:
    """The document's text in lower case with the same offsets, for patterns compiled
    without IGNORECASE (several times faster); None when lower-casing would move offsets."""
    low = _doc_lower(doc)
    return low if low is not doc.text else None


def _near(patterns: Iterable[str]) -> re.Pattern[str]:
    """One of ``patterns`` followed by at most two words, at the end of the text."""
    return compile_re(r"(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\W+(?:\w+\W+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    boundary: re.Pattern[str]
    denial: re.Pattern[str]
    negation_near: re.Pattern[str]
    reported_near: re.Pattern[str]
    reported_before: re.Pattern[str]
    viewpoint: re.Pattern[str]
    rejected: re.Pattern[str]
    rejected_near: re.Pattern[str]
    goal_near: re.Pattern[str]
    goal_clause: re.Pattern[str]
    aim: re.Pattern[str]
    tentative_near: re.Pattern[str]
    conditional: re.Pattern[str]
    unnamed: re.Pattern[str]
    #: The first letters of every unnamed group's head noun: a cheap test before ``unnamed``.
    unnamed_words: re.Pattern[str]
    impersonal: re.Pattern[str]
    specific_before: re.Pattern[str]
    #: "… of" before the group: the group is another noun's complement (``of_quantity_heads`` aside).
    of_complement: re.Pattern[str]
    of_quantity_heads: frozenset[str]
    news_lead: re.Pattern[str]
    weak_users: re.Pattern[str]
    condition_before: re.Pattern[str]
    general_before: re.Pattern[str]
    present_verb: re.Pattern[str]
    #: The noun compound of a disclosure ("research support from/for"), with the word after it.
    mass_compound: re.Pattern[str]
    mass_compound_after: re.Pattern[str]
    named: re.Pattern[str]
    research: re.Pattern[str]
    users: re.Pattern[str]
    seller: re.Pattern[str]
    research_report: re.Pattern[str]
    inference: re.Pattern[str]
    instruction: re.Pattern[str]
    not_advice: re.Pattern[str]
    take_example: re.Pattern[str]
    second_person: re.Pattern[str]
    groups: re.Pattern[str]
    pronouns: re.Pattern[str]
    references: re.Pattern[str]
    supplements: re.Pattern[str]
    supplements_lower: re.Pattern[str]
    supplements_fast: re.Pattern[str]
    rejected_fast: re.Pattern[str]
    groups_any: re.Pattern[str]
    implied_advice: re.Pattern[str]
    reported_guidance: re.Pattern[str]
    #: A named speaker's words: a speech frame before them, a speech tag after them.
    speech_before: re.Pattern[str]
    speech_after: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    d = knowledge.read_toml("assertion_cues.toml")
    claims = knowledge.read_toml("claims_cues.toml")
    a = d["attribution"]
    qualifiers = (r"(?:(?:many|most|some|recent|new|newer|emerging|numerous|several|growing|a growing body of|"
                  r"multiple|countless|independent|modern|current|leading|top|previous|other|"
                  # how much research, never which ("a wealth of peer-reviewed studies")
                  r"a (?:wealth|host|number|raft|mountain|large body|body|series|range|variety|handful|lot|ton)\s+of|"
                  r"dozens of|hundreds of|thousands of|scores of|plenty of|lots of|an? (?:overwhelming|growing) number of|"
                  r"peer-reviewed|published|large|major|rigorous|landmark|university|double-blind|controlled|"
                  r"randomi[sz]ed|gold-standard|cutting-edge|extensive|decades of|years of)\s+)*")
    adverbs = r"(?:(?:have|has|now|also|all|consistently|repeatedly|long|already)\s+)*"

    def group(words: list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    modifiers = rf"(?:(?:{group(a['group_modifiers'])})\s+)?"
    people_perfect = rf"(?:have|has)\s+(?:(?:now|also|all|consistently|repeatedly|long|already)\s+)*(?:{'|'.join(a['people_perfect'])})"
    unnamed = (rf"\b{qualifiers}(?:(?:{group(a['unnamed_research'])})\s+{adverbs}(?:{'|'.join(a['research_verbs'])})"
               # a profession by its shape, listed or not ("trichologists say", "sports physiologists agree")
               rf"|{modifiers}(?:{group(a['unnamed_people'])}|[a-z]+(?:ologists|iatrists|icians|apists|itians))\s+"
               rf"(?:{people_perfect}|{adverbs}(?:{'|'.join(a['people_verbs'])})))\b")
    ins = d["instruction"]
    verbs_i = "|".join(sorted((v.replace(" ", r"\s+") for v in ins["verbs"]), key=len, reverse=True))
    opener = (r"^\W*(?:(?:if|when|once|before|after|for best results|for the best results|to get the most[^,]*|"
              r"at night|in the morning|each morning|every morning|each evening|every day|daily|first|next|then|"
              r"finally)\b[^,.;]{0,90},\s*)?(?:(?:then|simply|just|always|also|and|so|now|first|next|finally|"
              r"instead|never|don['’]t|do not|please|but|or)\s+)*"
              rf"(?:{verbs_i})\b(?![-'’])")
    words = sorted(knowledge.read_lines("claims_supplements.txt"), key=len, reverse=True)
    return Cues(
        # punctuation and words first (no leading \\b), so the engine skips quickly to the
        # characters a boundary can start with; a word's start is checked in split_clauses
        boundary=compile_re("|".join(d["clause"]["marks"]) + "|(?:" + "|".join(d["clause"]["words"]) + r")\b"),
        denial=_alt(d["polarity"]["denial"]),
        negation_near=_near(d["polarity"]["near"]),
        reported_near=_near(d["reported"]["near"]),
        reported_before=_alt(d["reported"]["before"]),
        viewpoint=compile_re(d["reported"]["viewpoint"]),
        rejected=_alt(d["rejected"]["sentence"], 0),
        rejected_near=_near(d["rejected"]["near"]),
        goal_near=_near(d["goal"]["near"]),
        goal_clause=_alt(d["goal"]["clause"]),
        aim=compile_re(d["goal"]["aim"], re.IGNORECASE),
        tentative_near=_near(d["tentative"]["near"]),
        conditional=_alt(d["conditional"]["clause"]),
        unnamed=compile_re(unnamed, re.IGNORECASE),
        unnamed_words=compile_re(r"\b(?:" + "|".join(sorted({re.escape(g.split()[-1][:5].lower()) for g in
                                                              a["unnamed_research"] + a["unnamed_people"]}))
                                 + r"|[a-z]+(?:ologists|iatrists|icians|apists|itians))"),
        # whole words: "according to research" is not the start of "according to researchers"
        # ... and "according to" any unnamed group ("according to researchers", "according to
        # leading dermatologists", "according to numerous studies")
        # ("according to new research" closes a news lead about the story's own study; "according
        # to Cancer Research" names a body)
        impersonal=compile_re(r"\b(?:" + _alt(a["impersonal"]).pattern + rf"|according to (?!new(?:er)?\s){qualifiers}"
                              rf"{modifiers}(?=(?-i:[a-z]))(?:{group(a['unnamed_research'] + a['unnamed_people'] + a['according_only'])})"
                              # a relative clause or a place makes the group specific ("according to
                              # researchers who built one", "according to doctors at the clinic")
                              r"(?!\s+(?:who|that|which|whose|at|from|in|with|behind|involved|on)\b))(?![\w-])",
                              re.IGNORECASE),
        specific_before=compile_re(a["specific_before"]),
        of_complement=compile_re(a["of_complement"]),
        of_quantity_heads=frozenset(a["of_quantity_heads"]),
        news_lead=compile_re(a["news_lead"], re.IGNORECASE),
        weak_users=compile_re(a["weak_users"], re.IGNORECASE),
        condition_before=compile_re(a["condition_before"]),
        general_before=compile_re(a["general_before"]),
        present_verb=compile_re(a["present_verb"], re.IGNORECASE),
        mass_compound=compile_re(a["mass_compound"], re.IGNORECASE),
        mass_compound_after=compile_re(a["mass_compound_after"], re.IGNORECASE),
        named=compile_re(a["named"]),
        research=_alt(a["research"]),
        users=_alt(a["users"]),
        seller=compile_re("|".join(a["seller"])),
        research_report=_alt(a["research_report"], 0),
        inference=compile_re(r"^\W*(?:and\s+)?(?:" + "|".join(d["inference"]["connectors"]) + r")\b", re.IGNORECASE),
        instruction=compile_re(opener, re.IGNORECASE),
        not_advice=_alt(ins["not_advice"], 0),
        take_example=compile_re(ins["take_example"], re.IGNORECASE),
        second_person=_alt(ins["second_person"]),
        # these two run on lower-cased text, without IGNORECASE (several times faster)
        groups=compile_re(r"\b(?:(?:some|many|most|all|new|first-time|regular|heavy|older|young|\w+-year-old)\s+)?"
                          r"(?:" + "|".join(d["subject"]["groups"]) + r")\b(?:\s+who\s+(?:\w+\s+){1,4})?"),
        supplements_lower=compile_re(r"\b(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b"),
        supplements_fast=compile_re("(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b"),
        rejected_fast=compile_re("|".join("(?:" + _APOSTROPHE.sub("['’]", p[2:] if p.startswith("\\b") else p) + ")"
                                          for p in d["rejected"]["sentence"])),
        groups_any=compile_re(r"\b(?:(?:some|many|most|all|new|first-time|regular|heavy|older|young|\w+-year-old)\s+)?"
                              r"(?:" + "|".join(d["subject"]["groups"]) + r")\b(?:\s+who\s+(?:\w+\s+){1,4})?",
                              re.IGNORECASE),
        pronouns=compile_re(r"\b(?:" + "|".join(re.escape(p) for p in d["subject"]["pronouns"]) + r")\b", re.IGNORECASE),
        references=_alt(d["subject"]["references"], 0),
        supplements=compile_re(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE),
        implied_advice=_alt(claims["implied_advice"], 0),
        reported_guidance=_alt(claims["reported_guidance"], 0),
        **_speech_cues(d["speech"]),
    )


def _speech_cues(sp: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """The speech frame ("Schwartz, though, said …", "She also notes that …", "According to
    Dr. Lee, …") and the speech tag ("…, she says.", "…, Ryland Young, head of …, told
    BuzzFeed News.", "…, said Dr. Lee."), case-sensitive for the names."""
    verbs = "|".join(sorted(sp["verbs"], key=len, reverse=True))
    name = (r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep)\.?\s+|Professor\s+)?(?!(?:" + "|".join(sp["not_names"]) + r")\b)"
            r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|de|van|von|der|da|al))*")
    bodies = r"[Tt]he\s+(?:" + "|".join(sp["bodies"]) + r")"
    apposition = r"(?:\s*,[^,;]{1,120}?,)?"
    adverbs = r"(?:\s+(?:also|then|later|further|has|had|previously|once|recently|still|now|even|often))*"
    before = (rf"(?:(?<![\w'’-])(?:{name}|[Hh]e|[Ss]he|{bodies}){apposition}{adverbs}\s+(?:{verbs})\b"
              rf"|\b[Aa]ccording to\s+(?:{name}|{bodies})\s*,)")
    lead = r"(?:(?!(?:and|but|so|or|while|because|as|when|although|though|if|which|that)\b)[\w-]+\s+){0,4}?"
    after = (rf"[,\"”]\s+(?:(?:{verbs}|according to)\s+(?:{name}|{bodies})"
             rf"|{lead}(?:{name}|he|she|they|{bodies}){apposition}{adverbs}\s+(?:{verbs}))\b[^;]{{0,120}}$")
    return {"speech_before": compile_re(before), "speech_after": compile_re(after)}


# -- the body, quotations --------------------------------------------------------------


def body_sentences(doc: Document, *, headings: bool = False) -> list[Sentence]:
    """Sentences of the article's body (not the reference list, the bio or the byline);
    headings only when asked (a heading names a topic, it rarely claims)."""
    key = "assertions.body+h" if headings else "assertions.body"
    return doc.analysis(key, lambda d: [
        s for s in d.sentences if d.blocks[s.block].role == BODY
        and (headings or d.blocks[s.block].kind != "heading")])


def body_indices(doc: Document, *, headings: bool = True) -> list[int]:
    """Indices into ``doc.sentences`` of the body sentences (headings included by default:
    the evidence rules read headlines too)."""
    def build(d: Document) -> list[int]:
        index = {(s.start, s.end): k for k, s in enumerate(d.sentences)}
        return [index[(s.start, s.end)] for s in body_sentences(d, headings=headings)]

    return doc.analysis(f"assertions.body-indices.{headings}", build)


#: A line of page furniture: short, with no end mark ("MORE IN SCIENCE", "Advertisement",
#: the titles of other stories linked under the article).
_FURNITURE_WORDS = 25
_END_MARK = compile_re(r"[.!?:;\"”')\]…]\s*$")


def trailing_furniture(doc: Document) -> int:
    """The first block of the run of page furniture that closes a scraped page: two or
    more short lines with no end mark after the story's last sentence ("MORE IN SCIENCE",
    then the titles of other stories). ``len(doc.blocks)`` when there is none. A title
    there is another story's headline, not a claim of this one."""
    def build(d: Document) -> int:
        first = len(d.blocks)
        for i in range(len(d.blocks) - 1, -1, -1):
            b = d.blocks[i]
            text = d.text[b.start:b.end].strip()
            if not text:
                continue
            if _END_MARK.search(text) or len(text.split()) > _FURNITURE_WORDS:
                break
            first = i
        run = sum(1 for b in d.blocks[first:] if d.text[b.start:b.end].strip())
        return first if run >= 2 else len(d.blocks)

    return doc.analysis("assertions.trailing-furniture", build)


def quoted_at(doc: Document, offset: int) -> bool:
    """A quotation opened earlier in the paragraph is still open at ``offset``: the words
    there are someone's speech, not the writer's."""
    return _quoted_in_block(doc, doc.block_at(offset), offset)


def _quoted_in_block(doc: Document, block: int, offset: int) -> bool:
    if block < 0:
        return False
    opening, closing, straight = _quote_marks(doc)
    lo = doc.blocks[block].start

    def count(marks: list[int]) -> int:
        return bisect.bisect_left(marks, offset) - bisect.bisect_left(marks, lo)

    return count(opening) > count(closing) or count(straight) % 2 == 1


def _quote_marks(doc: Document) -> tuple[list[int], list[int], list[int]]:
    """Offsets of the opening, closing and straight double quotation marks of the text."""
    def build(d: Document) -> tuple[list[int], list[int], list[int]]:
        text = d.text

        def where(mark: str) -> list[int]:
            return [m.start() for m in re.finditer(mark, text)] if mark in text else []

        return where("\u201c"), where("\u201d"), where('"')

    return doc.analysis("assertions.quote-marks", build)


def sentence_quoted(doc: Document, sent: Sentence) -> bool:
    """The sentence is quoted speech: it opens with a quotation mark, or a quotation opened
    earlier in its paragraph is still open."""
    text = doc.text[sent.start:sent.end]
    lead = len(text) - len(text.lstrip())
    return quoted_at(doc, sent.start + lead + 1)


# -- clauses ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One clause of a body sentence, with what the article does with it."""

    sentence: int  #: index into ``doc.sentences``
    start: int  #: prose offsets
    end: int
    text: str
    question: bool  #: the sentence asks
    quoted: bool  #: someone's speech, inside quotation marks
    instruction: bool  #: tells the reader what to do ("Give it 30 minutes before bedtime")
    rejected: bool  #: the article says the claim is false or unfounded
    product: str  #: the publisher's own product named in the clause ("Our gummies")
    product_span: tuple[int, int]
    inference: str  #: the connector when the clause draws a conclusion ("which proves that")
    subject: str  #: the intervention the clause is about ("" when none is known)
    group: str  #: a person group it speaks of ("some beginners", "children who take it")
    #: The sentence's text and the clause's span in it, for the ConText attributes below,
    #: which are computed on first use (most clauses are never asked).
    sentence_text: str = field(default="", compare=False, repr=False)
    span_in_sentence: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)

    @functools.cached_property
    def _attribution(self) -> tuple[str, str, tuple[int, int]]:
        return _attribution(self.text, self.start, self.product, self.product_span)

    @property
    def attribution(self) -> str:
        """article, named, unnamed, users or seller (computed on first use)."""
        return self._attribution[0]

    @property
    def source(self) -> str:
        """The words that set the attribution ("Studies show", "our gummies")."""
        return self._attribution[1]

    @property
    def source_span(self) -> tuple[int, int]:
        return self._attribution[2]

    @property
    def named_person(self) -> bool:
        """A named source that is a person or body ("Dr. Ann Lee", "the FDA"), not a report
        of research ("researchers found"), which counts as named for evidence rules because
        a news story's researchers are its study's authors."""
        return self.attribution == NAMED and not cues().research.fullmatch(self.source)

    @functools.cached_property
    def _context(self) -> dict[str, object]:
        a, b = self.span_in_sentence
        return _sentence_context(self.sentence_text).attributes(a, b)

    @property
    def negated(self) -> bool:
        """A denial governs the clause ("does not improve memory")."""
        return bool(self._context["negated"]) or cues().denial.search(self.text) is not None

    @property
    def hedged(self) -> bool:
        """"may", "some users", "appears to"."""
        return bool(self._context["hedged"])

    @property
    def hypothetical(self) -> bool:
        """"if", "whether", "in case" (a question is not hypothetical here: see ``question``)."""
        return bool(self._context["hypothetical"]) and not self.question

    @property
    def historical(self) -> bool:
        return bool(self._context["historical"])

    @property
    def cues(self) -> dict[str, str]:
        """The ConText cue words that set the attributes."""
        found = self._context["cues"]
        return {k: str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    @property
    def attributed(self) -> bool:
        """Somebody other than the writer stands behind the clause."""
        return self.attribution != ARTICLE or self.quoted


@dataclass(frozen=True)
class Assertion:
    """The attributes of one matched span, in its clause (see ``assertion_at``)."""

    clause: Clause | None
    negated: bool
    negated_near: bool
    reported: bool
    rejected: bool
    goal: bool
    tentative: bool
    conditional: bool
    quoted: bool
    question: bool
    hedged: bool
    hypothetical: bool
    historical: bool
    instruction: bool
    pursued: bool
    hedged_here: bool  #: a hedge earlier in the span's own clause ("…, which suggests it may protect")
    #: Where the span is (document, sentence, start, end), for ``speech``, which is computed
    #: only when a rule asks (most matches are settled by the attributes above).
    where: tuple[Document, Sentence, int, int] | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def speech(self) -> bool:
        """A named speaker's reported words ("Schwartz said the supplements are completely
        safe", "…, she says"): the article relays them (``speech_of``)."""
        return self.where is not None and speech_of(*self.where)

    @property
    def attributed(self) -> bool:
        return self.clause is not None and self.clause.attributed

    def exempt(self, names: Iterable[str]) -> str | None:
        """The first of ``names`` that holds (why a rule leaves the match alone)."""
        for name in names:
            if getattr(self, name, False):
                return name
        return None


def split_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of one sentence's text."""
    cuts = [0]
    low = _lower(text)
    for m in cues().boundary.finditer(low):
        if m.group(0)[0].isalpha() and m.start() and low[m.start() - 1].isalpha():
            continue  # inside a word ("rebut", "awhile")
        if m.start() > cuts[-1]:
            cuts.append(m.start())
    cuts.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def assertions(doc: Document) -> list[Clause]:
    """Every clause of the body, in document order (computed once per document)."""
    return doc.analysis("assertions", lambda d: [c for k in _body_set(d)[1] for c in sentence_clauses(d, k)])


def clause_at(doc: Document, offset: int) -> Clause | None:
    """The clause holding prose ``offset`` (None outside the body)."""
    k = _sentence_index(doc, offset)
    if k < 0:
        return None
    for c in sentence_clauses(doc, k):
        if c.start <= offset < max(c.end, c.start + 1):
            return c
    return None


def sentence_clauses(doc: Document, k: int) -> list[Clause]:
    """The clauses of sentence ``k`` (built the first time they are asked for: most rules
    ask about a few sentences only)."""
    cache: dict[int, list[Clause]] = doc.analysis("assertions.by-sentence", lambda d: {})
    clauses = cache.get(k)
    if clauses is None:
        clauses = cache[k] = _build_sentence(doc, k) if k in _body_set(doc)[0] else []
    return clauses


def _body_set(doc: Document) -> tuple[frozenset[int], list[int]]:
    """The body sentences (headings included) as a set and in order."""
    def build(d: Document) -> tuple[frozenset[int], list[int]]:
        order = body_indices(d, headings=True)
        return frozenset(order), order

    return doc.analysis("assertions.body-set", build)


def products(doc: Document) -> list[tuple[int, int]]:
    """Spans of the publisher's own products in the body ("Our gummies", "our FastTrack
    app"), outside quotations and questions."""
    def build(d: Document) -> list[tuple[int, int]]:
        out = []
        for a, b in _body_scan(d).sellers:
            k = _sentence_index(d, a)
            sent = d.sentences[k]
            if not quoted_at(d, a) and not d.text[sent.start:sent.end].rstrip().rstrip("\"'”’)").endswith("?"):
                out.append((a, b))
        return out

    return doc.analysis("assertions.products", build)


def unnamed_clause(doc: Document, k: int) -> Clause | None:
    """The first clause of sentence ``k`` attributed to an unnamed source ("Studies show",
    "Dermatologists agree"); a cheap word test first, so most sentences cost nothing."""
    sent = doc.sentences[k]
    low = _lower(doc.text[sent.start:sent.end])
    c = cues()
    if not (c.unnamed_words.search(low) and _found_between(c.unnamed, doc, sent.start, sent.end)) \
            and not (_IMPERSONAL_WORDS.search(low) and _found_between(c.impersonal, doc, sent.start, sent.end)):
        return None  # no unnamed source anywhere in the sentence: no need to split it
    return next((c for c in sentence_clauses(doc, k) if _may_be_unnamed(c.text) and c.attribution == UNNAMED), None)


def _may_be_unnamed(text: str) -> bool:
    low = text.lower()
    return bool(cues().unnamed_words.search(low) or _IMPERSONAL_WORDS.search(low))


def users_clause(doc: Document, k: int) -> Clause | None:
    """The first clause of sentence ``k`` attributed to users, customers or testimonials."""
    sent = doc.sentences[k]
    if not (_USERS_WORDS.search(_lower(doc.text[sent.start:sent.end]))
            and _found_between(cues().users, doc, sent.start, sent.end)):
        return None
    return next((c for c in sentence_clauses(doc, k)
                 if _USERS_WORDS.search(c.text.lower()) and c.attribution == USERS), None)


def _sentence_context(text: str) -> SentenceContext:
    """The ConText cue positions of one sentence (shared by every clause and span in it, and
    with the contradiction rules)."""
    return sentence_context(text)


def _context(doc: Document, sent: Sentence) -> SentenceContext:
    return _sentence_context(doc.text[sent.start:sent.end])


class _Scan:
    """Where the cue lists match in the whole document: one pass each over the text (made
    on first use), bucketed into sentences and clauses by offset — much cheaper than
    searching every clause apart."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        low = _doc_lower(doc)
        self.low = low
        self.exact = low is not doc.text

    @functools.cached_property
    def boundaries(self) -> list[int]:
        low = self.low
        return [m.start() for m in cues().boundary.finditer(low)
                if not (m.group(0)[0].isalpha() and m.start() and low[m.start() - 1].isalpha())]  # "rebut"

    @functools.cached_property
    def _body_spans(self) -> tuple[list[int], list[tuple[int, int]]]:
        d = self.doc
        spans = [(d.sentences[k].start, d.sentences[k].end) for k in _body_set(d)[1]]
        return [a for a, _ in spans], spans

    def _in_body(self, pos: int) -> bool:
        starts, spans = self._body_spans
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < spans[i][1]

    @functools.cached_property
    def supplements(self) -> list[tuple[int, int]]:
        c, low = cues(), self.low
        if self.exact:
            # literal alternation first, word start checked here: the regex engine then skips
            # straight to the characters a name can start with (faster than a leading \b)
            found = [m.span() for m in c.supplements_fast.finditer(low) if not _word_before(low, m.start())]
        else:
            found = [m.span() for m in c.supplements.finditer(low)]
        return [x for x in found if self._in_body(x[0])]

    @functools.cached_property
    def sellers(self) -> list[tuple[int, int]]:
        return [m.span() for m in cues().seller.finditer(self.doc.text) if self._in_body(m.start())]

    @functools.cached_property
    def groups(self) -> list[tuple[int, int]]:
        c = cues()
        return [m.span() for m in (c.groups if self.exact else c.groups_any).finditer(self.low)]

    @functools.cached_property
    def references(self) -> list[int]:
        return [m.start() for m in cues().references.finditer(self.low)]

    @functools.cached_property
    def rejected(self) -> list[int]:
        c, low = cues(), self.low
        if self.exact:
            return [m.start() for m in c.rejected_fast.finditer(low) if not _word_before(low, m.start())]
        return [m.start() for m in c.rejected.finditer(low)]

    @functools.cached_property
    def sup_starts(self) -> list[int]:
        return [x[0] for x in self.supplements]

    @functools.cached_property
    def group_starts(self) -> list[int]:
        return [x[0] for x in self.groups]

    @functools.cached_property
    def seller_starts(self) -> list[int]:
        return [x[0] for x in self.sellers]


def _word_before(text: str, pos: int) -> bool:
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_")


def _first_in(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> tuple[int, int] | None:
    i = bisect.bisect_left(starts, a)
    return spans[i] if i < len(spans) and spans[i][0] < b else None


def _any_in(starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _body_scan(doc: Document) -> _Scan:
    return doc.analysis("assertions.scan", _Scan)


def _subject_before(doc: Document, offset: int) -> str:
    """The intervention named last before ``offset`` in the body (a supplement or the
    publisher's product), else the article's supplement topic."""
    scan = _body_scan(doc)
    best, name = -1, ""
    i = bisect.bisect_left(scan.sup_starts, offset) - 1
    if i >= 0:
        a, b = scan.supplements[i]
        best, name = a, doc.text[a:b].lower()
    j = bisect.bisect_left(scan.seller_starts, offset) - 1
    if j >= 0 and scan.sellers[j][0] > best:
        a, b = scan.sellers[j]
        name = doc.text[a:b]
    return name or supplement_topic(doc) or ""


def _build_sentence(doc: Document, k: int) -> list[Clause]:
    c = cues()
    out: list[Clause] = []
    has_quotes = any(_quote_marks(doc))
    scan = _body_scan(doc)
    text_all = doc.text
    sent = doc.sentences[k]
    stext = text_all[sent.start:sent.end]
    question = stext.rstrip().rstrip("\"'”’)").endswith("?")
    sentence_open = has_quotes and _quoted_in_block(doc, sent.block, sent.start + 1)
    rejected_sentence = _any_in(scan.rejected, sent.start, sent.end)
    lo = bisect.bisect_right(scan.boundaries, sent.start)
    cuts = [sent.start]
    for pos in scan.boundaries[lo:bisect.bisect_left(scan.boundaries, sent.end)]:
        if pos > cuts[-1]:
            cuts.append(pos)
    cuts.append(sent.end)
    sentence_subject = ""
    i = -1
    for a, b in itertools.pairwise(cuts):
        text = text_all[a:b]
        body = text.strip()
        if not body:
            continue
        i += 1
        start, end = a + len(text) - len(text.lstrip()), b
        seller_span = _first_in(scan.sellers, scan.seller_starts, start, end)
        seller = text_all[seller_span[0]:seller_span[1]] if seller_span else ""
        inference = c.inference.match(body)
        named = _first_in(scan.supplements, scan.sup_starts, start, end)
        group_span = _first_in(scan.groups, scan.group_starts, start, end)
        group = text_all[group_span[0]:min(group_span[1], end)].strip() if group_span else ""
        subject = text_all[named[0]:named[1]].lower() if named else seller
        if not subject:
            if i and sentence_subject:
                subject = sentence_subject  # a relative or coordinated clause shares its sentence's subject
            elif group or _any_in(scan.references, start, end) or inference:
                subject = _subject_before(doc, start)  # "it", "users", "these capsules"
        sentence_subject = subject or sentence_subject
        out.append(Clause(
            sentence=k, start=start, end=end, text=body,
            question=question,
            quoted=sentence_open or (has_quotes and _quoted_in_block(doc, sent.block, start + 1)),
            instruction=_instruction(doc, body, start) and not question,
            rejected=rejected_sentence,
            product=seller,
            product_span=seller_span or (start, start),
            inference=inference.group(0).strip(" ,;:—–") if inference else "",
            subject=subject, group=group,
            sentence_text=stext, span_in_sentence=(start - sent.start, end - sent.start),
        ))
    return out


#: Literal words at least one of which each attribution pattern needs (lower case, no
#: IGNORECASE: several times faster than the patterns, and most clauses have none).
_USERS_WORDS = compile_re(r"\b(?:users?|customers?|consumers|buyers|clients|reviews|patients|people|"
                          r"individuals|readers|fans|followers|athletes|moms|mothers|parents|early adopters|members|"
                          r"testimonial|anecdotal|personal|stories|story|sister|brother|mother|mom|father|dad|"
                          r"friend|husband|wife|neighbou?r|aunt|uncle|grandmother|son|daughter|colleague|"
                          r"i (?:tried|took|used|started)|"
                          # the broader users cues (people who tried it, the writer's own story); no
                          # bare "i", "my" or "our": they would send most sentences to the full patterns
                          r"buyers?|shoppers?|reviewers|readers?|moms?|mums|dads|fathers|parents|families|subscribers|"
                          r"listeners|viewers|everyone|everybody|anyone|anybody|stars|letters|emails|messages|"
                          r"comments|feedback|success stor(?:y|ies)|satisfied|loyal|delighted|grateful|"
                          r"(?:when|since|after|once|before) i|i(?:['’]ve| have| had)? (?:been|also|finally|first)|"
                          r"i(?:['’]ve| have| had)? (?:taking|using|drinking|wearing|trying|applying|taken|switched|swapped)|"
                          r"(?:one|another) (?:woman|man|reader|customer|user|patient|mother|mom|mum|father|dad|client|"
                          r"buyer|shopper|reviewer|member|listener|viewer|grandmother|grandfather|teacher|nurse|runner|"
                          r"athlete|retiree)|my (?:own )?(?:partner|kids?|children|baby|toddler|grandfather|mum))\b")
_IMPERSONAL_WORDS = compile_re(r"\bit |according|long|science|the (?:research|evidence|data|studies) (?:is|are)|it['’]s")
_NAMED_WORDS = compile_re(r"according to|reported by|data from|\b(?:said|says|told|tells|notes|noted|explains|"
                          r"explained|adds|added|writes|wrote|dr|prof)\b|\b(?:cdc|who|fda|nih|nhs|nice|aha|acs|uspstf|"
                          r"ema|aap)\b")
_RESEARCH_WORDS = compile_re(r"stud|trial|review|analys|paper|experiment|research|scientist|investigator|author|"
                             r"publish|being|according")



def _attribution(body: str, start: int, product: str, product_span: tuple[int, int]
                 ) -> tuple[str, str, tuple[int, int]]:
    """Who stands behind the clause, the words that say so and their span: a named source,
    an unnamed one, users, research, the publisher's own product, or the article."""
    c = cues()
    low = body.lower()
    named = c.named.search(body) if _NAMED_WORDS.search(low) else None
    if named:
        return NAMED, named.group(0), (start + named.start(), start + named.end())
    for m in (c.unnamed.finditer(body) if c.unnamed_words.search(low) else ()):
        before = body[:m.start()]
        if c.specific_before.search(before) or c.condition_before.search(before):
            continue  # "no studies", "our research", "MD Anderson research", "if larger, longer studies"
        of = c.of_complement.search(before)
        if of and of.group(1).lower().rsplit("-", 1)[-1] not in c.of_quantity_heads:
            continue  # "researchers at the world's largest gathering of oncologists have said": they speak
        if c.general_before.search(before) and c.present_verb.search(m.group(0)):
            continue  # "drugs reach the market after studies show they are safe"
        if c.news_lead.match(m.group(0)):
            continue  # "…, new research suggests.": the news story's own study
        if c.mass_compound.search(m.group(0)) and c.mass_compound_after.match(body, m.end()):
            continue  # "received research support from the maker": a noun compound, not "research supports"
        return UNNAMED, m.group(0), (start + m.start(), start + m.end())
    users = c.users.search(body) if _USERS_WORDS.search(low) else None
    if users:
        return USERS, users.group(0).strip(), (start + users.start(), start + users.end())
    imp = c.impersonal.search(body) if _IMPERSONAL_WORDS.search(low) else None
    if imp:
        return UNNAMED, imp.group(0), (start + imp.start(), start + imp.end())
    research = c.research.search(body) if _RESEARCH_WORDS.search(low) else None
    if research:
        return NAMED, research.group(0), (start + research.start(), start + research.end())
    if product:
        return SELLER, product, product_span
    return ARTICLE, "", (start, start)


def _instruction(doc: Document, body: str, start: int) -> bool:
    """The clause tells the reader to do something with their body or a product (in the
    writer's voice: "steps you can take" inside a quotation is someone else's)."""
    c = cues()
    opener = c.instruction.match(body) is not None
    low = body.lower()
    if not opener and "you" not in low and "reader" not in low:
        return False
    if c.not_advice.search(low) or c.take_example.match(body.lstrip("\"“'‘ ")):
        return False
    return opener or any(not quoted_at(doc, start + m.start() + 1) for m in c.second_person.finditer(body))


# -- spans ------------------------------------------------------------------------------


def assertion_at(doc: Document, start: int, end: int) -> Assertion:
    """What the article does with the words at ``[start, end)``: the clause's attributes
    and, for the span itself, whether a cue right before it (up to two words) or earlier in
    its comma stretch denies, reports, rejects, pursues or supposes it.

    Read once per span and document (``assertions.at``), and shared: the claims, evidence
    and completeness rules ask about the same words (an absolute term, a cue of two
    lists), about 40 % of the calls over corpus articles asked again for a span already
    read. The answer depends only on the document and the span, and ``Assertion`` is
    frozen (its ``speech``, read on demand, is then read once too)."""
    memo: dict[tuple[int, int], Assertion] = doc.analysis("assertions.at", lambda d: {})
    got = memo.get((start, end))
    if got is None:
        got = memo[(start, end)] = _read_assertion(doc, start, end)
    return got


def _read_assertion(doc: Document, start: int, end: int) -> Assertion:
    c = cues()
    clause = clause_at(doc, start)
    k = clause.sentence if clause else _sentence_index(doc, start)
    if k < 0:
        return Assertion(None, *(False,) * 15)
    sent = doc.sentences[k]
    before = doc.text[max(sent.start, start - 60):start]
    stretch = re.split(r",(?!\d)|[;:—]|\bbut\b", doc.text[sent.start:start])[-1]
    ctx = _context(doc, sent)
    lo = (clause.start if clause else sent.start) - sent.start
    attrs = ctx.attributes(start - sent.start, end - sent.start)
    negated_near = bool(c.negation_near.search(before))
    inner = c.denial.search(doc.text, start + 1, end)  # "does not cure": the denial is in the span
    stext = doc.text[sent.start:sent.end]
    reported = bool(c.reported_near.search(before) or c.reported_before.search(doc.text, sent.start, start)
                    or c.viewpoint.match(doc.text, sent.start, start))
    # a quotation mark right before the term; an apostrophe after a letter is a possessive
    # ("Scientists' jaw-dropping discovery"), not an opening quote
    quoted = quoted_at(doc, start) or bool(re.search(r"(?:[\"“‘]|(?<![A-Za-z])')\s*$", before))
    return Assertion(
        clause=clause,
        negated=negated_near or bool(c.denial.search(stretch)) or bool(attrs["negated"]) or inner is not None,
        negated_near=negated_near,
        reported=reported,
        rejected=bool(c.rejected.search(_lower(stext)) or c.rejected_near.search(before)),
        goal=bool(c.goal_near.search(before) or c.aim.search(before[-40:])),
        tentative=bool(c.tentative_near.search(before)),
        conditional=bool(c.conditional.search(stretch)),
        quoted=quoted,
        question=bool(attrs["question"]),
        hedged=bool(attrs["hedged"]),
        hypothetical=bool(attrs["hypothetical"]) and not attrs["question"],
        historical=bool(attrs["historical"]),
        instruction=bool(clause and clause.instruction),
        # earlier in its stretch the term is the aim of research or of a person ("testing
        # the method as a cure for …", "the holy grail"), not a promise
        pursued=bool(c.goal_clause.search(stretch) or re.search(r"\bholy grail\b", stext, re.IGNORECASE)),
        hedged_here=any(lo <= hs < start - sent.start for hs, _e, _cue in ctx.hedges),
        where=(doc, sent, start, end),
    )


def hedged_between(doc: Document, start: int, end: int) -> bool:
    """A ConText hedge cue ("may", "might", "could", "suggests") starts within
    ``[start, end)`` (one sentence): what a source introduces is offered as tentative."""
    k = _sentence_index(doc, start)
    if k < 0:
        return False
    sent = doc.sentences[k]
    return any(start <= sent.start + hs < end for hs, _e, _cue in _context(doc, sent).hedges)


def speech_of(doc: Document, sent: Sentence, start: int, end: int) -> bool:
    """The words at ``[start, end)`` are a named speaker's, relayed by the article: a speech
    frame earlier in the sentence ("Schwartz, though, said the supplements are …", "She also
    notes that …", "According to Dr. Lee, …") or a speech tag closing it ("…, she says.",
    "…," Dr. Fred Nelson, director of …, said in a news release."). An unnamed group ("doctors
    say") is a vague source, not a speaker."""
    c = cues()
    text = doc.text
    tail = text[end:sent.end].rstrip()
    if c.speech_after.search(tail):
        return True
    return c.speech_before.search(text, sent.start, start) is not None


def _sentence_index(doc: Document, offset: int) -> int:
    """``Document.sentence_at`` with the sentence's end counted in: an offset just past a
    sentence's last character (a span or clause boundary at its end, with whitespace or the
    block's end after it) still asks about that sentence, as this layer always has; a
    sentence that starts right there wins, as before. Sentences are never empty, so the
    character before ``offset`` is in the sentence exactly when ``offset`` is its end."""
    k = doc.sentence_at(offset)
    return doc.sentence_at(offset - 1) if k < 0 and offset > 0 else k


# -- sources ------------------------------------------------------------------------------


def reports_research(doc: Document, sent: Sentence) -> bool:
    """The sentence reports named or specific research ("the study found", "researchers
    found", "according to the NIH", "is being studied"): news reporting what was found."""
    return bool(cues().research.search(doc.text, sent.start, sent.end))



def has_source(doc: Document, k: int) -> bool:
    """Sentence ``k`` names or cites its source: an identifier, a citation marker, a journal,
    a named person or organisation, an institution, a link to a page (not a shop, a search box
    or a site's front page; ``references.source_link``) or a footnote; the bare words of links
    a scrape left ("including this, this, and this"; not after "like") or a pointer at the
    article's list of sources ("the studies are linked below") answered by a reference list or
    links in its own paragraph; a note marker a scrape left bare after the sentence ("… they
    forget. 1") that a note line of the article answers (``references.trailing_note``)."""
    sent = doc.sentences[k]
    text = doc.text[sent.start:sent.end]
    if find_identifiers(text) or marker_numbers(text) or find_journal(text) or _ROMAN_MARKER.search(text):
        return True
    if names_source(text) or _KNOWN_INSTITUTIONS.search(text) or _INSTITUTION.search(text):
        return True
    if any(sent.start <= lk.start < sent.end and source_link(lk.url) for lk in doc.links if lk.kind != "image"):
        return True  # a link to a page, not a shop or a site's front page
    if link_traces(text) or points_to_sources(doc, sent.start, sent.end):
        return True  # "…, including this, this, and this" (the links' words, scraped bare); "the studies are linked below"
    if trailing_note(doc, k):
        return True  # "… because they forget. 1 Some …" and a note line "1 Adherence …, Lind, et al. …, 2015."
    return any(sent.start <= off <= sent.end + 2 for off, _ in doc.footnote_refs)


def inference_spans(doc: Document, k: int) -> list[tuple[int, int]]:
    """Clauses of sentence ``k`` that draw a conclusion from what comes before ("…, which
    proves that coffee protects the heart", "…, so it works"), and the main clause of a
    sentence that opens "Since/Because <finding>, …"."""
    out = [(c.start, c.end) for c in sentence_clauses(doc, k) if c.inference]
    sent = doc.sentences[k]
    text = doc.text[sent.start:sent.end]
    m = re.match(r"\W*(?:since|because|given that|as)\b[^,;]{5,160},\s*", text, re.IGNORECASE)
    if m:
        out.append((sent.start + m.end(), sent.end))
    return sorted(out)


@functools.lru_cache(maxsize=1)
def _rebuttal_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = knowledge.read_toml("assertion_cues.toml")["rebuttal"]
    doubt = _alt(d["doubt"])
    return compile_re(d["opening"], re.IGNORECASE), doubt, compile_re(r"^\W*(?:" + doubt.pattern + ")", re.IGNORECASE)


def rebutted(doc: Document, k: int) -> bool:
    """The next sentence of sentence ``k``'s paragraph turns against it: a contrast that
    brings in doubt or doubters ("But skeptical doctors say …"), or doubters first ("Critics
    note …"). The article answers what sentence ``k`` reports instead of offering it."""
    if k + 1 >= len(doc.sentences) or doc.sentences[k + 1].block != doc.sentences[k].block:
        return False
    nxt = doc.sentences[k + 1]
    text = doc.text[nxt.start:nxt.end]
    opening, doubt, doubt_first = _rebuttal_cues()
    return bool((opening.match(text) and doubt.search(text)) or doubt_first.match(text))


def names_source(text: str) -> bool:
    """A named person or organisation is given as the source ("according to the CDC",
    "Dr. Lee", "Komaroff tells Shots")."""
    return bool(cues().named.search(text))


# -- articles about a supplement, advice ----------------------------------------------------

GENERIC_SUPPLEMENT = frozenset({
    "supplement", "supplements", "herb", "herbs", "herbal remedy", "natural remedy", "dietary supplement",
    "dietary supplements", "herbal supplement", "herbal supplements"})


def supplement_topic(doc: Document) -> str | None:
    """The supplement or herb the article is about: named in the title or tags, or the
    most frequent one named at least three times. ``None`` for other articles."""
    return doc.analysis("assertions.supplement", _supplement_topic)


def _supplement_topic(doc: Document) -> str | None:
    rx = cues().supplements_lower
    head = " ".join([doc.title, *doc.meta_list("tags", "keywords", "categories")]).lower()
    named = [m.group(0) for m in rx.finditer(head)]
    specific = [n for n in named if n not in GENERIC_SUPPLEMENT]
    if specific:
        return specific[0]
    counts: dict[str, int] = {}
    low = doc.analysis("assertions.lower-exact", lambda d: d.text.lower() if len(d.text.lower()) == len(d.text) else "")
    for s in body_sentences(doc) if low else ():
        for m in rx.finditer(low, s.start, s.end):
            counts[m.group(0).lower()] = counts.get(m.group(0).lower(), 0) + 1
    if not counts:
        return named[0] if named else None
    best = max(counts, key=lambda k: (k not in GENERIC_SUPPLEMENT, counts[k]))
    return best if counts[best] >= 3 else None


#: A paragraph that is one unpunctuated line is a headline, caption or link label ("Try a
#: New Heart Scan"), not a sentence of advice.
_END_PUNCTUATION = compile_re(r"[.!?:;…\"”')\]]\s*$")


def _headline(doc: Document, sent: Sentence) -> bool:
    block = doc.blocks[sent.block]
    return (block.kind == "paragraph" and block.start >= sent.start and block.end <= sent.end
            and not _END_PUNCTUATION.search(doc.text, sent.start, sent.end))


def advice_sentences(doc: Document) -> list[Sentence]:
    """Body sentences that give or imply treatment advice, leaving out quotations, site
    furniture and sentences that report research.

    An instruction to the reader ("Give it 30 minutes before bedtime", "Start with one
    gummy a day", "If you feel a cold coming on, dissolve one lozenge…") or second-person
    advice ("you should…") always counts. Efficacy, remedy and dose wording ("a viable
    remedy for", "can help relieve", "200 mg a day") counts only in an article about a
    supplement or herb, or one that also advises the reader directly, and not when it is
    attributed to someone else ("the panel recommends…"): in a news story it describes
    what a drug or a person can do."""
    return doc.analysis("assertions.advice", _advice_sentences)


def gives_advice(doc: Document, minimum: int = 2) -> bool:
    """The article gives at least ``minimum`` sentences of advice."""
    return len(advice_sentences(doc)) >= minimum


def _may_instruct(doc: Document, sent: Sentence, low: str) -> bool:
    """A cheap test before splitting a sentence: an instruction needs "you"/"readers" or an
    instruction verb at the start of the sentence or of one of its clauses."""
    text = low[sent.start:sent.end]
    if "you" in text or "reader" in text:
        return True
    scan = _body_scan(doc)
    lo = bisect.bisect_left(scan.boundaries, sent.start)
    heads = [sent.start, *scan.boundaries[lo:bisect.bisect_left(scan.boundaries, sent.end)]]
    return any(cues().instruction.match(doc.text[h:sent.end].lstrip(" ,;:—–")) for h in heads)


def _addressed_at(low: str, cl: Clause) -> int:
    """Where a clause's advice turns to the reader: its first "you" ("… it says you should
    avoid"), else its start (an imperative opens its clause)."""
    at = re.search(r"\byou\b", low[cl.start:cl.start + len(cl.text)])
    return cl.start + at.start() if at else cl.start


def _advice_sentences(doc: Document) -> list[Sentence]:
    c = cues()
    direct: list[Sentence] = []
    implied: list[Sentence] = []
    index = {(s.start, s.end): k for k, s in enumerate(doc.sentences)}
    low = _doc_lower(doc)
    for s in body_sentences(doc):
        if (c.research_report.search(low, s.start, s.end) or c.not_advice.search(low, s.start, s.end)
                or _headline(doc, s)):
            continue
        clauses = sentence_clauses(doc, index[(s.start, s.end)]) if _may_instruct(doc, s, low) else []
        if any(cl.instruction and not cl.quoted and not cl.question
               # not an instruction a source gives, reported ("the five food groups it says you
               # should avoid", "the panel recommends you take"): the writer relays it
               and not c.reported_guidance.search(low, s.start, _addressed_at(low, cl)) for cl in clauses):
            direct.append(s)
        elif (c.implied_advice.search(low, s.start, s.end) and not sentence_quoted(doc, s)
              and not c.reported_guidance.search(low, s.start, s.end)):
            implied.append(s)
    if not direct and supplement_topic(doc) is None:
        return []
    return sorted(direct + implied, key=lambda s: s.start)


# -- what the contradiction family asks ------------------------------------------------------
#
# A claim set against another ("no side effects" … "some users develop headaches") must be
# the article's own, plain, present statement about one intervention. These answer that
# from the same clauses, ConText cues and data as the attributes above
# (``assertion_cues.toml``: [disowned], [historical], [hedge], [experience], [takers]).


@dataclass(frozen=True)
class _ClaimCues:
    disowned: re.Pattern[str]
    disowned_next: re.Pattern[str]
    disowned_own: re.Pattern[str]
    historical: re.Pattern[str]
    hedge: re.Pattern[str]
    soft: re.Pattern[str]
    conditions: re.Pattern[str]
    not_hedge: re.Pattern[str]
    not_hedge_negated: re.Pattern[str]
    majority: re.Pattern[str]
    qualified: re.Pattern[str]
    few: re.Pattern[str]
    minority: re.Pattern[str]
    quantifier: re.Pattern[str]
    experience: re.Pattern[str]
    had: re.Pattern[str]
    takers: re.Pattern[str]
    first_person: re.Pattern[str]
    first_person_denial: re.Pattern[str]
    first_person_use: re.Pattern[str]
    #: [takers] people_words: people, not products, at a sentence's opening noun phrase ("older people")
    people_words: frozenset[str]
    #: [hedge] use_condition: how a benefit is used ("if you start them in the first day"), no hedge of it
    use_condition: re.Pattern[str] | None = None


@functools.lru_cache(maxsize=1)
def _claim_cues() -> _ClaimCues:
    d = knowledge.read_toml("assertion_cues.toml")

    def alt(patterns: list[str]) -> re.Pattern[str]:
        return _alt(patterns, 0)  # matched on ``_claim_low``: lower case, "’" read as "'"

    return _ClaimCues(
        disowned=alt(d["disowned"]["sentence"]), disowned_next=alt(d["disowned"]["next_sentence"]),
        disowned_own=alt(d["disowned"]["own_clause"]),
        historical=alt(d["historical"]["sentence"]), hedge=alt(d["hedge"]["clause"]),
        soft=alt(d["hedge"]["soft"]), conditions=alt(d["hedge"]["conditions"]),
        not_hedge=alt(d["hedge"]["not_hedge"]), not_hedge_negated=alt([d["hedge"]["not_hedge_negated"]]),
        majority=alt(d["hedge"]["majority"]),
        qualified=alt(d["hedge"]["qualified"]), few=alt(d["hedge"]["few"]), minority=alt(d["hedge"]["minority"]),
        quantifier=alt(d["hedge"]["quantifier"]),
        experience=alt(d["experience"]["verbs"]), had=alt(d["experience"]["had"]),
        takers=alt(d["takers"]["groups"]), first_person=alt(d["first_person"]["experience"]),
        first_person_denial=alt(d["first_person"]["denial"]), first_person_use=alt(d["first_person"]["use"]),
        people_words=frozenset(d["takers"]["people_words"]), use_condition=alt(d["hedge"]["use_condition"]) if d["hedge"]["use_condition"] else None)


def _claim_low(doc: Document) -> str:
    """Lower-cased text with "’" read as "'" (same offsets)."""
    return doc.analysis("assertions.claim-low", lambda d: _lower(d.text).replace("’", "'").replace("‘", "'"))


def sentence_disowned(doc: Document, k: int, at: int | None = None) -> bool:
    """Sentence ``k`` is no claim of the article's: it passes a claim on from ads, forums,
    rumours or other people's beliefs, speaks of animals or the lab, or the next sentence
    rejects it ("That is not true."), or it is the maker's claim and the article sets
    evidence against it (``claim_limits.maker_disputed``: "But independent tests …", "In
    fact …"). A maker's claim the article repeats unchallenged ("…, the company says") stays
    a claim about the product. (A sentence the article uses to reject a claim,
    ``Clause.rejected``, still says something: "there is no evidence that it causes
    rashes" denies rashes.) With ``at``, the offset of the claim, a distancing adverb
    ("supposedly") disowns only the claim in its own comma- or "but"-bounded stretch ("It
    supposedly works fast, but in tests it left users groggy" still says the grogginess)."""
    c, low = _claim_cues(), _claim_low(doc)
    s = doc.sentences[k]
    # the distancing adverbs' places in the sentence, found once per sentence (typed claims
    # and contradiction claims ask of the same sentences, each claim with its own ``at``)
    own: dict[int, list[int]] = doc.analysis("assertions.disowned-own", lambda d: {})
    places = own.get(k)
    if places is None:
        places = own[k] = [m.start() for m in c.disowned_own.finditer(low, s.start, s.end)]
    if any(_in_own_clause(low, s.start, p, at, s.end) for p in places):
        return True
    cache: dict[int, bool] = doc.analysis("assertions.disowned", lambda d: {})
    got = cache.get(k)
    if got is None:
        sents = doc.sentences
        # asked only whether it matches: through ``existence_pattern`` (the list's ``\b``-led
        # alternatives under one boundary), the same answer 4-6 times faster over corpus sentences
        got = bool(existence_pattern(c.disowned).search(low, s.start, s.end)
                   or (k + 1 < len(sents) and c.disowned_next.search(low, sents[k + 1].start, sents[k + 1].end))
                   # the maker's claim, disputed with evidence anywhere in the article ("The
                   # company says it has no side effects. … Independent testers found …")
                   or maker_disputed(doc, k)
                   # another voice's claim the article answers ("My neighbour swears … Trials
                   # have found …", "A viral video says … That is false.")
                   or voice_disputed(doc, k))
        cache[k] = got
    return got


_OTHER_PHRASE = compile_re(r"\s*(?:\w+\s+)?(?:which|who|whom|whose|unlike)\b")


_STRETCH_BREAK = compile_re(r"[,;]|\bbut\b")


def _in_own_clause(low: str, lo: int, at: int, claim: int | None = None, hi: int = -1) -> bool:
    """The word at ``at`` stands in the sentence's own clause: the stretch between the commas
    around it (from ``lo``, the sentence's start, to ``hi``, its end) opens with no relative
    pronoun and no "unlike" (", which supposedly helps …", "Unlike the supposedly safer Y, …": words about
    another thing). With ``claim`` (an offset), the claim must stand in that same stretch
    (no comma, semicolon or "but" between them), unless the word is a stretch of its own
    ("Supposedly, it causes no …", "…, supposedly."): a sentence adverb over all of it."""
    cut = max(low.rfind(",", lo, at), low.rfind(";", lo, at))
    seg_lo = cut + 1 if cut >= 0 else lo
    if _OTHER_PHRASE.match(low, seg_lo):
        return False
    if claim is None:
        return True
    a, b = min(at, claim), max(at, claim)
    if not _STRETCH_BREAK.search(low, a, b):
        return True
    start = clause_start(low, lo, at, _STRETCH_BREAK)
    after = _STRETCH_BREAK.search(low, at, hi)
    return len(re.findall(r"[a-z][\w'-]*", low[start:after.start() if after else hi])) <= 1


def sentence_historical(doc: Document, k: int) -> bool:
    """Sentence ``k`` is about an earlier product or the past ("earlier versions", "used to").
    Read once per sentence (``assertions.historical``): typed claims and contradiction claims
    ask it of the same sentences, one call per claim."""
    memo: dict[int, bool] = doc.analysis("assertions.historical", lambda d: {})
    got = memo.get(k)
    if got is None:
        s = doc.sentences[k]
        got = memo[k] = bool(_claim_cues().historical.search(_claim_low(doc), s.start, s.end))
    return got


def in_body(doc: Document, k: int) -> bool:
    """Sentence ``k`` is in the article's body (headings included), where clauses are read."""
    return k in _body_set(doc)[0]


def clause_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The clause(s) holding ``[start, end)``: the same cuts as ``sentence_clauses``, from
    the document's boundary scan (no clause is built)."""
    k = _sentence_index(doc, start)
    s = doc.sentences[k]
    cuts = _body_scan(doc).boundaries
    i = bisect.bisect_right(cuts, start) - 1
    lo = cuts[i] if i >= 0 and cuts[i] > s.start else s.start
    j = bisect.bisect_left(cuts, max(start + 1, end))
    hi = cuts[j] if j < len(cuts) and cuts[j] < s.end else s.end
    return lo, hi


def conditional_at(doc: Document, start: int) -> bool:
    """"if", "unless", "whether" earlier in the comma stretch before ``start`` (the
    ``conditional`` attribute of ``assertion_at``, without the rest)."""
    k = _sentence_index(doc, start)
    if k < 0:
        return False
    stretch = re.split(r",(?!\d)|[;:—]|\bbut\b", doc.text[doc.sentences[k].start:start])[-1]
    return bool(cues().conditional.search(stretch))


def clause_hedged(doc: Document, start: int, end: int, *, soft: bool = False, until: int | None = None,
                  majority: bool = False) -> bool:
    """A hedge in the clause of ``[start, end)`` outside its own words ("most people can
    take it safely"), or a condition that limits it ("at the recommended dose", "as long
    as"); with ``soft``, "can" and "could" count too (a benefit that "can" happen is not a
    promise); ``until``: where the clause ends if earlier (a purpose clause after it); with
    ``majority`` (a benefit said to happen), "in most users" is the benefit's own claim, no
    hedge ([hedge] majority; a denial limited to most people stays limited)."""
    c, low = _claim_cues(), _claim_low(doc)
    lo, hi = clause_span(doc, start, end)
    if until is not None:
        hi = max(end, min(hi, until))
    masks = [m.span() for m in c.not_hedge.finditer(low, lo, hi)  # "can be reassured that …"
             if not c.not_hedge_negated.search(low, lo, m.start())]  # not "Nobody can be certain that …"
    if majority:
        masks += [m.span() for m in c.majority.finditer(low, lo, hi)]  # "in most users": the benefit's own claim
    if soft and c.use_condition is not None:  # "shortens a cold if you start them early": how it is used
        masks += [m.span() for m in c.use_condition.finditer(low, lo, hi)]

    def masked(m: re.Match[str]) -> bool:
        return any(a < m.end() and m.start() < b for a, b in masks)

    if soft and any(not masked(m) for m in c.soft.finditer(low, lo, hi)):
        return True
    for m in c.hedge.finditer(low, lo, hi):
        if not (m.start() >= start and m.end() <= end) and not masked(m):  # not the claim's own "as many as you like"
            return True
    return any(not masked(m) for m in c.conditions.finditer(low, lo, hi))


def clause_quantified(doc: Document, start: int, end: int) -> bool:
    """The clause of ``[start, end)`` limits its claim to most people or most of the time
    ("for most, nausea is not a problem", "is generally non-drowsy"), outside the claim's
    own words; a modal ("nothing in it could cause …") does not."""
    c, low = _claim_cues(), _claim_low(doc)
    lo, hi = clause_span(doc, start, end)
    k = _sentence_index(doc, start)
    if k >= 0:  # a fronted "For most," is cut off as a clause of its own
        lo = max(doc.sentences[k].start, min(lo, start - 40))
    return any(not (m.start() >= start and m.end() <= end) for m in c.quantifier.finditer(low, lo, hi))


def qualified_denial(doc: Document, start: int) -> bool:
    """The words right before ``start`` limit a denial to part of the effect ("no serious
    side effects", "no new safety signals")."""
    k = _sentence_index(doc, start)
    lo = max(doc.sentences[k].start if k >= 0 else 0, start - 40)
    return bool(_claim_cues().qualified.search(_claim_low(doc)[lo:start]))


def experience_before(doc: Document, lo: int, start: int) -> bool:
    """People live through the effect: a reporting or experience verb in ``[lo, start)``
    ("users notice", "some develop", "complain of", "cases of")."""
    return bool(_claim_cues().experience.search(_claim_low(doc), lo, start))


def had_before(doc: Document, lo: int, start: int) -> bool:
    """"had", "have had" in ``[lo, start)`` ("several patients on it had heartburn")."""
    return bool(_claim_cues().had.search(_claim_low(doc), lo, start))


def first_person_before(doc: Document, k: int, lo: int, start: int, *, denied: bool = False) -> bool:
    """The writer (or "my patients") had the effect at ``start`` — or, with ``denied``, never
    had it — in ``[lo, start)`` of sentence ``k``, in a sentence that says they took or used
    something or names an intervention ("I got heartburn the first week", "I never had a headache on it")."""
    c, low, s = _claim_cues(), _claim_low(doc), doc.sentences[k]
    found = (c.first_person_denial if denied else c.first_person).search(low, lo, start)
    if found is None:
        return False
    return bool(c.first_person_use.search(low, s.start, s.end)) or bool(interventions_named(doc, k))


def few_before(doc: Document, lo: int, start: int) -> bool:
    """Only some people: "some", "a few", "a small number of" in ``[lo, start)``."""
    return bool(_claim_cues().few.search(_claim_low(doc), lo, start))


def minority_said(doc: Document, k: int) -> bool:
    """Sentence ``k`` gives its effect to a minority or a low frequency ("reported by a few
    people in every hundred", "occasionally", "one in fifty", "3% of patients"): a hedged
    denial elsewhere ("generally non-drowsy") agrees with it."""
    s = doc.sentences[k]
    return bool(_claim_cues().minority.search(_claim_low(doc), s.start, s.end))


def minority_in_clause(doc: Document, start: int, end: int) -> bool:
    """The clause of ``[start, end)`` (with a fronted phrase before it: "For a small minority,
    …") gives its claim to a minority or a low frequency ([hedge] minority)."""
    c, low = _claim_cues(), _claim_low(doc)
    lo, hi = clause_span(doc, start, end)
    k = _sentence_index(doc, start)
    if k >= 0:  # a fronted "For a small minority," is cut off as a clause of its own
        s0 = doc.sentences[k].start
        front = _FRONTED_GROUP.search(low, s0, lo)
        if front is not None:
            lo = front.start("front")
    return c.minority.search(low, lo, hi) is not None


#: A fronted prepositional phrase right before a clause ("For a small minority, …", "In a
#: few users, …"), at the sentence's start or after a clause break.
_FRONTED_GROUP = compile_re(r"(?:^|(?<=[,;:.!?])|(?<=\n))\s*(?P<front>(?:for|in|among|with)\s[^,;:]*),\s*$")


_ANOTHER_OBJECT = compile_re(r"\s+(?:a|an|another|other|different|some\s+other)\s+(?![\w-]+\s+(?:of\s+)?(?:it|this|these|them)\b)")


#: What a group takes is a comparison arm (context_cues.toml [study_design] arms: "people on
#: placebo", "those given a dummy pill", "patients receiving usual care"): that group's effects
#: are the arm's, not the product's.
_ARM_OBJECT = compile_re(r"\s+(?:(?:a|an|the|their)\s+)?(?:" + knowledge.phrase_alternation(
    knowledge.read_toml("context_cues.toml")["study_design"]["arms"]) + r")(?![a-z])")


def takers(doc: Document, k: int) -> str:
    """The group of people sentence ``k`` says take or use the intervention ("some
    beginners", "several people using it", "among users", "while taking it"), or ""."""
    s = doc.sentences[k]
    low = _claim_low(doc)
    for m in _claim_cues().takers.finditer(low, s.start, s.end):
        if _ANOTHER_OBJECT.match(low, m.end(), s.end):
            continue  # "two men taking a supplement called Teston-6": some other product
        if _ARM_OBJECT.match(low, m.end(), s.end):
            continue  # "people on placebo", "those given a dummy pill": a comparison arm (users20)
        if _takes_other(doc, k, m.end(), s.end):
            continue  # "friends of mine who take ibuprofen": another intervention's takers (read19)
        return doc.text[m.start():m.end()].strip()
    return ""


def arm_takers(doc: Document, k: int) -> bool:
    """Sentence ``k``'s only groups of takers take a comparison arm ("In the trial, people on
    placebo often reported headaches"): what they report is the arm's, no claim of the product.
    ``takers`` skips such groups; this says one was there, so a reading that finds the people
    some other way ("people … reported") does not make the arm's effect the product's (users20)."""
    s = doc.sentences[k]
    low = _claim_low(doc)
    return not takers(doc, k) and any(_ARM_OBJECT.match(low, m.end(), s.end)
                                      for m in _claim_cues().takers.finditer(low, s.start, s.end))


#: The words right after a verb of taking that name what is taken ("ibuprofen", "the blood
#: pressure pills"): up to three, no punctuation.
_TAKEN_OBJECT = compile_re(r"\s+(?:[\w'-]+\s+){0,2}[\w'-]+")
#: The first word of what is taken, past a determiner ([takers] taken_determiners).
_TAKEN_FIRST = compile_re(r"\s+(?:(?:" + knowledge.phrase_alternation(
    knowledge.read_toml("assertion_cues.toml")["takers"]["taken_determiners"]) + r")\s+)?([a-z][\w-]*)")


def _takes_other(doc: Document, k: int, at: int, end: int) -> bool:
    """What the group takes, right after ``at``, is an intervention the interventions analysis
    places and not the article's main one ("people who take ibuprofen", "friends of mine on
    Dorvix"): that group's harms are that intervention's. The same question every reader asks
    of a name (``SentenceSubjects.is_main``), so the group and the claim's product agree."""
    obj = _TAKEN_OBJECT.match(doc.text, at, end)
    if obj is None:
        return False
    subjects = sentence_subjects(doc)
    if not subjects.main or subjects.main_between(k, at, obj.end()):
        return False
    if subjects.other_between(k, at, obj.end()):
        return True
    # a food, drink or drug the article's reading did not place ("who eat curry")
    first = _TAKEN_FIRST.match(doc.text[at:obj.end()].lower())
    return first is not None and not subjects.is_main(first.group(1)) and drug_word(first.group(1))


def causer(doc: Document, k: int, start: int, end: int, product: str | None = None) -> Causer:
    """Who brings about the effect at ``[start, end)`` of sentence ``k``: the product, another
    thing (with the reason: a relative clause on another antecedent, the product's absence, a
    combination, too much of another thing, another subject of the causing verb) or unknown
    (``causers.causer``). ``product`` is the intervention the claim is about; by default the
    one ``intervention_at`` gives, asked only when another cause is in view. Why: contradiction
    pairing and the typed-claim readers must give one answer to "does the product cause
    this?", or a harm one of them drops is paired by the other."""
    from lint_rules.analysis.causers import causer as read_causer

    return read_causer(doc, k, start, end, (lambda: product) if product is not None
                       else (lambda: intervention_at(doc, k, start, max(start, end))))


def intervention_at(doc: Document, k: int, start: int, end: int, kind: str = "") -> str:
    """The intervention the words ``[start, end)`` of sentence ``k`` are about (the
    interventions analysis: the main one when the sentence names it, else the one named
    before, else the article's main intervention); ``kind`` "interaction" keeps the main
    one even in a contrast."""
    subjects = sentence_subjects(doc)
    name = subjects.subject(k, start, end, kind)
    s = doc.sentences[k]
    for same in _SAME_AS.finditer(doc.text, s.start, start):
        # "Tablets containing the same steroid as X can raise blood sugar": X is named only to
        # say what the tablets share with it; the clause's subject, another product, owns the
        # claim (unless a name comes first: "Y, with the same steroid as X, can …" is Y's)
        if any(p < same.start() for p, _ in subjects.named[k]):
            continue
        if any(p > same.end() and subjects.is_main(n) and _ALSO_BEFORE.search(doc.text, max(s.start, p - 30), p)
               for p, n in subjects.placed[k]):
            continue  # "… can cause headaches, and so can X", "products such as X": X is among them
        if any(p == same.end() for p, _ in subjects.placed[k]) or re.match(r"(?:it|this|them)(?![a-z])", doc.text[same.end():s.end]):
            return "other:" + same.group("head").lower()
    return name


#: The named product put among the others later in the sentence: "and so can X", "as does X",
#: "such as X", "including X".
_ALSO_BEFORE = compile_re(r"(?<![a-z])(?:so\s+(?:can|could|does|do|did|will|may|might|is|are)|as\s+(?:does|do|can|will|is)|"
                          r"such\s+as|including|like|as\s+well\s+as|and\s+also|as\s+can)\s+(?:the\s+)?$", re.IGNORECASE)


#: Another product described by what it shares with the named one: "tablets containing the
#: same steroid as X", "products with the same ingredient as X", "creams that contain the same
#: active ingredient as it".
_SAME_AS = compile_re(r"(?<![A-Za-z-])(?P<head>[A-Za-z][a-z-]+)\s+(?:containing|with|that\s+contains?|which\s+contains?|"
                      r"sharing|that\s+share|made\s+with|based\s+on)\s+the\s+same\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
                      r"as\s+(?:the\s+)?", re.IGNORECASE)


def names_before(doc: Document, k: int, pos: int) -> bool:
    """Sentence ``k`` names an intervention before offset ``pos`` (its subject, not an object)."""
    return any(p < pos for p, _ in sentence_subjects(doc).named[k])


def main_named_between(doc: Document, k: int, lo: int, hi: int) -> bool:
    """Sentence ``k`` names the article's main intervention between ``lo`` and ``hi``
    (``SentenceSubjects.main_between``)."""
    return sentence_subjects(doc).main_between(k, lo, hi)


def interventions_named(doc: Document, k: int) -> frozenset[str]:
    """Every intervention sentence ``k`` names (as subject or as what is taken with it)."""
    return sentence_subjects(doc).names(k)


#: A sentence that opens with a modified product noun ("Our vegan glucosamine is …", "The
#: original formula contained …"): the modifier tells one variant of a product from another.
#: The sentence openers below begin with ``\A`` and are matched on the sentence alone: where
#: they are tried only at its start their word repetitions are linear, while tried at every
#: position (``search``) of a long run of letters they would be quadratic.
_VARIANT_OPENER = compile_re(
    r"\A\W*+(?:(?:our|the|this|these|that|those|its|their|your|my|each|every)\s+)?(?:[a-z][a-z-]+\s+)??(?P<mod>[a-z][a-z-]+)\s+"
    # "the egg-free version of our flu jab is …": the variant of the head noun
    r"(?:(?:version|form|type|kind|formulation|edition)\s+of\s+(?:(?:our|the|this|its|their|your|a|an)\s+)?(?:[a-z][a-z-]+\s+)??)?"
    r"(?P<head>[a-z][a-z-]+)\s+(?:is|are|was|were|contains?|contained|comes?|came|has|have|had|can|may|might|"
    r"will|won't|should|must|does|do|did|doesn't|don't|didn't|causes?|caused|isn't|aren't|uses?|made|offers?)(?![a-z])")
_NOT_VARIANT = frozenset({"our", "the", "its", "their", "your", "my", "each", "every", "a", "an",
                          "it", "this", "that", "these", "those", "there", "which", "what", "who", "some", "many",
                          "most", "all", "both", "people", "users", "patients", "doctors", "experts", "studies",
                          "research", "trials", "one", "two", "three", "several", "few", "such", "other", "also"})


def subject_variant(doc: Document, k: int) -> tuple[str, str] | None:
    """``(head, modifier)`` when sentence ``k`` opens with a modified noun as its subject
    ("Our vegan protein is …" -> ("protein", "vegan")): two claims whose subjects share the
    head but not the modifier are about different products ("the original formula", "the
    new formula"; "marine collagen", "bovine collagen")."""
    s = doc.sentences[k]
    m = _VARIANT_OPENER.match(_claim_low(doc)[s.start:s.end])
    if m is None or m.group("mod") in _NOT_VARIANT or m.group("head") in _NOT_VARIANT:
        return None
    return m.group("head"), m.group("mod")


def other_variant(doc: Document, k: int, j: int) -> bool:
    """Sentences ``k`` and ``j`` open with the same product noun under different modifiers."""
    a, b = subject_variant(doc, k), subject_variant(doc, j)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


#: Modifiers that mark the usual or older member of a product family ("the standard vaccine",
#: "the regular jab", "generic tablets"): a sentence whose subject is one of them is about
#: another product than a differently named variant.
_OTHER_MEMBER = frozenset({"standard", "regular", "ordinary", "conventional", "usual", "traditional", "generic",
                           "older", "old", "original", "previous", "cheaper", "classic", "normal"})


#: A subject that names other members of the product's kind: "Older adhesive dressings can
#: …", "Standard steroid creams …", "Other sprays …".
_OTHER_MEMBER_OPENER = compile_re(
    r"\A\W*+(?:(?:the|these|those|some|many|most)\s+)?(?P<mods>(?:[a-z][a-z-]+\s+){1,3}?)(?P<head>[a-z][a-z-]+)(?:,[^,.;]{1,60},)?\s+"
    r"(?:is|are|was|were|can|may|might|could|will|would|often|usually|sometimes|commonly|tend|tends|do|does|did|"
    r"cause|causes|caused|contain|contains|contained|have|has|had)(?![a-z])")


def _names_effect(phrase: str) -> object | None:
    from lint_rules.analysis.concepts import get_lexicon  # here: most articles never ask

    return get_lexicon().lookup(phrase)


def other_member_apart(doc: Document, k: int, j: int) -> bool:
    """Sentence ``k`` opens with other members of the product's kind ("Older adhesive
    dressings can tear fragile skin", "Generic tablets, by comparison, …") and sentence
    ``j`` does not use that word: ``k`` is about them, ``j`` about this product."""
    s = doc.sentences[k]
    low = _claim_low(doc)
    m = _OTHER_MEMBER_OPENER.match(low[s.start:s.end])
    if m is None:
        return False
    words = m.group("mods").split()
    head = m.group("head")
    if _claim_cues().people_words & {*words, head}:
        return False  # "Older people taking it become muddled": a group of its users, not an older product
    mods = [w for w in words if w in _OTHER_MEMBER or w in ("other", "rival", "competing")]
    t = doc.sentences[j]
    if not mods and head.endswith("s") and len(words) == 1 and words[0] not in _NOT_VARIANT \
            and re.search(rf"\b{re.escape(head[:-1])}\b", low[t.start:t.end]) \
            and _names_effect(f"{words[0]} {head}") is None:
        mods = words  # "Decongestant sprays can dry out the nose" against "this saline spray": another kind
        # ("Aching muscles were reported …" names an effect, not another kind of product)
    if not mods or any(w in ("of", "use", "doses", "dose", "amounts", "intake", "users") for w in words):
        return False  # "Regular use of licorice can …": how it is used, not another product
    if _ALL_OF.search(low[t.start:t.end]) and any(
            m.group("head") in singular_forms(head) or head in singular_forms(m.group("head"))
            for m in _ALL_OF.finditer(low[t.start:t.end])):
        return False  # "All the condoms we hand out are latex-free" covers "our standard condoms"
    return not any(re.search(rf"\b{re.escape(w)}\b", low[t.start:t.end]) for w in mods)


#: Every member of a kind, with no modifier that names a sub-kind between ("all the condoms",
#: "every one of our capsules", "each of its tablets"; not "all our new condoms").
_ALL_OF = compile_re(r"\b(?:all|every|each|any)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+|your\s+|these\s+|those\s+)?"
                     r"(?P<head>[a-z][a-z-]+)\b")


def variant_apart(doc: Document, k: int, name: str) -> bool:
    """Sentence ``k`` opens with ``name``'s head noun under a modifier that marks another
    member of its family and that ``name`` does not carry ("the standard vaccine may contain
    traces of egg" against "cell-based flu vaccine"; "the regular jab" against "egg-free
    jab"): the sentence is about the other member, whatever product it was assigned to."""
    got = subject_variant(doc, k)
    if got is None or not name:
        return False
    head, mod = got
    words = name.lower().replace("-", " ").split()
    return bool(words) and words[-1] == head and mod in _OTHER_MEMBER and mod not in words


#: A sentence set against what came before ("on the other hand", "by contrast"), near its
#: start, where it contrasts the subject ("unlike" is left out: "Unlike cheaper salts, it
#: has no laxative effect" contrasts the product with others and still speaks of it).
_CONTRAST = compile_re(r"(?<![a-z])(?:on\s+the\s+other\s+hand|by\s+(?:contrast|comparison)|in\s+contrast)(?![a-z])")
_OWN_SUBJECT = compile_re(r"\W*+(?:(?:but|however|yet|and|still|now|then|though)\W+)?(?:it|they|this|these|the\s+(?:product|drug|medicine|"
                          r"treatment|tablets?|capsules?|pills?|spray|cream|gel|supplement|device)|our\s+[\w-]+)(?![\w-])")


def contrasted_other(doc: Document, k: int, name: str) -> bool:
    """Sentence ``k`` sets another product against the one before ("Chemical sunscreens, on
    the other hand, can sting the eyes"; "Aspirin, by contrast, can irritate the stomach"):
    a contrast cue, and a subject that is neither a pronoun nor ``name``."""
    s = doc.sentences[k]
    low = _claim_low(doc)
    if not _CONTRAST.search(low, s.start, min(s.end, s.start + 80)) or _OWN_SUBJECT.match(low, s.start, s.end):
        return False
    return not (name and name.lower() in low[s.start:s.end])


#: The name a sentence opens with as its subject, in apposition or not: "Ezetimibe, a
#: different kind of cholesterol drug, does not …", "The newer drug, Dapriva, does not …",
#: "Velnor's rival, Zantrex, is known to …", "Statins such as atorvastatin can …".
_NAMED_OPENER = compile_re(
    r"\A[\W_]*+(?:(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s+|[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
    r"(?P<name>[A-Za-z][A-Za-z0-9-]{3,})(?:\s+such\s+as\s+[\w-]+)?(?:,[^,.;:]{1,80},|,)?\s+(?:[a-z]+ly\s+)?"
    r"(?:is|are|was|were|can|can't|cannot|may|might|could|will|won't|would|should|shouldn't|must|mustn't|needs?|"
    r"appears?|seems?|tends?|does|do|did|doesn't|don't|didn't|never|rarely|often|commonly|usually|sometimes|"
    r"causes?|caused|carries|poses|gives|leads?|triggers?|has|have|had)(?![\w-])", re.IGNORECASE)
_NOT_NAMES = frozenset({"this", "that", "these", "those", "there", "they", "their", "some", "many", "most", "people",
                        "patients", "users", "doctors", "experts", "studies", "research", "trials", "side", "effects",
                        "it's", "what", "which", "each", "every", "both", "neither", "none", "nothing", "something",
                        "everyone", "anyone", "taking", "taken", "using", "used", "children", "adults", "women", "men"})


def opening_name(doc: Document, k: int) -> str:
    """The name sentence ``k`` opens with as the subject of its verb (lower case), when it is
    a name: an intervention the sentence names, or a capitalised word never written in lower
    case, not a disease, an effect, people or research; else ""."""
    s = doc.sentences[k]
    m = _NAMED_OPENER.match(doc.text[s.start:s.end])
    if m is None:
        return ""
    name = m.group("name")
    low = name.lower()
    if low in _NOT_NAMES or low in _claim_cues_words():
        return ""
    if any(low == n or low in n.split() for n in interventions_named(doc, k)):
        return low
    if not name[0].isupper():
        return ""
    from lint_rules.analysis.concepts import get_lexicon
    if low in opener_not() or get_lexicon().lookup(low) is not None \
            or re.search(rf"\b{re.escape(low)}\b", doc.text):
        return ""  # people, research, a disease or an effect; or an ordinary word, written in lower case
    return low


@functools.lru_cache(maxsize=1)
def _claim_cues_words() -> frozenset[str]:
    return frozenset({"the", "a", "an", "our", "your", "my", "in", "for", "at", "on", "with", "if", "when", "after",
                      "before", "because", "while", "although", "though", "but", "however", "yet", "also", "still"})


def _names_after_subject(doc: Document, k: int, name: str) -> bool:
    """Sentence ``k`` names ``name`` after its opening subject (not in "Velnor's rival,
    Zantrex, …", where it only tells whose rival, nor in a comparison: "unlike Norvex",
    "than Norvex", "compared with Norvex", "instead of Norvex")."""
    s = doc.sentences[k]
    m = _NAMED_OPENER.match(doc.text[s.start:s.end])
    at = s.start + m.end("name") if m is not None else s.start
    return re.search(rf"(?<!unlike )(?<!than )(?<!compared with )(?<!compared to )(?<!instead of )\b{re.escape(name)}\b",
                     _claim_low(doc)[at:s.end]) is not None


def opening_names_apart(doc: Document, k: int, j: int, names: tuple[str, str] | None = None) -> bool:
    """Sentences ``k`` and ``j`` open with two different names as their subjects ("Statins
    such as atorvastatin can cause muscle aches" … "Ezetimibe … does not cause muscle
    aches"): two interventions, unless one is an ingredient of the other or the other
    sentence names it too (an interaction: "Fluvoxamine can raise melatonin levels")."""
    a, b = names or (opening_name(doc, k), opening_name(doc, j))  # (or the names a caller read elsewhere)
    if not a or not b or a == b or a.startswith(b) or b.startswith(a):
        return False
    if _names_after_subject(doc, j, a) or _names_after_subject(doc, k, b):
        return False  # "Fluvoxamine … can increase the amount of melatonin": both in one claim
    alias = sentence_subjects(doc).alias
    if document_subject(doc).aliases.get(a, a) == document_subject(doc).aliases.get(b, b):
        return False  # "Calmora (melatonin 3 mg)" … "Melatonin can cause …": the article declared them one
    return alias.get(a) != b and alias.get(b) != a and alias.get(a, a) != alias.get(b, b)


def sentence_question(doc: Document, k: int) -> bool:
    """Sentence ``k`` asks (``Clause.question``, without building the clauses)."""
    s = doc.sentences[k]
    return doc.text[s.start:s.end].rstrip().rstrip("\"'”’)").endswith("?")


#: A clause negation whose reach carries over coordination: the verb right after "neither" or
#: "nor", or after "or" when a "not"/"n't"/"never" before it in the same clause governs both
#: conjuncts ("won't relieve X or ease Y", "does not contain A, B or C", "neither slows X nor
#: staves off Y"). The coordinated stretch holds no word that opens another clause or affirms
#: anew ("and", "but", "because", "which", "if", …), so "isn't cheap, but it eases pain" and
#: "doesn't cause nausea and lowers blood pressure" keep their affirmed verb. "not only/just" is
#: no denial. The grammar of negation scope over coordinate structures (Quirk et al., *A
#: Comprehensive Grammar of the English Language*, 1985, §10.63: "not … or" = "neither … nor").
_DENIED_JUST_BEFORE = compile_re(
    r"(?:\bneither|\bnor|\bno\s+longer|(?:\bnot|n't|\bnever)(?!\s+(?:only|just|merely|simply)\b))\s+(?:(?:even|really|actually|always|ever|reliably|significantly)\s+)?$")
_DENIED_OVER_OR = compile_re(
    r"(?:\bnot|n't|\bnever)\s+(?!only\b|just\b|merely\b|simply\b)"
    r"(?:(?![;:!?]|\b(?:and|but|because|so|which|that|who|whom|while|if|when|whereas|although|though|yet|since|unless|until|whether|then|as)\b)[^.])*?"
    r"(?<![a-z])(?:or|nor)\s+(?:(?:even|really|actually|always|ever|reliably|significantly)\s+)?$")


def denied_over_coordination(low: str, lo: int, start: int) -> str:
    """How the predicate starting at ``start`` (in the lower-cased text ``low``, its clause
    from ``lo``) is denied by a negation that carries over coordination: "neither <verb>",
    "nor <verb>", "not <verb>", "no longer <verb>" (a pattern that reads the affirmed verb
    alone: "does not contain A, B or C", "no longer contains soy") give "denied"; "<not> … or <verb>" (``_DENIED_OVER_OR``) gives
    "coordinated" (denied, but the verb may be a complement of the negated one: "wouldn't let
    me drive, or lift weights" denies no lifting by the product); the same
    negation opening an instruction ("Don't skip meals or cut your dose", "never mix it or
    share it") gives "prohibited", which states no effect of the product at all; else "".
    A reader of positive patterns asks this so that the second conjunct of a denial is not
    read as an affirmation."""
    before = low[max(lo, start - 160):start]
    m = _DENIED_JUST_BEFORE.search(before)
    found = m or _DENIED_OVER_OR.search(before)
    if not found:
        return ""
    first = _FIRST_NEGATOR.search(before)
    head = before[:(first or found).start()]
    if re.fullmatch(r"[\s\"'“‘(,-]*(?:please\s+)?(?:do)?\s*", head):
        return "prohibited"
    neg = start - len(before) + (first or found).start()
    lead = re.split(r"[.!?](?:\s|$)", low[max(0, neg - 120):neg])[-1]
    if _CHECKED_THAT.search(lead):
        return "prohibited"  # "Check that it does not contain gluten": what to make sure of, no claim
    return "denied" if m else "coordinated"


#: An instruction to find out whether the negated clause holds ("check that …", "make sure a
#: product does not …", "should check with a pharmacist that …"; the verb bare, as an order or
#: after "to", a modal or "please", so "tests confirmed that …" is no instruction): the clause after it is what the
#: reader must verify, not what the writer asserts (the mandative subordinate clause of Quirk
#: et al. 1985, §16.32, after a verb of checking).
_CHECKED_THAT = compile_re(
    r"(?:^[\s\"'“‘(]*|[,;]\s*|\b(?:to|should|must|can|could|please|always|first|then|and|also|just)\s+)"
    r"(?:check|make\s+sure|ensure|verify|confirm|find\s+out)(?![a-z])"
    r"(?:\s+with\s+[^.;,]{1,40}?)?(?:\s+(?:that|whether|if))?\s+[^.;:]{1,50}$")
_FIRST_NEGATOR = compile_re(r"(?:\bnot|n't|\bnever|\bneither|\bnor|\bno\s+longer)\b")
