"""ConText assertion attributes and the claim frame of each concept mention.

For every mention in a sentence this decides, from cue words in ``knowledge/
context_cues.toml``, whether it is *negated* ("no hair loss"), *hedged* ("may cause"),
*hypothetical* ("if it makes you dizzy"), *historical*, experienced by someone else
("in rats", "family history of"), asked in a *question*, or part of a *study design*
description ("patients without diarrhea were enrolled"); and the claim frame: which
*subject* the statement is about (the article's intervention, ``"main"``, or another agent
named in the same clause) and the *relation* ("causes", "does not cause", "reversible",
"permanent", "safe", "treats", or "mentions" for an organ named without a claim).

The algorithm is NegEx/ConText's: pseudo-cues are masked first ("not only", "no increase",
"gram-negative"), then each cue reaches forward (or backward) from where it stands until a
terminator ("but", "however", "though", ";", a comma that opens a new clause), the end of
the sentence, or a word window. It works on any span, so ``target_attributes`` can report
on a phrase that is not in the lexicon (as NegEx's own API does).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint_rules import knowledge
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.analysis.concepts import Mention
    from lint_rules.document import Document

CUES_TOML = knowledge.path("context_cues.toml")


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """One alternation over ``phrases``, longest first, at word edges."""
    parts = []
    # longest first; ties in a fixed order, so the pattern text (the regex store's key)
    # does not follow the hash seed and the store does not grow at every run
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        left = "" if not p[0].isalnum() or p.startswith("n'") else r"(?<![a-z0-9])"
        right = "" if not p[-1].isalnum() else r"(?![a-z0-9])"
        parts.append(left + body + right)
    return compile_re("|".join(parts))


_CUE_TOKEN = compile_re(r"[a-z0-9]+(?=n't)|n't|[a-z0-9]+|[;:]")






class PhraseMatcher:
    """Every cue phrase of every category, indexed by its first token: one pass over a
    sentence's tokens finds them all (a regex alternation of hundreds of phrases per
    category is many times slower)."""

    def __init__(self, categories: dict[str, list[str]]) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for category, phrases in categories.items():
            for phrase in phrases:
                toks = tuple(_CUE_TOKEN.findall(phrase.lower()))
                if toks:
                    self.index.setdefault(toks[0], []).append((toks, category, phrase))
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, text: str) -> tuple[list[int], dict[str, list[tuple[int, int, str]]]]:
        """(word start offsets, {category: [(start, end, phrase)]}), longest match first
        and not overlapping within a category."""
        spans = [(m.start(), m.end(), m.group()) for m in _CUE_TOKEN.finditer(text)]
        words = [t[2] for t in spans]
        out: dict[str, list[tuple[int, int, str]]] = {}
        busy: dict[str, int] = {}
        for i, word in enumerate(words):
            for toks, category, phrase in self.index.get(word, ()):
                if busy.get(category, -1) > i or tuple(words[i:i + len(toks)]) != toks:
                    continue
                j = i + len(toks) - 1
                out.setdefault(category, []).append((spans[i][0], spans[j][1], phrase))
                busy[category] = j + 1
        return [t[0] for t in spans if t[2][0].isalnum()], out


@dataclass(frozen=True)
class Cues:
    """The ConText cue phrases and the patterns that end their scope (``context_cues.toml``)."""
    window: int
    matcher: PhraseMatcher
    comma_clause: re.Pattern[str]
    neg_comma: re.Pattern[str]
    treats_after: re.Pattern[str]
    benefit: frozenset[str]  #: safe cues that speak of benefit when a disease follows
    #: "or"/"nor" before a verb of bringing an effect about: a negation reaches over it
    or_verb: re.Pattern[str]
    #: [relation] group_verbs: the predicate of a group named by its condition ("people with diabetes had …")
    group_verb: re.Pattern[str]
    #: [study_design] population_participles: the study-design participles that can follow the
    #: people a result is counted in ("the 310 children enrolled", "the patients recruited")
    population_participles: frozenset[str]
    #: what comes before them then: a preposition of the population and the counted people
    population_before: re.Pattern[str]
    #: after them, the arm they were put in ("recruited to the placebo arm"): study design again
    arm_after: re.Pattern[str]
    not_hedge_negators: tuple[str, ...] = ()  #: [hedge] not_hedge_negators: "Nobody can be certain that" is doubt


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    data = knowledge.read_toml(CUES_TOML.name)
    neg, scope, rel = data["negation"], data["scope"], data["relation"]
    openers = "|".join(r"\s+".join(map(re.escape, o.split())) for o in scope["comma_openers"])
    neg_openers = "|".join(map(re.escape, scope["negation_comma_openers"]))
    matcher = PhraseMatcher({
        "neg_fwd": neg["forward"], "neg_back": neg["backward"], "pseudo": neg["pseudo"],
        "breakers": scope["negation_breakers"], "hedge": data["hedge"]["cues"],
        "not_hedge": data["hedge"]["not_hedge"],
        "hypothetical": data["hypothetical"]["cues"], "topic": data["hypothetical"]["topic"],
        "historical": data["historical"]["cues"],
        "experiencer": data["experiencer"]["cues"], "terminators": scope["terminators"],
        "study": data["study_design"]["cues"], "reversible": rel["reversible"],
        "permanent": rel["permanent"], "safe": rel["safe"], "treats": rel["treats"],
        "lesser": rel["lesser"],
    })
    return Cues(
        window=int(neg["window"]),
        matcher=matcher,
        comma_clause=compile_re(rf",(?=\s+(?:{openers})(?![a-z0-9]))"),
        neg_comma=compile_re(rf",(?=\s+(?:{neg_openers})(?![a-z0-9]))"),
        treats_after=_pattern(rel["treats_after"]),
        benefit=frozenset(rel["benefit"]),
        or_verb=compile_re(r"(?<![a-z])(?:or|nor)\s+(?:even\s+|really\s+|actually\s+)?(?:"
                           + "|".join(map(re.escape, scope["negation_or_verbs"])) + r")(?![a-z])"),
        not_hedge_negators=tuple(data["hedge"]["not_hedge_negators"]),
        group_verb=compile_re(r"(?<![a-z])(?:" + "|".join(rel["group_verbs"]) + r")(?![a-z])", re.IGNORECASE),
        population_participles=frozenset(data["study_design"]["population_participles"]),
        population_before=compile_re(r"(?<![a-z])(?:in|among|of|across|for)\s+(?:the\s+|all\s+(?:the\s+)?|each\s+of\s+the\s+|every\s+)?"
                                     r"(?:\d[\d,]*\s+|[a-z]+\s+)?(?:[\w-]+\s+)?(?:"
                                     + "|".join(map(re.escape, data["study_design"]["population_nouns"])) + r")\s+$"),
        arm_after=compile_re(r"\s+(?:to|into|in)\s+(?:the\s+|a\s+|their\s+)?(?:"
                             + "|".join(map(re.escape, data["study_design"]["arms"])) + r")(?:[\s-]+[a-z]+)?[\s-]+(?:arms?|groups?)(?![a-z])"),
    )


def _norm(text: str) -> str:
    """Lower case with typographic apostrophes as "'" (same length, offsets kept)."""
    return text.lower().replace("’", "'").replace("‘", "'")


#: Each comma of a sentence (found by the regex engine, not a Python loop over every character).
_COMMA = compile_re(",")
#: In the conjunct after "or <verb>", a preposition of cause, time or accompaniment before the
#: effect ("or leave the house for days with dizziness", "or keep my eyes open from the
#: drowsiness"): the effect is no object of the verb, so the negation before "or" does not
#: deny it (Quirk et al. 1985, §10.63 is about coordinated predicates and their objects).
_OBLIQUE = compile_re(r"(?<![a-z])(?:for|from|with|because|due|owing|after|over|during|through|since)(?![a-z])", re.IGNORECASE)
#: "or leave you with …": the causal frame of "leave" ("leave <someone> with <effect>").
_LEAVE_WITH = compile_re(r"\s+(?:even\s+|really\s+|actually\s+)?leave\s+(?:you|me|him|her|us|them|people|patients|users|babies|children)\s+with\s", re.IGNORECASE)


class SentenceContext:
    """Cue positions of one sentence (offsets relative to the sentence)."""

    def __init__(self, sentence: str) -> None:
        c = cues()
        self.text = text = _norm(sentence)
        self.words, hits = c.matcher.find(text)
        masks = [(s, e) for s, e, _ in hits.get("pseudo", ())]

        def found(category: str) -> list[tuple[int, int, str]]:
            return [(s, e, cue) for s, e, cue in hits.get(category, ())
                    if not any(ms < e and s < me for ms, me in masks)]

        self.neg_fwd = found("neg_fwd")
        self.neg_back = found("neg_back")
        self.breakers = [s for s, _, _ in hits.get("breakers", ())]
        # not a negated one ("Nobody can be certain that …" is doubt): a negator in the three words before
        reassured = [(s, e) for s, e, _ in hits.get("not_hedge", ())
                     if not any(f" {n} " in " " + " ".join(text[:s].split()[-3:]) + " " for n in c.not_hedge_negators)]
        # "Patients can be reassured that …": the reassurance's "can" is no hedge of the claim
        self.hedges = [h for h in hits.get("hedge", []) if not any(ms < h[1] and h[0] < me for ms, me in reassured)]
        self.hypo = hits.get("hypothetical", [])
        self.topic = hits.get("topic", [])
        self.hist = hits.get("historical", [])
        self.exper = hits.get("experiencer", [])
        self.reversible = found("reversible")
        self.permanent = found("permanent")
        self.safe = hits.get("safe", [])
        # "patients treated with it developed rashes": a group of users, not what it treats
        self.treats = [h for h in hits.get("treats", []) if not (h[2] == "treated" and text.startswith(" with", h[1]))]
        self.lesser = found("lesser")
        self.treats_after = c.treats_after
        self.question = sentence.rstrip().rstrip("\"'”’)").endswith("?")
        # a participle after the people a result is counted in ("no side effects in the 310
        # children enrolled", "among the patients recruited") names that population, the result's
        # denominator; it describes no enrolment
        # denominator; it describes no enrolment, unless an arm follows ("the patients recruited
        # to the placebo arm": who was put where, study design)
        self.study = any(not (cue in c.population_participles and c.population_before.search(text, max(0, s - 70), s)
                              and not c.arm_after.match(text, e))
                         for s, e, cue in hits.get("study", ()))
        bounds = {s for s, _, _ in hits.get("terminators", ())}
        bounds |= {m.start() for m in c.comma_clause.finditer(text)}
        self.bounds = sorted(bounds)
        self.comma_bounds = sorted(bounds | {m.start() for m in _COMMA.finditer(text)})
        self.neg_bounds = sorted(bounds | {m.start() for m in c.neg_comma.finditer(text)})

    # -- helpers ----------------------------------------------------------------------

    def _words_between(self, a: int, b: int) -> int:
        return bisect.bisect_left(self.words, b) - bisect.bisect_left(self.words, a)

    @staticmethod
    def _crosses(bounds: list[int], a: int, b: int) -> bool:
        """A boundary lies in ``[a, b)`` (between a cue and a mention)."""
        i = bisect.bisect_left(bounds, a)
        return i < len(bounds) and bounds[i] < b

    def _forward(self, hits: list[tuple[int, int, str]], start: int, *, window: int | None = None,
                 bounds: list[int] | None = None) -> str | None:
        bounds = self.bounds if bounds is None else bounds
        for _s, e, cue in reversed(hits):
            if e > start:
                continue
            if self._crosses(bounds, e, start):
                continue
            if window is not None and self._words_between(e, start) > window:
                continue
            return cue
        return None

    def _in_clause(self, hits: list[tuple[int, int, str]], start: int, end: int) -> str | None:
        for s, e, cue in hits:
            lo, hi = (e, start) if e <= start else (end, s)
            if s >= end or e <= start:
                if not self._crosses(self.bounds, lo, hi):
                    return cue
            else:
                return cue  # the cue overlaps the mention ("some users")
        return None

    # -- attributes ---------------------------------------------------------------------

    def _over_or(self, a: int, b: int, w: int) -> bool:
        """A negation ending at ``a`` reaches ``b`` over coordination: "or"/"nor" before a
        verb of bringing an effect about (``negation_or_verbs``) cut the stretch into conjuncts
        of at most ``w`` words each, and a negation governs every conjunct of an "or" ("won't
        put a baby off feeds or make them spit up" denies both; Quirk et al. 1985, §10.63);
        a noun phrase after "or" ("did not look at death rates or side effects such as …") is
        not such a conjunct, and the reach still ends at a clause boundary (checked by the
        caller)."""
        cuts = [m.start() + len(m.group().split()[0]) for m in cues().or_verb.finditer(self.text, a, b)]
        if not cuts:
            return False
        last = self.text[cuts[-1]:b]
        if _OBLIQUE.search(last) and not _LEAVE_WITH.match(last):
            return False  # "could not drive or leave the house for days with dizziness": the
            # effect is in a phrase of cause or time, not the object of the second verb
        edges = [a, *cuts, b]
        return all(self._words_between(x, y) <= w + 1 for x, y in itertools.pairwise(edges))

    def negation(self, start: int, end: int) -> str | None:
        w = cues().window
        for _s, e, cue in reversed(self.neg_fwd):
            if e > start or self._crosses(self.neg_bounds, e, start):
                continue
            if self._words_between(e, start) > w and not self._over_or(e, start, w):
                continue
            if any(e <= b < start for b in self.breakers):
                continue
            return cue
        for s, _e, cue in self.neg_back:
            if s < end or self._crosses(self.neg_bounds, end, s):
                continue
            # a lone "free" only when attached: "pain-free", "gluten free" (not "cell-free DNA")
            if self._words_between(end, s) <= (0 if cue == "free" else w):
                return cue
        return None

    def attributes(self, start: int, end: int) -> dict[str, object]:
        """Assertion attributes of the span ``[start, end)`` of the sentence."""
        cue: dict[str, str] = {}
        neg = self.negation(start, end)
        hedge = self._in_clause(self.hedges, start, end)
        hypo = None if self.question else (
            self._forward(self.hypo, start, bounds=self.comma_bounds)
            or self._forward(self.topic, start))
        hist = self._forward(self.hist, start, window=6)
        exper = self.exper[0][2] if self.exper else None  # "In rats, the extract …"
        for key, value in (("negated", neg), ("hedged", hedge), ("hypothetical", hypo),
                           ("historical", hist), ("experiencer", exper)):
            if value:
                cue[key] = value
        return {
            "negated": neg is not None,
            "hedged": hedge is not None,
            "hypothetical": hypo is not None or self.question,
            "historical": hist is not None,
            "experiencer": "other" if exper else "patient",
            "question": self.question,
            "study_design": self.study,
            "cues": cue,
        }

    def _group_verb_between(self, cue: str, start: int) -> bool:
        """A verb of having or undergoing stands between the group cue ``cue`` ("people
        with") and ``start``: the group's own predicate, so the mention at ``start`` is no
        longer the condition the group has."""
        at = self.text.lower().rfind(cue, max(0, start - 80), start)
        return at >= 0 and bool(cues().group_verb.search(self.text, at + len(cue), start))

    def relation(self, start: int, end: int, kind: str, negated: bool) -> tuple[str, str | None]:
        """The claim's relation ("causes", "does not cause", "safe", "treats", "compares"
        or "mentions") and the cue that set it."""
        lesser = self._forward(self.lesser, start, window=3)
        if lesser:
            return "compares", lesser
        safe = self._forward(self.safe, start, window=4)
        if safe:
            # "protects them from cancer" is a benefit; "protects the liver" a safety claim
            return ("treats" if kind != "organ" and safe in cues().benefit else "safe"), safe
        if kind == "general" and negated:
            return "safe", None
        if kind == "organ":
            return "mentions", None
        treats = self._forward(self.treats, start, window=3)
        if treats and treats.endswith(" with") and self._group_verb_between(treats, start):
            treats = None  # "people with diabetes had swelling of the ankles": the group's condition
            # ends at its verb; what they had after it is an effect, not what is treated
        if treats:
            return "treats", treats
        after = self.treats_after.match(self.text, end + 1) if self.text[end:end + 1] in " -" else None
        if after:
            return "treats", after.group()
        if negated:
            return "does not cause", None
        return "causes", None

    def course(self, start: int, end: int) -> tuple[str, str] | None:
        """"reversible" or "permanent" when a cue in the mention's clause says so
        (flipped when the cue itself is negated: "not permanent")."""
        for label, hits, flipped in (("permanent", self.permanent, "reversible"),
                                     ("reversible", self.reversible, "permanent")):
            for s, e, cue in hits:
                lo, hi = (e, start) if e <= start else (end, s)
                if self._crosses(self.bounds, lo, hi):
                    continue
                if s >= end and _RELATIVE_CAUSE.search(self.text, end, s):
                    continue  # "TIAs, which cause no permanent damage": the mention is the cause
                neg = self._forward(self.neg_fwd, s, window=3)
                return (flipped if neg else label), cue
        return None


@functools.lru_cache(maxsize=2048)
def sentence_context(sentence: str) -> SentenceContext:
    """The cue positions of one sentence, shared by every analysis that asks about it (the
    contradiction claims and the assertion layer read the same sentences)."""
    return SentenceContext(sentence)


_SUBTYPE = compile_re(r"\s+(?:with|without)\s+")
#: A mention glossed in brackets right after another ("low blood sugar levels
#: (hypoglycemia)", "alopecia (hair loss)"): the gloss says the same thing.
_GLOSS = compile_re(r"\s*(?:[a-z-]+\s+){0,1}\(\s*")


def annotate_sentence(text: str, s_start: int, s_end: int, found: list[Mention],
                      subjects: SubjectModel) -> None:
    """Fill in the attributes and claim frame of the mentions of one sentence."""
    ctx = sentence_context(text[s_start:s_end])
    previous_end = -1
    previous: Mention | None = None
    for m in found:
        if previous is not None and _GLOSS.fullmatch(ctx.text, previous.end - s_start, m.start - s_start):
            _copy_frame(previous, m)
            previous_end = m.end
            continue
        a, b = m.start - s_start, m.end - s_start
        attrs = ctx.attributes(a, b)
        # "iron deficiency without anemia" names a condition; it denies nothing
        m.negated = bool(attrs["negated"]) and not (
            previous_end >= 0 and _SUBTYPE.fullmatch(text, previous_end, m.start) is not None)
        if m.matched.lower() in _inherent():
            # "painless" denies by itself; "not risk-free" affirms
            m.negated = not attrs["negated"]
            old_cues = attrs["cues"]
            attrs["cues"] = {**(old_cues if isinstance(old_cues, dict) else {}), "negated": m.matched.lower()}
        previous_end = m.end
        m.hedged = bool(attrs["hedged"])
        m.hypothetical = bool(attrs["hypothetical"])
        m.historical = bool(attrs["historical"])
        m.experiencer = str(attrs["experiencer"])
        m.question = bool(attrs["question"])
        m.study_design = bool(attrs["study_design"])
        cue_words = attrs["cues"]
        m.cues = dict(cue_words) if isinstance(cue_words, dict) else {}
        m.relation, rel_cue = ctx.relation(a, b, m.kind, m.negated)
        if rel_cue:
            m.cues["relation"] = rel_cue
        course = ctx.course(a, b) if m.relation == "causes" else None
        if course:
            m.course, m.cues["course"] = course
        m.subject, m.subject_named = subjects.frame_at(ctx.text, a)
        previous = m


@functools.lru_cache(maxsize=1)
def _inherent() -> frozenset[str]:
    """Words that name an effect and deny it ("painless")."""
    data = knowledge.read_toml(CUES_TOML.name)
    return frozenset(knowledge.with_includes(data["negation"].get("inherent", [])))


def _copy_frame(source: Mention, gloss: Mention) -> None:
    for attr in ("negated", "hedged", "hypothetical", "historical", "experiencer", "question",
                 "study_design", "relation", "course", "subject", "subject_named"):
        setattr(gloss, attr, getattr(source, attr))
    gloss.cues = dict(source.cues)


def target_attributes(text: str, phrase: str) -> list[dict[str, object]]:
    """Attributes of each occurrence of ``phrase`` in ``text`` (the phrase need not be a
    lexicon term). Each result has ``start``/``end`` in ``text`` and the attributes."""
    from lint_rules.sentences import split_sentences

    out: list[dict[str, object]] = []
    pat = _pattern([_norm(phrase).strip()]) if phrase.strip() else None
    if pat is None:
        return out
    subjects = SubjectModel.from_sentences([text])
    for s, e in split_sentences(text):
        ctx = SentenceContext(text[s:e])
        for m in pat.finditer(ctx.text):
            attrs = ctx.attributes(m.start(), m.end())
            relation, _ = ctx.relation(m.start(), m.end(), "finding", bool(attrs["negated"]))
            course = ctx.course(m.start(), m.end()) if relation == "causes" else None
            out.append({
                "phrase": text[s + m.start(): s + m.end()], "start": s + m.start(),
                "end": s + m.end(), **attrs, "relation": relation,
                "course": course[0] if course else "",
                "subject": subjects.subject_at(ctx.text, m.start()),
            })
    return out


# -- subjects: which intervention a claim is about ------------------------------------

#: A causal verb; the agent is looked for in the words just before it.
_CAUSAL_VERB = compile_re(
    r"(?<![a-z-])(?:cause[sd]?|causing|lead(?:s)?\s+to|led\s+to|trigger(?:s|ed)?|induce[sd]?|"
    r"result(?:s|ed)?\s+in|linked\s+(?:to|with)|associated\s+with|tied\s+to|produce[sd]?|"
    r"worsen(?:s|ed)?|brings?\s+on)(?![a-z])(?!\s+by)"
)
_PASSIVE = compile_re(r"(?<![a-z])(?:been|is|are|was|were)\s+$")  # "has been | linked to"
#: A relative clause whose subject is the mention before it: "…, which (can) cause".
_RELATIVE_CAUSE = compile_re(
    r"(?<![a-z])(?:which|that)\s+(?:(?:can|may|often|usually|typically|do|does|did|not|rarely)\s+){0,2}"
    r"(?:cause[sd]?|lead\s+to|leads\s+to|led\s+to|trigger(?:s|ed)?|induce[sd]?|result(?:s|ed)?\s+in)"
    r"(?![a-z])"
)
#: The agent right before a causal verb: "kratom (use) (may) (not) | cause".
_AGENT_BEFORE = compile_re(
    r"(?<![a-z0-9'])(?P<agent>[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?)"
    r"(?:\s+(?:that|which))?(?:'s)?\s+(?:(?:use|usage|consumption|users?|supplements?|"
    r"supplementation|extract|products?|intake)\s+)?"
    r"(?:(?:has|have|had|is|are|was|were|can|may|might|could|does|did|do|will|would|often|also|"
    r"commonly|not|never|been|generally|typically|rarely|sometimes|reportedly|cannot|doesn't|"
    r"don't|didn't|isn't|aren't|hasn't|haven't|won't)\s+){0,4}$"
)


#: A causative verb with its object ("can leave people | weepy", "makes your ears | sore"):
#: its subject brings the state about as a causal verb's does ([subject] causative). Read only
#: for a condition as that subject ("Depression can leave people weepy": the disease's own
#: symptom), never to name the article's agents.
_CAUSATIVE = compile_re(knowledge.read_toml(CUES_TOML.name)["subject"]["causative"])


def _agents(text: str, verbs: re.Pattern[str] = _CAUSAL_VERB) -> list[tuple[int, str]]:
    """(offset, agent phrase) of each causal verb's agent in normalised ``text``."""
    out = []
    for verb in verbs.finditer(text):
        lo = max(0, verb.start() - 90)
        found = _agent_before(text[max(0, lo - 1):verb.start()], 1 if lo else 0)
        if found and verb.group().startswith(("linked", "tied")) and _PASSIVE.search(
                text, max(0, verb.start() - 12), verb.start()) and (_agent_name(found[1]) or "").startswith("condition:"):
            continue  # "liver injury has been linked to kratom": the cause is named after the verb
        if found:
            out.append((found[0] + max(0, lo - 1), found[1]))
    return out


@functools.lru_cache(maxsize=4096)
def _agent_before(window: str, start: int) -> tuple[int, str] | None:
    """The agent phrase ending ``window`` (searched from ``start``; the character before it
    is kept so the pattern's look-behind sees it). Cached: ``SubjectModel.frame_at`` asks
    again about the same words for every claim near them."""
    m = _AGENT_BEFORE.search(window, start)
    return (m.start(), m.group("agent")) if m else None
#: A sentence that opens with its subject: "Melatonin is not addictive …".
_OPENER = compile_re(
    r"\s*(?:the\s+|a\s+)?(?P<agent>[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?)\s+"
    r"(?:is|are|was|were|does|did|do|can|may|might|has|have|could|will)(?![a-z])"
)
@functools.lru_cache(maxsize=1)
def _subject_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(generic words, auxiliaries, other-qualifiers) from the cue file."""
    data = knowledge.read_toml(CUES_TOML.name)["subject"]
    return (frozenset(data["generic"]), subject_auxiliaries(),
            frozenset(data["other_qualifiers"]))


@functools.lru_cache(maxsize=1)
def _postposed_focus() -> frozenset[str]:
    """Focusing words after the noun they bound (``[subject] postposed_focus``: "alone",
    "itself"): "Calmix alone" names Calmix, not an agent called "alone"."""
    return frozenset(knowledge.read_toml(CUES_TOML.name)["subject"]["postposed_focus"])


@functools.lru_cache(maxsize=1)
def subject_auxiliaries() -> frozenset[str]:
    """The auxiliaries, modals, negations and frequency adverbs that stand between a subject and
    its verb (``[subject] auxiliaries`` of ``context_cues.toml``): where one of them begins, the
    subject phrase has ended ("Calmira may …", "the gummies don't …"). The one reader of that list:
    the subject readers of ``product_reference`` and ``typed_claims`` ask here, so the three places
    that cut a subject at its auxiliary agree on the words."""
    return frozenset(knowledge.read_toml(CUES_TOML.name)["subject"]["auxiliaries"])


@functools.lru_cache(maxsize=1)
def _intervention_heads() -> frozenset[str]:
    """The head nouns of ``interventions.toml`` [heads] ("surgery", "aid", "treatment")."""
    from lint_rules.analysis.interventions import intervention_heads

    return intervention_heads()


@functools.lru_cache(maxsize=1)
def _product_forms() -> frozenset[str]:
    """Product forms after a name ("Softskin lotion"): the name is the agent. Read once per
    process: uncached, every subject frame of every sentence read the cue file again
    (``read_toml`` reads the file's text from disk to check it on each call; 1.6 % of a corpus
    run's CPU), while ``_intervention_heads`` above carried a second ``lru_cache``."""
    return frozenset(knowledge.read_toml(CUES_TOML.name)["subject"]["forms"])


#: Someone quoted by name ("Wood said", "said Dr. Jane Wood"): a person, never the
#: intervention a claim is about, however often they "have tried" or "can" do something.
#: Matched on the sentence as written: names are capitalised.
_SPEAKER = compile_re(
    r"(?<![A-Za-z])(?:said|says|explained|explains|noted|notes|added|adds)\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(?:[A-Z][a-z]+\s+)?([A-Z][a-z-]+)(?![A-Za-z])"
    r"|(?<![A-Za-z])([A-Z][a-z-]+)\s+(?:said|says|explained|explains|noted|notes|added|adds)(?![a-z])"
)
_SUBJECT_SPLIT = compile_re(
    r";|(?<![a-z])(?:but|whereas|while|however|unlike|compared\s+(?:with|to)|than|instead\s+of|"
    r"as\s+opposed\s+to|in\s+contrast)(?![a-z])"
)


@functools.lru_cache(maxsize=8192)
def _agent_name(phrase: str) -> str | None:
    """``"palmetto"`` (the head noun) from a captured phrase; ``None`` for a pronoun or
    generic noun; ``"other:medications"`` for a qualified generic one; ``"condition:…"`` when
    the cause is itself a health condition."""
    generic, auxiliaries, qualifiers = _subject_words()
    words = phrase.split()
    for i, w in enumerate(words):
        if w in auxiliaries:
            words = words[:i]
            break
    words = [w for w in words if not w.endswith("ly")]  # "pouches abruptly"
    while len(words) >= 2 and words[-1] in _postposed_focus():
        words.pop()  # "Calmix alone does not …": Calmix, bounded (first19)
    if words and words[0] in qualifiers and words[-1] in generic and words[-1] not in (
            "it", "this", "that", "they"):
        return f"other:{words[-1]}"
    while words and words[0] in generic:
        words.pop(0)
    forms = _product_forms()
    while len(words) >= 2 and words[-1] in forms and words[-2] not in generic:
        words.pop()  # "softskin lotion" is Softskin, as "Softskin can cause …" is
    if not words or words[-1] in generic:
        return None
    # the head noun names the agent ("saw palmetto" -> "palmetto", "found kratom" -> "kratom")
    if _names_a_concept(" ".join(words)):
        # "atrial fibrillation … can lead to stroke": the condition is the cause
        return "condition:" + " ".join(words)
    return words[-1] if len(words[-1]) >= 3 else " ".join(words)


@functools.lru_cache(maxsize=1)
def _definite_type_re() -> re.Pattern[str]:
    """A definite determiner and a type noun of a product ending the words searched: the
    ``[subject] type_nouns`` and ``declared_forms`` of the cue file and the kind head words
    and opener forms of ``interventions.toml`` (the words its ``anaphor`` reads as a
    reference back), with at most two of its ``type_modifiers`` or number compounds between
    (``interventions.type_modifier``)."""
    from lint_rules.analysis.interventions import type_modifier

    subject = knowledge.read_toml(CUES_TOML.name)["subject"]
    iv = knowledge.read_toml("interventions.toml")
    nouns = set(subject["type_nouns"]) | set(subject["declared_forms"]) | set(iv["opener_forms"])
    nouns |= {w for words in iv["heads"].values() for w in words}
    heads = "|".join(sorted(map(re.escape, nouns), key=lambda w: (-len(w), w)))
    determiners = "|".join(subject["type_determiners"])
    return compile_re(r"(?<![a-z'-])(?:" + determiners + r")\s+(?:" + type_modifier().pattern + r"\s+){0,2}(?:" + heads + r")$")


def _definite_type(text: str, end: int) -> bool:
    """The words of normalised ``text`` ending at ``end`` are a definite noun of the product's
    type ("this form", "the one-off procedure", "the jab"). Why: such a subject refers back
    to the article's intervention as "it" does ("This form causes no digestive upset" after
    the opening sentence named magnesium glycinate); read as an agent of its own ("form") it
    made the claim another product's. A comparator ("a dummy pill", "the placebo pill") or
    another product ("the old version", "the other procedure") is no such noun."""
    return _definite_type_re().search(text, max(0, end - 60), end) is not None


def _phrase_end(start: int, phrase: str) -> int:
    """Where the agent ``phrase`` at ``start`` ends before any auxiliary it swallowed ("jab
    can" -> "jab")."""
    _generic, auxiliaries, _q = _subject_words()
    end, pos = start, 0
    for m in re.finditer(r"\S+", phrase):
        if m.group() in auxiliaries:
            break
        end, pos = start + m.end(), m.end()
    return end if pos else start + len(phrase)


def _wholly_a_concept(phrase: str) -> bool:
    """"depression" or "ear infections" names a condition in every word; "dozex sleep" (a
    product's name with a concept word in it) does not."""
    from lint_rules.analysis.concepts import get_lexicon

    return get_lexicon().lookup(phrase) is not None


def _names_a_concept(phrase: str) -> bool:
    """"hair loss" or "discomfort" is an effect, not an agent that causes one."""
    from lint_rules.analysis.concepts import get_lexicon

    return bool(get_lexicon().match(phrase))


#: A capitalised name with what it is right after it: an appositive ("Crampex, a magnesium
#: citrate tablet,") or a parenthesis ("Calmora (melatonin 3 mg)"); ``declared`` reads it.
_DECLARED = compile_re(r"(?<![\w-])(?P<brand>[A-Z][\w-]{2,})[®™]?\s*(?:,\s*(?:a|an)\s+(?P<np>[^,;:()]{3,60}?)\s*(?:,|$)"
                       r"|\((?P<par>[^()]{3,60})\))")
#: A dose in a declaration ("3 mg", "500 IU", "0.5%").
_DOSE = compile_re(r"\d[\d.,]*\s*(?:mg|mcg|µg|g|iu|ml|%)(?![a-z])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _declared_words() -> tuple[frozenset[str], frozenset[str]]:
    """(dosage forms, form modifiers) of ``[subject] declared_forms``, ``declared_modifiers``."""
    data = knowledge.read_toml(CUES_TOML.name)["subject"]
    return frozenset(data["declared_forms"]), frozenset(data["declared_modifiers"])


def form_word(word: str) -> bool:
    """``word`` is a dosage form or a head of a product's kind ("tablet", "gel", "jab"): a
    name for the product itself, never one of its ingredients."""
    return word in _declared_words()[0] or word in _intervention_heads()


def declared(sentence: str) -> list[tuple[str, str]]:
    """(ingredient, product) agent names a sentence declares: a capitalised product name
    followed by what it is, an appositive headed by a dosage form ("Crampex, a magnesium
    citrate tablet, …") or a parenthesis with a dose or a form ("Calmora (melatonin 3 mg)").
    The ingredient is the head of the words left when the form, the dose and the form's
    modifiers are taken out ("citrate" of "magnesium citrate", as ``_agent_name`` reads
    "Magnesium citrate can cause …"). Why: the article then names its product by the
    ingredient ("Magnesium citrate can cause diarrhoea"), and the two are one subject in that
    article only. Not a person or place ("Smith, a nurse in Leeds," has no dosage form), nor
    a parenthesis with neither a dose nor a form ("Zorvex (pictured)")."""
    forms, modifiers = _declared_words()
    out: list[tuple[str, str]] = []
    for m in _DECLARED.finditer(sentence):
        what = m.group("np") or m.group("par") or ""
        words = re.findall(r"[a-z][a-z0-9-]*", _DOSE.sub(" ", what.lower()))
        has_form = any(w in forms for w in words)
        if not (has_form or (m.group("par") and _DOSE.search(what))):
            continue
        if m.group("np") and not (words and words[-1] in forms):
            continue  # "Crampex, a tablet maker in Leeds,": the form must head the appositive
        ingredient = [w for w in words if w not in forms and w not in modifiers]
        product = _agent_name(m.group("brand").lower())
        if product is None or ":" in product:
            continue
        if not ingredient or len(ingredient) > 3 or not (
                _names_intervention(" ".join(ingredient)) or (m.group("par") and _DOSE.search(what)
                                                             and _plain_ingredient(ingredient))):
            continue  # "a new weight-loss pill": a purpose, no ingredient; "Frostbalm (camphor
            # 4%)" names its ingredient with its dose, known to the word lists or not
        name = _agent_name(" ".join(ingredient))
        if name and ":" not in name and name != product:
            out.append((name, product))
    return out


#: An ingredient list that opens with a negative determiner ([subject] contain_none of
#: context_cues.toml): "Relaxo contains no CBD" declares nothing.
_NONE = compile_re(r"\s*(?:" + "|".join(map(re.escape, knowledge.read_toml(CUES_TOML.name)["subject"]["contain_none"]))
                   + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def _contain_cues() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the name-then-verb pattern, the words that make it no declaration, the ingredients
    line's opening, where a list ends, the description by kind) of ``[subject] contain_verbs``,
    ``contain_not_name``, ``ingredient_line``, ``contain_list_end``, ``describe_verbs`` and ``describe_end``."""
    data = knowledge.read_toml(CUES_TOML.name)["subject"]
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in data["contain_verbs"]), key=len, reverse=True))
    pattern = compile_re(r"(?<![\w-])(?P<brand>[A-Z][\w-]{2,}[®™]?(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:also\s+)?"
                         r"(?:" + verbs + r")\s+(?=(?P<list>[^.;:()!?]{2,160}))")
    describe = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in data["describe_verbs"]), key=len, reverse=True))
    kind = compile_re(r"(?<![\w-])(?P<brand>[A-Z][\w-]{2,}[®™]?(?:\s+[A-Za-z][\w-]*){0,2}?)\s+"
                      r"(?:" + describe + r")\s+(?:[\w-]+['’]s\s+)?(?P<list>(?:[\w'’-]+\s+){0,3}?[\w-]+)(?=\s*(?:[.,;:!?)]|$|\s+(?:" + "|".join(map(re.escape, data["describe_end"])) + r")\b))")
    ends = compile_re(r",?\s+(?:" + "|".join(map(re.escape, data["contain_list_end"])) + r")\s"
                      r"|,\s*(?:and\s+)?(?=[A-Z])|\s+and\s+(?=[A-Z])")
    return (pattern, frozenset(data["contain_not_name"]), compile_re(data["ingredient_line"], re.IGNORECASE), ends, kind)


@functools.lru_cache(maxsize=1)
def _contain_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(ingredient fillers, container determiners, own-form determiners) of ``[subject]``."""
    data = knowledge.read_toml(CUES_TOML.name)["subject"]
    return (frozenset(data["ingredient_fillers"]), frozenset(data["container_determiners"]),
            frozenset(data["own_form_determiners"]))


def contained(sentence: str) -> list[tuple[str, str]]:
    """(ingredient, product) agent names a sentence says its product contains: "Relaxo drops
    contain CBD and peppermint oil", "Duoflex combines paracetamol and aspirin" (the product
    the capitalised name's agent), or an ingredients line "Ingredients: valerian root, hops"
    (the product "", the article's main one, decided once every sentence is read; so is "Each
    capsule contains …", the product by its form), or a description by kind ("Zentra is a CBD
    oil": the oil, and "the CBD oil", are Zentra). Only
    ingredients the interventions analysis knows, and not after a negation or a modal
    ("Relaxo does not contain CBD", "may contain traces of …": [subject] contain_not_name).
    Why (name17, issue 14 class 1): the article then names its product by the ingredient
    ("The CBD can make you drowsy"), as ``declared`` reads an appositive or parenthesis."""
    pattern, not_name, line, _ends, kind = _contain_cues()
    _fillers, containers, own_form = _contain_words()
    found: list[tuple[str, str]] = []
    opening = line.match(sentence)
    if opening is not None:
        found += [(name, "") for name in _ingredient_names(sentence[opening.end():])]
    forms = _declared_words()[0]
    for m in pattern.finditer(sentence):
        words = m.group("brand").lower().split()
        if any(w in not_name for w in words[1:]) or _NONE.match(m.group("list")):
            continue
        if words[0] in containers:
            # "Each capsule contains …", "The tablets contain …": the product by its form (the
            # article's main one); "Other brands contain …", "Some teas contain …": no declaration
            if words[0] in own_form and all(w in forms for w in words[1:]) and len(words) > 1:
                found += [(name, "") for name in _ingredient_names(m.group("list"))]
            continue
        product = _agent_name(" ".join(words).rstrip("®™"))
        if product is None or ":" in product:
            continue
        found += [(name, product) for name in _ingredient_names(m.group("list")) if name != product]
    for m in kind.finditer(sentence):
        words = re.findall(r"[a-z][a-z0-9-]*", m.group("list").lower())
        product = _agent_name(m.group("brand").lower().rstrip("®™"))
        if not words or words[-1] not in _intervention_heads() | _declared_words()[0] or product is None or ":" in product:
            continue  # "Aspirin is a painkiller", "Zentra is a brand": no kind of product
        names = _ingredient_names(" ".join(words)) + _ingredient_names(" ".join(words[:-1]))  # (the oil, the CBD)
        found += [(name, product) for name in names if name != product]
    return found


def _ingredient_names(listed: str) -> list[str]:
    """The agent names of the items of an ingredient list the interventions analysis knows
    ("CBD and a little peppermint oil" -> cbd, oil; a dose or an amount word is left out)."""
    out = []
    # the list ends where another clause begins (", and Dozo tablets contain …", "… but no sugar")
    listed = _contain_cues()[3].split(listed)[0]
    fillers = _contain_words()[0]
    ends = _item_ends()
    for item in re.split(r",\s*(?:and\s+|or\s+|plus\s+)?|\s+(?:and|plus|with)\s+", _DOSE.sub(" ", listed.lower())):
        words = [w for w in re.findall(r"[a-z][a-z0-9-]*", item)
                 if w not in fillers]
        # "CBD extracted from hemp", "zinc oxide as its only filter", "peppermint oil for
        # taste": the ingredient's name ends where its description begins ([subject] item_end)
        cut = next((i for i, w in enumerate(words) if w in ends), len(words))
        if cut:
            words = words[:cut]
        phrase = " ".join(words)
        if not phrase or len(words) > 3 or not (_names_intervention(phrase) or _plain_ingredient(words)):
            continue  # (an item of more words is no ingredient's name: "tablets contain valerian")
        name = _agent_name(phrase)
        if name and ":" not in name:
            out.append(name)
    return out


@functools.lru_cache(maxsize=1)
def _item_ends() -> frozenset[str]:
    return frozenset(knowledge.read_toml(CUES_TOML.name)["subject"]["item_end"])


def _plain_ingredient(words: list[str]) -> bool:
    """``words`` (an ingredient list's item, or a parenthesis with a dose) can be an
    ingredient's name the word lists do not know ("camphor", "zinc oxide", "hydrocortisone"):
    one or two words, none of them a filler, a form, a container word or a word of saying
    "no" ([subject] item_not_ingredient), the last not an adjective's ending ([subject]
    adjective_endings: "a herbal extract" leaves "herbal", no name). Why (name17 review): only known interventions named
    the product, so most real declarations ("Frostbalm (camphor 4%)", "contains zinc oxide")
    were not read; the page's own words say these are the product's."""
    banned = _plain_banned()
    return 0 < len(words) <= 2 and all(len(w) > 2 and w.isalpha() and w not in banned for w in words) \
        and not words[-1].endswith(_adjective_endings())  # "a herbal extract": no name left, an adjective


@functools.lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    return tuple(knowledge.read_toml(CUES_TOML.name)["subject"]["adjective_endings"])


@functools.lru_cache(maxsize=1)
def _plain_banned() -> frozenset[str]:
    data = knowledge.read_toml(CUES_TOML.name)["subject"]
    return (frozenset(data["item_not_ingredient"]) | frozenset(data["ingredient_fillers"])
            | frozenset(data["container_determiners"]) | _declared_words()[0] | frozenset(data["contain_none"]))


def _names_intervention(phrase: str) -> bool:
    """``phrase`` names a food, drug or supplement the interventions analysis knows
    ("magnesium citrate", "melatonin"; not "weight-loss"). Its measures and arms count: a
    bare "melatonin" is a substance the body makes, read as physiology until a sentence gives
    it, and here the dosage form around it is what gives it."""
    from lint_rules.analysis.interventions import find_in_text

    return bool(find_in_text(phrase).named)


#: ``SubjectModel.from_sentences``'s question: does the definite type noun ``noun`` ending at
#: offset ``pos`` of sentence ``i`` refer to another intervention than the article's main one
#: (``spans``: agents per sentence)?
OtherBefore = Callable[[int, int, str, list[list[tuple[int, int, str]]]], bool]

#: Characters on each side of a claim that ``SubjectModel.frame_at`` reads for its subject
#: (real clauses are far shorter).
_FRAME_WINDOW = 400


class SubjectModel:
    """The agents named as causes in a document and which of them is its main one."""

    def __init__(self, agents: Counter[str], order: dict[str, int], title: str = "",
                 aliases: dict[str, str] | None = None, preferred: str = "") -> None:
        self.agents = agents
        #: (sentence, end) of the definite type nouns that refer to another intervention named
        #: just before them ("Sclerotherapy is the alternative. The procedure can …")
        self.other_refs: set[tuple[str, int]] = set()
        #: ingredient -> product, where the article declares what its product is (``declared``)
        self.aliases = aliases or {}
        #: (normalised sentence, ingredient) where the page declares what its product contains
        #: ("Norvale is made with ginseng, which can cause insomnia": the ginseng there is Norvale's)
        self.declared_in: set[tuple[str, str]] = set()
        counts = Counter({a: n for a, n in agents.items() if a not in self.aliases})
        for a, n in agents.items():
            if a in self.aliases:
                counts[self.aliases[a]] += n
                order.setdefault(self.aliases[a], order[a])
        for product in set(self.aliases.values()):
            if product in order:  # a product the article declares, though no clause names it as a cause
                counts.setdefault(product, 0)
        in_title = [a for a in counts if a in title or any(i in title for i, p in self.aliases.items() if p == a)]
        # (then the product the interventions analysis takes for the page's, ``preferred``, given
        # only where the page declares what products contain: "Relaxo drops contain CBD, and
        # Sleepo drops contain melatonin" counts Sleepo's melatonin as a cause, not Relaxo)
        ranked = sorted(counts, key=lambda a: (a not in in_title, a != preferred, -counts[a], order[a]))
        self.main = ranked[0] if ranked else ""
        names = sorted({a for a in agents if not a.startswith("other:")} | set(self.aliases) | {self.main} - {""},
                       key=lambda s: (-len(s), s))
        # built from this document's words: re.compile (the process cache), never the
        # machine-wide store, which would keep one entry per article for ever
        self._names = re.compile(
            "|".join(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])" for n in names)) if names else None

    @classmethod
    def from_sentences(cls, sentences: list[str], title: str = "",
                       other_before: OtherBefore | None = None,
                       prefer: Callable[[], str] | None = None) -> SubjectModel:
        """The model of a document's sentences. ``other_before(i, pos, spans)``, when given,
        says whether the intervention named last before offset ``pos`` of sentence ``i`` (the
        interventions analysis's names, and ``spans``: the agents read here, per sentence) is
        another one than the article's main intervention; a definite type noun ("the
        procedure", "this form") after such a name refers to it, not to the product.
        ``prefer()``, when given, names the page's own product as the interventions analysis
        reads it; asked only where the page declares what a product contains, it ranks that
        product first among the agents (after one in the title)."""
        agents: Counter[str] = Counter()
        order: dict[str, int] = {}
        speakers: set[str] = set()
        aliases: dict[str, str] = {}
        spans: list[list[tuple[int, int, str]]] = []
        pending: list[tuple[int, str, int, str]] = []  # definite type nouns: (sentence, text, end, agent)
        listed: list[str] = []  # the ingredients of an ingredients line (the main product's)
        declared_in: set[tuple[str, str]] = set()
        for i, sent in enumerate(sentences):
            for ingredient, product in declared(sent) if ("," in sent or "(" in sent) else ():
                aliases.setdefault(ingredient, product)
                order.setdefault(product, len(order))
            for ingredient, product in contained(sent):
                declared_in.add((_norm(sent), ingredient))
                if product:
                    aliases.setdefault(ingredient, product)
                    order.setdefault(product, len(order))
                else:
                    listed.append(ingredient)  # "Ingredients: …": the main product's, once it is known
            norm = _norm(sent)
            speakers.update(w.lower() for m in _SPEAKER.finditer(sent) for w in m.groups() if w)
            found: list[tuple[int, int, str]] = []
            opener = _OPENER.match(norm)
            if opener and (name := _agent_name(opener.group("agent"))) and ":" not in name:
                found.append((opener.start("agent"), _phrase_end(opener.start("agent"), opener.group("agent")), name))
            for at, phrase in _agents(norm):
                name = _agent_name(phrase)
                if name and not name.startswith("condition:"):
                    found.append((at, _phrase_end(at, phrase), name))
            spans.append([])
            for at, end, name in found:
                if _definite_type(norm, end):
                    pending.append((i, norm, end, name))  # decided below, once every sentence is read
                    continue
                agents[name] += 1
                order.setdefault(name, len(order))
                spans[-1].append((at, end, name))
        other_refs: set[tuple[str, int]] = set()
        own: list[str] = []  # type nouns that are the product
        for i, norm, end, name in pending:
            if other_before is not None and other_before(i, end, name, spans):
                other_refs.add((norm, end))  # "Sclerotherapy is the alternative. The procedure can …"
                agents[name] += 1
                order.setdefault(name, len(order))
            else:
                own.append(name)
        for person in speakers & set(agents):  # "Wood has also tried …": a person quoted
            del agents[person]
        final = {i: p for i, p in aliases.items() if p not in aliases}
        preferred = ""
        if prefer is not None and (final or listed):
            # the page declares what its products contain: which one is its own, as the
            # interventions analysis reads it (``prefer``: that analysis's main, as an agent name)
            preferred = _agent_name(prefer()) or ""
        if listed:
            first = cls(agents, dict(order), _norm(title), dict(final), preferred).main
            for ingredient in listed:
                if first and ingredient != first and ingredient not in final and ingredient not in aliases:
                    final[ingredient] = first  # "Ingredients: valerian root, hops" of the page's product
        main = cls(agents, dict(order), _norm(title), dict(final), preferred).main if own else ""
        for name in own:
            if not main:
                # no agent named otherwise: the type noun names the product ("the tea can cause …"
                # in an article about "this herbal tea")
                agents[name] += 1
                order.setdefault(name, len(order))
            elif name != main and name not in agents:
                final.setdefault(name, main)  # "this form" read as the product the article names
        model = cls(agents, order, _norm(title), final, preferred)
        model.other_refs = other_refs
        model.declared_in = declared_in
        return model

    def subject_at(self, sentence: str, pos: int) -> str:
        """Subject of a claim at ``pos`` of a normalised sentence: the agent named last
        before it in its clause, else the first after it, else the main one."""
        return self.frame_at(sentence, pos)[0]

    def frame_at(self, sentence: str, pos: int) -> tuple[str, bool]:
        """``(subject, named)``: the subject as in ``subject_at``, and whether the clause
        names it (False when it defaults to the article's intervention)."""
        # only the text around ``pos`` is read: a clause longer than two windows (a
        # paragraph with no full stop) made this quadratic in the sentence's length
        lo, hi = max(0, pos - _FRAME_WINDOW), min(len(sentence), pos + _FRAME_WINDOW)
        for m in _SUBJECT_SPLIT.finditer(sentence, lo, hi):
            if m.start() < pos:
                lo = m.end()
                if m.group().startswith("unlike"):  # "unlike X, kratom …": X ends at a comma
                    comma = sentence.find(",", m.end(), pos)
                    if 0 <= comma < pos:
                        lo = comma + 1
            elif m.start() >= pos:
                hi = m.start()
                break
        clause = sentence[lo:hi]
        candidates: list[tuple[int, str]] = []
        if self._names is not None:
            candidates += [(m.start(), m.group()) for m in self._names.finditer(clause)]
        for start, phrase in _agents(clause):
            name = _agent_name(phrase)
            if name and name.startswith(("other:", "condition:")):
                candidates.append((start, name))
        for start, phrase in _agents(clause, _CAUSATIVE):
            name = _agent_name(phrase)
            # another product ("New hearing aids can make your ears sore"), or a condition that is
            # wholly one or does not name the product (lex16b)
            if not name:
                continue
            # a condition word before an intervention's head noun names a treatment, not the
            # condition ("lung cancer surgery", "a gentle sleep aid that will not leave you …")
            other = name.startswith("other:") or (name.startswith("condition:") and (
                _wholly_a_concept(name[len("condition:"):])
                or not (self._names is not None and self._names.search(phrase)))
                and phrase.split()[-1] not in _intervention_heads())
            if other and phrase.split()[-1] not in _product_forms():  # "Dozex Sleep Spray made her …"
                candidates.append((start, name))
        candidates.sort()
        before = [(s, n) for s, n in candidates if s + lo < pos]
        after = [(s, n) for s, n in candidates if s + lo >= pos]
        at, name = before[-1] if before else (after[0] if after else (0, ""))
        if name and ":" not in name and name not in self.agents and _definite_type(sentence, at + lo + len(name)) \
                and (sentence, at + lo + len(name)) not in self.other_refs:
            return "main", True  # "this form", "the procedure": the article's intervention, named
            # (a type noun the article also names as an agent, "Pollexa nasal spray does not …" /
            # "the spray can …", keeps that agent's name, as both sides then have it)
        if name in self.aliases and ((sentence, name) in self.declared_in or _as_product(sentence, at + lo, name) or self.aliases[name] in re.findall(
                r"[a-z][a-z0-9-]*", sentence[max(0, at + lo - 30):at + lo])[-2:] or re.search(
                r"(?<![a-z])" + re.escape(self.aliases[name]) + r"\s+(?:is|was)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}$",
                sentence[max(0, at + lo - 80):at + lo])):
            # (or right after the product's own name: "Pollexa nasal spray" of the agent "nasal"; or
            # describing it: "DriftWell is the first sleep app"; or in the sentence that declares
            # it the product's: "Norvale is made with ginseng, which can cause insomnia")
            name = self.aliases[name]  # "Melatonin gummies can cause …" of "Sombra, a melatonin gummy"
        return ("main" if not name or name == self.main else name), bool(name)


_PRODUCT_DETERMINERS = frozenset({"the", "this", "these", "its", "their", "our", "each"})


def _as_product(sentence: str, at: int, ingredient: str) -> bool:
    """The declared ingredient at ``at`` of a normalised sentence names the product: it heads
    a dosage form within two words ("melatonin gummies", "magnesium citrate tablets") or
    follows a determiner that points back at the product ("the melatonin", "its magnesium
    citrate"). A bare ingredient is the substance in general ("Your body makes melatonin",
    "Too much magnesium can cause …" after "from nuts and greens"), not this product."""
    forms = _declared_words()[0]
    after = re.findall(r"[a-z][a-z0-9-]*", sentence[at + len(ingredient):at + len(ingredient) + 40])[:2]
    if any(w in forms for w in after):
        return True
    before = re.findall(r"[a-z][a-z0-9-]*", sentence[max(0, at - 40):at])[-2:]
    return any(w in _PRODUCT_DETERMINERS for w in before)


#: Right before a name: a comparison that sets it against the clause's own subject.
_SET_AGAINST = compile_re(r"(?:unlike|than|instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w-]+\s+){0,2}$")


def document_subject(doc: Document) -> SubjectModel:
    """The subject model of a document (computed once per document)."""
    def build(d: Document) -> SubjectModel:
        sents = d.sentences

        def other_before(i: int, pos: int, noun: str, spans: list[list[tuple[int, int, str]]]) -> bool:
            # a noun of another kind than the product ("the procedure" in an article about a
            # tablet: the operation named as its alternative), or the name read last before the
            # noun, in its sentence or the two before it, another intervention: the
            # interventions analysis's names first, an agent read here where none of them
            # overlaps it ("Sclerotherapy is …", which that analysis may not know)
            from lint_rules.analysis.interventions import (
                described_kinds,
                foods_and_drugs,
                interventions,
                kind_apart,
                sentence_subjects,
            )

            subjects = sentence_subjects(d)
            drugs = foods_and_drugs()
            found = interventions(d)
            main = found.main
            if not subjects.main or main is None:
                return _other_named_first(i, pos, spans, drugs)
            kinds = described_kinds(d, main)
            if kinds and all(kind_apart(noun, kind) for kind in kinds):
                return True
            last: tuple[int, int, str] | None = None
            for k in range(max(0, i - 2), i + 1):
                base = sents[k].start
                names = [(p - base, p - base + len(n), n) for p, n in subjects.placed[k]
                         if subjects.is_main(n) or not subjects.describes_main(k, p)]
                names += [(a, b, n) for a, b, n in spans[k] if not any(a < e and s < b for s, e, _ in names)]
                # every intervention named there, not only subjects: the object of "prefer",
                # "given", "offer" ("Some patients prefer orlistat. The daily pill can …")
                main_words = set(re.findall(r"[a-z0-9-]{4,}", main.name))
                names += [(a - base, b - base, iv.name) for iv in found.all for a, b in iv.spans
                          if sents[k].start <= a < sents[k].end and not subjects.describes_main(k, a)
                          and (iv is main or not main_words & set(re.findall(r"[a-z0-9-]{4,}", iv.name)))
                          and not any(a - base < e and s < b - base for s, e, _ in names)]
                # and the drugs and foods of the lexicon wherever they stand ("Children are given
                # amoxicillin")
                low = d.text[sents[k].start:sents[k].end].lower()
                names += [(w.start(), w.end(), w.group()) for w in re.finditer(r"[a-z][a-z-]{3,}", low)
                          if w.group() in drugs and not subjects.describes_main(k, base + w.start())
                          and not any(w.start() < e and s < w.end() for s, e, _ in names)]
                for start, _end, name in sorted(names):
                    if k < i or start < pos:
                        last = (k, start, name)
            return last is not None and not subjects.is_main(last[2])

        def _other_named_first(i: int, pos: int, spans: list[list[tuple[int, int, str]]], drugs: frozenset[str]) -> bool:
            # no product found: the noun is the passage's first agent ("Magnesium glycinate is …
            # This form …") unless something else was named before it, an agent read here or a
            # drug or food of the lexicon ("Children are often given amoxicillin … The whole
            # course can …"); then it keeps its own subject, as on main
            first = next(((k, a, b) for k, found in enumerate(spans) for a, b, _n in found), None)
            if first is None:
                return True
            k0, a0, b0 = first
            own = set(re.findall(r"[a-z0-9-]{4,}", d.text[sents[k0].start + a0:sents[k0].start + b0].lower()))
            for k in range(0, i + 1):
                low = d.text[sents[k].start:sents[k].end].lower()
                named = [(a, b) for a, b, _n in spans[k]]
                named += [(w.start(), w.end()) for w in re.finditer(r"[a-z][a-z-]{3,}", low) if w.group() in drugs]
                for a, b in named:
                    if (k, a, b) == first or (k == i and a >= pos):
                        continue
                    if _SET_AGAINST.search(low, max(0, a - 40), a):
                        continue  # "Unlike several older medicines, the tablet …": contrasted, not referred to
                    if not own & set(re.findall(r"[a-z0-9-]{4,}", low[a:b])):
                        return True
            return False

        def prefer() -> str:
            from lint_rules.analysis.interventions import interventions

            main = interventions(d).main
            return main.name if main is not None else ""

        return SubjectModel.from_sentences([d.text[s.start:s.end] for s in sents], d.title, other_before, prefer)

    return doc.analysis("claim-subjects", build)
