from common import T, F
ph = "synonym"
T(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Pollenaze 120 (fexofenadine-type antihistamine tablets)",
 "Pollen season is here, and our pharmacists have picked the tablets they recommend most. Pollenaze 120 is our first choice for people who drive or work shifts, because it is a non-sedating antihistamine. Take one tablet each morning with a glass of water. It starts working within the hour and keeps going all day. If your eyes itch as well, pair it with our soothing eye drops. Many customers like to start the tablets a fortnight before their usual hay fever season. In trials, around 1 in 10 people taking Pollenaze 120 reported daytime sleepiness, so get to know how it affects you before you drive.",
 "it is a non-sedating antihistamine", "around 1 in 10 people taking Pollenaze 120 reported daytime sleepiness",
 "Calling the tablet non-sedating conflicts with reporting daytime sleepiness in 1 in 10 users as its effect.")
T(ph, "blog", "dental practice blog", "BrightArc in-chair teeth whitening",
 "Thinking about a brighter smile before the wedding season? BrightArc is the in-chair whitening system we use at the practice, and the whole session takes about an hour. Unlike older bleaching methods, it causes no sensitivity at all. The gel is painted on, the light is switched on, and you can listen to a podcast while it works. Most patients see a change of several shades in a single visit. Many patients tell us they feel short, sharp zings in their teeth with cold drinks for a day or two afterwards. We suggest a straw for iced drinks during that time.",
 "it causes no sensitivity at all", "feel short, sharp zings in their teeth with cold drinks for a day or two afterwards",
 "Sharp zings with cold drinks after whitening is tooth sensitivity, which the post says never happens.")
T(ph, "product_page", "sports-nutrition shop product description", "Voltrix Stim-Free pre-workout powder with beta-alanine",
 "VOLTRIX STIM-FREE - Pre-workout for evening lifters.\nMix one scoop with 300 ml of cold water and drink 20 minutes before training. The formula is caffeine-free, so it won't keep you up after a late session. Unlike harsher blends, it won't give you that pins-and-needles tingle. Each tub holds 30 servings in a sour-cherry flavour.\nGood to know: paraesthesia (a harmless prickling of the skin) may occur with the beta-alanine in this blend, usually within 15 minutes of your scoop.",
 "it won't give you that pins-and-needles tingle", "paraesthesia (a harmless prickling of the skin) may occur with the beta-alanine in this blend",
 "Pins and needles and paraesthesia are the same sensation; the page denies it and then warns of it.", hard=True)
T(ph, "consumer_guide", "hospital discharge leaflet", "co-codamol 30/500 tablets for pain after surgery",
 "Going home with pain relief\nYou have been given co-codamol 30/500 to take for up to five days. Take one or two tablets every four to six hours, and no more than eight tablets in 24 hours. This medicine will not slow your bowels down. Eat fruit and vegetables and keep moving gently around the house. Do not drink alcohol while you are taking these tablets. Constipation is very common with co-codamol, so drink plenty of fluids and ask your pharmacist about a laxative if needed.",
 "This medicine will not slow your bowels down", "Constipation is very common with co-codamol",
 "Constipation is the bowel slowing down, which the leaflet first denies and then calls very common.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "melatonin 2 mg prolonged-release tablets for sleep",
 "Q: My GP has offered me melatonin for my poor sleep. Will it leave me groggy the next morning?\nA: It's a good question, because the older sleeping pills had a bad reputation for that. Melatonin is a copy of a hormone your own body makes in the evening. The tablets your GP has in mind are released slowly through the night. It causes no next-day hangover, which is one reason doctors like it for people in their seventies and eighties. You take it one to two hours before bed, after food. I should say that a fair number of people feel muzzy-headed and slow until lunchtime the day after taking it. Give it three weeks and then review it with your GP.",
 "It causes no next-day hangover", "a fair number of people feel muzzy-headed and slow until lunchtime the day after taking it",
 "Feeling muzzy-headed until lunchtime the next day is a next-day hangover, which the answer also denies.")
