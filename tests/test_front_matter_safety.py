"""Hostile or mistaken front matter is the file's own HL003 finding: the run goes on, every
other file is linted and the scan still writes its site (issue: one typo sank the run)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from lint_helpers import healthlint

from lint_rules.parsing.markdown import parse_markdown

ROOT = Path(__file__).resolve().parents[1]

BOMB = "".join(
    f"{k}: &{k} [" + ",".join([f"*{p}"] * 9 if p else ['"lol"'] * 9) + "]\n"
    for p, k in zip([None, *"abcdefgh"], "abcdefghi", strict=True)
)

YAML_CASES = {
    "impossible date": ("title: T\nupdated: 2024-02-30\n", "'2024-02-30' is not a valid date", 3),
    "4,301-digit integer": ("title: T\nviews: " + "9" * 4301 + "\n", "is not a valid number", 3),
    "recursive alias": ("title: T\nx: &a [*a]\n", "recursive alias", 3),
    "recursive mapping alias": ("a: &a\n  b: *a\n", "recursive alias", 2),
    "alias bomb": (BOMB, "expands to more than", None),
    "2,000-deep flow nesting": ("x: " + "[" * 2000 + "]" * 2000 + "\n", "nest", None),
    "300-deep block nesting": ("".join("  " * i + f"k{i}:\n" for i in range(300)), "nested more than 64", None),
    "python object tag": ("x: !!python/object/apply:os.system ['true']\n", "constructor", None),
}
TOML_CASES = {
    "2,000-deep arrays": ("x = " + "[" * 2000 + "]" * 2000 + "\n", "nested 2000 levels deep"),
    "2,000-deep dotted key": ("a" + ".a" * 2000 + " = 1\n", "nested more than 64"),
    "impossible date": ("d = 2024-02-30\n", "Invalid date"),
}


@pytest.mark.parametrize("name", list(YAML_CASES))
def test_yaml_front_matter_problem_is_the_files_own(name: str) -> None:
    fm, message, line = YAML_CASES[name]
    t0 = time.process_time()
    doc = parse_markdown("a.md", "---\n" + fm + "---\nThe body is still prose.\n")
    assert time.process_time() - t0 < 2
    assert doc.parse_problems, name
    assert any(message in m for _, _, m in doc.parse_problems), doc.parse_problems
    assert "The body is still prose." in doc.text
    if line is not None:
        s, _, _ = doc.parse_problems[0]
        assert doc.source_position(s)[0] == line


def test_a_bad_value_keeps_the_rest_of_the_metadata() -> None:
    doc = parse_markdown("a.md", "---\ntitle: Kratom\nauthor: Jane Doe\nupdated: 2024-02-30\n---\nBody.\n")
    assert doc.meta == {"title": "Kratom", "author": "Jane Doe", "updated": "2024-02-30"}


def test_plain_values_only() -> None:
    doc = parse_markdown("a.md", "---\ndate: 2024-02-03\nat: 2024-02-03 10:00:00\nb: !!binary aGk=\n"
                                 "s: !!set {x, y}\n---\nBody.\n")
    assert doc.meta == {"date": "2024-02-03", "at": "2024-02-03T10:00:00", "b": "aGk=", "s": ["x", "y"]}
    json.dumps(doc.meta)


@pytest.mark.parametrize("name", list(TOML_CASES))
def test_toml_front_matter_problem_is_the_files_own(name: str) -> None:
    fm, message = TOML_CASES[name]
    doc = parse_markdown("a.md", "+++\n" + fm + "+++\nThe body is still prose.\n")
    assert any(message in m for _, _, m in doc.parse_problems), doc.parse_problems
    assert "The body is still prose." in doc.text


def test_toml_brackets_in_strings_are_not_nesting() -> None:
    doc = parse_markdown("a.md", '+++\ntitle = "' + "[" * 100 + '"\n+++\nBody.\n')
    assert not doc.parse_problems and doc.meta["title"] == "[" * 100


def _write_all(folder: Path) -> list[str]:
    folder.mkdir()
    names = []
    for i, (fm, _, _) in enumerate(YAML_CASES.values()):
        (folder / f"y{i}.md").write_text("---\n" + fm + "---\nA body.\n")
        names.append(f"y{i}.md")
    for i, (fm, _) in enumerate(TOML_CASES.values()):
        (folder / f"t{i}.md").write_text("+++\n" + fm + "+++\nA body.\n")
        names.append(f"t{i}.md")
    (folder / "good.md").write_text("---\ntitle: Fine\n---\nStudies show it cures everything.\n")
    return names


def test_check_lints_every_file_past_bad_front_matter(tmp_path: Path) -> None:
    names = _write_all(tmp_path / "content")
    proc = healthlint("check", "--format", "json", "content", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    files = {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}
    assert set(files) == {*names, "good.md"}
    for name in names:
        assert files[name]["error"] is None
        assert any(f["code"] == "HL003" for f in files[name]["findings"]), name
    assert any(f["code"] == "CIT002" for f in files["good.md"]["findings"])


def test_scan_writes_its_site_past_bad_front_matter(tmp_path: Path) -> None:
    _write_all(tmp_path / "content")
    proc = healthlint("scan", "content", "--out", "site", "--offline", "--progress", "none", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    data = json.loads((tmp_path / "site" / "findings.json").read_text())
    assert len(data["files"]) == len(YAML_CASES) + len(TOML_CASES) + 1
