"""The single-claim scorer (benchmarks/measure_claims.py) maps rows to claims as documented:
a read needs the labelled type and side in the target, about the product; misses get one
stage; a control's claim about the product is a false read. All sentences are our own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import measure_claims as mc


def _row(kind: str, target: str, product: str, effect: str = "", term: str = "", context: str = "",
         hedged: bool = False, **extra: object) -> dict[str, object]:
    return {"id": "X", "split": "dev", "register": "consumer guide", "context": context, "target": target,
            "text": (context + " " + target).strip(), "product": product, "subject_form": "brand",
            "type": kind, "effect": effect, "effect_term": term, "hedged": hedged, **extra}


@pytest.mark.parametrize(("kind", "target", "effect", "term"), [
    ("harm", "Zentrafen can give you a pounding headache.", "pounding headache", "headache"),
    ("no_harm", "Veloxa has zero side effects.", "side effects", "side effects"),
    ("lowers", "Cardiva lowers cholesterol.", "cholesterol", "cholesterol"),
    ("dose_unlimited", "Cardiva is safe at any dose.", "any dose", "any dose"),
    ("unsafe_for_group", "Pregnant women should avoid Cardiva.", "Pregnant women", "pregnant women"),
    ("allergen", "Cardiva contains peanuts.", "peanuts", "peanut"),
])
def test_read_with_the_right_effect(kind: str, target: str, effect: str, term: str) -> None:
    product = target.split()[0] if kind != "unsafe_for_group" else "Cardiva"
    r = mc.score_row(_row(kind, target, product, effect, term))
    assert r.read, r.found
    assert r.effect_right in (True, None)


def test_pronoun_target_reads_the_context_product() -> None:
    r = mc.score_row(_row("harm", "It may cause dizziness in some users.", "Dormilax", "dizziness", "dizziness",
                          context="Dormilax is a sleep aid.", hedged=True))
    assert r.read and r.effect_right is True and r.hedge_right is True


def test_wrong_effect_is_read_but_not_right() -> None:
    # the label says the effect is nausea; the sentence's claim is about a headache
    r = mc.score_row(_row("harm", "Zentrafen can give you a pounding headache.", "Zentrafen",
                          "pounding headache", "nausea"))
    assert r.read and r.effect_right is False


def test_claim_of_the_wrong_side_is_a_typed_miss() -> None:
    # labelled raises, the sentence says lowers: a claim of the wrong polarity
    r = mc.score_row(_row("raises", "Cardiva lowers cholesterol.", "Cardiva", "cholesterol", "cholesterol"))
    assert not r.read and r.stage == "wrong type/polarity"


def test_unknown_effect_word_is_not_recognised() -> None:
    r = mc.score_row(_row("harm", "Zentrafen can make you glorbish.", "Zentrafen", "glorbish", "glorbishness"))
    assert not r.read and r.stage == "effect not recognised" and r.in_vocab is False


def test_claim_of_another_product_is_said_of_another_subject() -> None:
    r = mc.score_row(_row("lowers", "Atorvastatin lowers cholesterol.", "Cardiva", "cholesterol", "cholesterol",
                          context="Cardiva is a fibre supplement."))
    assert not r.read
    assert r.stage == "other subject"


def test_controls_count_claims_about_the_product_only() -> None:
    question = mc.score_row(_row("control", "Does it cause weight gain?", "Dormilax",
                                 context="Dormilax is a sleep aid.", control_type="question"))
    assert not question.read
    claim = mc.score_row(_row("control", "It can cause dizziness.", "Dormilax",
                              context="Dormilax is a sleep aid.", control_type="mechanism"))
    assert claim.read  # a real claim on a control row is a false read


def test_summary_counts() -> None:
    rows = [_row("lowers", "Cardiva lowers cholesterol.", "Cardiva", "cholesterol", "cholesterol"),
            _row("raises", "Cardiva lowers cholesterol here.", "Cardiva", "cholesterol", "cholesterol"),
            _row("control", "Take it with food.", "Cardiva", control_type="instruction")]
    s = mc.summary(mc.score_row(r) for r in rows)
    assert (s["rows"], s["read"], s["controls"], s["false_reads"]) == (2, 1, 1, 0)
    assert s["stages"] == {"wrong type/polarity": 1}


def test_show_refuses_the_test_half(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "s.jsonl"
    data.write_text(json.dumps({**_row("lowers", "Cardiva lowers cholesterol.", "Cardiva", "cholesterol",
                                       "cholesterol"), "split": "test"}) + "\n", encoding="utf-8")
    assert mc.main(["--data", str(data), "--split", "test", "--show"]) == 2
    assert mc.main(["--data", str(data), "--show"]) == 2
    assert mc.main(["--data", str(data), "--split", "test"]) == 0
    assert "recall 1.000 (1/1)" in capsys.readouterr().out
