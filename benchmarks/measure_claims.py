"""Measure claim reading sentence by sentence: is ONE claim read from wording nobody tuned for?

    python benchmarks/measure_claims.py [--data FILE] [--split dev|test] [--show] [--json OUT] [--title]

The data (``benchmarks/blind/sentences/sentences.jsonl``, written blind from
``/work/briefs/sentbench.md``) holds single labelled sentences: ``context`` (0-2 sentences
naming the product) then ``target`` (the one labelled sentence); ``text`` is both. Claim rows
name a claim ``type`` (harm, no_harm, benefit, no_benefit, raises, lowers, dose_limit,
dose_unlimited, interaction, no_interaction, unsafe_for_group, safe_for_group, allergen,
allergen_free, course_lasting, course_fading), the ``effect`` words in the target and the
``effect_term`` a label would use; control rows (``type`` "control") claim nothing about the
product.

Each row's ``text`` is linted as a small plain-text article with **no title line** (as the
contradiction benchmarks lint their passages; ``--title`` puts the product's name on a first
line instead), through the analysis layer the contradiction rules pair: the effect claims
(``claims(doc)``, one per sentence, concept and stance) and the typed claims
(``typed_claims(doc)``). A row is:

- **read** when a claim of the labelled type and polarity starts in the target and is about
  the product: for an effect claim, its ConText subject is the article's intervention (or
  names the product) and not the disease ("condition:"), and the intervention the sentence's
  words are about (``assertions.intervention_at``, the one the pairing compares) is the
  product (shares a word with its name) or the article's own; for a typed claim, the same
  intervention test;
- **effect right** (of the rows read) when the claim's effect is the one ``effect_term``
  names: for effect claims the concept ``effect_term`` resolves to in the concept index
  (``Lexicon.lookup``; the effect words when the term does not resolve), the same or a
  broader/narrower one (``Lexicon.related``), side effects as a whole for "side effects";
  for benefits the condition words (or the concept); for measures the quantity; for groups
  and allergens the group or allergen; interactions, doses and courses have no effect
  concept and are not counted;
- **effect in vocabulary** when the effect words of the target map to any concept (effect,
  benefit: the concept index; measures: the quantity table; groups and allergens: their
  tables; not counted for interactions, doses and courses).

A miss gets one **stage**: ``other subject`` (a claim of the right type in the target, said
of another agent or of the disease), ``effect not recognised`` (no concept mention, quantity,
group or allergen over the effect words), ``wrong type/polarity`` (a claim in the target, of
another type or side), ``no claim`` (the effect is recognised, no claim is read).
On a control, any claim in the target about the product is a false read.

Dev figures are broken down by type, subject form and register; the test half prints its
aggregates (overall and by type) only. ``--show`` lists dev misses and refuses ``--split test``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "blind" / "sentences" / "sentences.jsonl"

#: Labelled type -> the claims that read it: ("effect", stance set) for the effect claims
#: (``Claim.stance``), ("typed", type, side set) for the typed claims.
EXPECTED: dict[str, tuple[Any, ...]] = {
    "harm": ("effect", {"affirmed"}),
    "no_harm": ("effect", {"negated", "safe"}),
    "benefit": ("typed", "benefit", {"helps"}),
    "no_benefit": ("typed", "benefit", {"no_help"}),
    "raises": ("typed", "direction", {"up"}),
    "lowers": ("typed", "direction", {"down"}),
    "dose_limit": ("typed", "dose", {"limit"}),
    "dose_unlimited": ("typed", "dose", {"unlimited"}),
    "interaction": ("typed", "interaction", {"some"}),
    "no_interaction": ("typed", "interaction", {"none"}),
    "unsafe_for_group": ("typed", "scope", {"restricted"}),
    "safe_for_group": ("typed", "scope", {"safe"}),
    "allergen": ("typed", "scope", {"restricted"}),
    "allergen_free": ("typed", "scope", {"safe"}),
    "course_lasting": ("typed", "course", {"lasting"}),
    "course_fading": ("typed", "course", {"passing"}),
}
TYPES = tuple(EXPECTED)
#: Types whose effect has a concept to check (effect accuracy, in-vocabulary rate).
EFFECT_TYPES = ("harm", "no_harm", "benefit", "no_benefit", "raises", "lowers", "unsafe_for_group",
                "safe_for_group", "allergen", "allergen_free")
STAGES = ("other subject", "effect not recognised", "wrong type/polarity", "no claim")
_GENERAL = ("side effect", "side effects", "adverse effects", "adverse effect")


@dataclass
class Found:
    """One claim in a row's document, in the shape the scorer compares."""

    family: str  #: "effect" or "typed"
    type: str  #: effect claims: the stance; typed: the claim type
    side: str  #: effect claims: the stance; typed: the side
    start: int
    end: int
    about: bool  #: said of the product
    concept: str = ""  #: effect claims: the concept id
    kind: str = ""  #: effect claims: finding / general / organ
    topic: frozenset[str] = frozenset()
    hedged: bool = False
    label: str = ""

    def describe(self) -> str:
        what = self.label or ",".join(sorted(self.topic))
        about = "" if self.about else " [other subject]"
        return f"{self.family}:{self.type}/{self.side}({what}{', hedged' if self.hedged else ''}){about}"


