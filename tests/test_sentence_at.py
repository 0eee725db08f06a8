"""``Document.sentence_at``: the one "which sentence holds this offset" look-up, and its edge
rule (a sentence holds ``[start, end)``; -1 outside every sentence). The callers that need
another rule adapt at the call: the assertion layer counts a sentence's end in."""

from __future__ import annotations

import pytest

from lint_rules.analysis.assertions import _sentence_index
from lint_rules.document import Document
from lint_rules.parsing import parse_document

TWO_PARAGRAPHS = "Zorbex helps sleep. It is sold online.\n\nA second paragraph here."


def parse(raw: str, kind: str = "markdown") -> Document:
    return parse_document("t", raw, kind)


def _scan(doc: Document, offset: int) -> int:
    """The look-up by definition, one sentence at a time."""
    return next((k for k, s in enumerate(doc.sentences) if s.start <= offset < s.end), -1)


def test_the_sentences_the_edges_are_measured_on() -> None:
    doc = parse(TWO_PARAGRAPHS)
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 19), (20, 38), (40, 64)]


@pytest.mark.parametrize(("offset", "expected", "where"), [
    (0, 0, "a sentence's start (the first)"),
    (20, 1, "a sentence's start (the second)"),
    (40, 2, "a sentence's start (another block)"),
    (18, 0, "a sentence's last character"),
    (19, -1, "a sentence's end: the space after it"),
    (38, -1, "a sentence's end: the paragraph break after it"),
    (39, -1, "between two blocks"),
    (-1, -1, "before the first"),
    (64, -1, "the last one's end"),
    (500, -1, "after the last"),
])
def test_the_edge_rule(offset: int, expected: int, where: str) -> None:
    doc = parse(TWO_PARAGRAPHS)
    assert doc.sentence_at(offset) == expected, where


def test_an_empty_document_has_no_sentence_anywhere() -> None:
    doc = parse("")
    assert doc.sentences == []
    assert [doc.sentence_at(o) for o in (-1, 0, 1)] == [-1, -1, -1]


def test_adjacent_sentences_the_end_of_one_is_the_start_of_the_next() -> None:
    doc = parse("Zorbex" * 250, "text")  # no space to cut at: cut hard at the sentence limit
    (a, b), (c, d) = [(s.start, s.end) for s in doc.sentences]
    assert (a, d) == (0, 1500) and b == c
    assert (doc.sentence_at(b - 1), doc.sentence_at(b), doc.sentence_at(d)) == (0, 1, -1)


@pytest.mark.parametrize(("raw", "kind"), [
    (TWO_PARAGRAPHS, "markdown"),
    ("# Quellon drops\n\n> Quoted. Still quoted!\n\n- Brivo tabs.\n- Norla gel?\n\n```\ncode\n```\n\nThe end.", "markdown"),
    ("<p>Zorbex tabs. Sold online.</p><ul><li>One.</li><li>Two.</li></ul>", "html"),
    ("Wow!Really? Yes.\n\n\n   Indented Norla.", "text"),
])
def test_it_agrees_with_a_scan_at_every_offset(raw: str, kind: str) -> None:
    doc = parse(raw, kind)
    assert doc.sentences
    assert [doc.sentence_at(o) for o in range(-2, len(doc.text) + 3)] == \
        [_scan(doc, o) for o in range(-2, len(doc.text) + 3)]


def test_the_assertion_layer_counts_a_sentences_end_in() -> None:
    doc = parse(TWO_PARAGRAPHS)
    assert [_sentence_index(doc, o) for o in (0, 18, 19, 20, 38, 39, 64, 65, -1)] == [0, 0, 0, 1, 1, -1, 2, -1, -1]
    adjacent = parse("Zorbex" * 250, "text")
    assert _sentence_index(adjacent, 1200) == 1  # the sentence that starts there wins, as before
