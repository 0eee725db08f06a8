"""CMP004 judges a report of research whose intervention is not found (branch crit8).

A press release or news report on "bitter taste receptors", a campaign or a habit names no
intervention the analysis can pin down, yet it rests on a study all the same: its design, size,
stage and limits are asked (``unnamed``, as CMP002, CMP003 and CMP005 do). A report that tells
of no research is not asked. Written for the tests, from the mechanism."""

from __future__ import annotations

from lint_rules.analysis.completeness import article
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

RELEASE = """FOR IMMEDIATE RELEASE

# Bitter taste receptors in the womb may hold off early labour

BOSTON, May 4 -- Researchers at Acme University have found that bitter taste receptors in the muscle of the womb
can relax it, which may one day help to hold off early labour, according to a new study published today.
{}
Early labour affects about one in ten pregnancies, and few options exist to stop it. The team now hopes to
learn how the receptors work in the body and whether the finding holds for more women.

Media contact: Jane Roe, 555-0100
"""

DESCRIBED = ("The randomised trial enrolled 300 pregnant women at four hospitals. It was a phase 2 trial that ran "
             "for six months. The study was double-blind: neither women nor doctors knew who had the compound. The placebo-controlled design compared a bitter compound with a dummy drink. The trial "
             "was small and cannot prove cause and effect, and larger studies are needed.")


def test_the_case_has_no_intervention_found() -> None:
    art = article(parse_document("a.md", RELEASE.format(""), "markdown"))
    assert art.subject is None and art.genre.label == "press_release"


def test_a_report_of_research_with_no_intervention_found_is_asked_about_its_study() -> None:
    found = lint_text(RELEASE.format("The receptors relaxed muscle strips taken from women after birth."),
                      select=["CMP004"])
    assert [f.code for f in found] == ["CMP004"]
    assert "not described" in found[0].message


def test_its_study_described_passes() -> None:
    assert lint_text(RELEASE.format(DESCRIBED), select=["CMP004"]) == []


def test_a_report_of_no_research_is_not_asked() -> None:
    text = RELEASE.replace(", according to a new study published today", "").replace(
        "Researchers at Acme University have found", "Acme University says")
    assert lint_text(text.format("Acme University will hold an open day on May 9."), select=["CMP004"]) == []
