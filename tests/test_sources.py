"""analysis.sources: who an article quotes, and whether each speaker has a stake in the work."""

from __future__ import annotations

from lint_rules.analysis.sources import INDEPENDENT, INTERESTED, UNKNOWN, sources
from lint_rules.parsing import parse_document

STORY = """# A patch for hay fever

A skin patch eased hay fever in a trial of 250 adults, researchers at Eastmoor University reported.

"We were surprised how well it worked," said Dr. Nadia Okafor, who led the study. Okafor said the team would now test the patch in children.

Dr. Felix Grant, an allergist at Harbour City Hospital, said the patch looked useful but the trial was short. "I would want to see a second season," Grant said.

Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch, said it could be on sale within two years. According to Sam Ortiz, a nurse who was not involved in the research, many patients dislike tablets.
"""


def _by_name(text: str) -> dict[str, object]:
    doc = parse_document("story.txt", text, "text")
    return {sp.key: sp for sp in sources(doc).speakers}


def test_each_speaker_is_found_once_with_later_mentions_joined() -> None:
    found = _by_name(STORY)
    assert {"okafor", "grant", "fischer", "ortiz"} <= set(found)
    assert len(found["okafor"].spans) == 2 and len(found["grant"].spans) == 2


def test_the_studys_author_and_the_maker_have_a_stake() -> None:
    found = _by_name(STORY)
    assert found["okafor"].kind == INTERESTED and "led the study" in found["okafor"].describe()
    assert found["fischer"].kind == INTERESTED


def test_a_speaker_said_to_be_uninvolved_or_elsewhere_is_independent() -> None:
    found = _by_name(STORY)
    assert found["ortiz"].kind == INDEPENDENT
    assert found["grant"].kind == INDEPENDENT and found["grant"].why == "at another institution"


def test_a_speaker_at_the_studys_own_institution_has_a_stake() -> None:
    text = STORY.replace("an allergist at Harbour City Hospital", "an allergist at Eastmoor University")
    assert _by_name(text)["grant"].kind == INTERESTED


def test_a_place_or_a_weekday_is_no_speaker_and_nothing_said_is_unknown() -> None:
    text = """# Patch

In Boston on Monday, Maria Costa said the patch itched. Costa said she would keep using it.
"""
    found = _by_name(text)
    assert set(found) == {"costa"} and found["costa"].kind == UNKNOWN


def test_the_outlet_after_told_is_not_the_speaker() -> None:
    text = """# Patch

"It helped," Maria Costa told Reuters Health, and Costa said she would use it again.
"""
    assert set(_by_name(text)) == {"costa"}


def test_the_author_of_an_accompanying_editorial_is_an_outside_voice() -> None:
    text = STORY.replace("a nurse who was not involved in the research", "co-author of an accompanying editorial")
    assert _by_name(text)["ortiz"].kind == INDEPENDENT


def test_a_role_speaker_is_shown_without_the_conjunction_before_it() -> None:
    text = """# Patch

The patch worked in mice. But researchers said it had not been tried in people, and the team said more work was needed.
"""
    doc = parse_document("story.txt", text, "text")
    names = [sp.describe() for sp in sources(doc).speakers]
    assert names and names[0] == "researchers"


def test_a_companys_spokesperson_has_a_stake_a_societys_does_not() -> None:
    text = STORY.replace("Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch,",
                         "Lena Fischer, a spokeswoman for Pollenix,")
    assert _by_name(text)["fischer"].kind == INTERESTED
    society = STORY.replace("Lena Fischer, chief executive of Pollenix Therapeutics, which makes the patch,",
                            "Lena Fischer, a spokeswoman for the Northern Allergy Society,")
    assert _by_name(society)["fischer"].kind != INTERESTED
