"""One reading of a claim's scope, along named dimensions.

A claim is rarely said of everything: "taken with food", "in the first weeks", "at high
doses", "for people with kidney disease", "when you stop" each limit it. Two opposing claims
are the article's contradiction only when their scopes overlap. This module reads every
limit of a claim once, into one record per dimension, and decides overlap by one rule for
every dimension:

* **who**: the people the claim is limited to ("in people with diabetes", "for children",
  "unless you have liver disease", "beginners develop …");
* **when**: the time or stage of use ("in the morning", "in the first weeks", "long-term",
  "when you stop", "Once your body adjusts, …", "then" and "now");
* **amount**: how much ("as directed", "at the usual dose" against "at high doses", "too
  much"; a missed or doubled dose, stopping suddenly: misuse);
* **condition**: how or with what it is taken ("with food", "on an empty stomach", "with
  alcohol", "If you also take …, …");
* **use**: how often or how heavily ("occasional use" / "daily use", "heavy intake");
* **form** and **source**: the form a sentence opens the product with ("Ibuprofen gel …" /
  "Ibuprofen tablets …") or the route a phrase names ("by mouth" / "as an injection" /
  "applied to the skin", "terbinafine cream": ``claim_limits.routes``), a nutrient from food or from supplements.

Two claims are **held apart** when on some dimension both are limited and the limits
differ (no word in common, or one names a group or condition and the other its complement:
"with food" / "without food", "with kidney disease" / "without kidney disease"). A side
limited to **everyone** ("safe for everyone", "at any dose", "whenever you take it") overlaps
every limit of its dimension, and a side with **no limit** on a dimension overlaps every limit
on it too: "safe for everyone" against "people with diabetes can develop low blood sugar"
and "no side effects" against "at high doses it causes nausea" stay contradictions. A
dimension that is the claim's own topic is no limit of it (the times of a course claim, the
amounts of a dose claim): the caller names those (``skip``).

The limits are read from where qualifiers sit, not from one cue list per gate: a fronted
adverbial or conditional clause ("When you first start, …", "If you drink alcohol, …",
"Taken with food, …"), a prepositional phrase attached to the claim's clause ("in/for/among
<people>", "during/after/before/within <time>", "at <amount> doses", "with/without <food>"),
and the claim's subject's modifiers ("People with liver disease …", "Regular drinkers …").
The named frames of ``knowledge/contradiction_limits.toml`` ([time.frames], [dose],
[condition], [population]) are one source of limits; the structural readers below add the
words nobody listed, classed into a dimension by the head of their phrase
(``knowledge/claim_scopes.toml``: time nouns, person nouns from a sourced list, amount and
misuse heads, with their sources).

Not scopes, and kept as their own gates in ``contradictions._held_apart``: whose claim it is
(``disputed``: a relation between two sentences, not a limit of one claim), which product it
is (``named_apart``, ``variant_apart``, line variants: the claims are about
two interventions, not one intervention in two scopes), numbered strengths
(``strengths_apart``: a numeric order, where a harm at a smaller amount than the denial's
still conflicts), exceptions carved out of a claim (``excluded_apart``: read against the
other claim's words, not its scope) and the disease's own features (``disease_state``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lint_rules.analysis import claim_limits as L
from lint_rules.analysis.boundaries import PUNCTUATION_CUT, clause_start
from lint_rules.document import Document
from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re

DIMENSIONS = ("who", "when", "amount", "use", "condition", "form", "source")


@dataclass(frozen=True)
class Limit:
    """A claim's limit on one dimension."""

    words: frozenset[str]  #: what it is limited to ("children"; "early"; "usual"; "food")
    outside: bool = False  #: limited to the complement ("without food", "unless you have …")
    universal: bool = False  #: "everyone", "any dose", "whenever": overlaps every limit
    named: bool = True  #: read from a named frame (False: read from structure alone)
    subject: bool = False  #: a group found only as the sentence's subject
    stated: bool = False  #: form: a route stated in words ("applied to the gums"), not only a form noun


Scope = dict[str, Limit]


@dataclass(frozen=True)
class _Cues:
    fronted: re.Pattern[str]
    after: re.Pattern[str]
    time_head: re.Pattern[str]
    person_head: re.Pattern[str]
    condition_head: re.Pattern[str]
    misuse: re.Pattern[str]
    misuse_not: re.Pattern[str]
    negative: re.Pattern[str]
    inline_group: re.Pattern[str]
    use: re.Pattern[str]
    use_class: dict[str, str]
    condition_class: dict[str, str]
    condition_complement: dict[str, str]
    universal: dict[str, re.Pattern[str]]
    stop: frozenset[str]
    generic: frozenset[str]
    study: frozenset[str]
    who_class: dict[str, str]


