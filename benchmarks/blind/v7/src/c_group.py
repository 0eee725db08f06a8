from common import C, K
P = "group_harm"
C(P, "blog", "listicle", "high-intensity interval training programme (Blitz30)",
"# 7 things to know before you start Blitz30\n1. Each workout lasts 30 minutes.\n2. Injury-free by design: the moves are low-impact.\n3. You need only a mat and a pair of dumbbells.\n4. Plenty of beginners develop knee or Achilles injuries in the first month, usually from the jump sequences.\n5. Rest days are built into the plan.\n6. A heart-rate monitor helps but is optional.\n7. Progress photos every two weeks keep you motivated.",
"Injury-free by design", "Plenty of beginners develop knee or Achilles injuries in the first month",
"An injury-free programme cannot also commonly injure beginners.", ["struct"])
C(P, "product_page", "product_page", "ashwagandha root capsules (CalmRoot)",
"CalmRoot ashwagandha capsules are made from organic root extract standardised to 5% withanolides. No side effects. Take two capsules daily with food. Our customers tell us they feel more settled within two weeks. Stomach upset and loose stools are among the most common complaints from people who take it, so start with one capsule.",
"No side effects", "Stomach upset and loose stools are among the most common complaints from people who take it",
"Claiming no side effects conflicts with naming common complaints from users.", ["hidden"])
C(P, "news_report", "regional_paper", "cataract surgery at a private clinic",
"Waiting lists for cataract surgery have fallen at the Lakeside Eye Centre after it began offering NHS-funded operations. Patients can expect a problem-free recovery, the centre's director told us. The 15-minute procedure replaces the clouded lens with an artificial one. He added that around 1 in 20 patients develop clouding behind the new lens within two years and need a short laser treatment to clear it. The centre now treats about 60 patients a week.",
"Patients can expect a problem-free recovery", "around 1 in 20 patients develop clouding behind the new lens within two years",
"A problem-free recovery is contradicted by a stated complication rate.", ["num","uk"])
C(P, "consumer_guide", "ask_doctor", "statin tablets (atorvastatin)",
"Q: My GP wants me to start atorvastatin. Will it give me side effects?\nA: Atorvastatin is one of the most widely used medicines in the country. For the people who take it, it has no side effects worth mentioning. It lowers LDL cholesterol by blocking an enzyme in the liver. Muscle aches are reported by a sizeable minority of users, typically in the thighs and shoulders, and are the main reason people stop. If that happens, your GP can try a lower dose or a different statin.",
"it has no side effects worth mentioning", "Muscle aches are reported by a sizeable minority of users",
"A side effect that is the main reason people stop is worth mentioning; the statements conflict.", ["struct","hidden"])
C(P, "press_release", "press_release", "retinol night serum (Revella)",
"LONDON — Revella Skincare announces the launch of its Overnight Renewal Serum, a 0.5% retinol formula. The serum is suitable for sensitive skin with no irritation. \"Our formula encapsulates the retinol so it is released slowly,\" said head of product development Priya Nair. In a consumer panel of 120 women, 31 reported peeling, redness or stinging in the first fortnight. The serum will retail at £45.",
"suitable for sensitive skin with no irritation", "31 reported peeling, redness or stinging in the first fortnight",
"No irritation conflicts with a quarter of the panel reporting peeling, redness or stinging.", ["num","uk"])
C(P, "blog", "pharmacy_blog", "fitness tracker app for running (Stride+)",
"We love Stride+, the couch-to-5K app that's taken our staff by storm. It eases you in gently. Shin pain is a thing of the past with this plan. The app uses short run-walk intervals over nine weeks. Many of the newcomers who follow it get shin splints around week four, when the running intervals jump. A good pair of trainers fitted in store helps.",
"Shin pain is a thing of the past with this plan", "Many of the newcomers who follow it get shin splints around week four",
"Shin splints among users contradict the claim that shin pain is eliminated.", ["hidden"])
C(P, "blog", "blog", "low-carb diet",
"I've done low-carb for three years now, and I can honestly say it gave me zero headaches, ever, even in the first week. People ask me how I started. Here's what I tell them. Cut bread, pasta and sugar first. Headaches are among the most common complaints from people who start a low-carb diet, and I was no exception: mine lasted about five days. Drink water and add a pinch of salt.",
"it gave me zero headaches, ever, even in the first week", "Headaches are among the most common complaints from people who start a low-carb diet, and I was no exception: mine lasted about five days",
"The writer says both that she never had headaches and that hers lasted five days.", ["hidden"])
C(P, "consumer_guide", "leaflet", "CPAP machine for sleep apnoea",
"## Your CPAP machine\nKey facts\n- Comfortable from night one\n- Treats obstructive sleep apnoea by keeping your airway open\n- Use it every night\n## Getting used to it\nMost new users find the mask uncomfortable for the first two to four weeks and many take it off in their sleep. A dry nose and mouth are also common. Our sleep physiologists can refit your mask.",
"Comfortable from night one", "Most new users find the mask uncomfortable for the first two to four weeks",
"Comfortable from the first night conflicts with most new users finding it uncomfortable for weeks.", ["struct","uk"])

