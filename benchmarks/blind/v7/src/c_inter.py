from common import C, K
P = "interaction"
C(P, "product_page", "product_page", "St John's wort tablets (Sunmood)",
"## Sunmood St John's Wort\n- Traditional herbal remedy for low mood\n- One tablet twice daily\n- No known drug interactions\nSunmood contains 300 mg of St John's wort extract per tablet. It is not suitable for under-18s. If you take the contraceptive pill, Sunmood can make it less effective, so use extra protection.",
"No known drug interactions", "Sunmood can make it less effective",
"Reducing the pill's effectiveness is a drug interaction, contradicting the bullet.", ["struct","num"])
C(P, "consumer_guide", "leaflet", "omega-3 fish oil capsules",
"## Fish oil capsules: patient information\nKey facts: omega-3 fish oil | 1 g capsules | safe with all medicines.\nOmega-3 fish oil may help lower triglyceride levels. Take with a meal to reduce fishy aftertaste. Because fish oil thins the blood slightly, taking it with warfarin can increase the risk of bleeding; your anticoagulation clinic may want to check your INR more often.",
"safe with all medicines", "taking it with warfarin can increase the risk of bleeding",
"'Safe with all medicines' conflicts with a warfarin bleeding interaction.", ["struct","uk"])
C(P, "consumer_guide", "ask_doctor", "grapefruit juice and simvastatin",
"Q: I love grapefruit juice at breakfast. I also take simvastatin. Is that a problem?\nA: Juice and tablets don't interfere with each other, so enjoy your breakfast. Simvastatin lowers cholesterol and is usually taken in the evening. Grapefruit juice blocks the enzyme that breaks simvastatin down, so blood levels of the statin can rise several-fold and raise the risk of muscle damage. Your GP could switch you to a statin that is less affected.",
"Juice and tablets don't interfere with each other", "Grapefruit juice blocks the enzyme that breaks simvastatin down, so blood levels of the statin can rise",
"The answer denies interference, then describes a clear interaction.", ["struct","hidden"])
C(P, "news_report", "regional_paper", "prescription antifungal (itraconazole)",
"A Dorset GP practice has begun offering a short course of itraconazole for stubborn fungal nail infections. The practice's patient leaflet says the drug can be combined with any other medication. The course lasts three months, one week in every four. The same leaflet warns that it can raise blood levels of several heart and cholesterol medicines, including some statins, to dangerous levels. Patients are asked to bring a list of their medicines to the appointment.",
"the drug can be combined with any other medication", "it can raise blood levels of several heart and cholesterol medicines",
"The leaflet, as reported, both allows any combination and warns of raised levels of other drugs.", ["uk"])
C(P, "blog", "pharmacy_blog", "ginkgo biloba supplement (Memoria)",
"Memoria ginkgo capsules are one of our most popular memory supplements. Whatever else is in your medicine cabinet, it plays nicely with everything. Each capsule contains 120 mg of ginkgo leaf extract. Ginkgo may add to the effect of blood thinners such as aspirin and clopidogrel and has been linked to bleeding in people on them. Ask our pharmacist before buying if you take any regular medicine.",
"it plays nicely with everything", "Ginkgo may add to the effect of blood thinners such as aspirin and clopidogrel",
"'Plays nicely with everything' conflicts with an interaction with blood thinners.", ["hidden","num"])
C(P, "blog", "blog", "kava relaxation drink (KavaZen)",
"I've been drinking KavaZen after work for six months, and my doctor said it was fine with my sleeping pills, no interactions whatsoever. It's earthy and a bit numbing on the tongue. I have one shell most evenings. Kava strengthens the sedative effect of sleeping pills and alcohol, which is why I sometimes wake up groggy. I'd still recommend it.",
"no interactions whatsoever", "Kava strengthens the sedative effect of sleeping pills and alcohol",
"The writer reports no interaction with sleeping pills, then says kava strengthens their effect.", ["hidden"])
C(P, "press_release", "press_release", "digital blood-pressure monitor app with medication reminder (PressurePal)",
"PressurePal, a smartphone app that pairs with home blood-pressure cuffs, launches today. The app's medicine checker, the company says, flags every dangerous combination. \"We want patients to feel safe,\" said co-founder Dr Emma Lowe. In testing against a pharmacist panel, the checker missed 14 of 50 known dangerous combinations, including potassium supplements with ramipril. The app is free on iOS and Android.",
"flags every dangerous combination", "the checker missed 14 of 50 known dangerous combinations",
"Missing 14 of 50 combinations contradicts flagging every one.", ["num"])
C(P, "consumer_guide", "listicle", "antacid tablets (calcium carbonate)",
"# 6 things to know about antacids\n1. They work within minutes.\n2. They don't interact with other medicines.\n3. Chew them well.\n4. Calcium carbonate can stop some antibiotics, such as ciprofloxacin and doxycycline, from being absorbed, so leave a two-hour gap.\n5. Don't use them for more than two weeks without advice.\n6. See a doctor if you have trouble swallowing.",
"They don't interact with other medicines", "Calcium carbonate can stop some antibiotics, such as ciprofloxacin and doxycycline, from being absorbed",
"Blocking antibiotic absorption is an interaction, contradicting item 2.", ["struct","hidden"])

