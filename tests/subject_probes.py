"""Probes of claim subject assignment (issue 14): whose claim is a sentence's claim?

Each probe is a short article: sentences that make one intervention the article's subject and
say one thing of it, then a sentence with the opposite claim whose grammatical subject is
either another food or drug (no contradiction: the claim is that other product's) or the same
intervention by another name: a pronoun, a product-form noun ("the capsules"), its brand, a
possessive or a passive agent (a contradiction). Every sentence is written for these probes.
Read by ``tests/test_claim_subjects.py`` and ``benchmarks/measure_subjects.py``.
"""

from __future__ import annotations

#: (id, form, article text, a contradiction expected)
_OIL = "Coconut oil is sold as a heart-friendly fat. Coconut oil raises LDL cholesterol. "
_OIL_DENY = "Coconut oil is sold as a gentle fat. Coconut oil does not cause bloating. "
_CAPS = "Glucara capsules are sold for blood sugar. Glucara raises blood sugar in some people. "
_CINN = "Glucara is a cinnamon supplement sold in capsules. Glucara raises blood sugar in some people. "
_CALM = "Calmora tablets are sold for low mood. Calmora does not cause weight gain. "
_BRAND = "Cocovita is a virgin coconut oil. Cocovita is sold in jars. Coconut oil raises LDL cholesterol. "

PROBES: list[tuple[str, str, str, bool]] = [
    # another food or drug as the clause's own subject: the claim is that product's
    ("other-bare", "other subject", _OIL + "Oats lower LDL cholesterol.", False),
    ("other-bare2", "other subject", _OIL + "Walnuts lower LDL cholesterol.", False),
    ("other-compound", "other subject", _OIL + "Porridge oats lower LDL cholesterol.", False),
    ("other-known", "other subject", _OIL + "Statins lower LDL cholesterol.", False),
    ("unlike-front", "comparison", _OIL + "Unlike coconut oil, oats lower LDL cholesterol.", False),
    ("unlike-aside", "comparison", _OIL + "Oats, unlike coconut oil, lower LDL cholesterol.", False),
    ("contrast-aside", "comparison", _OIL + "Oats, by contrast, lower LDL cholesterol.", False),
    ("like-aside", "comparison", _OIL + "Oats, like barley, lower LDL cholesterol.", False),
    ("list", "list", _OIL + "Oats and barley lower LDL cholesterol.", False),
    ("passive-other", "passive", _OIL + "LDL cholesterol is lowered by oats.", False),
    ("possessive-other", "possessive", _OIL + "Oats' soluble fibre lowers LDL cholesterol.", False),
    ("harm-other", "other subject", _OIL_DENY + "Beans can cause bloating.", False),
    ("harm-passive-other", "passive", _OIL_DENY + "Bloating is often caused by beans.", False),
    ("caps-other", "other subject", _CAPS + "Cinnamon lowers blood sugar.", False),
    ("caps-other2", "other subject", _CAPS + "Garlic can lower blood sugar.", False),
    ("reported-aside", "comparison", _OIL + "Green tea, experts say, lowers LDL cholesterol.", False),
    ("clause-other", "other subject", _OIL + "Most fats do little, while oats lower LDL cholesterol.", False),
    ("drug-class", "other subject", _CALM + "Antidepressants can cause weight gain.", False),
    # the same intervention by another name: the claim stays the intervention's
    ("pronoun", "pronoun", _OIL + "It lowers LDL cholesterol.", True),
    ("form-the", "product form", _OIL + "The oil lowers LDL cholesterol.", True),
    ("form-this", "product form", _OIL + "This oil lowers LDL cholesterol.", True),
    ("named", "named", _OIL + "Coconut oil lowers LDL cholesterol.", True),
    ("possessive-same", "possessive", _OIL + "Coconut oil's fats lower LDL cholesterol.", True),
    ("passive-same", "passive", _OIL + "LDL cholesterol is lowered by coconut oil.", True),
    ("like-front-same", "comparison", _OIL + "Like olive oil, coconut oil lowers LDL cholesterol.", True),
    ("unlike-front-same", "comparison", _OIL + "Unlike butter, coconut oil lowers LDL cholesterol.", True),
    ("unlike-aside-same", "comparison", _OIL + "Coconut oil, unlike butter, lowers LDL cholesterol.", True),
    ("brand", "brand", _BRAND + "Cocovita lowers LDL cholesterol.", True),
    ("caps-form", "product form", _CAPS + "The capsules lower blood sugar.", True),
    ("caps-these", "product form", _CAPS + "These capsules lower blood sugar.", True),
    ("caps-supplement", "product form", _CAPS + "The supplement lowers blood sugar.", True),
    ("elided", "elided", _CAPS + "Taken daily, lowers blood sugar within weeks.", True),
    ("harm-pronoun", "pronoun", _OIL_DENY + "It can cause bloating.", True),
    ("harm-form", "product form", _OIL_DENY + "The oil can cause bloating.", True),
    ("fronted-form", "product form", _OIL + "Taken daily, the oil lowers LDL cholesterol.", True),
    ("fronted-pronoun", "pronoun", _OIL + "In a small trial, it lowered LDL cholesterol.", True),
    ("ingredient", "brand", _CINN + "Cinnamon lowers blood sugar.", True),
    ("drug-pronoun", "pronoun", _CALM + "It can cause weight gain.", True),
]