@dataclass
class Result:
    row: dict[str, Any]
    read: bool
    stage: str = ""
    effect_right: bool | None = None  #: None: no effect concept to check
    in_vocab: bool | None = None
    hedge_right: bool | None = None
    found: list[Found] = field(default_factory=list)  #: the claims in the target


# -- the analysis layer ---------------------------------------------------------------

def _claims(doc: Any) -> list[Any]:
    try:  # claim building moved to the analysis layer (branch conmove)
        from lint_rules.analysis.contradictions import claims  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - before the move
        from lint_rules.rules.contradiction import claims
    return list(claims(doc))


def _document(row: dict[str, Any], title: bool) -> tuple[Any, int, int]:
    """The row's document and the target's offsets in its text."""
    from lint_rules.parsing import parse_document

    text, target = row["text"], row["target"]
    t0 = text.rfind(target)
    if t0 < 0:
        raise ValueError(f"{row['id']}: target not in text")
    if title:
        head = (row.get("product") or "").strip() or "Product"
        text = head + "\n\n" + text
        t0 += len(head) + 2
    doc = parse_document("<sentence>", text, "text")
    # the parser may normalise nothing in plain text, but find the target again to be safe
    at = doc.text.rfind(target)
    if at >= 0:
        t0 = at
    return doc, t0, t0 + len(target)


def _words(name: str) -> set[str]:
    from lint_rules.analysis.concepts import normalise_token

    stop = {"the", "this", "these", "those", "that", "its", "their", "your", "our", "and", "with", "from", "for"}
    return {normalise_token(w) for w in re.findall(r"[a-z0-9][a-z0-9-]+", name.lower()) if w not in stop and len(w) >= 3}


def _names_product(name: str, product: str) -> bool:
    """An intervention name is the row's product: the same, or sharing a word of three
    letters or more ("the gummies" and "Calmia gummies"; "melatonin" and "melatonin")."""
    from lint_rules.analysis.typed_claims import same_name

    a, b = name.lower().strip(), product.lower().strip()
    return bool(a) and (same_name(a, b) or bool(_words(a) & _words(b)))


def _about(doc: Any, sentence: int, start: int, end: int, product: str, kind: str = "") -> bool:
    """The words ``[start, end)`` of ``sentence`` are about the product: the intervention the
    pairing would give them is the product, or the article's main one when that is not
    another product the text names apart from it."""
    from lint_rules.analysis.assertions import intervention_at

    agent = intervention_at(doc, sentence, start, end, kind)
    return bool(not agent or _names_product(agent, product) or _described_as(doc.text, agent, product))


def _described_as(text: str, agent: str, product: str) -> bool:
    """The text describes the product by the agent's words: they stand within a few words of
    the product's name ("Vitaboost Max high-strength multivitamin", "Verdia plant-based
    omega-3"), so the agent the reader found is the product under its description."""
    low = text.lower()
    names = [w for w in _words(product) if len(w) >= 4]
    for m in re.finditer(re.escape(agent.lower()), low):
        # the same phrase: a few words either side, not across a sentence or clause end
        before = re.split(r"[.;:!?,]\s", low[max(0, m.start() - 30):m.start()])[-1]
        after = re.split(r"[.;:!?,]\s", low[m.end():m.end() + 30])[0]
        if any(re.search(r"(?<![a-z])" + re.escape(w), before + " " + after) for w in names):
            return True
    return False


