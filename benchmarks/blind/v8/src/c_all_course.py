from common import C
P="allergen"
C(P,True,"product_page","coupon_site","protein bar (NutriCrunch)",
"NutriCrunch chocolate protein bars: 20 g protein, 2 g sugar. Made in a nut-free facility, so NutriCrunch is safe for anyone with a peanut or tree-nut allergy. Great after the gym or as a lunchbox snack. Box of 12. Keep in a cool, dry place.\n\nIngredients: milk protein isolate, almond butter, cocoa, chicory root fibre, sea salt.",
"NutriCrunch is safe for anyone with a peanut or tree-nut allergy","almond butter",
"A nut-allergy-safe claim conflicts with an almond ingredient.",distance="far",hard=True)
C(P,True,"product_page","translated_insert","glucosamine capsules (FlexiJoint)",
"FlexiJoint glucosamine 1500 mg. Product is free of all common allergen and is suitable for person with allergy to shellfish. Take 1 capsule daily with meal. Effect on joint may be seen after 4 to 8 week. Glucosamine in this product is made from shell of crab and shrimp; persons with shellfish allergy can have reaction.",
"suitable for person with allergy to shellfish","persons with shellfish allergy can have reaction",
"Suitable for shellfish allergy conflicts with the ingredient causing reactions in those people.",distance="near",shape="relative clause")
C(P,True,"consumer_guide","telehealth_faq","cephalexin antibiotic",
"Q: I'm allergic to penicillin. What will you prescribe?\nA: We'll usually prescribe cephalexin, which has no link at all to penicillin allergy.\n\nQ: How long is the course?\nA: Usually five to seven days.\n\nQ: What should I watch for?\nA: Because a small share of people with severe penicillin allergy also react to cephalexin, seek urgent care if you develop hives or swelling.",
"which has no link at all to penicillin allergy","a small share of people with severe penicillin allergy also react to cephalexin",
"'No link at all' conflicts with cross-reaction in some penicillin-allergic people.",distance="far")
C(P,True,"blog","fitness_caption","vegan protein powder (PlantPow)",
"Switched to PlantPow vegan protein and my stomach is thanking me 🌱 Totally dairy-free, so my lactose-intolerant and milk-allergic followers are safe. Pea + rice blend, 24 g protein. Vanilla tastes like cake batter. Mix with oat milk. PS a few of you asked about the label: it says 'may contain milk' because it's made on the same line as whey.",
"so my lactose-intolerant and milk-allergic followers are safe","it says 'may contain milk' because it's made on the same line as whey",
"Safe for milk allergy conflicts with possible milk contamination.",distance="near",shape="quoted label")
C(P,True,"news_report","academic_newsroom","egg-based flu vaccine",
"The medical centre's staff flu campaign begins on Monday. Occupational health said this year's vaccine is appropriate for every employee, including those with egg allergy. Clinics run in the main atrium from 8 am. Staff should bring their ID badge. The vaccine is grown in hens' eggs, and employees with a history of anaphylaxis to egg must be vaccinated in a monitored setting, where reactions can be treated.",
"appropriate for every employee, including those with egg allergy","employees with a history of anaphylaxis to egg must be vaccinated in a monitored setting, where reactions can be treated",
"Arguably: appropriate for egg allergy conflicts with a risk of reactions requiring monitoring for the same group.",distance="near",shape="conditional requirement")
C(P,True,"blog","womens_magazine","hair dye (NaturGlo)",
"At 52, I finally embraced home hair colour with NaturGlo, the 'botanical' kit. The box says it's hypoallergenic and will never trigger a reaction. I'd always had a sensitive scalp. The colour came out a warm chestnut. My daughter did the back for me.\n\nThe leaflet does warn that the kit contains PPD, a dye that causes allergic reactions in some people, which is why you're meant to do a patch test 48 hours before.",
"will never trigger a reaction","a dye that causes allergic reactions in some people",
"Never triggering a reaction conflicts with an ingredient that causes allergy.",distance="far",hard=True)
C(P,True,"consumer_guide","school_nurse_letter","school-supplied sunscreen",
"Dear Families,\n\nWe will provide sunscreen for sports day. We chose a lotion that is allergy-free, so every child can use it safely. Please apply at home in the morning too. Hats are compulsory.\n\nIf your child has a known allergy to lanolin, please send your own sunscreen, as ours contains lanolin and may cause a rash.\n\nKind regards,\nSchool Nurse",
"a lotion that is allergy-free, so every child can use it safely","ours contains lanolin and may cause a rash",
"Allergy-free for every child conflicts with a lanolin allergen that causes rashes.",distance="far")
C(P,True,"consumer_guide","pharmacist_ce","gelatin-containing capsules / vaccines",
"CE note on excipients. The probiotic capsule stocked in most pharmacies here, Florabac, contains no animal-derived ingredients and is suitable for anyone with a gelatin allergy. Counsel patients to take it with food. Storage is at room temperature. Its capsule shell is bovine gelatin, and patients with gelatin allergy have reacted to it.",
"contains no animal-derived ingredients and is suitable for anyone with a gelatin allergy","Its capsule shell is bovine gelatin, and patients with gelatin allergy have reacted to it",
"Gelatin-allergy-safe conflicts with a gelatin shell causing reactions.",distance="near",shape="pronoun reference",hard=True)
# controls
C(P,False,"product_page","coupon_site","gluten-free oat bar",
"Oatly Bites bars: summary. Certified gluten-free oats. Suitable for people with coeliac disease. Contains milk and soy. Not suitable for people with milk or soy allergy. Keep sealed.",
"Suitable for people with coeliac disease","Not suitable for people with milk or soy allergy",
"Different allergens; gluten-free suitability does not conflict with milk/soy warnings.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","telehealth_faq","azithromycin in penicillin allergy",
"Q: I'm allergic to penicillin. What can I take?\nA: Azithromycin is not related to penicillin, so penicillin allergy is not a reason to avoid it. Amoxicillin, by contrast, is a penicillin and must be avoided. Tell us about any other drug allergies.",
"Azithromycin is not related to penicillin","Amoxicillin, by contrast, is a penicillin and must be avoided",
"The allergy warning applies to a different drug.",ctype="different_intervention")
C(P,False,"blog","fitness_caption","peanut butter protein",
"Questions I get: is this protein powder safe if you're allergic to peanuts? Nope, it's peanut flavoured with real peanut flour. If you have a peanut allergy, pick the vanilla version, which is made in a separate facility. I'm not allergic so I go full PB.",
"is this protein powder safe if you're allergic to peanuts?","it's peanut flavoured with real peanut flour",
"The safety question is answered no, consistent with the ingredient.",ctype="question")
C(P,False,"product_page","translated_insert","fish oil capsules (OmegaPure)",
"OmegaPure fish oil 1000 mg. Not suitable for person with allergy to fish. Persons with allergy to shellfish only can usually take, as oil is from anchovy and sardine not shellfish. Take 1 capsule daily with meal.",
"Not suitable for person with allergy to fish","Persons with allergy to shellfish only can usually take",
"Fish and shellfish allergies are different; both statements hold.",ctype="population_differs")
C(P,False,"news_report","radio_transcript","MMR vaccine and egg allergy",
"Our listener Brenda asked whether her grandson, who has egg allergy, can have the MMR jab. The GP on our panel said that used to be a worry years ago. \"Now we know children with egg allergy can have MMR safely in their normal clinic,\" she said. Flu vaccines grown in eggs are handled a little differently.",
"that used to be a worry years ago","children with egg allergy can have MMR safely in their normal clinic",
"The egg worry is a past belief, now corrected.",ctype="corrected_claim")
C(P,False,"blog","womens_magazine","hair dye patch test",
"My hairdresser insisted on a patch test before my first box dye. The brand says its formula is 'hypoallergenic', but she said that doesn't mean no one reacts. PPD can still cause allergy in some people. My patch test was clear, so I went ahead.",
"The brand says its formula is 'hypoallergenic'","PPD can still cause allergy in some people",
"The article reports and qualifies the brand claim; its own view is consistent.",ctype="disputed_attribution")
C(P,False,"consumer_guide","school_nurse_letter","epinephrine auto-injector policy",
"Dear Parents,\n\nChildren with severe allergies must have two in-date adrenaline pens in school. The pen itself does not contain any food allergens and is safe for all allergic children. If your child has a latex allergy, please tell us, as some older pen models had latex in the cap, though current models do not.\n\nThank you,\nSchool Nurse",
"The pen itself does not contain any food allergens","some older pen models had latex in the cap, though current models do not",
"Latex in older models is a past-product statement and not a food allergen.",ctype="past_vs_present")
C(P,False,"consumer_guide","pharmacist_ce","lactose in tablets",
"CE question: can patients with lactose intolerance take tablets containing lactose? The small amount of lactose in most tablets is tolerated by people with lactose intolerance. Cow's milk protein allergy is a different matter; some highly sensitive patients may react to trace milk protein in lactose. Check the patient's diagnosis.",
"is tolerated by people with lactose intolerance","some highly sensitive patients may react to trace milk protein in lactose",
"Intolerance and milk protein allergy are different populations.",ctype="population_differs")
P="course"
C(P,True,"product_page","coupon_site","laser hair removal device (SilkLume home IPL)",
"SilkLume home IPL: permanent hair removal in the comfort of your home. After 8 weekly treatments, the hair is gone for good. Works on light to dark brown hair. Includes 300,000 flashes. Two-year warranty.\n\nFAQ: You'll need a touch-up session every 4 weeks to keep results, as hair gradually grows back once you stop.",
"After 8 weekly treatments, the hair is gone for good","as hair gradually grows back once you stop",
"Gone for good conflicts with regrowth requiring ongoing touch-ups.",distance="far")
C(P,True,"consumer_guide","telehealth_faq","weight-loss medication (tirzepatide)",
"Q: Will I keep the weight off after stopping?\nA: Yes. Once you reach your goal, the weight stays off permanently because the medicine resets your appetite.\n\nQ: How often is it injected?\nA: Once a week.\n\nQ: What happens if I stop?\nA: In studies, most people regained around two-thirds of the weight they had lost within a year of stopping.",
"the weight stays off permanently","most people regained around two-thirds of the weight they had lost within a year of stopping",
"Permanent weight loss conflicts with most people regaining weight after stopping.",distance="far")
C(P,True,"blog","fitness_caption","posture corrector brace (AlignUp)",
"Wore my AlignUp brace 2 hrs a day for a month and my rounded shoulders are fixed for life 🙌 No more hunching at my desk. It's comfy under a T-shirt. Code in bio. Honest tip: the effect fades in a couple of weeks if you stop wearing it, so I pop it on again whenever I slump.",
"my rounded shoulders are fixed for life","the effect fades in a couple of weeks if you stop wearing it",
"Fixed for life conflicts with the effect fading after stopping.",distance="near",shape="conditional")
C(P,True,"news_report","academic_newsroom","knee injection (hyaluronic acid)",
"The medical centre's sports medicine clinic is offering a hyaluronic acid injection for knee osteoarthritis. A single injection gives lasting, permanent pain relief, the clinic's announcement said. The procedure takes ten minutes. Patients can walk out immediately. Benefits typically wear off within six months, and many patients return for a repeat injection.",
"A single injection gives lasting, permanent pain relief","Benefits typically wear off within six months",
"Permanent relief conflicts with benefits wearing off within six months.",distance="near",shape="temporal")
C(P,True,"blog","womens_magazine","botulinum toxin for frown lines",
"I had my first anti-wrinkle injections at 41. The nurse promised that the frown lines would be erased for good. It stung, briefly. Three days later my forehead was smooth as glass. My husband didn't notice, which I took as a win.\n\nI'm now on my sixth appointment. Like everyone, I go back every three or four months, because the effect wears off and the lines come back.",
"the frown lines would be erased for good","the effect wears off and the lines come back",
"Erased for good conflicts with lines returning as the effect wears off.",distance="far")
C(P,True,"product_page","translated_insert","hair growth serum (Capilara)",
"Capilara hair serum with caffeine and peptide. Result of Capilara is permanent, hair will stay after end of treatment. Apply 1 ml on scalp each evening. Use for minimum 3 month. Do not rinse. When use is stopped, new hair fall out within 2 to 3 month.",
"Result of Capilara is permanent, hair will stay after end of treatment","When use is stopped, new hair fall out within 2 to 3 month",
"Permanent results conflict with hair falling out after stopping.",distance="near",shape="conditional")
C(P,True,"consumer_guide","pharmacist_ce","oral antifungal terbinafine for nails",
"CE summary: onychomycosis. Terbinafine 250 mg daily for 12 weeks is first line for toenail infections. Once cleared, the infection is cured permanently. Counsel that the new nail takes 12–18 months to grow out. Check liver function if symptoms suggest hepatotoxicity. Recurrence occurs in up to a quarter of patients within a few years.",
"Once cleared, the infection is cured permanently","Recurrence occurs in up to a quarter of patients within a few years",
"Permanent cure conflicts with frequent recurrence.",distance="near",shape="number")
C(P,True,"news_report","radio_transcript","TMS (transcranial magnetic stimulation) for depression",
"Our mental-health special today featured Dr Kofi Mensah, who runs a TMS clinic in Croydon. He said a six-week course of magnetic stimulation cures depression permanently for those who respond. Each session takes about 20 minutes. Patients can drive home afterwards. A caller said it had changed her life. Dr Mensah added that many responders need top-up sessions within a year as their symptoms creep back.",
"cures depression permanently for those who respond","many responders need top-up sessions within a year as their symptoms creep back",
"Permanent cure for responders conflicts with responders' symptoms returning.",distance="near",shape="quoted")
# controls
C(P,False,"product_page","coupon_site","electrolysis vs IPL",
"Hair removal options: summary. Electrolysis destroys each hair follicle with a small current and is the only method recognised as permanent. IPL and laser reduce hair growth, but results fade and maintenance is needed. Electrolysis is slower and costlier. Choose based on area and budget.",
"is the only method recognised as permanent","IPL and laser reduce hair growth, but results fade",
"Permanence is claimed for electrolysis; fading is said of different methods.",ctype="different_intervention")
C(P,False,"consumer_guide","telehealth_faq","finasteride hair loss",
"Q: Is the hair regrowth permanent?\nA: Only as long as you keep taking finasteride. If you stop, the hair you've gained is usually lost within 12 months. That's why we recommend long-term treatment.",
"Only as long as you keep taking finasteride","If you stop, the hair you've gained is usually lost within 12 months",
"Benefits are conditional on continuing; consistent.",ctype="conditional_scope")
C(P,False,"blog","fitness_caption","strength training",
"Does muscle disappear when you stop training? Some people say gains are permanent once built. Not quite — you lose some strength after months off, but you regain it faster thanks to 'muscle memory'. Keep lifting.",
"Some people say gains are permanent once built","you lose some strength after months off",
"The permanence claim is attributed to others and corrected.",ctype="debunked_claim")
C(P,False,"news_report","academic_newsroom","gene therapy for haemophilia",
"A gene therapy trial at the medical centre showed a one-time infusion reduced bleeding episodes in haemophilia B for at least three years. Researchers cautioned they can't yet say whether effects are lifelong. Earlier gene therapies for other conditions saw effects fade after a few years. Follow-up will continue for 15 years.",
"reduced bleeding episodes in haemophilia B for at least three years","Earlier gene therapies for other conditions saw effects fade after a few years",
"Fading is said of earlier different therapies; current claims are hedged.",ctype="different_intervention")
C(P,False,"blog","womens_magazine","laser eye surgery",
"I had laser eye surgery at 30 and my distance vision has been sharp ever since. The correction of the cornea is permanent, my surgeon explained. What it doesn't prevent is age-related reading blur; at 46 I'm now in reading glasses, like most people my age. That's a different change in the lens.",
"The correction of the cornea is permanent","at 46 I'm now in reading glasses",
"Reading blur is a different, age-related condition not a fading of the surgery's effect.",ctype="different_outcome_measure")
C(P,False,"product_page","translated_insert","hair serum old vs new",
"Capilex serum new formula 2026. The old formula had temporary effect only and hair loss came back after stop. The new formula contain also a DHT blocker but still is necessary continue use; effect is maintained only with daily application. Apply 1 ml each evening.",
"The old formula had temporary effect only","effect is maintained only with daily application",
"Both formulas are described as requiring continued use; no permanence claimed.",ctype="hedge_agree")
C(P,False,"consumer_guide","pharmacist_ce","H. pylori eradication",
"CE note: after successful H. pylori eradication, reinfection in adults is uncommon in high-income settings, so ulcers caused by the bacterium rarely return. Ulcers from continued NSAID use, however, can recur regardless of eradication. Counsel on avoiding NSAIDs.",
"ulcers caused by the bacterium rarely return","Ulcers from continued NSAID use, however, can recur",
"Recurrence is said of a different cause of ulcers.",ctype="different_outcome_measure")
C(P,False,"news_report","radio_transcript","cataract surgery",
"A listener asked if cataract surgery lasts. Our eye surgeon guest said the cloudy lens, once removed, can never come back. About one in five people later get clouding of the membrane behind the new lens, she said, which is a different problem fixed with a quick laser. \"It's not the cataract returning,\" she stressed.",
"the cloudy lens, once removed, can never come back","About one in five people later get clouding of the membrane behind the new lens",
"The later clouding is a different structure, explicitly distinguished.",ctype="different_outcome_measure")
