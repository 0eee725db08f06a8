"""The nightly scan: the site it writes, history marks, the result cache, resuming after an
interruption, corrupt state files, shards and merge. Runs the real CLI on temp folders."""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

from lint_rules import builtin
from lint_rules.commands.scan import ScanState, in_shard, lint_with_cache, page_name
from lint_rules.config import ConfigResolver
from lint_rules.core import Finding, Rule, RuleContext, iter_rule_classes
from lint_rules.document import Document
from lint_rules.engine import Linter
from lint_rules.registry import Registry
from lint_rules.rules import metadata
from pipeline import main

NO_AUTHOR = "---\ntitle: Kale\ndate: 2024-01-01\n---\n# Kale\n\nKale is a leafy green.\n"
FINE = "---\ntitle: Naps\nauthor: Jo Lee\ndate: 2024-01-01\n---\n# Naps\n\nShort naps help.\n"
NOTHING = "# Fasting\n\nFasting is popular.\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "nutrition").mkdir(parents=True)
    (root / "sleep").mkdir()
    (root / "nutrition" / "kale.md").write_text(NO_AUTHOR)
    (root / "sleep" / "naps.md").write_text(FINE)
    (root / "fasting.md").write_text(NOTHING)
    (root / ".healthlint.toml").write_text(
        '[reviewers]\ndefault = "desk"\n'
        '[reviewers.nutri]\nname = "Dr. Nu Tri"\ncategories = ["metadata"]\npaths = ["nutrition/**"]\n')
    return root


def scan(content: Path, out: Path, *extra: str) -> int:
    return main(["scan", str(content), "--out", str(out), "--select", "META", "--progress", "lines", *extra])


JSON_SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "json-format.schema.json"


def assert_valid_json_output(data: dict) -> None:
    """findings.json is the documented JSON output plus the scan-only keys of the schema."""
    import jsonschema

    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def load(out: Path) -> dict:
    """The site's findings.json, validated against the schema (every scan test reads its
    output through here: fresh, rescanned with history, sharded and merged)."""
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert_valid_json_output(data)
    return data


