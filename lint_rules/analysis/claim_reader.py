"""What a clause says about an effect named in it: a claim read from the clause's structure.

A concept mention (``analysis/mentions.py``) names an effect; whether the sentence *claims*
anything about it depends on the clause around it. This module reads that clause as
(subject, predicate class, object) from a small lexicon of predicate classes
(``knowledge/claim_predicates.toml``, with its sources) instead of a pattern per phrasing:

- **before the effect**: ``<subject> [aux] <verb> [up to five words] <effect>`` where the verb
  is of class *cause* ("trigger", "bring on", "give", "leave") or *experience* ("develop",
  "get", "report", "complain of"); an experience verb needs a subject that is the people who
  use the product ("users", "wearers", "patients switching to it", "some beginners … in the
  first fortnight"), a cause verb a subject that is not the disease ("the condition can
  trigger …" is a symptom, not a harm);
- **after the effect** (the effect as subject, nominal and list forms): ``<effect> [up to
  eight words] [aux] <verb>`` of class *occur* ("can follow a dose of it", "may set in"),
  *recorded* (a passive: "was reported by one in eight users", "is listed among its effects"),
  an *effect noun* ("is a known effect of the device", "remains among the top complaints from
  wearers") or a *usual* adjective with the exposure named ("aching is typical after the
  shot"); each needs the product, its users or the exposure named after the verb, and not a
  disease ("a common effect of the infection").

- **an effect as a label** ("Headaches: reported by 7% of users", "Nausea — 1 in 20 people
  taking it"): the effect opens the sentence, then its frequency or record in the product's users;
- **a subject quantified by none** ("Not a single patient … reported a rash", "None of the
  testers got …"): an experience verb after it is read with ``negated`` set, a denial;
- **a harm said by its badness** (``general_harm``: "can harm the baby", "can build up to
  dangerous levels", "several relapsed"), which names no effect; typed claims read it under a
  condition of who takes the product.

Polarity and hedging are not decided here: they are the ConText attributes of the mention
(``analysis/context.py``), which every rule reads. The reader only says that the clause
states a relation, of which class, and with which subject; ``negated`` is set when a negation
sits inside the predicate itself after the effect ("rashes were not reported"), so that a
caller can leave such a clause to the negation layer rather than read it as affirmed.

Public API: ``read_clause(text, lo, hi, start, end) -> Reading | None`` over the document
text, where ``[lo, hi)`` is the sentence and ``[start, end)`` the effect's words;
``conditions(low)``; ``general_harm(text, start, end)``, ``graded_harm(text, start, end)`` (a
harm named by its gravity, whose subject the caller checks) and ``general_harm_at(text)`` (both);
``undergoing_verbs()`` (the experience class and "have", for a group already read as a condition).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from lint_rules.analysis.boundaries import clause_start
from lint_rules.knowledge import path as knowledge_path
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import cached_tables, compile_re
from lint_rules.store.diskcache import files_key

DATA_FILE = "claim_predicates.toml"
#: The nouns that make an effect a modifier ("prostate cancer detection"), shared with the mentions.
HEADS_FILE = "concepts_matching.toml"
#: Verb classes derived from WordNet 3.0 (tools/build_wordnet_lexicon.py): merged into the
#: curated classes of DATA_FILE by ``predicate_classes``.
WORDNET_FILE = "lexicon_wordnet.toml"
#: The classes of DATA_FILE that take the WordNet-derived verbs of the same name.
_WORDNET_CLASSES = ("relief", "raising", "lowering")

#: How far a verb may stand before the effect it governs (words of the object phrase:
#: "develop [shin splints and] knee pain", "get [diarrhoea and tummy] cramps").
OBJECT_GAP = 5
#: How far the effect's own phrase may run before its predicate ("a prickling, stinging
#: feeling under the electrodes is …").
SUBJECT_GAP = 12


@dataclass(frozen=True)
class Reading:
    """What a clause says about the effect it names."""

    pclass: str  #: cause, experience, occur, recorded, effect_noun, usual
    subject: str  #: product, users, people, other (a subject the lexicon does not place: "the blood
    #: supply is cut off, resulting in …" may be a mechanism), or "" (none in the clause)
    where: str  #: "before" (verb then effect) or "after" (effect then predicate)
    cue: str  #: the predicate's words
    negated: bool = False  #: a negation inside an after-the-effect predicate
    worsening: bool = False  #: a denied worsening verb before the effect ("does not worsen asthma")


def verb_form_patterns(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """The lemma's regular and irregular forms, each escaped for a pattern; for a multi-word
    verb, the first word's forms with the rest kept ("lead to", "led to", "leading to"). Public:
    the state readings (``direction_states``) and the typed-claim readers inflect their verbs
    with the same rule and irregular table as this reader, so a verb reads alike everywhere."""
    head, _, rest = lemma.partition(" ")
    if head == "be":
        heads = ["be", *irregular["be"]]
    else:
        heads = [head, *irregular.get(head, [])]
        if head.endswith("e"):
            heads += [head + "s", head + "d", head[:-1] + "ing"]
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            heads += [head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
        elif re.search(r"[^aeiou][aeiou][ptgbdn]$", head) and len(head) <= 4:
            heads += [head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
        elif head.endswith(("s", "sh", "ch", "x")):
            heads += [head + "es", head + "ed", head + "ing"]
        else:
            heads += [head + "s", head + "ed", head + "ing"]
    tail = (r"\s+" + r"\s+".join(map(re.escape, rest.split()))) if rest else ""
    return [re.escape(h) + tail for h in dict.fromkeys(heads)]


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=lambda s: (-len(s), s)))


def _word_set(words: list[str]) -> re.Pattern[str]:
    """The words, and the plurals of those of four letters or more ("patches"; not "is" from "i")."""
    forms = [re.escape(w) + ("(?:e?s)?" if len(w) >= 4 else "") for w in words]
    return compile_re(r"(?<![a-z0-9'])(?:" + _alternation(forms) + r")(?![a-z0-9])")


@dataclass(frozen=True)
class _Data:
    before_verbs: re.Pattern[str]
    verb_class: dict[str, str]
    after: re.Pattern[str]
    users: re.Pattern[str]
    people: re.Pattern[str]
    product: re.Pattern[str]
    disease: re.Pattern[str]
    ties: re.Pattern[str]
    modifier_heads: re.Pattern[str]
    effect_as: re.Pattern[str]
    population: re.Pattern[str]
    comedication: re.Pattern[str]
    not_second: re.Pattern[str]
    general_harm: re.Pattern[str]
    graded_harm: re.Pattern[str]
    open_not_verbs: frozenset[str]
    open_gap: frozenset[str]
    open_aux: frozenset[str]


_AUX = (r"(?:,?\s+(?:can|may|might|could|will|would|does|do|did|is|are|was|were|has|have|had|been|be|being|"
        r"also|still|sometimes|often|occasionally|usually|rarely|commonly|frequently|reportedly|typically|"
        r"generally|then|even|really|actually|certainly|definitely|known\s+to|said\s+to|likely\s+to|"
        r"not|never|n't|remains?|remained|stays?|stayed|seems?\s+to|tends?\s+to|appears?\s+to|"
        r"(?:can|may|might|could|will|would|does|do|did|is|are|was|were|has|have|had)n't|simply|just|"
        r"well|widely|frequently|most|more|the|one|of|a|an|its|their|among|top|main|biggest|leading|"
        r"known|reported|recognised|recognized|documented|listed|established|rare|serious|common|commonest|frequent|chief|usual|typical|"
        r"possible|potential|notable|important|unwanted|unpleasant|temporary|occasional|mild|major|minor|"
        r"[a-z]+-[a-z]+)){0,8}?")
_BE = r"(?:is|are|was|were|been|be|being|remains?|remained|'s|'re)"
_NEGATION = compile_re(r"(?<![a-z])(?:not|never|no)(?![a-z])|n't")
#: Where a clause ends (looking either way from the effect).
_BREAK = compile_re(r"[;:!?()\"“”]|\s[-–—]\s|(?<![a-z])(?:but|because|however|although|though|whereas|while|unless|"
                    r"until|since|so\s+that|which|who|whom|whose|where|when|if)(?![a-z])|,\s*(?:and|so|yet|or)\s")
_LIKELIHOOD = compile_re(r"(?<![a-z])(?:risks?|chances?|odds|likelihood|danger|incidence|rates?)\s+(?:of|for)\s")
_PRONOUN = compile_re(r"(?<![a-z])(?:it|they|he|she|we|i|you|there|said|says|say|told)(?![a-z])")
#: The circumstances in which an effect occurs ("can occur, particularly if you skip meals"):
#: said of taking the product (the frame contradiction_effects.toml had for it, now read here).
_CIRCUMSTANCE = compile_re(r",?\s+(?:particularly|especially|mainly|mostly|usually|more\s+often)\s+"
                           r"(?:if|when|at|in|with|after|while)(?![a-z])")
#: A product named by a capitalised name right after a preposition, within a few words of the
#: predicate ("is a known effect of Brontal", "can follow a dose of Brontal"); not any capitalised
#: word further on ("… in the United States", "…, said Dr. Rennert").
_TO_NAME = r"(?:[^\w-]{1,4}[\w-]+){0,5}?[^\w-]{1,4}(?:with|after|on|from|of|to|by|taking|using)\s+(?:the\s+)?"
_NAMED_AFTER = compile_re(_TO_NAME + r"[A-Z][\w-]{2,}")
#: The same words up to where a name placed by the interventions analysis starts (``names`` of
#: ``read_clause``): a generic name written in lower case ("is a known effect of ketamine").
_PREP_BEFORE_NAME = compile_re(_TO_NAME)
#: The "usual" tie's words up to a placed name ("is common after |metformin"; [exposure]
#: usual_ties of DATA_FILE).
_USUAL_TIES = r"\s+(?:" + "|".join(read_toml(DATA_FILE)["exposure"]["usual_ties"]) + r")\s+"
_USUAL_BEFORE_NAME = compile_re(_USUAL_TIES)
#: The same tie before a capitalised name ("is common after |Brontal").
_USUAL_NAMED = compile_re(_USUAL_TIES + r"[A-Z][\w-]{2,}")


def _named_after(original: str, at: int, names: frozenset[int]) -> bool:
    """A product is named right after a preposition a few words on from ``at``: a capitalised
    name (``_NAMED_AFTER``) or a name the caller's interventions analysis placed at one of
    ``names`` (offsets into ``original``). Why (stage20): generic drug names are written in
    lower case ("hair loss can occur with metformin"), and the capitalised shape alone left
    four of nine after-the-effect frames unread for them."""
    return _NAMED_AFTER.match(original, at) is not None or any(
        at < p <= at + 90 and _PREP_BEFORE_NAME.fullmatch(original, at, p) for p in names)
#: A comparison group or other products named where the effect is placed.
_OTHER_GROUP = compile_re(r"(?<![a-z])(?:placebo|dummy|sham|control\s+(?:group|arm)|rival|competitor|competing|"
                          r"(?:many|most|other|some|several|certain|older|all)\s+(?:other\s+)?(?:[\w-]+\s+)?"
                          r"(?:drugs|medicines|medications|products|creams|pills|tablets|sprays|supplements|treatments|brands)|"
                          r"another\s+(?:drug|medicine|product|brand|cream|treatment))(?![a-z])")
_VAGUE = compile_re(r"they|them|these")
_WORD_TAIL = compile_re(r"[\w%]*")
#: An effect used as a label, then its frequency or record ("Headaches: reported by 7% of users").
_LABEL = compile_re(r"\s*(?::|\s[-–—])\s*(?:(?:reported|seen|noted|experienced|observed|recorded|occurred|occurring)\s+(?:by|in|among)|"
                    r"(?:in|among|by)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(?:\d|one|two|three|a\s+few|some|several)|"
                    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|in\s+\d|of|out\s+of)|"
                    r"(?:one|1|a)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                    r"thirty|forty|fifty|a\s+hundred|a\s+thousand)|affect(?:s|ed|ing)?)")
#: A subject quantified by none ("Not a single patient …", "None of the testers …", "Nobody
#: on it …"): an experience verb after it denies the effect.
NONE_HEADS = phrase_alternation(read_toml(DATA_FILE)["people_denial"]["none_heads"])
_NO_ONE = compile_re(r"\W*(?:" + NONE_HEADS + r")(?![a-z])")
#: effect nouns that say who is exposed to the effect rather than what causes it: with only
#: people after them ("a risk for anyone confined to bed") they name no product's harm
_AT_RISK_NOUNS = frozenset(read_toml(DATA_FILE)["people_denial"]["at_risk_nouns"])
#: the bare quantifiers and the relative pronouns of a people-denial ([people_denial])
_BARE_NONE = tuple(read_toml(DATA_FILE)["people_denial"]["bare_quantifiers"])
_PEOPLE_RELATIVE = frozenset(read_toml(DATA_FILE)["people_denial"]["relative_pronouns"])
_EMBEDDED = compile_re(r"(?<![a-z])(?:whether|if)(?![a-z])")
_NOT_THE_EFFECT = compile_re(r"(?<![a-z])(?:improve\w*|relief|reduc\w*|decreas\w*|drops?|fall|fewer|less|lower|benefits?|"
                             r"protection|treatments?|cures?|symptoms\s+of|recovery|freedom|disappearance)(?![a-z])")
_FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "these", "that", "those", "some", "many", "most", "in", "on",
                             "for", "at", "by", "with", "after", "before", "during", "over", "under", "one", "two",
                             "it", "its", "they", "their", "there", "here", "as", "and", "or", "but", "yet", "so",
                             "even", "only", "also", "then", "now", "today", "still", "both", "each", "every", "all",
                             "no", "not", "never", "taking", "using", "regular", "daily", "too", "much", "more"})
_WORD = compile_re(r"[a-z0-9][a-z0-9'-]*")


def predicate_classes() -> dict[str, list[str]]:
    """The predicate classes: the curated lemmas of ``claim_predicates.toml`` and, for the
    relief, raising and lowering classes, the lemmas WordNet 3.0 gives the same synsets and
    their troponyms (``lexicon_wordnet.toml``; curated first, each lemma once). Vocabulary
    from a named source reaches wording nobody listed by hand ("palliates", "stave off")."""
    classes = {k: list(v) for k, v in read_toml(DATA_FILE)["classes"].items()}
    wordnet = read_toml(WORDNET_FILE)
    for name in _WORDNET_CLASSES:
        classes[name] = list(dict.fromkeys([*classes.get(name, []), *wordnet.get(name, [])]))
    return classes


def lexicon_files() -> tuple[Path, Path, Path]:
    """The data files the classes are read from (for the keys of cached tables)."""
    return knowledge_path(DATA_FILE), knowledge_path(WORDNET_FILE), knowledge_path(HEADS_FILE)


@functools.lru_cache(maxsize=1)
def _data() -> _Data:
    """The tables, from the disk cache keyed by the data files and this module."""
    return cached_tables("claim-reader", files_key(*lexicon_files(), __file__), _Data, _build_data)


def _modifier_heads() -> list[str]:
    """``concepts_matching.toml`` [matching] modifier_heads (shared with the mentions) and
    effect_heads (this reader's own: "deaths", "rates", "sufferers")."""
    matching = read_toml(HEADS_FILE)["matching"]
    return [*matching["modifier_heads"], *matching["effect_heads"]]


def _build_data() -> _Data:
    d = read_toml(DATA_FILE)
    irregular = d["irregular"]
    classes = predicate_classes()
    verb_class: dict[str, str] = {}
    before: list[str] = []
    for cls in ("cause", "risk", "experience", "worsening"):
        for lemma in classes.get(cls, ()):
            for form in verb_form_patterns(lemma, irregular):
                before.append(form)
                # making an effect worse is bringing more of it about: read as a cause
                # when affirmed (_before); its denial is said of the condition people
                # already have, so it is kept apart as "worsening"
                verb_class.setdefault(re.sub(r"\\s\+", " ", form).replace("\\", ""), cls)
    occur = [f for lemma in classes["occur"] for f in verb_form_patterns(lemma, irregular)]
    recorded = []
    for lemma in classes["recorded"]:
        forms = verb_form_patterns(lemma, irregular)
        recorded += [f for f in forms if f.endswith(("ed", "en", "n")) or f in ("seen", "left", "set")]
    nouns = [r"\s+".join(map(re.escape, n.split())) + "s?" for n in classes["effect_nouns"]]
    usual = [r"\s+".join(map(re.escape, u.split())) for u in classes["usual"]]
    after = (
        r"(?P<gap>(?:[\s,]{1,3}[a-z0-9][a-z0-9'-]*){0," + str(SUBJECT_GAP) + r"}?)"
        r"(?P<aux>" + _AUX + r")\s+(?:"
        r"(?P<occur>" + _alternation(occur) + r")|"
        r"(?P<recorded>" + _alternation(recorded) + r")|"
        r"(?P<noun>" + _alternation(nouns) + r")|"
        r"(?P<usual>" + _alternation(usual) + r")(?!\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(nouns) + r")(?![a-z])))(?![a-z])"
    )
    ties = d["exposure"]["ties"]
    subjects = d["subjects"]
    return _Data(
        before_verbs=compile_re(r"(?<![a-z'])(?:" + _alternation(before) + r")(?![a-z'])"),
        verb_class=verb_class,
        after=compile_re(after),
        users=_word_set(subjects["users"]),
        people=_word_set(subjects["people"]),
        product=_word_set(subjects["product"]),
        disease=_word_set(subjects["disease"]),
        ties=compile_re(r"(?<![a-z])(?:" + "|".join(f"(?:{t})" for t in ties) + r")(?![a-z])"),
        modifier_heads=compile_re(r"[\s-]{1,3}(?:" + _alternation([re.escape(w) for w in _modifier_heads()])
                                  + r")(?![a-z])"),
        effect_as=compile_re(r"\s+(?:among|as)\s+(?:a\s+|an\s+|one\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:"
                             + _alternation(nouns) + r")(?![a-z])"),
        population=_joined(d["conditions"]["population"]),
        comedication=_joined(d["conditions"]["comedication"]),
        not_second=compile_re(d["conditions"]["not_second"]),
        general_harm=_joined(d["harm"]["general"]),
        graded_harm=_joined(d["harm"]["graded"]),
        open_not_verbs=frozenset(d["open"]["not_verbs"]) | _class_forms(classes, irregular),
        open_gap=frozenset(d["open"]["gap"]),
        open_aux=frozenset(d["open"]["aux"]),
    )