T(ph, "blog", "beauty editor's skincare round-up", "Nuvelle Night Retinol 0.3% serum",
 "Five night serums worth your money\n1. Nuvelle Night Retinol, £38. This is the rare retinoid that won't leave you flaky, thanks to a squalane base. It comes in an airless pump and smells of nothing much. I used it three nights a week for a month and my pores looked visibly smaller. Expect some peeling around the nose and chin in the first fortnight.\n2. Halcyon Peptide Drops, £29. A gentler option for first-timers.",
 "won't leave you flaky", "Expect some peeling around the nose and chin in the first fortnight",
 "Flaking and peeling are the same effect; the serum is said both not to cause it and to cause it.")
T(ph, "consumer_guide", "diabetes charity fact sheet", "metformin tablets for type 2 diabetes",
 "Metformin: what you need to know\nMetformin is usually the first tablet offered for type 2 diabetes. It works mainly by reducing the amount of glucose your liver releases. Taken on its own, metformin does not cause hypoglycaemia. Stomach upset is common at first, so your doctor will start you on a low dose. Taking it with meals helps. Your doctor may raise the dose every week or two. If you take metformin alone, you may have spells where you feel shaky, sweaty and confused because your blood glucose has dropped too low. Always carry some glucose tablets.",
 "Taken on its own, metformin does not cause hypoglycaemia", "If you take metformin alone, you may have spells where you feel shaky, sweaty and confused because your blood glucose has dropped too low",
 "Blood glucose dropping too low with shakiness and sweating is hypoglycaemia, which the sheet says metformin alone does not cause.")
T(ph, "blog", "symptom-checker chatbot transcript written up", "Quitora 21 mg nicotine patches",
 "We asked a symptom-checker bot about starting nicotine patches. Here is the exchange, lightly edited.\nUser: I'm starting Quitora patches on Monday. Anything I should know?\nBot: Apply one patch each morning to clean, hairless skin and change the site every day. Quitora won't disturb your sleep. If the skin under the patch goes a little red, that usually settles within an hour of removal.\nUser: Should I take it off at night?\nBot: You can keep it on for 24 hours. About a third of users report vivid dreams and waking repeatedly in the night while wearing it; if that happens to you, take the patch off at bedtime.",
 "Quitora won't disturb your sleep", "About a third of users report vivid dreams and waking repeatedly in the night while wearing it",
 "Waking repeatedly in the night is disturbed sleep, which the bot said the patch would not cause.", hard=True)
# synonym controls
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "cetirizine 10 mg antihistamine tablets",
 "Choosing a hay fever tablet\nCetirizine is often sold as non-drowsy, and that is true for most people, though not all. It is cheap, it is taken once a day, and it works within about an hour. You can buy it from any of our stores without seeing a pharmacist. A small minority of users do feel sleepy on it, so try your first dose at home in the evening. If that happens, loratadine may suit you better.",
 "hedge_agree", "true for most people, though not all", "A small minority of users do feel sleepy on it",
 "The non-drowsy claim is already limited to most people, so a sleepy minority is consistent with it.")
F(ph, "blog", "parenting forum FAQ", "RehydraKid oral rehydration sachets for children",
 "FAQ: my toddler has a tummy bug - what helps?\nMost of us reach for RehydraKid sachets, and the health visitors on the forum back that up. The sachets themselves don't cause tummy upset; they simply replace the salts and sugar your child is losing. Mix one sachet with 200 ml of cooled boiled water. Offer small sips every few minutes rather than a big cup. Your child may still have loose, watery nappies for a day or two - that's the bug working its way out, not the sachets. See a doctor if your child stops weeing or seems floppy.",
 "symptom_vs_side_effect", "The sachets themselves don't cause tummy upset", "Your child may still have loose, watery nappies for a day or two",
 "The loose stools are explicitly the illness, not an effect of the sachets.")
