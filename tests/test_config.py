"""Configuration: discovery upward, selection, severities, per-path overrides, rule option
validation, malformed files and ``healthlint config PATH``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from lint_rules.config import ConfigError, ConfigResolver, FileConfig, parse_config
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import Document
from lint_rules.registry import load_registry

RULES = load_registry().rules
META001, META002 = RULES["META001"], RULES["META002"]


class DoseWords(Rule):
    """A rule with options, defined here to exercise option validation.

    What it flags:
    Nothing; it exists for tests.

    Why it matters:
    Option errors must name the key.

    Example:
    n/a

    Better:
    n/a
    """

    code = "TST001"
    name = "testing.dose-words"
    category = "style"
    options = {
        "max-words": Option(int, 25, "longest allowed sentence"),
        "ratio": Option(float, 0.5, "a fraction"),
        "terms": Option(list, [], "extra terms"),
        "strict": Option(bool, False, "be strict"),
    }

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        return ()


KNOWN = {**RULES, "TST001": DoseWords}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def resolve(path: Path, **kw: object) -> FileConfig:
    return ConfigResolver(KNOWN, **kw).for_path(path)  # type: ignore[arg-type]


# -- discovery ---------------------------------------------------------------------------


def test_nearest_config_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.healthlint]\nignore = ["META001"]\n')
    write(tmp_path / "docs" / ".healthlint.toml", 'ignore = ["META002"]\n')
    top = write(tmp_path / "a.md", "x")
    deep = write(tmp_path / "docs" / "guides" / "b.md", "x")
    assert resolve(top).ignore == ("META001",)
    cfg = resolve(deep)
    assert cfg.ignore == ("META002",)
    assert cfg.source == str(tmp_path / "docs" / ".healthlint.toml")
    assert cfg.root == str(tmp_path / "docs")


def test_healthlint_toml_beats_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.healthlint]\nignore = ["META001"]\n')
    write(tmp_path / ".healthlint.toml", 'ignore = ["META002"]\n')
    assert resolve(write(tmp_path / "a.md", "x")).ignore == ("META002",)


def test_healthlint_toml_may_use_the_tool_table(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", '[tool.healthlint]\nignore = ["META002"]\n')
    assert resolve(write(tmp_path / "a.md", "x")).ignore == ("META002",)


def test_pyproject_without_our_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.healthlint]\nignore = ["META001"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "other"\n[tool.ruff]\nline-length = 80\n')
    assert resolve(write(tmp_path / "sub" / "a.md", "x")).ignore == ("META001",)


def test_broken_pyproject_of_someone_else_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.healthlint]\nignore = ["META001"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[project\nname = \n")
    assert resolve(write(tmp_path / "sub" / "a.md", "x")).ignore == ("META001",)


def test_broken_pyproject_with_our_table_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.healthlint]\nignore = [\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: not valid TOML"):
        resolve(write(tmp_path / "a.md", "x"))


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    cfg = resolve(write(tmp_path / "a.md", "x"))
    assert cfg.source is None and cfg.select == ("ALL",) and cfg.fail_on == Severity.ERROR
    assert cfg.enabled(META001)


def test_explicit_config_skips_discovery(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", 'ignore = ["META002"]\n')
    explicit = write(tmp_path / "elsewhere" / "custom.toml", 'ignore = ["META001"]\n')
    cfg = ConfigResolver(KNOWN, explicit).for_path(write(tmp_path / "a.md", "x"))
    assert cfg.ignore == ("META001",)


# -- selection ---------------------------------------------------------------------------


@pytest.mark.parametrize("selector", ["META001", "META", "metadata.missing-author", "metadata"])
def test_ignore_by_code_prefix_name_and_category(selector: str) -> None:
    cfg = parse_config({"ignore": [selector]}, "t", known_rules=KNOWN)
    assert not cfg.enabled(META001)
    assert cfg.enabled(DoseWords)


@pytest.mark.parametrize("selector", ["TST001", "TST", "testing.dose-words", "style"])
def test_select_by_code_prefix_name_and_category(selector: str) -> None:
    cfg = parse_config({"select": [selector]}, "t", known_rules=KNOWN)
    assert cfg.enabled(DoseWords)
    assert not cfg.enabled(META001)


def test_ignore_beats_select_and_extend_select_adds() -> None:
    cfg = parse_config({"select": ["metadata"], "ignore": ["META002"], "extend-select": ["TST001"]},
                       "t", known_rules=KNOWN)
    assert cfg.enabled(META001) and not cfg.enabled(META002) and cfg.enabled(DoseWords)


def test_unknown_selector_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r"t: tool\.healthlint\.ignore: 'NOPE123' matches no rule"):
        parse_config({"ignore": ["NOPE123"]}, "t", "tool.healthlint", known_rules=KNOWN)


def test_online_rules_only_when_online() -> None:
    class Online(DoseWords):
        code = "TST002"
        name = "testing.online"
        needs_network = True

    assert not parse_config({}, "t").enabled(Online)
    assert parse_config({"online": True}, "t").enabled(Online)


# -- severities --------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["META001", "metadata.missing-author", "metadata"])
def test_severity_override(key: str) -> None:
    cfg = parse_config({"severity": {key: "error"}}, "t", known_rules=KNOWN)
    assert cfg.severity_for(META001) == Severity.ERROR
    assert cfg.severity_for(DoseWords) == DoseWords.severity


def test_code_severity_beats_category_severity() -> None:
    cfg = parse_config({"severity": {"metadata": "info", "META001": "error"}}, "t", known_rules=KNOWN)
    assert cfg.severity_for(META001) == Severity.ERROR
    assert cfg.severity_for(META002) == Severity.INFO


def test_bad_severity_value_and_key() -> None:
    with pytest.raises(ConfigError, match=r"severity: META001: unknown severity 'fatal'"):
        parse_config({"severity": {"META001": "fatal"}}, "t", known_rules=KNOWN)
    with pytest.raises(ConfigError, match=r"severity: NOPE: names no rule"):
        parse_config({"severity": {"NOPE": "error"}}, "t", known_rules=KNOWN)


def test_severity_is_applied_to_findings(tmp_path: Path) -> None:
    from lint_rules.api import lint_text

    findings = lint_text("Body only.", select=["META001"], extra_config={"severity": {"META001": "info"}})
    assert [(f.code, f.severity) for f in findings] == [("META001", Severity.INFO)]


# -- per-path overrides --------------------------------------------------------------------


def test_per_path_overrides(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", """
ignore = ["META002"]
[severity]
META001 = "info"

