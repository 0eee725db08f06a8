"""``healthlint lsp`` in a real LSP session: pygls's own client launches ``healthlint lsp``
as a subprocess over stdio, opens a buffer, edits it, asks for code actions and applies
them, exactly as an editor does. Positions are checked against an independent UTF-16
conversion written here (LSP counts UTF-16 code units, an emoji is two)."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from lsprotocol import types
from plugin_helpers import PAIRED_RULE, write_pack
from pygls.lsp.client import LanguageClient

from lint_rules.lsp.editing import EditorLinter, PositionMap, disable_line_edit

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 30.0

ARTICLE = """# Kratom and hair

🌿 Kratom causes hair loss in some long-term users.
It is a miracle plant, some say, but it is no cure.
Kratom cures anxiety in most people.

Kratom does not cause hair loss, according to the vendor.
"""


def healthlint_command() -> list[str]:
    script = Path(sys.executable).with_name("healthlint")
    if script.exists():
        return [str(script), "lsp"]
    return [sys.executable, "-c", "import pipeline; pipeline.entry()", "lsp"]


def utf16_slice(text: str, rng: types.Range) -> str:
    """The text an LSP range covers, computed independently of the server's code."""
    lines = text.split("\n")

    def offset(pos: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: pos.line])
        units = lines[pos.line].encode("utf-16-le")[: pos.character * 2]
        return before + len(units.decode("utf-16-le"))

    return text[offset(rng.start):offset(rng.end)]


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    lines = text.split("\n")

    def offset(pos: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: pos.line])
        return before + len(lines[pos.line].encode("utf-16-le")[: pos.character * 2].decode("utf-16-le"))

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(e.range.start)] + e.new_text + text[offset(e.range.end):]
    return text


class Session:
    """A pygls client talking to ``healthlint lsp``; diagnostics land in a queue."""

    def __init__(self, env: dict[str, str], watch: bool = False) -> None:
        self.env = env
        self.watch = watch
        self.client = LanguageClient("healthlint-tests", "1")
        self.diagnostics: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()
        self.registrations: list[types.Registration] = []

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostics.put_nowait(params)

        @self.client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

    async def __aenter__(self) -> Session:
        cmd = healthlint_command()
        await self.client.start_io(*cmd, env=self.env)
        await asyncio.wait_for(self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(
                general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
                workspace=types.WorkspaceClientCapabilities(
                    did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                        dynamic_registration=self.watch)),
            ),
            process_id=os.getpid(),
        )), TIMEOUT)
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
            self.client.exit(None)
        finally:
            await asyncio.wait_for(self.client.stop(), TIMEOUT)

    async def next_for(self, uri: str, version: int | None = None) -> types.PublishDiagnosticsParams:
        while True:
            params = await asyncio.wait_for(self.diagnostics.get(), TIMEOUT)
            if params.uri == uri and (version is None or params.version == version):
                return params

    def open(self, uri: str, text: str, language: str = "markdown") -> None:
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))

    def replace_all(self, uri: str, version: int, text: str) -> None:
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A rule pack with a fixable test rule (TST001: 'miracle' near 'cure', fix
    'promising'), installed the real way on the server's PYTHONPATH."""
    site = write_pack(tmp_path / "site", "healthlint-tst", {"tst": "hl_tst_pack"}, {"hl_tst_pack.py": PAIRED_RULE})
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
        "HEALTHLINT_CACHE_DIR": os.environ.get("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache")),
    }


def by_code(params: types.PublishDiagnosticsParams) -> dict[str, list[types.Diagnostic]]:
    out: dict[str, list[types.Diagnostic]] = {}
    for d in params.diagnostics:
        out.setdefault(str(d.code), []).append(d)
    return out