@functools.lru_cache(maxsize=1)
def _cues() -> _Cues:
    d = read_toml("claim_scopes.toml")
    return _Cues(
        fronted=compile_re(d["structure"]["fronted"]),
        after=compile_re(d["structure"]["after"]),
        time_head=compile_re(d["when"]["head"]),
        person_head=compile_re(d["who"]["head"]),
        condition_head=compile_re(d["condition"]["head"]),
        misuse=compile_re(d["amount"]["misuse"]),
        misuse_not=compile_re(d["amount"]["not_limit"]),
        negative=compile_re(d["structure"]["negative"]),
        inline_group=compile_re(d["who"]["inline"].replace("{head}", d["who"]["head"])),
        use=compile_re(d["use"]["phrase"]),
        use_class={w: cls for cls in ("rarely", "often") for w in d["use"][cls]},
        condition_class={w: cls for cls, ws in d["condition"]["classes"].items() for w in ws},
        condition_complement={w: cls for cls, ws in d["condition"]["complement"].items() for w in ws},
        universal={dim: compile_re(p) for dim, p in d["universal"].items()},
        stop=frozenset(d["structure"]["stop"]),
        generic=frozenset(d["who"]["generic"]),
        study=frozenset(d["when"]["study"]),
        who_class={**{w: cls for cls in ("rarely", "often") for w in d["use"][cls]},
                   **{w: cls for cls, ws in d["who"]["experience"].items() for w in ws}},
    )


