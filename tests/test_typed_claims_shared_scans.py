"""speed15: typed claims' patterns with no opening words take fewer passes over an article.
A pattern whose opening group can begin at any word is scanned only when the rest of the
pattern occurs in the text; patterns that open with the same group of words are tried only
where one scan of that group found it. Both only skip places a pattern cannot match: the
claims are the same with the plans and without them. Every sentence here is written for these
tests."""

from __future__ import annotations

import re

import pytest

from lint_rules.analysis import typed_claims as tc
from lint_rules.parsing import parse_document

TEXTS = [
    "Calmleaf taken together with alcohol can make you very drowsy.",
    "Ibuprofen combined with aspirin raises the risk of bleeding, the leaflet says.",
    "The spray plus a nasal rinse works well for some people.",
    "The bar is nut-free and gluten-free, and the maker sells a dairy-free one too.",
    "The results last for years. These implants stay put for a lifetime.",
    "The effects of the cream, the nurse said, usually fade within two weeks.",
    "Do not take more than 2 capsules a day. Four tablets is the maximum daily dose.",
    "Take 500 mg twice a day with food. Walking helps some people sleep.",
    "Its benefits may not last. Relief from the drops wears off after a few hours.",
    "",
    "no punctuation at all and nothing to read here",
    # ordinary passages (news, press release, seller, guide, leaflet): nothing may change
    "The city council voted to fund a gluten-free menu. Parents said the change, combined with "
    "clearer labels, would help children with coeliac disease.",
    "The company reported that revenue from its implants stayed flat. Crowns and veneers remained "
    "its best-selling products.",
    "Our capsules are dairy-free and soy-free. Take two capsules a day with food. Do not exceed four "
    "capsules in 24 hours.",
    "A good sunscreen, used with a hat and shade, protects skin. The protection of most creams fades "
    "after two hours in water.",
    "This medicine may be taken with or without food. Alcohol taken with this medicine may make you "
    "drowsy; avoid driving.",
    "| Product | Free from |\n|---|---|\n| Bar A | nut-free |\n\nBoth bars are made in one factory.",
]


def _claims(text: str) -> list[tuple[str, str, int, int]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side, c.start, c.end) for c in tc._build(doc)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_plans_leave_the_claims_as_they_were(text, monkeypatch):
    planned = _claims(text)
    monkeypatch.setattr(tc, "_unanchored_plans", lambda: ({}, {}))
    assert planned == _claims(text)


def test_each_plan_finds_what_the_whole_scan_finds():
    """The mechanism itself, pattern by pattern: a text where the rest is absent has no
    match, and the places of a shared opening give the scan's matches."""
    patterns = tc._data().patterns
    tails, starts = tc._unanchored_plans()
    assert tails and starts  # both plans serve some pattern
    assert not set(tails) & set(starts)
    matched = 0
    for text in TEXTS:
        low = tc._norm(text)
        for index, tail in tails.items():
            found = [m.span() for m in patterns[index][2].finditer(low)]
            matched += len(found)
            if tail.search(low) is None:
                assert not found
        for index, shared in starts.items():
            places = [m.start() for m in shared.finditer(low)]
            scan = [m.span() for m in patterns[index][2].finditer(low)]
            matched += len(scan)
            assert [m.span() for m in tc._finditer_from(patterns[index][2], low, places)] == scan
    assert matched  # the texts reach the planned patterns


def test_a_shared_opening_is_one_object_for_its_patterns():
    _, starts = tc._unanchored_plans()
    groups: dict[int, list[int]] = {}
    for index, shared in starts.items():
        groups.setdefault(id(shared), []).append(index)
    assert all(len(indices) > 1 for indices in groups.values())  # a lone opening keeps its scan


@pytest.mark.parametrize(("pattern", "split"), [
    (r"\b(?:a|b)\s+c", (r"\b(?:a|b)", r"\s+c")),
    (r"\b(?P<t>[\w]+)[- ]free\b", (r"\b(?P<t>[\w]+)", r"[- ]free\b")),
    (r"\b(?:[)]|x)y", (r"\b(?:[)]|x)", "y")),  # a ")" in a class is no group's end
    (r"\b(?:a\)|b)c", (r"\b(?:a\)|b)", "c")),  # nor an escaped one
])
def test_an_opening_group_is_split_off(pattern, split):
    assert tc._opening(pattern) == split
    head, rest = split
    re.compile(head)
    re.compile(rest)


@pytest.mark.parametrize("pattern", [
    r"(?:a|b)\s+c",  # no word boundary first
    r"\b(?:for\s+)?(?:\d+|one)\s+doses?",  # the opening group may be absent
    r"\b(?:a|b)+c",  # or repeated
    r"\b(?P<w>\w+)\s+(?P=w)",  # the rest refers back to the opening
    r"\b(\w+)\s+\1",  # (a plain group: no opening)
    r"\bmaximum\s+of",  # no group
])
def test_a_pattern_without_a_separable_opening_is_left_whole(pattern):
    assert tc._opening(pattern) is None


def test_places_are_tried_from_the_end_of_the_last_match():
    """Overlapping places: a place inside an earlier match is not tried, as ``finditer``
    does not try it."""
    rx = re.compile(r"aa")
    text = "aaaa"
    assert [m.span() for m in tc._finditer_from(rx, text, [0, 1, 2, 3])] == [(0, 2), (2, 4)]
    assert [m.span() for m in tc._finditer_from(rx, text, [1, 3])] == [(1, 3)]
    assert tc._finditer_from(rx, "abab", [0, 1, 2, 3]) == []
