"""Contradiction rules: one article saying incompatible things about the same health effect.

The claims and which of them conflict are understood in ``analysis/contradictions.py``
(``claims(doc)``, ``conflicts(doc)``): what is compared, what is not, and the gates that
hold two opposing claims apart. Each rule here owns one kind of conflict; it reads the
conflicts of its kind, applies its options (at most ``max-per-concept`` findings per
concept or claim type and subject) and writes the finding.

To keep the report short, each odd-one-out claim (the denial, the safety promise, the
"permanent") gets one finding, paired with the clearest opposing claim; up to two further
opposing claims are listed as extra related locations.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from lint_rules.analysis.concepts import hpo_version
from lint_rules.analysis.contradictions import Claim, Conflict, claim_conflicts, typed_conflicts
from lint_rules.analysis.typed_claims import TypedClaim
from lint_rules.core import Finding, Option, Rule, RuleContext, Severity
from lint_rules.document import Document

MAX_EXTRA_RELATED = 2

_C = TypeVar("_C", Conflict[Claim], Conflict[TypedClaim])


def _limited(found: Iterable[_C], ctx: RuleContext) -> Iterator[_C]:
    """The conflicts in order, at most ``max-per-concept`` for each concept (or claim type)
    and subject."""
    counts: dict[tuple[str, str], int] = {}
    for c in found:
        counts[c.key] = counts.get(c.key, 0) + 1
        if counts[c.key] <= ctx.option("max-per-concept"):
            yield c


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


class _ContradictionRule(Rule):
    """Shared by the claim rules: the kind of conflict they own, and the words."""

    kind = ""
    options = {
        "max-per-concept": Option(int, 3, "at most this many findings per concept and subject"),
    }

    def message(self, odd: Claim, other: Claim) -> str:
        raise NotImplementedError

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for c in _limited(claim_conflicts(doc, self.kind), ctx):
            yield self._finding(doc, c)

    def _finding(self, doc: Document, c: Conflict[Claim]) -> Finding:
        odd, best, more = c.odd, c.partner, c.others
        first, second = sorted((odd, best), key=lambda x: x.start)
        related = [(second.start, second.end, f"conflicting claim: {second.describe()}")]
        for extra in more[:MAX_EXTRA_RELATED]:
            related.append((extra.start, extra.end, f"also: {extra.describe()}"))
        concept = odd.label if odd.kind != "general" else best.label
        return self.finding(
            doc, first.start, first.end, self.message(odd, best), related=related,
            severity=c.severity,
            suggestion="Reconcile the two statements, or say what differs between them "
                       "(dose, duration, who is affected).",
            evidence={
                "concept_id": best.concept_id if odd.kind == "general" else odd.concept_id,
                "label": concept, "subject": odd.subject,
                "claims": [first.as_dict(), second.as_dict()],
                "also": [x.as_dict() for x in more[:MAX_EXTRA_RELATED]],
                "hpo_version": hpo_version(),
            },
        )


class AffirmedVersusNegated(_ContradictionRule):
    """The article both says an effect happens and says it does not.

    What it flags:
    Two statements about the same effect (or a broader and a narrower one, such as hair
    loss and alopecia) of the same product where one affirms and the other denies it:
    "users report no hair thinning or loss" against "it may cause non-scarring alopecia
    (hair loss)". Both absolute is an error; one hedged ("may cause") against an absolute
    denial is a warning, and so is a pair one side of which is a named speaker's relayed
    words ("it doesn't have side effects, Rees says"; this holds for every contradiction
    rule): the article reports them, and context is the fix. Questions, conditional advice, study-design descriptions,
    statements about another product and hedged statements that agree are not flagged;
    nor are a disease's background ("insomnia is common in menopause"), people described
    by what they lack ("adults who were free of dementia"), comparisons ("less likely to
    cause low blood sugar") and lack of proof ("never been proven to cause cancer").
    Words that deny an effect by themselves count as denials ("painless", "non-drowsy",
    "hypoallergenic", "non-irritating"), and so do denials carried by the subject ("Not one
    of the people who tried it has ever reported a rash", "nothing in it that could upset
    your stomach", "not a single case … has been tied to it", "not a soul who takes it has
    complained of …") and by a topic fronted before its clause ("As for headaches — none
    reported with it", "When it comes to weight gain, it has none", or a colon inside a
    paragraph: "Nausea: not an issue with it"); an effect that is its own verb counts ("won't
    constipate you"); lay and clinical words name one effect ("broken bones" and
    "fractures", "bed sores" and "pressure ulcers", "blood sugar dropped too low" and
    "hypoglycaemia"); a harm said of a group of users counts as said of
    the product ("some children taking it have trouble falling asleep", "patients described
    it as painful"), and so does a harm given as the reason it was stopped ("several readers
    had to come off it because of the dizziness", "I gave it up after a week of headaches");
    a denial limited to the first window of use ("no rash in the first week") meets no harm
    that names no time or a later one, while an unlimited denial ("never causes a rash")
    still meets a harm "after a month"; an ingredient the article says the product contains is the product
    ("turmeric capsules, which contain curcumin" … "curcumin can upset the stomach"); two
    variants of a product ("our vegan protein", "our whey protein") and the symptoms of the
    disease it treats ("the condition often triggers sciatica") are not compared.
    Nor, for every contradiction rule, are a maker's claim the article answers with what
    testing or research found ("the company says it is allergen-free" … "independent
    tests found traces of milk"), a denial for one group against a harm in another ("for
    people with a healthy immune system" … "in people with weakened immunity"), an effect
    the article makes part of the disease ("during attacks, a feature of migraine
    itself"), two members of one family ("vitamin C", "vitamin A"), one product in two
    forms ("ibuprofen gel", "ibuprofen tablets"), a nutrient from food against the same
    in supplements, and the maxim "do no harm". Nor are another voice's claim the article
    answers ("My neighbour swears it cures colds." … "Trials found it does not"), the maker
    against critics, normal use against too much ("taken as directed" … "more than that"),
    a group against its complement or another age ("for adults" … "in toddlers"; "unless
    you have liver disease" … "people with liver disease"), two times ("in the first
    weeks" … "long-term"), two ways of taking it ("with food" … "on an empty stomach"),
    another named or older product ("Ezetimibe … does not"; "the original lozenge"), a
    symptom the article gives to the disease ("Those are symptoms of diabetes itself."),
    and a hedged denial against a harm in a few ("generally non-drowsy" … "a few people
    in every hundred").

    Why it matters:
    Readers cannot act on an article that tells them both things; the reassuring half is
    usually the one they remember. Contradictions are also a sign of machine-written or
    carelessly merged text.

    Example:
    "Kratom users report no hair loss." … "Kratom may cause hair loss (alopecia)."

    Better:
    "Hair loss has been reported in some long-term kratom users; it usually grows back
    after stopping."
    """

    code = "CON001"
    name = "contradiction.affirmed-and-negated"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "affirmed-negated"

    def message(self, odd: Claim, other: Claim) -> str:
        kind = "hedged against absolute" if (odd.hedged or other.hedged or other.course) \
            else "affirmed against negated"
        return (f"Contradiction about {odd.label.lower()} ({kind}): one place denies it, "
                f"another says it happens")


class SafeVersusHarm(_ContradictionRule):
    """The article calls something safe or free of side effects and also names a harm.

    What it flags:
    A safety promise — "no side effects", "benign effects on hair follicles", "harmless to
    the liver" — and, elsewhere, a harm of the same product in the same area: "may notice
    thinning hair or areas of baldness", "can cause liver damage". A denied harm to a body
    part is a promise about the part and everything in it: "will never damage your eyes"
    against "has harmed the retina"; "won't harm your teeth" against "can wear away tooth
    enamel". Blanket promises in other words count too ("trouble-free for all users", "has
    never harmed a single patient", "has no downsides", "carries zero risk", "gentle
    enough for anyone"); one the writer rejects in its own sentence ("Some sellers claim
    it is risk-free, but that is not true") is not the article's.

    Why it matters:
    A blanket reassurance next to a described harm misleads readers about risk; regulators
    treat "safe" and "no side effects" as claims that need support.

    Example:
    "… further evidence of its benign effects on hair follicles." … "some users notice
    thinning hair or areas of baldness."

    Better:
    Drop the blanket reassurance and describe the reported harm with its frequency.
    """

    code = "CON002"
    criteria = ("harms",)
    name = "contradiction.safe-but-harmful"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "safe-harm"

    def message(self, odd: Claim, other: Claim) -> str:
        what = "side effects" if odd.kind == "general" else odd.matched.lower()
        return (f"Contradiction: a safety claim about {what} conflicts with a named harm "
                f"({other.label.lower()})")


class ReversibleVersusPermanent(_ContradictionRule):
    """The article says an effect goes away and also that it is permanent, or promises
    permanent results and also says they fade.

    What it flags:
    The same effect of the same product described as reversible ("grows back", "goes
    away", "temporary") in one place and permanent ("permanent", "irreversible", "never
    grows back") in another, both stated without hedging; a harm said to be "fully
    reversible" or to "always go away" against the same harm (or side effects as a whole)
    called permanent ("nerve damage was permanent", "never went away"); and results
    promised as permanent ("permanent results", "cures it for good", "a one-time
    treatment", "stays off permanently") against results that fade ("wear off within six
    months", "last up to 12 months", "need top-up sessions", "regained the weight").
    Results that "usually last" months, promises in adverts the article rejects, and
    conditions ("stays off for people who keep following the plan") are not flagged.

    Why it matters:
    Whether harm is reversible is often what a reader weighs most when deciding to try a
    product; conflicting answers leave them with the one they prefer to believe.

    Example:
    "Hair loss from kratom is permanent." … "The hair grows back once you stop."

    Better:
    Say what the evidence shows, with its limits: "In the few reported cases, hair grew back
    within months of stopping."
    """

    code = "CON003"
    name = "contradiction.reversible-and-permanent"
    category = "contradiction"
    severity = Severity.WARNING

    kind = "course"

    def message(self, odd: Claim, other: Claim) -> str:
        return f"Contradiction about {odd.label.lower()}: called permanent here, reversible elsewhere"

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        found = list(super().check(doc, ctx))
        yield from found
        done = {(f.start, r.start) for f in found for r in f.related[:1]}
        for c in _limited(typed_conflicts(doc, self.kind), ctx):
            f = _typed_finding(self, doc, c, _course_message(c.odd, c.partner))
            if (f.start, f.related[0].start) not in done and (f.related[0].start, f.start) not in done:
                yield f


# -- typed claims (dose, interactions, scope, course of results, benefit, direction) ----


def _typed_finding(rule: Rule, doc: Document, c: Conflict[TypedClaim], message: str) -> Finding:
    """The finding for a conflict between typed claims: the earlier of the two sides, the
    other as its related location, up to two further opposing claims after it."""
    odd, best = c.odd, c.partner
    first, second = sorted((odd, best), key=lambda x: x.start)
    related = [(second.start, second.end, f"conflicting claim: {_quote(second.text, 140)}")]
    for extra in c.others[:MAX_EXTRA_RELATED]:
        related.append((extra.start, extra.end, f"also: {_quote(extra.text, 140)}"))
    return rule.finding(
        doc, first.start, first.end, message, related=related,
        severity=c.severity,
        suggestion="Reconcile the two statements, or say what differs between them "
                   "(dose, who is affected, which product, how long).",
        evidence={"type": odd.type, "subject": odd.subject,
                  "claims": [first.as_dict(), second.as_dict()],
                  "also": [x.as_dict() for x in c.others[:MAX_EXTRA_RELATED]]},
    )


def _course_message(odd: TypedClaim, other: TypedClaim) -> str:
    if odd.aspect == "results":
        return (f"Contradiction about how long the results last: says they are permanent here "
                f"({_quote(odd.cue)}); says they fade or need repeating there ({_quote(other.cue)})")
    return (f"Contradiction about whether the harm goes away: says it always does here "
            f"({_quote(odd.cue)}); says it can last there ({_quote(other.cue)})")


class _TypedRule(Rule):
    """Shared by the typed-claim rules: the kind of conflict they own, and the words."""

    kind = ""
    options = {
        "max-per-concept": Option(int, 3, "at most this many findings per claim type and subject"),
    }

    def message(self, c: Conflict[TypedClaim]) -> str:
        raise NotImplementedError

    def check(self, doc: Document, ctx: RuleContext) -> Iterable[Finding]:
        for c in _limited(typed_conflicts(doc, self.kind), ctx):
            yield _typed_finding(self, doc, c, self.message(c))


class DoseLimit(_TypedRule):
    """The article says any amount is safe and also sets a limit or names harm from too much.

    What it flags:
    "Safe at any dose", "you can take as much as you like", "you can't overdo it", "no such
    thing as too much" against, about the same product, "do not exceed two scoops in 24
    hours", "doses above 350 mg a day can cause diarrhoea", "overdoses have led to hospital
    admissions". A hedged promise ("most people can take it safely") and a safe amount with
    its limit ("up to 3 mg is safe; don't exceed 3 mg") are not flagged; nor are claims the
    article rejects ("some influencers say there's no such thing as too much protein") or
    asks about.

    Why it matters:
    Readers who believe there is no limit take more; the limit is the part that protects
    them.

    Example:
    "Vitamin D is safe at any dose." … "Taking more than 4,000 IU a day can damage the
    kidneys."

    Better:
    State the limit once and plainly: "Up to 4,000 IU a day is considered safe for adults."
    """

    code = "CON004"
    name = "contradiction.dose-limit"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "dose"

    def message(self, c: Conflict[TypedClaim]) -> str:
        return (f"Contradiction about dose: says any amount is safe here ({_quote(c.odd.cue)}); "
                f"sets a limit or warns about too much there ({_quote(c.partner.cue)})")


class Interactions(_TypedRule):
    """The article says a product has no interactions and also names one.

    What it flags:
    "Has no drug interactions", "won't interfere with your medicines", "can be taken
    alongside any other medicine", "interaction-free" against, about the same product,
    "should not be combined with SSRIs", "may boost the effect of blood thinners", "can
    stop some antibiotics from being absorbed", "makes the pill less effective". An
    interaction said of "it", with the other drug named as its object ("It can make the
    contraceptive pill less effective"), is about the product. "Has few known
    interactions" and "can be taken with most medicines" are hedged and not flagged; an
    interaction of another product is not flagged. A harm said with another drug is an
    interaction of the product the sentence names ("Taken with warfarin, it can cause
    bleeding", "can cause bleeding when combined with warfarin"), not of the page's product
    when the sentence names another or none ("If you're on insulin, your blood sugar can drop
    too low"). A denial of DRUG interactions does not cover food, drink or alcohol ("Taken
    with alcohol, it can make you drowsy", "with a glass of wine"; a bare "no known
    interactions" does), a condition with no comma ends at the clause's subject ("Taken with
    warfarin it can cause bleeding"), and better
    absorption with food or vitamin C is a benefit, no interaction.

    Why it matters:
    Interactions are how many supplements and over-the-counter drugs do harm; a reader told
    there are none will not ask a pharmacist.

    Example:
    "St John's wort has no drug interactions." … "It should not be combined with SSRIs."

    Better:
    "St John's wort interacts with many medicines, including SSRIs and the contraceptive
    pill; check with a pharmacist."
    """

    code = "CON005"
    name = "contradiction.interactions"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "interaction"

    def message(self, c: Conflict[TypedClaim]) -> str:
        return (f"Contradiction about interactions: says there are none here ({_quote(c.odd.cue)}); "
                f"names one there ({_quote(c.partner.cue)})")


_GROUP_WORDS = {"pregnancy": "pregnant women", "children": "children", "older_children": "older children",
                "older_adults": "older adults",
                "diabetes": "people with diabetes", "heart": "people with heart disease",
                "kidney": "people with kidney disease", "liver": "people with liver disease",
                "epilepsy": "people with epilepsy", "implants": "people with implanted devices",
                "bleeding": "people on blood thinners", "surgery": "people having surgery",
                "asthma": "people with asthma", "immune": "people with a weak immune system",
                "blood_pressure": "people with blood pressure problems", "thyroid": "people with thyroid disease",
                "mental_health": "people with a mental health condition", "glaucoma": "people with glaucoma",
                "ulcers": "people with stomach ulcers", "universal": "some people"}


class SafetyScope(_TypedRule):
    """The article says a product is safe for everyone (or for a group, or free of an
    allergen) and also warns that group off it.

    What it flags:
    "Safe for everyone, including people with diabetes", "suitable for the whole family",
    "safe for pregnant women", "free of all major allergens", "gluten-free" against, about
    the same product, "people with diabetes who take insulin can develop dangerously low
    blood sugar", "should not be given to children under three", "should be avoided during
    pregnancy", "people allergic to fish should avoid it", "Contains: wheat starch", and a
    harm the product causes in a group ("can cause breathing problems in babies", "can
    trigger Reye's syndrome in children"; not flu's or aspirin's harm in the same words, nor
    a group's harm in a sentence that names no product, nor "talk to your doctor first",
    which is a caution). An
    allergen promise by class or function covers the class's members ("nut-free" against
    "made with almond flour", "preservative-free" against "benzalkonium chloride",
    "fragrance-free" against "parfum"); a member's promise covers that member only
    ("almond-free" against "contains walnuts", "lactose-free" against bare "whey" are not
    flagged; whey powder, whey protein concentrate and milk powders carry lactose and are), a
    class promise beside a member's in one sentence is kept ("lactose-free and suitable for a
    milk allergy"), and a plant's milk is no dairy ("oat milk"). A benefit in a group ("can
    lead to better sleep in children") restricts nothing. A
    promise that already excludes the group ("for adults without heart disease it appears
    safe"), hedged promises ("most adults can use it"), warnings about another product and
    things in general ("many granola bars contain almonds") are not flagged.

    Why it matters:
    The reader the blanket promise reassures is often the one the warning is for: a
    pregnant woman, a parent, a person with an allergy.

    Example:
    "The serum is safe for pregnant and breastfeeding women." … "Retinoids should be
    avoided during pregnancy."

    Better:
    Say who should not use it, and drop the blanket promise.
    """

    code = "CON006"
    name = "contradiction.safety-scope"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "scope"

    def message(self, c: Conflict[TypedClaim]) -> str:
        odd, other = c.odd, c.partner
        kinds = {g for g in c.shared if g.startswith("allergy:") and "/" not in g}
        # a member ("allergy:tree_nut/almond") by its own word, unless its kind is shared too
        allergens = sorted({g.split(":", 1)[1].replace("_", " ") for g in kinds} | {
            g.split("/", 1)[1] for g in c.shared if g.startswith("allergy:") and "/" in g and g.split("/", 1)[0] not in kinds})
        if allergens and odd.aspect == "allergen":
            return (f"Contradiction about allergens: says it is free of them here ({_quote(odd.cue)}); "
                    f"names {', '.join(allergens)} there ({_quote(other.cue)})")
        who = ", ".join(_GROUP_WORDS.get(g, f"people allergic to {g.split(':', 1)[-1].replace('_', ' ')}")
                        for g in c.shared)
        return (f"Contradiction about who can use it: says it is safe here ({_quote(odd.cue)}); "
                f"warns {who} against it there ({_quote(other.cue)})")


_DIRECTION_WORDS = {"up": "raises", "down": "lowers", "none": "does not change"}


class EffectDirection(_TypedRule):
    """The article says a product helps with something and also that it does not, or that
    it moves a measure one way and also the other way.

    What it flags:
    Benefit: "relieves migraine headaches" against "had no effect on how often migraines
    occurred"; "calms the symptoms of IBS" against "made no difference to IBS symptoms";
    "relieves sore muscles" against "For sore muscles, it does nothing".
    Direction: "lowers blood pressure" against "can raise blood pressure"; "suppresses
    appetite" against "increases their appetite"; "loosens the stools" against
    "constipation is a common side effect"; "does not affect blood sugar" against "pushed
    blood sugar up"; "won't raise your heart rate" against "speeds up the heart rate";
    "helps bring cholesterol down" against "sent cholesterol soaring"; a change said with
    the measure as its subject after each use of the product counts as the product's
    ("Expect your blood pressure to climb after each scoop"), after a meal, a coffee or
    "each session of heavy lifting" it does not. Two hedged
    statements ("may raise heart rate slightly" and "most saw no change"), two different
    conditions ("helps with jet lag", "little effect on chronic insomnia"), treating
    against preventing ("shortens colds", "does not prevent colds"), questions and another
    product's or an activity's effect ("Coffee can raise blood pressure", "Skipping meals
    raises it") are not flagged.

    Why it matters:
    Whether a treatment works, and which way it moves a number a reader is managing, is
    the core of the advice; saying both leaves the reader with the one they hoped for.

    Example:
    "Licorice root tea lowers blood pressure naturally." … "Regular use of licorice can
    raise blood pressure."

    Better:
    Report the evidence once, with its direction and size.
    """

    code = "CON007"
    name = "contradiction.effect-direction"
    category = "contradiction"
    severity = Severity.ERROR

    kind = "direction"

    def message(self, c: Conflict[TypedClaim]) -> str:
        odd, other = c.odd, c.partner
        if odd.type == "benefit":
            return (f"Contradiction about whether it works: says it helps here ({_quote(odd.cue)}); "
                    f"says it does not there ({_quote(other.cue)})")
        quantity = next(iter(odd.topic)).replace("_", " ")
        return (f"Contradiction about the effect on {quantity}: says it "
                f"{_DIRECTION_WORDS[odd.side]} it here ({_quote(odd.cue)}); says it "
                f"{_DIRECTION_WORDS[other.side]} it there ({_quote(other.cue)})")


RULES = [AffirmedVersusNegated, SafeVersusHarm, ReversibleVersusPermanent, DoseLimit,
         Interactions, SafetyScope, EffectDirection]
