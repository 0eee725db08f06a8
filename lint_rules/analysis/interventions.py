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

A mention the article does not own scores nothing (``_aside``): one it denies ("it's not a
fancy supplement"), another party's instruction ("told to eat more X"), a comparator ("unlike
X", "rather than X", "better than X", "compared with X": the arm a study tests against, which
earns no title credit either and still counts as an alternative the article names), or a promise
it reports or a claim it rejects; a candidate named only so is never the main intervention.

What a study did not test is no candidate at all: its control arm ("a placebo spray", "mice fed
a normal diet"), a test's result ("a positive biopsy") and a measured substance ("insulin
sensitivity", "vitamin D levels"), and a substance the body makes itself that no sentence tells
as given ("the pancreas secretes insulin", "produce more serotonin"; not "insulin injections",
"taking melatonin"): the physiology a story explains; so is a body system or an organisation
named with a device's head word ("the immune system", "a health system"). A condition's name with a general head ("cancer treatment",
"flu drug") is the care for the condition in general: it refers to the named intervention of its
kind, as "the treatment" does, and only names the subject when the article names none.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from lint_rules.analysis.boundaries import (
    CAPITALISED_BEFORE,
    CAPITALISED_NAME,
    RELATIVE_CLAUSE_STOP,
    clause_start,
    lowered,
)
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.knowledge import path as knowledge_path
from lint_rules.knowledge import read_lines, read_table, read_toml
from lint_rules.store.compiled_re import cached_tables, compile_re
from lint_rules.store.diskcache import files_key
from lint_rules.structure import BODY

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
    #: mentions that do not present it as the article's own subject: denied ("it's not a
    #: pill"), another party's advice ("told to eat more X"), a comparator ("unlike X") or a
    #: promise the article reports ("promising a collagen boost"); they score nothing
    aside: int = 0
    #: a condition's name and a general head word ("cancer treatment", "flu drug"): the care
    #: for the condition in general, read as a reference to the article's named intervention
    #: of its kind when there is one
    general: bool = False
    #: of the asides, the mentions as the arm a study compares with ("better than a blood
    #: test", "compared with surgery"): not the subject, but an alternative the article names
    compared: int = 0
    #: a condition's general care phrase that was the article's best candidate until it was
    #: read as a reference ("addiction treatment" for "the non-drug approach"): the name it
    #: stands for, so a reader of sentences takes both for the one subject
    stands_for: str = ""

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
    #: what the study did not test, named as the phrase a reader of sentences sees ("a
    #: placebo pill", "a positive biopsy", "testosterone" in "testosterone levels"): no
    #: candidate for the main intervention or for the completeness rules' others, but another
    #: thing than the article's subject to a reader that asks what a sentence is about
    arms: list[Intervention] = field(default_factory=list)

    @property
    def others(self) -> list[Intervention]:
        return [i for i in self.all if i is not self.main]

    def about_intervention(self) -> bool:
        return self.main is not None

    @property
    def named(self) -> list[Intervention]:
        """Every intervention the text names, the study's arms, results and measures last:
        for the readers that ask whether a sentence is about the article's subject or about
        another thing (``SentenceSubjects``, the claim readers). Why: "testosterone levels
        fell" is about testosterone, not about the product, as a control arm's or a result's
        sentence is about that arm; taking them out of ``all`` is for the main intervention's
        choice and the completeness rules only."""
        return [*self.all, *self.arms]

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
    coined: re.Pattern[str]
    not_products: frozenset[str]
    role_before: re.Pattern[str]
    role_after: re.Pattern[str]
    not_before: re.Pattern[str]
    not_after: re.Pattern[str]
    #: a company's suffix right after a name ("ChromaDex Corp."), any case
    company_after: re.Pattern[str]
    #: a model word after a coined name ("BrightWave Pro")
    model: re.Pattern[str]
    #: a company's description or a longer name after a name ("Dendreon, a … company")
    org_after: re.Pattern[str]
    #: a company or a journal before a name ("consultant for", "Journal of")
    org_before: re.Pattern[str]
    #: the drug another is taken with, before a name ("interacts with warfarin")
    interacting: re.Pattern[str]
    #: a short passage's opening subject: a name, an optional form word, a verb
    opener: re.Pattern[str]
    #: after a candidate that opens the passage: an optional form word, a verb
    opener_after: re.Pattern[str]
    opener_not: frozenset[str]
    short_sentences: int
    #: a reference back to the product ("it", "the tablet", "our gummies"), lower case
    anaphor: re.Pattern[str]


#: A listed name that ends in a one-letter code takes a number after it: "vitamin k" names
#: "vitamin K2" and "vitamin D3" (one intervention, named with its letter-number; the NIH
#: Office of Dietary Supplements names the forms so: vitamin K1, K2, D2, D3).
_CODE_SUFFIX = r"(?:(?<=vitamin [a-z])\d{1,2})?"
_CODED_NAME = compile_re(r"vitamin [a-z]\d{1,2}")


def opener_not() -> frozenset[str]:
    """Opening words that are people, research or an ordinary determiner, never a product."""
    return _data().opener_not


def _coded(name: str) -> bool:
    """``name`` was read with a number after a listed one-letter name ("vitamin d3"), and is
    not listed itself ("vitamin b12" is)."""
    return bool(_CODED_NAME.fullmatch(name)) and _data().listed_lower.fullmatch(name) is not None \
        and name not in _data().named_drugs and not _listed_itself(name)


@lru_cache(maxsize=64)
def _listed_itself(name: str) -> bool:
    return any(n.lower() == name for n in read_lines("claims_supplements.txt"))


@lru_cache(maxsize=1)
def _data() -> _Data:
    """The tables, from the disk cache keyed by the data files and this module."""
    key = files_key(*(knowledge_path(name) for name in _DATA_FILES), __file__)
    return cached_tables("interventions", key, _Data, _build_data)


_DATA_FILES = ("interventions.toml", "claims_supplements.txt", "claims_approved_drugs.csv")


def _build_data() -> _Data:
    d = read_toml("interventions.toml")
    names = [n for n in read_lines("claims_supplements.txt") if n.lower() not in _GENERIC]
    named = [n.lower() for n in d["named"]]
    names.extend(named)
    for row in read_table("claims_approved_drugs.csv"):
        names.extend(p for p in row["substance"].split("|") if p.isalpha())
    names.sort(key=len, reverse=True)
    listed = compile_re(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")" + _CODE_SUFFIX + r"\b", re.IGNORECASE)
    stems = "|".join(sorted(d["drug_stems"], key=len, reverse=True))
    drug_shape = compile_re(rf"\b[A-Za-z][a-z]{{2,}}(?:{stems})\b|\b[A-Z][A-Za-z]+[®™]", 0)
    heads = {h: kind for kind, words in d["heads"].items() for h in words}
    verbs = compile_re(r"\b(?:" + "|".join(d["treatment_verbs"]) + r")\b", re.IGNORECASE)
    return _Data(listed, frozenset(named), drug_shape, frozenset(d["not_drugs"]), heads,
                 frozenset(d["modifiers_never"]), verbs, frozenset(d["ing_modifiers"]),
                 frozenset(w for w in d["treatment_verbs"] + d["modifiers_never"] if w.endswith("ed"))
                 | frozenset(d["verbs_past"]), compile_re(d["code_shape"]), frozenset(d["not_codes"]),
                 compile_re("|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))),
                 compile_re(r"\b(?:" + "|".join(re.escape(n.lower()) for n in names) + r")" + _CODE_SUFFIX + r"\b", 0),
                 compile_re(r"\b(?:" + "|".join(w.lower() for w in d["treatment_verbs"]) + r")\b", 0),
                 compile_re(d["coined_shape"]), frozenset(d["not_products"]),
                 compile_re(d["product_role_before"], re.IGNORECASE), compile_re(d["product_role_after"], re.IGNORECASE),
                 compile_re(d["not_product_context"], re.IGNORECASE), compile_re(d["not_product_after"]),
                 compile_re(r"\s*,?\s*(?:" + "|".join(d["company_suffixes"]) + r")(?![A-Za-z])", re.IGNORECASE),
                 compile_re(d["model_suffix"]), compile_re(d["company_after"]),
                 compile_re(d["org_before"], re.IGNORECASE), compile_re(d["interacting_before"], re.IGNORECASE),
                 *_opener(d, heads))


def _opener(d: dict[str, Any], heads: dict[str, str]) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int,
                                                      re.Pattern[str]]:
    forms = "|".join(re.escape(f) for f in sorted(set(d["opener_forms"]), key=lambda w: (-len(w), w)))
    after = rf"(?:\s+(?:{forms}))?(?:\s+[a-z]+ly)?\s+(?:{d['opener_verb']})(?![A-Za-z])"
    words = sorted(set(heads) | set(d["opener_forms"]), key=lambda w: (-len(w), w))  # one spelling in every process
    return (compile_re(r"[\W_]*(?P<name>[A-Z][A-Za-z0-9'’-]{2,}[®™]?)" + after), compile_re(after),
            frozenset(d["opener_not"]), int(d["short_sentences"]),
            compile_re(d["anaphor"].replace("{heads}", "|".join(re.escape(w) for w in words))))


def interventions(doc: Document) -> Interventions:
    """The document's interventions, computed once per document."""
    return doc.analysis("interventions", find_interventions)


def find_interventions(doc: Document) -> Interventions:
    from lint_rules.document import BODY

    title = headline(doc)
    spans = [(s.start, s.end) for s in doc.sentences
             if doc.blocks[s.block].role == BODY
             and not (title and doc.text[s.start:s.end].strip() == title)]
    return find_in_text(doc.text, spans, title=title)


def headline(doc: Document) -> str:
    """The document's title, or in a plain file without one its first line when that line
    reads as a headline (a short block with no closing full stop), so the same article gets
    the same subject as ``.txt`` and as ``.md``. Only body prose counts: a scraped page's
    "En Español" or photo-credit line and its byline are page furniture, not a headline.
    Computed once per document: rules ask it once per match (``Article.in_headline``)."""
    return doc.analysis("headline", _headline)


def _headline(doc: Document) -> str:
    if doc.title.strip():
        return doc.title.strip()
    first = next((b for b in doc.blocks if b.is_prose and b.role == BODY), None)
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
    arms: dict[str, Intervention] = {}
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
            if kind.startswith("arm:"):
                arm = arms.setdefault(_key(name), Intervention(name, kind[4:]))
                arm.count += 1
                arm.spans.append((s + a, s + b))
                continue
            if verb is None:
                verb = bool(data.verbs_lower.search(low) if low else data.verbs.search(sent))
            item = found.get(_key(name))
            if item is None:
                item = found[_key(name)] = Intervention(name, kind.removeprefix("care:"),
                                                        general=kind.startswith("care:"))
            item.count += 1
            item.spans.append((s + a, s + b))
            if data.interacting.search(sent, max(0, a - 40), a):
                item.score += 0.5  # "interacts with warfarin": the other drug, not the subject
                continue
            if _aside(sent, a):
                item.aside += 1  # "It's not a fancy supplement": named, but not what the text is about
                item.compared += _compared(sent, a)
                continue
            item.score += 1.0
            if verb and name not in seen_here:
                item.score += 1.0
            seen_here.add(name)
    for key, item in list(found.items()):
        if item.kind == "product" and data.coined.fullmatch(text[item.spans[0][0]:item.spans[0][1]]) and (
                item.count < 2 or (_no_product(text, sentences, item.spans, data, company_only=True)
                                   and not any(_in_role(text, a, b, data) for a, b in item.spans))):
            # named once (a handle, a hospital's name), or a company named, never a product
            # ("ChromaDex Corp.", "LA BioMed", "at CalTech")
            del found[key]
    for name, spans in _plain_coined(text, sentences, data, found).items():
        item = found[_key(name)] = Intervention(name, "product")
        for a, b in spans:
            i = bisect.bisect_right([s for s, _e in sentences], a) - 1
            s, e = sentences[i]
            item.count += 1
            item.score += 1.0
            item.spans.append((a, b))
            if data.verbs.search(text, s, e):
                item.score += 1.0
        item.spans.sort()
        said = re.search(rf"(?<![A-Za-z]){re.escape(text[spans[0][0]:spans[0][1]])}(?![A-Za-z])", title) if title else None
        if said is not None and not _aside(title, said.start()):
            item.in_title = True
            item.score += 3.0
    if title:
        for name, kind, a, _b in _candidates(title, data):
            if kind.startswith(("bare:", "arm:")) or _aside(title, a):
                continue  # a headline's comparison arm ("… better than blood test") is not its subject
            item = found.get(_key(name))
            if item is None:
                item = found[_key(name)] = Intervention(name, kind.removeprefix("care:"),
                                                        general=kind.startswith("care:"))
            if not item.in_title:
                item.in_title = True
                item.score += 3.0
    for item in _physiology(list(found.values()), text, title):
        del found[_key(item.name)]
        arm = arms.setdefault(_key(item.name), Intervention(item.name, item.kind))
        arm.count += item.count
        arm.spans.extend(item.spans)
    # a title phrase the body never repeats names the body's name it holds ("Proton Beam
    # Therapy System": "proton beam therapy") or the product the body says it with ("Blood
    # test …": "the ColoScreen blood test"), else the body's best candidate of its kind
    # ("Migraine drug cuts attacks": "fremanezumab"): its title credit goes there
    for key, item in list(found.items()):
        if item.count == 0:
            owned = [i for i in found.values() if i.count and not _only_aside(i)]
            # a condition's general care in the headline ("New asthma drug cuts attacks") names
            # a body candidate of its kind only when the body names it more than in passing:
            # background care said once ("stop taking steroid tablets") is not the new drug
            body = [i for i in owned if _same_phrase(i.name, item.name) or _heads_phrase(text, i, item.name)] \
                or [i for i in owned if _kind_group(i.kind) == _kind_group(item.kind)
                    and (not item.general or i.count - i.aside >= 2)]
            if body:
                best = max(body, key=lambda i: (i.score, -i.first))
                if not best.in_title:
                    best.in_title = True
                    best.score += 3.0
                del found[key]
    ranked = sorted(found.values(), key=lambda i: (-i.score, i.first))
    for kind, n in generic.items():
        # the named one of the kind before a condition's general care ("the drug": Velorimab,
        # not "migraine drugs"); with none, the general phrase, as before
        of_kind = [i for i in ranked if _kind_group(i.kind) == kind and not _only_aside(i)]
        target = next((i for i in of_kind if not i.general), None) or next(iter(of_kind), None)
        if target is not None:
            target.score += 0.5 * n
            refs[target.name] += n
    referring: list[Intervention] = []
    leading = min(ranked, key=lambda i: (-i.score, i.first)) if ranked else None
    for item in [i for i in ranked if i.general and i.count]:
        # "cancer treatment" with a named one of its kind ("focused radiation therapy"; a
        # treatment or a therapy is of every kind): a reference to it, as "the treatment" is;
        # with none, the best name the article gives. It stays among the others, last ("other
        # osteoporosis drugs" names the alternatives too)
        owned = [i for i in ranked if not _only_aside(i) and not i.general]
        target = next((i for i in owned if _kind_group(i.kind) == _kind_group(item.kind)), None) or (
            next(iter(owned), None) if item.kind == "therapy" else None)
        if target is not None:
            target.score += 0.5 * item.count + (3.0 if item.in_title and not target.in_title else 0.0)
            target.in_title = target.in_title or item.in_title
            refs[target.name] += item.count
            referring.append(item)
            if item is leading:
                item.stands_for = target.name
    ranked.sort(key=lambda i: (-i.score, i.first))
    ranked = [i for i in ranked if i not in referring] + referring
    if ranked and ranked[0].kind != "product":
        # a product named by a brand-shaped name again and again (or in the title) is what
        # the article is about; its ingredients ("magnesium"), its class ("sleep aid") and
        # the drugs it is taken with score higher only by being named in more ways
        # (over a generic phrase: "the sleep aid", "a new blood test"; over a named drug or
        # supplement only when the title names the product: "DeepRest Sleep Gummies:
        # Magnesium + Melatonin"; "Lucentis" against "Avastin" is a comparison)
        top_score = ranked[0].score
        phrase = " " in ranked[0].name or ranked[0].kind not in ("drug", "supplement")
        brand = next((i for i in ranked if i.kind == "product" and i.count >= 2
                      and ((i.in_title and i.score >= 0.5 * top_score)
                           or (phrase and i.count >= 3 and i.score >= 0.8 * top_score))), None)
        if brand is not None:
            ranked.remove(brand)
            ranked.insert(0, brand)
    if len(sentences) > data.short_sentences:
        # in a long article a vitamin named with its letter-number ("vitamin D3") is one of
        # the others, never the main intervention: which product an article is about is
        # chosen as it was before such names were read
        coded = [i for i in ranked if _coded(i.name)]
        ranked = [i for i in ranked if i not in coded] + coded
    top = ranked[0] if ranked and not (len(sentences) > data.short_sentences and _coded(ranked[0].name)) else None
    main = top if top is not None and top.score >= MAIN_MIN and (
        top.count - top.aside + refs[top.name] >= 2 or top.in_title) and not _only_aside(top) else None
    if main is None and sentences and len(sentences) <= data.short_sentences:
        main = _opening_subject(text, sentences, data, ranked)
        kept = _kept_names(text, sentences, data, ranked)
        if len(kept) == 1 and main is None:
            # the name the passage keeps using, wherever it first appears (first19): not only
            # one an earlier sentence introduced or the opening sentence's subject
            main = kept[0]
        elif len(kept) > 1:
            # two products each named again and again: neither is the page's, and each is its
            # own sentences' subject (not the one other cues happened to find)
            ranked.extend(k for k in kept if k not in ranked and (main is None or _key(k.name) != _key(main.name)))
        if main is not None:
            if main in ranked:
                ranked.remove(main)
            ranked.insert(0, main)
            ranked.extend(_other_subjects(text, sentences, data, ranked))
    # a short passage's opening subject or kept name is read without the scores: the body's
    # own substance told as physiology is no subject there either
    told = _physiology(ranked, text, title)
    if told:
        ranked = [i for i in ranked if i not in told]
        main = None if main in told else main
    return Interventions(main, ranked, list(arms.values()))


#: Before a mention, in its clause: a denial ("it's not a fancy supplement", "isn't a diet"), a
#: comparator ("unlike the screening kit", "rather than remodel collagen") or an instruction
#: another party gave ("told by one company to eat more fermented dairy foods").
_ASIDE_CLAUSE = compile_re(
    r"(?:\b(?:not|isn't|aren't|wasn't|weren't|never|neither|nor)\s+(?:(?:a|an|the|some|any|your|just|even|"
    r"really|another|more|about)\s+)?(?:[\w'’-]+\s+){0,2}"
    r"|\b(?:unlike|rather\s+than|instead\s+of)\s+(?:[\w'’-]+\s+){0,4}"
    r"|\b(?:told|advised|urged|instructed)\b(?:\s+(?:by\s+)?[\w'’-]+){0,4}?\s+to\s+(?:[\w'’-]+\s+){0,3})"
    r"[\"“‘'*]*$", re.IGNORECASE)
#: Before a mention, in its sentence: a promise the article reports ("sold online, promising
#: smoother skin and a 'collagen boost'"; the verb, never the adjective: "a promising drug") or a claim it rejects ("claims that a roller will boost collagen
#: are not well supported").
_PROMISE = compile_re(r"(?:,\s*promising|\bpromis(?:es|ed)(?!\s+(?:of|for)\b)|\btouted|\bbilled\s+as|\bmarketed\s+as)\b(?:[^.!?]|\.(?=\d)){0,80}$", re.IGNORECASE)
_CLAIM = compile_re(r"\bclaims?\s+that\b(?:[^.!?]|\.(?=\d)){0,80}$", re.IGNORECASE)
_REJECTED = compile_re(r"\b(?:not\s+(?:well\s+)?(?:supported|backed|proven)|unproven|unsupported|no\s+(?:good\s+)?evidence|"
                       r"little\s+evidence|a\s+myth|false|misleading|overblown|exaggerated)\b", re.IGNORECASE)


def _same_phrase(one: str, other: str) -> bool:
    """The body name ``one`` runs inside the headline's phrase ``other`` ("proton beam therapy"
    in "proton beam therapy system") with a word that is no head word of a kind ("therapy"
    alone names nothing). Not the other way: a longer body phrase that holds the headline's
    ("co sleep drug" for "sleep drug") may be a verb's or a company's words run into it."""
    short, long_ = [_key(w) for w in one.split()], [_key(w) for w in other.split()]
    if len(short) > len(long_):
        return False
    heads = _data().heads
    if not any(w not in heads for w in short):
        return False
    return any(long_[k:k + len(short)] == short for k in range(len(long_) - len(short) + 1))


def _heads_phrase(text: str, item: Intervention, phrase: str) -> bool:
    """A mention of ``item`` stands before ``phrase`` in the body ("the ColoScreen blood
    test" for a headline's "Blood test"): the body names the headline's phrase by ``item``."""
    after = compile_re(r"\s+" + re.escape(phrase) + r"(?:e?s)?(?![A-Za-z])", re.IGNORECASE)
    return any(after.match(text, b) for _a, b in item.spans)


def _only_aside(item: Intervention) -> bool:
    """Every mention of ``item`` in the body is an aside (denied, another's advice…)."""
    return 0 < item.count <= item.aside


@lru_cache(maxsize=1)
def _comparator() -> re.Pattern[str]:
    """Before a mention, in its clause: the arm the study compares with ("better than a
    blood test", "compared with surgery", "outperform conventional mammography";
    ``interventions.toml`` ``comparator_before``)."""
    return compile_re(str(read_toml("interventions.toml")["comparator_before"]), re.IGNORECASE)


def _clause_before(sent: str, a: int) -> str:
    """The words of the clause before the mention at ``a`` (back to a comma, a semicolon or a
    colon, at most 80 characters)."""
    return sent[max(0, a - 80):a].rsplit(",", 1)[-1].rsplit(";", 1)[-1].rsplit(":", 1)[-1]


@lru_cache(maxsize=1)
def _comparison_data() -> tuple[re.Pattern[str], frozenset[str]]:
    d = read_toml("interventions.toml")
    return compile_re(str(d["comparison_undirected"]), re.IGNORECASE), frozenset(d["comparator_group_words"])


def _comparison_arm(clause: str) -> re.Match[str] | None:
    """The comparison before the end of ``clause`` that makes the next name the arm a study
    compares with ("better than", "compared with"), unless it is denied ("no better than",
    "did not outperform"): a comparison with no direction names no arm."""
    m = _comparator().search(clause)
    if m is None or _comparison_data()[0].search(clause, 0, m.start()):
        return None
    return m


def _compared(sent: str, a: int) -> bool:
    """The mention at ``a`` of ``sent`` is the arm a study compares with (``comparator_before``),
    named as an option, not as a group of people ("than those who took olive oil")."""
    m = _comparison_arm(_clause_before(sent, a))
    return m is not None and not set(m.group(0).lower().split()) & _comparison_data()[1]


def _aside(sent: str, a: int) -> bool:
    """The mention at ``a`` of ``sent`` is denied, a comparator ("unlike X", "better than X",
    "compared with X": the arm the study tests against), another party's instruction, a
    reported promise or a claim the sentence rejects: not the article's own subject. Asked of
    the title too: a headline's comparison arm ("Urine test better than blood test") earns no
    title credit."""
    before = sent[max(0, a - 80):a]
    clause = _clause_before(sent, a)
    if _ASIDE_CLAUSE.search(clause) or _comparison_arm(clause) is not None:
        return True
    if _PROMISE.search(before):
        return True
    return bool(_CLAIM.search(before) and _REJECTED.search(sent, a))


def _other_subjects(text: str, sentences: list[tuple[int, int]], data: _Data,
                    ranked: list[Intervention]) -> list[Intervention]:
    """In a short passage about one product, a later sentence that opens with another name
    and a verb ("Zolpidem commonly causes drowsiness", "Alcohol can worsen it") is about that
    other thing, written in lower case elsewhere or not; never a person, research, a
    disease or an effect."""
    from lint_rules.analysis.concepts import get_lexicon

    known = {i.name for i in ranked}
    out: dict[str, Intervention] = {}
    for s, e in sentences[1:]:
        m = data.opener.match(text, s, e)
        if m is None:
            continue
        name = m.group("name").rstrip("®™")
        low = name.lower().replace("’", "'")
        if len(low) < 4 or low in known or _key(low) in known or low in data.opener_not or low in data.heads \
                or low in data.not_products or not name[1:].replace("-", "").isalpha() \
                or get_lexicon().lookup(low) is not None:
            continue
        item = out.setdefault(low, Intervention(low, "product", score=1.0))
        if not item.spans:
            for w in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text, re.IGNORECASE):
                if _covered(sentences, w.start()):
                    item.count += 1
                    item.spans.append(w.span())
    return list(out.values())


