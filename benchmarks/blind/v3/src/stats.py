import json, collections, os
base = os.path.join(os.path.dirname(__file__), "..")
def load(f): return [json.loads(l) for l in open(os.path.join(base, f))]
P, D, J = load("passages.jsonl"), load("contradictions.jsonl"), load("injections.jsonl")
def tab(rows, key):
    c = collections.Counter((r[key], r["expect"]) for r in rows)
    keys = sorted(set(k for k, _ in c))
    return "\n".join(f"| {k} | {c[(k, True)]} | {c[(k, False)]} |" for k in keys)
def simple(rows, key):
    c = collections.Counter(r.get(key) for r in rows)
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda x: str(x[0])))
out = []
out.append("### passages.jsonl (200)\n\n| family | expect=true | expect=false |\n|---|---|---|\n" + tab(P, "family"))
out.append("| style | rows |\n|---|---|\n" + simple(P, "style"))
out.append("| split | rows |\n|---|---|\n" + simple(P, "split"))
out.append("### contradictions.jsonl (100)\n\n| phenomenon | expect=true | expect=false |\n|---|---|---|\n" + tab(D, "phenomenon"))
out.append("| control_type (false rows) | rows |\n|---|---|\n" + simple([r for r in D if not r["expect"]], "control_type"))
out.append("| style | rows |\n|---|---|\n" + simple(D, "style"))
out.append("| split | rows |\n|---|---|\n" + simple(D, "split"))
out.append("### injections.jsonl (100)\n\n| kind | expect=true | expect=false |\n|---|---|---|\n" + tab(J, "kind"))
out.append("| control_type (controls) | rows |\n|---|---|\n" + simple([r for r in J if not r["expect"]], "control_type"))
out.append("| split | rows |\n|---|---|\n" + simple(J, "split"))
print("\n\n".join(out))
