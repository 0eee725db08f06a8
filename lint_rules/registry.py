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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from lint_rules.core import Rule, iter_rule_classes

GROUP = "healthlint.rules"


@dataclass
class Registry:
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


def _builtin_first(ep: EntryPoint) -> tuple[bool, str, str]:
    """healthlint's own families register before any pack, so a pack cannot take their codes."""
    dist = getattr(ep, "dist", None)
    return (dist is None or dist.name != "healthlint", ep.name, ep.value)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    from lint_rules import builtin

    reg = Registry()
    for rule in iter_rule_classes(builtin):
        reg.add(rule, "healthlint")
    for ep in sorted(entry_points(group=GROUP), key=_builtin_first):
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
