import json, re
STYLES = {"cg": "consumer_guide", "pp": "product_page", "nr": "news_report", "pr": "press_release", "bl": "blog"}
SENT_BOUNDARY = re.compile(r"[.!?][\"'\u2019\u201d)]?\s+(?=[A-Z0-9\"'\u2018\u201c(])")

def assign_splits(rows, keyfields):
    counters = {}
    for r in rows:
        k = tuple(r[f] for f in keyfields) + (r["expect"],)
        n = counters.get(k, 0)
        r["split"] = "dev" if n % 2 == 0 else "test"
        counters[k] = n + 1

def once(sub, text, label):
    assert sub, (label, "empty")
    c = text.count(sub)
    assert c == 1, (label, sub, c, text)
    return text.index(sub)

def write_jsonl(path, rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
