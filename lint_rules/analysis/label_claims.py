"""Claims written as labels with values: a fact box, a table row, a heading over a list.

Health pages put claims in key-value form as often as in sentences: "Interactions: none
known", "Side effects: none reported", "Drowsiness: no", "Suitable for: everyone", a table
row "| Allergens | None |", a "Side effects" heading over the one item "- none". No verb
says anything there: the *layout* pairs a label (what is claimed about) with a value (which
side). This module reads that structure, once, from the document model's blocks and source
lines, and gives the same claims a sentence would give:

- an effect label (the adverse-effects labels, or a label that is itself one effect concept:
  "Drowsiness") with "none"/"no" is a denial (made a ``contradictions.Claim``, stance "safe"
  for side effects as a whole, "negated" for one effect); with "yes" the effect is affirmed;
- "Interactions: none" is ``interaction/none``; "Allergens: none" is ``scope/safe`` for
  every allergen; "Suitable for: everyone" and "Contraindications: none" (the FDA label's
  own wording when none are known) are ``scope/safe`` for everyone (made a ``TypedClaim``).

A label line has no subject of its own: it is the page's, so its owner is the document's
main intervention, and only when that exists and the line (and the heading above it) names
no other intervention and no study, result or comparison (``[owner]``). A label that is
qualified ("Serious side effects", "Side effects in the trial"), a value outside the closed
lists, a line inside a running sentence and a table row of more than two cells are no claim.
Labels, values and their sources are data (``knowledge/claim_frames.toml``).

A line whose value is a clipped clause rather than a closed value ("Joint pain: not seen with
X", "Heart rate? Unaffected by X", "Effect of X on blood sugar: lowers", "Results: permanent") is
read once by ``key_values``: the key says what is claimed about (an effect concept, a measure,
the results), the value which side, and ``key_value_claims`` gives every claim type from that
one reading (effect denials, directions, courses; ``[key_values]`` in the data).

Public API: ``effect_claims(doc)``, ``typed_label_claims(doc)`` (both from ``label_lines(doc)``)
and ``key_value_claims(doc)`` (from ``key_values(doc)``), each computed once per document, as
``FrameClaim`` records, the type the other structure readers (``denial_frames``,
``scope_frames``) return too.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint_rules.knowledge import phrase_alternation, read_toml
from lint_rules.store.compiled_re import compile_re
from lint_rules.structure import BODY, CODE, HEADING, HTML, LIST_ITEM, TABLE

if TYPE_CHECKING:  # pragma: no cover
    from lint_rules.document import Document

DATA_FILE = "claim_frames.toml"


@dataclass(frozen=True)
class FrameClaim:
    """A claim a structure carries, as plain data: ``contradictions`` makes an effect's a
    ``Claim`` and ``typed_claims`` a typed one a ``TypedClaim`` (these readers import neither,
    so the analyses stay acyclic)."""

    type: str  #: "effect", or a typed claim's type (interaction, scope)
    side: str  #: an effect's stance (safe, negated, affirmed), or the typed claim's side
    start: int
    end: int
    sentence: int
    subject: str  #: the product it is about
    text: str
    cue: str = ""
    topic: frozenset[str] = frozenset()
    aspect: str = ""
    concept_id: str = ""
    label: str = ""
    kind: str = ""
    matched: str = ""
    names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LabelLine:
    """One label with its value, as the layout pairs them."""

    label: str  #: side_effects, interactions, allergens, suitable, contraindications, or "effect"
    value: str  #: none, yes, everyone
    start: int  #: prose offset of the label
    end: int  #: prose offset after the value
    label_end: int
    sentence: int


@dataclass(frozen=True)
class _Data:
    label_of: dict[str, str]
    value_of: dict[str, str]
    value_re: re.Pattern[str]
    aside: re.Pattern[str]
    aside_condition: re.Pattern[str]
    own_tail: re.Pattern[str]
    label_re: re.Pattern[str]
    not_product: re.Pattern[str]
    record: re.Pattern[str]
    title_field: re.Pattern[str]
    product_noun: re.Pattern[str]
    qualifier: re.Pattern[str]
    generic_titles: frozenset[str]


@functools.cache
def _data() -> _Data:
    d = read_toml(DATA_FILE)
    label_of = {" ".join(w.split()): kind for kind, words in d["labels"].items() for w in words}
    # an allergen the EU food label names (Regulation (EU) No 1169/2011 Annex II) as a label of its
    # own ("Lactose: none", "Gluten: 0"): the words of its kind in [allergen.kinds]
    kinds = read_toml("contradiction_claims.toml")["allergen"]["kinds"]
    for kind in d["label_allergens"]["kinds"]:
        for w in kinds.get(kind, ()):
            label_of.setdefault(" ".join(w.split()), "allergen:" + kind)
    value_of = {" ".join(w.split()): kind for kind, words in d["values"].items() for w in words}
    labels = sorted(label_of, key=len, reverse=True)
    values = sorted(value_of, key=len, reverse=True)
    own = phrase_alternation(d["label_allergens"]["own_prepositions"])
    return _Data(
        label_of=label_of,
        value_of=value_of,
        # a value with the product named after it ("none with Zanta", "none for this tablet"),
        # then, after a dash, a semicolon or a bracket, an aside ("none — suitable if you are
        # lactose intolerant"): the value is the words before
        value_re=compile_re(r"(?P<v>" + phrase_alternation(values) + r")(?:\s+(?P<own>(?:" + own + r")\s+[^—–;(]{1,40}?))?"
                            r"\s*(?:(?P<aside>(?:\s[-–—]|[—–;(,]).*))?", re.IGNORECASE),
        own_tail=compile_re(r"\s+(?:" + own + r")\s+(?P<n>[^:|\n]{1,40})\Z", re.IGNORECASE),
        # an aside that limits or takes the value back ("none — except the 10 mg tablet")
        # an aside that opens as a condition or a scope of the value ("none (in adults)", "none —
        # when taken as directed", "none, at the usual dose"): the value holds only there
        aside_condition=compile_re(r"[\s\-–—;(,]*(?:" + phrase_alternation(d["label_allergens"]["aside_conditions"])
                                   + r")(?![a-z])", re.IGNORECASE),
        aside=compile_re(r"(?<![a-z])(?:" + "|".join(d["label_allergens"]["aside_limits"]) + r")(?![a-z])", re.IGNORECASE),
        # a label at a line start (after a bullet or a table bar), then ":" or a dash; the label may
        # name the product it is about ("Allergens in Zanta:", "Interactions with Zanta:")
        label_re=compile_re(r"(?P<l>" + phrase_alternation(labels) + r")(?:\s+(?P<own>(?:" + own + r")\s+[^:|\n]{1,40}?))?"
                            r"\s*(?::|\s[-–—]\s|\|)\s*", re.IGNORECASE),
        not_product=compile_re(r"(?<![a-z])(?:" + "|".join(d["owner"]["not_product"]) + r")(?![a-z])", re.IGNORECASE),
        # a record's line: its field name, then ":" or the end of the line ("Day 3")
        record=compile_re(r"(?:" + "|".join(d["owner"]["record"]) + r")\s*(?::|\Z)", re.IGNORECASE),
        # "Product: Velmo tablets": the field and the name after it
        title_field=compile_re(r"(?:" + phrase_alternation(d["owner"]["title_fields"]) + r")\s*:\s*(?P<v>\S.*)",
                               re.IGNORECASE),
        product_noun=compile_re(r"(?<![a-z])(?:" + "|".join(d["owner"]["product_nouns"]) + r")(?![a-z])", re.IGNORECASE),
        qualifier=compile_re(r"(?<![a-z])(?:" + "|".join(d["owner"]["qualifiers"]) + r")(?![a-z])", re.IGNORECASE),
        generic_titles=frozenset(" ".join(w.split()) for w in d["owner"]["generic_titles"]),
    )


def field_label(name: str) -> bool:
    """``name`` (the words before a line's colon) is a label line's field ("Side Effects",
    "Allergens in Zanta", "Interactions"), a record's field ("Day 3") or a title field
    ("Product"): a field of the page, not a product's name."""
    d = _data()
    text = " ".join(name.split()) + ": x"
    return bool(d.label_re.match(text) or d.record.match(text) or d.title_field.match(text))


_BULLET = compile_re(r"[ \t]*(?:[-*•·▪◦|]|\d{1,2}[.)])?[ \t]*")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).rstrip(".").strip()


