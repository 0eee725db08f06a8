# kind -> (positives [(side_a, side_b)], controls [(side_a, side_b, control_type)])
D = {}
D["synonym"] = ([
 ("Unlike many alternatives, {X} is non-drowsy.", "Sleepiness is a common complaint among people using {X}."),
 ("Taking {X} will not leave you feeling groggy.", "Many users feel foggy-headed and sluggish for hours after a dose of {X}."),
 ("One advantage of {X} is that it is gentle on the stomach, a favorite selling point.", "Indigestion and stomach cramps are frequently reported with {X}."),
 ("Patients can expect a painless experience with {X}, even at their first visit to the centre.", "Most people find {X} quite sore, particularly the first time."),
 ("There is no effect on appetite with {X}.", "Users of {X} often find themselves ravenous between meals and reaching for the biscuits."),
 ("According to the manufacturer, {X} does not affect mood or behaviour.", "Low mood and tearfulness have been described by a number of people taking {X}."),
 ("With {X}, there is no unpleasant aftertaste.", "A bitter, metallic taste lingering after each dose is the most common complaint about {X}."),
 ("Heart rhythm stays steady on {X}.", "Palpitations are listed among the side effects of {X}."),
], [
 ("Most people do not feel drowsy on {X}.", "A small minority of users report feeling sleepy with {X}.", "hedge_agree"),
 ("Sleepiness is not a problem with {X}.", "By contrast, {Y} commonly makes people drowsy.", "different_intervention"),
 ("At the usual dose, {X} does not cause grogginess.", "Grogginess has been reported only when {X} was taken at double the recommended dose.", "conditional_scope"),
 ("In adults, {X} does not cause restlessness.", "Restlessness and agitation have been seen in some young children given {X}, according to paediatric reports.", "population_differs"),
])
D["denial_form"] = ([
 ("Using {X} carries no risk of bleeding.", "Bruising and nosebleeds have been reported in people taking {X}."),
 ("Your blood pressure won't budge on {X}, so there's no need for extra checks at the GP surgery.", "Blood pressure readings climbed in people who started {X}, a review of pharmacy records showed."),
 ("Taking {X} is free of any effect on the liver.", "Elevated liver enzymes were found in some people using {X} during a randomized trial."),
 ("Nobody using {X} has ever developed a rash or any change in skin colour.", "Skin rashes occurred in around 3% of people using {X}."),
 ("Dependence is simply not a concern with {X}.", "Some people who stop {X} after long-term use go through withdrawal symptoms."),
 ("Weight gain? Not with {X}.", "People on {X} put on several kilograms on average."),
 ("Sleep is never disturbed by {X}.", "Insomnia has been reported as a side effect of {X}."),
 ("You can rule out headaches as a side effect of {X}.", "Headaches are among the most frequently reported side effects of {X}."),
], [
 ("For people with healthy kidneys, {X} poses no risk to kidney function.", "In people with existing kidney disease, {X} can worsen kidney function.", "excluded_condition"),
 ("At the recommended dose, {X} won't raise blood pressure.", "Very high doses of {X}, far above the recommended amount, can raise blood pressure.", "consistent_dose"),
 ("The makers say {X} carries no risk of dependence.", "Contrary to the makers' claim, independent reviewers have found reports of dependence with {X}.", "disputed_attribution"),
 ("Earlier versions of {X} caused stomach upset and diarrhoea in many users.", "The reformulated {X} on sale today was free of stomach side effects in trials.", "past_vs_present"),
])
D["group_harm"] = ([
 ("Dizziness is not a side effect of {X}.", "Some older users develop dizziness after starting {X}."),
 ("Taking {X} doesn't cause hair loss.", "Hair thinning is among the most common complaints from women who take {X}, according to a survey of GPs."),
 ("Side effects on the skin are unheard of with {X}.", "A number of people with fair skin have developed rashes on {X}."),
 ("Muscle pain does not occur with {X}.", "One in twelve trial participants taking {X} reported aching muscles."),
 ("With {X}, there is no nausea.", "Nausea was common among first-time users of {X} in the programme."),
 ("Joint problems are not caused by {X}.", "Several people using {X} developed knee pain during the program."),
 ("Your sleep will not be affected by {X}.", "People taking {X} in the evening often struggle to fall asleep."),
 ("Constipation is not linked to {X}.", "Constipation is a frequent complaint among long-term users of {X}."),
], [
 ("Fatigue is not a side effect of {X}.", "Many people using {X} feel tired, but this is caused by the underlying illness rather than the treatment.", "symptom_vs_side_effect"),
 ("Serious side effects are rare with {X}.", "Mild headaches are reported by a minority of people who use {X}.", "hedge_agree"),
 ("In adults, {X} has not been linked to stomach problems.", "Among young children given {X}, tummy upsets and diarrhoea were common.", "population_differs"),
 ("According to the label, {X} causes no headaches.", "Do some people get headaches on {X} anyway? No trial has looked at this yet.", "question"),
])
D["dose_limit"] = ([
 ("There is no such thing as too much {X}.", "Never take more than two doses of {X} in 24 hours."),
 ("Unlike other products, {X} is safe at any dose.", "Exceeding the stated dose of {X} can cause liver damage."),
 ("You can safely use as much {X} as you like.", "The maximum safe amount of {X} is 3 g a day, according to the NHS."),
 ("Overdosing on {X} is impossible.", "Accidental overdoses of {X} have led to hospital admissions, the poisons centre reports."),
 ("When it comes to {X}, there is no upper limit.", "Daily intake of {X} should stay below the upper limit set by regulators."),
 ("Doubling up on {X} is perfectly safe.", "Taking two doses of {X} at once can cause dangerous side effects."),
 ("Feel free to use {X} as often as you wish.", "Use {X} no more than three times a week, as the programme guidance says."),
 ("However much you take, {X} won't harm you.", "High doses of {X} have caused serious harm."),
], [
 ("At the recommended dose, {X} is safe for most adults.", "Do not take more than the recommended dose of {X}.", "consistent_dose"),
 ("Up to 1 g a day, {X} has not been linked to harm.", "Above 1 g a day, {X} can cause stomach upset and diarrhoea.", "conditional_scope"),
 ("Adults can take up to four doses of {X} a day.", "Children should take no more than two doses of {X} a day.", "population_differs"),
 ("Some websites claim {X} is safe at any dose.", "Contrary to those claims, high doses of {X} can cause serious harm.", "debunked_claim"),
])
D["interaction"] = ([
 ("There are no known drug interactions with {X}.", "Taking {X} alongside warfarin can increase the risk of bleeding."),
 ("It is safe to combine {X} with any medication.", "Blood levels of some statins rise when they are taken with {X}."),
 ("You can take {X} with your other medicines without checking with your GP.", "The contraceptive pill may be less effective in women taking {X}."),
 ("Drug interactions have never been reported with {X}.", "Interactions between {X} and certain antidepressants have been reported."),
 ("Mixing {X} with other medicines poses no risk.", "When combined with blood pressure tablets, {X} can make blood pressure drop too low."),
 ("No medicines are affected by {X}.", "Patients on digoxin need closer monitoring if they start {X}, as it raises digoxin levels."),
 ("Pharmacists confirm that {X} does not interact with other drugs.", "Antibiotics such as ciprofloxacin are absorbed less well when taken with {X}."),
 ("People on {X} can drink alcohol freely without any interaction.", "Alcohol increases the sedative effect of {X}."),
], [
 ("For people not taking blood thinners, {X} has no significant interactions.", "People on warfarin should avoid {X}, as it can increase bleeding.", "excluded_condition"),
 ("No interactions with common medicines have been found for {X}.", "By contrast, {Y} can raise blood levels of warfarin.", "different_intervention"),
 ("Interactions with {X} are uncommon.", "A few medicines, including some antifungals, can interact with {X}.", "hedge_agree"),
 ("Taken two hours apart from iron tablets, {X} does not interact with them.", "Taken at the same time as iron tablets, {X} reduces iron absorption, which matters for people with anaemia.", "conditional_scope"),
])
D["safety_scope"] = ([
 ("Everyone can use {X} safely.", "People with kidney disease can be harmed by {X}."),
 ("Suitable for all ages, {X} is a family favourite.", "Children under 12 should not use {X}, as it can cause breathing problems."),
 ("Pregnant or not, anyone can take {X} safely.", "Use of {X} in pregnancy has been linked to miscarriage."),
 ("There is no group of people for whom {X} is unsafe.", "People with epilepsy may have seizures triggered by {X}."),
 ("Whatever your health, {X} is safe for you.", "In people with heart conditions, {X} can trigger an irregular heartbeat."),
 ("Safe at every age, {X} can be used from childhood to old age.", "Older adults taking {X} have a higher risk of falls."),
 ("GPs say {X} is suitable for anyone.", "People with asthma may have attacks brought on by {X}."),
 ("Breastfeeding mothers, like everyone else, can use {X} without worry.", "Small amounts of {X} pass into breast milk and have caused drowsiness in infants, pediatricians warn."),
], [
 ("Apart from people with liver disease, {X} is safe for all adults.", "People with liver disease may be harmed by {X}.", "excluded_condition"),
 ("For adults, {X} is considered safe.", "In children under six, {X} has caused serious side effects, according to paediatricians.", "population_differs"),
 ("For most healthy adults, {X} is safe.", "Some people with heart conditions may need to avoid {X}.", "hedge_agree"),
 ("People with asthma can safely use {X}.", "In contrast, {Y} can trigger attacks in people with asthma.", "different_intervention"),
])
D["allergen"] = ([
 ("Free from all major allergens, {X} suits people with food allergies.", "Among the ingredients of {X} are milk protein and soya lecithin."),
 ("People with a nut allergy can use {X} without worry.", "Almond oil, used for flavor, is one of the ingredients in {X}."),
 ("Completely gluten-free, {X} is suitable for people with coeliac disease.", "Wheat flour is used as a filler in {X}."),
 ("There is no egg in {X}.", "Egg protein is used in the manufacture of {X}, and traces remain in the final product."),
 ("Allergic reactions to {X} do not occur.", "Allergic reactions, including hives and swelling, have been reported with {X}."),
 ("Because it is shellfish-free, {X} is safe for people with a shellfish allergy.", "The glucosamine in {X} is extracted from crab and shrimp shells."),
 ("Latex-free throughout, {X} is suitable for people with a latex allergy.", "The applicator supplied with {X} is made of natural rubber latex."),
 ("No dairy, not even yoghurt powder, is used in {X}.", "Lactose from cow's milk is used as a binder in {X}."),
], [
 ("Until last year, {X} contained soya.", "The current formula of {X} is soya-free.", "past_vs_present"),
 ("There are no nuts among the ingredients of {X}.", "Because of shared equipment, traces of nuts in {X} cannot be ruled out.", "hedge_agree"),
 ("There is no peanut in {X}.", "Unlike {X}, {Y} contains peanut oil.", "different_intervention"),
 ("Some online forums claim {X} contains gluten.", "Laboratory testing found no gluten in {X}, contrary to those posts.", "debunked_claim"),
])
D["course"] = ([
 ("Results from {X} are permanent.", "The benefits of {X} fade within a fortnight of stopping."),
 ("A single course of {X} gives lifelong benefit.", "Repeat courses of {X} are needed every six months to maintain the effect."),
 ("Once you finish {X}, the improvement stays for good.", "Symptoms tend to return soon after people stop {X}."),
 ("Lasting change after treatment ends is what sets {X} apart.", "By the one-year follow-up, people who had stopped {X} were no better off than those who never used it."),
 ("You only ever need one treatment with {X}.", "Most people need top-up treatments with {X} every few months."),
 ("Weight lost with {X} stays off.", "Most of the weight lost with {X} is regained within a year, an NHS audit found."),
 ("Relief from a single dose of {X} lasts for days.", "The effect of each dose of {X} wears off within a few hours."),
 ("Even after stopping {X}, the gains continue.", "Any gains from {X} disappear once it is stopped."),
], [
 ("Results from {X} last as long as you continue to use it.", "If treatment with {X} is stopped, the benefits fade within weeks.", "conditional_scope"),
 ("The benefits of {X} may last for several years in some people.", "In others, the effects of {X} wear off within months.", "hedge_agree"),
 ("With the original version of {X}, results faded within weeks.", "The current version of {X} gave results lasting at least two years in randomised trials.", "past_vs_present"),
 ("The makers of {X} claim its results are permanent.", "Independent follow-up, however, found that the benefits of {X} had faded by one year.", "disputed_attribution"),
])
D["treatment_effect"] = ([
 ("For back pain, {X} provides real relief.", "In trials, {X} did not relieve back pain any better than placebo."),
 ("Symptoms of anxiety improve with {X}.", "No improvement in anxiety was seen in people taking {X} in a randomised trial."),
 ("Taking {X} eases joint stiffness.", "Joint stiffness was unchanged in people using {X}."),
 ("Used regularly, {X} prevents migraines.", "Migraine frequency did not fall in people using {X}."),
 ("People with insomnia sleep better with {X}.", "Sleep did not improve with {X}, according to the randomized trial."),
 ("Hot flushes become less frequent with {X}.", "Hot flushes were no less frequent with {X} than with placebo."),
 ("GPs report that {X} relieves nerve pain.", "Nerve pain was not relieved by {X}."),
 ("Acne clears up with {X}.", "Acne did not clear in people who used {X} in a randomized trial."),
], [
 ("In adults, {X} relieves cough symptoms.", "In children under six, {X} has not been shown to relieve cough, say paediatric specialists.", "population_differs"),
 ("For mild symptoms, {X} provides relief.", "For severe symptoms, {X} makes little difference.", "conditional_scope"),
 ("Knee pain is relieved by {X}.", "By contrast, {Y} did not relieve knee pain in trials.", "different_intervention"),
 ("Supporters say {X} relieves fatigue.", "Does {X} actually relieve fatigue? No trial has tested it.", "question"),
])
D["direction"] = ([
 ("Taking {X} lowers blood pressure.", "Blood pressure rises in people who take {X}."),
 ("Cholesterol levels fall with {X}.", "People using {X} see their cholesterol go up, according to their GP checks."),
 ("Thanks to {X}, blood sugar drops after meals.", "After meals, blood sugar climbs higher in people taking {X}."),
 ("Heart rate slows down on {X}.", "A faster heart rate is a known effect of {X}."),
 ("Appetite is reduced by {X}.", "Increased appetite, with cravings for sweets and flavored drinks, is commonly reported with {X}."),
 ("Bone density increases with {X}.", "Bone loss has been seen in people using {X}."),
 ("Energy levels rise with {X}.", "People taking {X} report lower energy levels than before."),
 ("Testosterone goes up with {X}.", "Testosterone levels fell in men who used {X}, a study at a Texas medical center found."),
], [
 ("At rest, {X} lowers heart rate.", "During exercise, heart rate still rises normally in people taking {X}.", "conditional_scope"),
 ("In people with high blood pressure, {X} lowers blood pressure.", "In people with normal blood pressure, {X} has little effect on it.", "population_differs"),
 ("Blood sugar falls with {X}.", "In contrast, {Y} can raise blood sugar.", "different_intervention"),
 ("Taking {X} does not raise blood sugar.", "Blood sugar may rise during an infection, whether or not you take {X}.", "symptom_vs_side_effect"),
])
