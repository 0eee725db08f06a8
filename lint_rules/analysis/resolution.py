"""What an unnamed source stands for, read the way an editor reads it: the claim's paragraph
and the next one.

An editor who meets "experts say" or "scientists believe" reads on to the end of the paragraph
and into the next, and takes the source as named when the expert or the study turns up there,
told on the claim's subject: "…, experts say the cream restores the balance of healthy skin."
and, a paragraph on, "“Healthy skin keeps bacteria in balance. …,” said Maria Olander, MD"; or
"Now scientists believe …" and then "In a paper published Thursday in the journal …,
researchers at … found …". The editors' verdicts on the s241 sample judged warnings on such
passages WRONG (F004, F094). The evidence rule read only the next sentence, the first sentence
of the next paragraph and the last of the paragraph before, each its own way; this module is
the one window and the one tie.

* ``reading_window``: the rest of the claim's paragraph and the next paragraph of prose before
  a heading, with page furniture between them skipped (a photo caption, an "Advertisement"
  line, a newsletter box: ``study_cues.toml`` ``[reading_window] furniture``, or a short line
  with no end mark); and, before the claim, its own paragraph and the last sentence of the
  paragraph before (where the expert just quoted is named).
* ``resolve_source``: the study or the named person an unnamed source stands for in that
  window. Research and scientists stand for the first study told after the claim, with more
  than its year to find it by, not told as another one ("another study", "an earlier trial"),
  not set against the claim ("But a review …"), not the story's one new study when the source
  is several ("a number of trials demonstrate …") nor when the source is earlier work
  ("Previous research has linked …", ``[reading_window] earlier_source``), whose sentence shares a
  content word with the claim; or, for research ("Several studies have shown …"), a study told as
  its example in the very next sentence of the paragraph, by its year alone ("A 2005 study in
  Mexico found that the same solution killed …"), tied by what the claim says of its subject, not
  by the product's name and noun (``_said_of``): whether that study can be found is CIT001's
  warning. A group of people ("experts say"; never "studies show": a person quoted is not
  research) stands for a person quoted in the window whom the article gives a title, a degree or
  an affiliation (not "a mother of two from Bristol", not a patient, not someone with a stake:
  the sources analysis's interested, the product's paid consultant or the study's author, or a
  stake the article tells in a sentence of its own, ``[reading_window] stake``), whose own words (their sentence without their name and
  title, and the quotation their attribution closes) share two content words with the claim, or
  one and the group's field ("therapists say" and "a reflexology therapist"). A claim with a
  figure is resolved only by a source that gives the same figure ("only a third take them,
  neurologists say" is not "about four in ten could benefit, said Dr. Reese"), and a source told
  as other than those named ("Other scientists say", "Independent experts say") by none: the
  editors judged those three shapes RIGHT (s193 F001, s61 F046, s151 F010 and F055). Nor does a
  source whose words deny or doubt the claim ("“… no pill will melt it in a week,” said Dr.
  Bright" after "experts say the pill melts belly fat in a week"), in any of their sentences in
  the window, or assert what the claim denies (a difference of polarity; "not only", "no doubt"
  deny nothing: ``not_dispute``). A figure is a statistic: not a digit in a name ("omega-3",
  "type 2") nor a frequency ("twice a day").
* ``shared_subject``: the tie, content words of four letters or more compared by their first
  five letters, leaving out study search's stop words, the words of saying and titles
  (``[reading_window] not_subject``) and the article's topic (``topic_stems``: a word in a fifth
  of its sentences, "probiotics" in a story on probiotics, ties every sentence to every other).
  A tie must hold a word of what the claim says (``_specific``): not only words too broad to tie
  alone (``[reading_window] generic``: "children", "weight", "brain", "body", "drink") nor only a
  name the claim gives ("the Arvon jab"); a group coordinated before the source ("Dentists and
  oral surgeons agree", ``group_before``) is the source, not the claim.

The hard negatives are what the tie leaves out: a second study on something else ("Studies
show that the patch lowers blood pressure. … researchers found that a salt-free diet changed
sleep"), an expert quoted on another subject ("“We open a new wing on Monday,” said Dr. Evers").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from lint_rules import knowledge
from lint_rules.analysis.assertions import body_indices
from lint_rules.analysis.concepts import get_lexicon
from lint_rules.analysis.credentials import lexicon as credential_lexicon
from lint_rules.analysis.mentions import mentions
from lint_rules.analysis.sources import INTERESTED, PARTICIPANT, sources
from lint_rules.analysis.studies import cues, study_mentions, tells_other_study
from lint_rules.document import BODY, HEADING, Document
from lint_rules.store.compiled_re import compile_re

#: A paragraph ends as a sentence; a line without an end mark is a caption, a label or a link.
_END_MARK = compile_re(r"[.!?:;\"”')\]…]\s*$")
#: How many words a line without an end mark may have and still be page furniture.
_FURNITURE_WORDS = 25
_WORD = compile_re(r"[A-Za-z][A-Za-z-]{3,}")


@dataclass(frozen=True)
class Resolution:
    """The named source an unnamed one stands for."""

    kind: str  #: "study" or "speaker"
    sentence: int  #: where it is told (index into ``doc.sentences``)
    name: str  #: the study's phrase or the speaker's name
    tie: str  #: the content word the two share


@cache
def _furniture() -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in cues()["reading_window"]["furniture"]), re.IGNORECASE)


@cache
def _not_subject() -> frozenset[str]:
    """Words that tie nothing: study search's stop words, the words of saying, and the
    unnamed sources' own nouns (``[reading_window] not_subject``)."""
    return frozenset(cues()["search"]["stopwords"]) | frozenset(cues()["reading_window"]["not_subject"])


