import json, sys, collections
from common import sentences, sent_index
import contra_a, contra_b, contra_c, contra_d, contra_e
rows = contra_a.ROWS + contra_b.ROWS + contra_c.ROWS + contra_d.ROWS + contra_e.ROWS
errs = []
counter = collections.Counter()
out = []
from contra_patch import PATCH, FIXES
def apply_patch(r):
    t = r["text"]
    for mode, s in PATCH.get(r["id"], []):
        if mode == "start":
            t = s + " " + t
        elif mode == "end":
            t = t + " " + s
        else:
            key = "flag" if r["expect"] else "decoy"
            p = t.find(r[key])
            for (a, b) in sentences(t):
                if a <= p < b:
                    t = t[:b].rstrip() + " " + s + " " + t[b:].lstrip() if b < len(t) else t + " " + s
                    break
    r["text"] = t
for i, r in enumerate(rows, 1):
    r = dict(r)
    r["id"] = "D6-%03d" % i
    r.update(FIXES.get(r["id"], {}))
    apply_patch(r)
    r["family"] = "contradiction"
    cell = (r["phenomenon"], r["expect"])
    r["split"] = "dev" if counter[cell] % 2 == 0 else "test"
    counter[cell] += 1
    a, b = ("flag", "flag2") if r["expect"] else ("decoy", "decoy2")
    t = r["text"]
    for k in (a, b):
        if t.count(r[k]) < 1:
            errs.append((r["id"], "not substring", k, r[k]))
    if t.count(r[a]) > 1 or t.count(r[b]) > 1:
        errs.append((r["id"], "ambiguous substring"))
    pa, pb = t.find(r[a]), t.find(r[b])
    if not (pa >= 0 and pb > pa):
        errs.append((r["id"], "order"))
    ia, ib = sent_index(t, pa), sent_index(t, pb)
    ns = len(sentences(t))
    r["_gap"] = ib - ia; r["_ns"] = ns
    if ib - ia < 2:
        errs.append((r["id"], "gap<2 sentences apart", ib - ia))
    if not (4 <= ns <= 9):
        errs.append((r["id"], "sentence count", ns))
    out.append(r)
order = ["id","family","phenomenon","style","intervention","text","expect","flag","flag2","control_type","decoy","decoy2","hard_to_spot","why","split"]
if "--write" in sys.argv:
    with open("/work/blind-v6/contradictions.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            o = {k: r[k] for k in order if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
for e in errs: print(e)
print(len(out), "rows;", len(errs), "errors")
print(collections.Counter((r["phenomenon"], r["expect"]) for r in out))
print("gaps", collections.Counter(r["_gap"] for r in out))
print("hard", sum(1 for r in out if r.get("hard_to_spot")))
