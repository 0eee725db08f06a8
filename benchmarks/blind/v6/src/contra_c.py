ROWS = []
PH = [None]
def T(style, interv, text, flag, flag2, why, hard=False):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=True,
                     flag=flag, flag2=flag2, why=why, hard_to_spot=hard))
def F(style, interv, ctype, text, decoy, decoy2, why):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=False,
                     control_type=ctype, decoy=decoy, decoy2=decoy2, why=why))

# ---------------- interaction ----------------
PH[0] = "interaction"
T("consumer_guide", "ginkgo biloba extract",
  "Ginkgo biloba is one of the best-selling herbal supplements, taken mainly in the hope of improving memory. Large trials have not shown that it prevents dementia. Ginkgo has no known drug interactions, so it can be added to whatever else you take. It is usually taken as a 120 mg tablet once or twice a day. In people on warfarin, it can raise the risk of bleeding, and there are reports of serious bleeds.",
  "Ginkgo has no known drug interactions", "In people on warfarin, it can raise the risk of bleeding",
  "Increased bleeding with warfarin is a drug interaction, which the guide says does not exist.")
T("product_page", "Citrilean grapefruit seed and peel extract",
  "Citrilean\u00ae harnesses the natural flavonoids of grapefruit in a convenient daily capsule. It's safe with all medications, so you can add it to your routine without a second thought. Each capsule contains 500 mg of standardised grapefruit extract rich in naringin. Take one capsule daily with water. As with the fruit itself, Citrilean may increase blood levels of certain statins such as simvastatin.",
  "It's safe with all medications", "Citrilean may increase blood levels of certain statins such as simvastatin",
  "Raising statin levels is a medication interaction, contradicting 'safe with all medications'.", hard=True)
T("news_report", "zelbaxacin (new oral antibiotic)",
  "Regulators have approved zelbaxacin, an oral antibiotic for complicated urinary infections, the first new class for such infections in two decades. Patients can take it alongside their usual medicines because it has no drug interactions, the agency said. It is taken twice daily for seven days. In the main trial, 78% of patients were cured, compared with 68% on the comparator. The label notes that zelbaxacin roughly doubles blood levels of the anticoagulant apixaban.",
  "it has no drug interactions", "zelbaxacin roughly doubles blood levels of the anticoagulant apixaban",
  "Doubling apixaban levels is a drug interaction.")
T("blog", "CBD oil",
  "I started CBD oil eighteen months ago for anxiety and, honestly, it's the first thing that's taken the edge off without making me feel flat. The best thing is that it doesn't interact with anything, so I didn't have to check with anyone before starting. I take 25 mg under my tongue twice a day. I buy a broad-spectrum oil that's third-party tested. The only hiccup was when my pharmacist pointed out it can push up levels of my clobazam, so my neurologist lowered that dose.",
  "it doesn't interact with anything", "it can push up levels of my clobazam",
  "Raising clobazam levels is an interaction; the writer reports it without withdrawing the earlier claim.", hard=True)
T("press_release", "Cardiveta (new prescription heart-failure drug)",
  "Northbridge University researchers report that Cardiveta, a once-daily tablet for heart failure, cut hospital admissions by 22% in a trial of 3,400 patients. \"Cardiveta can be combined freely with every other heart medicine our patients take,\" said Professor Alan Reeve, who led the trial. Patients were followed for a median of 26 months. Low blood pressure was the most common side effect. Patients who also take digoxin will need their blood levels checked, because Cardiveta raises digoxin concentrations.",
  "Cardiveta can be combined freely with every other heart medicine our patients take", "Cardiveta raises digoxin concentrations",
  "Digoxin is a heart medicine whose levels Cardiveta raises, so it cannot be combined freely with every one.")
T("consumer_guide", "calcium carbonate antacid tablets",
  "Antacid tablets such as Calmagel neutralise stomach acid and give quick relief from heartburn. Chew one or two tablets when symptoms start. These tablets can be taken with any other medicine. If you need them more than a few times a week, speak to your pharmacist or GP. Leave at least two hours between an antacid and antibiotics such as ciprofloxacin, because the antacid stops them from being absorbed.",
  "These tablets can be taken with any other medicine", "Leave at least two hours between an antacid and antibiotics such as ciprofloxacin, because the antacid stops them from being absorbed",
  "Blocking antibiotic absorption is an interaction requiring separation, contradicting 'any other medicine'.", hard=True)
