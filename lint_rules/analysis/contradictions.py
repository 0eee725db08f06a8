"""Contradictions inside one article: the claims it makes about health effects, and which of
them conflict.

Claims are read from the shared concept mentions (``lint_rules.analysis.mentions.mentions``)
with their ConText attributes and claim frame, asking the clause layer
(``analysis/assertions.py``) what the article does with each sentence (disowned, historical,
hedged by a qualifier, said of a group of users, which intervention): one *claim* per
sentence, concept and stance. Claims about the same concept — or an ancestor and a
descendant in the HPO is_a hierarchy — and the same subject are compared. What is *not*
compared: questions, hypothetical and conditional advice, worries and fears, study-design
descriptions, other people's or animals' experience, history, what the product is said to
treat or does better than something else ("less likely to cause"), and mentions that are no
claim about a product at all: a disease's background ("the most common cancer in men"),
people described by what they lack ("adults who were free of dementia"), a negation whose
causal or reporting frame is not close before the effect in its clause. The typed claims
(dose, interactions, who it is safe for, how long results last, benefit, direction; see
``analysis/typed_claims.py``) are paired here too.

Each odd-one-out claim (the denial, the safety promise, the "permanent") is paired with the
clearest opposing claim (an explicit causal statement first, then the most certain one,
then the nearest); the other opposing claims come with it, best first. The gates that hold
two opposing claims apart (``_held_apart``, ``_conceded``, ``covers``, ``_too_general``)
live here so that every rule reads the same answer.

Public API:

- ``claims(doc) -> list[Claim]``: the body claims, one per (sentence, concept, stance).
- ``conflicts(doc, kind=None) -> list[Conflict]``: the conflicts of one kind (``KINDS``),
  or of all kinds; ``claim_conflicts`` and ``typed_conflicts`` give one kind with the
  claim type known. Each ``Conflict`` names its kind, the odd claim (as written), its best
  partner, the other partners, the severity the pairing gives and what a rule counts it
  under (``key``). All are computed once per document (``doc.analysis``). The rules in
  ``rules/contradiction.py`` apply their options and write the findings.
- ``opposes(lexicon, odd, other)``: the kinds under which ``odd`` conflicts with ``other``
  before subjects and gates are asked (for diagnostics).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from lint_rules.analysis.assertions import (
    arm_takers,
    causer,
    clause_quantified,
    clause_span,
    contrasted_other,
    experience_before,
    few_before,
    first_person_before,
    had_before,
    intervention_at,
    interventions_named,
    minority_in_clause,
    minority_said,
    opening_name,
    opening_names_apart,
    other_member_apart,
    other_variant,
    qualified_denial,
    sentence_disowned,
    sentence_historical,
    speech_of,
    subject_variant,
    takers,
    variant_apart,
)
from lint_rules.analysis.boundaries import (
    CLAUSE_BREAK,
    CLAUSE_OPENING_BEFORE,
    SYMPTOM_CLAUSE_BREAK,
    clause_start,
)
from lint_rules.analysis.causers import STOP_USE, USE_GERUND, causing_subject, clause_of, names_product
from lint_rules.analysis.claim_limits import (
    class_warning,
    comparator_apart,
    component_apart,
    disease_feature,
    disease_state,
    disputed,
    excluded_apart,
    instruction_before,
    line_labels_apart,
    line_variants_apart,
    named_apart,
    other_product_apart,
    partners_apart,
    population,
    recipe_apart,
    sentence_names_apart,
    severity_apart,
    strengths_apart,
)
from lint_rules.analysis.claim_reader import DATA_FILE as PREDICATES_FILE
from lint_rules.analysis.claim_reader import (
    NONE_HEADS,
    Reading,
    open_reading,
    predicate_classes,
    read_clause,
    said_state,
    verb_form_patterns,
)
from lint_rules.analysis.claim_reader import _data as reader_data
from lint_rules.analysis.concepts import Lexicon, Mention, get_lexicon, is_part_word, tokens
from lint_rules.analysis.denial_frames import (
    LIMITED_AFTER,
    absence_denial,
    answer_claims,
    describes_effect,
    quantified_denial,
    side_effect_denial,
    side_effect_owner,
    side_effect_predicate,
    topic_claims,
)
from lint_rules.analysis.interventions import drug_word, part_owner, sentence_subjects
from lint_rules.analysis.label_claims import FrameClaim, effect_claims, key_value_claims, page_title_words
from lint_rules.analysis.mentions import mentions, modifies_noun
from lint_rules.analysis.product_reference import (
    class_antecedent,
    in_other_product,
    ingredient_part,
    it_is_other,
    it_is_product,
)
from lint_rules.analysis.scopes import claims_apart, window_narrows
from lint_rules.analysis.sources import sources
from lint_rules.analysis.typed_claims import (
    TypedClaim,
    by_kind,
    coined_name_between,
    coined_words,
    groups_named,
    harm_to_part_after,
    harm_to_part_before,
    named_only_aside,
    part_not_promised,
    same_name,
    same_subject,
    sentence_subjects_named,
    spared_part,
    typed_claims,
)
from lint_rules.core import Severity
from lint_rules.document import BODY, Document
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re

#: How plainly a sentence says the product brings the effect about. A causal verb before
#: the mention ("may cause", "leads to") is the clearest; side-effect framing ("side effects
#: include", "is a known side effect") and, in a hedged sentence, a reporting verb ("some
#: users may notice") come next. News prose names diseases all the time ("patients with
#: cancer", "a test for heart attack"); a mention with none of these is no claim about what
#: a product does, and is not compared.
_EFFECTS = read_toml("contradiction_effects.toml")
#: Harms whose HPO name says which way a measure moves (``contradiction_measures.toml``).
_MEASURE_HARMS: tuple[tuple[str, str, str], ...] = tuple(
    (cid, *value.split()) for cid, value in read_toml("contradiction_measures.toml")["harms"].items())
#: Before such a harm: words that make it a condition people have ("participants suffered from").
_HAD_BEFORE = compile_re(read_toml("contradiction_measures.toml")["state"]["had_before"], re.IGNORECASE)
#: A dose not meant for the group, or taking it by accident: a harm of misuse.
_MISDOSED = compile_re(read_toml("contradiction_measures.toml")["cause"]["misdosed"], re.IGNORECASE)
_PEOPLE = read_toml("contradiction_measures.toml")["people"]
#: The nouns of people who take or use a product ([people] takers), a regex alternation.
_TAKERS = "|".join(_PEOPLE["takers"])
#: A place word after an accident's object that starts another thing ("the sachet *from* a X bottle").
_ACCIDENT_PLACE = compile_re(r"(?<![a-z])(?:from|in|inside|near|beside|next\s+to|off|on)(?![a-z])")
#: A site word before a measure's harm that makes it another vessel's pressure ("pulmonary hypertension").
_OTHER_SITE = compile_re(r"(?<![a-z])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in read_toml("contradiction_measures.toml")["site"]["other"])
    + r")\s+$", re.IGNORECASE)
_STRONG = compile_re(r"(?<![a-z-])(?:" + "|".join(_EFFECTS["frames"]["strong"]) + r")(?![a-z])", re.IGNORECASE)
#: Denials the ConText cues do not read ("nobody needs to worry about dizziness", "bruising is
#: simply not a concern"): before the effect (ending right at it) and right after it.
_DENIED_BEFORE = compile_re(r"(?:" + "|".join(_EFFECTS["denials"]["before"]) + r")$", re.IGNORECASE)
_DENIED_AFTER = compile_re(r"(?:" + "|".join(_EFFECTS["denials"]["after"]) + r")", re.IGNORECASE)
#: "no link between X and <effect>": a denial of the effect only when X is the product (or
#: it/this); "no link between stress and hair loss" says nothing of what the product does.
_DENIED_BETWEEN = compile_re(r"(?:" + _EFFECTS["denials"]["between"] + r")$", re.IGNORECASE)
_THE_PRODUCT_WORD = compile_re(r"(?:it|this|this\s+\w+|its\s+use)", re.IGNORECASE)
#: Over-general effects ("pain", "discomfort"): paired with a narrower effect only when the
#: other sentence names the narrower one's site ("painless injection" … "injection site pain"),
#: never by themselves ("painless" … "headaches").
_BROAD = frozenset(_EFFECTS["pairing"]["broad"])
_SITE_STOP = frozenset(_EFFECTS["pairing"]["not_sites"])
#: A comparison arm named in the sentence (``claim_predicates.toml`` [group_subject]
#: comparison_arm): a ranked event reported of both arms is no harm of the product's.
_ARM = compile_re(r"(?<![a-z])(?:" + "|".join(read_toml("claim_predicates.toml")["group_subject"]["comparison_arm"]) + r")(?![a-z])",
                  re.IGNORECASE)
_FRAME = compile_re(
    r"(?<![a-z])(?:side[\s-]+effects?\s+(?:(?:reported|seen|noted|listed|observed)\s+)?(?:(?:of|at|with|in|from)\s+(?:[\w-]+\s+){1,3}?)?(?:include|including|like|such\s+as|are|were|was)|"
    r"adverse\s+(?:effects?|events?|reactions?)\s+(?:include|including|like|such\s+as|were|are)|"
    # "the most frequent adverse event was …": a ranking, not a definition ("An adverse event is …")
    r"(?:most\s+(?:\w+\s+){1,2}?|(?:commonest|main|chief|leading)\s+)adverse\s+(?:effects?|events?|reactions?)\s+(?:was|is)|"
    # "side effects: …", "reported side effects of Brontal: …", "side effects (…)"
    r"(?:side[\s-]+effects?|adverse\s+(?:effects?|reactions?))(?:\s+(?:of|with|from)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*(?:\(|:))",
    re.IGNORECASE,
)
#: Mentions that are themselves a verb phrase of harm ("upset the stomach", "interfere with
#: your sleep", "putting on weight", "bung you up"): said of the product, they are a causal claim.
_VERB_MENTION = compile_re(
    r"(?:upset|irritate|interfere|wear|harm|damage|disrupt|keep|put|putting|gain|gaining|gained|feel|feels|felt|"
    r"feeling|lose|loses|losing|lost|leave|make|makes|made|making|become|becomes|became|becoming|get|gets|getting|got|hair\s+(?:to\s+)?fall|addictive|habit-forming|bung|bungs|bunged|bunging)"
    # the verbs' other forms ("never upsets the stomach", "irritates", "damaged"; deny17)
    r"(?:s|d|ed)?(?![a-z])",
    re.IGNORECASE,
)
def _effect_verbs() -> frozenset[str]:
    """The forms of the verbs an effect mention may be or open with (contradiction_effects.toml
    [effect_verbs]): its lemmas, and the verb of each lay phrase of effects_vocabulary.csv that
    opens with a {v:} mark; every form but the past, which is also an adjective (deny18)."""
    import csv

    from lint_rules.analysis.concepts import EFFECTS_CSV
    from lint_rules.knowledge import verb_forms

    lemmas = set(_EFFECTS["effect_verbs"]["lemmas"])
    with open(EFFECTS_CSV, encoding="utf-8") as fh:
        for row in csv.DictReader(ln for ln in fh if not ln.startswith("#")):
            for opened in re.finditer(r"(?:^|\|)\{v:([^{}]*)\}", row["lay_terms"] or ""):
                lemmas.update(x.strip() for x in opened.group(1).split("|") if " " not in x.strip())
    past = {f for lemma in lemmas for f in verb_forms(lemma) if f.endswith("ed")}
    return frozenset(f for lemma in lemmas for f in verb_forms(lemma) if f not in past)


#: An effect mention that is a verb of its own, or opens with one ("won't constipate you", "can
#: push your glucose too low"; deny18).
_EFFECT_VERBS = _effect_verbs()
#: The effect named first, then said to be a side effect: "hair loss is a known side effect".
#: ("Insomnia is common in menopause", "the most common cancer in men" describe a disease,
#: not what a product does, so a bare "common" is not enough.)
_AFTER = compile_re(r"\W*(?:" + "|".join(_EFFECTS["frames"]["after"]) + r")(?![a-z])", re.IGNORECASE)
#: The effect named first, then said to be what users complain of most ("loose stools are
#: among the most common complaints from people who take it"); only with a group of users
#: in the sentence ("the most common complaint of office workers" is background).
_COMPLAINT = compile_re(
    r"\W*(?:[\w-]+\s+){0,4}?(?:is|are|was|were)\s+(?:among\s+|one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:most\s+)?"
    r"(?:common|frequent|frequently\s+reported|often\s+reported|commonly\s+reported|regular|known|usual)?\s*"
    r"(?:complaints?|problems?|side[\s-]+effects?|adverse\s+effects?|issues?|reactions?|among|in\s+(?:users|patients|people))(?![a-z])",
    re.IGNORECASE,
)
#: The effect named first, then its cause: "numbness caused by the block", "shedding due
#: to minoxidil".
_CAUSED_BY = compile_re(
    r"\W*(?:\w+\W+){0,2}?(?:caused\s+by|induced\s+by|triggered\s+by|brought\s+on\s+by|"
    r"(?:has|have|had)\s+been\s+(?:linked|tied|attributed)\s+to|(?:is|are|was|were)\s+(?:linked|tied|attributed)\s+to|"
    r"due\s+to|related\s+to|after\s+taking|after\s+using)\s+(?!the\s+(?:disease|condition|illness))",
    re.IGNORECASE,
)
#: A denial is a claim about the product when it is phrased as one, close before the
#: effect and in its clause ("does not cause", "users report no …", "poses no risk of").
#: A person's state is not a denial: "people without cancer", "who were free of dementia",
#: "not at increased risk for bleeding", "no single reason why people get headaches".
_DENIAL_FRAME = compile_re(
    r"(?<![a-z])(?:cause[sd]?|causing|lead(?:s)?\s+to|led\s+to|linked|associated|result(?:s|ed)?\s+in|"
    r"trigger(?:s|ed)?|induce[sd]?|notice[sd]?|experience[sd]?|report(?:s|ed)?|develop(?:s|ed)?|"
    r"suffer(?:s|ed)?|side[\s-]+effects?|adverse|harm|without\s+causing|make|makes|made|leaves?|left|(?:never|not|n't)\s+(?:ever\s+)?get|"
    r"leave\s+you\s+with|worry|cases|threat|danger|evidence|interfere|upset|downsides?|reaction|give|gives|gave|"
    r"(?:no|any|little|zero|without)\s+(?:\w+\s+)?risks?|"
    # "no increase in heart attacks was detected", "no excess of rashes": a denial by the numbers
    r"(?:no|zero)\s+(?:\w+\s+)?(?:increases?|rises?|excess|uptick)\s+(?:in|of)|"
    r"(?:increase|raise)s?\s+(?:the|your|their)\s+(?:\w+\s+)?risks?)(?![a-z])"
    # "doesn't give", "won't leave": the contraction sits inside a word, past the look-behind
    # ("don't get tested for", "can't get osteoporosis" are no denial by the product)
    r"|n['’]t\s+(?:ever\s+)?(?:give|cause|leave)(?![a-z])",
    re.IGNORECASE,
)
#: A denial limited to normal use ("at the approved dose", "if you take it as directed")
#: does not conflict with harm from too much ("only after deliberate overdoses").
_DOSE_CONDITION = compile_re(
    r"(?<![a-z])(?:at|in)\s+(?:the\s+)?(?:recommended|approved|normal|usual|labelled|labeled|label|standard)\s+"
    r"(?:doses?|dosages?|amounts?)|as\s+directed|as\s+recommended"
    # written after the noun: "at the dose on the pack", "in the amounts printed on the label"
    r"|(?<![a-z])(?:at|in)\s+the\s+(?:doses?|dosages?|amounts?)\s+(?:(?:printed|stated|given|shown|listed)\s+)?"
    r"(?:on|in)\s+(?:the\s+|its\s+)?(?:pack|packet|package|packaging|label|box|bottle|leaflet|carton|insert|instructions)(?![a-z])"
    # a named strength or a low dose ("at the 5 mg dose", "at low doses"; recur15b): the denial
    # holds there, and a harm at higher doses does not conflict with it
    r"|(?<![a-z])at\s+(?:the\s+|a\s+)?(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|ml)|low|lower|lowest|starting)\s+(?:doses?|dosages?|strength)(?![a-z])",
    re.IGNORECASE,
)
_OVERDOSE = compile_re(
    r"(?<![a-z])(?:overdos(?:e|es|ing)|too\s+much|(?:very\s+)?(?:high|higher|highest)\s+doses|large\s+doses|"
    r"above\s+the\s+recommended|more\s+than\s+the\s+recommended|"
    # "exceeding the stated dose", "going over the daily limit" (FDA label wording: "do not exceed
    # the recommended dose"; own curation)
    r"(?:exceed(?:s|ed|ing)?|going\s+over|goes\s+over|went\s+over)\s+(?:the\s+|your\s+|its\s+|this\s+)?"
    r"(?:stated|recommended|labelled|labeled|daily|maximum|advised|suggested|safe)\s+(?:doses?|dosages?|amounts?|limits?|intakes?))(?![a-z])",
    re.IGNORECASE,
)
#: A reaction named with what it is a reaction to ("allergic reactions to Calmaderm",
#: "a sensitivity to it"): the product is its cause.
_REACTION_TO = compile_re(r"\s+(?:to|from)\s+(?:it|this|these|them|(?:the|this|our|your)\s+[\w-]+|[A-Z][\w-]+)(?![\w-])")
_REACTION_WORDS = ("reaction", "reactions", "allergy", "allergies", "sensitivity", "sensitivities", "intolerance")
#: A reduction said of the effect ("a lower risk of stroke", "the stroke rate was 22 percent
#: lower", "fewer heart attacks"): what users of the product had less of is a benefit, not a
#: harm it causes (only for claims framed by their people, not by a causal verb).
_REDUCED = compile_re(r"(?<![a-z])(?:lower(?:ed)?|reduced?|reduction|fewer|less|decreased?|smaller|drop(?:ped)?|"
                      r"fell|declined?|cut|protect(?:ed|s)?|prevent(?:ed|s)?|improve[sd]?)(?![a-z])",
                      re.IGNORECASE)
#: The disease the product treats, as the cause ("the condition often triggers sciatica",
#: "the infection can cause a fever"): its symptoms are no harm of the product.
_DISEASE_CAUSES = compile_re(
    r"(?<![a-z])(?:the|this|that|your|their|its|his|her)\s+(?:condition|disease|illness|disorder|infection|syndrome|"
    r"injury|virus|flu|cold|cancer|tumou?r)\s+(?:\w+\s+){0,2}?(?:triggers?|causes?|caused|leads?\s+to|led\s+to|"
    r"brings?\s+on|produces?|results?\s+in|gives?\s+(?:you|people|patients))(?![a-z])",
    re.IGNORECASE)
_CONTRASTED = compile_re(r"(?<![a-z])(?:by|in)\s+contrast(?![a-z])|^\W*unlike(?![a-z])", re.IGNORECASE)
#: A comparator phrase the mention sits in ("unlike non-sedating loratadine", "compared with
#: non-drowsy cetirizine"): what it denies is said of the other product. No verb or pronoun
#: between the comparator and the mention ("unlike older pills it is non-drowsy" is the product's).
_COMPARATOR_BEFORE = compile_re(r"(?<![a-z])(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|as\s+opposed\s+to|"
                                r"rather\s+than|instead\s+of|versus|vs\.?)\s+(?:(?!(?:it|they|this|is|are|was|were|will|"
                                r"won't|doesn't|does|do|don't|can|can't|may|has|have)\b)[^,;:.()\s]+\s+){0,4}$", re.IGNORECASE)
#: A goal, not a promise: the denying phrase after "to" opening the sentence or after a verb of
#: needing or trying ("To stay clear-headed at work, avoid alcohol", "you need to stay
#: clear-headed"); "it helps you to stay clear-headed" is the product's and is not matched.
_GOAL_BEFORE = compile_re(r"(?:^\W*|(?<![a-z])(?:need|needs|needed|want|wants|wanted|try|tries|trying|tried|have|has|"
                          r"had|how|ways?|order|able|aim|aims)\s+)to\s+$", re.IGNORECASE)
#: Another product the denying phrase names the kind of: "a non-sedating antihistamine such as
#: cetirizine", "non-drowsy remedies like loratadine".
_EXAMPLE_AFTER = compile_re(r"(?:\s+[\w-]+){0,2}?,?\s+(?:such\s+as|like|including)\s+(?P<x>[\w-]+)", re.IGNORECASE)
_NO_DATA = compile_re(
    r"(?<![a-z])(?:collect(?:ed|s)?|information|data|record(?:ed|s)?|measure[sd]?|track(?:ed|s)?|"
    r"assess(?:ed)?|look(?:ed)?\s+at)(?![a-z])",
    re.IGNORECASE,
)
#: Pairing compares claims two by two; past this many typed claims in one document (no real
#: article comes near: the corpus maximum is a few dozen) the rest are not paired, so a
#: pathological input cannot make the run quadratic.
MAX_TYPED_CLAIMS = 300
#: A causal verb links a product to an effect only when it is this close before it (words).
CAUSAL_WINDOW = 10


@dataclass
class Claim:
    """What one sentence asserts about one concept (its mentions merged)."""

    start: int
    end: int
    sentence: int
    concept_id: str
    label: str
    kind: str
    stance: str  #: "affirmed", "negated" or "safe"
    hedged: bool
    course: str
    subject: str
    named: bool  #: the sentence names the subject (not just "it" or nothing)
    strength: int  #: 2 strong causal verb, 1 reporting/listing verb, 0 none
    text: str
    matched: str
    group: bool = False  #: said of a group of users ("some beginners develop…")
    agent: str = ""  #: the intervention named for it (``assertions.intervention_at``)
    dose_condition: bool = False  #: "at the approved dose", "taken as directed"
    overdose: bool = False  #: "only after deliberate overdoses", "at high doses"
    worsening: bool = False  #: a denial that the product worsens it ("does not aggravate asthma")
    caused: bool = False  #: affirmed with the product (or no one else) as its cause's subject
    part: str = ""  #: the product's ingredient the claim is said of ("the aspirin in Duoflex"; ``ingredient_part``)
    denier: str = ""  #: the product a denial's quantified subject is about ("Not one of the people who tried Zanta …")
    owner: str = ""  #: the drug named after the effect that its reading needed ("… can occur with ibuprofen"; stage20)

    def describe(self) -> str:
        hedge = "hedged" if self.hedged else "absolute"
        course = f", {self.course}" if self.course else ""
        return f"{self.stance} ({hedge}{course}): “{self.text}”"

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "stance": self.stance, "hedged": self.hedged,
                "course": self.course, "subject": self.subject, "concept_id": self.concept_id,
                "label": self.label, "sentence": self.sentence}


def _usable(m: Mention) -> bool:
    return not (m.question or m.hypothetical or m.study_design or m.historical
                or m.experiencer != "patient" or m.relation in ("treats", "compares")
                or (m.relation == "mentions" and m.kind != "organ"))


def _off_use(doc: Document, m: Mention, s_end: int) -> bool:
    """The affirmed effect ``m`` is dated, right after it, before the product's use ("I had
    insomnia for years before starting Zanta", [stop_reason] earlier): the complaint the person
    brought, not the product's harm. Why (stage20): the use phrase after an effect became a
    claim frame, and this is the use phrase that says the opposite; it already fired through
    the first-person frame. (A time at stopping, "dizziness after stopping it", stays a harm:
    a denial of rebound effects meets it.)"""
    found = _BEFORE_USE.match(doc.text, m.end, s_end)
    return found is not None and found.group("what").lower() in _USE_BEFORE_WORDS


def _relative_user(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """The effect ``m`` is had by someone the writer names as another person ("my husband",
    "my son": the ConText experiencer reads a relative's condition as not the patient's), and
    its clause names the product's use right after it ("My son was throwing up after every dose
    of Zanta"): the relative is a user, and the harm is the product's (stage20; the reviewers'
    passages had two such harms, both unread). Only the experiencer is set aside: a question,
    a hypothesis, a history or a study design still leave the mention unread."""
    return m.experiencer == "other" and not m.negated and _usable(replace(m, experiencer="patient")) \
        and _use_after(doc, s_start, s_end, m)


def _part_of_product(doc: Document, m: Mention) -> bool:
    """The effect ``m`` is caused by a part or a step of the article's product, by the page's
    own words (``interventions.part_owner``): "Sonadock comes with a nickel-plated cradle. …
    The nickel in the cradle can cause skin irritation"; "During Tubaclear, a doctor pushes dye
    through the tubes. … Pushing the dye through the tubes can cause cramping"."""
    words = causing_subject(doc, m.sentence, m.start, m.end)
    return bool(words) and part_owner(doc, words) == "product"


