"""Configuration: ``[tool.healthlint]`` in ``pyproject.toml`` or a ``.healthlint.toml``,
found upward from each linted file (the nearest one wins, as in ruff), with per-path
overrides by glob. Every key is validated and errors name the key and the file.

Tables that belong to one feature (``network``, ``grammar``, ``readability``,
``reviewers``, ``history``…) are validated by that feature through ``section()`` and
``register_section``; this module only checks that they are tables.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import Any

from lint_rules.core import Rule, Severity
from lint_rules.loading import DEFAULT_MAX_BYTES, parse_size
from lint_rules.store.compiled_re import compile_re

CONFIG_FILES = (".healthlint.toml", "pyproject.toml")
#: A pyproject.toml that mentions our table: if it is broken, that is a config error.
_HEALTHLINT_TABLE_RE = compile_re(r"^\s*\[\[?\s*tool\s*\.\s*healthlint\b|^\s*tool\s*\.\s*healthlint\b", re.MULTILINE)
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.mdown", "*.mkd", "*.html", "*.htm", "*.txt")
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox",
    "_site", "site-packages", ".healthlint-cache",
)

#: Feature tables: name -> validator(table, where) returning the cleaned table.
SECTIONS: dict[str, Callable[[Mapping[str, Any], str], Mapping[str, Any]] | None] = {
    "network": None, "grammar": None, "readability": None, "reviewers": None,
    "history": None, "citations": None, "links": None, "credentials": None, "claims": None,
    "concepts": None, "report": None, "budget": None,
}


#: Modules that own a table but are not rule modules (imported on demand to validate it).
SECTION_OWNERS = {"reviewers": "lint_rules.reviewers", "history": "lint_rules.commands.scan",
                  "network": "lint_rules.services.net.settings",
                  "citations": "lint_rules.services.lookups",
                  "grammar": "lint_rules.services.languagetool"}


def register_section(
    name: str, validator: Callable[[Mapping[str, Any], str], Mapping[str, Any]] | None = None
) -> None:
    """Let a feature own a config table (its validator raises ``ConfigError``)."""
    SECTIONS[name] = validator


def register_parsed_section(name: str, parse: Callable[[Mapping[str, Any]], object]) -> None:
    """Let a feature own a config table checked by its settings parser, which raises
    ``ValueError("<key> <problem>")``; the error names the table and key
    ("[tool.healthlint].links.archive-url must be an http(s) URL")."""

    def validate(table: Mapping[str, Any], where: str) -> Mapping[str, Any]:
        try:
            parse(table)
        except ValueError as exc:
            raise ConfigError(f"{where}.{exc}") from None
        return dict(table)

    register_section(name, validate)


def reject_unknown_keys(table: Mapping[str, Any], known: Iterable[str]) -> None:
    """Raise ``ValueError("<key>: unknown key (known keys: …)")`` for the first key of
    ``table`` (in sorted order) that is not ``known``: the check every parser given to
    ``register_parsed_section`` opens with, in one wording (a misspelt key is the commonest
    configuration mistake, and the list of the keys there are is its fix)."""
    known = frozenset(known)
    unknown = sorted(k for k in table if k not in known)
    if unknown:
        raise ValueError(f"{unknown[0]}: unknown key (known keys: {', '.join(sorted(known))})")


class ConfigError(Exception):
    """A configuration problem; the message names the file and key."""


@dataclass(frozen=True)
class Override:
    """A per-path section of the configuration: the globs it applies to and what it changes."""
    paths: tuple[str, ...]
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    severity: Mapping[str, Severity]
    rules: Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True)
class FileConfig:
    """The effective configuration for one file."""

    source: str | None = None  #: the config file it came from
    root: str = "."  #: directory globs are relative to
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_file_size: int = DEFAULT_MAX_BYTES
    online: bool = False
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()

    def section(self, name: str) -> Mapping[str, Any]:
        return self.sections.get(name, {})

    def for_file(self, path: str | Path) -> FileConfig:
        """Apply the overrides whose globs match ``path``."""
        rel = _relative(path, self.root)
        cfg = self
        for ov in self.overrides:
            if any(_glob_match(rel, pattern) for pattern in ov.paths):
                cfg = replace(
                    cfg,
                    select=ov.select if ov.select is not None else cfg.select,
                    ignore=cfg.ignore + ov.ignore,
                    severity={**cfg.severity, **ov.severity},
                    rules={**cfg.rules, **{k: {**cfg.rules.get(k, {}), **v} for k, v in ov.rules.items()}},
                    overrides=(),
                )
        return cfg

    # -- rule selection -------------------------------------------------------------

    def enabled(self, rule: type[Rule]) -> bool:
        if rule.needs_network and not self.online:
            return False
        if any(_selector_matches(s, rule) for s in self.ignore):
            return False
        explicit = any(s != "ALL" and _selector_matches(s, rule) for s in self.select)
        if explicit:
            return True
        return rule.default_enabled and "ALL" in self.select

    def severity_for(self, rule: type[Rule]) -> Severity:
        for key in (rule.code, rule.name, rule.category):
            if key in self.severity:
                return self.severity[key]
        return rule.severity

    def options_for(self, rule: type[Rule]) -> dict[str, Any]:
        opts = {k: o.default for k, o in rule.options.items()}
        for key in (rule.code, rule.name):
            opts.update(self.rules.get(key, {}))
        return opts

    def describe(self) -> dict[str, Any]:
        """A JSON-friendly view for ``healthlint config PATH``."""
        return {
            "config_file": self.source,
            "root": self.root,
            "select": list(self.select),
            "ignore": list(self.ignore),
            "severity": {k: str(v) for k, v in self.severity.items()},
            "rules": {k: dict(v) for k, v in self.rules.items()},
            "fail-on": str(self.fail_on),
            "include": list(self.include),
            "exclude": list(self.exclude),
            "max-file-size": self.max_file_size,
            "online": self.online,
            **{k: dict(v) for k, v in self.sections.items()},
        }


def _selector_matches(selector: str, rule: type[Rule]) -> bool:
    if selector == "ALL":
        return True
    return (
        selector == rule.code
        or selector == rule.name
        or selector == rule.category
        or (selector.isupper() and rule.code.startswith(selector))
        or rule.name.startswith(selector + ".")
    )


def _relative(path: str | Path, root: str) -> str:
    p = Path(path).absolute()
    try:
        return PurePosixPath(p.relative_to(Path(root).absolute())).as_posix()
    except ValueError:
        return PurePosixPath(p).as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    """Glob on a relative POSIX path, as in .gitignore: ``*`` and ``?`` stay within one
    folder, ``**`` crosses folders and ``**/`` may match nothing; a pattern without ``/``
    matches any path component (``node_modules`` excludes every ``node_modules`` folder)."""
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in rel.split("/"))
    return _glob_regex(pattern.lstrip("/")).fullmatch(rel) is not None


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("(?:/.*)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[":
            close = pattern.find("]", i + 1)
            if close < 0:
                out.append(re.escape("["))
                i += 1
            else:
                body = pattern[i + 1 : close].replace("\\", "\\\\")
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = close + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return compile_re("".join(out))


def _check_globs(patterns: Iterable[str], fail: Callable[[str], ConfigError]) -> None:
    """Every glob must be one we can match ("[z-a]" is not a character range)."""
    for pattern in patterns:
        try:
            _glob_match("x", pattern)
            fnmatch.fnmatchcase("x", pattern)
        except re.error as exc:
            raise fail(f"{pattern!r} is not a valid glob pattern: {exc}") from None


def path_matches(rel: str, patterns: Iterable[str]) -> bool:
    return any(_glob_match(rel, p) for p in patterns)


# -- loading and validation ---------------------------------------------------------

_TOP_KEYS = {
    "select", "ignore", "extend-select", "extend-ignore", "severity", "rules", "overrides",
    "include", "exclude", "extend-exclude", "max-file-size", "fail-on", "online",
}


def load_config_file(path: Path, known_rules: Mapping[str, type[Rule]] | None = None) -> FileConfig:
    """Read and validate one config file. Raises ``ConfigError`` with a one-line message."""
    import tomllib  # here, not at the top: a run without a config file never imports it

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("healthlint", {})
        prefix = "tool.healthlint"
    else:
        table = data.get("tool", {}).get("healthlint", data) if "tool" in data else data
        prefix = ""
    return parse_config(table, str(path), prefix, known_rules, root=str(path.parent))


def parse_config(
    table: Mapping[str, Any],
    where: str,
    prefix: str = "",
    known_rules: Mapping[str, type[Rule]] | None = None,
    root: str = ".",
) -> FileConfig:
    def key(name: str) -> str:
        return f"{prefix}.{name}" if prefix else name

    def fail(name: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}: {key(name)}: {problem}")

    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: {prefix or 'config'} must be a table")
    unknown = [k for k in table if k not in _TOP_KEYS and k not in SECTIONS]
    if unknown:
        known = ", ".join(sorted(_TOP_KEYS | set(SECTIONS)))
        raise fail(unknown[0], f"unknown key (known keys: {known})")

    def str_list(name: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value = table.get(name, list(default))
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(name, "must be a list of strings")
        return tuple(value)

    for name in ("select", "extend-select", "ignore", "extend-ignore"):
        _check_selectors(str_list(name), known_rules, partial(fail, name))
    select = str_list("select", ("ALL",)) + str_list("extend-select")
    ignore = str_list("ignore") + str_list("extend-ignore")
    severity = _severities(table.get("severity", {}), lambda p: fail("severity", p), known_rules)
    rules = _rule_options(table.get("rules", {}), known_rules, _prefixed(fail, "rules"))
    try:
        fail_on = Severity.parse(str(table.get("fail-on", "error")))
    except ValueError as exc:
        raise fail("fail-on", str(exc)) from None
    max_size = table.get("max-file-size", DEFAULT_MAX_BYTES)
    if not isinstance(max_size, (int, str)) or isinstance(max_size, bool):
        raise fail("max-file-size", "must be a positive number of bytes or a size like '5MB'")
    max_size = _parse_size(max_size, lambda p: fail("max-file-size", p))
    online = table.get("online", False)
    if not isinstance(online, bool):
        raise fail("online", "must be true or false")
    sections: dict[str, Mapping[str, Any]] = {}
    for name in list(SECTIONS):
        if name not in table:
            continue
        validator = SECTIONS[name]
        if validator is None and name in SECTION_OWNERS:
            # a table whose owner is not a rule module (so the registry did not import it):
            # import it now so its validator registers, for API users as for the CLI
            import importlib

            importlib.import_module(SECTION_OWNERS[name])
            validator = SECTIONS[name]
        value = table[name]
        if not isinstance(value, Mapping):
            raise fail(name, "must be a table")
        sections[name] = validator(value, f"{where}: {key(name)}") if validator else dict(value)
    overrides = []
    raw_overrides = table.get("overrides", [])
    if not isinstance(raw_overrides, list):
        raise fail("overrides", "must be an array of tables ([[...overrides]])")
    for i, ov in enumerate(raw_overrides):
        name = f"overrides[{i}]"
        if not isinstance(ov, Mapping):
            raise fail(name, "must be a table")
        bad = [k for k in ov if k not in {"paths", "select", "ignore", "severity", "rules"}]
        if bad:
            raise fail(f"{name}.{bad[0]}", "unknown key (use paths, select, ignore, severity, rules)")
        paths = ov.get("paths")
        if isinstance(paths, str):
            paths = [paths]
        if not paths or not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise fail(f"{name}.paths", "must be a non-empty list of glob patterns")
        _check_globs(paths, partial(fail, f"{name}.paths"))
        ov_select = ov.get("select")
        if ov_select is not None and not (isinstance(ov_select, list) and all(isinstance(s, str) for s in ov_select)):
            raise fail(f"{name}.select", "must be a list of strings")
        ov_ignore = ov.get("ignore", [])
        if not (isinstance(ov_ignore, list) and all(isinstance(s, str) for s in ov_ignore)):
            raise fail(f"{name}.ignore", "must be a list of strings")
        overrides.append(Override(
            paths=tuple(paths),
            select=tuple(ov_select) if ov_select is not None else None,
            ignore=tuple(ov_ignore),
            severity=_severities(ov.get("severity", {}), partial(fail, f"{name}.severity"), known_rules),
            rules=_rule_options(ov.get("rules", {}), known_rules, _prefixed(fail, f"{name}.rules")),
        ))
    exclude = str_list("exclude", DEFAULT_EXCLUDE) + str_list("extend-exclude")
    _check_globs(str_list("exclude"), partial(fail, "exclude"))
    _check_globs(str_list("extend-exclude"), partial(fail, "extend-exclude"))
    _check_globs(str_list("include", DEFAULT_INCLUDE), partial(fail, "include"))
    return FileConfig(
        source=where if where != "<defaults>" else None, root=root, select=select, ignore=ignore,
        severity=severity, rules=rules, fail_on=fail_on,
        include=str_list("include", DEFAULT_INCLUDE), exclude=exclude,
        max_file_size=max_size, online=online, sections=sections, overrides=tuple(overrides),
    )


def _prefixed(
    fail: Callable[[str, str], ConfigError], prefix: str
) -> Callable[[str, str], ConfigError]:
    """``fail`` for keys under ``prefix`` (``overrides[0].rules`` + ``.CODE``)."""

    def fail_under(name: str, problem: str) -> ConfigError:
        return fail(f"{prefix}.{name}" if name else prefix, problem)

    return fail_under


def _flag_error(flag: str, problem: str) -> ConfigError:
    return ConfigError(f"{flag}: {problem}")


def _parse_size(text: Any, fail: Callable[[str], ConfigError]) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise fail(str(exc)) from None


def _severities(
    value: Any, fail: Callable[[str], ConfigError], known: Mapping[str, type[Rule]] | None = None
) -> dict[str, Severity]:
    """``{code, dotted name or category: severity}``; keys must name a rule or category."""
    if not isinstance(value, Mapping):
        raise fail("must be a table of CODE = \"error\" | \"warning\" | \"info\"")
    out = {}
    if known:
        from lint_rules.core import CATEGORIES

        names = set(CATEGORIES) | {n for r in known.values() for n in (r.code, r.name, r.category)}
        for k in value:
            if k not in names:
                raise fail(f"{k}: names no rule code, name or category (see `healthlint rules`)")
    for k, v in value.items():
        try:
            out[str(k)] = Severity.parse(str(v))
        except ValueError as exc:
            raise fail(f"{k}: {exc}") from None
    return out


def _check_selectors(
    selectors: Iterable[str], known: Mapping[str, type[Rule]] | None, fail: Callable[[str], ConfigError]
) -> None:
    if not known:
        return
    from lint_rules.core import CATEGORIES

    categories = set(CATEGORIES) | {r.category for r in known.values()}
    for s in selectors:
        if s == "ALL" or s in categories:
            continue
        if any(_selector_matches(s, r) for r in known.values()):
            continue
        raise fail(f"{s!r} matches no rule code, name or category (see `healthlint rules`)")


def _find_rule(name: str, known: Mapping[str, type[Rule]]) -> type[Rule] | None:
    for r in known.values():
        if name in (r.code, r.name):
            return r
    return None


def _rule_options(
    value: Any, known: Mapping[str, type[Rule]] | None, fail: Callable[[str, str], ConfigError]
) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise fail("", "must be a table of rule code = { option = value }")
    out: dict[str, dict[str, Any]] = {}
    for rule_key, opts in value.items():
        if not isinstance(opts, Mapping):
            raise fail(rule_key, "must be a table of options")
        rule = _find_rule(rule_key, known) if known else None
        if known is not None and rule is None:
            raise fail(rule_key, "no such rule (see `healthlint rules`)")
        cleaned: dict[str, Any] = {}
        for opt_key, opt_value in opts.items():
            if rule is not None:
                spec = rule.options.get(opt_key)
                if spec is None:
                    names = ", ".join(sorted(rule.options)) or "none"
                    raise fail(f"{rule_key}.{opt_key}", f"unknown option (options of {rule.code}: {names})")
                try:
                    opt_value = spec.validate(opt_key, opt_value)
                except ValueError as exc:
                    raise fail(f"{rule_key}.{opt_key}", str(exc)) from None
            cleaned[opt_key] = opt_value
        out[rule.code if rule else str(rule_key)] = cleaned
    return out


class ConfigResolver:
    """Finds the configuration for each file, upward from its directory; caches by
    directory so a scan of thousands of files reads each config file once."""

    def __init__(
        self,
        known_rules: Mapping[str, type[Rule]],
        explicit: Path | None = None,
        cli: Mapping[str, Any] | None = None,
    ) -> None:
        self.known_rules = known_rules
        self.cli = dict(cli or {})
        for option in ("select", "extend_select", "ignore"):
            flag = "--" + option.replace("_", "-")
            _check_selectors(self.cli.get(option) or (), known_rules,
                             partial(_flag_error, flag))
        self._by_dir: dict[Path, FileConfig] = {}
        self._explicit = load_config_file(explicit, known_rules) if explicit else None

    def for_path(self, path: str | Path) -> FileConfig:
        p = Path(path).absolute()
        directory = p if p.is_dir() else p.parent
        base = self._explicit or self._discover(directory)
        return self._apply_cli(base.for_file(p))  # the command line beats per-path overrides

    def _discover(self, directory: Path) -> FileConfig:
        chain = []
        current: Path | None = directory
        found: FileConfig | None = None
        while current is not None:
            if current in self._by_dir:
                found = self._by_dir[current]
                break
            chain.append(current)
            found = self._load_in(current)
            if found is not None:
                break
            current = current.parent if current.parent != current else None
        if found is None:
            found = FileConfig(root=str(Path.cwd()))
        for d in chain:
            self._by_dir[d] = found
        return found

    def _load_in(self, directory: Path) -> FileConfig | None:
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                import tomllib

                try:
                    text = candidate.read_text(encoding="utf-8")
                    data = tomllib.loads(text)
                except (OSError, UnicodeDecodeError):
                    continue  # an unreadable pyproject.toml is someone else's problem
                except tomllib.TOMLDecodeError as exc:
                    if _HEALTHLINT_TABLE_RE.search(text):
                        raise ConfigError(f"{candidate}: not valid TOML: {exc}") from None
                    continue  # someone else's broken pyproject is not our config
                if "healthlint" not in data.get("tool", {}):
                    continue
            return load_config_file(candidate, self.known_rules)
        return None

    def _apply_cli(self, cfg: FileConfig) -> FileConfig:
        cli = self.cli
        changes: dict[str, Any] = {}
        if cli.get("select"):
            changes["select"] = tuple(cli["select"])
        if cli.get("extend_select"):
            changes["select"] = changes.get("select", cfg.select) + tuple(cli["extend_select"])
        if cli.get("ignore"):
            changes["ignore"] = cfg.ignore + tuple(cli["ignore"])
        if cli.get("fail_on"):
            changes["fail_on"] = cli["fail_on"]
        if cli.get("online") is not None:
            changes["online"] = cli["online"]
        if cli.get("sections"):
            merged = {k: dict(v) for k, v in cfg.sections.items()}
            for name, values in cli["sections"].items():
                merged.setdefault(name, {}).update(values)
            changes["sections"] = merged
        return replace(cfg, **changes) if changes else cfg


def _register_budget() -> None:
    from lint_rules.budget import Budget

    register_parsed_section("budget", Budget.from_section)


_register_budget()
