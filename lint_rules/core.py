"""The rule API: severities, spans, findings and the base class every rule derives from.

Everything a rule author touches lives here, so that a new rule is one small class:

    class MissingAuthor(Rule):
        '''(docstring in the template described in ``Rule``)'''
        code = "META001"
        name = "metadata.missing-author"
        category = "metadata"
        severity = Severity.WARNING

        def check(self, doc, ctx):
            if not doc.authors:
                yield self.finding(doc, 0, 0, "No author is named.")

Rules work on *prose offsets* (indices into ``Document.text``); ``Rule.finding`` turns them
into exact source line/column once, through the document's offset map, so reporters never
have to know how the source was parsed.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover - imports for type checkers only
    from lint_rules.config import FileConfig
    from lint_rules.document import Document


class Severity(enum.IntEnum):
    """Ordered so that ``>=`` compares how serious a finding is (``--fail-on``)."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (use one of: {names})") from None

    def __str__(self) -> str:
        return self.name.lower()


#: Categories group rules for selection (``--select evidence``), reviewer assignment and the
#: HTML report's filters. A third-party pack may use its own; these are the built-in ones.
CATEGORIES: Mapping[str, str] = {
    "input": "Files that could not be read or parsed as expected",
    "metadata": "Authorship, dates and other article metadata",
    "contradiction": "The article says incompatible things about the same health effect",
    "evidence": "Study mentions, attribution and strength of evidence",
    "references": "The reference list: what it cites and whether that supports anything",
    "links": "Dead, moved and unverifiable URLs",
    "credentials": "Author and reviewer credential claims",
    "claims": "Health claims regulators and readers treat as promises",
    "grammar": "Grammar and spelling (LanguageTool)",
    "readability": "Reading level for health literacy",
    "style": "Machine-written filler and other prose an editor would strike",
    "completeness": "What an article about a treatment, test or product leaves out (expert review criteria)",
}


@dataclass(frozen=True)
class Location:
    """A position in the *source* file: 1-based line and column (columns count Unicode
    code points, tabs count as one) plus 0-based character offsets into the decoded source
    with line ends normalised to ``\\n`` (CRLF files report the same line and column)."""

    line: int
    column: int
    end_line: int
    end_column: int
    start_offset: int
    end_offset: int

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Related:
    """A second place a finding points at, e.g. the other side of a contradiction."""

    start: int
    end: int
    location: Location
    message: str
    excerpt: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "excerpt": self.excerpt,
            "start": self.start,
            "end": self.end,
            **self.location.as_dict(),
        }


@dataclass(frozen=True)
class Fix:
    """A replacement in the source file, used by ``healthlint check --fix``."""

    start_offset: int
    end_offset: int
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One problem a rule found. Immutable; every reporter serialises ``as_dict()``."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    path: str
    start: int
    end: int
    location: Location
    excerpt: str
    related: tuple[Related, ...] = ()
    suggestion: str | None = None
    fix: Fix | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    docs_url: str | None = None
    #: The expert review criteria the finding bears on ("costs", "harms"…; see
    #: ``knowledge/criteria.toml``); empty for findings outside them.
    criteria: tuple[str, ...] = ()

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def column(self) -> int:
        return self.location.column

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.location.start_offset, self.location.end_offset, self.code)

    def as_dict(self) -> dict[str, Any]:
        """The one JSON shape of a finding (schema: docs/json-format.md)."""
        loc = self.location
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "start_offset": loc.start_offset,
            "end_offset": loc.end_offset,
            "excerpt": self.excerpt,
            "related": [r.as_dict() for r in self.related],
            "suggestion": self.suggestion,
            "evidence": dict(self.evidence),
            "criteria": list(self.criteria),
        }
        if self.fix is not None:
            out["fix"] = dataclasses.asdict(self.fix)
        return out

    @classmethod
    def from_dict(cls, path: str, data: Mapping[str, Any]) -> Finding:
        """Inverse of ``as_dict`` (used to move findings between worker processes and to
        reload cached results in the nightly scan)."""
        loc = Location(
            data["line"], data["column"], data["end_line"], data["end_column"],
            data["start_offset"], data["end_offset"],
        )
        related = tuple(
            Related(
                r["start"], r["end"],
                Location(r["line"], r["column"], r["end_line"], r["end_column"],
                         r["start_offset"], r["end_offset"]),
                r["message"], r["excerpt"],
            )
            for r in data.get("related", ())
        )
        fix = Fix(**data["fix"]) if data.get("fix") else None
        return cls(
            code=data["code"], name=data["name"], category=data["category"],
            severity=Severity.parse(data["severity"]), message=data["message"], path=path,
            start=data.get("start", 0), end=data.get("end", 0), location=loc,
            excerpt=data.get("excerpt", ""), related=related,
            suggestion=data.get("suggestion"), fix=fix, evidence=data.get("evidence", {}),
            criteria=tuple(data.get("criteria", ())),
        )


