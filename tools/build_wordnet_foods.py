"""Build ``lint_rules/knowledge/foods_drugs_wordnet.txt`` from WordNet 3.0 at BUILD time.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python tools/build_wordnet_foods.py wn/usr/share/wordnet [--check]

Why: a contradiction needs both claims to be about one intervention. A sentence whose own
grammatical subject is another food or drug ("Oats lower LDL cholesterol" in an article about
coconut oil) makes a claim about that food, yet the interventions analysis knows only
supplements, approved drugs and the article's intervention phrases, so a bare food was read
as no subject at all and the claim fell to the article's main intervention. WordNet files
every food and drink sense under one lexicographer file (noun.food), and every drug under
one hypernym (drug, 03247620), so the list comes with a named source instead of words read
from failures.

A lemma is kept when its most frequent sense (the first in index.noun) is a food or drink
(noun.food), a plant that WordNet also gives a food sense ("oat", "garlic", "cinnamon": the
plant sense comes first), or a drug (a hyponym of drug, 03247620, at any depth). Category
words that name no particular food and that an article uses for its own product ("the
supplement", "this drink", "the diet") are pruned (``PRUNED``), as are one-sense words
whose everyday sense is not a food. Three kinds of lemma that open a sentence without being
a food the clause is about are left out by rule: lemmas that are also WordNet adjectives
(index.adj: "therapeutic", "generic", "preventive", "delicious", "versed"; the foods of
``ADJECTIVE_FOODS`` excepted), proper names (capitalised in every synset: "Bayer",
"Jonathan"; acronyms and "Swiss chard" kept), and plants whose only food sense is livestock
feed (hyponyms of feed, 07800091: "timothy", "alfalfa"). Only the derived list is
shipped; nothing reads WordNet at run time. ``--check`` rebuilds in memory and fails when
the shipped file differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_files import Synset, run_build, synsets
from wordnet_files import index as lemma_index

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint_rules" / "knowledge" / "foods_drugs_wordnet.txt"
DRUG = "03247620"  #: drug: a substance that is used as a medicine or narcotic
FOOD, PLANT = 13, 20  #: lexicographer files noun.food and noun.plant

#: Words for a kind of food or product, not one food: an article calls its own product so
#: ("the supplement", "this drink", "the diet", "the medicine"); and words whose first
#: WordNet sense is a food but whose everyday sense in health writing is not one.
PRUNED = {
    # kinds and servings
    "food", "foodstuff", "food_product", "meal", "diet", "dish", "course", "drink", "beverage", "snack",
    "supplement", "dietary_supplement", "nutriment", "nourishment", "nutrition", "sustenance", "fare",
    "cuisine", "menu", "serving", "portion", "helping", "ration", "bite", "dessert", "produce", "fast_food",
    "junk_food", "health_food", "comfort_food", "breakfast", "lunch", "dinner", "supper", "brunch", "feed",
    "refreshment", "victuals", "edible", "eatable", "comestible", "ingredient", "fixings", "recipe", "mix",
    "mixture", "blend", "brew", "tonic", "preparation", "concoction", "potion", "formula", "extract",
    "medicine", "medication", "medicament", "drug", "pill", "tablet", "capsule", "remedy", "cure",
    "dose", "treatment", "product", "liquid", "solid", "powder", "paste", "spread", "starter",
    "side", "side_dish", "main_course", "entree", "leftovers", "takeout", "delicacy", "treat",
    # everyday senses that are no food
    "java", "joe", "mate", "sub", "roll", "stick", "kiss", "date", "pop", "chips", "chip", "heart",
    "fat", "oil", "sugar", "protein", "fiber", "fibre", "vitamin", "mineral", "carbohydrate", "water",
    "stuff", "bread_and_butter", "pudding", "jam", "fudge", "toast", "cocktail", "shot", "round",
    "grass", "pot", "speed", "ecstasy", "crack", "ice", "smack", "horse", "acid", "hash", "weed",
    "upper", "downer", "dope", "joint", "stimulant", "depressant", "sedative", "narcotic", "placebo",
    "vaccine", "antidote", "agent", "anesthetic", "anaesthetic", "steroid", "hormone", "herb", "herbal",
    "max", "rose", "sour", "bitter", "sop", "sup", "blade", "chuck", "lacing", "cling", "murphy", "dainty",
    "refill", "prima", "sens", "edda", "physic", "elvis", "sinker", "tuck", "organs", "organ", "greens",
    "hay", "forage", "kosher", "halal", "gum", "glaze", "dough", "crisp", "chew", "grub", "salve",
    "bubbly", "claro", "larder", "eats", "slop", "slops", "swill", "sling", "smelt", "shag", "rue", "blanc",
    "bleu", "cob", "cud", "duff", "pud", "tidbit", "titbit", "goody", "premix", "repast", "viand", "viands",
    "stodge", "quaff", "tipple", "spam", "turkey", "chicken", "game", "green", "plant", "seed", "seeds",
    "root", "leaf", "leaves", "bark", "flower", "dietary", "palliative", "local",
}


#: Foods whose lemma is also a WordNet adjective (a colour, a taste, a texture) yet whose
#: everyday sense in health writing is the food; every other lemma in index.adj is pruned
#: ("therapeutic", "generic", "preventive", "delicious", "chilly", "versed", "drinkable" open
#: a sentence as adjectives far more often than as the rare noun sense WordNet files).
ADJECTIVE_FOODS = {
    "avocado", "caramel", "cereal", "cherry", "chestnut", "cod", "ginger", "honey", "jerky", "olive", "orange",
    "peanut", "rum", "sorrel", "squab", "tangerine", "vanilla", "watercress",
    # drug classes whose noun is as everyday as the adjective ("Antibiotics can cause diarrhoea")
    "antibiotic", "antiseptic", "laxative", "analgesic", "antiviral", "antibacterial", "antipyretic",
    "anxiolytic", "relaxant",
}
FEED = "07800091"  #: feed, provender: food for domestic livestock


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


def _proper_name(lemma: str, written: list[str]) -> bool:
    """The lemma is a proper name: capitalised in every synset that lists it ("Bayer",
    "Jonathan", "Delicious", "Versed", "Mary Jane"). Why: at a sentence's start, where every
    word has a capital, such a name is a company, a person or a brand, not a food or drug the
    clause is about. An acronym ("NSAID", "SSRI", "MSG") is no name, nor a food named with a
    place ("Swiss chard", "French toast": a word in lower case)."""
    if not written or not all(w[:1].isupper() for w in written):
        return False
    if all(w.replace("_", "").replace("-", "").isupper() for w in written):
        return False
    return not any(part[:1].islower() for w in written for part in w.split("_"))


def build(wn: Path) -> str:
    syn, index = synsets(wn, "noun"), lemma_index(wn, "noun")
    drugs = _below(syn, DRUG)
    feed = _below(syn, FEED)
    adjectives = {line.split(" ", 1)[0] for line in (wn / "index.adj").read_text(encoding="latin-1").splitlines()
                  if not line.startswith("  ")}
    kept = set()
    for lemma, offs in index.items():
        if lemma in PRUNED or not offs or len(lemma) < 3 or not lemma.replace("_", "").replace("-", "").isalpha():
            continue
        if lemma in adjectives and lemma not in ADJECTIVE_FOODS:
            continue  # "therapeutic", "generic", "delicious": an adjective first
        written = [w.split("(")[0] for o in offs for w in syn[o].words if w.split("(")[0].lower() == lemma]
        if _proper_name(lemma, written):
            continue
        first = syn[offs[0]].lex
        foods = [o for o in offs if syn[o].lex == FOOD]
        if first == PLANT and foods and all(o in feed for o in foods):
            continue  # a forage plant ("timothy", "alfalfa"): its food sense is livestock feed
        if first == FOOD or (first == PLANT and foods) or offs[0] in drugs:
            kept.add(lemma.replace("_", " "))
    header = (
        "# Foods, drinks and drugs by their WordNet names, one a line, lower case; built by\n"
        "# tools/build_wordnet_foods.py (do not edit by hand: change PRUNED there and rebuild).\n"
        "#\n"
        "# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu), read from the Debian\n"
        "# package wordnet-base 1:3.0-37 (dict/ files data.noun, index.noun, index.adj). A lemma is listed\n"
        "# when its first (most frequent) sense is a food or drink (lexicographer file noun.food), a plant\n"
        "# WordNet also gives a food sense other than livestock feed, or a drug (a hyponym of drug,\n"
        "# 03247620); not when it is also an adjective (index.adj; a few foods excepted) or a proper name\n"
        "# (capitalised in every synset). Licence: the WordNet 3.0\n"
        "# licence (\"Permission to use, copy, modify and distribute this software and database and its\n"
        "# documentation for any purpose and without fee or royalty is hereby granted ... WordNet 3.0\n"
        "# Copyright 2006 by Princeton University. All rights reserved.\").\n"
        "#\n"
        "# Read by lint_rules/analysis/interventions.py: a clause whose own subject is one of these, and\n"
        "# not the article's intervention, makes a claim about that food or drug.\n"
    )
    return header + "".join(f"{w}\n" for w in sorted(kept))


def main() -> int:
    return run_build(__doc__, OUT, build)


if __name__ == "__main__":
    sys.exit(main())
