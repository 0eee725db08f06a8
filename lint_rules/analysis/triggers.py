"""Sentence trigger index: the sentences a reader's pattern can match in, found once per
document.

Why: many readers ask every sentence (or a window of one) their own question, one
``pattern.search`` each — about 1,800 searches an article, 17 % of the CPU (issue 17,
speed17–18). Most of those searches fail, and most fail because the sentence holds none
of the words the pattern cannot match without. A reader asks ``may_match(doc, pattern, k)``
first: False only where no match of ``pattern`` can lie inside sentence ``k``, so the search
it skips would have found nothing there.

**The triggers, derived from the pattern itself, not hand-listed**: ``required_literals``
(``store/compiled_re.py``) reads the pattern's parse tree and gives the strings of which
every match contains one (the literals of each branch of an alternation every match must
pass through, "worry|had|reported…" for "(?:no one|nobody) (?:worry|had|reported…)").
Lookarounds and optional parts never give a trigger, so the test is on the characters a
match consumes. A pattern whose parse gives no such strings (or only ones shorter than
two characters) has no triggers: ``sentences_with`` returns None and ``may_match`` True for
every sentence, so that reader keeps reading every sentence as before.

**The index, one scan of the document per trigger word**: the document's text is folded
once as ``required_literals`` asks (``fold``: lower case, the four letters IGNORECASE
equates with another ASCII letter mapped to it), with typographic apostrophes and quotes
read as ASCII ones (readers that look at a copy with them mapped, ``claim_limits.
sentence_text``, find only more there; mapping them only adds sentences). Each trigger
word is looked for with ``str.find`` and, once found in a sentence, looked for again from
the next sentence's start: one C-speed pass over the text a word, with one step a sentence
that holds it. The sentences each word is in are kept for the document and shared by every
pattern that has the word; a pattern's sentences are the union of its words'.

Exact by construction: a match inside sentence ``k`` (between its start and end, whatever
window a reader cuts inside it) holds a trigger inside ``k``, which the index has found.
``tests/test_sentence_triggers.py`` checks every pattern asked while the tests' documents
are read against every sentence: a sentence its search matches and the index left out
fails the test.
"""

from __future__ import annotations

import bisect
import functools
import re

from lint_rules.document import Document
from lint_rules.store.compiled_re import fold, required_literals

#: Typographic apostrophes and quotes read as ASCII (one character for one: offsets kept).
_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))

#: Every pattern ``may_match`` has been asked about in this process (the test reads it).
ASKED: set[re.Pattern[str]] = set()


@functools.lru_cache(maxsize=1024)
def trigger_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings every match of ``pattern`` contains one of (lower case), or None when its
    parse gives none two characters long: then it has no triggers."""
    return required_literals(pattern)


class _Index:
    """One document's folded text and the sentences each trigger word was found in."""

    __slots__ = ("ends", "of_pattern", "of_word", "starts", "text")

    def __init__(self, doc: Document) -> None:
        folded = fold(doc.text)
        if not folded.isascii():
            for typographic, plain in _QUOTES:  # (``replace`` each: ``translate`` goes by character)
                folded = folded.replace(typographic, plain)
        self.starts = [s.start for s in doc.sentences]
        self.ends = [s.end for s in doc.sentences]
        in_order = all(e <= s for e, s in zip(self.ends, self.starts[1:], strict=False))
        # "" -> no index: offsets moved in folding, or sentences out of order (never seen)
        self.text = folded if len(folded) == len(doc.text) and in_order else ""
        self.of_word: dict[str, frozenset[int]] = {}
        self.of_pattern: dict[re.Pattern[str], frozenset[int] | None] = {}

    def sentences_of(self, word: str) -> frozenset[int]:
        found = self.of_word.get(word)
        if found is None:
            found = self.of_word[word] = frozenset(self._scan(word))
        return found

    def _scan(self, word: str) -> list[int]:
        text, starts, ends, n = self.text, self.starts, self.ends, len(word)
        out: list[int] = []
        at = text.find(word)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and at + n <= ends[k]:
                out.append(k)  # inside sentence k: the next place to look is the next sentence
                if k + 1 >= len(starts):
                    break
                at = text.find(word, starts[k + 1])
            elif k + 1 < len(starts) and at < starts[k + 1]:
                # between sentences, or running past the end of sentence k (a later start in
                # k runs past it too): the next sentence is the next place it may count
                at = text.find(word, starts[k + 1])
            else:
                break
        return out


def _index(doc: Document) -> _Index:
    return doc.analysis("sentence-triggers", _Index)


def sentences_with(doc: Document, pattern: re.Pattern[str]) -> frozenset[int] | None:
    """The indices of the sentences of ``doc`` that hold one of ``pattern``'s trigger words
    (no match of it can lie inside any other sentence), or None when the pattern has no
    triggers or the text could not be folded in place: every sentence, then."""
    index = _index(doc)
    if pattern in index.of_pattern:
        return index.of_pattern[pattern]
    words = trigger_words(pattern)
    found: frozenset[int] | None = None
    if words is not None and index.text:
        found = frozenset().union(*(index.sentences_of(w) for w in words))
    index.of_pattern[pattern] = found
    return found


def may_match(doc: Document, pattern: re.Pattern[str], k: int) -> bool:
    """False only where no match of ``pattern`` can lie inside sentence ``k``: a reader
    searching the sentence, or a window of it, asks this first and skips the search on
    False."""
    if pattern not in ASKED:
        ASKED.add(pattern)
    found = sentences_with(doc, pattern)
    return found is None or k in found
