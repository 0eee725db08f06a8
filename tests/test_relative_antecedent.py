"""An effect in a relative clause set off by a comma belongs to the clause's antecedent: "…
as the previous weight-loss drugs, Slimorex or Meridia, which had been associated with heart
problems" says nothing of the article's own pill (a false contradiction read on a real news
story, story_reviews_01498; the articles here are written for these tests)."""

from __future__ import annotations

from lint_helpers import contradiction_codes

_STORY = """# A new weight-loss pill

Lorvia, a new weight-loss pill, works by acting on appetite signals in the brain. It does not appear to raise blood pressure or cause any other heart problems, the company said.

The trial followed 3,000 adults for two years. Those taking the pill lost about 5 percent of their weight. Those on a placebo lost about 2 percent.

"This is a modest result," said one doctor who was not involved. She said many patients regain weight when they stop.

{line}

The pill will cost about $200 a month. Insurers have not said whether they will cover it.
"""


def _contradictions(line: str) -> list[str]:
    text = _STORY.format(line=line)
    return contradiction_codes(text, kind="markdown")


def test_an_effect_said_of_other_named_drugs_in_a_relative_clause_is_no_claim_about_the_pill() -> None:
    assert _contradictions("Besides, it lacks the troubles of the older weight-loss drugs, "
                           "Slimorex or Meridia, which had been associated with heart problems, he said.") == []


def test_an_effect_said_of_the_pill_itself_in_a_relative_clause_still_conflicts() -> None:
    # a name further back in the sentence ("Boston") is no antecedent of the clause
    assert _contradictions("Doctors in Boston now prescribe the pill, which had been associated with heart "
                           "problems, he said.") == ["CON001"]
