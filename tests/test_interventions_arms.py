"""The article's intervention is what its study or story tests, not a comparison arm, a control
arm, a result, a measure or the care for the condition in general (issue 15, subj17).

Every example is coined for this file (coined product names, own sentences)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.interventions import find_in_text
from lint_rules.api import lint_text


def _main(text: str, title: str = "") -> str | None:
    r = find_in_text(text, title=title)
    return r.main.name if r.main else None


def _names(text: str, title: str = "") -> set[str]:
    return {i.name for i in find_in_text(text, title=title).all}


# -- a comparison arm ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "text", "expected"), [
    # the headline's comparison arm earns no title credit
    ("Breath test may be better than blood test for stomach ulcers",
     "A breath test found ulcers in more patients, a new study reports. The breath test takes ten "
     "minutes. Doctors now use a blood test.", "breath test"),
    ("Saliva test as accurate as blood test in small trial",
     "The saliva test spotted the infection in 41 of 50 children. Parents preferred the saliva test.",
     "saliva test"),
    # the body's comparison arm scores nothing
    ("", "Veltrazumab cut migraine days compared with erenumab in the trial. Veltrazumab is injected "
     "monthly. Patients on erenumab had more days off work than patients given veltrazumab.", "veltrazumab"),
    ("", "Pain eased sooner with the Corvana patch than with a heat pack, the makers said. "
     "A heat pack costs little. The Corvana patch is sold online.", "corvana patch"),
    ("Gel versus cream for eczema",
     "Children using the Ezmira gel scratched less than children on a hydrocortisone cream. "
     "Ezmira gel is sold in pharmacies.", "ezmira gel"),
])
def test_a_comparison_arm_is_not_the_subject(title: str, text: str, expected: str) -> None:
    assert _main(text, title) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # "than" before a number is an amount, not an arm
    ("", "More than 300 travellers took melatonin in the trial. Melatonin shortened jet lag by a day. "
     "Melatonin is cheap.", "melatonin"),
    ("", "Fewer than two in ten patients given velotinib relapsed. Velotinib is a tablet. Velotinib "
     "prevents relapse.", "velotinib"),
    # the tested arm named first, the comparator after it
    ("Bravotinib beats chemotherapy in lung cancer trial",
     "Bravotinib shrank tumours in 60 percent of patients. Bravotinib is taken as a daily pill.", "bravotinib"),
    # "compared with" that ends before a comma leaves the next clause's subject its own
    ("", "Compared with last year, more clinics now offer the Ostelin scan. The Ostelin scan "
     "detects thin bones. The Ostelin scan takes five minutes.", "ostelin scan"),
])
def test_the_tested_arm_stays_the_subject(title: str, text: str, expected: str) -> None:
    assert (_main(text, title) or "").startswith(expected)


# -- the headline's phrase and the body's name ----------------------------------------------

def test_a_headline_phrase_credits_the_body_name_inside_it() -> None:
    text = ("Proton beam therapy spares healthy tissue. The hospital's next-generation system will "
            "treat 300 patients a year with proton beam therapy.")
    assert _main(text, "City hospital buys proton beam therapy system") == "proton beam therapy"


def test_a_headline_phrase_credits_the_product_the_body_names_it_with() -> None:
    text = ("The Coloveda blood test detects bowel cancer earlier than a stool test, its makers said. "
            "The Coloveda test needs one blood sample.")
    assert (_main(text, "Blood test spots bowel cancer") or "").startswith("coloveda")


def test_the_completeness_messages_name_the_tested_arm() -> None:
    text = ("# Breath test may be better than blood test for ulcers\n\n"
            "A breath test found stomach ulcers in more patients than a blood test did, a new study of "
            "400 adults reports. The breath test takes ten minutes, and the breath test could be offered "
            "by family doctors. Patients liked the breath test. It detects the bacteria that cause most "
            "ulcers.\n")
    findings = [f for f in lint_text(text, select=["CMP"], options={c: {"min-words": 0} for c in
                                                                   ("CMP001", "CMP003", "CMP006")})
                if f.evidence.get("intervention")]
    assert findings
    assert {f.evidence["intervention"] for f in findings} == {"breath test"}
