"""A Markdown source with no character or line that can begin Markdown syntax is read
without markdown-it (``parsing.markdown.plain_paragraphs``): the tokens it gives are the
ones markdown-it gives, type, line map and text, and the documents parsed are the same; any
syntax sends the source to markdown-it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from lint_rules.parsing import markdown
from lint_rules.parsing.markdown import _parser, parse_markdown, plain_paragraphs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _shape(tokens: list[Any]) -> list[tuple[Any, ...]]:
    """What the walker reads of each token."""
    out = []
    for t in tokens:
        children = [(c.type, c.content if c.type == "text" else "") for c in (t.children or ())]
        out.append((t.type, list(t.map) if t.map else None, children))
    return out


def _markdown_it(source: str) -> list[tuple[Any, ...]]:
    return _shape(_parser().parse(source, {}))


def _document(doc: Any) -> tuple[Any, ...]:
    return (doc.text, [(b.kind, b.start, b.end, b.source_start, b.source_end, b.level, b.role, b.info)
                       for b in doc.blocks],
            [(lk.url, lk.text, lk.start, lk.end) for lk in doc.links], list(doc.offsets.segments),
            doc.parse_problems, doc.meta, doc.comments, doc.inline_code, doc.footnote_refs,
            [(s.start, s.end) for s in doc.sentences])


PLAIN = [
    "Walking helps some people sleep.\n",
    "Walking helps some people sleep.",
    "One line.\nA second line of the same paragraph!\n\nA new paragraph: 40% of 120 people (aged 18-65).\n",
    "\n\n\nAfter blank lines.\n\n\n",
    "Dr. Smith said \"it works\" - maybe. It's 2024; prices rose 5.5% ($12).\n",
    "Caf\u00e9 na\u00efve \u2014 r\u00e9sum\u00e9 \u2019quoted\u2019 \u00b5g, 10\u00a0mg and \u2013 dashes.\n",
    "1986 was a year.\nIn 2020. Then\n1234567890. Ten digits are not a list.\n",
    "A line with a\ttab inside.\nhttp://example.com is not a link here.\n",
    "\u2022 a bullet the walker reads as a list item\n\u2022 and another\n",
    "Emoji \U0001f600 and CJK \u4e2d\u6587 text.\nzero\u200bwidth\n",
    "",
    "\n",
]

NOT_PLAIN = [
    "# Heading\n", "Text *emphasis*\n", "snake_case\n", "A [link](http://x)\n", "Use `code`\n",
    "a ~~strike~~\n", "<b>html</b>\n", "AT&amp;T\n", "a | b\n", "esc\\aped\n", "- item\n", "+ item\n",
    "* item\n", "1. item\n", "1) item\n", "Para\n===\n", "Para\n---\n", "---\ntitle: x\n---\nBody\n",
    "    indented code\n", "\tindented\n", " one space\n", "trailing space \nnext\n", "hard  \nbreak\n",
    "text\u00a0\n", "\u3000ideographic space\n", "> quote\n", "a\rb\n", "nul\x00\n", "[^1]: note\n",
    "![image](x.png)\n", "text\n   \nmore\n",
]


@pytest.mark.parametrize("source", PLAIN)
def test_plain_sources_give_markdown_its_tokens(source: str) -> None:
    tokens = plain_paragraphs(source)
    assert tokens is not None, source
    assert _shape(tokens) == _markdown_it(source)


@pytest.mark.parametrize("source", NOT_PLAIN)
def test_any_markdown_syntax_goes_to_markdown_it(source: str) -> None:
    assert plain_paragraphs(source) is None


def test_generated_sources_match_markdown_it() -> None:
    """Random sources from pieces that are and are not syntax: whenever the fast path takes
    one, markdown-it agrees token for token."""
    pieces = ["word", "Word", " ", " ", "\n", "\n\n", "1.", "2)", "12345", "-", "+", "=", "#", "*", "!",
              ":", "'", "\"", "(", ")", "%", "$", "@", "^", "{", "}", "\t", "\u00a0", "\u2003", "\u2028",
              "\u2022 ", "\u00e9", ".", ",", ";", "?", "http://a.b/c", "&", "<", ">", "_", "~", "[", "]"]
    rng = random.Random(17)
    taken = 0
    for _ in range(4000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        tokens = plain_paragraphs(source)
        if tokens is not None:
            taken += 1
            assert _shape(tokens) == _markdown_it(source), repr(source)
    assert taken > 300  # the generator reaches the fast path often enough to mean something


def test_fixture_paragraphs_match_markdown_it() -> None:
    taken = 0
    for path in sorted(FIXTURES.rglob("*.md")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            source = para + "\n"
            tokens = plain_paragraphs(source)
            if tokens is not None:
                taken += 1
                assert _shape(tokens) == _markdown_it(source), (path.name, para[:60])
    assert taken > 20


@pytest.mark.parametrize("source", PLAIN)
def test_the_documents_are_the_same(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = parse_markdown("a.md", source)
    monkeypatch.setattr(markdown, "plain_paragraphs", lambda _source: None)
    slow = parse_markdown("a.md", source)
    assert _document(fast) == _document(slow)
