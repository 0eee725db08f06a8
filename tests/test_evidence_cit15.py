"""cit15: ordinary passages in the registers of real writers (news report, press release,
supplement seller, consumer guide, patient leaflet), written for this branch, on which CIT001
and CIT002 give no warning; and unsourced claims in the shapes the branch reads (a limit word,
"for instance", "not comparable", a follow-up, a placebo) that stay warnings. Run on main
(e487673) and on the branch: the branch warned on none of the passages main did not, and on
every claim main did; it no longer warns on n04, n07 and n08 (main did)."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

ORDINARY = {
    'n01': 'Cooling patients after cardiac arrest saves lives\nBy Mara Quinn\nPublished May 4, 2015\n\nHospitals that cool patients after cardiac arrest send more of them home without brain damage, a study published Tuesday in JAMA found. The trial, led by Dr. Petra Lind of Uppsala University, followed 950 patients.\n\nHowever, experts say that with only 950 patients, the trial could pick up only large differences in survival.\n\n"We need a larger trial," said Dr. Lind.\n',
    'n02': 'A new drug for migraine\nBy Tom Reyes\nPublished June 2, 2018\n\nThe drug cut migraine days by two a month, researchers reported Monday in the New England Journal of Medicine. The study was led by Dr. Ana Cole of Northfield University.\n\nSome neurologists say the follow-up in the trial was only 12 weeks, too short to know whether the benefit lasts.\n\n"Patients will want to know if it keeps working," Cole said.\n',
    'n04': 'Vitamin D in pregnancy and MS\nBy Kim Lowe\nPublished April 12, 2010\n\nResearchers with the Northfield School of Public Health have shown that vitamin D in pregnancy may protect daughters from multiple sclerosis.\n\n"The risk was 40 percent lower," Northfield researcher Dr. Sara Mint said in a news release.\n\nThe team will present the data in April at the American Academy of Neurology\'s 71st Annual Meeting in Halifax.\n',
    'n05': 'Breathing for better health\nBy Lee Chan\nPublished July 1, 2019\n\nSlow breathing is one of the easiest ways to calm the body, doctors and psychologists say. It takes only a few minutes a day.\n\n"If you train yourself to breathe more slowly, it helps over time," said Dr. Murat Demir, a psychiatrist at Northfield University.\n',
    'n06': "Alzheimer's drug lowers plaque\nBy Ruth Ames\nPublished Oct. 10, 2012\n\nAn experimental drug lowered amyloid plaque in a small trial published in the Archives of Neurology, led by Dr. Jan Vos of Leiden University.\n\nExperts also say it is by no means certain that lowering plaque will slow memory loss.\n",
    'n07': 'Tapping therapy draws fans and doubters\nBy Nia Stone\nPublished Sept. 9, 2014\n\nThe tapping method has drawn thousands of patients to clinics across the country.\n\nThe technique may merely have a placebo effect, some psychologists say. Patients say they feel calmer after a session.\n',
    'n08': 'Radiation for skin cancer\nBy Dan Reed\nPublished Feb. 2, 2013\n\nThe company says six studies of 1,300 patients show the treatment is safe.\n\nSome dermatologists say the results with older machines are not comparable, adding that follow-ups in the new studies lasted only a few months.\n',
    'n09': 'Flu vaccine and older adults\nBy Ada Fox\nPublished Nov. 1, 2016\n\nThe high-dose vaccine prevented more flu in adults over 65, according to a trial in the New England Journal of Medicine led by Dr. Carl Berg of Lakeside University.\n\nIn contrast, a smaller trial in Canada found no difference between doses, Berg noted.\n',
    'n10': 'Ketamine for depression\nBy Ian Cole\nPublished May 5, 2018\n\nKetamine has been used in surgery since the 1960s, said Dr. Jenna Ross of Northfield University. Namely, it is given as an anesthetic because it does not slow breathing.\n',
    'p01': 'NORTHFIELD, Mass. - Researchers at Northfield University found that a daily walk after dinner lowers blood sugar in older adults. The study appears in Diabetes Care.\n\n"We were surprised by the size of the effect," said lead author Dr. Omar Haddad. For example, studies have shown that muscles take up sugar faster during light exercise, he added.\n\nThe work was funded by the National Institutes of Health.\n',
    'p02': "LONDON - A trial of a new asthma inhaler will be presented at the European Respiratory Society's 30th International Congress in Vienna, the company said today.\n\nThe trial enrolled 400 adults with moderate asthma. Results are expected next year.\n",
    'p03': 'BOSTON - The Lakeside Institute today announced results of a trial of a heart drug published in The Lancet. "This is a first step," said Dr. Eva Stone, who led the trial.\n\nThe trial was small, experts note, and larger studies are needed before the drug is approved.\n',
    'p04': 'CHICAGO - Scientists at Lakeside Medical Center will present data at the American Society of Clinical Oncology\'s 55th Annual Meeting showing that a blood test can find colon cancer early.\n\n"Screening saves lives," said Dr. Ray Cole, the study\'s lead author.\n',
    's01': 'Our Liver Support formula blends milk thistle, dandelion and artichoke leaf. Take two capsules daily with food.\n\nEach bottle holds 60 capsules. Store in a cool, dry place. Keep out of reach of children.\n',
    's02': 'Why choose our fish oil? Every batch is tested by an independent lab for mercury. For example, our last batch tested below 0.1 parts per million, the lab reported.\n\nTake one softgel daily with a meal.\n',
    's03': 'Meet our founder. Dr. Lina Ortiz, a naturopath in Portland, started the company in 2009. That is, she began by mixing teas in her kitchen for friends.\n\nToday our teas are sold in 40 states.\n',
    's04': 'Ashwagandha has a long history in Ayurvedic practice. Our capsules contain 300 mg of root extract. Talk to your doctor before use if you are pregnant or take thyroid medicine.\n',
    'c01': 'How to choose a sunscreen\n\nLook for broad-spectrum protection and an SPF of at least 30, the American Academy of Dermatology advises. For example, a palm-sized amount covers the face and neck.\n\nReapply every two hours and after swimming.\n',
    'c02': 'Should you try intermittent fasting?\n\nDr. Grace Lin, a dietitian at Northfield Hospital, says fasting suits some people but not others. For instance, people with diabetes should check with their doctor first, she said.\n\nStart slowly and drink plenty of water.\n',
    'c03': 'What to know about flu shots\n\nThe Centers for Disease Control and Prevention recommends a flu shot every year for everyone six months and older. Shots are available at most pharmacies.\n\nSide effects are usually mild: a sore arm or a low fever for a day.\n',
    'c04': 'Buying a blood pressure monitor\n\nChoose an upper-arm cuff that fits. Wrist monitors are not comparable in accuracy for most people, says Dr. Kai Moss, a cardiologist at Lakeside Clinic.\n\nTake two readings a minute apart.\n',
    'c05': 'Your guide to probiotics\n\nProbiotics are live bacteria found in yogurt and some supplements. Strains should be listed on the label.\n\nThe follow-up visit with your doctor is only needed if symptoms last more than two weeks.\n',
    'l01': 'About your medicine: metformin\n\nTake metformin with meals to reduce stomach upset. Your doctor will check your kidney function once a year.\n\nFollow-up appointments are usually every three months at first.\n',
    'l02': 'After your knee surgery\n\nKeep the dressing dry for five days. Walk a little every hour while awake. Your first follow-up is in two weeks.\n\nCall the ward if the wound becomes red or hot.\n',
    'l03': 'Information for patients taking warfarin\n\nWarfarin thins your blood. Some foods, such as spinach and kale, contain vitamin K, which changes how warfarin works. That is, eat about the same amount of these foods each week.\n\nYour nurse will check your INR regularly.\n',
    'l04': 'Taking part in our study\n\nThe trial will enrol only 40 patients at this hospital. Taking part is voluntary and you can stop at any time.\n\nThe study team will explain everything before you sign.\n',
    'l05': "Your child's asthma plan\n\nGive the brown inhaler every morning and evening, even when your child is well. The blue inhaler is for symptoms.\n\nBring this plan to every follow-up visit.\n",
}

CLAIMS = {
    't01': 'Studies show that with this cream, only 3 weeks are needed to clear acne.\n',
    't03': 'For instance, studies have shown that the extract can slow the virus.\n',
    't04': 'Many people swear by the herb, one shopper said. For example, research shows that it cures colds in two days.\n',
    't05': 'Experts say store-brand versions of the inhaler are not comparable to the original.\n',
    't06': 'Studies suggest the supplement cuts the risk of heart attack by a third in just 12 weeks.\n',
    't07': 'Research shows that patients need a follow-up only once a year after the implant.\n',
    't08': 'Doctors say the new pill works better than a placebo for most people with migraine.\n',
    't10': 'Dermatologists agree that the serum erases wrinkles in a month. It is sold online.\n',
}


def _warnings(text: str) -> list[str]:
    return [f"{f.code} {f.excerpt}" for f in lint_text(text, kind="text", select=["CIT001", "CIT002"])
            if str(f.severity) == "warning"]


@pytest.mark.parametrize("key", sorted(ORDINARY))
def test_ordinary_passages_draw_no_evidence_warning(key: str) -> None:
    assert _warnings(ORDINARY[key]) == []


@pytest.mark.parametrize("key", sorted(CLAIMS))
def test_unsourced_claims_in_the_shapes_read_stay_warnings(key: str) -> None:
    assert any(w.startswith("CIT002") for w in _warnings(CLAIMS[key]))


def test_a_small_study_is_asked_for_confirmation_not_for_humans() -> None:
    """CIT004 on preliminary or small studies: those are often in people already, so the message
    asks that the results be called early, not that they be said to be unshown in humans; an
    animal study is still asked for the latter."""
    small = "The tea eases joint pain within a week, as confirmed by limited clinical studies.\n"
    animal = "Studies in animal models show the tea eases joint pain.\n"
    small_msgs = [f.message for f in lint_text(small, kind="text", select=["CIT004"])]
    animal_msgs = [f.message for f in lint_text(animal, kind="text", select=["CIT004"])]
    assert small_msgs and all("not yet confirmed in larger trials" in m and "in humans" not in m for m in small_msgs)
    assert animal_msgs and all("has not been shown in humans" in m for m in animal_msgs)
