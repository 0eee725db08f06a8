from common import T, F
ph = "allergen"
T(ph, "product_page", "sports-nutrition shop product description", "Oat & Vanilla Lean Shake protein powder",
 "LEANLINE OAT & VANILLA SHAKE - 750 g\n100% dairy-free, so it's kind to sensitive stomachs. Each 30 g scoop gives 22 g of protein and 4 g of fibre from oats. Blend with oat milk and a banana for a breakfast shake. Naturally sweetened with stevia.\nIngredients: whey protein isolate (milk), oat flour, natural vanilla flavouring, stevia.\nAllergy advice: for allergens, see ingredients in bold.",
 "100% dairy-free", "whey protein isolate (milk)",
 "A milk-derived whey protein contradicts the dairy-free claim.")
T(ph, "blog", "naturopath's e-mail newsletter", "GreenRoot Morning Malt greens powder",
 "Hello lovely people,\nMany of you with coeliac disease have asked for a greens powder you can trust. GreenRoot Morning Malt is gluten-free and I'm happy to recommend it. It contains spirulina, wheatgrass juice powder, malted barley extract and baobab. Stir a teaspoon into water or a smoothie. I have a 10% discount code for subscribers this month. Allergy advice: contains gluten (from barley).",
 "GreenRoot Morning Malt is gluten-free", "Allergy advice: contains gluten (from barley)",
 "The powder is said to be gluten-free and to contain gluten.")
T(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Optiklar sodium cromoglicate eye drops",
 "Itchy, streaming eyes?\nOptiklar eye drops calm hay fever eyes within minutes. They are preservative-free, which makes them a good choice if preservatives have irritated your eyes before. Use one or two drops in each eye four times a day. Don't wear soft contact lenses while using them. Each bottle contains benzalkonium chloride as a preservative.",
 "They are preservative-free", "Each bottle contains benzalkonium chloride as a preservative",
 "A bottle containing a preservative is not preservative-free.", hard=True)
T(ph, "blog", "parenting forum FAQ", "Little Munch teething biscuits",
 "FAQ: safe snacks for nursery\nOur nursery has a strict no-nuts policy, so here's what parents recommend. Little Munch teething biscuits are free from nuts, which is why they're on the nursery's approved list. They dissolve easily, so they're good for babies from seven months. Always supervise your baby while eating. The ingredients list: wheat flour, almond flour, apple puree, cinnamon.",
 "Little Munch teething biscuits are free from nuts", "almond flour",
 "Almond flour is a tree-nut ingredient, contradicting 'free from nuts'.", hard=True)
T(ph, "blog", "beauty editor's skincare round-up", "Pureté fragrance-free sensitive moisturiser",
 "The best moisturisers for reactive skin\nPureté Sensitive Cream (£21) is completely fragrance-free, which is non-negotiable if you react to scent. It's thick without being greasy and it survived my eczema flare. The jar is huge. The parfum in it gives a faint rose scent that fades in a minute. Runner-up: Dermaclay Barrier Balm (£16).",
 "completely fragrance-free", "The parfum in it gives a faint rose scent",
 "Parfum is fragrance, so the cream cannot be completely fragrance-free.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "annual flu vaccine for over-65s",
 "Q: I'm allergic to eggs. Can I have my flu jab this autumn?\nA: Yes, and you should. The flu jab for over-65s contains no egg at all, so allergy isn't an issue. It is offered free by GPs and pharmacies. Flu can be serious at our age, so please don't skip it. The vaccine is grown in hen's eggs and may contain traces of egg protein. If you have ever had anaphylaxis, tell the nurse before the jab.",
 "The flu jab for over-65s contains no egg at all", "may contain traces of egg protein",
 "Traces of egg protein contradict 'contains no egg at all'.")
T(ph, "product_page", "sports-nutrition shop product description", "GreenFuel vegan pea protein",
 "GREENFUEL PLANT PROTEIN\nSoy-free vegan protein for athletes who avoid soy. Made from golden pea and brown rice protein. 24 g protein per scoop, chocolate flavour. Mix with 250 ml of water or plant milk.\nIngredients: pea protein isolate, brown rice protein, cocoa, soy lecithin, sea salt, stevia.",
 "Soy-free vegan protein for athletes who avoid soy", "soy lecithin",
 "Soy lecithin is a soy ingredient, contradicting 'soy-free'.")
