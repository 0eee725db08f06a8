"""Claims of other types than "causes X": dose, interactions, who it is safe for,
allergens, how long results last, effect direction and benefit.

Each is a *side* of a possible conflict: "safe at any dose" (``dose/unlimited``) against
"do not exceed two scoops" (``dose/limit``); "has no drug interactions" against "should not
be combined with SSRIs"; "safe for everyone" or "free of all major allergens" against
"people allergic to fish should avoid it"; "permanent results" against "the benefits wear
off"; "relieves migraine" against "had no effect on migraines"; "lowers blood pressure"
against "can raise blood pressure". The patterns and word lists are data
(``knowledge/contradiction_claims.toml``, with their sources); this module finds them.
What each one's sentence and clause do with it — the intervention it is about, hedged,
conditional, asked, passed on from others to be doubted ("Rumours that…", "Forum posts
claim…"), about the past ("earlier versions of the drug…"), quoted — is asked of the
clause layer (``analysis/assertions.py``), as every rule asks it. The contradiction rules
pair the claims.

Public API: ``typed_claims(doc) -> list[TypedClaim]`` (computed once per document).

Cost: each pattern runs once over the document's lower-cased text (not once per
sentence), and the interventions analysis is asked for only when some pattern matched, so
an article with no such claim pays a few dozen regex scans.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint_rules.analysis.amounts import (
    Amount,
    amounts,
    amounts_in,
    dose_form,
    names_dose_form,
    no_bound_denied,
    other_thing,
    unit_word,
)
from lint_rules.analysis.assertions import (
    causer,
    clause_hedged,
    clause_span,
    conditional_at,
    denied_over_coordination,
    in_body,
    intervention_at,
    interventions_named,
    main_named_between,
    names_before,
    quoted_at,
    sentence_disowned,
    sentence_historical,
    sentence_question,
)
from lint_rules.analysis.boundaries import (
    CAPITALISED_NAME,
    CAPITALISED_WORD,
    LATER_CLAUSE_OPENING,
    SYMPTOM_CLAUSE_BREAK,
    clause_start,
)
from lint_rules.analysis.causers import STOP_USE
from lint_rules.analysis.claim_reader import (
    WORDNET_FILE,
    conditions,
    general_harm,
    general_harm_at,
    graded_harm,
    lexicon_files,
    mask_asides,
    predicate_classes,
    read_clause,
    undergoing_verbs,
)
from lint_rules.analysis.claim_reader import _data as reader_data
from lint_rules.analysis.concepts import is_part_word, normalise_token
from lint_rules.analysis.context import subject_auxiliaries
from lint_rules.analysis.denial_frames import typed_answer_claims
from lint_rules.analysis.direction_states import state_changes
from lint_rules.analysis.label_claims import (
    key_value_claims,
    list_titled_other,
    page_title_words,
    typed_label_claims,
)
from lint_rules.analysis.scope_frames import typed_scope_claims
from lint_rules.analysis.wordforms import singular_forms
from lint_rules.knowledge import path as knowledge_path
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import (
    cached_tables,
    compile_re,
    every_match_holds,
    fold,
    item_end,
    required_literals_many,
    required_tails_many,
)
from lint_rules.store.diskcache import files_key
from lint_rules.structure import HEADING

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

DATA_FILE = "contradiction_claims.toml"


@functools.cache
def _claims_file() -> dict[str, Any]:
    """``contradiction_claims.toml``, read once per process and shared by this module's
    readers. Why: ``read_toml`` returns a fresh copy at every call (it re-reads the text to
    see an edit and unmarshals the whole file, 105 KB), and the module's frames, scopes,
    allergen and course patterns asked it about 18 times in a new process, about 8 ms of a
    0.17 s start-up (issue 17). Every reader here only reads the value (subscripts, ``list``,
    ``set`` and patterns built from it); like the module's other loaders, an edit to the file
    is seen by the next process."""
    return read_toml(DATA_FILE)


#: The predicate lexicon (relief and direction verbs), shared with the claim reader.
PREDICATES_FILE = "claim_predicates.toml"
#: The determiner before a measure, and the words for a product's variants (data: ``[frames]``).
_FRAMES = _claims_file()["frames"]
#: The closed-class words of the small side19 patterns (``contradiction_claims.toml [relatives]``).
_RELATIVES = _claims_file()["relatives"]
_MEASURE_DETERMINER: str = _FRAMES["measure_determiner"]
_VARIANT_KINDS: str = _FRAMES["variant_kinds"]


@dataclass
class TypedClaim:
    """One side of a possible conflict, said in one sentence."""

    type: str  #: dose, interaction, scope, course, benefit, direction
    side: str  #: unlimited/limit, none/some, safe/restricted, lasting/passing, helps/no_help, up/down/none
    start: int
    end: int
    sentence: int
    subject: str
    hedged: bool = False
    topic: frozenset[str] = frozenset()  #: groups, allergens, condition words or the quantity
    aspect: str = ""  #: scope: "allergen" or "people"; course: "results" or "harm"; source pattern kind
    strength: int = 1  #: how plainly the side is said (explicit warnings first)
    absolute: bool = False  #: course: "fully reversible", "always goes away"
    text: str = ""  #: the sentence, for messages
    cue: str = ""  #: the words that made it a claim
    concepts: tuple[str, ...] = field(default_factory=tuple)
    names: frozenset[str] = frozenset()  #: every intervention the sentence names
    amount: Amount | None = None  #: dose: the amount a limit bounds or a stated amount gives (``amounts``)
    majority: bool = False  #: benefit: hedged only by a majority ("in most users"), still the benefit's claim

    def as_dict(self) -> dict[str, object]:
        return {"type": self.type, "side": self.side, "text": self.text, "cue": self.cue,
                "hedged": self.hedged, "subject": self.subject, "topic": sorted(self.topic),
                "sentence": self.sentence}


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


@dataclass(frozen=True)
class _Data:
    patterns: list[tuple[str, str, re.Pattern[str], tuple[str, ...]]]
    danger: re.Pattern[str]  #: [scope] restricted_danger: said of the product before it
    avoided: re.Pattern[str]  #: [scope] restricted_avoided: the product avoided
    returns: re.Pattern[str]  #: [course] lasting_return: said of an effect or condition
    warned: re.Pattern[str]  #: [allergen] contains_warned: the product must be referred to
    #: [allergen] places_after: a place right after an allergen compound ("a nut-free classroom")
    place_after: re.Pattern[str]
    #: [allergen] places: a place as the subject an allergen compound is said of ("the school canteen is …")
    place_before: re.Pattern[str]
    #: [allergen] free_for_others: people, menus or diets right after "<allergen>-free" ("gluten-free diners")
    free_for_others: re.Pattern[str]
    #: [allergen] makers: who makes a product ("the bakery"), as a subject: not the product
    maker: re.Pattern[str]
    #: [allergen] generic_subject: a subject or title of things in general ("most loaves")
    generic_subject: re.Pattern[str]
    #: [benefit] people_topic: people as the whole topic of a benefit, not a condition
    people_topic: frozenset[str]
    #: [benefit] coordinated_modifiers: a symptom adjective a comma coordinates with the next ("itchy, watery eyes")
    coordinated: frozenset[str]
    return_subjects: re.Pattern[str]
    allergens: dict[str, frozenset[str]]
    allergen_words: re.Pattern[str]
    #: [allergen.class_words]: the words of a kind that name its whole class (allergy20)
    allergen_class: dict[str, frozenset[str]]
    #: [allergen.member_words]: kind -> a derived word -> the member it names (allergy20)
    allergen_member_of: dict[str, dict[str, str]]
    #: [allergen.spellings]: a member's other spelling -> the one its key uses (allergy20)
    allergen_spelling: dict[str, str]
    #: [allergen.not_dairy]: a milk word after a plant's word, and the "milk" plants
    not_dairy: re.Pattern[str]
    groups: re.Pattern[str]
    group_of: dict[str, str]
    harm_words: re.Pattern[str]
    topic_stop: frozenset[str]
    same: dict[str, str]
    same_phrases: list[tuple[re.Pattern[str], str]]
    #: ``same`` entries of more than one word ("irritable bowel syndrome" is "ibs"), compiled once
    same_multi: list[tuple[re.Pattern[str], str]]
    quantities: re.Pattern[str]
    quantity_of: dict[str, str]
    before: list[tuple[str, re.Pattern[str]]]
    after: list[tuple[str, re.Pattern[str]]]
    states: re.Pattern[str]
    state_of: dict[str, tuple[str, str, bool]]
    state_frame: re.Pattern[str]
    state_after: re.Pattern[str]
    state_dir: list[tuple[str, re.Pattern[str]]]
    clause_end: re.Pattern[str]
    not_helps: re.Pattern[str]
    not_interventions: re.Pattern[str]
    consequence: re.Pattern[str]
    other_medicines: re.Pattern[str]
    reassured: re.Pattern[str]
    #: [interaction] absorbed_better: taken together for better absorption, a benefit (allergy20)
    absorbed_better: re.Pattern[str]
    effect_of_other: re.Pattern[str]
    harm_to_part: re.Pattern[str]
    harm_after_part: re.Pattern[str]
    neutral_to_part: re.Pattern[str]
    spared_denial: re.Pattern[str]
    spared_not_product: re.Pattern[str]
    doubted_before_part: re.Pattern[str]
    observed_before_part: re.Pattern[str]
    part_other_sense_before: re.Pattern[str]
    part_other_sense_after: re.Pattern[str]
    spared_after_part: re.Pattern[str]
    spared_around_part: re.Pattern[str]
    spared_around_after: re.Pattern[str]
    #: ``_opening_words``: every pattern's opening words at once, and what each found word opens
    opening_words: re.Pattern[str]
    opens: dict[str, tuple[int, ...]]  #: longest opening word found -> pattern indices it begins
    contracted: dict[str, tuple[int, ...]]  #: "n't" (read inside a word, "won't") -> pattern indices
    #: [benefit] person_absent, person_not_on: the person is off the product (``_person_on_product``)
    person_absent: re.Pattern[str]
    person_not_on: re.Pattern[str]
    #: [benefit] person_no_help / person_helps: a symptom still there or gone, said of the person
    person_results: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: pattern index -> ``_literals`` of each pattern with no opening words, kept with the
    #: tables (reading them out of 20 long patterns took 2-3 ms of every new process)
    word_literals: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _alt(patterns: list[str]) -> re.Pattern[str]:
    return compile_re("|".join(f"(?:{p})" for p in patterns))


def _words(words: list[str] | Any, plural: bool = False) -> re.Pattern[str]:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return compile_re(r"(?<![a-z0-9])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                     for w in ordered) + r")" + ("s?" if plural else "")
                      + r"(?![a-z0-9])")


def _anchors(pattern: str) -> tuple[str, ...]:
    """The literal words a pattern must start with (a pattern opening with a group of
    word alternatives such as "(?:safe|harmless)" gives ("safe", "harmless")), or () when
    it starts otherwise: a pattern none of whose words occurs in a text need not be run
    over it (a substring test is far cheaper than a regex scan, and most articles contain
    none of them)."""
    body = pattern
    for lead in ("\\b", "(?<=\\s)"):
        body = body[len(lead):] if body.startswith(lead) else body
    named = re.match(r"\(\?P<\w+>", body)
    if named:  # "(?P<t>anyone|everyone|…)": the same as "(?:…)"
        body = "(?:" + body[named.end():]
    if body.startswith("(?:"):
        depth, end = 0, 0
        for i, ch in enumerate(body):
            if ch == "(" and (i == 0 or body[i - 1] != "\\"):
                depth += 1
            elif ch == ")" and body[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        if body[end + 1:end + 2] in ("?", "*"):
            return ()  # "(?:for\s+)?{NUM} …": the group may be absent, so its words are no anchor
        options = _split_top(body[3:end])
    else:
        options = [body]
    out = []
    for option in options:
        option = option[6:] if option.startswith("(?<=\\s)") else option
        m = re.match(r"[a-z][a-z'-]*", option)
        word = m.group() if m else ""
        if word and option[len(word):len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]  # "doses?": the last letter is optional
        word = word.rstrip("'-")
        if len(word) < 2:
            return ()
        out.append(word)
    return tuple(out)


def _opening_words(patterns: list[tuple[str, str, re.Pattern[str], tuple[str, ...]]],
                   ) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Where each anchored pattern can match: at a word start (``(?<![a-z0-9'])``) where one of
    its opening words (``_anchors``) begins; "n't" wherever it stands ("won't", "doesn't").

    Why one pattern: ``_build`` used to index the text's word starts by their first two letters
    in Python and look every opening word up by its length at each start (about 2,000 starts
    and 7,000 slices and look-ups an article, 4-5 ms, the largest Python cost of typed
    claims). One zero-width scan of all the opening words, longest first (``compile_re``
    factors the alternation by letters, so SRE walks it as a tree), gives at each word start
    the longest opening word that begins there; every other opening word that begins there is
    one of its prefixes, so ``opens`` maps each word to the patterns that it or any opening
    word it begins with opens. The places found are the same as the index's, pattern by
    pattern (``tests/test_typed_claim_openings.py`` compares the two over written texts).

    Returns (the scan, ``opens``, ``contracted``: the "n'" words, looked for as before)."""
    indices: dict[str, set[int]] = {}
    for index, (*_, anchors) in enumerate(patterns):
        for word in anchors:
            indices.setdefault(word, set()).add(index)
    contracted = {w: tuple(sorted(ix)) for w, ix in indices.items() if w.startswith("n'")}
    words = sorted((w for w in indices if not w.startswith("n'")), key=lambda w: (-len(w), w))
    opens = {w: tuple(sorted({i for k in range(2, len(w) + 1) for i in indices.get(w[:k], ())})) for w in words}
    scan = compile_re(r"(?<![a-z0-9'])(?=(" + "|".join(map(re.escape, words)) + r"))")
    return scan, opens, contracted


