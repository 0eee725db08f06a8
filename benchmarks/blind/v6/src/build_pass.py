import json, sys, collections
from passages_data import R
out, errs = [], []
cnt = collections.Counter()
for i, (fam, ph, style, text, flag, why) in enumerate(R, 1):
    exp = flag is not None
    cell = (fam, exp)
    r = {"id": "P6-%03d" % i, "family": fam, "phenomenon": ph, "style": style, "text": text, "expect": exp}
    if exp:
        r["flag"] = flag
        if flag not in text: errs.append((r["id"], "flag not substring"))
    r["why"] = why
    r["split"] = "dev" if cnt[cell] % 2 == 0 else "test"
    cnt[cell] += 1
    if style not in ("consumer_guide", "product_page", "news_report", "press_release", "blog"): errs.append((r["id"], "style"))
    out.append(r)
famc = collections.Counter(r["family"] for r in out)
for f, n in famc.items():
    if n != 15: errs.append((f, "family count", n))
if len(out) != 150: errs.append(("total", len(out)))
if "--write" in sys.argv:
    with open("/work/blind-v6/passages.jsonl", "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
for e in errs: print(e)
print(len(out), "rows;", len(errs), "errors; true", sum(r["expect"] for r in out))
print(collections.Counter(r["style"] for r in out))
print(sorted(cnt.items()))
