from common import C, K
P = "treatment_effect"
C(P, "product_page", "product_page", "peppermint oil capsules (Mintolin)",
"## Mintolin for IBS\n- Relieves bloating and tummy cramps\n- Enteric-coated capsules\n- 0.2 ml peppermint oil per capsule\nTake one capsule three times a day before meals. Mintolin is a traditional herbal remedy. In our customer trial, it did not relieve bloating any better than a dummy capsule, although cramps eased for some.",
"Relieves bloating and tummy cramps", "it did not relieve bloating any better than a dummy capsule",
"The bullet says it relieves bloating; the trial says it does not.", ["struct","num","uk"])
C(P, "consumer_guide", "ask_doctor", "cough syrup (dextromethorphan)",
"Q: What's the best thing for my child's dry cough?\nA: A dextromethorphan syrup will settle a dry cough quickly. It works on the part of the brain that triggers coughing. It should only be given to children over 12. Trials in children have shown it does not reduce coughing compared with a simple honey-and-lemon drink, so I'd start with that.",
"will settle a dry cough quickly", "it does not reduce coughing compared with a simple honey-and-lemon drink",
"Settling a cough conflicts with no reduction compared with honey-and-lemon.", ["struct"])
C(P, "news_report", "regional_paper", "light therapy lamp for seasonal depression",
"Sales of light therapy lamps have soared in Aberdeen this winter. Suppliers say the lamps lift winter depression in just a week. The lamps give off bright white light and are used for 30 minutes each morning. In the small trial cited on one supplier's website, the lamps made no difference to depression scores after four weeks. The lamps cost between £40 and £150.",
"the lamps lift winter depression in just a week", "the lamps made no difference to depression scores after four weeks",
"Lifting depression conflicts with making no difference to depression scores; neither is challenged.", ["uk","num","hidden"])
C(P, "blog", "listicle", "zinc lozenges for colds (ZincFast)",
"# 5 things to know about ZincFast lozenges\n- They cut short your cold by days.\n- Start within 24 hours of symptoms.\n- They can leave a metallic taste.\nZincFast contains 13 mg of zinc acetate per lozenge. In the trial the makers paid for, people using the lozenges had colds that lasted just as long as those given a sugar lozenge.",
"They cut short your cold by days", "had colds that lasted just as long as those given a sugar lozenge",
"Shortening colds conflicts with colds lasting the same time as placebo.", ["struct","num"])
C(P, "blog", "blog", "acupuncture for migraine",
"After ten years of misery, acupuncture finally cured my migraines. I went every week for two months. The needles don't hurt much, honestly. It was calming. I still get about the same number of migraines as before, but I feel more able to cope with them. I'd recommend giving it a go.",
"acupuncture finally cured my migraines", "I still get about the same number of migraines as before",
"A cure conflicts with the same number of migraines.", ["hidden"])
C(P, "press_release", "press_release", "prescription nasal spray for sinusitis (Sinavance)",
"Harwell Pharma announced today that Sinavance nasal spray clears chronic sinus congestion. The steroid spray was approved after a 12-week trial in 600 adults. \"This is a major step for patients,\" said chief medical officer Dr Nina Ross. In the trial, congestion scores in the Sinavance group were no better than in the placebo group; the approval was based on reduced polyp size. The spray will be available on prescription.",
"Sinavance nasal spray clears chronic sinus congestion", "congestion scores in the Sinavance group were no better than in the placebo group",
"Clearing congestion conflicts with congestion no better than placebo.", ["num"])
C(P, "consumer_guide", "leaflet", "compression stockings after DVT",
"## Compression stockings\nWhy you have been given them: they prevent the leg pain and swelling that can follow a clot.\nWear them every day, putting them on when you get up. Replace them every three to six months. Large studies have found that wearing them does not prevent this long-term leg pain and swelling, but many people find them comfortable, so you may choose to carry on.",
"they prevent the leg pain and swelling that can follow a clot", "wearing them does not prevent this long-term leg pain and swelling",
"The leaflet both says they prevent and don't prevent the same outcome.", ["struct","uk","hidden"])
C(P, "product_page", "newsletter", "sleep tracking app (Somnia)",
"This month in the Somnia newsletter: why your sleep score matters. Somnia improves your sleep in two weeks with personalised coaching. New features include a snore detector and a wind-down playlist. Our internal data show that users' average sleep duration and quality did not change after two weeks of coaching. Upgrade to Premium for 30% off.",
"Somnia improves your sleep in two weeks", "users' average sleep duration and quality did not change after two weeks of coaching",
"Improving sleep conflicts with no change after two weeks.", ["num"])

