ROWS = []
PH = [None]
def T(style, interv, text, flag, flag2, why, hard=False):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=True,
                     flag=flag, flag2=flag2, why=why, hard_to_spot=hard))
def F(style, interv, ctype, text, decoy, decoy2, why):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=False,
                     control_type=ctype, decoy=decoy, decoy2=decoy2, why=why))

# ---------------- synonym ----------------
PH[0] = "synonym"
T("consumer_guide", "Clarivex loratadine 10 mg hay fever tablets (OTC antihistamine)",
  "Clarivex one-a-day tablets (loratadine 10 mg) are a non-drowsy option for hay fever. Take one tablet each morning; the effect lasts around 24 hours. If your eyes are also itchy, eye drops containing sodium cromoglicate can be used alongside them. Pollen counts usually peak in early summer, so it is worth starting a week before your symptoms normally begin. Some people find these tablets make them sleepy, so avoid driving until you know how they affect you.",
  "are a non-drowsy option for hay fever", "Some people find these tablets make them sleepy",
  "Non-drowsy and 'make them sleepy' describe the same effect and are both asserted of the same tablets.")
T("product_page", "Zentralia Calm Gummies (L-theanine, lemon balm, chamomile)",
  "Zentralia\u2122 Calm Gummies blend L-theanine, lemon balm and chamomile for a gentle evening wind-down. Unlike many sleep aids, Zentralia won't leave you groggy the next day. Each gummy contains 200 mg of L-theanine and is vegan and gelatin-free. Take two gummies 30 minutes before bed. In our customer survey, a heavy, foggy-headed feeling the following morning was the most common thing people mentioned in their first two weeks.",
  "Zentralia won't leave you groggy the next day", "a heavy, foggy-headed feeling the following morning was the most common thing people mentioned",
  "Groggy and foggy-headed next morning are the same effect; the page denies it and then reports it as common.", hard=True)
T("news_report", "velnoxetine (prescription antidepressant)",
  "A newer antidepressant, velnoxetine, was approved last spring for adults with major depression. Unlike many older antidepressants, velnoxetine is weight-neutral, which could make it attractive to patients worried about their waistlines. The drug is taken once daily and acts on serotonin and norepinephrine. In the 12-week trial that supported approval, 612 adults took part, and response rates were 48% on the drug versus 33% on placebo. Participants on velnoxetine put on an average of 4.1 kg over the study, compared with 0.3 kg on placebo. A 52-week extension study is ongoing, the company said.",
  "velnoxetine is weight-neutral", "Participants on velnoxetine put on an average of 4.1 kg over the study",
  "Weight-neutral is contradicted by a 4.1 kg average gain reported for the same drug.")
T("blog", "ArcticCore home cold-plunge tub",
  "I've been using my ArcticCore plunge tub every morning since January and honestly it's been a game changer for my energy. The setup took one afternoon and the chiller holds the water at 50\u00b0F. Getting in is totally painless, even for a total wimp like me. My husband joined me after a week, and now the kids want a turn too. I pair it with ten minutes of breathwork and a big glass of water. Fair warning though: the first few times, the cold hurts like crazy in your hands and feet, so start with 30 seconds.",
  "Getting in is totally painless", "the cold hurts like crazy in your hands and feet",
  "Painless and 'hurts like crazy' are opposite descriptions of getting into the same tub.")
T("press_release", "NeuroLume home transcranial stimulation headset",
  "Researchers at the University of Eastbourne have completed the first home-use trial of NeuroLume, a headset that passes a weak electrical current through the scalp to ease low mood. \"Because the current is so small, the headset causes no skin irritation at all,\" said lead investigator Professor Hannah Okafor. Sixty-four adults used the device for 30 minutes a day over six weeks. Mood scores improved by an average of five points on a standard questionnaire. Reddened, stinging skin beneath the electrodes was reported by about a quarter of participants. The team now plans a larger sham-controlled study.",
  "the headset causes no skin irritation at all", "Reddened, stinging skin beneath the electrodes was reported by about a quarter of participants",
  "Reddened, stinging skin is skin irritation; the release quotes a denial and then reports it in a quarter of users.", hard=True)
