from common import T, F
ph = "group_harm"
T(ph, "consumer_guide", "health insurer's member newsletter", "Couch2Strong beginner running app programme",
 "Get moving with Couch2Strong\nThis spring, members get free access to Couch2Strong, a nine-week app that takes you from walking to running 5 km. The plan is injury-free by design: every run is built up in small steps. You'll get three short sessions a week, with an audio coach in your ear. Members who finish the plan can claim a reward voucher. Log your runs to earn activity points. Shin pain is among the most common complaints from people who follow the plan in weeks three and four. Book a physio session through the member app if anything hurts.",
 "The plan is injury-free by design", "Shin pain is among the most common complaints from people who follow the plan in weeks three and four",
 "A plan described as injury-free commonly produces shin pain in its users.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "Shingrix shingles vaccine",
 "Q: I'm 71 and have been invited for the shingles jab. My sister had shingles and it was awful. Are there any side effects?\nA: The jab has no side effects, and I would urge you to have it. It is given as two doses, two to six months apart. Shingles can cause nerve pain that lasts for months, so prevention is well worth it. Sore arms and a day or two of feeling flu-ish are the most common complaints from readers who've had it. Book both doses at once so you don't forget the second.",
 "The jab has no side effects", "Sore arms and a day or two of feeling flu-ish are the most common complaints from readers who've had it",
 "The answer denies side effects and then describes common side effects readers had from the jab.", hard=True)
T(ph, "blog", "beauty editor's skincare round-up", "Lumara 15% vitamin C serum",
 "I asked five colleagues to test three vitamin C serums for a month.\nLumara 15% (£24): silky, absorbs fast, and it's non-irritating even on dry skin. The bottle is amber glass with a dropper, which protects the vitamin C from light. It layers well under sunscreen and leaves no sticky film. Three of our five testers developed a red, itchy rash around the mouth by week two. Kesso Glow (£18): thicker, smells of oranges, and nobody reacted to it.",
 "it's non-irritating even on dry skin", "Three of our five testers developed a red, itchy rash around the mouth by week two",
 "A serum that gave three of five testers a red itchy rash is not non-irritating.")
T(ph, "product_page", "supplement seller product page", "Ferrolite gentle iron bisglycinate 25 mg",
 "FERROLITE GENTLE IRON\nOur bisglycinate iron is kind to your stomach: no nausea, no cramps. One small capsule a day supports normal energy levels. Take it with orange juice to help absorption. Vegan, gluten-free, 90 capsules per pot.\nCustomer reviews\n'Made me feel sick every morning for the first week, but my energy is better now.' - Jas, verified buyer",
 "no nausea, no cramps", "Made me feel sick every morning for the first week",
 "The page promises no nausea and then shows an unchallenged customer review of nausea from the capsules.", hard=True)
T(ph, "blog", "dental practice blog", "ClearLine clear aligners",
 "Straighter teeth without metal\nClearLine aligners are nearly invisible, and you swap to a new set every two weeks. Treatment with ClearLine is painless from start to finish. You take the trays out to eat and brush. Most people wear them for about 22 hours a day. Most of our patients say the first two days of each new tray are sore. Average treatment time is nine months, and we review you every six weeks.",
 "Treatment with ClearLine is painless from start to finish", "Most of our patients say the first two days of each new tray are sore",
 "Soreness reported by most patients contradicts a painless treatment.")
T(ph, "consumer_guide", "hospital discharge leaflet", "knee arthroscopy (keyhole knee surgery)",
 "After your knee arthroscopy\nYou have had keyhole surgery on your knee through two or three small cuts. Because the cuts are so small, keyhole surgery does not cause bruising. Keep the dressing dry for 48 hours. Use crutches for as long as the physiotherapist advised. Take your painkillers regularly for the first three days. Keep your leg raised when sitting. Many patients notice a haematoma, a large purple swelling under the skin, around the knee in the first week. This fades on its own over two to three weeks.",
 "keyhole surgery does not cause bruising", "Many patients notice a haematoma, a large purple swelling under the skin, around the knee in the first week",
 "A haematoma is a bruise, so a common haematoma contradicts the no-bruising statement.")