K(P, "product_page", "product_page", "peppermint oil capsules",
"Mintolin may help ease IBS tummy cramps. In trials, peppermint oil reduced cramping in some people. It did not relieve constipation, so talk to your pharmacist if that is your main symptom.",
"different_outcome_measure", "may help ease IBS tummy cramps", "It did not relieve constipation",
"Easing cramps and not relieving constipation are different outcomes.", ["uk"])
K(P, "consumer_guide", "ask_doctor", "honey vs cough syrup",
"Q: What helps a child's cough?\nA: Honey in warm water eases coughing in children over one year. Over-the-counter cough syrups have not been shown to reduce coughing in children, so I don't recommend them.",
"different_intervention", "Honey in warm water eases coughing", "Over-the-counter cough syrups have not been shown to reduce coughing",
"The benefit is of honey, the lack of effect is of cough syrups.", ["struct"])
K(P, "news_report", "regional_paper", "light therapy lamps",
"Suppliers in Aberdeen claim light lamps lift winter depression within a week. Researchers at the university said the best trials show a modest benefit after several weeks, not days, and the one-week claim is not supported.",
"disputed_attribution", "light lamps lift winter depression within a week", "the one-week claim is not supported",
"The claim is the suppliers'; the article reports researchers disputing it.", ["uk"])
K(P, "blog", "listicle", "zinc lozenges",
"# Zinc lozenges: myth or fact?\nMyth: zinc lozenges cure colds.\nFact: they do not cure a cold. Some trials suggest they may shorten it by a day or so if started early.",
"debunked_claim", "zinc lozenges cure colds", "they do not cure a cold",
"The cure claim is labelled a myth.", ["struct"])
K(P, "blog", "blog", "acupuncture",
"Did acupuncture cure my migraines? No. I still get about the same number of migraines, but I feel calmer and cope better.",
"question", "Did acupuncture cure my migraines?", "I still get about the same number of migraines",
"The cure is a question, answered no.", [])
K(P, "press_release", "press_release", "steroid nasal spray",
"Sinavance reduced nasal polyp size in a 12-week trial of 600 adults. Congestion scores did not differ from placebo, and Harwell Pharma is not claiming an effect on congestion.",
"different_outcome_measure", "reduced nasal polyp size", "Congestion scores did not differ from placebo",
"Polyp size and congestion are different outcomes.", ["num"])
K(P, "consumer_guide", "leaflet", "compression stockings",
"## Compression stockings\nStockings reduce ankle swelling while you wear them. They do not prevent the long-term leg pain that can follow a clot.",
"different_outcome_measure", "reduce ankle swelling while you wear them", "do not prevent the long-term leg pain",
"Short-term swelling and long-term pain are different outcomes.", ["struct","uk"])
K(P, "product_page", "newsletter", "sleep app",
"Somnia won't fix insomnia on its own. Coaching with cognitive behavioural techniques may improve your sleep over six to eight weeks, and Somnia's programme is built on these techniques.",
"hedge_agree", "won't fix insomnia on its own", "may improve your sleep over six to eight weeks",
"Not a fix on its own is compatible with possible improvement from the coaching.", ["num"])
