"""Readability for health literacy: reading level per document and per section, the
longest sentences, and jargon that has a lay word.

Targets: the NIH asks for patient material below 8th grade (default), the AMA for 6th grade
(``[tool.healthlint.readability] standard = "ama"``). Scores use the shared sentence
segmentation (``doc.sentences``) and the body only: the reference list, author bio and
bylines are not what patients read for advice. Word and syllable counts come from textstat,
made to work offline by ``lint_rules.analysis.textstat_offline``.

The numbers go to ``ctx.metrics["readability"]`` (JSON per file, SARIF properties, the text
summary and the HTML report); the findings point at the hardest sections (their heading
line) and the longest sentences (their own line), capped so one dense article does not
produce a wall of notes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lint_rules.config import ConfigError, register_section
from lint_rules.core import Finding, Rule, RuleContext, Severity
from lint_rules.document import BODY, HEADING, Document
from lint_rules.knowledge import read_lines
from lint_rules.store.compiled_re import compile_re

STANDARDS = {"nih": 8.0, "ama": 6.0}
_KEYS = {"standard", "target-grade", "long-sentence-words", "max-long-sentences",
         "max-hard-sections", "min-section-words", "max-jargon"}
DEFAULTS: dict[str, Any] = {
    "standard": "nih", "long-sentence-words": 25, "max-long-sentences": 3,
    "max-hard-sections": 3, "min-section-words": 80, "max-jargon": 5,
}


def validate_section(table: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}.{key}: unknown key (known: {', '.join(sorted(_KEYS))})")
        if key == "standard":
            if value not in STANDARDS:
                raise ConfigError(f"{where}.standard: must be one of {', '.join(STANDARDS)}")
        elif key == "target-grade":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 20:
                raise ConfigError(f"{where}.target-grade: must be a grade between 1 and 20")
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{where}.{key}: must be a whole number (0 or more)")
    return dict(table)


register_section("readability", validate_section)


def settings(ctx: RuleContext) -> dict[str, Any]:
    out = {**DEFAULTS, **ctx.config.section("readability")}
    out.setdefault("target-grade", STANDARDS[out["standard"]])
    out["target-grade"] = float(out["target-grade"])
    return out


# -- the numbers -----------------------------------------------------------------------


@dataclass
class Counts:
    """Words, sentences, syllables, polysyllables and long sentences of a stretch of text."""
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0
    long_sentences: int = 0

    def add(self, other: Counts) -> None:
        self.words += other.words
        self.sentences += other.sentences
        self.syllables += other.syllables
        self.polysyllables += other.polysyllables
        self.long_sentences += other.long_sentences

    def scores(self) -> dict[str, Any]:
        """The formulas textstat uses, on our own sentence count."""
        out: dict[str, Any] = {"words": self.words, "sentences": self.sentences,
                               "long_sentences": self.long_sentences}
        if not self.words or not self.sentences:
            return {**out, "flesch_kincaid_grade": None, "smog": None, "flesch_reading_ease": None}
        wps, spw = self.words / self.sentences, self.syllables / self.words
        out["flesch_kincaid_grade"] = round(0.39 * wps + 11.8 * spw - 15.59, 1)
        out["flesch_reading_ease"] = round(206.835 - 1.015 * wps - 84.6 * spw, 1)
        out["smog"] = round(1.043 * math.sqrt(self.polysyllables * 30 / self.sentences) + 3.1291, 1)
        return out


@dataclass
class SentenceStats:
    """One body sentence's span, section and counts."""
    start: int
    end: int
    section: int
    counts: Counts


@dataclass
class Readability:
    """Readability counts for every body sentence, each section and the whole document."""
    sentences: list[SentenceStats]
    document: Counts
    sections: dict[int, Counts]


def measure(doc: Document, long_words: int = 25) -> Readability:
    """Counts for every body sentence (headings excluded: they are not sentences)."""
    from lint_rules.analysis.textstat_offline import prefetch, sentence_counts

    prefetch(doc.text)  # every word's syllable count in one query (the counts are the same)
    stats: list[SentenceStats] = []
    document = Counts()
    sections: dict[int, Counts] = {}
    for sent in doc.sentences:
        block = doc.blocks[sent.block]
        if block.role != BODY or block.kind == HEADING:
            continue
        text = doc.text[sent.start:sent.end]
        words, syllables, polysyllables = sentence_counts(text)
        if not words:
            continue
        c = Counts(words, 1, syllables, polysyllables, 1 if words > long_words else 0)
        stats.append(SentenceStats(sent.start, sent.end, block.section, c))
        document.add(c)
        sections.setdefault(block.section, Counts()).add(c)
    return Readability(stats, document, sections)