_DETERMINER = compile_re(r"[\W_]*(?:(?:the|our|this|these|a|an|your|my)\s+)?", re.IGNORECASE)


def _opening_subject(text: str, sentences: list[tuple[int, int]], data: _Data,
                     ranked: list[Intervention]) -> Intervention | None:
    """The main product of a short passage that names none often enough: the subject of its
    opening sentence, a candidate found there ("Amlodipine does not cause …", "The
    hyaluronic acid injection is …") or a capitalised name no dictionary word would be
    ("Glucorin carries no risk …", "OmegaVeg softgels contain …"), followed by a verb. The
    rest of the passage calls it "it" or "the tablet"."""
    s, e = sentences[0]
    lead = _DETERMINER.match(text, s, e)
    at = lead.end() if lead is not None else s
    for item in ranked:
        if any(a == at for a, _b in item.spans):
            b = next(b for a, b in item.spans if a == at)
            return item if data.opener_after.match(text, b, e) else None
    m = _users_opening_name(text, s, e) or data.opener.match(text, s, e) or _after_topic(data, text, s, e)
    if m is None:
        return None
    name = m.group("name").rstrip("®™")
    low = name.lower().replace("’", "'")
    if len(low) < 4 or low in data.opener_not or low in data.heads or low in data.not_products \
            or _in_lower_case(text, low) or not name[1:].replace("-", "").replace("'", "").isalnum():
        return None
    from lint_rules.analysis.concepts import get_lexicon

    if get_lexicon().lookup(low) is not None:
        return None  # "Migraine is common": a disease or an effect, not a product
    item = Intervention(low, "product", score=MAIN_MIN)
    for w in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text, 0):
        if _covered(sentences, w.start()):
            item.count += 1
            item.spans.append(w.span())
    return item if item.count else None


