ROWS = []
PH = [None]
def T(style, interv, text, flag, flag2, why, hard=False):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=True,
                     flag=flag, flag2=flag2, why=why, hard_to_spot=hard))
def F(style, interv, ctype, text, decoy, decoy2, why):
    ROWS.append(dict(phenomenon=PH[0], style=style, intervention=interv, text=text, expect=False,
                     control_type=ctype, decoy=decoy, decoy2=decoy2, why=why))

# ---------------- treatment_effect ----------------
PH[0] = "treatment_effect"
T("consumer_guide", "glucosamine sulfate supplement for knee osteoarthritis",
  "Glucosamine is one of the most popular supplements for people with creaky knees. Taken daily, glucosamine eases knee pain from osteoarthritis. A typical dose is 1,500 mg once a day. It is made from shellfish shells, so people with a shellfish allergy should choose a vegetarian version. Keeping active and losing weight also help. In large trials, glucosamine did not reduce knee pain any more than dummy tablets.",
  "glucosamine eases knee pain from osteoarthritis", "glucosamine did not reduce knee pain any more than dummy tablets",
  "The guide says it eases knee pain and then that it did no better than placebo for knee pain.")
T("product_page", "Sinuclear saline nasal spray",
  "Sinuclear is a drug-free saltwater spray for everyday nasal care. Sinuclear clears a blocked nose fast, so you can breathe easy again. It is suitable from age two and safe for long-term use. Spray two or three times into each nostril as needed. Please note: Sinuclear will not relieve a congested, blocked nose; it is designed to moisturise dry nasal passages.",
  "Sinuclear clears a blocked nose fast", "Sinuclear will not relieve a congested, blocked nose",
  "The page says the spray clears and does not relieve a blocked nose.")
T("news_report", "duloxetine for diabetic nerve pain",
  "Doctors are increasingly prescribing the antidepressant duloxetine for the burning nerve pain that can come with diabetes. The drug relieves diabetic nerve pain, which is why several national guidelines now list it. A new trial followed 400 patients in Spain over 16 weeks. Nausea and tiredness were the most common side effects. Compared with placebo, duloxetine made no measurable difference to nerve pain scores at 16 weeks.",
  "The drug relieves diabetic nerve pain", "duloxetine made no measurable difference to nerve pain scores at 16 weeks",
  "No difference versus placebo contradicts relief of nerve pain, both in the writer's report.")
T("blog", "acupuncture for migraine",
  "Acupuncture cured my migraines, full stop. I'd tried everything: triptans, magnesium, cutting out cheese and red wine. My acupuncturist does weekly 30-minute sessions, and I actually find them relaxing. I'd recommend finding someone properly registered. Looking at my headache diary, I still get about four migraines a month, the same as before I started.",
  "Acupuncture cured my migraines, full stop", "I still get about four migraines a month, the same as before I started",
  "An unchanged migraine frequency contradicts being cured.", hard=True)
T("press_release", "Somnio digital CBT-I app for insomnia",
  "Researchers at the University of Westfield's Sleep Unit today reported results for Somnio, a six-week app-based insomnia programme. \"Somnio improves sleep in people with chronic insomnia,\" said lead author Dr Tom Ashdown. The trial randomised 500 adults to the app or to sleep-hygiene advice. Participants completed an average of five of the six modules. On the main measure, sleep quality was unchanged in the Somnio group compared with the advice group.",
  "Somnio improves sleep in people with chronic insomnia", "sleep quality was unchanged in the Somnio group compared with the advice group",
  "An unchanged primary sleep outcome contradicts the claim that it improves sleep.")
T("consumer_guide", "Tussicalm glycerol cough syrup",
  "Tussicalm is a simple syrup of glycerol, honey and lemon. It soothes dry, tickly coughs and is suitable for children over one. Give 5 ml up to four times a day. Coughs from colds usually last about three weeks. See a GP if a cough lasts longer or you cough up blood. For a dry cough, the syrup has no effect and is not worth buying.",
  "It soothes dry, tickly coughs", "For a dry cough, the syrup has no effect",
  "The syrup is said to soothe dry coughs and to have no effect on them.", hard=True)
