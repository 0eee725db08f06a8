"""Issue 14, precision on text nobody tuned for (session 10, ``contra10``): mechanisms that let
a false contradiction through on the v9 blind dev half and the older dev halves. Each
mechanism has pass cases (no conflict) and fail cases of the same shape that must still
conflict. Every sentence here is written for these tests (coined product names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

from lint_rules.api import lint_text

_FILLER = " The packs hold thirty doses and ship within two working days. "


def _findings(a: str, b: str, between: str = _FILLER) -> list:
    return contradictions(two_claims(a, b, between))


# -- a claim the article itself disputes (claim_limits.disputed) ---------------------------
# A maker named with a modifier ("a device maker"), a regulator's received reports as the
# evidence (FDA / MHRA pharmacovigilance wording), an unnamed person or an audience member
# as the voice ("someone told me", "a listener").

@pytest.mark.parametrize("a, between, b", [
    ("A device maker claims its Sonatrel wrap gives permanent relief from knee pain.",
     " The wrap uses low-level heat. An independent trial tested that claim. ",
     "It found that the relief from Sonatrel faded within three months in most patients."),
    ("The company told us that Velmora drops have never caused headaches.",
     " The drops come in two strengths. We asked the medicines regulator about them. ",
     "It said it had received reports that some users develop headaches after taking Velmora drops."),
    ("A caller said: \"Someone told me you can't overdose on Calcivar.\"",
     " Our pharmacist said that was simply untrue. ",
     "Taking more than four Calcivar tablets a day can harm the kidneys."),
])
def test_a_claim_the_article_disputes_is_reported_not_made(a, between, b):
    assert not _findings(a, b, between), (a, b)


@pytest.mark.parametrize("a, between, b", [
    # the same maker-worded claim with no evidence against it: the article stands behind it
    ("A device maker claims its Sonatrel wrap gives permanent relief from knee pain.",
     " The wrap uses low-level heat. ",
     "The relief from Sonatrel fades within three months in most patients."),
    # reports received by the maker itself are no independent evidence, and nobody disputes
    ("Velmora drops have never caused headaches.",
     " The drops come in two strengths. ",
     "Some users develop headaches after taking Velmora drops."),
    # someone's claim left standing is the article's
    ("Someone told me you can't overdose on Calcivar, and that is right.",
     " Most adults take two. ",
     "Taking more than four Calcivar tablets a day can harm the kidneys."),
])
def test_the_same_claims_left_standing_still_conflict(a, between, b):
    assert _findings(a, b, between), (a, b)


# -- time frames and meal conditions (scopes: the when and condition dimensions) -----------

@pytest.mark.parametrize("a, b", [
    ("The Restiva patch should not disturb your sleep once you have been using it for a week.",
     "Broken sleep from the Restiva patch is common in the first few nights."),
    ("Taken with food, Dolvane doesn't upset the stomach.",
     "People who take Dolvane on an empty stomach often get nausea."),
])
def test_sides_limited_to_different_times_or_meals_do_not_conflict(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("The Restiva patch does not disturb your sleep.",
     "Broken sleep from the Restiva patch is common in the first few nights."),
    ("Dolvane doesn't upset the stomach.",
     "People who take Dolvane often get nausea."),
])
def test_a_side_without_the_limit_still_conflicts(a, b):
    assert _findings(a, b), (a, b)


# -- a participle after "with"/"of" is the people's state (typed_claims._direction) ---------

def test_people_with_a_raised_measure_are_no_direction_claim():
    a = "A trial tested Trilora capsules in 900 adults with raised triglycerides."
    b = "Trilora capsules lowered triglycerides by about a quarter."
    assert not _findings(a, b)


def test_a_product_that_raised_the_measure_still_conflicts():
    a = "In a trial, Trilora capsules raised triglycerides in 900 adults."
    b = "Trilora capsules lowered triglycerides by about a quarter."
    assert _findings(a, b)


# -- two strengths or unit counts of one product (claim_limits.strengths_apart) ------------

@pytest.mark.parametrize("a, b", [
    ("The 80 mg Lipranol tablets are lactose-free.",
     "The 10 mg Lipranol tablets contain lactose as a filler."),
    ("Two Gastrosan tablets relieve heartburn within minutes.",
     "One Gastrosan tablet on its own often won't relieve heartburn."),
])
def test_two_strengths_of_one_product_do_not_conflict(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # the same strength on both sides, or a strength on one side only
    ("The 80 mg Lipranol tablets are lactose-free.",
     "The 80 mg Lipranol tablets contain lactose as a filler."),
    ("Lipranol tablets are lactose-free.",
     "The 10 mg Lipranol tablets contain lactose as a filler."),
    ("Two Gastrosan tablets relieve heartburn within minutes.",
     "Two Gastrosan tablets won't relieve heartburn."),
])
def test_the_same_strength_or_one_named_still_conflicts(a, b):
    assert _findings(a, b), (a, b)


# -- a missed dose is the product's absence (contradictions._absent_product) ---------------

def test_a_missed_dose_moving_the_measure_is_not_the_product_moving_it():
    a = "Taken as prescribed, Glycorel lowers your blood sugar steadily."
    b = "A missed dose of Glycorel will cause your blood sugar to rise over the next day."
    assert not _findings(a, b)


def test_the_product_itself_moving_the_measure_still_conflicts():
    a = "Taken as prescribed, Glycorel lowers your blood sugar steadily."
    b = "A dose of Glycorel will cause your blood sugar to rise over the next day."
    assert _findings(a, b)


# -- then and now (scopes: when, [time.frames] past / present) ------------------

def test_an_older_kind_then_and_todays_kind_now_do_not_conflict():
    a = "Older Margex spreads made with hydrogenated oils raised LDL cholesterol."
    b = "Today's Margex spreads lower LDL cholesterol by around 7%."
    assert not _findings(a, b)


@pytest.mark.parametrize("a", [
    "Margex spreads raised LDL cholesterol in the trial.",
    # older people are a group, not an older kind of the product
    "Margex spreads raised LDL cholesterol in older adults.",
])
def test_a_side_that_is_not_then_still_conflicts(a):
    b = "Today's Margex spreads lower LDL cholesterol by around 7%."
    assert _findings(a, b)


# -- an exception the claim carves out (claim_limits.excluded_apart) -----------------------

def _in_leaflet(a: str, b: str) -> list:
    text = (f"Norvex is a tablet sold in pharmacies. {a} It comes in packs of twenty. "
            f"Most people take it with breakfast. {b} Keep it out of reach of children.")
    return contradictions(text)


@pytest.mark.parametrize("a, b", [
    ("For people not taking blood thinners, Norvex does not interact with any medicines.",
     "Norvex can boost the effect of warfarin."),
    ("Norvex has no side effects, apart from mild nausea.", "Norvex can cause nausea."),
])
def test_a_warning_about_what_the_claim_carved_out_does_not_conflict(a, b):
    assert not _in_leaflet(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # the warning is about something the exception does not name
    ("For people not taking blood thinners, Norvex does not interact with any medicines.",
     "Norvex can boost the effect of digoxin."),
    ("Norvex has no side effects, apart from mild nausea.", "Norvex can cause headaches."),
])
def test_a_warning_about_something_else_still_conflicts(a, b):
    assert _in_leaflet(a, b), (a, b)


# -- a group named by a habit (claim_limits.population) ------------------------------------

def test_two_groups_named_by_habit_do_not_conflict():
    a = "In people who rarely drink coffee, Kaffex raises blood pressure for a few hours."
    b = "In regular coffee drinkers, Kaffex had no measurable effect on blood pressure."
    assert not _findings(a, b)


@pytest.mark.parametrize("a", [
    "In regular coffee drinkers, Kaffex raises blood pressure for a few hours.",
    "Kaffex raises blood pressure for a few hours.",
])
def test_the_same_habit_or_no_group_still_conflicts(a):
    b = "In regular coffee drinkers, Kaffex had no measurable effect on blood pressure."
    assert _findings(a, b)


# -- dose wording: "can't really overdo", "no maximal dose", "do not surpass" (recall) -----

@pytest.mark.parametrize("a, b", [
    ("With Dolvane tablets you can't really overdo it.",
     "Never take more than 1,200 mg of Dolvane in 24 hours."),
    ("There is no maximal dose for Tisanol tea.", "Do not surpass 2 cups of Tisanol tea per day."),
])
def test_an_unlimited_dose_against_a_limit_conflicts(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("With Dolvane tablets you can really overdo it, so be careful.",
     "Never take more than 1,200 mg of Dolvane in 24 hours."),
    ("There is a maximal dose for Tisanol tea.", "Do not surpass 2 cups of Tisanol tea per day."),
])
def test_a_bounded_dose_against_a_limit_does_not_conflict(a, b):
    assert not _findings(a, b), (a, b)


def test_an_older_product_the_claim_is_compared_with_is_no_time():
    a = "Unlike several older medicines, the tablet does not cause dizziness."
    b = "Anyone starting it is warned that light-headedness on standing up is common in the first fortnight."
    text = (f"Patients are being offered Norvex, a once-daily tablet for high blood pressure. {a} About 400 "
            f"patients are expected to switch in the first year. {b} Appointments will be arranged.")
    assert [f for f in lint_text(text, kind="text", select=["contradiction"]) if f.code.startswith("CON")]


# -- the effect laid at the disease's door in its own sentence (claim_limits.disease_feature)

def test_an_effect_the_sentence_lays_on_the_illness_does_not_conflict():
    a = "Fatigue is not a side effect of Remitra."
    b = "Many people using Remitra feel tired, but this is caused by the underlying illness rather than the treatment."
    assert not _findings(a, b)


def test_an_effect_the_sentence_lays_on_the_treatment_still_conflicts():
    a = "Fatigue is not a side effect of Remitra."
    b = "Many people using Remitra feel tired, and this is caused by the treatment rather than the illness."
    assert _findings(a, b)


# -- the recipe of a product with a name of several words (claim_limits.recipe_apart) -----

def test_the_recipe_of_a_long_name_and_cross_contact_do_not_conflict():
    a = "The recipe for Oat Crunch Bites contains no nuts."
    b = "Because they are made in a factory that handles nuts, Oat Crunch Bites may contain traces of nuts."
    assert not _findings(a, b)


def test_a_plain_free_of_claim_and_a_named_nut_still_conflict():
    a = "Oat Crunch Bites contain no nuts."
    b = "Oat Crunch Bites contain almonds."
    assert _findings(a, b)


# -- "avoid it during pregnancy" restricts who may use it (recall) --------------------------

def test_safe_for_every_woman_against_avoid_it_during_pregnancy_conflicts():
    assert _findings("Calmora is safe for every woman at every stage of life.", "Avoid Calmora during pregnancy.")


def test_an_exception_for_pregnancy_against_avoid_it_during_pregnancy_does_not_conflict():
    assert not _findings("Calmora is safe for every woman, except during pregnancy.", "Avoid Calmora during pregnancy.")


# -- two members of one product line (claim_limits.line_variants_apart) ---------------------

def _bars(a: str, b: str) -> list:
    text = f"Every Nutrix bar has at least 18 g of protein. {a} {b} Check the colour of the wrapper.\n"
    return contradictions(text)


def test_two_members_of_a_product_line_do_not_conflict():
    a = "Nutrix Salted Caramel contains almonds and is not suitable for people with nut allergy."
    b = "Our Nutrix Free range is made in a separate nut-free factory and is safe for lunchboxes."
    assert not _bars(a, b)


@pytest.mark.parametrize("a", [
    "Nutrix Free Salted contains almonds and is not suitable for people with nut allergy.",
    "Nutrix contains almonds and is not suitable for people with nut allergy.",
])
def test_the_same_member_or_the_bare_brand_still_conflicts(a):
    b = "Our Nutrix Free range is made in a separate nut-free factory and is safe for lunchboxes."
    assert _bars(a, b)
