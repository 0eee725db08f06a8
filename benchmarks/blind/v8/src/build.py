import json, re, sys, collections
sys.path.insert(0, '/work/blind-v8/src')
import common
for m in ['c_syn_den','c_grp_dose','c_int_scope','c_all_course','c_te_dir']:
    __import__(m)

def sentences(text):
    spans=[]; start=0
    for m in re.finditer(r'(?<=[.!?:])["”\')]?\s+|\n+', text):
        end=m.start() if text[m.start()] == '\n' else m.end()
        seg=text[start:m.start()+ (len(m.group(0)) - len(m.group(0).lstrip('"”\')')) if False else 0) ]
        spans.append((start, m.end())); start=m.end()
    spans.append((start,len(text)))
    return [(s,e) for s,e in spans if re.search(r'[A-Za-z]{2,}', text[s:e])]

def sent_idx(spans,pos):
    for i,(s,e) in enumerate(spans):
        if s<=pos<e: return i
    return len(spans)-1

from patches import PATCHES, REPLACE, FAR_EXTRA
for old,new in PATCHES:
    hits=[r for r in common.ROWS if old in r['text']]
    if len(hits)!=1: print('PATCH match',len(hits),old[:50]); continue
    hits[0]['text']=hits[0]['text'].replace(old,new)
for r in common.ROWS:
    if r['intervention'] in REPLACE:
        r['text'],r['a'],r['b']=REPLACE[r['intervention']]
for r in common.ROWS:
    if r['intervention'] in FAR_EXTRA: r['distance']='far'
HARD_EXTRA={"pre-workout powder with caffeine and beta-alanine","hormonal IUD (levonorgestrel)","spironolactone for acne",
 "caffeine tablets (FocusFuel 200)","iron tablets (ferrous fumarate) in pregnancy","allopurinol","Antacid tablets (calcium carbonate, Calmacid)",
 "rifampicin-based tuberculosis regimen","botulinum toxin for frown lines","evening primrose oil for hot flushes"}
for r in common.ROWS:
    if r['intervention'] in HARD_EXTRA: r['hard']=True
_nc=0
for r in common.ROWS:
    if r['voice']=='academic_newsroom':
        r['style']='press_release' if _nc%2==0 else 'news_report'; _nc+=1
PH=["synonym","denial_form","group_harm","dose_limit","interaction","safety_scope","allergen","course","treatment_effect","direction"]
out=[]; errs=[]
cnt=collections.Counter()
order=sorted(common.ROWS, key=lambda r:(PH.index(r['phenomenon']), not r['expect']))
for i,r in enumerate(order,1):
    t=r['text']; a=r['a']; b=r['b']
    if t.count(a)<1 or t.count(b)<1:
        errs.append(f"{i} substring missing: {a[:30] if a not in t else b[:30]}"); continue
    ia=t.find(a); ib=t.find(b)
    if not r['expect'] and ia>ib:
        a,b=b,a; ia,ib=ib,ia
    key=(r['phenomenon'],r['expect'])
    split='dev' if cnt[key]%2==0 else 'test'; cnt[key]+=1
    row=dict(id=f"D8-{i:03d}",family="contradiction",phenomenon=r['phenomenon'],style=r['style'],
             voice=r['voice'],intervention=r['intervention'],text=t,expect=r['expect'],why=r['why'],split=split)
    if r['expect']:
        row['flag']=a; row['flag2']=b
        for k in ('distance','shape','hard'):
            if k in r: row[k]=r[k]
        row.setdefault('hard',False)
    else:
        row['control_type']=r['control_type']; row['decoy']=a; row['decoy2']=b
    out.append(row)
with open('/work/blind-v8/contradictions.jsonl','w',encoding='utf-8') as f:
    for row in out: f.write(json.dumps(row,ensure_ascii=False)+'\n')
print(len(out), errs)
