"""Grammar rules: LanguageTool's checks (GRM001) and search queries pasted into statements
(GRM002, offline).

GRM001 is off by default: it needs a LanguageTool server (see ``lint_rules.services.languagetool``),
and even a warm one adds a round trip per file to a pre-commit hook that otherwise runs in a
fraction of a second. Turn it on with ``extend-select = ["GRM001"]`` (or
``--extend-select grammar``) once a server is configured.

Medical vocabulary must not drown the report in "possible spelling mistake": words from the
concept lexicon, the herb and drug list (``knowledge/medical_words.txt``) and the project's
own list (``[tool.healthlint.grammar] words`` / ``words-files``) are accepted. Beyond lists,
``why_not_a_misspelling`` reads the evidence the article itself gives (names it uses
elsewhere, terms it repeats, compounds of known words); see the section on GRM001 below.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import BODY, LIST_ITEM, PARAGRAPH, QUOTE, Document
from lint_rules.knowledge import KNOWLEDGE, read_lines
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:
    from lint_rules.services.languagetool import LTMatch

STEMS_FILE = "medical_words_stems.txt"
_WORD_SPLIT = compile_re(r"[^\w'’-]+")


def _read_words(path: Path) -> frozenset[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.update(w.lower() for w in _WORD_SPLIT.split(line) if w)
    return frozenset(words)


@lru_cache(maxsize=1)
def shipped_vocabulary() -> frozenset[str]:
    """Herb, drug and medical words (``medical_words*.txt``) plus the concept lexicon's
    terms, split into words."""
    words: set[str] = set()
    for path in sorted(KNOWLEDGE.glob("medical_words*.txt")):
        if path.name != STEMS_FILE:
            words |= _read_words(path)
    words |= _lexicon_words()
    return frozenset(words)


def _lexicon_words() -> set[str]:
    """The concept lexicon's terms split into words. Derived once per lexicon version and
    kept in the cache folder: reading all 19,000 concept rows in every run cost 0.26 s."""
    try:
        from lint_rules.analysis.concepts import get_lexicon, lexicon_key
        from lint_rules.store.diskcache import cached
    except ImportError:  # the concept lexicon is optional for grammar
        return set()

    def build() -> list[str]:
        terms = get_lexicon().terms()
        return sorted({w.lower() for term in terms for w in _WORD_SPLIT.split(str(term)) if len(w) > 2})

    try:
        return set(cached("lexicon-words", lexicon_key(), build, builtin=True))
    except Exception:  # a broken lexicon must not stop grammar checking
        return set()


@lru_cache(maxsize=16)
def project_vocabulary(words: tuple[str, ...], files: tuple[str, ...], root: str) -> frozenset[str]:
    out = {w.lower() for w in words}
    for name in files:
        path = Path(root) / name
        try:
            out |= _read_words(path)
        except OSError:
            continue  # named in config but missing: the rule reports nothing about it
    return frozenset(out)


@lru_cache(maxsize=1)
def drug_stems() -> tuple[str, ...]:
    """Endings of generic drug names (USAN/INN stems), longest first."""
    stems = (w.lstrip("-") for w in _read_words(KNOWLEDGE / STEMS_FILE))
    return tuple(sorted(stems, key=len, reverse=True))


def accepted(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a word LanguageTool calls misspelled is medical vocabulary we know."""
    w = word.lower().strip("'’-")
    if (word.islower() or word.istitle()) and len(w) >= 7 and w.endswith(drug_stems()):
        return True
    for suffix in ("'s", "’s", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in vocabulary:
            return True
    return w in vocabulary


class LanguageToolMatch(Rule):
    """LanguageTool found a grammar, spelling or usage problem.

    What it flags:
    What LanguageTool reports in the body prose: agreement errors ("they was"), confused
    words, misspellings, doubled words, punctuation slips. Code, front matter, URLs, the
    reference list and the author bio are never sent. A word LanguageTool's dictionary
    lacks is not reported when the document itself vouches for it: herb, drug and medical
    words and the project's word list; names (capitalised inside a sentence, or opening one
    when the article writes them capitalised elsewhere, or before "said", "'s", ", who");
    a term the article spells the same way twice or more; a prefix before a known word
    ("nondrug"); a Latin species name; a web address broken by spaces. A word one letter
    from a dictionary word ("recieve", "untill") is reported however often the article
    repeats it, and so is a rarer spelling of a word the article uses ("trptorelin"). British spellings are not reported one by one in an article that keeps
    to British spelling. `check-names = true` turns the name tests off. Off by default:
    needs a LanguageTool server (`HEALTHLINT_LANGUAGETOOL_URL` or
    `[tool.healthlint.grammar] server`); enable with `extend-select = ["GRM001"]`.

    Why it matters:
    Readers judge the reliability of health information by its surface: careless grammar
    is one of the cues that make them distrust a page, and a garbled sentence about a dose
    or a side effect can be misread.

    Example:
    "Patients who takes the drug twice a day was more likely to stop."

    Better:
    "Patients who take the drug twice a day were more likely to stop."
    """

    code = "GRM001"
    name = "grammar.languagetool"
    category = "grammar"
    severity = Severity.WARNING
    default_enabled = False
    options = {
        "max-per-file": Option(int, 50, "report at most this many LanguageTool matches a file"),
        "check-names": Option(bool, False, "also report the capitalised words the name tests "
                              "accept (inside a sentence, or before \"said\"…) as misspellings"),
    }

    @classmethod
    def start_run(cls, ctx: RuleContext) -> None:
        """Connect (or start LanguageTool) once per run, before files are linted."""
        from lint_rules.services import languagetool as lt

        lt.connect(ctx)

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        from lint_rules.services import languagetool as lt  # GRM001 is opt-in: loaded when it runs

        conn = lt.connect(ctx)
        if conn is None:
            return
        settings = lt.settings_for(ctx)
        try:
            matches = lt.check_document(conn, doc, settings)
        except lt.LanguageToolError as exc:
            lt.note(ctx, f"grammar (GRM001) stopped: {exc}. Files checked before this are "
                         "complete; the rest were not grammar-checked.")
            ctx.services[lt.SERVICE] = None
            return
        vocabulary = shipped_vocabulary() | project_vocabulary(
            settings.words, settings.words_files, settings.root)
        check_names = bool(ctx.option("check-names"))
        one_variety = writes_one_variety(doc, matches)
        shown = 0
        for m in matches:
            if m.is_locale_variant and one_variety:
                continue
            if m.is_spelling and why_not_a_misspelling(doc, m, vocabulary, check_names=check_names):
                continue
            if shown >= ctx.option("max-per-file"):
                break
            shown += 1
            suggestion = ("Replace with: " + ", ".join(f"“{r}”" for r in m.replacements[:3])
                          if m.replacements else None)
            yield self.finding(
                doc, m.start, m.end, f"{m.message} [{m.rule_id}]",
                severity=lt.severity_of(m, settings), suggestion=suggestion,
                evidence={"rule": m.rule_id, "category": m.category, "issue_type": m.issue_type,
                          "replacements": list(m.replacements), "languagetool": conn.how},
            )


# -- GRM001: telling a misspelling from a word LanguageTool does not know ------------------
#
# On news text most of LanguageTool's spelling matches are correct words its dictionary
# lacks: names of people, companies and products, new drugs, scientific compounds, web
# addresses the page broke with spaces, and British spellings in a British article. A
# misspelling is a slip: it happens once, near a correct word, and the writer does not
# repeat it consistently. Each test below is one piece of evidence from the document itself.

_TOKEN = compile_re(r"\w+(?:['’-]\w+)*")
#: a web address, even one the page broke with spaces ("https:/ / www. heart. org/ en/")
_ADDRESS = compile_re(r"(?:\bhttps?:/\s?/\s?|\bwww\.\s?)[\w%~=&#?+-]*"
                      r"(?:[./:]\s?(?=[a-z0-9%~=&#?+-])[\w%~=&#?+-]*)*")
#: what may open a sentence before its first word
_OPENERS = "\"'“‘([{—–-*#•> \t\n"
#: another part of a name: an initial or a capitalised word ("Mihai G. Netea")
_NEXT_IS_NAME = compile_re(r"\s+[A-Z][.a-z]")
_DATELINE = compile_re(r"\s*(?:[—–:]|--?\s)")
_SUSPENDED_HYPHEN = compile_re(r"[\w-]+-\s+(?:and|or|to|nor|versus|vs\.?)")
_AMERICAN_IZE = compile_re(r"\b\w{3,}(?:iz|yz)(?:e|es|ed|ing|ation|ations)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _spelling_cues() -> tuple[tuple[str, ...], frozenset[str]]:
    from lint_rules.knowledge import read_toml

    data = read_toml("grammar_spelling.toml")
    prefixes = tuple(sorted(data["prefixes"], key=len, reverse=True))
    return prefixes, frozenset(data["after-a-name"])


@lru_cache(maxsize=1)
def _name_cue_after() -> re.Pattern[str]:
    """What follows a person's name: "said", ", who", "and colleagues"."""
    cues = sorted(_spelling_cues()[1], key=len, reverse=True)
    return compile_re(r"\s*(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\b")


def _dictionary() -> Any:
    from lint_rules.analysis.textstat_offline import syllable_counts

    return syllable_counts()


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    """An English dictionary word (the CMU dictionary) or a medical one we ship (a word,
    not a drug-stem guess: "guadecitapine" is not a word that "guadecitabine" misspells)."""
    return word in vocabulary or word in _dictionary() or (
        word.endswith("s") and word[:-1] in vocabulary)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one letter from ``word``: dropped, doubled, swapped or replaced."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    candidates |= {a + c + b for a, b in splits for c in _LETTERS}
    candidates.discard(word)
    return candidates


def one_edit_from_a_word(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a dictionary or medical word is one letter away (dropped, doubled, swapped,
    replaced): "recieve", "dosege", "untill", "fluorouacil" are; "tramiprosate" is not."""
    return any(len(c) > 2 and _known(c, vocabulary) for c in _one_edit(word.lower()))


def _prefixed(word: str, vocabulary: frozenset[str]) -> bool:
    """A prefix or combining form before a known word of four letters or more, or before
    another such compound ("nondrug", "photomedicine", "neuroendovascular")."""
    for prefix in _spelling_cues()[0]:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and (
                _known(rest, vocabulary) or _prefixed(rest, vocabulary)):
            return True
    return False


def _compound(word: str, vocabulary: frozenset[str]) -> bool:
    """A prefixed word, or a hyphenated one whose parts are all words or prefixes
    ("nano-sized", "anti-anxiety", "multi-tasking")."""
    w = word.lower()
    parts = w.split("-")
    if len(parts) == 1:
        return _prefixed(w, vocabulary)
    prefixes = _spelling_cues()[0]
    return all(p and (p in prefixes or _known(p, vocabulary) or _prefixed(p, vocabulary))
               for p in parts)


class DocumentWords:
    """What the document itself says about its words: how often each form occurs (a
    hyphenated word also counts its parts, a possessive its noun) and which capitalised
    forms it uses where no sentence starts (names)."""

    def __init__(self, doc: Document) -> None:
        self.starts = sorted({s.start for s in doc.sentences} | {b.start for b in doc.blocks})
        self.counts: dict[str, int] = {}
        named: set[str] = set()
        text = doc.text
        for m in _TOKEN.finditer(text):
            word = m.group()
            key = word.lower()
            if key.endswith(("'s", "’s")):
                key = key[:-2]
            for part in {key, *key.split("-")}:
                self.counts[part] = self.counts.get(part, 0) + 1
            if word[:1].isupper() and word not in named and not self.sentence_initial(text, m.start()):
                named.add(word)
        self.named = frozenset(named)
        self.named_lower = frozenset(w.lower() for w in named)
        self.addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
        self.address_starts = [s for s, _ in self.addresses]

    def slip_of(self, word: str) -> str | None:
        """A word the document writes more often than ``word`` and that is one letter from
        it, not only at the end ("triptorelin" ×3 for "trptorelin"; "exosome" is no slip
        of "exosomes"). A name is only a slip of another name ("Deutster" of "Deuster",
        not "Komen" of "women")."""
        key = word.lower()
        if len(key) < 5:
            return None
        seen = self.counts.get(key, 0)
        for other in _one_edit(key):
            if self.counts.get(other, 0) > seen and other[:-1] != key[:-1] and \
                    other[:-1] != key and other != key[:-1] and \
                    (word.islower() or other in self.named_lower):
                return other
        return None

    def uses(self, word: str) -> int:
        """How often the document writes ``word`` (lower case), singular or plural."""
        stem = word[:-1] if word.endswith("s") else word
        return self.counts.get(stem, 0) + self.counts.get(stem + "s", 0)

    def sentence_initial(self, text: str, pos: int) -> bool:
        """Whether only opening punctuation stands between a sentence start and ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and not text[self.starts[i]:pos].strip(_OPENERS)

    def in_address(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.address_starts, start) - 1
        return i >= 0 and end <= self.addresses[i][1]


def document_words(doc: Document) -> DocumentWords:
    return doc.analysis("grammar.words", DocumentWords)


def why_not_a_misspelling(doc: Document, m: LTMatch, vocabulary: frozenset[str], *,
                          check_names: bool = False) -> str | None:
    """Why a LanguageTool spelling match is not reported (``None``: report it)."""
    text, word = doc.text, doc.text[m.start:m.end]
    if _looks_like_a_name(word):
        return "code or acronym"
    words = document_words(doc)
    if _part_of_an_address(text, m.start, m.end) or words.in_address(m.start, m.end):
        return "web address"
    if words.slip_of(word):
        return None  # the article spells it differently elsewhere, more often
    if accepted(word, vocabulary):
        return "vocabulary"
    if _SUSPENDED_HYPHEN.fullmatch(word):
        return "suspended hyphen"
    if word[:1].isupper() and not check_names and _a_name(doc, words, m.start, m.end):
        return "name"
    key = word.lower()
    if " " in key:
        return None  # an open compound ("middle aged"): LanguageTool's advice stands
    if word.islower() and _species_epithet(text, m.start, word):
        return "species name"
    if words.uses(key) >= 2:
        why = "used consistently"
    elif _compound(key, vocabulary):
        why = "compound"
    else:
        return None
    # a slip stays one letter from the word it misspells, however often it is repeated
    return None if one_edit_from_a_word(key, vocabulary) else why


def _a_name(doc: Document, words: DocumentWords, start: int, end: int) -> bool:
    """A capitalised word is a name inside a sentence, or at a sentence start when the
    document writes it capitalised inside a sentence elsewhere, or when it is possessive,
    followed by another name part, by a verb of saying or "and colleagues" ("Faustman
    said"), or is the dateline opening a block ("Newswise — …")."""
    text, word = doc.text, doc.text[start:end]
    if not words.sentence_initial(text, start) or word in words.named:
        return True
    after = text[end:end + 40]
    return (after[:2] in ("'s", "’s") or (after[:1] in "'’" and after[1:2].isspace())
            or bool(_NEXT_IS_NAME.match(after)) or bool(_name_cue_after().match(after))
            or (start in words.starts and bool(_DATELINE.match(after))))


_GENUS_BEFORE = compile_re(r"\b([A-Z][a-z]{3,})\s$")
_EPITHET_ENDINGS = ("a", "us", "um", "is", "ens", "ii", "ae")


def _species_epithet(text: str, start: int, word: str) -> bool:
    """The second word of a Latin species name ("Mucuna pruriens", "Annona muricata"):
    a Latin ending right after a capitalised word that no English dictionary has."""
    genus = _GENUS_BEFORE.search(text, max(0, start - 40), start)
    return genus is not None and word.endswith(_EPITHET_ENDINGS) and \
        genus.group(1).lower() not in _dictionary()


def writes_one_variety(doc: Document, matches: Iterable[LTMatch]) -> bool:
    """Whether the document keeps to one spelling variety: LanguageTool reports the other
    variety at least twice ("randomised", "per cent" in an en-US check) and the document
    never writes their counterparts ("randomized"), nor, for British spellings, any
    American -ize word. Such an article follows a house style; reporting every word of it
    is noise."""
    variants = [m for m in matches if m.is_locale_variant]
    words = document_words(doc)
    if len(variants) < 2:
        return False
    if any(words.counts.get(r.lower()) for m in variants for r in m.replacements[:1]):
        return False
    british = any(m.is_british for m in variants)
    return not (british and _AMERICAN_IZE.search(doc.text))


def _looks_like_a_name(word: str) -> bool:
    """Acronyms, codes and brand spellings ("NCCIH", "H5N1", "cfDNA", "SelectMDx") are
    names, not misspellings."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and (
        all(c.isupper() for c in letters) or any(c.isdigit() for c in word)
        or any(c.isupper() for c in word[1:])
    )


def _part_of_an_address(text: str, start: int, end: int) -> bool:
    """A word glued to a path or domain ("jamanetwork.com/…", "doi.org") that was not
    recognised as a URL."""
    before, after = text[start - 1:start], text[end:end + 2]
    return before in ("/", "@", ".") or after[:1] in ("/", "@") or (
        after[:1] == "." and after[1:2].isalpha())


# -- GRM002: a search query pasted into a statement ---------------------------------------


@lru_cache(maxsize=1)
def _query_pattern() -> re.Pattern[str]:
    verbs = sorted(_read_words(KNOWLEDGE / "languagetool_query_verbs.txt"))
    # "that" only as a complementiser (after a verb of saying or being): after a noun it
    # is a relative pronoun, and "people that do drugs get sick" is grammatical.
    that = r"(?:" + "|".join(read_lines("languagetool_query_that_heads.txt")) + r")\s+that"
    wh = r"(?:whether|how(?:\s+(?:long|much|often|soon|fast|quickly))?|why|where)"
    subject_word = r"(?!(?:not|n't|be|to|and|or|also|only|really|still|even|actually|always|never)\b)[\w'’-]+"
    return compile_re(
        rf"\b(?P<trigger>{that}|{wh})\s+(?P<aux>does|do|did)\s+"
        rf"(?P<subject>{subject_word}(?:\s+{subject_word}){{0,5}}?)\s+"
        rf"(?P<verb>{'|'.join(verbs)})\b",
        re.IGNORECASE,
    )


def _inside_quotes(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open (“…, ‘How do you…)."""
    return before.count("“") > before.count("”") or before.count("‘") > before.count("’") \
        or before.count('"') % 2 == 1


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


class SearchQueryInStatement(Rule):
    """A search query is pasted into a statement ("the good news is that does hair loss grow back").

    What it flags:
    A question word order ("does hair loss from kratom grow back", "how long does kratom
    stay") inside a sentence that is not a question: after "is that", "shows that",
    "whether", "how", "why" or "where", in the middle of a paragraph sentence with no
    question mark. Headings are not checked (a question-style heading is a style choice).

    Why it matters:
    It is the fingerprint of text written around search keywords rather than for readers,
    and it usually sits on the very claim the article wants to sell ("grows back
    naturally"). LanguageTool does not catch it, so this rule runs offline next to it.

    Example:
    "However, the good news is that does hair loss from kratom grow back naturally in
    many cases."

    Better:
    "Hair lost while taking kratom often grows back after stopping it (say who found
    this)."
    """

    code = "GRM002"
    name = "grammar.search-query-in-statement"
    category = "grammar"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        pattern = _query_pattern()
        for sent in doc.sentences:
            block = doc.blocks[sent.block]
            if block.role != BODY or block.kind not in (PARAGRAPH, LIST_ITEM, QUOTE):
                continue
            text = doc.text[sent.start:sent.end]
            if text.rstrip("\"'”’)] ").endswith("?"):
                continue
            for m in pattern.finditer(text):
                before = text[: m.start()]
                if not before.strip():
                    continue  # a question that lost its "?" is a different problem
                if "?" in text[m.end():] or _inside_quotes(before):
                    continue  # a quoted or embedded real question
                start, end = sent.start + m.start("aux"), sent.start + m.end("verb")
                subject, verb, aux = m.group("subject"), m.group("verb"), m.group("aux").lower()
                statement = f"{subject} {_third_person(verb.lower()) if aux == 'does' else verb}"
                yield self.finding(
                    doc, start, end,
                    f"This reads like a search query pasted into a statement "
                    f"(“{doc.text[start:end]}”)",
                    suggestion=f"Write it as a statement, e.g. “{statement}…”, and say who "
                               "found it" if aux != "did" else "Write it as a statement",
                    evidence={"trigger": m.group("trigger"), "query": doc.text[start:end]},
                )
