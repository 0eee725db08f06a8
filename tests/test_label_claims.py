"""Claims written as label lines (``analysis/label_claims.py``, session 12, ``frames13``): a
fact-box line "Interactions: none known", a two-cell table row, a label over a one-item list.
Each layout has a case that must conflict with a sentence elsewhere and cases of the same
layout that must not: a qualified label, a value outside the closed list, a study's or another
product's line, a comparison table, a symptom diary. Every passage is written for these tests
(coined names)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.label_claims import label_lines
from lint_rules.parsing import parse_document

_FILLER = "\n\nIt is sold in tins. A tin costs three pounds.\n\n"


def _lines(text: str, kind: str = "text") -> list[tuple[str, str]]:
    doc = parse_document("t", text + "\n", kind)
    return [(x.label, x.value) for x in label_lines(doc)]


_INTRO = "Drovane tablets contain a herbal extract for low mood. Take one Drovane tablet a day.\n\n"


# -- layouts that carry a claim -------------------------------------------------------------

@pytest.mark.parametrize(("box", "harm", "code"), [
    ("Key facts\nForm: tablet\nInteractions: none known\n", "Drovane can make warfarin less effective.", "CON005"),
    ("Key facts\nForm: tablet\nDrug interactions - None\n", "Drovane can raise blood levels of digoxin.", "CON005"),
    ("At a glance\nStrength: 300 mg\nSide effects: none reported\n", "Drovane can cause headaches.", "CON002"),
    ("At a glance\nStrength: 300 mg\nAdverse reactions: none.\n", "Drovane can cause nausea.", "CON002"),
    ("Product details\nForm: capsule\nSuitable for: everyone\n", "Pregnant women should avoid Drovane.", "CON006"),
    ("Product details\nForm: capsule\nContraindications: None\n", "People with epilepsy should avoid Drovane.",
     "CON006"),
    ("Product details\nForm: capsule\nAllergens: none\n", "Drovane contains fish gelatin.", "CON006"),
    # an effect line needs a claim label or the product's name in its box (frames13b)
    ("Drovane at a glance\nForm: capsule\nDrowsiness: no\n", "Drovane can cause drowsiness.", "CON001"),
])
def test_a_label_line_conflicts_with_a_sentence(box, harm, code):
    assert code in contradiction_codes(_INTRO + box + _FILLER + harm + _FILLER)


def test_a_markdown_table_row_is_a_label_line():
    text = (_INTRO + "| Field | Detail |\n|---|---|\n| Form | Tablet |\n| Interactions | None known |\n"
            + _FILLER + "Drovane can make the contraceptive pill less effective." + _FILLER)
    assert "CON005" in contradiction_codes(text, "markdown")


def test_a_label_over_a_one_item_list():
    text = _INTRO + "## Side effects\n\n- None known\n" + _FILLER + "Drovane can cause dizziness." + _FILLER
    assert "CON002" in contradiction_codes(text, "markdown")


# -- the same layouts that carry none ---------------------------------------------------------

@pytest.mark.parametrize("box", [
    "Key facts\nSerious side effects: none\n",  # a qualified label: the mild ones may happen
    "Key facts\nSide effects: mild and short-lived\n",  # a value outside the closed list
    "Key facts\nSide effects: see leaflet\n",
    "Key facts\nInteractions: ask your pharmacist\n",
    "Key facts\nSuitable for: adults\n",  # a group, not everyone
])
def test_values_and_labels_outside_the_lists_are_no_claim(box):
    assert not _lines(_INTRO + box)


def test_a_label_inside_a_running_sentence_is_no_line():
    assert not _lines(_INTRO + "The leaflet lists the side effects: none of them is common, it says.\n")


def test_a_trial_results_heading_makes_the_line_a_result():
    text = _INTRO + "## Trial results\n\nSide effects: none\n" + _FILLER + "Drovane can cause headaches." + _FILLER
    assert not _lines(text, "markdown")
    assert "CON002" not in contradiction_codes(text, "markdown")


def test_another_products_heading_owns_its_lines():
    text = (_INTRO + "## Compared with ibuprofen\n\nInteractions: none known\n" + _FILLER
            + "Drovane can make warfarin less effective." + _FILLER)
    assert "CON005" not in contradiction_codes(text, "markdown")


def test_a_line_naming_another_product_is_not_the_pages():
    text = (_INTRO + "Key facts\nForm: tablet\nIbuprofen interactions: none\n" + _FILLER
            + "Drovane can make warfarin less effective." + _FILLER)
    assert "CON005" not in contradiction_codes(text)


def test_a_comparison_table_is_no_label_row():
    text = (_INTRO + "| | Drovane | Placebo |\n|---|---|---|\n| Side effects | None | None |\n"
            + _FILLER + "Drovane can cause headaches." + _FILLER)
    assert not _lines(text, "markdown")


def test_a_table_headed_by_another_drug_is_that_drugs():
    text = (_INTRO + "| Ibuprofen | |\n|---|---|\n| Interactions | None known |\n"
            + _FILLER + "Drovane can make warfarin less effective." + _FILLER)
    assert "CON005" not in contradiction_codes(text, "markdown")


def test_an_effect_label_in_a_symptom_diary_is_no_claim():
    # a patient's own record: "Headache: none" is the day's state, not the product's promise
    text = _INTRO + "Day 3\nHeadache: none\nSleep: seven hours\n" + _FILLER + "Drovane can cause headaches." + _FILLER
    assert not contradiction_codes(text)


def test_a_page_with_no_product_owns_no_line():
    assert not _lines("Winter advice\n\nKey facts\nForm: tablet\nInteractions: none known\n")


def test_a_discharge_sheet_is_a_persons_record():
    text = (_INTRO + "Discharge summary\nMedication: Drovane 20 mg\nSide effects: none\nFollow-up: two weeks\n"
            + _FILLER + "Drovane can cause headaches." + _FILLER)
    assert not _lines(text)


def test_a_line_under_a_former_formula_heading_is_not_the_products():
    text = (_INTRO + "## Before the reformulation\n\nAllergens: none\n" + _FILLER
            + "Drovane contains fish gelatin." + _FILLER)
    assert not _lines(text, "markdown")


# -- review of frames13 (frames13b): boxes that are another thing's, fields that make no box --

@pytest.mark.parametrize(("box", "kind"), [
    # a title field naming something else: another brand, a recipe
    ("Product: Kestrel capsules\nForm: capsule\nInteractions: none known\n", "text"),
    ("Recipe: beetroot soup\nServes: 4\nAllergens: none\n", "text"),
    # a food's box by its title line
    ("Nutrition per flapjack\nEnergy: 210 kcal\nAllergens: none\n", "text"),
    # a bold title line naming another product, or a page about another brand
    ("**Pellow night syrup**\n\nFlavour: cherry\nAllergens: none\n", "markdown"),
    ("**About Kestrel**\n\nFormat: eye drops\nSuitable for: everyone\n", "markdown"),
])
def test_a_box_titled_as_another_thing_is_not_the_products(box, kind):
    assert not _lines(_INTRO + box + _FILLER, kind)


@pytest.mark.parametrize("box", [
    "Key facts: measles\nType: viral illness\nRash: yes\nCough: possible\n",  # a disease's box
    "Tuesday 9 June\nDose: 20 mg\nHeadache: none\n",  # a diary entry by its date line
    "Before you cycle home, check:\nLast dose: over six hours ago\nDrowsiness: no\nVision: clear\n",
])
def test_generic_fields_alone_make_no_product_box(box):
    assert not any(label == "effect" for label, _ in _lines(_INTRO + box + _FILLER))


def test_a_label_heading_over_a_list_of_products_titles_the_list():
    text = (_INTRO + "### Interactions: none known\n\n- Pellow lozenges\n- Kestrel nasal rinse\n- Plain water\n"
            + _FILLER + "Drovane can make warfarin less effective." + _FILLER)
    assert "CON005" not in contradiction_codes(text, "markdown")


def test_a_title_field_naming_the_product_keeps_the_box():
    text = (_INTRO + "Product: Drovane tablets\nForm: tablet\nInteractions: none known\n" + _FILLER
            + "Drovane can make warfarin less effective." + _FILLER)
    assert "CON005" in contradiction_codes(text)


def test_a_lone_line_under_a_title_about_something_else_is_not_the_products():
    text = (_INTRO + "Heat rash in babies\n\nContraindications: none\n\n"
            + "People with epilepsy should avoid Drovane." + _FILLER)
    assert "CON006" not in contradiction_codes(text, "markdown")


# -- frames13c: ownership is OPT-IN (a box is the product's only under its own or a generic title)

@pytest.mark.parametrize("box", [
    "Cohort C\nSide effects: none\nWithdrawals: 1\n",  # a study group's box
    "**Drovane as sold until 2019**\nInteractions: none known\nForm: tablet\n",  # a time-qualified version
    "Drovane Heritage 1.0\nSide effects: none reported\nForm: tablet\n",  # a version number
    "**Pellix Max**\nInteractions: none known\nSide effects: none reported\n",  # an unknown name
    "| Pellix (recalled) | |\n|---|---|\n| Interactions | None known |\n| Form | Tablet |\n",  # a table header
    "| Drovane legacy pack | |\n|---|---|\n| Side effects | None |\n| Form | Tablet |\n",
    "**Customer review: Drovane**\nSide effects: none\n",  # a qualified title with a colon
])
def test_a_box_under_a_title_that_is_not_the_product_is_not_its(box):
    text = _INTRO + box + "\nDrovane can make warfarin less effective. Drovane can cause headaches."
    assert contradiction_codes(text, "markdown" if "|" in box else "text") == []


@pytest.mark.parametrize("box", [
    "Quick facts\nForm: tablet\nInteractions: none known\n",
    "**Drovane tablets**\nForm: tablet\nInteractions: none known\n",
    "| Field | Detail |\n|---|---|\n| Form | Tablet |\n| Interactions | None known |\n",
])
def test_a_box_under_the_product_or_a_generic_title_is_its(box):
    kind = "markdown" if "|" in box else "text"
    assert "CON005" in contradiction_codes(_INTRO + box + "\nDrovane can make warfarin less effective.", kind)
