"""Build passages.jsonl (P3-001..P3-200). Written blind from the brief."""
import os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import STYLES, assign_splits, once, write_jsonl

# (expect, phenomenon, style, text, flag_or_None, why)
D = {}
D["vague_attribution"] = [
 (1, "studies_show", "cg", "Studies show that a daily handful of walnuts keeps your arteries flexible well into old age.", "Studies show", "Claim rests on unnamed studies."),
 (1, "backed_by_research", "pp", "Our ashwagandha gummies are backed by research suggesting they can cut cortisol by up to a third.", "backed by research", "Research invoked but never identified."),
 (1, "experts_agree", "nr", "Experts agree that blue-light glasses ease the eye strain that comes with long shifts at a screen.", "Experts agree", "Unnamed expert consensus asserted."),
 (1, "scientists_found", "bl", "Scientists have found that cold-water swimming resets your immune system \u2014 I've been doing it every morning since.", "Scientists have found", "No scientists or study named."),
 (1, "research_suggests", "pr", "Clinical research has long suggested that compression socks speed muscle recovery after endurance events, and RecoverFlex is built on that science.", "Clinical research has long suggested", "Vague appeal to 'clinical research'."),
 (1, "doctors_recommend", "cg", "Many doctors now recommend magnesium glycinate for anyone who wakes in the small hours.", "Many doctors now recommend", "Unnamed doctors as authority."),
 (1, "specialists_say", "pp", "Dermatologists say our marine collagen visibly firms the skin within weeks.", "Dermatologists say", "Unnamed specialists as support."),
 (1, "growing_evidence", "bl", "There's a growing body of evidence that intermittent fasting sharpens focus, and honestly, I buy it.", "a growing body of evidence", "Evidence gestured at, not cited."),
 (1, "according_to_researchers", "nr", "According to researchers, the finger-prick cholesterol kits sold in chemists are every bit as reliable as a laboratory draw.", "According to researchers", "Researchers not identified."),
 (1, "widely_accepted", "cg", "It is widely accepted among health professionals that apple cider vinegar steadies blood sugar after meals.", "widely accepted among health professionals", "Consensus claimed without a source."),
 (1, "wealth_of_studies", "pr", "A wealth of peer-reviewed studies confirms that guided-breathing apps reduce anxiety, the company said.", "A wealth of peer-reviewed studies", "Many studies invoked, none named."),
 (0, "named_review", "nr", "A 2023 Cochrane review of 14 trials found that zinc lozenges may shorten colds by about a day, though the certainty of the evidence was rated low.", None, "Names the review and hedges."),
 (0, "named_body", "cg", "The NHS advises adults in the UK to consider 10 micrograms of vitamin D a day during autumn and winter.", None, "Named public body."),
 (0, "own_hedge", "bl", "My guess \u2014 and it is only a guess \u2014 is that the walking group helped because people actually turned up every week.", None, "Writer's own labelled speculation, not borrowed authority."),
 (0, "named_trial", "pr", "In a randomised trial of 412 adults published in the Journal of Hypertension, the cuff-free monitor agreed with clinic readings to within 5 mmHg.", None, "Names trial size and journal."),
 (0, "named_body", "cg", "The American Academy of Pediatrics recommends that babies sleep on their backs to lower the risk of sudden infant death.", None, "Named professional body stating consensus."),
 (0, "named_expert", "nr", "Dr Amara Osei, the Leeds cardiologist who led the study, said the results needed confirming in a larger and more diverse group.", None, "Named expert with role."),
 (0, "absence_disclosed", "pp", "This blend has not been tested in clinical trials; we list every ingredient amount so you can talk it through with your pharmacist.", None, "Openly states there is no research."),
 (0, "own_hedge", "bl", "Why might stretching help? One plausible explanation is that it simply makes people more aware of their posture, but I haven't seen that tested.", None, "Writer's own hedged explanation."),
 (0, "named_body", "nr", "The US Preventive Services Task Force now says women should begin mammograms at 40, citing new modelling of breast cancer deaths.", None, "Named body and basis."),
]
D["animal_invitro_evidence"] = [
 (1, "cell_culture", "pp", "Curcumin has been shown to kill cancer cells, which is why we pack 500 mg into every capsule.", "shown to kill cancer cells", "Cell results sold as a benefit to buyers."),
 (1, "mouse", "cg", "Green tea extract melts belly fat \u2014 mice fed the compound gained 30% less weight than their littermates.", "mice fed the compound", "Mouse data offered for a human effect."),
 (1, "worms_yeast", "bl", "Resveratrol extended lifespan in worms and yeast, so I add a scoop to my smoothie to age more slowly.", "in worms and yeast", "Invertebrate data used for personal anti-ageing."),
 (1, "rat", "nr", "The new nasal spray could stop dementia in its tracks after it cleared amyloid plaques from the brains of lab rats.", "from the brains of lab rats", "Rat finding framed as a human dementia result."),
 (1, "lab_test", "pr", "In laboratory tests, BioShield's elderberry formula neutralised 99% of flu virus particles, offering families powerful protection this winter.", "In laboratory tests", "Test-tube result promoted as protection for people."),
 (1, "rodent", "cg", "Want stronger bones? Rodent studies suggest that prunes reverse bone loss.", "Rodent studies suggest", "Rodent work answering a human question."),
 (1, "petri_dish", "pp", "Lion's mane regrows nerve cells \u2014 in petri-dish experiments, neurons sprouted new connections within days.", "in petri-dish experiments", "Dish result as product claim."),
 (1, "test_tube", "bl", "If sulforaphane switches off tumour genes in a test tube, eating broccoli sprouts every day has to be helping me.", "in a test tube", "Test-tube leap to personal benefit."),
 (1, "stem_cell_tissue", "nr", "A compound in coffee protects the liver, scientists said, citing experiments on liver tissue grown from stem cells.", "liver tissue grown from stem cells", "Lab tissue work stated as protective in people."),
 (1, "preclinical", "pr", "Preclinical data show that NeuroCalm's lead peptide restores memory, giving hope to millions of people living with Alzheimer's.", "Preclinical data show", "Preclinical results tied to patient hope."),
 (1, "cultured_cells", "pp", "Black seed oil boosts immunity: it doubled white-cell activity in cultured human cells.", "in cultured human cells", "Human cells in a dish are still not people."),
 (0, "caveated", "nr", "The drug shrank tumours in mice, but the researchers cautioned that most compounds that work in rodents never help people.", None, "Animal result correctly caveated."),
 (0, "caveated", "cg", "Lab studies of garlic extract are intriguing, but no trial has yet shown that eating garlic prevents infections in humans.", None, "Lab work framed as unproven in people."),
 (0, "veterinary", "pp", "Our joint chews for dogs contain glucosamine; in a trial of 80 arthritic dogs, owners reported better mobility after eight weeks.", None, "Animal product, animal evidence."),
 (0, "human_trial", "nr", "In a randomised trial of 1,200 adults, the vaccine cut symptomatic infections by 60% compared with placebo.", None, "Human trial."),
 (0, "caveated", "pr", "After the molecule reduced inflammation in rats, the company will begin its first human safety study next year; it has not yet been tested in people.", None, "States it is untested in people."),
 (0, "veterinary", "bl", "Our vet suggested fish oil for our ageing Labrador, and she worked out the dose from studies in dogs.", None, "Dog dose from dog studies."),
 (0, "caveated", "cg", "So far the evidence for andrographis comes only from cell cultures, so there is no reason yet to expect it to shorten your cold.", None, "Explicitly early lab-only."),
 (0, "veterinary", "nr", "Researchers tested the wormer on 60 horses and found parasite egg counts fell by 95%.", None, "Plainly about horses."),
 (0, "human_trial", "pr", "The phase 3 trial enrolled 3,400 patients with type 2 diabetes across 12 countries and met its main goal of lowering HbA1c.", None, "Human phase 3 trial."),
]
D["causal_overclaim"] = [
 (1, "lifespan", "nr", "Drinking three cups of coffee a day makes you live longer, according to an analysis of health records from 500,000 UK adults.", "makes you live longer", "Records analysis cannot show causation."),
 (1, "risk_cut", "cg", "Eating nuts cuts your risk of heart disease by a quarter, a large survey of nurses has found.", "cuts your risk of heart disease", "Survey data stated causally."),
 (1, "prevents", "bl", "A study that followed 20,000 dog owners proves that walking a dog prevents depression.", "prevents depression", "Follow-up study as proof of prevention."),
 (1, "slashes", "pr", "Regular sauna use slashes dementia risk, according to the university's 20-year cohort of Finnish men.", "slashes dementia risk", "Cohort stated as cause."),
 (1, "causes", "nr", "Ultra-processed food causes early death, researchers concluded after comparing questionnaires from 60,000 adults.", "causes early death", "Questionnaire data, causal verb."),
 (1, "mechanism_leap", "cg", "People who sleep under six hours are more likely to catch colds, so skimping on sleep weakens your immune defences.", "weakens your immune defences", "Association turned into mechanism."),
 (1, "protects", "pp", "An observational study of 8,000 women showed that our key ingredient, vitamin K2, protects arteries from hardening.", "protects arteries from hardening", "Observational study, protective claim."),
 (1, "lowers", "bl", "Data from a survey of app users shows meditation lowers blood pressure \u2014 at that sample size, correlation is practically causation.", "meditation lowers blood pressure", "Survey data; explicit causal leap."),
 (1, "leads_to", "nr", "Owning a fitness tracker leads to weight loss, a study of insurance customers suggests, after owners were found to weigh less than non-owners.", "leads to weight loss", "Cross-sectional comparison stated causally."),
 (1, "keeps_young", "cg", "Olive oil keeps your brain young: in a cohort of older Spaniards, those who used the most had the best memory scores.", "keeps your brain young", "Cohort comparison as causal."),
 (1, "because_of", "pr", "Children on the Active Kids programme do better at school because of the exercise, a survey of 300 parents shows.", "because of the exercise", "Parent survey, causal attribution."),
 (0, "association", "nr", "In the cohort, people who drank more coffee had lower death rates, but the authors said the link could reflect healthier lifestyles.", None, "Association language with caveat."),
 (0, "association", "cg", "Nut eaters tend to have fewer heart attacks, though studies like this cannot show that the nuts are responsible.", None, "Correctly hedged."),
 (0, "rct", "nr", "In a randomised trial, participants assigned to a Mediterranean diet had about 30% fewer cardiovascular events than those advised to eat low-fat.", None, "Randomised trial supports causal reading."),
 (0, "association", "pr", "The observational data show an association between sauna use and lower dementia rates; a randomised trial is now needed to test cause and effect.", None, "Association named as such."),
 (0, "rct", "bl", "Statins reduce heart attacks \u2014 that has been shown in dozens of placebo-controlled trials involving more than 170,000 people.", None, "Causal claim backed by RCTs."),
 (0, "association", "cg", "Short sleep is linked with catching more colds, although it is hard to rule out other explanations such as stress.", None, "Linked-with language, confounding noted."),
 (0, "established_cause", "nr", "Smokers were about 15 times as likely to develop lung cancer, a finding that, with decades of further evidence, established smoking as a cause.", None, "Causation established by convergent evidence, stated as such."),
 (0, "rct", "nr", "Schools randomly allocated to the daily-mile scheme saw pupils' fitness scores improve compared with schools that kept their usual timetable.", None, "Randomised allocation."),
 (0, "association", "cg", "Women who took calcium had fewer fractures in this observational study, but the researchers stressed it could not prove the tablets were the reason.", None, "Observational, caveated."),
]
D["anecdote_as_evidence"] = [
 (1, "testimonial", "pp", "'I lost 14 kilos in two months without changing anything else!' \u2014 Karen, Ohio. See what KetoBurn can do for you.", "I lost 14 kilos in two months", "Testimonial used as proof."),
 (1, "personal_story", "bl", "My migraines vanished the week I started feverfew, so don't let anyone tell you it doesn't work.", "My migraines vanished the week I started feverfew", "One person's experience as evidence."),
 (1, "users_report", "cg", "Thousands of users report deeper sleep after switching to a weighted blanket.", "Thousands of users report", "User reports as efficacy evidence."),
 (1, "patients_tell_us", "pr", "'Our patients tell us they feel ten years younger,' said the clinic's founder, describing the effect of its vitamin drips.", "Our patients tell us they feel ten years younger", "Patient feedback as outcome."),
 (1, "case_as_proof", "nr", "Mum-of-three Lisa Grant says the low-FODMAP app cured her IBS \u2014 proof that digital tools can transform gut health.", "proof that digital tools can transform gut health", "Single case generalised as proof."),
 (1, "clients", "bl", "Every one of my coaching clients who tried cold showers has stopped getting colds. That's all the evidence I need.", "That's all the evidence I need", "Client anecdotes as evidence."),
 (1, "star_ratings", "pp", "Rated 4.9 stars by 12,000 happy customers \u2014 our joint formula really works.", "Rated 4.9 stars by 12,000 happy customers", "Reviews as efficacy proof."),
 (1, "neighbour", "cg", "Acupuncture worked wonders for my neighbour's back pain, which shows it's worth trying before surgery.", "which shows it's worth trying", "Neighbour's story drives recommendation."),
 (1, "miracle_survivor", "nr", "A retired teacher who beat stage 4 cancer credits a juice-only diet, raising hopes that nutrition alone could rival chemotherapy.", "raising hopes that nutrition alone could rival chemotherapy", "Single survivor story generalised."),
 (1, "early_adopters", "pr", "Early adopters of the TinnitusEase headband describe the ringing fading within days, demonstrating the device's effectiveness.", "demonstrating the device's effectiveness", "User descriptions framed as demonstration."),
 (1, "forum", "bl", "Our forum is full of people whose eczema cleared up with goat's-milk soap \u2014 real experiences speak louder than trials.", "real experiences speak louder than trials", "Anecdotes ranked above trials."),
 (0, "human_interest", "nr", "Lisa Grant, 42, spent six years seeking a diagnosis for her bowel symptoms; her story shows how long many patients wait for help.", None, "Story illustrates a delay, not efficacy."),
 (0, "adverse_event", "nr", "Regulators have received more than 200 reports of liver injury in people taking the weight-loss supplement, prompting a safety review.", None, "Adverse reports as safety signal."),
 (0, "disclaimed", "bl", "I tried the sleep app for a month. It didn't fix my insomnia, and one person's experience tells you little anyway \u2014 so here's what the trials found.", None, "Anecdote explicitly not evidence."),
 (0, "caveated", "cg", "Patient stories can help you prepare for surgery, but they can't tell you how likely the operation is to work for you.", None, "Explains limits of stories."),
 (0, "adverse_event", "pr", "Reports from pharmacists of severe rashes after the cream was used on broken skin led the company to update its label.", None, "Adverse reports prompting label change."),
 (0, "human_interest", "nr", "For Tom Reyes, who lost his sight to diabetes, learning to cook again was the hardest part \u2014 and the most rewarding.", None, "Human interest, no efficacy claim."),
 (0, "adverse_event", "cg", "Yellow Card reports of tendon damage in people taking fluoroquinolone antibiotics helped prompt stronger warnings.", None, "Spontaneous reports as signal."),
 (0, "nostalgia", "bl", "My grandmother swore by goose fat rubbed on the chest for coughs; I love the memory, though there's no evidence it does anything.", None, "Anecdote explicitly rejected as evidence."),
 (0, "case_report", "nr", "Doctors described a 58-year-old man who developed kidney damage after drinking several litres of iced tea a day, a rare but recognised risk.", None, "Case report as safety signal."),
]
D["supplement_disease_claim"] = [
 (1, "reverse", "pp", "Cinnamon Balance capsules reverse type 2 diabetes naturally.", "reverse type 2 diabetes", "Supplement claims to reverse a disease."),
 (1, "treat", "pp", "Turmeric Gold treats arthritis pain at its source.", "treats arthritis", "Treatment claim for a disease."),
 (1, "treat", "bl", "Skip the antidepressants: St John's wort treats depression without a prescription.", "treats depression", "Herb as depression treatment."),
 (1, "prevent", "cg", "Garlic supplements are a natural way to prevent heart attacks.", "prevent heart attacks", "Prevention claim for a supplement."),
 (1, "lower_hypertension", "pr", "PureBeet nitrate shots lower high blood pressure, offering the one in three adults with hypertension a drug-free alternative.", "lower high blood pressure", "Food shot positioned as hypertension treatment."),
 (1, "fights", "pp", "Our mushroom blend fights cancer by starving tumours of their blood supply.", "fights cancer", "Anticancer claim."),
 (1, "prevent", "pp", "Elderberry syrup to prevent the flu \u2014 keep a bottle in every cupboard this winter.", "prevent the flu", "Infection prevention claim."),
 (1, "cure", "bl", "In my view, cranberry pills cure urinary tract infections faster than antibiotics.", "cure urinary tract infections", "Cure claim vs drug."),
 (1, "halt", "pp", "Ginkgo Focus halts the progression of Alzheimer's disease.", "halts the progression of Alzheimer's disease", "Disease-modifying claim."),
 (1, "heal", "cg", "Probiotic yogurt drinks can heal Crohn's disease if you take them every day.", "heal Crohn's disease", "Heal claim for a food."),
 (1, "rebuild", "pr", "Today sees the launch of OsteoMax, a calcium-and-collagen powder that rebuilds bone in people with osteoporosis.", "rebuilds bone in people with osteoporosis", "Disease treatment claim for a powder."),
 (0, "structure_function", "pp", "Glucosamine Plus supports healthy joints and normal cartilage.*", None, "Structure/function wording."),
 (0, "authorised_claim", "pp", "Vitamin C contributes to the normal function of the immune system.", None, "Authorised nutrient claim."),
 (0, "approved_drug", "nr", "Metformin, long approved for type 2 diabetes, is now being tested to see whether it slows ageing.", None, "Approved drug for its disease."),
 (0, "careful_trial", "nr", "In a trial of 600 adults, a daily vitamin D supplement did not lower the rate of depression compared with placebo, researchers reported.", None, "Careful null trial report."),
 (0, "public_health", "cg", "Folic acid taken before and in early pregnancy reduces the risk of neural tube defects, which is why the NHS recommends 400 micrograms a day.", None, "Established, sourced public-health advice."),
 (0, "authorised_claim", "pp", "Our magnesium tablets help reduce tiredness and fatigue as part of a varied diet.", None, "Authorised claim, no disease."),
 (0, "careful_trial", "nr", "Omega-3 capsules modestly lowered triglycerides in the trial but had no effect on heart attacks, the authors said.", None, "Careful mixed result."),
 (0, "approved_drug", "cg", "Prescription icosapent ethyl is licensed to lower cardiovascular risk in some patients with high triglycerides; shop-bought fish oil is not.", None, "Licensed drug distinguished from supplement."),
 (0, "structure_function", "pp", "Melatonin 1 mg \u2014 helps you fall asleep faster. Not intended to diagnose, treat, cure or prevent any disease.", None, "Sleep-onset function claim with disclaimer."),
]
D["absolute_or_miracle"] = [
 (1, "hundred_percent_safe", "pp", "Completely natural and 100% safe for the whole family.", "100% safe", "Absolute safety promise."),
 (1, "no_side_effects", "pp", "No side effects whatsoever \u2014 just pure, clean energy.", "No side effects whatsoever", "Absolute no-harm promise."),
 (1, "works_for_everyone", "bl", "This stretching routine works for everyone, whatever your age or fitness level.", "works for everyone", "Universal efficacy."),
 (1, "guaranteed", "pr", "SlimCore is guaranteed to melt away stubborn fat in 30 days.", "guaranteed to melt away stubborn fat", "Guaranteed health outcome."),
 (1, "cure_all", "cg", "Manuka honey is nature's cure-all for coughs, wounds and sore throats.", "cure-all", "Cure-all label."),
 (1, "miracle", "bl", "Honestly, this serum is a miracle in a bottle for acne scars.", "a miracle in a bottle", "Miracle framing."),
 (1, "instantly", "pp", "Feel the pain relief instantly, the moment the patch touches your skin.", "instantly", "Instant effect promise."),
 (1, "permanent_zero_risk", "pr", "The laser procedure removes varicose veins permanently, with zero risk.", "permanently, with zero risk", "Permanent and risk-free promise."),
 (1, "never_fails", "cg", "These knee injections never fail to restore full movement.", "never fail to restore full movement", "Never-fail promise."),
 (1, "totally_eliminates", "bl", "Oil pulling totally eliminates every trace of bacteria from your mouth.", "totally eliminates every trace of bacteria", "Total elimination claim."),
 (1, "every_time", "pp", "Flawless results, every single time, on every skin type.", "every single time", "Universal outcome."),
 (0, "literal_guarantee", "pp", "If you're not satisfied, we offer a guaranteed refund within 60 days.", None, "Guarantee is commercial, not health."),
 (0, "literal_always", "cg", "Always talk to your doctor before stopping a prescribed medicine.", None, "'Always' as advice."),
 (0, "literal_completely", "pp", "Each effervescent tablet dissolves completely in a glass of water.", None, "Literal physical description."),
 (0, "quoted_questioned", "nr", "The advert called the tea '100% safe', a phrase regulators said no medicine or supplement could honestly use.", None, "Quoted and rejected."),
 (0, "negated", "bl", "There's no miracle here: the programme takes three months and most people lose a modest amount of weight.", None, "Miracle explicitly denied."),
 (0, "negated", "cg", "No medicine is entirely free of side effects, so ask your pharmacist which ones are common.", None, "Realistic caution."),
 (0, "literal_permanent", "cg", "Once tooth enamel is lost it is gone permanently, which is why dentists focus on prevention.", None, "Permanent describes damage, not a promise."),
 (0, "literal_instant", "pp", "The instant ice pack turns cold when you squeeze it and stays cool for around 15 minutes.", None, "Product type name, modest claim."),
 (0, "quoted_questioned", "nr", "Sellers promised a 'miracle cure' for long Covid; the watchdog fined three firms for misleading claims.", None, "Quoted as misleading."),
]
D["credential_inflation"] = [
 (1, "renowned", "bl", "Renowned wellness expert Jade Moreno recommends a three-day juice cleanse every season.", "Renowned wellness expert", "Puffed, uncheckable credential."),
 (1, "world_leading", "pp", "Formulated by a world-leading nutrition scientist.", "world-leading nutrition scientist", "Unnamed world-leading expert."),
 (1, "certified_nutritionist", "cg", "Certified nutritionist Paul Hart says most people should cut out dairy to fix their bloating.", "Certified nutritionist", "Unregulated title dressed as credential."),
 (1, "nonclinical_dr", "pr", "Dr. Greta Lind, whose doctorate is in business administration, advises patients to swap statins for her plant protocol.", "Dr. Greta Lind", "Non-clinical doctorate giving treatment advice."),
 (1, "fake_board", "pp", "Developed by a board-certified holistic health practitioner.", "board-certified holistic health practitioner", "Board certification with no recognised board."),
 (1, "published_author", "bl", "As a published author and leading authority on gut health, Marcus Bell knows what he's talking about.", "published author and leading authority on gut health", "Vague authority claims."),
 (1, "top_rated", "cg", "Sam Okoye, a top-rated hormone expert with over a million followers, says thyroid pills are overprescribed.", "top-rated hormone expert", "Popularity as expertise."),
 (1, "unspecified_phd", "pp", "Trusted by Dr. Bree, PhD, Hollywood's favourite health guru.", "Dr. Bree, PhD", "Unspecified doctorate."),
 (1, "acclaimed", "pr", "The supplement range was developed with internationally acclaimed longevity pioneer Viktor Hale.", "internationally acclaimed longevity pioneer", "Acclaim without credentials."),
 (1, "master_herbalist", "cg", "Our expert panel of master herbalists and certified health coaches reviewed this article.", "master herbalists", "Grand but unregulated titles as review."),
 (1, "triple_certified", "bl", "Take it from a triple-certified functional medicine specialist: you don't need that blood pressure medication.", "triple-certified functional medicine specialist", "Inflated certification advising on treatment."),
 (0, "named_licence", "cg", "Reviewed by Dr Helen Carr, MBBS, a GP on the General Medical Council register.", None, "Checkable registration."),
 (0, "named_role", "nr", "Dr Rahul Mehta, professor of cardiology at the University of Birmingham, was not involved in the study.", None, "Named university role."),
 (0, "named_licence", "pp", "Recipes by Ana Ruiz, RD, a registered dietitian licensed in California.", None, "Regulated title with jurisdiction."),
 (0, "nonclinical_appropriate", "nr", "Dr Joan Ellis, a historian of medicine at Yale, said the remedy was first sold in the 1890s.", None, "PhD speaking within her field."),
 (0, "named_licence", "cg", "Written by a health journalist and checked by a pharmacist registered with the General Pharmaceutical Council.", None, "Named regulator."),
 (0, "named_role", "pr", "The trial was led by Dr Mei Tanaka, a consultant neurologist at King's College Hospital, London.", None, "Checkable role."),
 (0, "honest_disclaimer", "bl", "I'm not a doctor \u2014 I'm a runner who reads a lot \u2014 so please check any of this with your own physician.", None, "Credentials understated."),
 (0, "named_board", "nr", "Dr Lena Ortiz, a dermatologist certified by the American Board of Dermatology, said sunscreen should be reapplied every two hours.", None, "Real named board."),
 (0, "named_role", "cg", "Our medical reviewer, Kofi Mensah, PharmD, is a clinical pharmacist at Johns Hopkins Hospital.", None, "Named degree and employer."),
]
D["promotion"] = [
 (1, "discount_code", "bl", "Use code GLOW20 for 20% off your first tub of collagen!", "Use code GLOW20 for 20% off", "Undisclosed promo code."),
 (1, "partner_store", "cg", "Ready to try it? Buy now from our partner store and get free shipping.", "Buy now from our partner store", "Undisclosed affiliate call to buy."),
 (1, "sale_link", "bl", "I've linked my favorite posture corrector below \u2014 grab it while it's on sale.", "grab it while it's on sale", "Shopping link push."),
 (1, "shop_list", "nr", "The best blood pressure monitors of 2025 \u2014 click through to shop the list at Amazon.", "click through to shop the list", "Shopping link in news, no disclosure."),
 (1, "affiliate_tap", "cg", "Our top pick, the SleepWell ring, is \u00a3199 at our affiliate partner \u2014 tap here to order.", "tap here to order", "Affiliate order link without disclosure of commission."),
 (1, "urgency", "pp", "Limited stock! Order today and get a second bottle half price.", "Order today and get a second bottle half price", "Sales promotion."),
 (1, "link_in_bio", "bl", "Swipe up to grab my exact probiotic stack \u2014 link in bio.", "link in bio", "Influencer shopping link."),
 (1, "inline_price", "cg", "Staying hydrated after exercise matters, and HydraMax sachets (shop now, from $14.99) are the easiest way to do it.", "shop now, from $14.99", "Embedded shop prompt."),
 (1, "reader_offer", "nr", "Readers can claim an exclusive 15% discount on the meditation app via our link.", "claim an exclusive 15% discount", "Reader offer without disclosure."),
 (1, "personal_code", "bl", "This is the only protein powder I'll ever use \u2014 get yours with my code SAM10.", "get yours with my code SAM10", "Personal affiliate code."),
 (1, "retailer_link", "cg", "Looking for a reliable pulse oximeter? Check current prices at our recommended retailer here.", "Check current prices at our recommended retailer here", "Retail link without disclosure."),
 (0, "disclosed", "bl", "Sponsored post: ZenLeaf paid for this article. I've used the app for a month and will tell you what I did and didn't like.", None, "Clear sponsorship disclosure."),
 (0, "neutral_price", "nr", "The new weight-loss injection will cost around \u00a3120 a month privately, the manufacturer said.", None, "Price reported neutrally."),
 (0, "disclosed", "cg", "Disclosure: we earn a commission if you buy through links on this page, but this does not affect our ratings.", None, "Affiliate disclosure."),
 (0, "neutral_price", "nr", "Over-the-counter hearing aids range from $199 to $999, and insurers rarely cover them.", None, "Neutral price range."),
 (0, "public_service", "pr", "The NHS trust announced that its free stop-smoking app is now available to everyone registered with a local GP.", None, "Free public service, no sales push."),
 (0, "neutral_price", "cg", "Generic ibuprofen works the same as branded versions and often costs a fraction of the price, so check the shelf label.", None, "Consumer price advice, no seller."),
 (0, "disclosed", "bl", "Advertisement feature: Nordic Oils paid for this page, and the editorial team chose the experts quoted.", None, "Advertisement labelled."),
 (0, "neutral_retailer", "nr", "Boots said it would stop selling the tablets after the regulator's warning.", None, "Retailer named in news context."),
 (0, "no_purchase", "cg", "You don't need to buy anything to start: a brisk 20-minute walk costs nothing.", None, "Anti-purchase advice."),
]
D["sensational"] = [
 (1, "breakthrough", "nr", "A breakthrough pill could end the need for insulin injections.", "breakthrough pill", "Writer's own hype word."),
 (1, "game_changer", "bl", "This new fasting protocol is a total game changer for energy.", "game changer", "Hype in own voice."),
 (1, "holy_grail", "cg", "Retinol is the holy grail of anti-ageing skincare.", "holy grail", "Hype label."),
 (1, "revolutionary", "pr", "MedTrack unveils a revolutionary wearable that transforms how we manage heart health.", "revolutionary wearable", "Hype in release voice."),
 (1, "shocking", "nr", "Shocking new research reveals the hidden danger in your morning toast.", "Shocking new research", "Alarm hype."),
 (1, "stunning", "bl", "The results of this sleep study are absolutely stunning.", "absolutely stunning", "Hype about study."),
 (1, "jaw_dropping", "nr", "Scientists' jaw-dropping discovery: a common spice may rewire the ageing brain.", "jaw-dropping discovery", "Hype headline."),
 (1, "mind_blowing", "pp", "Experience the mind-blowing power of our adaptogen blend.", "mind-blowing power", "Hype in product copy."),
 (1, "astonishing", "nr", "In an astonishing leap forward, a gene therapy has allowed deaf children to hear.", "astonishing leap forward", "Hype framing."),
 (1, "forever", "pr", "This landmark, first-of-its-kind therapy is poised to redefine cancer care forever.", "redefine cancer care forever", "Grandiose framing."),
 (1, "secret_weapon", "bl", "Cold plunges are the ultimate secret weapon against inflammation \u2014 I'm obsessed.", "ultimate secret weapon", "Hype label."),
 (0, "quoted_critical", "nr", "The company called the pill a 'breakthrough', but independent experts said the trial was too small to justify the term.", None, "Quoted and challenged."),
 (0, "unrelated_literal", "nr", "Firefighters reached the trapped family after a breakthrough in the collapsed wall.", None, "Literal sense, not health hype."),
 (0, "non_health", "bl", "The view from the summit was stunning, and the five-mile hike up was a solid workout.", None, "Stunning describes a view."),
 (0, "quoted_critical", "cg", "Be wary of headlines that call a study a 'game changer' \u2014 ask how many people took part and what was measured.", None, "Teaches scepticism."),
 (0, "unrelated_literal", "cg", "Shocking the heart out of a dangerous rhythm with a defibrillator is standard emergency care.", None, "Literal electric shock."),
 (0, "non_health", "pr", "The football club called its cup win a revolutionary moment for the town.", None, "Not about health."),
 (0, "quoted_critical", "nr", "Regulators rejected the firm's description of its device as 'revolutionary', saying the evidence did not support it.", None, "Quoted and rejected."),
 (0, "unrelated_literal", "bl", "The Holy Grail legend has fascinated me since childhood, which is why I walked the pilgrim route to Glastonbury.", None, "Literal legend."),
 (0, "negated", "cg", "The study found a 5% drop in blood pressure \u2014 useful, but not a game changer for most patients.", None, "Hype word negated in measured assessment."),
]
D["boilerplate_filler"] = [
 (1, "fast_paced_world", "cg", "In today's fast-paced world, finding time for exercise can feel impossible.", "In today's fast-paced world", "Stock opener."),
 (1, "important_to_note", "bl", "It's important to note that everyone's body is different.", "It's important to note that", "Filler hedge."),
 (1, "when_it_comes_to", "cg", "When it comes to gut health, probiotics are just one piece of the puzzle.", "When it comes to", "Stock framing."),
 (1, "delve", "pp", "Let's delve into the science behind our sleep gummies.", "delve into", "Machine-style filler."),
 (1, "complex_landscape", "cg", "Navigating the complex landscape of menopause treatments can be overwhelming.", "Navigating the complex landscape", "Stock phrase."),
 (1, "in_conclusion", "bl", "In conclusion, magnesium may be worth discussing with your doctor.", "In conclusion", "Essay filler."),
 (1, "whether_youre", "cg", "Whether you're a seasoned athlete or just starting out, hydration plays a crucial role in your overall well-being.", "Whether you're a seasoned athlete or just starting out", "Stock audience opener."),
 (1, "ever_evolving", "pr", "In an ever-evolving healthcare landscape, CareLink remains committed to empowering patients on their wellness journey.", "In an ever-evolving healthcare landscape", "Corporate filler."),
 (1, "personal_journey", "cg", "Ultimately, the journey to better sleep is a personal one, and it's essential to find what works for you.", "the journey to better sleep is a personal one", "Empty closing."),
 (1, "tapestry", "bl", "Vitamin D is a vital nutrient that plays a pivotal role in the rich tapestry of human health.", "the rich tapestry of human health", "Ornamental filler."),
 (1, "end_of_the_day", "cg", "It's worth noting that, at the end of the day, balance is key.", "at the end of the day, balance is key", "Cliche filler."),
 (0, "meaningful_conclusion", "nr", "The trial's conclusion was blunt: the drug did not beat placebo on any of its four outcomes.", None, "Conclusion carries content."),
 (0, "meaningful_important", "cg", "Take levothyroxine on an empty stomach; this is important because food cuts how much of the drug is absorbed.", None, "Importance explained."),
 (0, "literal_landscape", "nr", "The Scottish Highlands landscape was the setting for a trial of a walking programme for older adults with arthritis.", None, "Literal landscape."),
 (0, "specific_pace", "bl", "The pace on hospital wards is fast: nurses in the study walked an average of seven miles a shift.", None, "Concrete figure."),
 (0, "meaningful_note", "cg", "Note: the dose for children under 12 is different, so check the leaflet.", None, "Purposeful note."),
 (0, "literal_navigate", "pr", "The new app helps users navigate to the nearest open pharmacy, using live opening-hours data from 9,000 branches.", None, "Literal navigation."),
 (0, "literal_journey", "nr", "The journey to the nearest dialysis unit takes more than an hour for one in five patients in rural Wales, the report found.", None, "Literal journey."),
 (0, "summary_point", "cg", "Key point: statins lower LDL cholesterol by 30\u201350%, depending on the dose.", None, "Informative summary."),
 (0, "concrete_role", "bl", "The pharmacist's role became clear when she spotted that my two prescriptions clashed.", None, "Concrete anecdote, not filler."),
]

rows = []
n = 0
for fam, items in D.items():
    t = sum(1 for i in items if i[0]); f = len(items) - t
    assert (t, f) == (11, 9), (fam, t, f)
    for exp, phen, st, text, flag, why in items:
        n += 1
        r = {"id": f"P3-{n:03d}", "family": fam, "phenomenon": phen, "style": STYLES[st],
             "text": text, "expect": bool(exp)}
        if exp:
            assert flag
            once(flag, text, r["id"])
            r["flag"] = flag
        else:
            assert flag is None
        r["why"] = why
        rows.append(r)
assign_splits(rows, ["family"])
# order keys
rows = [{k: r[k] for k in ["id","family","phenomenon","style","text","expect","flag","why","split"] if k in r} for r in rows]
assert len(rows) == 200
assert len(set(r["text"] for r in rows)) == 200
out = os.path.join(os.path.dirname(__file__), "..", "passages.jsonl")
write_jsonl(out, rows)
print("passages", len(rows), collections.Counter(r["style"] for r in rows))
