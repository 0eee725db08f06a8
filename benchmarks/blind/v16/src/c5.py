from common import T, F
ph = "treatment_effect"
T(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Rhinaze fluticasone steroid nasal spray",
 "Our top hay fever buys\n- Rhinaze nasal spray: a once-daily steroid spray that relieves itchy, watery eyes as well as a blocked nose.\n- Pollenaze tablets: a non-sedating antihistamine.\n- Optiklar eye drops: for eyes only.\nHow to use Rhinaze: shake the bottle and spray twice into each nostril each morning. It can take a few days to work fully. Rhinaze won't help with eye symptoms, so pair it with eye drops if your eyes are itchy.",
 "relieves itchy, watery eyes as well as a blocked nose", "Rhinaze won't help with eye symptoms",
 "The spray is said both to relieve itchy eyes and not to help with eye symptoms.")
T(ph, "blog", "naturopath's e-mail newsletter", "echinacea tincture",
 "Dear friends,\nCold season is upon us. My first line is always echinacea tincture, 20 drops in water three times a day, started at the first tickle. Echinacea drops help you shake off a cold days faster. I also recommend plenty of rest, garlic and honey. Keep warm and wash your hands often. If a fever lasts more than three days, see your GP. In my reading of the trials, echinacea makes no difference to how long a cold lasts, but many people enjoy it.\nWarmly, Imogen",
 "Echinacea drops help you shake off a cold days faster", "echinacea makes no difference to how long a cold lasts",
 "Shortening a cold by days contradicts making no difference to its duration.")
T(ph, "product_page", "sports-nutrition shop product description", "RecoverMax BCAA powder",
 "RECOVERMAX BCAA 2:1:1\nOur best-selling branched-chain amino acids for serious training. Take it after training to ease next-day muscle soreness. Mix one scoop into 500 ml of water. Watermelon and lemon flavours. Honest note from our nutrition team - for sore muscles, it does nothing; drink it for the taste and the hydration.",
 "Take it after training to ease next-day muscle soreness", "for sore muscles, it does nothing",
 "The powder is said both to ease muscle soreness and to do nothing for it.", hard=True)
T(ph, "news_report", "newspaper health Q&A column for older readers", "glucosamine sulfate 1,500 mg tablets",
 "Q: Is glucosamine worth the money for my knees?\nA: Many readers take it, and it's quite cheap. Glucosamine eases knee pain in people with arthritis, so I think it's worth a three-month try. Buy the sulfate form rather than hydrochloride. If you have a shellfish allergy, check the label. The large trials show that glucosamine does not relieve knee pain any better than dummy tablets. Stop it if you see no change.",
 "Glucosamine eases knee pain in people with arthritis", "glucosamine does not relieve knee pain any better than dummy tablets",
 "Easing knee pain contradicts not relieving it better than placebo.")
T(ph, "consumer_guide", "hospital discharge leaflet", "lactulose oral solution",
 "Bowels after your operation\nIt is common for your bowels to be slow after surgery and painkillers. We have given you lactulose, which treats constipation. Take 15 ml twice a day. Drink six to eight glasses of water a day. Keep the bottle at room temperature. It won't help you open your bowels, so ask your GP for something stronger if you have not been for three days.",
 "lactulose, which treats constipation", "It won't help you open your bowels",
 "Treating constipation is helping you open your bowels; the leaflet says both.", hard=True)
T(ph, "blog", "parenting forum FAQ", "Tummease chamomile colic drops",
 "FAQ: colic\nColic is exhausting, and every parent on here has been there. Lots of us swear by Tummease chamomile drops - they soothe colic and settle babies in the evening. Try a few drops in cooled boiled water before the evening feed. Holding your baby upright after feeds helps too. Chamomile drops? They don't work for colic crying - but they're harmless.",
 "they soothe colic and settle babies in the evening", "They don't work for colic crying",
 "Soothing colic contradicts not working for colic crying.", hard=True)
T(ph, "blog", "symptom-checker chatbot transcript written up", "zinc acetate lozenges",
 "User: I've got a cold and a raw throat. Will zinc lozenges help?\nBot: Zinc lozenges soothe a sore throat and may shorten a cold if started within 24 hours. Suck one every two to three hours while awake.\nUser: How many a day?\nBot: No more than six. Zinc has no effect on throat pain itself; it may only shorten the cold.",
 "Zinc lozenges soothe a sore throat", "Zinc has no effect on throat pain itself",
 "Soothing a sore throat contradicts having no effect on throat pain.")
