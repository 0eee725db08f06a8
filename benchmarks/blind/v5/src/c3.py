from common import c
P = "interaction"
c(P, "product_page", "cranberry extract capsules (Cranvia)",
  "Cranvia capsules contain 500 mg of concentrated cranberry extract, equal to a large glass of juice without the sugar. Cranberry has long been associated with urinary tract comfort. Cranvia does not interact with any medicines, so it fits easily into your routine. Take one capsule twice daily with water. In people taking warfarin, it can strengthen the blood-thinning effect and cause unexpected bruising. Vegan and gluten-free.",
  "Cranvia does not interact with any medicines", "In people taking warfarin, it can strengthen the blood-thinning effect",
  "The capsules are said to interact with no medicines and then to strengthen warfarin.")
c(P, "blog", "herbal mood supplement (Serenol)",
  "I started taking Serenol, a herbal blend with St John's wort and lemon balm, after a rough winter. The shop assistant told me it's safe to combine with any prescription, which was a relief. It took about three weeks before I noticed a difference. I also started journaling each morning. It can make the contraceptive pill less reliable, which I only found on the small print later. Overall, I feel brighter.",
  "it's safe to combine with any prescription", "It can make the contraceptive pill less reliable",
  "A claim of safe combination with any prescription is left standing beside an interaction with the pill.")
c(P, "consumer_guide", "clarithromycin antibiotic",
  "Clarithromycin is an antibiotic used for chest infections and some skin infections. It won't interfere with your other medicines, so most people can keep taking their usual tablets. The course is usually seven days, twice a day. Finish the course even if you feel better. Taken alongside simvastatin, the antibiotic can push statin levels up and cause muscle damage. Tell your pharmacist about all your medicines.",
  "It won't interfere with your other medicines", "Taken alongside simvastatin, the antibiotic can push statin levels up",
  "The antibiotic is said not to interfere with other medicines, then it raises statin levels.")
c(P, "news_report", "proton pump inhibitor (Gastrona)",
  "Gastrona, an over-the-counter heartburn tablet, is now available in larger packs. The packaging says it mixes fine with everything else in your medicine cabinet. Heartburn affects about one in five adults each week. Pharmacists say many people use acid reducers for longer than they should. The tablet can weaken the effect of clopidogrel, a heart drug, according to prescribing information. The larger packs contain 28 tablets.",
  "it mixes fine with everything else in your medicine cabinet", "The tablet can weaken the effect of clopidogrel",
  "The tablet is said to mix with everything yet it weakens clopidogrel; the report does not challenge the packaging claim.")
c(P, "product_page", "curcumin supplement (CurcuMax)",
  "CurcuMax uses a patented phytosome form of curcumin with up to 29 times better absorption. It plays well with all your medications, so you never have to choose. Each tablet delivers 500 mg of curcumin complex. Take one or two tablets daily with a meal. Taken with blood thinners such as apixaban, it may increase the risk of bleeding. Store in a cool, dry place.",
  "It plays well with all your medications", "Taken with blood thinners such as apixaban, it may increase the risk of bleeding",
  "No-interaction claim is followed by an interaction with apixaban.")
c(P, "consumer_guide", "ginkgo biloba for memory",
  "Ginkgo biloba is one of the best-selling herbal supplements for memory. Most leaflets say it has no interactions with common drugs. Large trials have not shown that it prevents dementia. Typical doses are 120 to 240 mg a day. Combined with daily aspirin, ginkgo raises the chance of nosebleeds and bleeding gums. Stop it two weeks before surgery.",
  "it has no interactions with common drugs", "Combined with daily aspirin, ginkgo raises the chance of nosebleeds and bleeding gums",
  "No interactions with common drugs is stated, then an aspirin interaction is described.")
c(P, "product_page", "calcium carbonate chewable antacid (Calmora)",
  "Calmora chews neutralise stomach acid in minutes and add a boost of calcium. Take them with anything \u2014 they're just calcium. Chew one or two tablets when symptoms appear. The fruit flavour makes them easy to take on the go. They bind to levothyroxine and to antibiotics like ciprofloxacin and stop them being absorbed, so leave four hours between them. Maximum 10 tablets a day.",
  "Take them with anything", "They bind to levothyroxine and to antibiotics like ciprofloxacin and stop them being absorbed",
  "The chews are said to be fine with anything and then said to block absorption of two drugs.")
