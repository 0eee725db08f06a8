"""The opposing sentence in shapes no reader read (``deny17``, issue 14): denials carried by
the subject ("Not one of the people who tried it has ever reported a rash"), universal safety
in other words ("carries zero risk"), a topic fronted before the clause that denies it ("As
for headaches — none reported with X"), a claim inside a relative or "because" clause, and
lay and clinical words for the same effect (broken bones / fractures, bed sores / pressure
ulcers, aching knees / joint pain, paraesthesia / pins and needles, haematoma / bruising).
Each mechanism has cases that must now conflict and cases with the same words that must not
(another product, a question, a hedge, the writer debunking a claim, advice, a disease's
background). Every sentence is coined for these tests; none is copied from a benchmark row
or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import both_ways as _both_ways
from lint_helpers import conflicts_both_ways as _conflicts
from lint_helpers import contradiction_codes
from lint_helpers import quiet_both_ways as _quiet

# -- M1: a denial carried by the subject: none of the people a relative clause describes -------

@pytest.mark.parametrize("denial,harm", [
    ("Not one of the 400 people who tried Zelvara has ever reported a rash.", "Zelvara can cause a rash."),
    ("Nobody who has used Zelvara has reported a rash.", "Zelvara may cause a rash."),
    ("None of the customers who bought Zelvara complained of headaches.", "Zelvara can cause headaches."),
    ("Not one of the volunteers who took Zelvara has developed insomnia.", "Zelvara can cause insomnia."),
    ("There is nothing in Zelvara that could upset your stomach.", "Zelvara can upset the stomach."),
    ("In five years, not a single case of liver damage has been tied to Zelvara.", "Zelvara can cause liver damage."),
    ("Not a single case of hair loss has been linked to Zelvara.", "Zelvara can cause hair loss."),
])
def test_a_denial_carried_by_the_subject_meets_the_harm(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    # another product's users; a question; a hedge that agrees
    ("Not one of the 400 people who tried Dorvix has ever reported a rash.", "Zelvara can cause a rash."),
    ("Not a single user of Dorvix has reported nausea.", "Zelvara can cause nausea."),
    ("Nobody who has tried ibuprofen has reported a rash in our survey.", "Zelvara can cause a rash."),
    ("Does Zelvara cause a rash?", "Zelvara can cause a rash."),
    ("Zelvara rarely causes a rash.", "Zelvara can cause a rash."),
    # the verb is the relative clause's: the people are only described
    ("Nobody who reported a rash stopped taking Zelvara.", "Zelvara can cause a rash."),
    ("None of the people who had headaches before the trial were excluded.", "Zelvara can cause headaches."),
    # not what nothing causes: evidence, an instruction, a count of doses
    ("Nothing in the research suggests that Zelvara could upset your stomach.", "Zelvara can upset the stomach."),
    ("There is nothing you need to do if Zelvara upsets your stomach.", "Zelvara can upset the stomach."),
    ("Not one of the 30 volunteers who took Zelvara needed a second dose.", "Zelvara can cause nausea."),
    ("Not a single case of measles has been tied to the school.", "Zelvara can cause a rash."),
    # the placebo arm's people, those who stopped it, a denial taken back after "but"
    ("Not one of the 40 people who tried the placebo reported a rash.", "Zelvara can cause a rash."),
    ("None of the people who stopped Zelvara early reported headaches.", "Zelvara can cause headaches."),
    ("None of the patients who took Zelvara for a week developed a rash, but after a month several did.",
     "Zelvara can cause a rash."),
    ("Not a single case of liver damage has been tied to Zelvara, the maker says, but regulators disagree.",
     "Zelvara can cause liver damage."),
])
def test_the_same_words_of_another_thing_or_no_denial_are_quiet(denial, harm):
    assert _quiet(denial, harm)


# -- M2: universal safety in other words -------------------------------------------------------

@pytest.mark.parametrize("promise", [
    "Taking Zelvara carries zero risk.",
    "Zelvara carries no risk whatsoever.",
    "Zelvara is risk free.",
    "Zelvara is gentle enough for anyone.",
    "Zelvara is safe for absolutely everyone.",
])
def test_a_blanket_promise_in_other_words_meets_a_harm(promise):
    assert _conflicts(promise, "Zelvara can cause headaches.")


@pytest.mark.parametrize("promise", [
    "Dorvix is gentle enough for anyone.",
    "Is Zelvara gentle enough for anyone?",
    "No cream is gentle enough for everyone.",
    "The packaging carries zero risk.",
    "Some sellers claim Zelvara is risk-free, but that is not true.",
    "Some sellers say Zelvara carries zero risk, but that isn't so.",
])
def test_a_promise_of_another_thing_asked_or_debunked_is_quiet(promise):
    assert _quiet(promise, "Zelvara can cause headaches.")


# -- M3: a topic fronted before the clause that denies it ---------------------------------------

@pytest.mark.parametrize("denial,harm", [
    ("As for headaches — none reported with Zelvara.", "Zelvara can cause headaches."),
    ("When it comes to weight gain, Zelvara has none.", "Zelvara can cause weight gain."),
    ("As for side effects like rash, Zelvara causes none.", "Zelvara can cause a rash."),
    ("When it comes to headaches, Zelvara won't give you any.", "Zelvara can cause headaches."),
    ("As far as insomnia goes, Zelvara has never caused it.", "Zelvara can cause insomnia."),
    ("Regarding nausea, Zelvara has never been linked to it.", "Zelvara can cause nausea."),
])
def test_a_fronted_topic_denied_by_its_clause_meets_the_harm(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("As for headaches, they are more common in winter.", "Zelvara can cause headaches."),
    ("When it comes to weight gain, diet and sleep matter most.", "Zelvara can cause weight gain."),
    ("As for headaches — none reported with Dorvix.", "Zelvara can cause headaches."),
    ("As for headaches, Zelvara rarely causes them.", "Zelvara can cause headaches."),
    ("When it comes to insomnia, there is nothing you need to do.", "Zelvara can cause insomnia."),
    ("As far as dizziness goes, nobody is sure why it happens.", "Zelvara can cause dizziness."),
    ("As for headaches, none were seen with Zelvara in adults under 40.", "Zelvara can cause headaches."),
    ("As for headaches, none were seen with the old formula of Zelvara.", "Zelvara can cause headaches."),
    ("As for rashes — see a GP if one spreads.", "Zelvara can cause a rash."),
    ("When it comes to side effects, Zelvara has none that we know of.", "Zelvara can cause headaches."),
    ("As for headaches, Zelvara won't give you any, unless you take it on an empty stomach.",
     "Zelvara can cause headaches."),
    # only the serious or lasting ones denied; a pro-form that denies no harm
    ("As for side effects, none were serious with Zelvara, the researchers said.", "Zelvara can cause headaches."),
    ("As for side effects, Zelvara had none that lasted beyond a day.", "Zelvara can cause headaches."),
    ("Regarding headaches, Zelvara is not a treatment for them.", "Zelvara can cause headaches."),
])
def test_a_fronted_topic_of_another_kind_is_quiet(denial, harm):
    assert _quiet(denial, harm)


@pytest.mark.parametrize("denial", ["As for headaches — none reported.", "As for headaches, none at all.",
                                    "When it comes to headaches: never."])
def test_a_clipped_clause_on_the_products_page_is_its_denial(denial):
    assert _conflicts(denial, "Zelvara can cause headaches.")


@pytest.mark.parametrize("other", [
    "As for headaches — none reported so far.",
    "As for headaches — none reported in the placebo group.",
    "As for headaches, none reported with ibuprofen.",
])
def test_a_clipped_clause_limited_or_of_another_thing_is_quiet(other):
    assert _quiet(other, "Zelvara can cause headaches.")


def test_a_clipped_clause_is_the_pages_product_not_another_drug_named_for_the_harm():
    # the page is Zelvara's: a clipped denial is Zelvara's, and ibuprofen's headaches are not it
    one, other = _both_ways("As for headaches — none reported.", "Ibuprofen can cause headaches.")
    assert not one and not other


@pytest.mark.parametrize("answer", ["Sleep? Zelvara won't touch it.", "Sleep? It won't touch it.",
                                    "Sleep? Zelvara does nothing for it."])
def test_a_condition_asked_and_answered_with_no_help_denies_the_benefit(answer):
    assert _conflicts("Zelvara helps you sleep.", answer)


@pytest.mark.parametrize("answer", [
    "Sleep? Ibuprofen won't touch it.",
    "Sleep? Most people need eight hours.",
    "Sleep? Zelvara won't touch it, but it may help some people.",
    "Sleep? Nobody knows if Zelvara can help with it.",
    "Sleep? Zelvara won't touch it at the low dose.",
])
def test_an_answer_of_another_product_limited_or_unknowing_is_quiet(answer):
    assert _quiet("Zelvara helps you sleep.", answer)


@pytest.mark.parametrize("denial", ["For sore muscles, Zelvara does nothing.", "For sore muscles, it does nothing."])
def test_a_fronted_condition_with_nothing_denies_the_benefit(denial):
    assert _conflicts("Zelvara relieves sore muscles.", denial)


@pytest.mark.parametrize("other", [
    "For sore muscles, rest helps.",
    "For sore muscles, ibuprofen does nothing.",
    "For a headache, Zelvara does nothing at all.",
])
def test_a_fronted_condition_of_another_thing_is_quiet(other):
    assert _quiet("Zelvara relieves sore muscles.", other)


# -- M4: the claim in a relative or a "because" clause -----------------------------------------

@pytest.mark.parametrize("denial,harm", [
    ("Because of its gentle formula, Zelvara causes no skin irritation.", "Zelvara can cause skin irritation."),
    ("Zelvara is a tablet that never upsets the stomach.", "Zelvara can upset the stomach."),
    ("Zelvara never irritates the stomach.", "Zelvara can irritate the stomach."),
])
def test_a_denial_in_a_clause_meets_the_harm(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("Because of its gentle formula, Dorvix causes no irritation.", "Zelvara can cause skin irritation."),
    ("Because it rarely causes irritation, Zelvara suits sensitive skin.", "Zelvara can cause skin irritation."),
    ("Because nausea is common in pregnancy, ask before taking Zelvara.", "Zelvara can cause nausea."),
])
def test_a_clause_of_another_product_or_a_hedge_is_quiet(denial, harm):
    assert _quiet(denial, harm)


# -- M5: lay and clinical words for the same effect --------------------------------------------

@pytest.mark.parametrize("denial,harm", [
    ("Zelvara does not cause fractures.", "Zelvara can cause broken bones."),
    ("Zelvara does not cause fractures.", "Zelvara can leave you with bones that break easily."),
    ("Zelvara does not cause pressure sores.", "Zelvara can cause bed sores."),
    ("Zelvara does not cause joint pain.", "Zelvara can cause aching knees."),
    ("Zelvara does not cause paraesthesia.", "Zelvara can cause pins and needles."),
    ("Zelvara does not cause bruising.", "Zelvara can cause a haematoma."),
    ("Zelvara does not cause constipation.", "Zelvara can leave you bunged up."),
])
def test_lay_and_clinical_words_name_one_effect(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Dorvix does not cause fractures.", "Zelvara can cause broken bones."),
    ("Zelvara does not cause fractures.", "Broken bones take six weeks to heal."),
    ("Zelvara does not cause bruising.", "A haematoma after a fall needs checking."),
    ("Zelvara does not cause joint pain.", "Aching knees are common after running."),
    ("Zelvara does not cause paraesthesia.", "Pins and needles often follow sitting cross-legged."),
    ("Zelvara does not cause constipation.", "Constipation is common in older adults."),
    # a harm named as a risk for people, no product after it
    ("Zelvara does not cause pressure sores.", "Bed sores are a risk for anyone confined to bed."),
    ("Zelvara does not cause headaches.", "Headaches are a risk for anyone who skips meals."),
])
def test_the_lay_word_of_a_disease_or_another_product_is_quiet(denial, other):
    assert _quiet(denial, other)


def test_a_closed_compound_of_the_ontology_is_found_as_two_words():
    from lint_rules.analysis.concepts import get_lexicon

    lex = get_lexicon()
    split, closed = lex.lookup("bed sores"), lex.lookup("bedsores")
    assert split is not None and closed is not None and split.id == closed.id == "HP:0012399"


def test_a_british_spelling_of_the_ontology_is_derived():
    from lint_rules.analysis.concepts import get_lexicon

    found = get_lexicon().lookup("paraesthesia")
    assert found is not None and found.id == "HP:0003401"


# -- review fixes: no intro sentence; the rival named after a people-denial; an activity's harm --

def _bare(text: str) -> list[str]:
    """The passage alone, with no introduction naming the products first."""
    return contradiction_codes(text + "\n")


@pytest.mark.parametrize("text", [
    "Not one of the 120 testers who used Marlovo over the summer noticed itching. Its closest competitor, Quenset, "
    "can cause itching on dry skin.",
    "Nobody who has taken Marlovo for a month has complained of headaches. Quenset often causes headaches.",
    "Our reviewers tried Marlovo first. None of the volunteers who used it reported a rash. Quenset, its cheaper "
    "rival, can cause a rash.",
])
def test_a_people_denial_and_a_rivals_harm_are_two_products(text):
    assert not _bare(text)


@pytest.mark.parametrize("text", [
    "Not one of the 120 testers who used Marlovo over the summer noticed itching. Marlovo can cause itching on dry skin.",
    "Our reviewers tried Marlovo first. None of the volunteers who used it reported a rash. It can cause a rash, though.",
])
def test_a_people_denial_still_meets_its_own_products_harm_without_an_intro(text):
    assert _bare(text)


@pytest.mark.parametrize("text", [
    "Staying in one position all night raises the risk of pressure ulcers. The Softrest overlay does not cause "
    "bed sores.",
    "Being stuck in a wheelchair for hours increases the risk of bed sores. The Softrest cushion does not cause "
    "pressure sores.",
    "Sitting still on a long flight can cause ankle swelling. Veneflo socks do not cause swollen ankles.",
])
def test_an_activity_as_the_subject_is_not_the_products_harm(text):
    assert not _bare(text)


@pytest.mark.parametrize("text", [
    "The Softrest overlay does not cause bed sores. Sleeping on the Softrest overlay for weeks can cause pressure "
    "sores.",
    "Veneflo socks do not cause itching. Wearing Veneflo socks all day can cause itching.",
    "Veneflo socks do not cause itching. Wearing them all day can cause itching.",
])
def test_the_products_use_as_the_subject_is_still_its_harm(text):
    assert _bare(text)


@pytest.mark.parametrize("text", [
    "None of the 90 customers who bought Pelmora last winter complained of nausea. Pelmora can cause nausea.",
    "There is nothing in Pelmora that could upset your stomach. Pelmora can upset the stomach.",
    "When it comes to weight gain, Pelmora has none. Pelmora can cause weight gain in some people.",
    "As for headaches — Pelmora causes none. It can cause headaches, though.",
])
def test_the_new_readers_need_no_sentence_naming_the_product_first(text):
    assert _bare(text)


@pytest.mark.parametrize("text", [
    "None of the 90 shoppers who bought Pelmora last winter complained of nausea. Ostiva can cause nausea.",
    "There is nothing in Pelmora that could irritate your skin. Ostiva can irritate the skin.",
    "There is nothing in the research that suggests Pelmora harms the liver. Pelmora can irritate the skin.",
    "When it comes to weight gain, Ostiva is the worst offender. Pelmora can cause weight gain.",
    "Not one of the people who used Pelmora in our trial reported a rash. People who take Ostiva often get a rash.",
    "Nobody who reported nausea was given Pelmora. Pelmora can cause nausea.",
])
def test_an_opening_denial_of_another_product_or_no_denial_stays_quiet(text):
    assert not _bare(text)


@pytest.mark.parametrize("text", [
    "Pelmora is gentle enough for anyone. Older adults on steroids often have fractures.",
    "Pelmora is completely harmless. People taking blood thinners often notice bruising.",
    "Pelmora carries zero risk. Teenagers on antibiotics sometimes get an upset stomach.",
])
def test_a_group_on_another_drug_is_that_drugs_harm(text):
    assert not _bare(text)


@pytest.mark.parametrize("text", [
    "Pelmora is gentle enough for anyone. Older adults on Pelmora often have fractures.",
    "Pelmora is completely harmless. Some adults on the tablets get a rash.",
])
def test_a_group_on_the_product_is_still_its_harm(text):
    assert _bare(text)


@pytest.mark.parametrize("text", [
    "Pelmora never upsets the stomach. People with coeliac disease often get an upset stomach.",
    "Nothing in Pelmora could cause a rash. Children with eczema can develop a rash in winter.",
])
def test_a_group_defined_by_its_condition_has_the_conditions_symptom(text):
    assert not _bare(text)


@pytest.mark.parametrize("text", [
    "Pelmora never upsets the stomach. People with coeliac disease often get an upset stomach from it.",
    "Pelmora does not cause a rash. Children with eczema can develop a rash on Pelmora.",
])
def test_a_group_with_a_condition_and_the_product_is_still_its_harm(text):
    assert _bare(text)


def test_a_people_denial_opened_by_that_is_read_as_by_who():
    assert _bare("Pelmora is a balm. None of the customers that bought Pelmora complained of nausea. "
                 "Pelmora can cause nausea.")
    assert not _bare("Pelmora is a balm. None of the studies that tested Pelmora found nausea. Pelmora can cause nausea.")