F(ph, "blog", "dental practice blog", "fluoride varnish versus home bleaching trays",
 "Fluoride varnish and whitening: two very different treatments\nAt check-ups we often paint a fluoride varnish on children's and adults' teeth. The varnish causes no tooth sensitivity; if anything, it helps calm sensitive spots. It takes a minute to apply and tastes faintly of mint. Home bleaching trays are a different story. Bleaching trays often leave teeth twingey with cold drinks for a few days, which is why we give you a desensitising paste with them.",
 "different_intervention", "The varnish causes no tooth sensitivity", "Bleaching trays often leave teeth twingey with cold drinks for a few days",
 "The sensitivity is attributed to bleaching trays, not to the fluoride varnish.")
F(ph, "blog", "pharmacist answering on a public forum", "diclofenac gel versus diclofenac tablets",
 "Re: which is kinder to my stomach?\nPharmacist here. Applied as a gel, diclofenac rarely upsets the stomach, because only a small amount reaches your bloodstream. That makes it a sensible first try for a sore knee or elbow. Rub it in three times a day and wash your hands afterwards. Taken as tablets, though, diclofenac commonly causes indigestion and heartburn, so you'd need to take them with food. Hope that helps.",
 "route_differs", "Applied as a gel, diclofenac rarely upsets the stomach", "Taken as tablets, though, diclofenac commonly causes indigestion and heartburn",
 "The stomach effects are attributed to the oral route, not to the gel.")
F(ph, "product_page", "sports-nutrition shop product description", "Voltrix Stim-Free pre-workout powder",
 "VOLTRIX STIM-FREE\nOur evening-friendly pre-workout is caffeine-free and contains no beta-alanine. That means no pins and needles, ever. Mix one scoop with water 20 minutes before training. Citrulline and beetroot extract give you a solid pump without the buzz.\nYou might also like: VOLTRIX IGNITE - our flagship formula, whose 3.2 g of beta-alanine gives a harmless prickling of the skin in many users.",
 "other_product_same_page", "That means no pins and needles, ever", "whose 3.2 g of beta-alanine gives a harmless prickling of the skin in many users",
 "The prickling is a property of the cross-sold Ignite product, not Stim-Free.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "glucosamine sulfate tablets for joint pain",
 "Q: My neighbour swears that glucosamine makes you drowsy, and I drive every day. Should I stop taking it?\nA: Please don't worry. Glucosamine is made from shellfish shells or produced by fermentation. It has been tested in thousands of people with knee arthritis. In those trials, glucosamine caused no more sleepiness than dummy tablets did. Whether it helps your knees is another matter, but drowsiness is not a reason to stop.",
 "reported_then_answered", "glucosamine makes you drowsy", "glucosamine caused no more sleepiness than dummy tablets did",
 "The drowsiness claim is a neighbour's rumour that the columnist answers and rejects.")
F(ph, "consumer_guide", "health insurer's member newsletter", "loratadine antihistamine tablets and syrup",
 "Hay fever in the family\nLoratadine is one of the antihistamines our member pharmacists recommend. In adults and children over six, it is non-sedating at the usual dose. It comes as tablets and as a banana-flavoured syrup. Members can claim the cost back under the Family Plus plan. In children under two, sedating antihistamines are sometimes prescribed, and these often cause marked drowsiness; they are not the same medicine.",
 "population_differs", "In adults and children over six, it is non-sedating at the usual dose", "these often cause marked drowsiness",
 "The drowsiness is said of a different class of medicine used in under-twos, not of loratadine in older children and adults.")
F(ph, "blog", "beauty editor's skincare round-up", "Nuvelle Night Retinol serum (original vs relaunched formula)",
 "The comeback of the year\nWhen Nuvelle's retinol first launched in 2019, the original formula left many users flaky and peeling for weeks. The brand went quiet, reworked the recipe, and relaunched it this spring. The new serum uses an encapsulated retinol in a squalane base. I tested it for six weeks on my reactive skin. The relaunched version doesn't cause flaking, at least not on me or on the four colleagues who tried it.",
 "past_vs_present", "the original formula left many users flaky and peeling for weeks", "The relaunched version doesn't cause flaking",
 "The peeling is attributed to the 2019 formula, the absence of flaking to the new one.")

