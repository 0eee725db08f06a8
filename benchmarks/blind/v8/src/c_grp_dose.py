from common import C
P="group_harm"
C(P,True,"product_page","coupon_site","magnesium citrate supplement (MagRest)",
"MagRest magnesium citrate: 200 mg elemental magnesium per tablet. Everyone who takes MagRest can expect a settled stomach, whatever their routine. Take one or two tablets in the evening. Suitable for vegetarians. Supports normal muscle function and relaxation.\n\nFrequently asked: loose stools are among the most common complaints from people who take it at two tablets a day, so start with one.",
"Everyone who takes MagRest can expect a settled stomach","loose stools are among the most common complaints from people who take it at two tablets a day",
"A settled stomach for everyone conflicts with loose stools being a common complaint at the labelled dose.",distance="far")
C(P,True,"blog","fitness_caption","high-intensity interval programme (Shred30)",
"Shred30 is back for January 🔥 30 days, 20 minutes a day, no equipment. This programme is joint-friendly, so nobody ends up with sore knees. Modify jumps with step-outs if you need to. Day 1 starts Monday. Tag a friend who's joining. Quick note from the coaching team: some beginners develop knee pain around week two from all the jump squats, so ice and rest if that's you.",
"This programme is joint-friendly, so nobody ends up with sore knees","some beginners develop knee pain around week two from all the jump squats",
"'Nobody ends up with sore knees' contradicts 'some beginners develop knee pain' from the same programme.",distance="near",shape="group statement")
C(P,True,"consumer_guide","telehealth_faq","spironolactone for acne",
"Q: What is spironolactone?\nA: It is a tablet that blocks hormones that drive acne in adult women.\n\nQ: Will I get side effects?\nA: No patient on our acne programme gets side effects from it at the doses we use.\n\nQ: How is it monitored?\nA: We check potassium levels at the start. Results usually appear within three months. Breast tenderness and irregular spotting are commonly reported by women on our programme in the first months.",
"No patient on our acne programme gets side effects from it at the doses we use","Breast tenderness and irregular spotting are commonly reported by women on our programme",
"No side effects for any patient conflicts with commonly reported tenderness and spotting among the same patients.",distance="far")
C(P,True,"news_report","academic_newsroom","robotic knee replacement",
"Surgeons at the medical centre have completed their 500th robot-assisted knee replacement. The procedure, the centre said, leaves patients with no lasting stiffness. The robotic arm helps the surgeon cut bone to within a millimetre. Most patients go home the next day. \"It's transformed recovery,\" said orthopaedic lead Dr Anya Volkova. Among the first 500 patients, roughly one in twenty has needed a manipulation under anaesthetic for persistent stiffness.",
"leaves patients with no lasting stiffness","roughly one in twenty has needed a manipulation under anaesthetic for persistent stiffness",
"No lasting stiffness conflicts with 1 in 20 needing a procedure for persistent stiffness.",distance="near",shape="number",hard=True)
C(P,True,"blog","womens_magazine","menstrual cup (silicone)",
"When my sister first handed me a menstrual cup, I laughed. Now I'd never go back. What I love most is that it never leaks, even on my heaviest days. The first week was a learning curve. I practised inserting it in the shower.\n\nI asked around my office, and the answer surprised me: leaking overnight was the number-one complaint among the women I spoke to who use cups, me included in those first months.",
"it never leaks, even on my heaviest days","leaking overnight was the number-one complaint among the women I spoke to who use cups, me included",
"The writer says the cup never leaks, then includes herself among users whose main complaint is leaking.",distance="far",hard=True)
C(P,True,"consumer_guide","school_nurse_letter","nasal flu vaccine (live attenuated)",
"Dear Parents,\n\nThis term, the nasal flu vaccine will be offered to all pupils. It is a quick spray in each nostril. The vaccine does not cause any illness in children. Please return the consent form by Friday. Children who have had a severe reaction to a previous dose should not have it. A runny or blocked nose for a few days afterwards affects many of the children who receive it.\n\nThank you,\nSchool Nurse Team",
"The vaccine does not cause any illness in children","A runny or blocked nose for a few days afterwards affects many of the children who receive it",
"Denying any illness conflicts with many vaccinated children developing nasal symptoms from it.",distance="near",shape="group statement")
C(P,True,"product_page","translated_insert","ginkgo biloba tablets (Memoleaf)",
"Memoleaf 120 mg ginkgo biloba extract tablet. For support of memory in older persons. Memoleaf is well tolerated by all users and nobody experiences headache. Take one tablet two times daily with water. Not recommended before surgery. In older users, headache appear frequently in first two week and is leading reason to stop.",
"Memoleaf is well tolerated by all users and nobody experiences headache","In older users, headache appear frequently in first two week",
"'Nobody experiences headache' conflicts with frequent headache in older users, the target group.",distance="near",shape="group statement")
C(P,True,"consumer_guide","pharmacist_ce","isotretinoin",
"CE module: isotretinoin counselling. Isotretinoin produces long remissions in severe acne. Mood effects are not a concern in adolescents, according to the manufacturer's patient guide cited in older training material, and this module follows that position. Pregnancy prevention is mandatory. Dry lips are near-universal. Monitoring includes lipids and liver tests. Depressed mood and irritability are reported by a subset of teenage patients, and pharmacists should ask about mood at every dispensing.",
"Mood effects are not a concern in adolescents","Depressed mood and irritability are reported by a subset of teenage patients",
"The module adopts 'no mood concern in adolescents' as its own position, then says a subset of teenagers report depressed mood.",distance="near",shape="attributed then adopted",hard=True)
# controls
C(P,False,"consumer_guide","telehealth_faq","sildenafil for erectile dysfunction",
"Q: Will sildenafil give me headaches?\nA: Headaches are among the most common complaints from men who take it, usually mild. Most men find they fade after a few uses. Avoid it if you take nitrate medicines. Take it about an hour before sex. If headaches persist, your clinician may lower the dose.",
"Headaches are among the most common complaints from men who take it","Most men find they fade after a few uses",
"Common headaches that fade for most men is consistent, not contradictory.",ctype="hedge_agree")
C(P,False,"news_report","radio_transcript","bisphosphonate (alendronate)",
"On today's segment, Dr Lena Hughes took questions on osteoporosis drugs. A caller worried that alendronate causes jaw bone problems. Dr Hughes said jaw osteonecrosis is mainly seen in cancer patients on much higher intravenous doses. In people taking the weekly osteoporosis tablet, she said, it is very rare. \"Keep up with dental check-ups anyway,\" she added. The tablet must be taken upright, with a full glass of water.",
"In people taking the weekly osteoporosis tablet, she said, it is very rare","jaw osteonecrosis is mainly seen in cancer patients on much higher intravenous doses",
"The harmed group receives a different dose and route; the claim about tablet users is consistent.",ctype="population_differs")
C(P,False,"blog","fitness_caption","running programme (Couch to 10K)",
"Week 6 of Couch to 10K done ✅ Shin splints are super common in new runners who ramp up too fast — I had them in 2021 on a different plan that had me running daily. This programme alternates run and rest days, and I've had zero shin pain this time. Good shoes matter too. Who else is on week 6?",
"I had them in 2021 on a different plan that had me running daily","I've had zero shin pain this time",
"The shin splints came from a different, earlier plan.",ctype="different_intervention")
C(P,False,"consumer_guide","school_nurse_letter","methylphenidate at school",
"Dear Parents,\n\nA number of pupils take ADHD medicine at school. Some children on methylphenidate develop a reduced appetite at lunchtime. This is a known effect, and staff will encourage them to eat. It does not mean the medicine is unsafe. Please let me know if your child's dose changes.\n\nYours sincerely,\nSchool Nurse",
"Some children on methylphenidate develop a reduced appetite at lunchtime","It does not mean the medicine is unsafe",
"Acknowledging a side effect while saying the drug is not unsafe is a consistent position.",ctype="hedge_agree")
C(P,False,"product_page","coupon_site","nicotine patch",
"Nicotine patches: summary. Patches release a steady dose of nicotine through the skin over 16 or 24 hours. Vivid dreams are a frequent complaint from people who wear the 24-hour patch overnight. Users who remove the patch at bedtime, or who use the 16-hour patch, rarely report sleep disturbance. Average price is about $35 for a two-week pack. Rotate the site daily.",
"Vivid dreams are a frequent complaint from people who wear the 24-hour patch overnight","rarely report sleep disturbance",
"Sleep complaints are scoped to overnight wear; daytime-only users rarely report them.",ctype="conditional_scope")
C(P,False,"news_report","academic_newsroom","statin muscle pain study",
"A study led by researchers at the medical centre has re-examined whether statins cause muscle pain. Muscle aches are among the most common complaints from people who take statins. But in blinded trials, the researchers found, aches were reported almost as often on placebo. \"For most people, the statin is not what is causing the pain,\" said the senior author. The team estimates the drug is responsible in fewer than one in ten cases of reported aches.",
"Muscle aches are among the most common complaints from people who take statins","For most people, the statin is not what is causing the pain",
"The article distinguishes complaints from causation; the drug is said to cause a minority of reported aches, which is consistent.",ctype="different_outcome_measure")
C(P,False,"blog","womens_magazine","low-dose combined pill",
"Going back on the pill at 38 felt strange. Years ago, on an older high-dose brand, I had awful nausea every morning. Nausea was a common complaint back then with those formulas. My new pill is a low-dose version, and I've had no sickness at all in six months. My GP checks my blood pressure every year.",
"I've had no sickness at all in six months","Years ago, on an older high-dose brand, I had awful nausea every morning",
"The nausea was on an older, different formulation.",ctype="past_vs_present")
C(P,False,"consumer_guide","pharmacist_ce","amoxicillin in children",
"CE note: amoxicillin suspension in paediatrics. Diarrhoea is among the most common adverse effects in children taking it. Counsel parents that this does not usually mean stopping the course. A rash that is raised, itchy and spreading may indicate allergy and needs review. Store the suspension in the fridge. Discard after 14 days.",
"Diarrhoea is among the most common adverse effects in children taking it","this does not usually mean stopping the course",
"Saying diarrhoea is common but not usually a reason to stop is consistent.",ctype="hedge_agree")
P="dose_limit"
C(P,True,"product_page","coupon_site","vitamin D3 drops (SunDrop)",
"SunDrop vitamin D3 liquid: 1,000 IU per drop. Because vitamin D comes from sunshine, SunDrop is safe at any dose you choose. Add drops to juice or food. Unflavoured and suitable for all the family. One 30 ml bottle lasts most adults a year.\n\nImportant: adults should never take more than 4 drops a day unless a doctor has advised it, as excess vitamin D can raise calcium levels.",
"SunDrop is safe at any dose you choose","adults should never take more than 4 drops a day",
"Safe at any dose contradicts a strict daily maximum because of harm from excess.",distance="far")
C(P,True,"consumer_guide","telehealth_faq","melatonin 3 mg gummies (DreamDrift)",
"Q: How many DreamDrift gummies can I take?\nA: There's no upper limit. Melatonin isn't habit-forming, so you can take as many as you need to fall asleep.\n\nQ: When should I take them?\nA: About 30 minutes before bed.\n\nQ: Can children use them?\nA: No, DreamDrift is for adults only. Adults should take no more than two gummies in 24 hours; higher amounts can cause next-day headaches and confusion.",
"There's no upper limit","Adults should take no more than two gummies in 24 hours",
"'No upper limit' conflicts with a two-gummy daily maximum.",distance="far")
C(P,True,"blog","fitness_caption","caffeine tablets (FocusFuel 200)",
"Exam season tip for my uni followers 📚 FocusFuel 200 caffeine tabs are the cleanest way to dose caffeine — you can stack as many as you need, they're just caffeine. I take one before lectures. Way cheaper than coffee. Drink water with them. Don't take them after 3 pm. And seriously, cap it at two tabs (400 mg) a day; more than that is where heart palpitations start.",
"you can stack as many as you need","cap it at two tabs (400 mg) a day",
"Stacking as many as needed conflicts with a two-tablet cap.",distance="near",shape="number")
C(P,True,"news_report","radio_transcript","paracetamol (acetaminophen)",
"This week's health segment tackled the medicine cabinet. Our guest pharmacist, Ruth Adeyemi, said paracetamol is so gentle that the dose hardly matters for adults. She said it's her first choice for headaches and fevers. Callers asked about children's doses, which she said depend on weight. \"Never double up on cold-and-flu products,\" she warned. Adults must not exceed 4 grams in 24 hours, she said, because above that liver damage becomes a real risk.",
"the dose hardly matters for adults","Adults must not exceed 4 grams in 24 hours",
"'The dose hardly matters' conflicts with a strict 4 g limit because of liver damage.",distance="near",shape="number")
C(P,True,"consumer_guide","vet_style_explainer","ibuprofen 200 mg tablets",
"What is ibuprofen? A painkiller that also reduces swelling. How much is too much? Honestly, extra tablets won't hurt you; it's one of the safest medicines around. How fast does it work? Within about an hour. Should you take it with food? Yes, it's kinder to the stomach. The most you should take without a doctor's advice is 1,200 mg a day, or six tablets, because higher doses raise the risk of stomach bleeding.",
"extra tablets won't hurt you","The most you should take without a doctor's advice is 1,200 mg a day",
"Extra tablets being harmless conflicts with a maximum set because higher doses cause bleeding.",distance="near",shape="rhetorical question answered")
C(P,True,"press_release","academic_newsroom","high-dose vitamin C infusion (clinic service)",
"The Integrative Health Unit at the medical centre is now offering vitamin C infusions to adult outpatients. Vitamin C is water-soluble, the unit said in its announcement, so there is no ceiling on how much can be given safely. Sessions last 45 minutes. Referral is through a GP. Patients must be screened for G6PD deficiency before the first session.\n\nThe unit's protocol limits each infusion to 25 grams, as doses above that have caused kidney stones in some patients.",
"there is no ceiling on how much can be given safely","The unit's protocol limits each infusion to 25 grams, as doses above that have caused kidney stones",
"No safe-dose ceiling conflicts with a 25 g limit imposed because higher doses cause harm.",distance="far",hard=True)
C(P,True,"blog","womens_magazine","iron tablets (ferrous fumarate) in pregnancy",
"My midwife picked up my low iron at 28 weeks. I'm writing this for other mums-to-be who are panicking. She told me it doesn't matter how many iron tablets I take, my body just gets rid of the extra. I took two a day with orange juice. The taste of metal in my mouth was grim. By 36 weeks my haemoglobin was back up.\n\nOne thing I wish I'd known earlier: iron is one of the commonest causes of accidental poisoning in young children, and even adults should stick to the prescribed number of tablets, because too much iron can damage the liver.",
"it doesn't matter how many iron tablets I take, my body just gets rid of the extra","even adults should stick to the prescribed number of tablets, because too much iron can damage the liver",
"The article first says the number of tablets doesn't matter, then says adults must limit the dose because excess is harmful.",distance="far")
C(P,True,"product_page","translated_insert","senna laxative tablets (Lenolax)",
"Lenolax senna tablet 7.5 mg. For occasional constipation in adult. This herbal laxative may be used in any quantity because it is from plant. Take 2 tablet at evening. Effect come in 8 to 12 hour. Maximum dose is 4 tablet in a day and do not use longer than one week.",
"may be used in any quantity because it is from plant","Maximum dose is 4 tablet in a day",
"'Any quantity' conflicts with a four-tablet daily maximum.",distance="near",shape="number")
# controls
C(P,False,"consumer_guide","telehealth_faq","omega-3 fish oil",
"Q: How much fish oil should I take?\nA: For general heart health we suggest 1 g a day. Some people with very high triglycerides are prescribed 4 g a day under supervision. Don't go beyond 4 g a day without a clinician, because bleeding risk rises. At the 1 g dose, side effects are usually limited to fishy burps.",
"we suggest 1 g a day","Don't go beyond 4 g a day without a clinician",
"The suggested dose and the upper limit are consistent; 1 g is below the 4 g ceiling.",ctype="consistent_dose")
C(P,False,"product_page","coupon_site","levothyroxine 25 mcg vs 100 mcg",
"Levothyroxine: summary. Tablets come in several strengths, from 25 mcg to 200 mcg. The 25 mcg tablet is usually the starting dose in older adults or people with heart disease. Most adults end up on around 100 mcg daily. Do not start at 100 mcg if you are over 65 unless your doctor has said so. Take it on an empty stomach.",
"The 25 mcg tablet is usually the starting dose in older adults","Do not start at 100 mcg if you are over 65",
"Different strengths are matched to different starting situations; the text says which is which.",ctype="dose_form_differs")
C(P,False,"blog","fitness_caption","whey protein",
"Protein q&a 🥛 Is there such a thing as too much whey? Some people online say you can have unlimited protein shakes with zero downside. That's not true if you have kidney disease, and for everyone else your food should come first. I do one scoop post-workout, 25 g protein. That's plenty for most people.",
"you can have unlimited protein shakes with zero downside","That's not true if you have kidney disease",
"The unlimited-dose claim is attributed to others and then rejected.",ctype="debunked_claim")
C(P,False,"news_report","radio_transcript","aspirin 75 mg vs 300 mg",
"Dr Sam Whitfield joined us to talk about aspirin. He said the low-dose 75 mg tablet taken daily is for people who have had a heart attack or stroke, on a doctor's advice. The 300 mg tablet is a painkiller dose and shouldn't be taken every day long term. \"They are really different uses,\" he said. He warned that aspirin isn't for children under 16.",
"the low-dose 75 mg tablet taken daily","The 300 mg tablet is a painkiller dose and shouldn't be taken every day long term",
"Daily use is for the 75 mg strength; the daily-use warning is for the 300 mg strength.",ctype="dose_form_differs")
C(P,False,"consumer_guide","pharmacist_ce","codeine-containing analgesic",
"CE update: codeine combinations. Was codeine ever safe 'at any dose' for short-term pain? Older leaflets implied so, but current guidance limits use to three days without review. Maximum daily codeine is 240 mg. Ultra-rapid metabolisers can develop toxicity even at normal doses. Counsel patients on constipation.",
"Older leaflets implied so","current guidance limits use to three days without review",
"The unlimited-dose idea belongs to old leaflets and is superseded; the article is consistent.",ctype="corrected_claim")
C(P,False,"press_release","academic_newsroom","intranasal esketamine",
"The medical centre's mood disorders clinic has begun offering esketamine nasal spray for treatment-resistant depression. Patients receive 56 mg or 84 mg per session, in clinic, twice weekly for the first month. The dose cannot exceed 84 mg per session, said the clinic director. Patients stay for two hours of monitoring afterwards. They must not drive until the next day.",
"Patients receive 56 mg or 84 mg per session","The dose cannot exceed 84 mg per session",
"Both stated doses are within the stated maximum.",ctype="consistent_dose")
C(P,False,"blog","womens_magazine","folic acid 400 mcg vs 5 mg",
"When we started trying for our second baby, I bought the usual 400 mcg folic acid from the supermarket. Because I'm diabetic, my GP switched me to the 5 mg prescription tablet. Women without risk factors don't need the 5 mg dose, she said, and shouldn't take it routinely. My sister, who has no risk factors, stayed on 400 mcg. Our babies are now six months apart!",
"my GP switched me to the 5 mg prescription tablet","Women without risk factors don't need the 5 mg dose",
"The higher dose is for a risk group; the text says which strength suits whom.",ctype="population_differs")
C(P,False,"consumer_guide","school_nurse_letter","children's antihistamine syrup",
"Dear Parents,\n\nSome children need antihistamine syrup during hay fever season. We will give a 5 ml dose at lunchtime if you send it in. The maximum for children aged 6–11 on this syrup is 10 ml a day, so please do not also give a lunchtime dose at home. Let us know what you've given at breakfast.\n\nMany thanks,\nSchool Nurse",
"We will give a 5 ml dose at lunchtime","The maximum for children aged 6–11 on this syrup is 10 ml a day",
"The 5 ml school dose is within the 10 ml daily maximum.",ctype="consistent_dose")
