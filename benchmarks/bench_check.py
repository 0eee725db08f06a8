"""Speed of ``healthlint check``: one article as a cold process, and a corpus, side by side with
proselint and Vale in the same run.

    python benchmarks/bench_check.py --corpus ../shared/corpora/health-news-articles.jsonl.gz

Prints Markdown tables (paste them into docs/benchmarks.md, section "Foundation"):

1. One ~2,000-word article, built from the fixtures, through ``healthlint check`` as a new
   process each time (offline defaults, as the pre-commit hook runs it): median and p90 wall
   time over ``--runs`` runs, after one warm-up run that fills the on-disk caches. The
   console script next to this Python is run (not a version manager's shim), after the
   checkout's bytecode is written as ``pip install`` would; ``python -c pass`` is timed too.
2. Where that time goes: ``python -X importtime`` of the same command, by top-level module.
3. With ``--corpus``: every article of the corpus written to a temporary folder as ``.txt``
   and linted offline by ``healthlint check`` (``--jobs 1`` and ``--jobs``, default all
   cores), by ``proselint check`` and by Vale with the small health style in
   ``benchmarks/vale/`` over the same files, one after the other in this run: wall time,
   CPU time and peak resident memory of the whole process tree (sampled every 20 ms), and
   healthlint's CPU time as a ratio of each peer's (the machines are shared: ratios from
   one run hold better than seconds). Vale is found on PATH or in ``~/go/bin`` (``go
   install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0``).
4. With ``--corpus``: parse time and each offline rule's time, in one process, over the
   first ``--profile-articles`` articles, to show where a speed-up would pay.

Corpus text is only ever written to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLE_SOURCES = ["seed-kratom.md", "clean-well-sourced.md", "edge/non-ascii.md", "edge/tables.md"]
TARGET_WORDS = 2000
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


VALE_CONFIG = Path(__file__).resolve().parent / "vale" / ".vale.ini"


def peer_cmds() -> dict[str, list[str]]:
    """The peers installed here, as commands that take the files or folder last."""
    out: dict[str, list[str]] = {}
    proselint = shutil.which("proselint")
    if proselint:
        out["proselint check"] = [proselint, "check"]
    vale = shutil.which("vale") or str(Path.home() / "go" / "bin" / "vale")
    if Path(vale).is_file():
        out["Vale (benchmarks/vale style)"] = [vale, "--config", str(VALE_CONFIG), "--output", "line"]
    return out


def healthlint_cmd() -> list[str]:
    """The ``healthlint`` console script of this Python. The one next to ``sys.executable``
    comes first: ``which`` may find a version manager's shim instead (pyenv's is a shell
    script that adds about 30 ms to every start, which is the shim's cost, not ours)."""
    beside = Path(sys.executable).parent / "healthlint"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("healthlint")
    return [exe] if exe else [sys.executable, "-m", "pipeline"]


def compile_bytecode() -> None:
    """Write the ``.pyc`` files of the checkout, as ``pip install`` does for a regular
    install. In an editable install with ``PYTHONDONTWRITEBYTECODE`` set (this machine sets
    it), every run would otherwise recompile the modules edited since the last write."""
    import compileall

    for name in ("lint_rules", "reports"):
        compileall.compile_dir(ROOT / name, quiet=1)
    compileall.compile_file(ROOT / "pipeline.py", quiet=1)


def interpreter_start(runs: int) -> float:
    """Median wall time of ``python -c pass``: the floor under any Python command."""
    return statistics.median(measure([sys.executable, "-c", "pass"])["wall"] for _ in range(runs))


