from common import c
P = "synonym"
# ---- conflicting
c(P, "product_page", "coined-brand antihistamine tablet (Clarivex)",
  "Clarivex\u2122 24-Hour tablets block the histamine that drives sneezing, itchy eyes and a streaming nose. Each pack holds 30 once-daily tablets, and the non-drowsy formula means you can take one before work or the school run. The active ingredient has been sold in Europe for more than a decade. Pharmacists often suggest pairing it with a saline rinse during the worst of the pollen season. Because it may leave you feeling sleepy, avoid driving until you know how you react. Store below 25\u00b0C and keep out of reach of children.",
  "the non-drowsy formula", "it may leave you feeling sleepy",
  "The product is sold as non-drowsy yet the same page says it may make users sleepy.")
c(P, "consumer_guide", "ferrous bisglycinate iron capsules",
  "If a blood test shows your iron stores are low, your GP may suggest a supplement. Iron bisglycinate capsules are often chosen because they cause no stomach upset, unlike older iron salts. A typical dose is 25 to 50 mg of elemental iron a day, taken with orange juice to help absorption. Avoid taking them with tea, coffee or calcium, which block uptake. Tummy trouble, including cramps and constipation, is a well-known effect of the capsules, so some people take them every other day. Recheck your levels after about three months.",
  "they cause no stomach upset", "Tummy trouble, including cramps and constipation, is a well-known effect of the capsules",
  "The capsules are said to cause no stomach upset and then to commonly cause tummy trouble.")
c(P, "blog", "melatonin gummies (coined brand DreamDrift)",
  "I've been a terrible sleeper since my twenties, so I was sceptical when a friend handed me a bottle of DreamDrift gummies. They taste like blackcurrant and contain 1 mg of melatonin each. Best of all, I never once woke up with a foggy head on them. My partner tried them too and now swears by them for jet lag. According to the leaflet tucked inside the bottle, morning grogginess was reported by roughly one in eight users in the maker's own survey. Still, for me they've been a game changer.",
  "I never once woke up with a foggy head on them", "morning grogginess was reported by roughly one in eight users",
  "A first-person claim of no foggy head sits unchallenged beside a statement that grogginess is a reported effect.")
c(P, "news_report", "once-daily blood pressure pill (Vasoren)",
  "A new once-daily blood pressure pill, Vasoren, went on sale in pharmacies across the region this week. Vasoren does not cause ankle swelling, a frequent reason patients abandon older calcium-channel blockers. About one in three adults has high blood pressure, and fewer than half have it under control. Cardiologist Dr Helen Maru said simpler regimens help people stay on treatment. In the registration trial, puffy ankles were seen in one in ten patients taking the new tablet. The drug costs about \u00a312 a month.",
  "Vasoren does not cause ankle swelling", "puffy ankles were seen in one in ten patients taking the new tablet",
  "The report states the pill does not cause ankle swelling and later that puffy ankles occurred in 10% of trial patients.")
c(P, "press_release", "TENS pain-relief device (NerveEase Pad)",
  "LONDON \u2014 Ardent Medtech today launched the NerveEase Pad, a wearable TENS unit for lower back pain. The pad is completely painless to use, delivering gentle pulses through two gel electrodes. It pairs with a smartphone app that lets users choose among twelve programmes. Independent physiotherapists tested the device across six clinics last year. A prickling, stinging feeling under the electrodes is a known effect of the device, especially at higher settings. The NerveEase Pad retails at \u00a389.",
  "The pad is completely painless to use", "A prickling, stinging feeling under the electrodes is a known effect of the device",
  "The device is called completely painless but a stinging sensation is listed as a known effect.")
c(P, "consumer_guide", "caffeine-free pre-workout powder",
  "Stimulant-free pre-workout powders have become popular with people who train late in the day. Most rely on citrulline, beta-alanine and beetroot extract rather than caffeine. Because there is no caffeine, the powder will not set your heart pounding. Beta-alanine often causes a harmless tingling in the face and hands. Palpitations have been reported by a noticeable share of users, particularly with the larger scoops. Start with half a serving and see how you feel.",
  "the powder will not set your heart pounding", "Palpitations have been reported by a noticeable share of users",
  "Heart pounding is denied and palpitations (the same effect) are then reported as common.")