@dataclass(frozen=True)
class Option:
    """A rule option that users may set under ``[tool.healthlint.rules.CODE]``."""

    type: type | tuple[type, ...]
    default: Any
    help: str

    def validate(self, key: str, value: Any) -> Any:
        expected = self.type if isinstance(self.type, tuple) else (self.type,)
        # bool is an int subclass; do not let `true` pass as a number or vice versa
        ok = isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)
        if float in expected and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            names = " or ".join(t.__name__ for t in expected)
            raise ValueError(f"option {key!r} must be {names}, not {type(value).__name__}")
        return value


#: Key in ``RuleContext.services``, true when the run is the nightly scan: rules may then make
#: slower, deeper checks than on the pre-commit path (the link checker reads page titles).
NIGHTLY_SCAN = "nightly-scan"


class RuleContext:
    """What a rule may use besides the document: its options, the run's settings, and
    shared services (the HTTP client, caches) that online rules obtain lazily."""

    def __init__(
        self,
        config: FileConfig,
        options: Mapping[str, Any] | None = None,
        services: dict[str, Any] | None = None,
        metrics: dict[str, Any] | None = None,
        running: frozenset[str] | None = None,
    ) -> None:
        self.config = config
        #: The codes of the rules that run on this file (the engine's plan), if known.
        self.running = running
        self.options: Mapping[str, Any] = options if options is not None else {}
        #: Run-wide objects shared between rules and files (HTTP client, look-up results).
        self.services: dict[str, Any] = services if services is not None else {}
        #: Per-file metrics a rule wants in every output (readability scores, link health).
        self.metrics: dict[str, Any] = metrics if metrics is not None else {}

    def option(self, key: str) -> Any:
        return self.options[key]

    @property
    def online(self) -> bool:
        return bool(self.config.online)

    def runs(self, code: str) -> bool:
        """Whether the rule ``code`` runs on this file under this configuration (the engine's
        plan says; a context made without one assumes it does). A rule that leaves a problem
        to another rule's finding (one report per problem) asks this first, so that the
        problem is not lost when the other rule is off (``--select``, ``ignore``)."""
        return self.running is None or code in self.running


_DOC_SECTIONS = ("What it flags", "Why it matters", "Example", "Better")

#: Where the built-in rules' pages (``docs/rules/CODE.md``) are published: SARIF's
#: ``helpUri`` links each result to its rule. The project's public repository.
RULE_DOCS_URL = "https://github.com/healthlint/healthlint/blob/main/docs/rules/{code}.md"
_CODE_RE = compile_re(r"^[A-Z][A-Z0-9]{1,7}[0-9]{3}$")


