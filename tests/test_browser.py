"""The HTML report in a real browser: headless Debian Chromium driven over the DevTools
protocol. Findings are visible, a filter hides what it should, the keyboard reaches the
highlights, the page's own script runs under its CSP, and axe-core finds no serious or
critical accessibility violation. A screenshot is saved under tests/artifacts/.

CI installs Chromium and axe-core (tools/ci/10-browser.sh); elsewhere the test is skipped
when either is missing.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tools" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1600"]


def chromium_binary() -> str | None:
    for name in (os.environ.get("HEALTHLINT_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Page:
    """A minimal DevTools client: one page target, commands by id, events collected."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                result: dict[str, Any] = msg.get("result", {})
                return result
            self.events.append(msg)

    def js(self, expression: str, await_promise: bool = False) -> Any:
        out = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                        awaitPromise=await_promise)
        if "exceptionDetails" in out:
            raise RuntimeError(f"{expression[:60]}: {out['exceptionDetails']}")
        return out["result"].get("value")

    def key(self, key: str, code: str, keycode: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                      windowsVirtualKeyCode=keycode)

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Page]:
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: tools/ci/10-browser.sh did not install it")
        pytest.skip("headless Chromium is not installed (CI installs Debian's chromium)")
    pytest.importorskip("websocket", reason="websocket-client is in the test extra")
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("Chromium did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
        with direct.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        page = Page(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        try:
            yield page
        finally:
            page.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def open_report(page: Page, path: Path) -> None:
    page.send("Runtime.enable")
    page.send("Log.enable")
    page.send("Page.enable")
    page.send("Page.navigate", url=path.as_uri())
    deadline = time.monotonic() + 20
    while page.js("document.readyState") != "complete":
        assert time.monotonic() < deadline, "the report did not finish loading"
        time.sleep(0.05)


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from test_html_report import GOLD, lint_report

    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(GOLD / "article.md", work / "article.md")
    shutil.copy(GOLD / "reviewers.toml", work / ".healthlint.toml")
    monkeypatch.chdir(work)
    out = work / "report.html"
    out.write_text(lint_report(["article.md"], ["META", "HL", "TST"]), encoding="utf-8")
    return out


VISIBLE = "Array.from(document.querySelectorAll('%s')).filter(e => e.offsetParent !== null).length"


def test_report_in_headless_chromium(browser: Page, report: Path) -> None:
    open_report(browser, report)
    # findings are visible, in the text and as cards; the script ran (filters unhidden)
    assert browser.js(VISIBLE % ".card") == browser.js("document.querySelectorAll('.card').length") > 3
    assert browser.js(VISIBLE % ".hl:not(.off)") >= 4
    assert browser.js("document.getElementById('filters').hidden") is False

    # untick "Info": info cards and highlights disappear, the others stay
    browser.js("document.querySelector('input[name=severity][value=info]').click()")
    assert browser.js(VISIBLE % ".card.sev-info") == 0
    assert browser.js(VISIBLE % ".card.sev-error") == 1
    assert browser.js("document.querySelectorAll('.hl.sev-info:not(.off)').length") == 0
    assert "Showing" in browser.js("document.getElementById('filter-status').textContent")
    browser.js("document.querySelector('input[name=severity][value=info]').click()")
    # reviewer filter: the link desk sees the link finding, not the contradiction (front
    # matter names dr-okafor; the desk whose paths cover the article keeps its links)
    browser.js("""(() => { const s = document.getElementById('reviewer-filter');
        s.value = 'link-desk'; s.dispatchEvent(new Event('change', {bubbles: true})); })()""")
    assert browser.js(VISIBLE % ".card[data-category=links]") == 1
    assert browser.js(VISIBLE % ".card[data-category=contradiction]") == 0
    browser.js("""(() => { const s = document.getElementById('reviewer-filter');
        s.value = ''; s.dispatchEvent(new Event('change', {bubbles: true})); })()""")

    # the keyboard reaches a highlight, and following it focuses its finding card
    focused = []
    for _ in range(40):
        browser.key("Tab", "Tab", 9)
        focused.append(browser.js("document.activeElement.className"))
        if focused[-1].startswith("hl"):
            break
    assert focused[-1].startswith("hl"), focused
    browser.key("Enter", "Enter", 13)
    time.sleep(0.2)
    assert browser.js("document.activeElement.classList.contains('card')")

    # nothing was blocked by the page's own Content-Security-Policy
    logs = json.dumps(browser.events)
    assert "Content Security Policy" not in logs, logs[:2000]

    ARTIFACTS.mkdir(exist_ok=True)
    browser.js("window.scrollTo(0, 0)")
    shot = browser.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    import base64

    (ARTIFACTS / "html-report.png").write_bytes(base64.b64decode(shot["data"]))


def test_axe_finds_no_serious_violations(browser: Page, report: Path) -> None:
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing in CI: tools/ci/10-browser.sh did not install it")
        pytest.skip("axe-core is not installed (run `npm ci` in tools/browser)")
    open_report(browser, report)
    browser.js(AXE.read_text(encoding="utf-8"))
    found = browser.js(
        "axe.run(document).then(r => JSON.stringify(r.violations.map("
        "v => ({id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help}))))",
        await_promise=True)
    violations = json.loads(found)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], violations


def test_scan_site_pages(browser: Page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_html_report import GOLD

    from pipeline import main

    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(GOLD / "article.md", content / "kratom.md")
    shutil.copy(GOLD / "reviewers.toml", content / ".healthlint.toml")
    (content / "plain.md").write_text("# Plain\n\nNo author, no date.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "content", "--out", "site", "--select", "META", "--progress", "none"]) == 0
    open_report(browser, tmp_path / "site" / "index.html")
    rows = "Array.from(document.querySelectorAll('table.articles tbody th a')).map(a => a.textContent)"
    assert browser.js(rows) == ["plain.md", "kratom.md"]  # worst first
    browser.js("document.querySelectorAll('table.articles thead button')[0].click()")  # by name
    assert browser.js(rows) == ["kratom.md", "plain.md"]
    if AXE.is_file():
        for page in ("index.html", "reviewers/dr-okafor.html", "articles/kratom.md.html"):
            open_report(browser, tmp_path / "site" / page)
            browser.js(AXE.read_text(encoding="utf-8"))
            found = json.loads(browser.js(
                "axe.run(document).then(r => JSON.stringify(r.violations.map("
                "v => ({id: v.id, impact: v.impact}))))", await_promise=True))
            assert [v for v in found if v["impact"] in ("serious", "critical")] == [], (page, found)


def long_article(sections: int = 15) -> str:
    """A long article: the gold article's body many times over, each part with a study
    mention (TST002) and a contradiction pair (TST001), so text and findings both run to
    many screens."""
    parts = ["---\ntitle: \"Kratom, at length\"\nauthor: \"Sam Writer\"\ndate: 2024-03-12\n---\n",
             "# Kratom, at length\n"]
    for i in range(sections):
        parts.append(
            f"## Part {i + 1}\n\nKratom is said to ease muscle soreness in part {i + 1}. One study "
            "found less pain in rats, and the `dose` was never given. Readers wrote in with long "
            "accounts of what happened to them, which we summarise here at some length so that "
            "the text of this part takes several lines on a wide screen.\n\n"
            "Hair loss from kratom always grows back after you stop.\n\n"
            "Some readers report that the hair loss was permanent for them.\n")
    return "\n".join(parts)


def test_long_report_keeps_the_text_beside_its_findings(browser: Page, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """At any length the article text stays in view beside the findings (it scrolls on its
    own), following a finding scrolls the text to its words without moving the page, and
    the findings are grouped in families that collapse."""
    from test_html_report import GOLD, lint_report

    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.md").write_text(long_article(), encoding="utf-8")
    shutil.copy(GOLD / "reviewers.toml", tmp_path / ".healthlint.toml")
    out = tmp_path / "long.html"
    out.write_text(lint_report(["long.md"], ["TST"]), encoding="utf-8")
    open_report(browser, out)
    assert browser.js("document.querySelectorAll('.card').length") > 100
    assert browser.js("document.querySelector('.text code').textContent") == "dose"  # inline code kept

    # scrolled to the last finding, the text pane is still on screen and scrolls on its own
    browser.js("document.querySelector('.card:last-of-type').scrollIntoView()")
    browser.js("window.scrollTo(0, document.body.scrollHeight - window.innerHeight - 400)")
    pane = browser.js("""(() => { const r = document.querySelector('.text').getBoundingClientRect();
        const t = document.querySelector('.text');
        return {top: r.top, bottom: r.bottom, vh: window.innerHeight,
                scrollable: t.scrollHeight > t.clientHeight + 100}; })()""")
    assert pane["scrollable"]
    assert 0 <= pane["top"] < 200 and pane["bottom"] <= pane["vh"] + 1, pane

    # "show in the text" on a finding far down: the pane scrolls to its words, the page stays
    last = browser.js("Array.from(document.querySelectorAll('.card .where a')).slice(-1)[0].getAttribute('href')")
    before = browser.js("window.scrollY")
    browser.js(f"document.querySelector('.card .where a[href=\"{last}\"]').click()")
    time.sleep(0.2)
    assert browser.js("window.scrollY") == before
    seen = browser.js(f"""(() => {{ const m = document.getElementById('{last[1:]}').getBoundingClientRect();
        const p = document.querySelector('.text').getBoundingClientRect();
        return m.top >= p.top && m.bottom <= p.bottom; }})()""")
    assert seen
    assert browser.js("document.activeElement.id") == last[1:]

    # families collapse and expand; a highlight's finding opens its group when followed
    shown = "Array.from(document.querySelectorAll('.card')).filter(e => e.checkVisibility()).length"
    browser.js("document.querySelector('.group-tools button[data-groups=close]').click()")
    assert browser.js(shown) == 0
    browser.js("document.querySelector('.text a.hl').click()")
    time.sleep(0.2)
    assert browser.js("document.activeElement.classList.contains('card')")
    assert browser.js(shown) >= 1

    ARTIFACTS.mkdir(exist_ok=True)
    browser.js("document.querySelector('.group-tools button[data-groups=open]').click()")
    browser.js("window.scrollTo(0, document.querySelector('.layout').offsetTop + 2500)")
    import base64

    shot = browser.send("Page.captureScreenshot", format="png")
    (ARTIFACTS / "html-report-long.png").write_bytes(base64.b64decode(shot["data"]))
    if AXE.is_file():
        browser.js(AXE.read_text(encoding="utf-8"))
        found = json.loads(browser.js(
            "axe.run(document).then(r => JSON.stringify(r.violations.map("
            "v => ({id: v.id, impact: v.impact}))))", await_promise=True))
        assert [v for v in found if v["impact"] in ("serious", "critical")] == [], found


def test_scan_index_summary_filter_and_trend(browser: Page, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The index: findings by family, rule and reviewer; a filter box (and a family filter
    that works without script); a labelled trend chart in which errors are visible."""
    from test_html_report import GOLD

    from pipeline import main

    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(GOLD / "article.md", content / "kratom.md")
    shutil.copy(GOLD / "reviewers.toml", content / ".healthlint.toml")
    (content / "plain.md").write_text("# Plain\n\nNo author, no date.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["scan", "content", "--out", "site", "--select", "META,CON", "--offline", "--progress", "none"]
    assert main(args) in (0, 1)
    (content / "more.md").write_text("# More\n\nKratom causes hair loss. Kratom does not cause hair loss.\n",
                                     encoding="utf-8")
    assert main(args) in (0, 1)
    index = tmp_path / "site" / "index.html"
    open_report(browser, index)

    families = browser.js("Array.from(document.querySelectorAll('table.families tbody th a')).map(a => a.textContent)")
    assert "metadata" in families
    assert browser.js("document.querySelectorAll('table.rules tbody tr').length") >= 1
    rows = "Array.from(document.querySelectorAll('table.articles tbody tr')).filter(r => r.offsetParent !== null).length"
    assert browser.js(rows) == 3
    # the filter box: a rule code keeps the articles with that rule
    browser.js("""(() => { const q = document.getElementById('q'); q.value = 'META002';
        q.dispatchEvent(new Event('input', {bubbles: true})); })()""")
    assert browser.js(rows) == 2 and "Showing 2 of 3" in browser.js("document.getElementById('index-status').textContent")
    browser.js("""(() => { const q = document.getElementById('q'); q.value = 'plain';
        q.dispatchEvent(new Event('input', {bubbles: true})); })()""")
    assert browser.js(rows) == 1

    # the chart: two labelled panels with axes; errors drawn with a marker per run, not flat
    chart = browser.js("""(() => { const s = document.querySelector('.trend svg');
        return {title: s.querySelector('title').textContent, desc: s.querySelector('desc').textContent,
                texts: Array.from(s.querySelectorAll('text')).map(t => t.textContent),
                errorMarks: s.querySelectorAll('circle').length,
                errorLine: s.querySelector('polyline').getAttribute('points')}; })()""")
    assert "Errors per run" in chart["texts"] and "Warnings per run" in chart["texts"]
    assert "Errors" in chart["texts"] and "Warnings" in chart["texts"]  # the legend
    assert "errors went from" in chart["desc"]
    assert chart["errorMarks"] >= 2 + 1  # a marker per run plus the legend's
    ys = {p.split(",")[1] for p in chart["errorLine"].split()}
    assert len(ys) == 2, chart  # one more error in the second run shows as a rise

    # without script: the family filter still works (CSS :has), the search box stays hidden
    browser.send("Emulation.setScriptExecutionDisabled", value=True)
    open_report(browser, index)
    assert browser.js("document.querySelector('.js-only').offsetParent") is None
    box = browser.js("""(() => { const e = document.getElementById('fam-contradiction');
        e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; })()""")
    for kind in ("mousePressed", "mouseReleased"):  # a real click: no page script runs
        browser.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
    assert browser.js("document.getElementById('fam-contradiction').checked")
    with_contradiction = browser.js("document.querySelectorAll('table.articles tr[data-families~=contradiction]').length")
    assert browser.js(rows) == with_contradiction < 3  # plain.md has none
    browser.send("Emulation.setScriptExecutionDisabled", value=False)
