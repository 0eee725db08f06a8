from common import c
P = "group_harm"
c(P, "product_page", "HIIT workout app (Burnix 21)",
  "Burnix 21 is a 21-day high-intensity programme that fits into your lunch break. Every session is under 20 minutes and needs no equipment. Because the moves are low-impact, the programme is injury-free from day one. You'll get a new workout each morning, plus a weekly progress check. Some beginners develop shin splints and knee pain in the first fortnight, so listen to your body. Join 40,000 members today.",
  "the programme is injury-free from day one", "Some beginners develop shin splints and knee pain in the first fortnight",
  "The programme is called injury-free while beginners are said to develop injuries on it.")
c(P, "consumer_guide", "creatine monohydrate powder",
  "Creatine monohydrate is the most studied sports supplement on the market. Most guides describe it as having no side effects worth mentioning. The usual dose is 3 to 5 g a day, mixed into any drink. It helps with short bursts of power, such as sprints and heavy lifts. Muscle cramping and a bloated tummy are among the most common complaints from people who take it. It does not need to be cycled.",
  "having no side effects worth mentioning", "Muscle cramping and a bloated tummy are among the most common complaints from people who take it",
  "Creatine is said to have no notable side effects, then cramping and bloating are called common complaints.")
c(P, "product_page", "retinol night serum (Lumiva)",
  "Lumiva Night Serum combines 0.3% encapsulated retinol with squalane and niacinamide. Its slow-release technology means it won't irritate even sensitive skin. Apply two to three drops to clean skin in the evening. Always wear sunscreen the next day. Many first-time users notice redness, flaking and a burning feeling for the first few weeks. Cruelty-free and made in France.",
  "it won't irritate even sensitive skin", "Many first-time users notice redness, flaking and a burning feeling",
  "No irritation is promised, then irritation is described as common in new users.")
c(P, "blog", "16:8 intermittent fasting plan",
  "I've been doing 16:8 fasting for three months and honestly it's the easiest plan I've ever stuck to. You eat between noon and 8 p.m. and that's it. It does not cause headaches, and I love that you don't need to count anything. I usually break my fast with eggs and avocado. Headaches and feeling light-headed are among the commonest complaints of those starting the plan, so drink plenty of water. I've lost 5 kg so far.",
  "It does not cause headaches", "Headaches and feeling light-headed are among the commonest complaints of those starting the plan",
  "The plan is said not to cause headaches and then headaches are called a common complaint among starters.")
c(P, "news_report", "extended-release diabetes tablet (Glyvora)",
  "Doctors in the region have begun prescribing Glyvora, a slow-release form of an established diabetes drug. Unlike the standard version, the new tablet causes no digestive side effects. Type 2 diabetes affects around one adult in fourteen. Clinics hope fewer patients will stop treatment early. A sizeable minority of patients switching to it still get diarrhoea and tummy cramps in the first month, the trial data show. The tablet is taken once a day with the evening meal.",
  "the new tablet causes no digestive side effects", "A sizeable minority of patients switching to it still get diarrhoea and tummy cramps",
  "The report says the tablet causes no digestive side effects and later that many patients get diarrhoea and cramps on it.")
c(P, "consumer_guide", "ashwagandha root extract",
  "Ashwagandha is an Ayurvedic herb marketed for stress. Unlike sleeping aids, it won't make you drowsy during the day. Most products provide 300 to 600 mg of root extract. Small trials suggest modest effects on self-reported stress. A number of regular users describe feeling sluggish and sleepy in the afternoons. Stop it if you notice yellowing of the skin or dark urine.",
  "it won't make you drowsy during the day", "A number of regular users describe feeling sluggish and sleepy in the afternoons",
  "Daytime drowsiness is denied, then reported among regular users.")
c(P, "press_release", "CPAP nasal mask (SlumberSeal)",
  "BOSTON \u2014 Quellon Respiratory today unveiled SlumberSeal, a nasal pillow mask for people with sleep apnoea. The built-in humidifier channel means SlumberSeal doesn't cause dry mouth. The mask weighs just 48 grams and comes in three cushion sizes. \"Comfort keeps people on therapy,\" said chief executive Maria Chen. Waking up with a parched mouth remains among the top complaints from wearers in the company's own user survey. SlumberSeal ships in April.",
  "SlumberSeal doesn't cause dry mouth", "Waking up with a parched mouth remains among the top complaints from wearers",
  "The mask is said not to cause dry mouth but dry mouth is among wearers' top complaints.")
