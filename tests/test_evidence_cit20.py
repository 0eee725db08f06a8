"""cit20: evidence warnings an editor agrees with (issue 15). Each mechanism has passages that
change the finding and hard negatives with the same words that keep it. The passages are coined
for this branch (coined products, people and journals).

1. A singular mass noun of research before a bare verb is a noun compound, not a source
   ("received research support from the maker": a disclosure; ``[attribution] mass_compound``).
"""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], str(f.severity)) for f in lint_text(text, kind="text", select=[code])]


def _cit002(text: str) -> list[str]:
    return [text[f.start:f.end] for f in lint_text(text, kind="text", select=["CIT002"])
            if str(f.severity) == "warning"]


# -- 1. "research support from": a disclosure, not evidence -----------------------------------

DISCLOSURES = [
    "The authors received research support from Pellan Pharma, which makes Dornex.",
    "Dr. Ruiz and other study leaders have consulted for or received research support from the makers of Dornex.",
    "Several of the researchers reported research support from the company and fees for talks.",
    "She has received research support from Orvo Labs and sits on its advisory board.",
    "Two authors disclosed research support from drug makers, including the maker of Quellin.",
    "The team got research support from a charity that campaigns on stroke.",
    "Research support for the trial came from the Harlow Heart Fund.",
    "He declared research support from three firms that sell blood thinners.",
    "Research support for this claim is thin.",
    "None of the authors had research support from the makers of the patch.",
    "The study's lead author has received science funding and research support from Veltro Inc.",
    "Disclosures: research support from Arvon Biologics; speaking fees from Nolen Health.",
    "Both hospitals accept research support from industry, a spokesman said.",
    "Any research support from the company was declared in the paper.",
    "The university said research support from Pellan had ended in 2019.",
]


@pytest.mark.parametrize("sentence", DISCLOSURES)
def test_research_support_in_a_disclosure_is_no_vague_source(sentence: str) -> None:
    text = "Dornex is a new blood thinner. " + sentence
    assert _cit002(text) == []


STILL_SOURCES = [
    ("Research supports the use of Dornex in older adults.", "Research supports"),
    ("Science backs the use of zinc for colds.", "Science backs"),
    ("Data show that zinc shortens colds.", "Data show"),
    ("Lots of research links zinc to shorter colds.", "Lots of research links"),
    ("Evidence points to zinc as a cold remedy.", "Evidence points to"),
    ("Studies support the use of zinc for colds.", "Studies support"),
    ("Research support for this claim is thin, experts say.", "experts say"),
]


@pytest.mark.parametrize(("sentence", "source"), STILL_SOURCES)
def test_a_research_noun_with_its_verb_still_sources_nothing(sentence: str, source: str) -> None:
    text = "Zinc is sold as a cold remedy. " + sentence
    assert _cit002(text) == [source]
