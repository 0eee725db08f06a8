import json, collections
from pass4 import R
cnt=collections.Counter(); out=[]
for i,r in enumerate(R,1):
    c=(r["family"],r["expect"]); r["split"]="dev" if cnt[c]%2==0 else "test"; cnt[c]+=1
    d={"id":"P7-%03d"%i}
    for k in ["family","phenomenon","style","writer","text","expect","flag","why","split"]:
        if k in r: d[k]=r[k]
    out.append(d)
with open("../passages.jsonl","w",encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(out), collections.Counter(r["expect"] for r in out))
