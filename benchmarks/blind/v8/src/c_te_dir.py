from common import C
P="treatment_effect"
C(P,True,"product_page","coupon_site","magnesium glycinate for leg cramps (CrampEase)",
"CrampEase magnesium glycinate: fast relief from night-time leg cramps. Take two capsules at bedtime and wake up cramp-free. Gentle on the stomach. 60 capsules per bottle. Made in the USA.\n\nFAQ: Will CrampEase stop my cramps? Clinical studies have found magnesium does not relieve leg cramps in most adults, so manage your expectations.",
"fast relief from night-time leg cramps","magnesium does not relieve leg cramps in most adults",
"The product is sold as relieving cramps, then the same page says its ingredient does not relieve them.",distance="far",hard=True)
C(P,True,"consumer_guide","telehealth_faq","propranolol for performance anxiety",
"Q: What does propranolol help with?\nA: It calms the physical symptoms of performance anxiety: racing heart, shaking hands and sweating.\n\nQ: How soon should I take it?\nA: About an hour before the event.\n\nQ: Will it help my trembling?\nA: Unfortunately not. Propranolol doesn't reduce shaking hands; it only slows the heart.",
"racing heart, shaking hands and sweating","Propranolol doesn't reduce shaking hands",
"Relieving shaking hands conflicts with not reducing them.",distance="far")
C(P,True,"blog","fitness_caption","foam rolling",
"Foam roller appreciation post 🌀 Five minutes on the roller after every run and my DOMS is basically gone. Quads, calves, IT band. Go slow. Breathe. Honestly, foam rolling doesn't do anything for next-day soreness, but it feels nice in the moment.",
"my DOMS is basically gone","foam rolling doesn't do anything for next-day soreness",
"DOMS is next-day soreness; both relieved and not relieved.",distance="near",shape="abbreviation/synonym")
C(P,True,"news_report","academic_newsroom","cognitive behavioural therapy app (SleepWell CBT-I)",
"A smartphone app developed at the medical centre, SleepWell, delivers cognitive behavioural therapy for insomnia in six weekly modules. In a trial of 400 adults, the app improved sleep onset and total sleep time. Participants were recruited through GP surgeries. The app is free to NHS patients. \"It won't help people fall asleep faster,\" said the lead psychologist, \"but it does reduce night-time waking.\"",
"the app improved sleep onset","It won't help people fall asleep faster",
"Improved sleep onset is falling asleep faster; the article states both.",distance="near",shape="quoted negation")
C(P,True,"blog","womens_magazine","evening primrose oil for hot flushes",
"The first hot flush hit me in a board meeting. A colleague recommended evening primrose oil, and within a month my flushes had all but vanished. I took two capsules with breakfast. My skin seemed softer too.\n\nI've since read the research, and I have to be honest: evening primrose oil does not reduce hot flushes any better than a dummy pill.",
"within a month my flushes had all but vanished","evening primrose oil does not reduce hot flushes any better than a dummy pill",
"The writer credits the oil with removing flushes, then says it does not reduce them beyond placebo.",distance="far")
C(P,True,"product_page","translated_insert","nasal spray for snoring (RonfStop)",
"RonfStop spray is for reduce snoring in adult. Spray 2 time in each nostril before sleep. It is natural oil blend of peppermint and eucalyptus. Effect is immediate. Note: RonfStop does not reduce snoring; it only make the nose feel more open.",
"RonfStop spray is for reduce snoring in adult","RonfStop does not reduce snoring",
"The spray is said to reduce snoring and not to reduce it.",distance="near",shape="direct negation")
C(P,True,"consumer_guide","pharmacist_ce","cough suppressant dextromethorphan",
"CE focus: acute cough in adults. Dextromethorphan is the OTC antitussive most likely to be requested. It eases dry, tickly coughs effectively. Doses are 15–30 mg every 4–6 hours. Watch for serotonergic interactions. Systematic reviews show dextromethorphan is no better than placebo for acute cough from colds.",
"It eases dry, tickly coughs effectively","dextromethorphan is no better than placebo for acute cough from colds",
"Effective relief conflicts with no better than placebo for the same cough.",distance="near",shape="pronoun vs name")
C(P,True,"news_report","radio_transcript","acupuncture for migraine",
"Today's wellbeing segment looked at acupuncture for migraine. Our guest acupuncturist said weekly sessions stop migraine attacks in their tracks. She treats around 30 patients a week. Sessions cost about forty dollars. A listener texted in to say it had helped her neck pain. Asked by our host whether needles could prevent an attack once it has started, she admitted, \"No, once a migraine begins, acupuncture doesn't stop it.\"",
"weekly sessions stop migraine attacks in their tracks","once a migraine begins, acupuncture doesn't stop it",
"Stopping attacks in their tracks conflicts with not stopping them once started.",distance="near",shape="question answered")
# controls
C(P,False,"product_page","coupon_site","loratadine",
"Loratadine: summary. Loratadine relieves sneezing, itchy eyes and a runny nose from hay fever. It does not relieve a blocked nose much; for congestion, a decongestant or steroid spray may work better. Take one 10 mg tablet daily. Non-drowsy for most people.",
"Loratadine relieves sneezing, itchy eyes and a runny nose","It does not relieve a blocked nose much",
"Different symptoms: runny vs blocked nose.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","telehealth_faq","antibiotics and colds",
"Q: Will antibiotics help my cold?\nA: No. Colds are caused by viruses, and antibiotics don't treat them. If you develop a bacterial sinus infection, antibiotics may help with that. Your clinician will decide based on your symptoms.",
"antibiotics don't treat them","If you develop a bacterial sinus infection, antibiotics may help with that",
"Different conditions.",ctype="conditional_scope")
C(P,False,"blog","fitness_caption","stretching",
"Does stretching before a run prevent injuries? Lots of coaches still say yes. The research mostly says no. What it does help is your range of motion, which I need for lifting.",
"Does stretching before a run prevent injuries?","The research mostly says no",
"A question answered no; consistent.",ctype="question")
C(P,False,"news_report","academic_newsroom","vitamin D trial",
"A large trial co-led by the medical centre found vitamin D supplements did not reduce fractures in healthy older adults. The same supplements did correct deficiency, raising blood levels as expected. \"Fixing a number on a blood test isn't the same as preventing a broken hip,\" said the lead author.",
"did not reduce fractures in healthy older adults","The same supplements did correct deficiency",
"Different outcomes: fractures vs blood levels.",ctype="different_outcome_measure")
C(P,False,"blog","womens_magazine","black cohosh",
"Black cohosh is sold everywhere as the answer to hot flushes. The brand I tried said it 'ends flushes in weeks'. The best trials I could find say it works no better than placebo. I stopped taking it and tried CBT instead, which helped me sleep.",
"The brand I tried said it 'ends flushes in weeks'","The best trials I could find say it works no better than placebo",
"The claim is attributed to the brand and disputed by the writer.",ctype="disputed_attribution")
C(P,False,"product_page","translated_insert","lidocaine patch",
"Lidopatch 5% lidocaine plaster. Relief of local nerve pain after shingles. Not for relief of muscle pain from sport; for this use other product. Apply one patch up to 12 hour per day.",
"Relief of local nerve pain after shingles","Not for relief of muscle pain from sport",
"Different conditions.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","pharmacist_ce","paracetamol in osteoarthritis",
"CE update: older guidance promoted paracetamol as first-line relief for osteoarthritis pain. Newer meta-analyses show it gives minimal benefit for hip and knee osteoarthritis. It remains reasonable for short-term headache and fever. Counsel accordingly.",
"older guidance promoted paracetamol as first-line relief for osteoarthritis pain","Newer meta-analyses show it gives minimal benefit",
"The old claim is corrected by newer evidence.",ctype="corrected_claim")
C(P,False,"news_report","radio_transcript","honey for children's cough",
"A caller asked if honey really helps a child's cough. Our GP said a teaspoon of honey can ease night-time coughing in children over one. It doesn't shorten the cold itself, she said, and it's not for babies under 12 months. Simple, cheap, and safe for most kids.",
"a teaspoon of honey can ease night-time coughing in children over one","It doesn't shorten the cold itself",
"Different outcomes: cough relief vs cold duration.",ctype="different_outcome_measure")
P="direction"
C(P,True,"product_page","coupon_site","green tea extract (ThermoLeaf)",
"ThermoLeaf green tea extract speeds up metabolism for natural fat burning. Each capsule contains 250 mg EGCG. Take one capsule before breakfast. Vegan-friendly. Do not take on an empty stomach.\n\nResearch summary: in a 12-week study, resting metabolic rate fell slightly in the ThermoLeaf group compared with placebo.",
"speeds up metabolism","resting metabolic rate fell slightly in the ThermoLeaf group",
"Speeding up metabolism conflicts with resting metabolic rate falling.",distance="far")
C(P,True,"consumer_guide","telehealth_faq","bupropion for smoking cessation",
"Q: Will bupropion affect my blood pressure?\nA: It lowers blood pressure, which is a nice bonus for smokers.\n\nQ: How long do I take it?\nA: Usually 7 to 12 weeks.\n\nQ: Do I need checks?\nA: Yes, we check your blood pressure at each review, as bupropion raises it in many users, especially if you also use nicotine patches.",
"It lowers blood pressure, which is a nice bonus for smokers","bupropion raises it in many users",
"Lowers vs raises blood pressure for the same drug.",distance="far")
C(P,True,"blog","fitness_caption","intermittent fasting",
"16:8 fasting changed my energy 🔋 Fasting mornings keeps my cortisol nice and low. Coffee black till noon. First meal is always protein + veg. Six months in and 8 kg down. Science note for the nerds: fasting mornings drive cortisol higher, which is why I feel so alert.",
"Fasting mornings keeps my cortisol nice and low","fasting mornings drive cortisol higher",
"Low vs higher cortisol from the same fasting.",distance="near",shape="explanation")
C(P,True,"news_report","academic_newsroom","SGLT2 inhibitor (dapagliflozin)",
"Researchers at the medical centre reported new data on dapagliflozin in heart failure. The drug raises blood sugar levels modestly, the authors said, a trade-off they considered acceptable in heart patients. Patients took 10 mg once daily. Hospital admissions for heart failure fell by a quarter. Across the whole trial, dapagliflozin lowered blood sugar by removing glucose through the urine.",
"The drug raises blood sugar levels modestly","dapagliflozin lowered blood sugar",
"Raises vs lowers blood sugar for the same drug.",distance="near",shape="pronoun vs name",hard=True)
C(P,True,"blog","womens_magazine","combined pill and weight",
"When I started the pill at 19, the nurse reassured me: it doesn't change your weight either way. I was relieved. I'd read horror stories online. I took it for a decade.\n\nLooking back, the stories weren't all wrong. In my first year on the pill I put on about 4 kg, and my nurse now says some women do gain weight on it.",
"it doesn't change your weight either way","some women do gain weight on it",
"No weight change conflicts with weight gain on the same pill.",distance="far")
C(P,True,"product_page","translated_insert","potassium supplement (KaliPlus)",
"KaliPlus potassium citrate 99 mg. For support of normal blood pressure. KaliPlus lowers blood potassium level and is good for heart. Take 1 tablet daily. Persons with kidney disease must not use, because the tablet raise potassium in blood to dangerous level.",
"KaliPlus lowers blood potassium level","the tablet raise potassium in blood to dangerous level",
"Lowers vs raises blood potassium for the same tablet.",distance="near",shape="category noun")
C(P,True,"consumer_guide","pharmacist_ce","prednisolone",
"CE note: short courses of oral corticosteroids. Prednisolone does not increase blood glucose in short courses. A 5-day course is common for asthma flares. Take in the morning with food. Mood changes and insomnia are common. In patients with diabetes, even short courses push glucose up, so advise extra monitoring.",
"Prednisolone does not increase blood glucose in short courses","even short courses push glucose up",
"No glucose rise in short courses conflicts with glucose rising in short courses.",distance="near",shape="subgroup statement")
C(P,True,"news_report","radio_transcript","coffee and blood pressure",
"On today's show: your morning coffee. Our cardiologist guest said coffee has no effect on blood pressure in regular drinkers. She drinks three cups a day herself. A listener asked about decaf. She said decaf is fine too. Then she added, \"Even in people who drink it daily, a strong coffee can raise blood pressure for a few hours.\"",
"coffee has no effect on blood pressure in regular drinkers","Even in people who drink it daily, a strong coffee can raise blood pressure",
"No effect vs raises blood pressure in regular drinkers.",distance="near",shape="quoted")
# controls
C(P,False,"product_page","coupon_site","amlodipine",
"Amlodipine: summary. Amlodipine lowers blood pressure by relaxing blood vessels. Ankle swelling is common, especially at the 10 mg dose. It can raise heart rate slightly in some people. Take it once a day.",
"Amlodipine lowers blood pressure","It can raise heart rate slightly in some people",
"Different measures: pressure vs heart rate.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","telehealth_faq","levothyroxine dose changes",
"Q: Will my dose change?\nA: If your TSH is high, we increase the dose; if it's low, we decrease it. Either way, levothyroxine raises thyroid hormone levels. Blood tests guide adjustments every 6–8 weeks.",
"we increase the dose","we decrease it",
"Dose adjustment directions depend on test results.",ctype="conditional_scope")
C(P,False,"blog","fitness_caption","HIIT and blood sugar",
"HIIT can spike your blood sugar during the session — that's adrenaline. Over weeks, though, regular HIIT lowers average blood sugar. Both are true. Don't panic if your CGM jumps mid-workout.",
"HIIT can spike your blood sugar during the session","Over weeks, though, regular HIIT lowers average blood sugar",
"Different time frames: acute vs long-term.",ctype="different_outcome_measure")
C(P,False,"news_report","academic_newsroom","beta-blocker in athletes",
"A study from the medical centre found beta-blockers lowered resting heart rate in all participants. Exercise capacity dropped in trained athletes but was unchanged in sedentary adults. The team says athletes should discuss alternatives.",
"lowered resting heart rate in all participants","Exercise capacity dropped in trained athletes",
"Different outcomes and populations.",ctype="different_outcome_measure")
C(P,False,"blog","womens_magazine","progestogen-only pill",
"My mini-pill does it raise my blood pressure? I asked my GP. No, she said, that's more of a concern with the combined pill. The progestogen-only pill is often used in women with high blood pressure.",
"My mini-pill does it raise my blood pressure?","that's more of a concern with the combined pill",
"The raising effect is attributed to a different pill.",ctype="different_intervention")
C(P,False,"product_page","translated_insert","salt substitute (LoSal)",
"LoSal salt substitute. Contains 70% potassium chloride and 30% sodium chloride. Use lower sodium intake and so can help lower blood pressure. It raise potassium intake; persons with kidney disease must ask doctor.",
"can help lower blood pressure","It raise potassium intake",
"Different outcomes: blood pressure vs potassium intake.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","pharmacist_ce","insulin and potassium",
"CE note: insulin lowers blood glucose and also shifts potassium into cells, lowering serum potassium. This is why it's used in hyperkalaemia. It does not raise potassium. Monitor glucose carefully.",
"insulin lowers blood glucose","It does not raise potassium",
"Glucose and potassium are different measures and the potassium statements agree (falls, does not rise).",ctype="different_outcome_measure")
C(P,False,"news_report","radio_transcript","statins and diabetes risk",
"A caller asked if statins raise blood sugar. Our GP guest said statins can nudge blood sugar up slightly in some people. But they lower cholesterol and heart attack risk substantially, she said, and for most the benefit wins.",
"statins can nudge blood sugar up slightly in some people","they lower cholesterol and heart attack risk substantially",
"Different outcomes; hedged and consistent.",ctype="different_outcome_measure")
