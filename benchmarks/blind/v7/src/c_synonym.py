from common import C, K
P = "synonym"
C(P, "consumer_guide", "pharmacy_blog", "loratadine antihistamine tablets (Pollenix)",
"## Hay fever season: what's on our shelves\nKey facts: Pollenix® tablets, once daily, non-drowsy formula.\nPollenix contains loratadine and is sold without a prescription in all our branches. Take one tablet a day with a glass of water, with or without food. Most customers notice it working within an hour or so. Some people feel noticeably sleepy after a dose, so don't drive until you know how it affects you. Speak to one of our pharmacists if you already take another allergy medicine.",
"non-drowsy formula", "Some people feel noticeably sleepy after a dose",
"Calling the tablet non-drowsy conflicts with saying it makes some people noticeably sleepy.", ["struct","uk"])
C(P, "blog", "podcast", "iron bisglycinate supplement (FerroSoft)",
"Episode 42: Low iron, explained. This week we talk to a practice nurse about iron deficiency in young women and how it is picked up on a routine blood test. We also look at FerroSoft, a bisglycinate iron capsule that, as we put it on air, is gentle iron that never upsets your stomach. Our guest explains why taking it with orange juice helps absorption. In the listener questions segment we cover side effects: roughly 1 in 10 people feel queasy or nauseous during the first week on FerroSoft. We finish with tips on iron-rich meals.",
"gentle iron that never upsets your stomach", "roughly 1 in 10 people feel queasy or nauseous during the first week on FerroSoft",
"Never upsetting the stomach cannot be true if one in ten users get nausea from it.", ["num"])
C(P, "product_page", "clinic_page", "diode laser hair removal (SilkBeam)",
"## Why choose SilkBeam laser?\n- Completely painless sessions\n- Visible results after three visits\n- Suitable for face and body\nAt our Harrogate clinic, each SilkBeam session takes between 20 and 40 minutes depending on the area. Your practitioner will shave the area and apply a cooling gel first. During treatment, most clients feel a sharp sting with each pulse, often likened to an elastic band flicking the skin. A soothing aloe lotion is applied afterwards.",
"Completely painless sessions", "most clients feel a sharp sting with each pulse",
"A painless session is contradicted by most clients feeling a sharp sting with each pulse.", ["struct","uk"])
C(P, "product_page", "newsletter", "magnesium citrate powder (Magnessa Calm)",
"Hi there, and welcome to the March newsletter! Our bestselling Magnessa Calm powder is back in stock. Unlike cheaper magnesium products, it is kind to your gut with no laxative effect. Just mix one level scoop into warm water before bed. In our customer survey, looser stools were reported by 6% of users in the first few days, usually settling within a week. Use code SPRING for free delivery.",
"it is kind to your gut with no laxative effect", "looser stools were reported by 6% of users in the first few days",
"Loose stools are a laxative effect, so 'no laxative effect' conflicts with the survey figure.", ["num","hidden"])
C(P, "news_report", "regional_paper", "prescription blood-pressure tablet (Vasorel)",
"Patients at Northfield General are among the first in the region to be offered Vasorel, a once-daily tablet for high blood pressure. Consultant cardiologist Dr Amir Shah said the rollout would start with patients whose pressure is poorly controlled. Unlike several older medicines, the tablet does not cause dizziness. About 400 patients are expected to switch in the first year. Anyone starting it is warned that light-headedness on standing up is common in the first fortnight. The hospital says appointments will be arranged through GP surgeries.",
"the tablet does not cause dizziness", "light-headedness on standing up is common in the first fortnight",
"Light-headedness on standing is dizziness, so the denial conflicts with the later warning.", ["uk","hidden"])
C(P, "blog", "listicle", "time-restricted eating app (FastTrack)",
"# 7 things to know before you try the FastTrack fasting app\n1. It sets your eating window for you, starting at 12 hours.\n2. You won't feel hungry, because the window grows slowly.\n3. The app is free for the first month.\n4. Hunger pangs are normal for the first week or so, especially in the evening.\n5. Drink plenty of water.\n6. It is not designed for people with diabetes.\n7. Check with your GP if you take regular medicines.",
"You won't feel hungry", "Hunger pangs are normal for the first week or so",
"Promising no hunger conflicts with calling hunger pangs normal in the first week.", ["struct"])
C(P, "consumer_guide", "ask_doctor", "children's sunscreen SPF 50 (Brightday Kids)",
"Ask the doctor: a tear-free sunscreen for children\nQ: My six-year-old hates sunscreen. Is Brightday Kids SPF 50 any good?\nA: Yes, it is a reasonable choice for most children. It is a mineral formula with zinc oxide, which sits on the skin and reflects sunlight. Apply it 15 minutes before going out and reapply after swimming. When it runs into the eyes with sweat, it tends to make them burn and water, so be careful around the eyelids. Hats and shade matter just as much.",
"a tear-free sunscreen for children", "it tends to make them burn and water",
"A tear-free product does not make the eyes burn and water.", ["struct"])
C(P, "press_release", "press_release", "sleep-aid capsule (Tranquo)",
"FOR IMMEDIATE RELEASE\nNovexa Health today launched Tranquo™, a plant-based evening capsule for occasional stress. The company says Tranquo causes no drowsiness, so it can be taken during the working day. The capsule combines lemon balm and L-theanine. \"We wanted something people could use at 3 pm and still drive home,\" said chief executive Laura Benn. In the company's eight-week user study, sleepiness was reported by 8% of participants. Tranquo will be available from pharmacies from 1 May.",
"The company says Tranquo causes no drowsiness", "sleepiness was reported by 8% of participants",
"The release's own study figure for sleepiness contradicts its unchallenged claim of no drowsiness.", ["num","hidden"])

