from common import c
P = "allergen"
c(P, "product_page", "protein snack bar (Protavo)",
  "Protavo bars pack 20 g of protein into a chewy salted-caramel snack. Every bar is nut-free, so it's safe for lunchboxes and nut-free offices. There are only 190 calories per bar. Enjoy one after training or as a mid-afternoon pick-me-up. The crunchy layer is made with roasted almond butter and chopped hazelnuts. Made in a facility that also handles soy.",
  "Every bar is nut-free", "The crunchy layer is made with roasted almond butter and chopped hazelnuts",
  "The bar is called nut-free but contains almonds and hazelnuts.")
c(P, "consumer_guide", "greens powder (coined VitaVerde)",
  "Greens powders promise a day's vegetables in one scoop. VitaVerde, one of the best-known, is labelled gluten-free. A scoop costs about \u00a31.50. Nutritionists say whole vegetables are still better. Its ingredient list includes wheatgrass juice powder and barley grass, both of which can carry gluten. People with coeliac disease should check labels carefully.",
  "VitaVerde, one of the best-known, is labelled gluten-free", "Its ingredient list includes wheatgrass juice powder and barley grass, both of which can carry gluten",
  "The powder is presented as gluten-free while its ingredients are said to carry gluten; the label claim is not questioned.")
c(P, "product_page", "vegan-labelled recovery shake (Plantix)",
  "Plantix Recovery is our completely dairy-free shake for after the gym. It blends quickly with water or oat milk. Each serving has 25 g of protein, electrolytes and tart cherry. Customers love the chocolate flavour. The protein comes from pea isolate and whey concentrate, a milk protein, for a complete amino acid profile. Available in 1 kg tubs.",
  "our completely dairy-free shake", "whey concentrate, a milk protein",
  "The shake is called dairy-free but contains whey, a milk protein.")
c(P, "blog", "glucosamine joint supplement",
  "My knees have been grumbling since I took up running, so I gave glucosamine a go. The brand I picked says it is shellfish-free, which matters because I react badly to prawns. I take 1,500 mg each morning. After six weeks, I think stairs are a bit easier. The glucosamine itself is extracted from crab and shrimp shells, according to the company's FAQ page. I'll keep going and see.",
  "it is shellfish-free", "extracted from crab and shrimp shells",
  "The supplement is called shellfish-free yet said to be extracted from shellfish shells.")
c(P, "product_page", "chocolate-flavoured kids' vitamins (Yumbles)",
  "Yumbles chocolate vitamins make mornings easier for parents. They are soy-free and made without artificial colours. Each chewable gives children 10 vitamins and minerals. Suitable from age four. Ingredients: cocoa mass, sugar, soy lecithin, vitamin blend, natural vanilla. Keep out of reach of children.",
  "They are soy-free", "soy lecithin",
  "The vitamins are called soy-free, but soy lecithin is listed.")
c(P, "news_report", "flu vaccine (coined brand Fluvira)",
  "Pharmacies have started offering Fluvira, this season's flu jab, to adults over 50. A pharmacist in the city told reporters that Fluvira contains no egg at all, so people with egg allergy need not worry. Last winter more than 20,000 people were admitted to hospital with flu. Vaccination takes about five minutes. The vaccine is grown in hens' eggs and each dose may contain traces of egg protein, the product information says. Appointments are free for eligible groups.",
  "Fluvira contains no egg at all", "The vaccine is grown in hens' eggs and each dose may contain traces of egg protein",
  "The vaccine is said to contain no egg and also to contain traces of egg protein.")
c(P, "press_release", "condoms (coined brand Velara)",
  "LONDON \u2014 Intima Health today launched Velara Ultra Thin condoms. Velara condoms contain no latex, making them a worry-free choice for people with sensitivities. They are 0.04 mm thick and lubricated with a silicone gel. \"Comfort is what users ask for most,\" said marketing director Jo Harris. Velara is manufactured from natural rubber latex sourced in Malaysia. Packs of 12 cost \u00a37.",
  "Velara condoms contain no latex", "Velara is manufactured from natural rubber latex",
  "The condoms are said to contain no latex and to be made from natural rubber latex.")
