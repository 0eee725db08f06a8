"""The ORCID public API: whose iD is it, and does the record list any works?

Documented at https://info.orcid.org/documentation/api-tutorials/ (API v3.0). The whole
public record is ``GET {base}/v3.0/{orcid}/record`` with ``Accept: application/json``::

    {"orcid-identifier": {"path": "0000-0002-1825-0097", …},
     "person": {"name": {"given-names": {"value": "Josiah"},
                         "family-name": {"value": "Carberry"},
                         "credit-name": null},
                "other-names": {"other-name": [{"content": "J. S. Carberry"}]}},
     "activities-summary": {"works": {"group": [{"work-summary": [{"title": {"title":
                                      {"value": "…"}}, …}]}]}}}

An unknown iD answers HTTP 404 with ``{"response-code": 404, "developer-message": …}``.
A name the researcher keeps private is ``"name": null``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORCID_URL = "https://pub.orcid.org"
ORCID_TTL = 7 * 86400


@dataclass
class OrcidRecord:
    orcid: str
    given: str = ""
    family: str = ""
    credit: str = ""
    other_names: list[str] = field(default_factory=list)
    works: int = 0
    titles: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        full = f"{self.given} {self.family}".strip()
        return [n for n in (full, self.credit, *self.other_names) if n]

    def as_dict(self) -> dict[str, Any]:
        return {"orcid": self.orcid, "names": self.names, "works": self.works, "titles": self.titles[:3]}


def _value(obj: Any) -> str:
    return str(obj.get("value", "")).strip() if isinstance(obj, dict) else ""


def parse_orcid_record(data: Any, orcid: str) -> OrcidRecord:
    if not isinstance(data, dict):
        raise ValueError("the ORCID API answered with something other than a JSON object")
    person = data.get("person") or {}
    name = person.get("name") or {}
    others = ((person.get("other-names") or {}).get("other-name")) or []
    groups = (((data.get("activities-summary") or {}).get("works") or {}).get("group")) or []
    titles = []
    for group in groups:
        for summary in (group or {}).get("work-summary") or []:
            title = _value(((summary or {}).get("title") or {}).get("title"))
            if title:
                titles.append(title)
                break
    return OrcidRecord(
        orcid=orcid, given=_value(name.get("given-names")), family=_value(name.get("family-name")),
        credit=_value(name.get("credit-name")),
        other_names=[str(o.get("content", "")) for o in others if isinstance(o, dict) and o.get("content")],
        works=len(groups), titles=titles,
    )


def lookup_orcid(client: Any, base_url: str, orcid: str) -> tuple[OrcidRecord | None, str | None]:
    """``(record, None)``, ``(None, None)`` when ORCID has no such iD (404), ``(None,
    problem)`` when the look-up failed."""
    result = client.get_json(f"{base_url}/v3.0/{orcid}/record", ttl=ORCID_TTL,
                             headers={"Accept": "application/json"})
    if result.status == 404:
        return None, None
    if not result.ok:
        return None, result.error or f"HTTP {result.status}"
    try:
        return parse_orcid_record(result.data, orcid), None
    except ValueError as exc:
        return None, str(exc)