def _content(c: _Cues, phrase: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z'-]+", phrase) if w not in c.stop and len(w) > 2)


def _fronted(doc: Document, k: int, start: int = -1) -> tuple[str, str] | None:
    """The sentence's fronted adverbial or conditional clause ("When you first start, …",
    "If you drink alcohol, …", "During pregnancy, …"): its opening word and its words. Not
    when a clause of its own stands between it and the claim at ``start`` ("Among doctors,
    the consensus is that …", "In a statement, the company said …"): it frames that clause."""
    low = L.sentence_text(doc, k)
    m = _cues().fronted.match(low)
    if m is None or _TRIVIAL.match(m.group("lead") + " " + m.group("rest")):
        return None  # "After taking it, …": every use meets it
    if start >= 0:
        s = doc.sentences[k]
        between = low[m.end():max(m.end(), start - s.start)]
        if _FRAMING.search(between):
            return None
    lead, rest = m.group("lead"), m.group("rest")
    if lead in _PARTICIPLES:
        return _participle(lead, rest)
    return lead, rest


#: Past participles of use that open a sentence ("Taken within 48 hours, …", "Started later
#: than that, …"): the phrase they govern is the limit (claim_scopes.toml [structure] fronted).
_PARTICIPLES = frozenset({"taken", "used", "applied", "started", "begun", "given", "administered", "injected",
                          "initiated"})
#: The preposition a participle of use governs: read as if it opened the sentence itself.
_GOVERNED = compile_re(r"(?P<lead>within|after|before|during|until|once|in|at|on|for|with|without)\s+(?P<rest>.+)")


def _participle(lead: str, rest: str) -> tuple[str, str]:
    """A participle opener read through to its phrase: "Taken within 48 hours of the first
    symptoms" limits like "Within 48 hours of …"; "Started later than that" / "Given too late"
    is the late side of a time ("after"), "Taken earlier" the early side ("before",
    claim_scopes.toml [when.relative]); "Taken with food" keeps its condition. Any other
    phrase stays the participle's ("Taken as directed", "Given the evidence")."""
    g = _GOVERNED.match(rest)
    if g is not None:
        return g.group("lead"), g.group("rest")
    r = _RELATIVE.match(rest)
    if r is not None:
        return _relative()[r.group("word")], rest[r.end():].strip() or r.group("word")
    return lead, rest


@functools.lru_cache(maxsize=1)
def _relative() -> dict[str, str]:
    d = read_toml("claim_scopes.toml")["when"]["relative"]
    return {w: rel for rel in ("after", "before") for w in d[rel]}


#: A relative time word right after the participle, optionally graded ("too late", "much
#: later than that"); its "than …" is the point it is relative to.
_RELATIVE = compile_re(r"(?:(?:too|much|far|a\s+lot|even|any|no)\s+)?(?P<word>later|late|afterwards|subsequently|"
                       r"earlier|early|sooner|beforehand)\b(?:\s+than)?")


#: Words that make the text between a fronted phrase and the claim a clause of its own: a
#: verb of saying or being, a complementiser, a colon ("the consensus is that", "the company
#: said", "the message is simple:").
_FRAMING = compile_re(r"[:;]|(?<![a-z])(?:that|said|says|say|told|tells|reported|reports|according|believes?|"
                      r"thinks?|is|are|was|were)(?![a-z])")


def _misused(c: _Cues, text: str) -> bool:
    """``text`` limits its claim to misuse ([amount] misuse): a misuse word that no concession,
    intensifier, non-misusing group or topic word stands before ([amount] not_limit: "even if
    misused", "especially if misused", "none of whom had misused it", "signs of misuse")."""
    return any(not c.misuse_not.search(text, max(0, m.start() - 40), m.start()) for m in c.misuse.finditer(text))


def _classify(c: _Cues, lead: str, rest: str) -> str | None:
    """The dimension a fronted clause limits, by the head of its words: a person noun is a
    group ("For heavy drinkers, …"), a time noun or a start/stop verb is a time ("Once your
    body adjusts, …"), a meal, drink or other product is a condition ("If you drink alcohol,
    …"), a misuse is an amount ("If you miss a dose, …")."""
    if _misused(c, rest):
        return "amount"
    if c.person_head.search(rest) and lead in ("for", "in", "among"):
        return "who"  # "Among first-time walkers, …": people, whatever else the words say
    if c.condition_head.search(rest) and lead in ("if", "unless", "with", "without", "on", "when", "whenever",
                                                   "taken", "used", "applied"):
        return "condition"
    if lead in _RELATION or (c.time_head.search(rest) and lead in ("in", "for", "when", "whenever")):
        return "when"
    return None


#: The time relation a subordinator sets: after a point, before it, or during a span. Two
#: fronted time clauses with different relations ("After the loading phase, …" / "Before
#: the loading phase ends, …") name different times whatever their words.
_RELATION = {"after": "after", "once": "after", "before": "before", "until": "before",
             "during": "during", "while": "during", "within": "during"}


def _clause_limit(c: _Cues, lead: str, rest: str) -> tuple[str, Limit] | None:
    """The dimension and limit an adverbial clause or phrase sets, or None."""
    dim = _classify(c, lead, rest)
    if dim is None:
        return None
    words = _content(c, _TAKERS.sub(" ", rest))
    if dim == "who":
        words -= c.generic  # "healthy adults" and "healthy volunteers": one group
        if not words:
            return None  # "In people who regularly take it, …": everyone given it
    if dim == "when":
        if words and not words - c.study:
            return None  # "during the trial period": when it was measured, no limit
        words |= {"=" + _RELATION.get(lead, "during")}
    if not words:
        return None
    outside = lead in ("without", "unless") or bool(c.negative.match(rest))
    if dim == "condition":
        return dim, _condition_limit(c, words, outside, False)
    return dim, Limit(words, outside=outside, named=False)


def _condition_limit(c: _Cues, words: frozenset[str], outside: bool, named: bool) -> Limit:
    """A condition's words read as their class ("with a meal" and "with food" are eating; "on
    an empty stomach" is eating's complement)."""
    flip = {c.condition_complement[w] for w in words if w in c.condition_complement}
    if flip:
        return Limit(frozenset(flip), outside=not outside, named=named)
    return Limit(frozenset(c.condition_class.get(w, w) for w in words), outside=outside, named=named)


def _after(doc: Document, k: int, end: int) -> list[tuple[str, str]]:
    """The adverbial clauses after the claim in its sentence ("… causes no drowsiness when
    taken at night", "… can cause dizziness if you drink alcohol"): subordinator and words."""
    s = doc.sentences[k]
    if not s.start < end <= s.end:
        return []
    low = L.lower_text(doc)
    cut = _CLAUSE_END.search(low, end, s.end)  # "…, so you can take it before work": another clause
    hi = cut.start() if cut else s.end
    out = []
    for m in _cues().after.finditer(low, end, hi):
        if _JOINED.search(low, end, m.start()):
            break  # "… and avoid driving after …": a clause of its own
        if not _TRIVIAL.match(m.group("lead") + " " + m.group("rest")):
            out.append((m.group("lead"), m.group("rest")))
    return out


#: Words that open another clause between the claim and a later adverbial ([structure] joined:
#: a verb of consequence or permission opens one too, "… formula means you can take a tablet
#: before work": its time is the permitted use's).
_STRUCTURE = read_toml("claim_scopes.toml")["structure"]
_JOINED = compile_re(r"(?<![a-z])(?:" + "|".join(_STRUCTURE["joined"]) + r")(?![a-z])")
#: A time clause that every effect of the product meets: after taking it, once you use it.
#: So is the onset after any one use: "after a dose", "after each tablet", "following your
#: dose" (not "after the first dose", a time of its own; [structure] trivial_each, trivial_units).
_TRIVIAL = compile_re(r"(?:after|once|when|whenever|while)\s+(?:you\s+|people\s+|they\s+)?(?:first\s+)?"
                      r"(?:take|takes|taking|took|use|uses|using|used|apply|applying|applied|have|having)\s+"
                      r"(?:it|this|them|these|one|a\s+dose|the\s+\w+)\s*$|"
                      r"(?:after|following)\s+(?:" + "|".join(_STRUCTURE["trivial_each"]) + r")\s+(?:"
                      + "|".join(_STRUCTURE["trivial_units"]) + r")\s*$")


def claim_scope(doc: Document, k: int, start: int = -1, end: int = -1, subject: str = "") -> Scope:
    """The limits of the claim at ``[start, end)`` of sentence ``k``, one per dimension
    (``subject``: the product the claim is about, whose own form words name its route)."""
    cache: dict[tuple[int, int, int, str], Scope] = doc.analysis("scopes.claim", lambda d: {})
    key = (k, start, end, subject)
    got = cache.get(key)
    if got is None:
        got = _read(doc, k, start, end, subject)
        cache[key] = got
    return got


def _read(doc: Document, k: int, start: int, end: int, subject: str = "") -> Scope:
    c = _cues()
    low = L.sentence_text(doc, k)
    out: Scope = {}
    # who: the group the claim's clause names ([population])
    who = L.population(doc, k, start, end)
    if who:
        out["who"] = Limit(frozenset(who - {L.NOT_GROUP, L.SUBJECT_GROUP}), outside=L.NOT_GROUP in who,
                           subject=L.SUBJECT_GROUP in who)
    # when: the named time frames ([time.frames]); then and now are their own pair
    times = L.time_frames(doc, k)
    if times:
        out["when"] = Limit(frozenset(times))
    # amount: normal use against too much ([dose] within / beyond), misuse ([amount] misuse)
    amount = set(L.amount_frames(doc, k))
    if _misused(c, _own_clause(doc, k, start, end)):  # "…, and reports of misuse have risen": another clause
        amount.add("misuse")
    if amount:
        out["amount"] = Limit(frozenset(amount))
    # condition: how it is taken ([condition] taken)
    cond = L.taken_condition(doc, k)
    if cond is not None and cond[1]:
        out["condition"] = _condition_limit(c, cond[1], cond[0], True)
    # use: how often or how heavily ("occasional use" / "heavy use")
    use = {c.use_class[m.group("mod")] for m in c.use.finditer(low) if m.group("mod") in c.use_class}
    if use:
        out["use"] = Limit(frozenset(use), named=False)
    # form: the product form the sentence opens with ("Ibuprofen gel …"), with its name, and
    # the routes of administration the sentence names for the product (claim_limits.routes,
    # contradiction_limits.toml [route]: FDA SPL routes and dosage forms): "by mouth", "as an
    # injection", "terbinafine cream", "in tablet form"
    form = L.opening_form(doc, k)
    routes = {"route:" + r for r in L.routes(doc, k, subject or (form[0] if form else ""))}
    if form is not None:
        out["form"] = Limit(frozenset({form[1], "@" + form[0]} | routes), stated=bool(routes) and L.route_stated(doc, k))
    elif routes:
        out["form"] = Limit(frozenset(routes), named=False, stated=L.route_stated(doc, k))
    # source: a nutrient from food or from supplements ([source])
    source = L.source_frames(doc, k)
    if source:
        out["source"] = Limit(frozenset(source))
    # structure: a fronted clause, or one after the claim, names a limit nobody listed
    clauses = [front] if (front := _fronted(doc, k, start)) is not None else []
    if start >= 0:
        clauses += _after(doc, k, end)
    for lead, rest in clauses:
        got = _clause_limit(c, lead, rest)
        if got is not None and got[0] not in out:
            out[got[0]] = got[1]
    if "who" not in out:  # "in regular swimmers", "for first-time walkers": a group nobody listed
        group = _inline_group(doc, k, start, end)
        if group:
            out["who"] = Limit(group, named=False)
    own = _own_clause(doc, k, start, end)
    for dim, p in c.universal.items():
        if dim not in out and p.search(own):
            out[dim] = Limit(frozenset(), universal=True)  # a limit read is never wiped out
    return out


def _own_clause(doc: Document, k: int, start: int, end: int) -> str:
    """The claim's own clause, between the clause breaks around ``[start, end)`` (the whole
    sentence without them): "Take it whenever you need it; in the morning it causes no
    drowsiness" says "whenever" of another clause."""
    s = doc.sentences[k]
    low = L.lower_text(doc)
    if start < 0:
        return low[s.start:s.end]
    cut = _CLAUSE_END.search(low, end, s.end)
    hi = cut.start() if cut else s.end
    lo = clause_start(low, s.start, start)
    return low[lo:hi]


def _inline_group(doc: Document, k: int, start: int, end: int) -> frozenset[str]:
    """The words of a group headed by a person noun in an "in/for/among" phrase of the claim's
    clause (within 80 characters of it), or an empty set."""
    c = _cues()
    s = doc.sentences[k]
    low = L.lower_text(doc)
    lo, hi = s.start, s.end
    if start >= 0:
        lo, hi = max(lo, start - 80), min(hi, end + 80)
        cut = _CLAUSE_END.search(low, end, hi)  # "…, countering a fear among patients": another clause
        hi = cut.start() if cut else hi
        lo = clause_start(low, lo, start)
    for m in c.inline_group.finditer(low, lo, hi):
        if _RATIO.search(low, max(s.start, m.start() - 12), m.start()):
            continue  # "one in ten trial participants": a frequency, not a group
        words = _content(c, m.group("who")) - c.generic
        if words:
            return words  # "in regular swimmers"; not "among patients": everyone it is given to
    return frozenset()


#: A relative clause that names the product's own takers ("who regularly take it", "who use
#: them"): it picks out nobody among the people given the product.
_TAKERS = compile_re(r"\bwho\s+(?:[a-z]+\s+)?(?:take|takes|took|use|uses|used|are\s+taking|are\s+using|have\s+taken|have\s+used)"
                     r"\s+(?:it|this|them|these|the\s+\w+)\b")
#: A clause break: a comma, semicolon, colon or dash (the shared punctuation cut).
_CLAUSE_END = PUNCTUATION_CUT
#: A number right before "in": "one in ten", "1 in 20".
#: The words of a time after the start that is still the first window ("after the first dose",
#: "after starting"): claim_scopes.toml [when.window] early_words.
_EARLY_WORDS = frozenset(read_toml("claim_scopes.toml")["when"]["window"]["early_words"])
_RATIO = compile_re(r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)|%)\s*$")


