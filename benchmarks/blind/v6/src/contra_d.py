ROWS = []
PH = [None]
def T(style, interv, text, flag, flag2, why, hard=False):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=True,
                     flag=flag, flag2=flag2, why=why, hard_to_spot=hard))
def F(style, interv, ctype, text, decoy, decoy2, why):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=False,
                     control_type=ctype, decoy=decoy, decoy2=decoy2, why=why))

# ---------------- allergen ----------------
PH[0] = "allergen"
T("product_page", "Trailfuel plant protein bar",
  "Trailfuel bars pack 15 g of plant protein into a chewy, salted-caramel snack. They are free from all major allergens, so they are perfect for lunchboxes and school trips. Each bar has just 4 g of sugar and 6 g of fibre. Sweetened with dates and a touch of sea salt. Ingredients: pea protein, dates, almond butter, oats, sea salt, natural flavouring.",
  "They are free from all major allergens", "almond butter",
  "Almonds (tree nuts) are a major allergen listed in the ingredients.")
T("consumer_guide", "Fluvera inactivated influenza vaccine",
  "The annual flu jab is offered free to people over 65, pregnant women and those with long-term conditions. This year's Fluvera vaccine contains no egg protein, so it is fine for people with an egg allergy. The jab takes a couple of weeks to reach full protection. A sore arm for a day or two is common. Fluvera is produced in fertilised hens' eggs and may contain traces of egg protein.",
  "This year's Fluvera vaccine contains no egg protein", "may contain traces of egg protein",
  "The guide says the vaccine contains no egg protein and then that it may contain traces of it.")
T("blog", "Sculptmix protein shake",
  "My post-gym shake has been Sculptmix for a year now, and it's the only one that doesn't leave me bloated. It's 100% dairy-free, which is huge for me. Chocolate is the best flavour, and it mixes with just water. I add a banana and some ice. The base is whey protein isolate, which is filtered from milk, so the protein quality is top notch.",
  "It's 100% dairy-free", "The base is whey protein isolate, which is filtered from milk",
  "Whey isolate filtered from milk is a dairy ingredient.")
T("product_page", "Nutrelle kids' multivitamin gummies",
  "Nutrelle\u00ae Kids gummies turn daily vitamins into a treat, with 13 vitamins and minerals in every serving. Nutrelle is gluten-free, making it suitable for children with coeliac disease. Fun fruit shapes in strawberry and orange. Two gummies a day for children aged 3 and over. Sweetened naturally with barley malt extract and fruit juice.",
  "Nutrelle is gluten-free", "Sweetened naturally with barley malt extract",
  "Barley malt extract contains gluten, so the gluten-free claim and the ingredient conflict.", hard=True)
T("news_report", "Solaray Pure mineral sunscreen",
  "A new mineral sunscreen marketed for sensitive skin has sold out at several chains after going viral on social media. Solaray Pure is hypoallergenic and will not trigger skin allergies, according to the brand's chief scientist, Dr Eva Marsh. It uses zinc oxide rather than chemical filters. Dermatologists welcomed the fragrance-free formula. In the brand's own patch testing, 2% of volunteers developed an allergic rash to the preservative it contains.",
  "Solaray Pure is hypoallergenic and will not trigger skin allergies", "2% of volunteers developed an allergic rash to the preservative it contains",
  "An allergic rash in 2% of volunteers shows the product can trigger allergies.")
T("consumer_guide", "amoxicillin (penicillin-type antibiotic)",
  "Your GP has prescribed amoxicillin for a chest infection. Amoxicillin is a safe choice for people with a penicillin allergy. Take one capsule three times a day, spaced evenly, and finish the course. It may cause mild diarrhoea. Amoxicillin belongs to the penicillin family, so people who are allergic to penicillin can react badly to it.",
  "Amoxicillin is a safe choice for people with a penicillin allergy", "people who are allergic to penicillin can react badly to it",
  "The guide says amoxicillin is safe in penicillin allergy and then that penicillin-allergic people can react to it.")
