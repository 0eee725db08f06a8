"""cit17 after its review: the resolution analysis's tie, its "earlier work" reading, a stake
told in its own sentence, the figures gate and a coordinated group (``lint_rules.analysis.
resolution``). Each case asks ``resolve_source`` itself what the unnamed source stands for, so a
test fails when the mechanism does, not when some other path happens to keep the warning. The
passages are coined for this branch; each class has a resolved case and a hard negative with the
same words."""

from __future__ import annotations

import pytest

from lint_rules.analysis.assertions import unnamed_clause
from lint_rules.analysis.resolution import Resolution, _figures, resolve_source
from lint_rules.api import lint_text
from lint_rules.parsing import parse_document


def _resolve(text: str, opening: str) -> Resolution | None:
    """What the unnamed source of the sentence that starts with ``opening`` stands for."""
    doc = parse_document("x.txt", text, "text")
    k = next(i for i, s in enumerate(doc.sentences) if doc.text[s.start:s.end].startswith(opening))
    clause = unnamed_clause(doc, k)
    assert clause is not None
    return resolve_source(doc, k, clause.source_span)


def _warned(text: str) -> bool:
    return any(str(f.severity) == "warning" for f in lint_text(text, kind="text", select=["CIT002"]))


# Tied only by a word too broad to tie alone: the people studied, the body, weight, drinking.
BROAD = {
    "study-children": ("Studies show that children who skip breakfast put on weight. It is a common worry.\n\n"
                       "In a paper published in the journal Child Sleep, researchers at Hollin University found that "
                       "children with bedroom screens slept less.\n", "Studies show"),
    "study-drinkers": ("Research suggests that adults who drink nettle tea lose weight.\n\nIn a paper published "
                       "this week in the journal Gut Matters, scientists at Norwood University found that adults who "
                       "drink cola gain weight.\n", "Research suggests"),
    "speaker-body": ("Therapists must keep away from bruised areas of the body, nurses and therapists say.\n\nSessions "
                     "last an hour. \"Most clients feel calmer and lighter in the body afterwards,\" says Dr. Ola "
                     "Finn, a massage therapist at Kestrel Clinic.\n", "Therapists must"),
}
# The same shapes tied by a word of the claim's own subject.
SPECIFIC = {
    "study-breakfast": ("Studies show that children who skip breakfast snack more in class. It is a common worry.\n\n"
                        "In a paper published in the journal Child Diet, researchers at Hollin University found that "
                        "pupils who skipped breakfast snacked more before lunch.\n", "Studies show"),
    "speaker-bruises": ("Therapists must keep away from bruised areas of the body, nurses and therapists say.\n\nSessions "
                        "last an hour. \"Pressing on a bruised calf can do harm,\" says Dr. Ola Finn, a massage therapist "
                        "at Kestrel Clinic.\n", "Therapists must"),
}


@pytest.mark.parametrize("key", sorted(BROAD))
def test_a_word_too_broad_ties_nothing(key: str) -> None:
    text, opening = BROAD[key]
    assert _resolve(text, opening) is None
    assert _warned(text)


@pytest.mark.parametrize("key", sorted(SPECIFIC))
def test_a_word_of_the_claims_subject_ties(key: str) -> None:
    text, opening = SPECIFIC[key]
    assert _resolve(text, opening) is not None


# Earlier work named as the source is not the story's own new study told next.
EARLIER = ("The Quellin patch went on sale in May. Earlier research has linked the Quellin patch to skin rashes.\n\n"
           "In a new study published this week in the journal Skin Today, researchers at Westvale University found "
           "that the Quellin patch caused skin rashes in a fifth of users.\n")
NOT_EARLIER = EARLIER.replace("Earlier research has linked", "Research has linked")


def test_earlier_research_is_not_the_storys_new_study() -> None:
    assert _resolve(EARLIER, "Earlier research") is None
    assert _warned(EARLIER)


def test_research_without_earlier_is_the_study_told_next() -> None:
    found = _resolve(NOT_EARLIER, "Research has linked")
    assert found is not None and found.kind == "study"


# A stake the article tells in a sentence of its own.
STAKED = ("Dermatologists say the Lumen wand fades acne scars. It costs $300.\n\nThe wand is new. \"The wand fades acne scars in "
          "most of my patients,\" said Dr. Hal Breyer, a dermatologist at Fenwick Clinic. Breyer is a paid "
          "consultant to Lumen Devices.\n")
UNSTAKED = STAKED.replace(" Breyer is a paid consultant to Lumen Devices.", " The clinic opened in 2009.")


def test_a_stake_told_in_its_own_sentence_leaves_the_source_unnamed() -> None:
    assert _resolve(STAKED, "Dermatologists say") is None


def test_the_same_expert_without_a_stake_is_the_source() -> None:
    found = _resolve(UNSTAKED, "Dermatologists say")
    assert found is not None and found.name == "Dr. Hal Breyer"


