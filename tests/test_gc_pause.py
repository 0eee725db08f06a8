"""The command line's ``check`` starts with the cyclic collector's youngest threshold raised
(``pipeline._pause_collector``) and resumes it at the first file's result: the files after
the first are linted with the interpreter's own thresholds, every other command resumes as
soon as its arguments are read, and a program that calls ``main`` is never paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pipeline
from lint_rules.engine import Linter

ARTICLE = "Walking every day helps some people sleep, a small trial suggests.\n"


@pytest.fixture(autouse=True)
def _restore_collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("HEALTHLINT_NO_GC_PAUSE", raising=False)
    before = gc.get_threshold()
    yield
    pipeline._PAUSED = None
    gc.set_threshold(*before)
    gc.unfreeze()


def _thresholds_per_file(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    lint_file = Linter.lint_file

    def spy(self: Linter, path: str, **kw: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return lint_file(self, path, **kw)

    monkeypatch.setattr(Linter, "lint_file", spy)
    return seen


def _files(tmp_path: Path, n: int) -> list[str]:
    out = []
    for i in range(n):
        path = tmp_path / f"note{i}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        out.append(str(path))
    return out


def test_only_the_first_file_of_a_check_runs_with_the_raised_threshold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    default = gc.get_threshold()
    seen = _thresholds_per_file(monkeypatch)
    frozen = gc.get_freeze_count()
    pipeline._pause_collector()
    assert gc.get_threshold() == (pipeline.START_THRESHOLD, *default[1:])
    code = pipeline.main(["check", "--jobs", "1", *_files(tmp_path, 3)])
    assert code in (0, 1), capsys.readouterr().err
    assert seen == [pipeline.START_THRESHOLD, default[0], default[0]]
    assert gc.get_threshold() == default
    assert gc.get_freeze_count() > frozen  # what the start-up made is in the permanent generation


def test_every_other_command_resumes_before_it_runs(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    default = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    real = pipeline.cmd_rules

    def spy(args: Any) -> int:
        during.append(gc.get_threshold())
        return real(args)

    monkeypatch.setattr(pipeline, "cmd_rules", spy)
    pipeline._pause_collector()
    assert pipeline.main(["rules"]) == 0
    capsys.readouterr()
    assert during == [default]


def test_a_check_that_fails_before_any_file_still_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    default = gc.get_threshold()
    monkeypatch.setenv("HEALTHLINT_NO_FAST_EXIT", "1")  # entry must not end the test process
    monkeypatch.setattr(pipeline.sys, "argv", ["healthlint", "check", str(tmp_path / "missing.md")])
    with pytest.raises(SystemExit):  # entry pauses, main returns the error code, entry exits
        pipeline.entry()
    capsys.readouterr()
    assert gc.get_threshold() == default


def test_main_called_by_a_program_is_never_paused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    default = gc.get_threshold()
    seen = _thresholds_per_file(monkeypatch)
    frozen = gc.get_freeze_count()
    pipeline.main(["check", "--jobs", "1", *_files(tmp_path, 2)])
    capsys.readouterr()
    assert seen == [default[0], default[0]]
    assert gc.get_freeze_count() == frozen


def test_the_environment_switch_turns_the_pause_off(monkeypatch: pytest.MonkeyPatch) -> None:
    default = gc.get_threshold()
    monkeypatch.setenv("HEALTHLINT_NO_GC_PAUSE", "1")
    pipeline._pause_collector()
    assert gc.get_threshold() == default
    assert pipeline._PAUSED is None