class Rule:
    """Base class of every rule.

    Subclasses set the class attributes below and implement ``check``. The docstring is the
    rule's documentation and must have four sections, each introduced by its title on a line
    of its own ending with a colon: ``What it flags:``, ``Why it matters:``, ``Example:``,
    ``Better:`` (``healthlint rules --docs`` and ``docs/rules/`` are generated from them).

    Online rules (``needs_network = True``) only run with ``--online`` or in the nightly
    scan. A rule that benefits from seeing every document first (to check each distinct
    URL once per run) overrides ``prepare``.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    needs_network: ClassVar[bool] = False
    fixable: ClassVar[bool] = False
    #: Bump when the rule's behaviour changes, so cached scan results are recomputed.
    version: ClassVar[str] = "1"
    options: ClassVar[Mapping[str, Option]] = {}
    #: Set on rules that are off unless selected explicitly (slow or noisy ones).
    default_enabled: ClassVar[bool] = True
    #: The expert review criteria (HealthNewsReview.org, DISCERN) the rule's findings bear
    #: on, from ``knowledge/criteria.toml``: "costs", "benefits", "harms", "evidence_quality"…
    criteria: ClassVar[tuple[str, ...]] = ()
    #: The rule's documentation page; a third-party pack sets its own. Built-in rules
    #: link to ``RULE_DOCS_URL``.
    docs_url: ClassVar[str | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.code and not _CODE_RE.match(cls.code):
            raise TypeError(f"{cls.__name__}: rule code {cls.code!r} must look like ABC123")

    @classmethod
    def is_builtin(cls) -> bool:
        """True for healthlint's own rules (defined under ``lint_rules``), false for a
        third-party pack's: tests that hold every rule to healthlint's own standards (cases
        files, docstrings) walk only these."""
        return cls.__module__.split(".", 1)[0] == "lint_rules"

    @classmethod
    def help_uri(cls) -> str | None:
        """The page that documents this rule (SARIF ``helpUri``), or None if unknown."""
        if cls.docs_url:
            return cls.docs_url
        if cls.is_builtin():
            return RULE_DOCS_URL.format(code=cls.code)
        return None

    # -- what rules implement ---------------------------------------------------------

    @classmethod
    def start_run(cls, ctx: RuleContext) -> None:
        """Called once per run in the main process, before worker processes start, for a
        rule that needs a run-wide service (a LanguageTool server): start or connect to it
        here and keep it in ``ctx.services`` so workers inherit it instead of each
        starting their own."""

    def prepare(self, documents: Sequence[Document], ctx: RuleContext) -> None:
        """Called once per run with every document before ``check`` (batch look-ups)."""

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        raise NotImplementedError

    # -- helpers for rule authors ------------------------------------------------------

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | None = None,
        related: Iterable[tuple[int, int, str]] = (),
        suggestion: str | None = None,
        fix: Fix | None = None,
        evidence: Mapping[str, Any] | None = None,
        criteria: tuple[str, ...] | None = None,
    ) -> Finding:
        """Build a finding from prose offsets ``[start, end)`` of ``doc.text``.

        ``related`` takes ``(start, end, message)`` triples in the same coordinates;
        ``criteria`` defaults to the rule's.
        """
        rel = tuple(
            Related(s, e, doc.locate(s, e), msg, doc.excerpt(s, e)) for s, e, msg in related
        )
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category,
            severity=severity if severity is not None else self.severity,
            message=message,
            path=doc.path,
            start=start,
            end=end,
            location=doc.locate(start, end),
            excerpt=doc.excerpt(start, end),
            related=rel,
            suggestion=suggestion,
            fix=fix,
            evidence=dict(evidence or {}),
            criteria=tuple(self.criteria if criteria is None else criteria),
        )

    def source_finding(
        self, doc: Document, start_offset: int, end_offset: int, message: str, **kw: Any
    ) -> Finding:
        """Like ``finding`` but for a span of the *source* (front matter, a URL in a link
        target), which has no prose offsets."""
        loc = doc.locate_source(start_offset, end_offset)
        return Finding(
            code=self.code, name=self.name, category=self.category,
            severity=kw.pop("severity", None) or self.severity, message=message,
            path=doc.path, start=-1, end=-1, location=loc,
            excerpt=doc.source[start_offset:end_offset][:200],
            criteria=tuple(kw.pop("criteria", self.criteria)), **kw,
        )

    @classmethod
    def docs(cls) -> dict[str, str]:
        """The docstring's four sections (plus the summary line) as a dict."""
        return parse_rule_docstring(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.docs().get("summary", "")


def parse_rule_docstring(doc: str) -> dict[str, str]:
    """Split a rule docstring into ``summary`` and its four titled sections."""
    import inspect

    text = inspect.cleandoc(doc)
    sections: dict[str, list[str]] = {"summary": []}
    current = "summary"
    for line in text.splitlines():
        stripped = line.strip()
        title = stripped[:-1] if stripped.endswith(":") else None
        if title in _DOC_SECTIONS:
            current = title
            sections[current] = []
            continue
        sections[current].append(line)
    return {k: "\n".join(v).strip() for k, v in sections.items()}


def missing_doc_sections(rule: type[Rule]) -> list[str]:
    parsed = rule.docs()
    return [s for s in _DOC_SECTIONS if not parsed.get(s)]


def iter_rule_classes(obj: Any) -> Iterator[type[Rule]]:
    """Rule classes an entry point names: a Rule subclass, a module, or an iterable."""
    import types

    if isinstance(obj, type) and issubclass(obj, Rule):
        if obj.code:
            yield obj
        return
    if isinstance(obj, types.ModuleType):
        declared = getattr(obj, "RULES", None)
        if declared is not None:
            yield from (r for item in declared for r in iter_rule_classes(item))
            return
        for value in vars(obj).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value.code
                and value.__module__ == obj.__name__
            ):
                yield value
        return
    if isinstance(obj, Iterable):
        for item in obj:
            yield from iter_rule_classes(item)
