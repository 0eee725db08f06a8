"""Review fixes for ``name16`` (session 16, ``name16b``): an era, a window of use, the seller's own
earlier word, another group's ingredient list, a "the X one" variant and a part of the product
are each read only where they are about the product. Every sentence is written for these tests
(coined product names) from the construction, not taken from a blind set, the review or the
corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions

_QUIET: list[str] = [
    # an ingredient list said with its verb, in a sentence that names another group of products
    "Dorvel C tablets are gluten free. Several own-brand chewable tablets are not: "
    "their excipients include wheat starch in many generic products. Ask your pharmacist.",
    "Brinly Loaf is egg free. Some supermarket loaves are not: their ingredients include egg and milk.",
    # "the X one" where "one" is no variant of the product (a recipe, a serving)
    "Creamlo dessert is nut free and made in a nut-free kitchen.\n"
    "Two recipes to try: a lemon tart and a caramel tart.\n"
    "The caramel one is built on a base of ground almonds, so leave it out for nut allergies.",
    # a part in general or another's part: a bare plural, "a" + part, another modifier
    "Pulsera causes no skin irritation.\nPulsera comes with a soft fabric strap.\n"
    "The nickel in metal straps can cause skin irritation in some users.",
    "Pulsera causes no skin irritation.\nPulsera comes with a soft fabric strap.\n"
    "Rubber straps can cause skin irritation in some users.",
]

_FOUND: list[str] = [
    # an "Until …," or "Now …" opening that says nothing of what the product is made of dates no claim
    "Until last spring, Dozera was sold only on prescription, and it does not cause dizziness.\n"
    "Now for the bad news: Dozera can cause dizziness in some people.",
    "Until recently, Dozera was hard to find, and it causes no dizziness.\n"
    "There is now some evidence that Dozera can cause dizziness.",
    "Until last year, Dozera was prescription-only; it causes no dizziness.\n"
    "Dozera is now on chemist shelves, but it can cause dizziness in some people.",
    # "after a month/year" of something other than use is no window of use (deny18: the harm in
    # the first window and the denial beside the shortage, since a denial limited to the first
    # window no longer meets a harm that names no time)
    "When you first start Dozera, it can cause dizziness.\n"
    "Dozera is back in chemists after a month of shortages, and it causes no dizziness.",
    # the seller's own earlier word, followed by an agreeing study, is still the page's
    "As our online page said last spring, Nappeze is safe for children of all ages.\n"
    "A 2019 survey found that most parents were happy with it.\n"
    "Nappeze should not be given to children under two.",
]


@pytest.mark.parametrize("text", _QUIET)
def test_ordinary_passage_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _FOUND)
def test_true_conflict_is_found(text: str) -> None:
    assert contradictions(text) != []