c(P, "product_page", "magnesium glycinate supplement (MagniCalm)",
  "MagniCalm delivers 200 mg of magnesium per capsule in its highly absorbable glycinate form. Unlike cheaper magnesium oxide, it has no laxative effect at all. Magnesium supports normal muscle function and the reduction of tiredness and fatigue. Take two capsules in the evening with water. Many customers tell us they love it, though loose stools and a gurgling stomach can follow a dose of this supplement. Suitable for vegans.",
  "it has no laxative effect at all", "loose stools and a gurgling stomach can follow a dose of this supplement",
  "No laxative effect is claimed, but loose stools are then described as a possible effect.")
c(P, "blog", "statin (coined brand Lipantra)",
  "When my cholesterol came back at 7.2, my doctor started me on Lipantra. I was nervous, because my dad quit his statin after a month. The good news, according to the clinic leaflet, is that this one doesn't cause muscle pain the way older statins can. I've also cut back on cheese and started walking to the station. Aching legs and sore muscles are listed among the most frequent complaints from people on the tablets, the same leaflet says. My next blood test is in June.",
  "this one doesn't cause muscle pain", "Aching legs and sore muscles are listed among the most frequent complaints from people on the tablets",
  "The statin is said not to cause muscle pain, then sore muscles are said to be among its commonest complaints.")
# ---- controls
c(P, "consumer_guide", "loratadine antihistamine",
  "Loratadine is one of the older second-generation antihistamines and is sold cheaply in supermarkets. It is generally non-drowsy, though a small number of people do feel sleepy after a dose. It works within an hour or two and lasts about a day. Some people find cetirizine works better for them. In trials, drowsiness was reported by a few people in every hundred. If it makes you sleepy, don't drive.",
  "generally non-drowsy", "drowsiness was reported by a few people in every hundred",
  "The non-drowsy claim is hedged and already allows for a small number of sleepy users, matching the later figure.", "hedge_agree")
c(P, "product_page", "iron bisglycinate vs ferrous sulfate",
  "FerraGentle capsules use iron bisglycinate, which causes no tummy upset for most users in our customer panel. Each capsule provides 20 mg of elemental iron with vitamin C. Many people come to us after struggling with ferrous sulfate tablets. Stomach cramps and constipation are common complaints with ferrous sulfate, which is why so many people give up on it. FerraGentle is free from gluten and lactose.",
  "causes no tummy upset", "Stomach cramps and constipation are common complaints with ferrous sulfate",
  "The stomach effects are attributed to a different product (ferrous sulfate), not to FerraGentle.", "different_intervention")
c(P, "news_report", "levothyroxine and brain fog claim",
  "Posts on social media have claimed that levothyroxine, the standard thyroid hormone tablet, clouds your thinking. Endocrinologists say the idea is mistaken. \"At the right dose, levothyroxine does not cloud thinking,\" said Dr Amara Oyelaran of the city hospital. Untreated low thyroid, by contrast, commonly causes slowed thinking. The claim that the tablet itself causes brain fog has not been borne out in trials, she added.",
  "levothyroxine does not cloud thinking", "the tablet itself causes brain fog",
  "The brain-fog claim is reported only to be refuted; the article does not assert it.", "debunked_claim")
c(P, "blog", "beetroot juice shots",
  "Beetroot shots are my new pre-run ritual. Each 70 ml shot packs around 400 mg of nitrate. Will it make your heart race? I wondered that too before I tried one. From what I've read, the small trials in runners didn't find changes in resting heart rate. Your wee may turn pink, though, which is harmless.",
  "Will it make your heart race?", "didn't find changes in resting heart rate",
  "A racing heart is only raised as a question and then answered in the negative.", "question")
