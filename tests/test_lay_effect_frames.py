"""Lay effect words from named sources (WordNet 3.0 synsets, MedlinePlus symptom pages) and the
state said of a body part in a clause of its own ("your ears are sore", "can make your ears
sore": ``effects_composition.toml`` [predicative]). Every sentence here is written for these
tests; the failing cases are the mechanism's own: the disease's own symptom, another product,
a question, a negated or positive state, an everyday sense of the word."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.concepts import get_lexicon
from lint_rules.analysis.contradictions import claims
from lint_rules.parsing import parse_document


def _labels(text: str) -> list[tuple[str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(c.label, c.stance) for c in claims(doc)]


@pytest.mark.parametrize("lay, term", [
    ("heavy-eyed", "drowsiness"),
    ("dozy", "drowsiness"),
    ("weepy", "tearfulness"),
    ("teary-eyed", "tearfulness"),
    ("snappish", "irritability"),
    ("grumpy", "irritability"),
    ("liver strain", "liver damage"),
    ("strain on the kidneys", "kidney damage"),
    ("hard stools", "constipation"),
    ("infrequent bowel movements", "constipation"),
    ("lying awake", "insomnia"),
    ("pregnancy loss", "miscarriage"),
])
def test_a_lay_word_is_the_concept_its_source_names(lay, term):
    lex = get_lexicon()
    got, want = lex.lookup(lay), lex.lookup(term)
    assert got is not None and want is not None, (lay, term)
    assert got.id == want.id, (lay, got.id, want.id)


def test_tearfulness_is_a_change_of_mood():
    lex = get_lexicon()
    tear, mood = lex.lookup("tearfulness"), lex.lookup("mood changes")
    assert tear is not None and mood is not None and lex.is_a(tear.id, mood.id)


@pytest.mark.parametrize("word", ["snappy", "low", "strain", "awake", "hard"])
def test_an_everyday_word_alone_is_no_concept(word):
    assert get_lexicon().lookup(word) is None


def test_a_miscarriage_of_justice_names_no_miscarriage():
    assert _labels("Critics called the Velora ruling a miscarriage of justice.") == []
    assert ("Miscarriage", "affirmed") in _labels("Velora can cause a miscarriage in early pregnancy.")


@pytest.mark.parametrize("text, term", [
    ("your ears are sore", "ear pain"),
    ("my mouth feels dry", "dry mouth"),
    ("her knees were really sore", "sore knees"),
    ("the ear canals are tender", "tender ear canals"),
    ("make your ears sore", "ear pain"),
    ("left my skin itchy", "itchy skin"),
])
def test_a_state_said_of_a_part_is_the_composed_effect(text, term):
    lex = get_lexicon()
    want = lex.lookup(term)
    assert want is not None, term
    assert want.id in [cid for _, _, cid, _ in lex.match(text)], (text, lex.match(text))


@pytest.mark.parametrize("text, label", [
    ("Otivox drops can make your ears sore.", "Ear pain"),
    ("Snorelo may leave your mouth dry.", "Xerostomia"),
])
def test_a_causative_said_of_the_product_is_a_claim(text, label):
    assert (label, "affirmed") in _labels(text), (text, _labels(text))


@pytest.mark.parametrize("text", [
    "My ears are not sore any more.",              # a negated state: no sore ear
    "After a week my mouth stays moist.",          # a state the table does not name
    "Behind the ears, sore patches of skin appear in eczema.",  # a comma between the words
    "Keep your mouth dry and clean, said the leaflet.",         # an instruction, no product
])
def test_no_state_is_read_across_a_negation_or_a_break(text):
    labels = {lab for lab, _ in _labels(text)}
    assert not labels & {"Ear pain", "Xerostomia"}, (text, labels)


@pytest.mark.parametrize("text", [
    "Calmora does not cause mood changes. Some women taking Calmora become weepy in the first weeks.",
    "Ferrovit will not leave you constipated. Hard, dry stools are a common complaint among people taking Ferrovit.",
    "Restiva does not cause insomnia. Some users of Restiva report lying awake for hours.",
    "Otivox drops never cause ear pain. Otivox drops can make your ears sore for a day or two.",
    "Folinex carries no risk of miscarriage. Folinex has been linked to miscarriage in early pregnancy.",
    "Moodix has no effect on mood. A few patients on Moodix became tearful and withdrawn.",
])
def test_the_lay_word_opposes_the_label_word(text):
    assert contradiction_codes(text), text


@pytest.mark.parametrize("text", [
    # the disease's own symptom, said with the causative frame
    "Depression can leave people weepy and withdrawn. Moodix has no effect on mood in healthy volunteers.",
    "Ear infections make your ears sore. Otivox drops never cause ear pain.",
    "Flu can make your muscles sore. Tamiflex does not cause muscle pain.",
    "Jet lag leaves many travellers lying awake at 3am. Restiva does not cause insomnia.",
    # a question, another thing's strain, an idiom
    "Does Otivox make your ears sore? No: in the trial it caused no ear pain.",
    "Hepasure is free of alcohol. Heavy drinking puts a strain on the liver, doctors say.",
    "The court case was a miscarriage of justice, campaigners said. Folinex carries no risk of miscarriage.",
    # a positive or negated state, the everyday sense
    "After a week on Snorelo my mouth stays moist all night. Snorelo causes no dry mouth.",
    "My ears are not sore any more after using Otivox. Otivox drops never cause ear pain.",
    "The new packaging is snappy and the name is catchy. Kalmix does not make you irritable.",
    "Patients whose ears were sore before treatment were excluded. Otivox drops never cause ear pain.",
    "Tell your doctor if your mouth feels dry while taking other medicines. Snorelo causes no dry mouth.",
    "Babies' gums are sore when teeth come through. Teethol gel causes no gum pain.",
    # "keep" is no causative of a symptom; another product as the maker (lex16b)
    "Dryex roll-on keeps your skin dry all day. Dryex causes no dry skin, the maker says.",
    "New hearing aids can make your ears sore at first. Otivox drops never cause ear pain.",
    "Surgery changed her knee for good, she says. Painex, which she took before the operation, wore off within hours.",
    "A hot bath melts away muscle soreness, many runners say. Musclex did not relieve muscle soreness in a trial.",
])
def test_the_frame_said_of_something_else_is_no_conflict(text):
    assert contradiction_codes(text) == [], text


@pytest.mark.xfail(strict=True, reason="an old hole the new words reach: another thing as the clause's subject "
                   "(a drug class, an ordinary noun, another brand with an appositive) is read as the product; "
                   "main fires on the same passages written with its own words")
@pytest.mark.parametrize("text", [
    "Ironex tablets can cause hard stools. Ferrovit, a gentler liquid iron, will not leave you constipated.",
    "Some sleeping pills leave users groggy and lying awake later in the night. Restiva does not cause insomnia.",
    "Exercise brings blood sugar right down, so carry a snack. Glucora raises blood sugar only when it is low.",
    "Ice packs help, but the relief lasts only as long as the pack is cold. Painex offers relief that lasts for years.",
])
def test_known_hole_another_subject_read_as_the_product(text):
    assert contradiction_codes(text) == [], text
