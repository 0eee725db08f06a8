"""Regular expressions compiled once per machine instead of once per process.

Why: healthlint's rules hold about 230 regular expressions, several of them alternations of
hundreds of cue phrases read from the data files, and compiling them took about 60 ms of
the 300 ms a pre-commit run of one article may take. Compilation in ``re`` is pure Python
(parse, then generate the SRE program); only the last step, ``_sre.compile``, is C. CPython
offers no public way to keep a compiled pattern between processes, so ``compile_re`` keeps
what ``re`` hands to ``_sre.compile`` (the program as 32-bit words, the flags, the group
names) in one ``marshal`` file in the user cache folder, and later builds the pattern from
it with that same call. Loading the whole store takes about 5 ms.

Why it is safe:
- the store is keyed by the interpreter (``sys.version``, ``_sre.MAGIC``, the code word
  size), so a program is only ever given back to the interpreter that generated it;
- ``_sre.compile`` validates every program it receives and raises on a damaged one; then,
  or on any other error reading the store, the pattern is compiled by ``re.compile``;
- the result is an ordinary ``re.Pattern`` of the same pattern text and flags as what
  ``re.compile`` returns, with the same program or a factored one (below);
  ``tests/test_compiled_re.py`` checks that for every pattern healthlint uses;
- on another interpreter (PyPy), or where ``re``'s internals are not the ones this module
  knows, ``compile_re`` is ``re.compile``. ``HEALTHLINT_NO_REGEX_CACHE=1`` turns it off.

Alternations are factored by their first character before the program is generated
(``_factor``): ``(?:side effects|adverse|allergic|abdominal pain)`` becomes ``(?:side
effects|a(?:dverse|llergic|bdominal pain))``. SRE tries the branches of an alternation one
by one at every position it starts from (with ``IGNORECASE`` it cannot even skip a branch
on its first letter), so the cue alternations of hundreds of phrases cost hundreds of
branch entries a word; factored, a few dozen. The matches are the same, span for span and
group for group: only branches whose first characters can match the same character are
ever tried at the same place, and their order among themselves is kept (see ``_factor``).
So the pattern served is equal (``==``) to ``re.compile``'s when no alternation factors,
and otherwise matches as it does (``tests/test_compiled_re.py`` runs both over the
fixtures and the branch orders that could differ).

New patterns are written back when the process exits (atomically; the last writer wins).
The store keeps at most ``MAX_ENTRIES`` patterns: past that it is rewritten with only the
ones the current process used, so edited word lists do not make it grow for ever.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import takewhile
from types import MappingProxyType
from typing import Any, TypeVar, cast

from lint_rules.store.digest import key_digest

#: ``re.compile`` itself, for this module's own calls: ``serving_imports`` swaps the name
#: ``re.compile`` for ``stored_pattern`` while a library is imported.
_RE_COMPILE = re.compile

T = TypeVar("T")

try:  # CPython 3.11+; anything else uses re.compile
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    _REPEATS = tuple(getattr(_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                     if hasattr(_constants, name))
    _ATOMIC = getattr(_constants, "ATOMIC_GROUP", object())
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

#: (flags, program, number of groups - 1, group index, index group). The program is bytes
#: when generated in this process or a worker, and ``(offset, length)`` in the store file
#: when read from it (``_Store.program``: read when the pattern is first used).
Entry = tuple[int, "bytes | tuple[int, int]", int, dict[str, int], tuple[str | None, ...]]

MAX_ENTRIES = 4000
_WORD = "I"  # array type code of one SRE code word
#: Part of the store's key: bump when the programs generated for a pattern change.
PROGRAM_VERSION = "factored-1|split-2"
#: The store file's first bytes: this magic, then the length of the marshalled index (8
#: bytes, little-endian), the index, then the programs one after the other.
_MAGIC = b"HLRX2\n"


def _supported() -> bool:
    return (
        _sre is not None
        and sys.implementation.name == "cpython"
        and getattr(_sre, "CODESIZE", 0) == array(_WORD).itemsize
        and hasattr(_compiler, "_code")
        and hasattr(_parser, "parse")
        and not os.environ.get("HEALTHLINT_NO_REGEX_CACHE")
    )


class _Store:
    """The on-disk table of compiled programs, loaded on first use."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, int], Entry] | None = None
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        #: programs generated since ``take_new`` last asked (a worker process sends them back)
        self.new: dict[tuple[str, int], Entry] = {}
        self.save_registered = False
        self.enabled = _supported()
        self.programs: Any = b""  #: the store file, mapped (``load``)
        self.base = 0  #: where its programs start

    def path(self) -> Any:
        from lint_rules.store.fileio import cache_dir

        key = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{PROGRAM_VERSION}"
        return cache_dir() / f"regex-{key_digest(key.encode())[:16]}.marshal"

    def load(self) -> dict[tuple[str, int], Entry]:
        """The index of the store: each pattern's flags, groups and where its program is.

        Why the programs stay in the file until used: they are 3.2 of the 3.5 MB a store
        holds after a corpus run (the cue alternations' programs run to 60 KB each), and
        unmarshalling them all was about 4 ms of every new process, most of it first-touch
        memory; the index alone loads in about 1.3 ms, and the file is mapped (``mmap``) so
        a pattern's program is copied out only when the pattern is first used (a one-line
        check uses a few hundred of the ~1,100). The file is only ever replaced by a rename
        (``atomic_write``), never written in place, so the mapping stays the file it was."""
        if self.table is None:
            self.table = {}
            try:
                import mmap

                with open(self.path(), "rb") as fh:
                    head = fh.read(len(_MAGIC) + 8)
                    if head[:len(_MAGIC)] != _MAGIC:
                        raise ValueError("not a store file")
                    size = int.from_bytes(head[len(_MAGIC):], "little")
                    loaded = marshal.loads(fh.read(size))
                    self.programs = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
                self.base = len(head) + size
                if isinstance(loaded, dict):
                    self.table = loaded
            except Exception:  # missing, unreadable or damaged: start empty
                self.table = {}
        return self.table

    def program(self, entry: Entry) -> bytes:
        """An entry's program: its own bytes, or read from the store file."""
        program = entry[1]
        if type(program) is bytes:
            return program
        offset, length = program
        start = self.base + offset
        data: bytes = self.programs[start:start + length]
        if len(data) != length:
            raise ValueError("store file shorter than its index says")
        return data

    def save(self) -> None:
        if not self.added or self.table is None:
            return
        table = self.table
        if len(table) > MAX_ENTRIES:
            table = {k: v for k, v in table.items() if k in self.used}
        from lint_rules.store.fileio import atomic_write, prune_stale

        try:
            index: dict[tuple[str, int], Entry] = {}
            programs: list[bytes] = []
            offset = 0
            for key, entry in table.items():
                try:
                    program = self.program(entry)
                except Exception:  # a damaged entry: left out, generated again when used
                    continue
                index[key] = (entry[0], (offset, len(program)), entry[2], entry[3], entry[4])
                programs.append(program)
                offset += len(program)
            head = marshal.dumps(index)
            blob = b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *programs])
            # Every program is copied out of the mapping now: release it before the rename, which
            # Windows refuses over a file that is still mapped (the store would never be updated
            # there), and serve the rest of this process from the new bytes.
            mapped, self.programs, self.base, self.table = self.programs, blob, len(blob) - offset, index
            if hasattr(mapped, "close"):
                mapped.close()
            atomic_write(self.path(), blob)
            prune_stale(self.path(), "regex")
        except (OSError, ValueError):
            pass  # read-only home or full disk: compile next time
        self.added = 0


