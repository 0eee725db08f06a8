import json,re,sys
BRIT=r"\b(colour\w*|flavour\w*|favourite|programmes?|diarrhoea|paediatric\w*|oestrogen|anaemi\w*|mum|fortnight|GPs?|NHS|chemists?|centre|litres?|fibre|grey|tumour|behaviour\w*|coeliac|yoghurt|ageing|sceptic\w*|whilst|labelled|hot flushes|\w+ised|\w+ising|\w+isation|recognise|minimise|maximise|standardised|hydrolysed|analysed|stabilised|randomised|licensed for|tonnes|oxymetazoline|paracetamol|cuppa|biscuits|queasy|theatre|jab|moisturise|specialises|optimise|personalised|organisers?|travell\w+|soya|stone|tummy|poisons)\b|£"
AMER=r"\b(color\w*|flavor\w*|favorite|program|diarrhea|pediatric\w*|estrogen|anemi\w*|mom|center|liters?|fiber|gray|tumor|behavior\w*|celiac|yogurt|aging|skeptic\w*|labeled|hot flashes|\w+ized|\w+izing|\w+ization|recognize|minimize|randomized|standardized|hydrolyzed|analyzed|acetaminophen|pounds|drugstore|moisturize|specializes|optimize|personalized|organizers?)\b|\$|°F"
def classify(t):
    b=re.findall(BRIT,t,re.I); a=re.findall(AMER,t,re.I)
    return ("brit" if b and not a else "amer" if a and not b else "mixed" if a and b else "neutral"), b, a
if __name__=="__main__":
    import collections
    for fn,keys in (("contradictions.jsonl",["text"]),("injections.jsonl",["side_a","side_b"]),("passages.jsonl",["text"])):
        c=collections.Counter()
        for l in open("/work/blind-v6/"+fn):
            r=json.loads(l); t=" ".join(r[k] for k in keys)
            k,b,a=classify(t); c[k]+=1
            if "-v" in sys.argv and k=="mixed": print(r["id"],b,a)
        print(fn,dict(c))
