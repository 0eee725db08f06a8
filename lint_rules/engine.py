"""Linting files: discover, load, parse, run rules, apply severities and suppressions.

``pipeline.py`` (the CLI) and the nightly scan both drive this module. Offline rules run
per file, in worker processes when there are enough files to pay for them; online rules
run afterwards in the main process, where ``prepare`` sees every document at once so a URL
cited by fifty articles is checked once.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lint_rules.budget import Budget, BudgetExceeded, address_space, armed, budget_for, limited
from lint_rules.builtin import (
    InvalidFrontMatter,
    OverBudget,
    SkippedLargeFile,
    UnreadableFile,
    UnusedSuppression,
)
from lint_rules.config import ConfigResolver, FileConfig, path_matches
from lint_rules.core import Finding, Location, Rule, RuleContext, Severity
from lint_rules.document import Document
from lint_rules.loading import InputError, file_kind, human_size, read_data, read_source
from lint_rules.parsing import parse_document
from lint_rules.registry import Registry
from lint_rules.store import compiled_re
from lint_rules.suppressions import apply_suppressions, parse_suppressions

#: Below this many files, worker processes cost more than they save.
PARALLEL_THRESHOLD = 8


@dataclass
class FileResult:
    """What linting one file gave: its findings, metrics and any error."""
    path: str
    kind: str | None
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  #: one line when the file could not be linted
    meta: dict[str, Any] = field(default_factory=dict)  #: front matter / HTML meta
    #: codes of rules that crashed or were stopped by the budget on this file: such a result
    #: is not the file's final word, so the scan never caches it
    incomplete: list[str] = field(default_factory=list)

    @property
    def linted(self) -> bool:
        return self.error is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "error": self.error,
            "metrics": self.metrics,
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass(eq=False)
class Plan:
    """What runs on the files that share one configuration: the enabled offline and online
    rules (in code order), each rule's options and severity, and the run-wide services.

    Resolved once per distinct configuration (``Linter.plan_for``): the engine used to ask
    the configuration rule by rule and file by file whether a rule is enabled, with which
    options and at which severity (a file's path went to ``config.py`` and back six times).
    """

    cfg: FileConfig
    offline: tuple[type[Rule], ...]
    online: tuple[type[Rule], ...]
    options: dict[str, Mapping[str, Any]]  #: code -> options (read-only), every enabled rule
    severity: dict[str, Severity]  #: code -> effective severity, every enabled rule
    services: dict[str, Any]
    budget: Budget  #: time and memory per rule and file (``lint_rules.budget``)

    @classmethod
    def resolve(cls, cfg: FileConfig, rules: Iterable[type[Rule]], services: dict[str, Any]) -> Plan:
        enabled = [r for r in rules if cfg.enabled(r)]
        # the engine's own rules report through the plan even when a registry lacks them
        known = {r.code for r in enabled}
        engine = [r for r in (UnreadableFile, SkippedLargeFile, InvalidFrontMatter, UnusedSuppression, OverBudget)
                  if r.code not in known and cfg.enabled(r)]
        return cls(
            cfg=cfg,
            offline=tuple(r for r in enabled if not r.needs_network),
            online=tuple(r for r in enabled if r.needs_network),
            options={r.code: MappingProxyType(cfg.options_for(r)) for r in enabled},
            severity={r.code: cfg.severity_for(r) for r in enabled + engine},
            services=services,
            budget=budget_for(cfg),
        )

    def enabled(self, rule: type[Rule]) -> bool:
        return rule.code in self.severity

    @cached_property
    def running(self) -> frozenset[str]:
        """The codes of the rules this plan runs (what ``RuleContext.runs`` answers)."""
        return frozenset(self.options)

    def severity_for(self, rule: type[Rule]) -> Severity:
        found = self.severity.get(rule.code)
        return found if found is not None else self.cfg.severity_for(rule)

    def context(self, rule: type[Rule], metrics: dict[str, Any] | None = None) -> RuleContext:
        """The context ``rule`` runs in (a rule the plan did not enable, which an API
        caller may still run, gets its options from the configuration)."""
        options = self.options.get(rule.code)
        if options is None:
            options = self.cfg.options_for(rule)
        return RuleContext(self.cfg, options, self.services, metrics, running=self.running)


def display_path(path: str | Path) -> str:
    """Paths as the user will want to click them: relative to the working directory when
    inside it, with forward slashes."""
    p = Path(path)
    try:
        rel = p.absolute().relative_to(Path.cwd())
        return rel.as_posix()
    except ValueError:
        return p.as_posix()


class Skipped(str):
    """A discovery problem that is a decision, not a failure: a file left out on purpose (a
    symbolic link out of the folder). Reported as a warning; unlike a missing path or an
    unreadable folder, it does not fail the run."""


def discover(paths: Sequence[str], resolver: ConfigResolver,
             force_exclude: bool = False) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, problem)`` for each file to lint, in a stable order. Directories are
    walked without following symbolic links (so link loops cannot trap the walk), and a
    symbolic link to a file outside the folder given is reported, not read (the nightly
    scan publishes what it reads: a link to ``/etc/passwd`` must not reach the site); a
    folder that cannot be read is reported, not skipped. Explicit file arguments are
    always linted, whatever their suffix, unless ``force_exclude``: pre-commit and editors
    name every changed file, and a writer who excluded ``drafts/`` in the configuration
    means it for them too (as ruff's ``--force-exclude``)."""
    seen: set[str] = set()
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            cfg = resolver.for_path(p)
            root = Path(cfg.root)
            inside = os.path.realpath(p)
            unreadable: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False, onerror=unreadable.append):
                while unreadable:
                    exc = unreadable.pop(0)
                    yield str(exc.filename or dirpath), f"folder cannot be read: {exc.strerror or exc}"
                dirnames[:] = sorted(
                    d for d in dirnames
                    if not path_matches(_rel(Path(dirpath) / d, root), cfg.exclude)
                )
                for name in sorted(filenames):
                    full = Path(dirpath) / name
                    rel = _rel(full, root)
                    if not path_matches(name, cfg.include) or path_matches(rel, cfg.exclude):
                        continue
                    key = str(full)
                    if key in seen:
                        continue
                    seen.add(key)
                    if full.is_symlink() and not _within(os.path.realpath(full), inside):
                        yield key, Skipped(f"is a symbolic link to {os.readlink(full)}, outside {arg}; "
                                           "not followed (link the file's folder or copy the file in)")
                        continue
                    yield key, None
            while unreadable:
                exc = unreadable.pop(0)
                yield str(exc.filename or p), f"folder cannot be read: {exc.strerror or exc}"
        elif p.exists() or p.is_symlink():
            if force_exclude and is_excluded(p, resolver):
                continue
            if str(p) not in seen:
                seen.add(str(p))
                yield str(p), None
        else:
            yield str(p), "no such file or directory"


