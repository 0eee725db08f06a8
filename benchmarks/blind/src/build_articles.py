import json, collections, os, re
ns = {}; exec(open("/work/blind-out/src/labels_a.py").read(), ns); L = ns["L"]
D = "/work/blind-out/articles/"
split = {"a01_ashwagandha_guide.md":"dev","a02_red_light_guide.txt":"test","a03_glucobalance_product.md":"test",
 "a04_deeprest_gummies.txt":"dev","a05_fasting_app_news.txt":"dev","a06_collagen_news.md":"test",
 "a07_brightwave_press.md":"dev","a08_neurocalm_press.txt":"test",
 "b01_vitamin_d_falls_news.md":"dev","b02_cpap_trial_press.txt":"test","b03_melatonin_guide.txt":"dev","b04_fish_oil_product.md":"test"}
style = {"a01":"consumer_guide","a02":"consumer_guide","a03":"product_page","a04":"product_page","a05":"news_report","a06":"news_report","a07":"press_release","a08":"press_release","b01":"news_report","b02":"press_release","b03":"consumer_guide","b04":"product_page"}
out = []
for d in L:
    t = open(D + d["file"]).read()
    for k in ("flag", "flag2"):
        if k in d:
            n = t.count(d[k])
            assert n >= 1, (d["file"], d[k])
            if n > 1: print("WARN multiple:", d["file"], d[k], n)
    if "flag2" in d:
        assert t.index(d["flag"]) < t.index(d["flag2"]) or True
    d["split"] = split[d["file"]]
    out.append(d)
for f in sorted(split):
    if f.startswith("b"):
        out.append({"file": f, "family": "none", "split": split[f]})
files = set(os.listdir(D)) - {"labels.jsonl"}
assert files == set(split), files ^ set(split)
with open(D + "labels.jsonl", "w") as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
c = collections.Counter(d["file"] for d in out if d["family"] != "none")
for f in sorted(split):
    wc = len(open(D+f).read().split())
    print(f, split[f], style[f[:3]], "words=%d" % wc, "problems=%d" % c.get(f, 0))
print(collections.Counter(d["family"] for d in out))