c(P, "news_report", "recombinant shingles vaccine",
  "Adults over 65 are now being offered the two-dose shingles vaccine at their GP surgery. Officials said the jab doesn't give you a sore arm, unlike the flu vaccine. Shingles can cause nerve pain that lasts months or years. The vaccine is more than 90% effective at preventing the illness in trials. Many older recipients report an aching arm and feeling shivery for a day or two after each dose, the leaflet notes. Appointments can be booked online.",
  "the jab doesn't give you a sore arm", "Many older recipients report an aching arm",
  "The report says the jab does not cause a sore arm and then that many recipients get an aching arm.")
# controls
c(P, "consumer_guide", "omega-3 fish oil capsules",
  "Fish oil capsules are well tolerated by most people. They rarely cause serious problems. The usual dose is 1 g a day. A few users develop fishy burps or mild indigestion, which taking the capsule with food usually solves. Check with your doctor if you take a blood thinner.",
  "They rarely cause serious problems", "A few users develop fishy burps or mild indigestion",
  "The reassurance is hedged ('rarely', 'serious') and the minor effects in a few users fit within it.", "hedge_agree")
c(P, "blog", "couch-to-5k programme vs sprint training",
  "The couch-to-5k plan is brilliant for beginners and felt safe for my creaky knees. It builds up from one-minute jogs over nine weeks. My brother jumped straight into a sprint interval programme instead. Some beginners on sprint plans like that develop hamstring strains, and he was one of them. Slow and steady wins, people.",
  "felt safe for my creaky knees", "Some beginners on sprint plans like that develop hamstring strains",
  "The strains are said of a different programme, not of couch-to-5k.", "different_intervention")
c(P, "news_report", "MMR vaccine autism myth",
  "Measles cases have risen in three districts this winter. The MMR vaccine is safe for the vast majority of children, health officials said. Vaccine rates fell after a rumour that some children develop autism after the jab. That claim has been investigated in studies of millions of children and found to be false. Two doses give about 97% protection against measles.",
  "The MMR vaccine is safe for the vast majority of children", "some children develop autism after the jab",
  "The group-harm claim is presented as a debunked rumour.", "debunked_claim")
c(P, "product_page", "collagen peptide powder (Collaflex)",
  "Collaflex is a hydrolysed collagen powder that dissolves clear in hot or cold drinks. It causes no digestive problems for the great majority of customers. Do some people get a heavy stomach from it? A handful of reviewers have asked, and we recommend splitting the scoop across the day if so. One scoop gives 10 g of collagen.",
  "It causes no digestive problems for the great majority of customers", "Do some people get a heavy stomach from it?",
  "The harm is raised as a question and the claim is already hedged to the majority.", "question")
c(P, "consumer_guide", "ibuprofen for people without asthma",
  "Ibuprofen is a good choice for period pain and sprains. For most adults without asthma or stomach ulcers, it is safe in short courses. Take it with food. Some people with asthma find their breathing gets worse after taking it, which is why they are told to check with a pharmacist first. Don't take it for more than 10 days without advice.",
  "For most adults without asthma or stomach ulcers, it is safe in short courses", "Some people with asthma find their breathing gets worse after taking it",
  "The safety claim explicitly excludes people with asthma, who are the harmed group.", "excluded_condition")
c(P, "press_release", "reformulated children's chewable vitamins (Vitabears)",
  "Kinderlab today announced new sugar-free Vitabears. When the original gummies launched in 2018, some parents said their children got tummy aches after eating several. The new formula removes sugar alcohols that were behind those complaints. In a home-use test with 200 families, the reformulated bears caused no tummy aches. Vitabears are suitable from age three.",
  "some parents said their children got tummy aches after eating several", "the reformulated bears caused no tummy aches",
  "The complaints concern the original 2018 formula, the safety claim the new one.", "past_vs_present")
c(P, "news_report", "inhaled steroid for asthma",
  "A new preventer inhaler has been approved for adults with moderate asthma. Experts said the inhaler does not cause breathlessness when used correctly. Many patients entering the trial reported wheezing and tight chests, the hallmark symptoms of poorly controlled asthma. After 12 weeks on the inhaler, those symptoms had fallen by half. Hoarseness and oral thrush were the most common side effects.",
  "the inhaler does not cause breathlessness", "Many patients entering the trial reported wheezing and tight chests",
  "Wheezing and chest tightness are disease symptoms at trial entry, not effects of the inhaler.", "symptom_vs_side_effect")
c(P, "news_report", "weight-loss tea (SlimLeaf)",
  "The sellers of SlimLeaf tea claim it causes no side effects in anyone. The tea contains senna, a laxative herb, as well as green tea. Dietitians were unconvinced. A review of customer reports by a consumer group found that many regular drinkers had cramps and urgent diarrhoea. Senna is not recommended for long-term use.",
  "it causes no side effects in anyone", "many regular drinkers had cramps and urgent diarrhoea",
  "The no-side-effect claim is attributed to sellers and contradicted by the consumer group's findings, reported as such.", "disputed_attribution")

