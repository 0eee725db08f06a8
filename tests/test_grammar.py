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

from lint_rules.api import lint_text, make_config
from lint_rules.config import ConfigError
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document
from lint_rules.registry import load_registry
from lint_rules.rules.grammar import (
    accepted,
    one_edit_from_a_word,
    shipped_vocabulary,
    why_not_a_misspelling,
    writes_one_variety,
)
from lint_rules.services import languagetool as lt

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
    assert len(notes) == 1 and "[grammar] server" in notes[0]  # names the setting to fix
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


# -- GRM001's spelling filter, offline: LanguageTool's matches are built by hand ----------


def spelling_match(doc, word: str, nth: int = 0, message: str = "Possible spelling mistake found.",
                   replacements: tuple[str, ...] = ()) -> lt.LTMatch:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return lt.LTMatch(start=start, end=start + len(word), rule_id="MORFOLOGIK_RULE_EN_US",
                      category="TYPOS", issue_type="misspelling", message=message,
                      replacements=replacements, sentence="")


def why(text: str, word: str, nth: int = 0, **kwargs) -> str | None:
    doc = doc_of(text)
    return why_not_a_misspelling(doc, spelling_match(doc, word, nth), shipped_vocabulary(), **kwargs)


def test_a_misspelling_is_one_edit_from_a_word_and_a_new_drug_is_not() -> None:
    vocab = shipped_vocabulary()
    for slip in ("recieve", "dosege", "untill", "perscription", "definately", "fluorouacil"):
        assert one_edit_from_a_word(slip, vocab), slip
    for word in ("tramiprosate", "ataluren", "exosomes"):
        assert not one_edit_from_a_word(word, vocab), word


def test_a_sentence_initial_name_the_document_uses_elsewhere_is_a_name() -> None:
    text = "The study was led by Brian Hallstrm. Hallstrm said it was small.\n"
    assert why(text, "Hallstrm", nth=1) == "name"
    assert why("Hallstrm is the lead author.\n", "Hallstrm") is None  # nothing says it is a name
    assert why("Hallstrm is the lead author.\n", "Hallstrm", check_names=True) is None


@pytest.mark.parametrize("text", [
    "Faustmn's team reported it first.",
    "Faustmn said the results were clear.",
    "Faustmn, who leads the lab, disagreed.",
    "Faustmn and colleagues tested 40 mice.",
    "Mihaii G. Netea was not involved.",
    "Mihaii Netea was not involved.",
])
def test_what_follows_a_sentence_initial_word_can_show_it_is_a_name(text: str) -> None:
    word = text.split()[0].split("'")[0].rstrip(",")
    assert why(text + "\n", word) == "name"
    assert why(text + "\n", word, check_names=True) is None


def test_a_wire_dateline_opening_a_paragraph_is_a_name() -> None:
    assert why("Newswise — Researchers found a new marker.\n", "Newswise") == "name"
    assert why("Recieve the dose with food.\n", "Recieve") is None


def test_a_word_the_document_uses_consistently_is_its_own_term() -> None:
    text = "The drug tramiprosate was tested. Patients on tramiprosate did better.\n"
    assert why(text, "tramiprosate") == "used consistently"
    # a repeated slip is still one letter from the word it misspells
    twice = "Fill the perscription today. A second perscription is rarely needed.\n"
    assert why(twice, "perscription") is None
    assert why("The drug tramiprosate was tested.\n", "tramiprosate") is None


def test_prefixed_and_hyphenated_compounds_of_known_words_are_not_misspellings() -> None:
    for word in ("nondrug", "photomedicine", "neuroendovascular", "nano-sized", "anti-anxiety"):
        assert why(f"They studied {word} effects in adults.\n", word) == "compound", word
    assert why("Wait untill tomorrow.\n", "untill") is None  # "un" + "till", but "until"
    assert why("They studied non-benzodiazapenes in adults.\n", "non-benzodiazapenes") is None


def test_words_of_a_web_address_broken_by_spaces() -> None:
    text = "Details are at https:/ / www. heartcentre. org/ en/ about-us/ aha-financial now.\n"
    for word in ("https", "www", "heartcentre", "aha-financial"):
        assert why(text, word) == "web address", word
    assert why("Visit www.nih.gov. Recieve the results.\n", "Recieve") is None


def test_suspended_hyphen_and_species_names() -> None:
    assert why("Compare plant- versus marine-derived oils.\n", "plant- versus") == "suspended hyphen"
    assert why("The herbs Mucuna pruriens and Huperzia serrata were used.\n", "pruriens") == "species name"
    assert why("The herbs Mucuna pruriens and Huperzia serrata were used.\n", "serrata") == "species name"
    assert why("The Florida pruriens was used.\n", "pruriens") is None  # Florida is a dictionary word


def variant_matches(doc, words: list[tuple[str, str]]) -> list[lt.LTMatch]:
    return [spelling_match(doc, w, message=f"Possible spelling mistake. ‘{w}’ is British English.",
                           replacements=(us,)) for w, us in words]


def test_an_article_in_one_spelling_variety_is_not_reported_word_by_word() -> None:
    british = doc_of("The trial was randomised and analysed by a second team.\n")
    assert writes_one_variety(british, variant_matches(
        british, [("randomised", "randomized"), ("analysed", "analyzed")]))
    mixed = doc_of("The trial was randomised and analysed, then randomized again.\n")
    assert not writes_one_variety(mixed, variant_matches(
        mixed, [("randomised", "randomized"), ("analysed", "analyzed")]))
    other_word = doc_of("The trial was randomised and analysed, and organized well.\n")
    assert not writes_one_variety(other_word, variant_matches(
        other_word, [("randomised", "randomized"), ("analysed", "analyzed")]))
    single = doc_of("The trial was randomised.\n")
    assert not writes_one_variety(single, variant_matches(single, [("randomised", "randomized")]))


