"""Scan history in SQLite: every run with its counts, and the findings of recent runs, so
each finding of a new run is marked ``new`` or ``persisting`` and the ones that went away
are listed as ``fixed``.

A finding is recognised across runs by its *fingerprint*: the article path, the rule code
and the flagged words (whitespace and case normalised), plus a counter for identical
repeats. Line numbers are left out on purpose, so an edit above a finding does not make it
look new. A history file that SQLite cannot read is moved aside and started afresh, with a
warning: losing the trend is better than losing the nightly scan.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint_rules.store.baseline import fingerprints  # one identity for history, SARIF and baselines

#: Runs whose findings are kept (older runs keep only their counts, for the trend).
KEEP_FINDINGS_OF = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started REAL NOT NULL,
    finished REAL,
    tool_version TEXT,
    files INTEGER DEFAULT 0,
    counts TEXT DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS findings (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    line INTEGER,
    message TEXT,
    excerpt TEXT
);
CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id, path);
"""


@dataclass
class Comparison:
    """What changed in one file since the previous run."""

    status: list[str]  #: per finding: new or persisting
    fixed: list[dict[str, Any]] = field(default_factory=list)


class HistoryRefused(ValueError):
    """The configured path holds a file that is not a healthlint history: it is never
    overwritten, moved or rebuilt."""


def check_history_path(path: str | Path, owned: bool = False) -> None:
    """Raise ``HistoryRefused`` unless ``path`` is missing, empty, or an SQLite database
    that is (or could become) ours: no tables yet, or our ``runs`` and ``findings``. A
    damaged SQLite file passes here; ``History`` moves it aside. With ``owned`` (the
    default place in the site's own state folder, which only healthlint writes) any file
    there is ours, so one that is not a database at all is damage, not someone's file."""
    from lint_rules.store.fileio import file_kind_on_disk, sqlite_damage

    path = Path(path)
    kind = file_kind_on_disk(path)
    if kind == "other" and owned and path.is_file():
        return
    if kind == "other":
        what = "a folder" if path.is_dir() else "a file that is not an SQLite database"
        raise HistoryRefused(f"{path} is {what}; healthlint will not overwrite it "
                             "(point the history at a new file)")
    if kind != "sqlite":
        return
    conn = None
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if sqlite_damage(exc):
            return
        raise
    finally:
        if conn is not None:
            conn.close()
    tables.discard("sqlite_sequence")
    if tables and not {"runs", "findings"} <= tables:
        raise HistoryRefused(f"{path} is an SQLite database of something else (tables: "
                             f"{', '.join(sorted(tables)[:5])}); healthlint will not overwrite it")


class History:
    """An open history database. ``warnings`` collects what was repaired on open.

    A path that is not ours is refused (``HistoryRefused``). Only a damaged file (SQLite
    says corrupt or not a database, or ``PRAGMA quick_check`` finds bad pages) is moved
    aside to ``.corrupt`` and started afresh; a full disk, a locked database or a folder
    we may not write is an error for the caller, and the file stays as it is."""

    def __init__(self, path: str | Path, owned: bool = False) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        check_history_path(self.path, owned)
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        from lint_rules.store.fileio import open_checked_sqlite

        conn, warning = open_checked_sqlite(
            self.path, _SCHEMA,
            ["SELECT id, started, finished, counts FROM runs LIMIT 1",
             "SELECT run_id, fingerprint FROM findings LIMIT 1"],
            "history", "started a new history")
        if warning:
            self.warnings.append(warning)
        return conn

    def close(self) -> None:
        self.conn.close()

    # -- reading ---------------------------------------------------------------------

    def last_run(self) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
        return int(row[0]) if row else None

    def previous_findings(self, run_id: int | None) -> dict[str, dict[str, dict[str, Any]]]:
        """path -> fingerprint -> finding summary, for one run."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        if run_id is None:
            return out
        rows = self.conn.execute(
            "SELECT path, fingerprint, code, severity, line, message, excerpt FROM findings "
            "WHERE run_id = ?", (run_id,))
        for path, fp, code, sev, line, msg, excerpt in rows:
            out.setdefault(path, {})[fp] = {"code": code, "severity": sev, "line": line,
                                            "message": msg, "excerpt": excerpt}
        return out

    def trend(self, limit: int = 30) -> list[dict[str, Any]]:
        """Counts of the last ``limit`` finished runs, oldest first."""
        rows = self.conn.execute(
            "SELECT id, started, files, counts FROM runs WHERE finished IS NOT NULL "
            "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        out = []
        for run_id, started, files, counts in reversed(rows):
            out.append({"run": run_id, "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime(started)),
                        "files": files, **json.loads(counts or "{}")})
        return out

    # -- comparing and recording ----------------------------------------------------------

    def compare(self, results: Iterable[Any]) -> dict[str, Comparison]:
        """Mark each finding against the last finished run (files not in that run: new)."""
        previous = self.previous_findings(self.last_run())
        out = {}
        for r in results:
            before = previous.get(r.path, {})
            prints = fingerprints(r.path, r.findings)
            status = ["persisting" if fp in before else "new" for fp in prints]
            now = set(prints)
            fixed = [dict(v, fingerprint=fp) for fp, v in before.items() if fp not in now]
            out[r.path] = Comparison(status, fixed)
        return out

    def record(self, results: Sequence[Any], counts: dict[str, int], tool_version: str,
               started: float) -> int:
        """Store a finished run and its findings in one transaction."""
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO runs (started, finished, tool_version, files, counts) "
                "VALUES (?, ?, ?, ?, ?)",
                (started, time.time(), tool_version, len(results), json.dumps(counts)))
            run_id = int(cur.lastrowid or 0)
            rows = []
            for r in results:
                for fp, f in zip(fingerprints(r.path, r.findings), r.findings, strict=True):
                    rows.append((run_id, r.path, fp, f.code, str(f.severity), f.location.line,
                                 f.message, f.excerpt))
            self.conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.conn.execute(
                "DELETE FROM findings WHERE run_id NOT IN "
                "(SELECT id FROM runs ORDER BY id DESC LIMIT ?)", (KEEP_FINDINGS_OF,))
        return run_id