_STORE = _Store()


def read_store_file(path: Any) -> dict[tuple[str, int], Entry]:
    """Every entry of a store file, each with its program as bytes (for tests and tools)."""
    data = path.read_bytes()
    if data[:len(_MAGIC)] != _MAGIC:
        raise ValueError(f"{path} is not a pattern store")
    size = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "little")
    base = len(_MAGIC) + 8 + size
    index = marshal.loads(data[len(_MAGIC) + 8:base])
    return {key: (e[0], data[base + e[1][0]:base + e[1][0] + e[1][1]], e[2], e[3], e[4]) for key, e in index.items()}

#: Every ``(pattern, flags)`` this process compiled through ``compile_re``, in first-use
#: order: ``tests/test_redos.py`` times each of them on adversarial text.
REGISTERED: dict[tuple[str, int], None] = {}


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, _, groups, groupindex, indexgroup = entry
    code = array(_WORD)
    code.frombytes(_STORE.program(entry))
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)
    return compiled


def _generate(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """What ``re._compiler.compile`` does, keeping the arguments of its final call."""
    parsed = _parser.parse(pattern, flags)
    if not (flags | parsed.state.flags) & re.LOCALE:
        try:
            _factor(parsed.data, flags | parsed.state.flags, parsed.state)
        except Exception:  # a parse tree this code does not know: compile it as parsed
            parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: Entry = (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
                    parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _build(pattern, entry), entry


def _first_key(item: tuple[Any, Any], ignorecase: bool) -> Any:
    """What a branch's first item must match, as a key two branches share only when one
    character could match both; None when it is not a plain character (a class, a group,
    an assertion, nothing). Under ``IGNORECASE`` an ASCII character's key is its lower
    case: no character matches two different ASCII letters (``K``, the Kelvin sign,
    matches only k), so different keys never match the same character. Other characters
    are not keyed there (their case classes are SRE's business)."""
    op, av = item
    if op is not _constants.LITERAL:
        return None
    if not ignorecase:
        return av
    return chr(av).lower() if av < 128 else None


def _factor(items: list[Any], flags: int, state: Any) -> None:
    """Factor every alternation in ``items`` (a parse tree's list of ``(op, av)``) by its
    branches' first characters, in place (see the module docstring).

    Why the matches stay the same: SRE tries an alternation's branches in order and takes
    the first with which the rest of the pattern matches. Two branches whose first
    characters differ (different keys) can never both match at one position, so which of
    them is tried first cannot matter; branches with the same first character keep their
    order inside the group they are moved to; and a branch that does not start with a
    plain character (a class, a group, an empty branch) is a barrier nothing moves
    across. Backtracking into the alternation later tries the remaining branches in the
    same order as before, for the same reasons. Groups keep their numbers (they are
    numbered when parsed)."""
    ignorecase = bool(flags & re.IGNORECASE)
    for index, (op, av) in enumerate(items):
        if op is _constants.BRANCH:
            branches = [list(b.data) for b in av[1]]
            for branch in branches:
                _factor(branch, flags, state)
            factored = _factor_branches(branches, ignorecase, state)
            items[index] = (op, (av[0], [_parser.SubPattern(state, b) for b in factored]))
        elif op is _constants.SUBPATTERN:
            _group, add, remove, sub = av
            _factor(sub.data, (flags | add) & ~remove, state)
        elif op in _REPEATS:
            _factor(av[2].data, flags, state)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            _factor(av[1].data, flags, state)
        elif op is _ATOMIC:
            _factor(av.data, flags, state)
        elif op is _constants.GROUPREF_EXISTS:
            _factor(av[1].data, flags, state)
            if av[2] is not None:
                _factor(av[2].data, flags, state)


def _factor_branches(branches: list[list[Any]], ignorecase: bool, state: Any) -> list[list[Any]]:
    out: list[list[Any]] = []
    run: dict[Any, list[list[Any]]] = {}  # first-character key -> branches, in order

    def flush() -> None:
        for group in run.values():
            if len(group) == 1:
                out.append(group[0])
                continue
            rests = _factor_branches([b[1:] for b in group], ignorecase, state)
            if len(rests) == 1:
                out.append([group[0][0], *rests[0]])
            else:
                out.append([group[0][0], (_constants.BRANCH, (None, [_parser.SubPattern(state, r) for r in rests]))])
        run.clear()

    for branch in branches:
        key = _first_key(branch[0], ignorecase) if branch else None
        if key is None:
            flush()
            out.append(branch)
        else:
            run.setdefault(key, []).append(branch)
    flush()
    return out


#: ``re.DEBUG`` as a plain int: ``int & RegexFlag`` goes through ``enum`` (about 6 µs, a
#: new ``RegexFlag`` each time), which was 4-8 ms of the ~1,300 calls of a one-article run.
_DEBUG = int(re.DEBUG)


def compile_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, served from the machine-wide store when possible."""
    flags = int(flags)
    if len(REGISTERED) < MAX_ENTRIES:  # per-document patterns must not grow it for ever
        REGISTERED[(pattern, flags)] = None
    if not _STORE.enabled or not isinstance(pattern, str) or flags & _DEBUG:
        return _RE_COMPILE(pattern, flags)
    key = (pattern, flags)
    table = _STORE.load()
    entry = table.get(key)
    if entry is not None and type(entry) is tuple and len(entry) == 5:
        _STORE.used.add(key)
        return cast("re.Pattern[str]", LazyPattern(pattern, flags, entry))
    return cast("re.Pattern[str]", NewPattern(pattern, flags))


def checked_re(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``compile_re``, compiled at once: for a pattern a user wrote (a configuration's),
    whose error must be reported where it is read, not at its first search."""
    compiled = compile_re(pattern, flags)
    if isinstance(compiled, LazyPattern):
        compiled._real()
    return compiled


def _compile_new(pattern: str, flags: int) -> re.Pattern[str]:
    """Generate ``pattern``'s program (not in the store, or its entry was damaged), keep it
    in the store, and return the pattern."""
    key = (pattern, flags)
    try:
        compiled, entry = _generate(pattern, flags)
    except Exception:
        compiled = _RE_COMPILE(pattern, flags)  # raises the caller's error, if it is one
        _STORE.enabled = False  # re compiles what we could not: its internals are not ours
        return compiled
    keep_new({key: entry})
    _STORE.new[key] = entry
    return compiled


def stored_pattern(pattern: Any, flags: int | re.RegexFlag = 0) -> re.Pattern[Any]:
    """``re.compile(pattern, flags)`` as a real ``re.Pattern``, built from the store's program
    when it has one (and stored when it had not): what ``serving_imports`` hands to the
    packages it names. Calls from any other module, bytes patterns, ``re.DEBUG`` and a store
    that is off go to ``re``."""
    caller = sys._getframe(1).f_globals.get("__name__", "")
    flags = int(flags)
    if (not _STORE.enabled or type(pattern) is not str or flags & _DEBUG or not _SERVED
            or not isinstance(caller, str) or not (caller in _SERVED or caller.startswith(_SERVED_IN))):
        return _RE_COMPILE(pattern, flags)
    key = (pattern, flags)
    entry = _STORE.load().get(key)
    if entry is not None:
        try:
            _STORE.used.add(key)
            return _build(pattern, entry)
        except Exception:  # a damaged entry: generated afresh below
            pass
    return _compile_new(pattern, flags)


#: The packages (names and their submodules) whose ``re.compile`` calls ``stored_pattern``
#: serves, while ``serving_imports`` is on.
_SERVED: tuple[str, ...] = ()
#: Their submodules' prefixes ("yaml."): "yamlfake" is no module of "yaml".
_SERVED_IN: tuple[str, ...] = ()


@contextmanager
def serving_imports(*packages: str) -> Iterator[None]:
    """While ``packages`` are imported, their modules' ``re.compile`` calls are served by
    ``stored_pattern``.

    Why: markdown-it (58 patterns) and PyYAML (10, among them its large character
    classes) compile their patterns when imported, 4.6 ms each of a new process that reads a
    Markdown article with front matter. How: ``re.compile`` is swapped for the duration of
    the ``import`` statements only, in a process with no other thread (another thread's
    ``re.compile`` must not see the swap), and put back however the block ends. Only calls
    from the named packages' own modules are served, so the store holds the same patterns
    whichever standard modules they happen to import first (``textwrap`` imported inside the
    block in one run and before it in the next would otherwise add its patterns at the
    second run). What a package gets is a real ``re.Pattern`` of the same text and flags,
    with the program ``re`` would generate or its factored equivalent (the same matches,
    see the module docstring); ``re``'s own functions (``re.match(text, ...)``) and patterns
    compiled outside the block are untouched. Off with the store
    (``HEALTHLINT_NO_REGEX_CACHE``)."""
    global _SERVED, _SERVED_IN
    import threading

    if (not _STORE.enabled or not packages or threading.active_count() > 1
            or re.compile is stored_pattern):
        yield
        return
    _SERVED, _SERVED_IN = tuple(packages), tuple(package + "." for package in packages)
    re.compile = stored_pattern
    try:
        yield
    finally:
        re.compile = _RE_COMPILE
        _SERVED, _SERVED_IN = (), ()


def take_new() -> dict[tuple[str, int], Entry]:
    """The programs this process generated since the last call, for a worker process to
    send back with its results: a pool's workers end without saving the store (they are
    terminated), so without this a ``--jobs`` run generated again, in every worker and at
    every run, each program its main process had not needed (``NewPattern``)."""
    new, _STORE.new = _STORE.new, {}
    return new


def keep_new(entries: dict[tuple[str, int], Entry]) -> None:
    """Keep generated programs (this process's, or a worker's from ``take_new``) in the
    store, to be written when the process exits."""
    if not entries or not _STORE.enabled:
        return
    if not _STORE.save_registered:
        atexit.register(_STORE.save)
        _STORE.save_registered = True
    table = _STORE.load()
    for key, entry in entries.items():
        table[key] = entry
        _STORE.used.add(key)
    _STORE.added += len(entries)


#: The ``re.Pattern`` methods a ``LazyPattern`` hands over, bound, once its pattern is built.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A pattern served from the store, built (``_build``) the first time it is used.

    Why: a one-article run asks ``compile_re`` for about 1,300 patterns (the cue tables of
    every analysis and rule, read back from the disk cache), and building them all from their
    stored programs took 15-20 ms a process (``array.tolist`` of 0.6 M code words, then
    ``_sre.compile``), of a start-up of about 0.18 s; an article uses about half of them
    (many tables serve only some kinds of article), a one-line file far fewer.

    How: the text, ``flags``, ``groups`` and ``groupindex`` are known from the store's entry
    without building. The first call of a method (``search``, ``finditer``…) builds the
    pattern and puts its bound methods in this object's ``__dict__``, so every later
    ``rx.search`` is found there, as cheaply as a real pattern's method (no Python call in
    between). ``==``, ``hash`` and ``repr`` are the built
    pattern's. A damaged entry is compiled afresh (``_compile_new``) when first used, as
    ``compile_re`` did when it was read. The only difference a caller can see is the type:
    ``isinstance(rx, re.Pattern)`` is false, so ``re.search(rx, …)`` (``re``'s functions
    take a text or a real pattern) must be ``rx.search(…)``."""

    def __init__(self, pattern: str, flags: int, entry: Entry) -> None:
        self.pattern = pattern
        self._key_flags = flags
        self._entry: Entry | None = entry
        self.flags = entry[0]
        self.groups = entry[2]
        self.groupindex = MappingProxyType(entry[3])

    def _real(self) -> re.Pattern[str]:
        d = self.__dict__
        real = d.get("_compiled")
        if real is None:
            entry = self._entry
            if entry is None:  # a ``NewPattern``: a worker may have handed its program back since (``keep_new``)
                entry = _STORE.load().get((self.pattern, self._key_flags))
            try:
                real = _build(self.pattern, entry) if entry is not None else None
            except Exception:  # a damaged entry: generated afresh (and stored again)
                real = None
            if real is None:  # a ``NewPattern``, or a damaged entry
                real = _compile_new(self.pattern, self._key_flags)
            for name in _METHODS:
                d[name] = getattr(real, name)
            d["_compiled"] = real
            d["_entry"] = None
        return real

    # The first call of any method builds the pattern and puts its bound methods in this
    # object's ``__dict__``, where every later ``rx.search`` finds them before these. (No
    # ``__getattr__``: a class with one has every attribute look-up go through a slower hook.)
    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._real().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        real: Any = self._real()  # typeshed does not list Pattern.scanner
        return real.scanner(*args, **kwargs)

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, LazyPattern):
            other = other._real()
        return self._real() == other

    def __hash__(self) -> int:
        # kept: a pattern's hash digests its whole program, and caches keyed by a pattern
        # (``lru_cache`` of a helper that takes one) ask for it at every call
        found: int | None = self.__dict__.get("_hash")
        if found is None:
            found = self.__dict__["_hash"] = hash(self._real())
        return found

    def __repr__(self) -> str:
        return repr(self._real())

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: Any) -> LazyPattern:
        return self

    def __reduce__(self) -> Any:
        return (compile_re, (self.pattern, self._key_flags))


class NewPattern(LazyPattern):
    """A pattern the store does not hold, generated (``_compile_new``: parsed, factored,
    coded, and kept in the store) the first time it is used.

    Why (issue 17): on an empty cache every pattern the modules and tables ask for was
    generated at once, about 0.3 s of CPU of a 1 s first run, though one article uses only
    about 60 % of them (the rest serve other kinds of article). Not even parsed before
    use, since parsing is most of the cost of a long alternation: so ``flags``, ``groups``
    and ``groupindex`` generate the pattern when asked for, and a bad pattern raises
    ``re.error`` at its first use rather than here. Every pattern of the package is
    generated by the tests (``tests/test_compiled_re.py``); a pattern a user configures
    goes through ``checked_re``, which compiles at once."""

    def __init__(self, pattern: str, flags: int) -> None:  # not LazyPattern's: there is no entry yet
        self.pattern = pattern
        self._key_flags = flags
        self._entry = None

    @property
    def flags(self) -> int:  # type: ignore[override]
        return self._real().flags

    @property
    def groups(self) -> int:  # type: ignore[override]
        return self._real().groups

    @property
    def groupindex(self) -> Any:  # type: ignore[override]
        return self._real().groupindex


# -- required literals: a cheap test that a pattern cannot match a text -----------------

#: The characters outside ASCII that ``IGNORECASE`` matches to an ASCII letter (found by
#: trying every code point; ``tests/test_compiled_re.py`` tries them again): ``fold`` maps
#: them first, so a folded text holds every ASCII literal that a pattern could match in it.
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` as ``required_literals`` are looked for in it: the four characters above
    mapped to their ASCII letters, then lower case. The same length as ``text`` where it
    matters (only U+0130 lengthens under ``str.lower``, and it is mapped first). A text
    without any of the four (every ASCII text) is only lower-cased: ``translate`` with a
    mapping goes character by character in Python's slow path, about 0.5 ms for a
    2,000-word article with one curly quote, 40 times ``lower``'s time."""
    if text.isascii() or not any(ch in text for ch in _ODD_FOLDS):
        return text.lower()
    return text.translate(_FOLD_TO_ASCII).lower()


#: The characters ``IGNORECASE`` equates with an ASCII letter other than its own case.
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"


#: The lower-case Latin-1 letters, which ``IGNORECASE`` and ``lower()`` fold alike; any other
#: letter outside ASCII in a pattern is refused by ``lowered_pattern``.
_LATIN1_LOWER = frozenset("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")


def lowered_pattern(pattern: str) -> str | None:
    """A case-insensitive pattern rewritten to run without ``IGNORECASE`` on lower-cased
    text (``lowered_text``): its letters in lower case, escapes (``\\S``, ``\\B``) left as
    they are. SRE matches a lower-case pattern several times faster than ``IGNORECASE``
    (which compares every character through its case and gives up the literal-prefix
    search). None when the rewrite would not be the same test: a part that keeps its case
    (``(?-i:``), a named group or inline flags (letters inside ``(?…)``), a numeric escape
    (``\\x41``, ``\\u…``, ``\\N{…}``), a backreference, or a letter outside ASCII other than a
    lower-case Latin-1 one (a capital is lowered as ASCII only; IGNORECASE matches the micro
    sign with Greek mu, which ``lower()`` keeps apart)."""
    if "(?" in pattern.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<=", "").replace(
            "(?<!", ""):
        return None
    if re.search(r"\\(?:[xuUN0-9])", pattern):
        return None
    if not pattern.isascii() and any(c.isalpha() and not c.isascii() and c not in _LATIN1_LOWER for c in pattern):
        return None  # "CAFÉ" (lowered as ASCII only), "μg" (IGNORECASE takes µ for μ; lower() does not)
    # the escapes kept, every other ASCII capital lowered, without a Python call per capital
    # and escape (5-7 % of a start-up went to genre's cue rows): where no backslash comes
    # before a capital, lower-casing keeps every escape as it is; else split at the escapes
    # (the separators, at odd places) and lower the rest
    if pattern.isascii() and _BEFORE_CAPITAL.search(pattern) is None:
        return pattern.lower()
    parts = _ESCAPE.split(pattern)
    for i in range(0, len(parts), 2):
        part = parts[i]
        parts[i] = part.lower() if part.isascii() else part.translate(_ASCII_LOWER)
    return "".join(parts)


