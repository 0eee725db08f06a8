"""Sentence trigger index: the sentences a reader's pattern can match in, known from one
reading of the document's words.

Why: many readers ask every sentence (or a window of one) their own question, one
``pattern.search`` each: about 1,800 searches an article, 17 % of the CPU (issue 17,
speed17-18). Most fail because the sentence holds none of the words the pattern cannot
match without. A reader asks ``may_match(doc, pattern, k)`` (or ``may_match_between`` for a
window) first: False only where no match of ``pattern`` can lie there, so the search it
skips would have found nothing.

**The triggers, derived from the pattern itself, not hand-listed** (``trigger_words``): the
whole words of which every match holds one, read from the pattern's parse tree: each
required run of literals and small alternations spelt out, and of each spelling a word of
letters that the pattern closes on both sides (``\\b``, a space, ``\\s+``, ``(?<![a-z])``
under IGNORECASE…). ``\\b(?:worry|had|reported)\\b`` gives {"worry", "had", "reported"};
``no\\s*(?:one|body)`` gives none for "no" (``\\s*`` may be empty: "noone") but {"one",
"body"} when a closing item follows. A pattern that gives none has no triggers and its
reader keeps reading every sentence.

**The index, one reading of the document** (``_Index``): the document's text folded as
IGNORECASE folds it (``store.compiled_re.fold``), and each sentence's words, the maximal runs
of letters a-z in it, as a set. A gate is then a set intersection (``isdisjoint``), about
0.3 µs. Exact by construction: a whole word a match holds is a maximal run of letters of
the text, inside the window the reader searched, so inside the sentence. Where that could
fail, every sentence is read: a sentence (or window) whose edge falls inside a run of
letters (a search's ``endpos`` ends the text for ``\\b`` and ``$``, so a word cut there would
look whole), a text whose folding moves offsets or holds one of the four letters IGNORECASE
equates with another ASCII letter (a case-sensitive class may tell them apart).

Readers must search ``doc.text`` or a copy with the same offsets and letters (lower case,
typographic apostrophes as ASCII). ``tests/test_sentence_triggers.py`` reads every pattern
asked here over the tests' documents: a sentence its search matches that the index leaves
out fails the test.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from lint_rules.document import Document
from lint_rules.store.compiled_re import fold

#: Every pattern a gate has been asked about in this process, in the order first asked (the
#: test reads them).
ASKED: list[re.Pattern[str]] = []

#: The characters IGNORECASE equates with an ASCII letter other than their own case.
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"
_SPACES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))



try:  # CPython's parser of regular expressions (as ``store/compiled_re.py`` reads it)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters: no triggers, every sentence read
    _C = _P = None

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_C, name)) if _C is not None else ()
#: The most strings a run of literals and small alternations is spelt out into.
_MOST_SPELLINGS = 512


def _folded(code: int) -> str:
    return fold(chr(code))


def _no_letter_class(items: Any, ignorecase: bool) -> bool:
    """A character class (``IN``'s items) none of whose characters folds to a letter a-z:
    a character it matches ends any word of letters."""
    for op, av in items:
        if op is _C.LITERAL:
            if any(ch in _LETTERS for ch in _folded(av)):
                return False
        elif op is _C.RANGE:
            lo, hi = av
            if (lo <= ord("z") and hi >= ord("A")) or hi >= 0x130:  # letters, or the odd folds
                return False
        elif op is _C.CATEGORY:
            if av not in (_C.CATEGORY_SPACE, _C.CATEGORY_DIGIT, _C.CATEGORY_NOT_WORD):
                return False
        else:  # NEGATE and anything else
            return False
    return True


def _every_letter_class(items: Any, ignorecase: bool) -> bool:
    """A character class that matches every letter a-z and A-Z (``[a-z]`` only under
    IGNORECASE, ``\\w``): a lookaround that refuses it says the next (or previous)
    character is no letter."""
    lower = upper = False
    for op, av in items:
        if op is _C.CATEGORY and av is _C.CATEGORY_WORD:
            return True
        if op is _C.RANGE:
            lower = lower or (av[0] <= ord("a") and av[1] >= ord("z"))
            upper = upper or (av[0] <= ord("A") and av[1] >= ord("Z"))
        elif op is _C.NEGATE:
            return False
    return lower and (upper or ignorecase)


def _closes(op: Any, av: Any, ignorecase: bool) -> bool:
    """An item at which no word of letters can go on: a word boundary, the start or end of
    the text, a character that is no letter, one or more such characters, a lookaround that
    refuses a letter. A word of letters a match holds that such items stand on both sides
    of is a whole word of the text (a run of letters with none before or after it)."""
    if op is _C.AT:
        return av in (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_BEGINNING_LINE,
                      _C.AT_END, _C.AT_END_STRING, _C.AT_END_LINE)
    if op is _C.LITERAL:
        return not any(ch in _LETTERS for ch in _folded(av))
    if op is _C.IN:
        return _no_letter_class(av, ignorecase)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1:
        return _item_closes(av[2].data[0], ignorecase) and av[2].data[0][0] is not _C.AT
    if op is _C.ASSERT_NOT and len(av[1].data) == 1 and av[1].data[0][0] is _C.IN:
        return _every_letter_class(av[1].data[0][1], ignorecase)
    return False


def _group_case(av: Any, ignorecase: bool) -> bool:
    """IGNORECASE inside a group that sets or clears it ("(?-i:…)")."""
    return bool((ignorecase or av[1] & re.IGNORECASE) and not av[2] & re.IGNORECASE)


def _item_closes(item: Any, ignorecase: bool) -> bool:
    return _closes(item[0], item[1], ignorecase)


def _spellings(items: Any) -> set[str] | None:
    """Every string ``items`` can match, when they are literals, classes of a few literals,
    alternations and optional parts of those (``effects?``, ``worr(?:y|ied)``); else None."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            options = {_folded(av)}
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            options = {_folded(a) for _, a in av}
        elif op is _C.BRANCH:
            options = set()
            for alternative in av[1]:
                spelt = _spellings(alternative.data)
                if spelt is None:
                    return None
                options |= spelt
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:  # (a group: no flags set or cleared)
            options = _spellings(av[3].data)  # type: ignore[assignment]
            if options is None:
                return None
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] in (0, 1) and av[1] == 1:
            options = _spellings(av[2].data)  # type: ignore[assignment]
            if options is None:
                return None
            if av[0] == 0:
                options = options | {""}
        else:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > _MOST_SPELLINGS:
            return None
    return out


