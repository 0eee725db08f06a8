"""SpanCover answers "is this offset inside any of these spans?" as a scan of every span
would, overlaps and nesting included (it replaced such scans, quadratic on long articles)."""

from __future__ import annotations

import random

import pytest

from lint_rules.spans import SpanCover


def _scan(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


@pytest.mark.parametrize("seed", range(20))
def test_same_answer_as_a_scan(seed: int) -> None:
    rnd = random.Random(seed)
    spans = []
    for _ in range(rnd.randint(0, 30)):
        a = rnd.randint(0, 200)
        spans.append((a, a + rnd.randint(0, 40)))  # empty, nested and overlapping spans
    cover = SpanCover(spans)
    assert [p in cover for p in range(-2, 260)] == [_scan(spans, p) for p in range(-2, 260)]


def test_half_open_and_nested() -> None:
    cover = SpanCover([(10, 50), (12, 14), (60, 60)])
    assert 10 in cover and 49 in cover and 13 in cover
    assert 9 not in cover and 50 not in cover  # the end is outside
    assert 60 not in cover  # an empty span holds nothing
    assert not SpanCover([]) and 0 not in SpanCover([])
