"""The online credential rules against a local HTTP server that answers in the NPPES and
ORCID documented formats (sample answers in tests/data/npi and tests/data/orcid)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from lint_rules.api import lint_text
from lint_rules.config import ConfigError
from lint_rules.services.lookups.npi import parse_npi_response
from lint_rules.services.lookups.orcid import parse_orcid_record

DATA = Path(__file__).parent / "data"
NETWORK = {"cache": False, "allow-private-networks": True, "timeout": 2, "retries": 1, "backoff": 0.01}


def sample(kind: str, name: str) -> dict:
    return json.loads((DATA / kind / name).read_text(encoding="utf-8"))


def run(server: HTTPServer, text: str, select: str) -> list:
    config = {
        "network": NETWORK,
        "credentials": {"npi-registry-url": server.url_for("/api/"), "orcid-api-url": server.url_for("/")},
    }
    return [f for f in lint_text(text, select=[select], online=True, extra_config=config, services={})
            if f.code == select]


def npi_route(server: HTTPServer, number: str, answer: dict) -> None:
    server.expect_request("/api/", query_string={"version": "2.1", "number": number}).respond_with_json(answer)


def test_npi_matching_name_and_taxonomy_draws_nothing(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1234567893", sample("npi", "1234567893.json"))
    text = "Medically reviewed by Jane Doe, MD, a board-certified dermatologist (NPI 1234567893)\n\nHair regrows.\n"
    assert run(httpserver, text, "CRD101") == []
    assert len(httpserver.log) == 1


def test_npi_unknown_to_the_registry(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1245319599", sample("npi", "empty.json"))
    findings = run(httpserver, "Reviewed by Jane Doe, MD (NPI 1245319599)\n", "CRD101")
    assert [f.message for f in findings] == ["NPI 1245319599 is not in the NPPES NPI Registry"]
    assert findings[0].location.column == 31


def test_npi_registered_to_someone_else(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1245319599", sample("npi", "1245319599-nurse.json"))
    findings = run(httpserver, "Medically reviewed by Jane Doe, MD (NPI 1245319599)\n", "CRD101")
    assert len(findings) == 1
    assert "registered to John Roe, not Jane Doe" in findings[0].message
    assert findings[0].suggestion.startswith("Use Jane Doe's own NPI")


def test_npi_suggestion_names_the_author_not_a_reviewer(httpserver: HTTPServer) -> None:
    """The number may sit next to the author's name: the suggestion must not say "the
    reviewer's own NPI" whoever it belongs to."""
    npi_route(httpserver, "1245319599", sample("npi", "1245319599-nurse.json"))
    findings = run(httpserver, "By Chris Jones, MD (NPI 1245319599)\n\nHair regrows.\n", "CRD101")
    assert [f.suggestion.split(" (")[0] for f in findings] == ["Use Chris Jones' own NPI"]
    assert "reviewer" not in findings[0].suggestion