def test_session_open_change_code_actions(tmp_path: Path, env: dict[str, str]) -> None:
    article = tmp_path / "articles" / "kratom.md"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    uri = article.as_uri()

    async def run() -> None:
        async with Session(env) as s:
            s.open(uri, ARTICLE)
            first = await s.next_for(uri, 1)
            codes = by_code(first)
            # the contradiction: an error at the exact words, the other side as related info
            (con,) = codes["CON001"]
            assert con.severity == types.DiagnosticSeverity.Error
            assert con.source == "healthlint"
            assert utf16_slice(ARTICLE, con.range) == "hair loss"
            assert con.range.start.line == 2
            assert con.range.start.character == len("🌿 Kratom causes ".encode("utf-16-le")) // 2  # emoji = 2
            assert con.code_description is not None and con.code_description.href.endswith("/CON001.md")
            (rel,) = con.related_information
            assert rel.location.uri == uri and rel.location.range.start.line == 6
            assert utf16_slice(ARTICLE, rel.location.range) == "hair loss"
            (tst,) = codes["TST001"]
            assert utf16_slice(ARTICLE, tst.range) == "miracle"
            assert "CLM001" in codes  # the offline health rules run

            # an edit: the contradicting sentence goes, the diagnostics follow
            text2 = ARTICLE.replace("Kratom does not cause hair loss, according to the vendor.\n", "")
            s.replace_all(uri, 2, text2)
            second = await s.next_for(uri, 2)
            assert "CON001" not in by_code(second)
            assert "TST001" in by_code(second)

            # code actions at the miracle: the rule's fix and a suppression
            (tst,) = by_code(second)["TST001"]
            actions = await asyncio.wait_for(s.client.text_document_code_action_async(types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri), range=tst.range,
                context=types.CodeActionContext(diagnostics=[tst]))), TIMEOUT)
            titles = [a.title for a in actions]
            fix = next(a for a in actions if "replace" in a.title)
            assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
            assert "Disable TST001 for this line" in titles
            text3 = apply_edits(text2, fix.edit.changes[uri])
            assert "It is a promising plant" in text3
            s.replace_all(uri, 3, text3)
            third = await s.next_for(uri, 3)
            assert "TST001" not in by_code(third)

            # "disable for this line" on a claim in the middle of a paragraph
            (claim,) = [d for d in by_code(third)["CLM001"] if d.range.start.line == 4]
            actions = await asyncio.wait_for(s.client.text_document_code_action_async(types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri), range=claim.range,
                context=types.CodeActionContext(diagnostics=[claim]))), TIMEOUT)
            disable = next(a for a in actions if a.title == "Disable CLM001 for this line")
            text4 = apply_edits(text3, disable.edit.changes[uri])
            assert "<!-- healthlint-disable-next-line CLM001 -->" in text4
            s.replace_all(uri, 4, text4)
            fourth = by_code(await s.next_for(uri, 4))
            remaining = [d for d in fourth.get("CLM001", []) if d.range.start.line == claim.range.start.line]
            assert remaining == [] and "HL100" not in fourth
            # the rest of the article is still linted as before (the paragraph was not split)
            assert {k for k in by_code(third) if k != "CLM001"} <= set(fourth)

            s.client.text_document_did_close(types.DidCloseTextDocumentParams(
                types.TextDocumentIdentifier(uri=uri)))
            closed = await s.next_for(uri)
            assert list(closed.diagnostics) == []

    asyncio.run(run())


def test_session_debounce_config_and_other_formats(tmp_path: Path, env: dict[str, str]) -> None:
    """A burst of keystrokes gives one lint of the last text; the configuration upward from
    the document applies (and is re-read when it changes); HTML and plain text buffers work."""
    project = tmp_path / "site"
    (project / "pages").mkdir(parents=True)
    (project / ".healthlint.toml").write_text('ignore = ["claims"]\n', encoding="utf-8")
    md = project / "pages" / "a.md"
    html = project / "pages" / "b.html"
    txt = project / "pages" / "c.txt"
    html_text = "<html><body><p>Kratom causes hair loss.</p>\n<p>Kratom does not cause hair loss.</p></body></html>\n"
    txt_text = "Kratom causes hair loss.\nKratom does not cause hair loss.\n"

    async def run() -> None:
        async with Session(env, watch=True) as s:
            s.open(md.as_uri(), ARTICLE)
            codes = by_code(await s.next_for(md.as_uri(), 1))
            assert "CON001" in codes and not any(c.startswith("CLM") for c in codes)
            for version in range(2, 12):  # ten keystrokes inside the debounce window
                s.replace_all(md.as_uri(), version, ARTICLE + "x" * version)
            got = await s.next_for(md.as_uri())
            assert got.version == 11
            await asyncio.sleep(0.5)
            assert s.diagnostics.empty()  # nothing for the versions typed over

            s.open(html.as_uri(), html_text, "html")
            (con,) = by_code(await s.next_for(html.as_uri(), 1))["CON001"]
            assert utf16_slice(html_text, con.range) == "hair loss"
            s.open(txt.as_uri(), txt_text, "plaintext")
            (con,) = by_code(await s.next_for(txt.as_uri(), 1))["CON001"]
            assert con.range.start.line == 0

            # the server asked to be told when a configuration file changes
            (reg,) = s.registrations
            assert reg.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
            options = reg.register_options  # arrives as plain JSON: the client does not know its type
            globs = {w["globPattern"] for w in options["watchers"]}
            assert globs == {"**/.healthlint.toml", "**/pyproject.toml"}
            # a broken configuration is one diagnostic, not a dead server
            (project / ".healthlint.toml").write_text("ignore = [\n", encoding="utf-8")
            s.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
                types.FileEvent(uri=(project / ".healthlint.toml").as_uri(), type=types.FileChangeType.Changed)]))
            broken = await s.next_for(txt.as_uri())
            assert [d.code for d in broken.diagnostics] == ["config"]
            assert "healthlint configuration" in broken.diagnostics[0].message

    asyncio.run(run())