# A coordinated group is the source, not the claim: its noun ties nothing.
COORDINATED = ("Dentists and surgeons agree that flossing daily prevents gum disease.\n\nThe clinic is busy. "
               "\"Many of my patients ask about whitening,\" said Dr. Ann Roe, a dentist at Kestrel Clinic.\n")
COORDINATED_ON_SUBJECT = COORDINATED.replace("Many of my patients ask about whitening",
                                             "Flossing every evening keeps gum disease away")


def test_the_groups_own_noun_ties_nothing() -> None:
    assert _resolve(COORDINATED, "Dentists and") is None


def test_a_dentist_on_the_claims_subject_is_the_source() -> None:
    assert _resolve(COORDINATED_ON_SUBJECT, "Dentists and") is not None


@pytest.mark.parametrize(("text", "figures"), [
    ("omega-3 oils protect the heart", set()),
    ("people with type 2 diabetes and stage 4 disease", set()),
    ("COVID-19 jabs", set()),
    ("take it twice a day for half an hour", set()),
    ("cut attacks by half", {"half"}),
    ("twice as likely, in 40 percent of cases", {"twice", "40"}),
    ("about one-third of users", {"one-third"}),
])
def test_figures_leave_out_names_and_frequencies(text: str, figures: set[str]) -> None:
    assert _figures(text) == figures


def test_a_name_with_a_digit_does_not_block_a_source() -> None:
    text = ("Experts say omega-3 capsules ease dry eyes. They are sold everywhere.\n\n\"Omega-3 capsules ease dry "
            "eyes in many of my patients,\" said Dr. Una Holt, an eye surgeon at Westvale Hospital.\n")
    assert _resolve(text, "Experts say") is not None


# Polarity: a source that asserts what the claim denies is not its source; a negator that denies
# nothing ("not only", "no doubt") is no dispute.
DENIED = ("Doctors say zinc lozenges do not shorten colds. They are sold everywhere.\n\nThe lozenges are cheap. "
          "\"Zinc lozenges shorten colds in runners,\" said Dr. Ewan Pike, a sports physician at Fenwick University.\n")
EMPHATIC = ("Doctors say zinc lozenges shorten colds. They are sold everywhere.\n\nThe lozenges are cheap. "
            "\"Zinc lozenges not only shorten colds, they ease sore throats,\" said Dr. Ewan Pike, a sports "
            "physician at Fenwick University.\n")


def test_a_source_asserting_what_the_claim_denies_is_not_its_source() -> None:
    assert _resolve(DENIED, "Doctors say") is None


def test_a_negator_that_denies_nothing_is_no_dispute() -> None:
    assert _resolve(EMPHATIC, "Doctors say") is not None


# A name the claim gives says what it is about, not what it says: it does not tie alone.
NAME_ONLY = ("Scientists believe the Arvon jab halves flu cases.\n\nIn a new study published this week in the journal "
             "Vaccine Notes, researchers at Leeds University found the Arvon jab caused sore arms.\n")
NAME_AND_FINDING = NAME_ONLY.replace("caused sore arms", "halved flu cases in pensioners")


def test_a_name_alone_ties_nothing() -> None:
    assert _resolve(NAME_ONLY, "Scientists believe") is None
    assert _warned(NAME_ONLY)


def test_a_name_and_the_finding_tie() -> None:
    assert _resolve(NAME_AND_FINDING, "Scientists believe") is not None


# A study told with only its year stands for the unnamed source in the very next sentence, not later.
YEAR_NEXT = ("Several studies have shown that the Cleova spray kills mould.\n\nA 2016 study in Portugal found that "
             "the same solution killed mould on bathroom tiles.\n")
YEAR_LATER = ("Several studies have shown that the Cleova spray kills mould. The spray costs $9 and comes in two "
              "scents.\n\nA 2016 study in Portugal found that the same solution killed mould on bathroom tiles.\n")


def test_a_study_with_its_year_in_the_next_sentence_is_the_source() -> None:
    found = _resolve(YEAR_NEXT, "Several studies")
    assert found is not None and found.kind == "study"


def test_a_study_with_only_its_year_further_on_is_not() -> None:
    assert _resolve(YEAR_LATER, "Several studies") is None
    assert _warned(YEAR_LATER)


# An expert who disputes the claim in one sentence of the window is not its source in the next.
SPLIT = ("Dentists and surgeons agree that crowded wisdom teeth should come out before they cause infection.\n\n"
         "\"Crowding alone isn't a reason to pull them,\" says Dr. Rhea Moss of Kestrel Dental School. Moss says "
         "the risk of infection after surgery outweighs the benefit.\n")
AGREES = SPLIT.replace("Crowding alone isn't a reason to pull them", "Crowded wisdom teeth are best pulled early")


def test_an_expert_who_disputes_the_claim_elsewhere_is_not_its_source() -> None:
    assert _resolve(SPLIT, "Dentists and") is None


def test_the_same_expert_agreeing_is_its_source() -> None:
    assert _resolve(AGREES, "Dentists and") is not None