P = "dose_limit"
c(P, "product_page", "melatonin spray (NoxMist)",
  "NoxMist is an oral melatonin spray with a fresh lavender-mint taste. Because melatonin is a natural hormone, you can't take too much of it. Each spray delivers 0.5 mg. Use it 30 minutes before bed, or on arrival to beat jet lag. Never use more than 10 sprays, or 5 mg, in a single night. Not suitable for children.",
  "you can't take too much of it", "Never use more than 10 sprays, or 5 mg, in a single night",
  "The spray is said to be impossible to overdose on yet a strict nightly maximum is set.")
c(P, "blog", "high-dose vitamin D3",
  "Every winter my vitamin D tanks, so I take D3 drops from October to April. Honestly, vitamin D is safe in any amount, so I don't stress about the number of drops. I also try to get outside at lunchtime. Did you know most of the UK gets almost no useful sunlight in winter? Taking more than 4,000 IU a day for long periods can push calcium too high, with thirst, nausea and a muddled head. I'll retest my levels in spring.",
  "vitamin D is safe in any amount", "Taking more than 4,000 IU a day for long periods can push calcium too high",
  "Vitamin D is called safe in any amount and later said to be harmful above 4,000 IU a day.")
c(P, "product_page", "CBD oil (Verdalin)",
  "Verdalin full-spectrum CBD oil is cold-pressed from organically grown hemp. There is no maximum dose \u2014 find the amount that works for you. Each 10 ml bottle contains 1,000 mg of CBD. Place drops under your tongue and hold for 60 seconds. Keep your intake below 70 mg a day, because higher amounts have been linked to liver strain. Third-party lab tested.",
  "There is no maximum dose", "Keep your intake below 70 mg a day",
  "No maximum dose is claimed and then a 70 mg daily ceiling is set because of liver risk.")
c(P, "consumer_guide", "zinc lozenges for colds",
  "Zinc lozenges are a popular cold remedy. The label on one leading brand says you can take as many as you like through the day. They should be started within a day of symptoms. The evidence for shortening colds is mixed but positive. Going over 40 mg of zinc a day for weeks can cause copper loss, with pins and needles and tiredness. Some people also get a metallic taste.",
  "you can take as many as you like through the day", "Going over 40 mg of zinc a day for weeks can cause copper loss",
  "Unlimited use is endorsed then a 40 mg/day limit is described; the label claim is left unchallenged.")
c(P, "press_release", "caffeine energy gum (Kinetix Gum)",
  "AUSTIN \u2014 Pellar Brands launched Kinetix Gum, a caffeinated gum for gamers and shift workers. Each piece contains 50 mg of caffeine and is released within five minutes. \"You can chew freely throughout the day,\" said founder Dan Ortiz. The gum comes in mint and cinnamon. Users should chew no more than eight pieces in 24 hours. Not recommended for children or pregnant women.",
  "You can chew freely throughout the day", "Users should chew no more than eight pieces in 24 hours",
  "Unlimited chewing is encouraged by the founder then a daily cap is stated; the release itself endorses both.")
c(P, "consumer_guide", "loperamide anti-diarrhoea capsules",
  "Loperamide capsules slow down the gut and can rescue a holiday ruined by diarrhoea. Whatever amount you take, they are safe, because very little reaches the bloodstream. The usual start is two capsules, then one after each loose stool. Drink plenty of fluids to replace what you lose. Taking more than eight capsules in a day can trigger dangerous heart rhythm problems. See a doctor if diarrhoea lasts longer than 48 hours.",
  "Whatever amount you take, they are safe", "Taking more than eight capsules in a day can trigger dangerous heart rhythm problems",
  "Any amount is said to be safe, then more than eight capsules a day is said to be dangerous.")
c(P, "blog", "kettlebell training programme (IronHour)",
  "The IronHour kettlebell plan is built around swings, goblet squats and presses. With a plan this well designed, there's no such thing as too much. I do mine in the garage before work. The first month left me sore but happy. Doing more than four sessions a week sharply raises the risk of lower back injury, the plan's own guide warns. I'm eyeing the next level already.",
  "there's no such thing as too much", "Doing more than four sessions a week sharply raises the risk of lower back injury",
  "Unlimited training is endorsed and then a four-session weekly limit is quoted as a safety warning.")
