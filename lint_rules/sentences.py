"""One sentence segmentation for every rule, tuned for health writing.

A boundary is a ``.``, ``!`` or ``?`` (with any closing quotes, brackets or a citation
marker after it) followed by whitespace and something that can start a sentence. It is *not*
a boundary after:

* abbreviations that never end a sentence in practice (Dr., e.g., i.e., vs., Fig.,
  No. before a number, single initials such as "J. Smith");
* abbreviations that can end one (U.S., et al., mg., etc.) unless the next word is a
  typical sentence opener ("The", "This", "However"…);
* a place abbreviation (U.S., U.K., and a US state written AP style after its city:
  "Durham, N.C.", "Washington, D.C.", "Oak Brook, Ill.") unless the next word continues a
  name: a known head word ("U.S. Food and Drug Administration", "U.S. Army", "Mass. Eye and
  Ear"), a month (a dateline: "LANSING, Mich. August 7"), an acronym or a CamelCase brand
  ("U.S. FDA", "U.S. MarketScan"), a word followed by another capitalised word, by
  "of"/"for", or by "and"/"&" and a capitalised word ("U.S. Stem Cell", "U.S. Office of…",
  "U.K. Medicines and Healthcare…"), or a parenthesis ("Ill. (RSNA.org)", unless a
  sentence opener follows it: "Calif. (The study was…").
  Any other capitalised word starts a sentence: "DURHAM, N.C. Atrial fibrillation…",
  "…in the U.S. Obesity rates…";
* a journal name before its year ("Nutrients. 2019;11(3):e1");
* decimals ("2.5 mg") never contain whitespace after the dot, so they never split.

A single capital letter after "vitamin", "hepatitis", "type"… is a name, not an initial, so
"…low in vitamin D. Sunlight helps." splits.

Segments never cross block boundaries: a heading, list item or table cell is its own unit.
The word lists, abbreviations and the place lists (``nations``, ``dotted_states``,
``name_heads``, ``never_in_names``) live in ``knowledge/sentence_abbreviations.toml``. Pure
regular expressions, no model: it must be fast on the pre-commit path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lint_rules import knowledge
from lint_rules.store.compiled_re import compile_re

_BOUNDARY = compile_re(
    r"""[.!?…]+            # terminal punctuation
        ["'”’)\]]*          # closing quotes/brackets
        (?:\[\d+(?:[,–-]\d+)*\]|\(\d+\))?  # a citation marker right after: "[3]" "(4)"
        (?=\s+|$)""",
    re.VERBOSE,
)
_WORD_BEFORE = compile_re(r"([A-Za-z][A-Za-z.]*)$")
_PREVIOUS_WORD = compile_re(r"([A-Za-z]+)\s+$")
#: A journal citation continues after the journal name: "Nutrients. 2019;11(3):e1."
_CITATION_YEAR = compile_re(r"\s+(?:19|20)\d{2}(?:\s*[;:(]|\s+[A-Z][a-z]{2}\b)")
_NEXT_WORD = compile_re(r"\s+([\"'“‘(\[]*)(\S+)")
#: The word after the next one ("Cell" in "U.S. Stem Cell").
_WORD_AFTER = compile_re(r"\s+([A-Za-z&]\S*)")
_POSSESSIVE = compile_re(r"['’]s$")
_PRONOUN_I = compile_re(r"I(?:['’](?:m|ve|d|ll))?$")

@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The abbreviation lists (``knowledge/sentence_abbreviations.toml``), read once."""
    data = knowledge.read_toml("sentence_abbreviations.toml")
    return {key: frozenset(words) for key, words in data.items()}


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
    out = []
    for span_start, span_end in spans:
        for s, e in _capped(text, span_start, span_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
    return out


#: The longest sentence handed to rules. Real sentences stay far below it (the corpus's
#: longest is about 700 characters); a paragraph of lines with no full stop, or a
#: megabyte on one line, would otherwise be one "sentence" that rules reading the words
#: around each claim in it take quadratic time over.
MAX_SENTENCE = 1200


def _capped(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``(s, e)`` split into pieces of at most ``MAX_SENTENCE`` characters: at line breaks
    first (a line is then the unit), then at the last space before the limit, else hard."""
    if e - s <= MAX_SENTENCE:
        return [(s, e)]
    pieces: list[tuple[int, int]] = []
    start = s
    while e - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind("\n", start + 1, limit)
        if cut < 0:
            cut = max(text.rfind(" ", start + 1, limit), text.rfind("\t", start + 1, limit))
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, e))
    return pieces


def _is_boundary(text: str, punct_start: int, punct_end: int, limit: int) -> bool:
    if punct_end >= limit:
        return True
    nxt = _NEXT_WORD.match(text, punct_end, limit)
    if nxt is None:
        return True
    next_word = nxt.group(2)
    first = next_word[0]
    if first.islower() or first in "-–—":
        return False  # "e.g. the", "2.5 mg. daily", "vs. placebo", "TAMPA, Fla. — A study…"
    if text[punct_start] != ".":
        return True  # ! and ? end sentences (questions included)
    wb = _WORD_BEFORE.search(text, max(0, punct_start - 30), punct_start)
    if wb is None:
        return True  # "... 2016)." or "... 5." : a number or bracket before the dot
    word = wb.group(1).lower().rstrip(".")
    if punct_end - punct_start > 1 and text[punct_start:punct_end].startswith(".."):
        return True  # an ellipsis
    if _CITATION_YEAR.match(text, punct_end, limit):
        return False
    if len(word) == 1 and word.isalpha() and text[wb.start()].isupper():
        # a single initial ("J. Smith") unless the letter names something ("vitamin D.
        # Sunlight…", "hepatitis B. The…"), or is the word "I" before a sentence opener
        prev = _PREVIOUS_WORD.search(text, max(0, wb.start() - 30), wb.start())
        if prev is not None and prev.group(1).lower() in _lists()["letter_names"]:
            return True
        return word == "i" and _opener(next_word)
    if word in _lists()["never_final"]:
        return word == "no" and not next_word[0].isdigit()  # "No." ends "The answer was No."
    written = wb.group(1).rstrip(".")
    if _is_place(text, word, written, wb.start()):
        return _place_ends(text, nxt, limit)
    if word in _lists()["maybe_final"] or (
        word in _lists()["states"] and written[:1].isupper() and written[1:].islower()
    ):
        return _opener(next_word)
    if "." in word and len(word) <= 6:  # other dotted abbreviations "U.K." "Ph.D."
        return _opener(next_word)
    return True


def _is_place(text: str, word: str, written: str, start: int) -> bool:
    """``written`` (before its final dot, at ``start``) is a place abbreviation: a nation
    anywhere, a US state only after "City, " (AP style) or "Washington D.C."."""
    if word in _lists()["nations"]:
        return True
    if not (word in _lists()["dotted_states"] or (
            word in _lists()["states"] and written[:1].isupper() and written[1:].islower())):
        return False
    before = text[max(0, start - 12):start]
    return before.rstrip(" ").endswith(",") or (word == "d.c" and before.endswith("Washington "))


def _place_ends(text: str, nxt: re.Match[str], limit: int) -> bool:
    """A sentence ends at a place abbreviation unless the next word continues a name."""
    next_word = nxt.group(2)
    if _opener(next_word):
        return True
    if "(" in nxt.group(1) or "[" in nxt.group(1):
        return False  # "Rockville, Md. (November 15, 2018)", "Oak Brook, Ill. (RSNA.org)"
    bare = _POSSESSIVE.sub("", next_word.rstrip(".,:;!?\"'”’)"))
    if not bare[:1].isupper() or bare.lower() in _lists()["name_heads"]:
        return False
    if sum(ch.isupper() for ch in bare) > 1:
        return False  # an acronym or a brand: "U.S. FDA", "U.S. MarketScan"
    if bare != next_word or bare.lower() in _lists()["never_in_names"]:
        return True  # "Dr." in "…in the U.S. Dr. Lee said"; "…Ariz. By April, …"
    after = _WORD_AFTER.match(text, nxt.end(), limit)
    if after is None:
        return True
    word = after.group(1)
    if _PRONOUN_I.match(word):
        return True  # "…Valley, N.Y. “Now I’m able…"
    if word in ("and", "&"):  # "U.K. Medicines and Healthcare…", not "Clinicians and researchers"
        after = _WORD_AFTER.match(text, after.end(), limit)
        return after is None or not after.group(1)[0].isupper()
    return not (word[0].isupper() or word in ("of", "for"))


def _opener(word: str) -> bool:
    return word.strip("\"'“‘(,").lower() in _lists()["openers"]
