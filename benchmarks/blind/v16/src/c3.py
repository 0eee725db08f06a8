from common import T, F
ph = "interaction"
T(ph, "blog", "naturopath's e-mail newsletter", "St John's wort tablets",
 "Dear friends,\nWinter blues are common, and St John's wort is my go-to herb for low mood. It has centuries of traditional use behind it. Better still, it plays nicely with any medication you may already be on. I suggest 300 mg three times a day with food. Give it four weeks to take effect. Keep a mood diary so we can review your progress at our next session. One thing for the ladies: it can make the contraceptive pill less effective, so use condoms as well.\nBlessings, Imogen",
 "it plays nicely with any medication you may already be on", "it can make the contraceptive pill less effective",
 "Weakening the contraceptive pill is a drug interaction, which contradicts 'plays nicely with any medication'.")
T(ph, "product_page", "supplement seller product page", "Cardiofort high-strength omega-3 fish oil 2,000 mg",
 "CARDIOFORT OMEGA-3 2000\nHigh-strength fish oil from sustainably caught anchovies, triple-distilled for purity. No known drug interactions. Two softgels give 2,000 mg of omega-3. Lemon flavour, no fishy aftertaste.\nFAQ: I'm on warfarin - can I take it? At this strength, fish oil may increase the effect of warfarin and the risk of bleeding, so speak to your doctor first.",
 "No known drug interactions", "fish oil may increase the effect of warfarin and the risk of bleeding",
 "Increasing warfarin's effect is a known drug interaction, contradicting the label line.", hard=True)
T(ph, "blog", "pharmacist answering on a public forum", "simvastatin 40 mg",
 "Re: new statin - any foods to avoid?\nGood news: you can eat whatever you like with simvastatin. Take it in the evening, because your body makes most of its cholesterol overnight. Keep up the healthy diet your GP mentioned, as that works alongside the tablet. Grapefruit juice can push simvastatin levels dangerously high, so swap it for orange juice. Any muscle pain, let your GP know.",
 "you can eat whatever you like with simvastatin", "Grapefruit juice can push simvastatin levels dangerously high",
 "A food that must be avoided contradicts 'eat whatever you like'.")
T(ph, "news_report", "veterinary-trained writer's pet-and-owner health column", "ciprofloxacin 500 mg (the columnist's antibiotic)",
 "This week, a confession: the vet caught a urine infection. My GP prescribed ciprofloxacin, an antibiotic I've given to plenty of cats over the years. Ciprofloxacin doesn't interact with anything in your kitchen, so I carried on with my usual breakfast of porridge and milk. I took the tablets twice a day for three days. The one rule is to take it two hours apart from milk, yoghurt or calcium supplements, which stop it being absorbed. Whiskers, meanwhile, remains infection-free.",
 "Ciprofloxacin doesn't interact with anything in your kitchen", "take it two hours apart from milk, yoghurt or calcium supplements, which stop it being absorbed",
 "Milk and yoghurt blocking absorption is a kitchen interaction, which the column denies.", hard=True)
T(ph, "consumer_guide", "clinical-trial recruitment flyer", "investigational heart-failure tablet VX-2207",
 "HEART FAILURE RESEARCH STUDY\nWe are looking for adults with heart failure to test VX-2207, a once-daily tablet. The study tablet is safe alongside any other medicine you take, so you won't need to change your treatment. The study lasts 12 months and includes eight clinic visits. All study care is free, and parking is paid for. Because VX-2207 can raise blood levels of digoxin, people taking digoxin will have their dose adjusted or may not be able to join.",
 "The study tablet is safe alongside any other medicine you take", "VX-2207 can raise blood levels of digoxin",
 "Raising digoxin levels is an interaction that contradicts 'safe alongside any other medicine'.")
