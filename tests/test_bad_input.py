"""Bad input through the real ``healthlint`` command: each bad file gives one clear line on
stderr (never a traceback), every other file in the run is still linted, and the exit code
is 2 only when nothing could be linted."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lint_rules.loading import InputError, read_source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOOD = "---\nauthor: Jane Doe\ndate: 2024-01-01\n---\n\nA plain, fine paragraph.\n"


def healthlint_cmd() -> list[str]:
    exe = shutil.which("healthlint")
    assert exe, "the healthlint command is not installed (pip install -e .)"
    return [exe]


#: Reading files is the engine's job, so the metadata and input rules are enough here and
#: keep each run fast.
SELECT = ("--select", "HL,META")


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HEALTHLINT_DEBUG"}
    return subprocess.run([*healthlint_cmd(), "check", "--format", "json", *SELECT, *args], cwd=tmp,
                          capture_output=True, text=True, timeout=60, env=env)


def errors(proc: subprocess.CompletedProcess[str]) -> list[str]:
    """stderr lines, without warnings about third-party rule packs."""
    lines = [ln for ln in proc.stderr.splitlines() if "rule pack" not in ln]
    assert "Traceback" not in proc.stderr
    return lines


def files(proc: subprocess.CompletedProcess[str]) -> dict[str, dict[str, object]]:
    return {f["path"]: f for f in json.loads(proc.stdout)["files"]}


def setup_good(tmp: Path) -> None:
    (tmp / "good.md").write_text(GOOD, encoding="utf-8")


def assert_bad_file(tmp: Path, name: str, message: str) -> None:
    """``name`` is reported in one line naming it, good.md is still linted, exit is not 2;
    alone, the bad file gives exit 2."""
    setup_good(tmp)
    proc = run(tmp, name, "good.md")
    lines = errors(proc)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"healthlint: error: {name}: ") and message in lines[0], lines[0]
    out = files(proc)
    assert out["good.md"]["error"] is None and out["good.md"]["metrics"]["words"] == 4  # type: ignore[index]
    assert proc.returncode in (0, 1)
    alone = run(tmp, name)
    assert alone.returncode == 2
    assert len(errors(alone)) == 1


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_bad_file(tmp_path, "image.md", "binary file")


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes("Line one.\nCafé 中 au lait.\n".encode() + b"Na\xefve.\n")
    assert_bad_file(tmp_path, "latin.md", "not valid utf-8 (byte 0xef at line 3, column 3)")


def test_latin1_html_with_declared_charset(tmp_path: Path) -> None:
    html = '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Café au lait, naïve.</p></body></html>'
    (tmp_path / "a.html").write_bytes(html.encode("latin-1"))
    assert "Café au lait, naïve." in read_source(tmp_path / "a.html", "html")
    http_equiv = html.replace('<meta charset="iso-8859-1">',
                              '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    (tmp_path / "b.html").write_bytes(http_equiv.encode("cp1252"))
    assert "Café au lait, naïve." in read_source(tmp_path / "b.html", "html")
    proc = run(tmp_path, "a.html", "b.html")
    assert errors(proc) == []
    assert all(f["error"] is None for f in files(proc).values())


def test_undeclared_latin1_html_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "c.html").write_bytes("<p>Café</p>".encode("latin-1"))
    assert_bad_file(tmp_path, "c.html", "declare its encoding")


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                          (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(tmp_path: Path, bom: bytes, encoding: str) -> None:
    text = "---\nauthor: Zoë\n---\n\nBody with é.\n"
    (tmp_path / "bom.md").write_bytes(bom + text.encode(encoding))
    source = read_source(tmp_path / "bom.md", "markdown")
    assert source == text  # the BOM is gone, so front matter starts at line 1
    proc = run(tmp_path, "bom.md")
    assert errors(proc) == [] and proc.returncode == 0
    assert files(proc)["bom.md"]["error"] is None


def test_crlf_and_lone_cr_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(b"One.\r\nTwo.\rThree.\n")
    assert read_source(tmp_path / "a.md", "markdown") == "One.\nTwo.\nThree.\n"


def test_empty_file_is_linted(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    proc = run(tmp_path, "empty.md")
    assert errors(proc) == [] and proc.returncode == 0
    assert files(proc)["empty.md"]["error"] is None


def test_file_over_the_size_limit_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / ".healthlint.toml").write_text('max-file-size = "1KB"\n', encoding="utf-8")
    (tmp_path / "big.md").write_text("A sentence. " * 200, encoding="utf-8")
    setup_good(tmp_path)
    proc = run(tmp_path, "big.md", "good.md")
    lines = errors(proc)
    assert lines == ["healthlint: warning: big.md: skipped: 2.3 KB is over the 1.0 KB size limit "
                     "(set max-file-size in the config to raise it)"]
    out = files(proc)
    assert out["good.md"]["error"] is None
    assert [f["code"] for f in out["big.md"]["findings"]] == ["HL002"]  # type: ignore[index]
    assert out["big.md"]["findings"][0]["severity"] == "warning"  # type: ignore[index]
    assert proc.returncode == 0
    assert run(tmp_path, "big.md").returncode == 2  # nothing could be linted


def test_broken_html_is_linted(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "edge" / "broken.html", tmp_path / "broken.html")
    proc = run(tmp_path, "broken.html")
    assert errors(proc) == []
    assert files(proc)["broken.html"]["metrics"]["words"] > 20  # type: ignore[index]


def test_broken_front_matter_warns_and_lints_the_body(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "edge" / "broken-front-matter.md", tmp_path / "b.md")
    proc = run(tmp_path, "b.md")
    assert errors(proc) == []
    out = files(proc)["b.md"]
    codes = [f["code"] for f in out["findings"]]  # type: ignore[index]
    assert "HL003" in codes
    hl003 = next(f for f in out["findings"] if f["code"] == "HL003")  # type: ignore[union-attr]
    assert hl003["severity"] == "warning" and hl003["line"] == 1
    assert "front matter" in hl003["message"]
    assert out["metrics"]["words"] == 16  # type: ignore[index]
    assert proc.returncode == 0


def test_directory_with_a_symlink_loop_and_a_broken_symlink(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "one.md").write_text(GOOD, encoding="utf-8")
    os.symlink("..", site / "a" / "loop")  # a directory loop
    os.symlink("missing.md", site / "dangling.md")
    os.symlink("self.md", site / "self.md")
    proc = run(tmp_path, "site")
    lines = errors(proc)
    assert sorted(lines) == [
        "healthlint: error: site/dangling.md: is a broken symbolic link (to missing.md)",
        "healthlint: error: site/self.md: is a symbolic link loop (it points back to itself)",
    ]
    out = files(proc)
    assert out["site/a/one.md"]["error"] is None
    assert sum(1 for p in out if p.endswith("one.md")) == 1  # the loop was not followed
    assert proc.returncode == 1  # the unreadable files are error findings (HL001)


def test_nonexistent_path(tmp_path: Path) -> None:
    setup_good(tmp_path)
    proc = run(tmp_path, "nope.md", "good.md")
    assert errors(proc) == ["healthlint: error: nope.md: no such file or directory"]
    assert proc.returncode == 2  # good.md is still linted and reported
    alone = run(tmp_path, "nope.md")
    assert alone.returncode == 2 and errors(alone) == ["healthlint: error: nope.md: no such file or directory"]


def test_directory_without_lintable_files(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "data.csv").write_text("a,b\n", encoding="utf-8")
    proc = run(tmp_path, "d")
    assert proc.returncode == 2
    lines = errors(proc)
    assert len(lines) == 1 and lines[0].startswith("healthlint: error: no files to lint in d")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read chmod-000 files")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    try:
        assert_bad_file(tmp_path, "secret.md", "permission denied")
    finally:
        path.chmod(0o644)


def test_special_files_are_refused_without_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")  # reading it would block forever
    with pytest.raises(InputError, match="not a regular file"):
        read_source(tmp_path / "pipe.md", "markdown")
    assert_bad_file(tmp_path, "pipe.md", "not a regular file")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # a sparse 2 GB file: reading it would take the memory
        fh.truncate(2 * 1024**3)
    with pytest.raises(InputError, match=r"skipped: 2048\.0 MB is over the 5\.0 MB size limit") as exc:
        read_source(path, "text")
    assert exc.value.severity == "warning" and exc.value.code == "HL002"
