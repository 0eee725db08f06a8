from contra_a import T as _T, F as _F
ROWS = []
PH = [None]
def T(style, interv, text, flag, flag2, why, hard=False):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=True,
                     flag=flag, flag2=flag2, why=why, hard_to_spot=hard))
def F(style, interv, ctype, text, decoy, decoy2, why):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=False,
                     control_type=ctype, decoy=decoy, decoy2=decoy2, why=why))

# ---------------- group_harm ----------------
PH[0] = "group_harm"
T("consumer_guide", "Restiva (mirtazapine-type prescription antidepressant)",
  "Restiva is an antidepressant that is often prescribed when low mood comes with poor sleep, because it is taken at night and has a calming effect. Restiva does not cause weight gain, which sets it apart from some older treatments. It can take two to four weeks to start working. Do not stop taking it suddenly; your doctor will reduce the dose gradually. Weight gain is among the most common complaints from people who take it, often because it increases appetite.",
  "Restiva does not cause weight gain", "Weight gain is among the most common complaints from people who take it",
  "The guide denies weight gain and then names it as one of the commonest complaints from users.")
T("blog", "StrideUp beginner running app (couch-to-10K programme)",
  "When I downloaded StrideUp I couldn't run for a bus. Twelve weeks later I finished my first 10K in 64 minutes! The plan builds up so slowly that it's basically injury-proof. Each session is three runs a week with walking breaks, and the coach voice tells you when to switch. I also love the little badges. Over on the app's forum, plenty of beginners develop shin splints around week three and have to drop back a level.",
  "it's basically injury-proof", "plenty of beginners develop shin splints around week three",
  "Shin splints in many beginners following the plan contradict the claim that it is injury-proof.", hard=True)
T("news_report", "rosuvastatin (prescription statin) in a new trial",
  "A large trial has added to evidence that statins cut heart attacks in people at moderate risk. Researchers in Denmark followed 9,100 adults for five years. Those taking rosuvastatin had 27% fewer heart attacks and strokes than those on placebo. The drug does not cause muscle pain, the authors wrote, countering a common fear among patients. \"These results should reassure people,\" said cardiologist Dr Lars Holm. Aching muscles were reported by about one in ten trial participants taking the drug, compared with one in twenty on placebo.",
  "The drug does not cause muscle pain", "Aching muscles were reported by about one in ten trial participants taking the drug, compared with one in twenty on placebo",
  "A doubling of aching muscles versus placebo is muscle pain caused by the drug, which the article says it does not cause.")
T("product_page", "Lumiskin marine collagen drink",
  "Lumiskin Marine Collagen is a 10 g daily shot of hydrolysed fish collagen with vitamin C. It is completely free of digestive side effects, so even sensitive tummies can enjoy it. Mix one sachet into water, juice or your morning smoothie. Results can be seen in as little as eight weeks. Customer note: a handful of our customers experience bloating and loose stools when they first start, which usually settles.",
  "It is completely free of digestive side effects", "a handful of our customers experience bloating and loose stools when they first start",
  "Bloating and loose stools in some customers are digestive side effects the page says it is free of.")
T("press_release", "Varizon recombinant shingles vaccine (two-dose)",
  "Grantley University Hospital today published real-world data on Varizon, the two-dose shingles vaccine offered to adults aged 70 and over. The vaccine was more than 85% effective at preventing shingles over four years. Varizon does not cause fever, making it well suited to frail older patients. Uptake in the region rose from 41% to 63% after a text-message reminder campaign. Among recipients aged over 80, running a temperature for a day or two after the second dose was common.",
  "Varizon does not cause fever", "Among recipients aged over 80, running a temperature for a day or two after the second dose was common",
  "Running a temperature is fever; it is said to be common in a group of recipients of the same vaccine.")
T("consumer_guide", "CPAP machine with full-face mask for sleep apnoea",
  "A CPAP machine keeps your airway open overnight by blowing a gentle stream of air through a mask. Most people notice they feel more awake within the first fortnight. Used with a full-face mask, the machine will not dry out your mouth. Clean the mask every morning with warm soapy water and replace the filter monthly. Your sleep clinic can help if the mask leaks. Among people who use it, a parched mouth on waking is one of the most frequent complaints, and a humidifier can help.",
  "the machine will not dry out your mouth", "a parched mouth on waking is one of the most frequent complaints",
  "A parched mouth is a dry mouth, said to be frequent among users despite the denial.", hard=True)