def is_excluded(path: str | Path, resolver: ConfigResolver) -> bool:
    """Whether the configuration that governs ``path`` excludes it or a folder above it
    (below its root), as the folder walk would have."""
    cfg = resolver.for_path(path)
    rel = _rel(Path(path), Path(cfg.root))
    if rel.startswith("../") or Path(rel).is_absolute():
        return path_matches(Path(path).name, cfg.exclude)  # outside the root: by name
    parts = rel.split("/")
    return any(path_matches("/".join(parts[:i]), cfg.exclude) for i in range(1, len(parts) + 1))


def _within(target: str, folder: str) -> bool:
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


class Linter:
    """Runs the registry's rules over files with per-file configuration."""

    def __init__(self, registry: Registry, resolver: ConfigResolver) -> None:
        self.registry = registry
        self.resolver = resolver
        #: Run-wide services of the first configuration seen; ``services["notes"]`` holds
        #: the run's notes for every configuration.
        self.services: dict[str, Any] = {}
        self._scopes: dict[str, dict[str, Any]] = {}
        self._shared: set[str] = set()
        #: documents the offline phase parsed in this process, for the online phase (a
        #: cached link check was spending half its time parsing every file a second time)
        self._parsed: dict[str, Document] = {}
        #: Documents that are not files (standard input): name -> (kind, bytes). The name
        #: is what findings show and what picks the configuration.
        self.sources: dict[str, tuple[str, bytes]] = {}
        #: one plan per distinct configuration (``plan``)
        self._plans: dict[str, Plan] = {}

    def add_source(self, name: str, data: bytes, kind: str | None = None) -> str:
        """Lint ``data`` as if it were the file ``name`` (``check -`` with
        ``--stdin-filename``); the kind comes from the name's suffix unless given, and is
        Markdown for a nameless ``-``."""
        self.sources[name] = (kind or (file_kind(name) if name != "-" else None) or "markdown", data)
        return name

    def services_for(self, cfg: FileConfig) -> dict[str, Any]:
        """The run-wide services (HTTP client, link results, LanguageTool connection) for
        files with ``cfg``'s settings. Files under another configuration file may set other
        network, link or grammar settings, so each distinct set of sections gets its own
        services; identical settings share them (a URL cited under both is checked once).
        Notes are one list for the whole run."""
        key = json.dumps(cfg.sections, sort_keys=True, default=str)
        scope = self._scopes.get(key)
        if scope is None:
            self.services.setdefault("notes", [])
            shared = {k: self.services[k] for k in ("notes", *self._shared)}
            scope = self._scopes[key] = self.services if not self._scopes else shared
        return scope

    def share(self, key: str, value: Any) -> None:
        """Put a run-wide value (``core.NIGHTLY_SCAN``) in the services of every
        configuration, present and future."""
        self._shared.add(key)
        self.services[key] = value
        for scope in self._scopes.values():
            scope[key] = value

    # -- plans -----------------------------------------------------------------------

    def plan_for(self, path: str | Path) -> Plan:
        """The plan for ``path``'s configuration (one per distinct configuration)."""
        return self.plan(self.resolver.for_path(path))

    def plan(self, cfg: FileConfig) -> Plan:
        """The plan for ``cfg``, resolved on first use. Equal configurations share one plan
        (the resolver builds a new, equal ``FileConfig`` for every file)."""
        key = repr(cfg)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = Plan.resolve(cfg, self.registry.sorted(), self.services_for(cfg))
        return plan

    # -- one file ----------------------------------------------------------------------

    def rules_for(self, cfg: FileConfig, *, network: bool | None = None) -> list[type[Rule]]:
        plan = self.plan(cfg)
        if network is None:
            return sorted(plan.offline + plan.online, key=lambda r: r.code)
        return list(plan.online if network else plan.offline)

    def load(self, path: str, cfg: FileConfig | Plan) -> tuple[Document | None, FileResult]:
        plan = cfg if isinstance(cfg, Plan) else self.plan(cfg)
        given = self.sources.get(path)
        shown = path if given is not None and path == "-" else display_path(path)
        kind = given[0] if given is not None else file_kind(path) or "text"
        result = FileResult(shown, kind)
        try:
            if given is not None:
                source = read_data(given[1], kind, plan.cfg.max_file_size)
            else:
                source = read_source(path, kind, plan.cfg.max_file_size)
        except InputError as exc:
            rule: type[Rule] = SkippedLargeFile if exc.code == SkippedLargeFile.code else UnreadableFile
            result.error = exc.message
            if plan.enabled(rule):
                result.findings.append(_file_finding(rule, shown, exc.message, Severity.parse(exc.severity)))
            return None, result
        budget = plan.budget
        try:
            with limited(budget.file_seconds, budget.file_memory):
                doc = parse_document(shown, source, kind)
        except BudgetExceeded as exc:
            result.error = f"parsing was stopped: it exceeded the file's {exc.limit} {exc.what} budget"
            result.incomplete.append("parse")
            if plan.enabled(OverBudget):
                result.findings.append(_file_finding(OverBudget, shown, result.error, OverBudget.severity))
            return None, result
        except (RecursionError, MemoryError, ValueError, TypeError) as exc:
            # a parser's limit (nesting deeper than Python's stack, a value no parser
            # expected) is this file's problem, never the run's
            result.error = f"could not be parsed: {type(exc).__name__}: {str(exc)[:200]}"
            if plan.enabled(UnreadableFile):
                result.findings.append(_file_finding(UnreadableFile, shown, result.error, Severity.ERROR))
            return None, result
        result.meta = dict(doc.meta)
        return doc, result

    def check_document(
        self, doc: Document, cfg: FileConfig | Plan, rules: Iterable[type[Rule]], metrics: dict[str, Any],
        started: tuple[float, int | None] | None = None, incomplete: list[str] | None = None,
    ) -> list[Finding]:
        """Run ``rules`` on ``doc``, each within its budget and all of them within what is
        left of the file's (``started``: the process's CPU time when the file's linting
        began and the address space it mapped then; now, if not given)."""
        plan = cfg if isinstance(cfg, Plan) else self.plan(cfg)
        findings: list[Finding] = []
        t0, mem0 = started or (time.process_time(), address_space())
        rules = list(rules)
        with armed():  # the budget's signal handlers once for the file, not once a rule
            self._run_rules(doc, plan, rules, metrics, findings, t0, mem0, incomplete)
        return findings

    def _run_rules(
        self, doc: Document, plan: Plan, rules: list[type[Rule]], metrics: dict[str, Any],
        findings: list[Finding], t0: float, mem0: int | None, incomplete: list[str] | None,
    ) -> None:
        budget = plan.budget
        for i, rule_cls in enumerate(rules):
            ctx = plan.context(rule_cls, metrics)
            left = budget.file_seconds - (time.process_time() - t0)
            if left <= 0.0:
                skipped = ", ".join(r.code for r in rules[i:])
                if incomplete is not None:
                    incomplete.extend(r.code for r in rules[i:])
                findings.append(_budget_finding(
                    plan, doc.path, f"linting this file was stopped: it exceeded the file's "
                    f"{budget.file_seconds:g} s CPU time budget (file-seconds); rules not run: {skipped}"))
                break
            seconds, memory, by_file, now = _rule_limits(budget, left, mem0)
            try:
                with limited(seconds, memory, memory_base=now):
                    produced = list(rule_cls().check(doc, ctx))
            except BudgetExceeded as exc:
                if incomplete is not None:
                    incomplete.append(rule_cls.code)
                via = f" (in the shared analysis '{exc.analysis}')" if exc.analysis else ""
                produced = [_budget_finding(
                    plan, doc.path, f"rule {rule_cls.code} ({rule_cls.name}) was stopped{via}: it exceeded "
                    f"{_spent(budget, exc, by_file)} on this file, so its findings here are missing")]
            except Exception as exc:  # one broken rule must not stop the run
                if incomplete is not None:
                    incomplete.append(rule_cls.code)
                import traceback  # only when a rule fails (3 ms of imports a start otherwise)

                where = traceback.extract_tb(exc.__traceback__)[-1]
                produced = [_file_finding(
                    UnreadableFile, doc.path,
                    f"rule {rule_cls.code} failed on this file: {type(exc).__name__}: {exc} "
                    f"({Path(where.filename).name}:{where.lineno}); please report it",
                    Severity.ERROR,
                )]
            override = plan.severity_for(rule_cls)
            if override != rule_cls.severity:
                produced = [dataclasses.replace(f, severity=override) if f.code == rule_cls.code else f
                            for f in produced]
            findings.extend(produced)

    def finish(
        self, doc: Document, cfg: FileConfig | Plan, findings: list[Finding], report_unused: bool = True
    ) -> list[Finding]:
        plan = cfg if isinstance(cfg, Plan) else self.plan(cfg)
        if plan.enabled(InvalidFrontMatter):
            rule = InvalidFrontMatter()
            findings = findings + [
                rule.source_finding(doc, s, max(s, min(e, s + 200)), msg)
                for s, e, msg in doc.parse_problems
            ]
        sups = parse_suppressions(doc, self.registry.rules)
        findings = apply_suppressions(doc, findings, sups, report_unused and plan.enabled(
            self.registry.rules.get("HL100", UnusedSuppression)))
        return sorted(findings, key=Finding.sort_key)

    def lint_file(self, path: str, *, online_later: bool = False, keep: bool = False) -> FileResult:
        """Offline part of linting one file (and everything, when ``online_later`` is
        false and no online rule is enabled). ``keep``: hold the parsed document for
        ``online_phase`` (its analyses are dropped, so memory is what a fresh parse takes)."""
        plan = self.plan_for(path)
        started = (time.process_time(), address_space())
        doc, result = self.load(path, plan)
        if doc is None:
            return result
        if keep:
            self._parsed[path] = doc
        result.metrics.update(base_metrics(doc))
        findings = self.check_document(doc, plan, plan.offline, result.metrics, started, result.incomplete)
        if online_later:
            result.findings = findings  # suppressions are applied after the online phase
        else:
            result.findings = self.finish(doc, plan, findings)
        if keep:
            doc._analyses.clear()
        return result

    # -- many files --------------------------------------------------------------------

    def lint_paths(
        self,
        files: Sequence[str],
        *,
        jobs: int | None = None,
        progress: Callable[[FileResult], None] | None = None,
    ) -> list[FileResult]:
        """Every file's result, in ``files`` order (``iter_paths``, kept)."""
        return list(self.iter_paths(files, jobs=jobs, progress=progress))

    def iter_paths(
        self,
        files: Sequence[str],
        *,
        jobs: int | None = None,
        progress: Callable[[FileResult], None] | None = None,
    ) -> Iterator[FileResult]:
        """Each file's result, in ``files`` order, as soon as it is final: a reporter can
        write it and drop it, so memory does not grow with the number of files. With online
        rules, ``prepare`` must see every document first (a URL cited by fifty articles is
        checked once), so the results come after the online phase."""
        online = any(self.plan_for(f).online for f in files)
        self.start_run(files)
        if not online:
            yield from self.offline(files, jobs, False, progress)
            return
        results = list(self.offline(files, jobs, True, progress))
        self.online_phase(files, results)
        yield from results

    def start_run(self, files: Sequence[str]) -> None:
        """Let rules that use a run-wide service (a LanguageTool server) start or connect to
        it once per set of settings (``services_for``), here in the main process, so worker
        processes inherit it and run-level notes land in ``self.services``."""
        plans = {id(p): p for p in map(self.plan_for, files)}
        started: set[tuple[int, type[Rule]]] = set()
        for plan in plans.values():
            for rule_cls in plan.offline:
                if (id(plan.services), rule_cls) not in started:
                    started.add((id(plan.services), rule_cls))
                    rule_cls.start_run(plan.context(rule_cls))

    def offline(
        self, files: Sequence[str], jobs: int | None, online: bool,
        progress: Callable[[FileResult], None] | None,
    ) -> Iterator[FileResult]:
        """Offline rules for every file, in worker processes when there are enough files.
        With ``online`` true, suppressions wait for ``online_phase`` (the scan caches
        this part per file and runs the online part afresh)."""
        jobs = jobs or os.cpu_count() or 1
        if jobs <= 1 or len(files) < PARALLEL_THRESHOLD or sys.platform == "win32":
            for f in files:
                r = self.lint_file(f, online_later=online, keep=online)
                if progress:
                    progress(r)
                yield r
            return
        import multiprocessing as mp

        # the first file is linted here, before the workers fork: they inherit its warm
        # caches (lexicon tables open, cue patterns compiled, lazy modules imported)
        # instead of each warming its own, which was most of what --jobs 2 cost in CPU
        # over --jobs 1
        first = self.lint_file(files[0], online_later=online, keep=online)
        if progress:
            progress(first)
        yield first
        global _WORKER
        _WORKER = (self, online)
        compiled_re.take_new()  # what this process generated is in its store: the workers send back only their own
        ctx = mp.get_context("fork")
        rest = files[1:]
        # small chunks: a file takes ~20 ms, so a worker that finishes its last chunk early
        # idles for at most a few files' time while the other finishes its own
        chunk = max(1, min(8, len(rest) // (jobs * 8)))
        with ctx.Pool(jobs) as pool:
            notes = self.services.setdefault("notes", [])
            for r, worker_notes, programs in pool.imap(_lint_in_worker, rest, chunksize=chunk):
                notes.extend(n for n in worker_notes if n not in notes)
                compiled_re.keep_new(programs)
                if progress:
                    progress(r)
                yield r

    def online_phase(self, files: Sequence[str], results: list[FileResult]) -> None:
        """Online rules for the files ``offline`` already linted: ``prepare`` sees every
        document at once, then each file's findings are completed and suppressed."""
        docs: list[tuple[Document, Plan, FileResult]] = []
        for path, result in zip(files, results, strict=True):
            if not result.linted:
                continue
            plan = self.plan_for(path)
            doc = self._parsed.pop(path, None)
            if doc is None:
                doc, _ = self.load(path, plan)
            if doc is not None:
                docs.append((doc, plan, result))
        online_rules: dict[str, type[Rule]] = {}
        for _, plan, _ in docs:
            for r in plan.online:
                online_rules[r.code] = r
        for rule_cls in online_rules.values():
            # one batch per distinct settings: each file's own options and services
            batches: dict[tuple[int, str], tuple[Plan, list[Document]]] = {}
            for doc, plan, _ in docs:
                if plan.enabled(rule_cls):
                    options = plan.options[rule_cls.code]
                    key = (id(plan.services), json.dumps(dict(options), sort_keys=True, default=str))
                    batches.setdefault(key, (plan, []))[1].append(doc)
            for plan, batch in batches.values():
                rule_cls().prepare(batch, plan.context(rule_cls))
        self._parsed.clear()
        for doc, plan, result in docs:
            extra = self.check_document(doc, plan, plan.online, result.metrics, incomplete=result.incomplete)
            result.findings = self.finish(doc, plan, result.findings + extra)


_WORKER: tuple[Linter, bool] | None = None


def _lint_in_worker(path: str) -> tuple[FileResult, list[str], dict[tuple[str, int], Any]]:
    """Lint in a worker process; run-level notes a rule added there (a service that went
    away mid-run) and the regex programs it generated (``compiled_re.take_new``: a worker
    ends without saving the store) travel back with the result, for the main process to
    report and keep."""
    assert _WORKER is not None
    linter, online = _WORKER
    result = linter.lint_file(path, online_later=online)
    return result, [str(n) for n in linter.services.get("notes", [])], compiled_re.take_new()


def base_metrics(doc: Document) -> dict[str, Any]:
    words = sum(len(doc.block_text(b).split()) for _, b in doc.body_blocks())
    return {
        "words": words,
        "sentences": sum(1 for s in doc.sentences if doc.blocks[s.block].role == "body"),
        "links": len(doc.links),
    }


def _rule_limits(budget: Budget, left: float, mem0: int | None) -> tuple[float, int, set[str], int | None]:
    """Seconds and bytes one rule may use: its own budget, or what is left of the file's
    when that is less (then "time" or "memory" is in the returned set); and the address
    space mapped now, which the rule's memory is counted from."""
    by_file: set[str] = set()
    seconds = budget.rule_seconds
    if left < seconds:
        seconds = left
        by_file.add("time")
    memory = budget.rule_memory
    now = address_space()
    if mem0 is not None and now is not None:
        file_left = mem0 + budget.file_memory - now
        if file_left < memory:
            memory = max(file_left, 1)
            by_file.add("memory")
    return seconds, memory, by_file, now


def _spent(budget: Budget, exc: BudgetExceeded, by_file: set[str]) -> str:
    """Which budget a stopped rule ran out of, in the words of the settings: a rule stopped
    by what was left of the file's budget names the file's setting, not the remainder
    (which reads as an odd limit nobody configured: "the file's 0.607948 s")."""
    if exc.what not in by_file:
        return f"its {exc.limit} {exc.what} budget"
    if exc.what == "memory":
        return f"the file's {human_size(budget.file_memory)} memory budget (file-memory)"
    if exc.limit.endswith("wall-clock"):  # blocked, not computing: the wall-clock backstop
        return f"the file's {exc.limit} time budget"
    return f"the file's {budget.file_seconds:g} s CPU time budget (file-seconds)"


def _budget_finding(plan: Plan, path: str, message: str) -> Finding:
    severity = plan.severity_for(OverBudget)
    return _file_finding(OverBudget, path, message, severity)


def _file_finding(rule: type[Rule], path: str, message: str, severity: Severity) -> Finding:
    return Finding(
        code=rule.code, name=rule.name, category=rule.category, severity=severity,
        message=message, path=path, start=0, end=0,
        location=Location(1, 1, 1, 1, 0, 0), excerpt="",
    )
