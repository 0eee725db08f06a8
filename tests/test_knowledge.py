"""The knowledge loader: a list written once and included by two data files (``with_includes``)."""

from __future__ import annotations


def test_with_includes_puts_a_listed_file_in_place_of_its_at_entry() -> None:
    from lint_rules.knowledge import read_lines, with_includes

    forms = read_lines("clear_headed_forms.txt")
    assert "keeps you clear-headed" in forms and not any(f.startswith("#") for f in forms)
    assert with_includes(["painless", "@clear_headed_forms.txt", "harmless"]) == ["painless", *forms, "harmless"]
    assert with_includes(["painless", "harmless"]) == ["painless", "harmless"]  # no "@": as written


def test_every_included_list_of_the_effect_vocabulary_is_a_lexicon_input() -> None:
    import re

    from lint_rules.analysis.concepts import CURATED_CSV, EFFECTS_CSV, INCLUDED

    # with_includes is applied to the rows of both CSVs: an include in either must be an input.
    named = {m.group(1) for csv in (CURATED_CSV, EFFECTS_CSV)
             for m in re.finditer(r"@([\w.-]+\.\w+)", csv.read_text(encoding="utf-8"))}
    assert named and named <= {p.name for p in INCLUDED}  # an edit to one rebuilds the lexicon


def test_an_at_entry_names_a_key_of_its_own_data_file_before_a_shipped_file() -> None:
    """One mechanism for both kinds of "@" entry: a key of the lists passed in (the
    completeness cues' ``"@absolute"``), else a shipped one-entry-a-line file; a name that is
    neither, or an included list that includes on, fails at load with the list's name."""
    import pytest

    from lint_rules.knowledge import read_lines, with_includes

    forms = read_lines("clear_headed_forms.txt")
    assert with_includes(["@a", "z"], {"a": ["x", "y"]}) == ["x", "y", "z"]
    assert with_includes(["@clear_headed_forms.txt"], {"a": ["x"]}) == forms
    with pytest.raises(ValueError, match=r"harms\.x: unknown @nowhere"):
        with_includes(["@nowhere"], {"a": ["x"]}, "harms.x")
    with pytest.raises(ValueError, match=r"unknown @missing\.txt"):
        with_includes(["@missing.txt"])
    with pytest.raises(ValueError, match="refers on to @a"):
        with_includes(["@b"], {"a": ["x"], "b": ["@a"]})
