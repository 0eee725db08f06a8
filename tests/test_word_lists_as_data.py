"""Word lists are data files under ``lint_rules/knowledge/`` with their sources named, not
alternations inside the code (the project's rule; ``benchmarks/word_alternations.py`` counts
what is left the same way every time).

The allow-list below is what the code still held after session 15 (tidy15) moved the lists of
the evidence, credential, source, grammar, reference and claim rules out: mostly closed-class
words (articles, pronouns, auxiliaries, prepositions: the grammar of a pattern, not a
vocabulary) and the modules other work was changing that session. A file may lose runs, never
gain one: a new word list goes to ``knowledge/`` with its source, and a file that lost runs
gets its number lowered here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from lint_rules.knowledge import path, read_lines, read_toml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from word_alternations import ALTERNATION, count

#: Runs of six or more ``|``-joined words each file may still hold (session 15's end).
ALLOWED = {
    "lint_rules/analysis/amounts.py": 3,
    "lint_rules/analysis/assertions.py": 52,
    "lint_rules/analysis/boundaries.py": 7,
    "lint_rules/analysis/causers.py": 4,
    "lint_rules/analysis/claim_limits.py": 13,
    "lint_rules/analysis/claim_reader.py": 31,
    "lint_rules/analysis/claim_role.py": 3,
    "lint_rules/analysis/completeness.py": 16,
    "lint_rules/analysis/context.py": 11,
    "lint_rules/analysis/contradictions.py": 41,
    "lint_rules/analysis/credentials.py": 5,
    "lint_rules/analysis/denial_frames.py": 11,
    "lint_rules/analysis/interventions.py": 13,
    "lint_rules/analysis/label_claims.py": 3,
    "lint_rules/analysis/scope_frames.py": 1,
    "lint_rules/analysis/scopes.py": 6,
    "lint_rules/analysis/sources.py": 4,
    "lint_rules/analysis/studies.py": 47,
    "lint_rules/analysis/typed_claims.py": 143,
    "lint_rules/rules/claims.py": 1,
    "lint_rules/rules/completeness.py": 7,
    "lint_rules/rules/evidence.py": 6,
    "lint_rules/rules/grammar.py": 2,
    "lint_rules/structure.py": 18,
}

#: The data files session 15 moved word lists into, and the lists each must hold.
MOVED = {
    "credential_words.toml": ("member_cues", "credit_verbs", "credit_media", "byline_verbs", "name_titles",
                              "name_particles", "not_a_name", "endorsement_verbs", "intro_roles", "role_nouns"),
    "evidence_words.toml": ("level_prefilter", "anaphora_nouns", "published_verbs", "saying", "strong_causal"),
    "source_words.toml": ("study_people", "unnamed_experts", "officer_roles", "company_suffixes", "company_nouns",
                          "company_descriptions", "maker_verbs", "body_name_heads", "issuer_cues",
                          "researcher_cues", "own_stake_nouns", "we_verbs"),
}


def test_no_file_gains_a_word_list_written_in_the_code() -> None:
    found = {name: len(runs) for name, runs in count().items()}
    over = {name: (n, ALLOWED.get(name, 0)) for name, n in found.items() if n > ALLOWED.get(name, 0)}
    assert not over, (f"word lists written in the code (found, allowed): {over}; move them to a data file "
                      "under lint_rules/knowledge/ with their source and read them with its loaders")


@pytest.mark.parametrize("text, runs", [
    ('r"(?:rat|mice|mouse|rodent|animal|murine)"', 1),      # six words: a word list
    ('r"(?:says?|said|told|tells?|added|according to)"', 1),  # regex forms of words count too
    ('r"(?:rat|mice|mouse|rodent|animal)"', 0),              # five are not
    ('r"(?:[a-z]+ologist|[a-z]+ician|\\d+|\\w+|%|x)"', 0),   # patterns, not words
])
def test_the_count_sees_six_words_joined_and_nothing_shorter(text: str, runs: int) -> None:
    assert len(ALTERNATION.findall(text)) == runs


@pytest.mark.parametrize("name", sorted(MOVED))
def test_a_moved_list_names_its_source_and_loads(name: str) -> None:
    head = path(name).read_text(encoding="utf-8").split("\n[", 1)[0]
    assert re.search(r"^# .*Source", head, re.M), f"{name} names no source"
    data = read_toml(name)
    for key in MOVED[name]:
        words = data[key]
        assert words and all(isinstance(w, str) and w.strip() == w and w for w in words), key


def test_the_grammar_rules_that_heads_and_the_reference_document_words_load() -> None:
    assert read_lines("languagetool_query_that_heads.txt")[:4] == ["is", "was", "are", "were"]
    assert "atlas" in read_toml("reference_orgs.toml")["document_words"]["words"]
    assert "nothing short of" in read_toml("claims_hype.toml")["intensifiers"]