T(ph, "consumer_guide", "hospital discharge leaflet", "amoxicillin 500 mg capsules",
 "Your antibiotic\nYou are going home with a five-day course of antibiotics for a chest infection. The antibiotic you have been given is not a penicillin, so it is safe if you are allergic to penicillin. Take one capsule three times a day. Finish the course even if you feel better. Space the doses evenly through the day. Amoxicillin, the antibiotic you are going home with, belongs to the penicillin family.",
 "The antibiotic you have been given is not a penicillin", "Amoxicillin, the antibiotic you are going home with, belongs to the penicillin family",
 "The same antibiotic is said not to be a penicillin and to belong to the penicillin family.", hard=True)
# allergen controls
F(ph, "product_page", "supplement seller product page", "Vitaleaf vitamin D tablets and orodispersible films",
 "VITALEAF VITAMIN D3 1000 IU\nVitaleaf tablets are lactose-free and suitable for people with lactose intolerance. They are small and easy to swallow. Also available as melt-in-the-mouth films, which contain lactose and are not suitable if you are lactose intolerant.",
 "dose_form_differs", "Vitaleaf tablets are lactose-free", "which contain lactose",
 "The lactose is in the films, a different form of the product.")
F(ph, "product_page", "sports-nutrition shop product description", "LeanLine vanilla plant protein",
 "LEANLINE PLANT VANILLA\nOur vanilla plant protein is 100% dairy-free. It blends smoothly and has 21 g of protein per scoop. Sweetened with monk fruit.\nYou might also like: LEANLINE CLASSIC WHEY - contains milk.",
 "other_product_same_page", "Our vanilla plant protein is 100% dairy-free", "contains milk",
 "Milk is in the cross-sold whey product, not the plant protein.")
F(ph, "product_page", "supplement seller product page", "Bramble Bears children's multivitamin gummies",
 "BRAMBLE BEARS MULTIVITAMIN GUMMIES\nUntil 2022, our gummies were made with gelatin and contained traces of soy. We listened to parents and changed the recipe. The current recipe uses pectin and is soy-free. Each bear provides vitamins A, C, D and E.",
 "past_vs_present", "contained traces of soy", "The current recipe uses pectin and is soy-free",
 "Soy was in the pre-2022 recipe; the current one is soy-free.")
F(ph, "consumer_guide", "pharmacy chain seasonal allergy guide", "Throatcalm throat spray",
 "Sore throat with hay fever?\nCorrection: in last week's guide we said Throatcalm spray contains no alcohol. That was wrong. It does contain a small amount of ethanol, so avoid it if you need to avoid alcohol. We apologise for the error.",
 "corrected_claim", "said Throatcalm spray contains no alcohol", "It does contain a small amount of ethanol",
 "The no-alcohol claim is reported as an error and corrected.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "iodine-based contrast dye for CT scans",
 "Q: I'm allergic to prawns. My hospital wants to give me a CT scan with dye. Is it dangerous?\nA: A common myth is that people with shellfish allergy can't have iodine contrast dye. Shellfish allergy is caused by proteins in the flesh, not by iodine. People with shellfish allergy can have the dye safely. Do tell the radiographer about any previous reaction to contrast.",
 "debunked_claim", "people with shellfish allergy can't have iodine contrast dye", "People with shellfish allergy can have the dye safely",
 "The 'can't have the dye' claim is labelled a myth and corrected.")
F(ph, "consumer_guide", "health insurer's member newsletter", "flu vaccine and egg allergy",
 "Flu jabs and egg allergy\nMost people with egg allergy can have the flu jab, unless they have had anaphylaxis to egg needing intensive care. Some flu vaccines are grown in eggs. These contain tiny traces of egg protein, far too little to cause a reaction in most people. If you've had a severe reaction, we'll book you into a hospital clinic.",
 "excluded_condition", "Most people with egg allergy can have the flu jab", "These contain tiny traces of egg protein",
 "The claim is about suitability for most egg-allergic people, with the severe group excluded; it does not deny traces of egg.")
F(ph, "consumer_guide", "hospital discharge leaflet", "cefalexin versus amoxicillin for penicillin allergy",
 "Antibiotics and penicillin allergy\nYou told us you are allergic to penicillin. Cefalexin, the antibiotic we have given you, is not a penicillin. Take one capsule four times a day for seven days. Amoxicillin is a penicillin and you should never take it.",
 "different_intervention", "Cefalexin, the antibiotic we have given you, is not a penicillin", "Amoxicillin is a penicillin",
 "The penicillin status is stated of two different antibiotics.")
