"""healthlint command line: ``healthlint check|rules|config|…``.

This is the orchestration layer: it parses arguments, resolves configuration, discovers
files, hands them to ``lint_rules.engine.Linter`` and renders a report. It never lets a
traceback reach the user: configuration and usage problems exit 2 with one line on stderr.

Heavy modules (reporters, HTTP, Jinja2, lexicons) are imported inside the commands that
need them, so ``healthlint check`` on one file starts fast enough for a pre-commit hook.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

# The command line (not the package: programs that import lint_rules keep dataclasses as
# they are) compiles the methods ``@dataclass`` generates once per machine
# (``store.dataclass_code``); installed before any module that defines a dataclass.
from lint_rules.store import dataclass_code as _dataclass_code  # isort: skip

_dataclass_code.install()

from lint_rules.commands import UsageError  # noqa: E402
from lint_rules.commands.options import (  # noqa: E402
    add_check_options,
    make_linter,
    share_link_verification,
    unverified_report,
)
from lint_rules.commands.options import safe as _safe  # noqa: E402
from lint_rules.commands.options import version as _version  # noqa: E402

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# -- argument parsing -----------------------------------------------------------------


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal's width found as ``shutil.get_terminal_size``
    finds it but without importing ``shutil`` (and the compression modules it imports, about
    3 ms): argparse makes a formatter for every option it adds, also when no help is shown."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns(fallback: int = 80) -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else fallback


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:  # one line, exit 2, as argparse does, but ours
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="healthlint", description="A content-quality linter for health writing.")
    parser.add_argument("--version", action="version", version=f"healthlint {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint files and folders")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files and folders; - reads one document from standard input")
    add_check_options(check)
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="the name of the document read from - (picks its format and configuration)")
    check.add_argument("--force-exclude", action="store_true",
                       help="apply the configuration's exclude to files named on the command line and "
                            "to --stdin-filename too (for pre-commit and editors, which name each file)")
    check.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                       help="only show findings at or above this severity (display only; see --fail-on)")
    check.add_argument("--baseline", type=Path, metavar="FILE",
                       help="hide the findings recorded in FILE; report and fail only on new ones")
    check.add_argument("--write-baseline", action="store_true",
                       help="record every current finding in the --baseline FILE and exit 0")
    check.add_argument("--progress", choices=["auto", "bar", "none"], default="auto",
                       help="progress bar on standard error (auto: on a terminal, for 20 files or more)")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="list the rules (or write their docs)")
    rules.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    rules.add_argument("--docs", metavar="DIR", help="write one Markdown page per rule into DIR")
    rules.set_defaults(func=cmd_rules)

    config = sub.add_parser("config", help="show the effective configuration for a file")
    config.add_argument("path", nargs="?", default=".")
    config.add_argument("--config", type=Path, help="use this config file instead of discovery")
    config.set_defaults(func=cmd_config)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


#: Modules under lint_rules/commands that add subcommands through ``register(subparsers)``.
COMMAND_MODULES = ("lint_rules.commands.assertions", "lint_rules.commands.scan", "lint_rules.commands.lsp")

#: The commands this file defines: a command line that starts with one needs no other module.
CORE_COMMANDS = frozenset({"check", "rules", "config"})

#: Commands other modules add (each a function that takes the subparsers object).
EXTRA_COMMANDS: list[Callable[[Any], None]] = []


def _register_optional_commands() -> None:
    """Commands that live in their own modules, so this file stays the entry point only."""
    import importlib
    import importlib.util

    if EXTRA_COMMANDS:  # already registered (main() called again in one process)
        return
    for module in COMMAND_MODULES:
        if importlib.util.find_spec(module) is None:
            continue
        EXTRA_COMMANDS.append(importlib.import_module(module).register)


# -- commands -------------------------------------------------------------------------


#: ``check`` shows a progress bar from this many files on (auto mode, stderr a terminal).
PROGRESS_MIN_FILES = 20


def _read_stdin(args: argparse.Namespace, linter: Any) -> str | None:
    """``-`` among the paths: read standard input once, as the document ``--stdin-filename``
    names (its suffix picks the format, its folder the configuration; Markdown without a
    name). Returns the name the document is linted under."""
    if "-" not in args.paths and args.stdin_filename is None:
        return None
    if args.stdin_filename is not None and "-" not in args.paths:
        if args.paths != ["."]:
            raise UsageError("--stdin-filename names the document read from -; add - to the paths")
        args.paths = ["-"]
    if args.paths.count("-") > 1:
        raise UsageError("- (standard input) can be given once")
    if args.fix:
        raise UsageError("--fix cannot rewrite standard input")
    from lint_rules.loading import DEFAULT_MAX_BYTES

    name = args.stdin_filename or "-"
    if args.force_exclude and name != "-":
        from lint_rules.engine import is_excluded

        if is_excluded(name, linter.resolver):
            return None
    limit = linter.resolver.for_path(name).max_file_size if name != "-" else DEFAULT_MAX_BYTES
    data = sys.stdin.buffer.read(limit + 1)
    return str(linter.add_source(name, data))


def _progress(args: argparse.Namespace, total: int) -> tuple[Callable[[Any], None] | None, Any]:
    """A tqdm bar on standard error when it is a terminal and the run is long enough."""
    wanted = args.progress == "bar" or (
        args.progress == "auto" and total >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        and not args.quiet and not os.environ.get("CI"))
    if not wanted:
        return _resuming(None), None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="file", desc="healthlint", file=sys.stderr, leave=False)
    return _resuming(lambda _result: bar.update(1)), bar


def _resuming(advance: Callable[[Any], None] | None) -> Callable[[Any], None]:
    """``advance``, after the collector resumes at the first file's result (the engine
    reports it in this process, before any worker forks; see ``_pause_collector``)."""

    def first(result: Any) -> None:
        _resume_collector()
        if advance is not None:
            advance(result)

    return first


def cmd_check(args: argparse.Namespace) -> int:
    from lint_rules.engine import Skipped, discover

    if args.write_baseline and args.baseline is None:
        raise UsageError("--write-baseline needs --baseline FILE (where to write it)")
    linter = make_linter(args)
    verification = share_link_verification(linter, args)
    stdin_name = _read_stdin(args, linter)
    files: list[str] = []
    missing = []
    named = [p for p in args.paths if p != "-"]
    for path, problem in discover(named, linter.resolver, force_exclude=args.force_exclude):
        if isinstance(problem, Skipped):
            print(_safe(f"healthlint: warning: {path}: {problem}"), file=sys.stderr)
        elif problem:
            missing.append(f"{path}: {problem}")
        else:
            files.append(path)
    if stdin_name is not None:
        files.insert(args.paths.index("-") if "-" in args.paths else 0, stdin_name)
    if not files and not missing and args.force_exclude:
        return EXIT_OK  # every file named is excluded by the configuration: nothing to say
    if not files:
        for line in missing:
            print(_safe(f"healthlint: error: {line}"), file=sys.stderr)
        if not missing:
            raise UsageError(f"no files to lint in {' '.join(args.paths)} "
                             "(healthlint reads .md, .markdown, .html, .htm and .txt files)")
        return EXIT_ERROR
    if args.reviewer or args.write_baseline:
        # whole-run steps: reviewer order puts the articles assigned to them first, and a
        # baseline records every finding; these runs keep their results
        return _check_whole_run(args, linter, files, missing, verification)
    return _check_streaming(args, linter, files, missing, verification)


def _check_streaming(args: argparse.Namespace, linter: Any, files: list[str], missing: list[str],
                     verification: dict[str, Any]) -> int:
    """Lint and report file by file (issue 17: memory flat in the number of files): each
    result is fixed (``--fix``), filtered (``--baseline``, ``--min-severity``), counted for
    the exit code and written by the format's stream as it comes, then dropped."""
    from lint_rules.core import Severity

    known = None
    if args.baseline is not None:
        from lint_rules.store.baseline import BaselineError, read_baseline

        try:
            known = read_baseline(args.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    level = Severity.parse(args.min_severity)
    counts = {"fixed": 0, "hidden": 0, "below": 0}
    failing = shown_failing = linted = False
    started = False
    advance, bar = _progress(args, len(files))
    with open_report(args, linter) as report:
        try:
            for r in linter.iter_paths(files, jobs=args.jobs, progress=advance):
                if not started:  # online results come after the online phase: links are known
                    started = True
                    report.run.extra["unverified_links"] = unverified_report(verification)
                if r.error:
                    print(_safe(f"healthlint: {'warning' if 'skipped' in r.error else 'error'}: {r.path}: {r.error}"),
                          file=sys.stderr)
                linted = linted or r.linted
                if args.fix:
                    from lint_rules.fixes import apply_fixes

                    counts["fixed"] += apply_fixes([r])
                if known is not None:
                    from lint_rules.store.baseline import apply_baseline

                    counts["hidden"] += apply_baseline([r], args.baseline, known)
                fail_on = linter.plan_for(r.path).cfg.fail_on
                failing = failing or any(f.severity >= fail_on for f in r.findings)
                shown = _at_least([r], level)[0]
                counts["below"] += len(r.findings) - len(shown.findings)
                shown_failing = shown_failing or any(f.severity >= fail_on for f in shown.findings)
                report.add(shown)
        finally:
            if bar is not None:
                bar.close()
        problems, unverified = _run_notes(args, linter, verification)
        if counts["fixed"]:
            print(f"healthlint: fixed {counts['fixed']} place(s)", file=sys.stderr)
        if counts["hidden"] and not args.quiet:
            print(f"healthlint: {counts['hidden']} finding(s) in the baseline {args.baseline} not shown",
                  file=sys.stderr)
        code = EXIT_FINDINGS if failing else EXIT_OK
        failing_links = bool(unverified and unverified["failing"])
        if failing_links and code == EXIT_OK:
            code = EXIT_FINDINGS  # as lychee: "could not check" is not "fine"
        if code == EXIT_FINDINGS and not failing_links and not shown_failing:
            print(f"healthlint: findings below --min-severity {args.min_severity} fail the run "
                  "(see --fail-on)", file=sys.stderr)
        report.finish(problems, unverified, counts["below"])
    for line in missing:  # after the report, so they are not scrolled away
        print(_safe(f"healthlint: error: {line}"), file=sys.stderr)
    if missing or not linted:
        return EXIT_ERROR
    return code


def _run_notes(args: argparse.Namespace, linter: Any, verification: dict[str, Any]
               ) -> tuple[list[str], dict[str, Any] | None]:
    """The run's notes (printed on stderr) and problems for the report, and what it says
    about links that could not be verified."""
    notes = [str(p) for p in linter.services.get("notes", [])]
    if not args.quiet:
        for note in notes:  # registry problems were printed when the rules were loaded
            print(_safe(f"healthlint: note: {note}"), file=sys.stderr)
    problems = list(linter.registry.problems) + notes
    unverified = unverified_report(verification)
    if unverified:
        problems.append(unverified["message"])
        if args.format != "text" or args.output:
            level = "error" if unverified["failing"] else "note"
            print(f"healthlint: {level}: {unverified['message']}", file=sys.stderr)
    return problems, unverified


def _check_whole_run(args: argparse.Namespace, linter: Any, files: list[str], missing: list[str],
                     verification: dict[str, Any]) -> int:
    from lint_rules.core import Severity

    advance, bar = _progress(args, len(files))
    try:
        results = linter.lint_paths(files, jobs=args.jobs, progress=advance)
    finally:
        if bar is not None:
            bar.close()
    for r in results:
        if r.error:
            print(_safe(f"healthlint: {'warning' if 'skipped' in r.error else 'error'}: {r.path}: {r.error}"),
                  file=sys.stderr)
    problems, unverified = _run_notes(args, linter, verification)
    if args.reviewer:
        from lint_rules.reviewers import filter_for_reviewer

        results = filter_for_reviewer(results, args.reviewer, linter.resolver)
    if args.fix:
        from lint_rules.fixes import apply_fixes

        changed = apply_fixes(results)
        if changed:
            print(f"healthlint: fixed {changed} place(s)", file=sys.stderr)
    if args.baseline is not None:
        from lint_rules.store.baseline import BaselineError, apply_baseline, write_baseline

        try:
            if args.write_baseline:
                n = write_baseline(args.baseline, results)
                print(f"healthlint: wrote {n} finding(s) to the baseline {args.baseline}", file=sys.stderr)
                for line in missing:
                    print(_safe(f"healthlint: error: {line}"), file=sys.stderr)
                return EXIT_ERROR if missing else EXIT_OK
            hidden = apply_baseline(results, args.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
        if hidden and not args.quiet:
            print(f"healthlint: {hidden} finding(s) in the baseline {args.baseline} not shown",
                  file=sys.stderr)
    code = _findings_exit(results, linter, Severity)
    failing_links = bool(unverified and unverified["failing"])
    if failing_links and code == EXIT_OK:
        code = EXIT_FINDINGS  # as lychee: "could not check" is not "fine"
    shown = _at_least(results, Severity.parse(args.min_severity))
    if code == EXIT_FINDINGS and not failing_links and not any(
            f.severity >= linter.plan_for(r.path).cfg.fail_on for r in shown for f in r.findings):
        print(f"healthlint: findings below --min-severity {args.min_severity} fail the run "
              "(see --fail-on)", file=sys.stderr)
    below = sum(len(r.findings) for r in results) - sum(len(r.findings) for r in shown)
    write_report(args, shown, linter, problems, unverified, below_min_severity=below)
    for line in missing:  # after the report, so they are not scrolled away
        print(_safe(f"healthlint: error: {line}"), file=sys.stderr)
    if missing or not any(r.linted for r in results):
        return EXIT_ERROR
    return code


def _findings_exit(results: Sequence[Any], linter: Any, severity: Any) -> int:
    for r in results:
        fail_on = linter.plan_for(r.path).cfg.fail_on
        if any(f.severity >= fail_on for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def _at_least(results: list[Any], level: Any) -> list[Any]:
    """Copies of ``results`` with only the findings at or above ``level`` (``--min-severity``)."""
    import dataclasses

    if level == type(level).INFO:
        return results
    return [dataclasses.replace(r, findings=[f for f in r.findings if f.severity >= level]) for r in results]


class _Report:
    """The report being written: the format's stream and where it goes. A write to
    ``--output FILE`` that fails (a full disk) is a usage error naming the file."""

    def __init__(self, stream: Any, args: argparse.Namespace) -> None:
        self.stream = stream
        self.run = stream.run
        self.args = args
        self.done: str | None = None  #: the "wrote FILE" line, once the report is complete

    def _failed(self, exc: OSError) -> UsageError:
        return UsageError(f"--output {self.args.output}: {exc.strerror or exc}")

    def add(self, result: Any) -> None:
        try:
            self.stream.add(result)
        except OSError as exc:
            if not self.args.output:
                raise  # standard output: a closed pipe ends the run quietly (main)
            raise self._failed(exc) from None

    def finish(self, problems: list[str], unverified: dict[str, Any] | None, below: int) -> None:
        self.run.problems[:] = problems
        self.run.extra.update(unverified_links=unverified, below_min_severity=below)
        try:
            self.stream.finish()
        except OSError as exc:
            if not self.args.output:
                raise
            raise self._failed(exc) from None
        if self.args.output and not self.args.quiet:
            counts = self.stream.tally.counts
            self.done = (f"healthlint: wrote {self.args.output} ({counts['error']} errors, "
                         f"{counts['warning']} warnings, {counts['info']} info)")


@contextlib.contextmanager
def open_report(args: argparse.Namespace, linter: Any) -> Iterator[_Report]:
    """The format's stream, writing to standard output or to ``--output FILE`` (through a
    temporary file renamed into place when the report is complete, so a reader never sees
    half a report and a run that fails leaves the old file; a file that is not a regular
    file, such as /dev/null, is written as is)."""
    from reports import RunReport, get_stream

    run = RunReport([], dict(linter.registry.rules), _version(), color=use_color(args), problems=[],
                    extra={"reviewer": args.reviewer, "resolver": linter.resolver,
                           "unverified_links": None,
                           "quiet": bool(getattr(args, "quiet", False)),
                           "below_min_severity": 0,
                           "min_severity": getattr(args, "min_severity", "info")})
    stream_cls = get_stream(args.format)
    if not args.output:
        yield _Report(stream_cls(run, sys.stdout), args)
        return
    from lint_rules.store.fileio import replacing

    target = Path(args.output)
    stack = contextlib.ExitStack()  # closed below: the report is written between
    try:
        if target.exists() and not target.is_file():
            fh = stack.enter_context(open(target, "w", encoding="utf-8", newline=""))  # noqa: SIM115
        else:
            tmp = stack.enter_context(replacing(target))
            fh = stack.enter_context(open(tmp, "w", encoding="utf-8", newline=""))  # noqa: SIM115
    except OSError as exc:
        stack.close()
        raise UsageError(f"--output {args.output}: {exc.strerror or exc}") from None
    report = _Report(stream_cls(run, fh), args)
    try:
        yield report
    except BaseException:
        if not stack.__exit__(*sys.exc_info()):
            raise
        return
    try:
        stack.close()  # the file is closed and renamed into place
    except OSError as exc:
        raise UsageError(f"--output {args.output}: {exc.strerror or exc}") from None
    if report.done:
        print(report.done, file=sys.stderr)


def write_report(args: argparse.Namespace, results: list[Any], linter: Any, problems: list[str],
                 unverified: dict[str, Any] | None = None, below_min_severity: int = 0) -> None:
    from reports import RunReport, get_renderer

    run = RunReport(results, dict(linter.registry.rules), _version(), color=use_color(args),
                    problems=problems,
                    extra={"reviewer": args.reviewer, "resolver": linter.resolver,
                           "unverified_links": unverified,
                           "quiet": bool(getattr(args, "quiet", False)),
                           "below_min_severity": below_min_severity,
                           "min_severity": getattr(args, "min_severity", "info")})
    text = get_renderer(args.format)(run)
    if args.output:
        from lint_rules.store.fileio import atomic_write

        try:
            atomic_write(args.output, text)
        except OSError as exc:
            raise UsageError(f"--output {args.output}: {exc.strerror or exc}") from None
        if not args.quiet:
            counts = run.counts()
            print(f"healthlint: wrote {args.output} ({counts['error']} errors, "
                  f"{counts['warning']} warnings, {counts['info']} info)", file=sys.stderr)
    else:
        sys.stdout.write(text)


def use_color(args: argparse.Namespace, environ: Any = None) -> bool:
    """Colour in the text report: ``--color always|never`` decide; in ``auto``, a non-empty
    ``NO_COLOR`` turns it off (no-color.org), else a non-empty ``FORCE_COLOR`` turns it on
    (force-color.org; CI logs that render ANSI), else a terminal on stdout does. Never in a
    file written with ``--output``, never for the other formats."""
    env = os.environ if environ is None else environ
    if args.format != "text" or args.color == "never":
        return False
    if args.color == "always":
        return True
    if args.output is not None or env.get("NO_COLOR"):
        return False
    return bool(env.get("FORCE_COLOR")) or sys.stdout.isatty()


def cmd_rules(args: argparse.Namespace) -> int:
    from lint_rules.registry import load_registry
    from lint_rules.ruledocs import rule_listing, write_rule_docs

    registry = load_registry()
    for problem in registry.problems:
        print(_safe(f"healthlint: warning: {problem}"), file=sys.stderr)
    if args.docs:
        written = write_rule_docs(registry, Path(args.docs))
        print(f"healthlint: wrote {written} rule pages to {args.docs}", file=sys.stderr)
        return EXIT_OK
    sys.stdout.write(rule_listing(registry, args.format))
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    import json

    from lint_rules.config import ConfigResolver
    from lint_rules.registry import load_registry

    registry = load_registry()
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"--config {args.config}: no such file")
    resolver = ConfigResolver(registry.rules, args.config)
    cfg = resolver.for_path(args.path)
    enabled = [r.code for r in registry.sorted() if cfg.enabled(r)]
    out = {"path": args.path, **cfg.describe(), "enabled_rules": enabled}
    sys.stdout.write(json.dumps(out, indent=2, default=str) + "\n")
    return EXIT_OK


# -- entry point ----------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    from lint_rules.config import ConfigError

    words = list(sys.argv[1:] if argv is None else argv)
    if not words or words[0] not in CORE_COMMANDS:
        # the LSP, scan and assertions modules (and what they import) load only when the
        # command line may name one of them, or for --help
        _register_optional_commands()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if getattr(args, "func", None) is not cmd_check:
            _resume_collector()  # only a check's start-up runs with the collector paused
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        code: int = args.func(args)
        return code
    except (UsageError, ConfigError) as exc:
        print(_safe(f"healthlint: error: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("healthlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for users; HEALTHLINT_DEBUG=1 shows it
        if os.environ.get("HEALTHLINT_DEBUG"):
            raise
        print(f"healthlint: internal error: {type(exc).__name__}: {exc} "
              "(set HEALTHLINT_DEBUG=1 for details and please report it)", file=sys.stderr)
        return EXIT_ERROR


def entry() -> None:
    _pause_collector()
    try:
        code = main()
    finally:
        _resume_collector()
    _fast_exit(code)
    sys.exit(code)


# -- the cyclic garbage collector during start-up (issue 17) ------------------------------

#: Tracked objects a ``check`` process may add before the collector's youngest generation
#: is collected, until the first file's result (CPython's own default is 700).
START_THRESHOLD = 100_000
_PAUSED: tuple[int, ...] | None = None


def _pause_collector() -> None:
    """Let a ``check`` start without the cyclic garbage collector running every 700 objects.

    Why: start-up (imports, the rule classes, the tables the first check loads) makes about
    56,000 objects the collector tracks, for a one-line file, 77,000 for a 2,000-word article,
    nearly all of which live until exit, and almost no garbage (571 and 3,481 unreachable
    objects). At the default threshold the collector walks them again and again as they are
    made: 66 young and 6 middle collections for the one line, 10-15 ms of a 0.14 s process.
    How: the youngest generation's threshold is raised to ``START_THRESHOLD`` (not turned
    off, so a huge first file's garbage is still bounded) until the first file's result.
    Then ``_resume_collector`` moves everything alive to the permanent generation
    (``gc.freeze``: never walked again; worker processes forked after it share those pages
    untouched) and restores the thresholds, so the rest of a run collects as before and
    memory stays flat in the number of files. What garbage the start-up and the first file
    left is frozen with them: a few thousand objects, once per process. Only from ``entry``
    (the console script and ``python -m pipeline``): a program or a test that calls ``main``
    keeps its collector untouched; every command but ``check`` resumes as soon as its
    arguments are read (the LSP runs for hours). ``HEALTHLINT_NO_GC_PAUSE=1`` turns it off."""
    global _PAUSED
    if _PAUSED is not None or os.environ.get("HEALTHLINT_NO_GC_PAUSE"):
        return
    import gc

    _PAUSED = gc.get_threshold()
    gc.set_threshold(START_THRESHOLD, *_PAUSED[1:])


def _resume_collector() -> None:
    """End ``_pause_collector``'s pause (idempotent; nothing when no pause is on)."""
    global _PAUSED
    if _PAUSED is None:
        return
    import gc

    gc.freeze()
    gc.set_threshold(*_PAUSED)
    _PAUSED = None


def _fast_exit(code: int) -> None:
    """End the command-line process without the interpreter's teardown (issue 17).

    A normal exit frees every object the run made (the lexicon tables, about a thousand
    compiled patterns, every module's globals): 30-40 ms of a 0.5 s pre-commit run, spent
    on memory the operating system takes back anyway. Here the output is flushed and the
    ``atexit`` handlers run (the regex and dataclass stores are saved, temporary folders
    removed, worker pools closed) as at a normal exit, and the process then ends at once.
    Only from ``entry`` (the console script and ``python -m pipeline``): ``main`` called
    by a program or a test returns as before. A normal exit when another thread is still
    running (its work is not ours to cut short), when flushing fails (the normal path
    reports it), where ``atexit`` cannot be run by hand, or with
    ``HEALTHLINT_NO_FAST_EXIT=1``."""
    import threading

    if os.environ.get("HEALTHLINT_NO_FAST_EXIT") or threading.active_count() > 1:
        return
    import atexit

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # a closed or broken stream: let the normal exit deal with it
        return
    run_handlers()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass
    os._exit(code)


if __name__ == "__main__":
    entry()
