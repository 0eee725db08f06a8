"""SHA-256 digests for cache keys, without importing ``hashlib`` at start-up.

``hashlib`` loads OpenSSL's ``_hashlib`` first (4-5 ms of CPU in every new process on this
project's machines, issue 17), though the cache keys of a run only ever ask for SHA-256 of
a short text. CPython also builds its own SHA-256 in (``_sha256``, named ``_sha2`` from
3.12), which gives the same digests and loads in a fraction of a millisecond; ``hashlib``
is the fallback where neither is present.
"""

from __future__ import annotations

from typing import Any

try:  # CPython 3.11
    from _sha256 import sha256 as _sha256
except ImportError:  # pragma: no cover - other versions and interpreters
    try:  # CPython 3.12+
        from _sha2 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256

sha256: Any = _sha256


def sha256_hex(data: bytes) -> str:
    """``hashlib.sha256(data).hexdigest()``."""
    return str(sha256(data).hexdigest())