c(P, "consumer_guide", "hummus-based high-protein snack pot",
  "Snack pots are a handy way to get protein at your desk. The one we tested is sesame-free and suitable for most allergy sufferers. It pairs chickpea dip with crunchy vegetables. Each pot has around 9 g of protein. Its dip is made with tahini, lemon and garlic in the traditional way. Eat within two days of opening.",
  "The one we tested is sesame-free", "Its dip is made with tahini",
  "The pot is called sesame-free but its dip contains tahini, a sesame paste.")
# controls
c(P, "product_page", "oat granola made near nuts",
  "Our Honey Oat granola contains no nuts in its recipe. It's made with jumbo oats, honey and sunflower seeds. Serve with yoghurt and fruit. It is made in a bakery that also handles almonds, so it may contain traces of nuts. Not suitable for people with severe nut allergy.",
  "contains no nuts in its recipe", "it may contain traces of nuts",
  "The claim is limited to the recipe; the trace warning is compatible.", "hedge_agree")
c(P, "consumer_guide", "gluten-free oats vs regular oats",
  "Certified gluten-free oats are grown and milled away from wheat. They are suitable for most people with coeliac disease. Ordinary supermarket oats are different: they are often contaminated with wheat and barley during harvest. Check the label for the crossed-grain symbol.",
  "Certified gluten-free oats are grown and milled away from wheat", "Ordinary supermarket oats are different: they are often contaminated with wheat",
  "The gluten contamination belongs to ordinary oats, a different product.", "different_intervention")
c(P, "news_report", "penicillin allergy labels",
  "About one in ten patients says they are allergic to penicillin. Yet more than 90% of them can take the antibiotic safely, studies show. Many labels come from childhood rashes that were caused by the virus, not the drug. The belief that a rash once means penicillin will always cause a dangerous reaction is usually wrong, allergists said. Hospitals are now testing patients to remove unnecessary labels.",
  "more than 90% of them can take the antibiotic safely", "penicillin will always cause a dangerous reaction",
  "The allergy claim is presented as a mistaken belief.", "debunked_claim")
c(P, "blog", "oat milk latte",
  "Oat milk is my go-to for lattes now that I'm dairy-free. Is oat milk safe for coeliacs? A reader asked me this, and honestly it depends on the brand. Some use gluten-free oats, others don't. Check the pack.",
  "now that I'm dairy-free", "Is oat milk safe for coeliacs?",
  "The gluten issue is raised only as a question, and dairy-free is a different allergen.", "question")
c(P, "product_page", "egg-free vaccine alternative (cell-based flu jab)",
  "Our clinic offers a cell-based flu vaccine that is grown without eggs and is suitable for people with egg allergy. For everyone else we use the standard egg-grown vaccine. The standard vaccine may contain traces of egg protein, so we don't give it to people with severe egg allergy. Book online.",
  "a cell-based flu vaccine that is grown without eggs", "The standard vaccine may contain traces of egg protein",
  "The egg traces are in the standard vaccine, not the cell-based one.", "different_intervention")
c(P, "press_release", "reformulated chewable antacid without lactose",
  "Brennan Pharma announced that its Acidease chewables are now lactose-free. The previous tablets, made until 2024, used lactose as a filler, which some intolerant customers noticed. The new tablets use mannitol instead. Acidease is available in mint and orange.",
  "now lactose-free", "used lactose as a filler",
  "The lactose was in the previous tablets, not the new ones.", "past_vs_present")
c(P, "consumer_guide", "antihistamine for hay fever",
  "Cetirizine tablets are free from common food allergens, including gluten and dairy. They treat hay fever symptoms such as itchy, watery eyes and sneezing. Those itchy eyes and sneezing fits are the allergy itself at work, not a reaction to the tablet. One tablet a day is enough for most adults.",
  "free from common food allergens, including gluten and dairy", "Those itchy eyes and sneezing fits are the allergy itself at work",
  "The allergy symptoms are of hay fever, not a reaction to the tablet.", "symptom_vs_side_effect")
c(P, "news_report", "'hypoallergenic' baby wipes",
  "A brand of baby wipes markets itself as hypoallergenic and free from all irritants. Dermatologists questioned the claim. Their testing found the wipes contained a preservative, methylisothiazolinone, that is a known cause of allergic skin rashes. The company said it is reviewing its labels.",
  "free from all irritants", "a known cause of allergic skin rashes",
  "The allergen-free claim is the brand's; the article reports dermatologists' contrary finding.", "disputed_attribution")