def test_a_plural_of_the_documents_own_term_is_used_consistently() -> None:
    text = "Teixobactin kills bacteria. Chemists made two new teixobactins from teixobactin.\n"
    assert why(text, "teixobactins") == "used consistently"


def test_per_cent_is_a_variety_preference_like_a_british_spelling() -> None:
    doc = doc_of("Rates fell 20 per cent after the trial was randomised.\n")
    start = doc.text.index("per cent")
    per_cent = lt.LTMatch(start=start, end=start + 8, rule_id="PER_CENT", category="COMPOUNDING",
                          issue_type="uncategorized", replacements=("percent",), sentence="",
                          message="In American English, “percent” is the recommended spelling.")
    assert per_cent.is_locale_variant and per_cent.is_british
    assert writes_one_variety(doc, [per_cent, *variant_matches(doc, [("randomised", "randomized")])])
    american = doc_of("Rates fell 20 per cent, then 30 percent, after the trial was randomised.\n")
    assert not writes_one_variety(american, [per_cent, *variant_matches(
        american, [("randomised", "randomized")])])


def test_one_british_usage_written_consistently_is_a_house_style() -> None:
    doc = doc_of("Rates fell 20 per cent, and deaths 30 per cent.\n")
    starts = [i for i in range(len(doc.text)) if doc.text.startswith("per cent", i)]
    matches = [lt.LTMatch(start=s, end=s + 8, rule_id="PER_CENT", category="COMPOUNDING",
                          issue_type="uncategorized", replacements=("percent",), sentence="",
                          message="In American English, “percent” is the recommended spelling.")
               for s in starts]
    assert writes_one_variety(doc, matches) and not writes_one_variety(doc, matches[:1])


def test_a_rarer_spelling_of_a_word_the_document_uses_is_a_slip() -> None:
    text = ("Women on triptorelin kept their fertility. Triptorelin was given monthly, and "
            "doctors say trptorelin should be offered. Deuster agreed; Dr. Deuster leads the "
            "unit. Deutster said more trials are planned.\n")
    assert why(text, "trptorelin") is None  # a drug stem (-relin) would accept it alone
    assert why(text, "Deutster") is None
    assert why("Doctors say trptorelin should be offered.\n", "trptorelin") == "vocabulary"
    # an inflection is no slip, nor is a name of a common word ("Komen" of "women")
    assert why("The exosomes and one exosome. Exosomes travel far.\n", "exosome") == "used consistently"
    assert why("Women and women thank Susan G. Komen for it.\n", "Komen") == "name"


# -- against a stand-in LanguageTool server (pytest-httpserver, LanguageTool's JSON shape) --


def _lt_server(httpserver, matches: list[dict]) -> str:
    httpserver.expect_request("/v2/languages").respond_with_json([{"name": "English (US)", "code": "en",
                                                                   "longCode": "en-US"}])
    httpserver.expect_request("/v2/check", method="POST").respond_with_json(
        {"software": {"name": "LanguageTool"}, "matches": matches})
    return httpserver.url_for("/")


def test_confused_words_are_reported_not_vouched_for_as_spellings(httpserver) -> None:
    """"their are": LanguageTool files confusions of real words under CONFUSED_WORDS with
    issue type misspelling; they used to go through the unknown-word filter and be dropped
    as "vocabulary" (every word of a confusion is in the dictionary)."""
    text = "I think their are many benefits. Their doctors agree.\n"
    confusion = {
        "message": "Did you mean “there”?", "offset": 8, "length": 5,
        "replacements": [{"value": "there"}], "sentence": "I think their are many benefits.",
        "rule": {"id": "THEIR_IS", "description": "Confusion of 'their' and 'there'",
                 "issueType": "misspelling",
                 "category": {"id": "CONFUSED_WORDS", "name": "Commonly Confused Words"}},
    }
    url = _lt_server(httpserver, [confusion])
    found = [f for f in lint_text(text, select=["GRM001"], services={},
                                  extra_config={"grammar": {"server": url, "local": False}})
             if f.code == "GRM001"]
    assert [(f.excerpt, f.column) for f in found] == [("their", 9)]
    assert found[0].suggestion == "Replace with: “there”"
    doc = doc_of(text)
    match = lt.map_matches(doc, lt.annotated_text(doc), [confusion])[0]
    assert not match.is_spelling
    assert spelling_match(doc, "their").is_spelling  # a Morfologik match still is


def test_a_named_server_that_is_down_is_not_replaced_by_a_local_download() -> None:
    """The configured server is the answer: one note saying it is down, no attempt to start
    (and download) a local LanguageTool, every other rule runs."""
    code = (
        "import json, sys\n"
        "from lint_rules.api import lint_text\n"
        "services = {}\n"
        "found = lint_text('They was here. Studies show it works.\\n', select=['grammar', 'CIT002'],"
        " services=services)\n"
        "print(json.dumps({'notes': [str(n) for n in services.get('notes', [])],"
        " 'codes': [f.code for f in found]}))\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != lt.ENV_URL}
    env[lt.ENV_URL] = f"http://127.0.0.1:{_closed_port()}"  # grammar.local stays true (default)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    (note,) = data["notes"]
    assert "no LanguageTool answers at" in note and "no local LanguageTool is started" in note
    assert "language_tool_python" not in note and lt.ENV_URL in note
    assert "CIT002" in data["codes"]
