"""Shapes of input that used to make rules super-linear or content vanish (issue: no input
hangs or sinks a run). Bounds are CPU seconds, ten times what the code needs today on a
loaded machine, and far below what the old code took."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from lint_rules.api import lint_text
from lint_rules.parsing.markdown import parse_markdown
from lint_rules.sentences import MAX_SENTENCE, split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_adversarial import make

lint_text("Warm up: a 2020 study found kratom may cause harm.")  # lexicons, caches


def _cpu(text: str, kind: str = "markdown", select: list[str] | None = None) -> float:
    t0 = time.process_time()
    lint_text(text, kind=kind, select=select)
    return time.process_time() - t0


def test_paragraph_of_short_lines_without_full_stops_is_linear() -> None:
    text, kind = make("no-stops", 42_000)  # old: 17 s
    assert _cpu(text, kind) < 8


def test_one_long_line_is_linear() -> None:
    text, kind = make("one-line", 200_000)  # old: CON001 alone > 300 s
    assert _cpu(text, kind, ["CON001", "CON002", "CON003"]) < 15


def test_sentences_are_capped_at_line_breaks_then_spaces() -> None:
    text = "kratom may cause harm\n" * 200
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[e] == "\n" for _, e in spans[:-1])  # cut at line ends
    one = "word " * 2000
    spans = split_sentences(one)
    assert all(e - s <= MAX_SENTENCE for s, e in spans) and len(spans) >= 8
    assert all(one[s:e].split() == one[s:e].strip().split(" ") for s, e in spans)  # no word cut
    assert split_sentences("x" * 3000) == [(0, 1200), (1200, 2400), (2400, 3000)]


def test_ordinary_long_sentence_is_not_cut() -> None:
    sentence = ("Kratom, which " + "some users say helps, " * 40 + "may cause harm.")
    assert len(sentence) < MAX_SENTENCE
    assert split_sentences(sentence) == [(0, len(sentence))]


def test_content_nested_ten_levels_deep_is_linted() -> None:
    text = "".join("  " * d + f"- item at level {d}\n" for d in range(10))
    text += "\n" + "".join("> " * d + f"quote at level {d}\n" for d in range(1, 11)) + "\nAfter the quotes.\n"
    doc = parse_markdown("a.md", text)
    assert "item at level 9" in doc.text and "quote at level 10" in doc.text  # old: both vanished
    assert "After the quotes." in doc.text
    assert doc.parse_problems == []


def test_content_nested_past_the_limit_is_reported() -> None:
    doc = parse_markdown("a.md", "> " * 300 + "deep\n\nAfter.\n")
    assert "After." in doc.text
    [(_, _, message)] = doc.parse_problems
    assert "nested more than 100 levels" in message and "lines 1-1" in message
    findings = lint_text("> " * 300 + "deep\n\nAfter.\n", select=["HL003"])
    assert [f.code for f in findings] == ["HL003"]
