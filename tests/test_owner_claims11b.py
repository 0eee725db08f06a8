"""Whose result, whose list, whose use: the claims11 readings of a result's course, of the FDA
populations wording and of harm lists read a claim of the product only when the sentence says
it is the product's (claims11b, after a blind review). A result that wanes or lasts must be the
product's (named or referred back to), a part back to its old state or fixed for good must be a
treated part, "use in … is not recommended" must be the product's use, the FDA safety wording
must be said of the product, a group told to "steer clear" with no object must be steering clear
of the product, "find … makes" is a benefit as often as a harm, "safe for <-ing>" is a purpose
unless it is breastfeeding or nursing, "safe when <clause>" is a condition, and a list framed as
another drug's or a disease's is not the product's. Each mechanism has a pass case of the same
shape. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import claims
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _typed(text: str, kind: str) -> list[tuple[str, frozenset[str]]]:
    """The claims of ``kind`` in the last sentence (an earlier one only sets the product)."""
    doc = parse_document("<t>", text, "text")
    last = doc.sentences[-1].start
    return [(c.side, frozenset(c.topic)) for c in typed_claims(doc) if c.type == kind and c.start >= last]


def _harms(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.label for c in claims(doc) if c.stance == "affirmed" and c.subject != "condition:"]


@pytest.mark.parametrize("text", [
    "Zentrix gives lasting cover. Immunity after measles tends to wane with age.",
    "Zentrix works for a week. The gains from a daily brisk walk carry on for years, the coach said.",
    "Zentrix works for a week. The benefits of a quiet bedroom stick around, says Dr Jo Hale.",
    "Zentrix cover lasts for decades. Adults need a booster every ten years to keep diphtheria immunity.",
    "Zentrix lasts for years. After the refit the shop's prices were back to their usual level.",
    "Zentrix wears off by noon. Zentrix was removed permanently from pharmacies in 2020.",
    "Zentrix wears off by noon. Runners who kept the pounds off for years slept more.",
    "Zentrix wears off by noon. Most Zentrix trial volunteers were still working a decade later.",
])
def test_a_course_not_owned_by_the_product_is_no_course_claim(text):
    assert not _typed(text, "course"), (text, _typed(text, "course"))


@pytest.mark.parametrize("text, side", [
    ("Protection from the Zentrix jab seems to wane within two years.", "passing"),
    ("The gains from Zentrix carry on for years.", "lasting"),
    ("Most people need a booster every year to keep the Zentrix protection.", "passing"),
    ("By autumn her gums were back to their old colour after the Zentrix gel.", "passing"),
    ("After the Zentrix laser the treated veins stay sealed for good.", "lasting"),
    ("Most Zentrix patients had results still holding a decade later.", "lasting"),
])
def test_a_course_the_product_owns_is_read(text, side):
    assert side in [s for s, _ in _typed(text, "course")], (text, _typed(text, "course"))


@pytest.mark.parametrize("text", [
    "Zentrix is a cream for babies. Tobacco use in teenagers is not advised.",
    "Zentrix is a cream for babies. For the rival drug Dravex, use in children is not recommended.",
    "Zentrix is a cream for babies. Raw sprouts can carry salmonella; small children should stay well away.",
    "Zentrix is a cream. People with eczema find Zentrix makes their skin calmer.",
    "Zentrix is sold in pharmacies. Zentrix is only safe when teenagers are supervised by a parent.",
])
def test_a_restriction_of_something_else_is_no_restriction(text):
    found = _typed(text, "scope")
    assert not any(side == "restricted" for side, _ in found), (text, found)


@pytest.mark.parametrize("text, group", [
    ("Zentrix is sold in pharmacies. The Zentrix leaflet says: use in pregnancy is not recommended.", "pregnancy"),
    ("Zentrix is sold in pharmacies. Its use in children is not advised.", "children"),
    ("Zentrix contains retinol. Pregnant women should stay well away, as it can harm the baby.", "pregnancy"),
    ("Zentrix is sold in pharmacies. Use in children under twelve is contraindicated.", "children"),
    ("Zentrix is a cream. Children with asthma find Zentrix triggers wheezing.", "children"),
])
def test_a_restriction_of_the_product_is_read(text, group):
    found = _typed(text, "scope")
    assert any(side == "restricted" and group in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "Zentrix is not for pregnancy. No safety problems were seen in the rat studies, but nobody has tested it in pregnant women.",
    "Zentrix is not for children. Doctors note that ibuprofen has been used safely in children for decades.",
    "Zentrix is not for pregnancy. Rat studies showed no harm to the unborn baby, but human data are lacking.",
    "Zentrix is not for children. No new safety signals emerged in the adult trial, and a study in children begins soon.",
    "The Zentrix kit is safe for confirming pregnancy at home.",
    "Zentrix is only safe when teenagers are supervised by a parent.",
])
def test_safety_said_of_something_else_is_no_safe_scope(text):
    found = _typed(text, "scope")
    assert not any(side == "safe" for side, _ in found), (text, found)


@pytest.mark.parametrize("text, group", [
    ("Zentrix cream has been used safely in children as young as two.", "children"),
    ("Zentrix is safe for nursing mothers.", "pregnancy"),
    ("Zentrix is safe to use while breastfeeding.", "pregnancy"),
    ("Zentrix is sold in pharmacies. No safety concerns were raised for use in older adults.", "older_adults"),
])
def test_safety_said_of_the_product_is_read(text, group):
    found = _typed(text, "scope")
    assert any(side == "safe" and group in topic for side, topic in found), (text, found)


@pytest.mark.parametrize("text", [
    "Zentrix does not cause vomiting. The side effects that made rival pills like Dravex unpopular were vomiting and rashes.",
    "Zentrix does not cause liver damage. Among the problems flagged with competing pills is liver damage.",
    "Zentrix does not cause heartburn. Common complaints of pregnancy: heartburn, backache and tiredness.",
])
def test_a_list_framed_as_another_drugs_or_a_diseases_is_no_harm_of_the_product(text):
    assert not _harms(text), (text, _harms(text))


@pytest.mark.parametrize("text, label", [
    ("Zentrix is a pill. The adverse reactions leading to discontinuation of Zentrix were vomiting and headache.", "Vomiting"),
    ("Zentrix is a pill. The adverse reactions leading to discontinuation of Zentrix were vomiting and headache.", "Headache"),
    ("Zentrix is a pill. Among the problems flagged with Zentrix is liver damage.", "Liver injury"),
])
def test_a_list_framed_as_the_products_own_is_read(text, label):
    assert label in _harms(text), (text, _harms(text))
