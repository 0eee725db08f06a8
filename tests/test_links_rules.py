"""The LNK rules end to end (API and CLI) against real servers on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from lint_rules.api import lint_text
from lint_rules.config import ConfigError, parse_config
from lint_rules.services.net.testserver import LocalServer

NETWORK = {"cache": False, "allow-private-networks": True, "timeout": 1, "backoff": 0.02, "retries": 1}


@pytest.fixture()
def server():
    with LocalServer() as srv:
        srv.route("/ok", 200, body="<title>Kratom</title><h2 id='risks'>Risks</h2>")
        srv.route("/old", 301, headers={"Location": "/new"})
        srv.route("/new", 200)
        srv.route("/dir", 301, headers={"Location": "/dir/"})
        srv.route("/dir/", 200)
        srv.route("/gone", 410)
        srv.route("/wall", 403)
        srv.route("/down", 503)
        srv.route("/loop", 302, headers={"Location": "/loop"})
        srv.route("/article/kratom", 302, headers={"Location": "/"})
        srv.route("/", 200)
        yield srv


def online(text: str, kind: str = "markdown", links: dict | None = None, select=("links",), **network):
    return lint_text(text, kind=kind, select=list(select), online=True,
                     extra_config={"network": {**NETWORK, **network}, "links": {"archive": False, **(links or {})}})


def test_each_class_is_reported_by_its_rule_at_the_url(server):
    paths = ["/ok", "/old", "/gone", "/wall", "/down", "/loop", "/article/kratom"]
    text = "# Sources\n\n" + "\n".join(f"- [Source {p}]({server.url(p)})" for p in paths) + "\n"
    findings = {f.location.line: f for f in online(text)}
    got = {line: (f.code, str(f.severity)) for line, f in findings.items()}
    assert got == {
        4: ("LNK002", "warning"), 5: ("LNK001", "error"), 6: ("LNK005", "warning"),
        7: ("LNK004", "warning"), 8: ("LNK006", "error"), 9: ("LNK003", "warning"),
    }
    dead = findings[5]
    assert dead.location.column == len("- [Source /gone](") + 1  # the URL itself
    assert dead.evidence["class"] == "dead"
    assert [c["status"] for c in dead.evidence["status_chain"]] == [410]  # one GET
    assert findings[4].fix is not None and findings[4].suggestion.endswith(server.url("/new"))


def test_a_trailing_slash_move_is_only_info(server):
    [finding] = online(f"[dir]({server.url('/dir')})\n")
    assert (finding.code, str(finding.severity)) == ("LNK002", "info")
    assert finding.fix.replacement == server.url("/dir/") and finding.evidence["cosmetic"]


def test_html_hrefs_and_image_sources_are_checked(server):
    html = (f'<html><body><p>See <a href="{server.url("/gone")}">the CDC page</a>.</p>'
            f'<img src="{server.url("/missing.png")}" alt="chart"></body></html>')
    findings = online(html, kind="html")
    assert [(f.code, f.excerpt) for f in findings] == [
        ("LNK001", server.url("/gone")), ("LNK001", server.url("/missing.png"))]


def test_bare_urls_in_a_plain_text_reference_list(server):
    text = f"Kratom facts.\n\nReferences\n- NCCIH – {server.url('/gone')}\n- NIDA – {server.url('/ok')}.\n"
    findings = online(text, kind="text")
    assert [(f.code, f.location.line) for f in findings] == [("LNK001", 4)]


def test_fragments_are_checked_unless_disabled(server):
    text = f"[risks]({server.url('/ok#risks')}) and [dose]({server.url('/ok#dosage')})\n"
    assert online(text, links={"check-fragments": False}) == []
    findings = online(text)
    assert [(f.code, f.evidence["fragment"]) for f in findings] == [("LNK010", "dosage")]


def test_dead_link_suggests_the_archived_copy(server):
    snap = "http://web.archive.org/web/2020/https://example.org/gone"
    server.route("/wayback", 200, headers={"Content-Type": "application/json"},
                 body=json.dumps({"archived_snapshots": {"closest": {"available": True, "url": snap}}}))
    findings = online(f"[gone]({server.url('/gone')})\n",
                      links={"archive": True, "archive-url": server.url("/wayback")})
    assert findings[0].code == "LNK001"
    assert snap in findings[0].suggestion and findings[0].evidence["archived_copy"] == snap


def test_excluded_urls_are_not_checked(server):
    findings = online(f"[gone]({server.url('/gone')})\n", links={"exclude": ["*/gone"]})
    assert findings == [] and server.count("/gone") == 0


def test_loopback_is_reported_as_private_without_allow_private_networks(server):
    findings = online(f"[draft]({server.url('/ok')})\n", **{"allow-private-networks": False})
    assert [f.code for f in findings] == ["LNK009"] and server.count() == 0


def test_online_rules_do_not_run_offline(server):
    findings = lint_text(f"[gone]({server.url('/gone')})\n", select=["links"],
                         extra_config={"network": NETWORK})
    assert findings == [] and server.count() == 0


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A folder with a config that keeps the CLI away from the live Internet Archive."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.toml").write_text("[links]\narchive = false\n", encoding="utf-8")
    return tmp_path


def run_cli(args: list[str], capsys) -> tuple[int, dict]:
    code = pipeline.main(["check", "-f", "json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_cli_checks_each_url_once_and_reports_it_in_every_file(server, project, capsys):
    tmp_path = project
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(f"# {name}\n\nSee [this]({server.url('/gone')}) and "
                                     f"[that]({server.url('/ok')}).\n", encoding="utf-8")
    code, report = run_cli(["--online", "--allow-private-networks", "--no-cache", "--timeout", "1",
                            "--select", "links", "a.md", "b.md", "c.md"], capsys)
    assert code == 1
    per_file = {f["path"]: [x["code"] for x in f["findings"]] for f in report["files"]}
    assert per_file == {"a.md": ["LNK001"], "b.md": ["LNK001"], "c.md": ["LNK001"]}
    assert server.count("/gone") == 1 and server.count("/ok") == 1  # one GET a URL


def test_each_configuration_file_keeps_its_own_network_settings(server, project, capsys):
    """Two sites in one run: one lets its intranet links be checked, the other does not;
    before, the first file's settings applied to every file."""
    tmp_path = project
    for site, allow in (("intranet", "true"), ("public", "false")):
        (tmp_path / site).mkdir()
        (tmp_path / site / ".healthlint.toml").write_text(
            f"[links]\narchive = false\n[network]\ncache = false\ntimeout = 1\n"
            f"allow-private-networks = {allow}\n", encoding="utf-8")
        (tmp_path / site / "a.md").write_text(f"See [this]({server.url('/gone')}).\n", encoding="utf-8")
    for order in (["intranet/a.md", "public/a.md"], ["public/a.md", "intranet/a.md"]):
        _, report = run_cli(["--online", "--select", "links", *order], capsys)
        per_file = {f["path"]: [x["code"] for x in f["findings"]] for f in report["files"]}
        assert per_file == {"intranet/a.md": ["LNK001"], "public/a.md": ["LNK009"]}


