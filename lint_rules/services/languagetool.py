"""Reaching LanguageTool, sending it a document's prose, and mapping its answers back.

Three ways to reach LanguageTool, tried in this order, once per run:

1. a server URL: ``[tool.healthlint.grammar] server = "http://…"`` or the environment
   variable ``HEALTHLINT_LANGUAGETOOL_URL`` (a team's server, a container, or the one
   ``tools/languagetool/start.sh`` runs from Maven Central's jars); when one is named and
   does not answer, the run says so once and goes on without grammar (no local fallback);
2. with no server named, a local LanguageTool that ``language_tool_python`` starts (and downloads on first use
   where the internet is reachable; needs Java 17 or newer);
3. neither: a run-level note says so once, with how to enable it, and every other rule runs.

The connection lives in ``ctx.services`` so it is made once per run, never per file. Each
file is one request: its body prose goes as LanguageTool "annotated text", where code-free
prose is ``text`` and everything else between the first and last body block (URLs, the
reference list, bios, tables) is ``markup`` that LanguageTool skips but counts. LanguageTool
then answers in offsets of that concatenation, which is exactly a slice of ``doc.text``, so
every match maps back to prose offsets and from there to source line and column.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lint_rules import knowledge
from lint_rules.config import ConfigError, register_section
from lint_rules.core import RuleContext, Severity
from lint_rules.document import BODY, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Document

ENV_URL = "HEALTHLINT_LANGUAGETOOL_URL"
SERVICE = "languagetool"
CHECKED_KINDS = frozenset({PARAGRAPH, LIST_ITEM, QUOTE, HEADING})
#: LanguageTool's spell-checker rules (Morfologik for English, Hunspell for others).
SPELLER_RULES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE", "HUNSPELL_NO_SUGGEST_RULE")
HOW_TO_ENABLE = (
    f"set {ENV_URL} (or [tool.healthlint.grammar] server) to a LanguageTool server, e.g. "
    "the one tools/languagetool/start.sh runs, or install Java 17+ and allow "
    "language_tool_python to download LanguageTool once"
)


# -- settings -------------------------------------------------------------------------


@dataclass(frozen=True)
class GrammarSettings:
    """``[tool.healthlint.grammar]``, validated."""

    server: str | None = None
    language: str = "en-US"
    local: bool = True  #: try a language_tool_python-managed LanguageTool
    picky: bool = False
    timeout: float = 60.0
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    words_files: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    root: str = "."


_KEYS = {
    "server", "language", "local", "picky", "timeout", "disabled-rules", "enabled-rules",
    "disabled-categories", "enabled-categories", "words", "words-files", "severity",
}


def validate_section(table: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    """Config validator for ``[tool.healthlint.grammar]`` (errors name the key)."""
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}.{key}: unknown key (known: {', '.join(sorted(_KEYS))})")
        if key in ("server", "language") and not isinstance(value, str):
            raise ConfigError(f"{where}.{key}: must be a string")
        if key in ("local", "picky") and not isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: must be true or false")
        if key == "timeout" and (isinstance(value, bool) or not isinstance(value, int | float) or value <= 0):
            raise ConfigError(f"{where}.{key}: must be a positive number of seconds")
        if key in ("disabled-rules", "enabled-rules", "disabled-categories",
                   "enabled-categories", "words", "words-files") and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise ConfigError(f"{where}.{key}: must be a list of strings")
        if key == "severity":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}.severity: must be a table of CATEGORY_OR_RULE = severity")
            for k, v in value.items():
                try:
                    Severity.parse(str(v))
                except ValueError as exc:
                    raise ConfigError(f"{where}.severity.{k}: {exc}") from None
    return dict(table)


register_section("grammar", validate_section)


@lru_cache(maxsize=1)
def _rules_data() -> dict[str, Any]:
    return knowledge.read_toml("languagetool_rules.toml")


def settings_for(ctx: RuleContext) -> GrammarSettings:
    table = ctx.config.section("grammar")
    defaults = _rules_data()["defaults"]
    return GrammarSettings(
        server=table.get("server") or os.environ.get(ENV_URL) or None,
        language=table.get("language", "en-US"),
        local=table.get("local", True),
        picky=table.get("picky", False),
        timeout=float(table.get("timeout", 60.0)),
        disabled_rules=tuple(table.get("disabled-rules", defaults["disabled-rules"])),
        enabled_rules=tuple(table.get("enabled-rules", ())),
        disabled_categories=tuple(table.get("disabled-categories", defaults["disabled-categories"])),
        enabled_categories=tuple(table.get("enabled-categories", ())),
        words=tuple(table.get("words", ())),
        words_files=tuple(table.get("words-files", ())),
        severity={k: Severity.parse(str(v)) for k, v in table.get("severity", {}).items()},
        root=ctx.config.root,
    )


def severity_of(match: LTMatch, settings: GrammarSettings) -> Severity:
    """Config first (by rule id, then category, then issue type), then the shipped table.
    Spelling variants ("randomised" in en-US) are ``locale-variant``: info by default."""
    if match.is_locale_variant:
        return settings.severity.get("locale-variant", Severity.INFO)
    for key in (match.rule_id, match.category, match.issue_type):
        if key in settings.severity:
            return settings.severity[key]
    data = _rules_data()
    name = data["category-severity"].get(match.category) or data["issue-type-severity"].get(
        match.issue_type, "info")
    return Severity.parse(name)


# -- connecting -------------------------------------------------------------------------


class LanguageToolError(Exception):
    """LanguageTool could not be reached or answered with an error."""


class Connection:
    """An HTTP client for one LanguageTool server (``base`` ends in ``/v2/``)."""

    def __init__(self, base: str, how: str, owner: Any = None) -> None:
        import requests

        self.base = base.rstrip("/") + "/"
        if not self.base.endswith("v2/"):
            self.base += "v2/"
        self.how = how  #: "server" or "local"
        self.owner = owner  #: the language_tool_python object that runs a local server
        self.requests = 0
        self._session = requests.Session()
        self._pid = os.getpid()

    @property
    def session(self) -> Any:
        """A session per process: a worker forked from the main process must not share
        the parent's pooled sockets."""
        if os.getpid() != self._pid:
            import requests

            self._session, self._pid = requests.Session(), os.getpid()
        return self._session

    def ping(self, timeout: float = 5.0) -> None:
        try:
            r = self.session.get(self.base + "languages", timeout=timeout)
            r.raise_for_status()
            r.json()
        except Exception as exc:
            raise LanguageToolError(
                f"no LanguageTool answers at {self.base} ({type(exc).__name__})") from None

    def check(self, request: AnnotatedText, settings: GrammarSettings) -> list[dict[str, Any]]:
        params = {"language": settings.language, "data": json.dumps({"annotation": request.parts})}
        for key, values in (
            ("disabledRules", settings.disabled_rules), ("enabledRules", settings.enabled_rules),
            ("disabledCategories", settings.disabled_categories),
            ("enabledCategories", settings.enabled_categories),
        ):
            if values:
                params[key] = ",".join(values)
        if settings.picky:
            params["level"] = "picky"
        self.requests += 1
        try:
            r = self.session.post(self.base + "check", data=params, timeout=settings.timeout)
        except Exception as exc:
            raise LanguageToolError(f"LanguageTool at {self.base} did not answer: {exc}") from None
        if r.status_code != 200:
            raise LanguageToolError(
                f"LanguageTool at {self.base} answered {r.status_code}: {r.text[:200].strip()}")
        try:
            matches: list[dict[str, Any]] = r.json()["matches"]
        except (ValueError, KeyError) as exc:
            raise LanguageToolError(f"LanguageTool at {self.base} sent no matches: {exc}") from None
        return matches

    def close(self) -> None:
        self._session.close()
        if self.owner is not None:
            try:
                self.owner.close()
            except Exception:
                pass


