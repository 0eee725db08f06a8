"""Plain text: ``path:line:col: CODE severity message``, one finding a line, as compilers
and other linters print them so editors and terminals can jump to the place. Related
places (the other side of a contradiction) follow on indented lines. Colour only on a
terminal (and never with ``NO_COLOR``). With ``-q`` only the findings are printed."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from reports import RunReport, clip, render_with
from reports import Stream as BaseStream
from reports import terminal_safe as safe

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.engine import FileResult

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render(run: RunReport) -> str:
    return render_with(Stream, run)


class Stream(BaseStream):
    """Findings as each file's result comes; readability, links and totals at the end."""

    def __init__(self, run: RunReport, out: IO[str]) -> None:
        super().__init__(run, out)
        self.scores = _Scores()

    def write_file(self, result: FileResult) -> None:
        color = self.run.color
        write = self.out.write
        for f in result.findings:
            sev = str(f.severity)
            path = safe(f.path)
            where = f"{path}:{f.location.line}:{f.location.column}:"
            code = f.code
            if color:
                where = _BOLD + where + _RESET
                code = _BOLD + code + _RESET
                sev = _COLORS[sev] + sev + _RESET
            write(f"{where} {code} {sev} {safe(f.message)}\n")
            for rel in f.related:
                write(
                    f"    {path}:{rel.location.line}:{rel.location.column}: {safe(rel.message)}: "
                    f"\"{safe(clip(rel.excerpt))}\"\n"
                )
            if f.suggestion:
                write(f"    suggestion: {safe(f.suggestion)}\n")
        self.scores.add(result)

    def finish(self) -> None:
        run = self.run
        if run.extra.get("quiet"):  # -q: the findings only
            return
        lines = self.scores.lines()
        unverified = run.extra.get("unverified_links")
        if unverified:
            lines.append(f"links: {unverified['message']}")
        counts = self.tally.counts
        summary = (
            f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info "
            f"in {self.tally.files} file(s)"
        )
        if run.extra.get("below_min_severity"):
            summary += f"; {run.extra['below_min_severity']} below --min-severity {run.extra['min_severity']} not shown"
        lines.append((_DIM + summary + _RESET) if run.color else summary)
        self.out.write("".join(line + "\n" for line in lines))


#: Above this many files the summary gives the median grade instead of one line per file.
_PER_FILE_METRICS = 10


class _Scores:
    """Readability in the summary (issue 7: metrics appear in every output): one line per
    file for up to ``_PER_FILE_METRICS`` scored files, else the median grade; only the
    figures those lines show are kept."""

    def __init__(self) -> None:
        self.lines_: list[str] = []
        self.grades: list[float] = []
        self.over = 0

    def add(self, result: Any) -> None:
        m = result.metrics.get("readability")
        if not isinstance(m, dict) or m.get("flesch_kincaid_grade") is None:
            return
        grade = m["flesch_kincaid_grade"]
        self.grades.append(grade)
        self.over += grade > (m.get("target_grade") or 99)
        if len(self.grades) <= _PER_FILE_METRICS:
            self.lines_.append(
                f"{safe(result.path)}: reading grade {grade} (Flesch-Kincaid), SMOG {m.get('smog')}, "
                f"reading ease {m.get('flesch_reading_ease')}; {m.get('words')} words, "
                f"{m.get('sentences')} sentences, {m.get('long_sentences', 0)} long; target grade "
                f"{m.get('target_grade')}")
        else:
            self.lines_.clear()

    def lines(self) -> list[str]:
        if not self.grades:
            return []
        if len(self.grades) <= _PER_FILE_METRICS:
            return list(self.lines_)
        grades = sorted(self.grades)
        return [f"reading grade (Flesch-Kincaid): median {grades[len(grades) // 2]} over {len(grades)} "
                f"files; {self.over} above their target"]
