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
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from lint_rules.analysis.assertions import assertion_at, lowered, quoted_at
from lint_rules.analysis.genre import Genre, genre
from lint_rules.analysis.interventions import (
    Intervention,
    drug_word,
    headline,
    intervention_heads,
    interventions,
)
from lint_rules.analysis.studies import (
    goes_on_telling_study,
    names_other_trial,
    names_trial,
    nonhuman_search,
    observational_cue,
    opens_on_people_named,
    people_followed,
    study_mentions,
    study_sentences,
)
from lint_rules.knowledge import path as knowledge_path
from lint_rules.knowledge import read_lines, read_toml, with_includes
from lint_rules.spans import SpanCover
from lint_rules.store.compiled_re import compile_re, has_only_ascii_digits, opening_strings
from lint_rules.store.diskcache import cached, files_key

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document, Sentence

#: A figure: digits, a percentage or a number word that quantifies.
NUMBER_RE = compile_re(r"\d|\b(?:half|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|"
                       r"thousands?|a third|a quarter)\b", re.IGNORECASE)


class Cue:
    """One cue list, compiled to be run once over a whole document: the case-insensitive
    items as one pattern without IGNORECASE for the document's lower-cased text (several times
    faster), the items that keep their case (``(?-i:NIH)``) as a second pattern over the text
    itself, and the whole list with IGNORECASE for a text whose lower-casing moves offsets.

    Each pattern is assembled and compiled the first time a document needs it (issue 17):
    a run reads about half of the lists, and most documents only ever need ``separated``
    (and ``cased``), so a new process no longer builds all four patterns of all 57 lists
    (about 12 ms)."""

    def __init__(self, items: list[str]) -> None:
        self.items = list(items)

    @cached_property
    def _plain(self) -> list[str]:
        """The case-insensitive items, their letters lower-cased."""
        return [_lower_pattern(p) for p in self.items if "(?-i:" not in p]

    @cached_property
    def lower(self) -> re.Pattern[str] | None:
        return _words(self._plain, 0) if self._plain else None

    @cached_property
    def cased(self) -> re.Pattern[str] | None:
        cased = [p for p in self.items if "(?-i:" in p]
        return _words(cased, re.IGNORECASE) if cased else None

    @cached_property
    def folded(self) -> re.Pattern[str]:
        return _words(self.items, re.IGNORECASE)

    @cached_property
    def separated(self) -> re.Pattern[str] | None:
        """``lower`` with the character before the match consumed instead of looked behind
        at (see ``_separated``); None where an item looks behind or anchors itself."""
        plain = [p for p in self.items if "(?-i:" not in p]
        if not plain or any(_LOOKS_BACK.search(p) for p in plain):
            return None
        return compile_re(r"[^\w-](" + self._alternation + r")(?![\w-])")

    @cached_property
    def openings(self) -> frozenset[str] | None:
        """The strings (up to ``OPENING``'s length) one of which begins every match of
        ``separated`` after its separator; None when there is no such short list."""
        if self.separated is None:
            return None
        found = _opening_table().get(self._alternation)
        return None if found is None else frozenset(found)

    @cached_property
    def digit_openings(self) -> frozenset[str] | None:
        """``openings`` with ``\\d`` read as 0-9, for a list that has none only because an
        item may begin with a digit (prices, percentages, sample sizes): good for a text with
        no digit but 0-9 (``WordStarts.ascii_digits``), where the two match alike."""
        if self.separated is None or self.openings is not None:
            return None
        found = _opening_table().get("\x00digits\x00" + self._alternation)
        return None if found is None else frozenset(found)

    @property
    def _alternation(self) -> str:
        return "|".join(f"(?:{p})" for p in self._plain)

    def finditer(self, text: str, lower: str | None, starts: WordStarts | None = None) -> list[Any]:
        """Matches (``start()``, ``end()``) in document order (over ``lower`` when given:
        the same offsets). ``starts``, the index of ``lower``'s places by their next
        characters, lets a list with ``openings`` be tried only where one of them follows."""
        if lower is None:
            return list(self.folded.finditer(text))
        found: list[Any] | None = None
        if self.separated is not None:
            openings = self.openings if starts is not None else None
            if openings is None and starts is not None and starts.ascii_digits:
                openings = self.digit_openings
            if openings is not None and starts is not None:
                found = _separated_at(self.separated, starts, openings)
            else:
                found = _separated(self.separated, lower)
        if found is None:
            found = list(self.lower.finditer(lower)) if self.lower is not None else []
        if self.cased is not None:
            found = sorted(found + list(self.cased.finditer(text)), key=lambda m: m.start())
        return found


#: An item that looks behind or anchors itself: ``_separated`` would give it another text
#: before the match (a space at the start), so its list keeps the lookbehind scan.
_LOOKS_BACK = compile_re(r"\(\?<[=!]|(?<!\[)\^|\\A")


class _Span:
    """A match's place, as ``_separated`` reports it."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _separated(rx: re.Pattern[str], lower: str) -> list[Any] | None:
    """The matches of a ``(?<![\\w-])(?:…)(?![\\w-])`` list as ``[^\\w-](…)(?![\\w-])``
    finds them in the text after one space: the same spans, several times fewer places
    tried (SRE skips to the characters the pattern can start with when its first item is a
    character class, which a lookbehind prevents). After a match the next search starts at
    its last character, which may be the next match's separator, so matches that touch are
    found as the lookbehind finds them. None (use the lookbehind scan) on an empty match."""
    text = " " + lower
    out: list[Any] = []
    pos = 0
    search = rx.search
    while True:
        m = search(text, pos)
        if m is None:
            return out
        a, b = m.span(1)
        if b <= a:
            return None
        out.append(_Span(a - 1, b - 1))
        pos = b - 1


#: How many characters after a separator ``WordStarts`` keys a place by: three (rather
#: than two) leaves fewer places to try for lists of common words (measured over 150 corpus
#: articles: 0.26 s against 0.29 s for the lists they ask, 0.56 s for the scans).
OPENING = 3
#: A separator: ``WordStarts`` splits the text at each one.
_SEPARATOR = compile_re(r"[^\w-]")


class WordStarts:
    """The places of a text (the lower-cased text after one added space, as ``_separated``
    reads it) where a separator (``[^\\w-]``) stands, indexed by the characters that follow
    it: one pass over the text, shared by every cue list asked of the document.

    Why: each list's scan (``_separated``) stops at every separator of the article (a few
    hundred) whatever the list, and an article asks about 35 lists. A list's
    ``openings`` say which next characters can begin a match; its pattern is tried only at
    the places those follow, in order, each as the scan would reach it (see
    ``_separated_at``)."""

    __slots__ = ("_ascii_digits", "_by_first", "_by_next", "text")

    def __init__(self, lower: str) -> None:
        self.text = text = " " + lower
        # the separators' places from the lengths of the runs between them (a split and a
        # running sum instead of a match object for each of a few hundred places: over 150
        # corpus articles the index 0.72 -> 0.56 ms an article); a place is one a character
        # follows, keyed by the (up to ``OPENING``) characters after it
        runs = _SEPARATOR.split(text)
        places = list(accumulate((len(run) + 1 for run in runs[:-1]), initial=-1))[1:]
        if places and places[-1] == len(text) - 1:
            places.pop()
        by_next: dict[str, list[int]] = {}
        for place in places:
            key = text[place + 1:place + 1 + OPENING]
            at = by_next.get(key)
            if at is None:
                by_next[key] = [place]
            else:
                at.append(place)
        self._by_next = by_next
        self._ascii_digits: bool | None = None
        self._by_first: dict[str, list[str]] | None = None

    @property
    def ascii_digits(self) -> bool:
        """The text holds no digit but 0-9, so a list whose items may begin with ``\\d`` can
        be tried at the places its ``digit_openings`` follow (asked once per text)."""
        if self._ascii_digits is None:
            self._ascii_digits = has_only_ascii_digits(self.text)
        return self._ascii_digits

    def places(self, openings: frozenset[str]) -> list[int]:
        """The separators, in order, followed by one of ``openings``."""
        out: list[int] = []
        by_next = self._by_next
        full, short, firsts = _split_openings(openings)
        if len(full) < len(by_next):
            get = by_next.get
            for p in full:
                out.extend(get(p, ()))
        else:
            for key, at in by_next.items():
                if key in full:
                    out.extend(at)
        if short:  # a shorter opening: every key it begins (the text's last places have short keys)
            by_first = self._keys_by_first()
            for first in firsts:
                for key in by_first.get(first, ()):
                    if key.startswith(short) and key not in full:
                        out.extend(by_next[key])
        out.sort()
        return out

    def _keys_by_first(self) -> dict[str, list[str]]:
        """The index's keys by their first character (made when a list with a short
        opening first asks): a short opening looks only at the keys it can begin."""
        if self._by_first is None:
            self._by_first = {}
            for key in self._by_next:
                self._by_first.setdefault(key[0], []).append(key)
        return self._by_first


@lru_cache(maxsize=512)
def _split_openings(openings: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """``openings`` as (the full-length ones, the shorter ones, the shorter ones' first
    characters), worked out once per list: the digit lists have 1,100-1,600 openings, and
    sorting them for every article cost more than the scans they replace."""
    short = tuple(p for p in openings if len(p) < OPENING)
    return frozenset(p for p in openings if len(p) == OPENING), short, frozenset(p[0] for p in short)


def _separated_at(rx: re.Pattern[str], starts: WordStarts, openings: frozenset[str]) -> list[Any] | None:
    """``_separated``'s matches, the pattern tried only at the places ``starts`` lists for
    ``openings``. The same matches: the scan from ``pos`` finds the first place at or after
    ``pos`` where the pattern matches, and it can match only at a separator followed by one
    of its openings; each place listed is tried as the scan would (the same text, so the
    same match there), and places before the scan's position are passed over as it does."""
    text = starts.text
    out: list[Any] = []
    pos = 0
    match = rx.match
    for at in starts.places(openings):
        if at < pos:
            continue
        m = match(text, at)
        if m is None:
            continue
        a, b = m.span(1)
        if b <= a:
            return None
        out.append(_Span(a - 1, b - 1))
        pos = b - 1
    return out


