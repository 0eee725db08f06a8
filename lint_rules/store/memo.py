"""A memo for per-word results that cannot grow without bound.

Per-word memos (a word's syllables, a lexicon row, a normalised token) pay off because a
corpus meets the same few thousand words again and again, but each new word stays for the
rest of the process: over a nightly scan of thousands of articles they held more memory
than the article being linted. ``BoundedMemo`` is a plain ``dict`` (look-ups cost what a
dict's do) that empties itself when it reaches its limit; the common words are back after
a few articles, so the hit rate barely changes and memory stays flat in the number of files.
"""

from __future__ import annotations

from typing import Any


class BoundedMemo(dict):  # type: ignore[type-arg]
    """A ``dict`` that is cleared when an insertion would take it past ``limit`` entries."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: Any, value: Any) -> None:
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)

    def __reduce__(self) -> Any:  # pickles as an empty memo with the same limit
        return (BoundedMemo, (self.limit,))
