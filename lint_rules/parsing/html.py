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
from typing import Any

from lint_rules.document import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE,
    Comment,
    Document,
    DocumentBuilder,
    Link,
)
from lint_rules.parsing import BULLET_RE

BLOCK_TAGS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "dt", "dd", "figcaption", "caption", "div", "section", "article", "main", "aside", "header", "footer", "ul", "ol", "table", "tr", "body", "br", "hr"]
)
SKIP_TAGS = frozenset(["script", "style", "pre", "code", "noscript", "template", "svg", "nav", "head", "math", "button", "textarea", "select"])
#: Page chrome: skipped outside ``<article>``/``<main>`` (site banner, copyright footer);
#: inside an article they are kept, since bylines and author notes often live there.
CHROME_TAGS = frozenset({"header", "footer"})
CODE_TAGS = frozenset(["pre", "code", "script", "style", "textarea"])
HEAD_TAGS = frozenset(["title", "meta", "link", "style", "script", "base", "noscript", "template"])
VOID_TAGS = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])
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
    builder = DocumentBuilder(doc)
    _run(_Parser(doc, builder), source, 0)
    builder.build()
    return doc


def parse_html_fragment(doc: Document, builder: DocumentBuilder, fragment: str, first_line: int) -> None:
    """Add the prose, links and comments of an HTML block of a Markdown file; ``fragment``
    is the verbatim source from line ``first_line`` (0-based) on."""
    parser = _Parser(doc, builder, first_line)
    _run(parser, fragment, doc._line_starts[first_line] if first_line < len(doc._line_starts) else 0)
    parser._close_block()


def _run(parser: _Parser, text: str, base: int) -> None:
    try:
        parser.feed(text)
        rest = parser.rawdata
        if rest.lstrip().startswith("<!--"):  # an unterminated comment runs to the end
            start = base + len(text) - len(rest.lstrip())
            parser.doc.comments.append(Comment(rest.lstrip()[4:], start, base + len(text)))
            parser.rawdata = ""
        parser.close()
    except Exception as exc:  # the stdlib parser is lenient; stay safe on anything odd
        parser.doc.parse_problems.append((base, base, f"HTML could not be parsed completely: {exc}"))
    parser.close_open_links()


_LD_KEYS = {"headline": "title", "datePublished": "date", "dateModified": "updated",
            "author": "author", "reviewedBy": "reviewer"}


def structured_meta(text: str) -> dict[str, Any]:
    """Article metadata from schema.org JSON-LD (``<script type="application/ld+json">``),
    where many publishers put the author, the medical reviewer and the dates."""
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    out: dict[str, Any] = {}
    items = data if isinstance(data, list) else [data]
    queue = [i for i in items if isinstance(i, dict)]
    while queue:
        item = queue.pop(0)
        queue.extend(i for i in item.get("@graph", []) if isinstance(i, dict))
        if isinstance(item.get("mainEntity"), dict):
            queue.append(item["mainEntity"])
        for key, meta_key in _LD_KEYS.items():
            value = item.get(key)
            if meta_key in ("author", "reviewer"):
                names = _ld_names(value)
                value = names[0] if len(names) == 1 else names
            if value and isinstance(value, (str, list)) and meta_key not in out:
                out[meta_key] = value
    return out


def _ld_names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for v in values:
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str) and v.strip():
            names.append(v.strip())
    return names