T("product_page", "Serenquil mood-support blend (contains St John's wort)",
  "Serenquil\u2122 is our sunshine-in-a-capsule blend of St John's wort, saffron and vitamin B6. It won't interfere with your other medicines, so it's an easy add to your day. Two capsules a day provide 900 mg of St John's wort extract. Many customers feel brighter within a few weeks. Please note that St John's wort can make the contraceptive pill less effective.",
  "It won't interfere with your other medicines", "St John's wort can make the contraceptive pill less effective",
  "Weakening the pill is interference with another medicine; St John's wort is an ingredient of the product.", hard=True)
T("news_report", "lomaprazine (new acid-reducing drug)",
  "Lomaprazine, a new acid-reducing drug for reflux, works faster than older proton-pump inhibitors, according to a trial of 900 patients. No interactions with other drugs have been identified, the developer said in a statement. Heartburn-free days rose from 38% to 71% over eight weeks. Side effects were mostly mild, including headache and diarrhoea. In a smaller study in kidney transplant recipients, higher blood levels of tacrolimus were seen in patients who took lomaprazine.",
  "No interactions with other drugs have been identified", "higher blood levels of tacrolimus were seen in patients who took lomaprazine",
  "Higher tacrolimus levels on lomaprazine is an identified interaction, reported unchallenged after the denial.", hard=True)
F("consumer_guide", "cranberry capsules, for people not taking warfarin", "excluded_condition",
  "If you are not taking blood thinners, cranberry capsules have no interactions you need to worry about. They are often taken to help prevent urinary infections, though evidence is mixed. People taking warfarin should check with their pharmacist first, because large amounts of cranberry may raise warfarin levels.",
  "If you are not taking blood thinners, cranberry capsules have no interactions", "large amounts of cranberry may raise warfarin levels",
  "The no-interaction claim already excludes people on blood thinners such as warfarin.")
F("consumer_guide", "sertraline vs tramadol", "different_intervention",
  "Sertraline does not interact with paracetamol, so it is fine to take both for a headache. Sertraline is started at 50 mg a day. Tramadol is another story: combined with sertraline, it can cause a dangerous build-up of serotonin.",
  "Sertraline does not interact with paracetamol", "combined with sertraline, it can cause a dangerous build-up of serotonin",
  "The interaction is with tramadol, not paracetamol, so both statements hold.")
F("news_report", "Ostevia weekly osteoporosis tablet", "conditional_scope",
  "Ostevia does not interact with calcium supplements provided the two are taken at least two hours apart, the manufacturer advises. The tablet is taken once a week on an empty stomach. Taken together at the same time, calcium sharply cuts how much Ostevia is absorbed, the label says.",
  "Ostevia does not interact with calcium supplements provided the two are taken at least two hours apart", "Taken together at the same time, calcium sharply cuts how much Ostevia is absorbed",
  "The no-interaction statement is conditional on spacing; the interaction is when taken together.")
F("consumer_guide", "omeprazole", "hedge_agree",
  "Omeprazole has few interactions with common medicines. It is usually taken once a day before breakfast. It can lower the effect of clopidogrel, so your doctor may choose a different acid reducer if you take that.",
  "Omeprazole has few interactions with common medicines", "It can lower the effect of clopidogrel",
  "'Few interactions' allows for the one named interaction.")
F("blog", "turmeric and blood thinners", "debunked_claim",
  "You've probably seen the post saying turmeric has zero interactions because it's just a spice. I believed it too, until my pharmacist set me straight. Concentrated turmeric supplements can add to the effect of blood thinners like warfarin. So no, that claim doesn't hold up for capsules.",
  "turmeric has zero interactions", "Concentrated turmeric supplements can add to the effect of blood thinners like warfarin",
  "The zero-interaction claim is quoted and then explicitly rejected by the writer.")
F("news_report", "Nutrisyn multivitamin for older adults", "disputed_attribution",
  "Nutrisyn Senior says its multivitamin is safe alongside any prescription. Pharmacists quoted in a consumer magazine disagreed. They pointed out that the vitamin K in each tablet can weaken the effect of warfarin.",
  "its multivitamin is safe alongside any prescription", "the vitamin K in each tablet can weaken the effect of warfarin",
  "The safety claim is attributed to the company and contradicted by pharmacists the article quotes.")
F("blog", "ashwagandha with thyroid medicine", "question",
  "I take levothyroxine for an underactive thyroid, and the supplement shop told me ashwagandha won't interact with any prescription. I've been taking both for a month. Could ashwagandha change my thyroid levels? I'm asking my GP to check my blood at my next appointment before I decide anything.",
  "ashwagandha won't interact with any prescription", "Could ashwagandha change my thyroid levels?",
  "The second side is an open question, not a statement that it interacts.")