def claims(doc: Document) -> list[Claim]:
    """The document's body claims, one per (sentence, concept, stance), computed once."""
    return doc.analysis("contradiction-claims", _build_claims)


def _build_claims(doc: Document) -> list[Claim]:
    out: dict[tuple[int, str, str, str], Claim] = {}
    sentences = doc.sentences
    for m in mentions(doc):
        sent = sentences[m.sentence]
        if doc.blocks[sent.block].role != BODY or modifies_noun(doc, m):
            continue  # (a mention that modifies a noun, "flu shot", names no effect)
        if not _usable(m) and not _relative_user(doc, sent.start, sent.end, m):
            continue
        denier = ""
        framed_denial = m.relation != "safe" and bool(
            _DENIED_BEFORE.search(doc.text, max(sent.start, m.start - 120), m.start)
            or _denied_between(doc, m, max(sent.start, m.start - 120))
            or _DENIED_AFTER.match(doc.text, m.end, sent.end))
        if m.kind == "general" and side_effect_predicate(doc, sent.start, m):
            continue  # "Hair loss is not a side effect of X": the term names what hair loss is not
        if m.kind == "general" and describes_effect(doc, m):
            continue  # "a harmless prickling may occur": the word says what the effect is like (read19)
        if m.kind == "finding" and not framed_denial and side_effect_denial(doc, sent.start, sent.end, m):
            framed_denial = True  # "Hair loss is not a (known) side effect of X": that effect denied
        denied = framed_denial and not m.negated
        if denied and m.kind != "organ":
            stance = "negated"  # "nobody needs to worry about dizziness", "bruising is not a concern"
        elif m.relation == "safe" or (
                m.kind == "organ" and m.negated
                and (harm_to_part_before(doc, max(sent.start, m.start - 40), m.start, denied=True)
                     or absence_denial(doc, sent.start, sent.end, m))):
            # "will never damage your eyes": a denied harm to a body part promises its safety
            stance = "safe"
        elif m.kind == "organ" and spared_part(doc, _clause_start(doc.text, sent.start, m.start), m.start, m.end,
                                               sent.end):
            # "does not affect your thyroid", "causes no problems with the gut", "your sleep is
            # left untouched by it": the part spared promises the absence of its harms
            stance = "safe"
        elif m.negated:
            stance = "negated"
        else:
            stance = "affirmed"
        if stance == "safe" and m.kind == "organ" and _spared_by_other(doc, sent.start, m):
            continue
        reading = _reading(doc, sent.start, sent.end, m) if stance == "affirmed" and m.kind != "organ" \
            and (_NEGATION_AFTER.search(doc.text, m.end, min(sent.end, m.end + 100))
                 or _NO_ONE_BEFORE.search(doc.text, m.end, min(sent.end, m.end + 100))) else None
        if reading is None and stance in ("affirmed", "negated") and not framed_denial and m.kind != "organ" \
                and _NO_ONE_BEFORE.search(doc.text, sent.start, m.start):
            # (also when the quantifier's "not" reaches the mention as its negation: "Not a soul
            # has complained of drowsiness" is the same subject's denial; deny18 review)
            reading = _reading(doc, sent.start, sent.end, m)
            if reading is not None and reading.negated and reading.where == "before" and reading.pclass == "experience" \
                    and _STOP_EARLIER.match(doc.text[m.end:sent.end]):
                continue  # "Not a single patient reported a rash before starting it": before the use (read19)
            if reading is not None and reading.negated and reading.where == "before" and reading.pclass == "experience" \
                    and not _others_users(doc, m.sentence, sent.start, m.start) \
                    and not _bare_denial_elsewhere(doc, m.sentence, sent.start, m, sent.end) \
                    and not _ARM.search(doc.text, sent.start, m.start) \
                    and not LIMITED_AFTER.search(doc.text, m.end, sent.end):
                # (not "Not one of the 250 women given a placebo developed a rash": the
                # comparison arm's people deny nothing of the product; deny18)
                # "Not a single patient in the programme reported a rash": the subject denies it
                stance, framed_denial = "negated", True
                denier = next(iter(coined_words(doc, sent.start + 1, m.start)), "") or "it"
            elif stance == "affirmed" and reading is not None and reading.negated and reading.where == "before" \
                    and reading.pclass == "experience" and not LIMITED_AFTER.search(doc.text, m.end, sent.end):
                # "Not a single patient in the Dorvix programme reported a rash": another group's
                # denial, or one the readers place elsewhere, is still a denial; read as no one's
                # harm, never as the page product's (it was an affirmed group harm; read19)
                continue
        if stance == "affirmed" and m.kind != "organ" and quantified_denial(doc, sent.start, sent.end, m):
            stance, framed_denial, denied = "negated", True, True  # "Nothing in it can cause a rash"
        if m.kind != "organ" and stance in ("affirmed", "negated") and not framed_denial \
                and absence_denial(doc, sent.start, sent.end, m):
            # "Zanta is free of liver damage", "There's no hangover with Zanta", "Dizziness doesn't
            # occur with it": the effect said to be absent from the product (denial_frames)
            stance, framed_denial, denied = "negated", True, True
        if reading is not None and reading.negated and reading.where == "after" \
                and reading.pclass in ("recorded", "effect_noun", "experience"):
            # the negation sits in the effect's own predicate, after it, where the forward
            # scope of the negation cues does not reach ("rashes were not reported in users",
            # "hair shedding is simply not something it does")
            stance, framed_denial = "negated", True
            if _owned_after_by_other(doc, m.sentence, m.end, sent.end):
                continue  # "Constipation isn't an issue with ibuprofen": the denial names its owner after it
        if sentence_disowned(doc, m.sentence, m.start) or sentence_historical(doc, m.sentence):
            continue  # "Claims that X causes infertility have spread online"
        if stance == "affirmed" and causer(doc, m.sentence, m.start, m.end).who == "other" \
                and not _stopped_over(doc, sent.start, m):
            # (the stop is the harm's cause in "Stopping X can cause …", never when the harm is the
            # stop's reason: "came off X because of the dizziness", deny18)
            continue  # "Stopping X can cause …", "…, Meridia or Acomplia, which had been linked to heart problems"
        if stance == "affirmed" and _off_use(doc, m, sent.end):
            continue  # "I had insomnia for years before starting X" (stage20)
        if in_other_product(doc, m.sentence, m.start):
            continue  # "The caffeine in coffee can keep you awake": that food's (name17)
        if stance == "affirmed" and _recorded_of_other(doc, m.sentence, sent.start, sent.end, m):
            continue  # "The Dorvix leaflet lists nausea": another product's record (read19)
        if _users_of_other(doc, m.sentence):
            continue  # "Users of steroid creams report headaches": that product's users (users20)
        if (opening := _PRONOUN_OPENS.match(doc.text, sent.start, m.start)) is not None \
                and it_is_other(doc, m.sentence, opening.start(1)):
            continue  # "Sleepo gummies contain melatonin. It can make you drowsy": Sleepo's (name17)
        if class_antecedent(doc, m.sentence, m.start):
            continue  # "sedating antihistamines are sometimes prescribed, and these often cause …": theirs (name18)
        if stance != "affirmed" and instruction_before(doc, max(sent.start, m.start - 30), m.start):
            continue  # "the first rule of medicine is 'do no harm'": a maxim, no product's promise
        if stance == "negated" and _denied_of_arm_after(doc, m, sent.end):
            continue  # "No rashes were seen in the women given placebo": the arm's (read19 review)
        if stance != "affirmed" and _CONTRASTED.search(doc.text, sent.start, min(sent.end, sent.start + 60)):
            continue  # "By contrast, Asclera is very safe for skin": another product's promise
        if stance != "affirmed" and _COMPARATOR_BEFORE.search(doc.text, max(sent.start, m.start - 60), m.start):
            continue  # "a sedating antihistamine, unlike non-sedating loratadine": the comparator's
        if stance != "affirmed" and (_GOAL_BEFORE.search(doc.text[sent.start:m.start])
                                     or _example_of_other(doc, m.end, sent.end)):
            continue  # "To stay clear-headed, avoid alcohol"; "a non-sedating antihistamine such as cetirizine"
        if stance != "affirmed" and m.kind == "general" and _NO_DATA.search(
                doc.text, sent.start, m.start):
            continue  # "Neither study collected information on side effects"
        kind = m.kind
        harm_to_organ = False
        if stance == "affirmed" and m.kind == "organ":
            # "can harm the retina": a harm named by the body part (the organ's abnormality)
            if m.negated or not (harm_to_part_before(doc, max(sent.start, m.start - 40), m.start)
                                 or harm_to_part_after(doc, m.end, sent.end)):
                continue  # "kidney function can decline": a harm said after the part
            kind, harm_to_organ = "finding", True
        hedged = m.hedged or (m.kind == "general" and qualified_denial(doc, m.start))
        if denied:
            hedged = False  # "nothing in it could cause weight gain": the frame is the denial
        elif hedged and m.negated and m.cues.get("negated", "").lower() == m.matched.lower() \
                and _hedge_in_later_clause(doc.text, sent.start, sent.end, m, m.cues.get("hedged", "")):
            hedged = False  # "a non-drowsy tablet, and most adults can take it": the word denies it,
            # a hedge in a later clause is about something else
        if stance == "negated" and _MORE_BEFORE.search(doc.text, max(sent.start, m.start - 40), m.start):
            continue  # "a higher dose doesn't result in more sleepiness": a comparison of doses
        if hedged and m.negated and m.cues.get("hedged") in ("risk of", "chance of"):
            hedged = False  # "carries no risk of nosebleeds" is a denial, not a hedge
        if stance == "negated" and (_NOT_NECESSARILY.search(doc.text, max(sent.start, m.start - 60), m.start)
                                    or _MOSTLY_BEFORE.search(doc.text, max(sent.start, m.start - 30), m.start)):
            hedged = True  # "doesn't necessarily cause …", "it is generally non-drowsy"
        key = (m.sentence, m.concept_id, stance, m.subject)
        claim = out.get(key)
        if claim is not None:
            if m.start - claim.end <= 30:  # "hair thinning or loss", not a far repeat
                claim.end = max(claim.end, m.end)
            if doc.text[claim.start:claim.end].count("(") > doc.text[claim.start:claim.end].count(")") \
                    and doc.text[claim.end:claim.end + 1] == ")":
                claim.end += 1
            claim.hedged = claim.hedged and hedged
            continue
        group = bool(takers(doc, m.sentence))
        if stance == "affirmed" and not group and arm_takers(doc, m.sentence):
            continue  # "In the trial, people on placebo often reported headaches": the arm's (users20)
        if group and _bare_group_elsewhere(doc, m.sentence):
            continue  # "Zelvara and Dorvix … Some users develop a rash": whose users is not told (users20)
        if not group and stance == "affirmed":
            said = _reading(doc, sent.start, sent.end, m)  # "wearers report …": a group of users
            group = bool(said and said.pclass == "experience" and said.subject in ("users", "people"))
        if not group and stance == "affirmed":
            group = _had_on_product(doc, sent.start, sent.end, m) or _ended_up_on_product(doc, sent.start, m)
            # "some people had swollen ankles on Zanta", "people who start it end up constipated"
        if stance == "affirmed" and group and _group_effect_not_its(doc, m, sent.end):
            continue  # "women in my group who use it had headaches before they started it" (read19)
        if stance == "affirmed" and (group or _recorded(doc, sent.start, sent.end, m)) \
                and _put_down_to_other(doc, m, sent.end, rider=True):
            continue  # "… hair loss in women taking X, all of it caused by their chemotherapy" (read19 review)
        subject = m.subject
        if m.experiencer == "other":
            subject = "main"  # "My son was throwing up after every dose of X": a user's (``_relative_user``)
        if stance == "affirmed" and subject != "main" and _seen_by_clinicians(doc, sent.start, m):
            subject = "main"  # "GPs are seeing people on it with rashes": the clinic sees, the product causes
        if stance == "affirmed" and subject != "main" and ":" not in subject \
                and _part_of_product(doc, m):
            subject = "main"  # "the nickel in the cradle can cause …", "pushing dye through the tubes can …": its part or step
        if stance == "affirmed" and _DISEASE_CAUSES.search(doc.text, sent.start, m.start):
            subject = "condition:"  # "the condition often triggers sciatica": the disease's symptom
        elif stance == "affirmed" and disease_feature(doc, m.sentence, m.start, m.end):
            subject = "condition:"  # "felt sick during attacks, a feature of migraine itself"
        if stance == "affirmed" and group and few_before(doc, sent.start, m.start):
            hedged = True  # "some beginners develop …" is not said of everyone
        out[key] = Claim(
            start=m.start, end=m.end, sentence=m.sentence, concept_id=m.concept_id,
            label=m.label, kind=kind, stance=stance, hedged=hedged, course=m.course,
            subject=subject, named=m.subject_named,
            strength=2 if harm_to_organ or stance == "safe" or (framed_denial and stance == "negated") else _strength(doc, sent.start, sent.end, m, group),
            text=doc.excerpt(sent.start, sent.end, limit=160), matched=m.matched, group=group,
            dose_condition=bool(_DOSE_CONDITION.search(doc.text, sent.start, sent.end)),
            overdose=bool(_OVERDOSE.search(doc.text, sent.start, sent.end)), denier=denier,
        )
        read = _reading(doc, sent.start, sent.end, m)
        out[key].owner = _reading_owners(doc).get((m.start, m.end), "")
        if read is not None and read.pclass == "cause" and read.where == "before":
            out[key].worsening = stance == "negated" and read.worsening
            out[key].caused = stance == "affirmed" and read.subject in ("product", "")
        if not out[key].strength:
            del out[key]  # an effect named, not said to be caused (or denied) by anything
        elif stance == "affirmed" and out[key].strength == 1 and not _stopped_over(doc, sent.start, m) and (
                _REDUCED.search(doc.text, max(sent.start, m.start - 40), m.start)
                or _REDUCED.search(doc.text, m.end, min(sent.end, m.end + 40))):
            del out[key]  # "the stroke rate was 22 percent lower in people who ate it": a benefit
    # "Side effects: none", "Drowsiness: no" (the page's product's); "Stroke? Not with X."
    labelled = [Claim(start=f.start, end=f.end, sentence=f.sentence, concept_id=f.concept_id, label=f.label,
                      kind=f.kind, stance=f.side, hedged=False, course="", subject="main", named=True, strength=2,
                      text=f.text, matched=f.matched, agent=f.subject)
                for f in _frame_effects(doc)]
    given = {id(c) for c in labelled}  # their product is the page's, already read
    found = sorted([*out.values(), *labelled], key=lambda c: c.start)
    if any(c.stance == "affirmed" for c in found) and any(c.stance != "affirmed" for c in found):
        # the product each claim is about, only when a pair is possible (it asks the
        # interventions analysis, which most articles then never need)
        for c in found:
            if id(c) not in given:
                # (a drug the reading found named after the effect is whose claim it is: "Headaches
                # can occur with paracetamol" in a page about another product; stage20)
                c.agent = c.owner or intervention_at(doc, c.sentence, c.start, c.end)
                c.part = ingredient_part(doc, c.sentence, c.start)
                if c.denier == "it":
                    # "Not one of the people who tried it …": the product it points to, or the
                    # coined name the sentence before names ("We tested Zanta. Not one of …")
                    before = doc.sentences[c.sentence - 1] if c.sentence else None
                    c.denier = c.agent or (coined_words(doc, before.start, before.end)[-1:] or [""])[0] if before else c.agent
    return found