def connect(ctx: RuleContext) -> Connection | None:
    """The run's LanguageTool connection, made on first use; ``None`` (with one run-level
    note) when LanguageTool cannot be reached."""
    if SERVICE in ctx.services:
        conn: Connection | None = ctx.services[SERVICE]
        return conn
    settings = settings_for(ctx)
    conn, problems = _open(settings)
    ctx.services[SERVICE] = conn
    if conn is None and settings.server:
        source = ENV_URL if not ctx.config.section("grammar").get("server") else "[grammar] server"
        note(ctx, "grammar (GRM001) did not run: LanguageTool is unavailable ("
             + "; ".join(problems) + f"). Start that server, or point {source} at one that "
             "answers; the other rules ran.")
    elif conn is None:
        note(ctx, "grammar (GRM001) did not run: LanguageTool is unavailable ("
             + "; ".join(problems) + "). To enable it, " + HOW_TO_ENABLE + ".")
    return conn


def note(ctx: RuleContext, text: str) -> None:
    notes = ctx.services.setdefault("notes", [])
    if text not in notes:
        notes.append(text)


def _open(settings: GrammarSettings) -> tuple[Connection | None, list[str]]:
    """A named server, else a local one. A named server that does not answer is the answer:
    starting a local LanguageTool instead would try to download 250 MB on every run of a
    machine whose team server is down (and hide that it is down)."""
    problems: list[str] = []
    if settings.server:
        conn = Connection(settings.server, "server")
        try:
            conn.ping()
            return conn, []
        except LanguageToolError as exc:
            return None, [f"{exc}; the configured server is used alone, no local LanguageTool "
                          "is started instead"]
    if settings.local:
        try:
            return _start_local(settings), []
        except Exception as exc:  # language_tool_python raises many kinds
            why = ("it could not download LanguageTool; no internet access?"
                   if "Connection" in type(exc).__name__ else f"{type(exc).__name__}: {str(exc)[:160]}")
            problems.append(f"language_tool_python could not start one: {why}")
    else:
        problems.append("starting a local LanguageTool is turned off (grammar.local = false)")
    return None, problems


