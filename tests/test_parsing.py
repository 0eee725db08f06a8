"""Document structure: links with anchor text and URL source spans, block kinds, section
roles (references, bio, byline), authors, reviewers and front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_rules.document import BIO, BODY, BYLINE, REFERENCES, Document, Link
from lint_rules.loading import read_source
from lint_rules.parsing import parse_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def parse(raw: str, kind: str = "markdown") -> Document:
    return parse_document("t", raw, kind)


def fixture(name: str) -> Document:
    path = FIXTURES / name
    kind = {".md": "markdown", ".html": "html", ".txt": "text"}[path.suffix]
    return parse_document(str(path), read_source(path, kind), kind)


def link(doc: Document, url: str) -> Link:
    matches = [lk for lk in doc.links if lk.url == url]
    assert len(matches) == 1, (url, doc.links)
    return matches[0]


def assert_url_span(doc: Document, lk: Link, expected_source: str | None = None) -> None:
    assert lk.url_source is not None, lk
    s, e = lk.url_source
    assert doc.source[s:e] == (expected_source or lk.url)


# -- links -----------------------------------------------------------------------------


def test_markdown_link_kinds() -> None:
    raw = (
        "See [the NHS page](https://www.nhs.uk/conditions/flu/ \"Flu\") and [a ref][nice], "
        "[collapsed][] or <https://medlineplus.gov/flu.html>, and bare https://www.cdc.gov/flu/about/index.html. "
        "Also www.who.int/news-room/fact-sheets/detail/influenza-(seasonal), plus "
        "![chart alt](https://img.example/chart.png).\n\n"
        "[nice]: https://www.nice.org.uk/guidance/ng1\n"
        "[collapsed]: <https://example.org/collapsed page>\n"
    )
    doc = parse(raw)
    nhs = link(doc, "https://www.nhs.uk/conditions/flu/")
    assert (nhs.kind, nhs.text) == ("inline", "the NHS page")
    assert doc.text[nhs.start:nhs.end] == "the NHS page"
    assert_url_span(doc, nhs)
    ref = link(doc, "https://www.nice.org.uk/guidance/ng1")
    assert (ref.kind, ref.text) == ("reference", "a ref")
    assert_url_span(doc, ref)
    collapsed = link(doc, "https://example.org/collapsed%20page")
    assert (collapsed.kind, collapsed.text) == ("reference", "collapsed")
    assert_url_span(doc, collapsed, "https://example.org/collapsed page")
    auto = link(doc, "https://medlineplus.gov/flu.html")
    assert auto.kind == "autolink" and doc.text[auto.start:auto.end] == auto.url
    assert_url_span(doc, auto)
    bare = link(doc, "https://www.cdc.gov/flu/about/index.html")  # the full stop is not part of it
    assert bare.kind == "bare"
    assert_url_span(doc, bare)
    who = link(doc, "www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)")
    assert who.kind == "bare"  # balanced parentheses stay in the URL
    image = link(doc, "https://img.example/chart.png")
    assert image.kind == "image" and "chart alt" not in doc.text
    assert_url_span(doc, image)


def test_html_links_and_entities_in_href() -> None:
    raw = ('<p>Read <a href="https://example.org/a?x=1&amp;y=2">the <b>guide</b></a> and '
           "<a href='https://example.org/b'>this</a>; bare https://example.org/c too.</p>")
    doc = parse(raw, "html")
    a = link(doc, "https://example.org/a?x=1&y=2")
    assert (a.kind, a.text) == ("html", "the guide")
    assert_url_span(doc, a, "https://example.org/a?x=1&amp;y=2")
    assert_url_span(doc, link(doc, "https://example.org/b"))
    c = link(doc, "https://example.org/c")
    assert c.kind == "bare"
    assert_url_span(doc, c)


def test_plain_text_bare_urls() -> None:
    doc = fixture("seed-kratom.txt")
    urls = [lk.url for lk in doc.links]
    assert urls == [
        "https://www.nccih.nih.gov/health/kratom", "https://pubmed.ncbi.nlm.nih.gov/",
        "https://www.webmd.com/", "https://americankratomassociation.org/",
        "https://www.sciencedirect.com/journal/journal-of-pain-research",
        "https://www.drugabuse.gov/", "https://www.mayoclinic.org",
    ]
    for lk in doc.links:
        assert lk.kind == "bare"
        assert_url_span(doc, lk)
        assert doc.blocks[lk.block].role == REFERENCES


def test_seed_markdown_links_have_anchor_text() -> None:
    doc = fixture("seed-kratom.md")
    texts = {lk.text: lk.url for lk in doc.links}
    assert texts["National Institute on Drug Abuse"] == "https://www.drugabuse.gov/"
    assert texts["Mayo Clinic"] == "https://www.mayoclinic.org"
    assert len(doc.links) == 7
    for lk in doc.links:
        assert lk.kind == "inline"
        assert_url_span(doc, lk)
        assert doc.blocks[lk.block].role == REFERENCES


# -- roles -----------------------------------------------------------------------------


class _Roles:
    """Role of the prose block that starts with a given text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def __getitem__(self, prefix: str) -> str:
        roles = [b.role for b in self.doc.blocks if b.is_prose and self.doc.block_text(b).startswith(prefix)]
        assert len(roles) == 1, prefix
        return roles[0]