def test_cli_rerun_uses_the_cache(server, project, monkeypatch, capsys):
    tmp_path = project
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.md").write_text(f"[a]({server.url('/old')}) [b]({server.url('/gone')})\n")
    args = ["--online", "--allow-private-networks", "--timeout", "1", "--select", "links", "a.md"]
    _, first = run_cli(args, capsys)
    requests = server.count()
    _, second = run_cli(args, capsys)
    assert server.count() == requests
    strip = [{k: v for k, v in f.items() if k != "evidence"} for f in first["files"][0]["findings"]]
    assert strip == [{k: v for k, v in f.items() if k != "evidence"} for f in second["files"][0]["findings"]]
    assert all(f["evidence"]["from_cache"] for f in second["files"][0]["findings"])
    run_cli([*args, "--no-cache"], capsys)
    assert server.count() > requests


def test_an_unverifiable_link_is_a_warning_that_fails_the_run_unless_accepted(server, project, capsys):
    tmp_path = project
    (tmp_path / "a.md").write_text(f"[a]({server.url('/wall')})\n")
    argv = ["--online", "--allow-private-networks", "--no-cache", "--select", "links", "a.md"]
    code, report = run_cli(argv, capsys)
    assert code == 1 and report["files"][0]["findings"][0]["severity"] == "warning"
    assert report["summary"]["unverified_links_failing"] == 1
    code, report = run_cli(["--accept-unverified", *argv], capsys)
    assert code == 0 and report["summary"]["unverified_links_failing"] == 0