T(ph, "blog", "naturopath's e-mail newsletter", "five-day supervised water fast",
 "Hello everyone,\nOur autumn five-day fast starts on the 14th. Done properly, the fast causes no headaches, because we taper caffeine the week before. We'll meet on video each morning and evening. Bring a journal, a blanket and plenty of herbal tea. Headaches on day two are something nearly all of my clients go through, and I'll show you some acupressure points for them. Places are limited to 12.\nIn health, Marcus",
 "the fast causes no headaches", "Headaches on day two are something nearly all of my clients go through",
 "Nearly all clients getting headaches contradicts a fast that causes no headaches.")
T(ph, "consumer_guide", "wellness retreat brochure", "Saltwater hydrotherapy float sessions",
 "The Float Room\nDrift in warm water with 500 kg of Epsom salt dissolved in it. Floating carries no after-effects: you simply step out calmer. Each session lasts 60 minutes and is included in the Stillness package. Lights and music can be turned off for total calm. Mild nausea and dizziness on standing up are among the complaints our staff hear most often after a first float. Towels, robes and earplugs are provided, and there's a cuppa waiting on the verandah afterwards.",
 "Floating carries no after-effects", "Mild nausea and dizziness on standing up are among the complaints our staff hear most often after a first float",
 "Frequent nausea and dizziness after floating are after-effects, which the brochure says do not occur.")
# group_harm controls
F(ph, "blog", "parenting forum FAQ", "children's nasal spray flu vaccine",
 "FAQ: the flu spray at school\nThe nasal spray vaccine cannot give your child flu, because the viruses in it are weakened and can't spread in the lungs. It's a quick sniff in each nostril - no needles. Some children get a runny nose for a day or two afterwards. Plenty of parents on here say their kids still caught colds that winter, which is caused by other viruses, not by the spray. Consent forms go home in September.",
 "symptom_vs_side_effect", "The nasal spray vaccine cannot give your child flu", "their kids still caught colds that winter",
 "The colds are explicitly caused by other viruses, not the spray, and a cold is not flu.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "amlodipine 5 mg for high blood pressure",
 "Q: My brother and I both take amlodipine. He's 84 and gets dizzy; I'm 66 and feel fine. Why?\nA: In people in their sixties, dizziness on amlodipine is uncommon. Age changes how the body handles blood pressure. Among people over 80, dizzy spells on standing are a common complaint with blood pressure tablets, including amlodipine. Your brother should ask his GP whether his dose needs trimming.",
 "population_differs", "In people in their sixties, dizziness on amlodipine is uncommon", "Among people over 80, dizzy spells on standing are a common complaint",
 "Rare dizziness in the sixties and common dizziness over 80 describe different age groups.")
F(ph, "consumer_guide", "health insurer's member newsletter", "Couch2Strong running programme",
 "What running does to your heart\nAfter nine weeks of Couch2Strong, most members' resting heart rate does not go up; it usually falls a little. That is a sign your heart is pumping more blood per beat. During the runs themselves, many beginners find their heart rate climbs sharply, sometimes to 170 beats per minute. That's normal and it drops again within minutes of stopping. Speak to your GP first if you have a heart condition.",
 "different_outcome_measure", "most members' resting heart rate does not go up", "many beginners find their heart rate climbs sharply",
 "One statement is about resting heart rate, the other about heart rate during exercise.")
F(ph, "consumer_guide", "wellness retreat brochure", "Yin Yoga sessions",
 "Morning programme\nOur slow Yin Yoga sessions are held in the cedar studio at 7 am. Yin is the gentlest class we run, and it leaves no one sore the next day. Props, blankets and bolsters are provided. Tea is served on the terrace afterwards.\nAlso on offer: Bootcamp Mornings on the beach, which most guests say leave their legs aching for days.",
 "other_product_same_page", "it leaves no one sore the next day", "which most guests say leave their legs aching for days",
 "The aching is said of the separate Bootcamp class listed on the same page.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "pneumococcal vaccine",
 "Q: Is the pneumonia jab worth having at 68?\nA: Yes. Most people have no side effects at all from the pneumococcal vaccine. It protects against a germ that causes pneumonia, meningitis and ear infections. It is usually a single dose for people over 65. Some people have a sore, red patch on the arm for a day or two, which is harmless.",
 "hedge_agree", "Most people have no side effects at all", "Some people have a sore, red patch on the arm for a day or two",
 "'Most people' leaves room for the some who get a sore arm.")