def _roles(doc: Document) -> _Roles:
    return _Roles(doc)


@pytest.mark.parametrize("name", ["seed-kratom.txt", "seed-kratom.md"])
def test_seed_roles(name: str) -> None:
    doc = fixture(name)
    roles = _roles(doc)
    assert roles["Related Resources"] == REFERENCES
    assert roles["About the Author"] == BIO
    assert roles["Dr. Emily Taylor, a renowned healthcare e"] == BIO
    assert roles["Kratom has gained significant attention f"] == BODY
    assert sum(1 for b in doc.blocks if b.role == REFERENCES and b.kind == "list_item") == 7
    headings = [doc.block_text(b) for b in doc.blocks if b.kind == "heading"]
    assert headings == [
        "Understanding Muscle Soreness and Kratom's Role", "Exploring Kratom's Mechanisms for Relief",
        "Long-Term Effects and Hair Loss: Does it Grow Back?", "Related Resources", "About the Author",
    ]
    # the table of contents at the top is a list, not three headings
    assert sum(1 for b in doc.blocks if b.kind == "list_item" and b.role == BODY) == 3


def test_seed_markdown_front_matter() -> None:
    doc = fixture("seed-kratom.md")
    assert doc.authors == ["Dr. Emily Taylor"]
    assert doc.meta["published"] == "2024-03-12" and doc.meta["updated"] == "2024-05-20"
    assert "Emily Taylor" not in doc.text.split("About the Author")[0]


def test_seed_text_and_markdown_have_the_same_prose_sentences() -> None:
    txt, md = fixture("seed-kratom.txt"), fixture("seed-kratom.md")
    body = lambda d: [d.text[s.start:s.end] for s in d.sentences if d.blocks[s.block].role == BODY]  # noqa: E731
    assert body(txt) == body(md)


def test_article_html_roles_and_meta() -> None:
    doc = fixture("edge/article.html")
    roles = _roles(doc)
    assert roles["By Jane Doe, RN · Reviewed by John Smith,"] == BYLINE
    assert roles["References"] == REFERENCES
    assert roles["Centers for Disease Control and Preventio"] == REFERENCES
    assert roles["Jane Doe, RN, has worked in dermatology c"] == BIO
    assert doc.authors == ["Jane Doe, RN"]
    assert doc.reviewers == ["John Smith, MD"]
    assert doc.meta["title"] == "Sunscreen: How to Choose and Use It"
    assert "Example Health" not in doc.text  # page footer outside <article>
    assert "Home" not in doc.text  # navigation


def test_clean_article_roles() -> None:
    doc = fixture("clean-well-sourced.md")
    assert doc.authors == ["Jane Doe, RN"]
    assert doc.reviewers == ["John Smith, MD"]
    footnotes = [b for b in doc.blocks if b.info == "footnote"]
    assert len(footnotes) == 6
    assert all(b.role == REFERENCES for b in footnotes)
    assert len(doc.footnote_refs) == 8
    bio = [doc.block_text(b) for _, b in doc.blocks_with_role(BIO)]
    assert bio[0] == "About the author" and len(bio) == 2


def test_unreferenced_footnote_definitions_are_reference_entries() -> None:
    doc = parse("# Title\n\nClaim one.[^a] Claim two.[^b]\n\n## About the author\n\nJane writes.\n\n"
                "[^a]: First source.\n[^unused]: Padding source nobody cites.\n[^b]: Second source.\n")
    footnotes = [(doc.block_text(b), b.role, doc.sections[b.section].title)
                 for b in doc.blocks if b.info == "footnote"]
    assert sorted(footnotes) == [("First source.", REFERENCES, "Footnotes"),
                                 ("Padding source nobody cites.", REFERENCES, "Footnotes"),
                                 ("Second source.", REFERENCES, "Footnotes")]
    assert [doc.block_text(b) for _, b in doc.blocks_with_role(BODY)] == ["Title", "Claim one. Claim two."]