c(P, "news_report", "potassium supplement with blood pressure medicines",
  "A supermarket has launched its own-brand potassium tablets, advertised for cramp and heart health. The label says the tablets are safe alongside blood pressure tablets. Low potassium is uncommon in people who eat fruit and vegetables. Dietitians said a banana provides about 400 mg. With ramipril and similar blood pressure drugs, extra potassium can build up to dangerous levels and upset the heart's rhythm, a pharmacist explained. The tablets cost \u00a34.",
  "the tablets are safe alongside blood pressure tablets", "With ramipril and similar blood pressure drugs, extra potassium can build up to dangerous levels",
  "The label says safe with blood pressure tablets and the pharmacist names a dangerous interaction with ramipril; the article leaves both standing.")
# controls
c(P, "consumer_guide", "amoxicillin antibiotic",
  "Amoxicillin is one of the most commonly prescribed antibiotics. It has few interactions with other medicines. It can occasionally raise the effect of warfarin, so people on warfarin may need an extra blood test. Take it three times a day, spaced evenly. Tell your doctor if you have had a penicillin allergy.",
  "It has few interactions with other medicines", "It can occasionally raise the effect of warfarin",
  "'Few interactions' is hedged and allows for the warfarin one.", "hedge_agree")
c(P, "news_report", "grapefruit juice vs orange juice with statins",
  "Pharmacists are reminding patients about fruit juice and statins. Orange juice does not interact with simvastatin, they said. Grapefruit juice is different: it can raise simvastatin levels several-fold and increase the risk of muscle damage. Patients can switch to another statin if they love grapefruit. Apple juice may reduce absorption of some other drugs.",
  "Orange juice does not interact with simvastatin", "Grapefruit juice is different: it can raise simvastatin levels",
  "The interaction is attributed to grapefruit juice, a different product.", "different_intervention")
c(P, "blog", "vitamin C and chemotherapy myth",
  "A reader asked whether vitamin C tablets are dangerous with all medicines. My pharmacist friend was clear that ordinary vitamin C has no meaningful interactions at standard doses. You'll see scary posts saying vitamin C makes every drug stop working. That's simply false. If you're on chemotherapy, though, do ask your team before high-dose anything.",
  "ordinary vitamin C has no meaningful interactions at standard doses", "vitamin C makes every drug stop working",
  "The claimed interaction is reported only to be dismissed as false.", "debunked_claim")
c(P, "consumer_guide", "melatonin and alcohol",
  "Melatonin doesn't interact with most common medicines. Can you take it after a glass of wine? Many people ask, and the short answer is that alcohol can blunt its effect and make you groggier. Leave a gap of a few hours to be safe. Avoid it if you take fluvoxamine.",
  "Melatonin doesn't interact with most common medicines", "Can you take it after a glass of wine?",
  "The no-interaction claim is hedged ('most') and the alcohol issue is raised as a question.", "question")
c(P, "product_page", "probiotic capsules for people not on immunosuppressants (FloraPlus)",
  "FloraPlus is safe to take with everyday medicines such as painkillers, the pill and blood pressure tablets. Each capsule provides 20 billion bacteria. If you take antibiotics, leave two hours between doses. Anyone on immunosuppressant drugs after a transplant should not use live probiotics without medical advice, because of a small risk of infection. Keep refrigerated.",
  "FloraPlus is safe to take with everyday medicines such as painkillers, the pill and blood pressure tablets", "Anyone on immunosuppressant drugs after a transplant should not use live probiotics",
  "The safety claim names specific everyday medicines and does not cover immunosuppressants.", "excluded_condition")
c(P, "press_release", "reformulated heartburn liquid (Refluxa)",
  "Cavell Pharma announced a new Refluxa formula. The original liquid, withdrawn in 2022, contained an aluminium salt that interfered with some antibiotics. The new liquid is based on alginate alone and does not affect antibiotic absorption. It forms a raft on top of stomach contents to stop reflux. Refluxa is available from pharmacies.",
  "contained an aluminium salt that interfered with some antibiotics", "does not affect antibiotic absorption",
  "The interaction belonged to the withdrawn formula; the new one is said not to interact.", "past_vs_present")
c(P, "news_report", "new blood thinner for atrial fibrillation",
  "Doctors say a new blood thinner does not interact with common painkillers like paracetamol. Many patients starting the drug have atrial fibrillation, which itself causes palpitations and a racing heart. Those symptoms are from the heart condition, not the medicine. The drug is taken twice daily. Bleeding is its main side effect.",
  "does not interact with common painkillers like paracetamol", "which itself causes palpitations and a racing heart",
  "The racing heart is a symptom of the condition, not an interaction or effect of the drug.", "symptom_vs_side_effect")
c(P, "news_report", "herbal liver detox (HepaPure)",
  "The makers of HepaPure say their milk thistle blend is free of drug interactions. But pharmacologists contacted for this article pointed to laboratory and patient data showing milk thistle can alter how the liver processes some drugs. \"It could change the levels of certain cancer medicines,\" said Dr Oskar Lund. HepaPure is sold online.",
  "free of drug interactions", "milk thistle can alter how the liver processes some drugs",
  "The no-interaction claim is the maker's; the article reports evidence against it.", "disputed_attribution")