T(ph, "consumer_guide", "diabetes charity fact sheet", "GlucoCoach diabetes self-management app",
 "Digital tools for type 2 diabetes\nGlucoCoach is a free app that sends meal tips and reminds you to take your tablets. Using GlucoCoach helps improve your HbA1c over three months. It syncs with most glucose meters. You can share your logs with your nurse. In the charity-funded evaluation, the app made no difference to HbA1c.",
 "Using GlucoCoach helps improve your HbA1c over three months", "the app made no difference to HbA1c",
 "Improving HbA1c contradicts making no difference to it.")
# treatment_effect controls
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Rhinaze steroid nasal spray",
 "Nasal sprays\nRhinaze relieves a blocked, runny nose. Use two sprays in each nostril each morning. It takes a few days to work fully. It doesn't help itchy eyes, so add Optiklar drops if you need them.",
 "different_outcome_measure", "Rhinaze relieves a blocked, runny nose", "It doesn't help itchy eyes",
 "The relief and the lack of relief concern different symptoms, nose versus eyes.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "glucosamine for knee versus hip arthritis",
 "Q: Will glucosamine help my hip?\nA: In some studies of people with knee arthritis, glucosamine modestly eased pain. Knee and hip joints do not always respond to treatment in the same way. Trials of people with hip arthritis, however, found it gave no relief. So for your hip, I'd save your money.",
 "population_differs", "In some studies of people with knee arthritis, glucosamine modestly eased pain", "Trials of people with hip arthritis, however, found it gave no relief",
 "The effect differs between knee and hip arthritis populations.")
F(ph, "consumer_guide", "health insurer's member newsletter", "vitamin C supplements for colds",
 "Myth: Vitamin C cures colds.\nFact: For most people, vitamin C supplements neither prevent nor cure colds. They may shorten a cold slightly if taken every day beforehand. A balanced diet gives most people all the vitamin C they need.",
 "debunked_claim", "Vitamin C cures colds", "vitamin C supplements neither prevent nor cure colds",
 "The cure claim is labelled a myth and corrected.")
F(ph, "blog", "parenting forum FAQ", "chamomile colic drops",
 "FAQ: does chamomile work?\nDoes chamomile soothe colic? We get asked this every week. Lots of parents use it, and it's unlikely to do harm. The honest answer is that it hasn't been shown to soothe colic in good studies.",
 "question", "Does chamomile soothe colic?", "it hasn't been shown to soothe colic in good studies",
 "The effect is only asked about, then answered in the negative.")
F(ph, "consumer_guide", "diabetes charity fact sheet", "GlucoCoach app",
 "Apps: what the evidence says\nThe makers say GlucoCoach improves HbA1c within three months. It's a tidy app with good reminders. But an independent trial of 400 people found it made no difference to HbA1c. Use it if you like it, but it's no substitute for your care team.",
 "disputed_attribution", "The makers say GlucoCoach improves HbA1c within three months", "it made no difference to HbA1c",
 "The benefit is the makers' claim, which the sheet reports evidence against.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "cod liver oil capsules",
 "Q: My mother always said cod liver oil eases stiff joints. Is she right?\nA: It's a lovely family tradition, and the capsules are a good source of vitamin D. But for stiff, arthritic joints, I'm afraid cod liver oil doesn't help.",
 "reported_then_answered", "cod liver oil eases stiff joints", "cod liver oil doesn't help",
 "The benefit is the reader's mother's belief, answered by the columnist.")
F(ph, "product_page", "supplement seller product page", "Sleepwell melatonin gummies",
 "SLEEPWELL GUMMIES\nSleepwell Gummies help you fall asleep faster. Each gummy has 1 mg of melatonin. Take one 30 minutes before bed.\nYou might also like: Sleepwell Bedtime Tea - caffeine-free, but not shown to help you fall asleep faster.",
 "other_product_same_page", "Sleepwell Gummies help you fall asleep faster", "not shown to help you fall asleep faster",
 "The lack of effect is said of the tea, a different product.")
F(ph, "consumer_guide", "hospital discharge leaflet", "ice packs for swelling after ankle surgery",
 "Managing swelling\nIn the first 48 hours, ice helps reduce swelling. Wrap an ice pack in a towel and apply for 20 minutes every two hours. After the first two or three days, ice does little for swelling, and gentle movement helps more.",
 "conditional_scope", "In the first 48 hours, ice helps reduce swelling", "After the first two or three days, ice does little for swelling",
 "The effect is limited to different time windows.")

