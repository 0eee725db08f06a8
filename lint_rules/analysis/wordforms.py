"""Word forms the analyses share: the singular a plural noun may stand for.

English plurals are read the same way everywhere a word is looked up in a list of
names (foods and drugs, product forms): "berries" may be "berry", "tomatoes" "tomato",
"oats" "oat". The candidates are only guesses; a caller keeps the one its own list
holds. `concepts.normalise_token` is a different tool: it folds every token of the
lexicon and of the text the same lossy way, so both sides meet without a list.
"""

from __future__ import annotations


def singular_forms(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be the plural of, most specific first
    ("berries" -> ("berries", "berry", "berri", "berrie"); "glass" -> ("glass",))."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return tuple(out)