T("consumer_guide", "Ferrosoft iron bisglycinate supplement",
  "Iron deficiency is the most common nutritional deficiency worldwide, and it often shows up as tiredness and breathlessness. If a blood test confirms you are low, your doctor may suggest a supplement such as Ferrosoft, which uses iron bisglycinate. Ferrosoft is gentle on the stomach, so it suits people who have struggled with other iron tablets. It is best absorbed on an empty stomach with a glass of orange juice. Tea and coffee reduce absorption, so leave an hour either side. Abdominal cramping is one of the complaints we hear most often from people taking it.",
  "Ferrosoft is gentle on the stomach", "Abdominal cramping is one of the complaints we hear most often from people taking it",
  "Gentle on the stomach is contradicted by cramping being a frequent complaint among its users.")
T("product_page", "PulseForge caffeine-free pre-workout powder (with yohimbe extract)",
  "PulseForge\u00ae is our caffeine-free pre-workout for evening trainers. Each scoop delivers 3.2 g beta-alanine, 6 g citrulline and 300 mg of our proprietary yohimbe blend. You get clean, jitter-free energy for your toughest sessions. Mix one scoop in 300 ml of cold water 20 minutes before training. Available in Blue Razz and Sour Apple. FAQ: Why do my hands feel shaky? Trembling hands and a pounding heart are normal for many users in the first week while your body adapts.",
  "You get clean, jitter-free energy", "Trembling hands and a pounding heart are normal for many users in the first week",
  "Jitter-free and trembling hands are the same effect, denied and then described as normal.", hard=True)
T("news_report", "low-dose atropine eye drops for childhood short-sightedness",
  "Low-dose atropine eye drops could slow the worsening of short-sightedness in children, a three-year trial in Singapore and Manchester has found. Children who used one drop nightly saw their prescriptions change about 40% less than those given dummy drops. At the strength used, the drops do not interfere with close-up focusing, so reading and schoolwork are unaffected. The treatment costs about \u00a330 a month and is not yet available on the NHS. About one child in eight found small print difficult to read during the first month of treatment. Experts said longer follow-up was needed.",
  "the drops do not interfere with close-up focusing, so reading and schoolwork are unaffected", "About one child in eight found small print difficult to read",
  "Difficulty reading small print is a close-focusing problem, which the article says the drops do not cause.")
F("consumer_guide", "cetirizine (OTC antihistamine)", "hedge_agree",
  "Cetirizine is usually described as non-drowsy, though that label is a generalisation rather than a promise. It is taken once a day and starts working within about an hour. It is suitable for hay fever, hives and dust-mite allergy. A minority of people do feel sleepy on it, so try your first dose on an evening when you don't need to drive.",
  "usually described as non-drowsy", "A minority of people do feel sleepy on it",
  "Both statements are hedged: 'usually' non-drowsy is compatible with a minority feeling sleepy.")
F("consumer_guide", "fexofenadine vs chlorphenamine (antihistamines)", "different_intervention",
  "If you need to stay alert for work, fexofenadine is a sensible choice because it does not make people drowsy. It is available from pharmacies in 120 mg tablets. Take it with water rather than fruit juice, which can reduce absorption. Older antihistamines such as chlorphenamine are a different matter: they make many people sleepy and slow reaction times.",
  "it does not make people drowsy", "they make many people sleepy",
  "The sleepiness is attributed to older antihistamines such as chlorphenamine, not to fexofenadine.")
F("product_page", "Somnaril herbal sleep capsules", "conditional_scope",
  "Somnaril\u2122 combines valerian root and passionflower in a once-nightly capsule. At the recommended dose of one capsule, Somnaril causes no next-day grogginess in our studies. Take it 30 minutes before bed with water. Please do not exceed the stated dose. A foggy head the following morning was common only among volunteers who took three capsules at once, which is why we advise one.",
  "At the recommended dose of one capsule, Somnaril causes no next-day grogginess", "A foggy head the following morning was common only among volunteers who took three capsules at once",
  "The no-grogginess claim is limited to one capsule; the foggy head is reported only at triple the dose.")
F("consumer_guide", "dextromethorphan cough syrup", "population_differs",
  "Tussiclear daytime formula is a cough syrup containing dextromethorphan. In adults, it does not usually cause drowsiness at the labelled dose. Shake the bottle before measuring a dose with the cup provided. Do not give it to children under six. In young children, drowsiness and unsteadiness are more likely, which is one reason it is not recommended for them.",
  "In adults, it does not usually cause drowsiness", "In young children, drowsiness and unsteadiness are more likely",
  "The no-drowsiness statement is about adults; the drowsiness statement is about young children.")
