"""The reference section parsed into entries (lint_rules.analysis.references)."""

from __future__ import annotations

from pathlib import Path

from lint_rules.analysis.references import (
    citation_map,
    find_identifiers,
    marker_numbers,
    reference_entries,
    url_domain,
)
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document

ROOT = Path(__file__).resolve().parent.parent


def parse(text: str, kind: str = "markdown"):
    return parse_document("<t>", normalise_newlines(text), kind)


def test_seed_related_resources_are_parsed_into_described_entries() -> None:
    doc = parse((ROOT / "fixtures/seed-kratom.txt").read_text(encoding="utf-8"), "text")
    entries = reference_entries(doc)
    assert [e.organisation for e in entries][:4] == [
        "National Center for Complementary and Integrative Health (NCCIH)", "PubMed", "WebMD",
        "American Kratom Association",
    ]
    assert len(entries) == 7  # the "Here are 7 authoritative resources" line is no entry
    aka = entries[3]
    assert aka.described_type == "Industry Organization"
    assert aka.url == "https://americankratomassociation.org/"
    assert aka.domain == "americankratomassociation.org"
    assert aka.description and aka.description.startswith("Presents industry perspectives")
    assert doc.text[aka.start:aka.end] == aka.text
    assert doc.blocks[aka.block].start == aka.start
    assert not citation_map(doc).uses_markers


def test_footnotes_are_entries_with_their_labels_and_citations() -> None:
    doc = parse((ROOT / "fixtures/clean-well-sourced.md").read_text(encoding="utf-8"))
    entries = reference_entries(doc)
    cnt = next(e for e in entries if e.label == "cnt")
    assert cnt.kind == "footnote"
    assert cnt.doi == "10.1016/S0140-6736(13)60900-9"
    assert cnt.year == 2013
    assert cnt.title and cnt.title.startswith("Vascular and upper gastrointestinal")
    cmap = citation_map(doc)
    assert cmap.uses_markers
    assert set(cmap.cited) == set(range(len(entries)))


def test_numbered_markdown_list_with_markers_and_an_uncited_entry() -> None:
    doc = parse(
        "Ibuprofen can irritate the stomach [1]. Paracetamol is gentler (2).\n\n"
        "## References\n\n"
        "1. Smith J, Lee K. Gastric effects of NSAIDs. Gut. 2019;68:1-9. PMID: 31234567\n"
        "2. [Paracetamol](https://www.nhs.uk/medicines/paracetamol-for-adults/) – NHS\n"
        "3. Jones P. Something nobody cites. BMJ. 2020. doi:10.1136/bmj.m1234.\n"
    )
    entries = reference_entries(doc)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[0].pmid == "31234567" and entries[0].organisation == "Smith J, Lee K"
    assert entries[0].title == "Gastric effects of NSAIDs"
    assert entries[1].title == "Paracetamol" and entries[1].organisation == "NHS"
    assert entries[2].doi == "10.1136/bmj.m1234"
    cmap = citation_map(doc)
    assert set(cmap.cited) == {0, 1}


def test_html_reference_list() -> None:
    doc = parse(
        "<html><body><p>Kratom carries risks.</p><h2>Sources</h2><ul>"
        "<li><a href='https://www.fda.gov/news-events/kratom'>FDA and kratom</a> — U.S. Food and"
        " Drug Administration</li>"
        "<li>PubMed. <a href='https://pubmed.ncbi.nlm.nih.gov/29134512/'>A kratom review</a></li>"
        "</ul></body></html>", "html",
    )
    entries = reference_entries(doc)
    assert len(entries) == 2
    assert entries[0].url == "https://www.fda.gov/news-events/kratom"
    assert entries[0].title == "FDA and kratom"
    assert entries[0].organisation == "U.S. Food and Drug Administration"
    assert entries[1].pmid == "29134512"


def test_identifiers_and_markers() -> None:
    ids = find_identifiers("See doi:10.1001/jama.2019.1234). PMID 123456 and PMC7654321.")
    assert ids == {"doi": "10.1001/jama.2019.1234", "pmid": "123456", "pmcid": "PMC7654321"}
    assert [m[2] for m in marker_numbers("shown [1, 3–5] and (2) too")] == [[1, 3, 4, 5], [2]]
    assert url_domain("https://www.WebMD.com/") == "webmd.com"
    assert url_domain("www.cdc.gov/flu") == "cdc.gov"


_RELEASE = """Acme trial meets its goal

The drug lowered pain scores in the trial [1].

References

1. Roe J, Lee K. A trial of acmeprofen. Pain Res. 2020. https://example.org/papers/acmeprofen-trial

For more information on the trial network, please visit: http://www.paintrials.example

About Acme Inc.

Acme is a global company that makes medicines for pain. Acme products can be found at www.acme.example.

Forward-Looking Statements

Statements in this release are forward-looking; see the filings available at www.sec.gov.
"""


def test_pointer_links_and_company_boilerplate_are_not_entries() -> None:
    doc = parse(_RELEASE, "text")
    entries = reference_entries(doc)
    assert [e.url for e in entries] == ["https://example.org/papers/acmeprofen-trial"]


def test_a_link_that_supports_a_claim_stays_an_entry() -> None:
    doc = parse(_RELEASE.replace("For more information on the trial network, please visit:",
                                 "Trial network registry:"), "text")
    assert [e.url for e in reference_entries(doc)][-1] == "http://www.paintrials.example"
