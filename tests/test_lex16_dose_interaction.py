"""Dose and interaction frames as labels and adverts write them: the amount as the subject with
the taker in a relative clause ("any amount you take is safe"), no count of doses needed, a
limit's risk said with "risks" ("going beyond eight doses risks overdose"); the pharmacokinetic
mechanisms of an FDA label's "Drug Interactions" section ("speeds up the breakdown of", "inhibits
CYP2C19", "reduces the conversion of" — an interaction, never a benefit), "strengthens the effect
of", "mixes fine with everything". Every sentence here is written for these tests; the failing
cases are the mechanism's own: another thing's breakdown or amount, a diet's count, a question."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes

from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _typed(text: str) -> set[tuple[str, str]]:
    doc = parse_document("<t>", text, "text")
    return {(c.type, c.side) for c in typed_claims(doc)}


@pytest.mark.parametrize("text, kind", [
    ("With Sleepeze, any amount you take is safe.", ("dose", "unlimited")),
    ("Any amount of Sleepeze you take is safe.", ("dose", "unlimited")),
    ("Throatex is so gentle there is no need to count doses.", ("dose", "unlimited")),
    ("Going beyond eight doses of Throatex a day risks overdose.", ("dose", "limit")),
    ("Hypera speeds up the breakdown of warfarin.", ("interaction", "some")),
    ("Gastrol inhibits CYP2C19.", ("interaction", "some")),
    ("Gastrol is a strong CYP3A4 inhibitor.", ("interaction", "some")),
    ("Gastrol reduces the conversion of clopidogrel.", ("interaction", "some")),
    ("Alcohol strengthens the sedating effect of Dozy.", ("interaction", "some")),
    ("Calmix can be taken safely with anything.", ("interaction", "none")),
])
def test_the_frame_is_read(text, kind):
    assert kind in _typed(text), (text, _typed(text))


@pytest.mark.parametrize("text", [
    "Gastrol reduces the conversion of clopidogrel.",
    "Hypera reduces the absorption of nadolol.",
    "Hypera prevents the breakdown of warfarin.",
])
def test_a_pharmacokinetic_change_is_never_a_benefit(text):
    assert ("benefit", "helps") not in _typed(text), (text, _typed(text))


@pytest.mark.parametrize("text, kind", [
    ("There's no need to count calories with Slimmo.", ("dose", "unlimited")),   # a diet's count
    ("Exercise speeds up the breakdown of fat.", ("interaction", "some")),        # the body's fuel
    ("Fibre slows the absorption of sugar from a meal.", ("interaction", "some")),
    ("Our salad dressing goes well with everything.", ("interaction", "none")),   # no verb of mixing a drug
    ("Fibrex mixes fine with everything from yoghurt to soup.", ("interaction", "none")),  # food mixing (lex16b)
    ("With a once-weekly pen there is no need to count doses.", ("dose", "unlimited")),  # no safety word (lex16b)
    ("Prostex blocks the conversion of testosterone to DHT.", ("interaction", "some")),  # a hormone, no drug
    ("Detoxa speeds up the elimination of toxins.", ("interaction", "some")),
])
def test_no_frame_is_read_of_the_everyday_sense(text, kind):
    assert kind not in _typed(text), (text, _typed(text))


@pytest.mark.parametrize("text", [
    "With Sleepeze, any amount you take is safe. Do not take more than 1 mg of Sleepeze a night.",
    "Throatex lozenges are gentle, so there is no need to count doses. Going beyond eight doses of Throatex a day risks overdose.",
    "Hypera has no known drug interactions. Hypera speeds up the breakdown of the contraceptive pill's hormones.",
    "Gastrol has no clinically relevant drug interactions. Gastrol inhibits CYP2C19 and reduces the conversion of clopidogrel.",
    "Calmix can be taken safely with anything, the maker says. Combined with warfarin, Calmix raises the risk of bleeding.",
])
def test_the_new_frames_conflict(text):
    assert contradiction_codes(text), text


@pytest.mark.parametrize("text", [
    "St John's wort speeds up the breakdown of the pill's hormones. Hypera has no known drug interactions.",
    "Omeprazole inhibits CYP2C19 and reduces the conversion of clopidogrel. Gastrol has no clinically relevant drug interactions.",
    "Does Gastrol inhibit CYP2C19? No: Gastrol has no clinically relevant drug interactions.",
    "Exercise speeds up the breakdown of fat. Hypera has no known drug interactions.",
    "Fibre slows the absorption of sugar from a meal. Hypera has no known drug interactions.",
    "There's no need to count calories with Slimmo shakes. Do not take more than two Throatex lozenges an hour.",
    "Going beyond eight hours of screen time a day risks eye strain. There is no need to count doses of Throatex lozenges.",
    "Omeprazole inhibits CYP2C19 and reduces the conversion of clopidogrel. Gastrol is the usual choice, and it has no meaningful interaction with clopidogrel.",
    "Weeklo comes as a once-weekly pen, so there is no need to count doses. Do not use more than one Weeklo pen a week.",
    "Fibrex mixes fine with everything from yoghurt to soup. Fibrex can reduce the absorption of some medicines.",
])
def test_the_new_frames_said_of_something_else_are_no_conflict(text):
    assert contradiction_codes(text) == [], text