T("blog", "Glycovane berberine supplement",
  "Okay, Glycovane has honestly changed my afternoons. No more 3 pm crash, and my cravings are way down. It's plant-based berberine, 500 mg a capsule, and I take it twice a day with meals. Zero gut issues, which is more than I can say for the last thing I tried! I found it through a wellness group chat. Half the people in that chat who are on it get bad cramps and have to take it with a full meal.",
  "Zero gut issues", "Half the people in that chat who are on it get bad cramps",
  "Cramps in half of a group of users contradict 'zero gut issues' for the same product.", hard=True)
T("news_report", "5:2 intermittent fasting diet",
  "The 5:2 diet, in which people eat normally for five days and restrict calories on two, led to weight loss similar to daily dieting in a trial of 300 adults, researchers reported in Leeds. Participants lost an average of 5.4 kg over a year. Fasting this way doesn't cause headaches, the study's authors said, which they called good news for people put off by previous diets. Dropout rates were 20% in both groups. Headaches on fast days were reported by about a third of those in the 5:2 group.",
  "Fasting this way doesn't cause headaches", "Headaches on fast days were reported by about a third of those in the 5:2 group",
  "Headaches on fast days in a third of the 5:2 group contradict the stated absence of headaches.")
F("consumer_guide", "metformin", "hedge_agree",
  "Metformin rarely causes serious side effects, and most people settle on it well. It is taken with meals to reduce stomach upset. Start with a low dose and build up over a few weeks. Some people do get diarrhoea in the first weeks, and this usually fades as the body adjusts.",
  "Metformin rarely causes serious side effects", "Some people do get diarrhoea in the first weeks",
  "Rare serious effects and some early diarrhoea are compatible; diarrhoea is not claimed to be serious.")
F("consumer_guide", "ear-wax softening olive-oil spray, adults vs babies", "population_differs",
  "Olive-oil ear spray doesn't irritate the ear canal in adults and can be used twice daily for up to a week. Lie with the treated ear upwards for a few minutes after spraying. In babies under one, irritation and redness have been seen, so it is not licensed for them.",
  "Olive-oil ear spray doesn't irritate the ear canal in adults", "In babies under one, irritation and redness have been seen",
  "The no-irritation claim is about adults; the irritation is in babies.")
F("news_report", "semaglutide vs the older drug exenatide", "different_intervention",
  "The weekly injection semaglutide did not cause injection-site lumps in the trial, the researchers said. It was compared with exenatide, an older twice-daily drug for type 2 diabetes. Average blood sugar fell more on semaglutide. Among patients on exenatide, hard lumps at the injection site were a common complaint.",
  "semaglutide did not cause injection-site lumps", "Among patients on exenatide, hard lumps at the injection site were a common complaint",
  "The lumps are reported in the exenatide group, a different drug.")
F("consumer_guide", "levodopa for Parkinson's disease", "symptom_vs_side_effect",
  "Levodopa does not cause the tremor that many people with Parkinson's have; in fact it usually reduces it. Take it at regular times and avoid a high-protein meal at the same time as a dose. A tremor that returns before the next dose is due is a sign of the disease breaking through, not a side effect. Nausea is the most common side effect when starting.",
  "Levodopa does not cause the tremor", "A tremor that returns before the next dose is due is a sign of the disease breaking through",
  "The returning tremor is attributed to the disease, not to the drug.")
F("product_page", "Revivo creatine monohydrate", "conditional_scope",
  "Revivo Creatine at 3 to 5 g a day does not cause stomach upset in most users. Mix one level scoop into any drink. Some people follow a loading phase of 20 g a day for a week; stomach cramps are common in users only during that loading week, which is why we recommend skipping it.",
  "Revivo Creatine at 3 to 5 g a day does not cause stomach upset in most users", "stomach cramps are common in users only during that loading week",
  "The no-upset claim is at 3-5 g; cramps are confined to the 20 g loading phase.")
F("consumer_guide", "St John's wort, for people not on the pill", "excluded_condition",
  "For people who take no other medicines, St John's wort has no notable interactions to worry about. It is used for mild low mood. It can cause sensitivity to sunlight. Women on the contraceptive pill who take it have had unplanned pregnancies, because it weakens the pill.",
  "For people who take no other medicines, St John's wort has no notable interactions", "Women on the contraceptive pill who take it have had unplanned pregnancies",
  "The no-interaction claim already excludes people on other medicines, such as the pill.")
F("news_report", "Aurelux hair-growth serum", "disputed_attribution",
  "Aurelux says its new hair serum causes no scalp irritation in any user. Dermatologists who reviewed the company's own study were less convinced. \"The study was small and short,\" said Dr Funmi Adeyemi. \"In their own appendix, several users had itchy, flaky scalps.\"",
  "causes no scalp irritation in any user", "several users had itchy, flaky scalps",
  "The no-irritation claim is the company's; the article reports a dermatologist rebutting it.")