K(P, "consumer_guide", "leaflet", "cetirizine allergy tablets",
"## About your medicine\nCetirizine is an antihistamine used for hay fever and itchy skin. It is described as a low-drowsiness antihistamine, which means most people stay alert while taking it.\n## Possible side effects\nA small number of people do feel sleepy, especially at first. If this happens to you, avoid driving and tell your pharmacist.",
"hedge_agree", "a low-drowsiness antihistamine", "A small number of people do feel sleepy",
"Low-drowsiness already allows that some people feel sleepy, so both statements agree.", ["struct","uk"])
K(P, "blog", "pharmacy_blog", "fexofenadine vs chlorphenamine antihistamines",
"Which hay fever tablet suits you? Fexofenadine is a non-drowsy option and is a good pick for people who drive for work. It is taken once a day. Chlorphenamine, an older antihistamine, works quickly on itching. That one often makes you sleepy, so some people save it for bedtime.",
"different_intervention", "Fexofenadine is a non-drowsy option", "That one often makes you sleepy",
"The sleepiness is attributed to chlorphenamine, a different drug from the non-drowsy fexofenadine.", ["hidden"])
K(P, "consumer_guide", "ask_doctor", "iron tablets for anaemia",
"Q: I started iron tablets last week and I still feel exhausted. Are the tablets making me tired?\nA: Ferrous fumarate does not cause tiredness. The most common side effects are constipation and dark stools. Tiredness and breathlessness are symptoms of the anaemia itself. It usually takes a few weeks before your energy improves as your iron stores fill up.",
"symptom_vs_side_effect", "Ferrous fumarate does not cause tiredness", "Tiredness and breathlessness are symptoms of the anaemia itself",
"The tiredness is attributed to the anaemia, not to the tablets.", ["struct"])
K(P, "product_page", "newsletter", "allergy tablet reformulation (Pollenix)",
"Big news for hay fever sufferers! The first Pollenix, launched in 2015, used an older antihistamine that left many customers drowsy. Since last spring, every pack carries our reformulated tablet. The new Pollenix is non-drowsy, so it fits around work and school. Look for the green box in store.",
"past_vs_present", "left many customers drowsy", "The new Pollenix is non-drowsy",
"Drowsiness is said of the discontinued formula; the non-drowsy claim is about the current one.", ["hidden"])
K(P, "product_page", "clinic_page", "diode laser hair removal",
"## Laser hair removal at Elm Street Clinic\nOur diode laser has a built-in cooling tip, so most clients describe sessions as virtually painless.\n## Aftercare\nMild redness and slight swelling around the follicles are normal for a few hours afterwards. Avoid hot baths and sunbeds for 48 hours.",
"different_outcome_measure", "virtually painless", "Mild redness and slight swelling",
"Pain during the session and redness afterwards are different effects, so there is no conflict.", ["struct","uk"])
K(P, "news_report", "regional_paper", "sleep-aid capsule (Tranquo)",
"A calming capsule on sale in local pharmacies was marketed as causing no drowsiness when it launched in May. Tranquo combines lemon balm and L-theanine. Several readers contacted us to say they had felt sleepy after taking it. Update, 14 June: the manufacturer has now added drowsiness to the list of possible side effects on its leaflet and website.",
"corrected_claim", "marketed as causing no drowsiness", "the manufacturer has now added drowsiness to the list of possible side effects",
"The later line is an explicit update correcting the launch claim, not a self-contradiction.", ["hidden"])
K(P, "consumer_guide", "leaflet", "loratadine tablets",
"Loratadine does not usually make you drowsy when taken at the recommended dose of 10 mg once a day. Take it at the same time each day. If you take more than the recommended dose, you may feel sleepy and have a fast heartbeat. Contact your GP or pharmacist if that happens.",
"conditional_scope", "does not usually make you drowsy when taken at the recommended dose", "If you take more than the recommended dose, you may feel sleepy",
"The non-drowsy claim is limited to the recommended dose; sleepiness is said only of overdose.", ["num","uk"])
K(P, "blog", "podcast", "magnesium glycinate supplement",
"Episode 17 notes: Can magnesium help you sleep? We discuss whether magnesium glycinate lives up to its reputation as a gentle, stomach-friendly form. Does it give you loose stools like magnesium oxide? Our guest, a dietitian, says most people tolerate the glycinate form without any bowel changes. We also talk about food sources such as nuts and leafy greens.",
"question", "a gentle, stomach-friendly form", "Does it give you loose stools like magnesium oxide?",
"The loose-stool line is a question, answered consistently with the gentle claim.", [])