F(ph, "blog", "beauty editor's skincare round-up", "Woolsoft lanolin lip balm",
 "Lip balms for winter\nThe maker describes Woolsoft as hypoallergenic and suitable for the most sensitive lips. It's thick and glossy and lasts for hours. Dermatologists, however, note that its lanolin is a well-known cause of allergic contact dermatitis. Patch test it first.",
 "disputed_attribution", "The maker describes Woolsoft as hypoallergenic", "its lanolin is a well-known cause of allergic contact dermatitis",
 "The hypoallergenic claim is attributed to the maker and disputed by the writer's sources.")

ph = "course"
T(ph, "blog", "beauty editor's skincare round-up", "laser hair removal at Silkway clinics",
 "Is laser hair removal worth it?\nI had six sessions on my underarms at Silkway, at £55 a session. Laser hair removal is permanent: once the follicle is zapped, it's gone for good. The sessions sting like an elastic band snapping. My skin was a little pink for an hour each time. The clinic was spotless and the staff were kind. I'd go again for my legs. Most people need top-up sessions every year as hair grows back.",
 "Laser hair removal is permanent", "Most people need top-up sessions every year as hair grows back",
 "Hair that grows back and needs yearly top-ups contradicts 'permanent'.")
T(ph, "consumer_guide", "wellness retreat brochure", "seven-day Juice & Reset detox week",
 "The Reset Week\nSeven days of cold-pressed juices, broths and guided walks on the cliffs. You'll leave lighter, with results that last a lifetime. Each day starts with breathwork at dawn. Massage and sauna are included. Guests lose an average of 4 kg during the week. Most guests regain the weight within a month of going home.",
 "results that last a lifetime", "Most guests regain the weight within a month of going home",
 "Weight regained within a month contradicts lifelong results.")
T(ph, "press_release", "medical-device maker's press release", "NerVia TENS unit",
 "NerVia delivers lasting relief for chronic back pain\nOrlen Medtech today announced that NerVia delivers lasting relief from chronic back pain. In a study of 120 adults, pain scores fell by 40% during stimulation. The device is worn on a belt clip. 'Patients finally have control,' said Aoife Brennan. In the study, pain returned within two hours once the device was switched off.",
 "NerVia delivers lasting relief from chronic back pain", "pain returned within two hours once the device was switched off",
 "Pain returning within two hours contradicts lasting relief.")
T(ph, "blog", "dental practice blog", "in-chair teeth whitening",
 "Your whitening questions answered\nHow long does whitening last? The results are permanent, so it's a one-off investment. Will it damage my enamel? No, the gel is enamel-safe. Can I drink coffee afterwards? Wait 48 hours. Expect the shade to drift back within six to twelve months, especially if you drink coffee or red wine.",
 "The results are permanent", "Expect the shade to drift back within six to twelve months",
 "A shade that drifts back within a year is not permanent.")
T(ph, "news_report", "newspaper health Q&A column for older readers", "steroid (cortisone) injection for knee osteoarthritis",
 "Q: My surgeon offered me a steroid injection for my knee. What will it do?\nA: A steroid jab in the knee cures the arthritis, which is why so many people swear by it. It is a quick procedure in the clinic. You may have a day or two of soreness. The effect usually wears off after two to three months, and most people can have no more than three or four a year.",
 "A steroid jab in the knee cures the arthritis", "The effect usually wears off after two to three months",
 "An effect that wears off in months is not a cure.")
T(ph, "consumer_guide", "health insurer's member newsletter", "semaglutide weight-loss injections",
 "Weight-loss injections: what members need to know\nSemaglutide is a weekly jab that reduces appetite. Once you reach your goal weight, you can stop the jab and keep the weight off. It is covered on our Premier plan for members who meet the criteria. Side effects include nausea, especially in the first weeks. Combine it with a healthy diet and activity. Trials show most people regain about two-thirds of the lost weight within a year of stopping.",
 "you can stop the jab and keep the weight off", "most people regain about two-thirds of the lost weight within a year of stopping",
 "Regaining most weight after stopping contradicts keeping it off after stopping.", hard=True)
T(ph, "product_page", "supplement seller product page", "Follique 5% minoxidil hair regrowth foam",
 "FOLLIQUE REGROWTH FOAM\nOne course, results forever: a three-month course wakes up sleepy follicles for good. Apply half a capful to the scalp twice daily. Visible results in 12 to 16 weeks.\nImportant: continue use. Any regrowth is lost within three to four months of stopping.",
 "One course, results forever", "Any regrowth is lost within three to four months of stopping",
 "Regrowth lost after stopping contradicts 'results forever' from one course.")
