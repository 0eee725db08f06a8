from common import C, K
P = "dose_limit"
C(P, "product_page", "product_page", "melatonin gummies (Dozely)",
"## Dozely Sleep Gummies\n- 3 mg melatonin per gummy\n- Strawberry flavour, vegan\n- Safe at any dose\nChew one gummy 30 minutes before bed. Dozely helps reset your body clock after travel or shift work. Never take more than 3 mg in a night: higher amounts can cause next-day grogginess and headaches.",
"Safe at any dose", "Never take more than 3 mg in a night",
"'Safe at any dose' conflicts with a hard nightly maximum because of harm at higher amounts.", ["struct","num"])
C(P, "consumer_guide", "pharmacy_blog", "paracetamol",
"## Paracetamol: the quick answer\nHow much can I take? As much as you need, without worrying.\n## The details\nParacetamol is one of the gentlest painkillers there is, and it works well for headaches, fever and mild aches. Adults should never go over 4 grams, which is eight 500 mg tablets, in 24 hours, because more than that can seriously damage the liver. Check cold remedies too, as many contain paracetamol.",
"As much as you need, without worrying", "Adults should never go over 4 grams",
"Unlimited use in the summary box conflicts with a strict daily maximum in the body.", ["struct","num","uk"])
C(P, "blog", "podcast", "vitamin D3 drops (SunDrop)",
"Episode 31 recap: the sunshine vitamin. Our host swears by SunDrop vitamin D3 drops through the winter. \"There's really no upper limit with vitamin D; you can't overdo it,\" she says. We discuss who is at risk of deficiency and how skin colour matters. Later in the episode she explains that taking more than 4,000 units a day for long periods can raise blood calcium to harmful levels. Links to NHS guidance are below.",
"There's really no upper limit with vitamin D; you can't overdo it", "taking more than 4,000 units a day for long periods can raise blood calcium to harmful levels",
"The host both denies any upper limit and describes harm above 4,000 units.", ["num","hidden"])
C(P, "news_report", "regional_paper", "ibuprofen gel (FlexiRub)",
"Local runners have been stocking up on FlexiRub, an ibuprofen gel sold at the Market Street pharmacy, ahead of the city half-marathon. The pharmacist said the gel could be rubbed in as often as you like because so little reaches the bloodstream. The gel is applied to sore muscles and joints. She added that it should not be applied more than four times in 24 hours, and not for more than two weeks without advice. Organisers expect 3,000 runners on Sunday.",
"could be rubbed in as often as you like", "it should not be applied more than four times in 24 hours",
"Unlimited application conflicts with a limit of four times a day.", ["num","hidden"])
C(P, "product_page", "newsletter", "caffeine pre-workout powder (Surge)",
"Hey team, Surge pre-workout is 20% off this week! One scoop gives you 200 mg of caffeine plus beta-alanine for that tingle. Stack scoops however you like — more scoops, more energy, no downside. Our founder Jake uses it before every session. Please stick to a maximum of two scoops (400 mg caffeine) a day, as more can cause palpitations.",
"more scoops, more energy, no downside", "stick to a maximum of two scoops (400 mg caffeine) a day, as more can cause palpitations",
"'No downside' to more scoops conflicts with a cap due to palpitations.", ["num"])
C(P, "consumer_guide", "leaflet", "loperamide anti-diarrhoea capsules",
"## Loperamide: your questions answered\nThere is no maximum dose; take a capsule after each loose stool until it stops.\nLoperamide slows down the gut so that more water is absorbed. It works within an hour or two.\n## How much to take\nAdults: 2 capsules at first, then 1 after each loose stool, up to a maximum of 6 capsules in 24 hours. Higher doses have been linked to heart rhythm problems.",
"There is no maximum dose", "up to a maximum of 6 capsules in 24 hours",
"The leaflet both denies a maximum dose and states one.", ["struct","num","uk"])
C(P, "press_release", "press_release", "turmeric extract (CurcuMax)",
"Brightleaf Naturals today unveiled CurcuMax 1000, a high-strength turmeric capsule. Because the curcumin in it is plant-derived, there is no such thing as too much. \"We designed it for people who want serious strength,\" said managing director Tom Hale. Each capsule provides 1,000 mg of turmeric extract. The label advises no more than two capsules daily, as higher intakes have caused liver injury in rare reports. CurcuMax 1000 is available online.",
"there is no such thing as too much", "higher intakes have caused liver injury in rare reports",
"'No such thing as too much' conflicts with a maximum and reported liver injury at higher intakes.", ["num","hidden"])
C(P, "consumer_guide", "ask_doctor", "diphenhydramine sleep tablets",
"Q: I take a diphenhydramine sleep aid. Can I double up on bad nights?\nA: It's fine to take extra on a bad night; it isn't habit-forming and it's gentle. Diphenhydramine is an older antihistamine that makes you drowsy. Use it for no more than two weeks. Never take more than 50 mg in a night, because larger doses can cause confusion, a racing heart and, in older people, falls.",
"It's fine to take extra on a bad night", "Never take more than 50 mg in a night",
"Advising extra doses conflicts with a strict nightly maximum.", ["struct","num"])