@lru_cache(maxsize=1)
def _opening_table() -> dict[str, tuple[str, ...] | None]:
    """Every cue list's ``opening_strings``, by its alternation, from the disk cache keyed by
    the cue file and the modules that read it (parsing the lists took about 30 ms)."""
    from lint_rules.store import compiled_re

    def build() -> dict[str, tuple[str, ...] | None]:
        table: dict[str, tuple[str, ...] | None] = {}
        for lists in cues().values():
            for cue in lists.values():
                if cue.separated is not None:
                    found = opening_strings(cue._alternation, OPENING)
                    table[cue._alternation] = None if found is None else tuple(sorted(found))
                    if found is None:  # the 8 lists whose items may begin with a digit
                        digits = opening_strings(cue._alternation, OPENING, ascii_digits=True)
                        table["\x00digits\x00" + cue._alternation] = (
                            None if digits is None else tuple(sorted(digits)))
        return table

    key = files_key(knowledge_path("completeness_cues.toml"), __file__, compiled_re.__file__)
    return cached("cue-openings", key, build, builtin=True)


def _words(items: list[str], flags: int) -> re.Pattern[str]:
    return compile_re(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in items) + r")(?![\w-])", flags)


def _lower_pattern(pattern: str) -> str:
    """A pattern's literal letters in lower case, escapes (``\\d``, ``\\W``) left alone."""
    return re.sub(r"\\.|[A-Z]", lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).lower(),
                  pattern)


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, Cue]]:
    """Every list of ``completeness_cues.toml`` as one ``Cue`` (words on boundaries). An item
    ``"@key"`` stands for the items of list ``key`` of the same section (``knowledge.with_includes``), so a phrase two lists
    share ("100% safe" is a blanket claim and a safety claim without a figure) has one home."""
    data = read_toml("completeness_cues.toml")
    return {section: {key: Cue(with_includes(items, lists, f"{section}.{key}")) for key, items in lists.items()}
            for section, lists in data.items()}


@dataclass(frozen=True)
class Match:
    """One match of a cue list in an article's body, with the sentence that holds it."""
    start: int
    end: int
    sentence: int  #: index into ``Article.sentences``
    text: str


#: What stands between two design words of one list ("randomized, placebo-controlled",
#: "randomized and sham-controlled").
_LISTED_ON = compile_re(r"[\s,]*(?:(?:and|or)\s+)?")


