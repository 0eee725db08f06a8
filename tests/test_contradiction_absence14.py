"""Denials by absence (``absence14``, issue 14): "free of (any) <effect> (risk)", "<effect>-free",
"There's no <effect> with X", "<effect> doesn't occur with X" said of the product deny the
effect; "contains nothing that triggers <effect>" is a denial, never the effect (or the
allergen) affirmed. The fail shapes come first: a person's or a disease's course ("free of
symptoms for two years"), a price ("free of charge"), no cure, no evidence, another product or
food after the preposition, an attributed claim. Every sentence is written for these tests with
coined names; none is copied from a benchmark row or a corpus article."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, contradictions

from lint_rules.analysis.contradictions import claims
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


@pytest.mark.parametrize("text", [
    "Zanta is a sleep tablet. There's no cure for insomnia, but Zanta can cause drowsiness the next day.",
    "Zanta is a sleep tablet. The leaflet is free of charge. Zanta can cause headaches.",
    "In the trial, patients on Zanta were free of symptoms for two years. Zanta can cause nausea.",
    "Zanta is a sleep tablet. There's no hangover with water, so drink plenty. Zanta can cause a hangover.",
    "Zanta is a sleep tablet. Unlike older pills, there is no dizziness with Melvora. Zanta can cause dizziness.",
    "Zanta is an arthritis drug. After surgery, most patients were free of pain within weeks. Zanta can cause stomach pain.",
    "Zanta is a migraine drug. She has been free of headaches since March. Zanta can cause headaches.",
    "Zanta is a skin cream. The recipe contains nothing that triggers allergies. Zanta can cause allergic reactions.",
    "Zanta is a skin cream. Your skin stays itch-free in winter if you moisturise. Zanta can cause itching.",
    "Zanta is a sleep tablet. With ibuprofen, there's no drowsiness. Zanta can cause drowsiness.",
    "Zanta is an epilepsy drug. The patient remained seizure-free for a year. Zanta can cause seizures.",
    "Zanta is a sleep tablet. Dizziness doesn't occur with a good night's sleep. Zanta can cause dizziness.",
    "Zanta is a cold remedy. Most people are free of cold symptoms within a week, whatever they take. "
    "Zanta can cause headaches.",
    "Zanta is a painkiller. Patients free of nausea were more likely to finish the course. Zanta can cause nausea.",
    "Zanta is a cough syrup. There's no drowsiness from the sugar-free version of Lemsip. Zanta can cause drowsiness.",
    "Zanta is a sleep aid. In the study, dizziness did not occur with placebo. Zanta can cause dizziness.",
    "Zanta is a patch. Is there no itching with Zanta? Zanta can cause itching.",
    "Zanta is a tablet. Children who took it were free of vomiting after day two. Zanta can cause vomiting.",
    "Zanta is a sleep tablet. There's no way to predict who will get a headache with Zanta. Zanta can cause headaches.",
    "Zanta is a skin cream. Sunscreen contains nothing that triggers acne in most people. Zanta can cause acne.",
    "Zanta is a vitamin. Free of headaches for the first time in years, she thanked her doctor. Zanta can cause headaches.",
    "Zanta is a painkiller. Free of pain at last, patients can return to work. Zanta can cause stomach pain.",
    "Zanta is a painkiller. Free of any nausea, the recipe is a good choice for breakfast. Zanta can cause nausea.",
    "Zanta is a painkiller. Free of headaches, she is back at work. Zanta can cause headaches.",
])
def test_ordinary_absence_wording_is_no_denial_by_the_product(text):
    assert not contradiction_codes(text)


@pytest.mark.parametrize("text", [
    "Zanta is a sleep tablet. Zanta is free of any liver risk. Some users developed hepatitis on Zanta.",
    "Zanta is a sleep tablet. Free of any addiction risk. Zanta can cause addiction.",
    "Zanta capsules are a turmeric supplement. Free of any liver risk, they are ideal for daily use. "
    "A few people taking Zanta have developed hepatitis.",
    "Zanta is a cold remedy. It is drowsiness-free. Zanta can make you drowsy.",
    "Zanta is a sleep tablet. With Zanta, there's no next-day hangover. Zanta can cause a hangover.",
    "Zanta is a sleep tablet. There's no dizziness with Zanta. Zanta can cause dizziness.",
    "Zanta is a sleep tablet. Dizziness doesn't occur with Zanta. Zanta can cause dizziness.",
    "Zanta is a painkiller. There is no stomach upset with this tablet. Zanta can cause stomach upset.",
    "Zanta is a statin. Muscle pain never happens on Zanta. Zanta can cause muscle pain.",
    "Zanta is a diet pill. Zanta remains free from side effects. Zanta can cause nausea.",
    "Zanta is a supplement. This supplement is free of liver damage. Zanta can cause liver damage.",
])
def test_an_absence_said_of_the_product_conflicts_with_its_harm(text):
    assert contradiction_codes(text)


def test_contains_nothing_that_triggers_is_a_denial_not_the_effect():
    doc = parse_document("<t>", "Zanta is a skin cream. It contains nothing that triggers allergies.\n", "text")
    stances = {c.stance for c in claims(doc) if c.label == "Allergy"}
    assert stances == {"negated"}
    assert not [t for t in typed_claims(doc) if t.type == "scope" and t.side == "restricted"]


def test_contains_an_allergen_is_still_read():
    doc = parse_document("<t>", "Zanta is a skin cream. It contains beeswax and peanut oil.\n", "text")
    assert [t for t in typed_claims(doc) if t.aspect == "allergen"]


# longer passages in the registers of real writers (news, press release, seller, leaflet, guide)
@pytest.mark.parametrize("text", [
    'Zanta, a new migraine drug, was approved on Monday. In the trial, the Zanta group was free of relapse for longer than the placebo group. Zanta can cause nausea and dizziness, the regulator said.',
    'PRESS RELEASE: Zanta Labs today announced results. "Patients taking Zanta were free of migraine attacks on 12 more days a month," said the chief executive. Common side effects of Zanta included nausea.',
    "Zanta is sold over the counter. Nausea doesn't happen with Zanta if you take it with food, but on an empty stomach Zanta can cause nausea.",
    'Our Zanta gummies are gluten-free and dairy-free. Zanta can cause an upset stomach in some people.',
    "Zanta is a cold remedy. There's no charge for Zanta at NHS pharmacies. Zanta can cause drowsiness.",
    'Zanta is a sleep tablet. There is no generic version of Zanta yet. Zanta can cause headaches.',
    'Zanta is a sleep tablet. Is Zanta free of side effects? No: Zanta can cause headaches and dizziness.',
    'Zanta is a sleep tablet. Patient leaflet: If you are free of symptoms after two weeks, stop taking Zanta. Zanta can cause dizziness.',
    "Zanta is a nasal spray. There's no rebound congestion with saline sprays, but Zanta can cause rebound congestion.",
    'Zanta is a nasal spray. Unlike decongestant sprays, saline is free of rebound congestion; Zanta can cause rebound congestion.',
    'Zanta is an allergy tablet. Once you are free of hay fever symptoms, keep taking Zanta for the season. Zanta can cause drowsiness.',
    'Zanta is a painkiller. "There\'s no hangover with Zanta," one reviewer wrote, but the regulator says Zanta can cause a hangover-like grogginess.',
    "Zanta is a painkiller. Some sellers claim there's no dizziness with Zanta. In fact, Zanta can cause dizziness.",
    'Zanta is a painkiller. It used to be said that there was no dizziness with Zanta. Zanta can cause dizziness.',
    "Zanta is an antihistamine. There's no drowsiness with the non-drowsy version, Zanta Day. Zanta Night can cause drowsiness.",
    'Zanta is an antihistamine. Most users stay free of drowsiness at the 10 mg dose, but at 20 mg Zanta can cause drowsiness.',
    'Zanta is a sunscreen. It is free of oxybenzone and fragrance. Zanta can cause skin irritation.',
    "Zanta is a fibre supplement. With a high-fibre diet, there's no constipation. Zanta can cause constipation if you don't drink enough.",
    'Zanta is a statin. There is no muscle pain with exercise for most people. Zanta can cause muscle pain.',
    'Zanta is a statin. Life free of heart attacks is the goal. Zanta can cause muscle pain.',
    'Zanta is an inhaler. Children free of asthma symptoms for three months can step down their dose. Zanta can cause a sore throat.',
    'Zanta is an inhaler. No one free of symptoms needs a stronger inhaler. Zanta can cause a sore throat.',
    "Zanta is a vaccine. There's no flu with this vaccine, the myth goes, but it cannot give you flu and can cause a sore arm.",
    'Zanta is a vaccine. There is no fever with most vaccines. Zanta can cause a fever.',
    "Zanta is a cream. Dryness doesn't occur with regular moisturising. Zanta can cause dryness.",
    "Zanta is a cream. Stinging doesn't happen with the sensitive formula. Zanta can cause stinging.",
    'Zanta is a sleep tablet. Being free of insomnia is what users want. Zanta can cause insomnia on stopping.',
    'Zanta is a sleep tablet. Q: Is there no risk of dependence with Zanta? A: There is; Zanta can cause dependence.',
])
def test_ordinary_passages_in_writers_registers_do_not_fire(text):
    assert not contradiction_codes(text)


# a pronoun that stands for a body part, a condition, another version or a hedged or conditional absence
@pytest.mark.parametrize("text", [
    'Zanta is a painkiller for arthritis. After the operation my knee was swollen, but now it is free of pain. Zanta can cause joint pain.',
    'Zanta is a nasal spray. My nose was blocked for weeks; now it is free of congestion. Zanta can cause nasal congestion.',
    'Zanta is a skin cream. Your skin should feel soft; it is free of itching within days if the eczema is treated. Zanta can cause itching.',
    "Zanta is a sleep tablet. The bedroom should be dark and cool, and there's no insomnia with a good routine. Zanta can cause insomnia.",
    "Zanta is an antacid. The baby's tummy settles and there's no colic with gentle feeding. Zanta can cause colic.",
    'Zanta is a tablet. Aspirin is free of drowsiness, unlike Zanta. Zanta can cause drowsiness.',
    'Zanta is a cough medicine. The sugar-free version is drowsiness-free. Zanta can cause drowsiness.',
    'Zanta is a cough medicine. Zanta Day is drowsiness-free; Zanta Night can cause drowsiness.',
    "Zanta is a painkiller. Nausea doesn't occur with the patch form. Zanta tablets can cause nausea.",
    "Zanta is a painkiller. Constipation doesn't happen with Zanta at low doses, but at high doses Zanta can cause constipation.",
    "Zanta is a sleep tablet. There's no hangover with Zanta if you take it before 10pm; later doses can cause a hangover.",
    "Zanta is a migraine tablet. In our survey, 80% said there's no nausea with Zanta. Zanta can cause nausea.",
    "Zanta is an antihistamine. There's usually no drowsiness with Zanta. Zanta can cause drowsiness in some people.",
    "Zanta is an antihistamine. For most people there's no drowsiness with Zanta. Zanta may cause drowsiness.",
])
def test_absence_of_something_else_or_limited_does_not_fire(text):
    assert not contradiction_codes(text)


# review of absence14 (absence14b): the owner must be the product itself, the object must start
# with it, a limit after it takes the absence back, a report after it is someone's word, and a
# bare "Free of <effect>." line may be a person's story
@pytest.mark.parametrize("text", [
    # M1: a subject that merely holds the name (a period on it, a pill that replaced it, a person
    # or animal on it, a rival of it), and a course after "-free"
    "Zanta is a nausea tablet. The second month on Zanta is sickness-free for few people. Zanta can cause sickness.",
    "Zanta is an older sleeping pill. The tablet that replaced Zanta is free of dizziness. Zanta can cause dizziness.",
    "Zanta is a skin cream. My cat on Zanta is free of scratching now. Zanta can cause scratching.",
    "Zanta is a sleep tablet. Zanta's closest competitor is drowsiness-free, a study found. Zanta can cause drowsiness.",
    "Zanta is a sleep tablet. The generic of Zanta sold in Spain is free of drowsiness. Zanta can cause drowsiness.",
    "Zanta is a sleep tablet. Its successor is drowsiness-free. Zanta can cause drowsiness.",
    # M2: the preposition's object does not start with the product
    "Zanta is a sleep tablet. There's no drowsiness with this relaxation exercise. Zanta can cause drowsiness.",
    "Zanta is an antidepressant. There's no withdrawal with stopping Zanta gradually. Stopping Zanta abruptly can cause withdrawal.",
    "Zanta is a fibre powder. There's no bloating in the first days with Zanta, but it comes later. Zanta can cause bloating.",
    # M3: a limit after the product
    "Zanta is an iron tablet. There's no constipation from Zanta when you take a small dose. Zanta can cause constipation.",
    "Zanta is an antidepressant. Weight gain doesn't happen on Zanta as often as with older pills. Zanta can cause weight gain.",
    "Zanta is an antidepressant. Weight gain doesn't set in on Zanta in the first months. Zanta can cause weight gain.",
    "Zanta is a migraine tablet. There's no headache from Zanta that lasts beyond a day. Zanta can cause headaches.",
    "Zanta is a cold remedy. It is drowsiness-free at the usual dose. Zanta can cause drowsiness.",
    # M4: the absence reported after it
    "Zanta is a sleep tablet. There's no dizziness with Zanta, or so the brochure says. Zanta can cause dizziness.",
    "Zanta is a sleep tablet. There's no dizziness with Zanta, according to its maker. Zanta can cause dizziness.",
    # M5: a bare line in a person's story
    "Zanta treats migraine. Tom took it for six weeks. Free of headaches. Zanta can cause headaches.",
    "Zanta treats migraine. Free of nausea. Zanta can cause nausea.",
    # the product named first but the object is something of it or a regimen of it
    "Zanta is a sleep tablet. There's no drowsiness with Zanta's rival, Restil. Zanta can cause drowsiness.",
    "Zanta is an iron tablet. There's no constipation with Zanta taken every other day, a trial found. "
    "Zanta can cause constipation.",
    "Zanta is an iron tablet. With Zanta stopped, there's no constipation. Zanta can cause constipation.",
    "Zanta is a statin. Muscle pain doesn't appear on Zanta until the dose is raised. Zanta can cause muscle pain.",
    "Zanta is a tablet. The version of Zanta for children is drowsiness-free. Zanta can cause drowsiness.",
    "Zanta is a tablet. Patients on Zanta were constipation-free after a month. Zanta can cause constipation.",
])
def test_review_shapes_of_absence_do_not_fire(text):
    assert not contradiction_codes(text)


@pytest.mark.parametrize("text", [
    "Zanta is an antihistamine. Now Zanta is completely drowsiness-free. Zanta can cause drowsiness.",
    "Zanta is an antihistamine. The new Zanta is free of drowsiness. Zanta can cause drowsiness.",
    "Zanta is an iron tablet. There's no constipation from Zanta. Zanta can cause constipation.",
    "Zanta is a supplement. Free of any liver damage. Zanta can cause liver damage.",
    "Zanta is a sleep tablet. There's no dizziness with it. Zanta can cause dizziness.",
    "Zanta tablets help you sleep. With Zanta tablets, there's no dizziness. Zanta tablets can cause dizziness.",
])
def test_the_product_itself_free_of_its_harm_still_conflicts(text):
    assert contradiction_codes(text)


# absence14c: the second review's mechanisms. A bare "it"/"this" after another thing (A), an
# attribution verb (B), a frame that denies the claim (C), a dose or form of the product (D) and a
# quoted line are not the product's own absence; written for these tests with coined names.
@pytest.mark.parametrize("text", [
    "Zanta is a hay fever tablet. Ask your GP about the nasal spray: there's no drowsiness with it. "
    "Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. Try Lorelin instead: there is no drowsiness with it. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. Consider an air purifier. There's no drowsiness with this. Zanta can cause drowsiness.",
    "Kelvo is a migraine tablet. Talk to your doctor about acupuncture; nausea doesn't occur with it. "
    "Kelvo can cause nausea.",
    "Kelvo is a migraine tablet. Ask about the cooling headband. There's no nausea with this. Kelvo can cause nausea.",
    "Zanta is a hay fever tablet. Zanta is drowsiness-free, the packet boasts. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. \"Zanta is drowsiness-free,\" the leaflet reads. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. An early report stated that drowsiness doesn't occur with Zanta. "
    "Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. It is not the case that there's no drowsiness with Zanta. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. It is a myth that there's no drowsiness with Zanta. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. The high-dose Zanta is drowsiness-free. The standard dose of Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. The 5 mg Zanta is drowsiness-free. The 20 mg dose of Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet.\n\n> Zanta is drowsiness-free.\n\nWe checked that claim and it does not hold. "
    "Zanta can cause drowsiness.",
])
def test_second_review_shapes_of_absence_do_not_fire(text):
    assert not contradiction_codes(text)


def test_a_quoted_markdown_line_is_someones_words():
    text = "Zanta is a hay fever tablet.\n\n> There's no drowsiness with Zanta.\n\nThat quote is wrong. Zanta can cause drowsiness.\n"
    assert not contradictions(text, kind="markdown")


@pytest.mark.parametrize("text", [
    "Zanta is a hay fever tablet. There's no drowsiness with it. Zanta can cause drowsiness.",
    "Zanta is a hay fever tablet. Zanta works fast: there's no drowsiness with it. Zanta can cause drowsiness.",
    "Kelvo is a migraine tablet. Kelvo is gentle. There's no nausea with this. Kelvo can cause nausea.",
])
def test_it_or_this_after_the_product_still_conflicts(text):
    assert contradiction_codes(text)
