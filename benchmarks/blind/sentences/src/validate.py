#!/usr/bin/env python3
"""Validate sentences.jsonl against the sentbench brief."""
import json, os, sys, collections
from build import TYPES, CONTROL_TYPES, SF, REG, DENIED

HERE = os.path.dirname(os.path.abspath(__file__))
_args = [a for a in sys.argv[1:] if not a.startswith('--')]
PATH = _args[0] if _args else os.path.join(HERE, '..', 'sentences.jsonl')
COMMON = ['id', 'split', 'register', 'context', 'target', 'text', 'product', 'subject_form',
          'type', 'why']
CLAIM = ['effect', 'effect_term', 'hedged', 'polarity']
full = '--full' in sys.argv
errs = []
rows = []
with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f'line {n}: bad JSON {e}')
targets = collections.Counter()
bytype = collections.Counter(); bysplit = collections.Counter()
ctl = collections.Counter(); sfc = collections.defaultdict(collections.Counter)
regc = collections.Counter()
terms = set(); terms_extra = set()
ids = set()
for r in rows:
    rid = r.get('id', '?')
    for k in COMMON:
        if k not in r or r[k] is None or (k not in ('context',) and r[k] == ''):
            errs.append(f'{rid}: missing {k}')
    if rid in ids: errs.append(f'{rid}: duplicate id')
    ids.add(rid)
    if r.get('split') not in ('dev', 'test'): errs.append(f'{rid}: bad split')
    if r.get('subject_form') not in SF.values(): errs.append(f'{rid}: bad subject_form')
    if r.get('register') not in REG.values(): errs.append(f'{rid}: bad register')
    ctx, tgt, txt = r.get('context', ''), r.get('target', ''), r.get('text', '')
    if tgt not in txt: errs.append(f'{rid}: target not in text')
    if txt != ((ctx + ' ' + tgt) if ctx else tgt): errs.append(f'{rid}: text != context + target')
    if ctx and ctx.count('. ') + ctx.count('? ') + ctx.count('! ') > 1:
        errs.append(f'{rid}: context may exceed 2 sentences')
    targets[tgt.strip().lower()] += 1
    regc[r.get('register')] += 1
    t = r.get('type')
    if t == 'control':
        if r.get('control_type') not in CONTROL_TYPES: errs.append(f'{rid}: bad control_type')
        ctl[(r.get('control_type'), r.get('split'))] += 1
        bysplit[('control', r.get('split'))] += 1
        continue
    if t not in TYPES:
        errs.append(f'{rid}: bad type {t}'); continue
    for k in CLAIM:
        if k not in r: errs.append(f'{rid}: missing {k}')
    if r.get('effect') and r['effect'] not in tgt: errs.append(f'{rid}: effect not in target: {r["effect"]!r}')
    if not isinstance(r.get('hedged'), bool): errs.append(f'{rid}: hedged not bool')
    want = 'denied' if t in DENIED else 'affirmed'
    if r.get('polarity') != want: errs.append(f'{rid}: polarity')
    if r.get('effect_term') != r.get('effect_term', '').lower(): errs.append(f'{rid}: effect_term not lower')
    for x in r.get('extra_effects', []):
        if x['effect'] not in tgt: errs.append(f'{rid}: extra effect not in target: {x["effect"]!r}')
    bytype[t] += 1; bysplit[('claim', r.get('split'))] += 1
    sfc[t][r.get('subject_form')] += 1
    if t in ('harm', 'no_harm', 'benefit', 'no_benefit'):
        terms.add(r['effect_term'])
        terms_extra.update(x['effect_term'] for x in r.get('extra_effects', []))
for tg, c in targets.items():
    if c > 1: errs.append(f'duplicate target: {tg!r}')
if full:
    for t in TYPES:
        if bytype[t] != 25: errs.append(f'type {t}: {bytype[t]} rows (want 25)')
    for ct in CONTROL_TYPES:
        for s in ('dev', 'test'):
            if ctl[(ct, s)] != 5: errs.append(f'control {ct}/{s}: {ctl[(ct, s)]} (want 5)')
    for k, want in ((('claim', 'dev'), 200), (('claim', 'test'), 200), (('control', 'dev'), 40), (('control', 'test'), 40)):
        if bysplit[k] != want: errs.append(f'{k}: {bysplit[k]} (want {want})')
print(f'rows: {len(rows)}  claims: {sum(bytype.values())}  controls: {sum(v for v in ctl.values())}')
print('per type:', ' '.join(f'{t}={bytype[t]}' for t in TYPES))
print('per control type:', ' '.join(f'{c}={ctl[(c,"dev")]}+{ctl[(c,"test")]}' for c in CONTROL_TYPES))
print('split:', dict(bysplit))
print('registers:', dict(regc))
hs = collections.Counter(); [hs.update(v) for v in sfc.values()]
print('subject forms:', dict(hs))
print(f'distinct effect_term (harm/no_harm/benefit/no_benefit): {len(terms)}; '
      f'including extra_effects in list sentences: {len(terms | terms_extra)}')
import re
BRIT = re.compile(r'colour|flavour|fibre|litre|haem|anaem|paed|sulph|per cent|\bloo\b|\bGPs?\b|fortnight|nappy|A&E|soya|gelatine|liquorice|favourite|behavioural|diarrhoea|quieten|\bjabs?\b|flushes|adverts|programme|centre|tumm|stone\b|coeliac|anaesthe|minimis|paracetamol|co-codamol|chemist|\bmum|NHS|cuppa|pyjamas|tumour|whinge|fizzy|being sick|trapped wind|labelled|bunged|\bpoo\b|fancy|reckon|kilos|GTN|London|\bUK\b|14 (major|declared) allergens', re.I)
print(f'rows with British spelling/vocabulary markers (rough regex): {sum(1 for r in rows if BRIT.search(r.get("text", "")))}')
hed = collections.Counter(r['hedged'] for r in rows if r.get('type') != 'control')
print(f'hedged claim rows: {hed[True]}  unhedged: {hed[False]}')
if errs:
    print(f'{len(errs)} ERRORS'); [print('  ' + e) for e in errs]; sys.exit(1)
print('OK')