def test_npi_taxonomy_does_not_fit_the_credential(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1245319599", sample("npi", "1245319599-nurse.json"))
    findings = run(httpserver, "Medically reviewed by John Roe, MD, a cardiologist (NPI 1245319599)\n", "CRD101")
    assert len(findings) == 1
    assert "'Registered Nurse'" in findings[0].message and "MD" in findings[0].message
    assert findings[0].evidence["registry"]["taxonomy_code"] == "163W00000X"


def test_npi_specialty_not_in_taxonomy_is_info(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1234567893", sample("npi", "1234567893.json"))
    findings = run(httpserver, "Medically reviewed by Jane Doe, MD, a cardiologist (NPI 1234567893)\n", "CRD101")
    assert [(str(f.severity), "cardiology" in f.message) for f in findings] == [("info", True)]


def test_npi_error_envelope_and_server_error_are_reported_as_info(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1245319599", sample("npi", "errors.json"))
    findings = run(httpserver, "Reviewed by Jane Doe, MD (NPI 1245319599)\n", "CRD101")
    assert len(findings) == 1 and str(findings[0].severity) == "info"
    assert "refused the query" in findings[0].message
    httpserver.clear()
    httpserver.expect_request("/api/").respond_with_data("oops", status=500)
    findings = run(httpserver, "Reviewed by Jane Doe, MD (NPI 1245319599)\n", "CRD101")
    assert len(findings) == 1 and "Could not check" in findings[0].message


def test_invalid_npi_is_not_looked_up(httpserver: HTTPServer) -> None:
    assert run(httpserver, "Reviewed by Jane Doe, MD (NPI 1234567890)\n", "CRD101") == []
    assert len(httpserver.log) == 0


def test_each_npi_is_looked_up_once_per_run(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1234567893", sample("npi", "1234567893.json"))
    text = "Reviewed by Jane Doe, MD (NPI 1234567893).\n\nAlso NPI 1234567893 again.\n"
    run(httpserver, text, "CRD101")
    assert len(httpserver.log) == 1


def orcid_route(server: HTTPServer, orcid: str, answer: dict, status: int = 200) -> None:
    server.expect_request(f"/v3.0/{orcid}/record").respond_with_json(answer, status=status)


def test_orcid_matching_name(httpserver: HTTPServer) -> None:
    orcid_route(httpserver, "0000-0002-1825-0097", sample("orcid", "0000-0002-1825-0097.json"))
    text = "## About the Author\n\nJosiah Carberry, PhD, has published research on psychoceramics (ORCID 0000-0002-1825-0097).\n"
    assert run(httpserver, text, "CRD102") == []
    assert httpserver.log[0][0].headers.get("Accept") == "application/json"


def test_orcid_belongs_to_someone_else(httpserver: HTTPServer) -> None:
    orcid_route(httpserver, "0000-0002-1825-0097", sample("orcid", "0000-0002-1825-0097.json"))
    text = "## About the Author\n\nAnn Lee, PhD, has published research on sleep (ORCID 0000-0002-1825-0097).\n"
    findings = run(httpserver, text, "CRD102")
    assert [f.message for f in findings] == [
        "ORCID iD 0000-0002-1825-0097 belongs to Josiah Carberry, not Ann Lee"]


def test_orcid_without_works_behind_a_publication_claim(httpserver: HTTPServer) -> None:
    orcid_route(httpserver, "0000-0001-5109-3700", sample("orcid", "no-works.json"))
    text = "## About the Author\n\nAnn Lee, PhD, has published research on sleep (ORCID 0000-0001-5109-3700).\n"
    findings = run(httpserver, text, "CRD102")
    assert len(findings) == 1 and "lists no public works" in findings[0].message


def test_orcid_that_does_not_exist(httpserver: HTTPServer) -> None:
    orcid_route(httpserver, "0000-0003-0000-0003", sample("orcid", "not-found.json"), status=404)
    findings = run(httpserver, "Ann Lee (ORCID 0000-0003-0000-0003)\n", "CRD102")
    assert [f.message for f in findings] == ["ORCID iD 0000-0003-0000-0003 does not exist"]


def test_private_addresses_are_refused_without_the_setting(httpserver: HTTPServer) -> None:
    npi_route(httpserver, "1234567893", sample("npi", "1234567893.json"))
    config = {"network": {**NETWORK, "allow-private-networks": False},
              "credentials": {"npi-registry-url": httpserver.url_for("/api/")}}
    findings = [f for f in lint_text("Reviewed by Jane Doe, MD (NPI 1234567893)\n", select=["CRD101"],
                                     online=True, extra_config=config, services={})]
    assert len(findings) == 1 and str(findings[0].severity) == "info"
    assert len(httpserver.log) == 0


def test_bad_base_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="npi-registry-url must be an http"):
        lint_text("x", select=["CRD101"], online=True, extra_config={"credentials": {"npi-registry-url": "ftp://x"}})


def test_parsers_read_the_stored_answers() -> None:
    record = parse_npi_response(sample("npi", "1234567893.json"), "1234567893")
    assert record is not None and record.fields == {"medicine"} and record.last_name == "DOE"
    assert parse_npi_response(sample("npi", "empty.json"), "1234567893") is None
    orcid = parse_orcid_record(sample("orcid", "0000-0002-1825-0097.json"), "0000-0002-1825-0097")
    assert orcid.names[0] == "Josiah Carberry" and orcid.works == 2


# -- the live services -----------------------------------------------------------------

@pytest.mark.network
def test_live_orcid_knows_josiah_carberry(require_host) -> None:
    require_host("pub.orcid.org")
    text = "## About the Author\n\nAnn Lee, PhD, has published research (ORCID 0000-0002-1825-0097).\n"
    found = lint_text(text, select=["CRD102"], online=True,
                      extra_config={"network": {"cache": False, "timeout": 20}}, services={})
    assert [f.message for f in found] == ["ORCID iD 0000-0002-1825-0097 belongs to Josiah Carberry, not Ann Lee"]


@pytest.mark.network
def test_live_nppes_does_not_know_the_cms_example_number(require_host) -> None:
    require_host("npiregistry.cms.hhs.gov")
    found = lint_text("Reviewed by Jane Doe, MD (NPI 1234567893)\n", select=["CRD101"], online=True,
                      extra_config={"network": {"cache": False, "timeout": 20}}, services={})
    assert [f.message for f in found] == ["NPI 1234567893 is not in the NPPES NPI Registry"]