F("blog", "KetoBurn thermogenic capsules, old vs reformulated", "past_vs_present",
  "Let's talk about KetoBurn, because a lot of you have asked. The original 2021 formula left loads of people jittery, me included; it had 400 mg of caffeine per serving. I stopped taking it for a year. The brand reformulated in 2024 and dropped the caffeine entirely. The current version is jitter-free for me, and I take it before my morning walk.",
  "The original 2021 formula left loads of people jittery", "The current version is jitter-free for me",
  "The jitteriness is attributed to the old caffeinated formula, the jitter-free claim to the current one.")
F("consumer_guide", "Migralief sumatriptan nasal spray", "symptom_vs_side_effect",
  "Migralief nasal spray contains sumatriptan and is used at the start of a migraine attack. The spray itself is not a common cause of nausea. Use one spray into one nostril; a second dose can be taken after two hours if the headache returns. Many people feel queasy during an attack, but that is part of the migraine, not a reaction to the spray. An unpleasant taste in the throat is the most common side effect.",
  "The spray itself is not a common cause of nausea", "Many people feel queasy during an attack, but that is part of the migraine",
  "The queasiness is attributed to the migraine itself, not to the spray.")
F("blog", "Melatrix melatonin spray", "question",
  "I picked up Melatrix melatonin spray for jet lag before my trip to Tokyo. The brand says it won't make you drowsy the next morning, which was my main worry. You spray it under the tongue about half an hour before you want to sleep. But could a spray like this still leave you sleepy at breakfast? I honestly don't know, and I couldn't find a study that answered it.",
  "it won't make you drowsy the next morning", "could a spray like this still leave you sleepy at breakfast?",
  "The second side is a question the writer cannot answer, not a claim that it causes sleepiness.")
F("news_report", "Luminar blue-light filtering glasses", "debunked_claim",
  "A video shared millions of times this week claims that Luminar blue-light glasses leave wearers with tired, aching eyes. Optometrists contacted by this outlet said the claim was unfounded. The lenses are lightly tinted and block part of the blue spectrum, though evidence that this helps screen users is thin. \"There is no evidence they strain the eyes,\" said Dr Priya Shah of the College of Optometrists.",
  "Luminar blue-light glasses leave wearers with tired, aching eyes", "There is no evidence they strain the eyes",
  "The article reports the aching-eyes claim only to rebut it.")

# ---------------- denial_form ----------------
PH[0] = "denial_form"
T("product_page", "OmegaPure high-strength fish oil 3 g EPA/DHA",
  "OmegaPure Ultra delivers 3 g of EPA and DHA in just three softgels a day. Sourced from small, wild-caught fish and molecularly distilled for purity. OmegaPure Ultra carries no risk of bleeding, even at our highest strength. Each batch is tested for mercury and PCBs by an independent lab. Take with your main meal to reduce fishy burps. Nosebleeds and easy bruising have been reported by some customers taking three or more capsules daily.",
  "OmegaPure Ultra carries no risk of bleeding, even at our highest strength", "Nosebleeds and easy bruising have been reported by some customers taking three or more capsules daily",
  "Nosebleeds and bruising at the standard three-capsule dose are the bleeding the page says carries no risk.")
T("product_page", "Curcumax turmeric extract capsules",
  "Curcumax\u00ae contains 95% curcuminoids with black pepper extract for better absorption. Our formula is free from any liver concerns, so you can take it long term with confidence. Two capsules daily provide 1,000 mg of turmeric extract. Suitable for vegans. Store below 25\u00b0C. A few customers have had raised liver enzymes on routine blood tests while using it, and these returned to normal after they stopped.",
  "Our formula is free from any liver concerns", "A few customers have had raised liver enzymes on routine blood tests while using it",
  "Raised liver enzymes while taking the product are a liver concern the page says it is free from.", hard=True)