def _stems(text: str) -> set[str]:
    stop = _not_subject()
    return {w[:5] for w in (x.lower() for x in _WORD.findall(text)) if w not in stop}


def shared_subject(claim: str, other: str, topic: frozenset[str] = frozenset()) -> list[str]:
    """The content word stems ``claim`` and ``other`` share, leaving out the article's
    ``topic`` stems (``topic_stems``)."""
    theirs = _stems(other) - topic
    return [a for a in sorted(_stems(claim) - topic)
            if any(a == b or a.startswith(b) or b.startswith(a) for b in theirs)]


#: A stem told in this share of the article's body sentences (and in three or more) is its
#: topic ("probiotics" in a story about probiotics): it ties every sentence to every other.
TOPIC_SHARE = 0.2


def topic_stems(doc: Document) -> frozenset[str]:
    """The stems of the article's topic: told in ``TOPIC_SHARE`` of its body sentences or more.
    A speaker who says "probiotics" in a story about probiotics has not thereby said what
    "experts say" of them."""
    def build(d: Document) -> frozenset[str]:
        ks = body_indices(d)
        counts: Counter[str] = Counter()
        for k in ks:
            counts.update(_stems(_text(d, k)))
        floor = max(3, TOPIC_SHARE * len(ks))
        return frozenset(w for w, n in counts.items() if n >= floor)

    return doc.analysis("resolution.topic", build)


def furniture(doc: Document, block: int) -> bool:
    """Block ``block`` is page furniture between paragraphs of a scraped page, not prose: empty,
    a short line with no end mark ("Related Reading …"), or a caption, an advert or a newsletter
    box (``[reading_window] furniture``: "Photo: …", "Continue reading the main story")."""
    b = doc.blocks[block]
    text = doc.text[b.start:b.end].strip()
    if not text:
        return True
    if not _END_MARK.search(text) and len(text.split()) <= _FURNITURE_WORDS:
        return True
    return _furniture().search(text) is not None


def _block_sentences(doc: Document) -> dict[int, list[int]]:
    def build(d: Document) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for k, sent in enumerate(d.sentences):
            out.setdefault(sent.block, []).append(k)
        return out

    return doc.analysis("resolution.block-sentences", build)


def _next_prose(doc: Document, block: int, step: int) -> int | None:
    """The nearest block of prose sentences after (``step`` 1) or before (-1) ``block``,
    furniture skipped; a heading ends the search (a new section), unless it is a caption or an
    advert line that the page's markup left as a heading ("… Photo: Jo Bell/Reuters")."""
    by_block = _block_sentences(doc)
    i = block + step
    while 0 <= i < len(doc.blocks):
        b = doc.blocks[i]
        if b.kind == HEADING and not _furniture().search(doc.text[b.start:b.end]):
            return None
        if b.role == BODY and i in by_block and not furniture(doc, i):
            return i
        i += step
    return None


