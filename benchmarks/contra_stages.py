"""Where a blind contradiction is lost: reading, pairing, subject or gate (issue 14).

    python benchmarks/contra_stages.py CORPUS.jsonl.gz [--split dev|test] [--show] [--sets set1,v2,...]
                                       [--picks FILE] [--passages FILE ...]

For every missed positive of the blind contradiction passages (``contradictions.jsonl``) and
injections (``injections.jsonl``) of set 1 (``benchmarks/blind``), ``v2``…``v8`` and ``v16``,
and of passage files in the reviewers' format (``--passages FILE``: JSON lines with ``text``,
``expect``, ``flag``, ``flag2``; every row counted, none printed unless ``--show``), the stage
that loses it, decided from the analysis (``analysis/contradictions.py``,
``analysis/typed_claims.py``), not by hand:

- ``(a) not read``: a side's sentence holds no claim at all; split by what the analysis DOES see
  in the unread sentence (``unread_cause``), the first that holds of: ``no product reference``
  (the product's name, an alias the interventions analysis places, or a pronoun: none of them;
  ``names only another product`` when it places names, none of them the main one; the bracket
  says whether a frame, an effect concept or nothing was seen there),
  ``no effect concept`` (no concept mention in it), ``effect, no claim frame`` (a concept
  mention no frame says is caused, denied or reported), ``frame, subject not the product``
  (a framed mention the claims drop as another's: another name placed in it, or a causer
  that is not the product). (Stage (a) was counted only before stage20.)
- ``(b) not paired``: both sides hold claims but no two of them oppose; the cause is the
  nearest thing that stops them:
  ``effect relation`` (a claim and its opposite stance on two concepts the lexicon does not
  relate, or two typed claims of one type whose topics/groups do not meet), ``types not
  opposed`` (the two sides are read as claims of different types, or a concept claim against
  a typed claim), ``same side`` (both sides read with one stance or side), ``odd side hedged``
  (the odd one out is hedged, so it promises nothing);
- ``(c) product not matched``: opposing claims whose interventions differ (the two names);
- ``(d) gate``: a reconciling gate of ``_held_apart`` holds the pair apart (its name);
- ``(e) paired elsewhere``: opposing, same product, no gate: the finding went to another
  sentence (or the pair was reported once already).

Dev rows may be printed (``--show``, dev only); test halves give counts only, never rows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_contradiction import BLIND, _contradictions, _hits_pair  # noqa: E402
from bench_injection import OTHER, _lint, inject, pick_articles  # noqa: E402

SETS = ("set1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v16")


def _folder(name: str) -> Path:
    return BLIND if name == "set1" else BLIND / name


def _sides(doc, text: str, a: str, b: str) -> tuple[set[int], set[int]]:
    a0 = text.find(a)
    b0 = text.find(b, a0 + 1) if b != a else -1
    if a0 < 0 or b0 < 0:
        b0 = text.find(b)

    def sentences(lo: int, hi: int) -> set[int]:
        return {i for i, s in enumerate(doc.sentences) if s.start < hi and lo < s.end}

    return sentences(a0, a0 + len(a)), sentences(b0, b0 + len(b))


def _why_unpaired(lexicon, ca: list, cb: list) -> str:
    """Both sides read, no two claims oppose: the nearest reason."""
    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis.typed_claims import TypedClaim

    concept_a = [c for c in ca if isinstance(c, R.Claim)]
    concept_b = [c for c in cb if isinstance(c, R.Claim)]
    typed_a = [c for c in ca if isinstance(c, TypedClaim)]
    typed_b = [c for c in cb if isinstance(c, TypedClaim)]
    # concept claims with opposite stances on unrelated concepts
    for x in concept_a:
        for y in concept_b:
            if {x.stance, y.stance} in ({"negated", "affirmed"}, {"safe", "affirmed"}):
                odd, other = (x, y) if x.stance != "affirmed" else (y, x)
                if not R.covers(lexicon, odd, other) and not R.covers(lexicon, other, odd):
                    return f"effect relation ({odd.label} / {other.label})"
                if odd.hedged:
                    return "odd side hedged"
                return f"concept kinds ({odd.kind}/{other.kind})"
    for x in typed_a:
        for y in typed_b:
            if x.type == y.type and x.side != y.side:
                odd, other = (x, y) if x.side in R._OPPOSITE else (y, x)
                if odd.hedged:
                    return "odd side hedged"
                if x.type in ("scope", "direction", "benefit") and not (
                        R._scope_overlap(odd.topic, other.topic) if x.type == "scope" else odd.topic & other.topic):
                    return f"effect relation ({x.type}: {sorted(odd.topic)} / {sorted(other.topic)})"
                return f"{x.type} sides ({odd.side}/{other.side}, aspect {odd.aspect}/{other.aspect})"
    def kind(c: object) -> str:
        if isinstance(c, R.Claim):
            return f"concept:{c.stance}:{c.label}"
        return f"{c.type}:{c.side}:{','.join(sorted(c.topic))}"  # type: ignore[attr-defined]

    kinds_a = {kind(c) for c in ca}
    kinds_b = {kind(c) for c in cb}
    both = f"{'+'.join(sorted(kinds_a))} / {'+'.join(sorted(kinds_b))}"
    if {":".join(k.split(":")[:2]) for k in kinds_a} & {":".join(k.split(":")[:2]) for k in kinds_b}:
        return f"same side ({both})"
    return f"types not opposed ({both})"


def _harm_partner(doc, ca: list, cb: list, sa: set[int], sb: set[int]) -> tuple[str, str] | None:
    """A typed claim on one side and a concept harm on the other that ``measure_harms`` sets
    against it (direction, scope, dose): the stage that then holds them apart."""
    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis.typed_claims import TypedClaim

    if not hasattr(R, "measure_harms"):
        return None  # a tree before the harm partners
    pairs = [(x, h) for x in ca + cb if isinstance(x, TypedClaim) and R._may_oppose_harm(x)
             for h in R.measure_harms(doc, x.type) if h.sentence in (sb if x in ca else sa) and R._harm_conflict(x, h)]
    if not pairs:
        return None
    if not any(R._same_product(doc, x, h) for x, h in pairs):
        return "(c) product not matched", "harm partner: its sentence names no product, or another"
    if all(R._held_apart(doc, x, h) for x, h in pairs):
        return "(d) gate", "harm partner held apart"
    return "(e) paired elsewhere", "harm partner"


def unread_cause(doc, k: int) -> str:
    """What the analysis sees in sentence ``k``, which holds no claim (the (a) sub-cause)."""
    import re

    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis.assertions import causer
    from lint_rules.analysis.interventions import sentence_subjects
    from lint_rules.analysis.mentions import mentions

    sent = doc.sentences[k]
    low = doc.text[sent.start:sent.end].lower()
    subjects = sentence_subjects(doc)
    names = [n for _, n in subjects.placed[k]]
    named = any(subjects.is_main(n) for n in names)
    pronoun = re.search(r"\b(?:it|its|it's|this|they|them|their)\b", low) is not None
    found = [m for m in mentions(doc) if m.sentence == k]
    framed = [m for m in found if R._usable(m) and (
        R._reading(doc, sent.start, sent.end, m) is not None or R._strength(doc, sent.start, sent.end, m))]
    if not named and not pronoun:
        what = "frame" if framed else "effect" if found else "nothing"
        if names:  # a name the interventions analysis places, none of them the main one
            return f"names only another product ({what})"
        return f"no product reference ({what})"
    if not found:
        return "no effect concept"
    if not framed:
        return "effect, no claim frame"
    if any(not subjects.is_main(n) for n in names) or any(
            m.subject != "main" or causer(doc, k, m.start, m.end).who == "other" for m in framed):
        return "frame, subject not the product"
    return "frame, dropped by another filter"


def stage(text: str, a: str, b: str) -> tuple[str, str]:
    """(stage, detail) of one missed pair."""
    from bench_injection import classify_miss

    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis.concepts import get_lexicon
    from lint_rules.analysis.typed_claims import typed_claims
    from lint_rules.parsing import parse_document

    doc = parse_document("<a>", text, "text")
    sa, sb = _sides(doc, doc.text, a, b)
    found: list = [*R.claims(doc), *typed_claims(doc)]
    ca = [c for c in found if c.sentence in sa]
    cb = [c for c in found if c.sentence in sb]
    if not ca or not cb:
        causes = sorted({unread_cause(doc, k) for k in (sa if not ca else set()) | (sb if not cb else set())})
        which = "neither" if not ca and not cb else "A" if not ca else "B"
        return "(a) not read", f"{' + '.join(causes)} (side {which})"
    lexicon = get_lexicon()
    conflicts = [(x, y) for x in ca + cb for y in (cb if x in ca else ca) for _ in R.opposes(lexicon, x, y)]
    if not conflicts:
        harm = _harm_partner(doc, ca, cb, sa, sb)
        if harm:
            return harm
        why = _why_unpaired(lexicon, ca, cb)
        return "(b) not paired", why
    st, detail = classify_miss(text, a, b)
    if st == "subject differs":
        return "(c) product not matched", detail
    if st == "gate":
        return "(d) gate", detail
    return "(e) paired elsewhere", detail


def explain(text: str, a: str, b: str) -> None:
    """Print the claims read in each side's sentence (``--explain ID``, dev rows only)."""
    from lint_rules.analysis import contradictions as R
    from lint_rules.analysis.typed_claims import typed_claims
    from lint_rules.parsing import parse_document

    doc = parse_document("<a>", text, "text")
    sa, sb = _sides(doc, doc.text, a, b)
    found: list = [*R.claims(doc), *typed_claims(doc)]
    for tag, ss in (("A", sa), ("B", sb)):
        for k in sorted(ss):
            print(f"  {tag} sentence {k}: {doc.text[doc.sentences[k].start:doc.sentences[k].end]!r}")
        for c in found:
            if c.sentence in ss:
                print(f"    {c}")
    print(f"  stage: {stage(text, a, b)}")


