import json, collections, os
B = "/work/blind-out/"
def load(p):
    rows = []
    for n, line in enumerate(open(B+p), 1):
        rows.append(json.loads(line))
    return rows
P = load("passages.jsonl")
for d in P:
    for k in ("id","family","phenomenon","style","text","expect","why","split"): assert k in d, (d["id"], k)
    assert d["split"] in ("dev","test")
    if d["expect"]: assert d["flag"] in d["text"], d["id"]
    else: assert "flag" not in d
C = load("contradictions.jsonl")
for d in C:
    if d["expect"]:
        assert d["flag"] in d["text"] and d["flag2"] in d["text"], d["id"]
    else:
        assert d["decoy"] in d["text"] and d["decoy2"] in d["text"], d["id"]
I = load("injections.jsonl")
for d in I:
    assert "{X}" in d["side_a"]
A = load("articles/labels.jsonl")
for d in A:
    if d["family"] == "none": continue
    t = open(B+"articles/"+d["file"]).read()
    assert d["flag"] in t, d
    if "flag2" in d: assert d["flag2"] in t, d
def show(name, rows, key):
    c = collections.Counter((r[key], r["expect"], r["split"]) for r in rows)
    print(f"== {name}: {len(rows)} rows")
    keys = sorted(set(r[key] for r in rows))
    for k in keys:
        print(f"  {k:28s} pos dev/test {c[(k,True,'dev')]}/{c[(k,True,'test')]}  neg dev/test {c[(k,False,'dev')]}/{c[(k,False,'test')]}")
show("passages", P, "family"); show("contradictions", C, "phenomenon"); show("injections", I, "kind")
print("articles labels:", len(A), collections.Counter(d["split"] for d in A))
print("passage styles:", collections.Counter(d["style"] for d in P))
print("contra styles:", collections.Counter(d["style"] for d in C))
print("contra control types:", collections.Counter(d.get("control_type") for d in C if not d["expect"]))
print("inj control types:", collections.Counter(d.get("control_type") for d in I if not d["expect"]))
print("OK")
