"""Limits on a claim that keep two opposing claims from being a contradiction.

An article can deny an effect in one place and name it in another without contradicting
itself, when:

* the claim is the **maker's** ("the company says it is free of allergens") and the article
  sets **evidence** or experts against it elsewhere ("independent testing found traces of
  milk", "pharmacologists point out …"): the article reports a dispute, and the maker's claim
  pairs with nothing (``maker_disputed``, read by ``assertions.sentence_disowned`` as well, so
  one cue list decides it for every rule); the maker's own study disputes nothing;
* each side is limited to a **group of people**, and the groups differ ("no risk of infection
  for people with a healthy immune system" … "in people with severely weakened immunity it
  can cause infection") (``population``, ``other_population``);
* the effect is named as part of the **disease** the product treats ("still felt sick during
  attacks, a common feature of migraine itself") (``disease_feature``);
* the next sentence makes the effect the **disease's** ("Those are symptoms of diabetes
  itself."), or the sentence places it **before treatment** ("patients often arrive with
  raised blood sugar") (``disease_state``);
* the denial is an **instruction** ("first, do no harm") (``instruction_before``);
* the two sentences open with one product in **two forms** ("ibuprofen gel", "ibuprofen
  tablets") (``opening_form``), or one side speaks of a nutrient **from food** and the other of
  **supplements** (``source_frames``): read here, compared in ``analysis/scopes.py`` (the form and source
  dimensions);
* the claim is **another voice's** (a neighbour, "some bloggers", a viral video) and the
  article answers it within a few sentences ("That is false.", "Trials found …")
  (``voice_disputed``);
* a free-of claim limited to the **recipe** and a warning of **cross-contact** ("may contain
  traces") (``recipe_apart``);
* a denial of interactions with **one named partner** and an interaction with another
  (``partners_apart``);
* each side is limited to a different **time**, **amount**, **condition of use** or **group**:
  read here (``time_frames``, ``amount_frames``, ``taken_condition``, ``population``) and compared by one
  rule in ``analysis/scopes.py`` (``claim_scope``, ``scopes_apart``);
* one side speaks of the trial's **comparison arm** ("the placebo group reported no
  headaches") or denies the effect only **relative to placebo** (``comparator_apart``);
* the two names are **different products** that share a word ("vitamin C", "vitamin A")
  (``named_apart``).

The cue words are data (``knowledge/contradiction_limits.toml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lint_rules.analysis.boundaries import clause_start
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.document import Document
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re, existence_pattern


@dataclass(frozen=True)
class _Cues:
    maker: re.Pattern[str]
    evidence: re.Pattern[str]
    dispute: re.Pattern[str]
    own: re.Pattern[str]
    window: int
    short: int
    groups: tuple[re.Pattern[str], ...]
    stop: frozenset[str]
    heads: dict[str, str]
    negative: re.Pattern[str]
    group_end: re.Pattern[str]
    feature: re.Pattern[str]
    feature_before: re.Pattern[str]
    feature_next: re.Pattern[str]
    baseline: re.Pattern[str]
    instruction: re.Pattern[str]
    opener: re.Pattern[str]
    food: re.Pattern[str]
    supplement: re.Pattern[str]
    forms: frozenset[str]
    voice: re.Pattern[str]
    within: re.Pattern[str]
    recipe: re.Pattern[str]
    arm: re.Pattern[str]
    relative: re.Pattern[str]
    rejected_here: re.Pattern[str]
    taken: re.Pattern[str]
    taken_stop: frozenset[str]
    times: tuple[tuple[str, re.Pattern[str]], ...]
    partner_denial: re.Pattern[str]
    partner_other: re.Pattern[str]
    partner_universal: re.Pattern[str]
    partner_stop: frozenset[str]
    partner_class: dict[str, int]
    drug_scoped: re.Pattern[str]
    partner_after: re.Pattern[str]
    not_drugs: frozenset[str]
    partner_coordinator: re.Pattern[str]
    cross_contact: re.Pattern[str]
    beyond: re.Pattern[str]
    voice_window: int
    rejection: re.Pattern[str]
    voice_answered: re.Pattern[str]
    own_word: re.Pattern[str]
    own_correction: re.Pattern[str]
    correction_heading: re.Pattern[str]
    correction_reported: re.Pattern[str]
    amount: re.Pattern[str]
    pack: re.Pattern[str]
    excluded: tuple[re.Pattern[str], ...]
    excluded_forward: re.Pattern[str]
    excluded_stop: frozenset[str]
    not_brand: frozenset[str]
    numbers: dict[str, str]
    route_phrases: tuple[tuple[str, re.Pattern[str]], ...]
    route_forms: dict[str, str]
    route_frame: re.Pattern[str]
    route_label: re.Pattern[str]


def _alt(patterns: list[str]) -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in patterns))


@functools.lru_cache(maxsize=1)
def _cues() -> _Cues:
    d = read_toml("contradiction_limits.toml")
    pop = d["population"]
    return _Cues(
        maker=_alt(d["maker"]["sentence"]),
        evidence=_alt(d["dispute"]["evidence"] + d["dispute"]["sentence"]),
        dispute=_alt(d["dispute"]["sentence"]),
        own=compile_re(d["dispute"]["own"]),
        window=int(d["dispute"]["window"]),
        short=int(d["dispute"]["short"]),
        groups=(compile_re(pop["group"]), compile_re(pop["adjective"]), compile_re(pop["reader"]),
                compile_re(pop["except"]), compile_re(pop["age"]), compile_re(pop["subject"]),
                compile_re(pop["age_subject"]), compile_re(pop["age_modal"])),
        negative=compile_re(pop["negative"]),
        group_end=compile_re(pop["end"]),
        heads={str(k): str(v) for k, v in pop["heads"].items()},
        stop=frozenset(pop["stop"]),
        feature=_alt(d["disease_feature"]["after"]),
        feature_before=compile_re(d["disease_feature"]["before"]),
        feature_next=_alt(d["disease_feature"]["next"]),
        baseline=_alt(d["disease_feature"]["baseline"]),
        instruction=compile_re(d["instruction"]["before"]),
        opener=compile_re(r"\A(?:" + d["form"]["opener"] + ")"),  # matched on the sentence alone
        food=compile_re(d["source"]["food"]),
        supplement=compile_re(d["source"]["supplement"]),
        forms=frozenset(d["form"]["forms"]),
        voice=compile_re("(?:" + "|".join(f"(?:{p})" for p in d["voice"]["speaker"]) + r")(?:\s+[\w'-]+){0,"
                         + str(int(d["voice"]["gap"])) + r"}?\s+(?:\w+ly\s+)?" + d["voice"]["verb"]),
        within=_alt(d["dose"]["within"]),
        recipe=compile_re(d["allergen"]["recipe"]),
        arm=compile_re(d["comparator"]["arm"]),
        relative=compile_re(d["comparator"]["relative"]),
        rejected_here=compile_re(d["voice"]["rejected_here"]),
        taken=compile_re(d["condition"]["taken"]),
        taken_stop=frozenset(d["condition"]["stop"]),
        times=tuple((name, compile_re(_durations(p))) for name, p in d["time"]["frames"].items()),
        partner_denial=compile_re(d["interaction"]["denial"]),
        partner_other=compile_re(d["interaction"]["other"]),
        partner_universal=compile_re(d["interaction"]["universal"]),
        partner_stop=frozenset(d["interaction"]["stop"]),
        partner_class={w: i for i, ws in enumerate(d["interaction"]["classes"]) for w in ws},
        drug_scoped=compile_re(d["interaction"]["drug_scoped"]),
        partner_after=compile_re(d["interaction"]["partner_after"]),
        not_drugs=frozenset(d["interaction"]["not_drugs"]),
        partner_coordinator=compile_re(r"\s+(?:" + "|".join(map(re.escape, d["interaction"]["partner_coordinators"])) + r")\s+"),
        cross_contact=compile_re(d["allergen"]["cross_contact"]),
        beyond=_alt(d["dose"]["beyond"]),
        voice_window=int(d["voice"]["window"]),
        rejection=_alt(d["voice"]["rejection"]),
        voice_answered=compile_re(d["voice"]["same_sentence"]),
        own_word=compile_re(d["voice"]["own_word"]),
        own_correction=compile_re(d["voice"]["own_correction"]),
        correction_heading=compile_re(d["voice"]["correction_heading"], re.IGNORECASE),
        correction_reported=compile_re(d["voice"]["correction_reported"], re.IGNORECASE),
        amount=compile_re(d["strength"]["amount"]),
        pack=compile_re(d["strength"]["pack"]),
        excluded=tuple(compile_re(p) for p in d["exclusion"]["phrases"]),
        excluded_forward=compile_re(d["exclusion"]["forward"]),
        excluded_stop=frozenset(d["exclusion"]["stop"]),
        not_brand=frozenset(d["line"]["not_brand"]),
        numbers={str(k): str(v) for k, v in d["strength"]["numbers"].items()},
        route_phrases=tuple((name, _alt(ps)) for name, ps in d["route"]["phrases"].items()),
        route_forms={w: name for name, ws in d["route"]["forms"].items() for w in ws},
        route_frame=_route_frame(sorted({w for ws in d["route"]["forms"].values() for w in ws}, key=lambda w: (-len(w), w))),
        route_label=compile_re(d["route"]["label"]),
    )


def _durations(pattern: str) -> str:
    """A time frame with the duration vocabulary the course claims read ({BRIEF}, {LASTING}
    of ``contradiction_claims.toml`` [grammar]) written in: one list of passing and lasting
    words for both."""
    grammar = read_toml("contradiction_claims.toml")["grammar"]
    for name in ("BRIEF", "LASTING"):
        pattern = pattern.replace("{" + name + "}", grammar[name])
    return pattern


def _route_frame(forms: list[str]) -> re.Pattern[str]:
    """A form said to be the product's: "in tablet form", "as a cream", "by injection", "the
    gel version"."""
    w = "|".join(map(re.escape, forms))
    return compile_re(rf"\bin\s+(?:an?\s+|the\s+|its\s+)?(?P<a>{w})\s+form\b|\b(?:as|by)\s+(?:an?\s+|the\s+)?(?P<b>{w})\b"
                      rf"|\b(?P<c>{w})\s+(?:form|version|formulation)s?\b")


