"""The clause-level assertion layer (lint_rules.analysis.assertions): what each clause
asserts and who stands behind it, asked once per document by every health rule."""

from __future__ import annotations

import pytest

from lint_rules.analysis.assertions import (
    NAMED,
    SELLER,
    UNNAMED,
    USERS,
    advice_sentences,
    assertion_at,
    assertions,
    clause_at,
    rebutted,
    split_clauses,
)
from lint_rules.parsing import parse_document


def doc_of(body: str, title: str = "Kratom"):
    return parse_document("a.md", f"# {title}\n\n{body}\n", "markdown")


def test_a_sentence_divides_at_clause_boundaries_not_at_every_comma() -> None:
    text = "Ginkgo, a tree extract, is popular; it does not improve memory, which surprises some."
    parts = [text[a:b].strip() for a, b in split_clauses(text)]
    assert parts == ["Ginkgo, a tree extract, is popular", "; it does not improve memory",
                     ", which surprises some."]


def test_clauses_are_computed_once_per_document() -> None:
    doc = doc_of("Studies show it works. Our gummies help.")
    assert assertions(doc) is assertions(doc)


@pytest.mark.parametrize(("body", "attribution", "source"), [
    ("Studies show that kratom eases pain.", UNNAMED, "Studies show"),
    ("Dermatologists agree that aloe helps.", UNNAMED, "Dermatologists agree"),
    ("No studies have shown that detox teas work.", "article", ""),
    ("According to the CDC, most adults sleep too little.", NAMED, "CDC"),
    ("Thousands of customers say it cured their pain.", USERS, "Thousands of customers say"),
    ("Our gummies contain 5 mg of melatonin.", SELLER, "Our gummies"),
    ("Kratom comes from a tree.", "article", ""),
])
def test_attribution(body: str, attribution: str, source: str) -> None:
    clause = assertions(doc_of(body))[-1]
    assert (clause.attribution, clause.source) == (attribution, source)


def test_polarity_from_the_context_engine() -> None:
    doc = doc_of("Ginkgo biloba does not improve memory or prevent dementia.")
    start = doc.text.index("prevent")
    assert assertion_at(doc, start, start + 7).negated
    assert clause_at(doc, start).negated


@pytest.mark.parametrize(("body", "word", "attribute"), [
    ("Some sellers claim that elderberry prevents the flu.", "prevents", "reported"),
    ("The evidence does not support the idea that it is a miracle cure.", "miracle", "rejected"),
    ("Researchers are still searching for a cure.", "cure", "goal"),
    ("If you want a proven remedy, ask a pharmacist.", "proven", "conditional"),
    ("She said it was \"a miracle cure\" for her.", "miracle", "quoted"),
    ("Can turmeric cure arthritis?", "cure", "question"),
    ("Testing the method as a cure for sickle cell disease took years.", "cure", "pursued"),
])
def test_span_attributes(body: str, word: str, attribute: str) -> None:
    doc = doc_of(body)
    start = doc.text.index(word)
    a = assertion_at(doc, start, start + len(word))
    assert getattr(a, attribute), a
    assert a.exempt([attribute]) == attribute


@pytest.mark.parametrize(("body", "instruction"), [
    ("Give it 30 minutes before bedtime.", True),
    ("Start with one gummy a day.", True),
    ("If you feel a cold coming on, dissolve one lozenge under your tongue.", True),
    ("You should take it with food.", True),
    ("Click here to subscribe to our weekly newsletter.", False),
    ("Take the case of Maria, who stopped her pills.", False),
    ("Children in the study were given one gummy a day.", False),
    ('She kept a leaflet listing "steps you can take today."', False),
])
def test_instruction_to_the_reader(body: str, instruction: bool) -> None:
    assert any(c.instruction for c in assertions(doc_of(body))) is instruction


def test_instructions_count_as_advice_in_any_article() -> None:
    doc = doc_of("Give it 30 minutes before bedtime. Start with one gummy a day.", title="Sleep")
    assert len(advice_sentences(doc)) == 2


def test_advice_a_source_gives_is_relayed_not_the_writers() -> None:
    """The writer relays what the study or a speaker says the reader should do (editor's
    WRONG verdict on s151 J037: a news slideshow of the MIND diet's advice)."""
    doc = doc_of("Here are the five food groups the study says you should avoid. "
                 "Gokhale says you can start by tightening the buttocks muscles.", title="Diet")
    assert advice_sentences(doc) == []
    doc = doc_of("You should avoid fried food. Start with one serving of beans a day.", title="Diet")
    assert len(advice_sentences(doc)) == 2  # the writer's own "you should", and an imperative


def test_subject_pronouns_and_person_groups_link_to_the_intervention() -> None:
    doc = doc_of("Saw palmetto is popular with older men. Some users say it helps them sleep. "
                 "Children who take it may get stomach aches.", title="Prostate health")
    clauses = assertions(doc)[1:]  # after the title
    assert [c.subject for c in clauses] == ["saw palmetto"] * 3
    assert clauses[1].group == "Some users"
    assert clauses[2].group.startswith("Children who take it")


def test_inference_clause() -> None:
    doc = doc_of("People who drink coffee live longer, which proves coffee protects the heart.")
    assert [c.inference for c in assertions(doc)[1:]] == ["", "which proves"]


def test_quotation_opened_earlier_in_the_paragraph() -> None:
    doc = doc_of('Komaroff said, "For years we wondered. Studies have shown high levels."')
    clause = assertions(doc)[-1]
    assert clause.quoted and clause.attributed


