"""The machine-wide store of compiled regular expressions (lint_rules.store.compiled_re).

What must hold: a pattern served from the store is the pattern ``re.compile`` makes (``==``
on ``re.Pattern`` compares the pattern, the flags and the compiled program) or, where an
alternation was factored by first characters, one that finds the same matches with the
same groups, for every pattern a real run uses; a damaged store or entry falls back to
``re.compile``; the switch turns the store off."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lint_rules.store import compiled_re

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-kratom.txt"

pytestmark = pytest.mark.skipif(compiled_re._sre is None or sys.implementation.name != "cpython",
                                reason="the store needs CPython's re internals")


def _run_healthlint(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(cache)}
    env.pop("HEALTHLINT_NO_REGEX_CACHE", None)
    return subprocess.run([sys.executable, "-m", "pipeline", "check", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_every_pattern_of_a_real_run_comes_back_identical(tmp_path: Path) -> None:
    first = _run_healthlint(tmp_path, str(SEED))
    assert first.returncode in (0, 1), first.stderr
    stores = list(tmp_path.glob("regex-*.marshal"))
    assert len(stores) == 1
    table = compiled_re.read_store_file(stores[0])
    assert len(table) > 100  # the cue alternations, the parsers' patterns, the rules'
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*"))
             if p.suffix in (".md", ".txt", ".html")]
    factored = 0
    for (pattern, flags), entry in table.items():
        rebuilt = compiled_re._build(pattern, entry)
        original = re.compile(pattern, flags)
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (original.pattern, original.flags,
                                                                         original.groupindex)
        if rebuilt != original:  # an alternation was factored: the same matches, group by group
            factored += 1
            for text in texts:
                assert ([(m.span(), m.regs) for m in rebuilt.finditer(text)]
                        == [(m.span(), m.regs) for m in original.finditer(text)]), pattern[:80]
    assert factored > 50  # the cue alternations
    second = _run_healthlint(tmp_path, str(SEED))  # now served from the store
    assert second.stdout == first.stdout


def test_a_stored_pattern_matches_as_the_original(store: compiled_re._Store) -> None:
    pattern = r"(?P<drug>kratom|kava)\s+(?:may|can)\s+cause\s+(?P<harm>hair\s+loss|alopecia)"
    fresh = compiled_re.compile_re(pattern, re.IGNORECASE)
    fresh.search("")  # used: generated and stored
    store.save()
    again = compiled_re._Store()
    entry = again.load()[(pattern, int(re.IGNORECASE))]
    served = compiled_re._build(pattern, (entry[0], again.program(entry), *entry[2:]))  # its file's program
    text = "Users say KRATOM can cause Hair Loss; kava may cause alopecia."
    assert [m.groupdict() for m in served.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]
    assert [m.span() for m in served.finditer(text)] == [(10, 36), (38, 61)]


def test_a_new_pattern_is_generated_when_first_used(store: compiled_re._Store) -> None:
    """A first run on an empty cache generates only the programs it uses (issue 17): a
    pattern the store lacks is neither parsed nor stored until a search, or a question
    only its program answers (``flags``, ``groups``), needs it."""
    pattern = r"(?<![a-z])(?P<drug>kratom|kava)\s+(?:may|can)\s+cause"
    key = (pattern, int(re.IGNORECASE))
    served = compiled_re.compile_re(pattern, re.IGNORECASE)
    assert isinstance(served, compiled_re.NewPattern)
    assert key not in store.load()
    assert compiled_re._given_flags(served) == re.IGNORECASE  # what cache keys read: nothing generated
    assert key not in store.load()
    original = re.compile(pattern, re.IGNORECASE)
    text = "Kava can cause harm; KRATOM may cause more."
    assert [m.span("drug") for m in served.finditer(text)] == [m.span("drug") for m in original.finditer(text)]
    assert store.load()[key] == compiled_re._generate(pattern, int(re.IGNORECASE))[1]
    assert (served.flags, served.groups, dict(served.groupindex)) == (
        original.flags, original.groups, dict(original.groupindex))


def test_a_new_pattern_in_a_table_is_read_back_under_the_same_key(store: compiled_re._Store) -> None:
    """``cached_tables`` keeps a pattern's text and the flags ``compile_re`` was given, so a
    table built before its patterns were used finds them in the store next time."""
    fresh = compiled_re.compile_re(r"\bhair\s+loss\b", re.IGNORECASE)
    stored = compiled_re._to_builtin(fresh)
    assert stored[1:] == (r"\bhair\s+loss\b", int(re.IGNORECASE))
    assert store.load() == {}  # not generated by being stored
    fresh.search("")
    again = compiled_re._from_builtin(stored)
    assert isinstance(again, compiled_re.LazyPattern) and not isinstance(again, compiled_re.NewPattern)
    assert again.search("Hair Loss").span() == (0, 9)


def test_a_damaged_store_is_ignored(store: compiled_re._Store, tmp_path: Path) -> None:
    compiled_re.compile_re(r"\bhair\b")
    store.save()
    path = store.path()
    path.write_bytes(b"not marshal at all")
    again = compiled_re._Store()
    assert again.load() == {}
    assert compiled_re.compile_re(r"\bhair\b").search("thin hair") is not None


def test_programs_stay_in_the_store_file_until_their_pattern_is_used(store: compiled_re._Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = [r"\b(?:hair|loss|thinning)\b", r"(?i)\bside\s+effects?\b", r"(?P<dose>\d+)\s*mg"]
    for pattern in patterns:
        compiled_re.compile_re(pattern).search("")
    store.save()
    again = compiled_re._Store()
    table = again.load()
    assert all(type(table[(p, 0)][1]) is tuple for p in patterns)  # (offset, length): not read yet
    monkeypatch.setattr(compiled_re, "_STORE", again)
    for pattern in patterns:
        served = compiled_re.compile_re(pattern)
        assert isinstance(served, compiled_re.LazyPattern) and not isinstance(served, compiled_re.NewPattern)
        assert served == re.compile(pattern)
        assert served.groupindex == re.compile(pattern).groupindex
    assert compiled_re.compile_re(patterns[2]).search("take 20 mg").group("dose") == "20"


def test_a_store_file_shorter_than_its_index_is_compiled_afresh(store: compiled_re._Store) -> None:
    pattern = r"\b(?:hair|loss|thinning)\b"
    compiled_re.compile_re(pattern).search("")
    store.save()
    path = store.path()
    path.write_bytes(path.read_bytes()[:-8])  # the last program cut short
    again = compiled_re._Store()
    with pytest.raises(ValueError):
        again.program(again.load()[(pattern, 0)])
    compiled_re._STORE = again
    try:
        assert compiled_re.compile_re(pattern).search("hair loss").group() == "hair"
    finally:
        compiled_re._STORE = store


def test_a_damaged_entry_is_compiled_afresh(store: compiled_re._Store) -> None:
    pattern = r"\b(?:hair|loss)\b"
    _, entry = compiled_re._generate(pattern, 0)
    zeroed = (entry[0], bytes(len(entry[1])), *entry[2:])  # a program _sre rejects
    store.load()[(pattern, 0)] = zeroed
    compiled = compiled_re.compile_re(pattern)
    assert compiled == re.compile(pattern)
    assert store.load()[(pattern, 0)] == entry  # replaced by the good program


def test_the_switch_turns_the_store_off(tmp_path: Path) -> None:
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(tmp_path), "HEALTHLINT_NO_REGEX_CACHE": "1"}
    out = subprocess.run([sys.executable, "-m", "pipeline", "check", str(SEED)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode in (0, 1), out.stderr
    assert not list(tmp_path.glob("regex-*.marshal"))


def test_a_bad_pattern_raises_what_re_raises_and_the_store_stays_on(store: compiled_re._Store) -> None:
    """At its first use (``compile_re`` generates a new pattern then), or at once through
    ``checked_re`` (a pattern a user configured)."""
    with pytest.raises(re.error):
        compiled_re.compile_re(r"(unclosed").search("text")
    with pytest.raises(re.error, match="look-behind"):
        assert compiled_re.compile_re(r"(?<=a+)b").groups  # asking for its groups generates it
    with pytest.raises(ValueError, match="LOCALE"):
        compiled_re.compile_re(r"\w+", re.LOCALE).search("text")  # a str pattern cannot use LOCALE
    with pytest.raises(re.error):
        compiled_re.checked_re(r"(unclosed")
    assert store.enabled
    assert compiled_re.compile_re(r"\bhair\b").search("thin hair") is not None
    assert (r"\bhair\b", 0) in store.load()


def test_the_store_is_pruned_to_what_a_run_used(store: compiled_re._Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled_re, "MAX_ENTRIES", 3)
    for word in ("one", "two", "three", "four"):
        compiled_re.compile_re(rf"\b{word}\b").search("")
    store.save()
    kept = compiled_re._Store()
    assert len(kept.load()) == 4  # all were used by this run
    kept.table = {**kept.load(), (r"\bstale\b", 0): kept.load()[(r"\bone\b", 0)]}
    monkeypatch.setattr(compiled_re, "_STORE", kept)
    compiled_re.compile_re(r"\bfive\b").search("")
    compiled_re.compile_re(r"\bone\b")
    kept.save()
    assert set(compiled_re._Store().load()) == {(r"\bfive\b", 0), (r"\bone\b", 0)}


def test_the_store_does_not_grow_when_the_same_articles_are_linted_again(tmp_path: Path) -> None:
    """Patterns must be spelled the same in every process (no set order, which follows the
    hash seed) and patterns built from an article's own words must stay out of the store:
    either would add entries at every run (issue 17: 3,903 entries after one corpus)."""
    clean = ROOT / "fixtures" / "clean-well-sourced.md"

    def keys(seed: str) -> set[tuple[str, int]]:
        env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        env.pop("HEALTHLINT_NO_REGEX_CACHE", None)
        subprocess.run([sys.executable, "-m", "pipeline", "check", str(SEED), str(clean)],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
        (path,) = tmp_path.glob("regex-*.marshal")
        return set(compiled_re.read_store_file(path))

    first = keys("1")
    assert first
    assert keys("2") == first
    assert keys("3") == first


@pytest.mark.parametrize("pattern, flags, text", [
    (r"(?:a|ab)", 0, "ab"),  # the shorter branch first: it wins, as in re
    (r"(?:ab|a)", 0, "ab"),
    (r"(?:foo|foobar|fo)(bar)?$", 0, "foobar"),  # backtracking into the alternation
    (r"\b(?:Side effects|SIDE|side effect)\b", re.IGNORECASE, "side effect, Side Effects, side"),
    (r"(?:a[bc]|[ab]x|ab|ax|a)", 0, "ax ab ac bx a"),  # a class is a barrier nothing moves across
    (r"(?:(a)b|(a)c|a(d)|)", 0, "ab ac ad a"),  # groups keep their numbers; an empty branch
    (r"(?i:kratom|Kava|KAV)(?:s|)", 0, "KAVA kavs kratoms"),
    (r"(?<=(?:ab|ac))x|(?:xy|xz|x)", 0, "abx acx xz xy"),
    (r"(?:\u0131s|is|Is)", re.IGNORECASE, "\u0131s is IS \u0130s"),  # non-ASCII: not keyed
])
def test_a_factored_alternation_matches_as_re_does(store: compiled_re._Store, pattern: str, flags: int,
                                                    text: str) -> None:
    ours, theirs = compiled_re.compile_re(pattern, flags), re.compile(pattern, flags)
    assert [m.regs for m in ours.finditer(text)] == [m.regs for m in theirs.finditer(text)]


def test_factored_alternations_match_as_re_does_on_random_patterns(store: compiled_re._Store) -> None:
    """Alternations of short words over a small alphabet (so branches share first letters
    and prefixes), in random orders, with optional tails, groups and classes, on random
    text: every match and group the same as re's."""
    rng = random.Random(17)
    atoms = ["a", "b", "A", "ab", "ba", "[ab]", "(a)", "(?:b|a)", "a?", "\\b", ""]
    for _ in range(300):
        branches = ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(2, 6))]
        pattern = "(?:" + "|".join(branches) + ")" + rng.choice(["", "b", "(b)?", "$", "a+"])
        flags = rng.choice([0, re.IGNORECASE])
        ours, theirs = compiled_re.compile_re(pattern, flags), re.compile(pattern, flags)
        for _ in range(5):
            text = "".join(rng.choice("abAB ") for _ in range(rng.randint(0, 12)))
            assert [m.regs for m in ours.finditer(text)] == [m.regs for m in theirs.finditer(text)], (pattern, text)