def _start_local(settings: GrammarSettings) -> Connection:
    import atexit
    import shutil

    if shutil.which("java") is None:
        raise LanguageToolError("no java on PATH (LanguageTool needs Java 17 or newer)")
    import language_tool_python

    tool = language_tool_python.LanguageTool(settings.language)
    conn = Connection(tool._url, "local", owner=tool)  # the URL of the server it started
    atexit.register(conn.close)
    return conn


def close(services: dict[str, Any]) -> None:
    conn = services.pop(SERVICE, None)
    if conn is not None:
        conn.close()


# -- what is sent -------------------------------------------------------------------------


@dataclass
class AnnotatedText:
    """One request: ``parts`` concatenate to ``doc.text[base:base+length]``; ``checked``
    are the prose spans (doc offsets) LanguageTool reads as text."""

    base: int
    parts: list[dict[str, str]]
    checked: list[tuple[int, int]]

    @property
    def empty(self) -> bool:
        return not self.checked


def annotated_text(doc: Document) -> AnnotatedText:
    """The body prose of ``doc`` as LanguageTool annotated text: headings, paragraphs,
    list items and quotes of the body are text; URLs inside them, and whatever lies
    between them (reference list, bio, bylines, tables), are markup."""
    spans: list[tuple[int, int]] = []
    for block in doc.blocks:
        if block.role == BODY and block.kind in CHECKED_KINDS and block.end > block.start:
            spans.append((block.start, block.end))
    if not spans:
        return AnnotatedText(0, [], [])
    urls = sorted((lk.start, lk.end) for lk in doc.links
                  if lk.end > lk.start and (lk.kind in ("bare", "autolink") or lk.text == lk.url))
    checked: list[tuple[int, int]] = []
    for s, e in spans:
        pos = s
        for us, ue in urls:
            if ue <= pos or us >= e:
                continue
            if us > pos:
                checked.append((pos, us))
            pos = max(pos, ue)
        if pos < e:
            checked.append((pos, e))
    base, end = spans[0][0], spans[-1][1]
    parts: list[dict[str, str]] = []
    pos = base
    for s, e in checked:
        if s > pos:
            gap = doc.text[pos:s]
            parts.append({"markup": gap, "interpretAs": "\n\n" if "\n\n" in gap else "link"})
        parts.append({"text": doc.text[s:e]})
        pos = e
    if pos < end:
        parts.append({"markup": doc.text[pos:end], "interpretAs": " "})
    return AnnotatedText(base, parts, checked)


