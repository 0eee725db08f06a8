from common import C
P="interaction"
C(P,True,"consumer_guide","coupon_site","clarithromycin tablets",
"Clarithromycin: summary. Clarithromycin is an antibiotic for chest infections, some skin infections and H. pylori. It does not interact with other medicines, so no changes to your regular tablets are needed. Take it twice daily for 7 to 14 days. A bitter taste is common. Average cash price is around $20.\n\nIf you take simvastatin, your prescriber will pause it during the course, because clarithromycin sharply raises statin levels and the risk of muscle damage.",
"It does not interact with other medicines","clarithromycin sharply raises statin levels",
"No interactions conflicts with a named interaction raising statin levels.",distance="far")
C(P,True,"product_page","translated_insert","turmeric-curcumin capsules (Kurkumax)",
"Kurkumax 500 mg curcumin with piperine. Kurkumax has no interaction with any medication and can be taken together with all prescribed medicine. Take 1 capsule with food two times daily. Yellow colour of urine is normal. Persons using warfarin must ask the doctor, because curcumin can increase bleeding effect of warfarin.",
"Kurkumax has no interaction with any medication","curcumin can increase bleeding effect of warfarin",
"No interaction with any medication conflicts with curcumin increasing warfarin's effect.",distance="near",shape="conditional warning",hard=True)
C(P,True,"consumer_guide","telehealth_faq","sertraline",
"Q: Can I take sertraline with my other medicines?\nA: Yes. It is one of the antidepressants that plays well with everything, so you won't need to change any other prescriptions.\n\nQ: How long until it works?\nA: Usually four to six weeks.\n\nQ: What about migraine medicine?\nA: Tell us if you use triptans such as sumatriptan. Combined with sertraline they can trigger serotonin syndrome, so your clinician may adjust one of them.",
"It is one of the antidepressants that plays well with everything","Combined with sertraline they can trigger serotonin syndrome",
"'Plays well with everything' conflicts with a dangerous interaction with triptans.",distance="far",hard=True)
C(P,True,"blog","fitness_caption","grapefruit juice detox protocol",
"3-day citrus reset 🍊 Fresh grapefruit juice every morning, that's the core of it. It won't mess with any meds you're on, it's literally just fruit. I do a big glass before my fasted cardio. Skin glows by day three. Disclaimer from my physio friend: grapefruit juice can make some blood-pressure and cholesterol pills build up to risky levels in your blood, so check first.",
"It won't mess with any meds you're on","grapefruit juice can make some blood-pressure and cholesterol pills build up to risky levels",
"No effect on medicines conflicts with grapefruit raising drug levels.",distance="near",shape="attributed warning")
C(P,True,"news_report","academic_newsroom","rifampicin-based tuberculosis regimen",
"The medical centre's infectious disease team has shortened tuberculosis treatment for some patients to four months using a rifampicin-containing regimen. The regimen, the team said, is free of drug–drug interactions, which simplifies care for patients on other treatment. Patients take tablets daily under supervision. Early results show high cure rates. Women on the contraceptive pill are advised to use another method, because rifampicin makes the pill less effective.",
"is free of drug–drug interactions","rifampicin makes the pill less effective",
"Freedom from interactions conflicts with rifampicin reducing contraceptive effectiveness.",distance="near",shape="consequence clause")
C(P,True,"blog","womens_magazine","St John's wort tea (SunMood)",
"I started drinking SunMood tea the winter my mum died. It's a blend of St John's wort and lemon balm, and the packet says it is safe to drink alongside any medicine. I had two cups a day. I'd curl up with it after work. Slowly, I started to feel more like me.\n\nMy one regret: no one told me the herb in it can stop the contraceptive pill working properly. I found out at a pharmacy, thankfully before anything happened.",
"the packet says it is safe to drink alongside any medicine","the herb in it can stop the contraceptive pill working properly",
"The packet claim, left unchallenged as true, conflicts with the herb reducing the pill's effectiveness.",distance="far",hard=True)
C(P,True,"consumer_guide","pharmacist_ce","allopurinol",
"CE focus: gout prophylaxis. Allopurinol reduces urate production by inhibiting xanthine oxidase. What it won't do is interact with other commonly used drugs, which makes it straightforward to dispense. Start low and titrate. Flares may increase early on. Azathioprine doses must be cut by up to three quarters in patients on allopurinol, because toxic levels accumulate.",
"What it won't do is interact with other commonly used drugs","Azathioprine doses must be cut by up to three quarters in patients on allopurinol",
"A cleft denial of interactions conflicts with a major azathioprine interaction.",distance="near",shape="cleft")
C(P,True,"news_report","radio_transcript","Antacid tablets (calcium carbonate, Calmacid)",
"Tonight on Health Hour, listeners asked about heartburn tablets. Our pharmacist said Calmacid chewables don't affect how any other medicines work. She said they're fine for the occasional burger. Chew two after meals, she advised. A caller with thyroid disease said she'd been taking hers with breakfast. \"Take your levothyroxine four hours apart from Calmacid,\" the pharmacist told her, \"because the calcium stops it being absorbed.\"",
"Calmacid chewables don't affect how any other medicines work","because the calcium stops it being absorbed",
"No effect on other medicines conflicts with calcium blocking levothyroxine absorption.",distance="near",shape="quoted advice")
# controls
C(P,False,"consumer_guide","coupon_site","azithromycin vs clarithromycin",
"Azithromycin: summary. Azithromycin is a macrolide antibiotic often taken for three or five days. Unlike clarithromycin, it has few clinically important interactions with statins. Clarithromycin can raise simvastatin levels dangerously. Azithromycin may cause stomach upset. Average price is under $15.",
"it has few clinically important interactions with statins","Clarithromycin can raise simvastatin levels dangerously",
"The interaction is attributed to a different antibiotic.",ctype="different_intervention")
C(P,False,"product_page","translated_insert","cranberry capsules (Uricran)",
"Uricran 400 mg cranberry extract. For support of urinary tract. Was said before that cranberry interacts with warfarin strongly. Newer studies show no meaningful change of INR at this dose. Patient on warfarin can use with usual INR check. Take 1 capsule daily.",
"Was said before that cranberry interacts with warfarin strongly","Newer studies show no meaningful change of INR at this dose",
"The old interaction claim is corrected by newer evidence.",ctype="corrected_claim")
C(P,False,"blog","fitness_caption","caffeine + pre-workout",
"Quick one 🙋 Does caffeine interact with anything? For most healthy gym-goers, no big deal. But if you're on ADHD stimulants or certain antidepressants, stacking caffeine can spike your heart rate — talk to your doctor. I'm not on any meds so I keep it simple.",
"For most healthy gym-goers, no big deal","if you're on ADHD stimulants or certain antidepressants, stacking caffeine can spike your heart rate",
"The no-concern claim is limited to people not taking interacting drugs.",ctype="excluded_condition")
C(P,False,"consumer_guide","telehealth_faq","valacyclovir",
"Q: Does valacyclovir interact with my birth control?\nA: No. Valacyclovir does not affect hormonal contraception. It is cleared by the kidneys, so we check kidney function if you're older. Drink plenty of water. If you take other medicines that stress the kidneys, your clinician may adjust the dose.",
"Valacyclovir does not affect hormonal contraception","If you take other medicines that stress the kidneys, your clinician may adjust the dose",
"The denial is specific to contraception; a kidney-related caution is compatible.",ctype="different_outcome_measure")
C(P,False,"news_report","academic_newsroom","warfarin vs apixaban switch",
"Cardiologists at the medical centre are moving eligible patients from warfarin to apixaban. Warfarin interacts with many foods and medicines, including some antibiotics. Apixaban has far fewer interactions, said the clinic lead, although it is still affected by a few strong drugs such as some antifungals. Patients no longer need weekly INR checks.",
"Apixaban has far fewer interactions","Warfarin interacts with many foods and medicines",
"The many interactions belong to warfarin; apixaban's 'fewer' is hedged and consistent with the few noted.",ctype="different_intervention")
C(P,False,"blog","womens_magazine","St John's wort — myth piece",
"My aunt swears St John's wort has no interactions because it's 'only a flower'. It's a lovely thought. It's also wrong. The herb can make the pill, some antidepressants and blood thinners work less well. If you're on any of those, skip it.",
"St John's wort has no interactions because it's 'only a flower'","The herb can make the pill, some antidepressants and blood thinners work less well",
"The no-interaction claim is reported as the aunt's belief and called wrong.",ctype="debunked_claim")
C(P,False,"consumer_guide","pharmacist_ce","topical vs oral ketoconazole",
"CE note: azole antifungals. Oral ketoconazole strongly inhibits CYP3A4 and raises levels of many drugs. It is now rarely used by mouth. Ketoconazole 2% shampoo, in contrast, is not absorbed to any meaningful degree and has no systemic interactions. It can be used in patients on statins.",
"Ketoconazole 2% shampoo, in contrast, is not absorbed to any meaningful degree and has no systemic interactions","Oral ketoconazole strongly inhibits CYP3A4",
"Interactions are said of the oral form; the shampoo is a different route.",ctype="route_differs")
C(P,False,"news_report","radio_transcript","ginseng question",
"A caller asked whether ginseng interacts with warfarin. Our guest herbalist paused. \"Does ginseng interact with blood thinners? Possibly,\" she said. \"Some reports suggest it lowers warfarin's effect, so I'd never say it's interaction-free.\" She recommended checking with a pharmacist.",
"Does ginseng interact with blood thinners?","I'd never say it's interaction-free",
"The question is answered consistently with the caution.",ctype="question")
P="safety_scope"
C(P,True,"product_page","coupon_site","echinacea lozenges (ImmuZin)",
"ImmuZin echinacea and zinc lozenges. Suitable for everyone, from toddlers to grandparents, at the first sign of a sniffle. Dissolve one lozenge slowly every three hours. Honey-lemon flavour. Contains 10 mg zinc per lozenge. Not to be given to children under 12, as echinacea has caused rashes and breathing problems in young children.",
"Suitable for everyone, from toddlers to grandparents","Not to be given to children under 12, as echinacea has caused rashes and breathing problems in young children",
"Suitable for toddlers conflicts with an exclusion of under-12s because of harm.",distance="near",shape="conditional warning")
C(P,True,"consumer_guide","telehealth_faq","oral minoxidil (low dose)",
"Q: Who can take low-dose minoxidil?\nA: Anyone with thinning hair can take it safely; it's the same medicine used for decades.\n\nQ: How soon will I see results?\nA: Usually after four to six months.\n\nQ: Are there any conditions that rule it out?\nA: Yes. People with heart failure or a previous heart attack should not take oral minoxidil, as it can cause fluid retention and strain the heart.",
"Anyone with thinning hair can take it safely","People with heart failure or a previous heart attack should not take oral minoxidil",
"'Anyone ... safely' conflicts with a group for whom it is harmful.",distance="far")
C(P,True,"blog","fitness_caption","cold-plunge protocol",
"Cold plunge daily for 90 days 🧊 This is the one habit I'd recommend to literally anyone, no exceptions. Start at 2 minutes, 10–12°C. Breathe slow through the nose. My recovery and mood are unreal now. Important: if you have a heart condition, don't cold plunge — the shock can trigger dangerous rhythm problems.",
"the one habit I'd recommend to literally anyone, no exceptions","if you have a heart condition, don't cold plunge",
"'Anyone, no exceptions' conflicts with excluding people with heart conditions.",distance="near",shape="conditional warning")
C(P,True,"news_report","academic_newsroom","MRI-guided focused ultrasound for tremor",
"A new tremor treatment at the medical centre uses focused ultrasound beams guided by MRI to target a tiny spot in the brain. It is safe for all tremor patients, the centre's neurologists said, because no incision is made. Patients are awake throughout. Many see their tremor stop on the table. The treatment is not offered to patients with bleeding disorders or skull density too low for the beam, in whom it can cause bleeding or fail.",
"It is safe for all tremor patients","The treatment is not offered to patients with bleeding disorders",
"Safe for all conflicts with a patient group in whom it can cause bleeding.",distance="near",shape="exclusion with harm")
C(P,True,"blog","womens_magazine","raspberry leaf tea in pregnancy",
"Raspberry leaf tea was my pregnancy ritual. My doula said it's safe at every stage of pregnancy, and I believed her. I drank a cup each afternoon on my lunch break. It tastes like mild black tea. My labour was quick, though who knows why.\n\nA note I added after readers wrote in: it shouldn't be drunk in the first trimester, when it may stimulate the womb, so I only started properly at 32 weeks.",
"it's safe at every stage of pregnancy","it shouldn't be drunk in the first trimester, when it may stimulate the womb",
"Safe at every stage conflicts with a first-trimester harm.",distance="far",hard=True)
C(P,True,"consumer_guide","school_nurse_letter","insect repellent (DEET 50%)",
"Dear Parents,\n\nFor next week's camp, please pack insect repellent. The DEET 50% spray from the chemist is fine for every child in the school. Apply it to exposed skin in the morning and after swimming. Long sleeves in the evening help too.\n\nPlease do not send the 50% spray with children under 6 in our nursery class; for them it can cause skin and nerve reactions, and a lower strength is safer.\n\nKind regards,\nSchool Nurse",
"The DEET 50% spray from the chemist is fine for every child in the school","for them it can cause skin and nerve reactions",
"Fine for every child conflicts with harm to under-6s in the same school.",distance="far")
C(P,True,"consumer_guide","pharmacist_ce","codeine cough linctus",
"CE refresher: cough preparations. Codeine linctus is suitable for all ages when used as directed. It suppresses the cough reflex centrally. Counsel on constipation and drowsiness. Avoid alcohol. In children under 12, codeine can cause fatal breathing depression and must not be supplied.",
"Codeine linctus is suitable for all ages when used as directed","In children under 12, codeine can cause fatal breathing depression",
"Suitable for all ages conflicts with a fatal harm in under-12s.",distance="near",shape="group harm")
C(P,True,"product_page","translated_insert","herbal weight-loss tea (SlimLeaf)",
"SlimLeaf tea is for every adult who want to reduce weight, also mothers who breastfeed. Drink one cup after lunch and one after dinner. Contains senna leaf, green tea and fennel. Effect is visible after 2 week. For breastfeeding mothers it is not suitable, because senna passes to milk and may cause diarrhoea in baby.",
"also mothers who breastfeed","For breastfeeding mothers it is not suitable, because senna passes to milk and may cause diarrhoea in baby",
"The tea is offered to breastfeeding mothers and then said to harm their babies.",distance="near",shape="relative clause",hard=True)
# controls
C(P,False,"consumer_guide","telehealth_faq","combined oral contraceptive",
"Q: Is the combined pill safe for everyone?\nA: It's safe for most healthy women, which is why we screen everyone first. It is not prescribed to women who get migraine with aura, because of stroke risk. Smokers over 35 are offered other options. Your clinician will check your blood pressure before prescribing.",
"It's safe for most healthy women","It is not prescribed to women who get migraine with aura",
"'Most healthy women' leaves room for excluded groups.",ctype="hedge_agree")
C(P,False,"product_page","coupon_site","children's paracetamol syrup",
"Children's paracetamol syrup: summary. Safe for children aged 2 months and over who weigh more than 4 kg, when given at the right dose. Babies younger than 2 months should not be given it except on a doctor's advice. Dose by weight using the syringe provided. Do not give more than four doses in 24 hours.",
"Safe for children aged 2 months and over","Babies younger than 2 months should not be given it",
"The safety claim already excludes the younger group.",ctype="excluded_condition")
C(P,False,"blog","fitness_caption","yoga programme",
"30 days of yoga 🧘 Safe for everyone except if you're pregnant or recovering from surgery — then check with your doctor first. Beginners welcome. Modify every pose. Pregnant followers: I have a separate prenatal series because some of these twists aren't right for you.",
"Safe for everyone except if you're pregnant or recovering from surgery","some of these twists aren't right for you",
"Pregnancy is excluded in the safety claim itself.",ctype="excluded_condition")
C(P,False,"news_report","academic_newsroom","RSV vaccine in older adults",
"A study led by the medical centre found the new RSV vaccine was safe and effective in adults over 60. Rates of serious side effects were similar to placebo. The vaccine is not yet approved for children, and researchers said a separate trial would be needed. An earlier RSV vaccine tested in infants in the 1960s made illness worse, which is why regulators are cautious.",
"was safe and effective in adults over 60","An earlier RSV vaccine tested in infants in the 1960s made illness worse",
"The harm is from an earlier vaccine in a different population.",ctype="different_intervention")
C(P,False,"blog","womens_magazine","HRT patches",
"I put off HRT for two years because of old headlines. My GP explained that the patches are considered safe for most women under 60 who start them around menopause. She said the picture is different for women with a history of breast cancer, who usually aren't offered them. I don't have that history, so I started. I sleep through the night again.",
"the patches are considered safe for most women under 60","women with a history of breast cancer, who usually aren't offered them",
"'Most women' is hedged and the excluded group is named.",ctype="hedge_agree")
C(P,False,"consumer_guide","school_nurse_letter","nut-free policy snack",
"Dear Parents,\n\nOur class snacks are chosen to be safe for all pupils in Year 2, including the three children with nut allergy. That's why we do not serve the sesame bars any more, as two children in Year 5 are allergic to sesame. Please avoid sending nut products from home.\n\nRegards,\nSchool Nurse",
"safe for all pupils in Year 2","two children in Year 5 are allergic to sesame",
"The harmed group is in a different year and the sesame bars are no longer served.",ctype="population_differs")
C(P,False,"news_report","radio_transcript","ibuprofen in asthma",
"Listener Marcia asked whether her asthmatic son could take ibuprofen. Our GP guest said it's fine for most children with asthma. \"A small number of people with asthma are sensitive to ibuprofen,\" she said, \"so if he's never had it, watch for wheezing the first time.\" She said paracetamol is an alternative.",
"it's fine for most children with asthma","A small number of people with asthma are sensitive to ibuprofen",
"'Most' allows for a sensitive minority.",ctype="hedge_agree")
C(P,False,"consumer_guide","pharmacist_ce","topical vs oral terbinafine in liver disease",
"CE case: fungal nail infection. Oral terbinafine should be avoided in patients with active liver disease, as it can cause liver injury. Terbinafine 1% cream can be used safely in these patients, since systemic absorption is minimal. For nail infection, the cream is less effective than the tablets.",
"Terbinafine 1% cream can be used safely in these patients","Oral terbinafine should be avoided in patients with active liver disease",
"The harm is for the oral route; the cream is a different route.",ctype="route_differs")
