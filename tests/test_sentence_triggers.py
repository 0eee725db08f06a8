"""The sentence trigger index (speed18, ``analysis/triggers.py``): the trigger words are read
from each pattern's parse, a gate says False only where the pattern's search finds nothing,
and a pattern whose words cannot be read falls back to every sentence."""

from __future__ import annotations

import pathlib
import re

import pytest

from lint_rules.analysis import contradictions, triggers
from lint_rules.analysis.triggers import may_match, may_match_between, trigger_words
from lint_rules.parsing import parse_document

ROOT = pathlib.Path(__file__).resolve().parent.parent


def doc_of(body: str, title: str = "Kratom"):
    return parse_document("a.md", f"# {title}\n\n{body}\n", "markdown")


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\b(?:worry|had|reported)\b", 0, {"worry", "had", "reported"}),
    (r"(?<![a-z])(?:more|extra)(?![a-z])", re.IGNORECASE, {"more", "extra"}),
    (r"\bside effects?\b", 0, {"side"}),  # each spelling's longest whole word
    (r"\b(?:worr(?:y|ied)|fears?)\b", 0, {"worry", "worried", "fear", "fears"}),
    (r"(?:\buncertain\b)|(?:\bunclear\b)", 0, {"uncertain", "unclear"}),
    (r"\b(?:(?<!not )cure|heal)\b", 0, {"cure", "heal"}),  # a lookaround consumes nothing
    (r"\b(?:flush|clear)\w* (?:[\w']+ ){0,3}toxins?\b", 0, {"toxin", "toxins"}),
])
def test_trigger_words_are_the_whole_words_every_match_holds(pattern: str, flags: int, words: set[str]) -> None:
    assert trigger_words(re.compile(pattern, flags)) == frozenset(words)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\beffects?", 0),  # nothing ends the word: "effectsize" matches
    (r"no\s*(?:one|body)", 0),  # "noone": the space may be missing
    (r"(?<![a-z])no\b", 0),  # case-sensitive: "ANo" passes the lookbehind, its word is "ano"
    (r"(?-i:(?<![a-z]))no\b", re.IGNORECASE),  # the same, in a group that clears IGNORECASE
    (r"\b\w+ly\b", 0),
    (r"[0-9]+ mg", 0),
])
def test_a_pattern_without_whole_words_has_no_triggers(pattern: str, flags: int) -> None:
    assert trigger_words(re.compile(pattern, flags)) is None


def test_a_pattern_without_triggers_reads_every_sentence() -> None:
    doc = doc_of("It helps. Nothing here. Another line.")
    rx = re.compile(r"\beffects?")
    assert all(may_match(doc, rx, k) for k in range(len(doc.sentences)))
    assert all(may_match_between(doc, rx, s.start, s.end) for s in doc.sentences)


def test_a_sentence_without_the_words_is_skipped_and_one_with_them_is_not() -> None:
    doc = doc_of("Users reported a rash. The tea is sold in tins.")
    rx = re.compile(r"\b(?:reported|noticed)\b", re.IGNORECASE)
    k_rash = next(k for k, s in enumerate(doc.sentences) if "rash" in doc.text[s.start:s.end])
    k_tins = next(k for k, s in enumerate(doc.sentences) if "tins" in doc.text[s.start:s.end])
    assert may_match(doc, rx, k_rash)
    assert not may_match(doc, rx, k_tins)


def test_a_window_that_cuts_a_word_is_always_searched() -> None:
    # a search ending at "report|ed" sees "report" as a whole word (endpos ends the text)
    doc = doc_of("Users reported a rash.")
    rx = re.compile(r"\breport\b")
    at = doc.text.index("reported") + len("report")
    assert rx.search(doc.text, doc.text.index("reported"), at)
    assert may_match_between(doc, rx, doc.text.index("Users"), at)


def test_an_odd_fold_letter_leaves_every_sentence_read() -> None:
    doc = doc_of("The \u212aratom tea was reported.")  # KELVIN SIGN folds to "k"
    rx = re.compile(r"\bnoticed\b")
    assert all(may_match(doc, rx, k) for k in range(len(doc.sentences)))


#: Ordinary passages the contradiction readers' patterns read (written for this test).
PASSAGES = [
    "Nobody needs to worry about dizziness with it. Some users reported headaches at higher doses.",
    "Unlike the older brand, it is not known to cause rashes. By contrast, Asclera is very safe.",
    "Taking more than the recommended dose can cause nausea. Overdosing leads to liver damage.",
    "Nausea was not necessarily a problem. It is generally non-drowsy, and most adults take it.",
    "The stroke rate was 22 percent lower in people who ate it. Neither study collected data on side effects.",
    "A higher dose doesn't result in more sleepiness. None of the 40 volunteers reported a rash.",
    "Hair loss is not a concern. Constipation isn\u2019t an issue with ibuprofen, doctors say.",
    "At the labelled dose, no one has had trouble sleeping. Going above 4 g a day raised liver enzymes.",
]


def _documents():
    docs = [doc_of(p) for p in PASSAGES]
    for path in sorted((ROOT / "fixtures").glob("*.md")):
        docs.append(parse_document(str(path), path.read_text(encoding="utf-8"), "markdown"))
    return docs


def test_no_pattern_asked_misses_a_sentence_its_search_matches() -> None:
    """Every pattern a gate was asked about (the contradiction readers' and any other), over
    these documents: where its search of a sentence (as written and lower-cased) finds a
    match, the gate says the sentence may match. Fails when a derivation misses a word."""
    docs = _documents()
    for doc in docs:
        contradictions.claims(doc)  # the readers ask their gates
    asked = list(triggers.ASKED)
    assert asked, "no pattern was asked"
    checked = 0
    for doc in docs:
        low = doc.text.lower()
        same = len(low) == len(doc.text)
        for k, s in enumerate(doc.sentences):
            for rx in asked:
                found = rx.search(doc.text, s.start, s.end) or (same and rx.search(low, s.start, s.end))
                if found:
                    checked += 1
                    assert may_match(doc, rx, k), (rx.pattern[:80], doc.text[s.start:s.end])
                    assert may_match_between(doc, rx, found.start(), found.end()), rx.pattern[:80]
    assert checked > 20  # the check is not vacuous


def test_contradiction_claims_are_the_same_with_every_gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents()
    gated = [repr(contradictions._build_claims(d)) for d in docs]
    monkeypatch.setattr(contradictions, "may_match", lambda doc, rx, k: True)
    assert [repr(contradictions._build_claims(d)) for d in _documents()] == gated
