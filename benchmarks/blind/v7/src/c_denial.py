from common import C, K
P = "denial_form"
C(P, "product_page", "clinic_page", "microneedling facial (DermaPrick)",
"## DermaPrick collagen induction\nKey facts: 45-minute treatment | numbing cream included | carries no risk of scarring\nMicroneedling uses fine needles to create tiny channels in the skin, prompting it to repair itself. Most clients need three sessions, four weeks apart. Our practitioners are trained in-house. In rare cases, particularly on darker skin or after picking at scabs, the treatment has been linked to small pitted scars. We will talk you through aftercare at your consultation.",
"carries no risk of scarring", "the treatment has been linked to small pitted scars",
"Saying it carries no risk of scarring contradicts the later link to pitted scars.", ["struct","uk"])
C(P, "blog", "pharmacy_blog", "pseudoephedrine decongestant (Clearanase)",
"## Clearanase at a glance\n- Clears a blocked nose within 30 minutes\n- Won't raise your blood pressure\n- One tablet every six hours if needed\nClearanase tablets contain pseudoephedrine, which shrinks swollen blood vessels in the lining of the nose. They are handy when a cold leaves you unable to breathe through your nose at night. Because pseudoephedrine narrows blood vessels throughout the body, it can push blood pressure up, so people with hypertension should ask a pharmacist first. Don't use them for more than a week.",
"Won't raise your blood pressure", "it can push blood pressure up",
"The bullet denies a blood-pressure rise that the body text then describes.", ["struct","num","hidden"])
C(P, "product_page", "product_page", "vitamin C gummies (SunnyC)",
"SunnyC Gummies: 100% free of sugar, bursting with orange flavour. Each gummy delivers 80 mg of vitamin C. Kids and grown-ups love the chewy texture. Ingredients: glucose syrup, sucrose, gelatine, citric acid, ascorbic acid, natural orange flavour. Store below 25°C.",
"100% free of sugar", "glucose syrup, sucrose",
"The ingredients list includes sugars, contradicting the sugar-free claim.", ["struct"])
C(P, "consumer_guide", "listicle", "caffeine-free herbal energy drink (Vymo)",
"# 5 things to know about Vymo energy shots\n- Zero caffeine: your sleep stays untouched.\n- Made with ginseng and B vitamins.\n- Sold in 60 ml shots.\nMany people reach for Vymo in the mid-afternoon slump. Each shot contains guarana extract providing roughly 75 mg of caffeine, about the same as a small coffee. Drink it at least six hours before bed.",
"Zero caffeine", "providing roughly 75 mg of caffeine",
"A zero-caffeine claim conflicts with 75 mg of caffeine per shot.", ["struct","num"])
C(P, "news_report", "regional_paper", "home teeth-whitening kit (Pearlia)",
"A teeth-whitening kit sold in high-street shops has proved popular with young people in the county. Pearlia's gel, used with an LED mouth tray, leaves enamel completely unharmed, according to its packaging. The kit costs £39. The kit is sold only to over-18s. The gel contains an acid that softens and wears away a thin layer of enamel with repeated use, the packaging's own small print explains. Trading Standards said the product was legal to sell.",
"leaves enamel completely unharmed", "softens and wears away a thin layer of enamel",
"The packaging is reported as claiming enamel is unharmed and also that the gel wears enamel away; the article reports both without resolving.", ["uk","hidden"])
C(P, "blog", "podcast", "keto meal-replacement shake (KetoLean)",
"Show notes, episode 88. Our host tried KetoLean shakes for a month. He said on the show: \"With these you can forget about cholesterol going up.\" We also discuss how ketogenic diets shift the body to burning fat. Later he shared his own results: \"My LDL went from 3.1 to 4.4 over the month.\" Next week: sleep trackers.",
"you can forget about cholesterol going up", "My LDL went from 3.1 to 4.4 over the month",
"The host's own reported LDL rise contradicts his claim that cholesterol won't go up.", ["num","hidden"])
C(P, "consumer_guide", "leaflet", "nicotine patches",
"## Nicotine patches: patient information\nNicotine patches release a steady dose of nicotine through the skin to ease cravings.\n- No skin problems to worry about\n- Change the patch every 24 hours\n- Use a different site each day\nItching, redness or a rash where the patch sits affects around 1 in 5 users. If the skin blisters, remove the patch and speak to your pharmacist.",
"No skin problems to worry about", "Itching, redness or a rash where the patch sits affects around 1 in 5 users",
"Dismissing skin problems conflicts with a rash rate of one in five.", ["struct","num","uk"])
C(P, "product_page", "newsletter", "collagen peptide powder (Collagenix)",
"Good morning from the Collagenix team! This month we are celebrating five years of making collagen simple. Our peptides are sourced from grass-fed cattle. You'll never put on a pound from a daily scoop, so it fits any eating plan. Each scoop provides 10 g of collagen. At 90 calories per serving, even one scoop a day adds up over a month, and some members have noticed a little weight gain. Reply to this email to tell us your story.",
"You'll never put on a pound from a daily scoop", "some members have noticed a little weight gain",
"Never gaining weight from it conflicts with members noticing weight gain.", [])

