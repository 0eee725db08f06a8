#!/usr/bin/env python3
"""Build sentences.jsonl from the pipe-delimited data files in data/.

Claim line:   REG|SF|product|context|target|effect|effect_term|hedged(1/0)|why[|extra]
   extra = optional "words=term;words=term" for further effects named in list sentences.
Control line: REG|SF|product|context|target|control_type|why     (file data/control.txt)
Lines starting with # are ignored. Order within a type decides the split (dev, test, dev, ...).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'sentences.jsonl')
REG = {
    'G': 'consumer_guide', 'P': 'product_page', 'N': 'news_report', 'R': 'press_release',
    'L': 'patient_leaflet', 'Q': 'qa_column', 'B': 'pharmacy_blog', 'F': 'forum_testimonial',
    'C': 'clinic_page', 'X': 'listicle', 'E': 'newsletter', 'D': 'podcast_summary',
}
SF = {'br': 'brand', 'ge': 'generic', 'in': 'ingredient', 'ca': 'category', 'pr': 'pronoun',
      'us': 'user', 'pa': 'passive', 'fp': 'first_person', 'qu': 'quoted'}
TYPES = ['harm', 'no_harm', 'benefit', 'no_benefit', 'raises', 'lowers', 'dose_limit',
         'dose_unlimited', 'interaction', 'no_interaction', 'unsafe_for_group', 'safe_for_group',
         'allergen', 'allergen_free', 'course_lasting', 'course_fading']
DENIED = {'no_harm', 'no_benefit', 'no_interaction', 'allergen_free'}
CONTROL_TYPES = ['question', 'other_intervention', 'disease_symptom', 'instruction', 'mechanism',
                 'general_class', 'hypothetical', 'debunked_myth']


def split_for(i, ti):
    """Alternate dev/test within a type, starting with dev. 25 is odd, so the 25th row
    goes to dev for even-indexed types and to test for odd-indexed ones: 200/200 overall."""
    if i == 24:
        return 'dev' if ti % 2 == 0 else 'test'
    return 'dev' if i % 2 == 0 else 'test'


def parse(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            rows.append((n, [p.strip() for p in line.split('|')]))
    return rows


def main():
    claims, controls = [], []
    for ti, t in enumerate(TYPES):
        p = os.path.join(HERE, 'data', t + '.txt')
        if not os.path.exists(p):
            continue
        for i, (n, f) in enumerate(parse(p)):
            if len(f) not in (9, 10):
                sys.exit(f'{t}.txt line {n}: {len(f)} fields')
            reg, sf, product, ctx, tgt, eff, term, h, why = f[:9]
            row = {'register': REG[reg], 'context': ctx, 'target': tgt,
                   'text': (ctx + ' ' + tgt) if ctx else tgt, 'product': product,
                   'subject_form': SF[sf], 'type': t, 'effect': eff,
                   'effect_term': term.lower(), 'hedged': {'1': True, '0': False}[h],
                   'polarity': 'denied' if t in DENIED else 'affirmed', 'why': why,
                   'split': split_for(i, ti)}
            if len(f) == 10 and f[9]:
                row['extra_effects'] = [
                    {'effect': a.strip(), 'effect_term': b.strip().lower()}
                    for a, b in (x.split('=') for x in f[9].split(';'))]
            claims.append(row)
    p = os.path.join(HERE, 'data', 'control.txt')
    if os.path.exists(p):
        seen = {}
        for n, f in parse(p):
            if len(f) != 7:
                sys.exit(f'control.txt line {n}: {len(f)} fields')
            reg, sf, product, ctx, tgt, ct, why = f
            k = seen.get(ct, 0); seen[ct] = k + 1
            controls.append({'register': REG[reg], 'context': ctx, 'target': tgt,
                             'text': (ctx + ' ' + tgt) if ctx else tgt, 'product': product,
                             'subject_form': SF[sf], 'type': 'control', 'control_type': ct,
                             'why': why, 'split': 'dev' if k % 2 == 0 else 'test'})
    # interleave: claims in type order, then controls grouped by control type
    controls.sort(key=lambda r: CONTROL_TYPES.index(r['control_type']))
    out = []
    for i, r in enumerate(claims + controls, 1):
        r = {'id': f'S-{i:03d}', **r}
        out.append(r)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(out)} rows to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
