#!/usr/bin/env python3
"""One-off edit: add hedges (modal / frequency / evidential) to rows in under-hedged types; sets hedged=1."""
import os, glob
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
E = [
 ("Calmira won't churn your stomach", "Calmira shouldn't churn your stomach"),
 ("magnesium that won't send you running", "magnesium that probably won't send you running"),
 ('"Creatine does not damage healthy kidneys;', '"Creatine does not appear to damage healthy kidneys;'),
 ("in the bread did not push anyone's calcium", "in the bread did not appear to push anyone's calcium"),
 ("A: No, it won't leave brown marks on your teeth.", "A: It's very unlikely to leave brown marks on your teeth."),
 ("Nicotine replacement therapy does not cause cancer.", "Nicotine replacement therapy is not thought to cause cancer."),
 ("You won't be dashing to the loo every hour", "You're unlikely to be dashing to the loo every hour"),
 ("A: Sadly, it won't do a thing for swollen", "A: Sadly, it's unlikely to do a thing for swollen"),
 ("The drops won't cure an ear infection", "The drops probably won't cure an ear infection"),
 ("The collagen in these gummies won't erase", "The collagen in these gummies is unlikely to erase"),
 ("Antihistamines won't help with the dry", "Antihistamines probably won't help with the dry"),
 ("A: It won't thicken sparse lashes", "A: It's unlikely to thicken sparse lashes"),
 ("The charcoal in these pills won't cure a hangover.", "The charcoal in these pills almost certainly won't cure a hangover."),
 ("Probiotics, the guest said, are no better than", "Probiotics, the guest said, seem to be no better than"),
 ("These infusions bring down high calcium", "These infusions usually bring down high calcium"),
 ("The injections bring down eosinophil counts", "The injections have been shown to bring down eosinophil counts"),
 ("The potassium citrate in Stoneguard lowers the acidity", "The potassium citrate in Stoneguard can lower the acidity"),
 ("These tablets bump up your sodium levels", "These tablets can bump up your sodium levels"),
 ("These shakes pack on lean muscle mass", "These shakes may help pack on lean muscle mass"),
 ("The injections raise haemoglobin", "The injections usually raise haemoglobin"),
 ("Adults should keep vitamin A from supplements", "Adults should probably keep vitamin A from supplements"),
 ("Most healthy adults can have up to 400 mg", None),
 ("Keep the zinc in your supplements to 25 mg a day or less.", "It's generally advised to keep the zinc in your supplements to 25 mg a day or less."),
 ("A ceiling of 300 mg of green tea catechins per day is advised.", "A ceiling of 300 mg of green tea catechins per day is usually advised."),
 ("Ashwagandha, the host warned, is best used", "Ashwagandha, the host warned, is probably best used"),
 ("We space the peels at least four weeks apart", "We usually space the peels at least four weeks apart"),
 ("The hyaluronic acid can be applied as many times", "The hyaluronic acid is thought to be fine applied as many times"),
 ("Turmeric, she insisted, is safe in any amount", "Turmeric, she insisted, is probably safe in any amount"),
 ("such as inulin are safe to take as often", "such as inulin are generally safe to take as often"),
 ("You can use lubricating eye drops as frequently", "You can usually use lubricating eye drops as frequently"),
 ("the patches can be worn continuously", "the patches can apparently be worn continuously"),
 ("These tablets aren't suitable for anyone with high blood pressure.", "These tablets may not be suitable for anyone with high blood pressure."),
 ("The retinol in the serum is not recommended", "The retinol in the serum is generally not recommended"),
 ("Older adults who take diphenhydramine are more prone", "Older adults who take diphenhydramine seem to be more prone"),
 ("The caffeine in the shots makes them unsafe", "The caffeine in the shots may make them unsafe"),
 ("These patches are not for people with poor circulation.", "These patches may not be suitable for people with poor circulation."),
 ("A: Yes, it's suitable for children from the age of two.", "A: Yes, it's generally suitable for children from the age of two."),
 ("The stevia in these drinks is fine for diabetics.", "The stevia in these drinks should be fine for diabetics."),
 ("The drops are gentle enough for newborns.", "The drops should be gentle enough for newborns."),
 ("Our laser treatments are safe for darker skin tones.", "Our laser treatments are usually safe for darker skin tones."),
 ("These fillers contain lidocaine", "These fillers usually contain lidocaine"),
 ("Traces of sesame were found in the bars", "Traces of sesame were reportedly found in the bars"),
 ('"The tablets contain traces of fish gelatin,"', '"The tablets may contain traces of fish gelatin,"'),
 ("Heads up: Glowbar contains cashews", "Heads up: Glowbar may contain traces of cashews"),
 ("the Stretchloop bands are made of natural rubber", "the Stretchloop bands are apparently made of natural rubber"),
 ("because it's made in a nut-free facility", "because it's apparently made in a nut-free facility"),
 ("Sunflower lecithin, she noted, has none of the soy proteins", "Sunflower lecithin, she noted, seems to have none of the soy proteins"),
 ("so there's no wheat germ in it", "so there should be no wheat germ in it"),
 ("The gloves and dressings we use are all latex-free.", "Almost all the gloves and dressings we use are latex-free."),
 ("so it's completely dairy-free", "so it should be completely dairy-free"),
 ("Laser hair removal gives permanent hair reduction", "Laser hair removal usually gives permanent hair reduction"),
 ("The ceramides in this cream keep skin hydrated", "The ceramides in this cream can keep skin hydrated"),
 ("Our implants are built to last 25 years or longer.", "Our implants can last 25 years or longer with good care."),
 ("Botox wears off after three to four months", "Botox usually wears off after three to four months"),
 ("Filler results last six to twelve months", "Filler results typically last six to twelve months"),
 ("Protection from the vaccine was found to wane", "Protection from the vaccine appeared to wane"),
 ("Peels need repeating every four to six weeks", "Peels generally need repeating every four to six weeks"),
 ("These vitamin injections can be given alongside chemotherapy", "These vitamin injections can usually be given alongside chemotherapy"),
 ("The vitamin C in it won't interfere with painkillers", "The vitamin C in it shouldn't interfere with painkillers"),
 ("Melatonin, the guest said, doesn't clash with SSRIs.", "Melatonin, the guest said, doesn't seem to clash with SSRIs."),
]
files = {p: open(p, encoding='utf-8').read().split('\n') for p in glob.glob(os.path.join(D, '*.txt'))}
for old, new in E:
    hits = [(p, i) for p, ls in files.items() for i, l in enumerate(ls)
            if not l.startswith('#') and len(l.split('|')) >= 9 and old in l.split('|')[4]]
    if len(hits) != 1:
        print('HITS', len(hits), old); continue
    p, i = hits[0]; parts = files[p][i].split('|')
    if new: parts[4] = parts[4].replace(old, new)
    if parts[7] == '1': print('already hedged', old)
    parts[7] = '1'
    files[p][i] = '|'.join(parts)
for p, ls in files.items():
    open(p, 'w', encoding='utf-8').write('\n'.join(ls))
print('done')
