"""Issue 14: whose claim is it? A clause whose own grammatical subject (or the agent of its
passive) is another food or drug makes a claim about that food or drug, not about the
article's intervention; a pronoun, a product-form noun, a possessive or a brand of the same
intervention keeps it. The probes (``tests/subject_probes.py``) are written for these tests,
each pair of sentences once with another subject (no contradiction) and once with the same
intervention (a contradiction)."""

from __future__ import annotations

import pytest
from subject_probes import PROBES

from lint_rules.analysis.contradictions import conflicts
from lint_rules.analysis.interventions import sentence_subjects
from lint_rules.parsing import parse_document

#: Probes the mechanism does not yet read, with the reason (kept in the measured set).
_KNOWN_MISSES = {
    # the brand is no candidate of the interventions analysis ("Glucara" has no inner capital
    # and is not listed), so "Glucara is a cinnamon supplement" makes no ingredient alias
    "ingredient",
}


def _doc(text: str):
    return parse_document("<t>", text, "text")


@pytest.mark.parametrize("pid, form, text, want", [p for p in PROBES if p[0] not in _KNOWN_MISSES],
                         ids=[p[0] for p in PROBES if p[0] not in _KNOWN_MISSES])
def test_probe(pid, form, text, want):
    assert bool(conflicts(_doc(text))) == want, (pid, form, text)


def test_known_misses_still_fail():
    for pid, _form, text, want in PROBES:
        if pid in _KNOWN_MISSES:
            assert bool(conflicts(_doc(text))) != want, f"{pid} now passes: move it out of _KNOWN_MISSES"


def _subject_of(text: str, word: str) -> str:
    doc = _doc(text)
    at = text.rindex(word)
    k = next(i for i, s in enumerate(doc.sentences) if s.start <= at < s.end)
    return sentence_subjects(doc).subject(k, at, at + len(word))


_ART = "Coconut oil is sold as a heart-friendly fat. Coconut oil raises LDL cholesterol. "


@pytest.mark.parametrize("sentence, word, subject", [
    # another food as the clause's subject, a fronted comparison, an aside, a list, a passive agent
    ("Oats lower LDL cholesterol.", "lower", "oat"),
    ("Unlike coconut oil, walnuts lower LDL cholesterol.", "lower", "walnut"),
    ("Oats, by contrast, lower LDL cholesterol.", "lower", "oat"),
    ("Oats and barley lower LDL cholesterol.", "lower", "oat"),
    ("LDL cholesterol is lowered by oats.", "lowered", "oat"),
    ("Most fats do little, while oats lower LDL cholesterol.", "lower", "oat"),
    # the article's intervention under another name
    ("Coconut oil's fats lower LDL cholesterol.", "lower", "coconut oil"),
    ("Virgin coconut oil lowers LDL cholesterol.", "lowers", "coconut oil"),
    ("LDL cholesterol is lowered by coconut oil.", "lowered", "coconut oil"),
    ("It lowers LDL cholesterol.", "lowers", "coconut oil"),
    ("This oil lowers LDL cholesterol.", "lowers", "coconut oil"),
    ("In a small trial, it lowered LDL cholesterol.", "lowered", "coconut oil"),
])
def test_the_clause_subject(sentence, word, subject):
    assert _subject_of(_ART + sentence, word) == subject


def test_a_kind_word_of_another_kind_of_product_names_it():
    # "Statins" is a head word of drugs; in an article about a food it is no reference back
    assert _subject_of(_ART + "Statins lower LDL cholesterol.", "lower") == "statin"
    # of the article's own kind it refers back ("Capsules" in an article about capsules)
    caps = "Glucara capsules are sold for blood sugar. Glucara raises blood sugar. "
    assert _subject_of(caps + "Capsules lower blood sugar.", "lower") != "capsules"


def test_an_allergen_or_interaction_partner_opening_the_clause_is_no_subject():
    doc = _doc("Rovagliflozin tablets are soy-free. Soy lecithin is among the ingredients of the tablets.")
    at = doc.text.index("among")
    assert sentence_subjects(doc).subject(1, at, at + 5, "scope") == "rovagliflozin"


