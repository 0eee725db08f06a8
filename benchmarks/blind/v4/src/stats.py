"""Print count tables (per file, cell and split) as Markdown."""
import json, os
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(n): return [json.loads(l) for l in open(os.path.join(OUT, n), encoding="utf-8")]
def table(rows, key, title):
    c = Counter((key(r), r["expect"], r["split"]) for r in rows)
    keys = sorted({key(r) for r in rows}, key=lambda k: [key(r) for r in rows].index(k))
    print("\n### %s (%d rows)\n" % (title, len(rows)))
    print("| cell | true dev | true test | false dev | false test | total |")
    print("|---|---|---|---|---|---|")
    for k in keys:
        a, b, d, e = c[(k, True, "dev")], c[(k, True, "test")], c[(k, False, "dev")], c[(k, False, "test")]
        print("| %s | %d | %d | %d | %d | %d |" % (k, a, b, d, e, a + b + d + e))
    t = Counter((r["expect"], r["split"]) for r in rows)
    print("| **all** | %d | %d | %d | %d | %d |" % (t[(True, "dev")], t[(True, "test")], t[(False, "dev")], t[(False, "test")], len(rows)))
c = load("contradictions.jsonl"); j = load("injections.jsonl"); p = load("passages.jsonl")
table(c, lambda r: r["phenomenon"], "contradictions.jsonl by phenomenon")
table(j, lambda r: r["kind"], "injections.jsonl by kind")
table(p, lambda r: r["family"], "passages.jsonl by family")
print("\nControl types, contradictions:", dict(Counter(r["control_type"] for r in c if not r["expect"])))
print("\nControl types, injections:", dict(Counter(r["control_type"] for r in j if not r["expect"])))
print("\nhard_to_spot conflicting rows:", sum(bool(r.get("hard_to_spot")) for r in c if r["expect"]), "of", sum(r["expect"] for r in c))
print("\nStyles, contradictions:", dict(Counter(r["style"] for r in c)))
print("\nStyles, passages:", dict(Counter(r["style"] for r in p)))
