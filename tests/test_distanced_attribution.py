"""A claim the writer reports and distances from in its own sentence ("…, or so the maker
says", "supposedly", "the company claims X; the evidence says otherwise") is not the
article's side of a contradiction; a claim passed on and left unchallenged ("The maker says
X") still is. Sentences are our own, written from the mechanism (``assertion_cues.toml``
[disowned])."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes, two_claims

_FILLER = "\n\nThe maker sells it in packs of thirty and posts orders the same day.\n\n"
_INTRO = "Norvale is a prescription tablet."
_HARM = "Norvale can cause headaches."


def _codes(a: str, b: str = _HARM) -> list[str]:
    return contradiction_codes(two_claims(a, b, _FILLER, _INTRO))


@pytest.mark.parametrize("a", [
    "Norvale causes no side effects, or so the maker says.",
    "Norvale does not cause headaches, or so its makers would have us believe.",
    "The company claims Norvale causes no side effects; the evidence says otherwise.",
    "The company claims Norvale does not cause headaches, but the evidence says otherwise.",
    "Norvale's maker insists it causes no side effects, a claim the trial data do not support.",
    "Norvale supposedly causes no side effects.",
    "Norvale allegedly does not cause headaches.",
    "The brand promises Norvale will not cause headaches, though independent testing tells a different story.",
])
def test_a_distanced_claim_is_not_the_articles_side(a):
    assert _codes(a) == [], a


@pytest.mark.parametrize("a", [
    "The maker says Norvale does not cause headaches.",
    "According to the maker, Norvale does not cause headaches.",
    "Norvale does not cause headaches, the maker says.",
    "Norvale does not cause headaches, and so it suits people with migraine.",
    "In a year or so of daily use, Norvale does not cause headaches.",
])
def test_an_attribution_left_unchallenged_still_pairs(a):
    assert _codes(a), a


def test_the_distanced_side_may_be_the_harm():
    """The harm the writer distances from ("supposedly") is no side either."""
    assert _codes("Norvale does not cause headaches.", "Norvale supposedly causes headaches.") == []


# --- review fixes (claims10b): the distancing must be the claim's own, not another thing's

@pytest.mark.parametrize("a", [
    "Unlike the supposedly gentler Cardoril, Norvale does not cause headaches.",
    "Norvale does not cause headaches, unlike Cardoril, which allegedly cures insomnia.",
    "Norvale, which is supposedly a favourite of cyclists, does not cause headaches.",
    "Norvale does not cause headaches, and within a month or so it promised deeper sleep.",
])
def test_distancing_of_something_else_leaves_the_claim_the_articles(a):
    assert "CON001" in _codes(a), a


def test_a_comment_clause_after_a_comma_still_distances():
    assert _codes("Norvale does not cause headaches, or so the leaflet claims.") == []


# --- review fixes (claims10c): the distancing word disowns only the claim in its own comma-
# or "but"-bounded stretch, unless it stands alone over the whole sentence

@pytest.mark.parametrize("b", [
    "Norvale supposedly works within an hour, but in tests it gave users headaches.",
    "Users say it supposedly works fast but it gave them headaches.",
    "Supposedly gentle and natural, Norvale gave users headaches in tests.",
])
def test_distancing_another_stretch_leaves_the_harm_the_articles(b):
    assert "CON001" in _codes("Norvale does not cause headaches.", b), b


@pytest.mark.parametrize("b", [
    "Supposedly, Norvale gives users headaches.",
    "Norvale gives users headaches, supposedly.",
    "Norvale supposedly gives users headaches, the forum says.",
])
def test_distancing_over_the_whole_sentence_or_its_own_stretch_still_disowns(b):
    assert _codes("Norvale does not cause headaches.", b) == [], b