def build_article(folder: Path) -> tuple[Path, int]:
    """About TARGET_WORDS words of Markdown: the seed article's front matter, then the bodies
    of the fixture articles, cut at a paragraph boundary once the target is reached."""
    first = (FIXTURES / ARTICLE_SOURCES[0]).read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(first)
    head = match.group(0) if match else ""
    paragraphs: list[str] = []
    words = 0
    while words < TARGET_WORDS:
        for name in ARTICLE_SOURCES:
            path = FIXTURES / name
            if not path.exists():
                continue
            body = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
            for para in body.split("\n\n"):
                if words >= TARGET_WORDS:
                    break
                paragraphs.append(para.strip("\n"))
                words += len(para.split())
    out = folder / "article-2000-words.md"
    out.write_text(head + "\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return out, words


# -- process measurement ----------------------------------------------------------------


def _tree_rss_kb(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                status = fh.read()
        except OSError:
            continue
        ppid = int(re.search(r"^PPid:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
        m = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(m.group(1)) if m else 0
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def measure(cmd: list[str], cwd: Path | None = None, stdout: Path | None = None,
            env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time, CPU time (user+sys of all children) and peak tree RSS of one command. Its
    output goes to ``stdout`` when given (to check what the tool did), else nowhere."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    sink = stdout.open("wb") if stdout else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=sink, stderr=subprocess.PIPE, env=env)
    finally:
        if stdout:
            sink.close()  # type: ignore[union-attr]
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:3])} … failed ({proc.returncode}): {err.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "rss_mb": peak / 1024}


# -- 1. one article ---------------------------------------------------------------------


def empty_cache_run(article: Path) -> dict[str, float]:
    """One check with ``HEALTHLINT_CACHE_DIR`` pointing at a new, empty folder: what the first
    run after an install costs (the tables and programs built on first use)."""
    with tempfile.TemporaryDirectory(prefix="healthlint-empty-cache-") as cache:
        return measure([*healthlint_cmd(), "check", str(article)], env=dict(os.environ, HEALTHLINT_CACHE_DIR=cache))


def empty_cache_run_installed(article: Path) -> dict[str, float]:
    """``empty_cache_run`` as a wheel install runs it: the package copied to a new folder with
    the tables the wheel's build adds (``setup.py`` runs ``lint_rules.commands.shipped_tables``
    on its build folder the same way), run from there. No wheel is built: that would fetch the
    build requirements."""
    with tempfile.TemporaryDirectory(prefix="healthlint-installed-") as tmp:
        site = Path(tmp) / "site"
        for name in ("lint_rules", "reports"):
            shutil.copytree(ROOT / name, site / name, ignore=shutil.ignore_patterns("__pycache__", "shipped"))
        shutil.copy2(ROOT / "pipeline.py", site / "pipeline.py")
        env = dict(os.environ, PYTHONPATH=str(site), HEALTHLINT_CACHE_DIR=str(Path(tmp) / "build-cache"))
        subprocess.run([sys.executable, "-m", "lint_rules.commands.shipped_tables",
                        str(site / "lint_rules" / "store" / "shipped")], env=env, cwd=tmp, check=True,
                       capture_output=True)
        import compileall

        compileall.compile_dir(site, quiet=1)
        env["HEALTHLINT_CACHE_DIR"] = str(Path(tmp) / "cache")
        return measure([sys.executable, "-m", "pipeline", "check", str(article)], cwd=Path(tmp), env=env)


def start_up(folder: Path, runs: int) -> list[float]:
    """CPU seconds of ``healthlint check`` on a one-line file, warm caches: what every run
    pays before the first article."""
    line = folder / "one-line.md"
    line.write_text("Walking helps some people sleep.\n", encoding="utf-8")
    cmd = [*healthlint_cmd(), "check", str(line)]
    measure(cmd)
    return sorted(measure(cmd)["cpu"] for _ in range(runs))


def bench_one_article(article: Path, runs: int) -> list[str]:
    cmd = [*healthlint_cmd(), "check", str(article)]
    empty = empty_cache_run(article)
    installed = empty_cache_run_installed(article)
    first = measure(cmd)["wall"]  # fills on-disk caches (lexicons, matchers)
    samples = [measure(cmd) for _ in range(runs)]
    starts = start_up(article.parent, runs)
    walls = sorted(m["wall"] for m in samples)
    cpus = sorted(m["cpu"] for m in samples)
    p90 = statistics.quantiles(walls, n=10)[-1] if len(walls) >= 2 else walls[0]
    floor = interpreter_start(runs)
    out = [
        f"Command: `{' '.join(cmd[:1])} check FILE`; `python -c pass` takes {floor:.3f} s here.", "",
        "| tool | runs | first run (caches filled) | median wall | p90 wall | min wall | median CPU |",
        "|---|---|---|---|---|---|---|",
        f"| healthlint | {runs} | {first:.3f} s | {statistics.median(walls):.3f} s | {p90:.3f} s | "
        f"{walls[0]:.3f} s | {statistics.median(cpus):.3f} s |",
        f"| healthlint, one-line file (start-up) | {runs} | | | | | {statistics.median(starts):.3f} s "
        f"(min {starts[0]:.3f} s) |",
        f"| healthlint, empty cache, from this checkout | 1 | {empty['wall']:.3f} s | | | | "
        f"{empty['cpu']:.3f} s |",
        f"| healthlint, empty cache, installed as the wheel installs it (tables shipped) | 1 | "
        f"{installed['wall']:.3f} s | | | | {installed['cpu']:.3f} s |",
    ]
    for name, peer in peer_cmds().items():
        measure([*peer, str(article)])
        ps = [measure([*peer, str(article)]) for _ in range(runs)]
        pw = sorted(m["wall"] for m in ps)
        pc = statistics.median(m["cpu"] for m in ps)
        out.append(f"| {name} | {runs} | | {statistics.median(pw):.3f} s | "
                   f"{statistics.quantiles(pw, n=10)[-1] if len(pw) >= 2 else pw[0]:.3f} s | {pw[0]:.3f} s | "
                   f"{pc:.3f} s (healthlint {statistics.median(cpus) / max(pc, 1e-9):.2f}×) |")
    return out


def import_breakdown(article: Path, top: int) -> list[str]:
    """Cumulative import time of each module imported at top level (depth 0) while the
    command runs, largest first: what a lazy import could save."""
    code = ("import sys; sys.argv = ['healthlint', 'check', sys.argv[1]]\n"
            "import pipeline\n"
            "try:\n    pipeline.entry()\nexcept SystemExit:\n    pass\n")
    for _ in range(2):  # the first run fills the caches keyed by this sys.path (entry points)
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code, str(article)],
                              capture_output=True, text=True, cwd=ROOT)
    rows: list[tuple[float, str]] = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and not m.group(2).strip(" ") and len(m.group(2)) == 1:
            rows.append((int(m.group(1)) / 1000, m.group(3)))
    rows.sort(reverse=True)
    total = sum(ms for ms, _ in rows)
    out = [f"Imports while checking one article: {total:.0f} ms in total "
           f"({len(rows)} top-level modules); the largest:", "",
           "| module | cumulative import time |", "|---|---|"]
    out += [f"| `{name}` | {ms:.0f} ms |" for ms, name in rows[:top]]
    return out


