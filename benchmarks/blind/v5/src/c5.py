from common import c
P = "treatment_effect"
c(P, "consumer_guide", "glucosamine sulfate for knee pain",
  "Glucosamine is one of the most popular supplements for creaky joints. Taken daily, it relieves knee pain from osteoarthritis within a few weeks. Most products supply 1,500 mg a day. It is usually made from shellfish, though vegetarian versions exist. For knee pain, the largest independent trial found it does not ease symptoms any better than a dummy pill. Keep active and keep your weight in check.",
  "it relieves knee pain from osteoarthritis within a few weeks", "For knee pain, the largest independent trial found it does not ease symptoms any better than a dummy pill",
  "The writer says glucosamine relieves knee pain and later that it does no better than placebo for knee pain.")
c(P, "product_page", "children's honey cough syrup (Tickletot)",
  "Tickletot honey and thyme syrup soothes children's coughs fast. It is made with Manuka honey and contains no artificial colours. Give 5 ml up to four times a day to children aged one and over. Not for babies under 12 months. Tickletot does not ease coughs in children, but it may help them feel comforted at bedtime. Shake before use.",
  "Tickletot honey and thyme syrup soothes children's coughs fast", "Tickletot does not ease coughs in children",
  "The syrup is said to soothe children's coughs and not to ease them.")
c(P, "blog", "arnica gel for bruises",
  "After my knee surgery I was covered in bruises, and my aunt swore by arnica gel. It takes away the ache of bruising in a day or two, and it certainly did for me. I applied it three times a day. The bruises went from purple to yellow over about a week. In honesty, the gel did nothing for the soreness, which stayed exactly the same whether I used it or not. I still love the smell.",
  "It takes away the ache of bruising in a day or two", "the gel did nothing for the soreness",
  "The writer says the gel took away the ache for her and later that it did nothing for the soreness.")
c(P, "news_report", "IBS probiotic (coined Digestra)",
  "A probiotic capsule for irritable bowel syndrome, Digestra, is now stocked by major chemists. Taken daily, it eases the bloating that plagues many people with IBS. IBS affects about one person in ten. The capsule contains two strains of Bifidobacterium. In the company-funded trial, Digestra did not reduce bloating compared with placebo, although stool frequency improved slightly. A month's supply costs \u00a318.",
  "it eases the bloating that plagues many people with IBS", "Digestra did not reduce bloating compared with placebo",
  "The report says the capsule eases bloating and later that it did not reduce bloating.")
c(P, "product_page", "zinc and echinacea cold tablets (Rhinovex)",
  "Rhinovex tablets shorten the common cold so you can get back to your life. Each tablet contains zinc, echinacea and vitamin C. Start at the first sniffle and take three a day. The tablets are suitable for adults and children over 12. Studies on this combination show it does not shorten the illness, but it may make you feel more prepared. Vegetarian.",
  "Rhinovex tablets shorten the common cold", "it does not shorten the illness",
  "The tablets are said to shorten colds and not to shorten the illness.")
c(P, "consumer_guide", "blue-light blocking glasses",
  "Blue-light glasses are marketed to anyone who spends long days at a screen. They stop eye strain, so your eyes feel fresh at the end of the day. Lenses range from clear to amber. Prices start at about \u00a320. A review of trials concluded that the glasses don't reduce tired, sore eyes from screen use. Taking regular breaks is the most reliable fix.",
  "They stop eye strain", "the glasses don't reduce tired, sore eyes from screen use",
  "The glasses are said to stop eye strain and then not to reduce tired, sore eyes.")
c(P, "press_release", "magnesium night-time tablets (Crampex)",
  "DUBLIN \u2014 Norvane Health announced the launch of Crampex, a magnesium citrate tablet for night-time leg cramps. Crampex stops night-time leg cramps, the company said. Leg cramps affect about a third of people over 60. \"Sleep matters,\" said medical adviser Dr Niamh Cole. Magnesium does not reduce how often night cramps happen in older adults, trials summarised by the company show. Crampex is sold in packs of 60.",
  "Crampex stops night-time leg cramps", "Magnesium does not reduce how often night cramps happen in older adults",
  "The release claims the tablets stop leg cramps and also that magnesium does not reduce them.")
