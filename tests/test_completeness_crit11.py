"""Branch crit11: an animal study's stage, the causation caveat, past-tense result claims.

Written for the tests, from the mechanisms: a mouse study names its stage in "mice bred to …"
and "the treated mice", not only in "in mice"."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import article
from lint_rules.api import lint_text
from lint_rules.knowledge import past_forms
from lint_rules.parsing import parse_document

from test_completeness_overclaims import COHORT, MICE, TRIAL


def _evidence(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["CMP004"])]


@pytest.mark.parametrize("animals", ["mice bred to develop", "rats given a diet that causes", "the treated mice with"])
def test_an_animal_studys_stage_is_its_animals(animals: str) -> None:
    text = MICE.replace("mice bred to develop", animals).format(title="Acme University study of ZXR-410", claim="")
    found = _evidence(text)
    assert found and "stage" not in found[0]


def test_a_human_studys_stage_is_still_asked() -> None:
    found = _evidence(COHORT.format(title="Acme University study of vitamin D", claim=""))
    assert found and "stage" in found[0]


def _art(text: str):  # noqa: ANN202
    return article(parse_document("a.txt", text, "text"))


@pytest.mark.parametrize("sentence", [
    "Because the study was observational, it cannot prove that vitamin D causes a lower risk.",
    "The study found an association, not causation.",
    "The finding is only a link, and other lifestyle factors could explain it.",
    "Differences between the two groups may account for part of it.",
    "Residual confounding cannot be ruled out.",
    "The researchers cannot say that vitamin D directly led to the lower risk.",
    "This doesn't prove that vitamin D prevented the cancers.",
    "People who take supplements may differ in diet and exercise.",
    "A randomized trial is needed before anyone takes vitamin D for this.",
])
def test_the_causal_caveat_is_read_and_is_a_limitation(sentence: str) -> None:
    art = _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence))
    assert art.causal_caveats()
    assert art.causal_caveats()[0] in art.limitation_sentences()


@pytest.mark.parametrize("sentence", [
    # the adjustment is no caveat
    "The link held after taking into account other factors that can affect liver health, such as age.",
    # a harm denied, a cause of the disease told, another limit
    "Vitamin D does not cause drowsiness.",
    "Hepatitis B causes most liver cancer worldwide.",
    "More study is needed.",
])
def test_other_sentences_are_no_causal_caveat(sentence: str) -> None:
    assert not _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence)).causal_caveats()


def test_the_evidence_finding_asks_an_observational_release_for_the_caveat() -> None:
    found = _evidence(COHORT.format(title="Acme University study of vitamin D", claim=""))
    assert found and "cannot show cause" in found[0]
    given = _evidence(COHORT.format(title="Acme University study of vitamin D",
                                    claim="Because the study was observational, it cannot prove cause and effect."))
    assert not any("cannot show cause" in m for m in given)
    # a controlled trial and an animal study are not asked
    assert not any("cannot show cause" in m for m in _evidence(TRIAL.format(title="Acme trial", claim="")))
    mice = MICE.format(title="Acme University study of ZXR-410",
                       claim="Faster maze times were associated with fewer plaques.")
    assert not any("cannot show cause" in m for m in _evidence(mice))


#: A news report on the same mouse study, told by a reporter.
MICE_NEWS = """{title}

By Jane Roe, Staff Reporter

Researchers at Acme University gave the compound ZXR-410 to mice bred to develop the brain plaques of
Alzheimer's disease, they reported Monday in the Journal of Neuroscience. After six weeks the treated mice
found their way through a water maze as fast as healthy mice. {claim}

