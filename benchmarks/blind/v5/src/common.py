import re
ABBR = ["e.g.", "i.e.", "vs.", "approx.", "St."]
def split_sentences(text):
    t = text
    for a in ABBR:
        t = t.replace(a, a.replace(".", "\u2024"))
    # sentence ends: . ! ? optionally followed by closing quote, then space + capital/quote/digit
    parts = re.split(r'(?<=[.!?])["\u201d\u2019]?\s+(?=["\u201c\u2018A-Z0-9(])', t)
    # reconstruct offsets
    spans = []
    pos = 0
    for p in parts:
        p2 = p.replace("\u2024", ".")
        i = text.find(p2[:20], pos)
        spans.append((i, i + len(p2)))
        pos = i + len(p2)
    return spans

def sent_index(text, start):
    for k, (a, b) in enumerate(split_sentences(text)):
        if a <= start < b + 2:
            return k
    return -1

C = []
def c(ph, style, iv, text, a, b, why, ctype=None):
    C.append(dict(phenomenon=ph, style=style, intervention=iv, text=text, a=a, b=b, why=why, ctype=ctype))