#: A capitalised word and the capitalised words right after it ("Hydravelle Night Cream").
_NAME_RUN = compile_re(r"(?<![\w'’-])[A-Z][a-z]{2,}[A-Za-z0-9]*(?:[ \t]+[A-Z][a-z]+[A-Za-z0-9]*)*(?![\w'’-])")


@lru_cache(maxsize=1)
def cross_sell_header() -> re.Pattern[str]:
    """A seller's cross-selling header ("You might also like", "Customers also bought";
    ``contradiction_limits.toml`` [other_product] header). The one reader of that list:
    ``_kept_names`` fences the text after it here (a text-level fence, to the paragraph's end:
    the product model runs before a Document's sections are read), and ``claim_limits``
    (``cross_sell_section``, ``_listed_other``) reads the same header on the Document, where a
    section runs to the next heading."""
    return compile_re(read_toml("contradiction_limits.toml")["other_product"]["header"], re.IGNORECASE)


def _kept_names(text: str, sentences: list[tuple[int, int]], data: _Data,
                ranked: list[Intervention]) -> list[Intervention]:
    """The products a short passage keeps naming, wherever it first names them (the page's
    product when there is one only): a capitalised
    name that is a name on the page (``page_name``: no dictionary word, or one never written
    in lower case), written in two or more sentences of the body, no person, company, place,
    condition, effect, listed drug or food; with the capitalised words
    every mention shares after it ("Hydravelle Night Cream"). Mentions under a cross-selling
    header ("You might also like: …", to the paragraph's end) are another product's. Why
    (first19, issue 14: blind review s19): the product was the one an earlier sentence
    introduced ("Gastrolin is sold in the UK.") or the opening sentence's subject, so copy that
    names it first in a claim ("Nausea is something nobody on Gastrolin has to put up with …
    Gastrolin commonly causes nausea") had no product, and its claims no subject to compare."""
    from lint_rules.analysis.concepts import get_lexicon

    header = cross_sell_header()
    fenced: list[tuple[int, int]] = []
    for s, e in sentences:
        if header.match(text[s:e]):  # (its "^" holds at the text's start only, given an offset)
            end = text.find("\n\n", s)
            fenced.append((s, len(text) if end < 0 else end))
    runs: dict[str, list[tuple[int, int, list[str]]]] = defaultdict(list)
    for k, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in fenced):
            continue
        for m in _NAME_RUN.finditer(text, s, e):
            words = m.group().split()
            runs[words[0]].append((k, m.start(), words))
    found: list[Intervention] = []
    lexicon = get_lexicon()
    drugs = foods_and_drugs()
    named_once: list[int] = []  # where a name the passage writes once stands
    for word, seen in runs.items():
        low = word.lower()
        if len(low) < 4 or low in data.opener_not or low in data.heads \
                or low in data.not_products or low in drugs or _in_lower_case(text, low) \
                or not page_name(text, word) or lexicon.lookup(low) is not None:
            continue
        if len({k for k, _a, _w in seen}) < 2:
            named_once.append(seen[0][1])
            continue
        shared = seen[0][2]
        for _k, _a, w in seen[1:]:
            n = 0
            while n < min(len(shared), len(w)) and shared[n] == w[n]:
                n += 1
            shared = shared[:n]
        name = " ".join(shared)
        if len(shared) > 1 and lexicon.lookup(" ".join(shared[1:]).lower()) is not None:
            name = word  # "Zelvara Nausea" is no name: a condition after it
        if _no_product(text, sentences, [(a, a + len(name)) for _k, a, _w in seen], data):
            continue  # a person, a company, a place
        # a candidate found already under the name or a longer one ("the Lumin device")
        item = next((i for i in ranked if _key(i.name) == _key(name.lower())), None) \
            or next((i for i in ranked if low in i.name.split()), None) \
            or Intervention(name.lower(), "product", score=MAIN_MIN)
        if not item.spans:
            item.spans = [(a, a + len(name)) for _k, a, _w in seen]
            item.count = len(item.spans)
        found.append(item)
    if len(found) == 1 and any(p < found[0].spans[0][0] for p in named_once):
        return []  # "Crunchwell Bars are nut free. Our sister brand Nuttsy …": named first, once, and
        # unread as a product here, the page's may be the first name, not the one kept after it
    return found


#: the opening subject "Not one of the people who tried <name> …" ([opening] users_opener)
_USERS_OPENER = compile_re(read_toml("interventions.toml")["users_opener"] + r"(?P<name>[A-Z][A-Za-z0-9'’-]{2,}[®™]?)",
                           re.IGNORECASE)


def _users_opening_name(text: str, s: int, e: int) -> re.Match[str] | None:
    """The product a quantified people-subject's relative clause names ("Not one of the 400
    people who tried Quillora has reported a rash"; ``users_opener``): the denial is that
    product's, so it opens the passage as its subject would; the name must be capitalised (the
    pattern is case-insensitive only for its own words)."""
    m = _USERS_OPENER.match(text, s, e)
    return m if m is not None and m.group("name")[0].isupper() else None


#: a topic fronted before the clause (claim_frames.toml [topic_first] openers): "When it comes
#: to weight gain, …", "As for headaches — …"
_TOPIC_FRONT = compile_re(r"[\W_]*(?:" + "|".join(sorted((re.escape(o).replace(r"\ ", r"\s+")
                                                          for o in read_toml("claim_frames.toml")["topic_first"]["openers"]),
                                                         key=len, reverse=True))
                          + r")\s+[^,.;:!?\n—–]{2,50}?\s*(?:,|\s[-–—])\s*", re.IGNORECASE)


def _after_topic(data: _Data, text: str, s: int, e: int) -> re.Match[str] | None:
    """The opening subject after a fronted topic ("When it comes to weight gain, Quillora has
    none"): the clause after the topic opens as a sentence would (deny17 review: the topic
    readers needed an earlier sentence naming the product)."""
    m = _TOPIC_FRONT.match(text, s, e)
    return data.opener.match(text, m.end(), e) if m is not None else None


_ANY_WORD = compile_re(r"[A-Za-z0-9]")
_INNER_CAPITAL = compile_re(r"[a-z][A-Z]")


def _plain_coined(text: str, sentences: list[tuple[int, int]], data: _Data,
                  found: dict[str, Intervention]) -> dict[str, list[tuple[int, int]]]:
    """Capitalised words that name a product by their use: ("Quillora is a herbal sleep
    tablet", "I took Quillora every night"): written at least twice, never in lower case,
    at least once in a product's role and at least once inside a sentence (not only where
    one opens, as "There" is), and never where a person, a company or a disease's eponym
    stands (``_no_product``)."""
    if not sentences:
        return {}
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in CAPITALISED_NAME.finditer(text, sentences[0][0], sentences[-1][1]):
        seen[m.group(0)].append(m.span())
    out: dict[str, list[tuple[int, int]]] = {}
    named: list[tuple[int, int]] | None = None
    for word, spans in seen.items():
        if len(spans) < 2:
            continue
        low = word.lower()
        if _key(low) in found or low in found or low in data.not_products or low in data.heads:
            continue
        spans = [sp for sp in spans if _covered(sentences, sp[0])]  # body prose only
        if len(spans) < 2:
            continue
        if named is None:
            named = sorted(span for item in found.values() for span in item.spans)
        if _in_lower_case(text, low) \
                or all(_opens(text, sentences, a) for a, _b in spans) \
                or not any(_in_role(text, a, b, data, heads=False) for a, b in spans):
            continue  # an ordinary word, capitalised only where a sentence opens ("There"), or no product's role
        if any(_covered(named or [], a) for a, _b in spans):
            continue  # a word of a name already found ("the Mediterranean diet", "Doppler ultrasound")
        if not _no_product(text, sentences, spans, data):
            out[low] = spans
    return out


_NEXT_WORDS = compile_re(r"(?:['’]s)?((?:\s+[A-Za-z][\w-]*){1,3})")


def _in_role(text: str, a: int, b: int, data: _Data, heads: bool = True) -> bool:
    """The name at ``[a, b)`` stands as a product: taken or used ("taking Quillora"), acting
    or of a kind ("Quillora contains…", "Quillora is a sleep tablet"), or (with ``heads``,
    for coined names only: "Japanese drug", "Ebola vaccine" are no products) before a head
    word within three words ("the GeneSight test", "DeepRest Sleep Gummies")."""
    if data.role_before.search(text, max(0, a - 30), a) or data.role_after.match(text, b):
        return True
    model = data.model.match(text, b)  # "the BrightWave Pro is …"
    if model is not None and data.role_after.match(text, model.end()):
        return True
    nxt = _NEXT_WORDS.match(text, b) if heads else None
    return nxt is not None and any(w.lower() in data.heads for w in nxt.group(1).split())


def _in_lower_case(text: str, low: str) -> bool:
    """``low`` is written in lower case in ``text`` as a word of its own (or its start)."""
    at = text.find(low)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalpha()) and not text[at + len(low):at + len(low) + 1].islower():
            return True
        at = text.find(low, at + 1)
    return False


