"""GitHub Actions workflow commands: each finding becomes an annotation on the pull
request diff (``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``).

GitHub shows at most 10 annotations of each level (error, warning, notice) per step and
drops the rest silently, so at most ``MAX_PER_LEVEL`` of each are written (in file order)
and a plain summary line at the end (not an annotation, so it is never dropped) says how
many findings there were and how many were not annotated."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from reports import RunReport, clip, render_with, terminal_safe
from reports import Stream as BaseStream

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.engine import FileResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
#: GitHub's limit of annotations per level and step.
MAX_PER_LEVEL = 10


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal_safe(text)  # the log viewer is a terminal too


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: RunReport) -> str:
    return render_with(Stream, run)


class Stream(BaseStream):
    """Annotations as each file's result comes (the run-level links annotation first, so
    the per-level cap never drops it); the plain summary line at the end."""

    def __init__(self, run: RunReport, out: IO[str]) -> None:
        super().__init__(run, out)
        self.written = {level: 0 for level in _LEVEL}
        self.started = False

    def _start(self) -> None:
        """The links annotation, written before the first file's (the caller sets
        ``unverified_links`` before the first result: online results come after the
        online phase, when the links that could not be verified are known)."""
        self.started = True
        unverified = self.run.extra.get("unverified_links")
        if unverified:  # a run-level annotation: links that could not be checked are not "fine";
            # first, so the per-level cap never drops it
            level = "error" if unverified["failing"] else "info"
            self.written[level] += 1
            self.out.write(f"::{_LEVEL[level]} title={_escape_property('healthlint links')}::"
                           f"{_escape_data(unverified['message'])}\n")

    def write_file(self, result: FileResult) -> None:
        if not self.started:
            self._start()
        written = self.written
        for f in result.findings:
            if written[str(f.severity)] >= MAX_PER_LEVEL:
                continue
            written[str(f.severity)] += 1
            loc = f.location
            props = ",".join([
                f"file={_escape_property(f.path)}",
                f"line={loc.line}",
                f"col={loc.column}",
                f"endLine={loc.end_line}",
                f"endColumn={loc.end_column}",
                f"title={_escape_property(f'{f.code} {f.name}')}",
            ])
            message = f.message
            for rel in f.related:
                message += f"\n{rel.message} (line {rel.location.line}): {clip(rel.excerpt)}"
            if f.suggestion:
                message += f"\nSuggestion: {f.suggestion}"
            self.out.write(f"::{_LEVEL[str(f.severity)]} {props}::{_escape_data(message)}\n")

    def finish(self) -> None:
        if not self.started:
            self._start()
        counts = self.tally.counts
        left = sum(counts.values()) - sum(self.written.values())
        summary = (f"healthlint: {counts['error']} error(s), {counts['warning']} warning(s), "
                   f"{counts['info']} info in {self.tally.files} file(s)")
        if left:
            summary += (f"; {left} not annotated (GitHub shows {MAX_PER_LEVEL} annotations per level "
                        "and step; use --format sarif with code scanning, or --format text, for all)")
        self.out.write(summary + "\n")
