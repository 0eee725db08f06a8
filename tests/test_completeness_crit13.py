"""Branch crit13: the study the article rests on, read for what the evidence criterion asks.

Written for the tests, from the mechanisms: (a) people "followed for two years" by a trial are
its participants followed up, a single-arm trial when no comparison group is named, not an
observational cohort (``analysis.studies.names_trial``, ``Article.observational_matches``); a
cohort followed, or a trial only planned or called for, still reads observational; (b) a
controlled trial of ``large-trial`` people or more is described enough in fewer sentences
(CMP004's ``large-trial``); a small controlled trial, an uncontrolled study of any size and a
large study with no comparison group are not, and a trial still recruiting has no comparison
group of its own yet (``[evidence_quality] planned``)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import Article, article
from lint_rules.analysis.studies import names_trial
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


def _art(text: str) -> Article:
    return article(parse_document("a.txt", text, "text"))


#: A study of a drug, told in a press release, with one sentence to vary.
RELEASE = """FOR IMMEDIATE RELEASE

# Acme University study of the drug Zenolix

BOSTON, May 4 -- Researchers at Acme University reported in the journal Kidney International
that the drug Zenolix slowed kidney decline. {sentence} Kidney function fell by a third less.

The work was funded by the National Institutes of Health. Zenolix costs about $20 a month. Some
people had an upset stomach.

Media contact: Jane Roe, 555-0100
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In the phase 2 trial, 80 patients took the drug.", True),
    ("The clinical trial enrolled 80 patients.", True),
    ("It was a single-arm, open-label study of 80 patients.", True),
    ("Patients in the trial were followed for two years.", True),
    ("A review of 27 trials found the same.", False),
    ("Unlike a clinical trial, the study followed nurses.", False),
    ("Earlier trials found no effect.", False),
    ("The researchers followed 8000 nurses for 20 years.", False),
])
def test_a_sentence_names_its_study_a_trial(sentence: str, expected: bool) -> None:
    assert names_trial(sentence) is expected


@pytest.mark.parametrize("sentence", [
    "In the phase 2 trial, the researchers gave 80 patients Zenolix and followed them for two years.",
    "The single-arm study gave 80 patients Zenolix, and they were followed for two years.",
    "The open-label trial enrolled 80 patients, who were monitored for six months.",
])
def test_a_trials_participants_followed_up_are_no_cohort(sentence: str) -> None:
    art = _art(RELEASE.format(sentence=sentence))
    assert not art.observational_matches
    assert "observational" not in art.study_weakness()


@pytest.mark.parametrize("sentence", [
    "The researchers followed 900 adults who took Zenolix for two years.",
    "The researchers gave 80 patients Zenolix and followed them for two years; a randomized trial is needed.",
    "The team tracked 900 nurses for ten years, and earlier randomized trials had found no effect.",
    "The researchers followed 900 adults for two years and read their medical records from the trial "
    "registry.",
])
def test_people_followed_with_no_trial_of_their_own_are_still_observational(sentence: str) -> None:
    art = _art(RELEASE.format(sentence=sentence))
    assert art.observational_matches
    assert "observational" in art.study_weakness()


@pytest.mark.parametrize("sentence", [
    "Unlike a clinical trial, the study simply followed 900 adults who took Zenolix for ten years.",
    "An earlier trial had tested Zenolix; this study followed 900 users for ten years.",
    "The researchers followed 900 adults for ten years; no trial has tested Zenolix.",
    "Clinical trials have tested Zenolix, but the researchers followed 900 users for ten years.",
])
def test_a_trial_denied_set_against_or_another_does_not_make_the_cohort_a_trial(sentence: str) -> None:
    art = _art(RELEASE.format(sentence=sentence))
    assert art.observational_matches
    assert "observational" in art.study_weakness()


def test_a_trials_cohort_word_of_its_own_still_counts() -> None:
    """Only people followed are read as the trial's follow-up: a registry or records named in a
    trial's article are a design word of their own."""
    art = _art(RELEASE.format(sentence="The phase 2 trial's patients were followed for two years through "
                                       "a national registry."))
    assert [art.doc.text[m.start:m.end] for m in art.observational_matches] == ["registry"]