def _covered(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` falls inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _opens(text: str, sentences: list[tuple[int, int]], pos: int) -> bool:
    """No word stands before ``pos`` in its sentence."""
    i = bisect.bisect_right(sentences, (pos, len(text) + 1)) - 1
    return i < 0 or not _ANY_WORD.search(text, sentences[i][0], pos)


_PLACE_BEFORE = compile_re(r"\b(?:in|across|throughout)\s+$", re.IGNORECASE)


def _no_product(text: str, sentences: list[tuple[int, int]], spans: list[tuple[int, int]], data: _Data,
                company_only: bool = False) -> bool:
    """A capitalised name that stands for a person, a company, a journal or a disease's
    eponym somewhere in the text: a title or a speech verb ("Dr Quill", "Quill said"), a
    capitalised word before it inside a sentence ("Jane Quill", "LA BioMed"), a company
    suffix ("Quill Biosciences"), "non-" before it, "'s" after most mentions ("Alzheimer's"),
    or a Latin species name after it ("Neisseria meningitidis"). With ``company_only``, only
    the company, journal and capitalised-word cues count (a brand is often its maker's name:
    "FastTrack says…")."""
    possessive = 0
    if not company_only and any(_PLACE_BEFORE.search(text, max(0, a - 12), a) for a, _b in spans) \
            and not any(data.role_before.search(text, max(0, a - 30), a) for a, _b in spans):
        return True  # "in Belgium", never "taking Belgium": a place ("headaches from Zentra" is no place)
    for a, b in spans:
        before = text[max(0, a - 30):a]
        if company_only:
            prev = CAPITALISED_BEFORE.search(before)
            if data.org_before.search(before) or data.org_after.match(text, b) or data.company_after.match(text, b) or (
                    prev is not None and not _opens(text, sentences, a - len(prev.group(0)))):
                return True
            continue
        if data.not_before.search(before) or data.not_after.match(text, b) or data.org_before.search(before) \
                or data.org_after.match(text, b) or data.company_after.match(text, b) or re.match(r"\s+[a-z]{3,}(?:is|ae|ii)\b", text[b:b + 30]):
            return True
        prev = CAPITALISED_BEFORE.search(before)
        if prev is not None and not _opens(text, sentences, a - len(prev.group(0))):
            return True
        possessive += text.startswith(("'s", "’s"), b)
    return not company_only and possessive * 2 > len(spans)


#: A number compound before a kind head word ("the 15-minute procedure", "the one-off jab", "the
#: two-dose vaccine"): it says how the product is given, not that it is another one.
NUMBER_COMPOUND = str(read_toml("interventions.toml")["number_compound"])
#: A determiner that points back at something named before ("the", "this", "our").
_DEFINITE = frozenset({"the", "this", "these", "our", "its", "your"})


@lru_cache(maxsize=1)
def type_modifier() -> re.Pattern[str]:
    """A word between a definite determiner and a kind head word that leaves the phrase a
    reference back to the product ("the whole course", "the 15-minute procedure"): the
    ``type_modifiers`` of ``interventions.toml`` and number compounds (``NUMBER_COMPOUND``)."""
    words = sorted(map(re.escape, read_toml("interventions.toml")["type_modifiers"]), key=lambda w: (-len(w), w))
    return compile_re(r"(?:" + "|".join(words) + "|" + NUMBER_COMPOUND + r")")


def _definite_kind(low: str, start: int) -> bool:
    """The words before the head word at ``start`` of the lower-cased sentence ``low`` only
    say how the product is given, after a definite determiner ("The one-off procedure", "this
    15-minute treatment"). Why: such a phrase refers back to the article's intervention as
    "the procedure" does; read as a name of its own ("one-off procedure") the claim in it was
    another intervention's."""
    return _definite_kind_re().search(low, max(0, start - 60), start) is not None


@lru_cache(maxsize=1)
def _definite_kind_re() -> re.Pattern[str]:
    return compile_re(r"(?<![a-z'-])(?:" + "|".join(sorted(_DEFINITE)) + r")\s+(?:" + type_modifier().pattern
                      + r"\s+){1,2}$")


#: Kinds of intervention a definite kind noun of one kind cannot stand for ("the procedure" is
#: no tablet): the product kinds (drug, diet) against procedures, tests and devices; therapy
#: nouns ("the treatment", "the programme") fit every kind.
_KINDS_APART = {"procedure": {"drug", "diet", "device"}, "test": {"drug", "diet", "device", "procedure", "therapy"},
                "device": {"drug", "diet", "procedure"}, "drug": {"procedure", "device", "test"},
                "diet": {"procedure", "device", "test"}}


def kind_apart(noun: str, kind: str) -> bool:
    """The head word ``noun`` names a kind of intervention (``[heads]``) that the article's main
    intervention, of kind ``kind``, is not ("the procedure" of a tablet, "the tablets" of an
    operation). Why: such a noun refers to another intervention of its kind named near it
    ("Sclerotherapy is the alternative; the procedure can bruise"), not to the product."""
    own = _data().heads.get(noun) or next((_data().heads[s] for s in singular_forms(noun) if s in _data().heads), "")
    return bool(own) and _kind_group(kind) in _KINDS_APART.get(own, set())


def described_kinds(doc: Document, main: Intervention) -> set[str]:
    """The kinds the article gives its main intervention: its own kind (not the "product" of a
    coined name, which says none), and the kind of the head word it is described by ("Velmora
    is a new laser procedure", "Velmora, a nasal spray,")."""
    kinds = {main.kind} if main.kind != "product" else set()
    low = doc.text.lower()
    for m in re.finditer(r"(?<![a-z])" + re.escape(main.name) + r"(?:\s*,|\s+(?:is|was))\s+(?:a|an|the|our)\s+"
                         r"((?:[\w-]+\s+){0,3}?[\w-]+)(?![\w-])", low):
        for word in reversed(m.group(1).split()):
            if word in _data().heads:
                kinds.add(_data().heads[word])
                break
    return kinds


def _key(name: str) -> str:
    """One key for singular and plural ("blood test", "blood tests")."""
    if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "us", "is", "'s")):
        return name[:-1]
    return name


def _kind_group(kind: str) -> str:
    return {"supplement": "diet", "product": "drug"}.get(kind, kind)


@lru_cache(maxsize=1)
def _body_substances() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``interventions.toml``'s ``endogenous``, ``given_before`` and ``given_after``."""
    d = read_toml("interventions.toml")
    return frozenset(d["endogenous"]), frozenset(d["given_before"]), frozenset(d["given_after"])


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """``interventions.toml``'s ``endogenous_heads``."""
    return frozenset(read_toml("interventions.toml")["endogenous_heads"])


def _made_by_body(name: str) -> bool:
    """``name`` is a substance the body makes: listed (``endogenous``: "insulin") or headed by
    a hormone word (``endogenous_heads``: "male hormone", "stress hormone")."""
    return name in _body_substances()[0] or name.rsplit(" ", 1)[-1] in _body_heads()


#: How near a mention a cue of giving must be, in words before and after it.
_GIVEN_BEFORE, _GIVEN_AFTER = 5, 3


def _told_given(sent: str, a: int, b: int) -> bool:
    """The substance named at ``sent[a:b]`` is told as given: a dose, taking it, a route or
    a prescription within a few words before it ("taking melatonin", "doses of insulin",
    "prescribed testosterone"; ``given_before``), a dosage form or a treatment word within a
    few words after it ("insulin injections", "a testosterone patch", "melatonin tablets";
    ``given_after``). Near, since "took blood samples to measure glucose and insulin" has a
    cue of giving that is not the substance's; on its side, since "the body pumps out
    cortisol" is no "cortisol pump"."""
    _body, before_cues, after_cues = _body_substances()
    before = [w.group(0).lower() for w in _WORD.finditer(sent, 0, a)][-_GIVEN_BEFORE:]
    after = [w.group(0).lower() for w in _WORD.finditer(sent, b)][:_GIVEN_AFTER]
    return any(w in before_cues for w in before) or any(w in after_cues for w in after) \
        or _for_condition(after)


def _for_condition(after: list[str]) -> bool:
    """The words after a substance are "for" and a condition the concept lexicon knows
    ("melatonin for jet lag", "testosterone for hypogonadism"): the substance offered as a
    treatment, as a guide's title offers it."""
    from lint_rules.analysis.concepts import get_lexicon

    if not after or after[0] != "for":
        return False
    lexicon = get_lexicon()
    return any(getattr(lexicon.lookup(" ".join(after[1:k])), "kind", "") == "finding" for k in (2, 3))


def _physiology(items: list[Intervention], text: str, title: str) -> list[Intervention]:
    """Of ``items``, the substances the body makes itself (``_made_by_body``: insulin,
    melatonin, "the male hormone"…) that no mention in the article, title included, tells as given. Why: "the
    pancreas secretes insulin" and "produce more serotonin" are physiology the story explains,
    not a treatment whose costs, harms or alternatives the reader needs; one "insulin
    injections" anywhere makes every mention the treatment again, as the article then gives it
    (subject20)."""
    return [i for i in items if _made_by_body(i.name) and not (_given_in(text, i.name) or _given_in(title, i.name))]


def _given_in(text: str, name: str) -> bool:
    """Some mention of ``name`` (lower case) in ``text`` is told as given (``_told_given``)."""
    for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text, re.IGNORECASE):
        s = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        e = min((x for x in (text.find(".", m.end()), text.find("\n", m.end())) if x >= 0), default=len(text))
        if _told_given(text[s:e], m.start() - s, m.end() - s):
            return True
    return False


@lru_cache(maxsize=1)
def _arm_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``interventions.toml``'s ``control_before``, ``result_before`` and ``measure_after``."""
    d = read_toml("interventions.toml")
    return frozenset(d["control_before"]), frozenset(d["result_before"]), frozenset(d["measure_after"])


@lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    """``interventions.toml``'s ``modals``."""
    return frozenset(read_toml("interventions.toml")["modals"])


def _after_modal(sent: str, words: list[re.Match[str]], k: int) -> bool:
    """The word ``words[k]`` follows a modal verb ("could transform treatment"): it is a verb,
    no word of the name after it."""
    return k > 0 and words[k - 1].group(0) in _modals() and not sent[words[k - 1].end():words[k].start()].strip()


def _not_tested(word: str, kind: str) -> bool:
    """``word`` (lower case) before a head word of ``kind`` makes the phrase something the
    study did not test: its control arm ("placebo pills", "a sham procedure", "a normal
    diet", "conventional mammography"), or, for a test or a procedure, its result ("a positive
    biopsy", "a healthier biomarker"). Why: the completeness messages name the article's
    intervention, and a control arm or a result named often in a trial report is no
    intervention whose costs, harms or availability the reader needs."""
    control, result, _measure = _arm_words()
    return word in control or (kind in ("test", "procedure") and word in result)


def _condition_care(words: list[re.Match[str]]) -> bool:
    """The phrase is a condition's name and a general head word ("cancer treatment",
    "osteoporosis drugs", "lung cancer therapy"; ``condition_generic_heads``): the care for
    the condition in general, which the article's own intervention is one of, so it counts
    as "the treatment" does, not as an intervention of its own. A specific kind of care keeps
    its name ("HPV vaccine", "knee surgery", "gene therapy": the head is no general word or
    the modifier no condition)."""
    from lint_rules.analysis.concepts import get_lexicon

    if words[-1].group(0).lower() not in _generic_heads():
        return False
    condition = " ".join(x.group(0).lower() for x in words[:-1])
    found = get_lexicon().lookup(condition)
    return found is not None and getattr(found, "kind", "") == "finding"


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(read_toml("interventions.toml")["condition_generic_heads"])


_NEXT_WORD = compile_re(r"(?:['’]s)?\s+([A-Za-z][a-z-]*)")


def _measured(sent: str, end: int) -> bool:
    """The name ending at ``end`` of ``sent`` is followed by a measure noun ("insulin
    levels", "insulin sensitivity", "vitamin D deficiency"; ``measure_after``): what the
    study measured, not the substance it gave."""
    m = _NEXT_WORD.match(sent, end)
    return m is not None and m.group(1).lower() in _arm_words()[2]


def _candidates(sent: str, data: _Data, low: str = "") -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of the intervention candidates in one sentence (``low``: the
    sentence in lower case with the same offsets, when known); bare heads come back as kind
    ``bare:<kind>``."""
    out: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    listed = data.listed_lower.finditer(low) if low else data.listed.finditer(sent)
    for m in listed:
        name = m.group(0).lower().replace("’", "'")
        listed_as = name.rstrip("0123456789") if name.startswith("vitamin ") and _coded(name) else name  # "vitamin k2" is "vitamin k"
        kind = "drug" if listed_as in data.named_drugs else "supplement"
        # "insulin levels", "vitamin D deficiency": a measure, not the substance given
        out.append((name, ("arm:" if _measured(sent, m.end()) else "") + kind, m.start(), m.end()))
        taken.append(m.span())
    for m in data.drug_shape.finditer(sent):
        word = m.group(0).rstrip("®™")
        if len(word) < 7 and not m.group(0).endswith(("®", "™")):
            continue
        if word.lower() in data.not_drugs or any(a <= m.start() < b for a, b in taken):
            continue
        kind = "product" if m.group(0).endswith(("®", "™")) else "drug"
        out.append((word.lower(), kind, m.start(), m.end()))  # a brand's name is no measure: "Keytruda response"
        taken.append(m.span())
    for m in data.code_shape.finditer(sent):
        prefix = re.split(r"[-\d]", m.group(0))[0]
        if prefix in data.not_codes or any(a <= m.start() < b for a, b in taken):
            continue
        out.append((m.group(0).lower(), "drug", m.start(), m.end()))
        taken.append(m.span())
    for m in (data.coined.finditer(sent) if _INNER_CAPITAL.search(sent) else ()):
        word = m.group(0)
        if word.lower() in data.not_products or any(a <= m.start() < b for a, b in taken):
            continue  # (a company's name, "ChromaDex Corp.", is dropped in ``find_in_text``, which sees every mention)
        out.append((word.lower(), "product", m.start(), m.end()))
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
        arm = -1  # where a word before the head makes the phrase an arm, a result or a measure
        while j > 0 and i - j < 3:
            prev = words[j - 1]
            between = sent[prev.end():words[j].start()]
            low = prev.group(0).lower()
            if arm < 0 and between.strip() in ("", "-") and _not_tested(low, head_kind):
                arm = j - 1  # "a placebo pill", "a sham procedure", "a positive biopsy"
            if between.strip() not in ("", "-") or low in data.never or low.endswith(("ly", "n't")) \
                    or (low.endswith("ing") and low not in data.ing_modifiers) \
                    or (low.endswith("ed") and low in data.verbs_past) or _after_modal(sent, words, j - 1):
                break
            j -= 1
        if arm > j:
            arm = -1  # inside the name, not before it: "birth control pills", "weight control diet"
        start = words[j].start()
        if arm >= 0:
            # no candidate, nor a reference to one ("the standard treatment"); still a thing
            # named, another than the subject, when the phrase has words of its own
            if j < i and not any(start <= a < w.end() for a, _b in taken) \
                    and not _definite_kind(sent.lower(), w.start()):
                name = " ".join(x.group(0).lower() for x in words[j:i + 1]).replace("’", "'")
                out.append((name, "arm:" + head_kind, start, w.end()))
            taken.append((words[arm].start(), w.end()))
            continue
        if any(start <= a < w.end() for a, _b in taken):
            continue  # "kratom extract", "statin drugs": counted under the name
        if j == i or _definite_kind(sent.lower(), w.start()):
            out.append(("", "bare:" + head_kind, w.start(), w.end()))
            continue
        name = " ".join(x.group(0).lower() for x in words[j:i + 1]).replace("’", "'")
        if _body_system(name):
            # "the immune system", "a health system": the body or an organisation, no
            # candidate; still a thing a sentence names, as a measure is ("supports a stronger
            # immune system" says what a product does to it)
            out.append((name, "arm:" + head_kind, start, w.end()))
            taken.append((start, w.end()))
            continue
        out.append((name, ("care:" if _condition_care(words[j:i + 1]) else "") + head_kind, start, w.end()))
        taken.append((start, w.end()))
    return out


@lru_cache(maxsize=1)
def _body_system_words() -> frozenset[str]:
    """``interventions.toml``'s ``body_system_words``."""
    return frozenset(read_toml("interventions.toml")["body_system_words"])


def _body_system(name: str) -> bool:
    """``name`` is "system(s)" right after a body or organisation word ("immune system",
    "central nervous system", "heart's electrical system", "NHS health-care system";
    ``body_system_words``): a part of the body or an organisation, never a device. Why: the
    completeness rules asked an article on a cancer vaccine for the costs of "the immune
    system"; a device keeps its name ("da Vinci robotic system", "intrauterine system")."""
    words = name.split()
    return len(words) > 1 and words[-1] in ("system", "systems") and words[-2] in _body_system_words()


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
                       # "one of the inactive ingredients in the tablets is peanut oil"
                       r"ingredients?\s+(?:in|of)\s+(?:[\w-]+\s+){1,4}?(?:is|are|include|includes|including)|"
                       r"(?:packed|formulated|enriched|fortified)\s+with|"
                       # "It supports bone health with 100 micrograms of vitamin K2": a dose of it
                       r"with(?=\s+(?:about\s+|up\s+to\s+)?\d[\d,.]*\s*(?:mg|mcg|g|iu|milligrams?|micrograms?)\s+of\s))\s+"
                       r"(?:(?:about|up\s+to|at\s+least|\d[\d,.]*\s*(?:mg|mcg|g|iu|%|milligrams?|micrograms?)|of|"
                       r"the|a|an|pure|natural|concentrated|standardi[sz]ed|extra|high-dose)\s+){0,4}$")
#: The product described by its ingredient and its form ("NoxMist is an oral melatonin spray",
#: "Calmora, a calcium chew"): the ingredient named is the product's.
_IS_A = compile_re(r"(?:\b(?:is|are|'s|'re)|,)\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,3}$")


@lru_cache(maxsize=1)
def _form_after() -> re.Pattern[str]:
    """A product form within two words ("… melatonin spray", "… shingles vaccine"), of
    ``interventions.toml`` ``described_forms``."""
    forms = read_toml("interventions.toml")["described_forms"]
    return compile_re(r"(?:\s+[\w-]+){0,2}?\s+(?:" + "|".join(forms) + r")(?![a-z])")


@lru_cache(maxsize=1)
def _forms() -> re.Pattern[str]:
    """The product-form words of ``interventions.toml`` (``opener_forms`` and
    ``described_forms``): "the capsules", "lozenges", "this tea" and "the oil" refer back to
    the product."""
    d = read_toml("interventions.toml")
    words = sorted({re.escape(w) for w in d["opener_forms"]} | set(d["described_forms"]), key=lambda w: (-len(w), w))
    return compile_re(r"(?:" + "|".join(words) + r")")


def refers_to_product(text: str) -> bool:
    """``text`` (lower case) refers to a product without naming it: a pronoun or a definite
    head word of a kind ("it", "this serum", "the tablets"), or a product form word
    ("Drivelle syrup", "energy shots")."""
    return bool(_data().anaphor.search(text) or re.search(r"(?<![a-z])" + _forms().pattern + r"(?![a-z])", text))


def _is_form(*words: str) -> bool:
    return any(_forms().fullmatch(w) for w in words)


def _kind_word(word: str) -> bool:
    """A head word of a kind ("surgery", "vaccine", "foods") or a product form ("oil",
    "capsules"): shared by two names, it does not make them one."""
    return word in _data().heads or any(s in _data().heads for s in singular_forms(word)) or _is_form(word)


#: Right after a name: it is part of another product ("curcumin, the active ingredient in
#: turmeric", "melatonin, found in Sleepwell gummies").
_PART_OF = compile_re(r",?\s+(?:(?:the|a|an)\s+)?(?:(?:active|main|key)\s+)?(?:ingredient|compound|component)\s+"
                      r"(?:in|of)\s+(?:(?:the|our)\s+)?|,?\s+(?:which\s+is\s+)?found\s+in\s+(?:(?:the|our)\s+)?")


@lru_cache(maxsize=1)
def _clause_open() -> re.Pattern[str]:
    """Where a clause begins, looking back from a claim: a semicolon, colon or spaced dash, a
    conjunction that opens a new clause with its own subject ("…, while oats lower it"), or a
    reported clause after a reporting verb ("experts say that oats …", "she warned oats …"; the
    verbs of the ``reporting`` class of ``lexicon_wordnet.toml``, through
    ``claim_reader.reporting_verbs``) or after a verb of finding or belief, which that class of
    saying verbs does not hold ("tests showed it lowered …")."""
    from lint_rules.analysis.claim_reader import reporting_verbs

    return compile_re(r"[;:]|\s[-–—]\s|(?:,\s*|\s|^)(?:but|whereas|while|although|though|because|since|yet|so|"
                      r"after|before|when|if|once|unless|until)\s+(?=[a-z])"
                      r"|(?<![a-z])(?:" + reporting_verbs() + r"|shows?|showed|shown|found|finds?|reports?|reported|"
                      r"claims?|claimed|thinks?|believes?|believed)\s+(?:that\s+)?(?=[a-z])")
#: A phrase fronted before the clause's subject and closed by a comma ("Unlike butter,", "By
#: contrast,", "In a 2019 trial,", "Taken daily,"): the subject comes after it.
_FRONTED = compile_re(r"\s*(?:unlike|like|compared\s+(?:with|to)|as\s+with|by|in|on|for|after|with|without|however|"
                      r"instead|meanwhile|also|still|then|according\s+to|as|besides|despite|at|over|among|"
                      r"taken|used|eaten|when|once|if|[a-z]+ly)(?![a-z])[^,.;:]{0,60},\s*")
#: A comment between commas right after the subject ("Oats, unlike coconut oil, …", "Oats, by
#: contrast, …", "Ginkgo, experts say, …"): the subject is the one before it.
_ASIDE_AFTER = compile_re(r"\s*,\s*[^,.;:]{1,60},\s*")
#: Words that open a subject which refers back to the article's product or names people or
#: research, not another food or drug: a pronoun or a determiner ("it", "the oil", "these
#: capsules", "our tea"); the clause's subject is then not read here.
_REFERS_BACK = frozenset({"it", "they", "this", "these", "that", "those", "the", "our", "your", "its", "their",
                          "my", "his", "her", "each", "every", "a", "an", "such", "he", "she", "we", "you", "i",
                          "some", "many", "most", "any", "no", "both", "either", "neither", "all"})
#: A passive clause's agent after the claim's words ("LDL cholesterol is lowered by oats",
#: "bloating is often caused by beans"): "by" (with "eating", "drinking" …) close after it.
_PASSIVE_BY = compile_re(r"\bby\s+(?:(?:eating|drinking|taking|using|consuming)\s+)?")
_BE_PARTICIPLE = compile_re(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")
#: A non-restrictive relative clause's opening (", which", ", who"); what ends one before the
#: words asked about is ``boundaries.RELATIVE_CLAUSE_STOP``, a name in its antecedent
#: ``boundaries.CAPITALISED_NAME``.
_RELATIVE_OPEN = compile_re(r",\s+(?:which|who)\s")
#: A relative pronoun right before a passive ("… LDL cholesterol that is raised by red meat",
#: "… bloating, which is eased by ginger"): the passive is said of the noun before it, so
#: its agent is the subject of that relative clause, not of the claim's.
_RELATIVE_BEFORE = compile_re(r"(?:^|[\s,])(?:that|which|who|whom)\s+(?:[a-z]+\s+)?$")
#: Joins one item of a coordinated subject to the next ("Oats and coconut oil", "oats,
#: barley or coconut oil").
_LIST_JOIN = compile_re(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|and/or|&)\s+)(?:also\s+)?")
#: Right after a name, the same product by another name: in brackets ("Prozac (fluoxetine)")
#: or in an appositive aside that names it ("Prozac, the brand name of fluoxetine, …",
#: "Prozac, also sold as fluoxetine, …"); a comparison in an aside ("Oats, unlike coconut
#: oil, …") is no appositive.
_SAME_AFTER = compile_re(r"\s*\(([^()]{1,60})\)|\s*,\s*((?:the|a|an|also|or|known|sold|marketed|generic|"
                         r"brand)(?![a-z])[^,.;:()]{0,60}),")
_NOT_SAME = compile_re(r"(?<![a-z])(?:unlike|like|than|versus|vs|compared|rather|instead|not|and|plus|with|"
                       r"without|or\s+other|such\s+as|including)(?![a-z])")
_LOW_WORD = compile_re(r"[a-z][a-z'’-]*")
_NEXT_TOKEN = compile_re(r"['’]?s?\s*(,|[a-z][a-z'’-]*)")
#: After a subject: an auxiliary, a modal, a negation or a frequency adverb.
_VERBISH = frozenset({"is", "are", "was", "were", "can", "may", "might", "could", "will", "would", "should", "must",
                      "does", "do", "did", "has", "have", "had", "also", "often", "not", "never", "cannot", "alone",
                      "itself", "themselves", "too", "actually", "really", "usually", "typically", "generally",
                      "rarely", "sometimes", "seems", "seem", "appears", "appear", "tends", "tend", "helps", "help",
                      "and", "or"})


@lru_cache(maxsize=1)
def _food_modifiers() -> frozenset[str]:
    """How a food is prepared or which kind it is, before its name (``interventions.toml``
    ``food_modifiers``): "raw garlic", "fresh ginger", "red wine" (where the food list lacks
    the compound) have the food as their subject."""
    return frozenset(read_toml("interventions.toml")["food_modifiers"])


@lru_cache(maxsize=1)
def _foods() -> frozenset[str]:
    """Foods, drinks and drugs by their WordNet 3.0 names (``knowledge/foods_drugs_wordnet.txt``,
    built by ``tools/build_wordnet_foods.py``) and the everyday foods of
    ``foods_everyday.txt``: a clause whose own subject is one of these is about it."""
    return frozenset(read_lines("foods_drugs_wordnet.txt")) | frozenset(read_lines("foods_everyday.txt"))


def foods_and_drugs() -> frozenset[str]:
    """The foods, drinks and drugs of ``_foods`` (WordNet 3.0 and ``foods_everyday.txt``), for
    readers that ask whether a word names a second thing taken ("X with coffee")."""
    return _foods()


def drug_word(word: str) -> bool:
    """``word`` (lower case) names a drug, supplement, food or drink by the lists the
    interventions reader uses (the listed supplements and approved drugs, a drug stem's shape,
    the WordNet foods and drugs of ``_foods``), whether or not the article's reading found it:
    "the gemcitabine group" is an option's arm."""
    d = _data()
    if word in d.not_drugs:
        return False
    return bool(d.listed_lower.fullmatch(word) or d.drug_shape.fullmatch(word)) \
        or any(f in _foods() for f in singular_forms(word))


def _food_at(words: list[str]) -> tuple[str, int] | None:
    """The food, drink or drug that ``words`` open with (the longest name of up to three
    words, its last word read in the singular too), and how many words it takes."""
    foods = _foods()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        head = " ".join(words[:n - 1])
        for last in singular_forms(words[n - 1]):
            name = f"{head} {last}" if head else last
            if name in foods:
                return name, n
    return None


#: A bracket with a dose right after a name ("Calmora (melatonin 3 mg)").
_DOSED_BRACKET = compile_re(r"[®™]?\s*\((?=[^()]{0,60}\d\s*(?:mg|mcg|µg|g|iu|ml|%)(?![a-z]))[^()]{3,60}\)", re.IGNORECASE)


class SentenceSubjects:
    """The interventions each sentence names, and the one a span in it is about."""

    def __init__(self, doc: Document) -> None:
        from lint_rules.document import BODY

        self.low = lowered(doc)
        self.text = doc.text
        sents = doc.sentences
        self.starts = [s.start for s in sents]
        self.spans = [(s.start, s.end) for s in sents]
        found = interventions(doc)
        self.main = found.main.name if found.main is not None else ""
        # a reference back ("it", "the tablet") is read as the main product only in a short
        # passage; in an article it as often means the comparator named just before
        self.short = sum(doc.blocks[s.block].role == BODY for s in sents) <= _data().short_sentences
        # the study's arms, results and measures too: another thing than the subject
        self.kinds = {item.name: _kind_group(item.kind) for item in found.named}
        named: list[list[tuple[int, str]]] = [[] for _ in sents]
        objects: list[set[str]] = [set() for _ in sents]
        self.placed: list[list[tuple[int, str]]] = [[] for _ in sents]  # subjects and objects
        for item in found.named:
            for start, _end in item.spans:
                i = bisect.bisect_right(self.starts, start) - 1
                if i < 0:
                    continue
                self.placed[i].append((start, item.name))
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
        #: ingredient -> the form words its declaration gives the product ("Painaway is an
        #: ibuprofen gel": gel), so "ibuprofen tablets" is another product (``subject``)
        self.alias_forms: dict[str, frozenset[str]] = {}
        self.alias = self._ingredients(doc, found.all)
        if found.main is not None and found.main.kind == "product":
            # "Calmora (melatonin 3 mg) is sold as …": an ingredient in a bracket with its dose
            # right after the page's own product is that product's (as ``context.declared`` reads
            # it for the agents; first19: a kept name made it the page's where no candidate did)
            for _a, b in found.main.spans:
                par = _DOSED_BRACKET.match(doc.text, b)
                if par is None:
                    continue
                for item in found.all:
                    if item is not found.main and any(par.start() < x < par.end() for x, _y in item.spans):
                        self.alias.setdefault(item.name, found.main.name)
        for item in found.all:
            # "addiction treatment", the best candidate but read as a reference to the
            # named approach: a sentence about either is about the article's subject
            if item.stands_for and item.name not in self.alias:
                self.alias[item.name] = item.stands_for
        appositive: dict[str, set[str]] = defaultdict(set)  # kind -> coined names set beside it
        # the page's product has a name of its own ("Gripvax is this year's flu vaccine"): another
        # coined name set beside a kind is a second product of that kind, not the page's (name18 review)
        own_name = found.main.name if found.main is not None and found.main.kind == "product" else ""
        for i, (a, b) in enumerate(self.spans):
            for p, n in self.placed[i]:
                coined = _appositive_name(doc.text, a, b, p, p + len(n))
                if not coined or coined in self.alias or coined == n or (own_name and coined != own_name):
                    continue
                if _marked_other(self.low, a, p, n):
                    continue  # "Fluzeen, a rival flu vaccine, …", "the older flu vaccine, Fluzeen, …"
                appositive[self.alias.get(n, n)].add(coined)
        for kind, coined_names in appositive.items():
            if len(coined_names) == 1:  # (two brands of one kind, "Brexo, a rival flu vaccine": neither is the kind)
                self.alias[next(iter(coined_names))] = kind  # "Gripvax, a flu vaccine, …" (name18)

    def _ingredients(self, doc: Document, found: list[Intervention]) -> dict[str, str]:
        """Ingredient -> product, where the article says the product contains it
        ("turmeric capsules, which contain curcumin"; "curcumin, the active ingredient in
        turmeric"): a claim about the ingredient is then a claim about the product."""
        if len(found) < 2 or not any(w in self.low for w in ("contain", "ingredient", "made ", "found in",
                                                            "derived", "with", " is a", " is an", ", the ", ", a ", ", an ")):
            return {}
        alias: dict[str, str] = {}
        spans = sorted((start, end, item.name) for item in found for start, end in item.spans)
        for k, (start, end, name) in enumerate(spans):
            i = bisect.bisect_right(self.starts, start) - 1
            if i < 0:
                continue
            a, b = self.spans[i]
            if _CONTAINS.search(self.low, max(a, start - 45), start) or (
                    _IS_A.search(self.low, max(a, start - 40), start)
                    and (_form_after().match(self.low, end) or _form_after().search(" " + name) is not None)):
                # "NoxMist is an oral melatonin spray"; "Varizon, the two-dose shingles vaccine": a
                # description of the product by its kind is the product
                form = _form_after().match(self.low, end)
                if form is not None:
                    self.alias_forms[name] = frozenset(singular_forms(form.group().split()[-1]))
                before = [n for s, _e, n in spans[:k] if a <= s < start and n != name]
                # the product of the ingredient's own clause when it names one ("Relaxo drops
                # contain CBD, and Sleepo drops contain melatonin": Sleepo's; name17), else the
                # sentence's first name ("turmeric capsules, which contain curcumin")
                own = [n for s, _e, n in spans[:k] if clause_start(self.low, a, start) <= s < start and n != name]
                product = own[-1] if own else before[0] if before else self.subjects[i]
                if product == name and not before and self.main and self.main != name:
                    # "One of the inactive ingredients in Zocor is peanut oil", the product
                    # unnamed as a candidate: the article's main intervention
                    product = self.main
                elif product == name and not before and i > 0 and self.named[i - 1]:
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

    def clause_subject(self, i: int, pos: int, end: int) -> str:
        """The food, drug or intervention that is the grammatical subject of the clause of
        sentence ``i`` holding the words ``[pos, end)`` (or the agent of its passive: "LDL is
        lowered by oats"), when it is not the article's main intervention; else "". A subject
        that refers back ("it", "the capsules", "this tea", "our oil") or is the main one
        under any of its names ("Coconut oil's fats", a brand the article says is it) gives ""
        and leaves the claim to the usual reading. Why: a contradiction needs both claims to be
        about one intervention, and "Oats lower LDL cholesterol" in an article about coconut
        oil is about oats, though oats are no candidate of the analysis."""
        a, b = self.spans[i]
        low = self.low
        lo = clause_start(low, a, pos, _clause_open())
        front = _FRONTED.match(low, lo, pos)
        if front is not None:
            lo = front.end()
        found = self._subject_at(i, lo, pos)
        if found is None:
            # a passive: the participle, then "by" and its agent, close after the claim's start
            # (not a passive in a relative clause after the claim's words, said of their
            # object: "It lowers LDL cholesterol that is raised by red meat"; one whose
            # relative pronoun is inside the claim's words holds the claim's verb)
            be = next((m for m in _BE_PARTICIPLE.finditer(low, lo, min(b, end + 40))
                       if (rel := _RELATIVE_BEFORE.search(low, max(lo, m.start() - 20), m.start())) is None
                       or rel.start() < end), None)
            by = _PASSIVE_BY.search(low, be.end(), min(b, be.end() + 30)) if be is not None else None
            if by is not None and by.start() >= pos:
                found = self._subject_at(i, by.end(), b)
        return found or ""

    def in_others_relative(self, i: int, pos: int) -> bool:
        """The words at ``pos`` of sentence ``i`` sit in a relative clause set off by a comma
        (", which had been associated with heart problems") whose antecedent names something
        other than the article's main intervention: a capitalised name inside the sentence
        ("… the previous drugs, Fen-Phen or Meridia, which …") that is none of the main one's
        names, within the five words before the comma. Why: such a clause says what that other thing does; the effect in it is no
        claim about the product the sentence opens with ("it does not have the same problems
        as …")."""
        a, _b = self.spans[i]
        rel = None
        for m in _RELATIVE_OPEN.finditer(self.low, a, pos):
            rel = m
        if rel is None or RELATIVE_CLAUSE_STOP.search(self.low, rel.end(), pos):
            return False  # no relative clause, or another clause begins before the words
        # the antecedent: the words right before the comma, back to the comma or the clause
        # word before them, at most five words ("Slimorex or Meridia"; not "Doctors in Boston
        # prescribe the pill")
        lo = max(a + 1, self.text.rfind(",", a, rel.start()) + 1)
        words = self.text[lo:rel.start()].split()[-5:]
        if len(self.text[lo:rel.start()].split()) > 5:
            return False
        names = [w for w in words if CAPITALISED_NAME.fullmatch(w.strip("()")) and (not w.isupper() or len(w) > 4)]
        return bool(names) and not any(self.is_main(w.strip("()").lower()) for w in names)

    def _subject_at(self, i: int, lo: int, stop: int) -> str | None:
        """The food, drug or intervention whose name opens the words at ``lo`` (before
        ``stop``) as their subject, the article's main intervention when it is that one under
        another name; None when the words refer back or open with no such name."""
        low = self.low
        words = [(m.start(), m.group(0).replace("’", "'")) for m in _LOW_WORD.finditer(low, lo, min(stop, lo + 80))]
        if not words or words[0][0] >= stop:
            return None
        if words[0][1] in _REFERS_BACK:
            return None
        # a name the analysis knows, opening the clause: the main one, or another one set
        # against it in the same sentence ("Fish oil, unlike coconut oil, lowers …"), where the
        # usual reading gives the claim to the main one; otherwise the usual reading holds
        known = next(((p, n) for p, n in sorted(self.placed[i]) if p == words[0][0]), None)
        if known is not None:
            if known[1] in self.alias_forms and self._other_form(i, known[1]):
                return known[1]  # "ibuprofen tablets …" on a page about an ibuprofen gel (name17)
            name = self.alias.get(known[1], known[1])
            if self.is_main(name):
                return self.main
            after = low.find(known[1], known[0]) + len(known[1])
            if after > stop:
                return None  # the claim's own words ("Local injection site reactions")
            if self.kinds.get(name) in ("drug", "diet") and self.main in {n for _, n in self.named[i]} \
                    and self._verb_next(after, stop):
                return self.main if self._main_joined(i, after, stop) else name
            return None
        plain = [w.removesuffix("'s").removesuffix("'") for _, w in words[:4]]
        for skip in (0, 1):  # one modifier may stand first ("porridge oats", "raw garlic")
            if skip and not (plain[0] in _food_modifiers() or _food_at(plain[:1])):
                break  # ("Capsules that contain cinnamon", "Those eating oats": no modifier of a food)
            hit = _food_at(plain[skip:])
            if hit is None:
                continue
            name, n = hit
            last = words[skip + n - 1]
            if last[0] >= stop:
                return None  # the claim's own words ("blood sugar drops")
            if self.is_main(name) or any(self.is_main(w) for w in plain[:skip + n]):
                return self.main  # "Coconut oil's fats", "virgin coconut oil": the article's own
            first = words[skip][0]
            if self.text[first:first + 1].isupper() and first > self.spans[i][0] \
                    and not self.text[first:first + 2].isupper():
                return None  # a capital inside the sentence: a person or a brand ("when Dahl arrived")
            written = plain[skip + n - 1]
            kind = _data().heads.get(name) or _data().heads.get(written)
            if kind is not None or _is_form(name, written):
                # a kind word ("the tea", "capsules", "statins") refers back to the product of
                # its kind; said of another kind of product than the article's ("Statins lower
                # LDL" in an article about a food) it names that other kind
                main_kind = self.kinds.get(self.main, "")
                if kind in ("drug", "diet") and main_kind in ("drug", "diet") and _kind_group(kind) != main_kind \
                        and self._verb_next(last[0] + len(last[1]), stop):
                    return name
                return None
            if not self._verb_next(last[0] + len(last[1]), stop):
                return None  # "Anti-inflammatory diets", "Cigarette smoke": the name modifies another noun
            return self.main if self._main_joined(i, last[0] + len(last[1]), stop) else name
        return None

    def _main_joined(self, i: int, at: int, stop: int) -> bool:
        """The name ending at ``at`` is the article's main intervention by another name, or
        one item of a coordinated subject that holds it. Why: "Oats and coconut oil lower LDL
        cholesterol" says it of coconut oil too, and "Prozac (fluoxetine) can cause weight
        gain" or "Prozac, the brand name of fluoxetine, …" says it of fluoxetine, so the
        claim stays the main intervention's."""
        low = self.low
        same = _SAME_AFTER.match(low, at, stop)
        if same is not None:
            inner = same.group(1) if same.group(1) is not None else same.group(2)
            g = 1 if same.group(1) is not None else 2
            if not _NOT_SAME.search(inner) and any(
                    same.start(g) <= p < same.end(g) and self.is_main(self.alias.get(n, n))
                    for p, n in self.placed[i]):
                return True
        for _ in range(6):  # the items of a list, each a name the analysis or the food list knows
            join = _LIST_JOIN.match(low, at, stop)
            if join is None or join.end() >= stop:
                return False
            item = self._item_at(i, join.end(), stop)
            if item is None:
                return False
            name, at = item
            if self.is_main(name):
                return True
        return False

    def _item_at(self, i: int, lo: int, stop: int) -> tuple[str, int] | None:
        """The name (a candidate of the analysis or a food, one preparation word allowed
        before it) that the words at ``lo`` open with, and where it ends."""
        low = self.low
        known = next((n for p, n in self.placed[i] if p == lo), None)
        if known is not None:
            return self.alias.get(known, known), lo + len(known)
        words = [(m.start(), m.group(0).replace("’", "'")) for m in _LOW_WORD.finditer(low, lo, min(stop, lo + 60))]
        if not words or words[0][0] != lo:
            return None
        plain = [w.removesuffix("'s").removesuffix("'") for _, w in words[:4]]
        for skip in (0, 1):
            if skip and plain[0] not in _food_modifiers():
                break
            known = next((n for p, n in self.placed[i] if len(words) > skip and p == words[skip][0]), None)
            if known is not None:
                return self.alias.get(known, known), words[skip][0] + len(known)
            hit = _food_at(plain[skip:])
            if hit is not None:
                last = words[skip + hit[1] - 1]
                return hit[0], last[0] + len(last[1])
        return None

    def _verb_next(self, at: int, stop: int) -> bool:
        """What follows a name at ``at`` makes it the subject: the claim's own words, an
        aside's comma, an auxiliary or adverb, a product form ("cinnamon capsules") or a word
        in -s or -ed that is no kind word ("Oats lower", "Coffee raises", "NSAID users")."""
        m = _NEXT_TOKEN.match(self.low, at)
        if m is None:  # the clause ends, or another name is joined on ("ibuprofen-acetaminophen")
            return at >= stop or self.low[at:at + 1].strip() in ("", ".", "!", "?", ";", ":", ")", '"', "”")
        if at >= stop or m.start(1) >= stop or m.group(1) == "," or self.low[at - 1:at] in ("'", "’") \
                or self.low[at:at + 2] in ("'s", "’s"):
            return True  # (a possessive: "oats' fibre", "coconut oil's fats")
        word = m.group(1)
        if word in _VERBISH or _is_form(word):
            return True
        return word.endswith(("s", "ed")) and word not in _data().heads

    def is_main(self, name: str) -> bool:
        """``name`` (a name this analysis placed, lower case) is the article's main
        intervention, or shares a word other than a kind or form word with it ("coconut" of
        "coconut oil"; not "oil" of "olive oil"), or is an ingredient read as it. Why: every
        reader that must tell the product from another thing named near a claim ("it does not
        have the side effects of aspirin") asks this one question, so they all agree on which
        names are the product's; ``main_between`` and ``other_between`` ask it of a span."""
        if not self.main:
            return False
        if name == self.main or self.alias.get(name) == self.main:
            return True
        mains = (self.main, *(k for k, v in self.alias.items() if v == self.main))
        own = {w for n in mains for w in re.findall(r"[a-z0-9-]{3,}", n) if not _kind_word(w)}
        words = re.findall(r"[a-z0-9-]{3,}", name)
        if not any(s in own for w in words if not _kind_word(w) for s in singular_forms(w)):
            return False
        # one food in two forms is two products ("soy supplements", "soy foods")
        forms = {w for w in words if _kind_word(w)}
        main_forms = {w for n in mains for w in re.findall(r"[a-z0-9-]{3,}", n) if _kind_word(w)}
        return not (forms and main_forms and not forms & main_forms)

    def describes_main(self, i: int, pos: int) -> bool:
        """The name at ``pos`` of sentence ``i`` describes the main intervention named before it
        in the sentence ("Velmora is a new laser procedure", "Velmora, a two-dose jab,"): the
        product's own kind, not another intervention."""
        a, _b = self.spans[i]
        return _IS_A.search(self.low, max(a, pos - 40), pos) is not None and self.main_between(i, a, pos)

    def main_between(self, i: int, lo: int, hi: int) -> bool:
        """Sentence ``i`` names the article's main intervention (under any of its names, or
        an ingredient read as it) at an offset in ``[lo, hi)``. Why: a reading that needs the
        product as the object of a verb ("since I started Gastrol", "mixing Warfex with
        aspirin") must find it there, not merely somewhere in the article."""
        return any(lo <= p < hi and self.is_main(n) for p, n in self.placed[i])

    def other_between(self, i: int, lo: int, hi: int) -> bool:
        """Sentence ``i`` names, at an offset in ``[lo, hi)``, an intervention that is not
        the article's main one (``is_main``). Why: a claim, a table or a heading that names
        another product there ("Ibuprofen interactions: none", "Flu vaccines are safe") is
        that product's, not the article's."""
        return any(lo <= p < hi and not self.is_main(n) for p, n in self.placed[i])

    def names(self, i: int) -> frozenset[str]:
        out = frozenset(n for _, n in self.named[i]) | frozenset(self.objects[i])
        return frozenset(self.alias.get(n, n) for n in out) if self.alias else out

    def spans_named(self, i: int) -> list[tuple[int, str]]:
        """(offset, name) of every intervention sentence ``i`` names, as subject or object
        (an ingredient read as its product), in the order written."""
        return sorted((p, self.alias.get(n, n)) for p, n in self.placed[i])

    def subject(self, i: int, pos: int, end: int, kind: str = "") -> str:
        """The intervention the span ``[pos, end)`` of sentence ``i`` is about (a named
        ingredient read as the product that contains it)."""
        name = self._subject(i, pos, end, kind)
        if name in self.alias_forms and self._other_form(i, name):
            return name  # "ibuprofen tablets" on a page about an ibuprofen gel: another product (name17)
        return self.alias.get(name, name) if self.alias else name

    def _other_form(self, i: int, name: str) -> bool:
        """Sentence ``i`` writes the ingredient ``name`` before a product form that is not the
        one the product's declaration gives it ("Painaway is an ibuprofen gel" … "ibuprofen
        tablets can upset the stomach"): one ingredient in two forms is two products, as
        ``is_main`` reads two forms of one food. Why (name17, class 1's hard negative): a
        truly different product with the same ingredient is not the page's."""
        own = self.alias_forms.get(name, frozenset())
        for p, n in self.placed[i]:
            if n != name:
                continue
            after = re.match(r"\s+([a-z-]+)", self.low[p + len(name):p + len(name) + 30])
            if after is not None and _is_form(after.group(1)) and not own & frozenset(singular_forms(after.group(1))):
                return True
        return False

    def _subject(self, i: int, pos: int, end: int, kind: str = "") -> str:
        """The main intervention when the sentence names it (unless it contrasts it with
        another: "St John's wort, by contrast, …"), else the one named last before the
        span, else one named right after it as its cause ("a known side effect of
        aspirin"), else the sentence's default (the main intervention)."""
        # (an interaction's or an allergen's other party is its object or its topic, whatever
        # the clause opens with: "Grapefruit juice raises blood levels of it", "Soy lecithin is
        # among its ingredients"; a food that undoes a result is the cause of its course, not
        # another product: "Coffee and red wine will restain your teeth")
        own = self.clause_subject(i, pos, end) if kind not in ("interaction", "scope", "course") else ""
        if own:
            return own  # "Oats lower LDL", "Oats, unlike coconut oil, lower LDL": the clause's own subject
        names = [(p, n) for p, n in self.named[i] if not (pos <= p < end)]
        if not names:
            return self.subjects[i]
        only = [n for _, n in names]
        a, b = self.spans[i]
        contrast = _CONTRAST.search(self.low, a, b)
        if self.main and self.main in only and (kind == "interaction" or not contrast):
            return self.main
        before = [n for p, n in names if p <= pos]
        if before and self.main and self.short and not contrast:
            # "Clinical tests on its key herb showed it reduced …": in a short passage, a
            # reference back ("it", "the tablet") between the last name and the claim is the
            # passage's product, unless a head word names the kind of that last name ("…
            # with beta carotene, those taking the supplement …")
            last, name = max((p, n) for p, n in names if p <= pos)
            ref = _data().anaphor.search(self.low, min(last + len(name), pos), pos)
            if ref is not None and (ref.group(0) in ("it", "they") or self.kinds.get(name) != _kind_group(
                    _data().heads.get(ref.group(0).split()[-1], ""))):
                return self.main
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


@dataclass(frozen=True)
class Parts:
    """The product's parts and steps as the page names them (``[parts]`` of interventions.toml):
    ``parts`` are the head nouns the page gives the product ("X comes with a magnetic cradle"
    -> "cradle"), ``steps`` the verbs of what is done in it with the words of what it is done
    to ("During X, a doctor pushes dye through the tubes" -> "push" {"dye", "tubes"})."""

    parts: frozenset[str]
    steps: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _parts_data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    d = read_toml("interventions.toml")["parts"]
    return (compile_re(r"\s+(?:\w+ly\s+)?(?:" + d["having"] + r")\s+" + d["part_lead"] + r"\s*"
                       r"(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)" + d["part_end"]),
            compile_re(r"^\W*(?:" + d["step_opening"] + r")(?P<name>[^,]{2,40}),\s*(?:[\w-]+\s+){0,3}?(?P<verb>[a-z]+s)\s"),
            compile_re(r"(?:" + d["of_owner"] + r")"),
            frozenset(d["other_owner"]))


@lru_cache(maxsize=4)
def _parts_words(key: str) -> frozenset[str]:
    """A word list of ``[parts]`` in interventions.toml."""
    return frozenset(read_toml("interventions.toml")["parts"][key])


def product_parts(doc: Document) -> Parts:
    """The main product's parts and steps (once per document)."""
    return doc.analysis("interventions.parts", _find_parts)


def _find_parts(doc: Document) -> Parts:
    main = sentence_subjects(doc).main
    if not main:
        return Parts(frozenset(), {})
    having, step, _of, _other = _parts_data()
    low = doc.text.lower()
    name = re.escape(main)
    parts: set[str] = set()
    steps: dict[str, frozenset[str]] = {}
    for s in doc.sentences:
        text = low[s.start:s.end]
        for m in re.finditer(rf"(?<![a-z]){name}(?:'s|’s)?(?![a-z])", text):
            if text[m.end() - 2:m.end()] in ("'s", "’s"):
                head = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)" + read_toml("interventions.toml")["parts"]["possessed_verb"],
                                text[m.end():])
                if head:
                    parts.add(head.group(1))
            got = having.match(text, m.end())
            if got is not None:
                words = got.group("np").split()
                if words and words[-1].isalpha() and not _parts_words("not_part") & set(words):
                    parts.add(words[-1])
        for m in re.finditer(rf"\bthe\s+([a-z][\w-]+)\s+of\s+(?:the\s+)?{name}(?![a-z])", text):
            parts.add(m.group(1))
        got = step.match(text)
        if got is not None and re.search(rf"(?<![a-z]){name}(?![a-z])", got.group("name")):
            rest = re.findall(r"[a-z][\w-]{2,}", text[got.end():])
            steps[_verb_stem(got.group("verb"))] = frozenset(w for w in rest[:6] if w not in _parts_words("determiners"))
    parts -= _parts_words("not_part")
    drugs = foods_and_drugs()
    parts = {p for p in parts if p not in drugs and not any(f in drugs for f in singular_forms(p))}
    return Parts(frozenset(parts), steps)


def _verb_stem(verb: str) -> str:
    """The stem of a verb's third-person or -ing form ("pushes", "pushing" -> "push";
    "injects", "injecting" -> "inject"; "places", "placing" -> "plac")."""
    v = verb.lower()
    for suffix in ("ing", "es", "s", "e"):
        if v.endswith(suffix) and len(v) - len(suffix) >= 3:
            v = v[:-len(suffix)]
            break
    return v.rstrip("e")


def part_owner(doc: Document, subject: str) -> str:
    """Whose a harm's subject phrase ``subject`` (lower case, the words before its causing verb)
    is, when it names a part or a step: "product" for a part the page gave the product or a
    part of the product ("the nickel in the cradle", "the strong magnets in the dock", "the
    adhesive on the patch"), or a step of it ("pushing dye through the tubes"); "other" for a
    part of another thing ("the magnets in an MRI scanner", "the adhesive on the standard
    patch"); "" when it names neither."""
    main = sentence_subjects(doc).main
    if not main:
        return ""
    _having, _step, of, other = _parts_data()
    got = product_parts(doc)
    words = re.findall(r"[a-z][\w'-]*", subject)
    if not words:
        return ""
    if words[0].endswith("ing") and set(words[1:]) & got.steps.get(_verb_stem(words[0]), frozenset()):
        return "product"  # "pushing dye through the tubes": a step of the procedure, done to what it is done to
    split = next((x for x, w in enumerate(words) if x > 0 and of.fullmatch(w)), -1)
    if split > 0 and (refers_to_product(" ".join(words[:split])) or main in " ".join(words[:split])):
        return ""  # "the tablets in some people", "Zanta in high doses": the product itself
    name_words = set(main.split())
    if split < 0:
        if not (words[-1] in got.parts or any(f in got.parts for f in singular_forms(words[-1]))):
            return ""
        # the product's part is said with "the", "its" or the product's name ("the cradle", "its
        # cradle", "Sonadock's cradle"); a bare plural or "a" + part ("metal cradles", "a cradle")
        # is any such thing, not the one the page gave the product
        return "product" if words[0] in ("the", "its") or words[0].removesuffix("'s") in name_words else ""
    owner = [w for w in words[split + 1:] if w not in _parts_words("determiners")]
    if not owner:
        return ""
    if owner[-1] in _parts_words("amount_heads"):
        return ""  # "the caffeine in the standard dose": an amount of the product, no other thing
    if any(w in other for w in words[split + 1:]):
        return "other"  # "the adhesive on the standard patch", "the magnets in older docks"
    head = owner[-1]
    said = " ".join(owner)
    if (head in got.parts or any(f in got.parts for f in singular_forms(head))) and main not in said \
            and not any(w.removesuffix("'s") in name_words for w in owner) and (
                words[split + 1] not in ("the", "its") or len(owner) > 1):
        # "the nickel in metal cradles", "the magnets in a cheap dock": a bare plural, "a" + part
        # or another modifier names such parts in general or another's, not the product's own
        return "other"
    if main in said or any(w in main.split() for w in owner if len(w) >= 4) or head in got.parts \
            or any(f in got.parts for f in singular_forms(head)) or refers_to_product(" ".join(words[split + 1:])):
        return "product"
    return "other"


def sentence_subjects(doc: Document) -> SentenceSubjects:
    return doc.analysis("interventions.sentence-subjects", SentenceSubjects)


def intervention_heads() -> frozenset[str]:
    """The head words of every kind (``interventions.toml`` ``heads``: "drug", "surgery",
    "therapy", "test"…)."""
    return frozenset(_data().heads)


@lru_cache(maxsize=1)
def _established_procedures() -> frozenset[str]:
    """Medical procedures WordNet 3.0 (2006) names (``knowledge/established_procedures_wordnet.txt``,
    built by ``tools/build_wordnet_established.py``): operations, radiotherapy, chemotherapy,
    imaging, endoscopy, diagnostic procedures."""
    return frozenset(read_lines("established_procedures_wordnet.txt"))


#: The kinds of intervention whose name can be a procedure's: a drug, a device, a product or a
#: diet is sold, and whether it is approved and on sale is the question however old its kind.
_PROCEDURE_KINDS = frozenset({"procedure", "test", "therapy"})


def established_procedure(item: Intervention) -> str | None:
    """The established kind of care the intervention is, or None: the longest ending of its
    name that a general dictionary of 2006 names as a medical procedure ("bariatric surgery"
    and "open surgery" are surgery, "preoperative radiotherapy" radiotherapy, "breast MRI" an
    MRI, "invasive surgical procedures" a surgical procedure), or the same before a head word
    that names no kind of its own ("mammography screening", "MRI scans": the screening is a
    mammography). Why: HealthNewsReview.org's availability criterion asks a story to say
    whether the reader can get the treatment, test or procedure; an operation, a course of
    radiotherapy or a mammogram is given in hospitals everywhere, and the reviewers did not
    ask for it. Drugs, devices and products are not read here (``_PROCEDURE_KINDS``): a drug
    or a device is a product whose approval and sale the article must tell, old or new. The
    words before the procedure say which one ("bariatric", "open", "coronary") and must be plain
    site, specialty, approach or timing words (``procedure_sites``): any other word may name a
    new technique under the old name ("FLASH radiotherapy", "bedside MRI", "functional
    connectivity MRI"), a place ("GP surgery") or a verb ("avoids surgery"); the procedure
    itself must be one the list holds: a test kit ("liquid biopsy", "blood test") is a product,
    and "cell therapy" names no kind ("therapy" alone is not listed)."""
    if item.kind not in _PROCEDURE_KINDS:
        return None
    known = _established_procedures()
    words = item.name.lower().split()
    if any(w.endswith(("'s", "’s")) for w in words):
        return None  # "a doctor's surgery", "the GP's surgery": the British surgery is a place
    heads, sites = _data().heads, _procedure_sites()
    for ending in (words, words[:-1] if len(words) > 1 and words[-1] in heads else []):
        for k in range(len(ending)):
            # a shorter ending only under plain site, specialty or approach words ("knee
            # surgery", "open surgery"): "FLASH radiotherapy", "bedside MRI", "GP surgery"
            # and "avoids surgery" are not the established kind (crit14b)
            if not all(any(f in sites for f in singular_forms(w)) for w in ending[:k]):
                break
            stem = ending[k:-1]
            for last in singular_forms(ending[-1]):
                name = " ".join([*stem, last])
                if name in known:
                    return name
    return None


@lru_cache(maxsize=1)
def _procedure_sites() -> frozenset[str]:
    """The words before a procedure's name that leave it the same established care
    (``interventions.toml`` ``procedure_sites``: body sites, specialties, approaches, timing)."""
    return frozenset(read_toml("interventions.toml")["procedure_sites"])


def with_procedure(doc: Document, item: Intervention) -> bool:
    """A mention of ``item`` shares its sentence with a procedure's head word ("a single
    injection … during knee surgery", "a dose of dexamethasone before an operation"): a drug
    given with the operation, not one read elsewhere in the article ("their insulin levels")."""
    heads = {h for h, kind in _data().heads.items() if kind == "procedure"}
    starts = [s.start for s in doc.sentences]
    for a, _b in item.spans:
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and any(w.lower() in heads for w in _WORD.findall(doc.text[starts[k]:doc.sentences[k].end])):
            return True
    return False


def called_new(doc: Document, item: Intervention) -> bool:
    """The article calls the intervention new where it names it: a word of
    ``interventions.toml`` ``new_before`` among the up to three words of its noun phrase before
    a mention ("a new surgery", "this experimental, minimally invasive procedure") or a
    headline that calls a method or technique new (``_headline_calls_new``), not in
    another phrase ("a new study of bariatric surgery": "of", like any other word of
    ``modifiers_never``, ends the phrase). The name leaves such words out, so the mentions
    are read again: its own and those of a longer name that ends with it ("an experimental,
    minimally invasive bariatric surgery" is a candidate of its own), and a newness word inside
    such a longer name counts ("a cutting-edge bariatric surgery")."""
    new, ends = _new_before(), _data().never
    if _headline_calls_new(headline(doc), new):
        return True
    text = doc.text
    spans = [s for iv in interventions(doc).all if iv.name == item.name or iv.name.endswith(" " + item.name)
             for s in iv.spans]
    # the newness word absorbed into a longer name ending with this one ("a cutting-edge
    # bariatric surgery", "an untested bariatric surgery": crit14b)
    own = item.name.split()
    if any(w.lower() in new for iv in interventions(doc).all if iv.name.endswith(" " + item.name)
           for w in iv.name.split()[:-len(own)]):
        return True
    for a, _b in spans or item.spans:
        words = _WORD.findall(text[max(0, a - 60):a])
        for w in reversed(words[-3:]):
            low = w.lower()
            if low in new:
                return True
            if low in ends:
                break
    return False


def _headline_calls_new(title: str, new: frozenset[str]) -> bool:
    """The headline calls a way of treating or testing new: a word of ``new_before`` with a
    head word of a kind ("technique", "treatment", "procedure", "test") or "method" or "way"
    within the next three words ("New Breast Reconstruction Technique", "New method reduces
    …", "a breakthrough in the treatment of"), in one part of the headline, not "New study:
    bariatric surgery …" (the study is new: ``new_research`` ends the phrase)."""
    heads, research = _data().heads, _new_research()
    for part in re.split(r"[:;,.!?—–]", title):
        words = [w.lower() for w in _WORD.findall(part)]
        for i, w in enumerate(words):
            if w not in new:
                continue
            for x in words[i + 1:i + 4]:
                if x in research:
                    break
                if x in heads or x in ("method", "methods", "way", "ways"):
                    return True
    return False


@lru_cache(maxsize=1)
def _new_research() -> frozenset[str]:
    return frozenset(read_toml("interventions.toml")["new_research"])


@lru_cache(maxsize=1)
def _new_before() -> frozenset[str]:
    return frozenset(read_toml("interventions.toml")["new_before"])


def _appositive_name(text: str, a: int, b: int, start: int, end: int) -> str:
    """The coined name (lower case) that stands in apposition with the intervention written at
    ``text[start:end]`` in the sentence ``[a, b)``, or "": the name, a comma and a determiner
    before the kind ("Gripvax, a flu vaccine, …"), or after the kind a comma, a dash, a
    bracket or a naming word and the name, closed by punctuation ("the flu vaccine, Gripvax,
    …", "our balm — Frostbalm —", "our sleep spray (Dozella)", "a nasal spray named Sniffex";
    [subject] appositive_determiners, appositive_naming of ``context_cues.toml``). The name is a
    name on the page (``page_name``). Why (name18, issue 14 class 2): the page
    names its product by the coined name and by its kind, and a claim said with one ("Gripvax
    can cause …") was read as another subject than the kind the interventions analysis found."""
    before = _APPOSITIVE_BEFORE.search(text, max(a, start - 60), start)
    if before is not None and before.end() == start and re.match(r"\s*[,;:.)\u2014\u2013-]", text[end:b]):
        word = before.group("name")
    else:
        after = _APPOSITIVE_AFTER.match(text, end, b)
        if after is None:
            return ""
        word = after.group("name")
    if not page_name(text, word):
        return ""  # a dictionary word ("Many", "Winter"), not a product's name
    return word.lower()


def page_name(text: str, word: str) -> bool:
    """The capitalised ``word`` is a name on the page ``text``: a word the CMU dictionary lacks
    ("Gripvax"), or a dictionary word the page writes capitalised inside a sentence (after a
    lower-case word: "take Calm at night") and never in lower case ("Calm", "Frost"
    as a product's name). Why (name18 review): a coined name was only a word absent from the
    dictionary, so products named with an English word were never names; a sentence-initial
    capital alone ("Many", "Winter") is no evidence and a lower-case use anywhere ("stay calm")
    makes the word an ordinary one."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    low = word.lower()
    if low not in syllable_counts():
        return True
    inside = re.search(r"[a-z]\s+" + re.escape(word) + r"(?![\w-])", text)
    return inside is not None and re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text) is None


def _marked_other(low: str, a: int, p: int, kind: str) -> bool:
    """The kind ``kind`` written at ``p`` of the lower-cased text (sentence from ``a``) is marked
    as another product than the page's: a word of [subject] appositive_other ("rival",
    "another", "older", "competing") in its name or among the three words before it ("Fluzeen,
    a rival flu vaccine", "the competing flu vaccine, Fluzeen"). Why (name18 review): the one
    coined name in apposition with a kind was made the kind's alias even when the page called
    it a rival, so the rival's harm was set against the page's own denial."""
    words = re.findall(r"[a-z][a-z'’-]*", low[max(a, p - 60):p])[-3:] + re.findall(r"[a-z][a-z'’-]*", kind)
    return any(w in _APPOSITIVE_OTHER for w in words)


_APP_CUES = read_toml("context_cues.toml")["subject"]
#: Words that mark a kind as another product than the page's ([subject] appositive_other).
_APPOSITIVE_OTHER = frozenset(_APP_CUES["appositive_other"])
#: A coined name, a comma and a determiner (and up to two modifiers) before the kind.
_APPOSITIVE_BEFORE = compile_re(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}[A-Za-z]*)[®™]?,\s+(?:" + "|".join(
    map(re.escape, _APP_CUES["appositive_determiners"])) + r")\s+(?:[\w-]+\s+){0,2}$")
#: After the kind: a comma, a dash or a bracket, or a naming word, then the coined name, closed
#: by punctuation or an auxiliary ([subject] auxiliaries: "a nasal spray named Sniffex is …").
_APPOSITIVE_AFTER = compile_re(r"(?:\s*,\s*|\s+[\u2014\u2013-]\s*|\s*\(\s*|,?\s+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in _APP_CUES["appositive_naming"]) + r")\s+)"
    r"(?P<name>[A-Z][a-z]{2,}[A-Za-z]*)[®™]?(?=\s*[,;:.)\u2014\u2013-]|\s+(?:" + "|".join(
        map(re.escape, _APP_CUES["auxiliaries"])) + r")(?![\w'’]))")
