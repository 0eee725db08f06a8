"""The healthlint language server (pygls): diagnostics as the writer types, code actions.

Lifecycle of a buffer: ``didOpen`` and ``didSave`` lint at once; ``didChange`` waits for
the writer to pause (``debounce`` seconds, restarted by every keystroke) and then lints
the newest text; ``didClose`` clears its diagnostics. Linting runs in one worker thread so
the server keeps reading messages while it works, and a result is published only if the
buffer has not changed since (a newer lint is then on its way). Only offline rules run.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lint_rules import __version__
from lint_rules.core import Finding, Severity
from lint_rules.lsp.editing import (
    EditorLinter,
    LintOutcome,
    PositionMap,
    disable_line_edit,
    findings_in_range,
    rule_docs_url,
)

log = logging.getLogger("healthlint.lsp")

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
CONFIG_NAMES = frozenset({".healthlint.toml", "pyproject.toml"})
SOURCE = "healthlint"


@dataclass
class Linted:
    version: int | None
    outcome: LintOutcome
    positions: PositionMap


class HealthlintServer(LanguageServer):
    def __init__(self, debounce: float = 0.1, config: Path | None = None) -> None:
        super().__init__("healthlint", __version__)
        self.debounce = debounce
        self.config_path = config
        self._editor: EditorLinter | None = None
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.linted: dict[str, Linted] = {}
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="healthlint-lint")

    @property
    def editor(self) -> EditorLinter:
        if self._editor is None:  # the registry loads once, on first use
            self._editor = EditorLinter(config=self.config_path)
        return self._editor

    # -- linting ---------------------------------------------------------------------

    def lint_now(self, uri: str) -> Linted | None:
        """Lint the buffer's current text in this thread (code actions on a stale result)."""
        doc = self.workspace.get_text_document(uri)
        outcome = self._lint(doc.path, doc.source, doc.language_id)
        entry = Linted(doc.version, outcome, PositionMap(outcome.source, self.encoding()))
        self.linted[uri] = entry
        return entry

    def _lint(self, path: str, text: str, language_id: str | None) -> LintOutcome:
        try:
            return self.editor.lint(path, text, language_id)
        except Exception as exc:  # a bug in a rule must not take the server down
            log.exception("lint failed")
            out = LintOutcome(path, None, text)
            out.problem = f"healthlint could not lint this buffer: {type(exc).__name__}: {exc}"
            return out

    def encoding(self) -> str:
        enc = self.workspace.position_encoding if self._workspace_ready() else None
        value = getattr(enc, "value", enc)  # PositionEncodingKind or a plain string
        return str(value or "utf-16")

    def _workspace_ready(self) -> bool:
        try:
            self.workspace  # noqa: B018 - raises before initialize
        except Exception:
            return False
        return True

    def schedule(self, uri: str, delay: float) -> None:
        """(Re)start the lint of ``uri`` after ``delay`` seconds; an earlier pending lint
        of the same buffer is cancelled (the writer is still typing)."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:
            return
        version, text, path, language = doc.version, doc.source, doc.path, doc.language_id
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self.executor, self._lint, path, text, language)
        current = self.workspace.get_text_document(uri)
        if current.version != version or uri not in self.workspace.text_documents:
            return  # edited meanwhile: the newer lint publishes
        entry = Linted(version, outcome, PositionMap(outcome.source, self.encoding()))
        self.linted[uri] = entry
        self.publish(uri, entry)
        if self.pending.get(uri) is asyncio.current_task():
            del self.pending[uri]

    def publish(self, uri: str, entry: Linted) -> None:
        diagnostics = [self.diagnostic(uri, f, entry.positions) for f in entry.outcome.findings]
        if entry.outcome.problem:
            diagnostics.insert(0, types.Diagnostic(
                range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                message=entry.outcome.problem, severity=types.DiagnosticSeverity.Error,
                source=SOURCE, code="config" if "configuration" in entry.outcome.problem else None,
            ))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=entry.version)
        )

    # -- shapes ------------------------------------------------------------------------

    @staticmethod
    def range_of(positions: PositionMap, start: int, end: int) -> types.Range:
        return types.Range(types.Position(*positions.position(start)),
                           types.Position(*positions.position(max(start, end))))

    def diagnostic(self, uri: str, f: Finding, positions: PositionMap) -> types.Diagnostic:
        loc = f.location
        href = rule_docs_url(f)
        message = f.message + (f"\n{f.suggestion}" if f.suggestion else "")
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(uri, self.range_of(
                    positions, r.location.start_offset, r.location.end_offset)),
                message=f"{r.message}: {r.excerpt}" if r.excerpt else r.message,
            )
            for r in f.related
        ]
        end = loc.end_offset
        if end <= loc.start_offset:  # a point (a whole-article finding): underline its line
            line_end = positions.source.find("\n", loc.start_offset)
            end = len(positions.source) if line_end < 0 else line_end
        return types.Diagnostic(
            range=self.range_of(positions, loc.start_offset, end),
            message=message,
            severity=SEVERITIES.get(f.severity, types.DiagnosticSeverity.Warning),
            code=f.code,
            code_description=types.CodeDescription(href=href) if href else None,
            source=SOURCE,
            related_information=related or None,
            data={"name": f.name, "fixable": f.fix is not None},
        )

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        doc = self.workspace.get_text_document(uri)
        entry = self.linted.get(uri)
        if entry is None or entry.version != doc.version:
            entry = self.lint_now(uri)
        if entry is None or entry.outcome.doc is None:
            return []
        pos = entry.positions
        start = pos.offset(params.range.start.line, params.range.start.character)
        end = pos.offset(params.range.end.line, params.range.end.character)
        diag_by_key = {}
        for d in params.context.diagnostics or ():
            diag_by_key[(d.code, d.range.start.line, d.range.start.character)] = d
        actions: list[types.CodeAction] = []
        silenced: set[tuple[str, int]] = set()
        for f in findings_in_range(entry.outcome.findings, start, end):
            rng = self.range_of(pos, f.location.start_offset, f.location.end_offset)
            diag = diag_by_key.get((f.code, rng.start.line, rng.start.character)) or self.diagnostic(uri, f, pos)
            if f.fix is not None:
                old = entry.outcome.source[f.fix.start_offset:f.fix.end_offset]
                actions.append(types.CodeAction(
                    title=f"{f.code}: replace “{_short(old)}” with “{_short(f.fix.replacement)}”",
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diag], is_preferred=True,
                    edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(
                        self.range_of(pos, f.fix.start_offset, f.fix.end_offset), f.fix.replacement)]}),
                ))
            key = (f.code, f.location.line)
            insert = disable_line_edit(entry.outcome.doc, f)
            if insert is not None and key not in silenced:
                silenced.add(key)
                at = types.Position(*pos.position(insert[0]))
                actions.append(types.CodeAction(
                    title=f"Disable {f.code} for this line",
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                    edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(types.Range(at, at), insert[1])]}),
                ))
        fixes = _non_overlapping([f for f in entry.outcome.findings if f.fix is not None])
        if len(fixes) > 1 or (fixes and params.context.only
                              and types.CodeActionKind.SourceFixAll in params.context.only):
            actions.append(types.CodeAction(
                title=f"Apply all {len(fixes)} healthlint fixes",
                kind=types.CodeActionKind.SourceFixAll,
                edit=types.WorkspaceEdit(changes={uri: [
                    types.TextEdit(self.range_of(pos, f.fix.start_offset, f.fix.end_offset), f.fix.replacement)
                    for f in fixes if f.fix is not None
                ]}),
            ))
        if params.context.only:
            wanted = [str(k) for k in params.context.only]
            actions = [a for a in actions if any(str(a.kind).startswith(w) for w in wanted)]
        return actions

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def relint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _non_overlapping(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    last_end = -1
    seen = set()
    for f in sorted(findings, key=lambda x: (x.fix.start_offset, x.fix.end_offset) if x.fix else (0, 0)):
        assert f.fix is not None
        key = (f.fix.start_offset, f.fix.end_offset, f.fix.replacement)
        if key in seen or f.fix.start_offset < last_end:
            continue
        seen.add(key)
        out.append(f)
        last_end = f.fix.end_offset
    return out


def build_server(debounce: float = 0.1, config: Path | None = None) -> HealthlintServer:
    server = HealthlintServer(debounce, config)

    @server.feature(types.INITIALIZED)
    def initialized(ls: HealthlintServer, params: types.InitializedParams) -> None:
        ls.editor  # noqa: B018 - load the rules now, not on the first keystroke
        watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watch and watch.dynamic_registration:  # re-lint open buffers when a config changes
            ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
                id="healthlint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=[
                    types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in sorted(CONFIG_NAMES)]),
            )]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: HealthlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: HealthlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: HealthlintServer, params: types.DidSaveTextDocumentParams) -> None:
        if Path(params.text_document.uri).name in CONFIG_NAMES:
            ls.relint_all()  # a configuration saved in the editor applies to every buffer
        else:
            ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: HealthlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: HealthlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(Path(c.uri).name in CONFIG_NAMES for c in params.changes):
            ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix,
                                                   types.CodeActionKind.SourceFixAll]),
    )
    def code_action(ls: HealthlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    return server


def serve(debounce: float = 0.1, config: Path | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="healthlint lsp: %(message)s")
    build_server(debounce, config).start_io()
