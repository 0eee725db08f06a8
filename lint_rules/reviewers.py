"""Who reviews which finding: reviewer assignment from config and front matter.

Configuration (``.healthlint.toml``; ``[tool.healthlint.reviewers.NAME]`` in pyproject)::

    [reviewers]
    default = "managing-editor"          # gets every finding nobody else matches

    [reviewers.dr-okafor]
    name = "Dr. Ada Okafor"              # as front matter / bylines spell it (optional)
    categories = ["contradiction", "evidence", "claims"]
    paths = ["nutrition/**"]
    email = "ada@example.org"

Rules of assignment, per finding:

1. The article's reviewers are the ones its front matter names (``reviewer:`` or
   ``reviewers:``, by key or display name) *and* every configured reviewer whose ``paths``
   match the article (a reviewer without ``paths`` matches every article). Both apply: a
   medical reviewer named in front matter does not take the article away from the desk
   whose paths cover it (the links desk still sees its dead links).
2. Of those, the finding goes to each one whose ``categories`` include its category (a
   reviewer without ``categories``, or one named in front matter but not configured,
   takes every category).
3. A finding nobody takes goes to the default reviewer. Nothing is dropped.

A reviewer is always known by its config key: a display name (``name = "Dr. Ada Okafor"``)
in front matter resolves to the key, so it never appears as a second, empty reviewer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint_rules.config import ConfigError, path_matches, register_section

#: The default reviewer when the config names none.
DEFAULT_REVIEWER = "unassigned"
_REVIEWER_KEYS = {"name", "categories", "paths", "email"}


@dataclass(frozen=True)
class Reviewer:
    key: str
    name: str = ""
    categories: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    email: str = ""

    def takes_category(self, category: str) -> bool:
        return not self.categories or category in self.categories

    def covers_path(self, rel: str) -> bool:
        return not self.paths or path_matches(rel, self.paths)

    def answers_to(self, name: str) -> bool:
        wanted = _norm(name)
        return wanted in (_norm(self.key), _norm(self.name)) if wanted else False


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def validate_section(table: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    """Validator for the ``reviewers`` config table (registered with the config loader)."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key == "default":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{where}.default: must be a reviewer name")
            out["default"] = value.strip()
            continue
        if not isinstance(value, Mapping):
            raise ConfigError(f"{where}.{key}: must be a table ([reviewers.{key}]) "
                              "with categories, paths and optional name/email")
        unknown = sorted(set(value) - _REVIEWER_KEYS)
        if unknown:
            raise ConfigError(f"{where}.{key}.{unknown[0]}: unknown key "
                              f"(use {', '.join(sorted(_REVIEWER_KEYS))})")
        cleaned: dict[str, Any] = {}
        for list_key in ("categories", "paths"):
            items = value.get(list_key, [])
            if isinstance(items, str):
                items = [items]
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ConfigError(f"{where}.{key}.{list_key}: must be a list of strings")
            cleaned[list_key] = list(items)
        for str_key in ("name", "email"):
            if str_key in value:
                if not isinstance(value[str_key], str):
                    raise ConfigError(f"{where}.{key}.{str_key}: must be a string")
                cleaned[str_key] = value[str_key]
        out[str(key)] = cleaned
    return out


register_section("reviewers", validate_section)


@dataclass(frozen=True)
class ReviewerConfig:
    reviewers: tuple[Reviewer, ...]
    default: str = DEFAULT_REVIEWER

    @classmethod
    def from_section(cls, section: Mapping[str, Any]) -> ReviewerConfig:
        reviewers = tuple(
            Reviewer(key, v.get("name", ""), tuple(v.get("categories", ())),
                     tuple(v.get("paths", ())), v.get("email", ""))
            for key, v in section.items() if key != "default" and isinstance(v, Mapping)
        )
        return cls(reviewers, str(section.get("default", DEFAULT_REVIEWER)))

    def find(self, name: str) -> Reviewer | None:
        return next((r for r in self.reviewers if r.answers_to(name)), None)

    def names(self) -> list[str]:
        return sorted({r.key for r in self.reviewers} | {self.default})