def found_claims(doc: Any, t0: int, t1: int, product: str) -> list[Found]:
    """Every claim (effect and typed) that starts in ``[t0, t1)``."""
    from lint_rules.analysis.typed_claims import typed_claims

    out: list[Found] = []
    for c in _claims(doc):
        if not (t0 <= c.start < t1):
            continue
        about = c.subject != "condition:" and (c.subject == "main" or _names_product(c.subject, product)) \
            and _about(doc, c.sentence, c.start, c.end, product)
        out.append(Found("effect", c.stance, c.stance, c.start, c.end, about, concept=c.concept_id,
                         kind=c.kind, hedged=c.hedged, label=c.label))
    for t in typed_claims(doc):
        if not (t0 <= t.start < t1):
            continue
        about = _about(doc, t.sentence, t.start, t.end, product, t.type)
        out.append(Found("typed", t.type, t.side, t.start, t.end, about, topic=frozenset(t.topic),
                         hedged=t.hedged, label=t.cue))
    return out


# -- what the effect words name ---------------------------------------------------------

def _concepts(phrase: str) -> list[str]:
    from lint_rules.analysis.concepts import get_lexicon

    lex = get_lexicon()
    return [cid for _, _, cid, _ in lex.match(phrase)]


def _term_concepts(row: dict[str, Any]) -> list[str]:
    """The concepts ``effect_term`` resolves to (the whole term first, then any concept in
    it, then the effect words')."""
    from lint_rules.analysis.concepts import get_lexicon

    lex = get_lexicon()
    term = (row.get("effect_term") or "").strip()
    if term.lower() in _GENERAL:
        return ["HL:0000001"]
    whole = lex.lookup(term) if term else None
    if whole is not None:
        return [whole.id]
    return _concepts(term) or _concepts(row.get("effect") or "")


def _quantities(phrase: str) -> set[str]:
    from lint_rules.analysis.typed_claims import _data

    data = _data()
    low = " ".join(phrase.lower().split())
    out = set()
    for m in data.quantities.finditer(low):
        w = m.group()
        out.add(data.quantity_of.get(w) or data.quantity_of.get(w[:-1], ""))
    for m in data.states.finditer(low):
        out.add(data.state_of[m.group()][0])
    return out - {""}


def _groups(phrase: str) -> set[str]:
    from lint_rules.analysis.typed_claims import _groups as groups

    return set(groups(" ".join(phrase.lower().split())))


def _allergens(phrase: str) -> set[str]:
    from lint_rules.analysis.typed_claims import _allergens as allergens

    return set(allergens(" ".join(phrase.lower().split())))


def _benefit_words(phrase: str) -> set[str]:
    from lint_rules.analysis.typed_claims import _topic_words

    return set(_topic_words(phrase.lower(), cut=False))


def in_vocabulary(row: dict[str, Any]) -> bool | None:
    """The effect words of the target map to something the claim layer can name."""
    kind, effect = row["type"], row.get("effect") or ""
    if kind in ("harm", "no_harm", "benefit", "no_benefit"):
        return effect.lower().strip() in _GENERAL or bool(_concepts(effect))
    if kind in ("raises", "lowers"):
        return bool(_quantities(effect))
    if kind in ("unsafe_for_group", "safe_for_group"):
        return bool(_groups(effect))
    if kind in ("allergen", "allergen_free"):
        return bool(_allergens(effect))
    return None


def effect_right(row: dict[str, Any], claim: Found) -> bool | None:
    """The claim's effect is the one the row's ``effect_term`` names, or one of its
    ``extra_effects`` (a target listing several effects labels the first and lists the rest);
    None when there is nothing to check."""
    checks = [_effect_right(r, claim) for r in (row, *[
        {**row, "effect": x.get("effect", ""), "effect_term": x.get("effect_term", "")}
        for x in row.get("extra_effects") or ()])]
    known = [c for c in checks if c is not None]
    return any(known) if known else None