def test_only_unreferenced_footnotes() -> None:
    doc = parse("Body without markers.\n\n[^x]: A lone definition.\n")
    assert [(doc.block_text(b), b.role) for b in doc.blocks] == [
        ("Body without markers.", BODY), ("A lone definition.", REFERENCES)]
    assert doc.footnote_refs == []


def test_bylines_in_text() -> None:
    doc = parse("# Title\n\nBy Jane Doe, RN\n\nMedically reviewed by John Smith, MD. Updated daily.\n\n"
                "Body text here.\n")
    assert doc.authors == ["Jane Doe, RN"]
    assert doc.reviewers == ["John Smith, MD"]


def test_reference_heading_variants() -> None:
    for title in ("Sources", "Further reading", "References:", "Related Resources", "Bibliography"):
        doc = parse(f"Body.\n\n## {title}\n\n- Entry one\n\n## Next section\n\nMore body.\n")
        roles = [b.role for b in doc.blocks]
        assert roles == [BODY, REFERENCES, REFERENCES, BODY, BODY], title


def test_subheading_stays_in_reference_section() -> None:
    doc = parse("## References\n\n### Journals\n\n- Entry\n\n## Discussion\n\nBody.\n")
    assert [b.role for b in doc.blocks] == [REFERENCES, REFERENCES, REFERENCES, BODY, BODY]


# -- structure and odd input -----------------------------------------------------------------


def test_front_matter_only() -> None:
    doc = fixture("edge/front-matter-only.md")
    assert doc.text == "" and doc.blocks == [] and doc.sentences == []
    assert doc.meta["author"] == "Jane Doe, RN"


def test_empty_file() -> None:
    doc = fixture("edge/empty.md")
    assert doc.text == "" and doc.blocks == [] and doc.meta == {}


def test_broken_front_matter_is_a_problem_and_body_is_parsed() -> None:
    doc = fixture("edge/broken-front-matter.md")
    assert doc.parse_problems and "front matter" in doc.parse_problems[0][2]
    assert doc.meta == {}
    assert "Short sleep is linked" in doc.text
    assert "title:" not in doc.text


@pytest.mark.parametrize("front", ["- a\n- b\n", "just a string\n"])
def test_front_matter_that_is_not_a_mapping(front: str) -> None:
    doc = parse(f"---\n{front}---\n\nBody.\n")
    assert doc.parse_problems and "mapping" in doc.parse_problems[0][2]
    assert doc.text == "Body."


def test_broken_html_is_parsed_as_far_as_it_goes() -> None:
    doc = fixture("edge/broken.html")
    assert "Use a broad-spectrum sunscreen" in doc.text
    assert "Stray < sign" in doc.text
    assert "unterminated comment" not in doc.text
    assert any("aad.org" in lk.url for lk in doc.links)
    for word in ("broad-spectrum", "Stray", "swimming"):
        start = doc.text.index(word)
        loc = doc.locate(start, start + len(word))
        line = doc.source.split("\n")[loc.line - 1]
        assert line[loc.column - 1:loc.end_column - 1] == word


def test_html_headings_and_levels() -> None:
    doc = parse("<h2>Two</h2><h3>Three</h3><p>Para</p>", "html")
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 2), ("heading", 3), ("paragraph", 0)]


def test_html_header_inside_article_is_kept() -> None:
    doc = parse("<header>Site name</header><article><header><p>By Jane Doe</p></header>"
                "<p>Body.</p></article>", "html")
    assert "Site name" not in doc.text
    assert doc.authors == ["Jane Doe"]


def test_inline_html_links_in_markdown() -> None:
    doc = parse("See <a href=\"https://x.org/a?b=1&amp;c=2\">the *guide*</a> and "
                "<a href='https://y.org/page'>an unclosed one.\n")
    guide = link(doc, "https://x.org/a?b=1&c=2")
    assert (guide.kind, guide.text) == ("html", "the guide")
    assert_url_span(doc, guide, "https://x.org/a?b=1&amp;c=2")
    unclosed = link(doc, "https://y.org/page")
    assert unclosed.text == "an unclosed one."
    assert_url_span(doc, unclosed)