K(P, "product_page", "product_page", "ashwagandha capsules",
"CalmRoot ashwagandha is well tolerated by most people. A minority of customers report mild stomach upset, which usually settles within a week if you take it with food. Not for use in pregnancy or if you have a thyroid condition.",
"hedge_agree", "well tolerated by most people", "A minority of customers report mild stomach upset",
"'Most people' leaves room for a minority with side effects.", [])
K(P, "consumer_guide", "leaflet", "cataract surgery",
"## Cataract surgery: what to expect\nMost patients have a smooth recovery and see better within days.\n## Later problems\nAbout 1 in 20 patients develop clouding behind the new lens months or years later. This is treated with a quick laser procedure in clinic.",
"hedge_agree", "Most patients have a smooth recovery", "About 1 in 20 patients develop clouding behind the new lens",
"A smooth recovery for most is compatible with a 5% later complication.", ["struct","num","uk"])
K(P, "blog", "listicle", "HIIT programme vs running",
"# 5 workouts for busy parents\n1. Blitz30: low-impact circuits that are gentle on joints, good for beginners.\n2. Swimming: kind to knees and hips.\n3. Road running: many beginners develop shin splints or knee pain in the first months.\n4. Cycling: build up gradually.\n5. Yoga: great for flexibility.",
"different_intervention", "gentle on joints, good for beginners", "many beginners develop shin splints or knee pain",
"The injuries are said of road running, not of Blitz30.", ["struct"])
K(P, "consumer_guide", "ask_doctor", "statins",
"Q: Do statins cause muscle pain?\nA: Muscle aches are among the most common complaints from people who take statins. But in blinded trials, people on placebo reported aches almost as often, which suggests many of the aches are not caused by the statin itself. Statins do not cause muscle pain in everyone; only a small proportion have aches that are truly drug-related.",
"hedge_agree", "Muscle aches are among the most common complaints from people who take statins", "only a small proportion have aches that are truly drug-related",
"Both sides agree: complaints are common, true drug-related aches are fewer.", ["struct"])
K(P, "news_report", "regional_paper", "CPAP machines",
"Patients with sleep apnoea in Wrexham are being offered a new-style CPAP mask. The old full-face masks were a common complaint: many new users found them uncomfortable for weeks. The new nasal-pillow design is comfortable from the first night for most patients, according to a hospital audit of 200 users. The sleep clinic hopes more people will stick with treatment.",
"different_intervention", "many new users found them uncomfortable for weeks", "comfortable from the first night for most patients",
"The discomfort is of the old masks; the comfort claim is for the new design.", ["num","uk"])
K(P, "press_release", "press_release", "retinol serum",
"Revella's Overnight Renewal Serum has no reported irritation in our panel of people with normal skin. People with rosacea or eczema found it stinging, so we do not recommend it for them. A gentler version for reactive skin will launch in autumn.",
"population_differs", "no reported irritation in our panel of people with normal skin", "People with rosacea or eczema found it stinging",
"The no-irritation statement is restricted to normal skin; stinging is in a different group.", [])
K(P, "blog", "pharmacy_blog", "couch-to-5K app",
"Does a couch-to-5K plan cause shin splints? It's a common worry. Shin splints are a frequent complaint among new runners in general, but the Stride+ plan's slow run-walk build-up is designed to lower that risk, and in the company's own survey fewer users reported shin pain than with faster plans. Good trainers help too.",
"hedge_agree", "Shin splints are a frequent complaint among new runners in general", "designed to lower that risk",
"Lowering a risk is consistent with that risk being common in new runners generally.", [])
K(P, "consumer_guide", "leaflet", "low-carb diet",
"## Starting a low-carb diet\nHeadaches, tiredness and irritability are common in the first week, sometimes called 'keto flu'. They usually settle by the second week.\n## After the first fortnight\nMost people feel well on the diet and report no ongoing headaches.",
"past_vs_present", "Headaches, tiredness and irritability are common in the first week", "report no ongoing headaches",
"Early headaches and no ongoing headaches later are about different time periods.", ["struct","uk"])
