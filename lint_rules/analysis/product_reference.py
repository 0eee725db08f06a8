"""Whether "it" at a place in a sentence stands for the article's main product, answered in one place.

Why one place: a harm said of the product's users ("people who start it end up constipated",
"patients have no hoarseness with it") and an absence denied "with it" each turn on this
question; contradictions and the absence frames (``denial_frames``) answered it in their own
modules. They ask it differently on purpose (each reading pinned by review cases), so here are
three documented readers, not one: ``it_is_product``, the stricter ``only_product_before`` and
the looser ``it_is_other`` (name17: the reason frame reads "it" as the product unless its
antecedent is another product). ``ingredient_part`` asks the neighbouring question of a
combination product: is a claim said of one of its ingredients rather than of it as a whole?
(The typed claims keep their own ``_it_is_product``, the product's title words before "it":
made to ask ``it_is_product``, two of dose13's review cases turn, "Tussol syrup has no known
interactions. Taken with alcohol, it can make you very drowsy" among them.) The answer
rests on the interventions analysis (which names are the product's, ``SentenceSubjects.is_main``)
and, for a coined name it does not know, on the concept mentions (a condition named at the
opening is what "it" stands for). ``only_product_before`` is the stricter question of the
absence frames: every name in the sentence's clauses before the one holding "it" (or, when
that clause opens the sentence, every name in the sentence before) is the product's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lint_rules.analysis.boundaries import clause_start
from lint_rules.analysis.context import subject_auxiliaries
from lint_rules.analysis.interventions import drug_word, foods_and_drugs, page_name, sentence_subjects
from lint_rules.analysis.mentions import mentions
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document


def it_is_product(doc: Document, k: int, pos: int) -> bool:
    """"it" at ``pos`` of sentence ``k`` stands for the main product: the last intervention
    named before it in its sentence is the product or, with none, the sentence before opens
    with the product (or the intervention the text is about there) as its subject. A
    condition, diet or habit talked about there ("Silent reflux is easy to miss. Many people
    have no heartburn with it", "Intermittent fasting sounds easy, but people who start it
    …") is what "it" stands for, so without the product named there "it" is left unread."""
    subjects = sentence_subjects(doc)
    before = [(p, n) for p, n in sorted(subjects.placed[k]) if p < pos]
    if before:
        return subjects.is_main(before[-1][1])
    if k == 0:
        return False
    prev = doc.sentences[k - 1]
    opening = re.sub(r"^[^.:]{0,40}:\s*", "", doc.text[prev.start:prev.end]).lstrip("\"'“‘ ").lower()
    name = subjects.subjects[k - 1]  # what the text is about there (the interventions analysis)
    placed = sorted(subjects.placed[k - 1])
    if placed and subjects.is_main(placed[0][1]) and not re.search(
            r"[a-z]", doc.text[prev.start:placed[0][0]].split(":")[-1], re.IGNORECASE):
        return True  # "Zanta is an inhaler. Patients have no hoarseness with it."
    if name and re.match(re.escape(name) + r"(?![a-z])", opening):
        return True
    # a coined name the interventions analysis does not know: the sentence before opens with a
    # capitalised word the text also writes capitalised inside a sentence (a proper name, not
    # "Silent" of "Silent reflux"), and no condition or symptom is named at that opening
    # ("Crohn's disease can be sneaky")
    at = prev.end - len(opening) if opening else prev.end
    word = re.match(r"[A-Z][a-z]+[A-Z]?[a-z]*(?![\w'’-])", doc.text[at:prev.end])
    if word is None or any(o.sentence == k - 1 and o.kind == "finding" and o.start < at + len(word.group()) + 25
                           for o in mentions(doc)):
        return False
    return re.search(r"(?<=[a-z,;] )" + re.escape(word.group()) + r"(?![\w-])", doc.text) is not None


def only_product_before(doc: Document, k: int, at: int) -> bool:
    """A bare "it"/"this" at ``at`` points back to the product only when the words it follows
    name the product and nothing else: the sentence's earlier clauses, or (when the clause
    opens the sentence) the sentence before. "Ask about the herbal option: there's no dizziness
    with it", "Ask about Somnex. There's no dizziness with it": another thing's, not the product's.
    Why a second reader: an absence denied "with it" is the product's promise only when nothing
    else could be what "it" is; ``it_is_product`` asks only of the last name before "it", which
    "Talk to your doctor about acupuncture; nausea doesn't occur with it" would pass."""
    subjects = sentence_subjects(doc)
    s_start = doc.sentences[k].start
    lo = clause_start(doc.text, s_start, at)
    if lo > s_start:
        placed = [n for p, n in subjects.placed[k] if p < lo]
    elif k > 0:
        placed = list(n for _, n in subjects.placed[k - 1])
    else:
        return False
    return bool(placed) and all(subjects.is_main(n) for n in placed)


def it_is_other(doc: Document, k: int, pos: int) -> bool:
    """"it" at ``pos`` of sentence ``k`` stands for another intervention than the main product:
    the last intervention named before it in its sentence is another one or, with none, the
    sentence before in the same paragraph names interventions and the one it is about
    (``SentenceSubjects.subjects``: the product when it names the product) is another one.
    "Gabapentin is older. Dizziness is the main reason people stop taking it": gabapentin's
    (a drug of the word lists named before "it" in its sentence, or in the sentence before,
    placed or not, counts too).
    Why a third reader: the reason frame ("… the main reason people stop taking it") is the
    product's when the product is the paragraph's topic or nothing else was named there;
    ``it_is_product`` leaves unread a sentence before that names nothing, which would lose
    "Keep it dry. Nausea is the main reason people stop taking it" in a page about one product.
    So this asks the opposite question, true only when another product is the antecedent."""
    subjects = sentence_subjects(doc)
    if not subjects.main:
        return False  # no product found: nothing to tell another one from ("Our Dozy melatonin spray …")
    before = [(p, n) for p, n in sorted(subjects.placed[k]) if p < pos]
    if before:
        return not subjects.is_main(before[-1][1])
    # a drug the interventions analysis did not place, before "it" in its sentence ("users of
    # older drugs such as gabapentin … stopped taking them") or in the sentence before
    # ("Many people try gabapentin first."): there, only as its sentence's topic (``_topic_at``)
    s = doc.sentences[k]
    if _names_other_drug(doc.text, s.start, pos, subjects.is_main, topic=False):
        return True
    if k == 0 or doc.sentences[k - 1].block != s.block:
        return False
    prev = doc.sentences[k - 1]
    if subjects.named[k - 1]:
        at, name = min(subjects.named[k - 1])
        return not subjects.is_main(name) and _topic_at(doc.text, prev.start, at)
    return _names_other_drug(doc.text, prev.start, prev.end, subjects.is_main)


def _names_other_drug(text: str, start: int, end: int, is_main: Callable[[str], bool], topic: bool = True) -> bool:
    """``text[start:end]`` (a sentence or its opening) names a drug of the word lists that is
    not the main product; with ``topic``, as the sentence's topic (``_topic_at``)."""
    return any(drug_word(w.group().lower()) and not is_main(w.group().lower())
               and (not topic or _topic_at(text, start, start + w.start()))
               for w in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", text[start:end]))


#: At most this many words may stand before a sentence's topic ("Users of older drugs such as
#: gabapentin"): a name further in is in the predicate.
_TOPIC_WORDS = 6


def _topic_at(text: str, start: int, at: int) -> bool:
    """The name at ``at`` is the topic of the sentence opening at ``start``: it stands in the
    sentence's subject, no more than ``_TOPIC_WORDS`` words in, with no pronoun, auxiliary,
    copula or "as" before it ([subject] not_topic_before of context_cues.toml). "Gabapentin is
    older", "Many people try gabapentin first" have it as their topic; "It is used as a nasal
    spray" (a description of the product), "You can take it alongside paracetamol" (a partner
    of the product, which stays the topic) do not. Why (name17 review): any drug word near
    the reason frame silenced a real contradiction; only a product the writer turns to makes
    the next "it" that product."""
    words = re.findall(r"[a-z'’]+", text[start:at].lower())
    return len(words) <= _TOPIC_WORDS and not set(words) & _cue_words("not_topic_before")


def ingredient_part(doc: Document, k: int, pos: int) -> str:
    """The ingredient of the main product that the clause of sentence ``k`` holding ``pos``
    opens with as its subject, or "": an intervention named there before ``pos`` that the
    article makes the product's (an alias, ``SentenceSubjects.alias``, or one written "in"
    the product: "The aspirin in Duoflex", "the CBD in it") and that is not the
    product's own name. "The paracetamol in Duoflex is gentle on the stomach" is said of the
    paracetamol; "Duoflex is gentle on the stomach" of Duoflex as a whole. Why (name17, issue
    14 class 2): a harm of one ingredient is a harm of the product that contains it, but a
    promise about one ingredient ("the paracetamol is gentle") says nothing of another ("the
    aspirin can irritate the stomach"), so the contradiction pairing sets a promise about a
    part only against a harm of that same part."""
    subjects = sentence_subjects(doc)
    s = doc.sentences[k]
    lo = clause_start(doc.text, s.start, pos)
    placed = sorted((p, n) for p, n in subjects.placed[k] if lo <= p < pos)
    if not placed:
        return _declared_possessed(doc, lo, pos)
    at, name = placed[0]
    if subjects.main and (name == subjects.main or _name_words(name) <= _name_words(subjects.main)):
        return ""
    if subjects.main and subjects.alias.get(name) == subjects.main:
        return name
    inside = _IN_PRODUCT.match(doc.text, at + len(name), pos)
    if inside is None:
        return ""
    q = inside.end()
    first = _first_word(doc.text[q:pos])
    if first in ("it", "them") or subjects.main_between(k, q, min(pos, q + 40)):
        return name  # "The aspirin in Duoflex", "the CBD in it"
    if not subjects.other_between(k, q, min(pos, q + 40)) and not _other_food_or_drug(doc.text[q:pos]) and (
            first in _cue_words("in_product_pointers") or re.match(r"[A-Z]", doc.text[q:q + 1])):
        return name  # "the caffeine in these gummies"; "The paracetamol in Duoflex" (a name the analysis did not find)
    return ""


#: A clause that opens with a noun, after a possessive or "the" or bare ("Its simethicone",
#: "Gastrelle's antacid", "The diclofenac", "Menthol on its own").
_POSSESSED = compile_re(r"[\W_]*(?:(?:its|the|[A-Z][\w-]*['’]s)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.IGNORECASE)


def _declared_possessed(doc: Document, lo: int, pos: int) -> str:
    """The ingredient a clause opening at ``lo`` names as its subject, with a possessive,
    "the" or bare ("Its simethicone has no known side effects", "Gastrelle's antacid can …",
    "Menthol on its own is suitable for children") when the page declared it its
    product's (``context.document_subject``'s aliases: "Gastrelle chews contain an antacid
    and simethicone"), though the interventions analysis does not know the word. Why (name17
    review): with any declared ingredient read as the product, a promise about one such
    ingredient must stay that ingredient's."""
    from lint_rules.analysis.context import document_subject, form_word

    m = _POSSESSED.match(doc.text, lo, pos)
    if m is None:
        return ""
    aliases = document_subject(doc).aliases
    words = m.group(1).lower().split()
    for n in (len(words), 1):
        name = " ".join(words[:n])
        if name in aliases and not form_word(words[n - 1]):
            return name  # (not "the tablet": the product by its form, not a part)
    return ""


def in_other_product(doc: Document, k: int, pos: int) -> bool:
    """The clause of sentence ``k`` holding ``pos`` opens with an ingredient "in" another food
    or drug than the product ("The caffeine in coffee can keep you awake", "the sugar in fizzy
    drinks"): its claim is that other thing's. Why (name17, class 1's hard negative): an
    ingredient the product may share is not the product when the writer places it elsewhere."""
    s = doc.sentences[k]
    lo = clause_start(doc.text, s.start, pos)
    m = _INGREDIENT_IN.match(doc.text, lo, pos)
    if m is None:
        return False
    subjects = sentence_subjects(doc)
    q = m.end()
    if subjects.main_between(k, q, min(pos, q + 40)) or (
            _first_word(doc.text[q:pos]) in _cue_words("in_product_pointers") - {"the", "your"}):
        return False  # "the caffeine in it", "the zinc in each tablet": the product's
    return subjects.other_between(k, q, min(pos, q + 40)) or _other_food_or_drug(doc.text[q:pos])


def _other_food_or_drug(words: str) -> bool:
    """The first two words of ``words`` (after a determiner) hold a food or drug of the word
    lists ("coffee", "fizzy drinks" is not one; "ibuprofen" is)."""
    found = re.findall(r"[a-z][a-z-]{2,}", words.lower())
    found = [w for w in found if w not in _cue_words("food_determiners")][:2]
    return any(drug_word(w) or w in foods_and_drugs() for w in found)


def _first_word(text: str) -> str:
    m = re.match(r"[A-Za-z]+", text)
    return m.group().lower() if m else ""


@functools.lru_cache(maxsize=8)
def _cue_words(key: str) -> frozenset[str]:
    """A word list of ``context_cues.toml`` [subject] (``in_product_pointers``, ``food_determiners``)."""
    return frozenset(read_toml("context_cues.toml")["subject"][key])


#: A clause's opening ingredient phrase and "in": "The caffeine in", "the sugar in".
_INGREDIENT_IN = compile_re(r"\W*(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?in\s+", re.IGNORECASE)


#: After an ingredient's name: "in" the product ("the aspirin in Duoflex", "the CBD in it";
#: [subject] in_product_participles: "contained in it").
_IN_PRODUCT = compile_re(r"\s+(?:(?:" + "|".join(map(re.escape, sorted(read_toml("context_cues.toml")["subject"]["in_product_participles"])))
                         + r")\s+)?in\s+")


def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9-]{3,}", name.lower()))


def class_antecedent(doc: Document, k: int, pos: int) -> bool:
    """A pronoun ("these", "those", "they": [subject] clause_pronouns) opening the clause of
    sentence ``k`` that holds ``pos``, after a coordinator ("…, and these often cause …"), stands
    for the sentence's opening subject, and that subject is a class of products other than the
    page's: a noun phrase with no determiner that points at the product ([subject]
    own_determiners: "the sprays", "our tablets"), headed by a product's kind, a form or a drug
    word ("sedating antihistamines", "some decongestant sprays"), naming neither the product
    nor a coined name ("Sleepo gummies"). Why (name18, v16 dev triage): "In children under two,
    sedating antihistamines are sometimes prescribed, and these often cause marked drowsiness"
    was read as the page's own product's harm, against its "non-sedating"; the same class named
    as the subject of the causing verb was already another product's."""
    from lint_rules.analysis.context import form_word

    s = doc.sentences[k]
    lo = clause_start(doc.text, s.start, pos)
    if lo <= s.start or _CLAUSE_PRONOUN.match(doc.text, lo, pos) is None:
        return False
    opening = doc.text[s.start:lo]
    fronted = re.match(r"[^,]{0,60},\s*", opening)  # "In children under two, …"
    at = s.start + (fronted.end() if fronted and fronted.end() < len(opening) else 0)
    words = re.findall(r"[a-z][a-z'-]*", doc.text[at:lo].lower())
    aux = subject_auxiliaries()
    head = next((i for i, w in enumerate(words) if w in aux), -1)
    if head < 1 or words[0] in _cue_words("own_determiners") or words[0] in _cue_words("product_pronouns"):
        return False
    phrase = words[:head]
    noun = phrase[-1]
    forms = singular_forms(noun)  # the noun and the singulars it may be the plural of (wordforms)
    if len(forms) < 2 or noun in _people_words() or not any(form_word(f) or drug_word(f) for f in forms):
        return False  # a condition, people ("some users … and they report …"), no product's kind
    subjects = sentence_subjects(doc)
    coined = any(page_name(doc.text, w) for w in re.findall(r"[A-Z][a-z]{2,}", doc.text[at:lo]))
    if any(subjects.is_main(n) for p, n in subjects.placed[k] if at <= p < lo) or coined:
        return False  # the product's own name, or a name on the page (interventions.page_name): "Sleepo gummies are …, and they …"
    main_words = set(re.findall(r"[a-z0-9-]{4,}", subjects.main))
    return not main_words & set(phrase)


@functools.lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    return frozenset(read_toml("assertion_cues.toml")["takers"]["people_words"])


#: A clause that opens with a coordinator and a pronoun ([subject] clause_coordinators,
#: clause_pronouns): "and these", "but they".
_CLAUSE_PRONOUN = compile_re(r"[\W_]*(?:(?:" + "|".join(read_toml("context_cues.toml")["subject"]["clause_coordinators"])
                             + r")\s+)?(?:" + "|".join(read_toml("context_cues.toml")["subject"]["clause_pronouns"]) + r")\s", re.IGNORECASE)