#: A backslash before an ASCII capital (an escape such as ``\\S``, or an escaped backslash
#: and a letter): where there is none, lower-casing the whole pattern changes no escape.
_BEFORE_CAPITAL = re.compile(r"\\[A-Z]")
#: A backslash and the character after it (not a newline, as ``.`` reads it).
_ESCAPE = re.compile(r"(\\.)")
#: ASCII capitals to lower case, nothing else (``str.lower`` also lowers "É").
_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def lowered_text(text: str) -> str | None:
    """``text`` lower-cased for ``lowered_pattern``'s patterns, or None where that is not the
    same test as ``IGNORECASE`` on ``text``: lower-casing changed its length (offsets would
    move) or it holds one of the four characters ``IGNORECASE`` folds to another ASCII
    letter ("İ", "ı", "ſ", the Kelvin sign)."""
    low = text.lower()
    if len(low) != len(text) or any(ch in text for ch in _ODD_FOLDS):
        return None
    return low


def required_literals(pattern: re.Pattern[str], shortest: int = 2) -> tuple[str, ...] | None:
    """Strings (lower case, ASCII) of which every match of ``pattern`` contains at least
    one, or None when there are none as long as ``shortest``. If none of them is in
    ``fold(text)``, ``pattern`` cannot match ``text``, whatever its flags: a literal
    matches itself or, with ``IGNORECASE``, a character that folds to it; scoped flags,
    classes, assertions and optional parts only ever end a run of literals. Lets a caller
    skip scanning a whole text for a pattern most texts do not contain (one ``in`` test
    per literal instead of the regular expression's attempt at every position)."""
    if _sre is None:
        return None
    try:
        found = _required(_parser.parse(pattern.pattern, _given_flags(pattern)).data)
    except Exception:  # a parse tree this code does not know: no shortcut
        return None
    if not found or min(len(s) for s in found) < shortest:
        return None
    return tuple(dict.fromkeys(found))


