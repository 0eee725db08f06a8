"""Front matter (YAML between `---` lines, TOML between `+++` lines): parsed safely, with a
clear problem message instead of a traceback."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

from lint_rules.document import Document
from lint_rules.store.compiled_re import compile_re

#: TOML front matter between ``+++`` lines (Hugo, Zola).
TOML_FRONT_MATTER_RE = compile_re(r"\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|$)", re.DOTALL)


#: Limits for front matter, far above any real article's (a dozen keys, two levels, no
#: aliases) and far below what hurts: nesting (PyYAML composes and Python converts
#: recursively), nodes after aliases are expanded (a 343-byte "billion laughs" expands to
#: 10^9), and the YAML text itself.
MAX_DEPTH = 64
MAX_NODES = 20_000
MAX_CHARS = 256 * 1024


class FrontMatterError(ValueError):
    """A front-matter block we refuse to load; ``line`` is 0-based within the block."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def load_front_matter(doc: Document, text: str, s_start: int, s_end: int, fmt: str = "yaml") -> None:
    """Parse ``text`` (YAML, or TOML with ``fmt="toml"``) into ``doc.meta``; a broken block is
    recorded in ``doc.parse_problems`` (reported as ``HL003``) and the body is still linted.
    Values that cannot be what they look like (``updated: 2024-02-30``, an integer of 5,000
    digits) are kept as their text and each is reported, so the rest of the metadata still
    counts. ``text`` starts on the source's second line (after ``---`` or ``+++``)."""
    doc.front_matter_span = (s_start, s_end)

    def problem(message: str, line: int | None = None) -> None:
        if line is None:
            doc.parse_problems.append((s_start, s_end, message))
            return
        lines = doc.source.split("\n", line + 2)
        start = s_start + sum(len(x) + 1 for x in lines[: line + 1])
        end = start + len(lines[line + 1]) if line + 1 < len(lines) else start
        doc.parse_problems.append((min(start, s_end), min(max(end, start), s_end), message))

    if len(text) > MAX_CHARS:
        problem(f"front matter is {len(text):,} characters long, over the {MAX_CHARS:,} healthlint reads; "
                "it was ignored")
        return
    if fmt == "toml":
        data: Any = _load_toml(text, problem)
    else:
        data = _load_yaml(text, problem)
    if data is _FAILED:
        return
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problem(f"front matter must be a mapping of keys to values, not {type(data).__name__}")
        return
    if _depth(data) > MAX_DEPTH:  # TOML dotted keys nest without brackets
        problem(f"front matter is nested more than {MAX_DEPTH} levels deep; it was ignored")
        return
    doc.meta = {str(k).lower(): _plain(v) for k, v in data.items()}


_FAILED: Any = object()


def _load_toml(text: str, problem: Any) -> Any:
    import tomllib

    depth = _bracket_depth(text)
    if depth > MAX_DEPTH:
        problem(f"front matter is not valid TOML: nested {depth} levels deep (healthlint reads at most {MAX_DEPTH})")
        return _FAILED
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem(f"front matter is not valid TOML: {exc}")
    except (RecursionError, ValueError, MemoryError) as exc:  # a parser limit: the file's problem
        problem(f"front matter is not valid TOML: {type(exc).__name__}: {str(exc)[:160]}")
    return _FAILED


def _depth(data: Any) -> int:
    """How deeply lists and dicts nest in ``data``, without recursion."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return depth
        deepest = max(deepest, depth)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return deepest


_TOML_STRING = compile_re(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')


def _bracket_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` outside one-line strings."""
    depth = deepest = 0
    for ch in _TOML_STRING.sub("", text):
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest


def _load_yaml(text: str, problem: Any) -> Any:
    from lint_rules.store.compiled_re import serving_imports

    with serving_imports("yaml"):  # its resolvers' and reader's patterns (4.6 ms)
        import yaml

    if not text.strip():
        return {}
    try:
        return _safe_yaml(text, problem)
    except FrontMatterError as exc:
        where = f" (front matter line {exc.line + 1})" if exc.line is not None else ""
        problem(f"front matter is not valid YAML{where}: {exc}", exc.line)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (front matter line {mark.line + 1})" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problem(f"front matter is not valid YAML{where}: {reason}")
    except (RecursionError, ValueError, TypeError, MemoryError) as exc:
        problem(f"front matter is not valid YAML: {type(exc).__name__}: {str(exc)[:160]}")
    return _FAILED


