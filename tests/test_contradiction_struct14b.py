"""Review fixes of the struct14 readers (``struct14b``): each reading keeps its true
conflicts and no longer fires on ordinary text of the same shape whose owner is something else
(a surgery, an observer, a doubt, a word in another sense, a condition "it" stands for,
another drug stopped, the product counted among the others). Every sentence is written for
these tests with coined names; none is copied from a benchmark row or a reviewer's passage."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


# -- 1: "left untouched by" the product only ----------------------------------------------------

@pytest.mark.parametrize("spared", [
    "Your thyroid will be left untouched by the procedure, which only treats the neck muscles.",
    "Your periods will stay unaffected by the keyhole operation.",
    "Your sleep will be left unaffected by the scan itself, which takes ten minutes.",
    "Your thyroid will remain untouched by radiation to the lower back.",
    "Your thyroid will be left untouched by the treatment, which is aimed at the lower chest.",
])
def test_a_part_spared_by_a_procedure_is_not_the_products_promise(spared):
    harm = "Tirova can cause an underactive thyroid and irregular periods. Tirova can cause insomnia."
    assert not contradiction_codes(spared + " Afterwards you will take Tirova." + _FILLER + harm)


@pytest.mark.parametrize(("spared", "harm"), [
    ("Tirova is a kelp tablet. Your thyroid is left untouched by Tirova.", "Tirova can trigger an underactive thyroid."),
    ("Tirova is a herbal tablet. Your thyroid is left untouched by it.", "Tirova can trigger an underactive thyroid."),
    ("Tirova is a kelp tablet. Your thyroid is left completely untouched by this supplement.",
     "The iodine in Tirova can trigger an overactive thyroid."),
])
def test_a_part_spared_by_the_product_still_conflicts(spared, harm):
    assert contradiction_codes(spared + _FILLER + harm + _FILLER)


# -- 2: an observer's report or a doubt is no promise ------------------------------------------

@pytest.mark.parametrize("text", [
    "Most users see no change in their periods when they stop Tirova.",
    "Many women notice no change in their cycle after stopping Tirova.",
    "Do not assume that Tirova does not affect your thyroid just because it is natural.",
    "It is not true that Tirova does not affect your thyroid.",
    "Some people believe that Tirova does not affect your thyroid.",
])
def test_an_observation_or_doubt_about_a_spared_part_does_not_conflict(text):
    harm = "Tirova can cause irregular periods and an overactive thyroid."
    assert not contradiction_codes(text + _FILLER + harm + _FILLER)


def test_a_promise_the_reader_will_notice_nothing_still_conflicts():
    assert contradiction_codes("You won't notice any change in your periods with Tirova." + _FILLER
                  + "Tirova can cause irregular periods." + _FILLER)


# -- 3: the lay part word in another sense -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tirova won't keep you awake for long periods; any restlessness settles within days.",
    "Tirova has no effect on thyroid blood tests, so your results can be trusted.",
    "The trial found no effect on the thyroid in people taking Tirova.",
    "Tirova is safe for people with thyroid problems.",
    "Tirova is safe for women with heavy periods.",
])
def test_a_part_word_in_another_sense_or_observed_does_not_conflict(text):
    harm = "Tirova can cause irregular periods. Tirova can cause an underactive thyroid."
    assert not contradiction_codes(text + _FILLER + harm + _FILLER)


# -- 4: "it" stands for the product only when the product is what the text is about ------------

@pytest.mark.parametrize("text", [
    "Hidden acid reflux is hard to spot. Many people have no heartburn with it, only a cough.",
    "Ocular migraine is odd. You see zigzag lines, but you have no headache with it.",
    "The keto diet sounds simple, but people who start it often end up tired.",
])
def test_it_standing_for_a_condition_or_diet_does_not_conflict(text):
    harm = "Tirova can cause heartburn, headaches and tiredness."
    assert not contradiction_codes(text + _FILLER + harm + _FILLER)


def test_it_after_a_sentence_about_the_product_still_conflicts():
    assert contradiction_codes("Medora Labs launches Tirova, a new inhaler. Tirova combines two medicines. \"Patients have no "
                  "hoarseness with it,\" said the director." + _FILLER + "Tirova can make your voice hoarse.")


def test_it_standing_for_the_product_still_conflicts():
    assert contradiction_codes("Tirova is an iron tablet. Tirova never causes constipation." + _FILLER
                  + "Honestly, lots of people who start Tirova end up constipated." + _FILLER)


# -- 5: the product stopped by its kind --------------------------------------------------------

@pytest.mark.parametrize("stopped", [
    "Doctors say bloating is one of the most common reasons people stop the injections.",
    "In our poll, bloating is the main reason people quit the tablets.",
    "Bloating is among the most common reasons people stop their weekly jabs.",
])
def test_a_reason_to_stop_the_product_by_its_kind_conflicts(stopped):
    assert contradiction_codes("Tirova is a weekly injection. Tirova never causes bloating, the advert says. " + stopped + _FILLER)


@pytest.mark.parametrize("stopped", [
    "Bloating is one of the main reasons people stop statins.",
    "Knee pain is among the most common reasons people stop running.",
])
def test_a_reason_to_stop_something_else_does_not_conflict(stopped):
    assert not contradiction_codes(stopped + " Tirova never causes bloating or knee pain, the seller says." + _FILLER)


# -- 6: the product counted among the others sharing its ingredient -----------------------------

def test_the_product_named_among_the_others_keeps_the_harm():
    assert contradiction_codes("Tirova never causes dizziness, says the advert. Tablets made with the same herb as Tirova can "
                  "cause dizziness in some people, and so can Tirova." + _FILLER)


def test_other_products_sharing_the_ingredient_still_own_the_harm():
    assert not contradiction_codes("Tirova never causes dizziness, says the advert. Tablets made with the same herb as Tirova "
                      "can cause dizziness in some people." + _FILLER)


# -- ordinary passages in the registers of real writers (written for these tests) --------------

@pytest.mark.parametrize("passage", [
    'News report: The keto diet is popular with office workers. In the survey, some people had headaches on it for the first week. Ketovia capsules never cause headaches, the maker says.',
    'Consumer guide: Hay fever is worst in June. Many people have no itchy eyes with it, only a runny nose. Allerclear can cause dry eyes in some users.',
    'Patient leaflet: Your periods will not be affected by the scan. After the scan you will be given Femora tablets. Femora can cause irregular periods.',
    'Hospital leaflet: Your thyroid will stay unaffected by the anaesthetic. You will then take Thyrex. Thyrex can cause an underactive thyroid.',
    'Press release: Researchers found no change in the menstrual cycle of volunteers taking Cyclova. Cyclova can cause irregular periods, the researchers added.',
    'Supplement seller: Our customers tell us they notice no change in their sleep after stopping Dormix. Dormix can cause insomnia in a few people.',
    'Patient leaflet: Thyrolax does not interfere with thyroid medication. Thyrolax can cause an underactive thyroid in rare cases.',
    'News report: Night shifts disrupt sleep for long periods, the study found. Restora can cause insomnia, its leaflet warns.',
    "Consumer guide: Don't believe the myth that Kelpiq does not affect your thyroid. Kelpiq can cause an overactive thyroid.",
    'Blog: Running a marathon is hard, and people who try it often end up exhausted. Vitara, the drink I use, never causes tiredness.',
    'Patient leaflet: Vomiting is one of the main reasons people stop chemotherapy early. Nauseon, an anti-sickness tablet, never causes vomiting.',
    'News report: Muscle pain is among the most common reasons people stop taking statins, doctors say. Cardiola never causes muscle pain, its maker says.',
    'Consumer guide: Dry mouth is a common reason people quit smoking aids. Nicora gum never causes dry mouth, its maker claims.',
    'Clinic FAQ: Women with irregular periods can take Ovala safely. Ovala is a vitamin blend. Ovala can cause irregular periods in rare cases.',
    'Patient leaflet: Flexa has no effect on thyroid function tests. Flexa can cause an underactive thyroid over years.',
    'News report: The trial saw no effect on the thyroid among patients on Iodara. Iodara can cause an overactive thyroid at high doses.',
    "Blog: Crohn's disease can be sneaky. Some people get no pain with it at all. Crohnex tablets can cause stomach pain.",
    'Consumer guide: Pregnancy changes everything. Some women have no nausea with it. Gingera capsules can cause nausea.',
    'Patient leaflet: Sleep apnoea is common in older men. Many people have no snoring with it. Apnix can cause snoring.',
    'Supplement review: Some users find their periods are untouched by the diet itself. Menova can cause irregular periods.',
    'Press release: Cyclova does not affect periods of rest or activity during the day. Cyclova can cause irregular periods.',
    'News report: People who start a new job often end up tired. Energo never causes tiredness, the company claims.',
    'Patient leaflet: Stomach ache is the main reason people stop ibuprofen. Gastrin never causes stomach ache.',
    'Consumer guide: Creams containing the same steroid as Dermova, such as Cortiva, can thin the skin. Dermova never thins the skin.',
    'Hospital leaflet: Your sleep will be left undisturbed by the surgery. You will take Somna afterwards. Somna can cause insomnia.',
    'Clinic FAQ: We think Thyrona does not affect your thyroid, but the evidence is thin. Thyrona can cause an underactive thyroid.',
    'Patient leaflet: Most patients feel no change in their sleep once they stop Dormix. Dormix can cause insomnia.',
    'News report: The review found no effect on the thyroid. Thyrona can cause an overactive thyroid, the authors said.',
    'Consumer guide: Silent heart attacks happen too. Some people have no chest pain with them. Cardix can cause chest pain.',
    "Consumer guide: Crohn's disease can be sneaky. Some people have no pain with it for years. Crohnex tablets can cause stomach pain.",
    'Blog: Pilates changed my life. Most people get no back pain with it once they learn the moves. Flexara gel can cause back pain, the leaflet says.',
    'News report: Ozempic is widely used. Many people have no nausea with it after the first month, doctors say. Gastrolin never causes nausea, its maker claims, and Gastrolin can cause nausea in some users.',
    'Patient leaflet: Lupus flares come and go. Many people have no rash with it at all. Lupira can cause a rash.',
    'Consumer guide: Yoga is gentle. People who start it rarely end up sore. Musclin never causes soreness, the seller says.',
])
def test_ordinary_passages_draw_no_finding(passage):
    assert not contradiction_codes(passage)