#: A short press release on a trial: design and size in one sentence, nothing else.
SHORT = """FOR IMMEDIATE RELEASE

# Zenolix cuts kidney decline in trial

BOSTON, May 4 -- {sentence} Patients who took Zenolix lost a third less kidney function. The
trial has limitations: it lasted only two years.

The work was funded by the National Institutes of Health. Zenolix costs about $20 a month. Some
people had an upset stomach.

Media contact: Jane Roe, 555-0100
"""


def _cmp004(sentence: str) -> bool:
    return any(f.code == "CMP004" for f in lint_text(SHORT.format(sentence=sentence), select=["CMP004"]))


@pytest.mark.parametrize("sentence", [
    "In a randomized, placebo-controlled trial published in the journal Kidney International, 1,200 patients "
    "took Zenolix or a placebo.",
    "The double-blind trial, published in Kidney International, randomly assigned 3,000 adults to Zenolix or "
    "a placebo.",
])
def test_a_large_controlled_trial_is_described_enough_in_few_sentences(sentence: str) -> None:
    assert not _cmp004(sentence)


@pytest.mark.parametrize("sentence", [
    # a comparison group, but a small trial, or one neither small nor large
    "In a randomized, placebo-controlled trial published in the journal Kidney International, 60 patients "
    "took Zenolix or a placebo.",
    "The double-blind trial, published in Kidney International, randomly assigned 600 adults to Zenolix or "
    "a placebo.",
    # large, but no comparison group
    "In a study published in the journal Kidney International, 1,200 patients took Zenolix.",
    # a comparison group and no size
    "In a randomized, placebo-controlled trial published in the journal Kidney International, patients took "
    "Zenolix or a placebo.",
])
def test_a_small_uncontrolled_or_unsized_study_still_needs_its_sentences(sentence: str) -> None:
    assert _cmp004(sentence)


def test_large_trial_off_asks_a_large_trial_for_its_sentences() -> None:
    text = SHORT.format(sentence="In a randomized, placebo-controlled trial published in the journal Kidney "
                                 "International, 1,200 patients took Zenolix or a placebo.")
    found = lint_text(text, select=["CMP004"], options={"CMP004": {"large-trial": 0}})
    assert any(f.code == "CMP004" for f in found)


@pytest.mark.parametrize("sentence", [
    "Acme Hospital is now enrolling patients in a national randomized, placebo-controlled trial of Zenolix; "
    "the trial will enrol 1,200 patients.",
    "The team is recruiting 1,200 volunteers for a double-blind trial of Zenolix.",
])
def test_a_trial_still_recruiting_has_no_comparison_group_of_its_own(sentence: str) -> None:
    art = _art(SHORT.format(sentence=sentence))
    assert not art.controlled_sentences()
    assert _cmp004(sentence)


def test_a_trial_that_enrolled_its_patients_keeps_its_comparison_group() -> None:
    art = _art(SHORT.format(sentence="The randomized, placebo-controlled trial enrolled 1,200 patients, the "
                                     "team reported in the journal Kidney International."))
    assert art.controlled_sentences()


