"""Shared test helpers."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from lint_rules.store import compiled_re

# Every JSON report a test produces (``check --format json`` in this process or in a
# ``healthlint`` subprocess, the scan's findings.json) is validated against the documented
# schema before it is written: a test that only reads one key still catches a drift.
os.environ.setdefault("HEALTHLINT_CHECK_JSON_SCHEMA",
                      str(Path(__file__).resolve().parent.parent / "docs" / "json-format.schema.json"))


@pytest.fixture
def require_host() -> Callable[[str], None]:
    """For tests marked ``network``: skip unless the live service answers on port 443."""

    def require(host: str) -> None:
        try:
            socket.create_connection((host, 443), timeout=3).close()
        except OSError:
            pytest.skip(f"{host} is unreachable")

    return require


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> compiled_re._Store:
    """A fresh, empty pattern store in a cache folder of the test's own (the pattern store's
    tests and the tests of what it serves to other packages' imports)."""
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HEALTHLINT_NO_REGEX_CACHE", raising=False)
    fresh = compiled_re._Store()
    monkeypatch.setattr(compiled_re, "_STORE", fresh)
    return fresh