F(ph, "blog", "parenting forum FAQ", "melatonin gummies for children's sleep",
 "FAQ: melatonin for kids\n'Several people in our group said the melatonin gummies gave their kids nightmares.' We see this a lot, so we asked our moderator, a children's nurse, to look into it. Melatonin is prescribed for some children with autism or ADHD who can't fall asleep. In the children's trials she found, nightmares were no more common with melatonin than with dummy gummies. Always use it under a doctor's advice.",
 "reported_then_answered", "the melatonin gummies gave their kids nightmares", "nightmares were no more common with melatonin than with dummy gummies",
 "The nightmare report is a forum rumour that the FAQ answers with evidence.")
F(ph, "blog", "symptom-checker chatbot transcript written up", "GlowScreen light-therapy app",
 "Transcript excerpt\nUser: Does GlowScreen strain your eyes? I read complaints online.\nBot: Early users of the app's first version, released in 2021, often complained of eye strain from the bright white screen. The app was redesigned in 2023 with a warm amber light and a 20-minute timer. The current version has had no complaints of eye strain in the developer's reports. As with any screen, take breaks.",
 "past_vs_present", "Early users of the app's first version, released in 2021, often complained of eye strain", "The current version has had no complaints of eye strain",
 "The complaints concern the first version; the absence of complaints concerns the current version.")
F(ph, "consumer_guide", "diabetes charity fact sheet", "metformin versus gliclazide",
 "Diabetes tablets and your weight\nMetformin doesn't cause weight gain and may help you lose a little. That's one reason it's usually offered first. If metformin alone isn't enough, another tablet may be added. Weight gain is among the most common complaints from people taking gliclazide, a sulfonylurea. Your diabetes nurse can help you plan meals if this is a concern.",
 "different_intervention", "Metformin doesn't cause weight gain", "Weight gain is among the most common complaints from people taking gliclazide",
 "The weight gain is attributed to gliclazide, a different drug.")

ph = "dose_limit"
T(ph, "product_page", "sports-nutrition shop product description", "PureForge creatine monohydrate powder",
 "PUREFORGE CREATINE MONOHYDRATE - 500 g\nThe most researched supplement in sport, now micronised for easy mixing. Creatine is safe at any dose, so take as much as you like. Stir into water, juice or your protein shake. Unflavoured and vegan.\nDosing box: 5 g (one level scoop) daily. Do not exceed 10 g per day.",
 "Creatine is safe at any dose, so take as much as you like", "Do not exceed 10 g per day",
 "A stated daily maximum contradicts 'safe at any dose, take as much as you like'.")
T(ph, "blog", "naturopath's e-mail newsletter", "vitamin D3 spray",
 "Dear all,\nAs the clocks go back, it's time to think about vitamin D again. In the UK we make almost none from sunlight between October and March. I use a sublingual spray, which I find easier than tablets. Because it comes from your diet and the sun, you can't overdo vitamin D from a spray. Many of you found your energy lifted last winter. Sprays are also easy to give to the whole family. Never go above 4,000 IU a day without a blood test, because too much vitamin D can raise your calcium levels. I'll be at the farmers' market on Saturday if you'd like to chat.",
 "you can't overdo vitamin D from a spray", "Never go above 4,000 IU a day without a blood test, because too much vitamin D can raise your calcium levels",
 "Saying you cannot overdo it conflicts with a daily ceiling and a warning about too much.")