def _effect_right(row: dict[str, Any], claim: Found) -> bool | None:
    from lint_rules.analysis.concepts import get_lexicon

    kind = row["type"]
    term = row.get("effect_term") or ""
    if claim.family == "effect":
        want = _term_concepts(row)
        if not want:
            # the term names no concept: right when the claim covers the effect's words
            return None
        if claim.kind == "general" or "HL:0000001" in want:
            return claim.kind == "general" and "HL:0000001" in want
        lex = get_lexicon()
        return any(lex.related(claim.concept, w) for w in want)
    if kind in ("benefit", "no_benefit"):
        want_words = _benefit_words(term) | _benefit_words(row.get("effect") or "")
        return bool(claim.topic & want_words)
    if kind in ("raises", "lowers"):
        want = _quantities(term) or _quantities(row.get("effect") or "")
        return bool(claim.topic & want) if want else None
    if kind in ("unsafe_for_group", "safe_for_group"):
        want = _groups(term) or _groups(row.get("effect") or "")
        if not want:
            return None
        return bool(claim.topic & want) or "universal" in claim.topic
    if kind in ("allergen", "allergen_free"):
        want = _allergens(term) or _allergens(row.get("effect") or "")
        if not want:
            return None
        # a member's key ("allergy:animal/gelatin", allergy20) is of its kind
        kinds = claim.topic | {t.split("/", 1)[0] for t in claim.topic}
        return bool(kinds & set(want)) or "allergy:all" in claim.topic
    return None


def _matches(row: dict[str, Any], f: Found) -> bool:
    spec = EXPECTED[row["type"]]
    if spec[0] == "effect":
        if f.family != "effect" or f.side not in spec[1]:
            return False
        return not (row["type"] == "harm" and f.kind == "general")  # "side effects" affirmed names no harm
    if f.family != "typed" or f.type != spec[1] or f.side not in spec[2]:
        return False
    if row["type"] in ("allergen", "allergen_free"):
        return any(t.startswith("allergy:") for t in f.topic)
    return True


def _recognised(doc: Any, row: dict[str, Any], t0: int, t1: int) -> bool:
    """The effect words are recognised in the document: a concept mention over them (effect
    and benefit rows), or the type's table names them; types with no effect vocabulary count
    as recognised."""
    kind = row["type"]
    if kind in ("harm", "no_harm", "benefit", "no_benefit"):
        from lint_rules.analysis.mentions import mentions

        effect = row.get("effect") or ""
        e0 = doc.text.find(effect, t0, t1) if effect else -1
        if e0 < 0:
            return bool(in_vocabulary(row))
        e1 = e0 + len(effect)
        return any(m.start < e1 and e0 < m.end for m in mentions(doc)) or effect.lower().strip() in _GENERAL
    vocab = in_vocabulary(row)
    return True if vocab is None else vocab


def score_row(row: dict[str, Any], title: bool = False) -> Result:
    doc, t0, t1 = _document(row, title)
    product = row.get("product") or ""
    found = found_claims(doc, t0, t1, product)
    if row["type"] == "control":
        bad = [f for f in found if f.about]
        return Result(row, read=bool(bad), found=found)
    right = [f for f in found if _matches(row, f)]
    mine = [f for f in right if f.about]
    vocab = in_vocabulary(row)
    if mine:
        checks = [effect_right(row, f) for f in mine]
        known = [c for c in checks if c is not None]
        best = next((f for f, c in zip(mine, checks, strict=True) if c), mine[0])
        return Result(row, read=True, effect_right=(any(known) if known else None), in_vocab=vocab,
                      hedge_right=best.hedged == bool(row.get("hedged")), found=found)
    if right:
        stage = "other subject"
    elif not _recognised(doc, row, t0, t1):
        stage = "effect not recognised"
    elif found:
        stage = "wrong type/polarity"
    else:
        stage = "no claim"
    return Result(row, read=False, stage=stage, in_vocab=vocab, found=found)


# -- figures ----------------------------------------------------------------------------

