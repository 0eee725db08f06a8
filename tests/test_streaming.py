"""Streaming results (issue 17: memory flat in the number of files): the engine yields each
file's result as soon as it is final, reporters write it and drop it, so a run over many
files keeps a bounded number of results alive, and every output is what the whole-run
renderers produce."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from lint_rules.config import ConfigResolver
from lint_rules.engine import FileResult, Linter
from lint_rules.registry import load_registry

ARTICLE = ("---\ndate: 2024-01-01\n---\n\n# Sleep {i}\n\nA plain paragraph about sleep, number {i}. "
           "Studies show melatonin cures insomnia.\n")


def make_files(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        f = folder / f"a{i:03d}.md"
        f.write_text(ARTICLE.format(i=i), encoding="utf-8")
        out.append(str(f))
    return out


def _linter() -> Linter:
    registry = load_registry()
    return Linter(registry, ConfigResolver(registry.rules))


def test_iter_paths_keeps_a_bounded_number_of_results_alive(tmp_path: Path) -> None:
    files = make_files(tmp_path / "many", 40)
    refs: list[weakref.ref[FileResult]] = []
    most = 0
    for result in _linter().iter_paths(files, jobs=1):
        refs.append(weakref.ref(result))
        del result
        gc.collect()
        most = max(most, sum(1 for r in refs if r() is not None))
    assert len(refs) == 40
    assert most <= 2


def test_parallel_results_equal_serial_results(tmp_path: Path) -> None:
    files = make_files(tmp_path / "par", 12)
    serial = [r.as_dict() for r in _linter().lint_paths(files, jobs=1)]
    parallel = [r.as_dict() for r in _linter().lint_paths(files, jobs=2)]
    assert parallel == serial
    assert [r["path"] for r in parallel] == [r["path"] for r in serial]