def _low(doc: Document) -> str:
    """Lower-cased text with "’" read as "'" (same offsets when lower-casing keeps them)."""
    def build(d: Document) -> str:
        low = d.text.lower().replace("’", "'").replace("‘", "'")
        return low if len(low) == len(d.text) else d.text
    return doc.analysis("claim-limits.low", build)


def _sentence(doc: Document, k: int) -> str:
    s = doc.sentences[k]
    return _low(doc)[s.start:s.end]


# The maker, evidence and dispute cue lists are asked only whether they match a sentence, so
# they are asked through ``existence_pattern``: their ``\b``-led alternatives gathered under
# one boundary, which ``compile_re`` factors by first letter. The same yes or no; over the
# sentences of 150 corpus articles 1.2-1.9 times faster (SRE tried every alternative at
# every position of the sentence).


def maker_says(doc: Document, k: int) -> bool:
    """Sentence ``k`` passes on what the maker or seller says ("the company says …")."""
    return existence_pattern(_cues().maker).search(_sentence(doc, k)) is not None


def evidence_found(doc: Document, k: int) -> bool:
    """Sentence ``k`` reports evidence or experts ("testing found traces …", "pharmacologists
    point out …", "In fact, …"), evidence that is not the maker's own."""
    c = _cues()
    low = _sentence(doc, k)
    return (existence_pattern(c.evidence).search(low) is not None and not c.own.search(low)
            and existence_pattern(c.maker).search(low) is None)


def disputes(doc: Document, k: int) -> bool:
    """Sentence ``k`` disputes what came before ("In fact …", "Independent testing found …",
    "pharmacologists point out …"), and is not the maker's own evidence."""
    c = _cues()
    low = _sentence(doc, k)
    return (existence_pattern(c.dispute).search(low) is not None and not c.own.search(low)
            and existence_pattern(c.maker).search(low) is None)


def _disputes(doc: Document) -> list[int]:
    """The sentences that dispute a claim, found once per document (only where some sentence
    passes on the maker's words)."""
    def build(d: Document) -> list[int]:
        n = len(d.sentences)
        if not any(maker_says(d, k) for k in range(n)):
            return []
        return [k for k in range(n) if disputes(d, k)]
    return doc.analysis("claim-limits.disputes", build)


def maker_disputed(doc: Document, k: int) -> bool:
    """Sentence ``k`` passes on the maker's claim ("the company says it has no side
    effects") and the article disputes it after it with evidence or experts ("independent
    testing found …"), in the next sentence or anywhere after it in a short passage: the
    article reports a dispute, so the claim is the maker's, not the article's, and pairs
    with nothing. A maker's claim left unchallenged, or answered only by the maker's own
    study, stays a claim about the product."""
    if not maker_says(doc, k):
        return False
    if _cues().rejected_here.search(_sentence(doc, k)):
        return True  # "Its makers say its effects are permanent, a claim the researchers rejected."
    if evidence_found(doc, k):
        return False
    c = _cues()
    reach = len(doc.sentences) if len(doc.sentences) <= c.short else k + c.window
    return any(k < j <= reach for j in _disputes(doc))


def voice_says(doc: Document, k: int) -> bool:
    """Sentence ``k`` passes on what someone other than the writer, the maker or research
    says or believes ("my neighbour swears …", "some bloggers say …", "a viral video
    claims …")."""
    return bool(_cues().voice.search(_sentence(doc, k)))


def rejects(doc: Document, k: int) -> bool:
    """Sentence ``k`` answers a claim passed on before it ("That is false.", "It does not.",
    "There is no evidence for this.") or disputes it with evidence or experts."""
    c = _cues()
    low = _sentence(doc, k)
    return bool(c.rejection.search(low)) or disputes(doc, k) or evidence_found(doc, k)


def _answers(doc: Document, k: int, j: int) -> bool:
    """Sentence ``j`` answers the voice of sentence ``k``: for the page's or seller's own earlier
    word ("As our newsletter said …", "Our online listing said …") only an explicit correction
    ("That was wrong.", "Correction: …"), since a study that follows may agree with it; for
    another voice any rejection, dispute or evidence (``rejects``)."""
    c = _cues()
    if c.own_word.search(_sentence(doc, k)):
        low = _sentence(doc, j)
        return bool(c.rejection.search(low) or c.own_correction.search(low))
    return rejects(doc, j)


def under_correction(doc: Document, k: int) -> bool:
    """Sentence ``k`` passes on what the corrected text said, the earlier text (or "it", "we"
    for it) as the speaker at its opening ([voice] correction_reported), under a heading that
    announces corrections or debunked claims ([voice] correction_heading: "Correction",
    "Myths", "Fact check"): "It said Zelvara raised blood pressure" there is the claim being
    corrected. A source the writer relies on there ("researchers reported", "the leaflet
    states") is not (name17 review: it hid a real contradiction). The nearest heading block
    before the sentence decides (a heading that is no such one ends the section); a paragraph
    opening with the word and a colon ("Correction: …") or with the word on a line of its own
    is such a heading for its own sentences. Why: the heading answers the claim, so no answer
    need follow it (name17, issue 14 class 4)."""
    from lint_rules.document import HEADING

    c = _cues()
    b = doc.sentences[k].block
    block = doc.blocks[b]
    opening = doc.text[block.start:block.end]
    head = c.correction_heading.match(opening)
    inline = head is not None and (":" in opening[:40] or _own_line(doc, block.start, block.end))
    sent = _sentence(doc, k)
    if inline and head is not None and doc.sentences[k].start == block.start:
        sent = sent[head.end():]  # "Correction\nIt said …": the heading's own line
    if not c.correction_reported.match(sent):
        return False
    if inline:
        return True  # "Correction: an earlier version said …", "Correction\nAn earlier version …"
    for i in range(b - 1, -1, -1):
        if doc.blocks[i].kind == HEADING:
            return c.correction_heading.match(doc.text[doc.blocks[i].start:doc.blocks[i].end]) is not None
    return False


def _own_line(doc: Document, start: int, end: int) -> bool:
    """The block at ``start``-``end`` opens, in the source, with a short line of its own with no
    full stop (a heading kept in its paragraph by a single line break: "Correction\nAn earlier
    version …"; the prose text joins the lines)."""
    source = doc.source[doc.offsets.to_source(start):doc.offsets.to_source(end, end=True)]
    first, nl, _rest = source.partition("\n")
    return bool(nl) and len(first.strip()) <= 40 and not first.rstrip().endswith((".", "!", "?"))


def voice_disputed(doc: Document, k: int) -> bool:
    """Sentence ``k`` passes on another voice's claim (``voice_says``) and one of the next
    ``window`` sentences answers it (``rejects``): a claim reported to be refuted, not the
    article's own. A claim passed on and left standing stays the article's. A claim passed on
    under a correction or myth heading is answered by the heading (``under_correction``)."""
    cache: dict[int, bool] = doc.analysis("claim-limits.voice-disputed", lambda d: {})
    got = cache.get(k)
    if got is None:
        got = under_correction(doc, k) or (voice_says(doc, k) and (
            bool(_cues().voice_answered.search(_sentence(doc, k)))  # "…, but trials disagree"
            or bool(_cues().rejected_here.search(_sentence(doc, k)))  # "…, a claim doctors dismiss"
            or (not evidence_found(doc, k) and any(
                _answers(doc, k, j) for j in range(k + 1, min(len(doc.sentences), k + 1 + _cues().voice_window))))))
        cache[k] = got
    return got


def disputed(doc: Document, k: int, j: int) -> bool:
    """Sentences ``k`` and ``j`` are the maker's claim and the evidence the article reports
    against it, or another voice's claim against it ("Consumer groups say it causes
    palpitations. The company insists …") (either way round, at any distance: the two are
    set against each other), or
    one of them is a maker's claim the article disputes (``maker_disputed``): a dispute the
    article reports, not a contradiction of its own."""
    for a, b in ((k, j), (j, k)):
        if maker_says(doc, a) and not evidence_found(doc, a) and (evidence_found(doc, b) or voice_says(doc, b)):
            return True  # the maker against evidence, or against another voice ("consumer groups say …")
    return maker_disputed(doc, k) or maker_disputed(doc, j) or voice_disputed(doc, k) or voice_disputed(doc, j)


def _amounts(doc: Document, k: int) -> frozenset[tuple[str, str]]:
    """The strengths and unit counts sentence ``k`` names, as (number, unit) ("10 mg" ->
    ("10", "mg"); "two tablets" -> ("2", "tablet"))."""
    c = _cues()
    out = set()
    low = _sentence(doc, k)
    for m in c.amount.finditer(low):
        if c.pack.search(low[max(0, m.start() - 40):m.start()]):
            continue  # "each box holds 30 tablets": a pack size, no dose
        n = re.sub(r"\s+", " ", m.group("n")).replace(",", "")
        unit = m.group("unit")
        if unit.endswith("ies"):
            unit = unit[:-3] + "y"
        elif unit.endswith("ches"):
            unit = unit[:-2]
        elif unit.endswith("s") and len(unit) > 2:
            unit = unit[:-1]
        out.add((c.numbers.get(n, n), unit))
    return frozenset(out)


def strengths_apart(doc: Document, k: int, j: int, denial: int = -1) -> bool:
    """Sentences ``k`` and ``j`` each name a strength or number of units in one unit, and none
    is the same ("the 80 mg tablets are lactose-free" … "the 10 mg tablets contain lactose";
    "chew two tablets" … "one tablet on its own won't"): two doses of one product. With
    ``denial`` (the sentence of the two that denies a harm), only a harm named at a larger
    amount is held apart: a harm at a smaller amount than the denial's ("Two tablets a day
    cause no drowsiness" … "one tablet a day caused drowsiness") is a harm at the denial's
    amount too."""
    a = _amounts(doc, k)
    if not a:
        return False
    b = _amounts(doc, j)
    units = {u for _, u in a} & {u for _, u in b}
    if not units or a & b:
        return False
    if denial not in (k, j):
        return True
    denied, harm = (a, b) if denial == k else (b, a)
    return any(min(_numbers(harm, u)) > max(_numbers(denied, u)) for u in units
               if _numbers(harm, u) and _numbers(denied, u))


