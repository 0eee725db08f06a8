import sys,json,collections
sys.path.insert(0,'/work/blind-v8/src')
from injections_src import J
KINDS=["synonym","denial_form","group_harm","dose_limit","interaction","safety_scope","allergen","course","treatment_effect","direction"]
rows=sorted(J,key=lambda t:(KINDS.index(t[0]), t[3] is not None))
cnt=collections.Counter(); out=[]
for i,(k,a,b,c) in enumerate(rows,1):
    e=c is None; key=(k,e)
    r=dict(id=f"J8-{i:03d}",kind=k,side_a=a,side_b=b,expect=e,split='dev' if cnt[key]%2==0 else 'test'); cnt[key]+=1
    if c: r['control_type']=c
    out.append(r)
open('/work/blind-v8/injections.jsonl','w',encoding='utf-8').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in out))
print(len(out))
