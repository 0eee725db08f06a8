"""Options and set-up shared by ``check`` (``pipeline.py``) and the nightly ``scan``.

They live here, below both, so that ``lint_rules.commands.scan`` never imports the entry
point that imports it (no ``pipeline`` <-> ``commands`` cycle; ``.importlinter`` checks).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lint_rules.commands import UsageError


def version() -> str:
    from lint_rules import __version__

    return __version__


def safe(line: str) -> str:
    """A message for the terminal: control characters in paths, URLs and file text escaped."""
    from reports import terminal_safe

    return terminal_safe(line, keep_newlines=True)


def csv_list(value: str) -> list[str]:
    return [v for v in (p.strip() for p in value.split(",")) if v]


def add_check_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``check`` and the nightly ``scan``."""
    from reports import FORMATS

    p.add_argument("--format", "-f", choices=list(FORMATS), default="text")
    p.add_argument("--output", "-o", type=Path, help="write the report to FILE")
    p.add_argument("--select", type=csv_list, help="only these codes, names or categories (comma-separated)")
    p.add_argument("--extend-select", type=csv_list, help="also these (e.g. rules that are off by default)")
    p.add_argument("--ignore", type=csv_list, help="skip these codes, names or categories")
    p.add_argument("--fail-on", choices=["error", "warning", "info"], help="exit 1 at or above this severity (default: error)")
    p.add_argument("--config", type=Path, help="use this config file instead of discovery")
    p.add_argument("--online", action="store_true", default=None, help="also run online rules (links, citation look-ups)")
    p.add_argument("--offline", dest="online", action="store_false", help="never run online rules")
    p.add_argument("--jobs", "-j", type=int, help="worker processes (default: all cores)")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    p.add_argument("--fix", action="store_true", help="apply safe fixes (moved URLs) to the source files")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="network connect/read timeout")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the look-up cache")
    p.add_argument("--cache-ttl", type=float, metavar="SECONDS", help="override every cache lifetime")
    p.add_argument("--allow-private-networks", action="store_true",
                   help="allow fetching loopback and private addresses (tests, intranets)")
    p.add_argument("--accept-unverified", action="store_true",
                   help="links that could not be verified (no network, timeouts, bot walls) do not "
                        "fail the run (also: accept-unverified = true in [links])")
    p.add_argument("--reviewer", help="only the findings assigned to this reviewer")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="findings only: no summary or readability lines, no notes on stderr")


def cli_settings(args: argparse.Namespace) -> dict[str, Any]:
    """Command-line settings that override every config file."""
    from lint_rules.core import Severity

    network: dict[str, Any] = {}
    if args.timeout is not None:
        network["timeout"] = args.timeout
    if args.no_cache:
        network["cache"] = False
    if args.cache_ttl is not None:
        network["cache-ttl"] = args.cache_ttl
    if args.allow_private_networks:
        network["allow-private-networks"] = True
    return {
        "select": args.select,
        "extend_select": args.extend_select,
        "ignore": args.ignore,
        "fail_on": Severity.parse(args.fail_on) if args.fail_on else None,
        "online": args.online,
        "sections": {"network": network} if network else {},
    }


def make_linter(args: argparse.Namespace) -> Any:
    from lint_rules.config import ConfigResolver
    from lint_rules.engine import Linter
    from lint_rules.registry import load_registry

    registry = load_registry()
    for problem in registry.problems:
        print(safe(f"healthlint: warning: {problem}"), file=sys.stderr)
    config_path = getattr(args, "config", None)
    if config_path is not None and not config_path.is_file():
        raise UsageError(f"--config {config_path}: no such file")
    resolver = ConfigResolver(registry.rules, config_path, cli_settings(args))
    return Linter(registry, resolver)


#: services key of the run's link verification record (``lint_rules.rules.links``)
LINK_VERIFICATION = "links.verification"


def share_link_verification(linter: Any, args: argparse.Namespace) -> dict[str, Any]:
    """One record, shared by every configuration's services, of the links the online
    rules could not verify (filled by ``lint_rules.rules.links``)."""
    state: dict[str, Any] = {"unverified": {}, "accepted": bool(getattr(args, "accept_unverified", False))}
    linter.share(LINK_VERIFICATION, state)
    return state


def unverified_report(state: dict[str, Any]) -> dict[str, Any] | None:
    """What the outputs say about links that could not be verified: their number, how
    many of them fail the run (not accepted), by class, and one sentence."""
    entries = state.get("unverified") or {}
    if not entries:
        return None
    from collections import Counter

    failing = 0 if state.get("accepted") else sum(1 for v in entries.values() if not v[2])
    by_class = Counter(v[0] for v in entries.values())
    what = ", ".join(f"{n} {'no network' if c == 'no-network' else c}" for c, n in sorted(by_class.items()))
    total = len(entries)
    if failing:
        message = (f"{total} link(s) could not be verified ({what}): the run fails; fix the cause, or "
                   "accept it with --accept-unverified or accept-unverified = true in [links]")
    else:
        message = f"{total} link(s) could not be verified ({what}); accepted (accept-unverified)"
    return {"count": total, "failing": failing, "by_class": dict(by_class), "message": message,
            "urls": sorted(entries)}