@dataclass
class Article:
    """An article as the completeness rules read it: its body sentences, subject and genre, and the cue matches
    found so far."""
    doc: Document
    subject: Intervention | None
    genre: Genre
    sentences: list[Sentence]
    words: int = 0  #: words in the body sentences
    _found: dict[tuple[str, str], list[Match]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _headings: frozenset[int] = frozenset()
    _questions: frozenset[int] = frozenset()
    _places: WordStarts | None = None

    def __post_init__(self) -> None:
        text = self.doc.text
        self._starts = [s.start for s in self.sentences]
        self._headings = frozenset(k for k, s in enumerate(self.sentences)
                                   if self.doc.blocks[s.block].kind == "heading")
        self._questions = frozenset(k for k, s in enumerate(self.sentences) if _question(text, s))
        if not self.words:
            self.words = sum(len(text[s.start:s.end].split()) for s in self.sentences)

    def sentence_of(self, start: int, end: int) -> int | None:
        """The body sentence that holds the span, or None (outside the body, or across two)."""
        k = bisect_right(self._starts, start) - 1
        if k < 0 or end > self.sentences[k].end:
            return None
        return k

    def _word_starts(self, lower: str | None) -> WordStarts | None:
        """The index of ``lower``'s places, made on the first cue list asked."""
        if lower is None:
            return None
        if self._places is None:
            self._places = WordStarts(lower)
        return self._places

    def is_question(self, k: int) -> bool:
        """Sentence ``k`` asks ("Are there any side effects?"): it states nothing."""
        return k in self._questions

    def matches(self, section: str, key: str) -> list[Match]:
        """Matches of one cue list in the body, in order, each found in one pass over the
        document. Headings count only for sensational language (a headline can hype, but it
        gives no facts), and a question ("Is it safe?") is no safety claim."""
        got = self._found.get((section, key))
        if got is None:
            headings = section == "sensational_language"  # a headline can hype; it gives no facts
            skip = set() if headings else set(self._headings)
            if section == "harms" and key in ("unquantified", "absolute"):
                skip |= self._questions
            got = []
            lower = lowered(self.doc)
            for m in cues()[section][key].finditer(self.doc.text, lower, self._word_starts(lower)):
                k = self.sentence_of(m.start(), m.end())
                if k is not None and k not in skip:
                    got.append(Match(m.start(), m.end(), k, self.doc.text[m.start():m.end()]))
            self._found[(section, key)] = got
        return got

    def in_headline(self, m: Match) -> bool:
        """The match is in the headline or a heading: the words most readers see first."""
        if m.sentence in self._headings:
            return True
        title = headline(self.doc)
        return bool(title) and self.sentence_text(m.sentence).strip() == title

    def sentence_text(self, k: int) -> str:
        s = self.sentences[k]
        return self.doc.text[s.start:s.end]

    def quoted(self, m: Match) -> bool:
        """The match sits inside a quotation: the article reports someone's words."""
        return quoted_at(self.doc, m.start)

    def aim_or_supposed(self, m: Match) -> bool:
        """The clause names the match as an aim or a supposition, not a fact: "could lead to
        government funding", "if such studies were funded by the company"."""
        a = assertion_at(self.doc, m.start, m.end)
        return bool(a.goal or a.hypothetical)

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
            k = bisect_right(self._starts, a) - 1  # sorted and disjoint: one look-up a span
            if k >= 0 and a < self.sentences[k].end:
                out.update((k, k + 1))
        return {k for k in out if k < len(self.sentences)}

    def naming_subject(self) -> frozenset[int]:
        """Indices of the sentences that name the subject (``subject_sentences`` without the
        sentence after each)."""
        if self.subject is None:
            return frozenset()
        out = set()
        for a, _b in self.subject.spans:
            k = bisect_right(self._starts, a) - 1
            if k >= 0 and a < self.sentences[k].end:
                out.add(k)
        return frozenset(out)

    def intervention_sentences(self) -> set[int]:
        """Indices of the sentences that name any intervention the analysis finds (the main
        one, a comparator, a device class: ``analysis.interventions``), and the sentence after
        each: where a harm is said of something used, not of the condition or the study."""
        out: set[int] = set()
        for item in interventions(self.doc).all:
            for a, _b in item.spans:
                k = self.sentence_of(a, a)
                if k is not None:
                    out.update((k, k + 1))
        return {k for k in out if k < len(self.sentences)}

    def benefit_sentences(self) -> list[int]:
        """Sentences that state a benefit: a benefit verb or a relative figure in a sentence
        about the subject, or a relative figure anywhere. A sentence that explains how the
        intervention works ("reduces pain by blocking an enzyme", "helps the body absorb
        calcium") and gives no figure states no result. With no subject found, a benefit verb
        in any sentence (which sentences are about the intervention is not known)."""
        about = self.subject_sentences() if self.subject is not None else set(range(len(self.sentences)))
        verbs = {m.sentence for m in self.matches("benefits", "verbs")} - self.mechanism_sentences()
        relative = {m.sentence for m in self.matches("benefits", "relative")}
        return sorted((verbs & about) | relative)

    def named_harms(self) -> list[Match]:
        """The harm words that name a harm of the intervention, as ``support`` counts them:
        not denied ("no side effects"), not another treatment's or a planned measure
        (``[harms] elsewhere``), not the condition's (``[harms] condition``)."""
        denied = (self.matches("harms", "unquantified") + self.matches("harms", "elsewhere")
                  + self.matches("harms", "condition"))
        named = self.condition_named()
        cover = SpanCover((d.start, d.end) for d in denied)
        return [m for m in self.matches("harms", "harm") if m.start not in cover
                and not self.condition_again(m, named)]

    def condition_again(self, m: Match, named: frozenset[str]) -> bool:
        """The harm word ``m`` is a symptom word the article names as its condition
        (``condition_named``), nothing in its clause says the intervention causes, raises or
        followed it ("these medications increase a person's risk of severe bleeding" is the
        drug's harm, though bleeding is also what the patients had; "infections at the
        injection site"), and its sentence neither names the intervention nor tells of taking,
        using or getting something or of a harm arising ("some users get mild diarrhea in the
        first week", "a new infection can develop")."""
        if not named or _symptom_key(m.text) not in named:
            return False
        s = self.sentences[m.sentence]
        text = self.doc.text
        if (_RAISES.search(text, max(s.start, m.start - 60), m.start) or _FOLLOWS.match(text, m.end, s.end)
                or _COMPARED.match(text, m.end, s.end)):
            return False
        # a sentence that names the intervention, or speaks of taking, using or getting
        # something, may tell its harm ("allergic to cetirizine", "mild diarrhea in the first
        # week of taking it", "a new infection can develop", "headaches can get worse"): only a
        # sentence that does neither gives the word back to the condition
        if self.subject is not None and any(s.start <= a < s.end for a, _ in self.subject.spans):
            return False
        return not _TAKEN.search(text, s.start, s.end)

    def condition_named(self) -> frozenset[str]:
        """The symptom words the article names as its condition: a symptom word (not a
        generic harm word: "side effects", "complications") that a treating, preventing or
        protecting frame takes as its object ("a vaccine against chlamydia infection", "to
        prevent allergic reactions", "for the treatment of migraine headaches"): the FDA
        label's Indications and Usage names what a drug is for, and the same word elsewhere in
        the article is the condition again ("chlamydia infections are often asymptomatic"),
        not the intervention's harm. A comparison ("fewer bleeding events", "less nausea
        than") may compare the intervention's own harm with another's, so it names no
        condition. A symptom list ("symptoms of low blood sugar include dizziness", "symptoms
        such as nausea"), a sufferer's frame and a proper name name none either: the list may
        give the intervention's own harms or another condition's, and the word stays a
        condition word only where that frame holds."""
        got = self._found.get(("harms", "@condition_named"))
        if got is None:
            frames = [c for c in self.matches("harms", "condition")
                      if _INDICATION.match(c.text) and not _COMPARES.match(c.text)]
            keys = {_symptom_key(m.text) for m in self.matches("harms", "harm")
                    if any(c.start <= m.start < c.end for c in frames)}
            got = [Match(0, 0, 0, k) for k in sorted(keys) if k and _SYMPTOM.fullmatch(k)]
            self._found[("harms", "@condition_named")] = got
        return frozenset(m.text for m in got)

    def mechanism_sentences(self) -> set[int]:
        """Sentences that explain how the intervention works and give no figure."""
        return {m.sentence for m in self.matches("benefits", "mechanism")} - self.figure_sentences()

    def figure_sentences(self) -> set[int]:
        """Sentences that size a result: an absolute or relative figure, a test's accuracy,
        or a percentage."""
        return {m.sentence for key in ("absolute", "accuracy", "relative", "percent")
                for m in self.matches("benefits", key)}

    def sized_benefits(self) -> list[int]:
        """Benefit sentences that give an absolute figure, a test's accuracy or a percentage
        that is not a relative one ("0.07 percent versus 0.17 percent", "6 in 100", "93
        percent accuracy")."""
        sized = {m.sentence for key in ("absolute", "accuracy", "percent") for m in self.matches("benefits", key)} - \
            {m.sentence for m in self.matches("benefits", "relative")}
        return [k for k in self.benefit_sentences() if k in sized]

    def unsized_benefits(self) -> list[int]:
        """Benefit sentences that claim a benefit without sizing it: no figure, and a benefit
        verb the clause asserts (not "did not lower", not "does it help?"). A relative figure
        alone ("halved the number") does not size it: that is what the criterion faults."""
        sized = set(self.sized_benefits())
        out = []
        for k in self.benefit_sentences():
            if k in sized or k in self._questions:
                continue
            verbs = [m for m in self.matches("benefits", "verbs") if m.sentence == k]
            if any(not assertion_at(self.doc, m.start, m.end).negated and not self._failed(m) for m in verbs) \
                    or not verbs:
                out.append(k)
        return out

    def claimed_benefits(self) -> list[int]:
        """Sentences that claim a benefit of something, wherever the subject is: a benefit verb
        the clause asserts ("cut the rate", not "did not cut", "failed to improve" or "does it
        help?"), outside a sentence explaining how something works, or a relative figure that
        lowers something ("30 percent fewer", "reduced by half"). An absolute figure alone
        ("1 in 10 adults catch the flu") sizes a condition as often as a result, and a figure
        that raises something ("a 30 percent higher risk", "twice as likely") is a risk factor's
        harm, not a benefit: neither says anything was gained."""
        out = set()
        for m in self.matches("benefits", "verbs"):
            k = m.sentence
            if k in self._questions or k in self.mechanism_sentences():
                continue
            if not assertion_at(self.doc, m.start, m.end).negated and not self._failed(m):
                out.add(k)
        out.update(m.sentence for m in self.matches("benefits", "relative")
                   if m.sentence not in self._questions and _LOWERS.search(m.text))
        return sorted(out)

    def _failed(self, m: Match) -> bool:
        """The verb is what something failed to do ("failed to improve cognition"): a benefit
        denied, as "did not improve" is (WordNet's "fail": be unsuccessful)."""
        s = self.sentences[m.sentence]
        return bool(_FAILED_TO.search(self.doc.text[max(s.start, m.start - 24):m.start]))

    def observational_design(self) -> bool:
        """A sentence about research names an observational design in its own words (a cohort,
        a registry, records, people followed: ``[evidence_quality] observational`` less its
        ``association_words``), not only an association, which a randomised trial's results
        are told in too."""
        return bool(self.observational_words())

    def observational_words(self) -> list[str]:
        """The words that name an observational design in a sentence about research
        (``observational_design``), as written, in order, each once: what CMP004's message
        quotes."""
        out: list[str] = []
        seen: set[str] = set()
        for m in self._observational_matches():
            word = self.doc.text[m.start:m.end]
            key = re.sub(r"s$", "", re.sub(r"ies$", "y", word.lower()))  # "cohorts" is "cohort" again
            if key not in seen:
                seen.add(key)
                out.append(word)
        return out

    def _observational_matches(self) -> list[Match]:
        # the design words of ``observational_matches`` less the association wording ("linked
        # to", "associated with"), in which a randomised trial's results are told too
        wording = self.matches("evidence_quality", "association_words")
        return [m for m in self.observational_matches
                if not any(w.start <= m.start < w.end for w in wording)]

    @cached_property
    def observational_matches(self) -> list[Match]:
        """The observational cues (``[evidence_quality] observational``: a design word or an
        association's wording) in a sentence about research (``research_sentences``) that
        name the study's design (``analysis.studies.observational_cue``: not an
        epidemiologist's title, not a schedule's "followed by"): what makes the study
        ``observational`` in ``study_weakness`` and what CMP004's message quotes."""
        research = self.research_sentences
        text = self.doc.text
        return [m for m in self.matches("evidence_quality", "observational")
                if m.sentence in research and observational_cue(text, m.start)
                and not (people_followed(text, m.start) and self._followed_in_trial(m.sentence))]

    def _followed_in_trial(self, k: int) -> bool:
        """People "followed for two years" in sentence ``k`` are a trial's participants
        followed up, not a cohort, when that sentence names its study a trial (``names_trial``:
        "the phase 2 trial", "a single-arm study"), or when it opens on people already named
        ("The patients were followed …", "They were followed": ``opens_on_people_named``) and
        the nearest earlier sentence about research, the one that named them, does: a trial
        gave the treatment; with no comparison group it is a single-arm trial. That earlier
        sentence is not read when it names another trial ("an earlier trial":
        ``names_other_trial``), nor is a trial planned, called for or another study's ("a
        randomised trial is needed", "earlier randomised trials": ``[evidence_quality]
        planned``); a sentence that names its own people ("researchers followed 5,000 nurses")
        tells its own study, whatever trial came before it (review of crit13)."""
        planned = {m.sentence for m in self.matches("evidence_quality", "planned")}
        own = {k}
        if opens_on_people_named(self.sentence_text(k)):
            earlier = [j for j in self.research_sentences if j < k]
            if earlier and not names_other_trial(self.sentence_text(max(earlier))):
                own.add(max(earlier))
        return any(names_trial(self.sentence_text(j)) for j in own - planned)

    def about_test(self) -> bool:
        """The main intervention is a test (a screen, scan, assay, kit, biopsy …: its kind, or
        ``_TEST_NAME`` in its name, or in the headline; with no intervention found, a test's
        accuracy given): its study asks how well it finds or predicts, not what it causes."""
        if self.subject is not None and (self.subject.kind == "test" or _TEST_NAME.search(self.subject.name.lower())):
            return True
        # no intervention found, or one named by a brand ("DetectX"): the headline names a test
        # ("blood test spots cancer"), or (none found) the article gives a test's accuracy ("a
        # sensitivity of 92 percent"; review of crit11: test-accuracy releases were asked for
        # the causation caveat). Only the message's caveat request reads this.
        return bool(_TEST_NAME.search((headline(self.doc) or "").lower())) \
            or (self.subject is None and bool(self.matches("benefits", "accuracy")))

    def accuracy_figures(self) -> list[Match]:
        """A test's accuracy given as a share of the people tested ("a sensitivity of 92
        percent", "93 percent accuracy"): the absolute size of a test's benefit. In an article
        about a test (screen, scan, assay …) every such figure; in one about anything else only
        one in a sentence that names it (or the next, opening with "it"): "a scan with 95
        percent accuracy" in a story about a blood thinner sizes no benefit of the drug."""
        if self.subject is None:
            return []
        name = self.subject.name.lower()
        found = self.matches("benefits", "accuracy")
        if _TEST_NAME.search(name):
            return found  # the article is about a test: its accuracy figures are the test's
        # another intervention: only an accuracy said of it, in a sentence that names it or the
        # next one when it opens with "it"
        about = {k for k in range(len(self.sentences)) if name in self.sentence_text(k).lower()}
        about |= {k + 1 for k in about if k + 1 < len(self.sentences)
                  and re.match(r"\s*(?:it|its)\b", self.sentence_text(k + 1), re.IGNORECASE)}
        return [m for m in found if m.sentence in about]

    def evidence_components(self) -> dict[str, int]:
        """The four things the evidence criterion asks about the study an article rests on
        (``EVIDENCE``: its design, size, stage and limitations), each with the number of body
        sentences that give it (0: missing)."""
        out = {name: len({m.sentence for m in self.matches("evidence_quality", name)}) for name in EVIDENCE}
        # the study's size is given wherever a count of its participants is, in any sentence
        # about the study (``participant_counts``), not only where a ``size`` cue reads it: "the
        # authors focused on about 500 healthy British men and women" further down is its size
        out["size"] = len({m.sentence for m in self.matches("evidence_quality", "size")}
                          | {m.sentence for m in self.participant_counts})
        # the animals or cells the study used tell its stage wherever the study's own noun
        # phrases name them ("mice bred to develop plaques", "the treated mice", "rats given
        # the compound"), not only in the stage cues' "in mice": the same reading that makes
        # the study ``animal`` (``animal_sentences``); only when the study the article rests on
        # is one in animals (``study_weakness``: not a placebo-controlled trial in people) and
        # not in a sentence placing it among earlier work ("has been shown to prolong life in
        # roundworms": ``[novelty] prior``; review of crit11)
        animal = set()
        if "animal" in self.study_weakness():
            animal = self.animal_sentences - {m.sentence for m in self.matches("novelty", "prior")}
        out["stage"] = len({m.sentence for m in self.matches("evidence_quality", "stage")} | animal)
        return out

    def controlled_sentences(self) -> list[int]:
        """Body sentences that name a comparison group for the study (randomised, placebo,
        sham, a control group): the design that tells an effect from chance and expectation.
        A comparison group of a trial still to come or of other studies ("our next step will be
        a randomized study", "a number of randomized trials show": ``[evidence_quality]
        planned``) is not this study's."""
        planned = self.matches("evidence_quality", "planned")
        text = self.doc.text
        # (a design word listed right after a planned one is the same planned trial: "will be a
        # randomized, placebo-controlled trial")
        # a comparison group denied ("the study had no control group", "was not randomized")
        # is none
        return sorted({m.sentence for m in self.matches("evidence_quality", "controlled")
                       if not assertion_at(self.doc, m.start, m.end).exempt(("negated", "negated_near"))
                       and not any(p.start <= m.start < p.end or (
                           p.start <= m.start and p.sentence == m.sentence
                           and _LISTED_ON.fullmatch(text, p.end, m.start)) for p in planned)})

    def secondary_analysis(self) -> bool:
        """The study the article rests on is an analysis of a trial's data for a question of
        its own (``[evidence_quality] secondary_analysis``: "a secondary analysis of the XYZ
        trial", "analyzed data from three trials", people pooled from several trials), told so in
        the sentences up to the one that first tells the study (``analysis.studies.study_mentions``;
        the lead when none is found) or in one that names its comparison group; a "subgroup
        analysis" further on is the trial's own (review of crit13)."""
        found = self.matches("evidence_quality", "secondary_analysis")
        if not found:
            return False
        studies = study_mentions(self.doc)
        first = None
        if studies:
            s = self.doc.sentences[studies[0].sentence]
            first = self.sentence_of(s.start, s.end)
        if first is None:
            first = min(self.research_sentences, default=0)
        # or in a sentence of the trial's comparison ("1,181 patients in four placebo-controlled
        # trials"): the size told there is pooled
        controlled = set(self.controlled_sentences())
        return any(m.sentence <= first or m.sentence in controlled for m in found)

    def sample_size(self, randomised: bool = False) -> int | None:
        """The largest count of the study's own participants that the article gives
        (``participant_counts``: "randomized 120 women", "a study of 1,045 patients", "2 million
        women", "12 000 adults"), or None. With ``randomised``, the size of the trial that
        compared: the smallest count in the sentences that name this study's comparison group
        (``controlled_sentences``) or go straight on telling that trial ("The trial was
        conducted on about 8,000 smokers": ``goes_on_telling_study``; another study's or a
        population's count elsewhere in the article is not the trial's), leaving out a count of people screened, invited or
        assessed for eligibility, a trial's target while it is under way, or how common the
        condition is (``[evidence_quality] not_sample``, read at the count itself: "of 1,500
        patients screened, 120 were randomised" is 120), CONSORT's flow from those assessed
        to those randomised (item 13a; review of crit13)."""
        found = self.participant_counts
        if randomised:
            own = set(self.controlled_sentences())
            # and the sentence after one that goes on telling the same trial ("The trial was
            # conducted for 12 weeks on about 8,000 smokers")
            own |= {k + 1 for k in own if k + 1 < len(self.sentences)
                    and goes_on_telling_study(self.sentence_text(k + 1))}
            aside = self.matches("evidence_quality", "not_sample")
            found = [m for m in found if m.sentence in own
                     and not any(n.start < m.end and m.start < n.end for n in aside)]
            return min((_people(m.text) for m in found), default=None)
        counts = [_people(m.text) for m in found]
        return max(counts) if counts else None

    @cached_property
    def participant_counts(self) -> list[Match]:
        """Counts of people (``[evidence_quality] participants``) in a sentence about the
        study: one that names the study, its arms or how people took part (``sample_context``),
        or one that tells a study the prose mentions (``analysis.studies.study_sentences``: its
        mention and the sentences that tell it again). "40 hospitals", "3 arms", "40 mice" count
        no people, and "insomnia troubles 30,000 people in Boston" is how common the condition
        is, not how many were studied (the ``size`` cues, which say only that a size is given,
        take these too). A trial still to come or another study ("will next run a randomized
        trial in 600 adults": ``[evidence_quality] planned``) has no participants of this
        study. The one reading of the study's size: ``sample_size`` and the size CMP004's
        message asks for."""
        about = {m.sentence for m in self.matches("evidence_quality", "sample_context")}
        told = study_sentences(self.doc)
        if told:
            doc_sentences = self.doc.sentences
            for k in told:
                own = self.sentence_of(doc_sentences[k].start, doc_sentences[k].end)
                if own is not None:
                    about.add(own)
        about -= {m.sentence for m in self.matches("evidence_quality", "planned")}
        # an age bound is no count: "all women over 65 and certain younger women should be
        # screened", "adults aged 50 and older" (the quantifier "over" sizes a sample only
        # before its people: "over 500 women")
        return [m for m in self.matches("evidence_quality", "participants") if m.sentence in about
                and not _an_age(self.doc.text, m)]

    def limitation_sentences(self) -> list[int]:
        """Body sentences that state a limit of the evidence (a caveat of
        ``[evidence_quality] caveats``: "cannot prove", "larger trials are needed", or one of the
        further shapes of ``limits``: "the trial was relatively small", "while a small study"),
        leaving out those about something else: the funding and disclosure notes ("additional
        research funding", "a lack of bias in the conduct of the research"), the press notes' own
        words and the forward-looking statements of a company release, and the limits of the existing
        options ("limited treatment options", "current tests are limited"), which say why the
        work matters, not what limits it, and the other caveat words that are no limit of the
        study (``[evidence_quality] not_limits``: the condition's "physical limitations", what
        was "unknown until now", "risks and uncertainties": the caveat words inside such a phrase,
        not the rest of its sentence); a question states nothing."""
        # the funding and disclosure notes are dropped whole: a funding word voiding only the caveat
        # it touches was tried (lead12) and brought back as many wrong limits (a company's
        # "Limited", an agency's prevalence estimate, the options' limits) as right ones
        other = {m.sentence for key in ("funding", "coi") for m in self.matches("funding_coi", key)}
        # press logistics void the caveat words they hold ("copies of the study are available"),
        # not their sentence, as CMP008 reads them (lead11d); a company's forward-looking
        # statements are boilerplate whole
        logistics = self.matches("availability", "logistics")
        other |= {m.sentence for m in logistics if _FORWARD_LOOKING.search(m.text)}
        other |= {m.sentence for m in self.matches("alternatives", "existing")}
        # the condition's limits, what was unknown before the study, a company's risk language:
        # the caveat words inside them are dropped, not their sentence ("until now, information was
        # limited, and the trial was small" still states a limit)
        not_limits = self.matches("evidence_quality", "not_limits")
        # a company's safe-harbor sentence is boilerplate through and through
        other |= {m.sentence for m in self.matches("evidence_quality", "statutory")}
        # the caveats, and more shapes of a limit ("the trial was relatively small")
        caveats = {m.sentence for key in ("caveats", "limits") for m in self.matches("evidence_quality", key)
                   if not any(n.start < m.end and m.start < n.end for n in not_limits)
                   and not any(n.start < m.end and m.start < n.end for n in logistics)}
        # (the caveat an observational study needs, ``causal_caveats``, is not counted here:
        # read as a limit it unflagged releases by a risk factor's "may also play a role" or an
        # adjustment's "confounders" (review of crit11); it only shapes CMP004's message)
        return sorted(caveats - other - self._questions)

    def result_sentences(self) -> set[int]:
        """Indices of the body sentences that tell a result: a benefit claimed
        (``claimed_benefits``), or a figure (``figure_sentences``) in a sentence about research;
        not a question."""
        figures = self.figure_sentences() & self.research_sentences
        return (set(self.claimed_benefits()) | figures) - self._questions

    def surrogate_outcomes(self) -> list[Match]:
        """The surrogate measures (``[evidence_quality] surrogate``: a blood level, a blood
        pressure, a tumour's size, an immune response, a marker of inflammation) in which the article tells
        its results, when it tells them in nothing else: at least ``SURROGATE_MIN`` result
        sentences (``result_sentences``) name one, and no result sentence nor sentence about the
        research names a clinical outcome (``[evidence_quality] clinical_outcomes``: death, a heart
        attack, a fracture, symptoms, pain, quality of life, weight). A measure named once is background
        ("people with high blood pressure"); a result told in the measure and in how patients
        fared is a clinical result; a headline that promises one ("eases symptoms") over results
        told in blood pressure is what the criterion faults, so the headline is not read. An
        article about a test (``about_test``) measures the body by design: its study asks how
        well it finds, so no measure of it is a stand-in. Empty
        otherwise. HealthNewsReview.org's evidence criterion counts a result told only in such
        measures against the story: they may not translate into how patients feel, function
        or survive (Fleming and DeMets, Ann Intern Med 1996)."""
        if self.about_test():
            return []
        results = self.result_sentences()
        found = [m for m in self.matches("evidence_quality", "surrogate") if m.sentence in results]
        if len({m.sentence for m in found}) < SURROGATE_MIN:
            return []
        # a clinical outcome in a result sentence, or in any sentence about the research ("fewer
        # patients had heart attacks in the study"): the study looked at how patients fared
        told = results | self.research_sentences
        if any(m.sentence in told for m in self.matches("evidence_quality", "clinical_outcomes")):
            return []
        return found

    def causal_caveats(self) -> list[int]:
        """Body sentences that give the caveat an observational study needs
        (``[evidence_quality] causal_caveats``: "cannot prove that coffee causes", "an
        association, not causation", "other factors may explain", "confounding"), leaving out a
        question and the funding notes and company boilerplate ``limitation_sentences`` leaves out."""
        other = {m.sentence for key in ("funding", "coi") for m in self.matches("funding_coi", key)}
        other |= {m.sentence for m in self.matches("evidence_quality", "statutory")}
        return sorted({m.sentence for m in self.matches("evidence_quality", "causal_caveats")} - other - self._questions)

    def study_weakness(self) -> tuple[str, ...]:
        """What makes the study the article rests on too weak to carry a causal claim, as
        HealthNewsReview.org's evidence and sensational-language criteria and Sumner et al.
        (BMJ 2014) read it: ``animal`` (animals or cells: ``[sensational_language]
        early_stage`` in a sentence about research, or the animal frames of ``analysis.studies``), ``observational`` (people followed or records read:
        ``observational_matches``, in a sentence about research, not an epidemiologist's title), ``early`` (a pilot, preliminary results, in a sentence about
        research) or ``small`` (fewer than ``SMALL_STUDY`` people, ``sample_size``, in an article
        that names a study). A comparison group denied ("had no control group") is none. Empty when the article names a comparison
        group of its own study (``controlled_sentences``): a randomised or placebo-controlled
        trial is the design that may state a cause."""
        if self.controlled_sentences():
            return ()
        out = []
        # an animal or a design word counts in a sentence about research (``sample_context``,
        # ``research_context``): "rats in the kitchen" or "the donor registry" tell no study
        research = self.research_sentences
        if self.animal_sentences:
            out.append("animal")
        if self.observational_matches:
            out.append("observational")
        if any(m.sentence in research for m in self.matches("evidence_quality", "early")):
            out.append("early")
        # a count of the study's own participants, in an article that names a study ("1 in 4
        # adults has arthritis, according to the Centers for Disease Control" is no sample)
        size = self.sample_size()
        if size is not None and size < SMALL_STUDY and study_mentions(self.doc):
            out.append("small")
        return tuple(out)

    @cached_property
    def animal_sentences(self) -> set[int]:
        """Indices of the sentences that tell a study in animals or cells: an animal or cell
        word (``[sensational_language] early_stage``) in a sentence about research, or one of
        the animal frames of ``analysis.studies`` anywhere ("in hamsters", "mice given",
        "mice bred to"; not its laboratory frames, which take "tissue samples" of a human
        biopsy for bench work)."""
        research = self.research_sentences
        animal = nonhuman_search()[0]
        return ({m.sentence for m in self.matches("sensational_language", "early_stage") if m.sentence in research}
                | {k for k in range(len(self.sentences)) if animal.search(self.sentence_text(k))})

    @cached_property
    def research_sentences(self) -> set[int]:
        """Indices of the sentences about research (``[evidence_quality] sample_context`` and
        ``research_context``): where a design word or an animal tells the study's own design."""
        return {m.sentence for key in ("sample_context", "research_context")
                for m in self.matches("evidence_quality", key)}

    def overclaims(self) -> list[Match]:
        """The causal or benefit claims (``[sensational_language] claims``: "reverses memory
        loss", "prevents strokes", "can cure") that the article states in its own voice about
        its intervention while the study it rests on is too weak to carry them
        (``study_weakness``). The claim is the article's own: not quoted, not a named person's
        reported words ("…, Smith said", "said lead author Dr. Lee"), not hedged ("may", "suggests", "appears to"), denied,
        asked, supposed, aimed at or told as past; and it is about the intervention: in the
        headline, or in a sentence that names it (or the next) with the intervention, "it" or
        "the drug" as what the claim is said of (``claim_of_subject``); none when no main
        intervention is found. A claim that explains how it works ("by replacing a worn
        joint", a "How …" heading) or that its sentence places among earlier work ("has been
        used for decades": ``[novelty] prior``) is background. A claim whose sentence names
        the animals or cells ("reverses memory loss in mice") tells the study's stage with it,
        and is no overclaim of an animal study alone."""
        weak = self.study_weakness()
        if not weak:
            return []
        # with no main intervention found (a report of research judged all the same: CMP004's
        # ``unnamed``), what a claim is about is not known ("Medicare cuts its payment for CPAP
        # machines"), and no claim is read as the article's
        if self.subject is None:
            return []
        # the main intervention is the one the research tested: one of its names stands in the
        # headline or in a sentence about research other than the claim's own; one only
        # compared with ("Unlike coffee, the vaccine prevents liver cancer, as trials have
        # shown" in a coffee study) is not what the study is about
        research = self.research_sentences
        heads = " ".join([headline(self.doc) or ""] + [self.sentence_text(k) for k in self._headings]).lower()
        named = {k for k in (self.sentence_of(a, b) for a, b in self.subject.spans) if k is not None}
        if self.subject.name.lower() in heads:
            tested: set[int] | None = None  # named in the headline: any claim's sentence will do
        else:
            tested = named & research
            if not tested:
                return []
        # the words of the headline and of the sentences about research: what the study looked at
        studied = _content_words(" ".join([headline(self.doc) or ""] + [self.sentence_text(k) for k in research]))
        about = self.subject_sentences()
        animal_only = weak == ("animal",)
        # the clause analysis's hedges take "can" and "risk of" for uncertainty; a claim's
        # hedges are its own list (``[sensational_language] claim_hedges``), anywhere in its
        # sentence, and so is someone's saying it (``claim_speech``: "the makers say that …")
        hedged = {m.sentence for m in self.matches("sensational_language", "claim_hedges")}
        # a study that "says" tells its finding ("…, study says"): the claim stays the article's
        text = self.doc.text
        hedged |= {m.sentence for m in self.matches("sensational_language", "claim_speech")
                   if not _STUDY_SAYS.search(text, max(0, m.start - 20), m.start)}
        # a sentence that places the intervention among earlier work ("has been used for
        # decades", "already approved", "earlier trials show": ``[novelty] prior``) tells what was
        # known before this study, not what it found; "confirms" and "consistent with" still
        # tell this study's finding
        known = {p.sentence for p in self.matches("novelty", "prior") if not _STILL_FOUND.match(p.text)}
        out = []
        for m in self.matches("sensational_language", "claims"):
            k = m.sentence
            if k in self._questions or not (k in about or self.in_headline(m)):
                continue
            # the intervention is what the claim is said of ("Psoriasis lowers quality of life"
            # is the disease's), not how it works ("relieves pain by replacing a worn joint",
            # a heading "How hip replacement relieves pain")
            if _HOW.match(self.sentence_text(k)) or _BY_DOING.match(text, m.end, self.sentences[k].end):
                continue
            # in the body, the claim is said of the intervention (a headline may name it by its
            # kind: "Pilot study: app cures insomnia")
            if not self.in_headline(m) and not self.claim_of_subject(m):
                continue
            if tested is not None and not tested - {k}:
                continue
            # in the body, a claim whose object the study did not look at ("Metformin lowers
            # blood sugar" in a report on metformin and cancer) is background known of the
            # intervention, not this study's finding
            if not self.in_headline(m) and not _content_words(self.claim_words(m).split(None, 1)[-1]) & studied:
                continue
            if animal_only and self.species_named(k):
                continue
            if k in hedged or k in known or self.sized(m):
                continue
            a = assertion_at(self.doc, m.start, m.end)
            if a.quoted or a.exempt(_NOT_CLAIMED) or (a.clause is not None and a.clause.named_person) or a.speech:
                continue
            out.append(m)
        return out

    def claim_of_subject(self, m: Match) -> bool:
        """The claim's own clause, before its verb, names the main intervention ("Metformin
        lowers", "the new cream relieves") or refers back to it ("It cures", "The drug
        prevents"); a verb joined by "and" shares the clause before it ("prevents heart disease
        and cuts the risk")."""
        assert self.subject is not None
        text, s = self.doc.text, self.sentences[m.sentence]
        found = list(_SUBJECT_CLAUSE_END.finditer(text, s.start, m.start))
        if found and not text[found[-1].end():m.start].strip():
            found.pop()
        start, stop = (found[-1].end() if found else s.start), m.start
        # a relative clause ("A nurse who applies Dermaclear protects …") is not the claim's
        # subject: the clause before "who" or "which" holds it
        if found and found[-1].group().strip().lower() in ("who", "which"):
            start, stop = (found[-2].end() if len(found) > 1 else s.start), found[-1].start()
        # nor is a leading comparison ("Unlike Dermaclear, the older cream heals …")
        lead = _COMPARED_LEAD.match(text, start, stop)
        if lead:
            start = lead.end()
        if any(start <= a < stop for a, _b in self.subject.spans) \
                or self.subject.name.lower() in text[start:stop].lower():
            return True
        if stop != m.start:
            return False
        if _PRONOUN.fullmatch(text, start, m.start):
            return True
        back = _REFERS_BACK.fullmatch(text, start, m.start)
        if not back or _NOT_THE_INTERVENTION.search(back.group()):
            return False
        end = start + len(back.group().rstrip())
        return any(r.end == end for r in self.matches("sensational_language", "claim_referents"))

    def sized(self, m: Match) -> bool:
        """The claim gives its size in its own clause ("lowers cholesterol by 12 mg/dL", "cuts the
        risk by a third"): a result described and sized, which is what CMP011 asks for instead
        of a bare claim."""
        s = self.sentences[m.sentence]
        end = _CLAUSE_END.search(self.doc.text, m.end, s.end)
        return bool(_CLAIM_SIZE.search(self.doc.text, m.end, end.start() if end else s.end))

    def claim_words(self, m: Match, most: int = 6) -> str:
        """The claim's verb and the words after it to its clause's end (at most ``most``, an
        ellipsis where the clause goes on): "reverses memory loss", "protects heart disease
        sufferers from heart…", for a message."""
        s = self.sentences[m.sentence]
        end = _CLAUSE_END.search(self.doc.text, m.end, s.end)
        words = self.doc.text[m.start:end.start() if end else s.end].split()
        return " ".join(words[:most]) + ("…" if len(words) > most else "")

    def species_named(self, k: int) -> bool:
        """Sentence ``k`` names the animals or cells a result came from ("in mice", "in the
        lab"): a result told with its stage."""
        s = self.sentences[k]
        return any(s.start <= m.start < s.end for m in self.matches("sensational_language", "early_stage"))

    def in_sentences(self, section: str, key: str, ks: set[int]) -> Iterator[Match]:
        return (m for m in self.matches(section, key) if m.sentence in ks)


#: A company's safe-harbor wording among the press logistics: its sentence is boilerplate whole.
_FORWARD_LOOKING = compile_re(r"forward[- ]looking", re.IGNORECASE)

#: Where a claim's clause ends: a stop, a colon, a dash, or a conjunction that opens another clause.
_CLAUSE_END = compile_re(r"[;:.!?()\u2014]|,\s|\s(?:and|but|while|which|who|because|although|after)\s")
#: Where the clause that holds a claim's subject begins: not at a comma or a bracket, which
#: set off an apposition ("Regular use of ibuprofen, a common anti-inflammatory drug, lowers").
_SUBJECT_CLAUSE_END = compile_re(r"[;:!?\u2014]|\s(?:and|but|while|which|who|because|although|after|whereas)\s")
#: A clause that refers back to the intervention before a claim's verb: "It", "They", "The
#: drug", "This new cream" (a pronoun, or a determiner and at most three words).
_REFERS_BACK = compile_re(r"\s*(?:the|this|these|that)(?:\s+[a-z][\w-]*){1,3}\s+", re.IGNORECASE)
#: A pronoun that refers back to the intervention before a claim's verb.
_PRONOUN = compile_re(r"\s*(?:it|they)\s+", re.IGNORECASE)
#: Words that make a phrase another treatment than the one studied: "the usual steroid cream",
#: "the older drug", "the placebo pill".
_NOT_THE_INTERVENTION = compile_re(r"\b(?:usual|standard|older|old|other|existing|current|placebo|dummy|"
                                   r"comparison|control|conventional|traditional)\b", re.IGNORECASE)
#: A leading phrase that compares with something else before the clause's subject: "Unlike
#: Dermaclear, …", "Compared with the old drug, …", "Instead of surgery, …", "Without it, …".
_COMPARED_LEAD = compile_re(r"\s*(?:unlike|compared\s+(?:with|to)|instead\s+of|without)\b[^,;:]*,", re.IGNORECASE)
#: Words too general to tie a claim's object to what a study looked at.
_GENERAL_WORDS = frozenset(["about", "after", "also", "based", "been", "before", "being", "from", "have", "health", "into", "less", "more", "most", "over", "people", "risk", "risks", "rate", "rates", "than", "that", "their", "them", "these", "they", "this", "those", "through", "under", "very", "were", "what", "when", "which", "while", "will", "with", "your", "chance", "chances", "level", "levels", "number", "effect", "effects"])


def _content_words(text: str) -> set[str]:
    """The content words of ``text``, by their first five letters ("cancers" is "cancer"):
    words of four letters or more that are not ``_GENERAL_WORDS``."""
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _GENERAL_WORDS}
#: The ``[novelty] prior`` words that tie this study's finding to earlier work rather than
#: tell what was known before it.
_STILL_FOUND = compile_re(r"confirm|consistent|similar", re.IGNORECASE)
#: A heading or sentence that explains how something works ("How hip replacement relieves pain").
_HOW = compile_re(r"\s*(?:#+\s*)?how\b", re.IGNORECASE)
#: How it works, told right after the claim's verb and object: "relieves pain by replacing a
#: worn joint" explains a mechanism; it is no finding of the study.
_BY_DOING = compile_re(r"[^,;:.!?]{0,60}?\bby\s+[a-z]+ing\b", re.IGNORECASE)
#: A claim's size: a change by an amount ("by 12.5 mg/dL", "by a third", "by half") or a
#: percentage; "in patients age 65" is no size.
_CLAIM_SIZE = compile_re(r"\bby\s+(?:about\s+|nearly\s+|almost\s+|up\s+to\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+)?"
                         r"(?:\d|half\b|a\s+(?:third|quarter|fifth|half)\b|one[- ](?:third|quarter|half)\b|two[- ]thirds\b)|"
                         r"\d(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
#: A study, not a person, as what "says" or "shows" ("…, study says", "the research says"); not
#: a "report", which is as often a company's ("…, the company's annual report says").
_STUDY_SAYS = compile_re(r"\b(?:study|studies|research|analysis|trial|data|findings|survey|review)\s+$",
                         re.IGNORECASE)
#: Fewer people than this in an uncontrolled study make it ``small`` (``Article.study_weakness``):
#: a claim of cause from a few dozen people is what HealthNewsReview.org's evidence criterion
#: asks a story to temper.
SMALL_STUDY = 100
#: The result sentences that must name a surrogate measure before the results are read as told in
#: surrogates only (``Article.surrogate_outcomes``): one is background.
SURROGATE_MIN = 2
#: What the clause analysis may do with a claim that makes it no claim of the article's own:
#: deny it, report it from someone, reject, aim at, suppose, ask, make it tentative or
#: conditional, tell it of the past or as an instruction (its hedges are read apart:
#: ``Article.overclaims``).
_NOT_CLAIMED = ("negated", "negated_near", "reported", "rejected", "goal", "tentative", "conditional", "question",
                "hypothetical", "historical", "instruction", "pursued")


#: A relative figure that lowers something ("30 percent fewer", "cut … by half", "halved"):
#: the direction a benefit has; "higher", "more", "increased", "doubled" is a risk's.
_LOWERS = compile_re(r"\b(?:lower(?:s|ed)?|less|fewer|reduc\w*|decreas\w*|drop(?:s|ped)?|cut(?:s|ting)?|"
                     r"slashed|halved|halves|improv\w*|better)\b", re.IGNORECASE)

#: A count in a participants match: digits grouped in thousands by a comma, a no-break space,
#: (as in much of Europe) a full stop ("1,045", "12\u00a0000", "1.200") or, after a first
#: group of two or three digits, a plain space ("12 000": "phase 2 150 adults" is two
#: numbers), or a decimal before "million" or "thousand" ("2.5 million").
_COUNT = compile_re(r"(\d{2,3}( )\d{3}(?: \d{3})*(?![\d,.])|\d{1,3}(?:([,.\u00a0\u202f])\d{3}(?:\3\d{3})*)?(?![\d,.])|"
                    r"\d+(?:\.\d+)?)(?: (million|thousand))?")
_SCALE = {"million": 1_000_000, "thousand": 1_000}


def _an_age(text: str, m: Match) -> bool:
    """The number of a participants match is an age bound: people bounded by it before it
    ("women over 65 and …", "adults under 18"), or "aged" before it (``_AGE_BOUND``)."""
    if _people(m.text) > _OLDEST_AGE:
        # "In all over 2,000 women took part": no one is 2,000 years old
        return False
    quantifier = _QUANTIFIER.match(m.text)
    return bool(_AGE_BOUND.search(text[max(0, m.start - 32):m.start] + (quantifier.group(0) if quantifier else "")))


#: No age bound is larger (an age in years).
_OLDEST_AGE = 120
#: The quantifier a participants match may open with ("over 500 women").
_QUANTIFIER = compile_re(r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|just|only|fewer than|under|"
                         r"a total of|up to) )?")
#: What makes the number after it an age, not a count: people bounded by it ("women over 65",
#: "adults under 18", "those older than 50") or "aged", "ages".
_AGE_BOUND = compile_re(r"\b(?:(?:people|persons|patients|individuals|women|men|adults|children|kids|teens|girls|boys|"
                        r"seniors|those|anyone|everyone)\s+(?:over|under|above|below|older than|younger than)\s+|"
                        r"(?:aged|ages?)\s+(?:(?:over|under|about|around)\s+)?)$", re.IGNORECASE)


def _people(text: str) -> int:
    """The count in a participants match: "2 million women" is 2,000,000, "1.200" is 1,200
    (a dot before three digits groups thousands unless a scale word follows: people come
    whole), "12 000" is 12,000."""
    m = _COUNT.search(text)
    if m is None:
        return 0
    digits, sep, scale = m.group(1), m.group(2) or m.group(3), m.group(4)
    if scale:
        return int(float(digits.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))
                   * _SCALE[scale.lower()])
    if sep:
        return int(digits.replace(sep, ""))
    return int(float(digits))

