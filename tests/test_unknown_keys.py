"""One check for a parsed config section's unknown keys (``config.reject_unknown_keys``):
every parser names the first unknown key, in sorted order, and lists the keys there are."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from lint_rules.config import reject_unknown_keys
from lint_rules.services.linkcheck import parse_link_options
from lint_rules.services.lookups import parse_lookup_settings
from lint_rules.services.net import parse_settings

PARSERS: dict[str, tuple[Callable[[Mapping[str, Any]], object], dict[str, Any]]] = {
    "links": (parse_link_options, {"exclude": ["https://zorbex.example/*"]}),
    "lookups": (parse_lookup_settings, {"search": True}),
    "network": (parse_settings, {"timeout": 3}),
}


@pytest.mark.parametrize("section", sorted(PARSERS))
def test_every_parsed_section_names_its_first_unknown_key(section: str) -> None:
    parse, good = PARSERS[section]
    with pytest.raises(ValueError, match=r"^colour: unknown key \(known keys: [a-z-]+(, [a-z-]+)+\)$"):
        parse({**good, "zest": 1, "colour": 2})


@pytest.mark.parametrize("section", sorted(PARSERS))
def test_known_keys_pass(section: str) -> None:
    parse, good = PARSERS[section]
    parse(good)


def test_the_check_itself() -> None:
    reject_unknown_keys({"b": 1}, {"a", "b"})
    reject_unknown_keys({}, ())
    with pytest.raises(ValueError, match=re.escape("c: unknown key (known keys: a, b)")):
        reject_unknown_keys({"d": 1, "c": 2, "a": 3}, ["b", "a"])
