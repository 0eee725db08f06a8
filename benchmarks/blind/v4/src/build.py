"""Build the blind-v4 JSONL files from the data modules in this folder."""
import json, os, importlib
from collections import defaultdict
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def assign_splits(rows, cellkey):
    seen = defaultdict(int)
    for r in rows:
        k = cellkey(r)
        r["split"] = "dev" if seen[k] % 2 == 0 else "test"
        seen[k] += 1

def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

def build_contra():
    rows = []
    for m in ("contra_a", "contra_b"):
        try:
            rows_src = importlib.import_module(m).ROWS
        except ModuleNotFoundError:
            continue
        for t in rows_src:
            if t[0] == "T":
                _, ph, st, iv, text, a, b, why, hard = t
                r = dict(family="contradiction", phenomenon=ph, style=st, intervention=iv, text=text,
                         expect=True, why=why, flag=a, flag2=b, hard_to_spot=hard)
            else:
                _, ph, st, iv, text, ct, a, b, why = t
                r = dict(family="contradiction", phenomenon=ph, style=st, intervention=iv, text=text,
                         expect=False, why=why, control_type=ct, decoy=a, decoy2=b)
            rows.append(r)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "D4-%03d" % i, **r})
    assign_splits(out, lambda r: (r["phenomenon"], r["expect"]))
    write("contradictions.jsonl", out)

def build_inj():
    try:
        src = importlib.import_module("inject").ROWS
    except ModuleNotFoundError:
        return
    out = []
    for i, t in enumerate(src, 1):
        kind, a, b, ct = t
        r = {"id": "J4-%03d" % i, "kind": kind, "side_a": a, "side_b": b, "expect": ct is None}
        if ct is not None:
            r["control_type"] = ct
        out.append(r)
    assign_splits(out, lambda r: (r["kind"], r["expect"]))
    write("injections.jsonl", out)

def build_pass():
    try:
        src = importlib.import_module("passages").ROWS
    except ModuleNotFoundError:
        return
    out = []
    for i, t in enumerate(src, 1):
        fam, ph, st, text, flag, why = t
        r = {"id": "P4-%03d" % i, "family": fam, "phenomenon": ph, "style": st, "text": text,
             "expect": flag is not None}
        if flag is not None:
            r["flag"] = flag
        r["why"] = why
        out.append(r)
    assign_splits(out, lambda r: (r["family"], r["expect"]))
    write("passages.jsonl", out)

if __name__ == "__main__":
    build_contra(); build_inj(); build_pass()
