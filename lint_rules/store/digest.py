"""Digests for cache keys and cache file names, without importing ``hashlib`` at start-up.

``hashlib`` loads OpenSSL's ``_hashlib`` first (4-5 ms of CPU in every new process on this
project's machines, issue 17), though a run only ever hashes its cache keys: about 40 keys,
0.45 MB in all (the TOML texts the parsed-TOML cache is keyed by, the pattern lists of the
scan decisions). CPython builds BLAKE2 in (``_blake2``), which loads in a fraction of a
millisecond and hashes those keys in about 2 ms, where its built-in SHA-256 took 6 ms;
``hashlib`` is the fallback where ``_blake2`` is missing. The digests only name files in
the cache folder: changing the function once renames them (the next run builds them again).
"""

from __future__ import annotations

from typing import Any

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import blake2b as _blake2b

blake2b: Any = _blake2b

try:
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - an interpreter without the built-in module
    from hashlib import sha1 as _sha1

#: SHA-1 from CPython's built-in ``_sha1`` (hashlib's own fallback, the same digests), for
#: the finding fingerprints every JSON and SARIF report writes: through ``hashlib`` it
#: loaded OpenSSL (about 6 ms of a new process) for a digest of a few dozen short strings.
sha1: Any = _sha1


def key_digest(data: bytes) -> str:
    """A 32-hex-digit digest of ``data`` (``hashlib.blake2b(data, digest_size=16)``)."""
    return str(blake2b(data, digest_size=16).hexdigest())
