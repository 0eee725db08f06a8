"""The real pre-commit, configured with the README's snippet as written, against a
temporary git repository with a staged article.

The snippet names healthlint's repository at ``rev: v0.1.0``; the tests point ``repo:`` at
a committed snapshot of this checkout tagged ``v<version>`` (what a release is), so the
snippet's tag, hook ids and stages are the ones that run.

pre-commit builds the hook's virtualenv from a snapshot of this checkout, exactly as a
writer's ``pre-commit install`` would, except that it runs offline: pip does not look at an
index, the build runs without isolation (pip's ``PIP_NO_BUILD_ISOLATION=0`` quirk means "no
isolation"), and the hook's virtualenv sees the dependencies already installed for the
tests (``hook_site_paths``): those of the interpreter running the tests, which is usually a
virtualenv of its own (``pip install -e '.[test]'`` in a fresh venv, as the README says).
``VIRTUALENV_SYSTEM_SITE_PACKAGES`` alone only reaches the *base* interpreter's packages, so
the hook would pass on a machine with everything installed globally and fail in a venv. The hook environment is built once per test module; the two
try-repo tests take about 9 s together on a quiet machine (marked ``slow``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
#: What a pip install of healthlint needs from the checkout.
SOURCE_FILES = ["pyproject.toml", "README.md", "pipeline.py", "lint_rules", "reports", ".pre-commit-hooks.yaml"]
GIT = ["git", "-c", "user.name=healthlint-tests", "-c", "user.email=tests@healthlint.invalid",
       "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

CLEAN = "---\ntitle: Sleep\nauthor: Jane Doe, RN\ndate: 2024-01-01\n---\n\nSleep helps recovery.\n"
BAD = "---\ntitle: Sleep\ndate: 2024-01-01\n---\n\nSleep helps recovery.\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed snapshot of this checkout (try-repo only sees committed and tracked files)."""
    src = tmp_path_factory.mktemp("healthlint-src")
    for name in SOURCE_FILES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(path, src / name)
    _git(src, "init", "-q")
    _git(src, "add", "-A")
    _git(src, "commit", "-q", "-m", "snapshot")
    _git(src, "tag", "-a", f"v{VERSION}", "-m", f"healthlint {VERSION}")
    return src


def hook_site_paths() -> list[str]:
    """The site-packages folders the interpreter running the tests imports from: a
    virtualenv's own (and the base interpreter's only when that venv includes them), or the
    base interpreter's and the user's when the tests run outside a venv."""
    import site

    paths = list(site.getsitepackages())
    if site.ENABLE_USER_SITE:
        paths.append(site.getusersitepackages())
    return [p for p in dict.fromkeys(paths) if Path(p).is_dir()]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # A ``sitecustomize`` that *appends* those folders to the hook env's sys.path, as
    # ``--system-site-packages`` would for the base interpreter: the hook env's own packages
    # (its pip and setuptools, the healthlint it installs) still come first. PYTHONPATH
    # alone would put the test venv's packages ahead of them; VIRTUALENV_SYSTEM_SITE_PACKAGES
    # alone reaches only the base interpreter, whose packages may be missing or older.
    hook_site = tmp_path_factory.mktemp("hook-site")
    (hook_site / "sitecustomize.py").write_text(
        "import sys\n"
        f"sys.path.extend(p for p in {hook_site_paths()!r} if p not in sys.path)\n", encoding="utf-8")
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(hook_site), os.environ.get("PYTHONPATH")])),
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "NO_COLOR": "1",
    }


@pytest.fixture
def writer_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    # Only the metadata rules, with a missing author as an error, so the test does not change
    # meaning as rule families are added.
    (repo / ".healthlint.toml").write_text(
        'select = ["META001", "META002"]\n\n[severity]\nMETA001 = "error"\n', encoding="utf-8")
    return repo


