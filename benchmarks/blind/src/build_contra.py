import json, collections, re, sys
C = []
for f in ["c1","c2","c3"]:
    ns = {}
    exec(open(f"/work/blind-out/src/{f}.py").read(), ns)
    C += ns["C"]
def sent_index(text, pos):
    # sentence boundaries: ., ?, ! followed by space and capital/quote
    bounds = [m.end() for m in re.finditer(r'[.?!](?=\s+[A-Z“\'])', text)]
    return sum(1 for b in bounds if b <= pos)
cnt = collections.Counter()
out = []; adj = []
ns2 = {}
exec(open("/work/blind-out/src/mids.py").read(), ns2)
MIDS = ns2["MIDS"]
for i, (phen, style, interv, text, expect, s1, s2, ctype, why) in enumerate(C, 1):
    assert s1 in text and s2 in text, (i, s1, s2)
    if i in MIDS:
        e = text.index(s1) + len(s1)
        m = re.search(r'[.?!](?=\s)', text[e-1:])
        cut = e - 1 + m.end()
        text = text[:cut] + " " + MIDS[i] + text[cut:]
    a, b = text.index(s1), text.index(s2)
    assert a < b, (i, "order")
    gap = sent_index(text, b) - sent_index(text, a)
    if gap < 2: adj.append((i, gap, text[:60]))
    k = (phen, expect)
    split = "dev" if cnt[k] % 2 == 0 else "test"; cnt[k] += 1
    d = {"id": f"C{i:04d}", "family": "contradiction", "phenomenon": phen, "style": style, "intervention": interv, "text": text, "expect": expect}
    if expect:
        d["flag"] = s1; d["flag2"] = s2
    else:
        d["control_type"] = ctype; d["decoy"] = s1; d["decoy2"] = s2
    d["why"] = why; d["split"] = split
    out.append(d)
assert len(set(d["text"] for d in out)) == len(out)
with open("/work/blind-out/contradictions.jsonl", "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
c = collections.Counter((d["phenomenon"], d["expect"], d["split"]) for d in out)
for k in sorted(c): print(k, c[k])
print(len(out), "adjacent:", len(adj))
for x in adj: print(x)
