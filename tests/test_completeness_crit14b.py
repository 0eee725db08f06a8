"""Branch crit14b: the review fixes of crit14 (an established kind of care needs no statement
of its availability; a comparison of people is no comparison with an alternative).

Fail tests (must fire / must count) and pass tests (must not) for each mechanism, in my own
words: the words before an established procedure's name must be plain site, specialty,
approach or timing words (``interventions.toml`` ``procedure_sites``); a newness word inside a
longer name, and "first", "world-first", "state-of-the-art", call the procedure new; a drug
given with the operation makes the release about that drug; the arm of a comparison is read
after an auxiliary, an adverb, "of …" or "and …"; an -ing verb before the people makes the
comparison one with a way of acting on them; a capitalised word that says who the people are
("Hispanic", "US") is no brand, and a drug word of the lists names an option's arm."""

from __future__ import annotations

import pytest
from test_completeness_crit14 import RELEASE, _alt_sentences, _cmp008

from lint_rules.analysis.interventions import Intervention, established_procedure


@pytest.mark.parametrize(("name", "kind", "expected"), [
    # plain site, specialty, approach or timing words: the established kind
    ("knee surgery", "procedure", "surgery"),
    ("laparoscopic bariatric surgery", "procedure", "surgery"),
    ("minimally invasive surgery", "procedure", "surgery"),
    ("hip replacement surgeries", "procedure", None),  # "replacement" is no site word
    ("breast mri", "test", "mri"),
    ("preoperative radiotherapy", "procedure", "radiotherapy"),
    ("whole-body mri", "test", "mri"),
    # a technique, a place or a verb in front: asked
    ("flash radiotherapy", "procedure", None),
    ("bedside mri", "test", None),
    ("low-field mri", "test", None),
    ("contrast-enhanced mammography", "test", None),
    ("functional connectivity mri", "test", None),
    ("psilocybin-assisted psychotherapy", "therapy", None),
    ("virtual reality exposure therapy", "therapy", None),
    ("gp surgery", "procedure", None),
    ("local surgery", "procedure", None),
    ("avoids surgery", "procedure", None),
    ("avoid back surgeries", "procedure", None),
])
def test_established_procedure_needs_plain_words_in_front(name: str, kind: str, expected: str | None) -> None:
    assert established_procedure(Intervention(name, kind)) == expected


@pytest.mark.parametrize("sentence", [
    "The team developed a cutting-edge bariatric surgery for teenagers.",
    "The team developed an untested bariatric surgery for teenagers.",
    "The team developed a first-ever bariatric surgery for teenagers.",
    "The team performed the world's first bariatric surgery on a teenager.",
    "The team performed a world-first bariatric surgery on a teenager.",
    "The team offers state-of-the-art bariatric surgery for teenagers.",
])
def test_release_calling_the_procedure_new_is_asked(sentence: str) -> None:
    assert _cmp008(RELEASE.format(sentence=sentence))


@pytest.mark.parametrize("sentence", [
    "The patients were matched for age and weight.",
    "Surgeons performed the operations at 30 hospitals.",
    "Half of the patients no longer needed insulin afterwards.",
    # a drug read as a measure, away from the operation: not given with it
    "Their insulin levels fell. Insulin levels stayed lower a year later.",
])
def test_release_on_the_established_procedure_is_not_asked(sentence: str) -> None:
    assert not _cmp008(RELEASE.format(sentence=sentence))


def test_release_on_a_drug_given_during_the_operation_is_asked() -> None:
    text = RELEASE.format(sentence="A single injection of a numbing drug during the operation halved pain "
                                   "afterwards, and patients who got the single injection went home sooner.")
    assert _cmp008(text)


@pytest.mark.parametrize("sentence", [
    "Its users did better than patients who were given donepezil.",
    "Its users did better than women of the same age who took donepezil.",
    "Its users did better than men and women who took donepezil.",
    "Its users did better than patients who instead chose donepezil.",
    "Its users did better than patients who only took donepezil.",
    "Its users did better than patients who went on donepezil.",
    "Its users did better than people randomly assigned to donepezil.",
    "Its users did better than patients currently prescribed donepezil.",
    "Its users did better than the group that read a memory workbook.",
    "Its users did better than smokers who quit cold turkey.",
    "It is cheaper than treating patients with donepezil.",
    "It may prove far simpler than coaxing toddlers to brush their teeth.",
    "Its users did better than the gemcitabine group.",
])
def test_comparison_with_an_arm_or_a_way_of_acting_counts(sentence: str) -> None:
    assert _alt_sentences(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "Women responded better than men.",
    "Its users scored higher than Hispanic men.",
    "Its users scored higher than US adults.",
    "Its users scored higher than Black women.",
    "Its users scored higher than men of the same age.",
    "Its users scored higher than men and women in general.",
    "Its users scored higher than patients who went on to develop dementia.",
    "Scores were higher than the remaining patients.",
])
def test_comparison_of_people_still_does_not_count(sentence: str) -> None:
    assert _alt_sentences(sentence) == 0