c(P, "blog", "sleep app (coined Nodly)",
  "Nodly fixed my insomnia in a week \u2014 I'm not exaggerating. It plays soft brown noise and guides you through breathing exercises. I pair it with a strict 10.30 p.m. bedtime. The premium version adds bedtime stories read by actors. In its own FAQ, the developer admits the app does not improve insomnia and is intended only for relaxation. Give it a go.",
  "Nodly fixed my insomnia in a week", "the app does not improve insomnia",
  "A first-person cure of insomnia is left standing beside the statement that the app does not improve insomnia.")
# controls
c(P, "consumer_guide", "ibuprofen for tension vs migraine",
  "Ibuprofen relieves tension headaches in most people within an hour. It is also used for period pain and sprains. For some people with migraine, it does not relieve the headache on its own, and a triptan may be needed. Take it with food.",
  "Ibuprofen relieves tension headaches in most people", "For some people with migraine, it does not relieve the headache on its own",
  "The relief claim is for tension headaches; the failure is in migraine, a different condition.", "excluded_condition")
c(P, "news_report", "antibiotics vs antivirals for flu",
  "Antivirals such as oseltamivir can shorten flu by about a day. Doctors say antibiotics, by contrast, do not help flu, because it is caused by a virus. Many patients still ask for antibiotics. Rest and fluids remain the mainstay of care.",
  "Antivirals such as oseltamivir can shorten flu by about a day", "antibiotics, by contrast, do not help flu",
  "The failure is of antibiotics, a different intervention.", "different_intervention")
c(P, "blog", "copper bracelet for arthritis",
  "My neighbour swears her copper bracelet eases her arthritis. I looked into it. Well-designed trials have found copper bracelets do not relieve arthritis pain at all. I'd rather spend the money on a good pair of walking shoes.",
  "her copper bracelet eases her arthritis", "copper bracelets do not relieve arthritis pain at all",
  "The relief claim is the neighbour's, reported and then debunked by the writer.", "debunked_claim")
c(P, "consumer_guide", "saline nasal rinse",
  "A saline rinse can help clear a blocked nose during a cold. Does it relieve sinus pain too? Evidence is limited, so it's worth trying but don't expect miracles. Use cooled boiled water.",
  "A saline rinse can help clear a blocked nose", "Does it relieve sinus pain too?",
  "The second effect is only a question.", "question")
c(P, "product_page", "peppermint oil capsules for IBS",
  "Our peppermint oil capsules may help relieve tummy cramps in IBS for many people. They are enteric-coated so they release in the gut. They won't help everyone, and some people find they make heartburn worse. Take one capsule three times a day before meals.",
  "may help relieve tummy cramps in IBS for many people", "They won't help everyone",
  "The relief claim is hedged and compatible with not helping everyone.", "hedge_agree")
c(P, "press_release", "reformulated eczema cream (Dermalis)",
  "Ostra Skin announced the reformulated Dermalis cream. The 2019 version did not relieve itching in a user study, the company acknowledged. The new version adds colloidal oatmeal and in a 100-person study reduced itching scores by 40%. The cream is suitable from six months of age.",
  "The 2019 version did not relieve itching", "in a 100-person study reduced itching scores by 40%",
  "The failure belongs to the old version, the benefit to the new one.", "past_vs_present")
c(P, "news_report", "knee replacement rehab",
  "A new rehabilitation programme relieves knee pain after replacement surgery, a trial found. Patients in both groups still reported swelling and warmth around the knee in the first weeks. Surgeons said those are normal parts of healing after the operation, not effects of the exercises. The programme includes 12 supervised sessions.",
  "relieves knee pain after replacement surgery", "still reported swelling and warmth around the knee",
  "The swelling is a consequence of surgery, not a failure or effect of the programme.", "symptom_vs_side_effect")
c(P, "news_report", "smart insoles for plantar fasciitis (coined Stridea)",
  "Stridea says its smart insoles relieve heel pain from plantar fasciitis. Podiatrists interviewed for this article were doubtful. An independent trial found the insoles did not ease heel pain more than standard foam inserts, said Dr Ben Achebe. Stretching remains first-line treatment.",
  "its smart insoles relieve heel pain from plantar fasciitis", "the insoles did not ease heel pain more than standard foam inserts",
  "The relief claim is the company's; the article reports opposing trial evidence.", "disputed_attribution")