class _Parser(HTMLParser):
    def __init__(self, doc: Document, builder: DocumentBuilder, first_line: int = 0) -> None:
        super().__init__(convert_charrefs=False)
        self.doc = doc
        self.b = builder
        self.first_line = first_line
        self.stack: list[str] = []
        self.skip = 0
        self.skipping: list[str] = []  #: open elements whose content is not prose
        #: an inline <code> inside an open block: (prose offset, its text so far)
        self.code: tuple[int, list[str]] | None = None
        self.in_title = False
        self.ld_json: list[str] | None = None  #: text of an open JSON-LD script
        self.title_parts: list[str] = []
        self.open_links: list[tuple[int, str, tuple[int, int] | None]] = []
        #: images met before their block's first text (``<li><img …> caption``): they move
        #: to that block's start when it opens, unless their element closes first
        self.pending_images: list[Link] = []
        self.block_open = False

    # positions -------------------------------------------------------------------

    def _offset(self) -> int:
        line, col = self.getpos()
        line += self.first_line
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
        if tag == "script" and attr.get("type", "").lower() == "application/ld+json":
            self.ld_json = []  # structured data: author, reviewer and dates
        if self.skipping[:1] == ["head"] and tag not in HEAD_TAGS:
            self.skipping.clear()  # an unclosed <head> ends where the body's content starts
            self.skip = 0
        if tag in SKIP_TAGS or (
            tag in CHROME_TAGS and not self.skip and "article" not in self.stack and "main" not in self.stack
        ):
            if tag == "code" and not self.skip and self.block_open:
                self.code = (self.b.length, [])
            if tag not in VOID_TAGS:
                self.skip += 1
                self.skipping.append(tag)
            return
        if self.skip:
            return
        if tag in BLOCK_TAGS:
            self._close_block()
            if tag not in VOID_TAGS:
                self.stack.append(tag)
        if tag == "a" and "href" in attr:
            self.open_links.append((self._link_start(), attr["href"], self._attr_span("href", attr["href"])))
        elif tag == "img" and attr.get("src"):
            image = Link(attr["src"], attr.get("alt", ""), self.b.length, self.b.length, "image",
                         self._attr_span("src", attr["src"]))
            self.doc.links.append(image)
            if not self.block_open:
                self.pending_images.append(image)

    def _link_start(self) -> int:
        """Prose offset where an ``<a>`` opening now starts its anchor text: -1 when no block
        is open yet (``<li><a …>``), since the block's separator comes first; the first
        text that opens the block sets it (see ``_ensure_block``)."""
        return self.b.length if self.block_open else -1

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
        if tag == "script" and self.ld_json is not None:
            for key, value in structured_meta("".join(self.ld_json)).items():
                self.doc.meta.setdefault(key, value)
            self.ld_json = None
        if tag in self.skipping:
            # close the skipped element (and any unclosed skipped ones inside it)
            while self.skipping:
                self.skip -= 1
                if self.skipping.pop() == tag:
                    break
            if not self.skipping and self.code is not None:
                text = " ".join("".join(self.code[1]).split())
                if text:
                    self.doc.inline_code.append((self.code[0], text))
                self.code = None
            return
        if self.skip or tag in SKIP_TAGS:
            return
        if tag == "a" and self.open_links:
            start, href, span = self.open_links.pop()
            if start < 0:  # no prose since the link opened
                start = self.b.length
            self.doc.links.append(Link(href, self.b.text_since(start), start, self.b.length,
                                       "html", span))
        if tag in BLOCK_TAGS:
            self._close_block()
            self.pending_images.clear()  # an image-only element: no block of its own
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass

    def close_open_links(self) -> None:
        """Links left open by broken markup end with the block they started in."""
        while self.open_links:
            start, href, span = self.open_links.pop()
            if start < 0:
                start = self.b.length
            text = self.b.text_since(start)
            text = text.split("\n\n", 1)[0]
            self.doc.links.append(Link(href, text.strip(), start, start + len(text.rstrip()), "html", span))

    def _close_block(self) -> None:
        if self.block_open:
            self.b.close_block()
            self.block_open = False

    def _ensure_block(self, at: int) -> None:
        if not self.block_open:
            self.b.open_block(self._kind(), at, level=self._level())
            self.block_open = True
            self.open_links = [(self.b.length if start < 0 else start, href, span)
                               for start, href, span in self.open_links]
            for image in self.pending_images:
                image.start = image.end = self.b.length
            self.pending_images.clear()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.ld_json is not None:
            self.ld_json.append(data)
            return
        if self.skip:
            if self.code is not None:
                self.code[1].append(data)
            return
        base = self._offset()
        bullet = None
        if not self.block_open:
            stripped = data.lstrip()
            if not stripped:
                return  # whitespace between blocks
            base += len(data) - len(stripped)
            data = stripped
            # "<p>• Keep windows closed</p>": a list item to a reader, as in a text file
            bullet = BULLET_RE.match(data) if self._kind() == PARAGRAPH else None
            if bullet:
                base, data = base + bullet.end(), data[bullet.end():]
        self._ensure_block(base)
        if bullet:
            self.b.open_list_item(base)
        self.b.add(data, base)

    def _entity(self, raw: str) -> None:
        text = html.unescape(raw)
        if self.in_title:
            self.title_parts.append(text)
            return
        if self.skip:
            if self.code is not None:
                self.code[1].append(text)
            return
        base = self._offset()
        self._ensure_block(base)
        self.b.add(text, base, len(raw))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        if any(tag in CODE_TAGS for tag in self.skipping):
            return  # a comment shown as code is not a directive
        start = self._offset()
        self.doc.comments.append(Comment(data, start, start + len(data) + 7))