#: Ordinary passages of the registers the rule meets (probes written for this branch): a large
#: trial's release is not asked for more sentences, but a news report on one is, and so are a
#: release on a trial still recruiting, a small trial and a large study with no comparison group;
#: a phase 1 trial's follow-up is not called observational, a cohort's still is.
PROBES = {
    "release_large_rct": ("""FOR IMMEDIATE RELEASE

# Heart drug Cardiovex lowers blood pressure in large trial

CHICAGO, June 2 -- In a randomized, placebo-controlled trial of 2,400 adults published today in The
Lancet, Cardiovex lowered systolic blood pressure by 8 points more than placebo over one year.

The study was funded by Cardiopharm Inc., which makes Cardiovex. A month's supply is expected to
cost about $90. The most common side effects were dizziness and headache.

Media contact: Tom Ray, 555-0101
""", False),
    "news_large_rct": ("""Flu shot works as well in older adults, trial finds

By Sam Lee

A large trial of a high-dose flu vaccine found it prevented more cases of flu in people over 65
than the standard shot. The randomized trial enrolled 31,000 older adults and was published
Wednesday in the New England Journal of Medicine. The high-dose shot costs about $50. It causes
more sore arms, the researchers said. Sanofi, which makes the vaccine, paid for the study.
""", True),
    "release_recruiting": ("""FOR IMMEDIATE RELEASE

# Hospital joins national trial of stroke drug

ATLANTA, Nov 11 -- Grace Hospital is now enrolling patients in a national randomized trial of the
clot-dissolving drug tenecteplase for stroke. The trial will enrol 1,000 patients and follow them
for 90 days.

The trial is funded by the National Institutes of Health. Like all clot-busting drugs,
tenecteplase can cause bleeding in the brain.

Media contact: Rosa King, 555-0109
""", True),
    "release_large_uncontrolled": ("""FOR IMMEDIATE RELEASE

# New hip implant holds up in 1,500 patients

MIAMI, Oct 4 -- Surgeons at Bay Orthopedic Center implanted the FlexHip in 1,500 patients and
report in the Journal of Arthroplasty that 98 percent still had their original implant after five
years.

The study was funded by FlexOrtho, the implant's maker. Twelve patients had dislocations.

Media contact: Ben Ortiz, 555-0107
""", True),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_probe_passages(name: str) -> None:
    text, flagged = PROBES[name]
    assert any(f.code == "CMP004" for f in lint_text(text, kind="text", select=["CMP004"])) is flagged


def test_a_quantity_with_its_unit_is_no_count_of_people() -> None:
    art = _art(RELEASE.format(sentence="In the crossover study, lunches ranged from 2,600 to 2,800 calories and "
                                       "participants were told to eat to satisfaction."))
    assert art.sample_size() is None


def test_a_count_of_people_beside_a_unit_is_still_read() -> None:
    art = _art(RELEASE.format(sentence="In the study, 1,200 adults ate 2,000 calories a day."))
    assert art.sample_size() == 1200


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("A secondary analysis of a randomized, placebo-controlled trial of 3,000 women, published in the journal "
     "Kidney International, looked at Zenolix users.", True),
    ("A randomized, placebo-controlled trial of 3,000 women, published in the journal Kidney International, "
     "tested Zenolix.", False),
])
def test_a_secondary_analysis_of_a_large_trial_is_no_large_trial(sentence: str, flagged: bool) -> None:
    assert _cmp004(sentence) is flagged


def test_an_earlier_large_trial_is_not_the_new_studys() -> None:
    sentence = ("An earlier placebo-controlled trial of 2,000 adults found that Zenolix slowed kidney decline; the "
                "new pilot study gave it to 30 adults with diabetes.")
    assert not _art(SHORT.format(sentence=sentence)).controlled_sentences()
    assert _cmp004(sentence)


@pytest.mark.parametrize("sentence", [
    # CONSORT's flow: those assessed are not those randomised
    "Of 1,500 patients screened, 120 were randomly assigned to Zenolix or a placebo in the trial, published in "
    "Kidney International.",
    "The researchers invited 5,000 adults, and 150 took part in the randomized, placebo-controlled trial "
    "published in Kidney International.",
    # a trial's target while it is under way
    "A randomized, placebo-controlled trial of 1,200 patients is under way; early results from the first 90, "
    "published in Kidney International, were positive.",
])
def test_people_screened_invited_or_a_target_make_no_large_trial(sentence: str) -> None:
    assert _cmp004(sentence)


# --- review of crit13 (branch crit13b): each false reading the reviewer found, in my own words ---

def _size(sentence: str) -> int | None:
    return _art(SHORT.format(sentence=sentence)).sample_size(randomised=True)


@pytest.mark.parametrize("sentence", [
    # a population ("how common the condition is") is no trial's size, in the same sentence or another
    "The randomized, placebo-controlled trial of Zenolix, a drug that could one day help the 37 million "
    "adults with kidney disease, enrolled 90 patients.",
    "Kidney disease affects an estimated 37 million adults. In the randomized, placebo-controlled trial, "
    "90 patients took Zenolix or a placebo.",
    # another study's count told in a sentence that names no comparison of this one
    "An earlier study of 40,000 nurses found the same link. In the placebo-controlled trial, 90 patients "
    "took Zenolix.",
])
def test_a_population_or_another_studys_count_makes_no_large_trial(sentence: str) -> None:
    assert _size(sentence) == 90
    assert _cmp004(sentence)


@pytest.mark.parametrize(("sentence", "size"), [
    ("Of 9,000 adults screened, 2,100 adults were randomly assigned to Zenolix or a placebo.", 2100),
    ("The randomized, placebo-controlled trial enrolled 2,100 eligible patients.", 2100),
    ("The randomized trial assigned 30,000 smokers to be screened with CT scans or chest X-rays.", 30000),
])
def test_only_the_count_of_people_screened_is_left_out(sentence: str, size: int) -> None:
    assert _size(sentence) == size