c(P, "consumer_guide", "dextromethorphan adult cough syrup (children excluded)",
  "For adults, this cough syrup is non-drowsy when used at the label dose. It contains dextromethorphan for dry coughs and no antihistamine. Take 10 ml every four to six hours. It is not licensed for children under 12. In younger children the same ingredient can cause sleepiness, which is one reason the age limit exists. Ask a pharmacist for a children's product instead.",
  "For adults, this cough syrup is non-drowsy", "In younger children the same ingredient can cause sleepiness",
  "The non-drowsy claim is limited to adults, and the sleepiness is in children, who are excluded.", "excluded_condition")
c(P, "press_release", "reformulated fibre supplement (FibreFlow)",
  "Halden Nutrition today announced a new formula for FibreFlow, its psyllium supplement. Customers of the original 2019 version reported bloating and a windy tummy in surveys. The company replaced part of the psyllium with partially hydrolysed guar gum. In a 60-person test, the new formula caused no more bloating than placebo. The new FibreFlow reaches shelves in March.",
  "reported bloating and a windy tummy", "the new formula caused no more bloating than placebo",
  "Bloating belongs to the old formula; the no-bloating claim is for the new one.", "past_vs_present")
c(P, "news_report", "oseltamivir (flu antiviral)",
  "Doctors are urging people at high risk to ask early about antivirals as flu cases rise. Oseltamivir shortens the illness by about a day if started within 48 hours. Experts stressed that the drug does not cause tiredness in most people who take it. Feeling wiped out for a week or more is a typical symptom of flu itself, said Dr Kamal Reyes. Nausea is the most common side effect and can be eased by taking the capsules with food.",
  "the drug does not cause tiredness", "Feeling wiped out for a week or more is a typical symptom of flu itself",
  "The exhaustion is described as a symptom of flu, not as an effect of the drug.", "symptom_vs_side_effect")
c(P, "news_report", "energy drink shot (coined brand Zestix)",
  "The maker of Zestix energy shots says its drink causes no palpitations, citing an internal survey. Each shot contains 200 mg of caffeine plus taurine. Regulators are reviewing labelling rules for high-caffeine products. However, an independent poison-centre analysis found repeated reports of a racing heart after people drank two or more shots. The company did not respond to requests for comment.",
  "causes no palpitations", "reports of a racing heart",
  "The no-palpitations claim is attributed to the company and the article itself presents contrary evidence.", "disputed_attribution")

P = "denial_form"
c(P, "product_page", "kava root extract (Kavalux)",
  "Kavalux brings the calming tradition of Pacific kava root to a convenient capsule. Each capsule is standardised to 70 mg of kavalactones. Our water-based extraction carries no risk of liver damage, so you can unwind with total confidence. Take one capsule in the evening, up to twice a day. Kava has been used socially for centuries. Rare cases of serious liver injury have been linked to kava products, including water-based extracts like this one. Not for use in pregnancy.",
  "carries no risk of liver damage", "Rare cases of serious liver injury have been linked to kava products, including water-based extracts like this one",
  "The product is said to carry no liver risk and later to be linked to rare liver injury.")
c(P, "consumer_guide", "L-theanine and caffeine focus capsules",
  "Focus capsules that pair caffeine with L-theanine are sold to students and office workers. The theory is that theanine smooths out the caffeine hit, so the capsules are entirely free of the jitters. A typical capsule has 100 mg of caffeine and 200 mg of theanine. That is roughly the same caffeine as a mug of filter coffee. Shaky hands and restlessness were reported by about one in six people in a small trial of the combination. Don't take more than two a day.",
  "entirely free of the jitters", "Shaky hands and restlessness were reported by about one in six people",
  "The capsules are said to be free of the jitters yet shakiness and restlessness are reported in a sixth of users.")
c(P, "news_report", "pseudoephedrine decongestant (Sinuclear)",
  "A pharmacy chain has started stocking Sinuclear, a decongestant tablet, behind the counter. The manufacturer's leaflet promises the tablet won't raise your blood pressure. Pseudoephedrine, its active ingredient, narrows blood vessels in the nose to ease a blocked feeling. Sales of cold remedies usually peak in January. In studies reviewed by the regulator, a rise in blood pressure was seen in roughly one in twenty users, and people with hypertension are told to avoid it.",
  "won't raise your blood pressure", "a rise in blood pressure was seen in roughly one in twenty users",
  "The decongestant is said not to raise blood pressure and then to raise it in 5% of users.")