# -- 2. corpus vs proselint -------------------------------------------------------------


def write_corpus(path: Path, folder: Path, limit: int | None) -> tuple[int, int]:
    files = words = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and files >= limit:
                break
            item = json.loads(line)
            text = item.get("text") or ""
            if not text.strip():
                continue
            name = re.sub(r"[^A-Za-z0-9_.-]", "_", str(item.get("id") or files))
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            files += 1
            words += len(text.split())
    return files, words


def bench_corpus(corpus: Path, jobs: int, limit: int | None) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="healthlint-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        files, words = write_corpus(corpus, folder, limit)
        ours = f"healthlint check (offline, --jobs {jobs})"
        runs = {"healthlint check (offline, --jobs 1)":
                measure([*healthlint_cmd(), "check", str(folder), "--jobs", "1", "--quiet"], cwd=Path(tmp))}
        if jobs > 1:
            runs[ours] = measure([*healthlint_cmd(), "check", str(folder), "--jobs", str(jobs), "--quiet"],
                                 cwd=Path(tmp))
        peers = peer_cmds()
        vale_silent: list[str] = []
        for name, cmd in peers.items():
            runs[name] = measure([*cmd, str(folder)], cwd=Path(tmp), stdout=Path(tmp) / "peer.out")
            if name.startswith("Vale"):
                vale_silent = vale_rules_silent((Path(tmp) / "peer.out").read_text(encoding="utf-8"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    one = runs["healthlint check (offline, --jobs 1)"]
    out = [f"{files:,} articles, {words:,} words, on {os.cpu_count()} cores (load after: {load}):", "",
           "| tool | wall time | CPU time | words per CPU-second | peak RSS (process tree) | "
           "healthlint --jobs 1 CPU as a ratio of this |", "|---|---|---|---|---|---|"]
    for name, m in runs.items():
        out.append(f"| {name} | {m['wall']:.1f} s | {m['cpu']:.1f} s | {words / max(m['cpu'], 1e-9):,.0f} | "
                   f"{m['rss_mb']:.0f} MB | {one['cpu'] / max(m['cpu'], 1e-9):.2f}× |")
    if jobs > 1:
        out.append(f"\n`--jobs {jobs}` takes {runs[ours]['wall'] / one['wall']:.2f}× the wall time of "
                   f"`--jobs 1` ({one['wall'] / runs[ours]['wall']:.2f}× faster).")
    if vale_silent:
        out.append(f"\nVale rules that never fired on the corpus (did they run?): {', '.join(vale_silent)}.")
    missing = {"proselint check", "Vale (benchmarks/vale style)"} - set(peers)
    if missing:
        out.append(f"\nNot installed here: {', '.join(sorted(missing))} (proselint is in the `dev` extra; "
                   "Vale: `go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0`).")
    return out


def vale_rules_silent(output: str) -> list[str]:
    """The rules of the style in ``benchmarks/vale/`` with no alert in Vale's line output. On
    2,128 news articles each should fire; one that never does most likely never ran (as the
    grade-level metric did not while Vale read the corpus's .txt files as plain text)."""
    style = VALE_CONFIG.parent / "styles" / "Health"
    fired = set(re.findall(r":(Health\.\w+):", output))
    return sorted(f"Health.{rule.stem}" for rule in style.glob("*.yml") if f"Health.{rule.stem}" not in fired)


def profile_rules(corpus: Path, limit: int, top: int) -> list[str]:
    """In one process: parse time and each offline rule's ``check`` time over the first
    ``limit`` corpus articles. A shared analysis (sentences, concept mentions) is charged to
    the first rule, in code order, that asks for it."""
    from lint_rules.api import make_config
    from lint_rules.core import RuleContext
    from lint_rules.loading import normalise_newlines
    from lint_rules.parsing import parse_document
    from lint_rules.registry import load_registry

    cfg = make_config()
    rules = [r for r in load_registry().sorted() if cfg.enabled(r) and not r.needs_network]
    spent: dict[str, float] = {r.code: 0.0 for r in rules}
    parse = 0.0
    articles = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if articles >= limit:
                break
            text = json.loads(line).get("text") or ""
            articles += 1
            t0 = time.process_time()
            doc = parse_document(f"{articles}.txt", normalise_newlines(text), "text")
            parse += time.process_time() - t0
            for rule in rules:
                ctx = RuleContext(cfg, cfg.options_for(rule), {}, {})
                t0 = time.process_time()
                list(rule().check(doc, ctx))
                spent[rule.code] += time.process_time() - t0
    total = parse + sum(spent.values())
    out = [f"In-process CPU time over {articles} corpus articles: {total:.1f} s "
           f"({1000 * total / max(articles, 1):.0f} ms an article); the largest parts:", "",
           "| part | time | share |", "|---|---|---|",
           f"| parsing (Document, offsets) | {parse:.2f} s | {100 * parse / total:.0f} % |"]
    for code, secs in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        out.append(f"| {code} (and analyses it builds first) | {secs:.2f} s | {100 * secs / total:.0f} % |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="health-news-articles.jsonl.gz (omit to skip part 3)")
    parser.add_argument("--runs", type=int, default=20, help="cold runs of the one-article check (default 20)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="healthlint worker processes")
    parser.add_argument("--limit", type=int, help="only the first N corpus articles")
    parser.add_argument("--top", type=int, default=12, help="rows in the breakdown tables")
    parser.add_argument("--profile-articles", type=int, default=100,
                        help="corpus articles for the per-rule time breakdown (0 to skip)")
    args = parser.parse_args(argv)
    compile_bytecode()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average at start {load} "
          "(anything above the core count means other work shared the machine).\n")
    with tempfile.TemporaryDirectory(prefix="healthlint-bench-") as tmp:
        article, words = build_article(Path(tmp))
        print(f"### One {words:,}-word article, cold process (`healthlint check FILE`)\n")
        print("\n".join(bench_one_article(article, args.runs)) + "\n")
        print("\n".join(import_breakdown(article, args.top)) + "\n")
    if args.corpus:
        print("### Corpus, offline, healthlint vs proselint and Vale\n")
        print("\n".join(bench_corpus(args.corpus, args.jobs, args.limit)) + "\n")
        if args.profile_articles:
            print("### Where the corpus time goes\n")
            print("\n".join(profile_rules(args.corpus, args.profile_articles, args.top)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