def _numbers(amounts: frozenset[tuple[str, str]], unit: str) -> list[float]:
    out = []
    for n, u in amounts:
        if u == unit:
            try:
                out.append(float(n))
            except ValueError:
                pass
    return out


def _excluded_words(c: _Cues, phrase: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z][a-z-]+", phrase) if w not in c.excluded_stop and len(w) > 2}
    return {f"class:{c.partner_class[w]}" if w in c.partner_class else w for w in words} | {
        f"class:{c.partner_class[p]}" for p in c.partner_class if " " in p and p in phrase}


#: A later sentence that gives a list: items after a colon, between commas, or after a bullet
#: or number ("Warfarin, aspirin and clopidogrel."; "- warfarin").
_LIST_SHAPED = compile_re(r"^\W*(?:[-•*]|\d+[.)])\s|:\s*\S|,[^,]+(?:,|\b(?:and|or)\b)")


#: The rest of a claim's phrase after its end, up to a coordination or a clause break.
_PHRASE_REST = compile_re(r"[^,;:.]*?(?=\s+(?:and|or|plus|as\s+well\s+as|but)\s|[,;:.]|$)")


def _in_own_phrase(doc: Document, k: int, end: int, lo: int, hi: int) -> bool:
    """The exception at ``[lo, hi)`` of sentence ``k`` belongs to the claim that ends at
    ``end``: right after it, within the rest of its phrase ("no interactions apart from the
    drugs listed below"), or before it with no coordination between ("Apart from the drugs
    listed below, it has no interactions"); not to "no side effects" in "It has no side
    effects, and no interactions apart from the drugs listed below". A claim that ends
    outside the sentence is not checked."""
    s = doc.sentences[k]
    if not s.start < end <= s.end:
        return True
    low = _low(doc)
    if lo >= end:
        rest = _PHRASE_REST.match(low, end, s.end)
        return lo <= end + (len(rest.group()) if rest else 0)
    return not re.search(r"(?<![a-z])(?:and|but|or|plus)(?![a-z])|;", low[hi:end])


def excluded_apart(doc: Document, k: int, j: int, ends: tuple[int, int] | None = None) -> bool:
    """One of sentences ``k`` and ``j`` carves an exception out of its claim ("safe for
    everyone except pregnant women", "For people not taking blood thinners, it has no
    interactions") and the other names what it carved out ("Pregnant women should avoid
    it", "People on warfarin …"; a member of an interaction class counts as the class), or
    the exception points at a list ("apart from the drugs listed below") that a later
    sentence gives: both can be true. With ``ends`` (where the claims of ``k`` and ``j`` end,
    as text offsets), what is carved out is looked for in the other sentence only up to the
    end of its claim (its subject, group and effect), not in what it goes on to name ("no side
    effects apart from a headache" … "causes drowsiness and a headache": the drowsiness stays)."""
    c = _cues()
    for x, (a, b) in enumerate(((k, j), (j, k))):
        for m in (m for p in c.excluded for m in p.finditer(_sentence(doc, a))):
            what = m.group("what")
            if c.excluded_forward.search(what):
                if 0 < b - a <= 3 and _LIST_SHAPED.search(_sentence(doc, b)) \
                        and (ends is None or _in_own_phrase(doc, a, ends[x], doc.sentences[a].start + m.start(),
                                                          doc.sentences[a].start + m.end())):
                    return True
                continue
            mine = _excluded_words(c, what)
            other = _sentence(doc, b)
            if ends is not None:
                s = doc.sentences[b]
                end = ends[1 - x]
                if s.start < end <= s.end:  # the claim and the rest of its phrase ("the effect of warfarin")
                    low = _low(doc)
                    rest = _PHRASE_REST.match(low, end, s.end)
                    other = low[s.start:end] + (rest.group() if rest else "")
            if mine and mine & _excluded_words(c, other):
                return True
    return False


def _line_variants(doc: Document, k: int) -> dict[str, frozenset[str]]:
    """Each capitalised name in sentence ``k`` followed by capitalised words, with those words
    ("FuelUp Salted Caramel contains …" -> {"fuelup": {"salted", "caramel"}}): a member of a
    product line named after the brand. Not a title or an opening word ([line] not_brand: "Dr
    Patel said"), nor a form noun after the brand ("FuelUp Bars": the brand as a whole)."""
    s = doc.sentences[k]
    c = _cues()
    out: dict[str, frozenset[str]] = {}
    for m in _VARIANT_WORDS.finditer(doc.text, s.start, s.end):
        head = m.group("head").lower()
        words = frozenset(w.lower() for w in m.group("words").split())
        if head not in c.not_brand and head not in out and not words <= c.forms:
            out[head] = words
    return out


#: A capitalised name and up to three capitalised words after it ("FuelUp Salted Caramel",
#: "FuelUp Free"), within one sentence.
_VARIANT_WORDS = compile_re(r"(?<![\w'-])(?P<head>[A-Z][\w'-]*[A-Za-z])(?=[ \t]+(?P<words>(?:[A-Z][a-z][\w'-]*[ \t]*){1,3})(?=[ \t,.;:]|$))")


def line_variants_apart(doc: Document, k: int, j: int, products: tuple[str, ...] = ()) -> bool:
    """Sentences ``k`` and ``j`` each name a member of one product line by capitalised words
    after the same brand, and the members share no word ("FuelUp Salted Caramel contains
    almonds" … "Our FuelUp Free range is … nut-free"): two products of one brand. A sentence
    with the bare brand ("FuelUp contains almonds") is about the brand as a whole. With
    ``products`` (the claims' subjects), the brand must be a word of one of them: a name
    elsewhere in the sentence ("…, Dr Patel said") is no product line."""
    a = _line_variants(doc, k)
    if not a:
        return False
    b = _line_variants(doc, j)
    heads = a.keys() & b.keys()
    names = {w for p in products for w in re.findall(r"[a-z][\w'-]*", p.lower())}
    if names:
        heads &= names
    return any(not (a[h] & b[h]) for h in heads)


@functools.cache
def _name_label() -> re.Pattern[str]:
    """A line that opens with a name and a colon, after a list mark ("1. Vitalis D3 1000 IU: …",
    "- Zanta Night: …", "Norvana K2 100 mcg: …"): the name a numbered or "Name:" line labels; its
    words are capitalised, numbers or a pack word after a number ([line] pack_words)."""
    pack = "|".join(sorted((re.escape(w) for w in read_toml("contradiction_limits.toml")["line"]["pack_words"]),
                           key=len, reverse=True))
    return re.compile(r"[ \t#*>•·▪◦-]*(?:\d{1,2}[.)][ \t]*)?(?P<name>[A-Z][\w'’+-]*(?:[ \t]+(?:[A-Z0-9][\w'’.+%-]*|&|\+|(?<=\d[ \t])(?:"
                      + pack + r")(?![\w-]))){0,5})[ \t]*:[ \t]")


def line_label(doc: Document, k: int) -> frozenset[str]:
    """The name words of the product that the line of sentence ``k`` is labelled with ("1.
    Vitalis D3 1000 IU: no known interactions" -> {"vitalis", "d3", "1000", "iu"}), read from
    the first sentence of its line; empty when the line has no such label. A label is a
    product's name when it has a coined word (no dictionary word: "Vitalis") and a product's
    mark (a strength or code with a digit, a form word: "Kelvora Night Tea"), or names an
    intervention of several words the article names ("… Green Tea Extract"); a label line's
    field ("Side Effects:", "Allergens in Zanta:"), a section ("Bottom Line:", "User
    Reviews:"), a titled person ("Dr Patel:") or a speaker of a transcript ("Ben Okafor:", a
    coined word with no product's mark) is none."""
    from lint_rules.analysis.interventions import interventions, refers_to_product
    from lint_rules.analysis.label_claims import field_label
    from lint_rules.analysis.textstat_offline import syllable_counts

    first = k
    while first > 0 and doc.sentences[first - 1].block == doc.sentences[k].block \
            and "\n" not in doc.text[doc.sentences[first - 1].end:doc.sentences[k].start]:
        first -= 1
    s = doc.sentences[first]
    m = _name_label().match(doc.text, s.start, s.end)
    if m is None:
        return frozenset()
    name = m.group("name")
    words = [w.lower().strip(".") for w in name.split() if w not in {"&", "+"}]
    if not words or words[0] in _cues().not_brand or field_label(name):
        return frozenset()
    low = " " + " ".join(words) + " "
    coined = any(len(w) >= 3 and w.isalpha() and w not in syllable_counts() for w in words)
    marked = any(re.search(r"\d", w) for w in words) or refers_to_product(low)
    if not (coined and marked) and not any(f" {i.name} " in low for i in interventions(doc).named if " " in i.name):
        return frozenset()
    return frozenset(words)


def line_labels_apart(doc: Document, k: int, j: int, products: tuple[str, ...] = ()) -> bool:
    """The lines of sentences ``k`` and ``j`` are labelled with two products' names ("1.
    Vitalis D3 1000 IU: no known interactions …" / "2. Vitalis Green Tea Extract: may reduce
    the absorption of nadolol"): a numbered or "Name:" line's claim belongs to its label,
    whatever subject it was given, and two labels that each have a word the other lacks are
    two products, even of one brand. Not when a claim names its subject itself after a label
    that is not that subject ("Sarah Miller: Zanta gave me headaches": the label is a
    speaker, the claim is Zanta's), nor when one line names the other's product too.
    ``products``: the claims' subjects."""
    la, lb = line_label(doc, k), line_label(doc, j)
    if not la or not lb or not (la - lb) or not (lb - la):
        return False
    pack = frozenset(read_toml("contradiction_limits.toml")["line"]["pack_words"])
    if all(re.fullmatch(r"[\d.,]+", w) or w in pack for w in la ^ lb):
        return False  # "Kelvora Tea 20 Bags" / "Kelvora Tea 40 Bags": one product in two pack sizes
    low = _low(doc)
    for x, label, other in ((k, la, lb), (j, lb, la)):
        s = doc.sentences[x]
        said = frozenset(re.findall(r"[a-z0-9][\w'’-]*", low[s.start:s.end]))
        if (other - label) <= said:
            return False  # "1. Vitalis D3: safe with Vitalis Green Tea Extract": both named
    for x, label, subject in ((k, la, products[0] if products else ""), (j, lb, products[1] if len(products) > 1 else "")):
        words = frozenset(re.findall(r"[a-z0-9][\w'’-]*", subject.lower()))
        if not words or words <= label:
            continue
        s = doc.sentences[x]
        rest = low[s.start:s.end]
        colon = rest.find(":")
        if words <= frozenset(re.findall(r"[a-z0-9][\w'’-]*", rest[colon + 1:])):
            return False  # the claim names its own subject after the label: the label is no owner
    return True