_CAPS = "Glucara capsules are sold for blood sugar. Glucara raises blood sugar in some people. "


def test_a_food_after_a_preparation_word_is_the_subject():
    assert _subject_of(_CAPS + "Raw garlic lowers blood sugar.", "lowers") == "garlic"


@pytest.mark.parametrize("sentence", [
    # the subject is the capsules; the food is what they contain (a verb is no food's modifier)
    "Capsules that contain cinnamon lower blood sugar.",
    # people who eat a food are no food
    "Volunteers eating garlic saw blood sugar fall.",
])
def test_a_food_that_is_no_subject_takes_no_claim(sentence):
    assert _subject_of(_CAPS + sentence, "lower" if "lower" in sentence else "fall") not in ("cinnamon", "garlic")


def test_a_shared_form_word_does_not_make_two_foods_one():
    # "oil" of "olive oil" and of "coconut oil" is a form word; "coconut" is the name
    assert _subject_of(_ART + "Olive oil lowers LDL cholesterol.", "lowers") in ("olive oil", "olive")


def test_a_food_that_modifies_another_noun_is_no_subject():
    assert _subject_of(_ART + "Mediterranean diets and walnut cakes lower LDL cholesterol.", "lower") != "walnut"
    assert _subject_of(_ART + "Anti-inflammatory diets lower LDL cholesterol.", "lower") != "anti-inflammatory"


def test_one_food_in_another_form_is_another_product():
    text = ("Soy foods are eaten across Asia. Soy foods ease hot flushes. Soy foods are cheap. "
            "Soy supplements do not ease hot flushes.")
    assert _subject_of(text, "ease hot flushes.") == "soy supplements"


def test_a_capitalised_food_inside_the_sentence_is_a_name():
    # a person called Basil, not the herb
    assert _subject_of(_ART + "It got worse when Basil stopped eating and LDL cholesterol rose.", "rose") != "basil"



_ART_HARM = "Coconut oil is sold as a gentle fat. Coconut oil does not cause bloating. "


@pytest.mark.parametrize("text, word, subject", [
    # a passive in a relative clause after the claim's words is said of their object
    (_ART + "It lowers LDL cholesterol that is raised by red meat.", "lowers", "coconut oil"),
    (_ART_HARM + "The oil causes bloating, which is eased by ginger.", "causes", "coconut oil"),
    # the claim's own passive keeps its agent
    (_ART + "LDL cholesterol is lowered by oats.", "lowered", "oat"),
    (_ART_HARM + "Bloating is often caused by beans.", "caused", "bean"),
])
def test_a_passive_in_a_relative_clause_is_not_the_claims(text, word, subject):
    assert _subject_of(text, word) == subject


@pytest.mark.parametrize("sentence, word, subject", [
    # one item of a coordinated subject is the article's intervention: the claim is its too
    ("Oats and coconut oil lower LDL cholesterol.", "lower", "coconut oil"),
    ("Oats or coconut oil lower LDL cholesterol.", "lower", "coconut oil"),
    ("Oats, barley and coconut oil lower LDL cholesterol.", "lower", "coconut oil"),
    # no item is: the claim is the first item's
    ("Oats and barley lower LDL cholesterol.", "lower", "oat"),
    ("Oats, barley and walnuts lower LDL cholesterol.", "lower", "oat"),
    # a comparison in an aside is no list
    ("Oats, unlike coconut oil, lower LDL cholesterol.", "lower", "oat"),
])
def test_a_coordinated_subject_that_holds_the_product(sentence, word, subject):
    assert _subject_of(_ART + sentence, word) == subject


_FLUOX = "Fluoxetine is sold for low mood. Fluoxetine does not cause weight gain. "


@pytest.mark.parametrize("sentence, subject", [
    # the main product in brackets or an appositive right after a name: the name is its alias
    ("Prozac (fluoxetine) can cause weight gain.", "fluoxetine"),
    ("Prozac, the brand name of fluoxetine, can cause weight gain.", "fluoxetine"),
    # another drug, or a comparison in the aside: the name keeps the claim
    ("Sertraline can cause weight gain.", "sertraline"),
    ("Sertraline, unlike fluoxetine, can cause weight gain.", "sertraline"),
    ("Sertraline (not fluoxetine) can cause weight gain.", "sertraline"),
])
def test_a_brand_named_with_its_generic(sentence, subject):
    assert _subject_of(_FLUOX + sentence, "cause weight") == subject