def reading_window(doc: Document, k: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The sentences an editor reads with sentence ``k``: (before, after). Before: the last
    sentence of the paragraph of prose before and the sentences of ``k``'s paragraph before it;
    after: the rest of ``k``'s paragraph and the next paragraph of prose, before a heading."""
    by_block = _block_sentences(doc)
    block = doc.sentences[k].block
    own = by_block.get(block, [k])
    before = [j for j in own if j < k]
    after = [j for j in own if j > k]
    prev = _next_prose(doc, block, -1)
    if prev is not None:
        before.insert(0, by_block[prev][-1])
    nxt = _next_prose(doc, block, 1)
    if nxt is not None:
        after.extend(by_block[nxt])
    return tuple(before), tuple(after)


def _text(doc: Document, k: int) -> str:
    sent = doc.sentences[k]
    return doc.text[sent.start:sent.end]


def _tells_source(doc: Document, j: int, source: tuple[int, int]) -> bool:
    """The study told in sentence ``j`` can be the source's: not told as another study
    ("another trial", "an earlier study"), not set against the claim ("But a review of …",
    ``[reading_window] contrast``), and not the story's new study when the source is several
    ("a number of trials demonstrate …" and then "In a new study published in …": the new
    study is not the trials; ``[reading_window] plural_sources``)."""
    text = _text(doc, j)
    if tells_other_study(text) or _pattern("contrast").match(text):
        return False
    if _pattern("plural_sources").search(doc.text, source[0], source[1]):
        return not any((m.sentence == j or j in m.retold) and (m.told_as_new or m.current)
                       for m in study_mentions(doc))
    return True


@cache
def _pattern(key: str) -> re.Pattern[str]:
    return compile_re(cues()["reading_window"][key], re.IGNORECASE)


@cache
def _vague(key: str) -> re.Pattern[str]:
    return compile_re(cues()["vague"][key], re.IGNORECASE)


#: A study noun (``study_cues.toml`` ``[study] nouns``, and their plurals).
_STUDY_WORD = compile_re(r"\b(?:" + "|".join(cues()["study"]["nouns"]) + r"|studies|trials|papers|analyses|reviews)\b",
                         re.IGNORECASE)


#: How many generations of a concept's parents stand for its subject: "night terrors" and a
#: "sleep" consultant meet at "Sleep abnormality" three up (the cit16 dev passage S16-057 read
#: them as two subjects at one); "eczema" and "sunburn" meet at the skin, "arthritis" and
#: "sunburn" do not.
_ANCESTRY = 3
#: The ontology's roots, which tie everything ("All", "Phenotypic abnormality").
_ROOTS = frozenset({"HP:0000001", "HP:0000118"})


def _concepts_of(doc: Document, k: int) -> frozenset[str]:
    """The concepts sentence ``k`` names (the concept analysis), each with its parents and
    ancestors (``_ANCESTRY``): "eczema" and "atopic dermatitis" are one subject, "night terrors"
    and "sleep" one, "sunburn" and "arthritis" two."""
    def build(d: Document) -> dict[int, frozenset[str]]:
        lexicon = get_lexicon()
        out: dict[int, set[str]] = {}
        for m in mentions(d):
            seen, level = {m.concept_id}, {m.concept_id}
            for _ in range(_ANCESTRY):
                level = {p for c in level if (concept := lexicon.concepts.get(c)) for p in concept.parents} - seen
                seen |= level
            out.setdefault(m.sentence, set()).update(seen - _ROOTS)
        return {i: frozenset(v) for i, v in out.items()}

    return doc.analysis("resolution.concepts", build).get(k, frozenset())


def _systems_of(doc: Document, k: int) -> frozenset[str]:
    """The organ systems (the ontology's categories just under ``_ROOTS``) sentence ``k``'s
    concepts fall in, through all their ancestors: "retinopathy" and "blindness" are both the
    eye's, whatever the generations between."""
    def build(d: Document) -> dict[int, frozenset[str]]:
        lexicon = get_lexicon()
        out: dict[int, set[str]] = {}
        for m in mentions(d):
            seen, level = {m.concept_id}, {m.concept_id}
            while level:
                level = {p for c in level if (concept := lexicon.concepts.get(c)) for p in concept.parents} - seen
                seen |= level
            out.setdefault(m.sentence, set()).update(
                c for c in seen if (concept := lexicon.concepts.get(c)) and set(concept.parents) & _ROOTS
                and c not in _ROOTS)
        return {i: frozenset(v) for i, v in out.items()}

    return doc.analysis("resolution.systems", build).get(k, frozenset())


@cache
def _related_systems() -> frozenset[frozenset[str]]:
    """Organ systems one subject across (``[reading_window] related_systems``): a risk factor
    and its outcome, a condition and its complication."""
    return frozenset(frozenset(pair) for pair in cues()["reading_window"]["related_systems"])


@cache
def _systemic() -> frozenset[str]:
    """Categories of the whole body, not of one organ (``[reading_window] systemic``)."""
    return frozenset(cues()["reading_window"]["systemic"])


def _unrelated(doc: Document, k: int, j: int) -> bool:
    """Sentence ``j``'s medical subject is clearly not sentence ``k``'s: both name concepts, none
    shared within ``_ANCESTRY`` generations, in no common organ system nor in two systems paired
    as one subject (high cholesterol and heart attacks, diabetes and the eye), and neither only in
    categories of the whole body (``_systemic``: a blood or immune disorder, a constitutional
    symptom such as fatigue bears on any organ; a side that names an organ too is read by it:
    "arthritis pain" is the joints'). A side whose concepts fall in no organ system at all is not
    read as whole-body (an empty set is no category of the whole body): the related pairs decide,
    as before cit20. Vitamin D deficiency and bones losing calcium are a pair of
    systems (metabolism and the skeleton) in ``related_systems``."""
    mine, theirs = _concepts_of(doc, k), _concepts_of(doc, j)
    if not (mine and theirs) or mine & theirs or theirs & _topic_concepts(doc):
        return False
    a, b = _systems_of(doc, k), _systems_of(doc, j)
    if a & b or (a and a <= _systemic()) or (b and b <= _systemic()):
        return False  # (a side with an organ of its own is read by it: "arthritis pain" is the joints';
        # a side with no organ system at all is not whole-body: review of cit20)
    return not any(frozenset((x, y)) in _related_systems() for x in a for y in b)


def speaks_elsewhere(doc: Document, k: int, j: int, source: tuple[int, int]) -> bool:
    """A named speaker in sentence ``j`` speaks on something other than the claim of sentence
    ``k`` (whose unnamed source is ``source``), so their words do not source it: sharing no
    word with the claim (``shared_subject``), they tell of the running of things (a clinic
    opening, appointments; ``[reading_window] logistics``), of another study, or of a medical
    subject the claim does not name (the concept analysis: the claim names eczema, the speaker
    sunburn, in another organ system not paired with the claim's; high cholesterol and heart
    attacks are one subject). A shared number or age ties them; advice to the reader ("Book an
    appointment …") is not the running of things. A speaker who answers in other words and names no other subject ("It has nothing
    to do with looks") is not told apart here: the adjacent readings keep taking them."""
    sent = doc.sentences[k]
    claim = doc.text[sent.start:source[0]] + " " + doc.text[source[1]:sent.end]
    words = _text(doc, j)
    if shared_subject(claim, words) or _figures(claim) & _figures(words):
        return False  # a shared word, or a shared number or age ("worth getting at 50" / "… at 50")
    if _pattern("logistics").search(words) and not _pattern("advice").search(words):
        return True  # the running of things, not advice to the reader on acting on the claim
    if tells_other_study(words) and not _STUDY_WORD.search(claim):
        return True  # not when the claim itself is about studies ("While many previous studies …, this
        # study stands out, doctors say" / "Earlier studies also were smaller, says Dr. Roe"; "…, experts
        # say, has been caused by studies that …" / "If many children in prior studies …, says Dr. Roe")
    # a speaker on the article's own subject ("ear infections" in a story about them) is on the
    # story, whatever the claim's words name ("Much of the confusion, experts say, …"); a risk
    # factor and its outcome are one subject (``_unrelated``); a specialist quoted on their own
    # field's subject explains the claim in whatever words ("kidney stones …, doctors say" and
    # "People sweat more and drink too little," said Dr. Olsen, a urologist: ``_field_covers``)
    return _unrelated(doc, k, j) and not _field_covers(words, claim)


def _field_covers(words: str, claim: str) -> bool:
    """The speaker's sentence names a specialist ("a urologist", "an endocrinologist";
    ``titles_specialties.csv``) whose field's topics the claim names ("kidney", "thyroid"): an
    expert in the claim's subject, quoted beside it, is on it (the credentials analysis's
    specialties; a specialty that fits every subject, primary care, ties nothing)."""
    low = claim.lower()
    for title, row in credential_lexicon().specialties:
        if title.search(words):
            topics = [t for t in row["topics"].split("|") if t and t != "*"]
            if any(re.search(rf"\b{re.escape(t)}", low) for t in topics):
                return True
    return False


def _named_concepts(doc: Document, k: int) -> dict[str, set[str]]:
    """The concepts sentence ``k`` names itself (no ancestors), each with the stems of the words
    that name it and of the word before them, its modifier ("preterm births" and "premature births"
    are one concept; "knee arthritis" is named by "knee" too)."""
    def build(d: Document) -> dict[int, dict[str, set[str]]]:
        out: dict[int, dict[str, set[str]]] = {}
        for m in mentions(d):
            sent = d.sentences[m.sentence]
            before = d.text[sent.start:m.start].split()[-1:]
            out.setdefault(m.sentence, {}).setdefault(m.concept_id, set()).update(
                _stems(" ".join(before) + " " + m.matched))
        return out

    return doc.analysis("resolution.named-concepts", build).get(k, {})


def _effects(text: str) -> set[str]:
    """The directions ("benefit", "harm") of what ``text`` says (``[reading_window] effect_*``)."""
    w = cues()["reading_window"]
    return {d for d in ("benefit", "harm") if _stem_hit(text, w["effect_" + d])}


def _stem_hit(text: str, stems: list[str]) -> bool:
    """``text`` has a word one of ``stems`` opens; a stem under five letters only with an
    ending of inflection ("cut", "cuts", "cutting"; not "cute"), names left out ("the Sorel app"
    is no "sore": ``_NAME``)."""
    low = " " + " ".join(_LETTERS.findall(_NAME.sub(" ", text).lower())) + " "
    for stem in stems:
        stem = stem.replace("-", " ")
        at = low.find(" " + stem)
        while at >= 0:
            end = at + 1 + len(stem)
            rest = low[end:low.index(" ", end)]
            if len(stem) >= 5 or rest in _INFLECTIONS:
                return True
            at = low.find(" " + stem, end)
    return False


_INFLECTIONS = frozenset(("", "s", "es", "d", "ed", "ing", "ting", "ped", "ping"))
_LETTERS = compile_re(r"[a-z]+")


def _same_effect(claim: str, words: str) -> bool:
    """The source says the kind of thing the claim says of its subject: for a claim with a
    direction (a benefit, a harm), that direction ("cut strokes by a fifth, though it raised
    bleeding" says the benefit too; "raises the risk of bleeding" alone does not); a source that
    gives only uptake or how common the condition is (``uptake_prevalence``) and no effect says
    none."""
    mine, theirs = _effects(claim), _effects(words)
    if not theirs and _stem_hit(words, cues()["reading_window"]["uptake_prevalence"]):
        return False  # "Only a third of older adults have had the vaccine, the trust estimates"
    if not mine:
        return True  # nothing to compare: the ties decide (``speaks_on``)
    if mine <= theirs:
        return True
    # a source with no direction word speaks on the claim's effect when it measures it in the
    # claim's own terms ("helps people sleep longer" / "slept 40 minutes longer"); not the
    # opposite alone ("raises the risk of bleeding"), nor another point ("had more nightmares")
    measure = cues()["reading_window"]["effect_measure"]
    return not theirs and any(_stem_hit(claim, [w]) and _stem_hit(words, [w]) for w in measure)


def speaks_on(doc: Document, k: int, j: int, source: tuple[int, int]) -> bool:
    """Sentence ``j`` speaks on the claim of sentence ``k`` (whose unnamed source is ``source``):
    it names a concept the claim names (the concept analysis: "premature births" and "preterm
    births" are one) and shares a word of what the claim says besides the concept's own words
    ("the shot" of "a shot that experts say could cut premature births"; not only a broad word
    or a name, ``_specific``), or, for a claim that names no concept, two such words ("drug",
    "preemie"), the source's own name ("the Harlow Quit Trust") tying nothing; it gives every
    figure the claim gives and does not dispute it, and says the same kind of thing of the subject
    (a benefit for a benefit, no harm; not uptake or prevalence alone: ``_same_effect``). A
    sentence on the claim's condition alone
    ("Migraines affect one in seven adults, according to the Harlow Migraine Trust" after "experts
    say acupuncture eases migraines") is on the condition, not on what the claim says of it."""
    sent = doc.sentences[k]
    claim = doc.text[sent.start:source[0]] + " " + doc.text[source[1]:sent.end]
    words = _text(doc, j)
    if _disputes(claim, words) or not _figures(claim) <= _figures(words) or not _same_effect(claim, words):
        return False
    words = _NAME.sub(" ", words)  # the source's own name ties nothing ("the Harlow Quit Trust" and "quit")
    mine, theirs = _named_concepts(doc, k), _named_concepts(doc, j)
    naming = set().union(*mine.values(), *theirs.values())
    ties = [t for t in shared_subject(claim, words) if not any(t.startswith(n) or n.startswith(t) for n in naming)
            and t not in _generic()]
    if mine.keys() & theirs.keys():
        return _specific(ties, claim)  # the claim's concept and a word of what it says of it
    # a claim that names no concept (none the analysis knows: "fewer preemies"): two words of
    # what it says ("a drug … could shrink fewer preemies" / "… took the drug … 9,000 fewer
    # preemies each year"), neither a word of a condition the source names; a claim on a
    # condition the source does not name ("… protect older adults from shingles" / "Older adults
    # can get the vaccine at any pharmacy, the agency says") is not spoken on
    return not mine and len(ties) >= 2 and _specific(ties, claim)


def _topic_concepts(doc: Document) -> frozenset[str]:
    """The concepts the article is about: named in ``TOPIC_SHARE`` of its body sentences (and in
    three or more), as ``topic_stems`` reads its topic words."""
    def build(d: Document) -> frozenset[str]:
        ks = body_indices(d)
        counts: Counter[str] = Counter()
        for k in ks:
            counts.update(_concepts_of(d, k))
        floor = max(3, TOPIC_SHARE * len(ks))
        return frozenset(c for c, n in counts.items() if n >= floor)

    return doc.analysis("resolution.topic_concepts", build)


def resolve_source(doc: Document, k: int, source: tuple[int, int]) -> Resolution | None:
    """The study or named person that the unnamed source at ``source`` (prose offsets) in
    sentence ``k`` stands for, read through ``reading_window``. Research and scientists
    ("studies show", "research suggests", "scientists say": ``[vague] research_sources`` and
    ``study_sources``) stand for a study told there with more than its year to find it by (a
    journal, an institution, an author …; "A study found no link" and "A 2019 study of 500
    drinkers found …" give nothing a reader could find it by); a group of people
    ("experts say", "doctors recommend", "scientists say"; not research: a person quoted is not
    a study) for a named expert. A practitioners' opinion is not a study's finding ("Doctors
    say that poor posture causes neck pain. A 2019 study … found a link")."""
    sent = doc.sentences[k]
    group = doc.text[source[0]:source[1]]
    if _pattern("others").match(group):
        return None  # "Other scientists say …", "Independent experts say …": not those the article names
    research = _vague("research_sources").search(group) is not None
    head = doc.text[sent.start:source[0]]
    coordinated = _pattern("group_before").search(head)
    if coordinated:  # "Dentists and oral surgeons agree …": the first group is the source too, not the claim
        group = head[coordinated.start():] + group
        head = head[:coordinated.start()]
    claim = head + " " + doc.text[source[1]:sent.end]
    earlier = _pattern("earlier_source").search(doc.text, sent.start, sent.end) is not None
    figures = _figures(claim)
    before, after = reading_window(doc, k)
    topic = topic_stems(doc)
    if research or _vague("study_sources").match(group):
        mentions = study_mentions(doc)
        first = next(((j, m) for j in after for m in mentions if j == m.sentence or j in m.retold), None)
        # research told as an example in the very next sentence ("Several studies have shown that
        # MyClyns kills germs. A 2005 study in Mexico found that the same solution killed …") is
        # said which it is, even by its year alone: whether a reader can find that study is
        # CIT001's warning, not this one (s241 F013, s251 F099); a people group ("some
        # scientists say") is not one study, and its year alone does not answer for it
        example = first is not None and research and bool(after) and first[0] == after[0] \
            and doc.sentences[first[0]].block == sent.block and bool(first[1].year)
        if first is not None and (set(first[1].clues()) - {"year"} or example) and _tells_source(doc, first[0], source) and not (
                earlier and (first[1].told_as_new or first[1].current)):
            # ("Previous research has linked …" is not the story's own new study told next)
            j, m = first
            ties = shared_subject(claim, _text(doc, j), topic)
            full = bool(set(m.clues()) - {"year"})
            # an example with its year alone ties by what the claim says of its subject, not by the
            # product's name and noun ("Veltro cream heals burns" and "A 2019 study found that Veltro
            # cream stains clothes": ``_said_of``)
            if _specific(ties, claim) and (full or _said_of(ties, claim)) and figures <= _figures(_text(doc, j)) \
                    and not _disputes(claim, _text(doc, j)):
                return Resolution("study", j, doc.text[m.start:m.end], ties[0])
    if research:
        return None
    window = set(before) | set(after)
    for sp in sources(doc).speakers:
        if not sp.person or sp.why == PARTICIPANT or len(sp.name.split()) < 2 or not (
                sp.institutions or _pattern("credential").search(f"{sp.name} {sp.role}")):
            continue  # a person with no title, degree or affiliation ("Mia Cole, a mother of two"), or a patient, is no expert
        if sp.kind == INTERESTED or _stake_told(doc, sp.name):
            continue  # the product's paid consultant or the study's author is not the unnamed outside group,
            # whether the article says so in the attribution or in a sentence of its own ("Roe is a paid consultant to …")
        # a speaker's span starts on a word of a sentence (sentences cover every non-space
        # character of prose), so sentence_at finds it; -1 (never in the window) would be a span
        # outside all prose, which the old look-up gave to the sentence before it
        said = [(j, _words_of(doc, j, (a, b), sp.role)) for a, b in sp.spans if (j := doc.sentence_at(a)) in window]
        if any(_disputes(claim, words) for _, words in said):
            continue  # "“Belly fat is stubborn, and no pill will melt it in a week,” said Dr. Bright": one
            # who disputes the claim in one sentence of the window is not its source in another
        for j, words in said:
            ties = shared_subject(claim, words, topic)
            if not figures <= _figures(words):
                continue  # "only a third use it, neurologists say" is not "about 38% could benefit"
            # two words of the claim, or one and the group's own field ("therapists say" of a
            # "Reiki therapist"; "neurologists say" of "a neurologist at …")
            # (and at least one of them not a word too broad to tie alone: "body", "children")
            if _specific(ties, claim) and (len(ties) >= 2 or shared_subject(group, sp.role)):
                return Resolution("speaker", j, sp.name, ties[0])
    return None


@cache
def _generic() -> frozenset[str]:
    return frozenset(w[:5] for w in cues()["reading_window"]["generic"])


#: A capitalised word after the claim's first: a product's, a drug's or a disease's name.
_NAME = compile_re(r"(?<=\s)[A-Z][A-Za-z0-9-]{3,}")


def _specific(ties: list[str], claim: str) -> bool:
    """Some tie is a word of what the claim says: not a word too broad to tie alone
    (``[reading_window] generic``: "children", "weight", "brain", "body": "Studies show that
    children who skip breakfast gain weight" is not sourced by a study of children on screen
    time and sleep), and not only a name the claim gives ("the Arvon jab halves flu cases" is
    not sourced by a study that found the Arvon jab caused sore arms: the name says what the
    claim is about, not what it says of it)."""
    names = {w.lower()[:5] for w in _NAME.findall(claim)}
    return any(t not in _generic() and t not in names for t in ties)


#: A name and the noun after it ("Veltro cream", "the Quellin patch"): the product a claim is about.
_NAME_PHRASE = compile_re(r"(?<=\s)[A-Z][A-Za-z0-9-]{3,}(?:\s+(?P<head>[a-z][a-z-]{3,}))?")


def _said_of(ties: list[str], claim: str) -> list[str]:
    """The ties that are words of what the claim says of its subject: not the names it gives, the
    noun after a name ("cream" of "Veltro cream") nor a word too broad to tie alone."""
    named: set[str] = set()
    for m in _NAME_PHRASE.finditer(claim):
        named.add(m.group(0).split()[0].lower()[:5])
        if m.group("head"):
            named.add(m.group("head")[:5])
    return [t for t in ties if t not in named and t not in _generic()]


@cache
def _stake() -> re.Pattern[str]:
    items = cues()["reading_window"]["stake"] + knowledge.read_toml("completeness_cues.toml")["funding_coi"]["coi"]
    return compile_re(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in items) + r")(?![\w-])", re.IGNORECASE)


