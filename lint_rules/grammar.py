"""Grammar rules: LanguageTool's checks (GRM001) and search queries pasted into statements
(GRM002, offline).

GRM001 is off by default: it needs a LanguageTool server (see ``lint_rules.languagetool``),
and even a warm one adds a round trip per file to a pre-commit hook that otherwise runs in a
fraction of a second. Turn it on with ``extend-select = ["GRM001"]`` (or
``--extend-select grammar``) once a server is configured.

Medical vocabulary must not drown the report in "possible spelling mistake": words from the
concept lexicon, the herb and drug list (``knowledge/medical_words.txt``) and the project's
own list (``[tool.healthlint.grammar] words`` / ``words-files``) are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lint_rules import languagetool as lt
from lint_rules.compiled_re import compile_re
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import BODY, LIST_ITEM, PARAGRAPH, QUOTE, Document

KNOWLEDGE = Path(__file__).parent / "knowledge"
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
    try:
        from lint_rules.analysis.concepts import get_lexicon
    except ImportError:  # the concept lexicon is optional for grammar
        return set()
    try:
        terms = get_lexicon().terms()
    except Exception:  # a broken lexicon must not stop grammar checking
        return set()
    return {w.lower() for term in terms for w in _WORD_SPLIT.split(str(term)) if len(w) > 2}


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
    reference list and the author bio are never sent. Herb, drug and medical words, and
    the project's word list, are not reported as misspellings, nor are capitalised words
    inside a sentence (names of people, places and products; `check-names = true` turns
    them on). Off by default: needs a
    LanguageTool server (`HEALTHLINT_LANGUAGETOOL_URL` or `[tool.healthlint.grammar]
    server`); enable with `extend-select = ["GRM001"]`.

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
        "check-names": Option(bool, False, "also report capitalised words inside a sentence "
                              "(mostly names of people and places) as misspellings"),
    }

    @classmethod
    def start_run(cls, ctx: RuleContext) -> None:
        """Connect (or start LanguageTool) once per run, before files are linted."""
        lt.connect(ctx)

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
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
        starts = {s.start for s in doc.sentences}
        shown = 0
        for m in matches:
            word = doc.text[m.start:m.end]
            if m.is_spelling and (
                accepted(word, vocabulary) or _looks_like_a_name(word)
                or _part_of_an_address(doc.text, m.start, m.end)
                or (word[:1].isupper() and m.start not in starts and not ctx.option("check-names"))
            ):
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
    that = (r"(?:is|was|are|were|means?|meant|says?|said|knows?|knew|found|finds?|shows?|showed|"
            r"suggests?|suggested|believes?|thinks?|thought|claims?|claimed|reports?|reported|"
            r"notes?|noted|seems?|appears?|news|truth|answer)\s+that")
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
