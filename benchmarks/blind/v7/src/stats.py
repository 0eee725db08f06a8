import json, collections
def load(p): return [json.loads(l) for l in open("../"+p,encoding="utf-8")]
C=load("contradictions.jsonl"); J=load("injections.jsonl"); P=load("passages.jsonl")
out=[]
def table(rows, key, title):
    cnt=collections.Counter((key(r), r["expect"], r["split"]) for r in rows)
    keys=sorted(set(key(r) for r in rows), key=lambda k:[key(r) for r in rows].index(k))
    out.append(f"\n### {title}\n\n| cell | true dev | true test | false dev | false test |\n|---|---|---|---|---|")
    for k in keys:
        out.append(f"| {k} | {cnt[(k,True,'dev')]} | {cnt[(k,True,'test')]} | {cnt[(k,False,'dev')]} | {cnt[(k,False,'test')]} |")
    tot=collections.Counter((r['expect'],r['split']) for r in rows)
    out.append(f"| **total {len(rows)}** | {tot[(True,'dev')]} | {tot[(True,'test')]} | {tot[(False,'dev')]} | {tot[(False,'test')]} |")
table(C, lambda r:r["phenomenon"], "contradictions.jsonl (phenomenon × expect × split)")
table(J, lambda r:r["kind"], "injections.jsonl (kind × expect × split)")
table(P, lambda r:r["family"], "passages.jsonl (family × expect × split)")
ct=collections.Counter(r["control_type"] for r in C if not r["expect"])
out.append("\nContradiction control types: "+", ".join(f"{k} {v}" for k,v in ct.most_common()))
ct=collections.Counter(r["control_type"] for r in J if not r["expect"])
out.append("\nInjection control types: "+", ".join(f"{k} {v}" for k,v in ct.most_common()))
T=[r for r in C if r["expect"]]
f=collections.Counter(x for r in T for x in r["features"])
out.append(f"\nConflicting contradiction rows (80) with features: structural placement (heading/bullet/key-facts/Q&A vs prose) {f['struct']}, a side expressed with numbers {f['num']}, hard-to-spot product/attribution/first-person {f['hidden']}, British spelling {f['uk']}.")
out.append("\nContradiction styles: "+", ".join(f"{k} {v}" for k,v in collections.Counter(r['style'] for r in C).most_common()))
out.append("\nContradiction writers: "+", ".join(f"{k} {v}" for k,v in collections.Counter(r['writer'] for r in C).most_common()))
out.append("\nPassage styles: "+", ".join(f"{k} {v}" for k,v in collections.Counter(r['style'] for r in P).most_common()))
print("\n".join(out))
