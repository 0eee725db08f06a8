"""The article's interventions (analysis/interventions.py)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.interventions import find_in_text, interventions
from lint_rules.parsing import parse_document


def _main(text: str, title: str = "") -> tuple[str, str] | None:
    r = find_in_text(text, title=title)
    return (r.main.name, r.main.kind) if r.main else None


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Ashwagandha for sleep", "Ashwagandha may help sleep. Many people take ashwagandha at night.",
     ("ashwagandha", "supplement")),
    ("New drug for migraine", "Fremanezumab reduced migraine days. Fremanezumab is injected monthly. "
     "The drug costs $600 a month.", ("fremanezumab", "drug")),
    ("", "Atorvastatin lowers cholesterol. Patients on atorvastatin had fewer heart attacks. "
     "Atorvastatin is cheap.", ("atorvastatin", "drug")),
    ("Blood test spots cancer early", "A new blood test detects ten cancers. The blood test costs $900.",
     ("blood test", "test")),
    ("", "Deep brain stimulation eased tremor in the trial. Deep brain stimulation needs surgery.",
     ("deep brain stimulation", "procedure")),
    ("The Mediterranean diet and your heart", "The Mediterranean diet lowers heart risk. "
     "People on a Mediterranean diet ate more fish.", ("mediterranean diet", "diet")),
    ("Aspirin and cancer", "Aspirin may cut cancer deaths. Men who took aspirin lived longer.",
     ("aspirin", "drug")),
])
def test_main_intervention(title: str, text: str, expected: tuple[str, str]) -> None:
    assert _main(text, title) == expected


@pytest.mark.parametrize("text", [
    "Migraine is common. It affects one in seven adults. Women get it more often than men.",
    # a pill named once in passing is not what the article is about
    "Sleep matters for memory. Some people take melatonin. Most adults need seven hours.",
    # ordinary words with a drug stem's shape are not drugs
    "High cholesterol is a concept most people know. The hospital accepted everyone.",
])
def test_no_main_intervention(text: str) -> None:
    assert _main(text) is None


def test_articles_and_evaluations_are_not_part_of_the_name() -> None:
    r = find_in_text("This experimental gene therapy restored sight. The new gene therapy is costly.")
    assert r.all[0].name == "gene therapy"


def test_supplement_inside_a_phrase_counts_for_the_supplement() -> None:
    r = find_in_text("Kratom extract eased pain. Kratom is sold online. Kratom capsules are common.",
                     title="Kratom")
    assert r.main is not None and r.main.name == "kratom" and r.main.count == 3
    assert not any(i.name.startswith("kratom ") for i in r.all)


def test_bare_heads_add_to_the_specific_candidate_of_their_kind() -> None:
    with_refs = find_in_text("Semaglutide helped weight loss. The drug is injected. The drug costs a lot.")
    alone = find_in_text("Semaglutide helped weight loss. It is injected.")
    assert with_refs.all[0].name == alone.all[0].name == "semaglutide"
    assert with_refs.all[0].score > alone.all[0].score


def test_mentions_point_into_the_document() -> None:
    doc = parse_document("a.md", "# Turmeric for joints\n\nTurmeric may ease joint pain. "
                         "Doctors say turmeric is safe for most.\n", "markdown")
    r = interventions(doc)
    assert r.main is not None and r.main.in_title
    assert [doc.text[a:b].lower() for a, b in r.main.spans] == ["turmeric", "turmeric"]
    assert interventions(doc) is r


def test_singular_and_plural_are_one_intervention() -> None:
    r = find_in_text("Blood tests can spot cancer. A blood test costs $900. Blood tests miss some.")
    assert r.main is not None and r.main.count == 3 and len(r.all) == 1


def test_a_title_phrase_the_body_never_repeats_lends_its_credit() -> None:
    r = find_in_text("Fremanezumab cut migraine days. Doctors said fremanezumab is injected.",
                     title="Migraine drug cuts attack days")
    assert r.main is not None and r.main.name == "fremanezumab" and r.main.in_title
    assert [i.name for i in r.all] == ["fremanezumab"]


def test_a_vitamin_named_with_its_letter_number_is_one_intervention():
    # written for this test (issue 14 note: "vitamin K2" named with a letter-number)
    found = find_in_text("Vitamin K2 does not cause bloating. Vitamin K2 is found in natto. "
                         "Doctors recommend vitamin K2 for bones.")
    assert found.main is not None and found.main.name == "vitamin k2"
    assert found.main.kind == "drug"  # listed as "vitamin k"


def test_a_vitamin_code_does_not_swallow_a_following_number_word():
    found = find_in_text("Vitamin K is in kale and spinach. Vitamin K helps blood clot. Most adults get enough vitamin K.")
    assert found.main is not None and found.main.name == "vitamin k"


def test_a_listed_name_that_ends_in_a_number_keeps_its_kind():
    found = find_in_text("Vitamin B12 may help the brain. Vitamin B12 is found in meat. Doctors test vitamin B12 levels.")
    assert found.main is not None and found.main.name == "vitamin b12" and found.main.kind == "drug"


@pytest.mark.parametrize("text", [
    # denied twice: the writer walks, and says green tea is not what works
    "What lowers my blood pressure is not green tea, whatever the ads say. I am not drinking green tea "
    "for it either. I walk each morning and sleep well.",
    # other parties' instructions, reported as examples of conflicting advice
    "One patient was told by a clinic to drink more green tea to lower her blood pressure. Another was "
    "told by a second clinic to drink more green tea and less coffee. The two clinics disagreed on everything else.",
    # a promise the article reports, and claims it rejects
    "Face rollers are sold online, promising a lift and more collagen. Claims that a roller improves wrinkles with "
    "collagen are not supported. Claims that rollers boost collagen are unproven.",
])
def test_a_mention_the_article_does_not_own_is_not_its_subject(text: str) -> None:
    r = find_in_text(text)
    assert r.main is None
    assert r.all[0].aside == r.all[0].count and r.all[0].score == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("Green tea may lower blood pressure. People who drink green tea daily had lower readings. "
     "Green tea is cheap.", "green tea"),
    ("Retinol cream reduces fine lines. Retinol cream can irritate skin. Doctors say retinol cream "
     "is safe for most.", "retinol cream"),
])
def test_a_mention_the_article_owns_still_makes_it_the_subject(text: str, expected: str) -> None:
    r = find_in_text(text)
    assert r.main is not None and r.main.name == expected


def test_an_aside_mention_scores_nothing() -> None:
    owned = find_in_text("Green tea lowers blood pressure. Green tea is popular with adults.")
    denied = find_in_text("Green tea lowers blood pressure. This is not a green tea blog.")
    assert owned.all[0].name == denied.all[0].name == "green tea"
    assert owned.all[0].aside == 0 and denied.all[0].aside == 1
    assert denied.all[0].score < owned.all[0].score


def test_a_product_described_by_its_ingredient_and_form_owns_the_ingredient() -> None:
    """``interventions.toml`` ``described_forms``: "an oral melatonin spray" describes the
    product, so a claim about melatonin is one about it; an "extract" (not a described form:
    it names an ingredient as often) or a "product" does not make the pair."""
    from lint_rules.analysis.interventions import sentence_subjects

    def alias(form: str) -> dict[str, str]:
        text = f"NoxMist is an oral melatonin {form}. NoxMist helps you sleep. Take NoxMist nightly."
        return sentence_subjects(parse_document("a.txt", text, "text")).alias

    assert alias("spray") == {"melatonin": "noxmist"}
    assert alias("vaccine") == {"melatonin": "noxmist"}
    assert alias("extract") == {} and alias("product") == {}


_OWN_AND_OTHER = "Coconut oil is popular. Unlike aspirin, coconut oil does not thin the blood. Olive oil is different."


@pytest.mark.parametrize("name, expected", [("coconut oil", True), ("coconut", True),
                                            ("aspirin", False), ("olive oil", False)])
def test_is_main_tells_the_product_from_other_names(name: str, expected: bool) -> None:
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(parse_document("a.txt", _OWN_AND_OTHER, "text"))
    assert subjects.main == "coconut oil"
    assert subjects.is_main(name) is expected  # ("oil" alone, a form word, never makes olive oil the product)


def test_main_between_and_other_between_read_one_span() -> None:
    from lint_rules.analysis.interventions import sentence_subjects

    doc = parse_document("a.txt", _OWN_AND_OTHER, "text")
    subjects = sentence_subjects(doc)
    s = doc.sentences[1]
    comma = doc.text.index(",", s.start)
    assert subjects.other_between(1, s.start, comma) and not subjects.main_between(1, s.start, comma)  # "Unlike aspirin"
    assert subjects.main_between(1, comma, s.end) and not subjects.other_between(1, comma, s.end)  # "coconut oil does not …"