def _given_flags(pattern: re.Pattern[str]) -> int:
    """The flags ``compile_re`` was given for ``pattern``, which with its text decide it:
    part of a disk-cache key that a new process computes before it uses the pattern
    (asking a ``NewPattern`` for ``flags`` would generate it)."""
    if isinstance(pattern, LazyPattern):
        return pattern._key_flags
    return int(pattern.flags)


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """This module's source, part of the key of what the disk cache keeps of its analyses."""
    with open(__file__, "rb") as fh:
        return key_digest(fh.read())[:16]


def required_literals_many(patterns: tuple[re.Pattern[str], ...], shortest: int = 2
                           ) -> tuple[tuple[str, ...] | None, ...]:
    """``required_literals`` of each pattern, kept in the disk cache (marshal) keyed by the
    patterns, their flags and this module's source, so a new process reads them instead of
    parsing every pattern again (10 ms a start for FIL001's phrases)."""
    from lint_rules.store.diskcache import cached

    key = "\x00".join(f"{_given_flags(p)}\x01{p.pattern}" for p in patterns) + f"|{shortest}|{_source_digest()}"
    return cached("literals", key, lambda: tuple(required_literals(p, shortest) for p in patterns),
                  builtin=True)


def _required(items: Any) -> list[str] | None:
    candidates: list[list[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append(["".join(run)])
            run = []
        found: list[str] | None = None
        if op is _constants.SUBPATTERN:
            found = _required(av[3].data)
        elif op is _constants.BRANCH:
            alternatives = [_required(b.data) for b in av[1]]
            if all(alternatives):
                found = [s for alt in alternatives for s in alt or ()]
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2].data)
        elif op is _ATOMIC:
            found = _required(av.data)
        if found:
            candidates.append(found)
    if run:
        candidates.append(["".join(run)])
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))



def every_match_holds(pattern: re.Pattern[str], words: Sequence[str]) -> bool:
    """Whether every match of ``pattern`` (no ``IGNORECASE``) is sure to hold one of ``words``,
    proved on its parse tree: a run of literals holding a word, a group or a repeat (at least
    once) whose body is sure to, an alternation each of whose branches is. False when unsure
    (a word spread over two items, one inside a lookaround): a caller that gates a scan on the
    words then scans. Why: a gate on "the long words written in the pattern" skipped texts
    whose match held only the words of an optional group or a short alternative."""
    if _sre is None or pattern.flags & re.IGNORECASE or not words:
        return False
    try:
        return _holds(_parser.parse(pattern.pattern, _given_flags(pattern)).data, tuple(words))
    except Exception:  # a parse tree this code does not know: unsure
        return False


