"""Crossref REST API: resolve DOIs, read retraction notices, search for a described study.

Response shapes (https://api.crossref.org/swagger-ui, "works"): a single work is
``{"status": "ok", "message-type": "work", "message": {...}}``; a search is
``{"message-type": "work-list", "message": {"total-results": N, "items": [...]}}``. A work
has ``DOI``, ``title`` (list), ``container-title`` (list), ``short-container-title``,
``author`` (``given``/``family`` or ``name``), ``issued``/``published-print``/
``published-online`` (``date-parts``), and ``updated-by`` (notices about this work, e.g.
``{"type": "retraction", "DOI": …, "source": "retraction-watch"}``) or ``update-to`` (on
the notice itself).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from lint_rules.services.lookups import RECORD_TTL, SEARCH_TTL, Article, LookupSettings, Update

_TYPES = {
    "retraction": "retraction", "retracted": "retraction", "withdrawal": "withdrawal",
    "removal": "removal", "expression_of_concern": "expression_of_concern",
    "expression-of-concern": "expression_of_concern", "correction": "correction",
    "erratum": "correction", "corrigendum": "correction",
}


def _year(work: dict[str, Any]) -> int | None:
    for key in ("issued", "published-print", "published-online", "published", "created"):
        parts = (work.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0]:
            try:
                return int(parts[0][0])
            except (TypeError, ValueError):
                continue
    return None


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value or "")


def _updates(items: Any, source_default: str) -> list[Update]:
    out = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        kind = _TYPES.get(str(item.get("type", "")).lower().replace(" ", "_"))
        if kind is None:
            continue
        out.append(Update(kind, item.get("DOI"), item.get("source") or source_default,
                          _year({"issued": item.get("updated") or {}})))
    return out


def parse_work(work: dict[str, Any]) -> Article:
    """An ``Article`` from one Crossref work (the ``message`` of /works/{doi} or a search item)."""
    authors = []
    for a in work.get("author") or []:
        if isinstance(a, dict):
            name = a.get("family") or a.get("name") or ""
            if a.get("given") and a.get("family"):
                name = f"{a['family']} {a['given']}"
            if name:
                authors.append(name)
    updates = _updates(work.get("updated-by"), "publisher")
    title = _first(work.get("title"))
    if title.upper().startswith(("RETRACTED:", "RETRACTED ARTICLE:", "WITHDRAWN:")) and not any(
            u.type in ("retraction", "withdrawal") for u in updates):
        updates.append(Update("retraction", None, "title"))
    return Article(
        source="crossref", doi=work.get("DOI"), title=title,
        journal=_first(work.get("container-title")),
        journal_abbrev=_first(work.get("short-container-title")),
        year=_year(work), authors=authors, updates=updates,
        score=float(work["score"]) if isinstance(work.get("score"), int | float) else None,
    )


def notice_targets(work: dict[str, Any]) -> list[Update]:
    """For a work that *is* a notice: what it retracts or corrects (``update-to``)."""
    return _updates(work.get("update-to"), "publisher")


def parse_search(data: dict[str, Any]) -> list[Article]:
    message = data.get("message") or {}
    return [parse_work(item) for item in message.get("items") or [] if isinstance(item, dict)]


def _params(settings: LookupSettings) -> dict[str, str]:
    return {"mailto": settings.contact} if "@" in settings.contact else {}


def resolve_doi(client: Any, settings: LookupSettings, doi: str) -> tuple[str, Article | None, str | None]:
    """("found", article, None), ("not-found", None, None) or ("error", None, message)."""
    # DOIs are case-insensitive; one spelling keeps the cache and the logs consistent
    url = f"{settings.crossref_url}/works/{quote(doi.lower(), safe='/:;()')}"
    r = client.get_json(url, _params(settings) or None, ttl=RECORD_TTL)
    if r.status == 404:
        return "not-found", None, None
    if not r.ok or not isinstance(r.data, dict):
        return "error", None, r.error or "unexpected answer"
    message = r.data.get("message")
    if not isinstance(message, dict):
        return "error", None, "answer has no message"
    return "found", parse_work(message), None


def search(client: Any, settings: LookupSettings, words: str, journal: str | None,
           year: int | None, rows: int = 5) -> tuple[list[Article] | None, str | None]:
    """Works matching topic ``words``, in ``journal`` and ``year`` when given."""
    params: dict[str, Any] = {"query.bibliographic": words, "rows": rows, **_params(settings)}
    if journal:
        params["query.container-title"] = journal
    if year:
        params["filter"] = f"from-pub-date:{year},until-pub-date:{year}"
    r = client.get_json(f"{settings.crossref_url}/works", params, ttl=SEARCH_TTL)
    if not r.ok or not isinstance(r.data, dict):
        return None, r.error or "unexpected answer"
    return parse_search(r.data), None