def test_fold_maps_every_character_ignorecase_matches_to_an_ascii_letter() -> None:
    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letters.fullmatch(char):
            assert len(compiled_re.fold(char)) == 1 and compiled_re.fold(char).isascii(), hex(code)
            assert re.fullmatch(compiled_re.fold(char), char, re.IGNORECASE), hex(code)


def test_fold_without_the_odd_characters_is_the_mapped_fold() -> None:
    """The shortcut (lower case only) gives what mapping first gives, with and without them."""
    table = compiled_re._FOLD_TO_ASCII
    for text in ["Plain ASCII Text", "Caf\u00e9 \u201cquoted\u201d \u00c9T\u00c9", "\u0130stanbul \u212aelvin",
                 "stra\u00dfe \u017fong \u0131", "", "\u03a3\u039f\u03a6\u0399\u0391"]:
        assert compiled_re.fold(text) == text.translate(table).lower()


@pytest.mark.parametrize("pattern, flags, literals", [
    (r"\bfor immediate release\b", re.IGNORECASE, ("for immediate release",)),
    (r"\b(?:media|press) contact\b|\bpublic affairs\b", re.IGNORECASE, (" contact", "public affairs")),
    (r"(?:add to (?:cart|bag)|checkout)", 0, ("add to ", "checkout")),
    (r"\b(?:in stock|(?:buy|order) now)?\b", 0, None),  # may match nothing
    (r"[A-Z]{2,5}-\d+", 0, None),  # no literal
    (r"x(?:ab|c)", 0, None),  # the best one is a single character
])
def test_required_literals(pattern: str, flags: int, literals: tuple[str, ...] | None) -> None:
    assert compiled_re.required_literals(re.compile(pattern, flags)) == literals


