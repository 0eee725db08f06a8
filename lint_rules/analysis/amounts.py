"""Amounts of a dose, read as one structure: a number and a unit (``knowledge/dose_amounts.toml``:
UCUM and FDA SPL units, the household measures of the FDA dosing-device guidance), how often
(a frequency: "twice a day", "four times in 24 hours", "every 6 hours") and the bound the clause
puts on it (at most, at least, or none: a stated amount).

Why one reading instead of phrase lists per claim: a limit is the same fact however the words
are ordered ("never exceed four capsules a day", "four capsules a day at most", "use it no more
than twice a day", "keep it to 3 mg", "the most you should take is 1,200 mg a day"), and two
amounts can be compared only when both are read as numbers in one unit per one period ("safe
at 10 mg a day" is above "never more than 3 mg a day"; "up to 4 capsules" is not above "2
capsules a day"). Each reading keeps where its bound, number and object stand, so the claim
reader (``typed_claims``) asks whose dose it is from the object ("of it", "of coffee").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re

if TYPE_CHECKING:
    from lint_rules.document import Document

DATA_FILE = "dose_amounts.toml"

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a dozen": 12,
    "half a": 0.5, "half an": 0.5,
}
_NUMBER = (r"(?:\d[\d,]*(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty|sixty|a\s+single|a\s+couple\s+of|a\s+dozen|half\s+an?|an?)(?![a-z]))")


@dataclass(frozen=True)
class Amount:
    """One amount read in a sentence."""

    start: int  #: where the reading starts (its bound word, else the number)
    end: int  #: where it ends (after the period or the bound word that follows)
    number_start: int  #: where the number is
    value: float | None  #: the number (per period), None for a bound with no number ("below the upper limit")
    unit: str  #: the unit's dimension key: "mass", "volume", "activity", "substance", a counted unit
    #: ("capsule", "cup") or "time" (a frequency)
    base: float | None  #: ``value`` in the dimension's base unit (mg, mL, IU), else ``value``
    per: str  #: the period: "day", "week", "month", "hour", "sitting" or ""
    bound: str  #: "max", "min", "any" (no bound: "as many as you like") or "" (a stated amount)
    obj: tuple[int, int] | None  #: whose amount, when the words say it: "of X", a limiting verb's object

    def above(self, other: Amount) -> bool:
        """This amount is more than ``other`` in one unit and one period ("10 mg a day" and
        "3 mg a day"; not "two tablets" and "400 mg", nor "a day" and "a week")."""
        if self.base is None or other.base is None or self.unit != other.unit:
            return False
        if self.per != other.per:
            return False  # (a missing period compares with nothing: "3 a day" is not above "1 at a time")
        return self.base > other.base


@dataclass(frozen=True)
class _Tables:
    amount: re.Pattern[str]
    unit_of: dict[str, tuple[str, float]]
    times: dict[str, int]
    period_of: dict[str, str]
    max_before: re.Pattern[str]
    up_to_before: re.Pattern[str]
    max_after: re.Pattern[str]
    min_before: re.Pattern[str]
    min_after: re.Pattern[str]
    max_named: re.Pattern[str]
    any_: re.Pattern[str]
    any_negated: re.Pattern[str]


def _plurals(word: str) -> list[str]:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word, word[:-1] + "ies"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"]
    return [word, word + "s"]




@functools.cache
def _tables() -> _Tables:
    d: dict[str, Any] = read_toml(DATA_FILE)
    unit_of: dict[str, tuple[str, float]] = {}
    for dim in ("mass", "volume", "activity", "substance"):
        for name, factor in d["units"][dim].items():
            for form in _plurals(name) if len(name) > 3 and name.isalpha() else [name]:
                unit_of[form] = (dim, float(factor))
    for name in d["units"]["counted"]:
        for form in _plurals(name):
            unit_of[form] = (name, 1.0)
    times = dict(d["frequency"]["times"])
    period_of = dict(d["frequency"]["periods"])
    nouns = [p for p in period_of if not p.endswith("ly")]
    adverbs = [p for p in period_of if p.endswith("ly")]

    def period(tag: str) -> str:  # the period a rate is given per ("a day", "in 24 hours", "daily")
        return (rf"(?:(?:(?:at\s+a|at\s+any\s+one|a|an|per|each|every|for\s+each|in\s+(?:a|an|any|one)|in)\s+(?:single\s+)?)(?P<p{tag}>{phrase_alternation(nouns)})"
                rf"|(?P<q{tag}>{phrase_alternation(adverbs)}))(?![a-z])")

    units = phrase_alternation(list(unit_of))
    # an object after the unit ("of curcumin", "of it"), stopped before a period or a clause word
    obj = (r"(?:\s+of\s+(?P<obj>(?:the\s+|this\s+|your\s+)?[\w'-]+(?:\s+(?!(?:a|an|per|each|every|in|at|daily|or|and|"
           r"with|to|for|if|unless|as|because|but|on|is|are|was|were|can|may|will|should)(?![\w'-]))[\w'-]+){0,3}))?")
    amount = (
        rf"(?P<n>{_NUMBER})\s*(?:-\s*)?(?:(?!(?:a|an|per|each|every|in|of)\s)[a-z][\w-]*\s+){{0,2}}?(?P<u>{units})(?![\w-])"
        rf"(?:\s*\([^()]{{1,30}}\))?{obj}(?:\s*,?\s*{period('a')})?"
        rf"|(?P<f>once|twice|thrice|{_NUMBER}\s+times)\s+{period('f')}"
        rf"|(?P<f2>once|twice|thrice|{_NUMBER}\s+times)(?![a-z])"
        rf"|every\s+(?P<h>{_NUMBER})(?:\s*(?:to|-|or)\s*\d+)?\s+hours(?![a-z])"
    )
    b = d["bound"]
    approx = b["approx"]
    max_before = "(?:" + "|".join(b["max_before"]) + r")\s+" + approx + "$"
    return _Tables(
        amount=compile_re(r"(?<![\w.,])(?:" + amount + ")"),
        unit_of=unit_of,
        times=times,
        period_of=period_of,
        max_before=compile_re(r"(?<![a-z])" + max_before),
        # the verb or colon, then "up to" ("take up to", "Adults: up to")
        up_to_before=compile_re(r"(?:" + b["up_to_before"].removesuffix("$") + r")" + b["up_to"] + r"\s+" + approx + "$"),
        max_after=compile_re("(?:" + "|".join(b["max_after"]) + ")"),
        min_before=compile_re(r"(?<![a-z])(?:" + "|".join(b["min_before"]) + r")\s+" + approx + "$"),
        min_after=compile_re("(?:" + "|".join(b["min_after"]) + ")"),
        max_named=compile_re(r"(?<![a-z])" + b["max_named"]),
        any_=compile_re(r"(?<![a-z])(?:" + "|".join(b["any"]) + ")"),
        any_negated=compile_re(b["any_negated"]),
    )


#: Right after a unit: per body weight ("mg/kg", "mg per kg", "mg for each kilogram").
_PER_WEIGHT = compile_re(r"\s*(?:/|per\s+|a\s+|each\s+|for\s+each\s+|of\s+body\s*weight\s+per\s+)(?:kg|kilo(?:gram|gramme)?s?)(?![a-z])")


#: A bound word after the amount with the amount's object after it ("one scoop max of the whey").
_BOUND_THEN_OBJECT = compile_re(r",?\s+(?:max(?:imum)?|tops|at\s+most)\s+of\s+(?P<obj>(?:the\s+|your\s+|this\s+)?[\w'-]+)")


@functools.cache
def _other_things() -> frozenset[str]:
    from lint_rules.knowledge import read_lines

    return frozenset(read_lines("foods_drugs_wordnet.txt")) | frozenset(read_toml(DATA_FILE)["other"]["things"])


def other_thing(words: str) -> bool:
    """``words`` (lower case, an amount's object: "coffee", "the salt", "red wine") name a food,
    drink, drug or nutrient of its own (WordNet's foods, drinks and drugs; the nutrients a daily
    intake is set for): an amount of it is not a product's dose unless the product is named so."""
    w = re.sub(r"^(?:the|your|this|that|some|any|extra|added)\s+", "", words.strip())
    return w in _other_things() or (bool(w.split()) and w.split()[-1] in _other_things())


def no_bound_denied(text: str, lo: int, start: int) -> bool:
    """A negation right before a promise of no bound at ``start`` (``text`` lower case, ``lo``
    the sentence's start) turns it round: "you can't take as many as you like"."""
    return bool(_tables().any_negated.search(text, max(lo, start - 40), start))


@functools.cache
def _dose_forms() -> frozenset[str]:
    return frozenset(read_toml(DATA_FILE)["units"]["dose_forms"])


def dose_form(unit: str) -> bool:
    """``unit`` (an ``Amount.unit`` key) is a product's own dose form ("capsule", "drop",
    "scoop"), not a household or generic measure ("cup", "glass", "serving")."""
    return unit in _dose_forms()


def names_dose_form(text: str) -> bool:
    """``text`` (lower case) names a dose form ("each spray", "two tablets"; ``dose_form``)."""
    unit_of = _tables().unit_of
    return any(w in unit_of and dose_form(unit_of[w][0]) for w in re.findall(r"[a-z]+", text))


def unit_word(words: str) -> bool:
    """``words`` are a dose unit ("scoops", "the tablets", "cups", "doses"): the dose itself."""
    w = re.sub(r"^(?:the|your|these|those|extra)\s+", "", words.strip())
    return w in _tables().unit_of or w in ("doses", "dose")


def _number(text: str) -> float | None:
    t = re.sub(r"\s+", " ", text.strip())
    if t in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[t])
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _low(doc: Document) -> str:
    low = doc.text.lower().replace("’", "'")
    return low if len(low) == len(doc.text) else doc.text


