"""The label readings split a block into its source lines (``label_claims._line_spans``)
once per block of a document, however often they ask (each block's box neighbours, the
key-value lines, the record test over a box): these tests count the readings and hold the
kept answer to a fresh one. Coined passages."""

from __future__ import annotations

from unittest import mock

from lint_rules.analysis import label_claims
from lint_rules.analysis.label_claims import key_value_claims, label_lines
from lint_rules.document import Document
from lint_rules.parsing import parse_document

BOX = ("Velmora at a glance\nForm: soft gel\nSide effects: none reported\nInteractions: none known\n\n"
       "Velmora is taken with food. Some users felt drowsy in the first week.\n\n"
       "Key facts\nStrength: 200 mg\nSuitable for: adults\n")


def _doc(text: str = BOX, kind: str = "text") -> Document:
    return parse_document("t", text + "\n", kind)


def test_each_block_is_split_once_however_often_it_is_asked() -> None:
    doc = _doc()
    with mock.patch.object(label_claims, "_read_line_spans", wraps=label_claims._read_line_spans) as read:
        label_lines(doc)
        key_value_claims(doc)
        for b in range(len(doc.blocks)):
            label_claims._line_spans(doc, b)
            label_claims._line_spans(doc, b)
    asked = [call.args[1] for call in read.call_args_list]
    assert asked and len(asked) == len(set(asked))  # asked more than once each, read once


def test_the_kept_split_is_the_fresh_one() -> None:
    for kind in ("text", "markdown"):
        doc = _doc(kind=kind)
        label_lines(doc)
        for b in range(len(doc.blocks)):
            assert list(label_claims._line_spans(doc, b)) == label_claims._read_line_spans(doc, b)
        assert any(len(label_claims._line_spans(doc, b)) > 1 for b in range(len(doc.blocks)))


def test_another_document_is_split_afresh() -> None:
    first, second = _doc(), _doc(BOX.replace("Form: soft gel\n", "Form: soft gel, sold in tins\n"))
    assert label_claims._line_spans(first, 0) != label_claims._line_spans(second, 0)
