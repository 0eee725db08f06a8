"""A product declared by what it is ("Crampex, a magnesium citrate tablet, …", "Calmora
(melatonin 3 mg)") is named by its ingredient in the rest of that article where the ingredient heads a dosage
form or follows "the/this/its": a harm said of it is said of the product; a bare ingredient is
the substance in general. Nothing is declared by a person's or place's
appositive, a parenthesis with no dose or form, or in another article. Sentences are our own,
written from the mechanism (``context.declared``)."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, two_claims

from lint_rules.analysis.context import declared

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"


def _codes(intro: str, a: str, b: str) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER, intro))


@pytest.mark.parametrize("intro,a,b", [
    ("Crampex, a magnesium citrate tablet, is sold for night cramps.", "Crampex does not cause diarrhoea.",
     "The magnesium citrate can cause diarrhoea."),
    ("Calmora (melatonin 3 mg) is sold as a sleep aid.", "Calmora does not cause headaches.",
     "The melatonin can cause headaches."),
    ("Sombra, a melatonin gummy, is sold as a sleep aid.", "Sombra does not cause headaches.",
     "Melatonin gummies can cause headaches."),
])
def test_the_declared_ingredient_names_the_product(intro, a, b):
    assert "CON001" in _codes(intro, a, b)


@pytest.mark.parametrize("intro,a,b", [
    # nothing declared: the ingredient is another thing
    ("Crampex is sold for night cramps.", "Crampex does not cause diarrhoea.", "Magnesium citrate can cause diarrhoea."),
    # declared, but the harm is another ingredient's
    ("Crampex, a magnesium citrate tablet, is sold for night cramps.", "Crampex does not cause diarrhoea.",
     "Senna can cause diarrhoea."),
    # declared, but the ingredient in general: made by the body, from food, bare
    ("Sombra, a melatonin gummy, is sold as a sleep aid.", "Sombra does not cause headaches.",
     "The brain releases melatonin at night, and melatonin can cause headaches when its levels swing."),
    ("Crampex, a magnesium tablet, is sold for night cramps.", "Crampex does not cause diarrhoea.",
     "Leafy greens and seeds supply magnesium to most diets. Too much magnesium can cause diarrhoea."),
    ("Sombra, a melatonin gummy, is sold as a sleep aid.", "Sombra does not cause headaches.",
     "Melatonin can cause headaches."),
])
def test_an_undeclared_ingredient_stays_another_thing(intro, a, b):
    assert _codes(intro, a, b) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Crampex, a magnesium citrate tablet, is sold for night cramps.", [("citrate", "crampex")]),
    ("Calmora (melatonin 3 mg) is sold as a sleep aid.", [("melatonin", "calmora")]),
    ("NoxMist, an oral melatonin spray, costs ten pounds.", [("melatonin", "noxmist")]),
    # a purpose is no ingredient
    ("Lorvia, a new weight-loss pill, works on appetite.", []),
    ("Smith, a nurse in Leeds, tried it for a month.", []),
    ("Zorvex (pictured) is sold online.", []),
    ("Crampex, a tablet maker in Leeds, sells it.", []),
    ("Varley (2019) found no effect.", []),
])
def test_what_a_sentence_declares(sentence, expected):
    assert declared(sentence) == expected
