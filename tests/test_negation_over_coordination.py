"""A negation carries over "or"/"nor" (``assertions.denied_over_coordination`` for the typed
claims, ``SentenceContext._over_or`` for the effect mentions): "won't relieve X or ease Y" denies
both, "neither X nor Y" denies both, "does not contain A, B or C" frees it of all three; a new
clause or an affirming "and" ends the reach, and an instruction ("Don't skip meals or cut your
dose") says nothing of the product. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from lint_rules.analysis.assertions import denied_over_coordination
from lint_rules.analysis.contradictions import claims
from lint_rules.analysis.typed_claims import typed_claims
from lint_rules.parsing import parse_document


def _typed(text: str) -> list[tuple[str, str, str]]:
    doc = parse_document("<t>", text, "text")
    return [(c.type, c.side, c.cue.lower()) for c in typed_claims(doc)]


def _effects(text: str) -> dict[str, str]:
    doc = parse_document("<t>", text, "text")
    return {c.label: c.stance for c in claims(doc)}


@pytest.mark.parametrize("text, cue", [
    ("Flexora does not relieve headaches or ease back pain.", "ease back pain"),
    ("Flexora won't calm heartburn or even soothe a sore throat.", "soothe a sore throat"),
    ("Flexora neither relieves headaches nor eases back pain.", "relieves headaches"),
])
def test_a_benefit_in_a_denied_coordination_is_no_benefit(text, cue):
    got = _typed(text)
    assert not any(t == "benefit" and s == "helps" for t, s, _ in got), got
    assert any(t == "benefit" and s == "no_help" and c.startswith(cue.split()[0]) for t, s, c in got) \
        or any(t == "benefit" and s == "no_help" for t, s, _ in got), got


@pytest.mark.parametrize("text", [
    "Flexora doesn't cause nausea and it eases back pain.",
    "Flexora isn't cheap, but it eases back pain.",
    "Flexora does not only relieve headaches; it eases back pain too.",
    "Flexora relieves headaches or eases back pain within the hour.",
])
def test_an_affirmed_conjunct_outside_the_negation_stays_a_benefit(text):
    got = _typed(text)
    assert any(t == "benefit" and s == "helps" for t, s, _ in got), got


def test_a_direction_after_nor_is_no_change():
    got = _typed("Flexora neither upsets your stomach nor raises your blood pressure.")
    assert ("direction", "none") in {(t, s) for t, s, _ in got}, got
    assert not any(t == "direction" and s == "up" for t, s, _ in got), got


def test_a_direction_after_not_or_is_no_rise_and_no_claim():
    # the verb after "or" may be a complement of the negated one ("wouldn't let me drive, or
    # lift weights"): it is no rise, and not turned into a denial either
    for text in ("Flexora won't upset your stomach or raise your blood pressure.",
                 "The surgeon wouldn't let me drive for six weeks, or lift weights."):
        got = _typed(text)
        assert not any(t == "direction" for t, _, _ in got), (text, got)


def test_an_allergen_list_under_not_contain_is_free():
    got = _typed("Flexora does not contain lactose, gluten or sucrose.")
    assert any(t == "scope" and s == "safe" for t, s, _ in got), got
    assert not any(t == "scope" and s == "restricted" for t, s, _ in got), got
    kept = _typed("Flexora contains lactose, gluten and sucrose.")
    assert any(t == "scope" and s == "restricted" for t, s, _ in kept), kept


def test_an_instruction_with_or_says_nothing_of_the_product():
    got = _typed("Don't skip meals or lower your dose of Flexora.")
    assert not any(t == "direction" for t, _, _ in got), got


@pytest.mark.parametrize("before, expected", [
    ("it does not relieve headaches or ", "coordinated"),
    ("it neither ", "denied"),
    ("it won't cause nausea nor ", "denied"),
    ("don't skip meals or ", "prohibited"),
    ("it doesn't cause nausea and ", ""),
    ("it isn't cheap, but it ", ""),
    ("it is not only cheap or ", ""),
    ("it relieves headaches or ", ""),
])
def test_the_reach_of_the_denial(before, expected):
    assert denied_over_coordination(before, 0, len(before)) == expected


def test_an_effect_in_the_second_conjunct_is_denied():
    got = _effects("Flexora won't put you off your food or make you dizzy.")
    assert got and all(v == "negated" for v in got.values()), got


def test_an_effect_after_a_new_clause_stays_affirmed():
    got = _effects("Flexora won't put you off your food for long, and it can make you dizzy.")
    assert "affirmed" in got.values(), got


def test_a_relief_verb_after_nor_is_read_as_denied_not_dropped():
    got = _typed("Trials suggest Flexora neither sharpens memory nor staves off dementia.")
    assert any(t == "benefit" and s == "no_help" and "dementia" in c for t, s, c in got), got
    assert not any(t == "benefit" and s == "helps" for t, s, _ in got), got


@pytest.mark.parametrize("text, kind, side", [
    ("The new Flexora recipe no longer contains any soy at all.", "scope", "safe"),
    ("Flexora no longer relieves my headaches.", "benefit", "no_help"),
])
def test_no_longer_denies_the_verb_after_it(text, kind, side):
    got = _typed(text)
    assert (kind, side) in {(t, s) for t, s, _ in got}, got


def test_just_as_much_as_before_is_no_benefit():
    got = _typed("Took Flexora for six months and my knees ache just as much as before.")
    assert ("benefit", "no_help") in {(t, s) for t, s, _ in got}, got


# claims9b (issue 14): an effect that ends with the use of the product ("after you stop taking
# it … no longer lowers") is no denial of it; an effect that stopped while still taken is one.
# Written for these tests.
@pytest.mark.parametrize("text", [
    "Tensil is a blood pressure pill. Once you stop taking it, Tensil no longer lowers blood pressure.",
    "Tensil is a blood pressure pill. When the course ends, Tensil no longer eases headaches.",
    "Tensil is a blood pressure pill. After patients came off it, the drug no longer reduced blood pressure.",
])
def test_an_effect_ended_by_stopping_the_product_is_no_denial(text):
    doc = parse_document("<t>", text, "text")
    got = [(c.type, c.side) for c in typed_claims(doc) if c.sentence == 1]
    assert not [g for g in got if g[1] in ("no_help", "none")], (text, got)


def test_an_effect_that_stopped_while_taken_is_still_a_denial():
    doc = parse_document("<t>", "Tensil is a blood pressure pill. After a year on it, Tensil no longer lowers my blood pressure.", "text")
    got = [(c.type, c.side) for c in typed_claims(doc) if c.sentence == 1]
    assert [g for g in got if g[1] in ("no_help", "none")], got


# claims9b (issue 14): over "or" a negation reaches an effect only as the object of the second
# verb; in a phrase of cause or time after it ("for …", "from …", "with …") the effect is
# affirmed. Written for these tests.
@pytest.mark.parametrize("text", [
    "Flexora users could not work or leave the flat for weeks with nausea.",
    "On Flexora my uncle could not eat or keep anything down for two days because of the vomiting.",
])
def test_an_effect_in_a_phrase_after_the_second_verb_is_not_denied(text):
    got = _effects(text)
    assert "negated" not in got.values(), got


def test_an_effect_the_second_verb_leaves_you_with_is_denied():
    got = _effects("Flexora won't upset your stomach or leave you with a headache.")
    assert got and all(v == "negated" for v in got.values()), got


# claims9b (issue 14): a negated clause the reader is told to check ("check that …", "make
# sure …") is no claim that the product is free of it; a report of a check is. Written for these tests.
@pytest.mark.parametrize("text", [
    "Sinex is a nasal spray. Sinex contains gluten. Before buying, check that Sinex does not contain gluten.",
    "Sinex is a nasal spray. Sinex contains gluten. Coeliacs should make sure it does not contain gluten.",
    "Sinex is a nasal spray. Sinex contains gluten. Please check with your pharmacist that it doesn't contain gluten.",
])
def test_a_clause_to_be_checked_is_no_allergen_claim(text):
    doc = parse_document("<t>", text, "text")
    got = [c.side for c in typed_claims(doc) if c.type == "scope" and c.sentence == 2]
    assert "safe" not in got, (text, got)


def test_a_check_reported_is_still_read():
    doc = parse_document("<t>", "Sinex is a nasal spray. Lab tests confirmed that Sinex does not contain gluten.", "text")
    assert "safe" in [c.side for c in typed_claims(doc) if c.type == "scope"]
