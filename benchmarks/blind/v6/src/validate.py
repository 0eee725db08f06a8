"""Validate the three JSONL files of blind set v6 (independently of the builders)."""
import json, re, sys, collections
from common import sentences, sent_index
BASE = "/work/blind-v6/"
STYLES = {"consumer_guide", "product_page", "news_report", "press_release", "blog"}
KINDS = ["synonym", "denial_form", "group_harm", "dose_limit", "interaction", "safety_scope",
         "allergen", "course", "treatment_effect", "direction"]
CTRL = {"hedge_agree", "different_intervention", "debunked_claim", "question", "excluded_condition",
        "past_vs_present", "symptom_vs_side_effect", "consistent_dose", "disputed_attribution",
        "conditional_scope", "population_differs"}
PFAM = ["vague_attribution", "animal_invitro_evidence", "causal_overclaim", "anecdote_as_evidence",
        "supplement_disease_claim", "absolute_or_miracle", "credential_inflation", "promotion",
        "sensational", "boilerplate_filler"]
errs = []
def E(*a): errs.append(a)

def load(fn):
    rows = []
    with open(BASE + fn, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                E(fn, n, "bad json", str(e))
    return rows

def check_splits(rows, cellkey, fn):
    seen = collections.defaultdict(list)
    for r in rows:
        seen[cellkey(r)].append(r)
    for cell, rs in seen.items():
        for i, r in enumerate(rs):
            want = "dev" if i % 2 == 0 else "test"
            if r.get("split") != want:
                E(fn, r.get("id"), "split should be", want, cell)

# contradictions
C = load("contradictions.jsonl")
ids = set()
for r in C:
    base = ["id", "family", "phenomenon", "style", "intervention", "text", "expect", "why", "split"]
    extra = ["flag", "flag2"] if r.get("expect") is True else ["control_type", "decoy", "decoy2"]
    for k in base + extra:
        if k not in r or r[k] in (None, ""): E("C", r.get("id"), "missing", k)
    if r.get("id") in ids: E("C", r["id"], "dup id")
    ids.add(r.get("id"))
    if r.get("family") != "contradiction": E("C", r["id"], "family")
    if r.get("phenomenon") not in KINDS: E("C", r["id"], "phenomenon")
    if r.get("style") not in STYLES: E("C", r["id"], "style")
    if not isinstance(r.get("expect"), bool): E("C", r["id"], "expect not bool")
    if r.get("expect") is False and r.get("control_type") not in CTRL: E("C", r["id"], "control_type", r.get("control_type"))
    a, b = extra[-2], extra[-1]
    t = r["text"]
    if r.get(a) not in t or r.get(b) not in t:
        E("C", r["id"], "span not substring"); continue
    pa, pb = t.find(r[a]), t.find(r[b])
    if pa >= pb: E("C", r["id"], a, "not before", b)
    if pa + len(r[a]) > pb: E("C", r["id"], "spans overlap")
    gap = sent_index(t, pb) - sent_index(t, pa)
    if gap < 2: E("C", r["id"], "fewer than one sentence between sides", gap)
    ns = len(sentences(t))
    if not 4 <= ns <= 9: E("C", r["id"], "sentence count", ns)
cnt = collections.Counter((r["phenomenon"], r["expect"]) for r in C)
for k in KINDS:
    if cnt[(k, True)] != 8 or cnt[(k, False)] != 8: E("C", k, "cell count", cnt[(k, True)], cnt[(k, False)])
if len(C) != 160: E("C", "total", len(C))
check_splits(C, lambda r: (r["phenomenon"], r["expect"]), "C")

# injections
J = load("injections.jsonl")
ids = set()
for r in J:
    for k in ["id", "kind", "side_a", "side_b", "expect", "split"] + ([] if r.get("expect") else ["control_type"]):
        if k not in r or r[k] in (None, ""): E("J", r.get("id"), "missing", k)
    if r.get("id") in ids: E("J", r["id"], "dup id")
    ids.add(r.get("id"))
    if r.get("kind") not in KINDS: E("J", r["id"], "kind")
    if not r.get("expect") and r.get("control_type") not in CTRL: E("J", r["id"], "control_type")
    for k in ("side_a", "side_b"):
        t = r[k]
        for s, e in sentences(t):
            if t[s:e].lstrip().startswith("{X}"): E("J", r["id"], k, "sentence begins with {X}")
        if set(re.findall(r"\{[^}]*\}", t)) - {"{X}", "{Y}"}: E("J", r["id"], k, "bad placeholder")
    if "{X}" not in r["side_a"]: E("J", r["id"], "side_a lacks {X}")
    if r.get("control_type") == "different_intervention":
        if "{Y}" not in r["side_b"]: E("J", r["id"], "different_intervention needs {Y}")
    elif "{X}" not in r["side_b"]: E("J", r["id"], "side_b lacks {X}")
    if "{Y}" in r["side_a"] + r["side_b"] and r.get("control_type") != "different_intervention": E("J", r["id"], "{Y} misuse")
cnt = collections.Counter((r["kind"], r["expect"]) for r in J)
for k in KINDS:
    if cnt[(k, True)] != 8 or cnt[(k, False)] != 4: E("J", k, "cell count", cnt[(k, True)], cnt[(k, False)])
if len(J) != 120: E("J", "total", len(J))
check_splits(J, lambda r: (r["kind"], r["expect"]), "J")

# passages
P = load("passages.jsonl")
ids = set()
for r in P:
    for k in ["id", "family", "phenomenon", "style", "text", "expect", "why", "split"] + (["flag"] if r.get("expect") else []):
        if k not in r or r[k] in (None, ""): E("P", r.get("id"), "missing", k)
    if r.get("id") in ids: E("P", r["id"], "dup id")
    ids.add(r.get("id"))
    if r.get("family") not in PFAM: E("P", r["id"], "family")
    if r.get("style") not in STYLES: E("P", r["id"], "style")
    if r.get("expect") and r["flag"] not in r["text"]: E("P", r["id"], "flag not substring")
    if not r.get("expect") and "flag" in r: E("P", r["id"], "flag on negative")
    ns = len(sentences(r["text"]))
    if not 1 <= ns <= 3: E("P", r["id"], "sentence count", ns)
famc = collections.Counter(r["family"] for r in P)
for f in PFAM:
    if famc[f] != 15: E("P", f, "family count", famc[f])
npos = sum(1 for r in P if r["expect"])
if len(P) != 150 or not 75 <= npos <= 85: E("P", "totals", len(P), npos)
check_splits(P, lambda r: (r["family"], r["expect"]), "P")

for e in errs: print("ERROR", *e)
print("contradictions %d (true %d), injections %d (true %d), passages %d (true %d)" % (
    len(C), sum(r["expect"] for r in C), len(J), sum(r["expect"] for r in J), len(P), npos))
print("OK" if not errs else "%d errors" % len(errs))
sys.exit(1 if errs else 0)
