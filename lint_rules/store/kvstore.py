"""Large read-only look-up tables on disk, read key by key (SQLite), built once per machine.

Why: two tables are far larger than what one article asks of them. The CMU dictionary's
syllable counts have 126,000 words and the concept index about 90,000 terms, while an
article of 2,000 words looks up fewer than 1,000 distinct words. Loading either table
whole into a dict costs 20-25 ms of a 300 ms pre-commit run, whatever the format (pickle,
marshal); an SQLite look-up costs a few microseconds, so a run pays for the words it reads.

``open_table(name, key, build)`` returns a read-only ``Mapping``: the table for ``key``
(data versions, package version) from the user cache folder, built from ``build()`` (an
iterable of ``(key, value)`` pairs; values are str, int, float or bytes) the first time.
Answers are remembered in memory, misses too, so a word is read from disk once per process.

Building writes a temporary file and renames it into place, so concurrent first runs (two
pre-commit hooks, scan workers) never see half a table. Where there is no usable cache
folder, or no ``sqlite3`` in this Python, the table is built into a dict, as before.
A connection is never shared with a forked child: each process opens its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

from lint_rules import __version__
from lint_rules.store.digest import key_digest
from lint_rules.store.memo import BoundedMemo

V = TypeVar("V")
#: Rows one table keeps in memory; past this the memo starts again (``BoundedMemo``).
MEMO_LIMIT = 20_000
_MISSING: Any = object()


class SqliteTable(Mapping[str, V], Generic[V]):
    """A read-only ``str -> value`` table in an SQLite file."""

    def __init__(self, path: Path, build: Callable[[], Iterable[tuple[str, Any]]] | None = None) -> None:
        self.path = path
        #: rows read so far (bounded: a long scan meets ever more words)
        self._memo: dict[str, Any] = BoundedMemo(MEMO_LIMIT)
        self._conn: Any = None
        self._pid = -1
        self._len: int | None = None
        self._build = build  #: to rebuild the file when a read finds it damaged
        self._fallback: dict[str, Any] | None = None  #: the table in memory, when the file failed

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """Rows of ``sql``; a damaged file (SQLite pages that fail to read, which opening
        and a first read do not reveal) is rebuilt once, with one notice, and the query
        answered from the new file, or from memory if that fails too."""
        import sqlite3

        if self._fallback is not None:
            raise _InMemory()
        try:
            return list(self._cursor().execute(sql, args).fetchall())
        except sqlite3.DatabaseError as exc:
            from lint_rules.store.fileio import sqlite_damage

            if self._build is None or not sqlite_damage(exc):
                raise
            self._recover(exc)
        if self._fallback is not None:
            raise _InMemory()
        return list(self._cursor().execute(sql, args).fetchall())

    def _recover(self, exc: BaseException) -> None:
        import sqlite3
        import sys

        assert self._build is not None
        print(f"healthlint: warning: the cached table {self.path.name} was damaged ({exc}); "
              "rebuilding it", file=sys.stderr)
        pairs = list(self._build())
        try:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self.path.unlink(missing_ok=True)
            write_table(self.path, pairs)
            self._cursor().execute("SELECT k FROM kv LIMIT 1").fetchone()
        except (OSError, sqlite3.Error):
            self._fallback = dict(pairs)

    def _cursor(self) -> Any:
        if self._conn is None or self._pid != os.getpid():
            import sqlite3

            # immutable: nobody writes the file after the rename, so SQLite takes no locks
            self._conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro&immutable=1", uri=True,
                                         check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def get(self, key: str, default: Any = None) -> Any:
        found = self._memo.get(key, _MISSING)
        if found is _MISSING:
            try:
                rows = self._query("SELECT v FROM kv WHERE k = ?", (key,))
                found = rows[0][0] if rows else None
            except _InMemory:
                found = self._fallback.get(key) if self._fallback is not None else None
            self._memo[key] = found
        return default if found is None else found

    #: Keys one ``prefetch`` query asks for at most (SQLite's oldest limit on the number
    #: of parameters of a statement is 999).
    PREFETCH_CHUNK = 500

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the rows of ``keys`` not yet remembered in one query (``WHERE k IN (…)``),
        misses remembered too, so the ``get``s that follow are answered from memory: one
        statement for an article's words instead of one per word (714 for a 2,000-word
        article's syllables, about 7 ms). Answers are the ones ``get`` would read."""
        memo = self._memo
        todo = list(dict.fromkeys(k for k in keys if k not in memo))
        for i in range(0, len(todo), self.PREFETCH_CHUNK):
            chunk = todo[i:i + self.PREFETCH_CHUNK]
            try:
                rows = self._query(f"SELECT k, v FROM kv WHERE k IN ({','.join('?' * len(chunk))})", tuple(chunk))
            except _InMemory:
                return
            found = dict(rows)
            for key in chunk:
                memo[key] = found.get(key)

    def __getitem__(self, key: str) -> V:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        # the concept matcher asks this of every word of every sentence: answer a
        # remembered key without the two calls ``get`` would add
        if not isinstance(key, str):
            return False
        found = self._memo.get(key, _MISSING)
        if found is _MISSING:
            return self.get(key, _MISSING) is not _MISSING
        return found is not None

    def __iter__(self) -> Iterator[str]:
        try:
            return iter([row[0] for row in self._query("SELECT k FROM kv")])
        except _InMemory:
            return iter(list(self._fallback or {}))

    def __len__(self) -> int:
        if self._len is None:
            try:
                self._len = int(self._query("SELECT count(*) FROM kv")[0][0])
            except _InMemory:
                self._len = len(self._fallback or {})
        return self._len

    def check(self) -> None:
        """Open the file and read one row: raises ``sqlite3.Error`` on a damaged table."""
        self._cursor().execute("SELECT k FROM kv LIMIT 1").fetchone()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._memo = BoundedMemo(MEMO_LIMIT)

    def __getstate__(self) -> dict[str, Any]:  # a connection does not pickle; reopen on use
        return {"path": self.path, "_memo": {}, "_conn": None, "_pid": -1, "_len": self._len,
                "_build": None, "_fallback": self._fallback}


