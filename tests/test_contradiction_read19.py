"""Harm and denial sides the readers did not read, and the words that name them (``read19``,
issue 14). Each mechanism has cases that must conflict (the pair asserted, both orders) and
cases with the same words that must not (another product, a disease, background, a safety word
said of the product itself). Every sentence is coined for these tests; none is copied from a
benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes
from lint_helpers import pairs_both_ways as _conflicts
from lint_helpers import quiet_both_ways as _quiet

# -- M1: a hangover is next-day drowsiness and a foggy head ---------------------------------------


@pytest.mark.parametrize("denial,harm", [
    ("Zelvara causes no next-day hangover.", "A fair number of people feel muzzy-headed the day after taking Zelvara."),
    ("Zelvara won't leave you with a hangover.", "Zelvara can leave you groggy the next morning."),
    ("Rest assured, Zelvara gives you no hangover.", "Some users feel foggy-headed after a dose of Zelvara."),
    ("Zelvara is non-drowsy.", "Zelvara can give you a hangover the next day."),
    ("There's no morning-after hangover with Zelvara.", "Many users wake up groggy after taking Zelvara."),
])
def test_a_hangover_meets_grogginess_and_fog(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Zelvara won't leave you with a hangover.", "Dorvix can leave you groggy the next morning."),
    ("Zelvara causes no hangover.", "Zelvara can cause insomnia."),
    ("Zelvara causes no hangover.", "Zelvara can cause headaches."),
    ("Zelvara causes no hangover.", "Zelvara can cause vivid dreams."),
    ("Zelvara won't leave you with a hangover.", "If you drink too much wine, you may feel groggy the next day."),
])
def test_a_hangover_meets_no_other_effect_or_product(denial, other):
    assert _quiet(denial, other)


# -- M2: a safety word that describes an effect is no promise of safety ---------------------------

_NO_TINGLING = "Zelvara never causes pins and needles."


@pytest.mark.parametrize("harm,denial", [
    ("Zelvara causes a harmless tingling in the hands.", _NO_TINGLING),
    ("Paraesthesia (a harmless prickling of the skin) may occur with Zelvara.", _NO_TINGLING),
    ("A mild, harmless tingling can follow a dose of Zelvara.", _NO_TINGLING),
    ("Xerostomia (dry mouth) can follow a dose of Zelvara.", "Zelvara does not cause a dry mouth."),
])
def test_a_harmless_effect_is_still_the_effect(harm, denial):
    assert _conflicts(harm, denial)


@pytest.mark.parametrize("described,harm", [
    ("Zelvara causes a harmless tingling in the hands.", "Zelvara can cause headaches."),
    ("The tingling from Zelvara is harmless.", "Zelvara can cause headaches."),
    ("The flushing you may get with Zelvara is usually harmless.", "Zelvara can cause headaches."),
    ("Zelvara can cause a mild, harmless warmth in the skin.", "Zelvara may cause nausea."),
])
def test_a_harmless_effect_promises_nothing_of_other_effects(described, harm):
    assert _quiet(described, harm)


@pytest.mark.parametrize("gloss,denial", [
    ("Xerostomia (dry mouth) is common in older adults.", "Zelvara does not cause a dry mouth."),
    ("Paraesthesia (pins and needles) is a symptom of diabetes.", _NO_TINGLING),
])
def test_a_gloss_in_brackets_keeps_a_disease_symptom_apart(gloss, denial):
    assert _quiet(gloss, denial)


@pytest.mark.parametrize("safe,harm", [
    ("Zelvara is harmless.", "Zelvara can cause headaches."),
    ("Zelvara is completely harmless and gentle.", "Zelvara can cause headaches."),
])
def test_the_product_called_harmless_still_promises_safety(safe, harm):
    assert contradiction_codes(f"Zelvara is a new herbal tablet. {safe} It is sold in pharmacies.\n\n{harm}\n")


# -- M3: a harm told as a record in the active voice ----------------------------------------------

_NO_HAIR_LOSS = "Zelvara does not cause hair loss."
_NO_DIZZINESS = "Zelvara never causes dizziness."
_NO_HEADACHES = "Zelvara does not cause headaches."


@pytest.mark.parametrize("record,denial", [
    ("The trial recorded hair loss in twelve women taking Zelvara.", _NO_HAIR_LOSS),
    ("The paper records hair loss in twelve women taking Zelvara.", _NO_HAIR_LOSS),
    ("Researchers noted headaches in a third of those on Zelvara.", _NO_HEADACHES),
    ("In the 2019 study, investigators observed dizziness in eight patients given Zelvara.", _NO_DIZZINESS),
    ("The Zelvara leaflet lists dizziness among its common side effects.", _NO_DIZZINESS),
    ("The label lists dizziness.", _NO_DIZZINESS),
    ("Zelvara's patient information leaflet mentions headaches.", _NO_HEADACHES),
    ("Doctors in Leeds have documented hair loss in several women who took Zelvara.", _NO_HAIR_LOSS),
    ("A review found dizziness in 4% of Zelvara users.", _NO_DIZZINESS),
    ("The study saw hair loss in a handful of patients on it.", _NO_HAIR_LOSS),
    ("The FDA lists hair loss among the side effects of Zelvara.", _NO_HAIR_LOSS),
])
def test_a_record_of_the_harm_in_the_products_takers_is_its_harm(record, denial):
    assert _conflicts(record, denial)


@pytest.mark.parametrize("record,denial", [
    ("The trial recorded hair loss in twelve women taking the placebo.", _NO_HAIR_LOSS),
    ("The label lists dizziness among the side effects of Dorvix.", _NO_DIZZINESS),
    ("The trial recorded no hair loss in women taking Zelvara.", _NO_HAIR_LOSS),
    ("The label lists dizziness as a symptom of the flu.", _NO_DIZZINESS),
    ("The trial recorded hair loss in twelve women before they began Zelvara.", _NO_HAIR_LOSS),
    ("Researchers noted fewer headaches in patients taking Zelvara.", _NO_HEADACHES),
    ("Researchers noted headaches in a third of those on Dorvix.", _NO_HEADACHES),
    ("The study recorded hair loss in women with thyroid disease.", _NO_HAIR_LOSS),
    ("This report documented dizziness in older drivers.", _NO_DIZZINESS),
    ("The trial recorded hair loss in twelve women taking Zelvara.", "Dorvix does not cause hair loss."),
    ("Doctors have noted headaches in many people who skip breakfast.", _NO_HEADACHES),
    ("The authors list dizziness as a warning sign of a stroke.", _NO_DIZZINESS),
    ("Researchers noted headaches in people taking Dorvix, but not in those on Zelvara.", _NO_HEADACHES),
    ("Did the trial record hair loss in women taking Zelvara?", _NO_HAIR_LOSS),
    ("The study found less hair loss in women taking Zelvara than in those on placebo.", _NO_HAIR_LOSS),
    # a finding's clause, and a journal's name beside the keeper
    ("The researchers found that most cases of hair loss were in women who had thyroid disease.", _NO_HAIR_LOSS),
    ("In a 2019 report in the Nordic Health Review, the researchers noted headaches in older drivers.", _NO_HEADACHES),
])
def test_a_record_of_another_group_product_or_disease_is_not_the_products_harm(record, denial):
    assert _quiet(record, denial)


@pytest.mark.parametrize("record", [
    "The Dorvix leaflet lists nausea.",
    "The Dorvix trial recorded nausea in a fifth of patients.",
    "The trial of Dorvix, an older drug, recorded nausea in a fifth of patients.",
])
def test_a_record_that_names_another_product_is_that_products(record):
    assert not contradiction_codes(f"Zelvara is a new tablet. It does not cause nausea. {record}\n")


# -- M4: a denial told as a cleft ("Nausea is something nobody on X has to put up with") ----------


@pytest.mark.parametrize("cleft,other", [
    ("Nausea is something nobody on Zelvara has to put up with.", "Zelvara can cause nausea."),
    ("Headaches are not something Zelvara users have to worry about.", "Zelvara can cause headaches."),
    ("Dizziness is one thing no one taking Zelvara has to deal with.", "Zelvara can make you dizzy."),
    ("A rash is something nobody using Zelvara needs to fear.", "Zelvara can cause a rash."),
    ("Insomnia is something no Zelvara user has to live with.", "Zelvara may cause insomnia."),
    ("Heartburn isn't something Zelvara users need to worry about.", "Zelvara can cause heartburn."),
    ("Hair loss is one thing customers on Zelvara never have to worry about.", "Zelvara can cause hair loss."),
    # the same cleft affirmed is a harm
    ("Nausea is something everybody on Zelvara has to put up with.", "Zelvara does not cause nausea."),
    ("Muscle aches are something most people on Zelvara have to put up with.", "Zelvara does not cause muscle aches."),
])
def test_a_cleft_of_bearing_the_effect_is_read(cleft, other):
    assert _conflicts(cleft, other)


@pytest.mark.parametrize("cleft,other", [
    ("Nausea is something nobody on Dorvix has to put up with.", "Zelvara can cause nausea."),
    ("Nausea is something nobody should have to put up with.", "Zelvara can cause nausea."),
    ("Nausea is something nobody on Zelvara has to put up with.", "Dorvix can cause nausea."),
    ("Is nausea something nobody on Zelvara has to put up with?", "Zelvara can cause nausea."),
    ("Pain is something nobody with arthritis should have to live with.", "Zelvara can cause joint pain."),
    ("Nausea is something nobody in the placebo group had to put up with.", "Zelvara can cause nausea."),
    ("Morning sickness is something many pregnant women have to put up with.", "Zelvara does not cause nausea."),
    ("Headaches are something migraine sufferers live with every day.", "Zelvara does not cause headaches."),
    ("Hay fever is something nobody has to put up with any more, thanks to Zelvara.", "Zelvara can cause a runny nose."),
    ("Headaches are something Zelvara users often worry about before starting.", "Zelvara does not cause headaches."),
])
def test_a_cleft_of_other_people_or_advice_is_no_claim(cleft, other):
    assert _quiet(cleft, other)


# -- M5: a group of takers named by its club, and what the group takes ---------------------------

_NO_HEADACHES_Z = "Zelvara does not cause headaches."


@pytest.mark.parametrize("group,other", [
    ("People in my running club who take Zelvara get headaches.", _NO_HEADACHES_Z),
    ("Several women in my book group who use Zelvara have had hair loss.", _NO_HAIR_LOSS),
    ("Friends of mine who take Zelvara get headaches.", _NO_HEADACHES_Z),
    ("Colleagues at my office who take Zelvara often feel dizzy.", _NO_DIZZINESS),
    ("Teammates in our squad who use Zelvara complain of cramps.", "Zelvara does not cause cramps."),
    ("People in my running club who take Zelvara never get headaches.", "Zelvara can cause headaches."),
    ("Mates from my football team who take Zelvara get stomach upsets.", "Zelvara won't upset your stomach."),
    ("Women in my antenatal group who took Zelvara had nausea.", "Zelvara does not cause nausea."),
])
def test_a_clubs_takers_report_the_products_effect(group, other):
    assert _conflicts(group, other)


@pytest.mark.parametrize("group,other", [
    ("People in my running club who take Dorvix get headaches.", _NO_HEADACHES_Z),
    ("People in my running club who take Zelvara get fewer colds.", _NO_HEADACHES_Z),
    ("Friends of mine who take ibuprofen get headaches.", _NO_HEADACHES_Z),
    ("People who take ibuprofen get headaches.", _NO_HEADACHES_Z),
    ("Mates from my football team who eat curry before games get stomach upsets.", "Zelvara won't upset your stomach."),
    ("People in my running club who stopped Zelvara get headaches.", _NO_HEADACHES_Z),
    ("Do people in your club who take Zelvara get headaches?", _NO_HEADACHES_Z),
    ("People in my running club who take Zelvara get headaches less often than before.", _NO_HEADACHES_Z),
])
def test_another_things_takers_or_a_benefit_is_not_the_products_harm(group, other):
    assert _quiet(group, other)


# -- M6: a group's harm dated before the use ------------------------------------------------------


@pytest.mark.parametrize("group", [
    "Women in my book group who use Zelvara had headaches before they started it.",
    "Some users of Zelvara had headaches for years before starting it.",
    "People who take Zelvara had headaches long before they tried it.",
])
def test_a_groups_harm_dated_before_the_use_is_not_the_products(group):
    assert _quiet(group, _NO_HEADACHES_Z)


def test_a_groups_harm_after_the_start_is_still_the_products():
    assert _conflicts("Some users of Zelvara get headaches after they start it.", _NO_HEADACHES_Z)


# -- M7: a quantified denial is never a harm, and the programme named by the product is its -------

_RASH = "Zelvara can cause a rash."


@pytest.mark.parametrize("denial,harm", [
    ("Not a single patient in the Zelvara programme reported a rash.", _RASH),
    ("Not one member of the Zelvara scheme has reported a rash.", _RASH),
    ("No one in the Zelvara programme has complained of headaches.", "Zelvara can cause headaches."),
    ("Not a soul has complained of nausea while taking Zelvara.", "Zelvara can cause nausea."),
])
def test_a_quantified_denial_in_the_products_programme_is_its_denial(denial, harm):
    assert _conflicts(denial, harm)


@pytest.mark.parametrize("denial,other", [
    ("Not a single patient in the Dorvix programme reported a rash.", _RASH),
    ("Not a single patient reported a rash before starting Zelvara.", _RASH),
    ("Not one patient had a rash for years before starting Zelvara.", _RASH),
    ("Not one of the women given a placebo developed a rash.", _RASH),
    ("Not a single patient in the placebo group reported a rash.", _RASH),
    ("No one in the Dorvix trial developed a rash.", _RASH),
    ("Not a single patient in the Zelvara programme missed a dose.", _RASH),
    ("Not a single patient in the Zelvara programme reported a rash.", "Dorvix can cause a rash."),
])
def test_another_groups_or_an_earlier_denial_is_no_claim_of_the_product(denial, other):
    assert _quiet(denial, other)


@pytest.mark.parametrize("denial", [
    "Not a single patient in the Dorvix programme reported a rash.",
    "Not a single patient in the Zelvara programme reported a rash.",
])
def test_a_quantified_denial_is_never_read_as_a_harm(denial):
    assert not contradiction_codes(f"Zelvara is a new herbal tablet. Zelvara never causes a rash. {denial}\n")


# -- M8: people telling their own state after the product -----------------------------------------

_NO_JOINT_PAIN = "Zelvara does not cause joint pain."


@pytest.mark.parametrize("said,denial", [
    ("Patients say their joints are sore after Zelvara.", _NO_JOINT_PAIN),
    ("Users tell us their heads ache after a dose of Zelvara.", _NO_HEADACHES_Z),
    ("Several runners mention their knees are sore the morning after Zelvara.", "Zelvara does not cause knee pain."),
    ("Many users find their eyes are itchy after each dose of Zelvara.", "Zelvara never causes itchy eyes."),
    ("Patients complain that their muscles ache after Zelvara.", "Zelvara does not cause muscle pain."),
    ("Members tell me their heads ache on Zelvara.", _NO_HEADACHES_Z),
])
def test_a_state_people_say_they_have_after_the_product_is_its_harm(said, denial):
    assert _conflicts(said, denial)


@pytest.mark.parametrize("said,other", [
    ("Patients say their joints were sore before Zelvara.", _NO_JOINT_PAIN),
    ("Patients with arthritis say their joints are sore in the morning.", _NO_JOINT_PAIN),
    ("Patients say their joints are sore after Dorvix.", _NO_JOINT_PAIN),
    ("Patients say their joints are less sore after Zelvara.", _NO_JOINT_PAIN),
    ("Patients say their joints are no longer sore after Zelvara.", "Zelvara can cause joint pain."),
    ("Runners say their knees are sore after a marathon.", "Zelvara does not cause knee pain."),
    ("Users tell us their heads ache after a long day at work.", _NO_HEADACHES_Z),
    ("Patients say their joints are sore after the flu.", _NO_JOINT_PAIN),
    ("Do patients say their joints are sore after Zelvara?", _NO_JOINT_PAIN),
    ("Members tell me their muscles ache after the class on Monday.", "Zelvara does not cause muscle pain."),
])
def test_a_state_before_after_something_else_or_better_is_no_harm(said, other):
    assert _quiet(said, other)


def test_a_state_after_a_name_the_page_does_not_introduce_is_that_names():
    assert not contradiction_codes("Zelvara does not cause joint pain. Patients on Dorvix say their joints are sore after Dorvix.\n")


# -- Review fix 1: a record or a group's harm blamed on another cause is that cause's ------------


@pytest.mark.parametrize("record,denial", [
    ("Researchers noted hair loss in women taking Zelvara, all of it caused by their chemotherapy.",
     "Zelvara does not cause hair loss."),
    ("The trial recorded hair loss in twelve women taking Zelvara, due to their chemotherapy.",
     "Zelvara does not cause hair loss."),
    ("The study logged hair loss in women on Zelvara, which doctors put down to their chemotherapy.",
     "Zelvara does not cause hair loss."),
    ("Researchers noted hair loss in women taking Zelvara, most of it from their chemotherapy.",
     "Zelvara does not cause hair loss."),
    ("People in my running club who take Zelvara feel sick, all from the heat.", "Zelvara causes no nausea."),
    ("The regulator logged headaches in people on Zelvara, attributed to dehydration.", "Zelvara causes no headaches."),
])
def test_a_harm_blamed_on_another_cause_is_not_the_products(record, denial):
    assert _quiet(record, denial)


@pytest.mark.parametrize("record,denial", [
    ("Researchers noted hair loss in women taking Zelvara, all of it caused by the tablets.",
     "Zelvara does not cause hair loss."),
    ("Researchers noted hair loss in women taking Zelvara, from their first dose onwards.",
     "Zelvara does not cause hair loss."),
    ("Researchers noted hair loss in women taking Zelvara, caused by it in every case.",
     "Zelvara does not cause hair loss."),
    ("Researchers noted headaches in people taking Zelvara, due to its high caffeine content.",
     "Zelvara does not cause headaches."),
    ("The trial recorded nausea in women taking Zelvara, mostly from their first doses.", "Zelvara causes no nausea."),
    ("People in my running club who take Zelvara feel sick, all from the tablets.", "Zelvara causes no nausea."),
])
def test_a_harm_put_down_to_the_product_or_a_time_is_still_its(record, denial):
    assert _conflicts(record, denial)


# -- Review fix 2: a comparison arm's denial told in the passive is no denial of the product -------


@pytest.mark.parametrize("denial,harm", [
    ("No rashes were seen in the women given placebo.", "Zelvara may cause a rash."),
    ("No rash developed in any of the 200 women given a dummy pill.", "Zelvara may cause a rash."),
    ("No drowsiness was recorded among volunteers taking the dummy tablets.", "Zelvara can make you drowsy."),
    ("Headaches were not seen in those on placebo, the researchers said.", "Zelvara can cause headaches."),
])
def test_a_passive_denial_in_a_comparison_arm_is_not_the_products(denial, harm):
    assert _quiet(denial, harm)


@pytest.mark.parametrize("denial,harm", [
    ("No rashes were seen in the women given Zelvara.", "Zelvara may cause a rash."),
    ("No rashes were seen in women taking Zelvara or placebo.", "Zelvara may cause a rash."),
    ("No drowsiness was recorded among volunteers taking Zelvara.", "Zelvara can make you drowsy."),
    ("Zelvara does not cause headaches, unlike the placebo group's fears.", "Zelvara can cause headaches."),
])
def test_a_passive_denial_in_the_products_takers_is_still_its(denial, harm):
    assert _conflicts(denial, harm)


# -- Review fix 3: the necessity modals of a bearing cleft are composed, not listed ---------------


@pytest.mark.parametrize("cleft,harm", [
    ("Nausea is something nobody on Zelvara is going to need to put up with.", "Zelvara can cause nausea."),
    ("Headaches are not something Zelvara users would need to worry about.", "Zelvara can cause headaches."),
    ("Nausea is something nobody on Zelvara ever needs to deal with.", "Zelvara can cause nausea."),
])
def test_a_composed_necessity_modal_reads_the_cleft(cleft, harm):
    assert _conflicts(cleft, harm)


@pytest.mark.parametrize("other,harm", [
    ("Nausea is something nobody on Dorvix will need to deal with.", "Zelvara can cause nausea."),
    ("Nobody will need to put up with nausea alone, the nurse said.", "Zelvara can cause nausea."),
])
def test_a_composed_modal_of_another_product_or_advice_is_no_denial(other, harm):
    assert _quiet(other, harm)
