"""Harms listed after their frame, the shapes claims11 added to ``contradictions._FRAME``: the
FDA "Adverse Reactions" wording with a relative or "leading to" clause before the copula ("the
most common adverse reactions leading to discontinuation were …"), the frame inverted ("among
the side effects reported is …", "among the problems flagged was …") and a colon list after
"common complaints with <product>:". Each has sentences of the same shape that are not a harm of
the product: a question, a disease's own complaints, a list of no effects. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import claims
from lint_rules.parsing import parse_document


def _harms(text: str) -> list[str]:
    doc = parse_document("<t>", text, "text")
    return [c.label for c in claims(doc) if c.stance == "affirmed" and c.subject != "condition:"]


@pytest.mark.parametrize("text, label", [
    ("In the trial of Lumora, the side effects that most often led patients to stop were dizziness and vomiting.",
     "Vomiting"),
    ("The most common adverse reactions leading to discontinuation of Lumora were nausea and headache.", "Nausea"),
    ("Among the problems flagged with Lumora is pancreatitis.", "Pancreatitis"),
    ("Among the side effects reported with Lumora was diarrhoea.", "Diarrhea"),
    ("Common complaints with Lumora: aching muscles and diarrhoea.", "Diarrhea"),
])
def test_a_harm_listed_after_its_frame_is_read(text, label):
    assert label in _harms(text), (text, _harms(text))


@pytest.mark.parametrize("text", [
    "Were the side effects that patients reported with Lumora dizziness and vomiting?",  # a question
    "Among the problems seen in people with diabetes is nerve damage.",  # the disease's own
    "Lumora helps eczema. Among the complaints of people with eczema is constant itching.",
    "Common complaints about the Lumora clinic: long waits and rude staff.",  # no effect
])
def test_the_same_frames_that_list_no_harm_of_the_product(text):
    assert not _harms(text), (text, _harms(text))


@pytest.mark.parametrize("text, label", [
    ("Lumora is a new baby lotion. Babies with sensitive skin can break out in hives within minutes of it going on.",
     "Urticaria"),
    ("Lumora is a new baby lotion. Some users broke out in a rash after the first week.", "Skin rash"),
    ("Lumora is a new baby lotion. A few users come out in a rash after the first week.", "Skin rash"),
])
def test_the_skins_verbs_of_undergoing_read_a_harm_of_its_users(text, label):
    assert label in _harms(text), (text, _harms(text))


@pytest.mark.parametrize("text", [
    "Lumora is a new baby lotion. Babies with eczema often break out in a rash in winter.",  # the disease's own
    "Lumora is a new baby lotion. Did any babies break out in hives?",  # a question
    "Lumora is a new lotion. Fights broke out in the queue.",  # no effect
])
def test_the_same_verbs_that_say_no_harm_of_the_product(text):
    assert not _harms(text), (text, _harms(text))
