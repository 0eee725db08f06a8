"""The article's genre: news report, press release, consumer health guide or product page.

Some expectations belong to one genre. A news report quotes independent experts and is
dated; a press release speaks for the institution or company behind the work and is judged
by HealthNewsReview.org's release criteria; a consumer guide addresses the reader ("you",
"talk to your doctor") and is expected to carry a medical reviewer; a product page sells
("add to cart", "our gummies", prices) and owes the DSHEA disclaimer. Rules that depend on
the genre read it from here instead of guessing on their own.

The decision is a weighted count of content cues (``knowledge/genre_cues.toml``, each cue
with its source): datelines, wire credits, "said" density, "FOR IMMEDIATE RELEASE", an
"About <Organisation>" boilerplate, media contacts, first- and second-person address, how-to
headings, prices and shop furniture; and a medical reviewer named in front matter (consumer
guides). Front matter can state the genre outright
(``genre:`` or ``type:``), which wins. Content, not file syntax, decides: the same text as
``.md`` or ``.txt`` gets the same genre.

``confidence`` is the winning score's share of all scores plus one (a pseudo-count for "none
of these", so one weak cue gives a low confidence); ``label`` is ``"unknown"`` when no cue
fired at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lint_rules.knowledge import read_lines, read_toml
from lint_rules.store.compiled_re import (
    AlternativesScan,
    BoundaryScan,
    compile_re,
    fold,
    lowered_pattern,
    lowered_text,
    required_literals_many,
)

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

NEWS, PRESS_RELEASE, CONSUMER_GUIDE, PRODUCT_PAGE, UNKNOWN = (
    "news", "press_release", "consumer_guide", "product_page", "unknown",
)
GENRES = (NEWS, PRESS_RELEASE, CONSUMER_GUIDE, PRODUCT_PAGE)

#: Front-matter values that name a genre directly.
_META_NAMES = {
    "news": NEWS, "news report": NEWS, "news story": NEWS, "story": NEWS, "article": None,
    "press release": PRESS_RELEASE, "press_release": PRESS_RELEASE, "news release": PRESS_RELEASE,
    "release": PRESS_RELEASE, "guide": CONSUMER_GUIDE, "consumer guide": CONSUMER_GUIDE,
    "consumer_guide": CONSUMER_GUIDE, "health guide": CONSUMER_GUIDE, "explainer": CONSUMER_GUIDE,
    "blog": CONSUMER_GUIDE, "product": PRODUCT_PAGE, "product page": PRODUCT_PAGE,
    "product_page": PRODUCT_PAGE, "shop": PRODUCT_PAGE,
}


@dataclass(frozen=True)
class Cue:
    """One genre cue of ``genre_cues.toml``: its pattern, weight and cap."""
    name: str
    pattern: re.Pattern[str]
    weight: float
    cap: int
    needs_another: bool = False
    #: one of these is in every match (``required_literals``): a text that holds none of
    #: them is not scanned for the cue (most cues are absent from most articles)
    literals: tuple[str, ...] | None = None
    #: the same test without IGNORECASE, to run on lower-cased text (``lowered_pattern``)
    lower: re.Pattern[str] | None = None
    #: what finds ``pattern``'s and ``lower``'s matches: a ``BoundaryScan`` where every
    #: match begins with ``\b`` (the same matches, several times faster over an article)
    scan: re.Pattern[str] | BoundaryScan | None = None
    lower_scan: re.Pattern[str] | BoundaryScan | None = None
    #: a pattern of several top-level alternatives is scanned alternative by alternative
    #: (``AlternativesScan``: the same matches; "(Reuters)|\bHealthDay\b|…" or an
    #: alternative that keeps its case otherwise makes SRE try it at every position)
    split: AlternativesScan | None = None


@dataclass(frozen=True)
class Genre:
    """A document's genre, how sure the classifier is, and the cues that decided it."""
    label: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    #: genre -> the names of the cues that fired, with their counts
    cues: dict[str, dict[str, int]] = field(default_factory=dict)
    source: str = "content"  #: "content" or "metadata"

    def is_(self, *labels: str) -> bool:
        return self.label in labels

    def as_dict(self) -> dict[str, object]:
        return {"label": self.label, "confidence": round(self.confidence, 3),
                "scores": {k: round(v, 2) for k, v in self.scores.items()},
                "cues": self.cues, "source": self.source}


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[Cue, ...]]:
    data = read_toml("genre_cues.toml")
    rows = [(genre, name, row, compile_re(row["pattern"], re.IGNORECASE | re.MULTILINE))
            for genre in GENRES for name, row in data[genre].items()]
    # the literals of every cue at once, from the disk cache: parsing the patterns again in
    # each new process was about 1 % of a pre-commit run
    literals = required_literals_many(tuple(pattern for _, _, _, pattern in rows))
    lowers = [compile_re(low, re.MULTILINE) if (low := lowered_pattern(row["pattern"])) is not None else None
              for _, _, row, _ in rows]
    patterns = [pattern for _, _, _, pattern in rows]
    splits = AlternativesScan.many(patterns)
    # every pattern scanned whole, with its BoundaryScan if it has one (decided once per machine)
    whole = [pattern for pattern, split in zip(patterns, splits, strict=True) if split is None]
    whole += [low for low, split in zip(lowers, splits, strict=True) if low is not None and split is None]
    scans = {id(p): scan for p, scan in zip(whole, BoundaryScan.many(whole), strict=True)}

    def scan(pattern: re.Pattern[str] | None) -> re.Pattern[str] | BoundaryScan | None:
        return None if pattern is None else scans.get(id(pattern)) or pattern

    out: dict[str, list[Cue]] = {genre: [] for genre in GENRES}
    for (genre, name, row, pattern), needed, lower, split in zip(rows, literals, lowers, splits, strict=True):
        out[genre].append(Cue(name, pattern, float(row["weight"]), int(row["cap"]),
                              bool(row.get("needs_another", False)), needed, lower,
                              scan(pattern), scan(lower), split))
    return {genre: tuple(cues) for genre, cues in out.items()}