def _whole_words(spelt: set[str], closed_before: bool, closed_after: bool) -> frozenset[str] | None:
    """One whole word of letters for each spelling (its longest), or None when a spelling
    holds none: a word is whole where a non-letter, or a closing item at the run's edge,
    stands on each side of it."""
    out = set()
    for s in spelt:
        pieces = re.split(r"[^a-z]", s)
        whole = [p for i, p in enumerate(pieces) if len(p) >= 2
                 and (i > 0 or closed_before) and (i < len(pieces) - 1 or closed_after)]
        if not whole:
            return None
        out.add(max(whole, key=len))
    return frozenset(out)


def _ends_closed(items: Any, ignorecase: bool, closed: bool) -> bool:
    """Whether, after ``items`` (with ``closed`` before them), the last character consumed is
    no letter (or nothing was consumed after a closed place): a word starting next is whole
    on its left. "(?:[\\w']+ ){0,3}" after a space ends closed whatever it matches."""
    for op, av in items:
        if _closes(op, av, ignorecase):
            closed = True
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            pass  # consumes nothing
        elif op in _REPEATS:
            body = _ends_closed(av[2].data, ignorecase, closed)
            closed = (closed and body) if av[0] == 0 else body
        elif op is _C.BRANCH:
            closed = all(_ends_closed(alt.data, ignorecase, closed) for alt in av[1])
        elif op is _C.SUBPATTERN:
            closed = _ends_closed(av[3].data, _group_case(av, ignorecase), closed)
        else:
            closed = False
    return closed


