"""Exact source positions: a word's location through ``Document.locate`` must equal where
the word really is in the file, for every block kind and parser.

The truth is computed from the raw source text here (search for the word, count lines and
code points), never from the parser under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.document import CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Document
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def truth(raw: str, needle: str, occurrence: int = 0) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column) of ``needle`` in ``raw`` (1-based, end
    exclusive), counting CRLF as one line end."""
    lines = raw.replace("\r\n", "\n").split("\n")
    hits = [(i, col) for i, line in enumerate(lines) for col in _all(line, needle)]
    assert len(hits) > occurrence, f"{needle!r} not in source"
    i, col = hits[occurrence]
    return i + 1, col + 1, i + 1, col + 1 + len(needle)


def _all(line: str, needle: str) -> list[int]:
    out, pos = [], line.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = line.find(needle, pos + 1)
    return out


def located(doc: Document, needle: str, occurrence: int = 0) -> tuple[int, int, int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.find(needle, start + 1)
        assert start >= 0, f"{needle!r} not in prose: {doc.text!r}"
    loc = doc.locate(start, start + len(needle))
    return loc.line, loc.column, loc.end_line, loc.end_column


def parse(raw: str, kind: str) -> Document:
    return parse_document("t", normalise_newlines(raw), kind)


def assert_positions(raw: str, kind: str, needles: list[str]) -> Document:
    doc = parse(raw, kind)
    for needle in needles:
        assert located(doc, needle) == truth(raw, needle), needle
    return doc


FRONT = "---\ntitle: Something\nauthor: Jane Doe\n---\n"


# -- Markdown ---------------------------------------------------------------------------


def test_after_front_matter() -> None:
    raw = FRONT + "\n# Heading word\n\nFirst paragraph mentions aspirin here.\n"
    doc = assert_positions(raw, "markdown", ["Heading word", "aspirin"])
    assert doc.meta["author"] == "Jane Doe"
    assert "title:" not in doc.text and "Jane" not in doc.text


def test_hard_wrapped_paragraph_lines() -> None:
    raw = "Line one has ibuprofen\nand line two has naproxen\n   and line three has aspirin.\n"
    assert_positions(raw, "markdown", ["ibuprofen", "naproxen", "aspirin"])


def test_lists_nested_ordered_and_continuation() -> None:
    raw = (
        "- first item with alpha\n"
        "  continued with beta\n"
        "    - nested item gamma\n"
        "      nested continuation delta\n"
        "- second item\n"
        "\n"
        "1. ordered epsilon\n"
        "2) ordered zeta\n"
        "10. ordered eta\n"
        "    * deep theta\n"
        "\n"
        "  indented paragraph iota after the list\n"
    )
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma", "delta", "epsilon",
                                             "zeta", "eta", "theta", "iota"])
    kinds = {doc.text[b.start:b.end].split()[-1]: b.kind for b in doc.blocks}
    assert kinds["delta"] == LIST_ITEM and kinds["theta"] == LIST_ITEM


def test_blockquotes_nested_and_lazy() -> None:
    raw = "> quoted alpha\n> continued beta\nlazy gamma\n>\n> > nested delta\n"
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma", "delta"])
    assert all(b.kind == QUOTE for b in doc.blocks)


def test_quote_inside_list_and_list_inside_quote() -> None:
    raw = "- item\n\n  > quote alpha in item\n\n> - list beta in quote\n>   more gamma\n"
    assert_positions(raw, "markdown", ["alpha", "beta", "gamma"])


def test_table_cells() -> None:
    raw = (
        "| Drug | Dose | Risk |\n"
        "|------|:----:|-----:|\n"
        "| Ibuprofen | 200 mg | bleeding |\n"
        "|Naproxen|250 mg|  ulcers  |\n"
        "Aspirin | 75 mg | Reye\n"
        "\n"
        "Tail | Col\n"
        "--- | ---\n"
        "escaped \\| pipe | last\n"
    )
    doc = assert_positions(raw, "markdown", ["Drug", "Risk", "Ibuprofen", "bleeding", "Naproxen",
                                             "250 mg", "ulcers", "Aspirin", "Reye", "Tail",
                                             "escaped", "pipe", "last"])
    assert sum(1 for b in doc.blocks if b.kind == TABLE) == 16