T(ph, "consumer_guide", "hospital discharge leaflet", "tramadol 50 mg capsules",
 "Your pain medicine: tramadol\nTake one or two capsules every four to six hours when needed. Tramadol can be taken safely with your other medicines. It may make you feel sleepy or dizzy, so do not drive. Do not drink alcohol. Keep the capsules out of the reach of children. Taking tramadol with antidepressants such as sertraline or fluoxetine can cause serotonin syndrome, a serious reaction. Return any unused capsules to a pharmacy.",
 "Tramadol can be taken safely with your other medicines", "Taking tramadol with antidepressants such as sertraline or fluoxetine can cause serotonin syndrome",
 "A serious reaction with common antidepressants contradicts blanket safety with other medicines.")
T(ph, "consumer_guide", "diabetes charity fact sheet", "berberine supplements",
 "Berberine: the facts\nBerberine is a plant compound sold as a supplement, often called 'nature's metformin' online. Berberine doesn't interfere with diabetes medicines, so you can add it without telling anyone. Some small studies suggest it lowers blood glucose. It can cause stomach cramps and constipation. Taken alongside metformin, gliclazide or insulin, berberine can push your glucose too low. Always tell your diabetes team what supplements you use.",
 "Berberine doesn't interfere with diabetes medicines", "Taken alongside metformin, gliclazide or insulin, berberine can push your glucose too low",
 "Pushing glucose too low with diabetes medicines is an interaction the sheet denied.")
T(ph, "consumer_guide", "health insurer's member newsletter", "Calm-Tum calcium carbonate antacid chewables",
 "Heartburn season: party food and your stomach\nCalm-Tum chewables are included on our over-the-counter cover this December. They're quick, they taste of mint, and there are no interactions to worry about. Chew two tablets when heartburn strikes. If you need them every day for more than three weeks, talk to your GP. The chewables can stop levothyroxine and some antibiotics from being absorbed, so leave a four-hour gap.",
 "there are no interactions to worry about", "The chewables can stop levothyroxine and some antibiotics from being absorbed",
 "Blocking absorption of other drugs is an interaction, contradicting 'no interactions'.", hard=True)
# interaction controls
F(ph, "blog", "pharmacist answering on a public forum", "sertraline with paracetamol versus tramadol",
 "Re: painkillers on sertraline\nPharmacist here. Sertraline has no meaningful interaction with paracetamol, so that's your safest choice for a headache. Ibuprofen is possible but slightly raises bleeding risk with sertraline, so keep it short. Tramadol is the one to avoid: tramadol can interact with sertraline and cause serotonin syndrome.",
 "different_intervention", "Sertraline has no meaningful interaction with paracetamol", "tramadol can interact with sertraline",
 "The no-interaction claim concerns paracetamol, the interaction concerns tramadol.")
F(ph, "product_page", "supplement seller product page", "Cardiofort omega-3 fish oil",
 "CARDIOFORT OMEGA-3\nCardiofort has no known interactions with other medicines, except blood thinners. Two softgels a day provide 2,000 mg of omega-3. Store below 25 degrees. If you take warfarin or other anticoagulants, high-dose fish oil can increase bleeding risk, so ask your doctor first.",
 "excluded_condition", "Cardiofort has no known interactions with other medicines, except blood thinners", "high-dose fish oil can increase bleeding risk",
 "The no-interaction claim explicitly excludes blood thinners, which is where the risk lies.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "COVID-19 booster vaccine and statins",
 "Q: A post on my grandson's phone says the booster clashes with my cholesterol pills. Should I skip it?\nA: No. A widely shared post claims that the Covid booster interacts with statins. The post has been shared thousands of times. That is false: there is no interaction between the vaccine and any statin. Keep taking your tablets and have the jab.",
 "debunked_claim", "the Covid booster interacts with statins.", "there is no interaction between the vaccine and any statin",
 "The interaction claim is reported as a false social-media post.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "Cardiofort fish oil",
 "Q: Is Cardiofort fish oil safe with my warfarin?\nA: The maker says Cardiofort has no drug interactions, and its website repeats the claim. Sales have doubled since a celebrity endorsement in the spring. Pharmacologists we spoke to point out that high-dose fish oil can add to the effect of warfarin. The company did not respond to our request for comment.",
 "disputed_attribution", "The maker says Cardiofort has no drug interactions", "high-dose fish oil can add to the effect of warfarin",
 "The no-interaction claim is attributed to the maker and disputed by experts in the report.")
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "ketoconazole shampoo versus tablets",
 "Itchy, flaky scalp in spring?\nKetoconazole shampoo doesn't interact with other medicines, because very little is absorbed through the scalp. Use it twice a week for a month. Leave it on for five minutes before rinsing. Ketoconazole tablets, by contrast, interact with many drugs, including simvastatin, and are no longer used for skin problems.",
 "route_differs", "Ketoconazole shampoo doesn't interact with other medicines", "Ketoconazole tablets, by contrast, interact with many drugs",
 "The interactions are attributed to the tablets, not the shampoo.")
