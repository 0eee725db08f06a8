"""Adversarial strings for a regular expression, and a timer that can stop a match.

Why: a pattern backtracks catastrophically when one character (or a short run of them) can
be consumed in many ways by nested or adjacent repeats, and the match then fails after it.
So for each pattern we build a few example strings from its own parse tree (one walk per
alternative, a list of plain words walked as one, each repeat taken a few times, each
character of each set taken once), then "pump" every character and character
pair of the example (repeat it many times at that point) and end the string with a
character nothing expects. A pattern whose time grows exponentially in the pump hangs on
a pump of 30; one that grows polynomially shows on a pump of a few thousand.

This is the classic attack-string construction of the ReDoS checkers (regexploit,
rescue, recheck), driven by the pattern's real parse tree (``re._parser``), so it also
understands Python 3.11's atomic groups and possessive repeats; and it judges by timing
the real pattern, so it reports only what really happens.
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager

try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_CATEGORY_CHARS = {
    C.CATEGORY_DIGIT: "7", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_SPACE: " ",
    C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_WORD: "a", C.CATEGORY_NOT_WORD: "-",
    C.CATEGORY_LINEBREAK: "\n", C.CATEGORY_NOT_LINEBREAK: "a",
}
_PROBES = "aA7 -.,:'\n\"("


def _set_chars(items: list, negate: bool = False) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE:
            chars.append(chr(av[0]))
            if av[1] - av[0] > 1:
                chars.append(chr(av[0] + 1))
        elif op is C.CATEGORY:
            chars.append(_CATEGORY_CHARS.get(av, "a"))
    if negate:
        return [c for c in _PROBES if c not in chars][:2] or ["\x01"]
    return chars or ["a"]


def examples(pattern: str, flags: int = 0, count: int | None = None) -> list[list[tuple[str, bool]]]:
    """Up to ``count`` strings (by default as many as the widest alternation has
    branches to walk, at most 24) the pattern might match (lookarounds are ignored, so some
    may not), as ``(character, variable)`` pairs: ``variable`` when a set, a category or a
    repeat produced the character (only there can two parts of a pattern compete for it).
    Example ``k`` takes the ``k``-th alternative of each branch (of the ones ``_units``
    walks: a list of plain words is one) and the ``k``-th character of each set, and each
    repeat ``min + 1`` times (at least twice)."""
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:
        return []
    if count is None:
        count = min(24, max(4, _widest(tree)))
    out: list[list[tuple[str, bool]]] = []
    for k in range(count):
        chars = list(_walk(tree, k, 0, False))
        if chars not in out:
            out.append(chars)
    return out


def _widest(seq, depth: int = 0, repeated: bool = False) -> int:
    """The most branches one alternation has to walk (``_units``) or characters one set
    offers: examples enough to take each of them once (a set's characters used to be taken
    only as far as the widest alternation's count of branches went)."""
    widest = 1
    if depth > 40:
        return widest
    for op, av in seq:
        if op is C.IN:
            widest = max(widest, len(_set_chars(av)))
        elif op is C.BRANCH:
            units = _units(av[1], repeated)
            widest = max(widest, len(units), *(_widest(b, depth + 1, repeated) for b in units))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            widest = max(widest, _widest(av[2], depth + 1, repeated or av[1] > 1))
        elif op is C.SUBPATTERN:
            widest = max(widest, _widest(av[-1], depth + 1, repeated))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            widest = max(widest, _widest(av, depth + 1, repeated))
    return widest


def _units(branches: list, repeated: bool) -> list:
    """The branches of an alternation the examples walk, one an example: every branch that
    is not a plain word (``plain_words``), and the first plain word standing for them all.

    Why: a plain word is a fixed string matched in one way, so examples that differ only in
    which word stands there differ in nothing two parts of the pattern could compete for;
    walking a list of 173 verbs as 24 examples made the audit pump and time 24 copies of
    every other part of the pattern (the audit's longest pattern). The branches
    that can backtrack are now all walked first, where a 40-word list used to hide a 30th
    branch the 24 examples never reached. Inside a repeat every branch is walked, as
    before: there the words follow each other, and two of them can spell the same text
    ("ab" twice and "abab")."""
    if repeated:
        return branches
    plain = [b for b in branches if _plain(b, 1)]
    if not plain:
        return branches
    return [b for b in branches if not _plain(b, 1)] + plain[:1]


_RUN_CHARS = {(C.CATEGORY, C.CATEGORY_SPACE), (C.LITERAL, ord(" ")), (C.LITERAL, ord("-"))}


def plain_words(branches: list, depth: int = 0) -> bool:
    """Every branch is a fixed word or phrase: literal characters, a set of single
    characters (``[’']``), an optional letter or piece (``effects?``), a run of white space
    or hyphens between two words (``side[\\s-]+effects``), a group of such alternatives. Each
    matches a given text in at most one way (a run between two word characters cannot
    give or take a character of either); a ``\\w+``, a ``.*``, a run at a word's edge or any
    other repeat makes the alternation not plain."""
    return depth <= 40 and all(_plain(branch, depth + 1) for branch in branches)


def _plain(seq, depth: int) -> bool:
    for i, (op, av) in enumerate(seq):
        if op is C.LITERAL:
            continue
        if op is C.IN and all(o is C.LITERAL for o, _ in av):
            continue
        if op is C.SUBPATTERN:
            if _plain(av[-1], depth + 1):
                continue
            return False
        if op is C.BRANCH:
            if plain_words(av[1], depth + 1):
                continue
            return False
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            _lo, hi, body = av
            if hi <= 1 and _plain(body, depth + 1):
                continue  # once or not at all
            if _is_run(body) and _word_char_at(seq[i - 1:i], last=True) and _word_char_at(seq[i + 1:], last=False):
                continue
        return False
    return True


def _is_run(body) -> bool:
    """A repeat's body is one set of white space, spaces or hyphens (``\\s``, ``[\\s-]``)."""
    if len(body) != 1:
        return False
    op, av = body[0]
    if op is C.IN:
        return bool(av) and all(o in (C.CATEGORY, C.LITERAL) and (o, a) in _RUN_CHARS for o, a in av)
    return op in (C.CATEGORY, C.LITERAL) and (op, av) in _RUN_CHARS


def _word_char_at(seq, *, last: bool) -> bool:
    """``seq`` ends (``last``) or starts with a letter or digit in every way it can match."""
    if not seq:
        return False
    op, av = seq[-1] if last else seq[0]
    if op is C.LITERAL:
        return chr(av).isalnum()
    if op is C.BRANCH:
        return all(_word_char_at(b, last=last) for b in av[1])
    if op is C.SUBPATTERN:
        return _word_char_at(av[-1], last=last)
    return False


def _walk(seq, k: int, depth: int, repeated: bool) -> Iterator[tuple[str, bool]]:
    if depth > 40:
        return
    for op, av in seq:
        if op is C.LITERAL:
            yield chr(av), repeated
        elif op is C.NOT_LITERAL:
            yield ("a" if av != ord("a") else "b"), True
        elif op is C.ANY:
            yield "a", True
        elif op is C.IN:
            chars = _set_chars(av)
            yield chars[k % len(chars)], True
        elif op is C.CATEGORY:
            yield _CATEGORY_CHARS.get(av, "a"), True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av
            times = min(hi, max(lo, 1) + 1, 12)
            for _ in range(times):
                yield from _walk(body, k, depth + 1, repeated or hi > 1)
        elif op is C.SUBPATTERN:
            yield from _walk(av[-1], k, depth + 1, repeated)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            yield from _walk(av, k, depth + 1, repeated)
        elif op is C.BRANCH:
            branches = _units(av[1], repeated)
            yield from _walk(branches[k % len(branches)], k, depth + 1, repeated)
        elif op is C.GROUPREF_EXISTS:
            yield from _walk(av[1], k, depth + 1, repeated)
        # AT (anchors), ASSERT, ASSERT_NOT, GROUPREF: nothing to add


def alphabet(pattern: str, flags: int = 0, limit: int = 8) -> list[str]:
    """Characters the pattern's sets and categories accept (one per category), the ones
    most likely to be claimed by two repeats at once."""
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:
        return []
    found: dict[str, None] = {}

    def visit(seq, depth: int) -> None:
        if depth > 40:
            return
        for op, av in seq:
            if op is C.IN:
                for c in _set_chars(av):
                    found[c] = None
            elif op is C.CATEGORY:
                found[_CATEGORY_CHARS.get(av, "a")] = None
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                visit(av[2], depth + 1)
            elif op is C.SUBPATTERN:
                visit(av[-1], depth + 1)
            elif op is getattr(C, "ATOMIC_GROUP", None):
                visit(av, depth + 1)
            elif op is C.BRANCH:
                for b in av[1][:24]:
                    visit(b, depth + 1)

    visit(tree, 0)
    return list(found)[:limit]


def attacks(pattern: str, flags: int = 0, pump: int = 30) -> Iterator[str]:
    """Adversarial strings: at every variable position of each example, the character
    there, the pair starting there and each character of the pattern's ``alphabet``
    pumped ``pump`` times, followed by a character the pattern does not expect (or by
    nothing)."""
    seen: set[str] = set()
    extra = alphabet(pattern, flags)
    for chars in examples(pattern, flags):
        ex = "".join(c for c, _ in chars)
        for i, (c, variable) in enumerate(chars):
            if not variable or (i and ex[i - 1:i + 1] == ex[i:i + 2]):
                continue  # a fixed character, or inside a run (pumping its start is enough)
            units = {c: None, ex[i:i + 2]: None, **dict.fromkeys(extra)}
            for unit in units:
                for killer in ("\x00", ""):
                    s = ex[:i] + unit * pump + killer
                    if s not in seen:
                        seen.add(s)
                        yield s


class Timeout(Exception):
    pass


def _stop(signum, frame):  # type: ignore[no-untyped-def]
    raise Timeout()


@contextmanager
def stopwatch() -> Iterator[None]:
    """The CPU-time signal handler in place for a block of ``_timed`` searches (main
    thread, POSIX; CPU, so a loaded machine does not fail a fast pattern): ``re`` checks for
    signals while it matches, so the timer ``_timed`` arms stops a runaway match. Installed
    once for all of a pattern's attack strings, not once a string: swapping the handler in
    and out cost about 9 µs a search, ten times a short search itself, and made up a
    fifth of the whole audit's time."""
    old = signal.signal(signal.SIGPROF, _stop)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``Timeout`` in the block after ``seconds`` of CPU time."""
    with stopwatch():
        signal.setitimer(signal.ITIMER_PROF, seconds)
        yield


def worst_case(compiled: re.Pattern, pump: int, limit: float) -> tuple[float, str]:
    """The slowest ``search`` over the attack strings, each stopped at ``limit`` seconds."""
    worst, worst_s = 0.0, ""
    flags = compiled.flags & ~re.UNICODE
    with stopwatch():
        for s in attacks(compiled.pattern, flags, pump):
            took = _timed(compiled, s, limit)
            if took >= limit:
                return limit, s
            if took > worst:
                worst, worst_s = took, s
        if worst > limit / 10:  # a garbage collection or a busy core, or the pattern? once more
            worst = min(worst, _timed(compiled, worst_s, limit), _timed(compiled, worst_s, limit))
    return worst, worst_s


def _timed(compiled: re.Pattern, s: str, limit: float) -> float:
    """CPU seconds ``compiled.search(s)`` takes, ``limit`` when stopped there; inside
    ``stopwatch``. The timer is armed for this search alone, so each string has the whole
    limit, as when every search had a handler of its own."""
    clock = time.process_time
    t0 = clock()
    try:
        signal.setitimer(signal.ITIMER_PROF, limit)
        compiled.search(s)
        signal.setitimer(signal.ITIMER_PROF, 0)
    except Timeout:
        return limit
    return clock() - t0