#: The typed sides that promise (a group may use it, no limit, no interaction): said of one
#: ingredient of a combination product, such a promise is not the whole product's.
_PERMISSIVE_SIDES = frozenset({"safe", "unlimited", "none"})


def _typed_part_apart(doc: Document, odd: TypedClaim, other: TypedClaim) -> bool:
    """One typed claim promises (``_PERMISSIVE_SIDES``) about one ingredient of the product
    (``product_reference.ingredient_part``) and the other is said of another ingredient or of
    the product as a whole: "The paracetamol in Duoflex is safe in pregnancy" does not deny
    "The aspirin in Duoflex should be avoided in pregnancy". The whole product's promise
    against one ingredient's restriction stays a conflict ("Duoflex is safe in pregnancy" …
    "The aspirin in Duoflex should be avoided in pregnancy"). Why (name17 review): the
    ingredient split covered only the effect claims (``Claim.part``)."""
    for c, d in ((odd, other), (other, odd)):
        if c.side in _PERMISSIVE_SIDES and d.side not in _PERMISSIVE_SIDES:
            part = ingredient_part(doc, c.sentence, c.start)
            if part and part != ingredient_part(doc, d.sentence, d.start):
                return True
    return False


#: A sentence that opens with a personal pronoun as its subject ("It can make you drowsy",
#: "They may upset the stomach"; [subject] product_pronouns of context_cues.toml): whose it
#: is, ``product_reference.it_is_other`` decides.
_PRONOUN_OPENS = compile_re(r"[\W_]*(" + "|".join(map(re.escape, read_toml("context_cues.toml")["subject"]["product_pronouns"]))
                            + r")\s", re.IGNORECASE)



def _others_users(doc: Document, k: int, lo: int, hi: int) -> bool:
    """The people a quantified denial is about are another product's, or those who stopped it:
    "Not a single user of Dorvix has reported nausea", "Not one of the people who tried
    ibuprofen …" name another intervention in the subject, so the denial is that product's;
    "None of the people who stopped it early reported headaches" is about life after it (deny17)."""
    if _STOPPED_USE.search(doc.text, lo, hi):
        return True
    subjects = sentence_subjects(doc)
    # a longer reading of the main's own name at the same offset ("the Zelvara programme" read
    # both as "zelvara" and "zelvara programme", whose form words differ from the main's "tablet")
    # is the main's: is_main answers for the name the two readings share (read19)
    mains_at = {p for p, n in subjects.placed[k] if subjects.is_main(n)}
    other = any(lo <= p < hi and p not in mains_at and not subjects.is_main(n) for p, n in subjects.placed[k])
    return (bool(subjects.main) and other) or coined_name_between(doc, lo + 1, hi)


_GROUP_USERS = read_toml("contradiction_effects.toml")["group_users"]
#: A group named by its use, then what it uses ([group_users] of_heads): "users of steroid
#: creams", "customers of the old formula"; the two words after "of" are what is used.
_USERS_OF = compile_re(r"(?<![a-z])(?:" + phrase_alternation(_GROUP_USERS["of_heads"])
                       + r")\s+of\s+(?P<w1>[\w'’-]+)(?:\s+(?P<w2>[\w'’-]+))?", re.IGNORECASE)


#: Right after the effect, an occurrence verb and a word of frequency ([group_users]
#: occur_verbs, often): "headaches appear frequently", "itching is common", "a rash shows up
#: often". Read only with a group of users in the sentence ("In older users, headache appear
#: frequently in first two week"): the group makes it their harm on the product; without
#: one it is background ("headaches are common in winter").
_GROUP_OFTEN = compile_re(r"\W*(?:" + phrase_alternation(_GROUP_USERS["occur_verbs"]) + r")\s+(?:very\s+|quite\s+|so\s+|fairly\s+)?(?:"
                          + phrase_alternation(_GROUP_USERS["often"]) + r")(?![a-z])", re.IGNORECASE)


#: a word in the sentence that may point back to a product ([group_users] pointers)
_POINTER = compile_re(r"(?<![a-z])(?:" + phrase_alternation(_GROUP_USERS["pointers"]) + r")(?![a-z])", re.IGNORECASE)


#: a capitalised name right after a word of using it ([group_users] uses: "I'm on Dorvix",
#: "I switched to Dorvix", "we tried Dorvix Gel")
_USES_NAME = compile_re(r"(?<![a-z])(?:" + phrase_alternation(_GROUP_USERS["uses"])
                        + r")\s+(?:the\s+|a\s+)?(?P<name>[A-Z][\w'’-]+)", re.IGNORECASE)


def _bare_group_elsewhere(doc: Document, k: int) -> bool:
    """Sentence ``k`` tells of a bare group of users ("some users", "regular users", "among
    beginners": ``takers``), names no product and points back to none ("it", "this", "the
    cream" is left to the pronoun readers), on a page that also names another product before it:
    another intervention or coined name in the sentence's paragraph before it (a forum post:
    "I'm on Dorvix. Some users get a rash"), or anywhere before it on the page ("Zelvara and
    Dorvix are two creams … Regular users report headaches"). Whose users they are is not told,
    so the group's effect is no claim of the page's product. Why: a bare group is the product's
    users only on a page about one product; the subject analysis gave every sentence that names
    nothing to the main product."""
    subjects = sentence_subjects(doc)
    sent = doc.sentences[k]
    if subjects.placed[k] or _POINTER.search(doc.text, sent.start, sent.end):
        return False
    own = set(subjects.main.split()) | page_title_words(doc)  # the title line's words are the product's

    def others(lo: int, hi: int) -> set[str]:
        return {w for w in coined_words(doc, lo, hi) if w not in own and not subjects.is_main(w)}

    def proper(lo: int, hi: int) -> set[str]:
        # names placed in sentences lo..hi-1 written as a proper name (not a kind or an
        # ingredient the copy gives it: "a gentle sleep aid", "a 300 mg tablet", "6 g citrulline")
        return {n for j in range(lo, hi) for p, n in subjects.placed[j] if doc.text[p:p + 1].isupper()}

    if coined_words(doc, sent.start, sent.end):
        return False  # a name in the sentence: the other readers decide whose
    def kept(lo: int, hi: int) -> set[str]:
        # coined names written twice or more: products the page keeps talking about, not a
        # maker, a place or a spokesperson named once
        words = [w for w in coined_words(doc, lo, hi) if w not in own and not subjects.is_main(w)]
        return {w for w in words if words.count(w) > 1}

    if not subjects.main:  # no product found: two kept names before make the page about two
        return len(kept(0, sent.start)) >= 2 or len(proper(0, k)) >= 2
    if k and doc.sentences[k - 1].block == sent.block:
        prev = doc.sentences[k - 1]
        used = {w.lower() for u in _USES_NAME.finditer(doc.text, prev.start, prev.end) for w in u.group("name").split()}
        if used & (others(prev.start, prev.end) | {w for n in proper(k - 1, k) if not subjects.is_main(n) for w in n.split()}):
            return True  # the sentence before says another product is what someone uses ("I'm on Dorvix. Some users …")
    return bool(kept(0, sent.start))


def _users_of_other(doc: Document, k: int) -> bool:
    """Sentence ``k`` names a group by its use of something other than the page's product
    ("Users of steroid creams report headaches", "itching is common among customers of the
    old formula") and never places the product itself: the group's effects are that other
    thing's. Why: on a page about one product a bare group of users is its users (``takers``),
    and "users" alone matched there, so another product's users were read as this one's. What
    they use is the product's when it is a pronoun or a definite kind ("users of it", "users of
    the cream": [group_users] own) unless a past version follows ("the old formula":
    [group_users] past_version), or the name the interventions analysis places there is the main
    one ("users of Zelvara")."""
    sent = doc.sentences[k]
    subjects = sentence_subjects(doc)
    if subjects.main_between(k, sent.start, sent.end):
        return False
    for found in _USERS_OF.finditer(doc.text, sent.start, sent.end):
        w1, w2 = found.group("w1").lower(), (found.group("w2") or "").lower()
        if w1 in _GROUP_USERS["own"]:
            if w2 in _GROUP_USERS["past_version"]:
                return True
            continue
        if subjects.is_main(w1) or subjects.is_main(f"{w1} {w2}"):
            continue  # "users of Zanta" where the page's product is "Zanta tablets"
        return True
    return False


_ARM_WORDS = phrase_alternation(read_toml("context_cues.toml")["study_design"]["arms"])
#: A comparison arm's people after the effect ([record] taken before a CONSORT arm of
#: context_cues.toml [study_design] arms: "… in the women given placebo", "… in the placebo
#: group"; read19 review).
_ARM_PEOPLE = compile_re(r"(?<![a-z])(?:(?:" + phrase_alternation(read_toml("claim_predicates.toml")["record"]["taken"])
                         + r")\s+(?:(?:a|an|the)\s+)?(?:" + _ARM_WORDS + r")|(?:" + _ARM_WORDS
                         + r")[\s-]+(?:groups?|arms?))(?![a-z])", re.IGNORECASE)


def _denied_of_arm_after(doc: Document, m: Mention, s_end: int) -> bool:
    """A denial told in the passive whose people, after the effect, are a comparison arm: "No
    rashes were seen in the women given placebo", "a rash developed in none of the placebo group".
    The arm's people deny nothing of the product, as "Not one of the women given a placebo
    developed a rash" already reads in the active (deny18); unless the product is named before
    the arm ("… in women taking X or placebo", "X does not cause headaches, unlike the placebo
    group": the product's own denial; read19 review)."""
    arm = _ARM_PEOPLE.search(doc.text, m.end, s_end)
    return arm is not None and not sentence_subjects(doc).main_between(m.sentence, doc.sentences[m.sentence].start, arm.start())


def _recorded(doc: Document, lo: int, hi: int, m: Mention) -> bool:
    """The effect is told as a record in the active voice (``claim_reader``'s recorded reading
    before it: "the trial recorded hair loss in women taking X"; read19)."""
    read = _reading(doc, lo, hi, m)
    return read is not None and read.pclass == "recorded" and read.where == "before"


def _recorded_of_other(doc: Document, k: int, lo: int, hi: int, m: Mention) -> bool:
    """The effect is told as a record in the active voice (``claim_reader``'s recorded reading
    before the effect: "the trial recorded hair loss in women taking X") and the sentence names
    another intervention or coined name than the page's product ("the Dorvix leaflet lists
    nausea", "researchers noted headaches in people taking Dorvix"): the record is that
    product's. The record's keeper is no causer, so the subject analysis leaves such a sentence
    with the page's product; the names in it decide (read19)."""
    return _recorded(doc, lo, hi, m) and _others_users(doc, k, lo, hi)


#: the pronouns that may point to the product after a bare quantified denial's effect
#: (claim_predicates.toml [people_denial] product_pronouns: "… in the three years it has been sold")
_BARE_PRONOUN = compile_re(r"(?<![a-z])(?:" + phrase_alternation(read_toml("claim_predicates.toml")["people_denial"]["product_pronouns"])
                           + r")(?![a-z])", re.IGNORECASE)


def _bare_denial_elsewhere(doc: Document, k: int, lo: int, m: Mention, end: int) -> bool:
    """A quantified denial whose sentence ties its people to no product ("Not a soul has
    complained of drowsiness": no "on it", "who take it", no name) is the page's product's only
    when nothing after the effect places it elsewhere: the sentence ends there or a new clause
    follows (", the maker said"), or the effect's clause goes on about the product ("… in the
    three years it has been sold"). "… since we switched to Dorvix", "…
    on the ferry since the new stabilisers", "… from the new gloves" tell another cause or
    setting (deny18 review)."""
    start = m.end
    subjects = sentence_subjects(doc)
    if subjects.main_between(k, lo, end):
        return False  # the product is named: read as before
    if subjects.other_between(k, start, end) or coined_name_between(doc, start, end):
        return True
    if reader_data().ties.search(doc.text[lo:m.start].lower()):
        return False  # the people are tied to a use ("on it", "who take it"): read as before
        # (a tie after the effect, "on the ferry", is no tie of the people's)
    rest = doc.text[start:end]
    if not re.search(r"\w", rest) or re.match(r"\s*[,;:–—]", rest):
        return False  # the sentence ends, or a new clause follows (", the maker said")
    said = _BARE_PRONOUN.search(rest)
    return said is None or not it_is_product(doc, k, start + said.start())


#: the verbs that end the use of a product (causers.STOP_USE: stop, quit, discontinue, come off, give up)
_STOPPED_USE = compile_re(r"(?<![a-z])" + STOP_USE + r"(?![a-z])", re.IGNORECASE)


def _frame_effects(doc: Document) -> list[FrameClaim]:
    """The effect claims structures carry (label lines, answered questions, clipped key-value
    lines), one per sentence and effect: "Joint pain? Not with X" is an answer and a key-value line."""
    out, seen = [], set()
    for f in (*effect_claims(doc), *answer_claims(doc), *(f for f in key_value_claims(doc) if f.type == "effect"),
              *topic_claims(doc)):
        if (f.sentence, f.concept_id) not in seen:
            seen.add((f.sentence, f.concept_id))
            out.append(f)
    return out


def _owned_after_by_other(doc: Document, k: int, lo: int, hi: int) -> bool:
    """The predicate after an effect ("… isn't an issue with Dorvix", "… was not reported in
    users of Dorvix"), up to the clause's first break, names another intervention and not the
    article's own: the denial that predicate makes is that intervention's."""
    cut = re.search(r"[,;:()]|\s[-–—]\s", doc.text[lo:hi])
    end = lo + cut.start() if cut else hi
    subjects = sentence_subjects(doc)
    return subjects.other_between(k, lo, end) and not subjects.main_between(k, lo, end)


