# (kind, side_a, side_b, expect, control_type)
I = []
def pos(kind, pairs):
    for a, b in pairs: I.append((kind, a, b, True, ""))
def neg(kind, triples):
    for a, b, t in triples: I.append((kind, a, b, False, t))

pos("synonym", [
("According to the manufacturer, {X} poses no threat to the liver.","Doctors monitoring patients on {X} have documented a handful of cases of drug-induced hepatotoxicity."),
("People who use {X} do not experience trouble sleeping.","Insomnia was reported by about one in twenty people using {X}."),
("Unlike many alternatives, {X} does not cause an upset stomach.","Dyspepsia was among the most frequent complaints from patients on {X}."),
("The company says {X} will not affect your eyesight.","A small number of patients treated with {X} developed blurred vision."),
("Clinicians stress that {X} does not make hair fall out.","Alopecia has been listed as an uncommon side effect of {X}."),
("In the trial, nobody using {X} had heart palpitations.","Several trial participants on {X} described episodes of a racing heart."),
("There is no evidence that {X} causes skin rashes.","Hives developed in a few patients within days of starting {X}."),
("Patients can be reassured that {X} does not harm the kidneys.","Cases of acute renal failure have been linked to {X}."),
("Those taking {X} need not worry about weight gain.","Putting on a few pounds is common in the first months on {X}."),
("The developers say {X} has no effect on memory.","Some users of {X} reported forgetfulness and difficulty recalling words."),
("Doctors say {X} will not make you dizzy.","Vertigo was reported by 6% of people given {X}."),
("Importantly, {X} does not cause diarrhoea.","Loose, watery stools were reported by one in ten people taking {X}."),
])
neg("synonym", [
("Mild nausea can occur in the first days of using {X}.","Feeling queasy usually settles after a week on {X}.","hedge_agree"),
("Researchers found that {X} did not harm the liver.","By contrast, {Y} has been linked to hepatotoxicity.","different_intervention"),
("Insomnia is a common symptom of the condition that {X} is designed to treat.","In the trial, {X} did not cause sleeping problems.","symptom_vs_side_effect"),
("Headaches are a possible side effect of {X}.","Some patients starting {X} reported a mild headache.","hedge_agree"),
("No cases of hair loss were reported with {X}.","Alopecia is a known side effect of {Y}.","different_intervention"),
("At standard doses, {X} does not damage the kidneys.","Kidney injury has occurred only in people who took several times the recommended dose of {X}.","excluded_condition"),
])

pos("denial_form", [
("Patients are told that {X} carries no risk of blood clots.","Blood clots in the legs were seen in a small number of people on {X}."),
("Officials said {X} won't raise your risk of stroke.","Those given {X} had a slightly higher rate of stroke than those given a placebo."),
("The company describes {X} as free of side effects.","Common side effects of {X} include headache and fatigue."),
("Because {X} causes no side effects, patients can use it indefinitely.","About a third of patients stopped {X} because of side effects."),
("With {X}, you don't have to worry about addiction.","Some long-term users of {X} have developed dependence and withdrawal symptoms."),
("To date, {X} has never been linked to heart problems.","Regulators have received reports of heart rhythm problems in people using {X}."),
("There have been zero reports of serious allergic reactions to {X}.","Anaphylaxis has been reported after {X} in rare cases."),
("The maker says {X} poses no danger to an unborn baby.","Data from pregnancy registries suggest that {X} may cause birth defects."),
("Users of {X} can rule out any effect on fertility.","Reduced sperm counts have been observed in men using {X}."),
("Nothing about {X} will affect your ability to drive.","People should not drive after taking {X} because it can cause drowsiness."),
("Rest assured, {X} will not interfere with your sleep.","Vivid dreams and disrupted sleep have been reported by people using {X}."),
("In the company's words, {X} is free from any risk of infection.","Infections at the treatment site occurred in 2% of patients who had {X}."),
])
neg("denial_form", [
("At the approved dose, {X} has not been linked to liver damage.","Liver damage has been reported only after deliberate overdoses of {X}.","excluded_condition"),
("There have been no reports of blood clots with {X}.","Blood clots are a known risk of {Y}.","different_intervention"),
("Claims that {X} causes infertility have spread online.","Large studies have found no link between {X} and infertility.","debunked_claim"),
("Does {X} raise the risk of stroke?","So far, studies of {X} have not found an increased risk of stroke.","question"),
("Earlier versions of {X} caused drowsiness in many users.","The current formulation of {X} has not been linked to drowsiness.","past_vs_present"),
("Serious side effects from {X} are rare.","A few patients on {X} have had severe allergic reactions.","hedge_agree"),
])