F("blog", "Sprouted-grain keto bread", "question",
  "I switched to sprouted keto bread last month and my sandwiches are back! The brand says it causes no bloating, even for people with sensitive guts. Each slice has 4 g of net carbs. Do some people on keto get bloated from the added fibre? Let me know in the comments, because I'm curious.",
  "it causes no bloating", "Do some people on keto get bloated from the added fibre?",
  "The second side is a question, not an assertion of harm.")

# ---------------- dose_limit ----------------
PH[0] = "dose_limit"
T("blog", "high-dose vitamin C supplements",
  "Vitamin C is my go-to every winter. It's water-soluble, which means your body simply flushes out what it doesn't need, so it's safe at any dose. I take a fizzy tablet with breakfast and another in the afternoon. My whole family does the same, and we've hardly had a cold this year. Just one rule from me: never go above 2,000 mg a day, or you're asking for kidney stones and an upset stomach.",
  "it's safe at any dose", "never go above 2,000 mg a day, or you're asking for kidney stones",
  "If it were safe at any dose there would be no harmful ceiling at 2,000 mg.")
T("product_page", "Dormivo melatonin 3 mg tablets",
  "Dormivo melatonin helps you drift off naturally. Because melatonin is a hormone your body already makes, there's no upper limit on how much you can take. Start with one 3 mg tablet 30 minutes before bed. Vegan, gluten-free and sugar-free. Important: adults should never take more than 5 mg in one night.",
  "there's no upper limit on how much you can take", "adults should never take more than 5 mg in one night",
  "A 5 mg nightly maximum is an upper limit, which the page says does not exist.")
T("blog", "ashwagandha root extract",
  "Ashwagandha is the adaptogen I recommend most to my clients, and I've taken it every day for two years. Because it's a plant that's been used for thousands of years, you can take as much as you like. It has completely transformed my stress levels and my sleep. I buy a KSM-66 extract and take it with warm oat milk. Keep it under 600 mg a day though, because higher amounts have been linked to liver problems.",
  "you can take as much as you like", "Keep it under 600 mg a day though, because higher amounts have been linked to liver problems",
  "An upper limit justified by liver harm contradicts 'take as much as you like'.")
T("product_page", "HydraVolt electrolyte effervescent tablets",
  "HydraVolt tabs replace the sodium, potassium and magnesium you lose in sweat. You can't overdo it, so drop in as many tabs as you like on a hot day. Each tube holds 20 tablets in Lemon Lime or Berry. Dissolve one tablet in 500 ml of water. Zero sugar and only 10 calories per tab. Directions: maximum four tablets in 24 hours. Not suitable for people on a low-salt diet.",
  "You can't overdo it, so drop in as many tabs as you like", "maximum four tablets in 24 hours",
  "A four-tablet daily maximum contradicts 'as many tabs as you like'.")
T("consumer_guide", "BlazeFit high-intensity interval training app programme",
  "BlazeFit is a HIIT app with 20-minute workouts you can do at home with no equipment. There's no limit to how often you can do it, so feel free to train every day. Each workout alternates 40 seconds of effort with 20 seconds of rest. Warm up for five minutes first. The programme was developed with sports scientists. To give your muscles time to recover and avoid injury, do no more than three sessions a week.",
  "There's no limit to how often you can do it", "do no more than three sessions a week",
  "A three-session weekly ceiling contradicts 'no limit' on frequency for the same programme.")
T("news_report", "zinc lozenges for colds",
  "Zinc lozenges may shorten colds by about a day if started within 24 hours of symptoms, according to a review of 28 trials published this week. Because so little of the zinc is absorbed, there is no ceiling on how many lozenges you can take. The benefit seemed strongest with zinc acetate lozenges. Side effects included a bad taste and nausea. Taking more than 40 mg of zinc a day for weeks can cause copper deficiency, and adults shouldn't go over that, the NHS advises.",
  "there is no ceiling on how many lozenges you can take", "Taking more than 40 mg of zinc a day for weeks can cause copper deficiency, and adults shouldn't go over that",
  "The 40 mg a day limit is a ceiling on lozenge intake, contradicting the writer's 'no ceiling'.")
T("product_page", "Vitrexa children's iron drops",
  "Vitrexa drops provide gentle iron for growing children in a tasty cherry flavour. Vitrexa can't be overdosed, so there's no need to measure carefully. Each 1 ml provides 10 mg of iron. Suitable from six months. Keep it locked away: for a toddler, more than the 1 ml daily dose can be dangerous and even fatal.",
  "Vitrexa can't be overdosed", "for a toddler, more than the 1 ml daily dose can be dangerous and even fatal",
  "Dangerous amounts above the daily dose mean the product can be overdosed.", hard=True)
