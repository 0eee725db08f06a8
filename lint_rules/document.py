"""The Document every rule reads: prose text, typed blocks, links and metadata, with an
offset map back to the exact source line and column.

Parsers (``lint_rules.parsing``) never hand rules raw source. They append prose pieces to a
``DocumentBuilder`` together with where each piece came from; the builder records those
as segments of an ``OffsetMap``. Code, HTML tags, comments and front matter are simply never
appended, so no rule can lint them by accident, yet every prose offset still maps to the
right place in the file.

Section roles (reference list, author bio, bylines) are assigned here, once, from the
headings, so that every rule agrees on what "the reference list" is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lint_rules.core import Location
from lint_rules.sentences import split_sentences
from lint_rules.spans import SpanCover
from lint_rules.store.compiled_re import compile_re

T = TypeVar("T")

#: A URL written as plain text; trailing punctuation is trimmed after matching.
BARE_URL_RE = compile_re(r"(?:https?://|www\.)[^\s<>\"'`\]\[]+", re.IGNORECASE)
TRAILING_URL_PUNCT = ".,;:!?)'\"”’"

from lint_rules.structure import (  # noqa: E402  (the kinds, roles and line patterns live there)
    BIO,
    BIO_HEADING_RE,
    BODY,
    BYLINE,
    BYLINE_RE,
    CODE,
    HEADING,
    HTML,
    LIST_ITEM,
    NAME_LINE_RE,
    NAME_OUTLET_RE,
    PARAGRAPH,
    QUOTE,
    REFERENCE_HEADING_RE,
    REFERENCES,
    STAFF_LINE_RE,
    TABLE,
    after_date,
    byline_name,
    credit_byline_name,
    institutional_line,
    paper_byline_name,
    recognise,
    reporter_credit,
    run_on_sign_off_name,
    sign_off_name,
    wire_byline_name,
)
from lint_rules.structure import DATE_LINE_START_RE as DATELINE_RE  # noqa: E402

#: How many body paragraphs open a story (the headline line and its lead), where a broadcast
#: story credits its reporter.
REPORTER_CREDIT_PARAGRAPHS = 4

PROSE_KINDS = frozenset({HEADING, PARAGRAPH, LIST_ITEM, QUOTE, TABLE})
__all__ = [
    "BIO",
    "BIO_HEADING_RE",
    "BODY",
    "BYLINE",
    "BYLINE_RE",
    "CODE",
    "DATELINE_RE",
    "HEADING",
    "HTML",
    "LIST_ITEM",
    "PARAGRAPH",
    "QUOTE",
    "REFERENCES",
    "REFERENCE_HEADING_RE",
    "TABLE",
]


_BYLINE_SPLIT_RE = compile_re(r"\s+[·•|]\s+|\s*;\s+|\s+(?:and|&)\s+(?=(?:medically |clinically |fact[- ])?(?:reviewed|checked) by)",
                              re.IGNORECASE)
_REVIEWED_BY_RE = compile_re(
    r"\s*(?:(?:medically |clinically |expert |fact[- ])?(?:reviewed|checked|fact-checked) by|"
    r"(?:medical )?reviewer)\s*:?\s*",
    re.IGNORECASE,
)
def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out

@dataclass
class Segment:
    """``prose[p_start:p_start+p_len]`` came from ``source[s_start:s_start+s_len]``.

    Equal lengths map character by character; otherwise (an entity like ``&amp;``, a
    synthetic separator) every prose character maps to the start of the source range."""

    p_start: int
    p_len: int
    s_start: int
    s_len: int


class OffsetMap:
    """Maps prose offsets to source offsets through a sorted list of segments."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self._starts: list[int] = []

    def add(self, p_start: int, p_len: int, s_start: int, s_len: int) -> None:
        last = self.segments[-1] if self.segments else None
        if (
            last is not None
            and last.p_len == last.s_len
            and p_len == s_len
            and last.p_start + last.p_len == p_start
            and last.s_start + last.s_len == s_start
        ):
            last.p_len += p_len
            last.s_len += s_len
            return
        self.segments.append(Segment(p_start, p_len, s_start, s_len))
        self._starts.append(p_start)

    def to_source(self, offset: int, *, end: bool = False) -> int:
        """Source offset of prose ``offset``; ``end=True`` treats it as an exclusive end."""
        if not self.segments:
            return 0
        if end and offset > 0:
            return self._point(offset - 1, end=True)
        return self._point(offset, end=False)

    def _point(self, offset: int, *, end: bool) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.segments[0].s_start
        seg = self.segments[i]
        within = offset - seg.p_start
        if within >= seg.p_len:  # past the segment (a gap): clamp to its end
            return seg.s_start + seg.s_len
        if seg.p_len == seg.s_len:
            return seg.s_start + within + (1 if end else 0)
        return seg.s_start + (seg.s_len if end else 0)