# -- what comes back -----------------------------------------------------------------------


@dataclass(frozen=True)
class LTMatch:
    start: int  #: prose offsets into doc.text
    end: int
    rule_id: str
    category: str
    issue_type: str
    message: str
    replacements: tuple[str, ...]
    sentence: str

    @property
    def is_locale_variant(self) -> bool:
        """A correct British spelling or usage in a US-English check ("randomised",
        "per cent"), or the reverse."""
        if self.message.startswith(("In American English", "In British English")):
            return True  # PER_CENT, AFTERWARDS_US: a usage preference of the variety
        return self.is_spelling and ("British English" in self.message
                                     or "American English" in self.message)

    @property
    def is_british(self) -> bool:
        """A locale variant that is the British form."""
        return self.is_locale_variant and (
            "British English" in self.message or self.message.startswith("In American English"))

    @property
    def is_spelling(self) -> bool:
        """A word the spell checker does not know, which the article may vouch for (a name,
        a drug). Not a confusion of two real words ("their are", "loose weight"):
        LanguageTool types those ``misspelling`` too (category ``CONFUSED_WORDS``), but the
        words are in every dictionary, so treating them as unknown words dropped them."""
        if self.rule_id.startswith(SPELLER_RULES):
            return True
        return self.issue_type == "misspelling" and self.category == "TYPOS"


def utf16_to_index(text: str) -> list[int] | None:
    """LanguageTool counts UTF-16 code units; Python counts code points. Returns a table
    from UTF-16 offset to code point offset, or None when the two agree (no astral
    characters such as emoji)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    table: list[int] = []
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) >= 0x10000:
            table.append(i)
    table.append(len(text))
    return table


def map_matches(doc: Document, request: AnnotatedText, raw: Iterable[Mapping[str, Any]]) -> list[LTMatch]:
    """LanguageTool's matches as prose spans; matches touching markup are dropped (they
    would be about a URL or a reference, which we never meant to check)."""
    sent = "".join(p.get("text", p.get("markup", "")) for p in request.parts)
    table = utf16_to_index(sent)
    out = []
    for m in raw:
        try:
            off, length = int(m["offset"]), int(m["length"])
            rule = m["rule"]
        except (KeyError, TypeError, ValueError):
            continue
        if table is not None:
            off, end = table[min(off, len(table) - 1)], table[min(off + length, len(table) - 1)]
        else:
            end = off + length
        start, stop = request.base + off, request.base + end
        if not any(s <= start and stop <= e for s, e in request.checked):
            continue
        out.append(LTMatch(
            start=start, end=stop, rule_id=str(rule.get("id", "")),
            category=str(rule.get("category", {}).get("id", "")),
            issue_type=str(rule.get("issueType", "")), message=str(m.get("message", "")),
            replacements=tuple(str(r.get("value", "")) for r in m.get("replacements", [])[:5]),
            sentence=str(m.get("sentence", ""))[:300],
        ))
    return out


def check_document(conn: Connection, doc: Document, settings: GrammarSettings) -> list[LTMatch]:
    """One round trip for ``doc``: its matches as prose spans (empty when no body prose)."""
    request = annotated_text(doc)
    if request.empty:
        return []
    return map_matches(doc, request, conn.check(request, settings))
