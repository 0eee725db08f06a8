"""Build ``lint_rules/knowledge/lexicon_wordnet.toml`` from WordNet 3.0 at BUILD time.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python tools/build_wordnet_lexicon.py wn/usr/share/wordnet [--check]

Why: claim reading lost most held-out sentences to verbs and adjectives nobody had listed
("revs up", "abates", "holds up for years"); words read from dev misses did not transfer to
the test half, vocabulary did. WordNet groups verbs into synsets and links a verb to its
*troponyms* (the specific manners of doing it: "increase" -> "boost", "hike", "jack up"), so
one chosen synset per claim class brings its whole family with a named source.

Each class below names its seed synsets by WordNet 3.0 offset (with the words and gloss for
the reader), how deep to follow troponyms (verbs) or "similar to" links (adjectives), and
the lemmas pruned because their WordNet sense is not a health sense here ("extend",
"blow up", "live"). Only the derived list is shipped; nothing reads WordNet at run time.
``--check`` rebuilds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_files import run_build, synsets

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint_rules" / "knowledge" / "lexicon_wordnet.toml"

#: class -> (part of speech, [(offset, depth, what the synset is)], pruned lemmas, why)
CLASSES: dict[str, tuple[str, list[tuple[str, int, str]], set[str], str]] = {
    "raising": ("verb", [
        ("00153263", 1, "increase: make bigger or more"),
        ("00158503", 1, "raise: raise the level or amount of something"),
        ("00229605", 1, "enhance, heighten, raise: increase"),
    ], {"extend", "stretch", "augment", "enlarge", "blow_up", "magnify", "multiply", "manifold", "build_up",
        "work_up", "build", "expand", "amplify", "lengthen", "regenerate", "maximize", "maximise", "add",
        "up", "rise", "inflate", "escalate", "intensify", "step_up", "heighten", "potentiate", "enhance",
        "deepen", "redouble", "broaden", "widen", "supplement", "swell", "bump_up", "hike_up", "rev",
        "advance", "gain", "compound", "accrue", "pyramid", "snowball", "explode", "irrupt", "cumulate",
        "conglomerate", "pile_up", "gather", "amass", "wax", "full", "grow", "pullulate", "appreciate",
        "apprize", "apprise", "revalue", "crescendo", "spike", "accumulate", "elevate", "kite"},
     "verbs that move a measure up (<verb> <measure>): the lab-value sense only; verbs of making "
     "bigger in size or scope, of adding, and of intensifying a feeling are pruned"),
    "lowering": ("verb", [
        ("00441445", 1, "decrease, lessen, minify: make smaller"),
        ("00429060", 1, "reduce, cut down, cut back, trim, cut, bring down: make a reduction in"),
        ("01574941", 0, "lower, depress: cause to drop or sink"),
    ], {"limit", "circumscribe", "confine", "pare", "pare_down", "boil_down", "concentrate", "abridge",
        "foreshorten", "abbreviate", "shorten", "contract", "reduce", "turn_down", "lour", "step_down",
        "spill", "quench", "retrench", "thin_out", "thin", "take_away", "detract", "deflate", "inflate",
        "downsize", "subtract", "shave", "knock_off", "cut", "trim_back", "slake", "slack", "minify",
        "de-escalate", "weaken", "mitigate", "suppress", "shrink", "cut_back", "trim_down", "depress",
        "belittle", "relax", "slack_up"},
     "verbs that move a measure down: the amount sense only; verbs of editing text, of size and "
     "of removing (prune, subtract, shave) are pruned"),
    "relief": ("verb", [
        ("00064095", 1, "relieve, alleviate, palliate, assuage: provide physical relief, as from pain"),
        ("00082563", 0, "remedy, relieve: provide relief for"),
        ("00081725", 0, "bring around, cure, heal: provide a cure for, make healthy again"),
        ("01815203", 0, "still, allay, relieve, ease: lessen the intensity of or calm"),
        ("02453321", 0, "avert, head off, stave off, fend off, ward off, forestall-type: prevent the occurrence of"),
    ], {"comfort", "bring_around", "still", "abreact", "debar", "forefend", "forfend", "obviate", "deflect", "avoid"},
     "verbs that relieve, treat or prevent a condition; the emotional senses are pruned"),
    "reporting": ("verb", [
        ("01009258", 2, "state, say, tell: express in words"),
        ("01016020", 0, "allege, aver, say: report or maintain"),
        ("00805394", 0, "agree, hold, concur, concord: be in accord"),
        ("00939295", 0, "explain, explicate: make plain and comprehensible"),
        ("00870231", 0, "warn: notify of danger, potential harm, or risk"),
    ], {"account", "answer_for", "bless", "bridle", "call_back", "cast", "come_back", "concord", "condemn",
        "consecrate", "count_out", "decree", "depone", "depose", "doom", "field", "get_out", "give", "hallow",
        "hold", "indicate", "insert", "introduce", "lay_out", "misstate", "notice", "preamble", "precede",
        "preface", "premise", "present", "prologise", "prologize", "prologuize", "repay", "represent",
        "return", "sanctify", "sentence", "slip_in", "sneak_in", "spin", "stick_in", "sum", "swan",
        "take_the_fifth", "take_the_fifth_amendment", "take_the_stand", "toss_in", "verify", "vocalise",
        "vocalize", "enunciate", "articulate", "promise", "animadvert", "sass", "supply", "append", "propose",
        "sum_up", "summarise", "summarize", "quote", "counter", "reason", "sound_off", "speak_up", "speak_out"},
     "verbs of saying, for a reporting aside between a subject and its verb (\"Ginkgo, she said, "
     "should be stopped\"); verbs that are no reporting verb in that frame are pruned"),
    "susceptible_adj": ("adj", [
        ("02360449", 0, "susceptible: yielding readily to or capable of"),
        ("02362179", 0, "liable, nonimmune, nonresistant, unresistant: likely to be affected with"),
        ("01292884", 0, "prone: having a tendency (to)"),
        ("02326483", 0, "vulnerable: capable of being wounded or hurt"),
    ], {"nonimmune", "nonresistant", "unresistant"},
     "adjectives of a group more likely to be harmed (\"more prone to falls\"); the rare forms are pruned"),
}

HEADER = """\
# Words of claim classes derived from WordNet 3.0 by tools/build_wordnet_lexicon.py (do not edit by
# hand: change the seeds or the pruned lemmas in that script and rebuild).
#
# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu), read from the Debian
# package wordnet-base 1:3.0-37 (dict/ files data.verb, data.adj). Licence: the WordNet 3.0
# licence ("Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted ... WordNet 3.0
# Copyright 2006 by Princeton University. All rights reserved."; provided "as is", without
# warranty; the name of Princeton University may not be used in advertising).
#
# Each class is one or more seed synsets (named by offset below) and their troponyms (verbs) or
# "similar to" adjectives to the depth given, less the lemmas whose WordNet sense is not a health
# sense here. Read by lint_rules/analysis/claim_reader.py (predicate_classes: merged into the
# classes of claim_predicates.toml) and lint_rules/analysis/typed_claims.py (susceptible_adj: a group of users more easily harmed), and the reporting
# verbs by claim_reader.mask_asides (a reporting aside between a subject and its verb) and
# interventions.SentenceSubjects.clause_subject (a reported clause opens after them).
"""


def _load(folder: Path, pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str]]]]:
    """Each synset's lemmas (lower case, without an adjective's "(a)" marker) and pointers."""
    return {off: ([w.lower().split("(")[0] for w in syn.words], syn.pointers)
            for off, syn in synsets(folder, pos).items()}


def build(folder: Path) -> str:
    data = {pos: _load(folder, pos) for pos in ("verb", "adj")}
    out = [HEADER]
    for name, (pos, seeds, pruned, why) in CLASSES.items():
        synsets = data[pos]
        link = "~" if pos == "verb" else "&"
        lemmas: list[str] = []
        for offset, depth, _what in seeds:
            frontier = [offset]
            for level in range(depth + 1):
                nxt = []
                for o in frontier:
                    words, pointers = synsets[o]
                    lemmas += words
                    if level < depth:
                        nxt += [target for symbol, target, p in pointers if symbol == link and p[0] in "vas"]
                frontier = nxt
        kept = sorted({w.replace("_", " ") for w in lemmas if w not in pruned and "." not in w})
        out.append(f"\n# {name}: {why}.\n# Seeds: " + "; ".join(f"{o} ({what}, depth {d})" for o, d, what in seeds) + "\n")
        out.append(f"{name} = [" + ", ".join(f'"{w}"' for w in kept) + "]\n")
    return "".join(out)


def main() -> int:
    return run_build(__doc__, OUT, build)


if __name__ == "__main__":
    sys.exit(main())
