"""Lexical coverage of claim reading from named sources (branch lexcov, issue 14): verb classes
derived from WordNet 3.0 (``lexicon_wordnet.toml``), a group of users more easily harmed, time
since starting use and the writer's fronted denials. Each mechanism has sentences it must read and sentences it must leave alone.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.claim_reader import mask_asides, predicate_classes
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.knowledge import path, read_toml
from lint_rules.parsing import parse_document


def _typed(text: str) -> list[tuple[str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side) for c in typed_claims(doc)]


# -- WordNet-derived verb classes ---------------------------------------------------------

def test_wordnet_lexicon_names_its_source_and_licence():
    text = path("lexicon_wordnet.toml").read_text(encoding="utf-8")
    head = "".join(line for line in text.splitlines() if line.startswith("#"))
    assert "WordNet 3.0" in head and "wordnet-base 1:3.0-37" in head and "licence" in head.lower()


def test_wordnet_verbs_join_the_curated_classes():
    classes = predicate_classes()
    assert {"palliate", "assuage", "stave off"} <= set(classes["relief"])
    assert "supercharge" in classes["raising"]
    # the curated lemmas stay, first and once
    assert classes["relief"][0] == read_toml("claim_predicates.toml")["classes"]["relief"][0]
    assert len(classes["relief"]) == len(set(classes["relief"]))


def test_pruned_senses_stay_out():
    classes = predicate_classes()
    # "belittle" is WordNet's "decrease" in the sense of lessening someone's dignity;
    # "extend" and "blow up" are increases of size, not of a measure
    assert "belittle" not in classes["lowering"]
    assert not {"extend", "blow up", "multiply"} & set(classes["raising"])
    wordnet = read_toml("lexicon_wordnet.toml")
    assert "comfort" not in wordnet["relief"] and "nonimmune" not in wordnet["susceptible_adj"]


def test_a_wordnet_relief_verb_reads_a_benefit():
    assert ("benefit", "helps") in _typed("Dormira palliates the ache of sore joints within a day.")


def test_a_wordnet_relief_verb_denied_reads_no_benefit():
    assert ("benefit", "no_help") in _typed("Dormira did not palliate the ache of sore joints at all.")

# -- a group of users more easily harmed -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Older adults who take Somnex seem to be more prone to falls at night.",
    "Children taking Somnex are more vulnerable to sunburn.",
    "Patients on Somnex are at higher risk of bleeding after surgery.",
])
def test_a_group_of_users_more_easily_harmed_is_a_restriction(text):
    assert ("scope", "restricted") in _typed(text), text


@pytest.mark.parametrize("text", [
    # a group with a disease, not a group of the product's users
    "People with diabetes are more prone to foot infections.",
    # no group at all
    "Somnex is prone to clumping in damp weather.",
])
def test_susceptibility_not_tied_to_users_is_no_restriction(text):
    assert ("scope", "restricted") not in _typed(text), text


# -- people tied to the product by how long they have used it ----------------------------------

def _users_harmed(text: str) -> bool:
    """An affirmed effect claim in ``text`` read as said of a group of the product's users."""
    from lint_rules.analysis.contradictions import claims

    doc = parse_document("<t>", "Veltrix is a fibre supplement.\n\n" + text, "text")
    return any(c.stance == "affirmed" and c.group for c in claims(doc) if doc.text.find(text) <= c.start)


@pytest.mark.parametrize("text", [
    "Plenty of people get heartburn for the first fortnight or so.",
    "Since starting it, some people get heartburn.",
    "Two weeks in, a few people get heartburn.",
])
def test_time_since_starting_ties_people_to_the_product(text):
    assert _users_harmed(text), text


@pytest.mark.parametrize("text", [
    "Some people get heartburn after big meals.",
    "Three weeks in a row, some people get heartburn.",
])
def test_people_with_no_tie_to_the_product_are_no_users(text):
    assert not _users_harmed(text), text


# -- a writer's own denial, with the negative adverbial fronted ------------------------------

def _denied_by_writer(text: str) -> bool:
    from lint_rules.analysis.contradictions import claims

    doc = parse_document("<t>", "I switched to Ferrosoft in spring.\n\n" + text, "text")
    return any(c.stance == "negated" for c in claims(doc) if doc.text.find(text) <= c.start)


@pytest.mark.parametrize("text", [
    "Three months in and not once have I been constipated.",
    "Never once have we had a headache on it.",
    "At no point did I feel nauseous after taking it.",
    "I have never been constipated on it.",
])
def test_a_fronted_or_state_denial_by_the_writer_is_read(text):
    assert _denied_by_writer(text), text


@pytest.mark.parametrize("text", [
    # an intensifier, not a denial
    "Never have I been so tired of adverts for pills.",
])
def test_never_have_i_been_so_is_no_denial(text):
    assert not _denied_by_writer(text), text


def test_a_group_taking_something_else_is_no_restriction():
    assert ("scope", "restricted") not in _typed("Children taking antibiotics are more prone to thrush.")
    assert ("scope", "restricted") in _typed("Children taking it are more prone to thrush.")


def _affirmed_negated(text: str) -> int:
    from lint_rules.analysis.contradictions import conflicts

    return len(conflicts(parse_document("<t>", text, "text"), "affirmed-negated"))


def test_a_time_spent_elsewhere_does_not_tie_the_writer_to_the_product():
    assert _affirmed_negated("Calmora does not cause nausea. It comes in two sizes. "
                             "Two weeks in hospital, I developed nausea.") == 0
    assert _affirmed_negated("Calmora does not cause nausea. It comes in two sizes. "
                             "Two weeks in, I developed nausea.") == 1


def test_not_been_free_of_an_effect_is_no_denial_of_it():
    assert _affirmed_negated("Calmora can cause headaches. It comes in two sizes. "
                             "Since starting Calmora, I have not been free of headaches.") == 0


# -- asides between a subject and its verb ---------------------------------------------------

@pytest.mark.parametrize("text, joined", [
    ("ginkgo, she said, should be stopped early.", "ginkgo"),
    ("the patches, the nurse explained, can irritate skin.", "the patches"),
    ("the drug, according to the label, may cause nausea.", "the drug"),
    ("the results, by contrast, last for years.", "the results"),
])
def test_an_aside_after_the_opening_words_is_blanked(text, joined):
    masked = mask_asides(text)
    assert len(masked) == len(text)
    assert "," not in masked
    assert masked.startswith(joined)


@pytest.mark.parametrize("text", [
    # an aside that closes the clause keeps its commas: the topic before it ends there
    "phone support can help ease low mood in new mothers, a small study suggests, offering hope.",
    "the tablets reduce swelling, says dr hale, a rheumatologist.",
    # after more than four opening words it is no aside between subject and verb
    "most of the people in the trial who took it, she said, felt better.",
    # a list is no aside
    "aspirin, ibuprofen, and naproxen can upset the stomach.",
])
def test_other_commas_are_kept(text):
    assert mask_asides(text) == text


def test_a_claim_read_across_an_aside():
    # the course reader wants the subject next to its verb ("results are permanent"): without
    # the aside blanked, "results, by contrast, are permanent" is read as no claim at all
    assert ("course", "lasting") in _typed("Its results, by contrast, are permanent.")
    assert ("course", "lasting") in _typed("Its results, she said, are permanent.")
    # the aside's words change nothing the claim says: a negation after it still counts
    assert ("course", "lasting") not in _typed("Its results, by contrast, are not permanent.")
    assert ("course", "passing") in _typed("Its results, by contrast, are not permanent.")