def test_a_text_without_the_required_literals_has_no_match() -> None:
    rng = random.Random(3)
    atoms = ["ab", "Ab", "ba", "[ab]", "(ab|ba)", "(?:aa)?", "b+", "(?i:AB)", "\\b", " ", "\u0131", "K"]
    for _ in range(400):
        pattern = "|".join("".join(rng.choice(atoms) for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 3)))
        flags = rng.choice([0, re.IGNORECASE])
        compiled = re.compile(pattern, flags)
        literals = compiled_re.required_literals(compiled)
        if literals is None:
            continue
        for _ in range(10):
            text = "".join(rng.choice(["a", "b", "A", "B", " ", "\u0131", "\u0130", "\u212a", "k"])
                           for _ in range(rng.randint(0, 10)))
            if compiled.search(text):
                assert any(lit in compiled_re.fold(text) for lit in literals), (pattern, text, literals)


def test_lowered_pattern_matches_as_ignorecase():
    """A lower-cased pattern on lower-cased text finds what IGNORECASE finds on the text;
    patterns and texts where that would not hold are refused (None)."""
    import re as _re

    from lint_rules.store.compiled_re import lowered_pattern, lowered_text

    text = "Said the NPR reporter: TRY this.\nBy Jane Doe (Reuters) - [A-Z] Ünïcode ÉCLAIR said"
    low = lowered_text(text)
    assert low is not None
    for pattern in (r"\b(?:said|Told)\b", r"\(Reuters\)", r"^\s*By [A-Z][a-z]+", r"(?:^|[.!?]\s+)Try\b",
                    r"[^A-Z\s]+", r"éclair", r"\bnpr\b"):
        lowered = lowered_pattern(pattern)
        assert lowered is not None
        want = [m.span() for m in _re.finditer(pattern, text, _re.IGNORECASE | _re.MULTILINE)]
        assert [m.span() for m in _re.finditer(lowered, low, _re.MULTILINE)] == want, pattern
    for refused in (r"(?-i:[A-Z])x", r"(?P<name>a)", r"\x41", r"(a)\1", r"(?i)a",
                    "CAFÉ owners", "5 \u03bcg"):  # a capital outside ASCII; Greek mu (IGNORECASE: the micro sign too)
        assert lowered_pattern(refused) is None
    assert lowered_text("the Kelvin \u212a") is None and lowered_text("\u0130stanbul") is None