pos("group_harm", [
("Clinicians describe {X} as having no side effects.","Some older patients on {X} developed confusion."),
("The company says {X} is entirely harmless.","Several people using {X} have reported chest pain."),
("Supporters say {X} causes no discomfort.","Pain at the injection site is among the most common complaints from people who receive {X}."),
("One spokesperson said {X} is safe for every patient.","While generally well tolerated, {X} caused fainting in a handful of teenagers."),
("Patients are assured that {X} will not upset the stomach.","Many first-time users of {X} complain of nausea."),
("Promotional materials say {X} has no effect on mood.","A subset of patients taking {X} reported low mood and anxiety."),
("The developer claims {X} does not cause fatigue.","Tiredness was the most frequently reported problem among trial participants using {X}."),
("Advocates insist that {X} never causes headaches.","Women in the trial were more likely than men to report headaches after {X}."),
("The clinic's website says {X} is painless.","A number of patients described {X} as painful, particularly during the first session."),
("The maker says {X} is free of side effects for children.","Some children given {X} became irritable and had trouble sleeping."),
("Officials stated that {X} does not affect blood sugar.","Among people with diabetes, {X} sometimes pushed blood sugar up."),
("According to the brochure, {X} leaves no scarring.","Several patients with darker skin developed scars after {X}."),
])
neg("group_harm", [
("Most people tolerate {X} well.","Some users of {X} notice mild tiredness in the first week.","hedge_agree"),
("Few side effects have been reported with {X}.","Several patients taking {Y} developed confusion.","different_intervention"),
("Fatigue is a common symptom of the illness that {X} treats.","Many patients reported more energy after starting {X}.","symptom_vs_side_effect"),
("Doctors consider {X} safe for healthy adults.","People with severe kidney disease were excluded from trials of {X} and should not use it.","excluded_condition"),
("Can {X} cause headaches?","Some people do report headaches with {X}, usually mild.","question"),
("Nausea is a common side effect of {X}.","Many first-time users of {X} report feeling sick.","hedge_agree"),
])

pos("dose_limit", [
("The manufacturer says {X} is safe at any dose.","Doses of {X} above the recommended maximum have caused seizures."),
("Supporters say there is no such thing as too much {X}.","Patients should never take more than two doses of {X} in 24 hours."),
("You cannot overdose on {X}, according to the seller.","Overdoses of {X} have led to hospital admissions."),
("The company says {X} can be used as often as you like.","Using {X} more than once a week can damage the skin barrier."),
("Higher doses of {X} simply work better, with no extra risk.","At higher doses, {X} caused more side effects without more benefit."),
("There is no upper limit for {X}, the brochure states.","The recommended upper limit for {X} is 400 mg a day."),
("Patients were told that {X} is harmless in any quantity.","Taking too much {X} can cause dangerous changes in heart rhythm."),
("The label for {X} sets no maximum dose because none is needed.","Exceeding the maximum daily dose of {X} raises the risk of liver injury."),
("Users can double up on {X} without any concern.","Taking a double dose of {X} can cause a dangerous drop in blood pressure."),
("Longer sessions of {X} carry no additional risk.","Sessions of {X} lasting more than 30 minutes have caused burns."),
("Even large amounts of {X} are safe, the company insists.","Large amounts of {X} can be toxic to the kidneys."),
("There is no dose of {X} that could harm an adult.","Adults should not exceed 3 grams of {X} a day."),
])
neg("dose_limit", [
("Up to 2 grams of {X} a day is considered safe.","Doses of {X} above 2 grams a day can cause stomach upset.","consistent_dose"),
("At recommended doses, {X} is well tolerated.","An overdose of {X} can cause liver failure.","excluded_condition"),
("There is no known upper limit for {X}.","By contrast, {Y} becomes toxic above 100 mg a day.","different_intervention"),
("Is it possible to take too much {X}?","Yes: doses of {X} above the label maximum can cause heart rhythm problems.","question"),
("Patients should not take more than one dose of {X} a day.","Doubling up on {X} increases the risk of side effects.","consistent_dose"),
("Side effects of {X} become more likely as the dose increases.","Most people taking the standard dose of {X} have no problems.","hedge_agree"),
])