def genre(doc: Document) -> Genre:
    """The document's genre, computed once per document."""
    return doc.analysis("genre", classify)


#: A named medical reviewer marks a consumer page (news reports and releases have none).
#: (Counting section headings was tried and dropped: news stories with subheads became guides.)
_REVIEWER_WEIGHT = 2.0


def classify(doc: Document) -> Genre:
    declared = _declared(doc)
    result = classify_text(doc.text, words=len(doc.text.split()))
    if doc.meta.get("reviewer") or doc.meta.get("reviewed_by") or doc.meta.get("medically_reviewed_by"):
        scores = dict(result.scores)
        scores[CONSUMER_GUIDE] += _REVIEWER_WEIGHT
        cues = {g: dict(c) for g, c in result.cues.items()}
        cues.setdefault(CONSUMER_GUIDE, {})["reviewer"] = 1
        best = max(GENRES, key=lambda g: scores[g])
        result = Genre(best, scores[best] / (sum(scores.values()) + 1.0), scores, cues)
    if declared:
        return Genre(declared, 1.0, result.scores, result.cues, source="metadata")
    return result


def _declared(doc: Document) -> str | None:
    for key in ("genre", "type", "content_type", "page_type"):
        value = doc.meta.get(key)
        if isinstance(value, str):
            found = _META_NAMES.get(value.strip().lower().replace("-", " "))
            if found:
                return found
    return None