T("blog", "liquorice root tea",
  "Liquorice root tea has become my afternoon ritual. It's naturally sweet, so I've cut out the biscuits I used to have with my cuppa. Unlike coffee, it won't push your blood pressure up, which matters to me because hypertension runs in my family. I brew two bags for five minutes and drink three or four mugs a day. My GP did mention that drinking lots of liquorice can send blood pressure up, and mine was a bit higher at my last check.",
  "it won't push your blood pressure up", "drinking lots of liquorice can send blood pressure up",
  "The tea is said not to raise blood pressure and then said (unchallenged) to raise it at the amounts she drinks.", hard=True)
T("consumer_guide", "Dormalex (zopiclone-type prescription sleeping tablet)",
  "Dormalex is a prescription sleeping tablet used for short periods of severe insomnia. There is zero chance of getting hooked on it, unlike older sleeping pills. It is taken just before bed and works within an hour. Alcohol should be avoided as it increases the sedative effect. A bitter or metallic taste is common. People who have taken it nightly for several months often find they cannot sleep without it and feel anxious and restless when they stop.",
  "There is zero chance of getting hooked on it", "People who have taken it nightly for several months often find they cannot sleep without it and feel anxious and restless when they stop",
  "Needing the tablet to sleep and withdrawal symptoms on stopping describe dependence, which was ruled out.")
T("press_release", "Dermaclear topical acne gel (clascoterone-like prescription gel)",
  "Halvern Pharmaceuticals today announced positive results from two phase 3 trials of Dermaclear gel for moderate acne. Not a single patient in the programme reported a rash, the company said. The trials enrolled 1,420 people aged 12 and over across 80 sites. After 12 weeks, 19% of patients on Dermaclear were rated clear or almost clear, against 8% on the vehicle gel. The most common side effects were application-site reactions, including redness and itchy skin rashes in about 4% of patients. Halvern plans to file for approval later this year.",
  "Not a single patient in the programme reported a rash", "itchy skin rashes in about 4% of patients",
  "The release says no patient reported a rash and then lists rashes in about 4% of patients.")
T("consumer_guide", "Flexidol diclofenac gel",
  "Flexidol gel contains diclofenac and is used for sprains and arthritis in the knees and hands. Because it is rubbed on rather than swallowed, the gel poses no threat to the stomach. Apply a thin layer up to four times a day and wash your hands afterwards. Don't use it on broken skin. You can use it alongside paracetamol if needed. Stomach bleeding has occurred in people using the gel over large areas for a long time, so check with a pharmacist if you have had an ulcer.",
  "the gel poses no threat to the stomach", "Stomach bleeding has occurred in people using the gel over large areas for a long time",
  "Stomach bleeding from the gel contradicts the unqualified statement that it poses no threat to the stomach.")
T("blog", "beetroot nitrate shots for running",
  "Beetroot shots are the one supplement I actually notice on race day. The nitrate gets turned into nitric oxide, which helps your muscles use oxygen a bit more efficiently. Headaches? Not with these, unlike some pre-workouts I've tried. I drink one 70 ml shot about two and a half hours before a long run. My coach says the pink pee is harmless. Honestly, the main downside is that a pounding headache is the most common thing people in my running club complain about after taking them.",
  "Headaches? Not with these", "a pounding headache is the most common thing people in my running club complain about after taking them",
  "The writer rules out headaches and later says headache is the commonest complaint from the same shots.", hard=True)
T("consumer_guide", "magnesium citrate supplement",
  "Magnesium helps with muscle and nerve function, and many people take it for cramps or sleep. Magnesium citrate is well absorbed, and the last thing it will do is upset your digestion. A typical dose is 200 to 400 mg a day with food. Avoid high doses if you have kidney disease. Loose stools and diarrhoea are common side effects of magnesium citrate, especially when you first start.",
  "the last thing it will do is upset your digestion", "Loose stools and diarrhoea are common side effects of magnesium citrate",
  "Diarrhoea is digestive upset, which the guide says citrate is the last thing to cause.")
F("consumer_guide", "Omega-3 fish oil at standard dose", "excluded_condition",
  "A standard 1 g fish oil capsule carries no meaningful risk of bleeding for people who are not on blood thinners. Fish oil may modestly lower triglycerides. Choose a product tested for mercury. If you take warfarin or apixaban, fish oil can add to the bleeding risk, so speak to your pharmacist first.",
  "carries no meaningful risk of bleeding for people who are not on blood thinners", "fish oil can add to the bleeding risk",
  "The no-risk statement already excludes people on blood thinners, who are the group given the bleeding warning.")
