"""Rule discovery through the ``healthlint.rules`` entry-point group.

Built-in rule families and third-party packs register the same way (as flake8 and sqlfluff
plugins do); the core never imports a specific rule module. An entry point may name a Rule
class, a module (its Rule subclasses, or its ``RULES`` list) or a list of classes.

Built-in families register first, then packs in entry-point name order. A pack never
stops the linter: one that fails to import, registers nothing, or reuses a
code or name that is already taken is reported as one line in ``Registry.problems`` (the
CLI prints each on standard error once) and every other rule still runs.

``load_registry()`` is cached for the life of the process; tests that add or remove packs
call ``load_registry.cache_clear()``.

The entry points themselves are cached on disk (``diskcache``), keyed by every ``sys.path``
folder and the ``entry_points.txt`` (path, size, modification time) of each distribution in
it, so installing, removing or editing a pack changes the key. Reading that key takes about
a millisecond; importing ``importlib.metadata`` and scanning the distributions took 25 ms of
every pre-commit run.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from lint_rules.core import Rule, iter_rule_classes
from lint_rules.store.compiled_re import compile_re

GROUP = "healthlint.rules"


@dataclass
class Registry:
    """The rules by code, where each came from, and the rule packs that failed to load."""
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # code -> class
    problems: list[str] = field(default_factory=list)  # one line per pack problem
    origins: dict[str, str] = field(default_factory=dict)  # code -> entry point name

    def add(self, rule: type[Rule], origin: str) -> bool:
        existing = self.rules.get(rule.code)
        if existing is rule:
            return True
        if existing is not None:
            self.problems.append(
                f"rule pack '{origin}': code {rule.code} is already used by "
                f"'{self.origins[rule.code]}' ({existing.__module__}.{existing.__name__}); ignored"
            )
            return False
        if not rule.name or not rule.category:
            self.problems.append(
                f"rule pack '{origin}': {rule.__module__}.{rule.__name__} ({rule.code}) has no "
                f"{'name' if not rule.name else 'category'}; ignored"
            )
            return False
        clash = next((r for r in self.rules.values() if r.name == rule.name), None)
        if clash is not None:
            self.problems.append(
                f"rule pack '{origin}': name {rule.name} ({rule.code}) is already used by "
                f"{clash.code}; ignored"
            )
            return False
        self.rules[rule.code] = rule
        self.origins[rule.code] = origin
        return True

    def sorted(self) -> list[type[Rule]]:
        return sorted(self.rules.values(), key=lambda r: r.code)


class EntryPoint(NamedTuple):
    """What the registry needs of an ``importlib.metadata.EntryPoint``."""

    name: str
    value: str
    dist: str | None  #: the distribution's name

    def load(self) -> Any:
        """Import the target, as ``importlib.metadata.EntryPoint.load`` does."""
        match = _ENTRY_POINT.match(self.value)
        if match is None:
            raise ValueError(f"malformed entry point value {self.value!r}")
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        return functools.reduce(getattr, attrs, module)


#: The grammar ``importlib.metadata.EntryPoint.pattern`` accepts.
_ENTRY_POINT = compile_re(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def _installed_fingerprint() -> str:
    """Every ``sys.path`` entry and the ``entry_points.txt`` of each distribution in it."""
    parts: list[str] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                infos = sorted(d.path for d in found if d.name.endswith((".dist-info", ".egg-info")))
        except OSError:  # a zip file, a path hook or nothing at all
            try:
                stat = os.stat(entry)
                parts.append(f"{entry}|{stat.st_mtime_ns}|{stat.st_size}")
            except OSError:
                parts.append(f"{entry}|-")
            continue
        parts.append(f"{os.path.abspath(entry or '.')}|")
        for info in infos:
            try:
                stat = os.stat(os.path.join(info, "entry_points.txt"))
                parts.append(f"{info}|{stat.st_mtime_ns}|{stat.st_size}")
            except OSError:
                parts.append(f"{info}|-")
    return "\n".join(parts)


def _scan_entry_points() -> list[EntryPoint]:
    from importlib.metadata import entry_points

    return [EntryPoint(ep.name, ep.value, getattr(getattr(ep, "dist", None), "name", None))
            for ep in entry_points(group=GROUP)]


def installed_entry_points() -> list[EntryPoint]:
    """The ``healthlint.rules`` entry points of the installed distributions."""
    from lint_rules.store.diskcache import cached

    found = cached("entry-points", f"{GROUP}|{_installed_fingerprint()}",
                   lambda: [tuple(ep) for ep in _scan_entry_points()], builtin=True)
    return [EntryPoint(str(name), str(value), str(group)) for name, value, group in found]


def _builtin_first(ep: EntryPoint) -> tuple[bool, str, str]:
    """healthlint's own families register before any pack, so a pack cannot take their codes."""
    return (ep.dist != "healthlint", ep.name, ep.value)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    from lint_rules import builtin

    reg = Registry()
    for rule in iter_rule_classes(builtin):
        reg.add(rule, "healthlint")
    for ep in sorted(installed_entry_points(), key=_builtin_first):
        try:
            obj = ep.load()
            found = list(iter_rule_classes(obj))
        except Exception as exc:  # a broken pack must not stop the linter
            reg.problems.append(
                f"rule pack '{ep.name}' ({ep.value}) failed to import: "
                f"{type(exc).__name__}: {exc}".splitlines()[0]
            )
            continue
        if not found:
            reg.problems.append(f"rule pack '{ep.name}' ({ep.value}) registers no rules")
        for rule in found:
            reg.add(rule, ep.name)
    return reg
