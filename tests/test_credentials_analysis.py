"""The credentials analysis: who wrote and reviewed, and their claims parsed into parts."""

from __future__ import annotations

from pathlib import Path

from lint_rules.analysis.credentials import credentials, parse_claims
from lint_rules.parsing import parse_document

FIXTURES = Path(__file__).parent.parent / "fixtures"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in parse_claims(text) if c.kind != "citation"]


def test_byline_degrees_specialty_certification_and_npi() -> None:
    got = kinds("Jane Doe, MD, a board-certified dermatologist (NPI 1234567893)")
    assert ("degree", "MD") in got
    assert ("certification", "board-certified") in got
    assert ("specialty", "dermatology") in got
    assert ("identifier", "1234567893") in got


def test_journalist_and_press_officer_bylines_have_no_claims() -> None:
    assert kinds("Jane Smith, Staff Writer") == []
    assert kinds("John Doe, press officer") == []
    assert kinds("Serena Gordon, HealthDay Reporter") == []


def test_ambiguous_abbreviations_count_only_in_a_credential_list() -> None:
    assert ("degree", "MS") in kinds("Maria Lopez, MS, RDN")
    assert ("degree", "DO") in kinds("Ruth Kim, DO, is an osteopath")
    assert not any(k == "degree" for k, _ in kinds("People with MS often DO better with rest."))


def test_spelled_out_degree_with_its_field() -> None:
    claims = parse_claims("With a PhD in Integrative Medicine, she writes.")
    assert [(c.kind, c.text) for c in claims] == [("degree", "PhD"), ("field", "Integrative Medicine")]
    assert ("degree", "MS") in kinds("She has a master's degree in nutrition.")


def test_protected_title_is_not_an_unprotected_one() -> None:
    got = kinds("Maria is a registered dietitian nutritionist.")
    assert got == [("degree", "RDN")]
    assert ("unprotected-title", "registered dietitian (RD/RDN)") in kinds("Tara is a certified nutritionist.")


def test_membership_is_expanded_to_the_full_name() -> None:
    claims = [c for c in parse_claims("She is a member of the American Holistic Nurses’ Association.")
              if c.kind == "membership"]
    assert [(c.text, c.value, c.get("cue")) for c in claims] == [
        ("American Holistic Nurses’ Association", "nursing", "yes")]


def test_seed_article_author_is_parsed_from_bio_and_front_matter() -> None:
    path = FIXTURES / "seed-kratom.md"
    doc = parse_document(str(path), path.read_text(encoding="utf-8"), "markdown")
    people = credentials(doc).people
    assert [(p.name, p.role) for p in people] == [("Emily Taylor", "author")]
    person = people[0]
    assert person.sources == ["front-matter", "bio"]
    assert person.has_dr_title and not person.has_clinical_credential
    assert {c.kind for c in person.claims} >= {
        "title", "puffery", "unprotected-title", "degree", "field", "publication", "membership"}
    assert person.describe() == "PhD"


def test_reviewer_byline_and_author_byline_are_told_apart() -> None:
    text = "By Mia Torres\n\nMedically reviewed by Sam Greene, MD, an internist\n\nBody.\n"
    doc = parse_document("x.md", text, "markdown")
    people = credentials(doc)
    assert [p.name for p in people.authors] == ["Mia Torres"]
    assert [p.name for p in people.reviewers] == ["Sam Greene"]
    assert people.reviewers[0].fields == {"medicine"}


def test_sentences_that_start_with_by_are_not_bylines() -> None:
    text = "By contrast, the placebo group improved less.\n\nAuthor disclosures are on the abstract.\n"
    doc = parse_document("x.txt", text, "text")
    assert credentials(doc).people == []


def test_bio_continuation_paragraph_joins_the_same_person() -> None:
    text = ("## About the Author\n\nAnn Lee, PhD, is an epidemiologist.\n\n"
            "She is a member of the American Nurses Association.\n")
    doc = parse_document("x.md", text, "markdown")
    people = credentials(doc).people
    assert len(people) == 1 and len(people[0].spans) == 2
    assert any(c.kind == "membership" for c in people[0].claims)


def test_one_byline_line_with_author_and_reviewer() -> None:
    for line in ("By Jane Doe, RN · Reviewed by John Smith, MD",
                 "By Jane Doe, RN. Medically reviewed by John Smith, MD"):
        doc = parse_document("x.md", line + "\n\nBody.\n", "markdown")
        people = credentials(doc)
        assert [(p.name, p.describe()) for p in people.authors] == [("Jane Doe", "RN")]
        assert [(p.name, p.describe()) for p in people.reviewers] == [("John Smith", "MD")]
