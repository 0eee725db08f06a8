"""Which product a claim is about, and the false alarms (session 18, ``name18``, issue 14): for
each mechanism the true conflict that must be found and the ordinary passage or hard negative
(the same words where the claim is another's, answered, or about another thing) that must stay
quiet. Every sentence is written for these tests (coined product names) from the construction,
not taken from a blind set or the corpus."""

from __future__ import annotations

import re

import pytest
from lint_helpers import contradictions


def _flags(text: str) -> set[tuple[str, str, str]]:
    """The findings of ``text`` as (code, the flagged sentence, the conflicting sentence it names):
    which pair fired, not only whether."""
    body = text if text.endswith("\n") else text + "\n"
    return {(f.code, _sentence_at(body, f.location.start_offset), _sentence_at(body, r.start))
            for f in contradictions(text) for r in f.related}


def _sentence_at(body: str, at: int) -> str:
    """The sentence of ``body`` around offset ``at`` (between sentence stops or line breaks)."""
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", body[:at])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?](?=\s)|\n", body[at:])
    return body[start:at + (end.end() if end else len(body) - at)].strip()


# -- a claim passed on and answered "No, …" or "the other way round" (question-and-answer pages) --

_ANSWERED_QUIET = [
    "Q: My neighbour says Zelvara tea raises your blood pressure. Is that right?\n"
    "A: No, it's the other way round. Zelvara tea lowers your blood pressure a little over a few weeks.",
    "Q: A video I saw says the Fluvex jab clashes with blood thinners. Should I skip it?\n"
    "A: No. There is no interaction between Fluvex and any blood thinner. Have the jab as planned.",
    "Q: My mum read that Vitrol drops raise eye pressure. Should she stop?\n"
    "A: No - quite the opposite. Vitrol drops lower eye pressure, which is why they are prescribed.",
    "My trainer insists that Rowfit shakes cause bloating. In fact the opposite is true. "
    "Rowfit shakes do not cause bloating.",
    "A customer review claims Dozella gives you headaches. We looked at every report we received last "
    "year. Not true. Dozella does not cause headaches.",
]
_ANSWERED_FOUND = [
    # the "No," answers another question: the writer's own claims still conflict
    "Q: Is Flexa gel sold in pharmacies?\nA: No, only online. Flexa gel never irritates the skin. "
    "Spread a thin layer twice a day. Flexa gel can irritate the skin on the face.",
    "Q: My friend says Zelvara is worth trying. Does it make you drowsy?\nA: No, Zelvara does not make "
    "you drowsy. Take it in the morning with water. In some people, Zelvara can make you drowsy for an hour or two.",
    # a customer's report left standing is the page's own
    "Dozella is our best-selling sleep spray and it causes no headaches. It comes in a 20 ml bottle. "
    "One customer wrote that Dozella gave her a headache every morning. We are sorry to hear that.",
    # research is no customer's voice ("A review of 12 trials"), and "No." after it answers nothing
    "Calmora does not cause weight gain. A review of 12 trials found that Calmora can cause weight gain "
    "in older adults. No, that does not mean you should stop taking it.",
    # "No. 2 on our list" is no answer
    "Zelvara tea does not raise blood pressure. No. 2 on our list is ginger tea. In some people, "
    "Zelvara tea can raise blood pressure.",
]


@pytest.mark.parametrize("text", _ANSWERED_QUIET)
def test_claim_passed_on_and_answered_no_is_quiet(text: str) -> None:
    assert not _flags(text)


#: the pair each of _ANSWERED_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_ANSWERED_PAIRS = [
    ("CON002", "Flexa gel never irritates the skin.", "Flexa gel can irritate the skin on the face."),
    ("CON001", "A: No, Zelvara does not make you drowsy.", "In some people, Zelvara can make you drowsy for an hour or two."),
    ("CON001", "Dozella is our best-selling sleep spray and it causes no headaches.", "One customer wrote that Dozella gave her a headache every morning."),
    ("CON001", "Calmora does not cause weight gain.", "A review of 12 trials found that Calmora can cause weight gain in older adults."),
    ("CON007", "Zelvara tea does not raise blood pressure.", "In some people, Zelvara tea can raise blood pressure."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_ANSWERED_FOUND, _ANSWERED_PAIRS, strict=True)))
