"""cit19: a study findable by its researcher and the meeting where it was presented
(``lint_rules.analysis.studies``: ``_MEETING`` with a society's bracketed acronym and
``study_cues.toml`` ``[meeting] venues``; "study head", "headed by" after the study; a news
story's researcher named under its next subheading). Each mechanism has cases that change the
finding and hard negatives with the same words that keep the warning. The passages are coined
for this branch."""

from __future__ import annotations

import pytest

from lint_rules.analysis.studies import _meeting_in, study_mentions
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document

NEWS_OPEN = "Nov. 2, 2025 -- A tablet called Veltrin may ease knee pain, a new study shows.\n\n"
FILLER = ("People in the trial took one tablet a day for a year.\n\n"
          "Knee pain is common after the age of fifty. It limits walking and sleep.\n\n"
          "The tablet is sold in Europe but not in the United States.\n\n")


def _cit001(text: str) -> list[str]:
    return [str(f.severity) for f in lint_text(text, kind="text", select=["CIT001"])]


def _mentions(text: str) -> list[dict[str, object]]:
    return [m.as_evidence() for m in study_mentions(parse_document("x.txt", text, "text"))]


MEETINGS = {
    "bracketed-acronym": ("Study head Ola Brandt, MD, presented the findings today at the American Society "
                          "of Joint Care (ASJC) Annual Meeting in Denver.",
                          "American Society of Joint Care (ASJC) Annual Meeting"),
    "lower-case-venue": ("The results were presented today at the Advances in Hip Surgery (AHS) congress in Oslo.",
                         "Advances in Hip Surgery (AHS) congress"),
    "colloquium": ("She presented the data at the Nordic Bone Colloquium last week.", "Nordic Bone Colloquium"),
}


@pytest.mark.parametrize("name", sorted(MEETINGS))
def test_a_meeting_with_its_societys_acronym_is_read(name: str) -> None:
    sentence, meeting = MEETINGS[name]
    assert _meeting_in(sentence) == meeting


NOT_MEETINGS = [
    "He presented (ASJC) data at the meeting.",            # no name: a bracket alone
    "The results were presented at a meeting (see below) in June.",
    "She reported the side effects at her (annual) check-up.",
    "The findings were discussed in a forum for patients.",  # lower-case forum: no meeting's name
]


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_no_meeting_read_from_brackets_or_lower_case_words(sentence: str) -> None:
    assert _meeting_in(sentence) is None


def test_study_head_and_meeting_several_sentences_on_make_it_findable() -> None:
    text = (NEWS_OPEN + "In a three-year study of 900 people with knee pain, those on Veltrin lost less cartilage.\n\n"
            + FILLER + MEETINGS["bracketed-acronym"][0] + "\n")
    found = [e for e in _mentions(text) if e["clues"]]
    assert found and found[0]["meeting"] and "Ola Brandt" in str(found[0]["lead_author"])
    assert "warning" not in _cit001(text)


def test_researcher_under_the_next_subheading_names_the_news_storys_study() -> None:
    text = (NEWS_OPEN + FILLER + "Fewer Falls\n\n"
            "The study was not designed to compare doses, study researcher Ana Roe, PhD, says.\n")
    assert _cit001(text) == ["info"]


def test_headed_by_after_the_trial_names_its_author() -> None:
    text = (NEWS_OPEN + "In a two-year trial of 400 adults, Veltrin eased pain more than a dummy pill.\n\n"
            "The trial, headed by Professor Una Kell, is part of a larger project.\n")
    assert any("Una Kell" in str(e["lead_author"]) for e in _mentions(text))
    assert _cit001(text) == ["info"]


# Hard negatives: the same words, and the study stays unfindable.
KEPT = {
    "clinic-headed-by": (NEWS_OPEN + FILLER + "The clinic, headed by Professor Ian Moss, opened in May.\n"),
    "department-headed-by": (NEWS_OPEN + FILLER + "The pain department is headed by Dr. Ann Lee.\n"),
    # a consumer page: a subheading parts topics, and a name alone does not find a paper
    "consumer-subheading": ("Veltrin for knee pain\n\nA new study shows Veltrin may ease knee pain.\n\n"
                            "How to take it\n\nTake one tablet a day, study researcher Ana Roe says.\n"),
    # the researcher is of another study told under the subheading
    "another-study": (NEWS_OPEN + FILLER + "Fewer Falls\n\n"
                      "Another study, led by Dr. Ana Roe, found fewer falls in people over eighty.\n"),
    # a meeting of patients in lower case names no venue
    "patients-meeting": (NEWS_OPEN + "In a three-year study of 900 people, Veltrin eased pain.\n\n"
                         "The results were presented at a meeting of patients in the town hall.\n"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_same_words_keep_the_warning(name: str) -> None:
    assert "warning" in _cit001(KEPT[name])


# Ordinary passages that use the mechanism's words and tell no study: nothing fires.
ORDINARY = [
    "The clinic is headed by Professor Ian Moss. It opens on Monday.",
    "Our study group meets on Tuesdays. The study head this term is Ana Roe.",
    "The American Society of Joint Care (ASJC) Annual Meeting is held in Denver each spring.",
    "She spoke at the Nordic Bone Colloquium about her career in nursing.",
    "The congress voted to fund more school nurses.",
    "Book a meeting with your doctor before you stop any medicine.",
    "Professor Una Kell headed the hospital's board for ten years.",
    "The summit on rural health opens next week in Leeds.",
    "Our forum for carers meets at the library.",
    "The team leader, Ana Roe, handed out leaflets at the convention centre.",
    "The trial of the new bus route, headed by the council, ends in May.",
    "Many clinics now hold sessions on sleep for new parents.",
    "The Veltrin conference call is at noon; please dial in early.",
    "Headed by a nurse, the ward has twelve beds.",
    "He presented his (ASJC) membership card at the desk.",
    "The research centre, headed by Dr. Lee, employs forty people.",
]


@pytest.mark.parametrize("passage", ORDINARY)
def test_ordinary_passages_stay_quiet(passage: str) -> None:
    assert lint_text("Notes\n\n" + passage + "\n", kind="text", select=["CIT001", "CIT002"]) == []