def _holds(items: Any, words: tuple[str, ...]) -> bool:
    run: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run and any(w in "".join(run) for w in words):
            return True
        run = []
        if op is _constants.SUBPATTERN and _holds(av[3].data, words):
            return True
        if op is _constants.BRANCH and all(_holds(b.data, words) for b in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds(av[2].data, words):
            return True
        if op is _ATOMIC and _holds(av.data, words):
            return True
    return bool(run) and any(w in "".join(run) for w in words)

# -- a word group every match passes through: searched first, a cheap necessary test --------


def item_end(pattern: str, i: int) -> int | None:
    """The end of the group or class that opens at ``pattern[i]`` (a "(" or "["), read past
    escapes, nested groups and classes (a "]" first in a class is a member), or None where it
    does not close. The one bracket reader of the pattern splitters here and in the analyses."""
    depth, in_class, n = 0, False, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):  # "[]…]": a "]" first is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
        if depth == 0 and not in_class:
            return i
    return None


def _top_level_items(pattern: str) -> list[tuple[int, int]] | None:
    """(start, end) of each top-level item of ``pattern``'s text (an escape, a class, a
    group or one character, with its quantifier), or None where the pattern has a top-level
    ``|`` (it is no sequence) or this simple reader is unsure (an unbalanced bracket)."""
    items: list[tuple[int, int]] = []
    i, n = 0, len(pattern)
    while i < n:
        start, ch = i, pattern[i]
        if ch in "|)":
            return None
        if ch == "\\":
            i += 2
        elif ch in "([":
            end = item_end(pattern, i)
            if end is None:
                return None
            i = end
        else:
            i += 1
        quantifier = _QUANTIFIER.match(pattern, i)
        if quantifier:
            i = quantifier.end()
        items.append((start, i))
    return items