@pytest.mark.parametrize(("table", "problem"), [
    ({"exclude": 3}, "exclude"), ({"check-fragments": "yes"}, "check-fragments"),
    ({"archive-url": "ftp://x"}, "archive-url"), ({"exclude": ["re:("]}, "regular expression"),
    ({"speed": 1}, "speed"),
])
def test_links_config_is_validated(table, problem):
    with pytest.raises(ConfigError) as info:
        parse_config({"links": table}, "pyproject.toml", "tool.healthlint")
    assert problem in str(info.value)


def test_malformed_url_rule_through_the_cli(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Write to [us](mailto:editor@example) or see [NIH](htps://nih.gov).\n")
    code, report = run_cli(["--select", "LNK011", "a.md"], capsys)
    assert code == 1
    assert [(f["line"], f["column"]) for f in report["files"][0]["findings"]] == [(1, 15), (1, 51)]


def _no_network_project(project: Path) -> None:
    closed = [LocalServer(f"127.0.0.{i}") for i in (6, 7, 8)]
    (project / "a.md").write_text("".join(f"[x](http://{s.host}:{s.port}/a)\n" for s in closed))
    for s in closed:
        s.httpd.server_close()
    probe = closed[-1]  # the machine's probe connects nowhere either
    (project / ".healthlint.toml").write_text(
        f'[network]\nnetwork-probe = ["127.0.0.8:{probe.port}"]\n', encoding="utf-8")


def test_no_network_is_said_once_not_per_link_and_fails_the_run(project, capsys):
    """Issue 13: with every host unreachable, `check --online` exited 0 ("Passed")."""
    _no_network_project(project)
    code, report = run_cli(["--online", "--allow-private-networks", "--no-cache", "--select", "links",
                            "a.md"], capsys)
    assert code == 1 and report["files"][0]["findings"] == []
    assert report["summary"]["unverified_links"] == 3 and report["summary"]["unverified_links_failing"] == 3
    assert [p for p in report["problems"] if "network" in p] == [
        "links were not checked: no site answered and the network probe connected nowhere "
        "(is the network down?)",
        "3 link(s) could not be verified (3 no network): the run fails; fix the cause, or accept it "
        "with --accept-unverified or accept-unverified = true in [links]"]


@pytest.mark.parametrize("fmt", ["text", "github", "sarif", "json"])
def test_unverified_links_are_said_in_every_format_and_can_be_accepted(project, capsys, fmt):
    _no_network_project(project)
    argv = ["check", "--online", "--allow-private-networks", "--no-cache", "--select", "links",
            "--format", fmt, "a.md"]
    assert pipeline.main(argv) == 1
    out = capsys.readouterr().out
    assert "3 link(s) could not be verified" in out
    if fmt == "sarif":
        [note] = [n for n in json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
                  if "could not be verified" in n["message"]["text"]]
        assert note["level"] == "error"
    if fmt == "json":  # still the published shape
        import jsonschema

        schema = json.loads((Path(pipeline.__file__).parent / "docs" / "json-format.schema.json").read_text())
        jsonschema.validate(json.loads(out), schema)
    assert pipeline.main([*argv[:-1], "--accept-unverified", "a.md"]) == 0
    assert "accepted" in capsys.readouterr().out
    (project / ".healthlint.toml").write_text(
        (project / ".healthlint.toml").read_text() + "[links]\naccept-unverified = true\n", encoding="utf-8")
    assert pipeline.main(argv) == 0


def test_titles_are_read_in_the_nightly_scan_or_when_configured(server):
    from lint_rules.core import NIGHTLY_SCAN

    server.route("/retired", 200, body="<title>Page unavailable | Clinic</title>")
    text = f"[page]({server.url('/retired')})\n"
    config = {"network": NETWORK, "links": {"archive": False}}
    head = {"archive": False, "method": "head"}
    assert lint_text(text, select=["links"], online=True, extra_config={**config, "links": head}) == []
    assert server.count("/retired") == 1  # method = "head": one HEAD
    for services, links in (({NIGHTLY_SCAN: True}, {}), ({}, {"check-titles": True})):
        findings = lint_text(text, select=["links"], online=True, services=services,
                             extra_config={**config, "links": {**head, **links}})
        assert [(f.code, f.evidence["class"]) for f in findings] == [("LNK003", "soft-404")]
    off = lint_text(text, select=["links"], online=True, services={NIGHTLY_SCAN: True},
                    extra_config={**config, "links": {**head, "check-titles": False}})
    assert off == []
    server.reset()
    findings = lint_text(text, select=["links"], online=True, extra_config=config)  # the default
    assert [(f.code, f.evidence["class"]) for f in findings] == [("LNK003", "soft-404")]
    assert server.count("/retired") == 1  # one GET found it


def test_the_links_hook_fails_when_no_link_could_be_verified(project):
    """Issue 13: the `healthlint-links` pre-commit hook printed "Passed" with every host
    unreachable. The hook runs its manifest's entry and args on the staged files; run
    exactly that (pre-commit's own environment is tested in test_precommit.py)."""
    import subprocess
    import sys

    import yaml

    root = Path(pipeline.__file__).resolve().parent
    hooks = {h["id"]: h for h in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    hook = hooks["healthlint-links"]
    _no_network_project(project)
    (project / ".healthlint.toml").write_text(
        (project / ".healthlint.toml").read_text() + "allow-private-networks = true\ncache = false\n",
        encoding="utf-8")
    assert hook["entry"].split()[0] == "healthlint"
    cmd = [sys.executable, "-m", "pipeline", *hook["entry"].split()[1:], *hook.get("args", []), "a.md"]
    proc = subprocess.run(cmd, cwd=project, capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "PYTHONPATH": str(root), "NO_COLOR": "1"})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "3 link(s) could not be verified (3 no network)" in proc.stdout


def test_a_cached_online_run_parses_each_file_once(server, project, monkeypatch, capsys):
    """Issue 17: the online phase parsed every document a second time."""
    from lint_rules import engine

    calls = []
    real = engine.parse_document
    monkeypatch.setattr(engine, "parse_document", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    (project / "a.md").write_text(f"# A\n\nSee [this]({server.url('/ok')}).\n", encoding="utf-8")
    code, _ = run_cli(["--online", "--allow-private-networks", "--no-cache", "--select", "links", "a.md"],
                      capsys)
    assert code == 0 and calls == ["a.md"]


def test_a_long_reference_list_is_linked_in_linear_time():
    """Issue 17: reference entries were matched against every link (entries × links) and
    bare URLs against every link span: 4,000 entries took seconds."""
    import time

    from lint_rules.analysis.references import block_links, reference_entries
    from lint_rules.parsing import parse_document

    n = 4000
    text = "# A\n\nText.\n\n## References\n\n" + "".join(
        f"- Author {i}. Title {i}. [link](https://example.org/p/{i}) and https://example.org/q/{i}\n"
        for i in range(n))
    start = time.process_time()
    doc = parse_document("a.md", text, "markdown")
    entries = reference_entries(doc)
    elapsed = time.process_time() - start
    assert len(entries) == n and len(doc.links) == 2 * n
    assert elapsed < 3.0  # was about 9 s of CPU (quadratic); now about 0.5 s
    small = parse_document("b.md", "## References\n\n- [a](https://a.org) https://b.org\n\n"
                           "- [c](https://c.org)\n", "markdown")
    for i, block in enumerate(small.blocks):  # the index agrees with a scan of every link
        brute = [lk for lk in small.links if lk.kind != "image" and (
            lk.block == i or (lk.end > block.start and lk.start < block.end))]
        assert block_links(small, i) == brute


def test_a_rerun_answered_from_the_cache_opens_no_connection_pool(server, project):
    """Issue 17: a cached rerun should cost milliseconds; it imported and set up the HTTP
    stack (urllib3, TLS) for nothing."""
    import os
    import subprocess
    import sys

    (project / "a.md").write_text(f"# A\n\nSee [this]({server.url('/ok')}).\n", encoding="utf-8")
    root = Path(pipeline.__file__).resolve().parent
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(project / "cache"), "PYTHONPATH": str(root)}
    script = ("import sys, pipeline; code = pipeline.main(['check', '--online', '--allow-private-networks', "
              "'--select', 'links', '-q', 'a.md']); print('urllib3' in sys.modules, code)")
    first = subprocess.run([sys.executable, "-c", script], cwd=project, env=env, capture_output=True, text=True)
    assert first.stdout.split()[-2:] == ["True", "0"], first.stdout + first.stderr
    again = subprocess.run([sys.executable, "-c", script], cwd=project, env=env, capture_output=True, text=True)
    assert again.stdout.split()[-2:] == ["False", "0"], again.stdout + again.stderr
    assert server.count("/ok") == 1
