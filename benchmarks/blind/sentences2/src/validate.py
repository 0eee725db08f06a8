"""Validate /work/sent2/sentences.jsonl and print counts."""
import json, os, sys, collections, re
sys.path.insert(0, os.path.dirname(__file__))
from rowlib import CLAIM_TYPES, CONTROL_TYPES, SUBJECT_FORMS, REGISTERS, DENIED

PATH = os.path.join(os.path.dirname(__file__), "..", "sentences.jsonl")
COMMON = ["id", "split", "register", "context", "target", "text", "product", "subject_form", "type", "why"]
CLAIM = ["effect", "effect_term", "hedged", "polarity"]
EFFECT_TYPES = {"harm", "no_harm", "benefit", "no_benefit"}


def main(expect_full=False):
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append("line %d: bad JSON %s" % (ln, e))
    targets = collections.Counter()
    by_type = collections.Counter()
    by_type_split = collections.Counter()
    sf = collections.defaultdict(collections.Counter)
    regs = collections.Counter()
    spell = collections.Counter()
    terms = set()
    terms_all = set()
    effects_words = set()
    ids = set()
    for r in rows:
        rid = r.get("id", "?")
        for k in COMMON:
            if k not in r or r[k] is None or (isinstance(r[k], str) and k not in ("context",) and not r[k].strip()):
                errs.append("%s: missing %s" % (rid, k))
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        t = r.get("type")
        if t not in CLAIM_TYPES and t != "control":
            errs.append("%s: bad type %s" % (rid, t))
        if r.get("split") not in ("dev", "test"):
            errs.append("%s: bad split" % rid)
        if r.get("subject_form") not in SUBJECT_FORMS:
            errs.append("%s: bad subject_form %s" % (rid, r.get("subject_form")))
        if r.get("register") not in REGISTERS:
            errs.append("%s: bad register" % rid)
        ctx, tgt, txt = r.get("context", ""), r.get("target", ""), r.get("text", "")
        if tgt not in txt:
            errs.append("%s: target not in text" % rid)
        exp = (ctx + " " + tgt) if ctx else tgt
        if txt != exp:
            errs.append("%s: text != context + ' ' + target" % rid)
        if ctx and len(re.findall(r"[.!?…](\s|$)", ctx)) > 2:
            errs.append("%s: context may exceed 2 sentences" % rid)
        targets[tgt] += 1
        regs[r.get("register")] += 1
        spell[r.get("spelling")] += 1
        sf[t if t != "control" else "control"][r.get("subject_form")] += 1
        if t == "control":
            ct = r.get("control_type")
            if ct not in CONTROL_TYPES:
                errs.append("%s: bad control_type %s" % (rid, ct))
            for k in CLAIM:
                if k in r:
                    errs.append("%s: control row has %s" % (rid, k))
            by_type["control:" + str(ct)] += 1
            by_type_split[("control", r.get("split"))] += 1
            by_type_split[("control:" + str(ct), r.get("split"))] += 1
        else:
            for k in CLAIM:
                if k not in r:
                    errs.append("%s: missing %s" % (rid, k))
            if r.get("effect", "") not in tgt or not r.get("effect"):
                errs.append("%s: effect %r not in target" % (rid, r.get("effect")))
            if r.get("effect_term") != str(r.get("effect_term")).lower():
                errs.append("%s: effect_term not lower case" % rid)
            if not isinstance(r.get("hedged"), bool):
                errs.append("%s: hedged not bool" % rid)
            pol = "denied" if t in DENIED else "affirmed"
            if r.get("polarity") != pol:
                errs.append("%s: polarity should be %s" % (rid, pol))
            for a in r.get("also_effects", []):
                if a[0] not in tgt:
                    errs.append("%s: also_effect %r not in target" % (rid, a[0]))
            by_type[t] += 1
            by_type_split[("claim", r.get("split"))] += 1
            by_type_split[(t, r.get("split"))] += 1
            if t in EFFECT_TYPES:
                terms.add(r["effect_term"])
                terms_all.add(r["effect_term"])
                effects_words.add(r["effect"].lower())
                for a in r.get("also_effects", []):
                    terms_all.add(a[1])
    for tgt, n in targets.items():
        if n > 1:
            errs.append("duplicate target: %r" % tgt)
    n_claim = sum(v for k, v in by_type.items() if not k.startswith("control"))
    n_ctrl = sum(v for k, v in by_type.items() if k.startswith("control"))
    print("rows:", len(rows), " claim:", n_claim, " control:", n_ctrl)
    for t in CLAIM_TYPES:
        print("  %-18s %3d  dev %2d test %2d  sf %s" % (t, by_type[t], by_type_split[(t, "dev")],
              by_type_split[(t, "test")], dict(sf[t])))
    for c in CONTROL_TYPES:
        k = "control:" + c
        print("  %-28s %3d  dev %2d test %2d" % (k, by_type[k], by_type_split[(k, "dev")], by_type_split[(k, "test")]))
    print("claim dev/test:", by_type_split[("claim", "dev")], by_type_split[("claim", "test")],
          " control dev/test:", by_type_split[("control", "dev")], by_type_split[("control", "test")])
    print("registers:", dict(regs))
    print("spelling:", dict(spell))
    print("distinct effect_term (harm/no_harm/benefit/no_benefit, labelled effect):", len(terms))
    print("distinct effect terms incl. also_effects (listed extra effects):", len(terms_all))
    print("distinct effect wordings (labelled):", len(effects_words))
    hed = collections.Counter((r["type"], r["hedged"]) for r in rows if r.get("type") != "control")
    print("hedged true/false per type:", {t: (hed[(t, True)], hed[(t, False)]) for t in CLAIM_TYPES})
    for r in rows:
        if r.get("type") != "control" and r["target"].count(r["effect"]) > 1:
            print("note: %s effect %r occurs more than once in target" % (r["id"], r["effect"]))
    # shared 5-word sequences between targets (stock-phrase check)
    grams = collections.defaultdict(set)
    for r in rows:
        w = re.findall(r"[a-z']+", r["target"].lower())
        for i in range(len(w) - 4):
            grams[" ".join(w[i:i + 5])].add(r["id"])
    shared = {g: ids for g, ids in grams.items() if len(ids) > 1}
    print("5-word sequences shared between targets:", len(shared), sorted(shared)[:10])
    if expect_full:
        for t in CLAIM_TYPES:
            if by_type[t] != 16:
                errs.append("type %s has %d rows, want 16" % (t, by_type[t]))
        for c in CONTROL_TYPES:
            if by_type["control:" + c] != 8:
                errs.append("control %s has %d rows, want 8" % (c, by_type["control:" + c]))
    else:
        cnts = [by_type[t] for t in CLAIM_TYPES]
        if max(cnts) != min(cnts):
            errs.append("unbalanced claim types: %s" % cnts)
    if errs:
        print("ERRORS (%d):" % len(errs))
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main("--full" in sys.argv)
