import json, sys, importlib
sys.path.insert(0, '/work/sent3/src')
import common
rounds = [a for a in sys.argv[1:]]
for r in rounds:
    importlib.import_module(r)
DENIED = {'no_harm','no_benefit','no_interaction','allergen_free'}
out = []; cnt = {}; gb = 0
for i, r in enumerate(common.ROWS):
    key = r['type'] if r['kind']=='claim' else 'control:'+r['ctype']
    n = cnt.get(key, 0); cnt[key] = n+1
    split = 'dev' if n % 2 == 0 else 'test'
    ctx = r['ctx'].strip()
    text = (ctx + ' ' + r['tgt']) if ctx else r['tgt']
    o = dict(id='T-%03d' % (i+1), split=split, register=common.REG[r['reg']], context=ctx,
             target=r['tgt'], text=text, product=r['prod'], subject_form=r['sf'])
    if r['kind']=='claim':
        o.update(type=r['type'], effect=r['eff'], effect_term=r['term'], hedged=r['hedged'],
                 polarity='denied' if r['type'] in DENIED else 'affirmed', why=r['why'])
        if r['also']: o['also_effects'] = [list(x) for x in r['also']]
        o['phenomena'] = r['ph']
    else:
        o.update(type='control', control_type=r['ctype'], why=r['why'])
        if r['ph']: o['phenomena'] = r['ph']
    gb += r['gb']
    out.append(o)
with open('/work/sent3/sentences.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
print('wrote', len(out), 'rows; british-spelling rows:', gb)