@dataclass
class Block:
    """A typed piece of the document. ``start``/``end`` are prose offsets (equal for code
    and HTML blocks, which carry no prose); ``source_start``/``source_end`` are source
    offsets of the whole block."""

    kind: str
    start: int
    end: int
    source_start: int
    source_end: int
    level: int = 0
    role: str = BODY
    section: int = -1  #: index into Document.sections of the section it belongs to
    info: str = ""  #: fence language for code blocks

    @property
    def is_prose(self) -> bool:
        return self.kind in PROSE_KINDS


@dataclass
class Link:
    """A link or bare URL. ``start``/``end`` are the prose span of its anchor text (or of
    the URL itself when it is bare); ``url_source`` the source span of the URL, when known,
    so ``--fix`` can rewrite it in place."""

    url: str
    text: str
    start: int
    end: int
    kind: str  #: inline, reference, autolink, bare, html, image
    url_source: tuple[int, int] | None = None
    block: int = -1


@dataclass
class Comment:
    """An HTML/Markdown comment (inline control lives in these)."""

    text: str
    source_start: int
    source_end: int


@dataclass
class Section:
    """A part of the document under one heading (or before the first)."""
    heading: int | None  #: block index of the heading, None for the part before any
    title: str
    level: int
    role: str
    blocks: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of ``Document.text`` and the index of its block."""
    start: int
    end: int
    block: int


class Document:
    """A parsed article. Rules read ``text``, ``blocks``, ``sentences``, ``links``,
    ``meta`` and the role helpers; analyses are computed once through ``analysis``."""

    def __init__(self, path: str, source: str, kind: str) -> None:
        self.path = path
        self.source = source  # decoded, newlines normalised to "\n"
        self.kind = kind  # markdown, html, text
        self.text = ""
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.comments: list[Comment] = []
        self.meta: dict[str, Any] = {}
        self.front_matter_span: tuple[int, int] | None = None
        self.footnote_refs: list[tuple[int, str]] = []  # (prose offset, label)
        #: inline code (`dose`, <code>) as (prose offset where it stood, its text): never
        #: prose, so no rule reads it, but the HTML report shows the article with it
        self.inline_code: list[tuple[int, str]] = []
        self.sections: list[Section] = []
        self.parse_problems: list[tuple[int, int, str]] = []  # (src start, src end, message)
        self.offsets = OffsetMap()
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._analyses: dict[str, Any] = {}
        self._block_starts: list[int] = []

    # -- positions -------------------------------------------------------------------

    def source_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset."""
        offset = max(0, min(offset, len(self.source)))
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def locate_source(self, s_start: int, s_end: int) -> Location:
        line, col = self.source_position(s_start)
        end_line, end_col = self.source_position(max(s_start, s_end))
        return Location(line, col, end_line, end_col, s_start, max(s_start, s_end))

    def locate(self, start: int, end: int) -> Location:
        """Location of prose span ``[start, end)``."""
        s_start = self.offsets.to_source(start)
        s_end = self.offsets.to_source(end, end=True) if end > start else s_start
        return self.locate_source(s_start, s_end)

    def excerpt(self, start: int, end: int, limit: int = 200) -> str:
        piece = self.text[start:end]
        piece = " ".join(piece.split())
        return piece if len(piece) <= limit else piece[: limit - 1] + "…"

    def line_of(self, prose_offset: int) -> int:
        return self.source_position(self.offsets.to_source(prose_offset))[0]

    # -- derived structure ------------------------------------------------------------

    def analysis(self, key: str, build: Callable[[Document], T]) -> T:
        """Compute an analysis once per document and share it between rules. An analysis
        stopped by the time or memory budget is not attempted again for this document:
        every later rule that needs it is stopped at once, with the analysis named."""
        if key not in self._analyses:
            from lint_rules.budget import BudgetExceeded

            try:
                self._analyses[key] = build(self)
            except BudgetExceeded as exc:
                self._analyses[key] = _Stopped(exc.what, exc.limit, exc.analysis or key)
                raise self._analyses[key].error() from None
        result: T = self._analyses[key]
        if isinstance(result, _Stopped):
            raise result.error()
        return result

    @property
    def sentences(self) -> list[Sentence]:
        """Sentences of every prose block, split once by ``lint_rules.sentences``."""
        return self.analysis("sentences", _document_sentences)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def blocks_with_role(self, *roles: str) -> Iterator[tuple[int, Block]]:
        for i, b in enumerate(self.blocks):
            if b.role in roles and b.is_prose:
                yield i, b

    def body_blocks(self) -> Iterator[tuple[int, Block]]:
        return self.blocks_with_role(BODY)

    def block_at(self, offset: int) -> int:
        """Index of the block containing prose ``offset`` (or -1)."""
        if len(self._block_starts) != len(self.blocks):  # blocks are final once built
            self._block_starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(self._block_starts, offset) - 1
        while i >= 0 and not (self.blocks[i].start <= offset <= self.blocks[i].end):
            i -= 1
        return i

    def sentence_at(self, offset: int) -> int:
        """Index into ``sentences`` of the sentence holding prose ``offset``, or -1.

        Edge rule: a sentence holds ``[start, end)``, its start but not its end (the end is
        the index after its last character, as in a slice). An offset before the first
        sentence, in the whitespace between two, at or after the last one's end, or in a
        document without sentences gives -1. Sentences are sorted and disjoint, so one
        bisect on their starts answers. Callers that need another rule (an inclusive end,
        the sentence before a gap) adapt at the call and say why."""
        sentences = self.sentences
        starts = self.analysis("sentence-starts", lambda d: [s.start for s in d.sentences])
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < sentences[i].end else -1

    def role_at(self, offset: int) -> str:
        i = self.block_at(offset)
        return self.blocks[i].role if i >= 0 else BODY

    def sentences_in(self, *roles: str) -> Iterator[Sentence]:
        for s in self.sentences:
            if self.blocks[s.block].role in roles:
                yield s

    @property
    def title(self) -> str:
        if self.meta.get("title"):
            return str(self.meta["title"])
        for b in self.blocks:
            if b.kind == HEADING:
                return self.block_text(b)
            if b.kind == PARAGRAPH and b.role == BODY:
                return ""  # the text opens on prose: a later heading heads a section, not the page
        return ""

    def meta_list(self, *keys: str) -> list[str]:
        """Front-matter values under any of ``keys`` as a flat list of strings (a key may
        hold a string, a list, or mappings with a ``name``)."""
        out: list[str] = []
        for key in keys:
            value = self.meta.get(key)
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, Mapping):
                    item = item.get("name")
                if item not in (None, ""):
                    out.append(str(item))
        return out

    @property
    def authors(self) -> list[str]:
        """Authors named in front matter, in a byline ("By …", "Written by …") or in a
        sign-off at the end ("Jane Doe can be reached at …")."""
        names = self.meta_list("author", "authors", "byline")
        if names:
            return names
        names = _unique(name for kind, name in self._byline_names() if kind == "author")
        if names:
            return names
        names = _unique(filter(None, (sign_off_name(self.block_text(b)) for _, b in self.blocks_with_role(BIO))))
        if names:
            return names
        last = [b for b in self.blocks if b.role == BODY and b.kind == PARAGRAPH][-1:]
        names = _unique(filter(None, (run_on_sign_off_name(self.block_text(b)) for b in last)))
        if names:
            return names  # "… Psychology. -- Eric Jaffe": a sign-off the scrape ran onto the last paragraph
        # the reporter credited in the lead, as broadcast copy does ("…, reports CBS Boston's Dr. Jane Doe.")
        lead = [b for b in self.blocks if b.role == BODY and b.kind == PARAGRAPH][:REPORTER_CREDIT_PARAGRAPHS]
        return _unique(filter(None, (reporter_credit(self.block_text(b)) for b in lead)))

    @property
    def reviewers(self) -> list[str]:
        """Reviewers named in front matter or in a "Medically reviewed by …" line."""
        names = self.meta_list("reviewer", "reviewers", "medically_reviewed_by", "reviewed_by")
        return _unique([*names, *(name for kind, name in self._byline_names() if kind == "reviewer")])

    def _byline_names(self) -> list[tuple[str, str]]:
        """``(author|reviewer, name)`` from byline blocks. A byline may hold both, split
        by a separator ("By Jane Doe, RN · Reviewed by John Smith, MD"); a name ends at the
        end of its sentence ("Reviewed by John Smith, MD. This article is…"), or, in a long
        scraped byline, where the name itself ends."""
        out: list[tuple[str, str]] = []
        for _, b in self.blocks_with_role(BYLINE):
            for part in _BYLINE_SPLIT_RE.split(after_date(self.block_text(b))):
                m = _REVIEWED_BY_RE.match(part)
                kind = "reviewer" if m else "author"
                if m:
                    rest = part[m.end():]
                elif credit_byline_name(part):
                    rest = credit_byline_name(part)  # "Jane Doe, Special to the Daily Sun": the writer, not the outlet
                elif BYLINE_RE.match(part):
                    rest = byline_name(part)
                elif paper_byline_name(part):
                    rest = paper_byline_name(part)  # "Jane Doe, The (Nashville) Tennessean"
                elif institutional_line(part):
                    rest = part  # "From wire reports": the desk as author of record (META001 says so)
                elif NAME_OUTLET_RE.match(part):
                    rest = part.split(",", 1)[0]  # "Jane Doe, USA TODAY": the name before the outlet
                elif wire_byline_name(part):
                    rest = wire_byline_name(part)  # "Jane Doe, Associated Press": the name before the agency
                elif STAFF_LINE_RE.match(part):
                    continue  # "HealthDay Reporter" under "By Jane Doe": a title, not a name
                elif NAME_LINE_RE.match(part):
                    rest = part  # "Marco della Cava", over an outlet line (structure: two-line wire byline)
                else:
                    continue
                spans = split_sentences(rest)
                name = rest[spans[0][0]:spans[0][1]] if spans else ""
                name = name.strip().rstrip(".,;:").strip()
                if name:
                    out.append((kind, name))
        return out

    # -- building (used by the parsers) -----------------------------------------------

    def finalize(self) -> Document:
        """Recognise the structure (plain-line headings, bylines, the reference list and
        the bio, ``lint_rules.structure``), assign sections and roles, and find bare URLs
        once all blocks are in."""
        recognise(self, Section)
        self._find_bare_urls()
        return self

    def _find_bare_urls(self) -> None:
        """URLs written as plain text ("– https://www.nccih.nih.gov/health/kratom")."""
        # one bisect a URL, not a scan of every link (quadratic on a 3,000-entry reference list)
        taken = SpanCover((lk.start, lk.end) for lk in self.links if lk.end > lk.start)
        found = []
        for i, block in enumerate(self.blocks):
            if not block.is_prose:
                continue
            for m in BARE_URL_RE.finditer(self.text, block.start, block.end):
                s, e = m.start(), m.end()
                while e > s and self.text[e - 1] in TRAILING_URL_PUNCT:
                    if self.text[e - 1] == ")" and self.text[s:e].count("(") >= self.text[s:e].count(")"):
                        break
                    e -= 1
                if s in taken:
                    continue
                url = self.text[s:e]
                src_s = self.offsets.to_source(s)
                src_e = self.offsets.to_source(e, end=True)
                span = (src_s, src_e) if self.source[src_s:src_e] == url else None
                found.append(Link(url, url, s, e, "bare", span, i))
        for link in self.links:
            if link.block < 0 and link.end >= link.start:
                link.block = self.block_at(link.start)
        self.links.extend(found)
        self.links.sort(key=lambda lk: lk.start)