def test_table_cells_with_repeated_text() -> None:
    raw = "| dose | dose |\n|---|---|\n| 200 mg | 200 mg |\n"
    doc = parse(raw, "markdown")
    cells = [b for b in doc.blocks if b.kind == TABLE]
    columns = [doc.locate(b.start, b.end).column for b in cells]
    assert columns == [3, 10, 3, 12]


def test_crlf_line_ends() -> None:
    raw = FRONT.replace("\n", "\r\n") + "\r\n# Title here\r\n\r\nOne line alpha\r\nnext beta.\r\n\r\n- item gamma\r\n"
    assert_positions(raw, "markdown", ["Title here", "alpha", "beta", "gamma"])


def test_multibyte_characters() -> None:
    raw = "Café naïve résumé — then alpha.\n中文字符 and beta 😀👍🏽 then gamma.\n- 一 emoji 🎉 delta\n"
    assert_positions(raw, "markdown", ["alpha", "beta", "gamma", "delta", "中文字符", "😀"])


def test_tabs_count_as_one_column() -> None:
    raw = ("-\tTabbed list alpha\n\n\tcontinuation paragraph beta in the item\n\n"
           "Text\twith\ttabs gamma.\n\n\tcode line with secret\n")
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma"])
    assert "secret" not in doc.text


def test_entities_and_backslash_escapes() -> None:
    raw = "Fish &amp; chips alpha &copy; beta &#233;t&eacute; gamma \\*not em\\* delta.\n"
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma", "delta", "not em"])
    assert "Fish & chips" in doc.text and "été" in doc.text
    amp = doc.text.index("&")
    loc = doc.locate(amp, amp + 1)
    assert (loc.column, loc.end_column) == (6, 11)  # the whole "&amp;"


def test_inline_code_and_links_mid_sentence() -> None:
    raw = ("Take `the miracle cure` then alpha, see [the NHS page](https://www.nhs.uk/x) and "
           "beta, plus <https://example.org/y> gamma and [ref link][r] delta.\n\n"
           "[r]: https://example.com/ref\n")
    doc = assert_positions(raw, "markdown", ["alpha", "the NHS page", "beta", "gamma", "ref link", "delta"])
    assert "miracle" not in doc.text


def test_emphasis_and_strikethrough() -> None:
    raw = "Some *em alpha* and **strong beta** and ~~gone gamma~~ and _under delta_.\n"
    assert_positions(raw, "markdown", ["em alpha", "strong beta", "gone gamma", "under delta"])


def test_headings_setext_and_atx_with_closing_hashes() -> None:
    raw = "Setext alpha\n============\n\n## ATX beta ##\n\nSub gamma\n---\n"
    doc = assert_positions(raw, "markdown", ["Setext alpha", "ATX beta", "Sub gamma"])
    assert [b.kind for b in doc.blocks] == [HEADING, HEADING, HEADING]
    assert [b.level for b in doc.blocks] == [1, 2, 2]


def test_footnotes() -> None:
    raw = "Claim alpha.[^1] More beta.\n\n[^1]: Source gamma, https://doi.org/10.1000/xyz\n"
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma"])
    assert doc.footnote_refs and doc.footnote_refs[0][1] == "1"
    assert any(lk.url == "https://doi.org/10.1000/xyz" for lk in doc.links)


def test_html_inside_markdown() -> None:
    raw = "Text <span class=\"x\">alpha</span> beta.\n\n<div>\nblock html gamma\n</div>\n\nAfter delta.\n"
    doc = assert_positions(raw, "markdown", ["alpha", "beta", "gamma", "delta"])
    assert "span" not in doc.text and "div" not in doc.text