def readability(doc: Document, ctx: RuleContext) -> Readability:
    """Computed once per document and recorded in the file's metrics."""
    opts = settings(ctx)
    result = doc.analysis(f"readability:{opts['long-sentence-words']}",
                          lambda d: measure(d, opts["long-sentence-words"]))
    if "readability" not in ctx.metrics:
        ctx.metrics["readability"] = metrics_of(doc, result, opts)
    return result


def metrics_of(doc: Document, r: Readability, opts: Mapping[str, Any]) -> dict[str, Any]:
    sections = []
    for index, counts in sorted(r.sections.items()):
        sec = doc.sections[index] if 0 <= index < len(doc.sections) else None
        heading = sec.heading if sec is not None else None
        sections.append({
            "title": sec.title if sec is not None else "",
            "line": doc.line_of(doc.blocks[heading].start) if heading is not None else None,
            **counts.scores(),
        })
    return {
        "standard": opts["standard"], "target_grade": opts["target-grade"],
        **r.document.scores(), "sections": sections,
    }


# -- rules ------------------------------------------------------------------------------


_WORD = compile_re(r"[a-z]+")


@lru_cache(maxsize=1)
def _clinical_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("medical_words_jargon.txt"))


def is_jargon(term: str) -> bool:
    """A term a lay reader is unlikely to know: one of its words is missing from the CMU
    Pronouncing Dictionary (126,000 everyday English words: "alopecia", "xerostomia") or
    is a listed clinical word ("hypertension", "syncope"). "Hair" or "tolerance" is not."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    everyday = syllable_counts()
    words = _WORD.findall(term.lower())
    return any(w not in everyday or w in _clinical_words() for w in words)


def plainest(term: str, lay_terms: Iterable[str]) -> str | None:
    """The shortest lay synonym that is not the term itself ("redness" rather than
    "redness of skin or mucous membrane")."""
    options = [t.lower() for t in lay_terms if t.lower() != term.lower()]
    return min(options, key=lambda t: (len(t.split()), len(t))) if options else None


class HardSection(Rule):
    """A section reads above the target grade level for health information.

    What it flags:
    The hardest sections of the body (at most three, each long enough to score) whose
    Flesch-Kincaid grade is above the target: 8th grade by default (NIH), 6th grade with
    `standard = "ama"`, or `target-grade` under `[tool.healthlint.readability]`. The
    finding sits on the section's heading and gives its grade, SMOG and Flesch reading ease.

    Why it matters:
    Most adults read health information best at or below 8th grade; a third of US adults
    have basic or below-basic health literacy. Material above that level is misread or not
    read, and the NIH and AMA both ask for plain-language patient information.

    Example:
    A "How it works" section written in 35-word sentences of multi-syllable terms
    ("pharmacokinetic", "bioavailability") that scores grade 15.

    Better:
    Short sentences with everyday words, each explaining one step; keep the technical term
    once, next to the plain one.
    """

    code = "READ001"
    name = "readability.hard-section"
    category = "readability"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        r = readability(doc, ctx)
        opts = settings(ctx)
        target = opts["target-grade"]
        scored = []
        for index, counts in r.sections.items():
            s = counts.scores()
            if counts.words >= opts["min-section-words"] and s["flesch_kincaid_grade"] > target:
                scored.append((s["flesch_kincaid_grade"], index, s))
        doc_scores = r.document.scores()
        if not scored and len(r.sections) > 1:
            return
        if not scored:  # one section: judge the whole body if it is long enough
            if r.document.words < opts["min-section-words"] or not doc_scores["flesch_kincaid_grade"] \
                    or doc_scores["flesch_kincaid_grade"] <= target:
                return
            scored = [(doc_scores["flesch_kincaid_grade"], next(iter(r.sections)), doc_scores)]
        for grade, index, s in sorted(scored, key=lambda x: -x[0])[: opts["max-hard-sections"]]:
            start, end, what = self._anchor(doc, index, r)
            yield self.finding(
                doc, start, end,
                f"{what} reads at grade {grade:g} (Flesch-Kincaid; SMOG {s['smog']:g}, reading "
                f"ease {s['flesch_reading_ease']:g}), above the target of grade {target:g} "
                f"({opts['standard'].upper() if 'target-grade' not in ctx.config.section('readability') else 'configured'});"
                f" the article as a whole: grade {doc_scores['flesch_kincaid_grade']:g}",
                suggestion="Shorten the longest sentences and swap technical words for plain ones",
                evidence={"section": s, "document": doc_scores},
            )

    @staticmethod
    def _anchor(doc: Document, index: int, r: Readability) -> tuple[int, int, str]:
        sec = doc.sections[index] if 0 <= index < len(doc.sections) else None
        if sec is not None and sec.heading is not None:
            block = doc.blocks[sec.heading]
            return block.start, block.end, f"The section “{sec.title}”"
        first = next(s for s in r.sentences if s.section == index)
        return first.start, first.start, "The opening of the article"


class LongSentence(Rule):
    """A sentence is too long for readers with limited health literacy.

    What it flags:
    The longest body sentences over `long-sentence-words` words (25 by default), at most
    `max-long-sentences` of them (3) per article, longest first, each on its own line.

    Why it matters:
    Sentence length is half of every readability formula and the easiest thing to fix.
    Plain-language guidance (CDC Clear Communication Index, NIH) asks for sentences of
    about 15–20 words in patient material; a 40-word sentence about dosing or side effects
    is where readers lose the thread.

    Example:
    "Furthermore, excessive kratom consumption may lead to dependency and tolerance,
    requiring careful consideration and responsible usage, especially in people who also
    take other medicines that act on the same receptors in the brain."

    Better:
    "Taking a lot of kratom can lead to dependence. Be careful if you take other medicines
    that act on the brain."
    """

    code = "READ002"
    name = "readability.long-sentence"
    category = "readability"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        r = readability(doc, ctx)
        opts = settings(ctx)
        longest = sorted((s for s in r.sentences if s.counts.long_sentences),
                         key=lambda s: (-s.counts.words, s.start))[: opts["max-long-sentences"]]
        for s in sorted(longest, key=lambda s: s.start):
            yield self.finding(
                doc, s.start, s.end,
                f"Sentence of {s.counts.words} words (aim for under {opts['long-sentence-words']})",
                suggestion="Split it into two or three sentences, one idea each",
                evidence={"words": s.counts.words},
            )


class JargonWithoutLayWord(Rule):
    """A medical term is used with no plain word next to it.

    What it flags:
    A technical term that has a layperson synonym in the Human Phenotype Ontology (or the
    curated concept lexicon) — "xerostomia" (dry mouth), "pruritus" (itching), "alopecia"
    (hair loss) — when neither the lay word nor any of its synonyms appears in the same
    paragraph. A term counts as technical when one of its words is missing from the CMU
    Pronouncing Dictionary of everyday English or is a listed clinical word
    (`knowledge/medical_words_jargon.txt`: "hypertension", "syncope"). Each term once per
    article, at most `max-jargon` (5) per article.

    Why it matters:
    Readers who do not know the term skip it or guess; a side effect they cannot name is a
    side effect they will not report. Plain-language guidance asks to pair a needed
    technical term with the everyday one.

    Example:
    "Some users report xerostomia."

    Better:
    "Some users report a dry mouth (xerostomia)."
    """

    code = "READ003"
    name = "readability.jargon-without-lay-word"
    category = "readability"
    severity = Severity.INFO

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        try:
            from lint_rules.analysis.concepts import get_lexicon
            from lint_rules.analysis.mentions import mentions
        except ImportError:  # the concept lexicon is optional
            return
        lexicon = get_lexicon()
        seen: set[str] = set()
        shown = 0
        limit = settings(ctx)["max-jargon"]
        for m in mentions(doc):
            if shown >= limit:
                break
            term = m.matched.lower()
            if m.concept_id in seen or not is_jargon(term) or not lexicon.is_technical(term):
                continue
            block = doc.blocks[doc.sentences[m.sentence].block]
            concept = lexicon.concept(m.concept_id)
            if block.role != BODY or concept is None:
                continue
            lay = lexicon.lay_word(term)
            if lay is None or len(lay.split()) > 3:  # the lexicon's first choice, unless wordy
                lay = plainest(term, concept.lay_terms)
            if lay is None:
                continue
            seen.add(m.concept_id)
            paragraph = doc.text[block.start:block.end].lower()
            if any(t.lower() in paragraph for t in concept.lay_terms):
                continue
            shown += 1
            yield self.finding(
                doc, m.start, m.end,
                f"“{m.matched}” is a medical term; say “{lay}” too",
                suggestion=f"“{lay} ({m.matched})”",
                evidence={"concept": m.concept_id, "lay_word": lay},
            )