#: "failed to" just before a verb denies it.
_FAILED_TO = compile_re(r"\bfail(?:ed|s|ing)? to\s+$", re.IGNORECASE)

#: An intervention that is a test by its name (STARD 2015's index tests: screening and
#: diagnostic tests, scans, assays, kits): its benefit is sized by its accuracy.
_TEST_NAME = compile_re(r"\b(?:tests?|testing|screen\w*|scans?|scanner|assays?|kits?|biops(?:y|ies)|mammogra\w*|"
                        r"colonoscop\w*|ultrasound|mri|ct|x-rays?|swabs?|diagnostic\w*|detector|monitor)\b")


#: The components of the evidence criterion, each a cue list of ``[evidence_quality]``, with
#: what a finding calls it when it is missing.
EVIDENCE: dict[str, str] = {"design": "design (randomised, observational…)", "size": "size (how many people)",
                            "stage": "stage (animal, early, phase, how long)",
                            "caveats": "limitations"}

#: The cue lists that can give each criterion's information (``support``), as
#: "section.key"; "others" is the other interventions the article names. The first
#: ``CORE[criterion]`` lists state the information itself (a price, an absolute figure, "is
#: approved") and always count; whether the others count too is the rule's ``count``
#: option, chosen on the development labels (benchmarks/measure_criteria.py).
GROUPS: dict[str, tuple[str, ...]] = {
    "costs": ("costs.price", "costs.cost", "costs.insurance"),
    # a test's accuracy ("a sensitivity of 92 percent") is the absolute size of its benefit
    "benefits": ("benefits.absolute", "benefits.accuracy", "benefits.percent"),
    "harms": ("harms.harm",),
    "evidence_quality": ("evidence_quality.design", "evidence_quality.size", "evidence_quality.stage",
                         "evidence_quality.caveats"),
    # a company's own release, or the maker named as such, tells the reader who stands to gain
    "funding_coi": ("funding_coi.funding", "funding_coi.coi", "funding_coi.maker"),
    "independent_sources": ("independent_sources.independent",),
    # "options" is the existing options read with modifiers between ("other disease-modifying
    # therapies"), its own key so that the limitations reading, which drops sentences naming
    # ``existing`` options, does not drop these (crit9b)
    "alternatives": ("alternatives.existing", "alternatives.compare", "alternatives.options", "alternatives.usual",
                     "others"),
    # an animal or laboratory study tells the reader, too, that the treatment is not on sale
    "availability": ("availability.status", "availability.pipeline", "availability.timing",
                     "sensational_language.early_stage"),
    "novelty": ("novelty.prior", "alternatives.existing"),
}
#: How many of a criterion's first ``GROUPS`` always count: those that state the information
#: itself (a price, a word on insurance, a comparison, "approved", "in a phase 2 trial", a
#: funder or a tie). The others are indirect (any percentage, an animal study, another named
#: treatment) and the benchmark decides whether they count.
CORE: dict[str, int] = {"costs": 3, "benefits": 2, "harms": 1, "evidence_quality": 4, "funding_coi": 2,
                        "independent_sources": 1, "alternatives": 4, "availability": 3, "novelty": 1}


