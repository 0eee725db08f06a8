import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import va_pos, va_neg, su_pos, su_neg

# rows (by module key and index) to be turned into two paragraphs by breaking before sentence k (0-based)
PARA_BREAKS = {}
if os.path.exists(os.path.join(os.path.dirname(__file__), 'para_breaks.json')):
    PARA_BREAKS = json.load(open(os.path.join(os.path.dirname(__file__), 'para_breaks.json')))

SENT = re.compile(r'(?<=[.!?”])\s+(?=[A-Z“])')

def sentences(t):
    return SENT.split(t)

def apply_break(text, k):
    if '\n\n' in text:
        raise ValueError('already two paragraphs')
    s = sentences(text)
    assert 0 < k < len(s), (k, len(s), text[:40])
    return ' '.join(s[:k]) + '\n\n' + ' '.join(s[k:])

def main():
    out = []
    n = 0
    for fam, mod, key, exp in [("vague_attribution", va_pos, "va_pos", True),
                               ("vague_attribution", va_neg, "va_neg", False),
                               ("study_unfindable", su_pos, "su_pos", True),
                               ("study_unfindable", su_neg, "su_neg", False)]:
        for i, (phen, style, text, span, why) in enumerate(mod.ROWS):
            n += 1
            bk = PARA_BREAKS.get(f"{key}:{i}")
            if bk is not None:
                text = apply_break(text, bk)
            row = {"id": f"S16-{n:03d}", "family": fam, "phenomenon": phen, "style": style,
                   "text": text, "expect": exp, "why": why,
                   "split": "dev" if i % 2 == 0 else "test"}
            row["flag" if exp else "decoy"] = span
            out.append(row)
    with open(os.path.join(os.path.dirname(__file__), '..', 'passages.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(out))

if __name__ == '__main__':
    main()
