"""The on-disk look-up cache: one SQLite file, values as JSON with an expiry time.

Shared by every online rule (link checks, JSON look-ups), safe across the threads of one
run and across processes (SQLite's WAL mode). A corrupt, locked or unwritable cache file
never stops a run: the cache turns itself off and says so once.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_SCHEMA = ("CREATE TABLE IF NOT EXISTS entries "
           "(key TEXT PRIMARY KEY, expires REAL, value TEXT, stored REAL)")


class Cache:
    def __init__(self, path: str | Path | None, max_age: float | None = None, namespace: str = "") -> None:
        self.path = Path(path) if path else None
        #: prefixed to every key: entries of one address policy are invisible to another
        self.namespace = namespace
        #: ``--cache-ttl``: entries older than this are stale whatever their own lifetime
        self.max_age = max_age
        self.problem: str | None = None
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, tuple[float, str, float]] = {}
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(self.path), timeout=5, check_same_thread=False,
                                     isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(_SCHEMA)
                self._db = db
            except (sqlite3.Error, OSError) as exc:
                self.problem = f"look-up cache {self.path} is unusable ({exc}); running without it"

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get(self, key: str) -> Any | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """Fresh values for ``keys`` (expired and missing keys are left out)."""
        if self._db is None:
            return {}
        if self.namespace:
            found = self._get_many([self.namespace + k for k in keys])
            return {k[len(self.namespace):]: v for k, v in found.items()}
        return self._get_many(list(keys))

    def _get_many(self, keys: list[str]) -> dict[str, Any]:
        assert self._db is not None
        out: dict[str, Any] = {}
        now = time.time()
        oldest = now - self.max_age if self.max_age is not None else float("-inf")
        with self._lock:
            for key in keys:
                pending = self._pending.get(key)
                if pending is not None and pending[0] > now and pending[2] >= oldest:
                    out[key] = json.loads(pending[1])
            keys = [k for k in keys if k not in out]
            try:
                for i in range(0, len(keys), 500):
                    chunk = keys[i : i + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT key, expires, value, stored FROM entries WHERE key IN ({marks})", chunk
                    ).fetchall()
                    for key, expires, value, stored in rows:
                        if expires > now and stored >= oldest:
                            out[key] = json.loads(value)
            except (sqlite3.Error, ValueError) as exc:
                self._disable(exc)
        return out

    def put(self, key: str, value: Any, ttl: float) -> None:
        """Store ``value`` for ``ttl`` seconds (written in batches; ``flush`` at the end)."""
        if self._db is None or ttl <= 0:
            return
        with self._lock:
            now = time.time()
            self._pending[self.namespace + key] = (now + ttl, json.dumps(value, separators=(",", ":")), now)
            if len(self._pending) >= 200:
                self._flush_locked()

    def flush(self) -> None:
        with self._lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        if self._db is None or not self._pending:
            self._pending.clear()
            return
        rows = [(k, exp, v, stored) for k, (exp, v, stored) in self._pending.items()]
        self._pending = {}
        try:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        self.problem = f"look-up cache {self.path} failed ({exc}); running without it"
        try:
            if self._db is not None:
                self._db.close()
        except sqlite3.Error:
            pass
        self._db = None

    def close(self) -> None:
        self.flush()
        with self._lock:
            if self._db is not None:
                try:
                    self._db.execute("DELETE FROM entries WHERE expires < ?", (time.time() - 86400,))
                except sqlite3.Error:
                    pass
                self._db.close()
                self._db = None
