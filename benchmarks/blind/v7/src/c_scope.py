from common import C, K
P = "safety_scope"
C(P, "product_page", "product_page", "spirulina tablets (Bluegreen)",
"## Bluegreen Spirulina\nSafe for everyone, from toddlers to grandparents.\nOur spirulina is grown in closed tanks and tested for heavy metals. Take six tablets a day with water. Spirulina contains phenylalanine, so it is harmful for people with phenylketonuria (PKU) and must not be taken by them.",
"Safe for everyone, from toddlers to grandparents", "it is harmful for people with phenylketonuria (PKU)",
"A universal safety claim conflicts with harm to people with PKU.", ["struct","uk"])
C(P, "consumer_guide", "listicle", "intermittent fasting 16:8",
"# 7 things to know before you try 16:8 fasting\n1. You eat within an 8-hour window.\n2. Anyone can do it safely.\n3. Black coffee and tea are allowed during the fast.\n4. Weight loss is similar to ordinary calorie cutting.\n5. For people with type 1 diabetes on insulin, skipping meals this way can cause dangerous low blood sugar.\n6. Expect some hunger at first.\n7. It is not a licence to eat junk.",
"Anyone can do it safely", "For people with type 1 diabetes on insulin, skipping meals this way can cause dangerous low blood sugar",
"'Anyone can do it safely' conflicts with a danger to people on insulin.", ["struct"])
C(P, "news_report", "regional_paper", "hot yoga classes",
"A new hot yoga studio has opened on Castle Street, with rooms heated to 40°C. Owner Jess Farrow said the classes were safe for everyone. Each class lasts 60 minutes. The studio's own health form notes that during pregnancy the heat can raise core temperature to levels linked with harm to the baby. Introductory classes cost £8.",
"the classes were safe for everyone", "during pregnancy the heat can raise core temperature to levels linked with harm to the baby",
"The owner's unchallenged 'suitable for all' claim conflicts with the studio's pregnancy warning.", ["hidden","uk","num"])
C(P, "consumer_guide", "leaflet", "ibuprofen tablets",
"## Ibuprofen 200 mg tablets\nWho can take it: suitable for all adults.\nIbuprofen reduces pain, fever and inflammation. Take it with food to protect your stomach. In people with a history of stomach ulcers, even a few days of ibuprofen can cause bleeding from the stomach, which can be serious. Do not take it for more than ten days without advice.",
"suitable for all adults", "In people with a history of stomach ulcers, even a few days of ibuprofen can cause bleeding",
"Saying all adults can take it conflicts with serious harm in adults with ulcers.", ["struct","uk"])
C(P, "product_page", "newsletter", "licorice root tea (Rootful)",
"Warm up this winter with Rootful, our caffeine-free licorice root tea!\nCaffeine: none | Suitable for: everyone | Cups per box: 20\nBrewed from sun-dried roots, it has a naturally sweet taste. Two cups a day is our sweet spot. If you have high blood pressure, the glycyrrhizin in it can push your pressure higher and lower your potassium. Shop now and get a free mug.",
"Suitable for: everyone", "If you have high blood pressure, the glycyrrhizin in it can push your pressure higher",
"The table-like 'suitable for everyone' line conflicts with harm in people with high blood pressure.", ["struct","hidden"])
C(P, "blog", "podcast", "cold-water swimming",
"Episode 55: Into the cold. We chat to two wild swimmers about why they plunge into the sea every morning. \"It's safe for absolutely anyone, whatever your health,\" says guest Mo Patel. We cover kit, tides and warming up afterwards. Later, Mo adds that in people with heart disease, the cold shock response can trigger dangerous heart rhythms. Next episode: sauna culture.",
"It's safe for absolutely anyone, whatever your health", "in people with heart disease, the cold shock response can trigger dangerous heart rhythms",
"The same guest gives a universal safety claim and then a harm in people with heart disease, unchallenged.", ["hidden"])
C(P, "press_release", "press_release", "vitamin A skin supplement (GlowA)",
"Lumina Labs today launched GlowA, a vitamin A supplement for clearer skin. Each capsule provides 3,000 micrograms of retinol. \"GlowA is safe for all women,\" said Lumina Labs' chief scientific officer. The product will be sold in pharmacies. Taken in pregnancy, high-dose vitamin A at this level has been linked to birth defects. Launch price is £19.99.",
"GlowA is safe for all women", "Taken in pregnancy, high-dose vitamin A at this level has been linked to birth defects",
"'Safe for all women' conflicts with birth-defect risk in pregnant women.", ["num","uk"])
C(P, "consumer_guide", "ask_doctor", "decongestant nasal spray (oxymetazoline)",
"Ask the doctor: Is my nasal spray safe?\nQ: I use an oxymetazoline spray for my blocked nose. Can everyone use it?\nA: Yes, everyone can use it; it acts only inside the nose. Spray once or twice into each nostril up to twice a day. In children under six, the spray can cause excessive drowsiness and slow breathing even at small doses. Don't use it for more than a week, or the stuffiness may rebound.",
"Yes, everyone can use it", "In children under six, the spray can cause excessive drowsiness and slow breathing",
"'Everyone' conflicts with danger to children under six.", ["struct"])