def test_html_blocks_in_markdown_are_prose_with_links() -> None:
    doc = parse("Intro.\n\n<div class=\"note\">\n<p>Note with <a href=\"https://x.org/n\">a link</a>.</p>\n"
                "<script>var hidden = 1;</script>\n</div>\n\n<!-- just a comment -->\n\nAfter.\n")
    assert doc.text == "Intro.\n\nNote with a link.\n\nAfter."
    note = link(doc, "https://x.org/n")
    assert (note.kind, note.text) == ("html", "a link")
    assert_url_span(doc, note)
    assert [c.text for c in doc.comments] == [" just a comment "]


def test_html_block_inside_a_list_is_not_prose() -> None:
    doc = parse("- item\n\n  <div>\n  hidden words\n  </div>\n")
    assert "hidden" not in doc.text


def test_plain_text_bylines_and_datelines_stand_alone() -> None:
    doc = parse("VITAMIN D AND YOU\n=================\n\nBy Jane Doe, RN\nPublished: March 3, 2024\n"
                "Reviewer: John Smith, MD\n\nVitamin D helps the body absorb calcium.\n\nBy the way, this is prose.\n",
                "text")
    kinds = [(b.kind, b.role, doc.block_text(b)) for b in doc.blocks]
    assert kinds == [
        ("heading", BODY, "VITAMIN D AND YOU"),
        ("paragraph", BYLINE, "By Jane Doe, RN"),
        ("paragraph", BODY, "Published: March 3, 2024"),
        ("paragraph", BYLINE, "Reviewer: John Smith, MD"),
        ("paragraph", BODY, "Vitamin D helps the body absorb calcium."),
        ("paragraph", BODY, "By the way, this is prose."),
    ]
    assert doc.authors == ["Jane Doe, RN"] and doc.reviewers == ["John Smith, MD"]


def test_html_json_ld_metadata() -> None:
    raw = ('<html><head><meta name="author" content="Meta Author">'
           '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
           '{"@type": "WebPage"}, {"@type": "MedicalWebPage", "headline": "Flu facts",'
           ' "datePublished": "2024-01-02", "dateModified": "2024-03-04",'
           ' "author": [{"@type": "Person", "name": "Jane Doe, RN"}, {"name": "Ann Lee"}],'
           ' "reviewedBy": {"@type": "Person", "name": "John Smith, MD"}}]}</script>'
           '<script type="application/ld+json">{not json</script></head>'
           "<body><p>Text.</p></body></html>")
    doc = parse(raw, "html")
    assert doc.text == "Text."
    assert doc.meta["author"] == "Meta Author"  # the first source of a key wins
    assert doc.meta["date"] == "2024-01-02" and doc.meta["updated"] == "2024-03-04"
    assert doc.meta["title"] == "Flu facts"
    assert doc.reviewers == ["John Smith, MD"]
    only_ld = parse(raw.replace('<meta name="author" content="Meta Author">', ""), "html")
    assert only_ld.authors == ["Jane Doe, RN", "Ann Lee"]


def test_linked_images_and_titles_with_parentheses() -> None:
    raw = ('See [![NHS logo](https://img.org/l.png "A (title)")](https://www.nhs.uk/) and '
           '[the page](https://x.org/a "x) y") and ![chart](<https://img.org/b c.png>) end.\n')
    doc = parse(raw)
    wrap = link(doc, "https://www.nhs.uk/")
    assert (wrap.kind, wrap.text) == ("inline", "NHS logo")  # named by the image's alt text
    assert_url_span(doc, wrap)
    page = link(doc, "https://x.org/a")
    assert (page.kind, page.text) == ("inline", "the page")
    assert_url_span(doc, page)
    assert_url_span(doc, link(doc, "https://img.org/b%20c.png"), "https://img.org/b c.png")
    assert doc.text == "See  and the page and  end."


def test_toml_front_matter() -> None:
    doc = parse('+++\ntitle = "Flu"\nauthor = "Jane Doe, RN"\ndate = 2024-01-02\n+++\n\n# Heading\n\nBody.\n')
    assert doc.meta == {"title": "Flu", "author": "Jane Doe, RN", "date": "2024-01-02"}
    assert doc.text == "Heading\n\nBody." and doc.front_matter_span == (0, 64)
    broken = parse("+++\ntitle = \n+++\nBody.\n")
    assert "not valid TOML" in broken.parse_problems[0][2] and broken.text == "Body."


