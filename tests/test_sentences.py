"""The shared sentence segmentation on the abbreviations, numbers and citations of health
writing, and its use through ``Document.sentences``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lint_rules.parsing import parse_document
from lint_rules.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    # titles and Latin abbreviations never end a sentence
    ("Dr. Smith said so. The next one.", ["Dr. Smith said so.", "The next one."]),
    ("Use a pain reliever, e.g. ibuprofen. It helps.", ["Use a pain reliever, e.g. ibuprofen.", "It helps."]),
    ("Use a pain reliever, e.g., Ibuprofen. It helps.", ["Use a pain reliever, e.g., Ibuprofen.", "It helps."]),
    ("Take one dose, i.e. 200 mg. Then wait.", ["Take one dose, i.e. 200 mg.", "Then wait."]),
    ("Aspirin vs. Placebo was the comparison. Results varied.",
     ["Aspirin vs. Placebo was the comparison.", "Results varied."]),
    ("See Fig. 2 for details. It shows the trend.", ["See Fig. 2 for details.", "It shows the trend."]),
    ("He works at St. Mary's Hospital. She does not.", ["He works at St. Mary's Hospital.", "She does not."]),
    # et al. continues before a year or a name, ends before a sentence opener
    ("Smith et al. found a link. Others did not.", ["Smith et al. found a link.", "Others did not."]),
    ("Smith et al. (2016) found a link. Others did not.", ["Smith et al. (2016) found a link.", "Others did not."]),
    ("This was shown by Smith et al. The study was small.",
     ["This was shown by Smith et al.", "The study was small."]),
    ("Smith et al. Nature Medicine reported it.", ["Smith et al. Nature Medicine reported it."]),
    # U.S. and units: split only before a sentence opener
    ("It is common in the U.S. The agency agrees.", ["It is common in the U.S.", "The agency agrees."]),
    ("It is common in the U.S. and Canada.", ["It is common in the U.S. and Canada."]),
    ("The U.S. Food and Drug Administration approved it.", ["The U.S. Food and Drug Administration approved it."]),
    ("Take 5 mg. daily. Then stop.", ["Take 5 mg. daily.", "Then stop."]),
    ("The usual dose is 5 mg. The maximum is 10 mg.", ["The usual dose is 5 mg.", "The maximum is 10 mg."]),
    ("He has an M.D. from Yale. She has a Ph.D. in nursing.",
     ["He has an M.D. from Yale.", "She has a Ph.D. in nursing."]),
    ("He earned a Ph.D. in 2010. Then he left.", ["He earned a Ph.D. in 2010.", "Then he left."]),
    # No. before a number
    ("See No. 5 in the list. Then stop.", ["See No. 5 in the list.", "Then stop."]),
    ("The answer was No. Patients were not told.", ["The answer was No.", "Patients were not told."]),
    # decimals and numbers
    ("The dose was 2.5 mg per day. That is low.", ["The dose was 2.5 mg per day.", "That is low."]),
    ("Risk was 3.5 times higher (p < .05). More text.", ["Risk was 3.5 times higher (p < .05).", "More text."]),
    ("It rose by 10%. In 2020 it fell.", ["It rose by 10%.", "In 2020 it fell."]),
    # citations stay with their sentence
    ("It reduced risk [3]. Another study disagreed.", ["It reduced risk [3].", "Another study disagreed."]),
    ("It reduced risk.[3] Another study disagreed.", ["It reduced risk.[3]", "Another study disagreed."]),
    ("It reduced risk.[3,4] Another study disagreed.", ["It reduced risk.[3,4]", "Another study disagreed."]),
    ("It reduced risk (Smith et al., 2016). Another study disagreed.",
     ["It reduced risk (Smith et al., 2016).", "Another study disagreed."]),
    ("Published in Nutrients. 2019;11(3):e1. Then more.", ["Published in Nutrients. 2019;11(3):e1.", "Then more."]),
    # quotes, questions, exclamations, ellipses
    ('She said "it works." Then she left.', ['She said "it works."', "Then she left."]),
    ("She said, “It works.” Then she left.", ["She said, “It works.”", "Then she left."]),
    ('"Is it safe?" she asked. Nobody knew.', ['"Is it safe?" she asked.', "Nobody knew."]),
    ("Does it work? Nobody knows! Try it.", ["Does it work?", "Nobody knows!", "Try it."]),
    ("Ask your doctor... It may help.", ["Ask your doctor...", "It may help."]),
    ("It varies… but rarely. Fine.", ["It varies… but rarely.", "Fine."]),
    # initials and letters that are names
    ("J. K. Rowling wrote it. Then she stopped.", ["J. K. Rowling wrote it.", "Then she stopped."]),
    ("Written by Jane A. Doe, RN. She is a nurse.", ["Written by Jane A. Doe, RN.", "She is a nurse."]),
    ("Many adults lack vitamin D. Sunlight helps.", ["Many adults lack vitamin D.", "Sunlight helps."]),
    ("Get vaccinated against hepatitis B. The vaccine is safe.",
     ["Get vaccinated against hepatitis B.", "The vaccine is safe."]),
    ("I think so. I. Not sure.", ["I think so.", "I. Not sure."]),
    # datelines and affiliations of health news
    ("TAMPA, Fla. — A new study says so. Next.", ["TAMPA, Fla. — A new study says so.", "Next."]),
    ("She works at Mass. Eye and Ear. It is big.", ["She works at Mass. Eye and Ear.", "It is big."]),
    ("It is based in Oak Brook, Ill. The society agrees.", ["It is based in Oak Brook, Ill.", "The society agrees."]),
    ("While Drs. Smith and Jones agree. Next.", ["While Drs. Smith and Jones agree.", "Next."]),
    ("It costs approx. 30 dollars. Fine.", ["It costs approx. 30 dollars.", "Fine."]),
    ("He was ill. Doctors were called.", ["He was ill.", "Doctors were called."]),
    ("Reviewed by John Smith, MD. Updated daily.", ["Reviewed by John Smith, MD.", "Updated daily."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_trimmed_and_within_range() -> None:
    text = "  Prefix.  One here.   Two there.  "
    spans = split_sentences(text, 10, len(text))
    assert [text[s:e] for s, e in spans] == ["One here.", "Two there."]


def test_sentences_never_cross_blocks() -> None:
    doc = parse_document("t", "# A heading without a stop\n\nFirst sentence. Second one\n\n- item one\n- item two\n",
                         "markdown")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts == ["A heading without a stop", "First sentence.", "Second one", "item one", "item two"]
    for s in doc.sentences:
        block = doc.blocks[s.block]
        assert block.start <= s.start < s.end <= block.end


def test_sentences_skip_code_and_are_cached() -> None:
    doc = parse_document("t", "Prose one.\n\n```\nNot. Prose.\n```\n", "markdown")
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["Prose one."]
    assert doc.sentences is doc.sentences  # computed once per document


def test_seed_sentence_count_is_stable() -> None:
    root = Path(__file__).resolve().parent.parent
    raw = (root / "fixtures" / "seed-kratom.txt").read_text(encoding="utf-8")
    doc = parse_document("seed", raw, "text")
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "Dr. Emily Taylor, a renowned healthcare expert and certified nutritionist, has dedicated her " \
           "career to alleviating muscle soreness through natural remedies." in texts
    assert "For instance, a study published in the Journal of Ethnopharmacology (2016) revealed that kratom " \
           "extract significantly alleviated pain and inflammation in animal models." in texts
    # every sentence ends with terminal punctuation or is a heading/list line
    for s in doc.sentences:
        if doc.blocks[s.block].kind == "paragraph":
            assert doc.text[s.end - 1] in ".?!:", doc.text[s.start:s.end]


# -- labelled boundaries after place abbreviations (tests/data/labelled/sentences.yaml) --

def _labelled() -> dict[str, list[list[object]]]:
    path = Path(__file__).resolve().parent / "data" / "labelled" / "sentences.yaml"
    data: dict[str, list[list[object]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


LABELLED = _labelled()


def test_labelled_set_has_both_kinds() -> None:
    assert len(LABELLED["split"]) >= 20 and len(LABELLED["no_split"]) >= 20


@pytest.mark.parametrize("text,expected", LABELLED["split"] + LABELLED["no_split"],
                         ids=[c[0][:40] for c in LABELLED["split"] + LABELLED["no_split"]])
def test_labelled_place_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.xfail(strict=True, reason="a multiword name or acronym opens the sentence after a place")
@pytest.mark.parametrize("text,expected", LABELLED["known_misses"], ids=[c[0][:40] for c in LABELLED["known_misses"]])
def test_labelled_known_misses(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_place_abbreviation_before_a_block_end_looks_no_further() -> None:
    doc = parse_document("t", "It is rare in the U.S. Stem\n\nCell counts vary.\n", "markdown")
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["It is rare in the U.S.", "Stem",
                                                                 "Cell counts vary."]
