"""The article's interventions: the main treatment, test, procedure, diet, device or product
it is about, and the others it names.

Article-level rules ("are costs given?", "are harms explained?") only make sense for an
article about a specific intervention, and they need to know which one, so they can ask
whether the benefit sentence is about it. One analysis answers that for every rule.

Candidates come from four shapes, all data in ``knowledge/``:

* a **listed name**: supplements and herbs (``claims_supplements.txt``), substances with an
  approved-drug entry (``claims_approved_drugs.csv``) and common drugs by their everyday
  names (``interventions.toml``, ``named``);
* a **drug-shaped word**: a generic name ending in a distinctive USAN/INN stem ("-mab",
  "-tinib", "-statin"…, ``interventions.toml``), a development code ("NFU-221",
  "LY3002813"), or a brand marked ® or ™;
* an **intervention phrase**: up to three content words before a head noun of a kind
  ("gene therapy", "blood test", "deep brain stimulation", "Mediterranean diet"), with
  articles and evaluations ("a new", "this experimental") left out of the name;
* the **title**: a candidate named in the title counts three times; a title phrase the body
  never repeats ("Migraine drug cuts attacks") lends that credit to the body's best candidate
  of its kind ("fremanezumab").

A candidate scores one point per mention, one more per sentence where it sits near a
treatment verb ("lowers", "prevents", "detects"), and three if the title names it. Bare
heads ("the drug", "the test") add to the best-scoring specific candidate of their kind, since
that is what they refer to. The main intervention is the best candidate scoring at least
``MAIN_MIN`` and named twice (by name or as "the drug") or in the title: an article that
names a pill once in passing is not about it.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_rules.knowledge import read_lines, read_table, read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

#: The score an intervention needs to be the article's subject.
MAIN_MIN = 3.0
#: Generic supplement words: they name a kind, not a product.
_GENERIC = {"supplement", "supplements", "herb", "herbs", "herbal remedy", "natural remedy",
            "dietary supplement", "dietary supplements", "herbal supplement", "herbal supplements"}

_WORD = compile_re(r"[A-Za-z](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?[®™]?")


@dataclass
class Intervention:
    name: str  #: normalised (lower case) name
    kind: str  #: supplement, drug, product, procedure, test, therapy, device, diet
    score: float = 0.0
    count: int = 0
    in_title: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  #: prose spans of the mentions

    @property
    def first(self) -> int:
        return self.spans[0][0] if self.spans else 0

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "score": round(self.score, 1),
                "mentions": self.count, "in_title": self.in_title}


@dataclass
class Interventions:
    main: Intervention | None
    all: list[Intervention]  #: best first

    @property
    def others(self) -> list[Intervention]:
        return [i for i in self.all if i is not self.main]

    def about_intervention(self) -> bool:
        return self.main is not None

    def as_dict(self) -> dict[str, object]:
        return {"main": self.main.as_dict() if self.main else None,
                "others": [i.as_dict() for i in self.others[:8]]}


@dataclass(frozen=True)
class _Data:
    listed: re.Pattern[str]
    named_drugs: frozenset[str]
    drug_shape: re.Pattern[str]
    not_drugs: frozenset[str]
    heads: dict[str, str]  #: head word -> kind
    never: frozenset[str]
    verbs: re.Pattern[str]
    ing_modifiers: frozenset[str]
    verbs_past: frozenset[str]
    code_shape: re.Pattern[str]
    not_codes: frozenset[str]
    #: any head word as a substring of the lower-cased sentence: where none is, no word is
    #: a head and the word-by-word walk is skipped
    head_hint: re.Pattern[str]
    #: ``listed`` and ``verbs`` without IGNORECASE, for lower-cased text (several times faster)
    listed_lower: re.Pattern[str]
    verbs_lower: re.Pattern[str]


@lru_cache(maxsize=1)
def _data() -> _Data:
    d = read_toml("interventions.toml")
    names = [n for n in read_lines("claims_supplements.txt") if n.lower() not in _GENERIC]
    named = [n.lower() for n in d["named"]]
    names.extend(named)
    for row in read_table("claims_approved_drugs.csv"):
        names.extend(p for p in row["substance"].split("|") if p.isalpha())
    names.sort(key=len, reverse=True)
    listed = compile_re(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    stems = "|".join(sorted(d["drug_stems"], key=len, reverse=True))
    drug_shape = compile_re(rf"\b[A-Za-z][a-z]{{2,}}(?:{stems})\b|\b[A-Z][A-Za-z]+[®™]", 0)
    heads = {h: kind for kind, words in d["heads"].items() for h in words}
    verbs = compile_re(r"\b(?:" + "|".join(d["treatment_verbs"]) + r")\b", re.IGNORECASE)
    return _Data(listed, frozenset(named), drug_shape, frozenset(d["not_drugs"]), heads,
                 frozenset(d["modifiers_never"]), verbs, frozenset(d["ing_modifiers"]),
                 frozenset(w for w in d["treatment_verbs"] + d["modifiers_never"] if w.endswith("ed"))
                 | frozenset(d["verbs_past"]), compile_re(d["code_shape"]), frozenset(d["not_codes"]),
                 compile_re("|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))),
                 compile_re(r"\b(?:" + "|".join(re.escape(n.lower()) for n in names) + r")\b", 0),
                 compile_re(r"\b(?:" + "|".join(w.lower() for w in d["treatment_verbs"]) + r")\b", 0))


def interventions(doc: Document) -> Interventions:
    """The document's interventions, computed once per document."""
    return doc.analysis("interventions", find_interventions)