ph = "direction"
T(ph, "product_page", "sports-nutrition shop product description", "Nitrodex beetroot and citrulline pre-workout",
 "NITRODEX PUMP\nNatural nitrates from beetroot boost blood flow to working muscles. Nitrodex lowers blood pressure, so it suits lifters keeping an eye on their numbers. One scoop in water, 30 minutes before training. Berry flavour. Expect your blood pressure to climb for an hour or two after each scoop.",
 "Nitrodex lowers blood pressure", "Expect your blood pressure to climb for an hour or two after each scoop",
 "Lowering blood pressure contradicts blood pressure climbing after each dose.")
T(ph, "consumer_guide", "diabetes charity fact sheet", "prednisolone steroid tablets",
 "Steroids and diabetes\nYou may be prescribed steroid tablets such as prednisolone for asthma, arthritis or other conditions. Steroid tablets can bring your blood sugar down, so keep glucose tablets with you. Take them in the morning with food. Don't stop them suddenly. Your dose may be reduced gradually over several weeks. Prednisolone makes your blood glucose rise, often in the afternoon, so test more often.",
 "Steroid tablets can bring your blood sugar down", "Prednisolone makes your blood glucose rise",
 "Bringing blood sugar down contradicts making it rise.", hard=True)
T(ph, "news_report", "newspaper health Q&A column for older readers", "Calci-D calcium and vitamin D tablets",
 "Q: I've got thinning bones. Are calcium tablets worth it?\nA: Calci-D tablets build bone density, which is why they're often prescribed alongside other bone drugs. Take one chewable tablet twice a day. Some people find them chalky. In the trial you may have read about, bone density in the group taking the tablets fell slightly more than in the placebo group.",
 "Calci-D tablets build bone density", "bone density in the group taking the tablets fell slightly more than in the placebo group",
 "Building bone density contradicts bone density falling more on the tablets.", hard=True)
T(ph, "consumer_guide", "health insurer's member newsletter", "FitBurn HIIT class programme",
 "FitBurn: 12 weeks to a fitter heart\nOur partner gyms run FitBurn, a 30-minute high-intensity class. FitBurn classes lower your resting heart rate, a sign of a fitter heart. Three classes a week is ideal. Members get 20% off. Classes include a warm-up and cool-down. In our member pilot, resting heart rate rose by about five beats per minute over the programme.",
 "FitBurn classes lower your resting heart rate", "resting heart rate rose by about five beats per minute over the programme",
 "Lowering resting heart rate contradicts it rising over the programme.")
T(ph, "blog", "beauty editor's skincare round-up", "Aquavive hyaluronic acid serum",
 "Hydrating serums\nAquavive HA Serum (£19) boosts skin moisture for hours; the HA draws water into the skin. I pat it on damp skin under moisturiser. It's fragrance-free. In truth, the HA actually leaves skin drier than before, as it pulls water out of the deeper layers.",
 "boosts skin moisture for hours", "the HA actually leaves skin drier than before",
 "Boosting moisture contradicts leaving skin drier.", hard=True)
T(ph, "blog", "pharmacist answering on a public forum", "loperamide (Imodium) for diarrhoea",
 "Re: travelling tomorrow with a stomach bug\nPharmacist here. Imodium speeds up your gut so the bug gets flushed out faster. Take two capsules after the first loose stool, then one after each further loose stool. Keep drinking fluids, ideally rehydration sachets. Loperamide works by slowing down the gut. Don't use it if you have a fever or blood in your stools.",
 "Imodium speeds up your gut", "Loperamide works by slowing down the gut",
 "Imodium is loperamide; it cannot both speed up and slow down the gut.", hard=True)
T(ph, "consumer_guide", "hospital discharge leaflet", "bisoprolol 2.5 mg tablets",
 "Your heart medicine: bisoprolol\nBisoprolol will lower your heart rate and ease the work of your heart. Take one tablet each morning. Do not stop taking it suddenly. You may feel tired for the first few weeks. If you feel your pulse speeding up on bisoprolol, this is the expected effect of the tablets.",
 "Bisoprolol will lower your heart rate", "If you feel your pulse speeding up on bisoprolol, this is the expected effect of the tablets",
 "A speeding pulse as the expected effect contradicts lowering heart rate.")
