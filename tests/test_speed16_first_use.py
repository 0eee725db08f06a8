"""First-use work kept in the cache folder (issue 17, branch speed16): what a new process
reads back instead of making again, and that an edited source is made afresh."""

from __future__ import annotations

import gzip

from lint_rules.analysis import concepts
from lint_rules.store import diskcache


def _obo(path, version: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(f"format-version: 1.2\ndata-version: hp/releases/{version}\n\n[Term]\nid: HP:0000001\n")


def test_hpo_version_is_read_back_without_opening_the_obo(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    obo = tmp_path / "hp.obo.gz"
    _obo(obo, "2031-02-03")
    monkeypatch.setenv("HEALTHLINT_HPO_OBO", str(obo))
    concepts.hpo_version.cache_clear()
    try:
        assert concepts.hpo_version() == "2031-02-03"
        concepts.hpo_version.cache_clear()
        monkeypatch.setattr(diskcache, "_MEMORY", {})  # a new process: the cache file only
        monkeypatch.setattr(concepts, "_open_obo", lambda path: 1 / 0)
        assert concepts.hpo_version() == "2031-02-03"
    finally:
        concepts.hpo_version.cache_clear()


def test_hpo_version_of_a_replaced_obo_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "cache"))
    obo = tmp_path / "hp.obo.gz"
    monkeypatch.setenv("HEALTHLINT_HPO_OBO", str(obo))
    concepts.hpo_version.cache_clear()
    try:
        _obo(obo, "2031-02-03")
        assert concepts.hpo_version() == "2031-02-03"
        _obo(obo, "2032-12-31 and a longer line")  # another size: another key
        concepts.hpo_version.cache_clear()
        monkeypatch.setattr(diskcache, "_MEMORY", {})
        assert concepts.hpo_version() == "2032-12-31 and a longer line"
        monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "missing" / "deeper"))
        concepts.hpo_version.cache_clear()
        monkeypatch.setattr(diskcache, "_MEMORY", {})
        assert concepts.hpo_version() == "2032-12-31 and a longer line"
    finally:
        concepts.hpo_version.cache_clear()


def test_hpo_version_of_the_shipped_release():
    concepts.hpo_version.cache_clear()
    try:
        assert concepts.hpo_version() == concepts._read_hpo_version(concepts.SHIPPED_HPO)
    finally:
        concepts.hpo_version.cache_clear()
