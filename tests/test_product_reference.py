"""One reader of "is 'it' the product here" (``product_reference.it_is_product``), asked by the
contradiction claims and the typed claims alike. Sentences are our own."""

from __future__ import annotations

import re

from lint_rules.analysis.product_reference import it_is_product
from lint_rules.parsing import parse_document


def _it(text: str, k: int) -> bool:
    doc = parse_document("a.txt", text, "text")
    s = doc.sentences[k]
    at = s.start + re.search(r"\bit\b", doc.text[s.start:s.end]).start()
    return it_is_product(doc, k, at)


def test_it_after_the_product_opening_the_sentence_before_is_the_product() -> None:
    assert _it("Zanta is an inhaler for asthma. Patients have no hoarseness with it.", 1)


def test_it_after_another_named_product_is_that_product() -> None:
    text = "Zanta is an inhaler for asthma. Aspirin is another story, and some people get ulcers with it."
    assert not _it(text, 1)


def test_it_after_a_condition_opening_the_sentence_before_is_the_condition() -> None:
    text = "Zanta is an inhaler for asthma. Silent reflux is easy to miss. Many people have no heartburn with it."
    assert not _it(text, 2)


def test_only_product_before_needs_every_name_before_it_to_be_the_product() -> None:
    from lint_rules.analysis.product_reference import only_product_before

    def ask(text: str, k: int) -> bool:
        doc = parse_document("a.txt", text, "text")
        s = doc.sentences[k]
        return only_product_before(doc, k, s.start + re.search(r"\bit\b", doc.text[s.start:s.end]).start())

    assert ask("Zanta is an inhaler for asthma. There's no hoarseness with it.", 1)
    assert not ask("Zanta is an inhaler for asthma. Aspirin is cheaper, and there's no hoarseness with it.", 1)