def readme_snippet() -> str:
    """The ``.pre-commit-config.yaml`` snippet of the README's Pre-commit section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Pre-commit", 1)[1]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


def use_snippet(hook_repo: Path, repo: Path) -> None:
    """The README's snippet with ``repo:`` pointing at the tagged snapshot, staged (pre-commit
    refuses an unstaged configuration)."""
    config = yaml.safe_load(readme_snippet())
    config["repos"][0]["repo"] = str(hook_repo)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "add", ".pre-commit-config.yaml")


def run_hook(hook_repo: Path, repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    use_snippet(hook_repo, repo)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", *args, "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=300,
    )


def try_repo(hook_repo: Path, repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """What ``git commit`` runs: the offline hook on the staged files."""
    return run_hook(hook_repo, repo, env, "healthlint")


def test_readme_snippet_names_a_release_tag_and_existing_hooks() -> None:
    """pre-commit needs a tag or a commit SHA as ``rev``: the snippet names the release tag
    of the current version (made by the release step in CONTRIBUTING.md)."""
    config = yaml.safe_load(readme_snippet())
    (repo,) = config["repos"]
    assert repo["rev"] == f"v{VERSION}"
    manifest = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {h["id"] for h in repo["hooks"]} <= manifest


@pytest.mark.slow
def test_hook_passes_on_a_clean_staged_article(hook_repo: Path, writer_repo: Path, env: dict[str, str]) -> None:
    (writer_repo / "sleep.md").write_text(CLEAN, encoding="utf-8")
    _git(writer_repo, "add", "sleep.md")
    proc = try_repo(hook_repo, writer_repo, env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "healthlint" in proc.stdout and "Passed" in proc.stdout


@pytest.mark.slow
def test_hook_shows_warnings_on_a_passing_commit(hook_repo: Path, writer_repo: Path, env: dict[str, str]) -> None:
    """Warnings do not fail the commit, but the writer sees them (``verbose: true``) and the
    summary line."""
    (writer_repo / "undated.md").write_text(CLEAN.replace("date: 2024-01-01\n", ""), encoding="utf-8")
    _git(writer_repo, "add", "undated.md")
    proc = try_repo(hook_repo, writer_repo, env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout
    assert "undated.md:6:1: META002 warning" in proc.stdout
    assert "0 error(s), 1 warning(s), 0 info in 1 file(s)" in proc.stdout


@pytest.mark.slow
def test_hook_fails_on_an_error_finding(hook_repo: Path, writer_repo: Path, env: dict[str, str]) -> None:
    (writer_repo / "sleep.md").write_text(CLEAN, encoding="utf-8")
    (writer_repo / "nobody.md").write_text(BAD, encoding="utf-8")
    (writer_repo / "notes.py").write_text("x = 1\n", encoding="utf-8")  # not an article type
    _git(writer_repo, "add", "sleep.md", "nobody.md", "notes.py")
    proc = try_repo(hook_repo, writer_repo, env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Failed" in proc.stdout
    assert "- exit code: 1" in proc.stdout
    assert "nobody.md:6:1: META001 error No author is named" in proc.stdout
    assert "sleep.md:" not in proc.stdout and "notes.py" not in proc.stdout


@pytest.mark.slow
def test_hook_skips_files_the_configuration_excludes(hook_repo: Path, writer_repo: Path, env: dict[str, str]) -> None:
    """pre-commit names every staged file; a draft folder the writer excluded stays quiet."""
    config = writer_repo / ".healthlint.toml"
    config.write_text('extend-exclude = ["drafts"]\n' + config.read_text(encoding="utf-8"), encoding="utf-8")
    (writer_repo / "drafts").mkdir()
    (writer_repo / "drafts" / "nobody.md").write_text(BAD, encoding="utf-8")
    (writer_repo / "sleep.md").write_text(CLEAN, encoding="utf-8")
    _git(writer_repo, "add", ".healthlint.toml", "drafts/nobody.md", "sleep.md")
    proc = try_repo(hook_repo, writer_repo, env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout and "nobody.md" not in proc.stdout
    assert "in 1 file(s)" in proc.stdout


@pytest.mark.slow
def test_links_hook_runs_online_in_the_manual_stage(
    hook_repo: Path, writer_repo: Path, env: dict[str, str], tmp_path: Path
) -> None:
    import http.server
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/no-such-page"
        (writer_repo / ".healthlint.toml").write_text("[network]\nallow-private-networks = true\n",
                                                      encoding="utf-8")
        (writer_repo / "trial.md").write_text(CLEAN + f"\nSee [the trial]({url}).\n", encoding="utf-8")
        _git(writer_repo, "add", "trial.md")
        online_env = {**env, "HEALTHLINT_CACHE_DIR": str(tmp_path / "cache")}
        # the README's command, on the staged files
        proc = run_hook(hook_repo, writer_repo, online_env, "--hook-stage", "manual", "healthlint-links")
    finally:
        server.shutdown()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"trial.md:9:17: LNK001 error Dead link {url}: HTTP 404" in proc.stdout
    assert "META00" not in proc.stdout  # only the link rules run in this hook


def test_hook_manifest() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    offline, links = hooks["healthlint"], hooks["healthlint-links"]
    assert offline["entry"] == "healthlint check" and offline["language"] == "python"
    assert offline["types_or"] == ["markdown", "html", "plain-text"]
    assert offline["verbose"] is True  # warnings are shown on commits that pass
    assert offline["args"] == ["--force-exclude"]  # the configuration's exclude holds for named files
    assert links["args"] == ["--force-exclude", "--online", "--select", "links"]
    assert links["stages"] == ["manual"]
