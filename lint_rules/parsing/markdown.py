"""Markdown (CommonMark + GFM tables and strikethrough, YAML front matter, footnotes).

markdown-it-py gives block tokens with line maps but no columns for inline content, so the
inline pass walks each block's source lines with a cursor and finds every text piece where
it really is (``text`` tokens are verbatim source; entities and backslash escapes arrive as
``text_special`` tokens that keep their original markup). That keeps columns exact inside
lists, quotes and table cells, after front matter, and with tabs or multi-byte characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from lint_rules.document import (
    CODE, HEADING, HTML, LIST_ITEM, PARAGRAPH, QUOTE, TABLE, Comment, Document,
    DocumentBuilder, Link,
)
from lint_rules.parsing.frontmatter import load_front_matter

_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.DOTALL)


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin)
    md.disable("text_join")  # keep entities/escapes as separate tokens with their markup
    return md


def parse_markdown(path: str, source: str) -> Document:
    doc = Document(path, source, "markdown")
    _MarkdownWalker(doc).walk(_parser().parse(source))
    return doc


class _MarkdownWalker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.b = DocumentBuilder(doc)
        self.src = doc.source
        self.line_starts = doc._line_starts
        self.containers: list[str] = []
        self.row_map: list[int] | None = None
        self.row_cursor = 0
        self.in_footnote = 0

    def line_offset(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.src)

    def walk(self, tokens: list[Any]) -> None:
        for tok in tokens:
            t = tok.type
            if t == "front_matter":
                start = 0
                end = self.line_offset(tok.map[1]) if tok.map else 0
                load_front_matter(self.doc, tok.content, start, end)
            elif t in ("bullet_list_open", "ordered_list_open"):
                self.containers.append("list")
            elif t in ("blockquote_open",):
                self.containers.append("quote")
            elif t in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                self.containers.pop()
            elif t == "footnote_open":
                self.in_footnote += 1
            elif t == "footnote_close":
                self.in_footnote -= 1
            elif t == "heading_open":
                self.b.open_block(HEADING, self._start(tok), level=int(tok.tag[1:]))
            elif t == "paragraph_open":
                kind = PARAGRAPH
                if self.containers:
                    kind = LIST_ITEM if self.containers[-1] == "list" else QUOTE
                self.b.open_block(kind, self._start(tok), info="footnote" if self.in_footnote else "")
            elif t in ("heading_close", "paragraph_close", "th_close", "td_close"):
                self.b.close_block()
            elif t == "tr_open":
                self.row_map = tok.map
                self.row_cursor = self.line_offset(tok.map[0]) if tok.map else 0
            elif t in ("th_open", "td_open"):
                self.b.open_block(TABLE, self.row_cursor)
            elif t == "inline":
                self._inline(tok)
            elif t in ("fence", "code_block"):
                self.b.add_code_block(*self._span(tok), info=tok.info.strip())
                self.doc.blocks[-1].kind = CODE
            elif t == "html_block":
                s, e = self._span(tok)
                self.b.add_code_block(s, e)
                self.doc.blocks[-1].kind = HTML
                self._comments(s, e)
        self.b.build()

    def _start(self, tok: Any) -> int:
        return self.line_offset(tok.map[0]) if tok.map else self.b.length

    def _span(self, tok: Any) -> tuple[int, int]:
        if not tok.map:
            return 0, 0
        return self.line_offset(tok.map[0]), self.line_offset(tok.map[1])

    def _comments(self, s: int, e: int) -> None:
        for m in _COMMENT_RE.finditer(self.src, s, e):
            self.doc.comments.append(Comment(m.group(1), m.start(), m.end()))

    def _inline(self, tok: Any) -> None:
        if tok.map:
            cursor = self.line_offset(tok.map[0])
            limit = self.line_offset(tok.map[1])
        else:  # table cell: continue along the row's line
            cursor = self.row_cursor
            limit = self.line_offset(self.row_map[1]) if self.row_map else len(self.src)
        b, src = self.b, self.src
        link_stack: list[tuple[int, Any]] = []
        skip_depth = 0  # inside an image: its alt text is not prose
        for child in tok.children or ():
            ct = child.type
            if ct == "text":
                if not child.content:
                    continue
                pos = src.find(child.content, cursor, limit)
                if skip_depth:
                    if pos >= 0:
                        cursor = pos + len(child.content)
                    continue
                if pos < 0:  # should not happen; keep the text, map it to the cursor
                    b.add(child.content, cursor, 0)
                else:
                    b.add(child.content, pos)
                    cursor = pos + len(child.content)
            elif ct == "text_special":
                pos = src.find(child.markup, cursor, limit)
                if pos < 0:
                    pos = cursor
                if not skip_depth:
                    b.add(child.content, pos, len(child.markup))
                cursor = pos + len(child.markup)
            elif ct in ("softbreak", "hardbreak"):
                pos = src.find("\n", cursor, limit)
                if pos < 0:
                    pos = cursor
                b.add(" " if ct == "softbreak" else "\n", pos)
                cursor = pos + 1
            elif ct == "code_inline":
                pos = src.find(child.content, cursor, limit)
                if pos >= 0:
                    cursor = pos + len(child.content)
            elif ct == "html_inline":
                pos = src.find(child.content, cursor, limit)
                if pos >= 0:
                    if child.content.startswith("<!--"):
                        self._comments(pos, pos + len(child.content))
                    cursor = pos + len(child.content)
            elif ct == "link_open":
                link_stack.append((b.length, child))
            elif ct == "link_close" and link_stack:
                start, open_tok = link_stack.pop()
                cursor = self._link(open_tok, start, cursor, limit)
            elif ct == "image":
                url = str(child.attrs.get("src", ""))
                span, cursor = self._find_url(url, cursor, limit)
                self.doc.links.append(Link(url, child.content, b.length, b.length, "image", span))
            elif ct == "footnote_ref":
                label = str(child.meta.get("label", ""))
                marker = f"[^{label}]"
                pos = src.find(marker, cursor, limit)
                self.doc.footnote_refs.append((b.length, label))
                if pos >= 0:
                    cursor = pos + len(marker)
        if not tok.map:
            self.row_cursor = cursor

    def _link(self, open_tok: Any, start: int, cursor: int, limit: int) -> int:
        url = str(open_tok.attrs.get("href", ""))
        anchor = self.b.text_since(start)
        if open_tok.info == "auto" or open_tok.markup == "autolink":
            kind = "autolink"
            span = self._autolink_span(url, start)
        else:
            rest = self.src[cursor:limit]
            after = rest.lstrip(" ")
            if after.startswith("]("):
                kind = "inline"
                span, cursor = self._find_url(url, cursor, limit)
                close = self.src.find(")", cursor, limit)
                cursor = close + 1 if close >= 0 else cursor
            else:
                kind = "reference"
                span = self._definition_span(url)
                m = re.match(r"\](\[[^\]]*\])?", after)
                if m:
                    cursor += (len(rest) - len(after)) + m.end()
        self.doc.links.append(Link(url, anchor, start, self.b.length, kind, span))
        return cursor

    def _find_url(self, url: str, cursor: int, limit: int) -> tuple[tuple[int, int] | None, int]:
        for candidate in (url, unquote(url)):
            if not candidate:
                continue
            pos = self.src.find(candidate, cursor, limit)
            if pos >= 0:
                return (pos, pos + len(candidate)), pos + len(candidate)
        return None, cursor

    def _autolink_span(self, url: str, prose_start: int) -> tuple[int, int] | None:
        s = self.doc.offsets.to_source(prose_start)
        for candidate in (url, unquote(url), url.removeprefix("mailto:")):
            if self.src.startswith(candidate, s):
                return s, s + len(candidate)
        return None

    def _definition_span(self, url: str) -> tuple[int, int] | None:
        for candidate in (url, unquote(url)):
            m = re.search(r"^[ ]{0,3}\[[^\]]+\]:[ \t]*<?(" + re.escape(candidate) + ")",
                          self.src, re.MULTILINE)
            if m:
                return m.start(1), m.end(1)
        return None
