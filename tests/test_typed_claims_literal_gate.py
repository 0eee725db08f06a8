"""speed11: typed claims' patterns with no opening words are scanned over an article only
when it holds one of each pattern's ``required_literals`` (every match contains one). The gate
only skips texts a pattern cannot match: the claims are the same with and without it. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis import typed_claims as tc
from lint_rules.parsing import parse_document
from lint_rules.store.compiled_re import fold

TEXTS = [
    "Once the appendix is out, appendicitis cannot come back.",
    "Take a maximum of two capsules a day. The effects last for a year or more.",
    "The snack bar is free of the top nine allergens and allergen-free for schools.",
    "Nightrest is an effective treatment for insomnia, the maker says.",
    "Most rashes usually disappear within a week. The drops are not recommended for children.",
    "Walking helps some people sleep. Symptoms were not relieved by the cream.",
]


def _claims(text: str) -> list[tuple[str, str, int, int]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side, c.start, c.end) for c in tc._build(doc)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_leaves_the_claims_as_they_were(text, monkeypatch):
    gated = _claims(text)
    monkeypatch.setattr(tc, "_unanchored_literals", lambda: {})
    assert gated == _claims(text)


def test_every_match_of_a_gated_pattern_holds_one_of_its_literals():
    patterns = tc._data().patterns
    gated = tc._unanchored_literals()
    assert gated and all(not patterns[i][3] for i in gated)  # only the unanchored ones
    matched = 0
    for text in TEXTS:
        low = tc._norm(text)
        for i, lits in gated.items():
            for m in patterns[i][2].finditer(low):
                matched += 1
                assert any(lit in fold(m.group()) for lit in lits), (patterns[i][2].pattern[:60], m.group())
    assert matched  # the texts reach the gated patterns


def test_a_text_without_the_literals_is_not_scanned():
    """The fail side: a sentence with none of a pattern's literals is skipped (its scan is
    never run), and one with them is scanned."""
    patterns = tc._data().patterns
    index = next(i for i, lits in tc._unanchored_literals().items() if lits == ("maximum",))
    scanned: list[str] = []

    class Spy:
        def __init__(self, rx):
            self.rx, self.pattern, self.groupindex = rx, rx.pattern, rx.groupindex

        def finditer(self, text):
            scanned.append(text)
            return self.rx.finditer(text)

    kind, side, rx, anchors = patterns[index]
    # the old gate (the long words the pattern names) lets the sentence through
    assert any(w in tc._norm("Take no more than two capsules a day.") for w in tc._literals(rx.pattern))
    patterns[index] = (kind, side, Spy(rx), anchors)
    try:
        tc._build(parse_document("<t>", "Take no more than two capsules a day.", "text"))
        assert scanned == []
        tc._build(parse_document("<t>", "Take a maximum of two capsules a day.", "text"))
        assert len(scanned) == 1
    finally:
        patterns[index] = (kind, side, rx, anchors)


def test_the_word_literals_kept_with_the_tables_are_each_patterns_literals():
    """speed12: the long words of each pattern with no opening words are read once with
    the tables (disk cache), not out of the pattern text in every process."""
    data = tc._data()
    unanchored = {i for i, (*_, anchors) in enumerate(data.patterns) if not anchors}
    assert set(data.word_literals) == unanchored
    for i in unanchored:  # the words, where the parse tree proves every match holds one (lead19)
        assert set(data.word_literals[i]) == set(tc._word_gate(data.patterns[i][2]))
        assert data.word_literals[i] == ("",) or set(data.word_literals[i]) == set(tc._literals(data.patterns[i][2].pattern))


def test_a_text_with_none_of_the_word_literals_is_not_scanned(monkeypatch):
    """The fail side: with a pattern's kept words replaced by one no text holds, its claims
    are gone (the kept words, not the pattern text, decide)."""
    text = "Take a maximum of two capsules a day."
    before = _claims(text)
    data = tc._data()
    index = next(i for i, lits in tc._unanchored_literals().items() if lits == ("maximum",))
    assert any(c[0] == data.patterns[index][0] for c in before)
    monkeypatch.setitem(data.word_literals, index, ("zzzzqq",))
    monkeypatch.setattr(tc, "amounts", lambda doc: [])  # the amount reader (dose13) reads it too
    assert len(_claims(text)) < len(before)