[[overrides]]
paths = ["drafts/**"]
ignore = ["META001"]

[[overrides]]
paths = ["news/*.md", "**/legacy/*"]
select = ["TST001"]
severity = { TST001 = "error" }
rules = { TST001 = { max-words = 40 } }
""")
    root_cfg = resolve(write(tmp_path / "a.md", "x"))
    assert root_cfg.enabled(META001) and not root_cfg.enabled(META002)
    assert root_cfg.severity_for(META001) == Severity.INFO

    draft = resolve(write(tmp_path / "drafts" / "deep" / "b.md", "x"))
    assert not draft.enabled(META001) and not draft.enabled(META002)

    news = resolve(write(tmp_path / "news" / "c.md", "x"))
    assert news.enabled(DoseWords) and not news.enabled(META001)
    assert news.severity_for(DoseWords) == Severity.ERROR
    assert news.options_for(DoseWords)["max-words"] == 40
    assert news.options_for(DoseWords)["ratio"] == 0.5  # defaults stay

    nested_news = resolve(write(tmp_path / "news" / "x" / "d.md", "x"))
    assert nested_news.enabled(META001)  # "news/*.md" does not cross folders
    legacy = resolve(write(tmp_path / "legacy" / "e.md", "x"))
    assert not legacy.enabled(META001)  # "**/" may match nothing
    assert legacy.severity_for(DoseWords) == Severity.ERROR


def test_command_line_beats_overrides(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", '[[overrides]]\npaths = ["*.md"]\nselect = ["TST001"]\n')
    cfg = ConfigResolver(KNOWN, cli={"select": ["META001"]}).for_path(write(tmp_path / "a.md", "x"))
    assert cfg.enabled(META001) and not cfg.enabled(DoseWords)


@pytest.mark.parametrize("table,message", [
    ({"overrides": {"paths": ["x"]}}, r"overrides: must be an array of tables"),
    ({"overrides": [{"select": ["META001"]}]}, r"overrides\[0\]\.paths: must be a non-empty list"),
    ({"overrides": [{"paths": ["x"], "colour": 1}]}, r"overrides\[0\]\.colour: unknown key"),
    ({"overrides": [{"paths": ["x"], "rules": {"TST001": {"max-words": "many"}}}]},
     r"overrides\[0\]\.rules\.TST001\.max-words: option 'max-words' must be int, not str"),
])
def test_override_errors_name_the_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(table, "cfg.toml", known_rules=KNOWN)


# -- rule options and other keys -----------------------------------------------------------


def test_rule_options_by_code_or_name() -> None:
    cfg = parse_config({"rules": {"testing.dose-words": {"terms": ["mg"], "ratio": 1}}}, "t", known_rules=KNOWN)
    opts = cfg.options_for(DoseWords)
    assert opts == {"max-words": 25, "ratio": 1, "terms": ["mg"], "strict": False}


@pytest.mark.parametrize("rules,message", [
    ({"TST001": {"max-words": "25"}}, r"tool\.healthlint\.rules\.TST001\.max-words: option 'max-words' must be int, not str"),
    ({"TST001": {"max-words": True}}, r"rules\.TST001\.max-words: option 'max-words' must be int, not bool"),
    ({"TST001": {"strict": 1}}, r"rules\.TST001\.strict: option 'strict' must be bool, not int"),
    ({"TST001": {"colour": 1}}, r"rules\.TST001\.colour: unknown option \(options of TST001: max-words, ratio, strict, terms\)"),
    ({"NOPE999": {"x": 1}}, r"rules\.NOPE999: no such rule"),
    ({"TST001": 3}, r"rules\.TST001: must be a table of options"),
])
def test_rule_option_errors_name_the_key(rules: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config({"rules": rules}, "pyproject.toml", "tool.healthlint", known_rules=KNOWN)


@pytest.mark.parametrize("table,message", [
    ({"selct": ["X"]}, r"selct: unknown key"),
    ({"select": "META001,META002"}, None),  # a string is one selector, which matches nothing
    ({"select": [1]}, r"select: must be a list of strings"),
    ({"fail-on": "fatal"}, r"fail-on: unknown severity 'fatal'"),
    ({"max-file-size": "lots"}, r"max-file-size: cannot read size 'lots'"),
    ({"max-file-size": -1}, r"max-file-size: must be a positive number"),
    ({"online": "yes"}, r"online: must be true or false"),
    ({"network": 3}, r"network: must be a table"),
])
def test_top_level_key_errors(table: dict[str, object], message: str | None) -> None:
    with pytest.raises(ConfigError, match=message or r"select: 'META001,META002' matches no rule"):
        parse_config(table, "t", known_rules=KNOWN)


@pytest.mark.parametrize("value,expected", [("5MB", 5 * 1024**2), ("500 KB", 500 * 1024), ("2KiB", 2048), (1000, 1000)])
def test_max_file_size(value: object, expected: int) -> None:
    assert parse_config({"max-file-size": value}, "t").max_file_size == expected


def test_include_and_exclude_are_used_by_discovery(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", 'include = ["*.md"]\nextend-exclude = ["drafts"]\n')
    write(tmp_path / "a.md", "A.")
    write(tmp_path / "b.txt", "B.")
    write(tmp_path / "drafts" / "c.md", "C.")
    write(tmp_path / "node_modules" / "d.md", "D.")
    from lint_rules.engine import discover

    found = [Path(p).name for p, problem in discover([str(tmp_path)], ConfigResolver(KNOWN))]
    assert found == ["a.md"]


# -- through the command line ----------------------------------------------------------------


def healthlint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60, env=_env())


def errors(proc: subprocess.CompletedProcess[str]) -> list[str]:
    """The error lines on stderr (warnings about rule packs may come first)."""
    return [line for line in proc.stderr.splitlines() if not line.startswith("healthlint: warning:")]


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    env.pop("HEALTHLINT_DEBUG", None)
    return env


def test_malformed_toml_is_one_line_and_exit_2(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", 'select = ["META001"\nignore = []\n')
    write(tmp_path / "a.md", "Body.")
    proc = healthlint("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    lines = errors(proc)
    assert len(lines) == 1 and ".healthlint.toml: not valid TOML" in lines[0] and "line 2" in lines[0]
    assert "Traceback" not in proc.stderr


def test_invalid_option_on_the_command_line_run(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.healthlint]\nfail-on = "sometimes"\n')
    write(tmp_path / "a.md", "Body.")
    proc = healthlint("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert errors(proc) == [(f"healthlint: error: {tmp_path / 'pyproject.toml'}: tool.healthlint.fail-on: "
                             "unknown severity 'sometimes' (use one of: info, warning, error)")]


def test_config_command_shows_the_effective_config(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", """
[tool.healthlint]
ignore = ["META002"]
fail-on = "warning"
max-file-size = "1MB"

