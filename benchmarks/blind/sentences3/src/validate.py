import json, collections, sys
TYPES = ['harm','no_harm','benefit','no_benefit','raises','lowers','dose_limit','dose_unlimited','interaction',
 'no_interaction','unsafe_for_group','safe_for_group','allergen','allergen_free','course_lasting','course_fading']
CTYPES = ['question','other_intervention','disease_symptom','instruction','mechanism','general_class','hypothetical','debunked_myth']
SF = {'brand','generic','ingredient','category','pronoun','user','passive','first_person','quoted'}
PH = ['split_verb','story','still_anymore','neg_list','dose_idiom','group_subject','noun_phrase','relative_clause',
 'cleft','existential','comparative','question_answered','headline','subordinate_first','two_products']
COMMON = ['id','split','register','context','target','text','product','subject_form','type','why']
CLAIM = ['effect','effect_term','hedged','polarity','phenomena']
errs = []; rows = []
path = sys.argv[1] if len(sys.argv) > 1 else '/work/sent3/sentences.jsonl'
for ln, line in enumerate(open(path, encoding='utf-8'), 1):
    try: rows.append(json.loads(line))
    except Exception as e: errs.append(f'line {ln}: bad JSON {e}')
tc = collections.Counter(); sc = collections.Counter(); ph = collections.Counter(); reg = collections.Counter()
sfc = collections.Counter(); targets = collections.Counter(); terms = set(); hed = collections.Counter()
ids = set()
for r in rows:
    i = r.get('id')
    if i in ids: errs.append(f'{i}: duplicate id')
    ids.add(i)
    for k in COMMON:
        if k not in r: errs.append(f'{i}: missing {k}')
    t = r.get('type')
    if r['target'] not in r['text']: errs.append(f'{i}: target not in text')
    exp = (r['context'] + ' ' + r['target']) if r['context'] else r['target']
    if r['text'] != exp: errs.append(f'{i}: text != context+target')
    if r['subject_form'] not in SF: errs.append(f'{i}: bad subject_form')
    if r['split'] not in ('dev','test'): errs.append(f'{i}: bad split')
    targets[r['target']] += 1; reg[r['register']] += 1; sfc[r['subject_form']] += 1
    for p in r.get('phenomena', []):
        if p not in PH: errs.append(f'{i}: unknown phenomenon {p}')
        ph[p] += 1
    if t == 'control':
        ct = r.get('control_type')
        if ct not in CTYPES: errs.append(f'{i}: bad control_type')
        tc['control:'+str(ct)] += 1; sc[('control', r['split'])] += 1; sc[('control:'+str(ct), r['split'])] += 1
    else:
        if t not in TYPES: errs.append(f'{i}: bad type {t}')
        for k in CLAIM:
            if k not in r: errs.append(f'{i}: missing {k}')
        if r['effect'] not in r['target']: errs.append(f'{i}: effect not in target: {r["effect"]!r}')
        if r['effect_term'] != r['effect_term'].lower(): errs.append(f'{i}: effect_term not lower case')
        if not isinstance(r['hedged'], bool): errs.append(f'{i}: hedged not bool')
        pol = 'denied' if t in ('no_harm','no_benefit','no_interaction','allergen_free') else 'affirmed'
        if r['polarity'] != pol: errs.append(f'{i}: polarity')
        for a in r.get('also_effects', []):
            if not (isinstance(a, list) and len(a) == 2): errs.append(f'{i}: also_effects format')
            elif a[0] not in r['target']: errs.append(f'{i}: also effect not in target {a[0]!r}')
        tc[t] += 1; sc[('claim', r['split'])] += 1; sc[(t, r['split'])] += 1; hed[r['hedged']] += 1
        if t in ('harm','no_harm','benefit','no_benefit'):
            terms.add(r['effect_term'])
            for a in r.get('also_effects', []): terms.add(a[1])
for tg, n in targets.items():
    if n > 1: errs.append(f'duplicate target: {tg[:60]}')
out = []
out.append(f'file: {path}\nrows: {len(rows)}')
out.append('\n== counts per type (dev/test) ==')
for t in TYPES: out.append(f'{t:18s} {tc[t]:3d}  dev {sc[(t,"dev")]:3d} test {sc[(t,"test")]:3d}')
for c in CTYPES: out.append(f'control:{c:18s} {tc["control:"+c]:3d}  dev {sc[("control:"+c,"dev")]:3d} test {sc[("control:"+c,"test")]:3d}')
out.append(f'claim rows: dev {sc[("claim","dev")]} test {sc[("claim","test")]}; control rows: dev {sc[("control","dev")]} test {sc[("control","test")]}')
out.append(f'\nhedged: {hed[True]} true / {hed[False]} false')
out.append(f'\ndistinct effect_term (harm/no_harm/benefit/no_benefit incl. also_effects): {len(terms)}')
prim = set(r['effect_term'] for r in rows if r.get('type') in ('harm','no_harm','benefit','no_benefit'))
out.append(f'distinct effect_term, primary effect only: {len(prim)}')
out.append('\n== phenomena ==')
for p in PH: out.append(f'{p:20s} {ph[p]:3d}' + ('' if ph[p] >= 12 else '   (<12)'))
out.append('\n== registers ==')
for k, v in reg.most_common(): out.append(f'{v:3d} {k}')
out.append('\n== subject_form ==')
for k, v in sfc.most_common(): out.append(f'{v:3d} {k}')
out.append('\n== phenomena in claim rows only (rows / distinct claim types) ==')
for p in PH:
    cr = [r for r in rows if r['type'] != 'control' and p in r.get('phenomena', [])]
    out.append(f'{p:20s} {len(cr):3d} rows  {len(set(r["type"] for r in cr)):2d} types')
out.append('\n== hedged / subject forms per claim type ==')
for t in TYPES:
    tr = [r for r in rows if r['type'] == t]
    out.append(f'{t:18s} hedged {sum(r["hedged"] for r in tr):2d}/16  forms {len(set(r["subject_form"] for r in tr))}: ' + ','.join(sorted(set(r['subject_form'] for r in tr))))
out.append(f'\nerrors: {len(errs)}')
out += errs
s = '\n'.join(out); print(s)
open('/work/sent3/validation_report.txt', 'w').write(s + '\n')