def test_lsp_without_pygls_says_so_in_one_line() -> None:
    code = ("import sys; sys.modules['pygls'] = None; import pipeline; "
            "sys.exit(pipeline.main(['lsp']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "healthlint: error: `healthlint lsp` needs pygls; install it with pip install 'healthlint[lsp]'"]


def test_check_does_not_import_the_server() -> None:
    code = ("import sys, pipeline; pipeline.main(['check', '--format', 'json', 'fixtures/seed-kratom.txt']); "
            "sys.stderr.write(repr(sorted(m for m in sys.modules if 'pygls' in m or 'lsprotocol' in m "
            "or m.startswith('lint_rules.lsp'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.stderr.strip().splitlines()[-1] == "[]"


# -- the pieces, in process -------------------------------------------------------------


@pytest.mark.parametrize("encoding,expected", [("utf-16", 6), ("utf-32", 5), ("utf-8", 9)])
def test_positions_count_the_negotiated_code_units(encoding: str, expected: int) -> None:
    source = "first\né🌿 a b\n"
    pm = PositionMap(source, encoding)
    offset = source.index("b")
    assert pm.position(offset) == (1, expected)
    assert pm.offset(1, expected) == offset


def test_position_map_clamps_to_the_text() -> None:
    pm = PositionMap("ab\ncd")
    assert pm.position(99) == (1, 2)
    assert pm.offset(5, 0) == 5 and pm.offset(0, 99) == 2


def _lint(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    return EditorLinter().lint(str(path), text, None)


def test_disable_comment_placement(tmp_path: Path) -> None:
    text = ("---\ntitle: T\n---\n# T\n\nKratom causes hair loss.\n\nIntro line.\n"
            "Kratom does not cause hair loss.\n")
    out = _lint(tmp_path, "a.md", text)
    (con,) = [f for f in out.findings if f.code == "CON001"]
    at, insert = disable_line_edit(out.doc, con)
    assert insert == "<!-- healthlint-disable-next-line CON001 -->\n"  # after a blank line: own line
    assert text[:at].endswith("\n\n")
    second_line = text.index("Kratom does not")
    inner = dataclasses.replace(con, location=dataclasses.replace(con.location, line=9, start_offset=second_line))
    at, insert = disable_line_edit(out.doc, inner)
    assert insert.startswith(" <!--") and text[:at].endswith("Intro line.")  # inside a paragraph
    # front matter has no comments; plain text has no suppressions
    assert _lint(tmp_path, "b.txt", "Kratom causes hair loss.\nKratom does not cause hair loss.\n").doc is not None
    txt = _lint(tmp_path, "b.txt", "Kratom causes hair loss.\nKratom does not cause hair loss.\n")
    assert all(disable_line_edit(txt.doc, f) is None for f in txt.findings)


def test_editor_never_runs_online_or_service_rules(tmp_path: Path) -> None:
    (tmp_path / ".healthlint.toml").write_text('select = ["ALL"]\nextend-select = ["GRM001"]\nonline = true\n',
                                               encoding="utf-8")
    linter = EditorLinter()
    cfg = linter.resolver().for_path(tmp_path / "a.md")
    codes = {r.code for r in linter.rules(cfg)}
    assert "GRM001" not in codes and "LNK001" not in codes and "CON001" in codes


def test_point_findings_underline_their_line_and_severities_map() -> None:
    """A finding about the whole article sits at one point; an editor would draw nothing
    there, so the diagnostic covers the rest of that line."""
    from lint_rules.core import Finding, Location, Severity
    from lint_rules.lsp.server import HealthlintServer

    source = "# Title here\n\nBody.\n"
    point = Finding(code="META001", name="metadata.missing-author", category="metadata",
                    severity=Severity.WARNING, message="No author", path="a.md", start=0, end=0,
                    location=Location(1, 3, 1, 3, 2, 2), excerpt="")
    server = HealthlintServer()
    d = server.diagnostic("file:///a.md", point, PositionMap(source))
    assert (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) == (0, 2, 0, 12)
    assert d.severity == types.DiagnosticSeverity.Warning and d.code == "META001"
    info = dataclasses.replace(point, severity=Severity.INFO, location=Location(3, 1, 3, 5, 14, 18))
    d = server.diagnostic("file:///a.md", info, PositionMap(source))
    assert d.severity == types.DiagnosticSeverity.Information
    assert (d.range.start.character, d.range.end.character) == (0, 4)
