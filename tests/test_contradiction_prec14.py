"""Controls the gates did not know (session 14, ``prec14``): limits that writers of health
text put on a claim and that make two opposite-looking claims both true. For each mechanism,
pairs held apart and the same pair with the limiting words removed, which must still be
found. Every sentence is written for these tests (coined product names), from the
construction, not copied from any benchmark row."""

from __future__ import annotations

import pytest

from lint_rules.api import lint_text

_FILLER = " The packs hold thirty doses and ship within two working days. "


def _findings(a: str, b: str) -> list:
    text = f"{a}{_FILLER}{b}\n"
    return [f for f in lint_text(text, kind="text", select=["contradiction"]) if f.code.startswith("CON")]


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