class DocumentBuilder:
    """Collects prose with its source positions; parsers call ``add``/``sep`` and open and
    close blocks, and get a finished ``Document`` from ``build``."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.parts: list[str] = []
        self.length = 0
        self._block: Block | None = None

    def add(self, text: str, s_start: int, s_len: int | None = None) -> tuple[int, int]:
        """Append prose ``text`` that came from ``source[s_start:s_start+s_len]``
        (``s_len`` defaults to ``len(text)``, i.e. a verbatim copy). Returns its span."""
        if not text:
            return self.length, self.length
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.doc.offsets.add(start, len(text), s_start, len(text) if s_len is None else s_len)
        return start, self.length

    def add_verbatim(self, s_start: int, s_end: int) -> tuple[int, int]:
        return self.add(self.doc.source[s_start:s_end], s_start)

    def open_block(self, kind: str, source_start: int, level: int = 0, info: str = "") -> None:
        self.close_block()
        if self.length:
            self.add("\n\n", source_start, 0)
        self._block = Block(kind, self.length, self.length, source_start, source_start,
                            level=level, info=info)

    def close_block(self, source_end: int | None = None) -> Block | None:
        block, self._block = self._block, None
        if block is None:
            return None
        block.end = self.length - self._trailing_space(block.start)
        if source_end is not None:
            block.source_end = source_end
        else:
            block.source_end = self.doc.offsets.to_source(block.end, end=True)
        if block.end == block.start and block.kind in PROSE_KINDS:
            return None  # an empty paragraph (only code or an image) is no prose block
        self.doc.blocks.append(block)
        return block

    def current_kind(self) -> str | None:
        """The kind of the open block, if any."""
        return self._block.kind if self._block is not None else None

    def open_list_item(self, source_start: int) -> None:
        """Turn the open block into a list item when nothing is in it yet, or close it and
        open a list item (a plain-text bullet line inside a Markdown paragraph)."""
        if self._block is not None and self._block.start == self.length:
            self._block.kind = LIST_ITEM
            self._block.source_start = source_start
        else:
            self.open_block(LIST_ITEM, source_start)

    def add_code_block(self, s_start: int, s_end: int, info: str = "") -> None:
        """Record a code (or raw HTML) block: a block with no prose."""
        self.close_block()
        self.doc.blocks.append(Block(CODE, self.length, self.length, s_start, s_end, info=info))

    def text_since(self, start: int) -> str:
        """The prose appended since offset ``start`` (a link's anchor text)."""
        pieces: list[str] = []
        pos = self.length
        for part in reversed(self.parts):
            if pos <= start:
                break
            pieces.append(part[max(0, start - (pos - len(part))):])
            pos -= len(part)
        return "".join(reversed(pieces))

    def _trailing_space(self, floor: int) -> int:
        """How many whitespace characters end the prose (never reaching below ``floor``)."""
        n = 0
        for part in reversed(self.parts):
            stripped = part.rstrip()
            n += len(part) - len(stripped)
            if stripped:
                break
        return min(n, self.length - floor)

    def build(self) -> Document:
        self.close_block()
        self.doc.text = "".join(self.parts)
        return self.doc.finalize()


def _document_sentences(doc: Document) -> list[Sentence]:
    out: list[Sentence] = []
    for i, block in enumerate(doc.blocks):
        if not block.is_prose:
            continue
        for s, e in split_sentences(doc.text, block.start, block.end):
            out.append(Sentence(s, e, i))
    return out


@dataclass(frozen=True)
class _Stopped:
    """An analysis the budget stopped (see ``Document.analysis``)."""

    what: str
    limit: str
    analysis: str

    def error(self) -> BaseException:
        from lint_rules.budget import BudgetExceeded

        return BudgetExceeded(self.what, self.limit, self.analysis)
