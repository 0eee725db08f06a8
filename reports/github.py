"""GitHub Actions workflow commands: each finding becomes an annotation on the pull
request diff (``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``)."""

from __future__ import annotations

from reports import RunReport, clip, terminal_safe

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal_safe(text)  # the log viewer is a terminal too


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: RunReport) -> str:
    lines = []
    for result in run.results:
        for f in result.findings:
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
    unverified = run.extra.get("unverified_links")
    if unverified:  # a run-level annotation: links that could not be checked are not "fine"
        level = "error" if unverified["failing"] else "notice"
        lines.append(f"::{level} title={_escape_property('healthlint links')}::"
                     f"{_escape_data(unverified['message'])}")
    return "\n".join(lines) + ("\n" if lines else "")