T("press_release", "AlgaeOm algal omega-3 softgels",
  "AlgaeOm, the Cambridge start-up spun out of the university's plant sciences department, today launched its first omega-3 product made from microalgae rather than fish. Because no fish are involved at any stage, AlgaeOm is suitable for people with fish allergy. Each softgel provides 500 mg of DHA and EPA. The company grows its algae in closed tanks powered by renewable energy. The softgel shell is made from fish gelatin, which gives a smooth, easy-to-swallow finish.",
  "AlgaeOm is suitable for people with fish allergy", "The softgel shell is made from fish gelatin",
  "A fish gelatin shell is a fish ingredient, contradicting suitability for fish allergy and 'no fish at any stage'.", hard=True)
T("blog", "FlexLoop resistance bands",
  "If you're building a home gym on a budget, grab a set of FlexLoop bands. These bands contain no latex whatsoever, so anyone can use them. I use the heavy one for glute bridges and the light one for shoulder rehab. They fold into a tiny pouch for travel. The natural rubber latex they're made from is what gives them that satisfying snap.",
  "These bands contain no latex whatsoever", "The natural rubber latex they're made from",
  "Bands made from natural rubber latex contain latex.", hard=True)
F("product_page", "Oatie oat milk vs the brand's barista almond blend", "different_intervention",
  "Oatie Original oat milk is nut-free and made in a dedicated nut-free facility. It froths beautifully for lattes. Our Barista Almond Blend, sold separately, contains almonds and is not suitable for people with a nut allergy.",
  "Oatie Original oat milk is nut-free", "contains almonds and is not suitable for people with a nut allergy",
  "The almond warning is for a different product.")
F("product_page", "Vitaroo chewable vitamin C, old vs new recipe", "past_vs_present",
  "Until 2023, Vitaroo chewables contained soy lecithin. Our new recipe replaces it with sunflower lecithin, so today's Vitaroo is soy-free. If you still have an older tub, check the label before giving it to someone with a soy allergy.",
  "Vitaroo chewables contained soy lecithin", "today's Vitaroo is soy-free",
  "The soy ingredient is in the old recipe; the soy-free claim is about the current one.")
F("product_page", "Bramblebake gluten-free flapjacks", "hedge_agree",
  "Bramblebake flapjacks contain no nuts in the recipe. Made with certified gluten-free oats and golden syrup. They are baked in a kitchen that also handles nuts, so we cannot rule out traces.",
  "contain no nuts in the recipe", "We cannot rule out traces",
  "No nut ingredients and possible cross-contact traces are consistent statements.")
F("blog", "cashew-based vegan cheese", "debunked_claim",
  "A follower messaged me saying cashew cheese is fine for people with tree nut allergies because it's fermented. That isn't true. Fermentation does not remove the nut proteins, so cashew cheese can cause serious reactions in anyone allergic to cashews.",
  "cashew cheese is fine for people with tree nut allergies", "cashew cheese can cause serious reactions in anyone allergic to cashews",
  "The safety claim is reported and immediately called untrue.")
F("news_report", "Lunara 'allergen-free' baby food pouches", "disputed_attribution",
  "Lunara markets its baby food pouches as free of all allergens. Trading Standards officers disagree. Testing commissioned by the council found milk protein in two batches of the banana and yoghurt flavour.",
  "free of all allergens", "found milk protein in two batches",
  "The allergen-free claim is the company's and is disputed by test results the article reports.")
F("consumer_guide", "egg-grown flu vaccine, mild vs severe egg allergy", "population_differs",
  "Most people with an egg allergy can safely have the standard flu vaccine, which contains only tiny amounts of egg protein. It is given as a single injection. A small number of people who have had a severe, life-threatening reaction to egg may be vaccinated in hospital as a precaution.",
  "Most people with an egg allergy can safely have the standard flu vaccine", "A small number of people who have had a severe, life-threatening reaction to egg may be vaccinated in hospital",
  "Safe for most egg-allergic people and a precaution for the severe minority are consistent.")
F("blog", "Peanut-free 'sunbutter' spread", "question",
  "We've switched the school lunches to sunflower seed butter, which contains no peanuts. The kids actually prefer it. But can a child with a peanut allergy still react to sunflower seeds? I've booked a chat with our allergy nurse to find out.",
  "sunflower seed butter, which contains no peanuts", "can a child with a peanut allergy still react to sunflower seeds?",
  "The second side is a question, not a claim that the product contains an allergen.")
