"""Subcommands that live outside ``pipeline.py`` (``assertions``, ``scan``, ``merge``).
Each module exposes ``register(subparsers)``; ``pipeline`` lists them in ``COMMAND_MODULES``."""
