"""GRM001 against a real LanguageTool server (``HEALTHLINT_LANGUAGETOOL_URL``).

CI starts one from Maven Central's jars (tools/ci/20-languagetool.sh). Locally:
``export HEALTHLINT_LANGUAGETOOL_URL=$(tools/languagetool/start.sh)``. Without it these tests
are skipped, except in CI, where a missing server is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_rules.api import lint_text
from lint_rules.core import Severity
from lint_rules.services import languagetool as lt

URL = os.environ.get(lt.ENV_URL)
ROOT = Path(__file__).resolve().parent.parent

if not URL and os.environ.get("CI"):
    pytest.fail(f"{lt.ENV_URL} is not set in CI: tools/ci/20-languagetool.sh did not start "
                "LanguageTool (see tools/languagetool/lib/server.log)", pytrace=False)

pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.skipif(not URL, reason=f"needs a LanguageTool server: set {lt.ENV_URL} "
                       "(tools/languagetool/start.sh starts one)"),
]


def grammar(text: str, kind: str = "markdown", services: dict | None = None, **config) -> list:
    return [f for f in lint_text(text, kind=kind, select=["GRM001"],
                                 extra_config={"grammar": config} if config else None,
                                 services=services if services is not None else {})
            if f.code == "GRM001"]


def test_agreement_error_maps_to_exact_source_position() -> None:
    text = "---\ntitle: Test\n---\n# Dosing\n\nTake it with food. They was happy with the result.\n"
    [f] = grammar(text)
    assert (f.location.line, f.location.column) == (6, 25)
    assert f.excerpt == "was"
    assert f.evidence["rule"] and f.evidence["languagetool"] == "server"
    assert f.severity == Severity.WARNING


def test_code_front_matter_urls_and_references_are_never_sent() -> None:
    text = (
        "---\ntitle: They was here\n---\n"
        "Good text here.\n\n"
        "```\nthey was wrong in code\n```\n\n"
        "See https://example.org/teh/sentense for more.\n\n"
        "## References\n\n"
        "1. Smith J. They was rigth. J Pain. 2020.\n"
    )
    assert grammar(text) == []


def test_spelling_errors_are_reported_but_medical_words_are_not() -> None:
    text = ("Patients with xerostomia took mitragynine, ashwagandha and larotrectinib "
            "for pain, and some felt an improvment.\n")
    found = grammar(text)
    assert [f.excerpt for f in found] == ["improvment"]
    assert "improvement" in (found[0].suggestion or "")


def test_project_word_list_from_config() -> None:
    text = "Our clinic uses the flurbo scale.\n"
    assert [f.excerpt for f in grammar(text)] == ["flurbo"]
    assert grammar(text, words=["flurbo"]) == []


def test_project_word_file_from_config(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("# our words\nflurbo\n", encoding="utf-8")
    text = "Our clinic uses the flurbo scale.\n"
    cfg = {"words-files": [str(tmp_path / "words.txt")]}
    assert grammar(text, **cfg) == []


def test_capitalised_names_mid_sentence_are_not_spelling_errors() -> None:
    text = "Dr. Weinstockx of Montmorencyx Hospital said Teh results were good. Thsi is the end.\n"
    assert [f.excerpt for f in grammar(text)] == ["Thsi"]  # a slip opening a sentence is reported
    assert grammar(text.replace("Thsi", "This")) == []


def test_names_drugs_and_compounds_the_article_vouches_for_are_not_misspellings() -> None:
    text = ("The study of tramiprosate was led by Harvey Klimanx at Brannigan Clinic. Klimanx "
            "said nondrug care also helped. Patients on tramiprosate slept better.\n\n"
            "Zhugex and colleagues found the same. They did not recieve a placebo.\n")
    assert [f.excerpt for f in grammar(text)] == ["recieve"]
    named = lint_text(text, select=["GRM001"], options={"GRM001": {"check-names": True}},
                      services={})
    # check-names turns the name tests off; "Klimanx" is still the article's consistent spelling
    assert [f.excerpt for f in named if f.excerpt[0].isupper()] == ["Brannigan", "Zhugex"]


def test_a_british_article_is_not_reported_word_by_word() -> None:
    text = "The trial was randomised, and the data were analysed and summarised by a second team.\n"
    assert not any(f.evidence["issue_type"] == "misspelling" for f in grammar(text))
    mixed = text + "\nA second trial was randomized.\n"
    assert {f.excerpt for f in grammar(mixed)} >= {"randomised", "analysed"}


def test_rules_and_categories_are_disabled_from_config() -> None:
    text = "They was happy. It was an improvment.\n"
    assert {f.excerpt for f in grammar(text)} == {"was", "improvment"}
    assert {f.excerpt for f in grammar(text, **{"disabled-categories": ["TYPOS"]})} == {"was"}
    rule_id = grammar(text)[0].evidence["rule"]
    assert {f.excerpt for f in grammar(text, **{"disabled-rules": [rule_id]})} == {"improvment"}


def test_severity_mapping_from_config() -> None:
    [f] = grammar("It was an improvment.\n", severity={"TYPOS": "error"})
    assert f.severity == Severity.ERROR


def test_offsets_after_emoji_stay_exact() -> None:
    # LanguageTool counts UTF-16 code units; an emoji is two of them
    [f] = grammar("We love it 😀 and 😀 but they was late.\n")
    assert f.excerpt == "was"
    assert f.location.column == len("We love it 😀 and 😀 but they ") + 1


def test_one_connection_and_one_request_per_file() -> None:
    services: dict = {}
    grammar("They was happy.\n", services=services)
    conn = services[lt.SERVICE]
    grammar("First paragraph is fine.\n\nSecond one: they was there.\n\n- a list item was ok\n",
            services=services)
    assert services[lt.SERVICE] is conn
    assert conn.requests == 2


def test_seed_article_is_checked_end_to_end() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "pipeline.py"), "check", str(ROOT / "fixtures/seed-kratom.md"),
         "--select", "grammar", "--format", "json"],
        capture_output=True, text=True, env={**os.environ, lt.ENV_URL: URL or ""}, timeout=120,
    )
    import json

    report = json.loads(out.stdout)
    codes = [f["code"] for f in report["files"][0]["findings"]]
    assert "GRM002" in codes  # the pasted search query, which LanguageTool misses
    assert not any("unavailable" in p for p in report["problems"])
    spelled = [f["excerpt"].lower() for f in report["files"][0]["findings"] if f["code"] == "GRM001"]
    assert "kratom" not in spelled and "mitragynine" not in spelled


def test_british_spelling_in_us_english_is_only_info() -> None:
    [f] = grammar("The trial was randomised.\n")
    assert f.severity == Severity.INFO and f.excerpt == "randomised"
    british = grammar("The trial was randomised.\n", language="en-GB")
    assert not any(f.evidence["issue_type"] == "misspelling" for f in british)


def test_confused_words_are_reported() -> None:
    """LanguageTool 6.6 answers THEIR_IS and LOOSE_LOSE in CONFUSED_WORDS with issue type
    "misspelling"; the words are real, so the unknown-word filter used to drop them."""
    found = grammar("I think their are many benefits. Patients loose weight fast. Their doctors agree.\n")
    assert [(f.excerpt, f.evidence["category"]) for f in found] == [
        ("their", "CONFUSED_WORDS"), ("loose", "CONFUSED_WORDS")]