def _closed_at(items: Any, j: int, ignorecase: bool, closed_after: bool) -> bool:
    """Whether a word ends at ``items[j]``: the first item there that is not a lookaround
    (which consumes nothing) closes, or the items end where the caller's context closes."""
    while j < len(items) and items[j][0] in (_C.ASSERT, _C.ASSERT_NOT) and not _item_closes(items[j], ignorecase):
        j += 1
    return closed_after if j == len(items) else _item_closes(items[j], ignorecase)


def _required_words(items: Any, ignorecase: bool, closed_before: bool = False,
                    closed_after: bool = False) -> list[frozenset[str]]:
    """Sets of whole words of which every match of ``items`` holds one (each set found in
    one place of the pattern). ``closed_before``/``closed_after``: the items stand right after
    (before) an item that ends a word."""
    found: list[frozenset[str]] = []
    items = list(items)
    i, closed = 0, closed_before
    while i < len(items):
        op, av = items[i]
        if _closes(op, av, ignorecase):
            closed, i = True, i + 1
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            i += 1  # a lookaround consumes nothing: what stands on each side of it is unchanged
            continue
        # the longest run of items that spell out a few strings
        j, spelt = i, None
        while j < len(items) and not _item_closes(items[j], ignorecase):
            trial = _spellings(items[i:j + 1])
            if trial is None:
                break
            spelt, j = trial, j + 1
        if spelt is not None and j < len(items) and items[j][0] is _C.BRANCH:
            # the parser moves a prefix the alternatives share out of them ("\\bunc" before
            # "ertain\\b|lear\\b"): each alternative read with it and what follows
            alternatives = [_required_words(items[i:j] + list(alt.data) + items[j + 1:], ignorecase, closed,
                                            closed_after) for alt in items[j][1][1]]
            if all(alternatives):
                found.append(frozenset().union(*(min(a, key=len) for a in alternatives)))
                return found
        if spelt is not None:
            words = _whole_words(spelt, closed, _closed_at(items, j, ignorecase, closed_after))
            if words:
                found.append(words)
            closed = all(w[-1:] not in _LETTERS if w else closed for w in spelt)
            i = j
            continue
        # an item that is no spelling: a branch every alternative of which holds whole words,
        # a group, a repeat at least once
        after = _closed_at(items, i + 1, ignorecase, closed_after)
        inner: list[frozenset[str]] = []
        if op is _C.BRANCH:
            alternatives = [_required_words(alt.data, ignorecase, closed, after) for alt in av[1]]
            if all(alternatives):
                inner = [frozenset().union(*(min(a, key=len) for a in alternatives))]
        elif op is _C.SUBPATTERN:
            inner = _required_words(av[3].data, _group_case(av, ignorecase), closed, after)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            inner = _required_words(av[2].data, ignorecase, closed, after and av[1] == 1)
        found.extend(inner)
        closed, i = _ends_closed([(op, av)], ignorecase, closed), i + 1
    return found


def trigger_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """``_trigger_words`` kept by the pattern's identity (the pattern kept alive in
    ``ASKED``): a gate costs a dictionary look-up, not a pattern's hash (a Python-level
    ``__hash__`` for the disk-cached patterns)."""
    key = id(pattern)
    if key in _TRIGGERS:
        return _TRIGGERS[key]
    found = _TRIGGERS[key] = _trigger_words(pattern)
    ASKED.append(pattern)
    return found


_TRIGGERS: dict[int, frozenset[str] | None] = {}


