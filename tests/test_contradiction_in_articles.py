"""Issue 14: a contradiction planted in a long article with several interventions, where the
claim's subject has to be resolved among them and the article's own prose offers other
partners. The article and every sentence here are written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

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
    for f in lint_text(text, kind="text", select=["contradiction"]):
        if not f.code.startswith("CON") or not f.related:
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
    assert not [f for f in lint_text(text, kind="text", select=["contradiction"]) if f.code.startswith("CON")]
