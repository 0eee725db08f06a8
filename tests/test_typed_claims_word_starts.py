"""speed14: typed claims' patterns with no opening words whose every match begins at a
word's start (``\\b`` and a word character) are tried only at the word starts whose first
characters begin one of their ``opening_strings`` (``_at_word_starts``): the same matches,
groups and order as the pattern's own scan. Every sentence here is written for these tests
or generated."""

from __future__ import annotations

import random

import pytest

from lint_rules.analysis import typed_claims as tc
from lint_rules.parsing import parse_document

TEXTS = [
    "The effects last for a year or more. Results lasted for years, and the benefits stay for good.",
    "Take a maximum of two capsules a day; a maximum of 4 doses. A max of three.",
    "The combination of it with alcohol can be dangerous. Mixing this and your other pills is risky.",
    "Hair grows back within weeks. Most rashes usually disappear within a week. It returns soon.",
    "It is unsafe for children. These drops are a bad idea in pregnancy, and it's risky for some.",
    "Blood levels of the drug can rise sharply. Levels of iron may fall.",
    "It is an effective treatment for insomnia. A proven remedy for colds, they say.",
    "The relief won't last. The benefits fade after a month; the improvements wore off quickly.",
    "x-the effects last. _the results last. \u00e9the effects last. 'the results lasted for years",
    "the", "it", "", "a maximum of", "The results\u00a0last\u2003for years.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_start_scan_finds_the_patterns_own_matches(text: str) -> None:
    data = tc._data()
    low = text.lower()
    starts = tc._word_starts(low)
    assert data.word_openings
    for index, openings in data.word_openings.items():
        pattern = data.patterns[index][2]
        whole = [(m.span(), m.groups()) for m in pattern.finditer(low)]
        assert [(m.span(), m.groups()) for m in tc._at_word_starts(pattern, low, starts, openings)] == whole


def test_word_start_scan_on_generated_texts() -> None:
    """The sentences above with characters put in, dropped or swapped at random (hyphens,
    apostrophes, underscores, accented letters, digits, spaces, stops) and joined in
    random order: matches that touch, begin after odd characters or start the text."""
    data = tc._data()
    rng = random.Random(1414)
    extra = [" ", "-", "'", "_", "\u00e9", "2", ".", ",", "x", "\n"]
    found = 0
    for _ in range(1500):
        text = list(" ".join(rng.sample(TEXTS[:9], rng.randint(1, 3))).lower())
        for _ in range(rng.randint(0, 6)):
            at = rng.randrange(len(text) + 1)
            choice = rng.random()
            if choice < 0.5:
                text.insert(at, rng.choice(extra))
            elif at < len(text):
                if choice < 0.8:
                    del text[at]
                else:
                    text[at] = rng.choice(extra)
        low = "".join(text)
        starts = tc._word_starts(low)
        for index, openings in data.word_openings.items():
            pattern = data.patterns[index][2]
            whole = [(m.span(), m.groups()) for m in pattern.finditer(low)]
            assert [(m.span(), m.groups()) for m in tc._at_word_starts(pattern, low, starts, openings)] == whole, (
                low, pattern.pattern[:60])
            found += len(whole)
    assert found > 1000


def test_only_patterns_that_begin_at_a_word_start_are_gated() -> None:
    assert tc._word_openings(r"\b(?:it|they)\s+lasts?\b") == ("it", "the")
    assert tc._word_openings(r"\b(?:\d+|two)\s+doses") is None  # a digit may begin it: no short list
    assert tc._word_openings(r"(?<=\s)(?:is|are)\s+not") is None  # no \b
    assert tc._word_openings(r"\bx|y") is None  # one branch without \b
    assert tc._word_openings(r"\b(?:-x|ab)") is None  # an opening that is no word character


def test_the_claims_are_the_same_with_the_pattern_scans() -> None:
    text = " ".join(TEXTS[:8])
    doc = parse_document("<t>", text, "text")
    gated = [(c.type, c.side, c.start, c.end) for c in tc._build(doc)]
    data = tc._data()
    saved = dict(data.word_openings)
    data.word_openings.clear()
    try:
        doc = parse_document("<t>", text, "text")
        assert [(c.type, c.side, c.start, c.end) for c in tc._build(doc)] == gated
    finally:
        data.word_openings.update(saved)
    assert gated