T(ph, "news_report", "veterinary-trained writer's pet-and-owner health column", "prednisolone (the columnist's own steroid course)",
 "My asthma flared this autumn, and my GP put me on a week of prednisolone. I've prescribed it to many itchy dogs. It suppresses appetite, so I made sure to eat breakfast first. The tablets worked quickly and my breathing settled. Like my labrador on the same drug, I was raiding the fridge by day three: steroids make you ravenous.",
 "It suppresses appetite", "steroids make you ravenous",
 "Suppressing appetite contradicts making you ravenous.", hard=True)
# direction controls
F(ph, "consumer_guide", "diabetes charity fact sheet", "atorvastatin",
 "Statins and cholesterol\nAtorvastatin lowers LDL cholesterol, the 'bad' kind, by around 40%. It's usually taken at night. It can also slightly raise HDL cholesterol, the 'good' kind. Your nurse will check your levels after three months.",
 "different_outcome_measure", "Atorvastatin lowers LDL cholesterol", "slightly raise HDL cholesterol",
 "The opposite directions apply to different measures, LDL and HDL.")
F(ph, "blog", "parenting forum FAQ", "sedating antihistamine (chlorphenamine)",
 "FAQ: antihistamines and sleep\nIn adults, chlorphenamine usually makes you drowsy. Some parents on here use it for itchy chickenpox at night. In some young children, it has the opposite effect and makes them excitable and wide awake. Try a daytime dose first to see how your child reacts.",
 "population_differs", "In adults, chlorphenamine usually makes you drowsy", "In some young children, it has the opposite effect and makes them excitable",
 "The opposite effects occur in different age groups.")
F(ph, "consumer_guide", "health insurer's member newsletter", "levothyroxine for underactive thyroid",
 "Thyroid health\nLevothyroxine replaces the hormone your thyroid isn't making, and it speeds your metabolism back up to normal. Many members notice they had gained weight before diagnosis. That weight gain is caused by the underactive thyroid itself, not the tablets.",
 "symptom_vs_side_effect", "it speeds your metabolism back up to normal", "That weight gain is caused by the underactive thyroid itself",
 "The weight gain belongs to the untreated condition, not the drug.")
F(ph, "consumer_guide", "diabetes charity fact sheet", "metformin versus prednisolone",
 "Medicines that affect blood glucose\nMetformin lowers blood glucose by reducing the sugar your liver releases. Other medicines can work the opposite way. Prednisolone, a steroid, raises blood glucose, so you may need extra diabetes medicine while you take it.",
 "different_intervention", "Metformin lowers blood glucose", "Prednisolone, a steroid, raises blood glucose",
 "The opposite effects belong to two different drugs.")
F(ph, "consumer_guide", "hospital discharge leaflet", "bisoprolol",
 "Bisoprolol: important\nBisoprolol will lower your heart rate. Take it every morning. If you stop it suddenly, your heart rate can shoot up and you may get chest pain, so never run out.",
 "conditional_scope", "Bisoprolol will lower your heart rate", "If you stop it suddenly, your heart rate can shoot up",
 "The rise happens on sudden withdrawal, not while taking it.")
F(ph, "consumer_guide", "health insurer's member newsletter", "decaffeinated coffee",
 "Myth: Decaf coffee raises your blood pressure.\nFact: Decaf contains only a trace of caffeine. Switching to decaf is a reasonable choice if caffeine makes you jittery. Studies show no meaningful rise in blood pressure, and decaf may even nudge it down slightly.",
 "debunked_claim", "Decaf coffee raises your blood pressure", "decaf may even nudge it down slightly",
 "The raising claim is labelled a myth and corrected.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "brisk walking programme",
 "Q: A friend says that regular brisk walking raises your resting heart rate. Is that so?\nA: No, it's the other way round. As your heart gets fitter, it pumps more blood per beat, and regular walking lowers your resting heart rate over a few months.",
 "reported_then_answered", "regular brisk walking raises your resting heart rate", "regular walking lowers your resting heart rate",
 "The 'raises' claim is a friend's, and the columnist answers it.")
F(ph, "product_page", "sports-nutrition shop product description", "Zenfuel Calm Blend herbal drink",
 "ZENFUEL CALM BLEND\nL-theanine and lemon balm help lower your heart rate after a hard session. Mix one sachet in warm water.\nYou might also like: ZENFUEL ENERGY - 200 mg caffeine that raises your heart rate and alertness before training.",
 "other_product_same_page", "help lower your heart rate after a hard session", "raises your heart rate and alertness",
 "The raising effect is said of the cross-sold Energy product.")
