"""One self-contained HTML report (``--format html``), also used for the nightly scan's
article pages.

As every reporter, it builds plain data first (``build``) and renders it last with Jinja2
(imported here only, so other formats never pay for it). The article text comes from
re-parsing each file, so findings are highlighted at their prose offsets exactly where the
rules saw them; a finding whose span no longer matches the file is listed, not drawn.

Safety: Jinja2 autoescaping is on and every piece of article text goes through
``markupsafe.escape``; the page carries a Content-Security-Policy that allows only its own
inline style and script (by SHA-256 hash) and fetches nothing. Accessibility: highlights are
links (keyboard reachable), severities are spelled out and marked with a shape and a text
badge, not only a colour.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reports import RunReport

_HERE = Path(__file__).parent
SEVERITIES = ("error", "warning", "info")
_SEV_RANK = {"error": 3, "warning": 2, "info": 1}
_SEV_LETTER = {"error": "E", "warning": "W", "info": "I"}
_SEV_ICON = {"error": "✖", "warning": "▲", "info": "●"}


# -- static assets and the Jinja2 environment ----------------------------------------------


@cache
def static_text(name: str) -> str:
    return (_HERE / "static" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["humanise"] = humanise
    env.filters["is_url"] = lambda v: isinstance(v, str) and v.startswith(("http://", "https://"))
    return env


def page_assets() -> dict[str, str]:
    """Inline CSS and script with the Content-Security-Policy that admits exactly them."""
    css, js = static_text("report.css"), static_text("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return {"css": css, "js": js, "csp": csp}


def render_template(name: str, **data: Any) -> str:
    return str(environment().get_template(name).render(**page_assets(), **data))


def humanise(key: Any) -> str:
    text = str(key).replace("_", " ").replace("-", " ")
    return text[:1].upper() + text[1:]


# -- plain data ----------------------------------------------------------------------------


def build(run: RunReport) -> dict[str, Any]:
    """Everything the page shows, as plain data (JSON-friendly apart from Markup text)."""
    assignments = run.extra.get("assignments") or _assignments(run)
    statuses: Mapping[str, Sequence[str]] = run.extra.get("finding_status") or {}
    fixed: Mapping[str, Sequence[Mapping[str, Any]]] = run.extra.get("fixed") or {}
    counter = [0]
    files = []
    for i, result in enumerate(run.results):
        who = assignments[i] if assignments else None
        files.append(file_view(result, run, counter, who, statuses.get(result.path),
                               fixed.get(result.path, ())))
    by_category: Counter[str] = Counter()
    for fv in files:
        by_category.update(f["category"] for f in fv["findings"])
    reviewers = sorted({r for fv in files for f in fv["findings"] for r in f["reviewers"]})
    return {
        "title": run.extra.get("title") or _default_title(files),
        "tool_version": run.tool_version,
        "generated": run.extra.get("generated") or _now(),
        "counts": run.counts(),
        "by_category": sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0])),
        "severities": SEVERITIES,
        "categories": sorted(by_category),
        "reviewers": reviewers,
        "reviewer": run.extra.get("reviewer"),
        "problems": list(run.problems),
        "files": files,
        "nav": run.extra.get("nav"),
        "hpo": _hpo_acknowledgement(files),
        "total_findings": sum(len(fv["findings"]) for fv in files),
    }


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _default_title(files: list[dict[str, Any]]) -> str:
    if len(files) == 1:
        return f"healthlint report: {files[0]['title'] or files[0]['path']}"
    return f"healthlint report: {len(files)} files"


def _assignments(run: RunReport) -> list[Any] | None:
    """Reviewer assignments from the run's configuration (``extra["resolver"]``) or, when
    the caller passed none, from config discovery; none when it cannot be read."""
    try:
        from lint_rules.config import ConfigError, ConfigResolver
        from lint_rules.reviewers import assign

        return assign(run.results, run.extra.get("resolver") or ConfigResolver(run.rules))
    except (ConfigError, OSError):
        return None


def _hpo_acknowledgement(files: list[dict[str, Any]]) -> dict[str, Any] | None:
    uses_concepts = any(
        f["category"] == "contradiction" or any("hpo" in str(k).lower() for k in f["evidence"])
        for fv in files for f in fv["findings"]
    )
    if not uses_concepts:
        return None
    try:
        from lint_rules.analysis.concepts import HPO_ACKNOWLEDGEMENT, hpo_version
    except ImportError:
        return None
    try:
        version = str(hpo_version())
    except Exception:  # the ontology data could not be read: acknowledge without version
        version = "unknown"
    text = str(HPO_ACKNOWLEDGEMENT)
    return {"text": text.replace("{version}", version), "version": version,
            "version_in_text": "{version}" in text}


def file_view(
    result: Any,
    run: RunReport,
    counter: list[int],
    assignment: Any = None,
    statuses: Sequence[str] | None = None,
    fixed: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """One article: its findings as cards, its text with highlights, its references."""
    doc = load_document(result)
    findings = []
    for k, f in enumerate(result.findings):
        counter[0] += 1
        reviewers = assignment.findings[k] if assignment is not None else []
        status = statuses[k] if statuses is not None and k < len(statuses) else None
        findings.append(finding_view(f, counter[0], run.rules.get(f.code), doc, reviewers, status))
    counts = Counter(f["severity"] for f in findings)
    placed = [f for f in findings if f["in_text"]]
    return {
        "path": result.path,
        "title": _title(result, doc),
        "error": result.error,
        "meta": _front_matter(result.meta),
        "metrics": _metrics(result.metrics),
        "link_health": _link_health(result, findings),
        "counts": {s: counts.get(s, 0) for s in SEVERITIES},
        "findings": findings,
        "whole_file": [f for f in findings if not f["in_text"]],
        "groups": finding_groups(placed),
        "blocks": render_blocks(doc, placed) if doc is not None else [],
        "references": references(doc, findings) if doc is not None else [],
        "reviewers": list(assignment.article) if assignment is not None else [],
        "fixed": list(fixed),
        "slug": "file-" + hashlib.sha1(result.path.encode("utf-8")).hexdigest()[:10],
    }


def finding_groups(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings placed in the text, one collapsible group per family (category), the
    most serious family first; text order within a group."""
    from lint_rules.core import CATEGORIES

    groups: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        groups.setdefault(f["category"], []).append(f)
    out = []
    for category, members in groups.items():
        counts = Counter(f["severity"] for f in members)
        worst = max(counts, key=_SEV_RANK.__getitem__)
        out.append({
            "category": category, "description": CATEGORIES.get(category, ""),
            "findings": members, "count": len(members), "worst": worst,
            "counts": [(s, counts[s]) for s in SEVERITIES if counts.get(s)],
        })
    out.sort(key=lambda g: (-_SEV_RANK[g["worst"]], -g["count"], g["category"]))
    return out


