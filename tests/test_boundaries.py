"""The clause boundaries and capitalised-name readers of ``analysis/boundaries.py``: where
each variant ends a clause and where it does not, and that the analyses use the shared
definitions rather than copies of their own."""

from __future__ import annotations

import re

import pytest

from lint_rules.analysis import boundaries as b
from lint_rules.analysis import claim_role, contradictions, interventions, studies, typed_claims


def _breaks(rx: re.Pattern[str], text: str) -> bool:
    return rx.search(text) is not None


# -- a clause joined by a conjunction ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "a non-drowsy tablet, and most adults can take it",
    "it is gentle; some people feel sleepy",
    "It is gentle But some people feel sleepy",  # case-insensitive
    "the non-drowsy formula means you can take one before work",
])
def test_clause_break_ends_a_joined_clause_or_a_result(text: str) -> None:
    assert _breaks(b.CLAUSE_BREAK, text)


@pytest.mark.parametrize("text", [
    "a non-drowsy tablet that most adults can take",
    "a non-drowsy tablet, most adults say",  # a bare comma
    "a non-drowsy, andrographis-based tablet",  # "and" inside a word
])
def test_clause_break_leaves_one_clause_whole(text: str) -> None:
    assert not _breaks(b.CLAUSE_BREAK, text)


@pytest.mark.parametrize("text", [
    "it can cause seizures, because the dose was doubled",
    "it can cause seizures, or worse",
    "it can cause seizures!",
    "it can cause seizures \u2014 rarely",
])
def test_harm_clause_ends_where_a_reason_or_an_alternative_opens(text: str) -> None:
    assert _breaks(b.HARM_CLAUSE_BREAK, text)
    assert not _breaks(b.CLAUSE_BREAK, text)  # the hedge reading keeps these in one clause


@pytest.mark.parametrize("text", [
    "if you stop it, your blood pressure rises",  # a bare comma: the subordinate clause stays
    "it can cause seizures but only at high doses",  # no bare "but"
    "it means you can sleep",  # no result clause
])
def test_harm_clause_keeps_a_subordinate_clause(text: str) -> None:
    assert not _breaks(b.HARM_CLAUSE_BREAK, text)


@pytest.mark.parametrize("text", [
    "which had been linked to heart problems, and doctors stopped it",
    "which had been linked to heart problems; doctors stopped it",
    "which was cheap but had been linked to heart problems",
])
def test_relative_clause_stop_ends_a_relative_clause(text: str) -> None:
    assert _breaks(b.RELATIVE_CLAUSE_STOP, text)


@pytest.mark.parametrize("text", [
    "which is so effective for heart problems",  # "so" as a degree word
    "which, andrographis aside, eases colds",
    "which had been linked to heart problems",
])
def test_relative_clause_stop_reads_so_as_a_degree_word(text: str) -> None:
    assert not _breaks(b.RELATIVE_CLAUSE_STOP, text)
    # the hedge reading's "so" is a conjunction
    assert _breaks(b.CLAUSE_BREAK, "which is so effective") and not _breaks(b.RELATIVE_CLAUSE_STOP, "which is so effective")


@pytest.mark.parametrize("text", ["i said no, and i still get heartburn", "i take it; i still get heartburn",
                                  "i take it so i get less heartburn"])
def test_symptom_clause_break_ends_the_symptom_clause(text: str) -> None:
    assert _breaks(b.SYMPTOM_CLAUSE_BREAK, text)


@pytest.mark.parametrize("text", ["i take it, though i still get heartburn", "i still get heartburn when i forget it"])
def test_symptom_clause_break_keeps_a_concession_in_the_clause(text: str) -> None:
    assert not _breaks(b.SYMPTOM_CLAUSE_BREAK, text)


# -- a clause cut by punctuation alone -------------------------------------------------

@pytest.mark.parametrize("text", ["swapping butter, flexora knocks", "the swap \u2013 flexora knocks",
                                  "the swap - flexora knocks", "the swap:flexora"])
def test_punctuation_cut_cuts_at_any_comma_or_dash(text: str) -> None:
    assert _breaks(b.PUNCTUATION_CUT, text)


@pytest.mark.parametrize("text", ["flexora knocks", "the low-fat swap knocks", "the swap (mostly) knocks"])
def test_punctuation_cut_keeps_a_hyphenated_word_and_a_parenthesis(text: str) -> None:
    assert not _breaks(b.PUNCTUATION_CUT, text)


@pytest.mark.parametrize("text", [" (published in a journal) follows", ", published in a journal", " - an older one",
                                  " \u2013 an older one", " \u2014an older one"])
def test_study_clause_ends_at_a_parenthesis_or_a_spaced_dash(text: str) -> None:
    assert _breaks(b.STUDY_CLAUSE_END, text)


@pytest.mark.parametrize("text", [" follows up children", " of a long-term cohort", " in 2016\u20132018 follows"])
def test_study_clause_runs_on_through_a_hyphen_or_an_unspaced_en_dash(text: str) -> None:
    assert not _breaks(b.STUDY_CLAUSE_END, text)


@pytest.mark.parametrize("text", [" it helps, few have tested it", " it helps; few agree", " it helps \u2014 few agree"])
def test_concession_break_needs_a_space_after_the_mark(text: str) -> None:
    assert _breaks(b.CONCESSION_BREAK, text)


@pytest.mark.parametrize("text", [" it helped 1,000 people", " it helps few people", " it helps - few agree"])
def test_concession_break_not_inside_a_number_nor_at_a_hyphen(text: str) -> None:
    assert not _breaks(b.CONCESSION_BREAK, text)


