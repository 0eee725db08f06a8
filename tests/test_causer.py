"""One answer to "does the product cause this effect?" (``assertions.causer``), read by both
the effect claims and the typed claims: a harm of the product's absence, of a combination,
of too much of another thing, of a relative clause's other antecedent or of another subject
pairs with no promise about the product; the product's own harm still does. Sentences are our
own, written from each mechanism."""

from __future__ import annotations

import re

import pytest
from lint_helpers import contradiction_codes, two_claims

from lint_rules.analysis.assertions import causer
from lint_rules.parsing import parse_document

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"
_INTRO = "Norvale is a prescription tablet."
_PROMISES = (
    "Norvale does not raise blood pressure.",
    "Norvale does not cause headaches.",
    "Norvale does not cause heartburn.",
    "Norvale causes no side effects.",
    "Norvale is safe at any dose.",
    "Norvale is safe for children.",
)


def _codes(a: str, b: str) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER, _INTRO))


def _who(sentence: str, effect: str, product: str | None = None) -> str:
    doc = parse_document("<t>", f"{_INTRO}\n\n{sentence}\n", "text")
    start = doc.text.index(effect)
    k = next(i for i, s in enumerate(doc.sentences) if s.start <= start < s.end)
    return causer(doc, k, start, start + len(effect), product).who


# --- the product's absence, a combination, too much of another thing, another antecedent

@pytest.mark.parametrize("b", [
    "Stopping Norvale can cause high blood pressure.",
    "Stopping Norvale suddenly can raise blood pressure.",
    "Skipped doses of Norvale can cause high blood pressure.",
    "Skipping doses of Norvale can cause headaches.",
    "Missing a dose of Norvale can cause headaches.",
    "Withdrawal from Norvale can cause headaches.",
    "Coming off Norvale too fast can cause headaches.",
    "Forgetting to take Norvale can raise blood pressure.",
    "Too much alcohol alongside Norvale can cause heartburn.",
    "Too much alcohol alongside Norvale can cause high blood pressure.",
    "Norvale is often given with Cardoril, which can cause high blood pressure.",
    "Patients are sometimes switched from Cardoril, a drug that can raise blood pressure.",
    "My mother still has heartburn because she refuses to take anything.",
])
@pytest.mark.parametrize("a", _PROMISES)
def test_a_harm_something_else_causes_pairs_with_no_promise(a, b):
    assert _codes(a, b) == [], (a, b)


@pytest.mark.parametrize("sentence,effect", [
    ("Stopping Norvale can cause high blood pressure.", "high blood pressure"),
    ("Too much alcohol alongside Norvale can cause heartburn.", "heartburn"),
    ("Norvale avoids licorice, which can cause high blood pressure.", "high blood pressure"),
])
def test_the_causer_is_another(sentence, effect):
    assert _who(sentence, effect) == "other"


def test_another_subject_of_the_causing_verb_is_another_causer():
    """Asked about Norvale's claim, "Caffeine can still cause …" names caffeine as the cause."""
    assert _who("Caffeine can still cause a racing heart in people on Norvale.", "racing heart", "norvale") == "other"
    assert _who("Norvale can still cause a racing heart in people on caffeine.", "racing heart", "norvale") == "product"


# --- the product's own harm still pairs

@pytest.mark.parametrize("a,b", [
    ("Norvale does not cause headaches.", "Norvale can cause headaches."),
    ("Norvale does not raise blood pressure.", "Norvale can raise blood pressure."),
    ("Norvale does not cause heartburn.", "Norvale, like many tablets, can cause heartburn."),
    ("Norvale does not cause headaches.", "Doctors who prescribe Norvale say it can cause headaches."),
])
def test_the_products_own_harm_still_pairs(a, b):
    assert _codes(a, b), (a, b)


@pytest.mark.parametrize("sentence,effect", [
    ("Norvale can cause headaches.", "headaches"),
    ("Norvale, as with several decongestants, can cause high blood pressure.", "high blood pressure"),
    ("Chronic use of Norvale may lead to side effects, one of which is heartburn.", "heartburn"),
    ("Stop taking Norvale if you get headaches.", "headaches"),
])
def test_the_causer_is_the_product_or_unread(sentence, effect):
    assert _who(sentence, effect) != "other"


def test_dependence_on_the_product_is_its_own_harm():
    """"Stopping X can lead to withdrawal symptoms" says X causes dependence: it still
    contradicts "X does not cause withdrawal"."""
    assert _who("Stopping Norvale abruptly can lead to withdrawal symptoms.", "withdrawal symptoms") != "other"


# --- the people a harm happens to, defined by another named product they take

@pytest.mark.parametrize("a", _PROMISES)
def test_a_group_on_another_named_product_is_that_products_harm(a):
    assert _codes(a, "Children who take Cardoril can get headaches.") == [], a
    assert _codes(a, "Older patients taking Cardoril often get heartburn.") == [], a


@pytest.mark.parametrize("a,b,code", [
    ("Norvale is safe for children.", "Children who take Norvale can get headaches.", "CON006"),
    ("Norvale does not cause headaches.", "Children who take Norvale can get headaches.", "CON001"),
    ("Norvale does not cause headaches.", "On Monday, patients taking Norvale got headaches.", "CON001"),
])
def test_a_group_on_the_product_still_pairs(a, b, code):
    assert code in _codes(a, b), (a, b)


