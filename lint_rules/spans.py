"""Is an offset inside any of a set of spans? Asked once per match of a list, against the
spans of another list (a harm word inside a denial, a bare URL inside a link already taken).

Why not ``any(a <= pos < b for a, b in spans)``: that is a scan per question, quadratic in an
article with thousands of matches (a 20,000-row table of "no side effects"). Spans sorted by
start with the furthest end reached so far answer with one bisect, whatever the overlaps.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class SpanCover:
    """The union of half-open spans ``[start, end)``, asked whether it holds an offset."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each
        for _, b in ordered:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos

    def __bool__(self) -> bool:
        return bool(self._starts)
