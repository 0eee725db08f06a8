"""Parsers that turn decoded source text into a ``Document``.

``parse_document`` picks the parser from the file kind. Each parser appends prose with its
source positions to a ``DocumentBuilder``; none of them lets code, tags, comments or front
matter into the prose.
"""

from __future__ import annotations

from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re

#: A plain-text bullet opening a paragraph ("• Keep windows closed"), which CommonMark does
#: not read as a list marker and HTML writes inside a ``<p>``: to a reader, and to the text
#: parser, a list item. One pattern for the Markdown and the HTML parser, so they agree.
BULLET_RE = compile_re(r"[•·▪◦●–]\s+(?=\S)")


def parse_document(path: str, source: str, kind: str) -> Document:
    if kind == "markdown":
        from lint_rules.parsing.markdown import parse_markdown

        return parse_markdown(path, source)
    if kind == "html":
        from lint_rules.parsing.html import parse_html

        return parse_html(path, source)
    from lint_rules.parsing.text import parse_text

    return parse_text(path, source)