F("consumer_guide", "Clarinol allergy tablets, old vs new formula", "past_vs_present",
  "The old Clarinol formula contained pseudoephedrine, which interacted with some antidepressants and blood pressure tablets. The current Clarinol formula is antihistamine-only and has no interactions with blood pressure tablets. Check the box: the new packs are green.",
  "interacted with some antidepressants and blood pressure tablets", "has no interactions with blood pressure tablets",
  "The interaction belongs to the old formula; the no-interaction statement to the current one.")

# ---------------- safety_scope ----------------
PH[0] = "safety_scope"
T("consumer_guide", "senna laxative tablets",
  "Senna is a plant-based laxative that works overnight by stimulating the bowel. It is safe for the whole family, so keep a pack in the cupboard. Take one or two tablets at bedtime. Drink plenty of fluids and eat fibre to keep things moving. In young children, senna can cause painful cramping and dehydration, which is why paediatric doses are set by a doctor.",
  "It is safe for the whole family", "In young children, senna can cause painful cramping and dehydration",
  "Young children are part of the whole family and are said to be harmed.")
T("product_page", "SlimBrew detox herbal tea",
  "SlimBrew 14-Day Detox Tea is a blend of green tea, dandelion and senna leaf. It's safe for all ages and all stages of life, so the whole family can join in. Drink one cup each morning and one each evening. Feel lighter and less bloated in days! Some women who drank it while pregnant have experienced early contractions.",
  "It's safe for all ages and all stages of life", "Some women who drank it while pregnant have experienced early contractions",
  "Pregnancy is a stage of life in which harm is reported.")
T("blog", "hot yoga (heated 40\u00b0C studio classes)",
  "Hot yoga is the most inclusive workout I know \u2014 it's safe for absolutely everyone. The heat loosens you up, so you can get deeper into poses. I go four times a week and I've never felt more flexible. Bring a big towel and at least a litre of water. If you're pregnant, though, it can push your core temperature up to levels that can harm the baby, so skip it.",
  "it's safe for absolutely everyone", "If you're pregnant, though, it can push your core temperature up to levels that can harm the baby",
  "Pregnant people are part of 'absolutely everyone' and are said to be harmed.", hard=True)
T("news_report", "Cefalix external trigeminal nerve stimulation headband for migraine",
  "A headband that sends mild electrical pulses through the forehead cut monthly migraine days by a third in a trial of 420 patients, researchers said on Tuesday. The device, called Cefalix, is safe for every migraine patient, said lead author Dr Renata Silva. It is worn for 20 minutes a day. About 5% of users stopped because of a tingling sensation they found unpleasant. People with pacemakers should not use it, because the pulses can interfere with the pacemaker.",
  "is safe for every migraine patient", "People with pacemakers should not use it, because the pulses can interfere with the pacemaker",
  "Migraine patients with pacemakers are harmed, contradicting 'every migraine patient'.")
T("press_release", "Leanpath calorie-tracking weight-loss app",
  "The Centre for Digital Health at Whitmore University today released findings from a year-long evaluation of Leanpath, a calorie-tracking app. The app is suitable for anyone who wants to lose weight, with no groups for whom it is unsafe, the team concluded. Users lost an average of 4.8% of their body weight. Daily logging was the strongest predictor of success. Among users with a past eating disorder, several relapsed while using the app, the evaluation found.",
  "with no groups for whom it is unsafe", "Among users with a past eating disorder, several relapsed while using the app",
  "People with a past eating disorder are a group for whom it was unsafe.")
T("consumer_guide", "ibuprofen 200 mg tablets",
  "Ibuprofen is a good choice for period pain, toothache and sprains. It is safe for everyone to take for a few days at a time. Take it with or after food, and use the lowest dose that works. People with asthma can have an attack triggered by ibuprofen, so they should check with a pharmacist first.",
  "It is safe for everyone to take for a few days at a time", "People with asthma can have an attack triggered by ibuprofen",
  "People with asthma are part of 'everyone' and can be harmed.")
T("product_page", "LoSalto potassium salt substitute",
  "LoSalto\u00ae tastes just like table salt but contains 65% less sodium, replacing it with potassium chloride. LoSalto is safe for everyone, whatever their health. Use it exactly as you would ordinary salt in cooking and at the table. A 350 g shaker lasts the average family about two months. For people with kidney disease, the extra potassium can build up to dangerous levels in the blood.",
  "LoSalto is safe for everyone, whatever their health", "For people with kidney disease, the extra potassium can build up to dangerous levels in the blood",
  "People with kidney disease are within 'everyone, whatever their health' and are said to be harmed.", hard=True)
