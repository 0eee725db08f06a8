"""A direction said as a STATE a product leaves a part in, or as a verb that is itself a change
of a part's state: "leaves skin drier", "keeps you alert", "sent my pulse racing", "makes hair
look fuller"; "moisturises the skin", "dries out your lips", "thins your hair".

Why: the direction reader of ``typed_claims`` reads a verb that moves a named quantity ("lowers
blood pressure", "heart rate rose"). Writers also tell a direction as the state the product
puts a body part or a person in (a resultative: verb, object, state) or with a verb whose
meaning is the change of a part ("moisturise" is to make skin moister). "Boosts skin moisture"
and "leaves skin drier" cannot both be true of one product, nor "keeps you alert" and "leaves
you sleepy"; the reader had no quantity for either side.

What is read: one of the verbs of putting in a state (``[direction.resultative] verbs``, every
form), an optional determiner, a part of one kind (skin, hair, a person, the heart), optional
words of seeming and degree ("feeling", "looking", "really"), and a state word of that kind —
each state word belongs to one quantity and one direction (antonym pairs, data with their
source: ``contradiction_claims.toml [direction.resultative.*]``). "less"/"no longer" before the
state turns it round ("leaves skin less dry"). A state verb (``[direction.state_verbs]``) with a
part of its kind after it ("hydrates the skin", "dries your lips out"); its base form only after a
modal or "to" (opening a clause it is an instruction: "Dry your skin, then apply …"; "towel-dry
your hair"). What is NOT read here (``typed_claims._direction`` and ``_make`` decide): a negated
verb ("won't leave your skin dry" denies a drying, which agrees with a moisturiser, so it is no
claim at all rather than "no change"), the subject (another product, a condition, the weather,
an instruction), questions, conditionals and rumours the writer rejects.

A verb of perceiving in the verb's place ("you may notice your pulse speeding up", "users describe
their skin feeling drier") reports the state, with the person as the subject: the key ends in
" perceived" and the caller asks for the product named in the sentence instead of a subject.

Public API: ``state_changes(low)`` — (start, end, "quantity direction[ perceived]") for each
reading in a lower-cased text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lint_rules.analysis.claim_reader import verb_form_patterns
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re

DATA_FILE = "contradiction_claims.toml"
PREDICATES_FILE = "claim_predicates.toml"


@dataclass(frozen=True)
class _Data:
    #: one pattern per kind of part: verb, part, state (named groups v, p, s; ``less`` when turned)
    resultative: tuple[tuple[str, re.Pattern[str]], ...]
    #: one pattern per kind: a state verb (group v) and a part after it
    verbs: tuple[tuple[str, re.Pattern[str]], ...]
    #: (kind, state word) -> (quantity, direction); (kind, verb form) -> (quantity, direction)
    state_of: dict[tuple[str, str], tuple[str, str]]
    verb_of: dict[tuple[str, str], tuple[str, str]]
    base_forms: frozenset[str]
    #: [direction.resultative] base_after: a modal, "to" or "do" before a base form
    base_after: re.Pattern[str]


def _every_form(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """The forms of ``lemma`` as plain words (``claim_reader.verb_form_patterns``
    gives them escaped, for patterns)."""
    return [f.replace("\\s+", " ").replace("\\", "") for f in verb_form_patterns(lemma, irregular)]


@functools.cache
def _data() -> _Data:
    d = read_toml(DATA_FILE)["direction"]
    irregular: dict[str, list[str]] = read_toml(PREDICATES_FILE)["irregular"]
    r = d["resultative"]
    verb_forms = [f for v in r["verbs"] for f in _every_form(v, irregular)]
    perceive = [f for v in r["perceive"] for f in _every_form(v, irregular)]
    det = phrase_alternation(r["determiners"])
    between = phrase_alternation(r["between"])
    less = phrase_alternation(r["less"])
    state_of: dict[tuple[str, str], tuple[str, str]] = {}
    resultative = []
    for kind, table in r.items():
        if not isinstance(table, dict):
            continue
        states = []
        for quantity, sides in table.items():
            if not isinstance(sides, dict):
                continue
            for side, words in sides.items():
                for w in words:
                    state_of[(kind, w)] = (quantity, side)
                    states.append(w)
        resultative.append((kind, compile_re(
            r"(?<![a-z-])(?:(?P<v>" + phrase_alternation(verb_forms) + r")|(?P<pv>" + phrase_alternation(perceive) + r"))"
            r"\s+(?:(?:" + det + r")\s+)?"
            r"(?P<p>" + phrase_alternation(table["parts"]) + r")"
            # "leaves the skin soft and well moisturised": one other state word before "and". Each
            # word is read one way only (linear time): the word before "and" is no between-word
            # ("and" is one), and the between-words after it belong to that branch alone.
            r"(?:\s+(?:" + between + r"))*"
            r"(?:\s+(?!(?:" + between + r")(?![a-z-]))[a-z-]+\s+and(?:\s+(?:" + between + r"))*)?"
            r"(?:\s+(?P<less>" + less + r"))?\s+(?P<s>" + phrase_alternation(states) + r")(?![a-z-])")))
    verb_of: dict[tuple[str, str], tuple[str, str]] = {}
    base: set[str] = set()
    verbs = []
    for kind, table in d["state_verbs"].items():
        forms = []
        for quantity, sides in table.items():
            for side, lemmas in sides.items():
                for lemma in lemmas:
                    got = _every_form(lemma, irregular)
                    base.add(got[0])
                    for f in got:
                        verb_of[(kind, f)] = (quantity, side)
                        forms.append(f)
        verbs.append((kind, compile_re(
            r"(?<![a-z-])(?P<v>" + phrase_alternation(forms) + r")\s+(?P<d>(?:" + det + r")\s+)?(?P<m>(?:[a-z-]+\s+){0,3}?)"
            r"(?:" + phrase_alternation(r[kind]["parts"]) + r")(?![a-z-])")))
    return _Data(resultative=tuple(resultative), verbs=tuple(verbs), state_of=state_of, verb_of=verb_of,
                 base_forms=frozenset(base), base_after=compile_re(r["base_after"]))


_FLIP = {"up": "down", "down": "up"}


def state_changes(low: str) -> list[tuple[int, int, str]]:
    """Each state or state change read in ``low`` (lower-cased text): its span and "quantity
    direction" ("skin_moisture down"). The verb's own negation and subject are the caller's."""
    data = _data()
    out: list[tuple[int, int, str]] = []
    for kind, pattern in data.resultative:
        for m in pattern.finditer(low):
            quantity, side = data.state_of[(kind, re.sub(r"\s+", " ", m.group("s")))]
            if m.group("less"):
                side = _FLIP[side]
            out.append((m.start(), m.end(), f"{quantity} {side}" + (" perceived" if m.group("pv") else "")))
    for kind, pattern in data.verbs:
        for m in pattern.finditer(low):
            verb = re.sub(r"\s+", " ", m.group("v"))
            if verb in data.base_forms and not data.base_after.search(low, max(0, m.start() - 30), m.start()):
                continue  # "Dry your skin well", "Hot showers dry out skin": an instruction, or no product's
            if not m.group("d") and not m.group("m") and re.search(r"(?:ed|ing)$", verb):
                continue  # "thinning hair", "dried skin", "moisturised lips": a participle as an adjective
            if any(s <= m.start() < e for s, e, _ in out):
                continue  # "makes your skin dry": read as a state above
            quantity, side = data.verb_of[(kind, verb)]
            out.append((m.start(), m.end(), f"{quantity} {side}"))
    return out