def classify_text(text: str, *, words: int | None = None) -> Genre:
    """Genre of plain text (the document's prose). Density cues ("said", "you") are
    counted per 500 words so a long story does not outvote a short release on length."""
    words = words if words is not None else len(text.split())
    scale = min(1.0, 500.0 / max(words, 1))
    scores: dict[str, float] = {}
    fired: dict[str, dict[str, int]] = {}
    folded = fold(text)
    low = lowered_text(text)  # the lower-case patterns' text (None: IGNORECASE on the text)
    for g, rows in cues().items():
        total = 0.0
        lone: list[float] = []
        for cue in rows:
            if cue.literals is not None and not any(lit in folded for lit in cue.literals):
                continue
            n = 0
            if cue.split is not None:
                scan = cue.split.finditer(text, low)
            elif low is not None and cue.lower_scan is not None:
                scan = cue.lower_scan.finditer(low)
            else:
                scan = (cue.scan or cue.pattern).finditer(text)
            for _ in scan:
                n += 1
                if cue.cap > 1 and n >= cue.cap / scale:  # density cues: cap on the scaled count
                    break
                if cue.cap == 1:
                    break
            if not n:
                continue
            count = min(cue.cap, n * scale) if cue.cap > 1 else 1
            fired.setdefault(g, {})[cue.name] = n
            if cue.needs_another:
                lone.append(cue.weight * count)
            else:
                total += cue.weight * count
        if total > 0:
            total += sum(lone)
        scores[g] = total
    best = max(GENRES, key=lambda g: scores[g])
    total = sum(scores.values())
    if total <= 0:
        return Genre(UNKNOWN, 0.0, scores, fired)
    return Genre(best, scores[best] / (total + 1.0), scores, fired)


def newsroom(doc: Document) -> bool:
    """A news report or press release by more than its byline (a "By …" line alone is
    also how consumer guides start): the genre analysis is confident and a newsroom cue
    other than the byline fired. The conventions of consumer health pages and supplement
    sellers (a medical reviewer, the DSHEA disclaimer, supplement claim rules, a fresh
    date) are not a newsroom's."""
    g = genre(doc)
    return (g.is_(NEWS, PRESS_RELEASE) and (g.source == "metadata" or (
        g.confidence >= 0.5 and any(name != "byline" for name in g.cues.get(g.label, {})))))


#: How many times "said"/"says"/"told" must occur before an article that is not confidently
#: a newsroom's is still taken to report what people say (a consumer guide or seller page
#: quotes one or two people; a news explainer that lacks a dateline quotes many).
_REPORTING_SAID = 6


def reporting(doc: Document) -> bool:
    """The article reports on others rather than speaking for a product: a newsroom
    (``newsroom``), or prose that relays its sources as news does ("said" six times or more)
    with no sign of selling (no shop cue, no product page). Supplement labelling rules (the
    DSHEA disclaimer, disease claims) bind sellers, not a report that weighs the evidence."""
    if newsroom(doc):
        return True
    g = genre(doc)
    return (g.cues.get(NEWS, {}).get("said", 0) >= _REPORTING_SAID and g.label != PRODUCT_PAGE
            and not g.scores.get(PRODUCT_PAGE))


def issuer_voice(doc: Document) -> bool:
    """The people an article quotes speak for its publisher: a press release quotes the
    institution's or company's own staff, a product page the seller's. Their reported words
    are the publisher's claims, not relayed speech. Only when the genre is stated or clear
    (confidence 0.5 or more): a news story that mentions a coupon is not a shop."""
    g = genre(doc)
    return g.is_(PRESS_RELEASE, PRODUCT_PAGE) and (g.source == "metadata" or g.confidence >= 0.5)


@lru_cache(maxsize=1)
def _everyday_foods() -> frozenset[str]:
    return frozenset(read_lines("foods_everyday.txt"))


def ordinary_food(doc: Document, name: str) -> bool:
    """``name`` is an everyday food or drink as people eat it ("olive oil", "tart cherry
    juice", "green tea"; ``knowledge/foods_everyday.txt``) on a page that does not sell:
    a conventional food in a report of diet research, not a supplement product. On a
    product page (or with any shop cue) the seller's olive oil is a product like any other."""
    words = " ".join(name.lower().replace("’", "'").split())
    foods = _everyday_foods()
    if not (words in foods or any(words.endswith(" " + f) for f in foods)):
        return False
    g = genre(doc)
    return g.label != PRODUCT_PAGE and not g.scores.get(PRODUCT_PAGE)