F("consumer_guide", "hypoallergenic emollient cream in eczema", "symptom_vs_side_effect",
  "Softavel emollient is fragrance-free and rarely causes allergic reactions. Apply it generously several times a day. Itchy red patches that flare in winter are part of the eczema itself, not a reaction to the cream, so keep using it.",
  "rarely causes allergic reactions", "Itchy red patches that flare in winter are part of the eczema itself",
  "The itchy patches are attributed to eczema, not to the cream.")

# ---------------- course ----------------
PH[0] = "course"
T("consumer_guide", "laser hair removal",
  "Laser hair removal uses pulses of light to damage hair follicles. It gives permanent results, so you can throw away your razor for good. Most people need six to eight sessions, four to six weeks apart. It works best on dark hair and lighter skin. Expect redness for a day afterwards. Some hair usually grows back within a year, and most clients need top-up sessions to keep the area smooth.",
  "It gives permanent results, so you can throw away your razor for good", "Some hair usually grows back within a year, and most clients need top-up sessions",
  "Regrowth within a year requiring top-ups contradicts 'permanent results'.")
T("product_page", "Dermalis peptide firming cream",
  "Dermalis Lift & Firm is a rich night cream with five peptides and plant-based retinol alternative bakuchiol. With Dermalis, the results last \u2014 your skin stays firmer long after you finish the jar. Apply a pea-sized amount each evening. Suitable for all skin types. In our clinical test, the firmness benefits faded within two weeks of stopping the cream.",
  "the results last \u2014 your skin stays firmer long after you finish the jar", "the firmness benefits faded within two weeks of stopping the cream",
  "Benefits fading within two weeks of stopping contradict firmness lasting long after finishing.")
T("news_report", "hyaluronic acid knee injections",
  "Injections of hyaluronic acid into arthritic knees are increasingly offered at private clinics, at about \u00a3300 a time. The injections give long-lasting relief that can last for years, which is why they appeal to people hoping to put off a knee replacement. The treatment aims to top up the knee's natural lubricating fluid. In the largest trial, 300 patients had a course of three injections. Pain scores had returned to where they started by six months.",
  "The injections give long-lasting relief that can last for years", "Pain scores had returned to where they started by six months",
  "Pain returning to baseline by six months contradicts relief lasting for years.")
T("blog", "ketogenic diet",
  "I did strict keto for six months and lost 14 kg. The best part of keto is that the weight stays off for good, even after you stop. I ate lots of eggs, avocado, salmon and cheese. I didn't feel hungry, which is what made it work for me. Once you go back to eating bread and pasta, the weight creeps back on within a few months, which is exactly what happened to my sister.",
  "the weight stays off for good, even after you stop", "Once you go back to eating bread and pasta, the weight creeps back on within a few months",
  "Weight returning after stopping contradicts it staying off for good after stopping.")
T("press_release", "Quietune sound-therapy app for tinnitus",
  "A study led by audiologists at Kingsmead University found that Quietune, a sound-therapy smartphone app, reduced tinnitus distress after 12 weeks of daily use. \"Quietune offers lasting relief that continues after people stop using it,\" said study lead Dr Meera Joshi. The study included 180 adults with chronic tinnitus. Distress scores fell by 30% on average. Improvements faded within a month of stopping the app, follow-up showed.",
  "Quietune offers lasting relief that continues after people stop using it", "Improvements faded within a month of stopping the app",
  "Improvements fading within a month of stopping contradict relief continuing after stopping.")
T("consumer_guide", "botulinum toxin injections for excessive underarm sweating",
  "If antiperspirants haven't helped heavy underarm sweating, your doctor may suggest injections of botulinum toxin. It is a one-off treatment that permanently stops the sweating. The injections take about 20 minutes and are done in clinic. You may have small bruises for a few days. Sweating gradually returns after four to six months, so the injections are repeated two or three times a year.",
  "It is a one-off treatment that permanently stops the sweating", "Sweating gradually returns after four to six months, so the injections are repeated",
  "Returning sweating and repeat injections contradict a one-off permanent fix.", hard=True)
T("product_page", "Revolux whitening strips",
  "Revolux\u2122 Advanced Whitening Strips lift years of coffee and wine stains. One 14-day course leaves your teeth permanently whiter. Apply a strip to your upper and lower teeth for 30 minutes a day. Enamel-safe formula. Most customers find the shade drifts back over three to six months and repeat the course twice a year.",
  "One 14-day course leaves your teeth permanently whiter", "the shade drifts back over three to six months",
  "Shade drifting back within months contradicts permanent whitening.", hard=True)