def test_a_brand_named_with_its_generic_contradicts():
    assert conflicts(_doc(_FLUOX + "Prozac (fluoxetine) can cause weight gain."))
    assert not conflicts(_doc(_FLUOX + "Sertraline can cause weight gain."))


@pytest.mark.parametrize("sentence, word, subject", [
    # a reported clause opens after any verb of the WordNet reporting class, not only "say"
    ("Doctors warned that oats lower LDL cholesterol.", "lower", "oat"),
    ("Her dietitian explained oats lower LDL cholesterol.", "lower", "oat"),
    ("The authors added that walnuts lower LDL cholesterol.", "lower", "walnut"),
    ("Tests showed oats lower LDL cholesterol.", "lower", "oat"),
    # what the reported clause refers back to stays the product
    ("Doctors warned that it lowers LDL cholesterol.", "lowers", "coconut oil"),
    ("Her dietitian explained the oil lowers LDL cholesterol.", "lowers", "coconut oil"),
])
def test_a_reported_clause_after_a_reporting_verb(sentence, word, subject):
    assert _subject_of(_ART + sentence, word) == subject


def _food_list() -> set[str]:
    from lint_rules.knowledge import read_lines

    return set(read_lines("foods_drugs_wordnet.txt"))


def test_the_food_list_leaves_out_adjectives_but_keeps_foods_that_are_colours():
    foods = _food_list()
    # WordNet adjectives whose rare noun sense is a food or drug (tools/build_wordnet_foods.py)
    for word in ("therapeutic", "generic", "preventive", "prophylactic", "curative", "delicious", "chilly",
                 "drinkable", "perishable"):
        assert word not in foods, word
    # foods that are also colours or tastes, named in the script's allow-list
    for word in ("cherry", "orange", "olive", "ginger", "honey", "peanut", "antibiotic"):
        assert word in foods, word


@pytest.mark.parametrize("sentence, word, subject", [
    # an adjective opening the sentence is no food ("Therapeutic doses", "Preventive measures")
    ("Therapeutic doses lower LDL cholesterol.", "lower", "coconut oil"),
    ("Preventive measures lower LDL cholesterol.", "lower", "coconut oil"),
    # a food that is also a colour is still a food
    ("Cherries lower LDL cholesterol.", "lower", "cherry"),
    ("Olives lower LDL cholesterol.", "lower", "olive"),
])
def test_an_adjective_is_no_food_subject(sentence, word, subject):
    assert _subject_of(_ART + sentence, word) == subject


def test_the_food_list_leaves_out_proper_names_and_forage_plants():
    foods = _food_list()
    # capitalised in every WordNet synset: a company, a person, an apple variety, a brand
    for word in ("bayer", "jonathan", "versed", "mary jane"):
        assert word not in foods, word
    # a plant whose only food sense is livestock feed
    assert "timothy" not in foods
    # acronyms and foods named with a place are no proper names
    for word in ("nsaid", "ssri", "msg", "swiss chard", "french toast", "oat"):
        assert word in foods, word


@pytest.mark.parametrize("sentence, word, subject", [
    # a person's name opening the sentence is no food or drug
    ("Jonathan lowered his LDL cholesterol with it.", "lowered", "coconut oil"),
    ("Timothy lowered his LDL cholesterol with it.", "lowered", "coconut oil"),
    # a food named with a place, or an acronym of a drug class, still is one
    ("Swiss chard lowers LDL cholesterol.", "lowers", "swiss chard"),
])
def test_a_proper_name_is_no_food_subject(sentence, word, subject):
    assert _subject_of(_ART + sentence, word) == subject


def test_a_drug_class_acronym_is_a_subject():
    calm = "Calmora tablets are sold for low mood. Calmora does not cause weight gain. "
    assert _subject_of(calm + "NSAIDs can cause weight gain.", "cause") in ("nsaid", "nsaids")