def support(art: Article, criterion: str, groups: Iterable[str] | None = None) -> int:
    """How many body sentences give the reader this criterion's information (a price, an
    absolute figure, a named harm, a limitation…), counting the cue lists ``groups`` of
    ``GROUPS[criterion]`` (all of them by default). "others" counts each other intervention
    the article names (scoring at least 2 in ``analysis.interventions``, or named as the arm a
    study compares with) as one. The rules
    flag an article whose support is below their ``min-sentences`` option; the benchmark
    chooses the groups and the threshold inside its cross-validation folds."""
    ks: set[int] = set()
    n = 0
    # "without the harsh side effects" names no harm: it denies them; "30 percent lower" is a
    # relative figure, not the absolute one the benefits criterion asks for
    # another treatment's harms and harms a study will look for name no harm of this one, nor
    # does the condition's own symptom or what the intervention lessens ("fewer infections",
    # "symptoms such as fatigue": ``[harms] condition``)
    denied = (art.matches("harms", "unquantified") + art.matches("harms", "elsewhere")
              + art.matches("harms", "condition") if criterion == "harms"
              else art.matches("benefits", "relative") if criterion == "benefits" else [])
    cover = SpanCover((d.start, d.end) for d in denied)
    # a symptom word the article names as its condition is the condition's wherever it recurs
    named = art.condition_named() if criterion == "harms" else frozenset()
    # "better than placebo" compares with no option the reader has; "available to comment"
    # says nothing about the treatment
    control = ({m.sentence for m in art.matches("alternatives", "control")}
               if criterion == "alternatives" else set())
    # "versus the lowest group", "compared to older adults": a comparison word that opens a
    # comparison of the study's people, not of the intervention with an option (crit14)
    # and not of people named by an option ("the gemcitabine group", "the Pradaxa patients")
    people = ([m.start for m in art.matches("alternatives", "compared_people")
               if not _names_intervention(art, m.text)] if criterion == "alternatives" else [])
    # press logistics void the availability word they hold ("Dr. Lee is available to comment",
    # "a media availability"), not the rest of their sentence: "The FDA approved it last week,
    # the company told a media availability" states its status (a blind reviewer's case, crit9);
    # a forward-looking-statements sentence is boilerplate through and through
    press = art.matches("availability", "logistics") if criterion == "availability" else []
    press_cover = SpanCover((m.start, m.end) for m in press)
    logistics = {m.sentence for m in press if _BOILERPLATE.search(m.text)}
    # "ranked #1 in NIH funding", "a grant proposal to the NIH": a funding word that names no
    # funder of this work (a pointer, "see the paper for financial disclosures", is ``pointers``)
    elsewhere = ({m.sentence for m in art.matches("funding_coi", "not_disclosure")}
                 if criterion == "funding_coi" else set())
    # a pointer to disclosures printed elsewhere, and "funded" said of a person or a programme
    # ("an NIH-funded researcher"): the funding and tie words inside them name no funder of this
    # work, the rest of their sentence may
    pointers = SpanCover((m.start, m.end) for key in ("pointers", "funded_attribute")
                         for m in art.matches("funding_coi", key)) if criterion == "funding_coi" else SpanCover(())
    # the care people are given now, in plain words, is an option only where the sentence does
    # not name the article's own intervention ("many doctors now prescribe Zentrol")
    own = art.naming_subject() if criterion == "alternatives" else frozenset()
    for group in GROUPS[criterion] if groups is None else groups:
        if group == "others":
            # a comparison arm ("better than a blood test") scores nothing as the subject
            # but is an alternative the article names
            n += sum(1 for i in interventions(art.doc).others if i.score >= 2 or i.compared)
            continue
        section, key = group.split(".")
        skip = (control if group == "alternatives.compare" else logistics if group == "availability.status"
                else elsewhere if group == "funding_coi.funding" else set())
        found = [m for m in art.matches(section, key)
                 if m.sentence not in skip and m.start not in cover
                 and not (group == "availability.status" and m.start in press_cover)
                 and not (group == "alternatives.compare" and any(m.start <= p <= m.end for p in people))
                 and not (section == "harms" and art.condition_again(m, named))
                 and not (group == "alternatives.usual" and m.sentence in own)]
        if section == "funding_coi":
            # a pointer to disclosures printed elsewhere ("see the article for … financial
            # disclosures", "disclosures … are available in the study") discloses nothing
            found = [m for m in found if not art.aim_or_supposed(m) and m.start not in pointers]
        ks.update(m.sentence for m in found)
    return n + len(ks)