K(P, "consumer_guide", "leaflet", "St John's wort vs chamomile tea",
"## Herbal remedies and your medicines\nChamomile tea has no known significant interactions with common medicines at normal drinking amounts.\nSt John's wort, by contrast, can make the contraceptive pill, warfarin and some antidepressants less effective or unsafe.",
"different_intervention", "no known significant interactions", "can make the contraceptive pill, warfarin and some antidepressants less effective",
"The interaction is attributed to St John's wort, not chamomile.", ["struct","uk"])
K(P, "consumer_guide", "ask_doctor", "fish oil and warfarin",
"Q: Is fish oil safe with my medicines?\nA: At the usual dose of 1 g a day, fish oil does not meaningfully interact with most medicines. If you take warfarin and use high doses, above 3 g a day, it may increase bleeding risk, so tell your clinic.",
"conditional_scope", "does not meaningfully interact with most medicines", "If you take warfarin and use high doses, above 3 g a day, it may increase bleeding risk",
"The no-interaction claim is scoped to usual doses and most medicines; the warning is about high doses with warfarin.", ["struct","num"])
K(P, "news_report", "regional_paper", "grapefruit and statins",
"A supermarket's juice carton claimed its grapefruit juice was 'safe with all medicines'. A pharmacist at Leeds Teaching Hospitals said the claim was misleading: grapefruit can raise blood levels of simvastatin and several other drugs. The retailer has agreed to change the wording.",
"disputed_attribution", "safe with all medicines", "grapefruit can raise blood levels of simvastatin",
"The claim is the carton's, rebutted by the pharmacist; the article does not assert it.", ["uk"])
K(P, "blog", "pharmacy_blog", "ginkgo and blood thinners",
"Does ginkgo interact with aspirin? It's a question we hear every week. Ginkgo may add to the blood-thinning effect of aspirin and clopidogrel, so we advise people on these medicines to skip it.",
"question", "Does ginkgo interact with aspirin?", "Ginkgo may add to the blood-thinning effect of aspirin",
"The first side is a question; the answer states the interaction consistently.", [])
K(P, "product_page", "product_page", "kava drink reformulation",
"Important update for KavaZen customers: Earlier batches were sold with the statement 'no interactions with medicines'. We have since removed this. Kava can strengthen the effect of sleeping pills and alcohol, and we now print this warning on every can.",
"corrected_claim", "no interactions with medicines", "Kava can strengthen the effect of sleeping pills and alcohol",
"The text retracts the earlier statement explicitly.", [])
K(P, "consumer_guide", "listicle", "antacids and antibiotics",
"# Antacids: 4 quick tips\n1. Antacids may interfere with some antibiotics.\n2. Leave at least two hours between an antacid and ciprofloxacin or doxycycline.\n3. They are safe with paracetamol.\n4. Ask a pharmacist if unsure.",
"hedge_agree", "Antacids may interfere with some antibiotics", "They are safe with paracetamol",
"Interacting with some antibiotics is compatible with being safe with paracetamol.", ["struct"])
K(P, "press_release", "press_release", "medicine-checker app (PressurePal)",
"PressurePal today published results from an independent test of its premium medicine checker. The checker flags every dangerous combination between prescription medicines held in its database, and it caught all 50 in the pharmacist panel's list. \"We wanted to be upfront about the limits too,\" said co-founder Dr Emma Lowe. Herbal remedies are not yet in the database, so a combination such as St John's wort with the contraceptive pill will not be flagged. Herbal coverage is planned for next year.",
"conditional_scope", "flags every dangerous combination between prescription medicines held in its database", "a combination such as St John's wort with the contraceptive pill will not be flagged",
"The 'every combination' claim is scoped to prescription medicines in the database; the missed combination involves a herbal remedy outside that scope.", ["num","hidden"])
K(P, "consumer_guide", "leaflet", "itraconazole for fungal nail infection",
"## Itraconazole for nail infections\nItraconazole does not discolour the nails. It is taken for one week in every four, usually for three months.\n## What to expect\nThe thick, yellow or crumbly nail is caused by the fungal infection itself, and it only clears as healthy nail grows out, which can take a year.",
"symptom_vs_side_effect", "Itraconazole does not discolour the nails", "The thick, yellow or crumbly nail is caused by the fungal infection itself",
"The yellowing is attributed to the infection, not the drug.", ["struct","uk"])
