"""The opposing sentence nobody read (``frames16``, issue 14): key-value lines with a clipped
value, a harm restricted to a group fronted before the clause, and report frames of a harm.
Each mechanism has cases that must now conflict and cases of the same shape that must not
(another product, a condition, a past version, a question, another product's block, a table
of several products). Every sentence is written for these tests with coined names; none is
copied from a benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_FILLER = " It is sold in pharmacies. A pack costs five pounds. "


def _codes(text: str) -> list[str]:
    return contradiction_codes(text + "\n")


def _lines(intro: str, a: str, b: str) -> list[str]:
    """``a`` as a sentence of a paragraph, ``b`` as a paragraph (a line) of its own."""
    return _codes(intro + " " + a + _FILLER + "\n\n" + b + "\n\nAsk your pharmacist for advice.")


# -- M3: "Key: value" / "Key? value" lines with a clipped value ------------------------------

@pytest.mark.parametrize("harm,line", [
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen with Velmora."),
    ("Velmora often causes joint pain.", "Joint pain? Not seen with Velmora."),
    ("Velmora can cause bruising.", "Bruising: not with this treatment."),
    ("Velmora can cause hair loss.", "Hair loss: not reported with Velmora."),
    ("Velmora can cause headaches.", "Headaches: never with Velmora."),
    ("Velmora can cause nausea.", "Nausea — not a problem with Velmora."),
    ("Velmora raises heart rate in some people.", "Heart rate? Unaffected by Velmora."),
    ("Blood sugar readings rose in people taking Velmora.", "Effect of Velmora on blood sugar: lowers."),
    ("Velmora lowers blood pressure.", "Impact of Velmora on blood pressure: raises it."),
    ("Hair does grow back after a course of Velmora.", "Results: permanent, once the course is complete."),
    ("The results of Velmora are permanent.", "Results with Velmora: temporary."),
])
def test_a_key_value_line_with_a_clipped_value_is_read(harm, line):
    assert _lines("Velmora is a new treatment.", harm, line)


@pytest.mark.parametrize("harm,line", [
    # another product, a past version, another thing's results
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen with ibuprofen."),
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen with the old formula."),
    ("Blood sugar readings rose in people taking Velmora.", "Effect of metformin on blood sugar: lowers."),
    ("Hair does grow back after a course of Velmora.", "Results of electrolysis: permanent."),
    ("Velmora raises heart rate in some people.", "Heart rate? Unaffected by decaffeinated tea."),
    # a value limited or scoped by its aside, or hedged
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen with Velmora, except at high doses."),
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen with Velmora (in adults under 40)."),
    ("Blood sugar readings rose in people taking Velmora.", "Blood sugar: lowers, in some people."),
    ("Hair does grow back after a course of Velmora.", "Results: permanent in most patients."),
    # a lone line naming no product and standing among no claim labels; a question; advice
    ("Velmora can cause joint pain in some users.", "Joint pain: not seen."),
    ("Velmora can cause bruising in some patients.", "Bruising: is it common with Velmora?"),
    ("Hair does grow back after a course of Velmora.", "Results: permanent? Not quite."),
    ("Velmora can raise blood pressure at first.", "Blood pressure: check it weekly."),
    ("Velmora raises heart rate in some people.", "Heart rate? Not known yet."),
])
def test_a_key_value_line_of_another_thing_or_limited_is_no_claim(harm, line):
    assert not _lines("Velmora is a new treatment.", harm, line)


def test_a_symptom_diary_line_is_no_products_claim():
    text = ("Velmora is a new treatment. Velmora can cause joint pain in some users." + _FILLER
            + "\n\nDay 3\nJoint pain: not seen\nMood: fine\n")
    assert not _codes(text)


def test_another_products_block_is_not_the_pages():
    text = ("Velmora is a new cream. Velmora can cause bruising in some patients." + _FILLER
            + "\n\n## Our old cream, Dorvix\n\nBruising: not with Dorvix.\n")
    assert not _codes(text)


# -- M7: a harm restricted to a group fronted before the clause, or a group as the subject -----

def _pair(a: str, b: str) -> list[str]:
    return _codes("Velmora is a new tablet. " + a + _FILLER + b + _FILLER)


@pytest.mark.parametrize("harm", [
    "In people with severe asthma, Velmora can trigger a dangerous attack.",
    "If you have kidney failure, Velmora builds up and can cause serious harm.",
    "If you've got liver disease, Velmora may lead to severe reactions.",
    "In patients with kidney failure, it can cause serious harm.",
    "Volunteers with type 1 diabetes suffered dangerous episodes on Velmora.",
    "People with epilepsy had seizures on Velmora.",
    "Patients with heart failure who took Velmora developed swollen ankles.",
])
def test_a_harm_to_a_fronted_group_restricts_a_universal_safety_claim(harm):
    assert _pair("Velmora is safe for everyone.", harm)


@pytest.mark.parametrize("harm", [
    # another agent's harm under the same fronted condition
    "If you have kidney failure, untreated high blood pressure can cause serious harm.",
    "If you have asthma, pollen can trigger a dangerous attack.",
    "In people with severe asthma, a cold can trigger a dangerous attack.",
    # a group and its disease, no product taken; the product not taken; a comparison arm
    "People with epilepsy often have seizures at night.",
    "People with heart failure who skipped Velmora developed swollen ankles.",
    "Women with migraine reported headaches on the placebo, not on Velmora.",
    "Patients with heart disease had heart attacks at the same rate on Velmora as on placebo.",
    "Volunteers with type 1 diabetes suffered dangerous episodes on insulin glargine.",
    # a result, not a harm; a question; advice
    "Patients with epilepsy had fewer seizures on Velmora.",
    "Patients with epilepsy developed no rash on Velmora.",
    "Did patients with epilepsy have seizures on Velmora?",
    "If you have had a serious reaction to another medicine, tell your doctor before taking Velmora.",
    "If you have diabetes, Velmora can help keep your blood sugar steady.",
])
def test_a_group_harm_of_another_agent_or_no_harm_is_no_conflict(harm):
    assert not _pair("Velmora is safe for everyone.", harm)


def test_an_excluded_group_in_the_safety_claim_is_a_control():
    assert not _pair("Velmora is safe for everyone except people with kidney failure.",
                     "In patients with kidney failure, Velmora builds up and can cause serious harm.")


# -- M2: report and reason frames of a harm --------------------------------------------------

@pytest.mark.parametrize("denial,report", [
    ("Velmora won't upset your digestion.",
     "Indigestion, cramps and queasiness remain the main reasons people stop taking Velmora."),
    ("Velmora does not cause muscle aches.", "Muscle pain is one of the most frequent reasons people stop Velmora."),
    ("Velmora does not cause nausea.", "Nausea was the reason most people gave for stopping Velmora."),
    ("Velmora does not cause headaches.", "The most frequently recorded adverse event was a mild headache after Velmora."),
    ("Velmora does not cause headaches.", "The commonest adverse reaction is a mild headache."),
])
def test_a_harm_in_a_reason_or_report_frame_is_read(denial, report):
    assert _pair(denial, report)


@pytest.mark.parametrize("denial,report", [
    # another drug stopped; the reasons people start or buy it (what it treats); another cause
    ("Velmora won't upset your digestion.",
     "Indigestion, cramps and queasiness remain the main reasons people stop taking aspirin."),
    ("Velmora won't upset your digestion.", "Indigestion, heartburn and bloating remain the main reasons people buy Velmora."),
    ("Velmora does not cause headaches.",
     "Headaches, back pain and joint pain are the most common reasons people reach for Velmora."),
    ("Velmora does not cause headaches.", "Headaches remain one of the most frequent reasons people see their GP."),
    ("Velmora does not cause nausea.", "Cost, not nausea, is the main reason people stop taking Velmora."),
    ("Velmora does not cause nausea.",
     "Nausea from chemotherapy is one of the main reasons people stop their cancer treatment early."),
    # another arm or another product's events; a past version; a question
    ("Velmora does not cause headaches.", "In the placebo group, the most frequently recorded adverse event was a mild headache."),
    ("Velmora does not cause headaches.",
     "The most frequently recorded adverse event with the older ibuprofen headband was a mild headache."),
    ("Velmora does not cause nausea.",
     "Nausea was the reason most people gave for stopping the old version of Velmora, withdrawn in 2012."),
    ("Velmora does not cause nausea.", "Was nausea the main reason people stopped taking Velmora?"),
])
def test_a_reason_or_report_of_another_thing_is_no_conflict(denial, report):
    assert not _pair(denial, report)


# -- M3: a body part said to be out of danger on the product (a clipped denial) ---------------

@pytest.mark.parametrize("denial,harm", [
    ("Your hair is in no danger on Velmora.", "Thinning hair and bald patches were reported by 6% of people taking Velmora."),
    ("Your liver is safe with Velmora.", "Velmora can cause liver damage."),
    ("Your kidneys are not at risk on Velmora.", "Velmora can cause kidney damage."),
])
def test_a_part_out_of_danger_on_the_product_is_its_safety(denial, harm):
    assert _pair(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("Your liver is safe with moderate drinking.", "Velmora can cause liver damage."),
    ("Your liver was safe on the old Velmora formula.", "Velmora can cause liver damage."),
    ("Is your liver safe on Velmora?", "Velmora can cause liver damage."),
    ("Your liver is safe with ibuprofen at normal doses.", "Velmora can cause liver damage."),
    ("Your liver is safe on Velmora only if you avoid alcohol.", "Velmora can cause liver damage."),
    ("Your hair is in no danger from the sun if you wear a hat.", "Velmora can cause hair loss."),
    ("Your kidneys are not at risk with paracetamol, the study found.", "Velmora can cause kidney damage."),
])
def test_a_part_safe_with_another_thing_or_under_a_condition_is_no_promise(denial, harm):
    assert not _pair(denial, harm)


# -- M7: the groups of a safety claim named as "<organ> patients", with a floating "all" --------

@pytest.mark.parametrize("safe", [
    "Kidney patients can take Velmora without worry.",
    "Kidney patients and diabetics can all take Velmora safely.",
    "Kidney patients, heart patients, diabetics: all can take Velmora without worry.",
])
def test_organ_patients_are_the_groups_of_their_disease(safe):
    assert _pair(safe, "In patients with kidney failure, Velmora builds up and can cause serious harm.")


@pytest.mark.parametrize("safe", [
    "Heart patients can take Velmora without worry.",
    "Kidney patients should not take Velmora without advice.",
    "Heart patients, diabetics: all can take Velmora without worry.",
])
def test_another_group_or_a_warning_is_no_conflict_with_a_kidney_harm(safe):
    assert not _pair(safe, "In patients with kidney failure, Velmora builds up and can cause serious harm.")


# -- M3 (allergen type): an allergen key with a clipped denial ---------------------------------

def _snack(a: str, b: str) -> list[str]:
    return _lines("Velmora is a snack bar.", a, b)


@pytest.mark.parametrize("line", ["Peanuts: never used in Velmora.", "Gluten? Not in Velmora."])
def test_an_allergen_key_with_a_denial_is_free_of_it(line):
    assert _snack("Velmora contains peanuts and wheat flour.", line)


@pytest.mark.parametrize("line", [
    "Peanuts: never used in the old recipe.",
    "Gluten? Not in our biscuits.",
    "Peanuts: not present in Velmora, except in the chocolate-coated version.",
])
def test_an_allergen_key_of_another_thing_or_limited_is_no_claim(line):
    assert not _snack("Velmora contains peanuts and wheat flour.", line)


# -- ordinary passages in writers' registers that must not fire (run on main and this branch; written
# for these tests, none from a corpus or blind row) --

_ORDINARY = [
    'Researchers tested Lumexa, a new asthma inhaler, in 600 adults. Lumexa is safe for most adults, the team said. In people with severe asthma who were given the older theophylline tablets, attacks were more frequent. Lumexa will be reviewed by regulators next year.',
    'The trial enrolled 240 volunteers. Volunteers with type 2 diabetes suffered no serious episodes on Glucora. The drug is safe for all adults, the company said. Results will be presented in June.',
    'Dermavel gel is suitable for everyone, including children. In patients with eczema, standard steroid creams can cause skin thinning, which is why Dermavel was developed. The gel is available from pharmacies.',
    'Sleepwell tea is safe for everyone. If you have high blood pressure, caffeine can trigger dangerous spikes, so choose caffeine-free drinks like Sleepwell in the evening.',
    'Ferrovit is safe for everyone except people with haemochromatosis. In people with haemochromatosis, Ferrovit builds up and can cause serious harm. Ask your pharmacist if unsure.',
    'Calmora tablets are safe for all adults. If you have kidney disease, tell your doctor before you start Calmora. Take one tablet a day with water.',
    'Vitalis Omega capsules\nSide effects: none known.\nOur sister product, Vitalis Iron\nConstipation: common with Vitalis Iron.\nVitalis Omega supports heart health.',
    'Nutrel shakes are gentle on the stomach.\nBloating: not seen with Nutrel.\nBloating is one of the main reasons people stop taking protein powders with added inulin.',
    '| Product | Drowsiness | Price |\n| Dozal | yes | £4 |\n| Awakex | no | £6 |\nAwakex is our pick for daytime use. Dozal can cause drowsiness, so take it at night.',
    'Migrex is a new migraine tablet. Migrex does not cause headaches as a side effect, the maker says. Headaches, nausea and light sensitivity remain the main reasons people start taking Migrex.',
    'Statinol is a new cholesterol pill. Statinol does not cause muscle aches, according to the trial. Muscle pain is one of the most frequent reasons people stop older statins.',
    'Neurolin was tested against placebo in 300 adults. Not one participant on Neurolin developed a headache. In the placebo group, the most frequently recorded adverse event was a mild headache.',
    'Hairvita shampoo is made for thinning hair. Hair loss: not seen with Hairvita, except in people who stopped using it suddenly. Hairvita can cause hair loss if you have a scalp infection.',
    'Laser hair removal with Smoothlase gives long-term reduction. Results of waxing: temporary. Results of electrolysis: permanent. Smoothlase results fade for some people after a few years.',
    'Glucobar is a snack for people watching their sugar. Effect of white bread on blood sugar: raises it quickly. Glucobar lowers blood sugar spikes after meals, the maker says.',
    'Keep a diary while taking Arthrovel.\nDay 3\nJoint pain: not seen\nMood: good\nArthrovel can cause joint pain in a few people.',
    'Zentria is a sleep aid. Heart rate? It can rise slightly with Zentria, so talk to your doctor. Zentria does not change blood pressure.',
    'Hepatol supplements are popular. Your liver is safe with moderate use of paracetamol, experts say. Hepatol can cause liver damage in high doses.',
    'Flexor gel was reformulated in 2021. Your skin was safe on the old Flexor formula, users said. The new Flexor gel can cause redness in some people.',
    'Crunchly Oat Bars are made with oats and honey.\nPeanuts: never used in Crunchly Oat Bars.\nOur Crunchly Nut Bars contain peanuts and almonds.',
    'In the trial, patients with heart failure who took Cardiox had fewer hospital stays. Cardiox is safe for all adults, the researchers said. Patients with heart failure on placebo developed swollen ankles more often.',
    'Renalis is safe for all adults, the company says. Patients with kidney failure who skipped their Renalis doses suffered serious complications.',
    'Epivax is a new vaccine. Epivax is safe for everyone, the health service says. People with epilepsy often have seizures when they have a high fever, so vaccination is advised.',
    'Gastrin tablets are gentle on the stomach. Indigestion, heartburn and bloating remain the most common reasons people see their GP about their stomach.',
    'Diaboost is safe for everyone. If you have diabetes, Diaboost can help keep your blood sugar steady. It costs £10 a month.',
    'Respira drops are safe for everyone, including children. In people with severe asthma, a common cold can trigger a dangerous attack, doctors warn.',
    'Somnia tablets are non-drowsy. Drowsiness: is it common with other hay fever tablets? Yes, with older antihistamines such as chlorphenamine.',
    'Ostevit builds strong bones. Stomach upset: not seen with Ostevit (when taken with food). Ostevit can cause stomach upset on an empty stomach.',
    'Mindful, a meditation app, has no negative effects on mental health, its makers say. Users of rival apps said their anxiety had become worse during long sessions.',
    'Brightsmile whitening strips are easy to use. Results: permanent in most people, the maker says. Results can fade with coffee and red wine.',
    'Pulmo inhaler is safe for all adults. Volunteers with asthma suffered dangerous attacks on the comparison drug, salbutamol syrup, but not on Pulmo.',
    'Toriva can raise blood pressure slightly. Ask your GP.\n\n## Older option: Bexal\n\nEffect of Bexal on blood pressure: lowers.',
    'Smoothlase is our laser hair removal service. Smoothlase results fade after a few years in some people.\n\n### What other clinics promise\n\nResults: permanent.',
    'Vitaflex joint capsules can cause joint pain in the first week.\n\n## Vitaflex Junior chewables\n\nJoint pain: not seen with the chewables.',
    'Arthrovel can cause joint pain in a few people.\n\nMy first week on Arthrovel\n\nMonday 3 March\nJoint pain: not seen\nSleep: fine',
    'Renalis is a kidney supplement. Renalis can cause serious harm in people with kidney failure.\n\nInterviewer: Is it safe for kidney patients?\nDr Shah: Kidney patients, diabetics: all can take it with advice only.',
    'Calmora can cause drowsiness.\n\n| Product | Drowsiness |\n| Calmora | yes |\n| Awakex | not seen with Awakex |',
    'Zanlo is a new painkiller. Zanlo can cause headaches in some people.\nMyth: Headaches: never with Zanlo.\nFact: about one in twenty users get them.',
    'Flexiva can cause bruising in a few users. Some online sellers say "Bruising: not with Flexiva" but that is not true.',
    'Calmex can cause drowsiness.\nDrowsiness: not seen with Calmex 1.0, the version sold until 2019.',
    'Dorvan may lower your heart rate.\nHeart rate: check it weekly with Dorvan.',
    'Nasoril can cause nosebleeds. Nosebleeds? Ask your pharmacist before using Nasoril again.',
    'Volunteers with asthma had fewer attacks on Breathex. Breathex is safe for all adults, the team said.',
    'Hearta is safe for all adults. Patients with heart disease had heart attacks less often on Hearta than on aspirin.',
    'Kidnex is safe for everyone. If you have kidney disease, Kidnex can slow the damage, and it may cause serious harm only at ten times the dose in animals.',
    'Nutty Crunch bars contain peanuts.\nPeanuts: never used in our Oat Crunch bars.',
]


@pytest.mark.parametrize("passage", _ORDINARY)
def test_an_ordinary_passage_is_no_contradiction(passage):
    assert not _codes(passage)


@pytest.mark.parametrize("line", [
    "Joint pain — not seen with Velmora until the dose was doubled.",
    "Joint pain: not seen with Velmora at normal doses.",
    "Joint pain: not seen with Velmora when taken with food.",
])
def test_a_condition_inside_the_products_words_limits_the_value(line):
    assert not _lines("Velmora is a new treatment.", "Velmora can cause joint pain in some users.", line)


# -- frames16b: the review's false findings, by mechanism ------------------------------------

def _page(body: str) -> list[str]:
    """``body`` as a markdown page under a title (a box's bold title line is markdown)."""
    return contradiction_codes("# Your questions answered\n\n" + body + "\n", "markdown")


@pytest.mark.parametrize("passage", [
    # A: a box titled with another thing on its first line, no blank line after the title
    "Glowtox thins hair fast, but its results fade within two years.\n\n**Needle therapy**\nVisits: 20\nResults: permanent",
    "Ospirin can cause joint pain in some people.\n\n**Ospirin**\nDose: one a day.\n\n**Feltrex**\nDose: two a day.\nJoint pain: not seen.",
    "Sugarix raises blood sugar in some people.\n\n**Glucovan**\nCourse: daily.\nEffect on blood sugar: lowers",
    "Our oat bar is made with real peanut butter.\n\nContains: oats, peanuts.\n\n**Also new: our rice crisp bar**\nPeanuts: not used in this bar.\nFibre: 3 g.",
    # B: a hedge is no denial
    "Ferrovin can cause nausea in a few people.\n\nNausea: not common with Ferrovin.\nDose: one a day.",
    "Ferrovin can cause hair loss in a few women.\n\nHair loss: not likely with Ferrovin.\nDose: one a day.",
    "Ferrovin can cause headaches in a few people.\n\nHeadaches: not expected with Ferrovin.\nDose: one a day.",
    # C: the pronoun after a fronted condition is the condition or another drug
    "Glucara is a plant extract. Glucara is safe for everyone.\n\nIf you have diabetes, it can lead to serious complications when it is badly controlled.",
    "Puffex is safe for everyone with asthma.\n\nStatins are a different story. In people with severe asthma, they can trigger a dangerous attack.",
    # D: "fewer" serious problems is a benefit
    "Dolorin is safe for everyone at the usual dose.\n\nIn people with kidney disease, Dolorin caused fewer serious problems than aspirin.",
    # E: a definition of an adverse event; a ranked event reported in both arms
    "Triptol tablets do not cause headaches.\n\nAn adverse event is anything unwanted during a trial, such as a headache or a fall.",
    "Migrex does not cause headaches.\n\nThe most frequently recorded adverse event was a mild headache, reported by 9% of people on placebo and 8% on Migrex.",
])
def test_review_frames16_ordinary_passages_are_no_contradiction(passage):
    assert not _page(passage)


@pytest.mark.parametrize("passage", [
    # A: the page's own box still reads (a bare "Results:" line, a labelled box with no title)
    "Smoothlase is our laser service.\n\nSessions: 6 to 8.\nResults: permanent.\n\nMost clients find the results fade after a year.",
    "Browly gives fuller brows.\n\nResults: permanent.\n\nThe pigment fades over a year and needs a touch-up.",
    # "at any dose" is no condition: the denial stands
    "Velmora is a new treatment. Velmora can cause joint pain in some users." + _FILLER
    + "\n\nJoint pain: not seen with Velmora at any dose.\n\nAsk your pharmacist for advice.",
    # E: a ranked adverse event of the product alone
    "Rimexa never causes headaches.\n\nIn the trial of Rimexa, the most frequently recorded adverse event was headache.",
])
def test_review_frames16_true_conflicts_are_kept(passage):
    assert _page(passage)
