"""The word gate on typed-claim patterns without opening words must never skip a text the
pattern matches: it is kept only where the parse tree proves every match holds one of the
words (``compiled_re.every_match_holds``)."""

from __future__ import annotations

import re

import pytest

from lint_rules.analysis import typed_claims as tc
from lint_rules.store.compiled_re import every_match_holds


@pytest.mark.parametrize(("pattern", "words", "holds"), [
    (r"\bno\s+\w+\s+(?:used|added)\b", ("used", "added"), True),
    (r"\bis not (?:meant\s+)?for\b", ("meant",), False),  # an optional group's word
    (r"\b(?:cut|lowers)\s+fat\b", ("lowers",), False),  # one alternative holds no word
    (r"\b(?:cuts|lowers)\s+fat\b", ("cuts", "lowers"), True),
    (r"\bgrows?\s+back\b", ("grow",), True),  # a run of literals holding the word
    (r"\b(?:hair\s+)+falls\b", ("hair",), True),  # a repeat at least once
    (r"\b(?:hair\s+)*falls\b", ("hair",), False),  # a repeat that may not happen
    (r"(?=\w+\s+meant)\w+", ("meant",), False),  # inside a lookahead: unsure, so no gate
    (r"(?i)\bmeant\b", ("meant",), False),  # case-folded: the lowered text's words may differ
])
def test_every_match_holds(pattern: str, words: tuple[str, ...], holds: bool) -> None:
    assert every_match_holds(re.compile(pattern), words) is holds


def test_an_optional_groups_words_gate_nothing() -> None:
    optional = re.compile(r"\bis not (?:meant\s+)?for\s+(?P<t>\w+)")
    assert tc._word_gate(optional) == ("",)
    assert optional.search("zelvara is not for children")  # a text without "meant" still matches
    assert set(tc._word_gate(re.compile(r"\bno\s+(?!matter\b)\w+\s+(?:used|added)\b"))) == {"used", "added"}


def test_every_shipped_gate_is_proved() -> None:
    data = tc._data()
    gated = {i: words for i, words in data.word_literals.items() if words != ("",)}
    assert gated  # the gate still rules texts out for most patterns
    for i, words in gated.items():
        assert every_match_holds(data.patterns[i][2], words), data.patterns[i][2].pattern[:80]
