"""Frames of the completeness cues stop where their clause stops (branch crit7b).

Each frame that discards a harm word as the condition's, counts a study's participants or
sets a comparison group aside as another trial's is read only within its own clause: a
contrast word, a relative clause, a new verb or a comparison of the intervention's own harms
ends it. Each test holds the class that must count and the class that must still be set
aside (the sentences are written for the tests, from the mechanism)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import Article, article, support
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

GEL = "# Knee gel\n\nThe knee gel eased pain in a trial of 300 adults, researchers said.\n"


def _art(text: str) -> Article:
    return article(parse_document("a.md", text, "markdown"))


def _harms(sentence: str) -> int:
    return support(_art(GEL + sentence + "\n"), "harms")


@pytest.mark.parametrize("sentence", [
    # a contrast word or a relative clause turns from what it lessens to what it causes
    "The gel relieved stiffness but can cause skin rash in some users.",
    "It is a treatment for stiffness that may cause headaches.",
    "Users should avoid sun because it causes rash.",
    # the people treated, not the condition treated
    "Adults treated with the gel had headaches more often than those on the dummy gel.",
    # a warning names who should not use it
    "Doctors warn against the gel in people with bleeding problems.",
    # its own harm, compared with another's
    "The gel caused less rash than the older cream.",
    # a last "and" item that opens a clause of its own is no longer what was lessened (crit7c)
    "It relieved swelling, and dizziness hit two in ten users.",
    "The gel lessened soreness, and rashes were seen in 5 percent of users.",
])
def test_a_lessening_frame_ends_at_its_object(sentence: str) -> None:
    assert _harms(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "The gel may also reduce the risk of repeated infections.",
    "It lowers the chance of flare-ups and headaches.",
    "It is a defense against repeated infections.",
    "Fewer complications followed than after surgery.",
])
def test_what_the_intervention_lessens_is_still_the_condition(sentence: str) -> None:
    assert _harms(sentence) == 0


@pytest.mark.parametrize("sentence", [
    # side effects and complications are the intervention's, never the condition's symptoms
    "Users of the gel suffered side effects such as rash.",
    "A few users suffered serious complications.",
    # "sufferers" names people; the verb of the harm is another
    "Knee pain sufferers who used the gel reported dizziness.",
    "Two users suffered from nausea after using the gel.",
])
def test_suffering_a_harm_of_the_intervention_counts(sentence: str) -> None:
    assert _harms(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "Many people suffer from chronic headaches, or migraine, as well as knee pain.",
    "People who suffer from dizziness often fall.",
    "People with the disease often suffer from chronic joint pain, stiffness, fatigue and headaches.",
    # one suffers a condition with or without "from" (crit7c)
    "Many older adults suffer dizziness and chronic fatigue.",
])
def test_suffering_from_the_condition_is_no_harm(sentence: str) -> None:
    assert _harms(sentence) == 0


@pytest.mark.parametrize("sentence", [
    # the list ends where a new clause begins
    "Symptoms of arthritis include swelling, and the gel causes rash.",
    # symptoms told as what followed the treatment are its harms
    "Some users developed symptoms such as rash and itching after using the gel.",
    "Four users reported symptoms such as nausea.",
])
def test_a_symptom_list_stops_at_a_new_clause_and_after_the_treatment(sentence: str) -> None:
    assert _harms(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "Symptoms of arthritis include swelling, fatigue and headaches.",
    "Symptoms such as itching and irritation are common in arthritis.",
    "People who develop symptoms such as dizziness should see a doctor.",
    # a symptom may carry its own clause; symptoms had before the study are an entry criterion (crit7c)
    "Symptoms of gout include swelling when walking, fatigue and dizziness.",
    "The study took in people who had symptoms such as dizziness and nausea for a year.",
])
def test_the_conditions_symptom_list_is_no_harm(sentence: str) -> None:
    assert _harms(sentence) == 0


# --- the study's own participants --------------------------------------------------------

TRIAL = "# Sleep band\n\nAcme announced results for its sleep band. {} Those on the band slept longer than those on a sham band.\n"


@pytest.mark.parametrize(("sentence", "size"), [
    ("The randomized trial enrolled 3 million women.", 3_000_000),
    ("The randomized trial enrolled 15 000 adults.", 15_000),
    ("The randomized trial enrolled 15\u00a0000 adults.", 15_000),
    ("The randomized trial enrolled 2.400 adults.", 2_400),
    ("The randomized trial recruited 218 healthy, older women.", 218),
    ("A randomized study of 1,045 patients was done.", 1_045),
    # no people counted: sites, arms, animals
    ("The randomized trial involved 25 clinics across Europe.", None),
    ("The placebo-controlled trial included 4 arms.", None),
    ("The placebo-controlled study randomized 60 rats.", None),
    # how common the condition is, not who was studied
    ("The randomized trial enrolled 90 adults. Poor sleep troubles 40,000 people in Leeds.", 90),
    ("The randomized trial enrolled 90 adults; 35 percent of the adults were men.", 90),
    # the number next to the noun: not a part of a whole, a price, a dose or a phase (crit7c)
    ("In the randomized trial, 45 of the 210 women slept longer.", 210),
    ("The randomized trial gave 400 mg to 70 men daily.", 70),
    ("The randomized trial offered £100 to 70 volunteers.", 70),
    ("In the phase 3 randomized trial 500 adults took part.", 500),
    ("In phase 3 500 adults were randomized.", 500),
    # a trial still to come has no participants of this one
    ("The randomized trial enrolled 90 adults. Acme will start a randomized trial of 900 adults in May.", 90),
])
def test_sample_size_counts_the_studys_people(sentence: str, size: int | None) -> None:
    assert _art(TRIAL.format(sentence)).sample_size() == size


# --- a comparison group planned or of other studies ----------------------------------------

RELEASE = ("# Acme Pharma announces asthma results\n\nBOSTON, May 4, 2026 /PRNewswire/ -- Acme Pharma (NASDAQ: ACME) "
           "today announced results for its asthma tablet in 900 adults. {}\n\nAbout Acme Pharma\n\n"
           "Acme Pharma is a biopharmaceutical company based in Boston.\n")


@pytest.mark.parametrize("sentence", [
    "One group took the tablet and another took a placebo tablet.",
    "The ongoing randomized trial enrolled 900 adults.",
    "Those on the tablet needed fewer inhalers than those on placebo.",
    "Through a randomized design, the team compared the tablet with a dummy tablet.",
    "The placebo-controlled trial enrolled 900 adults.",  # the compound, hyphen and all
])
def test_the_studys_own_comparison_group_counts(sentence: str) -> None:
    art = _art(RELEASE.format(sentence))
    assert art.controlled_sentences() == [art.sentence_of(art.doc.text.index(sentence), art.doc.text.index(sentence))]


@pytest.mark.parametrize("sentence", [
    "Our next step will be a randomized trial.",
    "Future placebo-controlled trials should test the tablet in children.",
    "Several randomized trials of other tablets have shown the same.",
    "Other placebo-controlled studies found a smaller effect.",
    "Randomized trials are needed to confirm the result.",
    # a plan, a wish, a trial just launched or begun (crit7c)
    "Acme plans a randomized trial next year.",
    "The team would like to run a randomized study.",
    "Acme has launched a randomized trial in 2,000 adults.",
    "Acme has begun a double-blind trial in Canada.",
])
def test_a_planned_trial_or_other_studies_are_not_its_comparison_group(sentence: str) -> None:
    assert _art(RELEASE.format(sentence)).controlled_sentences() == []


def test_a_call_for_randomized_trials_states_a_limit() -> None:
    art = _art(RELEASE.format("Randomized trials are needed to confirm the result."))
    assert len(art.limitation_sentences()) == 1
    assert _art(RELEASE.format("Our next step will be a randomized trial.")).limitation_sentences() == []


# --- what is no limit of the study ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "limits"), [
    # the caveat word inside the phrase is dropped, not the rest of its sentence
    ("Until now, data on the tablet were limited.", 0),
    ("Until now, data on the tablet were limited, and the trial was small.", 1),
    ("Until now, data were scarce, and the trial was limited to one clinic.", 1),
    ("Many patients have physical limitations, and the study was small.", 1),
    ("Many patients have physical limitations.", 0),
    # a company's safe-harbor sentence is boilerplate through and through
    ("These statements involve risks and uncertainties, and results may differ; they are limited to today.", 0),
])
def test_no_limit_phrases_drop_their_caveat_not_the_sentence(sentence: str, limits: int) -> None:
    assert len(_art(RELEASE.format(sentence)).limitation_sentences()) == limits


# --- the finding's advice -----------------------------------------------------------------

SMALL = ("# Acme Health announces sleep band results\n\nBOSTON, May 4, 2026 /PRNewswire/ -- Acme Health (NASDAQ: ACME) "
         "today announced results from a randomized, sham-controlled study of its sleep band. The study randomized "
         "60 adults with insomnia to the band or a sham band at three clinics. It was a phase 2 trial that ran for "
         "twelve weeks. Adults on the band slept 40 minutes longer than those on the sham band, a double-blind "
         "comparison. The trial's design was prospective and its sample came from three sleep clinics. {}"
         "The company said in a statement today that it will ask regulators for approval.\n\nAbout Acme Health\n\n"
         "Acme Health is a device company based in Boston.\n")


def test_a_small_controlled_trial_is_told_its_size_not_to_name_a_comparison_group() -> None:
    found = lint_text(SMALL.format(""), select=["CMP004"])
    assert [f.code for f in found] == ["CMP004"]
    assert "size" in found[0].message and "60 people" in found[0].message
    assert "name the comparison group" not in found[0].message
    assert lint_text(SMALL.format("The trial was small, and the result needs to be confirmed. "), select=["CMP004"]) == []
