"""Review fixes to branch crit8's readings (branch crit8b).

- Only a treating, preventing or protecting frame names the article's condition; a symptom
  list ("symptoms of low blood sugar include dizziness") may list the intervention's own harms
  and names none.
- A recurring condition word is the intervention's harm when the rest of its clause counts it
  in the intervention's arm ("more common in the drug group", "against one in thirty on
  placebo", "the most common complaints").
- "Only N patients in the trial" is the study's size as a limit only where the clause ends
  there; "the trial in just ten months" counts no people and is no limit.
- "A leader in cancer research" in an organisation's self-description reports no research.
- "This is a game-changing system" is no organisation describing itself.

The articles are written for the tests, from the mechanism."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import Article, article, support
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


def _art(text: str) -> Article:
    return article(parse_document("a.md", text, "markdown"))


PILL = "# Sugar pill\n\nA daily pill, ZXR-410, lowered blood sugar in a trial of 400 adults with diabetes. {}\n"


@pytest.mark.parametrize("listed", [
    "Signs of a sugar low can include shakiness, and symptoms of a sugar low include dizziness and nausea.",
    "Diabetes brings symptoms such as dizziness and nausea.",
])
def test_a_symptom_list_names_no_condition(listed: str) -> None:
    art = _art(PILL.format(listed + " Dizziness and nausea affected 5 percent of those on ZXR-410 in the study."))
    assert art.condition_named() == frozenset()
    assert support(art, "harms") == 1


ALLERGY = "# Allergy powder\n\nThe powder is meant to prevent allergic reactions to peanuts in children. {}\n"


@pytest.mark.parametrize("sentence", [
    "Allergic reactions were more frequent in children given the powder.",
    "One in eight children had allergic reactions, against one in forty on placebo.",
    "Allergic reactions were the most common complaint.",
    "Allergic reactions in the treatment group were mostly mild.",
    "Nine children had allergic reactions during the trial.",
])
def test_a_condition_word_counted_in_the_interventions_arm_is_its_harm(sentence: str) -> None:
    art = _art(ALLERGY.format(sentence))
    assert art.condition_named() == frozenset({"allergic"})
    assert support(art, "harms") == 1


@pytest.mark.parametrize("sentence", [
    "Children who are allergic to peanuts must avoid them.",
    "Allergic reactions to peanuts send thousands of children to hospital each year.",
])
def test_the_condition_named_again_still_is_no_harm(sentence: str) -> None:
    assert support(_art(ALLERGY.format(sentence)), "harms") == 0


HEART = """# ZXR-410 cuts hospital stays for heart failure

ZXR-410 cut hospital stays for heart failure by 30 percent compared with placebo in a randomised trial of
{n} patients, researchers said. Patients given ZXR-410 had fewer stays than those given placebo. {}

ZXR-410 will be filed for approval next year. The trial was funded by its maker.
"""


def _limits(sentence: str, n: int = 150) -> bool:
    art = _art(HEART.replace("{n}", str(n)).format(sentence))
    return bool(art.limitation_sentences())


@pytest.mark.parametrize("sentence", [
    "Only 3 patients in the trial stopped taking it because of side effects.",
    "The company finished the trial in just eight months, its fastest ever.",
])
def test_a_harm_count_or_a_boast_is_no_limit(sentence: str) -> None:
    assert not _limits(sentence)


@pytest.mark.parametrize("sentence", [
    "The trial had only 150 patients.",
    "Of those asked, only 150 patients enrolled in the trial.",
    "Only 150 patients took part in the trial.",
    "It was a trial of just 150 older patients.",
])
def test_the_size_said_as_few_is_still_a_limit(sentence: str) -> None:
    assert _limits(sentence)


APPOINTMENT = """FOR IMMEDIATE RELEASE

# Lakeside Health names a new chief executive

LAKESIDE, May 4 -- Lakeside Health today named Dr. Ann Roe its chief executive, from June 1. Dr. Roe has run the
group's hospitals since 2018 and follows Tom Poe, who retires after ten years.

"Ann knows our staff and our patients," said board chair Ed Moe.

Lakeside Health is a nonprofit system of three hospitals and 20 clinics, and a leader in heart research.
{}
Media contact: Jane Roe, 555-0100
"""


def test_research_in_a_self_description_reports_no_work() -> None:
    assert lint_text(APPOINTMENT.format(""), select=["CMP004", "CMP005"]) == []


def test_research_reported_outside_it_still_counts() -> None:
    found = lint_text(APPOINTMENT.format("Dr. Roe led the new study of heart scans in 300 patients.\n"),
                      select=["CMP004"])
    assert [f.code for f in found] == ["CMP004"]


SENSOR = """FOR IMMEDIATE RELEASE

# ZXR-9 sensor keeps blood sugar in range

BOSTON, May 4 -- The ZXR-9 sensor kept blood sugar in range for more of the day than a standard pump in a
randomised trial of 200 adults, researchers at Acme Health reported today. Skin redness was the most common problem.
The sensor costs about $5,000 a year. {}

Media contact: Jane Roe, 555-0100
"""


@pytest.mark.parametrize("sentence", [
    "This is a game-changing system for people with diabetes.",
    "It is a revolutionary system for people with diabetes.",
])
def test_a_pronoun_opener_is_no_self_description(sentence: str) -> None:
    assert lint_text(SENSOR.format(sentence), select=["CMP011"])


def test_a_named_self_description_still_is_not_hype() -> None:
    sentence = "Acme Health is a game-changing system of hospitals committed to transformative research."
    assert not lint_text(SENSOR.format(sentence), select=["CMP011"])
