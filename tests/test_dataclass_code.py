"""The stored dataclass methods (``lint_rules.store.dataclass_code``) behave as freshly
compiled ones: same signatures, annotations, equality, hashing, repr and frozenness."""

from __future__ import annotations

import dataclasses
import inspect
import marshal
import subprocess
import sys
from pathlib import Path

import pytest

import lint_rules
from lint_rules.store import dataclass_code


def _make(name: str, module: str = "lint_rules.store.dataclass_code") -> type:
    """A frozen, ordered dataclass defined as if in ``module`` (a module of healthlint's,
    whose classes the table keeps)."""
    cls = type(name, (), {"__module__": module, "__annotations__": {"word": str, "count": int, "tags": tuple},
                          "count": dataclasses.field(default=0), "tags": ()})
    return dataclasses.dataclass(frozen=True, order=True)(cls)


def _without_store() -> type:
    saved = dataclasses.__dict__.pop("exec")
    try:
        return _make("Plain")
    finally:
        dataclasses.exec = saved  # type: ignore[attr-defined]


def test_installed_and_methods_match_freshly_compiled_ones() -> None:
    dataclass_code.install()  # what the command line does before importing the rest
    assert dataclasses.exec is dataclass_code._exec  # type: ignore[attr-defined]
    stored, plain = _make("Plain"), _without_store()
    assert any("__dataclass_self__" in src or "Plain" in src or "word" in src for src in dataclass_code._TABLE)
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__lt__", "__setattr__"):
        a, b = getattr(stored, method), getattr(plain, method)
        assert str(inspect.signature(a)) == str(inspect.signature(b)), method
        assert a.__annotations__ == b.__annotations__, method
    x, y = stored("dry mouth", 2), plain("dry mouth", 2)
    assert repr(x) == repr(y) and hash(x) == hash(y)
    assert x == stored("dry mouth", 2) and x < stored("dry mouth", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        x.word = "other"  # type: ignore[misc]


def test_the_table_is_written_only_when_a_run_adds_to_it(tmp_path: Path) -> None:
    code = ("import dataclasses\n"
            "from lint_rules.store import dataclass_code as d\n"
            "d.install()\n"
            "ns = {'__module__': 'lint_rules.store.dataclass_code', '__annotations__': {'a': int}}\n"
            "dataclasses.dataclass(type('OnlyHere', (), ns))\n"
            "print(d._ADDED)\n")
    env = {"HEALTHLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(Path(lint_rules.__file__).parent.parent),
           "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"
    files = list(tmp_path.glob("dataclass-code-*.marshal"))
    assert len(files) == 1 and isinstance(marshal.loads(files[0].read_bytes()), dict)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.strip() == "False"  # everything came from the table: nothing to write


def test_a_damaged_table_is_ignored(tmp_path: Path) -> None:
    code = "import pipeline, dataclasses; print(dataclasses.make_dataclass('P', [('a', int)])(1))"
    env = {"HEALTHLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(Path(lint_rules.__file__).parent.parent),
           "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    for f in tmp_path.glob("dataclass-code-*.marshal"):
        f.write_bytes(b"\x00not marshal")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "P(a=1)"


def test_classes_of_other_modules_stay_out_of_the_table() -> None:
    before = dict(dataclass_code._TABLE)
    made = _make("Elsewhere", module=__name__)
    assert made("a", 1) == made("a", 1)
    assert before == dataclass_code._TABLE


def test_importing_the_package_leaves_dataclasses_alone(tmp_path: Path) -> None:
    """Only the command line routes ``dataclasses``' exec through the table: a program that
    imports healthlint as a library keeps the standard library as it is."""
    code = ("import dataclasses, lint_rules, lint_rules.engine\n"
            "print('exec' in vars(dataclasses))\n"
            "import pipeline\n"
            "print('exec' in vars(dataclasses))\n")
    env = {"HEALTHLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(Path(lint_rules.__file__).parent.parent),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