K(P, "product_page", "product_page", "melatonin gummies",
"Dozely gummies contain 1 mg of melatonin each. Take one or two gummies before bed, up to a maximum of 3 mg (three gummies) a night. Do not exceed three gummies in any night.",
"consistent_dose", "up to a maximum of 3 mg (three gummies) a night", "Do not exceed three gummies in any night",
"Both sentences give the same limit: three 1 mg gummies equals 3 mg.", ["num"])
K(P, "consumer_guide", "leaflet", "paracetamol for children",
"## Paracetamol for children\nChildren aged 6 to 8 years: 250 mg per dose, no more than 4 doses in 24 hours.\nAdults and children over 16: up to 1 g per dose, maximum 4 g in 24 hours.\nNever give adult tablets to young children.",
"population_differs", "250 mg per dose", "up to 1 g per dose",
"Different limits apply to different age groups; they do not conflict.", ["struct","num","uk"])
K(P, "blog", "podcast", "vitamin D supplement",
"Episode 32: Vitamin D myths. A listener wrote in: \"Someone told me you can't overdose on vitamin D.\" Our guest pharmacist said that was simply untrue. Taking more than 4,000 units a day for months can raise calcium levels and harm the kidneys. Most adults need only 400 units a day in winter.",
"debunked_claim", "you can't overdose on vitamin D", "Taking more than 4,000 units a day for months can raise calcium levels",
"The no-overdose claim is reported and explicitly rejected.", ["num"])
K(P, "news_report", "regional_paper", "ibuprofen gel",
"Topical ibuprofen can be used more often than tablets because far less reaches the bloodstream, a pharmacist explained at the runners' clinic. Even so, it should not be applied more than four times a day. Tablets are limited to 1,200 mg a day without a prescription.",
"consistent_dose", "can be used more often than tablets", "should not be applied more than four times a day",
"Using a gel more often than tablets is compatible with a four-times-a-day limit.", ["num","uk"])
K(P, "product_page", "newsletter", "caffeine pre-workout",
"Is Surge safe at any dose? No. We get this question a lot. One scoop gives 200 mg caffeine; please keep to two scoops a day at most.",
"question", "Is Surge safe at any dose?", "keep to two scoops a day at most",
"The 'any dose' phrase is a question that the text answers with a limit.", ["num"])
K(P, "consumer_guide", "pharmacy_blog", "loperamide",
"Loperamide is safe at the recommended dose: up to 6 capsules (12 mg) in 24 hours. At doses far above that, it has been linked to heart rhythm problems. Stick to the pack instructions and don't use it for more than 48 hours without advice.",
"conditional_scope", "safe at the recommended dose", "At doses far above that, it has been linked to heart rhythm problems",
"The safety claim is scoped to the recommended dose; harm is at higher doses.", ["num"])
K(P, "press_release", "press_release", "turmeric capsules",
"Brightleaf Naturals is updating its CurcuMax labels. Earlier packs stated there was no maximum daily intake. Correction: following new safety guidance, the label now advises no more than two capsules a day. Customers with older packs should follow the new advice.",
"corrected_claim", "there was no maximum daily intake", "the label now advises no more than two capsules a day",
"The later line is an explicit correction of the earlier label.", [])
K(P, "consumer_guide", "ask_doctor", "sleep tablets vs melatonin",
"Q: Which is safer for occasional sleeplessness?\nA: Melatonin at 1 to 3 mg is a reasonable short-term option for jet lag. Diphenhydramine, the drug in many sleep tablets, should never be taken above 50 mg a night and is best avoided in older adults. Try sleep hygiene first.",
"different_intervention", "Melatonin at 1 to 3 mg is a reasonable short-term option", "should never be taken above 50 mg a night",
"The two dose statements are about different medicines.", ["struct","num"])