def test_markup_only_html_block_keeps_its_image_link() -> None:
    doc = parse('Intro.\n\n<img src="https://x.org/c.png" alt="chart">\n\n<!-- note -->\n\nAfter.\n')
    assert doc.text == "Intro.\n\nAfter."
    image = link(doc, "https://x.org/c.png")
    assert image.kind == "image" and image.text == "chart"
    assert doc.blocks[image.block].kind == "html"
    assert doc.source[doc.blocks[image.block].source_start:].startswith("<img")
    assert_url_span(doc, image)


# -- link blocks in HTML lists ------------------------------------------------------------


def _link_block_text(doc: Document, url: str) -> str:
    lk = link(doc, url)
    assert doc.text[lk.start:lk.end] == lk.text, lk  # the anchor is exactly the link's prose
    block = doc.blocks[lk.block]
    assert block.start <= lk.start <= lk.end <= block.end, (lk, block)
    return doc.block_text(block)


@pytest.mark.parametrize("html_source", [
    # a link in a paragraph right before the list, then links in the first, a middle and
    # the last item, each opening its item
    "<p>Intro <a href='https://p.example/'>para</a></p>"
    "<ul><li><a href='https://a.example/'>first</a> item</li>"
    "<li><a href='https://b.example/'>middle</a> item</li>"
    "<li><a href='https://c.example/'>last</a></li></ul>",
    # the same with whitespace and line breaks between the tags
    "<p>Intro <a href='https://p.example/'>para</a></p>\n<ol>\n  <li>\n    "
    "<a href='https://a.example/'>first</a> item</li>\n  <li> <a href='https://b.example/'>middle</a>"
    " item</li>\n  <li><a href='https://c.example/'>last</a></li>\n</ol>\n",
])
def test_html_links_in_list_items_point_at_their_item(html_source: str) -> None:
    doc = parse(html_source, "html")
    assert _link_block_text(doc, "https://p.example/") == "Intro para"
    assert _link_block_text(doc, "https://a.example/") == "first item"
    assert _link_block_text(doc, "https://b.example/") == "middle item"
    assert _link_block_text(doc, "https://c.example/") == "last"
    assert [doc.blocks[lk.block].kind for lk in doc.links] == ["paragraph", "list_item", "list_item",
                                                              "list_item"]


def test_html_links_in_nested_list_items_point_at_their_item() -> None:
    doc = parse(
        "<p>See <a href='https://p.example/'>this</a>:</p>\n"
        "<ul><li>Outer <a href='https://o.example/'>outer link</a>\n"
        "  <ul><li><a href='https://n1.example/'>nested one</a></li>\n"
        "      <li><a href='https://n2.example/'>nested two</a> tail</li></ul>\n"
        "  </li>\n"
        "  <li><strong><a href='https://x.example/'>after nested</a></strong></li></ul>\n"
        "<p><a href='https://q.example/'>closing</a> words</p>\n", "html")
    assert _link_block_text(doc, "https://p.example/") == "See this:"
    assert _link_block_text(doc, "https://o.example/") == "Outer outer link"
    assert _link_block_text(doc, "https://n1.example/") == "nested one"
    assert _link_block_text(doc, "https://n2.example/") == "nested two tail"
    assert _link_block_text(doc, "https://x.example/") == "after nested"
    assert _link_block_text(doc, "https://q.example/") == "closing words"
    assert link(doc, "https://n1.example/").text == "nested one"


def test_html_link_opening_a_list_item_has_exact_positions() -> None:
    raw = "<ul>\n<li>one</li>\n<li><a href='https://a.example/'>alpha link</a> two</li>\n</ul>\n"
    doc = parse(raw, "html")
    lk = link(doc, "https://a.example/")
    loc = doc.locate(lk.start, lk.end)
    column = raw.split("\n")[2].index("alpha link") + 1
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (3, column, 3, column + len("alpha link"))
    assert_url_span(doc, lk)


def test_html_images_in_list_items_point_at_their_item() -> None:
    doc = parse("<p>Intro.</p><ul><li><img src='https://i.example/a.png' alt='chart'> caption text</li>"
                "<li><img src='https://i.example/b.png' alt='only an image'></li>"
                "<li><p><img src='https://i.example/c.png' alt='c'>Para in item</p></li></ul>", "html")
    assert doc.block_text(doc.blocks[link(doc, "https://i.example/a.png").block]) == "caption text"
    assert doc.block_text(doc.blocks[link(doc, "https://i.example/c.png").block]) == "Para in item"
    # an image-only item has no prose block: the image stays where its offset falls
    lone = link(doc, "https://i.example/b.png")
    assert doc.block_text(doc.blocks[lone.block]) == "caption text"
    assert_url_span(doc, lone)
