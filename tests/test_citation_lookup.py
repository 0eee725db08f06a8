"""Online citation rules (CIT101–CIT103) against real HTTP servers on 127.0.0.1 that answer
in Crossref's and PubMed's documented formats (sample answers in tests/data/), plus the
parsers on those answers and one live test marked ``network``."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from lint_rules.api import lint_text
from lint_rules.config import ConfigError
from lint_rules.services.lookups import crossref, parse_lookup_settings, pubmed

DATA = Path(__file__).parent / "data"
NETWORK = {"cache": False, "allow-private-networks": True, "timeout": 2, "backoff": 0.01,
           "retries": 1, "contact": "editor@example.org"}


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


# -- parsers on stored answers ---------------------------------------------------------

def test_crossref_work_with_retraction_watch_notice() -> None:
    art = crossref.parse_work(load("crossref/work-retracted.json")["message"])
    assert art.journal == "The Lancet" and art.year == 1998
    assert art.authors == ["Wakefield AJ"]
    assert [u.type for u in art.updates] == ["correction", "retraction"]
    assert art.retraction is not None
    assert art.retraction.type == "retraction"
    assert art.retraction.source == "retraction-watch"
    assert art.retraction.year == 2010


def test_crossref_expression_of_concern_and_clean_record() -> None:
    concern = crossref.parse_work(load("crossref/work-concern.json")["message"])
    assert concern.retraction is not None and concern.retraction.type == "expression_of_concern"
    ok = crossref.parse_work(load("crossref/work-ok.json")["message"])
    assert ok.retraction is None and ok.year == 2020 and ok.journal == "BMJ"
    assert "Doe Jane et al." in ok.cite() and "doi:10.1136/bmj.m1234" in ok.cite()


def test_crossref_search_items() -> None:
    items = crossref.parse_search(load("crossref/search-match.json"))
    assert len(items) == 1 and items[0].score == 38.5
    assert items[0].journal_abbrev == "Pharmacognosy Res"


def test_pubmed_esummary_retracted_and_missing() -> None:
    found = pubmed.parse_esummary(load("pubmed/esummary.json"))
    assert found["11111111"] is None
    ok = found["31234567"]
    assert ok is not None and ok.doi == "10.1136/gutjnl-2019-0001" and ok.year == 2019
    assert ok.title == "Gastric effects of NSAIDs in older adults"
    bad = found["29999999"]
    assert bad is not None and bad.retraction is not None and bad.retraction.source == "pubmed"
    assert pubmed.parse_esearch(load("pubmed/esearch.json")) == ["31234567"]


def test_settings_are_validated() -> None:
    s = parse_lookup_settings({"ncbi-api-key": "abc"}, {"contact": "me@example.org"})
    assert s.pubmed_interval == 0.1 and s.contact == "me@example.org"
    assert parse_lookup_settings({}).pubmed_interval == 0.34
    with pytest.raises(ValueError, match="unknown key"):
        parse_lookup_settings({"crossref": "x"})
    with pytest.raises(ConfigError, match="crossref-url"):
        lint_text("x", select=["CIT101"], extra_config={"citations": {"crossref-url": "ftp://x"}})


# -- the rules against local servers ---------------------------------------------------

@pytest.fixture
def services(httpserver: Any) -> Any:
    """Crossref under /crossref and E-utilities under /eutils on one local server."""
    hs = httpserver
    hs.expect_request("/crossref/works/10.1136/bmj.m1234").respond_with_json(load("crossref/work-ok.json"))
    hs.expect_request("/crossref/works/10.1016/s0140-6736(97)11096-0").respond_with_json(
        load("crossref/work-retracted.json"))
    hs.expect_request("/crossref/works/10.5555/concern.2019.1").respond_with_json(
        load("crossref/work-concern.json"))
    hs.expect_request("/crossref/works/10.9999/made.up.2016").respond_with_json(
        {"status": "error", "message": "Resource not found."}, status=404)
    hs.expect_request("/eutils/esummary.fcgi").respond_with_json(load("pubmed/esummary.json"))
    hs.expect_request("/eutils/esearch.fcgi").respond_with_json(load("pubmed/esearch-empty.json"))
    hs.expect_request("/crossref/works", query_string={"query.bibliographic": "kratom inflammation rat",
                                                         "rows": "5", "mailto": "editor@example.org",
                                                         "query.container-title": "Pharmacognosy Research",
                                                         "filter": "from-pub-date:2017,until-pub-date:2017"}
                      ).respond_with_json(load("crossref/search-match.json"))
    hs.expect_request("/crossref/works").respond_with_json(load("crossref/search-no-match.json"))
    return hs


def online(text: str, hs: Any, select: list[str], kind: str = "markdown", **citations: Any) -> list[Any]:
    cfg = {"network": NETWORK, "citations": {"crossref-url": hs.url_for("/crossref"),
                                             "pubmed-url": hs.url_for("/eutils"), **citations}}
    return lint_text(text, kind=kind, select=select, online=True, extra_config=cfg)


def test_doi_that_does_not_exist(services: Any) -> None:
    found = online("A trial (doi:10.9999/made.up.2016) and one (doi:10.1136/bmj.m1234).\n",
                   services, ["CIT101"])
    assert [(f.code, str(f.severity), f.column) for f in found] == [("CIT101", "error", 14)]
    assert "10.9999/made.up.2016" in found[0].message


def test_pmid_that_does_not_exist_and_one_that_does(services: Any) -> None:
    found = online("See PMID: 11111111 and PMID: 31234567.\n", services, ["CIT101"])
    assert len(found) == 1 and "11111111" in found[0].message
    request = next(r for r, _ in services.log if r.path.endswith("esummary.fcgi"))
    assert request.args["id"] == "11111111,31234567" and request.args["retmode"] == "json"


def test_retractions_from_crossref_and_pubmed(services: Any) -> None:
    text = ("The vaccine was linked to autism [1]. Kratom cures everything [2]. A herb eases joints [3].\n\n"
            "## References\n\n"
            "1. Wakefield AJ. Ileal-lymphoid-nodular hyperplasia. Lancet. 1998. doi:10.1016/S0140-6736(97)11096-0\n"
            "2. Doe J. Kratom cures everything. Med Hypotheses. 2015. PMID: 29999999\n"
            "3. Roe A. Herbal extract and joint pain. 2019. https://doi.org/10.5555/concern.2019.1\n")
    found = online(text, services, ["CIT102"])
    got = sorted((f.location.line, str(f.severity)) for f in found)
    assert got == [(5, "error"), (6, "error"), (7, "warning")]
    lancet = next(f for f in found if f.location.line == 5)
    assert "retraction" in lancet.message and "retraction-watch" in lancet.message
    assert lancet.suggestion and "10.1016/s0140-6736(10)60175-4" in lancet.suggestion


def test_seed_mentions_found_and_not_found(services: Any) -> None:
    text = ("For instance, a study published in the Journal of Ethnopharmacology (2016) revealed that "
            "kratom extract significantly alleviated pain and inflammation in animal models.\n\n"
            "For instance, a study published in Pharmacognosy Research (2017) demonstrated that kratom "
            "decreased inflammation in rat models.\n")
    found = online(text, services, ["CIT103"])
    assert [(f.location.line, str(f.severity)) for f in found] == [(1, "warning"), (3, "info")]
    missing, match = found
    assert "No matching article found" in missing.message
    assert missing.evidence["candidates"][0]["doi"] == "10.1016/j.jep.2016.02.011"
    assert match.suggestion and "10.4103/0974-8490.199999" in match.suggestion
    searches = [r for r, _ in services.log if r.path == "/crossref/works"]
    assert searches and all(r.args["mailto"] == "editor@example.org" for r in searches)
    assert all("editor@example.org" in r.headers.get("User-Agent", "") for r, _ in services.log)
    pubmed_terms = [r.args["term"] for r, _ in services.log if r.path.endswith("esearch.fcgi")]
    assert any('"Journal of Ethnopharmacology"[journal]' in t and "2016[dp]" in t for t in pubmed_terms)


def test_doi_pasted_onto_another_citation(services: Any) -> None:
    text = ("Kratom regrows hair [1]. Walking lowers blood pressure [2].\n\n## References\n\n"
            "1. Tan D. Kratom extract and hair regrowth in adults. J Ethnopharmacol. 2016. doi:10.1136/bmj.m1234\n"
            "2. Doe J, Lee K. Walking and blood pressure in older adults. BMJ. 2020. doi:10.1136/bmj.m1234\n"
            "3. Doe J, Lee K. Walking and blood pressure in older adults. BMJ. 2012. doi:10.1136/bmj.m1234\n")
    found = online(text, services, ["CIT104"])
    assert [(f.location.line, f.code) for f in found] == [(5, "CIT104"), (7, "CIT104")]
    assert "Walking and blood pressure" in found[0].message and "2012" in found[1].message


def test_api_key_goes_to_pubmed(services: Any) -> None:
    online("See PMID: 31234567.\n", services, ["CIT101"], **{"ncbi-api-key": "k123"})
    request = next(r for r, _ in services.log if r.path.endswith("esummary.fcgi"))
    assert request.args["api_key"] == "k123"


def test_retry_after_is_honoured(httpserver: Any) -> None:
    httpserver.expect_oneshot_request("/crossref/works/10.9999/made.up.2016").respond_with_data(
        "busy", status=503, headers={"Retry-After": "0"})
    httpserver.expect_request("/crossref/works/10.9999/made.up.2016").respond_with_json({}, status=404)
    found = online("A trial (doi:10.9999/made.up.2016).\n", httpserver, ["CIT101"])
    assert len(found) == 1 and len(httpserver.log) == 2


def test_unreachable_service_is_a_note_not_a_finding() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    services: dict[str, Any] = {}
    cfg = {"network": {**NETWORK, "retries": 0}, "citations": {
        "crossref-url": f"http://127.0.0.1:{port}", "pubmed-url": f"http://127.0.0.1:{port}"}}
    found = lint_text("A trial (doi:10.9999/made.up.2016), PMID: 31234567.\n", select=["CIT101", "CIT102"],
                      online=True, extra_config=cfg, services=services)
    assert found == []
    notes = [n for n in services.get("notes", []) if "citation look-ups" in str(n)]
    assert len(notes) == 2  # Crossref once, PubMed once


# -- the live services -----------------------------------------------------------------

@pytest.mark.network
def test_live_crossref_reports_the_retracted_wakefield_paper(require_host) -> None:
    require_host("api.crossref.org")
    found = lint_text("MMR was linked to autism (doi:10.1016/S0140-6736(97)11096-0).\n",
                      select=["CIT102"], online=True,
                      extra_config={"network": {"cache": False, "timeout": 20}})
    assert found and found[0].code == "CIT102"