#: A denial of *more* of an effect ("doesn't result in more sleepiness", "no extra risk of"):
#: a comparison (of doses, of products), not a denial that the effect happens.
_MORE_BEFORE = compile_re(r"(?<![a-z])(?:more|extra|greater|additional|further|worse|increased)\s+$", re.IGNORECASE)
#: A denial of degree ("doesn't necessarily cause", "does not substantially increase the risk"):
#: a qualified denial, which a hedged harm elsewhere does not contradict.
_NOT_NECESSARILY = compile_re(r"(?:(?<![a-z])not|n't)\s+(?:\w+\s+)?(?:necessarily|substantially|significantly|greatly|"
                              r"meaningfully|appreciably|markedly|dramatically|much)(?![a-z])", re.IGNORECASE)
#: A denial said to hold as a rule, not always ("is generally non-drowsy", "mostly free of
#: side effects"): qualified, as a hedge is.
_MOSTLY_BEFORE = compile_re(r"(?<![a-z])(?:generally|usually|mostly|largely|typically|normally|mainly|for\s+the\s+most\s+part|"
                            r"in\s+most\s+people|for\s+most\s+people)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


#: The effect denied by the word it forms, before what it describes ("jitter-free energy", "an
#: injury-free plan"): the compound is the denial, as "painless" or "non-drowsy" is. Not a
#: person's state ("remained seizure-free", "cancer-free survival", "seizure-free patients").
_FREE_COMPOUND = compile_re(r"[-‐](?:free|proof)\s+(?!(?:survival|surviving|years?|months?|period|interval|status|rates?|life|"
                            r"living|patients?|people|persons?|children|kids|adults|men|women|participants|mice|rats|"
                            r"at|for|since|after|by|in|from|and|or|but|to|the|a|an|now|again|ever|today)(?![a-z]))[a-z]",
                            re.IGNORECASE)
#: a subject quantified by none before the effect (claim_predicates.toml [people_denial] none_heads)
_NO_ONE_BEFORE = compile_re(r"(?<![a-z])(?:" + NONE_HEADS + r")\s", re.IGNORECASE)
_NEGATION_AFTER = compile_re(r"(?<![a-z])(?:not|never|no)(?![a-z])|n['’]t", re.IGNORECASE)


#: Other products as a class, in the clause that spares a part: "other brands", "rival
#: makers' pills", "cheaper supplements".
_OTHER_PRODUCTS = compile_re(r"(?<![a-z])(?:other|rival|competing|competitors?'?|cheaper|generic)\s+(?:[\w'-]+\s+)?"
                             r"(?:brands?|products?|tablets?|pills?|capsules?|creams?|supplements?|drugs?|medicines?|"
                             r"makers?|companies|formulas?|versions?)(?![a-z])", re.IGNORECASE)


#: The nouns of ending use, which ``STOP_USE`` (verbs only) leaves out: "after discontinuation",
#: "the reasons people give for discontinuation". Why: these two readers read the noun as the
#: stop itself (before session 14 their ``discontinu\w+`` matched it), and without it "X does
#: not affect your periods after discontinuation" reads as a denial of the harm while taken.
_STOP_NOUNS = r"discontinuation|discontinuance"
#: The time after the product, right after a part said to be spared: "… in their periods when
#: they stop Femira", "… after stopping it", "… once you come off the tablets".
_WHEN_STOPPING = compile_re(r"(?:[\s,]+[\w'-]+){0,3}?[\s,]+(?:when|after|once|if|since|on)\s+(?:[\w'-]+\s+){0,2}?"
                            r"(?:" + STOP_USE + r"|" + _STOP_NOUNS + r")(?![a-z])", re.IGNORECASE)


def _example_of_other(doc: Document, end: int, s_end: int) -> bool:
    """The phrase ending at ``end`` names a kind given an example that is not the product ("a
    non-sedating antihistamine such as cetirizine"): the example's promise."""
    ex = _EXAMPLE_AFTER.match(doc.text, end, s_end)
    if not ex:
        return False
    x = ex.group("x").lower()
    main = sentence_subjects(doc).main
    return x not in ("it", "this", "ours") and not (main and same_name(x, main.lower()))


#: Another event opens the sentence as its subject (not a participle opening a later clause,
#: "…, providing further evidence of its benign effects on hair follicles"): an -ing activity
#: ("Missing a dose won't affect your periods", "Swimming during treatment does not affect your
#: thyroid") or a dose event ("A late dose won't …"). Taking or using the product is the
#: product's own ("Taking it won't …").
_EVENT_SUBJECT = compile_re(
    r"\W*(?:(?!(?:taking|using|applying|having|wearing|drinking|eating|swallowing|chewing|starting|adding|"
    r"spraying|rubbing|giving|nothing|something|anything|everything)\b)[a-z]+ing\b|"
    r"(?:a|an|one|the|any|your)\s+(?:late|missed|forgotten|skipped|delayed|extra|double|doubled)\s+(?:doses?|pills?|tablets?))",
    re.IGNORECASE)
#: A comparison after the denial: "does not affect your periods in the way hormonal pills do",
#: "… as the older pills did": the denial is of the other's kind of effect.
_IN_THE_WAY = compile_re(r"\W*(?:[\w-]+\s+){0,2}?(?:in\s+the\s+(?:same\s+)?way|the\s+way|like|as)\s+"
                         r"(?:[\w'-]+\s+){1,5}?(?:do|does|did|can|could|would)\b", re.IGNORECASE)


def _names_product(doc: Document, lo: int, hi: int) -> bool:
    """The span names the main product ("Swimming while taking Thyrova")."""
    main = sentence_subjects(doc).main
    return bool(main) and any(same_name(w, main.lower()) for w in re.findall(r"[a-z0-9-]{4,}", doc.text[lo:hi].lower()))


def _spared_by_other(doc: Document, s_start: int, m: Mention) -> bool:
    """The organ or function ``m``, said to be spared, is spared by something other than the
    product: a condition or symptom opens its clause ("Hypothyroidism does not affect your
    periods" is the disease's course), other products as a class do ("Other brands claim their
    tablets don't affect your periods"), or another cause does ("Stopping it won't affect your
    sleep")."""
    lo = _clause_start(doc.text, s_start, m.start)
    if any(o.sentence == m.sentence and lo <= o.start and o.end <= m.start and o.kind == "finding"
           for o in mentions(doc)):
        return True
    if lo <= s_start + 3 and _EVENT_SUBJECT.match(doc.text, s_start, m.start) and not _names_product(doc, s_start, m.start):
        return True  # "Missing a dose won't affect your periods": the event's, not the product's
    if _IN_THE_WAY.match(doc.text, m.end, doc.sentences[m.sentence].end):
        return True  # "does not affect your periods in the way hormonal pills do"
    if part_not_promised(doc, lo, m.start, m.end):
        return True  # "for long periods", "the study found no effect on the thyroid", "do not assume …"
    if _WHEN_STOPPING.match(doc.text, m.end, doc.sentences[m.sentence].end):
        return True  # "no change in their periods after stopping Femira": life after the product
    if _OTHER_PRODUCTS.search(doc.text, lo, m.start):
        return True  # "Other brands claim their tablets don't affect your periods": theirs
    other = causer(doc, m.sentence, m.start, m.end)
    if other.who != "other":
        return False
    # only a cause in the part's own clause: "…after discontinuing it, providing further
    # evidence of its benign effects on hair follicles" is the product's promise
    word = other.reason.rsplit(":", 1)[-1].strip().lower()
    return not word or word in doc.text[lo:m.start].lower()


#: People as the subject of "had" (or "got", "developed") before the effect: "some people had",
#: "one in four patients had", "women in the trial developed".
_PEOPLE_HAD = compile_re(r"(?<![a-z])(?:" + _TAKERS + r")\s+(?:[\w-]+\s+){0,4}?(?:had|have\s+had|has\s+had|"
                         r"got|developed)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: The product the effect was had on, right after it: "on Zanta", "while taking it", "after
#: starting the tablets".
_ON_AFTER = compile_re(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:while|when)\s+(?:on|taking|using)|on|after\s+starting)\s+(?:the\s+)?",
                       re.IGNORECASE)


#: People who start (take, try) the product and end up in the effect's state, said with its
#: adjective: "people who start Zanta end up constipated", "users who try it end up feeling sick".
_ENDED_UP = compile_re(r"(?<![a-z])(?:" + _TAKERS + r")\s+who\s+(?:start|started|take|took|try|tried|use|used|begin|began)\s+"
                       r"(?P<what>(?:[\w'-]+\s+){1,4}?)(?:often\s+|soon\s+|quickly\s+)?(?:end|ended)\s+up\s+"
                       r"(?:(?:feeling|being|getting|quite|very|badly|really|so|too)\s+)?$", re.IGNORECASE)


def _ended_up_on_product(doc: Document, s_start: int, m: Mention) -> bool:
    """People who start the product end up in the effect ``m`` ("lots of people who start
    Zanta end up constipated"): a harm said of its users. What they start is "it" or the
    main intervention, never another treatment ("people who start chemotherapy end up
    exhausted") or an activity ("a new job")."""
    found = _ENDED_UP.search(doc.text, s_start, m.start)
    if found is None:
        return False
    at = found.start("what")
    if re.match(r"(?:it|them|this|these)(?![a-z])", doc.text[at:m.start], re.IGNORECASE):
        return it_is_product(doc, m.sentence, at)
    subjects = sentence_subjects(doc)
    return subjects.main_between(m.sentence, at, at + 1)


