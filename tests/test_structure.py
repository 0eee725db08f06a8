"""Structure from content, not syntax: the same article gives the same findings whether it
is saved as plain text, as Markdown (the very same text) or rendered as HTML paragraphs,
and plain-line headings, bylines, sign-offs, bio labels and dates are recognised in all
three (``lint_rules.structure``)."""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from pathlib import Path

import pytest

from lint_rules.api import lint_text
from lint_rules.document import BIO, BODY, BYLINE, HEADING, REFERENCES, Document
from lint_rules.parsing import parse_document
from lint_rules.structure import MASTHEAD, STAFF_LINE_RE, parse_date, place_dateline, text_dates

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "fixtures" / "seed-kratom.txt", *sorted((ROOT / "tests" / "data" / "structure").glob("*.txt"))]


def as_html(text: str) -> str:
    """A CMS's HTML rendering of a plain-text article: one ``<p>`` a line (plain-line
    headings included, as many editors leave them), ``- `` lines as a list."""
    out, items = ["<html><body><article>"], []
    for line in text.split("\n"):
        if line.startswith("- "):
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    out.append("</article></body></html>")
    return "\n".join(out)


RENDER = {"text": lambda t: t, "markdown": lambda t: t, "html": as_html}


def findings(text: str, kind: str) -> Counter[tuple[str, str]]:
    opts = {"META004": {"today": "2024-06-01"}}
    return Counter((f.code, f.message) for f in lint_text(RENDER[kind](text), kind=kind, options=opts))


def parsed(text: str, kind: str) -> Document:
    return parse_document(f"a.{kind}", RENDER[kind](text), kind)


