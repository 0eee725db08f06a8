"""HTML with the standard library's tolerant parser.

``convert_charrefs=False`` makes the parser hand over entities separately, so each text
piece is verbatim source and positions stay exact. Scripts, styles, code, navigation and
the head (except its title and meta tags) never become prose. Broken markup is parsed as
far as it goes; unclosed elements are closed when the next block opens.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lint_rules.document import (
    HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Comment, Document, DocumentBuilder, Link,
)

BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote td th dt dd figcaption caption div section article "
    "main aside header footer ul ol table tr body br hr".split()
)
SKIP_TAGS = frozenset("script style pre code noscript template svg nav head math button".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
META_KEYS = {
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    "citation_author": "author",
    "reviewer": "reviewer",
    "article:published_time": "date",
    "date": "date",
    "dc.date": "date",
    "dcterms.date": "date",
    "citation_publication_date": "date",
    "article:modified_time": "updated",
    "last-modified": "updated",
    "description": "description",
}


def parse_html(path: str, source: str) -> Document:
    doc = Document(path, source, "html")
    parser = _Parser(doc)
    try:
        parser.feed(source)
        parser.close()
    except Exception as exc:  # the stdlib parser is lenient; stay safe on anything odd
        doc.parse_problems.append((0, 0, f"HTML could not be parsed completely: {exc}"))
    parser.b.build()
    return doc


class _Parser(HTMLParser):
    def __init__(self, doc: Document) -> None:
        super().__init__(convert_charrefs=False)
        self.doc = doc
        self.b = DocumentBuilder(doc)
        self.stack: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.open_links: list[tuple[int, str, tuple[int, int] | None]] = []
        self.block_open = False

    # positions -------------------------------------------------------------------

    def _offset(self) -> int:
        line, col = self.getpos()
        starts = self.doc._line_starts
        return (starts[line - 1] if line - 1 < len(starts) else len(self.doc.source)) + col

    def _kind(self) -> str:
        for tag in reversed(self.stack):
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return HEADING
            if tag == "li":
                return LIST_ITEM
            if tag in ("td", "th"):
                return TABLE
            if tag == "blockquote":
                return QUOTE
        return PARAGRAPH

    def _level(self) -> int:
        for tag in reversed(self.stack):
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                return int(tag[1])
        return 0

    # events ------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (attr.get("name") or attr.get("property") or "").lower()
            if key in META_KEYS and attr.get("content"):
                self.doc.meta.setdefault(META_KEYS[key], attr["content"])
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in SKIP_TAGS:
            if tag not in VOID_TAGS:
                self.skip += 1
            return
        if self.skip:
            return
        if tag in BLOCK_TAGS:
            self._close_block()
            if tag not in VOID_TAGS:
                self.stack.append(tag)
        if tag == "a" and "href" in attr:
            self.open_links.append((self.b.length, attr["href"], self._attr_span("href", attr["href"])))
        elif tag == "img" and attr.get("src"):
            self.doc.links.append(Link(attr["src"], attr.get("alt", ""), self.b.length,
                                       self.b.length, "image", self._attr_span("src", attr["src"])))

    def _attr_span(self, name: str, value: str) -> tuple[int, int] | None:
        tag_text = self.get_starttag_text() or ""
        m = re.search(name + r"\s*=\s*([\"']?)", tag_text, re.IGNORECASE)
        if not m:
            return None
        raw_start = m.end()
        end_char = m.group(1) or None
        raw_end = tag_text.find(end_char, raw_start) if end_char else len(tag_text)
        if raw_end < 0:
            raw_end = len(tag_text)
        if html.unescape(tag_text[raw_start:raw_end]).strip() != value.strip():
            return None
        base = self._offset()
        return base + raw_start, base + raw_end

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            title = " ".join("".join(self.title_parts).split())
            if title:
                self.doc.meta.setdefault("title", title)
            return
        if tag in SKIP_TAGS:
            if self.skip:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag == "a" and self.open_links:
            start, href, span = self.open_links.pop()
            self.doc.links.append(Link(href, self.b.text_since(start), start, self.b.length,
                                       "html", span))
        if tag in BLOCK_TAGS:
            self._close_block()
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass

    def _close_block(self) -> None:
        if self.block_open:
            self.b.close_block()
            self.block_open = False

    def _ensure_block(self, at: int) -> None:
        if not self.block_open:
            self.b.open_block(self._kind(), at, level=self._level())
            self.block_open = True

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        base = self._offset()
        if not self.block_open:
            stripped = data.lstrip()
            if not stripped:
                return  # whitespace between blocks
            base += len(data) - len(stripped)
            data = stripped
        self._ensure_block(base)
        self.b.add(data, base)

    def _entity(self, raw: str) -> None:
        text = html.unescape(raw)
        if self.in_title:
            self.title_parts.append(text)
            return
        if self.skip:
            return
        base = self._offset()
        self._ensure_block(base)
        self.b.add(text, base, len(raw))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        self.doc.comments.append(Comment(data, start, start + len(data) + 7))