# -- BoundaryScan: a leading \b checked after the scan -------------------------------------

_BOUNDARY_TEXT = ("you said your yourself youth; the trial's authors said so. Our team told me: "
                  "our products, per serving, servings per container. Resaid? sayso says-who "
                  "you'll see. _you you_ 1you you1 über-you you-\n")


@pytest.mark.parametrize("pattern", [
    r"\b(?:said|told|says)\b",
    r"\b(?:you|your|you're|you'll|yourself)\b",
    r"\bour (?:products?|team)\b|\bper serving\b",
    r"\bsa(id)\b",
    r"\b(?P<w>you|our)\w*",
])
def test_a_boundary_scan_finds_what_the_pattern_finds(pattern: str) -> None:
    rx = re.compile(pattern)
    scan = compiled_re.BoundaryScan.of(rx)
    assert scan is not None
    for text in (_BOUNDARY_TEXT, _BOUNDARY_TEXT.upper().lower(), "", "you", "xyou you"):
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern,flags", [
    (r"(?:said|told)\b", 0),  # no leading boundary
    (r"\bsaid|told", 0),  # one branch without it
    (r"\b(?:said|told)", re.IGNORECASE),  # nothing to gain under IGNORECASE
    (r"\b[a-z]+", 0),  # begins with a class: too many places to try
    (r"\b(\w)\1", 0),  # a back-reference
])
def test_no_boundary_scan_where_it_would_not_be_the_same_or_faster(pattern: str, flags: int) -> None:
    assert compiled_re.BoundaryScan.of(re.compile(pattern, flags)) is None


def test_boundary_scans_match_as_re_does_on_random_text() -> None:
    rng = random.Random(17)
    words = ["said", "says", "you", "your", "our", "per", "serving", "team"]
    alphabet = "ab _-'\u00e9\n1" + "".join(words)
    for _ in range(60):
        chosen = rng.sample(words, rng.randint(1, 4))
        pattern = "|".join(r"\b" + w + (r"\b" if rng.random() < 0.5 else "") for w in chosen)
        rx = re.compile(pattern)
        scan = compiled_re.BoundaryScan.of(rx)
        assert scan is not None, pattern
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            assert [m.span() for m in scan.finditer(text)] == [m.span() for m in rx.finditer(text)], (pattern, text)