def _word_gate(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words of ``_literals`` when every match of ``pattern`` is sure to hold one of them
    (``compiled_re.every_match_holds``), else ``("",)`` (no gate: "" is in every text).

    Why: ``_literals`` takes every long word written in the pattern, those of an optional group
    or of one alternative among short ones included, so gating a scan on them skipped texts the
    pattern matches (``\\bis not (?:meant\\s+)?for`` was scanned only where "meant" occurs)."""
    words = _literals(pattern.pattern)
    return words if words != ("",) and every_match_holds(pattern, words) else ("",)


@functools.cache
def _literals(pattern: str) -> tuple[str, ...]:
    """Words of four letters or more written in a pattern: a match of a pattern whose
    every branch holds one of them contains one ("free", "allergens", "effective"). Words in a
    negative lookaround ("(?!matter\\b)") are what a match must not hold, and are left out."""
    return tuple(set(re.findall(r"(?<![\\a-z])[a-z]{4,}", _without_negative_lookarounds(pattern)))) or ("",)


def _without_negative_lookarounds(pattern: str) -> str:
    """``pattern`` with its ``(?!…)`` and ``(?<!…)`` groups cut out (nesting followed)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(("(?!", "(?<!"), i) and (i == 0 or pattern[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
            out.append("#")  # no word runs on across the cut
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def _split_top(alternation: str) -> list[str]:
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(alternation):
        if ch == "(" and (i == 0 or alternation[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and alternation[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(alternation[last:i])
            last = i + 1
    parts.append(alternation[last:])
    return parts


@functools.lru_cache(maxsize=1)
def _data() -> _Data:
    """The tables, from the disk cache keyed by the data file and this module (building
    them from the TOML took about 14 ms of every new process)."""
    return cached_tables("typed-claims", files_key(knowledge_path(DATA_FILE), *lexicon_files(), __file__),
                         _Data, _build_data)


def _build_data() -> _Data:
    d = _claims_file()
    patterns: list[tuple[str, str, re.Pattern[str], tuple[str, ...]]] = []
    sides = {"dose": ("unlimited", "limit"), "interaction": ("none", "some"),
             "scope": ("safe", "restricted"), "allergen": ("free", "contains"),
             "course": ("lasting", "fading", "reversible", "permanent"),
             "benefit": ("helps", "no_help")}
    grammar = d.get("grammar", {})

    def expand(pattern: str) -> str:
        for name, piece in grammar.items():  # "{NUM}", "{AMOUNT_UNIT}": the shared pieces
            pattern = pattern.replace("{" + name + "}", piece)
        return pattern

    for kind, names in sides.items():
        for side in names:
            for p in d[kind][side] + _generated(d, kind, side):
                p = expand(p)
                patterns.append((kind, side, compile_re(p), _anchors(p)))
    openings = _opening_words(patterns)
    kinds = {k: frozenset(v) for k, v in d["allergen"]["kinds"].items()}
    group_of = {w: g for g, words in d["groups"].items() for w in words}
    dr = d["direction"]
    quantity_of = {w: q for q, words in dr["quantities"].items() for w in words}
    state_of = {w: (*v.split(), True) for w, v in dr["states"].items()}
    state_of.update({w: (*v.split(), False) for w, v in dr["actions"].items()})
    # a possessor that is one of the groups a claim is limited to is no measure's owner
    possessor = r"(?!(?:" + "|".join(dr["possessor_groups"]) + r")['’])" + MEASURE_POSSESSOR
    before = [(side, compile_re(p.replace("{POSSESSOR}", possessor))) for side in ("up", "down", "none")
              for p in dr[f"{side}_before"] + _direction_verbs(side)]
    after = [(side, compile_re(p)) for side in ("up", "down", "none") for p in dr.get(f"{side}_after", ())]
    person = d["benefit"]["person_subject"]
    person_results = tuple((side, compile_re(p.replace("{PERSON}", person)))
                           for side, key in (("no_help", "person_no_help"), ("helps", "person_helps"))
                           for p in d["benefit"][key])
    return _Data(
        person_results=person_results,
        person_absent=compile_re(d["benefit"]["person_absent"]),
        person_not_on=compile_re(d["benefit"]["person_not_on"]),
        word_literals={i: _word_gate(p) for i, (_, _, p, anchors) in enumerate(patterns) if not anchors},
        patterns=patterns,
        danger=compile_re(r"(?:" + "|".join(d["scope"]["restricted_danger"]) + r")"),
        avoided=compile_re(r"(?:" + "|".join(d["scope"]["restricted_avoided"]) + r")"),
        returns=compile_re(r"(?:" + "|".join(d["course"]["lasting_return"]) + r")"),
        warned=compile_re(r"(?:" + "|".join(p.replace("(?P<t>", "(?:") for p in d["allergen"]["contains_warned"]) + r")"),
        place_after=compile_re(r"\s*(?:" + "|".join(d["allergen"]["places_after"]) + r")\b"),
        place_before=compile_re(r"\b(?:" + "|".join(d["allergen"]["places"]) + r")\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                                r"(?:(?:now|fully|completely|strictly|entirely|totally|a|an)\s+)*$"),
        free_for_others=compile_re(r"\s*(?:" + "|".join(d["allergen"]["free_for_others"]) + r")\b"),
        maker=compile_re(r"\b(?:" + "|".join(d["allergen"]["makers"]) + r")\b"),
        generic_subject=compile_re(r"\s*(?:" + "|".join(d["allergen"]["generic_subject"]) + r")\b"),
        people_topic=frozenset(d["benefit"]["people_topic"]),
        coordinated=frozenset(d["benefit"]["coordinated_modifiers"]),
        return_subjects=compile_re(r"(?<![a-z'-])(?:" + "|".join(re.escape(w) for w in sorted(
            d["course"]["return_subjects"], key=lambda w: (-len(w), w))) + r")\s+$"),
        allergens=kinds,
        allergen_words=_words([w for ws in kinds.values() for w in ws]),
        allergen_class={k: frozenset(v) for k, v in d["allergen"]["class_words"].items()},
        allergen_member_of={k: {w: m for m, ws in members.items() for w in ws}
                            for k, members in d["allergen"]["member_words"].items()},
        allergen_spelling=dict(d["allergen"]["spellings"]),
        not_dairy=compile_re(
            r"(?<![a-z0-9-])(?P<p>" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
                d["allergen"]["not_dairy"]["plants"], key=lambda w: (-len(w), w))) + r")[\s-]+(?:"
            + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
                d["allergen"]["not_dairy"]["heads"], key=lambda w: (-len(w), w))) + r")(?![a-z0-9])"
            + r"|(?<![a-z0-9])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                              for w in d["allergen"]["not_dairy"]["not_milk"]) + r")(?![a-z0-9])"),
        groups=_words(list(group_of)),
        group_of=group_of,
        harm_words=_words(d["course"]["harm_words"]),
        topic_stop=frozenset(d["benefit"]["topic_stop"]),
        same=dict(d["benefit"]["same"]),
        same_phrases=[(_words(phrases), key) for key, phrases in d["benefit"].get("same_phrases", {}).items()],
        same_multi=[(compile_re(r"(?<![a-z])" + re.escape(full) + r"(?![a-z])"), key)
                    for key, full in d["benefit"]["same"].items() if " " in full],
        quantities=_words(list(quantity_of), plural=True),  # "heart rates"
        quantity_of=quantity_of,
        before=before,
        after=after,
        states=_words(list(state_of)),
        state_of=state_of,
        state_frame=_alt(dr["state_frame"]),
        state_after=_alt(dr["state_after"]),
        state_dir=[(side, compile_re(p)) for side in ("up", "down") for p in dr[f"state_{side}"]],
        not_helps=_alt(d["benefit"]["not_before"]),
        not_interventions=_words(d["agents"]["not_interventions"]),
        consequence=compile_re(d["interaction"]["consequence"]),
        other_medicines=compile_re(d["interaction"]["other_medicines"]),
        reassured=compile_re(d["interaction"]["reassured"]),
        absorbed_better=compile_re(d["interaction"]["absorbed_better"]),
        effect_of_other=compile_re(d["interaction"]["effect_of_other"]),
        harm_to_part=_alt(d["effects"]["harm_to_part"]),
        harm_after_part=_alt(d["effects"]["harm_after_part"]),
        neutral_to_part=_alt(d["effects"]["neutral_to_part"]),
        spared_denial=compile_re(d["effects"]["spared_denial"]),
        spared_not_product=compile_re(d["effects"]["spared_not_product"]),
        doubted_before_part=compile_re(d["effects"]["doubted_before_part"]),
        observed_before_part=compile_re(d["effects"]["observed_before_part"]),
        part_other_sense_before=compile_re(d["effects"]["part_other_sense_before"]),
        part_other_sense_after=compile_re(d["effects"]["part_other_sense_after"]),
        spared_after_part=_alt(d["effects"]["spared_after_part"]),
        spared_around_part=compile_re(d["effects"]["spared_around_part"]),
        spared_around_after=compile_re(d["effects"]["spared_around_after"]),
        opening_words=openings[0],
        opens=openings[1],
        contracted=openings[2],
        clause_end=compile_re(r";|,\s+(?:but|while|although|though|whereas)\b|\bbut\b|\bwhile\b|\balthough\b"),
    )


#: Lack of proof before a benefit ("don't prove that", "has not been shown to", "no evidence that"):
#: the benefit is not asserted (the class CON001 documents for harms: "never been proven to cause").
_NOT_PROVEN = compile_re(r"(?:(?<![a-z])not|n't|never|(?<![a-z])no)\s+(?:\w+\s+)?(?:prove[ns]?|proof|shown?|show\s+that|evidence|"
                         r"establish(?:ed)?|demonstrate[sd]?|mean)\s+(?:that\s+|to\s+)?")
#: A comparison of degree after a denial ("any more than", "as much as", "as well as"): no
#: denial that it works at all.
_NO_MORE_THAN = compile_re(r"(?<![a-z])(?:any\s+more\s+than|more\s+than|as\s+(?:much|well|severely|far|quickly|strongly|many|often)\s+as|"
                           r"as\s+(?:much|well|severely|far|quickly|strongly|sharply|dramatically)(?![a-z]))")
_PLACEBO_AFTER = compile_re(r"\s*(?:a\s+|an\s+|the\s+)?(?:placebo|dummy|sham|sugar\s+pills?|inactive|fake|nothing|no\s+treatment|doing\s+nothing)")
#: Other research as the frame of a denial ("studies in which …", "trials where …").
_OTHER_STUDIES = compile_re(r"(?<![a-z])(?:studies|trials|experiments|research|attempts)\s+(?:in\s+which|where|that\s+found|showing)\b[^.;]*$")
_NEGATED_BEFORE = compile_re(r"(?:(?<![a-z])(?:not|never|no)|n't)\s+(?:(?:seem|appear|known|likely)\s+to\s+)?$")
_MODAL_BEFORE = compile_re(r"(?<![a-z])(?:may|might|could)\s+$")


def _lemma_forms(lemmas: list[str], every: bool) -> str:
    """An alternation of the lemmas' forms: base and -s only (``every`` False: "relieve",
    "relieves", not the participles that also modify nouns, "reduced appetite"), or every form."""
    from lint_rules.analysis.claim_reader import verb_form_patterns

    irregular: dict[str, list[str]] = read_toml(PREDICATES_FILE)["irregular"]
    out: list[str] = []
    for lemma in lemmas:
        forms = verb_form_patterns(lemma, irregular)
        out += forms if every else forms[:1] + [f for f in forms[1:] if re.match(r"[a-z]+(?:e?s)(?:\\s|$)", f)]
    return "|".join(sorted(dict.fromkeys(out), key=lambda f: (-len(f), f)))


def _phrases(words: list[str]) -> str:
    return "|".join(sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=lambda w: (-len(w), w)))


#: Words that may stand before a drug's name or class ("your usual blood thinners").
_DRUG_DETERMINERS = r"(?:(?:your|their|my|his|her|the|other|any|all|regular|usual|prescribed|daily|some|certain)\s+){0,3}"


def _drug_source(lex: dict[str, Any], leave_out: frozenset[str] = frozenset()) -> str:
    """The regex source of a drug as ``[interaction.lexicon]`` names one: a class or name of
    ``drug_classes`` (less ``leave_out``), or a word with a WHO INN stem (``inn_stems``). One
    source for the interaction patterns, ``_drug_name`` and ``_drug_class_re``."""
    classes = _phrases([c for c in lex["drug_classes"] if c not in leave_out]).replace(r"\s+", r"[\s-]+")
    return r"(?:" + classes + r"|[a-z]{2,}(?:" + "|".join(lex["inn_stems"]) + r")s?)"


def _interaction_patterns(d: dict[str, Any], side: str) -> list[str]:
    """The interaction patterns made from ``[interaction.lexicon]``: a verb of clashing or of
    changing another drug's effect, then a drug (a class, a name with an INN stem, the reader's
    medicines); the clash denied, or the two said to be fine together, is no interaction."""
    lex = d["interaction"].get("lexicon")
    if not lex:
        return []
    drug = _DRUG_DETERMINERS + _drug_source(lex) + r"(?![a-z])"
    clash = _lemma_forms(lex["clash_verbs"], every=True)
    clash_base = _lemma_forms(lex["clash_verbs"], every=False)
    if side == "some":
        modulate = _lemma_forms(lex["modulate_verbs"], every=False)
        # the two taken together as the subject of a verb of bringing an effect about (the
        # "cause" class of claim_predicates.toml, every form; FDA label "Drug Interactions"
        # wording, "coadministration of X with Y resulted in …"): "pairing it with sertraline has
        # led to serotonin syndrome", "the combination with alcohol brings on vomiting", "alcohol
        # with this antibiotic can bring on flushing"; the other side must be a drug, so "the
        # combination of diet and exercise brings on weight loss" is none)
        cause = _lemma_forms(predicate_classes()["cause"], every=True)
        combo = [
            r"\b(?:the\s+)?(?:combination|pairing|mix|mixture)\s+(?:of\s+(?:it|this|these|them|[\w-]+)\s+)?(?:with|and)\s+"
            + drug + r"[^.;:]{0,30}?\b(?:" + cause + r")(?![a-z])",
            r"\b(?:pairing|combining|mixing|adding|stacking)\s+(?:[\w'-]+\s+){0,3}?(?:with|to|alongside)\s+"
            + drug + r"[^.;:]{0,30}?\b(?:" + cause + r")(?![a-z])",
            r"\b(?:" + _phrases(lex["drug_classes"]).replace(r"\s+", r"[\s-]+") + r")\s+(?:with|alongside)\s+(?:this|these|the)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:(?:can|may|could|will|often|has|have|is\s+known\s+to)\s+)?(?:" + cause + r")(?![a-z])",
        ]
        return [*combo, *_level_patterns(d, drug),
            r"\b(?:" + clash + r")\s+(?:[\w'-]+\s+){0,3}?" + drug,
            r"\b(?:" + modulate + r")\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:effects?|action|power|strength|potency|work)\s+of\s+" + drug,
            r"\b(?:" + modulate + r")\s+" + drug,
            r"\bon\s+top\s+of\s+" + drug,
            r"\b" + _frames()["pk_mechanism"] + drug,
            r"\b(?:not|isn't|aren't)\s+compatible\s+with\s+" + drug,
            r"\bincompatible\s+with\s+" + drug,
            r"\b(?:do|does)\s*(?:not|n't)\s+mix(?![a-z])",
        ]
    modulate_base = _lemma_forms(lex["modulate_verbs"], every=False)
    return [
        r"(?:not|n't|never|no)\s+(?:(?:seem|appear|known|likely)\s+to\s+)?(?:" + clash_base + r")\s+(?:[\w'-]+\s+){0,3}?" + drug,
        # a verb that changes what another drug does, denied ("won't blunt your blood-pressure
        # pills", "does not weaken the pill"): the negation of the "some" pattern of the same verbs
        r"(?:not|n't|never)\s+(?:(?:seem|appear|known|likely)\s+to\s+)?(?:" + modulate_base + r")\s+(?:the\s+(?:[\w-]+\s+)?(?:effects?|action|power|strength|potency|work)\s+of\s+)?" + drug,
        r"\b(?:" + _phrases(lex["fine_together"]) + r")\s+(?:[\w'-]+\s+){0,3}?" + drug,
        r"\bno\s+(?:clash|clashes|interaction|interactions|problems?|issues?)\s+at\s+all\b",
        r"\b(?:safe|fine|okay|ok)\s+to\s+(?:take|use|combine|mix|have)\s+(?:it\s+|them\s+|this\s+|these\s+)?(?:with|alongside)\s+" + drug,
        r"\b(?:take|takes|taken|taking|use|used|using|combine|combined)\s+(?:[\w'-]+\s+){0,4}?(?:with|alongside)\s+" + drug
        + r"[^.;]{0,40}?(?:without\s+(?:any\s+)?(?:problems?|issues?|trouble|side\s+effects)|no\s+(?:problems?|issues?|clash))",
        # the same with the trouble as a noun of clashing, counted to none ("taken it alongside
        # my ADHD meds for two years without a single clash", "with their usual meds and nobody's
        # had any issues"): the reader's own medicines may carry one word of what they are for
        r"\b(?:take|takes|taken|taking|took|use|used|using|combine|combined|stack|stacked)\s+(?:[\w'-]+\s+){0,4}?(?:with|alongside)\s+"
        + r"(?:(?:my|your|their|his|her|our)\s+(?:usual\s+|regular\s+|other\s+|daily\s+)?[\w-]+\s+(?:meds|medicines?|medications?|pills|tablets|drugs)|" + drug + r")"
        + r"[^.;]{0,40}?(?:without\s+(?:a\s+single|a|one|any|the\s+slightest)\s+(?:clash|hitch|problem|issue|reaction|interaction)|"
        r"(?:nobody|no\s*one|none\s+of\s+(?:us|them))(?:'s|\s+has|\s+have)?\s+(?:had|noticed|seen)\s+(?:any|a\s+single)\s+(?:problems?|issues?|trouble|clash(?:es)?|reactions?))",
        r"\bnot\s+known\s+to\s+(?:affect|alter|change|interfere\s+with)\s+(?:the\s+way\s+|how\s+)?(?:other\s+|your\s+|any\s+)?(?:medicines|drugs|medications)",
    ]


def _level_patterns(d: dict[str, Any], drug: str) -> list[str]:
    """Another drug's amount in the blood changed, in every form of the raising and lowering
    verbs (``claim_predicates.toml`` raising/lowering, every tense: "raised blood levels of
    clobazam", "more than doubles the amount in the blood", "has cut warfarin levels"): FDA
    label "Drug Interactions" wording ("increased plasma concentrations of", "decreases the
    levels of"). What changes must be another substance, not one of the body's own measures
    (``[direction.quantities]``: "lowered levels of LDL cholesterol" is the product's effect)
    nor a nutrient or hormone the body carries (``[interaction.lexicon] body_substances``).
    A participle after "with", "have" or "of" modifies a noun ("patients with raised levels
    of lithium"), and is no verb."""
    classes = predicate_classes()
    lemmas = [*classes.get("raising", ()), *classes.get("lowering", ())]
    if not lemmas:
        return []
    forms = _lemma_forms(lemmas, every=True)
    quantities = [w for words in d["direction"]["quantities"].values() for w in words]
    heads = {re.sub(r"\s+levels?$", "", w) for w in quantities}
    body = list(d["interaction"].get("lexicon", {}).get("body_substances", []))
    own = r"(?!(?:the\s+|your\s+|their\s+)?(?:" + _phrases(sorted(heads | set(quantities) | set(body))) + r")(?![\w-]))"
    verb = (r"(?<!\bwith\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bof\s)\b(?:(?:more\s+than|nearly|almost|roughly|about|"
            r"over|up\s+to|at\s+least)\s+)?(?:" + forms + r")\s+")
    return [
        verb + r"(?:the\s+|its\s+|their\s+|your\s+)?(?:blood\s+|plasma\s+|serum\s+)?(?:levels?|amounts?|concentrations?)\s+"
        r"(?:of\s+" + own + r"[a-z][\w-]*|in\s+the\s+(?:blood|bloodstream|body))",
        verb + r"(?:the\s+|your\s+|their\s+)?" + drug + r"\s+(?:blood\s+|plasma\s+)?(?:levels|concentrations?)\b",
        # the other drug's level as the subject of an intransitive verb of change, the pharmacokinetic
        # report's form (FDA label "Drug Interactions": "tacrolimus exposure increased 4-fold", "digoxin
        # concentrations rose"): every tense of rise/increase/climb/double and fall/drop/decrease/halve
        r"(?<![\w-])" + own + drug + r"\s+(?:blood\s+|plasma\s+|serum\s+)?(?:levels|concentrations?|exposure|auc)\s+"
        r"(?:(?:" + _phrases(list(d["interaction"]["lexicon"]["level_change_modals"])) + r")\s+){0,2}"
        r"(?:" + _phrases(list(d["interaction"]["lexicon"]["level_change_verbs"])) + r")\b",
    ]


def _generated(d: dict[str, Any], kind: str, side: str) -> list[str]:
    """The patterns a data file's lexicons make: interactions (``_interaction_patterns``),
    and the benefit patterns of the relief verbs (``claim_predicates.toml`` [classes]
    relief): the verb before its condition ("helps"), and the verb denied ("no_help")."""
    if kind == "interaction":
        return _interaction_patterns(d, side)
    if kind == "scope" and side == "restricted":
        return list(d["scope"]["restricted_avoided"]) + list(d["scope"]["restricted_danger"]) + _susceptible_patterns(d)
    if kind == "course" and side == "lasting":
        return list(d["course"]["lasting_return"])
    if kind == "allergen" and side == "contains":
        return list(d["allergen"]["contains_warned"])
    lemmas = predicate_classes().get("relief")
    if kind != "benefit" or not lemmas:
        return []
    verbs = _lemma_forms(lemmas, every=False)
    not_objects = "|".join(r"\s+".join(map(re.escape, w.split())) for w in d["benefit"]["relief_not_objects"])
    topic = r"\s+(?:(?:the|your|their|its|any|all)\s+)?(?P<t>(?!(?:" + not_objects + r")(?![a-z]))[^.;,]{2,60})"
    if side == "helps":
        every = _lemma_forms(lemmas + list(predicate_classes().get("lowering", ())), every=True).split("|")
        past = "|".join(f for f in every if re.match(r"[a-z]+(?:ed|en|t|ut|wn)(?:\\s|$)", f) and not f.endswith("ing")
                        and not f.startswith(("treated", "managed", "controlled")))  # "patients were treated with"
        return [
            r"\b(?:" + verbs + r")(?![a-z])" + topic,
            # the perfect with the condition as its object ("has stopped my calf cramps"), and the
            # passive with the condition before it ("migraine days were cut by a third"): every
            # relief and lowering verb in these two voices (own curation of English grammar)
            r"\b(?:has|have|had)\s+(?:(?:\w+\s+){0,2}?)(?:" + past + r")\s+(?:my|your|his|her|their|our|the)\s+(?P<t>[^.;,]{2,60})",
            r"(?<=\s)(?:is|are|was|were|gets?|got|been|be)\s+(?:(?:markedly|significantly|dramatically|quickly|greatly|"
            r"noticeably|often|usually|largely|sharply|substantially)\s+)?(?:" + past + r")\s+(?:by|with|in|among|after)\s",
            # the past tense after its subject ("The AlignUp relieved neck ache for our testers",
            # "it soothed my eczema"): the relief verbs that are only transitive (not
            # ``relief_ergative``: "the pain eased" is the condition's change), after a word that
            # is no form of "be", a verb of seeming or a determiner ("was relieved to hear", "felt
            # relieved", "the relieved patients"); that word (group ``o``) must be the product, its
            # name or "it" (``_owned_by_product``): "A massage relieved neck pain" is the massage's
            _frames()["relief_past_not_subject"] + r"(?P<o>[a-z][\w'’-]*)\s+" + _frames()["relief_past_adverbs"]
            + r"(?:" + _relief_past(lemmas, d["benefit"]["relief_ergative"]) + r")(?![a-z])" + topic,
            # the purpose of taking it ("Take it after training to ease next-day soreness", "is used
            # to treat constipation"; [frames] purpose_imperative, purpose_passive; side19)
            _frames()["purpose_imperative"].replace("{BASE}", _phrases(list(lemmas))) + topic,
            _frames()["purpose_passive"].replace("{BASE}", _phrases(list(lemmas))) + topic,
            # the causative of feeling better ("can make a stuffy nose feel clearer")
            r"\bmakes?\s+(?:a|an|the|your|my|their)?\s*(?P<t>[\w' -]{2,30}?)\s+(?:feel|look|seem)\s+(?:better|clearer|easier|"
            r"calmer|smoother|softer|brighter|less\s+[a-z]+|more\s+comfortable)",
        ]
    return [r"(?:not|never|cannot|failed\s+to|fails\s+to|unable\s+to|n't)\s+(?:(?:actually|really|necessarily|much|always|"
            r"even|help\s+to|do\s+anything\s+to|seem\s+to|appear\s+to)\s+)?(?:" + verbs + r")(?![a-z])" + topic]


@functools.lru_cache(maxsize=1)
def _frames() -> dict[str, str]:
    """The frame pieces of ``[frames]`` in the claims data (moved out of the code)."""
    return dict(_claims_file()["frames"])


def _relief_past(lemmas: list[str], ergative: list[str]) -> str:
    """The past tense of the relief verbs that are only transitive (``lemmas`` less
    ``ergative``): "relieved", "soothed", "cured", "prevented", "banished"."""
    only = [lemma for lemma in lemmas if lemma not in set(ergative)]
    every = _lemma_forms(only, every=True).split("|")
    present = set(_lemma_forms(only, every=False).split("|"))
    return "|".join(f for f in every if f not in present and not re.match(r"[a-z]+ing(?:\\s|$)", f))


def _susceptible_patterns(d: dict[str, Any]) -> list[str]:
    """A group of the product's users said to be more easily harmed: "older adults who take
    it seem to be more prone to falls", "patients on it are more vulnerable to infections",
    "people using it are at higher risk of bleeding". The adjectives are WordNet 3.0's
    (``lexicon_wordnet.toml`` susceptible_adj: "susceptible", "prone", "vulnerable",
    "liable"); the group must be tied to taking the product (a group with a disease,
    "people with diabetes are prone to infections", says nothing of a product)."""
    adjectives = _phrases(list(read_toml(WORDNET_FILE).get("susceptible_adj", [])))
    group = (r"\b(?:people|patients|women|men|children|kids|those|anyone|adults|users|seniors|teenagers|teens|"
             r"infants|babies|athletes|runners|drivers)\s+")
    # taking what: the product as it, them, this one or one name ("children taking it",
    # "patients on this drug", "children taking Somnex"), not a class of other medicines
    # ("children taking antibiotics are more prone to thrush": [interaction.lexicon] drug_classes)
    classes = d["interaction"].get("lexicon", {}).get("drug_classes", [])
    other = (r"(?!(?:other|some|certain|many|several|" + _phrases(classes) + r"|medicines?|medications?|drugs|"
             r"antibiotics|steroids|painkillers|treatments|supplements)\b)")
    # ("on" only with the product pointed at: "patients on dialysis" is a treatment of its own)
    users = (r"(?:(?:who\s+(?:take|took|use|used|get|got|receive|received|try|tried)|taking|using|given|receiving)\s+"
             + other + r"(?:it|them|this|these|the|[a-z][\w-]+)|(?:(?:who\s+)?(?:are|were)\s+)?on\s+(?:it|them|this|these|the))\b")
    linking = (r"(?:are|is|were|was|become|became|get|got|(?:seem|seems|seemed|appear|appears|appeared|tend|tends|tended)"
               r"\s+to\s+be|(?:can|may|might|could|will)\s+be)\s+")
    degree = r"(?:(?:far|much|a\s+lot|slightly|somewhat|particularly|especially|even)\s+)?(?:more\s+)?"
    return [group + r"(?:[\w'-]+\s+){0,3}?" + users + r"[^.;]{0,50}?\b" + linking + degree + r"(?:" + adjectives + r")\s+to\b",
            group + r"(?:[\w'-]+\s+){0,3}?" + users + r"[^.;]{0,50}?\b" + linking
            + r"(?:at\s+)?(?:a\s+)?(?:higher|greater|increased|raised|particular|extra)\s+risk\s+(?:of|for)\b"]


#: Whose measure it is, as a possessive noun before it ("lowered testers' evening melatonin",
#: "raises people's blood pressure"): the determiner slot of the measure's noun phrase.
MEASURE_POSSESSOR = r"[a-z-]+(?:['’]s|s['’])\s+"


def _direction_verbs(side: str) -> list[str]:
    """The direction patterns made from the raising / lowering verbs (``claim_predicates.toml``):
    the verb right before the measure ("pushes up blood sugar", "slashes cholesterol")."""
    lemmas = predicate_classes().get({"up": "raising", "down": "lowering"}.get(side, ""))
    if not lemmas:
        return []
    tail = (r")\s+(?:" + _MEASURE_DETERMINER + r"|{POSSESSOR})?"
            r"(?:(?:low|high|poor|flagging|falling|sluggish|raised|elevated|depleted)\s+)?(?:levels?\s+of\s+)?"
            r"$")
    every = _lemma_forms(lemmas, every=True).split("|")
    present = set(_lemma_forms(lemmas, every=False).split("|")) | {f for f in every if re.match(r"[a-z]+ing(?:\\|$)", f)}
    past = [f for f in every if f not in present]
    # a past participle is a verb after a subject pronoun ("it slashed cholesterol", "they have
    # pushed up blood sugar"), an adjective after "with" or "have" ("patients with elevated
    # cholesterol", "did not have elevated cholesterol levels")
    return [r"\b(?:" + "|".join(sorted(present, key=lambda f: (-len(f), f))) + tail,
            r"\b(?:it|they|which|that|this|these)\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|quickly|dramatically|significantly|really)\s+)?(?:"
            + "|".join(past) + tail]


def _opening(pattern: str) -> tuple[str, str] | None:
    """A pattern that starts with a word boundary and a group that must match ("\\b(?:results?|
    effects?|it|they…)", "\\b(?P<pa>[\\w'-]+…)") split after that group: (``\\b`` and the group,
    the rest); None when it starts otherwise, the group is optional or repeated, or the rest
    refers back to a group (it could not be matched on its own)."""
    if not re.match(r"\\b\((?:\?:|\?P<\w+>)", pattern):
        return None
    i = item_end(pattern, 2)
    if i is None:
        return None
    head, rest = pattern[:i], pattern[i:]
    if rest[:1] in ("?", "*", "+", "{") or re.search(r"\(\?P=|\(\?\(|\\[1-9]", rest):
        return None
    return head, rest


@functools.lru_cache(maxsize=1)
def _unanchored_plans() -> tuple[dict[int, re.Pattern[str]], dict[int, re.Pattern[str]]]:
    """How the patterns with no opening words are scanned, one pass shared or one pass cut:

    - ``tails``: a pattern whose opening group can begin at any word ("\\b(?P<pa>[\\w'-]+
      (?:\\s+[\\w'-]+)?)\\s+(?:taken|used|combined…)\\s+with…") is tried by SRE at every word
      and fails almost everywhere; every match ends with a match of the rest of the pattern
      ("\\s+(?:taken|used…)\\s+with…", the words that pick it out), so the whole scan runs only
      when a search for that rest finds one (over 300 corpus articles 1.1 -> 0.15 ms for the
      costliest pattern, the same matches). Only for openings that begin with a word class:
      where the opening is words and the rest begins "\\s+(?:[\\w'-]+\\s+){0,3}?", searching
      the rest costs two to three times the scan;
    - ``starts``: patterns that open with the same group of words ("results?|effects?|it|
      they|the … treatment…" opens six course patterns) are tried only where that group
      matches, found by one scan of ``\\b(?=group)`` shared by all of them (a match can begin
      nowhere else; each place is tried in order from the end of the last match, as
      ``finditer`` would reach it, so the matches are the same), instead of one whole scan
      each. An opening that begins with a word class matches at every word and is left to
      ``tails``;
    - the rest, whose openings SRE also tries at every place (lookbehinds, a negative
      lookahead of a hundred body measures, a long verb list), get a ``tails`` entry too
      where ``required_tail`` finds one: a tail that every match ends with and that opens
      with a short group of words, which SRE skips to by their first characters, or with a
      run of letters leading to a longer word ("at\\s+(?:the\\s+)?most\\b" of the dose limit).

    Maps pattern index -> the rest's pattern, and index -> the shared starts pattern (one
    object per group, so an article scans each group once)."""
    tails: dict[int, re.Pattern[str]] = {}
    opened: dict[str, list[int]] = {}
    for index, (_, _, pattern, anchors) in enumerate(_data().patterns):
        split = None if anchors else _opening(pattern.pattern)
        if split is None:
            continue
        head, rest = split
        if re.match(r"\\b\((?:\?:|\?P<\w+>)\[?\\w", head):  # it opens with any word
            tails[index] = compile_re(rest)
        else:
            opened.setdefault(head, []).append(index)
    starts: dict[int, re.Pattern[str]] = {}
    for head, indices in opened.items():
        if len(indices) > 1:
            shared = compile_re(r"(?=" + head + ")")
            starts.update(dict.fromkeys(indices, shared))
    # the others, whose openings SRE tries at every place (lookbehinds, a negative lookahead of
    # a hundred body measures, a long verb list): a tail that opens with a short group of
    # words, which every match ends with, searched first (``required_tail``; over 300 corpus
    # articles it rules out the level-change frames in 98 % of the articles the literals let through)
    others = [i for i, (_, _, _, anchors) in enumerate(_data().patterns)
              if not anchors and i not in tails and i not in starts]
    for index, tail in zip(others, required_tails_many(tuple(_data().patterns[i][2] for i in others)), strict=True):
        if tail is not None:
            tails[index] = compile_re(tail)
    return tails, starts


def _finditer_from(pattern: re.Pattern[str], text: str, places: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` when a match can begin only at ``places`` (ascending): each
    place tried in turn from the end of the last match, as the scan reaches them (the
    patterns this serves never match the empty string)."""
    found: list[re.Match[str]] = []
    end = 0
    for pos in places:
        if pos >= end and (m := pattern.match(text, pos)):
            found.append(m)
            end = m.end()
    return found


@functools.lru_cache(maxsize=1)
def _unanchored_literals() -> dict[int, tuple[str, ...]]:
    """Pattern index -> ``required_literals`` of each pattern with no opening words (every
    match holds one of them; patterns without such literals are left out). Why: those
    patterns are scanned over the whole text, and ``_literals`` (every long word they
    name) lets almost every article through, a long optional list ("one|two|three …")
    included; the required literals ("maximum", "allergens", "within") rule out 30-100 %
    of the articles for the pattern, and a scan costs 0.1-0.3 ms. Kept in the disk cache."""
    patterns = [(i, p) for i, (_, _, p, anchors) in enumerate(_data().patterns) if not anchors]
    found = required_literals_many(tuple(p for _, p in patterns))
    return {i: lits for (i, _), lits in zip(patterns, found, strict=True) if lits is not None}


#: A passing harm whose end the course word names ("some temporary shedding is normal before
#: regrowth", "the hairs shed temporarily before regrowing", "a brief flare, then it fades"):
#: a passing word, then "before", "until" or "then" right before the course word.
_PASSING_HARM_BEFORE = compile_re(r"\b(?:temporar(?:y|ily)|brief(?:ly)?|short-lived|transient(?:ly)?|passing|momentar(?:y|ily))\b"
                                  r"[^.;:]{0,40}?(?:\bbefore|\buntil|\bthen|\band\s+then)\s+(?:it\s+|they\s+|the\s+[\w-]+\s+)?$")


def typed_claims(doc: Document) -> list[TypedClaim]:
    """The document's typed claims (body sentences only), computed once; with those carried
    by structure rather than a verb: label lines ("Interactions: none known",
    ``analysis/label_claims.py``), a question's allowing answer ("Shellfish allergy? You can
    still take it", ``analysis/denial_frames.py``) and a range over people ("whatever your
    age or health", ``analysis/scope_frames.py``)."""
    return doc.analysis("typed-claims", _build)


_CONTRAST_OPENER = compile_re(r"^\W*(?:by\s+contrast|in\s+contrast|unlike|on\s+the\s+other\s+hand)\b|"
                              r"\b(?:by|in)\s+contrast\b")
#: After a change, one use of the product as its time ("… after each scoop", "… following your
#: dose"): claim_scopes.toml [when.window] each_use_before, each_use_within and [structure] trivial_each,
#: trivial_units (deny18).
#: Not "after each session of heavy lifting": an "of" names another activity's unit.
_EACH_USE = compile_re(r"\b(?:(?:" + phrase_alternation(read_toml("claim_scopes.toml")["when"]["window"]["each_use_before"]) + r")|(?:"
                       + phrase_alternation(read_toml("claim_scopes.toml")["when"]["window"]["each_use_within"])
                       + r")\s+(?:\w+\s+)?(?:minutes?|hours?)\s+of)\s+(?:"
                       + "|".join(read_toml("claim_scopes.toml")["structure"]["trivial_each"]) + r")\s+(?:"
                       + "|".join(read_toml("claim_scopes.toml")["structure"]["trivial_units"]) + r")s?\b(?!\s+of\b)")
_USERS = compile_re(r"\b(?:in|among)\s+(?:people|patients|users|participants|those|men|women|adults|volunteers|subjects|children|recipients)\s+"
                    r"(?:taking|using|given|on|who\s+took|who\s+take|who\s+used|treated\s+with)\b"
                    # the arm that got it ("in the training group"), not the comparison arm
                    r"|\b(?:in|among)\s+the\s+(?!placebo|control|comparison|sham|usual|dummy|advice|waiting)[\w-]+\s+(?:group|arm)\b"
                    # "participants saw their blood pressure rise"
                    r"|\b(?:participants|patients|users|volunteers|subjects|people|customers|testers)\s+(?:saw|had|noticed|found)\s+their\b")
_POPULATION = compile_re(r"\W*(?:but\s+|and\s+)?(?:for|in|among)\s+(?:the\s+)?(?:young|younger|older|elderly|healthy|"
                         r"women|men|children|kids|adults|teenagers|people|patients|those|participants)\b[^,.;]{0,40},")


#: Right after an interaction promise's object, a contact or "that" relative clause whose subject
#: is the reader or other people, with a modal ("… any medication you may already be on").
_PERSON_MODAL_AFTER = compile_re(r"[^.;,]{0,30}?\s(?:that\s+|which\s+)?(?:" + phrase_alternation(_RELATIVES["person_subjects"])
                                 + r")\s+(?:" + phrase_alternation(_RELATIVES["person_modals"]) + r")\s")
#: Too little of the product as the subject of a denial of benefit ([frames] too_little).
_TOO_LITTLE = compile_re(_claims_file()["frames"]["too_little"])
#: An approximator before a universal word ("nearly everyone"; [scope] near_universal).
_NEAR_UNIVERSAL = compile_re(_claims_file()["scope"]["near_universal"])
#: After a coordinated symptom adjective and its comma, the rest of the condition's words.
_COMMA_MORE = compile_re(r",\s+([^.;,:!?]{2,60})")
#: A purpose or result clause after a benefit ("so you can get back to work", "so that you
#: sleep through"): what the benefit is for, not what it acts on.
_RESULT_CLAUSE = compile_re(r",?\s(?:so\s+that|so|which\s+(?:means|lets|helps)|letting|allowing|meaning)\s")
#: A condition named only by a general word, in a denial of benefit ("does not shorten the
#: illness", "did nothing for the condition"): resolved to a claim of the same verb.
_GENERIC = compile_re(r"\s*(?:the|this|that|your|their|its|these)\s+(?:illness|ailment|condition|complaint|infection|problem|disorder|"
                      r"symptoms|disease)(?![a-z])")
_GENERIC_TOPIC = frozenset({"?"})
_FORBIDDEN_BEFORE = compile_re(r"\b(?:do\s+not|don't|never|avoid|should\s+not|shouldn't|must\s+not|mustn't|not\s+to)\s+$")
_QUALIFIER = compile_re(r"\s(?:in|among|for|at|with|who|when|during|after|because|compared|than|from|by)\s")


def _topic_words(text: str, cut: bool = True) -> frozenset[str]:
    """The condition words of a benefit claim, up to the first qualifier of population or
    time ("falls among adults aged 70" is about falls)."""
    data = _data()
    if cut:
        m = _QUALIFIER.search(" " + text + " ")
        if m and m.start() > 0:
            text = text[:m.start()]
    for pattern, key in data.same_phrases:  # "menstrual cramps" and "period pain": one condition
        text = pattern.sub(key, text)
    for pattern, key in data.same_multi:  # "irritable bowel syndrome" is one condition, like "ibs"
        text = pattern.sub(key, text)
    out = set()
    for w in re.findall(r"[a-z][a-z'-]+", text):
        t = normalise_token(w.strip("'"))
        # "eyes", "lips", "ears": short plurals normalise_token leaves; a singular (wordforms) is
        # kept only when it is a body part the composition names, so "does" stays "does"
        t = next((f for f in singular_forms(t)[1:] if is_part_word(f)), t)
        t = data.same.get(t, data.same.get(w, t))
        if " " in t:
            t = normalise_token(w.strip("'"))
        if t not in data.topic_stop and len(t) > 2:
            out.add(t)
    return frozenset(out)


def _not_dairy(text: str) -> str:
    """``text`` with a milk word after a plant's word cut to the plant ("oat milk" -> "oat",
    "almond milk" -> "almond", "vegan cheese" -> "vegan") and "milk thistle" cut out: no dairy,
    the plant its own allergen if it is one ([allergen.not_dairy]; allergy20)."""
    return _data().not_dairy.sub(lambda m: m.group("p") or " ", text)


def _allergen_words(text: str) -> set[str]:
    """The allergen words ``text`` names, spaces folded (a plant's milk is the plant)."""
    return {re.sub(r"\s+", " ", m.group()) for m in _data().allergen_words.finditer(_not_dairy(text))}


def _member(kind: str, word: str) -> str:
    """A member's key: the kind and the word, a plural folded when its singular is listed too."""
    ws = _data().allergens[kind]
    one = word[:-1] if word.endswith("s") and word[:-1] in ws else word
    return f"allergy:{kind}/{_data().allergen_spelling.get(one, one)}"


def allergen_topic(text: str, promise: bool) -> frozenset[str]:
    """The allergen topic of a free promise (``promise``) or of a contains side, member by member
    (allergy20). A promise said with a kind's class word ("nut-free", "dairy-free",
    "preservative-free"; [allergen.class_words]) is free of the whole kind; said with a member's
    word ("almond-free", "lactose-free", "paraben-free") it is free of that member only. A
    contains side names its kinds and each member it names, so "nut-free" meets "made with
    almond flour" on the kind and "almond-free" meets it on the member, while "almond-free"
    against "contains walnuts" and "lactose-free" against "contains whey" share nothing. Why:
    the kind alone made every member's promise one about the class (the fragrance-free cream
    "contained" lanolin because both are contact allergens)."""
    data = _data()
    kinds = _allergens(text)
    words = _allergen_words(text)
    out: set[str] = set()
    for key in kinds:
        kind = key.split(":", 1)[1]
        ws = data.allergens.get(kind)
        if ws is None:
            out.add(key)  # "other", "all": no members
            continue
        named = words & ws
        whole = data.allergen_class.get(kind)
        if not promise:
            out.add(key)
            if whole is None:
                continue  # one class whatever word names it: no members to tell apart
            parts = {p for w in named for p in _sub_phrases(w) if p in ws}
            own = data.allergen_member_of.get(kind, {})
            out |= {_member(kind, w) for w in named | parts} | {_member(kind, own[w]) for w in named | parts if w in own}
        elif whole is None or named & whole or not named:
            out.add(key)
        else:
            out |= {_member(kind, w) for w in named}
    return frozenset(out)


def _sub_phrases(phrase: str) -> list[str]:
    """The runs of words inside ``phrase`` ("whey protein" -> "whey", "protein", "whey protein")."""
    ws = phrase.split()
    return [" ".join(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, len(ws) + 1)]


def _allergens(text: str) -> frozenset[str]:
    data = _data()
    words = _allergen_words(text)
    kinds = {k for k, ws in data.allergens.items() if words & ws}
    if not kinds and re.search(r"\ballergic\s+to\s+[a-z]|\b[a-z]+\s+allerg(?:y|ies)\b", text):
        kinds.add("other")  # "anyone allergic to ragweed": an allergen the list does not name
    if "allergen-free" in text or "hypoallergenic" in text or re.search(r"allergy[- ]friendly", text):
        kinds.add("all")
    return frozenset(f"allergy:{k}" for k in kinds)


#: Children above an age ("children over six", "kids aged 12 and up"): not the young children a
#: warning about "children under six" is for.
_OLDER_CHILDREN = compile_re(r"\b(?:children|kids|teenagers|teens|child)\s+(?:(?:aged\s+)?(?:over|above|older\s+than|from)|aged)\s+"
                             r"(?:age\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+and\s+(?:up|over|older))?")


#: People named by a condition they have ("people with asthma", "anyone who has gout", "those
#: prone to migraines", "if you have kidney stones"): a group, whatever the condition (the
#: MedlinePlus "Special precautions" form "if you have …"; own curation of its variants).
_PEOPLE_WITH = compile_re(
    r"\b(?:people|persons|anyone|anybody|those|someone|somebody|patients|men|women|adults|children|kids|users|sufferers|"
    r"customers|individuals|you)\s+(?:with|who\s+(?:have|has|had|suffer\s+from|live\s+with|get)|who've\s+(?:got|had)|"
    r"living\s+with|prone\s+to|suffering\s+from|diagnosed\s+with)\s+(?:an?\s+|the\s+|any\s+|a\s+history\s+of\s+|"
    r"(?:[\w-]+\s+)?problems\s+with\s+(?:their\s+)?)?(?P<c>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})"
    r"|\bif\s+you(?:'ve|\s+have)?\s+(?:got\s+|have\s+|suffer\s+from\s+|live\s+with\s+)?(?:an?\s+)?(?P<d>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})")
_NOT_CONDITION = frozenset({"it", "them", "this", "that", "these", "a", "an", "the", "no", "any", "to", "been", "taken",
                            "taking", "used", "using", "ever", "never", "already", "questions", "concerns", "doubts",
                            "children", "kids", "your", "their", "other", "more", "less", "experience", "access"})


_PHRASE_END = frozenset({"and", "or", "but", "who", "which", "that", "should", "must", "may", "can", "could", "might",
                         "will", "would", "is", "are", "was", "were", "to", "of", "in", "on", "for", "because",
                         "if", "when", "so", "find", "need", "take", "use"})


def _condition_groups(text: str) -> set[str]:
    """Groups named by a condition the people have (``_PEOPLE_WITH``) that the concept index
    names ("with asthma" -> cond:HP:0002099); people described by anything else are no group."""
    from lint_rules.analysis.concepts import get_lexicon

    out = set()
    for m in _PEOPLE_WITH.finditer(text):
        phrase = m.group("c") or m.group("d") or ""
        words = phrase.split()
        if not words or words[0] in _NOT_CONDITION:
            continue
        cut = []
        for w in words:  # the noun phrase, up to a word that ends it ("gout and", "asthma should")
            if w in _PHRASE_END:
                break
            cut.append(w.removesuffix("'s").strip("'"))
        if not cut:
            continue
        hits = get_lexicon().match(" ".join(cut))
        if hits:  # a condition the concept index names ("larger brain volume" is none)
            out.add("cond:" + hits[0][2])
    return out


def _groups(text: str) -> frozenset[str]:
    data = _data()
    older = bool(_OLDER_CHILDREN.search(text))
    if older:
        text = _OLDER_CHILDREN.sub(" ", text)
    bounded = bool(_AGE_BOUNDED_UNIVERSAL.search(text))
    if bounded:
        text = _AGE_BOUNDED_UNIVERSAL.sub(" ", text)  # "everyone over 12": not everyone (name18)
    out = {data.group_of[re.sub(r"\s+", " ", m.group())] for m in data.groups.finditer(text)}
    if not out:
        out = _condition_groups(text)
    if older:
        out.add("older_children")
    if bounded:
        out |= {"universal", "over_age"}  # everyone but young children (contradictions._scope_overlap)
    if "allerg" in text or "coeliac" in text or "celiac" in text:
        out |= _allergens(text)
        out.discard("universal") if not re.search(r"anyone|everyone|everybody", text) else None
    return frozenset(out)



#: A universal word bounded by an age ("everyone over 12"; [scope] age_bounded_universal of
#: ``contradiction_claims.toml``): the older children and adults, not everyone.
_AGE_BOUNDED_UNIVERSAL = compile_re(_claims_file()["scope"]["age_bounded_universal"])


#: Before a group that opens a phrase: a preposition and a determiner or age word at most.
_GROUP_OPENING = compile_re(r"\W*(?:(?:in|for|among)\s+)?(?:(?:the|some|many|most|young|older|very)\s+)?")


#: What may follow a group's words when they head their noun phrase: the phrase's end, a digit
#: or an age ("children 6 to 12", "children 2 and older"), or a word that opens a modifier of the
#: group ("babies under two", "children who …", "people with …", "teenagers taking …"). A
#: possessive ("teenagers' parents") makes the group's words modify another noun.
_GROUP_HEAD_END = compile_re(
    r"\s*(?:$|[,;:()\u2014\u2013-]|\d|(?:who|whose|that|with|without|aged|under|over|of|in|on|taking|using|given|"
    r"and|or|at|from|to|born|between|receiving|treated|having|living)(?![a-z]))")
#: The word right after a group's words, and a possessive mark on them.
_NEXT_WORD = compile_re(r"(?P<poss>'s?(?![a-z])|\u2019s?(?![a-z]))?\s*(?P<word>[a-z][a-z'-]*)?")


@functools.lru_cache(maxsize=1)
def _not_a_head_noun() -> frozenset[str]:
    """Words after a group's words that are no noun the group's words modify: the people
    nouns of the data (``[groups]``, and ``[subjects]`` people and users of the claim reader's
    data: "pregnant women", "older patients"), and the auxiliaries, modals, frequency adverbs
    (``[open] aux``: "children sometimes get …") and verbs (the lexicon's classes: "children
    get …") the claim reader knows; an "-ly" adverb and a reflexive pronoun ("children
    themselves") are no noun either (``_is_head_noun``)."""
    data = _data()
    reader = reader_data()
    people = {w for phrase in data.group_of for w in phrase.split()}
    people |= set(read_toml(PREDICATES_FILE)["subjects"]["people"]) | set(read_toml(PREDICATES_FILE)["subjects"]["users"])
    return frozenset(people) | reader.open_aux | reader.open_not_verbs


def _is_head_noun(low: str, at: int) -> bool:
    """A noun follows the group's words that end at ``at`` in ``low``, so they modify it
    ("family doctors", "thyroid specialists", "teenagers' parents"): not the phrase's end, a
    modifier of the group, a people noun, a verb, an auxiliary or an adverb."""
    if _GROUP_HEAD_END.match(low, at):
        return False
    nxt = _NEXT_WORD.match(low, at)
    if nxt is None:
        return False
    if nxt.group("poss"):
        return True
    word = nxt.group("word")
    if not word:
        return False
    return not (word in _not_a_head_noun() or word.endswith("ly") or word.endswith("selves")
                or word.endswith("self"))


def groups_named(text: str, opening: bool = False) -> frozenset[str]:
    """The groups of people (``[groups]`` of the data: children, older adults, people with
    diabetes …) that ``text`` names, as the scope claims read them; never "universal"
    ("everyone"). With ``opening``, only when a group's words open ``text`` ("In babies under
    two", "Older people", "Teenagers"), not when it names one further on ("Researchers at a
    children's hospital")."""
    data = _data()
    low = _norm(text)
    found = list(data.groups.finditer(low))
    if not found or (opening and found[0].start() > _GROUP_OPENING.match(low).end()):  # type: ignore[union-attr]
        return frozenset()
    if opening and _is_head_noun(low, found[0].end()):
        return frozenset()  # "Family doctors", "Thyroid experts", "Teenagers' parents", "Under two per cent":
        # the group's word modifies another noun, which is who the sentence is about
    if _OLDER_CHILDREN.search(low):
        return frozenset({"older_children"})
    return frozenset(data.group_of[re.sub(r"\s+", " ", m.group())] for m in found) - {"universal"}


def opening_places(low: str) -> dict[int, list[int]]:
    """Anchored pattern index -> the places of ``low`` (ascending) where one of its opening
    words starts, found by one scan of all of them (``_opening_words``): the only places an
    anchored pattern is tried at."""
    data = _data()
    spots_of: dict[int, list[int]] = {}
    opens = data.opens
    for w in data.opening_words.finditer(low):
        pos = w.start()
        for index in opens[w.group(1)]:
            spots_of.setdefault(index, []).append(pos)
    if data.contracted:
        after = {index for indices in data.contracted.values() for index in indices}
        for m in re.finditer("n't", low):  # "won't", "doesn't"
            for word, indices in data.contracted.items():
                if low.startswith(word, m.start()):
                    for index in indices:
                        spots_of.setdefault(index, []).append(m.start())
        for index in after & spots_of.keys():
            spots_of[index].sort()  # (no place is found twice: a word start never opens "n't")
    return spots_of


def _build(doc: Document) -> list[TypedClaim]:
    data = _data()
    low = _norm(doc.text)
    if len(low) != len(doc.text):
        low = doc.text  # lower-casing moved offsets (rare characters): read the text as it is
    low = mask_asides(low)  # "ginkgo, she said, should be stopped": the subject next to its verb
    raw: list[tuple[str, str, int, int, str | None]] = []
    spots_of = opening_places(low)
    required = _unanchored_literals()
    plans: tuple[dict[int, re.Pattern[str]], dict[int, re.Pattern[str]]] | None = None  # made when first needed
    places_of: dict[re.Pattern[str], list[int]] = {}  # a shared opening's places, found once
    folded: str | None = None
    for index, (kind, side, pattern, anchors) in enumerate(data.patterns):
        if anchors:
            spots = spots_of.get(index)
            if not spots:
                continue
            found = [m for pos in spots if (m := pattern.match(low, pos))]
        else:
            # two tests that every match passes, the stronger and shorter first: the required
            # literals (a few each, 260 look-ups an article for the 39 patterns) rule out about
            # half the patterns the words would let through (450 look-ups an article on their own)
            lits = required.get(index)
            if lits is not None:
                if folded is None:
                    folded = fold(low)
                if not any(lit in folded for lit in lits):
                    continue  # no match of the pattern can be in the text
            if not any(word in low for word in data.word_literals[index]):
                continue  # none of the pattern's words occurs in the text
            if plans is None:
                plans = _unanchored_plans()  # (not for a text no such pattern can match: start-up)
            tail = plans[0].get(index)
            if tail is not None and not tail.search(low):
                continue  # no match of the pattern's rest, so none of the pattern
            shared = plans[1].get(index)
            if shared is None:
                found = list(pattern.finditer(low))
            else:
                places = places_of.get(shared)
                if places is None:
                    places = places_of[shared] = [m.start() for m in shared.finditer(low)]
                found = _finditer_from(pattern, low, places)
        owned = "o" in pattern.groupindex
        for m in found:
            if owned and not _owned_by_product(doc, low, m):
                continue
            if owned and kind == "benefit" and _it_after_other(doc, low, m):
                continue  # "I tried aloe vera gel next. It soothed my sunburn": the gel's relief
            if kind == "dose" and side == "limit" and _bounds_another(doc, low, m.start(), m.end()):
                continue  # "Never exceed four cups of coffee a day": the amount read is another thing's
            if "pa" in pattern.groupindex and not _partner_is_product(doc, low, m):
                continue  # "Alcohol taken with sleeping pills increases drowsiness": two other things
            if kind == "dose" and side == "unlimited" and _unbounded_not_products(doc, low, m.start(), m.end()):
                continue  # "Drink as much water as you like", "as often as you need, up to four times a day"
            end_at = m.end()
            if "t" in pattern.groupindex:
                topic = m.group("t")
                if kind == "benefit" and topic.split()[-1:] and topic.split()[-1] in data.coordinated \
                        and (more := _COMMA_MORE.match(low, m.end())):
                    topic, end_at = topic + " " + more.group(1), more.end()  # "itchy, watery eyes": one condition
            else:  # the topic, if any, is in the words before ("sleep quality did not improve"):
                # the clause's opening noun phrase, cut at its first qualifier later
                before = low[max(0, m.start() - 120):m.start()]
                topic = re.split(r"[.;:!?,\n]", before)[-1]
            raw.append((kind, side, m.start(), end_at, topic))
    raw.extend(_person_results(doc, low, data))
    for am in amounts(doc):
        # a bounded amount, wherever its words stand ("never exceed four capsules a day", "two
        # capsules a day at most", "use it no more than twice a day"): a limit, when it is the product's
        if am.bound == "max" and not (am.unit == "time" and not am.per) and _amount_owned(doc, low, am):
            raw.append(("dose", "limit", am.start, am.end, None))
        elif am.bound == "any" and _amount_owned(doc, low, am) and not any(
                o.bound == "max" and _sentence_of(doc, o.number_start) == _sentence_of(doc, am.start) for o in amounts(doc)):
            # "as many scoops as you like", "however many cups you drink": no bound, unless the
            # sentence sets one ("as often as you need, up to four times a day")
            raw.append(("dose", "unlimited", am.start, am.end, None))
    if unbounded := [(r[2], r[3]) for r in raw if r[0] == "dose" and r[1] == "unlimited"]:
        # a limit cue read inside an unlimited one is a word of the promise, not a bound: "there's
        # no such thing as taking too much" holds the warning words "taking too much"
        raw = [r for r in raw if not (r[0] == "dose" and r[1] == "limit"
                                      and any(s <= r[2] and r[3] <= e for s, e in unbounded))]
    # a condition matters only where a harm is named after it, or (a second drug) where the
    # sentence says what taking the two together changes
    changed = {_sentence_of(doc, m.start()) for m in data.consequence.finditer(low)}
    for k in sorted(set(_harm_sentences(doc)) | changed):
        if k < 0:
            continue
        sent = doc.sentences[k]
        for cond, c_start, c_end in conditions(low[sent.start:sent.end]):
            if cond == "comedication" or k in _harm_set(doc):
                raw.append(("conditioned", cond, sent.start + c_start, sent.start + c_end, None))
    for m in data.other_medicines.finditer(low):
        # "mixing it with your other medicines poses no risk", "patients on other medicines
        # need not worry about it": taken with medicines in general, and nothing to fear
        k = _sentence_of(doc, m.start())
        if k >= 0:
            lo, hi = clause_span(doc, m.start(), m.end())
            if data.reassured.search(low, lo, hi):
                raw.append(("interaction", "none", m.start(), m.end(), None))
    known: list[tuple[int, int]] = []
    for m in data.quantities.finditer(low):
        raw.append(("direction", "?", m.start(), m.end(), m.group()))
        known.append(m.span())
    for m in _generic_measures(low):
        # "vitamin D levels", "red blood cell count", "thyroid hormone readings": a measure by its
        # head word, whatever the lab value (a known quantity's name keeps its own key)
        words: list[str] = []
        for word in reversed(m.group("q").split()):  # the head's own words, right before "levels"
            if word in _MEASURE_STOP or word in _direction_words() or len(words) == 2:
                break
            words.insert(0, word)
        if words and not any(s < m.end() and m.start() < e for s, e in known):
            at = m.start("q") + m.group("q").rfind(" ".join(words))
            raw.append(("direction", "?", at, m.end(), "m:" + " ".join(normalise_token(w) for w in words)))
    for m in data.states.finditer(low):
        raw.append(("direction", "state", m.start(), m.end(), m.group()))
    for s_start, s_end, state_key in state_changes(low):
        # "leaves skin drier", "keeps you alert", "moisturises the skin" (``direction_states``)
        raw.append(("direction", "result", s_start, s_end, state_key))
    # "Interactions: none known" (the page's product's); "Shellfish allergy? You can still take X.";
    # "Whatever your age or health, X is safe"
    labelled = [TypedClaim(type=f.type, side=f.side, start=f.start, end=f.end, sentence=f.sentence,
                           subject=f.subject, topic=f.topic, aspect=f.aspect, strength=2, text=f.text, cue=f.cue,
                           names=f.names)
                for f in (*typed_label_claims(doc), *(f for f in key_value_claims(doc) if f.type != "effect"),
                          *typed_answer_claims(doc, _allergens, groups_named, _topic_words),
                          *typed_scope_claims(doc, groups_named))]
    if not raw:
        return list(labelled)
    out: list[TypedClaim] = []
    candidates: list[tuple[TypedClaim, int, int, int]] = []
    seen: dict[tuple[str, str, int, frozenset[str]], TypedClaim] = {}
    facts: dict[int, bool] = {}
    starts_of = [s.start for s in doc.sentences]
    for kind, side, start, end, topic in sorted(raw, key=lambda r: r[2]):
        i = bisect.bisect_right(starts_of, start) - 1
        if i < 0 or not in_body(doc, i):
            continue
        a, b = doc.sentences[i].start, doc.sentences[i].end
        if end > b:
            end = b
        if end <= start:
            continue
        if i not in facts:
            # asked, passed on from others to be doubted, or about an earlier product
            facts[i] = sentence_question(doc, i) or sentence_historical(doc, i)
        if facts[i] or sentence_disowned(doc, i, start):
            continue
        lo, hi = clause_span(doc, start, end)
        if kind == "interaction" and side == "some" and not _combo_of_product(doc, low, i, start, end):
            continue  # "The combination of ibuprofen with aspirin brings on bleeding": two other drugs
        if kind == "interaction" and side == "some" and _food_or_drug_subject(doc, low, i, start, end):
            continue  # "Grapefruit can more than double the amount of some statins": the fruit's
        if kind == "interaction" and side == "some" and not _level_change_of_product(doc, low, i, start, end):
            continue  # "That supplement raised levels of warfarin", "… raised levels of selenium"
        if kind == "interaction" and side == "some" and _LEVEL_AS_SUBJECT.match(low, start, end) \
                and not (main_named_between(doc, i, a, start) or main_named_between(doc, i, end, b)
                         or _WITH_PRODUCT_PRONOUN.search(low, a, b)):
            continue  # "Tacrolimus levels rose when patients ate grapefruit": no product in the change
        if kind == "conditioned":
            claim = _conditioned(doc, side, low, a, b, start, end)
        elif conditional_at(doc, start) and not (kind == "direction" and _EXPECTED_CONSEQUENT.search(low, end, b)):
            continue  # a condition: "if it makes you dizzy, stop" (not "If your pulse speeds up on
            # it, this is the expected effect": the change is asserted)
        else:
            if kind in ("benefit", "direction") and _ENDED_BY_STOPPING.search(low, a, b) \
                    and _NO_LONGER_BEFORE.search(low, max(lo, start - 30), start):
                continue  # "After you stop taking it, Lipoza no longer lowers blood pressure": the
                # effect ends with the use, which denies nothing it does while taken
            if kind == "benefit" and side == "helps" and _NEITHER_NOR_BEFORE.search(low, max(lo, start - 30), start) \
                    and denied_over_coordination(low, lo, start) == "denied":
                side = "no_help"  # "neither slows memory decline nor staves off dementia": both denied
                # (a plain "not" before the verb is the no_help patterns' own, with their checks:
                # "may not relieve it in everyone" is a hedged denial, no claim)
            claim = _make(doc, kind, side, low, a, b, lo, hi, start, end, topic)
        if claim is None:
            continue
        if claim.side in _DENIED_SIDE and (denial := denied_over_coordination(low, lo, claim.start)):
            # "does not relieve headaches or ease back pain", "neither slows memory decline nor
            # staves off dementia": the second conjunct is denied with the first. Only "neither",
            # "nor" and a "not" right before the verb turn it to the denied side; after "not … or"
            # the verb may be a complement of another ("wouldn't let me drive, or lift weights"),
            # so it is dropped, not turned; an instruction ("Don't skip meals or cut your dose")
            # says nothing of the product
            flipped = _DENIED_SIDE[claim.side].get(claim.type + ":" + claim.aspect, _DENIED_SIDE[claim.side].get(claim.type))
            if denial != "denied" or not flipped:
                continue
            claim.side = flipped
        claim.sentence = i
        if _CONTRAST_OPENER.search(low, a, min(b, a + 40)):
            continue  # "By contrast, Asclera is very safe": set against another product
        if _debunked(low, a, b, claim.start):
            continue  # "The idea that it is safe for everyone is mistaken": the claim is rejected
        candidates.append((claim, lo, a, b))
    # the product each claim is about is worked out (interventions analysis) only for the
    # claim types whose two opposing sides both occur: most articles have none
    sides: dict[str, set[str]] = {}
    for claim in [c for c, *_ in candidates] + labelled:
        sides.setdefault(claim.type, set()).add(claim.side)
    live = {t for t, got in sides.items() if (len(got & {"up", "down", "none"}) >= 2 if t == "direction"
                                             else len(got) >= 2)}
    for claim, lo, a, b in candidates:
        i = claim.sentence
        if claim.type in live:
            if claim.type == "benefit":
                # the words of the claim's own product, and of a product named inside the claim's
                # words; not of one named after them ("won't help with eye symptoms, so pair it with
                # eye drops": the drops do not take "eye" out of the condition; side19)
                cue = low[claim.start:claim.end]
                names = {n for n in interventions_named(doc, i) if n.lower() in cue} | {
                    intervention_at(doc, i, claim.start, claim.end, claim.type)}
                own = {normalise_token(w) for n in names for w in re.findall(r"[a-z0-9-]+", n)}
                claim.topic = frozenset(claim.topic - own)
                if not claim.topic:
                    continue  # "Zorvex did not improve": the product, not a condition
            claim.subject = intervention_at(doc, i, claim.start, claim.end, claim.type)
            if claim.type == "scope" and claim.aspect == "allergen" and claim.side == "restricted" \
                    and (listed := _INGREDIENT_LIST.match(low, claim.start)) is not None:
                # "Excipients per tablet: …, lactose monohydrate 63 mg, magnesium stearate": the
                # list's items are what it is made of, not its subject ("magnesium"); the list is
                # the product its title names ("Ingredients in X:"), else the page's
                if not listed.group().rstrip().endswith(":") and _list_other_group().search(low, a, b):
                    continue  # "the excipients include lactose in several supermarket brands": theirs
                n = listed.group("n")
                claim.subject = intervention_at(doc, i, listed.start("n"), listed.end("n"), claim.type) if n \
                    else _main_intervention(doc) or (_list_owner(doc, i, low[listed.end():claim.end], claim.subject)
                                                     if _untitled(doc, low, i, claim.start) else "") or claim.subject
            claim.names = interventions_named(doc, i)
            bounded = _bounded_at(doc, claim.start, claim.end, "max") \
                if claim.type == "dose" and claim.side == "limit" else []
            claim.amount = next((am for am in bounded if am.base is not None), None)
            owners = {o for am in bounded if (o := _amount_owner(doc, low, am)) and o != "?"}
            if len(owners) == 1:
                claim.subject = owners.pop()  # "never take more than 2,000 mg of curcumin": the curcumin's
            elif claim.type == "dose" and _dose_phrase_named(doc, i, claim.subject):
                # "Never exceed four capsules a day": the words naming the amount ("four
                # capsules", read as a product name by its form word) are the dose, not its
                # subject; the imperative's object is the product: the one the sentence names
                # otherwise, else the article's, else the one the sentence before is about
                claim.subject = next((n for p, n in sentence_subjects_named(doc, i)
                                      if not _dose_phrase_named(doc, i, n)), "") or _main_intervention(doc) \
                    or _earlier_subject(doc, i) or claim.subject
            if claim.type in ("direction", "benefit") or (claim.type == "interaction" and claim.side == "none"):
                claim.subject = _other_agent(doc, claim, a, b) or claim.subject
            if _caused_by_other(doc, claim):
                continue  # "X avoids licorice, which can cause …", "Stopping X can raise …": not X's doing
            if claim.type == "direction" and claim.aspect == "outcome":
                # "Blood sugar climbs in people who take X", "appetite is reduced by X",
                # "Thanks to X, blood sugar drops": with the measure as the subject, the
                # intervention in the adjunct of the change is its agent (not the article's
                # main one, as for a product named after a verb); a change the sentence
                # gives to everyone or to a circumstance ("rises with age", "whether or not
                # people take it") is no claim about a product
                agent = _outcome_agent(doc, claim, low, a, b)
                if agent is None:
                    continue
                claim.subject = agent or claim.subject
            if claim.type == "direction" and _not_agent(claim.subject, claim, low) \
                    and (main := _main_intervention(doc)) and not _not_agent(main, claim, low):
                # "Testosterone levels go up with Pathfinder": the measure that moves is no
                # agent of its own change, whatever else it may be (a hormone sold as a
                # drug), nor are the claim's own words ("blood sugar drops" read as a
                # product's name, as "eye drops"); the claim is about another intervention
                # the sentence names, else the article's main one
                # (when the article's main intervention is itself the measure, the sentence
                # cannot be told apart from it, and the claim stays the main one's)
                claim.subject = next((n for n in sorted(claim.names) if not _not_agent(n, claim, low)
                                      and not _RESEARCH.search(n)), "") or main
            if claim.type == "interaction" and claim.aspect == "harm":
                # a harm said with another drug ("Taken with warfarin, Dorvix can cause bleeding"):
                # the interaction is of the product the sentence names outside the partner, or of
                # the one a pronoun points back to; with neither it is no product's (allergy20)
                agent = _conditioned_agent(doc, low, i, claim.end, a, b)
                if agent is None:
                    continue
                claim.subject = agent
            elif claim.type == "interaction" and claim.side == "some" and not names_before(doc, i, claim.start):
                # "It can make the contraceptive pill less effective": the drugs the sentence
                # names are what the product interacts with, the product is the pronoun or
                # the article's, whichever that is; "it" with no name before it in its sentence
                # is what the sentence before opens with, when that is a name ("Diphenhydramine
                # is the drug in many sleep aids. Taken with alcohol, it …": diphenhydramine's)
                claim.subject = _it_refers_to(doc, low, i, claim.start, claim.end) or "*"
            if claim.aspect == "outcome" and not claim.names and not re.search(
                    r"\b(?:it|they|this|these)\b", low[lo:claim.start]) and not _USERS.search(low, a, b) \
                    and not _USERS_PLACE.search(low, claim.start, claim.end) \
                    and not _EACH_USE.search(low, claim.end, b):
                # ("Expect your blood pressure to climb after each scoop": the change follows one
                # use of the product, so it is the page's product's; deny18)
                continue  # "LDL cholesterol dropped by 23 percent": whose, is not said
        key = (claim.type, claim.side, i, claim.topic if claim.type == "benefit" else frozenset())
        if key in seen:
            kept = seen[key]
            if claim.type == "scope" and claim.aspect == "allergen" and kept.aspect == "allergen":
                # "lactose-free and suitable for a milk allergy": one promise of the sentence, and
                # the class's topic is kept with the member's (it was hidden by the first one read;
                # allergy20 review)
                kept.topic = frozenset(kept.topic | claim.topic)
            continue
        seen[key] = claim
        claim.text = doc.excerpt(a, b, limit=160)
        claim.cue = doc.text[claim.start:claim.end]
        out.append(claim)
    read = {(c.type, c.side, c.sentence) for c in out}  # a sentence's own reading first
    return sorted([*_resolve_generic(out), *(c for c in labelled if (c.type, c.side, c.sentence) not in read)],
                  key=lambda c: c.start)


#: An interaction told as two things taken together ([interaction] "some" stories: "the
#: combination of X with Y", "pairing X with Y"): ``p`` is the first partner, which must be the
#: product (its name or a word pointing back) for the story to be about it; "Mixing alcohol
#: with antidepressants can bring on drowsiness" is about two other things.
_COMBO_PARTNER = compile_re(
    r"(?:the\s+)?(?:combination|pairing|mix|mixture)\s+(?:of\s+(?P<p>[\w-]+(?:\s+[\w-]+)?)\s+)?(?:with|and)\s"
    r"|(?:pairing|combining|mixing|adding|stacking)\s+(?P<p2>(?:[\w'-]+\s+){0,3}?)(?:with|to|alongside)\s")
#: The verb of a level change (``_level_patterns``) at the start of an interaction reading.
_LEVEL_VERB = compile_re(r"(?:(?:more\s+than|nearly|almost|roughly|about|over|up\s+to|at\s+least)\s+)?[a-z]+(?:\s+(?:up|down))?\s+"
                         r"(?:the\s+|its\s+|their\s+|your\s+)?(?:blood\s+|plasma\s+|serum\s+)?(?:levels?|amounts?|concentrations?)\b")


def _title_words(doc: Document) -> set[str]:
    """The words of the text's first line (its title or heading) and of its page title words:
    "Should I have acupuncture during IVF?" makes acupuncture the text's own subject."""
    if not doc.sentences:
        return set(page_title_words(doc))
    first = doc.text[doc.sentences[0].start:doc.sentences[0].end].lower().split("\n")[0]
    return set(re.findall(r"[a-z0-9-]{3,}", first)) | set(page_title_words(doc))


@functools.lru_cache(maxsize=1)
def _for_good_verb() -> re.Pattern[str]:
    """A verb of changing before "for good" (``[frames] for_good_verb``): what changes must be
    the product, as the verb's subject, as with "permanently"."""
    return compile_re(_frames()["for_good_verb"])


@functools.lru_cache(maxsize=1)
def _cyp_mechanism() -> re.Pattern[str]:
    """An enzyme's inhibitor or a drug's handling by the body (``[frames] cyp_mechanism``,
    ``pk_mechanism``): whoever opens the clause is the one whose mechanism it is."""
    return compile_re(r"(?:" + _frames()["cyp_mechanism"] + r"|" + _frames()["pk_mechanism"] + r")")


def _food_or_drug_subject(doc: Document, low: str, i: int, start: int, end: int) -> bool:
    """A level change (``_LEVEL_VERB``) whose clause opens with a bare food, drink or drug
    (WordNet's, ``interventions.foods_and_drugs``) that is not the article's product:
    "Grapefruit can more than double the amount of some statins in the blood", "Caffeine can
    raise levels of some drugs" are that thing's interactions."""
    if not (_LEVEL_VERB.match(low, start, end) or _cyp_mechanism().match(low, start, end)):
        return False
    from lint_rules.analysis.interventions import foods_and_drugs

    lo = clause_span(doc, start, end)[0]
    head_re = r"\W*([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:(?:can|may|could|will|does|did|also|often|really)\s+)*"
    head = re.match(head_re, low[lo:start])
    if (head is None or head.end() != start - lo) and _cyp_mechanism().match(low, start, end):
        # the second of two coordinated verbs: "Omeprazole inhibits CYP2C19 and reduces the
        # conversion of clopidogrel" is omeprazole's mechanism too
        head = re.fullmatch(head_re + r"[a-z][^.;:]*?\sand\s+(?:also\s+)?", low[lo:start])
    if head is None or head.end() != start - lo:
        return False
    words = head.group(1)
    foods = foods_and_drugs()
    if not (words in foods or words.split()[-1] in foods or words.split()[0] in foods
            or (_cyp_mechanism().match(low, start, end) and _drug_name().match(words))):
        return False
    # "grapefruit juice can raise blood levels of simvastatin" in the simvastatin article: the
    # product's own level, raised by a food, is the product's interaction with that food
    if _cyp_mechanism().match(low, start, end):  # the enzyme's inhibitor is the clause's subject, whatever drug it affects
        return not main_named_between(doc, i, lo, start)
    return not (main_named_between(doc, i, lo, start) or main_named_between(doc, i, start, clause_span(doc, start, end)[1]))


@functools.lru_cache(maxsize=1)
def _drug_name() -> re.Pattern[str]:
    """A drug as ``_interaction_patterns`` names one: a class or name of
    ``[interaction.lexicon] drug_classes``, or a word with a WHO INN stem."""
    return compile_re(_DRUG_DETERMINERS + _drug_source(_claims_file()["interaction"]["lexicon"]) + r"(?![a-z])")


#: The second drug of an "amount in the blood" level change, named before the verb: "Taking it
#: with ketoconazole more than doubles the amount in the blood".
_WITH_PARTNER = compile_re(r"\b(?:with|alongside|and|plus)\s+(?:an?\s+|the\s+)?")


#: A reading that opens with the level itself, its subject, not with a verb of change.
_LEVEL_NOUN_FIRST = compile_re(r"(?:the\s+|its\s+|their\s+|your\s+)?(?:blood|plasma|serum|levels?|amounts?|concentrations?)\b")
#: A modifier that makes a product noun another product ("the old supplement", "the other tablets").
_OTHER_WORDS = r"(?:old|older|other|previous|former|earlier|different|rival|original|usual|regular|first)\b"
_OTHER_MODIFIER = compile_re(r"\b" + _OTHER_WORDS)


#: A definite noun phrase as the level verb's own subject, which points back to the product the
#: passage is about ("In volunteers, the oil raised …"), unless a modifier makes it another
#: ("the old brand").
_DEFINITE_SUBJECT = compile_re(r"(?:^|[,;]\s*|\b(?:that|found|showed|shows|says|said)\s+)(?:the|this|these)\s+"
                               r"(?!(?:[\w-]+\s+){0,2}?" + _OTHER_WORDS + r")"
                               r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:(?:can|may|could|will|also|often|has|have|had)\s+)*$")


def _other_name_before(doc: Document, i: int, lo: int, start: int) -> bool:
    """In a passage with no main product, the subject's capitalised name is not the first
    product the passage named: an earlier sentence names another capitalised name as a
    product's subject ("Zolvex says its tablet …", "Luvia has …") before the subject's own."""
    a = doc.sentences[i].start
    if not CAPITALISED_NAME.search(doc.text, a, start):
        return False
    names = set(re.findall(r"[a-z][\w-]+", doc.text[a:start].lower()))
    for k in range(i):
        s = doc.sentences[k]
        for c in CAPITALISED_NAME.finditer(doc.text, s.start, min(s.end, a)):
            if re.fullmatch(r"The|This|That|These|Those|Its|She|They|There|[A-Z][a-z]+s", c.group()):
                continue  # a word opening a sentence, or a plural ("Doctors")
            if c.group().lower() in names:
                return False  # the subject's own name came first
            if re.match(r"(?:'s)?\s+(?:says|said|has|is|contains|claims)\b", doc.text[c.end():c.end() + 12]):
                return True
    return False


#: Words that point to another product than the page's ("its rival", "its competitor", "their
#: older formula", "a rival brand"): a pronoun after them in the sentence may be that product's.
_ANOTHER_POINTER = compile_re(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:old|older|other|previous|former|earlier|different|rival|original|"
                              r"competitors?)\b|\b(?:another|a\s+different|a\s+rival|rival|competitors?|competing)\s+[a-z]")


def _product_just_before(doc: Document, low: str, i: int, a: int, lo: int) -> bool:
    """The words right before a relative "which"/"that"/"who" at ``lo`` (its antecedent) name
    the product or point to it ("Jointa, which …", "the tablet, which …"); "data on
    carbamazepine, which lowered …" is another thing's."""
    p0 = max(a, lo - 40)
    if _names_product(doc, i, p0, lo):
        return True
    tail = re.search(r"(?:[\w'-]+\W+){1,3}$", low[p0:lo])
    return tail is not None and any(not _OTHER_MODIFIER.search(m.group(0)) for m in _PRODUCT_PRONOUN.finditer(tail.group(0)))


def _other_clause_before(doc: Document, low: str, i: int, a: int, hi: int) -> bool:
    """A pronoun at ``hi`` opens a clause coordinated after another in the same sentence
    ("Doctors use carbamazepine, and it raised …") that neither names the product nor points to
    it: the pronoun takes that clause's noun."""
    m = re.search(r"[,;]?\s+(?:and|but|yet|so)\s+$", low[a:hi])
    if m is None or not low[a:a + m.start()].strip():
        return False
    return not (_names_product(doc, i, a, a + m.start()) or _PRODUCT_PRONOUN.search(low, a, a + m.start()))


#: A drug class with a definite article and no "other" is the product named by its class, pointing
#: back to it ("Clarithromycin … The antibiotic is widely used … It can raise levels of statins"):
#: not another drug for a later "it" to take.
_DEFINITE_CLASS = compile_re(r"(?:the|this)\s+(?!(?:[\w-]+\s+){0,2}?" + _OTHER_WORDS + r")")


def _other_thing_named(doc: Document, low: str, i: int, a: int, hi: int, previous: bool = False) -> bool:
    """A drug (``_drug_name``, a WordNet food or drug) or a capitalised name that is not the
    product is named before ``hi`` in sentence ``i`` (and, with ``previous``, in the sentence
    before), and the product is not: a relative "which" or a pronoun "it" there points to that
    thing ("Doctors use carbamazepine, and it raised …")."""
    from lint_rules.analysis.interventions import foods_and_drugs

    spans = [(i, a, hi)]
    if previous and i > 0:
        spans.append((i - 1, doc.sentences[i - 1].start, doc.sentences[i - 1].end))
    foods = foods_and_drugs()
    other = False
    for k, p0, p1 in spans:
        if main_named_between(doc, k, p0, p1):
            return False
        text = low[p0:p1]
        if any(not _DEFINITE_CLASS.match(d.group()) for d in _drug_name().finditer(text)) or any(
                w.group() in foods and not re.search(r"\b(?:the|this)\s+$", text[:w.start()])
                for w in re.finditer(r"[a-z][a-z-]+", text)):
            other = True
        s0 = doc.sentences[k].start
        other = other or any(doc.text[s0:c.start()].strip(" \"'“‘([") != "" and not main_named_between(doc, k, c.start(), c.end())
                             for c in CAPITALISED_NAME.finditer(doc.text, p0, p1))
    return other


def _subject_may_be_product(doc: Document, low: str, i: int, lo: int, start: int) -> bool:
    """The subject ``low[lo:start]`` of a level verb may be the product: its name or a word
    pointing back to it ("it", "the oil"), or a subject that names nothing else. Another thing
    is named by a pointer to another product ("that supplement", "their old supplement",
    "another brand"), a capitalised name that is not the product ("Kelvix raised …"), a WordNet
    food or drug or a drug class ("grapefruit", "caffeine"), a gerund ("Doubling the dose",
    "Skipping breakfast") or an indefinite noun ("A fatty meal")."""
    subject = low[lo:start]
    from lint_rules.analysis.interventions import foods_and_drugs, sentence_subjects

    a = doc.sentences[i].start
    if not sentence_subjects(doc).main and (
            re.search(r"\b(?:rival|another|other|different)\b", low[a:start]) or _other_name_before(doc, i, lo, start)):
        return False  # "Zolvex says its tablet has no known … A rival brand, Metacor, raised …"
    if re.fullmatch(r"\W*(?:which|that|who)\s+(?:(?:can|may|could|will|also|often|has|have|had|then|reportedly)\s+)*", subject) and not _product_just_before(doc, low, i, a, lo):
        return False  # "… data on carbamazepine, which lowered …": the relative is that drug's
    if _names_product(doc, i, lo, start) or _DEFINITE_SUBJECT.search(subject) or any(
            not re.match(r"(?:that|those|my|her|his|their|our)\b", m.group(0))
            and not _OTHER_MODIFIER.search(subject, m.start())
            and not (re.fullmatch(r"it|this|these|them", m.group(0)) and (
                _other_thing_named(doc, low, i, a, lo + m.start(), True) or _other_clause_before(doc, low, i, a, lo + m.start())
                or _ANOTHER_POINTER.search(low, a, lo + m.start())))
            for m in _PRODUCT_PRONOUN.finditer(subject)):
        return True
    if _PRODUCT_PRONOUN.search(subject) or re.search(r"\b(?:another|other|a\s+different|a\s+rival)\s+[a-z]", subject) or re.search(
            _ANOTHER_POINTER.pattern, subject):
        return False  # another product, pointed at ("its rival")
    if not sentence_subjects(doc).main:
        # with no main product in the passage, a named drug is the passage's own subject
        # ("Fluconazole can raise the level of warfarin" in a leaflet's list)
        return not re.match(r"[^a-z]*[a-z][\w-]*ing\b|[^a-z]*an?\s", subject)
    for c in CAPITALISED_NAME.finditer(doc.text, lo, start):
        first = not doc.text[a:c.start()].strip(" \"'“‘([")
        if not first or re.fullmatch(r"\s*(?:(?:can|may|could|will|also|often|has|have|had|reportedly)\s+)*", low[c.end():start]):
            return False  # "Kelvix raised …", "In a trial of Zorvane, it …"
    if _drug_name().search(subject):
        return False
    foods = foods_and_drugs()
    if any(w.group() in foods for w in re.finditer(r"[a-z][a-z-]+", subject)):
        return False
    head = re.match(r"[^a-z]*([a-z][\w-]*)", subject)
    return not (head and (head.group(1).endswith("ing") or head.group(1) in ("a", "an")))


def _level_change_of_product(doc: Document, low: str, i: int, start: int, end: int) -> bool:
    """A level change (``_LEVEL_VERB``) is an interaction of the product only when (1) the
    clause's subject before the verb names the product or points back to it ("it", "this
    supplement"; not "that supplement", another brand's), and (2) the substance whose level
    changes is a drug: a class or INN-stemmed name (``_drug_name``) or a capitalised name that
    is not the product ("raised blood levels of selenium / copper" is the product's own effect
    on a nutrient the body carries, FDA label "Drug Interactions" name drugs). The "amount in
    the blood" wording names no second substance, so one must be named before the verb
    ("Taking it with ketoconazole …"); "Doubling the dose doubles the amount in the blood",
    "A fatty meal doubles the amount in the blood" are the product's own dosing and food."""
    if not _LEVEL_VERB.match(low, start, end) or _LEVEL_NOUN_FIRST.match(low, start, end):
        return True  # not a verb of change first ("Blood levels of digoxin can double when …")
    lo = clause_span(doc, start, end)[0]
    subject = low[lo:start]
    drug = _drug_name()
    obj = re.search(r"\bof\s+(?:the\s+|your\s+|their\s+)?", low[start:end])
    own = re.compile(r"[A-Za-z][\w-]+").match(doc.text, start + obj.end()) if obj is not None else None
    if own is not None and main_named_between(doc, i, own.start(), own.end()):
        # the product's own level changed by another drug named before it ("Fluvoxamine, an
        # antidepressant, can greatly increase the amount of Somnol in the blood")
        a = doc.sentences[i].start
        return any(drug.match(low, w.start()) for w in re.finditer(r"\b[a-z]", low[a:start])) or any(
            not main_named_between(doc, i, c.start(), c.end()) for c in CAPITALISED_NAME.finditer(doc.text, a, start))
    if not _subject_may_be_product(doc, low, i, lo, start):
        return False
    if re.search(r"\bhas\s+$", subject) and not (_names_product(doc, i, lo, start) or re.search(
            r"(?:^|[,;]\s*)(?:it|this|(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:pill|tablet|capsule|supplement|product|remedy|medicine|formula|spray|gummy)s?)\s+has\s+$", subject)):
        return False  # "has raised levels of" is the product's perfect only with the product as subject ("the patient has raised levels")
    if obj is not None:
        p = start + obj.end()
        if drug.match(low, p):
            return True
        cap = CAPITALISED_NAME.match(doc.text, p)
        return cap is not None and not main_named_between(doc, i, p, cap.end())
    if re.search(r"\bin\s+the\s+(?:blood|bloodstream|body)\b", low[start:end]):
        # the partner may carry its class and an example ("with common antifungals such as
        # ketoconazole"): a drug anywhere after the "with"
        for w in _WITH_PARTNER.finditer(subject):
            p = lo + w.end()
            if drug.search(low, p, start):
                return True
            if any(not main_named_between(doc, i, c.start(), c.end()) for c in CAPITALISED_NAME.finditer(doc.text, p, start)):
                return True
        return False
    return True


def _combo_of_product(doc: Document, low: str, i: int, start: int, end: int) -> bool:
    """An interaction read at ``start`` is not a story of two things taken together whose
    first partner (``_COMBO_PARTNER``) is something other than the product."""
    combo = _COMBO_PARTNER.match(low, start, end)
    if combo is None:
        return True
    g = "p" if combo.group("p") else "p2"
    partner = (combo.group(g) or "").strip()
    if not partner:
        return True  # "the combination with alcohol": the product's, unnamed
    p0 = combo.start(g)
    return bool(_PRODUCT_PRONOUN.fullmatch(partner)) or _names_product(doc, i, p0, p0 + len(partner))


def _names_product(doc: Document, i: int, p0: int, p1: int) -> bool:
    """Sentence ``i`` names the product between ``p0`` and ``p1``: the article's main
    intervention, or, in a passage where the analysis finds no main intervention, a
    capitalised name it did not read as another one (the one the passage is about: "Pairing
    Flexora with warfarin …"). With a main intervention, an unplaced capitalised word of its
    name is it too: the brand alone ("Drovane can raise …") where the analysis placed only
    "Drovane tablets" (``is_main``: a shared word other than a form word)."""
    if main_named_between(doc, i, p0, p1):
        return True
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    return any(not any(r.start() <= p < r.end() for p, _ in subjects.placed[i])
               and (not subjects.main or subjects.is_main(r.group().lower()))
               for r in CAPITALISED_WORD.finditer(doc.text, p0, p1))


def _owned_by_product(doc: Document, low: str, m: re.Match[str]) -> bool:
    """The amount a dose pattern with an object group ``o`` read is the product's: the object
    names it ("drink Flexora tea by the potful", "two cups of it a day, max") or, with no
    object, the clause does not open with another activity as its subject ("Walking 30
    minutes a day, tops, is enough" bounds the walking). Why: "Drink water by the glassful" or
    "2 teaspoons of sugar max" set no dose of the product (the brief's rule: a reading claims
    about the product as its subject or object)."""
    obj = m.group("o")
    return _bound_owned(doc, low, m.start(), obj, m.start("o") if obj is not None else -1)


def _it_after_other(doc: Document, low: str, m: re.Match[str]) -> bool:
    """The benefit's ``o`` is "it" and nothing before it in its sentence names the product:
    "it" then points back to another thing that sentence introduces ("suggest a pillow: most
    people sleep better with it") or, as the subject, to what the sentence before named when
    that does not name the product ("My physio suggested an ice pack. It relieved the pain").
    Why: the past relief frame takes "it" as the product, and a first-person account of trying
    one remedy after another names each one right before its "it"."""
    obj = m.group("o")
    if obj is None or obj.strip() != "it":
        return False
    o0 = m.start("o")
    k = _sentence_of(doc, o0)
    if k < 0 or _names_product(doc, k, doc.sentences[k].start, o0):
        return False
    if re.search(r"(?<![a-z])an?\s+[a-z]", low[doc.sentences[k].start:o0]):
        return True  # "suggest a supportive pillow instead: most people sleep better with it"
    if "t" in m.re.groupindex and 0 <= m.start("t") < o0:
        return False  # "users sleep no better on it": the object, read in its own sentence only
    if k == 0:
        return False
    prev = doc.sentences[k - 1]
    if re.match(r"\W*it\b", low[prev.start:prev.end]):
        return False  # "It is gentle. It soothed my eczema": the same "it" as before
    if main_named_between(doc, k - 1, prev.start, prev.end):
        return False
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    if subjects.main:
        return not _names_product(doc, k - 1, prev.start, prev.end)
    # no main intervention: the product is the first name the passage places
    first = next((n for placed in subjects.placed for _p, n in placed), None)
    return first is None or not same_name(first, low[prev.start:prev.end])


def _bound_owned(doc: Document, low: str, start: int, obj: str | None, o0: int, bare: bool = False,
                 am: Amount | None = None) -> bool:
    """``_owned_by_product`` for a bound read at ``start`` whose object ``obj`` (if any)
    starts at ``o0``. ``bare``: a limit sentence that names nothing at all ("Never exceed four
    capsules a day.") is the product's too: in an article about it, the reader is the subject
    of the imperative and the product, or its dose unit, the object. A dictionary word opening
    the sentence ("Never") stands for the product unless the text there is about another
    thing (``_after_other``) or, for an amount ``am``, the bare-limit test gives it to another
    (``_bare_limit_owned``)."""
    k = _sentence_of(doc, start)
    if k < 0:
        return False
    if (obj is None or not obj.strip() or _DOSE_OBJECT.fullmatch(obj.strip())) and _foreign_subject(doc, k):
        return False  # "Nasocort, a steroid spray, should be used no more than …": another product's
    if obj is not None and obj.strip():
        if _PRODUCT_PRONOUN.match(obj):
            # "it" points back to the product unless the sentence names the product only as
            # a partner of another thing ("Add honey to X, 2 teaspoons of it a day, max": the honey)
            a = doc.sentences[k].start
            named = [r.start() for r in CAPITALISED_WORD.finditer(doc.text, a, o0) if _names_product(doc, k, r.start(), r.end())]
            return not named or any(not _PARTNER_BEFORE.search(low, a, p) for p in named)
        return _names_product(doc, k, o0, o0 + len(obj))
    lo, _hi = clause_span(doc, start, start + 1)
    if _activity(low, lo, start):
        return False
    # with no object, the sentence names the product (or points back to it) before the amount
    # as what is taken, not as a partner ("With X, keep sugar to …", "Add honey to X"), nor
    # with a relative clause between ("I drink X after my walk, which is 30 minutes a day,
    # tops"): "One tablet a night, max, and never with X" bounds another thing
    a = doc.sentences[k].start
    refs = [r.start() for r in _PRODUCT_PRONOUN.finditer(low, a, start)]
    refs += [r.start() for r in CAPITALISED_WORD.finditer(doc.text, a, start)
             if _names_product(doc, k, r.start(), r.end())
             and not (_opening_word(doc, k, r) and (_after_other(doc, low, k) or (am is not None and not _bare_limit_owned(doc, low, k, am))))]
    refs += [p for p, _ in sentence_subjects_named(doc, k) if p < start and main_named_between(doc, k, p, p + 1)]
    if any(not _PARTNER_BEFORE.search(low, a, p) and not _RELATIVE_BETWEEN.search(low, p, start) for p in refs):
        return True
    b = doc.sentences[k].end
    return bare and not refs and not sentence_subjects_named(doc, k) and not _PRODUCT_PRONOUN.search(low, start, b) \
        and not any(_names_product(doc, k, r.start(), r.end()) for r in CAPITALISED_WORD.finditer(doc.text, start, b))


#: Words for the dose itself as a limiting verb's object ("limit it to", "keep your intake
#: to", "stay under"): the bound is the product's as much as with no object.
_DOSE_OBJECT = compile_re(r"(?:it|them|this|these|yourself|yourselves|use|usage|intake|consumption|doses?|dosage|"
                          r"(?:your|the|daily|total)\s+(?:daily\s+|total\s+)?(?:intake|dose|doses|dosage|use|consumption))$")


def _bounds_another(doc: Document, low: str, start: int, end: int) -> bool:
    """A limit a dose pattern read at ``[start, end)`` bounds an amount (``amounts``) of
    something the article does not name as an intervention ("never exceed four cups of
    coffee a day" where coffee is no product it discusses): the one reading of the amount
    decides whose it is."""
    return any(_amount_owner(doc, low, am) is None for am in _bounded_at(doc, start, end))


def _partner_is_product(doc: Document, low: str, m: re.Match[str]) -> bool:
    """One of the two things a combined effect names (groups ``pa`` and ``pb``: "Alcohol taken
    with X", "X plus warfarin") is the product: its name, "it", or words sharing a word with
    the article's main intervention (not words sharing one: "Sleep medicines" in an article on
    a sleep tea)."""
    k = _sentence_of(doc, m.start())
    if k < 0:
        return False
    for g in ("pa", "pb"):
        p0, p1 = m.start(g), m.end(g)
        words = low[p0:p1].strip()
        # (its name or "it"; not a form noun: "the pill" may be the contraceptive pill)
        if words in ("it", "this", "them", "these"):
            # "it" is the product unless the sentence before is about another thing ("Codeine
            # linctus is another story. Taken with alcohol, it …") or names none at all
            if _bound_owned(doc, low, p0, words, p0) and _it_is_product(doc, k, p0):
                return True
        elif _names_product(doc, k, p0, p1):
            return True
    return False


#: A capitalised word opening a sentence as the subject of a statement about it ("Dozix cough
#: syrup has …", "Oralis mouthwash should …"), not an imperative verb ("Gargle warm salt water").
_NAME_OPENS = compile_re(r"[A-Z][a-z]{3,}(?:\s+[a-z-]+){0,2}\s+(?:is|are|has|have|had|contains?|should|can|may|will|"
                         r"works?|comes?|eases?|helps?)\b")


def _product_words(doc: Document) -> frozenset[str]:
    """The words of the product's name: the article's main intervention, else what its first
    sentence that names one is about, else its first capitalised name ("Dozix"). Once per
    document: the owner tests ask it for every claim and amount."""
    return doc.analysis("typed-claims.product-words", _find_product_words)


def _find_product_words(doc: Document) -> frozenset[str]:
    from lint_rules.analysis.interventions import sentence_subjects

    subj = sentence_subjects(doc)
    name = subj.main or next((n for n in subj.subjects if n), "")
    if not name:  # (a name inside a sentence before one that opens it: "However much …, Hangoverix")
        starts = {len(doc.text[:s.start]) + len(doc.text[s.start:s.end]) - len(doc.text[s.start:s.end].lstrip())
                  for s in doc.sentences}
        caps = list(CAPITALISED_WORD.finditer(doc.text))
        first = next((c for c in caps if c.start() not in starts), None) or next(
            (c for c in caps if _NAME_OPENS.match(doc.text, c.start())), None)
        name = first.group() if first else ""  # (not an imperative: "Gargle warm salt water …")
    return frozenset(re.findall(r"[a-z0-9-]{3,}", name.lower()))


def _it_refers_to(doc: Document, low: str, k: int, start: int, end: int) -> str:
    """The intervention "it" in ``[sentence k's start, end)`` points back to: the name the
    sentence before opens with, as its subject; "" when no "it" or no such name."""
    a = doc.sentences[k].start
    if k == 0 or not re.search(r"\bit\b", low[a:end]):
        return ""
    prev = doc.sentences[k - 1]
    lead = prev.start + len(doc.text[prev.start:prev.end]) - len(doc.text[prev.start:prev.end].lstrip(" \t\n#*>-_\"'“"))
    return next((n for p, n in sentence_subjects_named(doc, k - 1) if p == lead), "")


def _it_is_product(doc: Document, k: int, at: int) -> bool:
    """"it" at ``at`` in sentence ``k`` points back to the product: the sentence names the
    product before ``at``, or the sentence before names it ("Codeine linctus is another
    story. Taken with alcohol, it …": the codeine). Not ``product_reference.it_is_product``:
    asked here, "it" after another named thing is still the product's when the product's own
    words came first ("Tussol syrup has no known interactions. Taken with alcohol, it can make
    you very drowsy"), and a dose or a spared part is said of "it" in such frames (dose13's
    review cases pin both readings)."""
    words = _product_words(doc)
    a = doc.sentences[k].start
    if set(re.findall(r"[a-z0-9-]{3,}", doc.text[a:at].lower())) & words:
        return True
    if k == 0:
        return False
    prev = doc.sentences[k - 1]
    return bool(set(re.findall(r"[a-z0-9-]{3,}", doc.text[prev.start:prev.end].lower())) & words)


def _unbounded_not_products(doc: Document, low: str, start: int, end: int) -> bool:
    """A promise of no bound a dose pattern read at ``[start, end)`` that the one amount reading
    (``amounts``, bound "any") gives to another thing ("as much water as you like") or whose
    sentence sets a bound after all ("as often as you need, up to four times a day")."""
    k = _sentence_of(doc, start)
    if k >= 0 and no_bound_denied(low, doc.sentences[k].start, start) and re.match(r"(?:take|use|have|eat|drink)?\s*as\s+(?:much|many|often)", low[start:end]):
        return True  # "you can't take as many scoops as you like"
    for am in amounts(doc):
        if am.bound == "any" and am.start < end and start < am.end:
            if _amount_owner(doc, low, am) is None:
                return True  # (with no object, a promise whose sentence names not the product before it)
            if any(o.bound == "max" and _sentence_of(doc, o.number_start) == k for o in amounts(doc)):
                return True
    return False


def _bounded_at(doc: Document, start: int, end: int, bound: str = "max") -> list[Amount]:
    """The amounts with ``bound`` read within ``[start, end)``."""
    return [am for am in amounts(doc) if am.bound == bound and am.start < end and start < am.end]



def _amount_owner(doc: Document, low: str, am: Amount) -> str | None:
    """Whose dose a bounded amount (``amounts``) is: "" for the product the claim reader would
    take (its object points back to it or names it: "four capsules of it", "limit Flexora to two
    cups"; "keep your intake under 3 mg" is the dose itself; the sentence names the product
    before it as what is taken; or the sentence names nothing else at all, a bare limit: "Never
    exceed four capsules a day."), another intervention's name when the amount's own words name
    it ("two Dozal tablets", "2,000 mg of curcumin" where curcumin is read as one), None for
    another thing ("four cups of coffee", "6 g of salt", "one tablet a night, max, and never
    with X"), "?" for an object nothing names ("one scoop max of the whey you use")."""
    k = _sentence_of(doc, am.number_start)
    if k < 0:
        return None
    named = [(p, n) for p, n in sentence_subjects_named(doc, k) if not _dose_phrase_named(doc, k, n)]
    obj = low[am.obj[0]:am.obj[1]].strip() if am.obj is not None else ""
    if am.bound == "any" and (not obj or obj == "times"):
        # a promise with no object of its own ("Drink as much as you need", "rinse as many
        # times as you like", "you don't need to track your intake") is the product's only
        # when the sentence names it, or points back to it, before the promise, or the promise
        # is of taking or using ("However much you take, Relaxa …"), not drinking at a party
        a = doc.sentences[k].start
        words = _name_words(doc) or _product_words(doc)
        before = set(re.findall(r"[a-z0-9-]{3,}", low[a:am.start])) & words or _PRODUCT_PRONOUN.search(low, a, am.start)
        after = re.search(r"\b(?:take|use)\b", low[am.start:am.end]) and \
            set(re.findall(r"[a-z0-9-]{3,}", low[am.end:doc.sentences[k].end])) & words
        return "" if before or after else None
    if (not obj or _DOSE_OBJECT.fullmatch(obj)) and _foreign_subject(doc, k):
        return None  # "Nasocort should be used no more than twice a day" in an article about a saline spray
    if obj and _head_of_product(doc, obj):
        return ""  # "three cups of the coffee" in an article about Brewmax coffee
    if obj and not _DOSE_OBJECT.fullmatch(obj):
        if _PRODUCT_PRONOUN.match(obj):
            return "" if _bound_owned(doc, low, am.start, obj, am.obj[0]) else None  # type: ignore[index]
        if _names_product(doc, k, am.obj[0], am.obj[1]) or (am.bound and _shares_main_word(doc, obj)):  # type: ignore[index]
            return ""
        if am.bound == "any" and unit_word(obj):
            return ""  # "as many scoops as you like": the product's dose unit
        own = [n for p, n in named if am.obj[0] <= p < am.obj[1]]  # type: ignore[index]
        if own:
            return own[0]
        # an object no intervention names: another food, drink, drug or nutrient ("four cups of
        # coffee", "6 g of salt"); else unknown ("?": "of the whey you use", "of curcumin"), which
        # makes no limit of the product here but leaves a limit other words read as they were
        return None if other_thing(obj) else "?"
    inside = [n for p, n in named if am.number_start <= p < am.end]
    if inside:  # "never exceed two Dozal tablets": the unit's own modifier names it
        return "" if any(main_named_between(doc, k, p, p + 1) for p, n in named if am.number_start <= p < am.end) else inside[0]
    if _bound_owned(doc, low, am.number_start, None, -1, am=am):
        return ""
    a = doc.sentences[k].start
    taken = [(p, n) for p, n in named if p < am.number_start and not _PARTNER_BEFORE.search(low, a, p)
             and not _RELATIVE_BETWEEN.search(low, p, am.number_start)]
    if taken:  # "Use Zentra no more than twice a day": the one named before, as what is taken
        p, n = taken[-1]
        return "" if main_named_between(doc, k, p, p + 1) else n
    lo, _hi = clause_span(doc, am.start, am.end)
    if _activity(low, lo, am.start):
        return None  # "Walking 30 minutes a day, tops"
    b = doc.sentences[k].end
    refs = [r.start() for r in _PRODUCT_PRONOUN.finditer(low, a, b)]
    refs += [r.start() for r in CAPITALISED_WORD.finditer(doc.text, a, b)
             if (_names_product(doc, k, r.start(), r.end()) and not _opening_word(doc, k, r))
             or _shares_main_word(doc, low[r.start():r.end()])]
    if any(_PARTNER_BEFORE.search(low, a, p) for p in refs) or any(p < am.number_start for p in refs):
        return None  # "One tablet a night, max, and never with X": the product is a partner
    if any(not main_named_between(doc, k, p, p + 1) and not _names_page_product(doc, n) for p, n in named):
        return None  # "If you also take Dozal, never exceed …": another product's bound
    if am.bound == "any":
        return None  # "Drink as much as you need": a promise names the product or points back to it
    if refs:
        return ""  # the sentence names the product after the amount, not as a partner
    if (_in_own_form(doc, low, k, am) or _product_in_sentence_before(doc, low, k)) and _bare_limit_owned(doc, low, k, am):
        return ""  # a bare imperative: "Never exceed four capsules a day." in an article on Flexora capsules
    return None  # "Drink no more than three glasses a day.": a generic unit, no product named


def _names_page_product(doc: Document, name: str) -> bool:
    """``name`` shares a word with the page's title line ("vitamin d" on a page titled "SunDrop
    vitamin D3 liquid"): the product or its ingredient, not another product."""
    return bool(set(re.findall(r"[a-z0-9-]{3,}", name)) & page_title_words(doc))


def _after_other(doc: Document, low: str, k: int) -> bool:
    """Sentence ``k`` or the one before opens on another thing as its subject
    (``_opens_on_other``: "Alcohol is another matter: …"), or the one before names another
    intervention and not the product (``_before_names``: "Energy drinks are different."): a
    bound there with no object is that thing's, and a dictionary word opening it ("Never",
    "Keep") does not name the product. Elsewhere such an opener stands for the product by
    default, as the imperative's object is what the text was about."""
    words = _name_words(doc) or _product_words(doc)
    if k > 0:
        others, own = _before_names(doc, low, k, words)
        if others and not own:
            return True  # "Energy drinks are different. Never drink more than two cans a day."
    return any(_opens_on_other(low, doc.sentences[j].start, doc.sentences[j].end, words, "") for j in (k - 1, k) if j >= 0)


def _opening_word(doc: Document, k: int, r: re.Match[str]) -> bool:
    """The capitalised word ``r`` opens sentence ``k`` and is a plain dictionary word (the CMU
    dictionary) that is no word of the product's name: "Never", "Alcohol", "Keep" are
    capitalised by their place, not names (``_names_product`` takes any capitalised word for
    the product where the analysis finds no main intervention), when some word names the
    product at all."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    own = _product_words(doc) | page_title_words(doc)
    if not own:
        return False  # nothing names the product: the capitalised opener may be all there is
    s = doc.sentences[k]
    lead = s.start + len(doc.text[s.start:s.end]) - len(doc.text[s.start:s.end].lstrip(" \t\n#*>-_\"'“"))
    w = r.group().lower()
    return r.start() == lead and w in syllable_counts() and w not in own


def _bare_limit_owned(doc: Document, low: str, k: int, am: Amount) -> bool:
    """A bare limit (sentence ``k`` names nothing as what the amount ``am`` bounds: "Never
    exceed four capsules a day.") is the product's only when nothing nearer owns it. Why: the
    imperative's object is whatever the text was last about, and the product is that only by
    default; a limit is a dose of the thing it is said of, so it is not the product's when
    - its sentence names, before it, another product by a coined name ("The Dozal label reads:
      'Never exceed …'"), or the sentence before names another intervention (an ingredient, a
      drink, another brand: "Caffeine is in many drinks. Do not exceed 400 mg a day.") and not
      the product, or names another product in the same dose form ("Wakezo capsules …");
    - its unit is a dose form (SPL dosage-form terms, ``amounts.dose_form``) the article never
      gives the product in ("Never take more than two tablets a day." on a page about drops).
    A frequency, a strength unit (mg, IU) or a generic dose word ("doses", "servings") fits any
    product; these are held only by the first two tests."""
    s = doc.sentences[k]
    if coined_name_between(doc, s.start, am.number_start):
        return False
    words = _name_words(doc) or _product_words(doc)
    stem = _form_stem(low, am) if dose_form(am.unit) else ""
    if _opens_on_other(low, s.start, am.start, words, stem) or (
            k > 0 and _opens_on_other(low, doc.sentences[k - 1].start, doc.sentences[k - 1].end, words, stem)):
        return False  # "Alcohol is another matter: the NHS advises no more than 14 units a week."
    if k > 0:
        p = doc.sentences[k - 1]
        others, own = _before_names(doc, low, k, words)
        if others and not own:
            return False  # "Caffeine is found in many drinks. Do not exceed 400 mg a day."
        if stem and any(re.search(r"\b" + re.escape(stem) + r"(?:e?s)?\b", n) for n in others):
            return False  # "Flexora is gentler than Wakezo capsules. Never exceed four capsules a day."
        if _name_line(doc, k - 1) and coined_name_between(doc, p.start, p.end):
            return False  # a heading or line naming another product by its coined name
    if stem:
        # the product's forms: the dose-form words of its name and of the sentences naming it;
        # with none known, any form may be the product's unless another named thing has this one
        form = re.compile(r"\b" + re.escape(stem) + r"(?:e?s)?\b")
        main = _main_intervention(doc)
        naming, others_named = _limit_context(doc, low, words)
        about = [t for j, t in naming if j != k]
        if form.search(main) or any(form.search(t) for t in about):
            return True
        if (_names_form(main) or any(_names_form(t) for t in about)) and k > 0 \
                and form.search(low, doc.sentences[k - 1].start, doc.sentences[k - 1].end):
            return False  # "Many also take melatonin tablets. Never take more than two tablets a day." on a page about drops
        return not any(form.search(n) for n in others_named)
    return True


def _limit_context(doc: Document, low: str, words: frozenset[str]) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...]]:
    """Once per document, for the bare-limit owner test: the sentences (index, ``low`` text)
    naming a word of the product's name ``words``, and the other things the sentences name as
    subjects (not dose phrases, not the product). ``low`` and ``words`` are the same for every
    call on one document (``_build``'s text; ``_name_words`` or ``_product_words``); asked per
    amount, the scan over every sentence made long pages grow faster than their length."""
    def build(d: Document) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...]]:
        naming = tuple((j, low[t.start:t.end]) for j, t in enumerate(d.sentences)
                       if set(re.findall(r"[a-z0-9-]{3,}", low[t.start:t.end])) & words)
        others = tuple(n for j in range(len(d.sentences)) for _q, n in sentence_subjects_named(d, j)
                       if not _dose_phrase_named(d, j, n) and not set(re.findall(r"[a-z0-9-]{3,}", n)) & words)
        return naming, others
    return doc.analysis("typed-claims.bare-limit-context", build)


#: A sentence before a bare limit that speaks of the product: it points back to it ("its key
#: herb", "They were developed by …") or names what is in it ("Turmeric is the main
#: ingredient."): an ingredient named is the product's, and a limit after it stays the product's.
_POINTS_BACK = compile_re(r"\b(?:its|they|their|ingredients?)\b")


def _before_names(doc: Document, low: str, k: int, words: frozenset[str]) -> tuple[list[str], bool]:
    """The other interventions the sentence before sentence ``k`` names (not the product, no
    word of its name ``words``), and whether that sentence is the product's: it names it,
    points back to it or names what is in it (``_POINTS_BACK``), or speaks of a dose form no
    other name there holds ("Each spray gives 1 mg of melatonin.")."""
    p = doc.sentences[k - 1]
    placed = [(q, n) for q, n in sentence_subjects_named(doc, k - 1)
              if not main_named_between(doc, k - 1, q, q + 1) and not set(re.findall(r"[a-z0-9-]{3,}", n)) & words]
    own = bool(set(re.findall(r"[a-z0-9-]{3,}", low[p.start:p.end])) & words) \
        or bool(_PRODUCT_PRONOUN.search(low, p.start, p.end)) \
        or bool(_POINTS_BACK.search(low, p.start, p.end)) \
        or any(_names_form(f.group()) and not any(q <= f.start() < q + len(n) for q, n in placed)
               for f in _WORD.finditer(low, p.start, p.end))
    inside = [n for _q, n in placed if _said_contained(doc, low, k - 1, words, n)]
    return [n for _q, n in placed if n not in inside], own or bool(inside)


#: A sentence saying what the product holds: "Zentra capsules contain ashwagandha and valerian".
_HOLDS = compile_re(r"\b(?:contains?|containing|made\s+(?:with|from)|ingredients?)\b")


def _said_contained(doc: Document, low: str, k: int, words: frozenset[str], name: str) -> bool:
    """An earlier sentence (before ``k``) names the product and then says it contains ``name``
    ("Zentra capsules contain ashwagandha and valerian. Valerian has been used for centuries."):
    the ingredient is the product's own, and a limit after it stays the product's."""
    for t in doc.sentences[:k]:
        seg = low[t.start:t.end]
        held = _HOLDS.search(seg)
        if held and set(re.findall(r"[a-z0-9-]{3,}", seg[:held.start()])) & words \
                and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", seg[held.end():]):
            return True
    return False


def _name_line(doc: Document, j: int) -> bool:
    """Sentence ``j`` is a heading or a short line of its own (a block of at most six words):
    a line naming a product, where a coined word is a name. In a running sentence a capitalised
    word may be a place, a person or an ingredient ("made in Bratislava", "developed by Dr
    Okonjo"); another product there is told by the named interventions (``others``)."""
    t = doc.sentences[j]
    b = doc.blocks[t.block]
    return b.kind == HEADING or (t.start <= b.start and t.end >= b.end - 1 and len(doc.text[t.start:t.end].split()) <= 6)


def _names_form(text: str) -> bool:
    """``text`` names a dose form (``amounts.names_dose_form``) other than the generic "dose"."""
    return names_dose_form(re.sub(r"\bdoses?\b", "", text))


_WORD = compile_re(r"[a-z]+")
#: The noun phrase a sentence opens on as its subject, before its verb or a colon ("Energy
#: drinks are different.", "Alcohol is another matter:").
_OPENING_NP = compile_re(r"[\s\"'“#*>-]*(?:(?:the|most|plain|many|some|ordinary|regular)\s+)?(?P<np>[a-z][a-z' -]{1,40}?)"
                         r"(?:\s*[,:]|\s+(?:is|are|was|were|has|have|can|could|may|might|should|must|contains?|gives?|needs?)\b)")


def _opens_on_other(low: str, a: int, b: int, words: frozenset[str], stem: str) -> bool:
    """``low[a:b]`` opens on another thing as its subject: a WordNet food, drink or drug or a
    daily-intake nutrient (``amounts.other_thing``, singular or plural: "Energy drinks",
    "Alcohol") that shares no word with the product's name. With a dose-form unit (``stem``),
    only a subject in that form counts: "Water helps. Never exceed four sachets a day." stays
    the product's."""
    m = _OPENING_NP.match(low, a, b)
    if m is None:
        return False
    np = m.group("np").strip()
    if set(re.findall(r"[a-z0-9-]{3,}", np)) & words:
        return False
    thing = other_thing(np) or other_thing(re.sub(r"(?<=[a-z]{3})s$", "", np))
    return thing and (not stem or bool(re.search(r"\b" + re.escape(stem) + r"(?:e?s)?\b", np)))


def _form_stem(low: str, am: Amount) -> str:
    """The unit word of amount ``am`` as written, without its plural ("capsule" of "four capsules")."""
    unit = re.match(r"[\w.,/-]+\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?![a-z])", low[am.number_start:am.end])
    return re.sub(r"(?:e?s)$", "", unit.group(1)) if unit else am.unit


def coined_name_between(doc: Document, a: int, b: int) -> bool:
    """``doc.text[a:b]`` has a capitalised word that is no word of the product's name, no group
    and no dictionary word (the CMU dictionary): another product's coined name ("Dozal",
    "Wakezo"), as ``_foreign_subject`` tells one; the page's title line names the product."""
    own = _product_words(doc) | _name_words(doc) | page_title_words(doc)
    return any(w not in own for w in coined_words(doc, a, b))


def coined_words(doc: Document, a: int, b: int) -> list[str]:
    """The coined names in ``doc.text[a:b]`` (lower case): capitalised words that are no group
    and no dictionary word (the CMU dictionary), the page's own product's among them."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    return [w.lower() for r in CAPITALISED_WORD.finditer(doc.text, a, b) for w in re.findall(r"[A-Z][a-z]{2,}", r.group())
            if not groups_named(w.lower()) and w.lower() not in syllable_counts()]


def _in_own_form(doc: Document, low: str, k: int, am: Amount) -> bool:
    """The amount is in a dose form of its own ("capsules", "drops": ``amounts.dose_form``) or a
    UCUM strength unit (mg, IU, mmol), or its unit word ("cups", "mg") is one the article names in a sentence about the product or
    its dose form ("two Flexora cups", "each spray gives 1 mg"); a frequency ("twice a day")
    has no form."""
    if am.unit == "time":
        return False
    if dose_form(am.unit) or am.unit in ("mass", "activity", "substance"):
        return True  # (a strength in mg, IU or mmol measures a drug or supplement, not a drink)
    unit = re.match(r"[\w.,/-]+\s+(?:of\s+)?([a-z]+)", low[am.number_start:am.end])
    if unit is None:
        return False
    stem = re.sub(r"(?:es|s)$", "", unit.group(1))
    if len(stem) < 2:
        return False
    form = re.compile(r"\b" + re.escape(stem) + r"(?:e?s)?\b")
    words = _name_words(doc) or _product_words(doc)
    for j, s in enumerate(doc.sentences):
        if j != k and form.search(low, s.start, s.end) and (
                set(re.findall(r"[a-z0-9-]{3,}", low[s.start:s.end])) & words or names_dose_form(low[s.start:s.end])):
            return True
    return False


def _product_in_sentence_before(doc: Document, low: str, k: int) -> bool:
    """The sentence before sentence ``k`` names the product or points back to it ("it")."""
    if k <= 0:
        return False
    prev = doc.sentences[k - 1]
    words = _name_words(doc) or _product_words(doc)
    return bool(set(re.findall(r"[a-z0-9-]{3,}", low[prev.start:prev.end])) & words) \
        or bool(_PRODUCT_PRONOUN.search(low, prev.start, prev.end))


#: A capitalised name opening a sentence as its subject, with an appositive or not ("Nasocort,
#: a steroid spray, should …"; ``_NAME_OPENS`` without one).
_NAME_APPOSITIVE = compile_re(r"[A-Z][a-z]{3,},\s+(?:an?|the)\s+[^,.;]{1,40},")


def _foreign_subject(doc: Document, k: int) -> bool:
    """Sentence ``k``'s subject is a capitalised name that is none of the product's words and
    no group of people: a name the interventions reader did not take up ("Nasocort should be
    used no more than twice a day" in an article about Salina spray) is still another
    product's, not the product's. A name is a word the CMU dictionary does not hold, or one
    the text capitalises inside a sentence too ("Adults should …", "Most people should …"
    are not names)."""
    s = doc.sentences[k]
    text = doc.text[s.start:s.end]
    lead = len(text) - len(text.lstrip(" \t\n#*>-_\"'“"))
    if not (_NAME_OPENS.match(text, lead) or _NAME_APPOSITIVE.match(text, lead)):
        return False
    word = re.match(r"[A-Z][a-z]+", text[lead:])
    if word is None:
        return False
    w = word.group()
    if w.lower() in _product_words(doc) or w.lower() in _name_words(doc) or groups_named(w.lower()):
        return False
    from lint_rules.analysis.textstat_offline import syllable_counts

    mid = re.search(r"[a-z0-9,;:]\s+" + re.escape(w) + r"\b", doc.text)
    return w.lower() not in syllable_counts() or mid is not None


def _name_words(doc: Document) -> frozenset[str]:
    """The product's name words the text writes capitalised ("Flexora" of "Flexora tablets"),
    once per document (asked for every bare limit; a scan of the whole text each time made
    long pages grow faster than their length)."""
    def find(d: Document) -> frozenset[str]:
        caps = {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", d.text)}
        return frozenset(w for w in _product_words(d) if w in caps)
    return doc.analysis("typed-claims.name-words", find)


def _head_of_product(doc: Document, obj: str) -> bool:
    """An amount's object is the head noun of the product's name ("of the coffee", "of coffee"
    in an article about Brewmax coffee): the product, not another drink."""
    from lint_rules.analysis.interventions import sentence_subjects

    subj = sentence_subjects(doc)
    name = subj.main or next((n for n in subj.subjects if n), "")
    if not name:  # the first name and the noun after it ("Brewmax mushroom coffee is …")
        first = re.search(r"\b[A-Z][a-z]{3,}(?:\s+[a-z]+){0,2}?\s+(?=is|are|has|have|was|contains?|comes?)", doc.text)
        name = first.group() if first else ""
    head = name.lower().split()[-1] if len(name.split()) > 1 else ""
    w = re.sub(r"^(?:the|this|your)\s+", "", obj.strip())
    return bool(head) and w == head


def _shares_main_word(doc: Document, words: str) -> bool:
    """``words`` share a word of four letters or more with the article's main intervention
    ("of Vexolin" and "Vexolin tea"; as ``same_subject`` compares two subjects)."""
    main = _main_intervention(doc)
    return bool(main) and bool(set(re.findall(r"[a-z0-9-]{4,}", words)) & set(re.findall(r"[a-z0-9-]{4,}", main)))


def _amount_owned(doc: Document, low: str, am: Amount) -> bool:
    return _amount_owner(doc, low, am) not in (None, "?")


#: Right before the product's name: it is a partner of what the amount bounds ("with X", "to X").
_PARTNER_BEFORE = compile_re(r"\b(?:with|to|into|in|without|alongside|after|before)\s+(?:the\s+|your\s+|my\s+)?$")
#: A relative pronoun between the product and an amount: the amount is the antecedent's.
_RELATIVE_BETWEEN = compile_re(r"\b(?:which|that|who|where|when)\b")


def _off_by_product(doc: Document, low: str, a: int, verb: int) -> bool:
    """The verb at ``verb`` of "<verb> <amount> off <measure>" has the product as its subject:
    none written ("Took 20 points off my LDL", a review's dropped subject), or the clause's
    words before it end with the product's name or a word pointing back to it, a modal or an
    adverb between ("Flexora knocks …", "it can shave …"). Why: "Swapping butter for olive oil
    knocked 15 points off my LDL" is a result of the swap, not of the product."""
    lo = clause_start(low, a, verb)
    lead = low[lo:verb]
    if not re.search(r"[a-z0-9]", lead):
        return True
    tail = _SUBJECT_TAIL.search(lead)
    if tail is None:
        return False
    k = _sentence_of(doc, verb)
    s0 = lo + tail.start()
    return bool(_PRODUCT_PRONOUN.fullmatch(tail.group("s"))) or _names_product(doc, k, s0, lo + tail.end("s"))


#: The subject right before a verb: up to three words, then modals or adverbs.
_SUBJECT_TAIL = compile_re(r"(?P<s>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:(?:can|could|may|might|will|would|often|usually|typically|"
                           r"easily|also|really|even|just|has|have|had|reportedly|apparently)\s+){0,2}$")


#: "no longer" right before a verb (one adverb between).
_NO_LONGER_BEFORE = compile_re(r"\bno\s+longer\s+(?:[a-z]+ly\s+|even\s+|really\s+)?$")
#: A sentence that ends the use of the product ("after you stop taking it", "once the course
#: ends", "when you come off it"): an effect that is "no longer" there then ended with the use
#: (the aspect of Quirk et al. 1985, §8.91: "no longer" says a state held until a time), which
#: is no denial that the product has it while taken.
_ENDED_BY_STOPPING = compile_re(
    r"\b(?:(?:" + STOP_USE + r"|finish|finishes|finished|finishing)\s+(?:taking|using|it|them|the|your|their|treatment)"
    r"|(?:come|comes|came|coming)\s+off\s+(?:it|them|the|this)|off\s+(?:it|them)\b"
    r"|(?:course|treatment|therapy|doses?)\s+(?:ends?|ended|is\s+over|was\s+over|runs?\s+out|ran\s+out|stops?|stopped|finishes|finished)"
    r"|(?:effect|effects|it|they)\s+(?:wears?|wore)\s+off)(?![a-z])")
#: "neither", "nor" or "no longer" right before a verb (one adverb between).
_NEITHER_NOR_BEFORE = compile_re(r"(?:\bneither|\bnor|\bno\s+longer)\s+(?:[a-z]+ly\s+|even\s+|really\s+)?$")
#: The denied counterpart of a positive side, by claim type (or "type:aspect"), for a
#: predicate a negation reaches over coordination (``assertions.denied_over_coordination``):
#: a benefit denied is no benefit, a direction denied is no change, an allergen the product is
#: said not to contain is one it is free of. Interactions and groups have none: "do not take it
#: with X or mix it with Y" warns, so such a claim is left as read only when no negation reaches it.
_DENIED_SIDE: dict[str, dict[str, str]] = {
    "helps": {"benefit": "no_help"},
    "up": {"direction": "none"},
    "down": {"direction": "none"},
    "restricted": {"scope:allergen": "safe"},
}


def _resolve_generic(out: list[TypedClaim]) -> list[TypedClaim]:
    """A denial of benefit that names its condition only by a general word ("it does not
    shorten the illness") is about the condition a claim of the same verb named ("shortens the
    common cold"); with no such claim it is dropped."""
    if not any(c.topic == _GENERIC_TOPIC for c in out):
        return out
    kept = []
    for c in out:
        if c.type == "benefit" and c.topic == _GENERIC_TOPIC:
            cue = c.cue.lower()
            for h in out:
                verb = re.match(r"[a-z]{4,}", h.cue.lower()) if h.type == "benefit" and h.side == "helps" else None
                if verb and h.topic != _GENERIC_TOPIC and re.search(rf"\b{re.escape(verb.group()[:5])}", cue) \
                        and (h.subject == c.subject or same_name(h.subject, c.subject)):
                    c.topic = h.topic
                    break
            else:
                continue
        kept.append(c)
    return kept


#: A course word used as an adjective of a disease ("relapsed ovarian cancer", "recurrent
#: migraine") after the words that give people their disease ("women with", "who have"):
#: the course of what they have, not of a product's results.
_DISEASE_COURSE = compile_re(r"(?:relapsed|relapsing|recurrent|recurring|returning)\s+(?!to\b|after\b|within\b|when\b)[a-z]")
_HAS_DISEASE = compile_re(r"\b(?:with|who\s+have|who\s+had|has|have|had|of|for|treat(?:s|ed|ing)?)\s+(?:(?:a|an|the|their|her|his)\s+)?$")


#: After "is used in", "is listed among": the product or what it is made of ("it", "its
#: ingredients", "the manufacture of the tablets").
_WHAT_IT_IS_IN = compile_re(r"\s*(?:(?:the\s+)?(?:manufacture|making|production|recipe|formula)\s+of\s+)?(?:it|its|this|these|them|"
                            r"(?:the|its|their|our|this)\s+(?:[\w-]+\s+)?(?:ingredients|product|tablets?|capsules?|"
                            r"formula|recipe|device|cream|gel|spray|pills?|supplement|powder|vaccine)|ingredients)\b")


#: Between "is used in" and the product's name: nothing but what it is made of ("the
#: manufacture of", "the ingredients of") and a determiner.
_OF_THE_PRODUCT = compile_re(r"\s*(?:(?:the\s+)?(?:manufacture|making|production|recipe|formula|ingredients|"
                             r"ingredient\s+list)\s+of\s+)?(?:the\s+|our\s+|its\s+|their\s+|each\s+)?")


def _is_measure(name: str, topic: frozenset[str]) -> bool:
    """``name`` is the measure a direction claim is about ("testosterone" in "testosterone
    levels go up"), not an agent that moves it."""
    words = set(re.findall(r"[a-z0-9-]+", name.removeprefix("other:"))) - {"levels", "level"}
    return bool(words) and any(words <= set(q.split("_")) for q in topic)


#: Between a measure's change and the intervention named after it, the adjunct that makes
#: the intervention its agent ("… in people who take X", "… with X", "… is reduced by X",
#: "… after taking X"), after at most two words ("climbs higher in people taking X").
_ADJUNCT_AFTER = compile_re(
    r"\s*(?:[\w-]+\s+){0,2}?(?:(?:in|among|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:people|patients|users|men|women|adults|"
    r"those|children|volunteers|participants)\s+(?:who\s+(?:take|took|use|used|are\s+on|were\s+on|are\s+taking|"
    r"were\s+taking|were\s+given|get|got|receive|received)|taking|using|on|given|treated\s+with|receiving)|"
    r"(?:in|among)\s+(?:[\w-]+\s+)?users\s+of|with\s+(?:[\w-]+\s+)?use\s+of|with|by|on|"
    r"after\s+(?:taking|using|starting|a\s+dose\s+of)|when\s+(?:taking|using|on)|once\s+(?:on|taking))\s+"
    r"(?:the\s+|their\s+|a\s+|an\s+)?$")
#: Before the change, the same adjunct fronted ("Thanks to X, …", "With X, …", "On X, …").
_ADJUNCT_BEFORE = compile_re(r"(?:^|[,;:]\s*|\b)(?:thanks\s+to|with|on|after\s+(?:taking|starting|using)|since\s+"
                             r"(?:taking|starting|using)|once\s+on|because\s+of)\s+(?:the\s+)?$")
#: The change said of everyone, whatever they take: no claim about the product.
_NOT_ATTRIBUTED = compile_re(r"\b(?:whether\s+or\s+not|regardless\s+of|as\s+(?:it\s+(?:does|did)\s+)?in\s+(?:everyone|"
                             r"anyone|other\s+people|people\s+who)|in\s+those\s+who\s+(?:are|do|did|were)\s+not|"
                             r"(?:and|or)\s+(?:in\s+)?(?:those|people)\s+(?:not|who\s+(?:are|do|did|were)\s+not)|"
                             r"even\s+(?:in\s+people\s+)?(?:not|without)|in\s+everyone)\b")


def _outcome_agent(doc: Document, claim: TypedClaim, low: str, a: int, b: int) -> str | None:
    """The intervention a change said with the measure as its subject is given to: named in
    its adjunct after it or fronted before it, "" for "it" or "they" there (the product the
    article is about), None when the sentence gives the change to no intervention or to a
    circumstance that is none ("rises with age", "after a sugary drink, whether or not …")."""
    if _NOT_ATTRIBUTED.search(low, a, b):
        return None
    named = [(p, n) for p, n in sentence_subjects_named(doc, claim.sentence) if not _not_agent(n, claim, low)]
    after = next(((p, n) for p, n in named if p >= claim.end), None)
    stop = after[0] if after else b
    if _data().not_interventions.search(low, claim.end, stop):
        return None  # "cholesterol tends to rise with age"
    # (a name found with words of the clause in front, "who took X", is tried at each word)
    if after and any(_ADJUNCT_AFTER.fullmatch(low, claim.end, q) for q in
                     (after[0], *(after[0] + w.end() for w in re.finditer(r"\s+", after[1])))):
        return after[1]
    before = [(p, n) for p, n in named if p < claim.start]
    if before:
        p, n = before[-1]
        if _ADJUNCT_BEFORE.search(low[max(a, p - 30):p]):
            return n
    users = _USERS.search(low, a, b)
    if users:
        # the sentence names the people who got it ("In people who take X for a month, blood
        # pressure rises", "Volunteers saw their blood pressure climb … on X"): the change is
        # given to the intervention named from there on
        pick = next((n for p, n in named if p >= users.start()), None)
        if pick:
            return pick
    if re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:in|among)\s+(?:\w+\s+)?(?:people|patients|users)\s+(?:who\s+(?:take|use)|taking|using|on)\s+"
                r"(?:it|them|this|these)\b", low[claim.end:b]) or re.search(r"\b(?:thanks\s+to|with|on)\s+(?:it|them)\s*,\s*$", low[a:claim.start]):
        return ""
    if not named:
        return ""  # no intervention identified in the sentence: judged as before (whose, below)
    return None


def _caused_by_other(doc: Document, claim: TypedClaim) -> bool:
    """Something other than the claim's product brings about the harm or change the typed
    claim ``claim`` reads (``assertions.causer``: a relative clause on another antecedent,
    the product's absence, a combination, too much of another thing, another subject of the
    causing verb). Read for the claims that say what the product does to people: a change of
    a measure (not one whose measure is the subject, read by ``_outcome_agent``), a limit and a
    group's harm; the cue of the last two ends at its verb, so only the words up to there are read."""
    if claim.type == "direction" and claim.aspect != "outcome" and claim.side in ("up", "down"):
        start, end = claim.start, claim.end
    elif (claim.type, claim.side) in (("dose", "limit"), ("scope", "restricted")):
        start = end = claim.end
        if claim.type == "scope" and _part_of_other(doc, claim):
            return True  # "In people with a pacemaker, the magnets in an MRI scanner can …": another thing's part
    else:
        return False
    return causer(doc, claim.sentence, start, end, claim.subject if claim.subject not in ("", "*") else None).who == "other"


#: After a group's warning, the subject of the harm's clause up to its modal ("In people with a
#: pacemaker, the strong magnets in the dock can …").
_HARM_SUBJECT = compile_re(_claims_file()["frames"]["harm_subject"])


def _part_of_other(doc: Document, claim: TypedClaim) -> bool:
    """The harm after a group's warning is caused by a part of another thing than the
    product, by the page's words (``interventions.part_owner``)."""
    from lint_rules.analysis.interventions import part_owner

    s = doc.sentences[claim.sentence]
    m = _HARM_SUBJECT.match(doc.text.lower(), claim.end, s.end)
    return m is not None and part_owner(doc, m.group("np")) == "other"


def _not_agent(name: str, claim: TypedClaim, low: str) -> bool:
    """``name`` cannot be the agent of the direction claim ``claim``: it is the measure
    that moves, or the claim's own words."""
    return _is_measure(name, claim.topic) or bool(name and name in low[claim.start:claim.end])


def _returning_condition(doc: Document, low: str, lo: int, start: int) -> bool:
    """What is said not to return (the words right before ``start``, in its clause) is an
    effect or a condition: one the lexicon names, or a general word for one ("symptoms",
    "attacks", "it")."""
    from lint_rules.analysis.mentions import mentions

    if _data().return_subjects.search(low, max(lo, start - 20), start):
        return True
    return any(m.kind != "organ" and lo <= m.start and start - 25 <= m.end <= start for m in mentions(doc))


def _product_outside(doc: Document, low: str, a: int, b: int, t: int) -> bool:
    """Sentence ``[a, b)`` refers to a product (named, "it", "them", "this", a product form
    word, a name after a determiner) outside its allergy, the words from ``t`` to the clause's end ("allergic to
    peanuts and tree nuts")."""
    from lint_rules.analysis.interventions import refers_to_product

    t = t if t >= a else b
    stop = re.search(r"[,;:]|\s(?:avoid|skip|steer|stay|keep|don't|do\s+not|never|give|pass)\b", low[t:b])
    t_end = t + stop.start() if stop else b
    outside = low[a:t] + " # " + low[t_end:b]
    if refers_to_product(outside) or re.search(r"(?<![a-z])(?:them|this|these)(?![a-z])", outside):
        return True
    if re.search(r"\b(?:the|this|these|our|your)\s+(?:[a-z-]+\s+)?[A-Z][a-z]", doc.text[a:t] + " # " + doc.text[t_end:b]):
        return True  # a name after a determiner: "avoid the Glovia gloves"
    return any(not t <= p < t_end for p, _ in sentence_subjects_named(doc, _sentence_of(doc, a)))


#: A verb of avoiding, its object (up to three words) and a condition of who you are
#: ("avoid it during pregnancy", "do not take Calmex if you are pregnant"; [scope] restricted).
_AVOIDED_OBJECT = compile_re(r"(?:avoid|do\s+not\s+use|don't\s+use|do\s+not\s+take|don't\s+take|stop\s+using|stop\s+taking)"
                             r"\s+(?P<obj>(?:[\w'-]+\s+){0,3}?)(?:if|when|while|during|in)\s")


def _avoided_is_product(doc: Document, low: str, start: int) -> bool:
    """A restriction read at ``start`` that avoids something ("avoid … in pregnancy")
    avoids the product: no object ("avoid if pregnant"), "it", "this", "them", a product
    form or a definite head word ("the tablets"), or a name the sentence gives; not
    "Avoid alcohol in pregnancy". Any other restriction passes."""
    from lint_rules.analysis.interventions import refers_to_product

    m = _AVOIDED_OBJECT.match(low, start)
    if m is None or not m.group("obj").strip():
        return True
    obj = m.group("obj")
    if re.match(r"(?:it|this|them|these|those)\b", obj) or refers_to_product(obj):
        return True
    lo, hi = m.start("obj"), m.end("obj")
    return any(lo <= p < hi for p, _ in sentence_subjects_named(doc, _sentence_of(doc, start)))


def _product_before(doc: Document, low: str, a: int, start: int) -> bool:
    """The sentence names a product (or refers back to one: "it", "this serum", "the
    tablets", a product form word) in ``[a, start)``."""
    from lint_rules.analysis.interventions import refers_to_product

    if refers_to_product(low[a:start]):
        return True
    return any(p < start for p, _ in sentence_subjects_named(doc, _sentence_of(doc, start)))


def sentence_subjects_named(doc: Document, i: int) -> list[tuple[int, str]]:
    """(offset, name) of every intervention sentence ``i`` names, objects included."""
    from lint_rules.analysis.interventions import sentence_subjects

    return sentence_subjects(doc).spans_named(i)


def _dose_phrase_named(doc: Document, i: int, name: str) -> bool:
    """The intervention name ``name`` sentence ``i`` gives holds an amount's number
    (``amounts``): "never exceed four capsules", "two cups": a dose, not a product."""
    spans = [(p, p + len(n)) for p, n in sentence_subjects_named(doc, i) if n == name]
    return bool(name) and any(p0 <= am.number_start < p1 for p0, p1 in spans for am in amounts_in(doc, i))


_STOP_VERB = compile_re(r"\s*(?:" + STOP_USE + r"|halt|halts|halted)\s+"
                        r"(?:(?:taking|using|wearing|having|eating|drinking|their|the|his|her|your)\s+)*")


def _stops_intervention(doc: Document, low: str, start: int, end: int) -> bool:
    """The benefit cue at ``[start, end)`` is "stop" with an intervention as its object
    ("people stop metformin", "stopped taking the tablets"): someone quits the product, which
    stops no condition. The object is an intervention the interventions analysis places there."""
    from lint_rules.analysis.interventions import sentence_subjects

    verb = _STOP_VERB.match(low, start, end)
    if verb is None:
        return False
    k = bisect.bisect_right([x.start for x in doc.sentences], start) - 1
    if k < 0:
        return False
    if re.match(r"(?:it|them|treatment|therapy|the\s+(?:drug|medicine|medication|tablets?|pills?|supplement|treatment))\b",
                low[verb.end():end]):
        return True
    return any(verb.end() <= p < end for p, _ in sentence_subjects(doc).placed[k])


def _earlier_subject(doc: Document, i: int) -> str:
    """What the sentence before sentence ``i`` is about (the interventions analysis), unless
    that too is only an amount's words."""
    from lint_rules.analysis.interventions import sentence_subjects

    if i <= 0:
        return ""
    name = sentence_subjects(doc).subjects[i - 1]
    return "" if _dose_phrase_named(doc, i - 1, name) else name


@functools.cache
def _untitled_list() -> re.Pattern[str]:
    """What may stand before an untitled ingredient list's title in its sentence ([allergen]
    untitled_list_lead): "The non-medicinal", "Other"; not a name ("Kidzo Omega ingredients:")."""
    return compile_re(_claims_file()["allergen"]["untitled_list_lead"])


def _untitled(doc: Document, low: str, i: int, start: int) -> bool:
    """The ingredient list at ``start`` of sentence ``i`` has no name in its title: only the
    untitled lead before it ("The non-medicinal ingredients are …"), after a fronted phrase with no
    capitalised word but its first ("Looking at the box, the non-medicinal ingredients are …"; not
    "For Kidzo Omega, the ingredients are …")."""
    s0 = doc.sentences[i].start
    if _untitled_list().fullmatch(low, s0, start):
        return True
    comma = low.rfind(",", s0, start)
    return comma >= 0 and bool(_untitled_list().fullmatch(low, comma + 1, start)) \
        and not re.search(r"(?<=\s)[A-Z]", doc.text[s0:comma].strip())


def _list_owner(doc: Document, i: int, items: str, subject: str) -> str:
    """The product an untitled ingredient list in sentence ``i`` belongs to when the article has
    no main product and the list's ``subject`` was read from one of its own ``items``: the
    nearest sentence before it that is about a product that is none of the items ("Sunvita D
    tablets are lactose-free. … The non-medicinal ingredients are lactose monohydrate,
    cellulose and magnesium stearate": Sunvita's list, not magnesium's); "" when none is, or
    when the subject is no item (it stays)."""
    from lint_rules.analysis.interventions import sentence_subjects

    if not subject or subject not in items:
        return ""
    subjects = sentence_subjects(doc).subjects
    for x in range(i - 1, max(-1, i - 8), -1):
        name = subjects[x]
        if name and name not in items and not _dose_phrase_named(doc, x, name):
            return name
    return ""


def _main_intervention(doc: Document) -> str:
    from lint_rules.analysis.interventions import sentence_subjects

    return sentence_subjects(doc).main


# A place or an occasion after an allergen compound ("a nut-safe school", "a nut-free classroom",
# "a gluten-free kitchen"): the compound sets a rule of the place, it promises nothing of a
# product: the places of ``[allergen] places_after`` and ``places`` (``_Data.place_after``,
# ``_Data.place_before``).

#: An ingredient marked free of its own allergen ("gluten-free oats", "dairy-free chocolate") and
#: the compound itself: what it names is not in the product (the label's "free from" mark).
_MARKED_FREE = compile_re(r"\b(?P<x>[\w]+)[- ](?:free|safe)\b(?:\s+(?P<n>[\w-]+))?")

#: Where an ingredient list ends: what is used in place of something names what is not in it
#: ("a blend of rice and tapioca flours instead of wheat").
_LIST_END = compile_re(r"\s(?:instead\s+of|rather\s+than|in\s+place\s+of|in\s+lieu\s+of|as\s+opposed\s+to|but\s+not|not)\s")

#: The same title said with a possessive ("a typical generic iron tablet's ingredients are …",
#: "Zanta's inactive ingredients:"): X is the product the list belongs to.
_LIST_OWNER = compile_re(r"(?:^|[.;:]\s*|\b(?:a|an|the|our|this|these|each|every)\s+)(?P<x>(?:[\w-]+\s+){0,4}?[\w-]+)(?:'s|’s|s')\s+"
                         r"(?:(?:inactive|other|active|non-medicinal)\s+)?(?=(?:ingredients?|excipients?)\b[^.;]{0,3}$|$)")
#: A titled ingredient list ("Ingredients in X:", "the ingredients of X are"): X is the product
#: the list belongs to.
_LIST_TITLE = compile_re(r"(?:ingredients?|excipients?)\s+(?:in|of|for)\s+(?P<x>[^.;:]{1,40}?)\s*(?::|\s(?:include|includes|included|are|is)\s)")

# Who makes a product ("the bakery") and a subject of things in general ("most loaves") are
# ``[allergen] makers`` and ``generic_subject`` (``_Data.maker``, ``_Data.generic_subject``).

#: The blend frame ("uses a blend of") and the base frame ("is built on a base of"): its
#: subject must be the product, not its maker or another thing built on a base ("my favourite
#: cheesecake is built on a base of crushed almonds"). A variant of the product named by "one"
#: ("The caramel one is built on …") is the range's member, so the product's; not another's
#: ("the cheaper ones", "the old one"). Both from ``[allergen] blend_frame``, ``variant_one``.
@functools.cache
def _blend() -> re.Pattern[str]:
    return compile_re(_claims_file()["allergen"]["blend_frame"])


@functools.cache
def _list_other_group() -> re.Pattern[str]:
    return compile_re(_claims_file()["allergen"]["list_other_group"])


@functools.cache
def _variant_one() -> re.Pattern[str]:
    return compile_re(_claims_file()["allergen"]["variant_one"])


def _variant_named(doc: Document, subject: str) -> bool:
    """The "X" of a variant subject "the X one" is named on the page as one of the product's
    flavours or variants ("three flavours: cocoa, lemon and caramel", "caramel flavour", "Crunchwell
    caramel"): "one" stands for the product, not for another thing the page lists ("two serving
    ideas: a berry pot and a chocolate pot" ... "The chocolate one")."""
    got = re.match(r"\s*[\w-]+\s+((?:[\w-]+\s+){0,1}[\w-]+)\s+ones?\b", subject)
    if got is None:
        return False
    x = re.escape(got.group(1))
    low = doc.text.lower()
    kinds = _VARIANT_KINDS
    if re.search(rf"\b{kinds}\b[^.]{{0,60}}?(?<![\w-]){x}(?![\w-])|(?<![\w-]){x}(?:\s+and\s+[\w-]+)?\s+{kinds}\b", low):
        return True
    main = _main_intervention(doc)
    return bool(main) and bool(re.search(rf"(?<![\w-]){re.escape(main)}\s+{x}(?![\w-])|(?<![\w-]){x}\s+{re.escape(main)}(?![\w-])", low))


def _strip_marked_free(text: str) -> str:
    """``text`` without the allergen compounds ("gluten-free") and the ingredient each marks
    when that ingredient is of the compound's allergen ("gluten-free oats"; not "gluten-free soy
    sauce", whose soy stays)."""
    def repl(m: re.Match[str]) -> str:
        own = _allergens(m.group("x"))
        if m.group("n") and own and _allergens(m.group("n")) <= own:
            return " "
        return " " + (m.group("n") or "")
    return _MARKED_FREE.sub(repl, text)


def _own_ingredients(text: str) -> str:
    """What a contains reading's list ``text`` says is in the product: the list up to what is used
    instead ("a blend of rice and tapioca flours instead of wheat"), without the ingredients
    marked free of their allergen ("made with gluten-free oats")."""
    cut = _LIST_END.search(" " + text + " ")
    if cut:
        text = text[:max(0, cut.start() - 1)]
    return _strip_marked_free(text)


def _contains_subject_ok(doc: Document, low: str, a: int, start: int, end: int) -> bool:
    """A contains reading is the product's: a list titled with another product ("Ingredients in
    the rival bar, Crunchmax:", "Ingredients in most protein bars:") is not; a blend's subject is
    the product (not "the bakery uses a blend of … for it"); a subject named by the allergen
    itself ("the fish cakes contain haddock") is a product defined by that allergen, another one
    than the product of the same kind the page claims free ("our vegetable cakes are fish-free");
    not when the page claims that very product free ("the fish fingers are fish-free") or names
    no other of its kind."""
    title = _LIST_TITLE.match(low, start)
    titled = title or _LIST_OWNER.search(low, max(a, start - 80), start)
    if titled is not None:
        x = re.sub(r"^(?:the|our|this|these)\s+", "", titled.group("x").strip())
        main = _main_intervention(doc)
        if _data().generic_subject.match(x) or not (re.fullmatch(r"(?:it|this|these|them|its|each\s+[\w-]+|the\s+product)", x)
                or (main and same_name(x, main)) or _free_said_of(doc, x)):
            return False
    clause = max(low.rfind(":", a, start), low.rfind(";", a, start), a - 1) + 1
    subject = low[clause:start]
    if _blend().match(low, start):
        # the blend's subject named is the page's product (its title words, or a name the page
        # claims free: "Loafly uses a blend of …"), not any capitalised word: another product
        # ("its closest rival, Fitmax, uses a blend of whey"), a sentence-opening word, or the
        # thing "Unlike X, which uses …" sets against it
        page_words = page_title_words(doc)
        named_thing = (any(w.group().lower() in page_words or _free_said_of(doc, w.group().lower())
                           for w in CAPITALISED_WORD.finditer(doc.text, clause, start))
                       and not _data().maker.search(subject) and not re.search(r"\bunlike\b", subject))
        if _data().generic_subject.match(subject) or not (
                re.fullmatch(r"\s*(?:we|i)\s*", subject) or named_thing or _product_before(doc, low, clause, start)
                or (_variant_one().fullmatch(subject) and _variant_named(doc, subject))):
            return False  # "the bakery uses a blend of wheat and rye flours for it": the maker's, for another loaf
    if not re.match(r"\s*(?:ingredients?|excipients?|inactive)\b", low[start:end]) and _data().generic_subject.match(subject) \
            and not main_named_between(doc, _sentence_of(doc, start), clause, start):
        return False  # "Many granola bars contain almonds", "Most perfumes contain linalool": things in
        # general, no one product (allergy20; the class-warning hard negative)
    listed = _allergens(_own_ingredients(low[start:end]))
    data = _data()
    named = _strip_marked_free(subject)
    for m in data.allergen_words.finditer(named):
        if _allergens(m.group()) & listed:
            head = re.match(r"[\w-]+\s+([\w-]+)", named[m.start():])  # the allergen and its head noun
            if head and _free_said_of(doc, head.group(1)) and not _free_said_of(doc, head.group()):
                return False  # "Marina's fish cakes contain haddock" … "our vegetable cakes are fish-free"
    return True


#: A free claim's mark in a sentence ("nut-free", "free from", "suitable for").
_FREE_MARK = compile_re(r"[- ](?:free|safe)\b|\bfree\s+(?:of|from)\b|\bsuitable\s+for\b|\bcontains?\s+no\b|\bmade\s+without\b")


def _before_free_marks(doc: Document) -> tuple[str, ...]:
    """Each sentence's lower-cased words before its first free claim's mark, for the sentences
    that have one (once per document: ``_free_said_of`` is asked per claim)."""
    out = []
    for s in doc.sentences:
        t = doc.text[s.start:s.end].lower()
        mark = _FREE_MARK.search(t)
        if mark:
            out.append(t[:mark.start()])
    return tuple(out)


def _free_said_of(doc: Document, phrase: str) -> bool:
    """Some sentence of the page says ``phrase`` (a product's name, lower case) before a free
    claim's mark: the page claims that product free ("Nuvo spread is nut-free")."""
    phrase = phrase.strip()
    if not phrase:
        return False
    for before in doc.analysis("typed-claims.free-marked", _before_free_marks):
        if re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", before):
            return True
    return False


#: A clause that opens with the use of something as its subject ("Evening screen use lowers
#: …", "Sun exposure raises …", "Heavy alcohol intake can …"): the words before the noun of use.
#: (Named apart from the lasting reader's ``_USE_SUBJECT``, the product's own use: one name for
#: both made this gate read the other's pattern.) What was used may follow as "of <thing>"
#: ("Daytime use of Velmora raises …"): then that thing decides, never "of" as the verb.
_OTHER_USE_SUBJECT = compile_re(_claims_file()["frames"]["other_use_subject"])


def _other_use_subject(doc: Document, low: str, lo: int, start: int) -> bool:
    """The clause's subject is the use of another thing: a noun of use ("use", "exposure",
    "intake") after modifiers that name something (not only the product's "regular", "daily",
    "long-term": ``context_cues.toml`` [subject] generic) and not the product. Why: such a
    subject is no reference to the product, as "smoking" is none (``not_interventions``);
    read as the article's product, "screen use lowers melatonin" denied its own claim."""
    m = _OTHER_USE_SUBJECT.match(low, lo, start)
    if m is None:
        return False
    k = _sentence_of(doc, lo)
    if k < 0:
        return False
    if m.group("of") is not None:  # "Daytime use of Velmora …": the thing used decides
        return not main_named_between(doc, k, m.start("of"), m.end("of")) \
            and not _PRODUCT_PRONOUN.search(low, m.start("of"), m.end("of"))
    generic = _use_generic()
    words = re.findall(r"[a-z][\w'’-]*", m.group("mods"))
    if all(w in generic for w in words):
        return False  # "regular use", "long-term use": the product's
    return not main_named_between(doc, k, m.start("mods"), m.end("mods")) \
        and not _PRODUCT_PRONOUN.search(low, m.start("mods"), m.end("mods"))


@functools.lru_cache(maxsize=1)
def _use_generic() -> frozenset[str]:
    return frozenset(read_toml("context_cues.toml")["subject"]["generic"])


def _make(doc: Document, kind: str, side: str, low: str, a: int, b: int, lo: int, hi: int, start: int,
          end: int, topic: str | None) -> TypedClaim | None:
    data = _data()
    result = _RESULT_CLAUSE.search(low, start, end) if kind == "benefit" else None
    if result:  # "reduces stiffness so you can get moving": the purpose clause is not the
        # claim's topic, and its "can" no hedge of the claim
        if topic is not None:
            topic = topic[:max(0, len(topic) - (end - result.start()))]
        end = result.start()
    hedged = clause_hedged(doc, start, end, soft=kind in ("benefit", "direction"), until=end if result else None)
    if hedged and kind == "interaction" and side == "none" and (rel := _PERSON_MODAL_AFTER.match(low, end)):
        # "plays nicely with any medication you may already be on": the modal is the relative
        # clause's (the reader's own use), no hedge of the promise (side19)
        hedged = clause_hedged(doc, start, end, until=rel.start())
    if kind == "course" and side == "lasting" and not hedged:
        # "results may last for years": a modal inside the cue's own words hedges the promise, which
        # "the effects may wear off" agrees with (side19)
        hedged = any(_MODAL_BEFORE.search(low, start, start + sp.end()) for sp in re.finditer(r"\s+", low[start:end]))
    # "relieved by X in most users": hedged as written (a share, not everyone), yet the
    # benefit's own claim, which a failure with no group contradicts
    majority = hedged and kind == "benefit" and side == "helps" and not clause_hedged(
        doc, start, end, soft=True, until=end if result else None, majority=True)
    if kind == "interaction" and side == "none" and _FORBIDDEN_BEFORE.search(low, max(a, start - 25), start):
        return None  # "Do not take it with any other medicines": a warning, not a promise
    if kind == "interaction" and side == "none" and _NO_NEED.match(low, start) \
            and not (_names_recurring_product(doc, _sentence_of(doc, start), a, b) or _it_product().search(low, a, b)):
        return None  # "With the app, there's no need to check your other prescriptions": a service's, no product's
    if kind in ("benefit", "direction"):
        for m in data.not_interventions.finditer(low, lo, start):
            if m.group() == "drinking" and re.match(r"\s+(?!alcohol|wine|beer|spirits|heavily|too)[a-z]", low[m.end():m.end() + 12]):
                continue  # "drinking Greenvita every day": the product, taken
            if not re.search(r"\b(?:with|of|in|have|has|had|without|among)\s+$", low[max(lo, m.start() - 10):m.start()]):
                return None  # "smoking increases inflammation": said of a cause that is no product
        if kind == "direction" and _condition_subject(doc, low, a, start):
            return None  # "flu itself can cause exhaustion", "people with hay fever feel tired": the condition's
        if _other_use_subject(doc, low, lo, start):
            return None  # "Evening screen use lowers teenagers' melatonin": another thing's use
    base: dict[str, Any] = {"start": start, "end": end, "sentence": -1, "subject": "",
                            "hedged": hedged, "majority": majority}
    if kind == "dose":
        if side == "limit" and re.search(r"(?:can't|cannot|won't|can\s+not)\s+$", low[max(a, start - 10):start]):
            return None  # "you can't take too much" promises, it does not warn
        return TypedClaim("dose", side, **base, strength=2 if side == "limit" and "exceed" in low[start:end] else 1)
    if kind == "interaction":
        if side == "some" and data.reassured.search(low, lo, hi):
            return None  # "mixing it with other medicines poses no risk": a promise, read as one
        if side == "some" and _NEGATED_BEFORE.search(low, max(a, start - 24), start):
            return None  # "doesn't seem to clash with SSRIs": the denial, read as one
        return TypedClaim("interaction", side, **base)
    if kind == "scope":
        if side == "restricted" and re.match(r"(?:people|patients|women|men|children|those|anyone|adults)\b", low[start:end]):
            lead = low[lo:start].strip(" \"'“(")
            if len(lead) > 12 and not lead.endswith("that"):
                return None  # "a minefield for people with celiac disease who can suffer …"
        if side == "restricted" and _RESTRICT_MODAL.match(low[start:end]) \
                and not _causer_is_product(doc, low, a, start):
            return None  # "Flu can cause breathing problems in babies", "Aspirin can cause Reye's syndrome
            # in children, which is why X contains none": the harm of something else (allergy20)
        if side == "restricted" and _RESTRICT_MODAL_CAUSE.match(low[start:end]) and not _group_harm_named(doc, low, start, end):
            return None  # "can lead to better sleep in children": a benefit in a group, no harm (allergy20 review)
        if side == "restricted" and _GROUP_HARM.match(low, start, end) and not _clause_refers_to_product(doc, low, lo, hi):
            return None  # "People with kidney disease may develop kidney stones": no product in the clause (allergy20)
        if side == "restricted" and data.danger.match(low, start) and not _product_before(doc, low, a, start):
            return None  # "Flu is a major threat to people with heart disease": a danger, not the product
        if side == "restricted" and not _avoided_is_product(doc, low, start):
            return None  # "Avoid alcohol in pregnancy": something else avoided
        if side == "restricted" and data.avoided.match(low, start):
            cond = low.rfind(" if ", start, end)
            if not _product_outside(doc, low, a, b, cond if cond >= 0 else b):
                return None  # "Avoid Thai restaurants if you are allergic to peanuts": something else avoided
        text = topic if (side == "safe" and topic) else low[a:b]
        if side == "safe" and topic and re.fullmatch(r"\s*(?:all|both|each|all\s+of\s+(?:them|you)|any\s+of\s+them)\s*", topic) \
                and (colon := low.rfind(":", a, start)) > a and re.search(r"(?:all|both|each|of\s+(?:them|you))\s*$", low[colon + 1:start].split(" can")[0]):
            text = low[a:colon]  # "Kidney patients, heart patients, diabetics: all can take it": the list the quantifier takes up
        groups = _groups(text)
        if side == "safe":
            if topic and re.match(r"\s*\w+ing\b", topic):
                return None  # "safe for diagnosing pneumonia": a purpose, not a group
            if re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", low[max(a, start - 12):start]):
                return None  # "is not suitable for …": a restriction, found as one
            nobody = re.search(r"\bno\s*(?:one|body)\b", low[start:end])
            if not nobody and re.search(r"\b(?:without|not|no|healthy)\b", text[:40].split(",")[0]):
                return None  # "for adults without heart disease", "for healthy adults"
            if not groups and nobody:
                groups = frozenset({"universal"})  # "no one needs to avoid it"
            if "universal" in groups and _NEAR_UNIVERSAL.search(low, start, end):
                base["hedged"] = True  # "suitable for nearly everyone": not a promise for everyone (side19)
            if not groups:
                return None
        elif not groups:
            return None
        aspect = "allergen" if all(g.startswith("allergy:") for g in groups) else "people"
        return TypedClaim("scope", side, **base, topic=groups, aspect=aspect, strength=2)
    if kind == "allergen":
        if side == "free" and _data().free_for_others.match(low[end:end + 20]):
            return None  # "gluten-free diners", "gluten-free options": no promise about this product
        if side == "free" and ((re.search(r"[- ](?:free|safe)$", low[start:end]) and _data().place_after.match(low, end))
                               or _data().place_before.search(low, max(a, start - 60), start)):
            return None  # "a nut-safe school", "a nut-free classroom": a rule of a place, not the product's promise
        if side == "contains" and not _contains_subject_ok(doc, low, a, start, end):
            return None
        if side == "free" and re.search(r"\b(?:diets?|menus?|meals?|options|foods|eating\s+plans?)\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?$",
                                        low[max(a, start - 30):start]):
            return None  # "a diet free of gluten": what the diet leaves out, not a product's promise
        found = allergen_topic(_own_ingredients(topic or "") if side == "contains" else topic or "", side == "free")
        if not found:
            return None
        if side == "contains" and data.warned.match(low, start) and not _product_outside(doc, low, a, b, low.find(topic or "", start, end)):
            return None  # "If you're allergic to peanuts, avoid satay sauce": something else is warned off
        if side == "contains" and re.match(r"(?:is|are|was|were)\s", low[start:end]) and not (
                _WHAT_IT_IS_IN.match(low, end, b) or any(
                    _OF_THE_PRODUCT.fullmatch(low, end, p) for p, _ in sentence_subjects_named(doc, _sentence_of(doc, start))
                    if p >= end)):
            return None  # "whey is used in many sports drinks": in something else than the product
        if side == "free" and re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", low[max(a, start - 16):start]):
            return None  # "not suitable for people with nut allergy": a warning, read as one
        if side == "contains" and list_titled_other(doc, start):
            return None  # "Marivel Milk ingredients: …, soy lecithin" on the Marivel Dark page: another product's list
        warning = bool(re.search(r"\b(?:avoid|should|must|not)\b", low[start:end]))
        return TypedClaim("scope", "safe" if side == "free" else "restricted", **base,
                          topic=found, aspect="allergen", strength=2 if warning else 1)
    if kind == "course":
        if side == "lasting" and data.returns.match(low, start) and not _returning_condition(doc, low, lo, start):
            return None  # "patients who drop out cannot return", "the hair cannot grow back"
        if side == "lasting" and re.search(r"(?:\bnever|\bnot|n't)\s+(?:\w+\s+)?$", low[max(a, start - 12):start]):
            return None  # "implants don't last forever"
        if side == "lasting" and _continued_use().search(low, a, b):
            return None  # "the weight stays off as long as you keep taking it": lasts while used
        if side == "lasting" and _GIVES.match(low, start) and not _gives_product(doc, low, lo, start):
            return None  # "Surgery offers long-lasting results": another thing's result
        if side == "lasting" and (_PERMANENTLY_VERB.match(low, start) or _for_good_verb().match(low, start)) and not (
                _lasting_of_product(doc, low, a, lo, start) or _use_subject().match(low, lo, start)):
            return None  # "Surgery permanently changes the nose", "Nothing permanently rewires the brain"
        if side == "lasting" and _PERMANENTLY_VERB.match(low, start) and _FIRST_PERSON_OBJECT.match(low, start):
            return None  # "Zanta permanently stopped my migraines": one user's story, not the product's promise
        if side == "lasting" and _protected().match(low, start) and not _lasting_of_product(doc, low, a, lo, start):
            return None  # "Your records are protected for good": no product's protection
        if side == "lasting" and _PREDICATED.search(low[start:end]) and not _lasting_of_product(doc, low, a, lo, end) \
                and (_PREDICATED_STRICT.search(low[start:end]) or _other_means(low, a, b)):
            return None  # "With some lasers, the change is irreversible", "Good habits are yours for life"
        if side == "lasting" and _GRADABLE.search(low, start, end) and _SPAN.search(low, a, b):
            return None  # "results are long-lasting, typically six to nine months": a bounded span
        if side == "lasting" and _PART_OF.search(low, max(a, start - 30), start):
            return None  # "much of the weight stays off": a part kept, which a partial regain agrees with
        if side == "fading" and _minority_going_back(low, a, start):
            return None  # "only 19 of 564 had regained it", "in a few patients hair grows back": a minority's
        if side in ("fading", "reversible") and re.search(r"(?:\bnever|\bnot|n't)\s+$", low[max(a, start - 8):start]):
            return None  # "results never fade" promises the opposite (a lasting claim)
        if side == "fading" and _PASSING_HARM_BEFORE.search(low, max(a, start - 60), start):
            return None  # "the hairs shed temporarily before regrowing": the end of a passing harm, not of the results
        if side == "fading" and _DISEASE_COURSE.match(low, start, b) and _HAS_DISEASE.search(low, max(a, start - 30), start):
            return None  # "women with relapsed ovarian cancer": the course of the disease the group has
        if side == "fading" and _GOING_AWAY_OR_STOPPING.search(low, start, end) is not None \
                and _harm_named_before(doc, a, start) and _from_starting().match(low, end):
            return None  # "Itching stops within a day of starting it": the symptom relieved, no course
        harm = bool(data.harm_words.search(low, a, b)) or (
            side == "fading" and _GOING_AWAY.search(low, start, end) is not None and _harm_named_before(doc, a, start))
        if side in ("reversible", "permanent") and not harm:
            return None  # "stretch marks are permanent": no harm of a product named
        lasting = side in ("lasting", "permanent")
        if side in ("reversible", "permanent") and not harm:
            side_kind = "results"
        else:
            side_kind = "harm" if harm else "results"
        return TypedClaim("course", "lasting" if lasting else "passing", **base,
                          aspect=side_kind, absolute=side == "reversible")
    if kind == "benefit":
        window = re.sub(r"[\"“”‘’]", " ", low[max(a, start - 40):start])
        if side == "helps" and (data.not_helps.search(window) or quoted_at(doc, start)) \
                and not _which_of_product(doc, low, a, start):
            return None
        if side == "helps" and _NOT_PROVEN.search(low, a, start):
            return None  # "the findings don't prove that statins ward off cancer": not asserted
        if side == "no_help":
            more = _NO_MORE_THAN.search(low, start, min(b, end + 40))
            if more and more.start() < end and re.match(r"(?:just|every\s+bit|exactly)\s+as\s", low[start:end]):
                more = None  # "my knees ache just as much as before": the denial's own words, no comparison
            if more and not _PLACEBO_AFTER.match(low, more.end()):
                return None  # "doesn't reduce death rates any more than running slowly": a comparison
                # (not "any more than dummy tablets": no better than placebo is no benefit)
            if _OTHER_STUDIES.search(low, max(a, start - 60), start):
                return None  # "studies in which stem cells failed to heal hearts": other research
            if re.match(r"\s*(?:do\s+not|don't)\b", low[start:end]) and not low[max(a, start - 3):start].strip():
                return None  # "Do not stop taking it": an instruction
            if _MODAL_BEFORE.search(low, max(a, start - 8), start):
                return None  # "may not relieve it in everyone": a hedged denial, no claim that it fails
            if _TOO_LITTLE.search(low, lo, start):
                return None  # "too little warfarin fails to prevent blood clots": the amount's failure (side19)
            if re.match(r"\s*(?:as\s+much|as\s+well|as\s+many|as\s+quickly)\b", low[end:end + 20]):
                return None  # "did not improve as much": a comparison
        if side == "helps" and re.match(_frames()["raised_chance"], low[start:end]) and not (
                _lasting_of_product(doc, low, a, lo, start) or _use_subject().match(low, lo, start)
                or (re.fullmatch(r"\W*([a-z][\w-]*)\s+(?:(?:can|may|also|often)\s+)*", low[lo:start]) is not None
                    and low[lo:start].split()[0].strip("\"'“") in _title_words(doc))):
            return None  # "Starting physio early raises the chance of recovery": another thing's (lex16b)
        if side == "no_help" and re.search(_frames()["own_start_timing"], low[a:b]):
            return None  # "in a trial where people started it on day three, it made no difference" (lex16b)
        if side == "helps" and _stops_intervention(doc, low, start, end):
            return None  # "diarrhoea is among the reasons people stop metformin": quitting it, no benefit
        if side == "helps" and re.match(r"\s*(?:to\s+)?(?:detect|diagnose|find|identify|spot|screen|predict|measure|monitor|track|test)\b", topic or ""):
            return None  # "helps detect cancers": a test's job, not a treatment's benefit
        if side == "no_help" and _POPULATION.match(low, a, start):
            return None  # "For young adults, glucose did not improve memory": one group
        words = _topic_words(topic or "")
        if words and words <= _data().people_topic:
            return None  # "patients were helped by …": people, not a condition
        general = _GENERIC.match(topic or "") if side == "no_help" else None
        if general and not _topic_words((topic or "")[general.end():]):
            words = _GENERIC_TOPIC  # "does not shorten the illness": the condition named elsewhere
        if not words:
            return None
        return TypedClaim("benefit", side, **base, topic=words, aspect=_benefit_aim(low[start:end], side))
    if kind == "direction":
        return _direction(doc, side, low, a, b, start, end, topic or "", base)
    return None


_PRODUCT_WORD = compile_re(r"\b(?:it|they|this|these|them|its|taking|using|takes|took|uses|used)\b")


def _condition_subject(doc: Document, low: str, lo: int, start: int) -> bool:
    """The clause before a change names a condition (a concept the index knows) and no product:
    no name of an intervention, no pronoun for it, no taking it. Its symptoms and changes are
    the condition's ("flu itself can cause exhaustion", "people with hay fever feel tired")."""
    from lint_rules.analysis.concepts import get_lexicon

    region = low[lo:start]
    if not region.strip() or _PRODUCT_WORD.search(region):
        return False
    people = reader_data().people
    if any(not people.fullmatch(m.group().lower()) for m in re.finditer(r"(?<=[a-z,;:)] )[A-Z][\w-]*", doc.text[lo:start])):
        return False  # a name after the sentence's first word may be the product ("… reported that OsteoStep …")
    k = _sentence_of(doc, start)
    if k >= 0 and names_before(doc, k, start):
        return False
    # the condition opens the clause: its subject, within its first four words
    first = " ".join(region.split()[:4])
    return any(kind == "finding" for _, _, _, kind in get_lexicon().match(first))


#: A fading cue that says something goes away (not that it comes back: "the pain creeps back"
#: is the condition returning, the result's course).
_GOING_AWAY = compile_re(r"\b(?:wears?|wore|worn|wearing)\s+off\b|\b(?:fad|disappear|vanish|subsid)\w*|\b(?:go|goes|went|gone|going)\s+away\b"
                         r"|\bebb")
#: The same with stopping and waning, for a symptom that goes away counted from the start of the
#: product ("Itching stops within a day of starting it"); not a harm's course in general ("the
#: improvement stops within weeks once you finish" is the result's course)
_GOING_AWAY_OR_STOPPING = compile_re(_GOING_AWAY.pattern + r"|\bstop(?:s|ped)?\b|\bwan(?:e|es|ed|ing)\b")

#: "no need to check your other medicines" (the [interaction] none pattern): the product must be
#: named in its sentence or pointed back to ("it", "this medicine"), else it is a service's promise.
_NO_NEED = compile_re(r"(?:no\s+need|(?:don't|do\s+not|won't|will\s+not)\s+need|never\s+need)\s+to\s+(?!(?:check|ask)\s+(?:with\s+)?(?:a|your)\s+(?:pharmacist|doctor|gp)\b)")
@functools.cache
def _it_product() -> re.Pattern[str]:
    nouns = _phrases(list(_claims_file()["interaction"]["lexicon"]["product_nouns"]))
    return compile_re(r"\b(?:it|this\s+(?:" + nouns + r"))\b(?!['’]s)")

def _names_recurring_product(doc: Document, i: int, p0: int, p1: int) -> bool:
    """``_names_product``, and where the analysis finds no main intervention, the capitalised
    name must be named again in another sentence (the passage is about it): "With the Medbox app,
    there's no need to check …" names an app once, "With Zelvan, … Zelvan can double …" the
    product the page is about."""
    if not _names_product(doc, i, p0, p1):
        return False
    if main_named_between(doc, i, p0, p1):
        return True
    names = {r.group() for r in CAPITALISED_WORD.finditer(doc.text, p0, p1) if r.start() != doc.sentences[i].start}
    return any(r.group() in names for k, s in enumerate(doc.sentences) if k != i
               for r in CAPITALISED_WORD.finditer(doc.text, s.start, s.end))


#: Another drug's level as the subject of its change ("tacrolimus exposure rose fourfold"): the
#: product must be named in the sentence as what it was given with.
_LEVEL_AS_SUBJECT = compile_re(r"[a-z][\w-]*\s+(?:blood\s+|plasma\s+|serum\s+)?(?:levels|concentrations?|exposure|auc)\s+(?!of\b|in\b)")
_WITH_PRODUCT_PRONOUN = compile_re(r"\b(?:with|on|alongside|taking|plus)\s+(?:it|them|this\s+(?:drug|medicine|tablet))\b")

#: An ingredient list's title (the FDA Structured Product Labeling section names "Ingredients",
#: "Inactive ingredients", "Excipients"), with the product it names, if any ("Ingredients in X:";
#: "per tablet", "per serving" name none), then a colon or the list's verb ("The non-medicinal
#: ingredients are lactose monohydrate, …": Health Canada's "non-medicinal ingredients"; "the
#: excipients include …"): its items are what the product is made of.
_INGREDIENT_LIST = compile_re(r"(?:(?:inactive|other|active)\s+)?(?:ingredients?|excipients?)"
                              r"(?:\s+(?:per|in\s+each)\s+[\w-]+(?:\s+[\w-]+)?|\s+(?:in|of|for)\s+(?P<n>[^:.;]{1,40}?))?"
                              r"\s*(?::|\s(?:include|includes|included|are|were|is|was|consist\s+of|comprise)\s)")

#: The time a going-away is counted from is the start of the product ("Itching stops within a
#: day of starting it"): the symptom's relief, the benefit's onset, not any course of results.
@functools.cache
def _from_starting() -> re.Pattern[str]:
    starting = _phrases(list(_claims_file()["course"]["starting"]))
    return compile_re(r"\s+(?:[\w-]+\s+){0,3}?(?:of|after|from|once|when)\s+(?:you\s+|they\s+|people\s+)?(?:" + starting + r")\b")


#: A lasting result given by a subject ("offers long-lasting relief"): whose, the subject says.
_GIVES = compile_re(r"(?:offers?|offered|brings?|brought|gives?|gave|provides?|provided|delivers?|delivered|promises?|promised)\s")


def _gives_product(doc: Document, low: str, lo: int, start: int) -> bool:
    """The subject before a giving verb is the product: a pronoun or product noun
    (``_PRODUCT_PRONOUN``), or the article's main intervention by name."""
    k = _sentence_of(doc, start)
    if _PRODUCT_PRONOUN.search(low, lo, start) or main_named_between(doc, k, lo, start):
        return True
    # a name inside the subject, not its first word ("One course of FocusFuel gives …"; not
    # "Surgery offers …", capitalised only as the sentence's first word)
    words = list(re.finditer(r"[A-Za-z][\w-]*", doc.text[lo:start]))
    return any(w.group()[0].isupper() and len(w.group()) > 2 for w in words[1:])


#: A lasting result said as a predicate of its subject ("the change is irreversible", "your
#: new hair is yours for life"): the subject says whose result it is.
_PREDICATED = compile_re(_claims_file()["course"]["predicated_strict"] + r"|\birreversible\b|\b(?:yours|theirs)\s+(?:for\s+life|forever|for\s+good|to\s+keep)\b"
                         r"|\b(?:stays?|stayed|staying|remains?|remained|remaining)\s+(?:off|gone|away|clear|lost)\s*$"
                         r"|^(?:keep|keeps|kept|keeping|retain\w*|maintain\w*|hold\w*\s+on\s+to)\s")
#: The predicated forms that always need the product named or pointed back to: "irreversible"
#: and "yours for life" are said of diseases, habits and other treatments as often as of a
#: product. A result that stays off or is kept needs it only when the sentence names another
#: means (``_other_means``): "Once the lines are gone, they stay gone" on the product's page is
#: the product's.
_PREDICATED_STRICT = compile_re(r"\birreversible\b|\b(?:yours|theirs)\s|" + _claims_file()["course"]["predicated_strict"])
#: Another way the result came about, named in the sentence: a preposition of means or time
#: before a thing that is not the product ("through exercise", "after gastric surgery", "with
#: surgery"), or a group defined by doing something else ("people who change their diet").
_MEANS = compile_re(r"\b(?:through|via|by|after|following|with|from)\s+(?!(?:it|them|this|these|taking|using|stopping|you)\b)"
                    r"(?!(?:the|a|your|their|one|each)\s+(?:[\w-]+\s+)?(?:course|treatment|product|tablets?|cream|pills?|capsules?|spray|gel|patch|programme|program)\b(?!\s+of\b))"
                    r"|\b(?:people|those|patients|anyone|women|men|adults|users)\s+who\s+(?!(?:take|took|use|used|finish|finished|complete|completed|stick|stuck|try|tried)\b)"
                    r"|\bwho\s+(?:take|took|use|used|finish|finished|complete|completed|try|tried)\s+(?!(?:it|them|this|these|the|a|an|their|your|one|each)\b)")


def _other_means(low: str, a: int, b: int) -> bool:
    """Sentence ``low[a:b]`` names another means of a result (``_MEANS``) or a WordNet food or
    drug (``interventions.foods_and_drugs``: "patients who finish isotretinoin")."""
    if _MEANS.search(low, a, b):
        return True
    from lint_rules.analysis.interventions import foods_and_drugs

    foods = foods_and_drugs()
    return any(w.group() in foods for w in re.finditer(r"[a-z][a-z-]+", low[a:b]))


#: The product's own use as a bare course or session, of nothing else ("One course, and your
#: new hair is yours for life", "after a single session of it").
_ONE_COURSE = compile_re(r"\b(?:one|a\s+single|just\s+one|a|the|your)\s+(?:course|session|treatment|round|application|procedure)\b"
                         r"(?!\s+of\s+(?!(?:it|this|them|these)\b))")
#: A sentence that opens with what the result comes with ("With some lasers, …").
_WITH_OPENER = compile_re(r"\W*with\s+(?P<x>[^,;:]{1,60}),")


def _lasting_of_product(doc: Document, low: str, a: int, lo: int, start: int) -> bool:
    """A predicated lasting result (``_PREDICATED``, ending at ``start``) is the product's: its
    sentence names the product before the predicate's end ("With Velmora, the change is
    irreversible", "One course of Velmora and your new hair is yours for life", "The weight you
    lose with Velmora stays off", "Users of Velmora keep the benefit indefinitely") or its
    clause points back to it ("with it"), as ``_gives_product`` asks of a giving verb; an
    opening "with <thing>" must be the product. "With some lasers, the change is
    irreversible", "vision changes are irreversible" (a disease's), "Good brushing habits are
    yours for life", "Weight lost through exercise tends to stay off", "Patients who finish
    isotretinoin keep the benefit indefinitely" name another thing or nothing."""
    k = _sentence_of(doc, start)
    opener = _WITH_OPENER.match(low, a, start)
    if opener is not None:
        x0, x1 = opener.span("x")
        return bool(_PRODUCT_PRONOUN.fullmatch(low, x0, x1)) or main_named_between(doc, k, x0, x1)
    # (the sentence's first word is capitalised because it opens the sentence, after any opening
    # quote or bracket: '"Unfortunately, stretch marks are permanent."' names no product; side19)
    first_letter = a + len(doc.text[a:start]) - len(doc.text[a:start].lstrip(" \"'“‘([*-–—\n"))
    if main_named_between(doc, k, a, start) or _names_product(doc, k, first_letter + 1, start) \
            or _ONE_COURSE.search(low, a, start):
        return True
    return any(not re.match(r"(?:that|those)\b", m.group(0)) for m in _PRODUCT_PRONOUN.finditer(low, lo, start))


#: "permanently" on a verb ("permanently changes/retrains/resets/change"; not before a comparative,
#: "permanently whiter", read as a result): what changes it must
#: be the product, as the verb's subject, named or pointed back to.
_PERMANENTLY_VERB = compile_re(r"permanently\s+(?!(?:[a-z]+(?:er|ier))(?![a-z]))[a-z]+(?![a-z])")
#: The verb's object is the writer's own ("permanently stopped my migraines"): a testimony.
_FIRST_PERSON_OBJECT = compile_re(r"permanently\s+[a-z]+\s+(?:my|our)(?![a-z])")
#: Protection kept "for good/for life" (the [course] lasting pattern): whose, the sentence must say.
@functools.cache
def _protected() -> re.Pattern[str]:
    return compile_re(r"(?:" + _phrases(list(_claims_file()["course"]["protected"])) + r")\s")
#: The product's own use as the subject of a change (its name elsewhere): "Two weeks of listening
#: permanently retrains your brain", "a single course of treatment permanently …"; not a noun of
#: another activity ("smoking", "surgery"), which names no use of a product.
@functools.cache
def _use_subject() -> re.Pattern[str]:
    course = _claims_file()["course"]
    return compile_re(r"\W*(?:(?:a\s+)?[a-z]+\s+|\d+\s+)?(?:" + _phrases(list(course["use_spans"])) + r")\s+of\s+"
                      r"(?:" + _phrases(list(course["uses"])) + r")\s+$")


#: A lasting result said of a part of it ("much of / most of / part of the weight stays off"):
#: the rest may come back, so a partial regain agrees with it.
_PART_OF = compile_re(r"(?<![a-z])(?:much|most|some|part|a\s+lot|a\s+good\s+deal|a\s+large\s+part|a\s+portion)\s+of\s+"
                      r"(?:the|their|your|his|her|its|this|that)\s+(?:[\w-]+\s+)?$")
#: A going-back said of a counted minority of the people (English quantifiers: "only 19 of
#: them", "19 of the 564", "a few patients", "some people", "a minority", "5 percent"): what
#: happened to some, which a general lasting claim does not deny. A count is a minority when
#: "only/just" says so, or it is under half of the total or of 100 percent.
_PEOPLE = r"(?:patients|people|participants|users|women|men|subjects|volunteers|adults|children|cases|customers)"
_MINORITY = compile_re(r"(?<![a-z])(?P<only>only\s+|just\s+)?(?:(?P<n>\d[\d,]*)|one|two|three|four|five|six|seven|eight|nine|ten"
                       r"|(?P<few>a\s+few|a\s+handful|several|some|a\s+minority|a\s+small\s+(?:number|minority|proportion|share|fraction)))\s+"
                       r"(?:(?:of|out\s+of)\s+(?:them|those|these|the\s+(?P<m1>\d[\d,]*)|(?P<m2>\d[\d,]*)|the)|(?:[\w-]+\s+)?" + _PEOPLE + r")(?![a-z])"
                       r"|(?<![a-z.\d])(?P<pc>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)(?![a-z])")
_SOME_AFTER = compile_re(r"[^.;]{0,40}?(?<![a-z])in\s+(?:a\s+few|some|several|a\s+minority\s+of)\s+(?:[\w-]+\s+)?" + _PEOPLE + r"(?![a-z])")


def _minority_going_back(low: str, a: int, start: int) -> bool:
    """The going-back's sentence names a counted minority before its cue ("Only 19 of them had
    regained …", "a few patients saw the lines return"), or "in some/a few <people>" right after it."""
    for m in _MINORITY.finditer(low, a, start):
        if m.group("pc"):
            if float(m.group("pc")) < 50:
                return True
            continue
        total = m.group("m1") or m.group("m2")
        if m.group("n") and total:
            if int(m.group("n").replace(",", "")) * 2 < int(total.replace(",", "")):
                return True
            continue
        if m.group("only") or m.group("few"):
            return True
    return bool(_SOME_AFTER.match(low, start))


#: A gradable word of lasting (WordNet lasting.s.01 "continuing or enduring a long time":
#: long-lasting, lasting, durable, enduring): long, not for good. With a stated span in its
#: sentence ("long-lasting, typically six to nine months", "lasting up to a year") it promises
#: no more than the span, which a need to repeat after it does not contradict.
_GRADABLE = compile_re(r"(?<![a-z])(?:long[\s-]lasting|lasting|durable|enduring)(?![a-z])")
_SPAN = compile_re(r"(?<![a-z])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
                   r"twenty|several|a\s+few|a\s+couple\s+of|many)(?:\s*(?:-|–|to|or)\s*(?:\d[\d,.]*|one|two|three|four|"
                   r"five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty))?\s+(?:hours?|days?|weeks?|months?|years?)(?![a-z])"
                   r"|(?<![a-z])(?:up\s+to|about|around|roughly|typically|usually)\s+(?:a|an|one)\s+(?:day|week|month|year)(?![a-z])")


@functools.lru_cache(maxsize=1)
def _continued_use() -> re.Pattern[str]:
    """``[course] continued_use``: a lasting result held only while the product is kept up."""
    return compile_re(_claims_file()["course"]["continued_use"])


def _harm_named_before(doc: Document, a: int, start: int) -> bool:
    """The clause a fading cue closes names an affirmed harm before it ("A sore arm for a day
    is common and wears off quickly"): what wears off is the harm, not the result (the
    concept layer's mentions, kind "finding", not negated)."""
    from lint_rules.analysis.mentions import mentions

    k = _sentence_of(doc, start)
    by_sentence = doc.analysis("typed-claims-harm-mentions", lambda d: _mentions_by_sentence(mentions(d)))
    lo = max(a, clause_span(doc, start, start + 1)[0])
    return any(lo <= m.start and m.end <= start and m.kind == "finding" and not m.negated and m.relation != "treats"
               for m in by_sentence.get(k, ()))


def _harm_read(doc: Document, i: int, after: int, group: bool = False) -> bool:
    """Sentence ``i`` states a harm after offset ``after``: an effect the concept layer finds,
    affirmed, not asked or hypothetical, that the clause reader reads as caused, undergone
    or occurring (``analysis/claim_reader.py``)."""
    from lint_rules.analysis.mentions import mentions
    from lint_rules.analysis.product_reference import it_is_product

    by_sentence = doc.analysis("typed-claims-harm-mentions", lambda d: _mentions_by_sentence(mentions(d)))
    s = doc.sentences[i]
    for m in by_sentence.get(i, ()):
        if m.start < after or m.negated or m.question or m.hypothetical or m.kind not in ("finding",) \
                or m.relation in ("treats", "compares", "safe"):
            continue
        reading = read_clause(doc.text, s.start, s.end, m.start, m.end)
        if reading is not None and not reading.negated and reading.subject in ("product", "", "users", "people"):
            return True  # not "aspirin can …" or "exercise can …": another agent's harm
        if reading is not None and not reading.negated and reading.subject == "other" and _opening_agent(doc, s.start, m.start):
            return True  # "Senna is a laxative …" … "In young children, senna can cause …"
    if general_harm(doc.text, after, s.end):
        return True  # "it can harm the baby", "can build up to dangerous levels"
    low = _norm(doc.text)
    for at, undergone in graded_harm(doc.text, after, s.end):
        if group and undergone:
            return True  # "Volunteers with diabetes suffered dangerous episodes": the group underwent it
        comma = max([after] + [after + m.end() for m in re.finditer(r"[,;:]", low[after:at])])
        if main_named_between(doc, i, comma, at) or (
                (pro := re.match(r"\s*(?:it|they|this|these)\b", low[comma:at])) is not None
                and (main_named_between(doc, i, s.start, comma)
                     or (not re.match(r"\W*(?:if|when|whenever|unless|once)\b", low[s.start:comma])
                         and (it_is_product(doc, i, comma + pro.end()) or _last_named_is_main(doc, i, comma))))):
            return True  # "If you have kidney failure, X builds up and can cause serious harm"; a pronoun
            # only when it points back to the product ("In patients with kidney failure, it …" after X),
            # not "If you have diabetes, it can lead to …" (the disease) or "they" after another drug
    return False


def _last_named_is_main(doc: Document, i: int, pos: int) -> bool:
    """The last intervention named before ``pos`` (in sentence ``i`` or the three before it) is
    the product: a pronoun there points back to it ("Velmora is a tablet. … In patients with
    kidney failure, it …"), not to another drug named since ("Beta-blockers … they …")."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    low = doc.text.lower()
    for k in range(i, max(-1, i - 4), -1):
        lo, hi = doc.sentences[k].start, (doc.sentences[k].end if k < i else pos)
        named = [(p, n) for p, n in sorted(subjects.placed[k]) if p < hi]
        last = named[-1][0] if named else lo
        if _drug_class_re().search(low, last, hi):
            return False  # "Beta-blockers … are a different matter. …, they …": a class named since
        if named:
            return subjects.is_main(named[-1][1])
    return False


def _opening_agent(doc: Document, lo: int, start: int) -> bool:
    """The bare noun that is the harm's subject ("In young children, senna can cause …")
    opens the article's first body sentence ("Senna is a plant-based laxative …"): the
    passage's own product, not another agent ("aspirin can …")."""
    clause = _norm(doc.text[lo:start]).rsplit(",", 1)[-1]
    head = re.match(r"\s*([a-z][a-z-]{3,})\s+(?:can|may|could|might|will|would|does|do|is|are|also|often|sometimes)\b", clause)
    if head is None:
        return False
    first = next((s for k, s in enumerate(doc.sentences) if in_body(doc, k)), None)
    return first is not None and bool(re.match(rf"\W*(?:the\s+)?{re.escape(head.group(1))}\b", _norm(doc.text[first.start:first.end])))


def _second_drug(doc: Document, k: int, start: int, end: int, low: str, a: int, b: int) -> bool:
    """Sentence ``k``, whose co-medication condition ends at ``end``, names a second drug:
    the condition's own ("when combined with simvastatin"), or, when the condition names the
    product ("in women taking it", "when taken with X"), another one ("the contraceptive
    pill may be less effective in women taking X"); not "blood pressure can drop in people
    taking X", which is the product's own effect."""
    named = sentence_subjects_named(doc, k)
    main = _main_intervention(doc)
    after = next((n for p, n in named if p >= end and _DETERMINER_ONLY.fullmatch(low, end, p)), None)
    if after is None or (main and not same_name(after, main)):
        # the condition names the second drug (or one the interventions analysis does not
        # list, "blood pressure tablets"); the change is the product's unless the sentence
        # gives it to a third ("taken with warfarin, aspirin can raise the risk")
        return not any(n != after and not (main and same_name(n, main)) for _, n in named)
    # the condition names the product: what another drug loses or gains, said of that drug
    # as the sentence's subject before the condition ("some antibiotics are absorbed less well
    # when taken with X"), not of the product
    lost = _data().effect_of_other.search(low, a, start)
    return lost is not None and not any(p < lost.start() and same_name(n, after) for p, n in named) \
        and not _STANDS_FOR.search(low, a, lost.start())


_DETERMINER_ONLY = compile_re(r"\s*(?:the\s+|a\s+|an\s+|your\s+|their\s+)?")


def _harm_set(doc: Document) -> frozenset[int]:
    return doc.analysis("typed-claims-harm-set", lambda d: frozenset(_harm_sentences(d)))


def _harm_sentences(doc: Document) -> list[int]:
    """The sentences that name an affirmed harm (a concept mention of kind "finding")."""
    from lint_rules.analysis.mentions import mentions

    by_sentence = doc.analysis("typed-claims-harm-mentions", lambda d: _mentions_by_sentence(mentions(d)))
    named = {k for k, found in by_sentence.items() if any(m.kind == "finding" and not m.negated for m in found)}
    starts = [s.start for s in doc.sentences]
    said = {bisect.bisect_right(starts, at) - 1 for at in general_harm_at(doc.text)}  # "can harm the baby"
    return sorted(named | {k for k in said if k >= 0})


#: The aspect adverbs a person's result turns on ([benefit] person_no_help / person_helps).
_PERSON_RESULT_KEYS = compile_re(r"\b(?:still|no\s+longer|any\s*more|any\s+longer)\b")


def _person_results(doc: Document, low: str, data: _Data) -> list[tuple[str, str, int, int, str | None]]:
    """A symptom still there ("my knees still ache": no benefit) or gone ("I don't get
    heartburn any more", "her back no longer aches": a benefit), said of the person who used
    the product ([benefit] person_no_help / person_helps). Read only where the words after the
    aspect adverb hold a symptom the concept index names (a mention of kind "finding"), so
    "I still take it" or "she no longer needs a lift" are no result."""
    keys = [m.start() for m in _PERSON_RESULT_KEYS.finditer(low)] if (
        "still" in low or "longer" in low or "any more" in low or "anymore" in low) else []
    if not keys:
        return []
    found: list[tuple[str, re.Match[str]]] = []
    seen: set[tuple[str, int]] = set()
    for k in keys:  # the subject stands a few words before the adverb: search around each one
        for side, pattern in data.person_results:
            m = pattern.search(low, max(0, k - 70), min(len(low), k + 90))
            if m and (side, m.start()) not in seen:
                seen.add((side, m.start()))
                found.append((side, m))
    if not found:
        return []
    from lint_rules.analysis.mentions import mentions

    spans = [(m.start, m.end) for m in mentions(doc) if m.kind == "finding"]
    out: list[tuple[str, str, int, int, str | None]] = []
    for side, m in found:
        t0, t1 = m.span("t")
        named = [(s, e) for s, e in spans if t0 <= s and e <= t1]
        if named and _person_on_product(doc, low, m.start(), m.end()):
            # the topic is the symptom named, not the words around it ("I still suffer from
            # heartburn": heartburn, not "suffer")
            out.append(("benefit", side, m.start(), m.end(), " ".join(low[s:e] for s, e in named)))
    return out


#: A reference to the product by a word that points back ("it", "this", "the tablets", "the
#: anti-snoring spray").
_PRODUCT_PRONOUN = compile_re(r"\b(?:it|this|these|them|(?:the|this|these|that|those|my|her|his|their|our)\s+(?:[\w-]+\s+){0,2}?(?:pills?|sprays?|creams?|gels?|blends?|formulas?|powders?|tablets?|capsules?|drops|spray|patch(?:es)?|"
                              r"gummies|supplements?|medicines?|drugs?|remedy|product|treatment))(?![a-z])")
#: Right before a reference to the product: the person taking it ("since I started it", "on
#: Gastrol", "after a month of it", "I took Gastrol", "despite taking it", "with Gastrol").
_TAKING_BEFORE = compile_re(
    r"(?:\b(?:on|with|despite|since|after|started|starting|start|began|begun|beginning|took|taken|take|takes|taking|"
    r"tried|trying|used|using|use|uses|switched\s+to|been\s+on|(?:days?|weeks?|months?|years?|course|doses?|nights?)\s+of))\s+"
    r"(?:(?:taking|using|my|her|his|their|our|the|a|an|this|these)\s+)?$")
#: Before the taking words, in the same clause: the taking denied or not yet begun ("he has
#: never taken it", "she refuses to take anything", "before I started it").
_NOT_TAKING = compile_re(r"\b(?:not|n't|never|no|refuses?|refused|without|before|until|stopped|quit|gave\s+up|instead\s+of)\b[^.;,]{0,25}$")


def _person_on_product(doc: Document, low: str, start: int, end: int) -> bool:
    """The person whose symptom the words ``[start, end)`` tell is tied to taking the product
    in that sentence or the one before: a word of taking ("on", "since I started", "after a
    month of", "took") right before the product's name or a word pointing back to it, not
    denied ("he has never taken it") and not in a later clause of the sentence ("I still get
    headaches from screens, so I take Sleepz only for sleep"). Why: "my mother still has
    heartburn because she refuses to take anything", "Before Gastrol, I still had heartburn"
    or "I no longer get migraines since I gave up red wine" say nothing of the product; a
    person's result is a claim about it only when the person used it (Quirk et al. 1985,
    §8.91: "still" and "no longer" speak of a state over a time, which must be the time on
    the product)."""
    k = _sentence_of(doc, start)
    ka, kb = doc.sentences[k].start, doc.sentences[k].end
    lo = clause_start(low, ka, start, SYMPTOM_CLAUSE_BREAK)
    hi = next((c.start() for c in SYMPTOM_CLAUSE_BREAK.finditer(low, end, kb)), kb)
    data = _data()
    if data.person_absent.search(low, lo, hi):
        return False  # "I still get heartburn when I forget my evening dose": the product missed
    for i in (k - 1, k):
        if i < 0 or not in_body(doc, i):
            continue
        if i == k - 1 and (data.person_not_on.search(low, ka, kb)
                           or not _same_person(_person_at(doc, low, lo, end), low, doc, i)):
            continue  # "My mum is on Gastrol. My dad still gets heartburn": another person
        a, b = doc.sentences[i].start, doc.sentences[i].end
        refs = [(r.start(), True) for r in _PRODUCT_PRONOUN.finditer(low, a, b)]
        refs += [(r.start(), False) for r in CAPITALISED_WORD.finditer(doc.text, a, b) if _names_product(doc, i, r.start(), r.end())]
        refs += [(p, False) for p, _ in sentence_subjects_named(doc, i) if main_named_between(doc, i, p, p + 1)]
        for p, pointing in refs:
            take = _TAKING_BEFORE.search(low, max(a, p - 40), p)
            if take is None or _NOT_TAKING.search(low, max(a, take.start() - 40), take.start()):
                continue
            if pointing and low.startswith(("with", "since", "after"), take.start()):
                continue  # "learned to live with it", "since it began": the pronoun may be the symptom
            if low.startswith("with", take.start()) and not _FIRST_PERSON.search(low, a, take.start()):
                continue  # "A friend with Gastrol in her bag": carrying it, not the writer taking it
            if re.match(r"\S+\s+off(?![a-z])", low[p:p + 40]):
                continue  # "My chemist took Gastrol off the shelf": removed, not taken
            if i == k and take.start() >= end and LATER_CLAUSE_OPENING.search(low, end, take.start()):
                continue
            return True
    return False


_FIRST_PERSON = compile_re(r"\b(?:i|we)\b")
#: The person a clause is about: first person, a possessive with its noun ("my mum"), a
#: third-person pronoun, or (in ``_person_at``) a capitalised name.
_PERSON = compile_re(r"\b(?:(?P<first>i|we|me)|(?P<poss>(?:my|our|his|her|their)\s+[a-z]+)|(?P<pro>he|she|they))\b")


def _person_at(doc: Document, low: str, lo: int, hi: int) -> str | None:
    """Who ``[lo, hi)`` (the start of a clause) is about: "1" for the writer, "3" for he/she/
    they, the possessive phrase ("my dad") or a capitalised name, None when it names no one."""
    m = _PERSON.search(low, lo, hi)
    name = CAPITALISED_WORD.search(doc.text, lo, hi)
    if name and (m is None or name.start() < m.start()) and not _names_product(doc, _sentence_of(doc, lo), *name.span()):
        return name.group().lower()
    if m is None:
        return None
    return "1" if m.group("first") else "3" if m.group("pro") else m.group("poss")


def _same_person(who: str | None, low: str, doc: Document, i: int) -> bool:
    """The taker in sentence ``i`` (the sentence before a symptom) is ``who``: both the writer,
    the same possessive phrase or name, or he/she/they after a third person."""
    a = doc.sentences[i].start
    taker = _person_at(doc, low, a, doc.sentences[i].end)
    if who is None or taker is None:
        return who is None and taker is None  # neither names anyone: an imperative story
    return who == taker or (who == "3" and taker != "1")


def _mentions_by_sentence(found: list[Any]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for m in found:
        out.setdefault(m.sentence, []).append(m)
    return out


@functools.lru_cache(maxsize=1)
def _drug_class_re() -> re.Pattern[str]:
    """A drug by its class or its INN stem (``[interaction.lexicon]``), as a subject."""
    generic = frozenset({"medicines", "medications", "drugs", "meds", "pills", "tablets", "prescriptions"})
    return compile_re(r"(?<![\w-])" + _drug_source(_claims_file()["interaction"]["lexicon"], generic) + r"(?![\w-])")


def _two_other_drugs(doc: Document, low: str, k: int, a: int, b: int, start: int) -> bool:
    """A co-medication sentence about two other drugs: before its condition, another drug is
    the subject ("Some antibiotics may not work as well if you also take antacids"), and the
    sentence names the product nowhere, by name or pronoun: the interaction is theirs."""
    if not _drug_class_re().search(low, a, start):
        return False
    return not (_PRODUCT_PRONOUN.search(low, a, b) or main_named_between(doc, k, a, b))


@functools.lru_cache(maxsize=1)
def _group_subject_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``[group_subject]`` of ``claim_predicates.toml``: the words before the product's name
    that say the group did not take it, a comparison arm, and a result's words before the effect."""
    d = read_toml("claim_predicates.toml")["group_subject"]
    return (compile_re(r"(?<![a-z])(?:" + "|".join(d["not_taken_before"]) + r")\s+(?:\w+\s+){0,2}$"),
            compile_re(r"(?<![a-z])(?:" + "|".join(d["comparison_arm"]) + r")(?![a-z])"),
            compile_re(r"(?<![a-z])(?:" + "|".join(d["fewer_or_none"]) + r")(?![a-z])|n't"))


def _group_took_product(doc: Document, low: str, k: int, a: int, b: int) -> bool:
    """A group that opens sentence ``k`` took the product: the sentence names it (by name, or
    "on/taking it") not right after a word of not taking it ("who skipped X", "not on X"), and
    names no comparison arm ("on the placebo")."""
    from lint_rules.analysis.interventions import sentence_subjects

    not_taken, arm, _ = _group_subject_words()
    if arm.search(low, a, b):
        return False
    subjects = sentence_subjects(doc)
    main = subjects.main
    spots = [p for p, n in subjects.placed[k] if n == main and a <= p < b] if main else []
    spots += [m.start() for m in _WITH_PRODUCT_PRONOUN.finditer(low, a, b)]
    return any(not not_taken.search(low[max(a, p - 30):p]) for p in spots)


def _group_underwent(doc: Document, low: str, k: int, after: int) -> bool:
    """A group that opens sentence ``k`` (its condition ends at ``after``) underwent a named
    harm: a verb of undergoing ("suffered", "developed", "had") and then, within a few words, an
    affirmed effect mention ("Volunteers with diabetes suffered hypoglycaemic episodes",
    "Patients with heart failure who took X developed swollen ankles"). The claim reader leaves
    "have" out (patients have their disease), so this is asked only of a group whose condition is
    read, with the product named in the sentence."""
    from lint_rules.analysis.mentions import mentions

    by_sentence = doc.analysis("typed-claims-harm-mentions", lambda d: _mentions_by_sentence(mentions(d)))
    for m in by_sentence.get(k, ()):
        if m.start < after or m.negated or m.question or m.hypothetical or m.kind != "finding" \
                or m.relation in ("treats", "compares", "safe"):
            continue
        verbs = list(undergoing_verbs().finditer(low, after, m.start))
        if verbs and len(low[verbs[-1].end():m.start].split()) <= 4 \
                and not _group_subject_words()[2].search(low, verbs[-1].end(), m.start):
            return True
    return False


def _clause_refers_to_product(doc: Document, low: str, lo: int, hi: int) -> bool:
    """The clause ``[lo, hi)`` names a product, points back to one ("it", "the tablets"), or
    names the main product by its head noun after a definite word ("following the diet" on a
    page about the ketogenic diet; allergy20)."""
    if _PRODUCT_PRONOUN.search(low, lo, hi) or any(lo <= p < hi for p, _ in sentence_subjects_named(doc, _sentence_of(doc, lo))) \
            or coined_words(doc, lo, hi):
        return True  # (a coined name the interventions analysis did not list: "Patients on Somnex are at risk")
    main = _main_intervention(doc)
    head = main.split()[-1] if main else ""
    return len(head) > 2 and bool(re.search(r"\b(?:" + _RESTRICT_DEFINITE + r")\s+" + re.escape(head) + r"s?\b", low[lo:hi]))


def _causer_is_product(doc: Document, low: str, a: int, start: int) -> bool:
    """The subject of a modal harm verb at ``start`` is the product: the last thing named
    before the verb in its sentence is the page's main product, or a pronoun after it points
    back ("In babies, it can cause …"); not flu, aspirin or caffeine named there (allergy20)."""
    named = [(p, n) for p, n in sentence_subjects_named(doc, _sentence_of(doc, start)) if a <= p < start]
    pointer = [m.start() for m in _PRODUCT_PRONOUN.finditer(low, a, start)]  # "it", "the tablet"
    if pointer and (not named or pointer[-1] > named[-1][0]):
        return True
    main = _main_intervention(doc)
    return bool(named) and (not main or same_name(named[-1][1], main))


#: A group as the subject of what it may develop or risks (the last [scope] restricted pattern):
#: no warning off the product, only a harm the group meets, so the sentence must refer to a
#: product for it to be a restriction (allergy20).
_GROUP_HARM = compile_re(_claims_file()["scope"]["group_harm"])

#: The closed-class words of a group restriction and a fronted drug condition (``contradiction_claims.toml [group_restriction]``; review fixes).
_RESTRICT_WORDS = _claims_file()["group_restriction"]
_RESTRICT_MODAL = compile_re(r"(?:" + _phrases(_RESTRICT_WORDS["modals"]) + r")\s")
_RESTRICT_MODAL_CAUSE = compile_re(r"(?:" + _phrases(_RESTRICT_WORDS["modals"]) + r")\s+(?:"
                                   + _phrases(_RESTRICT_WORDS["causative_verbs"]) + r")\b")
_RESTRICT_PRONOUN = compile_re(r"\W*(?:" + _phrases(_RESTRICT_WORDS["pronouns"]) + r")\s")
_RESTRICT_MODAL_WORD = compile_re(r"\b(?:" + _phrases(_RESTRICT_WORDS["modals"]) + r")\b")
_RESTRICT_DEFINITE: str = _phrases(_RESTRICT_WORDS["definite"])
#: where a fronted condition with no comma ends: the clause's subject or verb ("Taken with
#: warfarin it can cause bleeding"; the partner's phrase used to run to the sentence's end)
_RESTRICT_SUBJECT_OPENER = compile_re(r"\s(?:" + _phrases(_RESTRICT_WORDS["subject_openers"]) + r")\b")
_RESTRICT_HARM_TERM = _words(_RESTRICT_WORDS["group_harm_terms"])
_RESTRICT_BENEFIT_BEFORE = _words(_RESTRICT_WORDS["benefit_before_harm"])


def _group_harm_named(doc: Document, low: str, start: int, end: int) -> bool:
    """The modal group pattern ``[start, end)`` ("can cause … in children") names a harm: one the
    concept layer and the clause reader read (``_harm_read``), or a harm term of
    ``[group_restriction] group_harm_terms`` with no benefit word before it ("fewer problems").
    "Can lead to better sleep in children" and "may bring on a calmer mood in teenagers" name
    none (allergy20 review: the pattern had no harm check)."""
    if _harm_read(doc, _sentence_of(doc, start), start):
        return True
    for m in _RESTRICT_HARM_TERM.finditer(low, start, end):
        if not _RESTRICT_BENEFIT_BEFORE.search(low, max(start, m.start() - 20), m.start()):
            return True
    return False


def _conditioned_agent(doc: Document, low: str, k: int, end: int, a: int, b: int) -> str | None:
    """Whose interaction a harm said with another drug is (its condition ends at ``end`` in
    sentence ``k``): a product the sentence names other than the partner right after the
    condition ("When combined with sedatives, Dorvix …" is Dorvix's, not the page product's); else
    the one a pronoun or a product word points back to ("Taken with warfarin, it …"; "*" when
    the pronoun's product is not found); None when the sentence refers to no product at all ("If
    you're on insulin, your blood sugar can drop too low after exercise": insulin's own harm).
    Why (allergy20): the bare condition was read as the page product's whatever the sentence was
    about."""
    named = sentence_subjects_named(doc, k)
    # the partner's phrase: from the condition's end to the comma that closes it ("Taken with
    # blood thinners such as apixaban, it …") or the sentence's end
    comma = low.find(",", end, b)
    stop = comma if comma >= 0 else b
    first = re.match(r"\W*(?:(?:" + _RESTRICT_DEFINITE + r")\s+)?[\w'-]+", low[end:stop])  # the partner's first word
    opener = _RESTRICT_SUBJECT_OPENER.search(low, end + (first.end() if first else 0), stop)
    if opener is not None and (comma < 0 or _RESTRICT_MODAL_WORD.search(low, opener.start(), stop)):
        stop = opener.start()  # no comma before the clause: the partner ends at its subject or verb
        # ("taken with warfarin it can cause bleeding, especially …"; allergy20 review)
    partners = [(p, n) for p, n in named if end <= p < stop]
    others = [n for p, n in named if not end <= p < stop]
    main = _main_intervention(doc)
    if main and (any(same_name(n, main) for n in others)
                 or (partners and (det := _DETERMINER_ONLY.match(low, end)) is not None
                     and partners[0][0] == det.end() and same_name(partners[0][1], main))):
        return main  # (the condition names the product: "in women taking X, the pill may fail")
    if others:
        return others[0]
    pointer = next((m for m in _PRODUCT_PRONOUN.finditer(low, a, b) if not end <= m.start() < stop), None)
    if pointer is None:
        return None
    return _it_refers_to(doc, low, k, pointer.start(), b) or "*"


def _conditioned(doc: Document, side: str, low: str, a: int, b: int, start: int, end: int) -> TypedClaim | None:
    """A harm said under a condition (``[conditions]`` of ``claim_predicates.toml``): for a
    group of people, a restriction of whom the product is safe for; with a second drug, an
    interaction. None when the sentence states no harm after the condition's start."""
    k = _sentence_of(doc, start)
    group_subject = side == "population" and not re.match(r"\W*(?:in|for|among|if)\s", low[start:end])
    if group_subject and not _group_took_product(doc, low, k, a, b):
        return None  # "People with epilepsy often have seizures": a group as subject, no product taken
    # a second drug named after the harm, the product named before both ("Zelvara can cause
    # serotonin syndrome when combined with SSRIs", "It may increase bleeding in people taking
    # warfarin"): the harm is read from the sentence's start (allergy20)
    trailing = side == "comedication" and (main_named_between(doc, k, a, start) or bool(_RESTRICT_PRONOUN.match(low[a:start])))
    if not _harm_read(doc, k, a if trailing else start, group_subject) and not (group_subject and _group_underwent(doc, low, k, end)) and not (
            side == "comedication" and _data().consequence.search(low, a, b)
            and not _data().reassured.search(low, a, b) and not _data().absorbed_better.search(low, a, b)
            and _second_drug(doc, k, start, end, low, a, b)):
        return None
    base: dict[str, Any] = {"start": start, "end": end, "sentence": -1, "subject": "", "hedged": False}
    if side == "comedication":
        if _two_other_drugs(doc, low, k, a, b, start):
            return None
        return TypedClaim("interaction", "some", **base, aspect="harm", strength=2)
    groups = frozenset(g for g in _groups(low[start:b]) if g != "universal")
    if not groups:
        # a group named by a condition no list holds ("users with a past eating disorder")
        named = re.match(r"[^,;]*?\b(?:with|who\s+(?:have|has|had)|if\s+you(?:'ve|\s+have)(?:\s+got)?)\s+(?:an?\s+)?(?:(?:past|history\s+of|previous|known)\s+)?"
                         r"(?P<w>[a-z][a-z-]{3,})", low[start:b])
        groups = frozenset({"condition:" + named.group("w")}) if named else frozenset()
    if not groups:
        return None
    aspect = "allergen" if all(g.startswith("allergy:") for g in groups) else "people"
    return TypedClaim("scope", "restricted", **base, topic=groups, aspect=aspect, strength=2)


#: A claim held up to be rejected: the complement of "the idea that …" (a belief noun) that the
#: sentence then calls wrong ("The popular idea that X is safe for everyone is mistaken", "the
#: belief that it never interacts is a myth").
_BELIEF_THAT = compile_re(r"\b(?:idea|notion|belief|claim|assumption|myth|impression|view|suggestion|promise|tale|story|"
                          r"theory|rumou?r|saying|wisdom|legend|folklore|misconception)s?\s+that\b")
_RUMOUR_REPORT = compile_re(_claims_file()["frames"]["rumour_report"])
_REJECTED = compile_re(r"\b(?:is|are|was|were|proved|proves|turned\s+out\s+to\s+be|has\s+been|have\s+been)\s+"
                       r"(?:simply\s+|just\s+|plainly\s+|completely\s+|largely\s+|thoroughly\s+|widely\s+|long\s+since\s+|since\s+)?"
                       r"(?:mistaken|wrong|false|untrue|a\s+myth|not\s+true|unfounded|misleading|incorrect|debunked|outdated|"
                       r"nonsense|baseless|disproven|disproved|discredited|refuted|a\s+misconception|a\s+fallacy)\b"
                       r"|\b(?:has|have|had)\s+(?:no|little)\s+(?:scientific\s+|real\s+)?(?:basis|foundation|evidence\s+behind\s+it|support)\b"
                       r"|\b(?:does|do|did)\s*(?:not|n't)\s+hold\s+up\b")


def _debunked(low: str, a: int, b: int, start: int) -> bool:
    belief = None
    for m in _BELIEF_THAT.finditer(low, a, start):
        belief = m
    if belief is None and (rumour := _RUMOUR_REPORT.search(low, a, start)):
        return bool(_REJECTED.search(low, start, b)) and rumour.start() < start  # "Some say …, but that is wrong"
    if belief is None:
        return False
    if belief.start() >= a and low[a:belief.start()].strip().startswith(("myth", "the myth")):
        return True
    return bool(_REJECTED.search(low, start, b))


def _sentence_of(doc: Document, offset: int) -> int:
    return bisect.bisect_right([s.start for s in doc.sentences], offset) - 1


#: A sentence whose subject is an activity ("Reducing angiotensin production can lower blood
#: pressure", "Skipping meals raises …"): its claim is about that activity, unless the
#: activity is taking the product ("Taking it with food lowers …").
_ACTIVITY = compile_re(r"\W*(?P<g>[a-z]{3,}ing)\s+(?!it\b|them\b|this\b|these\b)")
_NOT_ACTIVITY = frozenset({
    "taking", "using", "applying", "drinking", "eating", "wearing", "chewing", "swallowing", "combining",
    "mixing", "adding", "starting", "following", "giving", "injecting", "inhaling", "rubbing", "spraying",
    "putting", "during", "according", "nothing", "something", "anything", "everything", "morning", "evening",
    "spring", "string", "thing", "being", "including", "regarding", "concerning", "considering", "beginning",
    "ending", "bring", "sing", "king"})
def _activity(low: str, lo: int, at: int) -> str:
    """The activity (a gerund: "Reducing salt", "Walking") that opens the clause at ``lo`` as
    the subject of the words before ``at``, or "". Not a fronted adverbial: a gerund phrase
    closed by a comma after which a new subject (no auxiliary or adverb first) comes before ``at``
    ("Depending on your readings, each shake can lift …", "Starting next week, the tablets
    …"), unless that part continues a list ("Reducing salt, sugar and fat can …"). Why (name18,
    v16 dev triage): "depending" was read as another agent of the claim, so the claim's product
    did not match its opposite's."""
    act = _ACTIVITY.match(low, lo, at)
    if act is None or act.group("g") in _NOT_ACTIVITY:
        return ""
    comma = low.rfind(",", act.end(), at)
    if comma >= 0:
        rest = re.findall(r"[a-z'’]+", low[comma + 1:at])
        if len(rest) >= 2 and rest[0] not in subject_auxiliaries() and not _list_coordinators() & set(rest):
            return ""  # (not "Skipping meals, however, can …", "…, which are full of sugar, can …")
    return act.group("g")


@functools.lru_cache(maxsize=1)
def _list_coordinators() -> frozenset[str]:
    """[subject] list_coordinators of ``context_cues.toml``: after a comma they continue a list."""
    return frozenset(read_toml("context_cues.toml")["subject"]["list_coordinators"])


#: A speaker's verb and its complement ("mentioned that", "warned me that"): the clause's agent
#: is in the complement, not the speaker.
_SAID_THAT = compile_re(r"\b(?:say|says|said|mention|mentions|mentioned|warn|warns|warned|tell|tells|told|explain|explains|"
                        r"explained|note|notes|noted|add|adds|added|think|thinks|thought|believe|believes|believed)\b"
                        r"[^.;]{0,25}?\bthat\b")
#: The product named by a serving of it ("a warm cup", "regular mugs", "two scoops").
_SERVING = compile_re(r"(?:^|[\s:])(?:[\w-]+\s+)?(?:cups?|mugs?|glass(?:es)?|shots?|scoops?|servings?|spoonfuls?|sachets?|"
                      r"sprays?|doses?|tablets?|capsules?|gummies|drops)$")
_STANDS_FOR = compile_re(r"\b(?:it|they|this|these|them|its)\b")
_RESEARCH = compile_re(r"(?:trial|stud|research|review|analys|scientist|expert|doctor|author|investigator|data|"
                       r"evidence|report|survey|paper)")


def _other_agent(doc: Document, claim: TypedClaim, a: int, b: int) -> str:
    """The agent the clause names as its cause when it is not the claim's intervention
    ("Coffee can raise blood pressure" in an article about hibiscus tea): the claim-frame
    subject of the concept layer (``context.document_subject``), or "" when the clause
    names none, or a word of the intervention's name."""
    from lint_rules.analysis.context import document_subject

    act = _activity(_norm(doc.text), a, claim.start)
    if act:
        return "other:" + act  # "Reducing angiotensin production … can lower blood pressure"
    if not claim.subject and not claim.names:
        return ""  # no intervention identified: the clause's agent is the product itself
    frame = document_subject(doc)
    name, named = frame.frame_at(_norm(doc.text[a:b]), claim.start - a)
    if name == "main":  # the frame's own main agent, which need not be the intervention
        name = frame.main
    if not named or not name or name.startswith("condition:"):
        return ""
    sentence = _norm(doc.text[a:claim.start])
    at = sentence.rfind(name.split(":")[-1])
    if at < 0 and re.search(r"\b(?:without|unlike|instead\s+of|rather\s+than|than)\s+(?:[\w-]+\s+){0,2}?"
                            + re.escape(name.split(":")[-1]), _norm(doc.text[claim.end:b])):
        return ""  # "lowers blood pressure naturally, without prescription drugs": set against it
    if at >= 0 and _STANDS_FOR.search(sentence, at + 1):
        return ""  # "Trials have found that they do not relieve …": "they" is the product
    if _RESEARCH.search(name):
        return ""
    said = _SAID_THAT.search(sentence, at) if at >= 0 else None
    if said:  # "My GP did mention that drinking lots of it can send …": the speaker is not the agent
        complement = sentence[said.end():]
        own_words = {w for n in (claim.subject, *claim.names) for w in re.findall(r"[a-z0-9-]{4,}", n)}
        if _STANDS_FOR.match(complement.strip()) or any(w in complement for w in own_words):
            return ""
    if _SERVING.search(name):
        return ""  # "Regular cups can push blood pressure up": the product by its serving
    if name.startswith("other:"):
        return name
    own = {w for n in (claim.subject, *claim.names) for w in re.findall(r"[a-z0-9-]+", n)}
    if set(re.findall(r"[a-z0-9-]+", name)) & own:
        return ""
    if any(re.search(rf"(?<![a-z0-9-]){re.escape(w)}['’]s\s+(?:[\w-]+\s+){{0,3}}?{re.escape(name)}(?![a-z])", sentence)
           for w in own if len(w) >= 4):
        return ""  # "ClearBeam's LED mask clears …": the brand's product is the intervention
    return "other:" + name


#: People named by the condition they have ("patients with poorly controlled diabetes"): a state
#: said of them is the disease's, not a product's effect.
_WITH_CONDITION = compile_re(r"\b(?:patients|people|those|adults|children|women|men|anyone)\s+(?:with|who\s+have)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:diabetes|disease|hypertension|condition|disorder|syndrome|"
                             r"infection|asthma|cancer|failure|deficiency|obesity)\b")
_HAVE_STATE = compile_re(r"\s*(?:[\w-]+\s+){0,3}?(?:with|have|has|had|show|shows|showed|present\s+with)\s+(?:[\w-]+\s+)?$")


def _their_state(low: str, a: int, start: int) -> bool:
    """The measure's state at ``start`` is had by people named by their condition ("patients
    with diabetes often arrive with raised blood sugar"), not brought about by a product
    ("among people with diabetes, the lamp pushed blood sugar up")."""
    cond = _WITH_CONDITION.search(low, a, start)
    if cond is None or _STANDS_FOR.search(low, a, start):
        return False
    return bool(_HAVE_STATE.fullmatch(low, cond.end(), start))


#: Right before a measure's state ("high blood pressure"): it names the condition treated or
#: the people who have it ("a treatment for high blood pressure", "people with low blood sugar").
_CONDITION_OF = compile_re(r"\b(?:treat\w*|therap\w*|medications?|medicines?|drugs?|pills?|for|against|with|control|"
                           r"manage|managing|diagnosed)\s+(?:[\w-]+\s+){0,2}$")
#: Right before a participle that moves a measure, the preposition that makes it an attributive
#: adjective of a noun phrase ("adults with raised triglycerides", "a history of elevated blood
#: pressure"; the participial adjective of Quirk et al. 1985, §7.15): a state, not a verb.
_ATTRIBUTIVE = compile_re(r"(?<![a-z])(?:with|of)\s+$")
#: Unless the "with" is that of a link ("linked with raised cholesterol", "associated with
#: increased blood pressure"): then the participle is the effect the claim names.
#: Before a participle that modifies a measure ("got thinning bones", "with rising blood
#: pressure", "my flagging energy"): a word of having or a possessive (side19).
_HAVING_BEFORE = compile_re(_claims_file()["frames"]["having_before"])
_LINKED = compile_re(r"\b(?:associated|linked|related|tied|connected)\s+with\s+$")
_ADVERB = compile_re(r"\s+(?:actually|even|then|quickly|rapidly|significantly|sharply|slightly|markedly|dramatically|"
                     r"also|further|steadily|gradually|noticeably)(?=\s)")
#: Between a measure and the verb that moves it, the words of mood and aspect that leave
#: the direction as it is ("tends to rise", "can quickly drop", "will often go up"; not a
#: negation, which is no claim of a direction).
_AUXILIARIES = compile_re(r"(?:\s+(?:(?:tends?|tended|seems?|seemed|appears?|appeared|starts?|started|begins?|began|"
                          r"is\s+likely|are\s+likely|is\s+expected|are\s+expected)\s+to|can|could|may|might|will|would|"
                          r"usually|often|typically|generally|quickly|soon|then|also|even|actually|further|"
                          r"significantly|sharply|slightly|markedly|steadily|gradually|noticeably)(?=\s)){1,3}")
_PREVENTS = compile_re(r"\b(?:prevents?|prevented|preventing|protects?\s+against|wards?\s+off|risk\s+of|"
                       r"stops?\s+you\s+(?:from\s+)?(?:getting|catching))\b")
_TREATS = compile_re(r"\b(?:relieve[sd]?|eased?|eases|calm(?:s|ed)?|soothe[sd]?|shortens?|treats?|cure[sd]?|clear(?:s|ed)?\s+up|"
                     r"(?:gets?|got)\s+rid|alleviate[sd]?|lasted|improves?|reduces?|lessens?)\b")


#: Verbs that promise the condition is gone for good ("cures", "eliminates"): a denial of a cure
#: ("does not cure hay fever") does not deny that it helps ("improves hay fever").
_CURES = compile_re(r"\b(?:cures?|cured|eradicates?|eliminates?|reverses?|gets?\s+rid\s+of|wipes?\s+out|stamps?\s+out)\b")


def _benefit_aim(cue: str, side: str) -> str:
    """"prevent" (keeps the condition away: "prevents colds", "lowers the risk of falls"),
    "treat" (helps once it is there: "shortens colds", "relieves migraine"), or "" when the
    words do not say ("had no effect on colds"). Preventing and treating are different
    claims: "shortens colds" and "does not prevent colds" can both be true."""
    if _PREVENTS.search(cue):
        return "prevent"
    if side == "no_help" and _CURES.search(cue):
        return "cure"  # "does not cure hay fever" denies a cure, not that it helps; a claimed cure
        # is still denied by "does not shorten colds"
    return "treat" if _TREATS.search(cue) else ""


#: Right after "a recognised effect of": the product referred to by a pronoun or by using it.
_PRODUCT_AFTER_OF = compile_re(_claims_file()["frames"]["product_after_of"])


def _state_after(doc: Document, low: str, a: int, end: int, b: int) -> bool:
    """A direction state's words are followed by what frames it as an effect
    (``[direction] state_after``: "… is one of the most common side effects", "… is a
    recognised effect of X"). A plain "effect of" frames it only when the product follows
    ("of X", "of it", "of taking it"). Why: "Raised blood pressure is a known effect of stress"
    names another cause, and no product's effect."""
    m = _data().state_after.match(low, end, b)
    if m is None:
        return False
    if m.group("effect_of") is None:
        return True
    if _PRODUCT_AFTER_OF.match(low, m.end(), b):
        return True
    from lint_rules.analysis.interventions import sentence_subjects

    i = _sentence_of(doc, a)
    return i >= 0 and sentence_subjects(doc).main_between(i, m.end(), m.end() + 3)


#: A relative "which" right after a name and its comma ("Zelvara, which treats constipation").
_WHICH_AFTER = compile_re(r",\s+which\s+(?:(?:" + phrase_alternation(_RELATIVES["which_adverbs"]) + r")\s+)?$")
#: A definite subject right before the state verb ("the serum can leave …"): its noun.
_DEFINITE_BEFORE_VERB = compile_re(r"\b(?:" + phrase_alternation(_RELATIVES["definite"]) + r")\s+([a-z0-9-]+)\s+(?:(?:\w+ly|"
                                   + phrase_alternation(_RELATIVES["before_verb"]) + r")\s+)*$")


def _which_of_product(doc: Document, low: str, a: int, start: int) -> bool:
    """A benefit verb after ", which" whose antecedent is the product's name ("We have given you
    Zelvara, which treats constipation"): the product's benefit. The benefit readers hold back a
    verb after "which" ("research which suggests it eases pain", "a drug which relieves it" of
    another drug); the product named right before the comma is the relative's antecedent (side19)."""
    m = _WHICH_AFTER.search(low, max(a, start - 40), start)
    if m is None or quoted_at(doc, start):
        return False
    i = _sentence_of(doc, start)
    name_start = max(a, m.start() - 40)
    word = re.search(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}$", low[name_start:m.start()])
    if i < 0 or word is None:
        return False
    antecedent = low[name_start + word.start():m.start()]
    # the product named there: the page's main one, or (with none found) an intervention the
    # sentence names ("We have given you lactulose, which treats constipation")
    return main_named_between(doc, i, name_start + word.start(), m.start()) or (
        not _main_intervention(doc) and any(antecedent.endswith(n.lower()) for n in interventions_named(doc, i)))


def _state_of_product(doc: Document, low: str, a: int, b: int, start: int, end: int, perceived: bool) -> bool:
    """A state reading (``direction_states``) is said of the product: its subject names it or a
    word pointing back to it ("Zelvara leaves skin drier", "it keeps you alert", "the serum",
    "the HA" of "Aquavive HA Serum"), and nothing else (``_subject_may_be_product``). Why: a new
    reading is held to positive evidence: "Cold winter wind leaves skin drier", "Exercise gets
    your pulse speeding up", "Screens keep you alert" name no product, and the plain subject
    check lets an unnamed one through. A perceived state ("you may notice your pulse speeding
    up") has the person as its subject: the sentence must name the product (or "it")."""
    i = _sentence_of(doc, start)
    if i < 0:
        return False
    if perceived:
        return _names_product(doc, i, a, b) or bool(_it_product().search(low, a, b))
    lo = clause_span(doc, start, end)[0]
    subject = low[lo:start]
    if named_only_aside(doc, low, i, lo, start):
        return False  # "The Zelvara leaflet is long enough to make you sleepy": the leaflet's
    # a negated apposition names what is NOT the causer ("Jet lag, not Zelvara, makes you
    # sleepy"): the product named only there is no subject of the state
    spans = [(lo, start)]
    if denied := _NOT_APPOSITION.search(subject):
        spans = [(lo, lo + denied.start()), (lo + denied.end(), start)]
    definite = _DEFINITE_BEFORE_VERB.search(subject)
    # a capitalised word only because it opens the sentence ("Central heating leaves skin drier")
    # names nothing when no main product is found
    first = re.match(r"[\s\W]*[A-Za-z][\w-]*", doc.text[a:b])
    named = any(main_named_between(doc, i, p0, p1)
                or _names_product(doc, i, max(p0, a + first.end()) if first and p0 <= a + first.start() else p0, p1)
                or _PRODUCT_PRONOUN.search(low, p0, p1) for p0, p1 in spans if p0 < p1) or (
        definite and _word_of_product_name(doc, lo + definite.start(1)))
    return bool(named) and _subject_may_be_product(doc, low, i, lo, start)


#: A negated apposition in a subject: ", not Zelvara," / "not Zelvara but" (to its comma, "but"
#: or the subject's end): what the writer says is NOT the causer.
_NOT_APPOSITION = compile_re(r"(?:^|,)\s*not\s+[^,]*?(?:,|\s+but\b|$)")


@functools.cache
def _not_the_causer() -> re.Pattern[str]:
    """The product's parts and documents (``[direction.resultative] not_the_causer``)."""
    words = _claims_file()["direction"]["resultative"]["not_the_causer"]
    return compile_re(r"(?<![a-z-])(?:" + phrase_alternation(words) + r")(?![a-z-])")


def named_only_aside(doc: Document, low: str, i: int, lo: int, start: int) -> bool:
    """The subject ``low[lo:start]`` of sentence ``i`` names the product only aside: as the
    owner of a part or document ("The Zelvara leaflet", "its label"), or only in a negated
    apposition ("Jet lag, not Zelvara, makes you sleepy"). Why: a state or a harm said of that
    subject is not the product's doing, and the readers of both sides of a direction conflict
    (the state readings here, the harms ``contradictions`` pairs with them) must agree on it."""
    if _part_of_product(doc, low, i, lo, start):
        return True
    denied = _NOT_APPOSITION.search(low[lo:start])
    if denied is None:
        return False
    d0, d1 = lo + denied.start(), lo + denied.end()
    return _names_product(doc, i, d0, d1) and not any(
        _names_product(doc, i, p0, p1) or _PRODUCT_PRONOUN.search(low, p0, p1) for p0, p1 in ((lo, d0), (d1, start)) if p0 < p1)


def _part_of_product(doc: Document, low: str, i: int, lo: int, start: int) -> bool:
    """The subject ``low[lo:start]`` is a part or document of the product, not the product: a
    part word right after its name or "its" ("the Zelvara leaflet", "Zelvara's label", "its
    box"), or before "of"/"for"/"on" and its name ("the leaflet for Zelvara"). Why: a state
    reading takes any subject naming the product, and "The Zelvara leaflet is long enough to
    make you sleepy" names it as the leaflet's owner only."""
    for m in _not_the_causer().finditer(low, lo, start):
        before = low[lo:m.start()].rsplit(",", 1)[-1]
        p0 = m.start() - len(before)
        if re.search(r"\bits\s+$", before) or (re.search(r"[\w'’]\s+$", before) and _names_product(doc, i, p0, m.start())
                                               and not re.search(r"\b(?:in|with|from|by)\s+", before)):
            return True
        after = re.match(r"\s+(?:of|for|on)\s+[^,]*", low[m.end():start])
        if after and _names_product(doc, i, m.end(), m.end() + after.end()):
            return True
    return False


def _users_of_product(doc: Document, low: str, p0: int, p1: int) -> bool:
    """The users' place ``low[p0:p1]`` (``_USERS_PLACE``: "in the group taking the tablets")
    names the product as what they took: its name, or a word pointing back to it ("it", "the
    tablets"), and no other name ("taking Dorvix", "taking steroids")."""
    i = _sentence_of(doc, p0)
    if i < 0:
        return False
    if _names_product(doc, i, p0, p1):
        return True
    users = _USERS_PLACE.match(low, p0, p1)
    took = users.group("took") if users else ""
    return bool(took) and bool(_PRODUCT_PRONOUN.fullmatch(took.strip()))


def _word_of_product_name(doc: Document, at: int) -> bool:
    """The word at ``at`` (after "the") repeats a word of the product's name: the product's own
    name word ("the serum" of "Aquavive HA Serum") or a capitalised word written earlier inside
    a name of two or more capitalised words that holds one ("the HA" after "Aquavive HA Serum"):
    a definite noun phrase pointing back to that name."""
    word = re.match(r"[\w-]+", doc.text[at:])
    if word is None:
        return False
    low_word = word.group().lower()
    main = set(re.findall(r"[a-z0-9-]{2,}", _main_intervention(doc).lower())) | _product_words(doc)
    if low_word in main:
        return True
    if not word.group()[:1].isupper():
        return False
    for name in re.finditer(r"(?:[A-Z][\w-]*\s+)+[A-Z][\w-]*", doc.text[:at]):
        words = [w.lower() for w in name.group().split()]
        if low_word in words and main & set(words):
            return True
    return False


def _direction(doc: Document, side: str, low: str, a: int, b: int, start: int, end: int, phrase: str,
               base: dict[str, Any]) -> TypedClaim | None:
    data = _data()
    phrase = re.sub(r"\s+", " ", phrase)
    if side == "result":
        if _NEGATED_VERB.search(low, max(a, start - 40), start) or _DENIED_VERB.search(low, max(a, start - 40), start):
            return None  # "won't leave your skin dry" denies a drying: it agrees with a moisturiser,
            # so it is no claim of "no change" either
        quantity, direction, *perceived = phrase.split()
        if not _state_of_product(doc, low, a, b, start, end, bool(perceived)):
            return None
        return TypedClaim("direction", direction, **base, topic=frozenset({quantity}), aspect="verb")
    if side == "state":
        quantity, direction, framed = data.state_of[phrase]
        if framed and not (data.state_frame.search(low, a, start) or _state_after(doc, low, a, end, b)):
            return None
        if framed and _their_state(low, a, start):
            return None  # "patients with poorly controlled diabetes arrive with raised blood sugar": the disease
        return TypedClaim("direction", direction, **base, topic=frozenset({quantity}),
                          aspect="state" if framed else "verb")
    if quoted_at(doc, start):
        return None
    if _their_state(low, a, start):
        return None  # "patients with diabetes often arrive with raised blood sugar": the disease
    quantity = phrase if phrase.startswith("m:") else (data.quantity_of.get(phrase) or data.quantity_of[phrase[:-1]])
    if _NOT_THE_MEASURE.match(low, end, b):
        return None  # "glucose activity in the brain", "glucose use": what the measure's word modifies
    if _BOTH_WAYS.match(low, end, b):
        return None  # "saw their insulin sensitivity rise and fall": no direction
    if re.match(r"\s+(?:loss|gain|management|control|watchers|training|lifting|bearing)\b", low[end:end + 14]):
        return None  # "weight loss", "weight gain": an effect's name, not the measure
    for name, pattern in data.before:
        m = pattern.search(low, max(a, start - 45), start)
        if m:
            lead = low[a:m.start()]
            if _ATTRIBUTIVE.search(low, max(a, m.start() - 8), m.start()) and re.match(r"[a-z]+ed\s", m.group()) \
                    and not _LINKED.search(low, max(a, m.start() - 20), m.start()):
                return None  # "900 adults with raised triglycerides", "a history of lowered sodium":
                # a participle after "with"/"of" describes the people's state, not a product's effect
            if re.fullmatch(r"[a-z]+ing\s+", m.group()) and _HAVING_BEFORE.search(low, max(a, m.start() - 12), m.start()):
                return None  # "I've got thinning bones", "for people with rising blood pressure": a
                # participle right before the measure, after a word of having, describes the person
            if re.search(r"\soff\s", m.group()) and not _off_by_product(doc, low, a, m.start()):
                return None  # "Cutting out butter took 20 points off my LDL": the amount is taken
                # off by something else, the clause's own subject
            if not re.search(r"[a-z0-9]", lead.split(";")[-1]) and not _AUX_FIRST.match(low, m.start()) \
                    and not re.search(r"\soff\s", m.group()):
                break  # "Increased blood pressure is common in …": an adjective (a state); an
                # amount taken off ("Took 20 points off my LDL") is a verb with its subject left out
            window = re.sub(r"[\"“”‘’]", " ", low[max(a, m.start() - 40):m.start()])
            if name != "none" and _NEGATED_VERB.search(window):
                if _NO_MORE_THAN.match(low, end, b) or re.match(r"\s+(?:levels\s+)?(?:as|so)\s+\w+", low[end:b]):
                    return None  # "doesn't drive down estrogen levels as severely": a comparison of degree
                name = "none"  # "won't raise your heart rate", "never pushes blood sugar up"
            elif name != "none" and data.not_helps.search(window):
                return None  # "aimed to lower blood pressure", "ways to decrease it"
            base["start"] = m.start()
            return TypedClaim("direction", name, **base, topic=frozenset({quantity}), aspect="verb")
    for name, pattern in data.state_dir:
        m = pattern.search(low, max(a, start - 25), start)
        if m and quantity.startswith("m:"):
            return None  # "patients with elevated eosinophil levels": a lab value as a state describes people
        if m:
            if _CONDITION_OF.search(low, max(a, m.start() - 40), m.start()):
                return None  # "a treatment for hard-to-control high blood pressure": the condition
            # "increased appetite is a common side effect", "caused a drop in blood pressure"
            if _their_state(low, a, m.start()):
                return None  # "patients with diabetes arrive with raised blood sugar": the disease
            if data.state_frame.search(low, a, m.start()) or _state_after(doc, low, a, end, b):
                base["start"] = m.start()
                return TypedClaim("direction", name, **base, topic=frozenset({quantity}), aspect="state")
            return None  # "high blood pressure increases the risk": the condition, not the measure
    # "metabolic rate actually slowed", "blood sugar tends to rise", "appetite can quickly drop"
    change = _FROM_TO.match(low, end, b)
    if change:
        # "my ferritin went from 8 to 45", "fasting sugars dropped from 9 to 6": the two numbers say
        # which way it moved (own curation)
        try:
            before, after = (float(change.group(g).replace(",", "")) for g in ("a", "b"))
        except ValueError:
            before = after = 0.0
        if before != after:
            base["end"] = change.end()
            return TypedClaim("direction", "up" if after > before else "down", **base,
                              topic=frozenset({quantity}), aspect="outcome")
    adverb = _ADVERB.match(low, end, b) or _AUXILIARIES.match(low, end, b) or _PARTICLE_DEGREE.match(low, end, b)
    tail = _MEASURE_TAIL.match(low, end, b)
    spots = [end, *([adverb.end()] if adverb else [])]
    if users := _USERS_PLACE.match(low, end, b):
        after_users = _ADVERB.match(low, users.end(), b) or _AUXILIARIES.match(low, users.end(), b)
        spots += [users.end(), *([after_users.end()] if after_users else [])]
    if tail and tail.end() > end:
        # "your HbA1c, the long-term sugar number, down", "their blood sugar readings drop":
        # the measure's reading noun or an appositive naming it again stands before the verb
        after_tail = _ADVERB.match(low, tail.end(), b) or _AUXILIARIES.match(low, tail.end(), b)
        spots += [tail.end(), *([after_tail.end()] if after_tail else [])]
    for name, pattern in data.after:
        m = next((got for spot in spots if (got := pattern.match(low, spot, b))), None)
        if m:
            if users and m.start() >= users.end() and not _users_of_product(doc, low, users.start(), users.end()):
                return None  # "Cholesterol among people taking Dorvix rose", "… in the group taking steroids"
            base["end"] = m.end()
            caused = _PARTICLE_VERB.search(low, max(a, start - 30), start)
            if caused and _NEGATED_VERB.search(low, max(a, caused.start() - 25), caused.start()):
                name = "none"  # "won't push your blood sugar up"
            if not caused and _OTHER_CAUSE.search(low, m.end(), b):
                return None  # "blood sugar can rise …, because illness itself raises it": another cause's
            return TypedClaim("direction", name, **base, topic=frozenset({quantity}),
                              aspect="verb" if caused else "outcome")
    return None


#: After a measure's word and before the verb that moves it, what still names the measure: a
#: noun of its reading ("blood sugar readings", "cholesterol numbers", "PSA results", "potassium
#: levels" where the list names the measure alone) and an
#: appositive noun phrase set off by commas that names it again ("HbA1c, the long-term sugar
#: number, down by a point"; the appositive of Quirk et al. 1985, §17.65, opening with a
#: determiner, so "blood pressure, which …" or ", and …" is no appositive).
_MEASURE_TAIL = compile_re(_claims_file()["frames"]["measure_tail"])
#: Between a measure and its change verb, the product's users as the change's place ("bone
#: density in the group taking the tablets fell"): the change is theirs (side19).
_USERS_PLACE = compile_re(_claims_file()["frames"]["users_place"])
#: After a condition, a main clause saying the change is the expected one ("If you feel your
#: pulse speeding up on it, this is the expected effect"): the change is asserted (side19).
_EXPECTED_CONSEQUENT = compile_re(_claims_file()["frames"]["expected_consequent"])
#: After a measure's word, a noun it modifies ("glucose activity", "glucose use", "cholesterol
#: test"): the words name something else than the measure.
_NOT_THE_MEASURE = compile_re(r"\s+(?:activity|use|uptake|metabolism|tolerance|tests?|testing|monitors?|monitoring|meters?|"
                              r"strips|transport|production|intolerance|checks?|screening|drugs?|medicines?|medications?|"
                              r"pills?|tablets?|supplements?)(?![a-z])")
_AUX_FIRST = compile_re(r"(?:it|they|which|that|this|these)\s")
#: Between a measure and "up"/"down", the particle's degree word ("brings my sugar right down").
_PARTICLE_DEGREE = compile_re(_claims_file()["direction"]["particle_degree"])
#: A measure that goes both ways ("rise and fall", "up and down").
_BOTH_WAYS = compile_re(r"\s+(?:\w+\s+)?(?:rise\s+and\s+fall|rises\s+and\s+falls|rose\s+and\s+fell|go\s+up\s+and\s+down|"
                        r"goes\s+up\s+and\s+down|went\s+up\s+and\s+down|fluctuat\w*|swing\w*|vary|varies|varied)(?![a-z])")
#: A measure named by a lab value's head and "levels", "count", "readings" (the form of
#: MedlinePlus's lab-test names: "vitamin D levels", "red blood cell count", "eosinophil count").
_GENERIC_MEASURE = compile_re(r"(?<![a-z0-9-])(?P<q>(?:[a-z0-9-]+\s+){0,2}[a-z0-9-]+)\s+(?:levels?|counts?|readings?|concentrations?)(?![a-z])")
#: What a match of ``_GENERIC_MEASURE`` is made of (its words, the spaces between, its head)
#: and where such a stretch ends; its head words, one of which every match holds.
_MEASURE_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_MEASURE_RUN_END = compile_re(r"[^a-z0-9\s-]")
_MEASURE_HEADS = ("level", "count", "reading", "concentration")
_MEASURE_HEAD = compile_re("|".join(_MEASURE_HEADS))


def _generic_measures(low: str) -> list[re.Match[str]]:
    """``_GENERIC_MEASURE.finditer(low)``, scanned only over the stretches that hold a head
    word ("level", "count", …).

    Why: the pattern opens with a lookbehind and up to three words of any letters, so SRE
    tried it at every word of the article and read on to the next few words each time
    (2.3 ms of a 150-article average, the largest single scan of the typed claims). Why the
    matches are the same: every character of a match is a letter, digit or hyphen
    (``[a-z0-9-]``) or a space (``\\s``), so a match lies inside one maximal stretch of
    such characters, and holds a head word, so only stretches with one can hold a match.
    Scanning a stretch with ``pos``/``endpos`` at its ends gives the matches the whole scan
    finds there: the lookbehind still sees the character before the stretch (no letter,
    digit or hyphen, as in the whole text), and at the stretch's end the lookahead
    ``(?![a-z])`` holds as it does on the character that ends the stretch. Stretches never
    share a match, so the order and the non-overlapping choice are the whole scan's."""
    if not any(head in low for head in _MEASURE_HEADS):
        return []
    out: list[re.Match[str]] = []
    done = -1
    chars = _MEASURE_RUN_CHARS
    for head in _MEASURE_HEAD.finditer(low):
        at = head.start()
        if at < done:
            continue  # in the stretch just scanned
        end = _MEASURE_RUN_END.search(low, at)
        stop = end.start() if end is not None else len(low)
        start = at
        while start > 0 and (low[start - 1] in chars or low[start - 1].isspace()):
            start -= 1
        out.extend(_GENERIC_MEASURE.finditer(low, start, stop))
        done = stop
    return out


_MEASURE_STOP = frozenset({"the", "your", "their", "his", "her", "my", "our", "its", "a", "an", "of", "in", "and", "or",
                           "low", "high", "higher", "lower", "raised", "normal", "healthy", "blood", "serum", "at",
                           "to", "with", "by", "on", "for", "from", "that", "this", "these", "those", "which", "can",
                           "may", "will", "could", "raise", "raises", "lowers", "boost", "boosts", "increase",
                           "increases", "reduce", "reduces", "cut", "cuts", "falsely", "also", "both", "is", "are",
                           "was", "were", "be", "been", "it", "they", "some", "many", "all", "any", "stress", "noise",
                           "activity", "sugar", "energy", "pollen", "water", "light", "fitness"})
@functools.lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    """Every form of the raising and lowering verbs, and their particles."""
    classes = predicate_classes()
    words = {"up", "down", "back", "into", "out"}
    for lemma in (*classes.get("raising", ()), *classes.get("lowering", ()), *classes.get("relief", ())):
        head = lemma.split()[0]
        words |= {head, head + "s", head + "es", head + "ed", head + "d", head + "ing", head[:-1] + "ing"}
    return frozenset(words)


#: After a measure, its change as two numbers ("went from 8 to 45", "dropped from 9 to 6").
_FROM_TO = compile_re(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:about\s+|around\s+)?(?P<a>\d[\d,.]*)\s*(?:[a-z%/]+\s+)?to\s+(?:about\s+|around\s+|just\s+)?(?P<b>\d[\d,.]*)")


#: After a measure's change, the sentence names its cause, and not as the product (no "it",
#: "they" or taking it): "blood sugar can rise in people taking it, because illness itself
#: raises it" is said of the illness.
_OTHER_CAUSE = compile_re(r"\b(?:because(?:\s+of)?|due\s+to|caused\s+by|owing\s+to|as\s+a\s+result\s+of|driven\s+by|"
                          r"thanks\s+to)\s+(?!(?:it|they|them|this|these|its|their|taking|using)\b)")


#: A verb that moves a measure when its particle follows the measure ("bring your cholesterol
#: down", "pushed blood sugar up", "keeps blood pressure down"): said of the product.
_PARTICLE_VERB = compile_re(r"\b(?:caused?|causing|made|makes?|making|pushe[sd]|push|pushing|sent|sends?|drove|"
                            r"drives?|led|brings?|brought|bringing|keeps?|kept|keeping|gets?|got|knocks?|knocked|"
                            r"sets?|shoots?|shot|jacks?|jacked)\s+(?:" + _MEASURE_DETERMINER + r"|[\w-]+'s?\s+)?$")
#: A negation right before a direction verb ("won't raise", "does not lower", "never
#: pushes"): the claim is that the measure does not move.
_NEGATED_VERB = compile_re(r"(?:\bnot|n't|\bnever|\bneither|\bnor)\s+(?:(?:help|helps|actually|really|significantly|"
                           r"noticeably|meaningfully|ever)\s+)?(?:to\s+)?$")


_DENIED_VERB = compile_re(r"(?:\bnot|n't|\bnever|\bno\s+way\s+to|\bno)\s+(?:(?:be|ever|cause\s+any|do\s+any)\s+)?$")


def harm_to_part_before(doc: Document, lo: int, start: int, *, denied: bool = False) -> bool:
    """A verb of harm ends right before ``start`` ("can harm the retina", "may irritate
    your stomach"): the body part named at ``start`` is harmed (``[effects]`` of the data).
    With ``denied``, the verb must itself be negated ("will never damage your eyes", "won't
    irritate the skin"; not "haven't seen any damage to skin cells", an observation)."""
    text = _norm(doc.text[lo:start])
    m = _data().harm_to_part.search(text)
    if m is None:
        return False
    return not denied or bool(_DENIED_VERB.search(text, 0, m.start()))


def harm_to_part_after(doc: Document, end: int, stop: int) -> bool:
    """A verb of harm follows the body part that ends at ``end`` ("kidney function can
    decline", "the liver may be damaged"; ``[effects] harm_after_part`` of the data)."""
    return bool(_data().harm_after_part.match(_norm(doc.text[end:stop])))


#: A condition or exception after the product a part is spared by ("… on X only if you avoid
#: alcohol", "… with X unless you have kidney disease"): the part is spared only then.
_SPARED_ONLY_IF = compile_re(_claims_file()["frames"]["spared_only_if"])


def spared_part(doc: Document, lo: int, start: int, end: int, stop: int) -> bool:
    """The body part or function named at ``[start, end)`` is said to be spared: a neutral word
    of effect on it, denied right before it ("does not affect your thyroid", "causes no
    problems with the gut", "you won't notice any change in your periods"), or a spared state
    after it ("your thyroid is left untouched by it", "it leaves your sleep untouched"). A
    denial that is a person's state, an observation or a condition ("people with no problems
    with their kidneys", "the trial found no change in thyroid function") is no promise.
    ``lo`` is where the part's clause starts, ``stop`` its sentence's end."""
    data = _data()
    text = _norm(doc.text[lo:start])
    m = data.neutral_to_part.search(text) or data.harm_to_part.search(text)  # "no risk of harm to the liver"
    if m is not None:
        denial = data.spared_denial.search(text, 0, m.start())
        return denial is not None and not data.spared_not_product.search(text, 0, denial.start()) \
            and not data.doubted_before_part.search(text, 0, denial.start())
    after = _norm(doc.text[end:stop])
    spared = data.spared_after_part.match(after)
    if spared:
        # spared by the product only: "by it", "by Zanta"; not "by the operation", "by
        # radiotherapy to the chest", "by the disease"
        by = end + spared.end()
        if _SPARED_ONLY_IF.search(after, spared.end()):
            return False  # "your liver is safe on X only if you avoid alcohol": a condition, no promise
        k = bisect.bisect_right([x.start for x in doc.sentences], by) - 1
        if (re.match(r"(?:it|them)(?![a-z])", after[spared.end():]) and k >= 0 and _it_is_product(doc, k, by)) or (
                by_kind(doc.text, by, stop) and not re.match(r"(?:this\s+|the\s+)?treatments?(?![a-z])", after[spared.end():])):
            return True  # "by it" (the product: not "Coeliac disease … untouched by it"), "by this supplement"
        return k >= 0 and main_named_between(doc, k, by, by + 1)
    return bool(data.spared_around_part.search(text) and data.spared_around_after.match(after))


#: The product by its kind, with no name or modifier before it: "(the) injections", "their
#: jabs", "the supplement", "these tablets".
_BY_KIND = compile_re(r"(?:(?:the|these|those|their|your|this|that|my|its)\s+)?(?:(?:weekly|daily|monthly|nightly)\s+)?(?:injections?|jabs?|shots?|tablets?|"
                        r"pills?|capsules?|supplements?|drugs?|medicines?|medications?|treatments?|creams?|gels?|"
                        r"sprays?|inhalers?|patch|patches|drops|powders?|drinks?|products?|remedy|remedies)(?![\w-])",
                        re.IGNORECASE)


def by_kind(text: str, pos: int, end: int) -> bool:
    """The words at ``pos`` name the product by its kind alone ("the injections", "this
    supplement"): on a page about one product, that product."""
    return bool(_BY_KIND.match(text, pos, end))


def part_not_promised(doc: Document, lo: int, start: int, end: int) -> bool:
    """The part named at ``[start, end)``, read as spared, is no promise of the product's:
    the lay word names something else ("for long periods", "thyroid blood tests"), or an
    observer or a doubt stands before it in its clause (``lo`` on): "the study found no effect
    on the thyroid", "most women see no change in their periods", "do not assume that it does
    not affect your thyroid"."""
    data = _data()
    before = _norm(doc.text[lo:start])
    return bool(data.part_other_sense_before.search(before) or data.part_other_sense_after.match(_norm(doc.text[end:end + 40]))
                or data.observed_before_part.search(before) or data.doubted_before_part.search(before))


def same_name(a: str, b: str) -> bool:
    """Two intervention names are one: equal, or sharing a word ("calcium" and "calcium
    supplement")."""
    if a == b:
        return True
    wa = set(re.findall(r"[a-z0-9-]{4,}", a))
    return bool(wa & set(re.findall(r"[a-z0-9-]{4,}", b)))


def same_subject(a: TypedClaim, b: TypedClaim) -> bool:
    """Both claims are about one intervention: the same name, or names that share a word
    ("calcium" and "calcium supplement"); an interaction is also about every product its
    sentence names ("fluvoxamine can raise the amount of melatonin in the blood")."""
    if a.subject == b.subject:
        return True
    if a.type == "interaction" and "*" in (a.subject, b.subject):
        return True  # an interaction said of "it", with the other drug named as its object
    if a.type == "interaction" and (a.subject in b.names or b.subject in a.names):
        return True
    wa = {w for w in re.findall(r"[a-z0-9-]{4,}", a.subject)}
    wb = {w for w in re.findall(r"[a-z0-9-]{4,}", b.subject)}
    shared = wa & wb
    if shared and all(names_dose_form(w) for w in shared) and _coined(wa - shared) and _coined(wb - shared):
        return False  # "Flexora capsules" and "Dozal Night capsules": two products in one dose form
    return bool(shared)


def _coined(words: set[str]) -> bool:
    """One of ``words`` is a coined name (no word of the CMU dictionary, hyphen parts too): a
    brand ("flexora", "dozal"), not a category noun's modifier ("weight-loss", "steroid"),
    which may describe the product itself."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    known = syllable_counts()
    return any(not all(p in known for p in w.split("-") if p) for w in words if not re.search(r"\d", w))
