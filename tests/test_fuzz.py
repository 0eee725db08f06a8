"""Fuzzing the real engine with hypothesis: Markdown, HTML, plain text and front matter
built from the syntax and cue words healthlint reacts to, mixed with arbitrary text.

Every input goes through ``lint_text`` with every offline rule, as the CLI runs them. The
properties: nothing raises; no rule crashes (the engine would turn a crash into an HL001
"rule … failed" finding, which is what this test looks for); no rule needs the budget;
every finding points inside the file. The default run is bounded to a few seconds
(``HEALTHLINT_FUZZ_EXAMPLES``, default 80 per kind); a nightly job can raise it.
"""

from __future__ import annotations

import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from lint_rules.api import lint_text  # noqa: E402

EXAMPLES = int(os.environ.get("HEALTHLINT_FUZZ_EXAMPLES", "80"))
RUN = {"inputs": 0}

WORDS = [
    "kratom", "may", "cause", "does not", "never", "cures", "cure", "liver damage", "hair loss",
    "A 2021 study", "published in", "the Journal of Clinical Research", "JAMA", "found that",
    "researchers at Harvard University", "Dr. Jane Smith, MD, PhD", "board-certified", "led by",
    "doi:10.1000/xyz", "PMID: 123456", "https://example.org/a", "et al.", "(Smith, 2020)", "[1]",
    "studies show", "experts agree", "clinically proven", "FDA-approved", "in mice", "\u00e9",
    "\u201c", "\u201d", "\u2014", "\t", "\r\n", "\x00", "\x1b[31m", "\u202e", "\ufeff", "%", "42%",
    "paper A", "-" * 30, "." * 5, "?", "!", ";", ":", ",", "U.S.", "e.g.", "vitamin D.",
]
MARKDOWN_SYNTAX = [
    "\n", "\n\n", "# ", "## ", "- ", "  - ", "1. ", "> ", "> > ", "```\n", "    ", "| a | b |\n|---|---|\n",
    "[", "](", ")", "![", "*", "**", "_", "`", "<!-- healthlint-disable CON001 -->",
    "<!-- healthlint-disable-next-line evidence -->", "<div>", "</div>", "[^1]", "[^1]: ",
    "## References\n", "## About the author\n", "By ", "Reviewed by ", "<", ">", "&amp;", "&#0;",
]
HTML_SYNTAX = [
    "<p>", "</p>", "<h1>", "</h1>", "<a href=\"", "\">", "</a>", "<ul><li>", "</li></ul>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<meta name=\"author\" content=\"", "\"/>",
    "<br>", "<table><tr><td>", "</td></tr></table>", "<blockquote>", "&nbsp;", "&#x0;", "<", ">",
    "<meta charset=\"latin-1\">", "<![CDATA[", "]]>", "<div", "=\"", "'",
]
FRONT_VALUES = [
    "Jane Doe", "2024-02-30", "2024-02-03", "9" * 5000, "&a [*a]", "*b", "[1, [2, [3]]]", "{a: 1}",
    "!!binary aGk=", "!!python/object:os.system", "\"unterminated", "'", "null", "~", "yes", "0x1F",
    "1e400", ".nan", "- x\n- y", "|\n  block", ">\n  folded", "Dr. Smith, MD", "",
]
FRONT_KEYS = ["title", "author", "date", "updated", "reviewer", "tags", "x", "? [a]", "<<", "a: b"]


def _joined(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=40).map("".join)


ARBITRARY = st.text(max_size=30)
MARKDOWN = _joined(st.one_of(st.sampled_from(WORDS + MARKDOWN_SYNTAX), ARBITRARY,
                             st.sampled_from(WORDS).map(lambda w: w + " ")))
HTML = _joined(st.one_of(st.sampled_from(WORDS + HTML_SYNTAX), ARBITRARY))
TEXT = _joined(st.one_of(st.sampled_from([*WORDS, "\n", "\n\n", "References\n", "1. ", "About the author\n"]),
                         ARBITRARY))
YAML_FRONT = st.lists(
    st.tuples(st.sampled_from(FRONT_KEYS), st.one_of(st.sampled_from(FRONT_VALUES), ARBITRARY)),
    max_size=6,
).map(lambda kv: "---\n" + "".join(f"{k}: {v}\n" for k, v in kv) + "---\n")
TOML_FRONT = st.lists(
    st.tuples(st.sampled_from(["title", "date", "a.b.c", "x"]),
              st.sampled_from(["\"T\"", "2024-02-30", "[[[1]]]", "{a = 1}", "1" * 5000, "\"", "[", "'x'"])),
    max_size=4,
).map(lambda kv: "+++\n" + "".join(f"{k} = {v}\n" for k, v in kv) + "+++\n")

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check(text: str, kind: str) -> None:
    RUN["inputs"] += 1
    findings = lint_text(text, kind=kind, extra_config={"budget": {"rule-seconds": 20}})
    crashed = [f.message for f in findings if f.code in ("HL001", "HL004")]
    assert not crashed, crashed
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for f in findings:
        assert 1 <= f.location.line <= f.location.end_line <= lines + 1, (f.code, f.location)
        assert f.location.column >= 1


@FUZZ
@given(MARKDOWN, st.one_of(st.just(""), YAML_FRONT, TOML_FRONT))
def test_fuzz_markdown(body: str, front: str) -> None:
    _check(front + body, "markdown")


@FUZZ
@given(HTML)
def test_fuzz_html(text: str) -> None:
    _check(text, "html")


@FUZZ
@given(TEXT)
def test_fuzz_text(text: str) -> None:
    _check(text, "text")


def test_fuzz_inputs_were_run() -> None:
    """Runs last in this file: the three fuzz tests above fed the engine their inputs."""
    if RUN["inputs"] == 0:
        pytest.skip("run with the fuzz tests")
    print(f"\nfuzz: {RUN['inputs']} inputs through the engine")
    assert RUN["inputs"] >= 3