def find_interventions(doc: Document) -> Interventions:
    from lint_rules.document import BODY

    title = headline(doc)
    spans = [(s.start, s.end) for s in doc.sentences
             if doc.blocks[s.block].role == BODY
             and not (title and doc.text[s.start:s.end].strip() == title)]
    return find_in_text(doc.text, spans, title=doc.title)


def headline(doc: Document) -> str:
    """The document's title, or in a plain file without one its first line when that line
    reads as a headline (a short block with no closing full stop), so the same article gets
    the same subject as ``.txt`` and as ``.md``."""
    if doc.title.strip():
        return doc.title.strip()
    first = next((b for b in doc.blocks if b.is_prose), None)
    if first is None:
        return ""
    text = doc.block_text(first).strip()
    if 0 < len(text.split()) <= 20 and not text.endswith((".", ":", ";", ",")) and "\n" not in text:
        return text
    return ""


def find_in_text(text: str, sentences: list[tuple[int, int]] | None = None,
                 title: str = "") -> Interventions:
    """Interventions of plain ``text`` split into ``sentences`` (prose spans)."""
    data = _data()
    if sentences is None:
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    found: dict[str, Intervention] = {}
    generic: dict[str, int] = defaultdict(int)
    refs: dict[str, int] = defaultdict(int)
    for s, e in sentences:
        sent = text[s:e]
        low = sent.lower()
        if len(low) != len(sent):
            low = ""  # lower-casing moved offsets: the IGNORECASE patterns
        verb: bool | None = None  # a treatment verb in the sentence: asked once, if needed
        seen_here: set[str] = set()
        for name, kind, a, b in _candidates(sent, data, low):
            if kind.startswith("bare:"):
                generic[kind[5:]] += 1
                continue
            if verb is None:
                verb = bool(data.verbs_lower.search(low) if low else data.verbs.search(sent))
            item = found.get(_key(name))
            if item is None:
                item = found[_key(name)] = Intervention(name, kind)
            item.count += 1
            item.score += 1.0
            item.spans.append((s + a, s + b))
            if verb and name not in seen_here:
                item.score += 1.0
            seen_here.add(name)
    if title:
        for name, kind, _a, _b in _candidates(title, data):
            if kind.startswith("bare:"):
                continue
            item = found.get(_key(name))
            if item is None:
                item = found[_key(name)] = Intervention(name, kind)
            if not item.in_title:
                item.in_title = True
                item.score += 3.0
    # a title phrase the body never repeats ("Migraine drug cuts attacks") names the body's
    # best candidate of its kind ("fremanezumab"): its title credit goes there
    for key, item in list(found.items()):
        if item.count == 0:
            body = [i for i in found.values() if i.count and _kind_group(i.kind) == _kind_group(item.kind)]
            if body:
                best = max(body, key=lambda i: (i.score, -i.first))
                if not best.in_title:
                    best.in_title = True
                    best.score += 3.0
                del found[key]
    ranked = sorted(found.values(), key=lambda i: (-i.score, i.first))
    for kind, n in generic.items():
        target = next((i for i in ranked if _kind_group(i.kind) == kind), None)
        if target is not None:
            target.score += 0.5 * n
            refs[target.name] += n
    ranked.sort(key=lambda i: (-i.score, i.first))
    top = ranked[0] if ranked else None
    main = top if top is not None and top.score >= MAIN_MIN and (
        top.count + refs[top.name] >= 2 or top.in_title) else None
    return Interventions(main, ranked)


