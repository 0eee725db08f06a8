import json, re, sys, collections
def sentences(text):
    """Return list of (start,end) sentence spans. Boundaries: newline(s), or [.!?] (+closing quote) followed by space."""
    spans=[]; start=0
    for m in re.finditer(r'\n+|(?<=[.!?])["”’\')]*\s+', text):
        spans.append((start,m.start())); start=m.end()
    spans.append((start,len(text)))
    return [(s,e) for s,e in spans if re.search(r'[A-Za-z]{2,}', text[s:e]) and not re.fullmatch(r'\s*(Q|A):?\s*',text[s:e])]
def idx(spans,pos):
    for i,(s,e) in enumerate(spans):
        if s<=pos<=e: return i
    raise ValueError(pos)
errs=[]; warn=[]
def check_contra(path):
    rows=[json.loads(l) for l in open(path,encoding='utf-8')]
    need=["id","family","phenomenon","style","intervention","text","expect","why","split"]
    cells=collections.Counter(); splits=collections.defaultdict(list); ids=set()
    for r in rows:
        for k in need:
            if k not in r: errs.append(f"{r.get('id')} missing {k}")
        if r['id'] in ids: errs.append(f"dup id {r['id']}")
        ids.add(r['id'])
        if r['family']!='contradiction': errs.append(f"{r['id']} family")
        t=r['text']
        a,b=(r['flag'],r['flag2']) if r['expect'] else (r['decoy'],r['decoy2'])
        if r['expect'] is False and 'control_type' not in r: errs.append(f"{r['id']} control_type")
        if a not in t or b not in t: errs.append(f"{r['id']} span not substring"); continue
        ia=t.find(a); ib=t.find(b)
        if r['expect'] and not ia<ib: errs.append(f"{r['id']} flag not before flag2")
        if ia+len(a)>ib: errs.append(f"{r['id']} spans overlap/order")
        if t.count(a)>1 or t.count(b)>1: warn.append(f"{r['id']} span occurs more than once")
        if r['expect'] and r.get('distance')=='far':
            paras=[x for x in re.split(r'\n\s*\n',t)]
            pa=[i for i,x in enumerate(paras) if a in x]; pb=[i for i,x in enumerate(paras) if b in x]
            if not pa or not pb or pb[0]-pa[0]<1: warn.append(f"{r['id']} far but sides in same paragraph")
        sp=sentences(t)
        n=len(sp)
        if not 5<=n<=12: errs.append(f"{r['id']} has {n} sentences")
        gap=idx(sp,ib)-idx(sp,ia+len(a)-1)
        if gap<2: errs.append(f"{r['id']} fewer than one sentence between sides (gap {gap})")
        cells[(r['phenomenon'],r['expect'])]+=1
        splits[(r['phenomenon'],r['expect'])].append(r['split'])
    for k,v in splits.items():
        exp=['dev' if i%2==0 else 'test' for i in range(len(v))]
        if v!=exp: errs.append(f"split pattern {k}")
    if len(rows)!=160: errs.append(f"contra rows {len(rows)}")
    for k,v in cells.items():
        if v!=8: errs.append(f"cell {k} = {v}")
    if len(cells)!=20: errs.append(f"cells {len(cells)}")
    return rows
def check_inj(path):
    rows=[json.loads(l) for l in open(path,encoding='utf-8')]
    need=["id","kind","side_a","side_b","expect","split"]
    cells=collections.Counter(); splits=collections.defaultdict(list); ids=set()
    for r in rows:
        for k in need:
            if k not in r: errs.append(f"{r.get('id')} missing {k}")
        if r['id'] in ids: errs.append(f"dup id {r['id']}")
        ids.add(r['id'])
        for s in ('side_a','side_b'):
            v=r[s]
            if v.lstrip().startswith('{X}'): errs.append(f"{r['id']} {s} begins with {{X}}")
            for sent in re.split(r'(?<=[.!?])\s+',v):
                if sent.strip().startswith('{X}'): errs.append(f"{r['id']} {s} sentence begins with {{X}}")
        if '{X}' not in r['side_a']+r['side_b']: errs.append(f"{r['id']} no {{X}}")
        if not r['expect']:
            if 'control_type' not in r: errs.append(f"{r['id']} control_type")
            if r['control_type']=='different_intervention' and '{Y}' not in r['side_b']: errs.append(f"{r['id']} diff_int without {{Y}} in side_b")
        else:
            if '{Y}' in r['side_a']+r['side_b']: errs.append(f"{r['id']} positive uses {{Y}}")
        cells[(r['kind'],r['expect'])]+=1; splits[(r['kind'],r['expect'])].append(r['split'])
    for k,v in splits.items():
        exp=['dev' if i%2==0 else 'test' for i in range(len(v))]
        if v!=exp: errs.append(f"inj split pattern {k}")
    if len(rows)!=120: errs.append(f"inj rows {len(rows)}")
    for (k,e),v in cells.items():
        if v!=(8 if e else 4): errs.append(f"inj cell {(k,e)} = {v}")
    return rows
c=check_contra('/work/blind-v8/contradictions.jsonl')
import os
if os.path.exists('/work/blind-v8/injections.jsonl'): check_inj('/work/blind-v8/injections.jsonl')
else: warn.append("no injections file yet")
print("ERRORS:",len(errs)); print("\n".join(errs)); print("WARN:",warn)