P = "course"
c(P, "product_page", "at-home IPL hair removal device (Silkora)",
  "Silkora IPL gives you salon-smooth skin at home. After 12 weekly sessions, results are permanent \u2014 say goodbye to razors for good. The device has five intensity settings and a skin-tone sensor. Each flash covers 4 cm\u00b2. Hair gradually grows back over the following months, so most users need a top-up session every four weeks to keep skin smooth. Two-year warranty.",
  "results are permanent", "Hair gradually grows back over the following months",
  "Permanent results are promised, yet hair is said to grow back and need regular top-ups.")
c(P, "consumer_guide", "botulinum toxin wrinkle injections",
  "Anti-wrinkle injections relax the muscles that cause frown lines. A single session gives lasting results. The procedure takes about ten minutes. Bruising at the injection site is common. Its effect wears off within three to four months, when the muscles start moving again. Choose a practitioner who is medically qualified.",
  "A single session gives lasting results", "Its effect wears off within three to four months",
  "Lasting results from one session are claimed, then the effect is said to wear off in months.")
c(P, "product_page", "teeth whitening strips (Brillo White)",
  "Brillo White strips give you a permanently brighter smile in 14 days. Each strip uses a gentle hydrogen peroxide gel. Apply for 30 minutes a day. Some people feel temporary tooth sensitivity. Tea, coffee and red wine will bring the colour back within a few weeks, so plan on repeating the kit. Enamel-safe formula.",
  "a permanently brighter smile", "Tea, coffee and red wine will bring the colour back within a few weeks",
  "Permanent whitening is claimed but the colour is said to return within weeks.")
c(P, "news_report", "hyaluronic acid knee injection (Synovex)",
  "A private clinic chain is advertising Synovex, a single hyaluronic acid injection for knee arthritis. Just one injection lasts for life. Knee osteoarthritis affects millions of older adults. NHS guidance does not recommend these injections. Relief from the gel typically wears off after around six months, according to the clinic's own patient leaflet. A course costs about \u00a3400.",
  "Just one injection lasts for life", "Relief from the gel typically wears off after around six months",
  "One injection is said to last for life and its relief to wear off after about six months.")
c(P, "press_release", "weight-loss injection (Trimora)",
  "BASEL \u2014 Halvex Therapeutics announced positive results for Trimora, a weekly injection for obesity. Trimora keeps the weight off for good, the company said. Patients lost an average of 15% of their body weight over 68 weeks. \"This is a new era,\" said chief scientist Dr Ruth Abel. In a follow-up, most patients had regained two-thirds of the lost weight within a year of stopping the injections. Trimora will be submitted to regulators next year.",
  "Trimora keeps the weight off for good", "most patients had regained two-thirds of the lost weight within a year of stopping",
  "Permanent weight loss is claimed, then most weight is regained within a year of stopping.")
c(P, "blog", "meditation app (coined MindLoom)",
  "I've used MindLoom every day for six months and it permanently changed how my brain handles stress. The app guides you through 10-minute sessions. There's a sleep story section too. I pay \u00a35 a month. The benefits faded within a month when I stopped using it over the summer, I must admit. Still my favourite app.",
  "it permanently changed how my brain handles stress", "The benefits faded within a month when I stopped using it",
  "A permanent change is claimed and then the benefits are said to fade within a month of stopping.")
c(P, "product_page", "anti-cellulite cream (SmoothSculpt)",
  "SmoothSculpt is the cream that gives you permanently smoother thighs. Caffeine and retinol work together to firm the skin. Massage into problem areas twice daily. Results visible from week two. The smoothing effect lasts only a few hours after each application. Dermatologically tested.",
  "permanently smoother thighs", "The smoothing effect lasts only a few hours after each application",
  "The cream is said to give permanent smoothing and to work for only a few hours.")
