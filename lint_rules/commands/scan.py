"""``healthlint scan CONTENT_DIR --out SITE_DIR`` (the nightly editorial scan) and
``healthlint merge SHARD_DIR... --out SITE_DIR`` (one site from sharded scans).

The scan lints every article with every rule (online ones too unless ``--offline``),
reusing cached results for unchanged files, records the run in the history, and writes a
static site: ``index.html``, one page per article and per reviewer, ``findings.json`` and
``findings.sarif``. Results are stored as each file finishes and every output file is
written atomically, so an interrupted scan loses nothing and the next one resumes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lint_rules.reviewers  # noqa: F401  (registers the [reviewers] config section)
from lint_rules.config import ConfigError, register_section
from lint_rules.core import NIGHTLY_SCAN
from lint_rules.store.compiled_re import compile_re

STATE_DIR = ".healthlint"
_PAGE_SAFE = compile_re(r"[^A-Za-z0-9._-]+")


def _validate_history(table: Any, where: str) -> Any:
    unknown = sorted(set(table) - {"path"})
    if unknown:
        raise ConfigError(f"{where}.{unknown[0]}: unknown key (use path)")
    if "path" in table and not isinstance(table["path"], str):
        raise ConfigError(f"{where}.path: must be a file path")
    return dict(table)


register_section("history", _validate_history)


# -- command line ----------------------------------------------------------------------


def register(subparsers: Any) -> None:
    from lint_rules.commands.options import add_check_options

    if "scan" in subparsers.choices:  # main() may run more than once in one process
        return
    scan = subparsers.add_parser(
        "scan", help="nightly scan of a content folder into a static report site")
    scan.add_argument("content", metavar="CONTENT_DIR", type=Path)
    scan.add_argument("--out", required=True, type=Path, metavar="SITE_DIR",
                      help="folder for index.html, article and reviewer pages, JSON and SARIF")
    scan.add_argument("--shard", metavar="K/N", type=_shard,
                      help="scan only part K of N (deterministic split, for parallel CI jobs)")
    _common(scan)
    add_check_options(scan)
    for action in scan._actions:  # check's output options mean nothing for a site
        if action.dest in ("format", "output", "color", "fix", "reviewer"):
            action.help = argparse.SUPPRESS
    scan.set_defaults(func=cmd_scan)

    merge = subparsers.add_parser("merge", help="combine sharded scan outputs into one site")
    merge.add_argument("shards", nargs="+", type=Path, metavar="SHARD_DIR")
    merge.add_argument("--out", required=True, type=Path, metavar="SITE_DIR")
    merge.add_argument("--config", type=Path, help="use this config file instead of discovery")
    _common(merge)
    merge.set_defaults(func=cmd_merge)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--history", type=Path, metavar="FILE",
                   help="history database (default: [history] path in the config, "
                        "else SITE_DIR/.healthlint/history.sqlite; sharded scans keep none)")
    p.add_argument("--progress", choices=["auto", "bar", "lines", "none"], default="auto",
                   help="progress display (auto: a bar on a terminal, plain lines in CI logs)")


def _shard(value: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", value)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise argparse.ArgumentTypeError(f"{value!r}: write K/N with 1 <= K <= N, e.g. 2/4")
    return int(m.group(1)), int(m.group(2))


def in_shard(rel_path: str, shard: tuple[int, int] | None) -> bool:
    """Deterministic split by a hash of the path: same files in the same shard on every
    machine and run, whatever the order of discovery."""
    if shard is None:
        return True
    k, n = shard
    digest = int(hashlib.sha1(rel_path.encode("utf-8")).hexdigest()[:12], 16)
    return digest % n == k - 1


def _usage(message: str) -> Exception:
    from lint_rules.commands import UsageError

    return UsageError(message)


# -- progress --------------------------------------------------------------------------


class Progress:
    """A tqdm bar on a terminal; otherwise a plain line every 10% (or every 30 s)."""

    def __init__(self, total: int, mode: str, label: str = "scan") -> None:
        if mode == "auto":
            tty = sys.stderr.isatty() and not os.environ.get("CI")
            mode = "bar" if tty else "lines"
        self.mode, self.total, self.label = mode, total, label
        self.done, self._last_line, self._last_time = 0, 0, time.monotonic()
        self.bar = None
        if mode == "bar" and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="file", desc=label, file=sys.stderr, leave=False)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.mode == "lines" and self.total:
            step = max(1, self.total // 10)
            now = time.monotonic()
            if self.done - self._last_line >= step or now - self._last_time > 30 or self.done == self.total:
                print(f"healthlint {self.label}: {self.done}/{self.total} files "
                      f"({100 * self.done // self.total}%)", file=sys.stderr, flush=True)
                self._last_line, self._last_time = self.done, now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def note(message: str) -> None:
    from reports import terminal_safe

    print(terminal_safe(f"healthlint: {message}", keep_newlines=True), file=sys.stderr, flush=True)


# -- the scan --------------------------------------------------------------------------


@dataclass
class ScanState:
    """What the site writer needs besides the results."""

    content: Path
    out: Path
    started: float
    problems: list[str] = field(default_factory=list)
    online: bool = False
    shard: tuple[int, int] | None = None
    reused: int = 0


def cmd_scan(args: argparse.Namespace) -> int:
    from lint_rules.commands.options import make_linter

    if not args.content.is_dir():
        raise _usage(f"{args.content}: not a folder (scan takes the content folder)")
    if args.fix:
        raise _usage("scan does not apply fixes; run `healthlint check --fix` on the files")
    _check_out(args.out)
    if args.online is None:
        args.online = True  # the nightly scan runs every rule unless --offline
    started = time.time()
    linter = make_linter(args)
    linter.share(NIGHTLY_SCAN, True)
    from lint_rules.commands.options import share_link_verification, unverified_report

    verification = share_link_verification(linter, args)
    files = select_files(args.content, linter, args.shard, skip=args.out)
    if not files:
        raise _usage(f"no articles to scan in {args.content}")
    state = ScanState(args.content, args.out, started, list(linter.registry.problems),
                      online=bool(args.online), shard=args.shard)
    history_path = None if args.shard and not args.history else _history_path(args, linter)
    if history_path is not None:
        _refuse_foreign_history(history_path, args)  # before an hour of linting, not after
    results = lint_with_cache(linter, files, args, state)
    state.problems += [str(p) for p in linter.services.get("notes", [])]
    unverified = unverified_report(verification)
    if unverified:  # the site must not read "Link problems: 0" for links nobody saw
        state.problems.append(unverified["message"])
    write_site(results, linter, state, history_path, args.progress, args.jobs)
    return 0


def _refuse_foreign_history(path: Path, args: argparse.Namespace) -> None:
    from lint_rules.store.history import HistoryRefused, check_history_path

    try:
        check_history_path(path, _owned_history(path, args.out))
    except HistoryRefused as exc:
        if getattr(args, "history", None):
            raise _usage(f"--history {exc}") from None
        raise ConfigError(f"[history] path: {exc}") from None
    except (OSError, sqlite3.Error) as exc:
        raise _usage(f"{path}: cannot open: {exc}") from None


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise _usage(f"--out {out}: is a file, not a folder")
    try:
        (out / STATE_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _usage(f"--out {out}: cannot create it: {exc.strerror or exc}") from None


def _open_state(kind: Any, path: Path) -> Any:
    """The result cache or the history; a file that cannot be opened at all (not merely
    corrupt, which the classes repair) is a usage error, not a traceback."""
    import sqlite3

    try:
        return kind(path)
    except (OSError, sqlite3.Error) as exc:
        raise _usage(f"{path}: cannot open: {exc}") from None


def select_files(content: Path, linter: Any, shard: tuple[int, int] | None,
                 skip: Path | None = None) -> list[str]:
    """The articles to scan, never the site's own pages (``--out`` inside the content)."""
    from lint_rules.engine import discover

    files = []
    site = skip.absolute() if skip is not None else None
    for path, problem in discover([str(content)], linter.resolver):
        if problem:
            note(f"warning: {path}: {problem}")
            continue
        if site is not None and Path(path).absolute().is_relative_to(site):
            continue
        rel = Path(path).relative_to(content).as_posix() if Path(path).is_relative_to(content) else path
        if in_shard(rel, shard):
            files.append(path)
    return files