"This is an early step," said Dr. Ann Lee, who led the work. The compound is not on sale, and no trial in
people has been planned, Lee said. Other experts were cautious. "Mice are not people," said Dr. Bob Stone of
City University, who was not involved.
"""


def _claims(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["CMP011"]) if "is stated as a fact" in f.message]


def test_the_past_forms_come_from_the_lemma() -> None:
    assert past_forms("cure") == ("cured",)
    assert "stopped" in past_forms("stop") and "wiped out" in past_forms("wipe out")
    assert "undid" in past_forms("undo") and "undone" in past_forms("undo")
    # a past spelt as the present is left out: it is the present too
    assert "cut" not in past_forms("cut") and "cure" not in past_forms("cure")


@pytest.mark.parametrize(("template", "claim"), [
    (MICE, "ZXR-410 reversed memory loss and restored brain function."),
    (MICE, "ZXR-410 wiped out the plaques of Alzheimer's disease."),
    (COHORT, "Vitamin D supplements prevented liver cancer."),
    (COHORT, "Vitamin D supplements have cured liver cancer."),
])
def test_a_releases_past_claim_from_a_weak_study_is_sensational(template: str, claim: str) -> None:
    found = _claims(template.format(title="Acme University study", claim=claim))
    assert found and "rests on" in found[0]


@pytest.mark.parametrize(("template", "claim"), [
    # told of the study's own participants: a result reported
    (MICE, "ZXR-410 reversed memory loss in the treated mice."),
    (MICE, "ZXR-410 cured 8 of 10 mice."),
    (MICE, "ZXR-410 reversed memory loss in mice."),
    (COHORT, "Vitamin D prevented liver cancer in 40 of the participants."),
    # quoted, hedged, someone's saying, denied
    (MICE, '"ZXR-410 reversed memory loss," said Dr. Jane Smith.'),
    (MICE, "ZXR-410 may have reversed memory loss."),
    (MICE, "The team says ZXR-410 reversed memory loss."),
    (COHORT, "The study does not show that vitamin D prevented liver cancer."),
    # something that ceased, not a cure; another subject
    (MICE, "ZXR-410 stopped working after two weeks in some animals."),
    (MICE, "The older drug donepezil reversed memory loss."),
])
def test_a_past_claim_that_is_not_the_releases_own_generalisation_is_not(template: str, claim: str) -> None:
    assert not _claims(template.format(title="Acme University study", claim=claim))


def test_a_randomised_trials_past_claim_never_counts() -> None:
    assert not _claims(TRIAL.format(title="Acme trial of ZXR-410", claim="ZXR-410 eliminated knee pain."))


def test_a_news_report_retells_past_results() -> None:
    text = MICE_NEWS.format(title="Acme compound tested in mice", claim="ZXR-410 reversed memory loss.")
    assert _art(text).genre.label != "press_release"
    assert not _claims(text)


#: Ordinary passages (written for the tests) with a past-tense cure, prevention or restoring
#: verb that is no release's generalisation: a result told of the study's own people, a
#: company that halted a programme, history, a negated result, a leaflet, a seller's page.
ORDINARY = [
    """FOR IMMEDIATE RELEASE

# Eye surgeons test gene therapy in small pilot study

BOSTON, June 2 -- Surgeons at City Eye Hospital treated 12 patients with the gene therapy RetinaGen in a pilot
study, the team reported in Ophthalmology. RetinaGen restored some sight in 9 of the 12 patients after six months.

The study had no control group and was small, the authors note. The therapy is not approved. Two patients had
eye inflammation.
""",
    """FOR IMMEDIATE RELEASE

# Acme Pharma pauses pilot study of AX-12

CHICAGO, June 2 -- Acme Pharma halted its pilot study of the experimental drug AX-12 in 40 adults with gout
after two volunteers developed liver problems. The company stopped enrolling patients in March.

AX-12 is not approved. Funding came from Acme Pharma.
""",
    """FOR IMMEDIATE RELEASE

# Small study of music therapy for dementia

TORONTO, June 2 -- A small study of 24 nursing home residents with dementia found that weekly music therapy
sessions were followed by fewer episodes of agitation, researchers at Sunnybrook reported. Music therapy
eliminated agitation in none of the residents, but episodes fell by about a quarter.

The study had no control group. Music therapy sessions cost about $60 each.
""",
    """FOR IMMEDIATE RELEASE

# Animal study of a snake venom compound for pain

BRISBANE, June 2 -- A compound from snake venom relieved pain in rats with nerve injuries, University of
Queensland researchers reported in the journal Pain. The rats given the compound walked normally within a day,
and the compound halted the nerve damage in the treated animals.

The compound has not been tested in people.
""",
    """Ibuprofen tablets: patient information leaflet

Ibuprofen relieves pain and reduces fever. If the tablets stopped your headache last time, take the same dose
again, but no more than 6 tablets in 24 hours.

Side effects include stomach upset and, rarely, bleeding. Observational studies have linked long-term use to
heart problems.
""",
    """Ginkgo Memory Gummies

Our gummies are made with ginkgo extract and vitamin B12. In a small pilot study of 20 adults, ginkgo restored
focus, according to the supplier. Take two gummies a day. A bottle of 60 costs $24.
""",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_past_tense_passages_state_no_overclaim(text: str) -> None:
    assert not _claims(text)
