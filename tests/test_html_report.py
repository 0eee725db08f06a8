"""The HTML report: gold file, escaping, CSP, highlights, contradictions as pairs,
reviewer filters. Rendered from real lint runs of the engine with stable test rules
(tests/htmlreport_rules.py) plus the built-in metadata rules."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
from pathlib import Path

import htmlreport_rules
import pytest

from lint_rules import builtin
from lint_rules.config import ConfigResolver
from lint_rules.core import iter_rule_classes
from lint_rules.engine import Linter
from lint_rules.registry import Registry
from lint_rules.rules import metadata
from reports import RunReport
from reports.html import render

GOLD = Path(__file__).parent / "gold" / "html"
UPDATE = os.environ.get("HEALTHLINT_UPDATE_GOLD") == "1"


def make_registry() -> Registry:
    reg = Registry()
    for module in (builtin, metadata, htmlreport_rules):
        for rule in iter_rule_classes(module):
            reg.add(rule, module.__name__)
    return reg


def lint_report(paths: list[str], select: list[str] | None = None, **extra: object) -> str:
    import lint_rules.reviewers  # noqa: F401  (registers the reviewers config section)

    reg = make_registry()
    linter = Linter(reg, ConfigResolver(reg.rules, cli={"select": select}))
    results = linter.lint_paths(paths, jobs=1)
    run = RunReport(results, dict(reg.rules), "0.0.test", extra={"generated": "GENERATED", **extra})
    return render(run)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(GOLD / "article.md", tmp_path / "article.md")
    shutil.copy(GOLD / "reviewers.toml", tmp_path / ".healthlint.toml")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "article.md"


def normalise(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S)
    html = re.sub(r"<script>.*?</script>", "<script>…</script>", html, flags=re.S)
    # the acknowledgement's text and ontology version belong to the concepts module
    html = re.sub(r'<footer class="ack">.*?</footer>', '<footer class="ack">…</footer>', html, flags=re.S)
    # the CSP's hashes change with every edit of the stylesheet or script (escaped in the attribute)
    return re.sub(r"(?:'|&#39;)sha256-[A-Za-z0-9+/=]+(?:'|&#39;)", "'sha256-…'", html)


def test_gold_file(article: Path) -> None:
    got = normalise(lint_report(["article.md"], ["META", "HL", "TST"]))
    gold = GOLD / "article.html"
    if UPDATE or not gold.exists():
        gold.write_text(got, encoding="utf-8")
    assert got == gold.read_text(encoding="utf-8"), "set HEALTHLINT_UPDATE_GOLD=1 to accept"


def test_findings_are_highlighted_in_place_with_badges(article: Path) -> None:
    html = lint_report(["article.md"], ["TST"])
    # the contradiction's two sides: the primary span and the related one
    assert re.search(r'<a class="hl sev-error" href="#f\d+" data-f="f\d+" id="m\d+"[^>]*>'
                     r"Hair loss from kratom always grows back after you stop\.</a>", html)
    assert re.search(r'<a class="hl sev-error rel"[^>]*id="r\d+-0"[^>]*>Some readers report', html)
    # the linked pair in the card points to both places
    card = re.search(r'<li class="card sev-error".*?</li>', html, re.S).group(0)
    assert "Linked with:" in card and "the opposite claim" in card
    assert re.search(r'href="#r\d+-0"', card) and re.search(r'href="#m\d+"', card)
    # a finding on a link's URL in the source is drawn on the link's words
    assert re.search(r'<a class="hl sev-warning"[^>]*>NCCIH on kratom</a>', html)
    # one study word highlighted, badge carries a text label (not colour only)
    assert re.search(r">study</a><sup class=\"badge sev-info\"", html)
    assert "(info finding" in html


def test_rule_docs_evidence_and_references(article: Path) -> None:
    html = lint_report(["article.md"], ["TST"])
    assert "Why it matters" in html and "Readers cannot check a study nobody names." in html
    # evidence: nested values rendered, markup in it escaped, URLs are links
    assert "Kratom and pain &lt;b&gt;bold&lt;/b&gt;" in html
    assert '<a href="https://doi.org/10.1000/example" rel="noopener noreferrer nofollow">' in html
    # reference list with each entry's status
    refs = html[html.index('class="refs"'):]
    assert "Link answered 404 Not Found" in refs
    assert "✓ no problem found" in refs  # the entry without a link finding


def test_article_text_is_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evil.txt").write_text(
        'A study says <script>alert("x")</script> and <img src=x onerror=alert(1)>.\n',
        encoding="utf-8")
    html = lint_report(["evil.txt"], ["TST"])
    body = html[html.index("<body>"):]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<img" not in body
    assert len(re.findall(r"<script>", html)) == 1  # only the report's own script


def test_self_contained_with_csp_hashes(article: Path) -> None:
    html = lint_report(["article.md"], ["TST"])
    import html as htmlmod

    csp = htmlmod.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp and "http" not in csp
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    # nothing is fetched: no src= or stylesheet links anywhere
    assert not re.search(r"<(?:script|img|link|iframe)[^>]+(?:src|href)=", html)


def test_reviewer_assignment_in_filters_and_cards(article: Path) -> None:
    html = lint_report(["article.md"], ["META", "TST"])
    options = re.findall(r'<option value="([^"]+)">', html)
    # front matter names dr-okafor; the link desk's paths cover the article too, so its
    # links finding stays with the desk (front matter adds a reviewer, it does not replace)
    assert options == ["dr-okafor", "link-desk"]
    assert re.search(r'data-category="links" data-reviewers="link-desk"', html)
    assert re.search(r'data-category="contradiction" data-reviewers="dr-okafor"', html)


def test_no_findings_report_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.md").write_text("---\nauthor: A\ndate: 2024-01-01\n---\nFine text.\n")
    html = lint_report(["ok.md"], ["META"])
    assert "Fine text." in html and 'id="filters"' not in html


def test_cli_writes_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# Title\n\nNo author <b>here</b>.\n")
    assert main(["check", "a.md", "--select", "META", "--format", "html", "-o", "r.html", "-q"]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "META001" in html and "No author" in html


def test_hpo_acknowledgement_when_concepts_were_used(article: Path) -> None:
    concepts = pytest.importorskip("lint_rules.analysis.concepts")
    html = lint_report(["article.md"], ["TST"])  # TST001 is a contradiction finding
    footer = re.search(r'<footer class="ack">(.*?)</footer>', html, re.S).group(1)
    assert "Human Phenotype Ontology" in footer and "{version}" not in footer
    assert str(concepts.hpo_version()) in footer
    assert '<footer class="ack">' not in lint_report(["article.md"], ["TST002"])


def test_inline_code_stays_in_the_article_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules never read code, but the report shows the article as written: `200 mg` and
    <code> were dropped from the text before."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# Dose\n\nTake `200 mg <b>` with food. A study says `x`.\n",
                                   encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Take <code>ibuprofen &amp; water</code> daily.</p>\n",
                                     encoding="utf-8")
    html = lint_report(["a.md"], ["TST"])
    assert "Take <code>200 mg &lt;b&gt;</code> with food." in html
    assert re.search(r">study</a><sup[^>]*>.*?</sup> says <code>x</code>\.", html)
    assert "Take <code>ibuprofen &amp;amp; water</code> daily." not in lint_report(["b.html"], ["TST"])
    assert "Take <code>ibuprofen &amp; water</code> daily." in lint_report(["b.html"], ["TST"])


def test_metrics_have_human_labels_and_one_word_count() -> None:
    from reports.html import _metrics

    rows = dict(_metrics({
        "words": 1099, "sentences": 63, "links": 7,
        "readability": {"standard": "nih", "target_grade": 8.0, "words": 1079, "sentences": 60,
                        "long_sentences": 5, "flesch_kincaid_grade": 14.44, "flesch_reading_ease": 23.5,
                        "smog": 15.9, "sections": [{"title": "x"}]},
        "link_classes": {"ok": 3},
    }))
    assert rows["Words"] == 1099 and list(rows.values()).count(1079) == 0
    assert rows["Reading grade (Flesch–Kincaid)"] == 14.4
    assert rows["Readability standard"] == "NIH (below grade 8)"
    assert not any("_" in label or label.startswith("Readability:") for label in rows)
    assert list(rows)[:3] == ["Words", "Sentences", "Links"]


def test_findings_grouped_by_family_most_serious_first(article: Path) -> None:
    html = lint_report(["article.md"], ["META", "TST"])
    groups = re.findall(r'<details class="group" open data-category="([^"]+)">', html)
    assert groups and groups[0] == "contradiction"  # the family with the error comes first
    assert len(groups) == len(set(groups))
    # each card sits in its family's group
    for category in groups:
        block = html.split(f'data-category="{category}">', 1)[1].split("</details>\n", 1)[0]
        assert set(re.findall(r'<li class="card[^"]*"[^>]*data-category="([^"]+)"', block)) == {category}
