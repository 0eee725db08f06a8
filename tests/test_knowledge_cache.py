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
