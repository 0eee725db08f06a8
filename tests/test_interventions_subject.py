"""The article's subject is an intervention, not the physiology its story explains: a
substance the body makes itself ("the pancreas secretes insulin") is the subject only when the
article tells it as given ("insulin injections", "taking melatonin") (issue 15, subject20).

Every example is coined for this file (coined product names, own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.analysis.interventions import find_in_text
from lint_rules.api import lint_text

# -- a body substance told as physiology is no candidate --------------------------------------

@pytest.mark.parametrize(("title", "text", "gone"), [
    # news report on sugary drinks
    ("Sweet drinks and the hungry brain",
     "Volunteers drank a sweet drink before a brain scan. Insulin rose sharply after the glucose "
     "drink. The pancreas releases insulin when sugar reaches the blood, and insulin tells the "
     "brain the body is fed. Fructose barely moved insulin, the team said.", "insulin"),
    # consumer guide on sleep habits
    ("Why screens keep you awake",
     "Bright screens at night delay melatonin. The brain makes melatonin as the light fades, and "
     "melatonin tells the body it is time to sleep. Dim the lights an hour before bed.", "melatonin"),
    # blog post on exercise and mood
    ("Running and your mood",
     "A long run helps the brain produce more serotonin. Serotonin shapes mood and appetite. "
     "Runners often say serotonin explains the calm after a race.", "serotonin"),
    # British spelling, a press release on menopause research
    ("Oestrogen and bone strength after the menopause",
     "Oestrogen falls at the menopause, and bone thins as oestrogen falls. The ovaries make less "
     "oestrogen each year, the researchers explained.", "oestrogen"),
    # forum post on stress
    ("", "Stress makes the body pump out cortisol. Cortisol keeps you alert. Too much cortisol for "
     "weeks wears you down, and cortisol stays high when you sleep badly.", "cortisol"),
    # testosterone in an ageing story
    ("Men lose testosterone with age",
     "Testosterone drops slowly after forty. Testosterone keeps muscle strong, and men who sleep "
     "less make less testosterone, a survey found.", "testosterone"),
])
def test_a_body_substance_told_as_physiology_is_not_the_subject(title: str, text: str, gone: str) -> None:
    r = find_in_text(text, title=title)
    assert r.main is None or r.main.name != gone
    assert gone not in {i.name for i in r.all}


def test_a_body_substance_told_as_physiology_is_still_a_thing_named() -> None:
    text = ("Insulin rose after the glucose drink. The pancreas releases insulin when sugar reaches "
            "the blood. Insulin tells the brain the body is fed.")
    r = find_in_text(text)
    assert "insulin" in {i.name for i in r.arms}  # as a measure is: another thing than the subject
    assert r.main is None or r.main.name != "insulin"


# -- the same substances told as given stay the subject (hard negatives) -----------------------

@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Insulin nasal spray tested for memory",
     "Adults with memory loss used a nasal spray of insulin twice daily. Those given 40 units of "
     "insulin recalled more words. Insulin did not change blood sugar, the team said.", "insulin"),
    ("", "Insulin injections lowered blood sugar in the trial of the new schedule. Insulin was "
     "injected before breakfast. Insulin doses fell by a fifth.", "insulin"),
    ("Melatonin for jet lag: a guide",
     "Melatonin helps you fall asleep sooner after a long flight east. Melatonin is sold in most "
     "chemists. Melatonin works best on the first night.", "melatonin"),
    ("Should you take melatonin for jet lag?",
     "Taking melatonin an hour before bed may help. Melatonin tablets are sold in most chemists. "
     "Melatonin is safe for short use, pharmacists say.", "melatonin"),
    ("", "Men prescribed testosterone gel had more energy after a year. Testosterone can raise the "
     "red cell count, so doctors check blood every few months. Testosterone therapy costs little.",
     "testosterone"),
    ("Hormone patch eases hot flushes",
     "Women using an oestrogen patch had fewer hot flushes. Oestrogen patches release a steady dose. "
     "Oestrogen was well tolerated.", "oestrogen patch"),
])
def test_a_body_substance_told_as_given_stays_the_subject(title: str, text: str, expected: str) -> None:
    main = find_in_text(text, title=title).main
    assert main is not None and main.name == expected


def test_a_cue_of_giving_far_from_the_substance_does_not_count() -> None:
    text = ("Nurses took blood samples every hour to measure glucose, fructose and then insulin. "
            "Insulin climbed after the glucose drink. The pancreas makes insulin.")
    assert "insulin" not in {i.name for i in find_in_text(text).all}


def test_a_supplement_the_body_does_not_make_is_unchanged() -> None:
    text = ("Magnesium helps muscles relax. Magnesium is found in nuts. The Calmora magnesium "
            "powder is mixed into water. Magnesium eased cramps in the study.")
    assert find_in_text(text).main is not None


# -- ordinary passages that tell the body's own substances as physiology ----------------------

_PROBES = sorted((Path(__file__).parent / "data" / "subject20_probes").glob("n*.md"))
_BODY = ("insulin", "melatonin", "serotonin", "oestrogen", "estrogen", "cortisol", "testosterone",
         "dopamine", "oxytocin", "ghrelin", "leptin", "adrenaline", "thyroid hormone",
         "growth hormone", "histamine")


@pytest.mark.parametrize("path", _PROBES, ids=lambda p: p.stem)
def test_no_completeness_finding_names_a_body_substance_told_as_physiology(path: Path) -> None:
    findings = lint_text(path.read_text(encoding="utf-8"), select=["CMP"],
                         options={c: {"min-words": 0} for c in ("CMP001", "CMP002", "CMP003", "CMP006")})
    named = {str(f.evidence.get("intervention") or "").lower() for f in findings}
    assert not named & set(_BODY), named
    assert not any(n.endswith(("system", "systems", "hormone", "hormones")) for n in named), named


def test_the_probes_are_fifteen_or_more() -> None:
    assert len(_PROBES) >= 15


# -- a body system or an organisation's "system" is no device ---------------------------------

@pytest.mark.parametrize("text", [
    "The vaccine trains the immune system to find the tumour. The immune system then attacks it. "
    "The immune system remembers the cells.",
    "Nerve pain starts in the central nervous system. The central nervous system sends signals "
    "that the nervous system cannot switch off.",
    "A faulty heart's electrical system causes the rhythm problem. The electrical system fires "
    "too fast. The heart's electrical system can be mapped.",
    "The NHS health-care system pays for the scan. The health system treats millions. Our health "
    "system is stretched, nurses say.",
    "Light at night confuses the circadian system. The circadian system sets sleep times.",
])
def test_a_body_system_or_a_health_system_is_no_candidate(text: str) -> None:
    assert not any(i.name.endswith(("system", "systems")) for i in find_in_text(text).all)


@pytest.mark.parametrize(("text", "kept"), [
    ("Surgeons used the Trivane robotic system. The robotic system costs two million pounds. "
     "The robotic system shortened stays.", "robotic system"),
    ("The hormonal intrauterine system releases a small dose. The intrauterine system lasts five "
     "years.", "intrauterine system"),
    ("The scalp cooling system chills the head during chemotherapy. The cooling system saved hair "
     "in half the women.", "cooling system"),
    ("A drug that calms the immune system, velrunimab, cut flares. Velrunimab is injected weekly. "
     "Velrunimab costs less than older drugs.", "velrunimab"),
])
def test_a_device_system_or_an_immune_system_drug_keeps_its_name(text: str, kept: str) -> None:
    names = {i.name for i in find_in_text(text).all}
    assert any(n.endswith(kept) for n in names), names


# -- a phrase headed by "hormone" is a body substance too --------------------------------------

@pytest.mark.parametrize("text", [
    "The male hormone falls with age. The male hormone shapes muscle, and the male hormone is lower "
    "in men who sleep badly.",
    "Stress raises the stress hormone within minutes. The stress hormone keeps us alert. Long "
    "stress keeps the stress hormone high.",
    "The heart hormone rises when the heart is strained. Doctors read the heart hormone as a sign "
    "of failure. The heart hormone fell after rest.",
])
def test_a_hormone_phrase_told_as_physiology_is_not_the_subject(text: str) -> None:
    assert not any(i.name.endswith("hormone") for i in find_in_text(text).all)


@pytest.mark.parametrize(("text", "kept"), [
    ("Children taking growth hormone grew four centimetres more. Growth hormone is injected "
     "nightly. Growth hormone costs thousands a year.", "growth hormone"),
    ("Women on hormone therapy had fewer hot flushes. Hormone therapy raised the risk of clots "
     "slightly. Hormone therapy is prescribed for five years.", "hormone therapy"),
    ("Patients prescribed thyroid hormone felt less tired. Thyroid hormone tablets are cheap. "
     "Thyroid hormone doses are checked yearly.", "thyroid hormone"),
])
def test_a_hormone_told_as_given_stays_a_candidate(text: str, kept: str) -> None:
    assert kept in {i.name for i in find_in_text(text).all}