def _names_intervention(art: Article, text: str) -> bool:
    """``text`` names one of the article's interventions (a word of its name other than its
    kind's head: "the gemcitabine group"), a head word of a kind ("the drug group", "the
    surgery patients") or something by its proper name after its first word ("unlike the
    Pradaxa patients": a brand the interventions analysis may not know), but not a word that
    says who the people are ("than Hispanic men", "than US adults": ``_proper_adjectives``), or
    a drug or food word of the interventions lists the article's reading missed ("the
    gemcitabine group": ``interventions.drug_word``; crit14b)."""
    proper = _proper_adjectives()
    if any(w[:1].isupper() and w.strip(".,;:()").lower() not in proper for w in text.split()[1:]):
        return True
    words = set(re.findall(r"[\w’'-]+", text.lower()))
    heads = intervention_heads()
    if words & heads or any(drug_word(w) for w in words):
        return True
    return any(w in words for iv in interventions(art.doc).all for w in iv.name.split() if w not in heads)


@lru_cache(maxsize=1)
def _proper_adjectives() -> frozenset[str]:
    """Capitalised words that say who people are (``knowledge/proper_adjectives_wordnet.txt``:
    WordNet 3.0's proper adjectives, the OMB race and ethnicity words, country codes)."""
    return frozenset(read_lines("proper_adjectives_wordnet.txt"))


