"""Keystroke to diagnostics: ``healthlint lsp`` on a ~2,000-word article.

    python benchmarks/bench_lsp.py [--runs 30] [--article FILE.md]

A real LSP session (pygls's client; ``healthlint lsp`` as a subprocess over stdio, as an
editor starts it) opens the article, then makes ``--runs`` edits, one at a time: each is a
one-character ``didChange`` (incremental, as editors send them) at a different place, and
the time is measured from sending it to receiving the ``publishDiagnostics`` for that
version. Twice: with ``--debounce 0`` (the lint itself, plus the protocol) and with the
default 100 ms debounce (what a writer sees after the last keystroke of a burst). The
server's CPU seconds per edit come from ``/proc/PID/stat`` (Linux), before and after.

The article is the one ``bench_check.py`` builds from the fixtures (front matter, then the
fixture bodies up to 2,000 words) unless ``--article`` names another Markdown file.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_check import build_article, healthlint_cmd  # noqa: E402


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def session(article: Path, runs: int, debounce_ms: int) -> dict[str, float]:
    client = LanguageClient("bench", "1")
    queue: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        queue.put_nowait(params)

    cmd = healthlint_cmd()
    await client.start_io(*cmd, "lsp", "--debounce", str(debounce_ms))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = article.as_uri()
    text = article.read_text(encoding="utf-8")
    lines = text.split("\n")
    prose = [i for i, line in enumerate(lines) if len(line) > 40 and not line.startswith(("---", "#"))]

    async def wait(version: int) -> types.PublishDiagnosticsParams:
        while True:
            got = await asyncio.wait_for(queue.get(), 60)
            if got.version == version:
                return got

    began = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
    first = await wait(1)
    open_s = time.perf_counter() - began
    pid = client._server.pid if client._server else 0  # the subprocess we started
    cpu0 = cpu_seconds(pid)
    times = []
    for n in range(runs):
        version = n + 2
        line = prose[n % len(prose)]
        at = types.Position(line, 10)
        t0 = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(at, at), text="x")]))
        await wait(version)
        times.append(time.perf_counter() - t0)
    cpu = (cpu_seconds(pid) - cpu0) / runs
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    times.sort()
    return {
        "open": open_s, "diagnostics": len(first.diagnostics),
        "median": statistics.median(times), "p90": times[int(0.9 * (len(times) - 1))],
        "max": times[-1], "cpu": cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--article", type=Path, help="a Markdown article (default: built from the fixtures)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.article:
            article = Path(tmp) / "article.md"
            article.write_text(args.article.read_text(encoding="utf-8"), encoding="utf-8")
            words = len(article.read_text(encoding="utf-8").split())
        else:
            article, words = build_article(Path(tmp))
        print(f"article: {words} words; load: {os.getloadavg()[0]:.1f}; runs: {args.runs}\n")
        print("| debounce | open → diagnostics | edit → diagnostics, median | p90 | max | server CPU per edit |")
        print("|---|---|---|---|---|---|")
        for debounce in (0, 100):
            r = asyncio.run(session(article, args.runs, debounce))
            print(f"| {debounce} ms | {r['open'] * 1000:.0f} ms ({r['diagnostics']:.0f} diagnostics) | "
                  f"{r['median'] * 1000:.0f} ms | {r['p90'] * 1000:.0f} ms | {r['max'] * 1000:.0f} ms | "
                  f"{r['cpu'] * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
