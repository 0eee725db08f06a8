"""NPI (Luhn over 80840) and ORCID (ISO 7064 MOD 11-2) check characters."""

from __future__ import annotations

import pytest

from lint_rules.analysis.identifiers import (
    find_identifiers,
    luhn_valid,
    npi_check_digit,
    npi_valid,
    orcid_check_char,
    orcid_valid,
)


@pytest.mark.parametrize("npi", ["1234567893", "1245319599", "1003000126"])
def test_valid_npis(npi: str) -> None:
    assert npi_valid(npi)


@pytest.mark.parametrize("npi", ["1234567890", "1234567894", "123456789", "12345678931", "12345b7893"])
def test_invalid_npis(npi: str) -> None:
    assert not npi_valid(npi)


def test_npi_check_digit_uses_the_80840_prefix() -> None:
    # CMS's worked example: base 123456789 -> check digit 3 (with the prefix), whereas a
    # plain Luhn over the nine digits alone would give 7
    assert npi_check_digit("123456789") == "3"
    assert luhn_valid("1234567897") and not npi_valid("1234567897")


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X",
                                   "0000000218250097"])
def test_valid_orcids(orcid: str) -> None:
    assert orcid_valid(orcid)


@pytest.mark.parametrize("orcid", ["0000-0002-1825-0098", "0000-0002-1694-2330", "0000-0002-1825-009",
                                   "000A-0002-1825-0097"])
def test_invalid_orcids(orcid: str) -> None:
    assert not orcid_valid(orcid)


def test_orcid_check_char_can_be_x() -> None:
    assert orcid_check_char("000000021694233") == "X"


def test_find_identifiers_needs_the_npi_label_and_shifts_spans() -> None:
    text = "Call 1234567890. Jane Doe (NPI: 1234567893), ORCID https://orcid.org/0000-0002-1825-0097"
    found = list(find_identifiers(text, offset=100))
    assert [(i.kind, i.value, i.valid) for i in found] == [
        ("npi", "1234567893", True), ("orcid", "0000-0002-1825-0097", True)]
    assert text[found[0].start - 100:found[0].end - 100] == "1234567893"