def load_document(result: Any) -> Any:
    """Re-parse the file the result came from; None when it cannot be read now."""
    if result.error or not result.kind:
        return None
    from lint_rules.loading import InputError, read_source
    from lint_rules.parsing import parse_document

    try:
        source = read_source(result.path, result.kind, max_bytes=64 * 1024 * 1024)
    except InputError:
        return None
    return parse_document(result.path, source, result.kind)


def _title(result: Any, doc: Any) -> str:
    if doc is not None and doc.title:
        return str(doc.title)
    return str(result.meta.get("title", "")) if result.meta else ""


_META_KEYS = ("title", "author", "authors", "reviewer", "reviewers", "medically_reviewed_by",
              "date", "published", "updated", "last_reviewed")


def _front_matter(meta: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    out = []
    for key in _META_KEYS:
        if meta and meta.get(key) not in (None, "", []):
            value = meta[key]
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            out.append((humanise(key), text))
    return out


#: Labels for the metrics healthlint's own rules record; other keys are humanised.
METRIC_LABELS: Mapping[str, str] = {
    "words": "Words",
    "sentences": "Sentences",
    "links": "Links",
    "readability.long_sentences": "Long sentences",
    "readability.flesch_kincaid_grade": "Reading grade (Flesch–Kincaid)",
    "readability.smog": "Reading grade (SMOG)",
    "readability.flesch_reading_ease": "Reading ease (Flesch, 0–100, higher is easier)",
    "readability.target_grade": "Target reading grade",
    "readability.standard": "Readability standard",
}
#: Counts recorded twice (the readability rules count the running text they score; the
#: engine counts the body): the table shows the engine's, once.
_DUPLICATE_METRICS = frozenset({"readability.words", "readability.sentences"})
_STANDARDS = {"nih": "NIH (below grade 8)", "ama": "AMA (grade 6)"}


def _metrics(metrics: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Scalar metrics for the summary table with human labels (readability scores, counts),
    each count once; nested values (per-section detail) stay in the JSON output."""
    flat: list[tuple[str, Any]] = []
    for key, value in metrics.items():
        if isinstance(value, Mapping):
            flat.extend((f"{key}.{sub}", v) for sub, v in value.items())
        else:
            flat.append((key, value))
    known = list(METRIC_LABELS)
    flat.sort(key=lambda kv: (known.index(kv[0]) if kv[0] in known else len(known)))
    out = []
    for key, value in flat:
        if key in _DUPLICATE_METRICS or isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if isinstance(value, float):
            value = round(value, 1)
        if key == "readability.standard":
            value = _STANDARDS.get(str(value).lower(), value)
        if key in METRIC_LABELS:
            label = METRIC_LABELS[key]
        elif "." in key:
            head, sub = key.split(".", 1)
            label = f"{humanise(head)}: {humanise(sub).lower()}"
        else:
            label = humanise(key)
        out.append((label, value))
    return out


def _link_health(result: Any, findings: list[dict[str, Any]]) -> dict[str, Any]:
    link_findings = [f for f in findings if f["category"] == "links"]
    classes = result.metrics.get("link_classes") or {}
    return {
        "links": result.metrics.get("links", 0),
        # the link checker records how it classed each link; without it nothing was fetched
        "checked": "link_classes" in result.metrics,
        "checked_links": sum(n for c, n in classes.items() if c != "excluded"),
        # no network, timeouts, bot walls: "0 problems" would claim what nobody saw
        "unverified": sum(n for c, n in classes.items() if c in ("unverifiable", "no-network")),
        "problems": len(link_findings),
        "by_severity": Counter(f["severity"] for f in link_findings),
    }


def finding_view(
    f: Any, number: int, rule: Any, doc: Any, reviewers: Sequence[str], status: str | None
) -> dict[str, Any]:
    sev = str(f.severity)
    docs = rule.docs() if rule is not None else {}
    span = prose_span(f, doc)
    related = []
    for k, rel in enumerate(f.related):
        placed = bool(doc is not None and 0 <= rel.start < rel.end <= len(doc.text)
                      and doc.excerpt(rel.start, rel.end) == rel.excerpt)
        related.append({
            "anchor": f"r{number}-{k}" if placed else None, "start": rel.start, "end": rel.end,
            "message": rel.message, "excerpt": rel.excerpt, "line": rel.location.line,
            "column": rel.location.column,
        })
    return {
        "number": number,
        "id": f"f{number}",
        "code": f.code,
        "name": f.name,
        "category": f.category,
        "severity": sev,
        "letter": _SEV_LETTER[sev],
        "icon": _SEV_ICON[sev],
        "message": f.message,
        "line": f.location.line,
        "column": f.location.column,
        "excerpt": f.excerpt,
        "start": span[0] if span else f.start,
        "end": span[1] if span else f.end,
        "in_text": span is not None,
        "related": related,
        "suggestion": f.suggestion,
        "evidence": dict(f.evidence),
        "docs": [(title, docs[title]) for title in ("What it flags", "Why it matters", "Example", "Better")
                 if docs.get(title)],
        "summary": docs.get("summary", ""),
        "reviewers": list(reviewers),
        "status": status,
    }


def prose_span(f: Any, doc: Any) -> tuple[int, int] | None:
    """Where to highlight a finding in the text: its prose span when it still matches the
    file; for a finding on a link's URL in the source (dead links), the link's words."""
    if doc is None:
        return None
    if 0 <= f.start < f.end <= len(doc.text):
        return (f.start, f.end) if doc.excerpt(f.start, f.end) == f.excerpt else None
    if f.start < 0:
        s, e = f.location.start_offset, f.location.end_offset
        for link in doc.links:
            if link.url_source and link.end > link.start and \
                    link.url_source[0] <= s and e <= link.url_source[1] and s < e:
                return link.start, link.end
    return None


# -- the article text with highlights -------------------------------------------------------


def render_blocks(doc: Any, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The document's blocks as ``{kind, level, html}``; every finding (and each related
    span of a contradiction) becomes a link around its words, split where spans overlap."""
    from markupsafe import escape

    spans = []
    for f in findings:
        spans.append((f["start"], f["end"], f, None))
        for rel in f["related"]:
            if rel["anchor"]:
                spans.append((rel["start"], rel["end"], f, rel))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out = []
    for block in doc.blocks:
        if not block.is_prose:
            code = doc.source[block.source_start:block.source_end]
            out.append({"kind": "code", "level": 0, "html": escape(code), "role": block.role})
            continue
        inside = [s for s in spans if s[0] < block.end and s[1] > block.start]
        codes = [(p, code) for p, code in getattr(doc, "inline_code", ()) if block.start <= p <= block.end]
        out.append({
            "kind": block.kind, "level": block.level, "role": block.role,
            "html": _highlight(doc.text, block.start, block.end, inside, codes),
        })
    return out


def _highlight(text: str, start: int, end: int, spans: list[tuple[int, int, Any, Any]],
               codes: Sequence[tuple[int, str]] = ()) -> Any:
    """The block's prose with findings as links, and its inline code put back where it
    stood (rules never read code, but an editor reading the article must see it)."""
    from markupsafe import Markup, escape

    cuts = {start, end}
    for s, e, _, _ in spans:
        cuts.update(p for p in (s, e) if start < p < end)
    cuts.update(p for p, _ in codes)
    points = sorted(cuts)
    parts: list[str] = []
    at: dict[int, list[str]] = {}
    for p, code in codes:
        at.setdefault(p, []).append(f"<code>{escape(code)}</code>")
    parts.extend(at.pop(start, []))
    for a, b in itertools.pairwise(points):
        piece = escape(text[a:b])
        covering = [s for s in spans if s[0] < b and s[1] > a]
        if not covering:
            parts.append(piece)
        else:
            parts.append(_mark(piece, a, covering))
        for s, e, f, rel in spans:
            if e == b or (b == end and e > end and s < end):
                parts.append(_badge(f, rel, escape))
        parts.extend(at.pop(b, []))
    return Markup("".join(parts))


def _mark(piece: Any, a: int, covering: list[tuple[int, int, Any, Any]]) -> str:
    from markupsafe import escape

    primary = [c for c in covering if c[3] is None]
    lead = max(primary or covering, key=lambda c: (_SEV_RANK[c[2]["severity"]], -c[2]["number"]))
    worst = max(_SEV_RANK[c[2]["severity"]] for c in covering)
    sev = next(k for k, v in _SEV_RANK.items() if v == worst)
    ids = " ".join(dict.fromkeys(c[2]["id"] for c in covering))
    classes = f"hl sev-{sev}" + ("" if primary else " rel")
    anchor = ""
    for s, _, f, rel in covering:
        if s == a:
            anchor = f' id="{rel["anchor"] if rel else "m" + str(f["number"])}"'
            break
    titles = "; ".join(
        (f"{c[2]['severity']} {c[2]['code']}: " + (c[3]["message"] if c[3] else c[2]["message"]))
        for c in covering
    )
    return (f'<a class="{classes}" href="#{lead[2]["id"]}" data-f="{ids}"{anchor} '
            f'title="{escape(titles)}">{piece}</a>')


def _badge(f: dict[str, Any], rel: Any, escape: Any) -> str:
    label = f"↔{f['number']}" if rel else f"{f['letter']}{f['number']}"
    spoken = (f"related to finding {f['number']}" if rel
              else f"{f['severity']} finding {f['number']}")
    return (f'<sup class="badge sev-{f["severity"]}" data-f="{f["id"]}">'
            f'<span aria-hidden="true">{label}</span>'
            f'<span class="vh">({escape(spoken)})</span></sup>')


# -- references ----------------------------------------------------------------------------


def references(doc: Any, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries of the reference list with their status: a link or reference finding on
    the entry's words, or whose evidence names its URL or identifier, marks it; otherwise
    no problem was found."""
    link_findings = [(f, json.dumps(f["evidence"], default=str))
                     for f in findings if f["category"] in ("links", "references")]
    out = []
    for entry in _reference_entries(doc):
        keys = [k for k in (*entry["urls"], *entry["ids"].values()) if k]
        problems = [
            f for f, evidence in link_findings
            if (f["in_text"] and f["start"] < entry["end"] and f["end"] > entry["start"])
            or any(k in evidence for k in keys)
        ]
        status = max((p["severity"] for p in problems), key=_SEV_RANK.__getitem__) if problems else "ok"
        out.append({**entry, "problems": problems, "status": status})
    return out


def _reference_entries(doc: Any) -> list[dict[str, Any]]:
    """From the citations analysis when it is installed, else one entry per list item or
    paragraph of the reference section."""
    try:
        from lint_rules.analysis.references import reference_entries
    except ImportError:
        return [
            {"start": b.start, "end": b.end, "text": " ".join(doc.block_text(b).split()),
             "title": None, "urls": [lk.url for lk in doc.links if lk.block == i], "ids": {}}
            for i, b in doc.blocks_with_role("references") if b.kind != "heading"
        ]
    out = []
    for e in reference_entries(doc):
        ids = {k: v for k, v in (("DOI", e.doi), ("PMID", e.pmid), ("PMCID", e.pmcid)) if v}
        out.append({"start": e.start, "end": e.end, "text": " ".join(e.text.split()),
                    "title": e.title, "urls": list(e.urls or ([e.url] if e.url else [])),
                    "ids": ids})
    return out


# -- the scan's index ----------------------------------------------------------------------


def index_summary(results: Sequence[Any], rules: Mapping[str, Any]) -> dict[str, Any]:
    """The nightly index's summary tables as plain data: findings by family (category) and
    by rule, each with its severities and how many articles have one, most serious first."""
    from lint_rules.core import CATEGORIES

    families: dict[str, dict[str, Any]] = {}
    by_rule: dict[str, dict[str, Any]] = {}
    for r in results:
        for f in r.findings:
            sev = str(f.severity)
            fam = families.setdefault(f.category, {
                "name": f.category, "description": CATEGORIES.get(f.category, ""),
                "error": 0, "warning": 0, "info": 0, "files": set()})
            fam[sev] += 1
            fam["files"].add(r.path)
            rule = rules.get(f.code)
            row = by_rule.setdefault(f.code, {
                "code": f.code, "name": f.name, "category": f.category,
                "summary": rule.summary() if rule is not None else "",
                "error": 0, "warning": 0, "info": 0, "files": set()})
            row[sev] += 1
            row["files"].add(r.path)

    def finish(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            row["articles"] = len(row.pop("files"))
            row["total"] = row["error"] + row["warning"] + row["info"]
        return sorted(rows, key=lambda x: (-x["error"], -x["warning"], -x["info"],
                                           x.get("code", x["name"])))

    return {"families": finish(list(families.values())), "rules": finish(list(by_rule.values()))}


def index_row_terms(result: Any, reviewers: Sequence[str]) -> dict[str, Any]:
    """What the index's filter matches an article row on: its families, rule codes and
    reviewers (space-separated, for ``data-*`` attributes and the filter box)."""
    return {
        "families": " ".join(sorted({f.category for f in result.findings})),
        "codes": " ".join(sorted({f.code for f in result.findings})),
        "reviewers": "|".join(reviewers),
    }


# -- entry point ---------------------------------------------------------------------------


def render(run: RunReport) -> str:
    return render_template("report.html.j2", **build(run))
