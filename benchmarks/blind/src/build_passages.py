import json, collections
P_all = []
for f in ["p1","p2","p3","p4","p5"]:
    ns = {}
    exec(open(f"/work/blind-out/src/{f}.py").read(), ns)
    P_all += ns["P"]
cnt = collections.Counter()
out = []
for i, (fam, phen, style, text, expect, flag, why) in enumerate(P_all, 1):
    k = (fam, expect)
    split = "dev" if cnt[k] % 2 == 0 else "test"
    cnt[k] += 1
    d = {"id": f"P{i:04d}", "family": fam, "phenomenon": phen, "style": style, "text": text, "expect": expect}
    if expect:
        assert flag and flag in text, (i, flag, text)
        d["flag"] = flag
    else:
        assert not flag
    d["why"] = why
    d["split"] = split
    out.append(d)
texts = collections.Counter(d["text"] for d in out)
assert all(v == 1 for v in texts.values()), [t for t, v in texts.items() if v > 1]
with open("/work/blind-out/passages.jsonl", "w") as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
c = collections.Counter((d["family"], d["expect"], d["split"]) for d in out)
for k in sorted(c): print(k, c[k])
print(len(out))
