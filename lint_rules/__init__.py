"""healthlint: a content-quality linter for health writing.

``lint_rules`` holds the rule API (``core``), the document model (``document``), parsers,
shared analyses, lexicons (``knowledge``) and the built-in rule families.
"""

__version__ = "0.1.0"
