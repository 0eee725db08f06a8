"""Rule docs are generated from docstrings: every registered rule gets a page with the four
sections, the index lists every rule, and stale pages are removed."""

from __future__ import annotations

import json
from pathlib import Path

from lint_helpers import healthlint

from lint_rules.registry import load_registry
from lint_rules.ruledocs import SECTIONS

ROOT = Path(__file__).resolve().parent.parent


def test_rules_docs_writes_a_page_per_rule_with_the_four_sections(tmp_path: Path) -> None:
    out = tmp_path / "rules"
    out.mkdir()
    (out / "OLD001.md").write_text("# a rule that was removed\n", encoding="utf-8")
    (out / "notes.md").write_text("hand-written, kept\n", encoding="utf-8")
    proc = healthlint("rules", "--docs", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    registry = load_registry()
    assert f"wrote {len(registry.rules)} rule pages" in proc.stderr
    index = (out / "index.md").read_text(encoding="utf-8")
    for rule in registry.sorted():
        page = (out / f"{rule.code}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {rule.code} `{rule.name}`\n")
        assert f"[{rule.code}]({rule.code}.md)" in index
        if not rule.is_builtin():  # a third-party pack's docstrings are its own business
            continue
        assert rule.summary() and rule.summary() in page
        for section in SECTIONS:
            heading = f"\n## {section}\n\n"
            assert heading in page, (rule.code, section)
            body = page.split(heading, 1)[1].split("\n## ", 1)[0].strip()
            assert body, f"{rule.code}: empty section {section}"
    assert not (out / "OLD001.md").exists()
    assert (out / "notes.md").exists()


def test_rules_listing_formats(tmp_path: Path) -> None:
    listed = json.loads(healthlint("rules", "--format", "json", cwd=tmp_path).stdout)
    codes = [r["code"] for r in listed]
    assert codes == sorted(load_registry().rules)
    meta = next(r for r in listed if r["code"] == "META001")
    assert meta["origin"] == "metadata" and set(SECTIONS) <= set(meta["docs"])
    text = healthlint("rules", cwd=tmp_path).stdout.splitlines()
    assert any(line.startswith("META001  metadata.missing-author") for line in text)
    markdown = healthlint("rules", "--format", "markdown", cwd=tmp_path).stdout
    assert markdown.count("\n## Why it matters\n") == len(codes)