def recipe_apart(doc: Document, k: int, j: int) -> bool:
    """Sentence ``k`` limits a free-of claim to the recipe ("contains no nuts in its
    recipe", "made without eggs") and sentence ``j`` warns of cross-contact ("may contain
    traces", "made in a bakery that also handles almonds"): both can be true."""
    c = _cues()
    return bool(c.recipe.search(_sentence(doc, k))) and bool(c.cross_contact.search(_sentence(doc, j)))


def _partner_words(c: _Cues, phrase: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z][a-z-]+", phrase) if w not in c.partner_stop}
    return {f"class:{c.partner_class[w]}" if w in c.partner_class else w for w in words} | {
        f"class:{c.partner_class[p]}" for p in c.partner_class if " " in p and p in phrase}


def _no_drug_partner(c: _Cues, sentence: str) -> bool:
    """Every partner the interaction ``sentence`` names after "with"/"alongside" is a food, a
    drink or alcohol ([interaction] not_drugs), and it names at least one (allergy20)."""
    partners = [o.group("partner").strip() for o in c.partner_after.finditer(sentence.lower())]
    return bool(partners) and all(_not_drug(c, p) for p in partners)


def _not_drug(c: _Cues, partner: str) -> bool:
    """Every conjunct of ``partner`` is no medicine: a listed phrase, or a phrase whose head noun
    (its last word) is one ("a glass of wine", "your morning coffee", "two cups of tea"; allergy20
    review: whole phrases only let a measure or a modifier through)."""
    parts = [p.strip() for p in c.partner_coordinator.split(partner) if p.strip()]
    return bool(parts) and all(p in c.not_drugs or p.split()[-1] in c.not_drugs for p in parts)


def partners_apart(doc: Document, k: int, j: int) -> bool:
    """Sentence ``k`` denies interactions with one named partner ("does not interact with
    the contraceptive pill", "no interactions with food") and sentence ``j`` names an
    interaction with none of its words or classes ("can interact with some epilepsy
    drugs"): both can be true. A denial with any medicine names no partner."""
    c = _cues()
    if c.drug_scoped.search(_sentence(doc, k)) and _no_drug_partner(c, _sentence(doc, j)):
        return True  # "has no drug interactions" … "taken with alcohol it can make you drowsy"
    m = c.partner_denial.search(_sentence(doc, k))
    partner = (m.group("partner") or m.group("drink") or "") if m is not None else ""
    if m is None or c.partner_universal.match(partner.strip()):
        return False
    mine = _partner_words(c, partner)
    if not mine:
        return False
    theirs: set[str] = set()
    for o in c.partner_other.finditer(_sentence(doc, j)):
        theirs |= _partner_words(c, o.group("partner"))
    theirs |= _partner_words(c, _sentence(doc, j))
    return not (mine & theirs)


def comparator_apart(doc: Document, k: int, j: int,
                     spans: tuple[tuple[int, int], tuple[int, int]] | None = None) -> bool:
    """One of sentences ``k`` and ``j`` speaks of the trial's comparison arm ("The placebo
    group reported no headaches", "In the comparison group, which took naproxen, …") and the
    other does not, or one denies the effect only relative to placebo ("no more often than
    placebo") and the other does not compare. Given the claims' ``spans`` (document offsets),
    a relative cue counts only in the clause that holds its claim's effect ("…, while
    dizziness occurred at a similar rate with placebo" says nothing of the nausea before it)."""
    c = _cues()
    a, b = _sentence(doc, k), _sentence(doc, j)
    arm_a, arm_b = bool(c.arm.match(a)), bool(c.arm.match(b))
    if arm_a != arm_b:
        return True
    if spans is None:
        rel_a, rel_b = _relative_on(c.relative, a, -1), _relative_on(c.relative, b, -1)
    else:
        rel_a = _relative_on(c.relative, a, spans[0][0] - doc.sentences[k].start)
        rel_b = _relative_on(c.relative, b, spans[1][0] - doc.sentences[j].start)
    return rel_a != rel_b and not (_relative_on(c.relative, a + " " + b, -1) and ("placebo" in a and "placebo" in b))


#: Where one clause of a sentence ends and another begins: a semicolon or colon, or a
#: contrast or coordinating conjunction after a comma ("…, while …", "…, and 15% had …"),
#: or a contrast conjunction anywhere ("although", "whereas"), or a parenthesis or dash that
#: sets an aside apart ("… 14% of people (dizziness at a similar rate with placebo)").
_CLAUSE_BREAK = compile_re(r"[;:()\u2014\u2013]|\s-{1,2}\s|,\s*(?:and|but|while|whereas|although|though|yet|so)(?![a-z])|"
                           r"(?<![a-z])(?:but|whereas|although|though)(?![a-z])")


#: A negation right before a relative cue ("far from the same rate as placebo", "not at a
#: similar rate"): the cue is denied, so it places the effect at no placebo rate.
_NEGATED_CUE = compile_re(r"(?:\bnot|n't|\bnever|\bfar\s+from|\bnowhere\s+near|\bno)\s+(?:[a-z]+\s+)?$")


def _relative_on(relative: re.Pattern[str], low: str, at: int) -> bool:
    """A relative-to-placebo cue, not negated, in the clause of ``low`` that holds offset ``at``
    (anywhere in ``low`` when ``at`` is not in it)."""
    for m in relative.finditer(low):
        if _NEGATED_CUE.search(low, max(0, m.start() - 30), m.start()):
            continue
        if not 0 <= at < len(low):
            return True
        breaks = list(_CLAUSE_BREAK.finditer(low, 0, m.start()))
        # an aside that is the cue itself ("… in 7% of people (a similar rate to placebo)")
        # speaks of the clause it stands in: read on to the break before it
        while breaks and breaks[-1].group(0).strip() in _ASIDE_OPEN \
                and _CUE_LEAD.fullmatch(low, breaks[-1].end(), m.start()):
            breaks.pop()
        lo = breaks[-1].end() if breaks else 0
        hi = min((x.start() for x in _CLAUSE_BREAK.finditer(low, m.end())), default=len(low))
        if lo <= at < hi:
            return True
    return False


#: An aside's opening mark, and the words that may lead into a cue that makes up the aside.
_ASIDE_OPEN = frozenset({"(", "\u2014", "\u2013", "-", "--"})
_CUE_LEAD = compile_re(r"\s*(?:(?:a|an|the|at|about|roughly|around|which\s+is|that\s+is|i\.e\.,?)\s+)*")


def taken_condition(doc: Document, k: int) -> tuple[bool, frozenset[str]] | None:
    """How sentence ``k`` says it is taken ([condition] taken): (without?, the condition's words)."""
    c = _cues()
    m = c.taken.search(_sentence(doc, k))
    if m is None:
        return None
    cond = m.group("cond")
    words = frozenset(w for w in re.findall(r"[a-z][a-z-]+", cond) if w not in c.taken_stop)
    return cond.startswith("without"), words


def time_frames(doc: Document, k: int) -> frozenset[str]:
    """The named time frames ([time.frames]) sentence ``k`` limits its claim to."""
    low = _sentence(doc, k)
    return frozenset(name for name, p in _cues().times if p.search(low))


#: The time frames of then and now ([time.frames] past, present).
ERAS = frozenset({"past", "present"})


def population(doc: Document, k: int, start: int = -1, end: int = -1) -> frozenset[str]:
    """The words of the group of people sentence ``k`` limits its claim to ("with a healthy
    immune system" -> {"healthy", "immune", "system"}; "for adults" -> {"adults"}; "in
    toddlers" -> {"children"}), or an empty set. With ``start`` and
    ``end``, only a group in the clause around them (up to 80 characters either side)."""
    s = doc.sentences[k]
    low = _low(doc)
    lo, hi = s.start, s.end
    if start >= 0:
        lo, hi = max(lo, start - 80), min(hi, end + 80)
    c = _cues()
    for pattern in c.groups:
        m = pattern.search(low, lo, hi)
        if m and pattern is c.groups[7] and start >= 0 and (
                m.end() > end or clause_start(low, s.start, start) > m.start()):
            m = None  # a group subject of another clause ("Adults can …, but children should …")
        if m:
            who = m.group("who") or m.group("habit")  # "in regular coffee drinkers": a habit's group
            cut = c.group_end.search(who, 1)
            if cut:
                who = who[:cut.start()]
            words = re.findall(r"[a-z][a-z'-]+", who)
            got = {c.heads.get(w, w) for w in words if w not in c.stop}
            head = c.heads.get(m.group("head") or "") if "head" in pattern.groupindex else None
            if head:
                got = (got - set(c.heads)) | {head}  # "for adults", "in adults with asthma"
            if got and (c.negative.search(who) or pattern is c.groups[3]
                        or (pattern is c.groups[2] and low[m.start():m.start() + 6] == "unless")):
                got.add(NOT_GROUP)  # "without kidney disease", "unless you have …", "except in …"
            if pattern is c.groups[5]:
                got.add(SUBJECT_GROUP)
            if _ALL.search(low, max(lo, m.start() - 12), m.end()):
                got.add(ALL_GROUP)  # "suitable for all adults with thinning hair"
            if got - {NOT_GROUP, SUBJECT_GROUP}:
                return frozenset(got)
    return frozenset()