def lint_with_cache(linter: Any, files: list[str], args: argparse.Namespace, state: ScanState) -> list[Any]:
    """Lint ``files``, reusing and filling the per-file result cache. With online rules,
    the cache holds the offline part and the online phase runs every time (its own HTTP
    cache decides what to fetch again), so a dead link is never hidden by a stale entry."""
    from lint_rules.commands.resultcache import ResultCache, config_fingerprint, file_key, rules_fingerprint

    cache = _open_state(ResultCache, state.out / STATE_DIR / "results.sqlite")
    for w in cache.warnings:
        note(f"warning: {w}")
    cache.on_warning = lambda w: note(f"warning: {w}")
    keys: list[str | None] = []
    online = False
    for path in files:
        cfg = linter.resolver.for_path(path)
        online = online or bool(linter.rules_for(cfg, network=True))
        keys.append(file_key(path, config_fingerprint(cfg), rules_fingerprint(linter.rules_for(cfg)),
                             "partial" if cfg.online else "final"))
    results: list[Any] = [None] * len(files)
    todo = []
    for i, key in enumerate(keys):
        cached = cache.get(key) if key else None
        if cached is not None:
            results[i] = cached
        else:
            todo.append(i)
    state.reused = len(files) - len(todo)
    if state.reused:
        note(f"{state.reused} of {len(files)} files unchanged since their last scan (cached)")
    progress = Progress(len(todo), args.progress)
    pending = iter(todo)

    def finished(result: Any) -> None:
        i = next(pending)
        results[i] = result
        key = keys[i]
        if key and not result.incomplete:  # a crash or a stopped rule is never served again
            cache.put(key, result)
        progress.advance()

    try:
        if todo:
            paths = [files[i] for i in todo]
            if online:  # the offline part is cached per file; online checks run every time
                linter.start_run(paths)
                for _ in linter.offline(paths, args.jobs, True, finished):
                    pass
            else:
                linter.lint_paths(paths, jobs=args.jobs, progress=finished)
    finally:
        progress.close()
    if online:
        note(f"online checks for {len(files)} files")
        linter.online_phase(files, results)
    cache.prune({k for k in keys if k})
    cache.close()
    return results