_QUANTIFIER = _RE_COMPILE(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")

#: ``required_tail`` picks a group whose every alternative opens with at least this many
#: letters: a shorter one ("of", "in") is in almost every text and rules nothing out.
_TAIL_OPENING = 3

#: ... or a tail may open with a run of at least this many plain letters (a literal prefix,
#: which SRE finds by a fast substring search: "at\s+(?:the\s+)?most\b") when every
#: match of the tail also holds a literal of ``_TAIL_WORD_LETTERS`` letters or more, the word
#: that rules texts out ("most"): a two-letter run alone ("at", "of") is in every text.
_TAIL_LITERAL_RUN = 2
_TAIL_WORD_LETTERS = 4


def _literal_opening(items: Any) -> int:
    """How many literal characters every match of ``items`` begins with (the fewest over
    the alternatives)."""
    count = 0
    for op, av in items:
        if op is _constants.LITERAL:
            count += 1
            continue
        if op is _constants.SUBPATTERN and count == 0:
            return _literal_opening(av[3].data)
        if op is _constants.BRANCH and count == 0:
            return min(_literal_opening(b.data) for b in av[1])
        break
    return count


def required_tail(pattern: re.Pattern[str]) -> str | None:
    """The text of a tail of ``pattern`` (its top-level items from one on), or None: every
    match of the pattern ends with a match of the tail at the same place (the items before
    it consume text and assert, but the tail reads the same characters where they stop), so
    a text where the tail matches nowhere holds no match of the pattern.

    Why: a pattern that opens with assertions (``(?<![\\w-])(?!(?:the\\s+)?(?:blood\\s+
    pressure|…))``) or with a long word list gives SRE no first character to skip to, and it
    tries the whole opening at every place of the text; a tail that opens with a short group
    of words ("(?:levels|concentrations?|exposure|auc)\\s+…") is searched by SRE jumping to
    those words' first characters. The tail chosen is the longest (the most words to rule a
    text out) that opens with a group, not optional nor repeated, whose every alternative
    begins with ``_TAIL_OPENING`` or more letters, from ``MAX_FIRST_CHARS`` first
    characters at most (more, and SRE stops at most words); or that opens with a run of
    ``_TAIL_LITERAL_RUN`` or more plain letters (a literal prefix SRE finds by substring
    search) when the tail holds a word of ``_TAIL_WORD_LETTERS`` letters every match has: the
    dose limit's "at\\s+(?:the\\s+)?most\\b", "for\\s+good\\b", "grows?\\s+back\\b" (over 150
    corpus articles the "at most" scan 0.14 -> 0.01 ms an article)."""
    source = pattern.pattern
    if not isinstance(source, str) or _sre is None or "(?P=" in source or "(?(" in source \
            or re.search(r"\\[1-9]", source) or (source.startswith("(?") and not source.startswith(("(?:", "(?P<", "(?<", "(?=", "(?!"))):
        return None  # back-references, conditionals and inline flags: a tail would read otherwise
    if _given_flags(pattern) & re.IGNORECASE:
        return None  # SRE skips ahead by no literal under IGNORECASE: nothing gained
    items = _top_level_items(source)
    if not items:
        return None
    for k, (start, end) in enumerate(items[1:], 1):
        item = source[start:end]
        if _plain_letter(item) and not _plain_letter(source[items[k - 1][0]:items[k - 1][1]]):
            run = len(list(takewhile(lambda se: _plain_letter(source[se[0]:se[1]]), items[k:])))
            if run >= _TAIL_LITERAL_RUN and _tail_words(source[start:], pattern) >= _TAIL_WORD_LETTERS:
                return source[start:]
            continue
        if not item.startswith(("(?:", "(?P<")) or not item.endswith(")"):
            continue
        try:
            parsed = _parser.parse(item, _given_flags(pattern)).data
        except re.error:
            continue
        first = _first_chars(parsed)
        opening = _literal_opening(parsed)
        if first is None or len(first) > MAX_FIRST_CHARS or opening < _TAIL_OPENING \
                or not all(chr(c).isalpha() for c in first):
            continue
        return source[start:]
    return None


def _plain_letter(item: str) -> bool:
    """Whether a top-level item is one lower-case ASCII letter, unquantified (a literal)."""
    return len(item) == 1 and "a" <= item <= "z"


def _tail_words(tail: str, pattern: re.Pattern[str]) -> int:
    """The letters of the longest literal every match of ``tail`` holds (0: none)."""
    try:
        found = _required(_parser.parse(tail, _given_flags(pattern)).data)
    except re.error:
        return 0
    return min((len(s) for s in found), default=0) if found else 0


def required_tails_many(patterns: tuple[re.Pattern[str], ...]) -> tuple[str | None, ...]:
    """``required_tail`` of each pattern, kept in the disk cache (marshal) keyed by the
    patterns, their flags and this module's source: choosing parses each item of each
    pattern, which a new process should not repeat."""
    from lint_rules.store.diskcache import cached

    key = "\x00".join(f"{_given_flags(p)}\x01{p.pattern}" for p in patterns) + f"|{_source_digest()}"
    return cached("required-tails", key, lambda: tuple(required_tail(p) for p in patterns), builtin=True)


# -- a leading word boundary: scan without it, check it after -----------------------------


def _top_level_branches(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|`` (outside groups and classes), or None
    where this simple reader is unsure (an unbalanced parenthesis)."""
    out: list[str] = []
    start, i, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            end = item_end(pattern, i)
            if end is None:
                return None
            i = end
            continue
        if ch == ")":
            return None
        if ch == "|":
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def top_level_branches(pattern: str) -> list[str] | None:
    """``pattern``'s top-level alternatives (outside groups and classes), or None where
    it holds a back-reference or conditional (whose group numbers a split would change)
    or this simple reader is unsure. One alternative: a list of one."""
    if "(?P=" in pattern or "(?(" in pattern or re.search(r"\\[1-9]", pattern):
        return None
    return _top_level_branches(pattern)


#: ``BoundaryScan`` is used when every match begins with one of at most this many
#: characters: with more (a list of company suffixes starting with eight common letters),
#: SRE stops at so many places inside words that checking each one in Python costs more
#: than the boundary test saved (measured over 150 corpus articles).
MAX_FIRST_CHARS = 4


def _first_chars(items: Any) -> set[int] | None:
    """The characters (code points, case as written) a match can begin with, or None when
    its first item is not a literal (a class, an assertion, an optional part)."""
    if not items:
        return None
    op, av = items[0]
    if op is _constants.LITERAL:
        return {av}
    if op is _constants.SUBPATTERN:
        return _first_chars(av[3].data)
    if op is _constants.BRANCH:
        out: set[int] = set()
        for branch in av[1]:
            found = _first_chars(branch.data)
            if found is None:
                return None
            out |= found
        return out
    if op in _REPEATS and av[0] >= 1:
        return _first_chars(av[2].data)
    return None


class BoundaryScan:
    """``finditer`` of a pattern every match of which begins with ``\\b`` (the whole pattern
    ``\\bX``, or each of its top-level branches ``\\bX|\\bY``), run as ``X`` (or
    ``(?:X|Y)``) with the boundary checked at each match's start.

    Why: a pattern that begins with an assertion gives SRE no first character to skip to,
    so it tries the whole pattern at every position of the text; without the ``\\b`` it
    jumps from one possible first character (or literal prefix) to the next: 2-35 times
    faster over a 2,000-word article. The matches are the same: the leftmost place where
    the bare pattern matches is the leftmost where the original could; if there is no
    boundary there the original cannot match there either, and the scan goes on from the
    next character; where there is one, ``\\b`` consumes nothing, so the match (its branch,
    groups and end) is the one the original makes. An empty match (which ``finditer``
    treats specially) sends the scan back to the original pattern."""

    __slots__ = ("boundary", "original", "stripped")

    def __init__(self, original: re.Pattern[str], stripped: re.Pattern[str]) -> None:
        self.original, self.stripped = original, stripped
        self.boundary = compile_re(r"\b", original.flags & (re.ASCII | re.LOCALE))

    @classmethod
    def of(cls, pattern: re.Pattern[str], plan: str | bool | None = True) -> BoundaryScan | None:
        """The scan for ``pattern``, or None when its matches do not all begin with ``\\b``
        (or its text is one this reader does not split with confidence). ``plan`` is
        ``_plan(pattern)`` when the caller has it (``many`` reads it from the disk cache)."""
        text = cls._plan(pattern) if plan is True else plan
        if not isinstance(text, str):
            return None
        try:
            stripped = compile_re(text, pattern.flags)
            if stripped.groups != pattern.groups or stripped.groupindex != pattern.groupindex:
                return None  # (asking a new pattern for its groups generates it: errors surface here)
        except re.error:
            return None
        return cls(pattern, stripped)

    @classmethod
    def many(cls, patterns: Sequence[re.Pattern[str]]) -> list[BoundaryScan | None]:
        """``of`` for each pattern, their plans kept in the disk cache (marshal) keyed by
        the patterns, their flags and this module's source: deciding parses each pattern,
        about 0.3 ms a cue in every new process."""
        from lint_rules.store.diskcache import cached

        key = "\x00".join(f"{_given_flags(p)}\x01{p.pattern}" for p in patterns) + f"|{_source_digest()}"
        plans = cached("boundary-scans", key, lambda: tuple(cls._plan(p) for p in patterns), builtin=True)
        return [cls.of(p, plan) for p, plan in zip(patterns, plans, strict=True)]

    @staticmethod
    def _plan(pattern: re.Pattern[str]) -> str | None:
        """The text of the pattern to scan with (``pattern`` without its leading ``\\b``),
        or None where no scan is used."""
        source = pattern.pattern
        if not isinstance(source, str) or "(?P=" in source or "(?(" in source:
            return None  # back-references and conditionals: group numbers would shift
        if _given_flags(pattern) & re.IGNORECASE or source.startswith("(?"):  # flags given or inline
            return None  # SRE skips ahead by no literal under IGNORECASE: nothing gained
        branches = _top_level_branches(source)
        if not branches or not all(b.startswith("\\b") and not b.startswith("\\b{") for b in branches):
            return None
        bare = [b[2:] for b in branches]
        if any(not b or b.startswith(("*", "+", "?", "{")) for b in bare):
            return None  # "\b*" and the like: the boundary was not a whole item
        text = bare[0] if len(bare) == 1 else "(?:" + "|".join(bare) + ")"
        try:
            first = _first_chars(_parser.parse(text, _given_flags(pattern)).data)
        except re.error:
            return None
        if first is None or len(first) > MAX_FIRST_CHARS:
            return None  # many places to try, each rejected in Python: no faster
        return text

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        search, at_boundary, next_boundary = self.stripped.search, self.boundary.match, self.boundary.search
        while True:
            m = search(text, pos)
            if m is None:
                return
            start, end = m.span()
            if end == start:  # empty: the original's own rules from here (nothing valid before)
                yield from self.original.finditer(text, pos)
                return
            if at_boundary(text, start) is None:
                # no match of the original starts before the next boundary
                b = next_boundary(text, start + 1)
                if b is None:
                    return
                pos = b.start()
                continue
            yield m
            pos = end


# -- a pattern of several alternatives: each scanned on its own, the pattern decides -------


_NOWHERE = 1 << 62


def _sre_skips(pattern: re.Pattern[str]) -> bool:
    """Whether SRE searches for ``pattern`` by skipping ahead (its program's INFO block
    holds a literal prefix or a set of first characters) rather than trying it at every
    position."""
    if _sre is None or not isinstance(pattern.pattern, str):
        return True  # no way to tell: leave the pattern as it is
    flags = _given_flags(pattern)  # as re.compile parses and codes it
    code = _compiler._code(_parser.parse(pattern.pattern, flags), flags)
    if not code or code[0] != _constants.INFO:
        return False
    return bool(code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET))


class AlternativesScan:
    """``finditer`` of a pattern ``B1|B2|…`` (top-level alternatives) and ``IGNORECASE``,
    found through its alternatives, each scanned the fastest way it can be: lower-cased
    without ``IGNORECASE`` on the lower-cased text (``lowered_pattern``) unless it keeps
    its case somewhere (``(?-i:…)``), and without its leading ``\\b`` (``BoundaryScan``).
    A pattern whose alternatives begin differently ("(Reuters)|\\bHealthDay\\b", or one
    alternative that must keep its case) gives SRE nothing to skip ahead by, so the whole
    pattern is tried at every position of the text; each alternative alone often does.

    Why the matches are the pattern's own: the pattern matches at a position exactly where
    one of its alternatives does (nothing follows them), so the leftmost place where some
    alternative matches, at or after where the scan stands, is the leftmost place where the
    pattern matches; there the pattern itself is matched (``original.match``), which picks
    the alternative and groups it would. An empty match hands the rest of the text to the
    pattern's own ``finditer`` (no alternative matched before that place, so neither could
    the pattern)."""

    __slots__ = ("lowered", "original", "plain")

    def __init__(self, original: re.Pattern[str],
                 lowered: tuple[tuple[re.Pattern[str] | BoundaryScan, bool], ...] | None,
                 plain: tuple[re.Pattern[str] | BoundaryScan, ...]) -> None:
        self.original = original
        #: each alternative's scan and whether it runs on the lower-cased text (None: none lowers)
        self.lowered = lowered
        #: each alternative's scan on the text itself (when there is no lower-cased text)
        self.plain = plain

    @classmethod
    def many(cls, patterns: Sequence[re.Pattern[str]]) -> list[AlternativesScan | None]:
        """The scan of each pattern, or None where the pattern is scanned whole: SRE can
        skip ahead by it already (a literal prefix or first-character set, or a
        ``BoundaryScan``), it has fewer than two alternatives, or it is not split (a
        back-reference, a conditional, a part this reader is unsure of). The decisions
        (which parse the patterns) are kept in the disk cache like ``BoundaryScan.many``'s."""
        from lint_rules.store.diskcache import cached

        key = "\x00".join(f"{_given_flags(p)}\x01{p.pattern}" for p in patterns) + f"|{_source_digest()}"
        plans = cached("alternative-scans", key, lambda: tuple(cls._plan(p) for p in patterns), builtin=True)
        split: list[tuple[re.Pattern[str], list[str], list[str | None]] | None] = [
            None if plan is None else (pattern, list(plan[0]), list(plan[1]))
            for pattern, plan in zip(patterns, plans, strict=True)]
        todo: list[re.Pattern[str]] = []
        for item in split:
            if item is not None:
                pattern, parts, lows = item
                todo += [compile_re(part, pattern.flags) for part in parts]
                todo += [compile_re(low, pattern.flags & ~re.IGNORECASE) for low in lows if low is not None]
        scans = iter(zip(todo, BoundaryScan.many(todo), strict=True))

        def take() -> re.Pattern[str] | BoundaryScan:
            rx, scan = next(scans)
            return scan or rx

        out: list[AlternativesScan | None] = []
        for item in split:
            if item is None:
                out.append(None)
                continue
            pattern, parts, lows = item
            plain = tuple(take() for _ in parts)
            lowered_scans = {i: take() for i, low in enumerate(lows) if low is not None}
            lowered = (tuple((lowered_scans[i], True) if i in lowered_scans else (plain[i], False)
                             for i in range(len(parts))) if lowered_scans else None)
            out.append(cls(pattern, lowered, plain))
        return out

    @staticmethod
    def _plan(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str | None, ...]] | None:
        """The alternatives of ``pattern`` and each one's lower-cased text (None where it
        keeps its case), or None where the pattern is scanned whole."""
        source = pattern.pattern
        parts = top_level_branches(source) if isinstance(source, str) else None
        if parts is None or len(parts) < 2:
            return None
        ignorecase = bool(pattern.flags & re.IGNORECASE)
        whole = lowered_pattern(source) if ignorecase else None
        try:
            scanned = re.compile(whole, pattern.flags & ~re.IGNORECASE) if whole is not None else pattern
            if BoundaryScan._plan(scanned) is not None or _sre_skips(scanned):
                return None
        except re.error:
            return None
        lows = tuple(lowered_pattern(part) if ignorecase else None for part in parts)
        try:
            alone = [re.compile(low, pattern.flags & ~re.IGNORECASE) if low is not None
                     else re.compile(part, pattern.flags) for part, low in zip(parts, lows, strict=True)]
        except re.error:
            return None
        if not any(BoundaryScan._plan(rx) is not None or _sre_skips(rx) for rx in alone):
            return None  # no alternative is found faster alone: one scan of the whole is cheaper
        return tuple(parts), lows

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``; ``low`` is ``lowered_text(text)`` (None where
        lower-casing is not the same test, or not wanted)."""
        if low is not None and self.lowered is not None:
            parts = [(scan, low if on_low else text) for scan, on_low in self.lowered]
        else:
            parts = [(scan, text) for scan in self.plain]
        starts = [-1] * len(parts)
        match = self.original.match
        pos = 0
        while True:
            for i, (scan, on) in enumerate(parts):
                if starts[i] < pos:
                    if isinstance(scan, BoundaryScan):
                        found = next(scan.finditer(on, pos), None)
                    else:
                        found = scan.search(on, pos)
                    starts[i] = found.start() if found is not None else _NOWHERE
            start = min(starts)
            if start == _NOWHERE:
                return
            m = match(text, start)
            if m is None or m.end() == start:  # empty (or, defensively, none): the pattern's own way
                yield from self.original.finditer(text, start)
                return
            yield m
            pos = m.end()


# -- whether a union matches at all: one boundary, one factored group -----------------------


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _whole_group(branch: str) -> str:
    """``branch`` without the ``(?:…)`` that encloses all of it (repeatedly), so that
    ``(?:\\bX\\b)`` reads as ``\\bX\\b``; as it is where the group is not the whole branch
    (``(?:a)(?:b)``, ``(?:a)?``) or holds alternatives of its own."""
    while branch.startswith("(?:") and branch.endswith(")"):
        inner = branch[3:-1]
        if _top_level_branches(branch) != [branch] or _top_level_branches(inner) != [inner]:
            break
        branch = inner
    return branch


@lru_cache(maxsize=256)
def existence_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches somewhere in a text (between the same ``pos`` and ``endpos``)
    exactly where ``pattern`` does, for a caller that asks only whether it matches
    (``search(...) is not None``): its match may differ in span and groups. A union of
    alternatives that each begin with ``\\b`` (``(?:\\badverse\\b)|(?:\\brisks?\\b)|…``, the
    way cue lists are joined) is rewritten as one ``\\b(?:adverse\\b|risks?\\b|…)``, the other
    alternatives kept before it; ``pattern`` itself where there is nothing to gather.

    Why: SRE tries a union's alternatives one after the other at every position of the text,
    each failing at its own ``\\b`` or first letter (the harm cue list: 28 alternatives,
    1.8 ms over a 4,000-character article); after one boundary test, ``compile_re`` factors
    the gathered group by first characters. Why the answer is the same: the union matches at
    a position exactly when one of its alternatives does, and ``\\b(?:X1|…|Xn)`` matches there
    exactly when the boundary holds and one ``Xi`` matches, which is when ``\\bXi`` does.
    Back-references and conditionals (group numbers), inline global flags (which must stay
    first) and a ``\\b`` followed by a quantifier are left as they are."""
    source = pattern.pattern
    branches = top_level_branches(source) if isinstance(source, str) else None
    if not branches or len(branches) < 2 or _GLOBAL_FLAGS.search(source) or pattern.flags & re.VERBOSE:
        return pattern  # a verbose pattern's "#" comments and spaces are not branches to split
    gathered: list[str] = []
    kept: list[str] = []
    for branch in branches:
        branch = _whole_group(branch)
        bare = branch[2:]
        if branch.startswith("\\b") and not branch.startswith("\\b{") and bare \
                and not bare.startswith(("*", "+", "?", "{")):
            gathered.append(bare)
        else:
            kept.append(branch)
    if len(gathered) < 2:
        return pattern
    return compile_re("|".join([*kept, r"\b(?:" + "|".join(gathered) + ")"]), _given_flags(pattern))


