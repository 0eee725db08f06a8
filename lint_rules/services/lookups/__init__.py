"""Look-ups of scholarly records: Crossref (DOIs, retractions, bibliographic search) and
PubMed E-utilities (PMIDs, "Retracted Publication", search), through the shared HTTP client.

Settings come from ``[tool.healthlint.citations]``:

    crossref-url  = "https://api.crossref.org"            # base URL (tests: a local server)
    pubmed-url    = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
    ncbi-api-key  = ""        # optional; NCBI allows 10 requests a second with one, 3 without
    contact       = ""        # e-mail for Crossref's polite pool (falls back to network.contact)
    search        = true      # search Crossref/PubMed for study mentions without an identifier
    max-candidates = 3

The parsers (``crossref.parse_work``, ``pubmed.parse_esummary``…) take the services'
documented JSON and return ``Article`` records, so they are tested on stored answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lint_rules.config import register_parsed_section, reject_unknown_keys

CROSSREF_URL = "https://api.crossref.org"
PUBMED_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
#: Cache lives of look-ups: bibliographic records change rarely, retraction notices do.
RECORD_TTL = 7 * 86400
SEARCH_TTL = 30 * 86400


@dataclass
class Update:
    """A notice attached to an article: a retraction, expression of concern, correction."""

    type: str  #: retraction, expression_of_concern, correction, withdrawal, removal…
    doi: str | None = None
    source: str | None = None  #: e.g. "retraction-watch", "publisher", "pubmed"
    year: int | None = None

    @property
    def serious(self) -> bool:
        return self.type in ("retraction", "withdrawal", "removal", "expression_of_concern")


@dataclass
class Article:
    """A bibliographic record as a service describes it."""

    source: str  #: crossref or pubmed
    doi: str | None = None
    pmid: str | None = None
    title: str = ""
    journal: str = ""
    journal_abbrev: str = ""
    year: int | None = None
    authors: list[str] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    score: float | None = None

    @property
    def retraction(self) -> Update | None:
        """The most serious notice, if any (retraction before expression of concern)."""
        order = ("retraction", "withdrawal", "removal", "expression_of_concern")
        notices = sorted((u for u in self.updates if u.serious), key=lambda u: order.index(u.type))
        return notices[0] if notices else None

    def cite(self) -> str:
        first = self.authors[0] if self.authors else ""
        etal = " et al." if len(self.authors) > 1 else ""
        ident = f"doi:{self.doi}" if self.doi else f"PMID {self.pmid}" if self.pmid else ""
        parts = [f"{first}{etal}".strip(), self.title, self.journal or self.journal_abbrev,
                 str(self.year or ""), ident]
        return ". ".join(p for p in parts if p)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "doi": self.doi, "pmid": self.pmid, "title": self.title,
            "journal": self.journal, "year": self.year, "authors": self.authors[:5],
            "updates": [u.__dict__ for u in self.updates], "score": self.score,
        }


@dataclass(frozen=True)
class LookupSettings:
    crossref_url: str = CROSSREF_URL
    pubmed_url: str = PUBMED_URL
    ncbi_api_key: str = ""
    contact: str = ""
    search: bool = True
    max_candidates: int = 3

    @property
    def pubmed_interval(self) -> float:
        """NCBI's published limit: 3 requests a second without a key, 10 with one."""
        return 0.1 if self.ncbi_api_key else 0.34


_KEYS = {
    "crossref-url": str, "pubmed-url": str, "ncbi-api-key": str, "contact": str,
    "search": bool, "max-candidates": int,
}


def parse_lookup_settings(table: Mapping[str, Any], network: Mapping[str, Any] | None = None) -> LookupSettings:
    reject_unknown_keys(table, _KEYS)
    for key, value in table.items():
        kind = _KEYS[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValueError(f"{key} must be {kind.__name__}, not {type(value).__name__}")
    for key in ("crossref-url", "pubmed-url"):
        if key in table and not re.match(r"https?://", table[key]):
            raise ValueError(f"{key} must be an http(s) URL")
    if table.get("max-candidates", 1) < 1:
        raise ValueError("max-candidates must be at least 1")
    return LookupSettings(
        crossref_url=str(table.get("crossref-url", CROSSREF_URL)).rstrip("/"),
        pubmed_url=str(table.get("pubmed-url", PUBMED_URL)).rstrip("/"),
        ncbi_api_key=str(table.get("ncbi-api-key", "")),
        contact=str(table.get("contact", "") or (network or {}).get("contact", "") or ""),
        search=bool(table.get("search", True)),
        max_candidates=int(table.get("max-candidates", 3)),
    )


register_parsed_section("citations", parse_lookup_settings)


def normalise_journal(name: str) -> str:
    """Lower case, no leading "The", "&" as "and", no punctuation: for comparing names."""
    name = name.lower().replace("&", "and")
    name = re.sub(r"^the\s+", "", name)
    return " ".join(re.findall(r"[a-z0-9]+", name))
