"""Which product a sentence is about (session 17, ``name17``, issue 14): for each mechanism the
true conflict that must be found and the ordinary passage or hard negative (the same words,
another product, a part, a reported claim) that must stay quiet. Every sentence is written for
these tests (coined product names) from the construction, not taken from a blind set or the
corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions


def _pairs(text: str) -> set[tuple[int, int]]:
    """The two places each finding joins, as (first line, last line) of the passage."""
    out = set()
    for f in contradictions(text):
        lines = [f.location.line] + [r.location.line for r in f.related]
        out.add((min(lines), max(lines)))
    return out


def _joins_first_and_last(text: str) -> None:
    """A finding joins the passage's first line (the promise) with its last (the claim the test
    is about): which pair fired, not only that something did."""
    last = text.rstrip("\n").count("\n") + 1
    pairs = _pairs(text)
    assert (1, last) in pairs, pairs


def _flags(text: str) -> set[tuple[str, str]]:
    """The findings of ``text`` as (code, flagged words): which pair fired, not only whether."""
    body = text if text.endswith("\n") else text + "\n"
    return {(f.code, body[f.location.start_offset:f.location.end_offset].lower()) for f in contradictions(text)}

#: Neutral sentences that keep two claims in different paragraphs.
_F = "\n\nStore it somewhere cool and dry. Keep out of reach of children.\n\n"

# -- the reason frame's "it": the product unless another product is its antecedent ---------------

_REASON_FOUND = [
    "Nervia is a new tablet for nerve pain. Nervia causes no dizziness." + _F
    + "Nervia is well liked. Dizziness is the main reason people stop taking it.",
    "Cortalin does not cause weight gain." + _F + "Weight gain is the most common reason people stop taking it.",
    "Nervia causes no dizziness." + _F + "We asked our readers about Nervia. Dizziness is the main reason people stop taking it.",
]
_REASON_QUIET = [
    "Nervia is a new tablet for nerve pain. Nervia causes no dizziness." + _F
    + "Gabapentin is older. Dizziness is the main reason people stop taking it.",
    "Nervia causes no dizziness." + _F + "Many people try gabapentin first. Dizziness is the main reason people stop taking it.",
    "Nervia causes no dizziness." + _F
    + "Older pills like amitriptyline came first. Dizziness is the main reason people stop taking them.",
]


@pytest.mark.parametrize("text", _REASON_FOUND)
def test_reason_frame_it_is_the_product(text: str) -> None:
    _joins_first_and_last(text)


@pytest.mark.parametrize("text", _REASON_QUIET)
def test_reason_frame_it_after_another_product_is_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- a claim reported from an unnamed speaker and answered, or under a correction heading -------

_VOICE_QUIET = [
    "Zelvara is a hair serum. Zelvara does not cause hair loss." + _F
    + "In class chat, someone said Zelvara causes hair loss. It doesn't.",
    "Zelvara doesn't cause hair loss." + _F + "A classmate told me Zelvara makes your hair fall out. It doesn't.",
    "Zelvara doesn't cause hair loss." + _F + "Somebody in the comments wrote that Zelvara causes hair loss. It does not.",
    "Zelvara doesn't cause hair loss." + _F + "One commenter claimed Zelvara gave her hair loss. Not true.",
    "Zelvara does not raise blood pressure." + _F
    + "Correction\n\nIt said Zelvara raised blood pressure. That was our mistake.",
    "Zelvara does not raise blood pressure." + _F
    + "Correction\n\nThe previous text said that Zelvara raised blood pressure. We have fixed this.",
]
_VOICE_FOUND = [
    # the writer's own claim, a named source, or a report left standing
    "Zelvara doesn't cause hair loss." + _F + "My doctor said Zelvara can cause hair loss.",
    "Zelvara doesn't cause hair loss." + _F + "Someone said Zelvara causes hair loss, and they were right: it can.",
    "Zelvara doesn't cause hair loss." + _F + "Side effects\n\nOne tester said Zelvara caused some hair loss after a month.",
    # a correction heading over a sentence that reports nothing
    "Zelvara doesn't cause hair loss." + _F
    + "Correction\n\nAn earlier version of this page got the price wrong. Zelvara can cause hair loss in some users.",
]


@pytest.mark.parametrize("text", _VOICE_QUIET)
def test_reported_and_answered_claim_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _VOICE_FOUND)
def test_claim_left_standing_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- a cross-selling section: its products and their kind nouns are not the page's --------------

_CROSS_QUIET = [
    "Crunchly Oat Bars are peanut free and made in a nut-free bakery." + _F
    + "You might also like:\n\nNutty Bites Cookies\n\nThe cookies contain peanuts.",
    "Crunchly Oat Bars are peanut free." + _F + "Related products\n\nGoldie Peanut Cookies - crunchy and sweet. The cookies contain peanuts.",
    "Crunchly Oat Bars are peanut free." + _F + "Customers also bought: Munchos Cookies. The cookies contain peanuts.",
    "Crunchly Oat Bars are peanut free." + _F + "Customers also bought\n\nHoney Nut Clusters. These clusters are made with peanuts.",
    "Calmix capsules cause no drowsiness." + _F + "Related products\n\nDozey Night Tea. The tea can make you drowsy.",
    "Sunny Bars are a breakfast bar. They are nut free and made in a nut-free bakery." + _F
    + "You might also like:\n\nCrunch Nut Clusters\n\nThe clusters are made with almonds and hazelnuts. They contain nuts.",
]
_CROSS_FOUND = [
    # the page's own product named in the section, after it, or with no section at all
    "Crunchly Oat Bars are peanut free." + _F + "You might also like:\n\nNutty Bites Cookies\n\nCrunchly Oat Bars contain peanuts.",
    "Crunchly Oat Bars are peanut free." + _F
    + "Related products\n\nDozey Night Tea.\n\nAllergy update\n\nCrunchly Oat Bars now contain peanuts.",
    "Crunchly Oat Bars are peanut free and made in a nut-free bakery." + _F + "The bars contain peanuts.",
]


@pytest.mark.parametrize("text", _CROSS_QUIET)
def test_cross_selling_section_is_another_product(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _CROSS_FOUND)
def test_page_product_outside_or_named_in_section_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- what the page says its product contains: the ingredient, with "the", names the product ------

_CONTAINS_FOUND = [
    "Relaxo drops contain CBD and a little peppermint oil. Relaxo drops will not make you drowsy." + _F
    + "The CBD can make you drowsy, so avoid driving after a dose.",
    "Sleepwell tablets contain melatonin. Sleepwell tablets cause no headaches." + _F + "The melatonin can cause headaches.",
    "Calmo gummies contain melatonin. Calmo gummies won't leave you groggy." + _F
    + "The melatonin can leave you groggy the next morning.",
    "Restora tea is made with valerian and chamomile. Restora tea does not cause headaches." + _F
    + "Its valerian can cause headaches in some people.",
    "Duoflex combines paracetamol and aspirin. Duoflex is gentle on the stomach." + _F
    + "The aspirin in Duoflex can irritate the stomach lining.",
]
_CONTAINS_QUIET = [
    # another product with the same ingredient, a denial of containing it, "may contain"
    "Relaxo drops contain CBD. Relaxo drops will not make you drowsy." + _F + "Other CBD oils can cause drowsiness.",
    "Calmo gummies contain melatonin. Calmo gummies won't leave you groggy." + _F
    + "Melatonin from other brands can leave you groggy.",
    "Calmo gummies are melatonin free. They won't leave you groggy." + _F + "The melatonin in other gummies can leave you groggy.",
    "Calmo gummies contain magnesium. Calmo won't upset your stomach." + _F + "Iron can upset your stomach.",
    "Calmo gummies may contain traces of soy. Calmo won't upset your stomach." + _F
    + "The soy can upset the stomach of some people.",
    # "Each capsule contains …" names the page's product by its form, not another product
    "CholestaNo lowers LDL cholesterol. Each capsule contains plant sterols. Take two a day with food.",
]


@pytest.mark.parametrize("text", _CONTAINS_FOUND)
def test_ingredient_the_page_says_it_contains_is_the_product(text: str) -> None:
    _joins_first_and_last(text)


@pytest.mark.parametrize("text", _CONTAINS_QUIET)
def test_ingredient_of_another_product_is_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- one ingredient of a combination product is not the product as a whole ----------------------

_PART_QUIET = [
    "The paracetamol in Duoflex is gentle on the stomach." + _F + "The aspirin in Duoflex can irritate the stomach lining.",
    "Duoflex contains paracetamol and aspirin. The paracetamol is gentle on the stomach." + _F
    + "The aspirin can irritate the stomach.",
    "In Duoflex, the paracetamol causes no stomach upset." + _F + "The aspirin in it may upset the stomach.",
    "Duoflex combines paracetamol and aspirin. The paracetamol won't upset your stomach." + _F
    + "The aspirin in it can upset the stomach.",
    "The paracetamol in Duoflex won't upset your stomach." + _F + "Duoflex can upset the stomach.",
    # an ingredient the writer places in another food or drug
    "Calmo does not contain caffeine. Calmo won't keep you awake." + _F + "The caffeine in coffee can keep you awake.",
    "Calmo won't upset your stomach." + _F + "The lactose in milk can upset your stomach.",
]
_PART_FOUND = [
    # the product as a whole promised, an ingredient's harm; one ingredient on both sides
    "Duoflex combines paracetamol and aspirin. Duoflex won't upset your stomach." + _F + "The aspirin in it can upset the stomach.",
    "Duoflex combines paracetamol and aspirin. The aspirin in Duoflex is gentle on the stomach." + _F
    + "The aspirin in Duoflex can irritate the stomach lining.",
    "Kipwell capsules contain magnesium and valerian. Kipwell won't upset your stomach." + _F
    + "The magnesium in Kipwell can upset your stomach.",
]


@pytest.mark.parametrize("text", _PART_QUIET)
def test_promise_about_one_ingredient_is_not_the_whole(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _PART_FOUND)
def test_whole_product_promise_against_ingredient_harm_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- two products declared on one page: each ingredient is its own product's ---------------------

_TWO_QUIET = [
    "Relaxo drops contain CBD, and Sleepo drops contain melatonin. Relaxo drops won't make you drowsy." + _F
    + "The melatonin can make you drowsy.",
    "Calmo gummies contain melatonin, and Dozo tablets contain valerian. Calmo won't upset your stomach." + _F
    + "The valerian can upset your stomach.",
]
_TWO_FOUND = [
    "Relaxo drops contain CBD, and Sleepo drops contain melatonin. Relaxo drops won't make you drowsy." + _F
    + "The CBD can make you drowsy.",
]


@pytest.mark.parametrize("text", _TWO_QUIET)
def test_other_products_ingredient_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _TWO_FOUND)
def test_own_products_ingredient_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- "It …" opening a sentence after another product's sentence is that product ------------------

_PRONOUN_QUIET = [
    "Relaxo drops won't make you drowsy." + _F + "Sleepo gummies contain melatonin. It can make you drowsy.",
    "Relaxo drops won't make you drowsy." + _F + "Our sister brand makes Sleepo tea. It can make you drowsy.",
]
_PRONOUN_FOUND = [
    "Relaxo drops won't make you drowsy." + _F + "Relaxo drops contain CBD. It can make you drowsy.",
    "Relaxo drops won't make you drowsy." + _F + "Relaxo drops are stronger than Sleepo tea. It can make you drowsy.",
    "Relaxo drops won't make you drowsy." + _F + "It can make you drowsy, though.",
]


@pytest.mark.parametrize("text", _PRONOUN_QUIET)
def test_pronoun_after_another_product_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _PRONOUN_FOUND)
def test_pronoun_after_the_product_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- a description by kind: "Zentra is a CBD oil" makes "the CBD oil" and "the CBD" Zentra --------

_KIND_FOUND = [
    "Zentra is a CBD oil for everyday calm. It won't make you drowsy." + _F + "The CBD oil can cause drowsiness.",
    "Zentra is a CBD oil for everyday calm. It won't make you drowsy." + _F + "The CBD can cause drowsiness.",
    "Fluvax is this year's flu jab. Fluvax causes no fever." + _F + "The jab can cause a mild fever in children.",
]
_KIND_QUIET = [
    "Zentra is a CBD oil for everyday calm. It won't make you drowsy." + _F + "Other CBD oils can cause drowsiness.",
    "Zentra is a brand of calming drops. It won't make you drowsy." + _F + "Some sleep aids can cause drowsiness.",
]


@pytest.mark.parametrize("text", _KIND_FOUND)
def test_kind_the_page_gives_its_product_is_the_product(text: str) -> None:
    _joins_first_and_last(text)


@pytest.mark.parametrize("text", _KIND_QUIET)
def test_other_product_of_the_kind_is_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- the shop page's other cross-selling block names ---------------------------------------------

_BLOCK_QUIET = [
    "Crunchly Oat Bars are peanut free." + _F + "Frequently bought together\n\nPeanut Power Bars. The bars contain peanuts.",
    "Crunchly Oat Bars are peanut free." + _F + "Similar products\n\nGoober Crunch Cookies. The cookies contain peanuts.",
]


@pytest.mark.parametrize("text", _BLOCK_QUIET)
def test_other_cross_selling_blocks_are_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- the product's ingredient in another form is another product -------------------------------

_FORM_QUIET = [
    "Painaway is an ibuprofen gel. Painaway does not upset the stomach." + _F
    + "Like all NSAIDs, ibuprofen tablets can upset the stomach.",
    "Painaway is an ibuprofen gel. Painaway does not upset the stomach." + _F + "Ibuprofen tablets can upset the stomach.",
]
_FORM_FOUND = [
    "Painaway is an ibuprofen gel. Painaway does not upset the stomach." + _F + "The ibuprofen in it can upset the stomach.",
    "Painaway is an ibuprofen gel. Painaway does not upset the stomach." + _F + "The ibuprofen gel can upset the stomach.",
]


@pytest.mark.parametrize("text", _FORM_QUIET)
def test_ingredient_in_another_form_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _FORM_FOUND)
def test_ingredient_in_the_products_form_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- a sentence about other products opens no cross-selling section -----------------------------

_NO_SECTION_FOUND = [
    "Calmix capsules cause no drowsiness.\n\nOther products can cause drowsiness.\n\nIt can make you drowsy in the first week.",
]


@pytest.mark.parametrize("text", _NO_SECTION_FOUND)
def test_sentence_about_other_products_opens_no_section(text: str) -> None:
    _joins_first_and_last(text)


# -- the reason frame's "them" after another drug named earlier in its own sentence ---------------

_REASON_OWN_SENTENCE_QUIET = [
    "Nervia causes no dizziness." + _F + "In a survey of 200 users of older drugs such as gabapentin, "
    "dizziness was the main reason people stopped taking them.",
]


@pytest.mark.parametrize("text", _REASON_OWN_SENTENCE_QUIET)
def test_reason_frame_after_another_drug_in_its_sentence_is_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- (review) only a drug that is its sentence's topic is the antecedent of the reason frame's "it" --

_TOPIC_FOUND = [
    # a description of the product by its kind, after "as": still the product
    ("Wakora causes no headaches." + _F + "It comes as an oral spray. Headaches are the main reason people stop using it.",
     "headaches"),
    # another drug as a partner of the product, not the sentence's topic
    ("Wakora causes no headaches." + _F + "You may take it with ibuprofen. Headaches are the main reason people stop taking it.",
     "headaches"),
    ("Wakora causes no nausea." + _F + "Wakora is often compared with ibuprofen. Nausea is the main reason people quit it.",
     "nausea"),
]
_TOPIC_QUIET = [
    "Wakora causes no nausea." + _F + "Ibuprofen, by contrast, is cheap. Nausea is the main reason people stop taking it.",
    "Wakora causes no nausea." + _F + "Plenty of patients start on naproxen. Nausea is the main reason people stop taking it.",
]


@pytest.mark.parametrize(("text", "effect"), _TOPIC_FOUND)
def test_reason_frame_it_after_a_drug_off_topic_is_the_product(text: str, effect: str) -> None:
    flags = _flags(text)
    assert any(code.startswith("CON001") and effect in words for code, words in flags), flags
    _joins_first_and_last(text)


@pytest.mark.parametrize("text", _TOPIC_QUIET)
def test_reason_frame_it_after_a_drug_as_topic_is_quiet(text: str) -> None:
    assert contradictions(text) == []


# -- (review) under a correction heading, only the corrected text's own words are answered --------

_CORRECTED_QUIET = [
    # the heading on a line of its own, kept in its paragraph by a single line break
    "Correction\nOur first post misquoted the label. It said Quorvel causes hair loss. Quorvel does not cause hair loss.",
    "Quorvel is suitable for children." + _F + "Fact check\n\nIt said Quorvel is not suitable for children. That was wrong.",
    "Quorvel does not cause hair loss." + _F + "Correction: we wrongly said Quorvel causes hair loss.",
]
_CORRECTION_SOURCE_FOUND = [
    # a source the writer relies on, under the heading: the writer's own claim
    ("Quorvel is safe in pregnancy." + _F + "Myths and facts\n\nThe product leaflet states that Quorvel "
     "should not be used in pregnancy.", "CON006"),
    ("Quorvel is suitable for children." + _F + "Fact check\n\nThe pharmacist guide says Quorvel is not "
     "suitable for children.", "CON006"),
]


@pytest.mark.parametrize("text", _CORRECTED_QUIET)
def test_corrected_texts_words_are_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize(("text", "code"), _CORRECTION_SOURCE_FOUND)
def test_source_under_correction_heading_is_found(text: str, code: str) -> None:
    flags = _flags(text)
    assert any(c.startswith(code) for c, _w in flags), flags
    _joins_first_and_last(text)


# -- (review) the ingredient split holds for the typed claims too (safe in a group, no limit) ----

_TYPED_PART_QUIET = [
    "Bivora combines naproxen and paracetamol. The paracetamol in Bivora is safe for teenagers." + _F
    + "The naproxen in Bivora is not suitable for teenagers with asthma.",
    "Bivora combines naproxen and paracetamol. The paracetamol in Bivora is safe in pregnancy." + _F
    + "The naproxen in Bivora should be avoided in pregnancy.",
]
_TYPED_PART_FOUND = [
    # the whole product's promise against one ingredient's restriction; one ingredient both sides
    "Bivora combines naproxen and paracetamol. Bivora is safe in pregnancy." + _F
    + "The naproxen in Bivora should be avoided in pregnancy.",
    "Bivora combines naproxen and paracetamol. The naproxen in Bivora is safe in pregnancy." + _F
    + "The naproxen in Bivora should be avoided in pregnancy.",
]


@pytest.mark.parametrize("text", _TYPED_PART_QUIET)
def test_typed_promise_about_one_ingredient_is_not_the_whole(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _TYPED_PART_FOUND)
def test_typed_whole_promise_against_ingredient_restriction_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- (review) a description by kind after a possessive, read for any determiner ------------------


@pytest.mark.parametrize("sentence", ["Zentra is the clinic's CBD oil for calm.", "Zentra is our shop's CBD oil."])
def test_description_by_kind_after_a_possessive(sentence: str) -> None:
    from lint_rules.analysis.context import contained

    assert ("cbd", "zentra") in contained(sentence)


@pytest.mark.parametrize("sentence", ["Zentra is the clinic's favourite brand.", "Aspirin is the world's oldest painkiller."])
def test_possessive_without_a_kind_declares_nothing(sentence: str) -> None:
    from lint_rules.analysis.context import contained

    assert contained(sentence) == []


# -- (review) a cross-selling header inside a paragraph opens the section too ---------------------

_INLINE_QUIET = [
    "Crispo Rice Cakes are nut-free. Each pack has six cakes. You might also like: Peanut Crunch Cookies. "
    "The cookies contain peanuts.",
    "Fitsip protein shake is dairy-free. You might also like: Whey Max Powder. It contains milk.",
    "Softa plasters are latex-free. Related products: Grippa sports tape. The tape contains latex.",
    "Softa plasters are latex-free. Shop the range: Softa Sports Tape. The tape contains latex.",
]
_INLINE_FOUND = [
    # the page's product by the kind the page used before the section, or by its name
    "Crispo Rice Cakes are nut-free and made in a nut-free bakery. You might also like: Almond Cookies. "
    "The cakes contain peanuts.",
    "Crispo Rice Cakes are nut-free and made in a nut-free bakery. Customers also bought: Almond Cookies. "
    "Crispo Rice Cakes contain peanuts.",
    "Softa plasters are latex-free. Related products: Grippa sports tape, Softa refills. "
    "The plasters contain latex in the adhesive.",
]


@pytest.mark.parametrize("text", _INLINE_QUIET)
def test_inline_cross_selling_header_opens_a_section(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _INLINE_FOUND)
def test_page_product_by_its_kind_after_an_inline_header_is_found(text: str) -> None:
    _joins_first_and_last(text)


# -- (review) a declared ingredient the word lists do not know; an item with its description ----


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Chillo rub contains wintergreen 2%.", ("wintergreen", "chillo rub")),
    ("Pawcalm drops contain valerian grown in Devon, plus a little fennel for taste.", ("valerian", "pawcalm drops")),
    ("Skinora Daily contains titanium dioxide as its only filter.", ("titanium dioxide", "skinora daily")),
])
def test_declared_ingredient_is_read_known_or_not(sentence: str, pair: tuple[str, str]) -> None:
    from lint_rules.analysis.context import contained

    found = contained(sentence)
    # (agent names: the head of a name, "dioxide" of "titanium dioxide", "rub" of "Chillo rub")
    assert any(i in pair[0].split() and p in pair[1].split() for i, p in found), found


@pytest.mark.parametrize("sentence", [
    "Chillo rub contains 30 servings.", "Chillo rub contains everything you need.", "Chillo rub contains no wintergreen.",
    "Chillo rub may contain wintergreen.", "Chillo tablets contain a herbal extract for low mood.",
    "Chillo contains natural, organic, ethically sourced.",
])
def test_no_ingredient_declared(sentence: str) -> None:
    from lint_rules.analysis.context import contained

    assert contained(sentence) == []


@pytest.mark.parametrize("sentence", ["Chillo (wintergreen 2%) is a rub.", "Pellix (gabapentin 300 mg) is a capsule."])
def test_parenthesis_with_a_dose_declares_its_ingredient(sentence: str) -> None:
    from lint_rules.analysis.context import declared

    assert declared(sentence) != [] and all(p in ("chillo", "pellix") for _i, p in declared(sentence))


@pytest.mark.parametrize("sentence", ["Smith (pictured) said it helps.", "Chillo (2019) was a hit.", "Chillo (see below) is a rub."])
def test_parenthesis_without_a_dose_declares_nothing(sentence: str) -> None:
    from lint_rules.analysis.context import declared

    assert declared(sentence) == []


_DECLARED_FOUND = [
    "Pawcalm drops contain melatonin made from plants, plus a little fennel for taste. Pawcalm drops won't make you "
    "drowsy." + _F + "The melatonin can make you drowsy.",
]
_DECLARED_PART_QUIET = [
    "Tummex chews contain an antacid and dimeticone. Tummex's antacid can cause constipation." + _F
    + "Its dimeticone has no known side effects.",
]


@pytest.mark.parametrize("text", _DECLARED_FOUND)
def test_ingredient_item_with_a_description_names_the_product(text: str) -> None:
    _joins_first_and_last(text)


@pytest.mark.parametrize("text", _DECLARED_PART_QUIET)
def test_possessed_declared_ingredient_is_its_own_part(text: str) -> None:
    assert contradictions(text) == []


_BARE_PART_QUIET = [
    "Coolgel combines menthol and ketoprofen. Menthol on its own is suitable for children." + _F
    + "The ketoprofen is not suitable for children under 12.",
]
_BARE_PART_FOUND = [
    # the whole product's promise against its ingredient's restriction still fires
    "Coolgel combines menthol and ketoprofen. Coolgel is suitable for children." + _F
    + "The ketoprofen in Coolgel is not suitable for children under 12.",
]


@pytest.mark.parametrize("text", _BARE_PART_QUIET)
def test_declared_ingredient_named_bare_is_its_own_part(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _BARE_PART_FOUND)
def test_whole_product_promise_against_bare_ingredient_is_found(text: str) -> None:
    _joins_first_and_last(text)
