import json, re, sys, collections
import common
for m in ["c_synonym","c_denial","c_group","c_dose","c_inter","c_scope","c_allergen","c_course","c_effect","c_direction"]:
    __import__(m)
rows = common.ROWS
def units(text):
    # sentence units: each non-empty line is split at sentence-final punctuation followed by space/end;
    # leading list markers ("- ", "1. ", "# ") are ignored.
    spans=[]; pos=0
    for line in text.split("\n"):
        m0=re.match(r'\s*(?:#+\s+|-\s+|\d+\.\s+)?', line)
        st=m0.end()
        if line[st:].strip():
            base=st
            for m in re.finditer(r'[.!?]+["\'\)\u201d]*(?=\s|$)', line[base:]):
                e=base+m.end()
                if line[st:e].strip(): spans.append((pos+st,pos+e))
                st=e
            if line[st:].strip(): spans.append((pos+st,pos+len(line)))
        pos+=len(line)+1
    return spans
def unit_of(spans, i):
    for k,(s,e) in enumerate(spans):
        if s<=i<e: return k
    return None
cnt=collections.Counter(); out=[]
for r in rows:
    cell=(r["phenomenon"], r["expect"])
    r["split"]="dev" if cnt[cell]%2==0 else "test"; cnt[cell]+=1
    out.append(r)
for i,r in enumerate(out,1): r["id"]="D7-%03d"%i
from extra import EXTRA
for r in out:
    if r["id"] in EXTRA:
        pre,post=EXTRA[r["id"]]
        t=r["text"]
        if pre: t=pre+("\n" if pre.startswith("#") or t.startswith("#") or t.startswith("Q:") else " ")+t
        if post: t=t+("\n" if post.startswith("#") or "\n" in r["text"] else " ")+post
        r["text"]=t
order=["id","family","phenomenon","style","writer","intervention","text","expect","flag","flag2","control_type","decoy","decoy2","why","split","features"]
with open("../contradictions.jsonl","w",encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps({k:r[k] for k in order if k in r},ensure_ascii=False)+"\n")
print(len(out))