K(P, "product_page", "product_page", "spirulina tablets",
"Bluegreen Spirulina is suitable for most adults. Not suitable for people with phenylketonuria (PKU), as spirulina contains phenylalanine. Not recommended in pregnancy.",
"excluded_condition", "suitable for most adults", "Not suitable for people with phenylketonuria (PKU)",
"The suitability claim is hedged and PKU is explicitly excluded.", [])
K(P, "consumer_guide", "listicle", "16:8 fasting",
"# 5 facts about 16:8 fasting\n- Safe for most healthy adults who do not have diabetes.\n- People with type 1 diabetes on insulin can get dangerous lows and should not try it without their diabetes team.\n- Black coffee is allowed.\n- Results vary.\n- Stop if you feel faint.",
"excluded_condition", "Safe for most healthy adults who do not have diabetes", "People with type 1 diabetes on insulin can get dangerous lows",
"The safety claim already excludes people with diabetes.", ["struct"])
K(P, "news_report", "regional_paper", "hot yoga",
"The new Castle Street studio describes its heated classes as suitable for all fitness levels, though pregnant women are asked not to take part. Owner Jess Farrow said: \"If you're pregnant, we'll point you to our unheated prenatal class.\" During pregnancy, overheating may harm the baby.",
"excluded_condition", "suitable for all fitness levels, though pregnant women are asked not to take part", "During pregnancy, overheating may harm the baby",
"Pregnant women are excluded in the same sentence as the suitability claim.", ["uk"])
K(P, "consumer_guide", "leaflet", "paracetamol vs ibuprofen",
"## Pain relief in older adults\nParacetamol is suitable for almost all adults, including those with a history of stomach ulcers.\n## When to avoid ibuprofen\nIbuprofen can cause stomach bleeding in people with a history of ulcers, so paracetamol is usually preferred for them.",
"different_intervention", "suitable for almost all adults, including those with a history of stomach ulcers", "Ibuprofen can cause stomach bleeding in people with a history of ulcers",
"The harm is of ibuprofen, not paracetamol.", ["struct","uk"])
K(P, "product_page", "newsletter", "licorice tea",
"Can anyone drink licorice tea? Not quite. Most people can enjoy Rootful every day, but if you have high blood pressure, choose our licorice-free Rooibos Calm instead.",
"question", "Can anyone drink licorice tea?", "if you have high blood pressure, choose our licorice-free Rooibos Calm instead",
"The 'anyone' wording is a question and the answer excludes people with high blood pressure.", ["hidden"])
K(P, "blog", "podcast", "cold-water swimming",
"Episode 56: Cold water, the follow-up. Last week a guest said cold swimming was safe for absolutely anyone. Several GPs wrote in to say that isn't true: in people with heart disease, the shock of cold water can trigger dangerous heart rhythms. We agree, and we've added a note to the previous episode.",
"debunked_claim", "cold swimming was safe for absolutely anyone", "in people with heart disease, the shock of cold water can trigger dangerous heart rhythms",
"The universal safety claim is reported and then rejected.", [])
K(P, "press_release", "press_release", "vitamin A supplement",
"GlowA is safe for all women who are not pregnant or trying to conceive. The product carries a clear warning: high-dose vitamin A in pregnancy has been linked to birth defects. Each capsule contains 3,000 micrograms of retinol.",
"excluded_condition", "safe for all women who are not pregnant or trying to conceive", "high-dose vitamin A in pregnancy has been linked to birth defects",
"Pregnancy is excluded from the safety claim.", ["num"])
K(P, "consumer_guide", "ask_doctor", "saline nasal spray vs decongestant",
"Q: Which nasal spray is safe for my three-year-old?\nA: A saline spray is safe for all ages, including babies. Decongestant sprays such as oxymetazoline can cause drowsiness and slow breathing in children under six, so avoid them at this age.",
"different_intervention", "A saline spray is safe for all ages, including babies", "Decongestant sprays such as oxymetazoline can cause drowsiness and slow breathing in children under six",
"The 'all ages' claim is about saline; the harm is of decongestant sprays.", ["struct"])