ph = "denial_form"
T(ph, "press_release", "medical-device maker's press release", "CardiaBand wrist blood-pressure wearable",
 "FOR IMMEDIATE RELEASE\nHalvern Medical today announced UK availability of CardiaBand, a cuffless wrist wearable that tracks blood pressure around the clock. The hypoallergenic silicone strap carries no risk of skin irritation, even with 24-hour wear. CardiaBand syncs with the Halvern app and shares readings with your GP on request. 'We designed it for people who hate the squeeze of a cuff,' said chief executive Dr Ruth Okafor. The device was validated against a standard arm cuff in 60 adults at two NHS sites. The battery lasts five days on one charge, and the strap comes in three sizes. In the validation study, 4 of the 60 wearers developed redness and itching under the strap that led them to stop wearing it.",
 "carries no risk of skin irritation", "4 of the 60 wearers developed redness and itching under the strap",
 "Redness and itching under the strap is skin irritation, which the release says carries no risk.")
T(ph, "blog", "naturopath's e-mail newsletter", "ashwagandha root capsules",
 "Dear friends,\nThis month I want to talk about ashwagandha, the herb I recommend most for stress. It has been used in Ayurvedic practice for over 3,000 years. Ashwagandha has never been linked to liver trouble, which is why I am comfortable suggesting it for long-term use. I recommend 600 mg of root extract daily, taken with an evening meal. Many of you have told me you sleep more soundly within a fortnight. Kindly revert with your doubts, and do share this mail with your family members.\nWarm regards, Dr Meera\n* Rare cases of drug-induced liver injury have been reported in people taking ashwagandha.",
 "Ashwagandha has never been linked to liver trouble", "Rare cases of drug-induced liver injury have been reported in people taking ashwagandha",
 "The footnote reports liver injury linked to ashwagandha, which the newsletter says has never happened.")
T(ph, "consumer_guide", "diabetes charity fact sheet", "Glucobalance meal-replacement shakes",
 "Meal-replacement shakes and type 2 diabetes\nSome people use shakes to lose weight, and weight loss can put type 2 diabetes into remission. Glucobalance shakes won't push your glucose up, because they are sweetened with sucralose rather than sugar. Each shake provides 200 kcal and 20 g of protein. Check your glucose more often in the first few weeks. Depending on your readings, each shake can lift blood glucose by 2 to 3 mmol/L within an hour of drinking it. Talk to your care team before starting a low-calorie plan.",
 "won't push your glucose up", "each shake can lift blood glucose by 2 to 3 mmol/L within an hour of drinking it",
 "A shake that lifts glucose by 2-3 mmol/L does push glucose up.")
T(ph, "consumer_guide", "wellness retreat brochure", "whole-body cryotherapy chamber sessions",
 "Cryo Suite\nStep into our whole-body cryotherapy chamber for three invigorating minutes at minus 110 degrees. Guests tell us they leave feeling alert and light on their feet. There is no danger of frostbite in our chamber. A trained technician watches you through the window throughout. Superficial cold burns to the toes and fingers occur now and then, which is why socks, gloves and a headband are compulsory. Sessions are included in our Renew and Restore packages.",
 "There is no danger of frostbite in our chamber", "Superficial cold burns to the toes and fingers occur now and then",
 "Superficial cold burns to the extremities are frostbite-type injuries, which the brochure says cannot happen.", hard=True)
