"""Branch crit20: CMP007 asks news reports and press releases for one sentence on the existing
options.

Written for the tests, from the mechanism. The expert verdicts on the development releases
choose one sentence that names the options or compares with them, without counting each other
treatment the article names (crit19's benchmark warned the shipped two-with-others was not
their choice): a release that compares with "standard open surgery" once has compared; one
that names methotrexate twice as part of the combination has not. Consumer guides and product
pages keep counting the options they name (``others-consumer``): they list them by name under
a heading.
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


# --- ordinary careful passages of my own: each names the existing options once; the seven still
# flagged tell the care people are given now in words no cue list reads (a cue miss) --------

@pytest.mark.parametrize(("name", "codes"), [
    ("p01_news_statin_intolerant.txt", ("CMP007",)),
    ("p02_release_surgery_standard.txt", ()),
    ("p03_news_uk_nerve_pain.txt", ("CMP007",)),
    ("p04_release_transplant_only.txt", ("CMP007",)),
    ("p05_news_back_pain.txt", ()),
    ("p06_news_cbt_instead.txt", ("CMP007",)),
    ("p07_release_jab_alternative.txt", ()),
    ("p08_news_steroids_now.txt", ("CMP007",)),
    ("p09_blog_methotrexate_first.txt", ("CMP007",)),
    ("p10_news_coil_or_acid.txt", ("CMP007",)),
    ("p11_release_vs_surgery_uk.txt", ()),
    ("p12_news_watchful_waiting.txt", ()),
    ("p13_news_lifestyle.txt", ("CMP007",)),
    ("p14_release_older_drug.txt", ()),
    ("p15_news_uk_surgery_vs_physio.txt", ()),
])
def test_ordinary_passages(name: str, codes: tuple[str, ...]) -> None:
    found = lint_text((PROBES / name).read_text(encoding="utf-8"), kind="text", select=["CMP007"], path=name)
    assert tuple(sorted({f.code for f in found})) == codes
