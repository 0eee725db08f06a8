#!/usr/bin/env python3
"""One-off edit: turn some single-effect claim sentences into list sentences (adds extra_effects)."""
import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
E = [  # file, old target, new target, extras to append
 ('harm', 'Isotretinoin almost always causes cracked, peeling lips.', 'Isotretinoin almost always causes cracked, peeling lips, and many people also get nosebleeds and dry, gritty eyes.', 'nosebleeds=epistaxis;dry, gritty eyes=dry eyes'),
 ('harm', 'Hair thinning has been reported in a small number of patients.', 'Hair thinning, ridged nails and changes to your periods have been reported in a small number of patients.', 'ridged nails=nail changes;changes to your periods=menstrual irregularities'),
 ('harm', 'These fat-burner pills, she said, have put people in hospital with overheating and a dangerously fast heartbeat.', 'These fat-burner pills, she said, have put people in hospital with overheating, a dangerously fast heartbeat and kidney failure.', 'kidney failure=acute kidney injury'),
 ('harm', "It may leave your heart racing long after you've left the gym.", "It may leave your heart racing and your hands shaky long after you've left the gym.", 'your hands shaky=tremor'),
 ('harm', 'Common (may affect up to 1 in 10 people): headache, feeling sick, dizziness.', 'Common (may affect up to 1 in 10 people): headache, feeling sick, dizziness, loss of appetite.', 'loss of appetite=decreased appetite'),
 ('harm', 'Serious mood changes, including suicidal thoughts, have been reported in people taking it.', 'Serious mood changes, including suicidal thoughts and vivid nightmares, have been reported in people taking it.', 'vivid nightmares=abnormal dreams'),
 ('harm', 'The most frequently reported adverse event with Glucobalance was mild nausea, seen in 6% of participants.', 'The most frequently reported adverse events with Glucobalance were mild nausea, seen in 6% of participants, and low blood sugar, seen in 3%.', 'low blood sugar=hypoglycemia'),
 ('harm', '"About one in twenty people on ACE inhibitors develop a dry, tickly cough," Raj explains.', '"About one in twenty people on ACE inhibitors develop a dry, tickly cough, and a very few get swelling of the lips and tongue," Raj explains.', 'swelling of the lips and tongue=angioedema'),
 ('no_harm', '"Across all three studies, not a single participant developed a rash," said Artevia\'s chief medical officer.', '"Across all three studies, not a single participant developed a rash, swelling or blistering," said Artevia\'s chief medical officer.', 'swelling=swelling;blistering=blisters'),
 ('no_harm', 'Unlike older travel-sickness remedies, these patches will not leave your mouth dry.', 'Unlike older travel-sickness remedies, these patches will not leave your mouth dry or make it hard to pee.', 'make it hard to pee=urinary retention'),
 ('no_harm', 'Treatment with Lumiskin leaves no scarring and needs no downtime.', 'Treatment with Lumiskin leaves no scarring, no dark patches and needs no downtime.', 'dark patches=hyperpigmentation'),
 ('no_harm', 'No increase in heart attacks or strokes was detected among the 5,200 men studied.', 'No increase in heart attacks, strokes or blood clots was detected among the 5,200 men studied.', 'blood clots=venous thromboembolism'),
 ('no_harm', 'Three months in and not once have I been bunged up.', 'Three months in and not once have I been bunged up or had black poo.', 'black poo=black stools'),
 ('no_harm', 'My muscles feel totally normal, no aches at all.', 'My muscles feel totally normal, no aches or cramps at all.', 'cramps=muscle cramps'),
 ('benefit', 'Chlorhexidine mouthwash is effective against gum inflammation and bleeding gums.', 'Chlorhexidine mouthwash is effective against gum inflammation, bleeding gums and bad breath.', 'bad breath=halitosis'),
 ('benefit', 'It softens cracked heels overnight.', 'It softens cracked heels and rough, calloused skin overnight.', 'rough, calloused skin=calluses'),
 ('benefit', 'Patients starting an SGLT2 inhibitor tend to feel less breathless within weeks.', 'Patients starting an SGLT2 inhibitor tend to feel less breathless and see less swelling in their ankles within weeks.', 'swelling in their ankles=peripheral edema'),
 ('benefit', 'Tinnex helps quieten the ringing in your ears so you can finally hear yourself think.', 'Tinnex helps quieten the ringing in your ears and steady the dizzy spells, so you can finally hear yourself think.', 'the dizzy spells=vertigo'),
 ('benefit', 'The magnesium spray has pretty much stopped my calf cramps at night.', 'The magnesium spray has pretty much stopped my calf cramps and twitchy eyelids at night.', 'twitchy eyelids=eyelid twitching'),
 ('benefit', 'Honestly these peppermint capsules have been a game changer for my bloating.', 'Honestly these peppermint capsules have been a game changer for my bloating and IBS belly pain.', 'IBS belly pain=abdominal pain'),
 ('benefit', '"Within a month of using the light box, my winter blues had lifted," one listener wrote.', '"Within a month of using the light box, my winter blues and carb cravings had lifted," one listener wrote.', 'carb cravings=food cravings'),
 ('no_benefit', 'There is no good evidence that Cognivance slows cognitive decline.', 'There is no good evidence that Cognivance sharpens memory, lifts brain fog or slows cognitive decline.', 'sharpens memory=memory loss;brain fog=brain fog'),
 ('no_benefit', "The collagen in these gummies won't erase deep wrinkles, whatever the adverts imply.", "The collagen in these gummies won't erase deep wrinkles, sagging skin or cellulite, whatever the adverts imply.", 'sagging skin=skin laxity;cellulite=cellulite'),
 ('no_benefit', 'No improvement in fatigue was seen with the injections.', 'No improvement in fatigue or poor concentration was seen with the injections.', 'poor concentration=difficulty concentrating'),
 ('no_benefit', 'Men who took saw palmetto got up to pee at night just as often as those on placebo.', 'Men who took saw palmetto got up to pee at night just as often, and had just as weak a stream, as those on placebo.', 'weak a stream=weak urine stream'),
 ('no_benefit', 'Hydraplus is a cosmetic, not a medicine: it will not treat psoriasis or any other skin disease.', 'Hydraplus is a cosmetic, not a medicine: it will not treat psoriasis, rosacea or any other skin disease.', 'rosacea=rosacea'),
 ('no_benefit', 'Probiotics, the guest said, are no better than a sugar pill for eczema in adults.', 'Probiotics, the guest said, are no better than a sugar pill for eczema or hives in adults.', 'hives=urticaria'),
 ('no_benefit', 'These socks are not a treatment for varicose veins.', 'These socks are not a treatment for varicose veins or leg ulcers.', 'leg ulcers=venous leg ulcers'),
 ('no_benefit', "They agreed that antibiotics don't speed recovery from a chesty cough caused by a virus.", "They agreed that antibiotics don't speed recovery from a chesty cough or a sore throat caused by a virus.", 'a sore throat=sore throat'),
 ('no_benefit', 'Took glucosamine for six months and my knees ache just as much as before.', 'Took glucosamine for six months and my knees ache and creak just as much as before.', 'creak=crepitus'),
 ('no_benefit', "Taking vitamin C once you're already ill does nothing to shorten a bout of flu, the review concluded.", "Taking vitamin C once you're already ill does nothing to shorten a bout of flu or ease its aches, the review concluded.", 'its aches=body aches'),
]
for f, old, new, extra in E:
    p = os.path.join(D, f + '.txt')
    lines = open(p, encoding='utf-8').read().split('\n')
    hits = [i for i, l in enumerate(lines) if not l.startswith('#') and len(l.split('|')) > 4 and l.split('|')[4] == old]
    if len(hits) != 1:
        print('NOT FOUND' if not hits else 'MULTI', f, old); continue
    i = hits[0]; parts = lines[i].split('|')
    parts[4] = new
    if len(parts) == 9: parts.append(extra)
    else: parts[9] = parts[9] + ';' + extra
    lines[i] = '|'.join(parts)
    open(p, 'w', encoding='utf-8').write('\n'.join(lines))
print('done')