pos("interaction", [
("According to the company, {X} has no drug interactions.","Taking {X} with warfarin can raise the risk of serious bleeding."),
("Patients can safely combine {X} with any medication.","People on antidepressants should not start {X} without medical advice because of the risk of serotonin syndrome."),
("Pharmacists say {X} can be taken alongside any other medicine.","Taking {X} at the same time as antacids stops it from being absorbed."),
("The makers state that {X} does not interact with alcohol.","Drinking alcohol while taking {X} can cause severe flushing and vomiting."),
("Doctors say {X} is compatible with all blood pressure drugs.","Combining {X} with ACE inhibitors can push potassium to dangerous levels."),
("You don't need to worry about interactions when taking {X}.","Several common antibiotics can raise blood levels of {X}."),
("The leaflet claims {X} is safe with every prescription.","Women on the contraceptive pill should use extra protection while taking {X}, because it makes the pill less effective."),
("There are no known interactions between {X} and other drugs.","Grapefruit juice and some antifungal drugs increase blood levels of {X}."),
("Users of {X} can keep taking all their usual medicines.","Patients taking blood thinners must stop them several days before {X}."),
("The company says {X} won't affect how other medicines work.","Researchers found that {X} reduces the effectiveness of some HIV medicines."),
("Nothing you take will clash with {X}.","Mixing {X} with sleeping pills can dangerously slow breathing."),
("Supporters say {X} is interaction-free.","Lithium can rise to toxic levels in people who also take {X}."),
])
neg("interaction", [
("Patients taking blood thinners should talk to their doctor before starting {X}.","Taking {X} with warfarin may increase the risk of bleeding.","hedge_agree"),
("No significant drug interactions have been found with {X}.","In contrast, {Y} interacts with many common medicines.","different_intervention"),
("Does {X} interact with other medicines?","It turns out that {X} should not be combined with certain antidepressants.","question"),
("Only a few interactions with {X} are known.","The blood thinner warfarin is among the drugs whose effect {X} can strengthen.","hedge_agree"),
("Apart from antacids, {X} can be taken with most medicines.","Antacids should be taken at least two hours apart from {X}.","excluded_condition"),
("Older formulations of {X} interacted with antacids.","The current formulation of {X} can be taken at the same time as antacids.","past_vs_present"),
])

pos("safety_scope", [
("Officials said {X} is safe for everyone, including pregnant women.","Women who are pregnant should not use {X}."),
("The company says {X} is suitable for all ages.","Children under 12 should not be given {X}."),
("Doctors described {X} as safe for people with heart disease.","People with heart failure may be harmed by {X} and should avoid it."),
("According to the makers, {X} is safe for people with diabetes.","People with diabetes who use {X} can develop dangerously low blood sugar."),
("Anyone can use {X}, whatever their medical history.","People with epilepsy should not use {X}."),
("The developers say {X} is safe during breastfeeding.","Breastfeeding mothers are advised to avoid {X} because it passes into breast milk."),
("The leaflet states that {X} is suitable for older adults.","People over 65 face a higher risk of falls when taking {X} and are usually advised against it."),
("Supporters say {X} is safe for people with kidney disease.","Patients with severe kidney impairment must not use {X}."),
("Clinic staff told patients that {X} is safe for those with pacemakers.","People with pacemakers or other implanted devices should not undergo {X}."),
("The manufacturer says {X} can be used by anyone with asthma.","In people with asthma, {X} can trigger serious breathing problems."),
("The company says {X} is safe for people with liver disease.","People with liver disease should not take {X}."),
("Promotional material says {X} is suitable for people with glaucoma.","Anyone with glaucoma should avoid {X} because it can raise the pressure inside the eye."),
])
neg("safety_scope", [
("Pregnant women should not take {X}.","Women planning a pregnancy are advised to stop {X} first.","hedge_agree"),
("Doctors consider {X} safe during pregnancy.","By contrast, {Y} should be avoided during pregnancy.","different_intervention"),
("For adults without heart disease, {X} appears safe.","People with heart failure should avoid {X}.","excluded_condition"),
("Is {X} safe for children?","Studies of {X} in children are limited, so it is not recommended for under-12s.","question"),
("Slow wound healing, a common problem in diabetes, is one reason doctors consider {X}.","Trials found {X} safe for people with diabetes.","symptom_vs_side_effect"),
("Most adults can use {X} safely.","People with epilepsy should check with their doctor before using {X}.","hedge_agree"),
])