def _safe_yaml(text: str, problem: Any) -> Any:
    """YAML 1.1 as ``yaml.safe_load`` reads it, but: nesting, aliases and the expanded
    size are checked on the event stream and the node graph *before* anything is built
    (no recursion on hostile input, no alias bomb, no recursive alias); only plain values
    come out (str, int, float, bool, None, list, dict; dates as ISO text); and a value
    that cannot be built (``2024-02-30``) is kept as its text and reported."""
    import yaml

    loader_cls = _loader()
    # 1. the event stream (the parser is iterative): depth and size, before composing
    depth = 0
    for events, event in enumerate(yaml.parse(text, Loader=loader_cls), 1):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrontMatterError(f"nested more than {MAX_DEPTH} levels deep", getattr(event.start_mark, "line", None))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        if events > MAX_NODES:
            raise FrontMatterError(f"more than {MAX_NODES:,} values", getattr(event.start_mark, "line", None))
    # 2. the node graph: refuse recursive aliases and count nodes as if aliases were copies
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _expanded_size(node)
        loader.problems = []
        data = loader.construct_document(node)
        for message, line in loader.problems:
            problem(f"front matter {message}", line)
        return data
    finally:
        loader.dispose()


def _expanded_size(root: Any) -> int:
    """Nodes in the document with every alias expanded, computed without recursion; raises
    ``FrontMatterError`` for a cycle (a recursive alias) or past ``MAX_NODES``."""
    import yaml

    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children: list[Any] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        if done:
            on_path.discard(key)
            sizes[key] = min(MAX_NODES + 1, 1 + sum(sizes[id(c)] for c in children))
            if sizes[key] > MAX_NODES:
                raise FrontMatterError(f"expands to more than {MAX_NODES:,} values (aliases repeat "
                                       "the same values over and over)", node.start_mark.line)
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise FrontMatterError("an alias refers to a value that contains it (a recursive alias)",
                                   node.start_mark.line)
        on_path.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in on_path:
                raise FrontMatterError("an alias refers to a value that contains it (a recursive alias)",
                                       child.start_mark.line)
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes.get(id(root), 1)


@lru_cache(maxsize=1)
def _loader() -> Any:
    import yaml

    base = yaml.SafeLoader  # the pure-Python one: the same messages with or without libyaml

    class FrontMatterLoader(base):  # type: ignore[misc, valid-type]
        """SafeLoader whose values are plain data; a value that cannot be built is kept as
        its text and noted in ``self.problems`` (message, 0-based line)."""

        problems: list[tuple[str, int]]

        def _as_text(self, node: Any, exc: Exception, what: str) -> str:
            value = str(node.value)
            shown = value if len(value) <= 40 else value[:37] + "..."
            reason = str(exc).split(";")[0][:100]
            self.problems.append((f"value {shown!r} is not a valid {what} ({reason}); kept as text",
                                  node.start_mark.line))
            return value

        def construct_yaml_timestamp(self, node: Any) -> Any:
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError) as exc:
                return self._as_text(node, exc, "date")

        def construct_yaml_int(self, node: Any) -> Any:
            try:
                return super().construct_yaml_int(node)
            except (ValueError, OverflowError) as exc:
                return self._as_text(node, exc, "number")

        def construct_yaml_float(self, node: Any) -> Any:
            try:
                return super().construct_yaml_float(node)
            except (ValueError, OverflowError) as exc:
                return self._as_text(node, exc, "number")

        def construct_plain_text(self, node: Any) -> Any:
            if isinstance(node, yaml.ScalarNode):
                return str(node.value)
            if isinstance(node, yaml.MappingNode):
                return [self.construct_object(k) for k, _ in node.value]
            return self.construct_sequence(node)

    FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", FrontMatterLoader.construct_yaml_timestamp)
    FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", FrontMatterLoader.construct_yaml_int)
    FrontMatterLoader.add_constructor("tag:yaml.org,2002:float", FrontMatterLoader.construct_yaml_float)
    # binary, sets, ordered maps and pairs are objects, not metadata: keep their text / items
    for tag in ("binary", "set", "omap", "pairs"):
        FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{tag}", FrontMatterLoader.construct_plain_text)
    return FrontMatterLoader


def _plain(value: Any) -> Any:
    """Dates become ISO strings so metadata is JSON-serialisable and comparable (iterative
    callers are not needed: nesting is limited to ``MAX_DEPTH`` above)."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (bytes, set, frozenset, tuple)):
        return [_plain(v) for v in value] if not isinstance(value, bytes) else value.decode("latin-1")
    return value