def _differ(dim: str, a: Limit, b: Limit) -> bool:
    if a.universal or b.universal:
        return False
    if a.named != b.named and dim == "when":
        named, words = (a, b.words) if a.named else (b, a.words)
        # the first window against a time after something that is not the start ("During the
        # first month, …" / "After that, …", "after a few weeks"): the later time (deny18)
        return named.words == {"early"} and "=after" in words and not words & _EARLY_WORDS
        # otherwise a named frame and a clause's words have no common measure, so they may overlap
    if dim == "when" and not a.named:
        ra, rb = {w for w in a.words if w[0] == "="}, {w for w in b.words if w[0] == "="}
        # "After the loading phase, …" / "Before the loading phase ends, …" differ by their
        # relation; two times in words nobody classed ("winter" / "the colder months") overlap
        return bool(ra) and bool(rb) and not ra & rb
    if dim == "form":
        na, nb = {w for w in a.words if w[0] == "@"}, {w for w in b.words if w[0] == "@"}
        ra, rb = {w for w in a.words if w.startswith("route:")}, {w for w in b.words if w.startswith("route:")}
        if ra and rb and not ra & rb:
            acc = "route:accident"
            if (acc in ra) != (acc in rb):
                # "If swallowed, …" / "Applied to the gums, …": an accident against a stated
                # use; against the form noun alone ("Numbex cream …") it is the same product
                return b.stated if acc in ra else a.stated
            return True  # "by mouth" / "as an injection"; "terbinafine cream" / "terbinafine tablets"
        # one product in two forms: the same name, another form
        return bool(na) and na == nb and a.words - ra != b.words - rb
    if dim == "who" and not (a.named and b.named):
        # a group read from structure alone has no common measure with another group: two
        # groups that share no word may be one group in two names ("beginners" / "first-time
        # buyers", "adults" / "office workers"); held apart only from its own complement
        if a.outside != b.outside:
            return bool(a.words & b.words)
        ga, gb = L.age_sex(a.words), L.age_sex(b.words)
        if ga and gb:
            return not ga & gb  # "for pregnant women" / "in men": two sexes or ages cannot overlap
        ca, cb = ({_cues().who_class[w] for w in x.words if w in _cues().who_class} for x in (a, b))
        return bool(ca) and bool(cb) and not ca & cb  # "regular swimmers" / "occasional swimmers"
    if dim == "who":
        return L.other_population(a.words | ({L.NOT_GROUP} if a.outside else set())
                                  | ({L.SUBJECT_GROUP} if a.subject else set()),
                                  b.words | ({L.NOT_GROUP} if b.outside else set())
                                  | ({L.SUBJECT_GROUP} if b.subject else set()))
    if dim == "when":
        eras = L.ERAS
        if (a.words & eras) and (b.words & eras) and not (a.words & b.words & eras):
            return True  # "Older margarines raised LDL" … "Today's spreads lower LDL"
        wa, wb = a.words - eras, b.words - eras  # then and now are kept apart from each other only
        return bool(wa) and bool(wb) and not (wa & wb)
    if dim == "condition":
        # "If you drink alcohol" / "If you avoid alcohol": the same condition and its complement
        return a.outside != b.outside if a.words & b.words else True
    # amount (usual, excess, misuse) and source (food, supplement): a sentence that names two
    # of them overlaps either
    return not (a.words & b.words)