#: Press logistics that make their whole sentence boilerplate (``[availability] logistics``'s
#: "forward-looking statements", "information available to us"): a company's safe-harbor note.
_BOILERPLATE = compile_re(r"forward[- ]looking|information available to us", re.IGNORECASE)


#: A condition frame that compares ("fewer", "less", "reduced", "lower"): it may compare the
#: intervention's own harm with another's ("fewer bleeding events than warfarin").
_COMPARES = compile_re(r"(?:reduc|lower|less|fewer|decreas|minimi|lessen|limit|spar)", re.IGNORECASE)
#: A verb or comparison that makes what follows a harm the intervention causes or raises,
#: within its clause ("increase the risk of severe bleeding", "can cause headaches").
_RAISES = compile_re(r"\b(?:increas\w*|rais(?:e|es|ed|ing)|caus\w*|le(?:ad|ads|d) to|trigger\w*|higher|more|"
                     r"worse\w*|side[- ]effects?|adverse|develop\w*|experienc\w*|report\w*)\b[^.;:]*$", re.IGNORECASE)
#: The opening of a frame that says what the intervention is for (``[harms] condition``'s
#: first pattern: "prevent", "protect … from", "for the treatment of", "a vaccine against"),
#: the one frame that names the article's condition (``Article.condition_named``).
_INDICATION = compile_re(r"(?:prevent|protect|reliev|alleviat|treat|cur(?:e|es|ed|ing)\b|fight|combat|tackl|"
                         r"(?:stave|ward|fend) off|guard against|counter|therap|relief|defen[cs]e|vaccine)",
                         re.IGNORECASE)
