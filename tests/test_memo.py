"""Per-word memos are bounded: a long run keeps a fixed number of words, not every word
it ever met (issue 17: memory flat in the number of files)."""

from __future__ import annotations

import pickle
from pathlib import Path

from lint_rules.analysis import concepts, textstat_offline
from lint_rules.store.memo import BoundedMemo


def test_bounded_memo_never_exceeds_its_limit() -> None:
    memo = BoundedMemo(100)
    for i in range(1000):
        memo[f"w{i}"] = i
        assert len(memo) <= 100
    assert memo["w999"] == 999
    copy = pickle.loads(pickle.dumps(memo))
    assert isinstance(copy, BoundedMemo) and copy.limit == 100 and not copy


def test_token_memo_is_bounded() -> None:
    assert isinstance(concepts._NORMALISED, BoundedMemo)
    limit = concepts._NORMALISED.limit
    concepts.tokens(" ".join(f"zq{i}x" for i in range(limit + 10)))
    assert len(concepts._NORMALISED) <= limit


def test_pyphen_memo_is_bounded() -> None:
    import pyphen

    textstat_offline.install()
    textstat_offline.sentence_counts("Hyphenation.")
    caches = [hd.cache for hd in pyphen.hdcache.values()]
    assert caches and all(isinstance(c, BoundedMemo) for c in caches)


def test_sqlite_table_memo_is_bounded(tmp_path: Path) -> None:
    from lint_rules.store import kvstore

    path = tmp_path / "t.sqlite"
    kvstore.write_table(path, ((f"k{i}", i) for i in range(10)))
    table: kvstore.SqliteTable[int] = kvstore.SqliteTable(path)
    assert isinstance(table._memo, BoundedMemo)
    table._memo.limit = 5
    for i in range(50):
        table.get(f"missing{i}")
        assert len(table._memo) <= 5
    assert table.get("k3") == 3
    again = pickle.loads(pickle.dumps(table))
    assert isinstance(again._memo, BoundedMemo)
