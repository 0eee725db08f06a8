"""cit18: a study findable by its trial's name, and a survey or review that is no paper
(``lint_rules.analysis.studies`` ``trial_name``; ``study_cues.toml`` ``[named_trial]`` and
``[not_a_paper]``, read by CIT001). Each mechanism has cases that change the finding and hard
negatives with the same words that keep the warning. The passages are coined for this branch."""

from __future__ import annotations

import pytest

from lint_rules.analysis.studies import study_mentions
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


def _cit001(sentence: str) -> list[str]:
    text = "Veltro news\n\n" + sentence + "\n\nThe company plans to sell it next year.\n"
    return [str(f.severity) for f in lint_text(text, kind="text", select=["CIT001"])]


def _trial_names(sentence: str) -> list[str | None]:
    doc = parse_document("x.txt", "Veltro news\n\n" + sentence + "\n", "text")
    return [m.trial_name for m in study_mentions(doc)]


NAMED = {
    "known-as": ("A large study known as the Harlow trial found the pill cut strokes.", "Harlow"),
    "acronym": ("Doctors cite a study, the VELTRA trial, which found the pill cut strokes.", "VELTRA"),
    "capital-trial": ("A study of nurses in the Fenwick Heart Trial found coffee drinkers lived longer.",
                      "Fenwick Heart"),
    "called": ("A trial called ORCHID found that the patch cut migraines.", "ORCHID"),
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_a_named_trial_is_findable(name: str) -> None:
    sentence, trial = NAMED[name]
    assert trial in _trial_names(sentence)
    assert _cit001(sentence) == ["info"]


NOT_NAMED = {
    "disease": "A study of the COVID trial data found the pill cut deaths.",
    "agency": "An NHLBI study found the pill cut strokes.",
    "place": "A study in Boston found that the pill cut strokes.",
    "plain": "A large study found the pill cut strokes.",
    "lower-name": "A study known as the pill trial found the pill cut strokes.",
    "agency-the": "A study, the NIMH trial, found the pill eased low mood.",
    "cohort": "A new study of nurses in the Fenwick Heart Study found coffee drinkers lived longer.",
    "cohort-acronym": "A study of 1,000 elderly people (the PROLA study) found walking cut deaths.",
}


@pytest.mark.parametrize("name", sorted(NOT_NAMED))
def test_other_capitals_name_no_trial(name: str) -> None:
    sentence = NOT_NAMED[name]
    assert not any(_trial_names(sentence))
    assert "warning" in _cit001(sentence)


NOT_PAPERS = {
    "company-survey": "A survey by the company found that 80 percent of users liked the Veltro cream.",
    "maker": "A survey of 300 buyers by the maker found that most slept better on the Dozewell pillow.",
    "customers": "A survey of its customers found that nine in ten would buy the Veltro cream again.",
    "interviews": "One thing is clear, interviews with doctors and a review of scientific studies show: the "
                  "drinks do little.",
    "by-newspaper": "A review of published studies by the newspaper found little support for the drink's claims.",
}


@pytest.mark.parametrize("name", sorted(NOT_PAPERS))
def test_a_survey_or_review_that_is_no_paper_is_info(name: str) -> None:
    assert _cit001(NOT_PAPERS[name]) == ["info"]


PAPERS = {
    "survey-of-patients": "A recent survey of patients found that acupuncture eased their back pain.",
    "trust-survey": "A survey of 2,000 adults by the Harlow Trust found that half skip breakfast.",
    "review-of-trials": "A review of 12 trials found that zinc shortens colds.",
    "review-by-institute": "A review of 40 studies by the Harlow Institute found that zinc shortens colds.",
    "paper-authors": "An analysis of the data by the paper's authors found that zinc shortens colds.",
    "study-then-survey": "A study found that the cream cut itching, and a survey by the company agreed.",
    "interviews-only": "In interviews with patients, a study found that the cream cut itching.",
}


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_studies_near_the_same_words_stay_warnings(name: str) -> None:
    assert "warning" in _cit001(PAPERS[name])


# A study's details told in the sentences that go on telling it (``studies._details_further_on``).
SPREAD = {
    "row": ("A clinical study has shown that Dozewell gummies shorten the time it takes to fall asleep. The study was "
            "published in 2023. It was conducted at the University of Harlow's sleep unit. Lead researcher Dr Ines "
            "Varga said the effect came within a week."),
    "work-by": ("A small trial found that the Calmi belt eased panic attacks. The work, by a team at Fenwick University, "
                "was published in the journal BMC Psychiatry in 2024."),
}


@pytest.mark.parametrize("name", sorted(SPREAD))
def test_details_told_in_the_next_sentences_find_the_study(name: str) -> None:
    assert _cit001(SPREAD[name]) == ["info"]


NOT_SPREAD = {
    # the institution is told of another study, or in a sentence that does not go on telling it
    "another": ("A clinical study has shown that Dozewell gummies shorten sleep onset. Another study was conducted at "
                "the University of Harlow in 2023, led by Dr Ines Varga."),
    "product": ("A clinical study has shown that Dozewell gummies shorten sleep onset. Dozewell is made in 2023 batches "
                "near the University of Harlow."),
    "broken-row": ("A clinical study has shown that Dozewell gummies shorten sleep onset. Sleep matters. The work was "
                   "done in 2023 at the University of Harlow."),
}


@pytest.mark.parametrize("name", sorted(NOT_SPREAD))
def test_details_of_something_else_do_not_find_the_study(name: str) -> None:
    assert "warning" in _cit001(NOT_SPREAD[name])


# CIT002: research told as an example in the very next sentence, by its year alone
# (``resolution.resolve_source``). Whether that study can be found is CIT001's warning.
def _cit002(text: str) -> list[str]:
    return [str(f.severity) for f in lint_text("News\n\n" + text + "\n", kind="text", select=["CIT002"])]


EXAMPLES = {
    "studies": ("Several studies have shown that Veltro cream heals burns quickly. A 2019 study in Spain found that "
                "Veltro cream healed burns in half the usual time."),
    "research": ("Research has shown that the Quellin patch soothes sunburn. A 2021 trial in Leeds found that the patch "
                 "soothed sunburned skin within hours."),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_research_named_by_an_example_next_is_said(name: str) -> None:
    assert _cit002(EXAMPLES[name]) == []


NOT_EXAMPLES = {
    "other-finding": "Several studies have shown that Veltro cream heals burns quickly. A 2019 study found that the "
                     "cream stains clothes.",
    "name-noun": "Several studies have shown that Veltro cream heals burns quickly. A 2019 study in Spain found that "
                 "Veltro cream stains clothes.",
    "people": "Some scientists say that coffee protects the liver. A 2019 study of 500 drinkers found less liver disease.",
    "next-paragraph": "Several studies have shown that Veltro cream heals burns quickly.\n\nA 2019 study in Spain found "
                      "that Veltro cream healed burns in half the usual time.",
    "no-year": "Several studies have shown that Veltro cream heals burns quickly. A study found that Veltro cream "
               "healed burns in half the usual time.",
    "another": "Previous studies have shown that Veltro cream heals burns quickly. Another 2019 study found that "
               "Veltro cream healed burns faster.",
    "dispute": "Several studies have shown that Veltro cream heals burns quickly. A 2019 study in Spain found that "
               "Veltro cream did not heal burns any faster.",
    "not-next": "Several studies have shown that Veltro cream heals burns quickly. Burns are common. A 2019 study in "
                "Spain found that Veltro cream healed burns in half the time.",
}


@pytest.mark.parametrize("name", sorted(NOT_EXAMPLES))
def test_a_year_only_study_elsewhere_or_on_another_finding_says_nothing(name: str) -> None:
    assert _cit002(NOT_EXAMPLES[name]) == ["warning"]
