import json, collections
ns = {}; exec(open("/work/blind-out/src/inj.py").read(), ns); I = ns["I"]
cnt = collections.Counter(); out = []
for i, (kind, a, b, expect, ct) in enumerate(I, 1):
    assert "{X}" in a, (i, a)
    assert ("{X}" in b) or ("{Y}" in b and not expect), (i, b)
    if expect: assert "{Y}" not in a + b
    for s in (a, b):
        assert s.strip()[0].isupper() or s.startswith("{"), s
        assert s.count("{") == s.count("}")
    k = (kind, expect); split = "dev" if cnt[k] % 2 == 0 else "test"; cnt[k] += 1
    d = {"id": f"I{i:04d}", "kind": kind, "side_a": a, "side_b": b, "expect": expect}
    if not expect: d["control_type"] = ct
    d["split"] = split
    out.append(d)
assert len(set((d["side_a"], d["side_b"]) for d in out)) == len(out)
assert len(set(d["side_a"] for d in out)) == len(out), [a for a,c in collections.Counter(d["side_a"] for d in out).items() if c>1]
# check sentences don't start with {X}
for d in out:
    for s in (d["side_a"], d["side_b"]):
        if s.startswith("{X}"): print("starts with X:", s)
with open("/work/blind-out/injections.jsonl", "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
c = collections.Counter((d["kind"], d["expect"]) for d in out)
for k in sorted(c): print(k, c[k])
print(len(out), collections.Counter(d["split"] for d in out), collections.Counter(d["expect"] for d in out))
