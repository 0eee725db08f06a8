import json, collections, sys
import common
from common import C, split_sentences
import c1, c2, c3, c4, c5
STYLES = {"consumer_guide","product_page","news_report","press_release","blog"}
CTYPES = {"hedge_agree","different_intervention","debunked_claim","question","excluded_condition","past_vs_present","symptom_vs_side_effect","consistent_dose","disputed_attribution"}
from inserts import INS
used=set()
for it in C:
    if it["intervention"] in INS:
        t=it["text"]; pb=t.index(it["b"])
        for (x,y) in split_sentences(t):
            if x<=pb<y+1: st=x; break
        it["text"]=t[:st]+INS[it["intervention"]]+" "+t[st:]; used.add(it["intervention"])
assert used==set(INS), set(INS)-used
errs = []
rows = []
cnt = collections.Counter()
for n, it in enumerate(C, 1):
    exp = it["ctype"] is None
    key = (it["phenomenon"], exp)
    split = "dev" if cnt[key] % 2 == 0 else "test"
    cnt[key] += 1
    r = dict(id="D5-%03d" % n, family="contradiction", phenomenon=it["phenomenon"], style=it["style"],
             intervention=it["intervention"], text=it["text"], expect=exp, why=it["why"], split=split)
    if exp:
        r["flag"], r["flag2"] = it["a"], it["b"]
    else:
        r["control_type"] = it["ctype"]; r["decoy"], r["decoy2"] = it["a"], it["b"]
    rows.append(r)
out = "/work/blind-v5/contradictions.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows))
