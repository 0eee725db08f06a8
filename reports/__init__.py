"""Reporters: each turns the run's plain data (``RunReport``) into one output format.

Reporters build plain data first and render it last (as coverage.py does), so every
format shows the same findings, spans and evidence. They are imported lazily: the
pre-commit path never pays for Jinja2 unless ``--format html`` is asked for.

Streaming (issue 17: memory flat in the number of files): ``healthlint check`` hands each
file's result to the format's ``Stream`` as soon as the engine has it and then drops it.
Text and GitHub output are written as they go, with the totals after the files, as
before. JSON and SARIF put their summary (and SARIF its rule table and rule indexes)
before the files, so each file's part is written to a spool (a temporary file past a few
megabytes) and the document is assembled at the end, byte for byte what ``render`` of the
whole run gives. The HTML page is one document of every file and is rendered at the end.
"""

from __future__ import annotations

import importlib
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.core import Rule
    from lint_rules.engine import FileResult

#: format name -> "module:function"; the function takes a RunReport and returns text.
FORMATS: dict[str, str] = {
    "text": "reports.text:render",
    "json": "reports.json_report:render",
    "sarif": "reports.sarif:render",
    "github": "reports.github:render",
    "html": "reports.html:render",
}


@dataclass
class RunReport:
    """Everything a reporter may show about one run."""

    results: list[FileResult]
    rules: dict[str, type[Rule]]
    tool_version: str
    color: bool = False
    problems: list[str] = field(default_factory=list)  #: run-level notes (packs, services)
    extra: dict[str, Any] = field(default_factory=dict)  #: e.g. reviewer name for html

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for r in self.results:
            for f in r.findings:
                out[str(f.severity)] += 1
        return out


#: Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts colour
#: and cursor sequences, CR rewrites a line) and the bidirectional overrides that make text
#: read differently from how it is stored ("Trojan Source").
_UNSAFE = compile_re("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``),
    so a file name, URL or excerpt cannot move the cursor, recolour or hide output, or
    forge a line of it. ``keep_newlines`` leaves ``\\n`` alone (multi-line messages)."""
    if not _UNSAFE.search(text):
        return text

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        if keep_newlines and ch == "\n":
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNSAFE.sub(escape, text)


def clip(text: str, limit: int = 120) -> str:
    """An excerpt for a one-line output: whitespace collapsed, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class Tally:
    """What the summaries need of the results that have streamed past: findings by
    severity and files by outcome (the results themselves are gone)."""

    def __init__(self) -> None:
        self.counts = {"error": 0, "warning": 0, "info": 0}
        self.files = 0
        self.files_with_errors = 0  #: linted files with an error finding
        self.files_not_linted = 0
        self.linted = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        errors = 0
        for f in result.findings:
            sev = str(f.severity)
            self.counts[sev] += 1
            errors += sev == "error"
        if result.error is None:
            self.linted += 1
            self.files_with_errors += errors > 0
        else:
            self.files_not_linted += 1


class Stream:
    """One format written as the results come: ``add`` each result (in order), then
    ``finish`` once, after the caller has set ``run.problems`` and the run-level parts of
    ``run.extra``. This base collects the results and renders them at the end (for formats
    that need them all at once, such as the HTML page)."""

    #: the whole-run renderer the collecting base uses at ``finish``
    renderer: Callable[[RunReport], str] | None = None

    def __init__(self, run: RunReport, out: IO[str]) -> None:
        self.run = run
        self.out = out
        self.tally = Tally()
        self._kept: list[FileResult] = []

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        self.write_file(result)

    def write_file(self, result: FileResult) -> None:
        self._kept.append(result)

    def finish(self) -> None:
        run = self.run
        whole = RunReport(self._kept, run.rules, run.tool_version, run.color, run.problems, run.extra)
        assert self.renderer is not None
        self.out.write(self.renderer(whole))


def render_with(stream: type[Stream], run: RunReport) -> str:
    """The whole run through ``stream``: what ``render(run)`` returns for a streaming format."""
    out = io.StringIO()
    writer = stream(RunReport([], run.rules, run.tool_version, run.color, run.problems, run.extra), out)
    for r in run.results:
        writer.add(r)
    writer.finish()
    return out.getvalue()


#: Bytes of a spool kept in memory before it moves to a temporary file.
SPOOL_LIMIT = 4 << 20


class Spool:
    """The items of one JSON array, each dumped as ``json.dumps(item, indent=indent)``
    would show it ``depth`` levels deep, kept in a temporary file past ``limit`` bytes, so a
    report whose header comes first can still be written after its items, in constant
    memory. ``splice`` puts them where a placeholder value stands in the header.

    The items start in memory and move to a temporary file when they pass ``limit`` (0: never),
    as ``tempfile.SpooledTemporaryFile`` does, but ``tempfile`` is imported only then: its
    imports (``shutil``, ``random``, the compression modules) cost a new process about 5 ms,
    and a report of one article never comes near the limit (issue 17)."""

    def __init__(self, depth: int, limit: int | None = None, indent: int = 2) -> None:
        self.limit = SPOOL_LIMIT if limit is None else limit
        self.indent = indent
        self.prefix = " " * (indent * depth)
        self.count = 0
        # lives as long as the spool: ``splice_spools`` closes it once it is written out;
        # in memory as SpooledTemporaryFile keeps it (UTF-8 bytes, so ``tell`` counts bytes)
        self.file: IO[str] = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
        self.on_disk = False

    def _write(self, text: str) -> None:
        self.file.write(text)
        if not self.on_disk and self.limit and self.file.tell() > self.limit:
            self._roll_over()

    def _roll_over(self) -> None:
        """Move the items written so far to a temporary file (``SpooledTemporaryFile.rollover``)."""
        import tempfile

        memory = self.file
        pos = memory.tell()
        disk = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="")  # noqa: SIM115
        memory.flush()
        disk.buffer.write(memory.detach().getvalue())  # type: ignore[attr-defined]
        disk.seek(pos, 0)
        self.file, self.on_disk = disk, True

    def add(self, item: Any) -> None:
        text = json.dumps(item, indent=self.indent, ensure_ascii=False)
        if self.count:
            self._write(",\n")
        self._write(self.prefix + text.replace("\n", "\n" + self.prefix))
        self.count += 1

    def lines(self) -> Iterable[str]:
        self.file.seek(0)
        yield from self.file

    def close(self) -> None:
        self.file.close()


