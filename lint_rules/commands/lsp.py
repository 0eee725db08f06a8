"""``healthlint lsp``: run the language server over standard input and output.

Only the argument parser lives here (this module is imported on every start); pygls and
the server load when the command runs, so ``healthlint check`` never pays for them.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    if "lsp" in subparsers.choices:  # main() may run more than once in one process
        return
    p = subparsers.add_parser(
        "lsp", help="language server for editors (diagnostics as you type, over stdio)")
    p.add_argument("--stdio", action="store_true",
                   help="talk over standard input/output (the default; accepted because editors pass it)")
    p.add_argument("--debounce", type=int, default=100, metavar="MS",
                   help="wait this long after a keystroke before linting (default: 100)")
    p.add_argument("--config", type=Path, help="use this config file instead of discovery")
    p.set_defaults(func=cmd_lsp)


def cmd_lsp(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("pygls") is None:
        print("healthlint: error: `healthlint lsp` needs pygls; install it with "
              "pip install 'healthlint[lsp]'", file=sys.stderr)
        return 2
    if args.config is not None and not args.config.is_file():
        print(f"healthlint: error: --config {args.config}: no such file", file=sys.stderr)
        return 2
    if args.debounce < 0:
        print("healthlint: error: --debounce must be 0 or more milliseconds", file=sys.stderr)
        return 2
    from lint_rules.lsp.server import serve

    serve(args.debounce / 1000, args.config)
    return 0