def test_scan_writes_the_site(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert scan(content, out) == 0
    err = capsys.readouterr().err
    assert "healthlint scan: 3/3 files (100%)" in err
    for page in ("index.html", "findings.json", "findings.sarif", "articles/nutrition/kale.md.html",
                 "articles/sleep/naps.md.html", "articles/fasting.md.html",
                 "reviewers/nutri.html", "reviewers/desk.html"):
        assert (out / page).is_file(), page
    data = load(out)
    statuses = {f["status"] for fd in data["files"] for f in fd["findings"]}
    assert statuses == {"new"}
    kale = next(fd for fd in data["files"] if fd["path"].endswith("kale.md"))
    assert kale["reviewers"] == ["nutri"] and kale["findings"][0]["reviewers"] == ["nutri"]
    index = (out / "index.html").read_text(encoding="utf-8")
    # worst first: fasting (no author, no date) before kale (no author) before naps
    assert index.index("fasting.md</a>") < index.index("kale.md</a>") < index.index("naps.md</a>")
    sarif = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert {r["baselineState"] for r in sarif["runs"][0]["results"]} == {"new"}
    nutri = (out / "reviewers" / "nutri.html").read_text(encoding="utf-8")
    assert "nutrition/kale.md" in nutri and "fasting.md" not in nutri
    desk = (out / "reviewers" / "desk.html").read_text(encoding="utf-8")
    assert "fasting.md" in desk  # unmatched findings go to the default reviewer
    article = (out / "articles" / "nutrition" / "kale.md.html").read_text(encoding="utf-8")
    assert 'href="../../index.html"' in article and "Kale is a leafy green." in article


def test_rescan_reuses_cache_and_marks_changes(content: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    scan(content, out)
    capsys.readouterr()
    scan(content, out)
    assert "3 of 3 files unchanged since their last scan" in capsys.readouterr().err
    assert {f["status"] for fd in load(out)["files"] for f in fd["findings"]} == {"persisting"}
    # fasting gets an author (META001 fixed, META002 persists); lines shift
    (content / "fasting.md").write_text("By Ann Bee\n\n\n" + NOTHING)
    scan(content, out)
    assert "2 of 3 files unchanged" in capsys.readouterr().err
    fasting = next(fd for fd in load(out)["files"] if fd["path"].endswith("fasting.md"))
    assert [(f["code"], f["status"]) for f in fasting["findings"]] == [("META002", "persisting")]
    assert [f["code"] for f in fasting["fixed"]] == ["META001"]
    page = (out / "articles" / "fasting.md.html").read_text(encoding="utf-8")
    assert "Fixed since the last scan" in page and "st-persisting" in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Findings in recent runs" in index and "<polyline" in index


def test_site_inside_the_content_is_not_scanned(content: Path) -> None:
    assert scan(content, content / "site") == 0
    assert scan(content, content / "site") == 0
    assert len(load(content / "site")["files"]) == 3


def test_removed_article_page_is_deleted(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    scan(content, out)
    (content / "sleep" / "naps.md").unlink()
    scan(content, out)
    assert not (out / "articles" / "sleep" / "naps.md.html").exists()


def test_corrupt_cache_and_history_are_rebuilt(content: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    scan(content, out)
    for name in ("results.sqlite", "history.sqlite"):
        (out / ".healthlint" / name).write_bytes(b"garbage" * 500)
    for extra in ("results.sqlite-wal", "results.sqlite-shm"):
        (out / ".healthlint" / extra).unlink(missing_ok=True)
    capsys.readouterr()
    assert scan(content, out) == 0
    err = capsys.readouterr().err
    assert "result cache" in err and "history" in err and "could not be read" in err
    assert {f["status"] for fd in load(out)["files"] for f in fd["findings"]} == {"new"}
    with sqlite3.connect(out / ".healthlint" / "history.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_history_path_from_config(content: Path, tmp_path: Path) -> None:
    cfg = content / ".healthlint.toml"
    cfg.write_text(cfg.read_text() + '\n[history]\npath = "state/hist.sqlite"\n')
    scan(content, tmp_path / "site")
    assert (content / "state" / "hist.sqlite").is_file()
    assert not (tmp_path / "site" / ".healthlint" / "history.sqlite").exists()


def test_shards_split_deterministically_and_merge(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    names = [f"a{i:02d}.md" for i in range(12)]
    for n in names:
        (content / n).write_text(NOTHING)
    for k in (1, 2, 3):
        assert scan(content, tmp_path / f"s{k}", "--shard", f"{k}/3") == 0
    parts = [{Path(fd["path"]).name for fd in load(tmp_path / f"s{k}")["files"]} for k in (1, 2, 3)]
    assert sorted(n for p in parts for n in p) == names  # disjoint and complete
    assert all(parts)
    assert parts[0] == {n for n in names if in_shard(n, (1, 3))}
    assert main(["merge", *(str(tmp_path / f"s{k}") for k in (1, 2, 3)),
                 "--out", str(tmp_path / "site"), "--progress", "none"]) == 0
    merged = load(tmp_path / "site")
    assert sorted(Path(fd["path"]).name for fd in merged["files"]) == names
    assert all((tmp_path / "site" / "articles" / f"{n}.html").is_file() for n in names)
    assert {f["status"] for fd in merged["files"] for f in fd["findings"]} == {"new"}


def test_merge_rejects_a_folder_without_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["merge", str(tmp_path), "--out", str(tmp_path / "site")]) == 2
    assert "not a scan output" in capsys.readouterr().err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert main(["scan", str(tmp_path), "--out", str(tmp_path / "o"), "--shard", "3/2"]) == 2
    assert "K/N" in capsys.readouterr().err
    (tmp_path / "afile").write_text("x")
    assert main(["scan", str(tmp_path), "--out", str(tmp_path / "afile")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    (tmp_path / "a.md").write_text(NOTHING)
    assert main(["scan", str(tmp_path), "--out", str(tmp_path / "o"), "--select", "META",
                 "--history", str(tmp_path / "afile" / "h.sqlite")]) == 2
    assert "cannot open" in capsys.readouterr().err


def test_page_names_stay_inside_the_site() -> None:
    assert page_name("a/b c/d.md") == f"articles/a/b_c~{_h('b c')}/d.md.html"
    assert page_name("../../etc/passwd") == "articles/etc/passwd.html"


def _h(part: str) -> str:
    import hashlib

    return hashlib.sha256(part.encode()).hexdigest()[:8]


def test_page_names_never_collide() -> None:
    names = ["a b.md", "a_b.md", "a-b.md", "é.md", "ü.md", "日本.md", "中文.md", "a\x1b.md", "a\n.md", "a~b.md"]
    pages = [page_name(n) for n in names]
    assert len(set(pages)) == len(pages), pages  # old: "a b" and "a_b", and every non-ASCII name, shared one
    assert page_name("a_b.md") == "articles/a_b.md.html"  # safe names keep their page
    assert page_name("café.md").startswith("articles/cafe~")
    assert all(p.isascii() and "\x1b" not in p for p in pages)


class Interrupt(Rule):
    """Stops the run on a marked file, as Ctrl-C would.

    What it flags:
    Nothing; raises KeyboardInterrupt on files containing STOP while armed.

    Why it matters:
    Tests that an interrupted scan keeps what it finished.

    Example:
    STOP

    Better:
    Not applicable.
    """

    code = "TST900"
    name = "test.interrupt"
    category = "input"
    armed = True

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        if Interrupt.armed and "STOP" in doc.text:
            raise KeyboardInterrupt
        return ()


def test_interrupted_scan_resumes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    files = []
    for i in range(6):
        p = content / f"a{i}.md"
        p.write_text(NOTHING + ("STOP\n" if i == 4 else ""))
        files.append(str(p))
    reg = Registry()
    for module in (builtin, metadata):
        for rule in iter_rule_classes(module):
            reg.add(rule, module.__name__)
    reg.add(Interrupt, "test")
    linter = Linter(reg, ConfigResolver(reg.rules))
    args = argparse.Namespace(jobs=1, progress="none")
    state = ScanState(content, tmp_path / "site", 0.0)
    with pytest.raises(KeyboardInterrupt):
        lint_with_cache(linter, files, args, state)
    Interrupt.armed = False
    try:
        again = ScanState(content, tmp_path / "site", 0.0)
        results = lint_with_cache(linter, files, args, again)
    finally:
        Interrupt.armed = True
    assert again.reused == 4  # the four files finished before the interruption
    assert [Path(r.path).name for r in results] == [f"a{i}.md" for i in range(6)]
    assert all(r.findings for r in results)


def test_unchanged_pages_are_not_rewritten(content: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    scan(content, out)
    scan(content, out)  # statuses change from new to persisting: pages rewritten
    page = out / "articles" / "sleep" / "naps.md.html"
    before = page.stat().st_mtime_ns
    kale = out / "articles" / "nutrition" / "kale.md.html"
    (content / "nutrition" / "kale.md").write_text(NO_AUTHOR + "\nMore text.\n")
    kale_before = kale.stat().st_mtime_ns
    scan(content, out)
    assert page.stat().st_mtime_ns == before
    assert kale.stat().st_mtime_ns != kale_before and "More text." in kale.read_text()


def test_the_scan_and_check_both_read_page_titles(tmp_path: Path) -> None:
    """A page answering 200 whose title says it is gone is a soft 404 in the nightly scan,
    also for files under a second configuration, and (one GET a URL, issue 13) in
    ``check --online`` too."""
    from lint_rules.services.net.testserver import LocalServer

    with LocalServer() as server:
        server.route("/retired", 200, body="<title>Page unavailable | Clinic</title>")
        root = tmp_path / "content"
        for site in ("a", "b"):
            (root / site).mkdir(parents=True)
            (root / site / ".healthlint.toml").write_text(
                f"[links]\narchive = false\n[network]\ncache = false\nallow-private-networks = true\n"
                f"timeout = {1 if site == 'a' else 2}\n")
            (root / site / "page.md").write_text(f"# Page\n\nSee [this]({server.url('/retired')}).\n")
        args = ["--select", "LNK003", "--online", "--allow-private-networks", "--no-cache"]
        checked = tmp_path / "check.json"
        main(["check", *args, "-f", "json", "-o", str(checked), str(root / "a" / "page.md")])
        assert [f["code"] for f in json.loads(checked.read_text())["files"][0]["findings"]] == ["LNK003"]
        assert main(["scan", str(root), "--out", str(tmp_path / "site"), *args[:2]]) == 0
    found = {Path(f["path"]).parent.name: [x["code"] for x in f["findings"]] for f in load(tmp_path / "site")["files"]}
    assert found == {"a": ["LNK003"], "b": ["LNK003"]}


def test_site_pages_do_not_say_zero_link_problems_when_no_link_could_be_checked(tmp_path: Path) -> None:
    """Issue 13: with every host unreachable the pages said "Checked online: yes, Link
    problems: 0"."""
    from lint_rules.services.net.testserver import LocalServer

    closed = [LocalServer(f"127.0.0.{i}") for i in (6, 7)]
    root = tmp_path / "content"
    root.mkdir()
    (root / ".healthlint.toml").write_text(
        f'[links]\narchive = false\n[network]\ncache = false\n'
        f'network-probe = ["127.0.0.7:{closed[1].port}"]\n')
    (root / "page.md").write_text("# Page\n\n" + "".join(
        f"See [this](http://{s.host}:{s.port}/a).\n" for s in closed))
    for s in closed:
        s.httpd.server_close()
    site = tmp_path / "site"
    assert main(["scan", str(root), "--out", str(site), "--select", "links", "--allow-private-networks",
                 "--no-cache"]) == 0
    page = next(site.glob("articles/**/*.html")).read_text()
    assert "none of the links could be verified" in page
    assert "Link problems</th><td>0" not in page
    assert any("could not be verified" in p for p in load(site)["problems"])