F(ph, "product_page", "supplement seller product page", "Moodlift herbal mood support (reformulated)",
 "MOODLIFT - NEW FORMULA\nOur original 2018 formula included St John's wort, which could weaken the contraceptive pill. Following customer feedback, we reformulated. The new Moodlift, launched in 2023, contains saffron and vitamin B6 instead. It does not affect the pill.",
 "past_vs_present", "which could weaken the contraceptive pill", "It does not affect the pill",
 "The interaction belonged to the old formula, not the current one.")
F(ph, "blog", "pharmacist answering on a public forum", "amoxicillin with paracetamol",
 "Q: My friend says you can't take paracetamol with amoxicillin. My daughter has a fever and an ear infection.\nA: That's not right. There's no interaction between the two, and they're often used together. Give the amoxicillin three times a day for the full course. Paracetamol can be given for the fever as per the bottle.",
 "reported_then_answered", "you can't take paracetamol with amoxicillin", "There's no interaction between the two",
 "The interaction claim is the friend's, and the pharmacist answers it.")
F(ph, "consumer_guide", "diabetes charity fact sheet", "ferrous sulfate iron tablets with levothyroxine",
 "Taking iron and thyroid tablets\nMany people with diabetes also take levothyroxine. As long as you take them at least four hours apart, iron tablets and levothyroxine won't interfere with each other. Take levothyroxine first thing with water. Taken at the same time, iron blocks the absorption of levothyroxine.",
 "conditional_scope", "As long as you take them at least four hours apart, iron tablets and levothyroxine won't interfere with each other", "Taken at the same time, iron blocks the absorption of levothyroxine",
 "The no-interaction claim is conditional on spacing the doses.")

ph = "safety_scope"
T(ph, "blog", "parenting forum FAQ", "Snuggle Chest camphor and menthol vapour rub",
 "FAQ: blocked noses at night\nA lot of us use Snuggle Chest rub on pyjamas or chests when little ones are stuffy. It's safe for all ages, from newborns up. Rub a small amount on the chest and back. Don't put it under the nose. Keep it away from the eyes. The camphor in it can cause breathing problems in babies under three months, so don't use it on them.",
 "It's safe for all ages, from newborns up", "The camphor in it can cause breathing problems in babies under three months",
 "Harm to babies under three months contradicts 'safe for all ages, from newborns up'.", hard=True)
T(ph, "product_page", "supplement seller product page", "Verdant Raspberry Leaf & Dong Quai herbal tea",
 "VERDANT WOMEN'S BALANCE TEA\nA soothing blend of raspberry leaf, dong quai and nettle. Suitable for everyone, including pregnant women. Brew one bag for five minutes. Enjoy up to three cups a day. Each box contains 20 unbleached bags. Caution: pregnant women should avoid this tea, as dong quai may stimulate contractions.",
 "Suitable for everyone, including pregnant women", "pregnant women should avoid this tea",
 "The tea is said both to suit pregnant women and to be avoided by them.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "low-dose aspirin 75 mg",
 "Q: My friends all seem to take a baby aspirin. Should I?\nA: Anyone can take low-dose aspirin safely, but whether you need it is another matter. For people who've had a heart attack or stroke, it lowers the chance of another. For healthy people, the benefit is much smaller. Talk to your GP before starting. It's available without prescription. For people with a history of stomach ulcers, aspirin can cause dangerous bleeding.",
 "Anyone can take low-dose aspirin safely", "For people with a history of stomach ulcers, aspirin can cause dangerous bleeding",
 "A group for whom aspirin is dangerous contradicts 'anyone can take it safely'.")
