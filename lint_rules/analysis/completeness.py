"""What an article about an intervention says and leaves out, for the completeness rules.

One per-document view (``article(doc)``) gives the rules of ``rules/completeness.py`` the
article's subject (the main intervention of ``analysis.interventions``; in a news report or a
press release, which may name what the research tested only once or twice, its best
candidate), its genre (``analysis.genre``), its body
sentences, and the matches of every cue list of ``knowledge/completeness_cues.toml``, each
found once and shared. The rules only decide; the questions "is a cost given?", "which
sentence states the benefit?", "is this hype word the article's or a quoted source's?" are
answered here.

Quotation is decided from the paragraph's quotation marks (a quotation opened before the
word and not closed), until the shared clause-level assertions of ``analysis/`` answer it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_rules.analysis.assertions import quoted_at
from lint_rules.analysis.genre import Genre, genre
from lint_rules.analysis.interventions import Intervention, headline, interventions
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document, Sentence

#: A figure: digits, a percentage or a number word that quantifies.
NUMBER_RE = compile_re(r"\d|\b(?:half|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|"
                       r"thousands?|a third|a quarter)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, re.Pattern[str]]]:
    """Every list of ``completeness_cues.toml`` as one pattern (words on boundaries)."""
    data = read_toml("completeness_cues.toml")
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for section, lists in data.items():
        out[section] = {
            key: compile_re(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in items) + r")(?![\w-])",
                            re.IGNORECASE)
            for key, items in lists.items()
        }
    return out


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    sentence: int  #: index into ``Article.sentences``
    text: str


@dataclass
class Article:
    doc: Document
    subject: Intervention | None
    genre: Genre
    sentences: list[Sentence]
    _found: dict[tuple[str, str], list[Match]] = field(default_factory=dict)

    def matches(self, section: str, key: str) -> list[Match]:
        """Matches of one cue list in the body, in order, each computed once. Headings count
        only for sensational language (a headline can hype, but it gives no facts), and a
        question ("Is it safe?") is no safety claim."""
        got = self._found.get((section, key))
        if got is None:
            rx = cues()[section][key]
            text = self.doc.text
            headings = section == "sensational_language"  # a headline can hype; it gives no facts
            got = [Match(m.start(), m.end(), k, m.group(0))
                   for k, s in enumerate(self.sentences)
                   if (headings or self.doc.blocks[s.block].kind != "heading")
                   and not (section == "harms" and key == "unquantified" and _question(text, s))
                   for m in rx.finditer(text, s.start, s.end)]
            self._found[(section, key)] = got
        return got

    def sentence_text(self, k: int) -> str:
        s = self.sentences[k]
        return self.doc.text[s.start:s.end]

    def quoted(self, m: Match) -> bool:
        """The match sits inside a quotation: the article reports someone's words."""
        return quoted_at(self.doc, m.start)

    def anchor(self) -> tuple[int, int]:
        """Where a finding about the whole article points: the first mention of its subject
        in the body, else the first body sentence that is not the title."""
        if self.subject is not None:
            for a, b in self.subject.spans:
                if any(s.start <= a < s.end for s in self.sentences):
                    return a, b
        for s in self.sentences:
            if self.doc.blocks[s.block].kind != "heading" and self.doc.text[s.start:s.end].strip() != headline(self.doc):
                return s.start, s.end
        if self.sentences:
            return self.sentences[0].start, self.sentences[0].end
        return 0, 0

    def subject_sentences(self) -> set[int]:
        """Indices of the sentences that name the subject, and the sentence after each
        (where "it" and "the drug" usually refer back to it)."""
        if self.subject is None:
            return set()
        out: set[int] = set()
        for a, _b in self.subject.spans:
            for k, s in enumerate(self.sentences):
                if s.start <= a < s.end:
                    out.update((k, k + 1))
                    break
        return {k for k in out if k < len(self.sentences)}

    def benefit_sentences(self) -> list[int]:
        """Sentences that state a benefit: a benefit verb or a relative figure in a sentence
        about the subject, or a relative figure anywhere."""
        about = self.subject_sentences()
        verbs = {m.sentence for m in self.matches("benefits", "verbs")}
        relative = {m.sentence for m in self.matches("benefits", "relative")}
        return sorted((verbs & about) | relative)

    def in_sentences(self, section: str, key: str, ks: set[int]) -> Iterator[Match]:
        return (m for m in self.matches(section, key) if m.sentence in ks)


#: The cue lists whose sentences give each criterion's information (``Article.support``).
SUPPORT: dict[str, tuple[tuple[str, str], ...]] = {
    "costs": (("costs", "concrete"),),
    "benefits": (("benefits", "absolute"), ("benefits", "percent")),
    "harms": (("harms", "harm"),),
    "evidence_quality": (("evidence_quality", "limits"),),
    "funding_coi": (("funding_coi", "funding"),),
    "independent_sources": (("independent_sources", "independent"),),
    "alternatives": (("alternatives", "alternatives"),),
    "availability": (("availability", "availability"),),
}


def support(art: Article, criterion: str) -> int:
    """How many body sentences give the reader this criterion's information (a price, an
    absolute figure, a named harm, a limitation…). For alternatives, other interventions the
    article names (scoring at least 2 in ``analysis.interventions``) count too. The rules
    flag an article whose support is below their ``min-sentences`` option; the benchmark
    fits that threshold inside its cross-validation folds."""
    ks: set[int] = set()
    denied = art.matches("harms", "unquantified") if criterion == "harms" else []
    for section, key in SUPPORT[criterion]:
        # "without the harsh side effects" names no harm: it denies them
        ks.update(m.sentence for m in art.matches(section, key)
                  if not any(d.start <= m.start < d.end for d in denied))
    n = len(ks)
    if criterion == "alternatives":
        n += sum(1 for i in interventions(art.doc).others if i.score >= 2)
    return n


def _question(text: str, s: Sentence) -> bool:
    """"Is it safe?" asks; it does not claim."""
    return text[s.start:s.end].rstrip().rstrip("\"'”’)").endswith("?")


def article(doc: Document) -> Article:
    """The completeness view of ``doc``, computed once per document."""
    return doc.analysis("completeness", _build)


def _build(doc: Document) -> Article:
    from lint_rules.document import BODY

    sentences = [s for s in doc.sentences
                 if doc.blocks[s.block].role == BODY and doc.blocks[s.block].info != "footnote"]
    found = interventions(doc)
    g = genre(doc)
    subject = found.main
    if subject is None and found.all and found.all[0].score >= 2 and g.label in _REPORTS:
        subject = found.all[0]  # a research report names what it tests less often than a guide
    return Article(doc, subject, g, sentences)


#: Genres that report on research: their subject may be named only once or twice.
_REPORTS = ("news", "press_release", "unknown")
