"""Controls the gates did not know (session 14, ``prec14``): limits that writers of health
text put on a claim and that make two opposite-looking claims both true. For each mechanism,
pairs held apart and the same pair with the limiting words removed, which must still be
found. Every sentence is written for these tests (coined product names), from the
construction, not copied from any benchmark row."""

from __future__ import annotations

import pytest
from lint_helpers import contradictions, two_claims

_FILLER = " The packs hold thirty doses and ship within two working days. "


def _findings(a: str, b: str) -> list:
    return contradictions(two_claims(a, b, _FILLER))


_APART: list[tuple[str, str]] = [
    # a time window carried by a participle of use (scopes._participle)
    ("Started within 72 hours of the rash, Valorin shortens shingles pain.",
     "Started after that, Valorin does not shorten shingles pain."),
    ("Given in the first hour after a stroke, Clotbust reduces disability.",
     "Given later than that, Clotbust does not reduce disability."),
    ("Taken within two days of the first sneeze, Coldara shortens a cold.",
     "Taken too late, Coldara does not shorten a cold."),
    # misuse as FDA labels name it (claim_scopes.toml [amount] misuse)
    ("When crushed and snorted, Oxyval can cause breathing problems.",
     "Taken as prescribed, Oxyval does not cause breathing problems."),
    ("Misuse of Dextral can cause hallucinations.",
     "Dextral does not cause hallucinations when used as directed."),
    # one ingredient on its own against the combination (claim_limits.component_apart)
    ("Codeine on its own does not relieve migraine.",
     "The combination of codeine and paracetamol relieves migraine."),
    ("Taken alone, vitamin C does not shorten colds.",
     "Our Zincol formula, with zinc and vitamin C together, shortens colds."),
    ("Caffeine by itself does not ease a tension headache.",
     "Combined with ibuprofen, caffeine eases a tension headache faster than ibuprofen alone."),
    # a severe grade denied, a mild grade admitted (claim_limits.severity_apart, CTCAE grades)
    ("Tramadex does not cause severe constipation.", "Tramadex can cause mild constipation."),
    ("Ketoburn does not cause serious headaches.", "Some people get a mild headache in the first days with Ketoburn."),
    ("Our Lumigel causes no significant skin irritation.", "Lumigel can cause minor skin irritation."),
    # a lasting form denied, a passing form admitted ([severity] lasting / passing)
    ("Niacor can cause temporary flushing.", "Niacor does not cause lasting flushing."),
    ("Flushing is common for the first few days of Niacor and then fades.", "Niacor does not cause lasting flushing."),
    # the end of a passing harm is not the results fading (typed_claims course)
    ("A Follimax transplant gives permanent results.",
     "In weeks two to eight, the moved hairs usually shed temporarily before regrowing."),
    # a passing adverb closing the verb's clause is an early time frame ([time.frames] early)
    ("Long-term, Presto does not raise blood pressure.",
     "A dose of Presto can push blood pressure up briefly, for an hour or so."),
    # a warning about a whole class of products names none (claim_limits.class_warning)
    ("All medicines can cause side effects such as rash.", "Dermicort does not cause rash."),
    ("If you take too much of any supplement, you could get an upset stomach.",
     "Vitamax does not cause an upset stomach."),
    ("Most sleeping pills can leave you drowsy the next morning.", "Dozeril does not cause next-day drowsiness."),
    ("Common side effects of older antihistamines include drowsiness and dry mouth.",
     "Loratidex does not cause drowsiness."),
    # two measures that share a word (contradictions._measures_apart)
    ("Glucara lowers blood sugar.", "Glucara does not lower blood pressure."),
    ("Cardiolin reduces blood pressure.", "Cardiolin does not reduce blood sugar."),
    # the same rate in both arms of a trial (claim_limits.comparator_apart [comparator] relative)
    ("Fatigue was reported by 10% of people on Immuvax and 10% of people given a placebo.",
     "Immuvax does not cause fatigue."),
    ("Nausea occurred at a similar rate with Gastrin and with placebo.", "Gastrin does not cause nausea."),
    ("Headaches affected 4% of people on Zentra and just 4% of the placebo group.", "Zentra does not cause headaches."),
    ("Around a tenth of users reported dry mouth on Salvor, roughly the same proportion as with placebo.",
     "Salvor does not cause dry mouth."),
    # a sentence naming its own route is not about the page's product's form (claim_limits.routes)
    ("Injected lidocaine can cause heart rhythm problems.", "Lidocaine cream does not cause heart rhythm problems."),
    # the reader's hearsay, answered; the publication's own earlier word, answered ([voice])
    ("You may have read that Norvex causes weight gain. This is not true.", "Norvex does not cause weight gain."),
    ("You've probably heard that Sunora tablets cause hair loss. That's a myth.", "Sunora tablets do not cause hair loss."),
    ("Correction: we wrote last week that Vitaboost contains gluten. It does not; it is made in a gluten-free kitchen.",
     "Vitaboost is gluten-free."),
]