c(P, "product_page", "appetite-control fibre supplement (Glucentra)",
  "Tired of diets that leave you hungry? Glucentra combines glucomannan fibre, chromium and green coffee bean extract. Weight gain? Not with Glucentra. Take two capsules 30 minutes before your two largest meals with a full glass of water. In our 12-week customer trial, a quarter of participants gained more than 2 kg while taking the capsules. Money-back guarantee on the first pack.",
  "Weight gain? Not with Glucentra.", "a quarter of participants gained more than 2 kg while taking the capsules",
  "Weight gain is ruled out rhetorically and then reported in a quarter of trial users.")
c(P, "blog", "zolpidem-like sleeping tablet (Somnara)",
  "Let's talk about Somnara, the sleeping tablet my GP prescribed after months of 3 a.m. wake-ups. The best bit, she said, is there's zero chance of getting hooked on it. I take one half an hour before bed. I've also started keeping my phone out of the bedroom. The patient leaflet warns that people who stop suddenly after a few weeks can get rebound insomnia, anxiety and cravings for the tablet, which are signs of dependence. I'm on week five now.",
  "there's zero chance of getting hooked on it", "which are signs of dependence",
  "Zero chance of dependence is stated and the leaflet's withdrawal signs of dependence are reported without challenge.")
c(P, "press_release", "erectile dysfunction tablet (Virexa)",
  "MUNICH \u2014 Solberg Pharma announced that Virexa, its new tablet for erectile dysfunction, is now available on prescription. With Virexa, you can forget about headaches. The tablet works within 20 minutes and lasts up to 10 hours. \"Men deserve options,\" said chief medical officer Dr Lukas Brenner. In the phase 3 trial of 1,200 men, headache was the most frequently reported complaint, followed by flushing and a stuffy nose. Virexa is taken as needed, no more than once a day.",
  "With Virexa, you can forget about headaches", "headache was the most frequently reported complaint",
  "Headaches are dismissed and then named as the commonest complaint in the trial.")
c(P, "consumer_guide", "minoxidil oral tablets for hair",
  "Low-dose oral minoxidil is increasingly prescribed off-label for thinning hair. Hair shedding is simply not something it does, unlike some topical treatments. Doses are usually between 0.625 mg and 2.5 mg. Your doctor will check your blood pressure before starting. A temporary burst of hair shedding in the first two months is listed among its effects, and most people push through it. Unwanted facial hair growth is another known effect.",
  "Hair shedding is simply not something it does", "A temporary burst of hair shedding in the first two months is listed among its effects",
  "Hair shedding is denied and then listed as a known early effect.")
c(P, "product_page", "probiotic drink (coined brand Biovella)",
  "Every bottle of Biovella contains 10 billion live cultures from four bacterial strains. Nothing in it will upset your stomach, it's that gentle. It's made with oat milk and sweetened only with apple juice. Drink one bottle each morning before breakfast. During the first week, bloating, wind and queasiness are reported by many new drinkers of Biovella as their gut adjusts. Keep refrigerated and consume within five days of opening.",
  "Nothing in it will upset your stomach", "bloating, wind and queasiness are reported by many new drinkers of Biovella",
  "The drink is said never to upset the stomach yet queasiness and bloating are reported commonly.")
# controls
c(P, "consumer_guide", "paracetamol at recommended dose",
  "Paracetamol is one of the most widely used painkillers. Taken at the recommended dose, it carries little risk of stomach bleeding, unlike ibuprofen. Adults can take up to 4 g in 24 hours. Overdose is a different matter. Taking more than the maximum can cause serious liver damage, sometimes days later. Keep packs out of reach of children.",
  "carries little risk of stomach bleeding", "Taking more than the maximum can cause serious liver damage",
  "The low-risk claim is about stomach bleeding at the recommended dose; liver harm is from overdose.", "consistent_dose")
