"""Build ``lint_rules/knowledge/proper_adjectives_wordnet.txt`` from WordNet 3.0 at BUILD time.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python tools/build_wordnet_proper_adjectives.py wn/usr/share/wordnet [--check]

Why: a comparison of the study's groups of people ("than men", "versus older adults") is no
comparison with an alternative, but a capitalised word before the people may be a brand the
interventions analysis does not know ("than the Pradaxa patients": an option's arm). Most
capitalised words there are not brands but who the people are: a nationality, an ethnicity, a
region or a faith ("than Hispanic men", "than American adults", "than Asian women"). WordNet 3.0
writes these adjectives with a capital (its proper adjectives: "Hispanic", "African-American",
"British"); the US Office of Management and Budget's race and ethnicity categories (1997
standards: White, Black or African American, American Indian or Alaska Native, Asian, Native
Hawaiian or Other Pacific Islander, Hispanic or Latino) add the colour words WordNet writes in
lower case, and the ISO 3166 codes of the countries most health news reports on ("US", "UK")
the abbreviations. Only the derived list is shipped; nothing reads WordNet at run time.
``--check`` rebuilds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_files import run_build, synsets

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint_rules" / "knowledge" / "proper_adjectives_wordnet.txt"
#: OMB 1997 race and ethnicity category words WordNet writes in lower case, and country codes.
ADDED = {"white", "black", "native", "latina", "latinx", "islander", "islanders", "indigenous",
         "us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "eu"}


def build(wn: Path) -> str:
    kept = set(ADDED)
    for syn in synsets(wn, "adj").values():
        for w in syn.words:
            w = re.sub(r"\(\w+\)$", "", w)
            if w[:1].isupper() and w.replace("-", "").replace("_", "").isalpha():
                kept.add(w.lower().replace("_", " "))
    kept = {w for w in kept if " " not in w}
    header = (
        "# Capitalised words that say who people are, not which option they had, one a line, lower\n"
        "# case: WordNet's proper adjectives (nationalities, ethnicities, regions, faiths), the US OMB\n"
        "# race and ethnicity category words and common country codes. Built by\n"
        "# tools/build_wordnet_proper_adjectives.py (do not edit by hand: change ADDED there and rebuild).\n"
        "#\n"
        "# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu), read from the Debian\n"
        "# package wordnet-base 1:3.0-37 (dict/ file data.adj): every one-word adjective lemma WordNet\n"
        "# writes with a capital; the OMB Revisions to the Standards for the Classification of Federal\n"
        "# Data on Race and Ethnicity (1997); ISO 3166-1 codes US, USA, GB's usual UK, and EU. Licence:\n"
        "# the WordNet 3.0 licence (\"Permission to use, copy, modify and distribute this software and\n"
        "# database and its documentation for any purpose and without fee or royalty is hereby granted\n"
        "# ... WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\").\n"
        "#\n"
        "# Read by lint_rules/analysis/completeness.py (``_names_intervention``): \"than Hispanic men\"\n"
        "# compares groups of people, \"than the Pradaxa patients\" an option's arm.\n"
    )
    return header + "".join(f"{w}\n" for w in sorted(kept))


def main() -> int:
    return run_build(__doc__, OUT, build)


if __name__ == "__main__":
    sys.exit(main())