T("consumer_guide", "oxymetazoline decongestant nasal spray",
  "Decongestant sprays work within minutes to clear a blocked nose. This one is fine to use as often as you need it. It is not suitable for children under six. Blow your nose gently before using it and don't share the bottle. Do not use it for more than seven days in a row, because your nose can become more blocked when you stop.",
  "This one is fine to use as often as you need it", "Do not use it for more than seven days in a row",
  "A seven-day limit on use contradicts 'as often as you need it'.", hard=True)
F("consumer_guide", "paracetamol 500 mg tablets", "consistent_dose",
  "Paracetamol is safe for most adults when taken at the right dose. The usual adult dose is one or two 500 mg tablets up to four times in 24 hours. Leave at least four hours between doses. Never take more than eight tablets in 24 hours, because more can cause serious liver damage.",
  "Paracetamol is safe for most adults when taken at the right dose", "Never take more than eight tablets in 24 hours",
  "Safety is claimed only at the right dose, and the eight-tablet limit defines that dose.")
F("product_page", "Solvita vitamin D 10 microgram tablets", "consistent_dose",
  "At one tablet a day, Solvita vitamin D is safe to take all year round. Each tablet provides 10 micrograms, the amount recommended for adults in the UK. Do not take more than 100 micrograms a day from all sources, as long-term excess can harm the kidneys.",
  "At one tablet a day, Solvita vitamin D is safe to take all year round", "Do not take more than 100 micrograms a day from all sources",
  "One tablet is 10 micrograms, well inside the 100 microgram limit; the statements agree.")
F("news_report", "caffeine in energy drinks", "conditional_scope",
  "For healthy adults, up to 400 mg of caffeine a day is not linked to harm, according to food safety regulators. One can of a typical energy drink contains about 80 to 160 mg. Above 400 mg a day, palpitations and sleep problems become common, the regulators said, and single doses above 200 mg can cause anxiety in some people.",
  "up to 400 mg of caffeine a day is not linked to harm", "Above 400 mg a day, palpitations and sleep problems become common",
  "The harms are stated above the dose to which the safety statement is limited.")
F("consumer_guide", "ibuprofen for children vs adults", "population_differs",
  "Adults can safely take up to 1,200 mg of ibuprofen a day without a prescription. Take it with food. Children need much less: for a child of six, the maximum is about 450 mg a day, depending on weight, and more than that can harm them.",
  "Adults can safely take up to 1,200 mg of ibuprofen a day", "for a child of six, the maximum is about 450 mg a day",
  "Different maximum doses apply to adults and to children; both are true.")
F("blog", "magnesium glycinate", "hedge_agree",
  "For most people, magnesium glycinate is hard to overdo from supplements at normal amounts, because the kidneys clear the excess. I take 300 mg before bed. That said, people with kidney problems shouldn't take more than their doctor advises, since they can't clear it as well.",
  "magnesium glycinate is hard to overdo from supplements at normal amounts", "people with kidney problems shouldn't take more than their doctor advises",
  "The safety statement is hedged ('most people', 'normal amounts') and compatible with the kidney caution.")
F("product_page", "Sunwell vitamin A-free multivitamin vs high-dose vitamin A", "different_intervention",
  "Sunwell Everyday Multi is safe to take every day alongside a normal diet. It contains beta-carotene rather than preformed vitamin A. Standalone high-dose vitamin A supplements are different: never take more than 1,500 micrograms a day of those, and avoid them in pregnancy.",
  "Sunwell Everyday Multi is safe to take every day alongside a normal diet", "never take more than 1,500 micrograms a day of those",
  "The dose limit is about standalone vitamin A supplements, not the multivitamin.")
F("consumer_guide", "Nytol-style diphenhydramine, old vs new pack advice", "past_vs_present",
  "Older packs of Sleepeze said it could be taken every night without limit. That advice has been withdrawn. The current leaflet says not to use it for more than two weeks without seeing a doctor.",
  "it could be taken every night without limit", "not to use it for more than two weeks without seeing a doctor",
  "The unlimited-use wording is reported as old, withdrawn advice; the limit is current.")
F("news_report", "vitamin B6 supplements", "debunked_claim",
  "Social media posts describe vitamin B6 as safe at any dose because it is water-soluble. That is wrong, nutrition scientists say. High doses taken for months can damage nerves, causing numbness in the hands and feet. The UK advice is not to take more than 10 mg a day from supplements unless told to by a doctor.",
  "vitamin B6 as safe at any dose", "not to take more than 10 mg a day from supplements",
  "The 'safe at any dose' claim is reported as a social media claim and explicitly called wrong.")