def _stake_told(doc: Document, name: str) -> bool:
    """The article tells a stake of the speaker ``name`` in a sentence naming their surname
    (``[reading_window] stake`` and completeness's ``[funding_coi] coi``: "Sasaki is a paid
    consultant to the maker", "Roe has received fees from …"), wherever it is: the sources
    analysis reads a stake only in the attribution itself."""
    surname = name.split()[-1].strip(".,")
    if len(surname) < 3:
        return False
    rx = compile_re(rf"\b{re.escape(surname)}\b")
    return any(rx.search(doc.text, s.start, s.end) and _stake().search(doc.text, s.start, s.end)
               for s in doc.sentences)


def _disputes(claim: str, words: str) -> bool:
    """The source's words and the claim differ in polarity: one denies or doubts
    (``[reading_window] disputes``: "no", "never", "n't", "I doubt it", "if at all"; not the
    negators that deny nothing, ``not_dispute``: "not only", "no doubt") and the other does not.
    A named expert who says "no pill will melt it" is the article's answer to "experts say the
    pill melts belly fat", not its source; one who says "it prevents colds" is no source for
    "doctors say it does not prevent colds"."""
    return _denies(words) != _denies(claim)


def _denies(text: str) -> bool:
    return _pattern("disputes").search(_pattern("not_dispute").sub(" ", text)) is not None