def test_code_comments_front_matter_never_in_text() -> None:
    raw = (FRONT + "\nProse one.\n\n```python\nfenced_secret = 1\n```\n\n    indented_secret\n\n"
           "~~~\ntilde_secret\n~~~\n\nInline `inline_secret` here. <!-- comment_secret -->\n\n"
           "<!--\nblock_comment_secret\n-->\n\n<b>tag_secret_attr</b>\n")
    doc = parse(raw, "markdown")
    for secret in ("fenced_secret", "indented_secret", "tilde_secret", "inline_secret",
                   "comment_secret", "block_comment_secret", "title", "Jane", "<b>"):
        assert secret not in doc.text, secret
    assert "tag_secret_attr" in doc.text  # element content is prose; the tags are not
    assert sum(1 for b in doc.blocks if b.kind == CODE) == 3


def test_edge_fixtures_code_heavy() -> None:
    raw = (FIXTURES / "edge" / "code-heavy.md").read_text(encoding="utf-8")
    doc = parse(raw, "markdown")
    for word in ("miracle", "cures", "detox", "studies", "melt fat", "backtick", "herb"):
        assert word not in doc.text, word
    assert located(doc, "ordinary") == truth(raw, "ordinary")
    assert located(doc, "placeholder") == truth(raw, "placeholder")


def test_edge_fixture_crlf_file_keeps_crlf_and_positions() -> None:
    data = (FIXTURES / "edge" / "crlf.md").read_bytes()
    assert b"\r\n" in data, "git must keep CRLF in fixtures/edge/crlf.md (see .gitattributes)"
    raw = data.decode("utf-8")
    assert_positions(raw, "markdown", ["Hydration myths", "Thirst", "Older adults", "kidney"])


def test_edge_fixture_non_ascii() -> None:
    raw = (FIXTURES / "edge" / "non-ascii.md").read_text(encoding="utf-8")
    assert_positions(raw, "markdown", ["José Peña", "“a single spot is common”", "カフェオレ斑",
                                       "咖啡斑", "should not shift", "moles", "millimetres",
                                       "ligatures"])


def test_edge_fixture_tables() -> None:
    raw = (FIXTURES / "edge" / "tables.md").read_text(encoding="utf-8")
    doc = assert_positions(raw, "markdown", ["Liver damage in overdose", "twice a day",
                                             "Check the label", "see label"])
    assert any(b.kind == TABLE for b in doc.blocks)


# -- HTML -------------------------------------------------------------------------------


def test_html_positions() -> None:
    raw = (
        "<!DOCTYPE html>\n<html><head><title>T</title>\n<script>var secret_script = 1;</script>\n"
        "<style>.secret_style{}</style></head>\n<body>\n"
        "<h1>Head alpha</h1>\n"
        "<p>Para with <b>bold beta</b> and &amp; entity gamma &mdash; and\n  wrapped delta.</p>\n"
        "<ul><li>item epsilon</li>\n<li>item <a href=\"https://a.example/x\">link zeta</a></li></ul>\n"
        "<table><tr><td>cell eta</td><td>cell theta</td></tr></table>\n"
        "<blockquote>quote iota</blockquote>\n"
        "<pre>pre_secret</pre><code>code_secret</code> tail kappa\n"
        "<!-- comment_secret -->\n</body></html>\n"
    )
    doc = assert_positions(raw, "html", ["Head alpha", "bold beta", "gamma", "delta", "epsilon",
                                         "link zeta", "eta", "theta", "iota", "kappa"])
    for secret in ("secret_script", "secret_style", "pre_secret", "code_secret", "comment_secret",
                   "<b>", "href"):
        assert secret not in doc.text, secret
    kinds = {doc.text[b.start:b.end].split()[-1]: b.kind for b in doc.blocks}
    assert kinds["alpha"] == HEADING and kinds["epsilon"] == LIST_ITEM
    assert kinds["eta"] == TABLE and kinds["iota"] == QUOTE and kinds["delta."] == PARAGRAPH


