"""PubMed E-utilities: ESummary for PMIDs and ESearch for a described study.

Response shapes (NCBI "Entrez Programming Utilities Help", ``retmode=json``): ESearch
answers ``{"esearchresult": {"count": "2", "idlist": ["123", "456"], …}}``; ESummary
answers ``{"result": {"uids": ["123"], "123": {"title": …, "fulljournalname": …,
"source": …, "pubdate": "2016 Mar 2", "authors": [{"name": "Smith J"}], "pubtype":
["Journal Article", "Retracted Publication"], "articleids": [{"idtype": "doi", "value":
…}]}}}``; a PMID that does not exist comes back with an ``"error"`` entry instead.
NCBI allows 3 requests a second without an API key and 10 with one.
"""

from __future__ import annotations

import re
from typing import Any

from lint_rules.services.lookups import RECORD_TTL, SEARCH_TTL, Article, LookupSettings, Update


def parse_esummary(data: dict[str, Any]) -> dict[str, Article | None]:
    """PMID -> Article, or None for PMIDs PubMed does not have."""
    result = data.get("result") or {}
    out: dict[str, Article | None] = {}
    for uid in result.get("uids") or []:
        rec = result.get(str(uid))
        if not isinstance(rec, dict) or rec.get("error"):
            out[str(uid)] = None
            continue
        year_m = re.search(r"\b(\d{4})\b", str(rec.get("pubdate") or rec.get("epubdate") or ""))
        doi = next((a.get("value") for a in rec.get("articleids") or []
                    if isinstance(a, dict) and a.get("idtype") == "doi"), None)
        pubtypes = [str(p) for p in rec.get("pubtype") or []]
        updates = []
        if "Retracted Publication" in pubtypes:
            updates.append(Update("retraction", None, "pubmed"))
        if "Expression of Concern" in pubtypes:  # the notice itself carries this type
            updates.append(Update("expression_of_concern", None, "pubmed"))
        out[str(uid)] = Article(
            source="pubmed", pmid=str(uid), doi=doi, title=str(rec.get("title") or "").rstrip("."),
            journal=str(rec.get("fulljournalname") or ""), journal_abbrev=str(rec.get("source") or ""),
            year=int(year_m.group(1)) if year_m else None,
            authors=[a.get("name", "") for a in rec.get("authors") or [] if isinstance(a, dict)],
            updates=updates,
        )
    # an unknown uid is sometimes only reported in a top-level error list
    for bad in (data.get("esummaryresult") or []):
        m = re.search(r"(\d+)", str(bad))
        if m and m.group(1) not in out:
            out[m.group(1)] = None
    return out


def parse_esearch(data: dict[str, Any]) -> list[str]:
    return [str(i) for i in (data.get("esearchresult") or {}).get("idlist") or []]


def _params(settings: LookupSettings, **extra: Any) -> dict[str, Any]:
    params = {"db": "pubmed", "retmode": "json", "tool": "healthlint", **extra}
    if settings.ncbi_api_key:
        params["api_key"] = settings.ncbi_api_key
    if "@" in settings.contact:
        params["email"] = settings.contact
    return params


def summaries(client: Any, settings: LookupSettings, pmids: list[str]) -> tuple[dict[str, Article | None] | None, str | None]:
    if not pmids:
        return {}, None
    r = client.get_json(f"{settings.pubmed_url}/esummary.fcgi",
                        _params(settings, id=",".join(pmids)), ttl=RECORD_TTL,
                        min_interval=settings.pubmed_interval)
    if not r.ok or not isinstance(r.data, dict):
        return None, r.error or "unexpected answer"
    found = parse_esummary(r.data)
    for pmid in pmids:
        found.setdefault(pmid, None)
    return found, None


def search(client: Any, settings: LookupSettings, words: list[str], journal: str | None,
           year: int | None, retmax: int = 5) -> tuple[list[Article] | None, str | None]:
    """Articles whose title/abstract has the topic ``words``, in ``journal`` and ``year``."""
    terms = [f"{w}[tiab]" for w in words[:3]]
    if journal:
        terms.append(f'"{journal}"[journal]')
    if year:
        terms.append(f"{year}[dp]")
    r = client.get_json(f"{settings.pubmed_url}/esearch.fcgi",
                        _params(settings, term=" AND ".join(terms), retmax=retmax),
                        ttl=SEARCH_TTL, min_interval=settings.pubmed_interval)
    if not r.ok or not isinstance(r.data, dict):
        return None, r.error or "unexpected answer"
    ids = parse_esearch(r.data)
    found, error = summaries(client, settings, ids)
    if found is None:
        return None, error
    return [a for a in (found.get(i) for i in ids) if a is not None], None
