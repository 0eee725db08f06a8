"""cit18: metadata present in forms the readers missed (``lint_rules.structure``).

A contributor's credit line printed without "By" ("Jane Doe, Special to the Daily Sun", or the
scrape's "Jane Doe Special for USA TODAY") names the writer, and a press release's release line
("EMBARGOED UNTIL 10 a.m. ET, March 3, 2015", "Embargoed for August 4 @ 5:00 PM EST, 2015")
dates it. Each mechanism has cases that must be read and hard negatives with the same words
that must not: a headline, a sentence in the body, an embargo told as news. The passages are
coined for this branch.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lint_rules.api import lint_text
from lint_rules.parsing import parse_document
from lint_rules.structure import release_dates, text_dates

BODY = ("\n\nA new ointment called Veltro cut itching in a small trial of 60 adults, its maker said on Monday."
        "\n\nThe company plans to sell it next year, and a larger trial starts in the spring.\n")


def _codes(text: str, code: str) -> list[str]:
    return [f.code for f in lint_text(text, kind="text", select=[code])]


CREDITS = {
    "comma-caps": ("Mara Quell, Special to USA TODAY", "Mara Quell"),
    "scraped-no-comma": ("Mara Quell Special to USA TODAY", "Mara Quell"),
    "for": ("Tobin Ashe, Special for USA TODAY", "Tobin Ashe"),
    "the-paper": ("Tobin Ashe, Special to the Harlow Courier", "Tobin Ashe"),
    "The-paper": ("Dr. Ines Varga, Special to The Fenwick Gazette", "Dr. Ines Varga"),
    "by-credit": ("By Tobin Ashe, Special to the Harlow Courier", "Tobin Ashe"),
    "writing-for": ("Ines Varga, Writing for The Fenwick Gazette", "Ines Varga"),
}


@pytest.mark.parametrize("name", sorted(CREDITS))
def test_credit_line_names_the_writer(name: str) -> None:
    line, writer = CREDITS[name]
    for text in (line + BODY, "Veltro ointment eases itching\n" + line + BODY):
        doc = parse_document("x.txt", text, "text")
        assert doc.authors == [writer], (name, text[:80])
        assert _codes(text, "META001") == []


NOT_CREDITS = {
    "headline-patients": "New Ointment Special to Eczema Patients",
    "headline-members": "Savings Special to Members",
    "product": "Veltro Cream Special to Readers Today",
    "organisation": "Harlow Clinic, Special to the Harlow Courier",
    "lower-outlet": "Mara Quell, special to our readers",
    "sentence": "The offer, Special to the Harlow Courier readers, ends on Friday.",
}


@pytest.mark.parametrize("name", sorted(NOT_CREDITS))
def test_other_lines_with_the_credit_words_name_nobody(name: str) -> None:
    text = NOT_CREDITS[name] + BODY
    assert parse_document("x.txt", text, "text").authors == []
    assert _codes(text, "META001") == ["META001"]


def test_credit_words_in_the_body_name_nobody() -> None:
    text = ("Veltro ointment eases itching" + BODY + "\nThe clinic's nurse, Mara Quell, said the cream was "
            "special to her patients because it has no steroid.\n\nTobin Ashe, Special to the Harlow Courier\n")
    # a credit line at the end is no byline at the top (near_top), and the sentence names no writer
    assert parse_document("x.txt", text, "text").authors == []


RELEASES = {
    "until-time-first": ("EMBARGOED UNTIL 10 a.m. ET, March 3, 2015", dt.date(2015, 3, 3)),
    "time-between": ("Embargoed for August 4 @ 5:00 PM EST, 2015", dt.date(2015, 8, 4)),
    "after-dateline": ("Newswire — Fenwick, NY – Embargoed for August 4 @ 5:00 PM EST, 2015 – Sleeping on the "
                       "left side may help, a team at Fenwick University reports.", dt.date(2015, 8, 4)),
    "in-parentheses": ("HARLOW (Embargoed Until Oct. 18, 2018 @ 10:05AM ET) -- A new ointment eases itching.",
                       dt.date(2018, 10, 18)),
    "british": ("EMBARGOED: Monday 3 March 2015, 00.01 GMT", dt.date(2015, 3, 3)),
    "immediate": ("FOR IMMEDIATE RELEASE: March 3, 2015", dt.date(2015, 3, 3)),
}


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_release_line_dates_the_release(name: str) -> None:
    line, day = RELEASES[name]
    text = "Veltro eases itching\n\n" + line + BODY
    assert day in [d[0] for d in text_dates(text)], name
    assert _codes(text, "META002") == []


NOT_RELEASES = {
    "news-embargo": "The results were embargoed until March 3, 2015, when the journal published them.",
    "spokesperson": "The study is embargoed until the journal publishes it on March 3, 2016, a spokesperson said.",
    "no-year": "EMBARGOED UNTIL 12:01 a.m. EST on Thursday, Feb. 4",
    "no-date": "FOR IMMEDIATE RELEASE",
    "release-of-drug": "For release of the drug, the maker needs approval, expected by March 3, 2016.",
    "late-in-text": "",
}


@pytest.mark.parametrize("name", sorted(NOT_RELEASES))
def test_other_embargo_words_date_nothing(name: str) -> None:
    line = NOT_RELEASES[name]
    text = "Veltro eases itching\n\n" + line + BODY
    if name == "late-in-text":  # a release line far below the top is not the piece's date line
        text = "Veltro eases itching\n\n" + ("The trial went on. " * 100) + "\n\nEmbargoed until March 3, 2015\n"
    assert release_dates(text) == [], name
    if name != "no-year":  # a year-less dateline is read as a dateline already (has_dateline)
        assert _codes(text, "META002") == ["META002"]


LEAD_INS = {
    "cover-story": ("Genes need not be destiny, as Mara Quell shows us in our Cover Story:", "Mara Quell"),
    "tonight": ("A cream for itching is on the way, as Tobin Ashe reports in tonight's Health Watch:", "Tobin Ashe"),
}
NOT_LEAD_INS = {
    "expert-explains": "Itching has many causes, as Dr. Ines Varga explains:",
    "bare-reports": "Itching has many causes, as Tobin Ashe reports:",
    "organisation": "Itching has many causes, as Harlow Clinic shows us in our Cover Story:",
    "not-closing": "Itching has many causes, as Mara Quell shows us in our Cover Story. The cream is new.",
}


@pytest.mark.parametrize("name", sorted(LEAD_INS))
def test_a_broadcast_lead_in_credits_the_correspondent(name: str) -> None:
    lead, writer = LEAD_INS[name]
    text = lead + "\n\n“It itched for years,” said one patient, Ola Finn.\n\nThe cream goes on sale next year.\n"
    assert parse_document("x.txt", text, "text").authors == [writer]


@pytest.mark.parametrize("name", sorted(NOT_LEAD_INS))
def test_an_expert_introduced_in_the_lead_is_no_writer(name: str) -> None:
    text = NOT_LEAD_INS[name] + "\n\n“It itched for years,” said one patient, Ola Finn.\n\nThe cream goes on sale next year.\n"
    assert parse_document("x.txt", text, "text").authors == []


def test_a_scraped_bio_byline_names_the_writer_before_the_bio() -> None:
    line = ("By Mara Quell Previously Covered Health For The Metro Desk. She Graduated From Harlow With A Degree In "
            "History, Was A Writer At The Fenwick Gazette For Seven Years Before Moving To Leeds. She Left The Paper In")
    assert len(line) > 200  # a long scraped byline, read near the top only
    doc = parse_document("x.txt", "Veltro eases itching\n" + line + BODY, "text")
    assert doc.authors == ["Mara Quell"]


def test_title_case_words_without_a_bio_word_are_no_name() -> None:
    line = ("By Using Veltro Every Day You May Notice Less Itching Within A Week And Fewer Red Patches, Which Makes "
            "It A Good Choice For Dry Winter Skin On The Hands, Arms And Legs Of Older Adults At Home Or Away On Trips")
    assert len(line) > 200
    doc = parse_document("x.txt", "Veltro eases itching\n" + line + BODY, "text")
    assert doc.authors == []
