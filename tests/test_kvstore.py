"""Read-only look-up tables in SQLite (lint_rules.store.kvstore): built once, read key by key, and
never a reason for a run to fail."""

from __future__ import annotations

import os
import pickle
import stat
import sys
from pathlib import Path

import pytest

from lint_rules.store.kvstore import SqliteTable, open_table, table_path

PAIRS = [("hair", 1), ("alopecia", 4), ("medication", 4), ("", 0)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    return tmp_path


def _counting_build(calls: list[int]):  # type: ignore[no-untyped-def]
    def build():  # type: ignore[no-untyped-def]
        calls.append(1)
        return iter(PAIRS)

    return build


def test_built_once_then_read_from_disk(cache: Path) -> None:
    calls: list[int] = []
    first = open_table("syllables", "v1", _counting_build(calls))
    second = open_table("syllables", "v1", _counting_build(calls))
    assert calls == [1]
    assert isinstance(second, SqliteTable)
    assert second["alopecia"] == 4 and second.get("hair") == 1 and second[""] == 0
    assert "medication" in second and "kratom" not in second and 42 not in second
    assert second.get("kratom") is None and second.get("kratom", -1) == -1
    with pytest.raises(KeyError):
        second["kratom"]
    assert sorted(second) == sorted(k for k, _ in PAIRS) and len(second) == 4
    assert dict(first) == dict(PAIRS)


def test_a_new_key_builds_a_new_table(cache: Path) -> None:
    open_table("syllables", "v1", lambda: iter(PAIRS))
    newer = open_table("syllables", "v2", lambda: iter([("hair", 2)]))
    assert newer["hair"] == 2 and "alopecia" not in newer
    assert table_path("syllables", "v1") != table_path("syllables", "v2")


def test_values_keep_their_types(cache: Path) -> None:
    open_table("mixed", "k", lambda: iter([("a", b"\x00\x01"), ("b", "text"), ("c", ""), ("d", 2.5)]))
    table = open_table("mixed", "k", lambda: iter(()))
    assert table["a"] == b"\x00\x01" and table["b"] == "text" and table["c"] == "" and table["d"] == 2.5
    assert "c" in table  # an empty string is a value, not a miss


def test_a_damaged_file_is_rebuilt(cache: Path) -> None:
    open_table("syllables", "v1", lambda: iter(PAIRS))
    path = table_path("syllables", "v1")
    path.write_bytes(b"this is not an SQLite database" * 100)
    calls: list[int] = []
    table = open_table("syllables", "v1", _counting_build(calls))
    assert calls == [1] and table["hair"] == 1
    assert open_table("syllables", "v1", _counting_build(calls))["alopecia"] == 4 and calls == [1]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_folder_keeps_the_table_in_memory(cache: Path) -> None:
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        table = open_table("syllables", "v1", lambda: iter(PAIRS))
    finally:
        cache.chmod(stat.S_IRWXU)
    assert table == dict(PAIRS)


def test_a_cache_path_that_is_a_file_keeps_the_table_in_memory(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(blocker))
    table = open_table("syllables", "v1", lambda: iter(PAIRS))
    assert table == dict(PAIRS)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_opens_its_own_connection(cache: Path) -> None:
    table = open_table("syllables", "v1", lambda: iter(PAIRS))
    assert table["hair"] == 1  # the parent has a connection open
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: a fresh look-up must work and must not use the parent's connection
        try:
            ok = table["medication"] == 4 and table._pid == os.getpid()  # type: ignore[attr-defined]
            os.write(write, b"ok" if ok else b"no")
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 2) == b"ok"


def test_a_table_pickles_without_its_connection(cache: Path) -> None:
    table = open_table("syllables", "v1", lambda: iter(PAIRS))
    assert table["hair"] == 1
    copy = pickle.loads(pickle.dumps(table))
    assert copy["alopecia"] == 4


def test_building_a_table_removes_its_stale_versions_only(cache: Path) -> None:
    month_ago = __import__("time").time() - 31 * 86400
    stale = cache / "syllables-0123456789abcdef.sqlite"
    legacy = cache / "syllables-fedcba9876543210.pickle"
    recent = cache / "syllables-00000000000000ff.sqlite"  # another version in use today
    other = cache / "syllables-head-0123456789abcdef.marshal"  # another name sharing a prefix
    foreign = cache / "syllables-notes.txt"
    for path in (stale, legacy, recent, other, foreign):
        path.write_bytes(b"x")
    for path in (stale, legacy, other, foreign):
        os.utime(path, (month_ago, month_ago))
    open_table("syllables", "v1", lambda: iter(PAIRS))
    assert not stale.exists() and not legacy.exists()
    assert recent.exists() and other.exists() and foreign.exists()
    assert table_path("syllables", "v1").exists()


def test_a_relative_cache_folder_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", "relative-cache")
    open_table("syllables", "v1", lambda: iter(PAIRS))
    table = open_table("syllables", "v1", lambda: iter(()))
    assert isinstance(table, SqliteTable) and table["alopecia"] == 4


def test_prefetch_reads_many_keys_in_one_query_with_the_answers_get_gives(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = open_table("syllables", "prefetch", lambda: iter(PAIRS))
    assert isinstance(table, SqliteTable)
    fresh = open_table("syllables", "prefetch", lambda: iter(PAIRS))
    expected = {k: fresh.get(k) for k in ("hair", "alopecia", "kratom", "")}
    queries: list[str] = []
    real = SqliteTable._query
    monkeypatch.setattr(SqliteTable, "_query", lambda self, sql, args=(): queries.append(sql) or real(self, sql, args))
    monkeypatch.setattr(SqliteTable, "PREFETCH_CHUNK", 3)
    table.prefetch(["hair", "alopecia", "kratom", "hair", ""])
    assert len(queries) == 2  # four distinct keys, three a query
    assert {k: table.get(k) for k in expected} == expected  # answered from memory, misses too
    assert "kratom" not in table and table.get("kratom", 7) == 7
    assert len(queries) == 2
    table.prefetch(["hair", "kratom"])  # all remembered: no query
    assert len(queries) == 2
