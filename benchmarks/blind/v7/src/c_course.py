from common import C, K
P = "course"
C(P, "product_page", "clinic_page", "anti-wrinkle injections (botulinum toxin)",
"## Anti-wrinkle injections at Willow Aesthetics\n- Permanent smoothing of frown lines\n- 15-minute appointment\n- No downtime\nOur nurse prescribers use a fine needle to relax the muscles that cause frown lines. You will see the effect begin within three to five days. The results wear off over three to four months, so most clients book a repeat appointment.",
"Permanent smoothing of frown lines", "The results wear off over three to four months",
"Permanent results conflict with results that wear off in months.", ["struct","num","uk"])
C(P, "consumer_guide", "listicle", "teeth whitening (in-chair)",
"# 7 things to know before in-chair whitening\n1. The session takes about an hour.\n2. Results last a lifetime: one visit and you're done.\n3. Sensitivity afterwards is common.\n4. Crowns and fillings won't change colour.\n5. Coffee, tea and red wine will gradually restain your teeth, and most people need a top-up within a year or two.\n6. Whitening toothpaste won't undo stains.\n7. Prices vary widely.",
"Results last a lifetime: one visit and you're done", "most people need a top-up within a year or two",
"Lifetime results conflict with needing a top-up within a year or two.", ["struct","num"])
C(P, "news_report", "regional_paper", "knee injection (hyaluronic acid)",
"A private clinic in Preston is offering hyaluronic acid injections for knee arthritis at £295 each. The clinic describes the injection as a one-off fix for knee pain. The gel is injected into the joint to cushion it. Patients who responded typically found the relief faded after six months, the clinic's own leaflet says, and many return for another injection. The NHS does not routinely fund the treatment.",
"a one-off fix for knee pain", "the relief faded after six months",
"A one-off fix conflicts with relief fading after six months and repeat injections.", ["uk","num"])
C(P, "product_page", "product_page", "hair growth serum (Follixa)",
"## Follixa Hair Serum\nActive: minoxidil 5% | Size: 60 ml | Results: regrow your hair and keep it for good\nOur formula wakes up sleeping follicles. Apply 1 ml twice daily to the scalp. Most users see new growth after three to six months. If you stop using it, any new hair it has grown will be lost within a few months.",
"Results: regrow your hair and keep it for good", "If you stop using it, any new hair it has grown will be lost within a few months",
"Keeping regrown hair for good conflicts with losing it after stopping.", ["struct","num","hidden"])
C(P, "blog", "podcast", "low-calorie meal replacement diet",
"Episode 63: Can diabetes be reversed? We speak to Dr Ruth Kane about very-low-calorie diets for type 2 diabetes. The shakes-based plan offers, she says, a permanent remission: once the diabetes goes, it never comes back. The plan uses about 850 calories a day for 12 weeks. In the follow-up data she describes, around a third of people in remission had blood sugar rise back into the diabetic range within two years, usually as weight returned. Listen for her practical tips.",
"once the diabetes goes, it never comes back", "around a third of people in remission had blood sugar rise back into the diabetic range within two years",
"Remission that 'never comes back' is contradicted by a third relapsing within two years.", ["num"])
C(P, "consumer_guide", "leaflet", "steroid joint injection",
"## Steroid injections for shoulder pain\nKey facts: quick procedure | long-term cure\nA steroid injection reduces inflammation in the joint. Most people feel better within a week. Relief usually lasts from a few weeks to a few months, and the pain may then come back. You can have up to three injections a year in the same joint.",
"long-term cure", "Relief usually lasts from a few weeks to a few months, and the pain may then come back",
"A long-term cure conflicts with relief lasting weeks to months.", ["struct","uk","num"])
C(P, "press_release", "press_release", "tattoo removal laser (ClearInk)",
"ClearInk Clinics today opened its tenth site. The picosecond laser gives one-session, permanent removal of unwanted tattoos, according to the company. \"It's the fastest route to clear skin,\" said clinical director Dr Paul Ames. Black ink typically needs six to ten sessions spaced six weeks apart for full clearance. The new clinic is in Bristol.",
"one-session, permanent removal of unwanted tattoos", "Black ink typically needs six to ten sessions",
"One-session removal conflicts with needing six to ten sessions.", ["num","hidden"])
C(P, "blog", "pharmacy_blog", "cold sore cream (aciclovir)",
"Pictured: our own-brand aciclovir cream, which stops cold sores coming back for good.\nCold sores are caused by the herpes simplex virus and usually start with a tingle on the lip. Apply the cream five times a day for five days at the first sign. It works by blocking the virus from multiplying. The virus stays in the nerves, though, and cold sores often return with stress, sunlight or illness, even after successful treatment. Wash your hands after applying.",
"which stops cold sores coming back for good", "cold sores often return with stress, sunlight or illness, even after successful treatment",
"The caption's 'for good' claim conflicts with the body's statement that cold sores often return after treatment.", ["struct","num"])
K(P, "product_page", "clinic_page", "anti-wrinkle injections",
"## Anti-wrinkle injections\nResults are not permanent: they usually last three to four months.\n## Why come back?\nMost clients book a repeat appointment every few months to keep lines smooth.",
"hedge_agree", "Results are not permanent", "Most clients book a repeat appointment every few months",
"Both sides say the effect is temporary.", ["struct","uk"])
K(P, "consumer_guide", "listicle", "laser hair removal vs waxing",
"# Hair removal compared\n- Laser: long-term reduction in hair growth after a course of six sessions.\n- Waxing: smooth for three to six weeks, then the hair grows back.\n- Shaving: lasts a day or two.",
"different_intervention", "long-term reduction in hair growth", "then the hair grows back",
"The regrowth is about waxing, not laser.", ["struct","num"])
K(P, "news_report", "regional_paper", "knee injection",
"The Preston clinic's leaflet once described its hyaluronic knee injection as a permanent fix. Following a complaint to the Advertising Standards Authority, the leaflet now states that relief, if it comes, lasts around six months.",
"corrected_claim", "a permanent fix", "relief, if it comes, lasts around six months",
"The text reports the old claim and its correction.", ["uk"])
K(P, "product_page", "product_page", "hair serum",
"Does Follixa give permanent results? Honestly, no. Minoxidil works only while you use it; if you stop, new growth is lost within a few months.",
"question", "Does Follixa give permanent results?", "if you stop, new growth is lost within a few months",
"'Permanent' appears in a question answered in the negative.", ["hidden"])
K(P, "blog", "podcast", "diabetes remission diet",
"Episode 64 notes: Dr Kane explains that remission from the shakes plan can be long-lasting for people who keep the weight off. For those who regain weight, blood sugar tends to rise back into the diabetic range within two years.",
"conditional_scope", "can be long-lasting for people who keep the weight off", "For those who regain weight, blood sugar tends to rise back",
"Lasting remission is conditional on keeping weight off; relapse is in those who regain.", [])
K(P, "consumer_guide", "leaflet", "steroid injection",
"## Steroid injection: how long it lasts\nThe injection may give lasting relief for some people, particularly if combined with physiotherapy.\nFor many, though, the benefit fades after a few weeks to months.",
"hedge_agree", "may give lasting relief for some people", "For many, though, the benefit fades after a few weeks to months",
"Lasting relief for some and fading for many are compatible.", ["struct","uk"])
K(P, "press_release", "press_release", "tattoo laser",
"ClearInk says its laser can completely remove many tattoos. Dermatologists note that complete removal usually takes six to ten sessions and some colours never fully clear; ClearInk's prices are quoted per session accordingly.",
"hedge_agree", "can completely remove many tattoos", "complete removal usually takes six to ten sessions",
"Removal that is complete after several sessions is consistent with the claim, which does not promise one session.", ["num"])
K(P, "blog", "pharmacy_blog", "cold sore cream",
"Aciclovir cream shortens a cold sore attack if used early. Cold sores often come back, because the virus stays in the nerves. Nothing, including aciclovir, stops them returning for good.",
"hedge_agree", "shortens a cold sore attack if used early", "Cold sores often come back",
"Shortening an attack is consistent with recurrences.", [])
