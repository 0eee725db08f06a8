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
    assert ("unprotected-title", "a registered dietitian (RD/RDN)") in kinds("Tara is a certified nutritionist.")


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


def _seed_findings(text: str) -> list:
    from lint_rules.api import lint_text

    return lint_text(text, select=["credentials", "claims", "META003"])


def test_seed_article_draws_the_credential_and_claim_findings() -> None:
    text = (FIXTURES / "seed-kratom.md").read_text(encoding="utf-8")
    found = {(f.code, f.excerpt) for f in _seed_findings(text)}
    for expected in [("CRD001", "renowned"), ("CRD001", "groundbreaking"),
                     ("CRD002", "certified nutritionist"), ("CRD002", "healthcare expert"),
                     ("CRD003", "American Holistic Nurses’ Association"),
                     ("CRD006", "has published groundbreaking research"),
                     ("CLM002", "viable natural remedy")]:
        assert expected in found
    assert any(code == "CLM002" and "fibromyalgia and neuropathy" in excerpt for code, excerpt in found)


def test_seed_with_a_dermatologist_reviewer_byline() -> None:
    from lint_rules.core import Severity

    text = (FIXTURES / "seed-kratom.md").read_text(encoding="utf-8")
    end = text.index("---", 3) + 4
    byline = "\nMedically reviewed by Jane Doe, MD, a board-certified dermatologist (NPI 1234567893)\n"
    with_reviewer = text[:end] + byline + text[end:]
    reviewer_line = with_reviewer[:with_reviewer.index("Medically reviewed")].count("\n") + 1
    serious = [f for f in _seed_findings(with_reviewer)
               if f.severity >= Severity.WARNING and f.location.line == reviewer_line]
    assert serious == []
    assert "META003" not in {f.code for f in _seed_findings(with_reviewer)}
    wrong = [f for f in _seed_findings(with_reviewer.replace("1234567893", "1234567894"))
             if f.code == "CRD007"]
    assert [(f.location.line, f.excerpt) for f in wrong] == [(reviewer_line, "1234567894")]


def test_scraped_byline_keeps_people_quoted_with_their_offices_apart() -> None:
    text = "# Sleep\n\nBy Ann Lee, Raj Patel, President, American College of Physicians, Tom Ruiz\n\nBody.\n"
    found = credentials(parse_document("x.md", text, "markdown"))
    assert [(p.name, p.claims) for p in found.authors] == [("Ann Lee", []), ("Tom Ruiz", [])]
    assert [p.name for p in found.others] == ["Raj Patel"]


def test_credited_work_in_a_byline_names_others() -> None:
    text = ("# Flu\n\nBy Jane Doe, Reuters Health; additional reporting by John Roe; edited by Mary Poe, "
            "RN. Photo: Sam Roe/AP\n\nBody.\n")
    found = credentials(parse_document("x.md", text, "markdown"))
    assert [(p.name, p.claims) for p in found.people] == [("Jane Doe", [])]
    assert [p.name for p in found.others] == ["John Roe", "Mary Poe", "Sam Roe"]


def test_each_co_author_in_a_comma_list_gets_their_own_credentials() -> None:
    text = "# Wounds\n\nBy ABC News, Jane Doe, MD, John Roe, RN\n\nBody.\n"
    found = credentials(parse_document("x.md", text, "markdown"))
    assert [(p.name, p.describe()) for p in found.authors] == [("Jane Doe", "MD"), ("John Roe", "RN")]