T("news_report", "LASIK laser eye surgery",
  "Laser eye surgery has become cheaper and quicker, with some clinics now charging under \u00a31,000 per eye. The procedure is suitable for anyone with short sight, according to the clinic group's medical director. Most patients can see clearly the next day. Dry eyes are common for a few months afterwards. In people with thin corneas, it can cause the cornea to weaken and bulge, a serious complication.",
  "The procedure is suitable for anyone with short sight", "In people with thin corneas, it can cause the cornea to weaken and bulge",
  "Short-sighted people with thin corneas are within 'anyone with short sight' and can be harmed.", hard=True)
F("consumer_guide", "loratadine, excluding severe liver disease", "excluded_condition",
  "Loratadine is safe for almost all adults, except those with severe liver disease. It does not usually cause drowsiness. People with severe liver problems may need a lower dose, because the drug can build up in the body.",
  "Loratadine is safe for almost all adults, except those with severe liver disease", "People with severe liver problems may need a lower dose, because the drug can build up",
  "The safety claim already excludes severe liver disease, the group at risk.")
F("product_page", "Nourlie prenatal-safe ginger chews", "excluded_condition",
  "Nourlie ginger chews are suitable for everyone except people taking blood thinners. Each chew contains 250 mg of ginger root. Ginger may increase bleeding risk in people on blood thinners, so they should avoid high amounts.",
  "suitable for everyone except people taking blood thinners", "Ginger may increase bleeding risk in people on blood thinners",
  "The group harmed is explicitly excluded from the safety claim.")
F("consumer_guide", "honey for coughs, children over one vs infants", "population_differs",
  "A spoonful of honey is safe and can ease a cough in children over one year old. Give half to one teaspoon at bedtime. Never give honey to babies under 12 months, because it can cause infant botulism, a rare but serious illness.",
  "A spoonful of honey is safe and can ease a cough in children over one year old", "Never give honey to babies under 12 months",
  "Safety is stated for children over one; the harm is for babies under one.")
F("news_report", "Vaxora RSV vaccine, older adults vs pregnancy", "population_differs",
  "The RSV vaccine Vaxora is safe for adults over 75, a large study in Scotland found. The jab cut hospital admissions for RSV by 62%. A different question applies to pregnant women, for whom Vaxora has not been studied and is not offered, officials said.",
  "The RSV vaccine Vaxora is safe for adults over 75", "Vaxora has not been studied and is not offered",
  "The safety claim is for adults over 75; the pregnancy statement concerns a different population and asserts no harm.")
F("consumer_guide", "sauna use", "conditional_scope",
  "For healthy adults, sauna sessions of up to 15 minutes are safe. Cool down between rounds and drink water. Staying in for much longer, especially after alcohol, can cause dangerous overheating and fainting.",
  "For healthy adults, sauna sessions of up to 15 minutes are safe", "Staying in for much longer, especially after alcohol, can cause dangerous overheating and fainting",
  "Safety is claimed only for sessions up to 15 minutes; harm is for much longer sessions.")
F("consumer_guide", "aspirin", "hedge_agree",
  "Aspirin is safe for most adults who need it, but not for everyone. It is used to prevent clots in people with heart disease. People with stomach ulcers can bleed more easily on aspirin.",
  "Aspirin is safe for most adults who need it, but not for everyone", "People with stomach ulcers can bleed more easily on aspirin",
  "The hedged safety claim explicitly allows for groups who are harmed.")
F("consumer_guide", "paracetamol vs ibuprofen in asthma", "different_intervention",
  "Paracetamol is safe for people with asthma. It is a good first choice for fever and pain. Ibuprofen can trigger attacks in some people with asthma, so check with a pharmacist before using it.",
  "Paracetamol is safe for people with asthma", "Ibuprofen can trigger attacks in some people with asthma",
  "The harm is attributed to ibuprofen, not paracetamol.")
F("news_report", "Soothera herbal sleep drops", "disputed_attribution",
  "Soothera's makers say the drops are safe for everyone, including pregnant women. Midwives interviewed for this story said that claim has never been tested. The drops contain kava, which has been linked to liver damage, and the Royal College of Midwives advises pregnant women not to use them.",
  "the drops are safe for everyone, including pregnant women", "advises pregnant women not to use them",
  "The universal-safety claim is the maker's and is disputed in the article.")