def _had_on_product(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """People had the effect ``m`` on a product named right after it ("some people had
    swelling of the ankles on Zanta", "patients had headaches while taking it"): a harm said
    of the product's users. The product is an intervention the sentence names there (or "it"),
    never a day or a dose ("had a rash on the first day") nor another drug ("on aspirin")."""
    if not _PEOPLE_HAD.search(doc.text, s_start, m.start):
        return False
    on = _ON_AFTER.match(doc.text, m.end, s_end)
    if on is None:
        return False
    if re.match(r"(?:it|them|this|these)(?![a-z])", doc.text[on.end():s_end], re.IGNORECASE):
        return True
    subjects = sentence_subjects(doc)
    return subjects.main_between(m.sentence, on.end(), on.end() + 1)


#: The words of a use phrase after an effect (``[use_after]`` of contradiction_effects.toml).
_USE = _EFFECTS["use_after"]
#: A use phrase's lead and its filler words, ending where the product's name (or "it") must
#: stand: "in people taking |X", "during treatment with |X", "three months into treatment with |X".
_USE_LEAD = compile_re(r"(?<![\w'-])(?:" + phrase_alternation(_USE["lead"]) + r")\s+(?:(?:"
                       + phrase_alternation(_USE["filler"]) + r"|\d+)\s+){0,5}", re.IGNORECASE)
_USE_STOP = frozenset(_USE["stop"]) | frozenset(_USE["relief"])
_USE_GOAL = frozenset(_USE["goal"])
_USE_GOAL_NEXT = frozenset(_USE["goal_next"])
_USE_BEFORE_WORDS = frozenset(_USE["before_use"])
#: "before" within six words after the effect, then (after a pronoun or "ever", [use_after]
#: before_gap) the word that says what came later: "for years before |starting it", "before I |tried it".
_BEFORE_USE = compile_re(r"[^.;:!?]{0,60}?(?<![\w'-])before\s+(?:(?:" + phrase_alternation(_USE["before_gap"])
                         + r")\s+){0,2}(?P<what>[\w'-]+)", re.IGNORECASE)
_USE_SKIP_BEFORE = frozenset(_USE["skip_before"])
#: The product as a pronoun right after a use phrase ("after each dose of |it").
_USE_PRONOUN = compile_re(r"(?:" + phrase_alternation(_USE["pronoun"]) + r")(?![\w'-])", re.IGNORECASE)
#: A negation in the predicate after the use phrase ("has never been reported"; "n't" as an ending).
_USE_DENIAL = frozenset(w for w in _USE["predicate_denial"] if not w.startswith("n'"))
_USE_DENIAL_ENDINGS = tuple(w for w in _USE["predicate_denial"] if w.startswith("n'"))


def _change_pattern() -> re.Pattern[str]:
    """The words that say an effect went, eased or was no worse than a comparison's, or was
    something else's: the claim reader's relief and lowering verb classes in every form
    (``claim_predicates.toml`` with WordNet's, inflected by ``verb_form_patterns``), the
    reversible words of ``context_cues.toml`` [relation] and [use_after] predicate_same, gone
    and off_cause."""
    classes = predicate_classes()
    irregular = read_toml(PREDICATES_FILE)["irregular"]
    forms = [f for cls in ("relief", "lowering") for lemma in classes[cls] for f in verb_form_patterns(lemma, irregular)]
    words = [*read_toml("context_cues.toml")["relation"]["reversible"], *_USE["predicate_same"], *_USE["gone"],
             *_USE["off_cause"]]
    return compile_re(r"(?<![\w'-])(?:" + "|".join(sorted(set(forms), key=lambda f: (-len(f), f))) + "|"
                      + phrase_alternation(words) + r")(?![\w'-])", re.IGNORECASE)


_USE_CHANGE = _change_pattern()


def _use_predicate_no_harm(doc: Document, m: Mention, lead_at: int, name_at: int, s_end: int) -> bool:
    """The clause around the use phrase says the effect ``m`` is not the product's harm: a
    negation in the predicate after the product's name ("Liver damage in people taking X has
    never been reported", "Dizziness in people taking X is no more common than on placebo"), or
    a word of relief, lowering, going away, an equal rate or another cause there or between the
    effect and the use phrase ("Anxiety melted away within days of starting X", "Headaches
    while taking X usually mean you are dehydrated"). Why (stage20 review): the use phrase was
    the frame and the predicate after it was never read, so six denials and reliefs a reviewer
    wrote fired against a matching denial. The predicate runs from the name to the end of its
    clause (``SYMPTOM_CLAUSE_BREAK``: ", and …" or "but" end it, a bare comma does not)."""
    low = doc.text[name_at:s_end].lower()
    brk = SYMPTOM_CLAUSE_BREAK.search(low)
    after = low[:brk.start()] if brk is not None else low
    words = re.findall(r"[a-z'-]+", after)
    if any(w in _USE_DENIAL or w.endswith(_USE_DENIAL_ENDINGS) for w in words):
        return True
    if _USE_CHANGE.search(after) or _USE_CHANGE.search(doc.text, m.end, lead_at):
        return True
    # put down to another cause ("is usually due to low blood sugar"), not to the product ("due to
    # it"), with the source words ``_put_down_to_other`` reads ([stop_reason] sources; "from" not a time)
    said = _STOP_SOURCE.search(doc.text, name_at, name_at + len(after))
    if said is None or (said.group(0).split()[0].lower() == "from" and _SOURCE_TIME.search(said.group("np"))):
        return False
    n0, n1 = said.span("np")
    return not (_USE_PRONOUN.match(doc.text, n0, n1) or sentence_subjects(doc).main_between(m.sentence, n0, n1))


def _use_owner(doc: Document, s_start: int, s_end: int, m: Mention) -> str:
    """The affirmed effect ``m`` is followed, in its clause and within eight words, by a phrase
    of the product's use that names it: "Bone loss speeds up in people taking Zanta", "a
    stinging sensation is usual during treatment with Zanta", "users wake up groggy after a
    Zanta night", "I felt queasy after each dose of it". Why a reading of its own (stage20): the
    frames before it each ask for one verb between the effect and the use ("reported in people
    taking", "is common on", "had … on"), and across the dev halves and the reviewers' passages
    the effects left with no claim frame were mostly said this way, with a verb no list holds.
    The use phrase itself is the frame; never with a word between that moves the effect off the
    use (another time, "before starting it"; a contrast, "but not with it"; stopping; a
    condition) or says it eased ("a rash cleared up within a week on Zanta"), nor after a word
    that makes the effect what the product is for ("say goodbye to drowsiness with Zanta"), nor
    when a clause break or anything but the product ends the phrase, nor when the clause's
    predicate says no harm (``_use_predicate_no_harm``: "… has never been reported", "… is no
    more common than on placebo", "Anxiety melted away within days of starting Zanta"; stage20
    review). The answer: "product" (the page's product or "it" standing for it) or "" (the
    owner of a use phrase naming another intervention is left to the causers: where the page's
    product is not the one the interventions analysis calls main, as in an injected sentence,
    "other" would drop its own claims)."""
    brk = re.search(r"[;:?!()\u2014]|\s[\u2013-]\s", doc.text[m.end:s_end])
    hi = m.end + brk.start() if brk is not None else s_end
    reach = re.match(r"(?:\W*[\w'-]+){0,9}", doc.text[m.end:hi])
    hi = min(hi, m.end + (reach.end() if reach else 0) + 1)
    lo = _clause_start(doc.text, s_start, m.start)
    before = [w for w in re.findall(r"[a-z'-]+", doc.text[lo:m.start].lower()) if w not in _USE_SKIP_BEFORE]
    if set(before[-4:]) & _USE_GOAL or (before[-1:] and before[-1] in _USE_GOAL_NEXT):
        return ""
    subjects = sentence_subjects(doc)
    for lead in _USE_LEAD.finditer(doc.text, m.end, hi + 40):
        if lead.start() > hi:
            break
        words = set(re.findall(r"[a-z'-]+", doc.text[m.start:lead.end()].lower()))
        if words & _USE_STOP:
            return ""
        at = lead.end()
        if _USE_PRONOUN.match(doc.text, at, s_end):
            named = it_is_product(doc, m.sentence, at)
        elif subjects.main_between(m.sentence, at, at + 1):
            named = True
        else:
            continue
        # the predicate after the name decides (stage20 review): "… has never been reported"
        return "product" if named and not _use_predicate_no_harm(doc, m, lead.start(), at, s_end) else ""
    return ""


def _use_after(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """``m`` is followed by a use phrase naming the product (``_use_owner``)."""
    return _use_owner(doc, s_start, s_end, m) == "product"


_STOP_OBJECT = compile_re(r"(?<![a-z])(?:" + STOP_USE + r"|switch\s+from|switched\s+from)\s+(?:(?:taking|using|the)\s+)*",
                          re.IGNORECASE)


#: People as the subject of having none of the effect: "patients have no", "users get no",
#: "most people experience zero".
_PEOPLE_NONE = compile_re(r"(?<![a-z])(?:" + _TAKERS + r"|you|they)\s+(?:[\w-]+\s+){0,2}?(?:have|has|had|get|gets|"
                          r"got|experience|experienced|notice|noticed|report|reported)\s+(?:no|zero)\s+(?:[\w-]+\s+){0,2}?$",
                          re.IGNORECASE)
#: The product the effect is denied with, right after the effect (or the list it ends):
#: "… with it", "… on Zanta", "… while taking the tablets".
_WITH_AFTER = compile_re(r"(?:[\s,]+[\w-]+){0,4}?\s+(?:(?:while|when)\s+(?:on|taking|using)|with|on|from)\s+(?:the\s+)?",
                         re.IGNORECASE)


def _people_have_none(doc: Document, s_start: int, s_end: int, m: Mention) -> bool:
    """People have none of the effect ``m`` with the product ("patients have no hoarseness
    or voice changes with it", "users get no jitters on Zanta"): a denial said of its users.
    The product is "it" or the main intervention placed right after the effect, never
    another drug, a placebo or a time ("on good days")."""
    if not _PEOPLE_NONE.search(doc.text, s_start, m.start):
        return False
    if re.search(r"(?<![a-z])(?:placebo|dummy|sham|control)(?![a-z])", doc.text[s_start:s_end], re.IGNORECASE):
        return False
    on = _WITH_AFTER.match(doc.text, m.end, s_end)
    if on is None:
        return False
    if re.match(r"(?:it|them)(?![a-z])", doc.text[on.end():s_end], re.IGNORECASE):
        return it_is_product(doc, m.sentence, on.end())
    subjects = sentence_subjects(doc)
    return subjects.main_between(m.sentence, on.end(), on.end() + 1)


def _stops_other(doc: Document, k: int, start: int, end: int) -> bool:
    """After "<effect> is among the reasons", the people stop something other than the product
    ("… the reasons people stop aspirin", or "it" after another product named as the topic:
    ``it_is_other``): the effect is that one's. Without a verb of stopping
    the reason frame is left as it was. What is stopped is the product when it is "it", the
    product's name or a noun of the product's own kind ("stop the injections", "quit the
    supplement"); anything else ("stop statins", "stop running") is not the product."""
    stop = _STOP_OBJECT.search(doc.text, start, end)
    if stop is None:
        return False
    if re.match(r"(?:it|them|this|these|treatment)(?![a-z])", doc.text[stop.end():end], re.IGNORECASE):
        # the product by pronoun, unless the pronoun's antecedent is another product
        # ("Gabapentin is older. Dizziness is the main reason people stop taking it"; name17)
        return it_is_other(doc, k, stop.end())
    if by_kind(doc.text, stop.end(), end):
        return False  # "the reasons people stop the injections": the product by its kind
    subjects = sentence_subjects(doc)
    return not subjects.main_between(k, stop.end(), stop.end() + 1)


def _effect_verb_of_product(doc: Document, s_start: int, m: Mention) -> bool:
    """``m`` is an effect said by a verb of its own ([effect_verbs]: "won't constipate you", "can
    push your glucose too low") whose subject, before it in its clause, is the product: its name,
    or "it" pointing to it, and no other intervention ("Some painkillers constipate", "Insulin can
    push your blood sugar too low" are another's; deny18)."""
    if m.matched.lower().split(" ", 1)[0] not in _EFFECT_VERBS:
        return False
    lo = clause_start(doc.text, s_start, m.start)
    subjects = sentence_subjects(doc)
    if subjects.other_between(m.sentence, lo, m.start):
        return False
    if subjects.main_between(m.sentence, lo, m.start):
        return True
    it = re.match(r"\W*(?:it|this)\s", doc.text[lo:m.start], re.IGNORECASE)
    return it is not None and it_is_product(doc, m.sentence, lo + it.end() - 1)


_STOP_DATA = read_toml("contradiction_measures.toml")


def _stop_reason_parts() -> dict[str, str]:
    """The named parts of a harm told through stopping, each read from contradiction_measures.toml
    [stop_reason] (a list is one alternation of its words), in the order they stand: the stop
    verb, the words before what is stopped, what is stopped (one to three words, none of them a
    word that joins two things: "switched from one to Zelvara" stops no Zelvara), its form or
    manner, a delay, the reason, and the words before the effect (deny18)."""
    d = _STOP_DATA["stop_reason"]

    def alt(key: str) -> str:
        return phrase_alternation(d[key])

    word = r"(?!(?:" + alt("joins") + r")(?![\w'’-]))[\w'’-]+"
    count = r"(?:" + alt("counts") + r")\s+(?:" + alt("units") + r")"
    made = (r"because\s+(?:" + alt("made_subjects") + r"|the\s+[\w-]+)\s+(?:" + alt("made_verbs") + r")(?:\s+(?:"
            + alt("made_objects") + r"))?")
    return {
        "verb": r"(?<![a-z])(?:" + d["verbs"].replace("{stop_use}", STOP_USE) + r")",
        "lead": r"\s+(?:(?:" + alt("lead") + r")\s+)*",
        "what": r"(?P<what>" + word + r"(?:\s+" + word + r"){0,2}?)",
        "tail": r"(?:\s+(?:" + alt("tail") + r"))?(?:\s+up)?\s*,?\s+",
        "delay": r"(?:(?:" + alt("delay_words") + r")\s+(?:(?:" + alt("delay_hedges") + r")\s+)?" + count + r"\s+)?",
        "reason": r"(?:" + alt("reasons") + r"|after\s+(?:" + count + r"|days|weeks|months)\s+of|" + made + r")",
        "effect_lead": r"\s+(?:(?:" + alt("effect_lead") + r")\s+)*\Z",
    }


#: The product stopped and the effect after it as the reason ([stop_reason]; deny18).
_STOP_REASON = compile_re("".join(_stop_reason_parts().values()), re.IGNORECASE)
#: Before the stopping in its clause, what makes it no report of a stop ([cause] stop_unsaid: a
#: negation, a condition or advice, a question word; and the clitic "n't", stop_unsaid_clitics).
_STOP_UNSAID = compile_re(r"(?<![a-z])(?:" + phrase_alternation(_STOP_DATA["cause"]["stop_unsaid"]) + r")(?![a-z])|"
                          + phrase_alternation(_STOP_DATA["cause"]["stop_unsaid_clitics"]), re.IGNORECASE)
#: What is stopped said by a pronoun ([stop_reason] pronouns).
_STOP_PRONOUN = compile_re(r"(?:" + phrase_alternation(_STOP_DATA["stop_reason"]["pronouns"]) + r")\Z", re.IGNORECASE)
#: Right after the effect, what it is put down to ([stop_reason] sources: "… dizziness from her
#: ear infection")
_STOP_SOURCE = compile_re(r"\s+(?:" + phrase_alternation(_STOP_DATA["stop_reason"]["sources"]) + r")\s+(?P<np>[^,;:.!?()–—]+)",
                          re.IGNORECASE)
#: After the effect, a clause that dates it before the use ([stop_reason] earlier: "because of the
#: dizziness I had before I started it").
_STOP_EARLIER = compile_re(_STOP_DATA["stop_reason"]["earlier"], re.IGNORECASE)


#: Past a comma after the effect's people, a rider that puts the effect down to a source
#: ([stop_reason] sources, rider_words: "…, all of it caused by their chemotherapy"; read19 review).
_RIDER_SOURCE = compile_re(r",\s+(?:[\w'’-]+\s+){0," + str(_STOP_DATA["stop_reason"]["rider_words"]) + r"}?(?P<src>"
                           + phrase_alternation(_STOP_DATA["stop_reason"]["sources"]) + r")\s+(?P<np>[^,;:.!?()–—]+)",
                           re.IGNORECASE)
#: In a "from" source, the words that make it a time ([stop_reason] source_times: "from their first dose").
_RIDER_OWN = compile_re(r"(?<![\w-])(?:" + phrase_alternation(_STOP_DATA["stop_reason"]["rider_own"]) + r")(?![\w-])", re.IGNORECASE)
_SOURCE_TIME = compile_re(r"(?<![a-z])(?:" + phrase_alternation(_STOP_DATA["stop_reason"]["source_times"]) + r")(?![a-z])",
                          re.IGNORECASE)


def _put_down_to_other(doc: Document, m: Mention, s_end: int, rider: bool = False) -> bool:
    """Right after the effect ``m``, a source preposition puts it down to something that is not
    the product ([stop_reason] sources: "dizziness from her ear infection", "headaches caused by
    the heatwave"); "dizziness from it", "… caused by Zelvara" name the product (deny18 review).
    With ``rider``, the source is read instead past a comma after the effect's people, the way a
    record or a group's harm is qualified ("hair loss in women taking X, all of it caused by their
    chemotherapy", "…, which doctors put down to the heat"): a harm the writer blames on another
    cause is that cause's, not the product's (read19 review); "from" there must not be a time
    ("…, from their first dose onwards")."""
    said = _RIDER_SOURCE.search(doc.text, m.end, s_end) if rider else _STOP_SOURCE.match(doc.text, m.end, s_end)
    if said is None:
        return False
    if rider and ((said.group("src").lower() == "from" and _SOURCE_TIME.search(said.group("np")))
                  or _RIDER_OWN.search(said.group("np"))):
        return False  # "…, from their first dose onwards"; "…, caused by it in every case"
    n0, n1 = said.span("np")
    if sentence_subjects(doc).main_between(m.sentence, n0, n1) or (rider and by_kind(doc.text, n0, n1)):
        return False
    pronoun = _STOP_PRONOUN.match(doc.text[n0:n1].strip())
    return not (pronoun and it_is_product(doc, m.sentence, n0))


def _group_effect_not_its(doc: Document, m: Mention, s_end: int) -> bool:
    """A harm said of a group of takers that the words after it date before the use ([stop_reason]
    earlier: "women in my group who use it had headaches before they started it", "… for years"):
    the complaint the people brought, as a stop's reason is read (deny18 review), not the
    product's harm (read19). (The source phrases of [stop_reason] sources are not asked here: "redness
    caused by applying the cream" names the product by its use.)"""
    found = _BEFORE_USE.match(doc.text, m.end, s_end)
    return found is not None and found.group("what").lower() in _USE_BEFORE_WORDS


def _stopped_over(doc: Document, s_start: int, m: Mention) -> bool:
    """The effect ``m`` is the reason the product was stopped: "Several readers had to come off
    it because of the dizziness", "I gave Zelvara up after a week of headaches", "many quit
    it over the nausea", "I stopped taking it because it made me dizzy" (deny18). Stopping
    for a harm says the product brought the harm on, as a patient story or a review says it.
    What is stopped must be the product (its name, "it" pointing to it, or its kind: "the
    tablets"), never another drug ("came off the pill because of headaches"); the stop must
    be told, not denied, advised or asked ("nobody had to stop it because of …", "if you stop
    it because of a rash")."""
    text = doc.text
    lo = max(s_start, m.start - 160)
    found = _STOP_REASON.search(text, lo, m.start)  # (the pattern ends at the effect: ``\Z``)
    if found is None:
        return False
    s_end = doc.sentences[m.sentence].end
    if _STOP_UNSAID.search(text, clause_start(text, s_start, found.start()), found.start()) \
            or "?" in text[found.start():s_end]:
        return False
    if _STOP_EARLIER.match(text[m.end:s_end]):
        return False  # "because of the dizziness I had before I started it": the complaint brought to it
    if _put_down_to_other(doc, m, s_end):
        return False  # "after a week of dizziness from her ear infection": the infection's
    w0, w1 = found.span("what")
    if _STOP_PRONOUN.fullmatch(text[w0:w1]):
        return it_is_product(doc, m.sentence, w0)
    subjects = sentence_subjects(doc)
    if by_kind(text, w0, w1):
        # "stopped the tablets because of …": the product by its kind, when the sentence names
        # no intervention ("came off the pill because of headaches and started Zelvara": another)
        return not subjects.placed[m.sentence]
    return subjects.main_between(m.sentence, w0, w1) and not subjects.other_between(m.sentence, w0, w1)


#: People after "the reasons" and what they do: "… reasons people reach for Cephalin", "… why
#: patients take it".
_REASON_PEOPLE = compile_re(r"\s+(?:why\s+|that\s+)?(?:" + "|".join(_PEOPLE["with_reasons"]) + r")(?![a-z])",
                            re.IGNORECASE)
_STOP_VERB = compile_re(r"(?<![a-z])(?:" + STOP_USE + r"|" + _STOP_NOUNS + r"|drop\s+out|dropped\s+out|switch|switched)(?![a-z])",
                        re.IGNORECASE)


def _reason_not_stopping(text: str, start: int, end: int) -> bool:
    """The reasons are people's for starting, not for stopping: "headaches are among the most
    common reasons people reach for Cephalin" names what it treats; only "… reasons people stop
    (quit, come off) it" is a side effect's. Reasons with no people after them are left as
    they were."""
    people = _REASON_PEOPLE.match(text, start, end)
    return people is not None and not _STOP_VERB.search(text, people.end(), min(end, people.end() + 30))


def _clause_start(text: str, floor: int, start: int) -> int:
    """Where the clause that ends at ``start`` begins: after the last comma, semicolon, colon or
    dash of the sentence before it, at most 100 characters back."""
    return clause_start(text, max(floor, start - 100), start)


def _denied_between(doc: Document, m: Mention, floor: int) -> bool:
    """"no link between X and <m>" where X names a product the sentence names (or is
    it/this): the other side of the link is what the denial is about."""
    found = _DENIED_BETWEEN.search(doc.text, floor, m.start)
    if found is None:
        return False
    a, b = found.span("between")
    if _THE_PRODUCT_WORD.fullmatch(doc.text, a, b):
        return True
    return any(a <= p < b for p, _ in sentence_subjects_named(doc, m.sentence))


def _open(doc: Document, s_start: int, s_end: int, m: Mention) -> Reading | None:
    """The open subject-verb-effect reading of the mention ``m`` (``claim_reader.open_reading``),
    once per mention and document."""
    memo: dict[tuple[int, int], Reading | None] = doc.analysis("contradiction-open-readings", lambda d: {})
    key = (m.start, m.end)
    if key not in memo:
        memo[key] = open_reading(doc.text, s_start, s_end, m.start, m.end)
    return memo[key]


def _reading_owners(doc: Document) -> dict[tuple[int, int], str]:
    """The drug name a mention's reading needed (``_reading``), by the mention's span."""
    owners: dict[tuple[int, int], str] = doc.analysis("contradiction-reading-owners", lambda d: {})
    return owners


def _reading(doc: Document, s_start: int, s_end: int, m: Mention) -> Reading | None:
    """The clause reader's reading of the mention ``m`` (``analysis/claim_reader.py``), once
    per mention and document."""
    memo: dict[tuple[int, int], Reading | None] = doc.analysis("contradiction-readings", lambda d: {})
    key = (m.start, m.end)
    if key not in memo:
        reading = read_clause(doc.text, s_start, s_end, m.start, m.end)
        if reading is None:
            # a product named after the effect by a generic name in lower case ("hair loss can
            # occur with metformin"): the clause reader asks where the interventions analysis
            # places the page's product or a drug, supplement or food by name (as it takes any
            # capitalised name: which product the claim is about is the pairing's question,
            # ``agent``; never an activity, "with strenuous exercise"; stage20)
            subjects = sentence_subjects(doc)
            names = frozenset(p for p, n in subjects.placed[m.sentence]
                              if p > m.end and (subjects.is_main(n) or drug_word(n)))
            if names:
                reading = read_clause(doc.text, s_start, s_end, m.start, m.end, names)
                if reading is not None:  # the claim is that name's (``Claim.owner``)
                    _reading_owners(doc)[key] = next(n for p, n in sorted(subjects.placed[m.sentence]) if p in names)
        memo[key] = reading
    return memo[key]


def _hedge_in_later_clause(text: str, s_start: int, s_end: int, m: Mention, cue: str) -> bool:
    """The hedge cue of a sentence sits only in a clause after the mention ("a non-drowsy
    tablet, and most adults can take it before work"), not before it or in its own clause
    ("a painless alternative to what can be a long procedure")."""
    low = text.lower()
    cue = cue.lower()
    if not cue or cue in low[s_start:m.start]:
        return False
    at = low.find(cue, m.end, s_end)
    if at < 0 or not CLAUSE_BREAK.search(text, m.end, at):
        return False
    # "sold as non-drowsy, and that is true for most people": the later clause judges the claim
    # itself, so its hedge is the claim's ([verdict] hedged_claim; name18)
    brk = CLAUSE_BREAK.search(text, m.end, at)
    return brk is None or not _VERDICT.match(low, brk.end(), at)


#: A later clause that opens with the writer's verdict on the claim ("and that is true …").
_VERDICT = compile_re(read_toml("contradiction_limits.toml")["verdict"]["hedged_claim"])


def _window_start(text: str, floor: int, end: int, words: int) -> int:
    """Offset where the last ``words`` words before ``end`` begin (not before ``floor``),
    or where the clause that holds ``end`` begins, if that is later."""
    pos = end
    for _ in range(words):
        pos = text.rfind(" ", floor, pos - 1)
        if pos < floor:
            pos = floor
            break
    return clause_start(text, pos, end, CLAUSE_OPENING_BEFORE)


#: The causative "make" with a determiner as its object's first word, right before an effect's
#: name ("can make your teeth sensitive", "made my gums sore").
_MAKE_PART = compile_re(_EFFECTS["report_frames"]["make_part"], re.IGNORECASE)
_FIRST_WORD = compile_re(r"[A-Za-z][A-Za-z-]*")


def _part_made(doc: Document, s_start: int, m: Mention) -> bool:
    """The effect's name opens with a body part, the object of a causative "make" right
    before it ("can make your teeth sensitive", "made her skin itchy"): the product brings the
    effect about, as "causes tooth sensitivity" says. Why: the verb stands before the part,
    outside the effect's words, where the causal frames (which end before the effect) did not
    reach it; the negated form read through the negation cue and the affirmed one did not. Only
    a part (a concept of kind organ in the lexicon) opening the name: "make your headaches
    worse" is no such frame."""
    made = _MAKE_PART.search(doc.text, max(s_start, m.start - 30), m.start)
    if not made:
        return False
    # the maker must be the product, as the causer of "cause" is: "Receding gums can make your
    # teeth sensitive", "Worry and stress can make your stomach upset" name other causes
    lo = _clause_start(doc.text, s_start, made.start())
    maker = re.findall(r"[a-z0-9-]+", doc.text[lo:made.start()].lower())
    if not (any(names_product(w, "") for w in maker) or _names_product(doc, lo, made.start())):
        return False
    first = _FIRST_WORD.match(m.matched)
    if first is None or first.end() == len(m.matched):
        return False  # the part alone names no effect
    if is_part_word(first.group()):
        return True  # a part of the composition table ("leave your mouth dry")
    hit = get_lexicon().match(first.group().lower())
    return bool(hit) and hit[0][1] == first.end() and hit[0][3] == "organ"


#: Clinicians who see or treat the product's users with the effect, right before the effect's
#: name ("Dermatologists see a steady trickle of X users with contact dermatitis", "GPs are
#: treating more people on it with gout"): the clinic's report of a harm (the "see patients
#: with" of clinicians' own wording, as in FDA MedWatch and BMJ case reports; own curation of
#: the clinician nouns after MedlinePlus's "Health care providers" page).
_CLINICIANS_SEE = compile_re(_EFFECTS["report_frames"]["clinicians_see"], re.IGNORECASE)
#: In ``_CLINICIANS_SEE``'s people: the product's users ("X users", "people on it", "patients
#: taking the tablets").
_USERS_SEEN = compile_re(_EFFECTS["report_frames"]["users_seen"], re.IGNORECASE)


def _seen_by_clinicians(doc: Document, s_start: int, m: Mention) -> bool:
    """Clinicians see or treat the product's users with the effect (``_CLINICIANS_SEE``): a
    report of the harm in users, as "users report contact dermatitis" is. Why: the subject is
    the clinic, the users are the verb's object and the effect a "with" phrase after them,
    where neither the experience verbs (whose subject is the users) nor the cause verbs read
    it. Only when those people are named as the product's users (its name or "it" among them:
    "X users", "people on it"); "Dermatologists see many people with eczema" is the disease."""
    hit = _CLINICIANS_SEE.search(doc.text, max(s_start, m.start - 140), m.start)
    if hit is None or not _USERS_SEEN.search(hit.group("who")):
        return False
    lo, hi = hit.start("who"), hit.end("who")
    return sentence_subjects(doc).main_between(m.sentence, lo, hi) or bool(
        re.search(r"(?<![a-z])(?:it|them|its|this|these)(?![a-z])", hit.group("who"), re.IGNORECASE))


def _strength(doc: Document, s_start: int, s_end: int, m: Mention, group: bool = False) -> int:
    """2: a causal verb (or, for a denial, a denial frame) shortly before the mention in its
    clause; 1: side-effect framing, a reporting verb in a hedged sentence, or a statement
    of its course; 0: no claim about what the product does."""
    if m.relation == "safe":
        return 2
    near = _window_start(doc.text, s_start, m.start, CAUSAL_WINDOW)
    if m.negated and re.match(r"\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?(?:reported|seen|observed|noted)",
                              doc.text[m.end:m.end + 30]):
        return 2  # "with no side effects reported"
    if m.negated:
        if (_DENIAL_FRAME.search(doc.text, near, m.end) or _VERB_MENTION.match(m.matched)
                or _effect_verb_of_product(doc, s_start, m)
                or m.cues.get("negated") == m.matched.lower() or _FREE_COMPOUND.match(doc.text, m.end)
                or first_person_before(doc, m.sentence, near, m.start, denied=True)):
            return 2
        if _people_have_none(doc, s_start, s_end, m):
            return 2  # "patients have no hoarseness with it"
        # the clause's structure: a predicate of the lexicon governs the denied effect
        # ("it will never bring on X", "the gel cannot set off X")
        reading = _reading(doc, s_start, s_end, m)
        if reading is not None and reading.pclass == "cause" and reading.where == "before" \
                and reading.subject in ("product", ""):
            return 2
        if reading is not None and reading.pclass == "experience" and reading.where == "before" \
                and reading.subject == "users":
            return 2  # "you won't get the jitters", "wearers don't notice any itching": the users deny it
        if reading is not None and reading.where == "after" and reading.pclass in ("recorded", "occur") \
                and reading.subject in ("product", "users") and not reading.negated \
                and not LIMITED_AFTER.search(doc.text, m.end, s_end):
            return 2  # "not a single case of liver damage has been tied to it": the record denied (deny17)
        # the open reading: the product denied as the subject of a verb the lexicon does not
        # know ("Calmira shouldn't churn your stomach")
        opened = _open(doc, s_start, s_end, m)
        return 2 if opened is not None and opened.negated else 0
    if _STRONG.search(doc.text, near, m.start) or _CAUSED_BY.match(doc.text, m.end, s_end):
        return 2
    if m.matched.lower().endswith(_REACTION_WORDS) and _REACTION_TO.match(doc.text, m.end, s_end):
        return 2  # "allergic reactions to Calmaderm have been reported"
    if _VERB_MENTION.match(m.matched) or _effect_verb_of_product(doc, s_start, m):
        return 2  # "can upset the stomach", "may interfere with your sleep"
    if _part_made(doc, s_start, m):
        return 2  # "can make your teeth sensitive"
    after = _AFTER.match(doc.text, m.end, s_end)
    if after and "reason" in after.group().lower() and (_stops_other(doc, m.sentence, after.end(), s_end)
                                                         or _reason_not_stopping(doc.text, after.end(), s_end)):
        after = None  # "nausea is among the reasons people stop aspirin": another drug's
    if (frame := _FRAME.search(doc.text, s_start, m.start)) is not None and frame.group().lower().split()[-1] in ("was", "is") \
            and _ARM.search(doc.text, s_start, s_end):
        frame = None  # "the most frequent adverse event was headache, 8% on placebo and 7% on X": both arms'
    if frame is not None or after:
        return 1
    if _listed_under_frame(doc, m):
        return 1  # "## Side effects" then "- Headaches": the list item inherits its heading's frame
    if group and _COMPLAINT.match(doc.text, m.end, s_end):
        return 1
    if group and _GROUP_OFTEN.match(doc.text, m.end, s_end):
        return 1  # "In older users, headache appear frequently": the users' common harm (users20)
    if _seen_by_clinicians(doc, s_start, m):
        return 1  # "Dermatologists see a steady trickle of X users with contact dermatitis"
    if (m.hedged or group) and experience_before(doc, near, m.start):
        return 1
    if first_person_before(doc, m.sentence, near, m.start):
        return 1  # "I got heartburn the first week", "my patients had headaches on it"
    if _stopped_over(doc, s_start, m):
        return 1  # "several readers had to come off it because of the dizziness" (deny18)
    if said_state(doc.text, s_start, s_end, m.start, m.end) and not _others_users(doc, m.sentence, s_start, s_end):
        return 1  # "patients say their joints are sore after it" (read19); not "… after Dorvix"
    if _ended_up_on_product(doc, s_start, m):
        return 1  # "lots of people who start Zanta end up constipated"
    if _use_after(doc, s_start, s_end, m):
        return 1  # "Bone loss speeds up in people taking Zanta" (stage20)
    if group and had_before(doc, near, m.start):
        return 1  # "several patients on it had severe heartburn"
    if group and experience_before(doc, s_start, m.start):
        return 1  # "Many people starting it report the 'keto flu': fatigue, headache …"
    if m.course:
        return 1  # "the hair loss goes away": a claim about its course
    # what the clause's structure says (``analysis/claim_reader.py``): a cause verb governs
    # the effect ("may bring on nosebleeds"), the product's users live through it ("wearers
    # report ear soreness"), or the effect is the subject of an occurrence, a record or an
    # effect noun ("loose stools can follow a dose", "is a known effect of the device")
    reading = _reading(doc, s_start, s_end, m)
    if reading is None and m.kind == "finding":
        # the open reading: the product (or its users) as the subject of a verb the lexicon
        # does not know, the effect its object ("the gel can unleash a rash"): a harm, hedged as
        # the mention's modal says
        opened = _open(doc, s_start, s_end, m)
        return 1 if opened is not None and not opened.negated else 0
    if reading is None or reading.negated or (reading.pclass == "cause" and reading.subject == "other"):
        return 0  # "the blood supply is cut off, resulting in a stroke": a mechanism, no product
    return 2 if reading.pclass == "cause" else 1


#: A heading or lead-in that makes the list after it a list of effects ("## Side effects",
#: "Possible side effects include:", "What users reported:").
_LIST_FRAME = compile_re(r"(?<![a-z])(?:side[\s-]+effects?|adverse\s+(?:effects?|reactions?|events?)|reported\s+(?:problems|reactions|complaints)|"
                         r"(?:common|most\s+common|frequent)\s+complaints|what\s+(?:users|people|customers|patients)\s+(?:reported|noticed|experienced))"
                         r"(?![a-z])", re.IGNORECASE)


def _listed_under_frame(doc: Document, m: Mention) -> bool:
    """The mention opens a list item (or is the item) whose list follows a heading or a lead-in
    ending in a colon that frames it as effects (``_LIST_FRAME``)."""
    k = doc.sentences[m.sentence].block
    block = doc.blocks[k]
    if block.kind != "list_item" or doc.text[block.start:m.start].strip(" *_-•\t"):
        return False
    while k > 0 and doc.blocks[k - 1].kind == "list_item":
        k -= 1
    if k == 0:
        return False
    lead = doc.blocks[k - 1]
    text = doc.text[lead.start:lead.end]
    if lead.kind != "heading" and not text.rstrip().endswith(":"):
        return False
    return bool(_LIST_FRAME.search(text)) and not re.search(r"(?<![a-z])(?:no|not|without|free)(?![a-z])", text, re.IGNORECASE)


def covers(lexicon: Lexicon, broad: Claim, narrow: Claim) -> bool:
    """``broad``'s concept includes ``narrow``'s: the same, an ancestor of it, or side
    effects as a whole (which include every finding)."""
    if broad.kind == "general":
        return narrow.kind != "organ"
    if narrow.kind == "general":
        return False
    if _too_general(lexicon, broad, narrow) or _too_general(lexicon, narrow, broad):
        return False
    if broad.kind == "organ":  # "won't harm your liver" covers hepatitis, not an upset stomach
        return lexicon.is_a(narrow.concept_id, broad.concept_id)
    return lexicon.related(narrow.concept_id, broad.concept_id)


def _too_general(lexicon: Lexicon, wide: Claim, other: Claim) -> bool:
    """``wide`` names an over-general effect ("discomfort", "painless") and ``other`` a
    narrower one whose site ``wide``'s sentence does not name: "the treatment is painless"
    says nothing about headaches; "the injection is painless" does say something about
    "injection site pain"."""
    if wide.concept_id not in _BROAD or wide.concept_id == other.concept_id:
        return False
    if not lexicon.is_a(other.concept_id, wide.concept_id):
        return False
    sites = {t for _, _, t in tokens(other.matched) if len(t) > 2 and t not in _SITE_STOP}
    return not sites & {t for _, _, t in tokens(wide.text)}


#: A subgroup named by the words before "group", "arm" or "cohort" ("the high eosinophil group",
#: "the low-dose arm").
_SUBGROUP = compile_re(r"(?<![a-z])(?P<name>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:group|arm|cohort|subgroup)(?![a-z])", re.IGNORECASE)
_GROUP_STOP = frozenset({"the", "a", "an", "this", "that", "each", "either", "one", "other", "same", "treatment",
                         "study", "trial", "placebo", "control", "comparison", "age", "in", "of", "and"})


def _subgroups_apart(doc: Document, a: int, b: int) -> bool:
    """The two sentences name subgroups of one kind by different words ("the high eosinophil
    group" … "the low eosinophil group", "the high-dose arm" … "the low-dose arm"): their
    results are each group's own."""
    def groups(k: int) -> set[frozenset[str]]:
        s = doc.sentences[k]
        out = set()
        for m in _SUBGROUP.finditer(doc.text, s.start, s.end):
            words = frozenset(w for w in re.split(r"[\s-]+", m.group("name").lower()) if w not in _GROUP_STOP)
            if words:
                out.add(words)
        return out
    ga, gb = groups(a), groups(b)
    return any(x != y and x & y for x in ga for y in gb)


def _held_apart(doc: Document, odd: Claim | TypedClaim, other: Claim | TypedClaim) -> bool:
    """Two opposing claims that the article does not set against each other.

    Every limit of a claim's own scope (who, when, how much, how often, with what, in which
    form or from which source) is read once and compared by one rule in ``analysis/scopes.py``
    (``claims_apart``). The other gates are not scopes of one claim, and say so: whose claim
    it is (``disputed``: a relation between two sentences); which product (the trial's
    comparison arm, ``comparator_apart``; ``named_apart``, ``sentence_names_apart``,
    ``line_variants_apart``, ``other_member_apart``, ``opening_names_apart``,
    a promise about one ingredient of the product against a harm of another or of the whole
    (``Claim.part``, ``product_reference.ingredient_part``),
    ``contrasted_other``, ``variant_apart``); two arms of one trial named by a shared word
    (``_subgroups_apart``: the arms are compared with each other, never with a group of
    people); the interaction partner and the recipe, which are the topic of an interaction or
    allergen claim, not a limit of it (``partners_apart``, ``recipe_apart``); numbered
    strengths (``strengths_apart``: an order, where a harm at a smaller amount still
    conflicts); an exception carved out of one claim, read against the other claim's words
    (``excluded_apart``); the disease's own state (``disease_state``); and a benefit said
    generally against its failure in a group (a benefit is a claim about most users, so an
    unlimited benefit does not cover every group, unlike a harm or a safety claim)."""
    if disputed(doc, odd.sentence, other.sentence):
        return True
    if isinstance(odd, Claim) and isinstance(other, Claim) and any(
            c.stance != "affirmed" and c.part and c.part != d.part for c, d in ((odd, other), (other, odd))):
        return True  # "The paracetamol in Duoflex is gentle on the stomach" … "The aspirin in Duoflex
        # can irritate it": a promise about one ingredient, a harm of another (name17)
    if isinstance(odd, TypedClaim) and isinstance(other, TypedClaim) and _typed_part_apart(doc, odd, other):
        return True  # "The paracetamol in Duoflex is safe in pregnancy" … "The aspirin in Duoflex
        # should be avoided in pregnancy" (name17 review: the typed claims had no part)
    if isinstance(odd, Claim) and isinstance(other, Claim) and (
            (odd.worsening and not other.caused) or (other.worsening and not odd.caused)):
        return True  # "does not worsen asthma" … "an asthma flare-up in 49% of each arm": the
        # denial is of worsening an existing condition, answered only by the product causing it
    if _subgroups_apart(doc, odd.sentence, other.sentence):
        return True  # "in the high eosinophil group" … "in the low eosinophil group": two subgroups
    if comparator_apart(doc, odd.sentence, other.sentence, ((odd.start, odd.end), (other.start, other.end))):
        return True  # "The placebo group reported no headaches" … "headaches in 10% of people taking it"
    if _warns(odd) != _warns(other):
        warning, denial = (odd, other) if _warns(odd) else (other, odd)
        if class_warning(doc, warning.sentence, denial.sentence) and not class_warning(doc, denial.sentence):
            return True  # "All medicines can cause side effects such as rash" … "Dermicort does not cause rash";
            # "Any herbal remedy can interact with prescription drugs" … "X has no known interactions"
    if component_apart(doc, odd.sentence, other.sentence, ((odd.start, odd.end), (other.start, other.end))):
        return True  # "Caffeine on its own doesn't relieve headache" … "the combination relieves headache"
    if claims_apart(doc, (odd.sentence, odd.start, odd.end), (other.sentence, other.start, other.end),
                    _OWN_DIMENSIONS.get(odd.type, ()) if isinstance(odd, TypedClaim) else (),
                    (agent(odd), agent(other))):
        return True  # one scope per claim (analysis/scopes.py): "Taken with food, …" … "Taken on an
        # empty stomach, …"; "in the morning" … "in the evening"; "taken as directed" … "more than
        # that"; "for people with a healthy immune system" … "in people with weakened immunity"
    if isinstance(odd, TypedClaim) and isinstance(other, TypedClaim) and odd.type == "benefit" \
            and _measures_apart(doc, odd, other):
        return True  # "lowers blood sugar" … "does not lower blood pressure": two measures that share a word
    if isinstance(odd, TypedClaim) and isinstance(other, TypedClaim) and odd.type == other.type == "benefit" and any(
            c.side == "no_help" and minority_in_clause(doc, c.start, c.end) for c in (odd, other)):
        return True  # "Most users find it helps" … "For a small minority, it does not help": a benefit is said of most
    if isinstance(odd, TypedClaim) and odd.type == "benefit" and population(doc, other.sentence, other.start, other.end) \
            and not population(doc, odd.sentence, odd.start, odd.end):
        return True  # "improves sleep" … "does not improve sleep in people with sleep apnoea": a group it fails
    if isinstance(odd, TypedClaim) and odd.type == "interaction" and partners_apart(doc, odd.sentence, other.sentence):
        return True  # "does not interact with the pill" … "can interact with some epilepsy drugs"
    if isinstance(odd, TypedClaim) and odd.type == "scope" and recipe_apart(doc, odd.sentence, other.sentence):
        return True  # "contains no nuts in its recipe" … "made in a bakery that also handles almonds"
    if disease_state(doc, odd.sentence) or disease_state(doc, other.sentence):
        return True  # "patients often arrive with raised blood sugar. Those are symptoms of diabetes itself."
    harm_denial = -1
    if isinstance(odd, Claim) and isinstance(other, Claim):  # a harm: the denial's amount bounds it
        harm_denial = odd.sentence if odd.stance != "affirmed" else other.sentence if other.stance != "affirmed" else -1
    if harm_denial >= 0 and isinstance(odd, Claim) and isinstance(other, Claim):
        denial, admission = (odd, other) if odd.stance != "affirmed" else (other, odd)
        if severity_apart(doc, (denial.sentence, denial.start, denial.end),
                          (admission.sentence, admission.start, admission.end)):
            return True  # "does not cause severe constipation" … "can cause mild constipation"
        if window_narrows(doc, (denial.sentence, denial.start, denial.end),
                          (admission.sentence, admission.start, admission.end), (agent(denial), agent(admission))):
            return True  # "no rash in the first week" … "can cause a rash": the window narrows the denial (deny18)
    if not (isinstance(odd, TypedClaim) and odd.type == "dose") \
            and strengths_apart(doc, odd.sentence, other.sentence, harm_denial):
        return True  # "the 80 mg tablets are lactose-free" … "the 10 mg tablets contain lactose"
    if line_variants_apart(doc, odd.sentence, other.sentence, (agent(odd), agent(other))):
        return True  # "FuelUp Salted Caramel contains almonds" … "Our FuelUp Free range is nut-free"
    if line_labels_apart(doc, odd.sentence, other.sentence, (agent(odd), agent(other))):
        return True  # "1. Vitalis D3 1000 IU: no known interactions" … "2. Vitalis Green Tea Extract: may reduce …"
    if other_product_apart(doc, odd.sentence, other.sentence, (odd.start, other.start), (agent(odd), agent(other))):
        return True  # "Magnesium Night capsules: nut-free" … "Also in your box: - Almond Protein Bites (contains almonds)"
    if excluded_apart(doc, odd.sentence, other.sentence, (odd.end, other.end)):
        return True  # "For people not taking blood thinners, no interactions" … "People on warfarin …"
    if named_apart(agent(odd), agent(other)):
        return True
    if sentence_names_apart(doc, other.sentence, agent(odd)) or sentence_names_apart(doc, odd.sentence, agent(other)):
        return True
    if other_member_apart(doc, other.sentence, odd.sentence) or other_member_apart(doc, odd.sentence, other.sentence):
        return True  # "the new dressing is painless" … "Older adhesive dressings can cause pain on removal"
    if opening_names_apart(doc, odd.sentence, other.sentence):
        return True  # "Statins such as atorvastatin can cause muscle aches" … "Ezetimibe … does not"
    if _deniers_apart(doc, odd, other):
        return True  # "Not one of the people who tried Zanta reported a rash" … "Its rival, Dorvix, can cause a rash"
    if _owners_apart(doc, odd.sentence, other.sentence):
        return True  # "Hair loss is not a known side effect of Lumora" … "Cytoxan causes hair loss"
    if contrasted_other(doc, other.sentence, agent(odd)) or contrasted_other(doc, odd.sentence, agent(other)):
        return True  # "Chemical sunscreens, on the other hand, can sting the eyes"
    # "cell-based flu vaccine" … "the standard vaccine may contain traces of egg"
    return variant_apart(doc, other.sentence, agent(odd)) or variant_apart(doc, odd.sentence, agent(other))


#: The sides of a typed claim that warn (an interaction named, a group or allergen
#: restricted, a dose limit): what a warning about a whole class of products says
#: (``claim_limits.class_warning``), as an affirmed harm does.
_WARNING_SIDES = {"interaction": "some", "scope": "restricted", "dose": "limit"}


def _warns(c: Claim | TypedClaim) -> bool:
    if isinstance(c, Claim):
        return c.stance == "affirmed"
    return _WARNING_SIDES.get(c.type) == c.side


#: The dimensions a typed claim is about, so no limit of it: the times of a course claim
#: ("fades within weeks"), the times, amounts and use of a dose claim ("never more than 3 mg a day").
_OWN_DIMENSIONS = {"course": ("when",), "dose": ("when", "amount", "use")}


def _conceded(lexicon: Lexicon, found: list[Claim], odd: Claim) -> bool:
    """The denial's own sentence also says the effect happens to some ("generally
    non-drowsy, though a small number of people do feel sleepy"): the writer has already
    limited the denial. ``found``: the claims of that sentence (or more)."""
    return any(c.sentence == odd.sentence and c.stance == "affirmed" and c is not odd
               and (covers(lexicon, odd, c) or covers(lexicon, c, odd)) for c in found)


def _measures_apart(doc: Document, odd: TypedClaim, other: TypedClaim) -> bool:
    """Two benefit claims whose words name two different measures ("lowers blood sugar" …
    "does not lower blood pressure"): the benefit's topic is its words, which may share one
    ("blood"), while the direction claim read from the same words names the measure
    (``contradiction_claims.toml`` [direction.quantities]). Apart when both sides name a
    measure and no measure is common; a side that names none still conflicts."""
    def measures(c: TypedClaim) -> frozenset[str]:
        return frozenset().union(*(d.topic for d in typed_claims(doc) if d.type == "direction"
                                   and d.sentence == c.sentence and d.start < c.end and c.start < d.end))
    ma, mb = measures(odd), measures(other)
    return bool(ma) and bool(mb) and not ma & mb


def _deniers_apart(doc: Document, odd: Claim | TypedClaim, other: Claim | TypedClaim) -> bool:
    """A denial whose quantified subject names its product ("Not one of the 300 people who
    tried Zanta reported a rash": ``Claim.denier``) opens with no name of its own, so
    ``opening_names_apart`` reads the product from that subject: another name opening the
    other sentence ("Its nearest rival, Dorvix, can cause a rash") is another product's claim
    (deny17)."""
    for c, o in ((odd, other), (other, odd)):
        if isinstance(c, Claim) and c.denier and c.denier != "it" and not opening_name(doc, c.sentence):
            b = opening_name(doc, o.sentence)
            if b and opening_names_apart(doc, c.sentence, o.sentence, (c.denier, b)):
                return True
    return False


def _owners_apart(doc: Document, k: int, j: int) -> bool:
    """A sentence that opens with the effect ("Hair loss is not a known side effect of
    Lumora") names its product after "of" (``side_effect_owner``); that name and the other
    sentence's (its own "of" name or its opening name) are two products, unless the article
    makes them one (``opening_names_apart``'s alias test)."""
    a, b = side_effect_owner(doc, k), side_effect_owner(doc, j)
    if not a and not b:
        return False
    a, b = a or opening_name(doc, k), b or opening_name(doc, j)
    if (not a or not b) and _activity_opens(doc, j if a else k, a or b):
        return True  # "Dizziness is not a known side effect of Lumeo" … "Standing up too quickly can cause dizziness"
    if not a or not b or a == b or a.startswith(b) or b.startswith(a):
        return False
    if any(reader_data().product.fullmatch(x) or x in ("this", "these", "that", "those", "its", "their") for x in (a, b)):
        return False  # "of it", "of the medicine": a pointer to the product or its kind, not a name
    return opening_names_apart(doc, k, j, (a, b))


def _activity_opens(doc: Document, k: int, name: str) -> bool:
    """Sentence ``k`` opens with an activity as its subject (a gerund, "Standing up too quickly
    can cause …"), neither the product's use ([cause] stop_use and use_gerunds) nor with the product ``name`` or a pointer to it in its first words."""
    s = doc.sentences[k]
    m = re.match(r"\W*([A-Za-z]+ing)\s+((?:[\w'-]+\s+){0,4})", doc.text[s.start:s.end])
    if m is None or USE_GERUND.fullmatch(m.group(1).lower()):
        return False
    words = set(m.group(2).lower().split())
    return name not in words and not words & {"it", "them", "this", "these", "the"}




def agent(c: Claim | TypedClaim) -> str:
    """The intervention a claim is about."""
    return c.agent if isinstance(c, Claim) else c.subject


#: Before a promise, words that deny anyone should expect it ("Nobody should expect its
#: effects to last for ever", "Don't expect permanent results").
_NOT_EXPECTED = compile_re(r"(?<![a-z])(?:nobody|no\s+one|never|not|don't|do\s+not|shouldn't|should\s+not|won't)\s+"
                           r"(?:\w+\s+)?(?:expect|assume|count\s+on|think|believe)(?![a-z])", re.IGNORECASE)
#: Right before a safety promise's words, a negation that turns it round ("Not suitable for …").
#: ("n't" always follows a letter, so it stands outside the no-letter-before test: "isn't suitable for").
_NEGATED_CUE = compile_re(r"(?:(?<![a-z])(?:not|never)|n't)\s+(?:be\s+|always\s+)?$", re.IGNORECASE)


def _product_variants(doc: Document, odd: TypedClaim, other: TypedClaim) -> bool:
    """The two sentences open with two variants of one product ("Our vegan protein …",
    "Our whey protein …"), not with the condition or measure the claims are about ("Itchy
    eczema is soothed by it" … "The itch of eczema is not helped by it")."""
    if not other_variant(doc, odd.sentence, other.sentence):
        return False
    variant = subject_variant(doc, odd.sentence)
    head = variant[0] if variant else ""
    return not any(head == w or head.rstrip("s") == w.rstrip("s") for w in (*odd.topic, *other.topic))


def _names(c: TypedClaim, subject: str) -> bool:
    """Claim ``c``'s own sentence names the intervention ``subject``."""
    return bool(subject) and any(same_name(n, subject) for n in c.names)


def _is_sentence(doc: Document, c: TypedClaim) -> bool:
    s = doc.sentences[c.sentence]
    return doc.text[s.start:s.end].rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


def _course_conflict(odd: TypedClaim, other: TypedClaim) -> bool:
    if odd.type != "course" or other.type != "course" or odd.aspect != other.aspect:
        return False
    if odd.aspect == "results":
        return odd.side == "lasting" and not odd.hedged and other.side == "passing"
    return odd.side == "passing" and odd.absolute and other.side == "lasting"


@functools.lru_cache(maxsize=1)
def _age_bounded_leaves_out() -> frozenset[str]:
    return frozenset(read_toml("contradiction_claims.toml")["scope"]["age_bounded_leaves_out"])


def _scope_overlap(safe: frozenset[str], restricted: frozenset[str]) -> set[str]:
    if "universal" in safe and "over_age" in safe:
        # "safe for everyone over 12" leaves out the young children a warning names (name18;
        # [scope] age_bounded_leaves_out)
        return set(restricted) - _age_bounded_leaves_out()
    if "universal" in safe:
        return set(restricted) or {"universal"}
    if "allergy:all" in safe:
        return {g for g in restricted if g.startswith("allergy:")} | (safe & restricted)
    return set(safe & restricted)


_OPPOSITE = {"unlimited": "limit", "none": "some", "safe": "restricted", "lasting": "passing",
             "helps": "no_help", "up": "down", "down": "up"}


# -- which claims conflict: the odd one out and what opposes it, for each kind ---------------


def _odd_denial(claim: Claim) -> bool:
    return claim.stance == "negated" and claim.kind != "organ"


def _denial_conflict(lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
    if other.stance != "affirmed" or other.kind == "general":
        return None
    if not covers(lexicon, odd, other) and not covers(lexicon, other, odd):
        return None
    if odd.hedged and (other.hedged or other.course == "reversible"):
        return None  # hedged statements that agree ("not in most … a few reported"; "can be
        # painless" … "temporary soreness")
    if odd.hedged or other.hedged or other.course:
        return Severity.WARNING
    return Severity.ERROR


def _odd_promise(claim: Claim) -> bool:
    return claim.stance == "safe" and not claim.hedged


def _promise_conflict(lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
    if other.stance != "affirmed" or other.kind == "general":
        return None
    if odd.kind == "general" and not ((odd.named and other.named) or other.group):
        # "no side effects" is compared with a harm only when both sentences name the
        # product: news copy says "no adverse events" of a trial and, elsewhere, what
        # a disease causes ("HPV causes about 5% of cancers")
        return None
    if not covers(lexicon, odd, other):
        return None
    return Severity.WARNING if other.hedged else Severity.ERROR


def _odd_permanent(claim: Claim) -> bool:
    return claim.course == "permanent" and not claim.hedged and claim.stance == "affirmed"


def _permanent_conflict(lexicon: Lexicon, odd: Claim, other: Claim) -> Severity | None:
    if other.course != "reversible" or other.hedged or other.stance != "affirmed":
        return None
    return Severity.WARNING if lexicon.related(odd.concept_id, other.concept_id) else None


def _dose_conflict(odd: TypedClaim, other: TypedClaim) -> bool:
    """A promise that any amount is safe against a limit. A limit against a larger amount said
    to be safe or given as an instruction is not compared (yet): the group, condition, use,
    product version or source of either side ("Children: no more than 2 … Adults, take 4")
    is not read well enough to tell a conflict from two doses for two cases (review dose13b)."""
    return (odd.type == other.type == "dose" and odd.side == "unlimited" and not odd.hedged
            and other.side == "limit")


def _interaction_conflict(odd: TypedClaim, other: TypedClaim) -> bool:
    return (odd.type == other.type == "interaction" and odd.side == "none"
            and not odd.hedged and other.side == "some")


def _scope_conflict(odd: TypedClaim, other: TypedClaim) -> bool:
    return (odd.type == other.type == "scope" and odd.side == "safe" and not odd.hedged
            and other.side == "restricted" and bool(_scope_overlap(odd.topic, other.topic)))


def _may_oppose_harm(odd: TypedClaim) -> bool:
    """An odd claim that a harm read from ``claims`` can oppose (``measure_harms``): an unhedged
    promise that a group may use it, or that any amount is safe, or that it moves a measure (or an unhedged "leaves it
    alone"), said as an outcome rather than a side effect's name (two side-effect lists do not
    conflict); a hedged direction meets only an unhedged harm (``_harm_conflict``), as two
    direction claims do."""
    if odd.type == "scope":
        return odd.side == "safe" and odd.aspect == "people" and not odd.hedged
    if odd.type == "dose":
        return odd.side == "unlimited" and not odd.hedged
    return odd.type == "direction" and odd.aspect != "state" and odd.side in ("up", "down", "none") \
        and not (odd.hedged and odd.side == "none")


def _harm_conflict(odd: TypedClaim, harm: TypedClaim) -> bool:
    """The harm contradicts the odd claim: a harm to a group the promise includes, or a measure
    moved the other way (or at all, against "does not affect it")."""
    if odd.type == "scope":
        return bool(_scope_overlap(odd.topic, harm.topic))
    if odd.type == "dose":
        return True  # any harm from too much sets a limit
    if not odd.topic & harm.topic or (odd.hedged and harm.hedged):
        return False  # "tends to lower appetite" … "may increase appetite": hedges that agree
    return harm.side in ("up", "down") if odd.side == "none" else harm.side == _OPPOSITE.get(odd.side)


def _direction_conflict(odd: TypedClaim, other: TypedClaim) -> bool:
    if odd.type != other.type or not (odd.topic & other.topic):
        return False
    if odd.type == "benefit":
        if odd.aspect and other.aspect and odd.aspect != other.aspect:
            return False  # "shortens colds" and "does not prevent colds" can both be true
        return odd.side == "helps" and (not odd.hedged or odd.majority) and other.side == "no_help"
    if odd.type != "direction":
        return False
    if odd.side == "none":
        return not odd.hedged and other.side in ("up", "down")
    if other.side != _OPPOSITE.get(odd.side):
        return False
    if odd.aspect == other.aspect == "state":
        return False  # two side-effect lists ("weight loss" in one, "weight gain" in another)
    # one of the two must be unhedged; the earlier one is the odd one out (pairs once)
    return (not odd.hedged or not other.hedged) and (odd.start < other.start or other.hedged)


#: The kinds of conflict, each owned by one rule: a denial against the effect
#: (CON001), a safety promise against a harm (CON002), reversible against permanent,
#: of a harm or of results (CON003), any dose against a limit (CON004), no interactions
#: against one (CON005), safe for a group against a warning to it (CON006), helps or
#: moves a measure one way against not or the other way (CON007).
KINDS = ("affirmed-negated", "safe-harm", "course", "dose", "interaction", "scope", "direction")

#: Claim kinds: which claims are odd ones out, and the severity at which another conflicts.
_CLAIM_KINDS: dict[str, tuple[Callable[[Claim], bool], Callable[[Lexicon, Claim, Claim], Severity | None]]] = {
    "affirmed-negated": (_odd_denial, _denial_conflict),
    "safe-harm": (_odd_promise, _promise_conflict),
    "course": (_odd_permanent, _permanent_conflict),
}
#: Typed-claim kinds: whether a typed claim, as the odd one out, conflicts with another.
_TYPED_KINDS: dict[str, Callable[[TypedClaim, TypedClaim], bool]] = {
    "course": _course_conflict,
    "dose": _dose_conflict,
    "interaction": _interaction_conflict,
    "scope": _scope_conflict,
    "direction": _direction_conflict,
}

C = TypeVar("C", Claim, TypedClaim)


@dataclass(frozen=True)
class Conflict(Generic[C]):
    """An odd-one-out claim and the claims that oppose it, paired."""

    kind: str  #: one of ``KINDS``
    odd: C  #: the odd one out, as written (the denial, the promise, the "permanent")
    partner: C  #: the clearest opposing claim
    others: tuple[C, ...]  #: the other opposing claims, best first
    severity: Severity  #: as the pairing gives it (a hedged side makes it a warning)
    key: tuple[str, str]  #: what a rule's per-concept limit counts: (concept or claim type, subject)
    shared: tuple[str, ...] = ()  #: scope: the groups or allergens both sides name

    @property
    def sentences(self) -> tuple[int, int]:
        """The two sentences set against each other, in document order."""
        return (min(self.odd.sentence, self.partner.sentence), max(self.odd.sentence, self.partner.sentence))


def claim_conflicts(doc: Document, kind: str) -> list[Conflict[Claim]]:
    """The conflicts of ``kind`` between claims (``claims``), computed once per document."""
    if kind not in _CLAIM_KINDS:
        return []
    return doc.analysis(f"contradiction-conflicts:{kind}", lambda d: _pair_claims(d, kind))


def typed_conflicts(doc: Document, kind: str) -> list[Conflict[TypedClaim]]:
    """The conflicts of ``kind`` between typed claims, computed once per document."""
    if kind not in _TYPED_KINDS:
        return []
    return doc.analysis(f"contradiction-typed-conflicts:{kind}", lambda d: _pair_typed(d, kind))


def conflicts(doc: Document, kind: str | None = None) -> list[Conflict[Claim] | Conflict[TypedClaim]]:
    """The conflicts of one kind (or of every kind, in ``KINDS`` order): between claims
    first, then between typed claims."""
    out: list[Conflict[Claim] | Conflict[TypedClaim]] = []
    for k in (kind,) if kind else KINDS:
        out += claim_conflicts(doc, k)
        out += typed_conflicts(doc, k)
    return out


def opposes(lexicon: Lexicon, odd: Claim | TypedClaim, other: Claim | TypedClaim) -> list[str]:
    """The kinds under which ``odd``, as the odd one out, conflicts with ``other``, before
    their subjects and the gates are asked (a diagnostic: ``benchmarks/bench_injection.py``)."""
    if isinstance(odd, Claim) and isinstance(other, Claim):
        return [k for k, (is_odd, conflict) in _CLAIM_KINDS.items()
                if is_odd(odd) and conflict(lexicon, odd, other) is not None]
    if isinstance(odd, TypedClaim) and isinstance(other, TypedClaim):
        return [k for k, conflict in _TYPED_KINDS.items() if conflict(odd, other)]
    return []


def _relayed_severity(doc: Document, severity: Severity, *sides: Claim | TypedClaim) -> Severity:
    """A conflict one of whose sides is a named person's relayed words ("The device doesn't
    have side effects, Rees says" against the article's "a slight tingling") is a warning,
    not an error: the article reports what someone said, and the editor's fix is context
    rather than a correction of the article's own facts (editor's verdict on s149 F075, a
    patient's account held to the error an article's two facts get)."""
    if severity is Severity.ERROR and any(_relayed_by_person(doc, c) for c in sides):
        return Severity.WARNING
    return severity


def _relayed_by_person(doc: Document, c: Claim | TypedClaim) -> bool:
    """The claim is relayed speech (``speech_of``) and a named person speaks in its sentence
    (``analysis.sources``: "…, Rees says"; not "reviewers say", "the company says" or "they
    say", a group's or a maker's claim the article stands behind as much as its own)."""
    sent = doc.sentences[c.sentence]
    # the claim's words from its start: a typed claim's span may run into the tag ("…, says Dr")
    if not speech_of(doc, sent, c.start, min(c.end, c.start + 1)):
        return False
    return any(sp.person and any(sent.start <= a < sent.end for a, _ in sp.spans) for sp in sources(doc).speakers)


def _pair_claims(doc: Document, kind: str) -> list[Conflict[Claim]]:
    """Pair each odd-one-out claim of ``kind`` with its clearest opposing claim: one
    conflict per pair of sentences."""
    is_odd, conflict = _CLAIM_KINDS[kind]
    found = claims(doc)
    if len(found) < 2:
        return []
    lexicon = get_lexicon()
    out: list[Conflict[Claim]] = []
    reported: set[tuple[int, int]] = set()  # one finding per pair of sentences
    # every kind's conflict needs the other side affirmed: pairing only with those keeps an
    # article of thousands of denials linear (the comprehension below is per pair)
    affirmed = [c for c in found if c.stance == "affirmed"]
    by_sentence: dict[int, list[Claim]] = {}
    for c in found:
        by_sentence.setdefault(c.sentence, []).append(c)
    for said in (c for c in found if is_odd(c)):
        odd = said  # as paired (a denial its own sentence limits is hedged), ``said`` as written
        if not odd.hedged and (_conceded(lexicon, by_sentence[odd.sentence], odd) or clause_quantified(doc, odd.start, odd.end)):
            # "generally non-drowsy, though a small number of people do feel sleepy": the
            # denial grants the effect in its own sentence, so it is a hedged denial; so is
            # one its clause hedges ("for most, nausea is not a problem")
            odd = replace(odd, hedged=True)
        pairs = [(sev, other) for other in affirmed
                 if other is not odd and other.sentence != odd.sentence
                 and other.subject == odd.subject and same_name(other.agent, odd.agent)
                 and not (odd.dose_condition and other.overdose)
                 and not (odd.hedged and minority_said(doc, other.sentence))
                 and (sev := conflict(lexicon, odd, other)) is not None
                 and not other_variant(doc, odd.sentence, other.sentence)]
        if any(disputed(doc, odd.sentence, p[1].sentence) for p in pairs):
            continue  # the article reports evidence against the claim: none of its pairs counts
        pairs = [p for p in pairs if not _held_apart(doc, odd, p[1])]
        if not pairs:
            continue
        pairs.sort(key=lambda p: (-p[1].strength, -p[0], p[1].hedged,
                                  p[1].concept_id != odd.concept_id,
                                  abs(p[1].start - odd.start)))
        severity, best = pairs[0]
        if (odd.sentence, best.sentence) in reported:
            continue
        severity = _relayed_severity(doc, severity, said, best)
        reported.add((odd.sentence, best.sentence))
        out.append(Conflict(kind, said, best, tuple(p[1] for p in pairs[1:]), severity,
                            (odd.concept_id, odd.subject)))
    return out


def measure_harms(doc: Document, kind: str) -> list[TypedClaim]:
    """Affirmed harms (``claims``) as typed claims of ``kind``, to be the *other* side of a
    typed conflict (never the odd one out): for "direction", a harm whose HPO concept (or an
    ancestor) names a measure's direction ("increased appetite", "a slow heartbeat";
    ``contradiction_measures.toml``); for "dose", a harm from too much ("Exceeding the stated
    dose of X can cause a slow heartbeat": a limit, against "safe in any amount"); for "scope", a harm said of a group that opens its
    sentence ("In babies under two, X can cause breathing difficulties", "Older people taking
    X become muddled"). A harm needs a frame that links it to the product (strength 1 or 2),
    and its product is the one ``intervention_at`` gives; it is paired only when its sentence
    names that product (``_same_product``) and the product is what causes it
    (``assertions.causer``: not stopping it, not another agent, not a combination); a dose limit
    needs too much of the product (``_overdose_of``), a group harm a group that heads its noun
    phrase and no misuse, a direction no site word ("pulmonary hypertension")."""
    if kind not in ("direction", "scope", "dose"):
        return []
    return doc.analysis(f"contradiction-measure-harms:{kind}", lambda d: _measure_harms(d, kind))


def _measure_harms(doc: Document, kind: str) -> list[TypedClaim]:
    lexicon = get_lexicon()
    out: list[TypedClaim] = []
    for c in claims(doc):
        if c.stance != "affirmed" or c.kind in ("organ", "general") or c.strength < 1 \
                or c.subject.startswith(("condition:", "other:")):
            continue  # (the disease's own symptom, another agent's harm)
        sent = doc.sentences[c.sentence]
        if _HAD_BEFORE.search(doc.text, max(sent.start, c.start - 60), c.start):
            continue  # "participants suffered from high cholesterol": a condition they have
        topic: frozenset[str]
        if kind == "dose":
            if not c.overdose:
                continue
            topic, side, aspect, cue = frozenset(), "limit", "", c.matched
        elif kind == "direction":
            # a set: Tachycardia sits under Palpitations in the HPO, and both say heart rate
            # goes up, which is one move, not two that disagree
            moves = sorted({(q, side) for cid, q, side in _MEASURE_HARMS
                            if c.concept_id == cid or lexicon.is_a(c.concept_id, cid)})
            if len(moves) != 1 or _OTHER_SITE.search(doc.text, max(sent.start, c.start - 40), c.start):
                continue  # "pulmonary hypertension" is the lungs' vessels, not blood pressure
            if named_only_aside(doc, doc.text.lower(), c.sentence, clause_span(doc, c.start, c.end)[0], c.start):
                continue  # "The Zelvara leaflet … makes you sleepy", "Jet lag, not Zelvara, makes you
                # sleepy": the product is no causer of the harm (typed_claims.named_only_aside)
            topic, side, aspect, cue = frozenset({moves[0][0]}), moves[0][1], "harm", c.matched
        else:
            if c.overdose or _misdosed(doc, c, c.agent or intervention_at(doc, c.sentence, c.start, c.end)):
                continue  # "Children given adult doses of X can become drowsy": misuse, not the group's use
            head = _GROUP_WORDS.match(doc.text, sent.start, c.start)
            groups = groups_named(head.group(), opening=True) if head else frozenset()
            if not groups:
                continue
            cue_from = sent.start
            topic, side, aspect, cue = groups, "restricted", "people", doc.text[cue_from:c.end]
        who = c.agent or intervention_at(doc, c.sentence, c.start, c.end)
        if causer(doc, c.sentence, c.start, c.end, who).who == "other":
            continue  # "Stopping X can cause …", "Caffeine can cause … in people on X": not X's doing
        if kind == "dose" and not _overdose_of(doc, c, who):
            continue  # "Too much sun, even with X on, can cause sunburn": too much of something else
        out.append(TypedClaim(kind, side, c.start, c.end, c.sentence, who.lower(), hedged=c.hedged, topic=topic,
                              aspect=aspect, strength=c.strength, text=c.text, cue=cue, concepts=(c.concept_id,)))
    return out


#: What an excess is of, after the words that say too much ("too much sun", "an overdose of X",
#: "exceeding the daily limit of alcohol"): the first word after a dose noun and "of".
_EXCESS_OF = compile_re(r"\s*(?:(?:doses?|dosages?|amounts?|intakes?|limits?|levels?)(?![a-z])\s*)?(?:(?:of|with|on)\s+)?"
                        r"(?:(?:the|this|your|its|a|an)\s+)?(?P<what>[a-z][\w-]*)?", re.IGNORECASE)
#: Words after an excess that name no other thing (a verb, a modal, a preposition, an anaphor).
_NOT_A_THING = frozenset({"can", "may", "might", "could", "will", "would", "should", "is", "are", "was", "were", "has",
                          "have", "had", "cause", "causes", "caused", "lead", "leads", "led", "bring", "brings",
                          "brought", "trigger", "triggers", "triggered", "result", "results", "resulted", "taken",
                          "used", "consumed", "drunk", "at", "in", "for", "by", "or", "and", "over", "than", "per",
                          "daily", "day", "every", "each", "often", "also", "ever"})


def _absent_product(doc: Document, c: TypedClaim) -> bool:
    """A typed claim whose clause, before it, makes the product's absence the cause
    (``causers.causer``: "A missed dose will cause your blood sugar to rise", "Stopping X
    suddenly makes blood pressure climb"): what happens without the product, which a claim of
    what it does cannot contradict."""
    found = causer(doc, c.sentence, c.start, c.start, c.subject or None)
    return found.who == "other" and found.reason.startswith("the product's absence")


def _misdosed(doc: Document, c: Claim, product: str) -> bool:
    """The clause of the harm ``c`` says misuse (``contradiction_measures.toml`` [cause]
    misdosed): a dose not meant for the group ("children given adult doses of X"), or the
    product taken by accident ("children who accidentally swallow X"); an accident with
    something else ("accidentally swallowing the silica sachet") is no misuse of the product."""
    lo, hi = clause_of(doc, c.sentence, c.start, c.end)
    product = product.lower()
    for m in _MISDOSED.finditer(doc.text, lo, hi):
        what = m.group("what")
        if what is None or names_product(what, product):
            return True
        # "accidentally swallow several X tablets", "… drink a whole bottle of X": the
        # product (or "it") named later in the accident's phrase, before the harm or a
        # place word that starts another thing ("the sachet from a X bottle")
        end = c.start if m.end() <= c.start else hi
        rest = _ACCIDENT_PLACE.split(doc.text[m.end():end].lower(), 1)[0]
        if re.search(rf"(?<![a-z])(?:{re.escape(product)}|it|them)(?![a-z])", rest):
            return True
    return False


def _overdose_of(doc: Document, c: Claim, product: str) -> bool:
    """The sentence of the harm ``c`` says too much *of the product* (``_OVERDOSE`` followed by
    nothing that names another thing, or by the product): "An overdose of X can cause …",
    "At very high doses, X can …", not "Too much sun …" or "Exceeding the daily limit of
    alcohol while drinking X …"."""
    sent = doc.sentences[c.sentence]
    product = product.lower()
    for m in _OVERDOSE.finditer(doc.text, sent.start, sent.end):
        after = _EXCESS_OF.match(doc.text, m.end(), sent.end)
        what = after.group("what") if after else None
        if what is None or what.lower() in _NOT_A_THING or names_product(what, product) \
                or reader_data().product.fullmatch(what.lower()):
            return True
    return False


#: A group's words at the head of a sentence's subject or opening phrase (the words of the
#: ``[groups]`` data, read by ``typed_claims.groups_named``), up to the comma or the verb.
_GROUP_WORDS = compile_re(r"\W*[^,;:]{2,60}?(?=,|\s+(?:taking|using|on|who|given|can|may|might|could|often|are|is|were|was|have|had|get|got|develop|report|become|feel)\b)",
                          re.IGNORECASE)


def _same_product(doc: Document, odd: TypedClaim, harm: TypedClaim) -> bool:
    """A typed claim and a harm read from ``claims`` (``measure_harms``) are about one product."""
    mine = odd.subject or intervention_at(doc, odd.sentence, odd.start, odd.end).lower()
    named = [n.lower() for n in interventions_named(doc, harm.sentence)]
    # the harm's sentence names the product, and no other: a harm that names no product is as
    # often a disease's ("the disorder causes extremely high cholesterol", "participants had
    # high cholesterol") as the product's; "Older people taking ibuprofen …" is another's
    return bool(mine) and bool(named) and all(same_name(mine, n) for n in named) and same_name(mine, harm.subject)


def _pair_typed(doc: Document, kind: str) -> list[Conflict[TypedClaim]]:
    """Pair each odd-one-out typed claim with its clearest opposing claim: one conflict per
    pair of sentences."""
    conflict = _TYPED_KINDS[kind]
    found = typed_claims(doc)[:MAX_TYPED_CLAIMS]
    if not found or (len(found) < 2 and not any(_may_oppose_harm(c) for c in found)):
        return []
    reported: set[tuple[int, int]] = set()
    used: set[tuple[str, int]] = set()  # an opposing claim answers one odd claim of its type
    candidates: list[tuple[TypedClaim, list[TypedClaim]]] = []
    # sentences first, headings after: "Permanent Results" as a heading repeats the body's
    # "Results are permanent", and the body sentence is the one to show
    ordered = sorted(found, key=lambda c: (not _is_sentence(doc, c), c.start))
    for odd in ordered:
        if _NOT_EXPECTED.search(doc.text, doc.sentences[odd.sentence].start, odd.start):
            continue  # "Nobody should expect its effects to last for ever": a promise denied
        if odd.side == "safe" and _NEGATED_CUE.search(
                doc.text, max(doc.sentences[odd.sentence].start, odd.start - 12), odd.start):
            continue  # "Not suitable for people with severe nut allergy": no promise
        if kind == "direction" and _absent_product(doc, odd):
            continue  # "A missed dose will cause your blood sugar to rise": not what it does
        pairs = [other for other in found if other is not odd and other.sentence != odd.sentence
                 and conflict(odd, other) and same_subject(odd, other)
                 and not _product_variants(doc, odd, other)
                 and not (kind == "direction" and _absent_product(doc, other))]
        if odd.type == kind and _may_oppose_harm(odd):
            taken = {o.sentence for o in pairs}
            pairs += [h for h in measure_harms(doc, kind) if h.sentence != odd.sentence and h.sentence not in taken
                      and _harm_conflict(odd, h) and _same_product(doc, odd, h)
                      and not _product_variants(doc, odd, h)]
        if any(disputed(doc, odd.sentence, o.sentence) for o in pairs):
            continue  # the article reports evidence against the claim: none of its pairs counts
        pairs = [o for o in pairs if not _held_apart(doc, odd, o)]
        if not pairs:
            continue
        # a body sentence before a heading ("Weight regain" heads the paragraph that says it)
        # a claim whose sentence names the product before one that inherits it from the
        # article ("Relief from X typically wears off" before a quoted "patients relapsed")
        pairs.sort(key=lambda o: (not _is_sentence(doc, o), not _names(o, odd.subject), -o.strength, o.hedged,
                                  abs(o.start - odd.start)))
        candidates.append((odd, pairs))
    # an opposing scope claim (who it is safe for, allergens) answers one odd claim: the nearest
    # one that it answers ("Glutenella's new gluten-free loaf has won an award. It is safe for
    # people with coeliac disease … The loaf uses a blend of … spelt flour": the second sentence,
    # not the lead's attributive "gluten-free", is the claim the blend answers). Scope claims
    # take the places they had in text order among themselves; so do course claims ("Synovel
    # offers long-lasting relief, its maker said … A single injection brings lasting relief …
    # By six months the benefit had faded": the lasting claim next to the fading one is the one
    # it answers, a lead's summary repeats it); every other kind keeps its order.
    order = list(range(len(candidates)))
    for nearest in ("scope", "course"):
        slots = [i for i in order if candidates[i][0].type == nearest]
        for slot, i in zip(slots, sorted(slots, key=lambda i: (
                not _is_sentence(doc, candidates[i][0]), abs(candidates[i][1][0].start - candidates[i][0].start))),
                strict=True):
            order[slot] = i
    kept: list[tuple[int, Conflict[TypedClaim]]] = []
    for i in order:
        odd, pairs = candidates[i]
        best = pairs[0]
        pair = (min(odd.sentence, best.sentence), max(odd.sentence, best.sentence))
        if pair in reported or (odd.type, best.sentence) in used:
            continue
        reported.add(pair)
        used.add((odd.type, best.sentence))
        # an article that says both things as facts fails the run; a hedged side
        # ("may", "some users") leaves it a warning, as for CON001
        severity = _relayed_severity(doc, Severity.WARNING if (odd.hedged or best.hedged) else Severity.ERROR,
                                     odd, best)
        shared = tuple(sorted(_scope_overlap(odd.topic, best.topic))) if kind == "scope" else ()
        kept.append((i, Conflict(kind, odd, best, tuple(pairs[1:]), severity, (odd.type, odd.subject), shared)))
    return [c for _, c in sorted(kept, key=lambda k: k[0])]