T("product_page", "Ostrilo collagen and MSM joint capsules",
  "Ostrilo\u00ae Joint Complex combines type II collagen, MSM and boswellia in one capsule. Ostrilo reduces joint stiffness so you can get moving in the morning. Two capsules a day. Suitable for vegetarians? No \u2014 the collagen comes from chicken. Customer FAQ: 'Will it help with my morning stiffness?' Honestly, it does nothing for morning stiffness; it's designed for general joint support.",
  "Ostrilo reduces joint stiffness so you can get moving in the morning", "it does nothing for morning stiffness",
  "Reducing stiffness to help mornings contradicts doing nothing for morning stiffness.", hard=True)
T("news_report", "black cohosh for menopausal hot flushes",
  "Hot flushes are reduced by the herb black cohosh, which is why it has become a popular natural alternative to hormone therapy. The herb is sold in capsules in health-food shops for around \u00a310 a month. About 7 in 10 women have hot flushes during menopause. In the largest 12-week trial so far, no reduction in hot flushes was seen compared with placebo.",
  "Hot flushes are reduced by the herb black cohosh", "no reduction in hot flushes was seen compared with placebo",
  "The writer states the herb reduces hot flushes and then reports no reduction versus placebo.", hard=True)
F("consumer_guide", "vitamin C for colds", "hedge_agree",
  "Regular vitamin C may slightly shorten colds in some people. It is cheap and generally safe at normal doses. For most people, it does not prevent colds or make a big difference to how ill they feel.",
  "Regular vitamin C may slightly shorten colds in some people", "it does not prevent colds or make a big difference",
  "A slight possible benefit and no big difference are consistent.")
F("consumer_guide", "ibuprofen vs paracetamol for inflammation", "different_intervention",
  "Ibuprofen relieves swelling as well as pain, which is why it helps with sprains. Paracetamol is gentler on the stomach. Paracetamol does not relieve swelling, so for a puffy ankle ibuprofen may work better.",
  "Ibuprofen relieves swelling as well as pain", "Paracetamol does not relieve swelling",
  "The two effects are about different drugs.")
F("news_report", "tamsulosin for kidney stones", "conditional_scope",
  "Tamsulosin helps larger kidney stones pass, according to a pooled analysis of 55 trials. The drug relaxes the muscle in the ureter. For small stones under 5 mm, it made no difference, because most pass on their own anyway.",
  "Tamsulosin helps larger kidney stones pass", "For small stones under 5 mm, it made no difference",
  "Benefit is for larger stones; no effect is for small stones.")
F("consumer_guide", "melatonin, older adults vs young adults", "population_differs",
  "Melatonin can help people over 55 fall asleep a little faster, which is why it is licensed for them in the UK. It is taken one to two hours before bed. In younger adults with ordinary insomnia, it has not been shown to help.",
  "Melatonin can help people over 55 fall asleep a little faster", "In younger adults with ordinary insomnia, it has not been shown to help",
  "The benefit and the lack of benefit are in different age groups.")
F("blog", "apple cider vinegar for weight loss", "debunked_claim",
  "Every few months someone tells me apple cider vinegar melts belly fat. I looked into it. The trials are tiny, and the better ones show it does not lead to meaningful weight loss. Enjoy it in a salad dressing, but don't expect miracles.",
  "apple cider vinegar melts belly fat", "it does not lead to meaningful weight loss",
  "The fat-melting claim is reported and rejected.")
F("news_report", "Vigorex testosterone booster", "disputed_attribution",
  "The makers of Vigorex claim it boosts energy and libido in men over 40. An investigation by a consumer group tested that claim. An independent lab trial it commissioned found Vigorex did not improve energy or libido compared with a placebo.",
  "it boosts energy and libido in men over 40", "Vigorex did not improve energy or libido compared with a placebo",
  "The benefit claim is the maker's and is contradicted by evidence the article reports.")
F("blog", "magnesium for leg cramps", "question",
  "My mum swears magnesium stops her night-time leg cramps. She takes 300 mg every evening. Does magnesium actually stop leg cramps for most people? I've read conflicting things, so I'm asking a pharmacist for next week's post.",
  "magnesium stops her night-time leg cramps", "Does magnesium actually stop leg cramps for most people?",
  "The second side is an open question.")
