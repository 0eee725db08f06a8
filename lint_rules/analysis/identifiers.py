"""Check digits of the identifiers that back a credential claim: the US National Provider
Identifier (NPI) and the ORCID iD.

Both carry a check character, so a mistyped or invented number can be caught offline:

* NPI (CMS, "Requirements for NPI check digit", 45 CFR 162.406): ten digits, the last a
  Luhn check digit computed over the nine-digit base with the card-issuer prefix ``80840``
  in front (so the full "80840" + NPI string passes the standard Luhn test).
* ORCID iD (ORCID support, "Structure of the ORCID identifier"): sixteen characters in four
  groups, the last an ISO 7064 MOD 11-2 check character (``0``-``9`` or ``X``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:
    from lint_rules.document import Document

#: "NPI 1234567893", "NPI: 1234567893", "NPI #1234567893", "NPI number 1234567893".
NPI_RE = compile_re(
    r"\bNPI(?:\s*(?:#|no\.?|number|num\.?))?\s*[:#]?\s*(\d[\d -]{8,12}\d)\b", re.IGNORECASE
)
#: An ORCID iD, bare or inside an orcid.org URL.
ORCID_RE = compile_re(r"(?<![\d-])(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])(?![\d-])")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) test over a string of digits."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi_valid(npi: str) -> bool:
    """True for a ten-digit NPI whose check digit is right."""
    npi = npi.replace(" ", "").replace("-", "")
    return len(npi) == 10 and npi.isdigit() and luhn_valid("80840" + npi)


def npi_check_digit(base: str) -> str:
    """The check digit for a nine-digit NPI base (used in messages: "should end in 3")."""
    for d in "0123456789":
        if luhn_valid("80840" + base + d):
            return d
    raise ValueError(f"not a nine-digit NPI base: {base!r}")


def orcid_check_char(base: str) -> str:
    """ISO 7064 MOD 11-2 check character over the first fifteen digits."""
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_valid(orcid: str) -> bool:
    """True for a well-formed ORCID iD (with or without hyphens) whose check character is
    right."""
    compact = orcid.replace("-", "").upper()
    if len(compact) != 16 or not compact[:15].isdigit() or not re.match(r"[\dX]$", compact[15]):
        return False
    return orcid_check_char(compact[:15]) == compact[15]


def orcid_expected(orcid: str) -> str:
    compact = orcid.replace("-", "")
    return orcid_check_char(compact[:15])


@dataclass(frozen=True)
class Identifier:
    """An NPI or ORCID iD written in a text, normalised, with its span."""
    kind: str  #: "npi" or "orcid"
    value: str  #: normalised: ten digits, or 0000-0000-0000-000X
    start: int  #: span of the identifier itself in the searched text
    end: int

    @property
    def valid(self) -> bool:
        return npi_valid(self.value) if self.kind == "npi" else orcid_valid(self.value)


#: What every match of ``NPI_RE`` and of ``ORCID_RE`` holds, with the same flags: a text
#: without it has no identifier of that kind. Why: ``ORCID_RE`` opens with a lookbehind and
#: ``NPI_RE`` with a word boundary, so SRE tries them at every position of the text; these
#: open with a literal or a digit, which SRE skips to (a corpus article: 0.20 ms for both
#: scans, 0.08 ms for both gates; almost no article names either identifier).
_NPI_GATE = compile_re("npi", re.IGNORECASE)
_ORCID_GATE = compile_re(r"\d{4}-\d{4}-\d{4}-\d{3}[\dXx]")


def find_identifiers(text: str, offset: int = 0) -> Iterator[Identifier]:
    """NPIs (only when labelled "NPI") and ORCID iDs in ``text``; spans are shifted by
    ``offset``."""
    if _NPI_GATE.search(text):
        for m in NPI_RE.finditer(text):
            value = re.sub(r"[ -]", "", m.group(1))
            if len(value) == 10:
                yield Identifier("npi", value, offset + m.start(1), offset + m.end(1))
    if _ORCID_GATE.search(text):
        for m in ORCID_RE.finditer(text):
            yield Identifier("orcid", m.group(1).upper(), offset + m.start(1), offset + m.end(1))


def document_identifiers(doc: Document) -> tuple[Identifier, ...]:
    """``find_identifiers`` over the whole document, found once per document and shared
    (the invalid-NPI and invalid-ORCID rules and the online registry rule each read them)."""
    return doc.analysis("identifiers", lambda d: tuple(find_identifiers(d.text)))
