"""Shared test helpers."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest


@pytest.fixture
def require_host() -> Callable[[str], None]:
    """For tests marked ``network``: skip unless the live service answers on port 443."""

    def require(host: str) -> None:
        try:
            socket.create_connection((host, 443), timeout=3).close()
        except OSError:
            pytest.skip(f"{host} is unreachable")

    return require
