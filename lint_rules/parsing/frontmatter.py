"""Front matter (YAML between `---` lines, TOML between `+++` lines): parsed safely, with a
clear problem message instead of a traceback."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re

#: TOML front matter between ``+++`` lines (Hugo, Zola).
TOML_FRONT_MATTER_RE = compile_re(r"\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|$)", re.DOTALL)


def load_front_matter(doc: Document, text: str, s_start: int, s_end: int, fmt: str = "yaml") -> None:
    """Parse ``text`` (YAML, or TOML with ``fmt="toml"``) into ``doc.meta``; a broken block is
    recorded in ``doc.parse_problems`` (reported as ``HL003``) and the body is still linted."""
    doc.front_matter_span = (s_start, s_end)
    if fmt == "toml":
        import tomllib

        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            doc.parse_problems.append((s_start, s_end, f"front matter is not valid TOML: {exc}"))
            return
    else:
        import yaml

        try:
            data = yaml.safe_load(text) if text.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (front matter line {mark.line + 1})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            doc.parse_problems.append((s_start, s_end, f"front matter is not valid YAML{where}: {problem}"))
            return
    if data is None:
        data = {}
    if not isinstance(data, dict):
        doc.parse_problems.append(
            (s_start, s_end, f"front matter must be a mapping of keys to values, not {type(data).__name__}")
        )
        return
    doc.meta = {str(k).lower(): _plain(v) for k, v in data.items()}


def _plain(value: Any) -> Any:
    """Dates become ISO strings so metadata is JSON-serialisable and comparable."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