def label_lines(doc: Document) -> list[LabelLine]:
    """Every label with its value in the document's body (computed once)."""
    return doc.analysis("label-lines", _build)


def _build(doc: Document) -> list[LabelLine]:
    low = doc.text.lower()
    if not any(w in low for w in ("effect", "interaction", "allergen", "allergy", "suitable", "safe for",
                                  "contraindication", "who ", "adverse", "reaction", ":", "|")):
        return []
    out: list[LabelLine] = []
    blocks = doc.blocks
    for b, block in enumerate(blocks):
        if block.role != BODY or block.kind in (CODE, HTML) or block.end <= block.start:
            continue
        if block.kind == TABLE:
            out.extend(_table_row(doc, b))
            continue
        if block.kind in (HEADING, "paragraph") and b + 2 < len(blocks) \
                and blocks[b + 1].kind == LIST_ITEM and blocks[b + 2].kind == LIST_ITEM:
            continue  # "### Interactions: none known" over a list of products: the list's title
        out.extend(_lines_of(doc, b))
        if block.kind == LIST_ITEM and (b == 0 or blocks[b - 1].kind != LIST_ITEM):
            out.extend(_heading_list(doc, b))
    return sorted(set(out), key=lambda x: x.start)


def _sentence(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    return bisect.bisect_right(starts, offset) - 1


def _effect_label(doc: Document, start: int, end: int) -> bool:
    """The label is itself one effect concept ("Drowsiness", "Hair loss")."""
    from lint_rules.analysis.mentions import mentions

    return any(m.start == start and m.end == end and m.kind in ("finding", "general") for m in mentions(doc))


def _line_spans(doc: Document, b: int) -> tuple[tuple[int, int], ...]:
    """The block's prose split where its source lines break, worked out once per block of a
    document. Why kept: the label readings ask for the same blocks again and again (each
    block's box neighbours, the key-value lines, the record test over a box), and each
    answer maps every whitespace run of the block to its source line (issue 17: about ten
    asks an article for seven blocks, 3 % of a corpus run)."""
    memo: dict[int, tuple[tuple[int, int], ...]] = doc.analysis("label-line-spans", lambda d: {})
    spans = memo.get(b)
    if spans is None:
        spans = memo[b] = tuple(_read_line_spans(doc, b))
    return spans


def _read_line_spans(doc: Document, b: int) -> list[tuple[int, int]]:
    block = doc.blocks[b]
    text = doc.text
    spans: list[tuple[int, int]] = []
    lo = block.start
    last = doc.line_of(lo)
    for m in re.finditer(r"\s+", text[block.start:block.end]):
        at = block.start + m.end()
        line = doc.line_of(at)
        if line != last:
            spans.append((lo, block.start + m.start()))
            lo, last = at, line
    spans.append((lo, block.end))
    return spans


def _lines_of(doc: Document, b: int) -> list[LabelLine]:
    """"Label: value" lines of a paragraph, list item or heading: the label opens its
    source line and the value is the rest of it."""
    data = _data()
    out: list[LabelLine] = []
    text = doc.text
    block_text = text[doc.blocks[b].start:doc.blocks[b].end]
    if ":" not in block_text and "|" not in block_text and "–" not in block_text and " - " not in block_text and "—" not in block_text:
        return out
    effects: list[LabelLine] = []
    for c in _box_neighbours(doc, b):
        for lo, hi in _line_spans(doc, c):
            at = _BULLET.match(text, lo, hi)
            pos = at.end() if at else lo
            if data.record.match(text[pos:hi]) or ((title := data.title_field.match(text, pos, hi)) is not None
                                                   and not _names_product(doc, title.start("v"), hi)) \
                    or (":" not in text[pos:hi] and not data.label_re.match(text, pos, hi)
                        and (_other_title(doc, pos, hi) or not _products_title(doc, pos, hi))):
                return []  # the box (split into blocks by a plain-text parser) is a record's or another thing's
    spans = _line_spans(doc, b)
    if len(spans) == 1 and not _box_neighbours(doc, b) and b > 1 and _section_title(doc, b - 1) \
            and not _names_product(doc, doc.blocks[b - 1].start, doc.blocks[b - 1].end):
        return []  # a lone line under a title about something else ("Sunburn risk for people with darker skin")
    in_box = 0  # lines whose label is a claim label (not a generic field such as "Type" or "Dose")
    for lo, hi in spans:
        at = _BULLET.match(text, lo, hi)
        pos = at.end() if at else lo
        if data.record.match(text[pos:hi]):
            return []  # "Patient: J. Smith", "Day 3": a person's record, the values are theirs
        if (title := data.title_field.match(text, pos, hi)) is not None \
                and not _names_product(doc, title.start("v"), hi):
            return []  # "Product: Velmo tablets", "Recipe: golden milk": the box is another thing's
        if (lab := data.label_re.match(text, pos, hi)) is not None:
            in_box += data.label_of.get(_norm(lab.group("l")), "") != "box"
        elif (cut := text.find(":", pos, hi)) > pos and (data.qualifier.search(text, pos, cut)
                                                         or data.not_product.search(text, pos, cut)):
            return []  # a title line with a colon: "Reader review: Velmo", "Group B: results"
        elif ":" not in text[pos:hi] and (_other_title(doc, pos, hi) or not _products_title(doc, pos, hi)):
            return []  # the box's title line: "Trial results", "Ibuprofen"
        line = _read_pair(doc, pos, hi)
        if line is not None:
            out.append(line)
        elif (cut := text.find(":", pos, hi)) > pos and (value := _owned_value(doc, cut + 1, hi)) in ("none", "yes"):
            label_end = len(text[pos:cut].rstrip()) + pos
            if (own := data.own_tail.search(text, pos, label_end)) is not None \
                    and (_names_product(doc, own.start("n"), label_end) or points_to_product(doc, own.start("n"), label_end)):
                label_end = own.start()  # "Skin reactions with Zanta: none": the effect, said of the product
            if _effect_label(doc, pos, label_end):
                effects.append(LabelLine("effect", value, pos, hi, label_end, _sentence(doc, pos)))
    box = [b, *_box_neighbours(doc, b)]
    if effects and (in_box or _names_product(doc, min(doc.blocks[c].start for c in box), max(doc.blocks[c].end for c in box))
                    or any(_labelled(doc, c) for c in (b - 1, b + 1))):
        out.extend(effects)  # "Drowsiness: no" among the product's fields, not in a symptom diary
    return [x for x in out if _owned(doc, x)]


def _section_title(doc: Document, h: int) -> bool:
    """Block ``h`` is a title: a heading, or a one-line paragraph of a few words without a
    colon (a bold line standing alone)."""
    head = doc.blocks[h]
    if head.role != BODY:
        return False
    if head.kind == HEADING:
        return not _data().label_re.match(doc.text, head.start, head.end)
    words = doc.text[head.start:head.end]
    return head.kind == "paragraph" and doc.line_of(head.start) == doc.line_of(max(head.start, head.end - 1)) \
        and len(words.split()) <= 8 and ":" not in words and not words.rstrip().endswith(".")


def _box_neighbours(doc: Document, b: int) -> list[int]:
    """The blocks around ``b`` on the lines right before and after it, with no blank line
    between: one box that a plain-text parser split ("Product: …" as a paragraph, the last
    "Interactions: none known" as a heading of its own)."""
    blocks = doc.blocks
    out: list[int] = []
    c = b
    while c > 0 and blocks[c - 1].role == BODY and blocks[c - 1].kind not in (CODE, HTML, TABLE) \
            and doc.line_of(blocks[c].start) - doc.line_of(max(blocks[c - 1].start, blocks[c - 1].end - 1)) == 1:
        c -= 1
        out.append(c)
    c = b
    while c + 1 < len(blocks) and blocks[c + 1].role == BODY and blocks[c + 1].kind not in (CODE, HTML, TABLE) \
            and doc.line_of(blocks[c + 1].start) - doc.line_of(max(blocks[c].start, blocks[c].end - 1)) == 1:
        c += 1
        out.append(c)
    return out


def _names_product(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)`` names the page's product (its name or a name the interventions analysis
    reads as the main one)."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    mains = {product(doc), subjects.main} | {k for k, v in subjects.alias.items() if v in (product(doc), subjects.main)}
    data = _data()
    # "Drovane" of "Drovane tablets": the name before a product noun
    mains |= {n.split()[0] for n in mains if n and len(n.split()) == 2 and data.product_noun.fullmatch(n.split()[1])}
    low = doc.text[lo:hi].lower()
    if any(n and re.search(rf"(?<![a-z]){re.escape(n.lower())}(?![a-z])", low) for n in mains):
        return True
    return any(subjects.main_between(k, lo, hi)
               for k in range(max(0, _sentence(doc, lo)), _sentence(doc, max(lo, hi - 1)) + 1))