P = "direction"
c(P, "product_page", "cinnamon and berberine blood sugar supplement (GlucoBalance)",
  "GlucoBalance combines cinnamon bark, berberine and chromium in one daily capsule. It lowers blood sugar naturally, helping you avoid the afternoon slump. Take one capsule with breakfast and one with dinner. Many customers pair it with a lower-carb diet. Because of its maltodextrin coating, the capsule pushes blood sugar up in the hour after you take it. Not for use in pregnancy.",
  "It lowers blood sugar naturally", "the capsule pushes blood sugar up in the hour after you take it",
  "The capsule is said to lower blood sugar and to push it up.")
c(P, "consumer_guide", "thyroid hormone and heart rate",
  "Levothyroxine replaces the hormone your thyroid can no longer make. At the right dose, it gently slows the heart rate. Blood tests every few months guide the dose. Take it on an empty stomach. It speeds up the heart rate, which is why doctors start older patients on a low dose. Never change the dose without advice.",
  "it gently slows the heart rate", "It speeds up the heart rate",
  "The drug is said to slow the heart and to speed it up.")
c(P, "product_page", "testosterone booster (coined Andraxin)",
  "Andraxin is formulated with tongkat ali, fenugreek and zinc to support men over 40. It boosts testosterone so you feel like yourself again. Take three capsules daily. Results within 30 days or your money back. In our pilot study, men's testosterone levels fell slightly over eight weeks on the capsules. Not for under-18s.",
  "It boosts testosterone", "men's testosterone levels fell slightly over eight weeks on the capsules",
  "Andraxin is said to boost testosterone while levels fell in the pilot.")
c(P, "blog", "coconut oil and cholesterol",
  "Coconut oil is my kitchen staple: I fry with it, bake with it, and stir it into coffee. It lowers 'bad' cholesterol, which is why I switched from butter. I buy the virgin, cold-pressed kind. It also smells of holidays. It raises LDL, the 'bad' cholesterol, more than olive oil does, according to a review my cardiologist sister sent me. I'm sticking with it.",
  "It lowers 'bad' cholesterol", "It raises LDL, the 'bad' cholesterol",
  "Coconut oil is said to lower 'bad' cholesterol and to raise LDL, the same 'bad' cholesterol.")
c(P, "news_report", "bone-strengthening supplement (coined Osteovie)",
  "A new calcium and vitamin K2 supplement, Osteovie, is being heavily advertised to women after menopause. Taken daily, it increases bone density within a year. Osteoporosis affects about one in three women over 50. Weight-bearing exercise is also important. In the small trial cited on the packaging, bone density in the hip actually dropped among women taking the tablets. A year's supply costs \u00a3120.",
  "it increases bone density within a year", "bone density in the hip actually dropped among women taking the tablets",
  "The supplement is said to increase bone density while the cited trial found it dropped.")
c(P, "press_release", "sleep headband (coined Somnix Band)",
  "PALO ALTO \u2014 Dreamwave Labs today released the Somnix Band, a headband that plays pink noise timed to brain waves. Somnix deepens sleep from the very first night. The band tracks sleep stages using EEG sensors. \"We want to make restorative sleep accessible,\" said chief executive Omar Haddad. In an early user study, the band reduced time in deep sleep by 8%, though users rated their sleep higher. The Somnix Band costs $299.",
  "Somnix deepens sleep from the very first night", "the band reduced time in deep sleep by 8%",
  "The band is said to deepen sleep and to reduce deep sleep.")
c(P, "consumer_guide", "liquorice root tea",
  "Liquorice root tea is naturally sweet and caffeine-free. A warm cup brings blood pressure down after a stressful day. It's often blended with peppermint or fennel. A cup a day is a typical amount. Regular cups can push blood pressure up by making the body hold on to salt and lose potassium. People with heart problems should avoid it.",
  "A warm cup brings blood pressure down after a stressful day", "Regular cups can push blood pressure up",
  "The tea is said to lower blood pressure and to raise it.")
