"""What an article is about when it sells or tests a branded product: product-shaped names,
the product over its ingredients, and the drug it is taken with (issue 14). Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

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
