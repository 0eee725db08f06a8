import json, re, sys, os
from collections import Counter
P = os.path.join(os.path.dirname(__file__), '..', 'passages.jsonl')
SENT = re.compile(r'(?<=[.!?”])\s+(?=[A-Z“])')
REQ = ["id", "family", "phenomenon", "style", "text", "expect", "why", "split"]
STYLES = {"news_report", "press_release", "consumer_guide", "product_page", "blog", "newsletter", "magazine_feature", "forum_answer"}
FAMS = {"vague_attribution", "study_unfindable"}
BRIT = re.compile(r"\b(GP|NHS|colour\w*|flavour\w*|favour\w*|analys\w*|moisturis\w*|neighbour\w*|whilst|yoghurt|rota|paediatric\w*|Paediatric\w*|favourite|programme|centre|lorry|tenner|organis\w*|recognis\w*|randomised|behaviour\w*|realis\w*|practise|fibre|grey|anaemia|coeliac|mum|haemo\w*|oesoph\w*|licence|paracetamol|semi-skimmed|sceptic\w*)\b|£")
errs = []
rows = []
with open(P, encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {ln}: bad JSON {e}")
ids = Counter(r.get("id") for r in rows)
for i, n in ids.items():
    if n > 1: errs.append(f"duplicate id {i}")
cell = Counter(); sents = Counter(); twop = 0; brit = 0; styles = Counter(); phen = Counter()
texts = Counter(r.get("text") for r in rows)
for t, n in texts.items():
    if n > 1: errs.append("duplicate text: " + t[:50])
for k, r in enumerate(rows, 1):
    rid = r.get("id", f"row{k}")
    for fld in REQ:
        if fld not in r: errs.append(f"{rid}: missing {fld}")
    if r.get("id") != f"S16-{k:03d}": errs.append(f"{rid}: id out of sequence")
    if r.get("family") not in FAMS: errs.append(f"{rid}: bad family")
    if r.get("style") not in STYLES: errs.append(f"{rid}: bad style")
    if r.get("split") not in ("dev", "test"): errs.append(f"{rid}: bad split")
    if not isinstance(r.get("expect"), bool): errs.append(f"{rid}: expect not bool")
    t = r.get("text", "")
    if r.get("expect") is True:
        if "flag" not in r or "decoy" in r: errs.append(f"{rid}: positive needs flag only")
        elif r["flag"] not in t: errs.append(f"{rid}: flag not substring")
    elif r.get("expect") is False:
        if "decoy" not in r or "flag" in r: errs.append(f"{rid}: negative needs decoy only")
        elif r["decoy"] not in t: errs.append(f"{rid}: decoy not substring")
    paras = t.split("\n\n")
    if len(paras) > 2 or any(not p.strip() for p in paras): errs.append(f"{rid}: bad paragraphs")
    if "\n" in t.replace("\n\n", ""): errs.append(f"{rid}: stray newline")
    n = sum(len(SENT.split(p.strip())) for p in paras)
    if not 3 <= n <= 9: errs.append(f"{rid}: {n} sentences")
    sents[n] += 1
    twop += len(paras) == 2
    brit += bool(BRIT.search(t))
    styles[r.get("style")] += 1
    cell[(r.get("family"), r.get("expect"), r.get("split"))] += 1
    phen[(r.get("family"), r.get("expect"), r.get("phenomenon"))] += 1
for fam in FAMS:
    for exp in (True, False):
        for sp in ("dev", "test"):
            if cell[(fam, exp, sp)] != 20: errs.append(f"cell {fam} {exp} {sp} = {cell[(fam, exp, sp)]}, want 20")
# splits alternate within each family x expect cell, starting with dev
seen = Counter()
for r in rows:
    c = (r["family"], r["expect"]); want = "dev" if seen[c] % 2 == 0 else "test"; seen[c] += 1
    if r["split"] != want: errs.append(f"{r['id']}: split should be {want}")
print("rows", len(rows))
for c in sorted(cell, key=str): print(" ", c, cell[c])
print("two-paragraph", twop, "| British-marked", brit, "| sentence counts", dict(sorted(sents.items())))
print("styles", dict(styles))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
