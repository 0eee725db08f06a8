"""Reading files safely: kinds, size limits, binary detection and text encodings.

Every problem becomes an ``InputError`` with one clear sentence, so the pipeline can report
the file and go on with the others. Nothing here reads more than the size limit.
"""

from __future__ import annotations

import codecs
import errno
import math
import os
import re
import stat
from pathlib import Path

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


class InputError(Exception):
    """A file that cannot be linted. ``severity`` is ``error`` unless the file was skipped
    on purpose (too large), which is a warning."""

    def __init__(self, message: str, *, severity: str = "error", code: str = "HL001") -> None:
        super().__init__(message)
        self.message = message
        self.severity = severity
        self.code = code


def file_kind(path: str | Path) -> str | None:
    """markdown, html or text by suffix; None for files healthlint does not read."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_source(path: str | Path, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decoded text with line ends normalised to ``\\n`` (columns stay the same for CRLF
    files because ``\\r`` only ever precedes a line end)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("is not a regular file (a device, pipe or socket)")
        size = info.st_size
        if size > max_bytes:
            raise InputError(
                f"skipped: {human_size(size)} is over the {human_size(max_bytes)} size limit"
                " (set max-file-size in the config to raise it)",
                severity="warning", code="HL002",
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except PermissionError:
        raise InputError("cannot be read: permission denied") from None
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"is a broken symbolic link (to {os.readlink(path)})") from None
        raise InputError("no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("is a symbolic link loop (it points back to itself)") from None
        raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    return normalise_newlines(decode(data, kind))


def read_data(data: bytes, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """``read_source`` for bytes already in memory (standard input), same limits."""
    if len(data) > max_bytes:
        raise InputError(
            f"skipped: {human_size(len(data))} is over the {human_size(max_bytes)} size limit"
            " (set max-file-size in the config to raise it)",
            severity="warning", code="HL002",
        )
    return normalise_newlines(decode(data, kind))


#: Sizes past this are typing mistakes ("1e400MB"), not limits anyone means.
MAX_SIZE = 1024**5


def parse_size(value: object) -> int:
    """Bytes from ``5MB``, ``500 KiB``, ``1.5GB`` or a positive integer; ``ValueError``
    with what to write instead."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif isinstance(value, str):
        units = {"": 1, "B": 1, "KB": 1024, "K": 1024, "MB": 1024**2, "M": 1024**2, "GB": 1024**3,
                 "G": 1024**3, "TB": 1024**4, "T": 1024**4}
        t = value.strip().upper().replace(" ", "").replace("IB", "B")
        num = t.rstrip("KMGTB")
        unit = t[len(num):]
        try:
            number = float(num)
            if not math.isfinite(number) or unit not in units:
                raise ValueError
            size = int(number * units[unit])
        except (ValueError, OverflowError):
            raise ValueError(f"cannot read size {value!r} (write e.g. 5MB or 500KB)") from None
    else:
        raise ValueError(f"must be a size like '5MB' or a number of bytes, not {value!r}")
    if not 0 < size <= MAX_SIZE:
        raise ValueError(f"must be a positive number of bytes or a size like '5MB', at most 1 PB (not {value!r})")
    return size


def human_size(n: int) -> str:
    """``512 bytes``, ``12.5 KB``, ``5.0 MB``."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024**2:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024**2:.1f} MB"


def decode(data: bytes, kind: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"has a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file (it contains NUL bytes), not text")
    declared = _declared_encoding(data, kind)
    encoding = declared or "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"declares an unknown encoding {declared!r}") from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start : exc.start].decode(encoding, errors="replace")) + 1  # characters
        byte = data[exc.start : exc.start + 1].hex()
        hint = (
            "save it as UTF-8" if declared else
            "save it as UTF-8 or declare its encoding (<meta charset> in HTML)"
        )
        raise InputError(
            f"is not valid {encoding} (byte 0x{byte} at line {line}, column {col}); {hint}"
        ) from None


def _declared_encoding(data: bytes, kind: str) -> str | None:
    if kind != "html":
        return None
    head = data[:4096]
    m = _XML_DECL_RE.match(head) or _HTML_CHARSET_RE.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