# -- a capitalised name ----------------------------------------------------------------

def test_capitalised_word_is_a_whole_plain_capitalised_word() -> None:
    found = [m.group() for m in b.CAPITALISED_WORD.finditer("My mum Sarah takes Gastrol, not BrightWave or Fen-Phen; Tom too")]
    assert found == ["Sarah", "Gastrol", "Phen"]  # "Tom" is too short; "BrightWave" has an inner capital


def test_capitalised_name_takes_inner_capitals_and_hyphens() -> None:
    assert b.CAPITALISED_NAME.fullmatch("BrightWave") and b.CAPITALISED_NAME.fullmatch("Fen-Phen")
    assert b.CAPITALISED_NAME.fullmatch("Tom")
    assert not b.CAPITALISED_NAME.fullmatch("Al") and not b.CAPITALISED_NAME.fullmatch("quillora")
    assert not b.CAPITALISED_NAME.fullmatch("St.John")
    assert [m.group() for m in b.CAPITALISED_NAME.finditer("I took Quillora and DeepRest")] == ["Quillora", "DeepRest"]


# -- one definition ----------------------------------------------------------------------

@pytest.mark.parametrize("module, names", [
    (contradictions, ["_CLAUSE_BREAK", "_HARM_CLAUSE_BREAK", "_CLAUSE_END", "_CAUSE_CLAUSE", "_RELATIVE"]),
    (claim_role, ["_CLAUSE_BREAK"]),
    (interventions, ["_CLAUSE_STOP", "_CAPITALISED"]),
    (typed_claims, ["_CAPITALISED_NAME", "_SYMPTOM_CLAUSE_BREAK", "_CLAUSE_CUT", "_LATER_CLAUSE"]),
    (studies, ["_CLAUSE_END"]),
])
def test_analyses_keep_no_copy_of_their_own(module: object, names: list[str]) -> None:
    assert not [n for n in names if hasattr(module, n)]


# -- a clause opened by a word ---------------------------------------------------------

def _last_end(rx: re.Pattern[str], text: str) -> int:
    return max((m.end() for m in rx.finditer(text)), default=0)


@pytest.mark.parametrize("text, opens_at", [
    ("patients who had leukemia, because the tissue may ", "because"),
    ("It is safe; However it may ", "However"),
    ("taken until symptoms ", "until"),
])
def test_clause_opening_before_starts_the_mention_clause(text: str, opens_at: str) -> None:
    assert _last_end(b.CLAUSE_OPENING_BEFORE, text) == text.index(opens_at) + len(opens_at)


@pytest.mark.parametrize("text", ["patients who had leukemia and the tissue may ", "a butterbur extract may ",
                                  "if taken after meals it may "])
def test_clause_opening_before_ignores_other_words(text: str) -> None:
    assert _last_end(b.CLAUSE_OPENING_BEFORE, text) == 0


@pytest.mark.parametrize("text, opener", [
    ("caffeine is a stimulant that can ", "that"),
    ("if taken after meals it can ", "after"),
    ("it is cheap. x can ", "."),
])
def test_cause_clause_opening_opens_at_relatives_conditions_and_sentence_ends(text: str, opener: str) -> None:
    last = list(b.CAUSE_CLAUSE_OPENING.finditer(text))[-1]
    assert last.group() == opener
    assert (last.group() in b.RELATIVE_OPENERS) == (opener == "that")


@pytest.mark.parametrize("text", ["x is cheap, but x can ", "however x can ", "assessed x can "])
def test_cause_clause_opening_not_at_but_however_or_inside_a_word(text: str) -> None:
    assert b.CAUSE_CLAUSE_OPENING.search(text) is None


@pytest.mark.parametrize("text", [" heartburn, so i take ", " heartburn and then i take ", " heartburn; i take ",
                                  " heartburn which is why i take "])
def test_later_clause_opening_between_a_symptom_and_taking(text: str) -> None:
    assert b.LATER_CLAUSE_OPENING.search(text)


@pytest.mark.parametrize("text", [" heartburn despite taking ", " heartburn even while taking ", " heartburn, taking "])
def test_later_clause_opening_not_without_an_opening_word(text: str) -> None:
    assert b.LATER_CLAUSE_OPENING.search(text) is None


@pytest.mark.parametrize("before", ["made by Acme ", "Dr ", "Acme Health "])
def test_capitalised_before_is_the_capitalised_word_right_before(before: str) -> None:
    assert b.CAPITALISED_BEFORE.search(before)


@pytest.mark.parametrize("before", ["made by acme ", "Acme makes ", "Acme", "Fen-Phen "])
def test_capitalised_before_not_a_lower_case_or_earlier_word(before: str) -> None:
    found = b.CAPITALISED_BEFORE.search(before)
    assert found is None or found.group() == "Phen "  # a hyphenated name: only its last part


def test_clause_start_is_after_the_last_cut_before_the_word() -> None:
    from lint_rules.analysis.boundaries import HARM_CLAUSE_BREAK, clause_start

    text = "if you stop it, your blood pressure may rise; it is rare"
    assert clause_start(text, 0, text.index("blood")) == text.index(",") + 1  # after the comma
    assert clause_start(text, 0, text.index("stop")) == 0  # no cut before: the floor
    assert clause_start(text, 0, text.index("rare")) == text.index(";") + 1
    # another boundary of the module: a bare comma is no cut of a harm's clause
    assert clause_start(text, 0, text.index("blood"), HARM_CLAUSE_BREAK) == 0
