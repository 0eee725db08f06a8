"""A symptom word the article names as its condition stays the condition's (branch crit8).

When a treating, preventing or protecting frame names a symptom word as what the intervention
is for ("a vaccine against chlamydia infection", "to prevent allergic reactions"), the same word
elsewhere in the article is the condition again, not a harm of the intervention; unless its
clause says the intervention causes or raises it, or that it followed the treatment. A
comparison ("fewer bleeding events than warfarin") names no condition: it may compare the
intervention's own harm. The sentences are written for the tests, from the mechanism."""

from __future__ import annotations

import pytest

from lint_rules.analysis.completeness import Article, article, support
from lint_rules.parsing import parse_document

VACCINE = "# Chlamydia vaccine\n\nA new vaccine protects women against chlamydia infection, researchers said. {}\n"
ALLERGY = "# Allergy pill\n\nThe pill is meant to prevent allergic reactions to peanuts, researchers said. {}\n"
BLOOD = "# Blood thinner\n\nThe drug is used for the treatment of bleeding in the brain. {}\n"


def _art(text: str) -> Article:
    return article(parse_document("a.md", text, "markdown"))


@pytest.mark.parametrize(("template", "sentences"), [
    (VACCINE, "Chlamydia infections often go unnoticed. Untreated infections can damage fertility."),
    (ALLERGY, "Children who are allergic to peanuts must avoid them. Allergic children carry adrenaline pens."),
    (BLOOD, "Bleeding in the brain kills one in three patients."),
])
def test_the_condition_named_again_is_no_harm(template: str, sentences: str) -> None:
    assert support(_art(template.format(sentences)), "harms") == 0


@pytest.mark.parametrize(("template", "sentences", "n"), [
    # the intervention causes or raises it
    (VACCINE, "The vaccine can cause infection in rare cases.", 1),
    (BLOOD, "These drugs also increase the risk of severe bleeding in the gut.", 1),
    # said to follow the treatment
    (VACCINE, "Mild infections at the injection site were seen in 3 of 300 women.", 1),
    (ALLERGY, "Two children became allergic after taking the pill.", 1),
    # reported or developed, as a trial's harms are
    (VACCINE, "Two women developed infections of the skin.", 1),
    # a generic harm word never names the condition
    (BLOOD, "Side effects included nausea in 4 percent.", 1),
    # a sentence that names the intervention, or tells of taking, getting or a harm arising
    (VACCINE, "Rarely, a new infection can develop where the vaccine was given.", 1),
    (VACCINE, "Some women get a mild infection in the first week.", 1),
    (VACCINE, "Infection was seen in two women given the shot.", 1),
])
def test_the_interventions_own_harm_still_counts(template: str, sentences: str, n: int) -> None:
    assert support(_art(template.format(sentences)), "harms") == n


def test_a_comparison_names_no_condition() -> None:
    # "fewer bleeding events than warfarin" compares the drug's own harm: bleeding is not its condition
    art = _art("# Blood thinner\n\nPatients on the drug had fewer bleeding events than on warfarin in a trial of 300 adults. "
               "Bleeding occurred in 3 percent of patients on the drug.\n")
    assert art.condition_named() == frozenset()
    assert support(art, "harms") == 1


def test_the_named_harms_agree_with_the_count() -> None:
    art = _art(VACCINE.format("Chlamydia infections often go unnoticed. The vaccine can cause infection."))
    assert [m.text for m in art.named_harms()] == ["infection"]
