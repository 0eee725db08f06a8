"""The command line ends without the interpreter's teardown (``pipeline._fast_exit``): what a
normal exit would do must still happen. The report file is whole, standard output is
flushed, the exit code is the run's, and the ``atexit`` handlers ran (the compiled-pattern
store is written to an empty cache folder); ``HEALTHLINT_NO_FAST_EXIT=1`` gives the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("Walking every day cures insomnia, a small trial of twelve people suggests. "
           "Talk to your doctor before you change your routine.\n")


@pytest.mark.parametrize("fast", [True, False])
def test_a_check_ends_with_its_output_written_and_its_exit_handlers_run(tmp_path: Path, fast: bool) -> None:
    article = tmp_path / "note.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if k != "HEALTHLINT_NO_FAST_EXIT"}
    env.update(PYTHONPATH=str(ROOT), HEALTHLINT_CACHE_DIR=str(cache))
    if not fast:
        env["HEALTHLINT_NO_FAST_EXIT"] = "1"
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "check", str(article), "--format", "json",
                           "-o", str(report)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [Path(f["path"]).name for f in data["files"]] == ["note.txt"]
    assert "wrote" in proc.stderr  # the closing line on standard error came out
    assert list(cache.glob("regex-*.marshal")), "the atexit handler that saves the pattern store did not run"
    text = subprocess.run([sys.executable, "-m", "pipeline", "check", str(article)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert text.returncode == proc.returncode
    assert text.stdout.rstrip().endswith("in 1 file(s)"), text.stdout[-300:]
