"""Issue 14: a contradiction planted in a long article with several interventions, where the
claim's subject has to be resolved among them and the article's own prose offers other
partners. The article and every sentence here are written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_ARTICLE = [
    "New diabetes pill Rovagliflozin outperforms older drugs in a year-long trial",
    "BOSTON (Wire) - A once-daily pill, rovagliflozin, helped adults with type 2 diabetes in a "
    "trial run at eleven clinics, researchers reported on Monday.",
    "The 640 volunteers were already taking metformin, the usual first treatment, and were "
    "randomly given Rovagliflozin or a dummy tablet for twelve months.",
    "\"We were surprised by how many people stayed on it,\" said Dr. Alma Reyes, an "
    "endocrinologist who led the study. \"Patients with relapsed foot ulcers did less well, and "
    "that needs a closer look.\"",
    "Some of the men in the trial were also using testosterone gel prescribed for other reasons, "
    "and a few were taking statins.",
    "The company that makes rovagliflozin paid for the trial. It plans to ask regulators for approval "
    "next year, and has not said what the pill will cost.",
    "Outside experts said the results were encouraging but that a longer trial would be needed "
    "to show whether the pill prevents heart attacks.",
    "The findings appear in a medical journal this week.",
]


def _article(a: str, b: str) -> tuple[str, str, str]:
    paras = list(_ARTICLE)
    paras.insert(6, b)
    paras.insert(2, a)
    return "\n\n".join(paras), a, b


def _hits(a: str, b: str) -> list:
    text, a, b = _article(a, b)
    sa = (text.find(a), text.find(a) + len(a))
    sb = (text.find(b), text.find(b) + len(b))

    def inside(f_start: int, f_end: int, span: tuple[int, int]) -> bool:
        return f_start < span[1] and span[0] < f_end

    out = []
    for f in contradictions(text):
        if not f.related:
            continue
        places = [(f.start, f.end), (f.related[0].start, f.related[0].end)]
        if any(inside(*p, sa) for p in places) and any(inside(*p, sb) for p in places):
            out.append(f)
    return out


@pytest.mark.parametrize("a, b", [
    # the measure is the sentence's subject and the pill an adjunct ("in people who take it")
    ("Rovagliflozin lowers blood sugar after meals.", "Blood sugar climbs in people who take Rovagliflozin."),
    ("Thanks to Rovagliflozin, blood sugar drops after meals.", "Rovagliflozin raises blood sugar, the trial found."),
    ("Appetite is reduced by Rovagliflozin.", "Rovagliflozin increases appetite in most people."),
    ("Rovagliflozin lowers blood pressure.", "Blood pressure tends to rise after taking Rovagliflozin."),
])
def test_a_measure_named_first_is_moved_by_the_article_s_pill(a, b):
    assert _hits(a, b), (a, b)


def test_a_measure_that_is_also_a_treatment_in_the_article_is_not_the_agent():
    # the article names testosterone gel as something some men used: in "testosterone
    # levels go up with Rovagliflozin" testosterone is what moves, Rovagliflozin what moves it
    assert _hits("Testosterone levels go up with Rovagliflozin.", "Taking Rovagliflozin lowers testosterone.")


def test_the_partner_that_names_the_product_is_shown_before_the_article_s_own_prose():
    # the quote's "relapsed foot ulcers" is the course of the patients' disease, and it
    # does not name the pill; the planted sentence that does is the conflicting claim
    assert _hits("The benefit of Rovagliflozin lasts a lifetime.",
                 "Relief from Rovagliflozin usually wears off within a year.")


def test_a_benefit_in_the_passive_conflicts_with_its_denial():
    assert _hits("Foot cramps are eased by Rovagliflozin.", "Foot cramps are not helped by Rovagliflozin, the trial found.")


@pytest.mark.parametrize("a, b", [
    # the change is given to another cause in its own sentence
    ("Rovagliflozin lowers blood sugar.",
     "During a fever, blood sugar can rise even in people taking Rovagliflozin, because the illness itself raises it."),
    # a change said of nobody's treatment
    ("Rovagliflozin lowers blood sugar.", "Blood sugar rises with age."),
    # the comparator's effect, named in its own sentence
    ("Rovagliflozin lowers blood sugar.", "Blood sugar rises quickly in people who stop metformin."),
])
def test_changes_of_a_measure_that_are_not_the_pill_s_do_not_conflict(a, b):
    assert not _hits(a, b), (a, b)


def test_the_article_alone_has_no_contradiction():
    text = "\n\n".join(_ARTICLE)
    assert not contradictions(text)


@pytest.mark.parametrize("a, b", [
    # a measure's change given to a circumstance or to everyone, not to the pill
    ("Rovagliflozin lowers blood sugar.",
     "Blood sugar rises after a sugary drink, whether or not people take rovagliflozin."),
    ("Rovagliflozin lowers cholesterol.",
     "Cholesterol tends to rise with age in people taking rovagliflozin and in those who are not."),
    ("Rovagliflozin does not raise heart rate.",
     "Heart rate rises during exercise in people who take rovagliflozin, as it does in everyone."),
])
def test_a_change_the_sentence_gives_to_everyone_is_no_claim_about_the_pill(a, b):
    assert not _hits(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # what the product is made of, with the allergen named first or after "made of"
    ("Rovagliflozin tablets are dairy-free.", "Lactose is used as a filler in the tablets."),
    ("Rovagliflozin tablets are soy-free.", "Soy lecithin is listed among the ingredients of rovagliflozin tablets."),
    ("The rovagliflozin inhaler is latex-free.", "The mouthpiece of the rovagliflozin inhaler is made of natural rubber latex."),
])
def test_an_allergen_named_as_what_the_product_is_made_of_conflicts_with_its_absence(a, b):
    assert _hits(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Rovagliflozin tablets are dairy-free.", "Whey is used in many sports drinks sold next to rovagliflozin."),
    ("Rovagliflozin tablets are gluten-free.", "Wheat starch is used as a filler in many generic tablets, unlike rovagliflozin."),
])
def test_an_allergen_used_in_something_else_does_not_conflict(a, b):
    assert not _hits(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # a second drug and what taking the two together changes, in either order
    ("Rovagliflozin does not interact with other drugs.",
     "When combined with diuretics, rovagliflozin can make blood pressure drop too low."),
    ("Rovagliflozin has no drug interactions.",
     "Some antibiotics are absorbed less well when taken with rovagliflozin."),
    # medicines in general, and nothing to fear, against one named interaction
    ("Mixing rovagliflozin with your other medicines poses no risk.",
     "The contraceptive pill may be less effective in women taking rovagliflozin."),
])
def test_what_a_second_drug_loses_or_risks_is_an_interaction(a, b):
    assert _hits(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # the product's own effect in its users, not an interaction
    ("Rovagliflozin has no drug interactions.", "Blood pressure can drop in people taking rovagliflozin."),
    ("Rovagliflozin has no drug interactions.", "Levels of vitamin D rose in people taking rovagliflozin."),
])
def test_a_change_in_the_product_s_own_users_is_no_interaction(a, b):
    assert not _hits(a, b), (a, b)
