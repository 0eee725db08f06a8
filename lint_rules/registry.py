"""Rule discovery through the ``healthlint.rules`` entry-point group.

Built-in rule families and third-party packs register the same way (as flake8 and sqlfluff
plugins do); the core never imports a specific rule module. An entry point may name a Rule
class, a module (its Rule subclasses, or its ``RULES`` list) or a list of classes. A pack
that fails to import is reported once and the other rules still run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points

from lint_rules.core import Rule, iter_rule_classes

GROUP = "healthlint.rules"


@dataclass
class Registry:
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # code -> class
    problems: list[str] = field(default_factory=list)  # one line per pack that failed
    origins: dict[str, str] = field(default_factory=dict)  # code -> entry point name

    def add(self, rule: type[Rule], origin: str) -> None:
        existing = self.rules.get(rule.code)
        if existing is not None and existing is not rule:
            self.problems.append(
                f"rule pack '{origin}': code {rule.code} is already used by "
                f"'{self.origins[rule.code]}' ({existing.__module__}.{existing.__name__}); ignored"
            )
            return
        self.rules[rule.code] = rule
        self.origins[rule.code] = origin

    def sorted(self) -> list[type[Rule]]:
        return sorted(self.rules.values(), key=lambda r: r.code)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    from lint_rules import builtin

    reg = Registry()
    for rule in iter_rule_classes(builtin):
        reg.add(rule, "healthlint")
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken pack must not stop the linter
            reg.problems.append(
                f"rule pack '{ep.name}' ({ep.value}) failed to import: "
                f"{type(exc).__name__}: {exc}".splitlines()[0]
            )
            continue
        for rule in iter_rule_classes(obj):
            reg.add(rule, ep.name)
    return reg