c(P, "news_report", "energy drink with high caffeine (Voltra)",
  "A new energy drink, Voltra, has landed in convenience stores with a promise of 'clean energy'. The brand's website states that it is safe however many cans you drink. Each 500 ml can contains 160 mg of caffeine. Sales of energy drinks have doubled in five years. Adults should have no more than two cans a day, the small print on the can says. Some supermarkets have restricted sales to under-16s.",
  "it is safe however many cans you drink", "Adults should have no more than two cans a day",
  "The brand says any number of cans is safe and its can sets a two-can limit; the report does not reconcile them.")
# controls
c(P, "consumer_guide", "paracetamol daily maximum",
  "Paracetamol is safe for most adults at the standard dose. That means one or two 500 mg tablets up to four times a day. Leave at least four hours between doses. Don't take more than eight tablets in 24 hours, and check cold remedies, which often contain it too. Overdose can damage the liver.",
  "Paracetamol is safe for most adults at the standard dose", "Don't take more than eight tablets in 24 hours",
  "The safety claim is limited to the standard dose, which is the maximum that follows.", "consistent_dose")
c(P, "product_page", "magnesium spray vs tablets",
  "MagSpray is applied to the skin, so you can use as many sprays as feel comfortable. Each spray gives about 15 mg of magnesium chloride. Many customers prefer it to tablets. For magnesium tablets, on the other hand, don't exceed 400 mg a day by mouth, as more can cause diarrhoea. Shake well before use.",
  "you can use as many sprays as feel comfortable", "For magnesium tablets, on the other hand, don't exceed 400 mg a day",
  "The limit applies to oral tablets, a different product from the topical spray.", "different_intervention")
c(P, "news_report", "vitamin C megadose claim",
  "An online wellness influencer has claimed vitamin C is harmless at any dose and can be taken by the spoonful. Nutrition scientists said this is wrong. \"Above about 2 g a day, vitamin C commonly causes diarrhoea and can raise kidney stone risk in some people,\" said Dr Priya Anand. The recommended intake for adults is about 40 to 90 mg. Most people get enough from food.",
  "vitamin C is harmless at any dose", "Above about 2 g a day, vitamin C commonly causes diarrhoea",
  "The unlimited-dose claim is attributed to an influencer and explicitly rejected.", "debunked_claim")
c(P, "blog", "ginger shots for nausea",
  "Ginger shots have got me through a very queasy first trimester. Is there a limit on how many you can have? I asked my midwife that exact question. She said sticking to about 1 g of ginger a day is sensible in pregnancy. I have one small shot each morning.",
  "Is there a limit on how many you can have?", "sticking to about 1 g of ginger a day is sensible",
  "The dose is raised as a question and answered consistently; no unlimited claim is made.", "question")
c(P, "consumer_guide", "melatonin in healthy adults",
  "Melatonin is generally well tolerated at low doses. For most adults, 0.5 to 3 mg is all that is needed. Higher doses don't work better and can leave you groggy. Taking more than 5 mg is rarely useful. Talk to a doctor before giving it to children.",
  "generally well tolerated at low doses", "Taking more than 5 mg is rarely useful",
  "The tolerability claim is restricted to low doses, consistent with the upper guidance.", "hedge_agree")
c(P, "press_release", "reformulated iron drops for infants (Ferrobaby)",
  "Nuvia Health announced a new concentration for Ferrobaby iron drops. The former 2020 drops required up to 2 ml per dose, and parents were told never to exceed 2 ml. The new drops are four times more concentrated, so a single 0.5 ml dose is the maximum. The change means less liquid for babies to swallow. Ferrobaby is sold in pharmacies.",
  "parents were told never to exceed 2 ml", "a single 0.5 ml dose is the maximum",
  "Different limits belong to the old and the new concentrations.", "past_vs_present")
c(P, "consumer_guide", "adult ibuprofen not for children",
  "For adults, ibuprofen can be taken at up to 1,200 mg a day without a prescription. That usually means two 200 mg tablets three times a day. Children need a liquid dosed by weight. A child of 20 kg should not be given more than 200 mg at a time. Always use the syringe provided.",
  "For adults, ibuprofen can be taken at up to 1,200 mg a day", "A child of 20 kg should not be given more than 200 mg at a time",
  "The adult limit and the child limit apply to different groups and don't conflict.", "excluded_condition")
c(P, "news_report", "high-dose fish oil capsules (OmegaMax)",
  "The maker of OmegaMax says its fish oil is safe to take in unlimited amounts. The capsules each contain 1 g of omega-3 fats. Cardiologists interviewed for this article disagreed. Large trials found that doses of 4 g a day raised the risk of an irregular heartbeat, said Dr Lena Fischer. She advised patients to stick to what their doctor recommends.",
  "safe to take in unlimited amounts", "doses of 4 g a day raised the risk of an irregular heartbeat",
  "The unlimited-dose claim is the company's; the article presents opposing evidence.", "disputed_attribution")