#: The (a) sub-causes in the order ``unread_cause`` tries them.
_CAUSE_ORDER = [f"{head} ({what})" for head in ("no product reference", "names only another product")
                for what in ("frame", "effect", "nothing")] + [
    "no effect concept", "effect, no claim frame", "frame, subject not the product", "frame, dropped by another filter"]


def _count(totals: Counter[str], st: str, detail: str) -> None:
    """One miss into ``totals``: its key, and for (a) each unread side's cause on its own
    (a pair can lose both sides, for two reasons)."""
    totals[_key(st, detail)] += 1
    if st.startswith("(a)"):
        for cause in detail.rsplit(" (side ", 1)[0].split(" + "):
            totals[f"(a') unread sides: {cause}"] += 1
        if detail.endswith("(side neither)") and " + " not in detail:
            totals[f"(a') unread sides: {detail.rsplit(' (side ', 1)[0]}"] += 1


def _key(st: str, detail: str) -> str:
    """The counting key: the stage, and for (b) and (d) the cause's class (never a row's
    words: the names of (c) and the labels in brackets are printed with ``--show`` only, on dev)."""
    if st.startswith(("(c)", "(e)")):
        return st
    if st.startswith("(a)"):  # the first cause in the order of ``unread_cause``
        causes = detail.rsplit(" (side ", 1)[0].split(" + ")
        return f"{st}: {min(causes, key=_CAUSE_ORDER.index)}"
    return f"{st}: {detail.split(' (')[0]}"


