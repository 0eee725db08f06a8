import json, collections
import passages_a, passages_b, passages_c
from passages_a import P
from pass_context import CTX
cnt = collections.Counter(); rows = []
for n, it in enumerate(P, 1):
    exp = it["flag"] is not None
    sp = "dev" if cnt[(it["family"], exp)] % 2 == 0 else "test"; cnt[(it["family"], exp)] += 1
    pid = "P5-%03d" % n
    if pid in CTX:
        pos, sen = CTX[pid]
        it["text"] = (sen + " " + it["text"]) if pos == "pre" else (it["text"] + " " + sen)
    r = dict(id=pid, family=it["family"], phenomenon=it["phenomenon"], style=it["style"], text=it["text"], expect=exp)
    if exp: r["flag"] = it["flag"]
    r["why"] = it["why"]; r["split"] = sp
    rows.append(r)
with open("/work/blind-v5/passages.jsonl", "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "news/press", sum(r["style"] in ("news_report","press_release") for r in rows),
      "mean sents", sum(len(__import__('common').split_sentences(r["text"])) for r in rows)/len(rows))
