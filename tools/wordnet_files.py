"""Read WordNet 3.0's dict/ files (the Debian package wordnet-base: /usr/share/wordnet), for
the build-time scripts that derive healthlint's word lists from it
(build_wordnet_lexicon.py, build_wordnet_foods.py, build_wordnet_established.py,
build_wordnet_proper_adjectives.py). Nothing reads WordNet at run time.

The file format is WordNet's wndb(5): one synset a line, ``offset lex_filenum ss_type
w_cnt word lex_id … p_cnt pointer… | gloss``; licence header lines start with two spaces.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple


class Synset(NamedTuple):
    lex: int  #: lexicographer file number (noun.food is 13, noun.plant 20)
    words: list[str]  #: lemmas as written ("Swiss_chard", "pretty(a)")
    pointers: list[tuple[str, str, str]]  #: (symbol, target offset, target part of speech)


def synsets(folder: Path, pos: str) -> dict[str, Synset]:
    """Every synset of ``data.<pos>`` (noun, verb, adj, adv) by its offset."""
    out: dict[str, Synset] = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        k = 4 + 2 * count
        pointers = [(fields[k + 1 + 4 * i], fields[k + 2 + 4 * i], fields[k + 3 + 4 * i]) for i in range(int(fields[k]))]
        out[fields[0]] = Synset(int(fields[1]), words, pointers)
    return out


def index(folder: Path, pos: str) -> dict[str, list[str]]:
    """``index.<pos>``: each lemma's synset offsets, most frequent sense first."""
    out: dict[str, list[str]] = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split()
        out[p[0]] = p[4 + int(p[3]) + 2:]
    return out


def run_build(doc: str | None, out: Path, build: Callable[[Path], str]) -> int:
    """The command line the list-writing build scripts share: ``WORDNET_DICT [--check]``.
    ``build`` makes the file's text from the dict folder; ``--check`` only compares it with the
    shipped ``out`` (exit 1 when they differ), otherwise ``out`` is written."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("wordnet", type=Path, help="the WordNet 3.0 dict/ folder (wordnet-base: /usr/share/wordnet)")
    ap.add_argument("--check", action="store_true", help="fail when the shipped file differs")
    args = ap.parse_args()
    text = build(args.wordnet)
    if args.check:
        same = out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{out} differs from a rebuild")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10))} lines)")
    return 0
