"""The article's genre from its content (analysis/genre.py)."""

from __future__ import annotations

import pytest

from lint_rules.analysis.genre import classify_text, genre, issuer_voice, reporting
from lint_rules.parsing import parse_document

NEWS = """A daily pill cut migraine days by about a third in a trial of 400 adults, researchers said on Monday.

"It is a modest effect," said Dr. Ana Ruiz, a neurologist who was not involved in the study. "Patients should weigh the cost."

The drugmaker, which paid for the trial, did not respond to a request for comment. Reporting by Sam Lee; editing by Kim Wu.
"""

RELEASE = """FOR IMMEDIATE RELEASE

Researchers at Northfield University have found that a daily pill cuts migraine days.

"Our team is excited by these results," says Professor Jo Hart. The study was funded by the Hart Foundation.

About Northfield University
Northfield University is a public research university.

Media contact: press office, 555-0100

###
"""

GUIDE = """## What is a migraine?

A migraine is more than a bad headache. If you get them often, your doctor can help.

## How to ease an attack

Try resting in a dark room. Drink water and avoid skipping meals. Talk to your doctor before you start any new medicine.

## The bottom line

You do not have to live with frequent migraines.
"""

PRODUCT = """Calm Gummies help you unwind after a long day.

Our gummies are made with 25 mg of ashwagandha per serving. Only $29.99 for a 30-day supply, with free shipping on orders over $50.

Add to cart today and use code CALM10 for 10% off.

*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.
"""


@pytest.mark.parametrize(("text", "label"), [
    (NEWS, "news"), (RELEASE, "press_release"), (GUIDE, "consumer_guide"), (PRODUCT, "product_page"),
])
def test_each_genre_is_recognised(text: str, label: str) -> None:
    g = classify_text(text)
    assert g.label == label, g.as_dict()
    assert 0.5 < g.confidence <= 1.0


def test_no_cue_is_unknown_with_no_confidence() -> None:
    g = classify_text("Migraine is a common condition. It affects many people.")
    assert g.label == "unknown"
    assert g.confidence == 0.0


def test_author_bio_heading_is_not_a_release_boilerplate() -> None:
    text = GUIDE + "\nAbout the Author\nJo Hart writes about health.\n"
    assert classify_text(text).label == "consumer_guide"


def test_news_quoting_a_press_release_stays_news() -> None:
    text = NEWS + "\nThe company said in a press release that it would seek approval.\n"
    assert classify_text(text).label == "news"


def test_prices_alone_do_not_make_a_product_page() -> None:
    text = NEWS + "\nThe pill costs $600 a month, and insurers may not cover it.\n"
    assert classify_text(text).label == "news"


def test_front_matter_genre_wins_and_is_computed_once() -> None:
    doc = parse_document("a.md", "---\ntitle: Pills\ngenre: press release\n---\n\n" + GUIDE, "markdown")
    g = genre(doc)
    assert (g.label, g.source, g.confidence) == ("press_release", "metadata", 1.0)
    assert genre(doc) is g


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_same_text_same_genre_whatever_the_syntax(kind: str) -> None:
    doc = parse_document("a." + ("md" if kind == "markdown" else "txt"), RELEASE, kind)
    assert genre(doc).label == "press_release"


def test_a_named_medical_reviewer_marks_a_consumer_page() -> None:
    body = "Vitamin D helps the body absorb calcium. The trial was funded by the NIH.\n"
    plain = parse_document("a.md", "---\ntitle: Vitamin D\n---\n\n" + body, "markdown")
    reviewed = parse_document("b.md", "---\ntitle: Vitamin D\nreviewer: Lena Hart, MD\n---\n\n" + body, "markdown")
    assert genre(plain).label == "press_release"
    assert genre(reviewed).label == "consumer_guide" and "reviewer" in genre(reviewed).cues["consumer_guide"]


def test_an_explainer_that_quotes_its_sources_reports_on_them() -> None:
    quotes = " ".join(f"Expert {i} said the evidence is mixed." for i in range(7))
    doc = parse_document("a.txt", "Does melatonin work?\n\nYou may wonder. " + quotes + "\n", "text")
    assert reporting(doc)
    assert not reporting(parse_document("b.txt", "Melatonin\n\nTake it before bed, she said.\n", "text"))


def test_a_release_or_a_shop_speaks_through_its_quoted_people() -> None:
    release = parse_document("a.md", "---\ngenre: press release\n---\n\nThe gel works, said Tom Reyes.\n", "markdown")
    news = parse_document("b.md", "---\ngenre: news\n---\n\nThe gel works, said Tom Reyes.\n", "markdown")
    assert issuer_voice(release) and not issuer_voice(news)


def test_a_release_distributors_credit_makes_a_press_release() -> None:
    text = ("Newswise — Northfield, May 3, 2016 — A daily pill cut migraine days by a third, "
            "according to new research from Northfield University.\n\n"
            '"We were surprised," said Professor Jo Hart, who led the work.\n')
    g = classify_text(text)
    assert g.label == "press_release" and g.cues["press_release"] == {"distributor": 1}


def test_a_news_story_that_names_no_distributor_stays_news() -> None:
    text = ("A daily pill cut migraine days by a third, researchers said on Monday, in a study "
            "from Northfield University.\n\n"
            '"We were surprised," said Professor Jo Hart, who was not involved in the study.\n')
    assert classify_text(text).label == "news"


def test_a_cue_scanned_alternative_by_alternative_finds_the_patterns_matches() -> None:
    """Cues of several alternatives are scanned one alternative at a time (``AlternativesScan``);
    the matches must be the pattern's own, with and without the lower-cased text."""
    from lint_rules.analysis.genre import cues
    from lint_rules.store.compiled_re import lowered_text

    texts = [NEWS, RELEASE, "(Reuters) a wire note", "xhealthdayx is not a credit", "MedPage Today reports",
             "Contacts: the desk\n  By Jane Smith, staff writer; reporting by Al Roe", "  ###  ",
             "The work was funded by a grant. Our team and our products, $19.99 per serving, buy now.",
             "nothing here at all", "\u0130stanbul (AFP) - a dateline with an odd capital"]
    split = 0
    for rows in cues().values():
        for cue in rows:
            if cue.split is None:
                continue
            split += 1
            for text in texts:
                want = [(m.span(), m.groups()) for m in cue.pattern.finditer(text)]
                assert [(m.span(), m.groups()) for m in cue.split.finditer(text)] == want, (cue.name, text)
                got = [(m.span(), m.groups()) for m in cue.split.finditer(text, lowered_text(text))]
                assert got == want, (cue.name, text)
    assert split >= 10
