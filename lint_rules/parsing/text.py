"""Plain text: recover the structure an editor sees.

Much health copy arrives as plain text pasted out of a CMS (the seed article is one):
paragraphs one per line or hard-wrapped, headings as short lines without a full stop,
"- " list lines, a "Related Resources" list and an "About the Author" paragraph. The
heuristics below recognise those so that plain-text files get the same blocks and roles as
Markdown does.

A line that is nothing but an HTML-style comment (``<!-- healthlint-disable CIT001 -->``)
is a comment, not prose, so plain text carries the same inline suppressions as Markdown
and HTML (one syntax for every format; a comment must fit on its line).
"""

from __future__ import annotations

from lint_rules.document import HEADING, LIST_ITEM, PARAGRAPH, Comment, Document, DocumentBuilder
from lint_rules.store.compiled_re import compile_re
from lint_rules.structure import (
    BARE_DATE_LINE_RE,
    BYLINE_RE,
    DATE_LINE_START_RE,
    PLAIN_HEADING,
    TERMINAL,
    credit_byline_name,
    institutional_line,
    is_plain_heading,
)

_LIST_RE = compile_re(r"^([ \t]*)(?:[-*•–·]|\d{1,3}[.)])[ \t]+(?=\S)")
_ATX_RE = compile_re(r"^(#{1,6})[ \t]+")
_UNDERLINE_RE = compile_re(r"^[ \t]*(=+|-{3,})[ \t]*$")
_COMMENT_LINE_RE = compile_re(r"^<!--(.*?)-->$")


def parse_text(path: str, source: str) -> Document:
    doc = Document(path, source, "text")
    b = DocumentBuilder(doc)
    lines = []
    pos = 0
    for raw in source.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    n = len(lines)
    open_kind: str | None = None
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped or _UNDERLINE_RE.match(line):
            b.close_block()
            open_kind = None
            continue
        lead = len(line) - len(line.lstrip())
        comment = _COMMENT_LINE_RE.match(stripped)
        if comment:
            b.close_block()
            open_kind = None
            doc.comments.append(Comment(comment.group(1), start + lead, start + lead + len(stripped)))
            continue
        prev_blank = i == 0 or not lines[i - 1][1].strip()
        next_line = lines[i + 1][1] if i + 1 < n else ""
        m = _LIST_RE.match(line)
        atx = _ATX_RE.match(line)
        if m:
            b.open_block(LIST_ITEM, start)
            b.add_verbatim(start + m.end(), start + len(line.rstrip()))
            open_kind = LIST_ITEM
        elif atx:
            b.open_block(HEADING, start, level=len(atx.group(1)))
            b.add_verbatim(start + atx.end(), start + len(line.rstrip()))
            b.close_block()
            open_kind = None
        elif BYLINE_RE.match(stripped) or DATE_LINE_START_RE.match(stripped) or credit_byline_name(stripped) \
                or BARE_DATE_LINE_RE.fullmatch(stripped) or institutional_line(stripped):
            # "By Jane Doe", "Jane Doe, Special to the Sun", "Published: …", "March 3, 2025" and
            # "From wire reports" stand alone (the byline under a bare date is read as one)
            b.open_block(PARAGRAPH, start)
            b.add_verbatim(start + lead, start + len(line.rstrip()))
            b.close_block()
            open_kind = None
        elif is_plain_heading(stripped, next_line, prev_blank, underline=bool(_UNDERLINE_RE.match(next_line))):
            underlined = bool(_UNDERLINE_RE.match(next_line))
            level = 1 if underlined and "=" in next_line else 2
            b.open_block(HEADING, start, level=level, info="" if underlined else PLAIN_HEADING)
            b.add_verbatim(start + lead, start + len(line.rstrip()))
            b.close_block()
            open_kind = None
        elif open_kind in (PARAGRAPH, LIST_ITEM) and lead > 0 and open_kind == LIST_ITEM:
            b.add(" ", start, 0)  # an indented continuation of a list item
            b.add_verbatim(start + lead, start + len(line.rstrip()))
        elif open_kind == PARAGRAPH and not _ends_sentence(lines[i - 1][1]):
            b.add(" ", start, 0)  # a hard-wrapped paragraph continues
            b.add_verbatim(start + lead, start + len(line.rstrip()))
        else:
            b.open_block(PARAGRAPH, start)
            b.add_verbatim(start + lead, start + len(line.rstrip()))
            open_kind = PARAGRAPH
    return b.build()


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(TERMINAL)
