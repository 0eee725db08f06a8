import json, re, sys, collections
from build_contra import units, unit_of
errs=[]
def load(p):
    rows=[]
    for n,l in enumerate(open(p,encoding="utf-8"),1):
        try: rows.append(json.loads(l))
        except Exception as e: errs.append(f"{p}:{n} bad json {e}")
    return rows
def check_alt(rows, keyf, name):
    seen=collections.Counter()
    for r in rows:
        k=keyf(r); exp="dev" if seen[k]%2==0 else "test"; seen[k]+=1
        if r.get("split")!=exp: errs.append(f"{name} {r['id']} split {r.get('split')} expected {exp}")
import os
base=os.path.dirname(os.path.abspath(__file__))+"/../"
# contradictions
if os.path.exists(base+"contradictions.jsonl"):
    C=load(base+"contradictions.jsonl"); ids=set()
    for r in C:
        for k in ["id","family","phenomenon","style","intervention","text","expect","why","split"]:
            if k not in r: errs.append(f"{r.get('id')} missing {k}")
        if r["id"] in ids: errs.append("dup id "+r["id"]); 
        ids.add(r["id"])
        t=r["text"]; sp=units(t)
        if not (4<=len(sp)<=10): errs.append(f"{r['id']} has {len(sp)} sentence units")
        if r["expect"] is True:
            a,b=r.get("flag"),r.get("flag2")
            if not a or not b: errs.append(r["id"]+" missing flag"); continue
            if a not in t: errs.append(r["id"]+" flag not substring: "+a); continue
            if b not in t: errs.append(r["id"]+" flag2 not substring: "+b); continue
            ia=t.index(a); ib=t.index(b)
            if ib<ia+len(a): errs.append(r["id"]+" flag2 not after flag")
            ua=unit_of(sp, ia+len(a)-1); ub=unit_of(sp, ib)
            if ua is None or ub is None or ub-ua<2: errs.append(f"{r['id']} gap units {ua}->{ub}")
        else:
            for k in ["control_type","decoy","decoy2"]:
                if not r.get(k): errs.append(r["id"]+" missing "+k)
            for k in ["decoy","decoy2"]:
                if r.get(k) and r[k] not in t: errs.append(r["id"]+f" {k} not substring: "+r[k])
    cnt=collections.Counter((r["phenomenon"],r["expect"]) for r in C)
    print("contradictions", len(C), "cells:", sorted(set(cnt.values())))
    if len(C)!=160 or any(v!=8 for v in cnt.values()) or len(cnt)!=20: errs.append(f"contradiction counts off {cnt}")
    check_alt(C, lambda r:(r["phenomenon"],r["expect"]), "C")
if os.path.exists(base+"injections.jsonl"):
    J=load(base+"injections.jsonl")
    for r in J:
        for k in ["id","kind","side_a","side_b","expect","split"]:
            if k not in r: errs.append(f"{r.get('id')} missing {k}")
        if r["expect"] is False and not r.get("control_type"): errs.append(r["id"]+" missing control_type")
        for s in (r["side_a"], r["side_b"]):
            for sent in re.split(r'(?<=[.!?])\s+', s):
                if sent.strip().startswith("{X}"): errs.append(r["id"]+" sentence begins with {X}")
        if "{X}" not in r["side_a"]+r["side_b"]: errs.append(r["id"]+" no {X}")
        if r.get("control_type")=="different_intervention" and "{Y}" not in r["side_b"]: errs.append(r["id"]+" diff-int without {Y}")
    cnt=collections.Counter((r["kind"],r["expect"]) for r in J)
    print("injections", len(J), dict(collections.Counter(r["expect"] for r in J)))
    if len(J)!=120 or len(cnt)!=20 or any(v!=(8 if k[1] else 4) for k,v in cnt.items()): errs.append(f"injection counts off {cnt}")
    check_alt(J, lambda r:(r["kind"],r["expect"]), "J")
if os.path.exists(base+"passages.jsonl"):
    P=load(base+"passages.jsonl")
    for r in P:
        for k in ["id","family","phenomenon","style","text","expect","why","split"]:
            if k not in r: errs.append(f"{r.get('id')} missing {k}")
        if r["expect"] is True:
            if not r.get("flag") or r["flag"] not in r["text"]: errs.append(r["id"]+" bad flag")
        elif "flag" in r and r["flag"]: errs.append(r["id"]+" flag on negative")
        n=len(units(r["text"]))
        if not 1<=n<=3: errs.append(f"{r['id']} {n} sentences")
    cnt=collections.Counter(r["family"] for r in P)
    print("passages", len(P), dict(collections.Counter(r["expect"] for r in P)), dict(cnt))
    if len(P)!=150 or any(v!=15 for v in cnt.values()) or len(cnt)!=10: errs.append("passage counts off")
    check_alt(P, lambda r:(r["family"],r["expect"]), "P")
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
