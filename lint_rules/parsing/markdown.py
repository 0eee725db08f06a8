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
    CODE,
    HEADING,
    HTML,
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
from lint_rules.parsing.frontmatter import TOML_FRONT_MATTER_RE, load_front_matter
from lint_rules.store.compiled_re import compile_re

_COMMENT_RE = compile_re(r"<!--(.*?)-->", re.DOTALL)
#: Lines that end a press release; Markdown would read "###" as an empty heading.
END_MARKS = frozenset({"###", "# # #"})
_HTML_LINK_OPEN_RE = compile_re(r"""^<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


@lru_cache(maxsize=1)
def _parser() -> Any:
    from lint_rules.store.compiled_re import serving_imports

    with serving_imports("markdown_it", "mdurl", "mdit_py_plugins", "linkify_it", "uc_micro"):  # 58 patterns
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin
        from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin)
    md.core.ruler.before("footnote_tail", "footnote_keep_unreferenced", _keep_unreferenced_footnotes)
    md.disable("text_join")  # keep entities/escapes as separate tokens with their markup
    # markdown-it stops reading a container (the whole rest of the document at the top
    # level) once blocks nest deeper than maxNesting, without a word. Allow deep real
    # content (a list ten levels down is about 21 levels), and record what is still
    # skipped so it is reported (HL003) instead of silently missing.
    md.options["maxNesting"] = MAX_NESTING
    tokenize = md.block.tokenize

    def tokenize_noting_skips(state: Any, start: int, end: int, *args: Any, **kw: Any) -> Any:
        if state.level >= MAX_NESTING and start < end:
            state.env.setdefault("healthlint_too_deep", []).append((start, end))
        return tokenize(state, start, end, *args, **kw)

    md.block.tokenize = tokenize_noting_skips  # type: ignore[method-assign, assignment]
    return md


#: Nesting levels markdown-it may reach (a list level counts two, a quote one); deeper
#: content is reported as HL003 and not linted. Bounded so the recursive parser stays well
#: inside Python's stack.
MAX_NESTING = 100


#: Characters that may begin Markdown syntax wherever they stand (escapes, code, emphasis,
#: strikethrough, links, images, footnotes, autolinks and HTML, entities, table cells), or
#: that markdown-it rewrites (NUL).
_SYNTAX_CHARS = compile_re(r"[\\`*_~\[\]<>&|\x00\r]")
#: A line markdown-it may read as other than a paragraph's plain line: one that starts or
#: ends with whitespace (indented code, lazy continuation, hard breaks, the trimming of a
#: paragraph's ends), starts a heading, list, setext underline or thematic break, or starts
#: a front-matter block.
_NOT_PLAIN_LINE = compile_re(r"^(?:[^\S\n]|[-+=#]|\d{1,9}[.)](?:[ \t]|$))|[^\S\n]$", re.MULTILINE)


class _Token:
    """What ``_MarkdownWalker`` reads of a markdown-it token (type, line map, content,
    children), for the paragraphs of ``plain_paragraphs``."""

    __slots__ = ("children", "content", "map", "type")

    def __init__(self, type: str, map: list[int] | None = None, content: str = "",
                 children: list[_Token] | None = None) -> None:
        self.type = type
        self.map = map
        self.content = content
        self.children = children


def plain_paragraphs(source: str) -> list[_Token] | None:
    """The tokens markdown-it gives ``source`` when it is only paragraphs of plain lines, or
    None when it may hold any Markdown syntax.

    Why: importing markdown-it and its plugins is 12-15 ms of a new process, most of a
    one-line Markdown file's parse, and a source with no character that can begin Markdown
    syntax (``_SYNTAX_CHARS``) and no line that can be other than a paragraph's line
    (``_NOT_PLAIN_LINE``) is read by CommonMark as paragraphs split at blank lines, each
    line's text a ``text`` token, lines joined by ``softbreak``: exactly what this returns,
    with the same line maps, for the same walker. The test is conservative (an asterisk
    anywhere sends the source to markdown-it); ``tests/test_plain_markdown.py`` compares
    these tokens with markdown-it's over generated and fixture text."""
    if _SYNTAX_CHARS.search(source) or _NOT_PLAIN_LINE.search(source):
        return None
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the "\n" that ends the last line starts no line
    out: list[_Token] = []
    start = None
    for number, line in enumerate([*lines, ""]):
        if line and start is None:
            start = number
        elif not line and start is not None:
            span = [start, number]
            children: list[_Token] = []
            for text in lines[start:number]:
                if children:
                    children.append(_Token("softbreak"))
                children.append(_Token("text", content=text))
            out += [_Token("paragraph_open", span), _Token("inline", list(span), "\n".join(lines[start:number]), children),
                    _Token("paragraph_close")]
            start = None
    return out


def _keep_unreferenced_footnotes(state: Any) -> None:
    """Give every footnote definition that no ``[^label]`` cites a place in the footnote
    list, so ``footnote_tail`` hands it over (after the cited ones, in source order) instead
    of dropping it: an uncited definition is still a reference entry, one a rule may report."""
    data = state.env.get("footnotes")
    if not data:
        return
    listed = data.setdefault("list", {})
    for key, number in data.get("refs", {}).items():
        if number < 0:
            new = len(listed)
            listed[new] = {"label": key[1:], "count": 0}
            data["refs"][key] = new


def parse_markdown(path: str, source: str) -> Document:
    doc = Document(path, source, "markdown")
    toml = TOML_FRONT_MATTER_RE.match(source)
    if toml:
        # TOML front matter: parse it, and hide it from markdown-it behind blank lines of
        # the same length so every offset after it stays true
        load_front_matter(doc, toml.group(1) or "", 0, toml.end(), fmt="toml")
        source = re.sub(r"[^\n]", " ", source[: toml.end()]) + source[toml.end():]
    env: dict[str, Any] = {}
    plain = plain_paragraphs(source)
    _MarkdownWalker(doc).walk(plain if plain is not None else _parser().parse(source, env))
    skipped = env.get("healthlint_too_deep") or []
    if skipped:
        first, last = min(s for s, _ in skipped), max(e for _, e in skipped)
        lines = doc._line_starts
        start = lines[first] if first < len(lines) else len(source)
        end = lines[last] if last < len(lines) else len(source)
        doc.parse_problems.append((start, min(end, start + 200), (
            f"content nested more than {MAX_NESTING} levels deep (a list level counts two, a quote "
            f"one) is not linted (lines {first + 1}-{last}); flatten it")))
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
        self.in_cell = False
        self.image_alt: dict[int, str] = {}  #: alt text of an image inside an open link
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
                s, e = self._span(tok)
                if self.src[s:e].strip() in END_MARKS:
                    # "###" alone ends a press release (AP style); CommonMark reads an empty
                    # heading, a text file the end mark: keep it as text, as a .txt file does
                    self.b.open_block(PARAGRAPH, s)
                    lead = len(self.src[s:e]) - len(self.src[s:e].lstrip())
                    self.b.add_verbatim(s + lead, s + len(self.src[s:e].rstrip()))
                    continue
                self.b.open_block(HEADING, self._start(tok), level=int(tok.tag[1:]))
            elif t == "paragraph_open":
                kind = PARAGRAPH
                if self.containers:
                    kind = LIST_ITEM if self.containers[-1] == "list" else QUOTE
                self.b.open_block(kind, self._start(tok), info="footnote" if self.in_footnote else "")
            elif t in ("heading_close", "paragraph_close"):
                self.b.close_block()
            elif t == "tr_open":
                self.row_map = tok.map
                self.row_cursor = self.line_offset(tok.map[0]) if tok.map else 0
            elif t in ("th_open", "td_open"):
                self.b.open_block(TABLE, self._cell_start())
                self.in_cell = True
            elif t in ("th_close", "td_close"):
                self.in_cell = False
                self.b.close_block()
            elif t == "inline":
                self._inline(tok)
            elif t in ("fence", "code_block"):
                self.b.add_code_block(*self._span(tok), info=tok.info.strip())
                self.doc.blocks[-1].kind = CODE
            elif t == "html_block":
                self._html_block(tok)
        self.b.build()

    def _cell_start(self) -> int:
        """Source offset where the next cell's content starts: past the next ``|`` (and
        the spaces after it) when the row continues with one."""
        limit = self.line_offset(self.row_map[1]) if self.row_map else len(self.src)
        pos = self.row_cursor
        while pos < limit and self.src[pos] in " \t":
            pos += 1
        if pos < limit and self.src[pos] == "|":
            pos += 1
            while pos < limit and self.src[pos] in " \t":
                pos += 1
        self.row_cursor = pos
        return pos

    def _html_block(self, tok: Any) -> None:
        """Raw HTML. At the top level its source is verbatim, so its text is prose (a
        ``<div>`` note, a ``<p>`` with a link) read by the HTML parser with exact positions;
        inside a list or quote the source carries markers, so it is kept out of the prose."""
        s, e = self._span(tok)
        if self.containers or not tok.map:
            self.b.add_code_block(s, e)
            self.doc.blocks[-1].kind = HTML
            self._comments(s, e)
            return
        from lint_rules.parsing.html import parse_html_fragment

        self.b.close_block()
        blocks_before, links_before = len(self.doc.blocks), len(self.doc.links)
        parse_html_fragment(self.doc, self.b, self.src[s:e], tok.map[0])
        if len(self.doc.blocks) == blocks_before:  # only markup (an image, a comment)
            self.b.add_code_block(s, e)
            self.doc.blocks[-1].kind = HTML
            for lk in self.doc.links[links_before:]:
                lk.block = len(self.doc.blocks) - 1

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
        if self.in_cell or not tok.map:  # table cell: continue along the row's line
            cursor = self.row_cursor
            limit = self.line_offset(self.row_map[1]) if self.row_map else len(self.src)
        else:
            cursor = self.line_offset(tok.map[0])
            limit = self.line_offset(tok.map[1])
        b, src = self.b, self.src
        # a top-level paragraph whose lines start with "•" is a list to a plain-text reader
        # (and to the text parser): each such line becomes a list item without its bullet
        bullets = not (self.in_cell or self.containers or self.in_footnote) and b.current_kind() == PARAGRAPH
        line_start = True
        link_stack: list[tuple[int, Any]] = []
        html_links: list[tuple[int, str, tuple[int, int] | None]] = []  # open <a href> tags
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
                content = child.content
                bullet = BULLET_RE.match(content) if bullets and line_start and pos >= 0 else None
                if bullet:
                    b.open_list_item(pos)
                    content, pos = content[bullet.end():], pos + bullet.end()
                line_start = False
                if pos < 0:  # a table cell's "\\|" arrives unescaped: align piece by piece
                    cursor = self._add_unescaped(content, cursor, limit)
                else:
                    b.add(content, pos)
                    cursor = pos + len(content)
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
                line_start = True
            elif ct == "code_inline":
                pos = src.find(child.content, cursor, limit)
                if pos >= 0:
                    cursor = pos + len(child.content)
                if not skip_depth:
                    self.doc.inline_code.append((b.length, child.content))
            elif ct == "html_inline":
                pos = src.find(child.content, cursor, limit)
                if pos >= 0:
                    if child.content.startswith("<!--"):
                        self._comments(pos, pos + len(child.content))
                    cursor = pos + len(child.content)
                self._html_inline_link(child.content, pos, html_links)
            elif ct == "link_open":
                link_stack.append((b.length, child))
            elif ct == "link_close" and link_stack:
                start, open_tok = link_stack.pop()
                cursor = self._link(open_tok, start, cursor, limit)
            elif ct == "image":
                url = str(child.attrs.get("src", ""))
                span, cursor = self._find_url(url, cursor, limit)
                if span is not None:  # past the title and ")" of an inline image
                    close = self._closing_paren(cursor, limit)
                    cursor = close + 1 if close >= 0 else cursor
                self.doc.links.append(Link(url, child.content, b.length, b.length, "image", span))
                if link_stack:
                    self.image_alt[id(link_stack[-1][1])] = child.content
            elif ct == "footnote_ref":
                label = str(child.meta.get("label", ""))
                marker = f"[^{label}]"
                pos = src.find(marker, cursor, limit)
                self.doc.footnote_refs.append((b.length, label))
                if pos >= 0:
                    cursor = pos + len(marker)
        for start, url, span in html_links:  # an <a> left open ends with its paragraph
            self.doc.links.append(Link(url, b.text_since(start), start, b.length, "html", span))
        if self.in_cell or not tok.map:
            self.row_cursor = cursor

    def _html_inline_link(
        self, tag: str, pos: int, open_links: list[tuple[int, str, tuple[int, int] | None]]
    ) -> None:
        """Record ``<a href="…">…</a>`` written as inline HTML in Markdown."""
        import html

        m = _HTML_LINK_OPEN_RE.match(tag)
        if m:
            group = next(i for i in (1, 2, 3) if m.group(i) is not None)
            raw = m.group(group)
            span = (pos + m.start(group), pos + m.end(group)) if pos >= 0 else None
            open_links.append((self.b.length, html.unescape(raw), span))
        elif re.match(r"</a\s*>", tag, re.I) and open_links:
            start, url, span = open_links.pop()
            self.doc.links.append(Link(url, self.b.text_since(start), start, self.b.length, "html", span))

    def _add_unescaped(self, content: str, cursor: int, limit: int) -> int:
        """Add ``content`` that appears in the source with backslashes before some of its
        characters (``a \\| b`` in a table cell), mapping each verbatim run exactly."""
        pattern = "".join(r"\\?" + re.escape(ch) for ch in content)
        m = compile_re(pattern).search(self.src, cursor, limit)
        if m is None:  # not in the source at all: keep the text, anchored at the cursor
            self.b.add(content, cursor, 0)
            return cursor
        i, j = 0, m.start()
        while i < len(content):
            if self.src[j] == "\\" and content[i] != "\\":
                j += 1  # the escaping backslash is not prose
            run_i, run_j = i, j
            while i < len(content) and self.src[j] == content[i] and not (
                self.src[j] == "\\" and i > run_i
            ):
                i += 1
                j += 1
            if i == run_i:  # cannot align (should not happen): map the rest to here
                self.b.add(content[i:], j, 0)
                break
            self.b.add(content[run_i:i], run_j)
        return m.end()

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
                close = self._closing_paren(cursor, limit)
                cursor = close + 1 if close >= 0 else cursor
            else:
                kind = "reference"
                span = self._definition_span(url)
                m = re.match(r"\](\[[^\]]*\])?", after)
                if m:
                    cursor += (len(rest) - len(after)) + m.end()
        if not anchor.strip():  # a linked image: its alt text names the link
            anchor = self.image_alt.pop(id(open_tok), anchor)
        self.doc.links.append(Link(url, anchor, start, self.b.length, kind, span))
        return cursor

    def _closing_paren(self, cursor: int, limit: int) -> int:
        """The ``)`` that ends a link destination at ``cursor``, skipping a quoted title."""
        pos = cursor
        while pos < limit and self.src[pos] in " \t\n>":
            pos += 1
        if pos < limit and self.src[pos] in "\"'(":
            closer = ")" if self.src[pos] == "(" else self.src[pos]
            end = self.src.find(closer, pos + 1, limit)
            pos = end + 1 if end >= 0 else pos
        return self.src.find(")", pos, limit)

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