def placeholder(name: str) -> str:
    """A header value that ``splice_spools`` replaces with a spooled array."""
    return f"\x00spool:{name}\x00"


def splice_spools(header: str, spools: dict[str, Spool], out: IO[str],
                  edit: Callable[[str, str], str] | None = None) -> None:
    """Write ``header`` (``json.dumps`` with ``placeholder(name)`` values, indented as the
    spools are)
    to ``out`` with each placeholder replaced by its spool's items; ``edit(name, line)``
    may rewrite a spooled line on the way (a SARIF result's rule index)."""
    pos = 0
    for m in re.finditer(r'"\\u0000spool:(\w+)\\u0000"', header):
        name = m.group(1)
        spool = spools[name]
        out.write(header[pos:m.start()])
        if spool.count:
            line_start = header.rfind("\n", 0, m.start()) + 1
            indent = len(header[line_start:]) - len(header[line_start:].lstrip(" "))
            assert len(spool.prefix) == indent + spool.indent, "spool depth does not match the header"
            out.write("[\n")
            for line in spool.lines():
                out.write(edit(name, line) if edit else line)
            out.write("\n" + " " * indent + "]")
        else:
            out.write("[]")
        spool.close()
        pos = m.end()
    out.write(header[pos:])


def get_stream(fmt: str) -> type[Stream]:
    """The ``Stream`` of a format (the base, collecting one, for formats without one)."""
    module = importlib.import_module(FORMATS[fmt].split(":")[0])
    stream: type[Stream] | None = getattr(module, "Stream", None)
    if stream is None:
        stream = type(f"Collecting_{fmt}", (Stream,), {"renderer": staticmethod(get_renderer(fmt))})
    return stream


def get_renderer(fmt: str) -> Callable[[RunReport], str]:
    try:
        target = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})") from None
    module, func = target.split(":")
    renderer: Callable[[RunReport], str] = getattr(importlib.import_module(module), func)
    return renderer
