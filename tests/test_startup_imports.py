"""Start-up cost (issue 17): ``healthlint check`` on a plain-text file, offline, imports only
what that path needs. The network services, YAML, Jinja2 and the optional commands are
imported by the paths that use them (--online, front matter, HTML reports, scan, lsp)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
import pipeline
try:
    code = pipeline.main(["check", *sys.argv[1:]])
finally:
    pass
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(args: list[str], tmp_path: Path, *, as_users_run: bool = False) -> tuple[int, set[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HEALTHLINT_CACHE_DIR=str(tmp_path / "cache"))
    if as_users_run:  # without the tests' schema check of every JSON report (it imports jsonschema)
        env.pop("HEALTHLINT_CHECK_JSON_SCHEMA", None)
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["code"], set(out["modules"])


def test_plain_text_check_offline_imports_no_network_yaml_or_templates(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Walking every day may help some people sleep better, a small trial "
                       "suggests. Talk to your doctor before you change your routine.\n", encoding="utf-8")
    code, modules = _modules_after([str(article)], tmp_path)
    assert code in (0, 1)
    assert "lint_rules.rules.claims" in modules  # the rules did run
    unwanted = {"requests", "urllib3", "jinja2", "yaml", "markdown_it", "http.client",
                "lint_rules.services.net", "lint_rules.services.net.client",
                "lint_rules.services.lookups", "lint_rules.commands.lsp", "lint_rules.commands.scan"}
    assert not unwanted & modules, sorted(unwanted & modules)
    # cache keys are hashed with CPython's built-in BLAKE2: OpenSSL is not loaded
    assert not {"hashlib", "_hashlib"} & modules, sorted({"hashlib", "_hashlib"} & modules)


def test_key_digest_is_hashlibs_blake2b() -> None:
    import hashlib

    from lint_rules.store.digest import key_digest

    for data in (b"", b"healthlint", "caf\u00e9 \u2014 0.1.0|key".encode(), bytes(range(256)) * 9):
        assert key_digest(data) == hashlib.blake2b(data, digest_size=16).hexdigest()


def test_markdown_with_front_matter_still_reads_it(tmp_path: Path) -> None:
    article = tmp_path / "post.md"
    article.write_text("---\ntitle: Sleep and walking\n---\n\n# Sleep and walking\n\n"
                       "Walking every day may help some people sleep better.\n", encoding="utf-8")
    code, modules = _modules_after([str(article)], tmp_path)
    assert code in (0, 1)
    assert {"yaml", "markdown_it"} <= modules
    assert "lint_rules.services.net.client" not in modules


def test_markdown_without_front_matter_imports_no_yaml(tmp_path: Path) -> None:
    article = tmp_path / "post.md"
    article.write_text("# Sleep and walking\n\nWalking every day may help some people sleep better, "
                       "a small trial suggests.\n", encoding="utf-8")
    code, modules = _modules_after([str(article)], tmp_path)
    assert code in (0, 1)
    assert "markdown_it" in modules  # the Markdown was parsed
    assert "lint_rules.rules.claims" in modules
    assert not {"yaml", "jinja2", "requests"} & modules, sorted({"yaml", "jinja2", "requests"} & modules)


def test_credential_lookup_defaults_match_the_lookup_modules() -> None:
    from lint_rules.rules import credentials_online
    from lint_rules.services.lookups.npi import NPI_URL
    from lint_rules.services.lookups.orcid import ORCID_URL

    assert credentials_online._KEYS == {"npi-registry-url": NPI_URL, "orcid-api-url": ORCID_URL}


def test_cached_required_literals_equal_the_computed_ones(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import re

    from lint_rules.store import diskcache
    from lint_rules.store.compiled_re import required_literals, required_literals_many

    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    patterns = (re.compile(r"\bin today's (?:fast|busy) world\b", re.I), re.compile(r"\w+"),
                re.compile(r"delve into"))
    want = tuple(required_literals(p) for p in patterns)
    assert want[1] is None and want[2] == ("delve into",)
    assert required_literals_many(patterns) == want  # built
    diskcache._MEMORY.clear()
    assert required_literals_many(patterns) == want  # read back from the cache folder
    assert any(f.name.startswith("literals-") for f in tmp_path.rglob("*"))


def _warm_json_modules(tmp_path: Path) -> set[str]:
    """The modules of a JSON check of a one-line ``.md`` in a new process whose cache folder
    an earlier run filled (a cold run parses the data files and writes the cache)."""
    article = tmp_path / "one.md"
    article.write_text("Zelvoran tea may help some people sleep, its maker says.\n", encoding="utf-8")
    args = [str(article), "--offline", "-f", "json"]  # to standard output, as an editor reads it
    _modules_after(args, tmp_path, as_users_run=True)
    code, modules = _modules_after(args, tmp_path, as_users_run=True)
    assert code in (0, 1)
    assert "lint_rules.analysis.concepts" in modules and "reports.json_report" in modules
    return modules


def test_warm_check_never_imports_the_toml_parser(tmp_path: Path) -> None:
    """Every data file a warm check reads comes from the parsed copy in the cache folder:
    the concept matcher's part words too (``concepts._predication``)."""
    assert "tomllib" not in _warm_json_modules(tmp_path)


def test_part_words_read_from_the_cache_are_the_parsed_file() -> None:
    import tomllib

    from lint_rules.analysis import concepts

    data = tomllib.loads(concepts.COMPOSITION_TOML.read_text(encoding="utf-8"))
    concepts._predication.cache_clear()
    parts, table, links, between, causatives = concepts._predication()
    assert parts == frozenset(k[0] for k in table)
    assert between == frozenset(concepts.normalise_token(w) for w in data["predicative"]["between"])
    assert len(table) == len({concepts._key(w) for pt in data["parts"].values() for w in pt["words"]})
    assert links == frozenset(concepts.normalise_token(w) for w in data["predicative"]["links"])
    assert causatives == frozenset(concepts.normalise_token(w) for w in data["predicative"]["causatives"])


def test_warm_json_check_does_not_load_openssl(tmp_path: Path) -> None:
    """The JSON report's finding fingerprints use CPython's built-in SHA-1."""
    modules = _warm_json_modules(tmp_path)
    assert not {"hashlib", "_hashlib"} & modules, sorted({"hashlib", "_hashlib"} & modules)


def test_fingerprint_digest_is_hashlibs_sha1() -> None:
    import hashlib

    from lint_rules.store.digest import sha1

    for data in (b"", b"notes/zelvoran.md\x1fCLM001\x1fcures\x1f1", "caf\u00e9 \u2014 Zelvoran".encode(),
                 bytes(range(256)) * 9):
        assert sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()


def test_warm_json_check_does_not_import_tempfile(tmp_path: Path) -> None:
    """A one-article JSON report stays in memory: ``tempfile`` comes only with a spool past its limit."""
    assert "tempfile" not in _warm_json_modules(tmp_path)