def _key(name: str) -> str:
    """One key for singular and plural ("blood test", "blood tests")."""
    if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "us", "is", "'s")):
        return name[:-1]
    return name


def _kind_group(kind: str) -> str:
    return {"supplement": "diet", "product": "drug"}.get(kind, kind)


def _candidates(sent: str, data: _Data, low: str = "") -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of the intervention candidates in one sentence (``low``: the
    sentence in lower case with the same offsets, when known); bare heads come back as kind
    ``bare:<kind>``."""
    out: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    listed = data.listed_lower.finditer(low) if low else data.listed.finditer(sent)
    for m in listed:
        name = m.group(0).lower().replace("’", "'")
        out.append((name, "drug" if name in data.named_drugs else "supplement", m.start(), m.end()))
        taken.append(m.span())
    for m in data.drug_shape.finditer(sent):
        word = m.group(0).rstrip("®™")
        if len(word) < 7 and not m.group(0).endswith(("®", "™")):
            continue
        if word.lower() in data.not_drugs or any(a <= m.start() < b for a, b in taken):
            continue
        kind = "product" if m.group(0).endswith(("®", "™")) else "drug"
        out.append((word.lower(), kind, m.start(), m.end()))
        taken.append(m.span())
    for m in data.code_shape.finditer(sent):
        prefix = re.split(r"[-\d]", m.group(0))[0]
        if prefix in data.not_codes or any(a <= m.start() < b for a, b in taken):
            continue
        out.append((m.group(0).lower(), "drug", m.start(), m.end()))
        taken.append(m.span())
    if not data.head_hint.search(sent.lower()):
        return out  # a word that is a head is in the lower-cased sentence as it is
    words = list(_WORD.finditer(sent))
    for i, w in enumerate(words):
        head_kind = data.heads.get(w.group(0).lower())
        if head_kind is None or any(a <= w.start() < b for a, b in taken):
            continue
        if i + 1 < len(words) and words[i + 1].group(0).lower() in data.heads \
                and not sent[w.end():words[i + 1].start()].strip():
            continue  # "proton pump inhibitor": the last head names the phrase
        j = i
        while j > 0 and i - j < 3:
            prev = words[j - 1]
            between = sent[prev.end():words[j].start()]
            low = prev.group(0).lower()
            if between.strip() not in ("", "-") or low in data.never or low.endswith(("ly", "n't")) \
                    or (low.endswith("ing") and low not in data.ing_modifiers) \
                    or (low.endswith("ed") and low in data.verbs_past):
                break
            j -= 1
        start = words[j].start()
        if any(start <= a < w.end() for a, _b in taken):
            continue  # "kratom extract", "statin drugs": counted under the name
        if j == i:
            out.append(("", "bare:" + head_kind, w.start(), w.end()))
            continue
        name = " ".join(x.group(0).lower() for x in words[j:i + 1]).replace("’", "'")
        out.append((name, head_kind, start, w.end()))
        taken.append((start, w.end()))
    return out


# -- which intervention a span of a sentence is about --------------------------------------
#
# Read through ``assertions.intervention_at`` / ``assertions.interventions_named`` (the clause
# layer every rule asks); kept here, next to the analysis that finds the names.

_CONTRAST = compile_re(r"\b(?:by\s+contrast|in\s+contrast|unlike|whereas|instead|compared\s+(?:with|to)|"
                       r"rather\s+than|than)\b")
#: "people who take insulin", "taken with warfarin": what a group takes or what the product
#: is combined with, not what the sentence is about.
_OBJECT = compile_re(r"\b(?:who\s+(?:take|takes|took|use|uses|used|are\s+on|is\s+on|receive|received)|"
                     r"taking|on|with|alongside|combined\s+with|such\s+as|like|including|"
                     r"as\s+well\s+as)\s+(?:[\w-]+\s+){0,2}$")
_CAUSE_OF = compile_re(r"\b(?:of|by|from|with|after|on)\b")
#: Right before a name: the product is said to contain it ("capsules that contain curcumin",
#: "each gummy contains 3 mg of melatonin", "made with", "its active ingredient,").
_CONTAINS = compile_re(r"\b(?:contains?|containing|contained|made\s+(?:with|from)|derived\s+from|"
                       r"(?:active|main|key|star)\s+ingredients?(?:\s+is|\s+are|,|:)?|"
                       r"(?:packed|formulated|enriched|fortified)\s+with)\s+"
                       r"(?:(?:about|up\s+to|at\s+least|\d[\d,.]*\s*(?:mg|mcg|g|iu|%|milligrams?|micrograms?)|of|"
                       r"the|a|an|pure|natural|concentrated|standardi[sz]ed|extra|high-dose)\s+){0,4}$")
#: Right after a name: it is part of another product ("curcumin, the active ingredient in
#: turmeric", "melatonin, found in Sleepwell gummies").
_PART_OF = compile_re(r",?\s+(?:(?:the|a|an)\s+)?(?:(?:active|main|key)\s+)?(?:ingredient|compound|component)\s+"
                      r"(?:in|of)\s+(?:(?:the|our)\s+)?|,?\s+(?:which\s+is\s+)?found\s+in\s+(?:(?:the|our)\s+)?")


class SentenceSubjects:
    """The interventions each sentence names, and the one a span in it is about."""

    def __init__(self, doc: Document) -> None:
        from lint_rules.document import BODY

        self.low = doc.text.lower() if len(doc.text.lower()) == len(doc.text) else doc.text
        sents = doc.sentences
        self.starts = [s.start for s in sents]
        self.spans = [(s.start, s.end) for s in sents]
        found = interventions(doc)
        self.main = found.main.name if found.main is not None else ""
        named: list[list[tuple[int, str]]] = [[] for _ in sents]
        objects: list[set[str]] = [set() for _ in sents]
        for item in found.all:
            for start, _end in item.spans:
                i = bisect.bisect_right(self.starts, start) - 1
                if i < 0:
                    continue
                if _OBJECT.search(self.low, max(self.spans[i][0], start - 25), start):
                    objects[i].add(item.name)
                    continue
                named[i].append((start, item.name))
        body = [doc.blocks[s.block].role == BODY for s in sents]
        # a sentence that names nothing is about the article's main intervention (or, with
        # none found, the first one the body names); no carrying over from the sentence
        # before, which in news copy is as often a comparator as the product
        first = next((n for i, ns in enumerate(named) for _, n in sorted(ns) if body[i]), "")
        default = self.main or first
        self.subjects: list[str] = []
        for names in named:
            names.sort()
            only = [n for _, n in names]
            self.subjects.append(self.main if self.main and self.main in only else (only[0] if only else default))
        self.named = named
        self.objects = objects
        self.alias = self._ingredients(doc, found.all)

    def _ingredients(self, doc: Document, found: list[Intervention]) -> dict[str, str]:
        """Ingredient -> product, where the article says the product contains it
        ("turmeric capsules, which contain curcumin"; "curcumin, the active ingredient in
        turmeric"): a claim about the ingredient is then a claim about the product."""
        if len(found) < 2 or not any(w in self.low for w in ("contain", "ingredient", "made ", "found in",
                                                            "derived", "with")):
            return {}
        alias: dict[str, str] = {}
        spans = sorted((start, end, item.name) for item in found for start, end in item.spans)
        for k, (start, end, name) in enumerate(spans):
            i = bisect.bisect_right(self.starts, start) - 1
            if i < 0:
                continue
            a, b = self.spans[i]
            if _CONTAINS.search(self.low, max(a, start - 45), start):
                before = [n for s, _e, n in spans[:k] if a <= s < start and n != name]
                product = before[0] if before else self.subjects[i]
                if product == name and not before and i > 0 and self.named[i - 1]:
                    # "Each capsule contains curcumin.": the product of the sentence before
                    product = self.named[i - 1][0][1]
            else:
                after = next(((s, n) for s, _e, n in spans[k + 1:] if s < b and n != name), None)
                if after is None or not _PART_OF.fullmatch(self.low, end, after[0]):
                    continue
                product = after[1]
            if product and product != name and alias.get(product) != name:
                alias.setdefault(name, product)
        for name in list(alias):  # chains: an ingredient of an ingredient
            seen = {name}
            while alias[name] in alias and alias[name] not in seen:
                seen.add(alias[name])
                alias[name] = alias[alias[name]]
        return alias

    def names(self, i: int) -> frozenset[str]:
        out = frozenset(n for _, n in self.named[i]) | frozenset(self.objects[i])
        return frozenset(self.alias.get(n, n) for n in out) if self.alias else out

    def subject(self, i: int, pos: int, end: int, kind: str = "") -> str:
        """The intervention the span ``[pos, end)`` of sentence ``i`` is about (a named
        ingredient read as the product that contains it)."""
        name = self._subject(i, pos, end, kind)
        return self.alias.get(name, name) if self.alias else name

    def _subject(self, i: int, pos: int, end: int, kind: str = "") -> str:
        """The main intervention when the sentence names it (unless it contrasts it with
        another: "St John's wort, by contrast, …"), else the one named last before the
        span, else one named right after it as its cause ("a known side effect of
        aspirin"), else the sentence's default (the main intervention)."""
        names = [(p, n) for p, n in self.named[i] if not (pos <= p < end)]
        if not names:
            return self.subjects[i]
        only = [n for _, n in names]
        a, b = self.spans[i]
        contrast = _CONTRAST.search(self.low, a, b)
        if self.main and self.main in only and (kind == "interaction" or not contrast):
            return self.main
        before = [n for p, n in names if p <= pos]
        if before:
            # the sentence's own subject comes first ("Melatonin is a gentle sleep aid that
            # …"); after a contrast, the one named last ("Unlike X, saw palmetto …")
            return before[-1] if contrast else before[0]
        after = [(p, n) for p, n in names if p >= end]
        if after and _CAUSE_OF.search(self.low, end, after[0][0]) and after[0][0] - end <= 40:
            return after[0][1]
        # a product named only after the span is usually its object ("… rather than
        # following a temporary diet"): the span is about the sentence's default subject
        return self.main or self.subjects[i]


def sentence_subjects(doc: Document) -> SentenceSubjects:
    return doc.analysis("interventions.sentence-subjects", SentenceSubjects)
