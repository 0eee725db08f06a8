"""Branch crit11: an animal study's stage, and the causation caveat an observational study needs.

Written for the tests, from the mechanisms: a mouse study names its stage in "mice bred to …"
and "the treated mice", not only in "in mice"; "cannot prove that it causes", "an association,
not causation", "other factors may explain" are the caveat, and a limitation stated; an
adjustment for other factors, a harm denied and a disease's own cause are not."""

from __future__ import annotations

import pytest
from test_completeness_overclaims import COHORT, MICE, TRIAL

from lint_rules.analysis.completeness import Article, article
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


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


def _art(text: str) -> Article:
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
def test_the_causal_caveat_is_read_and_is_a_limitation_in_the_message(sentence: str) -> None:
    art = _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence))
    assert art.causal_caveats()
    found = _evidence(COHORT.format(title="Acme University study of vitamin D", claim=sentence))
    assert not found or ("limitations" not in found[0] and "cannot show cause" not in found[0])


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


@pytest.mark.parametrize("sentence", [
    "Their findings don't prove vitamin D itself lowers the risk.",
    "The findings can show associations but cannot tell us what would happen if readers took more.",
])
def test_more_forms_of_the_causal_caveat(sentence: str) -> None:
    assert _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence)).causal_caveats()


def test_a_tests_observational_study_is_not_asked_for_the_causal_caveat() -> None:
    text = COHORT.replace("People who took vitamin D supplements every day developed liver\ncancer less often",
                          "People with a high score on a new liver blood test developed liver\ncancer more often")
    text = text.format(title="New liver blood test predicts liver cancer", claim="")
    assert _art(text).about_test()
    assert not any("cannot show cause" in m for m in _evidence(text))


def test_association_wording_alone_is_no_observational_design() -> None:
    # a trial's result told as "associated with", no comparison group named in the text
    text = TRIAL.replace("randomly assigned 800 adults with knee pain to take the\npill ZXR-410 or a placebo",
                         "gave 800 adults with knee pain the\npill ZXR-410").replace(
        "Pain scores fell by 20 percent on\nZXR-410 and by 5 percent on the placebo.",
        "In the study, taking ZXR-410 was associated with lower pain scores.")
    text = text.format(title="Acme study of ZXR-410", claim="")
    art = _art(text)
    assert "observational" in art.study_weakness() and not art.observational_design()
    assert not any("cannot show cause" in m for m in _evidence(text))


def test_a_press_notes_data_that_may_differ_is_no_caveat() -> None:
    note = "The data in this release may differ from those in the published abstract."
    assert not _art(COHORT.format(title="Acme University study of vitamin D", claim=note)).causal_caveats()


#: Ordinary passages (written for the tests) that mention observational studies but are no
#: report of one: a leaflet, a consumer guide. The caveat is asked of news reports and releases.
NOT_REPORTS = [
    """Ibuprofen tablets: patient information leaflet

Ibuprofen relieves pain and reduces fever. Take no more than 6 tablets in 24 hours. Side effects
include stomach upset and, rarely, bleeding. Observational studies of health records have linked
long-term use to heart problems. A pack of 16 tablets costs about 2 pounds.
""",
    """Jet lag: a consumer guide

Melatonin is sold as a supplement for jet lag. A cohort of 300 airline pilots followed for two years
slept longer on trips when they took it. Melatonin costs about $10 a bottle. It can cause drowsiness
the next morning. Other options include light exposure and shifting your sleep before you travel.
""",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_a_leaflet_or_guide_is_not_asked_for_the_causal_caveat(text: str) -> None:
    assert not any("cannot show cause" in m for m in _evidence(text))


# crit11b (review of crit11): the caveat shapes the message only, its patterns need the study or
# its result as their subject, "epidemiology" as a title is no design, a test's release with no
# intervention found is not asked, and the design words read are quoted.

@pytest.mark.parametrize("sentence", [
    "Genetic factors and high blood pressure may also play a role in liver cancer.",
    "The analysis adjusted for confounders such as age and smoking.",
    "Doctors still don't know what causes most liver cancer in people without hepatitis.",
    "The researchers say the study demonstrates cause and effect.",
    "That does not mean that people should take more than the recommended dose.",
])
def test_a_non_caveat_is_not_read_and_never_changes_the_flag(sentence: str) -> None:
    art = _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence))
    assert not art.causal_caveats()


