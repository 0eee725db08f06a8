"""Study mentions (lint_rules.analysis.studies): what is extracted and how findable it is."""

from __future__ import annotations

from lint_rules.analysis.studies import find_journal, study_mentions
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document


def mentions(text: str, kind: str = "text"):
    doc = parse_document("<t>", normalise_newlines(text), kind)
    return doc, study_mentions(doc)


def test_seed_mention_extracts_journal_and_year() -> None:
    doc, found = mentions("For instance, a study published in the Journal of Ethnopharmacology (2016) "
                          "revealed that kratom extract alleviated pain.")
    (m,) = found
    assert (m.kind, m.journal, m.year) == ("journal", "Journal of Ethnopharmacology", 2016)
    assert doc.text[m.start:m.end] == "Journal of Ethnopharmacology"
    assert not m.cited and not m.findable
    assert m.as_evidence()["clues"] == ["journal", "year"]


def test_news_attribution_is_findable() -> None:
    _, (m,) = mentions("The study was published Monday in JAMA Pediatrics. "
                       "It was led by Dr. Jane Roe of Boston University.")
    assert m.journal == "JAMA Pediatrics" and m.date == "Monday"
    assert m.institution == "Boston University"
    assert m.lead_author == "led by Dr. Jane Roe" and m.named_author
    assert m.findable


def test_institution_only_and_generic_mentions() -> None:
    _, (m,) = mentions("Researchers at Harvard found that walking helps.")
    assert (m.kind, m.institution, m.journal) == ("institution", "Harvard", None)
    assert not m.findable
    _, (g,) = mentions("A 2019 trial reported that the patch halved migraine days.")
    assert (g.kind, g.year) == ("study", 2019)


def test_one_study_retold_is_one_mention_with_all_clues() -> None:
    _, found = mentions("A new study found that teens sleep less. The study, published in Pediatrics, "
                        "was led by Dr. Ann Ode of Yale University.")
    assert len(found) == 1
    assert found[0].journal == "Pediatrics" and found[0].institution == "Yale University"


def test_two_journals_are_two_studies_and_another_is_new() -> None:
    _, found = mentions("A study in the Journal of Ethnopharmacology (2016) found one thing. "
                        "A study in Pharmacognosy Research (2017) found another.")
    assert [m.journal for m in found] == ["Journal of Ethnopharmacology", "Pharmacognosy Research"]
    _, found = mentions("A new study found benefits. Another study found harms.")
    assert len(found) == 2


def test_identifiers_next_to_the_mention() -> None:
    _, (m,) = mentions("A study in The Lancet (2015) found an effect. doi:10.1016/S0140-6736(15)00001-1")
    assert m.identifiers["doi"] == "10.1016/S0140-6736(15)00001-1"
    _, (m,) = mentions("A [2019 study](https://pubmed.ncbi.nlm.nih.gov/31234567/) found it works.",
                       kind="markdown")
    assert m.identifiers["link"].endswith("31234567/") and m.cited


def test_journal_names_need_context_when_they_are_common_words() -> None:
    assert find_journal("Science says drink water.") is None
    assert find_journal("The findings were published in the journal Science.")[0] == "Science"
    assert find_journal("A study published in Japan found it.") is None
    assert find_journal("a 2012 PLOS One paper")[0] == "PLOS One"


def test_reference_list_and_bio_are_not_mentions() -> None:
    _, found = mentions("Kratom is a plant.\n\nAbout the Author\nDr. Lee published a study in "
                        "The Lancet in 2015 showing that kratom works.\n")
    assert found == []