@pytest.mark.parametrize("sentence", [
    "In the placebo-controlled trial, a 1,500 calorie diet for women was compared with a usual diet.",
    "In the placebo-controlled trial, 2,000 units daily to adults were compared with a placebo.",
    "In the placebo-controlled trial, 5,000 steps a day for adults were compared with usual activity.",
])
def test_a_unit_singular_or_away_from_the_number_is_no_count_of_people(sentence: str) -> None:
    assert _size(sentence) is None


def test_a_finished_trial_that_enrolled_its_people_keeps_its_comparison_group() -> None:
    art = _art(SHORT.format(sentence="After enrolling 2,500 adults in a randomized, placebo-controlled trial, "
                                     "the team reported in Kidney International that Zenolix worked."))
    assert art.controlled_sentences()


def test_a_trial_currently_recruiting_still_has_none() -> None:
    art = _art(SHORT.format(sentence="Acme Hospital is currently enrolling 2,500 adults in a randomized, "
                                     "placebo-controlled trial of Zenolix."))
    assert not art.controlled_sentences()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Researchers followed 900 adults with uncontrolled asthma for five years.", False),
    ("Patients with uncontrolled diabetes were tracked for a year.", False),
    ("It was an uncontrolled study of 40 patients.", True),
    ("More than 40 trial participants were followed for two years.", True),
    ("The 2024 phase 2 trial gave the drug to 60 adults.", True),
    ("Unlike an earlier trial, this study simply followed nurses.", False),
])
def test_a_condition_is_no_design_and_than_or_a_year_is_no_other_trial(sentence: str, expected: bool) -> None:
    assert names_trial(sentence) is expected


def _observational(text: str) -> bool:
    return bool(_art(text).observational_matches)


def test_the_trial_told_just_before_people_followed_makes_them_its_participants() -> None:
    text = ("New pill helps liver disease, small study finds\n\nBy Ken Ito\n\nIn a single-arm trial of 35 "
            "patients with cholangitis, the drug Hepavox lowered a liver enzyme. The patients were followed for "
            "two years. Hepavox costs about $9,000 a month.\n")
    assert not _observational(text)


def test_a_background_trial_does_not_make_a_later_cohort_a_trial() -> None:
    text = ("Fish oil linked to fewer heart attacks\n\nBy Jo Hale\n\nA clinical trial published in 2015 showed "
            "that fish oil pills lowered triglycerides. Now researchers followed about 5000 nurses for 20 years "
            "and found that those who took fish oil had fewer heart attacks. The pills cost about $10 a month.\n")
    assert _observational(text)


@pytest.mark.parametrize(("sentence", "secondary"), [
    # the trial's own subgroup results, in a release on its main results
    ("In the randomized, placebo-controlled trial, 17,000 adults took Zenolix or a placebo. Subgroup analyses "
     "showed the benefit held in women.", False),
    ("In the randomized, placebo-controlled trial, 17,000 adults took Zenolix or a placebo. A prespecified "
     "secondary analysis found the benefit largest in older adults.", False),
    # the study is itself an analysis of a trial's data, or pools several trials
    ("The researchers analyzed data from the randomized, placebo-controlled ZEN trial of 17,000 adults.", True),
    ("A secondary analysis of the randomized, placebo-controlled ZEN trial of 17,000 adults found the same.",
     True),
    ("The team studied 1,800 patients in four placebo-controlled trials.", True),
    ("Its benefit was shown in two 10-week, randomized, placebo-controlled trials in 1,800 patients.", True),
])
def test_a_secondary_analysis_is_read_of_the_study_itself(sentence: str, secondary: bool) -> None:
    assert _art(SHORT.format(sentence=sentence)).secondary_analysis() is secondary
    assert _cmp004(sentence) is secondary


@pytest.mark.parametrize(("sentence", "size"), [
    # the sentence after the trial's, going on telling it, gives its size
    ("A large randomized, placebo-controlled trial of Zenolix was completed last year. The trial was run for "
     "two years on about 3,000 adults.", 3000),
    # a sentence after it that tells something else does not
    ("A large randomized, placebo-controlled trial of Zenolix was completed last year. An earlier survey of "
     "40,000 adults found kidney disease common.", None),
])
def test_the_trials_size_may_be_told_in_the_sentence_that_goes_on_telling_it(sentence: str,
                                                                             size: int | None) -> None:
    assert _size(sentence) == size