def _trigger_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The whole words (letters a-z, lower case, two or more) of which every match of
    ``pattern`` holds one, or None when its parse gives none (or this interpreter has no
    parser to read): then the pattern has no triggers and every sentence is read.

    Read from the pattern's parse tree: a run of literals, classes of a few literals,
    alternations and optional parts is spelt out (``\\beffects?\\b`` -> "effect",
    "effects"); a word of letters in it is whole where an item that ends a word stands on
    each side (``\\b``, ``^``/``$``, a space or other non-letter, ``\\s+``, a lookaround
    that refuses a letter, ``(?<![a-z])`` under IGNORECASE); of each spelling its longest
    whole word. An alternation whose every alternative has such words gives their union.
    Where several places of the pattern give words, the set of fewest words is kept."""
    if _P is None:
        return None
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parse this reader does not know: no triggers
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    found = _required_words(parsed.data, ignorecase)
    return min(found, key=len) if found else None


class _Index:
    """One document's folded text and each sentence's words (None: read every time)."""

    __slots__ = ("ends", "spaced", "starts", "text", "uncut", "words")

    def __init__(self, doc: Document) -> None:
        text = fold(doc.text)
        sentences = doc.sentences
        self.starts = [s.start for s in sentences]
        self.ends = [s.end for s in sentences]
        self.words: list[frozenset[str] | None] = [None] * len(sentences)
        self.uncut: set[int] = set()
        self.text = self.spaced = ""
        if len(text) != len(doc.text) or any(ch in doc.text for ch in _ODD_FOLDS):
            return  # no index: every sentence is read
        if not all(e <= s for e, s in zip(self.ends, self.starts[1:], strict=False)):
            return  # sentences out of order (never seen)
        self.text = text
        # every character but a-z as a space, one for one (a character outside ASCII is
        # encoded as "?" first; ``bytes.translate``, as ``str.translate`` with a mapping goes
        # character by character in Python): a sentence's words are its ``split``, the runs of a-z
        self.spaced = text.encode("ascii", "replace").translate(_SPACES).decode("ascii")

    def words_of(self, k: int) -> frozenset[str] | None:
        """Sentence ``k``'s words, read when first asked (most readers ask few sentences)."""
        words = self.words[k]
        if words is None and self.text and k not in self.uncut:
            start, end = self.starts[k], self.ends[k]
            if self.cuts_word(start) or self.cuts_word(end):
                self.uncut.add(k)  # (a sentence that cuts a word: read every time)
                return None
            words = self.words[k] = frozenset(self.spaced[start:end].split())
        return words

    def cuts_word(self, at: int) -> bool:
        """``at`` falls between two letters: a word cut there."""
        text = self.text
        return 0 < at < len(text) and text[at - 1] in _LETTERS and text[at] in _LETTERS


def _index(doc: Document) -> _Index:
    return doc.analysis("sentence-triggers", _Index)


def may_match(doc: Document, pattern: re.Pattern[str], k: int) -> bool:
    """False only where no match of ``pattern`` can lie inside sentence ``k`` (none of its
    trigger words is a word of the sentence): a reader searching the sentence, or a window
    of it that cuts no word, asks this first and skips the search on False."""
    triggers = trigger_words(pattern)
    if triggers is None:
        return True
    words = _index(doc).words_of(k)
    return words is None or not triggers.isdisjoint(words)


def may_match_between(doc: Document, pattern: re.Pattern[str], start: int, end: int) -> bool:
    """``may_match`` for a reader that searches ``doc.text`` between ``start`` and ``end``
    (``pos``/``endpos``, or a slice): False only where that window lies inside one sentence,
    cuts no word at either edge, and the sentence holds none of the trigger words; any other
    window is searched."""
    if trigger_words(pattern) is None:
        return True
    index = _index(doc)
    k = bisect.bisect_right(index.starts, start) - 1
    if k < 0 or end > index.ends[k] or not index.text or index.cuts_word(start) or index.cuts_word(end):
        return True
    return may_match(doc, pattern, k)
