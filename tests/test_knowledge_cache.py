"""``knowledge.read_toml`` keeps parsed TOML in the cache folder: same value, fresh copies,
and a changed file is parsed again."""

from __future__ import annotations

import tomllib

from lint_rules import knowledge


def test_read_toml_cached_equals_parsed(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    want = tomllib.loads(knowledge.read_text("genre_cues.toml"))
    first = knowledge.read_toml("genre_cues.toml")  # parsed, then written
    assert list((tmp_path / "cache").glob("toml-genre_cues-*.marshal"))
    second = knowledge.read_toml("genre_cues.toml")  # read back
    assert first == want and second == want
    second.clear()  # each call returns its own value
    assert knowledge.read_toml("genre_cues.toml") == want


def test_read_toml_changed_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "knowledge"
    folder.mkdir()
    monkeypatch.setattr(knowledge, "KNOWLEDGE", folder)
    (folder / "x.toml").write_text('a = ["one"]\n', encoding="utf-8")
    assert knowledge.read_toml("x.toml") == {"a": ["one"]}
    (folder / "x.toml").write_text('a = ["two"]\n', encoding="utf-8")
    assert knowledge.read_toml("x.toml") == {"a": ["two"]}
    (folder / "d.toml").write_text("when = 2024-01-02\n", encoding="utf-8")  # marshal cannot store a date
    assert str(knowledge.read_toml("d.toml")["when"]) == "2024-01-02"


# -- compiled_re.cached_tables: tables of patterns built from data files ------------------

import re  # noqa: E402
from dataclasses import dataclass, fields  # noqa: E402

from lint_rules.store import diskcache  # noqa: E402
from lint_rules.store.compiled_re import cached_tables, compile_re  # noqa: E402


@dataclass(frozen=True)
class _Tables:
    words: re.Pattern[str]
    pairs: list[tuple[str, re.Pattern[str], tuple[str, ...]]]
    by_word: dict[str, re.Pattern[str]]
    plain: dict[str, tuple[str, str, bool]]
    stop: frozenset[str]


def _tables(word: str = "dose") -> _Tables:
    return _Tables(compile_re(rf"\b(?:{word}s?|scoops?)\b", re.IGNORECASE),
                   [("limit", compile_re(r"(?i)do\s+not\s+exceed"), ("do",)), ("none", compile_re("no"), ())],
                   {"up": compile_re(r"rais\w+", re.MULTILINE)}, {"rate": ("heart", "up", True)},
                   frozenset({"the", "a"}))


def _fresh_process(monkeypatch):
    monkeypatch.setattr(diskcache, "_MEMORY", {})  # what a new process has: the file only


def test_cached_tables_read_back_equal_what_was_built(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    built = cached_tables("t", "k", _Tables, _tables)
    _fresh_process(monkeypatch)
    calls = []
    loaded = cached_tables("t", "k", _Tables, lambda: calls.append(1) or _tables())
    assert not calls  # read back, not built
    assert loaded == built
    assert loaded.words.flags == built.words.flags and loaded.pairs[0][1].flags & re.IGNORECASE
    assert loaded.words.search("Two SCOOPS a day").group() == "SCOOPS"
    assert isinstance(loaded.pairs[0], tuple) and isinstance(loaded.pairs, list)


def test_cached_tables_rebuilt_when_a_data_file_changes_or_the_cache_is_damaged(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "words.txt"
    data.write_text("dose\n", encoding="utf-8")

    def build() -> _Tables:
        return _tables(data.read_text(encoding="utf-8").strip())

    assert cached_tables("t", diskcache.files_key(data), _Tables, build).words.search("two doses")
    data.write_text("tablet\n", encoding="utf-8")  # another size: another key
    _fresh_process(monkeypatch)
    tables = cached_tables("t", diskcache.files_key(data), _Tables, build)
    assert tables.words.search("two tablets") and not tables.words.search("two doses")
    for stored in (tmp_path / "cache").glob("t-*.marshal"):
        stored.write_bytes(b"\x00damaged")
    _fresh_process(monkeypatch)
    assert cached_tables("t", diskcache.files_key(data), _Tables, build) == tables
    assert diskcache.files_key(tmp_path / "absent").endswith("|-")


def test_analysis_tables_from_the_cache_equal_a_fresh_build(tmp_path, monkeypatch):
    from lint_rules.analysis import claim_reader, interventions, typed_claims

    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    for module in (typed_claims, claim_reader, interventions):
        module._data.cache_clear()
        module._data()  # built and written
        _fresh_process(monkeypatch)
        module._data.cache_clear()
        loaded, built = module._data(), module._build_data()
        module._data.cache_clear()
        for f in fields(built):
            got, want = getattr(loaded, f.name), getattr(built, f.name)
            assert got == want, (module.__name__, f.name)


def test_phrase_alternation_prefers_the_longer_phrase_and_any_spacing() -> None:
    import re

    from lint_rules.knowledge import phrase_alternation

    rx = re.compile(r"(?:" + phrase_alternation(["no more", "no more than", "no more", "a.m."]) + r")")
    assert rx.match("no   more than 3").group(0) == "no   more than"  # longest first, any whitespace
    assert rx.match("no more tablets").group(0) == "no more"
    assert rx.match("a.m.") and not rx.match("abmc")  # escaped, once


# -- read_toml: marks written out once per machine, files read once per process (speed16) --


def test_marked_file_is_kept_expanded_and_equals_a_fresh_expansion(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    want = knowledge._expand_marks(tomllib.loads(knowledge.read_text("assertion_cues.toml")))
    assert knowledge.read_toml("assertion_cues.toml") == want  # expanded, then written
    assert list((tmp_path / "cache").glob("tomlx-assertion_cues-*.marshal"))
    monkeypatch.setattr(knowledge, "_READ", {})  # a new process: the cache file only
    monkeypatch.setattr(knowledge, "_expand_marks", lambda value: 1 / 0)  # never expanded again
    assert knowledge.read_toml("assertion_cues.toml") == want


def test_marked_file_is_expanded_again_when_the_verb_forms_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "knowledge"
    folder.mkdir()
    monkeypatch.setattr(knowledge, "KNOWLEDGE", folder)
    (folder / "verbs_irregular_wordnet.txt").write_text("# WordNet verb.exc\nsaw see\n", encoding="utf-8")
    (folder / "m.toml").write_text('a = ["{v:see}"]\n', encoding="utf-8")
    knowledge._irregular.cache_clear()
    knowledge.verb_forms.cache_clear()
    try:
        assert "saw" in knowledge.read_toml("m.toml")["a"][0]
        monkeypatch.setattr(knowledge, "_READ", {})  # a new process
        (folder / "verbs_irregular_wordnet.txt").write_text("# WordNet verb.exc\nseen see\n", encoding="utf-8")
        knowledge._irregular.cache_clear()
        knowledge.verb_forms.cache_clear()
        again = knowledge.read_toml("m.toml")["a"][0]
        assert "seen" in again and "saw" not in again  # another key: not the stale expansion
        assert len(list((tmp_path / "cache").glob("tomlx-m-*.marshal"))) == 2
    finally:
        knowledge._irregular.cache_clear()
        knowledge.verb_forms.cache_clear()


def test_second_read_in_a_process_is_a_fresh_copy_and_sees_an_edit(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "knowledge"
    folder.mkdir()
    monkeypatch.setattr(knowledge, "KNOWLEDGE", folder)
    (folder / "x.toml").write_text('a = ["one"]\n', encoding="utf-8")
    first = knowledge.read_toml("x.toml")
    for stored in (tmp_path / "cache").glob("toml-x-*.marshal"):
        stored.unlink()  # the second read does not need the cache file
    with monkeypatch.context() as m:  # nor parsing, nor the cache folder: the bytes read first
        m.setattr(tomllib, "loads", lambda text: 1 / 0)
        m.setattr(knowledge, "_read_toml", lambda *a, **k: 1 / 0)
        second = knowledge.read_toml("x.toml")
    assert first == second == {"a": ["one"]} and first is not second
    second["a"].append("changed")
    assert knowledge.read_toml("x.toml") == {"a": ["one"]}
    (folder / "x.toml").write_text('a = ["two"]\n', encoding="utf-8")  # same size, new text
    assert knowledge.read_toml("x.toml") == {"a": ["two"]}


def test_read_toml_works_with_a_cache_folder_it_cannot_write(tmp_path, monkeypatch):
    """A cache "folder" under a regular file cannot be read or written, even by root (a
    read-only folder stops no one in a container run as root): the file is parsed and
    expanded each time, and nothing is kept."""
    afile = tmp_path / "afile"
    afile.write_text("not a folder\n", encoding="utf-8")
    want = knowledge._expand_marks(tomllib.loads(knowledge.read_text("assertion_cues.toml")))
    for where in (afile, afile / "cache", afile / "cache" / "missing"):
        monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(where))
        monkeypatch.setattr(knowledge, "_READ", {})
        assert knowledge.read_toml("assertion_cues.toml") == want
        assert knowledge.read_toml("genre_cues.toml") == tomllib.loads(knowledge.read_text("genre_cues.toml"))
    assert afile.read_text(encoding="utf-8") == "not a folder\n"


def test_a_damaged_kept_file_that_still_unmarshals_is_parsed_again_and_rewritten(tmp_path, monkeypatch):
    """One "(?:" changed to "[?:" in a kept expansion is still a valid marshal of another
    value: its digest no longer matches, so the text is expanded afresh and the file
    rewritten (a kept file that is intact is used)."""
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    want = knowledge._expand_marks(tomllib.loads(knowledge.read_text("assertion_cues.toml")))
    assert knowledge.read_toml("assertion_cues.toml") == want
    [kept] = (tmp_path / "cache").glob("tomlx-assertion_cues-*.marshal")
    good = kept.read_bytes()
    assert b"(?:" in good
    damaged = good.replace(b"(?:", b"[?:", 1)
    kept.write_bytes(damaged)
    import marshal

    assert marshal.loads(damaged[knowledge._SUM:]) != want  # it unmarshals, to the wrong value
    monkeypatch.setattr(knowledge, "_READ", {})  # a new process
    assert knowledge.read_toml("assertion_cues.toml") == want
    assert kept.read_bytes() == good  # rewritten
    monkeypatch.setattr(knowledge, "_READ", {})
    monkeypatch.setattr(knowledge, "_expand_marks", lambda value: 1 / 0)  # intact: read back
    assert knowledge.read_toml("assertion_cues.toml") == want


def test_old_unexpanded_files_of_a_marked_toml_are_pruned(tmp_path, monkeypatch):
    """A cache folder from before marked files were kept expanded holds ``toml-<stem>-…``
    files of them that no run reads any more: writing the ``tomlx-`` file removes the old
    ones past ``STALE_AFTER_DAYS``, as it does its own stale keys; recent ones and other
    files' stay."""
    import os
    import time

    from lint_rules.store.fileio import STALE_AFTER_DAYS

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(cache))
    old = time.time() - (STALE_AFTER_DAYS + 1) * 86400
    stale = cache / "toml-assertion_cues-0123456789abcdef.marshal"
    recent = cache / "toml-assertion_cues-fedcba9876543210.marshal"
    other = cache / "toml-genre_cues-0123456789abcdef.marshal"
    for f in (stale, recent, other):
        f.write_bytes(b"old")
    for f in (stale, other):
        os.utime(f, (old, old))
    knowledge.read_toml("assertion_cues.toml")
    assert not stale.exists() and recent.exists() and other.exists()


def test_every_shipped_marked_file_reads_back_as_a_fresh_expansion(tmp_path, monkeypatch):
    """The kept expansion is the expansion: each shipped file with marks, read twice from a
    new cache folder (written, then read back in a "new process"), equals ``_expand_marks``
    of ``tomllib`` on its text."""
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    marked = [p.name for p in sorted(knowledge.KNOWLEDGE.glob("*.toml"))
              if "{v" in p.read_text(encoding="utf-8") or "{a:" in p.read_text(encoding="utf-8")]
    assert "assertion_cues.toml" in marked and "contradiction_claims.toml" in marked
    for name in marked:
        want = knowledge._expand_marks(tomllib.loads(knowledge.read_text(name)))
        assert knowledge.read_toml(name) == want, name
        monkeypatch.setattr(knowledge, "_READ", {})
        assert knowledge.read_toml(name) == want, name
