"""Branch crit20: CMP007 asks news reports and press releases for one sentence on the existing
options, and reads the care people are given now in plain words (``[alternatives] usual``).

Written for the tests, from the mechanism. The expert verdicts on the development releases
choose one sentence that names the options or compares with them, without counting each other
treatment the article names (crit19's benchmark warned the shipped two-with-others was not
their choice): a release that compares with "standard open surgery" once has compared; one
that names methotrexate twice as part of the combination has not. Consumer guides and product
pages keep counting the options they name (``others-consumer``): they list them by name under
a heading. The plain-word reading counts "patients who cannot take statins are usually offered
ezetimibe", "many GPs prescribe amitriptyline", "most people start on methotrexate", "the only
option has been a transplant", "can try talking therapy instead", but not a doctor's verb without
a habit ("doctors prescribed the drug to 40 patients"), people "given" the trial's treatment,
or a sentence that names the article's own intervention ("many doctors now prescribe Zentrol").
Every passage is coined (the drugs Zentrol, Lorvazin and others are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.api import lint_text

PROBES = Path(__file__).parent / "data" / "crit20_probes"

RELEASE = """FOR IMMEDIATE RELEASE

Westbrook University: Zentrol eases migraine in a trial

WESTBROOK, May 4 -- Adults with migraine who took Zentrol, a monthly injection, had two fewer
migraine days a month after six months, researchers at Westbrook University report in the journal
Headache Research. The trial enrolled 420 adults at nine clinics. {slot} Injection-site soreness
was the most common side effect, and two people stopped because of rashes. Zentrol is not yet
approved, and the company plans to apply next year.

Media contact: Jo Bell, 555-0101
"""


def _cmp007(text: str, **options: object) -> list[str]:
    rules = {"CMP007": options} if options else None
    return [f.message for f in lint_text(text, kind="text", select=["CMP007"], path="r.txt", options=rules)]


# --- one sentence on the options is enough; another treatment merely named is no option ---

@pytest.mark.parametrize("slot", [
    "In the trial, Zentrol was compared with standard preventive treatment.",
    "Unlike the older pill, topiramate, Zentrol needs no daily dosing.",
    "Current treatments include beta blockers and topiramate.",
    "Zentrol worked about as well as topiramate but caused less tingling.",
    "The jab could be an alternative for people who cannot swallow tablets.",
])
def test_one_sentence_on_the_options_passes_a_release(slot: str) -> None:
    assert _cmp007(RELEASE.format(slot=slot)) == []


@pytest.mark.parametrize("slot", [
    # another drug named twice, in the combination: no option the reader could choose
    "Half of the volunteers also took metoprolol, and metoprolol doses were kept steady.",
    # a placebo is no option
    "Zentrol worked better than a placebo injection.",
    # comparison words about the study's people or its figures
    "Women had more migraine days than men at the start.",
    "Results were compared with last year's figures.",
    "Another 12 patients needed rescue medication.",
])
def test_no_option_is_flagged_in_a_release(slot: str) -> None:
    messages = _cmp007(RELEASE.format(slot=slot))
    assert len(messages) == 1
    assert "not compared with the alternatives" in messages[0]


# --- the care people are given now, in plain words ([alternatives] usual) -------------------

@pytest.mark.parametrize("slot", [
    "Patients who cannot take triptans are usually offered a nerve block.",
    "Many GPs prescribe amitriptyline for frequent migraine.",
    "Doctors currently treat the condition with beta blockers.",
    "Most people with chronic migraine start on topiramate.",
    "Until now, the only option for these patients has been daily tablets.",
    "Relaxation training and regular sleep are the first steps doctors recommend.",
    "People who dislike needles can try acupuncture instead.",
    "Most women with menstrual migraine are offered a short course of painkillers.",
    "In Britain the NHS usually offers botulinum toxin injections after three failed drugs.",
    "Beta blockers and relaxation training are also recommended for frequent migraine.",
])
def test_usual_care_in_plain_words_counts(slot: str) -> None:
    assert _cmp007(RELEASE.format(slot=slot)) == []


@pytest.mark.parametrize("slot", [
    # the trial's own doctors and people, no habit: no option
    "Doctors prescribed Zentrol to 40 patients in the first month.",
    "Patients were given the injection in the upper arm.",
    "Your doctor may prescribe Zentrol if headaches come often.",
    # the article's own intervention, with a doctor's habit or as a first choice
    "Many neurologists now prescribe Zentrol off label.",
    "Zentrol could become the first choice for people with frequent attacks.",
    "Most patients start on a low dose of Zentrol.",
    # the same words about something else
    "The only side effect most people noticed was a sore arm.",
    "Most of the side effects are given in the table.",
    "Take the injection in the morning instead.",
    "The main approach of the study was to count headache days.",
    "Some doctors use diaries to count headache days.",
    # a dose or advice is no option (corpus shapes, crit20's review): "some" doctors, "advised to"
    "Some doctors suggest doubling the dose for heavier adults.",
    "Pregnant women are generally advised to limit caffeine.",
    # the intervention itself "also used": its own status
    "Zentrol is also used to prevent cluster headaches.",
    "A similar jab is also being tested for cluster headaches.",
])
def test_the_same_words_without_an_option_are_still_flagged(slot: str) -> None:
    assert len(_cmp007(RELEASE.format(slot=slot))) == 1


# --- consumer guides keep counting the options they name (others-consumer) -----------------

GUIDE = """# Vitamin K2 for your bones: a plain guide