K(P, "consumer_guide", "leaflet", "pseudoephedrine decongestant",
"Pseudoephedrine won't raise blood pressure significantly in most healthy adults at the normal dose. It can push blood pressure up in people who already have high blood pressure or heart disease. If you have either condition, choose a saline spray instead. Do not take it for more than seven days.",
"population_differs", "won't raise blood pressure significantly in most healthy adults", "It can push blood pressure up in people who already have high blood pressure",
"The denial is limited to healthy adults; the rise is said of a different population.", ["uk"])
K(P, "product_page", "product_page", "sugar-free vitamin C gummies",
"SunnyC Zero gummies are free of sugar and sweetened with xylitol. Each gummy contains 80 mg of vitamin C.\nIngredients: xylitol, pectin, citric acid, ascorbic acid, natural orange flavour.\nPlease note: our original SunnyC gummies, sold in the yellow tub, do contain glucose syrup.",
"different_intervention", "free of sugar", "do contain glucose syrup",
"The sugar is in the original product, not in the sugar-free Zero version.", ["struct","hidden"])
K(P, "news_report", "regional_paper", "microneedling",
"A beauty salon in Ashby has been advertising that its microneedling treatment carries no risk of scarring. Dermatologist Dr Helen Marsh said that claim was wrong. \"Any treatment that punctures the skin can cause scarring, especially if aftercare is poor,\" she told us. The salon has since removed the wording from its website.",
"disputed_attribution", "carries no risk of scarring", "Any treatment that punctures the skin can cause scarring",
"The article reports the salon's claim and then an expert rebuttal; the article does not assert both.", ["uk"])
K(P, "blog", "listicle", "decaffeinated green tea",
"# 6 facts about decaf green tea\n1. It is not entirely caffeine-free: expect around 2 to 5 mg per cup.\n2. Most of the antioxidant catechins survive the decaf process.\n3. A cup of ordinary green tea, by comparison, has about 30 mg of caffeine.\n4. Some people with caffeine sensitivity still notice a slight effect from decaf.\n5. Brew at 80°C.\n6. It is fine for most people in the evening.",
"hedge_agree", "It is not entirely caffeine-free", "still notice a slight effect from decaf",
"Both statements agree that decaf has a little caffeine.", ["struct","num"])
K(P, "consumer_guide", "ask_doctor", "home whitening gel",
"Q: Will a whitening gel damage my enamel?\nA: Peroxide gels used as directed, for 14 days, leave enamel essentially unharmed in the studies I have read. Overuse is another matter: using the gel daily for months, or leaving trays in overnight, can roughen the enamel surface. Follow the instructions and take breaks between courses.",
"conditional_scope", "leave enamel essentially unharmed", "can roughen the enamel surface",
"The harm is said only of overuse, outside the scope of the 'as directed' safety claim.", ["struct","num"])
K(P, "blog", "podcast", "nicotine patches",
"Episode 12: Quitting smoking. Do nicotine patches cause heart attacks? It's a fear we hear a lot. Our guest, a stop-smoking adviser, explains that patches deliver far less nicotine than cigarettes and carry no increased risk of heart attack in people with stable heart disease, according to the trials she cites. She also talks about combining patches with gum.",
"question", "Do nicotine patches cause heart attacks?", "carry no increased risk of heart attack",
"The heart-attack side is a question, not a claim.", [])
K(P, "product_page", "newsletter", "collagen drink reformulation",
"We listened! Our old Collagenix Glow drink contained 12 g of added sugar per bottle, and some of you told us it wasn't right for you. From this month, Collagenix Glow is free of added sugar, flavoured only with fruit extracts. Same price, same glow.",
"past_vs_present", "contained 12 g of added sugar per bottle", "free of added sugar",
"The sugar is in the old recipe; the sugar-free claim is about the new one.", ["num"])
K(P, "consumer_guide", "pharmacy_blog", "nicotine patches",
"Nicotine patches pose no risk of lung cancer: it is the tar and other chemicals in tobacco smoke, not nicotine, that cause it. That's why nicotine replacement is recommended for people trying to quit. The most common side effects are skin irritation at the patch site and vivid dreams if the patch is worn overnight. Swap to a 16-hour patch if the dreams bother you.",
"different_outcome_measure", "pose no risk of lung cancer", "skin irritation at the patch site and vivid dreams",
"Denying a cancer risk is consistent with listing skin irritation and dreams as side effects.", [])
