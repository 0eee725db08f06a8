"""Plain text: ``path:line:col: CODE severity message``, one finding a line, as compilers
and other linters print them so editors and terminals can jump to the place. Related
places (the other side of a contradiction) follow on indented lines. Colour only on a
terminal (and never with ``NO_COLOR``). With ``-q`` only the findings are printed."""

from __future__ import annotations

from reports import RunReport, clip
from reports import terminal_safe as safe

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(run: RunReport) -> str:
    lines: list[str] = []
    color = run.color
    for result in run.results:
        for f in result.findings:
            sev = str(f.severity)
            path = safe(f.path)
            where = f"{path}:{f.location.line}:{f.location.column}:"
            code = f.code
            if color:
                where = _BOLD + where + _RESET
                code = _BOLD + code + _RESET
                sev = _COLORS[sev] + sev + _RESET
            lines.append(f"{where} {code} {sev} {safe(f.message)}")
            for rel in f.related:
                lines.append(
                    f"    {path}:{rel.location.line}:{rel.location.column}: {safe(rel.message)}: "
                    f"\"{safe(clip(rel.excerpt))}\""
                )
            if f.suggestion:
                lines.append(f"    suggestion: {safe(f.suggestion)}")
    if run.extra.get("quiet"):  # -q: the findings only
        return "".join(line + "\n" for line in lines)
    lines.extend(_readability_lines(run))
    unverified = run.extra.get("unverified_links")
    if unverified:
        lines.append(f"links: {unverified['message']}")
    counts = run.counts()
    files = len(run.results)
    summary = (
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info "
        f"in {files} file(s)"
    )
    if run.extra.get("below_min_severity"):
        summary += f"; {run.extra['below_min_severity']} below --min-severity {run.extra['min_severity']} not shown"
    lines.append((_DIM + summary + _RESET) if color else summary)
    return "\n".join(lines) + "\n"


#: Above this many files the summary gives the median grade instead of one line per file.
_PER_FILE_METRICS = 10


def _readability_lines(run: RunReport) -> list[str]:
    """Readability in the summary (issue 7: metrics appear in every output)."""
    scored = [(r.path, r.metrics["readability"]) for r in run.results
              if isinstance(r.metrics.get("readability"), dict)
              and r.metrics["readability"].get("flesch_kincaid_grade") is not None]
    if not scored:
        return []
    if len(scored) <= _PER_FILE_METRICS:
        return [
            f"{safe(path)}: reading grade {m['flesch_kincaid_grade']} (Flesch-Kincaid), SMOG {m.get('smog')}, "
            f"reading ease {m.get('flesch_reading_ease')}; {m.get('words')} words, "
            f"{m.get('sentences')} sentences, {m.get('long_sentences', 0)} long; target grade "
            f"{m.get('target_grade')}"
            for path, m in scored
        ]
    grades = sorted(m["flesch_kincaid_grade"] for _, m in scored)
    over = sum(1 for _, m in scored if m["flesch_kincaid_grade"] > (m.get("target_grade") or 99))
    return [f"reading grade (Flesch-Kincaid): median {grades[len(grades) // 2]} over {len(scored)} "
            f"files; {over} above their target"]