T(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Clearflo xylometazoline decongestant nasal spray",
 "Blocked nose from hay fever?\nClearflo works within minutes to open a stuffy nose. Use it as often as you need through the day. It is handy before bed so you can breathe through your nose. Clearflo is for adults and children over 12. Use no more than three times in 24 hours, and for no longer than seven days in a row.",
 "Use it as often as you need through the day", "Use no more than three times in 24 hours",
 "Unlimited use contradicts a maximum of three uses in 24 hours.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "paracetamol 500 mg tablets",
 "Q: My arthritis is bad in the mornings. How much paracetamol can I take?\nA: Paracetamol is one of the safest painkillers for older people, and there's no upper limit to worry about. It doesn't irritate the stomach the way ibuprofen can. Take it regularly rather than waiting for the pain to build. Never take more than eight 500 mg tablets in 24 hours, and leave at least four hours between doses. If you weigh under 50 kg, ask your pharmacist about a lower dose.",
 "there's no upper limit to worry about", "Never take more than eight 500 mg tablets in 24 hours",
 "The answer denies an upper limit and then states one.")
T(ph, "consumer_guide", "health insurer's member newsletter", "melatonin tablets for sleep",
 "Sleep better this winter\nIf you struggle to nod off, melatonin may help, and members can claim for a prescription. There is no maximum dose for melatonin, as your body makes it naturally. It's best taken an hour before bed. Combine it with a regular wake-up time and a dark bedroom. Adults shouldn't take more than 5 mg a night, as higher doses don't work better and can cause headaches.",
 "There is no maximum dose for melatonin", "Adults shouldn't take more than 5 mg a night",
 "A nightly ceiling of 5 mg contradicts 'no maximum dose'.")
T(ph, "blog", "symptom-checker chatbot transcript written up", "magnesium citrate tablets",
 "User: I get cramps at night. Can magnesium help?\nBot: Some people with night cramps find magnesium helpful, though the evidence is weak. You can take as many magnesium tablets as you like, because your kidneys get rid of the extra.\nUser: What dose?\nBot: Most tablets contain 150 to 250 mg. The upper limit for supplemental magnesium is 350 mg a day for adults; above that, it often causes diarrhoea.",
 "You can take as many magnesium tablets as you like", "The upper limit for supplemental magnesium is 350 mg a day for adults",
 "An upper daily limit contradicts 'as many tablets as you like'.", hard=True)
T(ph, "blog", "beauty editor's skincare round-up", "Veravé 7% glycolic acid toning solution",
 "Acid toners, ranked\nVeravé 7% Glycolic Toner (£12) is my pick for dull, congested skin. Use it morning and night, every day, as much as you want - it's that gentle. Sweep it over cleansed skin with a cotton pad. Always wear SPF the next day.\nHow to use: limit use to three evenings a week, and never on the same night as retinol.",
 "Use it morning and night, every day, as much as you want", "limit use to three evenings a week",
 "Unlimited twice-daily use contradicts a limit of three evenings a week.")
T(ph, "press_release", "medical-device maker's press release", "NerVia TENS pain-relief unit",
 "NerVia launches home TENS unit for chronic back pain\nDUBLIN - Orlen Medtech today launched NerVia, a pocket-sized TENS unit that uses gentle electrical pulses to ease back pain. NerVia can be used for unlimited sessions throughout the day. 'Patients want drug-free options they control,' said clinical director Aoife Brennan. The unit pairs with a smartphone app that logs each session. According to the instructions for use, each session should last no longer than 60 minutes, with at most four sessions per day. NerVia will retail at €129.",
 "NerVia can be used for unlimited sessions throughout the day", "with at most four sessions per day",
 "A maximum of four sessions a day contradicts unlimited sessions.")
# dose_limit controls
F(ph, "product_page", "supplement seller product page", "Serenol ashwagandha 300 mg capsules",
 "SERENOL ASHWAGANDHA 300 mg\nSerenol is safe at the recommended dose of one capsule daily. Each capsule contains 300 mg of root extract standardised to 5% withanolides. Take it with your evening meal. Do not take more than one capsule a day. Not suitable during pregnancy.",
 "consistent_dose", "Serenol is safe at the recommended dose of one capsule daily", "Do not take more than one capsule a day",
 "Both statements set the same one-capsule limit.")