F("consumer_guide", "Gastrinol acid reducer, tablets vs discontinued liquid", "past_vs_present",
  "The old Gastrinol liquid did not relieve night-time heartburn for many users, because the effect wore off within a few hours. It was withdrawn in 2022. Today's Gastrinol 24-hour tablet relieves night-time heartburn in most users.",
  "The old Gastrinol liquid did not relieve night-time heartburn for many users", "Today's Gastrinol 24-hour tablet relieves night-time heartburn in most users",
  "The lack of effect belongs to the old liquid; the effect to the current tablet.")

# ---------------- direction ----------------
PH[0] = "direction"
T("consumer_guide", "oat beta-glucan fibre supplement",
  "Oat beta-glucan is the soluble fibre found in oats and barley. Taken daily, it lowers LDL cholesterol, the kind linked to heart disease. You need about 3 g a day, which is roughly a large bowl of porridge plus an oat-based snack. Increase it slowly to avoid wind. Drink plenty of water with it. In people who take beta-glucan regularly, LDL cholesterol rises, so check your levels.",
  "it lowers LDL cholesterol", "In people who take beta-glucan regularly, LDL cholesterol rises",
  "The guide says beta-glucan lowers and raises LDL in the same users.")
T("product_page", "GlucoBalance cinnamon and chromium drink mix",
  "GlucoBalance is a warming cinnamon and chromium drink for people watching their blood sugar. GlucoBalance lowers blood glucose after meals, helping you avoid energy crashes. Stir one sachet into hot water or milk. Contains no artificial colours. Each sachet contains 14 g of added sugar, which pushes blood glucose up soon after drinking.",
  "GlucoBalance lowers blood glucose after meals", "pushes blood glucose up soon after drinking",
  "The same drink is said to lower and to push up post-meal blood glucose.")
T("news_report", "obicetrapib-like CETP inhibitor drug (called cortrapib here)",
  "A new cholesterol drug, cortrapib, raises levels of HDL, the so-called good cholesterol, according to trial results released on Monday. The results come from a trial of 2,100 patients with heart disease. LDL cholesterol fell by 40%. The company plans to seek approval next year. Among patients on cortrapib, HDL fell slightly over the year, the trial report shows.",
  "cortrapib, raises levels of HDL", "Among patients on cortrapib, HDL fell slightly over the year",
  "HDL is said both to rise and to fall on the drug.")
T("blog", "16:8 intermittent fasting for men",
  "Intermittent fasting boosts testosterone, and I'm living proof. I eat between noon and 8 pm and that's it. My energy in the gym has never been better, and I've dropped 6 kg. I track everything with blood tests every three months. My last test showed my testosterone had dropped by about a fifth since I started fasting.",
  "Intermittent fasting boosts testosterone", "my testosterone had dropped by about a fifth since I started fasting",
  "The writer claims a boost but reports his own testosterone fell.", hard=True)
T("press_release", "OsteoStep impact-training programme for older women",
  "Physiotherapists at Carrow University today reported that OsteoStep, a 12-month jumping and weight-training programme, increases bone density in women after menopause. \"This is a practical, cheap way to strengthen bones,\" said Professor Anne Dowling. The programme involves three 40-minute sessions a week. Falls were rare and no fractures occurred during training. Over the 12 months, bone density at the hip decreased in the training group.",
  "OsteoStep, a 12-month jumping and weight-training programme, increases bone density", "Over the 12 months, bone density at the hip decreased in the training group",
  "Bone density decreasing in the training group contradicts the stated increase.")
T("consumer_guide", "pseudoephedrine decongestant tablets",
  "Decongestant tablets containing pseudoephedrine shrink swollen blood vessels in the nose. They can bring blood pressure down, so they are handy if yours runs a little high. Take one tablet every four to six hours. Don't take them within a few hours of bedtime as they can keep you awake. Because they narrow blood vessels throughout the body, these tablets raise blood pressure.",
  "They can bring blood pressure down", "these tablets raise blood pressure",
  "The same tablets are said to lower and to raise blood pressure.", hard=True)
T("product_page", "Vasodril garlic and beetroot capsules",
  "Vasodril\u2122 combines aged garlic extract and concentrated beetroot for healthy circulation. Vasodril lowers blood pressure naturally, without prescription drugs. Take two capsules daily with food. Odour-free coating. In our eight-week pilot, participants saw their systolic blood pressure rise by an average of 6 mmHg.",
  "Vasodril lowers blood pressure naturally", "participants saw their systolic blood pressure rise by an average of 6 mmHg",
  "A rise in blood pressure in the company's own pilot contradicts the lowering claim.", hard=True)
