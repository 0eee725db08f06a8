"""The article's intervention is what its study or story tests: the name its headline's phrase
holds or is said with in the body (issue 15, subj17).

Every example is coined for this file (coined product names, own sentences)."""

from __future__ import annotations

from lint_rules.analysis.interventions import find_in_text


def _main(text: str, title: str = "") -> str | None:
    r = find_in_text(text, title=title)
    return r.main.name if r.main else None


def _names(text: str, title: str = "") -> set[str]:
    return {i.name for i in find_in_text(text, title=title).all}


# -- the headline's phrase and the body's name ----------------------------------------------

def test_a_headline_phrase_credits_the_body_name_inside_it() -> None:
    text = ("Proton beam therapy spares healthy tissue. The hospital's next-generation system will "
            "treat 300 patients a year with proton beam therapy.")
    assert _main(text, "City hospital buys proton beam therapy system") == "proton beam therapy"


def test_a_headline_phrase_credits_the_product_the_body_names_it_with() -> None:
    text = ("The Coloveda blood test detects bowel cancer earlier than a stool test, its makers said. "
            "The Coloveda test needs one blood sample.")
    assert (_main(text, "Blood test spots bowel cancer") or "").startswith("coloveda")
