"""Per-file result cache for the nightly scan, in SQLite.

A file's results are reused when nothing that could change them changed: the key hashes
the file's bytes, its effective configuration, the enabled rules with their ``version``
attributes, and the healthlint version. Results are stored as each file finishes, so an
interrupted scan resumes where it stopped. A cache SQLite cannot read is moved aside and
rebuilt, with a warning.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lint_rules import __version__
from lint_rules.core import Finding, Rule


def rules_fingerprint(rules: Iterable[type[Rule]]) -> str:
    parts = sorted(f"{r.code}:{r.version}:{r.__module__}.{r.__qualname__}" for r in rules)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def config_fingerprint(cfg: Any) -> str:
    described = json.dumps(cfg.describe(), sort_keys=True, default=str)
    return hashlib.sha256(described.encode()).hexdigest()[:16]


def file_key(path: str, *parts: str) -> str | None:
    """The cache key of a file's results, or None when the file cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    h.update("|".join((__version__, path, *parts)).encode())
    return h.hexdigest()


def result_to_dict(result: Any) -> dict[str, Any]:
    """``FileResult.as_dict`` plus what the JSON output leaves out but a reload needs:
    prose offsets of findings (to highlight them again) and the front matter."""
    data: dict[str, Any] = result.as_dict()
    for out, f in zip(data["findings"], result.findings, strict=True):
        out["start"], out["end"] = f.start, f.end
    data["meta"] = json.loads(json.dumps(result.meta, default=str))
    return data


def result_from_dict(data: dict[str, Any]) -> Any:
    from lint_rules.engine import FileResult

    path = data["path"]
    return FileResult(
        path=path, kind=data.get("kind"), error=data.get("error"),
        metrics=dict(data.get("metrics") or {}), meta=dict(data.get("meta") or {}),
        findings=[Finding.from_dict(path, f) for f in data.get("findings", [])],
    )


_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL);"


class ResultCache:
    """The scan's per-file results. Damage found on open (``PRAGMA quick_check``) or in
    the middle of a scan (a page that fails to read) moves the file aside and starts an
    empty cache, once, with one warning; the scan goes on and relints what it lost. A full
    disk or an unwritable folder is not damage: the file is left alone."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        #: told of damage met after opening (the scan prints it)
        self.on_warning: Callable[[str], None] | None = None
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        from lint_rules.store.fileio import open_checked_sqlite

        conn, warning = open_checked_sqlite(self.path, _SCHEMA, ["SELECT key, data FROM results LIMIT 1"],
                                            "result cache", "rebuilding it")
        if warning:
            self.warnings.append(warning)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _damaged(self, exc: sqlite3.DatabaseError) -> bool:
        """Handle damage met mid-scan: start afresh once and say so (``True``); anything
        else is re-raised by the caller."""
        from lint_rules.store.fileio import sqlite_damage

        if not sqlite_damage(exc) or any("moved it" in w for w in self.warnings):
            return False
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        from lint_rules.store.fileio import start_afresh

        self.conn, warning = start_afresh(self.path, _SCHEMA, "result cache", "rebuilding it", exc)
        self.warnings.append(warning)
        if self.on_warning is not None:
            self.on_warning(self.warnings[-1])
        return True

    def get(self, key: str) -> Any | None:
        try:
            row = self.conn.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            if self._damaged(exc):
                return None
            raise
        if row is None:
            return None
        try:
            return result_from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None  # an entry from an older shape: recompute it

    def put(self, key: str, result: Any) -> None:
        """Store and commit at once, so an interrupted scan keeps what it finished."""
        data = json.dumps(result_to_dict(result), ensure_ascii=False, default=str)
        for attempt in (1, 2):
            try:
                with self.conn:
                    self.conn.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, data))
                return
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or not self._damaged(exc):
                    raise

    def prune(self, keep: set[str]) -> None:
        """Forget entries no file of this run uses (edited or deleted articles)."""
        try:
            with self.conn:
                stale = [k for (k,) in self.conn.execute("SELECT key FROM results") if k not in keep]
                self.conn.executemany("DELETE FROM results WHERE key = ?", [(k,) for k in stale])
        except sqlite3.DatabaseError as exc:
            if not self._damaged(exc):
                raise

    def close(self) -> None:
        self.conn.close()