# -- one search per sentence: skip the texts a pattern cannot match ------------------------


class Search:
    """``pattern.search(text)`` for a pattern asked of many short texts (every sentence of
    an article) that few of them match: first its required literals (``required_literals``:
    if ``fold(text)`` holds none of them, the pattern cannot match), then its
    ``AlternativesScan`` where it has one (each alternative found the fastest way it can
    be, the pattern itself matched at the leftmost place), else the pattern. The match is
    the pattern's own: the literals only ever rule out texts it cannot match, and the scan's
    first match is the pattern's leftmost one. Made by ``many``, whose decisions come from
    the disk cache; ``tests/test_compiled_re.py`` holds it to ``re`` on random patterns
    and texts."""

    __slots__ = ("literals", "pattern", "scan")

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...] | None,
                 scan: AlternativesScan | None) -> None:
        self.pattern = pattern
        self.literals = literals
        self.scan = scan

    @classmethod
    def many(cls, patterns: Sequence[re.Pattern[str]]) -> list[Search]:
        patterns = tuple(patterns)
        literals = required_literals_many(patterns)
        scans = AlternativesScan.many(patterns)
        return [cls(p, lits, scan) for p, lits, scan in zip(patterns, literals, scans, strict=True)]

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)``."""
        if self.literals is not None:
            folded = fold(text)
            if not any(lit in folded for lit in self.literals):
                return None
        if self.scan is not None:
            return next(self.scan.finditer(text, lowered_text(text)), None)
        return self.pattern.search(text)


# -- tables of patterns built from data files, kept between processes -------------------

_PATTERN_MARK = "\x00re"


def _to_builtin(value: Any) -> Any:
    """``value`` with each pattern in it replaced by its text and flags; ``value`` itself
    (the same object) when it holds none."""
    if isinstance(value, LazyPattern):  # the text and flags ``compile_re`` was given: read back
        return (_PATTERN_MARK, value.pattern, value._key_flags)  # under the same store key, built or not
    if isinstance(value, re.Pattern):  # the text and flags it was compiled from (UNICODE is str's default)
        return (_PATTERN_MARK, value.pattern, int(value.flags) & ~int(re.UNICODE))
    if isinstance(value, (tuple, list)):
        items = [_to_builtin(v) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(value, dict):
        pairs = {k: _to_builtin(v) for k, v in value.items()}
        return value if all(pairs[k] is v for k, v in value.items()) else pairs
    return value


def _from_builtin(value: Any) -> Any:
    if isinstance(value, tuple):
        if len(value) == 3 and value[0] == _PATTERN_MARK:
            return compile_re(value[1], value[2])
        return tuple(_from_builtin(v) for v in value)
    if isinstance(value, list):
        return [_from_builtin(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_builtin(v) for k, v in value.items()}
    return value


def cached_tables(name: str, key: str, cls: Callable[..., T], build: Callable[[], T]) -> T:
    """A dataclass ``cls`` of tables built from data files (``build()``: word lists, dicts
    and the patterns compiled from them), kept in the disk cache (marshal) under ``name``
    and ``key`` (``diskcache.files_key`` of the data files and the building module). A new
    process reads back the builtin values and compiles each pattern from its text and flags
    through ``compile_re`` (the machine-wide store) instead of parsing the data and
    assembling the alternations again. ``cls``'s fields must be its ``__init__``'s
    arguments, in order, holding only builtin values and patterns; a missing or damaged
    cache is built again."""
    from dataclasses import fields

    from lint_rules.store.diskcache import cached, files_key

    key = f"{key}\x00{files_key(__file__)}"  # and this module, which stores and reads the values
    built: list[T] = []

    def make() -> tuple[Any, ...]:
        value = build()
        built.append(value)
        out = []
        for f in fields(cast(Any, value)):
            field_value = getattr(value, f.name)
            stored = _to_builtin(field_value)
            out.append((stored is not field_value, stored))  # walked again on loading only if it held patterns
        return tuple(out)

    stored = cached(name, key, make, builtin=True)
    if built:
        return built[0]
    try:
        return cls(*(_from_builtin(v) if patterns else v for patterns, v in stored))
    except Exception:  # a cache of another shape (e.g. fields changed under the same key)
        return build()


def opening_strings(pattern: str, length: int = 3, most: int = 2000,
                    ascii_digits: bool = False) -> frozenset[str] | None:
    """Strings of at most ``length`` characters, one of which begins every match of
    ``pattern`` (compiled with no flags); None when a match may begin with anything (an
    empty match, a ``\\d``, ``\\w`` or ``.`` first, a case-insensitive pattern) or when
    there would be more than ``most`` strings.

    ``ascii_digits``: ``\\d`` read as ``[0-9]``. ``\\d`` matches every Unicode decimal digit
    (hundreds of characters), so the strings are then good only for a text that holds no
    digit but 0-9, which the caller checks (``has_only_ascii_digits``); in such a text
    ``\\d`` and ``[0-9]`` match the same characters.

    What it is for: a text's places whose next characters begin with none of these cannot
    start a match, so a caller that has indexed a text's places by their next characters
    (one pass) can try the pattern at the few listed places instead of scanning every
    place. A string stops short of ``length`` where what follows is not a plain character
    (a ``\\d``, ``\\w``, a negated class, a back-reference, a case-insensitive part) or
    where a match may end; zero-width items (``\\b``, lookarounds) consume nothing and are
    passed over. Either way the list can only let more places through, never fewer."""
    if _sre is None:
        return None
    try:
        tree = _parser.parse(pattern, 0)
    except re.error:
        return None
    if tree.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _openings({""}, tree.data, length, most, set(), ascii_digits)
    if found is None or "" in found:
        return None
    return frozenset(found)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def has_only_ascii_digits(text: str) -> bool:
    """``text`` holds no digit but 0-9, so ``\\d`` matches in it exactly where ``[0-9]``
    does (``opening_strings(..., ascii_digits=True)``). SRE's ``\\d`` is ``str.isdecimal``;
    ``isdigit`` is wider, so this never says yes wrongly."""
    return text.isascii() or not any(ch.isdigit() for ch in set(_NON_ASCII.findall(text)))


def _class_chars(items: Any, ascii_digits: bool = False) -> list[str] | None:
    """The characters of a ``[…]`` class of literals and small ranges (and ``\\d`` as 0-9
    with ``ascii_digits``); None otherwise."""
    out: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            out.append(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] <= 40:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif ascii_digits and op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            out.extend("0123456789")
        else:  # NEGATE, CATEGORY (\d, \s, \w: Unicode sets), a wide range
            return None
    return out


def _openings(partials: set[str], items: Any, length: int, most: int, closed: set[str],
              ascii_digits: bool = False) -> set[str] | None:
    """``partials`` (the strings read so far) continued through ``items`` (a parse tree's
    list of ``(op, av)``). A string is final once it is ``length`` long or in ``closed``
    (what follows it could be anything: it is kept as it is)."""
    for op, av in items:
        live = {p for p in partials if len(p) < length and p not in closed}
        if not live:
            return partials
        new: set[str] | None
        if op is _constants.LITERAL:
            new = {p + chr(av) for p in live}
        elif op is _constants.IN and (chars := _class_chars(av, ascii_digits)) is not None:
            new = {p + c for p in live for c in chars}
        elif op is _constants.SUBPATTERN and not av[1] & (re.IGNORECASE | re.LOCALE):
            new = _openings(live, av[3].data, length, most, closed, ascii_digits)
        elif op is _constants.BRANCH:
            new = set()
            for branch in av[1]:
                more = _openings(live, branch.data, length, most, closed, ascii_digits)
                if more is None:
                    return None
                new |= more
        elif op in _REPEATS:
            low, high, sub = av
            new = set(live) if low == 0 else set()
            current = live
            for times in range(1, min(high, length) + 1):
                more = _openings(current, sub.data, length, most, closed, ascii_digits)
                if more is None:
                    return None
                current = more
                if times >= low:
                    new |= current
            if low > length:
                new |= current
        elif op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            new = live  # zero width: consumes nothing
        else:  # anything else may begin with any character: the strings end here
            closed |= live
            new = live
        if new is None or len(new) > most:
            return None
        partials = (partials - live) | new
    return partials