def _history_path(args: argparse.Namespace, linter: Any) -> Path:
    if args.history:
        return Path(args.history)
    cfg = linter.resolver.for_path(getattr(args, "content", None) or ".")
    configured = cfg.section("history").get("path")
    if configured:
        path = Path(configured)
        return path if path.is_absolute() else Path(cfg.root) / path
    return Path(args.out) / STATE_DIR / "history.sqlite"


# -- writing the site ------------------------------------------------------------------


def page_name(rel_path: str) -> str:
    """The article page for ``rel_path`` (``nutrition/kratom.md`` ->
    ``articles/nutrition/kratom.md.html``). A path part with other characters is written
    in safe ASCII (accents dropped, anything else ``_``) followed by ``~`` and a hash of
    the original part: ``a b.md`` -> ``a_b~3f1c2a9e.md.html`` while ``a_b.md`` stays
    ``a_b.md.html``, and ``é.md``, ``ü.md`` get two pages. A safe part never contains
    ``~``, so no two files share a page."""
    parts = [_page_part(p) for p in rel_path.split("/") if p not in ("", ".", "..")]
    return "articles/" + "/".join(parts) + ".html"


def _page_part(part: str) -> str:
    if _PAGE_SAFE.search(part) is None:
        return part
    import unicodedata

    ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii")
    stem, dot, suffix = _PAGE_SAFE.sub("_", ascii_part).rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    digest = hashlib.sha256(part.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{stem.strip('.') or '_'}~{digest}" + (f".{suffix}" if suffix else "")


def reviewer_page(name: str) -> str:
    return "reviewers/" + (_PAGE_SAFE.sub("-", name.strip()).strip("-").lower() or "reviewer") + ".html"


def _rel_to_content(path: str, content: Path) -> str:
    p = Path(path).absolute()
    try:
        return p.relative_to(content.absolute()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def write_site(results: list[Any], linter: Any, state: ScanState, history_path: Path | None,
               progress_mode: str = "auto", jobs: int | None = None) -> None:
    from lint_rules.commands.options import version as _version
    from reports import RunReport

    version = _version()
    run = RunReport(results, dict(linter.registry.rules), version, problems=state.problems,
                    extra={"online": state.online})
    counts = run.counts()
    comparisons: dict[str, Any] = {}
    trend: list[dict[str, Any]] = []
    history = lock = None
    run_counts: dict[str, int] = dict(counts)
    if history_path is not None:
        # the history is read now (for the new/persisting marks) and written only after
        # the site, under a lock held throughout: an interrupted scan records nothing (its
        # findings stay "new" next time) and a second scan waits instead of interleaving
        lock = _lock_history(history_path)
        history = _open_history(history_path, lock, _owned_history(history_path, state.out))
        for w in history.warnings:
            note(f"warning: {w}")
            state.problems.append(w)
        comparisons = history.compare(results)
        run_counts["new"] = sum(c.status.count("new") for c in comparisons.values())
        run_counts["fixed"] = sum(len(c.fixed) for c in comparisons.values())
        this_run = {"run": (history.last_run() or 0) + 1, "files": len(results), **run_counts,
                    "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime(state.started))}
        trend = [*history.trend(limit=29), this_run]
    try:
        _write_site_files(results, linter, state, history_path, progress_mode, jobs, run, counts,
                          comparisons, trend)
        if history is not None:
            try:
                history.record(results, run_counts, version, state.started)
            except sqlite3.Error as exc:
                raise _usage(f"the site is written, but the history {history_path} could not be "
                             f"recorded ({exc}); it is unchanged") from None
    finally:
        if history is not None:
            history.close()
        if lock is not None:
            lock.close()


def _lock_history(path: Path) -> Any:
    """An exclusive lock on ``<history>.lock`` (POSIX ``flock``; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path.with_name(path.name + ".lock"), "a+b")  # noqa: SIM115
    except OSError as exc:
        raise _usage(f"{path}: cannot lock the history: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        note(f"waiting for another scan to finish with the history {path}")
        fcntl.flock(fh, fcntl.LOCK_EX)
    return fh


def _owned_history(path: Path, out: Path) -> bool:
    """The default history in the site's own state folder: only healthlint writes there."""
    return path.absolute() == (Path(out) / STATE_DIR / "history.sqlite").absolute()


def _open_history(path: Path, lock: Any, owned: bool) -> Any:
    from functools import partial

    from lint_rules.store.history import History, HistoryRefused

    try:
        return _open_state(partial(History, owned=owned), path)
    except HistoryRefused as exc:
        if lock is not None:
            lock.close()
        raise _usage(str(exc)) from None
    except BaseException:
        if lock is not None:
            lock.close()
        raise


def _write_site_files(results: list[Any], linter: Any, state: ScanState, history_path: Path | None,
                      progress_mode: str, jobs: int | None, run: Any, counts: dict[str, int],
                      comparisons: dict[str, Any], trend: list[dict[str, Any]]) -> None:
    from lint_rules.reviewers import assign, for_reviewer, known_reviewers
    from lint_rules.store.fileio import atomic_write

    out = state.out
    assignments = assign(results, linter.resolver)
    rels = [_rel_to_content(r.path, state.content) for r in results]
    pages = {r.path: page_name(rel) for r, rel in zip(results, rels, strict=True)}

    # machine-readable outputs, one file's part at a time (the documents of a corpus as
    # Python objects, then as one string, were the peak of a scan's memory)
    scan_info = {"content": str(state.content), "online": state.online,
                 "shard": list(state.shard) if state.shard else None,
                 "history": str(history_path) if history_path else None, "trend": trend}
    write_findings_json(out / "findings.json", run, assignments, comparisons, pages, scan_info)
    write_findings_sarif(out / "findings.sarif", run, comparisons)

    # pages
    written = write_article_pages(run, assignments, comparisons, pages, out, jobs, progress_mode)
    names = known_reviewers(results, linter.resolver)
    reviewer_rows = []
    for who in names:
        mine = for_reviewer(results, assignments, who)
        n = sum(len(r.findings) for r, _ in mine)
        name = reviewer_page(who)
        written.add(name)
        reviewer_rows.append({"name": who, "page": name, "findings": n,
                              "articles": sum(1 for _, assigned in mine if assigned),
                              **{s: sum(1 for r, _ in mine for f in r.findings if str(f.severity) == s)
                                 for s in ("error", "warning", "info")}})
        atomic_write(out / name, _reviewer_page(run, who, mine, pages, comparisons, name))
    atomic_write(out / "index.html", _index_page(run, results, rels, pages, comparisons, trend,
                                                 reviewer_rows, state, assignments))
    _remove_stale(out, written)
    note(f"wrote {out}/index.html: {len(results)} articles, {counts['error']} errors, "
         f"{counts['warning']} warnings, {counts['info']} info"
         + (f" ({state.reused} reused from cache)" if state.reused else ""))


def write_findings_json(path: Path, run: Any, assignments: list[Any], comparisons: dict[str, Any],
                        pages: dict[str, str], scan_info: dict[str, Any]) -> None:
    """findings.json: the JSON report with the scan's keys (pages, reviewers, marks), each
    file's entry dumped into a spool as it is made, so the whole document never exists as
    Python objects."""
    from lint_rules.store.fileio import replacing
    from reports import Spool, placeholder, splice_spools
    from reports.json_report import SCHEMA_CHECK_ENV, _head, check_against_schema, file_entry, summary

    files = Spool(depth=2, indent=1)
    for r, a in zip(run.results, assignments, strict=True):
        fd = file_entry(r)
        comp = comparisons.get(r.path)
        fd["page"] = pages[r.path]
        fd["reviewers"] = a.article
        fd["meta"] = json.loads(json.dumps(r.meta, default=str))
        fd["fixed"] = comp.fixed if comp else []
        for k, (f_out, f) in enumerate(zip(fd["findings"], r.findings, strict=True)):
            f_out["status"] = comp.status[k] if comp else None
            f_out["reviewers"] = a.findings[k]
            f_out["start"], f_out["end"] = f.start, f.end
        files.add(fd)
    head = _head(run, summary(run), placeholder("files"))
    head["scan"] = scan_info
    header = json.dumps(head, indent=1, ensure_ascii=False)
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        splice_spools(header, {"files": files}, fh)
        fh.write("\n")
    if os.environ.get(SCHEMA_CHECK_ENV):  # tests: the document as written
        check_against_schema(json.loads(path.read_text(encoding="utf-8")))


def write_findings_sarif(path: Path, run: Any, comparisons: dict[str, Any]) -> None:
    """findings.sarif: the SARIF report with each result's ``baselineState`` (new or
    unchanged since the last scan), written one file's part at a time."""
    from lint_rules.store.fileio import replacing
    from reports import Spool, placeholder, splice_spools
    from reports.sarif import _file_parts, _log, _notification

    baseline = {"new": "new", "persisting": "unchanged"}
    used = sorted({f.code for r in run.results for f in r.findings})
    rule_index = {code: i for i, code in enumerate(used)}
    unverified = run.extra.get("unverified_links") or {}
    notifications = [_notification(p, unverified) for p in run.problems]
    artifacts, results = Spool(depth=4, indent=1), Spool(depth=4, indent=1)
    for i, r in enumerate(run.results):
        artifact, notification, file_results = _file_parts(r, i, rule_index.__getitem__)
        artifacts.add(artifact)
        if notification is not None:
            notifications.append(notification)
        comp = comparisons.get(r.path)
        for k, res in enumerate(file_results):
            status = comp.status[k] if comp else None
            if status:
                res["baselineState"] = baseline[status]
            results.add(res)
    log = _log(run, used, notifications, any(r.error is None for r in run.results),
               placeholder("artifacts"), placeholder("results"))
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        splice_spools(json.dumps(log, indent=1, ensure_ascii=False), {"artifacts": artifacts, "results": results}, fh)
        fh.write("\n")


#: Fork-inherited inputs of page workers (so results are not pickled to them).
_PAGES: tuple[Any, ...] | None = None


def write_article_pages(run: Any, assignments: list[Any], comparisons: dict[str, Any],
                        pages: dict[str, str], out: Path, jobs: int | None,
                        progress_mode: str) -> set[str]:
    """One page per article, in parallel on all cores. A page whose inputs (results,
    marks, reviewers, templates, version) have not changed since the last scan is kept
    as it is, so a rerun with nothing changed writes almost nothing."""
    from lint_rules.store.fileio import atomic_write

    state_file = out / STATE_DIR / "pages.json"
    try:
        previous = json.loads(state_file.read_text(encoding="utf-8"))
        if not isinstance(previous, dict):
            previous = {}
    except (OSError, ValueError):
        previous = {}
    salt = _templates_digest() + run.tool_version
    digests: dict[str, str] = {}
    todo = []
    for i, (r, a) in enumerate(zip(run.results, assignments, strict=True)):
        name = pages[r.path]
        comp = comparisons.get(r.path)
        digests[name] = _page_digest(r, a, comp, salt)
        if previous.get(name) != digests[name] or not (out / name).is_file():
            todo.append(i)
    global _PAGES
    _PAGES = (run, assignments, comparisons, pages, out)
    progress = Progress(len(todo), progress_mode, label="pages")
    jobs = jobs or os.cpu_count() or 1
    try:
        if jobs > 1 and len(todo) >= 64 and sys.platform != "win32":
            import multiprocessing as mp

            with mp.get_context("fork").Pool(min(jobs, 8)) as pool:
                for _ in pool.imap_unordered(_write_page, todo, chunksize=16):
                    progress.advance()
        else:
            for i in todo:
                _write_page(i)
                progress.advance()
    finally:
        progress.close()
        _PAGES = None
    atomic_write(state_file, json.dumps(digests, indent=0, sort_keys=True))
    return set(digests)


def _write_page(i: int) -> None:
    from lint_rules.store.fileio import atomic_write

    assert _PAGES is not None
    run, assignments, comparisons, pages, out = _PAGES
    r = run.results[i]
    name = pages[r.path]
    atomic_write(out / name, _article_page(run, r, assignments[i], comparisons.get(r.path), name))


def _page_digest(result: Any, assignment: Any, comp: Any, salt: str) -> str:
    from lint_rules.commands.resultcache import result_to_dict

    data = [result_to_dict(result), assignment.article, assignment.findings,
            comp.status if comp else None, comp.fixed if comp else None, salt]
    try:
        mtime = os.stat(result.path).st_mtime_ns  # the page shows the text, too
    except OSError:
        mtime = 0
    data.append(mtime)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:24]


def _templates_digest() -> str:
    from reports import html

    h = hashlib.sha256(Path(html.__file__).read_bytes())
    base = Path(html.__file__).parent
    for folder in ("templates", "static"):
        for f in sorted((base / folder).glob("*")):
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _up(name: str) -> str:
    return "../" * name.count("/")


def _article_page(run: Any, result: Any, assignment: Any, comp: Any, name: str) -> str:
    from reports import RunReport
    from reports.html import build, render_template

    page = RunReport([result], run.rules, run.tool_version, problems=[], extra={
        "assignments": [assignment],
        "finding_status": {result.path: comp.status} if comp else {},
        "fixed": {result.path: comp.fixed} if comp else {},
        "nav": {"index": _up(name) + "index.html",
                "links": [(f"Reviewer {w}", _up(name) + reviewer_page(w)) for w in assignment.article]},
    })
    return render_template("report.html.j2", **build(page))


def _reviewer_page(run: Any, who: str, mine: Sequence[tuple[Any, bool]], pages: dict[str, str],
                   comparisons: dict[str, Any], name: str) -> str:
    from reports.html import render_template

    up = _up(name)
    originals = {r.path: r for r in run.results}
    articles = []
    for r, assigned in mine:
        comp = comparisons.get(r.path)
        # finding numbers on the article page follow the file's own order
        order = {id(f): k for k, f in enumerate(originals[r.path].findings)}
        findings = []
        for f in r.findings:
            k = order.get(id(f), 0)
            findings.append({"severity": str(f.severity), "code": f.code, "message": f.message,
                             "line": f.location.line, "excerpt": f.excerpt,
                             "status": comp.status[k] if comp else None,
                             "href": f"{up}{pages[r.path]}#f{k + 1}"})
        articles.append({"path": r.path, "href": up + pages[r.path], "assigned": assigned,
                         "findings": findings})
    return render_template("reviewer.html.j2", reviewer=who, articles=articles,
                           tool_version=run.tool_version, index=up + "index.html",
                           generated=_generated())


def _generated() -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())


def _index_page(run: Any, results: list[Any], rels: list[str], pages: dict[str, str],
                comparisons: dict[str, Any], trend: list[dict[str, Any]],
                reviewers: list[dict[str, Any]], state: ScanState,
                assignments: Sequence[Any] | None = None) -> str:
    from reports.html import index_row_terms, index_summary, render_template
    from reports.trend import trend_chart

    rows = []
    for i, (r, rel) in enumerate(zip(results, rels, strict=True)):
        c = {"error": 0, "warning": 0, "info": 0}
        for f in r.findings:
            c[str(f.severity)] += 1
        comp = comparisons.get(r.path)
        rows.append({"path": rel, "href": pages[r.path], "title": str((r.meta or {}).get("title", "")),
                     **c, "total": len(r.findings), "error_msg": r.error,
                     "new": comp.status.count("new") if comp else None,
                     "fixed": len(comp.fixed) if comp else None,
                     **index_row_terms(r, assignments[i].article if assignments else [])})
    rows.sort(key=lambda x: (-x["error"], -x["warning"], -x["info"], x["path"]))
    return render_template(
        "index.html.j2", rows=rows, counts=run.counts(), trend=trend, chart=trend_chart(trend),
        summary=index_summary(results, run.rules),
        reviewers=reviewers, problems=state.problems, tool_version=run.tool_version,
        generated=_generated(), online=state.online,
        shard=f"{state.shard[0]}/{state.shard[1]}" if state.shard else None,
    )


def _remove_stale(out: Path, written: set[str]) -> None:
    """Pages of articles and reviewers that no longer exist."""
    for folder in ("articles", "reviewers"):
        base = out / folder
        if not base.is_dir():
            continue
        for page in base.rglob("*.html"):
            if page.relative_to(out).as_posix() not in written:
                page.unlink()


# -- merge -----------------------------------------------------------------------------


def cmd_merge(args: argparse.Namespace) -> int:
    from lint_rules.commands.options import make_linter
    from lint_rules.commands.resultcache import result_from_dict

    args.select = args.extend_select = args.ignore = args.fail_on = None
    args.online = None
    args.timeout = args.cache_ttl = None
    args.no_cache = args.allow_private_networks = False
    _check_out(args.out)
    linter = make_linter(args)
    results: list[Any] = []
    seen: set[str] = set()
    content: Path | None = None
    problems: list[str] = []
    online = False
    for shard_dir in args.shards:
        path = shard_dir / "findings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = data["files"]
            scan = data.get("scan") or {}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _usage(f"{path}: not a scan output ({exc})") from None
        content = content or Path(scan.get("content") or ".")
        online = online or bool(scan.get("online"))
        problems += [p for p in data.get("problems", []) if p not in problems]
        for fd in files:
            if fd["path"] in seen:
                continue
            seen.add(fd["path"])
            results.append(result_from_dict(fd))
    results.sort(key=lambda r: r.path)
    state = ScanState(content or Path("."), args.out, time.time(), problems, online=online)
    write_site(results, linter, state, _history_path(args, linter), args.progress)
    return 0

