from common import C, K
P = "direction"
C(P, "product_page", "product_page", "berberine capsules (Glucobal)",
"## Glucobal Berberine\nKey facts: helps lower blood sugar after meals | 500 mg per capsule\nBerberine is a compound found in barberry and goldenseal. Take one capsule with each main meal. Glucobal raises blood sugar levels after meals, so take it with food. Not suitable in pregnancy.",
"helps lower blood sugar after meals", "Glucobal raises blood sugar levels after meals",
"Lowering and raising blood sugar after meals are opposite directions.", ["struct","num","hidden"])
C(P, "consumer_guide", "leaflet", "beta-blocker (bisoprolol)",
"## Bisoprolol\nBisoprolol slows your heart rate and is used for high blood pressure, angina and heart failure. Take it once a day in the morning. You may feel tired for the first few weeks. Bisoprolol speeds up your heart, so check your pulse if you feel unwell.",
"Bisoprolol slows your heart rate", "Bisoprolol speeds up your heart",
"The leaflet says both that the drug slows and speeds the heart.", ["uk"])
C(P, "news_report", "regional_paper", "oat bran cereal (HeartOat)",
"A Norfolk mill's new oat bran cereal, HeartOat, has been approved to carry a health claim. The beta-glucan fibre in it lowers LDL cholesterol, according to the mill. A bowl a day provides 3 g of beta-glucan. Managing director Ian Royce said demand had doubled since the approval. Regular eaters, he added, could expect their LDL cholesterol to climb by about 5% over six weeks.",
"The beta-glucan fibre in it lowers LDL cholesterol", "could expect their LDL cholesterol to climb by about 5% over six weeks",
"Lowering and climbing LDL conflict.", ["uk","num","hidden"])
C(P, "blog", "pharmacy_blog", "iron supplement and haemoglobin",
"Feeling run down? Iron tablets raise haemoglobin in people with iron-deficiency anaemia. Take them on an empty stomach with a glass of orange juice. Constipation is a common side effect. Expect your haemoglobin to fall steadily over the first month of taking them, which is how we know they're working. Your GP will recheck your blood after four weeks.",
"Iron tablets raise haemoglobin", "Expect your haemoglobin to fall steadily over the first month of taking them",
"Raising and falling haemoglobin conflict.", ["num","uk"])
C(P, "consumer_guide", "listicle", "caffeine and blood pressure (energy drink)",
"# 6 things to know before you drink Kickstart\n1. Each can has 160 mg of caffeine.\n2. It lowers your blood pressure, making it a calm kind of energy.\n3. It contains taurine.\n4. Not for children.\n5. Caffeine in it raises blood pressure for a few hours after each can.\n6. Don't mix with alcohol.",
"It lowers your blood pressure", "Caffeine in it raises blood pressure for a few hours after each can",
"Lowering and raising blood pressure conflict for the same drink.", ["struct","num"])
C(P, "press_release", "press_release", "prescription weight-loss injection (Slimora)",
"Corven Bio today published 68-week results for Slimora, its once-weekly injection. Participants lost an average of 14% of their body weight. \"Slimora increases appetite in a controlled way that helps people stick to their plan,\" said Dr Omar Feld, head of research. Slimora mimics a gut hormone. It reduces appetite by slowing stomach emptying and acting on the brain's hunger centres. Regulatory filings are planned for next year.",
"Slimora increases appetite in a controlled way", "It reduces appetite by slowing stomach emptying",
"Increasing and reducing appetite conflict.", ["num","hidden"])
C(P, "blog", "podcast", "magnesium and sleep",
"Episode 70: Magnesium myths. Our host takes magnesium every night and says, \"It makes me more wired and alert at bedtime.\" We discuss supplement forms and absorption. Later in the episode she adds: \"Magnesium calms me down and helps me drift off within ten minutes.\" Our guest dietitian explains the limited evidence.",
"It makes me more wired and alert at bedtime", "Magnesium calms me down and helps me drift off within ten minutes",
"The host describes opposite effects of the same supplement at bedtime.", ["num","hidden"])
C(P, "product_page", "clinic_page", "testosterone replacement therapy",
"## Testosterone therapy at Kestrel Men's Health\n- Boosts energy and libido\n- Increases fertility\n- Monitored by our doctors\nTestosterone is given as a daily gel or injections every few weeks. Our doctors check your blood every three months. Testosterone therapy suppresses sperm production and lowers fertility, so tell us if you are planning a family.",
"Increases fertility", "Testosterone therapy suppresses sperm production and lowers fertility",
"Increasing and lowering fertility conflict.", ["struct","uk"])