T("news_report", "BrainSprint cognitive training game",
  "A brain-training game aimed at older adults improved memory scores after eight weeks of use, according to a study of 1,200 people aged 65 and over. These effects endure for life, because the game rewires memory circuits for good. Players spent 20 minutes a day on puzzles that got harder as they improved. Memory gains were modest, equal to about three years of normal ageing. By the one-year follow-up, the gains had disappeared.",
  "These effects endure for life", "By the one-year follow-up, the gains had disappeared",
  "Gains disappearing by one year contradict effects that endure for life.", hard=True)
F("consumer_guide", "physiotherapy exercises for low back pain", "conditional_scope",
  "Back-strengthening exercises can keep pain away long term, as long as you keep doing them a few times a week. A physiotherapist will tailor them to you. If you stop exercising altogether, the benefits usually fade within a few months.",
  "can keep pain away long term, as long as you keep doing them", "If you stop exercising altogether, the benefits usually fade within a few months",
  "Lasting benefit is conditional on continuing; fading is stated for stopping.")
F("product_page", "Ceralis hair-growth minoxidil foam", "conditional_scope",
  "Ceralis 5% minoxidil foam produces visible regrowth that lasts for as long as you continue to use it. Apply half a capful to the scalp twice daily. If you stop, any new hair is usually lost within three to four months.",
  "produces visible regrowth that lasts for as long as you continue to use it", "If you stop, any new hair is usually lost within three to four months",
  "Lasting results are conditional on continued use; loss follows stopping.")
F("consumer_guide", "semi-permanent vs permanent eyebrow tattooing", "different_intervention",
  "Traditional eyebrow tattooing is permanent. The ink is placed deep in the skin and does not wash out. Microblading is different: the pigment sits higher, and results fade within one to three years.",
  "Traditional eyebrow tattooing is permanent", "results fade within one to three years",
  "The fading applies to microblading, a different procedure.")
F("news_report", "gene therapy for sickle cell disease", "hedge_agree",
  "The one-time gene therapy appears to give lasting benefit, though follow-up so far is only five years, doctors said. Most patients have had no pain crises since treatment. It is too early to know whether the effect could fade over decades.",
  "appears to give lasting benefit, though follow-up so far is only five years", "It is too early to know whether the effect could fade over decades",
  "Both statements hedge on durability; neither asserts that it fades.")
F("blog", "SmileBright aligners, old vs new retainer protocol", "past_vs_present",
  "When I first had aligners in 2015, my teeth drifted back within a year because nobody told me to wear a retainer. This time, my orthodontist bonded a fixed retainer behind my front teeth. Four years on, my straight teeth have stayed put.",
  "my teeth drifted back within a year", "my straight teeth have stayed put",
  "The relapse was an earlier treatment without a retainer; the stable result is the current one.")
F("news_report", "Stemvive stem-cell knee injections", "debunked_claim",
  "Stemvive clinics advertise that a single stem-cell injection permanently regrows knee cartilage. Regulators said on Thursday there is no evidence for that. In the only controlled study, any benefit had faded by 12 months.",
  "a single stem-cell injection permanently regrows knee cartilage", "any benefit had faded by 12 months",
  "The permanence claim is reported as an advert and rejected by regulators.")
F("press_release", "Tendiflex shockwave therapy for tennis elbow", "disputed_attribution",
  "A device maker claims its shockwave treatment provides permanent relief from tennis elbow. An independent trial by researchers at Halden University, published today, tested that claim. It found that improvements faded within six months in most patients.",
  "provides permanent relief from tennis elbow", "improvements faded within six months in most patients",
  "The permanence claim is the maker's; the press release reports a trial contradicting it.")
F("consumer_guide", "MMR vaccine, children vs adults catching up", "population_differs",
  "Two doses of the MMR vaccine in childhood give lifelong protection against measles for almost everyone. Adults who were only ever given one dose may have protection that wanes, which is why catch-up doses are offered.",
  "Two doses of the MMR vaccine in childhood give lifelong protection", "Adults who were only ever given one dose may have protection that wanes",
  "Lifelong protection is for two doses; waning is for people with one dose.")