class _InMemory(Exception):
    """The table is answered from memory (its file could not be rebuilt)."""


def write_table(path: Path, pairs: Iterable[tuple[str, Any]]) -> None:
    """Write ``pairs`` as the table file ``path`` (replaced whole, never seen half written)."""
    import sqlite3

    from lint_rules.store.fileio import replacing

    with replacing(path) as tmp:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v) WITHOUT ROWID")
            # in key order, so the B-tree is appended to rather than split all over (a
            # quarter faster on an empty cache); a stable sort keeps the last of equal keys last
            ordered: list[tuple[str, Any]] = sorted(pairs, key=_first)
            conn.executemany("INSERT OR REPLACE INTO kv VALUES (?, ?)", ordered)
            conn.commit()
        finally:
            conn.close()


def _copy(source: Path, path: Path) -> bool:
    """Copy a shipped table file into the cache as ``path`` (False where it cannot be written:
    the caller then builds the table, and keeps it in memory if that cannot be written either)."""
    import shutil

    from lint_rules.store.fileio import replacing

    try:
        with replacing(path) as tmp:
            shutil.copyfile(source, tmp)
    except OSError:
        return False
    return True


def _first(pair: tuple[str, Any]) -> str:
    return pair[0]


def table_path(name: str, key: str) -> Path:
    from lint_rules.store.fileio import cache_dir

    digest = key_digest(f"{__version__}|{key}".encode())[:16]
    return cache_dir() / f"{name}-{digest}.sqlite"


def open_table(name: str, key: str, build: Callable[[], Iterable[tuple[str, V]]],
               shipped: Callable[[], Path | None] | None = None) -> Mapping[str, V]:
    """The table ``name`` for ``key``, built from ``build()`` on first use (see the module
    docstring for what happens without a cache folder or SQLite), or copied from the file
    ``shipped()`` names, the same table made when the wheel was built
    (``lint_rules.store.prebuilt``)."""
    try:
        import sqlite3
    except ImportError:  # a Python built without SQLite
        return dict(build())
    path = table_path(name, key).absolute()  # a relative cache folder stays put if the cwd changes
    if not path.is_file():
        ready = shipped() if shipped is not None else None
        if ready is None or not _copy(ready, path):
            pairs = list(build())
            try:
                write_table(path, pairs)
            except (OSError, sqlite3.Error):
                return dict(pairs)  # read-only home, full disk: this run keeps it in memory
        from lint_rules.store.fileio import prune_stale

        prune_stale(path, name)
    table: SqliteTable[V] = SqliteTable(path, build)
    try:
        table.check()  # a damaged file is rebuilt below
    except sqlite3.Error as exc:
        import sys

        print(f"healthlint: warning: the cached table {path.name} was damaged ({exc}); "
              "rebuilding it", file=sys.stderr)
        pairs = list(build())
        try:
            path.unlink()
            write_table(path, pairs)
            table = SqliteTable(path, build)
            table.check()
        except (OSError, sqlite3.Error):
            return dict(pairs)
    return table