def scopes_apart(a: Scope, b: Scope, skip: tuple[str, ...] = ()) -> str:
    """The first dimension on which both scopes are limited and the limits differ, or "":
    there the two claims are about different cases and both can be true."""
    for dim in DIMENSIONS:
        if dim in skip:
            continue
        x, y = a.get(dim), b.get(dim)
        if x is not None and y is not None and _differ(dim, x, y):
            return dim
    return ""


def claims_apart(doc: Document, a: tuple[int, int, int], b: tuple[int, int, int],
                 skip: tuple[str, ...] = (), subjects: tuple[str, str] = ("", "")) -> str:
    """``scopes_apart`` of two claims given as (sentence, start, end), about ``subjects``."""
    return scopes_apart(claim_scope(doc, *a, subject=subjects[0]), claim_scope(doc, *b, subject=subjects[1]), skip)


#: The course window a denial may be narrowed to ([time.frames] early): the first days or
#: weeks of use, a part of every course. Not long-term use ("with regular use, no ulcers" is
#: said of normal use, which an unlimited harm still meets), a time of day nor an era.
_COURSE_WINDOWS = frozenset(read_toml("claim_scopes.toml")["when"]["window"]["course_windows"])
#: "even" before the window ("not even in the long term", "even after months"): the window
#: stretches the denial (claim_scopes.toml [when.window] even_window)
_EVEN_WINDOW = compile_re(r"\beven\s+(?:" + phrase_alternation(read_toml("claim_scopes.toml")["when"]["window"]["even_window"]) + r")\b")


def window_narrows(doc: Document, denial: tuple[int, int, int], harm: tuple[int, int, int],
                   subjects: tuple[str, str] = ("", "")) -> bool:
    """The denial is limited to the first window of the course ("no rash in the first week", "does
    not cause weight gain in the short term") and the harm names no time ("can cause a rash"): both can
    be true, since the harm may come outside the window (deny18). The limit narrows the denial
    only; an unlimited denial ("never causes a rash") still meets a harm in any window, and
    a harm in the same window ("a rash is common in the first week") still meets the limited
    denial (``scopes_apart`` compares two limits)."""
    if _EVEN_WINDOW.search(L.sentence_text(doc, denial[0])):
        return False  # "not even in the long term": the window is where the denial is hardest to keep
    said = claim_scope(doc, *denial, subject=subjects[0]).get("when")
    if said is None or said.universal or not said.named or not said.words or not said.words <= _COURSE_WINDOWS:
        return False
    return "when" not in claim_scope(doc, *harm, subject=subjects[1])
