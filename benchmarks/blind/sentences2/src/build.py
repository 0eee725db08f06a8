"""Build /work/sent2/sentences.jsonl from the round files r1.py, r2.py, ..."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from rowlib import DENIED

OUT = os.path.join(os.path.dirname(__file__), "..", "sentences.jsonl")
ORDER = ["id", "split", "register", "context", "target", "text", "product", "subject_form",
         "type", "control_type", "effect", "effect_term", "hedged", "polarity", "why",
         "also_effects", "spelling"]


def main():
    rows = []
    for r in ["r1", "r2", "r3", "r4"]:
        if os.path.exists(os.path.join(os.path.dirname(__file__), r + ".py")):
            rows += importlib.import_module(r).ROWS
    seen = {}
    out = []
    for i, row in enumerate(rows, 1):
        key = row["control_type"] if row["type"] == "control" else row["type"]
        n = seen.get(key, 0)
        seen[key] = n + 1
        row["split"] = "dev" if n % 2 == 0 else "test"
        row["id"] = "T-%03d" % i
        row["text"] = (row["context"] + " " + row["target"]) if row["context"] else row["target"]
        if row["type"] != "control":
            row["polarity"] = "denied" if row["type"] in DENIED else "affirmed"
        out.append({k: row[k] for k in ORDER if k in row})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), "rows to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
