"""What a writer pays for the pre-commit hook: the size of the hook's environment and the
time of the first commit (which builds that environment) and of the next one.

    python benchmarks/bench_hook_env.py [REV]      # REV: a commit of this repository (HEAD)

A temporary writer repository gets a ``.pre-commit-config.yaml`` that names this checkout
as the hook repository at REV, exactly as the README's snippet does with a URL;
``pre-commit install`` then a real ``git commit`` of one article is timed (pre-commit
clones the repository, creates a virtualenv and pip-installs healthlint and its
dependencies from the package index, then runs the hook), then a second commit. Wall and
CPU seconds (children included) are printed with the environment's size on disk. Needs
the package index (or a wheelhouse in PIP_FIND_LINKS) and git; run under ``nice``.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIT = ["git", "-c", "user.name=bench", "-c", "user.email=bench@healthlint.invalid",
       "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]
ARTICLE = "---\ntitle: Sleep\nauthor: Jane Doe, RN\ndate: 2024-01-01\n---\n\nSleep helps recovery.\n"


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def main() -> int:
    rev = subprocess.run(["git", "rev-parse", sys.argv[1] if len(sys.argv) > 1 else "HEAD"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    tmp = Path(tempfile.mkdtemp(prefix="hl-hook-bench-"))
    try:
        home, repo = tmp / "pre-commit-home", tmp / "articles"
        repo.mkdir()
        env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1",
               "HEALTHLINT_CACHE_DIR": str(tmp / "cache")}
        subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
        (repo / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: healthlint\n",
            encoding="utf-8")
        subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env,
                       check=True, capture_output=True)
        for n in (1, 2):
            (repo / f"sleep{n}.md").write_text(ARTICLE, encoding="utf-8")
            subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
            wall, cpu, proc = timed([*GIT, "commit", "-q", "-m", f"article {n}"], repo, env)
            if proc.returncode != 0:
                print(proc.stdout + proc.stderr, file=sys.stderr)
                return 1
            label = "first commit (builds the hook env)" if n == 1 else "second commit"
            print(f"{label}: wall {wall:.1f} s, CPU {cpu:.1f} s")
        envs = [p for p in home.glob("repo*/py_env-*")]
        size = sum(du(p) for p in envs)
        print(f"hook environment: {size / 1e6:.0f} MB ({', '.join(str(p.name) for p in envs)})")
        site = next(envs[0].glob("lib/python*/site-packages"))
        biggest = sorted(((du(p) if p.is_dir() else p.stat().st_size, p.name) for p in site.iterdir()),
                         reverse=True)[:6]
        print("largest: " + ", ".join(f"{name} {n / 1e6:.1f} MB" for n, name in biggest))
        print(f"rev {rev[:10]}; load: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