def _class_forms(classes: dict[str, list[str]], irregular: dict[str, list[str]]) -> frozenset[str]:
    """Every one-word form of the verbs of the lexicon's classes: a verb the lexicon knows is
    read by its class, never by the open reading."""
    out: set[str] = set()
    for cls in ("cause", "risk", "experience", "occur", "relief", "raising", "lowering", "worsening"):
        for lemma in classes.get(cls, ()):
            for form in verb_form_patterns(lemma, irregular):
                if "\\" not in form:
                    out.add(form)
    return frozenset(out)


def _joined(patterns: list[str]) -> re.Pattern[str]:
    return compile_re(r"(?<![a-z])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![a-z])")


def conditions(low: str) -> list[tuple[str, int, int]]:
    """The conditions of who takes the product ("population") or what with ("comedication")
    in the lower-cased text ``low``, as (kind, start, end)."""
    data = _data()
    out = [("population", m.start(), m.end()) for m in data.population.finditer(low)]
    for m in data.comedication.finditer(low):
        if not data.not_second.match(low, m.end()):
            out.append(("comedication", m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=1)
def undergoing_verbs() -> re.Pattern[str]:
    """Every form of the ``experience`` class's verbs and of "have" ("suffered", "developed",
    "had", "went on to develop"), as a regex over lower-cased text. "have" is left out of the
    class (patients "had" their disease); a caller asks this only of a group whose condition
    is already read, with the product named in the sentence (``typed_claims._conditioned``)."""
    irregular = read_toml(DATA_FILE)["irregular"]
    forms = [f for lemma in [*predicate_classes()["experience"], "have"] for f in verb_form_patterns(lemma, irregular)]
    return compile_re(r"(?<![a-z])(?:" + _alternation(forms) + r")(?![a-z])")


def general_harm(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` says a harm by its badness, not by an effect ("can harm the baby",
    "can build up to dangerous levels", "several relapsed"; ``[harm]`` of the data file), and no
    negation stands just before it."""
    low = _lower(text[start:end])
    if len(low) != end - start:
        return False
    for m in _data().general_harm.finditer(low):
        if not _NEGATION.search(low, max(0, m.start() - 12), m.end()):
            return True
    return False


#: Words one of which every ``[harm] general`` pattern holds: the patterns are run only around
#: them (a substring search is far cheaper than a regex scan of the whole text).
_HARM_STEMS = ("harm", "hurt", "damag", "injur", "endanger", "poison", "kill", "danger", "unsafe", "risky", "fatal",
               "deadly", "toxic", "life-threat", "relaps", "hospital", "serious", "severe")


def general_harm_at(text: str) -> list[int]:
    """Where ``text`` says a harm by its badness (``general_harm``) or by its gravity
    (``graded_harm``), as start offsets."""
    low = _lower(text)
    if len(low) != len(text):
        return []
    found: set[int] = set()
    for pattern in (_data().general_harm, _data().graded_harm):
        for stem in _HARM_STEMS:
            at = low.find(stem)
            while at >= 0:
                for m in pattern.finditer(low, max(0, at - 40), min(len(low), at + 40)):
                    if m.start() <= at < m.end() and not _NEGATION.search(low, max(0, m.start() - 12), m.end()):
                        found.add(m.start())
                at = low.find(stem, at + 1)
    return sorted(found)


def graded_harm(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Where ``text[start:end]`` names a harm by its gravity and kind ("can trigger a dangerous
    attack", "suffered serious reactions"; ``[harm] graded``) with no negation just before it,
    as (offset, undergone): undergone when its verb is one of undergoing ("suffered"), not of
    causing. The caller says whose act it is: the pattern holds no subject."""
    low = _lower(text[start:end])
    if len(low) != end - start or not any(stem in low for stem in ("serious", "severe", "danger", "fatal", "deadly",
                                                                   "life-threat", "harm")):
        return []
    return [(start + m.start(), m.group("u") is not None) for m in _data().graded_harm.finditer(low)
            if not _NEGATION.search(low, max(0, m.start() - 12), m.end())]


def _lower(text: str) -> str:
    return mask_asides(text.lower().replace("’", "'"))


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> str:
    """A regex alternation of the reporting verbs' finite forms ("says", "said", "warned",
    "explains"; no -ing form), from the ``reporting`` class of ``lexicon_wordnet.toml``: one
    list for a reporting aside here and for a reported clause in
    ``interventions.SentenceSubjects.clause_subject``."""
    irregular = {**read_toml(DATA_FILE)["irregular"], "say": ["said"], "tell": ["told"], "swear": ["swore", "sworn"]}
    forms = [f for lemma in read_toml(WORDNET_FILE).get("reporting", [])
             for f in verb_form_patterns(lemma, irregular) if not f.endswith("ing")]
    return _alternation(list(dict.fromkeys(forms)))


@functools.lru_cache(maxsize=1)
def _aside() -> re.Pattern[str]:
    """A reporting clause or linking adverbial between commas (``[asides]`` of
    ``claim_predicates.toml``; the reporting verbs are WordNet's, ``lexicon_wordnet.toml``)."""
    asides = read_toml(DATA_FILE)["asides"]
    verbs = reporting_verbs()
    adverbials = _alternation([r"\s+".join(a.split(" ")) for a in asides["adverbials"]])
    # a reporting clause only where the predicate follows it (one that closes the sentence,
    # "…, said Dr Brooks, a paediatrician", is no aside in a clause); a linking adverbial anywhere
    return compile_re(r",\s+(?:(?:" + asides["speakers"] + r"\s+(?:" + verbs + r")" + asides["after_verb"]
                      + r"|(?:" + verbs + r")\s+" + asides["speakers"] + r"|" + asides["according"] + r")\s*,"
                      + asides["predicate_next"] + r"|(?:" + adverbials + r")\s*,(?=\s))")


def mask_asides(low: str) -> str:
    """``low`` (lower-cased text) with each aside between commas blanked out, its length
    kept so offsets still hold: "ginkgo, she said, should be stopped" reads as "ginkgo
    should be stopped" to a pattern that wants the subject next to its verb. Why: reported
    claims are the norm in news and podcast copy, and the aside split every subject-verb
    frame the readers know."""
    if "," not in low:
        return low
    out = low
    for m in _aside().finditer(low):
        # only an aside that splits a subject from its verb: it follows the sentence's (or
        # clause's) opening words, at most four of them ("Modern hip replacements, he said,
        # typically last …"); an aside later on ("… may ease depression, a small study
        # suggests, offering …") closes a clause, and its comma is kept as the clause end
        opening = _OPENING.split(low[max(0, m.start() - 80):m.start()])[-1]
        if len(opening.split()) <= _SUBJECT_WORDS and "," not in opening:
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


#: Where the opening words of a sentence or clause begin, for ``mask_asides``.
_OPENING = compile_re(r"[.!?;:\n\"“”]|\s[-–—]\s|(?<![a-z])(?:because|while|although|though|if|when|once)\s")
#: How many words a subject an aside interrupts may have ("a facelift's results").
_SUBJECT_WORDS = 4


def _subject(data: _Data, region: str, original: str) -> str:
    """The kind of subject the words ``region`` (the clause before the verb) hold."""
    if not region.strip():
        return ""
    if data.disease.search(region) and not data.product.search(region) and not data.users.search(region):
        return "disease"
    if data.users.search(region):
        return "users"
    if data.people.search(region):
        return "people"
    if data.product.search(region) or re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]{2,}", original.strip()):
        return "product"
    if re.match(r"\s*(?:the|this|these|its|our|your)\s+[\w-]+[^,]*$", region):
        return "product"  # "the antibiotic can …", "the extra potassium may …": a definite phrase for the product
    first = re.match(r"\s*([A-Z][\w-]{2,})", original)
    if first and first.group(1).lower() not in _FUNCTION_WORDS:
        return "product"  # "Veltrix can bring on …": a name opening the sentence
    return "other"


def _denied_head(data: _Data, low: str, head_lo: int, head_hi: int, rel_end: int, verb: re.Match[str]) -> Reading | None:
    """A subject quantified by none whose people a relative clause describes, and the main
    verb of undergoing after it: "Not one of the 400 people who tried it has ever reported a
    rash", "Nobody who has used it has complained of headaches". The relative clause is the
    subject's (what the people did: tried, used, took it), so the verb after it is the main
    clause's and the quantifier denies the effect (``negated``). Without words of its own
    between "who" and the verb ("Nobody who reported a rash …") the verb is the relative
    clause's and the people are only described: no reading."""
    head = low[head_lo:head_hi]
    if not _NO_ONE.match(head):
        return None
    rest = head[_NO_ONE.match(head).end():]  # type: ignore[union-attr]
    if head.lstrip().startswith(_BARE_NONE) and rest.strip():
        return None  # "nobody else …", "no one in the family …": only the bare quantifier
    if not (head.lstrip().startswith(_BARE_NONE) or data.users.search(rest) or data.people.search(rest)):
        return None  # "Not one of the bottles who …": no people
    if len(_WORD.findall(low[rel_end:verb.start()])) < 2:
        return None  # "Nobody who reported a rash …": the relative clause's own verb
    if _OTHER_GROUP.search(low, head_lo, verb.start()):
        return None  # "Not one of the people who tried the placebo …": another arm's people
    subject = "users" if data.users.search(rest) else "people"
    return Reading("experience", subject, "before", re.sub(r"\s+", " ", verb.group()), negated=True)


@functools.lru_cache(maxsize=1024)
def read_clause(text: str, lo: int, hi: int, start: int, end: int, names: frozenset[int] = frozenset()) -> Reading | None:
    """What the clause of ``text[lo:hi]`` that holds the effect ``[start, end)`` says of it
    (module docstring), or None when it states no relation the lexicon knows. ``names``: offsets
    into ``text`` where the caller's interventions analysis places the product's name; a name
    there counts as named after the effect even in lower case (``_named_after``).

    Kept for the last 1,024 questions: the causers, the contradiction claims and the denial
    frames ask it of the same effect in the same sentence (over 150 corpus articles 17.4
    calls an article for 10.4 distinct questions). The reading depends only on the arguments
    (the text, which the readers pass whole, and the offsets) and ``Reading`` is frozen; the
    text's hash is kept by the string, so a question costs one look-up."""
    data = _data()
    low = _lower(text[lo:hi])
    if len(low) != hi - lo:
        return None
    s, e = start - lo, end - lo
    if data.modifier_heads.match(low, e):
        return None  # "prostate cancer detection": the effect names what the noun is about
    gloss = _GLOSS.match(low, e)
    if gloss is not None:
        # "Paraesthesia (a harmless prickling of the skin) may occur with it": a gloss in brackets
        # after the effect names it again; its predicate comes after the bracket (read19)
        e = gloss.end()
    rel = frozenset(p - lo for p in names if lo <= p < hi)
    return _before(data, text[lo:hi], low, s) or _after(data, text[lo:hi], low, s, e, text[:lo], text[hi:], rel) \
        or _recorded_before(data, text[lo:hi], low, s, e)


#: A gloss in brackets right after an effect's name ("xerostomia (dry mouth)").
_GLOSS = compile_re(r"\s?\([^()]{1,80}\)")


_NEGATING = frozenset({"not", "never", "n't", "cannot", "won't", "can't", "doesn't", "don't", "didn't", "wouldn't",
                       "shouldn't", "couldn't", "mightn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't"})
_IRREGULAR_PAST = frozenset({"brought", "gave", "left", "made", "caused", "sent", "put", "set", "threw", "kept", "dealt",
                             "struck", "drove", "stirred", "woke", "spread"})
_OPEN_WORD = compile_re(r"[a-z][a-z'-]*")


def open_reading(text: str, lo: int, hi: int, start: int, end: int) -> Reading | None:
    """The open subject-verb-effect reading of the effect ``[start, end)`` in the sentence
    ``[lo, hi)``: ``<subject> [aux/adverbs] <verb> [up to three gap words] <effect>`` where the
    subject is the product (a name, a product noun, an anaphor) or its users and the verb is
    one no class of the lexicon knows and not one that says nothing of causing
    (``claim_predicates.toml`` [open]): "Calmira may spark a nasty headache". The reading is
    of class "open"; ``negated`` when the auxiliaries deny it ("won't spark"). The caller
    reads an adverse effect after it as a harm (hedged as the mention's modal says)."""
    data = _data()
    low = _lower(text[lo:hi])
    if len(low) != hi - lo:
        return None
    s = start - lo
    clause_lo = clause_start(low, 0, s, _BREAK)
    words = list(_OPEN_WORD.finditer(low, clause_lo, s))
    i, gap = len(words), 0
    while i > 0 and words[i - 1].group() in data.open_gap and gap < 3:
        i, gap = i - 1, gap + 1
    if i < 2:
        return None
    verb = words[i - 1].group()
    if verb in data.open_not_verbs or verb in data.open_aux or verb in _FUNCTION_WORDS or len(verb) < 3 \
            or verb.endswith(("ly", "'s")) or "-" in verb:
        return None  # an adverb, a possessive or a compound adjective is no verb ("so-called", "very")
    j = i - 1
    negated = False
    while j > 0 and words[j - 1].group() in data.open_aux:
        negated = negated or words[j - 1].group() in _NEGATING
        j -= 1
    if j == i - 1 and not (verb.endswith(("s", "ed")) or verb in _IRREGULAR_PAST):
        return None  # no auxiliary and no finite ending: "its flavour headache" is no clause
    if j < i - 1 and words[i - 2].group() in _BE_FORMS:
        return None  # "it can be very painful", "was followed by": an adjective or a passive, no active verb
    if j == 0:
        return None
    region_lo = clause_lo
    comma = low.rfind(",", clause_lo, words[j].start())
    if comma >= 0 and low[comma + 1:words[j].start()].strip():
        region_lo = comma + 1  # "In some people, it can …": the subject after the comma
    subject = _open_subject(data, low[region_lo:words[j].start()], text[lo + region_lo:lo + words[j].start()],
                            with_aux=j < i - 1)
    if not subject:
        return None
    return Reading("open", subject, "before", verb, negated)


_OPEN_LEAD = compile_re(r"^\s*(?:(?:and|but|so|then|also|yet|now|still|however|plus)\s+)*")
_OPEN_PRONOUN = compile_re(r"(?:it|they|this|these|that|those|this\s+one)$")
_OPEN_DET = frozenset({"the", "this", "these", "that", "those", "our", "your", "its", "their", "my", "each", "every"})


_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_PERSONAL = frozenset({"i", "he", "she", "we", "you", "they", "it", "there", "here", "who", "what", "someone", "everyone",
                       "doctors", "researchers", "scientists", "experts", "officials", "studies", "research"})


def _open_subject(data: _Data, region: str, original: str, with_aux: bool) -> str:
    """The subject of the open reading, strictly: the product as a pronoun ("it", "they"), a
    product noun with its determiner ("the tablets", "these gummies", "the new spray"), a
    capitalised name of up to three words ("Calmira", "Zentra Plus"), or its users ("users",
    "you", "some wearers"); anything else ("the oscillation", "certain types of") is no
    subject the open reading trusts."""
    lead = _OPEN_LEAD.match(region)
    phrase = region[lead.end():].strip() if lead else region.strip()
    shown = original[len(original) - len(original.lstrip()):].strip()
    shown = shown[len(shown) - len(phrase):] if phrase else ""
    words = phrase.split()
    if not words or len(words) > 4:
        return ""
    if _OPEN_PRONOUN.fullmatch(phrase):
        return "product"
    if data.users.fullmatch(words[-1]) and all(w in _OPEN_DET or w in ("some", "many", "most", "a", "few", "several")
                                               for w in words[:-1]):
        return "users"
    if words[0] in _OPEN_DET and data.product.fullmatch(words[-1]) and len(words) <= 3:
        return "product"
    names = shown.split()
    if with_aux and names and len(names) <= 3 and all(re.fullmatch(r"[A-Z][\w'-]*(?:®|™)?", n) for n in names) \
            and not any(w in _FUNCTION_WORDS or w.split("'")[0] in _PERSONAL or data.people.fullmatch(w) or data.users.fullmatch(w)
                        or data.product.fullmatch(w) or data.disease.fullmatch(w) for w in words):
        return "product"  # "Calmira may spark …": a name, with a modal or auxiliary (a bare
        # capitalised word before an -s word is as often an adjective: "Uterine serous …")
    return ""


def _before(data: _Data, original: str, low: str, s: int) -> Reading | None:
    clause_lo, relative, head_lo, head_hi = 0, False, 0, 0
    for b in _BREAK.finditer(low, 0, s):
        head_lo, head_hi = clause_lo, b.start()
        clause_lo = b.end()
        relative = b.group() in ("who", "which", "whom", "whose")
    verb = None
    for m in data.before_verbs.finditer(low, clause_lo, s):
        verb = m
    if verb is None:
        return None
    if relative and low[head_hi:clause_lo] in _PEOPLE_RELATIVE and data.verb_class.get(re.sub(r"\s+", " ", verb.group())) == "experience":
        denied = _denied_head(data, low, head_lo, head_hi, clause_lo, verb)
        if denied is not None:
            return denied
    if clause_lo and relative and not low[clause_lo:verb.start()].strip(" ,"):
        return None  # "adults who are not at risk of …", "people who get migraines": people described
    if _EMBEDDED.search(low, clause_lo, verb.start()):
        return None  # "will reveal whether the drugs produce …": asked, not said
    gap = low[verb.end():s]
    if "," in gap and (len(_WORD.findall(gap.rsplit(",", 1)[1])) > 3 or _PRONOUN.search(gap.rsplit(",", 1)[1])):
        return None  # "given placebo pills, they said hot flashes …": a new clause after the comma
    if len(_WORD.findall(gap)) > OBJECT_GAP or re.search(r"[.;:]", gap) or _NOT_THE_EFFECT.search(gap):
        return None  # "reported improvement in symptoms of …": the object is something else
    cue = re.sub(r"\s+", " ", verb.group())
    pclass = data.verb_class.get(cue, "cause")
    negated_worsening = False
    if pclass == "worsening":
        # "does not worsen asthma": a denial of worsening the condition the people have, not
        # that the effect never happens; kept apart as "worsening" (contradictions pairs it
        # with the product said to cause or worsen it, not with the condition counted)
        negated_worsening = bool(_NEGATION.search(low[clause_lo:verb.start()][-25:]))
        pclass = "cause"
    if pclass == "risk":
        if not _LIKELIHOOD.search(gap) or re.search(r"(?<![a-z])at\s+$", low[max(0, verb.start() - 4):verb.start()]):
            # "raises blood pressure": a direction, read as one elsewhere; "at increased
            # risk of": a state of the people described
            return None  # "raises blood pressure": a direction, read as one elsewhere
        pclass = "cause"
    region_lo = clause_lo
    comma = low.rfind(",", clause_lo, verb.start())
    if comma >= 0 and low[comma + 1:verb.start()].strip():
        region_lo = comma + 1  # "In people taking warfarin, it can …": the subject after the comma
    subject = _subject(data, low[region_lo:verb.start()], original[region_lo:verb.start()])
    if not subject and region_lo != clause_lo:
        subject = _subject(data, low[clause_lo:verb.start()], original[clause_lo:verb.start()])
    if subject == "disease":
        return None
    none_of = bool(_NO_ONE.match(low, region_lo if subject else clause_lo)) if pclass == "experience" else False
    if pclass == "experience":
        if subject not in ("users", "people"):
            return None
        if subject == "people" and not data.ties.search(low) and not none_of:
            return None  # "many adults get headaches": no product named or used
        if none_of:  # "Not a single patient in the programme reported a rash": a denial
            return Reading(pclass, subject, "before", re.sub(r"\s+", " ", verb.group()), negated=True)
    elif subject in ("people", "users") and cue in ("have", "has", "had", "feel", "feels", "felt"):
        return None
    if negated_worsening:
        return Reading(pclass, subject, "before", cue, worsening=True)
    return Reading(pclass, subject, "before", cue)


@functools.lru_cache(maxsize=1)
def _cleft_re() -> re.Pattern[str]:
    """The pseudo-cleft of a report (English grammar's "wh-cleft" and the "something" cleft):
    the effect, a form of "be", then "something / what / one thing / one of the things /
    among the things" and a relative clause whose verb is one of undergoing or recording
    (``[classes]`` experience and recorded, every form): "Bloating is something customers
    often report", "Headaches are what many users describe", "Nausea is one of the things
    people mention"). The people are up to four words (five let "the pink pee is harmless" of a
    coach's aside meet a runner's "people in my running club complain about" in v6 dev: a
    wrong pair the safe reading of another subject made; deny18 left it at four)."""
    irregular = read_toml(DATA_FILE)["irregular"]
    classes = predicate_classes()
    verbs = [f for cls in ("experience", "recorded") for lemma in classes[cls] for f in verb_form_patterns(lemma, irregular)]
    cleft = read_toml(DATA_FILE)["cleft"]
    modal = (r"(?:(?:(?:" + phrase_alternation(cleft["bear_adverbs"]) + r")\s+)?(?:" + phrase_alternation(cleft["bear_finite"])
             + r")|(?:" + phrase_alternation(cleft["bear_modals"]) + r")\s+(?:" + phrase_alternation(cleft["bear_base"]) + r"))")
    bear = r"(?:" + modal + r"\s+(?:" + phrase_alternation(cleft["bear_verbs"]) + r"))"
    head = (r"(?:something|what|one\s+thing|one\s+of\s+the\s+(?:[\w-]+\s+)?(?:things|complaints|problems|issues|effects)|"
            r"among\s+the\s+(?:[\w-]+\s+)?(?:things|complaints|problems|issues|effects)|"
            # the superlative cleft: "the commonest thing people starting it tell us about",
            # "the main complaint users mention" (a definite head with a ranking adjective)
            + read_toml(DATA_FILE)["cleft"]["superlative_head"] + r")")
    return compile_re(
        r"(?:[\s,]{1,3}[a-z0-9][a-z0-9'-]*){0," + str(SUBJECT_GAP) + r"}?"
        r"(?P<aux>(?:\s+(?:also|still|often|sometimes|not|never|n't|just|really|definitely|certainly|usually|commonly))*\s*"
        + _BE + r"(?:n't)?(?:\s+(?:also|still|often|sometimes|not|never|n't|just|really|definitely|certainly|usually|commonly|simply))*)"
        r"\s+" + head + r"\s+(?:that\s+|which\s+)?(?P<who>(?:[\w'-]+\s+){1,4}?)(?:[\w-]+ly\s+|often\s+|still\s+|also\s+|"
        r"sometimes\s+|never\s+|can\s+|may\s+|will\s+|do\s+|have\s+|has\s+|had\s+){0,3}(?P<verb>" + bear + "|" + _alternation(verbs) + r")(?![a-z])")


#: The people of a cleft tied to what they take ("users of X", "people on X", "those taking X").
_CLEFT_TIE = compile_re(read_toml(DATA_FILE)["cleft"]["tie"])


def _named_before(original: str, earlier: str, p: int, later: str = "") -> bool:
    """The capitalised name at ``p`` of the sentence ``original`` was named before it in the
    document (``earlier``) or the sentence, or is named again after the sentence (``later``):
    the product the passage is about, not a drug named here only ("Nausea is something people
    on Cisplatin report"). Why (first19, blind review s19): copy names its product first in
    the claim itself ("Nausea is something nobody on Gastrolin has to put up with. …
    Gastrolin commonly causes nausea"), and only an earlier mention made it the product's."""
    name = re.match(r"[A-Z][\w-]{2,}", original[p:])
    if name is None:
        return False
    word = re.compile(r"(?<![\w-])" + re.escape(name.group()) + r"(?![\w-])")
    return word.search(earlier + " " + original[:p]) is not None or word.search(later) is not None


#: What ties the people of a cleft report to the product after the verb ("… people report after
#: taking it", "… report on Gastrol", "… report when they start it").
_REST_TIE = compile_re(r"\b(?:on|with|after|since|from|while|when\s+they)\s+(?:(?:taking|using|starting|trying|take|took|start|started|"
                       r"use|used|try|tried|stop|stopped|stopping|switching\s+to)\s+)?")


def _product_tied(data: _Data, rest: str) -> bool:
    """``rest``, the words after a cleft's report verb, names the product as the object of a
    tie (``_REST_TIE``), not a bare "they" or "it" anywhere ("… report after a bad night
    whatever they take" ties nobody to the product)."""
    return any(data.product.match(rest, m.end()) for m in _REST_TIE.finditer(rest))


def _cleft(data: _Data, original: str, low: str, e: int, clause_hi: int, earlier: str = "",
           later: str = "") -> Reading | None:
    """A report said as a pseudo-cleft after the effect (``_cleft_re``): the people of the
    relative clause must be the product's users, or people with the product or its use named
    in the clause ("… is what many describe" alone names nobody who took anything)."""
    m = _cleft_re().match(low, e, clause_hi)
    if m is None:
        return None
    who = m.group("who")
    subject = _subject(data, who, original[m.start("who"):m.end("who")])
    if subject not in ("users", "people"):
        return None
    rest = low[m.end():clause_hi][:90]
    if _OTHER_GROUP.search(low, m.start("who"), m.end() + len(rest)):
        return None  # "… is something customers of other brands report": not this product
    # the tie must name the product: its pronoun or product noun, or a capitalised name the
    # passage has already named ("users of Oralin"); "users of older antidepressants", "people
    # on Cisplatin" (first named here) are another group, and a time phrase ("in the first week
    # of quitting") names no product at all
    tie = _CLEFT_TIE.search(who)
    if tie is not None and not (data.product.match(tie.group("x")) or _named_before(original, earlier, m.start("who") + tie.start("x"), later)):
        return None
    named = _NAMED_AFTER.match(original, m.end())
    if not (subject == "users" or _product_tied(data, rest) or tie is not None
            or (named is not None and _named_before(original, earlier, named.end() - len(named.group().split()[-1]), later))):
        return None
    # denied by "not" in the copula ("is not something users report") or by a subject quantified
    # by none ("is something nobody on X has to put up with"; read19)
    denied = bool(_NEGATION.search(m.group("aux")) or _NEGATION.search(low, m.end("who"), m.start("verb"))) \
        or _NO_ONE.match(who) is not None
    return Reading("experience", subject, "after", m.group().strip(), denied)


def _after(data: _Data, original: str, low: str, s: int, e: int, earlier: str = "", later: str = "",
           names: frozenset[int] = frozenset()) -> Reading | None:
    label = _LABEL.match(low, e)
    if label and not low[:s].strip(" -*•\t"):
        # "Headaches: reported by 7% of users", "Nausea — 1 in 20 people taking it": the effect as
        # a label, then how often it was seen in the product's users
        tail = _WORD_TAIL.match(low, label.end())  # "1 in 2|0": to the end of the word
        after = tail.end() if tail else label.end()
        rest = low[after:after + 90]
        if data.users.search(rest) or data.ties.search(rest) \
                or any(not _VAGUE.fullmatch(p.group()) for p in data.product.finditer(rest)) \
                or _named_after(original, after, names):
            return Reading("recorded", "product", "after", label.group().strip(" :-–—"))
    clause_hi = len(low)
    b = _BREAK.search(low, e)
    if b:
        clause_hi = b.start()
    cleft = _cleft(data, original, low, e, clause_hi, earlier, later)
    if cleft is not None:
        return cleft
    m = data.after.match(low, e, clause_hi)
    if m is None:
        return None
    aux = m.group("aux")
    rest = low[m.end():clause_hi]
    follow = rest[:90]
    negated = bool(_NEGATION.search(aux))
    comma = low.find(",", m.end(), clause_hi)
    if _OTHER_GROUP.search(low, m.end(), min(clause_hi if comma < 0 else comma, m.end() + 70)):
        return None  # "was reported in the placebo group", "can occur with many creams": not this product
    if m.group("recorded") or m.group("noun"):
        if m.group("recorded") and not re.search(_BE + r"(?:n't)?(?![a-z])", aux):
            return None  # "users reported …" after the effect: not a passive of the effect
        if m.group("noun") and not re.search(_BE + r"(?:n't)?(?![a-z])", aux):
            return None
        head = _WORD.findall(follow)[:6]
        first = " ".join(head)
        if m.group("noun") and not re.search(r"(?<![a-z])(?:its|their)(?![a-z])", aux) and not re.match(r"\s*(?:of|from|with|among|for|in|on|after|reported|linked|seen|"
                                            r"associated|listed|in\s+people|it|they|this|these|that\s+(?:it|they))\b", rest):
            return None  # "dizziness is a problem." names no product
        if data.disease.search(first) and not (data.product.search(first) or data.users.search(first)):
            return None  # "a common effect of the infection"
        named = _named_after(original, m.end(), names)  # "… effect of Brontal", "… of ketamine"
        as_effect = m.group("recorded") and data.effect_as.match(rest)  # "listed as a rare side effect of"
        if not (named or as_effect or data.product.search(follow) or data.users.search(follow) or data.ties.search(follow)
                or data.people.search(" ".join(head[:4]))):
            return None
        if m.group("noun") and m.group().strip().split()[-1] in _AT_RISK_NOUNS and not (
                named or data.product.search(follow) or data.users.search(follow) or data.ties.search(follow)):
            return None  # "bed sores are a risk for anyone confined to bed": people at risk, no product's harm (deny17)
        pclass = "recorded" if m.group("recorded") else "effect_noun"
        return Reading(pclass, "product", "after", m.group().strip(), negated)
    if m.group("usual"):
        if not re.search(_BE + r"(?:n't)?(?![a-z])", aux):
            return None
        if not (data.ties.search(low) or data.users.search(rest)
                or _USUAL_NAMED.match(original, m.end())
                or any(_USUAL_BEFORE_NAME.fullmatch(original, m.end(), p) for p in names if p > m.end())):
            return None  # "insomnia is common in menopause"; not "… is common after Brontal"
        return Reading("usual", "product", "after", m.group().strip(), negated)
    # occur: the effect happens; the product, its users or the exposure must be named after it
    if re.match(r"\s+to(?![a-z])", rest):
        return None  # "did not appear to be modified": a verb of seeming, not of happening
    if data.disease.search(" ".join(_WORD.findall(follow)[:4])):
        return None
    near = " ".join(_WORD.findall(rest)[:6])
    named = any(not _VAGUE.fullmatch(p.group()) for p in data.product.finditer(near)) \
        or _named_after(original, m.end(), names)  # "can occur with Brontal", "may follow a dose of Brontal"
    if not (named or data.users.search(near) or data.ties.search(low, e) or _CIRCUMSTANCE.match(low, m.end())):
        return None  # "hot flashes can happen many times a day": nothing ties it to a product
    return Reading("occur", "product", "after", m.group().strip(), negated)


@dataclass(frozen=True)
class _Record:
    verbs: re.Pattern[str]
    keepers: re.Pattern[str]
    documents: re.Pattern[str]
    placed: re.Pattern[str]
    not_effect: re.Pattern[str]
    not_product: frozenset[str]
    complement: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _record() -> _Record:
    """The patterns of ``[record]`` (``_recorded_before``)."""
    d = read_toml(DATA_FILE)
    rec = d["record"]
    forms = [f for lemma in rec["verbs"] for f in verb_form_patterns(lemma, d["irregular"]) if not f.endswith("ing")]
    nouns = [r"\s+".join(map(re.escape, n.split())) + "s?" for n in d["classes"]["effect_nouns"]]
    people = r"(?:[\w%'-]+\s+){0,5}?"
    def alt(key: str) -> str:
        return r"(?:" + phrase_alternation(rec[key]) + r")"

    placed = (r"\W*(?:[\w%-]+\s+){0,6}?(?:" + alt("people_preps") + r"\s+" + people
              + alt("taken") + r"\s+(?:the\s+)?(?P<x>[\w-]+)"
              + r"|" + alt("takers_preps") + r"\s+" + people + r"(?P<y>[\w-]+)\s+" + alt("takers")
              + r"|" + alt("listed_preps") + r"\s+(?:[\w-]+\s+){0,4}?(?:" + _alternation(nouns) + r")\s+" + alt("listed_of")
              + r"\s+(?:the\s+)?(?P<z>[\w-]+))(?![\w-])")
    return _Record(
        verbs=compile_re(r"(?<![a-z'])(?:" + _alternation(forms) + r")(?![a-z'])"),
        keepers=_word_set(rec["keepers"]),
        documents=compile_re(r"(?<![a-z])(?:" + phrase_alternation(rec["documents"]) + r")s?(?![a-z])"),
        placed=compile_re(placed),
        not_effect=compile_re(r"\W*(?:as|among)\s+(?:" + alt("not_effect_dets") + r"\s+)?(?:[\w-]+\s+){0,2}?(?:"
                              + phrase_alternation(rec["not_effect"]) + r")(?![a-z])"),
        not_product=frozenset(rec["not_product"]),
        complement=compile_re(r"\s*(?:" + phrase_alternation(rec["complement"]) + r")(?![a-z])"),
    )


def _recorded_before(data: _Data, original: str, low: str, s: int, e: int) -> Reading | None:
    """A harm told as a record in the active voice (``[record]``): "the trial recorded hair loss
    in twelve women taking X", "researchers noted headaches in a third of those on X", "the X
    label lists drowsiness". The subject keeps a record (a trial, researchers, a regulator) or is
    a document of the product (its label or leaflet); what ties the effect to the product is the
    people after it who take the product (or "X users"), the side effects "of X" it is listed
    among, or the product named in the subject ("the Zelvara label", "its leaflet"); a bare
    label or leaflet is the page product's. Not an effect listed as a disease's symptom, nor in a
    comparison arm or another group ("in women taking the placebo"), nor in people not said to
    take anything ("in people who drink heavily"): a trial records many things, and only what it
    records in the product's takers is the product's harm (read19)."""
    rec = _record()
    clause_lo = 0
    for b in _BREAK.finditer(low, 0, s):
        clause_lo = b.end()
    verb = None
    for m in rec.verbs.finditer(low, clause_lo, s):
        verb = m
    if verb is None:
        return None
    gap = low[verb.end():s]
    if len(_WORD.findall(gap)) > OBJECT_GAP or re.search(r"[.;:,]", gap) or _NOT_THE_EFFECT.search(gap) \
            or rec.complement.match(gap):
        return None  # ("found that two-thirds of the cancer cases …": a finding's clause, not its object)
    # the keeper's phrase: after the clause's last comma ("In a 2008 report in BMC Medicine, the
    # researchers found …": the journal's name names no product)
    comma = low.rfind(",", clause_lo, verb.start())
    region_lo = comma + 1 if comma >= 0 else clause_lo
    region, original_region = low[region_lo:verb.start()], original[region_lo:verb.start()]
    document = rec.documents.search(region)
    if not (rec.keepers.search(region) or document) or data.disease.search(region):
        return None
    rest = low[e:e + 140]
    if _OTHER_GROUP.search(region) or _OTHER_GROUP.search(rest) or rec.not_effect.match(rest):
        return None
    placed = rec.placed.match(rest)
    tied = False
    if placed is not None:
        at = placed.start(placed.lastgroup or "x")
        word = placed.group(placed.lastgroup or "x")
        tied = bool(data.product.fullmatch(word)) or (original[e + at:e + at + 1].isupper() and not data.disease.fullmatch(word))
    named = any(p.group() not in rec.not_product for p in data.product.finditer(region)) or any(
        w.lower() not in _FUNCTION_WORDS and not rec.keepers.fullmatch(w.lower()) and not rec.documents.fullmatch(w.lower())
        for w in re.findall(r"(?<![\w-])[A-Z][\w-]{2,}", original_region))
    if not (tied or named or document):
        return None
    return Reading("recorded", "product", "before", re.sub(r"\s+", " ", verb.group()))


@functools.lru_cache(maxsize=1)
def _said_state_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The speakers before a said state and the time after it (``[said_state]``)."""
    d = read_toml(DATA_FILE)
    said = d["said_state"]
    subjects = d["subjects"]
    people = _alternation([re.escape(w) + ("(?:e?s)?" if len(w) >= 4 else "") for w in subjects["users"] + subjects["people"]])
    verbs = _alternation([f for lemma in said["verbs"] for f in verb_form_patterns(lemma, d["irregular"]) if not f.endswith("ing")])
    before = compile_re(r"(?<![a-z])(?:" + people + r")\s+(?:[\w'-]+\s+){0,3}?(?:" + verbs + r")\s+(?:that\s+)?(?:"
                        + phrase_alternation(said["owners"]) + r")\s+$")
    after = compile_re(r"\s+(?:[\w'-]+\s+){0,4}?(?:" + phrase_alternation(said["after"]) + r")\s+(?:(?:"
                       + phrase_alternation(said["uses"]) + r")\s+)*(?P<x>[\w'-]+)")
    return before, after


def said_state(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """The effect ``[start, end)`` is a state the speakers say they have after the product
    (``[said_state]``): "patients say their joints are sore after Zelvara", "users tell us their
    heads ache after a dose of it". The speakers are the product's users or people; the state is
    theirs ("their"); what it follows is the product ("it", or a capitalised name that is no
    disease: whose name it is, the caller asks; a product noun is not read, "after the class on
    Monday" is a time). Why: forum and shop copy tells a harm as what people say of their own
    body, which names no cause verb; the time after the product is what ties it (read19)."""
    before, after = _said_state_res()
    low = _lower(text[lo:hi])
    if len(low) != hi - lo:
        return False
    s, e = start - lo, end - lo
    if before.search(low, max(0, s - 80), s) is None:
        return False
    tie = after.match(low, e)
    if tie is None or _OTHER_GROUP.search(low, max(0, s - 80), tie.end()) or _NOT_THE_EFFECT.search(low, s, tie.start("x")):
        return False
    data = _data()
    word = tie.group("x")
    if data.disease.fullmatch(word):
        return False
    # a pronoun for the product or a name ("after the class on Monday" is a time, not the product;
    # whose name it is, the caller asks)
    return word in read_toml(DATA_FILE)["said_state"]["pronouns"] or text[lo + tie.start("x"):lo + tie.start("x") + 1].isupper()
