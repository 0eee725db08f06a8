"""The NPPES NPI Registry API (CMS): is an NPI real, whose is it, and what is their
taxonomy?

Documented at https://npiregistry.cms.hhs.gov/api-page (version 2.1). A look-up by number is
``GET {base}/?version=2.1&number=NNNNNNNNNN``; the answer is JSON::

    {"result_count": 1,
     "results": [{"number": "1234567893", "enumeration_type": "NPI-1",
                  "basic": {"first_name": "JANE", "last_name": "DOE", "credential": "M.D.",
                            "status": "A"},
                  "taxonomies": [{"code": "207N00000X", "desc": "Dermatology",
                                  "primary": true, "state": "OH", "license": "35.123456"}]}]}

An unknown number gives ``{"result_count": 0, "results": []}``; a malformed query gives HTTP
200 with ``{"Errors": [{"description": …, "field": …, "number": …}]}``. Organisations
(``NPI-2``) carry ``basic.organization_name`` instead of a person's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NPI_URL = "https://npiregistry.cms.hhs.gov/api/"
#: Registry records change rarely; a week is the client's default for successes too.
NPI_TTL = 7 * 86400

#: NUCC taxonomy code prefixes (https://taxonomy.nucc.org, v24) and the credential field of
#: ``knowledge/credentials.csv`` each stands for.
TAXONOMY_FIELDS: tuple[tuple[str, str], ...] = (
    ("207", "medicine"), ("208", "medicine"), ("202", "medicine"), ("204", "medicine"),
    ("163W", "nursing"), ("164", "nursing"), ("363L", "nursing"), ("367", "nursing"),
    ("364S", "nursing"), ("376", "nursing"),
    ("1835", "pharmacy"), ("3336", "pharmacy"),
    ("133V", "nutrition"), ("133N", "nutrition"), ("136A", "nutrition"),
    ("2251", "physical-therapy"), ("225X", "physical-therapy"),
    ("363A", "physician-assistant"),
    ("103T", "psychology"), ("1041", "psychology"), ("101Y", "psychology"), ("106H", "psychology"),
    ("122", "dentistry"), ("1223", "dentistry"), ("111N", "chiropractic"), ("152W", "optometry"),
    ("213E", "podiatry"), ("175F", "naturopathy"), ("174V", "veterinary"),
)


@dataclass
class NpiRecord:
    number: str
    kind: str  #: "NPI-1" (a person) or "NPI-2" (an organisation)
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    credential: str = ""
    status: str = ""
    taxonomies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def primary_taxonomy(self) -> dict[str, Any] | None:
        primary = [t for t in self.taxonomies if t.get("primary")] or self.taxonomies
        return primary[0] if primary else None

    @property
    def fields(self) -> set[str]:
        """Credential fields of all taxonomies on the record."""
        out = set()
        for tax in self.taxonomies:
            code = str(tax.get("code", ""))
            out |= {f for prefix, f in TAXONOMY_FIELDS if code.startswith(prefix)}
        return out

    def taxonomy_text(self) -> str:
        return "; ".join(str(t.get("desc", "")) for t in self.taxonomies).lower()

    def as_dict(self) -> dict[str, Any]:
        tax = self.primary_taxonomy or {}
        return {"number": self.number, "type": self.kind, "name": f"{self.first_name} {self.last_name}".strip()
                or self.organization, "credential": self.credential,
                "taxonomy": tax.get("desc"), "taxonomy_code": tax.get("code")}


class RegistryAnswerError(Exception):
    """The service answered, but not in the documented shape (or with ``Errors``)."""


def parse_npi_response(data: Any, number: str) -> NpiRecord | None:
    """The record for ``number`` from an API answer, ``None`` when the registry has none.
    Raises ``RegistryAnswerError`` on an error envelope or an unexpected shape."""
    if not isinstance(data, dict):
        raise RegistryAnswerError("the NPI registry answered with something other than a JSON object")
    if data.get("Errors"):
        first = data["Errors"][0] if isinstance(data["Errors"], list) else data["Errors"]
        raise RegistryAnswerError(f"the NPI registry refused the query: {first.get('description', first) if isinstance(first, dict) else first}")
    results = data.get("results") or []
    if not isinstance(results, list):
        raise RegistryAnswerError("the NPI registry answer has no result list")
    for item in results:
        if isinstance(item, dict) and str(item.get("number")) == number:
            basic = item.get("basic") or {}
            return NpiRecord(
                number=number, kind=str(item.get("enumeration_type", "")),
                first_name=str(basic.get("first_name", "")).strip(),
                last_name=str(basic.get("last_name", "")).strip(),
                organization=str(basic.get("organization_name", "")).strip(),
                credential=str(basic.get("credential", "")).strip(),
                status=str(basic.get("status", "")),
                taxonomies=[t for t in item.get("taxonomies") or [] if isinstance(t, dict)],
            )
    return None


def lookup_npi(client: Any, base_url: str, number: str) -> tuple[NpiRecord | None, str | None]:
    """``(record, None)``, ``(None, None)`` when unknown, ``(None, problem)`` when the look-up
    failed (network, HTTP error, unexpected answer)."""
    result = client.get_json(base_url, {"version": "2.1", "number": number}, ttl=NPI_TTL)
    if not result.ok:
        return None, result.error or f"HTTP {result.status}"
    try:
        return parse_npi_response(result.data, number), None
    except RegistryAnswerError as exc:
        return None, str(exc)