def amounts(doc: Document) -> list[Amount]:
    """Every amount the document states, in order, with its bound (computed once)."""
    return doc.analysis("dose-amounts", _read)


def amounts_in(doc: Document, k: int) -> list[Amount]:
    """The amounts sentence ``k`` states."""
    s = doc.sentences[k]
    return [a for a in amounts(doc) if s.start <= a.number_start < s.end]


def _read(doc: Document) -> list[Amount]:
    t = _tables()
    low = _low(doc)
    out: list[Amount] = []
    for s in doc.sentences:
        a = s.start
        for m in t.amount.finditer(low, a, s.end):
            out.append(_reading(t, low, a, s.end, m))
        for m in t.max_named.finditer(low, a, s.end):
            out.append(Amount(m.start(), m.end(), m.start(), None, "", None, "", "max", None))
        for m in t.any_.finditer(low, a, s.end):
            if t.any_negated.search(low, max(a, m.start() - 40), m.start()):
                continue  # "you can't take as much as you like"
            g = next((g for g in ("o", "o2", "o3", "o4", "o5") if m.group(g) and m.group(g).strip()), None)
            obj = (m.start(g), m.start(g) + len(m.group(g).rstrip())) if g else None
            out.append(Amount(m.start(), m.end(), m.start(), None, "", None, "", "any", obj))
    return out