def test_boundary_scans_from_the_disk_cache_are_the_ones_of_makes() -> None:
    patterns = [re.compile(p) for p in (r"\b(?:said|told)\b", r"\bsaid|told", r"\bour team\b|\bper serving\b")]
    for _ in range(2):  # built, then read back
        many = compiled_re.BoundaryScan.many(patterns)
        for rx, scan in zip(patterns, many, strict=True):
            one = compiled_re.BoundaryScan.of(rx)
            assert (scan is None) == (one is None)
            if scan is not None and one is not None:
                assert scan.stripped.pattern == one.stripped.pattern
                assert [m.span() for m in scan.finditer(_BOUNDARY_TEXT)] == \
                    [m.span() for m in rx.finditer(_BOUNDARY_TEXT)]


@pytest.mark.parametrize("pattern, branches", [
    (r"\(Reuters\)|\bHealthDay\b", [r"\(Reuters\)", r"\bHealthDay\b"]),
    (r"(?:a|b)c|[|]d|\|e", ["(?:a|b)c", "[|]d", r"\|e"]),
    (r"one", ["one"]),
    (r"(\w)\1|x", None),  # a back-reference: not split
    (r"(?P<w>a)(?P=w)|b", None),
])
def test_top_level_branches(pattern: str, branches: list[str] | None) -> None:
    assert compiled_re.top_level_branches(pattern) == branches


# -- AlternativesScan: each top-level alternative scanned alone ---------------------------


def test_an_alternatives_scan_finds_what_the_pattern_finds() -> None:
    rng = random.Random(29)
    alts = [r"\(wire\)", r"\bnews\b", r"^\s*By (?-i:[A-Z][a-z]+)", r"\bstaff writer\b", r"(?:a|ab)c?",
            r"\bsaid", "x+", r"[.!?]\s+Try\b", r"\bour (?:team|products?)\b"]
    alphabet = ["(wire)", "News", "news", "By Ann", "by ann", "staff writer", "STAFF WRITER", "abc", "ab", "a",
                "said", "xx", ". Try", "our team", "Our products", " ", "\n", "q", "\u00e9", "\u0130"]
    scanned = 0
    for _ in range(150):
        pattern = "|".join(rng.sample(alts, rng.randint(2, 4)))
        flags = rng.choice([re.IGNORECASE | re.MULTILINE, re.MULTILINE])
        rx = re.compile(pattern, flags)
        (scan,) = compiled_re.AlternativesScan.many([rx])
        if scan is None:
            continue
        scanned += 1
        for _ in range(10):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in scan.finditer(text)] == want, (pattern, text)
            if flags & re.IGNORECASE:
                low = compiled_re.lowered_text(text)
                assert [(m.span(), m.groups()) for m in scan.finditer(text, low)] == want, (pattern, text)
    assert scanned > 50


@pytest.mark.parametrize("pattern", [
    r"abc|abd",  # a literal prefix already
    r"[$£]\d+|[$£]\d+\.\d\d",  # a first-character set already
    r"\bsaid\b|\btold\b",  # a BoundaryScan already
    r"^\s*About|^\s*Contact",  # no alternative is faster alone
    r"(\w)\1|\bx",  # a back-reference
])
def test_no_alternatives_scan_where_the_whole_pattern_is_as_fast(pattern: str) -> None:
    assert compiled_re.AlternativesScan.many([re.compile(pattern, re.IGNORECASE)]) == [None]


# -- Search: one search per sentence, texts without the required literals skipped ---------