def _other_title(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)``, a title (a heading, a line or a bold line standing alone), is another
    thing's: a study, a result or a comparison ("Trial results"), another intervention
    ("Ibuprofen"), a page about something that is not the product ("About Velmo"), or a
    product noun without the product's name ("Orlo junior syrup"). (A capitalised word alone is
    no sign: title-case headings capitalise every word.)"""
    data = _data()
    if data.not_product.search(doc.text, lo, hi) or _names_other(doc, lo, hi):
        return True
    if _names_product(doc, lo, hi) or data.label_re.match(doc.text, lo, hi):
        return False
    title = doc.text[lo:hi].strip(" *_#\t")
    if re.match(r"(?i:about)\s+[A-Z]", title):
        return True  # "About Velmo" (not "About this medicine")
    # "Orlo junior syrup" (not the generic "Product details", "Medicine facts")
    return bool(data.product_noun.search(re.sub(r"(?i)\b(?:products?|medicines?|medications?|treatments?)\b", "", title)))


def _products_title(doc: Document, lo: int, hi: int) -> bool:
    """OPT-IN ownership: the title ``[lo, hi)`` makes its box the page product's only when it is
    a generic title of the closed list ("Key facts", "At a glance") or a label itself, or it
    names the product itself (not an ingredient alias) with no version, time or status
    qualifier ("Velmo 1.0", "Velmo (withdrawn)", "Group B", "Reader review" are not). An
    unknown title is not the product's."""
    data = _data()
    title = _norm(doc.text[lo:hi].strip(" *_#|\t:"))
    if not title or title in data.generic_titles or title in data.label_of:
        return True
    if data.qualifier.search(title) or data.not_product.search(title) or _names_other(doc, lo, hi):
        return False
    main = product(doc)
    names = {main} | ({main.split()[0]} if len(main.split()) == 2 and data.product_noun.fullmatch(main.split()[1]) else set())
    if any(n and re.search(rf"(?<![a-z]){re.escape(n.lower())}(?![a-z])", title) for n in names):
        return True
    return points_to_product(doc, lo, hi)


