"""cand13b: review fixes on cand13 (the session's merged contradiction branches). Every passage
here is written for these tests (made-up product names), none copied from a blind set, the
reviewer's probes or the corpus."""

from __future__ import annotations

import pytest

from lint_rules.analysis.contradictions import conflicts
from lint_rules.parsing import parse_document


def _conflicts(text: str) -> list:
    return list(conflicts(parse_document("<t>", text, "text")))


@pytest.mark.parametrize("text", [
    # 1. a blend's subject is another product or the thing "Unlike X, which …" sets against it
    "Oatlyne shake is completely dairy-free. Its best-known rival, Prowhey, uses a blend of whey and casein. "
    "Oatlyne uses pea protein instead.",
    "Marlo fish-free paté suits people with fish allergy. Unlike classic paté, which uses a blend of "
    "mackerel and trout, ours uses smoked aubergine.",
    # 2. couscous made of a vegetable is no wheat
    "Greenpot meals are gluten-free. The spring pot is made with broccoli couscous, peas and mint.",
    # 3. a goal, and another product given as the example of a kind
    "To stay clear-headed on long drives, skip the wine while you take Dorval. Dorval can cause brain fog at first.",
    "If you must drive, choose a non-sedating antihistamine such as loratadine. Sneezol is an older "
    "antihistamine and can make you drowsy.",
    # 4. an event opens the clause of the spared part
    "Delvia is a daily pill. Forgetting a tablet won't affect your periods if you take it soon after. "
    "Delvia can cause irregular periods at first.",
    "Gardening during treatment does not affect your thyroid. Thyrolin can cause an underactive thyroid.",
    "Nuvara is a mini pill. A missed dose won't affect your periods. Nuvara can cause irregular periods.",
    # 5. "untouched by it" where "it" is a disease
    "Crohn's disease inflames the bowel, but your kidneys are left untouched by it. "
    "Renolix tablets can cause kidney damage at high doses.",
    # 6. a comparison after the denial
    "Clotrin helps heavy bleeding. It does not affect your periods the way hormonal pills do, because it "
    "helps blood clot. Clotrin can cause irregular periods in some women.",
    # 7. the reasons people start a product name what it treats
    "Heartburn is one of the most common reasons people buy Acidra. Acidra does not cause heartburn.",
    "Nausea is among the main reasons people take Voyamin on ferries. Voyamin does not cause nausea.",
])
def test_review_negatives_do_not_conflict(text):
    assert not _conflicts(text), text


@pytest.mark.parametrize("text", [
    # the product itself blends the allergen
    "Loavo bread is gluten-free. Loavo uses a blend of oat and barley flour.",
    # (couscous left out of the wheat words: it names vegetable dishes too); a grain of wheat still counts
    "Greenpot meals are gluten-free. The summer pot is made with bulgur, peas and mint.",
    # the product's own promise, not a goal
    "Dorval keeps you clear-headed all day. Dorval can cause brain fog in some users.",
    "Sneezol is a non-sedating antihistamine. Sneezol can make you drowsy.",
    # taking the product is the product's own
    "Delvia does not affect your periods. Delvia can cause irregular periods.",
    "Thyrolin is a kelp tablet. Your thyroid is left untouched by it. Thyrolin can cause an overactive thyroid.",
    "Clotrin does not affect your periods. Clotrin can cause irregular periods in some women.",
    # the reasons people stop it
    "Nausea is among the main reasons people stop Voyamin. Voyamin does not cause nausea.",
    # an ingredient the product contains owns no limit of its own
    "Calmora capsules contain chamomile and hops. Hops have been brewed for centuries. Never exceed three "
    "capsules a day. There is no upper limit on how many Calmora capsules you can take.",
])
def test_true_contradictions_still_conflict(text):
    assert _conflicts(text), text


@pytest.mark.parametrize("text", [
    # probes in ordinary registers (news, leaflet, seller): none may fire
    "Headaches are the most common reason people visit a pharmacist. Migrella does not cause headaches. "
    "It is taken at the first sign of a migraine.",
    "Acne is one of the main reasons teenagers see a dermatologist. Clearo cream can cause dryness. It does not cause acne.",
    "Fasting before the test does not affect your sleep. Dormix can cause insomnia if taken late in the day.",
    "Smoking damages the lungs, but your liver is left untouched by it. Hepatol tablets can cause liver problems.",
    "To avoid drowsiness, take Pollina in the evening. Pollina can cause drowsiness in some people.",
    "Patient leaflet: missing one dose of Folara will not harm your baby. Folara can cause nausea.",
    "Nutri Bar is nut-free. Most cereal bars use a blend of almonds and oats, but Nutri Bar uses seeds.",
    "Wakely energy shots contain caffeine and taurine. Caffeine is also found in coffee, tea and cola. Adults should "
    "not exceed 400 mg of caffeine a day from all sources. You can drink Wakely shots whenever you need a lift.",
])
def test_ordinary_probes_do_not_conflict(text):
    assert not _conflicts(text), text