def test_own_claims_beside_a_no_answer_are_found(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


# -- a group of people taking another product: its harm is not the page's (the taken-product reading withdrawn) --

#: A page about another product (Zelvara tablets) that also talks about a second one.
_Z = "Zelvara tablets are a new treatment for arthritis pain. Doctors say Zelvara tablets are easy to take. "

#: (pair: code, the flagged sentence, the conflicting one) — one product's denial and harm, both said of its takers, as on main
_TAKEN_FOUND = [
    (_Z + "Many of our readers also take ibuprofen. Patients taking ibuprofen do not get indigestion. "
     "Even so, indigestion is common in patients taking ibuprofen over many months.",
     ("CON001", "Patients taking ibuprofen do not get indigestion.",
      "Even so, indigestion is common in patients taking ibuprofen over many months.")),
    ("Cardiva is a new blood pressure tablet. Cardiva does not cause dizziness. "
     "Some patients on Cardiva feel dizzy when they stand up.",
     ("CON001", "Cardiva does not cause dizziness.", "Some patients on Cardiva feel dizzy when they stand up.")),
]
#: The page's own denial beside the harm a group taking another product has: quiet (the causer part of the
#: taken-product reading, kept alone, read the other product as the page's and fired on these).
_TAKEN_QUIET = [
    "Zelvara tablets do not cause hair thinning. Doctors say Zelvara tablets are easy to take.\n\n"
    "Many readers also take aspirin. A number of women on aspirin notice their hair thinning after a few months.",
    "Painaway gel won't upset your stomach. Many people taking ibuprofen tablets get indigestion, "
    "which is why a gel can be a better choice.",
    "Quellin rub is kind to the stomach and won't upset it. Plenty of people taking naproxen get an upset stomach.",
    "Lumaderm does not cause hair loss. Some women on warfarin notice their hair thinning.",
    "Zelvara does not cause bleeding. People on warfarin can bleed more easily if they also take Zelvara, so ask first.",
    "Novaderm cream does not cause skin thinning, the company said. Patients using steroid creams for months can "
    "develop skin thinning.",
]


@pytest.mark.parametrize(("text", "pair"), _TAKEN_FOUND)
def test_one_product_people_take_is_paired(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


@pytest.mark.parametrize("text", _TAKEN_QUIET)
def test_product_other_people_take_is_quiet(text: str) -> None:
    assert not _flags(text)


# -- a pronoun opening a later clause stands for the sentence's subject: another class ---------

_CLASS_QUIET = [
    "Loratadine is one of the antihistamines we recommend. In adults, it is non-sedating at the usual dose. "
    "It comes as tablets. In children under two, sedating antihistamines are sometimes prescribed, and these "
    "often cause marked drowsiness.",
    "Fexaclear is a non-drowsy hay fever tablet. Fexaclear will not make you drowsy. First-generation "
    "antihistamines are cheaper, but they often make you drowsy.",
    "Honestly Calmex never gave me a headache. Cheap painkillers are everywhere, and they gave me headaches all the time.",
    "Dermasoft cream does not thin the skin. Strong steroid creams are sometimes prescribed for eczema, and these "
    "can thin the skin.",
]
_CLASS_FOUND = [
    # the page's own product by a determiner, a coined name, or its users
    "Our Sleepo gummies do not cause headaches. Our gummies taste of cherry, and they can cause headaches if you take two.",
    "Sleepo gummies do not cause headaches. Sleepo gummies are popular, and they may cause headaches in children.",
    "Zentra does not cause drowsiness. Many users love Zentra tablets, and they often report drowsiness in the first week.",
    "Nasoclear sprays are sold in two sizes. Nasoclear spray does not cause nosebleeds. The sprays are sold "
    "cheaply, and these can cause nosebleeds.",
]


@pytest.mark.parametrize("text", _CLASS_QUIET)
def test_pronoun_for_another_class_is_quiet(text: str) -> None:
    assert not _flags(text)


#: the pair each of _CLASS_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_CLASS_PAIRS = [
    ("CON001", "Our Sleepo gummies do not cause headaches.", "Our gummies taste of cherry, and they can cause headaches if you take two."),
    ("CON001", "Sleepo gummies do not cause headaches.", "Sleepo gummies are popular, and they may cause headaches in children."),
    ("CON001", "Zentra does not cause drowsiness.", "Many users love Zentra tablets, and they often report drowsiness in the first week."),
    ("CON001", "Nasoclear spray does not cause nosebleeds.", "The sprays are sold cheaply, and these can cause nosebleeds."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_CLASS_FOUND, _CLASS_PAIRS, strict=True)))