def _figures(text: str) -> frozenset[str]:
    """The figures a text gives ("40", "2.5", "one-third", "half"; ``[reading_window] figures``),
    lower case: a claim that gives one is resolved only by a source that gives it too."""
    return frozenset(m.group(0).lower() for m in _pattern("figures").finditer(text))


def _words_of(doc: Document, j: int, span: tuple[int, int], role: str) -> str:
    """What the speaker named at ``span`` in sentence ``j`` says: their sentence without their
    name and their description (``role``: "a professor of surgery who wasn't involved in the
    study" ties nothing), and a quotation their attribution closes that opened in an earlier
    sentence of the paragraph ("“There are a thousand species … . However, …,” said Dr. Lee")."""
    sent = doc.sentences[j]
    words = doc.text[sent.start:span[0]] + " " + doc.text[span[1]:sent.end]
    for part in filter(None, (p.strip() for p in role.split(";"))):
        words = words.replace(part, " ")  # (an empty part would put a space between every letter)
    block = doc.blocks[sent.block]
    head = doc.text[block.start:sent.start]
    curly = head.rfind("“") if head.count("“") > head.count("”") else -1
    straight = head.rfind('"') if head.count('"') % 2 else -1
    opened = max(curly, straight)
    if opened >= 0:
        words = head[opened:] + " " + words
    return words
