"""``healthlint check --fix`` rewrites permanently moved URLs in Markdown and HTML sources,
through the CLI, against a real server on 127.0.0.1."""

from __future__ import annotations

import pytest

import pipeline
from lint_rules.core import Fix
from lint_rules.fixes import apply_fixes
from lint_rules.services.net.testserver import LocalServer

ARGS = ["check", "--online", "--allow-private-networks", "--no-cache", "--timeout", "1",
        "--select", "links", "--fix"]


@pytest.fixture()
def server():
    with LocalServer() as srv:
        srv.route("/old", 301, headers={"Location": "/new?page=1&lang=en"})
        srv.route("/new", 200)
        srv.route("/temp", 302, headers={"Location": "/new"})
        yield srv


def test_fix_rewrites_markdown_links_of_every_kind(server, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    old, new = server.url("/old"), server.url("/new?page=1&lang=en")
    source = (
        "# Kratom\n\n"
        f"Read [the review]({old}#risks) and <{old}>.\r\n"
        f"\n[ref]: {old} \"Reference\"\n\nCite [it][ref]. Bare: {old}.\n"
        f"Unchanged: [temporary]({server.url('/temp')}).\n"
    )
    (tmp_path / "a.md").write_bytes(source.encode("utf-8"))
    code = pipeline.main([*ARGS, "a.md"])
    err = capsys.readouterr().err
    assert "fixed 4 place(s)" in err
    assert code == 0
    fixed = (tmp_path / "a.md").read_bytes().decode("utf-8")
    assert fixed == source.replace(old, new)  # and the one CRLF line end stays CRLF
    # a second run finds nothing left to fix
    assert pipeline.main([*ARGS, "a.md"]) == 0
    assert "fixed" not in capsys.readouterr().err


def test_fix_rewrites_html_attributes_escaped(server, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    old = server.url("/old")
    (tmp_path / "a.html").write_text(
        f'<html><body><p>See <a href="{old}">the review</a>.</p>\n'
        f"<img src='{old}' alt='chart'></body></html>\n", encoding="utf-8")
    pipeline.main([*ARGS, "a.html"])
    assert "fixed 2 place(s)" in capsys.readouterr().err
    new_escaped = server.url("/new?page=1&amp;lang=en")
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == (
        f'<html><body><p>See <a href="{new_escaped}">the review</a>.</p>\n'
        f"<img src='{new_escaped}' alt='chart'></body></html>\n")


def test_without_fix_the_file_is_untouched_and_the_fix_is_in_the_json(server, tmp_path, monkeypatch, capsys):
    import json

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"[x]({server.url('/old')})\n", encoding="utf-8")
    pipeline.main([a for a in ARGS if a != "--fix"] + ["-f", "json", "a.md"])
    finding = json.loads(capsys.readouterr().out)["files"][0]["findings"][0]
    assert finding["code"] == "LNK002"
    assert finding["fix"] == {"start_offset": 4, "end_offset": 4 + len(server.url("/old")),
                              "replacement": server.url("/new?page=1&lang=en")}
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == f"[x]({server.url('/old')})\n"


def test_apply_fixes_keeps_the_bom_and_skips_overlapping_fixes(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbfabc def\n")

    class Result:
        def __init__(self, fixes):
            self.path = str(path)
            self.findings = [type("F", (), {"fix": f})() for f in fixes]

    changed = apply_fixes([Result([Fix(0, 3, "xyz"), Fix(1, 2, "Q"), Fix(4, 7, "uvw")])])
    assert changed == 2
    assert path.read_bytes() == b"\xef\xbb\xbfaQc uvw\n"


def test_apply_fixes_maps_offsets_past_crlf_line_ends(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"one\r\ntwo\nthree\r\nfour\n")
    normalised = "one\ntwo\nthree\nfour\n"

    class Result:
        def __init__(self):
            self.path = str(path)
            start = normalised.index("four")
            self.findings = [type("F", (), {"fix": Fix(start, start + 4, "FOUR")})(),
                             type("F", (), {"fix": Fix(4, 7, "TWO")})()]

    assert apply_fixes([Result()]) == 2
    assert path.read_bytes() == b"one\r\nTWO\nthree\r\nFOUR\n"


def test_fix_never_moves_a_citation_to_another_site_silently(server, tmp_path, monkeypatch, capsys):
    """Issue 12: a 301 to another host (a domain sold, a shop, a hijack) was rewritten by
    --fix; now it is a finding for the writer to confirm, and the file is untouched."""
    with LocalServer("127.0.0.2") as other:
        other.route("/landing", 200)
        server.route("/sold", 301, headers={"Location": other.url("/landing")})
        monkeypatch.chdir(tmp_path)
        source = f"# Kratom\n\nSee [the study]({server.url('/sold')}).\n"
        (tmp_path / "a.md").write_text(source, encoding="utf-8")
        code = pipeline.main([*ARGS, "--format", "json", "a.md"])
        captured = capsys.readouterr()
        assert code == 0 and "fixed" not in captured.err
        assert (tmp_path / "a.md").read_text(encoding="utf-8") == source
        import json

        [finding] = json.loads(captured.out)["files"][0]["findings"]
        assert finding["code"] == "LNK002" and finding.get("fix") is None
        assert "another site" in finding["message"] and finding["evidence"]["other_site"] is True
