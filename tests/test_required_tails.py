"""A typed-claim pattern whose opening SRE tries at every place (lookbehinds, a negative
lookahead of body measures, a long verb list) is scanned only where a tail of it matches
(``compiled_re.required_tail``): the tail opens with a short group of words, and every match
of the pattern ends with a match of the tail. These tests hold the choice of tail to what
makes it a necessary test (a whole top-level item, never an optional or repeated one, no
back-reference, no flags) and check, pattern by pattern, that a text a pattern matches is
never turned away by its tail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint_rules.analysis import typed_claims
from lint_rules.store.compiled_re import _top_level_items, required_tail

ROOT = Path(__file__).resolve().parent.parent


def _tail(source: str, flags: int = 0) -> str | None:
    return required_tail(re.compile(source, flags))


def test_the_first_short_word_group_after_the_opening_begins_the_tail() -> None:
    source = r"(?<![\w-])(?!(?:the\s+)?blood\s+pressure)(?:zorvex|velmo)\s+(?:levels|exposure)\s+(?:rose|fell)\b"
    assert _tail(source) == r"(?:zorvex|velmo)\s+(?:levels|exposure)\s+(?:rose|fell)\b"


def test_the_opening_item_itself_never_begins_the_tail() -> None:
    # the tail of the whole pattern would be the pattern: no test saved
    assert _tail(r"(?:zorvex|velmo)\s+(?:levels|exposure)\b") == r"(?:levels|exposure)\b"


@pytest.mark.parametrize("source", [
    r"\b[a-z]+\s+(?:levels)?\s+\d+",                      # optional
    r"\b[a-z]+\s+(?:(?:levels)\s+){0,2}\d+",              # repeated
    r"\b[a-z]+\s+(?:levels|exposure)*\s+\d+",             # repeated
    r"\b[a-z]+\s+(?:of|in)\s+the\s+leg",                   # openings of two letters: in every text
    r"\b[a-z]+\s+(?:rose|fell|doubled|climbed|halved|jumped)\b",  # six first letters
    r"\b[a-z]+\s+(?:[a-z]+olol|levels)\b",                 # an alternative opening with a class
    r"\b[a-z]+\s+(?:\d+|levels)\b",                        # an alternative opening with a digit
    r"\b[a-z]+\s+(?=levels|exposure)\w+",                # a lookahead is no group of words
])
def test_no_tail_from_an_item_a_match_may_skip_or_that_opens_on_anything(source: str) -> None:
    assert _tail(source) is None


@pytest.mark.parametrize("source", [
    r"\bzorvex\s+(?:levels|exposure)\s+rose|\bvelmo\s+(?:levels|exposure)\s+fell",  # a top-level alternation
    r"\b(?P<w>[a-z]+)\s+(?:levels|exposure)\s+(?P=w)",  # a back-reference to a group before the tail
    r"(?i)\b[a-z]+\s+(?:levels|exposure)\b",             # inline flags
])
def test_no_tail_for_a_pattern_that_is_no_plain_sequence(source: str) -> None:
    assert _tail(source) is None


def test_no_tail_under_ignorecase() -> None:
    assert _tail(r"\b[a-z]+\s+(?:levels|exposure)\b", re.IGNORECASE) is None


@pytest.mark.parametrize("source", [
    r"[|(]\s*(?:levels|exposure)\b",        # "|" and "(" inside a class
    r"\(\|\s*(?:levels|exposure)\b",        # escaped
    r"[]|]x(?:a|b)?(?:levels|exposure)\b",  # a "]" first in a class
    r"(?:a[)|]b)\s+(?:levels|exposure)\b",  # a class inside a group
])
def test_the_items_are_read_whole(source: str) -> None:
    items = _top_level_items(source)
    assert items is not None and "".join(source[a:b] for a, b in items) == source
    assert _tail(source) == r"(?:levels|exposure)\b"


@pytest.mark.parametrize(("source", "tail"), [
    # a run of plain letters is a literal prefix SRE finds by substring search; the tail's
    # four-letter word ("most", "good", "back") is what rules a text out
    (r"(?:\d+|two|three)\s+(?:mg|pills?)\s+at\s+(?:the\s+)?most\b", r"at\s+(?:the\s+)?most\b"),
    (r"\b(?<!to\s)[a-z]+\s+it\s+for\s+good\b", r"it\s+for\s+good\b"),
    (r"\b(?:a\s+)?maximum\s+of\s+\d+", r"maximum\s+of\s+\d+"),
    (r"\b(?:hair\s+)?grows?\s+back\b", r"grows?\s+back\b"),
    # the run begins the tail, never a letter inside it
    (r"(?<![\w-])(?!not\s)permanently\s+(?:fixes|mends)\b", r"permanently\s+(?:fixes|mends)\b"),
])
def test_a_tail_may_open_with_a_run_of_plain_letters_that_leads_to_a_longer_word(source: str, tail: str) -> None:
    assert _tail(source) == tail


@pytest.mark.parametrize("source", [
    r"\b[a-z]+\s+a\s+lot\b",                      # a run of one letter: a stop at every "a"
    r"\b[a-z]+\s+of\s+the\s+day\b",               # no word of four letters: in every text
    r"\b[a-z]+\s+at\s+(?:it|all)\b",              # the longest literal every match holds: two letters
    r"\b[a-z]+\s+(?:at|by)\s+all\b",              # a group of two-letter words, then three letters
    r"\b[a-z]+\s+i\s+did\b",                      # one letter, then three
])
def test_no_tail_from_a_short_letter_run_without_a_rarer_word(source: str) -> None:
    assert _tail(source) is None


#: Coined sentences in the shapes the tailed patterns read: levels of another drug changed,
#: an effective treatment, a course that lasts or ends, an "as for X, it did nothing", a
#: medicine need denied; and the same words where they do not match.
WRITTEN = [
    "zorvex can make digoxin levels rise within a day.",
    "in one trial, warfarin concentrations doubled when people took velmo.",
    "velmo raised blood levels of lithium in older users.",
    "it nearly halves the amount of tacrolimus in the blood.",
    "lumira-xr is an effective treatment for joint pain, the maker says.",
    "zorvex is a proven remedy for hay fever.",
    "as for my knees, it did nothing at all.",
    "the rash disappeared within two days of stopping.",
    "once gone, the warts will never come back.",
    "the patches stayed gone for a year after the last dose.",
    "with velmo, colds were shorter and milder in the trial.",
    "there's no need to check with your doctor before taking it alongside other medicines.",
    "the combination of it with blood thinners can cause bruising.",
    "your blood pressure levels rose after a salty meal.",  # a body measure, not a drug
    "levels of interest were high; concentrations of staff fell at night.",
    "it is free of the top 14 allergens and nut-free.",
    "take two zorvex gummies a day at most, the label says.",
    "a maximum of 3 velmo tablets in 24 hours.",
    "the velmo roller reshapes your jawline for good.",
    "after the treatment my hair grew back thicker, and then it grows back every spring.",
    "the effects of the velmo peel are fully reversible once you stop.",
    "the serum permanently reshapes your lashes, the seller claims.",
]


def _tailed() -> list[tuple[int, re.Pattern[str], re.Pattern[str]]]:
    tails, _ = typed_claims._unanchored_plans()
    data = typed_claims._data()
    return [(i, data.patterns[i][2], tail) for i, tail in sorted(tails.items())]


def test_a_text_a_pattern_matches_is_never_turned_away_by_its_tail() -> None:
    texts = [*WRITTEN, *(p.read_text(encoding="utf-8").lower() for p in sorted((ROOT / "fixtures").rglob("*.md")))]
    matched = 0
    for index, pattern, tail in _tailed():
        hits = [t for t in texts if pattern.search(t)]
        matched += bool(hits)
        for text in hits:
            assert tail.search(text), (index, text[:80])
    assert matched >= 5  # the texts reach the tailed patterns: the test can fail


def test_every_tail_is_a_whole_end_of_its_pattern() -> None:
    for index, pattern, tail in _tailed():
        assert pattern.pattern.endswith(tail.pattern), index
        head = pattern.pattern[:len(pattern.pattern) - len(tail.pattern)]
        re.compile(head)  # the items before it balance: the tail starts at an item's edge


def test_the_level_change_frames_get_a_tail_of_their_measure_words() -> None:
    found = [tail.pattern for _, pattern, tail in _tailed() if "exposure|auc" in pattern.pattern]
    assert found and all(t.startswith("(?:levels|concentrations?|exposure|auc)") for t in found)