def test_pronoun_for_the_product_is_found(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


# -- a fronted adverbial ("Depending on …,") is not the clause's activity -------------------------

_FRONTED_FOUND = [
    "Glucova shakes won't push your blood sugar up. Each shake has 200 kcal. Depending on your readings, "
    "each shake can raise blood sugar by 2 mmol/L.",
    "Cardova does not lower your heart rate. Take it with food. Judging by the trial, Cardova can lower your heart rate.",
]
_FRONTED_QUIET = [
    # a gerund that is the subject stays another agent, with an adverb or a list after a comma
    "Glucova shakes won't push your blood sugar up. Each shake has 200 kcal. Skipping meals, however, can push "
    "blood sugar up.",
    "Cardova does not raise blood pressure. Take it daily. Eating salt, crisps and cheese can raise blood pressure.",
]


#: the pair each of _FRONTED_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_FRONTED_PAIRS = [
    ("CON007", "Glucova shakes won't push your blood sugar up.", "Depending on your readings, each shake can raise blood sugar by 2 mmol/L."),
    ("CON007", "Cardova does not lower your heart rate.", "Judging by the trial, Cardova can lower your heart rate."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_FRONTED_FOUND, _FRONTED_PAIRS, strict=True)))
def test_fronted_adverbial_is_no_other_agent(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


@pytest.mark.parametrize("text", _FRONTED_QUIET)
def test_gerund_subject_is_another_agent(text: str) -> None:
    assert not _flags(text)


# -- "safe for everyone over 12": every group but the young children a warning names ----------

_AGE_QUIET = [
    "Clearflo is safe for everyone over 12 when used as directed. It clears a blocked nose within minutes. "
    "Clearflo is not suitable for children under 12.",
    "Zentra is suitable for anyone aged 16 and over. Take one a day. Zentra should not be given to children under 16.",
]
_AGE_FOUND = [
    "Clearflo is safe for everyone. It clears a blocked nose within minutes. Clearflo is not suitable for children under 12.",
    "Sinoclear is suitable for anyone over 12. Take one tablet every six hours. In people with high blood pressure, "
    "Sinoclear can raise blood pressure to dangerous levels.",
]


@pytest.mark.parametrize("text", _AGE_QUIET)
def test_everyone_over_an_age_is_not_children(text: str) -> None:
    assert not _flags(text)


#: the pair each of _AGE_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_AGE_PAIRS = [
    ("CON006", "Clearflo is safe for everyone.", "Clearflo is not suitable for children under 12."),
    ("CON006", "Sinoclear is suitable for anyone over 12.", "In people with high blood pressure, Sinoclear can raise blood pressure to dangerous levels."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_AGE_FOUND, _AGE_PAIRS, strict=True)))
def test_everyone_over_an_age_still_covers_adult_groups(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


# -- a later clause that judges the claim with a hedge hedges the claim --------------------------

_VERDICT_QUIET = [
    "Zentra is sold as non-drowsy, and that is true for most people, though not all. A few users do feel sleepy on it.",
]
_VERDICT_FOUND = [
    "Zentra is a non-drowsy tablet, and most adults can take it before work. Zentra can make you drowsy.",
    "Zentra is non-drowsy, and that is true. Zentra can make you drowsy in the afternoon.",
]


@pytest.mark.parametrize("text", _VERDICT_QUIET)
def test_hedged_verdict_on_the_claim_hedges_it(text: str) -> None:
    assert not _flags(text)


#: the pair each of _VERDICT_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_VERDICT_PAIRS = [
    ("CON001", "Zentra is a non-drowsy tablet, and most adults can take it before work.", "Zentra can make you drowsy."),
    ("CON001", "Zentra is non-drowsy, and that is true.", "Zentra can make you drowsy in the afternoon."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_VERDICT_FOUND, _VERDICT_PAIRS, strict=True)))