T(ph, "consumer_guide", "clinical-trial recruitment flyer", "investigational tablet RX-418 for migraine prevention",
 "VOLUNTEERS NEEDED - MIGRAINE STUDY\nDo you have four or more migraine days a month? Are you aged 18 to 65? We are testing a new daily tablet, RX-418, to see whether it can prevent migraine. There is no chance of side effects from the study medicine. You will visit the clinic six times over four months, and travel costs are paid. You will also keep a headache diary on your phone. Possible side effects of the study tablet include nausea, tiredness and dry mouth. To find out more, call the research team on the number below.",
 "There is no chance of side effects from the study medicine", "Possible side effects of the study tablet include nausea, tiredness and dry mouth",
 "The flyer rules out side effects and then lists possible side effects of the same tablet.")
T(ph, "blog", "parenting forum FAQ", "Lousaway head-lice lotion",
 "FAQ: head lice again!\nFirst, don't panic - every school gets them. Most of us on here swear by Lousaway, which suffocates the lice rather than poisoning them. Stinging? Not with Lousaway. Comb it through dry hair, leave it for 15 minutes and rinse. If your child has been scratching a lot, apply carefully: on scratched or broken skin the lotion can sting for a few minutes. Repeat after seven days to catch any newly hatched lice.",
 "Stinging? Not with Lousaway.", "on scratched or broken skin the lotion can sting for a few minutes",
 "The FAQ flatly denies stinging and then says the lotion can sting on broken skin.")
T(ph, "blog", "pharmacist answering on a public forum", "omeprazole taken long term for reflux",
 "Re: been on omeprazole for 8 years - worried?\nHi, community pharmacist here. Omeprazole is one of the most prescribed medicines in the country and it's very good at what it does. It isn't something that will thin your bones, so you can put that worry to one side. It's still worth a review with your GP every year or so, because many people can step down to a lower dose. Long-term use has been linked to a higher risk of hip and spine fractures, especially in older adults. Hope that helps.",
 "It isn't something that will thin your bones", "Long-term use has been linked to a higher risk of hip and spine fractures",
 "The post denies any bone-thinning effect and then links long-term use to fractures.", hard=True)
T(ph, "news_report", "veterinary-trained writer's pet-and-owner health column", "atorvastatin 20 mg (the columnist's own statin)",
 "Last month I wrote about my spaniel's arthritis; this month it's my turn. My GP started me on atorvastatin after a cholesterol check. The statin leaves your muscles alone, which was a relief to someone who walks ten miles a week. As a vet I spent years reading drug data sheets for dogs, so naturally I read the human one too. It takes one tablet at night. Muscle pain, or myalgia, is listed as a common side effect of atorvastatin. So far I feel no different, and Bramble is delighted with our longer walks.",
 "The statin leaves your muscles alone", "Muscle pain, or myalgia, is listed as a common side effect of atorvastatin",
 "The column says the statin spares muscles and then that muscle pain is a common side effect.", hard=True)
# denial_form controls
F(ph, "product_page", "sports-nutrition shop product description", "MuscleEase arnica and menthol rub",
 "MUSCLEEASE RECOVERY RUB\nMassage a pea-sized amount into tight calves, quads or shoulders after training. On intact skin the rub carries no risk of stinging. The menthol gives a cool feel that lasts about 20 minutes. Do not apply it to cuts, grazes or broken skin, where it can sting. Tube size: 75 ml.",
 "excluded_condition", "On intact skin the rub carries no risk of stinging", "Do not apply it to cuts, grazes or broken skin, where it can sting",
 "The no-stinging claim is already limited to intact skin; the stinging applies to broken skin.")
F(ph, "consumer_guide", "health insurer's member newsletter", "HPV vaccine",
 "Myth or fact? Your vaccine questions\nMyth: The HPV jab can make you infertile.\nFact: Studies following millions of vaccinated girls and boys show no effect on fertility. The jab protects against the virus behind most cervical cancers. Members aged 12 to 25 can have it free through our partner clinics. Put simply, the jab poses no risk to fertility.",
 "debunked_claim", "The HPV jab can make you infertile", "the jab poses no risk to fertility",
 "The infertility claim is labelled as a myth and refuted.")
