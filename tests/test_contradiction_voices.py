"""Issue 14: who says a claim — the writer's own experience, the maker's words, an observation
among users. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

_FILLER = "\n\nThe tins hold sixty tablets and cost twelve pounds.\n\n"


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER, "Quillora is a herbal sleep tablet."))


@pytest.mark.parametrize("a, b", [
    # first person: the writer's own experience of the product is a claim about it
    ("I took Quillora for a month and I never had a single headache on it.",
     "Headaches are a known side effect of Quillora."),
    ("I got awful heartburn the first week on Quillora.", "Quillora does not cause heartburn."),
    ("My patients have never had any dizziness on Quillora.", "Quillora can cause dizziness in older adults."),
    # the maker's claim, repeated without challenge
    ("Quillora causes no side effects, the company says.", "Several users developed rashes after taking Quillora."),
    ("Quillora has no side effects, the advert says.", "Nausea was reported by several users of Quillora."),
    # harm observed among users
    ("Quillora carries no risk of bleeding.", "Nosebleeds occurred more often in the group receiving Quillora."),
    ("Quillora won't trigger allergies.", "Anaphylaxis has occurred after use of Quillora, the regulator says."),
    ("I have taken Quillora for a year without a single headache.", "Quillora commonly causes headaches."),
    # contractions and hyphenated framings
    ("Quillora doesn't cause headaches.", "Headaches affected one in ten Quillora users in the trial."),
    ("Quillora causes no drowsiness whatsoever.", "Drowsiness is a well-known side effect of Quillora."),
    ("The label says Quillora is non-drowsy.", "Quillora made many trial participants sleepy."),
    # a "But" that disputes something else leaves the maker's claim standing
    ("Quillora causes no side effects, the leaflet says. But many sleep doctors say tablets are overused.",
     "Several users developed rashes after taking Quillora."),
    # an allergen named as one of the product's ingredients
    ("People with nut allergies can take Quillora safely, the company says.",
     "One of the inactive ingredients in Quillora is peanut oil."),
])
def test_voices_that_still_make_a_claim_about_the_product(a, b):
    assert _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # the writer's own history, with no product taken: no claim about it
    ("I have never had a migraine in my life.", "Quillora can cause migraines."),
    # the maker's claim, disputed in the next sentence
    ("The company says Quillora causes no side effects. But independent testers found otherwise.",
     "Several users developed rashes after taking Quillora."),
    # advertising in general is passed on at a distance
    ("Ads for Quillora promise that it never causes drowsiness.", "Quillora can cause drowsiness."),
    # an observation in the comparison group
    ("Quillora carries no risk of bleeding.", "Nosebleeds occurred more often in the group receiving a placebo."),
    # a question, and a hedge that agrees
    ("Does Quillora cause heartburn?", "I got heartburn once, but not from Quillora."),
])
def test_voices_that_make_no_conflicting_claim(a, b):
    assert not _findings(a, b), (a, b)


# -- one analysis for the maker's claim and the article's dispute of it ---------------------

@pytest.mark.parametrize("a, b", [
    # disputed two sentences later, not only by the next sentence
    ("The makers say Quillora never causes grogginess. It comes in a blister pack. "
     "Sleep specialists point out that valerian tablets often leave people groggy.",
     "Quillora causes grogginess in many people."),
    # a laboratory finding anywhere after the claim
    ("According to the label, Quillora is free of gluten. Each tin costs nine pounds. "
     "An independent laboratory detected gluten in two of five tins.",
     "Quillora contains gluten."),
])
def test_a_maker_claim_the_article_disputes_anywhere_pairs_with_nothing(a, b):
    assert not _findings(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # the maker's own study is the maker contradicting itself
    ("Quillora never causes grogginess, the company says. In the company's own trial, "
     "a quarter of volunteers found it made them groggy.",
     "The tablets come in tins of sixty."),
    # a maker's claim nobody disputes stays a claim about the product
    ("The makers say Quillora never causes grogginess. It comes in a blister pack.",
     "Quillora causes grogginess in many people."),
])
def test_a_maker_claim_left_standing_still_conflicts(a, b):
    assert _findings(a, b), (a, b)


def test_one_cue_list_decides_for_every_rule():
    from lint_rules.analysis.assertions import sentence_disowned
    from lint_rules.analysis.claim_limits import disputed, maker_disputed
    from lint_rules.api import parse_document

    doc = parse_document("<t>", "The company says Quillora is free of soy. The tins are blue. "
                         "Independent testing found soy in three batches.\n", "text")
    assert maker_disputed(doc, 0) and sentence_disowned(doc, 0) and disputed(doc, 2, 0)
    assert not maker_disputed(doc, 2) and not sentence_disowned(doc, 2)
