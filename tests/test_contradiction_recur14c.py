"""Review fixes of ``recur14b`` (``recur14c``): a level change's subject is the product only
when nothing else is its antecedent (a relative after another noun, "it" after a clause about
another drug, "its rival"), a passage with no main product does not take a later capitalised
name as its own when it named another product first, and a cleft report is tied to the product
only by a tie word ("after taking it"), not by a bare "they" after the verb. Every sentence is
written for these tests (coined names); none is copied from a benchmark row or the reviewer's
passages."""

from __future__ import annotations

import pytest
from lint_helpers import contradiction_codes


@pytest.mark.parametrize("text", [
    # a relative whose antecedent is another drug
    "Pelora has no known drug interactions. A review looked at rifampicin, which lowered blood levels of warfarin in most patients.",
    "Pelora has no known drug interactions. Clinics still prescribe phenytoin, which raised levels of tacrolimus in two cases.",
    # "it" in a clause after one about another drug
    "Pelora has no known drug interactions. Nurses know phenytoin well, and it raised levels of ciclosporin in a small trial.",
    # a pronoun with a modifier making it another product
    "Pelora has no known drug interactions. Its rival raised levels of lithium in three patients.",
    "Pelora has no known drug interactions. Its older cousin raised levels of digoxin, a pharmacist said.",
    "Pelora has no known drug interactions. Its competitor was withdrawn after it raised levels of digoxin.",
    # no main product: another capitalised product named first
    "Brovia says its gummy has no known drug interactions. Quentil, an older gummy, raised levels of tacrolimus in one study.",
    "Brovia says its gummy has no known drug interactions. In a 2018 trial, Quentil raised levels of ciclosporin.",
    "Brovia says its gummy has no known drug interactions. A rival product, Quentil, raised levels of ciclosporin.",
    "Brovia says its gummy has no known drug interactions. Quentil, which it does not sell, raised levels of ciclosporin.",
    # "has raised levels of" with someone else as the subject (the adjective "raised levels")
    "Pelora has no known drug interactions. A kidney patient has raised levels of digoxin after a dose change.",
    "Pelora has no known drug interactions. Its rival has raised levels of tacrolimus in two patients.",
    "Pelora has no known drug interactions. Rifampicin has lowered levels of tacrolimus in many patients.",
    # a cleft report with no tie to the product
    "Somnel causes no grogginess. Grogginess is something people report after a short night whatever they use.",
    "Somnel causes no headaches. Headaches are something people report when they skip lunch, whatever it is they take.",
])
def test_another_subject_does_not_conflict(text: str) -> None:
    assert contradiction_codes(text) == []


@pytest.mark.parametrize("text", [
    "Pelora has no known drug interactions. In a trial, Pelora raised blood levels of tacrolimus.",
    "Pelora has no known drug interactions. It raised blood levels of tacrolimus in volunteers.",
    "Pelora has no known drug interactions. In a trial, Pelora, which is a herbal tablet, raised blood levels of tacrolimus.",
    "Pelora has no known drug interactions. Volunteers on warfarin took Pelora, and it raised levels of warfarin.",
    "Brovia says its gummy has no known drug interactions. Brovia raised blood levels of tacrolimus in volunteers.",
    "Pelora has no known drug interactions. Pelora has raised blood levels of tacrolimus in volunteers.",
    "Pelora has no known drug interactions. In one trial, the tablet has lowered blood levels of digoxin.",
    "Somnel causes no grogginess. Grogginess is something people report after taking it.",
    "Somnel causes no grogginess. Grogginess is something people report on Somnel.",
])
def test_the_product_still_conflicts(text: str) -> None:
    assert contradiction_codes(text) != []


def test_the_products_class_with_the_pointing_back_is_not_another_drug() -> None:
    """"The antibiotic" after the antibiotic's own name points back to it: a later "it" is still
    the product, so its level change conflicts with the denial ("the other antibiotic" would not)."""
    text = ("Zithrolin is free of interactions with other medicines, the pharmacist said. "
            "The antibiotic is widely used for chest infections. "
            "It can raise blood levels of some statins, such as simvastatin, she said.\n")
    assert "CON005" in contradiction_codes(text)
