"""Shared test helpers."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

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
