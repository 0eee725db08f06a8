"""The contradiction rules on the seed article, in every output format, and on labelled data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from lint_helpers import contradictions, two_claims

from lint_rules.api import lint_text
from lint_rules.core import Severity

ROOT = Path(__file__).resolve().parent.parent
CODES = ["CON001", "CON002", "CON003"]


def _lint(path: Path) -> list:
    kind = {".md": "markdown", ".txt": "text"}[path.suffix]
    return [f for f in lint_text(path.read_text(encoding="utf-8"), kind=kind, select=CODES,
                                 path=str(path)) if f.code in CODES]


@pytest.mark.parametrize("name", ["seed-kratom.txt", "seed-kratom.md"])
def test_seed_hair_loss_contradictions(name):
    found = {f.code: f for f in _lint(ROOT / "fixtures" / name)}
    assert set(found) == {"CON001", "CON002"}
    denial = found["CON001"]
    assert "hair thinning or loss" in denial.excerpt
    assert denial.severity == Severity.WARNING  # "may cause" against an absolute denial
    related = " ".join(r.message for r in denial.related)
    assert "non-scarring alopecia" in related and "may lead to" in related
    assert denial.evidence["concept_id"] == "HP:0001596"
    assert denial.evidence["label"] == "Alopecia"
    assert [c["stance"] for c in denial.evidence["claims"]] == ["negated", "affirmed"]
    benign = found["CON002"]
    assert "hair follicles" in benign.excerpt
    assert any("baldness" in r.message or "alopecia" in r.message for r in benign.related)
    # both places are real source positions: the related span is later in the file
    assert benign.related[0].location.line > benign.location.line


def test_clean_article_draws_no_contradiction():
    assert _lint(ROOT / "fixtures" / "clean-well-sourced.md") == []


def test_one_finding_per_pair_and_a_cap_per_concept():
    text = ("Kratom does not cause nausea. " * 6) + "Kratom causes nausea in heavy users."
    found = [f for f in lint_text(text, kind="text", select=CODES) if f.code == "CON001"]
    assert len(found) == 3  # max-per-concept
    capped = lint_text(text, kind="text", select=["CON001"], options={"CON001": {"max-per-concept": 1}})
    assert len([f for f in capped if f.code == "CON001"]) == 1


def test_json_and_sarif_carry_both_spans(tmp_path):
    seed = ROOT / "fixtures" / "seed-kratom.md"
    out = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", str(seed), "--select", "contradiction",
         "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    data = json.loads(out.stdout)
    findings = [f for file in data["files"] for f in file["findings"]] if "files" in data else data["findings"]
    con = next(f for f in findings if f["code"] == "CON001")
    assert con["related"] and con["related"][0]["line"] > con["line"]
    assert con["evidence"]["claims"][1]["stance"] == "affirmed"
    sarif = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", str(seed), "--select", "contradiction",
         "--format", "sarif"], capture_output=True, text=True, cwd=ROOT)
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    assert all(r.get("relatedLocations") for r in results if r["ruleId"].startswith("CON"))


def test_labelled_passages_meet_the_precision_and_recall_aims():
    data = yaml.safe_load((ROOT / "tests/data/labelled/contradictions.yaml").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for item in data["passages"]:
        hit = any(f.code in CODES for f in lint_text(item["text"], kind="text", select=CODES))
        truth = item["label"] == "contradiction"
        tp += hit and truth
        fp += hit and not truth
        fn += truth and not hit
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.8, (tp, fp, fn)


def _patterns() -> list[dict]:
    data = yaml.safe_load((ROOT / "tests/data/labelled/contradictions.yaml").read_text(encoding="utf-8"))
    return [item for item in data["passages"] if item.get("pattern")]


@pytest.mark.parametrize("item", _patterns(), ids=lambda item: f"{item['id']}-{item['pattern']}")
def test_false_alarm_patterns_from_news_copy_stay_quiet(item):
    # each passage models a pattern that drew a false alarm on real news articles
    assert item["label"] == "consistent"
    assert [f.message for f in lint_text(item["text"], kind="text", select=CODES)
            if f.code in CODES] == []


@pytest.mark.parametrize(("text", "stances"), [
    # a denial needs its frame close before the effect, in its clause
    ("Users of the tea report no headaches.", ["negated"]),
    ("There is no single reason why people get headaches.", []),
    ("The authors had no data on headaches or side effects.", []),  # missing data
    # a person's state is not a denial about a product
    ("People without dementia were followed for ten years.", []),
    ("Adults who are not at increased risk for bleeding may take it.", []),
    ("The drug does not increase the risk of bleeding.", ["negated"]),
    # "is common" describes a disease; "a common side effect" is a claim
    ("Insomnia is common in menopause.", []),
    ("Insomnia is a common side effect of the drug.", ["affirmed"]),
    # a downward comparison neither affirms nor denies
    ("The drug is less likely to cause low blood sugar (hypoglycemia).", []),
])
def test_what_counts_as_a_claim(text, stances):
    from lint_rules.analysis.contradictions import claims
    from lint_rules.parsing import parse_document

    assert [c.stance for c in claims(parse_document("<t>", text, "text"))] == stances


# -- the contradiction family reads the clause layer (issue 16) ---------------------------


def _doc(text: str):
    from lint_rules.parsing import parse_document

    return parse_document("<t>", text, "text")


def test_clause_layer_answers_the_contradiction_questions():
    from lint_rules.analysis import assertions as a

    doc = _doc("Forum posts claim the tea cures colds. Most people can take it safely. "
               "Some beginners develop headaches. It causes no serious side effects.")
    assert a.sentence_disowned(doc, 0) and not a.sentence_disowned(doc, 1)
    second = doc.text.index("take it safely")
    assert a.clause_hedged(doc, second, second + 14)  # "Most people" limits the promise
    assert a.takers(doc, 2) == "Some beginners"
    serious = doc.text.index("side effects")
    assert a.qualified_denial(doc, serious)


def test_a_diet_free_of_an_allergen_is_no_product_promise():
    text = ("The study tested a strict diet free of gluten and dairy in children with autism. "
            "Families kept food diaries for a month. "
            "Later each child was given a snack containing wheat flour and milk.")
    found = [f for f in lint_text(text, kind="text", select=["CON006"]) if f.code == "CON006"]
    assert not found


# -- issue 14: lay phrasings, groups, denial forms, typed claims ----------------------------

_FILLER = "\n\nThe shop sells it in tubs of sixty and ships within two days.\n\n"


@pytest.mark.parametrize("a, b", [
    # lay effect words: "lose any hair" is hair loss, "felt sick" is nausea
    ("You will not lose any hair with biotin.", "Some women noticed thinning hair after a few months on biotin."),
    ("Biotin does not cause nausea.", "Many patients taking biotin felt sick to their stomach."),
    # the harm is said of people taking it, or named first and then called common while taking it
    ("Because biotin causes no side effects, it suits almost everyone.",
     "Nausea is common in the first week of taking biotin."),
    ("Biotin carries no risk of addiction.", "Some long-term users of biotin become dependent on it."),
    ("You never have to worry about weight gain with biotin.",
     "Weight gain is among the most frequently reported effects of biotin."),
    # a passive link names its cause after the verb
    ("Biotin is easy on the liver.", "Several cases of liver injury have been linked to biotin."),
    ("Biotin is side-effect free.", "Several people using biotin have reported stomach cramps."),
    ("Biotin is completely harmless.", "A handful of customers said biotin gave them a rash."),
    # typed claims: interactions and course
    ("You can take biotin alongside all your usual medicines.",
     "Taking biotin with blood thinners increases the risk of bleeding."),
    ("Results from biotin are permanent.", "The results of biotin wear off after a few months."),
    ("The effects of biotin last forever.", "Most people need a repeat treatment of biotin after a year."),
    ("Biotin cures the problem for good.", "Symptoms often return after people stop biotin."),
    ("Any side effects of biotin go away on their own.",
     "For some people, nerve damage from biotin was permanent."),
])
def test_lay_phrasings_and_claim_types_conflict(a, b):
    assert contradictions(two_claims(a, b, _FILLER, "About biotin")), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Early versions of biotin caused rashes.", "The current biotin causes no rashes."),
    ("Some people claim biotin cures cancer.", "Biotin does not cure cancer."),
    ("About one in four adults will have headaches this year.", "Biotin is completely harmless."),
])
def test_past_disowned_and_background_sentences_do_not_conflict(a, b):
    assert not contradictions(two_claims(a, b, _FILLER, "About biotin")), (a, b)


def test_conflicts_are_understood_once_in_analysis():
    """``analysis.contradictions.conflicts``: the kind, the odd claim as written, its partner
    and the severity, one list per document; nothing for an article that agrees with itself."""
    from lint_rules.analysis.contradictions import KINDS, conflicts
    from lint_rules.parsing import parse_document

    doc = parse_document("<t>", "Zorvex users report no hair loss. Zorvex may cause alopecia (hair loss). "
                                "Vitamin Q is safe at any dose. Taking more than 40 mg of Vitamin Q a day "
                                "can damage the kidneys.", "text")
    found = conflicts(doc)
    assert [(c.kind, c.sentences, c.severity.name) for c in found] == [
        ("affirmed-negated", (0, 1), "WARNING"), ("dose", (2, 3), "ERROR")]
    assert found[0].odd.stance == "negated" and found[0].partner.stance == "affirmed"
    assert {c.kind for c in found} <= set(KINDS)
    assert conflicts(doc, "dose")[0] is found[1]  # computed once per document and kind
    calm = parse_document("<t>", "Zorvex may cause hair loss. Hair loss from Zorvex is common.", "text")
    assert conflicts(calm) == []
