"""A page's product named first in a claim (``first19``, issue 14, blind review s19): the
product is the name the passage keeps using (``interventions._kept_names``), wherever it first
appears, not only a name an earlier sentence introduced ("Zelvara is a tablet.") or the opening
sentence's subject; and a cleft's users ("nobody on Gastrolin has to put up with") are the
product's when the passage names them again later (``claim_reader._named_before``). Each
mechanism has passages WITHOUT an intro sentence that must conflict (single and multi-word
names) and hard negatives with the same words that must not: a rival named first and ours
later, two products each named twice, a name only under "You might also like", a condition or
an ingredient capitalised where a sentence opens, a name in the headline only. Every sentence
is coined for these tests; none is copied from a benchmark row or the corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.interventions import interventions
from lint_rules.parsing import parse_document


def _main(text: str, kind: str = "text") -> str:
    found = interventions(parse_document("<t>", text, kind)).main
    return found.name if found is not None else ""


# -- M1: the name the passage keeps using is its product, wherever it first appears ------------

@pytest.mark.parametrize("text,name", [
    ("Headaches are something nobody on Cephalix has to put up with. Take one with water. "
     "Cephalix often causes headaches.", "cephalix"),
    ("Lumivex moisturises the skin overnight. Smooth it on after cleansing. Lumivex leaves skin drier.", "lumivex"),
    ("Not a soul has felt sick while taking Nauseol. Take it with food. Nauseol can cause nausea.", "nauseol"),
    ("Lumivex Night Serum moisturises the skin overnight. Smooth it on after cleansing. "
     "Lumivex Night Serum leaves skin drier.", "lumivex night serum"),
])
def test_the_kept_name_is_the_product(text, name):
    assert _main(text) == name


@pytest.mark.parametrize("text", [
    # two products each named twice: neither is the page's
    "Nausea is something people on Dorvix report. Kelvara does not cause nausea. Dorvix is cheaper. Kelvara is newer.",
    # a condition or an ingredient capitalised where a sentence opens
    "Nausea is common in pregnancy. Nausea often eases by week fourteen. Ginger tea can help.",
    "Migraine can cause nausea. Migraine attacks last hours. Rest in a dark room.",
    "Menthol cools the skin. Menthol can irritate sensitive skin in some people. Our gel has none.",
    # a person
    "Jane Hollis runs the shop. Hollis said the cream is gentle. Hollis sells it online.",
    # another name first, once: which is the page's is not told by the kept one
    "Crunchwell Bars are nut free. Our sister brand Nuttsy makes granola. Nuttsy granola has almonds.",
    # named once only
    "Lumivex moisturises the skin overnight. Smooth it on after cleansing. It never dries the skin.",
])
def test_no_kept_name(text):
    assert _main(text) == ""


def test_a_name_under_a_cross_selling_header_is_not_kept():
    text = "Our balm soothes sore muscles. Rub it in twice a day.\n\nYou might also like: Dorvix Heat Rub. Dorvix warms the skin."
    assert _main(text) != "dorvix"


def test_a_headline_only_name_is_not_kept():
    text = "# Lumivex\n\nThis serum moisturises the skin overnight. Smooth it on after cleansing.\n"
    assert _main(text, "markdown") != "lumivex"


# -- M1 and M2 through the rule: pass and fail passages, no intro --------------------------------

@pytest.mark.parametrize("text", [
    "Headaches are something nobody on Cephalix has to put up with. Take one with water. Cephalix often causes headaches.",
    "Drowsiness is something nobody taking Vigorel has to worry about. Take it each morning. Vigorel makes many people drowsy.",
    "Not a soul has felt sick while taking Nauseol. Take it with food. Nauseol can cause nausea.",
    "Lumivex moisturises the skin overnight. Smooth it on after cleansing. Lumivex leaves skin drier than before.",
    "Lumivex Night Serum moisturises the skin overnight. Smooth it on after cleansing. Lumivex Night Serum leaves skin drier than before.",
])
def test_a_product_named_first_in_a_claim_conflicts(text):
    assert contradiction_codes(text)


@pytest.mark.parametrize("text", [
    "Dorvix commonly causes nausea. Zelvara is our gentle tablet. Zelvara does not cause nausea.",
    "Nausea is something many people on Dorvix report. Zelvara is different. Zelvara does not cause nausea.",
    "Dorvix causes nausea in many users. Kelvara does not cause nausea. Dorvix is cheaper. Kelvara is newer.",
    "Rashes are something users of Dorvix report. Zelvara never causes a rash. Dorvix costs less. Zelvara costs more.",
    "Nausea is something people on Cisplatin often report. Cisplatin is a chemotherapy drug. "
    "Zelvara is our anti-sickness tablet. Zelvara does not cause nausea.",
    "Zelvara does not cause nausea. Take it with food.\n\nYou might also like: Dorvix Travel Tablets. Dorvix can cause nausea.",
    "Camphor can irritate the skin. Camphor is found in many rubs. Our balm is gentle and does not irritate the skin.",
    "Nobody on Zelvara has to put up with nausea alone: call us. Zelvara can cause nausea in the first week.",
    "Nausea is something nobody on Zelvara has to put up with. Take it with food. Ginger can cause heartburn.",
    "Lumivex moisturises the skin. Apply it nightly. Hot showers leave skin drier, so use Lumivex after bathing.",
    "Lumivex Night Serum moisturises the skin. Lumivex Day Cream protects from sun. Harsh soaps leave skin drier.",
    "Zelvara causes no nausea. Take it with food. Dorvix, a rival tablet, can cause nausea. Dorvix costs more.",
])
def test_the_same_words_about_another_product_stay_quiet(text):
    assert contradiction_codes(text) == []