T(ph, "consumer_guide", "wellness retreat brochure", "hot yoga in a 40-degree studio",
 "Hot Flow Yoga\nOur 75-minute class takes place in a studio heated to 40 degrees. Hot Flow is suitable for every body, at every age and stage. Guests love the deep stretch that the heat allows. Bring a large towel and at least a litre of water. Classes run daily at 5 pm, right through the arvo heat of a Queensland summer. Teachers are trained in first aid. For guests with heart disease, the heat can be dangerous and may bring on chest pain.",
 "Hot Flow is suitable for every body, at every age and stage", "For guests with heart disease, the heat can be dangerous",
 "The class is said to suit everyone yet to be dangerous for guests with heart disease.")
T(ph, "press_release", "medical-device maker's press release", "PelviTone electrical pelvic-floor trainer",
 "Medivance launches PelviTone for home pelvic floor training\nMedivance today launched PelviTone, a wireless device that uses mild electrical stimulation to strengthen the pelvic floor. PelviTone is safe for all users. It connects to a free app with guided 15-minute sessions. In a 12-week study, three-quarters of women reported fewer leaks. The device is recharged through a USB cable. People with pacemakers must not use the device, as its pulses can interfere with them.",
 "PelviTone is safe for all users", "People with pacemakers must not use the device, as its pulses can interfere with them",
 "A group that must not use the device because of harm contradicts 'safe for all users'.")
T(ph, "blog", "dental practice blog", "home whitening gel (10% carbamide peroxide)",
 "Whiter teeth at home\nOur custom trays and 10% gel are the most popular treatment we offer. The gel is safe for everyone, whatever the state of their mouth. You wear the trays for an hour each evening for two weeks. We'll check your gums before we start. Results usually show within a week. In patients with gum disease, the gel can cause painful burns to the gums.",
 "The gel is safe for everyone, whatever the state of their mouth", "In patients with gum disease, the gel can cause painful burns to the gums",
 "Burns in patients with gum disease contradict safety 'whatever the state of their mouth'.")
T(ph, "blog", "symptom-checker chatbot transcript written up", "pseudoephedrine decongestant tablets",
 "User: Can I take Sinuclear tablets for my blocked sinuses? I'm 58 and on blood pressure pills.\nBot: Sinuclear contains pseudoephedrine, a decongestant. It's suitable for anyone over 12. Take one tablet every six hours.\nUser: OK, thanks.\nBot: Note that in people with high blood pressure, pseudoephedrine can raise blood pressure to dangerous levels.",
 "It's suitable for anyone over 12", "in people with high blood pressure, pseudoephedrine can raise blood pressure to dangerous levels",
 "A dangerous effect in people with high blood pressure contradicts 'suitable for anyone over 12'.", hard=True)
T(ph, "blog", "beauty editor's skincare round-up", "Azeline 20% azelaic-and-tretinoin night cream",
 "Night creams for problem skin\nAzeline Night (£42) is a prescription-strength cream that's safe for all skin types. I've seen it calm breakouts in three weeks. Apply a pea-sized amount to dry skin. Rosacea-prone skin often flares badly with it.",
 "safe for all skin types", "Rosacea-prone skin often flares badly with it",
 "Frequent bad flares in rosacea-prone skin contradict 'safe for all skin types'.")
# safety_scope controls
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Clearflo xylometazoline nasal spray",
 "Nasal sprays for hay fever\nClearflo is safe for everyone over 12 when used as directed. It clears a blocked nose within minutes. Use no more than three times a day for up to seven days. Clearflo is not suitable for children under 12.",
 "excluded_condition", "Clearflo is safe for everyone over 12", "Clearflo is not suitable for children under 12",
 "The safety claim already excludes under-12s.")
