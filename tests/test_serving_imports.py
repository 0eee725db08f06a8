"""While markdown-it and PyYAML are imported, their ``re.compile`` calls are served from the
pattern store (``compiled_re.serving_imports``): they get real ``re.Pattern`` objects that
match as ``re``'s own, ``re.compile`` is back afterwards however the block ends, and nothing
is swapped while another thread runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lint_rules.store import compiled_re

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(compiled_re._sre is None or sys.implementation.name != "cpython",
                                reason="the store needs CPython's re internals")


@pytest.fixture
def one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the command line runs: the suite may have left a thread (a server's) running."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)


def test_inside_the_block_re_compile_gives_real_patterns_from_the_store(store: compiled_re._Store,
                                                                       one_thread: None) -> None:
    pattern = r"(?P<word>[a-z]+)(?:ing|ed)\b|\b(?:side|adverse) effects?\b"
    text = "walking helped; side effects and adverse effect noted"
    with compiled_re.serving_imports(__name__):
        assert re.compile is compiled_re.stored_pattern
        first = re.compile(pattern, re.I)
        as_bytes = re.compile(rb"\d+")  # bytes go to re itself
    assert re.compile is compiled_re._RE_COMPILE
    assert type(first) is re.Pattern and type(as_bytes) is re.Pattern
    assert (pattern, int(re.I)) in store.load()
    with compiled_re.serving_imports(__name__):
        again = re.compile(pattern, re.I)  # built from the stored program this time
    original = compiled_re._RE_COMPILE(pattern, re.I)
    for served in (first, again):
        assert (served.pattern, served.flags, served.groupindex) == (original.pattern, original.flags,
                                                                     original.groupindex)
        assert [m.span() for m in served.finditer(text)] == [m.span() for m in original.finditer(text)]
        assert re.sub(served, "#", text) == original.sub("#", text)  # re's functions take it


def test_only_the_named_packages_are_served(store: compiled_re._Store, one_thread: None) -> None:
    pattern = r"\b(?:only|named)\s+packages\b"
    with compiled_re.serving_imports("yaml"):
        assert re.compile is compiled_re.stored_pattern
        compiled = re.compile(pattern)  # this module is not yaml: re's own, not stored
    assert type(compiled) is re.Pattern and compiled.search("only packages")
    assert (pattern, 0) not in store.load()


def test_a_module_whose_name_only_begins_with_a_package_is_not_served(store: compiled_re._Store,
                                                                       one_thread: None) -> None:
    """"yamlfake" is no module of "yaml": a package serves itself and its submodules only."""
    pattern = r"\b(?:prefix|only)\s+names?\b"
    with compiled_re.serving_imports(__name__[:-2]):  # this module's name minus its last letters
        compiled = re.compile(pattern)
    assert type(compiled) is re.Pattern and (pattern, 0) not in store.load()
    with compiled_re.serving_imports(__name__.rsplit(".", 1)[0]) if "." in __name__ else compiled_re.serving_imports(__name__):
        re.compile(pattern)  # the package itself (or this module): served and stored
    assert (pattern, 0) in store.load()


def test_re_compile_is_put_back_when_the_import_fails(store: compiled_re._Store, one_thread: None) -> None:
    with pytest.raises(ImportError), compiled_re.serving_imports("healthlint_no_such_module"):
        assert re.compile is compiled_re.stored_pattern
        import healthlint_no_such_module  # noqa: F401
    assert re.compile is compiled_re._RE_COMPILE and compiled_re._SERVED == ()


def test_nothing_is_swapped_while_another_thread_runs(store: compiled_re._Store) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with compiled_re.serving_imports("yaml"):
            assert re.compile is compiled_re._RE_COMPILE
    finally:
        stop.set()
        other.join()


def test_nothing_is_swapped_when_the_store_is_off(store: compiled_re._Store, one_thread: None) -> None:
    store.enabled = False
    with compiled_re.serving_imports("yaml"):
        assert re.compile is compiled_re._RE_COMPILE


_PROBE = r'''
import json, re, sys
from lint_rules.parsing.markdown import _parser
from lint_rules.parsing.frontmatter import _load_yaml
_parser()
_load_yaml("title: x", lambda *a: None)
import yaml.resolver
from lint_rules.store import compiled_re
found = []
for name, module in list(sys.modules.items()):
    if name.split(".")[0] in ("markdown_it", "mdurl", "mdit_py_plugins", "yaml"):
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
for pairs in yaml.resolver.Resolver.yaml_implicit_resolvers.values():
    found += [rx for _, rx in pairs]
text = open(sys.argv[1], encoding="utf-8").read() + " 1.5e3 0x1F 2024-03-12 ~ yes NO null .inf &amp; <b>"
out = {"types": sorted({type(p).__name__ for p in found}), "count": len(found), "same": True,
       "swapped_back": re.compile is compiled_re._RE_COMPILE}
for p in found:
    if isinstance(p.pattern, str):
        original = compiled_re._RE_COMPILE(p.pattern, p.flags)
        if [m.span() for m in p.finditer(text)] != [m.span() for m in original.finditer(text)]:
            out["same"] = False
print(json.dumps(out))
'''


def test_the_libraries_patterns_match_as_res_own_in_a_new_process(tmp_path: Path) -> None:
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("HEALTHLINT_NO_REGEX_CACHE", None)
    fixture = ROOT / "fixtures" / "seed-kratom.md"
    runs = [subprocess.run([sys.executable, "-c", _PROBE, str(fixture)], capture_output=True, text=True,
                           env=env, cwd=tmp_path, timeout=120, check=True) for _ in range(2)]
    first, second = (json.loads(r.stdout) for r in runs)  # generated, then served from the store
    for out in (first, second):
        assert out["types"] == ["Pattern"] and out["count"] > 50
        assert out["same"] and out["swapped_back"]
    assert list(tmp_path.glob("regex-*.marshal"))