@pytest.mark.parametrize("kind", ["markdown", "html"])
@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_same_findings_whatever_the_extension(path: Path, kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert findings(text, kind) == findings(text, "text")


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_seed_structure_in_every_rendering(kind: str) -> None:
    doc = parsed((ROOT / "fixtures" / "seed-kratom.txt").read_text(encoding="utf-8"), kind)
    headings = [doc.block_text(b) for b in doc.blocks if b.kind == HEADING]
    assert headings[-2:] == ["Related Resources", "About the Author"]
    assert len([b for b in doc.blocks if b.role == REFERENCES and b.kind == "list_item"]) == 7
    assert any(doc.block_text(b).startswith("Dr. Emily Taylor") for _, b in doc.blocks_with_role(BIO))


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_guide_byline_date_sources_and_bio(kind: str) -> None:
    doc = parsed((ROOT / "tests/data/structure/guide-sleep.txt").read_text(encoding="utf-8"), kind)
    assert doc.authors == ["Dr. Karen Holt, PhD"]
    assert [doc.block_text(b) for _, b in doc.blocks_with_role(BYLINE)] == ["Written by Dr. Karen Holt, PhD"]
    assert [d[0] for d in text_dates(doc.text)] == [dt.date(2024, 3, 1)]
    assert [doc.block_text(b)[:8] for _, b in doc.blocks_with_role(REFERENCES) if b.kind == "list_item"] == \
        ["National", "Mayo Cli"]
    assert [doc.block_text(b)[:15] for _, b in doc.blocks_with_role(BIO) if b.kind != HEADING] == ["Dr. Karen Holt "]


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_news_dateline_and_sign_off(kind: str) -> None:
    doc = parsed((ROOT / "tests/data/structure/news-trial.txt").read_text(encoding="utf-8"), kind)
    assert doc.authors == ["Jane Morrow, Staff Writer"]
    span = place_dateline(doc.text)
    assert span is not None and doc.text[span[0]:span[1]].startswith("DURHAM, N.C. —")
    assert [doc.block_text(b)[:11] for _, b in doc.blocks_with_role(BIO)] == ["Jane Morrow"]


def test_sign_off_names_the_author_when_no_byline_does() -> None:
    doc = parse_document("a.md", "Researchers said the drug worked.\n\nJane Morrow can be reached at jm@example.com.\n",
                         "markdown")
    assert doc.authors == ["Jane Morrow"]


def test_social_media_tagline_names_the_author() -> None:
    # the Associated Press writers' tagline, after a rule line; "followed" alone (a study's
    # patients "have not been followed long enough") names nobody
    doc = parse_document("a.txt", "Researchers said the drug worked.\n\n———\n\n"
                         "Jane Morrow can be followed at http://twitter.com/JMorrowAP\n", "text")
    assert doc.authors == ["Jane Morrow"]
    doc = parse_document("a.txt", "Researchers said the drug worked.\n\n"
                         "Women in the study have not been followed long enough to know.\n", "text")
    assert doc.authors == []


@pytest.mark.parametrize("closing", [
    "Dr. Lena Ortiz is a cardiologist at Duke who was not involved in the study.",
    "Dr. Lena Ortiz, a cardiologist at Duke, said the results were encouraging.",
    "Lakeview Clinic is a nonprofit group devoted to patient care, teaching and research.",
])
def test_a_source_or_an_organisation_described_at_the_end_is_no_bio(closing: str) -> None:
    doc = parse_document("a.md", f"Researchers said the drug worked.\n\n{closing}\n", "markdown")
    assert doc.authors == [] and not list(doc.blocks_with_role(BIO))


@pytest.mark.parametrize("closing", [
    "Mike Dunn, a leading expert in detoxification, has been published in numerous journals.",
    "Jane Doe, RD, is a registered dietitian in Columbus, Ohio.",
])
def test_a_closing_paragraph_introducing_a_person_is_a_bio(closing: str) -> None:
    doc = parse_document("a.md", f"Magnesium may help you sleep.\n\n{closing}\n", "markdown")
    assert [doc.block_text(b) for _, b in doc.blocks_with_role(BIO)] == [closing]


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_long_byline_keeps_its_role(kind: str) -> None:
    """A byline over 200 characters (a scraped one that runs the bio on) used to lose the
    byline role, so ``doc.authors`` missed its author."""
    doc = parsed((ROOT / "tests/data/structure/blog-gut.txt").read_text(encoding="utf-8"), kind)
    assert doc.authors == ["Mara Quinn"]
    assert len(doc.block_text(next(b for _, b in doc.blocks_with_role(BYLINE)))) > 200


def test_a_long_paragraph_starting_with_by_is_no_byline() -> None:
    text = ("By Tuesday, Acme Health announced that the trial of its new pump had enrolled its first "
            "patients at twelve hospitals across three states, with results expected in two years and a "
            "second trial planned for children with type 1 diabetes and their families.\n")
    assert parse_document("a.md", text, "markdown").authors == []


def test_markdown_paragraph_split_at_a_plain_heading_line() -> None:
    doc = parse_document("a.md", "Body text.\n\nAbout the Author\nJane Doe is a nurse.\n", "markdown")
    assert [(b.kind, b.role, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "body", "Body text."), ("heading", "bio", "About the Author"),
        ("paragraph", "bio", "Jane Doe is a nurse."),
    ]
    # the split point is a line break in the prose too, and positions stay exact
    bio = doc.blocks[2]
    assert doc.text[bio.start - 1] == "\n"
    assert doc.locate(bio.start, bio.end).line == 4


def test_hard_wrapped_markdown_paragraph_is_not_split() -> None:
    text = ("Magnesium takes part in many reactions.\nSome people take it to sleep better.\n"
            "Small trials have looked at it.\n")
    assert len(parse_document("a.md", text, "markdown").blocks) == 1


def test_html_paragraph_heading_and_inline_bio_label() -> None:
    doc = parse_document("a.html", "<p>Body.</p><p><strong>Sources</strong></p><ul><li>NIH</li></ul>"
                         "<p>About the author: Jane Doe is a nurse.</p>", "html")
    assert [(b.kind, b.role) for b in doc.blocks] == [
        ("paragraph", "body"), ("heading", "references"), ("list_item", "references"), ("paragraph", "bio")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Updated March 2024", dt.date(2024, 3, 1)),
    ("Published: March 3, 2024", dt.date(2024, 3, 3)),
    ("Last reviewed 2 May 2024", dt.date(2024, 5, 2)),
    ("Posted 03/04/2024", dt.date(2024, 3, 4)),
    ("Updated Sept. 2021", dt.date(2021, 9, 1)),
])
def test_dates_in_text(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected
    assert [d[0] for d in text_dates(text)] == [expected]


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_bullet_lines_are_list_items(kind: str) -> None:
    """"•" is no list marker to CommonMark or HTML, but it is to a reader (and to the
    text parser): "• Use air conditioning" is an instruction, not a paragraph opening
    with a bullet."""
    text = "Steps to take:\n\n• Keep windows closed.\n• Use air conditioning if possible.\n"
    src = as_html(text).replace("<p>• Keep windows closed.</p>\n<p>", "<p>• Keep windows closed.</p><p>") \
        if kind == "html" else text
    doc = parse_document(f"a.{kind}", src, kind)
    items = [(b.kind, doc.block_text(b)) for b in doc.blocks if b.kind == "list_item"]
    assert items == [("list_item", "Keep windows closed."), ("list_item", "Use air conditioning if possible.")]


@pytest.mark.parametrize("kind", ["markdown", "html"])
@pytest.mark.parametrize(("line", "item"), [
    *((f"{mark} Keep the Zorbex jar closed.", True) for mark in "•·▪◦●–"),
    ("•Keep the Zorbex jar closed.", False),  # no space after the mark
    ("Keep the Zorbex jar • closed.", False),  # a mark inside the line
    ("- Keep the Zorbex jar closed.", None),  # a Markdown list marker, not a plain bullet
])
def test_the_markdown_and_html_parsers_read_the_same_bullets(kind: str, line: str, item: bool | None) -> None:
    if item is None and kind == "html":
        return
    src = f"<p>{line}</p>" if kind == "html" else f"{line}\n"
    doc = parse_document(f"a.{kind}", src, kind)
    kinds = [b.kind for b in doc.blocks if b.is_prose]
    assert kinds == (["list_item"] if item is not False else ["paragraph"])


def test_month_and_year_inside_a_reference_does_not_date_the_article() -> None:
    text = "Body.\n\nReferences\n\nNIH. Digestive diseases statistics. Published November 2014. Accessed 2017.\n"
    assert text_dates(text) == []


@pytest.mark.parametrize("byline", [
    "By Melissa Healy Is A Health, Science Reporter With The Los Angeles Times Writing The Washington, "
    "D.C., Area. She Covers Prescription Drugs, Obesity, Nutrition, Exercise, Neuroscience, Mental Health, "
    "Human Behavior And Public Health Policy.",
])
def test_scraped_byline_names_its_author(byline: str) -> None:
    doc = parse_document("a.txt", f"Mammograms and dense breasts\n{byline}\n\nNew research is here.\n", "text")
    assert doc.authors == ["Melissa Healy"]


@pytest.mark.parametrize(("source", "kind", "name", "about"), [
    # a press release's boilerplate: an institution named, contacts
    ("New drug cuts migraines\n\nBOSTON - A new drug cut migraine days by half.\n\nThe trial enrolled 300.\n\n"
     "About Mayo Clinic\n\nMayo Clinic is a nonprofit organization. Its work is groundbreaking.\n\n"
     "Media contact: Jane Doe, 555-0100\n", "text", "a.txt",
     ["About Mayo Clinic", "Mayo Clinic is a nonprofit", "Media contact: Jane Doe"]),
    # a name with no institution word, late, followed by a description of a company
    ("# Study\n\nA study found things.\n\nMore.\n\nAnd more.\n\n## About Elsevier\n\n"
     "Elsevier is a global information analytics company.\n", "markdown", "a.md",
     ["About Elsevier", "Elsevier is a global"]),
    # one labelled paragraph
    ("Walnuts and heart health\n\nWalnuts lowered LDL in the trial.\n\nMore about the trial.\n\n"
     "About Florida Atlantic University: Florida Atlantic University is a public research university.\n",
     "text", "a.txt", ["About Florida Atlantic University"]),
    # a consumer guide's own section about its subject stays body
    ("Kratom guide\n\nAbout Kratom\n\nKratom is a tropical tree native to Southeast Asia.\n\nIt may cause nausea.\n",
     "text", "a.txt", []),
])
def test_an_organisations_boilerplate_is_not_the_articles_prose(source: str, kind: str, name: str,
                                                                  about: list[str]) -> None:
    """'About <institution>' sections, forward-looking statements and media contacts are the
    institution's standing text (role ``about``): body rules read none of it (the corpus's
    'groundbreaking' in an 'About us' paragraph, a sec.gov link in a legal notice)."""
    doc = parse_document(name, source, kind)
    got = [doc.text[b.start:b.end] for b in doc.blocks if b.role == "about"]
    assert len(got) == len(about)
    for text, start in zip(got, about, strict=True):
        assert text.startswith(start)


BYLINE_TITLE = """Tablet for bladder control may calm night sweats
By Petra Lindqvist

Tuesday Health Reporter

MONDAY, March 3, 2025 (Wire News) -- A tablet long used for bladder control cut night sweats in a twelve-week trial of 120 women, its authors reported.

Science Reporter

The women who took the tablet woke less often, the team said.
"""


@pytest.mark.parametrize("kind", ["text", "markdown", "html"])
def test_reporter_title_under_a_byline_is_the_byline_not_a_section(kind: str) -> None:
    text = as_html(BYLINE_TITLE) if kind == "html" else BYLINE_TITLE
    doc = parse_document(f"a.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[kind]}", text, kind)
    titles = [s.title for s in doc.sections]
    assert "Tuesday Health Reporter" not in titles
    block = next(b for b in doc.blocks if doc.text[b.start:b.end].strip() == "Tuesday Health Reporter")
    assert block.kind != HEADING and block.role == BYLINE
    # the same words away from a byline are a heading as before
    assert "Science Reporter" in titles


@pytest.mark.parametrize("line", ["Notes To Editors", "Letter To The Editor"])
def test_a_heading_about_editors_under_a_byline_stays_a_heading(line: str) -> None:
    assert not STAFF_LINE_RE.match(line)
    text = BYLINE_TITLE.replace("Tuesday Health Reporter", line).replace("MONDAY, March 3, 2025 (Wire News) -- ", "")
    doc = parse_document("a.txt", text, "text")
    assert line in [s.title for s in doc.sections]


def test_page_furniture_above_the_byline_is_no_section_and_no_author() -> None:
    text = BYLINE_TITLE.replace("By Petra Lindqvist\n\n", "By Petra Lindqvist\n\nEn Español\n\nBy Petra Lindqvist\n\n", 1)
    doc = parse_document("a.txt", text, "text")
    titles = [s.title for s in doc.sections]
    assert "En Español" not in titles and "Tuesday Health Reporter" not in titles
    block = next(b for b in doc.blocks if doc.text[b.start:b.end].strip() == "En Español")
    assert block.kind != HEADING and block.role != BODY
    assert doc.authors == ["Petra Lindqvist"]  # neither "En Español" nor the reporter's title


def test_a_section_heading_further_down_stays_a_heading() -> None:
    text = BYLINE_TITLE + "\nWhat the Trial Found\n\nThe tablet worked better than a dummy pill in most of the women who took it.\n"
    doc = parse_document("a.txt", text, "text")
    assert "What the Trial Found" in [s.title for s in doc.sections]


def test_page_furniture_between_the_byline_and_the_dateline_is_no_section() -> None:
    text = ("Tablet for Bladder Control May Calm Night Sweats\nBy Petra Lindqvist\n\nEn Español\n\n"
            "MONDAY, March 3, 2025 (Wire News) -- A tablet long used for bladder control cut night sweats in a trial.\n\n"
            "The women who took the tablet woke less often, the team said.\n")
    doc = parse_document("a.txt", text, "text")
    assert "En Español" not in [s.title for s in doc.sections]
    # a section heading after the byline and before ordinary prose is still a heading
    doc = parse_document("a.txt", text.replace("MONDAY, March 3, 2025 (Wire News) -- A", "A")
                         .replace("En Español", "Night Sweats Explained"), "text")
    assert "Night Sweats Explained" in [s.title for s in doc.sections]


@pytest.mark.parametrize("line", ["En Español", "Leer en español", "Photo", "Getty Images"])
def test_a_scraped_text_opening_on_page_furniture_has_no_such_headline(line: str) -> None:
    text = (f"{line}\n\nBy Petra Lindqvist\n\n"
            "MONDAY, March 3, 2025 (Wire News) -- A tablet long used for bladder control cut night sweats in a trial.\n\n"
            "More information\n\nThe charity has more on night sweats.\n")
    doc = parse_document("a.txt", text, "text")
    first = doc.blocks[0]
    assert first.kind != HEADING and first.role == MASTHEAD
    # no headline: a section heading further down is not the page's title either
    assert doc.title == ""
    assert "More information" in [s.title for s in doc.sections]


def test_a_title_line_over_the_furniture_is_still_the_headline() -> None:
    text = ("Tablet May Calm Night Sweats\n\nEn Español\n\nBy Petra Lindqvist\n\n"
            "MONDAY, March 3, 2025 (Wire News) -- A tablet long used for bladder control cut night sweats in a trial.\n")
    doc = parse_document("a.txt", text, "text")
    assert doc.title == "Tablet May Calm Night Sweats"


def test_reporter_credit_reads_an_outlet_with_a_number_in_its_name() -> None:
    # the broadcast credit examples of structure.reporter_credit's docstring
    from lint_rules.structure import reporter_credit

    assert reporter_credit("Station 5's Jane Doe reports.") == "Jane Doe"
    assert reporter_credit("Flu cases rose, reports Channel 5's Dr. Jane Doe.") == "Dr. Jane Doe"
    assert reporter_credit("Flu cases rose, reports CBS Boston's Dr. Mallika Marshall.") == "Dr. Mallika Marshall"
    assert reporter_credit("Flu cases rose, the clinic reports.") == ""
