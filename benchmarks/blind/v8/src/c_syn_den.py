from common import C
P="synonym"
# ---- conflicting
C(P,True,"consumer_guide","telehealth_faq","prescription-strength antihistamine tablet (Zyrelta)",
"Q: Will Zyrelta knock me out at work?\nA: No. Zyrelta is a non-drowsy antihistamine, so you can take it before a shift or a long drive. Most members start with one tablet in the morning. Your clinician reviews your allergy history before writing the prescription.\n\nQ: What else should I know?\nA: Refills are sent automatically every 30 days. You can pause them from your dashboard. You may find it makes you sleepy for the first few days, so plan your first dose for an evening at home.",
"Zyrelta is a non-drowsy antihistamine","You may find it makes you sleepy for the first few days",
"Non-drowsy and 'makes you sleepy' describe the same effect with opposite truth values for the same tablet.",distance="far")
C(P,True,"product_page","translated_insert","valerian-hops sleep drops (Noctavel)",
"Noctavel drops is herbal preparation for the calm night. The drops give restful sleep and after waking there is no heaviness of head. Take 20 drops in water one half hour before bed. Do not combine with alcohol beverage. Some users report grogginess next morning which pass by midday. Store under 25 °C away from children.",
"after waking there is no heaviness of head","Some users report grogginess next morning",
"'No heaviness of head' on waking and 'grogginess next morning' are the same hangover effect asserted and denied.",distance="near",shape="existential-like report",hard=True)
C(P,True,"blog","fitness_caption","pre-workout powder with caffeine and beta-alanine",
"Leg day fuel check 💥 This pre-workout is my go-to because it gives clean energy with zero jitters. I mix one scoop with cold water 20 mins before I lift. Tastes like sour apple, honestly addictive. Been using it six months now and my squat is up 15 kg. Code link in bio for 10% off. Heads up though: the shakiness and racing heart hit hard if you take it on an empty stomach, so eat something first.",
"it gives clean energy with zero jitters","the shakiness and racing heart hit hard if you take it on an empty stomach",
"Jitters and shakiness are the same effect; the caption denies it and then describes it.",distance="far")
C(P,True,"consumer_guide","coupon_site","metformin extended-release tablets",
"Metformin ER: summary. Metformin extended-release lowers blood sugar in type 2 diabetes by reducing the amount of glucose the liver releases. The extended-release form is easy on the gut, which is why many prescribers switch patients to it. Take it with the evening meal. Average retail price without a coupon is about $30 a month. Diarrhoea and cramping are among the most frequent reasons people stop the ER tablets.",
"The extended-release form is easy on the gut","Diarrhoea and cramping are among the most frequent reasons people stop the ER tablets",
"'Easy on the gut' is contradicted by diarrhoea and cramping being frequent enough to make people stop the same ER form.",distance="near",shape="noun phrase")
C(P,True,"news_report","radio_transcript","nicotine mouth spray (Quitmist)",
"On this morning's Health Desk, we asked pharmacist Dana Okafor about the new quit-smoking spray, Quitmist. \"What people like is that it doesn't irritate the throat at all, unlike the older sprays,\" she told listeners. A caller from Westfield said it had helped him cut down to three cigarettes a day. Okafor said the spray works within about a minute. It is available without a prescription for adults. She added that the burning in the throat many first-time users get usually settles after a week.",
"it doesn't irritate the throat at all, unlike the older sprays","the burning in the throat many first-time users get usually settles after a week",
"Throat irritation and throat burning are the same effect; the pharmacist denies one and describes the other as common.",distance="near",shape="quote + relative clause",hard=True)
C(P,True,"blog","womens_magazine","collagen peptide drink (GlowPep)",
"When I turned 47, my skin stopped bouncing back, and a friend handed me a box of GlowPep sachets. I was sceptical. Still, I liked that the drink is completely gentle on digestion, with no bloating at all. I stirred one sachet into my morning coffee for three months. My hairdresser noticed my hair first.\n\nBy the end of winter I was hooked. The brand's own leaflet says a feeling of fullness and a swollen tummy are common in the first fortnight, and mine certainly was.",
"with no bloating at all","a feeling of fullness and a swollen tummy are common in the first fortnight",
"A swollen tummy is bloating; the writer denies it and then reports it for the same drink.",distance="far")
C(P,True,"consumer_guide","pharmacist_ce","topical diclofenac 1% gel",
"Continuing education summary: topical NSAIDs in knee osteoarthritis. Diclofenac 1% gel delivers the drug locally, with plasma levels around 6% of an oral dose. Its headline advantage, a complete absence of skin reactions, makes it suitable for long-term use. Counsel patients to apply 4 g to the knee four times a day. Avoid heat packs over the treated area. Application-site dermatitis, with redness and itching, occurs in a meaningful minority and is the commonest adverse event in trials.",
"a complete absence of skin reactions","Application-site dermatitis, with redness and itching, occurs in a meaningful minority",
"Dermatitis at the application site is a skin reaction; it cannot be both absent and the commonest adverse event.",distance="near",shape="noun phrase")
C(P,True,"consumer_guide","school_nurse_letter","OTC motion-sickness tablets (meclizine) for a school trip",
"Dear Parents and Carers,\n\nFor Thursday's coach trip to the coast, some of you have asked about travel-sickness tablets. The ones we suggest, meclizine chewables, will not leave your child dozy. Please send them in a labelled envelope with the dose written on the front. Staff will give the tablet 30 minutes before departure. Children should bring a packed lunch and a water bottle.\n\nPlease note that these tablets can make children very sleepy, so your child may nap on the coach.\n\nWith thanks,\nMrs Hallam, School Nurse",
"will not leave your child dozy","these tablets can make children very sleepy",
"Dozy and very sleepy are the same effect, denied then affirmed for the same tablets.",distance="far")
# ---- controls
C(P,False,"consumer_guide","telehealth_faq","cetirizine vs diphenhydramine for allergies",
"Q: Which antihistamine will your clinician prescribe?\nA: For daytime allergies we usually suggest cetirizine. It is considered a low-sedation option for most adults. Some people still feel slightly tired on it. For night-time itching, the clinician may add diphenhydramine instead. Diphenhydramine is well known to make people drowsy, which is partly why it is used at bedtime.",
"It is considered a low-sedation option for most adults","Diphenhydramine is well known to make people drowsy",
"Drowsiness is attributed to a different antihistamine, not to cetirizine.",ctype="different_intervention")
C(P,False,"product_page","translated_insert","melatonin 2 mg prolonged-release tablets (Somnera)",
"Somnera is melatonin 2 mg prolonged-release tablet. It help to fall asleep in adults over 55 years. Most patients do not feel drowsiness in the morning. In rare cases, a sleepy feeling in the next morning is possible. If this happens, do not drive machine. Keep the blister in the carton.",
"Most patients do not feel drowsiness in the morning","In rare cases, a sleepy feeling in the next morning is possible",
"'Most patients do not' is compatible with a rare next-morning sleepiness; the claims are hedged and agree.",ctype="hedge_agree")
C(P,False,"blog","fitness_caption","caffeine-free pre-workout powder",
"New stim-free pre-workout dropped today and I'm obsessed 🍋 People keep asking: does it give you the jitters? Because there's no caffeine in it, nope, not for me or anyone on my team. Pump is insane anyway thanks to the citrulline. The old version had 300 mg caffeine and it made me shaky. This one is completely different. Link in bio.",
"Because there's no caffeine in it, nope, not for me or anyone on my team","The old version had 300 mg caffeine and it made me shaky",
"The shakiness belongs to the old caffeinated formula, not the current stim-free product.",ctype="past_vs_present")
C(P,False,"news_report","academic_newsroom","low-dose naltrexone for fibromyalgia (trial)",
"Researchers at the university's pain centre have published results from a 12-week trial of low-dose naltrexone in fibromyalgia. Fatigue is one of the hallmark symptoms of fibromyalgia, and nearly all participants reported it at baseline. The medicine itself did not increase tiredness compared with placebo. Vivid dreams were the most common side effect. Pain scores improved modestly. \"We need a larger trial before recommending it,\" said the lead author.",
"The medicine itself did not increase tiredness compared with placebo","Fatigue is one of the hallmark symptoms of fibromyalgia",
"The fatigue is a symptom of the disease, not an effect of the drug.",ctype="symptom_vs_side_effect")
C(P,False,"consumer_guide","coupon_site","hydroxyzine tablets",
"Hydroxyzine: summary. Hydroxyzine is a prescription antihistamine used for anxiety and itching. Is it a non-drowsy option? Many people ask this, and the answer is no. Sleepiness is its most common side effect, and some prescribers use that deliberately at night. Typical cash price is under $15 with a coupon.",
"Is it a non-drowsy option?","Sleepiness is its most common side effect",
"The 'non-drowsy' phrase is a question answered 'no', so the text consistently says it causes sleepiness.",ctype="question")
C(P,False,"blog","womens_magazine","iron bisglycinate supplement",
"After my second baby, my ferritin was in single figures and I felt like a ghost. My GP suggested iron bisglycinate rather than the ferrous sulfate I'd taken in pregnancy. The label claims it is 'completely gentle, never constipating'. My midwife was blunter: bisglycinate is gentler for many women, but constipation still happens in some. She was right; I needed extra fibre for a few weeks. Three months later my levels were back to normal.",
"The label claims it is 'completely gentle, never constipating'","constipation still happens in some",
"The writer reports the label claim and then corrects it; the article's own position is consistent.",ctype="disputed_attribution")
C(P,False,"consumer_guide","vet_style_explainer","gabapentin for nerve pain (adapted plain explainer)",
"What is gabapentin for? It calms overactive nerves that send pain signals. How quickly does it work? Often within a week or two at the right dose. Will it make you drowsy? At the low starting dose, most people notice little sleepiness. As the dose is raised, drowsiness becomes more common, so doses are increased slowly. Your doctor may lower the dose if you feel unsteady.",
"At the low starting dose, most people notice little sleepiness","As the dose is raised, drowsiness becomes more common",
"The low-sleepiness claim is scoped to the starting dose; drowsiness is said of higher doses.",ctype="conditional_scope")
C(P,False,"news_report","radio_transcript","minoxidil foam vs oral minoxidil",
"Our listener question this week came from Geoff in Ballarat, who asked about hair-loss treatments. Dermatologist Dr Priya Nair explained that minoxidil foam, rubbed onto the scalp, rarely causes any dizziness because so little reaches the bloodstream. She said low-dose minoxidil tablets are now prescribed off-label too. \"With the tablets, a bit of light-headedness when standing is something we do warn about,\" she said. Both forms need about four months before regrowth shows. Geoff, we hope that helps, mate.",
"minoxidil foam, rubbed onto the scalp, rarely causes any dizziness","With the tablets, a bit of light-headedness when standing is something we do warn about",
"Dizziness is denied for the foam and warned of for the tablets; different routes of the same drug.",ctype="route_differs")
P="denial_form"
C(P,True,"product_page","coupon_site","ashwagandha root extract capsules (Calmroot)",
"Calmroot ashwagandha capsules: 600 mg standardised root extract per serving. Free of side effects, the capsules can be taken every day without a break. Take two capsules with breakfast. Each bottle contains 60 capsules, a one-month supply. Vegan and gluten-free. Mild stomach upset and loose stools have been reported in some customers; if that happens, take the capsules with food.",
"Free of side effects, the capsules can be taken every day without a break","Mild stomach upset and loose stools have been reported in some customers",
"'Free of side effects' is contradicted by reported stomach upset and loose stools.",distance="near",shape="existential report")
C(P,True,"consumer_guide","telehealth_faq","oral finasteride 1 mg for hair loss",
"Q: Is finasteride safe for my sex life?\nA: Finasteride 1 mg carries no risk of sexual side effects at the dose we prescribe. That's why it is our first-line hair-loss treatment.\n\nQ: How long until I see results?\nA: Most men see less shedding by month three and visible regrowth by month six. Keep taking it daily; stopping reverses the gains.\n\nQ: What side effects should I report?\nA: Tell your clinician if you notice reduced libido or difficulty getting an erection, which affect a small percentage of men on this dose.",
"Finasteride 1 mg carries no risk of sexual side effects at the dose we prescribe","reduced libido or difficulty getting an erection, which affect a small percentage of men on this dose",
"'No risk of sexual side effects' at this dose conflicts with libido and erection problems in some men on the same dose.",distance="far")
C(P,True,"blog","fitness_caption","creatine monohydrate",
"Creatine myth-busting thread 🧵 Creatine won't raise your body weight if you're dosing right — that's gym bro nonsense. 3–5 g a day, every day, no loading needed. Take it with whatever, timing doesn't matter. It's one of the most studied supplements on the planet. Cheap too. Expect the scale to jump 1–2 kg in the first couple of weeks from water in the muscle, totally normal.",
"Creatine won't raise your body weight if you're dosing right","Expect the scale to jump 1–2 kg in the first couple of weeks",
"Saying creatine won't raise body weight at a normal dose, then predicting a 1–2 kg gain at that dose, is contradictory.",distance="near",shape="number")
C(P,True,"news_report","academic_newsroom","continuous glucose monitor patch (SensaLoop)",
"A new continuous glucose monitor developed with engineers at the medical centre, the SensaLoop, received regulatory clearance this week. The wearable is entirely without skin irritation, according to the centre's announcement, because its adhesive contains no acrylates. The sensor sits on the upper arm for 14 days and sends readings to a phone. Diabetes specialists say it could reduce finger-prick testing for thousands of patients. In the clearance study, 4 in 100 wearers developed redness or itching under the adhesive.",
"The wearable is entirely without skin irritation","4 in 100 wearers developed redness or itching under the adhesive",
"'Entirely without skin irritation' cannot coexist with 4% developing redness or itching under the same sensor's adhesive.",distance="near",shape="number",hard=True)
C(P,True,"consumer_guide","school_nurse_letter","head-lice lotion (dimeticone, LiceAway)",
"Dear Families,\n\nWe have had several cases of head lice in Year 3. We recommend LiceAway lotion, which is kind to young scalps and causes no stinging. Apply it to dry hair, leave it for eight hours, and wash out. Repeat after seven days. Please check all family members.\n\nA reminder that there is no need to keep children off school. If your child complains that the lotion stings or burns, rinse it out straight away and speak to your pharmacist, as this is fairly common in children with eczema or scratched scalps.\n\nKind regards,\nSchool Health Office",
"causes no stinging","this is fairly common in children with eczema or scratched scalps",
"The letter flatly denies stinging, then says stinging/burning is fairly common in a subgroup of the same users.",distance="far")
C(P,True,"blog","womens_magazine","hormonal IUD (levonorgestrel)",
"I'd put off getting an IUD for years because of horror stories. The one my GP fitted is hormonal but low-dose, and she said it would never make my periods heavier. Day one was rough; the fitting felt like a strong cramp. By month two I'd stopped worrying.\n\nSix months in, I'm writing this because so many readers asked. My honest review: it's been freeing. For a small group of women, the leaflet notes, bleeding gets heavier and longer in the first months, and I was one of them until month four.",
"it would never make my periods heavier","bleeding gets heavier and longer in the first months, and I was one of them",
"'Never heavier periods' is contradicted by the writer's own heavier bleeding on the same device.",distance="far")
C(P,True,"product_page","translated_insert","electrical muscle stimulation belt (AbTone Pro)",
"AbTone Pro is belt for abdominal muscle with 6 intensity level. Device is not causing any pain or discomfort in use. Wear 20 minute daily on clean skin. Gel pad must change after 30 use. Not for use with heart pacemaker. When intensity is high, painful cramping of muscle may occur; reduce level.",
"Device is not causing any pain or discomfort in use","When intensity is high, painful cramping of muscle may occur",
"The insert denies any pain in use, then warns of painful cramping at high intensity, which is a normal use setting.",distance="near",shape="conditional warning")
C(P,True,"consumer_guide","pharmacist_ce","semaglutide weekly injection",
"Pharmacist CE: counselling on weekly semaglutide. Semaglutide is a GLP-1 receptor agonist used for type 2 diabetes and weight management. Used alone, it poses no hypoglycaemia risk, because its insulin effect depends on glucose. Titration is every four weeks to limit nausea. Store pens in the fridge before first use. Hypoglycaemia has been reported in patients on semaglutide monotherapy, particularly in those eating very little, so counsel patients to recognise shakiness and sweating.",
"Used alone, it poses no hypoglycaemia risk","Hypoglycaemia has been reported in patients on semaglutide monotherapy",
"'No hypoglycaemia risk' alone conflicts with reported hypoglycaemia on monotherapy.",distance="near",shape="existential")
# controls
C(P,False,"product_page","coupon_site","psyllium husk fibre powder",
"Psyllium husk powder: summary. This fibre supplement is free of gluten, sugar and artificial colours. It softens stools and can help with both constipation and mild diarrhoea. Start with one teaspoon a day and increase slowly. Wind and a bloated feeling are common in the first week. Drink a full glass of water with each dose.",
"free of gluten, sugar and artificial colours","Wind and a bloated feeling are common in the first week",
"'Free of' refers to ingredients, not side effects, so bloating does not conflict.",ctype="different_outcome_measure")
C(P,False,"consumer_guide","telehealth_faq","tretinoin cream (prescription)",
"Q: Will tretinoin irritate my skin?\nA: In people with very sensitive skin or rosacea, we don't prescribe it at all. For everyone else, dryness and peeling in the first month are common and expected. After that adjustment period, most patients have no ongoing irritation. Use a pea-sized amount at night. Sunscreen every morning is a must.",
"After that adjustment period, most patients have no ongoing irritation","dryness and peeling in the first month are common and expected",
"The 'no ongoing irritation' claim is explicitly scoped to after the first month.",ctype="conditional_scope")
C(P,False,"news_report","academic_newsroom","new formulation of an iron infusion",
"Patients at the medical centre's haematology clinic are now receiving a newer iron infusion, ferric derisomaltose. The older product used at the clinic carried a risk of severe allergic reactions that required a test dose. The new infusion does not require a test dose and, according to the clinic's two-year audit, has caused no severe allergic reactions so far. Infusions take about 20 minutes. \"Patients appreciate needing just one visit,\" said a senior nurse.",
"has caused no severe allergic reactions so far","The older product used at the clinic carried a risk of severe allergic reactions",
"The allergic risk is of the older product; the new infusion's record is separately stated.",ctype="different_intervention")
C(P,False,"blog","fitness_caption","beta-alanine",
"Does beta-alanine cause side effects? Quick answer: the tingly skin thing (paraesthesia) is real and totally harmless. People freak out but it's just a nerve sensation. It causes no harm to your nerves, per every study I've read. Split the dose if you hate the tingles. 3.2 g a day is the standard.",
"It causes no harm to your nerves","the tingly skin thing (paraesthesia) is real and totally harmless",
"Tingling is described as harmless; denying nerve harm while acknowledging tingling is consistent.",ctype="hedge_agree")
P2=P
C(P2,False,"consumer_guide","vet_style_explainer","proton pump inhibitor (omeprazole) short vs long term",
"What does the PPI do? It turns down acid production in the stomach. Is it safe? For a short course of up to eight weeks, it carries essentially no risk of bone problems. Used for many years, however, PPIs have been linked to a small rise in hip fractures, so long courses are reviewed each year. Your doctor may suggest stepping down to the lowest dose that works. Take it 30 minutes before breakfast.",
"For a short course of up to eight weeks, it carries essentially no risk of bone problems","Used for many years, however, PPIs have been linked to a small rise in hip fractures",
"The no-risk claim is limited to short courses; the fracture link is for long-term use.",ctype="conditional_scope")
C(P2,False,"news_report","radio_transcript","new vs old zinc nasal spray",
"Now to a story some of our older listeners may remember. Years ago a zinc nasal gel was pulled from shelves after users reported losing their sense of smell. A listener asked whether today's zinc lozenges carry the same danger. Pharmacist Tom Reyes told the programme the lozenges are taken by mouth and are not linked to smell loss. \"The problem was specific to spraying zinc into the nose,\" he said. He did warn that the lozenges can leave a bad taste.",
"the lozenges are taken by mouth and are not linked to smell loss","users reported losing their sense of smell",
"Smell loss belongs to the old nasal gel; the lozenges are a different product and route.",ctype="route_differs")
C(P2,False,"blog","womens_magazine","St John's wort",
"A reader wrote in asking whether St John's wort is 'free of interactions because it's natural'. It isn't, and I wish that myth would die. The herb speeds up the breakdown of many medicines, including the contraceptive pill. I learned this the hard way from my pharmacist when I was 30. If you take any prescription, ask before starting it.",
"'free of interactions because it's natural'","The herb speeds up the breakdown of many medicines",
"The denial is quoted as a myth and rejected.",ctype="debunked_claim")
C(P2,False,"consumer_guide","pharmacist_ce","levonorgestrel emergency contraception",
"CE brief: levonorgestrel 1.5 mg emergency contraception. The tablet does not harm an established pregnancy, and there is no evidence it causes birth defects. It is most effective when taken within 72 hours. Nausea occurs in about 1 in 7 users. If vomiting occurs within 3 hours, a repeat dose is needed. Irregular bleeding before the next period is common.",
"The tablet does not harm an established pregnancy","Nausea occurs in about 1 in 7 users",
"Denial of harm to pregnancy is a different outcome from nausea; both are true together.",ctype="different_outcome_measure")
