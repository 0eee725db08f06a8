"""healthlint: a content-quality linter for health writing.

``lint_rules`` holds the rule API (``core``), the document model (``document``), parsers,
shared analyses, lexicons (``knowledge``) and the built-in rule families.
"""

__version__ = "0.1.0"

# the methods ``@dataclass`` generates, compiled once per machine (``store.dataclass_code``):
# installed before any module of the package defines a dataclass
from lint_rules.store import dataclass_code as _dataclass_code

_dataclass_code.install()
