"""Branch crit19: a status or a comparison is said of something used.

Written for the tests, from the mechanism: HealthNewsReview.org asks whether the story
establishes the availability of *the treatment, test, product or procedure* and how *it*
compares with the existing options. "Approved", "available", "on the market" (``[availability]
status``) and "better than", "compared with the standard", "outperformed" (``[alternatives]
compare``) count towards CMP008 and CMP007 only in a sentence about an intervention: one that
names the article's intervention or another option, the sentence right after a name, where
"it" and "the drug" refer back, or one that refers to an intervention by a definite word of its
kind ("the pill", "this injection": ``interventions.refers_by_kind``; not by "it" or "they",
which stand for the study as often) (``completeness.SAID_OF_INTERVENTION``). The same words said of the study, its data, its
ethics board or its people give the reader nothing about what they could use. Every example is
coined (the drug Torvimab, the town of Westbrook)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

#: A press release on a coined drug: one sentence to vary, placed after a sentence that names
#: no intervention, so the varied sentence stands on its own.
RELEASE = """FOR IMMEDIATE RELEASE

# Westbrook University: Torvimab and memory

WESTBROOK, May 4 -- Older adults who took the drug Torvimab for a year remembered more words,
researchers at Westbrook University reported in the journal Neurology. The team followed 300
adults in four towns for a year. {sentence} Memory was tested every three months.

Media contact: Jane Roe, 555-0100
"""


def _support(sentence: str, group: str) -> int:
    from lint_rules.analysis.completeness import article, support

    art = article(parse_document("a.txt", RELEASE.format(sentence=sentence), "text"))
    return support(art, group.split(".")[0], [group])


@pytest.mark.parametrize("sentence", [
    "Torvimab was approved by the Food and Drug Administration in 2019.",
    "Torvimab is given as a monthly injection. The drug is not yet approved anywhere.",
    "Torvimab is given as a monthly injection. It is available only to people enrolled in the trial.",
    "Torvimab is sold over the counter in pharmacies.",
    "A pill form of torvimab is planned. The pill went on the market in Canada last spring.",
    # referred to by a word of its kind, with no name in the sentence before
    "The pill went on the market in Canada last spring.",
    "This injection is available at most pharmacies.",
    "Metformin, by contrast, has been approved for decades.",
])
def test_status_of_an_intervention_counts(sentence: str) -> None:
    assert _support(sentence, "availability.status") == 1


@pytest.mark.parametrize("sentence", [
    "The study was approved by the university's ethics board.",
    "Full results are available from the journal's website.",
    "Data from all four towns were available for the analysis.",
    "Volunteers were approved for the study after an interview.",
    "Interpreters were available in three languages.",
    "Word lists were licensed from a language institute.",
    # "it" refers to the study as often as to the drug: no reference by kind
    "It was approved by the ethics board in 2019.",
    "They were available for interviews after each visit.",
])
def test_status_of_the_study_does_not_count(sentence: str) -> None:
    assert _support(sentence, "availability.status") == 0


@pytest.mark.parametrize("sentence", [
    "Torvimab worked better than donepezil, the usual first drug.",
    "Torvimab is given as a monthly injection. The drug was safer than the older pills doctors use now.",
    "It outperformed standard care on two memory tests.",
    "Torvimab was compared with the standard treatment, donepezil.",
])
def test_comparison_of_an_intervention_counts(sentence: str) -> None:
    assert _support(sentence, "alternatives.compare") == 1


@pytest.mark.parametrize("sentence", [
    "Recall in the morning sessions was better than in the evening sessions.",
    "Volunteers in the northern towns outperformed those in the south.",
    "Scores in 2019 were no better than in 2015.",
    "Attendance in the towns was better than at the pilot sites last year.",
])
def test_comparison_of_the_study_does_not_count(sentence: str) -> None:
    assert _support(sentence, "alternatives.compare") == 0


# --- ordinary passages of my own (news, releases, a British guide, a forum post, a seller's
# page, a blog) that state availability and alternatives in many phrasings: the scope adds no
# CMP007 or CMP008 finding to any of them (those listed are main's as well: cue misses such as
# "doctors can prescribe it now" and "offered in most NHS hospitals", recorded in
# docs/benchmarks.md)

PROBES = Path(__file__).parent / "data" / "crit19_probes"


@pytest.mark.parametrize(("name", "codes"), [
    ("p01_news_drug_approved.txt", ("CMP008",)),
    ("p02_release_device_trial.txt", ()),
    ("p03_guide_supplement_uk.txt", ()),
    ("p04_news_surgery_uk.txt", ("CMP007", "CMP008")),
    ("p05_release_drug_phase2.txt", ()),
    ("p06_forum_post.txt", ("CMP007", "CMP008")),
    ("p07_product_page.txt", ()),
    ("p08_news_test.txt", ("CMP007", "CMP008")),
    ("p09_release_exercise.txt", ()),
    ("p10_news_vaccine.txt", ()),
    ("p11_guide_device.txt", ()),
    ("p12_release_surgery_new.txt", ()),
    ("p13_news_diet.txt", ("CMP007",)),
    ("p14_news_gene_therapy.txt", ("CMP007",)),
    ("p15_blog_statins.txt", ("CMP007",)),
    ("p16_release_app.txt", ("CMP008",)),
])
def test_ordinary_passages(name: str, codes: tuple[str, ...]) -> None:
    text = (PROBES / name).read_text(encoding="utf-8")
    found = sorted({f.code for f in lint_text(text, kind="text", select=["CMP007", "CMP008"], path=name)})
    assert tuple(found) == codes


@pytest.mark.parametrize(("text", "expected"), [
    ("the vaccine is approved", True),
    ("this device is sold online", True),
    ("our gummies are in stores", True),
    ("the tablets went on sale", True),
    ("it is approved", False),
    ("they were available", False),
    ("the study was approved", False),
    ("a vaccine could be approved", False),
])
def test_refers_by_kind(text: str, expected: bool) -> None:
    from lint_rules.analysis.interventions import refers_by_kind

    assert refers_by_kind(text) is expected