Vitamin K2 is sold as a supplement for bone health. Small studies suggest it may slow bone loss a
little in women after menopause, but the evidence is weak and the trials were short.

## Other ways to look after your bones

- Walking and strength exercise build bone and help prevent falls. Exercise is free.
- Calcium from dairy foods or leafy greens keeps bones supplied. Calcium tablets help people who eat little dairy.

Vitamin K2 is generally safe, but it interacts with warfarin: ask your pharmacist first.
"""


def test_a_guide_that_lists_the_options_by_name_passes() -> None:
    assert _cmp007(GUIDE) == []


def test_a_guide_without_others_counted_is_flagged() -> None:
    assert len(_cmp007(GUIDE, **{"others-consumer": False})) == 1


# --- ordinary careful passages of my own: each names the existing options once --------------

@pytest.mark.parametrize(("name", "codes"), [
    ("p01_news_statin_intolerant.txt", ()),
    ("p02_release_surgery_standard.txt", ()),
    ("p03_news_uk_nerve_pain.txt", ()),
    ("p04_release_transplant_only.txt", ()),
    ("p05_news_back_pain.txt", ()),
    ("p06_news_cbt_instead.txt", ()),
    ("p07_release_jab_alternative.txt", ()),
    ("p08_news_steroids_now.txt", ()),
    ("p09_blog_methotrexate_first.txt", ()),
    # the analysis reads the option ("tranexamic acid tablets") as the article's subject, so its
    # sentence names the subject and counts for nothing: a subject misread, recorded
    ("p10_news_coil_or_acid.txt", ("CMP007",)),
    ("p11_release_vs_surgery_uk.txt", ()),
    ("p12_news_watchful_waiting.txt", ()),
    ("p13_news_lifestyle.txt", ()),
    ("p14_release_older_drug.txt", ()),
    ("p15_news_uk_surgery_vs_physio.txt", ()),
])
def test_ordinary_passages(name: str, codes: tuple[str, ...]) -> None:
    found = lint_text((PROBES / name).read_text(encoding="utf-8"), kind="text", select=["CMP007"], path=name)
    assert tuple(sorted({f.code for f in found})) == codes


# --- stray comparisons that compare with no option (read in the corpus findings) -----------

@pytest.mark.parametrize("slot", [
    "Doing something is better than nothing, the lead author said.",
    "The link is an association rather than a cause-and-effect.",
    "The finding may reflect chance rather than a real effect of the jab.",
])
def test_a_stray_comparison_is_no_option(slot: str) -> None:
    assert len(_cmp007(RELEASE.format(slot=slot))) == 1


@pytest.mark.parametrize("slot", [
    "Zentrol worked better than topiramate in a head-to-head trial.",
    "Some patients prefer a nasal spray rather than an injection.",
    "Patients can take Zentrol rather than daily tablets.",
])
def test_a_comparison_with_an_option_still_counts(slot: str) -> None:
    assert _cmp007(RELEASE.format(slot=slot)) == []
