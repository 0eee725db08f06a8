"""The offline half of grammar: what is sent to LanguageTool, how its offsets map back,
the medical vocabulary, configuration, and the run-level note when LanguageTool is missing.
(GRM001's answers are tested against a real server in test_languagetool.py.)"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from lint_rules import languagetool as lt
from lint_rules.api import lint_text, make_config
from lint_rules.config import ConfigError
from lint_rules.grammar import accepted, shipped_vocabulary
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document
from lint_rules.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent


def doc_of(text: str, kind: str = "markdown"):
    return parse_document("t.md", normalise_newlines(text), kind)


def test_request_is_a_slice_of_prose_with_only_body_text_checked() -> None:
    doc = doc_of(
        "---\ntitle: T\n---\n# Heading\n\nBody with https://example.org/x inside.\n\n"
        "```\ncode here\n```\n\n| a | b |\n|---|---|\n| c | d |\n\nLast body line.\n\n"
        "## References\n\n1. Smith J. Title. 2020.\n"
    )
    req = lt.annotated_text(doc)
    sent = "".join(p.get("text", p.get("markup", "")) for p in req.parts)
    assert sent == doc.text[req.base:req.base + len(sent)]
    checked = "".join(p["text"] for p in req.parts if "text" in p)
    assert "https://" not in checked and "code here" not in checked
    assert "Smith" not in sent  # the reference list is not even sent
    assert "Last body line." in checked and "Heading" in checked
    assert all(s < e for s, e in req.checked)


def test_a_document_without_body_prose_sends_nothing() -> None:
    assert lt.annotated_text(doc_of("```\nonly code\n```\n")).empty


def test_utf16_offsets_are_mapped_to_code_points() -> None:
    assert lt.utf16_to_index("plain") is None
    table = lt.utf16_to_index("a😀b")
    assert table is not None
    assert table[3] == 2  # "b" is UTF-16 unit 3, code point 2


def test_matches_on_markup_are_dropped_and_offsets_are_prose_offsets() -> None:
    doc = doc_of("Intro.\n\nSee https://example.org/x now they was.\n")
    req = lt.annotated_text(doc)
    sent = "".join(p.get("text", p.get("markup", "")) for p in req.parts)
    url_at, was_at = sent.index("https"), sent.index("was")
    raw = [
        {"offset": url_at, "length": 5, "rule": {"id": "X", "category": {"id": "TYPOS"}, "issueType": "misspelling"}},
        {"offset": was_at, "length": 3, "rule": {"id": "Y", "category": {"id": "GRAMMAR"}, "issueType": "grammar"}},
    ]
    [m] = lt.map_matches(doc, req, raw)
    assert doc.text[m.start:m.end] == "was" and m.rule_id == "Y"


def test_medical_vocabulary() -> None:
    vocab = shipped_vocabulary()
    for word in ("mitragynine", "Ashwagandha", "kratom’s", "xerostomia"):
        assert accepted(word, vocab), word
    assert accepted("tivanisiran", vocab)  # a drug stem (-siran)
    assert not accepted("improvment", vocab)
    assert accepted("Tivanisiran", frozenset())  # a drug name opening a sentence
    assert not accepted("TIVANISIRAN", frozenset())  # stems only for lower-case or title-case words


def test_grammar_is_off_by_default_and_selectable() -> None:
    rules = load_registry().rules
    cfg = make_config()
    assert not cfg.enabled(rules["GRM001"]) and cfg.enabled(rules["GRM002"])
    assert make_config(select=["ALL", "GRM001"]).enabled(rules["GRM001"])


@pytest.mark.parametrize(("table", "problem"), [
    ({"server": 5}, "server: must be a string"),
    ({"words": "flurbo"}, "words: must be a list"),
    ({"severity": {"TYPOS": "fatal"}}, "unknown severity"),
    ({"colour": True}, "colour: unknown key"),
])
def test_config_errors_name_the_key(table: dict, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        make_config(extra={"grammar": table})


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unavailable_languagetool_is_one_note_and_other_rules_run(tmp_path: Path) -> None:
    for i in range(9):  # enough files for worker processes
        (tmp_path / f"a{i}.md").write_text(
            "The good news is that does hair loss from kratom grow back naturally.\n", encoding="utf-8")
    (tmp_path / ".healthlint.toml").write_text(
        f'[grammar]\nserver = "http://127.0.0.1:{_closed_port()}"\nlocal = false\n', encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(ROOT / "pipeline.py"), "check", str(tmp_path), "--select", "grammar",
         "--format", "json"],
        capture_output=True, text=True, timeout=60,
        env={k: v for k, v in __import__("os").environ.items() if k != lt.ENV_URL},
    )
    report = json.loads(out.stdout)
    notes = [p for p in report["problems"] if "LanguageTool is unavailable" in p]
    assert len(notes) == 1 and lt.ENV_URL in notes[0]
    codes = [f["code"] for r in report["files"] for f in r["findings"]]
    assert codes == ["GRM002"] * 9  # the offline grammar rule still ran on every file
    assert "Traceback" not in out.stderr


def test_grammar_note_through_the_api_when_nothing_answers() -> None:
    services: dict = {}
    found = lint_text("They was here.\n", select=["GRM001"], services=services,
                      extra_config={"grammar": {"server": f"http://127.0.0.1:{_closed_port()}",
                                                "local": False}})
    assert found == []
    assert services[lt.SERVICE] is None and len(services["notes"]) == 1