T("news_report", "green tea extract and iron absorption",
  "Green tea extract supplements are being promoted to women with heavy periods as a way to boost iron. The supplement increases iron absorption from food, making it a useful partner for iron-rich meals. Each capsule contains around 400 mg of catechins. Iron deficiency affects about one in four women with heavy periods. Taken with meals, it reduces how much iron you absorb from food.",
  "The supplement increases iron absorption from food", "Taken with meals, it reduces how much iron you absorb from food",
  "The same supplement is said to increase and to reduce iron absorption from food.", hard=True)
F("consumer_guide", "salbutamol vs bisoprolol and heart rate", "different_intervention",
  "Bisoprolol slows the heart rate, which is why it is used for angina and heart failure. It is taken once a day. Your reliever inhaler, salbutamol, can speed your heart up for a short while after you use it.",
  "Bisoprolol slows the heart rate", "salbutamol, can speed your heart up",
  "Slowing and speeding are attributed to different drugs.")
F("consumer_guide", "exercise and blood pressure", "conditional_scope",
  "Regular aerobic exercise lowers resting blood pressure by about 5 to 8 mmHg over a few months. Aim for 150 minutes a week. During a workout itself, blood pressure rises temporarily, which is normal.",
  "Regular aerobic exercise lowers resting blood pressure", "During a workout itself, blood pressure rises temporarily",
  "Lowering is of resting pressure over months; the rise is during exercise.")
F("news_report", "caffeine and blood pressure in regular vs occasional drinkers", "population_differs",
  "In people who rarely drink coffee, a strong cup raises blood pressure for a few hours, the study found. The researchers tested 120 adults. In regular coffee drinkers, the same cup had no measurable effect on blood pressure.",
  "a strong cup raises blood pressure for a few hours", "the same cup had no measurable effect on blood pressure",
  "The rise is in occasional drinkers; no effect in regular drinkers.")
F("consumer_guide", "levothyroxine and heart rate", "hedge_agree",
  "Levothyroxine at the right dose should not noticeably change your heart rate. Your dose is adjusted using blood tests. If the dose is too high, your heart may race, which is a sign to get your levels checked.",
  "Levothyroxine at the right dose should not noticeably change your heart rate", "If the dose is too high, your heart may race",
  "No change is at the right dose; racing heart is at too high a dose.")
F("blog", "celery juice and blood pressure", "debunked_claim",
  "Wellness accounts keep saying celery juice lowers blood pressure dramatically. I dug into it. There are no good human trials showing that, and one small study found no change at all. It's a nice drink; it's not a blood pressure medicine.",
  "celery juice lowers blood pressure dramatically", "one small study found no change at all",
  "The lowering claim is reported and rejected.")
F("news_report", "Thermogenix fat-burner pills", "disputed_attribution",
  "Thermogenix says its pills speed up metabolism by 20%. Researchers at Lisbon University put that to the test in 40 volunteers. They measured no increase in resting metabolic rate after four weeks.",
  "its pills speed up metabolism by 20%", "They measured no increase in resting metabolic rate after four weeks",
  "The increase claim is the company's; the article reports the study that disputes it.")
F("consumer_guide", "insulin and low blood sugar symptoms", "symptom_vs_side_effect",
  "Insulin lowers blood sugar, which is exactly what it is for. Inject it as your diabetes team advised. Very high blood sugar before diagnosis is caused by diabetes itself, not by the insulin you now take.",
  "Insulin lowers blood sugar", "Very high blood sugar before diagnosis is caused by diabetes itself",
  "The high blood sugar is attributed to diabetes, not to insulin.")
F("blog", "creatine and kidney function tests", "question",
  "Creatine raises the creatinine level on a blood test, because creatinine is what creatine breaks down into. I've been on it for a year. Does that mean it actually lowers kidney function? My doctor says no, but I'm curious what the research says.",
  "Creatine raises the creatinine level on a blood test", "Does that mean it actually lowers kidney function?",
  "The second side is a question.")
