"""Who causes the effect a clause names: the product, or something else.

A harm or a change is a claim about the product only when the product is what brings it
about. Writers name many other causes in the same sentence as the product: its absence
("Stopping X suddenly can cause high blood pressure", "Skipped doses of X …", "X withdrawal"),
another thing taken with it or in excess ("X with cough medicine", "Too much alcohol alongside
X …"), another thing the clause is about (a relative clause on another antecedent: "X avoids
licorice, which can cause …", "… the older drugs, Meridia or Acomplia, which had been linked
to heart problems"), or another subject of the causing verb ("Caffeine can still cause a
racing heart in people on X"). Contradiction pairing and the typed-claim readers each asked
this question their own way; ``causer`` is the one answer they both read
(``assertions.causer`` is its entry point).

Word lists are data (``contradiction_measures.toml`` [cause], with their sources: FDA and
MedlinePlus label wording for stopping, missing and combining, the WHO INN stems); the
structure (clause, relative pronoun, the causing verb's subject) is read here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from lint_rules.analysis.boundaries import (
    CAUSE_CLAUSE_OPENING,
    HARM_CLAUSE_BREAK,
    RELATIVE_OPENERS,
    clause_start,
    lowered,
)
from lint_rules.analysis.claim_reader import _data as reader_data
from lint_rules.analysis.claim_reader import read_clause
from lint_rules.analysis.interventions import foods_and_drugs, part_owner, sentence_subjects
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.document import Document
from lint_rules.knowledge import read_toml
from lint_rules.store.compiled_re import compile_re

_CAUSE = read_toml("contradiction_measures.toml")["cause"]
#: An event of stopping, missing or skipping the product ([cause] stopped), or its withdrawal
#: named after it ([cause] withdrawal): its absence causes the harm after it.
STOPPED = tuple(compile_re(_CAUSE[key].replace("{stop_use}", _CAUSE["stop_use"]), re.IGNORECASE)
                for key in ("stopped", "withdrawal"))
#: Every form of the verbs that end the use of a product ([cause] stop_use: "stop", "quit",
#: "discontinue", "come off", "give up"), a regex group with no boundaries. Why: each reader
#: of stopping ("when they stop Femira", "the reasons people quit it", "people stop
#: metformin") takes its verbs from this one list, so none of them misses a verb the others read.
STOP_USE = _CAUSE["stop_use"]
#: A cause named after the effect in its clause ([cause] caused_after: "hair shedding caused
#: by the rapid weight loss itself", "tiredness due to the infection").
_CAUSED_AFTER = compile_re(_CAUSE["caused_after"], re.IGNORECASE)
#: Words in a post-posed cause that make it the product's use ("caused by taking it", "due
#: to the tablets", "as a result of the treatment").
_USE_OF = compile_re(r"(?<![a-z])(?:tak\w+|us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|dose\w*|treatments?|\w*therap\w*|medicines?|medication|drug|"
                     r"tablets?|pills?|capsules?|product|supplement)(?![a-z])", re.IGNORECASE)
#: Another thing taken with the product, after its name ([cause] combined).
COMBINED = compile_re(_CAUSE["combined"].replace("{with_food}", _CAUSE["with_food"]), re.IGNORECASE)
#: The food or drink the product is taken with ([cause] with_food), after an -ing verb or an
#: article ("drinking milk", "the water"): how it is taken, not a second thing taken.
_WITH_FOOD = compile_re(r"(?:(?:[a-z]+ing|a|an|the|some|any)\s+)?(?:" + _CAUSE["with_food"] + r")(?![a-z])",
                        re.IGNORECASE)
#: Another thing taken with the product, before its name ([cause] combined_before: "Too much
#: alcohol alongside X", "Grapefruit juice with X").
_COMBINED_BEFORE = compile_re(_CAUSE["combined_before"], re.IGNORECASE)
#: The use nouns that make "… with X" the product's own use ([cause] use_nouns).
_USE_NOUNS = frozenset(_CAUSE["use_nouns"])
#: Too much of something, before what it is of ([cause] excess: "too much alcohol").
_EXCESS = compile_re(_CAUSE["excess"], re.IGNORECASE)
#: The ending of a drug's name ([cause] drug_stems): a second agent WordNet does not list.
_DRUG_STEM = compile_re(_CAUSE["drug_stems"] + r"s?$")
#: Capitalised words after "with" that name a person, not a second thing taken ("with Mum's help").
_NOT_AGENT_NAMES = frozenset({"dr", "mr", "mrs", "ms", "mum", "mom", "dad", "i"})
#: The product referred to without its name: an anaphor, or a dose of it ("if you miss a dose").
_PRODUCT_WORDS = frozenset({"it", "its", "them", "they", "this", "these", "that", "dose", "doses", "treatment",
                            "therapy", "medication", "medicine"})
#: A relative clause after a comma that holds the effect ("…, which can cause high blood
#: pressure", "…, a stimulant that can cause …"): its subject is the noun phrase before the pronoun.
_COMMA_RELATIVE = compile_re(r",(?P<np>[^,;]*?)\s(?P<pron>which|that|who)\s+(?:[\w'-]+\s+){0,4}$")
#: After "who", the effect is the relative clause's only when nothing but auxiliaries and
#: adverbs, one verb, and then a particle or the effect's modifiers stand before it ("…, people
#: who often suffer from nausea"); a word after the verb that is neither ("patients who took it
#: reported nausea", "who use it get nausea") is the verb's object, and the effect belongs to
#: the main clause's verb after it, whose subject is the people.
_WHO_HOLDS = compile_re(r"\s*(?:(?:" + "|".join(sorted(re.escape(w) for w in reader_data().open_aux)) + r"|[a-z]+ly)\s+)*"
                        r"[a-z][\w'-]*\s+(?:(?:from|with|to|of|in|into|out|up|by|for|at|on|"
                        + "|".join(sorted(re.escape(w) for w in reader_data().open_gap)) + r")\s+)*")
#: A noun phrase that only says what kind of thing its antecedent is ("a stimulant", "a plant
#: extract", "the drug"): an appositive, whose referent is the noun before its comma.
_KIND_NP = compile_re(r"\s*(?:a|an|the|another|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$")
#: A relative clause that only names the effect ("…, one of which is alopecia", "…, which
#: include headaches"): it says what the antecedent is, not that the antecedent causes it.
_COPULA_ONLY = compile_re(r"\s(?:which|that|who)\s+(?:is|are|was|were|include|includes|included|including|being)\s+"
                          r"(?:(?:a|an|the|non-[\w-]+|[\w-]+ing)\s+)?")
#: Words that show the words before "that" are a clause, not a noun phrase ("the good news is
#: that", "the study found that", "doctors say that"): partitives ("one of which") and verbs of saying.
_NOT_NP = frozenset({"of", "say", "says", "said", "found", "find", "finds", "show", "shows", "showed", "shown", "means",
                     "meant", "suggest", "suggests", "suggested", "believe", "believes", "think", "thinks", "know",
                     "knows", "so", "such"})
#: The people a harm happens to, defined by a capitalised product they take ("Children who take
#: Cardoril can get headaches", "patients taking Lipitor"): the harm is that product's when it is
#: not the claim's (matched on the text as written; "on" alone is left out: "on Monday").
_TAKES_NAMED = compile_re(r"(?<![A-Za-z])(?:(?:who|that)\s+(?:[a-z]+\s+)?(?:take|takes|took|use|uses|used|started|start|"
                          r"(?:are|were|is|was)\s+(?:on|given|prescribed))|taking|using|given|prescribed)\s+"
                          r"(?P<what>[A-Z][a-z][\w-]+)(?![\w-])")
#: The base forms of the ``STOPPED`` verbs: opening a clause, an instruction ("Stop taking it
#: if …"), not an event that causes a harm ("Stopping it can cause …").
_IMPERATIVE = frozenset({"stop", "quit", "miss", "skip", "forget", "discontinue", "withdraw", "come", "go", "give", "cut"})
_ANAPHOR = compile_re(r"(?<![a-z])(?:it|they|this|these)(?![a-z])")
#: Words of a clause that keep out or replace what they name, or name a second thing taken
#: ([cause] not_taken): the noun after them is not the product's.
_NOT_TAKEN = compile_re(_CAUSE["not_taken"])
#: Meals and food skipped ([cause] meals): another thing's absence only when it is a drug or
#: drink; skipping meals on the product is the product's harm ("[cause] combined" leaves them out too).
_MEAL = compile_re(_CAUSE["meals"])


@dataclass(frozen=True)
class Causer:
    """Who causes the effect: ``who`` is "product", "other" or "unknown" (no causing verb or
    event read; the claim's frame links it to the product as before); ``reason`` says why in
    words ("its absence: stopping"), empty for the product."""

    who: str
    reason: str = ""


PRODUCT = Causer("product")
UNKNOWN = Causer("unknown")


def names_product(word: str, product: str) -> bool:
    """``word`` is the product: its name (or a word of four letters or more of it, as
    ``typed_claims.same_name`` reads names), an anaphor for it or a dose of it."""
    w = word.lower()
    if w in _PRODUCT_WORDS:
        return True
    if not product:
        return False
    # any word of a name of several ("tea" of "herbal tea": "large amounts of the tea")
    return w == product or w in product.split() or (len(w) >= 4 and w in re.findall(r"[a-z0-9-]{4,}", product))


def clause_of(doc: Document, k: int, start: int, end: int) -> tuple[int, int]:
    """The offsets of the clause of sentence ``k`` that holds ``[start, end)``
    (``HARM_CLAUSE_BREAK``): a subordinate clause after a bare comma stays in it ("If you stop
    X, your blood pressure …")."""
    sent = doc.sentences[k]
    lo = clause_start(doc.text, sent.start, start, HARM_CLAUSE_BREAK)
    after = HARM_CLAUSE_BREAK.search(doc.text, end, sent.end)
    return lo, after.start() if after else sent.end


def second_agent(what: str, name: str = "") -> bool:
    """``what`` (a word or two next to "with", as written) names a second thing taken: a food,
    drink or drug (``interventions.foods_and_drugs``), a product noun ("cough medicine", "other
    drugs"), a drug's stem ([cause] drug_stems: "pseudoephedrine") or a capitalised name that is
    not the product ``name`` (a brand: "X with Sudafed")."""
    words = what.lower().split()
    if not words:
        return False
    known = foods_and_drugs()
    product = reader_data().product
    if what.lower() in known:
        return True
    first = what.split()[0]
    if first[:1].isupper() and first.lower() != name.lower() and first.lower() not in _NOT_AGENT_NAMES:
        return True
    return any(any(form in known for form in singular_forms(w)) or product.fullmatch(w) or _DRUG_STEM.search(w)
               for w in words)


#: The people the clause is about, defined by what they stopped ("Many people who quit smoking
#: put on a few kilos", "those who have given up sugar"): the clause opens with them and the
#: relative clause of its subject, up to the stopping verb (not "Even in people who stop
#: smoking, X can cause …", where the product is the subject).
_WHO_STOPPED = compile_re(read_toml("contradiction_measures.toml")["stopped"]["who_stopped"])


def causer(doc: Document, k: int, start: int, end: int, product: Callable[[], str]) -> Causer:
    """Who brings about the effect at ``[start, end)`` of sentence ``k`` (``start == end``: an
    effect not yet located, only the words before ``start`` are read). ``product`` gives the
    intervention the claim is about (asked only when a cause other than the product is in
    view: the interventions analysis is not cheap). In order:

    - a relative clause on another antecedent: a capitalised name none of the main
      intervention's names (``SentenceSubjects.in_others_relative``), or the noun phrase before
      ", which/that" that names neither the product nor "it" ("X avoids licorice, which can
      cause …"; an appositive "…, a stimulant that …" refers to the noun before its comma),
      unless the clause before the comma has the product as its subject and takes the noun in
      ("X lowers blood pressure, which …", "X contains valerian, which …": its own effect or part);
    - the product's absence before the effect in its clause ([cause] stopped, withdrawal), or
      another thing's opening the clause (not skipped meals: [cause] meals);
    - a combination: another thing taken with the product, after or before its name ([cause]
      combined, combined_before); too much of another thing ([cause] excess: "too much alcohol");
    - the subject of the causing verb that governs the effect (``claim_reader.read_clause``)
      when it is neither the product, an anaphor nor a product noun ("Caffeine can still cause
      a racing heart in people on X").
    """
    if start < end and sentence_subjects(doc).in_others_relative(k, start):
        return Causer("other", "a relative clause on another named thing")
    text = doc.text
    low_text = lowered(doc)
    sent = doc.sentences[k]
    lo, hi = clause_of(doc, k, start, max(start, end))
    name: list[str] = []

    def prod() -> str:
        if not name:
            name.append((product() or "").lower())
        return name[0]

    rel = _COMMA_RELATIVE.search(low_text, sent.start, start)
    if rel is not None and rel.group("pron") == "who" and not _WHO_HOLDS.fullmatch(low_text, rel.end("pron"), start):
        rel = None  # "In a trial, patients who took it reported nausea": the effect is the main clause's
    if rel is not None and not _COPULA_ONLY.fullmatch(low_text, rel.end("np"), start) \
            and not any(w in reader_data().open_aux or w in _NOT_NP for w in low_text[rel.start("np"):rel.end("np")].split()):
        # (", one of which is alopecia" names the effect, it causes nothing; "However, the
        # good news is that …" opens a reported clause, with no noun phrase before "that")
        np_lo, np_hi = rel.start("np"), rel.end("np")
        if not re.search(r"[a-z]", low_text[np_lo:np_hi]) or _KIND_NP.fullmatch(low_text[np_lo:np_hi]):
            # ", which" right after a noun, or an appositive ("guarana, a plant extract that"):
            # the antecedent is the last two words before the comma
            words = list(re.finditer(r"[a-z][\w'-]*", low_text[sent.start:rel.start()]))
            ante = " ".join(w.group() for w in words[-2:])
        else:
            ante = low_text[np_lo:np_hi]
        if ante and prod() and not _ANAPHOR.search(ante) and not reader_data().product.search(ante) \
                and not any(names_product(w, prod()) for w in re.findall(r"[a-z][\w'-]*", ante)):
            if _product_clause(low_text[sent.start:rel.start()], prod()):
                # "X lowers blood pressure, which can cause dizziness", "X contains valerian, a
                # herb that …", "X's active ingredient, which …": the product's own effect or part
                return PRODUCT
            return Causer("other", f"a relative clause on {ante.strip()}")
    for pattern in STOPPED:  # before the effect: "… headaches; if so, stop using it" is advice
        for m in pattern.finditer(text, lo, start):
            if "withdrawal" in low_text[m.end():max(start, end)]:
                break  # "Stopping X can lead to withdrawal symptoms": dependence on it, its own harm
            if m.start() == _first_word(low_text, lo) and low_text[m.start():m.end()].split()[0] in _IMPERATIVE:
                continue  # "Skip it if you've got gout", "Stop taking X if a rash appears": advice
            if not names_product(m.group("what"), prod()) and (
                    m.start() == _first_word(low_text, lo) or _WHO_STOPPED.fullmatch(low_text, lo, m.start())) \
                    and not _MEAL.search(m.group("what")):
                # "Giving up caffeine while starting X can cause …": the event that opens the
                # clause, its subject, is another thing's absence (skipped meals are not:
                # how the product is taken, [cause] meals)
                return Causer("other", "the absence of " + m.group("what").lower())
            if names_product(m.group("what"), prod()):
                return Causer("other", "the product's absence: " + text[m.start():m.end()].split()[0].lower())
    for m in _EXCESS.finditer(low_text, lo, start):
        what = m.group("what")
        if re.search(r"(?:the|your)\s+\S+$", low_text[m.start():m.end()]) and reader_data().product.fullmatch(what or ""):
            continue  # "large amounts of the tablets": the product, by its kind
        if what and not names_product(what, prod()) and second_agent(what, prod()):
            return Causer("other", f"too much {what}")
    if prod():
        found = [m for m in re.finditer(rf"(?<![a-z]){re.escape(prod())}(?![a-z])", low_text[lo:hi])]
        if found:
            before = [m for m in found if lo + m.end() <= start]
            m = before[-1] if before else found[0]
            comb = COMBINED.match(text, lo + m.end(), hi)
            if comb and (second_agent(comb.group("what"), prod()) or (comb.group("other") and reader_data().product.search(
                    comb.group("what").lower()))):
                return Causer("other", "a combination with " + comb.group("what"))
            pre = _COMBINED_BEFORE.search(text, lo, lo + m.start())
            if pre and second_agent(pre.group("what"), prod()) and not _WITH_FOOD.match(pre.group("what")) \
                    and pre.group("what").lower().split()[-1] not in _USE_NOUNS:
                # (not "into treatment with X": the product's own use; stage20)
                return Causer("other", "a combination with " + pre.group("what"))
    for m in _TAKES_NAMED.finditer(text, lo, start):
        what = m.group("what")
        # a variant of the product's name is the product ("Lumira-XR", "LumiraNight")
        if prod() and not _is_product(doc, what.lower(), prod()) \
                and not _is_product(doc, what.lower().split("-")[0], prod()) and not what.lower().startswith(prod()):
            return Causer("other", f"the people who take {what}")
    other_drug = _people_on_other(low_text, lo, start, prod) if start < end else ""
    if other_drug:
        return Causer("other", f"the people on {other_drug}")
    condition = _people_with_condition(doc, low_text, lo, hi, start, end, prod) if start < end else ""
    if condition:
        return Causer("other", f"the condition of the people: {condition}")
    if start < end:
        after = _CAUSED_AFTER.match(low_text[end:hi])
        if after is not None:
            what = after.group("what")
            written = text[end + after.start("what"):end + after.end("what")]
            said = re.findall(r"[a-z][\w'-]*", what)
            if said and not _ANAPHOR.search(what) and not _USE_OF.search(what) \
                    and not any(reader_data().product.fullmatch(w) for w in said) \
                    and not any(names_product(w, prod()) for w in said) \
                    and not (prod() and prod() in what) and not re.search(r"(?<![\w'-])[A-Z]", written) \
                    and not any(_is_product(doc, w, prod()) for w in said if prod()) \
                    and not _ingredient_named(what, said):
                # (a capitalised name may be the product under a name the page never read)
                # "hair shedding caused by the rapid weight loss itself": the causer is named
                return Causer("other", f"a cause named after it: {what.strip()}")
    if start >= end:
        return UNKNOWN
    return _verb_subject(doc, k, start, end, prod)


#: The gerunds of the product's use ([cause] use_gerunds, and stopping it): "Taking it can
#: cause …" is the product's own harm, "Standing up too quickly can cause …" an activity's.
USE_GERUND = compile_re(r"(?:" + "|".join(_CAUSE["use_gerunds"]) + r")|" + STOP_USE)


def _activity_subject(words: list[str], region: str, prod: Callable[[], str]) -> bool:
    """The causing verb's subject opens with a gerund ("Being bed-bound …", "Lying still …",
    "Standing up too quickly …"): an activity or a state, the harm's cause, unless the gerund
    is the product's use or stopping it (``USE_GERUND``: "Taking it …", "Stopping X …") or
    the subject names the product, points to it or names a product noun ("Wearing the patch
    …"; the caller keeps any subject with a capitalised name, which may be the product under a
    name the page has not read yet: "Sleeping on the Softrest overlay …"). A word ending in "thing" ("Something in the cream …") is a pronoun, no gerund."""
    first = words[0] if words else ""
    if not first.endswith("ing") or first.endswith("thing") or len(first) < 5 or USE_GERUND.fullmatch(first):
        return False
    if _ANAPHOR.search(region) or reader_data().product.search(region):
        return False
    product = prod()
    return not (product and (product in region or any(names_product(w, product) for w in words)))


#: "on", "taking" … and the word or two after it: what the people of a clause are on ([cause] people_on)
_ON_WHAT = compile_re(_CAUSE["people_on"])


@functools.lru_cache(maxsize=1)
def _drug_classes() -> frozenset[str]:
    """The drug classes and common drugs of contradiction_claims.toml [interaction.lexicon]."""
    return frozenset(read_toml("contradiction_claims.toml")["interaction"]["lexicon"]["drug_classes"])


def _people_on_other(low: str, lo: int, start: int, prod: Callable[[], str]) -> str:
    """The people of the clause are on another drug or drug class, before the effect ("Older
    adults on steroids often have fractures", "people taking blood thinners bruise easily"):
    the harm is that drug's, a group's, not the product's (deny17 lead: a group harmed by
    another product). The drug is a class or drug of [interaction.lexicon] drug_classes or a
    food or drug of ``interventions.foods_and_drugs``, never the product or a product noun
    ("adults on the tablets"); a people word comes before it in the clause."""
    for m in _ON_WHAT.finditer(low, lo, start):
        words = m.group("what").split()
        for what in (" ".join(words), words[0]):
            if what in _drug_classes() or what in foods_and_drugs():
                product = prod()
                if product and names_product(what, product):
                    return ""
                return what if reader_data().people.search(low, lo, m.start()) else ""
    return ""


#: "with" and the condition that defines the people of a clause ([cause] people_with)
_WITH_WHAT = compile_re(_CAUSE["people_with"])


def _people_with_condition(doc: Document, low: str, lo: int, hi: int, start: int, end: int,
                           prod: Callable[[], str]) -> str:
    """The people of the clause are defined by a condition the lexicon knows, before the effect,
    and the clause names no product and no pointer to it ("People with IBS often get an upset
    stomach", "Children with eczema can develop a rash"): the effect is the condition's, a
    symptom of a group, not the product's harm (deny17 lead: a group-harm control)."""
    from lint_rules.analysis.concepts import get_lexicon

    for m in _WITH_WHAT.finditer(low, lo, start):
        if not reader_data().people.search(low, lo, m.start()) or get_lexicon().lookup(m.group("what")) is None:
            continue
        clause = low[lo:hi]
        product = prod()
        if _ANAPHOR.search(clause) or reader_data().product.search(clause) or (product and product in clause) \
                or re.search(r"\s[A-Z]", (doc.text[lo:m.start()] + doc.text[m.end():hi]).strip()):
            return ""  # "People with eczema who use it …", "… on Zanta": the product is in the clause
        return m.group("what")
    return ""


def _ingredient_named(what: str, said: list[str]) -> bool:
    """A post-posed cause that names what the product is made of, not another cause: "the
    active ingredient", or "the" and a word or two that are no condition, finding or organ of
    the lexicon, no activity ("-ing") and not "itself" ("a rash caused by the lanolin",
    "headaches due to the caffeine"; but "due to the infection", "the weight loss itself",
    "caused by scrubbing too hard" name another cause)."""
    from lint_rules.analysis.concepts import get_lexicon

    if any(w.startswith("ingredient") for w in said):
        return True
    if not re.match(r"\s*(?:the|its)\s", what) or len(said) > 3 or "itself" in said \
            or any(w.endswith("ing") for w in said[1:]):
        return False
    return not list(get_lexicon().match(what))


def _is_product(doc: Document, word: str, product: str) -> bool:
    """``word`` names the product: by ``names_product``, or as an ingredient the article says
    it contains (``SentenceSubjects.alias``)."""
    if names_product(word, product):
        return True
    alias = sentence_subjects(doc).alias
    return any(names_product(p, product) for n, p in alias.items() if word in n.split())


def _product_clause(pre: str, product: str) -> bool:
    """``pre`` (the words before the comma of ", which/that" or an appositive) is one clause
    whose subject is the product (its name, possessive or not, an anaphor or "the/this <product
    noun>") and that takes in what it names: no other clause before it (a comma), no negation
    and no verb or preposition that keeps the thing out or names a second one ([cause]
    not_taken: "X avoids licorice", "X contains no caffeine", "given with Cardoril")."""
    pre = pre.strip()
    if not pre or "," in pre or _NOT_TAKEN.search(pre):
        return False
    words = re.findall(r"[a-z][\w-]*(?:'s)?", pre)
    if not words:
        return False
    first = re.sub(r"'s$", "", words[0])
    if first in {"it", "its", "this", "these", "they", "their"} or names_product(first, product):
        return True
    return first in {"the", "this"} and len(words) > 1 and bool(reader_data().product.fullmatch(words[1]))


def _first_word(low: str, lo: int) -> int:
    """The offset of the first letter at or after ``lo``."""
    m = re.compile(r"[a-z]").search(low, lo)
    return m.start() if m else lo


def causing_subject(doc: Document, k: int, start: int, end: int) -> str:
    """The words (lower case, auxiliaries left out) of the subject of the causing verb that
    governs ``[start, end)`` of sentence ``k``, in its clause and after its last comma ("The
    nickel in the cradle can cause skin irritation" -> "the nickel in the cradle"); "" when no
    causing verb comes before the effect."""
    text = doc.text
    sent = doc.sentences[k]
    reading = read_clause(text, sent.start, sent.end, start, end)
    if reading is None or reading.where != "before" or reading.pclass != "cause":
        return ""
    low = text[sent.start:start].lower()
    verbs = list(re.finditer(rf"(?<![a-z]){re.escape(reading.cue)}(?![a-z])", low))
    if not verbs:
        return ""
    at = verbs[-1].start()
    lo = 0
    for b in CAUSE_CLAUSE_OPENING.finditer(low, 0, at):
        lo = b.end()
    region = low[lo:at].rsplit(",", 1)[-1]
    aux = reader_data().open_aux
    return " ".join(w for w in re.findall(r"[a-z][\w'-]*", region) if w not in aux)


def _verb_subject(doc: Document, k: int, start: int, end: int, prod: Callable[[], str]) -> Causer:
    """The subject of the causing verb that governs ``[start, end)``: the product (its name,
    an anaphor or a product noun), another thing, or unknown (no causing verb before it)."""
    text = doc.text
    sent = doc.sentences[k]
    reading = read_clause(text, sent.start, sent.end, start, end)
    if reading is None or reading.where != "before" or reading.pclass != "cause":
        return UNKNOWN
    low = text[sent.start:start].lower()
    verbs = list(re.finditer(rf"(?<![a-z]){re.escape(reading.cue)}(?![a-z])", low))
    if not verbs:
        return UNKNOWN
    at = verbs[-1].start()
    lo = 0
    opener = None
    for b in CAUSE_CLAUSE_OPENING.finditer(low, 0, at):
        lo, opener = b.end(), b
    region = low[lo:at]
    if region.rsplit(",", 1)[-1].strip():
        region = region.rsplit(",", 1)[-1]  # "In people on it, X can cause …": the subject after the comma
    aux = reader_data().open_aux
    words = [w for w in re.findall(r"[a-z][\w'-]*", region) if w not in aux]
    if not words and "," in low[:at]:
        # "Too much X, like too much of any vitamin, can cause …", "X, as with several
        # decongestants, can cause …": the subject before the aside (an opener inside the
        # aside, "as", opens no clause of its own)
        aside = low.rfind(",", 0, low.rfind(",", 0, at))
        if aside >= 0:
            lo = 0
            for b in CAUSE_CLAUSE_OPENING.finditer(low, 0, aside):
                lo, opener = b.end(), b
            region = low[lo:aside]
        else:
            region = low[lo:at]
        words = [w for w in re.findall(r"[a-z][\w'-]*", region) if w not in aux]
    if not words and opener is not None and opener.group().lower() in RELATIVE_OPENERS:
        # "X is a supplement that can cause …": the relative's subject is its antecedent, so
        # the clause before it says whose harm it is ("Caffeine is a stimulant that can …")
        region = low[:opener.start()]
        for b in CAUSE_CLAUSE_OPENING.finditer(low, 0, opener.start()):
            region = low[b.end():opener.start()]
        if "," in region:
            head, _, tail = region.rpartition(",")
            region = tail if re.search(r"[a-z]", tail) else " ".join(re.findall(r"[a-z][\w'-]*", head)[-2:])
        words = [w for w in re.findall(r"[a-z][\w'-]*", region) if w not in aux]
    if not words:
        return PRODUCT  # only modals and auxiliaries: no other subject, the product causes it
    opening = low[:at]  # (the sentence's subject may hold a clause opener: "Being bed-bound after a stroke raises …")
    named = re.search(r"\s[A-Z]", text[sent.start:sent.start + at].strip())  # a name ("Sleeping on the Softrest overlay")
    if not named and part_owner(doc, " ".join(words)) != "product" and (_activity_subject(words, region, prod)
                      or _activity_subject(re.findall(r"[a-z][\w'-]*", opening), opening, prod)):
        # "Being bed-bound after a stroke raises the risk of pressure sores", "Lying still for
        # hours can cause stiffness": an activity or state is the subject, not the product, unless
        # it is a step of the product ("pushing dye through the tubes", ``part_owner``; deny17)
        return Causer("other", "an activity: " + " ".join(words[:3]))
    product = prod()
    if not product:
        return UNKNOWN  # no product known to tell another subject from it
    if any(names_product(w, product) for w in words) or bool(product and product in region):
        return PRODUCT
    owner = part_owner(doc, " ".join(words))
    if owner == "product":
        return PRODUCT  # "the nickel in the cradle", "pushing dye through the tubes": its part or step
    if owner == "other":
        return Causer("other", "a part of another thing: " + " ".join(words))  # "the adhesive on the standard patch"
    if reader_data().product.search(region):
        return PRODUCT
    alias = sentence_subjects(doc).alias
    if any(n in region and names_product(p, product) for n, p in alias.items()):
        return PRODUCT  # "Curcumin can cause …" where the article says its capsules contain curcumin
    return Causer("other", "another subject: " + " ".join(words[-3:]))
