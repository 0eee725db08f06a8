"""Ordinary passages in the registers of real writers (news report, press release, supplement
seller, consumer guide, patient leaflet) that touch what session 14's tidy14 moved without
changing (the product-name reader, the verbs that end use, the clause start, the word lists now
data): none holds a contradiction, and none fired one on main. Written for this file, not taken
from any corpus."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

_PASSAGES = [
    ('p01_news_stop',
     'A new study followed 400 adults who take Lorvex for high blood pressure. Some people had headaches after they stopped other medicines. Patients who came off beta blockers reported dizziness, the researchers said. Lorvex itself was well tolerated.'),
    ('p02_leaflet_stop',
     'Do not stop taking Calmora suddenly. If you quit Calmora, talk to your doctor first. Calmora can cause drowsiness in the first week. Most people feel clear-headed after that.'),
    ('p03_seller_clear',
     'Dorvia gummies help you wind down at night. Customers tell us they wake up clear-headed. Dorvia contains 1 mg of melatonin per gummy. Take one gummy 30 minutes before bed.'),
    ('p04_consumer_allergen_school',
     'Many schools are now nut-free, so parents look for snacks they can pack. Oatbar Original is made in a factory that also handles peanuts. Oatbar Original contains oats, honey and almonds.'),
    ('p05_press_maker',
     'Leafwell Bakery today launched Leafwell Seeded Loaf. The company uses a blend of wheat and rye flours in its classic range. Leafwell Seeded Loaf is gluten-free and made with rice and buckwheat flours.'),
    ('p06_news_group_had',
     'People with diabetes had more infections in the trial, the authors wrote. Among those taking Glucora, infections were no more common than with placebo. Glucora lowered blood sugar by a modest amount.'),
    ('p07_leaflet_said',
     "Some websites claim there's no drowsiness with Sominex. In fact Sominex can cause drowsiness the next day. Do not drive if you feel sleepy."),
    ('p08_consumer_reasons',
     'Nausea is one of the most common reasons people stop metformin. Zentra is a different medicine for blood sugar. Zentra can cause nausea in some users during the first weeks.'),
    ('p09_news_switch',
     'Headaches are among the reasons patients switch from older pills. Migrel, a newer tablet, was tested in 300 adults. Headaches were reported by 4% of those on Migrel.'),
    ('p10_seller_free',
     'Our Vitabright capsules are free of gluten, dairy and soy. Vitabright is made in a nut-free facility. Each capsule has 500 mg of vitamin C.'),
    ('p11_consumer_people_none',
     'Most people get no side effects from a flu shot. Some people get a sore arm for a day or two. Zenflu nasal spray can cause a runny nose.'),
    ('p12_news_ended_up',
     'Doctors warn that people who start intense diets often end up tired. Fitora, a meal replacement shake, is marketed to dieters. Fitora can cause bloating in some users.'),
    ('p13_leaflet_other_drug',
     'Unlike aspirin, Paxil does not thin the blood. Aspirin can cause stomach bleeding. Paxil may cause nausea in the first weeks.'),
    ('p14_press_table',
     'Side effects: none reported in the pilot. Ibuprofen interactions: warfarin, lithium. Nuvacalm was given to 40 volunteers for four weeks; two reported mild headaches.'),
    ('p15_consumer_withdrawal',
     "Stopping an antidepressant suddenly can cause dizziness. Serenol should be reduced slowly under a doctor's care. Serenol rarely causes dizziness while you take it."),
    ('p16_news_reported',
     "The maker says there's no risk of liver damage with Hepavita. Regulators are reviewing reports of liver injury linked to the supplement. Hepavita is sold online."),
    ('p17_seller_people_had',
     'Customers had great results with Glowa serum. Some customers had mild redness in the first days, which faded. Glowa serum is free of fragrance.'),
    ('p18_leaflet_give_up',
     'If you give up smoking while taking Nicorel, you may notice mood changes. Nicorel can cause vivid dreams. Nicorel does not cause weight gain in most people.'),
    ('p21_press_recall',
     'Velmo 1.0 was withdrawn in 2019 after reports of rashes. The new Velmo 2.0 formula contains no lanolin. Velmo 2.0 has not caused rashes in testing.'),
    ('p22_news_comparison',
     'Compared with caffeine pills, Alertix caused fewer jitters in the trial. Caffeine pills can cause jitters and a racing heart. Alertix can cause a racing heart at high doses.'),
    ('p23_leaflet_children',
     'Rhinol is not for children under 6. Children who take other decongestants can become restless. Rhinol can cause restlessness in adults.'),
    ('p24_seller_clear_look',
     'Take a clear-headed look at the claims before you buy any sleep aid. Nocta drops may cause grogginess the next morning. Start with half a dose.'),
    ('p25_consumer_quit_other',
     'Many people quit coffee to sleep better. Somnara tea contains chamomile and lemon balm. Somnara tea may cause drowsiness, so avoid driving after a cup.'),
    ('p26_news_participants_stopped',
     'Twelve participants stopped the trial because of nausea. Gastrol was otherwise well tolerated, the company said. Gastrol did not cause nausea in most patients.'),
    ('p27_leaflet_come_off',
     'When you come off Femira, your periods may change. Femira can cause spotting in the first three months. Femira does not cause weight gain.'),
]


@pytest.mark.parametrize("name, text", _PASSAGES, ids=[n for n, _ in _PASSAGES])
def test_an_ordinary_passage_holds_no_contradiction(name: str, text: str) -> None:
    assert contradiction_codes(text) == []
