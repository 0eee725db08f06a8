"""GitHub Actions workflow commands: each finding becomes an annotation on the pull
request diff (``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``).

GitHub shows at most 10 annotations of each level (error, warning, notice) per step and
drops the rest silently, so at most ``MAX_PER_LEVEL`` of each are written (in file order)
and a plain summary line at the end (not an annotation, so it is never dropped) says how
many findings there were and how many were not annotated."""

from __future__ import annotations

from reports import RunReport, clip, terminal_safe

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
#: GitHub's limit of annotations per level and step.
MAX_PER_LEVEL = 10


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal_safe(text)  # the log viewer is a terminal too


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: RunReport) -> str:
    lines = []
    written = {level: 0 for level in _LEVEL}
    unverified = run.extra.get("unverified_links")
    if unverified:  # a run-level annotation: links that could not be checked are not "fine";
        # first, so the per-level cap never drops it
        level = "error" if unverified["failing"] else "info"
        written[level] += 1
        lines.append(f"::{_LEVEL[level]} title={_escape_property('healthlint links')}::"
                     f"{_escape_data(unverified['message'])}")
    for result in run.results:
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
            lines.append(f"::{_LEVEL[str(f.severity)]} {props}::{_escape_data(message)}")
    counts = run.counts()
    left = sum(counts.values()) - sum(written.values())
    summary = (f"healthlint: {counts['error']} error(s), {counts['warning']} warning(s), "
               f"{counts['info']} info in {len(run.results)} file(s)")
    if left:
        summary += (f"; {left} not annotated (GitHub shows {MAX_PER_LEVEL} annotations per level "
                    "and step; use --format sarif with code scanning, or --format text, for all)")
    lines.append(summary)
    return "\n".join(lines) + "\n"