def _reading(t: _Tables, low: str, a: int, b: int, m: re.Match[str]) -> Amount:
    said = next((m.group(g) for g in ("pa", "qa", "pf", "qf") if m.group(g)), "")
    per = t.period_of.get(re.sub(r"\s+", " ", said), "")
    obj = (m.start("obj"), m.end("obj")) if m.group("obj") else None
    if m.group("u"):
        unit, factor = t.unit_of.get(re.sub(r"\s+", " ", m.group("u")), ("", 1.0))
        if _PER_WEIGHT.match(low, m.end("u")):
            unit += "/kg"  # "15 mg per kg": a dose by body weight, not comparable with "500 mg"
        value = _number(m.group("n"))
        base = value * factor if value is not None else None
    elif m.group("h"):
        hours = _number(m.group("h"))
        unit, per = "time", "day"
        value = base = 24.0 / hours if hours else None
    else:
        f = (m.group("f") or m.group("f2")).strip()
        unit = "time"
        value = float(t.times[f]) if f in t.times else _number(re.sub(r"\s+times$", "", f))
        base = value
    start, end, bound = m.start(), m.end(), ""
    window = low[max(a, start - 90):start]
    cut = max(window.rfind("."), window.rfind(";"), window.rfind("!"), window.rfind("?"))
    if cut >= 0:
        window = window[cut + 1:]
    w0 = start - len(window)
    after = t.max_after.match(low, end, b)
    if (bm := t.max_before.search(window)) or (bm := t.up_to_before.search(window)):
        bound, start = "max", w0 + bm.start()
        for g in ("o", "o2"):
            if g in bm.re.groupindex and bm.group(g) and bm.group(g).strip():
                # the limiting verb's object is whose dose it is ("keep it under 25 mg of B6":
                # the "of" noun then names what the amount measures)
                obj = (w0 + bm.start(g), w0 + bm.start(g) + len(bm.group(g).rstrip()))
    elif after:
        bound, end = "max", after.end()
    elif late := _BOUND_THEN_OBJECT.match(low, end, b):
        bound, end = "max", late.end()  # "one scoop max of the whey": the object after the bound
        obj = obj or (late.start("obj"), late.end("obj"))
    elif (bm := t.min_before.search(window)) or t.min_after.match(low, end, b):
        bound = "min"
        if bm:
            start = w0 + bm.start()
    return Amount(start, end, m.start(), value, unit, base, per, bound, obj)
