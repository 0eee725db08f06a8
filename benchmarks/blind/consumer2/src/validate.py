import json, os, re, sys
C=["costs","benefits","harms","evidence","funding","independent_sources","alternatives","availability","novelty","sensational"]
V={"satisfactory","not_satisfactory","not_applicable"}
rows=[json.loads(l) for l in open("labels.jsonl") if l.strip()]
ok=True
def err(m):
    global ok; ok=False; print("ERROR:",m)
if len(rows)!=16: err(f"{len(rows)} rows")
files=sorted(f for f in os.listdir(".") if re.match(r"k\d\d_",f))
if sorted(r["file"] for r in rows)!=files: err("file list mismatch")
for i,r in enumerate(sorted(rows,key=lambda r:r["file"]),1):
    fn=r["file"]
    if not fn.startswith(f"k{i:02d}_"): err(f"numbering {fn}")
    want=".txt" if i>=14 else ".md"
    if not fn.endswith(want): err(f"ext {fn}")
    for k in ["file","style","intervention","notes"]+C:
        if k not in r: err(f"{fn} missing {k}")
    for c in C:
        if r.get(c) not in V: err(f"{fn} bad {c}")
    txt=open(fn).read(); first=txt.splitlines()[0]
    if want==".md" and not first.startswith("# "): err(f"{fn} headline")
    if want==".txt" and first.startswith("#"): err(f"{fn} txt headline has #")
    w=len(txt.split())
    if not 350<=w<=900: err(f"{fn} words {w}")
    print(f"{fn:45s} {w:4d} words  {r['style']}")
from collections import Counter
print("\ncriterion            S   N  NA")
for c in C:
    k=Counter(r[c] for r in rows)
    s,n,na=k["satisfactory"],k["not_satisfactory"],k["not_applicable"]
    print(f"{c:20s} {s:2d}  {n:2d}  {na:2d}")
    if s<5 or n<5: err(f"{c} counts")
print("\nstyles:",dict(Counter(r["style"] for r in rows)))
print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)
