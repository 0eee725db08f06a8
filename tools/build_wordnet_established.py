"""Build ``lint_rules/knowledge/established_procedures_wordnet.txt`` from WordNet 3.0 at BUILD time.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python tools/build_wordnet_established.py wn/usr/share/wordnet [--check]

Why: HealthNewsReview.org's availability criterion asks whether a story establishes the
availability of the treatment, test, product or procedure. For an established kind of care
that hospitals everywhere give (an operation, radiotherapy, chemotherapy, an angioplasty, a
mammogram, an MRI, a colonoscopy) the reviewers passed releases that said nothing of it, as
every reader can get it; a drug, a device or a test kit is a product whose approval and sale
the article must tell. The article rarely says that its procedure is established, so the
fact comes from outside it: a general dictionary closed in 2006 names a medical procedure
only once it was in common use by then. WordNet 3.0 files the medical acts under surgical
operation (00671351), medical procedure (01024392), therapy (00661091), diagnostic procedure
(00177127), imaging (00901083) and endoscopy (00642045).

A lemma is kept when its first (most frequent) sense lies below one of those tops, at any
depth, or when one of its senses does and its first sense is a branch of medicine
(06045562, medical science: "surgery" is first the discipline, then the operation). Left out: the
tops' generic words ("therapy", "medical procedure", "diagnostic technique": they name no
kind of care), and by name (``PRUNED``) techniques WordNet files that were experimental or
research when it closed, or whose word names something else in health writing
("immunotherapy": in WordNet allergy shots, in the news of the 2010s new cancer drugs;
"xenotransplantation", "vivisection"; "transplantation" alone: what is transplanted decides,
an organ or stem cells or gut bacteria). Drugs are not listed: a drug is a product (the
development half's releases on established drugs, naproxen or metformin, were passed as
often as those on ketamine, also in WordNet, were marked down). Only the derived list is
shipped; nothing reads WordNet at run time. ``--check`` rebuilds in memory and fails when
the shipped file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_files import Synset, run_build, synsets
from wordnet_files import index as lemma_index

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint_rules" / "knowledge" / "established_procedures_wordnet.txt"
SURGERY = "00671351"  #: operation, surgery, surgical operation, surgical procedure, surgical process
#: medical procedure, therapy, diagnostic procedure, imaging (tomography), endoscopy
TOPS = (SURGERY, "01024392", "00661091", "00177127", "00901083", "00642045")
MEDICINE = "06045562"  #: medical science and its branches
#: The tops' generic words: they name no kind of care.
GENERIC = {"medical_procedure", "therapy", "diagnostic_procedure", "diagnostic_technique"}
#: Techniques that were experimental or research when WordNet closed, or whose word names
#: something else in health writing now; and words whose medical sense is not their usual one.
PRUNED = {
    "immunotherapy", "xenotransplant", "xenotransplantation", "vivisection", "wrong-site_surgery",
    "transplantation", "altering", "cutting_out", "drugging", "giving_medication", "drip_feed", "flooding", "token_economy",
    "operation", "ppp", "emda", "ect", "hrt", "turp", "uppp", "cabg", "lap_choly", "sterilisation", "sterilization",
    "resection", "ablation", "extirpation", "enucleation", "evisceration", "exenteration", "decortication",
    "castration", "neutering", "spaying", "depth_psychology", "psychoanalysis", "play_therapy",
}


def _below(syn: dict[str, Synset], top: str) -> set[str]:
    """``top`` and its hyponyms ("~") and instance hyponyms ("~i"), at any depth."""
    out = {top}
    todo = [top]
    while todo:
        for sym, off, _pos in syn[todo.pop()].pointers:
            if sym in ("~", "~i") and off not in out:
                out.add(off)
                todo.append(off)
    return out


def build(wn: Path) -> str:
    syn, index = synsets(wn, "noun"), lemma_index(wn, "noun")
    care: set[str] = set()
    for top in TOPS:
        care |= _below(syn, top)
    medicine = _below(syn, MEDICINE)
    kept = set()
    for lemma, offs in index.items():
        if lemma in PRUNED or lemma in GENERIC or not offs or len(lemma) < 3:
            continue
        if not lemma.replace("_", "").replace("-", "").replace("'", "").isalpha():
            continue
        if offs[0] in care or (offs[0] in medicine and any(o in care for o in offs)):
            kept.add(lemma.replace("_", " "))
    header = (
        "# Medical procedures a general dictionary named by 2006, one a line, lower case: established\n"
        "# kinds of care (operations, radiotherapy, chemotherapy, imaging, endoscopy, diagnostic\n"
        "# procedures). Built by tools/build_wordnet_established.py (do not edit by hand: change TOPS or\n"
        "# PRUNED there and rebuild).\n"
        "#\n"
        "# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu), read from the Debian\n"
        "# package wordnet-base 1:3.0-37 (dict/ files data.noun, index.noun). A lemma is listed when its\n"
        "# first (most frequent) sense is, at any depth, a hyponym of surgical operation (00671351),\n"
        "# medical procedure (01024392), therapy (00661091), diagnostic procedure (00177127), imaging\n"
        "# (00901083) or endoscopy (00642045), or its first sense is medical science or a branch (06045562) and\n"
        "# another sense is such a procedure (\"surgery\"); not the tops' generic words (\"therapy\") nor\n"
        "# the techniques pruned in the build script. Licence: the WordNet 3.0 licence (\"Permission to\n"
        "# use, copy, modify and distribute this software and database and its documentation for any\n"
        "# purpose and without fee or royalty is hereby granted ... WordNet 3.0 Copyright 2006 by\n"
        "# Princeton University. All rights reserved.\").\n"
        "#\n"
        "# Read by lint_rules/analysis/interventions.py (``established_procedure``): HealthNewsReview.org's\n"
        "# availability criterion needs no statement for an established, widely available procedure.\n"
    )
    return header + "".join(f"{w}\n" for w in sorted(kept))


def main() -> int:
    return run_build(__doc__, OUT, build)


if __name__ == "__main__":
    sys.exit(main())