def test_a_search_finds_what_the_patterns_search_finds() -> None:
    """On random patterns (some with an ``AlternativesScan``, some with required literals,
    some with neither) and random texts, ``Search.search`` gives ``re``'s match: the same
    span and groups, or None."""
    rng = random.Random(31)
    alts = [r"\(wire\)", r"\bnews\b", r"^\s*By (?-i:[A-Z][a-z]+)", r"\bstaff writer\b", r"(?:a|ab)c?",
            r"\bsaid", "x+", r"[.!?]\s+Try\b", r"\bour (?:team|products?)\b", r"\b(?:in|on)\s+(?:lab\s+)*mice\b",
            r"\b(\w+)\s+cells\b", r"\d+%"]
    alphabet = ["(wire)", "News", "news", "By Ann", "by ann", "staff writer", "STAFF WRITER", "abc", "ab", "a",
                "said", "xx", ". Try", "our team", "Our products", " ", "\n", "q", "\u00e9", "\u0130",
                "in", "on lab", "mice", "MICE", "cells", "12%", "\u212a"]
    kinds = set()
    for _ in range(150):
        pattern = "|".join(rng.sample(alts, rng.randint(1, 4)))
        rx = re.compile(pattern, rng.choice([re.IGNORECASE | re.MULTILINE, re.MULTILINE, re.IGNORECASE]))
        (search,) = compiled_re.Search.many([rx])
        kinds.add((search.literals is not None, search.scan is not None))
        for _ in range(10):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
            want, got = rx.search(text), search.search(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (pattern, text)
    assert {(True, False), (False, True), (False, False)} <= kinds


def test_the_nonhuman_evidence_searches_match_as_the_patterns() -> None:
    from lint_rules.analysis.studies import nonhuman_evidence, nonhuman_search

    texts = ["Mice fed the extract lived longer.", "In a study of lab rats given the drug, tumours shrank.",
             "The cells grown in a dish died.", "Human cell cultures responded.", "People who ate it slept well.",
             "It worked in vitro.", "A guinea pig study", "In lab tests on skin cells, it helped.", ""]
    for rx, search in zip(nonhuman_evidence(), nonhuman_search(), strict=True):
        for text in texts:
            want, got = rx.search(text), search.search(text)
            assert (got and got.span()) == (want and want.span()), text


def test_a_stored_pattern_is_built_only_when_used(store: compiled_re._Store, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<herb>kava|kratom)\s+(?:tea|extract)"
    compiled_re.compile_re(pattern, re.IGNORECASE).search("")  # generated and stored
    built: list[str] = []
    real_build = compiled_re._build
    monkeypatch.setattr(compiled_re, "_build", lambda p, e: built.append(p) or real_build(p, e))
    lazy = compiled_re.compile_re(pattern, re.IGNORECASE)
    original = re.compile(pattern, re.IGNORECASE)
    assert isinstance(lazy, compiled_re.LazyPattern)
    # what callers read to plan their scans, without building
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        original.pattern, original.flags, original.groups, dict(original.groupindex))
    assert built == []
    text = "Kava tea, then KRATOM extract."
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in original.finditer(text)]
    assert built == [pattern]
    assert lazy.search(text).span() == original.search(text).span()  # type: ignore[union-attr]
    assert lazy.sub("X", text) == original.sub("X", text)
    assert built == [pattern]  # built once
    assert lazy == original and hash(lazy) == hash(original) and repr(lazy) == repr(original)
    import copy
    import pickle

    assert copy.deepcopy(lazy) is lazy
    assert pickle.loads(pickle.dumps(lazy)).search(text).span() == (0, 8)


def test_a_lazy_pattern_with_a_damaged_entry_is_compiled_afresh_when_used(store: compiled_re._Store) -> None:
    pattern = r"\b(?:scalp|skin)\b"
    _, entry = compiled_re._generate(pattern, 0)
    store.load()[(pattern, 0)] = (entry[0], bytes(len(entry[1])), *entry[2:])
    lazy = compiled_re.compile_re(pattern)
    assert lazy.search("dry skin").group(0) == "skin"  # type: ignore[union-attr]
    assert store.load()[(pattern, 0)] == entry


def test_lowered_pattern_lowers_every_capital_outside_escapes_and_nothing_else() -> None:
    def by_hand(pattern: str) -> str:  # the rewrite spelled out: each escape kept, each ASCII capital lowered
        return re.sub(r"\\.|[A-Z]", lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).lower(),
                      pattern)

    rnd = random.Random(7)
    for alphabet in ("aZ\\\nÉé(:)|.bBS\\b\\s", "AbS\\W\\\\w(?:x)|[A-Z]"):
        for _ in range(3000):
            pattern = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
            lowered = compiled_re.lowered_pattern(pattern)
            assert lowered is None or lowered == by_hand(pattern), pattern
    assert compiled_re.lowered_pattern(r"\bHIV\S+\\B é") == r"\bhiv\S+\\b é"
    assert compiled_re.lowered_pattern(r"\bHIV É") is None  # a capital outside ASCII: not the same test


