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


# Earlier work named as the source is not the story's own new study told next.
EARLIER = ("The Quellin patch went on sale in May. Earlier research has linked the Quellin patch to skin rashes.\n\n"
           "In a new study published this week in the journal Skin Today, researchers at Westvale University found "
           "that the Quellin patch caused skin rashes in a fifth of users.\n")
NOT_EARLIER = EARLIER.replace("Earlier research has linked", "Research has linked")


# A stake the article tells in a sentence of its own.
STAKED = ("Dermatologists say the Lumen wand fades acne scars. It costs $300.\n\nThe wand is new. \"The wand fades acne scars in "
          "most of my patients,\" said Dr. Hal Breyer, a dermatologist at Fenwick Clinic. Breyer is a paid "
          "consultant to Lumen Devices.\n")
UNSTAKED = STAKED.replace(" Breyer is a paid consultant to Lumen Devices.", " The clinic opened in 2009.")


# A coordinated group is the source, not the claim: its noun ties nothing.
COORDINATED = ("Dentists and surgeons agree that flossing daily prevents gum disease.\n\nThe clinic is busy. "
               "\"As a dentist, I see gum disease every day,\" said Dr. Ann Roe of Kestrel Dental School.\n")
COORDINATED_ON_SUBJECT = COORDINATED.replace("As a dentist, I see gum disease every day",
                                             "Flossing every evening keeps gum disease away")


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


# A name the claim gives says what it is about, not what it says: it does not tie alone.
NAME_ONLY = ("Scientists believe the Arvon jab halves flu cases.\n\nIn a new study published this week in the journal "
             "Vaccine Notes, researchers at Leeds University found the Arvon jab caused sore arms.\n")
NAME_AND_FINDING = NAME_ONLY.replace("caused sore arms", "halved flu cases in pensioners")


# A study told with only its year stands for no unnamed source, in the next sentence or later (the
# earlier review's rule case, tests/cases/CIT002.yaml: 'the study told next must give more than a year').
YEAR_NEXT = ("Several studies have shown that the Cleova spray kills mould.\n\nA 2016 study in Portugal found that "
             "the same solution killed mould on bathroom tiles.\n")
YEAR_LATER = ("Several studies have shown that the Cleova spray kills mould. The spray costs $9 and comes in two "
              "scents.\n\nA 2016 study in Portugal found that the same solution killed mould on bathroom tiles.\n")


# An expert who disputes the claim in one sentence of the window is not its source in the next.
SPLIT = ("Dentists and surgeons agree that crowded wisdom teeth should come out before they cause infection.\n\n"
         "\"Crowding alone isn't a reason to pull them,\" says Dr. Rhea Moss, a dental surgeon at Kestrel Dental School. Moss says "
         "the risk of infection after surgery outweighs the benefit.\n")
AGREES = SPLIT.replace("Crowding alone isn't a reason to pull them", "Crowded wisdom teeth are best pulled early")


#: Each class's hard negative: the unnamed source stands for nothing in the window.
NOT_SOURCES = {
    **BROAD,
    "earlier-research": (EARLIER, "Earlier research"),
    "stake-told-apart": (STAKED, "Dermatologists say"),
    "group-noun": (COORDINATED, "Dentists and"),
    "asserts-what-is-denied": (DENIED, "Doctors say"),
    "name-only": (NAME_ONLY, "Scientists believe"),
    "year-further-on": (YEAR_LATER, "Several studies"),
    "year-next": (YEAR_NEXT, "Several studies"),
    "disputes-elsewhere": (SPLIT, "Dentists and"),
}
#: The same words resolved: the source is named on the claim's subject.
SOURCES = {
    **SPECIFIC,
    "research": (NOT_EARLIER, "Research has linked"),
    "no-stake": (UNSTAKED, "Dermatologists say"),
    "group-on-subject": (COORDINATED_ON_SUBJECT, "Dentists and"),
    "emphatic-negator": (EMPHATIC, "Doctors say"),
    "name-and-finding": (NAME_AND_FINDING, "Scientists believe"),
    "agrees": (AGREES, "Dentists and"),
}
#: Negatives with no other path to quiet them: the warning itself stays.
STILL_WARNED = ("study-children", "study-drinkers", "speaker-body", "earlier-research", "name-only", "year-further-on")


@pytest.mark.parametrize("key", sorted(NOT_SOURCES))
def test_the_hard_negative_resolves_nothing(key: str) -> None:
    assert _resolve(*NOT_SOURCES[key]) is None
    if key in STILL_WARNED:
        assert _warned(NOT_SOURCES[key][0])


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_the_source_named_on_the_claims_subject_resolves(key: str) -> None:
    assert _resolve(*SOURCES[key]) is not None
