"""ConText attributes and the claim frame (subject, relation, course)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.context import SubjectModel, target_attributes


def attrs(text: str, phrase: str) -> dict:
    found = target_attributes(text, phrase)
    assert found, f"{phrase!r} not in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "phrase", "negated"), [
    ("The drug does not cause nausea.", "nausea", True),
    ("The drug doesn’t cause nausea.", "nausea", True),  # typographic apostrophe
    ("It is free of side effects.", "side effects", True),
    ("I have never had a migraine.", "migraine", True),
    ("Rash was not observed in any volunteer.", "rash", True),  # backward cue
    ("After surgery she was pain-free.", "pain", True),
    ("He had no fever, cough or sore throat.", "sore throat", True),  # reach over a list
    # pseudo-cues
    ("Not only does smoking cause coughing, it stains teeth.", "coughing", False),
    ("There was no increase in headaches.", "headaches", False),
    ("A gram-negative infection can cause fever.", "infection", False),
    ("The product is not without side effects.", "side effects", False),
    # scope ends at "but", "if" and a comma before a new clause
    ("The tea did not cause insomnia, but it did cause heartburn.", "heartburn", False),
    ("You should not drive if the medicine makes you drowsy.", "drowsy", False),
    ("Without treatment, the infection can spread.", "infection", False),
    ("Although it does not cause drowsiness, it may cause dizziness.", "dizziness", False),
    # a lone "free" only when attached to the word
    ("Tumor cells release cell-free DNA.", "tumor", False),
    # a second verb that affirms ends the reach; missing data is no absence
    ("It didn't work and caused bloating.", "bloating", False),
    ("No information on side effects was collected.", "side effects", False),
    ("Some patients won't be able to tolerate the nausea.", "nausea", False),
])
def test_negation(text, phrase, negated):
    assert attrs(text, phrase)["negated"] is negated


def test_the_seed_denial_is_negated_and_not_hedged():
    a = attrs("However, unlike some synthetic compounds, kratom users often report no "
              "significant hair thinning or loss.", "hair thinning")
    assert a["negated"] is True and a["hedged"] is False and a["cues"]["negated"] == "no"


@pytest.mark.parametrize(("text", "phrase", "key", "value"), [
    ("It may cause non-scarring alopecia.", "alopecia", "hedged", True),
    ("Some users reported dry mouth.", "dry mouth", "hedged", True),
    ("The pill causes dry mouth.", "dry mouth", "hedged", False),
    ("If it makes you dizzy, stop taking it.", "dizzy", "hypothetical", True),
    ("If it makes you dizzy, stop taking it and rest.", "rest", "hypothetical", False),
    ("Should you notice a rash, stop.", "rash", "hypothetical", True),
    ("Does kratom cause hair loss?", "hair loss", "question", True),
    ("She has a history of seizures.", "seizures", "historical", True),
    ("Her mother had breast cancer.", "breast cancer", "experiencer", "other"),
    ("In rats, the extract caused liver damage.", "liver damage", "experiencer", "other"),
    ("Patients without diarrhea were enrolled.", "diarrhea", "study_design", True),
    # worries and fears reach over a list
    ("Doctors hesitate because of concerns about short-lived benefits, risks of addiction, "
     "and cost.", "addiction", "hypothetical", True),
    ("Many patients are afraid that bending will cause them pain.", "pain", "hypothetical", True),
    # lack of proof is uncertainty
    ("X-rays have never been proven to cause cancer.", "cancer", "hedged", True),
    ("My sister says she never noticed any acne.", "acne", "experiencer", "other"),
])
def test_other_attributes(text, phrase, key, value):
    assert attrs(text, phrase)[key] == value


@pytest.mark.parametrize(("text", "phrase", "relation", "course"), [
    ("Kratom may cause hair loss.", "hair loss", "causes", ""),
    ("Kratom does not cause hair loss.", "hair loss", "does not cause", ""),
    ("Kratom offers muscle pain relief.", "muscle pain", "treats", ""),
    ("Ginger can relieve nausea.", "nausea", "treats", ""),
    ("The hair loss it causes grows back.", "hair loss", "causes", "reversible"),
    ("The hair loss it causes is permanent.", "hair loss", "causes", "permanent"),
    ("The hair loss it causes is not permanent.", "hair loss", "causes", "reversible"),
    ("It has benign effects on hair follicles.", "hair follicles", "safe", ""),
    # a downward comparison; benefit (or none) against a disease is not a safety claim
    ("It is less likely to cause low blood sugar.", "low blood sugar", "compares", ""),
    ("The pill caused less nausea than placebo.", "nausea", "compares", ""),
    ("Exercise protects them from heart disease.", "heart disease", "treats", ""),
    ("It had no effect on the number of heart attacks.", "heart attacks", "treats", ""),
    # the mention is the cause of what follows, so the course is not its own
    ("Mini-strokes, which cause no permanent damage, come first.", "Mini-strokes", "causes", ""),
])
def test_relation_and_course(text, phrase, relation, course):
    a = attrs(text, phrase)
    assert (a["relation"], a["course"]) == (relation, course)


def test_subjects_tell_interventions_apart():
    text = "Finasteride can cause hair loss; saw palmetto has not been linked to hair loss."
    found = target_attributes(text, "hair loss")
    assert [f["subject"] for f in found] == ["main", "palmetto"]


def test_main_subject_prefers_the_title_then_frequency():
    model = SubjectModel.from_sentences(
        ["Finasteride can cause dizziness.", "Saw palmetto has not been linked to dizziness.",
         "Saw palmetto may cause nausea."], title="Saw palmetto for hair")
    assert model.main == "palmetto"
    model = SubjectModel.from_sentences(["Kratom may cause hair loss.", "Kratom users…"])
    assert model.main == "kratom"


def test_a_person_quoted_by_name_is_not_an_agent():
    model = SubjectModel.from_sentences(
        ["Wood has also tried the patch in children.", "The patch can cause itching, Wood said.",
         "Kratom may cause nausea.", "Kratom can cause constipation."])
    assert "wood" not in model.agents and model.main == "kratom"


def test_an_apostrophe_does_not_make_an_agent():
    model = SubjectModel.from_sentences(["By not causing a crash, the diets don't trigger hunger."])
    assert "t" not in model.agents and "by" not in model.agents


def test_a_bracketed_gloss_shares_the_frame_of_the_mention_before_it():
    from lint_rules.analysis.mentions import mentions
    from lint_rules.parsing import parse_document

    doc = parse_document("<t>", "It carries less risk of causing low blood sugar levels "
                                "(hypoglycemia) than older insulins.", "text")
    assert [(m.matched, m.relation) for m in mentions(doc)] == [
        ("low blood sugar", "compares"), ("hypoglycemia", "compares")]


def test_a_condition_that_causes_an_effect_is_its_own_subject():
    text = "Atrial fibrillation can lead to stroke."
    assert attrs(text, "stroke")["subject"].startswith("condition:")


def test_target_not_in_the_text_and_empty_target():
    assert target_attributes("No fever.", "cough") == []
    assert target_attributes("No fever.", "  ") == []