def _rate(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a"


def summary(results: Iterable[Result]) -> dict[str, Any]:
    results = list(results)
    claims = [r for r in results if r.row["type"] != "control"]
    controls = [r for r in results if r.row["type"] == "control"]
    read = [r for r in claims if r.read]
    checked = [r for r in read if r.effect_right is not None]
    vocab = [r for r in claims if r.in_vocab is not None]
    hedge = [r for r in read if r.hedge_right is not None]
    return {
        "rows": len(claims), "read": len(read),
        "recall": len(read) / len(claims) if claims else 0.0,
        "effect_checked": len(checked), "effect_right": sum(1 for r in checked if r.effect_right),
        "vocab_rows": len(vocab), "in_vocab": sum(1 for r in vocab if r.in_vocab),
        "hedge_checked": len(hedge), "hedge_right": sum(1 for r in hedge if r.hedge_right),
        "controls": len(controls), "false_reads": sum(1 for r in controls if r.read),
        "stages": dict(Counter(r.stage for r in claims if not r.read)),
    }


def _line(name: str, s: dict[str, Any]) -> str:
    stages = ", ".join(f"{k} {s['stages'].get(k, 0)}" for k in STAGES if s["stages"].get(k))
    out = (f"{name:<18} recall {_rate(s['read'], s['rows'])}  effect right {_rate(s['effect_right'], s['effect_checked'])}"
           f"  in vocab {_rate(s['in_vocab'], s['vocab_rows'])}")
    if s["controls"]:
        out += f"  control false reads {s['false_reads']}/{s['controls']}"
    if stages:
        out += f"  | misses: {stages}"
    return out


def _groups_of(results: list[Result], key: str) -> dict[str, list[Result]]:
    out: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        out[str(r.row.get(key) or "-")].append(r)
    return dict(sorted(out.items()))


def report(results: list[Result], split: str, detail: bool) -> dict[str, Any]:
    overall = summary(results)
    print(f"== {split}: {overall['rows']} claim rows, {overall['controls']} controls")
    print(_line("overall", overall))
    if overall["hedge_checked"]:
        print(f"{'':<18} hedge agrees {_rate(overall['hedge_right'], overall['hedge_checked'])} (of rows read)")
    claim_rows = [r for r in results if r.row["type"] != "control"]
    by_type = {t: summary(rs) for t, rs in _groups_of(claim_rows, "type").items()}
    print("-- by type")
    for t in TYPES:
        if t in by_type:
            print(_line(t, by_type[t]))
    out: dict[str, Any] = {"overall": overall, "by_type": by_type}
    if detail:
        for key in ("subject_form", "register"):
            groups = {g: summary(rs) for g, rs in _groups_of(claim_rows, key).items()}
            print(f"-- by {key}")
            for g, s in groups.items():
                print(_line(g, s))
            out[f"by_{key}"] = groups
        controls = [r for r in results if r.row["type"] == "control"]
        by_control = {g: sum(1 for r in rs if r.read) for g, rs in _groups_of(controls, "control_type").items()}
        if by_control:
            print("-- control false reads by control type: "
                  + ", ".join(f"{g} {n}" for g, n in by_control.items()))
            out["controls_by_type"] = by_control
    return out


def show(results: list[Result]) -> None:
    for r in results:
        row = r.row
        if row["type"] == "control" and not r.read:
            continue
        if row["type"] != "control" and r.read and r.effect_right is not False:
            continue
        what = "FALSE READ" if row["type"] == "control" else (r.stage or "effect wrong")
        print(f"{row['id']} [{row['type']}] {what}: {row['target']}")
        if row["type"] != "control":
            print(f"    effect {row.get('effect')!r} -> {row.get('effect_term')!r}  subject {row.get('subject_form')}")
        for f in r.found:
            print(f"    found {f.describe()}")


def load(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="sentences.jsonl")
    parser.add_argument("--split", choices=["dev", "test"], help="one split only (default: both)")
    parser.add_argument("--show", action="store_true", help="list dev misses (dev only)")
    parser.add_argument("--title", action="store_true", help="put the product's name on a title line")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    if args.show and args.split != "dev":
        print("--show lists dev misses only: give --split dev (test rows and misses are never read)",
              file=sys.stderr)
        return 2
    rows = load(args.data)
    splits = [args.split] if args.split else ["dev", "test"]
    figures: dict[str, Any] = {"data": str(args.data), "title": args.title}
    for split in splits:
        results = [score_row(r, args.title) for r in rows if r.get("split") == split]
        if not results:
            continue
        figures[split] = report(results, split, detail=split == "dev")
        if args.show and split == "dev":
            print("-- dev misses")
            show(results)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True, default=sorted) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
