"""Build injections.jsonl (J3-001..J3-100). Written blind from the brief.
Positives: (side_a, side_b). Controls: (control_type, side_a, side_b)."""
import os, sys, re, collections
sys.path.insert(0, os.path.dirname(__file__))
from common import assign_splits, write_jsonl

P = {}; C = {}
P["synonym"] = [
 ("Marketing for {X} stresses that it will not make users drowsy.", "Several people taking {X} said they felt too sleepy to drive afterwards."),
 ("Doctors often choose {X} because it is gentle on the stomach.", "Heartburn and indigestion are among the problems most often reported with {X}."),
 ("According to the leaflet, {X} leaves the mind clear and alert.", "Patients were warned that {X} can cause mental fogginess and slowed thinking."),
 ("In the company's words, treatment with {X} is \"virtually painless\".", "Many of those who received {X} described the procedure as really quite sore."),
 ("Unlike older options, the firm says, {X} does not disturb sleep.", "Trouble falling asleep is listed as a known effect of {X} on the product label."),
 ("Supporters describe {X} as kind to sensitive skin.", "A burning, irritated rash where {X} was applied is a recognised reaction."),
 ("Its maker markets {X} as weight-neutral, with no effect on the scale.", "Gaining several pounds is a typical consequence of starting {X}, according to the prescribing notes."),
]
C["synonym"] = [
 ("symptom_vs_side_effect", "Taking {X} does not usually cause drowsiness.", "The illness that {X} is used to treat often leaves people exhausted for weeks."),
 ("different_intervention", "Patients generally find {X} easy on the stomach.", "Nausea and stomach upset were common among those given {Y}."),
 ("hedge_agree", "Most people who take {X} stay alert through the day.", "A small minority of people using {X} report mild daytime sleepiness."),
]
P["denial_form"] = [
 ("Its manufacturer insists that {X} carries no risk of addiction.", "Some long-term users of {X} have developed dependence and struggled to stop."),
 ("Users are told that taking {X} won't raise their blood sugar.", "Blood glucose readings went up noticeably in people on {X}, the study found."),
 ("The clinic describes its {X} as free of any lasting side effects.", "Numbness persisting for months was recorded in some patients after {X}."),
 ("Because {X} causes no side effects, the brochure says, it can be used every day.", "Headaches and dizziness were listed as common side effects of {X} in the trial report."),
 ("There is no danger of bleeding with {X}, the website says.", "Bruising and nosebleeds occurred more often in the group receiving {X}."),
 ("A spokesperson said {X} poses zero threat to the liver.", "Regulators have logged dozens of cases of liver damage linked to {X}."),
 ("The product page states that {X} does not cause hair loss of any kind.", "Thinning hair was reported by patients after several months on {X}."),
]
C["denial_form"] = [
 ("debunked_claim", "Online posts falsely claimed that {X} causes infertility.", "Large studies have found that {X} carries no risk to fertility."),
 ("past_vs_present", "Today's version of {X} is free of the preservative that used to cause reactions.", "An earlier formulation of {X} triggered skin reactions in some patients before it was changed in 2015."),
 ("different_intervention", "The agency said {X} does not raise blood pressure.", "By contrast, {Y} can push blood pressure up, particularly at higher doses."),
]
P["group_harm"] = [
 ("The company says {X} has been well tolerated by everyone who has used it.", "A handful of people who took {X} ended up in hospital with severe reactions."),
 ("According to the seller, users of {X} have experienced no problems at all.", "Complaints about stomach cramps after {X} have flooded the firm's customer forum."),
 ("Side effects from {X} are non-existent, the advert says.", "Readers who tried {X} wrote in to report palpitations and sweating."),
 ("Every patient in the clinic's records tolerated {X} without incident, the founder said.", "Former patients say they suffered weeks of fatigue after receiving {X}."),
 ("On its website, the maker calls {X} trouble-free for all users.", "Dizziness is a common complaint among people who take {X}."),
 ("Reviews on the shop's page praise {X} for having no downside whatsoever.", "One in ten trial participants stopped taking {X} because of diarrhoea."),
 ("According to the brochure, {X} has never harmed a single patient.", "Several patients treated with {X} developed infections at the injection site."),
]
C["group_harm"] = [
 ("hedge_agree", "Most people tolerate {X} well.", "A few users of {X} report mild headaches in the first week."),
 ("question", "Is it true that some users of {X} get headaches?", "In trials, headaches were no more common with {X} than with a dummy pill."),
 ("past_vs_present", "The current version of {X} has caused no skin problems in testing.", "Users of the first-generation {X} complained of rashes before it was redesigned."),
]
P["dose_limit"] = [
 ("Its makers say {X} is safe at any dose.", "Taking more than 4 grams of {X} a day can lead to liver failure."),
 ("There's no upper limit on how much {X} you can take, the influencer told followers.", "Health officials advise adults not to exceed 25 micrograms of {X} daily."),
 ("A spokesperson said it is impossible to overdose on {X}.", "Poison centers have handled overdoses involving {X}, some of them fatal."),
 ("You can safely double or triple the usual amount of {X}, the seller claims.", "Doses of {X} above the recommended amount were linked to dangerous heart rhythms."),
 ("Fans of {X} argue that with dosing, more is always better.", "Toxic effects appear once daily intake of {X} passes 10,000 units, a pharmacologist warned."),
 ("Because {X} is natural, the label implies, any quantity is harmless.", "Elsewhere the label caps the safe daily amount of {X} at two capsules."),
 ("The brand tells customers they can take as much {X} as they like.", "More than six tablets of {X} in 24 hours may cause severe diarrhoea and dehydration."),
]
C["dose_limit"] = [
 ("consistent_dose", "At the recommended dose, {X} is considered safe for most adults.", "Taking more than the stated maximum of {X} raises the risk of side effects."),
 ("consistent_dose", "Pharmacists say {X} is safe when taken as directed.", "The daily dose of {X} should not go above 3 grams."),
 ("question", "Can you take too much {X}?", "Doctors warn that very high doses of {X} can damage the kidneys."),
]
P["interaction"] = [
 ("The leaflet says there are no known drug interactions with {X}.", "Taking {X} alongside warfarin can increase the risk of serious bleeding."),
 ("Customers are told {X} can be combined safely with any prescription.", "Pharmacists caution that {X} weakens the effect of the contraceptive pill."),
 ("According to its seller, {X} does not interact with other medicines.", "Blood levels of the transplant drug ciclosporin can plummet when patients also take {X}."),
 ("Mixing {X} with other drugs is perfectly safe, the company insists.", "Combined with SSRI antidepressants, {X} may trigger serotonin syndrome."),
 ("There is nothing {X} reacts with, the clinic's website states.", "Patients on thyroid medication absorb less of it when they take {X} at the same time."),
 ("The advert describes {X} as compatible with every medication.", "When taken with statins, {X} can raise the risk of muscle damage."),
 ("In interviews, the founder said {X} is interaction-free.", "People taking lithium should avoid {X}, because it can push lithium to toxic levels."),
]
C["interaction"] = [
 ("excluded_condition", "Apart from blood thinners, {X} is not known to interact with common medicines.", "People on warfarin should talk to their doctor before taking {X}."),
 ("different_intervention", "No significant drug interactions have been found for {X}.", "By contrast, {Y} interacts with a long list of medicines, including some antibiotics."),
 ("hedge_agree", "Interactions with {X} are uncommon.", "A small number of medicines, including some antifungals, may alter levels of {X}."),
]
P["safety_scope"] = [
 ("The company says {X} is safe for pregnant women.", "Women who are pregnant are advised not to use {X}."),
 ("Parents are told that {X} is suitable for children of any age.", "Children under 12 should not be given {X}, according to the regulator."),
 ("Everyone can benefit from {X} without risk, the campaign claims.", "People with kidney disease face serious harm if they take {X}."),
 ("Promoters say {X} is perfectly safe for older adults.", "In people over 75, {X} has been linked to falls and confusion."),
 ("Breastfeeding mothers can use {X} with complete confidence, the website says.", "Small amounts of {X} pass into breast milk and may affect the baby, so it should be avoided while breastfeeding."),
 ("The product page claims {X} is safe for people with heart conditions.", "Anyone with heart disease should steer clear of {X}, cardiologists said."),
 ("In its launch materials, the firm called {X} appropriate for all ages.", "Babies under six months must not be treated with {X}."),
]
C["safety_scope"] = [
 ("excluded_condition", "Except for people with epilepsy, most adults can use {X} safely.", "Those with epilepsy are warned that {X} may lower the seizure threshold."),
 ("question", "Is {X} safe for pregnant women?", "Current guidance says pregnant women should avoid {X} until more is known."),
 ("past_vs_present", "For decades, {X} was routinely given to children.", "Today {X} is no longer recommended for children under 16."),
]
P["allergen"] = [
 ("The manufacturer labels {X} as completely allergen-free.", "People with a peanut allergy have had reactions to {X}, which contains peanut oil."),
 ("Marketed as hypoallergenic, {X} is aimed at people with sensitive skin.", "Allergic reactions, including hives and facial swelling, have been reported with {X}."),
 ("Shoppers are assured that {X} won't trigger allergies.", "Anaphylaxis has occurred after use of {X}, according to the regulator's database."),
 ("The maker says {X} contains none of the common allergens.", "Milk protein and soy both appear in the ingredient list for {X}."),
 ("Allergy sufferers have nothing to fear from {X}, the brochure states.", "Anyone allergic to ragweed may react badly to {X}, since it comes from the same plant family."),
 ("Safe for all allergies, reads the label on {X}.", "A warning further down notes that {X} may contain traces of tree nuts."),
 ("In the firm's words, {X} is \"non-allergenic by design\".", "Dermatologists have confirmed contact allergy to {X} using patch tests."),
]
C["allergen"] = [
 ("excluded_condition", "Apart from its sesame content, {X} is free of the major allergens.", "Anyone with a sesame allergy should avoid {X}."),
 ("symptom_vs_side_effect", "Rarely does {X} itself cause an allergic reaction.", "Doctors prescribe {X} to calm the hives and itching of an allergic reaction."),
 ("debunked_claim", "A widely shared post claimed that {X} contains hidden egg protein.", "Laboratory testing found no egg in {X}, and allergy specialists say it is safe for people with egg allergy."),
]
P["course"] = [
 ("The clinic promises that results from {X} are permanent.", "Most patients find the effects of {X} fade within six months."),
 ("A single course of {X} offers lasting relief, the company says.", "Symptoms usually return within weeks of finishing {X}."),
 ("The benefits of {X} are only temporary, the specialist explained.", "Once completed, she added, {X} keeps working for life."),
 ("Advertisements for {X} claim it removes wrinkles for good.", "Repeat sessions of {X} are needed every three to four months to maintain the effect."),
 ("Patients are told {X} is a one-off fix.", "Many people need top-up treatments with {X} each year."),
 ("After {X}, weight stays off permanently, according to the programme's founder.", "Most participants regained the weight within two years of completing {X}."),
 ("The effects of {X} are short-lived, the leaflet explains.", "Changes brought about by {X} last for decades, the same leaflet says."),
]
C["course"] = [
 ("hedge_agree", "The effects of {X} tend to last a few months.", "Over time, the benefit of {X} gradually wears off."),
 ("past_vs_present", "Early versions of {X} gave only short-term results.", "The newer technique for {X} produces longer-lasting improvement."),
 ("different_intervention", "Results from {X} are long-lasting.", "The benefits of {Y} wear off within hours."),
]
P["treatment_effect"] = [
 ("Its makers say {X} relieves joint pain.", "In the trial, {X} did not reduce joint pain any more than a placebo."),
 ("Patients were told {X} would ease their migraines.", "A review found that {X} has no effect on how often migraines occur."),
 ("According to the brand, {X} gets rid of acne.", "Acne did not improve in people using {X}, researchers reported."),
 ("Sellers promote {X} as a cure for insomnia.", "People taking {X} slept no better than those on dummy pills."),
 ("The website says {X} lowers anxiety within days.", "Anxiety scores were unchanged after eight weeks of {X}."),
 ("Shoppers are promised that {X} soothes irritable bowel symptoms.", "Bloating and pain persisted in users of {X}, with no improvement over the study period."),
 ("For hay fever, the ad claims, {X} clears a blocked nose quickly.", "Nasal congestion was not relieved by {X} in a controlled study."),
]
C["treatment_effect"] = [
 ("debunked_claim", "Claims that {X} cures the common cold have circulated for decades.", "Controlled trials show that {X} does not cure colds."),
 ("question", "Does {X} really relieve back pain?", "The best trials suggest {X} offers little relief for back pain."),
 ("excluded_condition", "Doctors say {X} relieves migraine pain.", "However, {X} does not help tension headaches, which have a different cause."),
]
P["direction"] = [
 ("The supplement firm says {X} raises blood pressure.", "Trial data indicate that {X} reduces blood pressure in most users."),
 ("According to the label, {X} boosts levels of HDL cholesterol.", "HDL cholesterol fell in people taking {X}, the study found."),
 ("The company claims {X} speeds up metabolism.", "Metabolic rate actually slowed in volunteers given {X}."),
 ("Fans say {X} increases bone density.", "Bone density declined in women taking {X} over two years."),
 ("A spokesman said {X} lowers heart rate.", "Patients on {X} saw their heart rate climb by about 10 beats a minute."),
 ("Regular use of {X} curbs appetite, the seller says.", "An increase in appetite is one of the best-known effects of {X}."),
 ("Promoters say {X} drives testosterone up in men over 40.", "Testosterone levels dropped in men who took {X}, blood tests showed."),
]
C["direction"] = [
 ("different_intervention", "Taking {X} tends to raise blood sugar.", "Meanwhile, {Y} lowers blood sugar."),
 ("past_vs_present", "Blood pressure rose steadily before patients began {X}.", "After three months on {X}, their blood pressure had fallen."),
 ("question", "Does {X} raise cholesterol?", "In most studies, {X} made little difference to cholesterol levels."),
]

