"""Typed claims read ``contradiction_claims.toml`` once per process (issue 17) and share the
value among the module's readers; none of them may change it. Studies read ``study_cues.toml``
once too (its module patterns from its cached ``cues()``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
from lint_rules import knowledge
names = []
real = knowledge.read_toml
def counting(name):
    names.append((sys._getframe(1).f_globals.get("__name__"), name))
    return real(name)
knowledge.read_toml = counting
from lint_rules.analysis import studies, typed_claims
from lint_rules.parsing import parse_document
doc = parse_document("note.txt", sys.argv[1], "text")
typed_claims.typed_claims(doc)
studies.study_mentions(doc)
print(json.dumps(names))
"""


def test_typed_claims_read_the_claims_file_once_in_a_new_process(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HEALTHLINT_CACHE_DIR=str(tmp_path / "cache"))
    text = ("Zelvoran tea cures insomnia for good. Do not take more than two cups a day. "
            "Zelvoran may interact with warfarin, and some people get headaches.\n")
    for _ in range(2):  # a cold cache folder, then a warm one
        proc = subprocess.run([sys.executable, "-c", _PROBE, text], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        calls = [tuple(c) for c in json.loads(proc.stdout.strip().splitlines()[-1])]
        mine = calls.count(("lint_rules.analysis.typed_claims", "contradiction_claims.toml"))
        assert mine == 1, mine
        assert calls.count(("lint_rules.analysis.studies", "study_cues.toml")) == 1, calls


def test_no_reader_changes_the_shared_claims_file() -> None:
    """After typed claims have read every fixture and some coined sentences, the shared value
    is still the file as ``read_toml`` gives it."""
    from lint_rules.analysis import typed_claims
    from lint_rules.knowledge import read_toml
    from lint_rules.parsing import parse_document

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.md"))[:40]]
    texts += ["Zelvoran drops ease joint pain within days and the relief lasts for good.",
              "Do not give Zelvoran to children under 12; it is safe in pregnancy, its maker says.",
              "Zelvoran can raise warfarin levels, so take it with food and at most twice a day."]
    for i, text in enumerate(texts):
        typed_claims.typed_claims(parse_document(f"n{i}.md", text, "markdown"))
    typed_claims._frames()
    typed_claims._use_subject()
    assert typed_claims._claims_file() == read_toml(typed_claims.DATA_FILE)
    assert typed_claims._claims_file() is typed_claims._claims_file()