F(ph, "blog", "pharmacist answering on a public forum", "Quitora nicotine gum and patches",
 "Re: how much nicotine replacement is too much?\nPharmacist here. With the 2 mg gum you can chew up to 15 pieces a day, as and when cravings hit. Chew until the taste is strong, then park it in your cheek. With the patch it's different: never wear more than one patch at a time. Many people use both together, which is fine and more effective.",
 "dose_form_differs", "you can chew up to 15 pieces a day", "never wear more than one patch at a time",
 "The two limits apply to different forms, gum and patch.")
F(ph, "consumer_guide", "parenting forum FAQ", "children's ibuprofen suspension",
 "FAQ: dosing children's ibuprofen\nCheck the age bands on the box carefully. For children aged 7 to 9, the dose is 7.5 ml up to three times in 24 hours. For children aged 1 to 3, it is 5 ml. For babies aged 3 to 6 months, give 2.5 ml no more than three times in 24 hours. Always use the syringe that comes with the bottle. Don't use it if your child is dehydrated.",
 "population_differs", "For children aged 7 to 9, the dose is 7.5 ml", "For babies aged 3 to 6 months, give 2.5 ml",
 "The different doses apply to different age groups.")
F(ph, "consumer_guide", "diabetes charity fact sheet", "metformin dose and kidney function",
 "How much metformin?\nIf your kidneys work normally, you can take the full dose of up to 2,000 mg a day. Your doctor will build up to this gradually. Your kidney function will be checked with a blood test at least once a year. If kidney function is reduced, no more than 1,000 mg a day is usually advised.",
 "conditional_scope", "If your kidneys work normally, you can take the full dose of up to 2,000 mg a day", "If kidney function is reduced, no more than 1,000 mg a day",
 "The two doses apply to different kidney-function conditions.")
F(ph, "consumer_guide", "health insurer's member newsletter", "melatonin tablets",
 "Correction to our autumn issue\nOur last newsletter said there was no maximum dose for melatonin. That was wrong, and we apologise. Melatonin is a hormone and should be used carefully. Adults shouldn't take more than 5 mg a night unless a specialist advises it.",
 "corrected_claim", "said there was no maximum dose for melatonin", "Adults shouldn't take more than 5 mg a night",
 "The no-maximum claim is reported as an error and corrected.")
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "saline nasal spray versus decongestant spray",
 "Two sprays, two sets of rules\nA saltwater (saline) nasal spray simply rinses pollen out of your nose. You can use saline as often as you like, even for young children. Decongestant sprays such as oxymetazoline shrink swollen blood vessels. Use a decongestant spray for no more than seven days, or your nose can become more blocked.",
 "different_intervention", "You can use saline as often as you like", "Use a decongestant spray for no more than seven days",
 "The limit applies to decongestant sprays, not saline.")
F(ph, "blog", "naturopath's e-mail newsletter", "turmeric (curcumin) capsules",
 "Hi all,\nCan you take as much turmeric as you want? I get this question weekly. Turmeric in food is perfectly fine in generous amounts. Concentrated curcumin capsules are a different matter. I'd suggest no more than 1.5 g of curcumin a day, and less if you take blood thinners.",
 "question", "Can you take as much turmeric as you want?", "no more than 1.5 g of curcumin a day",
 "The unlimited dose is only asked about, and the answer sets a limit.")
F(ph, "product_page", "sports-nutrition shop product description", "Somna glycine powder",
 "SOMNA GLYCINE - sleep support\nGlycine has a wide margin of safety, but staying at or below 5 g a day is sensible. Mix 3 g in warm water an hour before bed. It tastes lightly sweet. Do not take more than 5 g in a day.",
 "hedge_agree", "Glycine has a wide margin of safety", "Do not take more than 5 g in a day",
 "A wide safety margin is stated together with the same 5 g ceiling, so there is no claim of unlimited use.")
