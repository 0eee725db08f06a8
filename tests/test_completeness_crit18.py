"""Branch crit18: results told only in surrogate measures (``Article.surrogate_outcomes``).

Written for the tests, from the mechanism: a result told in two result sentences or more in
measures of the body (a cholesterol level, a blood pressure, a tumour's size, a marker of
inflammation) and in nothing else is told in surrogates; a result that also says how patients
fared (heart attacks, strokes, deaths, pain, quality of life, relapses, infections), a measure
named once or only as who took part ("adults with high cholesterol"), a question, a
mechanism and a test's own measurements are not. CMP004's finding names the surrogates; it
flags no article it did not flag before."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import Article, article
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

#: A release on the coined pill Corvalex, with three sentences to vary.
RELEASE = """FOR IMMEDIATE RELEASE

# {title}

BOSTON, May 4 -- Researchers at Acme University reported in the journal Heart Matters that the
pill Corvalex {s1} {s2} {s3}

The work was funded by the National Institutes of Health. Corvalex costs about $20 a month.
"""


def _art(title: str, s1: str, s2: str, s3: str = "") -> Article:
    return article(parse_document("a.txt", RELEASE.format(title=title, s1=s1, s2=s2, s3=s3), "text"))


def _surrogates(*parts: str) -> list[str]:
    return [m.text for m in _art(*parts).surrogate_outcomes()]


@pytest.mark.parametrize("parts", [
    ("Corvalex study results", "lowered LDL cholesterol in 120 adults.",
     "In the trial, blood pressure fell by 8 points with Corvalex."),
    ("New pill shrinks tumours", "reduced tumour size by 30 percent in a trial of 60 patients.",
     "Researchers said Corvalex also lowered blood levels of a cancer marker by half."),
    ("Pill for bones", "improved bone density in 200 women.",
     "In the study, markers of bone turnover dropped by 20 percent with Corvalex."),
    ("Tablet trial", "reduced inflammatory markers in 90 volunteers.",
     "The team found that Corvalex lowered C-reactive protein by a quarter."),
    # a headline promising a clinical result over results told in blood pressure
    ("Corvalex eases symptoms", "lowered blood pressure in 200 adults.",
     "Blood pressure fell by 10 points in the trial."),
])
def test_results_told_only_in_measures_of_the_body_are_surrogates(parts: tuple[str, ...]) -> None:
    assert _surrogates(*parts)


@pytest.mark.parametrize("parts", [
    # a clinical outcome among the results
    ("Corvalex cuts heart attacks", "lowered LDL cholesterol in 120 adults.",
     "In the trial, heart attacks fell by a third with Corvalex."),
    ("Corvalex trial", "lowered blood pressure in 5,000 adults.",
     "Fewer people died in the Corvalex group, and cholesterol fell too."),
    ("Corvalex trial", "lowered blood pressure by 10 points in 2,000 adults.", "Strokes fell by a fifth in the study."),
    ("Corvalex eases pain", "reduced pain scores in 120 adults.", "Blood pressure was also lower in the study."),
    ("Survival study", "extended survival by four months in 300 patients.", "Tumour size shrank by a third in the trial."),
    ("Corvalex study", "improved quality of life in 120 adults.", "In the trial, blood pressure fell with Corvalex."),
    ("Vaccine trial", "raised antibody levels in 300 adults.", "In the trial, Corvalex cut infections by half."),
    ("Corvalex trial", "reduced relapses in 400 people.", "MRI scans showed fewer lesions in the study."),
    ("Corvalex trial", "lowered blood pressure in 200 adults.",
     "Patients said they felt better, and blood pressure fell by 10 points in the study."),
    # a measure named once, or as who took part, or as background
    ("Corvalex study", "lowered LDL cholesterol in 120 adults.", "Corvalex is taken once a day."),
    ("Corvalex study", "helps people with high blood pressure.", "Patients with high cholesterol often take statins.",
     "Corvalex reduced strokes by 20 percent in 3,000 adults."),
    ("Corvalex study", "was tested in 120 adults with high cholesterol.", "Cholesterol is a fatty substance in the blood.",
     "Corvalex improved how far they could walk."),
    # the review of the first corpus findings: an antibody that is the treatment, a biomarker
    # that picks patients, a weight-loss result, a disease as the outcome, bleeding
    ("Corvalex antibody study", "is an antibody that reduced fat in 60 mice.",
     "In the study, the antibody also improved bone strength in the mice."),
    ("Corvalex study", "helped 120 adults, and the team identified biomarkers that predict who benefits.",
     "Researchers found biomarkers of response in the trial."),
    ("Corvalex diet trial", "helped 120 adults keep off weight for a year and lowered their cholesterol.",
     "In the study, blood pressure also fell by 5 points."),
    ("Corvalex and memory", "lowered blood levels of a protein in 300 adults.",
     "In the study, those with lower blood levels developed Alzheimer's two years later."),
    ("Corvalex in preemies", "improved blood pressure in 200 babies.",
     "In the trial, babies on Corvalex had better blood pressure and less bleeding into the brain."),
    # how it works, a question, no change
    ("Corvalex study", "works by blocking an enzyme that makes cholesterol.", "It was tested in 120 adults."),
    ("Corvalex study", "was tested in 120 adults.", "Does it lower blood pressure?", "Would it lower cholesterol?"),
    ("Corvalex study", "was tested in 120 adults.", "Blood pressure did not change, and cholesterol stayed the same."),
])
def test_a_clinical_result_or_a_measure_in_passing_is_no_surrogate(parts: tuple[str, ...]) -> None:
    assert _surrogates(*parts) == []


GUIDE = "# {title}\n\n{body}\n"


@pytest.mark.parametrize(("title", "body"), [
    # a test measures the body by design
    ("New blood test spots heart risk", "A new blood test measures levels of a protein called troponin. In a study of "
     "2,000 patients, the test found raised levels in 90 percent of those who had heart damage. Blood levels of the "
     "protein rose within an hour."),
    # a denial the writer debunks, with a clinical result
    ("Corvalex rumours debunked", "Some websites claim Corvalex raises blood pressure. In a trial of 3,000 adults it "
     "did not raise blood pressure, and cholesterol fell by a fifth. Fewer patients had strokes in the Corvalex group."),
    # a forum post about one's own measurements
    ("My blood pressure diary", "I started walking every morning last spring. My doctor checks my blood pressure "
     "every month and my cholesterol twice a year. Walking helped my mood more than anything. I feel better than I "
     "have in years."),
    ("Omega-3 guide", "Fish oil capsules are widely sold. Trials found they lowered triglycerides by a quarter. In "
     "large trials they did not reduce heart attacks. They cost about $15 a month."),
])
def test_guides_tests_and_posts_that_stay_quiet(title: str, body: str) -> None:
    art = article(parse_document("a.md", GUIDE.format(title=title, body=body), "markdown"))
    assert art.surrogate_outcomes() == []


def test_a_supplement_guide_told_only_in_blood_pressure_and_cholesterol_is_one() -> None:
    body = ("Garlic supplements are sold as tablets and oils. A review of trials found garlic lowered blood pressure by "
            "a few points. Other studies found it lowers cholesterol a little. Garlic can cause bad breath and "
            "heartburn. A month's supply costs about $10.")
    art = article(parse_document("a.md", GUIDE.format(title="Garlic supplements: a buyer's guide", body=body),
                                 "markdown"))
    assert [m.text.lower() for m in art.surrogate_outcomes()] == ["blood pressure", "cholesterol"]


SHORT_RELEASE = """FOR IMMEDIATE RELEASE