@pytest.mark.parametrize("sentence", [
    "Other factors could explain the link.",
    "Residual confounding cannot be ruled out.",
    "Coffee drinkers may differ in diet and exercise.",
    "The genetic factors may also play a role.",
    "The analysis adjusted for confounders.",
])
def test_a_caveat_never_changes_whether_an_article_is_flagged(sentence: str) -> None:
    from lint_rules.rules.completeness import EvidenceQualityNotStated
    plain = _art(COHORT.format(title="Acme University study of vitamin D", claim=""))
    with_it = _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence))
    assert set(with_it.limitation_sentences()).isdisjoint(with_it.causal_caveats())
    assert EvidenceQualityNotStated.unweighed(plain) == EvidenceQualityNotStated.unweighed(with_it)


@pytest.mark.parametrize("sentence", [
    "The study cannot tell which came first.",
    "Tea drinkers may simply be healthier in other ways.",
    "The authors could not rule out that sicker people stopped drinking tea.",
])
def test_which_came_first_and_healthy_users_are_the_caveat(sentence: str) -> None:
    assert _art(COHORT.format(title="Acme University study of vitamin D", claim=sentence)).causal_caveats()


def test_an_epidemiologists_title_is_no_observational_design() -> None:
    text = TRIAL.replace("randomly assigned 800 adults with knee pain to take the\npill ZXR-410 or a placebo",
                         "gave 800 adults with knee pain the\npill ZXR-410 in a phase II study").replace(
        "Pain scores fell by 20 percent on\nZXR-410 and by 5 percent on the placebo.",
        "Pain scores fell by 20 percent in the study, said epidemiologist Ann Lee of the Department of "
        "Epidemiology, who led it.")
    art = _art(text.format(title="Acme study of ZXR-410", claim=""))
    assert not art.observational_design()
    cohort = _art(COHORT.format(title="Acme study of vitamin D",
                                claim="The epidemiological study was the largest of its kind."))
    assert "epidemiological" in [w.lower() for w in cohort.observational_words()]


def test_a_test_release_without_a_subject_is_not_asked() -> None:
    text = COHORT.replace("People who took vitamin D supplements every day developed liver\ncancer less often "
                          "than those who took none",
                          "A new blood panel picked out liver\ncancer with a sensitivity of 90 percent")
    art = _art(text.format(title="Blood test spots liver cancer early", claim=""))
    assert art.about_test()
    assert not any("cannot show cause" in m for m in _evidence(text.format(title="Blood test spots liver cancer early",
                                                                          claim="")))


def test_the_message_quotes_the_design_words_read() -> None:
    found = _evidence(COHORT.format(title="Acme University study of vitamin D", claim=""))
    assert found and "'registry'" in found[0] and "it is an observational study" not in found[0]


def test_an_earlier_works_animals_give_no_stage_to_a_trial() -> None:
    claim = "The pill has been shown to extend life in roundworms and fruit flies."
    art = _art(TRIAL.format(title="Acme trial of ZXR-410", claim=claim))
    assert art.evidence_components()["stage"] == _art(TRIAL.format(title="Acme trial of ZXR-410",
                                                                   claim="")).evidence_components()["stage"]


def test_a_schedule_followed_by_a_dose_is_no_follow_up() -> None:
    text = TRIAL.replace("randomly assigned 800 adults with knee pain to take the\npill ZXR-410 or a placebo",
                         "gave 800 adults with knee pain a loading dose of ZXR-410\nfollowed by a daily pill for 16 weeks")
    assert not _art(text.format(title="Acme study of ZXR-410", claim="")).observational_design()


def test_a_stated_caveat_is_not_asked_for_again_in_the_message() -> None:
    # the caveat decides no flag (crit11b), but the message counts it as a limit stated
    long = COHORT.replace(
        "the team reported in the journal Hepatology.",
        "the team reported in the journal Hepatology. The cohort study included 50,000 adults aged 40 to "
        "70. The registry data covered ten years of follow-up.")
    found = _evidence(long.format(title="Acme University study of vitamin D",
                                  claim="Other lifestyle factors could explain the link."))
    assert found and "not given" not in found[0] and "nothing says" not in found[0]
    # without it, the limitations are missing
    bare = _evidence(long.format(title="Acme University study of vitamin D", claim=""))
    assert bare and "limitations are not given" in bare[0]