#: A comparison after the harm word, in the rest of its clause, that counts it in the
#: intervention's arm ("were more common in the drug group", "had reactions during the study,
#: against one in thirty on placebo", "the most common complaints"): a trial's harm table.
_COMPARED = compile_re(r"[^.;:]*?\b(?:more|most common|higher|than|placebo|dummy|sham|"
                       r"(?:treatment|drug|active|study|intervention|vaccine) (?:group|arm)s?|complaints?)\b",
                       re.IGNORECASE)
#: What says a harm word followed the treatment ("infections at the injection site", "headaches
#: after the first dose", "dizziness while using the device").
_FOLLOWS = compile_re(r"(?:\s+[\w’',-]+){0,6}?\s+(?:at the (?:injection|infusion|implant|application) site|"
                      r"(?:after|following|while|when|since) (?:taking|using|receiving|starting|getting|"
                      r"being given|treatment|(?:the|a|an|each|their|his|her|its) (?:[\w-]+ )?(?:drug|medicine|"
                      r"medication|treatment|therapy|shot|injection|infusion|vaccine|vaccination|pill|tablet|"
                      r"dose|procedure|surgery|device|implant|operation)))", re.IGNORECASE)
#: A sentence that speaks of taking, using or getting something, or of a harm arising or
#: worsening: where a recurring symptom word may be the intervention's harm.
_TAKEN = compile_re(r"\b(?:tak(?:e|es|en|ing)|took|us(?:e|es|ed|ing)|get(?:s|ting)?|got|giv(?:e|es|en|ing)|gave|"
                    r"receiv\w*|dos(?:e|es|ed|ing)|new|secondary|worse\w*|develop\w*|occur\w*|appear\w*|aris\w*|"
                    r"after|while|following|during|complaints?|(?:treatment|drug|active|study|intervention|"
                    r"vaccine) (?:group|arm)s?)\b", re.IGNORECASE)
#: The symptom words (``[harms] harm``) that can name a condition; the generic harm words
#: ("side effects", "complications", "toxicity", "harm") never do.
_SYMPTOM = compile_re(r"bleeding|nausea|vomiting|diarrh\w+|headache|fatigue|dizz\w+|rash|infection|allergic|"
                      r"addict\w+|withdrawal|scarring|irritat\w+|cramp|constipation|bloating|heartburn")


def _symptom_key(text: str) -> str:
    """A harm word as one key for its forms: "Infections" and "infection" alike."""
    low = text.lower()
    if low.endswith("shes"):  # "rashes"
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


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
        # a research report names what it tests less often than a guide; of the candidates
        # scoring best, the one it names most ("the OCT device" twice over "solid-tumor
        # surgeries" once, in passing)
        top = [i for i in found.all if i.score == found.all[0].score]
        subject = max(top, key=lambda i: i.count - i.aside)
    return Article(doc, subject, g, sentences)


#: Genres that report on research: their subject may be named only once or twice.
_REPORTS = ("news", "press_release", "unknown")