_STILL: list[tuple[str, str]] = [
    # the same claims with the limit on one side only, or on neither
    ("Valorin shortens shingles pain.", "Started after that, Valorin does not shorten shingles pain."),
    ("Started within 72 hours of the rash, Valorin shortens shingles pain.", "Valorin does not shorten shingles pain."),
    ("Given in the first hour after a stroke, Clotbust reduces disability.", "Clotbust does not reduce disability."),
    ("Oxyval can cause breathing problems.", "Taken as prescribed, Oxyval does not cause breathing problems."),
    ("Misuse of Dextral can cause hallucinations.", "Dextral never causes hallucinations."),
    ("Codeine does not relieve migraine.", "The combination of codeine and paracetamol relieves migraine."),
    ("Caffeine eases a tension headache faster than ibuprofen alone.", "Caffeine does not ease a tension headache."),
    ("Zanta alone causes no drowsiness, the maker says.", "Zanta, like many combination cold remedies, can cause drowsiness."),
    ("Tramadex does not cause severe constipation.", "Tramadex can cause severe constipation."),
    ("Tramadex does not cause constipation.", "Tramadex can cause mild constipation."),
    ("Tramadex does not cause severe or moderate pain.", "Tramadex can cause moderate pain."),
    ("Ketoburn does not cause headaches.", "Some people get a mild headache in the first days with Ketoburn."),
    ("Like all medicines, Dermicort can cause side effects such as rash.", "Dermicort does not cause rash."),
    ("Any painkiller, including this one, can cause stomach bleeding.", "Paxol does not cause stomach bleeding."),
    ("It can cause stomach bleeding, as most painkillers can.", "Paxol does not cause stomach bleeding."),
    ("All vitamins are safe for everyone.", "Vitamin A can harm an unborn baby."),
    ("Dermicort can cause rash.", "Dermicort does not cause rash."),
    ("Glucara lowers blood sugar.", "Glucara does not lower your blood glucose."),
    ("Glucara lowers blood pressure.", "Glucara does nothing for blood pressure."),
    ("Fatigue was reported by 12% of people on Immuvax and 3% of people given a placebo.",
     "Immuvax does not cause fatigue."),
    ("Lidocaine can cause heart rhythm problems.", "Lidocaine cream does not cause heart rhythm problems."),
    ("Lidocaine cream can cause heart rhythm problems.", "Lidocaine cream does not cause heart rhythm problems."),
    ("You may have read that Norvex causes weight gain.", "Norvex does not cause weight gain."),
    ("You may notice that Norvex causes weight gain.", "Norvex does not cause weight gain."),
    ("Headaches affected 9% of people on Zentra and 4% of the placebo group.", "Zentra does not cause headaches."),
    ("Niacor can cause flushing.", "Niacor does not cause lasting flushing."),
    ("Niacor can cause permanent flushing.", "Niacor does not cause lasting flushing."),
    ("Niacor can cause temporary flushing.", "Niacor does not cause flushing."),
    ("Niacor causes no temporary or lasting redness.", "Niacor can cause temporary redness."),
    ("Any Niacor product can cause a rash.", "Niacor never causes a rash."),
    ("Common side effects of antihistamines such as Loratidex include drowsiness.", "Loratidex does not cause drowsiness."),
    ("Common side effects of Loratidex include drowsiness.", "Loratidex does not cause drowsiness."),
    ("Follimax laser removal gives permanent results.", "The hair regrows within a year."),
    ("Presto does not raise blood pressure.", "A dose of Presto can push blood pressure up briefly, for an hour or so."),
]


@pytest.mark.parametrize(("a", "b"), _APART)
def test_held_apart(a: str, b: str) -> None:
    assert _findings(a, b) == []
    assert _findings(b, a) == []


@pytest.mark.parametrize(("a", "b"), _STILL)
def test_still_found(a: str, b: str) -> None:
    assert _findings(a, b)


