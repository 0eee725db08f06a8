"""The scan publishes only the content folder, under names that never collide, and no
file name, URL or excerpt can drive the terminal (issue: a symlink put /etc/passwd in the
public site; `a b.md` and `a_b.md` overwrote each other; escape sequences reached the
terminal)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from lint_helpers import healthlint

from lint_rules.config import ConfigResolver
from lint_rules.engine import discover
from lint_rules.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
SECRET = "TOP-SECRET-TOKEN-8c1f"


def _site_text(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*") if p.is_file()
                     and ".healthlint" not in p.parts)


def test_scan_never_follows_a_symlink_out_of_the_content_folder(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.txt"
    secrets.write_text(f"password: {SECRET}\n")
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    (content / "article.md").write_text("A calm article about sleep.\n")
    os.symlink(secrets, content / "leak.txt")
    os.symlink("/etc/passwd", content / "sub" / "passwd.md")
    os.symlink("../article.md", content / "sub" / "again.md")  # inside: fine
    proc = healthlint("scan", "content", "--out", "site", "--offline", "--progress", "none", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    text = _site_text(site)
    assert SECRET not in text and "root:x:0:0" not in text  # old: both pages were published
    assert "leak.txt: is a symbolic link to" in proc.stderr and "not followed" in proc.stderr
    paths = {Path(f["path"]).name for f in json.loads((site / "findings.json").read_text())["files"]}
    assert paths == {"article.md", "again.md"}


def test_check_reports_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "outside.md").write_text(f"{SECRET}\n")
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("Fine.\n")
    os.symlink(tmp_path / "outside.md", content / "b.md")
    proc = healthlint("check", "content", cwd=tmp_path)
    assert "b.md: is a symbolic link to" in proc.stderr
    assert SECRET not in proc.stdout
    assert proc.returncode == 0  # a.md was linted and is clean


def test_every_article_gets_its_own_page(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    names = ["a b.md", "a_b.md", "é.md", "ü.md", "日本.md"]
    for i, name in enumerate(names):
        (content / name).write_text(f"Article number {i} marker-{i}.\n")
    proc = healthlint("scan", "content", "--out", "site", "--offline", "--progress", "none", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "site" / "findings.json").read_text())
    pages = {Path(f["path"]).name: f["page"] for f in data["files"]}
    assert len(set(pages.values())) == len(names), pages
    for i, name in enumerate(names):
        page = (tmp_path / "site" / pages[name]).read_text(encoding="utf-8")
        assert f"marker-{i}" in page, name


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    evil = "evil\x1b[2J\x1b]0;owned\x07\u202e.md"
    (tmp_path / evil).write_text("See [the study](https://example.org/\x1b[31mred) in mice.\n"
                                 "Studies show \x1b[8m it cures \x9b everything.\n", encoding="utf-8")
    proc = healthlint("check", "--select", "ALL", evil, cwd=tmp_path)
    for stream in (proc.stdout, proc.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream and "\x9b" not in stream
    assert "evil\\x1b[2J" in proc.stdout  # shown, escaped
    gh = healthlint("check", "--format", "github", evil, cwd=tmp_path)
    assert "\x1b" not in gh.stdout


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    (content / "locked").mkdir(parents=True)
    (content / "a.md").write_text("Fine.\n")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # the kernel's answer for a chmod-000 folder
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover([str(content)], ConfigResolver(load_registry().rules)))
    assert (str(content / "a.md"), None) in found
    assert any(p.endswith("locked") and problem and "cannot be read" in problem for p, problem in found), found


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads chmod-000 folders")
def test_an_unreadable_folder_is_reported_by_check(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "locked").mkdir(parents=True)
    (content / "a.md").write_text("Fine.\n")
    (content / "locked" / "b.md").write_text("Hidden.\n")
    (content / "locked").chmod(0)
    try:
        proc = healthlint("check", "content", cwd=tmp_path)
    finally:
        (content / "locked").chmod(0o755)
    assert "locked: folder cannot be read" in proc.stderr