c(P, "consumer_guide", "collagen supplement for skin",
  "Collagen powders are now sold in most supermarkets. Taken daily, it creates a lasting change in your skin's structure. The usual dose is 2.5 to 10 g a day. Small trials report modest improvements in skin moisture. In those trials, skin returned to baseline within four weeks of stopping the supplement. Collagen is made from animal tissues.",
  "it creates a lasting change in your skin's structure", "skin returned to baseline within four weeks of stopping the supplement",
  "A lasting change is claimed while the benefit is reported to vanish within four weeks of stopping.")
# controls
c(P, "consumer_guide", "statins ongoing",
  "Statins lower cholesterol for as long as you keep taking them. Most people need to take them for life. If you stop, your cholesterol will rise back to where it was within a few weeks. Talk to your doctor before stopping.",
  "Statins lower cholesterol for as long as you keep taking them", "If you stop, your cholesterol will rise back to where it was within a few weeks",
  "The benefit is stated as lasting only while taking the drug, consistent with loss on stopping.", "consistent_dose")
c(P, "product_page", "laser hair removal vs waxing",
  "Our clinic's laser treatment gives long-term hair reduction after a course of six to eight sessions. Many clients come to us tired of waxing. Waxing results fade within three to four weeks as hair regrows. Book a free patch test today.",
  "long-term hair reduction", "Waxing results fade within three to four weeks",
  "The short-lived results belong to waxing, not laser.", "different_intervention")
c(P, "news_report", "detox foot pads",
  "Detox foot pads claim to draw toxins out overnight, leaving you permanently cleansed. Scientists tested the dark residue on used pads. It turned out to be caused by sweat reacting with the pad's ingredients, not toxins. \"There is no lasting benefit because there is no benefit,\" said chemist Dr Marta Silva. The pads cost \u00a320 a box.",
  "leaving you permanently cleansed", "There is no lasting benefit because there is no benefit",
  "The permanent-benefit claim is reported and debunked by the article.", "debunked_claim")
c(P, "blog", "physiotherapy exercises for back pain",
  "My physio gave me a set of core exercises and my back pain has mostly gone. Will it last if I stop the exercises? That's what I keep asking myself. She says it depends on keeping up some activity. For now I'm doing them three times a week.",
  "my back pain has mostly gone", "Will it last if I stop the exercises?",
  "The duration is only raised as a question.", "question")
c(P, "consumer_guide", "cataract surgery",
  "Cataract surgery replaces the cloudy lens with an artificial one, and for most people the improvement lasts for life. Most people see better within days. In a minority, vision blurs again months or years later because a film forms behind the new lens. This is easily treated with a quick laser procedure. The new lens itself does not wear out.",
  "for most people the improvement lasts for life", "In a minority, vision blurs again months or years later",
  "The lasting-benefit claim is hedged to most people, and the later blurring in a minority fits within it.", "hedge_agree")
c(P, "press_release", "updated hearing-aid fitting programme",
  "Auris Clinics announced changes to its hearing-aid programme. Under the old scheme, the effect of tinnitus sound therapy faded within weeks of the course ending. The new programme includes monthly booster sessions to keep benefits going for as long as clients stay enrolled. Enrolment opens in May.",
  "the effect of tinnitus sound therapy faded within weeks of the course ending", "keep benefits going for as long as clients stay enrolled",
  "Fading belonged to the old scheme; the new one only claims benefit while enrolled.", "past_vs_present")
c(P, "news_report", "knee replacement and stiffness",
  "Knee replacements give lasting pain relief for most people, with more than 80% still working well after 20 years. Patients often arrive at surgery after years of stiffness and swelling from arthritis. Those are symptoms of the worn joint, not effects of the operation. Recovery takes about three months.",
  "Knee replacements give lasting pain relief for most people", "Patients often arrive at surgery after years of stiffness and swelling from arthritis",
  "The stiffness is a symptom of arthritis before surgery, not a failure of the operation.", "symptom_vs_side_effect")
c(P, "news_report", "PRP hair-loss injections",
  "A hair clinic chain claims that its platelet-rich plasma injections give permanent regrowth. Dermatologists we spoke to disagree. The small studies that exist found that gains fade within months unless patients keep having injections, said Dr Tomas Berg. A session costs \u00a3350.",
  "its platelet-rich plasma injections give permanent regrowth", "gains fade within months unless patients keep having injections",
  "Permanence is the clinic's claim; the article reports evidence against it.", "disputed_attribution")