def points_to_product(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)`` has "this/these/our/its" before a product noun or the product's name
    ("this tablet", "our Zanta spray"); "this recipe", "our customers" are not the product."""
    data = _data()
    main = re.escape(product(doc)) if product(doc) else r"(?!x)x"
    return any(data.product_noun.fullmatch(w) or re.fullmatch(main, w, re.IGNORECASE)
               for m in re.finditer(r"(?<![a-z])(?:this|these|our|its)\s+([\w-]+)(?:\s+([\w-]+))?",
                                    doc.text[lo:hi], re.IGNORECASE)
               for w in m.groups() if w)  # "this tablet", "our Zanta spray", "this new cream"


def _names_other(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)`` names an intervention that is not the page's product."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    return any(subjects.other_between(k, lo, hi)
               for k in range(max(0, _sentence(doc, lo)), _sentence(doc, max(lo, hi - 1)) + 1))


def _labelled(doc: Document, b: int) -> bool:
    """Block ``b`` (next to a line) has a line opening on a fact-box field or a claim label."""
    if not 0 <= b < len(doc.blocks) or doc.blocks[b].role != BODY or doc.blocks[b].kind in (CODE, HTML):
        return False
    data = _data()
    for lo, hi in _line_spans(doc, b):
        at = _BULLET.match(doc.text, lo, hi)
        lab = data.label_re.match(doc.text, at.end() if at else lo, hi)
        if lab is not None and data.label_of.get(_norm(lab.group("l")), "") != "box":
            return True  # a claim label, not a generic field ("Dose: 50 mg")
    return False


def _value(raw: str) -> str:
    return _data().value_of.get(_norm(raw.strip(" \t|")), "")


def _owned_value(doc: Document, at: int, hi: int) -> str:
    """The closed value at ``[at, hi)`` of a label line, also when the product it is said of
    follows it ("none with Zanta", "none for this tablet": only the page's product) or an aside
    that does not limit it follows a dash, semicolon or bracket ("none — suitable if you are
    lactose intolerant"; not "none — except the 10 mg tablet")."""
    data = _data()
    plain = _value(doc.text[at:hi])
    if plain:
        return plain
    raw = doc.text[at:hi].rstrip(" \t|.")
    m = data.value_re.fullmatch(raw)
    if m is None:
        return ""
    if m.group("own") and not (_names_product(doc, at + m.start("own"), at + m.end("own"))
                               or points_to_product(doc, at + m.start("own"), at + m.end("own"))):
        return ""  # "none with the old formula", "none for Dorvix": another thing's value
    if m.group("aside") and (data.aside.search(m.group("aside")) or data.aside_condition.match(m.group("aside"))):
        return ""  # "none — except …", "none (in adults)", "none when taken as directed"
    return _value(m.group("v"))


def _read_pair(doc: Document, pos: int, hi: int) -> LabelLine | None:
    data = _data()
    m = data.label_re.match(doc.text, pos, hi)
    if m is None:
        return None
    if m.group("own") and not (_names_product(doc, m.start("own"), m.end("own"))
                               or points_to_product(doc, m.start("own"), m.end("own"))):
        return None  # "Allergens in the old recipe:", "Interactions with alcohol:": not the product's
    value = _owned_value(doc, m.end(), hi)
    kind = data.label_of.get(_norm(m.group("l")), "")
    if not _fits(kind, value):
        return None
    return LabelLine(kind, value, pos, hi, m.end("l"), _sentence(doc, pos))


def _fits(kind: str, value: str) -> bool:
    """Which values a label takes: everyone only for who it suits, yes only for an effect."""
    if not kind or not value or kind == "box":
        return False
    if kind == "suitable":
        return value == "everyone"
    if kind in ("side_effects", "interactions", "allergens", "contraindications") or kind.startswith("allergen:"):
        return value == "none"
    return value in ("none", "yes")


def _table_row(doc: Document, b: int) -> list[LabelLine]:
    """A two-cell table row, label cell then value cell (each a table block on one source
    line); a row of more cells compares things and is no claim."""
    blocks = doc.blocks
    if b > 0 and blocks[b - 1].kind == TABLE and doc.line_of(blocks[b - 1].start) == doc.line_of(blocks[b].start):
        return []  # not the row's first cell
    row = [b]
    while row[-1] + 1 < len(blocks) and blocks[row[-1] + 1].kind == TABLE \
            and doc.line_of(blocks[row[-1] + 1].start) == doc.line_of(blocks[b].start):
        row.append(row[-1] + 1)
    if len(row) != 2:
        return []
    label, cell = blocks[row[0]], blocks[row[1]]
    data = _data()
    raw = doc.text[label.start:label.end].rstrip(" :")
    value = _value(doc.text[cell.start:cell.end])
    kind = data.label_of.get(_norm(raw), "")
    table = _table_of(doc, b)
    if not kind and value in ("none", "yes") and _effect_label(doc, label.start, label.start + len(raw)) \
            and any(c != row[0] and _norm(doc.text[blocks[c].start:blocks[c].end].rstrip(" :")) in data.label_of
                    for c in table):
        kind = "effect"  # "| Drowsiness | No |" in a table of the product's fields
    if not _fits(kind, value):
        return []
    line = LabelLine(kind, value, label.start, cell.end, label.start + len(raw), _sentence(doc, label.start))
    whole = LabelLine(kind, value, blocks[table[0]].start, blocks[table[-1]].end, 0,
                      _sentence(doc, blocks[table[0]].start))
    first = [c for c in table if doc.line_of(blocks[c].start) == doc.line_of(blocks[table[0]].start)]
    if row[0] not in first and not all(_products_title(doc, blocks[c].start, blocks[c].end) for c in first):
        return []  # a header row that is not the product's ("| Chlorphenamine | |", "| Velmo 1.0 (recalled) |")
    return [line] if _owned(doc, line) and _owned(doc, whole) else []


def _table_of(doc: Document, b: int) -> list[int]:
    """The table blocks (cells) of the table cell ``b`` is in."""
    blocks = doc.blocks
    lo = hi = b
    while lo > 0 and blocks[lo - 1].kind == TABLE:
        lo -= 1
    while hi + 1 < len(blocks) and blocks[hi + 1].kind == TABLE:
        hi += 1
    return list(range(lo, hi + 1))


def _heading_list(doc: Document, b: int) -> list[LabelLine]:
    """A label standing alone as a heading (or a short line of its own) over a list of one
    item that is a value: "Side effects" / "- None known"."""
    blocks = doc.blocks
    if b == 0:
        return []
    head = blocks[b - 1]
    if head.kind not in (HEADING, "paragraph") or head.role != BODY:
        return []
    items = [b]
    while items[-1] + 1 < len(blocks) and blocks[items[-1] + 1].kind == LIST_ITEM:
        items.append(items[-1] + 1)
    if len(items) != 1:
        return []
    data = _data()
    raw = doc.text[head.start:head.end].rstrip(" :")
    kind = data.label_of.get(_norm(raw), "")
    item = blocks[b]
    value = _value(doc.text[item.start:item.end])
    if not _fits(kind, value):
        return []
    line = LabelLine(kind, value, head.start, item.end, head.start + len(raw), _sentence(doc, item.start))
    return [line] if _owned(doc, line, heading=b - 1) else []


def _owned(doc: Document, line: LabelLine, heading: int | None = None) -> bool:
    """The line is the page's product's: the article has a main intervention, and neither
    the line nor the heading of its section names another intervention, a study, a result
    or a comparison."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    if not product(doc) or line.sentence < 0:
        return False
    for k in range(line.sentence, _sentence(doc, line.end - 1) + 1):
        if subjects.other_between(k, line.start, line.end):
            return False  # "Ibuprofen interactions: none", a table headed by another drug
    heads = {heading} if heading is not None else set()
    data = _data()
    own = doc.block_at(line.start)
    for h in range(own - 1, -1, -1):
        # the headings above, up to the first that is no label line itself (a plain-text
        # parser makes "Interactions: none known", standing alone, a heading of its own)
        head = doc.blocks[h]
        if head.kind != HEADING:
            continue
        heads.add(h)
        if not data.label_re.match(doc.text, head.start, head.end):
            break
    if own > 0 and (title := doc.blocks[own - 1]).kind == "paragraph" and title.role == BODY \
            and doc.line_of(title.start) == doc.line_of(max(title.start, title.end - 1)) \
            and len(doc.text[title.start:title.end].split()) <= 8 and ":" not in doc.text[title.start:title.end]:
        heads.add(own - 1)  # a one-line title paragraph ("**Orlo junior syrup**") is read as a heading
    for h in heads:
        head = doc.blocks[h]
        if data.not_product.search(doc.text, head.start, head.end):
            return False  # "Trial results" over "Side effects: none": a result, not the product's
        k = _sentence(doc, head.start)
        if k >= 0 and subjects.other_between(k, head.start, head.end):
            return False  # "Ibuprofen" over the line: another product's
        if h > 0 and not data.label_re.match(doc.text, head.start, head.end) \
                and _other_title(doc, head.start, head.end):
            return False  # "About Velmo", "Orlo junior syrup": a name that is not the product's
    span = _box_title(doc, own)
    return span is None or _products_title(doc, *span)


def _box_title(doc: Document, own: int) -> tuple[int, int] | None:
    """The title over the box block ``own`` is in: the nearest heading or one-line title
    paragraph above it that is not one of the box's own label or field lines. The page's
    first block (its title) and no title at all give None: the page is about its product."""
    data = _data()
    for c in range(own - 1, -1, -1):
        block = doc.blocks[c]
        text = doc.text[block.start:block.end]
        if block.role != BODY or block.kind in (CODE, HTML, TABLE):
            continue
        if data.label_re.match(text) or _norm(text.strip(" *_#:")) in data.label_of:
            continue  # the box's own label line
        if block.kind == HEADING:
            return (block.start, block.end) if c > 0 else None
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) == 1 and ":" in text and (data.qualifier.search(text.split(":")[0])
                                                or data.not_product.search(text.split(":")[0])):
            return (block.start, block.end)  # "**Reader review: Velmo**": a qualified title
        if lines and all(":" in ln for ln in lines):
            continue  # the box's field lines ("Form: tablet")
        if len(lines) == 1 and len(text.split()) <= 8:
            return (block.start, block.end) if c > 0 else None
        return None  # prose: the box has no title of its own
    return None


def product(doc: Document) -> str:
    """The page's product: the main intervention, or the product it is an ingredient of."""
    return doc.analysis("label-product", _product)


def _product(doc: Document) -> str:
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    main = subjects.main
    if not main:
        # no name often enough to be the article's main one: the one the page opens on (named
        # in its first two body sentences, as a sentence naming nothing is read as about it)
        body = [k for k, s in enumerate(doc.sentences) if doc.blocks[s.block].role == BODY][:2]
        opening = [n for k in body for _, n in sorted(subjects.named[k])]
        main = opening[0] if opening else ""
    return subjects.alias.get(main, main)


def effect_claims(doc: Document) -> list[FrameClaim]:
    """The denials (and "yes" affirmations) of effects written as label lines, as the
    contradiction claims of a sentence ("causes no side effects", "does not cause
    drowsiness") would be."""
    return doc.analysis("label-effect-claims", _effect_claims)


def _effect_claims(doc: Document) -> list[FrameClaim]:
    from lint_rules.analysis.mentions import mentions

    out: list[FrameClaim] = []
    lines = [x for x in label_lines(doc) if x.label in ("side_effects", "effect")]
    if not lines:
        return out
    main = product(doc)
    for x in lines:
        found = [m for m in mentions(doc) if x.start <= m.start and m.end <= x.label_end]
        if not found:
            continue
        m = found[0]
        stance = "affirmed" if x.value == "yes" else ("safe" if m.kind == "general" else "negated")
        out.append(FrameClaim(
            type="effect", side=stance, start=x.start, end=x.end, sentence=x.sentence, subject=main,
            text=doc.excerpt(x.start, x.end, limit=160), concept_id=m.concept_id, label=m.label, kind=m.kind,
            matched=m.matched,
        ))
    return out


def typed_label_claims(doc: Document) -> list[FrameClaim]:
    """Interactions, allergens and who it suits written as label lines, as typed claims."""
    return doc.analysis("label-typed-claims", _typed)


def _typed(doc: Document) -> list[FrameClaim]:
    out: list[FrameClaim] = []
    lines = [x for x in label_lines(doc) if x.label in ("interactions", "allergens", "suitable", "contraindications")
             or x.label.startswith("allergen:")]
    if not lines:
        return out
    main = product(doc)
    for x in lines:
        if x.label == "interactions":
            kind, side, topic, aspect = "interaction", "none", frozenset[str](), ""
        elif x.label == "allergens":
            kind, side, topic, aspect = "scope", "safe", frozenset({"allergy:all"}), "allergen"
        elif x.label.startswith("allergen:"):  # "Lactose: none": free of that one allergen
            kind, side, topic, aspect = "scope", "safe", frozenset({"allergy:" + x.label.split(":", 1)[1]}), "allergen"
        else:
            kind, side, topic, aspect = "scope", "safe", frozenset({"universal"}), "people"
        out.append(FrameClaim(
            type=kind, side=side, start=x.start, end=x.end, sentence=x.sentence, subject=main,
            text=doc.excerpt(x.start, x.end, limit=160), cue=doc.text[x.start:x.end], topic=topic, aspect=aspect,
            names=frozenset({main}),
        ))
    return out


@functools.cache
def _owner_words(key: str) -> frozenset[str]:
    """A word list of ``[owner]`` in the data: ``list_title_words`` (the words of an inline list
    title that are no name: "Ingredients", "Also", "Our") or ``range_words`` ("bars", "range")."""
    return frozenset(read_toml(DATA_FILE)["owner"][key])


#: A cross-sell line of a product page naming another product: "Also try our Marivel Milk bar".
_CROSS_SELL = compile_re(r"\s*(?:also\s+)?(?:try|discover|meet|explore|check\s+out|love\s+this\?\s+try)\s+(?:our|the)\s",
                         re.IGNORECASE)


def page_title_words(doc: Document) -> frozenset[str]:
    """The words naming the page's product: its title or brand line (the first sentence when it
    is a short line of a few words, "Marivel Dark Chocolate 85%."), its product
    (``product``) and its main intervention. Once per document: the owner tests ask it per claim."""
    return doc.analysis("label-claims.page-title-words", _find_page_title_words)


def _find_page_title_words(doc: Document) -> frozenset[str]:
    from lint_rules.analysis.interventions import sentence_subjects

    words: set[str] = set()
    for name in (product(doc), sentence_subjects(doc).main):
        words |= set(re.findall(r"[a-z0-9-]{3,}", (name or "").lower()))
    if doc.sentences:
        s = doc.sentences[0]
        first = re.split(r"\.\s|\n", doc.text[s.start:s.end].strip())[0]  # (its first line or stop)
        if len(first.split()) <= 8 and not re.search(r"\b(?:is|are|was|were|has|have|can|will)\b", first) \
                and _names_a_product(first):
            words |= set(re.findall(r"[a-z0-9-]{3,}", first.lower()))
        elif opening := re.match(r"[\"'“#*\s]*((?:[A-Z][\w-]*\s+){1,4})(?:is|are|has|have|can|contains?|comes?)\b", first):
            words |= set(re.findall(r"[a-z0-9-]{3,}", opening.group(1).lower()))  # "Zanta Oat Bar is …"
    return frozenset(words)


def _names_a_product(line: str) -> bool:
    """A short line names a product: two capitalised words or more ("Marivel Dark Chocolate
    85%"), or one coined word ("Flexora"), not a claim line ("Gluten-free and nut-free")."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    caps = re.findall(r"\b[A-Z][\w-]*", line)
    return len(caps) >= 2 or any(not all(p in syllable_counts() for p in c.lower().split("-") if p) for c in caps)


def list_titled_other(doc: Document, start: int) -> bool:
    """A list read at ``start`` (an ingredient statement: "ingredients: …", "contains: …") has
    an inline title naming a product that is not the page's: "Marivel Milk ingredients: …",
    "Ingredients in Marivel Milk: …", "Marivel Milk contains: …", or, with no name in its own
    title, a cross-sell line right before it ("Also try our Marivel Milk bar. Ingredients: …").
    Why: as a box title names its box's owner (``_products_title``), an inline title names its
    list's; another variant's list says nothing about the page's product. A name is a
    capitalised word that is no title word (``list_title_words``) and, when it opens the sentence,
    no plain dictionary word; it is the page's when it is a word of the page's title or product
    (``page_title_words``)."""
    k = _sentence(doc, start)
    if k < 0:
        return False
    s = doc.sentences[k]
    colon = doc.text.find(":", start, min(s.end, start + 60))
    if colon < 0:
        return False  # "Crunchly Honey Oat contains gluten": a statement about its subject, no title
    title = doc.text[s.start:colon]
    if len(title.split()) > 8:
        return False  # a running sentence, not a title
    own = page_title_words(doc)
    if not own:
        return False  # the page's product unknown: no title can be told from it
    names = _title_names(title)
    if names and not _names_product_line(title, names, own):
        return False  # "Fairtrade ingredients:", "100% Natural Ingredients:": a descriptive title
    if not names and k > 0:
        p = doc.sentences[k - 1]
        if doc.blocks[p.block].role == BODY and _CROSS_SELL.match(doc.text, p.start, p.end):
            line = doc.text[p.start:p.end]
            names = _title_names(line, cross=True)
            if not _names_product_line(line, names, own):
                names = []  # "Meet the Hendersons, who grow our oats.": no product named
    if not names or all(w in own for w in names):
        return False
    # another product, unless the page names only a range its title shares a word with
    # ("Crunchly Bars" over "Crunchly Honey Oat contains: …": a bar of the range)
    data = _data()
    specific = {w for w in own - set(names) if not data.product_noun.fullmatch(w) and w not in _owner_words("range_words")}
    return bool(specific) or not set(names) & own



def _names_product_line(line: str, names: list[str], own: frozenset[str]) -> bool:
    """An inline title or cross-sell line with name words ``names`` names a product: it shares
    a word of the page's product (its brand, ``own``) and adds a word of its own ("Marivel Milk
    Chocolate", "Kidzo Omega": a variant of the range), or a name word is followed by a product
    noun ("Dozal Night capsules", "Crunchly Almond Bar"). A descriptive adjective is no product
    name ("Fairtrade ingredients:", "Yorkshire-grown ingredients:", "Simple, Honest
    ingredients:"), nor a person or a pledge ("Meet the Hendersons, who grow our oats.")."""
    caps = {m.group().lower() for m in re.finditer(r"\b[A-Z][\w-]+", line)}  # (a brand word may open the line)
    if caps & own and set(names) - own:
        return True
    data = _data()
    for m in re.finditer(r"\b([A-Z][\w-]+)\s+(?:[\w-]+\s+)?", line):
        if m.group(1).lower() in names and data.product_noun.match(line, m.end()):
            return True
    return False


def _title_names(title: str, cross: bool = False) -> list[str]:
    """The name words of an inline title (``list_titled_other``)."""
    from lint_rules.analysis.textstat_offline import syllable_counts

    lead = len(title) - len(title.lstrip(" \t\n#*>-_\"'“"))
    out = []
    for m in re.finditer(r"\b[A-Z][\w-]+", title):
        w = m.group().lower()
        if w in _owner_words("list_title_words") or len(w) < 3:
            continue
        if m.start() == lead and not cross and w in syllable_counts():
            continue  # "Unfortunately it contains: …": a sentence's first word, not a name
        out.append(w)
    return out


@dataclass(frozen=True)
class KeyValue:
    """A "Key: value" or "Key? value" line whose value is a clipped clause (``key_values``)."""

    key_start: int
    key_end: int
    value_start: int
    value_end: int
    sentence: int  #: the value's sentence (a "?" key is a sentence of its own)


@dataclass(frozen=True)
class _KV:
    line: re.Pattern[str]
    denial: re.Pattern[str]
    measure_key: re.Pattern[str]
    measures: dict[str, str]
    direction: re.Pattern[str]
    direction_of: dict[str, str]
    results_key: re.Pattern[str]
    course: re.Pattern[str]
    course_of: dict[str, str]
    own_condition: re.Pattern[str]


@functools.cache
def _kv() -> _KV:
    d = read_toml(DATA_FILE)["key_values"]
    preps = phrase_alternation(d["prepositions"])
    # the product after the value: a preposition, then a few words up to a break
    own = r"(?:\s+(?:" + preps + r")\s+(?P<own>[^,;:.!?()\[\]—–]{1,40}?))?"
    # an aside after a comma, dash, semicolon or bracket ("permanent, once the course is complete")
    aside = r"\s*(?P<aside>(?:\s[-–—]|[—–;(,]).*)?"
    denial = (r"(?:(?:" + phrase_alternation(d["denial_heads"]) + r")(?:\s+(?:" + phrase_alternation(d["denial_middles"])
              + r"))?|(?:completely\s+|totally\s+|entirely\s+|quite\s+)?(?:" + phrase_alternation(d["unaffected"]) + r"))")
    quantities = read_toml("contradiction_claims.toml")["direction"]["quantities"]
    measures = {" ".join(w.split()): name for name, words in quantities.items() for w in words}
    directions = {" ".join(w.split()): side for side in ("down", "up", "none") for w in d[side]}
    courses = {" ".join(w.split()): side for side in ("lasting", "passing") for w in d[side]}
    return _KV(
        # a key of at most seven words, then ":", "?" or a spaced dash, then the value to the line's end
        line=compile_re(r"(?P<k>[^\W\d][^:?!.;\n|—–]{1,60}?)(?:\s*(?P<sep>[:?])|\s+[-–—])\s+(?P<v>\S.*?)\s*[.!]?\s*",
                        re.IGNORECASE),
        denial=compile_re(r"(?P<v>" + denial + r")" + own + aside, re.IGNORECASE),
        measure_key=compile_re(r"(?:(?:the\s+)?(?:" + phrase_alternation(d["measure_openers"]) + r")\s+"
                               r"(?:(?P<own>[^:?]{1,40}?)\s+on\s+)?)?(?:your\s+|the\s+)?(?P<m>"
                               + phrase_alternation(sorted(measures, key=len, reverse=True)) + r")", re.IGNORECASE),
        measures=measures,
        direction=compile_re(r"(?P<v>" + phrase_alternation(sorted(directions, key=len, reverse=True)) + r")" + own + aside,
                             re.IGNORECASE),
        direction_of=directions,
        results_key=compile_re(r"(?:" + phrase_alternation(d["results_keys"]) + r")(?:\s+(?:with|of|from)\s+(?P<own>.{1,40}))?",
                               re.IGNORECASE),
        course=compile_re(r"(?P<v>" + phrase_alternation(sorted(courses, key=len, reverse=True)) + r")" + own + aside,
                          re.IGNORECASE),
        course_of=courses,
        own_condition=compile_re(r"(?<![a-z])(?:" + phrase_alternation(d["own_conditions"]) + r")(?![a-z])(?!\s+(?:any|all)(?![a-z]))", re.IGNORECASE),
    )


def key_values(doc: Document) -> list[KeyValue]:
    """Every "Key: value" / "Key? value" line of the body whose line holds only the key and a
    short value (computed once). A line inside a record, a table or a running sentence is none."""
    return doc.analysis("label-key-values", _build_key_values)


def _build_key_values(doc: Document) -> list[KeyValue]:
    text = doc.text
    if not any(c in text for c in ":?—–") and " - " not in text:
        return []
    data, kv = _data(), _kv()
    out: list[KeyValue] = []
    for b, block in enumerate(doc.blocks):
        if block.role != BODY or block.kind not in (HEADING, LIST_ITEM, "paragraph") or block.end <= block.start:
            continue
        if not any(c in text[block.start:block.end] for c in ":?—–-"):
            continue  # (most prose paragraphs: no separator, no line to read)
        found: list[KeyValue] = []
        spans = _line_spans(doc, b)
        for lo, hi in spans:
            at = _BULLET.match(text, lo, hi)
            pos = at.end() if at else lo
            m = kv.line.fullmatch(text, pos, hi)
            if not found and hi < spans[-1][0] and _box_title_elsewhere(doc, pos, hi):
                break  # the box's title line, as _label_lines reads it: "**Electrolysis**" over "Results: permanent"
            if m is None or len(m.group("k").split()) > 7 or len(m.group("v").split()) > 14:
                continue
            if m.group("sep") == "?" and len(re.findall(r"[.!?]", m.group("v").rstrip(".!"))) > 0:
                continue  # "Heart rate? It rose. Then …": a question and running sentences
            found.append(KeyValue(m.start("k"), m.end("k"), m.start("v"), m.end("v"), _sentence(doc, m.start("v"))))
        if found and any(data.record.match(text, (at.end() if (at := _BULLET.match(text, lo, hi)) else lo), hi)
                         for c in (b, *_box_neighbours(doc, b)) for lo, hi in _line_spans(doc, c)):
            continue  # "Patient: J. Smith", "Day 3": a person's record, the values are theirs
        out.extend(found)
    return out


def _box_title_elsewhere(doc: Document, pos: int, hi: int) -> bool:
    """The line ``[pos, hi)`` opening a block is a title that gives the lines under it to
    something other than the page's product, by the tests ``_label_lines`` makes of a box's
    lines: "Product: Velmo tablets", "Also new: our pea protein powder", "**Electrolysis**"."""
    data, text = _data(), doc.text
    if (title := data.title_field.match(text, pos, hi)) is not None:
        return not _names_product(doc, title.start("v"), hi)
    if data.label_re.match(text, pos, hi):
        return False
    if (cut := text.find(":", pos, hi)) > pos:
        return bool(data.qualifier.search(text, pos, cut) or data.not_product.search(text, pos, cut)
                    or _other_title(doc, cut + 1, hi) or _variant_named(doc, cut + 1, hi))
    return _other_title(doc, pos, hi) or not _products_title(doc, pos, hi)


def _variant_named(doc: Document, lo: int, hi: int) -> bool:
    """``[lo, hi)`` names an intervention that shares the product's words and adds one of its
    own ("pea protein powder" on a whey protein powder's page): another product of the range,
    as ``_names_product_line`` reads a cross-sell line ("Also new: our pea protein powder")."""
    from lint_rules.analysis.interventions import sentence_subjects

    subjects = sentence_subjects(doc)
    main = subjects.main or product(doc)
    own = set(re.findall(r"[a-z0-9-]{3,}", main.lower())) | {
        w for k, v in subjects.alias.items() if v == main for w in re.findall(r"[a-z0-9-]{3,}", k)}
    return bool(main) and any(lo <= p < hi and n != main and subjects.alias.get(n) != main
                              and set(re.findall(r"[a-z0-9-]{3,}", n)) - own
                              for k in range(max(0, _sentence(doc, lo)), _sentence(doc, max(lo, hi - 1)) + 1)
                              for p, n in subjects.placed[k])


def _kv_owner(doc: Document, kv: KeyValue, m: re.Match[str], key_names: bool) -> bool:
    """The key-value line is the page's product's: the product named after the value's
    preposition (or pointed to: "our technique" is not, "this treatment" is), or by the key
    (``key_names``), or the line stands among the product's claim labels; never another
    intervention's line or one under another thing's heading."""
    own = m.group("own")
    if own:
        lo, hi = kv.value_start + m.start("own"), kv.value_start + m.end("own")
        if not (_names_product(doc, lo, hi) or points_to_product(doc, lo, hi)):
            return False  # "not seen with the old formula", "unaffected by ibuprofen": another thing's
        if _data().aside.search(own) or _kv().own_condition.search(own):
            return False  # "not seen with X until the dose was doubled", "… with X at normal doses"
    elif not key_names:
        b = doc.block_at(kv.key_start)
        if not any(_labelled(doc, c) for c in (b - 1, b + 1, *_box_neighbours(doc, b))):
            return False  # a lone "Joint pain: not seen" is no product's claim (a diary, a case)
    aside = m.group("aside")
    if aside and (_data().aside.search(aside) or _data().aside_condition.match(aside)):
        return False  # "not seen — except at high doses", "unchanged (in healthy adults)"
    line = LabelLine("effect", "none", kv.key_start, kv.value_end, kv.key_end, kv.sentence)
    return _owned(doc, line)


def key_value_claims(doc: Document) -> list[FrameClaim]:
    """The claims of "Key: value" lines with a clipped value, one reading for every type: an
    effect key with a denial value ("Joint pain: not seen with X") is that effect's denial; a
    measure key with a direction ("Effect of X on blood sugar: lowers", "Heart rate? Unaffected
    by X") a direction claim; the results key with a course ("Results: permanent") a course
    claim. Why: a key-value line leaves out the verb and the subject (a verbless clause), so
    no sentence reader reads it; the layout says what each half is."""
    return doc.analysis("label-key-value-claims", _key_value_claims)


def _key_value_claims(doc: Document) -> list[FrameClaim]:
    from lint_rules.analysis.mentions import mentions

    lines = key_values(doc)
    if not lines:
        return []
    kv = _kv()
    main = product(doc)
    if not main:
        return []
    found = mentions(doc)
    out: list[FrameClaim] = []
    text = doc.text
    for x in lines:
        key, value = text[x.key_start:x.key_end], text[x.value_start:x.value_end]
        whole = doc.excerpt(x.key_start, x.value_end, limit=160)
        if (d := kv.denial.fullmatch(value)) is not None:
            label_end = x.key_end
            if (own := _data().own_tail.search(text, x.key_start, x.key_end)) is not None \
                    and (_names_product(doc, own.start("n"), x.key_end) or points_to_product(doc, own.start("n"), x.key_end)):
                label_end = own.start()  # "Skin reactions with X: not seen"
            ms = [mm for mm in found if mm.start == x.key_start and mm.end == label_end and mm.kind in ("finding", "general")]
            if ms and _kv_owner(doc, x, d, label_end != x.key_end):
                mm = ms[0]
                out.append(FrameClaim(
                    type="effect", side="safe" if mm.kind == "general" else "negated", start=x.key_start,
                    end=x.value_end, sentence=x.sentence, subject=main, text=whole, concept_id=mm.concept_id,
                    label=mm.label, kind=mm.kind, matched=mm.matched))
                continue
        kind = _data().label_of.get(_norm(key), "")
        if kind.startswith("allergen:") and d is not None and _kv_owner(doc, x, d, False):
            # "Nuts: never used in Zanta", "Gluten? Not in our bars": free of that allergen
            out.append(FrameClaim(
                type="scope", side="safe", start=x.key_start, end=x.value_end, sentence=x.sentence, subject=main,
                text=whole, cue=text[x.key_start:x.value_end], topic=frozenset({"allergy:" + kind.split(":", 1)[1]}),
                aspect="allergen", names=frozenset({main})))
            continue
        if (k := kv.measure_key.fullmatch(key)) is not None:
            v = kv.direction.fullmatch(value)
            key_names = bool(k.group("own")) and (
                _names_product(doc, x.key_start + k.start("own"), x.key_start + k.end("own"))
                or points_to_product(doc, x.key_start + k.start("own"), x.key_start + k.end("own")))
            if k.group("own") and not key_names:
                continue  # "Effect of ibuprofen on blood pressure: raises": another thing's
            if v is not None and _kv_owner(doc, x, v, key_names):
                side = kv.direction_of.get(" ".join(v.group("v").lower().split()), "none")
                measure = kv.measures[" ".join(k.group("m").lower().split())]
                out.append(FrameClaim(
                    type="direction", side=side, start=x.key_start, end=x.value_end, sentence=x.sentence,
                    subject=main, text=whole, cue=text[x.key_start:x.value_end], topic=frozenset({measure}),
                    aspect="verb", names=frozenset({main})))
            continue
        if (r := kv.results_key.fullmatch(key)) is not None and (c := kv.course.fullmatch(value)) is not None:
            key_names = bool(r.group("own")) and (
                _names_product(doc, x.key_start + r.start("own"), x.key_end)
                or points_to_product(doc, x.key_start + r.start("own"), x.key_end))
            if r.group("own") and not key_names:
                continue  # "Results of the old laser: permanent"
            if not _kv_owner(doc, x, c, True):
                continue  # (the results key is the page's product's, as a label line's is)
            out.append(FrameClaim(
                type="course", side=kv.course_of[" ".join(c.group("v").lower().split())], start=x.key_start,
                end=x.value_end, sentence=x.sentence, subject=main, text=whole, cue=text[x.key_start:x.value_end],
                aspect="results", names=frozenset({main})))
    return out
