"""What an article is about when it sells or tests a branded product: product-shaped names,
the product over its ingredients, and the drug it is taken with (issue 14). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

from lint_rules.analysis.interventions import find_in_text


def _main(text: str, title: str = "") -> str | None:
    r = find_in_text(text, title=title)
    return r.main.name if r.main else None


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a coined name with an inner capital is a product, and beats the ingredients it contains
    ("NightHaven Sleep Drops: magnesium and melatonin",
     "NightHaven Sleep Drops combine magnesium and melatonin. Magnesium relaxes muscles. "
     "Magnesium is a mineral. Melatonin helps you sleep. Magnesium is cheap. NightHaven works fast.",
     "nighthaven"),
    # a capitalised word never written in lower case, put in a product's role
    ("", "Quillora is a herbal sleep tablet. Many adults now take Quillora at night. "
     "The tablets are small, and Quillora contains valerian.", "quillora"),
    # the drug it interacts with is not what the article is about
    ("", "Ginkgo can interact with warfarin. People who take warfarin to prevent clots should ask a doctor first. "
     "Patients on warfarin to treat clots may bruise more easily. Anyone taking warfarin needs regular blood tests. "
     "Ginkgo is sold as a memory aid, and ginkgo helps some people recall names.", "ginkgo"),
])
def test_the_product_is_what_the_article_is_about(title: str, text: str, expected: str) -> None:
    assert _main(text, title) == expected


@pytest.mark.parametrize("text", [
    # a person quoted by name is not a product, however often the name comes back
    "Dr Hallworth runs a sleep clinic. Hallworth said the trial was small. Patients like Hallworth. "
    "Hallworth recommends melatonin.",
    # a word capitalised only where sentences open is an ordinary word
    "There is a new sleep tablet. There are questions about it. There is no price yet.",
    # a place is "in" it and never taken
    "Researchers in Norvania followed 5,000 adults. Norvania raises its own funds. "
    "Adults in Norvania took melatonin.",
    # publishers and platforms share the coined shape
    "HealthDay reported the trial. HealthDay said the results were early. HealthDay News covers health.",
])
def test_names_that_are_no_product(text: str) -> None:
    main = _main(text)
    assert main not in {"hallworth", "there", "healthday", "norvania"}, main


# -- short passages: the opening sentence's subject, and what "it" refers back to ----------

@pytest.mark.parametrize(("text", "expected"), [
    # a coined name said once, at the start, then "it" and "the tablet"
    ("Dormivel carries no risk of morning grogginess. The tablet dissolves under the tongue. "
     "It is best taken an hour before bed.", "dormivel"),
    # a name and its form, then the form alone
    ("Brindlewort drops are gentle on the stomach. Use the drops twice a day.", "brindlewort drops"),
    # a named drug said once, opening the passage
    ("Amlodipine does not cause dizziness. The drug is taken once a day.", "amlodipine"),
    # the opening name in quotes, said by someone
    ('"Velastine never stains teeth," the founder told us. Each bottle lasts a month.', "velastine"),
])
def test_a_short_passage_is_about_the_subject_of_its_opening(text: str, expected: str) -> None:
    assert _main(text) == expected


@pytest.mark.parametrize("text", [
    # a disease opening the passage is no product
    "Rosacea is common in adults over thirty. It flares in hot weather.",
    # people and research open sentences, and are no product
    "Researchers have tested many sleep aids. Most of them work for a week.",
    # an ordinary word the passage also writes in lower case
    "Swimming helps your joints. Gentle swimming twice a week is enough.",
    # a long article: its main intervention needs more than one opening mention
    " ".join(["Dormivel carries no risk of grogginess."] + ["The weather was mild that week."] * 9),
])
def test_an_opening_that_is_no_product(text: str) -> None:
    assert _main(text) is None


def _con(text: str) -> list:
    return contradictions(text)


def test_it_after_another_name_refers_back_to_the_product() -> None:
    # "it" after the sentence names a test: the claim is about the passage's product
    text = ("Renolux raises blood pressure within a month. Renolux capsules are taken with food. "
            "Clinical tests on its main herb showed it lowered blood pressure in most volunteers.")
    assert _con(text)


def test_another_named_product_without_a_reference_back_stays_apart() -> None:
    # a control: the third sentence is about another product, named as its subject
    text = ("Renolux raises blood pressure within a month. The capsules are taken with food. "
            "Calcium tablets, by contrast, lower blood pressure in most people.")
    assert not _con(text)


def test_a_dose_of_an_ingredient_makes_it_part_of_the_product() -> None:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.api import parse_document

    doc = parse_document("<t>", "Quillora never causes grogginess. It supports restful sleep with 3 mg of "
                         "melatonin. Melatonin can cause grogginess.\n", "text")
    subjects = sentence_subjects(doc)
    assert subjects.main == "quillora" and subjects.alias == {"melatonin": "quillora"}
    # taken with another drug is no ingredient
    doc = parse_document("<t>", "Quillora never causes grogginess. It is often taken with melatonin. "
                         "Melatonin can cause grogginess.\n", "text")
    assert sentence_subjects(doc).alias == {}


@pytest.mark.parametrize("text", [
    # the drug it is taken with, opening a later sentence, is what that sentence is about
    "Dormivel carries no risk of drowsiness. It is often taken with zolpidem. Zolpidem commonly causes drowsiness.",
    # an activity opening a later sentence is another cause
    "Dormivel carries no risk of drowsiness. Swimming can cause drowsiness after a long day.",
])
def test_another_subject_opening_a_later_sentence_is_no_claim_about_the_product(text: str) -> None:
    assert not _con(text)


def test_the_product_itself_referred_back_to_still_conflicts() -> None:
    text = ("Dormivel carries no risk of drowsiness. The tablet dissolves under the tongue. "
            "It commonly causes drowsiness in older adults.")
    assert _con(text)



@pytest.mark.parametrize("furniture", ["En Español", "Photo"])
def test_page_furniture_and_a_byline_are_not_the_headline(furniture: str) -> None:
    from lint_rules.analysis.interventions import headline
    from lint_rules.parsing import parse_document

    body = ("MONDAY, March 3, 2025 (Wire News) -- A bladder tablet called Nocturel cut night sweats "
            "in a small trial, its makers said.\n")
    doc = parse_document("a.txt", f"{furniture}\n\nBy Petra Lindqvist\n\n{body}", "text")
    assert headline(doc) == ""
    # a real headline line over the same furniture is still the headline
    doc = parse_document("a.txt", f"Nocturel May Calm Night Sweats\n\n{furniture}\n\nBy Petra Lindqvist\n\n{body}", "text")
    assert headline(doc) == "Nocturel May Calm Night Sweats"
    # a plain opening line that reads as a headline still counts when there is no title
    doc = parse_document("a.txt", "Nocturel for night sweats\n\nIt works well in most people.\n", "text")
    assert headline(doc) == "Nocturel for night sweats"