def test_hedged_between_looks_only_inside_the_span() -> None:
    from lint_rules.analysis.assertions import hedged_between

    text = "Now, research suggests there may be benefits to waiting."
    doc = doc_of(text)
    at = doc.text.index(text)
    source_end = at + text.index("suggests") + len("suggests")
    assert hedged_between(doc, source_end, at + len(text))  # "may", after the source
    flat = "Research shows that one baby in six is short of iron."
    doc = doc_of(flat)
    at = doc.text.index(flat)
    assert not hedged_between(doc, at + len("Research shows"), at + len(flat))


@pytest.mark.parametrize(("body", "term", "speech"), [
    ("Lindqvist, however, said the capsules are completely safe.", "completely safe", True),
    ("She also notes that the oil may help prevent eczema.", "prevent", True),
    ("The band has no side effects, he says.", "no side effects", True),
    ("It will cure more people, liver specialist Rosa Main, MD, of City Hospital, tells reporters.", "cure", True),
    ("The pill is completely safe, said Dr. Ian Frey.", "completely safe", True),
    ("According to Dr. Ian Frey, the pill is completely safe.", "completely safe", True),
    ("Doctors say the pill is completely safe.", "completely safe", False),
    ("The pill is a miracle cure, and Frey said sales rose.", "miracle cure", False),
    ("This miracle oil erases fine lines overnight.", "miracle oil", False),
])
def test_a_named_speakers_words_are_reported_speech(body: str, term: str, speech: bool) -> None:
    doc = doc_of(body)
    start = doc.text.index(term)
    assert assertion_at(doc, start, start + len(term)).speech is speech


@pytest.mark.parametrize(("body", "answered"), [
    ("Some buyers say the kit works. But sceptical doctors say it is guesswork.", True),
    ("Some buyers say the kit works. Critics note the price.", True),
    ("Some buyers say the kit works. But it costs $40.", False),
    ("Some buyers say the kit works.\n\nBut sceptical doctors disagree.", False),
])
def test_a_claim_the_next_sentence_answers_is_rebutted(body: str, answered: bool) -> None:
    doc = doc_of(body)
    k = next(i for i, s in enumerate(doc.sentences) if doc.text[s.start:s.end].startswith("Some buyers"))
    assert rebutted(doc, k) is answered


@pytest.mark.parametrize(("body", "source"), [
    ("Hundreds of shoppers have written to tell us the balm cleared their rash.", "Hundreds of shoppers have written"),
    ("Parents who have used the drops tell us their babies sleep better.", "Parents who have used the drops tell"),
    ("When I started taking it, my joints stopped aching.", "When I started"),
    ("My husband has felt calmer since he switched to the tea.", "My husband has felt calmer since he switched"),
])
def test_people_who_tried_it_and_the_writers_own_story_are_users(body: str, source: str) -> None:
    doc = doc_of(body)
    clause = clause_at(doc, doc.text.index(body[:12]))
    assert clause is not None and (clause.attribution, clause.source) == (USERS, source)


def test_source_cues_are_asked_of_the_lower_cased_text_with_the_same_answer() -> None:
    """speed11: the IGNORECASE source cues run without IGNORECASE on the lower-cased text
    (``_found_between``); the answer is ``rx.search(text, start, end)``'s, sentence by sentence,
    whatever the case of the words, and a lookbehind still sees the text before ``start``."""
    import re

    from lint_rules.analysis.assertions import _found_between, _without_ignorecase, cues
    from lint_rules.store.compiled_re import compile_re

    doc = doc_of("EXPERTS SAY it helps. Kratom is sold online. Many Customers Report relief. "
                 "Dermatologists agree it works.")
    c = cues()
    assert _without_ignorecase(c.unnamed) is not None and _without_ignorecase(c.users) is not None
    for rx in (c.unnamed, c.users, c.impersonal):
        for s in doc.sentences:
            assert _found_between(rx, doc, s.start, s.end) == (rx.search(doc.text, s.start, s.end) is not None)
    answers = [_found_between(c.unnamed, doc, s.start, s.end) for s in doc.sentences]
    assert answers.count(True) >= 2 and answers.count(False) >= 2  # both ways, not a constant
    behind = compile_re(r"(?<=B)ETA", re.IGNORECASE)
    text_doc = doc_of("Alpha beta gamma.")
    at = text_doc.text.index("eta")
    assert _found_between(behind, text_doc, at, at + 3)  # the "b" before ``start`` is seen
    assert not _found_between(behind, text_doc, at + 1, at + 4)


def test_source_cues_fall_back_to_ignorecase_where_lower_casing_is_another_test() -> None:
    """A text holding a character IGNORECASE folds to an ASCII letter (the Kelvin sign) is not
    lower-cased: the pattern runs as written and finds what it found before."""
    import re

    from lint_rules.analysis.assertions import _found_between, _lowered_text
    from lint_rules.store.compiled_re import compile_re

    doc = doc_of("A \u212aratom seller says it is safe.")
    assert _lowered_text(doc) is None
    rx = compile_re(r"kratom", re.IGNORECASE)
    s = next(s for s in doc.sentences if "seller" in doc.text[s.start:s.end])
    assert _found_between(rx, doc, s.start, s.end)  # IGNORECASE: the Kelvin sign matches "k"
    assert not _found_between(compile_re(r"kratum", re.IGNORECASE), doc, s.start, s.end)