def _tally(totals: Counter[str], text: str, a: str, b: str, show: bool, label: str, finder=_contradictions) -> None:
    """One positive pair: found (by ``finder``, the benchmark's own), or counted by the stage
    that loses it (printed with ``show``)."""
    if _hits_pair(text, finder(text), a, b):
        totals["found"] += 1
        return
    st, detail = stage(text, a, b)
    _count(totals, st, detail)
    if show:
        print(f"{label}: {_key(st, detail)} | {detail}\n      A: {a}\n      B: {b}")


def run_passages(path: Path, show: bool, totals: Counter[str]) -> None:
    """Every positive row of a reviewer's passage file (``text``, ``expect``, ``flag``,
    ``flag2``): counted into ``totals``; a row printed only with ``show``."""
    for row in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()):
        if row.get("expect") and row.get("flag") and row.get("flag2"):
            _tally(totals, row["text"], row["flag"], row["flag2"], show,
                   f"{path.parent.name} {row.get('id', '')} {row.get('kind', '')}")


def run(corpus: str, split: str, show: bool, sets: tuple[str, ...], only: str = "",
        picks: Path | None = None) -> Counter[str]:
    totals: Counter[str] = Counter()
    articles = None
    if picks is not None and picks.exists():  # the articles bench_injection --picks injected into
        articles = [(a, n, list(p)) for a, n, p in json.loads(picks.read_text(encoding="utf-8"))]
    for name in sets:
        folder = _folder(name)
        cfile, ifile = folder / "contradictions.jsonl", folder / "injections.jsonl"
        if cfile.exists():
            for row in (json.loads(x) for x in cfile.read_text(encoding="utf-8").splitlines() if x.strip()):
                if row["split"] != split or not row["expect"]:
                    continue
                if only:
                    if row["id"] == only and split == "dev":
                        explain(row["text"], row["flag"], row["flag2"])
                    continue
                _tally(totals, row["text"], row["flag"], row["flag2"], show and split == "dev",
                       f"{name} {row['id']} {row['phenomenon']}")
        if ifile.exists():
            pairs = [json.loads(x) for x in ifile.read_text(encoding="utf-8").splitlines() if x.strip()]
            if articles is None:
                articles = pick_articles(corpus, 60, 14)
            rng = random.Random(14)
            # the benchmark's own order for one split (``bench_injection --split``)
            for part in (split,):
                for k, pair in enumerate(p for p in pairs if p["split"] == part):
                    _aid, iname, paras = articles[k % len(articles)]
                    other = OTHER[0] if OTHER[0] not in iname.lower() else OTHER[1]
                    a = pair["side_a"].replace("{X}", iname).replace("{Y}", other)
                    b = pair["side_b"].replace("{X}", iname).replace("{Y}", other)
                    text = inject(paras, a, b, rng)
                    if not pair["expect"]:
                        continue
                    if only:
                        if pair["id"] == only and split == "dev":
                            explain(text, a, b)
                        continue
                    _tally(totals, text, a, b, show and split == "dev", f"{name} {pair['id']} {pair['kind']} [{iname}]", _lint)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--show", action="store_true", help="print each dev miss (never test)")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--explain", default="", help="a dev row's id: print the claims of its two sides")
    parser.add_argument("--picks", type=Path, help="the picks file bench_injection --picks used (same articles)")
    parser.add_argument("--passages", type=Path, action="append", default=[],
                        help="a reviewer's passage file (JSON lines: text, expect, flag, flag2); repeatable")
    args = parser.parse_args(argv)
    sets = tuple(s for s in args.sets.split(",") if s)
    if args.explain:
        run(args.corpus, "dev", False, sets, args.explain, args.picks)
        return 0
    totals = run(args.corpus, args.split, args.show and args.split == "dev", sets, picks=args.picks)
    for path in args.passages:
        run_passages(path, args.show, totals)
    found = totals.pop("found", 0)
    missed = sum(v for k, v in totals.items() if not k.startswith("(a')"))
    print(f"[{args.split}] positives {found + missed}: found {found}, missed {missed}")
    by_stage: Counter[str] = Counter()
    for k, v in totals.items():
        by_stage[k.split(":")[0]] += v
    for st, n in sorted(by_stage.items()):
        print(f"  {st}: {n}")
        for k, v in sorted(totals.items(), key=lambda kv: -kv[1]):
            if k.split(":")[0] == st and ":" in k:
                print(f"      {k.split(': ', 1)[1]}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