pos("allergen", [
("The manufacturer says {X} is free of all common allergens.","The coating used for {X} contains soy lecithin."),
("According to the label, {X} is hypoallergenic.","Allergic reactions, including swelling of the lips, have been reported after {X}."),
("Patients with nut allergies can use {X} safely, the company says.","One of the inactive ingredients in {X} is peanut oil."),
("The company describes {X} as dairy-free.","Lactose is listed among the inactive ingredients of {X}."),
("Those with an egg allergy need not avoid {X}.","Because it is produced in eggs, {X} should be avoided by people with a severe egg allergy."),
("According to the maker, {X} contains no latex.","The applicator supplied with {X} is made from natural rubber latex."),
("Being gluten-free, {X} is suitable for people with coeliac disease.","The tablets of {X} contain wheat starch."),
("The company says {X} is free of shellfish.","The active ingredient in {X} is extracted from crab and shrimp shells."),
("The maker says {X} will not trigger allergic reactions.","Some patients developed an itchy allergic rash after {X}."),
("Marketing for {X} says it contains no sulfites.","Sulfites are used as a preservative in {X}."),
("People with a penicillin allergy can safely take {X}, the leaflet states.","Because it is a penicillin-type antibiotic, {X} must not be given to people allergic to penicillin."),
("People sensitive to fragrances can use {X} without worry.","The formula of {X} includes added perfume."),
])
neg("allergen", [
("The capsules of {X} contain soy.","People with a soy allergy should choose an alternative to {X}.","hedge_agree"),
("The maker says {X} contains no peanuts.","By contrast, {Y} is made with peanut oil.","different_intervention"),
("Does {X} contain gluten?","Yes: the tablets of {X} contain a small amount of wheat starch.","question"),
("Earlier batches of {X} contained lactose.","The current formulation of {X} is lactose-free.","past_vs_present"),
("Allergic reactions to {X} are rare.","A small number of people have had an itchy rash after {X}.","hedge_agree"),
("People allergic to eggs should speak to their doctor before {X}.","Because it is grown in eggs, {X} may contain traces of egg protein.","hedge_agree"),
])

pos("course", [
("The clinic says {X} provides permanent results.","The benefits of {X} typically wear off within six months."),
("Patients were told the effects of {X} last for life.","Most patients need repeat treatment with {X} every year."),
("According to the developers, any side effects of {X} are fully reversible.","In some patients, nerve damage caused by {X} was permanent."),
("The improvements from {X} are lasting, the company says.","Once people stopped {X}, their symptoms returned within weeks."),
("A single course of {X} cures the condition for good.","The condition came back in most patients within two years of finishing {X}."),
("Any weight lost with {X} stays off, according to supporters.","Most people regain the weight after they stop {X}."),
("Side effects of {X} disappear as soon as treatment stops.","Some patients still had side effects from {X} months after their last dose."),
("Doctors said the hearing changes caused by {X} are temporary.","Hearing loss from {X} can be irreversible."),
("The company promotes {X} as a one-time treatment.","Patients typically need {X} every three to four months to maintain the effect."),
("Results from {X} are immediate and permanent.","The effect of {X} builds gradually and fades once treatment ends."),
("The skin discolouration caused by {X} always fades.","In a minority of patients, skin discolouration from {X} never went away."),
("Protection from {X} lasts a lifetime, officials said.","Immunity after {X} wanes over several years, and a booster is recommended."),
])
neg("course", [
("The effects of {X} usually last three to four months.","Most patients return for another dose of {X} after about three months.","hedge_agree"),
("The results of {X} are long-lasting.","With {Y}, the benefits fade within weeks.","different_intervention"),
("Are the results of {X} permanent?","No: the effects of {X} fade over time, and repeat treatment is needed.","question"),
("Side effects of {X} usually resolve after stopping treatment.","In rare cases, side effects of {X} persisted for months.","hedge_agree"),
("Weight lost with {X} stays off for people who continue treatment.","People who stop {X} tend to regain weight.","excluded_condition"),
("The condition that {X} treats is lifelong.","Treatment with {X} controls symptoms only for as long as it continues.","symptom_vs_side_effect"),
])