#: Ordinary passages in the registers of real writers that touch the new gates' words (a
#: participle opener, "alone", "any medicine", "temporary", "misuse", a placebo rate): no finding.
_ORDINARY = [
    'Taken together, the trials suggest Zorvex lowers blood pressure. Zorvex does not cause dizziness, the researchers added.',
    'Our new Calmira spray is taken at night. Started within a week of symptoms, most users sleep better. Calmira does not cause next-day drowsiness.',
    'Like all supplements, our turmeric can upset some stomachs. Take it with food.',
    'Like all medicines, Dormil can cause side effects, although not everybody gets them. Common side effects include headache and dry mouth.',
    'Most painkillers can be taken with food. Paxol is best taken after a meal.',
    'Critics say the vaccine programme is too expensive. Officials say it has saved thousands of lives.',
    'Given later in pregnancy, the injection protects the baby after birth. Speak to your midwife.',
    'Vitaboost contains no gluten, no dairy and no soy. It is made in a nut-free factory.',
    'Caffeine alone will not cure a hangover. Drink water and rest.',
    'The combination pill was approved in 2019. It combines two older drugs in one tablet.',
    'Mild nausea is common in the first week. It usually goes away on its own.',
    'Serious side effects are rare. Call your doctor if you notice yellow skin.',
    'In the trial, 5% of people on Lumora and 5% on placebo stopped treatment early. Lumora improved sleep quality.',
    'Our gummies are free from artificial colours. Each gummy contains 1,000 IU of vitamin D.',
    'You may have heard that flu jabs are only for older people. In fact, anyone can get one.',
    'Used for more than three days, decongestant sprays can cause rebound congestion. Use them for short spells only.',
    'Crush the tablet and mix it with jam if your child cannot swallow it whole.',
    'Most vaccines can cause a sore arm. The new jab was well tolerated in the trial.',
    'Zentra works fast. Taken at the first sign of a migraine, it eases pain within two hours.',
    'All our products are vegan. Our protein powder is made from peas and rice.',
    'Any medicine can interact with others. Tell your pharmacist what you take.',
    'Stop taking Ravolin and call a doctor if you have a severe rash. Mild itching may occur.',
    'Temporary hair shedding is common after surgery. The hair usually grows back within months.',
    'Glucara lowers blood sugar and can help with weight. It does not raise blood pressure.',
    'Recreational use of nitrous oxide can damage nerves. Medical use in hospital is closely supervised.',
    'Our collagen powder dissolves in hot or cold drinks. Some customers say it makes their coffee creamier.',
    'If you miss a dose, take it as soon as you remember. Do not take two doses together.',
    'Older antihistamines often cause drowsiness. Newer ones rarely do, experts say.',
    'Zanta alone is not enough to treat severe pain. Your doctor may add a second medicine.',
    "The drug's potential for misuse worries regulators. Zanta is prescribed only for short courses.",
    'Some customers feel a brief tingle. Zanta serum is suitable for sensitive skin.',
    'Taken too early, the test may give a false result. Wait until the day your period is due.',
    'Any sunscreen is better than none. Apply it 20 minutes before going out.',
]

#: True conflicts written against the new gates (a class phrase with the product's name, "Like
#: all medicines", an unlimited side, both grades denied, a different rate on placebo): found.
_TRUE = [
    'Vitaboost causes no stomach upset at all. Many customers report stomach upset after taking Vitaboost.',
    'Dormil does not cause drowsiness. Dormil can cause severe drowsiness.',
    'Zanta never causes headaches. Taken in the morning, Zanta can cause headaches.',
    'Zanta has no side effects. Like all medicines, Zanta can cause a rash.',
    'Zanta is completely safe at any dose. Taking more than 4 capsules of Zanta can damage the liver.',
    'Zanta does not cause insomnia. Started late in the evening, Zanta can cause insomnia.',
    'Zanta tablets do not cause nausea. Zanta tablets can cause mild nausea.',
    'Zanta cream causes no skin irritation. Zanta cream can irritate the skin.',
    'Zanta does not interact with any medicines. Zanta can raise blood levels of warfarin.',
    'Zanta lowers blood pressure. Zanta does not lower blood pressure.',
    'Zanta gives permanent results. The results of Zanta fade within a year.',
    'Zanta does not cause hair loss. Temporary hair loss is common with Zanta.',
    'Zanta is safe for everyone. People with kidney disease can develop serious problems on Zanta.',
    'Headaches were reported by 12% of people on Zanta and 2% on placebo. Zanta does not cause headaches.',
    'Any Zanta product can cause a rash. Zanta never causes a rash.',
    'Zanta does not cause insomnia whenever you take it. Taken late, Zanta can cause insomnia.',
    'Injected Zanta can cause a rash. Zanta causes no rash.',
    'Zanta does not cause drowsiness. Taken alone or together with alcohol, Zanta can cause drowsiness.',
    'Zanta causes no lasting hair loss. Zanta can cause permanent hair loss.',
    'Zanta causes no temporary or lasting redness. Zanta can cause temporary redness.',
    'Zanta does not cause weight gain. In the trial, 20% of people on Zanta gained weight.',
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_ordinary_text_is_quiet(text: str) -> None:
    assert contradictions(text) == []


@pytest.mark.parametrize("text", _TRUE)
def test_true_conflict_found(text: str) -> None:
    assert contradictions(text)
