"""Plain text: ``path:line:col: CODE severity message``, one finding a line, as compilers
and other linters print them so editors and terminals can jump to the place. Related
places (the other side of a contradiction) follow on indented lines. Colour only on a
terminal (and never with ``NO_COLOR``)."""

from __future__ import annotations

from reports import RunReport, clip

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(run: RunReport) -> str:
    lines: list[str] = []
    color = run.color
    for result in run.results:
        for f in result.findings:
            sev = str(f.severity)
            where = f"{f.path}:{f.location.line}:{f.location.column}:"
            code = f.code
            if color:
                where = _BOLD + where + _RESET
                code = _BOLD + code + _RESET
                sev = _COLORS[sev] + sev + _RESET
            lines.append(f"{where} {code} {sev} {f.message}")
            for rel in f.related:
                lines.append(
                    f"    {f.path}:{rel.location.line}:{rel.location.column}: {rel.message}: "
                    f"\"{clip(rel.excerpt)}\""
                )
            if f.suggestion:
                lines.append(f"    suggestion: {f.suggestion}")
    counts = run.counts()
    files = len(run.results)
    summary = (
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info "
        f"in {files} file(s)"
    )
    lines.append((_DIM + summary + _RESET) if color else summary)
    return "\n".join(lines) + "\n"
