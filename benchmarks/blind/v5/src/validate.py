import json, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import split_sentences
D = "/work/blind-v5/"
STYLES = {"consumer_guide","product_page","news_report","press_release","blog"}
CTYPES = {"hedge_agree","different_intervention","debunked_claim","question","excluded_condition","past_vs_present","symptom_vs_side_effect","consistent_dose","disputed_attribution"}
KINDS = ["synonym","denial_form","group_harm","dose_limit","interaction","safety_scope","allergen","course","treatment_effect","direction"]
FAMS = ["vague_attribution","animal_invitro_evidence","causal_overclaim","anecdote_as_evidence","supplement_disease_claim","absolute_or_miracle","credential_inflation","promotion","sensational","boilerplate_filler"]
errors = []
def err(*a): errors.append(" ".join(str(x) for x in a))
def load(name):
    p = D + name
    if not os.path.exists(p):
        err("missing", name); return []
    rows = []
    for i, line in enumerate(open(p, encoding="utf-8"), 1):
        try: rows.append(json.loads(line))
        except Exception as e: err(name, "line", i, "bad JSON", e)
    return rows
def sidx(text, pos):
    for k, (a, b) in enumerate(split_sentences(text)):
        if a <= pos < b + 1: return k
    return -1
def check_splits(rows, keyf, name):
    seen = collections.defaultdict(list)
    for r in rows: seen[keyf(r)].append(r["split"])
    for k, sp in seen.items():
        want = ["dev" if i % 2 == 0 else "test" for i in range(len(sp))]
        if sp != want: err(name, "split pattern wrong in", k, sp)
def check_ids(rows, prefix, name):
    ids = [r.get("id") for r in rows]
    want = ["%s%03d" % (prefix, i) for i in range(1, len(rows)+1)]
    if ids != want: err(name, "ids not sequential")

# ---- contradictions
rows = load("contradictions.jsonl")
check_ids(rows, "D5-", "contra")
base = ["id","family","phenomenon","style","intervention","text","expect","why","split"]
cell = collections.Counter(); nsent = []; gaps = []
for r in rows:
    for f in base:
        if f not in r or r[f] in ("", None): err(r.get("id"), "missing", f)
    if r["family"] != "contradiction": err(r["id"], "family")
    if r["style"] not in STYLES: err(r["id"], "style", r["style"])
    if r["phenomenon"] not in KINDS: err(r["id"], "phenomenon")
    if r["split"] not in ("dev","test"): err(r["id"], "split")
    t = r["text"]; ns = len(split_sentences(t)); nsent.append(ns)
    if not 4 <= ns <= 8: err(r["id"], "sentence count", ns)
    if r["expect"] is True:
        a, b = r.get("flag"), r.get("flag2")
        if "control_type" in r: err(r["id"], "control_type on positive")
    elif r["expect"] is False:
        a, b = r.get("decoy"), r.get("decoy2")
        if r.get("control_type") not in CTYPES: err(r["id"], "control_type", r.get("control_type"))
    else:
        err(r["id"], "expect not bool"); continue
    if not a or not b or a not in t or b not in t:
        err(r["id"], "span not exact substring", repr(a)[:40], repr(b)[:40]); continue
    if t.count(a) > 1 or t.count(b) > 1: err(r["id"], "span not unique")
    pa, pb = t.index(a), t.index(b)
    if not pa + len(a) <= pb: err(r["id"], "first span not before second")
    ia, ib = sidx(t, pa), sidx(t, pb)
    gaps.append(ib - ia - 1)
    if ib - ia < 2: err(r["id"], "fewer than one sentence between sides", ia, ib)
    cell[(r["phenomenon"], r["expect"])] += 1
for k in KINDS:
    for e in (True, False):
        if cell[(k, e)] != 8: err("contra cell", k, e, cell[(k, e)])
check_splits(rows, lambda r: (r["phenomenon"], r["expect"]), "contra")
if rows:
    print("contradictions: %d rows, mean sentences %.1f, mean gap %.1f (pos only %.1f)" % (
        len(rows), sum(nsent)/len(nsent), sum(gaps)/len(gaps),
        sum(g for g, r in zip(gaps, rows) if r["expect"]) / max(1, sum(1 for r in rows if r["expect"]))))
    print("  styles", dict(collections.Counter(r["style"] for r in rows)))
    print("  control types", dict(collections.Counter(r.get("control_type") for r in rows if not r["expect"])))

# ---- injections
rows = load("injections.jsonl")
if rows:
    check_ids(rows, "J5-", "inj")
    cell = collections.Counter()
    for r in rows:
        for f in ["id","kind","side_a","side_b","expect","split"]:
            if f not in r or r[f] in ("", None): err(r.get("id"), "missing", f)
        if r["kind"] not in KINDS: err(r["id"], "kind")
        if not isinstance(r["expect"], bool): err(r["id"], "expect"); continue
        for s in ("side_a","side_b"):
            if r[s].lstrip().startswith("{X}"): err(r["id"], s, "starts with {X}")
        if "{X}" not in r["side_a"]: err(r["id"], "side_a lacks {X}")
        if r["expect"]:
            if "{X}" not in r["side_b"] and "it " not in r["side_b"].lower() and "the " not in r["side_b"].lower(): err(r["id"], "side_b lacks reference")
            if "control_type" in r: err(r["id"], "control_type on positive")
        else:
            if r.get("control_type") not in CTYPES: err(r["id"], "control_type")
            if r.get("control_type") == "different_intervention" and "{Y}" not in r["side_b"]: err(r["id"], "diff-intervention lacks {Y}")
        cell[(r["kind"], r["expect"])] += 1
    for k in KINDS:
        if cell[(k, True)] != 8 or cell[(k, False)] != 4: err("inj cell", k, cell[(k, True)], cell[(k, False)])
    check_splits(rows, lambda r: (r["kind"], r["expect"]), "inj")
    print("injections: %d rows" % len(rows))
    print("  control types", dict(collections.Counter(r.get("control_type") for r in rows if not r["expect"])))

# ---- passages
rows = load("passages.jsonl")
if rows:
    check_ids(rows, "P5-", "pass")
    cell = collections.Counter()
    for r in rows:
        for f in ["id","family","phenomenon","style","text","expect","why","split"]:
            if f not in r or r[f] in ("", None): err(r.get("id"), "missing", f)
        if r["family"] not in FAMS: err(r["id"], "family")
        if r["style"] not in STYLES: err(r["id"], "style")
        ns = len(split_sentences(r["text"]))
        if not 1 <= ns <= 3: err(r["id"], "sentences", ns)
        if r["expect"] is True:
            if not r.get("flag") or r["flag"] not in r["text"]: err(r["id"], "flag not substring")
        elif r["expect"] is False:
            if "flag" in r: err(r["id"], "flag on negative")
        else: err(r["id"], "expect")
        cell[(r["family"], r["expect"])] += 1
    for fam in FAMS:
        n = cell[(fam, True)] + cell[(fam, False)]
        if n != 15 or cell[(fam, True)] == 0 or cell[(fam, False)] == 0: err("pass cell", fam, cell[(fam, True)], cell[(fam, False)])
    check_splits(rows, lambda r: (r["family"], r["expect"]), "pass")
    npos = sum(r["expect"] for r in rows)
    print("passages: %d rows, %d true, %d false" % (len(rows), npos, len(rows) - npos))
    print("  styles", dict(collections.Counter(r["style"] for r in rows)))
    print("  cells", {f: (cell[(f, True)], cell[(f, False)]) for f in FAMS})
print("ERRORS:", len(errors))
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
