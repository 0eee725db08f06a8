"""Validate the blind-v4 JSONL files."""
import json, os, re, sys
from collections import Counter, defaultdict
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def err(m): errs.append(m)

ABBR = ["Dr.", "e.g.", "i.e.", "U.S.", "Mr.", "Mrs.", "Ms.", "vs.", "St."]
def sentence_spans(text):
    t = text
    for a in ABBR:
        t = t.replace(a, a.replace(".", "\x00"))
    spans, start = [], 0
    for m in re.finditer(r'[.!?;:]?[.!?]["\u201d\')]*\s+(?=["\u201c({]?[A-Z0-9{])', t):
        spans.append((start, m.end())); start = m.end()
    spans.append((start, len(t)))
    return spans

def sent_index(text, pos):
    for i, (s, e) in enumerate(sentence_spans(text)):
        if s <= pos < e:
            return i
    return -1

def load(name):
    p = os.path.join(OUT, name)
    if not os.path.exists(p):
        err("missing " + name); return []
    rows = []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s line %d bad JSON %s" % (name, n, e))
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)): err(name + " duplicate ids")
    return rows

def check_pair(r, a, b, label):
    t = r["text"]
    for k in (a, b):
        v = r.get(k)
        if not isinstance(v, str) or not v:
            err("%s %s missing %s" % (label, r["id"], k)); return
        if t.count(v) == 0:
            err("%s %s %s not substring: %r" % (label, r["id"], k, v)); return
        if t.count(v) > 1:
            err("%s %s %s occurs %d times" % (label, r["id"], k, t.count(v)))
    ia, ib = t.find(r[a]), t.find(r[b])
    if not ia + len(r[a]) <= ib:
        err("%s %s %s not before %s" % (label, r["id"], a, b))
    sa, sb = sent_index(t, ia), sent_index(t, ib)
    if sb - sa < 2:
        err("%s %s fewer than one sentence between sides (sent %d,%d)" % (label, r["id"], sa, sb))

# ---- contradictions
PHEN = ["synonym", "denial_form", "group_harm", "dose_limit", "interaction", "safety_scope",
        "allergen", "course", "treatment_effect", "direction"]
CTYPES = {"hedge_agree", "different_intervention", "debunked_claim", "question", "excluded_condition",
          "past_vs_present", "symptom_vs_side_effect", "consistent_dose", "disputed_attribution"}
STYLES = {"consumer_guide", "product_page", "news_report", "press_release", "blog"}
c = load("contradictions.jsonl")
cell = Counter()
for r in c:
    for k in ("id", "family", "phenomenon", "style", "intervention", "text", "expect", "why", "split"):
        if k not in r: err("D %s missing %s" % (r.get("id"), k))
    if r["family"] != "contradiction": err("D %s family" % r["id"])
    if r["phenomenon"] not in PHEN: err("D %s phenomenon" % r["id"])
    if r["style"] not in STYLES: err("D %s style" % r["id"])
    n = len(sentence_spans(r["text"]))
    if not 3 <= n <= 7: err("D %s has %d sentences" % (r["id"], n))
    if r["expect"] is True:
        check_pair(r, "flag", "flag2", "D")
    else:
        if r.get("control_type") not in CTYPES: err("D %s control_type" % r["id"])
        check_pair(r, "decoy", "decoy2", "D")
    cell[(r["phenomenon"], r["expect"])] += 1
if c:
    if len(c) != 160: err("contradictions: %d rows, want 160" % len(c))
    for p in PHEN:
        for e in (True, False):
            if cell[(p, e)] != 8: err("D cell %s %s = %d" % (p, e, cell[(p, e)]))

def check_splits(rows, key, label):
    seq = defaultdict(list)
    for r in rows:
        seq[key(r)].append(r["split"])
    for k, s in seq.items():
        want = ["dev" if i % 2 == 0 else "test" for i in range(len(s))]
        if s != want: err("%s split pattern wrong in %s" % (label, k))
check_splits(c, lambda r: (r["phenomenon"], r["expect"]), "D")

# ---- injections
j = load("injections.jsonl")
jc = Counter()
for r in j:
    for k in ("id", "kind", "side_a", "side_b", "expect", "split"):
        if k not in r: err("J %s missing %s" % (r.get("id"), k))
    if r["kind"] not in PHEN: err("J %s kind" % r["id"])
    for s in ("side_a", "side_b"):
        v = r[s]
        for (a_, b_) in sentence_spans(v):
            if v[a_:b_].lstrip().lstrip('"\u201c(').startswith(("{X}", "{Y}")):
                err("J %s %s has a sentence beginning with a placeholder" % (r["id"], s))
        if v.count("{X}") + v.count("{Y}") == 0: err("J %s %s has no placeholder" % (r["id"], s))
        if not v.rstrip().endswith((".", "!", "?", '"', "\u201d")): err("J %s %s no end punct" % (r["id"], s))
    if "{X}" not in r["side_a"]: err("J %s side_a lacks {X}" % r["id"])
    if r["expect"] is False:
        if r.get("control_type") not in CTYPES: err("J %s control_type" % r["id"])
        if r.get("control_type") == "different_intervention" and "{Y}" not in r["side_b"]:
            err("J %s different_intervention without {Y}" % r["id"])
    else:
        if "{X}" not in r["side_b"] and "{Y}" in r["side_b"]: err("J %s positive uses {Y}" % r["id"])
    jc[(r["kind"], r["expect"])] += 1
if j:
    if len(j) != 120: err("injections: %d rows" % len(j))
    for p in PHEN:
        if jc[(p, True)] != 8 or jc[(p, False)] != 4: err("J cell %s %d/%d" % (p, jc[(p, True)], jc[(p, False)]))
check_splits(j, lambda r: (r["kind"], r["expect"]), "J")

# ---- passages
FAM = ["vague_attribution", "animal_invitro_evidence", "causal_overclaim", "anecdote_as_evidence",
       "supplement_disease_claim", "absolute_or_miracle", "credential_inflation", "promotion",
       "sensational", "boilerplate_filler"]
pz = load("passages.jsonl")
pc = Counter()
for r in pz:
    for k in ("id", "family", "phenomenon", "style", "text", "expect", "why", "split"):
        if k not in r: err("P %s missing %s" % (r.get("id"), k))
    if r["family"] not in FAM: err("P %s family" % r["id"])
    if r["style"] not in STYLES: err("P %s style" % r["id"])
    n = len(sentence_spans(r["text"]))
    if not 1 <= n <= 3: err("P %s has %d sentences" % (r["id"], n))
    if r["expect"]:
        if not r.get("flag") or r["flag"] not in r["text"]: err("P %s flag not substring" % r["id"])
    elif "flag" in r: err("P %s negative has flag" % r["id"])
    pc[r["family"]] += 1
if pz:
    if len(pz) != 150: err("passages: %d rows" % len(pz))
    for f in FAM:
        if pc[f] != 15: err("P family %s = %d" % (f, pc[f]))
    print("passages expect=true:", sum(r["expect"] for r in pz))
check_splits(pz, lambda r: (r["family"], r["expect"]), "P")

for e in errs: print("ERROR", e)
print("OK" if not errs else "%d errors" % len(errs))
sys.exit(1 if errs else 0)
