"""Small file helpers shared by reporters, caches and the scan: atomic writes and the
user cache directory."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3


def atomic_write(path: str | Path, text: str | bytes) -> None:
    """Write through a temporary file in the same folder and rename it into place, so a
    reader (or an interrupted run) never sees half a report."""
    path = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    if path.exists() and not path.is_file():  # /dev/null, /dev/stdout, a pipe: never rename over it
        with open(path, "wb") as out:
            out.write(data)
        return
    with replacing(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file in ``path``'s folder for the block to fill; it replaces ``path``
    when the block ends without an error and is removed otherwise."""
    import tempfile  # here: its imports (shutil, random) are 8 ms a start, and most runs write nothing

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp creates 0600 files; give the result the mode a plain open() would
        # (0666 less the umask) so a web server can serve the scan site.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def cache_dir() -> Path:
    """``$HEALTHLINT_CACHE_DIR`` or the platform's user cache folder for healthlint."""
    env = os.environ.get("HEALTHLINT_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("healthlint", appauthor=False))


#: Cache files older than this, of a name that has just been written afresh, are removed.
STALE_AFTER_DAYS = 30


def prune_stale(written: Path, name: str) -> None:
    """Remove the cache files of ``name`` other than ``written`` (the one just built) that
    were last written more than ``STALE_AFTER_DAYS`` ago: they were keyed by data or package
    versions since replaced, and each is up to a few megabytes. A file a version still in
    use needs and that is removed by mistake is rebuilt on that version's next run."""
    import re
    import time

    pattern = re.compile(rf"{re.escape(name)}-[0-9a-f]{{16}}\.(?:pickle|marshal|sqlite)")
    cutoff = time.time() - STALE_AFTER_DAYS * 86400
    try:
        entries = list(os.scandir(written.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name == written.name or not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            pass  # another process removed it, or it is not ours to remove


#: SQLite result codes that mean the file itself is damaged (not a full disk, a locked
#: database or a folder we may not write): SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = {11, 26}
SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_damage(exc: BaseException) -> bool:
    """Whether ``exc`` (a ``sqlite3`` error) says the database file is damaged. A full disk
    or an unwritable folder is not damage: such a file is never moved aside or rebuilt."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def file_kind_on_disk(path: Path) -> str:
    """``missing``, ``empty``, ``sqlite`` (by its 16-byte header) or ``other``."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return "missing"
    except IsADirectoryError:
        return "other"
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_MAGIC else "other"


def quick_check(conn: object) -> None:
    """``PRAGMA quick_check``: raises ``sqlite3.DatabaseError`` when pages are damaged (a
    read of one row succeeds on a file whose other pages are garbage)."""
    import sqlite3

    rows = conn.execute("PRAGMA quick_check").fetchall()  # type: ignore[attr-defined]
    if rows != [("ok",)]:
        exc = sqlite3.DatabaseError(f"database disk image is malformed ({rows[0][0] if rows else '?'})")
        exc.sqlite_errorcode = 11
        raise exc


def open_checked_sqlite(path: Path, schema: str, probes: Sequence[str], label: str,
                        fresh: str) -> tuple[sqlite3.Connection, str | None]:
    """Open (or create) an SQLite file healthlint owns and prove it readable: ``PRAGMA
    quick_check``, the schema script, and one read per table (``probes``). A damaged file
    (:func:`sqlite_damage`) is moved aside by :func:`start_afresh` and the warning to show
    once is returned with the new connection; anything else (a full disk, a lock, a folder
    that cannot be written) is raised for the caller to report and the file stays as it is.
    The result cache and the history open their files through here, so both repair alike."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = None
    try:
        conn = sqlite3.connect(path)
        quick_check(conn)
        conn.executescript(schema)
        for probe in probes:
            conn.execute(probe).fetchall()
        return conn, None
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if not path.is_file() or not sqlite_damage(exc):
            raise
        return start_afresh(path, schema, label, fresh, exc)


def start_afresh(path: Path, schema: str, label: str, fresh: str,
                 exc: BaseException) -> tuple[sqlite3.Connection, str]:
    """Move a damaged database (and its ``-wal``/``-shm`` side files) aside to
    ``<name>.corrupt``, create an empty one with ``schema``, and return it with the
    one-line warning "<label> <path> could not be read (<why>); moved it to … and <fresh>"."""
    import sqlite3

    aside = path.with_name(path.name + ".corrupt")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.replace(aside)
    conn = sqlite3.connect(path)
    conn.executescript(schema)
    return conn, f"{label} {path} could not be read ({exc}); moved it to {aside.name} and {fresh}"