def test_hedge_about_something_else_or_no_hedge_is_found(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


# -- a coined name in apposition with the product's kind names the product ------------------------

_APPOSITIVE_FOUND = [
    "Gripvax, a flu vaccine, is offered to all adults. Gripvax does not cause headaches. Gripvax can cause "
    "headaches in some adults.",
    "This autumn the flu vaccine, Gripvax, is free for over-65s. Gripvax does not cause headaches. The vaccine can "
    "cause headaches in some adults.",
    "Our new sleep spray (Dozella) is sold in chemists. Dozella does not cause headaches. The spray can cause "
    "headaches in some people.",
]
_APPOSITIVE_QUIET = [
    "Gripvax, a flu vaccine, is offered to adults this autumn. Gripvax does not cause a fever. Brexo, a rival flu "
    "vaccine, can cause a fever in some adults.",
    "Medivance today launched Calmora, a herbal sleep tablet, and Dozella, a melatonin spray. Calmora does not cause "
    "morning grogginess. Dozella can cause morning grogginess in some users.",
    "Dr Kovacs, a surgeon in Leeds, says Zentra does not cause headaches. Zentra is taken at night. Kovacs added "
    "that migraines can cause headaches for days.",
    "Gripvax, a flu vaccine, is offered to all adults. Gripvax does not cause headaches. The shingles vaccine can "
    "cause headaches in some adults.",
]


#: the pair each of _APPOSITIVE_FOUND must fire on: (code, the flagged sentence, the sentence it conflicts with)
_APPOSITIVE_PAIRS = [
    ("CON001", "Gripvax does not cause headaches.", "Gripvax can cause headaches in some adults."),
    ("CON001", "Gripvax does not cause headaches.", "The vaccine can cause headaches in some adults."),
    ("CON001", "Dozella does not cause headaches.", "The spray can cause headaches in some people."),
]


@pytest.mark.parametrize(("text", "pair"), list(zip(_APPOSITIVE_FOUND, _APPOSITIVE_PAIRS, strict=True)))
def test_coined_name_in_apposition_is_the_kind(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _flags(text)


@pytest.mark.parametrize("text", _APPOSITIVE_QUIET)
def test_appositive_of_another_product_is_quiet(text: str) -> None:
    assert not _flags(text)


# -- a coined name beside a kind marked as another product, or beside a kind when the page's ----
# -- product has a name of its own, is no alias of the kind (name18 review) ----------------------

_RIVAL_APPOSITIVE_QUIET = [
    "Sleepora is our new sleep spray. Sleepora won't leave you groggy. Dozella, a rival sleep spray, can leave you groggy.",
    "Sleepora is our new sleep spray. Sleepora won't leave you groggy. Dozella, a sleep spray sold in pharmacies, "
    "can leave you groggy.",
    "Our nasal spray never stings. The older nasal spray, Sniffex, often stings.",
    "Our nasal spray never stings. Sniffex, a competing nasal spray, often stings.",
    "Coolra is this summer's cooling gel. Coolra does not cause redness. Frostgel, a different cooling gel, can cause redness.",
]


@pytest.mark.parametrize("text", _RIVAL_APPOSITIVE_QUIET)
def test_rival_appositive_is_quiet(text: str) -> None:
    assert not _flags(text)


@pytest.mark.parametrize(("text", "coined"), [
    ("Our nasal spray never stings. The older nasal spray, Sniffex, often stings.", "sniffex"),
    ("Our nasal spray never stings. Sniffex, a competing nasal spray, often stings.", "sniffex"),
    ("Sleepora is our new sleep spray. Sleepora won't leave you groggy. Dozella, a rival sleep spray, can leave "
     "you groggy.", "dozella"),
])
def test_coined_name_marked_as_another_is_no_alias(text: str, coined: str) -> None:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.parsing import parse_document

    assert coined not in sentence_subjects(parse_document("<t>", text, "text")).alias


@pytest.mark.parametrize("text", [
    "Our nasal spray never stings. Sniffex, a nasal spray, often stings.",  # no marker: still the kind's
    "The nasal spray, Sniffex, never stings. Sniffex can sting a little at first.",
])
def test_unmarked_appositive_is_still_an_alias(text: str) -> None:
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.parsing import parse_document

    assert sentence_subjects(parse_document("<t>", text, "text")).alias.get("sniffex") == "nasal spray"


# -- a dictionary word the page uses as a name (capitalised inside a sentence, never lower case) --

@pytest.mark.parametrize(("text", "word", "is_name"), [
    ("The sleep spray called Calm is sold in chemists. Calm does not cause headaches.", "Calm", True),
    ("Many customers use Frost after sport. Frost does not cause redness.", "Frost", True),
    ("Calm, a rival sleep spray, helps you stay calm.", "Calm", False),  # the page also writes it in lower case
    ("Winter, a tough season for colds, is here.", "Winter", False),  # capitalised only opening a sentence
    ("Gripvax, a flu vaccine, is offered to adults.", "Gripvax", True),  # no dictionary word
])
def test_page_name(text: str, word: str, is_name: bool) -> None:
    from lint_rules.analysis.interventions import page_name

    assert page_name(text, word) is is_name


def test_dictionary_word_named_as_the_product_is_the_kind() -> None:
    text = ("The sleep spray called Calm is sold in chemists. Calm does not cause headaches. "
            "The spray can cause headaches in some people.")
    assert ("CON001", "Calm does not cause headaches.", "The spray can cause headaches in some people.") in _flags(text)


@pytest.mark.parametrize("text", [
    "Our sleep spray helps you stay calm. It does not cause headaches. Calm, a rival sleep spray, can cause headaches.",
    "Our sleep spray does not cause headaches. Try to stay calm. Sleep sprays, even the best, can cause headaches "
    "in some people.",
    "Our flu vaccine does not cause a sore arm. Harvest, a festival in autumn, is when most people get the vaccine. "
    "Harvest can cause a sore arm.",
])
def test_dictionary_word_not_used_as_a_name_is_quiet(text: str) -> None:
    assert not _flags(text)
