"""speed11: the claims rules ask whether a cue list occurs (harm, referral, disclaimer,
disclosure, doubted benefit) through ``existence_pattern``; the answer is the one searching the
list gives. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.parsing import parse_document
from lint_rules.rules import claims

TEXTS = [
    "Kratom has side effects, and its risks are poorly known.",
    "The tea may be harmful to the liver.",
    "Kratom is popular in harmony circles; nobody mentions adversity.",  # words that only begin like cues
    "Ask your doctor before you start taking it.",
    "We earn a commission on purchases made through links on this page.",
    "The benefits are uncertain, researchers said.",
    "Walking helps some people sleep.",
    "A \u212aratom seller says there is no risk at all.",  # the Kelvin sign: lowered as the claims rules lower
    "\u0130 warn: the risks are real.",  # 'İ' lowers to two characters: no lowered text, searched as written
]


@pytest.mark.parametrize("text", TEXTS)
def test_whether_a_cue_list_occurs_is_what_searching_it_says(text: str) -> None:
    doc = parse_document("<t>", text, "text")
    c = claims.cues()
    for rx in (c.harm, c.referral, c.dshea, c.disclosure, c.benefit_doubt):
        assert claims._found(doc, rx) == (claims._search(doc, rx) is not None), (rx.pattern[:60], text)
        for s in doc.sentences:
            assert claims._found(doc, rx, s.start, s.end) == (claims._search(doc, rx, s.start, s.end) is not None)


def test_a_harm_is_found_and_a_word_that_only_begins_like_one_is_not() -> None:
    assert claims.has_harm_mention(parse_document("<t>", TEXTS[0], "text"))
    assert claims.has_harm_mention(parse_document("<t>", TEXTS[1], "text"))
    assert not claims.has_harm_mention(parse_document("<t>", TEXTS[2], "text"))
    assert not claims.has_harm_mention(parse_document("<t>", TEXTS[6], "text"))