P = "safety_scope"
c(P, "product_page", "eucalyptus vapour rub (Breathex)",
  "Breathex vapour rub soothes stuffy noses and tickly coughs with eucalyptus, menthol and camphor. It's safe for the whole family, from newborns to grandparents. Rub a small amount onto the chest and back at bedtime. The warming vapours work through the night. In babies under two, camphor and menthol can cause breathing difficulties and should not be applied. Do not apply to broken skin.",
  "It's safe for the whole family, from newborns to grandparents", "In babies under two, camphor and menthol can cause breathing difficulties",
  "Safe from newborns is stated, then harm in babies under two is described.")
c(P, "consumer_guide", "high-dose vitamin A skin tablets",
  "Vitamin A tablets are sometimes sold for clearer skin. They are safe for everyone, including pregnant women. Most provide 10,000 IU per tablet. The evidence for acne is weak. High doses of vitamin A in pregnancy can harm the developing baby. Foods like sweet potato and carrots provide a safer form.",
  "safe for everyone, including pregnant women", "High doses of vitamin A in pregnancy can harm the developing baby",
  "The tablets are called safe for pregnant women while the same high doses are said to harm the baby.")
c(P, "news_report", "potassium salt substitute (coined brand Salvita)",
  "A low-sodium salt, Salvita, has become a best-seller after a TV doctor praised it. The maker says Salvita is safe for everyone, whatever their health. It replaces two-thirds of the sodium with potassium chloride. Cutting salt is one of the simplest ways to lower blood pressure. In people with kidney disease, the extra potassium can build up and cause a dangerously slow heartbeat. It sells for \u00a32.50 a tub.",
  "Salvita is safe for everyone, whatever their health", "In people with kidney disease, the extra potassium can build up",
  "The product is said to be safe regardless of health, but is harmful in kidney disease.")
c(P, "blog", "cold-water plunge tub (FrostBox)",
  "My FrostBox cold plunge tub arrived last month and I've used it every single morning. Anyone can use it, and that's the beauty of it. It holds the water at 4\u00b0C. Three minutes in and my brain feels like it's been rebooted. People with heart conditions have collapsed from the cold shock of plunges like this, which is why the manual includes a warning. I've never felt better.",
  "Anyone can use it", "People with heart conditions have collapsed from the cold shock of plunges like this",
  "The tub is said to be usable by anyone while people with heart conditions are said to be harmed.")
c(P, "consumer_guide", "ketogenic diet",
  "The ketogenic diet cuts carbohydrates to about 20 to 50 g a day. It suits every body, no matter your medical history. Breakfast might be eggs, bacon and spinach. After a few days the body starts burning fat for fuel. People with type 1 diabetes following the diet risk a dangerous build-up of ketones in the blood. Many people find it hard to stick with.",
  "It suits every body, no matter your medical history", "People with type 1 diabetes following the diet risk a dangerous build-up of ketones",
  "The diet is said to suit everyone regardless of medical history and then to endanger people with type 1 diabetes.")
c(P, "product_page", "raspberry leaf and blue cohosh tea (MamaBloom)",
  "MamaBloom tea blends raspberry leaf, nettle and blue cohosh in a gentle, caffeine-free brew. It's perfectly safe throughout pregnancy and breastfeeding. Enjoy up to three cups a day. Each box holds 20 biodegradable bags. Blue cohosh may trigger contractions and has been linked to heart problems in newborns whose mothers drank it. Ethically sourced herbs.",
  "It's perfectly safe throughout pregnancy and breastfeeding", "Blue cohosh may trigger contractions and has been linked to heart problems in newborns",
  "The tea is called safe throughout pregnancy, then an ingredient is said to harm in pregnancy.")
c(P, "press_release", "40 Hz flicker light headset (Lumenta)",
  "SAN DIEGO \u2014 Neuronique today announced Lumenta, a headset that delivers 40 Hz flickering light and sound for an hour a day. Lumenta is safe for everyone, with no exclusions. The company is running a study in people with mild memory problems. \"We believe light can support the brain,\" said co-founder Dr Isla Ward. In people with photosensitive epilepsy, the flickering light can set off seizures. Lumenta will be sold direct to consumers.",
  "Lumenta is safe for everyone, with no exclusions", "In people with photosensitive epilepsy, the flickering light can set off seizures",
  "Safe for everyone with no exclusions is contradicted by seizure risk in epilepsy.")