# --- another thing's absence opening the clause; ordinary sentences either way

@pytest.mark.parametrize("b", [
    "Giving up caffeine while starting Norvale can cause headaches.",
    "Drinking coffee with Norvale can cause headaches.",
    "Norvale is usually prescribed after Cardoril, which can cause headaches.",
    "Caffeine withdrawal, not Norvale, can cause headaches.",
])
def test_another_things_absence_or_company_is_no_harm_of_the_product(b):
    assert _codes("Norvale does not cause headaches.", b) == [], b


@pytest.mark.parametrize("b", [
    "Norvale, which many people take daily, can cause headaches.",
    "People who stop eating while on Norvale can get headaches.",
    "If you miss meals while taking Norvale, it can cause headaches.",
    "Patients switching from Cardoril to Norvale may get headaches in the first week.",
])
def test_ordinary_harms_of_the_product_still_pair(b):
    assert "CON001" in _codes("Norvale does not cause headaches.", b), b


# --- review fixes (claims10b): the product's own effect or part before ", which"; skipped
# meals on the product; a hyphenated variant of the product's name

@pytest.mark.parametrize("sentence,effect", [
    ("Norvale widens the arteries, which can cause headaches.", "headaches"),
    ("Norvale slows digestion, which can lead to heartburn.", "heartburn"),
    ("Norvale contains ginseng, which is known to raise blood pressure.", "raise blood pressure"),
    ("Norvale contains ginseng, a root that can raise blood pressure.", "raise blood pressure"),
    ("Norvale's main ingredient, which can cause heartburn, is ginger.", "heartburn"),
    ("Going without lunch while on Norvale can cause headaches.", "headaches"),
    ("Skipping breakfast while taking Norvale can cause headaches.", "headaches"),
    ("Adults taking Norvale-SR sometimes get headaches.", "headaches"),
])
def test_the_products_own_effect_part_or_variant_is_not_another_causer(sentence, effect):
    assert _who(sentence, effect, "norvale") != "other", sentence


@pytest.mark.parametrize("sentence,effect", [
    ("Norvale contains no ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Norvale replaces ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Norvale is used instead of ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Unlike Norvale, Cardoril contains ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Quitting alcohol while on Norvale can cause headaches.", "headaches"),
])
def test_a_thing_kept_out_or_another_things_absence_stays_another_causer(sentence, effect):
    assert _who(sentence, effect, "norvale") == "other", sentence


@pytest.mark.parametrize("b", [
    "Norvale narrows blood vessels, which can cause headaches.",
    "Missing meals while on Norvale can cause headaches.",
    "Patients taking Norvale-XL often get headaches.",
])
def test_the_products_own_effect_still_pairs(b):
    assert "CON001" in _codes("Norvale does not cause headaches.", b), b


# --- review fixes (claims10c): "who" holds the effect only inside its own clause; "with"
# after a verb of making keeps nothing out ("made with ginseng"); the food or drink taken with the product,
# named before it, is how it is taken

@pytest.mark.parametrize("sentence,effect", [
    ("In the study, patients who took it reported headaches.", "headaches"),
    ("However, most adults who use it get headaches, nurses say.", "headaches"),
    ("In one trial, adults who swallowed two tablets felt dizzy.", "dizzy"),
    ("Norvale is made with ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Norvale is packed with guarana, a plant that can cause insomnia.", "insomnia"),
    ("Drinking milk with Norvale can cause headaches.", "headaches"),
    ("Taking Norvale with a glass of water can cause heartburn.", "heartburn"),
])
def test_the_main_clause_a_part_or_how_it_is_taken_is_the_products(sentence, effect):
    assert _who(sentence, effect, "norvale") != "other", sentence


@pytest.mark.parametrize("sentence,effect", [
    ("Norvale is safe, unlike ginseng, which can raise blood pressure.", "raise blood pressure"),
    ("Norvale is given with Cardoril, which can cause headaches.", "headaches"),
    ("Grapefruit juice with Norvale can cause headaches.", "headaches"),
    ("Drinking whisky with Norvale can cause headaches.", "headaches"),
    ("Norvale is popular with shift workers, people who often suffer from headaches.", "headaches"),
    ("Norvale goes well with coffee, which can cause insomnia.", "insomnia"),
])
def test_another_antecedent_or_a_second_drink_stays_another_causer(sentence, effect):
    assert _who(sentence, effect, "norvale") == "other", sentence


@pytest.mark.parametrize("b", [
    "In the study, patients who took it reported headaches.",
    "Many people who use it get headaches, doctors say.",
    "Drinking milk with Norvale can cause headaches.",
])
def test_who_relatives_and_milk_no_longer_hide_the_products_harm(b):
    assert "CON001" in _codes("Norvale does not cause headaches.", b), b


def test_made_with_an_ingredient_pairs_like_contains():
    assert "CON001" in _codes("Norvale does not cause insomnia.", "Norvale is made with ginseng, which can cause insomnia.")


@pytest.mark.parametrize("words, expected", [
    ("stopped", True), ("quitting", True), ("discontinued", True), ("came off", True), ("gave  up", True),
    ("started", False), ("took", False), ("stopover", False), ("switched", False)])
def test_stop_use_is_every_form_of_the_verbs_that_end_use(words: str, expected: bool) -> None:
    from lint_rules.analysis.causers import STOP_USE

    assert bool(re.fullmatch(STOP_USE, words)) is expected