F(ph, "product_page", "sports-nutrition shop product description", "Kinetix caffeine capsules 100 mg",
 "KINETIX FOCUS CAPS - 100 mg natural caffeine\nAt the recommended two capsules a day, Kinetix won't raise your blood pressure in most healthy adults. Take one capsule 30 minutes before training and a second before noon if you need it. Each capsule is vegan and free of artificial colours. More than four capsules a day can push blood pressure up and disturb sleep, so stick to the recommended amount.",
 "consistent_dose", "At the recommended two capsules a day, Kinetix won't raise your blood pressure", "More than four capsules a day can push blood pressure up",
 "The denial applies to two capsules; the rise is said of more than four, so the dose statements agree.")
F(ph, "consumer_guide", "hospital discharge leaflet", "hinged knee brace after ligament surgery",
 "Your knee brace\nYou will wear the hinged brace day and night for six weeks. Provided the straps are fastened as the physiotherapist showed you, the brace poses no risk of pressure sores. Check the skin under the straps each evening. If the straps are done up too tightly, the brace can rub and cause pressure sores, so loosen them if your toes go cold or numb. Call the ward if you notice broken skin.",
 "conditional_scope", "Provided the straps are fastened as the physiotherapist showed you, the brace poses no risk of pressure sores", "If the straps are done up too tightly, the brace can rub and cause pressure sores",
 "The safety claim is conditional on correct fitting; the sores are said to occur only when that condition is broken.")
F(ph, "press_release", "medical-device maker's press release", "ThermaWrap heated back support",
 "CORRECTED RELEASE\nStellan Devices announces ThermaWrap, a rechargeable heated back support for chronic low back pain. An earlier version of this release stated that ThermaWrap carries no risk of burns. That statement was incorrect and has been withdrawn. Like any heat pad, the device can cause mild skin burns if worn on the highest setting against bare skin for long periods. ThermaWrap switches off automatically after 30 minutes.",
 "corrected_claim", "stated that ThermaWrap carries no risk of burns", "the device can cause mild skin burns",
 "The no-burn statement is reported as withdrawn and corrected, so the release does not assert both.")
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Quitora nicotine patches and lozenges",
 "Quitting in spring? Your options\nQuitora patches release nicotine slowly through the skin, so they won't irritate your mouth or throat. They are a good base if you smoked first thing in the morning. Quitora lozenges work faster and suit sudden cravings. The lozenges, unlike the patches, often cause a sore mouth, hiccups or indigestion at first. Many people combine the two.",
 "dose_form_differs", "they won't irritate your mouth or throat", "The lozenges, unlike the patches, often cause a sore mouth",
 "The mouth irritation is attributed to the lozenge form, not the patch.")
F(ph, "blog", "symptom-checker chatbot transcript written up", "Sleepwell valerian tablets",
 "A reader shared this chat with a symptom-checker.\nUser: Is Sleepwell really free of next-day grogginess?\nBot: Sleepwell contains valerian root, a herbal sleep aid. Evidence about how well it works is mixed. Some users feel foggy the next morning, especially at higher doses. If you need to drive early, try it on a weekend first.",
 "question", "Is Sleepwell really free of next-day grogginess?", "Some users feel foggy the next morning",
 "The freedom from grogginess is only asked about, never asserted.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "NeuroPulse forehead stimulation headband for migraine",
 "Q: I've seen adverts for NeuroPulse, a headband for migraine. Is it any good?\nA: The company says NeuroPulse carries no risk of headaches, and markets it as drug-free relief. It is worn for 20 minutes a day. When an independent consumer group tested it, one in five users got headaches during or after sessions. The evidence for prevention is modest, so I'd ask your GP before spending £300.",
 "disputed_attribution", "The company says NeuroPulse carries no risk of headaches", "one in five users got headaches during or after sessions",
 "The denial is attributed to the maker and then contradicted by independent evidence, which the columnist reports.")
