"""Typed claims try an anchored pattern only where one of its opening words starts
(``typed_claims.opening_places``, one scan of all the opening words). These tests hold the
scan to the word-start index it replaced (the first two letters of each word start, each
opening word looked up by its length): the same places, pattern by pattern, on written
texts, the fixtures and every opening word in the shapes that test its edges (a longer word
it begins, a word inside another, after an apostrophe, a hyphen or a digit, "n't")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint_rules.analysis import typed_claims

ROOT = Path(__file__).resolve().parent.parent


def _index_places(low: str) -> dict[int, list[int]]:
    """The places as the word-start index found them (the code before the scan)."""
    data = typed_claims._data()
    by_key: dict[str, list[tuple[str, int]]] = {}
    for index, (*_, anchors) in enumerate(data.patterns):
        for word in set(anchors):
            by_key.setdefault(word[:2], []).append((word, index))
    prefixes = sorted({re.escape(w[:2]) for *_, anchors in data.patterns for w in anchors if not w.startswith("n'")})
    starts: dict[str, list[int]] = {}
    for w in re.finditer(r"(?<![a-z0-9'])(?=" + "|".join(prefixes) + ")[a-z]", low):
        starts.setdefault(low[w.start():w.start() + 2], []).append(w.start())
    starts["n'"] = [m.start() for m in re.finditer("n't", low)]
    out: dict[int, set[int]] = {}
    for prefix, positions in starts.items():
        for word, index in by_key.get(prefix, ()):
            for pos in positions:
                if low[pos:pos + len(word)] == word:
                    out.setdefault(index, set()).add(pos)
    return {index: sorted(places) for index, places in out.items()}


def _opening_words() -> list[str]:
    return sorted({w for *_, anchors in typed_claims._data().patterns for w in anchors})


WRITTEN = [
    "zorvex allays joint pain in most adults, and it won't interact with antacids.",
    "the long-term results of velmo stayed for years; it doesn't wear off.",
    "don't take more than two capsules a day. never exceed the dose on the label.",
    "a ball of antiallergy cream isn't the same as an antihistamine tablet.",
    "it's safe for children aged 6 and older, though nobody's sure it helps.",
    "people who took lumira-xr reported fewer headaches; its effects faded after 3 weeks.",
    "results: 12 of 40 users (30%) saw no change. 'it did nothing', one said.",
    "shan't, can't, won't: n't on its own, and 'n't after a quote.",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_the_scan_finds_the_index_places_in_written_texts(text: str) -> None:
    assert typed_claims.opening_places(text) == _index_places(text)


def test_the_scan_finds_the_index_places_in_the_fixtures() -> None:
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted((ROOT / "fixtures").rglob("*.md"))]
    assert texts
    for text in texts:
        assert typed_claims.opening_places(text) == _index_places(text)


def test_every_opening_word_at_its_edges() -> None:
    words = _opening_words()
    shapes = ["{w}", "{w}s", "un{w}", "x{w}", "'{w}", "-{w}", "9{w}", "({w})", "{w}-{w}", "{w}n't", "é{w}"]
    text = " ".join(shape.format(w=w) for w in words for shape in shapes)
    assert typed_claims.opening_places(text) == _index_places(text)


def test_a_word_opens_the_patterns_of_every_opening_word_it_begins_with() -> None:
    words = set(_opening_words())
    longer = next(w for w in sorted(words, key=len, reverse=True) if any(w[:k] in words for k in range(2, len(w))))
    shorter = [longer[:k] for k in range(2, len(longer)) if longer[:k] in words]
    places = typed_claims.opening_places(longer + " x")
    data = typed_claims._data()
    for word in [longer, *shorter]:
        for index, (*_, anchors) in enumerate(data.patterns):
            if word in anchors:
                assert places.get(index) == [0], (word, index)


def test_no_place_inside_a_word_or_after_an_apostrophe() -> None:
    # hard negatives: the opening word stands in the text, but not where a word starts
    data = typed_claims._data()
    word = next(w for w in _opening_words() if w.isalpha() and len(w) > 3)
    opened = [i for i, (*_, anchors) in enumerate(data.patterns) if word in anchors]
    assert opened
    for text in (f"x{word}", f"9{word}", f"'{word}"):
        places = typed_claims.opening_places(text)
        assert all(1 not in places.get(i, []) for i in opened), text
    assert all(typed_claims.opening_places(f"-{word}").get(i) == [1] for i in opened)


GATED = [
    "As for sleep, it does absolutely nothing.",
    "For pain, it did nothing.",
    "Velmo is an effective treatment for insomnia, the seller says.",
    "Two capsules are the maximum for adults.",
    "Zorvex raised levels of warfarin.",
    "It is unsafe for pregnant women.",
    "The combination of Zorvex with blood pressure medication is risky.",
    "You don't need to worry about interactions with other medicines.",
    # hard negatives: the same words where no pattern of theirs matches
    "As for the maximum, nobody said.",
    "Treatment lasted for years in the trial's other arm.",
]


def test_the_literal_gates_never_turn_away_a_match() -> None:
    """The unanchored patterns are scanned only when one of their required literals and one of
    their words occur (required literals first): both are necessary, so the order of the two
    tests cannot change what is found."""
    from lint_rules.store.compiled_re import fold

    data = typed_claims._data()
    required = typed_claims._unanchored_literals()
    texts = [t.lower() for t in GATED] + [p.read_text(encoding="utf-8").lower()
                                          for p in sorted((ROOT / "fixtures").rglob("*.md"))]
    matched = 0
    for index, (*_, pattern, anchors) in enumerate(data.patterns):
        if anchors:
            continue
        for low in texts:
            if pattern.search(low) is None:
                continue
            matched += 1
            assert any(w in low for w in data.word_literals[index]), (index, low[:60])
            assert index not in required or any(lit in fold(low) for lit in required[index]), (index, low[:60])
    assert matched >= 6
