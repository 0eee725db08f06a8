"""Branch crit19: a threshold per length for CMP001 (``min-per-1000-words``).

Written for the tests, from the mechanism: a rule about missing information may ask news
reports and press releases for its sentences per 1,000 body words as well as a fixed count
(``_Completeness.required``: the larger of ``min-sentences`` and the rate times the length,
rounded up). CMP001 asks one cost sentence per 1,000 words: a release of 1,400 words that
speaks of cost once, in passing ("it is expensive"), is flagged with the count; the same
release at 600 words, with a second cost sentence or with a price ("$900 a month":
``length_exempt``), passes; guides and product pages keep their own fixed count.
Every passage is coined (the drug Torvimab, the city of Westbrook)."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

HEAD = """FOR IMMEDIATE RELEASE

# Westbrook University: Torvimab eases joint pain

WESTBROOK, May 4 -- Adults with knee arthritis who took Torvimab, a monthly injection, had less
pain after six months than those who took a placebo, researchers at Westbrook University
report. {cost}

"""


def _filler(n: int) -> str:
    """``n`` coined sentences of about a dozen words each, about the study, naming no cost."""
    places = ["the clinic", "the gym", "the ward", "the lab", "the hall", "the office", "the annex"]
    return "\n\n".join(
        f"In week {k + 1}, the volunteers at {places[k % len(places)]} walked a measured path, rated "
        f"their knee pain on a ten-point scale and kept a diary of their sleep."
        for k in range(n))


def _codes(text: str, genre_head: str | None = None) -> list[str]:
    if genre_head is not None:
        text = text.replace("FOR IMMEDIATE RELEASE\n\n", genre_head)
    return [f.message for f in lint_text(text, kind="text", select=["CMP001"], path="r.txt")]


ONE = "Torvimab is expensive, its maker says."
TWO = "Torvimab is expensive, its maker says. Most insurers cover it for adults over 50."
PRICE = "Torvimab costs about $900 a month."


def test_long_release_with_one_cost_sentence_is_flagged() -> None:
    messages = _codes(HEAD.format(cost=ONE) + _filler(50))
    assert len(messages) == 1
    assert "only 1 sentence" in messages[0]
    assert "-word article" in messages[0]


@pytest.mark.parametrize(("cost", "filler"), [
    (ONE, 20),   # short: one sentence is enough
    (TWO, 50),   # long, with a second cost sentence
    (TWO, 60),
    (PRICE, 60),  # a price given once is a price, whatever the length (``length_exempt``)
])
def test_enough_cost_sentences_for_the_length_pass(cost: str, filler: int) -> None:
    assert _codes(HEAD.format(cost=cost) + _filler(filler)) == []


def test_no_cost_at_all_keeps_its_message() -> None:
    messages = _codes(HEAD.format(cost="") + _filler(20))
    assert len(messages) == 1
    assert messages[0].startswith("No cost is given")


def test_required_is_the_larger_of_the_count_and_the_rate() -> None:
    from lint_rules.analysis.completeness import article
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    rule = next(r for r in load_registry().rules.values() if r.code == "CMP001")()
    opts = {k: o.default for k, o in rule.options.items()}
    short = article(parse_document("s.txt", HEAD.format(cost=ONE) + _filler(20), "text"))
    long = article(parse_document("l.txt", HEAD.format(cost=ONE) + _filler(80), "text"))
    assert rule.required(short, opts) == 1
    assert rule.required(long, opts) == -(-long.words // 1000) >= 2
    assert rule.required(long, {**opts, "min-per-1000-words": 0}) == 1
    priced = article(parse_document("p.txt", HEAD.format(cost=PRICE) + _filler(80), "text"))
    assert rule.required(priced, opts) == 1