[tool.healthlint.severity]
META001 = "error"

[[tool.healthlint.overrides]]
paths = ["drafts/*"]
ignore = ["META001"]
""")
    write(tmp_path / "drafts" / "x.md", "x")
    proc = healthlint("config", "a.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["config_file"] == str(tmp_path / "pyproject.toml")
    assert out["ignore"] == ["META002"]
    assert out["severity"] == {"META001": "error"}
    assert out["fail-on"] == "warning"
    assert out["max-file-size"] == 1024**2
    assert "META001" in out["enabled_rules"] and "META002" not in out["enabled_rules"]

    draft = json.loads(healthlint("config", "drafts/x.md", cwd=tmp_path).stdout)
    assert draft["ignore"] == ["META002", "META001"]
    assert "META001" not in draft["enabled_rules"]


def test_config_command_with_broken_config(tmp_path: Path) -> None:
    write(tmp_path / ".healthlint.toml", "select = 3\n")
    proc = healthlint("config", ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("select: must be a list of strings")


@pytest.mark.parametrize("table,message", [
    ({"rules": 3}, r"t: tool\.healthlint\.rules: must be a table of rule code"),
    ({"severity": ["META001"]}, r"t: tool\.healthlint\.severity: must be a table"),
    ({"include": "*.md", "exclude": [3]}, r"t: tool\.healthlint\.exclude: must be a list of strings"),
])
def test_table_shape_errors(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(table, "t", "tool.healthlint", known_rules=KNOWN)


def test_command_line_selectors_are_validated() -> None:
    with pytest.raises(ConfigError, match=r"--extend-select: 'NOPE' matches no rule"):
        ConfigResolver(KNOWN, cli={"extend_select": ["NOPE"]})


@pytest.mark.parametrize("rel,pattern,expected", [
    ("drafts/a.md", "drafts/*", True),
    ("drafts/x/a.md", "drafts/*", False),
    ("drafts/x/a.md", "drafts/**", True),
    ("a/b/drafts/c.md", "**/drafts/*.md", True),
    ("drafts/c.md", "**/drafts/*.md", True),
    ("x/node_modules/y.md", "node_modules", True),
    ("a.md", "[ab].md", True),
    ("c.md", "[!ab].md", True),
    ("a.md", "/a.md", True),
])
def test_glob_semantics(rel: str, pattern: str, expected: bool) -> None:
    from lint_rules.config import path_matches

    assert path_matches(rel, [pattern]) is expected