#: Marks a group named by what its people lack ("without kidney disease", "unless you have
#: liver disease"): the claim is for everyone outside the named group.
NOT_GROUP = "-"
#: Marks a group quantified by all, every or any ("for all adults with thinning hair", "for anyone
#: with diabetes"): the claim covers every member and every subgroup of it.
ALL_GROUP = "*"
#: The quantifier of such a group, right before its head or in its phrase.
_ALL = compile_re(r"\b(?:(?:all|every|any|each)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:people|persons?|patients?|adults?|children|child|kids?|toddlers?|babies|baby|infants?|teenagers?|"
                  r"teens?|women|woman|men|man|users?|individuals?|seniors?|ages?)|everyone|everybody|anyone|anybody)\b")
#: Marks a group found only as a sentence's subject ("People with liver disease … can"): it
#: is set apart only from the same group's complement, never from a group of other words.
SUBJECT_GROUP = "@"


def age_sex(words: frozenset[str]) -> frozenset[str]:
    """The ages and sexes ([population] heads) among a group's words ("pregnant women" ->
    {"women"}; "toddlers" -> {"children"})."""
    heads = _cues().heads
    return frozenset(heads[w] for w in words if w in heads)


def other_population(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two groups that differ: both named, and neither's words contain the other's ("with
    type 2 diabetes" is within "with diabetes"; "healthy immune system" and "weakened
    immunity" are two groups); or one names people with a condition and the other the
    people without it ("unless you have liver disease" … "people with liver disease"). A
    group quantified by all or every covers any other group but another age or sex."""
    if not a or not b:
        return False
    marks = {NOT_GROUP, SUBJECT_GROUP, ALL_GROUP}
    if (NOT_GROUP in a) != (NOT_GROUP in b) and (a - marks) & (b - marks):
        return True
    if ALL_GROUP in a or ALL_GROUP in b:
        # every member of a group is no group apart from a subgroup of it ("suitable for all
        # adults with thinning hair" … "in people with heart failure"); only two ages or sexes
        # that cannot overlap are ("safe for all adults" … "in children")
        ages = set(_cues().heads.values())
        return bool(a & ages) and bool(b & ages) and not (a & b & ages)
    if SUBJECT_GROUP in a or SUBJECT_GROUP in b:
        return False  # "all adults with migraine" and "people who have had a stroke" overlap
    return not (a <= b or b <= a)


def disease_feature(doc: Document, k: int, start: int, end: int) -> bool:
    """Sentence ``k`` makes the effect at ``[start, end)`` part of the disease: after it
    ("…, which is a common feature of migraine itself", "during attacks") or right before
    it ("because chemotherapy itself causes vomiting")."""
    s = doc.sentences[k]
    low = _low(doc)
    return bool(_cues().feature.search(low, end, s.end)
                or _cues().feature_before.search(low[max(s.start, start - 60):start]))


def disease_state(doc: Document, k: int) -> bool:
    """Sentence ``k`` describes the disease or the state people were in before treatment,
    not what the product does: the next sentence makes it so ("Those are symptoms of
    diabetes itself.", "These come from the heart condition, not the medicine."), or the
    sentence places it before treatment ("patients often arrive with raised blood sugar",
    "at the start of the study")."""
    c = _cues()
    if c.baseline.search(_sentence(doc, k)):
        return True
    return k + 1 < len(doc.sentences) and bool(c.feature_next.search(_sentence(doc, k + 1)))


def instruction_before(doc: Document, lo: int, start: int) -> bool:
    """The words in ``[lo, start)`` make the denial at ``start`` an instruction ("first, do
    no harm"), not a claim about a product."""
    return bool(_cues().instruction.search(_low(doc)[lo:start]))


def opening_form(doc: Document, k: int) -> tuple[str, str] | None:
    """The product name and form sentence ``k`` opens with ("Ibuprofen gel …" -> ("ibuprofen", "gel"))."""
    s = doc.sentences[k]
    m = _cues().opener.match(_low(doc)[s.start:s.end])
    if m is None or m.group("form") not in _cues().forms or m.group("name") in _cues().forms:
        return None
    return m.group("name"), _singular(m.group("form"))


def _singular(form: str) -> str:
    """The product form a plural names ("tablets" -> "tablet"), when the forms list has it."""
    forms = _cues().forms
    return next((f for f in singular_forms(form)[1:] if f in forms), form)


def routes(doc: Document, k: int, subject: str = "") -> frozenset[str]:
    """The routes of administration sentence ``k`` names for its product (``[route]``:
    skin, mouth, injection, nose, eye, ear, lungs, rectal, vaginal): a route phrase anywhere
    in the sentence ("used on the skin", "by mouth"), a form noun that is the subject's own
    modifier ("terbinafine cream") or follows its name in the sentence ("Zanta tablets"), or a
    form said to be the product's ("in tablet form", "as a cream"); an accidental swallow
    ("If swallowed", "swallowed by accident") is its own condition, ``accident``. A contrast phrase names
    another thing's route ("Unlike vitamin D injections, our gummies …", "compared with the
    cream"): it is left out up to its comma."""
    c = _cues()
    raw = _sentence(doc, k)
    text = _COMPANION.sub(" ", _CONTRAST.sub(" ", raw))  # ("… so pair it with eye drops": the drops' form)
    out = {name for name, pattern in c.route_phrases if pattern.search(text)}
    stated = out - {"accident"}
    words = re.findall(r"[a-z][\w-]*", subject.lower())
    # a subject found only inside the contrast phrase is the other thing ("Unlike Zorel
    # injections, the gummies …"): its form is not this product's
    # and a sentence that names its own route without the subject's form word ("Injected
    # lidocaine can …" on a page whose subject is "lidocaine cream") is not about that form
    if not (subject and subject.lower() in raw and subject.lower() not in text) \
            and not (stated and subject.lower() not in text):
        out.update(c.route_forms[w] for w in words if w in c.route_forms)
    for m in c.route_frame.finditer(text):
        out.add(c.route_forms[m.group("a") or m.group("b") or m.group("c")])
    label = c.route_label.match(raw)  # "Capsules: never take more than two a day"
    if label is not None:
        out.update(c.route_forms[w] for w in label.group("label").split() if w in c.route_forms)
    names = [w for w in words if w not in c.route_forms and w not in _NOT_NAME][:1]
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", text):
            form = next((f for f in m.groups() if f in c.route_forms), None)
            if form is not None:
                out.add(c.route_forms[form])
    return frozenset(out)


def route_stated(doc: Document, k: int) -> bool:
    """Sentence ``k`` states a route in words ("Applied to the gums, …", "by mouth"), not only
    by its form noun ("Numbex cream"): an accidental swallow is held apart from such a use
    only (scopes._differ)."""
    c = _cues()
    text = _CONTRAST.sub(" ", _sentence(doc, k))
    return any(name != "accident" and pattern.search(text) for name, pattern in c.route_phrases)


#: A phrase about another thing the sentence sets the product against ("unlike …", "compared
#: with …", "instead of …"), to its comma or the sentence's end.
#: A companion product's phrase ("pair it with eye drops"): its form is not this product's
#: route (contradiction_limits.toml [route] companion; side19).
_COMPANION = compile_re(read_toml("contradiction_limits.toml")["route"]["companion"])
_CONTRAST = compile_re(r"\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|instead\s+of|rather\s+than|versus|vs\.?)\s+[^,;:]*")


#: Words of a subject that are no product's name ("the tablets": "the" is followed by any form).
_NOT_NAME = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "its", "your", "their", "his", "her",
                       "my", "it", "they", "them", "new", "same", "other"})


#: A name that ends in a short code telling one member of a family from another: "vitamin c",
#: "vitamin b12", "omega-3", "type 2", "hpv 16".
_CODED = compile_re(r"\b([a-z][a-z]{2,})[\s-]([a-z]\d{0,2}|\d{1,3}[a-z]?)\b")


def named_apart(a: str, b: str) -> bool:
    """Two intervention names are different members of one family: the same word followed by
    different codes ("vitamin c" and "vitamin a"; not "vitamin k" and "vitamin k2", where one
    code begins the other)."""
    if not a or not b or a == b:
        return False
    ca = dict(_CODED.findall(a.lower()))
    cb = dict(_CODED.findall(b.lower()))
    for word, code in ca.items():
        other = cb.get(word)
        if other is not None and not (code.startswith(other) or other.startswith(code)):
            return True
    return False


def sentence_names_apart(doc: Document, k: int, name: str) -> bool:
    """Sentence ``k`` names only another member of ``name``'s family ("More than 100 mg of
    vitamin B6 a day …" against "vitamin b12"), whatever its claim was assigned to."""
    own = dict(_CODED.findall(name.lower())) if name else {}
    if not own:
        return False
    s = doc.sentences[k]
    said = _CODED.findall(_low(doc)[s.start:s.end])
    codes = [code for word, code in said if word in own]
    if not codes:
        return False
    return all(named_apart(f"x {own_word} {own[own_word]}", f"x {own_word} {code}")
               for own_word in own for code in codes)


def amount_frames(doc: Document, k: int) -> frozenset[str]:
    """The amount sentence ``k`` limits its claim to ([dose]): "usual" (as directed, at the
    recommended dose) and/or "excess" (too much, at high doses)."""
    c = _cues()
    low = _sentence(doc, k)
    return frozenset(name for name, p in (("usual", c.within), ("excess", c.beyond)) if p.search(low))


def source_frames(doc: Document, k: int) -> frozenset[str]:
    """The sources of a nutrient sentence ``k`` names ([source]): "food" and/or "supplement"."""
    c = _cues()
    low = _sentence(doc, k)
    return frozenset(name for name, p in (("food", c.food), ("supplement", c.supplement)) if p.search(low))


def sentence_text(doc: Document, k: int) -> str:
    """Sentence ``k`` in lower case (typographic apostrophes read as "'")."""
    return _sentence(doc, k)


def lower_text(doc: Document) -> str:
    """The document in lower case, same offsets (typographic apostrophes read as "'")."""
    return _low(doc)


@functools.lru_cache(maxsize=1)
def _component() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = read_toml("contradiction_limits.toml")["component"]
    return compile_re(d["alone"]), compile_re(d["comparator"] + "|" + d["not_component"]), compile_re(d["combined"])


def component_apart(doc: Document, a: int, b: int,
                    spans: tuple[tuple[int, int], tuple[int, int]] | None = None) -> bool:
    """One sentence speaks of an ingredient on its own ("Caffeine on its own doesn't relieve
    headache", "Taken alone, vitamin C does not shorten colds"), the other of the combination
    it belongs to ("the combination relieves headache", "with zinc and vitamin C together"):
    two products, whatever subject each claim was given ([component]). Not when both speak of
    it alone, nor when the other says nothing of a combination ("Caffeine on its own doesn't
    relieve headache" … "Caffeine relieves headache" still conflict). Given the claims' ``spans``
    (document offsets), a combination word counts only in the clause that holds its claim
    ("… raises iron levels, and it also works well together with vitamin C" is still the
    product alone); "than paracetamol
    alone" is a comparator, not the sentence's own product; "wears off on its own" is the effect's
    course and "In 2023 alone" a focus on a time or place ([component] not_component)."""
    alone, comparator, combined = _component()

    def own(k: int) -> str:
        return comparator.sub(" ", _sentence(doc, k))

    sa, sb = own(a), own(b)
    la, lb = _alone_in(doc, a, alone, sa), _alone_in(doc, b, alone, sb)
    if la == lb:
        return False
    k = b if la else a
    low = sb if la else sa
    if spans is not None:
        raw = _sentence(doc, k)
        at = spans[1 if la else 0][0] - doc.sentences[k].start
        if 0 <= at < len(raw):
            lo = max((x.end() for x in _COMPONENT_BREAK.finditer(raw, 0, at)), default=0)
            hi = min((x.start() for x in _COMPONENT_BREAK.finditer(raw, at)), default=len(raw))
            low = comparator.sub(" ", " " * lo + raw[lo:hi] + " " * (len(raw) - hi))
    return _combined_in(doc, k, combined, low)


#: A clause break, or a second predicate joined by "and also" / "and it" ("… raises iron levels
#: and also works well together with vitamin C"): what follows says something else of it.
_COMPONENT_BREAK = compile_re(_CLAUSE_BREAK.pattern + r"|(?<![a-z])and\s+(?:it\s+|they\s+)?also(?![a-z])")


def _named_starts(doc: Document, k: int) -> set[int]:
    """Where (sentence offsets) the products and ingredients sentence ``k`` names begin."""
    from lint_rules.analysis.interventions import sentence_subjects

    s0 = doc.sentences[k].start
    return {p - s0 for p, _ in sentence_subjects(doc).spans_named(k)}


#: A name of up to four words, then the cue ("Somnil alone", "St John's wort alone").
_NAME_BEFORE = compile_re(r"[\w'-]+(?:\s+[\w'-]+){0,3}\s+")


#: "alone" of the product: after a verb of use ("Taken alone, …", "used alone").
_ALONE_USE = compile_re(r"(?<![a-z])(?:taken|used|given|applied|take\s+it|use\s+it)\s+$")


#: "alone" of a person's life, not of an ingredient: after a verb of living, being or going
#: ("people who live alone", "is alone", "travel alone") or a person ("patients alone").
_ALONE_PERSON = compile_re(r"(?<![a-z])(?:live|lives|lived|living|sleep|sleeps|slept|sleeping|stay|stays|stayed|"
                           r"staying|travel|travels|travelled|traveling|travelling|walk|walks|walked|walking|"
                           r"work|works|worked|working|eat|eats|ate|eating|be|being|been|is|are|was|were|am|"
                           r"feel|feels|felt|left|leave|stand|stands|go|goes|went|going|people|patients|someone|"
                           r"person|you|we|they|he|she|i)\s+$")


def _alone_in(doc: Document, k: int, alone: re.Pattern[str], low: str) -> bool:
    """An ingredient-alone cue in ``low`` (sentence ``k``, comparator removed): "alone" only
    right after a product or ingredient name or a verb of use ("Somnil alone", "Taken alone"),
    not of a person ("people who live alone")."""
    starts: set[int] | None = None
    for m in alone.finditer(low):
        if not m.group(0).startswith("alone"):
            return True
        if _ALONE_USE.search(low, max(0, m.start() - 12), m.start()):
            return True
        if starts is None:
            starts = _named_starts(doc, k)
        if any(p < m.start() and _NAME_BEFORE.fullmatch(low, p, m.start()) for p in starts):
            return True
        if not _ALONE_PERSON.search(low, max(0, m.start() - 30), m.start()):
            return True  # an ingredient the interventions analysis does not name ("Zinc alone")
    return False


#: A combination word that names no product: negated ("not a combination product"), or of
#: pooled trials ("the combined results", "combined trial data", "combined analysis").
_NOT_COMBINED = compile_re(r"(?:\bnot|n't|\bnever|\bno)\s+(?:a\s+|an\s+|the\s+)?$")
_POOLED = compile_re(r"\s+(?:[\w-]+\s+)?(?:results?|data|analys[ie]s|evidence|figures|findings|estimates?|"
                     r"studies|trials|totals?|samples?)\b")
#: "together with", "combined with" and their kin, which need a product or ingredient after them.
_WITH = compile_re(r"(?:together|combined|paired|mixed|combination)\s+with$|with$")


def _combined_in(doc: Document, k: int, combined: re.Pattern[str], low: str) -> bool:
    """A combination cue in ``low`` (sentence ``k``) that speaks of a combined product: not
    negated, not of pooled data, and "together with"/"combined with" only before a product
    or ingredient name ("combined with metformin", not "together with food")."""
    starts: set[int] | None = None
    for m in combined.finditer(low):
        word = m.group(0)
        if _NOT_COMBINED.search(low, max(0, m.start() - 12), m.start()):
            continue
        if word.startswith("combined") and _POOLED.match(low, m.end()):
            continue
        if word == "together" and low.startswith(" with", m.end()):
            word, end = "together with", m.end() + 5
        else:
            end = m.end()
            if low.startswith(" with", end) and word in ("combined", "combination", "in combination"):
                word, end = word + " with", end + 5
        if _WITH.search(word):
            if starts is None:
                starts = _named_starts(doc, k)
            gap = re.match(r"\s+(?:(?:a|an|the|low-dose|high-dose)\s+)?", low[end:])
            at = end + (gap.end() if gap else 0)
            if at not in starts:
                continue
        return True
    return False


def _words(ws: list[str]) -> re.Pattern[str]:
    return compile_re(r"(?<![a-z-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + r")(?![a-z-])")


@functools.lru_cache(maxsize=1)
def _grades() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    d = read_toml("contradiction_limits.toml")["severity"]
    return _words(d["severe"]), _words(d["mild"]), int(d["window"])


@functools.lru_cache(maxsize=1)
def _durations_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = read_toml("contradiction_limits.toml")["severity"]
    return _words(d["lasting"]), _words(d["passing"])


def grade(doc: Document, k: int, start: int, end: int) -> str:
    """The grade an effect's own words carry ("severe", "mild" or ""): a grade word as the
    effect's first word or in the few words right before it, within its clause ("does not cause
    serious headaches", "a mild headache", "no serious allergic reactions")."""
    severe, mild, window = _grades()
    if not doc.sentences[k].start <= start < end <= doc.sentences[k].end:
        return ""
    near = _near(doc, k, start, end, window)
    hard, soft = bool(severe.search(near)), bool(mild.search(near))
    if hard != soft:  # "no severe or moderate pain": both grades, none singled out
        return "severe" if hard else "mild"
    return ""


def _near(doc: Document, k: int, start: int, end: int, window: int) -> str:
    """The effect's first word and the ``window`` words before it, within its clause."""
    s = doc.sentences[k]
    low = _low(doc)
    # the effect's own noun phrase: not the grade of a neighbour coordinated before it ("mild
    # nausea and headaches bad enough to need hospital care")
    before = re.split(r"[,;:()]|(?<![a-z])(?:but|and|which|that)(?![a-z])", low[s.start:start])[-1]
    return " ".join(before.split()[-window:] + low[start:end].split()[:1])


def severity_apart(doc: Document, denial: tuple[int, int, int], admission: tuple[int, int, int]) -> bool:
    """A denial of a harm's severe form against an admission of its mild form ("Tramadex does
    not cause severe constipation" … "Tramadex can cause mild constipation"), or of its
    lasting form against a passing one ("does not cause lasting flushing" … "can cause
    temporary flushing", "flushing … then fades"): both true ([severity], CTCAE grades and
    leaflet course words). An ungraded admission still conflicts."""
    if grade(doc, *denial) == "severe" and grade(doc, *admission) == "mild" and not _serious_in_itself(doc, admission):
        return True
    k, start, end = denial
    if not doc.sentences[k].start <= start < end <= doc.sentences[k].end:
        return False
    lasting, passing = _durations_cues()
    near = _near(doc, k, start, end, _grades()[2])
    if not lasting.search(near) or passing.search(near):
        return False  # "no temporary or lasting redness": both denied, none singled out
    said = _sentence(doc, admission[0])
    if lasting.search(said):
        return False
    # the passing word must be said of the admitted effect: in its own clause (not "Tingling
    # usually fades, but … caused nerve damage"), not negated ("hair loss that never grows
    # back", "does not go away"), and not followed by a contrast ("settles in most but stays
    # for years in some")
    s0 = doc.sentences[admission[0]].start
    a, b = admission[1] - s0, admission[2] - s0
    if not 0 <= a < b <= len(said):
        return False
    lo = max((m.end() for m in _CONTRAST_CLAUSE.finditer(said, 0, a)), default=0)
    hi = min((m.start() for m in _CONTRAST_CLAUSE.finditer(said, b)), default=len(said))
    nxt = _NEXT_EFFECT.search(said, b, hi)  # "hair loss that never regrows and scalp itching that soon passes"
    hi = nxt.start() if nxt else hi
    return any(not _NEGATED.search(said, lo, m.start()) and not _CONTRAST_CLAUSE.search(said, m.end())
               for m in passing.finditer(said, lo, hi))


def _serious_in_itself(doc: Document, admission: tuple[int, int, int]) -> bool:
    """The admitted harm is serious whatever grade word it carries ("minor bleeding into the
    brain", "a mild stroke"): [severity] serious_in_itself, read from the effect to its clause end,
    through a relative clause that tells its outcome ("a slight heart rhythm problem that needed
    a pacemaker")."""
    k, start, end = admission
    s = doc.sentences[k]
    low = _low(doc)
    cut = re.search(r"[,;:()]|(?<![a-z])(?:but|and|or)(?![a-z])", low[end:s.end])
    hi = end + cut.start() if cut else s.end
    return bool(_serious_cue().search(low, start, hi))


@functools.lru_cache(maxsize=1)
def _serious_cue() -> re.Pattern[str]:
    return compile_re(read_toml("contradiction_limits.toml")["severity"]["serious_in_itself"])


#: A clause of contrast or a new clause: "but", "although", "while", "whereas", "yet",
#: "except", "however" and a semicolon or colon (CGEL ch. 15 coordinators and concessives).
_CONTRAST_CLAUSE = compile_re(r"[;:]|(?<![a-z])(?:but|although|though|whereas|while|yet|except|however)(?![a-z])")
#: Another effect coordinated after the admitted one ("… and scalp itching that soon passes"):
#: a passing word after it is said of that effect.
_NEXT_EFFECT = compile_re(r"(?<![a-z])(?:and|or|as\s+well\s+as|plus)\s+(?!(?:then|soon|usually|quickly|it|they|"
                          r"goes|go|wears?|fades?|settles?|passes)(?![a-z]))")
#: A negation right before a passing word ("never grows back", "does not go away", "doesn't
#: fade", "no longer passes").
_NEGATED = compile_re(r"(?:(?<![a-z])(?:not|never|no\s+longer|no)|n't)\s+(?:[a-z]+\s+){0,2}$")


@functools.lru_cache(maxsize=1)
def _class_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = read_toml("contradiction_limits.toml")["class_warning"]
    return compile_re("(?:" + d["class"] + ")|(?:" + d["generic"] + ")"), compile_re(d["owned"])


@functools.cache
def _class_partner() -> re.Pattern[str]:
    return compile_re(r"(?:" + read_toml("contradiction_limits.toml")["class_warning"]["partner"] + r")")


@functools.cache
def _class_imperative() -> re.Pattern[str]:
    return compile_re(read_toml("contradiction_limits.toml")["class_warning"]["imperative_object"])


#: Right before a class phrase: it is the object of "with" (a partner, "can be taken with any
#: food"), not the warning's subject.
_WITH_BEFORE = compile_re(r"(?<![a-z])with\s+$")


def class_warning(doc: Document, k: int, other: int = -1) -> bool:
    """Sentence ``k`` warns about a whole class of products and names none ("All medicines
    can cause side effects such as rash", "If you take too much of any supplement, you could
    get an upset stomach", "Common side effects of older antihistamines include drowsiness",
    "Any herbal remedy can interact with prescription drugs"): its harm, interaction or
    restriction is not said of this product ([class_warning]). "Like all
    medicines, X can cause …", "including this one" and any product named outside the class
    phrase make it X's; so does an ``other`` sentence that names the class itself ("Side
    effects of antihistamines include drowsiness" … "Antihistamines do not cause drowsiness").
    An "as with any …" that is followed by another class as the subject ("As with anything,
    any herbal remedy can …") owns nothing; a class after "with" is a partner, not the
    subject; a name that is the warned interaction's partner or what the reader is told to
    report taking ("… so tell your pharmacist you are taking X") is not the product warned of."""
    from lint_rules.analysis.interventions import sentence_subjects

    cls, owned = _class_cues()
    low = _sentence(doc, k)
    every = list(cls.finditer(low))
    owns = list(owned.finditer(low))
    # an "as with any / like all" cue that is itself one of the classes owns only when no
    # other class is left as the subject ("As with any medicine, X can …" vs "As with
    # anything, any herbal remedy can …"); a class after "with" is a partner
    imperative, forms = _class_imperative(), _cues().forms
    subjects = [m for m in every if not any(o.start() < m.end() and m.start() < o.end() for o in owns)
                and not _WITH_BEFORE.search(low, 0, m.start())
                and not imperative.search(low, 0, m.start())  # "Do not give any tablets to …": the reader's units
                and not (m.group().split()[0] in ("every", "each") and m.group().split()[-1] in forms)]  # "Every capsule"
    classes = [m.group() for m in every]
    rest = [o for o in owns if not any(o.start() < m.end() and m.start() < o.end() for m in every)]
    if not subjects or rest:
        return False
    if other >= 0:  # the other side speaks of the class itself ("Antihistamines do not cause …"),
        # not as a partner ("no interactions with other medicines") nor as the head of a
        # product's name ("Vitaloo Kids Gummies are gelatin-free")
        heads = {c.split()[-1].rstrip("s") for c in classes}
        olow = _sentence(doc, other)
        o = doc.sentences[other].start
        forms = _cues().forms
        named = []  # a product's name with the form word after it ("omega-3 capsules")
        for p, n in sentence_subjects(doc).spans_named(other):
            end = p - o + len(n)
            after = re.match(r"\s+([a-z]+)", olow[end:])
            named.append((p - o, end + after.end() if after and after.group(1) in forms else end))
        if any(m.group().rstrip("s") in heads and not _WITH_BEFORE.search(olow, 0, m.start())
               and not _class_partner().search(olow, 0, m.start())
               and not any(a <= m.start() < b for a, b in named)
               for m in re.finditer(r"[a-z][a-z-]+", olow)):
            return False
    # the class noun may itself be in the intervention lexicon ("sleeping pills"): only a
    # name outside the class phrase is a product; a partner of the interaction or the
    # reader's own use is not
    a = doc.sentences[k].start
    subj = sentence_subjects(doc)
    partner = _class_partner()
    if other >= 0:
        # a capitalised name the other side also names ("Most cold remedies, Brightlyn
        # included, …" … "Brightlyn drops are safe"): the product, read or not as a name
        raw = doc.text[a:doc.sentences[k].end]
        theirs = set(re.findall(r"[a-z][\w'-]+", _sentence(doc, other)))
        lead = re.search(r"[A-Za-z]", raw)
        for w in re.finditer(r"(?<![\w'-])[A-Z][\w'-]+", raw):
            if (lead is None or w.start() != lead.start()) and w.group().lower() in theirs \
                    and not any(m.start() <= w.start() < m.end() for m in every) \
                    and not _disclosed(partner.search(low, max(0, w.start() - 60), w.start())):
                return False
    for pos, name in subj.spans_named(k):
        if any(name.lower() in c for c in classes) or any(m.start() <= pos - a < m.end() for m in every):
            continue  # the class phrase itself ("Many capsules", read back as "the capsules")
        held = partner.search(low, max(0, pos - a - 60), max(0, pos - a))
        if held and (other < 0 or _disclosed(held) or name.lower() not in _sentence(doc, other)):
            continue  # a partner, unless the other side's own product ("… can interact with Zorvex")
        return False
    return True


def _disclosed(partner: re.Match[str] | None) -> bool:
    """A partner position that exempts a name the other side also speaks of: the reader's own use
    or what the class contains, not "interact with X" (then the warning is about X itself:
    "Many cold remedies can interact with Zorvex" … "Zorvex has no known interactions")."""
    return partner is not None and not _INTERACT.match(partner.group())


#: The interaction partner's position of [class_warning] partner.
_INTERACT = compile_re(r"(?:interact|interfere|react)")


@functools.cache
def _other_cues() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    d = read_toml("contradiction_limits.toml")["other_product"]
    heads = "|".join(sorted((re.escape(h) for h in d["heads"]), key=len, reverse=True))
    phrase = compile_re(r"(?<![\w'’-])(?P<name>(?:(?:[A-Z][\w'’-]*|[+&]|\d[\w.-]*)[ \t]+){1,5})"
                        r"(?P<head>(?i:" + heads + r"))(?![\w'’-])")
    from lint_rules.analysis.interventions import cross_sell_header

    return phrase, frozenset(d["not_name"]), cross_sell_header()


def _name_words(name: str, not_name: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9][\w'’-]*", name.lower()) if w not in not_name)


def _product_phrases(doc: Document, k: int) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, name words) of each product named in sentence ``k`` by capitalised words
    and a product head noun ("Almond Protein Bites", "Our Creatine + Whey Recovery blend");
    the head noun and the opening words are no part of the name ([other_product])."""
    phrase, not_name, _header = _other_cues()
    s = doc.sentences[k]
    out = []
    first = re.search(r"[A-Za-z]", doc.text[s.start:s.end])
    lead = s.start + first.start() if first else s.start
    for m in phrase.finditer(doc.text, s.start, s.end):
        words = _name_words(m.group("name"), not_name)
        # a capital that only opens the sentence names nothing ("Cranberry juice can …")
        caps = any(m.start() + c.start() != lead for c in re.finditer(r"[A-Z]", m.group()))
        if words and caps:
            out.append((m.start(), m.end(), words))
    return out


def _listed_other(doc: Document, k: int) -> bool:
    """Sentence ``k`` is an item of a list (or the line) that a cross-selling header
    introduces ("Also in your box:", "You may also like:", "From the same range:"), or sits
    in the section such a header opens (``cross_sell_section``)."""
    _phrase, _not_name, header = _other_cues()
    blocks = doc.blocks
    b = doc.sentences[k].block
    if blocks[b].kind != "list_item":
        return cross_sell_section(doc, k) is not None
    i = b - 1
    while i >= 0 and blocks[i].kind == "list_item":
        i -= 1
    if i < 0:
        return False
    text = doc.text[blocks[i].start:blocks[i].end].strip()
    return text.endswith(":") and header.search(text) is not None


def cross_sell_section(doc: Document, k: int) -> tuple[int, int] | None:
    """The text span of the cross-selling header ([other_product] header: "You might also
    like", "Related products", "Customers also bought") whose section holds sentence ``k``, or
    None. The header is a heading, a line of its own with no full stop ("You might also like:";
    not "Other products can cause drowsiness.", a sentence about other products), the opening
    of ``k``'s own paragraph, or a sentence of that paragraph before ``k`` that opens with the
    header and a colon ("… Each bar has 4 g of fibre. You might also like: Nutty Cookies. The
    cookies …"; name17 review: a shop page run together into one paragraph); the section runs
    to the next heading that is no such header. Why (name17, issue 14 class 3):
    the products listed there, and the kind nouns that then name them ("The cookies contain
    peanuts"), are not the page's product, though the sentence names no product itself. A
    product's title line there (a heading that is a product phrase, "Nutty Bites Cookies", or
    any heading right after the header) does not end the section. A
    sentence there that names the page's own product (its first-named product's words) is
    left to the usual reading."""
    from lint_rules.document import HEADING

    _phrase, _not_name, header = _other_cues()
    b = doc.sentences[k].block
    found: tuple[int, int] | None = None
    j = k
    while j >= 0 and doc.sentences[j].block == b:
        sent = doc.sentences[j]
        text = doc.text[sent.start:sent.end]
        opens = header.match(text)
        if opens is not None and text[opens.end():].lstrip().startswith(":"):
            found = (sent.start, sent.start + opens.end())
            break
        j -= 1
    for i in range(b, -1, -1):
        if found is not None:
            break
        block = doc.blocks[i]
        text = doc.text[block.start:block.end].strip()
        if header.search(text) is not None and (i == b or block.kind == HEADING
                                                 or (len(text) <= 60 and not text.endswith((".", "!", "?")))):
            found = (block.start, block.end)
            break
        if block.kind == HEADING and i != b and _phrase.fullmatch(text.rstrip(" .!")) is None and not (
                i > 0 and header.search(doc.text[doc.blocks[i - 1].start:doc.blocks[i - 1].end]) is not None):
            return None  # (a product's own title line in the section, "Nutty Bites Cookies", or right
            # after the header, does not end it)
    if found is None:
        return None
    page, _words = _page_product(doc, frozenset())
    if 0 <= page < k and doc.sentences[page].end <= found[0]:
        said = frozenset(re.findall(r"[a-z0-9][\w'’-]*", _sentence(doc, k)))
        if _page_names(doc, page, said):
            return None  # "Crunchly Oat Bars contain peanuts" there: the page's own product
    kind = _kind_noun(_sentence(doc, k), _not_name)
    if kind and kind in _words_of(doc.text[:found[0]]) and kind not in _words_of(doc.text[found[0]:doc.sentences[k].start]):
        return None  # "Crunchos Oat Bars … You might also like: Nutty Cookies. The bars contain
        # peanuts": the page's product by the kind the page used before the section, which no
        # product the section lists shares
    return found


def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9][\w'’-]*", text.lower()))


def _kind_noun(sentence: str, not_name: frozenset[str]) -> str:
    """The noun a sentence opens with after its determiners ("the bars contain …" -> "bars"),
    when a determiner stands before it (a definite reference back by kind), else ""."""
    words = re.findall(r"[a-z0-9][\w'’-]*", sentence)
    i = 0
    while i < len(words) and words[i] in not_name:
        i += 1
    return words[i] if 0 < i < len(words) else ""


def _page_names(doc: Document, page: int, said: frozenset[str]) -> bool:
    """The words ``said`` hold the capitalised name words the page's first product sentence
    ``page`` gives its product (its product phrases, or the interventions it names)."""
    from lint_rules.analysis.interventions import sentence_subjects

    names = [p[2] for p in _product_phrases(doc, page)]
    names += [frozenset(n.split()) for _p, n in sentence_subjects(doc).spans_named(page)]
    return any(n and n <= said for n in names)


def _page_product(doc: Document, words: frozenset[str]) -> tuple[int, frozenset[str]]:
    """Where the page names its own product, and the words there: its heading when that
    shares a word with the product phrase ``words`` ("CREATINE MONO — UNFLAVOURED" …
    "Creatine + Whey Recovery blend"), else the first sentence that names a product (a
    known intervention or a product phrase)."""
    from lint_rules.analysis.interventions import sentence_subjects

    def vocab(k: int) -> frozenset[str]:
        return frozenset(re.findall(r"[a-z0-9][\w'’-]*", _sentence(doc, k)))

    if doc.sentences and doc.blocks[doc.sentences[0].block].kind == "heading" and vocab(0) & words:
        return 0, vocab(0)
    subj = sentence_subjects(doc)
    for k in range(len(doc.sentences)):
        if subj.spans_named(k) or _product_phrases(doc, k):
            return k, vocab(k)
    return -1, frozenset()


def _owner_words(doc: Document, k: int, pos: int) -> tuple[frozenset[str], bool] | None:
    """The name words of another product that the claim at ``pos`` of sentence ``k`` is said
    of, and whether a cross-selling header or opener says so: the item of a cross-selling
    list or the name after a cross-selling opener ("Also try our Hazel Crunch, which
    contains hazelnuts"), else the last product phrase before the claim in its sentence when
    the page named its own product before it and that is not it. None when the claim is the
    page's product's (or no other product's)."""
    _phrase, not_name, header = _other_cues()
    s = doc.sentences[k]
    before = [p for p in _product_phrases(doc, k) if p[1] <= max(pos, s.start)
              and ";" not in doc.text[p[1]:max(pos, p[1])]]
    opener = header.match(doc.text[s.start:s.end])
    listed = _listed_other(doc, k)
    if before:
        words = before[-1][2]
        if opener is not None or listed:
            return words, True
        page, page_words = _page_product(doc, words)
        if page < 0 or page >= k or words <= page_words:
            return None  # the first product the page names is its own
        return words, False
    if not (opener is not None or listed):
        return None
    # a list item's name, or the name after an opener: the capitalised words it opens with
    # ("Almond Protein Bites (contains almonds)", "Also try our Hazel Crunch, which …"); an
    # opener followed by no name ("Also try to drink water") names no product
    text = doc.text[s.start:s.end] if opener is None else doc.text[s.start + opener.end():s.end]
    name = _TITLE_RUN.match(text)
    words = _name_words(name.group("name"), not_name) if name is not None else frozenset()
    if words <= _pronouns():
        words = frozenset()  # "They contain nuts": a pronoun opening the sentence names nothing
    if not words and opener is None and (section := cross_sell_section(doc, k)) is not None:
        # "You might also like: Nutty Bites Cookies. The cookies contain peanuts": the product
        # the section named before the sentence, called by its kind (else the header's words)
        words = _section_names(doc, section, k, not_name)
    return (words, True) if words else None


@functools.lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Personal pronouns that open a sentence with a capital: no product's name ([other_product] pronouns)."""
    return frozenset(read_toml("contradiction_limits.toml")["other_product"]["pronouns"])


def _section_names(doc: Document, section: tuple[int, int], k: int, not_name: frozenset[str]) -> frozenset[str]:
    """The name words of the products a cross-selling section (its header at the span
    ``section``) names before sentence ``k``: the last one named (a capitalised run opening a
    line or after the header), else the header's own words ("related products"), which mark
    another product."""
    start, end = section
    found: frozenset[str] = frozenset()
    for sent in doc.sentences[:k]:
        if sent.end <= start:
            continue
        text = doc.text[sent.start:sent.end]
        opener = _other_cues()[2].match(text)
        name = _TITLE_RUN.match(text if opener is None else text[opener.end():].lstrip(" :-—–"))
        words = _name_words(name.group("name"), not_name) if name is not None else frozenset()
        if words:
            found = words
    return found or frozenset(re.findall(r"[a-z][\w'’-]*", doc.text[start:end].lower())) - not_name


#: The capitalised words a list item or the words after an opener start with (after "our",
#: "the" and the like): a product's name.
_TITLE_RUN = compile_re(r"\W*(?:(?:our|the|a|an|new|your)\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[+&]|\d[\w.-]*))*)")


def other_product_apart(doc: Document, k: int, j: int, spans: tuple[int, int],
                        products: tuple[str, ...] = ()) -> bool:
    """One claim is said of another product on the same page and the other claim's sentence
    does not name that product ("Magnesium Night capsules: nut-free" … "Also in your box: -
    Almond Protein Bites (contains almonds)"; "CREATINE MONO … Pure creatine monohydrate,
    dairy-free" … "Our Creatine + Whey Recovery blend adds whey protein, so it contains
    milk"). Without a cross-selling header or opener, the other claim must come before the
    other product is named or name a product of its own ("It contains almonds" after "Zanta
    Night Spray is nut-free" is that spray's). ``spans``: the claims' start offsets in
    sentences ``k`` and ``j``; ``products``: the claims' subjects; the other claim's
    subject words are no mark of another product ("Calmara Drops" … "Calmara Night Shake"), and
    a side that names every word of the other product's name speaks of it too."""
    from lint_rules.analysis.interventions import sentence_subjects

    names = [frozenset(re.findall(r"[a-z0-9][\w'’-]*", p.lower())) for p in products] + [frozenset()] * 2
    for (a, pa), b, own in (((k, spans[0]), j, names[1]), ((j, spans[1]), k, names[0])):
        found = _owner_words(doc, a, pa)
        if found is None:
            continue
        words, strong = found
        mark = words - own
        if not mark or mark <= frozenset(re.findall(r"[a-z0-9][\w'’-]*", _sentence(doc, b))):
            continue  # the other side names that product too ("Calmara Night Shake" … "Calmara Night Shake")
        if own and own <= frozenset(re.findall(r"[a-z0-9][\w'’-]*", _sentence(doc, a))):
            continue  # the other product's sentence names this one ("… can raise levels of atorvastatin")
        if strong:
            return True
        text_b = doc.text[doc.sentences[b].start:doc.sentences[b].end]
        brand = r"(?i)(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’-])"
        if any(m.group()[0].isupper() for m in re.finditer(brand, text_b)):
            continue  # the other side names the brand ("Nutrix contains almonds" … "Our Nutrix Free range")
        if b < a or sentence_subjects(doc).spans_named(b) or _product_phrases(doc, b):
            return True
    return False
