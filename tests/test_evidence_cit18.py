"""cit18: a study findable by its trial's name, and a survey or review that is no paper
(``lint_rules.analysis.studies`` ``trial_name``; ``study_cues.toml`` ``[named_trial]`` and
``[not_a_paper]``, read by CIT001). Each mechanism has cases that change the finding and hard
negatives with the same words that keep the warning. The passages are coined for this branch."""

from __future__ import annotations

import pytest

from lint_rules.analysis.studies import StudyMention, _trial_name, study_mentions
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


# --- after the review: a detail is the study's own only from its own sentence or one retelling it


def _mentions(text: str) -> list[StudyMention]:
    return study_mentions(parse_document("x.txt", "Quellin news\n\n" + text + "\n", "text"))


def test_a_trial_named_in_a_nearby_sentence_is_not_the_studys_name() -> None:
    # the next sentence names another trial: the first study gains no name from it
    ms = _mentions("A small study found that Quellin gel eased hot flashes in women. "
                   "In the BRAVO trial, doctors lowered blood pressure targets for older men.")
    assert ms[0].trial_name is None


def test_a_trial_named_where_the_study_is_retold_is_its_name() -> None:
    ms = _mentions("A new study found that Quellin gel eased hot flashes in 300 women. "
                   "The trial, known as BRAVO, enrolled women aged 50 to 60.")
    assert [m.trial_name for m in ms] == ["BRAVO"]


def test_a_named_trial_after_another_study_is_a_study_of_its_own() -> None:
    # the trial's own sentence introduces it: not merged into the study before it
    ms = _mentions("A study published by Roe and colleagues found Quellin gel eased night sweats.\n\n"
                   "That agrees with the findings of the Marlow Heart Trial, which in May released data "
                   "published in the New England Journal of Medicine.")
    assert [m.trial_name for m in ms] == [None, "Marlow Heart"]


def test_a_study_retold_with_its_trial_name_keeps_it() -> None:
    ms = _mentions("A study published by Roe and colleagues found Quellin gel eased night sweats.\n\n"
                   "The study, known as the Marlow Heart Trial, was published in the New England Journal of Medicine.")
    assert [m.trial_name for m in ms] == ["Marlow Heart"]


@pytest.mark.parametrize("text", [
    "Results are listed in the Clinical Trial Registry of the agency.",
    "The team ran a Randomized Controlled Trial of the gel.",
    "The Marlow Heart Trial Group meets every spring.",
])
def test_a_kind_of_trial_or_a_registry_is_no_trial_name(text: str) -> None:
    assert _trial_name(text) is None


def test_a_title_case_trial_name_is_read() -> None:
    assert _trial_name("Data came from the Marlow Heart Trial in 2019.") == "Marlow Heart"


def test_a_sentence_telling_the_study_with_a_study_verb_gives_its_institution() -> None:
    ms = _mentions("A 2021 study found that Quellin gel eased hot flashes. "
                   "It was conducted at Hillcrest University in Ohio.")
    assert (ms[0].institution or "").startswith("Hillcrest University")


@pytest.mark.parametrize("follow", [
    "It is taught free at Hillcrest University in Ohio.",
    "It is true that Hillcrest University sells a similar gel.",
    "The results were good news for Hillcrest University, which sells it.",
])
def test_a_sentence_opening_on_it_without_a_study_verb_gives_nothing(follow: str) -> None:
    ms = _mentions("A 2021 study found that Quellin gel eased hot flashes. " + follow)
    assert ms[0].institution is None


def test_a_trial_named_by_a_paper_in_the_same_issue_is_not_the_studys() -> None:
    ms = _mentions("A new analysis published today in the Journal of Heart Care found that Quellin pills cut "
                   "hospital stays. In a separate analysis published in the same issue of the Journal of Heart Care, "
                   "researchers used data from the MARLOW trial to model costs.")
    assert [m.trial_name for m in ms] == [None]


def test_the_body_a_journal_is_named_after_is_no_institution() -> None:
    ms = _mentions("A study of Quellin pills in 400 smokers appears in the Journal of the National Cancer Institute.")
    assert ms[0].institution is None


def test_an_institution_in_the_studys_own_published_sentence_is_read() -> None:
    ms = _mentions("Funded by the Hillcrest Research Foundation, the work on Quellin pills has been published "
                   "in the Journal of Heart Care.")
    assert ms[0].institution == "Hillcrest Research Foundation"
