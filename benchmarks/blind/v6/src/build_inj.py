import json, re, sys, collections
from common import sentences
from injections_data import D
out, errs = [], []
n = 0
for kind, (pos, ctl) in D.items():
    if len(pos) != 8 or len(ctl) != 4: errs.append((kind, "count", len(pos), len(ctl)))
    for expect, items in ((True, pos), (False, ctl)):
        for j, it in enumerate(items):
            n += 1
            r = {"id": "J6-%03d" % n, "kind": kind, "side_a": it[0], "side_b": it[1], "expect": expect,
                 "split": "dev" if j % 2 == 0 else "test"}
            if not expect: r["control_type"] = it[2]
            for k in ("side_a", "side_b"):
                t = r[k]
                for a, b in sentences(t):
                    if t[a:b].lstrip().startswith("{X}"): errs.append((r["id"], "starts with {X}", k))
                if "{X}" not in t and not (k == "side_b" and r.get("control_type") == "different_intervention" and "{Y}" in t):
                    errs.append((r["id"], "no {X}", k))
                for ph in re.findall(r"\{[^}]*\}", t):
                    if ph not in ("{X}", "{Y}"): errs.append((r["id"], "bad placeholder", ph))
            if "{Y}" in r["side_b"] and r.get("control_type") != "different_intervention":
                errs.append((r["id"], "{Y} outside different_intervention"))
            if r.get("control_type") == "different_intervention" and "{Y}" not in r["side_b"]:
                errs.append((r["id"], "different_intervention without {Y}"))
            out.append(r)
if "--write" in sys.argv:
    with open("/work/blind-v6/injections.jsonl", "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
for e in errs: print(e)
print(len(out), "rows;", len(errs), "errors")
print(collections.Counter((r["kind"], r["expect"], r["split"]) for r in out).most_common(3))
print(collections.Counter(r.get("control_type") for r in out))
