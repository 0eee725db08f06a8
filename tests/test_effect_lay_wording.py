"""Consumer leaflet wording of side effects (``knowledge/effects_vocabulary.csv``, the NHS
medicines pages' plain-English names, HPO layperson synonyms, MedlinePlus topics): each
lay name is the concept a label would use, and words with an everyday sense outside health
stay out. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.concepts import get_lexicon
from lint_rules.analysis.contradictions import claims
from lint_rules.parsing import parse_document


@pytest.mark.parametrize("lay, term", [
    ("being sick", "vomiting"),
    ("farting", "flatulence"),
    ("burping", "excessive belching"),
    ("peeing more often", "frequent urination"),
    ("getting up to pee", "nocturia"),
    ("blurry vision", "blurred vision"),
    ("hungover", "hangover"),
    ("feeling thirsty", "extreme thirst"),
    ("breathlessness", "shortness of breath"),
    ("high temperature", "fever"),
    ("sensitive to sunlight", "photosensitivity"),
    ("low magnesium", "hypomagnesemia"),
    ("spitting up", "reflux"),
    ("winter blues", "seasonal affective disorder"),
    ("next-day drowsiness", "drowsiness"),
    ("feeling foggy", "brain fog"),
    ("bung you up", "constipation"),
])
def test_a_leaflet_name_is_the_labels_concept(lay, term):
    lex = get_lexicon()
    got, want = lex.lookup(lay), lex.lookup(term)
    assert got is not None and want is not None, (lay, term)
    assert got.id == want.id or lex.related(got.id, want.id), (lay, got.id, want.id)


@pytest.mark.parametrize("word", ["wind", "gas", "foggy", "spots", "temperature", "colds"])
def test_a_word_with_an_everyday_sense_is_no_concept_alone(word):
    assert get_lexicon().lookup(word) is None


def _effects(text: str) -> list[tuple[str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(c.stance, doc.text[c.start:c.end]) for c in claims(doc)]


@pytest.mark.parametrize("text, stance", [
    ("Ferrix iron tablets may bung you up for a few days.", "affirmed"),
    ("Ferrix iron tablets won't bung you up.", "negated"),
    ("Lunora can make your skin more sensitive to sunlight.", "affirmed"),
    ("Slumbra may leave you feeling foggy.", "affirmed"),
])
def test_a_leaflet_phrase_said_of_the_product_is_a_claim(text, stance):
    assert stance in [s for s, _ in _effects(text)], (text, _effects(text))


@pytest.mark.parametrize("text", [
    "The wind was strong on the coast that morning.",
    "Foggy mornings are common in the valley in autumn.",
])
def test_the_everyday_sense_is_no_claim(text):
    assert not _effects(text), (text, _effects(text))


def test_blocked_up_said_of_a_nose_is_no_constipation():
    from lint_rules.analysis.contradictions import conflicts

    assert get_lexicon().lookup("blocked up") is None
    text = ("Nasora spray won't cause constipation.\n\n"
            "Overusing Nasora decongestant spray can leave your nose blocked up for days.")
    assert not conflicts(parse_document("<t>", text, "text"))


@pytest.mark.parametrize("lay, concept", [
    ("spitting up", "HP:0002020"), ("bringing up milk", "HP:0002020"), ("feeling foggy", "HP:0033630"),
])
def test_a_plain_name_is_a_lay_term_not_jargon(lay, concept):
    lex = get_lexicon()
    found = lex.lookup(lay)
    assert found is not None and found.id == concept
    assert lay in [t.lower() for t in found.lay_terms] and lay not in [t.lower() for t in found.synonyms]
    assert not lex.is_technical(lay)


def test_a_concept_loaded_from_hpo_keeps_one_copy_of_each_lay_term():
    lay = [t.lower() for t in get_lexicon().concepts["HP:0002354"].lay_terms]
    assert lay.count("forgetfulness") == 1, lay