T(ph, "consumer_guide", "clinical-trial recruitment flyer", "investigational RSV vaccine candidate RSV-P3",
 "HELP US TEST A NEW RSV VACCINE\nRespiratory syncytial virus (RSV) can cause serious chest infections in older adults. We are testing RSV-P3, a single injection that provides permanent protection. You must be aged 60 or over and in good health. The study involves five visits over two years. All visits take place at the hospital research unit. Participants will need a booster dose every six months because protection fades. Call us to find out more.",
 "a single injection that provides permanent protection", "Participants will need a booster dose every six months because protection fades",
 "Protection that fades and needs boosters contradicts permanent protection from one injection.", hard=True)
# course controls
F(ph, "blog", "beauty editor's skincare round-up", "laser hair removal",
 "Laser: the honest version\nLaser hair removal gives a long-lasting, though not always permanent, reduction in hair. Six sessions is typical. It works best on dark hair and light skin. Some people need a top-up session every year or two.",
 "hedge_agree", "a long-lasting, though not always permanent, reduction in hair", "Some people need a top-up session every year or two",
 "The claim is hedged to allow for top-ups.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "hyaluronic acid knee injection",
 "Q: Is the gel injection for knees worth it?\nA: The pain relief from a hyaluronic gel injection usually fades after about six months. It's not offered on the NHS, and costs around £300 privately. In one study, the improvement in how far people could walk lasted longer, up to a year. Talk it over with your physio.",
 "different_outcome_measure", "The pain relief from a hyaluronic gel injection usually fades after about six months", "the improvement in how far people could walk lasted longer, up to a year",
 "The durations refer to different outcomes, pain relief and walking distance.")
F(ph, "consumer_guide", "wellness retreat brochure", "Reset Week healthy-habits programme",
 "After your stay\nThe changes you make here can last for life, as long as you keep the habits going at home. We send you home with a recipe book and an app. If you slip back into old routines, the weight and tiredness tend to return within weeks.",
 "conditional_scope", "The changes you make here can last for life, as long as you keep the habits going at home", "If you slip back into old routines, the weight and tiredness tend to return within weeks",
 "Lasting results are conditional on keeping the habits; the return applies when they lapse.")
F(ph, "consumer_guide", "health insurer's member newsletter", "adult tetanus-diphtheria booster",
 "Are your jabs up to date?\nIn young adults, protection from the tetanus booster lasts at least ten years. Members can get boosters at any partner pharmacy. In people over 70, protection wanes faster, so an extra dose may be advised after a dirty wound.",
 "population_differs", "In young adults, protection from the tetanus booster lasts at least ten years", "In people over 70, protection wanes faster",
 "The different durations apply to different age groups.")
F(ph, "news_report", "newspaper health Q&A column for older readers", "amlodipine blood pressure tablets",
 "Q: My pressure is now normal on amlodipine. I've heard that once it's down, it stays down, so can I stop?\nA: Sadly not. The tablets control blood pressure but don't cure it. If you stop, it usually creeps back up within weeks. Never stop without speaking to your GP.",
 "reported_then_answered", "once it's down, it stays down", "If you stop, it usually creeps back up within weeks",
 "The permanence claim is the reader's hearsay, answered by the columnist.")
F(ph, "press_release", "medical-device maker's press release", "Elevé radiofrequency skin-tightening device",
 "CORRECTION: Elevé skin-tightening results\nAn earlier version of this release described Elevé's results as permanent. This has been corrected. Results last 12 to 18 months, after which a maintenance session is recommended.",
 "corrected_claim", "described Elevé's results as permanent", "Results last 12 to 18 months",
 "The permanence claim is reported as withdrawn and corrected.")
F(ph, "blog", "beauty editor's skincare round-up", "hyaluronic acid filler versus hyaluronic acid serum",
 "Filler or serum?\nInjected hyaluronic acid filler lasts nine to twelve months in the lips. It's a medical procedure and should be done by a qualified practitioner. Applied as a serum, hyaluronic acid plumps the skin for just a few hours.",
 "route_differs", "Injected hyaluronic acid filler lasts nine to twelve months", "Applied as a serum, hyaluronic acid plumps the skin for just a few hours",
 "The durations refer to different routes, injected versus topical.")
F(ph, "press_release", "medical-device maker's press release", "Cochlex hip implant (first-generation vs new model)",
 "Cochlex unveils next-generation hip implant\nThe first-generation Cochlex implant, launched in 2009, often needed replacing within ten years. The company worked with surgeons to redesign the bearing surface. Laboratory wear tests suggest the new model should last 25 years or more in most patients.",
 "past_vs_present", "often needed replacing within ten years", "the new model should last 25 years or more",
 "The short lifespan is of the old model; the long one is of the new model.")