def front_matter_reviewers(meta: Mapping[str, Any]) -> list[str]:
    """Names under ``reviewer:`` / ``reviewers:`` (strings, lists, or ``{name: …}``)."""
    out: list[str] = []
    for key in ("reviewer", "reviewers"):
        value = meta.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Mapping):
                item = item.get("name")
            if item not in (None, ""):
                out.append(str(item).strip())
    return out


@dataclass
class Assignment:
    """Reviewers of one article and of each of its findings (same order as findings)."""

    article: list[str]  #: reviewers the article is assigned to (front matter or paths)
    findings: list[list[str]]


def assign_file(result: Any, rel_path: str, rc: ReviewerConfig) -> Assignment:
    """Assign one ``FileResult``'s findings; ``rel_path`` is the path the globs see."""
    named = [rc.find(n) or Reviewer(n) for n in front_matter_reviewers(result.meta or {})]
    by_path = [r for r in rc.reviewers if r.covers_path(rel_path)]
    candidates = list({r.key: r for r in [*named, *by_path]}.values())
    article = [r.key for r in named] + [r.key for r in by_path if r.paths]
    per_finding = []
    for f in result.findings:
        who = [r.key for r in candidates if r.takes_category(f.category)]
        per_finding.append(who or [rc.default])
    return Assignment(_unique(article), per_finding)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def reviewer_config_for(path: str, resolver: Any) -> tuple[ReviewerConfig, str]:
    """The reviewers section that applies to ``path`` and the path relative to its root."""
    cfg = resolver.for_path(path)
    absolute = Path(path).absolute()
    try:
        rel = absolute.relative_to(Path(cfg.root).absolute()).as_posix()
    except ValueError:
        rel = absolute.as_posix()
    return ReviewerConfig.from_section(cfg.section("reviewers")), rel


def assign(results: Sequence[Any], resolver: Any) -> list[Assignment]:
    out = []
    for r in results:
        rc, rel = reviewer_config_for(r.path, resolver)
        out.append(assign_file(r, rel, rc))
    return out


def known_reviewers(results: Sequence[Any], resolver: Any) -> list[str]:
    """Every reviewer a run can show, by key: configured ones, the default, and front-matter
    names that match no configured reviewer (a configured one's display name is its key)."""
    names: set[str] = set()
    for r in results:
        rc, _ = reviewer_config_for(r.path, resolver)
        names.update(rc.names())
        names.update((found.key if (found := rc.find(n)) else n) for n in front_matter_reviewers(r.meta or {}))
    return sorted(names)


def for_reviewer(
    results: Sequence[Any], assignments: Sequence[Assignment], name: str
) -> list[tuple[Any, bool]]:
    """``(result with only this reviewer's findings, article assigned to them)`` pairs,
    assigned articles first, then the others that have a finding for them."""
    wanted = _norm(name)
    assigned, others = [], []
    for r, a in zip(results, assignments, strict=True):
        keep = [f for f, who in zip(r.findings, a.findings, strict=True)
                if wanted in (_norm(w) for w in who)]
        if wanted in (_norm(w) for w in a.article):
            assigned.append((dataclasses.replace(r, findings=keep), True))
        elif keep:
            others.append((dataclasses.replace(r, findings=keep), False))
    return assigned + others


def filter_for_reviewer(results: Sequence[Any], name: str, resolver: Any) -> list[Any]:
    """``healthlint check --reviewer NAME``: only NAME's findings, assigned articles
    first. An unknown name is a configuration error that lists the known reviewers."""
    configs = [reviewer_config_for(r.path, resolver)[0] for r in results]
    key = next((found.key for rc in configs if (found := rc.find(name)) is not None), None)
    if key is None:
        known = known_reviewers(results, resolver)
        if _norm(name) not in {_norm(k) for k in known}:
            raise ConfigError(f"--reviewer {name}: no such reviewer (known: {', '.join(known)})")
        key = name
    return [r for r, _ in for_reviewer(results, assign(results, resolver), key)]