c(P, "blog", "caffeine vs decaf coffee",
  "I switched to decaf in January, and it's free of the jitters that regular coffee gave me. My afternoon cup no longer keeps me up at night. I still love the taste of a good flat white. Regular coffee, on the other hand, used to leave my hands shaking by 11 a.m. I don't miss that at all.",
  "it's free of the jitters", "Regular coffee, on the other hand, used to leave my hands shaking",
  "The shaking is attributed to regular coffee, a different product from decaf.", "different_intervention")
c(P, "news_report", "HPV vaccine infertility myth",
  "Health officials have again rejected claims that the HPV vaccine harms fertility. Studies involving millions of girls found the vaccine carries no risk of infertility. Uptake fell in several areas after a video spread online. The video claimed the jab causes early menopause, a claim that researchers have repeatedly shown to be false. Officials urged parents to look at the evidence.",
  "carries no risk of infertility", "the jab causes early menopause",
  "The harm claim is quoted only as a debunked rumour.", "debunked_claim")
c(P, "product_page", "sugar-free electrolyte tablets (Hydra Zero)",
  "Hydra Zero electrolyte tablets won't raise your blood sugar, because they are sweetened with stevia. Drop one into 500 ml of water for a fizzy, lemon-flavoured drink. Each tablet provides sodium, potassium and magnesium. Does it raise blood pressure? For healthy adults at one or two tablets a day, there is no evidence it does, but people on a low-salt diet should ask their doctor.",
  "won't raise your blood sugar", "Does it raise blood pressure?",
  "Blood sugar is the denied effect; blood pressure is only raised as a question and not asserted.", "question")
c(P, "consumer_guide", "St John's wort for people not on other medicines",
  "St John's wort is a herbal remedy sometimes used for low mood. For people who take no other medicines, it is free of the serious interaction problems that make doctors wary. It can cause sensitivity to sunlight and an upset stomach. People on the contraceptive pill, antidepressants or blood thinners should avoid it, because it can make those medicines less effective or cause dangerous reactions. Always tell your pharmacist you take it.",
  "For people who take no other medicines, it is free of the serious interaction problems", "People on the contraceptive pill, antidepressants or blood thinners should avoid it",
  "The interaction-free claim already excludes people on other medicines.", "excluded_condition")
c(P, "press_release", "reformulated antacid (Gastrocalm)",
  "Orvel Health announced a reformulated Gastrocalm chewable antacid. The previous version, sold until 2023, caused constipation in some users because of its aluminium content. The new formula replaces aluminium with magnesium and calcium carbonate. \"The new Gastrocalm doesn't bung you up,\" said product director Sara Lind. It is available now in mint and berry flavours.",
  "caused constipation in some users", "The new Gastrocalm doesn't bung you up",
  "Constipation belonged to the old formula; the denial covers the new formula.", "past_vs_present")
c(P, "news_report", "antidepressant and low mood symptoms",
  "Sertraline is among the most prescribed antidepressants. Doctors say the drug does not make depression worse for most adults once the first weeks have passed. Still, feeling flat, hopeless and wiped out are core symptoms of depression itself, so they may persist for a while before treatment takes effect. Patients are told to expect two to six weeks before improvement. Young people under 25 are monitored more closely when they start.",
  "the drug does not make depression worse for most adults", "feeling flat, hopeless and wiped out are core symptoms of depression itself",
  "The low mood is described as a symptom of the illness, not an effect of the drug.", "symptom_vs_side_effect")
c(P, "consumer_guide", "turmeric capsules and bleeding",
  "Turmeric capsules are widely sold for joint comfort. Sellers often say they carry no risk of bleeding problems. That is not quite right. Curcumin can slow blood clotting, and there are case reports of increased bruising and bleeding in people taking it alongside warfarin. If you take a blood thinner, speak to a pharmacist first.",
  "Sellers often say they carry no risk of bleeding problems", "there are case reports of increased bruising and bleeding",
  "The no-bleeding claim is attributed to sellers and explicitly corrected by the writer.", "disputed_attribution")