F("product_page", "Nordvita vitamin D3 1,000 IU", "consistent_dose",
  "Nordvita D3 provides 1,000 IU of vitamin D3 per drop. At this daily amount, it won't raise your calcium to unsafe levels. Simply add one drop to food or place it on your tongue. Keep out of reach of children. Taking many times the labelled amount for months can raise calcium to unsafe levels, so never exceed 4,000 IU a day unless advised by a doctor.",
  "At this daily amount, it won't raise your calcium to unsafe levels", "Taking many times the labelled amount for months can raise calcium to unsafe levels",
  "The safety claim is for the labelled dose; the harm is for many times that dose, and the dose limits agree.")
F("news_report", "Hepatix milk thistle supplement", "disputed_attribution",
  "The makers of Hepatix, a milk thistle supplement, say the product is free of any liver risk. But a review published on Monday by the Food Standards Agency found several reports of liver injury in people taking it. The agency did not ask retailers to withdraw the product. \"The company's statement is not supported by the reports we have seen,\" an agency spokesperson said.",
  "the product is free of any liver risk", "found several reports of liver injury in people taking it",
  "The liver-safety claim is attributed to the maker and explicitly disputed; the article itself is consistent.")
F("consumer_guide", "paracetamol", "hedge_agree",
  "Paracetamol is unlikely to irritate the stomach when taken at normal doses, which is why it is often preferred over ibuprofen. Adults can take 500 mg to 1 g up to four times a day. Leave at least four hours between doses. Rarely, people do get stomach discomfort with it, but this is uncommon.",
  "Paracetamol is unlikely to irritate the stomach", "Rarely, people do get stomach discomfort with it",
  "'Unlikely' and 'rarely' are compatible hedges.")
F("consumer_guide", "nicotine patch (24-hour)", "conditional_scope",
  "A 24-hour nicotine patch should not disturb your sleep once you have been using it for a week or so. Apply a new patch to clean, hairless skin each morning. Vivid dreams and broken sleep are common only in the first few nights, and you can switch to a 16-hour patch if they persist.",
  "should not disturb your sleep once you have been using it for a week or so", "Vivid dreams and broken sleep are common only in the first few nights",
  "The no-disturbance claim is scoped to after the first week; the sleep problems to the first few nights.")
F("consumer_guide", "aspirin in adults vs children", "population_differs",
  "In adults, low-dose aspirin poses no real risk of Reye's syndrome, a rare illness affecting the liver and brain. Aspirin is still not for everyone: it can irritate the stomach. Take it with or after food. In children and teenagers under 16, aspirin can trigger Reye's syndrome, which is why it should not be given to them unless a doctor advises it.",
  "In adults, low-dose aspirin poses no real risk of Reye's syndrome", "In children and teenagers under 16, aspirin can trigger Reye's syndrome",
  "The no-risk statement concerns adults; the harm concerns under-16s, so both can be true.")
F("product_page", "CalmLeaf decaffeinated green tea vs regular green tea", "different_intervention",
  "CalmLeaf decaf green tea won't keep you up at night, because we remove 99.5% of the caffeine using a gentle CO2 process. Each tin holds 50 pyramid bags. Enjoy it hot or iced. Our regular Sencha, by contrast, contains about 30 mg of caffeine per cup and can keep sensitive drinkers awake if taken after 4 pm.",
  "CalmLeaf decaf green tea won't keep you up at night", "can keep sensitive drinkers awake",
  "The wakefulness warning is about the caffeinated Sencha, a different product.")
F("product_page", "ProbioMax probiotic capsules, old vs new capsule shell", "past_vs_present",
  "Our previous ProbioMax capsules used a gelatin shell and some customers found they caused bloating in the first days. Since March 2025, ProbioMax has come in a plant-based delayed-release capsule. In our follow-up survey, the new capsule causes no bloating for the vast majority of users. Take one capsule daily with breakfast.",
  "some customers found they caused bloating in the first days", "the new capsule causes no bloating for the vast majority of users",
  "Bloating is attributed to the old gelatin capsule; the no-bloating claim is about the current capsule.")
