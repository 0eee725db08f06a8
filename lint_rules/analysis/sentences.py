"""One sentence segmentation for every rule, tuned for health writing.

A boundary is a ``.``, ``!`` or ``?`` (with any closing quotes, brackets or a citation
marker after it) followed by whitespace and something that can start a sentence. It is *not*
a boundary after:

* abbreviations that never end a sentence in practice (Dr., e.g., i.e., et al., vs., Fig.,
  No. before a number, single initials such as "J. Smith");
* abbreviations that can end one (U.S., mg., etc.) unless the next word is a typical
  sentence opener ("The", "This", "However"…);
* decimals ("2.5 mg") never contain whitespace after the dot, so they never split.

Segments never cross block boundaries: a heading, list item or table cell is its own unit.
Pure regular expressions, no model: it must be fast on the pre-commit path.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document, Sentence

#: Never sentence-final (lower-cased, without the final dot).
NEVER_FINAL = frozenset(
    """dr mr mrs ms mx prof sr jr st e.g i.e et al etc.al vs v cf fig figs eq no nos vol
    vols pp p ch sec approx ca ref refs dept univ assoc inc. jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft gen gov rev hon capt col lt sgt pres rep sen resp""".split()
)
#: May end a sentence; split only when a sentence opener follows.
MAYBE_FINAL = frozenset(
    "u.s u.k u.n e.u a.m p.m etc inc ltd co corp mg mcg kg g ml l oz lb lbs hrs hr min "
    "mins wk wks yr yrs approx ph.d m.d b.s m.s b.a m.a d.o r.n".split()
)
#: Words that commonly open a sentence (decides "in the U.S. The agency…").
OPENERS = frozenset(
    """the this that these those it its in on at for a an but however and if when while
    there they we he she you i our his her their what how why as after before although
    because many most some one two three also finally still yet so thus then researchers
    studies patients people""".split()
)

_BOUNDARY = re.compile(
    r"""[.!?…]+            # terminal punctuation
        ["'”’)\]]*          # closing quotes/brackets
        (?:\[\d+(?:[,–-]\d+)*\]|\(\d+\))?  # a citation marker right after: "[3]" "(4)"
        (?=\s+|$)""",
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[]*)(\S+)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(s, e)`` within ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    seg_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end()
        if not _is_boundary(text, m.start(), stop, end):
            continue
        spans.append((seg_start, stop))
        seg_start = stop
    spans.append((seg_start, end))
    # also break at blank-ish hard line breaks inside a block (e.g. a line without
    # punctuation followed by another line in a plain-text paragraph) is *not* done: a
    # soft break is whitespace in Markdown.
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_boundary(text: str, punct_start: int, punct_end: int, limit: int) -> bool:
    if punct_end >= limit:
        return True
    nxt = _NEXT_WORD.match(text, punct_end, limit)
    if nxt is None:
        return True
    next_word = nxt.group(2)
    first = next_word[0]
    if first.islower():
        return False  # "e.g. the", "2.5 mg. daily", "vs. placebo"
    if text[punct_start] != ".":
        return True  # ! and ? end sentences (questions included)
    wb = _WORD_BEFORE.search(text, max(0, punct_start - 30), punct_start)
    if wb is None:
        return True  # "... 2016)." or "... 5." : a number or bracket before the dot
    word = wb.group(1).lower().rstrip(".")
    if punct_end - punct_start > 1 and text[punct_start:punct_end].startswith(".."):
        return True  # an ellipsis
    if len(word) == 1 and word.isalpha() and text[wb.start()].isupper():
        # a single initial ("J. Smith") unless the letter is a sentence-final word like "I"
        return word == "i" and _opener(next_word)
    if word in NEVER_FINAL:
        if word == "no" and not next_word[0].isdigit():
            return True
        return False
    if word in MAYBE_FINAL:
        return _opener(next_word)
    if "." in word and len(word) <= 6:  # other dotted abbreviations "U.K." "Ph.D."
        return _opener(next_word)
    return True


def _opener(word: str) -> bool:
    return word.strip("\"'“‘(,").lower() in OPENERS


def document_sentences(doc: Document) -> list[Sentence]:
    """Sentences of every prose block of ``doc`` (see ``Document.sentences``)."""
    from lint_rules.document import Sentence

    out: list[Sentence] = []
    for i, block in enumerate(doc.blocks):
        if not block.is_prose:
            continue
        for s, e in split_sentences(doc.text, block.start, block.end):
            out.append(Sentence(s, e, i))
    return out
