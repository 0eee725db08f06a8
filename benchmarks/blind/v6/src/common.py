import re
ABBR = {"dr", "mr", "mrs", "ms", "prof", "e.g", "i.e", "vs", "st", "no", "approx", "etc", "inc", "co", "fig", "u.s", "u.k", "a.m", "p.m"}

def sentences(text):
    """Return list of (start, end) offsets of sentences."""
    spans = []
    start = 0
    for m in re.finditer(r'[.!?]["\u201d\')\]]*\s+(?=["\u201c\'(\[]?[A-Z0-9\u00a3$])', text):
        end = m.start() + 1
        # check abbreviation before the period
        before = text[start:end]
        w = re.search(r'([A-Za-z.]+)\.$', before)
        if w and w.group(1).lower() in ABBR:
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans

def sent_index(text, pos):
    for i, (s, e) in enumerate(sentences(text)):
        if s <= pos < e:
            return i
    return -1