c(P, "product_page", "fenugreek lactation capsules (coined LactaFlow)",
  "LactaFlow is a herbal blend for breastfeeding mothers. It increases breast milk supply naturally. Each capsule contains fenugreek seed, fennel and blessed thistle. Take two capsules three times a day. A small trial of fenugreek found lower milk output in mothers taking the herb than in those taking a placebo. Consult your midwife.",
  "It increases breast milk supply naturally", "found lower milk output in mothers taking the herb",
  "The capsules are said to increase milk supply while the trial found lower output.")
# controls
c(P, "consumer_guide", "caffeine and performance by dose",
  "At one or two cups, coffee raises alertness and reaction speed in most adults. That is why it is the world's favourite pick-me-up. Timing matters, because caffeine lingers for hours. Above about 400 mg of caffeine a day, the effect reverses for many people, and performance falls as the jitters set in. Stick to moderate amounts.",
  "At one or two cups, coffee raises alertness and reaction speed", "Above about 400 mg of caffeine a day, the effect reverses for many people, and performance falls",
  "The opposite directions are tied explicitly to different doses.", "consistent_dose")
c(P, "blog", "caffeine vs chamomile",
  "Chamomile tea lowers my stress levels in the evening. It has no caffeine. Coffee, by contrast, raises my heart rate and keeps me awake. I limit myself to one cup before noon.",
  "Chamomile tea lowers my stress levels", "Coffee, by contrast, raises my heart rate",
  "The raising effect is of coffee, a different intervention.", "different_intervention")
c(P, "news_report", "vaccines and immunity myth",
  "Vaccines strengthen the immune system's ability to fight specific infections, immunologists say. A viral video claims vaccines lower your natural immunity. Experts called that claim false, pointing to decades of data. Uptake of childhood vaccines remains high.",
  "Vaccines strengthen the immune system's ability to fight specific infections", "vaccines lower your natural immunity",
  "The lowering claim is reported from a video and called false.", "debunked_claim")
c(P, "blog", "beetroot juice and blood pressure",
  "Beetroot juice lowers my blood pressure a few points on my home monitor. Does it raise it at first? I saw that claim online. I haven't noticed anything like that. I'll ask my GP at my next review.",
  "Beetroot juice lowers my blood pressure", "Does it raise it at first?",
  "The raising effect is only a question.", "question")
c(P, "consumer_guide", "antidepressant and weight",
  "Some antidepressants may raise appetite in some people. Mirtazapine is well known for this. Others, such as fluoxetine, can slightly lower appetite at first. Your doctor can help choose one that fits.",
  "Some antidepressants may raise appetite", "fluoxetine, can slightly lower appetite at first",
  "Different antidepressants have different effects; the claims are hedged.", "hedge_agree")
c(P, "press_release", "reformulated sports drink (Hydrix)",
  "Kelso Beverages announced that Hydrix sports drink will contain 60% less sugar. The original Hydrix raised blood sugar sharply after a bottle. The new version, sweetened with allulose, barely raised blood sugar in a 30-person test. It launches in June.",
  "The original Hydrix raised blood sugar sharply", "The new version, sweetened with allulose, barely raised blood sugar",
  "The sharp rise belonged to the original formula.", "past_vs_present")
c(P, "news_report", "long-acting insulin and diabetes symptoms",
  "A new long-acting insulin lowers blood sugar steadily over 24 hours. Patients with poorly controlled diabetes often arrive with raised blood sugar, thirst and frequent urination. Those are symptoms of diabetes itself. The insulin is injected once a day.",
  "lowers blood sugar steadily over 24 hours", "often arrive with raised blood sugar",
  "The raised blood sugar is the disease before treatment, not an effect of the insulin.", "symptom_vs_side_effect")
c(P, "news_report", "apple cider vinegar gummies",
  "The brand behind a popular apple cider vinegar gummy says it speeds up metabolism. Nutrition researchers we asked said there is no good evidence for that. One small study found metabolic rate did not change at all, said Dr Clara Nyman. The gummies contain 1 g of sugar each.",
  "it speeds up metabolism", "metabolic rate did not change at all",
  "The metabolism claim is the brand's; the article reports contrary evidence.", "disputed_attribution")
