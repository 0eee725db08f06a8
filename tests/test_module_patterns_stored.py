"""Module-level patterns come from the pattern store (issue 17).

A module's patterns are compiled when the module is imported, and a check imports every
rule family and analysis: through ``re.compile`` each costs its whole parse and compile
(0.1-0.7 ms) in every new process, about 8 ms for the 31 that had crept back in since
speed13 moved 24 of them. ``compile_re`` serves the compiled program from the store and
builds it at first use. Allowed: the store itself, the knowledge loader (it imports
nothing), and bytes patterns (the store keeps text patterns only)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {"lint_rules/store/compiled_re.py", "lint_rules/knowledge/__init__.py"}


def _module_level_compiles(source: str) -> list[int]:
    """Lines of ``re.compile(<text pattern>)`` calls outside any function or lambda."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"
                    and not (child.args and isinstance(child.args[0], ast.Constant)
                             and isinstance(child.args[0].value, bytes))):
                found.append(child.lineno)
            visit(child)

    visit(ast.parse(source))
    return found


def test_the_finder_tells_module_level_from_function_level_calls() -> None:
    src = ("import re\n_A = re.compile(r'zel\\w+')\n_B = re.compile(rb'<meta')\n"
           "class K:\n    C = re.compile('x' + 'y')\n"
           "def f():\n    return re.compile('inside')\nG = lambda: re.compile('later')\n"
           "H = compile_re(r'stored')\n")
    assert _module_level_compiles(src) == [2, 5]


def test_no_module_level_re_compile_outside_the_store() -> None:
    offenders = []
    paths = sorted([*(ROOT / "lint_rules").rglob("*.py"), *(ROOT / "reports").rglob("*.py")])
    assert len(paths) > 100  # the project's modules were found
    for path in paths:
        rel = path.relative_to(ROOT).as_posix()
        if rel in ALLOWED:
            continue
        offenders += [f"{rel}:{line}" for line in _module_level_compiles(path.read_text(encoding="utf-8"))]
    assert not offenders, f"use compile_re for module-level patterns: {offenders}"
