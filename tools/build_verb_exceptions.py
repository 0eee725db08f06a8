"""Build ``lint_rules/knowledge/verbs_irregular_wordnet.txt`` from WordNet 3.0 at BUILD time.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python tools/build_verb_exceptions.py wn/usr/share/wordnet [--check]

Why: the cue lists of the contradiction gates name verbs ("disagrees", "previously thought",
"the maker says"), and each list held whatever forms its author thought of ("disagrees"
listed, "disagreed" not). A cue list now names a verb once, as a lemma (``{v:disagree}``),
and the knowledge loader writes its forms (``knowledge.verb_forms``): the regular ones by
rule and the irregular ones from this list. WordNet's verb exception list (``verb.exc``: one
inflected form and its lemma a line, the list WordNet's own morphology reads before its
suffix rules) is the field's standard source for English verbs whose forms no suffix rule
makes ("said", "withdrew", "stopped"). Only the derived list is shipped; nothing reads
WordNet at run time. ``--check`` rebuilds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint_rules" / "knowledge" / "verbs_irregular_wordnet.txt"

HEADER = """\
# Irregular verb forms: one inflected form and its lemma a line ("said say"), as WordNet 3.0's
# verb exception list (verb.exc, Princeton University, WordNet 3.0 licence) has them; entries
# whose form or lemma is not one plain word are left out. Built by
# tools/build_verb_exceptions.py; read by knowledge.verb_forms for the {v:lemma} marks of
# the cue lists (the regular forms -s, -ed, -ing are made by rule there).
"""


def build(folder: Path) -> str:
    rows = []
    for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        form, lemmas = parts[0], parts[1:]
        for lemma in lemmas:
            if form.isalpha() and lemma.isalpha() and form != lemma:
                rows.append(f"{form} {lemma}")
    return HEADER + "\n".join(dict.fromkeys(rows)) + "\n"


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    text = build(folder)
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from a rebuild", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