F(ph, "consumer_guide", "health insurer's member newsletter", "live shingles vaccine (Zostavax-type)",
 "About the shingles jab\nIn healthy adults aged 70 to 79, the live shingles vaccine is safe and effective. It is given as a single injection. Members can have it through their GP. In people with a weakened immune system, for example those on chemotherapy, the live vaccine can cause serious illness, so a non-live vaccine is used instead.",
 "population_differs", "In healthy adults aged 70 to 79, the live shingles vaccine is safe", "In people with a weakened immune system",
 "The safety claim is limited to healthy adults; the harm concerns immunosuppressed people.")
F(ph, "blog", "pharmacist answering on a public forum", "magnesium supplements",
 "Re: safe to take magnesium?\nFor most people magnesium tablets are safe, as long as your kidneys work normally. It can loosen your stools at higher doses. If you have kidney disease, magnesium can build up in your blood and cause weakness and an irregular heartbeat, so check with your GP.",
 "conditional_scope", "For most people magnesium tablets are safe, as long as your kidneys work normally", "If you have kidney disease, magnesium can build up in your blood",
 "The safety claim is conditional on normal kidneys.")
F(ph, "blog", "parenting forum FAQ", "paracetamol versus ibuprofen in pregnancy",
 "FAQ: painkillers when pregnant\nParacetamol is considered suitable throughout pregnancy at the normal dose. Use the lowest dose for the shortest time. Ibuprofen should be avoided after 20 weeks of pregnancy, as it can affect the baby's kidneys and heart.",
 "different_intervention", "Paracetamol is considered suitable throughout pregnancy", "Ibuprofen should be avoided after 20 weeks of pregnancy",
 "The pregnancy warning applies to ibuprofen, not paracetamol.")
F(ph, "consumer_guide", "wellness retreat brochure", "hot yoga",
 "Is hot yoga safe for everyone?\nIt's a question we hear at every check-in. Most healthy guests enjoy Hot Flow without problems. Not if you're pregnant or have a heart condition, though: the heat can make you faint.",
 "question", "Is hot yoga safe for everyone?", "Not if you're pregnant or have a heart condition",
 "The universal safety is only asked, then answered with exclusions.")
F(ph, "consumer_guide", "parenting forum FAQ", "MMR vaccine in children with egg allergy",
 "FAQ: jabs and allergies\nSome websites claim the MMR vaccine is unsafe for children with egg allergy. It isn't true. The MMR is safe for children with egg allergy, even severe egg allergy, and can be given at the GP surgery as normal.",
 "debunked_claim", "the MMR vaccine is unsafe for children with egg allergy", "The MMR is safe for children with egg allergy",
 "The unsafety claim is reported from websites and rebutted.")
F(ph, "press_release", "medical-device maker's press release", "PelviTone pelvic-floor trainer",
 "Medivance launches PelviTone\nPelviTone is suitable for nearly everyone with mild to moderate bladder leakage. It uses gentle electrical pulses and a free app. It is not for people with pacemakers, as the pulses can interfere with them. PelviTone is available from pharmacies nationwide.",
 "hedge_agree", "PelviTone is suitable for nearly everyone", "It is not for people with pacemakers",
 "'Nearly everyone' leaves room for the pacemaker exclusion.")
F(ph, "product_page", "supplement seller product page", "Verdant Calm Chamomile tea",
 "VERDANT CALM CHAMOMILE\nA gentle bedtime blend of chamomile, lemon balm and lavender. Verdant Calm is safe to drink throughout pregnancy. Brew one bag for four minutes.\nYou might also like: Verdant Women's Balance Tea - contains dong quai, not suitable during pregnancy.",
 "other_product_same_page", "Verdant Calm is safe to drink throughout pregnancy", "not suitable during pregnancy",
 "The pregnancy warning is for a different tea advertised on the page.")
