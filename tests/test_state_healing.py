"""State that heals, and state that is not ours left alone (issue: damaged pages in the
scan's results.sqlite failed every later scan; a rule crash was cached and served after
the cause was fixed; a damaged user-cache table made rules fail on every file; a
`[history] path` naming someone's file was overwritten; history was recorded before the
site was written, without a lock)."""

from __future__ import annotations

import fcntl
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from plugin_helpers import write_pack

from lint_rules.store import kvstore
from lint_rules.store.history import History, HistoryRefused
from pipeline import main

ROOT = Path(__file__).resolve().parents[1]


def damage(path: Path, first: int = 2) -> None:
    """Overwrite pages from ``first`` on in an SQLite file, header intact, as a bad disk does."""
    size = path.stat().st_size
    assert size >= 4 * 4096, size
    with open(path, "r+b") as fh:
        for page in range(first, size // 4096 - 1):
            fh.seek(page * 4096)
            fh.write(os.urandom(4096))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    for i in range(60):
        (root / f"a{i:02}.md").write_text(f"# Article {i}\n\nKale {i} is a leafy green. " + "Words here. " * 40 + "\n")
    return root


def scan(content: Path, out: Path, *extra: str) -> int:
    return main(["scan", str(content), "--out", str(out), "--select", "META", "--progress", "none",
                 "--offline", *extra])


def test_damaged_pages_in_the_result_cache_are_rebuilt_once(content: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert scan(content, out) == 0
    cache = out / ".healthlint" / "results.sqlite"
    damage(cache)
    capsys.readouterr()
    assert scan(content, out) == 0  # old: "database disk image is malformed" on this and every later scan
    err = capsys.readouterr().err
    assert err.count("result cache") == 1 and "moved it to results.sqlite.corrupt" in err
    assert scan(content, out) == 0
    assert "result cache" not in capsys.readouterr().err
    assert len(json.loads((out / "findings.json").read_text())["files"]) == 60


@pytest.mark.parametrize("from_half", [False, True], ids=["found-on-open", "found-on-a-later-read"])
def test_a_damaged_user_cache_table_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], from_half: bool) -> None:
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    rows = [(f"word{i:05}", i) for i in range(20000)]
    table = kvstore.open_table("test-table", "v1", lambda: rows)
    path = kvstore.table_path("test-table", "v1")
    del table
    damage(path, path.stat().st_size // 4096 // 2 if from_half else 2)
    table = kvstore.open_table("test-table", "v1", lambda: rows)  # opening reads one row: passes
    values = [table.get(f"word{i:05}") for i in range(0, 20000, 97)]  # old: sqlite3.DatabaseError
    assert values == list(range(0, 20000, 97))
    err = capsys.readouterr().err
    assert err.count("was damaged") == 1
    assert kvstore.open_table("test-table", "v1", lambda: rows).get("word19999") == 19999


CRASHER = '''
import os

from lint_rules.core import Rule, Severity


class Crashes(Rule):
    """A test rule that crashes while a flag file exists.

    What it flags:
    "marker" (when it does not crash).

    Why it matters:
    It tests that crashes are never cached.

    Example:
    marker

    Better:
    nothing
    """

    code = "TST950"
    name = "test.crashes"
    category = "style"
    severity = Severity.WARNING

    def check(self, doc, ctx):
        if os.path.exists(os.environ["CRASH_FLAG"]):
            raise RuntimeError("the flag is up")
        i = doc.text.find("marker")
        if i >= 0:
            yield self.finding(doc, i, i + 6, "marker")
'''


def test_a_rule_crash_is_never_cached(tmp_path: Path) -> None:
    site = write_pack(tmp_path / "pack", "healthlint-crasher", {"crasher": "hl_crasher_pack"},
                      {"hl_crasher_pack.py": CRASHER})
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("A marker here.\n")
    flag = tmp_path / "flag"
    flag.touch()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]), "CRASH_FLAG": str(flag)}

    def run() -> list[str]:
        proc = subprocess.run([sys.executable, "-m", "pipeline", "scan", "content", "--out", "out",
                               "--select", "TST950", "--offline", "--progress", "none"],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        data = json.loads((tmp_path / "out" / "findings.json").read_text())
        return [f["code"] for f in data["files"][0]["findings"]]

    assert run() == ["HL001"]
    flag.unlink()  # the cause is fixed
    assert run() == ["TST950"]  # old: the cached crash was served again


def _valid_history(path: Path) -> None:
    h = History(path)
    h.record([], {"error": 0, "warning": 0, "info": 0}, "t", 1.0)
    h.close()


@pytest.mark.parametrize("what", ["text", "other-db", "folder"])
def test_history_path_that_is_not_ours_is_refused(content: Path, tmp_path: Path, what: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.sqlite"
    if what == "text":
        target.write_text("my precious notes\n" * 100)
    elif what == "other-db":
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
            conn.execute("INSERT INTO contacts VALUES ('Jo')")
        conn.close()
    else:
        target.mkdir()
    before = target.read_bytes() if target.is_file() else None
    (content / ".healthlint.toml").write_text(f'[history]\npath = "{target}"\n')
    assert scan(content, tmp_path / "site") == 2
    err = capsys.readouterr().err
    assert "[history] path" in err and "will not overwrite" in err and "Traceback" not in err
    assert err.count("\n") == 1  # one line
    if before is not None:
        assert target.read_bytes() == before  # old: renamed to .corrupt and replaced
    assert not (tmp_path / "notes.sqlite.corrupt").exists()
    with pytest.raises(HistoryRefused):
        History(target)


def test_a_full_disk_never_moves_a_valid_history_aside(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    _valid_history(path)
    before = path.read_bytes()
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before), old_limit[1]))  # no file may grow: a full disk
    try:
        with pytest.raises(sqlite3.Error):
            h = History(path)
            h.record([], {"error": 0, "warning": 0, "info": 0, "note": "x" * 100_000}, "t", 2.0)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert not (tmp_path / "h.sqlite.corrupt").exists()
    h = History(path)
    assert h.last_run() == 1  # the old run is still there
    h.close()


def test_history_is_recorded_only_after_the_site(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "index.html").mkdir(parents=True)  # the site cannot be written
    code = scan(content, out)
    assert code != 0
    with sqlite3.connect(out / ".healthlint" / "history.sqlite") as conn:
        runs = conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    assert runs == 0  # old: the run was recorded, so its findings were never shown as new
    (out / "index.html").rmdir()
    assert scan(content, out) == 0
    statuses = {f["status"] for fd in json.loads((out / "findings.json").read_text())["files"]
                for f in fd["findings"]}
    assert statuses == {"new"}


def test_a_second_scan_waits_for_the_history_lock(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert scan(content, out) == 0
    lock = open(out / ".healthlint" / "history.sqlite.lock", "a+b")  # noqa: SIM115
    fcntl.flock(lock, fcntl.LOCK_EX)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "scan", str(content), "--out", str(out),
                             "--select", "META", "--offline", "--progress", "none"],
                            env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if (out / ".healthlint" / "results.sqlite").exists() and time.monotonic() > deadline - 50:
                break
        assert proc.poll() is None  # still waiting
    finally:
        lock.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "waiting for another scan" in err
    with sqlite3.connect(out / ".healthlint" / "history.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2
