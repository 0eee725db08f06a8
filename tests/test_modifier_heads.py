"""The nouns that make the words before them a modifier (``concepts_matching.toml``
[matching] ``modifier_heads``, ``mention_heads``, ``effect_heads``): one home, read by the
concept mentions and by the claim reader."""

from __future__ import annotations

from lint_rules.analysis.claim_reader import read_clause
from lint_rules.analysis.mentions import mentions, modifies_noun
from lint_rules.parsing import parse_document


def _modified(text: str) -> dict[str, bool]:
    doc = parse_document("a.txt", text, "text")
    return {doc.text[m.start:m.end]: modifies_noun(doc, m) for m in mentions(doc)}


def test_a_mention_before_a_shared_or_a_mention_head_is_a_modifier() -> None:
    assert _modified("I got a flu shot last week.") == {"flu": True}  # mention_heads
    assert _modified("The acne treatment worked.") == {"acne": True}  # modifier_heads, shared
    assert _modified("Acne got worse.") == {"Acne": False}


def test_the_mentions_do_not_read_the_claim_readers_own_heads() -> None:
    """"patients" is an effect head: a safety claim before it is still a mention."""
    assert _modified("The drug was well tolerated by all patients.") == {"well tolerated by all": False}


def test_the_claim_reader_reads_no_relation_to_an_effect_before_a_head() -> None:
    for text, relation in (("It raises the odds of prostate cancer detection.", False),
                           ("It raises the odds of prostate cancer.", True)):
        s = text.index("prostate cancer")
        assert (read_clause(text, 0, len(text), s, s + len("prostate cancer")) is not None) is relation