K(P, "product_page", "product_page", "berberine capsules (Glucobal)",
"## Glucobal Berberine\nBerberine, the active compound in Glucobal, lowers blood sugar after meals in people with type 2 diabetes, according to several small trials. Take one 500 mg capsule with each main meal. Type 2 diabetes tends to progress, and blood sugar readings can rise over the years whether or not you take a supplement. If your readings climb, see your GP rather than taking more capsules.",
"symptom_vs_side_effect", "lowers blood sugar after meals", "blood sugar readings can rise over the years",
"The rise is attributed to progression of the diabetes, not to the product.", ["struct","num","hidden"])
K(P, "consumer_guide", "leaflet", "bisoprolol vs salbutamol",
"## Your heart medicines and inhalers\nBisoprolol slows your heart rate.\n## Salbutamol inhaler\nSalbutamol can make your heart beat faster for a short time after use. This is harmless.",
"different_intervention", "Bisoprolol slows your heart rate", "Salbutamol can make your heart beat faster",
"The opposite effects are from different medicines.", ["struct","uk"])
K(P, "news_report", "regional_paper", "oat bran cereal",
"HeartOat's beta-glucan lowers LDL cholesterol, according to the mill. Its honey-glazed version, HeartOat Crunch, contains 12 g of sugar per bowl, which may raise blood sugar in people with diabetes.",
"different_outcome_measure", "lowers LDL cholesterol", "may raise blood sugar",
"Cholesterol and blood sugar are different measures.", ["uk","num","hidden"])
K(P, "blog", "pharmacy_blog", "iron tablets",
"Iron tablets raise haemoglobin slowly, usually by about 10 g/L every two to three weeks. Before you started them, your haemoglobin was falling because of the anaemia itself.",
"past_vs_present", "Iron tablets raise haemoglobin slowly", "your haemoglobin was falling because of the anaemia itself",
"The fall happened before treatment and was due to anaemia.", ["num","uk"])
K(P, "consumer_guide", "listicle", "energy drink",
"# Energy drinks: 4 quick facts\n- Caffeine raises blood pressure for a few hours.\n- Regular drinkers develop some tolerance, so the rise becomes smaller.\n- Taurine has no clear effect on blood pressure.\n- Limit yourself to one can a day.",
"hedge_agree", "Caffeine raises blood pressure for a few hours", "the rise becomes smaller",
"A smaller rise in regular drinkers is still a rise; no conflict.", ["struct"])
K(P, "press_release", "press_release", "weight-loss injection",
"Slimora reduces appetite in most users. After people stop the injection, appetite increases again and much of the lost weight tends to return within a year.",
"past_vs_present", "Slimora reduces appetite in most users", "After people stop the injection, appetite increases again",
"Appetite rises after stopping, not while on the drug.", [])
K(P, "blog", "podcast", "magnesium",
"Episode 71: Does magnesium make you sleepy or wired? Most listeners report feeling calmer. A few told us it made them feel restless; our guest says that is likely coincidence, as trials show no stimulating effect.",
"question", "Does magnesium make you sleepy or wired?", "it made them feel restless",
"Opposite directions are posed as a question and a listener report explicitly discounted.", [])
K(P, "product_page", "clinic_page", "testosterone therapy vs fertility treatment",
"## Men's health at Kestrel\nTestosterone therapy suppresses sperm production and lowers fertility.\n## Planning a family?\nClomifene tablets, which we also prescribe, can increase your own testosterone and improve sperm counts.",
"different_intervention", "Testosterone therapy suppresses sperm production and lowers fertility", "can increase your own testosterone and improve sperm counts",
"The fertility improvement is from clomifene, not testosterone therapy.", ["struct","uk"])
