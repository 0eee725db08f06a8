"""Subcommands that live outside ``pipeline.py`` (``assertions``, ``scan``, ``merge``).
Each module exposes ``register(subparsers)``; ``pipeline`` lists them in ``COMMAND_MODULES``.

``UsageError`` lives here, not in ``pipeline``, so that subcommands can raise it without
importing the entry point that imports them (no import cycle).
"""


class UsageError(Exception):
    """A problem with the command line or input; printed as one line, exit code 2."""
