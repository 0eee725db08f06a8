"""The knowledge layer: data files with their sources named at the top, and one loader.

Every word list, cue list and table the analyses and rules read lives in this folder as
data (CSV, TOML or one entry a line), so a new phrase is a data row and a test case, not a
code edit. Lines starting with ``#`` name a file's sources and are skipped here; nothing
else in the project opens these files by path.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

KNOWLEDGE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The path of a shipped data file (for callers that hash or glob them)."""
    return KNOWLEDGE / name


def read_text(name: str) -> str:
    return (KNOWLEDGE / name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    """Entries of a one-entry-a-line list, without blanks and ``#`` source lines."""
    return [s for s in (line.strip() for line in read_text(name).splitlines()) if s and not s.startswith("#")]


def with_includes(entries: Iterable[str], lists: Mapping[str, list[str]] | None = None,
                  where: str = "") -> list[str]:
    """The entries of a data list with each ``@name`` entry replaced, in place, by what it
    names: a key of ``lists`` (the other lists of the same data file, as the completeness
    cues use it) or else a one-entry-a-line file ``name`` (``read_lines``). Why: a list two
    places need (the "clear-headed" forms: denial cues of ``context_cues.toml`` and Brain fog
    synonyms of ``effects_vocabulary.csv``; the association cues of three criteria) is
    written once, and the one mechanism says where it is. One level only: an included list
    that itself includes, or a name that is neither a key nor a shipped file, is an error of
    the data file said at load (``where`` names the list), never the literal "@a" compiled
    as a cue."""
    out: list[str] = []
    for entry in entries:
        if not entry.startswith("@"):
            out.append(entry)
            continue
        name = entry[1:]
        if lists is not None and name in lists:
            items = lists[name]
        elif (KNOWLEDGE / name).is_file():
            items = read_lines(name)
        else:
            raise ValueError(f"{where or 'data list'}: unknown @{name}")
        nested = [item for item in items if item.startswith("@")]
        if nested:
            raise ValueError(f"{where or 'data list'}: @{name} refers on to {nested[0]} (one level only)")
        out.extend(items)
    return out


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a CSV whose leading ``#`` lines name its sources."""
    with open(KNOWLEDGE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def read_toml(name: str) -> dict[str, Any]:
    """A TOML data file, parsed, with each verb lemma marked ``{v:…}`` in its strings written
    as its forms (``verb_forms``). ``tomllib`` is pure Python (about 50 ms of CPU for the
    shipped files, a third of a one-article run), so the parsed value is kept in the user
    cache folder with ``marshal``, keyed by the file's text, the Python version and the
    package version: an edited file is parsed afresh. Each call returns a new value, as
    parsing did. Without a usable cache folder, or for a value ``marshal`` cannot store (a
    TOML date), the file is parsed each time.

    A file with marks is kept as marked words written out (``_expand_marks``: 10-25 ms of a
    new process for ``assertion_cues.toml`` and ``contradiction_claims.toml``, issue 17), so
    its key also holds what the forms are made from: this module and WordNet's irregular
    verbs (``files_key``: their size and modification time), and an edit to either, or to
    the file, expands it afresh. A kept file starts with a digest of its bytes (``_SUM``):
    one that was changed on disk is parsed again and rewritten, even when it still unmarshals.

    Several analyses read the same file (``contradiction_claims.toml`` seven times in one
    article's check): a later call in the process, while the file's text and the cache folder
    are what they were, unmarshals the bytes the first call read or wrote (``_READ``) instead
    of hashing the text and reading the cache file again."""
    import marshal

    from lint_rules.store.fileio import cache_dir

    text = read_text(name)
    where = (str(KNOWLEDGE), name, str(cache_dir()))
    known = _READ.get(where)
    if known is not None and known[0] == text:
        return marshal.loads(known[1])  # type: ignore[no-any-return]
    if "{v" in text or "{a:" in text:
        from lint_rules.store.diskcache import files_key

        made_by = files_key(__file__, KNOWLEDGE / "verbs_irregular_wordnet.txt")
        value, blob = _read_toml(name, text, expanded=made_by)
    else:
        value, blob = _read_toml(name, text)
    if blob is not None:
        _READ[where] = (text, blob)
    return value


#: (knowledge folder, file name, cache folder) -> (the file's text, its marshalled value):
#: what ``read_toml`` read once in this process (a few hundred kilobytes in all).
_READ: dict[tuple[str, str, str], tuple[str, bytes]] = {}


def _read_toml(name: str, text: str, expanded: str | None = None) -> tuple[dict[str, Any], bytes | None]:
    """The parsed file from the cache folder, or parsed (and written there); with
    ``expanded`` (the key of the expansion's own sources), its marks written out. Also the
    marshalled bytes of the value, or None for a value ``marshal`` cannot store."""
    import marshal
    import sys

    from lint_rules import __version__
    from lint_rules.store.digest import key_digest
    from lint_rules.store.fileio import atomic_write, cache_dir, prune_stale

    # "summed": the file is the blob after its digest (``_SUM``); a reader of the files
    # before it (main's, without the digest) keys another name and never reads this one
    key = f"{__version__}|{sys.version_info[0]}.{sys.version_info[1]}|{name}|summed|{text}"
    stem = f"toml-{Path(name).stem}"
    if expanded is not None:
        key, stem = f"{key}\x00{expanded}", f"tomlx-{Path(name).stem}"
    cache = cache_dir() / f"{stem}-{key_digest(key.encode())[:16]}.marshal"
    try:
        stored = cache.read_bytes()
        blob = stored[_SUM:]
        if stored[:_SUM] == _sum(blob):
            return marshal.loads(blob), blob
    except Exception:  # absent, unreadable or damaged: parse (and write it again)
        pass
    import tomllib  # here: a run whose cache is warm never imports it

    value = tomllib.loads(text)
    if expanded is not None:
        value = _expand_marks(value)
    try:
        blob = marshal.dumps(value)
    except ValueError:  # a TOML date
        return value, None
    try:
        atomic_write(cache, _sum(blob) + blob)
        prune_stale(cache, stem)
        if expanded is not None:  # the file before it had marks, kept unexpanded (main's)
            prune_stale(cache, f"toml-{Path(name).stem}")
    except OSError:  # a read-only home, a full disk
        pass
    return value, blob


#: Bytes of the digest a kept file starts with. A damaged file can still unmarshal (one
#: "(?:" changed to "[?:" in a cue pattern is a valid string, and 13 rules then failed with
#: HL001 until the cache folder was cleared): the digest, checked before ``marshal.loads``,
#: makes any change to the bytes a miss that parses the text again and rewrites the file.
_SUM = 8


def _sum(blob: bytes) -> bytes:
    """The ``_SUM``-byte BLAKE2b digest of a kept file's marshalled value (about 0.3 ms
    for all 21 kept files, 316 KB, at load ~4)."""
    from lint_rules.store.digest import blake2b

    return bytes(blake2b(blob, digest_size=_SUM).digest())


#: A verb lemma marked in a cue string: ``{v:disagree}``, ``{v:point out|note|dispute}``
#: (every form), ``{vf:say|claim}`` (the finite forms and participles only, no -ing form);
#: an adjective marked ``{a:long|short}`` (its positive, comparative and superlative forms).
_MARK = re.compile(r"\{(v|vf|a):([a-z][a-z |'-]*)\}")


@functools.lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    """WordNet's irregular verb forms by lemma (``verbs_irregular_wordnet.txt``)."""
    out: dict[str, list[str]] = {}
    for line in read_lines("verbs_irregular_wordnet.txt"):
        form, _, lemma = line.partition(" ")
        out.setdefault(lemma, []).append(form)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def verb_forms(lemma: str) -> tuple[str, ...]:
    """Every form of a verb: the lemma, its -s, past and participle, and -ing forms ("state"
    -> state, states, stated, stating; "withdraw" -> withdraw, withdraws, withdrawing,
    withdrew, withdrawn). WordNet's irregular forms (verb.exc) are added; they stand in for
    the rule's -ing form when they hold one ("stopping", not "stoping"), and for the rule's
    past when they hold a doubled past ("stopped") or both a past and a participle ("saw",
    "seen": not "seed"). One irregular participle leaves the regular past ("shown" and
    "showed", "burnt" and "burned"); a past that only rule makes is kept even when no one
    writes it ("sayed": it matches nothing). A multi-word verb inflects its first word
    ("point out", "pointed out")."""
    head, _, rest = lemma.strip().partition(" ")
    irregular = _irregular().get(head, ())
    if head.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head.endswith("e"):
        past = head + "d"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past = head[:-1] + "ied"
    else:
        past = head + "ed"
    if head.endswith(("ee", "ye", "oe")) or head == "be":
        ing = head + "ing"
    elif head.endswith("e"):
        ing = head[:-1] + "ing"
    else:
        ing = head + "ing"
    heads = [head, third]
    pasts = [f for f in irregular if not f.endswith("ing")]
    if not (len(pasts) >= 2 or any(f.endswith("ed") for f in pasts)):
        heads.append(past)
    if not any(f.endswith("ing") for f in irregular):
        heads.append(ing)
    heads += irregular
    return tuple(f"{h} {rest}" if rest else h for h in dict.fromkeys(heads))


@functools.cache
def adjective_forms(lemma: str) -> tuple[str, ...]:
    """An adjective's degrees by the spelling rules of English comparison (the rules WordNet's
    morphy undoes): "long" -> long, longer, longest; "late" -> later, latest; "early" ->
    earlier, earliest; "big" -> bigger, biggest (a short word ending consonant-vowel-consonant
    doubles its last letter). Only one-word adjectives that compare by -er/-est are marked:
    "longer term" is the time frame "long term" said comparatively."""
    if lemma.endswith("e"):
        stem, er, est = lemma, lemma + "r", lemma + "st"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        er, est = stem + "ier", stem + "iest"
    elif (len(lemma) <= 4 and re.fullmatch(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]", lemma)):
        er, est = lemma + lemma[-1] + "er", lemma + lemma[-1] + "est"
    else:
        er, est = lemma + "er", lemma + "est"
    return (lemma, er, est)


def phrase_alternation(phrases: list[str]) -> str:
    """The phrases of a data list as one regex alternation (no group): each phrase's words
    escaped and joined by any whitespace, longest first so a longer phrase wins over its
    prefix ("no more than" before "no more"), duplicates once."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=lambda s: (-len(s), s)))


def verb_alternation(lemmas: str, finite: bool = False) -> str:
    """A regex group of every form of the ``|``-separated lemmas (with ``finite``, no -ing
    form), longest first; words of a multi-word verb are joined by any whitespace."""
    forms = dict.fromkeys(f for lemma in lemmas.split("|") if lemma.strip() for f in verb_forms(lemma.strip())
                          if not (finite and f.split()[0].endswith("ing") and not lemma.strip().startswith(f.split()[0])))
    parts = [r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=lambda s: (-len(s), s))]
    return "(?:" + "|".join(parts) + ")"


def _expand_mark(m: re.Match[str]) -> str:
    if m.group(1) == "a":
        forms = sorted({f for a in m.group(2).split("|") if a.strip() for f in adjective_forms(a.strip())},
                       key=lambda s: (-len(s), s))
        return "(?:" + "|".join(map(re.escape, forms)) + ")"
    return verb_alternation(m.group(2), m.group(1) == "vf")


def _expand_marks(value: Any) -> Any:
    """``value`` with each ``{v:…}`` mark in its strings replaced by ``verb_alternation``, each
    ``{a:…}`` mark by the adjective's degrees (``adjective_forms``)."""
    if isinstance(value, str):
        return _MARK.sub(_expand_mark, value) if ("{v" in value or "{a:" in value) else value
    if isinstance(value, list):
        return [_expand_marks(v) for v in value]
    if isinstance(value, dict):
        return {k: _expand_marks(v) for k, v in value.items()}
    return value