pos("treatment_effect", [
("Researchers said {X} relieves chronic pain.","In the trial, {X} had no effect on chronic pain."),
("The company claims {X} improves memory.","People taking {X} did no better on memory tests than those on placebo."),
("Doctors reported that {X} shortens the illness.","The illness lasted just as long in people given {X} as in those given a dummy treatment."),
("Advocates say {X} prevents migraines.","Migraine frequency was unchanged in people using {X}."),
("Supporters describe {X} as an effective treatment for depression.","A review of trials found that {X} was no more effective than placebo for depression."),
("The makers say {X} lowers the risk of fractures.","In the largest trial, {X} did not reduce the number of fractures."),
("Patients are told that {X} helps them sleep.","Sleep quality did not improve with {X}."),
("Clinic staff say {X} speeds recovery after surgery.","Recovery times were the same with or without {X}."),
("The leaflet says {X} reduces anxiety.","Anxiety scores did not change in patients who received {X}."),
("According to its maker, {X} slows the progression of the disease.","The disease progressed at the same rate in patients on {X} as in those on placebo."),
("Proponents say {X} eases hot flushes.","Women using {X} reported as many hot flushes as those using a placebo."),
("It was claimed that {X} cuts the risk of infection.","Infection rates were no lower among patients who had {X}."),
])
neg("treatment_effect", [
("In the trial, {X} reduced pain scores modestly.","Patients on {X} reported somewhat less pain than those on placebo.","hedge_agree"),
("In the trial, {X} relieved symptoms.","A second treatment, {Y}, had no effect.","different_intervention"),
("Does {X} improve memory?","Trials of {X} have so far found no effect on memory.","question"),
("For acute pain, {X} works well.","For long-term pain, {X} has shown little benefit.","excluded_condition"),
("Some patients find that {X} helps them sleep.","On average, the improvement in sleep with {X} was small.","hedge_agree"),
("Early studies suggested that {X} prevented heart attacks.","Larger, more recent trials found that {X} did not prevent heart attacks.","past_vs_present"),
])

pos("direction", [
("Doctors said {X} lowers blood pressure.","In some patients, {X} caused blood pressure to rise."),
("The company says {X} suppresses appetite.","Increased appetite is a common effect of {X}."),
("Users are told that {X} speeds up metabolism.","Studies show that {X} slows the metabolic rate."),
("Supporters say {X} raises energy levels.","Drowsiness and fatigue are common with {X}."),
("The leaflet says {X} lowers blood sugar.","In people with diabetes, {X} tended to raise blood sugar."),
("Researchers found that {X} increases bone density.","Long-term use of {X} was linked to thinning bones."),
("The manufacturer claims {X} slows the heart rate.","A rapid heartbeat has been reported by people taking {X}."),
("Proponents say {X} reduces inflammation.","In some patients, {X} made inflammation worse."),
("The company says {X} causes weight loss.","Weight gain is one of the most common side effects of {X}."),
("According to advocates, {X} lowers cholesterol.","Cholesterol levels rose in many people using {X}."),
("Supporters say {X} calms the nerves.","Some users of {X} became agitated and restless."),
("The clinic says {X} thickens thinning hair.","Several patients noticed more hair shedding after {X}."),
])
neg("direction", [
("The trial showed that {X} reduces blood pressure.","Dizziness on standing, caused by a drop in blood pressure, was reported by some people on {X}.","hedge_agree"),
("The company says {X} curbs appetite.","By contrast, {Y} tends to increase appetite.","different_intervention"),
("Does {X} raise blood sugar?","In people without diabetes, {X} had little effect on blood sugar.","question"),
("The disease that {X} treats often causes weight loss.","Patients taking {X} tended to regain some weight.","symptom_vs_side_effect"),
("A small rise in heart rate is possible with {X}.","Most people on {X} saw no change in heart rate.","hedge_agree"),
("People taking {X} typically lose weight.","Reduced appetite is a common effect of {X}.","hedge_agree"),
])