# Acme pill Corvalex lowers cholesterol

BOSTON, May 4 -- Researchers at Acme University said the pill Corvalex lowered LDL cholesterol by a
third. In the study, blood pressure also fell by 8 points with Corvalex, the team reported. {extra}
Corvalex is made by Acme Pharma, which paid for the work. It costs about $20 a month and is
taken once a day with food. Heart disease is the leading cause of death in the country, and many
adults take a pill for it every day. Corvalex will be sold in pharmacies from next spring, the
company said, and doctors will be able to prescribe it to adults of any age.
"""


def test_cmp004_names_the_surrogates_where_it_flags() -> None:
    found = [f for f in lint_text(SHORT_RELEASE.format(extra=""), select=["CMP004"]) if f.code == "CMP004"]
    assert len(found) == 1
    assert "measures of the body ('ldl cholesterol' and 'blood pressure')" in found[0].message
    assert found[0].evidence["surrogates"] == ["LDL cholesterol", "blood pressure"]
    assert [r.message for r in found[0].related if r.message.startswith("surrogate:")] == [
        "surrogate: 'LDL cholesterol'", "surrogate: 'blood pressure'"]


def test_cmp004_says_nothing_of_surrogates_when_a_clinical_result_is_told() -> None:
    text = SHORT_RELEASE.format(extra="Fewer patients had heart attacks in the study.")
    found = [f for f in lint_text(text, select=["CMP004"]) if f.code == "CMP004"]
    assert found and all("measures of the body" not in f.message for f in found)
    assert all("surrogates" not in f.evidence for f in found)


GARLIC_GUIDE = """# Garlic supplements: a buyer's guide

Garlic supplements are sold as tablets, capsules and oils in most pharmacies and health shops.
A review of trials found that garlic lowered blood pressure by a few points in people with high
blood pressure. Other studies found garlic lowers cholesterol a little. Garlic can cause bad
breath, heartburn and, rarely, bleeding problems in people on blood thinners. A month's supply
costs about $10. Talk to your pharmacist before you start if you take other medicines, and
remember that a supplement is not a replacement for the medicines your doctor prescribes.
"""


def test_cmp004_asks_a_supplement_guide_how_people_fared() -> None:
    """A guide's reader is no patient: the message asks how people fared, and a harm named
    outside the results ("bleeding problems") is no clinical result."""
    found = [f for f in lint_text(GARLIC_GUIDE, select=["CMP004"]) if f.code == "CMP004"]
    assert len(found) == 1
    assert "measures of the body ('blood pressure' and 'cholesterol'), which may not show how people fare" \
        in found[0].message
