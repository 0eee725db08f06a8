#!/usr/bin/env python3
"""One-off edit: shift some rows to British spelling/vocabulary so about a quarter read as British."""
import os, glob
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data')
R = [
 ('|4. Peroxide whitening strips|', '|4. Peroxide whitening strips from the chemist|'),
 ('particularly at night.|', 'particularly at night, so keep spare pyjamas handy.|'),
 ('complain of jaw ache', 'whinge about jaw ache'),
 ('a mainstay of childhood cancer treatment', 'a mainstay of treatment for childhood tumours'),
 ('uses L-theanine instead of caffeine.|', 'uses L-theanine instead of caffeine and has a zesty citrus flavour.|'),
 ('|Many smokers fear the patches and gum.|', '|Many smokers are wary of the patches and gum their GP offers.|'),
 ('|We offer skin resurfacing with the Lumiskin fractional laser.|', '|Our centre offers skin resurfacing with the Lumiskin fractional laser.|'),
 ('A: Lysine cream is worth a try.|', 'A: Lysine cream from the chemist is worth a try.|'),
 ('after long screen sessions.|', 'after long screen sessions and minimise glare.|'),
 ('feeling less panicky within a week.|', 'feeling less panicky within a week of starting the programme.|'),
 ('runs a treatment-resistant depression service.', 'runs an NHS treatment-resistant depression service.'),
 ('|A reader asked about homeopathic teething granules.|', '|A mum asked about homeopathic teething granules.|'),
 ('results from its phase 2 study.|', 'results from its phase 2 programme.|'),
 ('especially in people who rarely drink it.|', 'especially in people who rarely have a cuppa.|'),
 ('P|br|Ferrovit||', 'P|br|Ferrovit|Ferrovit: gentle iron for anaemia-prone mums.|'),
 ('amount of potassium in your blood.|', 'amount of potassium in your blood, so your GP will arrange regular blood tests.|'),
 ('results of a 12-week study.|', 'results of a 12-week study carried out at a London research centre.|'),
 ('when paired with resistance training.|', 'when paired with a resistance-training programme.|'),
 ('P|br|Glycara||', 'P|br|Glycara|Glycara is a fibre blend for steadier energy.|'),
 ('E|ge|cinnamon||', 'E|ge|cinnamon|This month we looked at a favourite kitchen spice.|'),
 ('|Orlistat is a weight-loss medicine.|', '|Orlistat is a weight-loss medicine available from pharmacies and GPs.|'),
 ('|We offer biologic injections for severe eosinophilic asthma.|', '|Our respiratory centre offers biologic injections for severe eosinophilic asthma.|'),
 ('Thermogen melts stubborn belly fat in just two weeks.|belly fat|', 'Thermogen melts stubborn tummy fat in just a fortnight.|tummy fat|'),
 ('For best results and to avoid irritation, use the pads', 'To minimise irritation, use the pads'),
 ('drop one in every bottle you drink.|', 'drop one in every bottle you drink, whatever the flavour.|'),
 ('|Dry eyes from screen time?|', '|Dry eyes from staring at a screen all day? Your chemist has plenty of options.|'),
 ("because it's just a spice.|", "because it's just a spice that colours your curry.|"),
 ('|Vitaflow is our daily greens powder.|', '|Vitaflow is our daily greens powder, now in a mint flavour.|'),
 ('|Tell your doctor about any other medicines you take.|', '|Tell your GP or pharmacist about any other medicines you take.|'),
 ('Patients on lithium who start ibuprofen', 'Patients on lithium who buy ibuprofen at the chemist'),
 ('|We prescribe hormonal patches after a consultation.|', '|Our GPs prescribe hormonal patches after a consultation.|'),
 ('|Many night-time cold remedies contain diphenhydramine.|', '|Many night-time cold and flu remedies sold at the chemist contain diphenhydramine.|'),
 ('|Book an LED facial at any of our clinics.|', '|Book an LED facial at any of our centres.|'),
 ('|4. Zero-sugar sodas|', '|4. Zero-sugar fizzy drinks|'),
 ("|2. Brightgrin kids' toothpaste|", "|2. Brightgrin kids' toothpaste (strawberry flavour)|"),
 ('|Worried about gluten in your thyroid pill?|', '|Worried about gluten in your thyroid pill? Plenty of coeliacs are.|'),
 ('|Calmskin lotion for reactive skin.|', '|Calmskin lotion for reactive skin, sold by most chemists.|'),
 ('|Missing a tooth?|', '|Missing a tooth? Our centre can help.|'),
 ('complete the full course of physio', 'complete the full physio programme'),
 ('F|fp|Nasaclear spray||', 'F|fp|Nasaclear spray|Bought Nasaclear from the chemist last month.|'),
 ('|Chillmist muscle spray|', '|Chillmist muscle spray, a favourite with footballers|'),
]
files = {p: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(D, '*.txt'))}
for old, new in R:
    where = [p for p, s in files.items() if s.count(old)]
    n = sum(files[p].count(old) for p in where)
    if n != 1:
        print('COUNT', n, old); continue
    files[where[0]] = files[where[0]].replace(old, new)
for p, s in files.items():
    open(p, 'w', encoding='utf-8').write(s)
print('done')