def test_html_crlf_and_multibyte() -> None:
    raw = "<html><body>\r\n<p>Caf\u00e9 \u4e2d\u6587 \U0001F600 alpha\r\nbeta</p>\r\n</body></html>\r\n"
    assert_positions(raw, "html", ["alpha", "beta"])


def test_article_html_fixture() -> None:
    raw = (FIXTURES / "edge" / "article.html").read_text(encoding="utf-8")
    doc = assert_positions(raw, "html", ["How much to apply", "AAD guide on applying sunscreen",
                                         "Reapply every two hours", "dermatology clinics"])
    assert doc.meta["author"] == "Jane Doe, RN"
    assert doc.meta["date"].startswith("2024-05-14")
    assert doc.meta["updated"].startswith("2024-06-02")
    for secret in ("cures skin cancer", "font-family", "Skin health", "total protection", "editor note"):
        assert secret not in doc.text, secret
    assert "UVA & UVB" in doc.text and "SPF\u00a030" in doc.text


# -- plain text ---------------------------------------------------------------------------


def test_plain_text_positions() -> None:
    raw = "Heading Alpha Words\n\nParagraph beta.\n- list gamma\n  continued delta\n\tTabbed epsilon.\n"
    assert_positions(raw, "text", ["Heading Alpha", "beta", "gamma", "delta", "epsilon"])


@pytest.mark.parametrize("name", ["seed-kratom.txt", "seed-kratom.md"])
def test_seed_positions(name: str) -> None:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    assert_positions(raw, "text" if name.endswith(".txt") else "markdown", [
        "Journal of Ethnopharmacology (2016)", "Pharmacognosy Research (2017)",
        "groundbreaking research", "does hair loss from kratom grow back naturally",
        "Exploring Kratom's Mechanisms for Relief",
    ])


def test_html_block_in_markdown_positions() -> None:
    raw = FRONT + "\nIntro alpha.\n\n<div class=\"note\">\n  <p>Note beta with &amp; <b>gamma</b>\n  wrapped delta.</p>\n</div>\n\nAfter epsilon.\n"
    assert_positions(raw, "markdown", ["alpha", "Note beta", "gamma", "delta", "epsilon"])


def test_after_toml_front_matter() -> None:
    raw = '+++\ntitle = "Flu"\nauthor = "Jane Doe"\n+++\nBody alpha right after.\n\n- item beta\n'
    doc = assert_positions(raw, "markdown", ["alpha", "beta"])
    assert "Jane" not in doc.text


def test_plain_text_crlf() -> None:
    raw = "Title Line Here\r\n\r\nFirst alpha.\r\n- item beta\r\n  more gamma\r\n"
    assert_positions(raw, "text", ["Title Line", "alpha", "beta", "gamma"])


def test_unreferenced_footnote_definitions_are_kept_with_exact_positions() -> None:
    raw = ("Claim alpha.[^1] More beta.\n\n"
           "[^1]: Source gamma, https://doi.org/10.1000/xyz\n"
           "[^orphan]: Uncited delta, Smith J. Nutrients. 2019;11(3):e1.\n\n"
           "[^two]: Uncited epsilon first paragraph.\n\n"
           "    Continued zeta paragraph.\n")
    doc = assert_positions(raw, "markdown", ["alpha", "gamma", "Uncited delta", "Nutrients",
                                             "Uncited epsilon", "Continued zeta"])
    footnotes = [b for b in doc.blocks if b.info == "footnote"]
    assert [doc.block_text(b) for b in footnotes] == [
        "Source gamma, https://doi.org/10.1000/xyz",
        "Uncited delta, Smith J. Nutrients. 2019;11(3):e1.",
        "Uncited epsilon first paragraph.",
        "Continued zeta paragraph.",
    ]
    for b in footnotes:
        text = doc.block_text(b)
        assert doc.source[doc.offsets.to_source(b.start):doc.offsets.to_source(b.end, end=True)] == text
    assert [label for _, label in doc.footnote_refs] == ["1"]