def check_side(s, rid):
    assert s.strip() == s and s[-1] in ".?!\"", (rid, s)
    assert not s.startswith("{X}") and not s.startswith("{Y}"), (rid, s)
    assert not re.search(r"[.!?]\s+\{[XY]\}", s), (rid, s)
    assert s[0].isupper() or s[0] == '"', (rid, s)

rows = []; n = 0
for kind in P:
    assert len(P[kind]) == 7 and len(C[kind]) == 3, kind
    for a, b in P[kind]:
        n += 1; rid = f"J3-{n:03d}"
        check_side(a, rid); check_side(b, rid)
        assert "{X}" in a and "{X}" in b and "{Y}" not in a + b, rid
        rows.append({"id": rid, "kind": kind, "side_a": a, "side_b": b, "expect": True})
    for ct, a, b in C[kind]:
        n += 1; rid = f"J3-{n:03d}"
        check_side(a, rid); check_side(b, rid)
        assert "{X}" in a and "{Y}" not in a, rid
        if ct == "different_intervention":
            assert "{Y}" in b and "{X}" not in b, rid
        else:
            assert "{X}" in b and "{Y}" not in b, rid
        rows.append({"id": rid, "kind": kind, "side_a": a, "side_b": b, "expect": False, "control_type": ct})
assign_splits(rows, ["kind"])
rows = [{k: r[k] for k in ["id","kind","side_a","side_b","expect","split","control_type"] if k in r} for r in rows]
assert len(rows) == 100
sides = [r["side_a"] for r in rows] + [r["side_b"] for r in rows]
assert len(set(sides)) == len(sides), "duplicate sentence"
write_jsonl(os.path.join(os.path.dirname(__file__), "..", "injections.jsonl"), rows)
print("injections", len(rows), collections.Counter(r.get("control_type") for r in rows if not r["expect"]))
