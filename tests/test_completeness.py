"""The completeness family: gating by intervention and genre, options, the shared view."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.analysis.completeness import article, support
from lint_rules.api import lint_text, make_config
from lint_rules.config import ConfigError
from lint_rules.parsing import parse_document

NEWS = """# Migraine drug cuts attack days

Fremanezumab cut migraine days in a trial of 400 adults, researchers said on Monday.

"This could change how we treat migraine," said Dr. Ana Lee, who led the study. The trial ran for
six months at twelve hospitals, and patients injected themselves once a month. Those on fremanezumab
had fewer migraine days than those on a dummy injection, Lee said, and most said they would keep
using it. The company that makes the drug plans to ask regulators to approve fremanezumab next year.

Migraine affects about one in seven adults worldwide, and many try several medicines before one
works. Lee said the team will now test the drug in teenagers and in people who also have depression.
"""


def test_a_typo_in_genres_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="unknown genre 'newz'"):
        make_config(options={"CMP001": {"genres": ["newz"]}})


def test_genres_option_switches_a_rule_off_for_a_genre() -> None:
    on = lint_text(NEWS, select=["CMP001"])
    off = lint_text(NEWS, select=["CMP001"], options={"CMP001": {"genres": ["press_release"]}})
    assert [f.code for f in on] == ["CMP001"] and off == []


def test_min_sentences_is_an_option() -> None:
    text = NEWS + "\nSide effects of fremanezumab included pain at the injection site.\n"
    assert [f.code for f in lint_text(text, select=["CMP003"])] == ["CMP003"]
    assert lint_text(text, select=["CMP003"], options={"CMP003": {"min-sentences": 1}}) == []


def test_short_notes_are_not_judged() -> None:
    note = "# Migraine drug\n\nFremanezumab cut migraine days, researchers said. Fremanezumab is injected.\n"
    assert lint_text(note, select=["completeness"]) == []
    assert lint_text(note, select=["CMP001"], options={"CMP001": {"min-words": 0}})


def test_findings_point_into_the_body_not_at_line_one() -> None:
    found = lint_text(NEWS, select=["CMP001"])
    assert found[0].location.line == 3 and found[0].excerpt.lower() == "fremanezumab"


def test_the_view_is_shared_and_support_counts_sentences() -> None:
    doc = parse_document("a.md", NEWS + "\nIt costs $600 a month. Insurers may not cover it.\n", "markdown")
    art = article(doc)
    assert article(doc) is art
    assert art.subject is not None and art.subject.name == "fremanezumab"
    assert support(art, "costs") == 2


def test_same_text_same_findings_as_markdown_or_text() -> None:
    plain = NEWS.replace("# ", "", 1)
    md = {(f.code, f.excerpt) for f in lint_text(NEWS, select=["completeness"])}
    txt = {(f.code, f.excerpt) for f in lint_text(plain, kind="text", select=["completeness"])}
    assert md == txt and md


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "completeness"


@pytest.mark.parametrize(("name", "genre", "codes"), [
    # careful articles in three genres draw nothing
    ("guide-vitamin-d-careful.md", "consumer_guide", set()),
    ("news-report-drug.md", "news", set()),
    # a seller's page: hype, a study with no detail, relative benefit, no harms, a "first";
    # it gives its price, and availability and alternatives are not asked of product pages
    ("product-page-gummies.md", "product_page", {"CMP002", "CMP003", "CMP004", "CMP009", "CMP011"}),
    # a release on a mouse study: everything missing
    ("release-mouse-breakthrough.md", "press_release",
     {"CMP001", "CMP002", "CMP003", "CMP004", "CMP005", "CMP007", "CMP008", "CMP010", "CMP011"}),
    # a consumer guide with a relative figure and an unexplained review
    ("guide-intermittent-fasting.md", "consumer_guide", {"CMP002", "CMP004"}),
    # a supplement blog in the seed's style: scare, hype, a bare study, a relative figure, and
    # harms only denied ("safe for most people", "without the harsh side effects")
    ("blog-turmeric-supplement.md", "consumer_guide", {"CMP002", "CMP003", "CMP004", "CMP010", "CMP011"}),
])
def test_fixture_articles(name: str, genre: str, codes: set[str]) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc = parse_document(name, text, "markdown")
    assert article(doc).genre.label == genre
    assert {f.code for f in lint_text(text, select=["completeness"])} == codes