c(P, "consumer_guide", "xylometazoline decongestant nasal spray",
  "Decongestant sprays clear a blocked nose within minutes. This one is suitable for the whole household. Use one spray in each nostril up to three times a day. Don't use it for more than seven days, or your nose may rebound and block up. In babies and young children it can cause slow breathing, agitation and drowsiness. Saline drops are a gentler option.",
  "This one is suitable for the whole household", "In babies and young children it can cause slow breathing, agitation and drowsiness",
  "Suitable for the whole household clashes with harms in babies and young children.")
# controls
c(P, "consumer_guide", "paracetamol for adults and children",
  "Paracetamol is safe for most people, including pregnant women, when taken as directed. Children's versions come in liquid form. People with severe liver disease should talk to their doctor first, as they may need a lower dose. Never take two products containing paracetamol at once.",
  "Paracetamol is safe for most people", "People with severe liver disease should talk to their doctor first",
  "The claim is hedged to 'most people', and the liver caution fits within it.", "hedge_agree")
c(P, "product_page", "adult vs child multivitamin",
  "VitaDaily Adult is suitable for all adults, including those over 70. It contains 100% of the daily value for 20 vitamins and minerals. Our children's range is separate. Adult iron tablets like these can poison young children, so keep them locked away. For kids, choose VitaDaily Junior instead.",
  "VitaDaily Adult is suitable for all adults", "Adult iron tablets like these can poison young children",
  "Suitability is claimed for adults only; the harm is in children, who are outside the claim.", "excluded_condition")
c(P, "news_report", "fluoride toothpaste myth",
  "Dentists have pushed back against videos claiming fluoride toothpaste damages children's brains. Fluoride toothpaste is safe for everyone from the first tooth, said Professor Anil Mehta, provided children use a smear or pea-sized amount. The videos claim fluoride lowers children's IQ, a claim based on very high water levels abroad, not toothpaste, he said. The claim is not supported for normal use.",
  "Fluoride toothpaste is safe for everyone from the first tooth", "fluoride lowers children's IQ",
  "The harm claim is reported as a video claim that the expert rejects.", "debunked_claim")
c(P, "blog", "hot yoga",
  "Hot yoga changed my life and I think it's a great fit for most people. Is it safe if you're pregnant? That's the question I get most. I'm not a doctor, so I always point people to their midwife. Beginners should bring water and take breaks.",
  "it's a great fit for most people", "Is it safe if you're pregnant?",
  "The pregnancy concern is posed only as a question, and the claim is hedged.", "question")
c(P, "press_release", "reformulated sunscreen (SunVeil)",
  "Coastline Skincare announced a reformulated SunVeil SPF50. The 2021 formula contained a fragrance that caused rashes in some people with sensitive skin. The new formula is fragrance-free and suitable for all skin types. It has been dermatologist-tested on 120 volunteers with eczema. SunVeil is available in 50 ml and 200 ml bottles.",
  "The 2021 formula contained a fragrance that caused rashes in some people with sensitive skin", "The new formula is fragrance-free and suitable for all skin types",
  "The rash belonged to the old formula; suitability is claimed for the new one.", "past_vs_present")
c(P, "consumer_guide", "aspirin and children",
  "Low-dose aspirin is safe for many adults with heart disease when a doctor recommends it. Aspirin should never be given to children under 16, because it is linked to Reye's syndrome, a rare but serious illness. For children's fevers, use paracetamol or ibuprofen. Adults without heart disease shouldn't start aspirin on their own.",
  "Low-dose aspirin is safe for many adults with heart disease", "Aspirin should never be given to children under 16",
  "The safety claim is about adults with heart disease; children are a different group.", "excluded_condition")
c(P, "news_report", "COVID booster and fatigue",
  "This autumn's booster is safe for nearly all adults, health officials said. They stressed that lingering exhaustion months after infection is a feature of long COVID, not of the vaccine. Short-lived tiredness for a day after the jab is common. Clinics are open at weekends.",
  "This autumn's booster is safe for nearly all adults", "lingering exhaustion months after infection is a feature of long COVID",
  "The exhaustion is attributed to the disease, not the booster.", "symptom_vs_side_effect")
c(P, "news_report", "whole-body cryotherapy chamber",
  "The operators of a new cryotherapy spa say their -110\u00b0C chambers are safe for everyone. Doctors aren't so sure. A review of case reports found frostbite and raised blood pressure in people using the chambers, said Dr Yuki Tanaka. She advised people with heart problems to stay away. The spa charges \u00a345 a session.",
  "their -110\u00b0C chambers are safe for everyone", "A review of case reports found frostbite and raised blood pressure",
  "The safety-for-everyone claim is attributed to the operators and countered by the article's evidence.", "disputed_attribution")