@pytest.mark.skipif(sys.platform == "win32", reason="--jobs forks workers")
def test_programs_a_worker_generates_are_kept_by_the_main_process(tmp_path: Path) -> None:
    """Pool workers end without saving the store: the programs they generate travel back
    with their results, so a ``--jobs 2`` run leaves the store a ``--jobs 1`` run leaves
    (else every worker of every later run generated them again)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a0.md").write_text("Walking helps.\n", encoding="utf-8")  # linted first, in the main process
    sources = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in (".md", ".txt"))[:11]
    assert len(sources) >= 8
    for i, source in enumerate(sources):
        (folder / f"b{i:02d}{source.suffix}").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    stored = {}
    for jobs in ("1", "2"):
        cache = tmp_path / f"cache-{jobs}"
        done = _run_healthlint(cache, str(folder), "--jobs", jobs, "--quiet")
        assert done.returncode in (0, 1), done.stderr
        (store_file,) = cache.glob("regex-*.marshal")
        stored[jobs] = set(compiled_re.read_store_file(store_file))
    assert stored["2"] == stored["1"]


def test_a_new_pattern_uses_a_program_a_worker_handed_back(store: compiled_re._Store) -> None:
    """A ``NewPattern`` whose program arrived from a ``--jobs`` worker (``keep_new``) after it
    was handed out builds from the store instead of generating the program again."""
    pattern = r"\b(?:ginkgo|ginseng)\s+(?:may|can)\s+help"
    key = (pattern, 0)
    served = compiled_re.compile_re(pattern)
    assert isinstance(served, compiled_re.NewPattern)
    compiled_re.keep_new({key: compiled_re._generate(pattern, 0)[1]})  # what a worker sends back
    added = store.added
    assert served.search("ginseng can help, some say") is not None
    assert store.added == added  # built from the handed-back program, not generated again


def test_every_registered_pattern_is_generated_identically(store: compiled_re._Store) -> None:
    """Every pattern the package registers in a run (not only those the seed article's run
    generates, since a first run generates only what it uses), generated and rebuilt from its
    program, is the pattern ``re`` compiles: same text, flags and groups, and for a factored
    alternation the same matches on the fixtures."""
    from lint_rules.api import lint_text

    lint_text(SEED.read_text(encoding="utf-8"), kind="text", path=str(SEED))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*"))
             if p.suffix in (".md", ".txt", ".html")]
    keys = [k for k in list(compiled_re.REGISTERED) if isinstance(k[0], str) and not k[1] & int(re.DEBUG)]
    assert len(keys) > 1000
    for pattern, flags in keys:
        try:
            original = re.compile(pattern, flags)
        except (re.error, OverflowError, ValueError):
            continue  # a bad pattern another test registered on purpose, not the package's
        rebuilt = compiled_re._build(pattern, compiled_re._generate(pattern, flags)[1])
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (original.pattern, original.flags,
                                                                         original.groupindex)
        if rebuilt != original:
            for text in texts:
                assert ([(m.span(), m.regs) for m in rebuilt.finditer(text)]
                        == [(m.span(), m.regs) for m in original.finditer(text)]), pattern[:80]


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?:side[- ]effects?)|(?:\badverse\b)|(?:\brisks?\b)|(?:\bharm(?:s|ful)?\b)|(?:\bcontraindicat\w*)", 0),
    (r"\bno\b|\bnot\b|(?:\bnever(?= )|\bnone)|n't", re.IGNORECASE),
    (r"(?:\b(?:a|an) (?:risk|harm))|(?:\brisk(?!s))|(?:(?<=x)\brisky)|\B-risk", 0),
    (r"(?:\bab)|(?:\ba)|(?:\b(?:ab|b)c?)", 0),
])
def test_an_existence_pattern_matches_where_the_pattern_does(pattern: str, flags: int) -> None:
    """speed11: the ``\\b``-led alternatives gathered under one boundary match somewhere (between
    the same pos and endpos) exactly where the union does, on random texts of the letters they
    name, and the rewrite took place."""
    rx = compiled_re.compile_re(pattern, flags)
    fast = compiled_re.existence_pattern(rx)
    assert fast is not rx and fast.pattern.count("\\b(?:") >= 1
    rng = random.Random(11)
    alphabet = ["a", "b", "c", "x", "-", " ", "s", "risk", "harm", "no", "not", "never", "'", "n't", "ful",
                "side", "effect", "adverse", "contraindicat", "A", "RISK", "NOT"]
    agree = found = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        want = rx.search(text, pos, end) is not None
        assert (fast.search(text, pos, end) is not None) == want, (pattern, text, pos, end)
        agree += 1
        found += want
    assert 0 < found < agree  # both answers were asked for


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\bab|\bcd", 0),  # (gathered: the one case here that is rewritten)
    (r"(\ba)\1|\bb", 0),  # a back-reference: group numbers would change
    (r"(?i)\bab|\bcd|\bef", 0),  # a global flag must stay first
    (r"ab|cd|\bef", 0),  # one boundary alternative: nothing to gather
    (r"\bab", 0),  # no alternatives
    ("\\bab  # x|y\n|\\bcd", re.VERBOSE),  # a verbose comment holds a "|": no branches to split
])
def test_no_existence_rewrite_where_it_would_not_be_the_same(pattern: str, flags: int) -> None:
    rx = compiled_re.compile_re(pattern, flags)
    fast = compiled_re.existence_pattern(rx)
    if pattern == r"\bab|\bcd":
        assert fast is not rx and fast.pattern == r"\b(?:ab|cd)"
    else:
        assert fast is rx


@pytest.mark.parametrize("pattern, openings", [
    (r"randomi[sz]ed|placebo", {"ran", "pla"}),
    (r"no(?:t)?", {"no", "not"}),  # a match may end after two characters
    (r"\bco-?a", {"co-", "coa"}),  # \b consumes nothing
    (r"(?:a|an) \w+", {"a ", "an "}),  # \w: the string stops before it
    (r"ab\w|abc", {"ab"}),
    (r"(?:ab){2,}", {"aba"}),
    (r"x{5}", {"xxx"}),
    (r"\d+", None),  # any digit (Unicode digits too): no short list
    (r"(?i:abc)", None),  # case-insensitive
    (r"x?", None),  # may match nothing
    (r"a|.", None),
])
def test_opening_strings(pattern: str, openings: set[str] | None) -> None:
    found = compiled_re.opening_strings(pattern)
    assert (None if found is None else set(found)) == openings


@pytest.mark.parametrize("pattern, openings", [
    (r"\d%", {f"{d}%" for d in "0123456789"}),
    (r"[$\d]x", {"$x"} | {f"{d}x" for d in "0123456789"}),  # \d inside a class
    (r"\D", None),  # not a digit: anything else
    (r"[^\d]", None),
])
def test_opening_strings_with_ascii_digits(pattern: str, openings: set[str] | None) -> None:
    """``\\d`` read as 0-9 (for a text whose only digits are those); without the option
    ``\\d`` gives no list at all."""
    found = compiled_re.opening_strings(pattern, ascii_digits=True)
    assert (None if found is None else set(found)) == openings
    assert compiled_re.opening_strings(pattern) is None


@pytest.mark.parametrize("text, only", [
    ("50% of 1,200 adults", True),
    ("caf\u00e9 \u201c12\u201d \u2014 \u00bd dose", True),  # non-ASCII, but no other digit (½ is no decimal)
    ("\u0664\u0665% of adults", False),  # Arabic-Indic digits
    ("\uff15\uff10%", False),  # full-width digits
    ("\u00b2", False),  # a superscript: isdigit, not \d, but never said to be only 0-9 (safe side)
])
def test_has_only_ascii_digits(text: str, only: bool) -> None:
    assert compiled_re.has_only_ascii_digits(text) is only
    if only:  # then \d matches exactly where [0-9] does
        assert [m.span() for m in re.finditer(r"\d", text)] == [m.span() for m in re.finditer(r"[0-9]", text)]


def test_every_match_begins_with_one_of_the_opening_strings() -> None:
    rng = random.Random(11)
    atoms = ["ab", "ba", "[ab]", "(?:ab|ba)", "(?:aa)?", "b+", "a{2,3}", "\\b", " ", "\\w", "(?=b)", "(?!a)",
             "c*", "(?:x|)"]
    checked = 0
    for _ in range(500):
        pattern = "|".join("".join(rng.choice(atoms) for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 3)))
        openings = compiled_re.opening_strings(pattern, length=rng.choice([1, 2, 3]))
        if openings is None:
            continue
        rx = re.compile(pattern)
        for _ in range(10):
            text = "".join(rng.choice("abcx -") for _ in range(rng.randint(0, 12)))
            for at in range(len(text) + 1):
                if rx.match(text, at):
                    checked += 1
                    assert text[at:].startswith(tuple(openings)), (pattern, text, at, openings)
    assert checked > 100


def test_saving_releases_the_mapped_file_and_keeps_serving(store: compiled_re._Store) -> None:
    """The store file is mapped while a process reads it; saving must let go of the mapping
    before the rename (Windows refuses to replace a mapped file, so the store would never be
    updated there) and the process must go on finding every program, old and new."""
    first = r"\bkratom\b"
    compiled_re.compile_re(first).search("")
    store.save()
    mapped = compiled_re._Store()  # a second process: reads the first's file through a mapping
    mapped.load()
    old_map = mapped.programs
    assert not isinstance(old_map, bytes)  # the file is mapped, not read
    second = r"\bkava\b"
    entry = compiled_re._generate(second, 0)[1]
    mapped.table[(second, 0)] = entry  # what compile_re records for a pattern it generated
    mapped.added += 1
    mapped.save()
    assert old_map.closed  # released before the rename
    for key in ((first, 0), (second, 0)):  # still served, now from the saved bytes
        entry = mapped.table[key]
        rebuilt = compiled_re._build(key[0], (entry[0], mapped.program(entry), *entry[2:]))
        assert rebuilt.search("kava and kratom") is not None
    assert set(compiled_re.read_store_file(store.path())) == {(first, 0), (second, 0)}
