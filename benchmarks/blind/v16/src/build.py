import json, re, sys, collections
sys.path.insert(0, '.')
import common
import c1, c2, c3, c4, c5
try:
    import inj
except ImportError:
    inj = None
from common import ROWS, INJ

STYLES = {"consumer_guide", "product_page", "news_report", "press_release", "blog"}
PHEN = ["synonym","denial_form","group_harm","dose_limit","interaction","safety_scope","allergen","course","treatment_effect","direction"]
CTYPES = {"hedge_agree","different_intervention","debunked_claim","question","excluded_condition","past_vs_present",
 "symptom_vs_side_effect","consistent_dose","disputed_attribution","conditional_scope","population_differs",
 "different_outcome_measure","corrected_claim","route_differs","dose_form_differs","other_product_same_page",
 "reported_then_answered"}
BOUND = re.compile(r'[.!?]["\')\]]*(?=\s|$)|\n')
SENT_SPLIT = re.compile(r'(?<=[.!?])\s+|\n')
errs = []
def err(i, m): errs.append(f"{i}: {m}")

def sentences_between(text, a, b):
    s1 = text.find(a); s2 = text.find(b, s1 + len(a))
    return s1, s2, len(BOUND.findall(text[s1+len(a):s2])) + (1 if re.search(r'[.!?]["\')\]]*$', a) else 0)

# assign ids and splits
cnt = collections.Counter()
for n, r in enumerate(ROWS, 1):
    r["id"] = f"D16-{n:03d}"
    key = (r["phenomenon"], r["expect"])
    r["split"] = "dev" if cnt[key] % 2 == 0 else "test"
    cnt[key] += 1
cnt2 = collections.Counter()
for n, r in enumerate(INJ, 1):
    r["id"] = f"J16-{n:03d}"
    key = (r["kind"], r["expect"])
    r["split"] = "dev" if cnt2[key] % 2 == 0 else "test"
    cnt2[key] += 1

far = 0
for r in ROWS:
    i = r["id"]
    base = ["id","family","phenomenon","style","intervention","text","expect","why","split"]
    extra = ["flag","flag2"] if r["expect"] else ["control_type","decoy","decoy2"]
    for f in base + extra:
        if f not in r or r[f] in (None, ""): err(i, f"missing {f}")
    if r["style"] not in STYLES: err(i, "bad style")
    if r["phenomenon"] not in PHEN: err(i, "bad phenomenon")
    a, b = (r["flag"], r["flag2"]) if r["expect"] else (r["decoy"], r["decoy2"])
    t = r["text"]
    if a not in t: err(i, f"side1 not substring: {a!r}")
    if b not in t: err(i, f"side2 not substring: {b!r}")
    if t.count(a) > 1: err(i, f"side1 ambiguous {a!r}")
    if t.count(b) > 1: err(i, f"side2 ambiguous {b!r}")
    if a in t and b in t:
        s1, s2, nb = sentences_between(t, a, b)
        if t.find(b) < t.find(a): err(i, "side2 before side1")
        if s2 < 0: err(i, "side2 not after side1")
        elif nb < 2: err(i, f"no full sentence between sides ({nb} boundaries)")
        if r["expect"] and nb >= 4: far += 1
        r["_gap"] = nb
    if not r["expect"] and r["control_type"] not in CTYPES: err(i, "bad control_type " + r["control_type"])
    ns = len([s for s in SENT_SPLIT.split(t) if s.strip()])
    if not (4 <= ns <= 13): err(i, f"sentence count {ns}")
for r in INJ:
    i = r["id"]
    for f in ["id","family","kind","side_a","side_b","expect","split"]:
        if f not in r: err(i, "missing " + f)
    if r["kind"] not in PHEN: err(i, "bad kind")
    if not r["expect"] and r.get("control_type") not in CTYPES: err(i, "bad control_type")
    for s in (r["side_a"], r["side_b"]):
        for sent in SENT_SPLIT.split(s):
            if sent.strip().startswith("{X}"): err(i, "sentence begins with {X}: " + sent)
    if "{X}" not in r["side_a"] and "{X}" not in r["side_b"]: err(i, "no {X}")
    if r["expect"] and not ("{X}" in r["side_a"] and "{X}" in r["side_b"]) and "{X}" not in r["side_b"]:
        pass
    if r.get("control_type") == "different_intervention" and "{Y}" not in r["side_b"]: err(i, "diff-int control without {Y} in side_b")

# counts
c = collections.Counter((r["phenomenon"], r["expect"]) for r in ROWS)
for p in PHEN:
    for e in (True, False):
        if c[(p, e)] != 8: err("count", f"{p} {e} = {c[(p,e)]}")
ci = collections.Counter((r["kind"], r["expect"]) for r in INJ)
if inj:
    for p in PHEN:
        if ci[(p, True)] != 8 or ci[(p, False)] != 4: err("count", f"inj {p} {ci[(p,True)]}/{ci[(p,False)]}")
for cell, n in collections.Counter((r["phenomenon"], r["expect"], r["split"]) for r in ROWS).items():
    if n != 4: err("split", str(cell) + str(n))

print("contradictions", len(ROWS), "injections", len(INJ), "far conflicting", far)
print("hard", sum(1 for r in ROWS if r.get("hard_to_spot")))
print("control types", collections.Counter(r["control_type"] for r in ROWS if not r["expect"]))
print("inj control types", collections.Counter(r["control_type"] for r in INJ if not r["expect"]))
print("styles", collections.Counter(r["style"] for r in ROWS))
print("writers", collections.Counter(r["writer"] for r in ROWS))
for e in errs: print("ERR", e)
order = ["id","family","phenomenon","style","writer","intervention","text","expect","flag","flag2","control_type","decoy","decoy2","why","hard_to_spot","split"]
with open("/work/blind-v16/contradictions.jsonl","w",encoding="utf-8") as f:
    for r in ROWS:
        o = {k: r[k] for k in order if k in r}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("/work/blind-v16/injections.jsonl","w",encoding="utf-8") as f:
    for r in INJ:
        o = {k: r[k] for k in ["id","family","kind","side_a","side_b","expect","control_type","split"] if k in r}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# re-read check
for fn in ["contradictions.jsonl","injections.jsonl"]:
    with open("/work/blind-v16/"+fn, encoding="utf-8") as f:
        for line in f: json.loads(line)
print("ERRORS:", len(errs))
import collections as C
print("gap dist (conflicting)", sorted(C.Counter(r["_gap"] for r in ROWS if r["expect"] and "_gap" in r).items()))
